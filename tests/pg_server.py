"""A throwaway PostgreSQL server for the test session, and the store URL fixture over both databases.

Debian's `initdb` refuses to run as root, so when the tests run as root the server runs as the
`postgres` user (`runuser`), with its data and unix socket in a fresh directory that user owns.
In CI (CI=true) a missing PostgreSQL fails the tests; elsewhere they are skipped.
"""
from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest


@dataclass
class PgServer:
    """A running server; `new_database()` gives each test its own empty database."""

    port: int
    _names: Iterator[int] = field(default_factory=itertools.count)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        import sqlalchemy as sa

        name = f"t{next(self._names)}_{os.getpid()}"
        engine = sa.create_engine(self.url(), isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        engine.dispose()
        return self.url(name)


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_server_user(args: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


def start_server(workdir: Path) -> tuple[PgServer, Callable[[], None]]:
    """Start a server under `workdir`; returns it and a function that stops it."""
    bin_dir = _pg_bin()
    if bin_dir is None:
        raise FileNotFoundError("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)")
    workdir.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(workdir, "postgres", "postgres")
    data, log, port = workdir / "data", workdir / "log", _free_port()
    subprocess.run(
        _as_server_user([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres",
                         "--auth=trust", "-E", "UTF8", "--no-sync"]),
        check=True, capture_output=True,
    )
    options = f"-p {port} -k {workdir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60"
    subprocess.run(
        _as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w",
                         "-o", options, "start"]),
        check=True, capture_output=True,
    )

    def stop() -> None:
        subprocess.run(
            _as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
            capture_output=True,
        )

    return PgServer(port), stop


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    workdir = Path(tempfile.mkdtemp(prefix="trade-pg-"))
    try:
        server, stop = start_server(workdir)
    except (OSError, subprocess.CalledProcessError) as exc:
        shutil.rmtree(workdir, ignore_errors=True)
        detail = getattr(exc, "stderr", b"") or b""
        message = f"cannot start PostgreSQL: {exc} {detail.decode(errors='replace')}"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    try:
        yield server
    finally:
        stop()
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request, tmp_path) -> str:
    """An empty database URL, once for SQLite and once for PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'trade.db'}"
    return request.getfixturevalue("pg_server").new_database()

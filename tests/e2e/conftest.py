"""A real `streamlit run dashboard.py` on 127.0.0.1 with a temporary store, and Debian's Chromium
driven by pytest-playwright (playwright's own browser download does not work offline)."""
from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.synthetic import fact_row, seed_store

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = os.environ.get("BROWSER_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
START_TIMEOUT_S = 60

# Facts seeded into the store so the browser tests do not depend on what the grammar finds.
ROWS = [
    fact_row(source="kaz-tur-a.txt", year=2020, value=4.1e9, article_date=dt.date(2021, 2, 1),
             evidence="Trade between Kazakhstan and Turkey was $4.1 billion in 2020."),
    fact_row(source="kaz-tur-b.txt", year=2021, value=5.3e9, qualifier="over", article_date=dt.date(2022, 5, 10),
             evidence="Kazakh-Turkish trade exceeded $5.3 billion in 2021."),
    fact_row(source="kaz-tur-b.txt", metric="target", value=10e9, target_year=2030,
             article_date=dt.date(2022, 5, 10), evidence="The presidents set a $10 billion target for 2030."),
    fact_row(source="kaz-chn.txt", country_a="CHN", country_b="KAZ", year=2022, value=31.2e9,
             article_date=dt.date(2023, 1, 20), evidence="China-Kazakhstan trade reached $31.2 billion in 2022."),
    fact_row(source="kaz-chn.txt", country_a="CHN", country_b="KAZ", metric="target", value=35e9,
             target_year=2030, article_date=dt.date(2023, 1, 20), evidence="The aim is $35 billion by 2030."),
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        pytest.fail(f"Chromium not found at {CHROMIUM}: install it with `apt-get install chromium`.")
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def base_url() -> None:
    """Tests open absolute URLs (app_url). Defining it here replaces pytest-playwright's fallback
    fixture, a session fixture written as an instance method that pytest warns is deprecated."""
    return None


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": 1400, "height": 1600}, "accept_downloads": True}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_streamlit(db_url: str, port: int, log: Path, env: dict | None = None) -> subprocess.Popen:
    """`streamlit run dashboard.py` exactly as a user starts it, on a private port and store."""
    env = {**os.environ, "TRADE_DB_URL": db_url, "PYTHONUNBUFFERED": "1", **(env or {})}
    return subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port), "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT,
    )


def wait_healthy(base: str, proc: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"streamlit did not answer within {START_TIMEOUT_S} s:\n{log.read_text()}")


def serve(db_url: str, tmp: Path) -> Iterator[str]:
    """A dashboard on this store for the duration of a fixture: yields its base URL, then stops it."""
    port, log = free_port(), tmp / "streamlit.log"
    proc = start_streamlit(db_url, port, log)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(base, proc, log)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("e2e")
    db_url = f"sqlite:///{tmp / 'trade.db'}"
    seed_store(db_url, ROWS, outlet="Kazinform")
    yield from serve(db_url, tmp)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS

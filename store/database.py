"""Connecting to the store's database and bringing its schema up to date.

SQLite is set up so that several processes can share one file: WAL journal, a busy timeout, and
write transactions that take the write lock when they begin (`BEGIN IMMEDIATE`), so a transaction
never fails half-way because another process wrote first. Reads use a deferred `BEGIN` and never
wait for writers. On PostgreSQL, schema upgrades are serialised with an advisory lock.
"""
from __future__ import annotations

import os
from pathlib import Path

import sqlalchemy as sa

DEFAULT_PATH = Path(__file__).resolve().parents[1] / "data" / "trade.db"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_S = 60
_MIGRATION_LOCK = 7_240_411  # any constant: the advisory lock id for schema upgrades on PostgreSQL
READ = {"store_read": True}  # execution options of a read-only connection
# The newest migration in store/migrations/versions (a test checks it is alembic's head). Knowing it
# lets an up-to-date store open without importing alembic, a fifth of a second of every app start.
HEAD_REVISION = "0007"


def resolve_url(url: str | None = None) -> str:
    """The URL given, else TRADE_DB_URL, else the SQLite file data/trade.db (created on first use)."""
    url = url or os.environ.get("TRADE_DB_URL")
    if url:
        return url
    DEFAULT_PATH.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{DEFAULT_PATH}"


def create_engine(url: str) -> sa.Engine:
    """An engine for this URL, with SQLite tuned for several concurrent processes."""
    parsed = sa.engine.make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return sa.create_engine(parsed)
    if parsed.database:
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_S})

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # transactions are begun below, not by sqlite3
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get("store_read") else "BEGIN IMMEDIATE")

    return engine


def alembic_config(connection: sa.Connection | None = None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def current_revision(engine: sa.Engine) -> str | None:
    """The schema version the database records (None for a new database), read without alembic."""
    with engine.connect().execution_options(**READ) as conn:
        if not sa.inspect(conn).has_table("alembic_version"):
            return None
        versions = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalars().all()
    return versions[0] if len(versions) == 1 else None


def upgrade(engine: sa.Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` in one transaction; concurrent openers wait, then find it done."""
    if revision in ("head", HEAD_REVISION) and current_revision(engine) == HEAD_REVISION:
        return  # the common case, on every start: nothing to do, and alembic stays unimported
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = alembic_config()
    scripts = ScriptDirectory.from_config(config)
    target = scripts.as_revision_number(revision)
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        current = MigrationContext.configure(conn).get_current_revision()
        if current == target:
            return
        if current is not None and current not in {script.revision for script in scripts.walk_revisions()}:
            raise RuntimeError(f"the store's schema version {current} is newer than this program knows: update it")
        config.attributes["connection"] = conn
        command.upgrade(config, revision)

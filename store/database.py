"""Connecting to the store's database and bringing its schema up to date.

SQLite is set up so that several processes can share one file: WAL journal, a busy timeout, and
write transactions that take the write lock when they begin (`BEGIN IMMEDIATE`), so a transaction
never fails half-way because another process wrote first. Reads use a deferred `BEGIN` and never
wait for writers. On PostgreSQL, schema upgrades are serialised with an advisory lock.
"""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pyarrow as pa
from pyarrow import csv as pa_csv
import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

DEFAULT_PATH = Path(__file__).resolve().parents[1] / "data" / "trade.db"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_S = 60
_MIGRATION_LOCK = 7_240_411  # any constant: the advisory lock id for schema upgrades on PostgreSQL
READ = {"store_read": True}  # execution options of a read-only connection


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


def alembic_config(connection: sa.Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: sa.Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` in one transaction; concurrent openers wait, then find it done."""
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



def read_frame(engine: sa.Engine, sql: str, arrow_types: dict[str, pa.DataType]) -> pd.DataFrame:
    """The result of a plain SELECT as a DataFrame, fast and compact for millions of rows.

    The rows go into Arrow columns of `arrow_types` (one per selected column) without a pandas
    object column in between: PostgreSQL streams them as CSV (COPY) into Arrow's CSV reader; other
    databases' DB-API rows become Arrow columns chunk by chunk. (Arrow-native SQLite drivers such
    as connectorx or ADBC bundle their own SQLite library; two SQLite libraries in one process
    break SQLite's file locking, which loses writes, so they are not used.)
    """
    reader = _postgres_table if engine.url.get_backend_name() == "postgresql" else _dbapi_table
    mapper = {pa.string(): pd.StringDtype(), pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype()}
    return reader(engine, sql, arrow_types).to_pandas(types_mapper=mapper.get, date_as_object=False)


_CHUNK_ROWS = 100_000


def _dbapi_table(engine: sa.Engine, sql: str, arrow_types: dict[str, pa.DataType]) -> pa.Table:
    chunks = []
    with engine.connect().execution_options(**READ) as conn:
        cursor = conn.connection.dbapi_connection.cursor()
        cursor.execute(sql)
        while rows := cursor.fetchmany(_CHUNK_ROWS):
            columns = zip(*rows)
            chunks.append(pa.table({
                name: _arrow_column(values, kind) for (name, kind), values in zip(arrow_types.items(), columns)
            }))
        cursor.close()
    return pa.concat_tables(chunks) if chunks else pa.schema(arrow_types).empty_table()


def _arrow_column(values: tuple, kind: pa.DataType) -> pa.Array:
    """Values of the declared type are taken as they are (fast); others, such as SQLite's ISO date
    strings or 0/1 booleans, are converted."""
    try:
        return pa.array(values, type=kind)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return pa.array(values).cast(kind)


def _postgres_table(engine: sa.Engine, sql: str, arrow_types: dict[str, pa.DataType]) -> pa.Table:
    with engine.connect().execution_options(**READ) as conn:
        with conn.connection.dbapi_connection.cursor() as cursor:
            with cursor.copy(f"COPY ({sql}) TO STDOUT WITH (FORMAT csv)") as copy:
                data = b"".join(copy)  # one block per row
    if not data:
        return pa.schema(arrow_types).empty_table()
    return pa_csv.read_csv(
        pa.BufferReader(data),
        read_options=pa_csv.ReadOptions(column_names=list(arrow_types)),
        parse_options=pa_csv.ParseOptions(newlines_in_values=True),
        convert_options=pa_csv.ConvertOptions(
            column_types=arrow_types, strings_can_be_null=True, quoted_strings_can_be_null=False,
            true_values=["t"], false_values=["f"],
        ),
    )

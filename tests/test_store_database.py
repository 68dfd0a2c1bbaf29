"""Which database a store opens, and how SQLite is set up for several processes."""
from __future__ import annotations

import pyarrow as pa
import sqlalchemy as sa

from store import Store, database
from store.frames import read_frame


def test_default_is_an_sqlite_file_under_data_created_on_first_use(tmp_path, monkeypatch):
    monkeypatch.delenv("TRADE_DB_URL", raising=False)
    monkeypatch.setattr(database, "DEFAULT_PATH", tmp_path / "data" / "trade.db")
    with Store() as store:
        assert store.url == f"sqlite:///{tmp_path / 'data' / 'trade.db'}"
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == database.BUSY_TIMEOUT_S * 1000
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert (tmp_path / "data" / "trade.db").is_file()


def test_trade_db_url_selects_the_database_and_an_explicit_url_wins(tmp_path, monkeypatch):
    from_env, explicit = f"sqlite:///{tmp_path / 'env.db'}", f"sqlite:///{tmp_path / 'explicit.db'}"
    monkeypatch.setenv("TRADE_DB_URL", from_env)
    assert database.resolve_url() == from_env
    assert database.resolve_url(explicit) == explicit


def test_the_read_path_and_sqlalchemy_agree_on_every_value(store_url):
    """The fast reader (COPY on PostgreSQL, DB-API rows to Arrow elsewhere) against plain SQLAlchemy."""
    with Store(store_url) as store:
        store.ingest_text("Short note with no trade figure.", "note")
        with store.engine.connect() as conn:
            expected = conn.execute(sa.text("SELECT id, source, status, n_facts FROM articles")).all()
        types = {"id": pa.int64(), "source": pa.string(), "status": pa.string(),
                 "n_facts": pa.int64()}
        frame = read_frame(store.engine, "SELECT id, source, status, n_facts FROM articles", types)
    assert [tuple(row) for row in frame.itertuples(index=False)] == [tuple(row) for row in expected]

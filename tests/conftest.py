"""Shared fixtures. Each helper's fixtures live in their own module and are imported here."""
from pg_server import pg_server, store_url  # noqa: F401  (PostgreSQL server + store URL over sqlite/postgresql)
from web_server import web_server  # noqa: F401  (a local HTTP server with pages, feeds and failing endpoints)

import pytest  # noqa: E402


@pytest.fixture(autouse=True, scope="session")
def _keep_off_the_real_store(tmp_path_factory):
    """No test may write to data/trade.db, a user's own store: anything that falls back to the default
    store (in this process or a child process) gets a throwaway file instead."""
    from store import database

    path = tmp_path_factory.mktemp("default-store") / "trade.db"
    patch = pytest.MonkeyPatch()
    patch.setenv("TRADE_DB_URL", f"sqlite:///{path}")
    patch.setattr(database, "DEFAULT_PATH", path)
    yield
    patch.undo()

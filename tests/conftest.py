"""Shared fixtures. Each helper's fixtures live in their own module and are imported here."""
from pg_server import pg_server, store_url  # noqa: F401  (PostgreSQL server + store URL over sqlite/postgresql)

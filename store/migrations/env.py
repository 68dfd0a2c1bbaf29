"""Alembic runs migrations on the connection the store hands it (see store.database.upgrade)."""
from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, transactional_ddl=True)
with context.begin_transaction():
    context.run_migrations()

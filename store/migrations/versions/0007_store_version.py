"""The store's version and change log (store.changes): a counter every write raises in its own
transaction, and what each write touched, so that a copy of the store (the dashboard's snapshot)
knows in one row whether it is current and refreshes only what changed. An index on the pair lets
that copy read one pair's facts without reading them all.

Revision ID: 0007
Revises: 0006
"""
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    version = op.create_table(
        "store_version",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("version", sa.BigInteger, nullable=False),
        sa.Column("store_id", sa.String(32), nullable=False),
    )
    op.bulk_insert(version, [{"id": 1, "version": 0, "store_id": uuid.uuid4().hex}])
    op.create_table(
        "store_changes",
        sa.Column("version", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("article_id", sa.Integer),
        sa.Column("fact_key", sa.String(32)),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_facts_pair", "facts", ["country_a", "country_b"])


def downgrade() -> None:
    op.drop_index("ix_facts_pair", table_name="facts")
    op.drop_table("store_changes")
    op.drop_table("store_version")

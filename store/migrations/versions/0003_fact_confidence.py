"""Facts carry the parser's confidence (0 to 1: how their slots were filled); facts stored before it was
computed have none until the next `python -m store reparse`.

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("facts") as batch:
        batch.add_column(sa.Column("confidence", sa.Float))


def downgrade() -> None:
    with op.batch_alter_table("facts") as batch:
        batch.drop_column("confidence")

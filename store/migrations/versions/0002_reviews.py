"""Analysts' review decisions, keyed by fact key so that they outlive re-ingestion and re-parsing.

Reviews are never updated or deleted: each decision is a new row, the latest one per fact wins,
and the rows before it are the history. There is deliberately no foreign key to facts: a fact that
a changed article or a new parser no longer yields leaves its reviews behind (reported as orphaned).
`content_hash` records which version of the article the analyst was looking at.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("fact_key", sa.String(32), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("changes", sa.JSON),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("reviewer", sa.Text),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("action IN ('confirm', 'correct', 'reject')", name="ck_reviews_action"),
    )
    op.create_index("ix_reviews_fact_key", "reviews", ["fact_key", "id"])
    op.create_index("ix_facts_fact_key", "facts", ["fact_key"])


def downgrade() -> None:
    op.drop_index("ix_facts_fact_key", table_name="facts")
    op.drop_table("reviews")

"""Articles with their raw content and parse status; the facts found in them.

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("source", sa.Text, nullable=False, unique=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("raw", sa.LargeBinary, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("article_date", sa.Date),
        sa.Column("title", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("n_facts", sa.Integer, nullable=False),
        sa.Column("parser_version", sa.String(64), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "facts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("fact_key", sa.String(32), nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("article_date", sa.Date),
        sa.Column("country_a", sa.String(8), nullable=False),
        sa.Column("country_b", sa.String(8), nullable=False),
        sa.Column("metric", sa.String(16), nullable=False),
        sa.Column("exporter", sa.String(8)),
        sa.Column("value", sa.Float, nullable=False),
        sa.Column("currency", sa.String(8), nullable=False),
        sa.Column("value_usd", sa.Float),
        sa.Column("qualifier", sa.String(16)),
        sa.Column("growth_pct", sa.Float),
        sa.Column("period_start", sa.Date),
        sa.Column("period_end", sa.Date),
        sa.Column("target_year", sa.Integer),
        sa.Column("target_reached", sa.Boolean),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("evidence_start", sa.Integer),
        sa.Column("evidence_end", sa.Integer),
        sa.UniqueConstraint("article_id", "fact_key", name="uq_facts_article_key"),
    )


def downgrade() -> None:
    op.drop_table("facts")
    op.drop_table("articles")

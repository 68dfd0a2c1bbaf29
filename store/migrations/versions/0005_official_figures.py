"""Official trade statistics (IMF, UN Comtrade) beside the claims: the current figure per key, the
figures a newer vintage replaced, and one row per imported file.

A figure's key is (source, reporter, partner, flow, year, month); `month` is NULL for a whole
year, so the unique index reads it as 0 (two NULLs would not collide in a plain unique index).

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _figure_columns() -> list[sa.Column]:
    return [
        sa.Column("source", sa.String(32), nullable=False),
        sa.Column("reporter", sa.String(3), nullable=False),
        sa.Column("partner", sa.String(3), nullable=False),
        sa.Column("flow", sa.String(8), nullable=False),
        sa.Column("year", sa.SmallInteger, nullable=False),
        sa.Column("month", sa.SmallInteger),
        sa.Column("value_usd", sa.Float, nullable=False),
        sa.Column("valuation", sa.String(3), nullable=False),
        sa.Column("estimate", sa.Boolean, nullable=False),
        sa.Column("file", sa.Text, nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "official_imports",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("file", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("layout", sa.String(16), nullable=False),
        sa.Column("attribution", sa.Text, nullable=False),
        sa.Column("rows_new", sa.Integer, nullable=False),
        sa.Column("rows_revised", sa.Integer, nullable=False),
        sa.Column("rows_unchanged", sa.Integer, nullable=False),
        sa.Column("rows_skipped", sa.Integer, nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "official_figures",
        sa.Column("id", sa.Integer, primary_key=True),
        *_figure_columns(),
        sa.Column("import_id", sa.Integer, sa.ForeignKey("official_imports.id"), nullable=False),
        sa.CheckConstraint("flow IN ('exports', 'imports')", name="ck_official_figures_flow"),
        sa.CheckConstraint("valuation IN ('CIF', 'FOB')", name="ck_official_figures_valuation"),
    )
    op.create_index("uq_official_figures_key", "official_figures",
                    ["source", "reporter", "partner", "flow", "year", sa.text("coalesce(month, 0)")], unique=True)
    op.create_index("ix_official_figures_pair", "official_figures", ["reporter", "partner"])
    op.create_table(
        "official_history",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("figure_id", sa.Integer, sa.ForeignKey("official_figures.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        *_figure_columns(),
        sa.Column("replaced_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("official_history")
    op.drop_index("ix_official_figures_pair", table_name="official_figures")
    op.drop_index("uq_official_figures_key", table_name="official_figures")
    op.drop_table("official_figures")
    op.drop_table("official_imports")

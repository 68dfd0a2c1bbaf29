"""The store's tables as the latest migration leaves them (store/migrations holds how they got there).

An article is identified by its source name and, independently, by the hash of its raw bytes: the
same content under any name is stored once, and a source whose content changed is replaced in
place. Facts carry every column of the parsers' contract (parsers.schema.FACT_COLUMNS) plus a
stable `fact_key`, which is what reviews refer to.
"""
from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

articles = sa.Table(
    "articles", metadata,
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

facts = sa.Table(
    "facts", metadata,
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
    sa.Column("confidence", sa.Float),
    sa.UniqueConstraint("article_id", "fact_key", name="uq_facts_article_key"),
    sa.Index("ix_facts_fact_key", "fact_key"),
    sa.Index("ix_facts_pair", "country_a", "country_b"),
)

reviews = sa.Table(
    "reviews", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("fact_key", sa.String(32), nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("action", sa.String(16), nullable=False),
    sa.Column("changes", sa.JSON),
    sa.Column("note", sa.Text, nullable=False),
    sa.Column("reviewer", sa.Text),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("previous", sa.JSON),  # each changed field's value before this review
    sa.CheckConstraint("action IN ('confirm', 'correct', 'reject')", name="ck_reviews_action"),
    sa.Index("ix_reviews_fact_key", "fact_key", "id"),
)


# -- official statistics (migration 0005) ---------------------------------------------------------

official_imports = sa.Table(
    "official_imports", metadata,
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


def _official_figure_columns() -> list[sa.Column]:
    """What one official figure says, where it came from and when it was imported."""
    return [
        sa.Column("source", sa.String(32), nullable=False),
        sa.Column("reporter", sa.String(3), nullable=False),
        sa.Column("partner", sa.String(3), nullable=False),
        sa.Column("flow", sa.String(8), nullable=False),
        sa.Column("year", sa.SmallInteger, nullable=False),
        sa.Column("month", sa.SmallInteger),  # NULL: the whole year
        sa.Column("value_usd", sa.Float, nullable=False),
        sa.Column("valuation", sa.String(3), nullable=False),  # CIF or FOB
        sa.Column("estimate", sa.Boolean, nullable=False),
        sa.Column("file", sa.Text, nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
    ]


official_figures = sa.Table(
    "official_figures", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    *_official_figure_columns(),
    sa.Column("import_id", sa.Integer, sa.ForeignKey("official_imports.id"), nullable=False),
    sa.CheckConstraint("flow IN ('exports', 'imports')", name="ck_official_figures_flow"),
    sa.CheckConstraint("valuation IN ('CIF', 'FOB')", name="ck_official_figures_valuation"),
    sa.Index("uq_official_figures_key", "source", "reporter", "partner", "flow", "year",
             sa.func.coalesce(sa.column("month"), 0), unique=True),
    sa.Index("ix_official_figures_pair", "reporter", "partner"),
)

# The figures a newer vintage replaced, each with when that happened (the current one is in official_figures).
official_history = sa.Table(
    "official_history", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("figure_id", sa.Integer, sa.ForeignKey("official_figures.id", ondelete="CASCADE"),
              nullable=False, index=True),
    *_official_figure_columns(),
    sa.Column("replaced_at", sa.DateTime(timezone=True), nullable=False),
)

# -- feeds (migration 0006) -----------------------------------------------------------------------

# Feeds the analysts follow, and every item seen in them: what `python -m store watch` remembers so
# that an item is fetched once, and fetched again only when the feed says it was updated.
feeds = sa.Table(
    "feeds", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("url", sa.Text, nullable=False, unique=True),
    sa.Column("title", sa.Text),
    sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("last_polled_at", sa.DateTime(timezone=True)),
    sa.Column("last_status", sa.String(16)),
    sa.Column("last_error", sa.Text, nullable=False),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
)

feed_items = sa.Table(
    "feed_items", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("feed_id", sa.Integer, sa.ForeignKey("feeds.id", ondelete="CASCADE"), nullable=False),
    sa.Column("item_key", sa.Text, nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("version", sa.Text, nullable=False),
    sa.Column("outcome", sa.String(16), nullable=False),
    sa.Column("message", sa.Text, nullable=False),
    sa.Column("n_facts", sa.Integer, nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("last_attempt_at", sa.DateTime(timezone=True), nullable=False),
    sa.UniqueConstraint("feed_id", "item_key", name="uq_feed_items_feed_key"),
)


# The store's version and what each write touched (store.changes): one row, raised by every write.
store_version = sa.Table(
    "store_version", metadata,
    sa.Column("id", sa.Integer, primary_key=True),  # one row, id 1
    sa.Column("version", sa.BigInteger, nullable=False),
    sa.Column("store_id", sa.String(32), nullable=False),  # tells a new store at the same place from the old one
)

store_changes = sa.Table(
    "store_changes", metadata,
    sa.Column("version", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("article_id", sa.Integer),  # an article written, replaced or re-parsed
    sa.Column("fact_key", sa.String(32)),  # a fact reviewed
    sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
)

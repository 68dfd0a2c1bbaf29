"""The trade facts store: articles, their facts and analysts' reviews in an SQL database.

Default database: the SQLite file data/trade.db (created on first use). `TRADE_DB_URL` or an
explicit URL selects any SQLAlchemy database, e.g. `postgresql+psycopg://user@host/db`.
Opening a store upgrades an older schema in place (alembic migrations in store/migrations).

Python API (what the dashboard uses):

    from store import Store, ReviewError
    store = Store()                      # or Store("postgresql+psycopg://...")
    store.ingest_paths(["data/articles"], workers=2, progress=False) -> IngestReport   (workers=None: free cores)
        .counts {"new", "unchanged", "replaced", "failed"}, .summary(), .frame() (one row per file)
    store.ingest_document("name.html", data: bytes) -> IngestResult    # an upload
    store.ingest_text(text, "note") -> IngestResult                    # pasted text, stored as note.txt
        IngestResult: source, outcome (new/unchanged/replaced/failed), article_id, n_facts, message
    store.is_empty() -> bool         no article stored yet (cheap)
    store.articles() -> DataFrame   ARTICLE_COLUMNS (+ article_id, content_hash, ingested_at)
    store.article_text(source_or_id) -> str   the text that evidence_start/evidence_end point into
    store.facts(include_rejected=False) -> DataFrame
        FACT_COLUMNS with parsers.schema dtypes, corrections applied, then fact_id, fact_key,
        review_status (unreviewed/confirmed/corrected/rejected), review_note, reviewed_at (UTC)
    store.review_queue() -> DataFrame      facts nobody has reviewed yet (columns of facts())
    store.review(fact_key, "confirm" | "reject" | "correct", changes=None, note="", reviewer=None)
        changes: country_a, country_b, metric, exporter, value, currency, period_start,
        period_end, target_year, or the shorthands pair="KAZ-TUR" and period="2023-01..2023-08".
        Raises ReviewError (a ValueError) with a message for the analyst. Latest decision wins.
    store.review_history(fact_key) -> DataFrame
    store.reparse(workers=1, progress=False) -> ReparseReport (reviews kept / orphaned)
    store.export(out_dir) -> (facts.csv, articles.csv) in the columns of `python -m parsers parse`
    store.import_official(paths, attribution=None, progress=False) -> OfficialReport
        official statistics files (tidy IMF DOTS extract, UN Comtrade Plus, IMF IMTS/DOTS SDMX CSV);
        .results: one OfficialImport per file (outcome imported/unchanged/failed, new, revised, unchanged,
        skipped by reason), .counts, .summary(). Same file again: nothing changes; a newer vintage
        replaces values and keeps the old ones (store.official_history()).
    store.official(countries=None) -> DataFrame  current figures (store.official.stored.OFFICIAL_COLUMNS)
    store.official_imports() -> DataFrame        one row per imported file, with its credit line
    store.claims() -> DataFrame                  turnover/exports/imports facts, reviews applied, few columns
    store.comparison() -> DataFrame              each claim beside the official figures (compare.COLUMNS)
    store.compare(out_dir) -> Path               writes comparison.csv

Web (store.fetching, store.feeds; the HTTP client and readers are in the `web` package):
    fetch_page(store, url, Fetcher()) -> IngestResult      a page, PDF or Word file, stored under its URL
    poll_feed(store, feed_url, Fetcher()) -> Iterator[ItemReport]   new items fetched, the rest remembered
    feeds_frame(store.engine), feed_items_frame(store.engine[, feed_url])   what the Sources page shows
    A page is stored as a capture (web.capture): its main text and its own title, date and site name,
    which the parser uses where the text states none.

Identity: an article is its source name and, separately, its content hash: the same bytes are
stored once ("unchanged"), a known name with new bytes replaces that article's facts ("replaced").
A fact key hashes the source and what the fact says, so reviews survive re-ingestion and reparse.

CLI: python -m store ingest INPUT... [--db URL] [--workers N]
     python -m store fetch URL... [--db URL] [--timeout S] [--delay S]
     python -m store watch [FEED_URL...] [--every 30m] [--once] [--db URL] [--timeout S] [--delay S]
     python -m store export --out DIR [--db URL]
     python -m store reparse [--db URL] [--workers N]
     python -m store review FACT_KEY (--confirm | --reject | --set FIELD=VALUE...) [--note TEXT] [--db URL]
     python -m store official PATH... [--db URL] [--attribution TEXT]
     python -m store compare --out DIR [--db URL]
"""
from store.core import ReparseReport, Store
from store.ingest import IngestReport, IngestResult
from store.reviews import REVIEW_STATUSES, ReviewError

__all__ = ["IngestReport", "IngestResult", "REVIEW_STATUSES", "ReparseReport", "ReviewError", "Store"]

"""Feeds in the store: following RSS and Atom feeds, fetching each item once, remembering the outcome.

An item is fetched when the store has not seen it, when the feed says it was updated since, or when
its last fetch failed (at most MAX_ATTEMPTS times in a row). A feed that has not changed since the
last poll answers 304 to a conditional request and costs one short exchange.
"""
from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Optional

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from store import database
from store.core import Store
from store.fetching import fetch_page, outcome_line
from store.ingest import IngestResult
from store.schema import feed_items, feeds
from web.feeds import FeedError, FeedItem, read_feed
from web.http import FEED_ACCEPT, Fetcher, FetchError, normalized_url

MAX_ATTEMPTS = 5
FEED_COLUMNS = ["url", "title", "added_at", "last_polled_at", "last_status", "last_error", "n_items", "n_stored",
                "n_errors"]
ITEM_COLUMNS = ["feed", "url", "title", "outcome", "message", "n_facts", "attempts", "first_seen_at",
                "last_attempt_at"]


@dataclass(frozen=True)
class ItemReport:
    """What one poll did with one item (or with the feed itself, when it could not be read)."""

    feed: str
    url: str
    outcome: str            # new, unchanged, replaced or error
    message: str = ""
    n_facts: int = 0

    def line(self) -> str:
        return outcome_line(self.outcome, self.url, self.message, self.n_facts)


def add_feed(engine: sa.Engine, url: str) -> str:
    """Follow a feed (nothing happens if it is followed already); returns its normalized address."""
    url = normalized_url(url)
    with engine.begin() as conn:
        if conn.execute(sa.select(feeds.c.id).where(feeds.c.url == url)).first() is None:
            try:
                with conn.begin_nested():
                    conn.execute(feeds.insert().values(url=url, added_at=_now(), last_error=""))
            except IntegrityError:
                pass  # another process added it meanwhile
    return url


def feed_urls(engine: sa.Engine) -> list[str]:
    with engine.connect().execution_options(**database.READ) as conn:
        return list(conn.execute(sa.select(feeds.c.url).order_by(feeds.c.id)).scalars())


def poll_feed(store: Store, url: str, fetcher: Fetcher, stop: Optional[threading.Event] = None) -> Iterator[ItemReport]:
    """Read the feed and fetch the items that need it, one report per item as it is done. Stops
    between two items when `stop` is set; the items not reached are fetched at the next poll."""
    url = add_feed(store.engine, url)
    feed = _feed_row(store.engine, url)
    try:
        fetched = fetcher.get(url, accept=FEED_ACCEPT, etag=feed.etag, last_modified=feed.last_modified)
        parsed = None if fetched.not_modified else read_feed(fetched.data, fetched.final_url, fetched.media_type)
    except (FetchError, FeedError) as error:
        _record_poll(store.engine, feed.id, "error", f"feed not read: {error.message}")
        yield ItemReport(url, url, "error", f"feed not read: {error.message}")
        return
    known = _known_items(store.engine, feed.id)
    if parsed is None:
        yield ItemReport(url, url, "unchanged", f"the feed has not changed since the last poll; {len(known)} items seen")
    # Unchanged since the last poll: only the items whose fetch failed are worth another try.
    items = parsed.items if parsed is not None else [
        FeedItem(row.item_key, row.url, row.title, row.version) for row in known.values() if row.outcome == "failed"]
    failed, complete = 0, True
    for item in items:
        if stop is not None and stop.is_set():
            complete = False
            break
        report = _item(store, fetcher, feed.id, url, item, known.get(item.key))
        failed += report.outcome == "error"
        yield report
    # The feed's validators are kept only once every item was handled: a poll cut short must not
    # make the next one hear "not modified" and skip the items it did not reach.
    _record_poll(store.engine, feed.id, "ok", f"{failed} item{'s' if failed != 1 else ''} failed" if failed else "",
                 title=parsed.title if parsed is not None else feed.title,
                 validators=(fetched.etag, fetched.last_modified) if complete and not fetched.not_modified else None)


def _item(store: Store, fetcher: Fetcher, feed_id: int, feed_url: str, item: FeedItem, seen) -> ItemReport:
    same_version = seen is not None and seen.version == item.version
    if same_version and seen.outcome != "failed":
        return ItemReport(feed_url, item.url or item.key, "unchanged", "seen before", seen.n_facts)
    if same_version and seen.attempts >= MAX_ATTEMPTS:
        return ItemReport(feed_url, item.url or item.key, "error",
                          f"gave up after {seen.attempts} failed attempts: {seen.message}")
    if item.url is None:
        result = IngestResult(item.key, "failed", message="the item has no link to an article")
    else:
        result = fetch_page(store, item.url, fetcher)
    attempts = (seen.attempts if same_version else 0) + 1 if result.outcome == "failed" else 0
    _record_item(store.engine, feed_id, item, result, attempts)
    outcome = "error" if result.outcome == "failed" else result.outcome
    return ItemReport(feed_url, item.url or item.key, outcome, result.message, result.n_facts)


def feeds_frame(engine: sa.Engine) -> pd.DataFrame:
    """One row per feed: FEED_COLUMNS (items seen, of them stored, of them failed at the last try)."""
    counts = (
        sa.select(
            feed_items.c.feed_id, sa.func.count().label("n_items"),
            sa.func.count().filter(feed_items.c.outcome != "failed").label("n_stored"),
            sa.func.count().filter(feed_items.c.outcome == "failed").label("n_errors"),
        )
        .group_by(feed_items.c.feed_id)
        .subquery()
    )
    query = (
        sa.select(feeds.c.url, feeds.c.title, feeds.c.added_at, feeds.c.last_polled_at, feeds.c.last_status,
                  feeds.c.last_error, *(sa.func.coalesce(counts.c[n], 0).label(n) for n in ("n_items", "n_stored", "n_errors")))
        .outerjoin(counts, counts.c.feed_id == feeds.c.id)
        .order_by(feeds.c.id)
    )
    with engine.connect().execution_options(**database.READ) as conn:
        return pd.DataFrame(conn.execute(query).mappings().all(), columns=FEED_COLUMNS)


def feed_items_frame(engine: sa.Engine, feed_url: Optional[str] = None) -> pd.DataFrame:
    """Every item seen (in one feed, or in all), newest first: ITEM_COLUMNS."""
    query = (
        sa.select(feeds.c.url.label("feed"), feed_items.c.url, feed_items.c.title, feed_items.c.outcome,
                  feed_items.c.message, feed_items.c.n_facts, feed_items.c.attempts, feed_items.c.first_seen_at,
                  feed_items.c.last_attempt_at)
        .join(feeds, feeds.c.id == feed_items.c.feed_id)
        .order_by(feed_items.c.first_seen_at.desc(), feed_items.c.id.desc())
    )
    if feed_url is not None:
        query = query.where(feeds.c.url == normalized_url(feed_url))
    with engine.connect().execution_options(**database.READ) as conn:
        return pd.DataFrame(conn.execute(query).mappings().all(), columns=ITEM_COLUMNS)


def _feed_row(engine: sa.Engine, url: str):
    with engine.connect().execution_options(**database.READ) as conn:
        return conn.execute(sa.select(feeds).where(feeds.c.url == url)).one()


def _known_items(engine: sa.Engine, feed_id: int) -> dict:
    with engine.connect().execution_options(**database.READ) as conn:
        rows = conn.execute(sa.select(feed_items).where(feed_items.c.feed_id == feed_id)).all()
    return {row.item_key: row for row in rows}


def _record_poll(engine: sa.Engine, feed_id: int, status: str, error: str, title: Optional[str] = None,
                 validators: Optional[tuple[Optional[str], Optional[str]]] = None) -> None:
    values = {"last_polled_at": _now(), "last_status": status, "last_error": error}
    if title is not None:
        values["title"] = title
    if validators is not None:
        values["etag"], values["last_modified"] = validators
    with engine.begin() as conn:
        conn.execute(feeds.update().where(feeds.c.id == feed_id).values(**values))


def _record_item(engine: sa.Engine, feed_id: int, item: FeedItem, result: IngestResult, attempts: int) -> None:
    now = _now()
    values = {"url": item.url, "title": item.title, "version": item.version, "outcome": result.outcome,
              "message": result.message, "n_facts": result.n_facts, "attempts": attempts, "last_attempt_at": now}
    where = sa.and_(feed_items.c.feed_id == feed_id, feed_items.c.item_key == item.key)
    for attempt in range(2):  # a second try when another process inserted the same item meanwhile
        try:
            with engine.begin() as conn:
                if conn.execute(feed_items.update().where(where).values(**values)).rowcount == 0:
                    conn.execute(feed_items.insert().values(feed_id=feed_id, item_key=item.key, first_seen_at=now,
                                                            **values))
            return
        except IntegrityError:
            if attempt:
                raise


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)

"""The store's version: a counter that every write raises inside its own transaction, and a log of
what each write touched (an article, or a reviewed fact).

Readers that keep a copy of the store (the dashboard's snapshot, app.snapshot) compare the counter
on every page run: one indexed row, whatever the store's size. Because the counter row is updated
in the writing transaction, writers take turns on it and commit in version order, so a reader that
sees version V also sees every write up to V; and a copy labelled with the version read *before*
copying holds at least what its label says (perhaps more), so a write it may have missed always
shows as a newer version, and the copy is refreshed rather than shown stale. The log says which articles and facts changed since a version, so a copy can refresh
only what they touch.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from store.database import READ
from store.schema import store_changes, store_version


@dataclass(frozen=True)
class Version:
    store_id: str
    version: int


@dataclass(frozen=True)
class Changes:
    """What the writes after a version touched; `everything` when a write did not say (a bulk load)."""

    article_ids: frozenset[int]
    fact_keys: frozenset[str]
    writes: int
    everything: bool = False


def record(conn: sa.Connection, article_id: int | None = None, fact_key: str | None = None) -> int:
    """Raise the version and log what this write touched, in the caller's transaction (call it last
    in the transaction: it holds the counter row until the commit). Neither an article nor a fact:
    anything may have changed (a bulk load), and copies are made anew."""
    conn.execute(store_version.update().where(store_version.c.id == 1)
                 .values(version=store_version.c.version + 1))
    version = conn.execute(sa.select(store_version.c.version).where(store_version.c.id == 1)).scalar_one()
    conn.execute(store_changes.insert().values(version=version, article_id=article_id, fact_key=fact_key,
                                               changed_at=dt.datetime.now(dt.timezone.utc)))
    return version


def current(engine: sa.Engine) -> Version:
    with engine.connect().execution_options(**READ) as conn:
        row = conn.execute(sa.select(store_version.c.store_id, store_version.c.version)
                           .where(store_version.c.id == 1)).one()
    return Version(row.store_id, int(row.version))


def since(engine: sa.Engine, version: int) -> Changes:
    """The articles and facts written after `version`."""
    query = sa.select(store_changes.c.article_id, store_changes.c.fact_key).where(store_changes.c.version > version)
    with engine.connect().execution_options(**READ) as conn:
        rows = conn.execute(query).all()
    return Changes(frozenset(r.article_id for r in rows if r.article_id is not None),
                   frozenset(r.fact_key for r in rows if r.fact_key is not None), len(rows),
                   any(r.article_id is None and r.fact_key is None for r in rows))

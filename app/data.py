"""The only place pages get data from: the store, opened once per process, and its snapshot.

Pages read a View (app.view) of the dashboard's copy of the store (app.snapshot): every page run
compares the store's version (one row, raised by every write, ours or a teammate's) with the copy's
and brings the copy up to date first, rebuilding only the pairs the writes touched. So an upload,
a paste, a review or an ingest by the CLI shows on the next page run of every session, and a
stale copy is never shown as current.
"""
from __future__ import annotations

import datetime as dt
import os
import threading
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import sqlalchemy as sa
import streamlit as st

from app.official import Record, prepare_record
from app.view import View

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = ROOT / "data" / "articles"
SAMPLE_OFFICIAL_DIR = ROOT / "data" / "official"  # real IMF figures of the sample pairs, with their credit line
UPLOAD_TYPES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
MAX_UPLOAD_BYTES = 10 * 1024 * 1024  # the parser's limit for one article (PDF bulletins run to megabytes)
MAX_PASTE_CHARS = 200_000


class DataUnavailable(RuntimeError):
    """The store cannot be opened or read; the message is shown on the page as it is."""


@dataclass(frozen=True)
class AddOutcome:
    """What happened to one uploaded file or pasted text, in words for the page."""

    name: str
    ok: bool
    message: str
    source: str | None = None  # the name the store keeps it under, when stored


READ_ONLY_MESSAGE = "This dashboard is read-only (TRADE_READ_ONLY is set): nothing was changed."


def read_only() -> bool:
    """A viewer's dashboard on a team server: TRADE_READ_ONLY=1 hides and refuses every write."""
    return os.environ.get("TRADE_READ_ONLY", "").strip().lower() in ("1", "true", "yes", "on")


def store_url() -> str | None:
    return os.environ.get("TRADE_DB_URL") or None


def shown_url(url: str | None) -> str:
    """The store's URL as a page may show it: never with its password."""
    if not url:
        return "data/trade.db"
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except Exception:  # not a URL SQLAlchemy can read: show only its scheme
        return url.split(":", 1)[0] + "://…"


def redacted(message: object, url: str | None) -> str:
    """A driver's message with the store's password (and the URL holding it) taken out."""
    text = str(message)
    if not url:
        return text
    text = text.replace(url, shown_url(url))
    try:
        password = sa.engine.make_url(url).password
    except Exception:
        password = url.partition("://")[2].rpartition("@")[0].partition(":")[2] or None
    return text.replace(str(password), "***") if password else text


def sample_paths() -> list[Path]:
    """The bundled sample articles (their README is documentation, not an article)."""
    return sorted(p for p in SAMPLE_DIR.iterdir() if p.suffix in UPLOAD_TYPES and p.name != "README.md")


def sample_official_paths() -> list[Path]:
    return sorted(SAMPLE_OFFICIAL_DIR.glob("*.csv")) if SAMPLE_OFFICIAL_DIR.is_dir() else []


@st.cache_resource(show_spinner="Opening the trade store…")
def get_store(url: str | None):
    """One Store per URL and process; a new empty store gets the sample articles and the official
    figures of their pairs on first start."""
    from store import Store

    try:
        store = Store(url=url)
        if store.is_empty():
            if SAMPLE_DIR.is_dir():
                store.ingest_paths(sample_paths(), workers=1, progress=False)
            store.import_official(sample_official_paths())
    except Exception as exc:  # any driver/SQL error: the page explains instead of a traceback
        raise DataUnavailable(f"The trade store at {shown_url(url)} could not be opened: "
                              f"{redacted(exc, url)}") from exc
    return store


@st.cache_resource(show_spinner=False)
def _snapshot(url: str | None):
    from app.snapshot import Snapshot

    return Snapshot(get_store(url))


_views: dict[tuple, View] = {}
_views_lock = threading.Lock()


def load_tables() -> View:
    """The snapshot as of the store's latest write (shared by all sessions, treat as read-only)."""
    url = store_url()
    try:
        snapshot = _snapshot(url)
        if snapshot.is_current():
            manifest = snapshot.current()
        else:
            with st.spinner("Bringing the dashboard's copy of the store up to date…"):
                manifest = snapshot.current()
        key = (str(snapshot.folder), manifest.store_id, manifest.version)
        with _views_lock:
            if key not in _views:
                _views.clear()  # one version in memory: the small per-pair tables of the newest
                _views[key] = View(snapshot, manifest)
            return _views[key]
    except DataUnavailable:
        raise
    except Exception as exc:
        raise DataUnavailable(f"The facts could not be read from the store: {redacted(exc, url)}") from exc


def load_record(obs: pd.DataFrame | None = None) -> Record:
    """The official figures between the countries of these observations (every observation of the
    store when None: a whole-store check), and each claim's check against them. Read on each call:
    official imports are not part of the snapshot, and a page checks the few it shows."""
    url = store_url()
    try:
        obs = load_tables().obs if obs is None else obs
        countries = sorted(set(obs["country_a"].dropna().astype(str)) | set(obs["country_b"].dropna().astype(str)))
        store = get_store(url)
        return prepare_record(store.official(countries), store.official_imports(), obs)
    except DataUnavailable:
        raise
    except Exception as exc:
        raise DataUnavailable(f"The official figures could not be read from the store: {redacted(exc, url)}") from exc


def articles(sources: list[str] | None = None, newest: int | None = None) -> pd.DataFrame:
    """Article rows from the store: these sources, or the `newest` ones (Store.articles)."""
    return get_store(store_url()).articles(sources=sources, newest=newest)


def article_facts(source: str) -> pd.DataFrame:
    """The facts of one article (rejected ones left out), prepared as the pages show facts."""
    from app.model import prepare

    store = get_store(store_url())
    found = store.articles(sources=[source])
    facts = store.facts_of(article_ids=found["article_id"].tolist())
    facts = facts[facts["review_status"].ne("rejected").to_numpy(bool)].drop(columns=["outlet", "article_id"])
    return prepare(found, facts.reset_index(drop=True)).facts


def _check_upload(name: str, size: int) -> str | None:
    if Path(name).suffix.lower() not in UPLOAD_TYPES:
        return f"{name}: not added, only {', '.join(UPLOAD_TYPES)} files are accepted."
    if size > MAX_UPLOAD_BYTES:
        return f"{name}: not added, {size / 1e6:.1f} MB is over the {MAX_UPLOAD_BYTES / 1e6:.0f} MB limit."
    if size == 0:
        return f"{name}: not added, the file is empty."
    return None


def _outcome(name: str, result) -> AddOutcome:
    """The store's IngestResult in words: new / unchanged / replaced (with facts found) or failed."""
    if result.outcome == "failed":
        return AddOutcome(name, False, f"{name}: could not be read ({result.message or 'parse failed'}); "
                                       "nothing else was changed.")
    if result.outcome == "unchanged":
        return AddOutcome(name, True, f"{name}: already in the store with the same text"
                                      f"{' (' + result.message + ')' if result.message else ''}; nothing changed.",
                          result.source)
    verb = "added" if result.outcome == "new" else "replaced the earlier version"
    found = f"{result.n_facts} fact{'s' if result.n_facts != 1 else ''} found"
    if not result.n_facts:
        found = f"no trade figure found{' (' + result.message + ')' if result.message else ''}"
    return AddOutcome(name, True, f"{name}: {verb}, {found}.", result.source)


def add_uploads(files) -> list[AddOutcome]:
    """Store uploaded files one by one; a bad file gets its message and the others still go in."""
    if read_only():
        return [AddOutcome(getattr(f, "name", ""), False, READ_ONLY_MESSAGE) for f in files]
    outcomes = []
    for file in files:
        data = file.getvalue()
        problem = _check_upload(file.name, len(data))
        if problem:
            outcomes.append(AddOutcome(file.name, False, problem))
            continue
        try:
            outcomes.append(_outcome(file.name, get_store(store_url()).ingest_document(file.name, data)))
        except Exception as exc:
            outcomes.append(AddOutcome(file.name, False, f"{file.name}: could not be stored ({redacted(exc, store_url())})."))
    return outcomes


def add_pasted(text: str, name: str, published: dt.date | None = None) -> AddOutcome:
    """Store a pasted article under a name the user chose (it becomes its source). A pasted text has
    no date of its own: `published` goes in front as a capture header (` date YYYY-MM-DD`), the
    place the parser trusts first for the article date."""
    name = (name or "").strip() or "pasted article"
    if read_only():
        return AddOutcome(name, False, READ_ONLY_MESSAGE)
    if published is not None:
        text = f"date {published.isoformat()}\n{text}" if text.strip() else text
    if not text.strip():
        return AddOutcome(name, False, "Nothing to add: the text box is empty.")
    if len(text) > MAX_PASTE_CHARS:
        return AddOutcome(name, False, f"{name}: not added, over {MAX_PASTE_CHARS:,} characters.")
    try:
        outcome = _outcome(name, get_store(store_url()).ingest_text(text, name))
    except Exception as exc:
        outcome = AddOutcome(name, False, f"{name}: could not be stored ({redacted(exc, store_url())}).")
    return outcome


def article_text(source: str) -> str | None:
    """The text the parser read for this article, or None if the store has none."""
    try:
        return get_store(store_url()).article_text(source)
    except KeyError:
        return None


def review(fact_key: str, action: str, changes: dict | None = None, note: str = "",
           reviewer: str | None = None) -> str | None:
    """Record a review decision by `reviewer`; returns an error message for the page, or None when saved."""
    if read_only():
        return READ_ONLY_MESSAGE
    try:
        get_store(store_url()).review(fact_key, action, changes=changes or None, note=note, reviewer=reviewer)
    except Exception as exc:
        return f"The decision was not saved: {redacted(exc, store_url())}"
    return None


def review_queue() -> pd.DataFrame:
    """Facts nobody has reviewed yet (store order); a fact with any decision leaves the queue."""
    try:
        queue = get_store(store_url()).review_queue()
    except DataUnavailable:
        raise
    except Exception as exc:
        raise DataUnavailable(f"The review queue could not be read: {redacted(exc, store_url())}") from exc
    return queue[queue["review_status"] == "unreviewed"]


def review_history(fact_key: str) -> pd.DataFrame:
    """The decisions on one fact, one row per changed field (store.reviews.review_rows)."""
    from store.reviews import review_rows

    return review_rows(get_store(store_url()).review_history(fact_key))

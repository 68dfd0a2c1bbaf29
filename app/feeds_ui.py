"""The Sources page's web section: add a web page or follow a feed, and see each feed's last poll,
items and errors.

Fetching runs in the page's own run, with the same polite client as `python -m store fetch`; adding
a feed polls it once at once. Feeds are then polled on schedule by `python -m store watch` (from
cron with --once, or left running), which follows every feed added here. A read-only dashboard
(TRADE_READ_ONLY) shows the feeds and adds or polls nothing.
"""
from __future__ import annotations

from collections.abc import Iterator

import pandas as pd
import streamlit as st

from app import data, page

MAX_URLS = 20  # pages per submission: each costs a polite pause of a second on its site
FEED_TABLE = {"url": "Feed", "title": "Title", "last_polled_at": "Last poll", "last_status": "Status",
              "n_items": "Items", "n_stored": "Stored", "n_errors": "Errors", "last_error": "Last error"}


def render() -> bool:
    """Draw the section; True when something was stored (the page then reloads its tables)."""
    st.subheader("Web pages and feeds")
    changed = False
    if not data.read_only():
        changed = _add_forms()
    feeds = _feeds()
    if feeds.empty:
        st.caption("No feed followed yet. `python -m store watch` polls the feeds followed here on a schedule.")
        return changed
    if not data.read_only() and st.button("Poll all feeds now", key="web_poll_all"):
        with st.spinner("Polling feeds…"):
            messages = [message for url in feeds["url"] for message in _poll(url)]
        failed = [message for ok, message in messages if not ok]
        st.info(page.md_escape(f"Polled {len(feeds)} feeds: {len(messages) - len(failed)} items fine, "
                               f"{len(failed)} with errors."))
        changed, feeds = True, _feeds()
    table = feeds[list(FEED_TABLE)].rename(columns=FEED_TABLE)
    table["Last poll"] = [_when(value) for value in feeds["last_polled_at"]]
    st.dataframe(table, hide_index=True, width="stretch")
    failures = _failed_items()
    if not failures.empty:
        st.caption("Feed items whose last fetch failed (tried again at each poll, up to five times)")
        st.dataframe(failures, hide_index=True, width="stretch")
    return changed


def _add_forms() -> bool:
    """The two forms, and the outcome of the one submitted; True when something was stored."""
    changed = False
    with st.expander("Add a web page or follow a feed"):
        with st.form("web_pages", clear_on_submit=True):
            urls = st.text_area(f"Web page addresses, one per line (up to {MAX_URLS}); PDF and Word files too",
                                placeholder="https://", key="web_page_urls")
            fetch = st.form_submit_button("Fetch and add")
        with st.form("web_feed", clear_on_submit=True):
            feed = st.text_input("RSS or Atom feed address", placeholder="https://", key="web_feed_url")
            follow = st.form_submit_button("Follow feed")
        if fetch or follow:
            with st.spinner("Fetching…"):
                messages = list(_add_pages(urls) if fetch else _follow(feed))
            for ok, message in messages:
                (st.success if ok else st.error)(page.md_escape(message))
            changed = any(ok for ok, _ in messages)
    return changed


def _add_pages(text: str) -> Iterator[tuple[bool, str]]:
    urls = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if data.read_only():
        yield False, data.READ_ONLY_MESSAGE
        return
    if not urls:
        yield False, "Nothing to fetch: give one address per line."
        return
    if len(urls) > MAX_URLS:
        yield False, f"{len(urls)} addresses: add up to {MAX_URLS} at a time (or use python -m store fetch)."
        return
    from store.fetching import fetch_page
    from web.http import Fetcher

    store = data.get_store(data.store_url())
    with Fetcher() as fetcher:
        for url in urls:
            result = fetch_page(store, url, fetcher)
            yield _said(result.outcome, result.source, result.message, result.n_facts)


def _follow(url: str) -> Iterator[tuple[bool, str]]:
    from store.feeds import add_feed

    if data.read_only():
        yield False, data.READ_ONLY_MESSAGE
        return
    try:
        add_feed(data.get_store(data.store_url()).engine, url or "")
    except ValueError as exc:
        yield False, f"Not followed: {exc}"
        return
    yield from _poll(url)


def _poll(url: str) -> Iterator[tuple[bool, str]]:
    from store.feeds import poll_feed
    from web.http import Fetcher

    with Fetcher() as fetcher:
        for report in poll_feed(data.get_store(data.store_url()), url, fetcher):
            yield _said(report.outcome, report.url, report.message, report.n_facts)


def _said(outcome: str, url: str, message: str, n_facts: int) -> tuple[bool, str]:
    """(fine?, the outcome in words) for one page or feed item."""
    if outcome in ("error", "failed"):
        return False, f"{url}: not added ({message})."
    if outcome == "unchanged":
        return True, f"{url}: already in the store, unchanged{f' ({message})' if message else ''}."
    verb = "added" if outcome == "new" else "replaced the earlier version"
    return True, f"{url}: {verb}, {n_facts} fact{'s' if n_facts != 1 else ''} found."


def _feeds() -> pd.DataFrame:
    from store.feeds import feeds_frame

    return feeds_frame(data.get_store(data.store_url()).engine)


def _failed_items() -> pd.DataFrame:
    from store.feeds import feed_items_frame

    items = feed_items_frame(data.get_store(data.store_url()).engine)
    failed = items[items["outcome"] == "failed"]
    return pd.DataFrame({"Feed": failed["feed"], "Item": failed["url"], "Why": failed["message"],
                         "Attempts": failed["attempts"], "Last try": [_when(v) for v in failed["last_attempt_at"]]})


def _when(value) -> str:
    """A poll's time to the minute (UTC), or 'never'."""
    if value is None or pd.isna(value):
        return "never"
    return f"{pd.Timestamp(value):%Y-%m-%d %H:%M} UTC"

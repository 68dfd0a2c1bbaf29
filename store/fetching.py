"""Web pages into the store: fetched, read (main text and the page's own metadata), and stored under
their address like any file under its name. A page that cannot be fetched or read is a failed
result with the reason, and leaves whatever the store already holds for that address as it was.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from parsers.reading import DocumentError
from store.core import Store
from store.ingest import IngestResult
from web.http import Fetcher, FetchError, normalized_url
from web.pages import page_capture


def fetch_page(store: Store, url: str, fetcher: Fetcher) -> IngestResult:
    """Fetch one page and store its article: new, unchanged (same text and metadata as stored),
    replaced (reviews follow their facts, as for files) or failed with the reason."""
    try:
        source = normalized_url(url)
    except ValueError as error:
        return IngestResult(url, "failed", message=str(error))
    try:
        capture = page_capture(fetcher.get(source))
    except (FetchError, DocumentError) as error:
        return IngestResult(source, "failed", message=error.message)
    return store.ingest_document(source, capture.to_bytes())


def fetch_pages(store: Store, urls: Iterable[str], fetcher: Fetcher) -> Iterator[IngestResult]:
    for url in urls:
        yield fetch_page(store, url, fetcher)


def result_line(result: IngestResult) -> str:
    """One line per page for the command line: what happened, the address, and why or what was found."""
    outcome = "error" if result.outcome == "failed" else result.outcome
    return outcome_line(outcome, result.source, result.message, result.n_facts)


def outcome_line(outcome: str, url: str, message: str, n_facts: int) -> str:
    """`new       URL  3 facts`, `unchanged URL  (why)` or `error     URL: why`."""
    if outcome == "error":
        return f"error     {url}: {message}"
    found = f"  {n_facts} fact{'s' if n_facts != 1 else ''}" if outcome != "unchanged" else ""
    return f"{outcome:<9} {url}{found}{f'  ({message})' if message else ''}"

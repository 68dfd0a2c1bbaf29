"""One article to its metadata and facts.

Nothing here raises: bad bytes, a non-English text or a bug in a parser all come back as an
article with status 'error' and a message saying what went wrong, so one file never stops a batch.
"""
from __future__ import annotations

import os
from typing import Callable, Optional

from parsers.facts import extract_facts
from parsers.language import not_english_reason
from parsers.metadata import Metadata, article_metadata
from parsers.reading import DocumentError, document_text, read_document
from parsers.schema import ParsedArticle
from parsers.plain_text import plain_text

_NOT_UTF8_NAME = "the file name is not UTF-8: listed with its odd bytes as \\x escapes"


def parse_article(text: str, source: str = "<text>", fallback: Optional[Metadata] = None) -> ParsedArticle:
    """Parse one article's plain text; never raises on odd text (status says what went wrong).

    `fallback` gives the date, title and outlet to use where the text states none (a web page's
    metadata); the date then also places the figures' periods."""
    return _guarded(source, lambda: _parse_text(text, source, fallback))


def parse_document(data: bytes, source: str) -> ParsedArticle:
    """Parse an article given as bytes (an upload); `source`'s extension tells the kind of file."""
    return _guarded(source, lambda: _parse_text(document_text(data, source), source))


def parse_file(path: str | os.PathLike[str]) -> ParsedArticle:
    """Parse an article file; its path is the source. Oversized files are refused unread."""
    source = source_name(path)
    article = _guarded(source, lambda: _parse_text(read_document(path), source))
    if source != os.fspath(path):
        article.message = f"{article.message}; {_NOT_UTF8_NAME}" if article.message else _NOT_UTF8_NAME
    return article


def source_name(path: str | os.PathLike[str]) -> str:
    """The path as text for tables and the store. A name whose bytes are not UTF-8 (an old archive,
    another system's encoding) gets its odd bytes as \\x escapes: stable, unique and writable."""
    name = os.fspath(path)
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", errors="backslashreplace")
    return name


def _parse_text(text: str, source: str, fallback: Optional[Metadata] = None) -> ParsedArticle:
    text = plain_text(text)  # same length: evidence offsets still point into the text as stored
    meta = article_metadata(text, fallback)
    article = ParsedArticle(source=source, article_date=meta.date, title=meta.title, outlet=meta.outlet)
    reason = not_english_reason(text)
    if reason:
        article.status, article.message = "error", f"not English text: {reason}"
        return article
    article.facts = extract_facts(text, source=source, article_date=meta.date)
    if not article.facts:
        article.status, article.message = "no_facts", "no bilateral trade figure found"
    return article


def _guarded(source: str, parse: Callable[[], ParsedArticle]) -> ParsedArticle:
    try:
        return parse()
    except DocumentError as error:
        return ParsedArticle(source=source, status="error", message=error.message)
    except Exception as error:  # a parser bug must cost one article, not the batch
        return ParsedArticle(
            source=source, status="error", message=f"parser failed: {type(error).__name__}: {error}"
        )

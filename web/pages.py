"""A fetched page, PDF or Word file to a Capture: the article's main text and its metadata.

Web pages go through trafilatura, which finds the story among menus, teasers and comments and reads
the page's own title, date and site name. PDF and Word files fetched from the web are read as the
same files would be from disk. The kind of body is decided by the server's Content-Type, and by
the bytes themselves when the server says nothing useful.
"""
from __future__ import annotations

import codecs
import datetime as dt
from typing import Optional

from parsers.reading import DocumentError, decode_text, document_text, visible_html_text
from web.capture import Capture
from web.http import Fetched

# Media types to the suffix whose reader reads them.
KINDS = {
    "text/html": ".html", "application/xhtml+xml": ".html", "text/plain": ".txt", "text/markdown": ".md",
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}
# Said by servers that do not know what they send: the bytes decide.
UNKNOWN_TYPES = {"", "application/octet-stream", "binary/octet-stream", "application/download",
                 "application/force-download"}
# Only metadata decides the date: trafilatura's extensive search guesses one from any year in the
# text ("in 2022" -> 2022-01-01), and the parser reads dates in the text better itself.
_DATE_SEARCH = {"extensive_search": False, "original_date": True}


def page_capture(fetched: Fetched) -> Capture:
    """The article in a fetched body; DocumentError says why there is none (not an article type,
    no text, a scanned PDF)."""
    kind = KINDS.get(fetched.media_type) or (_sniffed(fetched.data) if fetched.media_type in UNKNOWN_TYPES else None)
    if kind is None:
        raise DocumentError(f"not an article: the server sent {fetched.media_type}, not a page, PDF or Word file")
    if not fetched.data.strip():
        raise DocumentError("empty page: the server sent no content")
    if kind != ".html":
        return Capture(text=document_text(fetched.data, f"download{kind}"))
    return html_capture(_decoded(fetched.data, fetched.charset), fetched.final_url)


def html_capture(html: str, url: str) -> Capture:
    """Main text and metadata of a web page; the visible text when trafilatura finds no story."""
    import trafilatura  # a second to load: only when a page comes

    found = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True,
        date_extraction_params=_DATE_SEARCH,
    )
    text = found.text if found is not None and found.text else ""
    if not text.strip():
        text = visible_html_text(html)
    text = text.replace("\r\n", "\n").strip()
    if not text:
        raise DocumentError("no article text on the page: it holds only markup, menus or scripts")
    if found is None:
        return Capture(text=text)
    return Capture(text=text, title=found.title or None, date=_date(found.date), site=found.sitename or None)


def _sniffed(data: bytes) -> Optional[str]:
    head = data[:1024].lstrip().lower()
    if head.startswith(b"%pdf-"):
        return ".pdf"
    if head.startswith(b"pk\x03\x04") and b"word/" in data[:65536]:
        return ".docx"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return ".html"
    return None


def _decoded(data: bytes, charset: Optional[str]) -> str:
    """The page's text: in the charset the server declares when the bytes are that, else as the
    bytes themselves show (a page declared UTF-8 but saved in Windows-1252 is still read right)."""
    if charset:
        try:
            codecs.lookup(charset)
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # an unknown or wrong declaration: detect instead
    try:
        return decode_text(data)
    except DocumentError as error:
        declared = f"declared {charset}, " if charset else ""
        raise DocumentError(f"undecodable page ({declared}but the bytes are not text): {error.message}") from None


def _date(text: Optional[str]) -> Optional[dt.date]:
    try:
        return dt.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None

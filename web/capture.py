"""What the store keeps of a web page: its main text and its own metadata (title, date, site).

The page's markup is not kept: the same article is served with new ads, tokens and menus at every
visit, and only the text and metadata decide whether it changed. A capture is JSON that starts with
a marker, so the store tells it from an uploaded file by its bytes, whatever the source is called.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Optional

from parsers.article import parse_article
from parsers.metadata import Metadata
from parsers.reading import DocumentError
from parsers.schema import ParsedArticle

FORMAT = 1
_MARKER = b'{"web_capture": '


@dataclass(frozen=True)
class Capture:
    text: str
    title: Optional[str] = None
    date: Optional[dt.date] = None
    site: Optional[str] = None

    def to_bytes(self) -> bytes:
        """Canonical bytes: equal captures give equal bytes, so the store sees an unchanged page."""
        fields = {"web_capture": FORMAT, "title": self.title, "date": self.date.isoformat() if self.date else None,
                  "site": self.site, "text": self.text}
        return json.dumps(fields, ensure_ascii=False, separators=(", ", ": ")).encode("utf-8")

    @property
    def metadata(self) -> Metadata:
        return Metadata(date=self.date, title=self.title, outlet=self.site)


def is_capture(data: bytes) -> bool:
    return data.startswith(_MARKER)


def read_capture(data: bytes) -> Capture:
    try:
        fields = json.loads(data.decode("utf-8"))
        date = dt.date.fromisoformat(fields["date"]) if fields.get("date") else None
        return Capture(text=fields["text"], title=fields.get("title"), date=date, site=fields.get("site"))
    except (UnicodeDecodeError, ValueError, KeyError, TypeError) as error:
        raise DocumentError(f"damaged web capture: {error}") from None


def capture_text(data: bytes) -> str:
    return read_capture(data).text


def parse_capture(data: bytes, source: str) -> ParsedArticle:
    """Parse a stored capture: its text, with the page's metadata where the text states none."""
    try:
        capture = read_capture(data)
    except DocumentError as error:
        return ParsedArticle(source=source, status="error", message=error.message)
    return parse_article(capture.text, source, fallback=capture.metadata)

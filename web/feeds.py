"""The items of an RSS or Atom feed (feedparser, on bytes we fetched ourselves with our limits)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional
from urllib.parse import urljoin

import feedparser

from web.http import normalized_url


class FeedError(ValueError):
    """A body that is not a readable feed; `message` is meant for the person who added it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class FeedItem:
    key: str                 # the item's id (guid), else its link: what "seen before" is about
    url: Optional[str]       # the article's address, None when the item has no usable link
    title: Optional[str]
    version: str             # when the item says it was updated or published: a change means refetch


@dataclass(frozen=True)
class Feed:
    title: Optional[str]
    items: list[FeedItem]


def read_feed(data: bytes, url: str, media_type: str = "") -> Feed:
    """The feed's title and items in the feed's order; relative links resolved against `url`."""
    parsed = feedparser.parse(data, response_headers={"content-location": url})
    if not parsed.entries and (parsed.bozo or not parsed.version):
        if media_type in ("text/html", "application/xhtml+xml") or b"<html" in data[:2048].lower():
            raise FeedError("not a feed: the address returns a web page; give the address of its RSS or Atom feed")
        problem = getattr(parsed, "bozo_exception", None)
        raise FeedError(f"not a readable RSS or Atom feed{f': {problem}' if problem else ''}")
    items = []
    for entry in parsed.entries:
        url_found = _link(entry, url)
        key = entry.get("id") or url_found or entry.get("title")
        if not key:
            continue  # nothing to know it by: an empty item
        # Asked for by its real key: feedparser's get("updated") falls back to "published" with a warning.
        version = entry["updated"] if "updated" in entry.keys() else entry.get("published") or ""
        items.append(FeedItem(key=str(key), url=url_found, title=entry.get("title") or None, version=version))
    return Feed(title=parsed.feed.get("title") or None, items=items)


def _link(entry, base: str) -> Optional[str]:
    link = entry.get("link") or next(
        (link.get("href") for link in entry.get("links", []) if link.get("rel", "alternate") == "alternate"), None)
    if not link:
        return None
    try:
        return normalized_url(urljoin(base, link))
    except ValueError:
        return None

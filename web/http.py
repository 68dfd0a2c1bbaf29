"""A polite, bounded HTTP client for pages and feeds (requests, with urllib3's retries).

Every way a fetch can go wrong ends in a FetchError whose message says it in words for the row
that reports it: a timeout, an HTTP error status, a redirect loop, a body over the size cap, a
host that cannot be reached. Nothing waits without a limit: connecting and each read have
timeouts, the whole body a deadline, a server's Retry-After a cap.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Optional
from urllib.parse import urlsplit, urlunsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import ConnectTimeoutError, DecodeError, NewConnectionError, ProtocolError, ReadTimeoutError
from urllib3.util.retry import Retry

from parsers.reading import MAX_BYTES

USER_AGENT = "TradeRelationsMonitor/0.1 (reads public news on bilateral trade for analysts; python-requests)"
PAGE_ACCEPT = "text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5"
FEED_ACCEPT = "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"
RETRY_STATUSES = (429, 500, 502, 503, 504)
MAX_RETRY_AFTER_S = 30
_CHUNK = 64 * 1024


class FetchError(Exception):
    """A page or feed that could not be fetched; `message` is meant for the person who asked."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Fetched:
    url: str                     # as asked
    final_url: str               # after redirects
    status: int
    media_type: str              # "text/html", without parameters; "" when the server names none
    charset: Optional[str]
    data: bytes
    etag: Optional[str] = None
    last_modified: Optional[str] = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def normalized_url(text: str) -> str:
    """An http(s) address as the store names its source: scheme and host lower-case, no #fragment.
    ValueError for anything that is not a web address."""
    parts = urlsplit(text.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not a web address (http:// or https://): {text!r}")
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


class _CappedRetry(Retry):
    """urllib3's retries, with a server's Retry-After obeyed up to MAX_RETRY_AFTER_S only."""

    def get_retry_after(self, response) -> Optional[float]:
        seconds = super().get_retry_after(response)
        return None if seconds is None else min(seconds, MAX_RETRY_AFTER_S)


class Fetcher:
    """One HTTP session: keeps connections open, and waits `delay_s` between two requests to the
    same host (politeness towards the small sites of ministries and agencies)."""

    def __init__(
        self, timeout_s: float = 20.0, total_s: float = 60.0, max_bytes: int = MAX_BYTES, delay_s: float = 1.0,
        retries: int = 2, backoff_s: float = 0.5, max_redirects: int = 5,
    ) -> None:
        self.timeout_s, self.total_s, self.max_bytes, self.delay_s = timeout_s, total_s, max_bytes, delay_s
        self.max_redirects = max_redirects
        retry = _CappedRetry(
            total=retries, connect=retries, read=retries, status=retries, other=0, redirect=False,
            backoff_factor=backoff_s, status_forcelist=RETRY_STATUSES, allowed_methods={"GET"},
            raise_on_status=False, respect_retry_after_header=True,
        )
        self.session = requests.Session()
        self.session.headers["User-Agent"] = USER_AGENT
        self.session.max_redirects = max_redirects
        adapter = HTTPAdapter(max_retries=retry)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self._last_request: dict[str, float] = {}

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def get(self, url: str, accept: str = PAGE_ACCEPT, etag: Optional[str] = None,
            last_modified: Optional[str] = None) -> Fetched:
        """The body of `url` (status 304 with no body when the etag or date shows it unchanged)."""
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        self._wait_for_turn(url)
        started = time.monotonic()
        try:
            with self.session.get(url, headers=headers, stream=True, timeout=self.timeout_s) as response:
                data = b"" if response.status_code == 304 else self._body(response, started)
        except requests.RequestException as error:
            raise FetchError(self._describe(error)) from None
        media_type, _, params = response.headers.get("Content-Type", "").partition(";")
        return Fetched(
            url=url, final_url=response.url, status=response.status_code, media_type=media_type.strip().lower(),
            charset=requests.utils.get_encoding_from_headers(response.headers) if "charset" in params.lower() else None,
            data=data, etag=response.headers.get("ETag"), last_modified=response.headers.get("Last-Modified"),
        )

    def _wait_for_turn(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        wait = self._last_request.get(host, -float("inf")) + self.delay_s - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self._last_request[host] = time.monotonic()

    def _body(self, response: requests.Response, started: float) -> bytes:
        if response.status_code >= 400:
            reason = f" {response.reason}" if response.reason else ""
            raise FetchError(f"HTTP {response.status_code}{reason}")
        announced = response.headers.get("Content-Length", "")
        if announced.isdigit() and int(announced) > self.max_bytes:
            raise FetchError(f"too large: the server announces {int(announced) / 2**20:.1f} MB, "
                             f"over the {self._limit()} limit for one article")
        body = bytearray()
        # read1 returns what has arrived, so a server dripping a byte at a time meets the deadline
        # (reading a fixed-size chunk would wait until the chunk is full).
        while chunk := self._read_some(response):
            body += chunk
            if len(body) > self.max_bytes:
                raise FetchError(f"too large: over the {self._limit()} limit for one article (stopped reading)")
            if time.monotonic() - started > self.total_s:
                raise FetchError(f"timed out: the page took over {self.total_s:g} s to arrive (stopped reading)")
        return bytes(body)

    @staticmethod
    def _read_some(response: requests.Response) -> bytes:
        try:
            return response.raw.read1(_CHUNK, decode_content=True)
        except ReadTimeoutError as error:  # urllib3's errors, wrapped as requests would have
            raise requests.ReadTimeout(error, request=response.request) from error
        except DecodeError as error:
            raise requests.exceptions.ContentDecodingError(error, request=response.request) from error
        except (ProtocolError, OSError) as error:
            raise requests.ConnectionError(error, request=response.request) from error

    def _limit(self) -> str:
        return f"{self.max_bytes / 2**20:g} MB"

    def _describe(self, error: requests.RequestException) -> str:
        """The error in words; retries have already been spent when it gets here."""
        reason = getattr(error.args[0], "reason", None) if error.args else None
        if isinstance(error, requests.TooManyRedirects):
            return f"too many redirects (over {self.max_redirects}): the address redirects in a loop"
        if isinstance(reason, NewConnectionError):  # urllib3 makes it a kind of ConnectTimeoutError
            return f"cannot connect to {urlsplit(error.request.url).netloc}: {_root_cause(reason)}"
        if isinstance(error, requests.ConnectTimeout) or isinstance(reason, ConnectTimeoutError):
            return f"timed out: no connection within {self.timeout_s:g} s"
        if isinstance(error, requests.ReadTimeout) or isinstance(reason, ReadTimeoutError):
            return f"timed out: no answer within {self.timeout_s:g} s"
        if isinstance(error, (requests.exceptions.MissingSchema, requests.exceptions.InvalidSchema,
                              requests.exceptions.InvalidURL)):
            return f"not a web address: {error}"
        if isinstance(error, requests.exceptions.ContentDecodingError):
            return "the server sent a damaged compressed body"
        if isinstance(error, requests.ConnectionError):
            host = urlsplit(error.request.url if error.request is not None else "").netloc
            return f"connection to {host or 'the server'} failed: {_root_cause(reason or error)}"
        return f"fetch failed: {type(error).__name__}: {error}"


def _root_cause(error: BaseException) -> str:
    """The innermost reason of a chain of wrapped network errors, which is the telling one."""
    while True:
        inner = getattr(error, "reason", None) or error.__cause__ or error.__context__
        if inner is None or inner is error or not isinstance(inner, BaseException):
            return str(error).split(": ", 1)[-1] if ": " in str(error) else str(error)
        error = inner

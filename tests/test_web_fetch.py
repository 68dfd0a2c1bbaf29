"""Fetching from a local server: what each kind of body becomes, and every network fault a row's
message, never an exception that stops a run (web.http, web.pages, web.feeds)."""
from __future__ import annotations

import datetime as dt
import gzip
import socket
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

import web_samples as samples
from parsers.reading import DocumentError
from web.capture import Capture, is_capture, parse_capture, read_capture
from web.feeds import FeedError, read_feed
from web.http import USER_AGENT, Fetcher, FetchError, normalized_url
from web.pages import page_capture

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture
def fetcher():
    with Fetcher(timeout_s=1.0, total_s=2.0, delay_s=0.0, retries=1, backoff_s=0.05) as opened:
        yield opened


@pytest.fixture
def site(web_server):
    web_server.add("/a.html", samples.page(samples.GEORGIA))
    return web_server


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/missing", "HTTP 404 Not Found"),
        ("/error", "HTTP 500 Internal Server Error"),
        ("/slow", "timed out: no answer within 1 s"),
        ("/drip", "timed out: the page took over 2 s to arrive"),
        ("/loop", "too many redirects (over 5): the address redirects in a loop"),
        ("/huge", "too large: the server announces 100.0 MB, over the 10 MB limit"),
        ("/huge-unannounced", "too large: over the 10 MB limit for one article (stopped reading)"),
    ],
)
def test_each_network_fault_is_a_fetch_error_with_a_message(site, fetcher, path, expected):
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        fetcher.get(site.url(path))
    assert expected in caught.value.message
    assert time.monotonic() - started < 15  # bounded: retries and deadlines, never an open wait


def test_a_closed_port_says_it_cannot_connect(fetcher):
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match=f"cannot connect to 127.0.0.1:{port}: .*refused"):
        fetcher.get(f"http://127.0.0.1:{port}/a.html")


def test_server_errors_are_retried_then_reported(site, fetcher):
    with pytest.raises(FetchError, match="HTTP 500"):
        fetcher.get(site.url("/error"))
    assert site.hits("/error") == 2  # the request and one retry


def test_a_passing_unavailability_is_overcome_by_a_retry(site, fetcher):
    fetched = fetcher.get(site.url("/unavailable-once"))
    assert fetched.status == 200 and b"Georgia" in fetched.data
    assert site.hits("/unavailable-once") == 2


def test_redirects_are_followed_and_the_user_agent_is_ours(site, fetcher):
    fetched = fetcher.get(site.url("/moved"))
    assert fetched.final_url == site.url("/a.html")
    assert site.headers("/a.html")["User-Agent"] == USER_AGENT


def test_requests_to_one_host_are_spaced_by_the_delay(site):
    with Fetcher(delay_s=0.4, retries=0) as polite:
        started = time.monotonic()
        for _ in range(3):
            polite.get(site.url("/a.html"))
    assert time.monotonic() - started >= 0.8


def test_a_conditional_request_gets_not_modified(web_server, fetcher):
    web_server.add("/feed.xml", samples.rss("News", []), "application/rss+xml", etag='"v1"')
    first = fetcher.get(web_server.url("/feed.xml"))
    again = fetcher.get(web_server.url("/feed.xml"), etag=first.etag)
    assert (first.status, first.etag, again.not_modified, again.data) == (200, '"v1"', True, b"")


@pytest.mark.parametrize(
    ("body", "content_type", "title", "date", "site_name", "starts"),
    [
        (samples.page(samples.GEORGIA), "text/html; charset=utf-8", samples.GEORGIA.title, dt.date(2023, 3, 3),
         "Example News", samples.GEORGIA.title),
        (samples.pdf(samples.PERU), "application/pdf", None, None, None, samples.PERU.text),
        (samples.pdf(samples.PERU), "application/octet-stream", None, None, None, samples.PERU.text),
        (samples.docx(samples.KAZAKH), DOCX_TYPE, None, None, None, samples.KAZAKH.text),
        (samples.PERU.text, "text/plain; charset=utf-8", None, None, None, samples.PERU.text),
        # Declared UTF-8, written in Windows-1252: read as what the bytes are.
        (samples.page(samples.PERU).replace("Lima", "Lima’s café").encode("cp1252"), "text/html; charset=utf-8",
         samples.PERU.title, dt.date(2023, 3, 3), "Example News", samples.PERU.title),
        (samples.page(samples.PERU).encode("latin-1"), "text/html; charset=no-such-charset", samples.PERU.title,
         dt.date(2023, 3, 3), "Example News", samples.PERU.title),
    ],
)
def test_bodies_become_the_article_text_and_the_pages_metadata(
        web_server, fetcher, body, content_type, title, date, site_name, starts):
    url = web_server.add("/doc", body, content_type)
    capture = page_capture(fetcher.get(url))
    assert capture.text.startswith(starts)
    assert "Subscribe" not in capture.text and "Most read" not in capture.text
    assert (capture.title, capture.date, capture.site) == (title, date, site_name)


def test_a_declared_wrong_charset_is_read_right(web_server, fetcher):
    url = web_server.add("/cp.html", samples.page(samples.PERU).replace("Lima", "Lima’s café").encode("cp1252"),
                         "text/html; charset=utf-8")
    assert "Lima’s café" in page_capture(fetcher.get(url)).text


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png", "not an article: the server sent image/png"),
        (b'{"trade": 1}', "application/json", "not an article: the server sent application/json"),
        (bytes(range(256)) * 40, "text/html; charset=utf-8", "undecodable page (declared utf-8, but the bytes are not text)"),
        (b"", "text/html", "empty page"),
        (b"<html><body><script>x()</script></body></html>", "text/html", "no article text on the page"),
        (samples.scanned_pdf(), "application/pdf", "no text layer: the PDF's 1 page holds only images"),
        (b"%PDF-1.7\n garbage", "application/pdf", "damaged PDF"),
        (b"PK\x03\x04 not really a zip", DOCX_TYPE, "damaged Word file"),
    ],
)
def test_bodies_without_an_article_say_why(web_server, fetcher, body, content_type, expected):
    url = web_server.add("/bad", body, content_type)
    with pytest.raises(DocumentError) as caught:
        page_capture(fetcher.get(url))
    assert expected in caught.value.message


@pytest.mark.parametrize("make", [samples.rss, samples.atom])
def test_rss_and_atom_feeds_give_their_items_with_links_resolved(make):
    dates = ["Mon, 06 May 2024 08:00:00 GMT", "2024-05-06T08:00:00Z"]
    date = dates[make is samples.atom]
    feed = read_feed(make("Ministry news", [("First", "/news/1.html", date), ("Second", "http://Example.org/2#top", date)]).encode(),
                     "http://127.0.0.1:9/feed.xml")
    assert feed.title == "Ministry news"
    assert [item.url for item in feed.items] == ["http://127.0.0.1:9/news/1.html", "http://example.org/2"]
    assert [item.title for item in feed.items] == ["First", "Second"]
    assert all(item.version == date and item.key for item in feed.items)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (samples.page(samples.GEORGIA).encode(), "not a feed: the address returns a web page"),
        (b"this is not xml at all", "not a readable RSS or Atom feed"),
    ],
)
def test_what_is_not_a_feed_says_so(body, expected):
    with pytest.raises(FeedError, match=expected):
        read_feed(body, "http://127.0.0.1:9/feed.xml")


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("HTTP://Example.ORG/a?b=1#part", "http://example.org/a?b=1"),
        ("https://example.org", "https://example.org/"),
        ("  http://127.0.0.1:8000/x.html ", "http://127.0.0.1:8000/x.html"),
    ],
)
def test_addresses_are_named_one_way(given, expected):
    assert normalized_url(given) == expected


@pytest.mark.parametrize("given", ["example.org/a", "ftp://example.org/a", "file:///etc/passwd", "http://", ""])
def test_what_is_not_a_web_address_is_refused(given):
    with pytest.raises(ValueError, match="not a web address"):
        normalized_url(given)


@given(text=st.text(min_size=1), title=st.none() | st.text(), site=st.none() | st.text(),
       date=st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2100, 1, 1)))
def test_a_capture_reads_back_as_written_and_is_told_from_files(text, title, site, date):
    capture = Capture(text=text, title=title, date=date, site=site)
    data = capture.to_bytes()
    assert is_capture(data) and read_capture(data) == capture
    assert data == Capture(text=text, title=title, date=date, site=site).to_bytes()  # the same page, the same bytes


def test_the_pages_date_is_used_when_the_text_has_none():
    with_date = Capture(text=samples.PERU.text, title=None, date=dt.date(2023, 3, 3), site="Example News")
    article = parse_capture(with_date.to_bytes(), "http://example.org/peru")
    assert (article.article_date, article.outlet) == (dt.date(2023, 3, 3), "Example News")
    assert [(f.period_start, f.period_end) for f in article.facts] == [(dt.date(2022, 1, 1), dt.date(2022, 12, 31))]
    dateline = Capture(text="LIMA, June 9, 2021 (Andina) -- " + samples.PERU.paragraphs[0], date=dt.date(2023, 3, 3))
    assert parse_capture(dateline.to_bytes(), "http://example.org/p").article_date == dt.date(2021, 6, 9)


def test_a_damaged_capture_is_an_error_article():
    article = parse_capture(b'{"web_capture": 1, "text": ', "http://example.org/x")
    assert article.status == "error" and "damaged web capture" in article.message


def test_a_compressed_page_is_read_whole(web_server, fetcher):
    body = samples.page(samples.GEORGIA).encode() * 40
    url = web_server.add("/gz.html", gzip.compress(body), "text/html; charset=utf-8", **{"Content-Encoding": "gzip"})
    assert fetcher.get(url).data == body

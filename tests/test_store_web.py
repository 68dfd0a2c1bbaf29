"""`python -m store fetch` and `python -m store watch` against a local server: every item's facts
stored once, nothing added by a second run, a changed page re-parsed with its reviews kept, each
failure a line that names it, and a watcher that stops cleanly."""
from __future__ import annotations

import datetime as dt
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import web_samples as samples
from store import Store
from store.feeds import MAX_ATTEMPTS, feed_items_frame, feeds_frame, poll_feed
from store.fetching import fetch_page
from web.http import Fetcher

REPO = Path(__file__).resolve().parents[1]
STORIES = (samples.GEORGIA, samples.PERU, samples.KAZAKH)
MAY_6 = "Mon, 06 May 2024 08:00:00 GMT"
QUICK = ["--delay", "0", "--timeout", "2"]


def store_cli(*args: str, db: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "store", *args, "--db", db], cwd=REPO, capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture
def fetcher():
    with Fetcher(timeout_s=2.0, total_s=5.0, delay_s=0.0, retries=0) as opened:
        yield opened


@pytest.fixture
def news(web_server):
    """Three story pages, an RSS feed of them (with an ETag) and an Atom feed with relative links."""
    for story in STORIES:
        web_server.add(f"/{story.slug}.html", samples.page(story))
    web_server.add("/feed.xml", samples.rss("Example News", [(s.title, web_server.url(f"/{s.slug}.html"), MAY_6)
                                                             for s in STORIES]), "application/rss+xml", etag='"one"')
    web_server.add("/atom.xml", samples.atom("Example News", [(s.title, f"/{s.slug}.html", "2024-05-06T08:00:00Z")
                                                              for s in STORIES]), "application/atom+xml")
    return web_server


def _pairs(facts) -> list[tuple[str, str]]:
    return sorted(set(zip(facts["country_a"], facts["country_b"])))


def test_watch_once_stores_every_items_facts_and_again_adds_nothing(news, tmp_path):
    db = f"sqlite:///{tmp_path / 'trade.db'}"
    first = store_cli("watch", news.url("/feed.xml"), "--once", *QUICK, db=db)
    assert first.returncode == 0, first.stderr
    assert [line.split()[0] for line in first.stdout.splitlines()] == ["new", "new", "new", "polled"]
    with Store(db) as store:
        facts, articles = store.facts(), store.articles()
    assert _pairs(facts) == sorted(story.pair for story in STORIES)
    assert len(facts) == sum(story.n_facts for story in STORIES)
    assert sorted(articles["source"]) == sorted(news.url(f"/{story.slug}.html") for story in STORIES)
    assert set(articles["outlet"]) == {"Example News"}

    again = store_cli("watch", news.url("/feed.xml"), "--once", *QUICK, db=db)
    assert again.returncode == 0, again.stderr
    assert [line.split()[0] for line in again.stdout.splitlines()] == ["unchanged", "polled"]
    assert "has not changed since the last poll" in again.stdout  # the ETag spared the server the feed
    with Store(db) as store:
        assert store.facts()[["fact_key", "value"]].equals(facts[["fact_key", "value"]])
        assert store.articles()["ingested_at"].equals(articles["ingested_at"])
    assert [news.hits(f"/{story.slug}.html") for story in STORIES] == [1, 1, 1]


def test_an_atom_feed_with_relative_links_is_followed_and_remembered(news, store_url, fetcher):
    with Store(store_url) as store:
        reports = list(poll_feed(store, news.url("/atom.xml"), fetcher))
        again = list(poll_feed(store, news.url("/atom.xml"), fetcher))  # no ETag: read again, items known
        feed = feeds_frame(store.engine).iloc[0]
        items = feed_items_frame(store.engine)
        assert _pairs(store.facts()) == sorted(story.pair for story in STORIES)
    assert [r.outcome for r in reports] == ["new"] * 3
    assert [(r.outcome, r.message) for r in again] == [("unchanged", "seen before")] * 3
    assert (feed.title, feed.n_items, feed.n_stored, feed.n_errors, feed.last_status) == ("Example News", 3, 3, 0, "ok")
    assert set(items["outcome"]) == {"new"} and list(items["n_facts"]).count(2) == 2


def test_an_item_the_feed_says_was_updated_is_fetched_again(news, tmp_path, fetcher):
    with Store(f"sqlite:///{tmp_path / 'trade.db'}") as store:
        list(poll_feed(store, news.url("/atom.xml"), fetcher))
        news.add("/atom.xml", samples.atom("Example News", [(samples.PERU.title, "/peru-chile.html", "2024-06-01T08:00:00Z")]),
                 "application/atom+xml")
        news.add("/peru-chile.html", samples.page(samples.PERU, extra="<p>Trade between Peru and Chile could "
                                                                      "reach $6 billion by 2028.</p>"))
        [report] = list(poll_feed(store, news.url("/atom.xml"), fetcher))
    assert (report.outcome, report.n_facts) == ("replaced", 2)


def test_failing_items_are_reported_retried_and_at_last_given_up(web_server, tmp_path, fetcher):
    web_server.add("/feed.xml", samples.rss("News", [("Gone", web_server.url("/gone.html"), MAY_6),
                                                     ("Picture", web_server.url("/photo.png"), MAY_6)]),
                   "application/rss+xml")
    web_server.add("/photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 32, "image/png")
    with Store(f"sqlite:///{tmp_path / 'trade.db'}") as store:
        polls = [list(poll_feed(store, web_server.url("/feed.xml"), fetcher)) for _ in range(MAX_ATTEMPTS + 1)]
        feed = feeds_frame(store.engine).iloc[0]
        assert store.is_empty()  # nothing stored for a failed fetch
    assert [r.message for r in polls[0]] == ["HTTP 404 Not Found",
                                             "not an article: the server sent image/png, not a page, PDF or Word file"]
    assert web_server.hits("/gone.html") == MAX_ATTEMPTS
    assert polls[-1][0].message == f"gave up after {MAX_ATTEMPTS} failed attempts: HTTP 404 Not Found"
    assert (feed.n_items, feed.n_stored, feed.n_errors, feed.last_error) == (2, 0, 2, "2 items failed")


@pytest.mark.parametrize(
    ("feed_body", "content_type", "expected"),
    [
        (None, None, "feed not read: HTTP 404 Not Found"),
        (samples.page(samples.PERU), "text/html",
         "feed not read: not a feed: the address returns a web page; give the address of its RSS or Atom feed"),
    ],
)
def test_a_feed_that_cannot_be_read_is_one_error_line_and_its_status(web_server, tmp_path, fetcher, feed_body,
                                                                       content_type, expected):
    if feed_body is not None:
        web_server.add("/feed.xml", feed_body, content_type)
    with Store(f"sqlite:///{tmp_path / 'trade.db'}") as store:
        [report] = list(poll_feed(store, web_server.url("/feed.xml"), fetcher))
        feed = feeds_frame(store.engine).iloc[0]
    assert report.line() == f"error     {web_server.url('/feed.xml')}: {expected}"
    assert (feed.last_status, feed.last_error, feed.n_items) == ("error", expected, 0)
    assert feed.last_polled_at is not None


def test_a_poll_cut_short_leaves_the_rest_for_the_next_one(news, tmp_path, fetcher):
    stop = threading.Event()
    with Store(f"sqlite:///{tmp_path / 'trade.db'}") as store:
        for report in poll_feed(store, news.url("/feed.xml"), fetcher, stop):
            stop.set()  # as a SIGTERM during the first item would
        assert len(store.articles()) == 1
        rest = list(poll_feed(store, news.url("/feed.xml"), fetcher))  # not "not modified": fetched in full
        assert len(store.articles()) == 3
    assert [r.outcome for r in rest] == ["unchanged", "new", "new"]


def test_fetch_of_a_missing_page_exits_0_and_names_the_error(news, tmp_path):
    db = f"sqlite:///{tmp_path / 'trade.db'}"
    done = store_cli("fetch", news.url("/no-such-page.html"), news.url("/peru-chile.html"), *QUICK, db=db)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        f"error     {news.url('/no-such-page.html')}: HTTP 404 Not Found",
        f"new       {news.url('/peru-chile.html')}  1 fact",
        "new 1, unchanged 0, replaced 0, failed 1",
    ]


def test_no_network_fault_stops_a_fetch_run(news, tmp_path):
    faults = {"/slow": "timed out", "/error": "HTTP 500 Internal Server Error", "/loop": "too many redirects",
              "/huge": "too large", "/huge-unannounced": "too large", "/photo.png": "not an article"}
    news.add("/photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 32, "image/png")
    urls = [news.url(path) for path in faults] + [news.url("/kazakhstan-uzbekistan.html")]
    done = store_cli("fetch", *urls, "--delay", "0", "--timeout", "1", db=f"sqlite:///{tmp_path / 'trade.db'}")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    for line, (path, why) in zip(lines, faults.items()):
        assert line.startswith(f"error     {news.url(path)}: {why}"), line
    assert lines[-2:] == [f"new       {news.url('/kazakhstan-uzbekistan.html')}  2 facts",
                          f"new 1, unchanged 0, replaced 0, failed {len(faults)}"]


def test_an_unchanged_page_changes_nothing_and_a_changed_one_is_reparsed_with_its_reviews(news, store_url, fetcher):
    url = news.url("/georgia-armenia.html")
    with Store(store_url) as store:
        assert fetch_page(store, url, fetcher).outcome == "new"
        before = store.facts()
        turnover = before[before["metric"] == "turnover"].iloc[0]
        store.review(turnover.fact_key, "confirm", note="checked with the statistics office")
        stamp = store.articles()["ingested_at"].iloc[0]
        assert fetch_page(store, url, fetcher).outcome == "unchanged"
        assert store.articles()["ingested_at"].iloc[0] == stamp

        news.add("/georgia-armenia.html", samples.page(samples.GEORGIA, extra=(
            "<p>Exports from Georgia to Armenia were worth $300 million in 2022.</p>")))
        changed = fetch_page(store, url, fetcher)
        after = store.facts().set_index("fact_key")
    assert (changed.outcome, changed.n_facts) == ("replaced", 3)
    assert after.loc[turnover.fact_key, "review_status"] == "confirmed"
    assert after.loc[turnover.fact_key, "review_note"] == "checked with the statistics office"


def test_the_pages_date_is_used_when_the_text_states_none(web_server, tmp_path, fetcher):
    dated = web_server.add("/dated.html", samples.page(samples.PERU, date="2023-03-03"))
    undated = web_server.add("/undated.html", samples.page(samples.PERU, date=None, site="Other News"))
    with Store(f"sqlite:///{tmp_path / 'trade.db'}") as store:
        fetch_page(store, dated, fetcher)
        fetch_page(store, undated, fetcher)
        articles = store.articles().set_index("source")
        facts = store.facts().set_index("source")
    assert articles.loc[dated, "article_date"] == dt.datetime(2023, 3, 3)
    assert facts.loc[dated, "period_start"] == dt.datetime(2022, 1, 1)  # "last year", from the page's date
    assert articles["article_date"].isna().loc[undated]


def test_pdf_and_word_files_on_the_web_are_stored_like_pages(web_server, tmp_path, fetcher):
    pdf = web_server.add("/bulletin.pdf", samples.pdf(samples.KAZAKH), "application/pdf")
    word = web_server.add("/release.docx", samples.docx(samples.GEORGIA),
                          "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    with Store(f"sqlite:///{tmp_path / 'trade.db'}") as store:
        results = [fetch_page(store, url, fetcher) for url in (pdf, word)]
        assert [(r.outcome, r.n_facts) for r in results] == [("new", 2), ("new", 2)]
        assert store.article_text(pdf).startswith(samples.KAZAKH.title + "\n")
        assert _pairs(store.facts()) == [samples.GEORGIA.pair, samples.KAZAKH.pair]
        store.reparse()  # a capture reads back through the store's parser
        assert len(store.facts()) == 4


def test_watch_polls_until_sigterm_and_stops_cleanly(news, tmp_path):
    db = f"sqlite:///{tmp_path / 'trade.db'}"
    watcher = subprocess.Popen([sys.executable, "-m", "store", "watch", news.url("/feed.xml"), "--every", "1s",
                                *QUICK, "--db", db], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    try:
        lines, deadline = [], time.monotonic() + 90
        while sum("polled 1 feed" in line for line in lines) < 2 and time.monotonic() < deadline:
            lines.append(watcher.stdout.readline())
        watcher.send_signal(signal.SIGTERM)
        out, err = watcher.communicate(timeout=30)
    finally:
        watcher.kill()
    assert watcher.returncode == 0, err
    assert sum("polled 1 feed" in line for line in lines) == 2  # it polled again on its interval
    assert out.splitlines()[-1] == "stopped"
    assert "Traceback" not in err
    with Store(db) as store:
        assert len(store.articles()) == 3


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["fetch", "example.org/page"], "not a web address"),
        (["fetch"], "the following arguments are required: URL"),
        (["watch", "--once"], "no feed to watch"),
        (["watch", "http://127.0.0.1:9/feed.xml", "--every", "soon"], "not a duration"),
        (["watch", "http://127.0.0.1:9/feed.xml", "--every", "0m"], "longer than zero"),
        (["fetch", "http://127.0.0.1:9/a", "--delay", "-1"], "expected a number of seconds"),
    ],
)
def test_usage_errors_exit_2_with_a_message(args, message, tmp_path):
    done = store_cli(*args, db=f"sqlite:///{tmp_path / 'trade.db'}")
    assert done.returncode == 2
    assert message in done.stderr


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("30m", 1800), ("1h30m", 5400), ("90s", 90), ("2d", 172800), ("15", 900), ("0.5h", 1800), (" 1H ", 3600)],
)
def test_intervals_are_read_as_people_write_them(text, seconds):
    from store.watching import parse_duration

    assert parse_duration(text) == seconds


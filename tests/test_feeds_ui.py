"""The Sources page's web section (app/feeds_ui.py) through AppTest, against a local server: a page
added by its address, a feed followed with its items and errors shown, bad addresses explained."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import web_samples as samples
from app.synthetic import seed_store

ROOT = Path(__file__).resolve().parent.parent
SOURCES = str(ROOT / "pages" / "3_Sources.py")
MAY_6 = "Mon, 06 May 2024 08:00:00 GMT"


@pytest.fixture
def db(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'trade.db'}"
    seed_store(url, [], outlet="Kazinform")
    monkeypatch.setenv("TRADE_DB_URL", url)
    return url


@pytest.fixture
def site(web_server):
    for story in (samples.GEORGIA, samples.PERU):
        web_server.add(f"/{story.slug}.html", samples.page(story))
    web_server.add("/feed.xml", samples.rss("Ministry news", [
        (samples.PERU.title, web_server.url("/peru-chile.html"), MAY_6),
        ("Removed story", web_server.url("/removed.html"), MAY_6)]), "application/rss+xml")
    return web_server


def _messages(at: AppTest) -> list[str]:
    return [m.value.replace("\\", "") for m in (*at.success, *at.error)]


def _submit(at: AppTest, label: str) -> AppTest:
    return next(b for b in at.button if b.label == label).click().run()


def test_a_page_added_by_its_address_is_fetched_and_listed(db, site):
    at = AppTest.from_file(SOURCES, default_timeout=60).run()
    at.text_area(key="web_page_urls").input(f"{site.url('/georgia-armenia.html')}\n{site.url('/nowhere.html')}\n")
    at = _submit(at, "Fetch and add")
    assert not at.exception
    assert _messages(at) == [f"{site.url('/georgia-armenia.html')}: added, 2 facts found.",
                             f"{site.url('/nowhere.html')}: not added (HTTP 404 Not Found)."]
    overview = at.dataframe[0].value
    assert site.url("/georgia-armenia.html") in set(overview["Source"])
    assert set(overview.loc[overview["Source"] == site.url("/georgia-armenia.html"), "Outlet"]) == {"Example News"}


def test_a_followed_feed_shows_its_last_poll_items_and_errors(db, site):
    at = AppTest.from_file(SOURCES, default_timeout=60).run()
    assert any("No feed followed yet" in c.value for c in at.caption)
    at.text_input(key="web_feed_url").input(site.url("/feed.xml"))
    at = _submit(at, "Follow feed")
    assert not at.exception
    assert _messages(at) == [f"{site.url('/peru-chile.html')}: added, 1 fact found.",
                             f"{site.url('/removed.html')}: not added (HTTP 404 Not Found)."]
    feeds = next(frame.value for frame in at.dataframe if "Feed" in frame.value.columns and "Items" in frame.value.columns)
    row = feeds.iloc[0]
    assert (row["Feed"], row["Title"], row["Status"], row["Items"], row["Stored"], row["Errors"]) == (
        site.url("/feed.xml"), "Ministry news", "ok", 2, 1, 1)
    assert row["Last poll"].endswith("UTC") and row["Last error"] == "1 item failed"
    failures = next(frame.value for frame in at.dataframe if "Why" in frame.value.columns)
    assert failures.iloc[0][["Item", "Why", "Attempts"]].tolist() == [site.url("/removed.html"), "HTTP 404 Not Found", 1]

    at = _submit(at, "Poll all feeds now")
    assert any("Polled 1 feeds: 1 items fine, 1 with errors." in i.value.replace("\\", "") for i in at.info)
    assert site.hits("/peru-chile.html") == 1  # seen before: not fetched again


@pytest.mark.parametrize(
    ("widget", "button", "given", "expected"),
    [
        ("web_page_urls", "Fetch and add", "   ", "Nothing to fetch: give one address per line."),
        ("web_page_urls", "Fetch and add", "example.org/page", "example.org/page: not added (not a web address"),
        ("web_feed_url", "Follow feed", "feeds.example.org", "Not followed: not a web address"),
    ],
)
def test_bad_addresses_are_explained(db, widget, button, given, expected):
    at = AppTest.from_file(SOURCES, default_timeout=60).run()
    (at.text_area if widget == "web_page_urls" else at.text_input)(key=widget).input(given)
    at = _submit(at, button)
    assert not at.exception
    assert any(message.startswith(expected) for message in _messages(at)), _messages(at)


def test_a_read_only_dashboard_shows_the_feeds_and_offers_no_way_to_add_or_poll(db, site, monkeypatch):
    at = AppTest.from_file(SOURCES, default_timeout=60).run()
    at.text_input(key="web_feed_url").input(site.url("/feed.xml"))
    _submit(at, "Follow feed")
    monkeypatch.setenv("TRADE_READ_ONLY", "1")
    at = AppTest.from_file(SOURCES, default_timeout=60).run()
    assert not at.exception
    assert not [b for b in at.button if b.label in ("Fetch and add", "Follow feed", "Poll all feeds now")]
    feeds = next(frame.value for frame in at.dataframe if "Items" in frame.value.columns)
    assert feeds["Feed"].tolist() == [site.url("/feed.xml")]

"""Official statistics in a real Chromium: the Check page opened by a link keeps its filter and counts,
the Timeline draws the two official lines, and the sidebar carries the filter to Check."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from app.data import sample_official_paths
from app.synthetic import seed_store
from conftest import ROWS, serve
from store import Store
from test_dashboard_browser import LOAD_TIMEOUT_MS, wait_for_app

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def check_url(tmp_path_factory):
    """The browser suite's facts plus the real IMF DOTS figures of the sample pairs (data/official)."""
    tmp = tmp_path_factory.mktemp("e2e-check")
    db_url = f"sqlite:///{tmp / 'trade.db'}"
    seed_store(db_url, ROWS, outlet="Kazinform")
    with Store(db_url) as store:
        assert store.import_official(sample_official_paths()).counts["imported"] == 1
    yield from serve(db_url, tmp)


def metric(page: Page, label: str):
    return page.get_by_test_id("stMetric").filter(has_text=label).get_by_test_id("stMetricValue")


def test_check_page_by_link_counts_the_pairs_claims(page: Page, check_url, artifacts):
    page.goto(f"{check_url}/Check?pairs=KAZ-TUR")
    wait_for_app(page)
    expect(metric(page, "Differ")).to_have_text("1", timeout=LOAD_TIMEOUT_MS)  # $4.1 bn against 3.1 and 2.2 in 2020
    expect(metric(page, "No official data")).to_have_text("1")  # 2021: the sample ends in 2020
    expect(metric(page, "Agree")).to_have_text("0")
    expect(page.get_by_test_id("stDataFrame")).to_be_visible()
    expect(page.get_by_text("International Monetary Fund, Direction of Trade Statistics")).to_be_visible()
    assert "pairs=KAZ-TUR" in page.url
    page.screenshot(path=str(artifacts / "check-by-link.png"), full_page=True)


def test_timeline_shows_both_official_lines_and_the_filter_follows_to_check(page: Page, check_url, artifacts):
    page.goto(f"{check_url}/Timeline?pairs=KAZ-TUR")
    wait_for_app(page)
    legend = page.locator(".js-plotly-plot .legendtext")
    expect(legend.filter(has_text="Official total trade, as Kazakhstan reports it (IMF DOTS)")).to_have_count(
        1, timeout=LOAD_TIMEOUT_MS)
    expect(legend.filter(has_text="Official total trade, as Türkiye reports it (IMF DOTS)")).to_have_count(1)
    page.screenshot(path=str(artifacts / "timeline-official.png"))
    page.get_by_test_id("stSidebar").get_by_role("link", name="Check").click()
    expect(page).to_have_url(re.compile(r"/Check\?pairs=KAZ-TUR"), timeout=LOAD_TIMEOUT_MS)
    wait_for_app(page)
    expect(metric(page, "Differ")).to_have_text("1", timeout=LOAD_TIMEOUT_MS)

"""Issue 10 in a real Chromium at a laptop (1280 px) and a phone (400 px) width: downloads that work
after a review, gauges and timeline labels that do not overlap, undated facts listed apart, hostile
and out-of-range links, names in links, disputed figures, the briefing pack, and viewer mode.
Screenshots go to tests/artifacts/."""
from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from app.synthetic import fact_row, seed_store
from store import Store

from tests.e2e.conftest import ROWS, free_port, start_streamlit, wait_healthy

pytestmark = pytest.mark.browser
LOAD_MS = 45_000
WIDTHS = [1280, 400]
EXTRA = [
    # two sources disagree on China - Kazakhstan 2022; an undated figure; two part-year labels side by side
    fact_row(source="kaz-chn-b.txt", country_a="CHN", country_b="KAZ", year=2022, value=24e9,
             article_date=dt.date(2023, 4, 20), evidence="Kazakh-Chinese trade came to $24 billion in 2022."),
    fact_row(source="undated.txt", country_a="KAZ", country_b="UZB", value=4e9, period_start=None,
             period_end=None, article_date=None, evidence="Uzbek-Kazakh trade stands at $4 billion."),
    fact_row(source="aze-kaz-a.txt", country_a="AZE", country_b="KAZ", period_start="2020-01-01",
             period_end="2020-11-30", value=2.5e8, article_date=dt.date(2021, 1, 5),
             evidence="Azerbaijani-Kazakh trade was $250 million in January-November 2020."),
    fact_row(source="aze-kaz-b.txt", country_a="AZE", country_b="KAZ", period_start="2021-01-01",
             period_end="2021-11-30", value=2.6e8, article_date=dt.date(2022, 1, 5),
             evidence="Azerbaijani-Kazakh trade was $260 million in January-November 2021."),
    fact_row(source="aze-kaz-b.txt", country_a="AZE", country_b="KAZ", metric="target", value=1e9,
             target_year=None, article_date=dt.date(2022, 1, 5), evidence="The sides want $1 billion of trade."),
]


def _serve(tmp, name: str, env: dict | None = None):
    db_url = f"sqlite:///{tmp / f'{name}.db'}"
    seed_store(db_url, ROWS + EXTRA, outlet="Kazinform")
    with Store(db_url) as store:  # one reviewed fact: its time zone broke the Excel download
        key = store.facts().set_index("source").loc["kaz-tur-a.txt", "fact_key"]
        store.review(key, "correct", {"value": 4.2e9}, note="customs figure", reviewer="Ana")
    port, log = free_port(), tmp / f"{name}.log"
    proc = start_streamlit(db_url, port, log, env)
    base = f"http://127.0.0.1:{port}"
    wait_healthy(base, proc, log)
    return proc, base


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("e2e-issue10")
    started = [_serve(tmp, "analyst"), _serve(tmp, "viewer", {"TRADE_READ_ONLY": "1"})]
    try:
        yield {"analyst": started[0][1], "viewer": started[1][1]}
    finally:
        for proc, _ in started:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


@pytest.fixture(params=WIDTHS, ids=lambda w: f"{w}px")
def width(request, page: Page) -> int:
    page.set_viewport_size({"width": request.param, "height": 1400})
    return request.param


def open_page(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector('[data-testid="stSidebar"]', state="attached", timeout=LOAD_MS)
    expect(page.locator('[data-testid="stStatusWidget"]')).to_have_count(0, timeout=LOAD_MS)
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)


def boxes(locator) -> list[dict]:
    return [b for b in (locator.nth(i).bounding_box() for i in range(locator.count())) if b and b["width"] > 0]


def overlaps(a: dict, b: dict, slack: float = 1.0) -> bool:
    return (a["x"] + slack < b["x"] + b["width"] and b["x"] + slack < a["x"] + a["width"]
            and a["y"] + slack < b["y"] + b["height"] and b["y"] + slack < a["y"] + a["height"])


def assert_apart(items: list[dict], what: str) -> None:
    for i, a in enumerate(items):
        for b in items[:i]:
            assert not overlaps(a, b), f"{what} overlap: {a} {b}"


def test_excel_downloads_after_a_review(page: Page, servers, width, artifacts):
    open_page(page, f"{servers['analyst']}/Data")
    with page.expect_download(timeout=LOAD_MS) as download:
        page.get_by_test_id("stDownloadButton").filter(has_text="Excel").click()
    assert download.value.path().read_bytes()[:2] == b"PK"  # an .xlsx (zip)
    expect(page.get_by_text("download failed")).to_have_count(0)
    page.screenshot(path=str(artifacts / f"issue10-data-{width}.png"), full_page=True)


def test_gauges_and_their_captions_do_not_overlap_or_clip(page: Page, servers, width, artifacts):
    open_page(page, f"{servers['analyst']}/Targets")
    plots = page.locator(".js-plotly-plot")
    expect(plots.first).to_be_visible(timeout=LOAD_MS)
    assert_apart(boxes(plots), "gauges")
    for i in range(plots.count()):
        plot = boxes(plots.nth(i))[0]
        for title in boxes(plots.nth(i).locator(".gtitle, .title text, text.title")):
            assert plot["x"] - 1 <= title["x"] and title["x"] + title["width"] <= plot["x"] + plot["width"] + 1, \
                f"clipped gauge title at {width}px"
    page.screenshot(path=str(artifacts / f"issue10-targets-{width}.png"), full_page=True)


def test_timeline_labels_do_not_collide_and_targets_are_in_the_legend(page: Page, servers, width, artifacts):
    open_page(page, f"{servers['analyst']}/Timeline?pairs=AZE-KAZ,CHN-KAZ")
    plot = page.locator(".js-plotly-plot").first
    expect(plot).to_be_visible(timeout=LOAD_MS)
    labels = plot.locator(".annotation-text")
    expect(labels.filter(has_text="Jan–Nov 2020")).to_have_count(1)
    expect(labels.filter(has_text="Target $1 bn (no year)")).to_have_count(1)
    assert_apart(boxes(plot.locator(".annotation")), "timeline labels")
    legend = plot.locator(".legend")
    expect(legend.get_by_text("Target (dashed line to its year)")).to_be_visible()
    expect(legend.get_by_text("Sources disagree (ringed)")).to_be_visible()  # item 12: the 2022 dispute
    chart_box = boxes(plot)[0]
    for label in boxes(labels):
        assert chart_box["x"] - 1 <= label["x"] and label["x"] + label["width"] <= chart_box["x"] + chart_box["width"] + 1
    expect(plot.get_by_text("NaT")).to_have_count(0)
    page.screenshot(path=str(artifacts / f"issue10-timeline-{width}.png"), full_page=True)


def test_undated_facts_are_listed_apart_not_drawn_at_nat(page: Page, servers, width, artifacts):
    open_page(page, f"{servers['analyst']}/Timeline?focus=Kazakhstan&partners=Uzbekistan")
    expect(page.get_by_text("Facts without a date")).to_be_visible(timeout=LOAD_MS)
    expect(page.get_by_text("NaT")).to_have_count(0)
    expect(page.get_by_text("(reported n/a)")).to_have_count(0)
    page.screenshot(path=str(artifacts / f"issue10-undated-{width}.png"), full_page=True)


def test_date_filter_sets_the_time_axis(page: Page, servers, width):
    open_page(page, f"{servers['analyst']}/Timeline?pairs=KAZ-TUR&from=2019-01-01&to=2031-12-31")
    expect(page.locator(".js-plotly-plot").first).to_be_visible(timeout=LOAD_MS)
    ticks = page.locator(".js-plotly-plot").first.locator(".xtick text").all_text_contents()
    years = [int(t[-4:]) for t in ticks if t[-4:].isdigit()]
    assert years and min(years) >= 2019 and max(years) <= 2032


@pytest.mark.parametrize("page_path", ["", "Timeline", "Targets", "Sources", "Data", "Review"])
def test_out_of_range_and_hostile_links_show_no_traceback_link_or_image(page: Page, servers, width, page_path):
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    query = ("from=1989-12-31&to=2051-01-01&partners=**Session%20expired**%20[log%20in](http://evil.example/)"
             "&focus=![x](http://evil.example/p.png)")
    open_page(page, f"{servers['analyst']}/{page_path}?{query}")
    expect(page.get_by_text("Ignored in the link")).to_be_visible(timeout=LOAD_MS)
    assert page.locator('a[href*="evil"], img[src*="evil"]').count() == 0
    assert not [u for u in requests if "evil" in (urlparse(u).hostname or "")]  # nothing fetched from there


def test_names_in_links(page: Page, servers, width, artifacts):
    open_page(page, f"{servers['analyst']}/Timeline?pairs=Kazakhstan-Turkey")
    expect(page.locator(".js-plotly-plot .annotation-text").filter(has_text="Kazakhstan – Türkiye")).to_have_count(
        1, timeout=LOAD_MS)  # the chart is drawn after the page settles: give a loaded machine the page's time
    expect(page.get_by_text("Ignored in the link")).to_have_count(0)
    expect(page).to_have_url(re.compile(r"pairs=KAZ-TUR"), timeout=LOAD_MS)
    open_page(page, f"{servers['analyst']}/?focus=T%C3%BCrkiye")
    # the page rewrites its link once its script has run: on a loaded machine, after the page has settled
    expect(page).to_have_url(re.compile(r"focus=TUR(?:&|$)"), timeout=LOAD_MS)
    page.screenshot(path=str(artifacts / f"issue10-names-{width}.png"), full_page=True)


def test_overview_counts_disputed_figures(page: Page, servers, width):
    open_page(page, servers["analyst"])
    metric = page.get_by_test_id("stMetric").filter(has_text="Disputed figures")
    expect(metric.get_by_test_id("stMetricValue")).to_have_text("1")
    expect(page.get_by_test_id("stSidebar").get_by_role("link", name="Overview")).to_be_attached()


def test_briefing_pack_downloads_in_one_click(page: Page, servers, width, artifacts):
    open_page(page, f"{servers['analyst']}/?focus=KAZ")
    with page.expect_download(timeout=120_000) as download:
        page.get_by_test_id("stDownloadButton").filter(has_text="Briefing pack").click()
    data = download.value.path().read_bytes()
    (artifacts / f"issue10-briefing-{width}.pdf").write_bytes(data)
    text = "".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)
    assert data.startswith(b"%PDF") and "Trade briefing: Kazakhstan with all partners" in text
    assert "Kazinform" in text and "kaz-chn-b.txt" in text.replace(" ", "")


def test_viewer_mode_has_no_upload_paste_or_review(page: Page, servers, width, artifacts):
    open_page(page, f"{servers['viewer']}/Sources")
    expect(page.get_by_text("Viewer mode")).to_have_count(2)  # sidebar and page
    expect(page.get_by_text("Add articles", exact=True)).to_have_count(0)
    expect(page.locator('[data-testid="stFileUploaderDropzoneInput"]')).to_have_count(0)
    open_page(page, f"{servers['viewer']}/Review")
    expect(page.get_by_text("reviews are switched off")).to_be_visible()
    expect(page.get_by_role("button", name="Save decision")).to_have_count(0)
    page.screenshot(path=str(artifacts / f"issue10-viewer-{width}.png"), full_page=True)


def test_keyboard_focus_is_visible(page: Page, servers, width, artifacts):
    open_page(page, servers["analyst"])
    widths = []
    for _ in range(6):
        page.keyboard.press("Tab")
        widths.append(page.evaluate("getComputedStyle(document.activeElement).outlineWidth"))
    assert "3px" in widths, widths  # the app's focus outline, on links, buttons and inputs alike
    page.screenshot(path=str(artifacts / f"issue10-focus-{width}.png"))

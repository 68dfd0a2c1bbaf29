"""The dashboard in a real headless Chromium against `streamlit run`: filter by link and by widgets,
charts drawn, a PNG downloaded at slide size, and an article full of markup staying plain text."""
from __future__ import annotations

import io
import re

import pytest
from PIL import Image
from playwright.sync_api import Page, expect

from app.export import SLIDE_HEIGHT, SLIDE_WIDTH

pytestmark = pytest.mark.browser
LOAD_TIMEOUT_MS = 30_000
HOSTILE = ("<script>alert(1)</script> <b>html</b> **markdown** <img src=x onerror=alert(2)>\n\n"
           "Trade between Kazakhstan and Uzbekistan reached $4 billion in 2023.\n")


def plots(page: Page):
    return page.locator(".js-plotly-plot")


def wait_for_app(page: Page) -> None:
    page.wait_for_selector('[data-testid="stSidebar"]', timeout=LOAD_TIMEOUT_MS)
    expect(page.locator('[data-testid="stStatusWidget"]')).to_have_count(0, timeout=LOAD_TIMEOUT_MS)


def test_link_filters_to_one_pair_and_timeline_renders(page: Page, app_url, artifacts):
    page.goto(f"{app_url}/Timeline?pairs=CHN-KAZ")
    wait_for_app(page)
    expect(plots(page).first).to_be_visible(timeout=LOAD_TIMEOUT_MS)
    expect(page.locator(".js-plotly-plot .scatterlayer .trace").first).to_be_attached()
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar.get_by_text("China – Kazakhstan")).to_be_visible()
    expect(page.locator(".js-plotly-plot .gtitle, .js-plotly-plot .annotation-text").filter(
        has_text="Kazakhstan – Türkiye")).to_have_count(0)
    assert "pairs=CHN-KAZ" in page.url
    page.screenshot(path=str(artifacts / "timeline-by-link.png"))


def test_widgets_filter_to_one_pair_and_the_filter_follows_to_targets(page: Page, app_url, artifacts):
    page.goto(app_url)
    wait_for_app(page)
    sidebar = page.get_by_test_id("stSidebar")
    sidebar.get_by_test_id("stSelectbox").filter(has_text="Focus country").click()
    page.get_by_role("option", name="Kazakhstan (KAZ)").click()
    expect(page).to_have_url(re.compile(r"focus=KAZ"), timeout=LOAD_TIMEOUT_MS)
    sidebar.get_by_test_id("stMultiSelect").filter(has_text="Partner countries").click()
    page.get_by_role("option", name="Türkiye (TUR)").click()
    expect(page).to_have_url(re.compile(r"focus=KAZ&partners=TUR"), timeout=LOAD_TIMEOUT_MS)
    page.keyboard.press("Escape")
    page.screenshot(path=str(artifacts / "overview-filtered.png"))

    sidebar.get_by_role("link", name="Targets").click()
    expect(page).to_have_url(re.compile(r"/Targets\?focus=KAZ&partners=TUR"), timeout=LOAD_TIMEOUT_MS)
    wait_for_app(page)
    gauge = page.locator(".js-plotly-plot .indicatorlayer")
    expect(gauge).to_have_count(1, timeout=LOAD_TIMEOUT_MS)
    expect(page.locator(".js-plotly-plot").get_by_text("Kazakhstan – Türkiye")).to_be_visible()
    expect(page.locator(".js-plotly-plot").get_by_text("China – Kazakhstan")).to_have_count(0)
    page.screenshot(path=str(artifacts / "targets-filtered.png"))


def test_png_download_is_a_slide_sized_image(page: Page, app_url, artifacts):
    page.goto(f"{app_url}/Timeline?focus=KAZ&partners=TUR")
    wait_for_app(page)
    expect(plots(page).first).to_be_visible(timeout=LOAD_TIMEOUT_MS)
    with page.expect_download(timeout=LOAD_TIMEOUT_MS) as download:
        page.get_by_test_id("stDownloadButton").filter(has_text="PNG").click()
    path = download.value.path()
    data = path.read_bytes()
    image = Image.open(io.BytesIO(data))
    image.verify()
    assert image.format == "PNG" and image.size == (SLIDE_WIDTH, SLIDE_HEIGHT)
    assert download.value.suggested_filename == "timeline-KAZ-TUR.png"
    (artifacts / "exported-timeline.png").write_bytes(data)


def test_uploaded_article_with_markup_runs_nothing_and_shows_as_text(page: Page, app_url, artifacts):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{app_url}/Sources")
    wait_for_app(page)
    page.get_by_test_id("stExpander").get_by_text("Add articles").click()
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
        files=[{"name": "hostile.html.txt", "mimeType": "text/plain", "buffer": HOSTILE.encode()},
               {"name": "notes.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4 junk"}])
    submit = page.get_by_test_id("stBaseButton-secondaryFormSubmit").filter(has_text="Add files")
    expect(submit).to_be_enabled(timeout=LOAD_TIMEOUT_MS)  # enabled once both files are uploaded
    submit.click()
    expect(page.get_by_text("hostile.html.txt: added")).to_be_visible(timeout=LOAD_TIMEOUT_MS)
    expect(page.get_by_text("notes.pdf: could not be read (damaged PDF")).to_be_visible()

    article = page.locator('[data-testid="stHtml"]').filter(has_text="Kazakhstan and Uzbekistan").last
    expect(article).to_contain_text("<script>alert(1)</script> <b>html</b> **markdown**")
    assert article.locator("b, strong, img, script").count() == 0
    assert page.evaluate("[...document.scripts].some(s => s.textContent.includes('alert('))") is False
    page.screenshot(path=str(artifacts / "sources-hostile-upload.png"))
    # a hover label and the tables get the same text; nothing ran anywhere
    page.goto(f"{app_url}/Data")
    wait_for_app(page)
    assert dialogs == []

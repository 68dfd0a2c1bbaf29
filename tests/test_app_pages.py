"""Every page through streamlit's AppTest against a temporary store, plus the filter in the URL."""
import base64
import datetime as dt
import html
import json
import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st_hyp
from streamlit.testing.v1 import AppTest

from app import data
from app.synthetic import fact_row, seed_store

ROOT = Path(__file__).resolve().parent.parent
PAGES = ["dashboard.py", "pages/1_Timeline.py", "pages/2_Targets.py", "pages/3_Sources.py",
         "pages/4_Data.py", "pages/5_Review.py", "pages/6_Check.py"]
ROWS = [
    fact_row(source="kt-2022.txt", year=2021, value=5.3e9, qualifier="over", article_date=dt.date(2022, 5, 10),
             evidence="Trade between Kazakhstan and Turkey topped $5.3 billion in 2021."),
    fact_row(source="kt-2022b.txt", year=2021, value=5.3e9, qualifier="over", article_date=dt.date(2022, 6, 1),
             evidence="Kazakh-Turkish trade was above $5.3 billion last year."),
    fact_row(source="kt-2022.txt", metric="target", value=10e9, target_year=None, article_date=dt.date(2022, 5, 10),
             evidence="The leaders want trade of $10 billion."),
    fact_row(source="kc-2023.txt", country_a="CHN", country_b="KAZ", year=2022, value=31.2e9,
             article_date=dt.date(2023, 1, 20), evidence="China-Kazakhstan trade reached $31.2 billion in 2022."),
    fact_row(source="kc-2023.txt", country_a="CHN", country_b="KAZ", metric="target", value=35e9,
             target_year=2030, article_date=dt.date(2023, 1, 20),
             evidence="They aim for <b>$35 billion</b> by 2030 <script>alert(1)</script>."),
    fact_row(source="kc-2023b.txt", country_a="CHN", country_b="KAZ", period_start="2023-01-01",
             period_end="2023-08-31", value=20e9, article_date=dt.date(2023, 9, 15),
             evidence="In January-August 2023 trade came to $20 billion."),
]


@pytest.fixture
def db(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'trade.db'}"
    seed_store(url, ROWS, outlet="Kazinform")
    monkeypatch.setenv("TRADE_DB_URL", url)
    return url


def run(page: str = "dashboard.py", params: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / page), default_timeout=30)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    return at.run()


def switch(at: AppTest, page: str) -> AppTest:
    return at.switch_page(str(ROOT / page)).run()


def no_errors(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def plain(markdown: str) -> str:
    """A message as the user reads it (file names and article text in it are markdown-escaped)."""
    return html.unescape(markdown.replace("\\", ""))


def html_bodies(at: AppTest) -> list[str]:
    """The page's st.html bodies, without the style sheet every page adds (keyboard focus)."""
    return [h.proto.body for h in at.get("html") if not h.proto.body.startswith("<style>")]


def _unpack(obj: dict):
    if set(obj) >= {"dtype", "bdata"}:
        return np.frombuffer(base64.b64decode(obj["bdata"]), dtype=obj["dtype"]).tolist()
    return obj


def chart(at: AppTest, index: int = 0) -> dict:
    return json.loads(at.get("plotly_chart")[index].proto.spec, object_hook=_unpack)


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_with_data(db, page):
    at = run(page)
    no_errors(at)
    assert at.title[0].value and at.caption[0].value  # title and a line saying what the page is
    assert at.selectbox(key="flt_focus").value == ""  # the shared filter is in every page's sidebar


def test_overview_counts_pairs_articles_facts_and_lists_newest_with_sources(db):
    at = run()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Country pairs"] == "2" and metrics["Articles"] == "4"
    assert metrics["Distinct facts"] == "5"  # the 2021 figure two articles report counts once
    assert metrics["Oldest article"] == "2022-05-10" and metrics["Newest article"] == "2023-09-15"
    pairs = at.dataframe[0].value
    assert list(pairs["Pair"]) == ["China – Kazakhstan", "Kazakhstan – Türkiye"]
    assert list(pairs["Latest target"]) == ["$35 bn by 2030", "$10 bn"]
    newest = at.dataframe[1].value
    assert newest.iloc[0]["Period"] == "Jan–Aug 2023 (8 months)"
    assert "Kazinform (kt-2022.txt)" in newest[newest["Value"] == "$5.3 bn (over)"].iloc[0]["Sources"]


def test_link_opens_the_filter_and_ignores_unknown_codes_with_a_notice(db):
    at = run("pages/1_Timeline.py", {"focus": "kaz", "partners": "TUR,XYZ", "metrics": "turnover,bogus"})
    no_errors(at)
    assert [b for b in html_bodies(at) if "linkNotice" in b][0].endswith(
        ">Ignored in the link (not in the data): country &#x27;XYZ&#x27;, metric &#x27;bogus&#x27;.</div>")
    assert at.selectbox(key="flt_focus").value == "KAZ"
    assert at.multiselect(key="flt_partners").value == ["TUR"]
    assert at.multiselect(key="flt_metrics").value == ["turnover"]
    assert dict(at.query_params) == {"focus": "KAZ", "partners": "TUR", "metrics": "turnover"}
    names = {t.get("name") for t in chart(at)["data"]}
    assert "Turnover" in names and not any("Target" in (n or "") for n in names)


def test_widgets_write_the_link_and_the_filter_survives_page_switches(db):
    at = run()
    at.multiselect(key="flt_pairs").select("CHN-KAZ").run()
    at.date_input(key="flt_dates").set_value((dt.date(2022, 1, 1), dt.date(2023, 12, 31))).run()
    expected = {"pairs": "CHN-KAZ", "from": "2022-01-01", "to": "2023-12-31"}
    assert dict(at.query_params) == expected
    for page in PAGES[1:]:
        at = switch(at, page)
        no_errors(at)
        assert at.multiselect(key="flt_pairs").value == ["CHN-KAZ"], page
        assert at.date_input(key="flt_dates").value == (dt.date(2022, 1, 1), dt.date(2023, 12, 31))
    # and the link reopens exactly that view in a new session
    fresh = run("pages/4_Data.py", expected)
    assert fresh.multiselect(key="flt_pairs").value == ["CHN-KAZ"]
    assert set(fresh.dataframe[0].value["Pair"]) == {"China – Kazakhstan"}


def test_clear_filter_empties_widgets_and_link(db):
    at = run("dashboard.py", {"focus": "KAZ"})
    clear = next(b for b in at.button if b.label == "Clear filter")
    clear.click().run()
    assert at.selectbox(key="flt_focus").value == "" and not dict(at.query_params)


def test_no_match_for_the_filter_says_so_on_every_page(db):
    for page in PAGES[:5]:
        at = run(page, {"from": "1995-01-01", "to": "1996-12-31"})
        no_errors(at)
        assert any("No facts match" in i.value or "No targets" in i.value for i in at.info), page


def test_timeline_draws_partial_year_as_span_with_all_sources_in_hover(db):
    at = run("pages/1_Timeline.py", {"pairs": "CHN-KAZ"})
    fig = chart(at)
    partial = [t for t in fig["data"] if "part of a year" in (t.get("name") or "")]
    assert len(partial) == 1 and "Jan–Aug 2023" in [a["text"] for a in fig["layout"]["annotations"]]
    hovers = " ".join(h for t in fig["data"] for h in (t.get("hovertext") or []) if h)
    assert "&lt;script&gt;" in hovers and "<script>" not in hovers
    assert [b.label for b in at.get("download_button")] == ["PNG", "SVG", "PDF", "Briefing pack (PDF)"]


def test_targets_page_has_a_gauge_per_pair_and_plain_numbers(db):
    at = run("pages/2_Targets.py")
    no_errors(at)
    gauges = [t for i in range(len(at.get("plotly_chart"))) for t in chart(at, i)["data"] if t["type"] == "indicator"]
    assert len(gauges) == 2
    table = at.dataframe[0].value.set_index("Pair")
    assert table.loc["China – Kazakhstan", "Reached"] == "89%"
    assert table.loc["China – Kazakhstan", "Growth needed / yr"] == "+1.4%"  # (35 / 31.2) ** (1 / 8) - 1
    assert table.loc["Kazakhstan – Türkiye", "By"] == "no year"


def test_sources_page_shows_markup_in_articles_as_text(db):
    at = run("pages/3_Sources.py")
    at.selectbox(key="article").set_value("kc-2023.txt").run()
    no_errors(at)
    body = html_bodies(at)[-1]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body and "<script>" not in body
    assert "<mark>They aim for &lt;b&gt;$35 billion&lt;/b&gt;" in body


def test_pasted_article_is_parsed_and_appears_on_every_page(db):
    at = run("pages/3_Sources.py")
    at.text_input[0].input("pasted-note")
    at.text_area[0].input("<script>alert(1)</script> <b>html</b> **markdown**\n\n"
                          "Trade between Kazakhstan and Uzbekistan reached $4 billion in 2023.")
    next(b for b in at.button if b.label == "Add text").click().run()
    no_errors(at)
    assert plain(at.success[0].value).startswith("pasted-note: added")
    assert at.selectbox(key="article").value == "pasted-note.txt"
    body = html_bodies(at)[-1]
    assert "&lt;script&gt;" in body and "**markdown**" in body and "<b>html" not in body
    title = html_bodies(at)[0]  # the title is the article's first line, escaped too
    assert "&lt;script&gt;" in title and "**markdown**" in title
    assert run().metric[1].value == "5"  # the Overview of any session counts it at once


def test_empty_paste_gets_a_clear_message(db):
    at = run("pages/3_Sources.py")
    next(b for b in at.button if b.label == "Add text").click().run()
    assert [plain(e.value) for e in at.error] == ["Nothing to add: the text box is empty."]


class Upload:
    def __init__(self, name: str, data: bytes):
        self.name, self._data = name, data

    def getvalue(self) -> bytes:
        return self._data


def test_uploads_each_get_a_message_and_a_bad_file_loses_nothing(db):
    before = len(data.load_tables().articles)
    outcomes = data.add_uploads([
        Upload("good.txt", b"Trade between Kazakhstan and Georgia reached $1 billion in 2023."),
        Upload("slides.pptx", b"PK\x03\x04"),
        Upload("huge.txt", b"x" * (data.MAX_UPLOAD_BYTES + 1)),
        Upload("empty.md", b""),
        Upload("page.html", b"<html><body><p>Trade news without figures.</p></body></html>"),
        Upload("broken.pdf", b"%PDF-1.4 cut short"),
    ])
    assert [o.ok for o in outcomes] == [True, False, False, False, True, False]
    assert "only .txt, .md, .html, .htm, .pdf, .docx files are accepted" in outcomes[1].message
    assert "over the 10 MB limit" in outcomes[2].message
    assert "empty" in outcomes[3].message
    assert "could not be read (damaged PDF" in outcomes[5].message
    articles = data.load_tables().articles
    assert len(articles) == before + 3  # the damaged PDF is listed, with its status and message
    assert articles.set_index("source").loc["broken.pdf", "status"] == "error"


def test_pdf_and_word_uploads_are_read_like_text(db):
    import web_samples as samples

    outcomes = data.add_uploads([Upload("bulletin.pdf", samples.pdf(samples.KAZAKH)),
                                 Upload("release.docx", samples.docx(samples.GEORGIA)),
                                 Upload("scan.pdf", samples.scanned_pdf())])
    assert [plain(o.message) for o in outcomes[:2]] == ["bulletin.pdf: added, 2 facts found.",
                                                        "release.docx: added, 2 facts found."]
    assert "no text layer" in outcomes[2].message and not outcomes[2].ok


def test_review_confirm_correct_reject_show_on_every_page(db):
    at = run("pages/5_Review.py")
    no_errors(at)
    waiting = int(at.metric[0].value)
    assert waiting == 6
    # correct the China-Kazakhstan 2022 turnover
    at.selectbox(key="review_fact").set_value(_key_for(at, "China – Kazakhstan · turnover · $31.2 bn")).run()
    at.text_input(key="reviewer_name").input("Ana").run()
    at.radio(key="review_action").set_value("correct")  # form widgets count when the form is submitted
    value = next(n for n in at.number_input if n.label == "Value (billion USD, as stated)")
    assert value.value == 31.2  # in billions, not 31200000000
    value.set_value(32.0)
    next(t for t in at.text_input if t.label == "Note").input("Kazakh customs figure")
    next(b for b in at.button if b.label == "Save decision").click().run()
    no_errors(at)
    assert int(at.metric[0].value) == waiting - 1
    assert plain(at.success[0].value).startswith("Saved: correct · China – Kazakhstan · turnover · $31.2 bn")
    values = run("pages/4_Data.py", {"pairs": "CHN-KAZ"}).dataframe[0].value["Value (USD)"].tolist()
    assert "$32 bn" in values and "$31.2 bn" not in values
    assert run("pages/2_Targets.py").dataframe[0].value.set_index("Pair").loc[
        "China – Kazakhstan", "Latest turnover"] == "$32 bn"


def test_reject_needs_a_note(db):
    at = run("pages/5_Review.py")
    at.text_input(key="reviewer_name").input("Ana").run()
    at.radio(key="review_action").set_value("reject")
    next(b for b in at.button if b.label == "Save decision").click().run()
    assert [plain(e.value) for e in at.error] == ["Say why the fact is rejected (note)."]


def _key_for(at: AppTest, label_start: str) -> str:
    box = at.selectbox(key="review_fact")
    for option, shown in zip(box.options, box.proto.options):
        if shown.startswith(label_start):
            return option
    raise AssertionError(f"no review option starting {label_start!r}: {list(box.proto.options)}")


def test_without_chromium_the_export_says_what_to_install(db, monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    at = run("pages/1_Timeline.py")
    no_errors(at)
    assert any("apt-get install chromium" in w.value for w in at.warning)
    assert not at.get("download_button")


def test_a_store_that_cannot_open_is_a_message_not_a_traceback(monkeypatch, tmp_path):
    monkeypatch.setenv("TRADE_DB_URL", "nosuchdatabase://nowhere/trade")
    at = run()
    assert not at.exception
    assert "could not be opened" in plain(at.error[0].value)


def test_empty_store_tells_how_to_add_articles(monkeypatch, tmp_path):
    monkeypatch.setenv("TRADE_DB_URL", f"sqlite:///{tmp_path / 'empty.db'}")
    monkeypatch.setattr(data, "SAMPLE_DIR", tmp_path / "no-samples")
    for page in PAGES[:3]:
        at = run(page)
        no_errors(at)
        assert "No trade facts yet" in at.info[0].value


def test_a_new_store_starts_with_the_sample_articles(monkeypatch, tmp_path):
    monkeypatch.setenv("TRADE_DB_URL", f"sqlite:///{tmp_path / 'first-start.db'}")
    at = run("pages/3_Sources.py")
    no_errors(at)
    listed = set(at.dataframe[0].value["Source"])
    assert listed == {p.name for p in data.sample_paths()} and len(listed) >= 20
    assert "README.md" not in listed


UNESCAPED_MARKUP = re.compile(r"(?<!\\)\[|(?<!\\)<|(?<!\\)://|www\.")
HOSTILE_LINKS = [
    {"partners": "**Session expired** [log in](http://evil.example/)"},
    {"focus": "![x](http://evil.example/pixel.png)"},
    {"pairs": "<img src=http://evil.example/a.png>-KAZ", "metrics": "www.evil.example"},
    {"from": "1989-12-31"}, {"to": "2051-01-01"}, {"from": "0000-01-01", "to": "9999-12-31"},
    {"from": "2023-12-31", "to": "2022-01-01"}, {"focus": "KAZ", "partners": "KAZ,TUR,Türkiye"},
    {"pairs": "KAZ-KAZ,---,-", "metrics": ",,,"}, {"focus": "\u202e\u0000KAZ"},
]


@pytest.mark.parametrize("params", HOSTILE_LINKS)
@pytest.mark.parametrize("page", PAGES)
def test_no_link_shows_an_exception_or_renders_a_link_or_image_from_the_link(db, page, params):
    at = run(page, params)
    assert not at.exception, [e.value for e in at.exception]
    for element in [*at.warning, *at.error, *at.info, *at.markdown, *at.caption]:
        # nothing from the link reaches markdown (which would make live links of it)
        assert "evil" not in element.value and not UNESCAPED_MARKUP.search(element.value), (page, element.value)
    for body in html_bodies(at):  # the link notice is escaped HTML text
        assert "<img" not in body and "<a " not in body


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=st_hyp.dictionaries(st_hyp.sampled_from(["focus", "partners", "pairs", "metrics", "from", "to"]),
                                  st_hyp.text(max_size=30), max_size=4))
def test_any_link_at_all_gives_a_page_without_an_exception(db, params):
    at = run("pages/1_Timeline.py", params)
    assert not at.exception, (params, [e.value for e in at.exception])


def test_a_database_password_never_reaches_the_page(monkeypatch):
    monkeypatch.setenv("TRADE_DB_URL", "postgresql+psycopg://analyst:s3cret-pw@127.0.0.1:1/trade")
    for page in PAGES:
        at = run(page)
        shown = " ".join(e.value for e in [*at.error, *at.info, *at.warning, *at.markdown])
        assert "could not be opened" in plain(shown)
        assert "s3cret-pw" not in shown and "s3cret" not in plain(shown)


def test_overview_is_named_overview_in_the_page_list_and_its_tab(monkeypatch):
    from app import page as page_module

    assert page_module.navigation()[:3] == [("dashboard.py", "Overview"), ("pages/1_Timeline.py", "Timeline"),
                                            ("pages/2_Targets.py", "Targets")]
    assert page_module.APP_TITLE == "Trade Relations Monitor"


def test_overview_counts_disputed_figures_and_lists_them(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'trade.db'}"
    seed_store(url, ROWS + [fact_row(source="kc-other.txt", country_a="CHN", country_b="KAZ", year=2022, value=24e9,
                                     article_date=dt.date(2023, 4, 20), evidence="Trade came to $24 billion in 2022.")],
               outlet="Kazinform")
    monkeypatch.setenv("TRADE_DB_URL", url)
    at = run()
    assert {m.label: m.value for m in at.metric}["Disputed figures"] == "1"
    disputed = at.dataframe[1].value
    assert set(disputed["Value"]) == {"$24 bn", "$31.2 bn"} and set(disputed["Period"]) == {"2022"}


def test_pairs_are_listed_by_name(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'trade.db'}"
    seed_store(url, [fact_row(source=f"{a}.txt", country_a=a, country_b=b, evidence=f"{a}-{b} trade was $5 billion.")
                     for a, b in [("EGY", "SAU"), ("GBR", "KAZ"), ("CHN", "KAZ")]])
    monkeypatch.setenv("TRADE_DB_URL", url)
    at = run()
    assert list(at.dataframe[0].value["Pair"]) == ["China – Kazakhstan", "Egypt – Saudi Arabia",
                                                   "Kazakhstan – United Kingdom"]
    assert list(at.multiselect(key="flt_pairs").options) == [
        "China – Kazakhstan", "Egypt – Saudi Arabia", "Kazakhstan – United Kingdom"]


def test_a_pasted_article_gets_its_date_and_an_undated_one_is_listed_apart(db):
    at = run("pages/3_Sources.py")
    at.text_input[0].input("dated-note")
    at.date_input(key="paste_date").set_value(dt.date(2024, 5, 2))
    at.text_area[0].input("Trade between Kazakhstan and Uzbekistan reached $4 billion.")
    next(b for b in at.button if b.label == "Add text").click().run()
    no_errors(at)
    assert run("pages/4_Data.py", {"pairs": "KAZ-UZB"}).dataframe[0].value["Article date"].tolist() == ["2024-05-02"]
    at = run("pages/3_Sources.py")
    at.text_input[0].input("undated-note")
    at.text_area[0].input("Trade between Kazakhstan and Georgia reached $1 billion.")
    next(b for b in at.button if b.label == "Add text").click().run()
    timeline = run("pages/1_Timeline.py", {"pairs": "GEO-KAZ"})
    no_errors(timeline)
    assert any(s.value == "Facts without a date" for s in timeline.subheader)
    assert "n/a" not in json.dumps(chart(timeline)) and "NaT" not in json.dumps(chart(timeline)["layout"])


def test_timeline_has_a_titled_chart_a_data_table_and_the_chart_in_words(db):
    at = run("pages/1_Timeline.py", {"pairs": "CHN-KAZ"})
    fig = chart(at)
    assert fig["layout"]["title"]["text"] == "Bilateral trade, 2022–2023"  # the years of the figures
    table = next(d.value for d in at.dataframe if "Disputed" in d.value.columns)
    assert set(table["Value"]) == {"$31.2 bn", "$35 bn", "$20 bn"}
    assert any(c.value.startswith("The chart in words: China – Kazakhstan: turnover $31.2 bn (2022)")
               for c in at.caption)


def test_viewer_mode_hides_and_refuses_every_write(db, monkeypatch):
    monkeypatch.setenv("TRADE_READ_ONLY", "1")
    sources = run("pages/3_Sources.py")
    no_errors(sources)
    assert not sources.get("file_uploader") and not sources.text_area
    assert not any(b.label in ("Add text", "Add files") for b in sources.button)
    review = run("pages/5_Review.py")
    no_errors(review)
    assert not any(b.label == "Save decision" for b in review.button)
    assert any("Viewer mode" in i.value for i in review.info)
    assert not data.add_pasted("Trade between Kazakhstan and Georgia reached $1 billion in 2023.", "x").ok
    assert not data.add_uploads([Upload("good.txt", b"Trade between Kazakhstan and Georgia reached $1 billion.")])[0].ok
    key = data.review_queue()["fact_key"].iloc[0]
    assert data.review(key, "confirm", reviewer="Ana") == data.READ_ONLY_MESSAGE
    assert len(data.review_queue()) == 6


def test_review_keeps_the_stated_value_and_shows_who_changed_what(db):
    at = run("pages/5_Review.py")
    at.selectbox(key="review_fact").set_value(_key_for(at, "China – Kazakhstan · turnover · $31.2 bn")).run()
    next(b for b in at.button if b.label == "Save decision").click().run()
    assert [plain(e.value) for e in at.error] == ["Say who you are (Your name): it is recorded with the decision."]
    at.text_input(key="reviewer_name").input("Ana").run()
    at.radio(key="review_action").set_value("correct")
    next(n for n in at.number_input if n.label.startswith("Value")).set_value(32.0)
    next(b for b in at.button if b.label == "Save decision").click().run()
    no_errors(at)
    at.toggle(key="review_all").set_value(True).run()
    at.selectbox(key="review_fact").set_value(_key_for(at, "China – Kazakhstan · turnover · $32 bn")).run()
    assert any(t.value.startswith("Stated in the article: 31,200,000,000 USD · now: 32,000,000,000 USD · "
                                  "corrected by Ana") for t in at.text)
    history = next(d.value for d in at.dataframe if "Who" in d.value.columns)
    assert history[["Who", "Decision", "Field", "Old", "New"]].values.tolist() == [
        ["Ana", "correct", "value", "31200000000.0", "32000000000.0"]]
    data_page = run("pages/4_Data.py", {"pairs": "CHN-KAZ"}).dataframe[0].value
    row = data_page[data_page["Reviewed"] != ""].iloc[0]
    assert (row["Stated"], row["Reviewed"], row["Reviewer"]) == ("31,200,000,000 USD", "32,000,000,000 USD", "Ana")

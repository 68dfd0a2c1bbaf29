"""The Data page's downloads and the Sources page's evidence marking, as pure functions."""
import csv
import html
import io
import re

import openpyxl
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import tables as tbl
from app.model import prepare
from app.synthetic import articles_for, fact_row, facts_of
from parsers.schema import FACT_COLUMNS

ROWS = [
    fact_row(source="a.txt", evidence="=HYPERLINK(\"http://x\",\"click\") trade hit $5 billion"),
    fact_row(source="b.txt", metric="target", value=10e9, target_year=2030, evidence="@SUM(1,2) target"),
]


@pytest.fixture
def reports():
    facts = facts_of(ROWS)
    return prepare(articles_for(facts), facts).facts


def test_downloads_keep_the_parsers_columns(reports):
    frame = tbl.download_frame(reports)
    assert list(frame.columns) == [*FACT_COLUMNS, "usd_rate"]  # the rate of any currency conversion
    back = pd.read_csv(io.BytesIO(tbl.to_csv(frame)))
    assert list(back.columns) == [*FACT_COLUMNS, "usd_rate"] and back["value"].tolist() == [5e9, 10e9]


def test_excel_never_turns_article_text_into_formulas(reports):
    sheet = openpyxl.load_workbook(io.BytesIO(tbl.to_excel(tbl.download_frame(reports))))["facts"]
    header = [c.value for c in sheet[1]]
    evidence = [row[header.index("evidence")] for row in sheet.iter_rows(min_row=2)]
    assert [c.data_type for c in evidence] == ["s", "s"]
    assert evidence[0].value.startswith("'=HYPERLINK")
    assert [c.value for c in sheet[2]][header.index("value")] == 5e9


@pytest.mark.parametrize("text, evidence, start, spans", [
    ("Intro. Trade hit $5 billion. End.", "Trade hit $5 billion.", 7, [(7, 28)]),
    ("Intro. Trade hit $5 billion. End.", "Trade hit $5 billion.", 0, [(7, 28)]),  # stale offsets: found by text
    ("Nothing here.", "Trade hit $5 billion.", 0, []),
])
def test_evidence_is_located_by_offsets_or_text(text, evidence, start, spans):
    facts = pd.DataFrame({"evidence": [evidence], "evidence_start": [start],
                          "evidence_end": [start + len(evidence)]})
    assert tbl.evidence_spans(text, facts) == spans


@pytest.mark.parametrize("text, spans, expected", [
    ("a <script>x</script> b", [(2, 20)], "a <mark>&lt;script&gt;x&lt;/script&gt;</mark> b"),
    ("**bold** & <b>", [], "**bold** &amp; &lt;b&gt;"),
    ("<i>one</i> two", [(0, 3), (8, 14)], "<mark>&lt;i&gt;</mark>one&lt;/<mark>i&gt; two</mark>"),
])
def test_highlighting_escapes_every_piece_of_the_article(text, spans, expected):
    body = tbl.highlighted_html(text, spans)
    assert body.endswith(expected + "</div>")
    assert "<script>" not in body and "<b>" not in body


@given(st.text(), st.lists(st.integers(0, 60), unique=True))
def test_highlighted_text_reads_back_as_the_article_and_holds_no_other_markup(text, cuts):
    points = sorted(c for c in cuts if c <= len(text))
    spans = list(zip(points[0::2], points[1::2]))  # disjoint, in order, as evidence_spans returns them
    body = tbl.highlighted_html(text, spans)
    inner = body[body.index(">") + 1:-len("</div>")]
    assert html.unescape(inner.replace("<mark>", "").replace("</mark>", "")) == text
    assert re.sub(r"</?mark>", "", inner).count("<") == 0


def test_excel_download_works_after_a_review_and_keeps_both_values(reports):
    """Defect 1: a reviewed fact's time zone made to_excel fail, and the page said nothing."""
    reviewed = reports.assign(
        review_status="corrected", review_note="", reviewer="Ana",
        reviewed_at=pd.Timestamp("2024-03-01 10:30", tz="UTC"), stated_value=reports["value"], stated_currency="USD",
    )
    reviewed["value"] = reviewed["value"] * 1.1
    sheet = openpyxl.load_workbook(io.BytesIO(tbl.to_excel(tbl.download_frame(reviewed))))["facts"]
    header = [c.value for c in sheet[1]]
    first = [c.value for c in sheet[2]]
    assert {"value", "stated_value", "reviewer", "reviewed_at"} <= set(header)
    assert first[header.index("value")] == pytest.approx(first[header.index("stated_value")] * 1.1)
    assert str(first[header.index("reviewed_at")]).startswith("2024-03-01 10:30")


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_csv_download_never_starts_a_cell_with_a_formula(reports, start):
    hostile = reports.assign(evidence=f"{start}HYPERLINK(\"http://evil.example\")",
                             outlet=f"{start}1+2", growth_pct=-4.0)
    rows = list(csv.reader(io.StringIO(tbl.to_csv(tbl.download_frame(hostile)).decode("utf-8"))))
    cells = [c for row in rows for c in row]
    assert "-4.0" in cells
    assert [c for c in cells if c.startswith(("=", "+", "-", "@")) and c != "-4.0"] == []


def test_readable_tables_have_empty_cells_not_none(reports):
    table = tbl.readable(reports)
    assert not table.isna().any().any()
    assert "None" not in table.to_string() and "<NA>" not in table.to_string()

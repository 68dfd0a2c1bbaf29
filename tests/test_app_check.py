"""Official statistics in the dashboard (AppTest against a temporary store): the Check page, the two
official lines on the Timeline and in its export, the Overview's counts, and the sample on first start."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app import data, export_ui
from app.synthetic import fact_row, seed_store
from store import Store
from test_app_pages import chart, no_errors, plain, run

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "official"
CREDIT = "Test figures in the tidy layout, made up for the tests (not real statistics)."
ROWS = [  # the tidy fixture: Kazakhstan reports 15 bn of trade with China in 2019, China 20 bn
    fact_row(source="far-off.txt", country_a="CHN", country_b="KAZ", year=2019, value=30e9,
             article_date=dt.date(2020, 3, 1), evidence="Trade with China doubled to $30 billion in 2019."),
    fact_row(source="close.txt", country_a="CHN", country_b="KAZ", year=2019, value=20.5e9,
             article_date=dt.date(2020, 2, 1), evidence="China-Kazakhstan trade came to $20.5 billion in 2019."),
    fact_row(source="close.txt", country_a="CHN", country_b="KAZ", period_start="2019-01-01",
             period_end="2019-08-31", value=12e9, article_date=dt.date(2020, 2, 1),
             evidence="In the first eight months of 2019 it was $12 billion."),
    fact_row(source="kt.txt", year=2019, value=4e9, article_date=dt.date(2020, 1, 15),
             evidence="Kazakhstan and Turkey traded $4 billion worth of goods in 2019."),
    fact_row(source="kt.txt", metric="target", value=10e9, target_year=2030, article_date=dt.date(2020, 1, 15),
             evidence="They want $10 billion by 2030."),
]


@pytest.fixture
def db(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'trade.db'}"
    seed_store(url, ROWS, outlet="Kazinform")
    with Store(url) as store:
        store.import_official([FIXTURES / "tidy.csv"])
    monkeypatch.setenv("TRADE_DB_URL", url)
    return url


def test_check_lists_claims_beside_both_sides_largest_discrepancy_first(db):
    at = run("pages/6_Check.py")
    no_errors(at)
    assert {m.label: m.value for m in at.metric} == {
        "Agree": "1", "Differ": "1", "Part of a year only": "1", "No official data": "1"}
    table = at.dataframe[0].value
    assert list(table["Status"]) == ["differs", "agrees", "partial period", "no official data"]
    first = table.iloc[0]
    assert (first["Pair"], first["Claimed"], first["Diff A"], first["Diff B"]) == (
        "China – Kazakhstan", "$30 bn", "+50.0%", "+100.0%")
    assert first["Official, country A"] == "$20 bn (China, IMF DOTS, IMF estimate)"
    assert first["Official, country B (mirror)"] == "$15 bn (Kazakhstan, IMF DOTS)"
    assert first["Sources"] == "Kazinform (far-off.txt)"
    assert first["Quoted sentence"] == "Trade with China doubled to $30 billion in 2019."
    assert CREDIT in plain(" ".join(c.value for c in at.caption))
    assert "target" not in set(table["Claim"].str.lower())


def test_check_keeps_the_filter_from_the_link(db):
    at = run("pages/6_Check.py", {"pairs": "KAZ-TUR"})
    no_errors(at)
    assert list(at.dataframe[0].value["Pair"]) == ["Kazakhstan – Türkiye"]
    assert dict(at.query_params) == {"pairs": "KAZ-TUR"}


def test_check_without_official_figures_says_how_to_import_them(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'trade.db'}"
    seed_store(url, ROWS)
    monkeypatch.setenv("TRADE_DB_URL", url)
    at = run("pages/6_Check.py")
    no_errors(at)
    assert "python -m store official" in at.info[0].value


def test_timeline_draws_both_sides_official_lines_behind_the_claims(db):
    at = run("pages/1_Timeline.py", {"pairs": "CHN-KAZ"})
    no_errors(at)
    traces = chart(at)["data"]
    names = [t.get("name") or "" for t in traces]
    official = [n for n in names if n.startswith("Official")]
    assert official == ["Official total trade, as China reports it (IMF DOTS)",
                        "Official total trade, as Kazakhstan reports it (IMF DOTS)"]
    assert names.index(official[-1]) < min(i for i, n in enumerate(names) if not n.startswith("Official"))
    line = traces[names.index(official[0])]
    assert line["y"] == [20.0] and line["line"]["width"] < 2  # $20 bn in US$ billion, thin
    assert f"Official figures: {CREDIT}" in [plain(c.value) for c in at.caption]


def test_the_timeline_export_carries_the_official_lines_and_their_credit(db):
    tables = data.load_tables()
    record = data.load_record()
    from app import figures

    obs = tables.obs[tables.obs["pair"] == "CHN-KAZ"]
    timeline = figures.timeline_figure(obs, tables, record=record)
    slide = export_ui.slide(timeline.figure, "timeline", obs, tables, timeline.official_credit)
    assert sum((t.name or "").startswith("Official") for t in slide.data) == 2
    footnote = slide.layout.annotations[-1].text
    assert f"Official figures: {CREDIT}" in footnote.replace("<br>", " ")
    assert "Kazinform (far-off.txt" in footnote


def test_overview_counts_claims_that_agree_differ_or_lack_official_data(db):
    at = run()
    no_errors(at)
    metrics = {m.label: m.value for m in at.metric}
    assert (metrics["Claims agreeing with official data"], metrics["Claims differing"],
            metrics["Claims without official data"]) == ("1", "1", "2")


def test_a_new_store_starts_with_the_official_figures_of_the_sample_pairs(monkeypatch, tmp_path):
    monkeypatch.setenv("TRADE_DB_URL", f"sqlite:///{tmp_path / 'first-start.db'}")
    at = run("pages/6_Check.py")
    no_errors(at)
    table = at.dataframe[0].value
    assert (table["Official, country A"] != "none").sum() >= 3
    assert "International Monetary Fund, Direction of Trade Statistics" in plain(" ".join(c.value for c in at.caption))
    with Store(f"sqlite:///{tmp_path / 'first-start.db'}") as store:
        assert store.official_imports()["file"].tolist() == [p.name for p in data.sample_official_paths()]


def test_a_credit_line_with_markup_is_shown_as_text(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'trade.db'}"
    seed_store(url, ROWS)
    hostile = tmp_path / "hostile.csv"
    hostile.write_text("# **Bold** <script>alert(1)</script> [link](javascript:alert(2))\n"
                       + (FIXTURES / "tidy.csv").read_text().split("\n", 1)[1])
    with Store(url) as store:
        store.import_official([hostile])
    monkeypatch.setenv("TRADE_DB_URL", url)
    for page in ("pages/6_Check.py", "pages/1_Timeline.py"):
        at = run(page)
        no_errors(at)
        credit = next(c.value for c in at.caption if "Official figures" in c.value)
        assert "\\*\\*Bold\\*\\* \\<script\\>" in credit  # every markdown character escaped
        assert "**Bold** <script>alert(1)</script> [link](javascript:alert(2))" in plain(credit)


def test_a_panel_of_one_direction_draws_that_flow_and_twelve_months_make_a_year():
    import pandas as pd

    from app import figures, official
    from app.model import prepare
    from app.synthetic import articles_for, facts_of

    when = pd.Timestamp("2025-01-01", tz="UTC")
    rows = [{"source": "UN Comtrade", "reporter": "KAZ", "partner": "TUR", "flow": "exports", "year": 2019,
             "month": m, "value_usd": 100e6, "valuation": "FOB", "estimate": False, "file": "c.csv",
             "imported_at": when, "import_id": 1} for m in range(1, 13)]
    rows.append({**rows[0], "reporter": "TUR", "partner": "KAZ", "flow": "imports", "month": None,
                 "value_usd": 1.3e9, "valuation": "CIF", "source": "IMF DOTS", "import_id": 2})
    figures_frame = pd.DataFrame(rows).astype({"month": "Int64"})
    credits = pd.DataFrame({"id": [1, 2], "attribution": ["Comtrade credit.", "IMF credit."]})
    facts = facts_of([fact_row(metric="exports", exporter="KAZ", year=2019, value=1.25e9)])
    tables = prepare(articles_for(facts), facts)
    record = official.prepare_record(figures_frame, credits, tables.obs)

    series = official.official_series(record, "KAZ-TUR", "KAZ")
    assert series[["reporter", "value_usd", "source"]].values.tolist() == [
        ["KAZ", 1.2e9, "UN Comtrade"], ["TUR", 1.3e9, "IMF DOTS"]]
    assert official.official_series(record, "KAZ-TUR").empty  # no year has both flows for one reporter
    timeline = figures.timeline_figure(tables.obs, tables, record=record)
    names = [t.name for t in timeline.figure.data if (t.name or "").startswith("Official")]
    assert names == ["Official exports Kazakhstan → Türkiye, as Kazakhstan reports it (UN Comtrade)",
                     "Official exports Kazakhstan → Türkiye, as Türkiye reports it (IMF DOTS)"]
    assert timeline.official_credit == "Comtrade credit. IMF credit."
    assert record.checks["status"].tolist() == ["agrees"]  # 1.25 bn: within 5% of 1.2 and of 1.3

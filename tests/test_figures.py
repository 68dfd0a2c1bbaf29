"""Figure builders: periods drawn as spans, one mark per fact, target progress in plain numbers."""
import base64
import datetime as dt
import json

import numpy as np
import pandas as pd
import pytest

from app import figures, targets
from app.labels import money, period_label
from app.model import prepare
from app.synthetic import articles_for, fact_row, facts_of


def tables_of(*rows):
    facts = facts_of(list(rows))
    return prepare(articles_for(facts), facts)


def _unpack(obj: dict):
    if set(obj) >= {"dtype", "bdata"}:
        return np.frombuffer(base64.b64decode(obj["bdata"]), dtype=obj["dtype"]).tolist()
    return obj


def plain_json(fig) -> dict:
    """The figure as plain lists (plotly's JSON packs numeric arrays as base64 typed arrays)."""
    return json.loads(fig.to_json(), object_hook=_unpack)


def timeline_json(*rows) -> dict:
    tables = tables_of(*rows)
    return plain_json(figures.timeline_figure(tables.obs, tables).figure)


def annotation_texts(fig: dict) -> list[str]:
    return [a["text"] for a in fig["layout"].get("annotations", [])]


def hover_texts(fig: dict) -> list[str]:
    return [t for trace in fig["data"] for t in (trace.get("hovertext") or []) if t]


@pytest.mark.parametrize("start, end, label", [
    ("2022-01-01", "2022-12-31", "2022"),
    ("2023-01-01", "2023-08-31", "Jan–Aug 2023 (8 months)"),
    ("2024-03-01", "2024-03-31", "Mar 2024 (1 month)"),
    ("2021-07-01", "2022-06-30", "Jul 2021–Jun 2022 (12 months)"),
    (None, None, "period not stated"),
])
def test_period_labels_name_the_span(start, end, label):
    assert period_label(pd.Timestamp(start) if start else None, pd.Timestamp(end) if end else None) == label


@pytest.mark.parametrize("start, end", [
    ("2023-01-01", "2023-08-31"),
    ("2024-03-01", "2024-03-31"),
    ("2022-01-01", "2022-12-31"),
])
def test_each_figure_is_a_segment_over_exactly_its_period(start, end):
    fig = timeline_json(fact_row(period_start=start, period_end=end, value=2e9))
    segments = [t for t in fig["data"] if t["mode"] == "lines" and t["line"]["width"] == 5]
    assert len(segments) == 1
    xs = [x for x in segments[0]["x"] if x and x != "NaT"]  # NaT: the gap between segments
    assert [x[:10] for x in xs] == [start, end]
    assert segments[0]["y"][:2] == [2.0, 2.0]


def test_partial_year_is_labelled_and_kept_off_the_full_year_line():
    fig = timeline_json(
        fact_row(year=2021, value=4e9, source="a.txt"),
        fact_row(year=2022, value=5e9, source="b.txt"),
        fact_row(period_start="2023-01-01", period_end="2023-08-31", value=3e9, source="c.txt"),
    )
    partial = [t for t in fig["data"] if "part of a year" in t.get("name", "")]
    assert len(partial) == 1 and annotation_texts(fig) == ["<b>Kazakhstan – Türkiye</b>", "Jan–Aug 2023"]
    trend = [t for t in fig["data"] if t["mode"] == "lines" and t["line"]["width"] == 1.5]
    assert trend[0]["y"] == [4.0, 5.0]  # the 8-month 3 bn is not joined as if it were a dip in 2023


def test_same_fact_from_several_articles_is_drawn_once_with_all_sources():
    rows = [fact_row(source=f"r{i}.txt", article_date=dt.date(2023, 1, 10 + i)) for i in range(3)]
    fig = timeline_json(*rows)
    markers = [t for t in fig["data"] if t["mode"] == "markers" and t["name"] != figures.CONFLICT_LEGEND]
    assert sum(len(t["x"]) for t in markers) == 1
    hover = hover_texts(fig)[0]
    assert "Reported by 3 articles" in hover
    assert all(f"r{i}.txt" in hover for i in range(3))


def test_hover_names_four_sources_and_counts_the_rest():
    rows = [fact_row(source=f"r{i}.txt", article_date=dt.date(2023, 1, 10 + i)) for i in range(6)]
    hover = hover_texts(timeline_json(*rows))[0]
    assert "Reported by 6 articles" in hover and "and 2 more" in hover
    assert all(f"r{i}.txt" in hover for i in (5, 4, 3, 2)) and "r0.txt" not in hover  # the newest four


@pytest.mark.parametrize("n_figures, drawn, hidden", [(3, 3, 0), (5, 5, 0), (8, 5, 3)])
def test_at_most_five_different_figures_per_period_are_drawn_most_reported_first(n_figures, drawn, hidden):
    rows = [fact_row(value=(i + 1) * 1e9, source=f"v{i}-{k}.txt") for i in range(n_figures) for k in range(i + 1)]
    tables = tables_of(*rows)
    timeline = figures.timeline_figure(tables.obs, tables)
    fig = plain_json(timeline.figure)
    markers = [y for t in fig["data"] if t["mode"] == "markers" and t["name"] != figures.CONFLICT_LEGEND
               for y in t["y"]]
    assert sorted(markers) == [float(v) for v in range(n_figures - drawn + 1, n_figures + 1)]  # most reported
    assert timeline.points_hidden == hidden


def test_long_evidence_is_shortened_in_the_hover():
    hover = hover_texts(timeline_json(fact_row(evidence="Trade grew. " + "word " * 200)))[0]
    assert "…" in hover and len(hover) < 1000


@pytest.mark.parametrize("target_year, label, line_end", [
    (2030, "Target $10 bn by 2030", "2030-12-31"),
    (None, "Target $10 bn (no year)", "2024-12-31"),  # announced 2023-01-20: drawn to the end of the next year
])
def test_targets_are_dashed_lines_labelled_on_the_canvas_with_a_legend_entry(target_year, label, line_end):
    fig = timeline_json(fact_row(year=2022), fact_row(metric="target", value=10e9, target_year=target_year))
    dashed = [t for t in fig["data"] if t.get("line", {}).get("dash") == "dash"]
    assert len(dashed) == 1 and dashed[0]["showlegend"] and dashed[0]["name"] == figures.TARGET_LEGEND
    assert dashed[0]["x"][1].startswith(line_end)
    note = next(a for a in fig["layout"]["annotations"] if a["text"] == label)
    low, high = fig["layout"]["xaxis"]["range"]
    assert low <= note["x"] <= high and note["xanchor"] == "right"  # the label ends at the line's end, inside


def test_several_targets_of_a_pair_each_get_a_label_clear_of_the_others():
    fig = timeline_json(fact_row(year=2022), *(fact_row(metric="target", value=v, target_year=y, source=f"t{y}.txt")
                                               for v, y in [(10e9, 2030), (9e9, 2029), (10.2e9, 2031)]))
    notes = [a for a in fig["layout"]["annotations"] if a["text"].startswith("Target")]
    assert len(notes) == 3 and len({a["yshift"] for a in notes}) >= 2  # stacked, not on top of each other


def test_undated_figures_are_not_drawn_but_counted():
    tables = tables_of(fact_row(year=2022), fact_row(period_start=None, period_end=None, article_date=None,
                                                     value=7e9, source="undated.txt"))
    timeline = figures.timeline_figure(tables.obs, tables)
    fig = plain_json(timeline.figure)
    assert timeline.undated == 1
    assert 7.0 not in [y for t in fig["data"] for y in (t.get("y") or [])]
    assert "NaT" not in json.dumps(fig["layout"])


def test_each_pair_has_its_own_time_axis_and_the_date_filter_sets_it():
    tables = tables_of(fact_row(year=2010), fact_row(year=2011),
                       fact_row(country_b="CHN", year=2022, source="c.txt"))
    fig = plain_json(figures.timeline_figure(tables.obs, tables).figure)
    first, second = fig["layout"]["xaxis"]["range"], fig["layout"]["xaxis2"]["range"]
    assert first[0] > "2021" and second[1] < "2013"  # China – Kazakhstan 2022, then Kazakhstan – Türkiye 2010-11
    assert "matches" not in fig["layout"]["xaxis2"]
    window = plain_json(figures.timeline_figure(tables.obs, tables, window=(dt.date(2005, 1, 1), None)).figure)
    assert window["layout"]["xaxis"]["range"][0].startswith("2005-01-01")


def test_figures_sources_dispute_are_ringed_and_the_hover_says_so():
    fig = timeline_json(fact_row(year=2022, value=31.2e9, source="a.txt"),
                        fact_row(year=2022, value=24e9, source="b.txt"),
                        fact_row(year=2021, value=20e9, source="c.txt"),
                        fact_row(year=2021, value=20.1e9, source="d.txt"))  # 0.5% apart: rounding, not a dispute
    rings = [t for t in fig["data"] if t.get("name") == figures.CONFLICT_LEGEND]
    assert len(rings) == 1 and sorted(rings[0]["y"]) == [24.0, 31.2]
    assert all("Sources disagree" in h for h in rings[0]["hovertext"])


def test_a_figure_in_euros_is_plotted_in_dollars_at_the_years_average_rate():
    fig = timeline_json(fact_row(year=2018, value=4.6e9, currency="EUR", value_usd=None))
    markers = [t for t in fig["data"] if t["mode"] == "markers" and t.get("showlegend")]
    assert markers[0]["y"][0] == pytest.approx(4.6 * 1.181, rel=0.002)  # ECB: 2018 averaged 1.1810 US$ per euro
    assert "converted at 1 EUR = 1.181 US$ (2018 average, ECB reference rates)" in hover_texts(fig)[0]


def test_timeline_labels_never_overlap_on_a_narrow_screen():
    rows = [fact_row(period_start=f"{y}-01-01", period_end=f"{y}-11-30", value=v, source=f"{y}.txt")
            for y, v in [(2020, 2.5e9), (2021, 2.5e9)]]
    rows += [fact_row(metric="target", value=3e9, target_year=2022, source="t.txt")]
    fig = timeline_json(*rows)
    notes = [a for a in fig["layout"]["annotations"] if a.get("xref") == "x"]
    assert sorted(a["text"] for a in notes) == ["Jan–Nov 2020", "Jan–Nov 2021", "Target $3 bn by 2022"]
    assert len({a["yshift"] for a in notes}) >= 2  # the three would touch at 250 px: some go up a line


def test_a_panel_names_only_its_newest_periods_and_targets():
    rows = [fact_row(period_start=f"{y}-01-01", period_end=f"{y}-06-30", value=1e9 + y, source=f"p{y}.txt")
            for y in range(2000, 2012)]
    rows += [fact_row(metric="target", value=5e9 + y, target_year=y + 5, source=f"t{y}.txt",
                      article_date=dt.date(y, 3, 1)) for y in range(2000, 2008)]
    notes = [a["text"] for a in timeline_json(*rows)["layout"]["annotations"] if a.get("xref") == "x"]
    assert notes == [f"Jan–Jun {y}" for y in range(2011, 2011 - figures.MAX_PERIOD_LABELS, -1)] + [
        f"Target $5 bn by {y + 5}" for y in range(2007, 2007 - figures.MAX_TARGET_LABELS, -1)]


@pytest.mark.parametrize("metric, exporter, name", [
    ("turnover", None, "Turnover"),
    ("exports", "KAZ", "Exports Kazakhstan → Türkiye"),
    ("exports", "TUR", "Exports Türkiye → Kazakhstan"),
    ("imports", "TUR", "Imports into Kazakhstan from Türkiye"),
])
def test_flows_are_told_apart_by_name(metric, exporter, name):
    fig = timeline_json(fact_row(metric=metric, exporter=exporter))
    assert name in {t["name"] for t in fig["data"] if t.get("showlegend", True)}


@pytest.mark.parametrize("evidence", [
    "<script>alert(1)</script> trade reached $5 billion",
    "<b>bold</b> and <a href='x'>link</a> trade reached $5 billion",
])
def test_hover_shows_article_text_escaped(evidence):
    fig = timeline_json(fact_row(evidence=evidence, qualifier="over"))
    hover = hover_texts(fig)[0]
    assert "<script>" not in hover and "<a href" not in hover and "<b>bold" not in hover
    assert "&lt;script&gt;" in hover or "&lt;b&gt;bold" in hover
    for expected in ("$5 bn (over)", "2022", "Test Wire", "2023-01-20"):
        assert expected in hover


# ------------------------------------------------------------------ target progress

def progress_of(*rows) -> pd.Series:
    tables = tables_of(*rows)
    progress = targets.target_progress(tables.obs)
    assert len(progress) == 1
    return progress.iloc[0]


TARGET_2030 = dict(metric="target", value=10e9, target_year=2030, source="t.txt",
                   article_date=dt.date(2023, 5, 1))


@pytest.mark.parametrize("volumes, status, pct, needed, seen", [
    # 5 -> 10 bn from 2022 to 2030: 8 years at 9.05 %; seen 4 -> 5 bn in one year = 25 %
    ([dict(year=2021, value=4e9, source="a.txt"), dict(year=2022, value=5e9, source="b.txt")],
     "in progress", 0.5, 2 ** (1 / 8) - 1, 0.25),
    # reached: 12 bn against 10 bn
    ([dict(year=2022, value=12e9)], "reached", 1.2, None, None),
    # only one year: the growth the article reported stands in for growth seen
    ([dict(year=2022, value=5e9, growth_pct=40.0)], "in progress", 0.5, 2 ** (1 / 8) - 1, 0.40),
])
def test_progress_numbers(volumes, status, pct, needed, seen):
    row = progress_of(fact_row(**TARGET_2030), *(fact_row(**v) for v in volumes))
    assert row["status"] == status
    assert row["pct"] == pytest.approx(pct)
    if needed is None:
        assert pd.isna(row["growth_needed"])
    else:
        assert row["growth_needed"] == pytest.approx(needed)
    if seen is not None:
        assert row["growth_seen"] == pytest.approx(seen)


def test_target_reached_flag_from_the_article_counts_as_reached():
    row = progress_of(fact_row(metric="target", value=5e9, target_reached=True), fact_row(year=2021, value=4.9e9))
    assert row["reached"] and row["status"] == "reached"
    assert "target reached" in targets.gauge_caption(row)


def test_target_without_volume_says_so():
    row = progress_of(fact_row(**TARGET_2030))
    assert row["status"] == "no volume"
    assert "No turnover figure" in targets.gauge_caption(row)
    fig = plain_json(figures.gauges_figure(targets.target_progress(tables_of(fact_row(**TARGET_2030)).obs)))
    assert "no turnover in US$ yet" in fig["data"][0]["title"]["text"]


def test_latest_target_wins_and_older_ones_are_listed():
    row = progress_of(
        fact_row(metric="target", value=5e9, target_year=2020, source="old.txt", article_date=dt.date(2017, 1, 1)),
        fact_row(**TARGET_2030), fact_row(year=2022),
    )
    assert row["target"] == 10e9 and row["target_year"] == 2030
    assert row["superseded"] == ["$5 bn by 2020, announced 2017-01-01"]


def test_partial_year_turnover_is_used_only_without_a_full_year():
    row = progress_of(fact_row(**TARGET_2030),
                      fact_row(period_start="2023-01-01", period_end="2023-06-30", value=3e9))
    assert not row["turnover_full_year"] and "part of a year only" in targets.gauge_caption(row)


def test_gauge_per_pair_shows_turnover_against_target():
    tables = tables_of(fact_row(**TARGET_2030), fact_row(year=2022, value=5e9),
                       fact_row(country_b="CHN", metric="target", value=35e9, target_year=2030, source="c.txt"),
                       fact_row(country_b="CHN", year=2022, value=31.2e9, source="c.txt"))
    fig = plain_json(figures.gauges_figure(targets.target_progress(tables.obs)))
    gauges = [t for t in fig["data"] if t["type"] == "indicator"]
    assert len(gauges) == 2
    assert {g["gauge"]["threshold"]["value"] for g in gauges} == {10.0, 35.0}
    assert {g["value"] for g in gauges} == {5.0, 31.2}


@pytest.mark.parametrize("turnover, target, shown, axis_top", [
    (500e6, 1e9, "$500 m", 1100.0),  # read "$0.500 bn" while the table said "$500 m"
    (31.2e9, 35e9, "$31.2 bn", 38.5),
    (1.317e9, 2e9, "$1.32 bn", 2.2),
])
def test_a_gauge_shows_the_turnover_as_the_table_does(turnover, target, shown, axis_top):
    fig = plain_json(figures.gauges_figure(targets.target_progress(tables_of(
        fact_row(**{**TARGET_2030, "value": target}), fact_row(year=2022, value=turnover)).obs)))
    gauge = fig["data"][0]
    assert gauge["number"]["valueformat"] == ".3~g"  # d3: three digits, trailing zeros dropped (as money())
    value = float(format(gauge["value"], ".3g"))
    number = f"{gauge['number']['prefix']}{value:g}{gauge['number']['suffix']}"
    assert number == shown == money(turnover)
    assert gauge["gauge"]["axis"]["range"][1] == pytest.approx(axis_top)


def test_overview_table_has_latest_figure_and_target_per_pair():
    tables = tables_of(fact_row(year=2021, value=4e9, source="a.txt"), fact_row(year=2022, value=5e9),
                       fact_row(**TARGET_2030))
    overview = figures.pair_overview(tables.obs)
    assert overview.to_dict("records") == [{
        "Pair": "Kazakhstan – Türkiye", "Latest figure": f"Turnover: {money(5e9)}", "Period": "2022",
        "Latest target": "$10 bn by 2030", "Facts": 3, "Reports": 3,
    }]


def test_empty_frames_give_empty_figures_not_errors():
    tables = tables_of()
    assert figures.timeline_figure(tables.obs, tables).pairs_shown == []
    assert targets.target_progress(tables.obs).empty
    assert figures.pair_overview(tables.obs).empty

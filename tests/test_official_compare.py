"""Claims beside the official figures: a table of cases (agrees, differs, mirror only, partial period,
no data...), reviews applied through the store, and the exact columns of `python -m store compare`."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.synthetic import facts_of, fact_row, seed_store
from store import Store
from store.__main__ import main
from store.official.compare import COLUMNS, compare, figures_by_key

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "official"
IMPORTED = pd.Timestamp("2025-01-01", tz="UTC")


def figure(reporter, partner, flow, year, value, month=None, source="IMF DOTS", estimate=False, imported=IMPORTED):
    return {"source": source, "reporter": reporter, "partner": partner, "flow": flow, "year": year, "month": month,
            "value_usd": value, "valuation": "FOB" if flow == "exports" else "CIF", "estimate": estimate,
            "imported_at": imported}


OFFICIAL = pd.DataFrame([
    # Kazakhstan reports 9 + 6 = 15 bn with China in 2019; China reports 12 + 8 = 20 bn.
    figure("KAZ", "CHN", "exports", 2019, 9e9), figure("KAZ", "CHN", "imports", 2019, 6e9),
    figure("CHN", "KAZ", "exports", 2019, 12e9), figure("CHN", "KAZ", "imports", 2019, 8e9),
    figure("KAZ", "CHN", "exports", 2018, 8e9), figure("KAZ", "CHN", "imports", 2018, 5e9),
    figure("KAZ", "CHN", "exports", 2020, 10e9),  # 2020: Kazakhstan's imports missing
    # Only Türkiye reports its trade with Azerbaijan.
    figure("TUR", "AZE", "exports", 2019, 3e9), figure("TUR", "AZE", "imports", 2019, 1e9),
    # Uzbekistan's monthly figures with Tajikistan for 2017: 10 m exports and 5 m imports a month.
    *[figure("UZB", "TJK", flow, 2017, value, month=m) for m in range(1, 13)
      for flow, value in (("exports", 10e6), ("imports", 5e6))],
    # Two sources for Russia's exports to Kazakhstan: the reported Comtrade figure wins over an IMF estimate.
    figure("RUS", "KAZ", "exports", 2019, 14e9, estimate=True),
    figure("RUS", "KAZ", "exports", 2019, 13e9, source="UN Comtrade", imported=IMPORTED - pd.Timedelta(days=30)),
    figure("RUS", "KAZ", "imports", 2019, 6e9),
])
OFFICIAL["month"] = OFFICIAL["month"].astype("Int64")


def claim(value, metric="turnover", pair=("CHN", "KAZ"), exporter=None, start="2019-01-01", end="2019-12-31",
          value_usd="same"):
    return fact_row(country_a=pair[0], country_b=pair[1], metric=metric, exporter=exporter, value=value,
                    value_usd=value if value_usd == "same" else value_usd, period_start=start, period_end=end)


NAN = np.nan
CASES = [
    # claim, official_a (country_a's own), official_b (the mirror), status
    ("agrees with A", claim(20.5e9), 20e9, 15e9, "agrees"),
    ("agrees with the mirror only", claim(15.5e9), 20e9, 15e9, "agrees"),
    ("exactly 5% off agrees", claim(21e9), 20e9, 15e9, "agrees"),
    ("differs from both", claim(30e9), 20e9, 15e9, "differs"),
    ("just over 5% differs", claim(21.02e9), 20e9, 15e9, "differs"),
    ("exports: exporter's exports, importer's imports", claim(9.2e9, "exports", exporter="KAZ"), 8e9, 9e9, "agrees"),
    ("imports into China from Kazakhstan: same flow", claim(8e9, "imports", exporter="KAZ"), 8e9, 9e9, "agrees"),
    ("exports the other way", claim(12e9, "exports", exporter="CHN"), 12e9, 6e9, "agrees"),
    ("mirror only: A reports nothing", claim(4e9, pair=("AZE", "TUR")), NAN, 4e9, "agrees"),
    ("mirror only and differs", claim(6e9, pair=("AZE", "TUR")), NAN, 4e9, "differs"),
    ("partial period: only annual data", claim(10e9, start="2019-01-01", end="2019-08-31"), NAN, NAN, "partial period"),
    ("partial period, any day span", claim(10e9, start="2019-03-15", end="2019-05-20"), NAN, NAN, "partial period"),
    ("no data that year", claim(10e9, start="2015-01-01", end="2015-12-31"), NAN, NAN, "no official data"),
    ("no period stated", claim(10e9, start=None, end=None), NAN, NAN, "no official data"),
    ("part of a year nobody reports", claim(10e9, start="2015-01-01", end="2015-06-30"), NAN, NAN, "no official data"),
    ("turnover needs both flows", claim(10e9, start="2020-01-01", end="2020-12-31"), NAN, NAN, "no official data"),
    ("in another currency, no US dollars", claim(5e11, value_usd=None), NAN, NAN, "no official data"),
    ("two whole years add up", claim(28e9, pair=("CHN", "KAZ"), start="2018-01-01", end="2019-12-31"), NAN, 28e9,
     "agrees"),
    ("months add up", claim(45e6, pair=("TJK", "UZB"), start="2017-01-01", end="2017-03-31"), NAN, 45e6, "agrees"),
    ("twelve months make a year", claim(180e6, pair=("TJK", "UZB"), start="2017-01-01", end="2017-12-31"), NAN,
     180e6, "agrees"),
    ("a month not reported", claim(15e6, pair=("TJK", "UZB"), start="2018-02-01", end="2018-02-28"), NAN, NAN,
     "no official data"),
    ("reported figure before an estimate", claim(19e9, pair=("KAZ", "RUS")), NAN, 19e9, "agrees"),
]


@pytest.mark.parametrize("name, fact, official_a, official_b, status", CASES, ids=[c[0] for c in CASES])
def test_a_claim_beside_the_official_figures(name, fact, official_a, official_b, status):
    out = compare(facts_of([fact]), OFFICIAL).iloc[0]
    assert out["status"] == status
    for side, expected in (("a", official_a), ("b", official_b)):
        got = out[f"official_{side}_usd"]
        assert (np.isnan(got) and np.isnan(expected)) or got == pytest.approx(expected), side
        diff = out[f"diff_{side}_pct"]
        want = (fact["value_usd"] - expected) / expected * 100 if fact["value_usd"] and expected == expected else NAN
        assert (np.isnan(diff) and np.isnan(want)) or diff == pytest.approx(want)


def test_all_cases_at_once_give_what_each_gives_alone_and_targets_are_left_out():
    facts = facts_of([c[1] for c in CASES] + [fact_row(metric="target", value=1e10, target_year=2030)])
    out = compare(facts, OFFICIAL)
    assert list(out.index) == list(range(len(CASES)))
    assert list(out["status"]) == [c[4] for c in CASES]


def test_the_source_and_estimate_of_each_side_are_kept_for_the_pages():
    out = compare(facts_of([claim(19e9, pair=("KAZ", "RUS")), claim(20e9)]), OFFICIAL)
    assert list(out["source_b"]) == ["UN Comtrade", "IMF DOTS"]
    assert list(out["estimate_b"]) == [False, False]
    assert out["source_a"].isna().tolist() == [True, False]


def test_a_year_of_months_counts_only_without_an_annual_figure():
    official = pd.concat([OFFICIAL, pd.DataFrame([figure("UZB", "TJK", "exports", 2017, 1e9)])], ignore_index=True)
    official["month"] = official["month"].astype("Int64")
    by_key = figures_by_key(official).set_index(["reporter", "partner", "flow", "year"])
    annual = by_key[by_key["month"].isna()]
    assert annual.loc[("UZB", "TJK", "exports", 2017), "value_usd"] == 1e9  # the annual figure, not the months
    assert annual.loc[("UZB", "TJK", "imports", 2017), "value_usd"] == 60e6  # twelve months summed


@settings(max_examples=60, deadline=None)
@given(st.floats(1e6, 1e12), st.floats(1e6, 1e12), st.floats(1e6, 1e12))
def test_status_follows_the_closest_side(claimed, a, b):
    official = pd.DataFrame([figure("KAZ", "TUR", "exports", 2019, a), figure("TUR", "KAZ", "imports", 2019, b)])
    official["month"] = official["month"].astype("Int64")
    out = compare(facts_of([claim(claimed, "exports", pair=("KAZ", "TUR"), exporter="KAZ")]), official).iloc[0]
    closest = min(abs(claimed - a) / a, abs(claimed - b) / b) * 100
    assert out["status"] == ("agrees" if closest <= 5 else "differs") or abs(closest - 5) < 1e-6


def test_compare_writes_one_row_per_claim_with_reviews_applied(store_url, tmp_path, capsys):
    rows = [
        fact_row(source="a.txt", country_a="CHN", country_b="KAZ", year=2019, value=30e9,
                 evidence="China and Kazakhstan traded goods worth $30 billion in 2019."),
        fact_row(source="b.txt", country_a="CHN", country_b="KAZ", year=2019, value=17e9,
                 evidence="Trade between the two reached $17 billion in 2019."),
        fact_row(source="b.txt", country_a="CHN", country_b="KAZ", year=2018, value=13e9,
                 evidence="A year earlier it stood at $13 billion."),
        fact_row(source="b.txt", country_a="CHN", country_b="KAZ", metric="target", value=50e9, target_year=2030,
                 evidence="The aim is $50 billion by 2030."),
    ]
    seed_store(store_url, rows)
    with Store(store_url) as store:
        store.import_official([FIXTURES / "tidy.csv"])
        facts = store.facts()
        corrected, rejected = (facts.loc[(facts["source"] == source) & (facts["value"] == value), "fact_key"].item()
                               for source, value in (("a.txt", 30e9), ("b.txt", 13e9)))
        before = store.comparison().set_index("fact_key")
        assert before.loc[corrected, "status"] == "differs"
        store.review(corrected, "correct", {"value": 20.4e9}, note="the ministry's figure")
        store.review(rejected, "reject", note="not a trade figure")

    assert main(["compare", "--out", str(tmp_path / "out"), "--db", store_url]) == 0
    assert capsys.readouterr().out.strip() == f"wrote {tmp_path / 'out' / 'comparison.csv'}"
    table = pd.read_csv(tmp_path / "out" / "comparison.csv", keep_default_na=False)
    assert list(table.columns) == COLUMNS
    assert len(table) == 2 and rejected not in set(table["fact_key"])  # the target and the rejected claim are out
    row = table.set_index("fact_key").loc[corrected]
    assert (row["claimed_usd"], row["official_a_usd"], row["official_b_usd"], row["status"]) == (
        20.4e9, 20e9, 15e9, "agrees")
    assert (row["diff_a_pct"], row["diff_b_pct"]) == (2.0, 36.0)
    assert (row["period_start"], row["period_end"]) == ("2019-01-01", "2019-12-31")


def test_compare_on_an_empty_store_writes_the_header_only(tmp_path):
    url = f"sqlite:///{tmp_path / 'trade.db'}"
    assert main(["compare", "--out", str(tmp_path), "--db", url]) == 0
    assert (tmp_path / "comparison.csv").read_text().strip() == ",".join(COLUMNS)

"""The issue's bar on the real data: dev articles and the IMF DOTS extract from ../shared (never copied).

Named `dev_corpus` because what it finds depends on the parser's grammar (deselect with -k "not dev_corpus"
while the grammar is being rewritten)."""
from __future__ import annotations

from pathlib import Path

import pytest

from store import Store

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV = SHARED / "corpus" / "dev"
DOTS = SHARED / "official" / "bilateral_trade.csv"


@pytest.fixture(scope="module")
def dev_store(tmp_path_factory):
    if not DOTS.is_file() or not DEV.is_dir():
        pytest.fail(f"the shared data is missing: {DOTS} and {DEV}")
    url = f"sqlite:///{tmp_path_factory.mktemp('dev') / 'trade.db'}"
    with Store(url) as store:
        report = store.ingest_paths([DEV], workers=2)
        failed = [f"{r.source}: {r.message}" for r in report.results if r.outcome == "failed"]
        assert not failed, f"{len(failed)} dev articles were not stored: {failed[:3]}"
        first = store.import_official([DOTS]).results[0]
        assert (first.outcome, first.new) == ("imported", 342_315)
        yield store


def _claim(comparison, pair, metric, year, claimed):
    rows = comparison[(comparison["country_a"] == pair[0]) & (comparison["country_b"] == pair[1])
                      & (comparison["metric"] == metric) & (comparison["period_start"].dt.year == year)
                      & (comparison["claimed_usd"] == claimed)]
    assert len(rows), f"the parser found no {metric} claim of {claimed:,.0f} for {pair} in {year}"
    return rows


def test_dev_corpus_claims_against_the_official_record(dev_store):
    comparison = dev_store.comparison()
    with_data = comparison[comparison["official_a_usd"].notna() | comparison["official_b_usd"].notna()]
    assert len(with_data) >= 15
    china_indonesia = _claim(comparison, ("CHN", "IDN"), "turnover", 2020, 78.5e9)
    assert set(china_indonesia["status"]) == {"agrees"}
    tajik_uzbek = _claim(comparison, ("TJK", "UZB"), "turnover", 2017, 0.24e9)
    assert set(tajik_uzbek["status"]) == {"differs"}
    assert tajik_uzbek["official_a_usd"].round(-6).unique().tolist() == [126e6]  # as Tajikistan reports it


def test_dev_corpus_importing_the_dots_file_again_adds_no_row(dev_store):
    before = len(dev_store.official())
    again = dev_store.import_official([DOTS]).results[0]
    assert again.outcome == "unchanged" and again.new == 0
    assert len(dev_store.official()) == before == 342_315

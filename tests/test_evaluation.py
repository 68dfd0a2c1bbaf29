"""The scoring rule of ../shared/corpus/README.md, and the parser held to its bar on the real dev corpus."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from parsers.evaluation import evaluate, gold_months, score
from parsers.schema import Fact, ParsedArticle

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev"
SEEDS = [f"seed_00{i}" for i in range(5)]


def fact(pair=("KAZ", "TUR"), metric="turnover", exporter=None, value=5e9, currency="USD", usd=5e9,
         period=None, target_year=None) -> Fact:
    start, end = period or (None, None)
    return Fact("a", None, pair[0], pair[1], metric, exporter, value, currency, usd, None, None, start, end,
                target_year, None, "evidence", 0, 8)


def gold(metric="turnover", exporter=None, value=5e9, usd=5e9, period=None, target_year=None, pair=("TUR", "KAZ")):
    return {"pair": list(pair), "metric": metric, "exporter": exporter, "value": value, "currency": "USD",
            "value_usd": usd, "period": period, "target_year": target_year, "quote": "q"}


def one(golds, facts, date=None, gold_date=None):
    return score([({"id": "x", "article_date": gold_date, "facts": golds},
                   ParsedArticle("x", article_date=date, facts=facts))])


@pytest.mark.parametrize(("golds", "facts", "matched"), [
    ([gold()], [fact()], 1),
    ([gold()], [fact(value=5.04e9, usd=5.04e9)], 1),  # within 1%
    ([gold()], [fact(value=5.2e9, usd=5.2e9)], 0),  # 4% off
    ([gold()], [fact(pair=("KAZ", "RUS"))], 0),
    ([gold(metric="exports", exporter="KAZ")], [fact(metric="imports", exporter="KAZ")], 1),  # one flow
    ([gold(metric="exports", exporter="KAZ")], [fact(metric="exports", exporter="TUR")], 0),
    ([gold(), gold()], [fact()], 1),  # each parsed fact matches one gold fact
    ([gold(usd=None)], [fact(usd=None)], 1),  # value and currency when gold has no USD value
])
def test_matching_rule(golds, facts, matched) -> None:
    assert one(golds, facts).matched == matched


def test_precision_recall_and_period_accuracy_at_month_precision() -> None:
    golds = [gold(period="2022"), gold(value=1e9, usd=1e9, period="2023-01..2023-08")]
    facts = [fact(period=(dt.date(2022, 1, 1), dt.date(2022, 12, 31))),
             fact(value=1e9, usd=1e9, period=(dt.date(2023, 1, 1), dt.date(2023, 7, 31))),
             fact(value=3e9, usd=3e9)]
    result = one(golds, facts)
    assert (result.matched, result.precision, result.recall) == (2, pytest.approx(2 / 3), 1.0)
    assert result.period_accuracy == 0.5


def test_magnitude_slip_is_counted() -> None:
    assert one([gold()], [fact(value=5e6, usd=5e6)]).magnitude_errors == 1


def test_article_date_accepts_any_listed_date() -> None:
    assert one([], [], date=dt.date(2022, 5, 10), gold_date=["2022-05-11", "2022-05-10"]).article_date_accuracy == 1


def test_gold_period_months() -> None:
    assert gold_months("2021") == ("2021-01", "2021-12")
    assert gold_months("2023-01..2023-08") == ("2023-01", "2023-08")
    assert gold_months("2024-09") == ("2024-09", "2024-09")  # one month written alone


@pytest.fixture(scope="module")
def dev_scores():
    assert DEV.is_dir(), f"the dev corpus must be at {DEV} (../shared beside the repository)"
    return evaluate(DEV)


def test_dev_corpus_meets_the_bar(dev_scores) -> None:
    assert dev_scores.f1 >= 0.95, dev_scores.misses + dev_scores.extras
    assert dev_scores.period_accuracy >= 0.95, dev_scores.wrong_periods
    assert dev_scores.article_date_accuracy == 1.0, dev_scores.wrong_dates
    assert dev_scores.magnitude_errors == 0


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_articles_exactly_right(dev_scores, seed: str) -> None:
    assert [m for m in dev_scores.misses if m["id"] == seed] == []
    assert [e for e in dev_scores.extras if e["id"] == seed] == []
    assert [w for w in dev_scores.wrong_periods + dev_scores.wrong_target_years if w["id"] == seed] == []


def test_evaluate_command_prints_scores_and_json() -> None:
    run = subprocess.run([sys.executable, "-m", "parsers", "evaluate", str(DEV), "--json"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["f1"] >= 0.95
    text = subprocess.run([sys.executable, "-m", "parsers", "evaluate", str(DEV)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120).stdout
    assert "precision" in text and "article-date accuracy" in text


def test_evaluate_command_refuses_a_folder_without_gold(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "parsers", "evaluate", str(tmp_path)], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and "gold" in run.stdout

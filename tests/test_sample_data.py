"""The bundled sample articles (data/articles/) against the facts they were written to state.

tests/fixtures/sample_expected.csv is the specification: one row per fact each sample article
states. The parse test fails until the grammar reads all of them; that is its purpose.
The sample texts were written for this project and must not reuse sentences of the real
articles in ../shared/corpus (same nine-word rule as the before-stop checker).
"""
from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import re
from pathlib import Path
from typing import NamedTuple, Optional

import pytest

from parsers import Fact, parse_article

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data" / "articles"
EXPECTED_CSV = REPO / "tests" / "fixtures" / "sample_expected.csv"
CORPUS = REPO.parent / "shared" / "corpus"
SHARED_RUN = 9  # words in a row that count as copied text
TOLERANCE = 0.01  # relative difference allowed between stated and parsed values


class FactKey(NamedTuple):
    """Everything that identifies a fact except its value, which is compared with a tolerance."""

    pair: tuple[str, str]
    metric: str
    exporter: Optional[str]
    currency: str
    period_start: Optional[dt.date]
    period_end: Optional[dt.date]
    target_year: Optional[int]


def _date(text: str) -> Optional[dt.date]:
    return dt.date.fromisoformat(text) if text else None


def _expected_by_file() -> dict[str, list[tuple[FactKey, float]]]:
    expected: dict[str, list[tuple[FactKey, float]]] = {}
    with EXPECTED_CSV.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            key = FactKey(
                pair=tuple(sorted((row["country_a"], row["country_b"]))),
                metric=row["metric"],
                exporter=row["exporter"] or None,
                currency=row["currency"],
                period_start=_date(row["period_start"]),
                period_end=_date(row["period_end"]),
                target_year=int(row["target_year"]) if row["target_year"] else None,
            )
            expected.setdefault(row["file"], []).append((key, float(row["value"])))
    return expected


EXPECTED = _expected_by_file()
SAMPLE_FILES = sorted(p.name for p in SAMPLES.iterdir() if p.name != "README.md")


def _fact_key(fact: Fact) -> FactKey:
    return FactKey(
        pair=tuple(sorted((fact.country_a, fact.country_b))),
        metric=fact.metric,
        exporter=fact.exporter or None,
        currency=fact.currency,
        period_start=fact.period_start,
        period_end=fact.period_end,
        target_year=fact.target_year,
    )


def _article_text(path: Path) -> str:
    """Markup files need the reading layer (visible text only); plain files are read as they are."""
    if importlib.util.find_spec("parsers.reading") is None:
        return path.read_text(encoding="utf-8")
    from parsers.reading import read_document

    return read_document(path)


def _unmatched(
    wanted: list[tuple[FactKey, float]], found: list[tuple[FactKey, float]]
) -> list[tuple[FactKey, float]]:
    """Facts of `wanted` with no fact of `found` of the same key and a value within tolerance."""
    return [
        (key, value) for key, value in wanted
        if not any(k == key and abs(v - value) <= TOLERANCE * value for k, v in found)
    ]


def test_every_sample_file_has_expected_facts_and_back() -> None:
    assert set(SAMPLE_FILES) == set(EXPECTED)


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_sample_article_parses_to_its_stated_facts(name: str) -> None:
    path = SAMPLES / name
    parsed = parse_article(_article_text(path), source=name)
    found = [(_fact_key(f), f.value) for f in parsed.facts]
    expected = EXPECTED[name]
    missing = _unmatched(expected, found)
    extra = _unmatched(found, expected)
    assert not missing and not extra, f"{name}: missing {missing}; extra {extra}"


def _word_runs(text: str, n: int = SHARED_RUN) -> set[str]:
    words = re.findall(r"[a-z0-9$%.]+", text.lower())
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def test_samples_share_no_nine_word_run_with_the_real_corpus() -> None:
    corpus_files = sorted(CORPUS.rglob("*.txt"))
    assert corpus_files, f"the real article corpus is missing: expected it under {CORPUS}"
    corpus_runs: set[str] = set()
    for path in corpus_files:
        corpus_runs |= _word_runs(path.read_text(encoding="utf-8", errors="replace"))
    copied = {
        p.name: sorted(runs)[:3]
        for p in sorted(SAMPLES.iterdir())
        if (runs := _word_runs(p.read_text(encoding="utf-8")) & corpus_runs)
    }
    assert not copied, f"sample texts repeat sentences of the real articles: {copied}"

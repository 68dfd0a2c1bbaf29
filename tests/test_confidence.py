"""Confidence: a fact whose slots its own clause states counts more than one filled from elsewhere."""
from __future__ import annotations

import pytest

from fact_cases import DATE
from parsers.confidence import score, stronger, weights
from parsers.facts import extract_facts
from parsers.money import Money

FULL = Money(0, 5, 5e9, "USD", 1e9)


def confidence_of(text: str) -> list[float]:
    return [f.confidence for f in extract_facts(text, "case", DATE)]


@pytest.mark.parametrize(("direct", "indirect"), [
    # the pair named in the clause vs carried from the sentence before
    ("Trade between Kenya and Uganda reached $1.2 billion in 2022.",
     "Kenya and Uganda held talks on Monday. Bilateral trade reached $1.2 billion in 2022."),
    # the exporter stated vs taken from whose statistics they are
    ("Kenya's exports to Uganda reached $700 million in 2022.",
     "Trade between Kenya and Uganda reached $1.2 billion in 2022, with exports of $700 million."),
    # the period named vs inherited from the report
    ("Trade between Kenya and Uganda reached $1.2 billion in January-June 2023.",
     "Kenya's statistics for January-June 2023 came out on Monday.\nTrade with Uganda reached $1.2 billion."),
])
def test_stated_slots_count_more_than_carried_ones(direct: str, indirect: str) -> None:
    assert max(confidence_of(direct)) > min(confidence_of(indirect))


@pytest.mark.parametrize(("slots", "metric", "expected"), [
    ({"pair": "clause", "metric": "clause", "period": "clause"}, "turnover", 1.0),
    ({"pair": "context", "metric": "clause", "period": "clause"}, "turnover", 0.85),
    ({"pair": "clause", "exporter": "default", "period": "clause"}, "exports", 0.8),
    ({"pair": "clause", "exporter": "default"}, "turnover", 1.0),  # no exporter for two-way trade
    ({"pair": "clause", "period": "none"}, "target", 1.0),  # a goal has no period
])
def test_score_is_the_product_of_the_slot_weights(slots, metric, expected) -> None:
    assert score(slots, metric, FULL) == pytest.approx(expected)


def test_a_figure_without_its_own_unit_counts_less() -> None:
    bare = Money(0, 5, 7.79e10, None, 1e9)  # "Rs 77.9": its currency came from a sibling
    assert score({"pair": "clause"}, "turnover", bare) < score({"pair": "clause"}, "turnover", FULL)


def test_two_mentions_keep_the_better_founded_slot() -> None:
    assert stronger({"pair": "context", "period": "clause"}, {"pair": "clause", "period": "context"}) == \
        {"pair": "clause", "period": "clause"}


def test_weights_are_data_between_zero_and_one() -> None:
    assert weights() and all(0 < w <= 1 for w in weights().values())


@pytest.mark.parametrize("text", [
    # a bare "$" in the trade of a country whose own press writes its dollar so, with no office or dateline to
    # say which dollar: read as US dollars, but only a guess
    "Exports to the United States slipped 1.9% in May to $47.2 billion, on weaker lumber shipments from Canada.",
    "Singapore's shipments to Malaysia grew 4 per cent to $38.4 billion last year.",
    "Trade between New Zealand and Japan came to $9.6 billion in 2023.",
])
def test_a_bare_dollar_in_a_dollar_country_s_trade_is_not_confident(text: str) -> None:
    facts = extract_facts(text, "case", DATE)
    assert facts and all(f.currency == "USD" and f.confidence < 0.8 for f in facts)


@pytest.mark.parametrize("text", [
    # the same figures with their dollar written out stay confident
    "Exports to the United States slipped 1.9% in May to US$47.2 billion, on weaker lumber shipments from Canada.",
    "Singapore's shipments to Malaysia grew 4 per cent to S$38.4 billion last year.",
    "Trade between Kenya and Japan came to $9.6 billion in 2023.",  # no side writes its own dollar as "$"
])
def test_a_dollar_written_out_stays_confident(text: str) -> None:
    assert all(f.confidence >= 0.8 for f in extract_facts(text, "case", DATE))

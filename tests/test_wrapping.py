"""Hard-wrapped plain text (lines broken at a fixed width, as in e-mail and wire copy) parses as the
paragraphs it was written in; texts written a paragraph per line, lists and titles stay as they are."""
from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import parse_article
from parsers.wrapping import unwrap


def _wrapped(title: str, body: str, width: int = 72) -> str:
    return title + "\n" + "\n".join(textwrap.wrap(body, width))


def _facts(text: str) -> set[tuple]:
    return {(f.country_a, f.country_b, f.metric, f.exporter, f.value) for f in parse_article(text).facts}


WRAPPED = [
    (_wrapped("Zambia and Congo talk trade",
              "LUSAKA, 4 May 2023 - Trade between Zambia and the Democratic Republic of Congo is valued at "
              "about US$1 billion a year, the trade minister told reporters on Thursday after the talks."),
     {("COD", "ZMB", "turnover", None, 1e9)}),
    (_wrapped("Sri Lanka and India",
              "COLOMBO, 2 Feb 2023 - India was the largest source of imports for Sri Lanka in 2022, with goods "
              "valued at $4.2 billion, while the exports of Sri Lanka to India were valued at $870 million, the "
              "central bank said in its annual review.", width=64),
     {("IND", "LKA", "imports", "IND", 4.2e9), ("IND", "LKA", "exports", "LKA", 8.7e8)}),
    (_wrapped("New Zealand and China",
              "WELLINGTON, 2 Feb 2023 - Goods exports from New Zealand to China were worth NZ$21 billion in "
              "the year to December 2022, the statistics office said. Goods imports from China were NZ$17 "
              "billion over the same twelve months.", width=58),
     {("CHN", "NZL", "exports", "NZL", 21e9), ("CHN", "NZL", "imports", "CHN", 17e9)}),
]


@pytest.mark.parametrize(("text", "expected"), WRAPPED, ids=["one-sentence", "two-flows", "two-sentences"])
def test_a_hard_wrapped_article_gives_the_facts_of_its_sentences(text: str, expected: set[tuple]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize("text", [
    # a paragraph per line: lines longer than any wrap width
    "Trade between Chile and Peru reached $4 billion in 2022, the ministry said on Monday in Lima, adding "
    "that it expects more.\nImports rose.",
    # a list under its title: rows short beside the width of the text
    "Main trading partners of Kazakhstan in 2022 (USD million) were the following\nRussia – 26,100\n"
    "China – 24,100\nItaly – 15,700",
    # titles and a dateline above one wrapped line: too few breaks to call the text wrapped
    "Mexico and Argentina\nMEXICO CITY - The commercial exchange between Mexico and Argentina\n"
    "reached 4,500 million dollars in 2022.",
    "",
])
def test_text_that_is_not_hard_wrapped_is_left_as_it_is(text: str) -> None:
    assert unwrap(text) == text


def test_evidence_offsets_still_point_into_the_text_as_stored() -> None:
    text, _ = WRAPPED[1]
    for fact in parse_article(text).facts:
        assert text[fact.evidence_start:fact.evidence_end].replace("\n", " ") == fact.evidence


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.text(alphabet="abc .$1", max_size=90), st.just("")), max_size=12).map("\n".join))
def test_unwrapping_only_turns_line_breaks_into_spaces(text: str) -> None:
    result = unwrap(text)
    assert len(result) == len(text)
    assert all(a == b or (a, b) == ("\n", " ") for a, b in zip(text, result))

"""The text as the grammar reads it: hard-wrapped plain text (lines broken at a fixed width, as in e-mail and
wire copy) parses as the paragraphs it was written in, while texts written a paragraph per line, lists and
titles stay as they are; no-break and narrow spaces are plain spaces; a raised decimal point is a point;
zero-width characters and soft hyphens inside a number or a word are closed up; a superscript footnote mark is
a space. The text keeps its length, so evidence offsets still point into it."""
from __future__ import annotations

import re
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import parse_article
from parsers.plain_text import plain_text, unwrap


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


# a release from a PDF: headings, a signature and a page footer among a few wrapped paragraphs
RELEASE = (
    "NATIONAL BUREAU OF STATISTICS OF MOLDOVA\nTRADE IN GOODS, JANUARY-DECEMBER 2022\n\nExports\n\n"
    + "\n".join(textwrap.wrap("In 2022 exports of goods amounted to USD 3 461 million, which is 20% more than in "
                             "2021. Romania remained the main destination: exports to Romania amounted to USD "
                             "1 045 million, followed by Italy with USD 279 million.", 75))
    + "\n\nImports\n\n"
    + "\n".join(textwrap.wrap("Imports from Romania totalled USD 1 312 million, and those from China USD 1 108 "
                             "million, the bureau said.", 75))
    + "\n\nNote: data are provisional.\nContact: press office\nPage 3 of 11"
)
# ... and one whose dateline line is longer than the width its paragraphs were wrapped to
LONG_DATELINE = (
    "ASTANA, 14 November 2023 (Press service of the Ministry of Trade and Integration of Kazakhstan) --\n"
    + "\n".join(textwrap.wrap("Kazakh exports to Turkey reached USD 2.1 billion in January-September and imports "
                             "from Turkey USD 1.1 billion, the press service reported, adding that the two sides "
                             "aim to raise trade to USD 10 billion.", 70))
)


# ... and an e-mail newsletter: header lines, a greeting and a signature around two wrapped paragraphs
NEWSLETTER = (
    "From: Embassy of Peru <info@embperu.example>\nSubject: Trade bulletin No. 12\nDate: 5 March 2023\n\n"
    "Dear readers,\n\n"
    + "\n".join(textwrap.wrap("Trade between Peru and Chile reached USD 4.1 billion in 2022, the highest level "
                             "on record, according to the customs office of Peru.", 66))
    + "\n\n"
    + "\n".join(textwrap.wrap("Peruvian exports to Chile amounted to USD 1.9 billion in 2022, while imports from "
                             "Chile were worth USD 2.2 billion over the same year.", 66))
    + "\n\nBest regards,\nTrade Office\nEmbassy of Peru"
)


@pytest.mark.parametrize(("text", "expected"), [
    (NEWSLETTER, {("CHL", "PER", "turnover", None, 4.1e9), ("CHL", "PER", "exports", "PER", 1.9e9),
                  ("CHL", "PER", "imports", "CHL", 2.2e9)}),
    (RELEASE, {("MDA", "ROU", "exports", "MDA", 1_045e6), ("ITA", "MDA", "exports", "MDA", 279e6),
               ("MDA", "ROU", "imports", "ROU", 1_312e6), ("CHN", "MDA", "imports", "CHN", 1_108e6)}),
    (LONG_DATELINE, {("KAZ", "TUR", "exports", "KAZ", 2.1e9), ("KAZ", "TUR", "imports", "TUR", 1.1e9),
                     ("KAZ", "TUR", "target", None, 1e10)}),
])
def test_a_wrapped_release_among_headings_and_a_longer_line_is_unwrapped(text: str, expected: set[tuple]) -> None:
    assert unwrap(text).count("\n") < text.count("\n")
    assert _facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an infographic's amount on a line of its own, its label on the line under it
    ("Saudi-China trade in numbers\n\nSAR 363 billion\ntotal trade between Saudi Arabia and China in 2022\n\n"
     "SAR 176.8bn\nSaudi exports to China, 2022\n",
     {("CHN", "SAU", "turnover", None, 363e9), ("CHN", "SAU", "exports", "SAU", 176.8e9)}),
    ("Vietnam and the US in numbers\n\n$124.6bn\ntwo-way trade between Vietnam and the US in 2022\n\n$97bn\n"
     "Vietnam exports to the US, 2022\n",
     {("USA", "VNM", "turnover", None, 124.6e9), ("USA", "VNM", "exports", "VNM", 97e9)}),
    ("Kenya-Uganda: key figures\n\nUS$1.1 billion\nKenya's exports to Uganda in 2022\n\nUS$300 million\n"
     "Kenya's imports from Uganda in 2022\n",
     {("KEN", "UGA", "exports", "KEN", 1.1e9), ("KEN", "UGA", "imports", "UGA", 3e8)}),
])
def test_an_amount_on_its_own_line_takes_the_label_under_it(text: str, expected: set[tuple]) -> None:
    assert len(plain_text(text)) == len(text)
    assert _facts(text) == expected


STORY = ("MADRID, March 3, 2023 - Spain and Chile signed a customs pact on Monday. Trade between Spain and Chile "
         "reached EUR 3 billion in 2022, the ministry said.\n\n")


@pytest.mark.parametrize("residue", [
    # the link blocks a saved web page keeps: other stories' headlines, not this one's facts
    "Read more: Peru-Japan trade rises to $4.1 billion in 2022\nRelated: Chile, Korea aim to lift trade to $12 billion\n",
    "Related stories\n- Ecuador's exports to Colombia rise to $900m\n- Kenya, Uganda trade hits $1bn\n\nShare this\n",
    "Most read\n1. Brazil, Argentina trade falls to $28bn\n2. India's exports to Nepal top $8bn\n\n© 2023 Agency\n",
])
def test_a_saved_pages_link_blocks_give_no_facts(residue: str) -> None:
    text = STORY + residue
    assert len(plain_text(text)) == len(text)
    assert _facts(text) == {("CHL", "ESP", "turnover", None, 3e9)}


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


@pytest.mark.parametrize(("text", "expected"), [
    ("Trade between Kenya\u00a0and Uganda reached $1.2\u00a0billion in\u00a02022.",
     {("KEN", "UGA", "turnover", None, 1.2e9)}),
    ("Kenya's exports to Uganda stood at USD\u202f850\u2009million in 2022.",
     {("KEN", "UGA", "exports", "KEN", 8.5e8)}),
    ("Trade between Kenya and Uganda reached \u00a31\u00b72 billion in 2022, up\u20035%.",
     {("KEN", "UGA", "turnover", None, 1.2e9)}),
    # zero-width characters and soft hyphens a web page leaves inside numbers and words
    ("Trade between Kenya and Uganda reached $1\u200b.2 billion in 2022.", {("KEN", "UGA", "turnover", None, 1.2e9)}),
    ("Kenya's exports to Ugan\u00adda stood at US$850\ufeff million in 2022.", {("KEN", "UGA", "exports", "KEN", 8.5e8)}),
    ("Trade between Kenya and Uganda reached \u200b$1,\u200d200 mil\u00adlion in 2022.",
     {("KEN", "UGA", "turnover", None, 1.2e9)}),
    # a footnote mark written as a superscript digit after a figure or a name
    ("Trade between Kenya and Uganda reached $1.2 billion\u00b9 in 2022.", {("KEN", "UGA", "turnover", None, 1.2e9)}),
    ("Kenya's exports to Uganda stood at $850 million\u00b2\u00b3 in 2022.", {("KEN", "UGA", "exports", "KEN", 8.5e8)}),
    ("Trade between Kenya\u2074 and Uganda reached $1.2 billion in 2022.", {("KEN", "UGA", "turnover", None, 1.2e9)}),
])
def test_pasted_spaces_and_raised_decimal_points_read_as_plain_ones(text: str, expected: set[tuple]) -> None:
    assert _facts(text) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab1.,$ \u200b\u00ad\ufeff", max_size=60))
def test_invisible_characters_are_closed_up_and_the_text_keeps_its_length(text: str) -> None:
    result = plain_text(text)
    assert len(result) == len(text)
    assert result.replace(" ", "") == re.sub("[ \u200b\u00ad\ufeff]", "", text)


def test_evidence_offsets_still_point_into_the_text_as_stored() -> None:
    text, _ = WRAPPED[1]
    for fact in parse_article(text).facts:
        assert text[fact.evidence_start:fact.evidence_end].replace("\n", " ") == fact.evidence


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.text(alphabet="abc .$1\u00a0\u00b7", max_size=90), st.just("")), max_size=12)
       .map("\n".join))
def test_the_text_keeps_its_length_and_only_its_spaces_and_points_change(text: str) -> None:
    result = plain_text(text)
    assert len(result) == len(text)
    assert all(a == b or (a, b) in (("\n", " "), ("\u00a0", " "), ("\u00b7", ".")) for a, b in zip(text, result))

"""Open-ended input: parsing never raises, whatever the text or bytes, and every fact it returns is
inside the plausibility bounds with a confidence between 0 and 1."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import parse_article, parse_document
from parsers.plausibility import bounds, plausible
from parsers.schema import STATUSES

# Bits of article-like text so the examples reach the grammar, not only random noise.
PIECES = st.sampled_from([
    " date 2023-04-10 ", " date 2023-99-99 ", "MOSCOW, April 6 (Xinhua) -- ", "KYIV, April 31 (Ukrinform) -- ",
    "On Friday, 9 August", "/// nCa, 20 January 2023",
    "$1.5 billion", "USD 31.2 billion", "trade turnover", "between Kazakhstan and China", "last year",
    "in the first eight months of 2023", "by 2030", "%", "\n\n", "Feb. 30, 2021", "September 31st, 1999",
    "exports to Uganda reached", "Rs 512,4 billion", "$415,286 million", "N450 billion", "rose 999999999%",
    " | Exports | Imports\n", "Turkey | 1,015.3 | 22\n", "(USD million)\n", "$0 billion", "1" * 40,
])
NUMBERS = st.one_of(st.integers(min_value=0, max_value=10 ** 30).map(str),
                    st.floats(min_value=0, allow_nan=False, allow_infinity=False).map(lambda v: f"{v:.3f}"))
UNITS = st.sampled_from(["$", "US$ ", "USD ", "€", "Rs ", "RM", "N"])
MAGNITUDES = st.sampled_from(["", " million", " billion", " trillion", "bn", " thousand"])
TEXTS = st.one_of(st.text(max_size=400), st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=30).map("".join))


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_parse_article_never_raises(text):
    article = parse_article(text, "prop.txt")
    assert article.status in STATUSES
    assert article.n_facts == len(article.facts)
    assert (article.status == "ok") == (article.n_facts > 0)
    assert bool(article.message) == (article.status != "ok")


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=600), st.sampled_from(["a.txt", "a.md", "a.html", "a.htm", "a.doc", "a"]))
def test_parse_document_never_raises(data, name):
    article = parse_document(data, name)
    assert article.status in STATUSES
    assert article.source == name
    assert bool(article.message) == (article.status != "ok")


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_every_fact_is_plausible_and_has_a_confidence(text):
    for fact in parse_article(text, "prop.txt").facts:
        assert plausible(fact.value, fact.currency)
        assert fact.growth_pct is None or abs(fact.growth_pct) <= bounds()["max_growth_pct"]
        assert 0.0 <= fact.confidence <= 1.0


@settings(max_examples=200, deadline=None)
@given(UNITS, NUMBERS, MAGNITUDES, st.sampled_from(["2022", "last year", "the first half of 2023"]))
def test_any_amount_between_two_countries_is_kept_only_inside_the_bounds(unit, number, magnitude, period):
    text = f"Trade between Kenya and Uganda reached {unit}{number}{magnitude} in {period}."
    for fact in parse_article(text, "prop.txt").facts:
        assert plausible(fact.value, fact.currency), (text, fact.value, fact.currency)

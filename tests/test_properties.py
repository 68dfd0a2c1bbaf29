"""Open-ended input: parsing never raises, whatever the text or bytes."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import parse_article, parse_document
from parsers.schema import STATUSES

# Bits of article-like text so the examples reach the grammar, not only random noise.
PIECES = st.sampled_from([
    " date 2023-04-10 ", " date 2023-99-99 ", "MOSCOW, April 6 (Xinhua) -- ", "KYIV, April 31 (Ukrinform) -- ",
    "On Friday, 9 August", "/// nCa, 20 January 2023",
    "$1.5 billion", "USD 31.2 billion", "trade turnover", "between Kazakhstan and China", "last year",
    "in the first eight months of 2023", "by 2030", "%", "\n\n", "Feb. 30, 2021", "September 31st, 1999",
])
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

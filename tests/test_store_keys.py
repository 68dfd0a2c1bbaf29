"""Fact keys: what reviews hang on, so they must be unique per article and blind to phrasing."""
from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from parsers.schema import Fact
from store.keys import KEY_LENGTH, content_hash, fact_keys

codes = st.sampled_from(["AZE", "CHN", "KAZ", "RUS", "TUR", "USA"])
dates = st.one_of(st.none(), st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)))
facts = st.builds(
    Fact,
    source=st.just("a.txt"), article_date=dates, country_a=codes, country_b=codes,
    metric=st.sampled_from(["turnover", "exports", "imports", "target"]), exporter=st.one_of(st.none(), codes),
    value=st.floats(1e3, 1e12), currency=st.sampled_from(["USD", "EUR"]), value_usd=st.none(),
    qualifier=st.none(), growth_pct=st.none(), period_start=dates, period_end=dates,
    target_year=st.one_of(st.none(), st.integers(2000, 2050)), target_reached=st.none(),
    evidence=st.text(max_size=40), evidence_start=st.integers(0, 5000), evidence_end=st.integers(0, 5000),
)


@given(st.lists(facts, max_size=12))
def test_keys_are_unique_within_an_article_even_for_repeated_figures(article_facts):
    doubled = article_facts + article_facts
    keys = fact_keys("a.txt", doubled)
    assert len(set(keys)) == len(doubled)
    assert all(len(key) == KEY_LENGTH for key in keys)


@given(facts, st.text(max_size=40), st.integers(0, 9999))
def test_keys_ignore_phrasing_position_and_pair_order(fact, evidence, start):
    rephrased = dataclasses.replace(fact, evidence=evidence, evidence_start=start, evidence_end=start + 9,
                                    country_a=fact.country_b, country_b=fact.country_a)
    assert fact_keys("a.txt", [rephrased]) == fact_keys("a.txt", [fact])


@given(facts)
def test_keys_differ_by_source_and_by_what_the_fact_says(fact):
    key = fact_keys("a.txt", [fact])
    assert fact_keys("b.txt", [fact]) != key
    assert fact_keys("a.txt", [dataclasses.replace(fact, value=fact.value * 2)]) != key
    other_metric = "target" if fact.metric != "target" else "exports"
    assert fact_keys("a.txt", [dataclasses.replace(fact, metric=other_metric)]) != key


def test_content_hash_is_sha256_of_the_bytes():
    assert content_hash(b"abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"

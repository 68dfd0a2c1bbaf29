"""The shared filter as pure functions: URL query <-> state, and which facts it keeps."""
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.filters import FilterState, apply_filter, parse_query_params, restrict_to, to_query_params
from app.model import prepare
from app.synthetic import articles_for, fact_row, facts_of

COUNTRIES = ["CHN", "KAZ", "RUS", "TUR"]
PAIRS = ["CHN-KAZ", "KAZ-RUS", "KAZ-TUR", "CHN-RUS"]


@pytest.mark.parametrize("params, state, ignored", [
    ({}, FilterState(), []),
    ({"focus": "KAZ"}, FilterState(focus="KAZ"), []),
    ({"focus": "kaz", "partners": "tur,chn"}, FilterState(focus="KAZ", partners=("TUR", "CHN")), []),
    ({"focus": "KAZ", "partners": "TUR,XXX"}, FilterState(focus="KAZ", partners=("TUR",)), ["country 'XXX'"]),
    ({"focus": "ZZZ"}, FilterState(), ["country 'ZZZ'"]),
    ({"focus": "DEU"}, FilterState(), ["country 'DEU'"]),  # a real country, but not in this data
    ({"pairs": "TUR-KAZ"}, FilterState(pairs=("KAZ-TUR",)), []),
    ({"pairs": "KAZ-TUR,KAZ-USA"}, FilterState(pairs=("KAZ-TUR",)), ["pair 'KAZ-USA'"]),
    ({"metrics": "Turnover,target,gdp"}, FilterState(metrics=("turnover", "target")), ["metric 'gdp'"]),
    ({"from": "2020-01-01", "to": "2023-12-31"},
     FilterState(start=dt.date(2020, 1, 1), end=dt.date(2023, 12, 31)), []),
    ({"from": "last year"}, FilterState(), ["date 'last year' (use YYYY-MM-DD between 1990-01-01 and 2050-12-31)"]),
    # out of the range the filter holds (these showed a traceback on every page)
    ({"from": "1989-12-31"}, FilterState(), ["date '1989-12-31' (use YYYY-MM-DD between 1990-01-01 and 2050-12-31)"]),
    ({"to": "2051-01-01"}, FilterState(), ["date '2051-01-01' (use YYYY-MM-DD between 1990-01-01 and 2050-12-31)"]),
    # a range written backwards is read forwards
    ({"from": "2023-12-31", "to": "2022-01-01"},
     FilterState(start=dt.date(2022, 1, 1), end=dt.date(2023, 12, 31)), []),
    # names as well as codes, in any case and with or without accents
    ({"focus": "Turkey", "partners": "kazakhstan"}, FilterState(focus="TUR", partners=("KAZ",)), []),
    ({"focus": "Türkiye"}, FilterState(focus="TUR"), []),
    ({"focus": "turkiye"}, FilterState(focus="TUR"), []),
    ({"pairs": "Kazakhstan-Turkey,China – Kazakhstan"}, FilterState(pairs=("KAZ-TUR", "CHN-KAZ")), []),
    ({"pairs": "Turkey-Kazakhstan"}, FilterState(pairs=("KAZ-TUR",)), []),
    # a value made to look like a message is only repeated shortened
    ({"partners": "x" * 60}, FilterState(), ["country '" + "x" * 40 + "…'"]),
    ({"partners": ["TUR", "CHN"]}, FilterState(partners=("TUR", "CHN")), []),  # repeated keys
])
def test_query_params_to_state(params, state, ignored):
    assert parse_query_params(params, COUNTRIES, PAIRS) == (state, ignored)


states = st.builds(
    FilterState,
    focus=st.one_of(st.none(), st.sampled_from(COUNTRIES)),
    partners=st.lists(st.sampled_from(COUNTRIES), unique=True).map(tuple),
    pairs=st.lists(st.sampled_from(PAIRS), unique=True).map(tuple),
    metrics=st.lists(st.sampled_from(["turnover", "exports", "imports", "target"]), unique=True).map(tuple),
    start=st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2050, 1, 1))),
    end=st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2050, 1, 1))),
)


@given(states)
def test_a_link_reopens_exactly_the_same_filter(state):
    if state.focus in state.partners:  # a focus is never its own partner
        state = FilterState(**{**state.__dict__, "partners": tuple(c for c in state.partners if c != state.focus)})
    if state.start and state.end and state.start > state.end:  # the date widget gives a range forwards
        state = FilterState(**{**state.__dict__, "start": state.end, "end": state.start})
    assert parse_query_params(to_query_params(state), COUNTRIES, PAIRS) == (state, [])


def test_empty_fields_stay_out_of_the_link():
    assert to_query_params(FilterState(focus="KAZ")) == {"focus": "KAZ"}


def test_values_the_data_no_longer_has_are_dropped():
    state = FilterState(focus="KAZ", partners=("TUR", "RUS"), pairs=("KAZ-RUS",))
    assert restrict_to(state, ["KAZ", "TUR"], ["KAZ-TUR"]) == FilterState(focus="KAZ", partners=("TUR",))


ROWS = [
    fact_row(source="1", country_a="KAZ", country_b="TUR", year=2019),
    fact_row(source="2", country_a="CHN", country_b="KAZ", year=2021, value=2e9),
    fact_row(source="3", country_a="CHN", country_b="RUS", year=2022, value=3e9, metric="exports", exporter="CHN"),
    fact_row(source="4", country_a="KAZ", country_b="RUS", metric="target", value=9e9, target_year=2030,
             article_date=dt.date(2024, 3, 1)),
]


@pytest.mark.parametrize("state, kept", [
    (FilterState(), {"1", "2", "3", "4"}),
    (FilterState(focus="KAZ"), {"1", "2", "4"}),
    (FilterState(focus="KAZ", partners=("TUR", "RUS")), {"1", "4"}),
    (FilterState(partners=("RUS",)), {"3", "4"}),
    (FilterState(pairs=("CHN-KAZ", "CHN-RUS")), {"2", "3"}),
    (FilterState(focus="RUS", pairs=("CHN-KAZ",)), set()),
    (FilterState(metrics=("exports", "target")), {"3", "4"}),
    (FilterState(start=dt.date(2021, 6, 1)), {"2", "3", "4"}),  # period overlaps; target by its date
    (FilterState(end=dt.date(2021, 6, 1)), {"1", "2"}),
    (FilterState(start=dt.date(2024, 1, 1), end=dt.date(2024, 12, 31)), {"4"}),
])
def test_apply_filter(state, kept):
    facts = facts_of(ROWS)
    tables = prepare(articles_for(facts), facts)
    assert set(apply_filter(tables.facts, state)["source"].astype(str)) == kept
    assert set(apply_filter(tables.obs, state)["source"].astype(str)) == kept


def test_describe_names_pairs_and_period_for_titles():
    state = FilterState(focus="KAZ", partners=("TUR",), start=dt.date(2020, 1, 1))
    assert state.describe() == "Kazakhstan with Türkiye; 2020-01-01 to …"

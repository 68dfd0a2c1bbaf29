"""The prepared tables: one observation per distinct fact, its reports reachable newest first,
and columns laid out for fast row picking."""
import datetime as dt

import pandas as pd
import pyarrow as pa

from app.model import prepare, sources_of
from app.synthetic import articles_for, fact_row, facts_of


def tables_of(*rows):
    facts = facts_of(list(rows))
    return prepare(articles_for(facts), facts)


def test_reports_of_an_observation_come_newest_first_and_undated_last():
    tables = tables_of(
        fact_row(source="old.txt", article_date=dt.date(2022, 1, 5)),
        fact_row(source="undated.txt", article_date=None),
        fact_row(source="new.txt", article_date=dt.date(2023, 3, 1)),
        fact_row(source="other.txt", year=2021, value=1e9),
    )
    same = tables.facts.loc[tables.facts["source"] == "old.txt", "obs_id"].iloc[0]
    rows = tables.reports_of([same])
    assert list(tables.facts["source"].take(rows).astype(str)) == ["new.txt", "old.txt", "undated.txt"]
    assert list(tables.facts["source"].take(tables.reports_of([same], limit=2)).astype(str)) == ["new.txt", "old.txt"]
    obs = tables.obs.set_index("obs_id").loc[same]
    assert obs["n_sources"] == 3
    assert (obs["first_reported"], obs["last_reported"]) == (pd.Timestamp("2022-01-05"), pd.Timestamp("2023-03-01"))
    assert list(sources_of(tables, [same])["source"].astype(str)) == ["new.txt", "old.txt", "undated.txt"]


def test_a_column_read_in_chunks_is_prepared_in_one_piece_with_the_same_values():
    facts = facts_of([fact_row(source=f"s{i}.txt", evidence=f"Sentence number {i}.") for i in range(4)])
    halves = pa.chunked_array([pa.array(facts["evidence"][:2].tolist()), pa.array(facts["evidence"][2:].tolist())])
    facts["evidence"] = pd.Series(pd.array(halves, dtype=facts["evidence"].dtype))  # as the store reads it
    assert facts["evidence"].array.__arrow_array__().num_chunks == 2
    tables = prepare(articles_for(facts), facts)
    assert tables.facts["evidence"].array.__arrow_array__().num_chunks == 1
    assert tables.facts["evidence"].tolist() == [f"Sentence number {i}." for i in range(4)]
    assert facts["evidence"].array.__arrow_array__().num_chunks == 2  # the caller's frame is untouched

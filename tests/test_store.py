"""The store against SQLite and PostgreSQL: idempotent ingestion, reviews, reparse, export.

Most tests use the stand-in parser of store_fakes, so they test the store and not the grammar.
"""
from __future__ import annotations

import csv
import datetime as dt

import pandas as pd
import pytest

from parsers.schema import ARTICLE_COLUMNS, ARTICLE_DTYPES, FACT_COLUMNS, FACT_DTYPES, Fact, ParsedArticle
from store import REVIEW_STATUSES, ReviewError, Store
from store_fakes import article, fake_parse

CHINA_RUSSIA = "Trade between China and Russia reached $100 billion in 2021.\n"


@pytest.fixture
def store(store_url):
    with Store(store_url, parse=fake_parse) as opened:
        yield opened


@pytest.fixture
def folder(tmp_path):
    """Three good articles and one binary file, in a folder with a subfolder."""
    root = tmp_path / "articles"
    (root / "sub").mkdir(parents=True)
    for n, name in enumerate(["a.txt", "b.md", "sub/c.txt"]):
        (root / name).write_text(article(n), encoding="utf-8")
    (root / "broken.txt").write_bytes(b"\x00\x01\x02")
    (root / "notes.json").write_text("{}")  # not an article type: not picked up from a folder
    return root


def _facts_without_ids(store: Store) -> pd.DataFrame:
    return store.facts().drop(columns=["fact_id"]).sort_values("fact_key").reset_index(drop=True)


def test_first_ingest_stores_every_article_and_records_the_bad_one(store, folder):
    assert store.is_empty()
    report = store.ingest_paths([folder])
    assert not store.is_empty()
    assert report.counts == {"new": 3, "unchanged": 0, "replaced": 0, "failed": 1}
    failed = report.frame().set_index("source").loc["broken.txt"]
    assert failed.outcome == "failed" and failed.message == "binary or empty file"
    stored = store.articles().set_index("source")
    assert sorted(stored.index) == ["a.txt", "b.md", "broken.txt", "sub/c.txt"]
    assert stored.loc["broken.txt", "status"] == "error"
    assert stored.loc["broken.txt", "message"] == "binary or empty file"
    assert len(store.facts()) == 6


@pytest.mark.parametrize("workers", [1, 2])
def test_ingesting_the_same_folder_again_adds_nothing(store, folder, workers):
    store.ingest_paths([folder])
    before = _facts_without_ids(store)
    report = store.ingest_paths([folder], workers=workers)
    assert report.counts == {"new": 0, "unchanged": 4, "replaced": 0, "failed": 0}
    pd.testing.assert_frame_equal(_facts_without_ids(store), before)
    assert len(store.articles()) == 4


def test_same_content_under_another_name_is_unchanged(store, folder, tmp_path):
    store.ingest_paths([folder])
    copy = tmp_path / "copy.txt"
    copy.write_bytes((folder / "a.txt").read_bytes())
    result = store.ingest_paths([copy]).results[0]
    assert (result.outcome, result.message) == ("unchanged", "same content is stored as a.txt")
    assert len(store.articles()) == 4


def test_changed_file_replaces_its_facts_and_keeps_reviews_of_facts_still_there(store, folder):
    store.ingest_paths([folder])
    facts = store.facts().set_index("source")
    kept_key = facts.loc["a.txt", "fact_key"].iloc[0]
    other_key = facts.loc["b.md", "fact_key"].iloc[0]
    store.review(kept_key, "confirm", note="matches the ministry's figure")
    (folder / "a.txt").write_text(article(0) + CHINA_RUSSIA, encoding="utf-8")

    report = store.ingest_paths([folder])

    assert report.counts == {"new": 0, "unchanged": 3, "replaced": 1, "failed": 0}
    facts = store.facts()
    assert (facts["source"] == "a.txt").sum() == 3
    assert len(facts) == 7 and facts["fact_key"].is_unique
    reviewed = facts.set_index("fact_key").loc[kept_key]
    assert (reviewed.review_status, reviewed.review_note) == ("confirmed", "matches the ministry's figure")
    assert other_key in set(facts["fact_key"])
    assert len(store.articles()) == 4


def test_text_and_uploads_are_stored_like_files(store):
    pasted = store.ingest_text(article(5), "pasted note")
    uploaded = store.ingest_document("upload.md", article(6).encode())
    again = store.ingest_text(article(5), "pasted note")
    assert (pasted.source, pasted.outcome, pasted.n_facts) == ("pasted note.txt", "new", 2)
    assert (uploaded.outcome, again.outcome) == ("new", "unchanged")
    assert store.article_text("pasted note.txt") == article(5)
    assert store.article_text(uploaded.article_id) == article(6)
    assert store.article_text(store.articles()["article_id"].iloc[-1]) == article(6)  # a numpy integer
    with pytest.raises(KeyError):
        store.article_text("never stored.txt")


def test_a_missing_input_is_reported_and_the_rest_stored(store, folder, tmp_path):
    report = store.ingest_paths([tmp_path / "nowhere", folder / "a.txt"])
    assert report.counts == {"new": 1, "unchanged": 0, "replaced": 0, "failed": 1}
    assert "no such file or folder" in report.frame()["message"].tolist()


def test_a_parser_crash_is_a_failed_article_not_a_stopped_batch(store_url, folder):
    def crashing(data: bytes, source: str) -> ParsedArticle:
        if source == "b.md":
            raise RuntimeError("grammar exploded")
        return fake_parse(data, source)

    with Store(store_url, parse=crashing) as crashy:
        report = crashy.ingest_paths([folder])
        assert report.counts == {"new": 2, "unchanged": 0, "replaced": 0, "failed": 2}
        assert crashy.articles().set_index("source").loc["b.md", "message"] == "parser failed: grammar exploded"


def test_facts_the_database_rejects_leave_the_article_recorded_as_failed(store_url):
    def overflowing(data: bytes, source: str) -> ParsedArticle:
        parsed = fake_parse(data, source)
        parsed.facts[0].evidence_start = 10**30  # no SQL integer column holds this
        return parsed

    with Store(store_url, parse=overflowing) as store:
        result = store.ingest_document("huge.txt", article(1).encode())
        assert result.outcome == "failed" and result.message.startswith("could not store its facts")
        assert store.articles()["status"].tolist() == ["error"] and store.facts().empty


def test_frames_have_the_contract_columns_and_dtypes(store, folder):
    store.ingest_paths([folder])
    facts, articles = store.facts(), store.articles()
    assert list(facts.columns) == [*FACT_COLUMNS, "fact_id", "fact_key", "review_status", "review_note", "reviewed_at",
                                   "reviewer", "stated_value", "stated_currency"]
    assert {n: str(facts[n].dtype) for n in FACT_COLUMNS} == FACT_DTYPES
    assert list(articles.columns) == [*ARTICLE_COLUMNS, "article_id", "content_hash", "ingested_at"]
    assert {n: str(articles[n].dtype) for n in ARTICLE_COLUMNS} == ARTICLE_DTYPES
    first = facts.iloc[0]
    assert (first.period_start, first.value_usd, first.review_status) == (pd.Timestamp("2022-01-01"), 1e9, "unreviewed")
    target = facts[facts.metric == "target"].iloc[0]
    assert (target.target_year, target.target_reached) == (2030, False)


def test_empty_store_gives_empty_typed_frames(store):
    assert store.facts().empty and store.articles().empty and store.review_queue().empty
    assert str(store.facts()["period_start"].dtype) == "datetime64[ns]"


# -- reviews -----------------------------------------------------------------------------------

@pytest.fixture
def reviewed(store, folder):
    store.ingest_paths([folder])
    return store, store.facts().set_index("source")


def _one(store: Store, key: str) -> pd.Series:
    return store.facts(include_rejected=True).set_index("fact_key").loc[key]


def test_confirm_reject_and_the_review_queue(reviewed):
    store, facts = reviewed
    confirmed, rejected = facts.loc["a.txt", "fact_key"]
    store.review(confirmed, "confirm")
    store.review(rejected, "reject", note="a forecast, not a target")
    assert set(store.facts()["fact_key"]) == set(facts["fact_key"]) - {rejected}
    assert _one(store, rejected).review_status == "rejected"
    assert set(store.review_queue()["fact_key"]) == set(facts["fact_key"]) - {confirmed, rejected}
    assert store.articles().set_index("source").loc["a.txt", "n_facts"] == 1


def test_correction_is_applied_everywhere_and_adds_up(reviewed, tmp_path):
    store, facts = reviewed
    key = facts.loc["a.txt", "fact_key"].iloc[0]
    store.review(key, "correct", {"value": "3e9", "period": "2023-01..2023-08"}, note="ministry figure")
    store.review(key, "correct", {"pair": "TUR-AZE"})
    fact = _one(store, key)
    assert (fact.value, fact.value_usd, fact.country_a, fact.country_b) == (3e9, 3e9, "AZE", "TUR")
    assert (fact.period_start, fact.period_end) == (pd.Timestamp("2023-01-01"), pd.Timestamp("2023-08-31"))
    assert fact.review_status == "corrected" and fact.review_note == ""
    assert store.review_history(key)["action"].tolist() == ["correct", "correct"]
    facts_csv, _ = store.export(tmp_path / "out")
    exported = pd.read_csv(facts_csv)
    corrected = exported[exported.country_a == "AZE"]
    assert corrected[["source", "value", "period_end"]].values.tolist() == [["a.txt", 3e9, "2023-08-31"]]


def test_a_correction_keeps_the_stated_value_and_a_history_of_who_changed_what(reviewed, tmp_path):
    store, facts = reviewed
    key = facts.loc["a.txt", "fact_key"].iloc[0]
    stated = float(facts.loc["a.txt", "value"].iloc[0])
    store.review(key, "correct", {"value": 3e9}, note="ministry figure", reviewer="Ana")
    store.review(key, "correct", {"value": 3.1e9, "period": "2023"}, reviewer="Bo")
    store.review(key, "confirm", reviewer="Cy")
    fact = _one(store, key)
    assert (fact.stated_value, fact.value, fact.reviewer) == (stated, stated, "Cy")  # confirm is of the article
    history = store.review_history(key)
    assert history["reviewer"].tolist() == ["Ana", "Bo", "Cy"]
    assert history["previous"].tolist()[:2] == [{"value": stated}, {"value": 3e9, "period_start": "2022-01-01",
                                                                     "period_end": "2022-12-31"}]
    path = store.export_reviews(tmp_path / "out")
    rows = pd.read_csv(path, keep_default_na=False)
    assert rows[["reviewer", "action", "field", "old", "new", "note"]].values.tolist() == [
        ["Ana", "correct", "value", str(stated), "3000000000.0", "ministry figure"],
        ["Bo", "correct", "value", "3000000000.0", "3100000000.0", ""],
        ["Bo", "correct", "period_start", "2022-01-01", "2023-01-01", ""],
        ["Bo", "correct", "period_end", "2022-12-31", "2023-12-31", ""],
        ["Cy", "confirm", "", "", "", ""],
    ]
    assert set(rows["source"]) == {"a.txt"}


def test_latest_decision_wins(reviewed):
    store, facts = reviewed
    key = facts.loc["b.md", "fact_key"].iloc[0]
    store.review(key, "reject")
    store.review(key, "correct", {"target_year": 2031})
    store.review(key, "confirm")
    fact = _one(store, key)
    assert fact.review_status == "confirmed" and pd.isna(fact.target_year)
    history = store.review_history(key)
    assert history["action"].tolist() == ["reject", "correct", "confirm"]
    assert set(history["content_hash"]) == {store.articles().set_index("source").loc["b.md", "content_hash"]}


@pytest.mark.parametrize("action, changes, message", [
    ("approve", None, "unknown review action"),
    ("confirm", {"value": 1}, "only a correction changes fields"),
    ("correct", {}, "at least one changed field"),
    ("correct", {"value": -5}, "positive amount"),
    ("correct", {"value": "lots"}, "must be a number"),
    ("correct", {"metric": "investment"}, "unknown metric"),
    ("correct", {"pair": "KAZ-XXX"}, "unknown country code"),
    ("correct", {"pair": "KAZ-KAZ"}, "two different countries"),
    ("correct", {"exporter": "CHN"}, "must be one of the pair"),
    ("correct", {"period_start": "2023-05-01", "period_end": "2023-01-31"}, "starts (2023-05-01) after it ends"),
    ("correct", {"period": "spring"}, "a period is written"),
    ("correct", {"target_year": 30}, "out of range"),
    ("correct", {"evidence": "other"}, "cannot correct evidence"),
])
def test_invalid_reviews_are_refused_with_a_message(reviewed, action, changes, message):
    store, facts = reviewed
    key = facts["fact_key"].iloc[0]
    with pytest.raises(ReviewError, match=message.replace("(", r"\(").replace(")", r"\)")):
        store.review(key, action, changes)
    assert store.review_history(key).empty


def test_review_of_an_unknown_fact_is_refused(store):
    with pytest.raises(ReviewError, match="no fact with key"):
        store.review("0123456789abcdef", "confirm")


def test_review_statuses_are_the_documented_ones(reviewed):
    store, _ = reviewed
    assert set(store.facts(include_rejected=True)["review_status"]) <= set(REVIEW_STATUSES)


# -- reparse and export ------------------------------------------------------------------------

def test_reparse_keeps_reviews_that_still_apply_and_reports_orphans(store_url, folder):
    with Store(store_url, parse=fake_parse) as store:
        store.ingest_paths([folder])
        facts = store.facts()
        targets = facts[facts.metric == "target"]["fact_key"].tolist()
        turnovers = facts[facts.metric == "turnover"]["fact_key"].tolist()
        store.review(turnovers[0], "correct", {"value": 9e9})
        store.review(targets[0], "reject")

    def improved(data: bytes, source: str) -> ParsedArticle:
        """A 'better parser' that now reads targets as 10% higher: their keys change."""
        parsed = fake_parse(data, source)
        for fact in parsed.facts:
            if fact.metric == "target":
                fact.value *= 1.1
        return parsed

    with Store(store_url, parse=improved) as store:
        report = store.reparse()
        assert (report.articles, report.facts_before, report.facts_after) == (4, 6, 6)
        assert (report.reviews_kept, report.reviews_orphaned) == (1, 1)
        assert _one(store, turnovers[0]).value == 9e9
        assert len(store.facts()) == 6  # the rejected target's key is gone: its new form is unreviewed


def test_export_has_exactly_the_parser_columns_without_rejected_facts(reviewed, tmp_path):
    store, facts = reviewed
    store.review(facts["fact_key"].iloc[0], "reject")
    facts_csv, articles_csv = store.export(tmp_path / "out")
    exported_facts, exported_articles = pd.read_csv(facts_csv), pd.read_csv(articles_csv)
    assert list(exported_facts.columns) == FACT_COLUMNS
    assert list(exported_articles.columns) == ARTICLE_COLUMNS
    assert len(exported_facts) == len(facts) - 1
    assert exported_articles["n_facts"].sum() == len(exported_facts)


def test_injected_facts_round_trip_every_field(store):
    fact = Fact(
        source="full.txt", article_date=dt.date(2024, 2, 29), country_a="AZE", country_b="KAZ",
        metric="exports", exporter="KAZ", value=1.25e8, currency="EUR", value_usd=1.35e8,
        qualifier="over", growth_pct=-12.5, period_start=dt.date(2023, 1, 1), period_end=dt.date(2023, 6, 30),
        target_year=None, target_reached=None, evidence='Kazakh exports, "topped\nEUR 125 million" — ok, \\N, ""',
        evidence_start=3, evidence_end=55,
    )
    parsed = ParsedArticle(source="full.txt", article_date=fact.article_date, title="T", outlet="O", facts=[fact])
    with Store(store.url, parse=lambda data, source: parsed) as injected:
        injected.ingest_document("full.txt", b"any text")
        row = injected.facts().iloc[0]
    expected = {**fact.__dict__, "article_date": pd.Timestamp("2024-02-29"),
                "period_start": pd.Timestamp("2023-01-01"), "period_end": pd.Timestamp("2023-06-30")}
    assert {name: (None if pd.isna(row[name]) else row[name]) for name in FACT_COLUMNS} == expected


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t"])
def test_exported_csv_cells_never_start_a_formula(store, tmp_path, start):
    """Text from articles (evidence, title, outlet) reaches spreadsheets as text; numbers stay numbers."""
    fact = Fact(source="f.txt", article_date=dt.date(2024, 1, 2), country_a="KAZ", country_b="TUR",
                metric="turnover", exporter=None, value=1e9, currency="USD", value_usd=1e9, qualifier=None,
                growth_pct=-3.5, period_start=None, period_end=None, target_year=None, target_reached=None,
                evidence=f'{start}HYPERLINK("http://evil.example","x")', evidence_start=0, evidence_end=5)
    parsed = ParsedArticle(source="f.txt", article_date=fact.article_date, title=f"{start}cmd|' /C calc'!A0",
                           outlet=f"{start}1+1", facts=[fact])
    with Store(store.url, parse=lambda data, source: parsed) as injected:
        injected.ingest_document("f.txt", b"text")
        store.review(injected.facts()["fact_key"].iloc[0], "confirm", note=f"{start}SUM(A1)", reviewer=f"{start}x")
        paths = [*injected.export(tmp_path), injected.export_reviews(tmp_path)]
    cells = [cell for path in paths for row in csv.reader(path.open(encoding="utf-8")) for cell in row]
    assert "-3.5" in cells  # a negative number is data
    assert [c for c in cells if c.startswith(("=", "+", "-", "@", "\t")) and c != "-3.5"] == []
    assert any(c.startswith(f"'{start}HYPERLINK") for c in cells)

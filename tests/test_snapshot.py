"""The dashboard's copy of the store (app.snapshot, app.view): as new as the store on every page run,
refreshed bucket by bucket to exactly what a build from scratch gives, and read a view at a time
with the same rows as the in-memory tables."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st_hyp

from app import snapshot as snapshot_module
from app.filters import FilterState, apply_filter, filter_sql, pairs_matching
from app.model import prepare
from app.snapshot import Snapshot
from app.synthetic import articles_for, fact_row, facts_of, seed_store
from app.view import View
from store import Store
from store_fakes import fake_parse

ROOT = Path(__file__).resolve().parent.parent
ROWS = [
    fact_row(source="kt-1.txt", year=2021, value=5.3e9, article_date=dt.date(2022, 5, 10),
             evidence="Trade between Kazakhstan and Turkey was $5.3 billion in 2021."),
    fact_row(source="kt-2.txt", year=2021, value=5.3e9, article_date=dt.date(2022, 6, 1),
             evidence="Kazakh-Turkish trade was $5.3 billion last year."),
    fact_row(source="kt-2.txt", metric="target", value=10e9, target_year=2030, article_date=dt.date(2022, 6, 1),
             evidence="The leaders want trade of $10 billion by 2030."),
    fact_row(source="ck-1.txt", country_a="CHN", country_b="KAZ", year=2022, value=31.2e9,
             article_date=dt.date(2023, 1, 20), evidence="China-Kazakhstan trade reached $31.2 billion in 2022."),
    fact_row(source="ck-2.txt", country_a="CHN", country_b="KAZ", year=2022, value=24e9,
             article_date=dt.date(2023, 4, 20), evidence="Trade came to $24 billion in 2022."),
    fact_row(source="ck-2.txt", country_a="CHN", country_b="KAZ", metric="exports", exporter="KAZ", year=2022,
             value=12e9, article_date=dt.date(2023, 4, 20), evidence="Kazakh exports to China were $12 billion."),
    fact_row(source="undated.txt", country_a="KAZ", country_b="UZB", value=4e9, period_start=None,
             period_end=None, article_date=None, evidence="Uzbek-Kazakh trade stands at $4 billion."),
    fact_row(source="eur.txt", country_a="DEU", country_b="KAZ", year=2019, value=3e9, currency="EUR",
             value_usd=None, article_date=dt.date(2020, 2, 1), evidence="Trade with Germany was EUR 3 billion."),
]
OBS_KEY = ["pair", "metric", "exporter", "value_usd", "period_start", "period_end", "target_year"]


@pytest.fixture
def store(store_url):
    seed_store(store_url, ROWS, outlet="Kazinform")
    with Store(store_url, parse=fake_parse) as opened:
        yield opened


def view_of(store: Store, folder: Path) -> View:
    snapshot = Snapshot(store, folder)
    return View(snapshot, snapshot.current())


def content(view: View) -> dict[str, pd.DataFrame]:
    """What a copy says, independent of how it was cut into buckets and files."""
    obs = view.observations(FilterState()).drop(columns=["obs_id", "newest_fact_id"])
    facts = view.reports(FilterState()).drop(columns=["obs_id", "report_rank"])
    for frame in (obs, facts):
        for name in frame.columns:
            if frame[name].dtype == "string":
                frame[name] = frame[name].astype(object)
    sort = lambda frame, by: frame.sort_values(by, kind="stable").reset_index(drop=True)  # noqa: E731
    progress = view.progress.drop(columns=["target_obs", "turnover_obs"])
    return {"obs": sort(obs, [*OBS_KEY, "last_reported"]).astype(str), "facts": sort(facts, ["fact_id"]).astype(str),
            "progress": progress.astype(str), "overview": view.overview.drop(columns=["bucket"]).astype(str),
            "pairs": sort(view.pair_table.drop(columns=["bucket"]), ["pair"]).astype(str)}


def assert_same_as_a_new_build(store: Store, refreshed: View, tmp_path: Path) -> None:
    fresh = view_of(store, tmp_path / f"fresh-{os.urandom(4).hex()}")
    assert refreshed.manifest.version == fresh.manifest.version
    for name, frame in content(fresh).items():
        pd.testing.assert_frame_equal(content(refreshed)[name], frame, obj=name)


# -- the store's version ---------------------------------------------------------------------------

WRITES = [
    ("a new article", lambda s: s.ingest_text("Trade between Russia and China reached $200 billion in 2023.", "rc"), 1),
    ("the same article again", lambda s: s.ingest_text("Trade between Kazakhstan and Turkey was $5.3 billion in 2021.", "kt-1.txt"), 0),
    ("a file that fails", lambda s: s.ingest_document("bad.txt", b"\x00\x01"), 1),
    ("a review", lambda s: s.review(s.facts()["fact_key"].iloc[0], "confirm", reviewer="Ana"), 1),
    ("a reparse of every article", lambda s: s.reparse(), len({r["source"] for r in ROWS})),
]


@pytest.mark.parametrize("what, write, raised", WRITES, ids=[w[0] for w in WRITES])
def test_every_write_raises_the_store_version_and_says_what_it_touched(store, what, write, raised):
    before = store.version()
    write(store)
    after = store.version()
    assert after.store_id == before.store_id and after.version == before.version + raised
    changes = store.changes_since(before.version)
    assert changes.writes == raised and not changes.everything
    assert bool(changes.article_ids or changes.fact_keys) == bool(raised)


def test_a_new_store_at_the_same_place_has_another_id(tmp_path):
    url = f"sqlite:///{tmp_path / 'trade.db'}"
    with Store(url) as first:
        old = first.version()
    (tmp_path / "trade.db").unlink()
    with Store(url) as second:
        assert second.version().store_id != old.store_id


# -- fresh on the next page run ----------------------------------------------------------------------

def _correct_pair(store: Store) -> None:
    key = store.facts().set_index("source").loc["kt-1.txt", "fact_key"]
    store.review(key, "correct", {"pair": "KAZ-KGZ"}, reviewer="Ana")


def _reject(store: Store) -> None:
    store.review(store.facts().set_index("source").loc["ck-1.txt", "fact_key"], "reject", note="wrong", reviewer="Ana")


def _correct_value(store: Store) -> None:
    key = store.facts().set_index("source").loc["ck-1.txt", "fact_key"]
    store.review(key, "correct", {"value": 32e9}, reviewer="Ana")


def _replace(store: Store) -> None:
    store.ingest_text("Trade between Kazakhstan and Turkey reached $6 billion in 2022.", "kt-1.txt")


FRESHNESS = [  # (write, filter, what the view must show after it)
    ("ingest a new pair", lambda s: s.ingest_text("Trade between Russia and China reached $200 billion in 2023.", "rc"),
     FilterState(pairs=("CHN-RUS",)), lambda v, f: list(v.observations(f)["value_usd"]) == [200e9]),
    ("replace an article", _replace, FilterState(pairs=("KAZ-TUR",)),
     lambda v, f: 6e9 in set(v.observations(f)["value_usd"]) and "kt-1.txt" in set(v.reports(f, where="value_usd = 6e9")["source"])),
    ("correct a value", _correct_value, FilterState(pairs=("CHN-KAZ",)),
     lambda v, f: 32e9 in set(v.observations(f)["value_usd"]) and 31.2e9 not in set(v.observations(f)["value_usd"])),
    ("correct a pair", _correct_pair, FilterState(focus="KAZ"),
     lambda v, f: "KAZ-KGZ" in v.pairs and list(v.reports(FilterState(pairs=("KAZ-TUR",)))["source"]) == ["kt-2.txt", "kt-2.txt"]),
    ("reject a fact", _reject, FilterState(pairs=("CHN-KAZ",)),
     lambda v, f: "ck-1.txt" not in set(v.reports(f)["source"]) and not v.observations(f)["conflict"].any()),
]


@pytest.mark.parametrize("what, write, state, shows", FRESHNESS, ids=[f[0] for f in FRESHNESS])
def test_a_write_shows_in_the_next_view_and_equals_a_new_build(store, tmp_path, what, write, state, shows):
    before = view_of(store, tmp_path / "copy")
    assert not shows(before, state)
    write(store)
    after = view_of(store, tmp_path / "copy")
    assert after.manifest.version > before.manifest.version
    assert shows(after, state)
    assert_same_as_a_new_build(store, after, tmp_path)


def test_the_copy_holds_what_the_in_memory_tables_hold(store, tmp_path, monkeypatch):
    monkeypatch.setattr(snapshot_module, "BUCKET_FACTS", 1)  # as many buckets as pairs: groups cut across them
    monkeypatch.setattr(snapshot_module, "GROUP_FACTS", 3)
    view = view_of(store, tmp_path / "copy")
    assert view.manifest.buckets == 8 and len(view.manifest.obs) > 2
    tables = prepare(store.articles(), store.facts())
    copied = view.observations(FilterState()).sort_values(OBS_KEY).reset_index(drop=True)
    memory = tables.obs.sort_values(OBS_KEY).reset_index(drop=True)
    for name in ["pair", "metric", "value_usd", "n_sources", "first_reported", "last_reported", "conflict",
                 "period_text", "series", "full_year", "usd_rate"]:
        assert copied[name].astype(str).tolist() == memory[name].astype(str).tolist(), name
    # newest first as the figures expect: the same order as the in-memory observations
    assert view.observations(FilterState())["value_usd"].tolist() == tables.obs["value_usd"].tolist()
    pd.testing.assert_frame_equal(view.progress.drop(columns=["target_obs", "turnover_obs"]),
                                  tables.progress.drop(columns=["target_obs", "turnover_obs"]), check_dtype=False)
    ids = view.observations(FilterState(pairs=("CHN-KAZ",)))["obs_id"]
    sources = view.report_rows(ids, ["source"])["source"].tolist()
    memory_ids = tables.obs.loc[tables.obs["pair"] == "CHN-KAZ", "obs_id"]
    assert sources == tables.report_rows(memory_ids, ["source"])["source"].astype(str).tolist()


OPERATIONS = st_hyp.lists(st_hyp.tuples(
    st_hyp.sampled_from(["ingest", "replace", "confirm", "reject", "correct value", "correct pair"]),
    st_hyp.sampled_from(sorted({"Kazakhstan", "Turkey", "China", "Russia", "Azerbaijan"})),
    st_hyp.integers(0, 7)), min_size=1, max_size=4)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=OPERATIONS)
def test_any_writes_refresh_to_exactly_a_new_build(tmp_path_factory, monkeypatch, operations):
    monkeypatch.setattr(snapshot_module, "BUCKET_FACTS", 2)  # several buckets even for a few facts
    tmp = tmp_path_factory.mktemp("ops")
    url = f"sqlite:///{tmp / 'trade.db'}"
    seed_store(url, ROWS, outlet="Kazinform")
    with Store(url, parse=fake_parse) as store:
        view_of(store, tmp / "copy")
        for action, country, n in operations:
            keys = store.facts()["fact_key"].tolist()
            key = keys[n % len(keys)]
            if action in ("ingest", "replace"):
                name = f"op-{n}.txt" if action == "ingest" else ROWS[n]["source"]
                store.ingest_text(f"Trade between {country} and Kazakhstan reached ${n + 1} billion in 202{n % 4}."
                                  if country != "Kazakhstan" else "Nothing about trade.", name)
            elif action == "correct value":
                store.review(key, "correct", {"value": (n + 1) * 1e9}, reviewer="Ana")
            elif action == "correct pair":
                fact = store.facts().set_index("fact_key").loc[key]
                other = "KGZ" if "KGZ" not in (fact.country_a, fact.country_b) else "TJK"
                store.review(key, "correct", {"pair": f"{fact.country_a}-{other}", "exporter": None}, reviewer="Ana")
            else:
                store.review(key, action, note="checked", reviewer="Ana")
        assert_same_as_a_new_build(store, view_of(store, tmp / "copy"), tmp)


def test_a_copy_of_another_store_or_other_code_is_built_anew(store, tmp_path, monkeypatch):
    first = view_of(store, tmp_path / "copy")
    monkeypatch.setattr(snapshot_module, "code_fingerprint", lambda: "other code")
    again = view_of(store, tmp_path / "copy")
    assert again.manifest.code == "other code" and again.manifest.built_at >= first.manifest.built_at
    other = Store(f"sqlite:///{tmp_path / 'other.db'}", parse=fake_parse)
    other.ingest_text("Trade between Russia and China reached $200 billion in 2023.", "rc")
    assert view_of(other, tmp_path / "copy").pairs == ["CHN-RUS"]  # same folder, other store: not its pairs


def test_a_bulk_load_that_says_nothing_rebuilds_everything(store, tmp_path):
    from store.changes import record

    view_of(store, tmp_path / "copy")
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE facts SET value = value * 2, value_usd = value_usd * 2")
        record(conn)
    assert_same_as_a_new_build(store, view_of(store, tmp_path / "copy"), tmp_path)
    assert 62.4e9 in set(view_of(store, tmp_path / "copy").observations(FilterState())["value_usd"])


def test_replaced_files_are_deleted_only_after_a_while(store, tmp_path, monkeypatch):
    first = view_of(store, tmp_path / "copy")
    _correct_value(store)
    view_of(store, tmp_path / "copy")
    parts = tmp_path / "copy" / "parts"
    assert all((parts / name).exists() for name in first.manifest.files())  # a page run may still read them
    monkeypatch.setattr(snapshot_module, "RETIRE_AFTER_S", -1)
    _reject(store)
    latest = view_of(store, tmp_path / "copy")
    assert {p.name for p in parts.iterdir()} == latest.manifest.files()


def data_pairs(page) -> set[str]:
    from app.labels import pair_name

    shown = set(page.dataframe[0].value["Pair"])
    return {key for key in ["CHN-RUS", "CHN-KAZ", "KAZ-TUR"] if pair_name(key) in shown}


def test_a_write_by_another_process_shows_on_the_next_page_run(tmp_path, monkeypatch):
    """A teammate's CLI ingest and review reach a running dashboard's next page run (no waiting)."""
    from streamlit.testing.v1 import AppTest

    url = f"sqlite:///{tmp_path / 'trade.db'}"
    seed_store(url, ROWS, outlet="Kazinform")
    monkeypatch.setenv("TRADE_DB_URL", url)
    page = AppTest.from_file(str(ROOT / "pages" / "4_Data.py"), default_timeout=30)
    assert "CHN-RUS" not in data_pairs(page.run())
    article = tmp_path / "rc.txt"
    article.write_text("Trade between China and Russia reached $240 billion in 2023, customs said.")
    cli = [sys.executable, "-m", "store"]
    env = {**os.environ, "TRADE_DB_URL": url}
    subprocess.run([*cli, "ingest", str(article)], check=True, cwd=ROOT, env=env, capture_output=True)
    assert "CHN-RUS" in data_pairs(page.run())
    key = Store(url).facts().set_index("source").loc["kt-1.txt", "fact_key"]
    subprocess.run([*cli, "review", key, "--reject", "--note", "duplicate", "--reviewer", "Bo"], check=True,
                   cwd=ROOT, env=env, capture_output=True)
    assert "kt-1.txt" not in set(page.run().dataframe[0].value["Source"])


def test_an_upload_and_a_review_in_the_dashboard_show_on_the_next_run_of_other_pages(tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from app import data

    url = f"sqlite:///{tmp_path / 'trade.db'}"
    seed_store(url, ROWS, outlet="Kazinform")
    monkeypatch.setenv("TRADE_DB_URL", url)
    overview = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=30)
    assert overview.run().metric[0].value == "4"  # pairs
    (outcome,) = data.add_uploads([_Upload("rc.txt", b"Trade between China and Russia reached $240 billion in 2023.")])
    assert outcome.ok
    assert overview.run().metric[0].value == "5"
    targets = AppTest.from_file(str(ROOT / "pages" / "2_Targets.py"), default_timeout=30).run()
    assert targets.dataframe[0].value.set_index("Pair").loc["Kazakhstan – Türkiye", "Latest turnover"] == "$5.3 bn"
    key = Store(url).facts().set_index("source").loc["kt-2.txt"].query("metric == 'turnover'")["fact_key"].iloc[0]
    assert data.review(key, "correct", {"value": 5.5e9}, reviewer="Ana") is None
    table = targets.run().dataframe[0].value.set_index("Pair")
    assert table.loc["Kazakhstan – Türkiye", "Latest turnover"] == "$5.5 bn"


class _Upload:
    def __init__(self, name: str, data: bytes):
        self.name, self._data = name, data

    def getvalue(self) -> bytes:
        return self._data


# -- the filter in SQL ---------------------------------------------------------------------------------

CODES = ["CHN", "KAZ", "TUR", "UZB", "DEU", "RUS"]
STATES = st_hyp.builds(
    FilterState,
    focus=st_hyp.none() | st_hyp.sampled_from(CODES),
    partners=st_hyp.lists(st_hyp.sampled_from(CODES), max_size=2, unique=True).map(tuple),
    pairs=st_hyp.lists(st_hyp.sampled_from(["CHN-KAZ", "KAZ-TUR", "KAZ-UZB", "DEU-KAZ", "CHN-RUS"]),
                       max_size=2, unique=True).map(tuple),
    metrics=st_hyp.lists(st_hyp.sampled_from(["turnover", "exports", "imports", "target"]), max_size=2,
                         unique=True).map(tuple),
    start=st_hyp.none() | st_hyp.dates(dt.date(2018, 1, 1), dt.date(2024, 12, 31)),
    end=st_hyp.none() | st_hyp.dates(dt.date(2018, 1, 1), dt.date(2024, 12, 31)),
)
_TABLES = prepare(articles_for(facts_of(ROWS)), facts_of(ROWS))


@settings(max_examples=200, deadline=None)
@given(state=STATES)
def test_the_filter_in_sql_keeps_the_rows_apply_filter_keeps(state):
    frame = _TABLES.facts[["pair", "country_a", "country_b", "metric", "when_start", "when_end"]].copy()
    for name in ["pair", "country_a", "country_b", "metric"]:
        frame[name] = frame[name].astype(str)
    condition, params = filter_sql(state)
    with duckdb.connect() as con:
        con.register("facts", frame.assign(row=np.arange(len(frame))))
        kept = sorted(row for (row,) in con.execute(f"SELECT row FROM facts WHERE {condition}", params).fetchall())
    assert kept == np.flatnonzero(frame.index.isin(apply_filter(_TABLES.facts, state).index)).tolist()
    allowed = set(pairs_matching(state, frame["pair"].unique()))
    assert set(apply_filter(_TABLES.facts, state)["pair"].astype(str)) <= allowed


def test_the_timeline_reads_only_what_it_draws_and_draws_the_same(store, tmp_path):
    """At most MAX_PER_PERIOD figures per pair, series and period are drawn: the copy returns just
    those (and says how many it left out), and the chart is the one drawn from every figure."""
    from app import figures

    for n in range(3):  # three more sources for China - Kazakhstan 2022, each with its own figure
        store.ingest_text(f"Trade between China and Kazakhstan reached ${30 + n} billion in 2022.", f"more-{n}.txt")
    view = view_of(store, tmp_path / "copy")
    state = FilterState(pairs=("CHN-KAZ",))
    every = view.observations(state)
    rows, pairs_total, hidden = view.timeline_rows(state, max_pairs=6, per_period=2)
    assert len(rows) < len(every) and pairs_total == 1
    original = figures.MAX_PER_PERIOD
    try:
        figures.MAX_PER_PERIOD = 2
        from_every = figures.timeline_figure(every, view)
        from_rows = figures.timeline_figure(rows, view)
    finally:
        figures.MAX_PER_PERIOD = original
    assert hidden == from_every.points_hidden == 3 and from_rows.points_hidden == 0
    assert from_rows.figure.to_json() == from_every.figure.to_json()

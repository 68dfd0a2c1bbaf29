"""The schema is versioned: an older store is upgraded in place with its data, and the tables the
code uses (store/schema.py) are exactly what the migrations build."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from store import Store, database
from store.schema import metadata
from store_fakes import fake_parse

V1_ARTICLE = {
    "id": 1, "source": "old.txt", "content_hash": "ab" * 32, "raw": b"Old article text",
    "text": "Old article text", "article_date": dt.date(2022, 5, 10), "title": "Old", "outlet": None,
    "status": "ok", "message": "", "n_facts": 1, "parser_version": "v1",
    "ingested_at": dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc),
}
V1_FACT = {
    "id": 1, "article_id": 1, "fact_key": "00112233445566aa", "source": "old.txt",
    "article_date": dt.date(2022, 5, 10), "country_a": "KAZ", "country_b": "TUR", "metric": "turnover",
    "exporter": None, "value": 5e9, "currency": "USD", "value_usd": 5e9, "qualifier": "about",
    "growth_pct": 12.0, "period_start": dt.date(2021, 1, 1), "period_end": dt.date(2021, 12, 31),
    "target_year": None, "target_reached": None, "evidence": "Trade reached about $5 billion",
    "evidence_start": 0, "evidence_end": 30,
}


def _revision(engine: sa.Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def test_a_version_1_store_is_upgraded_in_place_with_its_data(store_url):
    engine = database.create_engine(store_url)
    database.upgrade(engine, "0001")
    assert _revision(engine) == "0001"
    v1 = sa.MetaData()
    v1.reflect(engine)
    assert "reviews" not in v1.tables
    with engine.begin() as conn:
        conn.execute(v1.tables["articles"].insert(), [V1_ARTICLE])
        conn.execute(v1.tables["facts"].insert(), [V1_FACT])
    engine.dispose()

    with Store(store_url, parse=fake_parse) as store:
        assert _revision(store.engine) == database.HEAD_REVISION
        fact = store.facts().iloc[0]
        assert (fact.fact_key, fact.value, fact.qualifier, fact.period_end) == (
            "00112233445566aa", 5e9, "about", pd.Timestamp("2021-12-31"))
        assert store.articles()["source"].tolist() == ["old.txt"]
        assert store.article_text("old.txt") == "Old article text"
        store.review("00112233445566aa", "correct", {"value": 5.5e9})  # the table v2 added
        assert store.facts().iloc[0].value == 5.5e9


def test_opening_a_current_store_again_changes_nothing(store_url):
    Store(store_url).close()
    with Store(store_url) as store:
        assert _revision(store.engine) == database.HEAD_REVISION


# SQLite cannot reflect the expression index on official figures' keys (coalesce(month, 0)); PostgreSQL
# compares it, so the check still covers it there.
@pytest.mark.filterwarnings("ignore:.*expression-based index:UserWarning",
                            "ignore:.*expression-based index:sqlalchemy.exc.SAWarning")
def test_the_tables_in_code_match_the_migrations(store_url):
    with Store(store_url) as store, store.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), metadata)
    assert differences == []


def test_a_store_from_a_newer_program_is_refused_with_a_message(tmp_path):
    url = f"sqlite:///{tmp_path / 'trade.db'}"
    Store(url).close()
    engine = database.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '0099'"))
    engine.dispose()
    with pytest.raises(RuntimeError, match="schema version 0099 is newer than this program knows"):
        Store(url)


def test_the_head_revision_the_store_knows_is_alembics_head():
    from alembic.script import ScriptDirectory

    assert ScriptDirectory.from_config(database.alembic_config()).get_current_head() == database.HEAD_REVISION


def test_an_up_to_date_store_opens_without_importing_alembic(tmp_path):
    """Alembic costs a fifth of a second at every dashboard start; it is only needed to upgrade."""
    url = f"sqlite:///{tmp_path / 'trade.db'}"
    Store(url).close()  # created and migrated
    code = ("import sys; from store import Store; Store(sys.argv[1]).close(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))")
    out = subprocess.run([sys.executable, "-c", code, url], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parent.parent)
    assert out.stdout.strip() == "[]"


def test_a_version_3_store_gets_the_old_values_of_its_corrections(store_url):
    """0004 fills in `previous` of corrections made before it: the article's value, then the earlier
    correction's, so the history reads old -> new for each."""
    engine = database.create_engine(store_url)
    database.upgrade(engine, "0003")
    v2 = sa.MetaData()
    v2.reflect(engine)
    now = dt.datetime(2024, 3, 1, tzinfo=dt.timezone.utc)
    review = {"fact_key": V1_FACT["fact_key"], "content_hash": V1_ARTICLE["content_hash"], "action": "correct",
              "note": "", "reviewer": "ana", "created_at": now}
    with engine.begin() as conn:
        conn.execute(v2.tables["articles"].insert(), [V1_ARTICLE])
        conn.execute(v2.tables["facts"].insert(), [V1_FACT])
        conn.execute(v2.tables["reviews"].insert(), [
            {**review, "changes": {"value": 5.5e9}},
            {**review, "action": "confirm", "changes": None},
            {**review, "changes": {"value": 6e9, "period_start": "2021-02-01"}},
        ])
    engine.dispose()
    with Store(store_url, parse=fake_parse) as store:
        history = store.review_history(V1_FACT["fact_key"])
    assert history["previous"].tolist() == [
        {"value": 5e9}, None, {"value": 5.5e9, "period_start": "2021-01-01"}]

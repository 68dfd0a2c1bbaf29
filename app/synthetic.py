"""Made-up fact tables in the parsers' exact schema, for tests and the dashboard benchmark.

Hand-written rows (`fact_row`) make test tables read as cases; `synthetic_frames` makes large
tables where, as in real news, most facts are reported by several articles.
"""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from app.labels import country_name
from parsers.schema import ARTICLE_COLUMNS, ARTICLE_DTYPES, FACT_COLUMNS, FACT_DTYPES, typed_frame

DEFAULT_FACT = {
    "source": "a1.txt", "article_date": dt.date(2023, 1, 20), "country_a": "KAZ", "country_b": "TUR",
    "metric": "turnover", "exporter": None, "value": 5e9, "currency": "USD", "value_usd": 5e9,
    "qualifier": None, "growth_pct": None, "period_start": dt.date(2022, 1, 1),
    "period_end": dt.date(2022, 12, 31), "target_year": None, "target_reached": None,
    "evidence": "Trade between Kazakhstan and Turkey reached 5 billion dollars in 2022.",
    "evidence_start": 0, "evidence_end": 70,
}


def fact_row(**overrides) -> dict:
    """One fact with sensible defaults; `year=2021` is short for the full calendar year."""
    row = dict(DEFAULT_FACT)
    if "year" in overrides:
        year = overrides.pop("year")
        row.update(period_start=dt.date(year, 1, 1), period_end=dt.date(year, 12, 31))
    if "value" in overrides and "value_usd" not in overrides:
        overrides["value_usd"] = overrides["value"]
    if overrides.get("metric") == "target":
        row.update(period_start=None, period_end=None)
    row.update(overrides)
    for name in ("article_date", "period_start", "period_end"):
        if isinstance(row[name], str):
            row[name] = dt.date.fromisoformat(row[name])
    return row


def facts_of(rows: list[dict]) -> pd.DataFrame:
    return typed_frame(rows, FACT_COLUMNS, FACT_DTYPES)


def articles_for(facts: pd.DataFrame, outlet: str = "Test Wire") -> pd.DataFrame:
    """One article row per source in these facts."""
    per_source = facts.groupby("source", observed=True).agg(
        article_date=("article_date", "max"), n_facts=("metric", "size"))
    rows = [
        {"source": s, "article_date": r.article_date, "title": f"Article {s}", "outlet": outlet,
         "status": "ok", "message": "", "n_facts": int(r.n_facts)}
        for s, r in per_source.iterrows()
    ]
    return typed_frame(rows, ARTICLE_COLUMNS, ARTICLE_DTYPES)


COUNTRIES = ["KAZ", "TUR", "RUS", "CHN", "KGZ", "GBR", "UZB", "AZE", "DEU", "FRA", "IND", "USA",
             "EUU", "ITA", "JPN", "KOR", "IRN", "PAK", "TKM", "TJK", "MNG", "ARE", "SAU", "EGY"]


OUTLETS = [f"{city} {kind}" for city in ("Astana", "Ankara", "Moscow", "Beijing", "Bishkek", "London",
                                         "Tashkent", "Baku") for kind in ("Times", "Daily", "Wire", "Herald", "Post")]
SPEAKERS = ["the deputy minister of trade", "the ambassador", "a spokesperson for the ministry of economy",
            "the head of the chamber of commerce", "the prime minister"]


FACTS_PER_ARTICLE = 5
YEARS = 26  # articles from 2001 to 2026


def synthetic_frames(n_facts: int, n_pairs: int = 200, reports_per_fact: int = 8,
                     seed: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(articles, facts) with `n_facts` rows over `n_pairs` pairs, each fact reported several times."""
    rng = np.random.default_rng(seed)
    codes = np.array(COUNTRIES)
    all_pairs = [(a, b) for i, a in enumerate(sorted(codes)) for b in sorted(codes)[i + 1:]]
    pairs = np.array(all_pairs[:n_pairs])
    n_distinct = max(n_facts // reports_per_fact, 1)
    pick = rng.integers(0, len(pairs), n_distinct)
    metric = rng.choice(np.array(["turnover", "exports", "imports", "target"]), n_distinct,
                        p=[0.5, 0.2, 0.2, 0.1])
    year = rng.integers(2000, 2026, n_distinct)
    months = rng.choice(np.array([12, 12, 12, 6, 9, 1]), n_distinct)
    value = np.round(rng.lognormal(21, 1.2, n_distinct), -6)
    start = pd.to_datetime(pd.DataFrame({"year": year, "month": 1, "day": 1}))
    end = (start + pd.to_timedelta(months * 31, unit="D")).dt.to_period("M").dt.to_timestamp() - pd.Timedelta(days=1)
    is_target = metric == "target"
    distinct = pd.DataFrame({
        "country_a": pairs[pick, 0], "country_b": pairs[pick, 1], "metric": metric,
        "exporter": np.where(np.isin(metric, ["exports", "imports"]), pairs[pick, 0], None),
        "value": value, "period_start": start.where(~is_target), "period_end": end.where(~is_target),
        "target_year": np.where(is_target, year + 8, None),
    })
    rep = rng.integers(0, n_distinct, n_facts)
    facts = distinct.iloc[rep].reset_index(drop=True)
    # About five facts per article, each article from the year after the figures it reports: the
    # article number says its year (no % YEARS) and its month, so one article has one date.
    published = np.minimum(year[rep] + 1, 2026) - 2001
    per_year = max(n_facts // FACTS_PER_ARTICLE // YEARS, 1)
    article_no = rng.integers(0, per_year, n_facts) * YEARS + published
    outlet = (article_no // YEARS) % len(OUTLETS)
    facts["article_date"] = pd.to_datetime(
        pd.DataFrame({"year": 2001 + article_no % YEARS, "month": 1 + (article_no // YEARS) % 12, "day": 1}))
    # Sources and evidence as long and as varied as the store holds them: one URL-like name per
    # article, and a sentence of about 200 characters naming the pair, the figure and who said it.
    facts["source"] = (pd.Series(np.array(OUTLETS)[outlet]).str.lower().str.replace(" ", "-", regex=False)
                       + facts["article_date"].dt.strftime("/%Y/%m/trade-news-")
                       + pd.Series(article_no).astype(str).str.zfill(8) + ".html")
    facts["currency"] = "USD"
    facts["value_usd"] = facts["value"]
    facts["qualifier"] = None
    facts["growth_pct"] = np.round(rng.normal(5, 10, n_facts), 1)
    facts["target_reached"] = None
    names = {code: country_name(code) for code in COUNTRIES}
    facts["evidence"] = (
        facts["country_a"].map(names) + " and " + facts["country_b"].map(names) + " "
        + np.where(facts["metric"].eq("target").to_numpy(), "aim to raise", "reported")
        + " their " + facts["metric"].astype(str) + " to $" + (facts["value"] / 1e9).round(2).astype(str)
        + " billion" + np.where(facts["metric"].eq("target").to_numpy(), " in the coming years",
                                " in " + facts["period_start"].dt.year.astype("Int64").astype(str))
        + ", " + pd.Series(np.array(SPEAKERS)[article_no % len(SPEAKERS)]) + " told "
        + pd.Series(np.array(OUTLETS)[outlet]) + " in an interview published in issue "
        + pd.Series(article_no).astype(str) + ", adding that talks on logistics would continue."
    )
    facts["evidence_start"] = 0
    facts["evidence_end"] = facts["evidence"].str.len()
    facts["confidence"] = np.round(rng.uniform(0.5, 1.0, n_facts), 2)  # the parser's, 0..1
    facts = facts[FACT_COLUMNS]
    for name, kind in FACT_DTYPES.items():
        facts[name] = facts[name].astype(kind)
    sources = facts["source"].unique()
    articles = pd.DataFrame({
        "source": sources, "article_date": pd.NaT, "title": "Synthetic article",
        "outlet": pd.Series(sources).str.extract(r"^([^/]+)/", expand=False).map(
            {name.lower().replace(" ", "-"): name for name in OUTLETS}),
        "status": "ok", "message": "", "n_facts": 1,
    })[ARTICLE_COLUMNS]
    for name, kind in ARTICLE_DTYPES.items():
        articles[name] = articles[name].astype(kind)
    return articles, facts


def seed_store(url: str, rows: list[dict], outlet: str = "Test Wire") -> None:
    """Fill a store with these facts, whatever the parser would find: each source becomes an
    article whose text is its facts' evidence sentences, parsed by a stand-in that returns them."""
    from parsers.schema import Fact, ParsedArticle
    from store import Store

    by_source: dict[str, list[dict]] = {}
    for row in rows:
        by_source.setdefault(row["source"], []).append(row)
    parsed = {}
    for source, facts in by_source.items():
        text, placed = "", []
        for row in facts:
            if row["evidence"] not in text:
                text += ("\n\n" if text else "") + row["evidence"]
            start = text.index(row["evidence"])
            placed.append(Fact(**{**row, "evidence_start": start, "evidence_end": start + len(row["evidence"])}))
        parsed[source] = (text, ParsedArticle(source=source, article_date=facts[0]["article_date"],
                                              title=f"Report {source}", outlet=outlet, facts=placed))
    store = Store(url, parse=lambda data, source: parsed[source][1])
    try:
        for source, (text, _) in parsed.items():
            store.ingest_document(source, text.encode("utf-8"))
    finally:
        store.close()

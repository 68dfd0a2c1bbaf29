"""The shape of the parsers' output: the one contract between parsers, store and dashboard.

Everything downstream (the store's tables, the CSV files, the dashboard's frames) is built from
these column lists and dtypes, so a column is added here once and nowhere else.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Optional

import pandas as pd

# Codes for sides that ISO 3166-1 does not list: the EU as a whole, and Kosovo's user-assigned code.
NOT_ISO_COUNTRIES = {"EUU": "European Union", "XKX": "Kosovo"}
METRICS = ("turnover", "exports", "imports", "target")
QUALIFIERS = ("over", "about", "nearly")
STATUSES = ("ok", "no_facts", "error")


@dataclass
class Fact:
    """One bilateral trade figure as the article states it, with the sentence that says so."""

    source: str
    article_date: Optional[dt.date]
    country_a: str
    country_b: str
    metric: str
    exporter: Optional[str]
    value: float
    currency: str
    value_usd: Optional[float]
    qualifier: Optional[str]
    growth_pct: Optional[float]
    period_start: Optional[dt.date]
    period_end: Optional[dt.date]
    target_year: Optional[int]
    target_reached: Optional[bool]
    evidence: str
    evidence_start: int
    evidence_end: int
    confidence: float = 1.0  # 0 to 1: how the fact's slots were filled (parsers/confidence.py)


@dataclass
class ParsedArticle:
    """An article's metadata, its parse status and the facts found in it."""

    source: str
    article_date: Optional[dt.date] = None
    title: Optional[str] = None
    outlet: Optional[str] = None
    status: str = "ok"
    message: str = ""
    facts: list[Fact] = field(default_factory=list)

    @property
    def n_facts(self) -> int:
        return len(self.facts)


FACT_COLUMNS: list[str] = [f.name for f in fields(Fact)]
ARTICLE_COLUMNS: list[str] = [
    "source", "article_date", "title", "outlet", "status", "message", "n_facts",
]

# pandas dtypes per column; dates are datetime64 (day precision) so they filter and plot directly.
FACT_DTYPES: dict[str, str] = {
    "source": "string",
    "article_date": "datetime64[ns]",
    "country_a": "string",
    "country_b": "string",
    "metric": "string",
    "exporter": "string",
    "value": "float64",
    "currency": "string",
    "value_usd": "Float64",
    "qualifier": "string",
    "growth_pct": "Float64",
    "period_start": "datetime64[ns]",
    "period_end": "datetime64[ns]",
    "target_year": "Int64",
    "target_reached": "boolean",
    "evidence": "string",
    "evidence_start": "Int64",
    "evidence_end": "Int64",
    "confidence": "float64",
}
ARTICLE_DTYPES: dict[str, str] = {
    "source": "string",
    "article_date": "datetime64[ns]",
    "title": "string",
    "outlet": "string",
    "status": "string",
    "message": "string",
    "n_facts": "int64",
}


def typed_frame(rows: list[dict], columns: list[str], dtypes: dict[str, str]) -> pd.DataFrame:
    """Build a frame with exactly these columns and dtypes, also when there are no rows."""
    frame = pd.DataFrame(rows, columns=columns)
    for name in columns:
        kind = dtypes[name]
        if kind.startswith("datetime64"):
            frame[name] = pd.to_datetime(frame[name], errors="coerce").astype(kind)
        else:
            frame[name] = frame[name].astype(kind)
    return frame


def facts_frame(articles: list[ParsedArticle]) -> pd.DataFrame:
    """All facts of these articles as one typed frame in FACT_COLUMNS order."""
    rows = [{name: getattr(f, name) for name in FACT_COLUMNS} for a in articles for f in a.facts]
    return typed_frame(rows, FACT_COLUMNS, FACT_DTYPES)


def articles_frame(articles: list[ParsedArticle]) -> pd.DataFrame:
    """One typed row per article in ARTICLE_COLUMNS order."""
    rows = [
        {
            "source": a.source, "article_date": a.article_date, "title": a.title,
            "outlet": a.outlet, "status": a.status, "message": a.message, "n_facts": a.n_facts,
        }
        for a in articles
    ]
    return typed_frame(rows, ARTICLE_COLUMNS, ARTICLE_DTYPES)

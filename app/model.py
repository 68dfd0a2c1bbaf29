"""The dashboard's in-memory tables, prepared once per data change so every interaction is cheap.

Facts arrive as the parsers/store give them (one row per fact per article). Here they get a pair key
and categorical codes, and facts that several articles report are grouped into one observation
(`obs_id`) that the figures draw once, with all its sources.
"""
from __future__ import annotations

import ctypes
import gc
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd
import pyarrow

from app import hover
from app.labels import PAIR_SEP
from app.targets import target_progress

# What makes two reported facts the same fact (the article and its sentence do not).
SAME_FACT = ["pair", "metric", "exporter", "value_usd", "period_start", "period_end", "target_year"]
RELEASE_FROM_ROWS = 100_000  # below this the scratch memory is small and a full gc pass costs more
CATEGORICAL = ["source", "country_a", "country_b", "metric", "exporter", "currency", "qualifier", "outlet"]


@dataclass(frozen=True)
class Tables:
    """Everything pages read: articles, facts (one per report) and observations (one per fact)."""

    articles: pd.DataFrame
    facts: pd.DataFrame
    obs: pd.DataFrame

    @cached_property
    def countries(self) -> list[str]:
        codes = set(self.obs["country_a"].dropna().unique()) | set(self.obs["country_b"].dropna().unique())
        return sorted(codes)

    @cached_property
    def pairs(self) -> list[str]:
        return sorted(self.obs["pair"].dropna().unique())

    @property
    def is_empty(self) -> bool:
        return self.obs.empty

    @cached_property
    def progress(self) -> pd.DataFrame:
        """Target progress of every pair, computed once per data version (see targets.progress_for)."""
        return target_progress(self.obs)


def prepare(articles: pd.DataFrame, facts: pd.DataFrame) -> Tables:
    """Add pair keys, outlets and observation ids; group repeated reports of one fact."""
    facts = facts.copy()
    facts["pair"] = _pair_column(facts["country_a"], facts["country_b"])
    # A figure in another currency without a USD conversion cannot be compared; keep its value.
    facts["value_usd"] = facts["value_usd"].astype("float64").fillna(
        facts["value"].where(facts["currency"].fillna("USD").eq("USD"))
    )
    outlets = articles.drop_duplicates("source").set_index("source")["outlet"]
    facts["outlet"] = facts["source"].map(outlets).astype("string")
    # The span a fact speaks about: its period, or for targets/undated figures the article date.
    facts["when_start"] = facts["period_start"].fillna(facts["article_date"])
    facts["when_end"] = facts["period_end"].fillna(facts["article_date"])
    for name in CATEGORICAL:
        facts[name] = facts[name].astype("category")
    facts["obs_id"] = facts.groupby(SAME_FACT, dropna=False, observed=True, sort=False).ngroup()
    tables = Tables(articles=articles, facts=facts, obs=_observations(facts))
    if len(facts) >= RELEASE_FROM_ROWS:
        release_unused_memory()
    return tables


def release_unused_memory() -> None:
    """Hand the scratch memory of preparing back to the OS (arrow's pool and glibc's heap keep it
    otherwise): on a million facts the process shrinks from about 1 GB to under 400 MB."""
    gc.collect()
    pyarrow.default_memory_pool().release_unused()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to trim
        pass


def _pair_column(a: pd.Series, b: pd.Series) -> pd.Series:
    a = a.astype("string").fillna("")
    b = b.astype("string").fillna("")
    first = a.where(a <= b, b)
    second = b.where(a <= b, a)
    return (first + PAIR_SEP + second).astype("category")


def _observations(facts: pd.DataFrame) -> pd.DataFrame:
    """One row per distinct fact: the newest report's details plus how many reported it and since when."""
    if facts.empty:
        obs = facts.copy()
        for name, kind in (("n_sources", "int64"), ("first_reported", "datetime64[ns]"),
                           ("last_reported", "datetime64[ns]"), ("full_year", "bool"), ("mid", "datetime64[ns]"),
                           ("series", "object"), ("period_text", "object"), ("hover", "object")):
            obs[name] = pd.Series(dtype=kind)
        return obs
    newest_first = facts.sort_values("article_date", ascending=False, na_position="last", kind="stable")
    obs = newest_first.drop_duplicates("obs_id").set_index("obs_id")
    grouped = facts.groupby("obs_id")["article_date"]
    obs["n_sources"] = facts["obs_id"].value_counts()
    obs["first_reported"] = grouped.min()
    obs["last_reported"] = grouped.max()
    obs["full_year"] = _full_year(obs["period_start"], obs["period_end"])
    obs = obs.reset_index()
    # Labels every figure and table needs, made once here rather than on each filter change.
    obs["mid"] = obs["when_start"] + (obs["when_end"] - obs["when_start"]) / 2
    obs["series"] = hover.series_column(obs)
    obs["period_text"] = hover.period_column(obs)
    obs["hover"] = hover.hover_column(obs, facts)
    return obs


def _full_year(start: pd.Series, end: pd.Series) -> pd.Series:
    return (
        start.dt.month.eq(1) & start.dt.day.eq(1) & end.dt.month.eq(12) & end.dt.day.eq(31)
    ).fillna(False).astype(bool)


def sources_of(tables: Tables, obs_ids) -> pd.DataFrame:
    """The reports (source, outlet, article date, evidence) behind these observations, newest first."""
    reports = tables.facts[tables.facts["obs_id"].isin(np.asarray(list(obs_ids)))]
    return reports.sort_values("article_date", ascending=False, na_position="last")[
        ["obs_id", "source", "outlet", "article_date", "evidence"]
    ]


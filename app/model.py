"""The dashboard's in-memory tables, prepared once per data change so every interaction is cheap.

Facts arrive as the parsers/store give them (one row per fact per article). Here they get a pair key
and categorical codes, and facts that several articles report are grouped into one observation
(`obs_id`) that the figures draw once, with all its sources.

A million facts must fit next to everything else in well under 1 GB and prepare in a few seconds,
so nothing here is built per row in Python and nothing long is copied: observations hold codes,
numbers and dates only (their evidence and sources stay in the facts and are looked up through
`reports`/`starts` for the few points a figure draws, see app.hover).
"""
from __future__ import annotations

import ctypes
import gc
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd
import pyarrow

from app.currency import usd_rates
from app.labels import PAIR_SEP, country_name, day, pair_name, period_label, series_name
from app.targets import target_progress

# What makes two reported facts the same fact (the article and its sentence do not).
SAME_FACT = ["pair", "metric", "exporter", "value_usd", "period_start", "period_end", "target_year"]
CONFLICT_TOLERANCE = 0.01  # sources more than 1% apart on one figure disagree
RELEASE_FROM_ROWS = 100_000  # below this the scratch memory is small and a full gc pass costs more
CATEGORICAL = ["source", "country_a", "country_b", "metric", "exporter", "currency", "qualifier", "outlet",
               "review_status"]
# Columns of a fact that describe the fact itself; an observation takes them from its newest report.
# (evidence, offsets, keys and review notes are per report: they stay in `facts`.)
OBS_FROM_FACT = ["source", "article_date", "country_a", "country_b", "pair", "metric", "exporter", "value",
                 "currency", "value_usd", "qualifier", "growth_pct", "period_start", "period_end",
                 "target_year", "target_reached", "outlet", "when_start", "when_end", "usd_rate"]
_NAT = np.iinfo("int64").min  # how numpy stores NaT in datetime64 as int64


@dataclass(frozen=True)
class Tables:
    """Everything pages read: articles, facts (one per report) and observations (one per fact).

    `reports` lists fact row positions grouped by observation, newest report first; the reports of
    observation i are `reports[starts[i]:starts[i + 1]]` (see reports_of)."""

    articles: pd.DataFrame
    facts: pd.DataFrame
    obs: pd.DataFrame
    reports: np.ndarray
    starts: np.ndarray

    @cached_property
    def countries(self) -> list[str]:
        """Codes of every country in the facts, in the order of their names (as the pages list them)."""
        codes = set(self.obs["country_a"].dropna().unique()) | set(self.obs["country_b"].dropna().unique())
        return sorted(codes, key=lambda code: (country_name(code), code))

    @cached_property
    def pairs(self) -> list[str]:
        """Pair keys in the order of their names ('Kazakhstan – United Kingdom' after 'Egypt – …')."""
        return sorted(self.obs["pair"].dropna().unique(), key=lambda key: (pair_name(key), key))

    @property
    def is_empty(self) -> bool:
        return self.obs.empty

    @cached_property
    def progress(self) -> pd.DataFrame:
        """Target progress of every pair, computed once per data version (see targets.progress_for)."""
        return target_progress(self.obs)

    def reports_of(self, obs_ids: Iterable[int], limit: int | None = None) -> np.ndarray:
        """Fact row positions of these observations' reports, grouped by observation, newest first
        (at most `limit` per observation)."""
        ids = np.asarray(list(obs_ids) if not isinstance(obs_ids, (np.ndarray, pd.Series)) else obs_ids,
                         dtype="int64")
        first = self.starts[ids]
        counts = self.starts[ids + 1] - first
        if limit is not None:
            counts = np.minimum(counts, limit)
        # positions first[k], first[k]+1, ... counts[k] of them, for every k, without a Python loop
        offsets = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
        return self.reports[np.repeat(first, counts) + offsets]


    def report_rows(self, obs_ids, columns: list[str], limit: int | None = None) -> pd.DataFrame:
        """obs_id and `columns` of these observations' reports, grouped by observation in the order
        given, newest first (at most `limit` each): the lookup app.view.View offers too."""
        rows = self.reports_of(obs_ids, limit)
        return self.facts[["obs_id", *[c for c in columns if c != "obs_id"]]].take(rows).reset_index(drop=True)


def prepare(articles: pd.DataFrame, facts: pd.DataFrame) -> Tables:
    """Add pair keys, outlets and observation ids; group repeated reports of one fact."""
    facts = facts.copy(deep=False)  # new columns below never touch the caller's frame
    facts["value_usd"] = facts["value_usd"].astype("float64").fillna(
        facts["value"].where(facts["currency"].fillna("USD").eq("USD"))
    )
    facts["usd_rate"] = _conversions(facts)
    facts["value_usd"] = facts["value_usd"].fillna(facts["value"] * facts["usd_rate"])
    for name in CATEGORICAL:
        if name in facts.columns:
            facts[name] = facts[name].astype("category")
    for name in facts.columns:
        facts[name] = _one_chunk(facts[name])
    facts["pair"] = _pair_column(facts["country_a"], facts["country_b"])
    outlets = articles.drop_duplicates("source").set_index("source")["outlet"].astype("string")
    # mapped once per distinct source (the categories), not per fact
    facts["outlet"] = facts["source"].map(outlets, na_action="ignore").astype("category")
    # The span a fact speaks about: its period, or for targets/undated figures the article date.
    facts["when_start"] = facts["period_start"].fillna(facts["article_date"])
    facts["when_end"] = facts["period_end"].fillna(facts["article_date"])
    obs_id = facts.groupby(SAME_FACT, dropna=False, observed=True, sort=False).ngroup().to_numpy("int64")
    facts["obs_id"] = obs_id
    reports, starts = _group_newest_first(obs_id, facts["article_date"].to_numpy("datetime64[ns]"))
    tables = Tables(articles=articles, facts=facts, obs=_observations(facts, reports, starts),
                    reports=reports, starts=starts)
    release_unused_memory(len(facts))
    return tables


def _conversions(facts: pd.DataFrame) -> np.ndarray:
    """US$ per unit for figures stated in another currency without a dollar value (NaN elsewhere):
    the period's average ECB rate, or the article date's for figures without a period (app.currency)."""
    rates = np.full(len(facts), np.nan)
    todo = (facts["value_usd"].isna() & facts["currency"].notna()).to_numpy(bool)
    if todo.any():
        rows = facts[todo]
        start = rows["period_start"].fillna(rows["article_date"])
        end = rows["period_end"].where(rows["period_start"].notna(), rows["article_date"])
        rates[todo] = usd_rates(rows["currency"], start, end)
    return rates


def release_unused_memory(rows: int) -> None:
    """Hand freed memory back to the OS (Arrow's pool and glibc's heap keep it otherwise): after
    preparing a million facts, and again once the caller has dropped the store's frames, the
    process shrinks by hundreds of MB. Below RELEASE_FROM_ROWS it is not worth a gc pass."""
    if rows < RELEASE_FROM_ROWS:
        return
    gc.collect()
    pyarrow.default_memory_pool().release_unused()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to trim
        pass


def _one_chunk(column: pd.Series) -> pd.Series:
    """An Arrow-backed column in one piece. The store reads in chunks of 100,000 rows, and picking
    a few rows (the evidence of the points a figure draws) from a chunked string column makes
    Arrow join the chunks first: 40 ms on every filter change at a million facts, instead of 1."""
    if not hasattr(column.array, "__arrow_array__") or isinstance(column.dtype, pd.CategoricalDtype):
        return column
    data = column.array.__arrow_array__()
    if not isinstance(data, pyarrow.ChunkedArray) or data.num_chunks <= 1:
        return column
    return pd.Series(pd.array(data.combine_chunks(), dtype=column.dtype), index=column.index, name=column.name)


def _pair_column(a: pd.Series, b: pd.Series) -> pd.Categorical:
    """'KAZ-TUR' whichever side each country is on, built once per distinct (a, b), not per fact."""
    combos = pd.DataFrame({"a": a, "b": b})
    codes = combos.groupby(["a", "b"], dropna=False, observed=True, sort=False).ngroup().to_numpy()
    firsts = combos.iloc[np.unique(codes, return_index=True)[1]]
    keys = [PAIR_SEP.join(sorted(("" if pd.isna(x) else x, "" if pd.isna(y) else y)))
            for x, y in zip(firsts["a"], firsts["b"])]
    names, key_codes = np.unique(np.array(keys, dtype=object), return_inverse=True)
    return pd.Categorical.from_codes(key_codes[codes], categories=pd.Index(names, dtype="string"))


def _group_newest_first(obs_id: np.ndarray, article_date: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Fact positions sorted by observation, then newest article first (undated last, ties in store
    order); and where each observation's run starts."""
    dates = article_date.view("int64")
    newest_first = np.where(dates == _NAT, np.iinfo("int64").max, -dates)
    reports = np.lexsort((newest_first, obs_id))
    counts = np.bincount(obs_id, minlength=int(obs_id.max()) + 1 if len(obs_id) else 0)
    starts = np.concatenate([[0], np.cumsum(counts)]).astype("int64")
    return reports, starts


def _observations(facts: pd.DataFrame, reports: np.ndarray, starts: np.ndarray) -> pd.DataFrame:
    """One row per distinct fact: the newest report's details plus how many reported it and since when.

    Rows come newest report first (ties in store order), as the figures and tables expect."""
    n_obs = len(starts) - 1
    newest = reports[starts[:-1]]
    dates = facts["article_date"].to_numpy("datetime64[ns]").view("int64")
    # last_reported is the newest report's date (undated reports sort last); first_reported the oldest dated one
    oldest_dated = np.minimum.reduceat(np.where(dates == _NAT, np.iinfo("int64").max, dates)[reports],
                                       starts[:-1]) if n_obs else np.array([], dtype="int64")
    first_reported = np.where(oldest_dated == np.iinfo("int64").max, _NAT, oldest_dated).view("datetime64[ns]")
    newest_dates = dates[newest]
    order = np.lexsort((newest, np.where(newest_dates == _NAT, np.iinfo("int64").max, -newest_dates)))
    obs = facts[OBS_FROM_FACT].take(newest[order]).reset_index(drop=True)
    obs.insert(0, "obs_id", order)
    obs["n_sources"] = np.diff(starts)[order]
    obs["first_reported"] = first_reported[order]
    obs["last_reported"] = obs["article_date"]
    obs["full_year"] = _full_year(obs["period_start"], obs["period_end"])
    # Labels every figure and table needs, made once per distinct value rather than on each filter change.
    obs["mid"] = obs["when_start"] + (obs["when_end"] - obs["when_start"]) / 2
    obs["series"] = _mapped(obs, ["metric", "exporter", "pair"], series_name)
    obs["period_text"] = _period_column(obs)
    obs["conflict"] = _conflicts(obs)
    return obs


def _conflicts(obs: pd.DataFrame) -> np.ndarray:
    """Which figures another source contradicts: the same pair, metric, direction and period with a
    dollar value more than CONFLICT_TOLERANCE apart (rounding such as 5.3 vs 5.31 bn is no conflict).
    Targets are left out: a new target for the same year is a new goal, not a contradiction."""
    key = ["pair", "metric", "exporter", "period_start", "period_end"]
    candidates = obs["metric"].ne("target") & obs["period_start"].notna() & obs["value_usd"].notna()
    found = np.zeros(len(obs), dtype=bool)
    if not candidates.any():
        return found
    rows = obs.loc[candidates.to_numpy(bool), key + ["value_usd"]]
    groups = rows.groupby(key, dropna=False, observed=True, sort=False)["value_usd"]
    low, high = groups.transform("min").astype("float64"), groups.transform("max").astype("float64")
    found[np.flatnonzero(candidates.to_numpy(bool))] = (high > low * (1 + CONFLICT_TOLERANCE)).to_numpy(bool)
    return found


def _full_year(start: pd.Series, end: pd.Series) -> pd.Series:
    return (
        start.dt.month.eq(1) & start.dt.day.eq(1) & end.dt.month.eq(12) & end.dt.day.eq(31)
    ).fillna(False).astype(bool)


def _mapped(frame: pd.DataFrame, columns: list[str], label) -> pd.Categorical:
    """label(*row) for each row, computed once per distinct combination of these columns."""
    codes = frame.groupby(columns, dropna=False, sort=False, observed=True).ngroup().to_numpy()
    firsts = frame[columns].iloc[np.unique(codes, return_index=True)[1]]
    labels = [label(*(None if pd.isna(v) else v for v in row)) for row in firsts.itertuples(index=False)]
    label_codes, names = pd.factorize(pd.Series(labels, dtype="string"))
    return pd.Categorical.from_codes(label_codes[codes] if len(codes) else codes, categories=names)


def _period_column(obs: pd.DataFrame) -> pd.Categorical:
    """'2022', 'Jan–Aug 2023 (8 months)'; for targets 'by 2030'; undated figures say when reported."""
    def label(metric, start, end, target_year, reported):
        if metric == "target":
            return f"by {int(target_year)}" if target_year is not None else "no target year"
        if start is None:
            return f"period not stated (reported {day(reported)})"
        return period_label(start, end)
    # the report date matters only for undated figures: elsewhere it is left out so that
    # the distinct combinations stay few
    undated = obs["period_start"].isna() & obs["metric"].ne("target")
    keys = obs[["metric", "period_start", "period_end", "target_year"]].assign(
        reported=obs["first_reported"].where(undated))
    return _mapped(keys, list(keys.columns), label)


def sources_of(tables: Tables, obs_ids) -> pd.DataFrame:
    """The reports (source, outlet, article date, evidence) behind these observations, newest first."""
    reports = tables.report_rows(obs_ids, ["source", "outlet", "article_date", "evidence"])
    return reports.sort_values("article_date", ascending=False, na_position="last", kind="stable")[
        ["obs_id", "source", "outlet", "article_date", "evidence"]
    ]

"""Progress to trade targets: per pair, the latest target against the latest turnover, in numbers.

The latest target is the one announced last; earlier ones are listed as superseded. Turnover
prefers the newest full-year figure, because a target is an annual volume; when sources disagree
on one period, the figure most articles report wins, then the newest. Computed for all pairs at
once (sorts and merges, no per-pair loop) so a filter change stays cheap on large tables.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from app.labels import day, money, pair_name

COLUMNS = [
    "pair", "target", "target_year", "announced", "target_source", "turnover", "turnover_period",
    "turnover_full_year", "pct", "reached", "growth_needed", "growth_seen", "status", "superseded",
    "target_obs", "turnover_obs",  # the observations behind the gauge, for citations
]
PICK_ORDER = ["pair", "when_end", "n_sources", "last_reported"]
PROGRESS_METRICS = {"target", "turnover"}  # the only facts target_progress reads
MAX_SUPERSEDED = 5  # earlier targets listed per pair, newest first


def target_progress(obs: pd.DataFrame, today: pd.Timestamp | None = None) -> pd.DataFrame:
    """One row per pair with a US-dollar target (progress needs one currency)."""
    today = today or pd.Timestamp.now()
    metric = obs["metric"].astype("string")
    goals = obs[(metric == "target") & obs["value_usd"].notna()].assign(pair=lambda f: f["pair"].astype("string"))
    if goals.empty:
        return pd.DataFrame(columns=COLUMNS)
    # Announced last wins; targets of the same day: the later year, then the larger one (a new goal).
    goals = goals.sort_values(["pair", "first_reported", "target_year", "value_usd"], na_position="first")
    latest = goals.drop_duplicates("pair", keep="last").set_index("pair")
    earlier = goals[~goals["obs_id"].isin(latest["obs_id"])].groupby("pair").tail(MAX_SUPERSEDED)

    volumes = obs[(metric == "turnover") & obs["value_usd"].notna()].assign(pair=lambda f: f["pair"].astype("string"))
    volumes = volumes[volumes["pair"].isin(latest.index)].sort_values(PICK_ORDER)
    annual = volumes[volumes["full_year"]]
    # One figure per pair and year, then the newest and the one before it.
    yearly = annual.assign(year=annual["period_end"].dt.year).drop_duplicates(["pair", "year"], keep="last")
    newest = yearly.drop_duplicates("pair", keep="last").set_index("pair")
    before = yearly[~yearly["obs_id"].isin(newest["obs_id"])].drop_duplicates("pair", keep="last").set_index("pair")
    # A part-year figure only stands in for pairs that have no full-year one.
    partial = volumes[~volumes["pair"].isin(newest.index)].drop_duplicates("pair", keep="last").set_index("pair")
    last = pd.concat([newest, partial]).reindex(latest.index)

    out = pd.DataFrame(index=latest.index)
    out["target"] = latest["value_usd"].astype("float64")
    out["target_year"] = latest["target_year"]
    out["announced"] = latest["first_reported"]
    out["target_source"] = latest["source"].astype(object).astype("string")  # rows, not all categories
    out["turnover"] = last["value_usd"].astype("float64")
    out["turnover_period"] = last["period_text"].astype("string").fillna("")
    out["turnover_full_year"] = last["full_year"].fillna(False).astype(bool)
    out["pct"] = out["turnover"] / out["target"]
    said = latest["target_reached"].astype("boolean").fillna(False).astype(bool)
    out["reached"] = (out["pct"] >= 1).fillna(False) | said
    last_year = last["period_end"].dt.year.where(out["turnover_full_year"])
    years_left = (out["target_year"].astype("Float64") - last_year).astype("float64")
    ratio = (out["target"] / out["turnover"]).to_numpy(dtype="float64")
    with np.errstate(divide="ignore", invalid="ignore"):
        needed = np.power(ratio, 1 / years_left.to_numpy()) - 1
    deadline = out["target_year"].astype("Float64")
    passed = ((last["when_end"].dt.year > deadline) | (today.year > deadline)).fillna(False).astype(bool)
    out["growth_needed"] = np.where((years_left > 0) & ~out["reached"] & ~passed, needed, np.nan)
    out["growth_seen"] = _growth_seen(newest.reindex(latest.index), before.reindex(latest.index), last)
    out["status"] = np.select(
        [out["turnover"].isna(), out["reached"], passed], ["no volume", "reached", "deadline passed"], "in progress")
    labels = earlier.assign(label=[
        money(v) + (f" by {int(y)}" if pd.notna(y) else "") + f", announced {day(d)}"
        for v, y, d in zip(earlier["value_usd"], earlier["target_year"], earlier["first_reported"])])
    superseded = labels.iloc[::-1].groupby("pair")["label"].agg(list)
    out["superseded"] = [superseded.get(p, []) for p in out.index]
    out["target_obs"] = latest["obs_id"].astype("int64")
    out["turnover_obs"] = last["obs_id"].astype("Int64")
    return out.reset_index()[COLUMNS]


def progress_for(tables, state, obs: pd.DataFrame) -> pd.DataFrame:
    """target_progress of the filtered observations, from the per-pair cache when the filter keeps
    pairs whole: it picks pairs, and its metrics (if any) include the two that progress reads."""
    if state.start or state.end or (state.metrics and not PROGRESS_METRICS <= set(state.metrics)):
        return target_progress(obs)
    every = tables.progress
    return every[every["pair"].isin(obs["pair"].astype("string").unique())].reset_index(drop=True)


def _growth_seen(newest: pd.DataFrame, before: pd.DataFrame, last: pd.DataFrame) -> pd.Series:
    """Average yearly growth between the two newest full-year turnovers; else the growth reported."""
    years = (newest["period_end"].dt.year - before["period_end"].dt.year).astype("float64")
    ratio = (newest["value_usd"] / before["value_usd"]).astype("float64")
    with np.errstate(divide="ignore", invalid="ignore"):
        computed = np.power(ratio, 1 / years) - 1
    reported = last["growth_pct"].astype("Float64").astype("float64") / 100
    return computed.where((years > 0) & (before["value_usd"] > 0), reported)


def pct(value: float) -> str:
    return "n/a" if pd.isna(value) else f"{value * 100:+.1f}%"


def gauge_caption(row) -> str:
    """The plain-words line under a gauge: target, deadline, growth needed vs seen."""
    deadline = f" by {int(row.target_year)}" if pd.notna(row.target_year) else " (no target year)"
    head = f"Target {money(row.target)}{deadline}, announced {day(row.announced)}"
    if row.status == "no volume":
        return f"{head}. No turnover figure in US dollars reported yet for this pair."
    latest = f"Latest turnover {money(row.turnover)} ({row.turnover_period})"
    if not row.turnover_full_year:
        latest += ", part of a year only"
    if row.status == "reached":
        return f"{head}. {latest}: target reached."
    if row.status == "deadline passed":
        return f"{head}. {latest}: {row.pct * 100:.0f}% of the target; the target year has passed."
    growth = f"needs {pct(row.growth_needed)} a year; seen {pct(row.growth_seen)} a year"
    if pd.isna(row.growth_needed):
        growth = f"growth seen {pct(row.growth_seen)} a year"
    return f"{head}. {latest}; {growth}."


def progress_table(progress: pd.DataFrame) -> pd.DataFrame:
    """The gauges' numbers as a table an analyst can scan and quote."""
    return pd.DataFrame({
        "Pair": [pair_name(p) for p in progress["pair"]],
        "Target": [money(v) for v in progress["target"]],
        "By": [str(int(y)) if pd.notna(y) else "no year" for y in progress["target_year"]],
        "Announced": [day(d) for d in progress["announced"]],
        "Latest turnover": [money(v) + ("" if full or pd.isna(v) else " (part of a year)")
                            for v, full in zip(progress["turnover"], progress["turnover_full_year"])],
        "Period": progress["turnover_period"],
        "Reached": [f"{v * 100:.0f}%" if pd.notna(v) else "n/a" for v in progress["pct"]],
        "Growth needed / yr": [pct(v) for v in progress["growth_needed"]],
        "Growth seen / yr": [pct(v) for v in progress["growth_seen"]],
        "Status": progress["status"],
        "Earlier targets": ["; ".join(s) for s in progress["superseded"]],
    })

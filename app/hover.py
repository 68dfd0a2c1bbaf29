"""What a point says when hovered, built once per data load for every observation.

Hover labels are plotly's HTML subset, so every piece that comes from an article (evidence,
outlet, source name) is escaped here and nowhere else. Building them in bulk at load time keeps
a filter change free of per-point string work.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from app.labels import day, pair_name, period_label, series_name, stated

MAX_SOURCES = 4
WRAP = r"(.{60,90}?)\s"  # break long sentences after 60-90 characters, at a space


def escape(text: pd.Series) -> pd.Series:
    """html.escape for a whole column (quotes are harmless inside plotly labels)."""
    text = text.astype("string").fillna("")
    return text.str.replace("&", "&amp;", regex=False).str.replace("<", "&lt;", regex=False) \
        .str.replace(">", "&gt;", regex=False)


def _mapped(frame: pd.DataFrame, columns: list[str], label) -> pd.Series:
    """label(*row) for each row, computed once per distinct combination of these columns."""
    codes = frame.groupby(columns, dropna=False, sort=False, observed=True).ngroup().to_numpy()
    firsts = frame[columns].iloc[np.unique(codes, return_index=True)[1]]
    labels = np.array([label(*(None if pd.isna(v) else v for v in row)) for row in firsts.itertuples(index=False)]
                      + [""], dtype=object)
    return pd.Series(labels[codes], index=frame.index, dtype=object)


def series_column(obs: pd.DataFrame) -> pd.Series:
    return _mapped(obs, ["metric", "exporter", "pair"], series_name)


def period_column(obs: pd.DataFrame) -> pd.Series:
    """'2022', 'Jan–Aug 2023 (8 months)'; for targets 'by 2030'; undated figures say so."""
    def label(metric, start, end, target_year, reported):
        if metric == "target":
            return f"by {int(target_year)}" if target_year is not None else "no target year"
        if start is None:
            return f"period not stated (reported {day(reported)})"
        return period_label(start, end)
    return _mapped(obs, ["metric", "period_start", "period_end", "target_year", "first_reported"], label)


def sources_column(facts: pd.DataFrame, obs_ids: pd.Series) -> pd.Series:
    """'Reported by N articles:<br>outlet, date (source)<br>...' per observation, newest first."""
    reports = facts.sort_values(["obs_id", "article_date"], ascending=[True, False], na_position="last")
    top = reports[(reports.groupby("obs_id").cumcount() < MAX_SOURCES).to_numpy()]
    dates = _mapped(top, ["article_date"], day).astype("string")
    lines = (escape(top["outlet"].astype("string").fillna("unknown outlet")) + ", " + dates + " ("
             + escape(top["source"].astype("string")) + ")")
    counts = facts["obs_id"].value_counts().to_dict()
    texts: dict[int, list[str]] = {}
    for obs_id, line in zip(top["obs_id"].tolist(), lines.tolist()):
        texts.setdefault(obs_id, []).append(line)
    out = []
    for obs_id in obs_ids.tolist():
        n = counts.get(obs_id, 0)
        more = [f"and {n - MAX_SOURCES} more"] if n > MAX_SOURCES else []
        out.append("<br>".join([f"Reported by {n} article{'s' if n != 1 else ''}:", *texts.get(obs_id, []), *more]))
    return pd.Series(out, index=obs_ids.index, dtype=object)


def hover_column(obs: pd.DataFrame, facts: pd.DataFrame) -> pd.Series:
    """The full hover label of each observation: what, how much, for when, who said it, in which words."""
    qualifier = (" (" + obs["qualifier"].astype("string") + ")").fillna("")
    growth = pd.Series([f", {g:+g}% on the year before" if pd.notna(g) else "" for g in obs["growth_pct"]],
                       index=obs.index, dtype="string")
    amount = pd.Series([stated(u, v, c) for u, v, c in zip(obs["value_usd"], obs["value"], obs["currency"])],
                       index=obs.index, dtype="string")
    is_target = obs["metric"].astype("string").eq("target")
    announced = _mapped(obs, ["first_reported"], day).astype("string")
    what = ("Target " + amount + qualifier + " " + obs["period_text"].astype("string") + ", announced "
            + announced).where(is_target, amount + qualifier + " for " + obs["period_text"].astype("string") + growth)
    pairs = obs["pair"].astype("string").map(pair_name)
    title = "<b>" + escape(obs["series"]) + " · " + escape(pairs) + "</b>"
    evidence = escape(obs["evidence"]).str.replace(WRAP, r"\1<br>", regex=True)
    sources = sources_column(facts, obs["obs_id"]).astype("string")
    return (title + "<br>" + what + "<br>" + sources + "<br>“" + evidence + "”").astype(object)


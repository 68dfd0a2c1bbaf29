"""What a point says when hovered, built for the points a figure draws.

Hover labels are plotly's HTML subset, so every piece that comes from an article (evidence,
outlet, source name) is escaped here and nowhere else. Labels are made when a figure is built,
for its points only (a few thousand at most), not at load time for every observation: a million
long labels would take gigabytes and many seconds to build, almost all never shown.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from app.labels import day, money, pair_name, stated

MAX_SOURCES = 4
MAX_EVIDENCE = 400  # characters of the evidence sentence shown; the Sources page has the full text
WRAP = r"(.{60,90}?)\s"  # break long sentences after 60-90 characters, at a space (RE2 syntax)
_STRING = {pa.string(): pd.StringDtype()}


def escape(text: pd.Series) -> pd.Series:
    """html.escape for a whole column (quotes are harmless inside plotly labels)."""
    text = text.astype("string").fillna("")
    return text.str.replace("&", "&amp;", regex=False).str.replace("<", "&lt;", regex=False) \
        .str.replace(">", "&gt;", regex=False)


def _by_value(values: pd.Series, label) -> pd.Series:
    """label(value) for each row, called once per distinct value."""
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    labels = np.array([label(None if pd.isna(v) else v) for v in uniques], dtype=object)
    return pd.Series(labels[codes], index=values.index, dtype="string")


def sources_column(tables, obs_ids: pd.Series) -> pd.Series:
    """'Reported by N articles:<br>outlet, date (source)<br>...' per observation, newest first."""
    ids = obs_ids.to_numpy("int64")
    counts = tables.starts[ids + 1] - tables.starts[ids]
    top = tables.facts[["outlet", "article_date", "source"]].take(tables.reports_of(ids, limit=MAX_SOURCES))
    lines = (escape(top["outlet"].astype("string").fillna("unknown outlet")) + ", "
             + _by_value(top["article_date"], day) + " (" + escape(top["source"]) + ")")
    offsets = np.r_[0, np.cumsum(np.minimum(counts, MAX_SOURCES))]  # reports_of keeps them grouped
    joined = pc.binary_join(pa.ListArray.from_arrays(pa.array(offsets, pa.int32()),
                                                     pa.array(lines, pa.string())), "<br>")
    n = pd.Series(counts, index=obs_ids.index)
    head = _by_value(n, lambda k: f"Reported by {k} article{'s' if k != 1 else ''}:<br>")
    more = _by_value(n, lambda k: f"<br>and {k - MAX_SOURCES} more" if k > MAX_SOURCES else "")
    return head + pd.Series(joined.to_pandas(types_mapper=_STRING.get), index=obs_ids.index) + more


def evidence_column(tables, obs_ids: pd.Series) -> pd.Series:
    """The newest report's sentence, escaped, shortened to MAX_EVIDENCE characters and wrapped."""
    newest = tables.reports[tables.starts[obs_ids.to_numpy("int64")]]
    text = tables.facts["evidence"].take(newest).astype("string").fillna("")
    long = text.str.len() > MAX_EVIDENCE
    text = text.where(~long, text.str.slice(0, MAX_EVIDENCE).str.rstrip() + "…")
    wrapped = pc.replace_substring_regex(pa.array(escape(text), type=pa.string()), pattern=WRAP,
                                         replacement=r"\1<br>")
    return pd.Series(wrapped.to_pandas(types_mapper=_STRING.get), index=obs_ids.index)


def _amounts(obs: pd.DataFrame) -> pd.Series:
    """labels.stated for each row: once per distinct dollar value, per row only for other currencies."""
    usd = obs["value_usd"].astype("float64")
    amount = _by_value(usd, money)
    other = usd.isna().to_numpy()
    if other.any():
        rows = obs[other]
        amount[other] = [stated(None, v, c) for v, c in zip(rows["value"], rows["currency"])]
    return amount


def hover_column(obs: pd.DataFrame, tables) -> np.ndarray:
    """The full hover label of each observation: what, how much, for when, who said it, in which words."""
    if obs.empty:
        return np.array([], dtype=object)
    qualifier = (" (" + obs["qualifier"].astype("string") + ")").fillna("")
    growth = _by_value(obs["growth_pct"].astype("float64"),
                       lambda g: "" if g is None else f", {g:+g}% on the year before")
    amount = _amounts(obs)
    is_target = obs["metric"].astype("string").eq("target")
    period = obs["period_text"].astype("string")
    what = ("Target " + amount + qualifier + " " + period + ", announced " + _by_value(obs["first_reported"], day)
            ).where(is_target, amount + qualifier + " for " + period + growth)
    title = "<b>" + escape(obs["series"]) + " · " + escape(_by_value(obs["pair"].astype("string"), pair_name)) + "</b>"
    sources = sources_column(tables, obs["obs_id"])
    evidence = evidence_column(tables, obs["obs_id"])
    return (title + "<br>" + what + "<br>" + sources + "<br>“" + evidence + "”").to_numpy(dtype=object)

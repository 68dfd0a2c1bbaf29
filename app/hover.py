"""What a point says when hovered, built for the points a figure draws.

Hover labels are plotly's HTML subset, so every piece that comes from an article (evidence,
outlet, source name) is escaped here and nowhere else. Labels are made when a figure is built,
for its points only (a few thousand at most), not at load time for every observation: a million
long labels would take gigabytes and many seconds to build, almost all never shown.
"""
from __future__ import annotations

import html

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from app.currency import rate_note
from app.labels import day, money, pair_name, stated

MAX_SOURCES = 4
MAX_EVIDENCE = 400  # characters of the evidence sentence shown; the Sources page has the full text
# Break long sentences at the first space 60-90 characters in (the same as the lazy `(.{60,90}?)\s`,
# which Arrow's RE2 runs at half the speed).
WRAP = r"(.{60}\S{0,30})\s"


def _escape(text: pa.Array) -> pa.Array:
    """html.escape(text, quote=False) for a whole Arrow column (quotes are harmless in plotly labels)."""
    for char, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")):
        text = pc.replace_substring(text, char, entity)
    return text


def _by_value(values: pd.Series, label) -> list[str]:
    """label(value) for each row, called once per distinct value."""
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    labels = [label(None if pd.isna(v) else v) for v in uniques]
    return [labels[code] for code in codes.tolist()]


def _plain(column: pd.Series) -> list:
    """The rows as Python values, None for missing. A categorical converts its rows only, not its
    categories (there is one per source: hundreds of thousands)."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        codes = column.cat.codes.to_numpy()
        categories = column.cat.categories
        values = categories.take(np.maximum(codes, 0)).tolist() if len(categories) else [None] * len(codes)
        return [value if code >= 0 else None for value, code in zip(values, codes.tolist())]
    return column.astype(object).where(column.notna(), None).tolist()


def _reports(tables, obs: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray]:
    """The newest MAX_SOURCES reports of each observation (one lookup), and where each one's start."""
    shown = np.minimum(obs["n_sources"].to_numpy("int64"), MAX_SOURCES)
    top = tables.report_rows(obs["obs_id"], ["outlet", "article_date", "source", "evidence"], limit=MAX_SOURCES)
    return top, np.concatenate([[0], np.cumsum(shown)[:-1]]).astype("int64")


def sources_column(obs: pd.DataFrame, top: pd.DataFrame) -> list[str]:
    """'Reported by N articles:<br>outlet, date (source)<br>...' per observation, newest first."""
    lines = [f"{html.escape(outlet or 'unknown outlet', quote=False)}, {date} ({html.escape(source or '', quote=False)})"
             for outlet, date, source in zip(_plain(top["outlet"]), _by_value(top["article_date"], day),
                                             _plain(top["source"]))]
    out, at = [], 0
    for n in obs["n_sources"].astype("int64").tolist():  # each observation's reports together, in order
        shown = min(n, MAX_SOURCES)
        more = f"<br>and {n - MAX_SOURCES} more" if n > MAX_SOURCES else ""
        out.append(f"Reported by {n} article{'s' if n != 1 else ''}:<br>" + "<br>".join(lines[at:at + shown]) + more)
        at += shown
    return out


def evidence_column(newest: pd.Series) -> list[str]:
    """The newest reports' sentences, escaped, shortened to MAX_EVIDENCE characters and wrapped."""
    text = pa.array(newest.astype("string").fillna(""), type=pa.string())
    cut = pc.greater(pc.utf8_length(text), MAX_EVIDENCE)
    text = pc.if_else(cut, pc.binary_join_element_wise(
        pc.utf8_rtrim_whitespace(pc.utf8_slice_codeunits(text, 0, MAX_EVIDENCE)), "…", ""), text)
    return pc.replace_substring_regex(_escape(text), pattern=WRAP, replacement=r"\1<br>").to_pylist()


def _amounts(obs: pd.DataFrame) -> list[str]:
    """labels.stated for each row: once per distinct dollar value, per row only for other currencies
    (with the rate, when app.currency converted it)."""
    usd = obs["value_usd"].astype("float64")
    amounts = _by_value(usd, money)
    for i in np.flatnonzero(usd.isna().to_numpy()).tolist():
        amounts[i] = stated(None, obs["value"].iloc[i], obs["currency"].iloc[i])
    if "usd_rate" in obs.columns:
        rates = obs["usd_rate"].to_numpy("float64", na_value=np.nan)
        for i in np.flatnonzero(~np.isnan(rates)).tolist():
            row = obs.iloc[i]
            amounts[i] += (f" ({stated(None, row['value'], row['currency'])}, "
                           f"{conversion_note(row['currency'], rates[i], row['period_text'], row['metric'])})")
    return amounts


def conversion_note(currency: str, rate: float, period_text: str, metric: str) -> str:
    """How a figure in another currency became dollars: the period's average rate, or for a target
    or an undated figure the rate of the article's day."""
    dated = metric != "target" and not period_text.startswith("period not stated")
    return rate_note(currency, rate, html.escape(period_text, quote=False) if dated else None)


def hover_column(obs: pd.DataFrame, tables) -> list[str]:
    """The full hover label of each observation: what, how much, for when, who said it, in which words."""
    if obs.empty:
        return []
    titles = {}
    for series, pair in set(zip(_plain(obs["series"]), _plain(obs["pair"]))):
        titles[series, pair] = f"<b>{html.escape(series, quote=False)} · {html.escape(pair_name(pair), quote=False)}</b>"
    growth = _by_value(obs["growth_pct"].astype("float64"),
                       lambda g: "" if g is None else f", {g:+g}% on the year before")
    announced = _by_value(obs["first_reported"], day)
    top, firsts = _reports(tables, obs)
    out = []
    for title, metric, amount, qualifier, period, grew, when, sources, evidence in zip(
            [titles[key] for key in zip(_plain(obs["series"]), _plain(obs["pair"]))], _plain(obs["metric"]),
            _amounts(obs), _plain(obs["qualifier"]), _plain(obs["period_text"]), growth, announced,
            sources_column(obs, top), evidence_column(top["evidence"].take(firsts))):
        qualifier = f" ({qualifier})" if qualifier else ""
        what = (f"Target {amount}{qualifier} {period}, announced {when}" if metric == "target"
                else f"{amount}{qualifier} for {period}{grew}")
        out.append(f"{title}<br>{what}<br>{sources}<br>“{evidence}”")
    if "conflict" in obs.columns:
        for i in np.flatnonzero(obs["conflict"].to_numpy(bool)).tolist():
            out[i] += "<br><b>⚠ Sources disagree</b>: other articles give another figure for this period"
    return out

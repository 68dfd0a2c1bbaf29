"""The one filter of the whole app: focus country, partners or pairs, metrics and a date range.

Its state lives in st.session_state (so it survives page switches, where Streamlit drops query
params) and in st.query_params (so a filtered view is a link that reopens exactly). The parsing,
serialising and applying are pure functions; `render_filter` is the only Streamlit part.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from app.labels import country_name, pair_name
from app.names import country_code, pair_of
from parsers.schema import METRICS

PARAM_KEYS = ("focus", "partners", "pairs", "metrics", "from", "to")
STATE_KEY = "trade_filter"
EARLIEST, LATEST = dt.date(1990, 1, 1), dt.date(2050, 12, 31)  # the dates the filter can hold
MAX_SHOWN = 40  # characters of an ignored link value repeated in the notice


@dataclass(frozen=True)
class FilterState:
    """What the user wants to see; empty fields mean 'no restriction'."""

    focus: str | None = None
    partners: tuple[str, ...] = ()
    pairs: tuple[str, ...] = ()
    metrics: tuple[str, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def is_empty(self) -> bool:
        return self == FilterState()

    def describe(self) -> str:
        """Plain words for titles of exports: which pairs, metrics and period this view shows."""
        parts = []
        if self.pairs:
            parts.append(", ".join(pair_name(p) for p in self.pairs))
        if self.focus:
            partners = ", ".join(country_name(c) for c in self.partners) or "all partners"
            parts.append(f"{country_name(self.focus)} with {partners}")
        elif self.partners:
            parts.append("pairs with " + ", ".join(country_name(c) for c in self.partners))
        if self.metrics:
            parts.append(", ".join(self.metrics))
        if self.start or self.end:
            parts.append(f"{self.start or '…'} to {self.end or '…'}")
        return "; ".join(parts) or "all pairs"


def _values(raw: str | list[str] | None) -> list[str]:
    """Query values may come as 'A,B' or as repeated keys; both mean the list [A, B]."""
    if raw is None:
        return []
    items = raw if isinstance(raw, list) else [raw]
    return [v.strip() for item in items for v in str(item).split(",") if v.strip()]


def parse_query_params(
    params: Mapping[str, str | list[str]], countries: Iterable[str], pairs: Iterable[str]
) -> tuple[FilterState, list[str]]:
    """URL query -> filter state, plus the values that were ignored (unknown countries, bad dates).

    Countries may be codes or names ('TUR', 'Turkey', 'Türkiye'), pairs 'KAZ-TUR' or
    'Kazakhstan-Turkey'. Ignored values come back shortened, as plain text: the page shows them
    escaped, because a link is anybody's text."""
    countries, pairs = set(countries), set(pairs)
    ignored: list[str] = []

    def known_countries(raw) -> tuple[str, ...]:
        kept = []
        for name in _values(raw):
            code = country_code(name)
            if code in countries:
                kept.append(code)
            else:
                ignored.append(f"country '{_short(name)}'")
        return tuple(dict.fromkeys(kept))

    focus = known_countries(params.get("focus"))
    partners = tuple(c for c in known_countries(params.get("partners")) if c not in focus[:1])
    kept_pairs = []
    for raw in _values(params.get("pairs")):
        key = pair_of(raw)
        if key in pairs:
            kept_pairs.append(key)
        else:
            ignored.append(f"pair '{_short(raw)}'")
    metrics = []
    for raw in _values(params.get("metrics")):
        if raw.lower() in METRICS:
            metrics.append(raw.lower())
        else:
            ignored.append(f"metric '{_short(raw)}'")
    dates = {}
    for name in ("from", "to"):
        raw = _values(params.get(name))
        dates[name] = _date(raw[0]) if raw else None
        if raw and dates[name] is None:
            ignored.append(f"date '{_short(raw[0])}' (use YYYY-MM-DD between {EARLIEST} and {LATEST})")
    if dates["from"] and dates["to"] and dates["from"] > dates["to"]:
        dates["from"], dates["to"] = dates["to"], dates["from"]  # a range written backwards
    if len(focus) > 1:
        ignored.extend(f"second focus '{c}'" for c in focus[1:])
    state = FilterState(
        focus=focus[0] if focus else None,
        partners=partners,
        pairs=tuple(dict.fromkeys(kept_pairs)),
        metrics=tuple(dict.fromkeys(metrics)),
        start=dates["from"],
        end=dates["to"],
    )
    return state, ignored


def _short(text: str) -> str:
    return text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN] + "…"


def _date(text: str) -> dt.date | None:
    """An ISO date the filter can hold, else None."""
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        return None
    return day if EARLIEST <= day <= LATEST else None


def to_query_params(state: FilterState) -> dict[str, str]:
    """Filter state -> the shortest query that reopens it (empty fields are left out)."""
    params = {
        "focus": state.focus or "",
        "partners": ",".join(state.partners),
        "pairs": ",".join(state.pairs),
        "metrics": ",".join(state.metrics),
        "from": state.start.isoformat() if state.start else "",
        "to": state.end.isoformat() if state.end else "",
    }
    return {k: v for k, v in params.items() if v}


def apply_filter(frame: pd.DataFrame, state: FilterState) -> pd.DataFrame:
    """Rows of a prepared facts/observations frame that the filter keeps (vectorised, no copies of
    the columns it tests). With nothing to filter it is the frame itself: copying a million rows
    on every page run costs a third of a second and as much memory as the table."""
    if state.is_empty:
        return frame
    mask = np.ones(len(frame), dtype=bool)
    a, b = frame["country_a"], frame["country_b"]
    if state.pairs:
        mask &= frame["pair"].isin(state.pairs).to_numpy()
    if state.focus:
        is_a, is_b = (a == state.focus).to_numpy(), (b == state.focus).to_numpy()
        mask &= is_a | is_b
        if state.partners:
            mask &= (is_a & b.isin(state.partners).to_numpy()) | (is_b & a.isin(state.partners).to_numpy())
    elif state.partners:
        mask &= (a.isin(state.partners) | b.isin(state.partners)).to_numpy()
    if state.metrics:
        mask &= frame["metric"].isin(state.metrics).to_numpy()
    if state.start:
        mask &= ~(frame["when_end"] < pd.Timestamp(state.start)).to_numpy()
    if state.end:
        mask &= ~(frame["when_start"] > pd.Timestamp(state.end)).to_numpy()
    return frame[mask]


def filter_sql(state: FilterState) -> tuple[str, list]:
    """apply_filter as an SQL condition with its parameters, for the snapshot's tables (app.view):
    the same rows, including the missing dates apply_filter keeps (a comparison with NULL is not
    true in SQL, so they are kept explicitly)."""
    terms: list[str] = []
    params: list = []

    def listed(values) -> str:
        params.extend(values)
        return ", ".join("?" * len(values))

    if state.pairs:
        terms.append(f"pair IN ({listed(state.pairs)})")
    if state.focus:
        params.extend([state.focus, state.focus])
        terms.append("(country_a = ? OR country_b = ?)")
        if state.partners:
            params.append(state.focus)
            with_a = f"(country_a = ? AND country_b IN ({listed(state.partners)}))"
            params.append(state.focus)
            with_b = f"(country_b = ? AND country_a IN ({listed(state.partners)}))"
            terms.append(f"({with_a} OR {with_b})")
    elif state.partners:
        terms.append(f"(country_a IN ({listed(state.partners)}) OR country_b IN ({listed(state.partners)}))")
    if state.metrics:
        terms.append(f"metric IN ({listed(state.metrics)})")
    if state.start:
        params.append(pd.Timestamp(state.start).to_pydatetime())
        terms.append("(when_end IS NULL OR when_end >= ?)")
    if state.end:
        params.append(pd.Timestamp(state.end).to_pydatetime())
        terms.append("(when_start IS NULL OR when_start <= ?)")
    return " AND ".join(terms) or "TRUE", params


def keeps_pairs_whole(state: FilterState, needs: Iterable[str] = ()) -> bool:
    """The filter picks whole pairs: no period, and no metrics, or metrics that include all those a
    per-pair result `needs` (target progress reads turnover and targets only). Then what was
    computed per pair for the whole store holds for the view."""
    if state.start or state.end:
        return False
    return not state.metrics or (bool(needs) and set(needs) <= set(state.metrics))


def pairs_matching(state: FilterState, pairs: Iterable[str]) -> list[str]:
    """Of these pair keys, those the filter's pairs, focus and partners allow (metrics and dates
    are not looked at)."""
    kept = []
    for key in pairs:
        a, _, b = key.partition("-")
        if state.pairs and key not in state.pairs:
            continue
        if state.focus:
            other = b if a == state.focus else a if b == state.focus else None
            if other is None or (state.partners and other not in state.partners):
                continue
        elif state.partners and a not in state.partners and b not in state.partners:
            continue
        kept.append(key)
    return kept


def restrict_to(state: FilterState, countries: Iterable[str], pairs: Iterable[str]) -> FilterState:
    """Drop values the data no longer has (e.g. after a review rejected a pair's only fact)."""
    countries, pairs = set(countries), set(pairs)
    return replace(
        state,
        focus=state.focus if state.focus in countries else None,
        partners=tuple(c for c in state.partners if c in countries),
        pairs=tuple(p for p in state.pairs if p in pairs),
    )

"""Analysts' review decisions: checking a correction before it is stored, and applying the latest
decision per fact to a facts frame.

A correction may change the pair, metric, exporter, value, currency, period and target year; it is
stored as JSON of only the changed fields (dates as ISO strings), checked against the fact it
corrects, so that every stored correction yields a valid fact.
"""
from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from collections.abc import Mapping
from typing import Any

import pandas as pd
import pycountry

from parsers.schema import METRICS, NOT_ISO_COUNTRIES

ACTIONS = {"confirm": "confirmed", "correct": "corrected", "reject": "rejected"}
UNREVIEWED = "unreviewed"
REVIEW_STATUSES = (UNREVIEWED, *ACTIONS.values())
CORRECTABLE = (
    "country_a", "country_b", "metric", "exporter", "value", "currency",
    "period_start", "period_end", "target_year",
)
# Codes beyond ISO 3166 that facts use: the European Union as a whole (as the corpus rules say).
EXTRA_COUNTRY_CODES = frozenset(NOT_ISO_COUNTRIES)
YEARS = range(1900, 2201)
_PERIOD = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


class ReviewError(ValueError):
    """A review that cannot be stored; the message says what to fix, for the person reviewing."""


def checked_changes(fact: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """The corrected fields, normalised and JSON-ready; raises ReviewError on anything invalid.

    Besides CORRECTABLE fields, `pair` ("KAZ-TUR" or two codes) and `period` ("2021",
    "2023-01..2023-08", "2022-03-01..2022-05-31") are accepted, as the annotation rules write them.
    """
    changes = dict(changes)
    if "pair" in changes:
        changes.update(_pair(changes.pop("pair")))
    if "period" in changes:
        changes.update(_period(changes.pop("period")))
    unknown = sorted(set(changes) - set(CORRECTABLE))
    if unknown:
        raise ReviewError(f"cannot correct {', '.join(unknown)}: only {', '.join(CORRECTABLE)}, pair and period")
    if not changes:
        raise ReviewError("a correction needs at least one changed field")
    checked = {name: _CHECKS[name](value) for name, value in changes.items()}
    _check_consistent({**fact, **dated(checked)})
    return checked


def _country(code: Any) -> str:
    text = str(code or "").strip().upper()
    if text in EXTRA_COUNTRY_CODES or (len(text) == 3 and pycountry.countries.get(alpha_3=text)):
        return text
    raise ReviewError(f"unknown country code {code!r}: use an ISO 3166 alpha-3 code such as KAZ or TUR")


def _optional_country(code: Any) -> str | None:
    return None if code in (None, "") else _country(code)


def _pair(pair: Any) -> dict[str, str]:
    codes = re.split(r"[-/,\s]+", pair.strip()) if isinstance(pair, str) else list(pair)
    if len(codes) != 2:
        raise ReviewError(f"a pair is two country codes such as KAZ-TUR, not {pair!r}")
    country_a, country_b = sorted(map(_country, codes))
    return {"country_a": country_a, "country_b": country_b}


def _metric(metric: Any) -> str:
    if metric not in METRICS:
        raise ReviewError(f"unknown metric {metric!r}: one of {', '.join(METRICS)}")
    return metric


def _value(value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ReviewError(f"the value must be a number, not {value!r}") from None
    if not math.isfinite(number) or number <= 0:
        raise ReviewError(f"the value must be a positive amount, not {value!r}")
    return number


def _currency(code: Any) -> str:
    text = str(code or "").strip().upper()
    if len(text) == 3 and pycountry.currencies.get(alpha_3=text):
        return text
    raise ReviewError(f"unknown currency {code!r}: use an ISO 4217 code such as USD")


def _date(value: Any) -> str | None:
    if value in (None, ""):
        return None
    try:
        return (value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value).strip())).isoformat()
    except ValueError:
        raise ReviewError(f"a date is written YYYY-MM-DD, not {value!r}") from None


def _period(period: Any) -> dict[str, str | None]:
    """'2021' -> the whole year; 'A..B' -> from the first day of A to the last day of B."""
    if period in (None, ""):
        return {"period_start": None, "period_end": None}
    first, _, last = str(period).strip().partition("..")
    return {"period_start": _period_bound(first, start=True), "period_end": _period_bound(last or first, start=False)}


def _period_bound(text: str, start: bool) -> str:
    match = _PERIOD.match(text.strip())
    if not match:
        raise ReviewError(f"a period is written 2021, 2023-01..2023-08 or 2022-03-01..2022-05-31, not {text!r}")
    year, month, day = (int(part) if part else None for part in match.groups())
    if day is not None:
        return _date(text)
    month = month or (1 if start else 12)
    if not 1 <= month <= 12:
        raise ReviewError(f"no month {month} in period {text!r}")
    return dt.date(year, month, 1 if start else calendar.monthrange(year, month)[1]).isoformat()


def _target_year(year: Any) -> int | None:
    if year in (None, ""):
        return None
    try:
        number = int(str(year).strip())
    except ValueError:
        raise ReviewError(f"a target year is a year such as 2030, not {year!r}") from None
    if number not in YEARS:
        raise ReviewError(f"target year {number} is out of range {YEARS.start}-{YEARS.stop - 1}")
    return number


_CHECKS = {
    "country_a": _country, "country_b": _country, "metric": _metric, "exporter": _optional_country,
    "value": _value, "currency": _currency, "period_start": _date, "period_end": _date,
    "target_year": _target_year,
}


def dated(changes: Mapping[str, Any]) -> dict[str, Any]:
    """Stored changes with their ISO period dates as dates again."""
    return {k: dt.date.fromisoformat(v) if k.startswith("period_") and v else v for k, v in changes.items()}


def _check_consistent(fact: Mapping[str, Any]) -> None:
    """Rules across fields, checked on the fact as the correction would leave it."""
    if fact["country_a"] == fact["country_b"]:
        raise ReviewError("a pair needs two different countries")
    if fact.get("exporter") and fact["exporter"] not in (fact["country_a"], fact["country_b"]):
        raise ReviewError(f"the exporter {fact['exporter']} must be one of the pair")
    start, end = fact.get("period_start"), fact.get("period_end")
    if start and end and start > end:
        raise ReviewError(f"the period starts ({start}) after it ends ({end})")


def apply_reviews(frame: pd.DataFrame, latest: pd.DataFrame) -> pd.DataFrame:
    """Add review_status, review_note and reviewed_at from each fact's latest decision; apply corrections.

    `latest` has one row per reviewed fact key: fact_key, action, changes (dict), note, created_at.
    Only the reviewed rows are looked up: a million facts with a few hundred reviews stay fast.
    """
    latest = latest.set_index("fact_key")
    frame["review_status"] = pd.Series(UNREVIEWED, index=frame.index, dtype="string")
    frame["review_note"] = pd.Series(pd.NA, index=frame.index, dtype="string")
    frame["reviewed_at"] = pd.Series(pd.NaT, index=frame.index, dtype="datetime64[ns, UTC]")
    frame["reviewer"] = pd.Series(pd.NA, index=frame.index, dtype="string")
    # what the article said stays beside the reviewed value (a column copy: cheap at any size)
    frame["stated_value"] = frame["value"].copy()
    frame["stated_currency"] = frame["currency"].copy()
    rows = frame.index[frame["fact_key"].isin(latest.index).to_numpy(dtype=bool)]
    if not len(rows):
        return frame
    decisions = latest.loc[frame.loc[rows, "fact_key"]]
    frame.loc[rows, "review_status"] = decisions["action"].map(ACTIONS).to_numpy()
    frame.loc[rows, "review_note"] = decisions["note"].to_numpy()
    frame.loc[rows, "reviewed_at"] = pd.to_datetime(decisions["created_at"], utc=True).to_numpy()
    if "reviewer" in decisions.columns:
        frame.loc[rows, "reviewer"] = decisions["reviewer"].to_numpy()
    corrected = rows[(decisions["action"] == "correct").to_numpy()]
    _apply_corrections(frame, corrected, latest["changes"])
    return frame


def _apply_corrections(frame: pd.DataFrame, rows: pd.Index, changes_by_key: pd.Series) -> None:
    """Cell by cell: corrections are made by people, so there are few, and a null set on purpose
    (no target year after all) must stay apart from a field the correction leaves alone."""
    for row in rows:
        changes = changes_by_key[frame.at[row, "fact_key"]]
        usd, value = frame.at[row, "value_usd"], frame.at[row, "value"]
        if "value" in changes and pd.notna(usd):
            frame.at[row, "value_usd"] = usd * changes["value"] / value
        for name, new in changes.items():
            frame.at[row, name] = pd.Timestamp(new) if new and name.startswith("period_") else new


REVIEW_ROW_COLUMNS = ["fact_key", "source", "reviewed_at", "reviewer", "action", "field", "old", "new", "note"]


def review_rows(history: pd.DataFrame) -> pd.DataFrame:
    """Review history as one row per changed field (a confirmation or rejection is one row without a
    field): fact_key, reviewed_at, reviewer, action, field, old, new, note (columns REVIEW_ROW_COLUMNS
    without `source`, which the caller adds)."""
    rows = []
    for r in history.itertuples(index=False):
        base = {"fact_key": r.fact_key, "reviewed_at": pd.Timestamp(r.created_at).tz_localize("UTC")
                if pd.Timestamp(r.created_at).tzinfo is None else pd.Timestamp(r.created_at),
                "reviewer": r.reviewer, "action": r.action, "note": r.note}
        previous = r.previous or {}
        changed = [(name, previous.get(name), new) for name, new in (r.changes or {}).items() if name in previous] \
            if r.action == "correct" else []
        if not changed:
            rows.append({**base, "field": None, "old": None, "new": None})
        rows += [{**base, "field": name, "old": old, "new": new} for name, old, new in changed]
    columns = [c for c in REVIEW_ROW_COLUMNS if c != "source"]
    return pd.DataFrame(rows, columns=columns)

"""Fiscal years and national calendars: when each country's fiscal year starts, how its texts name one by a
single year, and the years some countries write in a calendar of their own (Bikram Sambat in Nepal, the
Solar Hijri year in Iran, the Ethiopian fiscal year), turned into the Gregorian year their fiscal year starts in.

All of it is read from data tables (fiscal_years.tsv, eras.tsv, named_eras.tsv); periods.py and period_spans.py
apply it.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache
from typing import Optional

from parsers.tables import read_tsv

Span = tuple[dt.date, dt.date]


@lru_cache(maxsize=None)
def _eras() -> list[tuple[int, int, int, str]]:
    return [(int(r["first_year"]), int(r["last_year"]), int(r["offset"]), r["iso3"]) for r in read_tsv("eras.tsv")]


def named_era_words() -> str:
    """The words that name a calendar whose years look Gregorian ("EFY", "Ethiopian fiscal year"), for the grammar."""
    return "|".join(f"(?i:{row['written']})" for row in read_tsv("named_eras.tsv"))


@lru_cache(maxsize=None)
def named_era_first_words() -> frozenset[str]:
    """The words a phrase naming such a calendar may start with."""
    return frozenset(word for row in read_tsv("named_eras.tsv") for word in row["first_words"].split())


@lru_cache(maxsize=None)
def _named_eras() -> list[tuple[re.Pattern[str], int, str]]:
    return [(re.compile(rf"(?i:{r['written']})"), int(r["offset"]), r["iso3"]) for r in read_tsv("named_eras.tsv")]


def named_era_year(written: str, year: int) -> tuple[Optional[int], Optional[str]]:
    """"2016 EFY": the Gregorian year the named era's fiscal year starts in, and whose calendar it is."""
    for pattern, offset, iso3 in _named_eras():
        if pattern.fullmatch(written):
            return year + offset, iso3
    return None, None


def gregorian(year: int) -> tuple[int, Optional[str]]:
    """A fiscal year's start in the Gregorian calendar, and the country whose calendar wrote it if another."""
    for first, last, offset, iso3 in _eras():
        if first <= year <= last:
            return year + offset, iso3
    return year, None


@lru_cache(maxsize=None)
def _fiscal_rows() -> dict[str, dict[str, str]]:
    return {row["iso3"]: row for row in read_tsv("fiscal_years.tsv")}


def fiscal_home(*candidates: Optional[str]) -> Optional[str]:
    """Whose fiscal year a text counts in: the first of the candidates (most likely first) that keeps one
    of its own; a country that keeps the calendar year does not write "FY2022-23" of itself."""
    rows = _fiscal_rows()
    return next((c for c in candidates if c in rows), next((c for c in candidates if c), None))


@lru_cache(maxsize=None)
def fiscal_start(home: Optional[str]) -> tuple[int, int]:
    """The (month, day) a country's fiscal year starts on (data/fiscal_years.tsv)."""
    rows = _fiscal_rows()
    row = rows.get(home or "default", rows["default"])
    return int(row["start_month"]), int(row["start_day"])


def one_year_named_by(home: Optional[str]) -> str:
    """Whether a country names a fiscal year by the year it starts or ends in ("fiscal 2022" is 2022-23 in Japan,
    2021-22 in India)."""
    rows = _fiscal_rows()
    return rows.get(home or "default", rows["default"])["one_year_named_by"]


def fiscal_year_start(first: str, second: Optional[str]) -> Optional[int]:
    """The year a fiscal year starts in: "2017-18" -> 2017, "FY2024" and "FY24" (named by the year they end
    in) -> 2023; None when the two years do not follow each other ("2017-19")."""
    start_year = int(first) if len(first) == 4 else 2000 + int(first)
    if second is None:
        return start_year - 1
    if int(second[-2:]) != (start_year + 1) % 100:
        return None
    return start_year


def add_months(day: dt.date, count: int) -> dt.date:
    month = day.month - 1 + count
    year = day.year + month // 12
    month = month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def fiscal_span(start_year: int, home: Optional[str], first: int = 1, last: int = 12) -> Span:
    """Months `first` to `last` (1 = the first month) of the fiscal year that starts in `start_year`."""
    month, day = fiscal_start(home)
    begin = dt.date(start_year, month, day)
    return add_months(begin, first - 1), add_months(begin, last) - dt.timedelta(days=1)

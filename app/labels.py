"""Human labels for codes, money and periods, shared by tables, figures and exports."""
from __future__ import annotations

from functools import lru_cache

import pandas as pd
import pycountry

from parsers.schema import NOT_ISO_COUNTRIES

# Codes the parsers use that are not ISO 3166-1 countries.
EXTRA_COUNTRIES = NOT_ISO_COUNTRIES
PAIR_SEP = "-"


@lru_cache(maxsize=None)
def country_name(code: str) -> str:
    """Short English name for an ISO3 code ('TUR' -> 'Türkiye'); the code itself if unknown."""
    if code in EXTRA_COUNTRIES:
        return EXTRA_COUNTRIES[code]
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def pair_key(a: str, b: str) -> str:
    """Order-independent key of a country pair, e.g. 'KAZ-TUR'."""
    return PAIR_SEP.join(sorted((a, b)))


def pair_codes(key: str) -> tuple[str, str]:
    a, _, b = key.partition(PAIR_SEP)
    return a, b


def pair_name(key: str) -> str:
    """'KAZ-TUR' -> 'Kazakhstan – Türkiye'; the two names in alphabetical order ('GBR-KAZ' ->
    'Kazakhstan – United Kingdom'), as pairs are listed by name."""
    return " – ".join(sorted(country_name(code) for code in pair_codes(key)))


def money(value: float | None) -> str:
    """Compact US dollar amount for labels: $31.2 bn, $450 m."""
    if value is None or pd.isna(value):
        return "n/a"
    for size, unit in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if abs(value) >= size:
            return f"${value / size:,.3g} {unit}"
    return f"${value:,.0f}"


def stated(value_usd, value, currency) -> str:
    """US dollars when known, else the figure in the currency the article used: '8.6 bn EUR'."""
    if value_usd is not None and pd.notna(value_usd):
        return money(value_usd)
    if value is None or pd.isna(value):
        return "n/a"
    return money(value).lstrip("$") + f" {currency}"


def day(value) -> str:
    """'2023-01-20' style date, or 'n/a'."""
    if value is None or pd.isna(value):
        return "n/a"
    return pd.Timestamp(value).strftime("%Y-%m-%d")


def period_label(start, end) -> str:
    """Name the span a figure covers: '2022', 'Jan–Aug 2023 (8 months)', 'Mar 2024 (1 month)'."""
    if start is None or end is None or pd.isna(start) or pd.isna(end):
        return "period not stated"
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if start.month == 1 and start.day == 1 and end.month == 12 and end.day == 31:
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    span = "1 month" if months == 1 else f"{months} months"
    if months == 1:
        return f"{start:%b %Y} ({span})"
    if start.year == end.year:
        return f"{start:%b}–{end:%b %Y} ({span})"
    return f"{start:%b %Y}–{end:%b %Y} ({span})"


def series_name(metric: str, exporter, pair: str) -> str:
    """'Turnover', 'Exports Kazakhstan → Türkiye', 'Imports into Türkiye from Kazakhstan'."""
    if metric not in ("exports", "imports") or exporter is None or pd.isna(exporter):
        return metric.capitalize()
    a, b = pair_codes(pair)
    importer = b if exporter == a else a
    if metric == "exports":
        return f"Exports {country_name(exporter)} → {country_name(importer)}"
    return f"Imports into {country_name(importer)} from {country_name(exporter)}"


def plural(n: int, word: str, words: str | None = None) -> str:
    """'1 article', '3 articles', '1,200 facts'."""
    return f"{n:,} {word if n == 1 else (words or word + 's')}"

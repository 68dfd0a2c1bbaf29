"""A figure that cannot be a bilateral trade flow is dropped, never stored 1,000 times too large.

The bounds are data (data/plausibility.tsv); what a currency unit is worth in dollars, roughly, comes
from currencies.tsv, so a figure in rupees or rubles is held to the same bounds.
"""
from __future__ import annotations

import math
from functools import lru_cache
from typing import Optional

from parsers.tables import read_tsv


@lru_cache(maxsize=None)
def bounds() -> dict[str, float]:
    return {row["bound"]: float(row["value"]) for row in read_tsv("plausibility.tsv")}


@lru_cache(maxsize=None)
def _usd_per_unit() -> dict[str, float]:
    """Roughly what a unit of each currency is worth in dollars (data/currency_values.tsv): enough to tell
    a misread figure, not to convert one."""
    return {row["iso"]: float(row["usd_per_unit"]) for row in read_tsv("currency_values.tsv")}


def plausible(value: float, currency: Optional[str]) -> bool:
    """Whether a value (in its own currency) can be one year's trade or less between two countries."""
    limits = bounds()
    if not math.isfinite(value) or value <= 0:
        return False
    rate = _usd_per_unit().get(currency or "")
    if rate is None:
        return True
    return limits["min_value_usd"] <= value * rate <= limits["max_value_usd"]


@lru_cache(maxsize=None)
def _trade_sizes() -> dict[str, float]:
    """Each country's largest yearly goods trade in dollars (data/trade_sizes.tsv, from IMF DOTS)."""
    return {row["iso3"]: float(row["largest_trade_usd"]) for row in read_tsv("trade_sizes.tsv")}


def trade_size(iso3: str) -> Optional[float]:
    """A country's largest yearly goods trade in dollars, if known."""
    return _trade_sizes().get(iso3)


def fits_pair(value: float, currency: Optional[str], pair: tuple[str, str]) -> bool:
    """Whether a value can be a flow between these two countries: not beyond the smaller one's whole trade
    (with the headroom of plausibility.tsv). Countries or currencies without a size pass."""
    rate = _usd_per_unit().get(currency or "")
    sizes = [size for size in (trade_size(iso3) for iso3 in pair) if size]
    if rate is None or not sizes:
        return True
    return value * rate <= bounds()["max_times_smaller_trade"] * min(sizes)


def grouping_plausible(value: float, currency: Optional[str]) -> bool:
    """Whether an amount read with a thousands comma ("6,700 billion") stays below the bound for such readings
    in its currency (dollars when it names none)."""
    rate = _usd_per_unit().get(currency or "USD")
    return rate is None or value * rate < bounds()["max_grouped_usd"]


def plausible_growth(growth_pct: Optional[float]) -> Optional[float]:
    """The growth rate when it can be one (a rise beyond tenfold is written as a multiple, or misread)."""
    if growth_pct is None or not math.isfinite(growth_pct) or abs(growth_pct) > bounds()["max_growth_pct"]:
        return None
    return growth_pct

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
    rates: dict[str, float] = {}
    for row in read_tsv("currencies.tsv"):
        rate = (row.get("usd_per_unit") or "").strip()
        if rate:
            rates[row["iso"]] = float(rate)
    return rates


def plausible(value: float, currency: Optional[str], growth_pct: Optional[float] = None) -> bool:
    """Whether a value (in its own currency) and its growth rate can be one year's trade or less between
    two countries."""
    limits = bounds()
    if not math.isfinite(value) or value <= 0:
        return False
    if growth_pct is not None and (not math.isfinite(growth_pct) or abs(growth_pct) > limits["max_growth_pct"]):
        return False
    rate = _usd_per_unit().get(currency or "")
    if rate is None:
        return True
    usd = value * rate
    return limits["min_value_usd"] <= usd <= limits["max_value_usd"]

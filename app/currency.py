"""Figures stated in other currencies, in US dollars at the average ECB reference rate of their period.

The rates ship inside the `currencyconverter` package (the European Central Bank's daily reference
rates, 42 currencies, 1999 to shortly before its release): no network. A figure for a period is
converted at the mean of the business-day rates in that period; a figure without a period (a
target, an undated total) at the rate of the article's date. A currency or a period the rates do
not cover stays unconverted, and the pages list it as not plotted.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

SOURCE = "ECB reference rates"


@lru_cache(maxsize=1)
def _converter():
    from currency_converter import CurrencyConverter  # loads the rates: about 0.7 s, so only when needed

    return CurrencyConverter(fallback_on_missing_rate=True)


def average_rate(currency: str, start, end) -> float | None:
    """US dollars per unit of `currency`, averaged over the business days from start to end; None
    when the ECB rates do not cover the currency or any day of the period."""
    converter = _converter()
    if currency not in converter.currencies or pd.isna(start):
        return None
    end = start if pd.isna(end) else end
    first = max(pd.Timestamp(start), *(pd.Timestamp(converter.bounds[c].first_date) for c in (currency, "USD")))
    last = min(pd.Timestamp(end), *(pd.Timestamp(converter.bounds[c].last_date) for c in (currency, "USD")))
    days = pd.bdate_range(first, last) if first <= last else []
    if not len(days):
        return None
    return float(np.mean([converter.convert(1.0, currency, "USD", date=day.date()) for day in days]))


def usd_rates(currency: pd.Series, start: pd.Series, end: pd.Series) -> np.ndarray:
    """The rate for each row (NaN where there is none), computed once per distinct currency and period."""
    keys = pd.DataFrame({"currency": currency.astype("string"), "start": start, "end": end})
    codes = keys.groupby(list(keys.columns), dropna=False, sort=False, observed=True).ngroup().to_numpy()
    firsts = keys.iloc[np.unique(codes, return_index=True)[1]]
    rates = np.array([np.nan if (r := average_rate(c, s, e)) is None else r
                      for c, s, e in firsts.itertuples(index=False)], dtype="float64")
    return rates[codes] if len(codes) else np.array([], dtype="float64")


def rate_note(currency: str, rate: float, period: str | None) -> str:
    """'converted at 1 EUR = 1.181 US$ (2018 average, ECB reference rates)'; without a period, the
    rate of the article's date."""
    basis = f"{period} average" if period else "rate of the article's date"
    return f"converted at 1 {currency} = {rate:.4g} US$ ({basis}, {SOURCE})"

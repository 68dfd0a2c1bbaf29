"""Reading facts back as comparable tuples, for the tables of cases in the grammar tests.

A fact is (pair, metric, exporter, value, currency, period, target_year), the period written
"YYYY-MM..YYYY-MM" (or None). The article date is 2023-10-02 unless a case says otherwise.
"""
from __future__ import annotations

import datetime as dt

from parsers.facts import extract_facts

DATE = dt.date(2023, 10, 2)


def facts_of(text: str, date: dt.date | None = DATE) -> set[tuple]:
    found = set()
    for f in extract_facts(text, source="case", article_date=date):
        period = None
        if f.period_start is not None:
            period = f"{f.period_start:%Y-%m}..{f.period_end:%Y-%m}"
        found.add(((f.country_a, f.country_b), f.metric, f.exporter, round(f.value), f.currency, period,
                   f.target_year))
    return found

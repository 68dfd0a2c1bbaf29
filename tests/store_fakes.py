"""A stand-in parser for the store's tests, independent of the real grammar's progress.

It understands one phrasing, "Trade between Kazakhstan and Turkey reached $5 billion in 2022.",
and fails on NUL bytes or empty input the way parse_document does. Module-level so that worker
processes can import it.
"""
from __future__ import annotations

import datetime as dt
import os
import random
import re
import time

from parsers.schema import Fact, ParsedArticle

COUNTRIES = {"Kazakhstan": "KAZ", "Turkey": "TUR", "China": "CHN", "Russia": "RUS",
             "Azerbaijan": "AZE", "Mexico": "MEX", "Vietnam": "VNM", "Korea": "KOR"}
SENTENCE = re.compile(
    r"Trade between (?P<a>\w+) and (?P<b>\w+) (?P<verb>reached|could reach) \$(?P<value>[\d.]+) "
    r"(?P<unit>million|billion) (?:in|by) (?P<year>\d{4})\."
)
UNITS = {"million": 1e6, "billion": 1e9}


def fake_parse(data: bytes, source: str) -> ParsedArticle:
    if not data.strip() or b"\x00" in data:
        return ParsedArticle(source=source, status="error", message="binary or empty file")
    text = data.decode("utf-8", errors="replace")
    facts = [_fact(match, source) for match in SENTENCE.finditer(text)]
    return ParsedArticle(
        source=source, article_date=dt.date(2023, 5, 1), title=text.splitlines()[0][:60],
        status="ok" if facts else "no_facts", message="" if facts else "no bilateral trade figure found",
        facts=facts,
    )


def _fact(match: re.Match, source: str) -> Fact:
    a, b = sorted((COUNTRIES[match["a"]], COUNTRIES[match["b"]]))
    year = int(match["year"])
    value = float(match["value"]) * UNITS[match["unit"]]
    is_target = match["verb"] == "could reach"
    return Fact(
        source=source, article_date=dt.date(2023, 5, 1), country_a=a, country_b=b,
        metric="target" if is_target else "turnover", exporter=None, value=value, currency="USD",
        value_usd=value, qualifier=None, growth_pct=None,
        period_start=None if is_target else dt.date(year, 1, 1),
        period_end=None if is_target else dt.date(year, 12, 31),
        target_year=year if is_target else None, target_reached=False if is_target else None,
        evidence=match.group(0), evidence_start=match.start(), evidence_end=match.end(),
    )


def article(n: int) -> str:
    """A small article text with two facts that differ from article to article."""
    return (f"Kazakh and Turkish ministers met, report {n}\n\n"
            f"Trade between Kazakhstan and Turkey reached ${n + 1} billion in 2022. "
            f"Trade between Kazakhstan and Turkey could reach ${n + 10} billion by 2030.\n")


def slow_parse(data: bytes, source: str) -> ParsedArticle:
    """fake_parse taking as long as a real parse, unevenly, so that concurrent ingests overtake each other."""
    time.sleep(random.uniform(0.0, 0.05))
    return fake_parse(data, source)


def dying_parse(data: bytes, source: str) -> ParsedArticle:
    """fake_parse whose process dies on one article, as when the kernel kills a worker."""
    if source == "a05.txt":
        os._exit(1)
    return fake_parse(data, source)

"""The year of a date written without one: a dateline 'MINSK, 27 January (BelTA)', a closing
'15 December', 'on Saturday (November 06)'.

The text bounds the year from below: an article is written after the figures it reports, so no
earlier than the latest year it speaks of as past (a goal 'by 2030' or a forecast 'could reach $2
billion in 2019' is not past) and no earlier than the last month of a span it reports ('January-
November 2025'). A weekday, the date's own or one the story happened on, picks the year among those
near that bound; failing that, the corpus rule: the year nearest before 2026 that makes the weekday
right. Never a year after today; with nothing to go on, None.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from parsers.calendar_words import MONTHS, compile_shape, month_of
from parsers.lexicon import alternation
from parsers.tables import read_tsv

# The corpus rule for "On Friday, 9 August" without a year: the matching year nearest before this.
WEEKDAY_YEAR_BEFORE = 2026
# A day and month fall on the same weekday again within 11 years (29 February within 28).
_WEEKDAY_CYCLE_YEARS = 29
# How far before a year a goal or forecast word may stand ("could approach $2 bln in 2019").
_CUE_WORDS_BEFORE = 6
_CUE_CHARS_BEFORE = 60

_YEAR = re.compile(r"(?<![\d$.,])((?:19[5-9]|20\d)\d)(?![\d%])")
_CUES = {"next": set(), "clause": set()}
for _row in read_tsv("year_cues.tsv"):
    _CUES[_row["before"]].add(_row["word"])
# A clause ends at punctuation that is not inside a number ('$2.5 billion').
_CLAUSE_END = re.compile(r"[;:!?()\[\]\n\"“”]|[,.](?=\s)")
_ORDINALS = [row["word"] for row in read_tsv("ordinals.tsv")]
_COUNT_VALUES = {row["word"].lower(): int(row["value"]) for row in read_tsv("ordinals.tsv")}
_COUNT = rf"(?P<count>1[0-2]|[1-9]|{alternation([w for word in _ORDINALS for w in (word, word.title())])})\b"
_SPANS = [
    (compile_shape(row["pattern"], count=_COUNT), int(row["last_month"]) if row["last_month"] else None)
    for row in read_tsv("reported_periods.tsv")
]
# Phrases that put the year of writing after a year given whole: "last year", "the first eight
# months of this year".
_BEFORE_THIS_YEAR = re.compile(
    r"\b(?:[Ll]ast|[Pp]revious) year\b|\b(?:months|quarter|half) of (?:this|the current) year\b"
)
_PART_OF_YEAR = rf"{alternation([name.title() for name in MONTHS])}|months?|quarter|half|semester"


def year_for(day: int, month: int, text: str, weekday: Optional[int] = None, loose: bool = False) -> Optional[int]:
    """The year of a day and month the text gives without one.

    `weekday` is the date's own weekday ('Saturday (November 06)'), or with `loose` a weekday the
    story happened on, which may also be the day before the date ('released on Thursday' under a
    Friday dateline)."""
    floor = writing_floor(text)
    first = None if floor is None else floor[0] + (month < floor[1])
    if weekday is None:
        return first
    this_year = dt.date.today().year
    days_before = (0, 1) if loose else (0,)
    near = [year for year in (first, first + 1) if year <= this_year] if first else []
    for year in near:
        if any(_falls_on(day, month, year, weekday, back) for back in days_before):
            return year
    lowest = first or WEEKDAY_YEAR_BEFORE - _WEEKDAY_CYCLE_YEARS
    corpus_rule = range(min(WEEKDAY_YEAR_BEFORE - 1, this_year), lowest - 1, -1)
    for back in days_before:
        year = next((year for year in corpus_rule if _falls_on(day, month, year, weekday, back)), None)
        if year:
            return year
    return first


def writing_floor(text: str) -> Optional[tuple[int, int]]:
    """The earliest (year, month) the text can be from, or None when it names no past year."""
    latest = latest_past_year(text)
    floors = [(_writing_year(text, latest), 1)] if latest else []
    span = _latest_span(text)
    if span:
        floors.append(span)
    return max(floors, default=None)


def latest_past_year(text: str) -> Optional[int]:
    """The latest year the text speaks of as past: an article is written after the figures it
    reports. Goals ('by 2030'), forecasts ('will reach $1 billion in 2027') and years after today
    are not past."""
    this_year = dt.date.today().year
    years = [int(m[1]) for m in _YEAR.finditer(text) if int(m[1]) <= this_year and not _is_goal(text, m.start())]
    return max(years, default=None)


def _writing_year(text: str, latest: int) -> int:
    """The latest past year, or the year after it when the text gives that year whole and speaks of
    'last year' or part of 'this year' (so 'this year' is a later one)."""
    if not _BEFORE_THIS_YEAR.search(text):
        return latest
    part_of_latest = re.search(rf"(?:{_PART_OF_YEAR})\W+(?:\w+\W+){{0,3}}{latest}(?!\d)", text)
    return latest if part_of_latest else latest + 1


def _latest_span(text: str) -> Optional[tuple[int, int]]:
    """(year, last month) of the latest span of months the text reports as past."""
    this_year = dt.date.today().year
    spans = []
    for pattern, last_month in _SPANS:
        for match in pattern.finditer(text):
            year = int(match["year"])
            if year <= this_year and not _is_goal(text, match.start()):
                spans.append((year, last_month or _span_end(match.groupdict())))
    return max(spans, default=None)


def _span_end(parts: dict[str, str]) -> int:
    return month_of(parts) if parts.get("month") else _COUNT_VALUES.get(parts["count"].lower()) or int(parts["count"])


def _is_goal(text: str, start: int) -> bool:
    """Whether a goal or forecast word stands before this position in its clause."""
    before = text[max(0, start - _CUE_CHARS_BEFORE):start]
    clause = _CLAUSE_END.split(before)[-1].lower().split()
    if clause and clause[-1] in _CUES["next"]:
        return True
    return any(word.strip("'’") in _CUES["clause"] for word in clause[-_CUE_WORDS_BEFORE:])


def _falls_on(day: int, month: int, year: int, weekday: int, days_before: int) -> bool:
    """Whether the day (less `days_before`) of that year is the weekday; False for no such day."""
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return False
    return (date - dt.timedelta(days=days_before)).weekday() == weekday

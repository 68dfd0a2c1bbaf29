"""The year of a date written without one: a dateline 'MINSK, 27 January (BelTA)', a closing
'15 December', 'on Saturday (November 06)'.

The text bounds the year from below: an article is written after what it reports, so no earlier
than the latest year it speaks of as past (a goal 'by 2030' or a forecast 'could reach $2 billion
in 2019' is not past), later than a whole year whose figure it reports ('$1.65 billion in 2018'),
and no earlier than the last month of a span it reports ('January-November 2025'). A weekday, the
date's own or one the story happened on, picks the year among those near that bound; failing that,
the corpus rule: the year nearest before 2026 that makes the weekday right. Never a year after
today; with nothing to go on, None. The cue words live in data/year_cues.tsv, the spans in
data/reported_periods.tsv.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from parsers.calendar_words import MONTH_NAME, compile_shape, month_of, written_years
from parsers.lexicon import alternation
from parsers.tables import read_tsv

# The corpus rule for "On Friday, 9 August" without a year: the matching year nearest before this.
WEEKDAY_YEAR_BEFORE = 2026
# A day and month fall on the same weekday again within 11 years (29 February within 28).
_WEEKDAY_CYCLE_YEARS = 29
# How far before a year a goal or forecast word may stand in its clause ("could approach $2 bln in 2019", "will
# provide A$637.6 million in official development assistance to PNG in 2024-25"); after it, only the next word
# counts ("2023 will", "2023 is expected").
_CUE_WORDS_BEFORE = 16
_CUE_CHARS_BEFORE = 90
_CUE_CHARS_AFTER = 24
_SENTENCE_CHARS = 300

_FIRST_YEAR = 1950
_NOT_BEFORE_YEAR = set("0123456789$.,")
_CUES: dict[str, list[str]] = {"goal_next": [], "goal_clause": [], "goal_link": [], "clause_end": [], "figure": []}
for _row in read_tsv("year_cues.tsv"):
    _CUES[_row["kind"]].append(_row["word"])
# ... "by the end of 2030", "until mid-2026", "by early 2027"
_GOAL_NEXT = re.compile(rf"\b(?:{alternation(_CUES['goal_next'])})(?:\s+the\s+(?:end|middle|start|beginning)\s+of"
                        r"|\s+(?:early|late|mid))?(?:\s+|(?<=mid)-)$", re.IGNORECASE)
_GOAL_WORDS = set(_CUES["goal_clause"])
_LINK_WORDS = set(_CUES["goal_link"])
_CLAUSE_WORDS = set(_CUES["clause_end"])
# Letters may not continue a figure word, digits may: "$20bn", "5%".
_FIGURE = re.compile(rf"(?<![A-Za-z])(?:{alternation(_CUES['figure'])})(?![A-Za-z])")
# A clause ends at punctuation that is not inside a number ('$2.5 billion') nor an abbreviation's ("U.S. dollars").
_CLAUSE_END = re.compile(r"[;:!?()\[\]\n\"“”]|(?:,|(?<!\b[A-Z])\.)(?=\s)")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
# A whole year as the period of a figure: "in 2018", "during 2018", "at the end of 2018"; not a part
# of it ("the first half of 2018", "January 2018") nor a range ("2017-18").
_WHOLE_YEAR_BEFORE = re.compile(r"(?<![\w-])(?:[Ii]n|[Dd]uring|[Ff]or|[Oo]ver|[Tt]hroughout|end of)\s+$")
_RANGE_AFTER = re.compile(r"\s*[-–/]\s*\d")
# "a level the two economies reached only once, in 2011", "a level last seen in 2012": a past peak the figure is set
# against, no year the text reports on
_PAST_PEAK_BEFORE = re.compile(r"\b(?:(?:only|just)\s+once|last\s+(?:seen|reached|recorded|achieved|hit)|"
                               r"(?:record|peak|high)\s+(?:[^\s;]+\s+){0,4}?(?:set|reached|seen|recorded|hit))"
                               r",?\s+(?:back\s+)?in\s+$")
_CHANGED_IN_BEFORE = re.compile(r"\b(?:grew|rose|fell|increased|decreased|declined|dropped|jumped|climbed|expanded|"
                                r"contracted|doubled|tripled)\s+(?:[\w%.,$]+\s+){0,4}?in\s+$")
_ORDINALS = [row["word"] for row in read_tsv("ordinals.tsv")]
_COUNT_VALUES = {row["word"].lower(): int(row["value"]) for row in read_tsv("ordinals.tsv")}
_COUNT = rf"(?P<count>1[0-2]|[1-9]|{alternation([w for word in _ORDINALS for w in (word, word.title())])})\b"
# What stands right before the year of a span ("November 2025", "months of 2025", "H1 2025"), and
# how far back a span may start ("the first eleven months of the year 2025").
_SPAN_BEFORE_YEAR = re.compile(rf"(?:(?:{MONTH_NAME})\.?(?:\s+\d{{1,2}})?,?|\b(?i:of)(?:\s+the)?(?:\s+year)?|\b[HQ][1-4])\s*$")
_FISCAL_YEAR = re.compile(r"(?<![\w/.-])(?:FY\s*'?(?P<first>(?:19|20)?\d\d)(?:\s*[-/–]\s*(?P<second>\d{2,4}))?"
                          r"|(?P<first2>(?:19|20)\d\d)\s*[-/–]\s*(?P<second2>\d\d))(?![\w-])")
FISCAL_YEAR_END_MONTH = 3
# a fiscal year the text is in, not one it looks back on: "the current fiscal year 2023-24", "this FY24"
_PART_BEFORE = re.compile(r"(?:\b[HQ][1-4]|\bfirst\s+(?:half|quarter|\w+\s+months)\s+of|\b[A-Z][a-z]{2,8}\.?\s*[-–]\s*"
                          r"[A-Z][a-z]{2,8}\.?)\s+(?:the\s+)?(?:(?:current|this)\s+)?(?:(?:fiscal|financial)\s+year\s*)?$")
_RUNNING_BEFORE = re.compile(r"\b(?:current|this|ongoing|running|present)\s+"
                             r"(?:(?:fiscal|financial)\s+year\s*)?(?:\(\s*)?$", re.IGNORECASE)
# A year named as what a figure is compared with: "from $58.8 billion in 2022", "compared to 2022".
COMPARED_YEAR = re.compile(r"(?:\bfrom\s+(?:us\$|usd|\$|€|£|rs\.?|sh|r)?\s*[\d.,]+\s*(?:[a-z]+\s+){0,2}|"
                           r"\b(?:compared\s+(?:to|with)|against|versus|than)\s+(?:(?:[^.;]|\.\d){0,24}?\s)?)$")
_HINT_CHARS = 16
_SPAN_CHARS = 50
_SPANS = [
    (compile_shape(row["pattern"], count=_COUNT), int(row["last_month"]) if row["last_month"] else None)
    for row in read_tsv("reported_periods.tsv")
]


def year_for(day: int, month: int, text: str, weekday: Optional[int] = None, loose: bool = False) -> Optional[int]:
    """The year of a day and month the text gives without one.

    `weekday` is the date's own weekday ('Saturday (November 06)'), or with `loose` a weekday the
    story happened on, which may also be the day before the date ('released on Thursday' under a
    Friday dateline)."""
    today = dt.date.today()
    last_possible = today.year - ((month, day) > (today.month, today.day))
    floor, reported = _floor_and_source(text)
    first = None if floor is None else min(floor[0] + (month < floor[1]), last_possible)
    if weekday is None:
        return first
    days_before = (0, 1) if loose else (0,)
    # a text is written soon after the data it reports ("$1.2 billion in 2023" under "Monday, 5 February"); a year
    # it only mentions ("the agreement, signed in 2017") bounds it without placing it
    near = [year for year in (first, first + 1) if year <= last_possible] if first and reported else []
    for year in near:
        if any(_falls_on(day, month, year, weekday, back) for back in days_before):
            return year
    lowest = first or WEEKDAY_YEAR_BEFORE - _WEEKDAY_CYCLE_YEARS
    corpus_rule = range(min(WEEKDAY_YEAR_BEFORE - 1, last_possible), lowest - 1, -1)
    for back in days_before:
        found = next((year for year in corpus_rule if _falls_on(day, month, year, weekday, back)), None)
        if found:
            return found
    return first


def writing_floor(text: str) -> Optional[tuple[int, int]]:
    """The earliest (year, month) the text can be from, or None when it names no past year; never
    later than today."""
    return _floor_and_source(text)[0]


def _floor_and_source(text: str) -> tuple[Optional[tuple[int, int]], bool]:
    """The writing floor, and whether the data the text reports set it (not a year it only mentions)."""
    years, figure_years = _past_years(text)
    mentioned = (max(years), 1) if years else None
    reported = _reported_floor(text, figure_years)
    floors = [floor for floor in (mentioned, reported) if floor is not None]
    if not floors:
        return None, False
    today = dt.date.today()
    return min(max(floors), (today.year, today.month)), reported is not None and reported >= max(floors)


def _reported_floor(text: str, figure_years: list[int]) -> Optional[tuple[int, int]]:
    """The earliest (year, month) after the data the text reports: a whole year of a figure, a change in a year, a
    span, a fiscal year, a period compared with."""
    floors = []
    changed = [year for year, match in _years(text)
               if _CHANGED_IN_BEFORE.search(text, max(0, match.start() - 40), match.start())
               and not _is_goal(text, match.start(), match.end())]
    if changed:
        floors.append((max(changed), 1))  # "sales grew in 2014": a change the text reports, not a mention
    if figure_years:
        floors.append((max(figure_years) + 1, 1))
    span = _latest_span(text)
    if span:
        floors.append(span)
    fiscal = _latest_fiscal_year(text)
    if fiscal:
        floors.append(fiscal)
    compared = [int(match["year"]) for match in _COMPARED_YEAR.finditer(text)]
    if compared:
        floors.append((max(compared) + 1, 1))  # "this year ..., up 13.5% compared to January-October 2022"
    return max(floors) if floors else None


# a year a figure is compared with ("compared to January-October 2022", "up from 2022"): the text is from a later year
_COMPARED_YEAR = re.compile(r"\b(?:compared\s+(?:to|with)|against|versus|vs\.?|up\s+from|down\s+from)\s+(?:the\s+)?"
                            r"(?:(?:same\s+period|[A-Za-z]+(?:\s*[-–]\s*[A-Za-z]+)?)\s+(?:of\s+)?)?"
                            r"(?P<year>(?:19|20)\d\d)\b(?![-–/]\d)")


def latest_past_year(text: str, above: int = 0) -> Optional[int]:
    """The latest year after `above` the text speaks of as past (see `_past_years`); latest first,
    as the latest year written is nearly always past and the goal check then runs once. The running
    calendar year does not count: a text names it for plans as often ("the review is due in 2026")."""
    this_year = dt.date.today().year
    years = sorted(((year, match) for year, match in _years(text) if year > above), key=lambda pair: -pair[0])
    return next(
        (year for year, match in years if year < this_year and not _is_goal(text, match.start(), match.end())),
        None,
    )


def _years(text: str) -> list[tuple[int, re.Match[str]]]:
    """Every year written in the text ('$2019' and '1.2019' are not years)."""
    return [
        (int(match[0]), match) for match in written_years(text)
        if int(match[0]) >= _FIRST_YEAR and (not match.start() or text[match.start() - 1] not in _NOT_BEFORE_YEAR)
    ]


def _past_years(text: str) -> tuple[list[int], list[int]]:
    """The years the text speaks of as past, and those it gives as the whole period of a figure.
    Goals ('by 2030'), forecasts ('will reach $1 billion in 2027') and years after today are not past."""
    this_year = dt.date.today().year
    years, figure_years = [], []
    for year, match in _years(text):
        if year > this_year or _is_goal(text, match.start(), match.end()) or _ends_running_year(text, match.start()) \
                or _ends_a_programme(text, match.start(), year):
            continue
        years.append(year)
        if _is_whole_year_of_a_figure(text, match.start(), match.end()):
            figure_years.append(year)
    return years, figure_years


_RANGE_BEFORE = re.compile(r"(?:19|20)\d\d\s*[-/–]\s*$")


def _ends_a_programme(text: str, start: int, year: int) -> bool:
    """'a cooperation programme for 2022-2026': the last year of a span of several is a plan's horizon, not a year
    the text looks back on."""
    opening = _RANGE_BEFORE.search(text, max(0, start - 8), start)
    return opening is not None and year - int(text[opening.start():opening.start() + 4]) >= 2


def _ends_running_year(text: str, start: int) -> bool:
    """'the current 2024-2025 financial year': the year a running fiscal year ends in is still to come."""
    opening = _RANGE_BEFORE.search(text, max(0, start - 8), start)
    return opening is not None and \
        _RUNNING_BEFORE.search(text, max(0, opening.start() - _HINT_CHARS - 16), opening.start()) is not None


def _is_whole_year_of_a_figure(text: str, start: int, end: int) -> bool:
    """'in 2018' in a sentence with an amount or a percentage: a figure for the whole year."""
    if not _WHOLE_YEAR_BEFORE.search(text, max(0, start - 12), start) or _RANGE_AFTER.match(text, end) \
            or _PAST_PEAK_BEFORE.search(text, max(0, start - 40), start):
        return False
    sentence_from = max(0, start - _SENTENCE_CHARS)
    sentence_start = max((m.end() for m in _SENTENCE_END.finditer(text, sentence_from, start)), default=sentence_from)
    sentence_end = _SENTENCE_END.search(text, end)
    return bool(_FIGURE.search(text[sentence_start:sentence_end.start() if sentence_end else len(text)].lower()))


def _latest_span(text: str) -> Optional[tuple[int, int]]:
    """(year, last month) of the latest span of months the text reports as past. Spans end in their
    year, so the span shapes run only over the characters before a year that a month name, 'of' or
    'H1' precedes."""
    this_year = dt.date.today().year
    spans = []
    for year, match in _years(text):
        start = match.start()
        if year > this_year or not _SPAN_BEFORE_YEAR.search(text, max(0, start - _HINT_CHARS), start):
            continue
        window_start = max(0, start - _SPAN_CHARS)
        window = text[window_start:match.end() + 1]
        span = next(
            (
                (m, last_month) for pattern, last_month in _SPANS for m in pattern.finditer(window)
                if m.start("year") + window_start == start
            ),
            None,
        )
        if span and not _is_goal(text, window_start + span[0].start(), match.end()):
            spans.append((year, span[1] or _span_end(span[0].groupdict())))
    return max(spans, default=None)


def _latest_fiscal_year(text: str) -> Optional[tuple[int, int]]:
    """(year, month) after the end of the latest fiscal year the text reports as past ("FY2021-22",
    "2021/22", "FY22"). Fiscal years end in March at the earliest (India, Japan, the UK); later ones
    (June in Pakistan and Bangladesh) only move the date further."""
    this_year = dt.date.today().year
    ends = []
    for match in _FISCAL_YEAR.finditer(text):
        first, second = match["first"] or match["first2"], match["second"] or match["second2"]
        start = int(first) if len(first) == 4 else 2000 + int(first)
        if second is None:
            end = start  # "FY22" is named by the year it ends in
        elif int(second[-2:]) == (start + 1) % 100:
            end = start + 1
        else:
            continue  # "2019-21" is two years, not a fiscal year
        if end > this_year or _is_goal(text, match.start(), match.end()):
            continue
        if _RUNNING_BEFORE.search(text, max(0, match.start() - _HINT_CHARS - 16), match.start()) \
                or _PART_BEFORE.search(text, max(0, match.start() - _HINT_CHARS - 24), match.start()):
            # "the current fiscal year 2023-24", "H1 FY25", "April-October 2024-25": begun, not over
            ends.append((end - 1, FISCAL_YEAR_END_MONTH + 1))
        else:
            ends.append((end, FISCAL_YEAR_END_MONTH + 1))
    return max(ends, default=None)


def _span_end(parts: dict[str, str]) -> int:
    return month_of(parts) if parts.get("month") else _COUNT_VALUES.get(parts["count"].lower()) or int(parts["count"])


def _is_goal(text: str, start: int, end: int) -> bool:
    """Whether the year at text[start:end] is a goal or forecast: 'by' right before it, a goal word
    before it in its clause or right after it ('the end of 2023 will see')."""
    before = text[max(0, start - _CUE_CHARS_BEFORE):start]
    if _GOAL_NEXT.search(before):
        return True
    clause = _CLAUSE_END.split(before)[-1].split()[-_CUE_WORDS_BEFORE:]
    ends = [i for i, word in enumerate(clause) if word in _CLAUSE_WORDS]
    clause = clause[ends[-1] + 1:] if ends else clause
    after = _CLAUSE_END.split(text[end:end + _CUE_CHARS_AFTER])[0].split()
    if after and after[0] in _LINK_WORDS:
        after = after[1:]
    return any(word.strip("'’") in _GOAL_WORDS for word in clause + after[:1])


def _falls_on(day: int, month: int, year: int, weekday: int, days_before: int) -> bool:
    """Whether the day (less `days_before`) of that year is the weekday; False for no such day."""
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return False
    return (date - dt.timedelta(days=days_before)).weekday() == weekday

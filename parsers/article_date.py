"""The date of an article, read from the places where news texts state it.

Where to look, most trusted first: a ` date YYYY-MM-DD` capture header; a dateline at the start of
a line ("ANKARA, May 10 (Xinhua) --", "ASTANA, Kazakhstan, October 2."); a full date near the top
(a stamp "25 Sep 2023 16:40", "Xinhua, June 5, 2015", a photo caption); a weekday with day and
month ("On Friday, 9 August"); a signature at the end ("/// nCa, 20 January 2023").
Our own small grammar finds the phrase; dateparser turns only that phrase into a date, because
searching a whole article with dateparser is slow and finds dates in '$10' or 'may'.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Optional

from dateparser.date import DateDataParser

from parsers.lexicon import alternation
from parsers.tables import read_tsv

# Datelines, stamps and captions sit in the first lines; signatures in the last ones.
HEAD_CHARS = 800
TAIL_CHARS = 200
# The corpus rule for "On Friday, 9 August" without a year: the matching year nearest before this.
WEEKDAY_YEAR_BEFORE = 2026

_MONTHS = {row["name"].lower(): int(row["month"]) for row in read_tsv("months.tsv")}
_WEEKDAYS = {row["alias"].lower(): int(row["weekday"]) for row in read_tsv("weekdays.tsv")}


def _alternation(aliases: list[str]) -> str:
    """Aliases in Title and UPPER case, longest first so 'Sept' wins over 'Sep'."""
    return alternation([form for alias in aliases for form in (alias.title(), alias.upper())])


# Names carry no leading word-boundary check: a capital letter starts them anyway, and a leading
# assertion would stop the regex engine from skipping ahead to candidate letters (several times slower).
_PARTS = {
    "day": r"(?<![\d,])(?<!\d\.)(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)",
    "month": rf"(?P<month>{_alternation(list(_MONTHS))})\b",
    "mm": r"(?P<mm>1[0-2]|0?[1-9])",
    "year": r"(?P<year>(?:19|20)\d\d)(?![\d%])",
    "weekday": rf"(?P<weekday>{_alternation(list(_WEEKDAYS))})\b",
}
_SHAPES: dict[str, list[str]] = {"full": [], "daymonth": []}
for _row in read_tsv("date_phrases.tsv"):
    _SHAPES[_row["role"]].append(_row["pattern"])


def _compile(template: str) -> re.Pattern[str]:
    return re.compile(template.format(**_PARTS))


_HEADER = re.compile(r"\A\s*date:?\s+(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)\b[ \t]*")
# Full dates are found from their year: years are rare and quick to find, so the date shapes only
# run over the few characters around each one ("September 30th, " before it, "-09-30" after).
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d(?![\d%])")
_CHARS_BEFORE_YEAR = 24
_CHARS_AFTER_YEAR = 6
_FULL = [_compile(shape) for shape in _SHAPES["full"]]
# "PLACE[, Region][,.] <day and month>[, year]" then "(Agency)", a dash, a colon or a full stop;
# tried only where a line starts.
_PLACE = rf"(?!On\b|In\b|(?:{_alternation(list(_WEEKDAYS))})\b)[A-Z][A-Za-z'’.-]*(?:[ -][A-Z][A-Za-z'’.-]*){{{{0,2}}}}"
_DATELINE = [
    _compile(
        rf"[ \t]*{_PLACE}[,.]\s+(?:{_PLACE},\s+)?{shape}(?:,?\s+{{year}})?"
        r"(?=\s*\(|\s*,?\s*(?:--|[-–—•])|[.:](?:\s|$))"
    )
    for shape in _SHAPES["daymonth"]
]
_WEEKDAY_DAYMONTH = [_compile(rf"{{weekday}},?\s+(?:the\s+)?{shape}") for shape in _SHAPES["daymonth"]]
_WEEKDAY_MENTION = _compile(r"\b(?:on|On|last|Last)\s+{weekday}")
# Phrases that put the year of writing after a year given whole: "last year", "the first eight
# months of this year".
_BEFORE_THIS_YEAR = re.compile(
    r"\b(?:[Ll]ast|[Pp]revious) year\b|\b(?:months|quarter|half) of (?:this|the current) year\b"
)
_PART_OF_YEAR = rf"{_alternation(list(_MONTHS))}|months?|quarter|half|semester"
_PAST_YEAR = re.compile(r"(?<![\d$.,])(?<!by )(?<!until )(?<!till )((?:19[5-9]|20\d)\d)(?![\d%])")
# One parser for the process: building one per call costs more than the parse itself.
_DATEPARSER = DateDataParser(languages=["en"])
# A day and month fall on the same weekday again within 11 years (29 February within 28).
_WEEKDAY_CYCLE_YEARS = 29


@dataclass(frozen=True)
class _Found:
    """A date phrase found in the text: its position and parts (year None when not written)."""

    start: int
    day: int
    month: int
    year: Optional[int]


def article_date(text: str) -> Optional[dt.date]:
    """The publication or event date the text itself states; None when it gives no way to know."""
    for day, month, year in _candidates(text):
        date = _calendar_date(day, month, year)
        if date:
            return date
    return None


def _candidates(text: str) -> Iterator[tuple[int, int, int]]:
    """(day, month, year) from each place a date may be stated, most trusted first; computed lazily
    because the first valid one is nearly always the header or the dateline."""
    header = _HEADER.match(text)
    if header:
        yield int(header["day"]), int(header["month"]), int(header["year"])
        text = text[header.end():]
    head = text[:HEAD_CHARS]
    stamps = _full_dates(head)
    dateline = _dateline(head)
    if dateline:
        year = dateline.year or _dateline_year(dateline, stamps, text)
        if year:
            yield dateline.day, dateline.month, year
    stamp = _likely_stamp(stamps, text)
    if stamp:
        yield stamp.day, stamp.month, stamp.year
    weekday_date = _weekday_date(head, text)
    if weekday_date:
        yield weekday_date
    for signature in _full_dates(text[max(len(head), len(text) - TAIL_CHARS):])[-1:]:
        yield signature.day, signature.month, signature.year


def without_header(text: str) -> str:
    """The text after a capture's ` date YYYY-MM-DD` header, which shares its line with the story."""
    return text[header_end(text):]


def header_end(text: str) -> int:
    """Where the story starts after a capture's ` date YYYY-MM-DD` header (0 when there is none)."""
    header = _HEADER.match(text)
    return header.end() if header else 0


def _found(match: re.Match[str], offset: int = 0) -> _Found:
    parts = match.groupdict()
    month = _MONTHS[parts["month"].lower()] if parts.get("month") else int(parts["mm"])
    year = int(parts["year"]) if parts.get("year") else None
    return _Found(offset + match.start(), int(parts["day"]), month, year)


def _full_dates(region: str) -> list[_Found]:
    """Every date with day, month and year in the region, in reading order."""
    found = []
    for year in _YEAR_DIGITS.finditer(region):
        if year.start() and region[year.start() - 1].isdigit():
            continue  # checked here, not in the regex, where a look-behind would slow the scan
        start = max(0, year.start() - _CHARS_BEFORE_YEAR)
        window = region[start:year.end() + _CHARS_AFTER_YEAR]
        match = next(
            (m for shape in _FULL for m in shape.finditer(window) if m.start("year") + start == year.start()), None
        )
        if match:
            found.append(_found(match, start))
    return found


def line_starts(text: str) -> list[int]:
    """Where each line begins: line-anchored patterns are tried there only, not at every character."""
    starts, newline = [0], text.find("\n")
    while newline >= 0:
        starts.append(newline + 1)
        newline = text.find("\n", newline + 1)
    return starts


def _dateline(head: str) -> Optional[_Found]:
    """The first line that opens with a place and a date, as wire stories do."""
    for start in line_starts(head):
        match = next(filter(None, (shape.match(head, start) for shape in _DATELINE)), None)
        if match:
            return _found(match)
    return None


def _likely_stamp(stamps: list[_Found], text: str) -> Optional[_Found]:
    """The first full date near the top, passing over one older than the figures the text reports
    ('relations established on October 15, 1992' above the real stamp)."""
    if len(stamps) < 2:
        return stamps[0] if stamps else None
    latest = _latest_past_year(text) or 0
    return next((stamp for stamp in stamps if stamp.year >= latest - 1), stamps[0])


def _dateline_year(dateline: _Found, stamps: list[_Found], text: str) -> Optional[int]:
    """A dateline omits the year: take it from a stamp, else from the years and weekday in the text."""
    if stamps:
        stamp = stamps[0]
        # A dateline of 31 December above a stamp of 1 January belongs to the year before.
        return stamp.year - 1 if dateline.month > stamp.month + 6 else stamp.year
    latest = _writing_year(text)
    mention = _WEEKDAY_MENTION.search(text)
    if mention is None:
        return latest
    weekday, years = _WEEKDAYS[mention["weekday"].lower()], _years_to_try(latest)
    # The weekday is the dateline's own day, or failing that the day before ("released on Thursday").
    return (
        _year_for_weekday(dateline, weekday, years, days_before=0)
        or _year_for_weekday(dateline, weekday, years, days_before=1)
        or latest
    )


def _weekday_date(head: str, text: str) -> Optional[tuple[int, int, int]]:
    """'On Friday, 9 August' with the year that makes the weekday right (see `_years_to_try`)."""
    match = min(
        (m for pattern in _WEEKDAY_DAYMONTH for m in pattern.finditer(head)),
        key=lambda m: m.start(), default=None,
    )
    if match is None:
        return None
    found, weekday = _found(match), _WEEKDAYS[match["weekday"].lower()]
    year = _year_for_weekday(found, weekday, _years_to_try(_writing_year(text)), days_before=0)
    return (found.day, found.month, year) if year else None


def _years_to_try(latest: Optional[int]) -> range:
    """From the latest year the text speaks of as past onwards (the article is no older than its
    figures); with no year in the text, back from WEEKDAY_YEAR_BEFORE, the corpus rule."""
    if latest is not None:
        return range(latest, latest + _WEEKDAY_CYCLE_YEARS)
    return range(WEEKDAY_YEAR_BEFORE - 1, WEEKDAY_YEAR_BEFORE - 1 - _WEEKDAY_CYCLE_YEARS, -1)


def _year_for_weekday(found: _Found, weekday: int, years: range, days_before: int) -> Optional[int]:
    """The first of these years in which the found day (less `days_before`) falls on the weekday."""
    for year in years:
        day = _stdlib_date(found.day, found.month, year)
        if day and (day - dt.timedelta(days=days_before)).weekday() == weekday:
            return year
    return None


def _writing_year(text: str) -> Optional[int]:
    """The earliest year the text can be from: the latest year it speaks of as past, or the year
    after that when the text gives that year whole and speaks of 'last year' or part of 'this
    year' (a12 and seed_003 of the dev corpus without their headers)."""
    latest = _latest_past_year(text)
    if latest is None or not _BEFORE_THIS_YEAR.search(text):
        return latest
    part_of_latest = re.search(rf"(?:{_PART_OF_YEAR})\W+(?:\w+\W+){{0,3}}{latest}(?!\d)", text)
    return latest if part_of_latest else latest + 1


def _latest_past_year(text: str) -> Optional[int]:
    """The latest year the text speaks of as past: an article is written after the figures it
    reports. Goals ('by 2030') and years after today are not past."""
    this_year = dt.date.today().year
    years = [int(year) for year in _PAST_YEAR.findall(text) if int(year) <= this_year]
    return max(years, default=None)


def _stdlib_date(day: int, month: int, year: int) -> Optional[dt.date]:
    """Calendar arithmetic for weekday checks; None for a day the month does not have."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _calendar_date(day: int, month: int, year: int) -> Optional[dt.date]:
    """The found phrase, spelled in one canonical form, handed to dateparser (fast with a format);
    None for a day that does not exist ('30 February', a header saying 2023-13-45)."""
    if not 1 <= month <= 12:
        return None
    phrase = f"{day} {calendar.month_name[month]} {year}"
    parsed = _DATEPARSER.get_date_data(phrase, date_formats=["%d %B %Y"]).date_obj
    return parsed.date() if parsed else None

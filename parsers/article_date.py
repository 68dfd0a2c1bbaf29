"""The date of an article, read from the places where news texts state it.

Where to look, most trusted first: a ` date YYYY-MM-DD` capture header; a dateline at the start of
a line ("ANKARA, May 10 (Xinhua) --", "ASTANA, Kazakhstan, October 2.", "New Delhi [India], March
12 (ANI):"); a full date near the top (a stamp "Published 11/20/2025, 11:01", "25 Sep 2023 16:40",
"Xinhua, June 5, 2015", a photo caption), a publication label trusted before an unlabelled date and
an 'Updated' label after it; a signature at the end ("/// nCa, 20 January 2023"); a weekday with
day and month ("On Saturday (November 06)"); a line holding only a day and month at the top or the
end ("15 December"). A date without a year takes it from the text (see `writing_year`).
Our own small grammar finds the phrase; dateparser turns only that phrase into a date, because
searching a whole article with dateparser is slow and finds dates in '$10' or 'may'.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Optional

from dateparser.date import DateDataParser

from parsers.calendar_words import MONTH_NAME, WEEKDAY_NAME, WEEKDAYS, compile_shape, month_of, written_years
from parsers.tables import read_tsv
from parsers.writing_year import latest_past_year, year_for

# Datelines, stamps and captions sit in the first lines; signatures in the last ones.
HEAD_CHARS = 800
TAIL_CHARS = 200

_SHAPES: dict[str, list[str]] = {}
for _row in read_tsv("date_phrases.tsv"):
    _SHAPES.setdefault(_row["role"], []).append(_row["pattern"])


def _each_daymonth(role: str, flags: int = 0) -> list[re.Pattern[str]]:
    """The shapes of a role with each daymonth shape put in for {daymonth}: one pattern apiece,
    as a regular expression may name a part only once."""
    return [
        compile_shape(shape.replace("{daymonth}", daymonth), flags)
        for shape in _SHAPES[role] for daymonth in _SHAPES["daymonth"]
    ]


_HEADER = re.compile(r"\A\s*date:?\s+(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)\b[ \t]*")
# Full dates are found from their year: years are rare and quick to find, so the date shapes only
# run over the few characters before each one ("September 30th, ") or from it ("2024-09-30").
_CHARS_BEFORE_YEAR = 24
_CHARS_AFTER_YEAR = 1  # "12.03.2024 " so the shapes may check that no digit follows
# A shape that starts with its year is tried right at the year ("2024-03-12"); the others in the
# characters before it ("March 12, 2024").
_FULL_FROM_YEAR = [compile_shape(shape) for shape in _SHAPES["full"] if shape.startswith("{year}")]
_FULL_TO_YEAR = [compile_shape(shape) for shape in _SHAPES["full"] if not shape.startswith("{year}")]
# Most years in a text stand in prose ("in 2021"): a year is part of a date only when a month name,
# a day or a separator stands right before it, or a separator and digits follow ("2024-03-12").
_DATE_BEFORE_YEAR = re.compile(rf"(?:(?:{MONTH_NAME})\.?|\d(?:st|nd|rd|th)?)(?: ?,[ \t\n-]*|[ \t\n-]+)$|[/.-] ?$")
_DATE_AFTER_YEAR = re.compile(r"[/.-]\d")
_HINT_CHARS = 12
# A label before a stamp: "Published: ", "Posted on Tuesday, ", "(updated ".
_LABEL_KINDS = ("published", "updated", "asked")
_LABEL_CHARS = 40
_labels: dict[str, list[str]] = {kind: [] for kind in _LABEL_KINDS}
for _row in read_tsv("date_labels.tsv"):
    _labels[_row["kind"]].append(_row["label"])
_LABEL = re.compile(
    "(?<![A-Za-z])(?i:" + "|".join(f"(?P<{kind}>{'|'.join(_labels[kind])})" for kind in _LABEL_KINDS) + ")"
    + rf"(?:\s+(?i:on|at))?\s*[:|–—-]?\s*(?:(?:{WEEKDAY_NAME}),?\s+)?\Z"
)
# Trust of a full date: a publication label first, then no label, then an 'Updated' label.
_TRUST = {"published": 0, None: 1, "updated": 2, "asked": 2}
# "PLACE[ [Region]][, Region][,.] <day and month>[, year]" then "(Agency)", ", AGENCY -", a dash, a colon or a full
# stop; tried only where a line starts.
# (the letters of a place's name may carry accents: "Brasília", "Lomé", "São Paulo")
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|['’.-])*"
_PLACE = (rf"(?!On\b|In\b|(?:{WEEKDAY_NAME})\b){_NAME_WORD}(?:[ -]{_NAME_WORD}){{{{0,2}}}}"
          r"(?:\s*\[[^\]\n]{{1,30}}\])?")
# "(ANSAmed) - ALGIERS, 23 JAN -": the agency's name in brackets may open the line
_AGENCY_FIRST = r"(?:\([A-Za-z]{{2,12}}\)\s*[-–—]\s*)?"
_DATELINE = [
    compile_shape(
        rf"[ \t]*{_AGENCY_FIRST}{_PLACE}[,.]\s+(?:{_PLACE},\s+)?(?:{{weekday}},?\s+)?{shape}(?:,?\s+{{year}})?"
        # "(Xinhua)", "/BTA/", "--", ", GNA -", ", ARMENPRESS."
        r"(?=\s*\(|\s*/[A-Za-z]{{2,12}}/|\s*,?\s*(?:[A-Z]{{2,8}}\s*)?(?:--|[-–—•])|,\s*[A-Z]{{3,12}}\.\s"
        # ... or the agency in capitals ending the line: "Ashgabat, 9 August, AZERTAC"
        r"|,\s*[A-Z]{{3,12}}[ \t]*(?:\n|$)|[.:](?:\s|$))"
    )
    for shape in _SHAPES["daymonth"]
]
_WEEKDAY_DAYMONTH = _each_daymonth("weekday")
_WEEKDAY_MENTION = [compile_shape(shape) for shape in _SHAPES["mention"]]
_STAMP_LINE = _each_daymonth("stamp_line", re.MULTILINE)
# One parser for the process: building one per call costs more than the parse itself.
_DATEPARSER = DateDataParser(languages=["en"])


@dataclass(frozen=True)
class _Found:
    """A date phrase found in the text: its position and parts (year None when not written)."""

    start: int
    day: int
    month: int
    year: Optional[int]
    weekday: Optional[int] = None  # the weekday the phrase itself names
    trust: int = _TRUST[None]


def article_date(text: str) -> Optional[dt.date]:
    """The publication or event date the text itself states; None when it gives no way to know. A date after
    tomorrow cannot be when the text was published ("$2 billion in 2031/1/1" is a goal's date), so it is not."""
    latest = dt.date.today() + dt.timedelta(days=1)  # a stamp in a time zone ahead of this machine's
    for day, month, year in _candidates(text):
        date = _calendar_date(day, month, year)
        if date and date <= latest:
            return date
    return None


def _candidates(text: str) -> Iterator[tuple[int, int, Optional[int]]]:
    """(day, month, year) from each place a date may be stated, most trusted first; computed lazily
    because the first valid one is nearly always the header or the dateline."""
    header = _HEADER.match(text)
    if header:
        yield int(header["day"]), int(header["month"]), int(header["year"])
        text = text[header.end():]
    head = text[:HEAD_CHARS]
    tail = text[max(len(head), len(text) - TAIL_CHARS):]
    stamps = sorted(_full_dates(head), key=lambda found: (found.trust, found.start))
    dateline = _dateline(head)
    if dateline:
        yield dateline.day, dateline.month, dateline.year or _dateline_year(dateline, stamps, text)
    stamp = _likely_stamp(stamps, text)
    if stamp:
        yield stamp.day, stamp.month, stamp.year
    for signature in _recent(_full_dates(tail), text)[-1:]:
        yield signature.day, signature.month, signature.year
    for found in [*_first(_WEEKDAY_DAYMONTH, head), *_first(_STAMP_LINE, head), *_first(_STAMP_LINE, tail)]:
        yield found.day, found.month, _undated_year(found, text)


def without_header(text: str) -> str:
    """The text after a capture's ` date YYYY-MM-DD` header, which shares its line with the story."""
    return text[header_end(text):]


def header_end(text: str) -> int:
    """Where the story starts after a capture's ` date YYYY-MM-DD` header (0 when there is none)."""
    header = _HEADER.match(text)
    return header.end() if header else 0


def _found(match: re.Match[str], offset: int = 0) -> _Found:
    parts = match.groupdict()
    year = int(parts["year"]) if parts.get("year") else None
    weekday = WEEKDAYS[parts["weekday"].lower()] if parts.get("weekday") else None
    return _Found(offset + match.start(), int(parts["day"]), month_of(parts), year, weekday)


# "12 March 2023 - 15 March 2023" is a span, not a date; "12 March 2023 - 10:25" is a date and its time
# (not a time after a dash: "Jun 18, 2024 – 5:00am", "– 5.00am", "- 15h40" as Lusophone and French desks write it)
_RANGE_JOINER = re.compile(r"\s*(?:[-–—]|to|till|until)\s*"
                           r"(?:[A-Z][a-z]+\.?\s+\d|\d(?!\d?:\d\d)(?!\d?h\d\d\b)(?!\d?\.\d\d\s*[AaPp]\.?[Mm]))")
# ... and "from 1 April to 30 November 2022" ends one: a day or a month name before the joiner
_RELEASE_NUMBER_BEFORE = re.compile(r"(?:\b[A-Za-z]+/(?:\d+/)*\d+|(?<![\d/.-])\d{1,4}/\d{4})\s*[-–—]\s*$")
_RANGE_JOINER_BEFORE = re.compile(rf"(?:\d|\b(?:{MONTH_NAME})\.?),?\s*(?:[-–—]|to|till|until)\s*$")


def _full_dates(region: str) -> list[_Found]:
    """Every date with day, month and year in the region, in reading order; of the shapes that fit
    around a year, the first that names a real day ('11/20/2025' is read month first)."""
    found = []
    for year in written_years(region):
        if year.start() and region[year.start() - 1].isdigit():
            continue
        if _DATE_AFTER_YEAR.match(region, year.end()):
            matches = (shape.match(region, year.start()) for shape in _FULL_FROM_YEAR)
            date = next((_found(m) for m in matches if m and _is_day(m)), None)
        elif _DATE_BEFORE_YEAR.search(region, max(0, year.start() - _HINT_CHARS), year.start()):
            start = max(0, year.start() - _CHARS_BEFORE_YEAR)
            window = region[start:year.end() + _CHARS_AFTER_YEAR]
            matches = (m for shape in _FULL_TO_YEAR for m in shape.finditer(window))
            date = next((_found(m, start) for m in matches if m.start("year") + start == year.start() and _is_day(m)), None)
        else:
            continue
        ends_with_year = not _DATE_AFTER_YEAR.match(region, year.end())
        if date and not (ends_with_year and _RANGE_JOINER.match(region, year.end())) and \
                not _span_end(region, date.start):
            found.append(_labelled(date, region))  # not an end of a span "(March 21, 2023-January 20, 2024)"
    return found


def _span_end(region: str, start: int) -> bool:
    """A date after a joiner ends a span ("March 21, 2023-January 20, 2024"), unless a release's number
    stands before the joiner ("news release 47/2024 - 21 March 2024", "STAT/24/47 - 21 March 2024")."""
    return _RANGE_JOINER_BEFORE.search(region, max(0, start - 16), start) is not None \
        and _RELEASE_NUMBER_BEFORE.search(region, max(0, start - 24), start) is None


def _is_day(match: re.Match[str]) -> bool:
    parts = match.groupdict()
    month = month_of(parts)
    return 1 <= month <= 12 and int(parts["day"]) <= calendar.monthrange(int(parts["year"]), month)[1]


def _labelled(found: _Found, region: str) -> _Found:
    """The date with the trust its label gives it ('Published:', 'Updated')."""
    label = None
    for label in _LABEL.finditer(region, max(0, found.start - _LABEL_CHARS), found.start):
        pass  # the label nearest the date ("Tabled on 14 May 2024 Answered on 21 May 2024")
    if label is None:
        return found
    kind = next(kind for kind in _LABEL_KINDS if label[kind])
    return replace(found, trust=_TRUST[kind])


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


def _first(patterns: list[re.Pattern[str]], region: str) -> list[_Found]:
    """The earliest match of any of the patterns in the region, as a list of zero or one."""
    match = min((m for pattern in patterns for m in pattern.finditer(region)), key=lambda m: m.start(), default=None)
    return [_found(match)] if match else []


def _likely_stamp(stamps: list[_Found], text: str) -> Optional[_Found]:
    """The most trusted full date near the top that is not older than the text (`_recent`)."""
    stamp = next(iter(_recent(stamps, text)), None)
    return _day_the_text_names(stamp, text) if stamp is not None else None


# "01/08/2024" read day first, and "on Monday (8)" in the story (the day of the month after its weekday, as
# Brazilian and Portuguese outlets write it)
_NUMERIC_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}")
_WEEKDAY_THEN_DAY = re.compile(rf"\b(?P<weekday>{WEEKDAY_NAME})\s*\((?P<day>\d{{1,2}})\)")


def _day_the_text_names(stamp: _Found, text: str) -> _Found:
    """A slashed stamp both of whose orders are dates, read month first when the story names that day with
    its weekday ("Published 01/08/2024" and "announced on Monday (8)": 8 January 2024 was a Monday)."""
    if not (stamp.day <= 12 and stamp.month != stamp.day and _NUMERIC_DATE.match(text, stamp.start)):
        return stamp
    for named in _WEEKDAY_THEN_DAY.finditer(text):
        if int(named["day"]) == stamp.month and stamp.year is not None:
            swapped = _calendar_date(stamp.month, stamp.day, stamp.year)
            if swapped is not None and swapped.weekday() == WEEKDAYS[named["weekday"].lower()]:
                return replace(stamp, day=stamp.month, month=stamp.day)
    # ... or names the weekday the story happened on, which only the month-first reading falls on ("Published on
    # 08/06/2024" and "the ministry reported on Tuesday": 6 August 2024 was a Tuesday, 8 June a Saturday)
    mentions = [match for pattern in _WEEKDAY_MENTION for match in [pattern.search(text)] if match]
    mention = min(mentions, key=lambda match: match.start(), default=None)
    if mention is not None and stamp.year is not None:
        weekday = WEEKDAYS[mention["weekday"].lower()]
        as_written, swapped = (_calendar_date(stamp.day, stamp.month, stamp.year),
                               _calendar_date(stamp.month, stamp.day, stamp.year))
        if as_written is not None and swapped is not None and as_written.weekday() != weekday == swapped.weekday():
            return replace(stamp, day=stamp.month, month=stamp.day)
    return stamp


def _recent(dates: list[_Found], text: str) -> list[_Found]:
    """The dates not older than the figures the text reports: 'relations established on October 15,
    1992' or a photo's 'June 2, 2015' is an event the text recalls, not when it was written."""
    if not dates:
        return []
    # Only a past year two or more after the oldest date can pass over a date.
    latest = latest_past_year(text, above=min(date.year for date in dates) + 1) or 0
    return [date for date in dates if date.year >= latest - 1]


def _dateline_year(dateline: _Found, stamps: list[_Found], text: str) -> Optional[int]:
    """A dateline omits the year: take it from a stamp, else from the text (`writing_year`)."""
    stamp = _likely_stamp(stamps, text)
    if stamp:
        # A dateline of 31 December above a stamp of 1 January belongs to the year before.
        year = stamp.year - 1 if dateline.month > stamp.month + 6 else stamp.year
        # ... unless the dateline's own weekday says the stamp is of another year ("MANAGUA, Wednesday 15 January"
        # over "entered into force on 1 January 2024")
        date = _calendar_date(dateline.day, dateline.month, year)
        if dateline.weekday is None or date is None or date.weekday() == dateline.weekday:
            return year
    return _undated_year(dateline, text)


def _undated_year(found: _Found, text: str) -> Optional[int]:
    """The year of a date written without one, checked against a weekday the story names."""
    if found.weekday is not None:
        return year_for(found.day, found.month, text, found.weekday)
    mentions = [match for pattern in _WEEKDAY_MENTION for match in [pattern.search(text)] if match]
    mention = min(mentions, key=lambda match: match.start(), default=None)
    weekday = WEEKDAYS[mention["weekday"].lower()] if mention else None
    return year_for(found.day, found.month, text, weekday, loose=True)


def _calendar_date(day: int, month: int, year: Optional[int]) -> Optional[dt.date]:
    """The found phrase, spelled in one canonical form, handed to dateparser (fast with a format);
    None for a year not known or a day that does not exist ('30 February', a header saying 2023-13-45)."""
    if year is None or not 1 <= month <= 12:
        return None
    phrase = f"{day} {calendar.month_name[month]} {year}"
    parsed = _DATEPARSER.get_date_data(phrase, date_formats=["%d %B %Y"]).date_obj
    return parsed.date() if parsed else None

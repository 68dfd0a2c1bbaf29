"""The dates a period phrase covers: "last year" in a March 2024 text is 2023, "July-March FY2023-24" runs from
July 2023 to March 2024 in the home country's fiscal year, "the same period last year" is the context moved a
year back. Finding the phrases is periods.py's work; this module only turns one into dates.
"""
from __future__ import annotations

import calendar
import datetime as dt
from typing import Optional

from parsers.fiscal_calendars import Span, add_months, fiscal_span, fiscal_start, one_year_named_by
from parsers.periods import PeriodPhrase, Reference


def _start_year(phrase: PeriodPhrase, home: Optional[str]) -> Optional[int]:
    """The year a phrase's fiscal year starts in, in the home country's naming ("fiscal 2022" is 2021-22 in
    India, 2022-23 in Japan)."""
    if phrase.year is None or not phrase.one_year_label:
        return phrase.year
    return phrase.year + 1 if one_year_named_by(home) == "start" else phrase.year


def _counts_the_context(phrase: PeriodPhrase, context: Optional[Span]) -> bool:
    """A count of months with no year ("in nine months") after a span of as many months that does not start in
    January (a fiscal year's "July-March"): the same months, not the calendar year's first ones."""
    return (phrase.kind == "months" and phrase.after_context and context is not None and context[0].month != 1
            and _month_count(context) == phrase.last_month)


def month_span(year: int, first_month: int, last_month: int) -> Span:
    """First day of the first month to last day of the last month."""
    return dt.date(year, first_month, 1), dt.date(year, last_month, calendar.monthrange(year, last_month)[1])


def shift_years(span: Span, years: int) -> Span:
    """The same months `years` later (earlier when negative), to the last day of the last month."""
    start, end = span
    return add_months(start, 12 * years), month_span(end.year + years, end.month, end.month)[1]


def _fiscal_now(ref: Reference, home: Optional[str]) -> Optional[int]:
    """The start year of the fiscal year the reference date falls in."""
    if ref.year is None:
        return None
    start_month, _ = fiscal_start(home)
    return ref.year - 1 if ref.month is not None and ref.month < start_month else ref.year


def _month_count(span: Span) -> int:
    return (span[1].year - span[0].year) * 12 + span[1].month - span[0].month + 1


def resolve(phrase: PeriodPhrase, ref: Reference, context: Optional[Span] = None,
            sentence_year: Optional[int] = None, home: Optional[str] = None) -> Optional[Span]:
    """The dates a phrase covers; None when the text gives no way to know (never a guessed year).
    `home` is the country whose fiscal year the text counts in."""
    if phrase.kind == "later":  # "five years later": the year that many on from the period just named
        return None if context is None or phrase.rel is None else month_span(context[0].year + phrase.rel, 1, 12)
    if phrase.kind == "said_period":  # "the said period"; "the six months" when the context is six months long
        if context is None and phrase.rel == 0:  # "during the year" with nothing reported before: this year
            if phrase.fiscal:
                now = _fiscal_now(ref, home)
                return None if now is None else fiscal_span(now, home)
            return None if ref.year is None else month_span(ref.year, 1, 12)
        if context is None or phrase.last_month == 12:
            return context
        count = _month_count(context)
        return context if abs(count - phrase.last_month) <= 1 else None
    if phrase.kind == "same_period":
        if context is None:
            return None
        if phrase.fiscal and phrase.year is not None:  # "the same period of FY23": that fiscal year's months
            month, day = fiscal_start(home)
            started = (context[0].month, context[0].day) >= (month, day)
            context_fiscal = context[0].year if started else context[0].year - 1
            return shift_years(context, _start_year(phrase, home) - context_fiscal)
        if phrase.year is not None:
            return shift_years(context, phrase.year - context[1].year)
        if phrase.rel:  # "the same period last year": a year before, whatever "last" is relative to
            return shift_years(context, -1)
        return context
    if phrase.kind == "year_to":  # "the fiscal year ended March 2024", "in the year to March": twelve months up to it
        year = phrase.year or _year(PeriodPhrase(0, 0, "months", last_month=phrase.last_month), ref, sentence_year)
        if year is None:
            return None
        end = month_span(year, phrase.last_month, phrase.last_month)[1]
        return add_months(dt.date(year, phrase.last_month, 1), -11), end
    if phrase.kind == "year_to_date":  # the months of the year up to the one the text reports on, if it named one
        return None if context is None else (dt.date(context[1].year, 1, 1), context[1])
    if phrase.kind == "month_rel":
        if ref.year is None or ref.month is None:
            return None
        first = add_months(dt.date(ref.year, ref.month, 1), phrase.rel or 0)
        return month_span(first.year, first.month, first.month)
    if phrase.kind == "quarter_rel":
        if phrase.after_context and context is not None and _month_count(context) == 3:
            quarter = add_months(context[0].replace(day=1), 3 * (phrase.rel or 0))
            return month_span(quarter.year, quarter.month, quarter.month + 2)
        if ref.year is None or ref.month is None:
            return None
        quarter = add_months(dt.date(ref.year, (ref.month - 1) // 3 * 3 + 1, 1), 3 * (phrase.rel or 0))
        return month_span(quarter.year, quarter.month, quarter.month + 2)
    if phrase.kind == "fiscal":
        home = phrase.calendar or home
        return fiscal_span(_start_year(phrase, home), home)
    if phrase.kind == "years":
        return dt.date(phrase.year, 1, 1), dt.date(phrase.last_year, 12, 31)
    if phrase.fiscal:
        home = phrase.calendar or home
        start_year = _start_year(phrase, home)
        if start_year is None and phrase.rel is not None:
            now = _fiscal_now(ref, home)
            start_year = None if now is None else now + phrase.rel
        if start_year is None:
            return None
        if phrase.calendar_months and phrase.first_month == phrase.last_month % 12 + 1:
            # "FY2023-24 (July-June)": twelve months named with the year are that fiscal year's own calendar,
            # whatever the home country's is
            return (dt.date(start_year, phrase.first_month, 1),
                    month_span(start_year + 1, phrase.last_month, phrase.last_month)[1])
        if phrase.calendar_months:
            start_month, _ = fiscal_start(home)
            first_year = start_year if phrase.first_month >= start_month else start_year + 1
            last_year = start_year if phrase.last_month >= start_month else start_year + 1
            if (first_year, phrase.first_month) > (last_year, phrase.last_month):
                # months run forward: "July-January" of a year from October ends in it
                first_year = last_year if phrase.first_month <= phrase.last_month else last_year - 1
            return (dt.date(first_year, phrase.first_month, 1),
                    month_span(last_year, phrase.last_month, phrase.last_month)[1])
        return fiscal_span(start_year, home, phrase.first_month, phrase.last_month)
    if phrase.kind == "months" and phrase.year is not None and phrase.last_year is not None:
        return dt.date(phrase.year, phrase.first_month, 1), month_span(phrase.last_year, phrase.last_month,
                                                                       phrase.last_month)[1]
    if _counts_the_context(phrase, context):
        return context  # "in nine months" after "July-March of FY2023-24": those nine months
    year = _year(phrase, ref, sentence_year)
    if year is None:
        return None
    if phrase.last_month < phrase.first_month:  # "July-March": the months up to March, from July of the year before
        return dt.date(year - 1, phrase.first_month, 1), month_span(year, phrase.last_month, phrase.last_month)[1]
    return month_span(year, phrase.first_month, phrase.last_month)


def _year(phrase: PeriodPhrase, ref: Reference, sentence_year: Optional[int]) -> Optional[int]:
    if phrase.year is not None:
        return phrase.year
    if phrase.rel is not None:
        if ref.year is None:
            return None
        if phrase.rel == 0 and phrase.kind == "months" and ref.month is not None and phrase.last_month >= ref.month:
            return ref.year - 1  # "the first ten months of the year" in a January text: the year just ended
        return ref.year + phrase.rel
    if phrase.kind == "year":
        return None
    if sentence_year is not None and not phrase.last_named_month:
        return sentence_year
    if ref.year is None:
        return None
    if phrase.in_progress and ref.month == phrase.last_month:
        return ref.year  # "the first 20 days of March" in a March text: this March
    if ref.month is not None and phrase.last_month >= ref.month:
        return ref.year - 1  # a month's figures come out after it ends: "January-November" in November is last year's
    return ref.year

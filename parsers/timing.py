"""Which period a figure covers: the phrase in its own clause, else what the text around it established.

A figure names its period right after itself ("$5 billion in 2022") or before ("In January-May, trade
reached ..."). A figure that names none continues the one before it in its sentence, the last figure
for the same pair, or the period the text is reporting on (a statistics release gives its period once,
then lists partners). A baseline ("compared to $771m in FY17") covers the same part of its own year as
the figure it is compared with.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Optional

from parsers.context import Article
from parsers.figures import FROM_TO, Segment, has, opens_from
from parsers.fiscal_calendars import Span
from parsers.lexicon import anchored_cues, cue_patterns, raw_cue, word_values
from parsers.period_spans import resolve, shift_years
from parsers.periods import LABEL_OF_NEXT, PeriodPhrase

# A figure inherits the reporting period from at most this many sentences back.
INHERIT_SENTENCES = 3  # a figure takes the period of an earlier one for its pair this many sentences back
CONTEXT_SENTENCES = 12
POSSESSIVE = re.compile(r"\w['’]s?(?!\w)")  # "last year's", "2022's" figure
AFTER_REACH = 45  # a period phrase after a figure describes it when it follows closely
COMPARED_REACH = 48  # "compared with the $3.4 billion posted in "


def own_period(article: Article, seg: Segment, context: Optional[Span], sentence_year: Optional[int],
               home: Optional[str] = None, comparisons: bool = False) -> Optional[Span]:
    """The period phrase right after the figure, else the nearest one before it in its segment (not one
    right after the figure before it: "$5 billion in 2021 and $6 billion in 2022"); a period named as a
    comparison ("from December 2021", "than in 2022") is not the figure's, unless the figure is itself the
    comparison's value (`comparisons`)."""
    # not a period in the possessive ("..., surpassing last year's figure of"), which is the noun's after it, nor
    # one in brackets after the figure ("EUR 498.7 million (Q1 2023: EUR 512.3 million)"), the bracket's figure's
    after = [p for p in article.periods_in(seg.end, seg.right) if p.start - seg.end <= AFTER_REACH
             and not POSSESSIVE.search(article.low, p.start, p.end + 2)
             and not (_bracket_after(article.low, seg.end, p.start) and not _year_alone_in_brackets(article.low, p))
             and not LABEL_OF_NEXT.match(article.low, p.end)]  # "$3.1 billion, 2021 – $3.5 billion": the next one's
    before = [p for p in article.periods_in(seg.left, seg.start) if p.end <= seg.start
              and not (seg.follows_figure and p.start - seg.left <= AFTER_REACH and "," in article.low[p.end:seg.start])
              and not (seg.aside is not None and seg.aside[0] <= p.start < seg.aside[1])]
    for phrase in [p for p in after[:1] + before[::-1] if comparisons or not compared(article, p)]:
        span = resolve(phrase, article.ref, context, sentence_year, home)
        if span is not None:
            return span
    return None


LABEL_OF_VALUE = re.compile(r"\s*:\s*[^\s\d]{0,4}\s?\d")  # "(2023: 253.1 billion", "(2023: $0.9 billion"


# "(US$192.49 billion in 2022)": a value in brackets, then the period it is for
VALUE_IN_BRACKETS_BEFORE = re.compile(r"\(\s*[^()\s\d]{0,5}\s?\d[^()]{0,30}?(?:\s(?:in|for|during)(?:\s+the)?)?\s+$")


def labels_a_value(article: Article, phrase: PeriodPhrase) -> bool:
    """"were traded last year (2023: 253.1 billion euros)", "totaled $157.6 billion ($192.5 billion in 2022)": the
    period of a value in brackets, which is its own period and no period the text reports on."""
    low = article.low
    if low[phrase.start - 1:phrase.start] == "(" and LABEL_OF_VALUE.match(low, phrase.end) is not None:
        return True
    return low[phrase.end:phrase.end + 1] == ")" \
        and VALUE_IN_BRACKETS_BEFORE.search(low, max(0, phrase.start - 50), phrase.start) is not None


def compared(article: Article, phrase: PeriodPhrase) -> bool:
    """Whether a period phrase names the period of a comparison ("higher than in 2022")."""
    (pattern,) = anchored_cues("compared_before")
    start = max(0, phrase.start - COMPARED_REACH)
    if pattern.search(article.low, start, phrase.start) is not None:
        return True
    # "change over January-June 2023": the phrase's own first word ends the words of a comparison
    lead = OWN_LEAD.match(article.low, phrase.start, phrase.end)
    if lead is not None and pattern.search(article.low, start, lead.end()) is not None:
        return True
    # "up 9% from January-September 2022", "an increase of 9.0% or £2.1 billion from the four quarters to ...": a
    # change measured from the period ("from January to June" is a span, not a comparison)
    own_from = article.low.startswith("from", phrase.start)
    from_at = phrase.start if own_from else phrase.start - 5 if article.low.endswith("from ", 0, phrase.start) else None
    if from_at is not None and CHANGE_BEFORE_FROM.search(article.low, start, from_at) \
            and not (own_from and FROM_TO_SPAN.match(article.low, phrase.start, phrase.end)):
        return True
    if BRACKET_AFTER_FIGURE.search(article.low, start, phrase.start) and article.low[phrase.end:phrase.end + 1] != ")":
        return True  # "a deficit of $1.8 billion (in January-September 2020, also negative, $3.2 billion)"
    window = article.low[start:phrase.start]
    return any(word in window for word in COMPARED_WORDS) \
        and FIGURE_COMPARED_BEFORE.search(article.low, start, phrase.start) is not None


OWN_LEAD = re.compile(r"(?:over|on|to)\s+")  # words a period phrase may open with that also end a comparison's


# a bracket opened right after a figure by a period phrase: the period of an earlier value told in the bracket (a
# bracket that holds only a year, "$4.1 billion (2021)", is the figure's own)
BRACKET_AFTER_FIGURE = re.compile(r"(?:\d|%|\b(?:percent|million|billion|trillion|bn|mn|mln|bln|crore|lakh))"
                                  r"(?:\s+[a-z]{2,10})?\s*"  # "156.2 billion euros (2023: 157.2 billion)"
                                  r"\(\s*(?:(?:in|for|during|over)\s+)?(?:the\s+)?$")


COMPARED_WORDS = ("from", "after", "against", "versus", "vs", "compare", "than")
FROM_TO_SPAN = re.compile(r"from\s+[^\s]+(?:\s+\d{4})?\s+(?:to|through|till|until)\b")
CHANGE_BEFORE_FROM = re.compile(r"(?:%|\bpercent|\bper\s+cent|\bpc|\bup|\bdown|\brose|\bfell|\bincreased|\bdecreased|"
                                r"\bdeclined|\bgrew|\bdropped|\bjumped|\bclimbed|\bhigher|\blower|\bincrease|\bdecrease|"
                                r"\brise|\bfall|\bdrop|\bdecline|\bgrowth|\bgain)\s+(?:[\w.,%£$€-]+\s+){0,4}?$")
# "down from €397.3 billion in 2022", "after 162.7 billion euros in 2022": the year of the figure compared with
# ("more than" and "less than" qualify a figure; "lower than" compares it)
FIGURE_COMPARED_BEFORE = re.compile(r"\b(?:from|after|against|versus|vs\.?|compar(?:e|ed|es|ing)\s+(?:to|with)|"
                                    r"(?:lower|higher|smaller|larger|bigger|weaker|stronger)\s+than)\s+"
                                    r"(?:(?:a|an|the)\s+(?:deficit|surplus|gap|balance)\s+of\s+)?"  # "after a deficit of 34.0 billion"
                                    rf"(?:(?:{raw_cue('lead_word').pattern})\s+){{0,2}}"
                                    r"[^\s\d]{0,4}\s?\d(?:\d|[,.](?=\d))*"
                                    r"(?:[ \xa0\u202f]\d{3})*(?:,\d+)?\s*"  # "25 207 MD", "1 948,3 billion"
                                    # "from the N10.89 trillion recorded in"
                                    r"(?:[a-z$€£]+\s+){0,2}(?:(?:recorded|registered|posted|reported|seen)\s+(?:in|during|for)\s+)?$")


def _year_alone_in_brackets(text: str, phrase: PeriodPhrase) -> bool:
    """"$4.1 billion (2021)": a bracket that holds only the figure's year."""
    return text[phrase.start - 1:phrase.start] == "(" and text[phrase.end:phrase.end + 1] == ")"


def _bracket_after(text: str, figure_end: int, position: int) -> bool:
    """Inside brackets opened after the figure and not closed yet: another figure's words."""
    opened = text.rfind("(", figure_end, position)
    return opened != -1 and ")" not in text[opened:position]


def _in_brackets(text: str, position: int) -> bool:
    """"($2.9 billion in 2021)": inside brackets that open before the position and are not closed yet."""
    opened = text.rfind("(", max(0, position - 40), position)
    return opened != -1 and ")" not in text[opened:position]


def sentence_period(article: Article, seg: Segment, context: Optional[Span], sentence_year: Optional[int],
                    home: Optional[str] = None) -> Optional[Span]:
    """A period phrase earlier in the figure's sentence, outside its clause ("In 2022, China accounted for
    9.4% of exports ... exports to China totalled R188.4 billion")."""
    for phrase in reversed(article.periods_in(seg.sentence[0], seg.left)):
        if phrase.kind in ("same_period",) or compared(article, phrase) or _in_brackets(article.low, phrase.start):
            continue
        span = resolve(phrase, article.ref, context, sentence_year, home)
        if span is not None:
            return span
    return None


@lru_cache(maxsize=None)
def number_words() -> dict[str, int]:
    return {word: int(value) for word, value in word_values("number_words.tsv", "word", "value").items()
            if float(value).is_integer()}


def year_before(article: Article, start: int, end: int) -> Optional[int]:
    """The latest year named in [start, end) ("In the first half of 2021, ... from January to June")."""
    years = [p.year for p in article.periods_in(start, end) if p.year is not None and not compared(article, p)]
    return years[-1] if years else None


def year_earlier(span: Span) -> Span:
    return shift_years(span, -1)


YEARS_EARLIER = re.compile(r"\b([a-z]+|\d{1,2}) years (?:earlier|ago|before)\b")


def years_earlier(text: str) -> Optional[int]:
    """"$405 million two years earlier", "three years ago": how many years back an earlier value is."""
    found = YEARS_EARLIER.search(text)
    if found is None:
        return None
    count = found.group(1)
    return int(count) if count.isdigit() else number_words().get(count)


def month_earlier(span: Span) -> Span:
    """The month before a one-month span ("$3 billion in March, up from $2 billion a month earlier")."""
    start = span[0].replace(day=1) - dt.timedelta(days=1)
    return start.replace(day=1), start


def same_part_of(span: Span, year_span: Span) -> Span:
    """"$787 million in July-December, compared to $771m in FY17": the months of the first figure, in the year
    the comparison names."""
    start, _ = year_span
    aligned = span[0].year if (span[0].month, span[0].day) >= (start.month, start.day) else span[0].year - 1
    return shift_years(span, start.year - aligned)


def months(span: Span) -> int:
    start, end = span
    return (end.year - start.year) * 12 + end.month - start.month + 1


def period_stated_later(article: Article, seg: Segment, home: Optional[str]) -> Optional[Span]:
    """A text that has named no period yet may state it after its first figures ("Main partners: China,
    $31 billion; Russia, $26 billion. The figures cover 2023."): the first period phrase after the figure
    that is not a comparison's, when it is a recent one."""
    ref = article.ref
    if ref.year is None or has(cue_patterns()["timeless"], article.low[seg.sentence[0]:seg.right]):
        return None
    for phrase in article.periods_in(seg.end, len(article.text)):
        if phrase.kind in ("same_period", "said_period") or compared(article, phrase):
            continue
        span = resolve(phrase, ref, None, None, home)
        # only the latest period can be the one an undated figure speaks of ("Trade reached $4 billion.
        # In 2021 it was $3.5 billion." leaves the first figure undated)
        return span if span is not None and span[1].year >= ref.year - 1 else None
    return None


def end_of_years(article: Article, seg: Segment, span: Span) -> Span:
    """"rose from 1.9 to 2.6 billion dollars between 2021 and 2022": the figure after "from" is the first
    year's, the one after "to" the last year's; any other figure covers all the years."""
    text = article.low
    if opens_from(text, seg.start):
        return span[0], dt.date(span[0].year, 12, 31)
    if FROM_TO.fullmatch(text, seg.left, seg.start):
        return dt.date(span[1].year, 1, 1), span[1]
    return span


def year_of_goal(article: Article, seg: Segment) -> Optional[int]:
    """"Trade in 2025 could reach $40 billion", "This year it is expected to reach $5 billion": a current or
    future year named in the goal's own clause."""
    now = article.ref.year
    for phrase in article.periods_in(seg.left, seg.start):
        if phrase.kind != "year" or now is None:
            continue
        year = phrase.year if phrase.year is not None else now + phrase.rel if phrase.rel is not None else None
        if year is not None and year >= now:
            return year
    return None

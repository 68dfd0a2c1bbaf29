"""Period phrases: where a text names the span of time a figure covers (period_spans.py turns one into dates).

"in 2022", "last year", "at the end of 2022", "in the first eight months of this year", "January-June 2024",
"the month of June", "the sixth month of 2020", "H1 2021", "the first semester", "FY2023-24", "2017-18",
"the same period last year", "the corresponding period of 2020", "the said period". Month names and counting
words come from data/months.tsv and data/ordinals.tsv.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

from parsers.fiscal_calendars import (
    fiscal_year_start, gregorian, named_era_first_words, named_era_words, named_era_year,
)
from parsers.lexicon import alternation, raw_cue, word_values


RELATIVE_YEARS = {
    "this": 0, "the current": 0, "current": 0, "the": 0, "the ongoing": 0, "ongoing": 0, "this current": 0,
    "the outgoing": 0, "outgoing": 0,
    "last": -1, "the previous": -1, "previous": -1, "the past": -1, "past": -1, "the last": -1,
    "the preceding": -1, "preceding": -1, "next": 1, "the next": 1, "the coming": 1, "coming": 1,
    # "the just-ended fiscal year", "the recently concluded financial year": the one before the article's
    "the just-ended": -1, "just-ended": -1, "the just ended": -1, "the just-concluded": -1, "just-concluded": -1,
    "the just concluded": -1, "the recently concluded": -1, "the recently ended": -1,
}
YEAR = r"(?:19|20)\d\d"
# a quarter or half that a running total reaches: "by the end of the third quarter", "as of end-Q3"
UP_TO_END_BEFORE = re.compile(r"(?i:\b(?:by|until|till|up\s+to|as\s+of|as\s+at|at)\s+(?:the\s+)?end(?:\s+of|-)\s*)$")
BRACKETED = r"(?:\s*\([^()]{1,30}\))?"  # "the first seven months (July-January) of FY23": the months restated


@dataclass(frozen=True)
class PeriodPhrase:
    start: int
    end: int
    kind: str  # year | months | month_rel | fiscal | year_to | year_to_date | same_period | said_period | later
    year: Optional[int] = None  # the year the phrase names (for a fiscal year: the year it starts in)
    rel: Optional[int] = None  # or its offset from the reference year ("last year" = -1)
    first_month: int = 1
    last_month: int = 12
    last_named_month: bool = False  # "last June": the latest June before the article
    fiscal: bool = False  # months counted within a fiscal year ("the first six months of 2017-18")
    calendar_months: bool = False  # with fiscal: the months are calendar months ("July-December FY18")
    last_year: Optional[int] = None  # a span of whole years ("between 2021 and 2022"): its last year
    one_year_label: bool = False  # a fiscal year written with one year ("FY24", "fiscal 2023"): `year` assumes it ends then
    after_context: bool = False  # relative to the period just named when that is as long ("the previous quarter")
    calendar: Optional[str] = None  # a year written in a national calendar (data/eras.tsv) counts in its country's
    in_progress: bool = False  # the first days of a month ("the first 20 days of March"): the month still running


@dataclass(frozen=True)
class Reference:
    """What relative phrases resolve against: the article's year (and month when the date is known)."""

    year: Optional[int]
    month: Optional[int] = None


@lru_cache(maxsize=None)
def _grammar() -> tuple[re.Pattern[str], dict[str, int], dict[str, int]]:
    parts, months, ordinals = _grammar_parts()
    # Phrases start at a word: anchoring there spares the alternatives at every other position.
    return re.compile(rf"(?<!\w)(?=\w)(?:{'|'.join(parts)})"), months, ordinals


@lru_cache(maxsize=None)
def _grammar_parts() -> tuple[list[str], dict[str, int], dict[str, int]]:
    """The grammar's alternatives, one per shape of phrase, and the month and counting-word tables."""
    months = {k.lower(): int(v) for k, v in word_values("months.tsv", "name", "month").items()}
    ordinals = {k.lower(): int(v) for k, v in word_values("ordinals.tsv", "word", "value").items()}
    month = rf"(?:{alternation([m.capitalize() for m in months])})\.?"
    day = r"(?:\s+\d{1,2}(?:st|nd|rd|th)?(?!\d))?"
    # "30 June 2023", "the 1st of January": a day written before its month
    day_before = r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    ordinal = rf"(?:{alternation(list(ordinals))}|\d{{1,2}})"
    rel = rf"(?:{alternation(list(RELATIVE_YEARS))})"
    fiscal_use = raw_cue("fiscal_noun_use").pattern  # "the current fiscal deficit": "fiscal" as an adjective
    # a year, a fiscal year ("2017-18", "FY18", "fiscal 2023") or a relative one ("the current Iranian
    # calendar year", "last fiscal year")
    year_ref = (rf"(?:(?P<{{0}}y>{YEAR})(?:\s*[-–/]\s*(?P<{{0}}f>\d\d)(?!\d))?"
                rf"|(?:FY|(?i:fiscal\s+year|financial\s+year|fiscal))(?:\s*\(FY\))?\s*'?(?P<{{0}}fy>(?:19|20)?\d\d)(?!\d)(?:\s*[-–/]\s*(?P<{{0}}fy2>\d{{{{2,4}}}}))?"
                rf"|(?P<{{0}}rel>(?i:{rel}))\s+(?P<{{0}}adj>[A-Z][a-z]+\s+)?(?:(?P<{{0}}kind>(?i:calendar|fiscal|financial)\s+)?(?i:year)"
                rf"|(?P<{{0}}fn>(?i:fiscal))\b(?![\s-]+(?i:{fiscal_use})\b))"
                rf"(?:,?\s+(?P<{{0}}ry>{YEAR})(?:\s*[-–/]\s*(?P<{{0}}rf>\d\d)(?!\d))?"
                rf"|\s*\(?\s*FY\s*'?(?P<{{0}}ryfy>(?:19|20)?\d\d)(?!\d)\)?)?)")
    half = r"(?P<half>first|second|1st|2nd)\s+(?:half(?:[- ]year)?|semester)"
    quarter = r"(?P<quarter>first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+quarter"
    parts = [
        rf"(?P<yearto>(?:(?i:in|for|during|over)\s+)?(?:(?i:the)\s+)?(?:[A-Z][a-z]+\s+(?=(?i:fiscal|financial)\s))?(?:(?i:fiscal|financial)\s+)?(?i:year|12 months|twelve months|four quarters|4 quarters)\s+(?:that\s+)?(?i:ended|ending|to|through)\s+(?:(?i:in|end[- ]|the end of)\s+)?{day_before}"
        rf"(?P<yem>{month})(?:\s+\d{{1,2}}(?!\d),?)?(?:\s+(?P<yey>{YEAR}))?)",
        # "in the June 2024 year", "the March 2023 year": a year named by the month it ends in, as New Zealand writes
        rf"(?P<monthyear>(?:(?i:in|for|during|over)\s+)?(?i:the)\s+(?P<mye>{month})\s+(?P<myy>{YEAR})\s+"
        r"(?i:year)(?![\w-]))",
        # "FY2023-24", "2023-24", and the months of it in brackets after it: "2023-24 (April-October)"
        rf"(?P<fiscal>(?:FY|[Ff]iscal(?:\s+[Yy]ear)?|[Ff]inancial\s+[Yy]ear)(?:\s*\(FY\))?\s*['’]?(?P<fy1>(?:19|20)?\d\d)(?!\d)(?:\s*[-/–]\s*(?P<fy2>\d{{2,4}}))?"
        rf"(?:\s*\(\s*(?P<fym1>{month})\s*(?:-|–|(?i:to))\s*(?P<fym2>{month})\s*\))?)",
        rf"(?P<fiscal2>(?P<fy3>{YEAR})\s*[-–/]\s*(?P<fy4>\d\d|(?:19|20)\d\d(?=\s+(?:(?i:fiscal|financial)\b|FY\b)))(?!\d)"
        rf"(?:\s*\(\s*(?P<fym3>{month})\s*(?:-|–|(?i:to))\s*(?P<fym4>{month})\s*\))?)",
        # "the 2015 Ethiopian fiscal year", "EFY 2016": a fiscal year of a calendar the text names (named_eras.tsv)
        rf"(?P<nera>(?:(?i:in|during|for|over|of)\s+)?(?:(?i:the)\s+)?"
        rf"(?:(?P<nery>{YEAR})\s+(?P<nerw>{named_era_words()})"
        rf"|(?P<nerw2>{named_era_words()})\s+(?P<nery2>{YEAR}))(?![\w/-]))",
        # "the Iranian year 1401", "fiscal year 1401/02": a year of a national calendar (data/eras.tsv)
        r"(?P<era>(?:(?i:in|during|for|over)\s+)?(?:(?i:the)\s+)?(?:[A-Z][a-z]+\s+)?"
        r"(?:(?i:calendar|fiscal|financial)\s+)?(?i:year),?\s+"
        r"(?P<eray>1[34]\d\d)(?:\s*[-/–]\s*\d\d)?(?!\d))",
        rf"(?P<monthsto>(?:(?i:in|for|during|over)\s+)?(?:(?i:the)\s+)?(?P<tn>{ordinal})(?:\s+|-)(?i:months?)\s+(?i:to|through|till|until|up to|ended|ending)\s+(?:(?i:end[- ]|the end of\s+))?{day_before}"
        rf"(?P<tm>{month})(?:\s+\d{{1,2}}(?!\d),?)?(?:\s+(?P<ty>{YEAR}))?)",
        # "the quarter ending June 2023", "the June quarter": the three months up to the month named
        rf"(?P<qmonth>(?:(?i:in|for|during|over)\s+)?(?:(?i:the)\s+)?(?:(?i:quarter)\s+(?i:ending|ended|to|through)\s+"
        rf"(?:(?i:in)\s+)?(?P<qmm>{month})(?:\s+\d{{1,2}}(?!\d),?)?(?:\s+(?P<qmy>{YEAR}))?"
        rf"|(?P<qmm2>{month})(?:\s+(?P<qmy2>{YEAR}))?\s+(?i:quarter)\b))",
        # "the four quarters to the end of Q2 2023": the quarters up to one named
        rf"(?P<quartersto>(?:(?i:in|for|during|over)\s+)?(?:(?i:the)\s+)?(?P<qtn>{ordinal})\s+(?i:quarters)\s+(?i:to|ending|ended|through)\s+(?:(?i:(?:the\s+)?end\s+of)\s+)?"
        rf"(?:Q(?P<qtq>[1-4])|(?i:the\s+)?(?P<qtw>(?i:first|second|third|fourth))\s+(?i:quarter)(?:\s+(?i:of))?)\s+(?P<qty>{YEAR}))",
        rf"(?P<months>(?:(?i:the)\s+)?(?:(?i:same)\s+)?(?P<first>(?i:first)\s+)?(?P<n>{ordinal})(?:\s+months|-month)(?:\s+period)?{BRACKETED}(?:\s+of\s+(?:the\s+)?{year_ref.format('m')})?)",
        # "last quarter": the quarter before the article's (but "the last quarter of 2022" is its fourth)
        # "the previous quarter" after a quarter named is the one before it ("in Q2 ... from N2.3 trillion in the
        # previous quarter")
        r"(?P<relquarter>(?:(?i:in|during|for|over)\s+)?(?:(?i:the)\s+)?(?:(?i:last|past)|(?P<qprev>(?i:previous|preceding)))\s+(?i:quarter)(?![\w-])(?!\s+of\b))",
        rf"(?P<halves>(?:(?i:the)\s+)?(?i:{half}|{quarter}){BRACKETED}(?:\s+(?:of\s+(?:the\s+)?)?{year_ref.format('h')})?)",
        rf"(?P<quarters>(?:(?i:the)\s+)?(?i:first)\s+(?P<nq>{ordinal})\s+(?i:quarters)(?:\s+(?:of\s+(?:the\s+)?)?{year_ref.format('q')})?)",
        # "III T 2023", "III quarter of 2023": a quarter numbered in Roman numerals (Lusophone and East European releases)
        rf"(?P<rq>(?<![\w.])(?P<rqn>IV|I{{1,3}})\s*(?:T|Q|(?i:quarter|trimestre))(?:\s+(?i:of))?\s+(?P<rqy>{YEAR})(?!\d))",
        rf"(?P<hq>(?P<hqkind>[HQ])(?P<hqn>[1-4])(?!\d)"
        rf"(?:(?:\s*(?:of\s+)?|\s*[-/]\s*)(?:(?P<hqy>{YEAR})|(?P<hqfy>FY\s*'?(?:19|20)?\d\d))"
        r"|\s*['’](?P<hqy2>\d\d)(?!\d))?)",
        # "1H2020", "9M 2023", "3Q23", "1H23": a part of a year written before it; "8MFY25", "1HFY24": of a fiscal year
        rf"(?P<nh>(?:(?P<nhn>[12])H|(?P<nqn>[1-4])Q|(?P<nmn>[1-9]|1[01])M)"
        rf"(?:\s*(?P<nhy>{YEAR})|(?P<nhy2>\d\d)|\s?(?P<nhfy>FY\s?'?(?:19|20)?\d\d))(?!\w))",
        rf"(?P<range>(?:(?i:from|between|in|during|for|over|throughout|of)\s+)?{day_before}(?P<m1>{month}){day}(?:,?\s+(?P<y1>{YEAR}))?\s*(?:-to-|-|–|—|(?i:to|through|till|until|and|thru))\s*{day_before}(?P<m2>{month}){day}(?:,?\s+(?P<y2>{YEAR})(?!\s*[-–/]\s*\d\d(?!\d))|\s*['’](?P<y2s>\d\d)(?!\d))?"
        # "July-December 2023-24", "July-December (2023-24)": months of a fiscal year written after them
        rf"(?:\s+(?i:period|quarter))?(?:(?:\s+(?:of\s+(?:the\s+)?)?|\s*\(\s*){year_ref.format('r')}\)?)?)",
        rf"(?P<ordmonth>(?:(?i:the)\s+)?(?P<on>{ordinal})\s+month\s+of\s+(?:the\s+)?{year_ref.format('o')})",
        rf"(?P<same>(?:(?i:the)\s+)?(?i:same|corresponding|like|comparable|similar)\s+(?i:period|months?|time|quarter|half)(?:\s+(?:of|in|during)\s+(?:the\s+)?{year_ref.format('s')}|\s+(?P<srel2>last\s+(?:fiscal\s+)?year|a year (?:ago|earlier)))?)",
        r"(?P<ytd>(?:(?i:the)\s+)?(?i:year[- ]to[- ]date|so far this year|since the (?:beginning|start) of (?:the|this) year|ytd)(?![\w-]))",
        r"(?P<said>(?:(?i:the)\s+)?(?i:said|reported|reporting|review|this|that|specified|mentioned|given|indicated)\s+(?i:period|time span|months?)(?!\s+of\b)|(?i:the\s+(?:period|year|months?|quarter)\s+under\s+review)"
        # "in the month": the month just named
        r"|(?P<smonth>(?i:the)\s+(?P<sunit>(?i:month|quarter))(?![\w-])"
        r"(?!\s+(?i:of|before|after|earlier|ago|to|ending|ended|under)\b)))",
        rf"(?P<month>(?:(?P<mprep>(?i:in|during|for|of|the month of|last|at the end of|by the end of|as of|as at the end of|end of|till the end of|until the end of|through|thru|up to|throughout))\s+|(?P<mend>(?i:as of end|at end|by end|end|until end|till end))-)?"
        rf"(?:(?P<mday>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<mm>{month})"
        rf"(?:\s+(?P<mday2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d),?)?"
        rf"(?:(?:,?\s+|\s*-\s*|\s+of\s+)(?P<mony>{YEAR})(?![\d/–-])|\s*['’](?P<mony2>\d\d)(?!\d)"
        # "January of this year", "March last year": the month of a year named relative to the article's
        rf"|(?<!\.)[ \t]+(?:(?i:of)[ \t]+)?(?P<monrel>(?i:{rel}))[ \t]+(?i:year)\b(?!\s+(?:ago|before)))?)",
        r"(?P<relmonth>(?:(?i:in|during|for|over)\s+)?(?i:last|the last|the previous|previous|the past|past)\s+(?i:month)(?![\w-]))",
        # "five years ago", "a decade ago": a year counted back from the article's
        rf"(?P<ago>(?:(?P<agon>(?i:{ordinal}))\s+(?i:years)|(?i:decade))\s+(?i:ago)\b)",
        # "five years later", "a decade on": a year counted on from the period just named (not "in 21 years on a
        # quarterly basis")
        rf"(?P<later>(?:(?P<latern>(?i:{ordinal}))\s+(?i:years)|(?i:decade))\s+(?i:later\b|on\b(?!\s+(?:a|an|the|its|their|this|that|record)\b)))",
        rf"(?P<relyear>(?:(?i:in|during|for|throughout|at the end of|by the end of)\s+)?(?P<rel>(?i:{rel}))\s+(?P<reladj>[A-Z][a-z]+\s+)?(?:(?:(?P<relkind>(?i:calendar|fiscal|financial))\s+)?(?i:year)\b|(?P<relfiscal>(?i:fiscal)(?![\s-]+(?i:{fiscal_use})\b)|FY)\b)(?!\s+(?:ago|before|{YEAR}|1[34]\d\d)|\s*\(FY\)))",
        rf"(?P<years>(?i:between|from)\s+(?P<ya>{YEAR})\s+(?i:and|to|through|till|until)\s+(?P<yb>{YEAR})(?![\d-]))",
        # "in 2023", "in the calendar year 2023", "for full-year 2023", "year-end 2023", "2023 data", "the 2021 level of"
        rf"(?P<year>(?:(?i:in|during|for|of|throughout|at the end of|by the end of|end of|recorded in|as at the end of|as of the end of|as of|year-end|as recently as|as late as|back in|as far back as|closed|ended|finished)\s+)"
        rf"(?:(?i:the\s+)?(?:(?i:calendar|full|whole|entire)[- ])?(?i:year)\s+|(?i:calendar)\s+|CY\s*)?(?P<yy>{YEAR})(?![\d/–-])"
        rf"|(?P<yy2>{YEAR})(?:\s+(?i:figures|data|results|statistics|foreign trade|trade (?:data|figures|statistics)|calendar year|totals?\b|(?:figure|levels?|volumes?|values?)(?=\s+of\b))|['’]s)"
        # a year as a label: "(2023)" after a figure, "2021 – $3.5 billion" in a list of years, "2022: $4 billion"
        rf"|(?P<yy3>{YEAR})(?=\)|\s*(?:[–—:]|\s-)\s*(?!(?:19|20)\d\d\b)(?:[A-Za-z$€£]{{1,3}}\s?)?\d)"
        # ... or closing a label line after a comma ("US$32.4bn: Chilean exports to China, 2022")
        rf"|(?<=, )(?P<yy4>{YEAR})(?=[ \t]*(?:\n|\Z))"
        # ... or opening a line of a timeline ("2013 – Turnover peaks at $28.6bn")
        rf"|(?<![^\n])(?P<yy5>{YEAR})(?=[ \t]*[–—-][ \t]+[A-Za-z]))",
    ]
    return parts, months, ordinals


@lru_cache(maxsize=None)
def _recognizer() -> tuple[re.Pattern[str], dict[str, re.Pattern[str]]]:
    """The grammar without its capture groups: it matches exactly where and as far as the grammar does (no
    group is referred back to), at about half the cost, since the regex engine saves every group's marks
    at each choice inside a repeat. Most tries fail, so the grammar itself runs only where this matched.
    An empty group closes each alternative (named `_0`, `_1`, ...; set only once the alternative has
    matched, so no choice inside it saves its marks): the one that matched is the one the grammar takes, as
    it is the first that can. With it comes, by that name, the grammar with only that alternative live (the
    others' groups kept, never set): it reads the phrase without trying the alternatives before it again."""
    grammar = _grammar()[0]
    if "(?P=" in grammar.pattern or "(?(" in grammar.pattern:
        return grammar, {}  # a back-reference needs its group
    parts = _grammar_parts()[0]
    names = [re.findall(r"\(\?P<(\w+)>", part) for part in parts]
    unnamed = [re.sub(r"\(\?P<\w+>", "(?:", part) for part in parts]
    closed = "|".join(f"{part}(?P<_{k}>)" for k, part in enumerate(unnamed))
    alone = {}
    for k, part in enumerate(parts):
        kept = "".join(f"(?P<{name}>)" for i, group in enumerate(names) if i != k for name in group)
        alone[f"_{k}"] = re.compile(rf"(?<!\w)(?=\w)(?:{part}|(?!){kept})")
    return re.compile(rf"(?<!\w)(?=\w)(?:{closed})"), alone


def relative_year(word: Optional[str]) -> Optional[int]:
    """"next year" -> 1, "last year" -> -1, "this year" -> 0: a year counted from the article's own."""
    return None if word is None else RELATIVE_YEARS.get(word.lower().strip())


WORD = re.compile(r"[A-Za-z0-9]+")
# Words a period phrase can start with, besides month names, counting words and numbers.
LEADING_WORDS = frozenset(
    "the in during for of from between over throughout at by end recorded since last this next previous past "
    "current same corresponding like comparable similar said reported reporting review that fiscal financial as "
    "ongoing preceding coming specified mentioned given indicated year twelve through till until thru up calendar "
    "full whole entire so ytd final recently late far back just decade month quarter closed ended finished period "
    "i ii iii iv"  # a quarter in Roman numerals ("III T 2023")
    .split()
)


# Every period phrase holds a year, a month, a counting word before "month", or a period word near its start.
ANCHOR_WORDS = [word.replace("_", " ") for word in "jan feb mar apr may jun jul aug sep oct nov dec year month half "
                "quarter semester period time_span review fiscal financial ytd decade fy".split()]


def _by_first_letter(words: list[str]) -> str:
    """An alternation of words with those sharing a first letter under one branch ("j(?:an|un|ul)"): a
    search tries each branch at every character, so a failing character costs one try per letter, not
    one per word. Same words, so the same matches."""
    letters = dict.fromkeys(word[0] for word in words)
    return "|".join(f"{re.escape(letter)}(?:{'|'.join(re.escape(w[1:]) for w in words if w[0] == letter)})"
                    for letter in letters)


PERIOD_ANCHOR = re.compile(rf"\d|(?i:{_by_first_letter(ANCHOR_WORDS)})")
# The same test for an ASCII text (most), searched lower-cased: with the digits and words as plain characters
# the regex engine skips in C to the characters that can start one, and tries only the branch of that
# character, where it tried every case-insensitive branch at every character. (In other texts a letter may
# match case-insensitively one that lower() keeps apart, such as 'ſ'.)
LOWER_PERIOD_ANCHOR = re.compile("|".join([*"0123456789", _by_first_letter(ANCHOR_WORDS)]))
ANCHOR_REACH = 48
# Words that begin a period phrase only when the word after them can too ("in 2022", "the first half").
FUNCTION_WORDS = frozenset("the in during for of from between over throughout at by that this as up".split())


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t":
        position += 1
    return position


@lru_cache(maxsize=None)
def _leading_words() -> frozenset[str]:
    _, months, ordinals = _grammar()
    return LEADING_WORDS | frozenset(months) | frozenset(ordinals) | named_era_first_words()


def _may_start_phrase(word: str, leading: frozenset[str]) -> bool:
    return word[0].isdigit() or word.lower() in leading or word[:2] in ("FY", "CY") \
        or word[0] in "FHQ" and word[1:].isdigit()


CANNOT_START, STARTS, STARTS_BEFORE_ANOTHER = 0, 1, 2


@lru_cache(maxsize=4096)
def _start_kind(word: str) -> int:
    """Whether a word can begin a period phrase, and whether only before another word that can (a function
    word: "in", "the"). Cached: a text's words are mostly the same few hundred, and this runs for each."""
    if not _may_start_phrase(word, _leading_words()):
        return CANNOT_START
    return STARTS_BEFORE_ANOTHER if word.lower() in FUNCTION_WORDS else STARTS


def _inside_number(text: str, start: int) -> bool:
    """"-8,852.7": digits after a decimal point or a thousands comma are no day ("8,852.7\nFebruary 2024")."""
    return start > 1 and text[start - 1] in ".," and text[start - 2].isdigit()


CAPS_MONTH_NAME = "(?:" + "|".join(calendar.month_name[1:]).upper() + ")"
# a line in capitals naming months with their year ("... IN DECEMBER 2023", "JANUARY-JUNE 2024"), perhaps with its unit
# in brackets after them ("MAIN TRADING PARTNERS, JANUARY – JUNE 2024 (million euro)")
CAPS_PERIOD_LINE = re.compile(rf"^[^a-z\n]*\b{CAPS_MONTH_NAME}(?:\s*[-–]\s*{CAPS_MONTH_NAME})?\s+(?:19|20)\d\d\b[^a-z\n]*"
                              r"(?:\([^()\n]{0,40}\)[^a-z\n]*)?$", re.MULTILINE)


def _headings_in_title_case(text: str) -> str:
    """"TRADE PERFORMANCE WITH MAJOR MARKETS IN DECEMBER 2023": a heading in capitals names its period as a
    sentence would; read in title case (of the same length, so every position stays)."""
    if not any(month in text for month in ("UARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "OCTOBER",
                                           "EMBER")):
        return text
    return CAPS_PERIOD_LINE.sub(
        lambda m: m.group(0).title() if len(m.group(0).title()) == len(m.group(0)) else m.group(0), text)


def find_periods(text: str, windows: Optional[list[tuple[int, int]]] = None) -> list[PeriodPhrase]:
    """Every period phrase in the text (or in these (start, end) windows of it), left to right.

    The full grammar is tried only at words that can begin a phrase: a quick set lookup per word
    spares the dozen alternatives at every other word."""
    text = _headings_in_title_case(text)
    pattern, months, ordinals = _grammar()
    recognizer, alone = _recognizer()
    anchor, anchored = (LOWER_PERIOD_ANCHOR, text.lower()) if text.isascii() else (PERIOD_ANCHOR, text)
    found: list[PeriodPhrase] = []
    for start, end in windows if windows is not None else [(0, len(text))]:
        covered = start
        for word in WORD.finditer(text, start, end):
            if word.start() < covered:
                continue
            kind = _start_kind(word.group())
            if kind == CANNOT_START or _inside_number(text, word.start()):
                continue
            if kind == STARTS_BEFORE_ANOTHER:
                following = WORD.match(text, _skip_space(text, word.end()), end)
                if following is None or _start_kind(following.group()) == CANNOT_START:
                    continue  # "the", "of", "in" start a phrase only before another word that can
            if anchor.search(anchored, word.start(), min(end, word.start() + ANCHOR_REACH)) is None:
                continue  # no year, month or period word close enough for any phrase to end on
            recognized = recognizer.match(text, word.start(), end)
            if recognized is None:
                continue
            match = alone.get(recognized.lastgroup, pattern).match(text, word.start(), end)
            covered = match.end()
            phrase = _phrase(match, months, ordinals)
            if phrase is not None and not (phrase.year is None and phrase.kind in ("months", "said_period")
                                           and (RECORD_BEFORE.search(text, max(0, word.start() - 60), word.start())
                                                or ENDED_BEFORE.search(text, max(0, word.start() - 24),
                                                                       word.start()))
                                           or BRACKETS_NOTE_AFTER.match(text, match.end())) \
                    and not EVENT_BEFORE.search(text, max(0, word.start() - EVENT_REACH), word.start()):
                found.append(phrase)
    if any(phrase.calendar for phrase in found) or APPOSED_ERA_YEAR.search(text):
        found = _bare_era_years(text, windows, found)
    return [_in_progress(text, _ended(text, phrase)) for phrase in _without_restated(text, found)]


# "38 percent more than in 1401", "In 1401 the figure was": a bare year of the national calendar the text counts in;
# "in the last Iranian year, 1402": one set after "year" as its name
BARE_ERA_YEAR = re.compile(r"\b(?:(?i:in|since|than|for|during|of)\s+(?:(?i:in)\s+)?|(?i:year),\s+)"
                           r"(?P<year>1[34]\d\d)(?![\d/-]|[.,]\d)")
APPOSED_ERA_YEAR = re.compile(r"\b(?i:year),\s+1[34]\d\d(?![\d/-]|[.,]\d)")


def _bare_era_years(text: str, windows: Optional[list[tuple[int, int]]],
                    found: list[PeriodPhrase]) -> list[PeriodPhrase]:
    """A text that names a year of a national calendar ("the Iranian year 1402") writes its other years of that
    calendar bare as well; elsewhere a number like 1401 is no year of ours."""
    taken = [(phrase.start, phrase.end) for phrase in found]
    added = []
    for start, end in windows if windows is not None else [(0, len(text))]:
        for match in BARE_ERA_YEAR.finditer(text, start, end):
            at = match.start("year")
            year, calendar = gregorian(int(match.group("year")))
            if calendar is not None and not any(s <= at < e for s, e in taken):
                added.append(PeriodPhrase(at, match.end(), "fiscal", year=year, calendar=calendar))
    return sorted(found + added, key=lambda phrase: phrase.start) if added else found


# "the CEPA that entered into force in May 2022", "the deal signed in 2004": when something was agreed or began,
# not a period that trade is counted over
EVENT_BEFORE = re.compile(
    r"(?i:\b(?:(?:entered|came|come|comes|entering|coming)\s+into\s+(?:force|effect)|(?:took|takes|take)\s+effect"
    r"|(?:was|were|been|being)\s+(?:signed|ratified|launched|established|founded|inaugurated)"
    r"|(?:deal|pact|agreement|accord|treaty|fta|cepa|partnership|ties|relations)\s+"
    r"(?:signed|ratified|concluded|established)"
    r"|(?:signed|ratified|concluded)\s+(?:the\s+|an?\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:deal|pact|agreement|accord|treaty"
    r"|fta|cepa))\s+(?:(?:in|on|since)\s+)?$)")
EVENT_REACH = 80


# "the first increase in five months", "for the first time in four months", "the sharpest fall in 14 months": how
# long since the last such change, not the period the figure covers
RECORD_BEFORE = re.compile(r"(?i:\b(?:first|biggest|largest|sharpest|steepest|fastest|highest|lowest|strongest|weakest|"
                           r"smallest|best|worst)\s+(?:[\w-]+\s+){0,2}?(?:in|for)\s+(?:(?:the|a)\s+)?"
                           r"(?:past\s+|last\s+)?)$")


# "figures for 2022 are in brackets", "(2022 figures in parentheses)": the period of the values in brackets, which
# are read as the year before the figures they follow; no period of the figures themselves
BRACKETS_NOTE_AFTER = re.compile(r"(?i:\s+(?:figures\s+|data\s+|values\s+)?(?:are\s+|is\s+)?(?:given\s+|shown\s+|"
                                 r"stated\s+|listed\s+)?in\s+(?:round\s+)?(?:brackets|parenthes[ie]s)\b)")


# "the fiscal year that ended in March", "which ended in June": the month a period named before ends in, not a
# period of its own
ENDED_BEFORE = re.compile(r"\b(?:that|which)\s+(?:has\s+)?ended\s+$", re.IGNORECASE)


RESTATEMENT_OPENS = re.compile(r"\s*(?:(?i:fiscal|financial)\s+(?i:year)\s*)?\(\s*")  # "2022-23 financial year ("
LABEL_OF_NEXT = re.compile(r"\s*(?:[–—:]|\s-)\s")  # "2021: $800 million", "2021 – $3.5 billion": a year labels a figure
# "the fiscal year that ended on June 30", "the financial year which ended in March", "the fiscal ended March"
ENDED_AFTER = re.compile(r"\s*,?\s+(?:(?:that|which)\s+(?:has\s+)?)?ended\b")


# "in the first 20 days of March", "exports for March 1-20": a month's first days, told while it runs (Korea's
# customs counts exports every ten days)
FIRST_DAYS_BEFORE = re.compile(r"(?i:\b(?:first|initial)\s+(?:\d{1,2}|ten|twenty|fifteen)\s+days\s+(?:of\s+)?)$")
FIRST_DAYS_AFTER = re.compile(r"\s1\s*[-–]\s*[123]?\d\b")  # read from the phrase's last two characters (it may hold the 1)


AS_OF_DAY = re.compile(r"(?i:as\s+of\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\.?|[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?))")


DAY_AT_END = re.compile(r"(?<![\d.,])\d{1,2}(?:st|nd|rd|th)?$")  # a range ending on a day: "... to August 22"
DAY_MONTH_AT_END = re.compile(r"(?<![\d.,])\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]+\.?$")  # "... and 14 June"


def _in_progress(text: str, phrase: PeriodPhrase) -> PeriodPhrase:
    """A month named by its first days only, or a running total to a day of it ("as of 14 July"): the month
    running when the text is written, not last year's."""
    if phrase.kind != "months" or phrase.year is not None or phrase.rel is not None:
        return phrase
    if AS_OF_DAY.fullmatch(text, phrase.start, phrase.end):
        return replace(phrase, in_progress=True)
    if phrase.first_month != phrase.last_month:
        # "March 21-August 22" in an August text: months to a day of the one running, this year's
        return replace(phrase, in_progress=True) if DAY_AT_END.search(text, phrase.start, phrase.end) \
            or DAY_MONTH_AT_END.search(text, phrase.start, phrase.end) else phrase
    if FIRST_DAYS_BEFORE.search(text, max(0, phrase.start - 30), phrase.start) \
            or FIRST_DAYS_AFTER.match(text, phrase.end) or FIRST_DAYS_AFTER.match(text, phrase.end - 2):
        return replace(phrase, in_progress=True)
    return phrase


def _ended(text: str, phrase: PeriodPhrase) -> PeriodPhrase:
    """"the fiscal year that ended on June 30": the last fiscal year, not the one running."""
    if phrase.kind == "said_period" and phrase.fiscal and phrase.rel == 0 and ENDED_AFTER.match(text, phrase.end):
        return replace(phrase, kind="months", rel=-1)
    return phrase


def _without_restated(text: str, found: list[PeriodPhrase]) -> list[PeriodPhrase]:
    """"the first nine months of the current Iranian year (March 21-December 21, 2023)": a phrase restated in
    brackets by one that names its year means what the brackets say, the plainer of the two. Brackets that
    name no year ("the financial year 2023-24 (April-March)") only gloss the phrase before them."""
    kept: list[PeriodPhrase] = []
    gloss = False
    for phrase, following in zip(found, found[1:] + [None]):
        if gloss:
            gloss = False
            continue
        restated = following is not None and RESTATEMENT_OPENS.fullmatch(text, phrase.end, following.start) is not None \
            and not LABEL_OF_NEXT.match(text, following.end) \
            and not _earlier_alike(phrase, following)  # "in 2022 (2021: $800 million)" labels another figure
        if restated and following.year is not None:
            kept.append(replace(following, start=phrase.start, end=phrase.end))
            continue
        kept.append(phrase)
        gloss = restated and following.rel is None and phrase.year is not None
    return kept


def _earlier_alike(phrase: PeriodPhrase, following: PeriodPhrase) -> bool:
    """"August 2024 (August 2023)", "January-June 2024 (January-June 2023)": the same span a year before, in brackets,
    is the period of the values in brackets, no restatement."""
    return phrase.kind == following.kind and None not in (phrase.year, following.year) \
        and following.year < phrase.year


def _int(value: Optional[str]) -> Optional[int]:
    return int(value) if value else None


def _year_ref(m: re.Match[str], key: str) -> tuple[Optional[int], Optional[int], bool]:
    """(year, relative offset, fiscal) of a year reference inside a phrase, by its group prefix."""
    year, follow, fy = m.group(f"{key}y"), m.group(f"{key}f"), m.group(f"{key}fy")
    if year:
        return (fiscal_year_start(year, follow), None, True) if follow else (int(year), None, False)
    if fy:
        return fiscal_year_start(re.sub(r"\D", "", fy), m.group(f"{key}fy2")), None, True
    rel = m.group(f"{key}rel")
    fiscal = bool(m.group(f"{key}adj") or m.group(f"{key}fn")) or (m.group(f"{key}kind") or "").strip().lower() in ("fiscal", "financial")
    named = m.group(f"{key}ry")  # "the current fiscal year 2023/24": the year named after it
    if m.group(f"{key}ryfy"):  # "the current fiscal year FY25", "(FY25)"
        return fiscal_year_start(m.group(f"{key}ryfy"), None), None, True
    if named:
        return (fiscal_year_start(named, m.group(f"{key}rf")) if fiscal else int(named)), None, fiscal
    return None, relative_year(rel), fiscal


def _phrase(m: re.Match[str], months: dict[str, int], ordinals: dict[str, int]) -> Optional[PeriodPhrase]:
    phrase = _read_phrase(m, months, ordinals)
    return replace(phrase, one_year_label=True) if phrase is not None and _one_year_label(m) else phrase


# (group of a fiscal year's first year, group of its second year) in the grammar's alternatives
FISCAL_YEAR_GROUPS = (("fy1", "fy2"), ("hqfy", None), ("nhfy", None)) \
    + tuple((f"{key}fy", f"{key}fy2") for key in "mhrqos") + tuple((f"{key}ryfy", None) for key in "mhrqos")


def _one_year_label(m: re.Match[str]) -> bool:
    """A fiscal year written with one year ("FY24", "fiscal 2023", "H1 FY23"), not two ("2023-24")."""
    for first, second in FISCAL_YEAR_GROUPS:
        if m.group(first):
            return second is None or not m.group(second)
    return False


MONTH_DATA_AFTER = re.compile(r"(?:['’]s)?\s+(?:report|data|figures|release|statistics|numbers|trade\s+(?:data|figures))\b")


def _read_phrase(m: re.Match[str], months: dict[str, int], ordinals: dict[str, int]) -> Optional[PeriodPhrase]:
    s, e = m.start(), m.end()

    def month_no(name: str) -> int:
        return months[name.rstrip(".").lower()]

    def count(word: str) -> int:
        return ordinals.get(word.lower(), int(word) if word.isdigit() else 0)

    if m.group("yearto"):
        return PeriodPhrase(s, e, "year_to", year=_int(m.group("yey")), last_month=month_no(m.group("yem")))
    if m.group("monthyear"):
        return PeriodPhrase(s, e, "year_to", year=_int(m.group("myy")), last_month=month_no(m.group("mye")))
    if m.group("fiscal") or m.group("fiscal2"):
        year = fiscal_year_start(m.group("fy1") or m.group("fy3"), m.group("fy2") or m.group("fy4"))
        if year is None:
            return None
        year, calendar = gregorian(year)  # "fiscal year 2079/80" in Nepal's Bikram Sambat
        named = (m.group("fym1"), m.group("fym2")) if m.group("fym1") else (m.group("fym3"), m.group("fym4"))
        if named[0]:
            return PeriodPhrase(s, e, "months", year=year, first_month=month_no(named[0]),
                                last_month=month_no(named[1]), fiscal=True, calendar_months=True, calendar=calendar)
        return PeriodPhrase(s, e, "fiscal", year=year, calendar=calendar)
    if m.group("nera"):
        year, calendar = named_era_year(m.group("nerw") or m.group("nerw2"), int(m.group("nery") or m.group("nery2")))
        return None if year is None else PeriodPhrase(s, e, "fiscal", year=year, calendar=calendar)
    if m.group("era"):
        year, calendar = gregorian(int(m.group("eray")))
        return None if calendar is None else PeriodPhrase(s, e, "fiscal", year=year, calendar=calendar)
    if m.group("monthsto"):  # "the ten months to October": the months up to the one named
        n, last = count(m.group("tn")), month_no(m.group("tm"))
        if not 1 <= n <= 12:
            return None
        return PeriodPhrase(s, e, "months", year=_int(m.group("ty")), first_month=(last - n) % 12 + 1, last_month=last)
    if m.group("qmonth"):
        last = month_no(m.group("qmm") or m.group("qmm2"))
        year = _int(m.group("qmy") or m.group("qmy2"))
        return PeriodPhrase(s, e, "months", year=year, first_month=(last - 3) % 12 + 1, last_month=last)
    if m.group("quartersto"):
        n, q = count(m.group("qtn")), int(m.group("qtq") or count(m.group("qtw")))
        last = 3 * q
        if n == 4:
            return PeriodPhrase(s, e, "year_to", year=int(m.group("qty")), last_month=last)
        if not 1 <= n <= 3:
            return None
        return PeriodPhrase(s, e, "months", year=int(m.group("qty")), first_month=(last - 3 * n) % 12 + 1, last_month=last)
    if m.group("relmonth"):  # "last month": the month before the article's
        return PeriodPhrase(s, e, "month_rel", rel=-1)
    if m.group("relquarter"):
        return PeriodPhrase(s, e, "quarter_rel", rel=-1, after_context=bool(m.group("qprev")))
    if m.group("months"):
        n = count(m.group("n"))
        year, rel, fiscal = _year_ref(m, "m")
        named_year = year is not None or rel is not None
        preceded_by_in = re.search(r"\b(?i:in|for|during|over|of|after|within)\s+$",
                                   m.string[max(0, s - 7):s]) is not None
        if not 1 <= n <= 12 or not (m.group("first") or named_year or preceded_by_in):
            return None
        if not (m.group("first") or named_year) and re.match(r"(?i)the\s", m.group("months")):
            return PeriodPhrase(s, e, "said_period", last_month=n)  # "in the eight months": those just reported on
        calendar = None
        if fiscal and year is not None:
            year, calendar = gregorian(year)  # "the first seven months of fiscal year 2081/82" in Bikram Sambat
        # "in nine months" with no year: the nine months just named, when they were (`_counts_the_context`)
        return PeriodPhrase(s, e, "months", year=year, rel=rel, last_month=n, fiscal=fiscal,
                            after_context=not named_year, calendar=calendar)
    if m.group("halves"):
        if m.group("half"):
            first, last = (1, 6) if count(m.group("half")) == 1 else (7, 12)
        else:
            q = 4 if m.group("quarter").lower() in ("last", "final") else count(m.group("quarter"))
            first, last = 3 * q - 2, 3 * q
        if UP_TO_END_BEFORE.search(m.string, max(0, s - 24), s):
            first = 1  # "by the end of the third quarter of 2024": the year until then
        year, rel, fiscal = _year_ref(m, "h")
        return PeriodPhrase(s, e, "months", year=year, rel=rel, first_month=first, last_month=last, fiscal=fiscal)
    if m.group("rq"):
        n = ("I", "II", "III", "IV").index(m.group("rqn")) + 1
        return PeriodPhrase(s, e, "months", year=int(m.group("rqy")), first_month=3 * n - 2, last_month=3 * n)
    if m.group("hq"):
        n = int(m.group("hqn"))
        if m.group("hqkind") == "H":
            if n > 2:
                return None
            first, last = (1, 6) if n == 1 else (7, 12)
        else:
            first, last = 3 * n - 2, 3 * n
        if UP_TO_END_BEFORE.search(m.string, max(0, s - 24), s):
            first = 1  # "as of the end of Q3 2024"
        if m.group("hqfy"):
            year = fiscal_year_start(re.sub(r"\D", "", m.group("hqfy")), None)
            return PeriodPhrase(s, e, "months", year=year, first_month=first, last_month=last, fiscal=True)
        year = _int(m.group("hqy")) or (2000 + int(m.group("hqy2")) if m.group("hqy2") else None)
        return PeriodPhrase(s, e, "months", year=year, first_month=first, last_month=last)
    if m.group("nh"):
        if m.group("nhn"):
            first, last = (1, 6) if m.group("nhn") == "1" else (7, 12)
        elif m.group("nqn"):
            first, last = 3 * int(m.group("nqn")) - 2, 3 * int(m.group("nqn"))
        else:
            first, last = 1, int(m.group("nmn"))
        if m.group("nhfy"):
            year = fiscal_year_start(re.sub(r"\D", "", m.group("nhfy")), None)
            return PeriodPhrase(s, e, "months", year=year, first_month=first, last_month=last, fiscal=True)
        year = int(m.group("nhy")) if m.group("nhy") else 2000 + int(m.group("nhy2"))
        return PeriodPhrase(s, e, "months", year=year, first_month=first, last_month=last)
    if m.group("range"):
        first, last = month_no(m.group("m1")), month_no(m.group("m2"))
        year, rel, fiscal = _year_ref(m, "r")
        year = _int(m.group("y2")) or _int(m.group("y1")) or (2000 + int(m.group("y2s")) if m.group("y2s") else year)
        first_year = _int(m.group("y1"))
        if first_year and year > first_year and (year - first_year > 1 or first <= last):
            # "March 2022-March 2023", "January 2021 to June 2023": from the first year's month to the last's
            return PeriodPhrase(s, e, "months", year=first_year, last_year=year, first_month=first, last_month=last)
        return PeriodPhrase(s, e, "months", year=year, rel=rel, first_month=first, last_month=last, fiscal=fiscal,
                            calendar_months=fiscal)
    if m.group("quarters"):
        n = count(m.group("nq"))
        if not 1 <= n <= 4:
            return None
        year, rel, fiscal = _year_ref(m, "q")
        return PeriodPhrase(s, e, "months", year=year, rel=rel, last_month=3 * n, fiscal=fiscal)
    if m.group("ordmonth"):
        n = count(m.group("on"))
        if not 1 <= n <= 12:
            return None
        year, rel, fiscal = _year_ref(m, "o")
        return PeriodPhrase(s, e, "months", year=year, rel=rel, first_month=n, last_month=n, fiscal=fiscal)
    if m.group("same"):
        year, rel, fiscal = _year_ref(m, "s") if m.group("srel2") is None else (None, -1, False)
        return PeriodPhrase(s, e, "same_period", year=year, rel=rel, fiscal=fiscal)
    if m.group("ytd"):  # "year-to-date": from January to the month just reported on
        return PeriodPhrase(s, e, "year_to_date")
    if m.group("said"):
        counted = (1 if m.group("sunit").lower() == "month" else 3) if m.group("smonth") else 12
        return PeriodPhrase(s, e, "said_period", last_month=counted)  # "in the month", "in the quarter": the one named
    if m.group("month"):
        prep = "end of" if m.group("mend") else (m.group("mprep") or "").lower()
        rel = relative_year(m.group("monrel"))
        if not (prep or m.group("mony") or m.group("mony2") or rel is not None or MONTH_DATA_AFTER.match(m.string, e)):
            return None  # a month alone may be a name ("May"); "the December report", "October's figures" are its
        if (m.group("mday") or m.group("mday2")) and not prep:
            return None  # "24 October 2023", "October 24, 2023": a day (a dateline, an event), not a period
        n = month_no(m.group("mm"))
        to_date = "end of" in prep or prep in ("as of", "through", "thru", "up to")
        year = _int(m.group("mony")) or (2000 + int(m.group("mony2")) if m.group("mony2") else None)
        return PeriodPhrase(s, e, "months", year=year, rel=None if year else rel, first_month=1 if to_date else n,
                            last_month=n, last_named_month=prep == "last")
    if m.group("years"):
        first, last = int(m.group("ya")), int(m.group("yb"))
        return PeriodPhrase(s, e, "years", year=first, last_year=last) if first < last else None
    if m.group("later"):
        on = count(m.group("latern")) if m.group("latern") else 10
        return PeriodPhrase(s, e, "later", rel=on) if 1 <= on <= 50 else None
    if m.group("ago"):
        back = count(m.group("agon")) if m.group("agon") else 10
        return PeriodPhrase(s, e, "year", rel=-back) if 2 <= back <= 30 else None
    if m.group("relyear"):
        # "last fiscal year", "the previous Iranian year" count in the home country's year; "last calendar year" does not
        fiscal = bool(m.group("reladj") or m.group("relfiscal")) or (m.group("relkind") or "").lower() in ("fiscal", "financial")
        if m.group("rel").lower() == "the":  # "during the (fiscal) year": the year just reported on
            return PeriodPhrase(s, e, "said_period", rel=0, fiscal=fiscal)
        # "the previous year", "the preceding fiscal year": the year before the one just named, if one was
        before_named = m.group("rel").lower().endswith(("previous", "preceding"))
        if fiscal:  # "during the last fiscal year"
            return PeriodPhrase(s, e, "months", rel=relative_year(m.group("rel")), fiscal=True,
                                after_context=before_named)
        return PeriodPhrase(s, e, "year", rel=relative_year(m.group("rel")), after_context=before_named)
    written = m.group("yy") or m.group("yy2") or m.group("yy3") or m.group("yy4") or m.group("yy5")
    return PeriodPhrase(s, e, "year", year=int(written))

"""What the whole text offers to every figure: its sentences, countries, periods, reference date and
whose statistics it reports.

Built once per article; the fact grammar (facts.py, frames.py, lists.py, timing.py) only reads it.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator, Optional

import ahocorasick

from parsers.article_date import header_end
from parsers.writing_year import COMPARED_YEAR
from parsers.gazetteer import GROUP, Mention, find_mentions, is_word_edge
from parsers.lexicon import anchored, anchored_cues, cue_patterns, grouped_alternation, speaker_patterns
from parsers.money import Money, currency_homes, has_several_senses, stated_dollar, unit_words
from parsers.periods import PeriodPhrase, Reference, find_periods
from parsers.sentences import split_sentences
from parsers.tables import read_tsv

# "the General Administration of Customs of China", "Tajik Ministry of Economic Development": a country
# named this close to a statistics office is the one whose statistics the article reports.
STATISTICS_REACH = 60
# a statistics office, a customs service or a trade ministry, with a country or not
SOURCE_WORDS = re.compile(r"\b(?:statistic|customs\b|ministry\s+of\s+(?:[\w-]+\s+){0,3}?(?:trade|commerce)\b)")
# a quick test
OFFICE_WORDS = re.compile(r"customs|statistic|ministry|state bank|revenue service|trade promotion|commerce")
DATELINE_CHARS = 400
DATELINE_AFTER = re.compile(r"(?:,\s*[A-Z][a-z]+)?\s*(?:[,.(:]|[-–—])")  # "MINSK, 5 February", "BAKU, Azerbaijan,"


@dataclass
class Article:
    text: str
    low: str  # the text lower-cased, offset for offset: phrase cues are matched here
    sentences: list[tuple[int, int]]
    mentions: list[Mention]
    periods: list[PeriodPhrase]
    ref: Reference
    counts: Counter
    hub: Optional[str] = None  # the country whose trade the article reports (its statistics, its main subject)
    reports_statistics: bool = False  # the hub is named as the source of the statistics
    hub_named: bool = False  # the text names the hub as its side (a source, a dateline, whose partners or flows), not
    # only most often
    source_office: Optional[str] = None  # the country of the first statistics office the text names (its currency)
    source_office_at: int = -1  # where that office is named
    offices: list[tuple[int, str]] = field(default_factory=list, repr=False)  # (where, country) of every office named
    stated_dollar: Optional[str] = None  # the dollar a note says the text's bare "$" means
    tabular: bool = False  # may_hold_table(text): the text may hold a table of figures
    partners_only: frozenset = frozenset()  # countries named only as someone's partner: never whose trade it is
    interview: bool = False  # the text asks questions its speaker answers
    money_starts: list[int] = field(default_factory=list, repr=False)  # where the text's figures start
    parties: dict = field(default_factory=dict, repr=False)  # frames.party() of each mention, by its start
    _mention_starts: list[int] = field(default_factory=list, repr=False)
    _period_starts: list[int] = field(default_factory=list, repr=False)
    _sentence_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._mention_starts = [m.start for m in self.mentions]
        self._period_starts = [p.start for p in self.periods]
        self._sentence_starts = [s for s, _ in self.sentences]

    def countries_in(self, start: int, end: int) -> list[Mention]:
        """Countries and groups named in [start, end), found by bisection (long texts stay linear)."""
        starts = self._mention_starts
        return self.mentions[bisect_left(starts, start):bisect_left(starts, end)]

    def periods_in(self, start: int, end: int) -> list[PeriodPhrase]:
        """Period phrases starting in [start, end)."""
        starts = self._period_starts
        return self.periods[bisect_left(starts, start):bisect_left(starts, end)]

    def has_figure(self, start: int, end: int) -> bool:
        """Whether a figure starts in [start, end)."""
        i = bisect_left(self.money_starts, start)
        return i < len(self.money_starts) and self.money_starts[i] < end

    def sentence_at(self, position: int) -> int:
        """The number of the sentence holding this offset."""
        return max(0, bisect_right(self._sentence_starts, position) - 1)

    def same_paragraph(self, first: int, second: int) -> bool:
        """Whether two sentences (by number) stand in one paragraph (no line break between them)."""
        low, high = sorted((first, second))
        return "\n" not in self.text[self.sentences[low][0]:self.sentences[high][0]]


# the magnitude words a table's unit is written with ("USD million", "(CZK mld)", "(FCFA milliards)")
TABLE_MAGNITUDE = r"(?:millions?|mln|mn|billions?|bln|bn|mld|mlrd|mrd|milliards?)"
UNIT_WORDS = ("million", "mln", "mn", "billion", "bln", "bn", "dollars", "usd", "euros", "pounds", "yuan", "rupees",
              "francs")
# where a line (not the last) may end on a unit word: its last letter is one a unit word ends with
UNIT_LAST_LETTER = re.compile(r"[nNsSdD][ \t:)]*\n")
# Read in the lower-cased text, and without a word edge before their first word: the regex engine then skips in
# C to the characters that can start them; `_at_word_start` checks the edge of the few that match.
# a bracket at a line's end that names a magnitude ("(million BGN)", "(USD million, share):", "(January-November,
# USD million, change y-o-y):"), perhaps with the period after it ("(SAR million), March 2024"), in the whole text
UNIT_FIRST_LINE_END = re.compile(r"\([^()\n]{0,80}\b(?:thousands?|" + TABLE_MAGNITUDE[3:] + r"\b"
                                 r"[^()\n]{0,80}\)(?:[^\S\n]*,[^\S\n]*[a-z. –-]{0,20}(?:19|20)\d\d)?[^\S\n]*:?[^\S\n]*\n")
# ... or before a bracketed note at the line's end: "USD million (2022 in brackets):", "million US dollars (in
# brackets – 2023):", "in $ million, January-June 2024 (January-June 2023 in brackets):"
UNIT_BEFORE_NOTE = re.compile(TABLE_MAGNITUDE + r"(?:[^\S\n]+[^\W\d]{1,10}){0,2}"
                              r"(?:,[^\S\n]*[^\n(),:]{1,30})?[^\S\n]*\([^()\n]{1,40}\)[^\S\n]*:?[^\S\n]*\n")
# ... or last on a title line before its colon, perhaps with a note: ", in billions of FCFA:", "USD million:", "in
# millions of dollars FOB, with the 2022 value in brackets:"
UNIT_BEFORE_COLON = re.compile(TABLE_MAGNITUDE + r"(?:[^\S\n]+(?:of[^\S\n]+)?[^\W\d]{1,10}){0,2}"
                               r"(?:[^\S\n]*[,;][^\n:]{1,80})?[^\S\n]*:[^\S\n]*\n")
# a lead sentence naming the unit of the lines after it ("with values in GH¢ billion and shares of exports, were:")
UNIT_IN_LEAD = re.compile(r"(?:value|figure|amount)s?\s+(?:are\s+|given\s+)?in\s+[^\s\d]{1,12}\s*"
                          + TABLE_MAGNITUDE + r"\b[^:\n]{0,80}:[^\S\n]*\n")


# a row of a table aligned with spaces: a label, then numbers each after a run of spaces ("Russia    12 085,4    -1,8";
# "China    327,171")
SPACED_NUMBER = r"[-−–+]?\d[\d,.]*(?: \d{3}(?:[,.]\d+)?)*"
SLASHED_ROW = re.compile(r"^[^\n/]{2,60} / [-+]?\d[\d.,]* / ", re.MULTILINE)  # "Mainland of China / 166.2 / -5.9"
SLASHED_PAIR_END = re.compile(r"\d / \d[\d ,.]*$", re.MULTILINE)  # "France: 7 186,4 / 4 309,2": a row of two flows
SPACED_ROW = re.compile(rf"\S {{2,}}{SPACED_NUMBER}(?: {{2,}}{SPACED_NUMBER}%?)* *$", re.MULTILINE)


def may_hold_table(text: str) -> bool:
    """Cells separated by bars or tabs, rows aligned with spaces, or a title naming a unit at a line's end
    ("(USD million):"), somewhere in the text (a quick test before looking for tables)."""
    if "|" in text or "\t" in text or "   " in text and SPACED_ROW.search(text) \
            or " / " in text and (SLASHED_ROW.search(text) or SLASHED_PAIR_END.search(text)):
        return True
    if _unit_line_end(text) or "):" in text and any(text.startswith(":", m.end())
                                                    for m in unit_word_in_brackets().finditer(text)):
        return True  # "(exports / imports, in MD, first half of 2024):"
    low = text.lower()
    return UNIT_FIRST_LINE_END.search(low) is not None or _at_word_start(low, UNIT_BEFORE_NOTE) \
        or _at_word_start(low, UNIT_BEFORE_COLON) or _at_word_start(low, UNIT_IN_LEAD)


@lru_cache(maxsize=None)
def unit_word_in_brackets() -> re.Pattern[str]:
    """Brackets holding a word that is a unit of its own ("(exports / imports, in MD, first half of 2024)"), the
    word its first group."""
    words = "|".join(re.escape(word) for word in sorted(unit_words(), key=len, reverse=True))
    return re.compile(rf"\([^()\n]*?(?<![\w$€])({words})(?![\w$€])[^()\n]*\)")


def _at_word_start(low: str, pattern: re.Pattern[str]) -> bool:
    return any(m.start() == 0 or not low[m.start() - 1].isalpha() for m in pattern.finditer(low))


def _unit_line_end(text: str) -> bool:
    """A line that ends on a unit word ("Exports, USD million:"), a table's title."""
    for end in UNIT_LAST_LETTER.finditer(text):
        line = text[text.rfind("\n", 0, end.start()) + 1:end.start() + 1]
        if line.lower().endswith(UNIT_WORDS):
            return True
    return False


def countries_by_prominence(mentions: list[Mention]) -> list[str]:
    """The countries a text names, most named first (currency words are read as they use them)."""
    counts = Counter(m.iso3 for m in mentions if m.iso3 != GROUP)
    return [iso for iso, _ in counts.most_common()]


def build_article(text: str, monies: list[Money], article_date: Optional[dt.date],
                  mentions: Optional[list[Mention]] = None) -> Article:
    money_starts = [m.start for m in monies]
    found = find_mentions(text) if mentions is None else mentions
    mentions = [m for m in found if not _inside_money(m.start, monies, money_starts)]
    sentences = _story_sentences(text)
    # a text without a date needs all its periods to tell when it was written; a table has none near figures
    tabular = may_hold_table(text)
    whole = article_date is None or tabular
    periods = find_periods(text, None if whole else _period_windows(sentences, monies))
    counts = Counter(m.iso3 for m in mentions if m.iso3 != GROUP and not m.chained)
    low = _without_magnitude_dots(_lowered(text), monies)
    article = Article(text, low, sentences, mentions, periods, _reference(article_date, periods, low), counts,
                      money_starts=money_starts, tabular=tabular)
    article.offices = statistics_offices(article)
    article.source_office_at, article.source_office = article.offices[0] if article.offices else (-1, None)
    article.stated_dollar = stated_dollar(low) if "dollar" in low else None
    article.partners_only = _partners_only(article)
    statistics = _statistics_country(article)
    world = _world_trader(article)
    article.hub = statistics or world or _embassy_voice(article) or _speaker_country(article) or _dateline_country(article) \
        or _office_holder(article) or _first_owner(article) or _masthead_country(article) \
        or _cited_office_country(article)
    article.hub_named = article.hub is not None
    article.hub = article.hub or _local_currency_home(article, monies) or _most_named(article)
    article.reports_statistics = statistics is not None or world is not None
    article.interview = _interview(text)
    return article


# "Q: How is trade with Greece?", "How would you describe relations today?" on a line of its own
QUESTION_LINE = re.compile(r"^[ \t]*(?:Q\s*[:.–—-]|[^\n]{3,200}\?[ \t\"”’]*$)", re.MULTILINE)
QUESTIONS_OF_AN_INTERVIEW = 2
INTERVIEW_CHARS = 4000


def _interview(text: str) -> bool:
    """Whether the text asks questions its speaker answers (most texts hold no "?" or "Q:", which is quick to see)."""
    if text.count("?", 0, INTERVIEW_CHARS) < QUESTIONS_OF_AN_INTERVIEW and "Q" not in text[:INTERVIEW_CHARS]:
        return False
    return len(QUESTION_LINE.findall(text, 0, INTERVIEW_CHARS)) >= QUESTIONS_OF_AN_INTERVIEW


FUTURE_BEFORE = re.compile(r"\b(?:due|scheduled|up\s+for|until|till|expires?|upcoming|next)\b")  # a year to come
EMBASSY_LEAD_CHARS = 400
STATISTICS_LEAD_CHARS = 1200
EMBASSY_AFTER = re.compile(r"\s+(?:embassy|high commission|consulate(?: general)?)\b")  # "the Indonesian embassy"
EMBASSY_BEFORE = re.compile(r"\b(?:embassy|high commission|consulate(?: general)?) of (?:the )?$")  # "Embassy of Peru"


def _story_sentences(text: str) -> list[tuple[int, int]]:
    """Sentences, with a capture's ` date YYYY-MM-DD` header kept out of the first one's evidence."""
    sentences = split_sentences(text)
    story = header_end(text)
    if story and sentences and sentences[0][0] < story < sentences[0][1]:
        sentences[0] = (story, sentences[0][1])
    return sentences


def _lowered(text: str) -> str:
    """Lower case with every offset kept (a few letters, such as 'İ', lower-case to two characters)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _without_magnitude_dots(low: str, monies: list[Money]) -> str:
    """"CZK 118,6 mld. to Germany": the full stop of an abbreviated magnitude inside a figure ends no clause, so the
    phrase cues read past it."""
    dots = [m.end - 1 for m in monies if low[m.end - 1] == "."]
    if not dots:
        return low
    chars = list(low)
    for dot in dots:
        chars[dot] = " "
    return "".join(chars)


def _inside_money(position: int, monies: list[Money], starts: list[int]) -> bool:
    """"U.S." in "13.3 billion U.S. dollars" is part of an amount, not a country."""
    i = bisect_left(starts, position + 1) - 1
    return i >= 0 and monies[i].start <= position < monies[i].end


HEADINGS_BEFORE = 3  # how many heading lines between a figure and the sentence before it a period window reaches past
HEADING_CHARS = 40


def _heading(sentence: tuple[int, int]) -> bool:
    """A line too short to be a sentence that could name a period for the figures under it ("Key highlights")."""
    return sentence[1] - sentence[0] <= HEADING_CHARS


def _period_windows(sentences: list[tuple[int, int]], monies: list[Money]) -> list[tuple[int, int]]:
    """Where period phrases can matter: sentences with a figure and the sentences before and after each
    ("... in January-November 2021. Turnover came to $3.7 billion over the said period.", past a heading
    line or two between them;
    "China, $31 billion; Russia, $26 billion. The figures cover 2023.")."""
    windows: list[tuple[int, int]] = []
    starts = [m.start for m in monies]
    for number, (start, end) in enumerate(sentences):
        i = bisect_left(starts, start)
        if i < len(starts) and starts[i] < end:
            before = max(0, number - 1)
            while before > 0 and number - before < HEADINGS_BEFORE and _heading(sentences[before]):
                before -= 1  # "... trade for the second quarter of 2024.\nKey highlights\n- Trade amounted to"
            first = sentences[before][0]
            last = sentences[min(len(sentences) - 1, number + 1)][1]
            if windows and first <= windows[-1][1]:
                windows[-1] = (windows[-1][0], last)
            else:
                windows.append((first, last))
    return windows


def _reference(article_date: Optional[dt.date], periods: list[PeriodPhrase], low: str) -> Reference:
    """The article's own date; else the year it was written in, as its periods tell: it reports on years
    that are past (not goals: "will fall in 2016"), and when it also speaks of "last year" or "this year",
    a year it names whole is already over (n032's "in 2019 ... last year" is written in 2020), while a year
    it names in part ("the first half of 2019") is the current one."""
    if article_date is not None:
        return Reference(article_date.year, article_date.month)
    target = cue_patterns()["target"]
    this_year = dt.date.today().year
    # a year a figure is compared with is before the one reported on; that one is over too when the text speaks
    # of "last year" ("fell to $45.6 billion last year, down from $58.8 billion in 2022"), not with "this year"
    last_year_named = any(p.rel is not None and p.rel < 0 for p in periods)
    named: list[tuple[int, bool]] = []  # (year, named whole)
    for p in periods:
        if p.year is None or p.year > this_year or p.kind not in ("year", "months", "same_period", "fiscal"):
            continue
        clause_start = max(low.rfind(mark, 0, p.start) for mark in (".", ";", ",", "\n")) + 1
        if target.search(low, clause_start, p.start) or FUTURE_BEFORE.search(low, clause_start, p.start):
            continue  # a goal's year, or one named as to come ("the pact is up for review in 2026")
        if p.kind != "same_period" and compared_year(low, p.start):  # "down from $58.8 billion in 2022": later
            named.append((p.year + 1, last_year_named))
            continue
        if p.kind == "same_period":  # "up from $900 million in the same period of 2022": the part of a later year
            named.append((p.year + 1, False))
            continue
        named.append((p.year, p.kind != "months" or (p.first_month, p.last_month) == (1, 12)))
    if not named:
        return Reference(None)
    latest = max(year for year, _ in named)
    relative = any(p.rel is not None for p in periods)
    whole = all(is_whole for year, is_whole in named if year == latest)
    return Reference(latest + 1 if relative and whole else latest)


def compared_year(low: str, start: int) -> bool:
    """A year named as what a figure is compared with: "from $58.8 billion in 2022", "compared to 2022"."""
    return COMPARED_YEAR.search(low, max(0, start - 40), start) is not None


def _statistics_country(article: Article) -> Optional[str]:
    """The country whose customs, statistics office or trade ministry the text cites ("China's customs",
    "the State Bank of Pakistan", "Geostat"): its statistics speak from its side, so a partner named alone
    trades with it."""
    offices = [m.start() for m in OFFICE_WORDS.finditer(article.low)]
    if not offices:
        return _named_office(article)
    after, before = anchored_cues("statistics_after", "statistics_before")
    low = article.low
    for mention in article.mentions:
        if mention.start > STATISTICS_LEAD_CHARS:
            break  # a source cited far into the text ("Mexico's own statistics agency reported") is a second voice
        if mention.iso3 == GROUP or mention.chained:
            continue
        near = bisect_left(offices, mention.start - STATISTICS_REACH)
        if near == len(offices) or offices[near] > mention.end + STATISTICS_REACH:
            continue
        if after.match(low, mention.end, mention.end + STATISTICS_REACH) or \
                before.search(low, max(0, mention.start - STATISTICS_REACH), mention.start):
            # (not the words of its own phrase: "statistics released by the Chinese Customs"; but those of a sentence
            # before: "..., Ministry of Trade figures show. Uganda's Bureau of Statistics put")
            sentence_start = article.sentences[article.sentence_at(mention.start)][0]
            if SOURCE_WORDS.search(low, 0, max(0, mention.start - STATISTICS_REACH, sentence_start)):
                # "..., the National Statistical Committee reports. ... according to the General Administration
                # of Customs of China": the text's own source names no country; one cited later is a second voice
                return _named_office(article)
            if article.source_office is not None and 0 <= article.source_office_at < offices[near]:
                # "..., according to the Office des Changes. ... Spanish customs data put bilateral trade at":
                # the office the text cites first, a second source later
                return article.source_office
            return mention.iso3
    return _named_office(article)


@lru_cache(maxsize=None)
def _any_office() -> re.Pattern[str]:
    """Any office name of data/statistics_offices.tsv, word edges aside: most texts name none, and this
    scan skips in C from capital to capital (every name starts with one) where the automaton steps through
    every character."""
    return re.compile(grouped_alternation([row["name"] for row in read_tsv("statistics_offices.tsv")]))


@lru_cache(maxsize=None)
def _offices() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for row in read_tsv("statistics_offices.tsv"):
        automaton.add_word(row["name"], (len(row["name"]), row["iso3"]))
    automaton.make_automaton()
    return automaton


def statistics_offices(article: Article) -> list[tuple[int, str]]:
    """Where the text names a statistics office, customs service or central bank, and its country. The first
    one's country is the currency its figures are in ("Sh" in "Uganda bought goods worth Sh48 billion from Kenya,
    KNBS data show" is the Kenyan shilling), whether or not the text names the country too."""
    if _any_office().search(article.text) is None:
        return []  # no office's name at all, so none at word edges either
    defined, found = set(), []
    for last, (length, iso3) in _offices().iter_long(article.text):
        start, name = last - length + 1, article.text[last - length + 1:last + 1]
        if not is_word_edge(article.text, start, last + 1):
            continue
        if name in defined or name.isupper() and article.text[start - 1:last + 2] == f"({name})" \
                and all(m.iso3 != iso3 for m in article.countries_in(max(0, start - ACRONYM_REACH), start)):
            # "The Planning and Statistics Authority (PSA)": the text's own abbreviation of a name that is not the
            # office of ours it spells (the Philippines' PSA), so its later uses are not either
            defined.add(name)
            continue
        found.append((start, iso3))
    return found


ACRONYM_REACH = 80  # how far before its abbreviation in brackets an office's full name may name its country


def _named_office(article: Article) -> Optional[str]:
    """The country of a statistics office, customs service or central bank that the text names without naming
    its country ("Imports from Russia grew 20%, Geostat said"; data/statistics_offices.tsv). A text that names
    the country too speaks from the side its own words give ("Mexico's exports ..., according to the US Census
    Bureau")."""
    iso3 = article.source_office
    if iso3 is None:
        return None
    if article.source_office_at - header_end(article.text) <= MASTHEAD_CHARS:
        return iso3  # "ISTAT - STATISTICS TODAY / Foreign trade ...": the release's own office heads it
    # "the U.S. Census Bureau", "U.S. International Trade in Goods": a name of its institutions does not name the
    # country as a side
    named = any(m.iso3 == iso3 and not INSTITUTION_AFTER.match(article.text, m.end) for m in article.mentions)
    return None if named else iso3


def _cited_office_country(article: Article) -> Optional[str]:
    """The country of the office the text cites, when it names that country too but no other sign says whose side
    the text takes ("Argentina posted a surplus in October, INDEC said. Brazil led again, as Brazil's ..."): a
    partner named more often is still the partner of that office's statistics. (An office whose country the text
    does not name makes the text its country's as a statistics release: `_named_office`.)"""
    office = article.source_office
    return office if office is not None and any(m.iso3 == office for m in article.mentions) else None


MASTHEAD_CHARS = 40  # an office named this near the text's start heads its own release
INSTITUTION_AFTER = re.compile(r"\s+(?:[A-Z][\w&.-]*\s+){0,3}?(?:Bureau|Department|Ministry|Office|Administration|"
                               r"Agency|Commission|Census|Trade)\b")


def _world_trader(article: Article) -> Optional[str]:
    """The first country whose trade with the whole world the text reports ("Kazakhstan's foreign trade
    turnover reached $139 billion"): the partners it lists trade with that country; unless the text named another
    country as the owner of flows before it ("China's imports from Brazil reached ... Brazil's total exports hit
    a record": a side note on the partner)."""
    after, before = anchored_cues("world_trade_after", "world_trade_before")
    low = article.low
    for mention in article.mentions:
        if mention.iso3 == GROUP or mention.chained:
            continue
        if after.match(low, mention.end, mention.end + STATISTICS_REACH) or \
                before.search(low, max(0, mention.start - STATISTICS_REACH), mention.start):
            owner = _flows_owner(article, before=mention.start)
            return None if owner is not None and owner.iso3 != mention.iso3 else mention.iso3
    return None


def _dateline_country(article: Article) -> Optional[str]:
    """"ISLAMABAD, March 18 --": the capital a wire story is filed from names the country it reports on, when
    it is among the most named; or when no country of the text is named as the owner of a trade ("SKOPJE -
    Exports to Germany were ..., imports from Greece ...": a release speaks from home)."""
    top = {iso for iso, _ in article.counts.most_common(2)}
    for mention in article.mentions:
        if mention.start > DATELINE_CHARS:
            break
        if is_dateline(article.text, mention) and (mention.iso3 in top or not _owner_named(article, mention.iso3)
                                                   or home_dateline(article) == mention.iso3):
            # an agency filing from home about two other countries names neither; a home paper's dateline with no
            # agency's tag ("HONIARA, Friday 9 August –") is the home it reports from
            return mention.iso3
    return None


def home_dateline(article: Article) -> Optional[str]:
    """The country of a dateline with no agency's tag after it ("SINGAPORE -", "SUVA, March 3 -"): the text is its
    own press's or government's ("WELLINGTON, April 29 (Xinhua)" is a foreign agency's)."""
    mention = _dateline_mention(article)
    if mention is None or AGENCY_TAG_AFTER.match(article.text, mention.end):
        return None
    return mention.iso3


# "The official website of the New Zealand Government", "Government of Canada", "Australian Government": the
# publisher named in a page's header
GOVERNMENT_AFTER = re.compile(r"\s+government\b")
GOVERNMENT_BEFORE = re.compile(r"\bgovernment\s+of\s+(?:the\s+)?$")
PUBLISHER_CHARS = 300


def government_site(article: Article) -> Optional[str]:
    """The country whose government publishes the page, as its header names it ("Beehive.govt.nz / The official
    website of the New Zealand Government"): the text is that government's own. So is a minister's release that
    names no country in its header ("Minister for Trade and Tourism / Media release"): the text's own side's."""
    for mention, line_start, line_end in _on_header_lines(article):
        if GOVERNMENT_AFTER.match(article.low, mention.end, line_end) \
                or GOVERNMENT_BEFORE.search(article.low, line_start, mention.start):
            return mention.iso3  # a header line of its own, not a sentence about a government
    head = article.text[:PUBLISHER_CHARS]
    if article.hub_named and RELEASE_LINE.search(head) and MINISTER_LINE.search(head):
        return article.hub
    return None


RELEASE_LINE = re.compile(r"(?im)^[ \t]*(?:joint\s+)?(?:media|press)\s+(?:release|statement)[ \t]*$")
MINISTER_LINE = re.compile(r"(?im)^[ \t]*(?:the\s+hon(?:ourable|\.)?\s+[^\n]{3,60}\n[ \t]*)?minister\s+(?:for|of)\s+"
                           r"[^\n]{3,80}$")


HEADER_LINE_CHARS = 80


def _on_header_lines(article: Article) -> Iterator[tuple[Mention, int, int]]:
    """The countries named on short lines near the top of the page (where a publisher or a paper names itself), each
    with its line's bounds."""
    for mention in article.mentions:
        if mention.start > PUBLISHER_CHARS:
            break
        line_start = article.text.rfind("\n", 0, mention.start) + 1
        line_end = article.text.find("\n", mention.end) % (len(article.text) + 1)
        if mention.iso3 != GROUP and line_end - line_start <= HEADER_LINE_CHARS:
            yield mention, line_start, line_end


# "Vanuatu Daily Post – Business", "The Fiji Times", "Times of Oman": a paper named after its country, on a line of
# its own in the page's header
PAPER_WORDS = r"(?:Daily|Times|Post|Herald|Observer|Gazette|Tribune|Star|Chronicle|Sun|Standard|Nation|Express|Mail|" \
    r"Monitor|Journal|Today|News)"
PAPER_AFTER = re.compile(rf"(?:\s+[A-Z][\w'-]*)??\s+{PAPER_WORDS}(?:\s+{PAPER_WORDS})?\s*(?:[-–—|:]\s*[\w &]+)?\s*$")
PAPER_OPENS = re.compile(r"\s*(?:The\s+)?")
PAPER_BEFORE = re.compile(rf"\s*(?:The\s+)?{PAPER_WORDS}\s+of\s+(?:the\s+)?$")


def _masthead_country(article: Article) -> Optional[str]:
    """The country a paper is named after, when the page's header names that paper: a home paper reports from
    its country's side ("Q: How big is the gap with Australia? A: ... our imports from Australia")."""
    for mention, line_start, line_end in _on_header_lines(article):
        if PAPER_AFTER.match(article.text, mention.end, line_end) \
                and PAPER_OPENS.fullmatch(article.text, line_start, mention.start) \
                or PAPER_BEFORE.match(article.text, line_start, mention.start):
            return mention.iso3
    return None


def dateline_country(article: Article) -> Optional[str]:
    """The country a text was filed from ("NEW DELHI:", "WELLINGTON, April 29 (Xinhua)"), whoever filed it."""
    mention = _dateline_mention(article)
    return None if mention is None else mention.iso3


def _dateline_mention(article: Article) -> Optional[Mention]:
    for mention in article.mentions:
        if mention.start > DATELINE_CHARS:
            break
        if is_dateline(article.text, mention):
            return mention
    return None


AGENCY_TAG_AFTER = re.compile(r"[^\n]{0,40}?\(\s*[A-Z][\w.&' -]{1,30}\)")  # "WELLINGTON, April 29 (Xinhua)"


def _owner_named(article: Article, besides: str) -> bool:
    """Whether a country other than `besides` is named as the owner of trade ("Germany's exports", "Greece
    imported", "Italy's trade with")."""
    owners = [anchored("roles.tsv", kind) for kind in ("seller_after", "buyer_after", "holder_after")]
    return any(m.iso3 not in (besides, GROUP) and any(p.match(article.low, m.end) for p in owners)
               for m in article.mentions)


def is_dateline(text: str, mention: Mention) -> bool:
    """A capital that opens a line and is followed by a date or agency: where the story was filed."""
    if not mention.capital or DATELINE_AFTER.match(text, mention.end) is None:
        return False
    line_start = text.rfind("\n", 0, mention.start) + 1
    header = header_end(text) if line_start == 0 else 0
    return not text[max(line_start, header if mention.start >= header else 0):mention.start].strip(" \t")


def _embassy_voice(article: Article) -> Optional[str]:
    """"NAIROBI - The Indonesian embassy reports ...": an embassy that speaks in the text's lead is the text's
    side, wherever it is posted (its partners' trade is trade with its country)."""
    for mention in article.mentions:
        if mention.start > EMBASSY_LEAD_CHARS:
            break
        if mention.iso3 != GROUP and (EMBASSY_AFTER.match(article.low, mention.end)
                                      or EMBASSY_BEFORE.search(article.low, max(0, mention.start - 24), mention.start)):
            return mention.iso3
    return None


# "our trade with", "our exports to", "we exported": a speaker's own trade
FIRST_PERSON_TRADE = re.compile(r"\bour\s+(?:[\w-]+\s+){0,2}?(?:trade|exports|imports|turnover)\b"
                                r"|\bwe\s+(?:[\w-]+\s+)?(?:traded|exported|imported|sold|bought|shipped|purchased)\b"
                                r"|\b(?:sold|supplied|shipped)\s+us\b")
SPEAKER_LEAD_CHARS = 600


ITS_OPENING = re.compile(r"\bits\b")


def _speaker_country(article: Article) -> Optional[str]:
    """An interview or a speech that speaks of "our trade with the United States": the country of the office
    holder the lead introduces ("an interview with Georgia's Minister of Economy", "Vietnamese Ambassador to
    Korea Nguyen Vu Tung"), not the partners it names more often."""
    if FIRST_PERSON_TRADE.search(article.low) is None:
        return None
    after, before = speaker_patterns()
    for mention in article.mentions:
        if mention.start > SPEAKER_LEAD_CHARS:
            break
        if mention.iso3 != GROUP and (after.match(article.low, mention.end)
                                      or before.search(article.low, max(0, mention.start - 40), mention.start)):
            return mention.iso3
    # "The Democratic Republic of Congo joined the EAC in 2022. Its Minister of External Trade spoke to": the country
    # the sentence before is about
    for its in ITS_OPENING.finditer(article.low, 0, SPEAKER_LEAD_CHARS):
        number = article.sentence_at(its.start())
        if number > 0 and not article.low[article.sentences[number][0]:its.start()].strip() \
                and after.match(article.low, its.end()):
            country = next((m.iso3 for m in article.countries_in(*article.sentences[number - 1]) if m.iso3 != GROUP),
                           None)
            if country is not None:
                return country
    # else the country whose trade the lead or the first question is about ("Trade Minister Ömer Bolat spoke about
    # Türkiye's trade with Russia and China"; "how much does Honduras really trade with China?")
    holder = anchored("roles.tsv", "holder_after")
    return next((m.iso3 for m in article.mentions if m.start <= SPEAKER_LEAD_CHARS and m.iso3 != GROUP
                 and not m.demonym and holder.match(article.low, m.end)), None)


def _office_holder(article: Article) -> Optional[str]:
    """The country of a cited statistics office that the text names as the owner of trade or of a ranking
    ("China was again Germany's most important trading partner ..., Destatis reports"): the release speaks from
    its side, however often it names the partners."""
    office = article.source_office
    if office is None:
        return None
    holder = anchored("roles.tsv", "holder_after")
    owned = any(m.iso3 == office and not m.demonym and holder.match(article.low, m.end) for m in article.mentions)
    return office if owned else None


# "the main partner of the United States", "the largest supplier to Armenia", "the biggest buyer of goods from Nepal"
PARTNERS_OF_BEFORE = re.compile(r"\b(?:partners?|destinations?|markets?|buyers?|suppliers?|customers?|clients?)\s+(?:of|for|to)\s+"
                                r"(?:goods\s+(?:from|of)\s+)?(?:the\s+)?$")
PARTNERS_OF_AFTER = re.compile(r"(?:['’]s?\s+(?:[\w-]+\s+){0,3}?|\s+)(?:trade|trading|commercial)\s+partners?\b"
                               r"|['’]s?\s+(?:[\w-]+\s+){0,2}?export\s+(?:destinations?|markets?)\b"
                               # "Kenya's two biggest tea markets", "Chile's main suppliers"
                               r"|['’]s?\s+(?:[\w-]+\s+)?(?:biggest|largest|main|top|key|leading|major|principal)\s+"
                               r"(?:[\w-]+\s+)?(?:markets|destinations|buyers|customers|suppliers)\b"
                               # "New Zealand's largest source of goods", "Kenya's main source of imports"
                               r"|['’]s?\s+(?:[\w-]+\s+)?(?:biggest|largest|main|top|key|leading|major|principal)\s+"
                               r"sources?\s+of\s+(?:imported\s+)?(?:goods|imports|merchandise|products)\b")


def _first_owner(article: Article) -> Optional[str]:
    """The first country the text names as the owner of partners or of flows ("Australia's trade book for 2023-24
    ... which makes Australia China's eighth-largest trading partner": Australia's)."""
    partners = _partners_owner(article)
    flows = _flows_owner(article, before=partners.start if partners is not None else None)
    first = flows or partners
    return first.iso3 if first is not None else None


def _partners_owner(article: Article) -> Optional[Mention]:
    """"Mexico overtook China as the top US trade partner", "China remained Germany's largest trading partner",
    "the main partner of the United States", "Kazakhstan's main export destination was Italy":
    whose partners a text ranks is the side it reports on."""
    return next((m for m in article.mentions if m.iso3 != GROUP and not m.demonym
                 and (PARTNERS_OF_AFTER.match(article.low, m.end)
                      or PARTNERS_OF_BEFORE.search(article.low, max(0, m.start - 40), m.start))), None)


# "7% of Taiwan's total", "Bangladesh's export earnings from the United States"
FLOWS_OF_AFTER = re.compile(r"['’]s?\s+(?:[\w-]+\s+)?(?:exports|imports|shipments|total|export\s+(?:earnings|receipts|revenues?)|"
                            r"import\s+(?:payments|bill|spending)|trade\s+(?:book|figures|numbers|data|accounts|ledger|"
                            r"performance|statistics))\b")
OWN_EXPORTS_AFTER = re.compile(r"\s+(?:goods\s+|merchandise\s+)?exports\b")  # "Italian exports", "German goods exports"


# "Merchandise exports of the Kingdom of Saudi Arabia", "imports of Qatar"
FLOWS_OF_BEFORE = re.compile(r"\b(?:exports|imports|shipments)\s+of\s+(?:the\s+)?"
                             r"(?:(?:kingdom|republic|sultanate|state|emirate|federation)\s+of\s+(?:the\s+)?)?$")


def _flows_owner(article: Article, before: Optional[int] = None) -> Optional[Mention]:
    """"Bangladesh's imports from India fell ... Export earnings from India rose", "Italian exports fell in
    September. Exports to China were ...": the country whose own flows the text reports first is the side it
    reports on, however often it names the partners after (looked for only `before` a position, when given)."""
    for m in article.mentions:
        if before is not None and m.start >= before:
            break
        if m.iso3 == GROUP or m.chained:
            continue
        if OWN_EXPORTS_AFTER.match(article.low, m.end) if m.demonym else \
                FLOWS_OF_AFTER.match(article.low, m.end) or FLOWS_OF_BEFORE.search(article.low, max(0, m.start - 50),
                                                                                  m.start):
            return m
    return None


ABBREVIATION_GAP = re.compile(r"\s*[(\[]")
PARTNER_OF_A_FLOW = re.compile(r"\b(?:exports\s+(?:[\w-]+\s+){0,2}?(?:to|into)|imports\s+(?:[\w-]+\s+){0,2}?from)\s+(?:the\s+)?$")
ITEM_BEFORE_FIGURE = re.compile(r"\s*(?:[(:–—-]|,?\s+with)\s*(?:(?:about|around|nearly|almost|some|over)\s+)?")


def _partners_only(article: Article) -> frozenset[str]:
    """Countries the text names only as someone's partner: ranked ("X was the main partner country", "X ranked
    first in imports"), a list's item right before a figure of its own ("Iraq with $941 million", "Spain ($2.3
    billion)"), where exports go or imports come from ("exports to X", "imports from X"). Other words do not
    tell: "goods supplied to X" are X's imports, "exports from X" and "trade with X" may be X's own."""
    from parsers.frames import party  # the roles are the grammar's; read here once, cached for it

    figures = set(article.money_starts)
    sides = set()
    before: Optional[Mention] = None
    for mention in article.mentions:
        named_again = before is not None and before.iso3 == mention.iso3 and \
            ABBREVIATION_GAP.fullmatch(article.text, before.end, mention.start) is not None
        before = mention
        if mention.iso3 == GROUP or mention.iso3 in sides or named_again:
            continue  # "the European Union (EU-27)": the abbreviation plays its name's role
        after = ITEM_BEFORE_FIGURE.match(article.low, mention.end)
        if after is not None and after.end() in figures:
            continue
        if party(article, mention).rank or PARTNER_OF_A_FLOW.search(article.low, max(0, mention.start - 40), mention.start):
            continue
        sides.add(mention.iso3)
    return frozenset(article.counts) - sides


def _local_currency_home(article: Article, monies: list[Money]) -> Optional[str]:
    """"Guyana ....... TT$1,104.9 million", "exports to Italy were 13.8 billion ALL": a text that names no side of its
    own and counts its figures in the currency of one country only (TT$, J$, lek, denars; not the rand, the CFA franc
    or the euro) is that country's, though it never names it."""
    # a sign of several currencies ("¥": yen or yuan; "Rs") names none of them here
    currencies = Counter(None if has_several_senses(m.currency_word) else m.currency
                         for m in monies if m.currency is not None)
    if not currencies or _group_owner(article):
        return None  # "Yunnan's top partner was Vietnam at 40 billion yuan": a province's trade, not its country's
    currency, count = currencies.most_common(1)[0]
    homes = currency_homes().get(currency, frozenset()) if currency is not None else frozenset()
    return next(iter(homes)) if len(homes) == 1 and count >= LOCAL_SHARE * sum(currencies.values()) else None


LOCAL_SHARE = 0.75  # the share of a text's figures in one country's currency that makes the text that country's


# "Yunnan's top partner", "Guangdong's exports", "the EU's trade"
GROUP_OWNER_AFTER = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:partners?|exports?|imports?|trade|shipments)\b")


def _group_owner(article: Article) -> bool:
    """Whether the text names a region, a province or a bloc as the owner of partners or of flows."""
    return any(m.iso3 == GROUP and GROUP_OWNER_AFTER.match(article.low, m.end) for m in article.mentions)


def _most_named(article: Article) -> Optional[str]:
    """The country named most often. A tie goes to the first named as the owner of trade or of a ranking
    ("Uganda was Kenya's leading export market", "China was Germany's top partner"), else the first named.
    A country named only as a partner ("exports to Germany", "followed by Germany with USD 1.9 billion") is
    never whose trade the text reports: a release that names no side of its own has none."""
    counts = {iso: n for iso, n in article.counts.items() if iso not in article.partners_only}
    if not counts:
        return None
    top = max(counts.values())
    tied = [m for m in article.mentions if counts.get(m.iso3) == top]
    holder = anchored("roles.tsv", "holder_after")
    owner = next((m for m in tied if not m.demonym and holder.match(article.low, m.end)), None)
    return (owner or tied[0]).iso3

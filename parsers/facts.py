"""Find bilateral trade facts in an article's text.

Every money amount is a candidate. For each, the words between it and the previous figure (its segment) and the
words after it up to the next clause say what it measures (metric phrases), whether it is a goal (target cues) or
something that is not trade at all (investment, loans, deals, balances), between which two countries, and over
which period. What an earlier figure established (its pair, metric, period, currency) carries over to figures that
refer back to it: "exports amounted to 2.5 billion", "compared to $1.181 billion in 2022", "this figure".
"""
from __future__ import annotations

import datetime as dt
import math
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Optional

from parsers.article_date import header_end
from parsers.gazetteer import GROUP, Mention, find_mentions
from parsers.lexicon import commodity_pattern, cue_patterns, metric_lookup, qualifier_pattern
from parsers.money import Money, find_money
from parsers.periods import (
    PeriodPhrase, Reference, Span, find_periods, resolve, target_year,
)
from parsers.schema import Fact
from parsers.sentences import split_sentences

PERCENT = re.compile(r"(?P<pct>\d+(?:[.,]\d+)?)\s*(?:%|percent\b|per cent\b|pc\b)", re.IGNORECASE)
SAME_VALUE_TOLERANCE = 0.005
BLOCK_AFTER_WORDS = 2  # "$6 billion loan", "US$10 billion oil refinery": the noun right after the figure
METRIC_AFTER_CHARS = 30  # "want 10 bln USD in bilateral trade": a metric phrase right after the figure
# "$35 billion by 2030", "a $150 billion trade goal": what follows a figure can make it a goal
TARGET_AFTER = re.compile(r"\s*(?:by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b|(?:[\w-]+\s+){0,2}(?:target|goal)s?\b)",
                          re.IGNORECASE)
COMPARISON_REACH = 30
INHERIT_SENTENCES = 3
QUALIFIER_REACH = 25
PRODUCT_REACH = 25  # "oil and gas exports": goods named just before a metric phrase
GOODS_AFTER = re.compile(r"\s+of\s+")  # "exports of oil"
LISTED_AFTER = re.compile(r"\s*\(\s*(?:[$€£¥₹]|[A-Z]{3}\b|\d)")  # "Russia ($26 billion)"
PARTNERS = re.compile(r"\bpartners?\b", re.IGNORECASE)
BASELINE_REACH = 32  # "compared to the 2022 figures ($770 million)": the comparison stands just before the bracket
DOMINANT_RATIO = 1.5


@dataclass
class Draft:
    """A fact while it is being assembled; turned into a schema Fact at the end."""

    money: Money
    sentence: int
    metric: str
    pair: tuple[str, str]
    exporter: Optional[str] = None
    currency: Optional[str] = None
    value_usd: Optional[float] = None
    period: Optional[Span] = None
    target_year: Optional[int] = None
    target_reached: Optional[bool] = None
    growth_pct: Optional[float] = None
    qualifier: Optional[str] = None
    baseline: bool = False


@dataclass
class Article:
    """What the whole text offers to every figure: its countries, periods and reference date."""

    text: str
    low: str  # the text lower-cased, offset for offset: phrase cues are matched here
    sentences: list[tuple[int, int]]
    mentions: list[Mention]
    periods: list[PeriodPhrase]
    ref: Reference
    counts: Counter

    def __post_init__(self) -> None:
        self._mention_starts = [m.start for m in self.mentions]
        self._period_starts = [p.start for p in self.periods]

    def countries_in(self, start: int, end: int) -> list[Mention]:
        """Countries and groups named in [start, end), found by bisection (long texts stay linear)."""
        starts = self._mention_starts
        return self.mentions[bisect_left(starts, start):bisect_left(starts, end)]

    def periods_in(self, start: int, end: int) -> list[PeriodPhrase]:
        """Period phrases starting in [start, end)."""
        starts = self._period_starts
        return self.periods[bisect_left(starts, start):bisect_left(starts, end)]

    def main_pair(self) -> Optional[tuple[str, str]]:
        top = [iso for iso, _ in self.counts.most_common(2)]
        return _sorted_pair(top[0], top[1]) if len(top) == 2 else None

    def main_partner(self, iso: str) -> Optional[str]:
        for other, _ in self.counts.most_common():
            if other != iso:
                return other
        return None

    def first_named(self, pair: tuple[str, str]) -> Optional[str]:
        for mention in self.mentions:
            if mention.iso3 in pair:
                return mention.iso3
        return None


@dataclass
class Segment:
    """The words that describe one figure: `left` up to it, `right` after it, inside its sentence."""

    left: int
    start: int  # the figure itself
    end: int
    right: int
    sentence: tuple[int, int]


def extract_facts(text: str, source: str, article_date: Optional[dt.date]) -> list[Fact]:
    """All bilateral trade facts the text states, one per distinct figure."""
    monies = find_money(text)
    if not monies:
        return []
    article = _article(text, monies, article_date)
    drafts = _drafts(article, monies)
    return [_to_fact(d, article, source, article_date) for d in _merge_duplicates(drafts)]


def _article(text: str, monies: list[Money], article_date: Optional[dt.date]) -> Article:
    money_starts = [m.start for m in monies]
    mentions = [m for m in find_mentions(text) if not _inside_money(m.start, monies, money_starts)]
    sentences = _story_sentences(text)
    periods = find_periods(text, _period_windows(sentences, monies) if article_date else None)
    counts = Counter(m.iso3 for m in mentions if m.iso3 != GROUP and not m.chained)
    return Article(text, _lowered(text), sentences, mentions, periods, _reference(article_date, periods), counts)


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


def _inside_money(position: int, monies: list[Money], starts: list[int]) -> bool:
    """"U.S." in "13.3 billion U.S. dollars" is part of an amount, not a country."""
    i = bisect_left(starts, position + 1) - 1
    return i >= 0 and monies[i].start <= position < monies[i].end


def _period_windows(sentences: list[tuple[int, int]], monies: list[Money]) -> list[tuple[int, int]]:
    """Where period phrases can matter: sentences with a figure and the sentence before each
    ("... in January-November 2021. The turnover amounted to $4.1 billion over the said period.")."""
    windows: list[tuple[int, int]] = []
    starts = [m.start for m in monies]
    for number, (start, end) in enumerate(sentences):
        i = bisect_left(starts, start)
        if i < len(starts) and starts[i] < end:
            first = sentences[number - 1][0] if number else start
            if windows and first <= windows[-1][1]:
                windows[-1] = (windows[-1][0], end)
            else:
                windows.append((first, end))
    return windows


def _reference(article_date: Optional[dt.date], periods: list[PeriodPhrase]) -> Reference:
    """The article's own date, or else the latest year the text reports on (so "the year" can be read)."""
    if article_date is not None:
        return Reference(article_date.year, article_date.month)
    years = [p.year for p in periods if p.year is not None and p.kind in ("year", "months")]
    return Reference(max(years) if years else None)


# --- walking the figures ------------------------------------------------------------------------------------

def _drafts(article: Article, monies: list[Money]) -> list[Draft]:
    text = article.low
    drafts: list[Draft] = []
    sentences = article.sentences
    context_period: Optional[Span] = None
    last_currency: Optional[str] = None
    period_index = 0
    money_index = 0
    for number, sentence in enumerate(sentences):
        s_start, s_end = sentence
        in_sentence = []
        while money_index < len(monies) and monies[money_index].start < s_end:
            if monies[money_index].start >= s_start:
                in_sentence.append(monies[money_index])
            money_index += 1
        previous_end = s_start
        previous_draft: Optional[Draft] = None
        next_starts = _next_starts(text, in_sentence, s_end)
        for i, money in enumerate(in_sentence):
            while period_index < len(article.periods) and article.periods[period_index].end <= money.start:
                phrase = article.periods[period_index]
                span = resolve(phrase, article.ref, context_period, _year_before(article, s_start, phrase.start))
                context_period = span or context_period
                period_index += 1
            sentence_year = _year_before(article, s_start, money.start)
            segment = _segment(text, previous_end, money, next_starts[i], sentence)
            currency = money.currency or _carried_currency(in_sentence[:i], last_currency)
            last_currency = money.currency or last_currency
            kind = _figure_kind(text, money, segment, previous_draft)
            if kind == "conversion":
                _apply_conversion(previous_draft, money, currency)
                continue
            if kind == "change":
                continue
            previous_end = money.end
            place = Place(number, segment, previous_draft, drafts, context_period, sentence_year)
            draft = _draft(article, money, kind, place)
            if draft is None or currency is None:
                continue
            draft.currency = currency
            draft.value_usd = money.value if currency == "USD" else None
            drafts.append(draft)
            previous_draft = draft
    return drafts


def _next_starts(text: str, monies: list[Money], sentence_end: int) -> list[int]:
    """Where the clause of each figure can run to: the next figure that is not a restatement of the one
    before it ("USD 5.66 billion (EGP 174 billion) last year": 'last year' still describes the dollars)."""
    result = [sentence_end] * len(monies)
    following = sentence_end
    for j in range(len(monies) - 1, -1, -1):
        result[j] = following
        if j == 0 or not _is_restatement(text, monies[j - 1], monies[j]):
            following = monies[j].start
    return result


def _year_before(article: Article, start: int, end: int) -> Optional[int]:
    """The latest year named earlier in the sentence ("In the first half of 2021, ... from January to June")."""
    years = [p.year for p in article.periods_in(start, end) if p.year is not None]
    return years[-1] if years else None


def _is_restatement(text: str, first: Money, second: Money) -> bool:
    """"USD 5.66 billion (EGP 174 billion)": the second figure restates the first in another currency."""
    return re.fullmatch(r"\s*\(\s*", text[first.end:second.start]) is not None


def _carried_currency(earlier: list[Money], last_currency: Optional[str]) -> Optional[str]:
    """"exports amounted to 2.5 billion": the currency of the figures around it."""
    for money in reversed(earlier):
        if money.currency:
            return money.currency
    return last_currency


def _segment(text: str, previous_end: int, money: Money, next_start: int, sentence: tuple[int, int]) -> Segment:
    cues = cue_patterns()
    left = previous_end
    for match in cues["boundary"].finditer(text, previous_end, money.start):
        left = match.end()
    right = next_start
    for kind in ("boundary", "cut"):
        match = cues[kind].search(text, money.end, right)
        if match:
            right = match.start()
    return Segment(left, money.start, money.end, right, sentence)


def _figure_kind(text: str, money: Money, seg: Segment, previous: Optional[Draft]) -> str:
    """conversion ("USD 5.66 billion (EGP 174 billion)"), change ("increased by $280 million"),
    item (a figure attached to a product in a list: "computers ($4.4 billion)"), baseline, or plain."""
    before = text[seg.left:money.start]
    paren = text.rfind("(", seg.sentence[0], money.start)
    if paren != -1 and ")" not in text[paren:money.start]:
        head = text[max(seg.sentence[0], paren - 3):paren].rstrip()
        inner = text[paren + 1:money.start]
        if previous is not None and previous.money.end >= paren - 2 and not inner.strip():
            return "conversion"
        if not inner.strip() and not (head.endswith("%") or head.endswith("percent")):
            near = text[max(seg.left, paren - BASELINE_REACH):paren]
            return "baseline" if _has(cue_patterns()["baseline"], near) else "item"
    if _ends_with(cue_patterns()["change"], before):
        return "change"
    if _ends_with(cue_patterns()["baseline"], before):
        return "baseline"
    return "plain"


def _ends_with(pattern: re.Pattern[str], text: str) -> bool:
    tail = text[-40:].rstrip(" (:$\\")
    tail = re.sub(r"(?:\b(?:the|a|an|some|about|around|approximately|over|nearly|almost)\s*)+$", "", tail,
                  flags=re.IGNORECASE).rstrip()
    match = None
    for match in pattern.finditer(tail):
        pass
    return match is not None and match.end() == len(tail)


def _has(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


def _apply_conversion(previous: Optional[Draft], money: Money, currency: Optional[str]) -> None:
    """A figure restated in another currency gives the USD value when the first was not in dollars."""
    if previous is not None and previous.value_usd is None and currency == "USD":
        previous.value_usd = money.value


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> Optional[re.Match[str]]:
    match = None
    for match in pattern.finditer(text, start, end):
        pass
    return match


@dataclass
class Place:
    """Where a figure stands in the walk through the article: what the figures before it established."""

    number: int  # index of its sentence
    seg: Segment
    previous: Optional[Draft]  # the fact before it in the same sentence
    drafts: list[Draft]  # every fact so far
    context_period: Optional[Span]  # the last period the text named
    sentence_year: Optional[int]  # the last year named earlier in its sentence

    @property
    def last_fact(self) -> Optional[Draft]:
        return self.drafts[-1] if self.drafts else None

    @property
    def recent(self) -> bool:
        """The last fact stands in this sentence or the one before."""
        return self.last_fact is not None and self.number - self.last_fact.sentence <= 1


def _draft(article: Article, money: Money, kind: str, place: Place) -> Optional[Draft]:
    if kind == "item":
        return _listed(article, money, place)
    origin = place.previous or (place.last_fact if place.recent else None)
    if kind == "baseline" and origin is not None:
        return _baseline(article, money, place, origin)
    measured = _measure(article, place)
    if measured is None:
        return None
    metric, refers_back = measured
    pair = _pair(article, place.seg, metric, refers_back, place.previous, place.last_fact)
    if pair is None:
        return None
    text, seg, cues = article.low, place.seg, cue_patterns()
    draft = Draft(money, place.number, metric, pair)
    if metric in ("exports", "imports"):
        draft.exporter = _exporter(article, seg, metric, pair)
    if metric == "target":
        draft.target_year = target_year(text[money.end:seg.sentence[1]], text[seg.left:money.start], article.ref) \
            or _year_of_goal(article, seg)
        draft.target_reached = _has(cues["reached"], text[seg.sentence[0]:seg.right])
    else:
        draft.period = _own_period(article, seg, place.context_period, place.sentence_year) \
            or _inherited_period(place.drafts, place.number, pair)
        draft.growth_pct = _growth(text, seg)
    draft.qualifier = _qualifier(text[seg.left:money.start])
    return draft


def _baseline(article: Article, money: Money, place: Place, origin: Draft) -> Draft:
    """"up from $78 billion last year": the earlier value of the figure before it, with its own period."""
    text, seg = article.low, place.seg
    metric = "turnover" if origin.metric == "target" else origin.metric
    draft = Draft(money, place.number, metric, origin.pair, origin.exporter, baseline=True)
    if origin.period and _has(cue_patterns()["previous_year"], text[seg.end:seg.right]):
        draft.period = _year_earlier(origin.period)
    else:
        draft.period = _own_period(article, seg, place.context_period, place.sentence_year)
    _give_growth_to(origin, text[seg.left:money.start])
    return draft


def _measure(article: Article, place: Place) -> Optional[tuple[str, Callable[[], bool]]]:
    """What the figure measures (a metric, or 'target') and a question, asked only when needed, whether
    its sentence refers back to a pair already named; None when it is not bilateral trade."""
    text, seg, cues = article.low, place.seg, cue_patterns()
    previous, last_fact = place.previous, place.last_fact
    metric, trade = _metric(text, seg)
    if _blocked(text, seg, trade):
        return None
    is_target = _is_target(text, seg)
    @lru_cache(maxsize=None)
    def anaphor() -> bool:
        return _has(cues["anaphor"], text[seg.sentence[0]:seg.right])

    if metric is None:
        if is_target and (place.recent or previous is not None or anaphor()):
            metric = "turnover"
        elif previous is not None:
            # "aim for $10 billion by 2030 and $15 billion by 2035" continues the goal; "...; in 2023 it
            # reached $4.4 billion" reports what happened
            reported = _has(cues["actual"], text[seg.left:seg.start])
            metric = "turnover" if reported and previous.metric == "target" else previous.metric
            is_target = metric == "target"
        elif place.number > 0 and anaphor():
            metric = _metric_in(text, *article.sentences[place.number - 1])
            if metric is None and place.recent and last_fact is not None and last_fact.metric != "target":
                metric = last_fact.metric
        if metric is None:
            return None
    if is_target:
        if metric in ("exports", "imports") and (previous is None or previous.metric != "target"):
            return None  # a goal for one direction is not a goal for the pair's trade
        metric = "target"
    return metric, lambda: place.recent or anaphor()


def _listed(article: Article, money: Money, place: Place) -> Optional[Draft]:
    """"Its main partners were Russia ($26 billion), China ($24 billion)...": a figure in brackets after a
    country is that country's trade with the country the sentence (or the article) is about; after anything
    else it is an item of a list (a product, a port) and no fact."""
    text, seg = article.low, place.seg
    s_start, s_end = seg.sentence
    paren = text.rfind("(", s_start, money.start)
    in_sentence = [m for m in article.countries_in(s_start, s_end) if m.iso3 != GROUP and not m.chained]
    listed = [m for m in in_sentence if LISTED_AFTER.match(article.text, m.end)]
    item = next((m for m in listed if paren - 2 <= m.end <= paren), None)
    if item is None:
        return None
    metric = _metric_in(text, s_start, s_end) or ("turnover" if PARTNERS.search(text, s_start, s_end) else None)
    trade = _last(metric_lookup()[0], text, s_start, money.start)
    if metric is None or _blocked(text, Segment(s_start, money.start, money.end, seg.right, seg.sentence), trade):
        return None
    hub = next((m.iso3 for m in in_sentence if m not in listed and m.iso3 != item.iso3), None) \
        or article.main_partner(item.iso3)
    if hub is None:
        return None
    draft = Draft(money, place.number, metric, _sorted_pair(item.iso3, hub))
    if metric in ("exports", "imports"):
        draft.exporter = hub if metric == "exports" else item.iso3
    draft.period = (_own_period(article, seg, place.context_period, place.sentence_year)
                    or (place.previous.period if place.previous is not None else None) or place.context_period)
    return draft


# --- what a figure measures -----------------------------------------------------------------------------------

def _metric(text: str, seg: Segment) -> tuple[Optional[str], Optional[re.Match[str]]]:
    """The metric the phrase nearest before the figure names (else one right after it), and that phrase
    when it stands before the figure."""
    pattern, table = metric_lookup()
    before = _last(pattern, text, seg.left, seg.start)
    match = before or pattern.search(text, seg.end, min(seg.right, seg.end + METRIC_AFTER_CHARS))
    return (table[match.group(0).lower()] if match else None), before


def _metric_in(text: str, start: int, end: int) -> Optional[str]:
    """The last metric phrase in a stretch of text ("Trade turnover has been increasing steadily.")."""
    pattern, table = metric_lookup()
    match = _last(pattern, text, start, end)
    return table[match.group(0).lower()] if match else None


def _product_level(text: str, start: int, end: int) -> bool:
    """"wheat exports", "exports of oil", "grain worth": a figure for goods, not for a pair's trade."""
    return commodity_pattern().search(text, start, end) is not None


def _blocked(text: str, seg: Segment, trade: Optional[re.Match[str]]) -> bool:
    """Investment, loans, deals, balances: a blocking word nearer to the figure than the metric phrase
    before it (`trade`), or the noun right after it ("$6 billion loan")."""
    cues = cue_patterns()
    if _has(cues["hard_block"], text[seg.left:seg.start]):
        return True
    block = _last(cues["block"], text, seg.left, seg.start)
    if block is not None and (trade is None or trade.end() <= block.start()):
        return True
    weak = _last(cues["weak_block"], text, seg.left, seg.start)
    if weak is not None and (trade is None or _product_level(text, weak.start() - PRODUCT_REACH, weak.start())):
        return True
    if trade is not None and (_product_level(text, max(seg.left, trade.start() - PRODUCT_REACH), trade.end())
                              or GOODS_AFTER.match(text, trade.end()) and _product_level(text, trade.end(), trade.end() + 20)):
        return True
    after_words = text[seg.end:seg.right].split()[:BLOCK_AFTER_WORDS]
    after = " ".join(after_words)
    return cues["block"].search(after) is not None


def _is_target(text: str, seg: Segment) -> bool:
    """A goal when the nearest of the target and actual cues before the figure is a target cue,
    or when "by 2030" follows it."""
    cues = cue_patterns()
    target = _last(cues["target"], text, seg.left, seg.start)
    actual = _last(cues["actual"], text, seg.left, seg.start)
    if target is not None and (actual is None or target.end() > actual.end()):
        return True
    return TARGET_AFTER.match(text, seg.end, seg.right) is not None


def _year_of_goal(article: Article, seg: Segment) -> Optional[int]:
    """"Trade in 2025 could reach $40 billion": a current or future year named in the goal's own clause."""
    for phrase in article.periods_in(seg.left, seg.start):
        if phrase.kind == "year" and phrase.year and article.ref.year and phrase.year >= article.ref.year:
            return phrase.year
    return None


def _qualifier(before: str) -> Optional[str]:
    """"exceeded $24 billion" -> over; "about seven billion pounds" -> about; "nearly $1.5 billion" -> nearly."""
    tail = before.rstrip(" $\\(")
    match = qualifier_pattern().search(tail, max(0, len(tail) - QUALIFIER_REACH))
    return match.lastgroup if match else None


def _growth(text: str, seg: Segment) -> Optional[float]:
    """A percentage stated with the figure as its growth ("grew by 13%", "a 19% increase")."""
    stretch = text[seg.left:seg.right]
    if "%" not in stretch and "per" not in stretch.lower() and "pc" not in stretch:
        return None
    cues = cue_patterns()
    for match in PERCENT.finditer(text, seg.left, seg.right):
        around = text[max(seg.left, match.start() - 30):min(seg.right, match.end() + 30)]
        if _has(cues["growth"], around) and not _has(cues["share"], text[match.end():match.end() + 20]) \
                and not _has(cues["share"], text[max(seg.left, match.start() - 20):match.start()]):
            return float(match.group("pct").replace(",", "."))
    return None


def _give_growth_to(origin: Draft, between: str) -> None:
    """"increasing by 10.9 percent compared to $410.888 million": the growth belongs to the figure before."""
    if origin.growth_pct is None:
        match = PERCENT.search(between)
        if match:
            origin.growth_pct = float(match.group("pct").replace(",", "."))


# --- between which countries --------------------------------------------------------------------------------

def _sorted_pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def _partners(article: Article, start: int, end: int) -> tuple[list[Mention], bool]:
    """Countries that can be a party in this stretch (not corridor links, not rivals in a ranking),
    and whether a region or group is named there."""
    mentions = article.countries_in(start, end)
    has_group = any(m.iso3 == GROUP for m in mentions)
    rivals = _rivals(article.low, mentions, start)
    return [m for m in mentions if m.iso3 != GROUP and not m.chained and m not in rivals], has_group


def _rivals(text: str, mentions: list[Mention], start: int) -> set[Mention]:
    """"by surpassing Canada and China": countries named right after a comparison cue (not "surpassed by X")."""
    rivals: set[Mention] = set()
    comparison = cue_patterns()["comparison"]
    for cue in comparison.finditer(text, start, mentions[-1].end if mentions else start):
        if re.match(r"\s+by\b", text[cue.end():cue.end() + 4]):
            continue
        chain_end = cue.end()
        for m in mentions:
            if m.start < cue.end():
                continue
            gap = text[chain_end:m.start]
            if m.start - cue.end() <= COMPARISON_REACH and (chain_end == cue.end() or re.fullmatch(r",?\s*(?:and\s+)?(?:the\s+)?", gap)):
                rivals.add(m)
                chain_end = m.end
            else:
                break
    return rivals


def _pick_two(text: str, mentions: list[Mention]) -> Optional[tuple[str, str]]:
    """Among several countries: a pair joined by "between A and B" or "A-B", else the first two named."""
    for a, b in zip(mentions, mentions[1:]):
        gap = text[a.end:b.start]
        if a.iso3 != b.iso3 and (re.fullmatch(r"\s*(?:and|&)\s+(?:the\s+)?", gap) and
                                 re.search(r"between\s+(?:the\s+)?$", text[max(0, a.start - 14):a.start])
                                 or gap in ("-", "–", "—")):
            return _sorted_pair(a.iso3, b.iso3)
    distinct = list(dict.fromkeys(m.iso3 for m in mentions))
    return _sorted_pair(distinct[0], distinct[1]) if len(distinct) >= 2 else None


def _pair(article: Article, seg: Segment, metric: str, refers_back: Callable[[], bool], previous: Optional[Draft],
          last_fact: Optional[Draft]) -> Optional[tuple[str, str]]:
    text = article.low
    local, local_group = _partners(article, seg.left, seg.right)
    if len({m.iso3 for m in local}) < 2 and _has(cue_patterns()["global"], text[seg.left:seg.right]):
        return None
    if len({m.iso3 for m in local}) >= 2:
        return _pick_two(text, local)
    if local:
        named_partner = WITH_PARTNER.search(text, max(seg.left, local[0].start - 40), local[0].start) is not None
        return None if local_group else _with_partner(article, local[0].iso3, last_fact,
                                                      named_partner or refers_back())
    if local_group:
        return None
    whole, whole_group = _partners(article, seg.sentence[0], seg.sentence[1])
    if len({m.iso3 for m in whole}) >= 2:
        return _pick_two(text, whole)
    if whole:
        return None if whole_group else _with_partner(article, whole[0].iso3, last_fact, refers_back())
    if previous is not None:
        return previous.pair
    if metric in ("exports", "imports") or refers_back():
        return last_fact.pair if last_fact is not None else article.main_pair()
    return None


# "trade with Russia", "exports to China": a partner named this way trades with the country the article is about
WITH_PARTNER = re.compile(r"\b(?:trade|turnover|exports?|imports?|supplies|shipments)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:with|to|from)\s+(?:the\s+)?$", re.IGNORECASE)


def _with_partner(article: Article, iso: str, last_fact: Optional[Draft],
                  refers_back: bool) -> Optional[tuple[str, str]]:
    """One country named: its partner is the other side of the pair the article is talking about, but only
    when the text refers back to it; otherwise the figure is that country's trade with the world."""
    if not refers_back:
        return None
    if last_fact is not None:
        if iso in last_fact.pair:
            return last_fact.pair
        a, b = last_fact.pair
        count_a, count_b = article.counts[a], article.counts[b]
        if count_a >= DOMINANT_RATIO * count_b:
            hub = a
        elif count_b >= DOMINANT_RATIO * count_a:
            hub = b
        else:  # a ranking: the newly named country takes the place of the first-named one
            first = _first_in_sentence(article, last_fact)
            hub = b if first == a else a
        return _sorted_pair(iso, hub)
    partner = article.main_partner(iso)
    return _sorted_pair(iso, partner) if partner else None


def _first_in_sentence(article: Article, draft: Draft) -> Optional[str]:
    """Which side of a fact's pair its sentence names first."""
    start = article.sentences[draft.sentence][0]
    for mention in article.countries_in(start, draft.money.start):
        if mention.iso3 in draft.pair:
            return mention.iso3
    return None


# --- which way goods flow -----------------------------------------------------------------------------------

SOURCE_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
DESTINATION_BEFORE = re.compile(r"\b(?:to|into|in)\s+(?:the\s+)?$", re.IGNORECASE)
SELLER_AFTER = re.compile(
    r"^(?:['’]s?)?\s+(?:\w+\s+)?(?:export(?:s|ed|ing)?|goods|products|produce|commodities|oil|gas|grain|wheat|"
    r"cargo|deliveries|shipments|suppl(?:y|ies|ied)|sold|sells|shipped|ships|delivered)\b", re.IGNORECASE)
BUYER_AFTER = re.compile(r"^(?:['’]s?)?\s+(?:\w+\s+)?(?:import(?:s|ed|ing)?|bought|buys|purchased)\b",
                         re.IGNORECASE)


def _exporter(article: Article, seg: Segment, metric: str, pair: tuple[str, str]) -> Optional[str]:
    """Who sells: named by "from X", "X's exports", "X goods"; or the other side of "to X", "X's imports";
    else, as official statistics are reported, the article's own country exports and the partner imports."""
    text = article.low
    sellers, buyers = [], []
    for mention in article.countries_in(seg.left, seg.right):
        if mention.iso3 not in pair:
            continue
        before = text[max(0, mention.start - 12):mention.start]
        after = text[mention.end:mention.end + 30]
        if SOURCE_BEFORE.search(before) or SELLER_AFTER.match(after):
            sellers.append(mention.iso3)
        elif BUYER_AFTER.match(after) or DESTINATION_BEFORE.search(before):
            buyers.append(mention.iso3)
    if sellers:
        return sellers[0]
    if buyers:
        return pair[1] if buyers[0] == pair[0] else pair[0]
    home = article.first_named(pair)
    if home is None:
        return None
    other = pair[1] if home == pair[0] else pair[0]
    return home if metric == "exports" else other


# --- over which period --------------------------------------------------------------------------------------

def _own_period(article: Article, seg: Segment, context: Optional[Span], sentence_year: Optional[int]) -> Optional[Span]:
    """The period phrase right after the figure, else the nearest one before it in its segment."""
    after = article.periods_in(seg.end, seg.right)
    before = [p for p in article.periods_in(seg.left, seg.start) if p.end <= seg.start]
    for phrase in after[:1] + before[::-1]:
        span = resolve(phrase, article.ref, context, sentence_year)
        if span is not None:
            return span
    return None


def _year_earlier(span: Span) -> Span:
    start, end = span
    return start.replace(year=start.year - 1), dt.date(end.year - 1, end.month, 28 if end.month == 2 else end.day)


def _inherited_period(drafts: list[Draft], number: int, pair: tuple[str, str]) -> Optional[Span]:
    """A breakdown that names no period of its own continues the figure before it: in the same sentence
    whatever its pair, or a few sentences on for the same pair ("Of this, exports amounted to ...")."""
    for draft in reversed(drafts):
        if number - draft.sentence > INHERIT_SENTENCES:
            return None
        if draft.metric != "target" and not draft.baseline and (draft.pair == pair or draft.sentence == number):
            return draft.period
    return None


# --- one fact per figure ------------------------------------------------------------------------------------

def _same_figure(a: Draft, b: Draft) -> bool:
    return (a.pair == b.pair and a.metric == b.metric and a.exporter == b.exporter and a.currency == b.currency
            and abs(a.money.value - b.money.value) <= SAME_VALUE_TOLERANCE * max(a.money.value, b.money.value)
            and (a.period is None or b.period is None or a.period == b.period)
            and (a.target_year is None or b.target_year is None or a.target_year == b.target_year))


def _value_bucket(value: float) -> int:
    """Buckets as wide as the tolerance: a twin is in the same bucket or the next one."""
    return int(math.log(max(value, 1.0)) / math.log1p(SAME_VALUE_TOLERANCE))


def _merge_duplicates(drafts: list[Draft]) -> list[Draft]:
    """The same figure repeated (headline, lead, quote) is one fact; later mentions fill what the first lacks."""
    kept: list[Draft] = []
    by_flow: dict[tuple, list[Draft]] = defaultdict(list)
    for draft in drafts:
        flow = (draft.pair, draft.metric, draft.exporter, draft.currency)
        bucket = _value_bucket(draft.money.value)
        candidates = [k for b in (bucket - 1, bucket, bucket + 1) for k in by_flow.get((*flow, b), ())]
        twin = next((k for k in candidates if _same_figure(k, draft)), None)
        if twin is None:
            kept.append(draft)
            by_flow[(*flow, bucket)].append(draft)
            continue
        for name in ("period", "target_year", "growth_pct", "qualifier", "value_usd"):
            if getattr(twin, name) is None and getattr(draft, name) is not None:
                setattr(twin, name, getattr(draft, name))
        twin.target_reached = bool(twin.target_reached or draft.target_reached) if twin.metric == "target" else None
    return kept


def _to_fact(draft: Draft, article: Article, source: str, article_date: Optional[dt.date]) -> Fact:
    s_start, s_end = article.sentences[draft.sentence]
    period_start, period_end = draft.period if draft.period else (None, None)
    return Fact(
        source=source, article_date=article_date,
        country_a=draft.pair[0], country_b=draft.pair[1], metric=draft.metric, exporter=draft.exporter,
        value=draft.money.value, currency=draft.currency or "", value_usd=draft.value_usd,
        qualifier=draft.qualifier, growth_pct=draft.growth_pct,
        period_start=period_start, period_end=period_end,
        target_year=draft.target_year if draft.metric == "target" else None,
        target_reached=draft.target_reached if draft.metric == "target" else None,
        evidence=article.text[s_start:s_end], evidence_start=s_start, evidence_end=s_end,
    )


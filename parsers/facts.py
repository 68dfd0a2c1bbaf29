"""Find bilateral trade facts in an article's text.

Every money amount is a candidate. Walking the text in order, each figure gets a frame: what it is
(figures.py: a level, a change, a range, a restatement, a baseline), what it measures and whether it is a goal
or not trade at all (measures.py), between whom (pairs.py, with frames.py and lists.py), over which period
(dating.py), and how sure we are of each slot (confidence.py). What earlier figures established (their pair, metric, period, currency)
carries over to figures that refer back to them. Implausible values are dropped (plausibility.py), and
the same figure said twice is one fact.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from typing import Optional

from parsers.context import Article, build_article, countries_by_prominence, may_hold_table
from parsers.dating import counting_home, part_of, period_of
from parsers.figures import (
    IN_TERMS_BEFORE, PERCENT, Segment, figure_kind, growth, has, in_relative_aside, is_restatement, last,
    measure_equal_to, metric_in, metric_near, own_actual_cue, qualifier, segment,
)
from parsers.drafts import Draft, Place, consistent, merge_duplicates, to_fact
from parsers.fact_currency import (apply_conversion, carried_currency, dollar_of_pair, guessed_dollar, home_dollar,
                                   local_dollar, restating_dollar, whose_currency)
from parsers.fiscal_calendars import Span
from parsers.frames import parties, seller, sorted_pair
from parsers.gazetteer import GROUP, find_mentions
from parsers.grids import grid_facts
from parsers.lexicon import cue_patterns, metric_lookup
from parsers.lists import list_frame
from parsers.measures import measure, respective_flow
from parsers.pairs import frame, other_owner, pair_home, partner_outside, possessed_by_other
from parsers.money import Money, decimal_reading, find_money
from parsers.period_spans import resolve, shift_years
from parsers.periods import PeriodPhrase
from parsers.plausibility import fits_pair, plausible, plausible_growth
from parsers.schema import Fact
from parsers.target_years import target_year
from parsers.timing import (
    CONTEXT_SENTENCES, compared, labels_a_value, month_earlier, months, own_period, same_part_of, year_before,
    year_earlier, year_of_goal, years_earlier,
)
from parsers.world_totals import part_without_partner

# a trade phrase right after a figure that describes it: "$2.1 billion of Uzbekistan's exports", "$1.2 billion
# from exports to Kenya", "$3 billion in exports"
# the words joining a figure to the trade phrase that describes it: "$2 billion in exports", "$2 billion worth of
# imports", "$2 billion were exports", "$2 billion accounted for exports"
POSTMODIFIER = re.compile(r"\)?,?\s*(?:(?:worth\s+)?(?:of|in|from)|(?:was|were|being|represented|constituted|"
                          r"(?:was\s+|were\s+)?accounted\s+for(?:\s+by)?|came\s+from|made\s+up))\s+(?:the\s+)?"
                          r"(?:(?:annual|yearly|bilateral|two-way|total|mutual)\s+)?")  # "$5 billion in annual trade"
PASSIVE_HEAD = re.compile(r"(?:was|were)\s+")
CROWDED = 3  # a sentence naming this many countries: each figure's pair had to be chosen among them
# a country and at most one word before a trade phrase ("Russia's total imports"); a conjunction or preposition
# between them ends the phrase ("... to China and bought $427 billion")
PHRASE_HEAD = re.compile(r"(?:['’]s?)?\s+(?:(?!(?:and|or|but|while|whereas|as|to|from|with|in|of|for)\b)[\w-]+\s+)?")

# a comparison with a whole year, not the same months of it ("$1 billion in H1, against $2 billion for the whole of
# 2022")
WHOLE_YEAR = re.compile(r"\b(?:the\s+)?(?:whole|entire|full)(?:\s+of|[- ]year)\b|\ball\s+of\s+(?:19|20)\d\d")
YEARS_OWN = re.compile(r"\b(?:year|(?:19|20)\d\d)['’]s\b")  # "last year's total", "2022's figure"
# "raised the goal from $5 billion": where an older goal started
GOAL_NOUN = re.compile(r"\b(?:goals?|targets?|objectives?|ambitions?)\b")
GOAL_NOUN_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:goals?|targets?|objectives?)\b")  # "$30 billion (trade) target"


# period_of's marks for a figure dated as an earlier value, and how well its period is founded
EARLIER_VALUE_SOURCES = {"when": "sentence", "earlier": "clause"}


def extract_facts(text: str, source: str, article_date: Optional[dt.date]) -> list[Fact]:
    """All bilateral trade facts the text states, one per distinct figure."""
    mentions = find_mentions(text)
    monies = find_money(text, countries_by_prominence(mentions))
    if not monies and not may_hold_table(text):
        return []
    article = build_article(text, monies, article_date, mentions)
    walk = _walk(article, monies)
    drafts = walk.drafts + _grid_drafts(article, walk.reports)
    drafts = [d for d in (_sized_to_pair(d) for d in drafts) if d is not None and plausible(d.money.value, d.currency)]
    for draft in drafts:
        draft.growth_pct = plausible_growth(draft.growth_pct)
    return [to_fact(d, article, source, article_date) for d in merge_duplicates(consistent(drafts))]


def _sized_to_pair(draft: Draft) -> Optional[Draft]:
    """A figure larger than its two countries' trade can be was misread: its comma is a decimal mark
    ("$415,286 million" between Paraguay and Chile is 415.3 million) when that reading fits; else it is
    dropped."""
    if fits_pair(draft.money.value, draft.currency, draft.pair):
        return draft
    decimal = decimal_reading(draft.money)
    if decimal is None or not fits_pair(decimal, draft.currency, draft.pair):
        return None
    draft.money = replace(draft.money, value=decimal)
    draft.value_usd = decimal if draft.currency == "USD" else None
    return draft


# --- walking the figures ------------------------------------------------------------------------------------

@dataclass
class Walk:
    """What the text has established so far, as the walk goes through its figures."""

    drafts: list[Draft] = field(default_factory=list)
    context_period: Optional[Span] = None  # the last period phrase ("the said period" refers to it)
    report_period: Optional[Span] = None  # the period the text is reporting on (not a comparison's)
    report_sentence: int = 0
    last_currency: Optional[str] = None
    period_index: int = 0
    whole: Optional[tuple[str, int]] = None  # (metric, sentence) of the last total that was no pair's
    spans: list[Span] = field(default_factory=list)  # every period named so far
    figure_sentence: int = -2  # the last sentence that held a figure
    reports: list[tuple[int, Span]] = field(default_factory=list)  # (where, period) each report period was named
    report_of_figure: bool = False  # whether the period reported on is a figure's own

    def report(self, period: Span, number: int, position: int, of_figure: bool = False) -> None:
        if number == self.report_sentence and self.report_of_figure and self.report_period is not None \
                and part_of(self.report_period, period):
            # "$2.36 billion between 1 April 2023 and 12 January 2024 in the current financial year 2023-2024": the
            # figure's span, not the year it lies in (but "the report for the second quarter ... trade for January
            # to June": the months the figures are given for)
            return
        self.report_period, self.report_sentence, self.report_of_figure = period, number, of_figure
        self.reports.append((position, period))


def _walk(article: Article, monies: list[Money]) -> Walk:
    walk = Walk()
    money_index = 0
    for number, sentence in enumerate(article.sentences):
        figures = []
        while money_index < len(monies) and monies[money_index].start < sentence[1]:
            if monies[money_index].start >= sentence[0]:
                figures.append(monies[money_index])
            money_index += 1
        if figures:
            _sentence_drafts(article, number, sentence, figures, walk)
            walk.figure_sentence = number
    _read_periods_before(article, len(article.text), walk)  # the periods after the last figure, for tables below them
    return walk


def _sentence_drafts(article: Article, number: int, sentence: tuple[int, int], figures: list[Money],
                     walk: Walk) -> None:
    text = article.low
    lists = list_frame(article, sentence, figures, article.hub)
    item_starts = {n: m.start for n, m in lists.items.items()}
    ends, owned = _clause_ends(article, figures, sentence, item_starts)
    previous_end = sentence[0]
    previous_draft: Optional[Draft] = None
    previous: Optional[tuple[Money, str]] = None
    rejected = False  # the figure before in this sentence was read and is not a fact
    not_trade = False  # ... and measures no trade at all
    claimed: set[int] = set()
    for i, money in enumerate(figures):
        _read_periods_before(article, money.start, walk)
        seg = segment(text, previous_end, money, ends[i], sentence)
        currency = money.currency or carried_currency(text, figures[:i], walk.last_currency)
        currency_before, walk.last_currency = walk.last_currency, money.currency or walk.last_currency
        following = figures[i + 1] if i + 1 < len(figures) else None
        kind = figure_kind(text, money, seg, previous, following)
        if kind == "conversion" and (i == 0 and walk.figure_sentence < number - 1
                                     or currency == currency_before and measure_equal_to(text, seg, money)):
            # "Trade was equal to $4.35 billion": no figure before it to restate, or none in another currency
            kind = "plain"
        previous = (money, kind)
        if kind == "conversion":
            # "... 9.8 billion birr to Somalia in 2023. This is equivalent to roughly 182 million dollars."
            last_fact = walk.drafts[-1] if walk.drafts else None
            before = last_fact if i == 0 and last_fact and last_fact.sentence == number - 1 else previous_draft
            apply_conversion(before, money, restating_dollar(figures[i - 1] if i else None, money) or currency)
            continue
        if kind in ("change", "range"):
            continue
        previous_end = max(_bracket_end(text, money), owned.get(i, 0))
        if kind == "item" and i not in lists.items and _after_country(article, money):
            kind = "plain"
        skip = frozenset(start for n, start in item_starts.items() if n != i) | frozenset(claimed)
        whole = walk.whole[0] if walk.whole is not None and number - walk.whole[1] <= 1 else None
        place = Place(number, seg, previous_draft, walk.drafts, walk.report_period, walk.report_sentence,
                      year_before(article, sentence[0], money.start), lists, i, skip, walk.context_period,
                      rejected, whole, whole is not None and walk.whole[1] == number, walk.spans,
                      after_not_trade=not_trade)
        draft = _draft(article, money, kind, place) if currency is not None else None
        claimed.update(p.start for p in parties(article, money.end, seg.right, place.skip, money.end)[0])
        rejected, not_trade = draft is None, draft is None and place.not_trade
        if draft is None and place.measured is not None:
            walk.whole = (place.measured, number)
        if draft is None:
            continue
        earlier = figures[:i]
        draft.currency = whose_currency(article, money, earlier, draft) or local_dollar(money, earlier, draft) \
            or home_dollar(article, money, draft) or dollar_of_pair(article, money, draft, currency)
        if guessed_dollar(money, draft):
            draft.slots["currency"] = "default"
        draft.value_usd = money.value if draft.currency == "USD" else None
        if _restated_in_terms(article, seg, draft, walk.drafts):
            continue
        walk.drafts.append(draft)
        previous_draft = draft
        if draft.period is not None and (_told_as_earlier(article, walk, draft.period, seg.sentence[0], money.start)
                                         or _labelled(article, money)):
            draft.baseline = True  # an earlier value, which the figures after it do not report on
        elif draft.period is not None and draft.slots.get("period") == "clause" and not draft.baseline \
                and not _part_alone(article, walk.report_period, draft.period, seg.sentence):
            walk.report(draft.period, number, money.start, of_figure=True)
        elif draft.slots.get("period") == "context" and draft.period == walk.report_period and not draft.baseline:
            walk.report_sentence = number  # a release that goes on reporting facts of its period keeps it in force


ALONE_AFTER = re.compile(r"\s+alone\b")
LABEL_REACH = 20  # "(2023: 253.1 billion euros)": how far before its value a period's label in brackets stands


def _labelled(article: Article, money: Money) -> bool:
    """"were traded last year (2023: 253.1 billion euros)": a value in brackets under its own period's label, an
    earlier value said in passing."""
    return any(labels_a_value(article, p) for p in article.periods_in(money.start - LABEL_REACH, money.start))


# "Cumulatively, exports to Switzerland between January and August totalled": a running total, said in passing
CUMULATIVE_OPENING = re.compile(r"\W*(?:cumulatively|on\s+a\s+cumulative\s+basis|in\s+cumulative\s+terms)\b")


def _part_alone(article: Article, reported: Optional[Span], period: Span, sentence: tuple[int, int]) -> bool:
    """"In December alone, imports were $38.3 billion": a part of the period reported on, said in passing; the
    figures after it go on with the whole period. So does a running total that holds it ("In August, ... .
    Cumulatively, exports between January and August totalled")."""
    return _running_total(article, reported, period, sentence[0]) or part_of(period, reported) \
        and any(ALONE_AFTER.match(article.text, p.end) for p in article.periods_in(*sentence))


def _running_total(article: Article, reported: Optional[Span], period: Span, sentence_start: int) -> bool:
    """A sentence opening "Cumulatively," on a period that holds the one reported on: said in passing."""
    return reported is not None and part_of(reported, period) \
        and CUMULATIVE_OPENING.match(article.low, sentence_start) is not None


# sentences back to the fact "In rupee terms, ..." restates (a sentence about its goods may come between)
RESTATED_REACH = 3


def _restated_in_terms(article: Article, seg: Segment, draft: Draft, drafts: list[Draft]) -> bool:
    """"Turkish exports to Georgia were $2.1 billion. In lira terms, Turkey's sales to its neighbour were worth
    TL 48.3 billion": the fact just stated, in another currency (one fact, in the first currency given)."""
    if not IN_TERMS_BEFORE.search(article.low, seg.sentence[0], seg.start):
        return False
    # the facts of the last few sentences, latest first: past an earlier value compared with the fact, or a sentence
    # about its goods ("$9.27 billion against $9.86 billion in the same period last year. In rupee terms, ...")
    recent = (last for last in reversed(drafts) if last.sentence >= draft.sentence - RESTATED_REACH)
    return any(last.currency != draft.currency and last.pair == draft.pair and last.metric == draft.metric
               and last.exporter == draft.exporter
               and (last.period is None or draft.period is None or last.period == draft.period) for last in recent)


# where a clause of a sentence ends, for a period in a sentence with no figure ("..., although the durian season
# only begins in May")
COMMENT_BREAK = re.compile(r",\s+(?:al)?though\b|,\s+(?:while|whereas|but|as|even\s+as)\b|;|\bwhile\b|\bwhereas\b")


def _comment_clause(article: Article, phrase: PeriodPhrase, s_start: int, s_end: int) -> tuple[int, int]:
    """The clause a period phrase stands in when its sentence has no figure (the whole sentence otherwise): only
    a period told of trade in its own clause is the period the figures after it report on ("Exports to China will
    stay strong, although the durian season only begins in May" dates nothing)."""
    if bisect_left(article.money_starts, s_start) != bisect_left(article.money_starts, s_end):
        return s_start, s_end
    left = s_start
    for found in COMMENT_BREAK.finditer(article.low, s_start, phrase.start):
        left = found.end()
    after = COMMENT_BREAK.search(article.low, phrase.end, s_end)
    return left, after.start() if after else s_end


def _read_periods_before(article: Article, position: int, walk: Walk) -> None:
    """Take in the period phrases before a figure: each is the context "the said period" refers to; one
    in a sentence about trade that is not a comparison ("as high as in 2022") is the period reported on.
    A fiscal year is counted in the calendar of the country reporting the fact beside it, as that fact's was."""
    while walk.period_index < len(article.periods) and article.periods[walk.period_index].end <= position:
        phrase = article.periods[walk.period_index]
        walk.period_index += 1
        if phrase.kind == "same_period":
            continue
        number = article.sentence_at(phrase.start)
        s_start, s_end = article.sentences[number]
        last = walk.drafts[-1] if walk.drafts else None
        home = last.reporter if last is not None and last.sentence == number and last.reporter else article.hub
        context = walk.context_period
        if _year_before_the_report(phrase, walk, number):
            # "... $4.1 billion in 2023. In the previous year, imports were $5 billion": the year before the one
            # reported on (the figure's period: dating._year_before_report), which stays the one reported on
            walk.context_period = shift_years(walk.report_period, phrase.rel)
            walk.spans.append(walk.context_period)
            continue
        if (phrase.kind == "said_period" or phrase.kind == "months" and phrase.after_context) \
                and phrase.last_month != 12 and walk.report_period is not None \
                and abs(months(walk.report_period) - phrase.last_month) <= 1:
            context = walk.report_period  # "during the month": the month reported on, not an earlier value's
        elif phrase.kind == "said_period" and phrase.last_month == 12 and walk.report_period is not None \
                and months(walk.report_period) == 12:
            context = walk.report_period  # "grew 16.9 percent over the previous year. During the year, ...": 2023's
        span = resolve(phrase, article.ref, context, year_before(article, s_start, phrase.start), home)
        if span is None:
            continue
        alone = ALONE_AFTER.match(article.text, phrase.end) is not None
        running = _running_total(article, walk.report_period, span, s_start)
        walk.spans.append(span)
        after_baseline = last is not None and last.baseline and last.sentence == number  # "from $500m in 2022"
        # "a goal of $10 billion by 2023, which was surpassed in 2022": when the goal was met, not a period reported on
        after_goal = last is not None and last.metric == "target" and last.sentence == number
        comparison = compared(article, phrase) or labels_a_value(article, phrase)
        if (not comparison or walk.context_period is None) and phrase.kind != "later":
            # "in the quarter" after "9% more than the same period of 2023": this year's; "five years later" counts
            # from the period before it, which stays the one its figure's clause reads it from
            walk.context_period = span
        # a balance is of trade too ("The U.S. deficit with China decreased to $27.9 billion in January"), when the
        # text has named no period of its trade before
        c_start, c_end = _comment_clause(article, phrase, s_start, s_end)
        # ... and so is a ranking of partners ("Somalia remained the leading destination for Ethiopian merchandise in
        # the 2023/24 fiscal year")
        about_trade = metric_in(article.low, c_start, c_end) or DATA_NOTE.search(article.low, s_start, s_end) \
            or walk.report_period is None and (BALANCE.search(article.low, s_start, s_end)
                                               or PARTNER_RANK.search(article.low, c_start, c_end))
        described = in_relative_aside(article.low, s_start, phrase.start)  # "Spain, which led in the previous quarter,"
        if about_trade and not comparison and not after_baseline and not after_goal and not described \
                and not (alone and part_of(span, walk.report_period)) and not running \
                and not _told_as_earlier(article, walk, span, s_start, s_end):
            walk.report(span, number, phrase.start, of_figure=article.has_figure(s_start, phrase.start))


def _year_before_the_report(phrase: PeriodPhrase, walk: Walk, number: int) -> bool:
    """"the previous year", "the preceding fiscal year" (not "last year") after a year reported on."""
    return phrase.after_context and phrase.kind in ("year", "months") and phrase.rel is not None \
        and phrase.year is None and phrase.first_month == 1 and phrase.last_month == 12 \
        and walk.report_period is not None and months(walk.report_period) == 12 \
        and number - walk.report_sentence <= CONTEXT_SENTENCES


PAST_VERB = re.compile(r"\b(?:was|were|had|stood|grew|rose|fell|hit|[a-z]{3,}ed)\b")  # "traded", "imported"
DATA_NOTE = cue_patterns()["data_note"]  # "All figures are for the year ended March 2025"
RESTATED = cue_patterns()["restated"]
PARTNER_RANK = cue_patterns()["partner_rank"]  # "the leading destination", "the main supplier"
BALANCE = re.compile(r"\b(?:deficits?|surplus(?:es)?|trade\s+balance|balance\s+of\s+trade)\b")


# "Exports to the UAE had crossed $31 billion in 2022-23": the past perfect tells what came before the report
PAST_PERFECT = re.compile(r"\bhad\s+(?:already\s+|only\s+|first\s+)?(?:been|stood|[a-z]+ed|risen|fallen|grown|hit)\b")


def _told_as_earlier(article: Article, walk: Walk, span: Span, start: int, end: int) -> bool:
    """A period told in the past perfect, or of a measure referred back to in a sentence naming no country ("Trade
    reached $68 billion last year. In 2021, the figure was $34.7 billion."), before the one the text reports on, is
    no new report period."""
    return walk.report_period is not None and span[1] < walk.report_period[1] \
        and (PAST_PERFECT.search(article.low, start, end) is not None
             or RESTATED.search(article.low, start, end) is not None and not article.countries_in(start, end))


def _bracket_end(text: str, money: Money) -> int:
    """Where the words of a figure in brackets end ("($2.9 billion in 2021)" owns its "in 2021")."""
    opened = text.rfind("(", max(0, money.start - 3), money.start)
    if opened == -1:
        return money.end
    closed = text.find(")", money.end, money.end + 60)
    return closed + 1 if closed != -1 else money.end


def _after_country(article: Article, money: Money) -> bool:
    """"for Uzbekistan (USD 1.63 billion)": a bracketed figure right after a country's name."""
    paren = article.low.rfind("(", 0, money.start)
    before = article.countries_in(max(0, paren - 40), paren)
    return bool(before) and not article.low[before[-1].end:paren].strip()


# an elliptic coordination that opens the next figure's clause: "... and with Uzbekistan $1.2 billion", ", to Spain $2
# billion"; the country follows up to the figure
NEXT_PARTNER = re.compile(r"(?:,\s*|\s+)(?:and\s+|while\s+)?(?:(?:those|that)\s+)?(?:with|to|from)\s+(?:the\s+)?"
                          r"[^\d,;.]{2,40}?\s*[:–-]?\s*$")


# a name right before its figure ("with Uzbekistan $1.2 billion"), or before the verb left out ("and those to Tanzania
# to $400 million", "and those to Haiti for US$92.3 million")
HEADS_FIGURE = re.compile(r"\s*(?:[:–-]|(?:to|for|at)\s)?\s*")


def _clause_ends(article: Article, figures: list[Money], sentence: tuple[int, int],
                 item_starts: dict[int, int]) -> tuple[list[int], dict[int, int]]:
    """Where the clause of each figure can run to: the next figure, or the country that heads it in a list,
    or the trade phrase that describes it ("$40 billion trade with Russia, our trade with Ukraine reached
    $8.2 billion") unless that phrase describes the figure before ("$2.1 billion of Uzbekistan's exports",
    "$1.2 billion from exports to Kenya"); a figure that only restates the one before in another currency does not end it ("USD
    4.9 billion (EGP 151 billion) last year": 'last year' still describes the dollars). A phrase that describes
    the figure before also ends where the next figure's words begin ("$2.5 billion in exports and $6.8 billion
    in imports": the second is not exports); those ends are returned by figure."""
    text = article.low
    pattern, _ = metric_lookup()
    result = [sentence[1]] * len(figures)
    owned: dict[int, int] = {}
    following = sentence[1]
    for j in range(len(figures) - 1, -1, -1):
        result[j] = following
        if j == 0 or not is_restatement(text, figures[j - 1], figures[j]):
            following = item_starts.get(j, figures[j].start)
            if j > 0 and j not in item_starts:
                # "reached $3 billion and with Uzbekistan $1.2 billion": the partner heads the next figure
                coordinated = NEXT_PARTNER.search(text, figures[j - 1].end, figures[j].start)
                named = article.countries_in(coordinated.start(), figures[j].start) if coordinated else []
                if named and HEADS_FIGURE.fullmatch(text, named[-1].end, figures[j].start):
                    following = min(following, coordinated.start())
            if j > 0:
                own_phrase = last(pattern, text, figures[j - 1].end, figures[j].start)
                if own_phrase is not None and j not in item_starts:
                    head = _phrase_start(article, own_phrase.start(), figures[j - 1].end)
                    # "$410 million were brought in from India": a passive the table writes whole is the figure's
                    passive = PASSIVE_HEAD.match(text, head)
                    if not POSTMODIFIER.fullmatch(text, figures[j - 1].end, passive.end() if passive else head):
                        following = min(following, head)
                    else:
                        owned[j - 1] = own_phrase.end()
    return result, owned


def _phrase_start(article: Article, start: int, floor: int) -> int:
    """Where the noun phrase of a trade phrase starts: "Chinese exports", "Russia's imports" include their
    country."""
    before = article.countries_in(max(floor, start - 24), start)
    if before and PHRASE_HEAD.fullmatch(article.low, before[-1].end, start):
        return before[-1].start
    return start


def _draft(article: Article, money: Money, kind: str, place: Place, comparison: bool = False) -> Optional[Draft]:
    item = place.lists.item(place.figure)
    if kind == "item" and item is None:
        return None  # a figure in brackets after a product, a port or a share: a list of other things
    if item is not None and item.iso3 == GROUP:
        return None  # the figure of a group standing among a list's partners ("China, ASEAN and Japan, with ...")
    if kind == "opening":
        return _draft(article, money, "plain", place, comparison=True)  # measured in its own clause
    if kind == "baseline" and GOAL_NOUN_AFTER.match(article.low, money.end):
        return _draft(article, money, "plain", place, comparison=True)  # "still far from the $30 billion target"
    if kind == "baseline":
        if place.after_rejected:
            return None  # the earlier value of a figure that is not a fact ("exports to Eastern Asia ... compared to")
        origin = _parallel_origin(article, place) or place.previous \
            or _named_origin(article, place, place.last_fact if place.recent and place.figure == 0 else None)
        if origin is not None and origin.sentence != place.number and _measures_other(article, place, origin):
            origin = None  # "Spanish sales reached ... Trade between the two has doubled from ...": trade's own
        if origin is not None and not partner_outside(article, place, origin.pair):
            if other_owner(article, place, origin.pair):
                return None
            return _baseline(article, money, place, origin)
        return _draft(article, money, "plain", place, comparison=True)  # "Compared to $562m in 2016, they ..."
    measured = measure(article, place, item is not None)
    if measured is None:
        return None
    metric, target, metric_source = measured
    if metric_source != "clause" and not target and part_without_partner(article, place.seg):
        return None
    if comparison and target and not GOAL_NOUN.search(article.low, place.seg.left, money.start) \
            and not GOAL_NOUN_AFTER.match(article.low, money.end):
        # "raise trade from $6 billion to $10 billion": where a goal starts from is what trade is; but "far from the
        # $30 billion target" names the goal
        target = False
    framed = frame(article, place, metric, target)
    if framed is None or possessed_by_other(article, place.seg, framed.pair):
        place.measured = None if target else metric
        return None
    text, seg = article.low, place.seg
    draft = Draft(money, place.number, "target" if target else metric, framed.pair, item=item is not None,
                  baseline=comparison)
    draft.reporter, draft.slots = framed.reporter, {**framed.slots, "metric": metric_source}
    if _crowded(article, seg.sentence):
        draft.slots["sentence"] = "crowded"
    if draft.metric in ("exports", "imports"):
        reporter = framed.reporter if framed.reporter in framed.pair else pair_home(article, framed.pair)
        # two flows named together give their roles to neither figure: whose trade it is says who sells
        parties_ = [] if respective_flow(article, place) else framed.parties
        draft.exporter, stated = seller(framed.pair, parties_, metric, reporter, money.start)
        draft.slots["exporter"] = "clause" if stated else "default"
        # a figure whose measure comes from the fact before ("South Africa came in second at N$2.1 billion" after
        # Namibia's exports to Botswana) flows as that fact did
        before = place.previous or (place.last_fact if metric_source in ("context", "list") and place.recent else None)
        parallel = None if stated else _parallel_seller(before, draft)
        if parallel is not None:
            draft.exporter, draft.slots["exporter"] = parallel, "context"
        opposite = None if stated else _opposite_seller(article, place, draft)
        if opposite is not None:
            draft.exporter, draft.slots["exporter"] = opposite, "clause"
    if target:
        draft.target_year = target_year(text[money.end:seg.sentence[1]], text[seg.left:money.start], article.ref) \
            or year_of_goal(article, seg)
        draft.target_reached = has(cue_patterns()["reached"], text[seg.sentence[0]:seg.right])
    else:
        draft.period, draft.slots["period"] = period_of(article, place, draft)
        if draft.slots["period"] in EARLIER_VALUE_SOURCES:
            # "down 22% from 2022, when it reached $36.9 billion", "It had stood at $1.6 billion a year earlier":
            # an earlier value, which the figures after it do not report on
            draft.baseline, draft.slots["period"] = True, EARLIER_VALUE_SOURCES[draft.slots["period"]]
        draft.growth_pct = growth(text, seg)
        if _forecast(article, seg, draft):
            if draft.metric != "turnover":
                return None  # a forecast for one direction is no goal for the pair's trade
            draft.metric, draft.target_year, draft.period = "target", draft.period[1].year, None
    draft.qualifier = qualifier(text[seg.left:money.start])
    return draft


def _forecast(article: Article, seg: Segment, draft: Draft) -> bool:
    """"One bank is forecasting trade of A$115 billion in 2024", written in 2023: a period that has not begun
    has no level to report, so a figure for it that no verb tells in the past is a forecast (a past verb says the
    period or the date was misread)."""
    ref = article.ref
    if draft.period is None or ref.month is None:
        return False
    if (draft.period[0].year, draft.period[0].month) <= (ref.year, ref.month):
        return False
    return own_actual_cue(article.low, seg) is None and not PAST_VERB.search(article.low, seg.sentence[0], seg.right)


def _parallel_seller(previous: Optional[Draft], draft: Draft) -> Optional[str]:
    """"China supplied $6 billion and Russia $5 billion": a figure whose words leave out the verb sells (or
    buys) as the one before it in the sentence did, on its own side of the shared country."""
    if previous is None or previous.exporter is None or previous.metric != draft.metric:
        return None
    shared = set(previous.pair) & set(draft.pair)
    if len(shared) != 1 or previous.pair == draft.pair:
        return None
    (side,) = shared
    return side if previous.exporter == side else next(iso for iso in draft.pair if iso != side)


def _opposite_seller(article: Article, place: Place, draft: Draft) -> Optional[str]:
    """"Kazakh exports to Uzbekistan reached $3.1 billion. Shipments in the opposite direction were $1.3
    billion": the other side of the pair sells what flows back."""
    last_flow = place.previous or place.last_fact
    if last_flow is None or last_flow.exporter is None or last_flow.pair != draft.pair:
        return None
    if not has(cue_patterns()["opposite"], article.low[place.seg.left:place.seg.right]):
        return None
    return next(iso for iso in draft.pair if iso != last_flow.exporter)


def _crowded(article: Article, sentence: tuple[int, int]) -> bool:
    """A sentence naming three countries or more: the pair of each figure had to be chosen among them."""
    return len({m.iso3 for m in article.countries_in(*sentence) if m.iso3 != GROUP}) >= CROWDED


# --- what a figure is compared with, and when -------------------------------------------------------------

def _measures_other(article: Article, place: Place, origin: Draft) -> bool:
    """The figure's own sentence names a measure before it other than the earlier fact's."""
    metric, before, _ = metric_near(article.low, place.seg)
    return before is not None and metric != ("turnover" if origin.metric == "target" else origin.metric)


def _whole_year_named(text: str, seg: Segment, cue: Optional[re.Match[str]]) -> bool:
    """"against $2 billion for the whole of 2022", "surpassing 2022's full-year figure of $101.6 billion", "above
    last year's total of": an earlier value for a whole year, though the figure compared covers part of one."""
    if WHOLE_YEAR.search(text, seg.end, seg.right):
        return True
    return cue is not None and (WHOLE_YEAR.search(text, cue.start(), seg.start) is not None
                                or YEARS_OWN.search(text, cue.start(), seg.start) is not None)


def _named_origin(article: Article, place: Place, origin: Optional[Draft]) -> Optional[Draft]:
    """"... India P3.7 billion. Exports to Belgium compare with P6.3 billion a year earlier": the earlier value of
    the latest fact for the partner its own sentence names, not of the last fact."""
    named = {m.iso3 for m in article.countries_in(place.seg.sentence[0], place.seg.start) if m.iso3 != GROUP}
    if origin is None or not named or named & set(origin.pair):
        return origin
    return next((d for d in reversed(place.drafts) if not d.baseline and named & set(d.pair)), origin)


def _parallel_origin(article: Article, place: Place) -> Optional[Draft]:
    """"were $2.9 billion and $3.68 billion in 2023, against $3.1 billion and $4 billion in 2022": as many
    earlier values, joined by "and", as the figures before them in the sentence: the k-th is the k-th figure's."""
    same = [d for d in place.drafts if d.sentence == place.number]
    levels_end = len(same)
    while levels_end and same[levels_end - 1].baseline:
        levels_end -= 1  # the earlier values of this group made so far
    levels_start = levels_end
    while levels_start and not same[levels_start - 1].baseline:
        levels_start -= 1
    levels, compared = same[levels_start:levels_end], len(same) - levels_end
    starts = article.money_starts
    after = bisect_left(starts, place.seg.sentence[1])
    remaining = after - bisect_left(starts, place.seg.start)
    if len(levels) < 2 or compared + remaining != len(levels):
        return None
    if compared == 0 and " and " not in article.low[place.seg.start:starts[after - 1]]:
        return None  # the first of the group: the last of the sentence's figures must be joined to it
    if article.countries_in(place.seg.start, starts[after - 1]):
        return None  # "China at $390 million ($310 million in 2022) and the UAE at $200 million": a list goes on
    return levels[compared]


def _baseline(article: Article, money: Money, place: Place, origin: Draft) -> Draft:
    """"up from $78 billion last year": the earlier value of the figure before it, with its own period."""
    text, seg = article.low, place.seg
    metric = "turnover" if origin.metric == "target" else origin.metric
    draft = Draft(money, place.number, metric, origin.pair, origin.exporter, origin.reporter, baseline=True,
                  slots={**origin.slots, "pair": "context"})
    cue = last(cue_patterns()["baseline"], text, seg.left, seg.start)
    own_words = Segment(cue.start() if cue else seg.left, seg.start, seg.end, seg.right, seg.sentence)
    # counted in the fiscal year of the figure it is compared with: its reporter's, else a side that keeps one
    home = counting_home(article, origin.reporter, origin.pair)
    own = own_period(article, own_words, origin.period, None, home, comparisons=True)
    back = years_earlier(text[seg.end:seg.right])
    if origin.period is not None and back is not None:
        own = shift_years(origin.period, -back)  # "from $405 million two years earlier"
    elif origin.period is not None and has(cue_patterns()["previous_year"], text[seg.end:seg.right]):
        own = year_earlier(origin.period)
    elif origin.period is not None and months(origin.period) == 1 \
            and has(cue_patterns()["previous_month"], text[seg.end:seg.right]):
        own = month_earlier(origin.period)
    if own is not None and origin.period is not None and months(origin.period) < 12 <= months(own) \
            and not _whole_year_named(text, seg, cue):
        draft.period = same_part_of(origin.period, own)
    elif own is not None:
        draft.period = own
    elif origin.period is not None:
        draft.period = year_earlier(origin.period)
    if draft.period is not None and draft.period == origin.period:
        # "$610 million in July-December FY24, against $500m last year" (written in 2024): an earlier value is
        # never the period it is compared with; its "last year" is the one before the figure's
        draft.period = year_earlier(origin.period)
    draft.slots["period"] = "clause" if own is not None else "context"
    if origin.period is None and own is not None and months(own) == 12 and origin.sentence == place.number \
            and origin.metric != "target":  # a goal has a year to reach, not a period
        # "rose to $1.2 billion, up from $800 million in 2021": the figure is the year after its earlier value's
        origin.period, origin.slots["period"] = shift_years(own, 1), "sentence"
    _give_growth_to(origin, text[seg.left:money.start])
    draft.qualifier = qualifier(text[seg.left:money.start])
    return draft


def _give_growth_to(origin: Draft, between: str) -> None:
    """"up 8.2 percent compared to $512.4 million": the growth belongs to the figure before."""
    if origin.growth_pct is None:
        match = PERCENT.search(between)
        if match:
            origin.growth_pct = float(match.group("pct").replace(",", "."))


def _grid_drafts(article: Article, reports: list[tuple[int, Span]]) -> list[Draft]:
    """Facts from the text's tables (grids.py): a row per partner, a column per flow. A table that names no
    period of its own covers the one the text reports on above it ("Georgia's trade in January-March 2024
    ... Top partners (USD million):" / "Türkiye – 622.4")."""
    drafts = []
    for cell in grid_facts(article):
        if cell.hub is None:
            continue
        money = Money(cell.line[0], cell.line[1], cell.value, cell.currency, cell.factor)
        period = cell.period or next((span for at, span in reversed(reports) if at < cell.line[0]), None)
        draft = Draft(money, article.sentence_at(cell.line[0]), cell.metric, sorted_pair(cell.hub, cell.partner),
                      reporter=cell.hub, currency=cell.currency, period=period, item=True,
                      value_usd=cell.value if cell.currency == "USD" else None,
                      slots={"pair": "list", "metric": "list", "period": "context" if period else "none"})
        if cell.metric in ("exports", "imports"):
            draft.exporter = cell.hub if cell.metric == "exports" else cell.partner
        drafts.append(draft)
    return drafts

"""Find bilateral trade facts in an article's text.

Every money amount is a candidate. Walking the text in order, each figure gets a frame: what it is
(figures.py: a level, a change, a range, a restatement, a baseline; its metric, whether it is a goal or not
trade at all), between whom (pairs.py, with frames.py and lists.py), over which period (timing.py), and how sure we are
of each slot (confidence.py). What earlier figures established (their pair, metric, period, currency)
carries over to figures that refer back to them. Implausible values are dropped (plausibility.py), and
the same figure said twice is one fact.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Optional

from parsers.context import Article, build_article, countries_by_prominence, may_hold_table
from parsers.figures import (
    FROM_BEFORE, FROM_TO, PERCENT, Segment, blocked, figure_kind, growth, has, is_restatement, is_target, last, metric_in, metric_near,
    qualifier, segment, subject_metric,
)
from parsers.drafts import Draft, Place, consistent, merge_duplicates, to_fact
from parsers.frames import OF_FIGURE, parties, seller, sorted_pair
from parsers.gazetteer import GROUP, find_mentions
from parsers.grids import grid_facts
from parsers.lexicon import commodity_pattern, cue_patterns, metric_lookup, raw_cue
from parsers.lists import ROLE_METRIC, list_frame
from parsers.pairs import anaphor, frame, pair_home, partner_outside
from parsers.money import Money, currency_of, decimal_reading, find_money, has_several_senses
from parsers.periods import Span, resolve, shift_years, target_year
from parsers.plausibility import fits_pair, plausible, plausible_growth
from parsers.schema import Fact
from parsers.timing import (
    CONTEXT_SENTENCES, compared, end_of_years, month_earlier, months, own_period,
    period_stated_later, same_part_of, sentence_period, year_before, year_earlier, year_of_goal,
)

CROWDED = 3  # a sentence naming this many countries: each figure's pair had to be chosen among them
FROM_TO_REACH = 60
FROM_FIGURE = re.compile(r"\bfrom\s+(?:\S+\s+){0,3}\S+$")  # "from $24 billion", "from US$ 24 billion" before "to"
CONTINUES = re.compile(r"\bto\s+(?:about\s+|around\s+|over\s+|nearly\s+|almost\s+|some\s+)?$")
INHERIT_SENTENCES = 3
GOAL_REACH = 40  # "a goal of (up to) $10 billion": the goal noun stands this close before the figure
PART_REACH = 40  # "of which China accounted for $13.7 billion": the cue stands this close before a part
# a country and at most one word before a trade phrase ("Russia's total imports"); a conjunction or preposition
# between them ends the phrase ("... to China and bought $427 billion")
PHRASE_HEAD = re.compile(r"(?:['’]s?)?\s+(?:(?!(?:and|or|but|while|whereas|as|to|from|with|in|of|for)\b)[\w-]+\s+)?")


def extract_facts(text: str, source: str, article_date: Optional[dt.date]) -> list[Fact]:
    """All bilateral trade facts the text states, one per distinct figure."""
    mentions = find_mentions(text)
    monies = find_money(text, countries_by_prominence(mentions))
    if not monies and not may_hold_table(text):
        return []
    article = build_article(text, monies, article_date, mentions)
    drafts = _drafts(article, monies) + _grid_drafts(article)
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


def _drafts(article: Article, monies: list[Money]) -> list[Draft]:
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
    return walk.drafts


def _sentence_drafts(article: Article, number: int, sentence: tuple[int, int], figures: list[Money],
                     walk: Walk) -> None:
    text = article.low
    lists = list_frame(article, sentence, figures, article.hub)
    item_starts = {n: m.start for n, m in lists.items.items()}
    ends = _clause_ends(article, figures, sentence, item_starts)
    previous_end = sentence[0]
    previous_draft: Optional[Draft] = None
    previous: Optional[tuple[Money, str]] = None
    rejected = False  # the figure before in this sentence was read and is not a fact
    claimed: set[int] = set()
    for i, money in enumerate(figures):
        _read_periods_before(article, money.start, walk)
        seg = segment(text, previous_end, money, ends[i], sentence)
        currency = money.currency or _carried_currency(figures[:i], walk.last_currency)
        walk.last_currency = money.currency or walk.last_currency
        following = figures[i + 1] if i + 1 < len(figures) else None
        kind = figure_kind(text, money, seg, previous, following)
        previous = (money, kind)
        if kind == "conversion":
            _apply_conversion(previous_draft, money, currency)
            continue
        if kind in ("change", "range"):
            continue
        previous_end = _bracket_end(text, money)
        if kind == "item" and i not in lists.items and _after_country(article, money):
            kind = "plain"
        skip = frozenset(start for n, start in item_starts.items() if n != i) | frozenset(claimed)
        whole = walk.whole[0] if walk.whole is not None and number - walk.whole[1] <= 1 else None
        place = Place(number, seg, previous_draft, walk.drafts, walk.report_period, walk.report_sentence,
                      year_before(article, sentence[0], money.start), lists, i, skip, walk.context_period,
                      rejected, whole, whole is not None and walk.whole[1] == number, tuple(walk.spans))
        draft = _draft(article, money, kind, place) if currency is not None else None
        claimed.update(p.start for p in parties(article, money.end, seg.right, place.skip, money.end)[0])
        rejected = draft is None
        if draft is None and place.measured is not None:
            walk.whole = (place.measured, number)
        if draft is None:
            continue
        draft.currency = _whose_currency(article, money, figures[:i], draft) or currency
        draft.value_usd = money.value if draft.currency == "USD" else None
        walk.drafts.append(draft)
        previous_draft = draft
        if draft.period is not None and draft.slots.get("period") == "clause" and not draft.baseline:
            walk.report_period, walk.report_sentence = draft.period, number


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
        span = resolve(phrase, article.ref, walk.context_period, year_before(article, s_start, phrase.start), home)
        if span is None:
            continue
        walk.context_period = span
        walk.spans.append(span)
        if metric_in(article.low, s_start, s_end) and not compared(article, phrase):
            walk.report_period, walk.report_sentence = span, number


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


def _clause_ends(article: Article, figures: list[Money], sentence: tuple[int, int],
                 item_starts: dict[int, int]) -> list[int]:
    """Where the clause of each figure can run to: the next figure, or the country that heads it in a list,
    or the trade phrase that describes it ("$40 billion trade with Russia, our trade with Ukraine reached
    $8.2 billion") unless that phrase is what the figure before is a share of ("$2.1 billion of Uzbekistan's
    exports"); a figure that only restates the one before in another currency does not end it ("USD
    5.66 billion (EGP 174 billion) last year": 'last year' still describes the dollars)."""
    text = article.low
    pattern, _ = metric_lookup()
    result = [sentence[1]] * len(figures)
    following = sentence[1]
    for j in range(len(figures) - 1, -1, -1):
        result[j] = following
        if j == 0 or not is_restatement(text, figures[j - 1], figures[j]):
            following = item_starts.get(j, figures[j].start)
            if j > 0:
                own_phrase = last(pattern, text, figures[j - 1].end, figures[j].start)
                if own_phrase is not None and j not in item_starts:
                    head = _phrase_start(article, own_phrase.start(), figures[j - 1].end)
                    if not OF_FIGURE.fullmatch(text, figures[j - 1].end, head):
                        following = min(following, head)
    return result


def _phrase_start(article: Article, start: int, floor: int) -> int:
    """Where the noun phrase of a trade phrase starts: "Chinese exports", "Russia's imports" include their
    country."""
    before = article.countries_in(max(floor, start - 24), start)
    if before and PHRASE_HEAD.fullmatch(article.low, before[-1].end, start):
        return before[-1].start
    return start


def _carried_currency(earlier: list[Money], last_currency: Optional[str]) -> Optional[str]:
    """"exports amounted to 2.5 billion": the currency of the figures around it."""
    for money in reversed(earlier):
        if money.currency:
            return money.currency
    return last_currency


def _whose_currency(article: Article, money: Money, earlier: list[Money], draft: Draft) -> Optional[str]:
    """A currency word with several senses read as the figure's own country uses it: "Rs" in "Nepal's imports
    from India stood at Rs 1,612 billion" is Nepalese rupees, whichever country the text names more."""
    word = money.currency_word or next((m.currency_word for m in reversed(earlier) if m.currency_word), "")
    if not word or not has_several_senses(word):
        return None
    first = [c for c in (draft.reporter, article.hub) if c]
    return currency_of(word, first + [iso for iso, _ in article.counts.most_common()])


def _apply_conversion(previous: Optional[Draft], money: Money, currency: Optional[str]) -> None:
    """A figure restated in another currency gives the USD value when the first was not in dollars."""
    if previous is not None and previous.value_usd is None and currency == "USD":
        previous.value_usd = money.value


def _draft(article: Article, money: Money, kind: str, place: Place, comparison: bool = False) -> Optional[Draft]:
    item = place.lists.item(place.figure)
    if kind == "item" and item is None:
        return None  # a figure in brackets after a product, a port or a share: a list of other things
    if kind == "opening":
        return _draft(article, money, "plain", place, comparison=True)  # measured in its own clause
    if kind == "baseline":
        if place.after_rejected:
            return None  # the earlier value of a figure that is not a fact ("exports to Eastern Asia ... compared to")
        origin = place.previous or (place.last_fact if place.recent and place.figure == 0 else None)
        if origin is not None and not partner_outside(article, place, origin.pair):
            return _baseline(article, money, place, origin)
        return _draft(article, money, "plain", place, comparison=True)  # "Compared to $562m in 2016, they ..."
    measured = _measure(article, place, item is not None)
    if measured is None:
        return None
    metric, target, metric_source = measured
    framed = frame(article, place, metric, target)
    if framed is None:
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
        draft.exporter, stated = seller(framed.pair, framed.parties, metric, reporter)
        draft.slots["exporter"] = "clause" if stated else "default"
        parallel = None if stated else _parallel_seller(place.previous, draft)
        if parallel is not None:
            draft.exporter, draft.slots["exporter"] = parallel, "context"
    if target:
        draft.target_year = target_year(text[money.end:seg.sentence[1]], text[seg.left:money.start], article.ref) \
            or year_of_goal(article, seg)
        draft.target_reached = has(cue_patterns()["reached"], text[seg.sentence[0]:seg.right])
    else:
        draft.period, draft.slots["period"] = _period(article, place, draft)
        draft.growth_pct = growth(text, seg)
    draft.qualifier = qualifier(text[seg.left:money.start])
    return draft


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


def _measure(article: Article, place: Place, is_item: bool) -> Optional[tuple[str, bool, str]]:
    """What the figure measures, whether it is a goal, and where the metric was read (its clause, its list,
    the figures before it); None when it is not bilateral trade."""
    text, seg, cues = article.low, place.seg, cue_patterns()
    previous, last_fact = place.previous, place.last_fact
    metric, trade, trade_after = metric_near(text, seg)
    if blocked(text, seg, trade, trade_after) or _goods_as_subject(article, seg, trade):
        return None
    target = is_target(text, seg, article.ref.year)
    source = "clause" if metric is not None else "list" if is_item else "context"
    if metric is None:
        ranked = _ranked_role(article, seg, place.skip)
        if is_item:
            metric = place.lists.metric or _item_metric(place) or "turnover"
        elif ranked is not None:
            metric, source = ranked, "list"  # "Togo remained the largest buyer, at $410 million"
        elif place.whole is not None and (_part_of_whole(article, place) or place.whole_here and _own_partner(article, place)):
            # "foreign trade reached $62 billion, of which China accounted for $13.7 billion"; "exports rose 10% to
            # $84 billion, and to China by 20% to $13 billion"
            metric = place.whole
        elif target and (place.recent or previous is not None or anaphor(article, seg) or _pair_goal(article, place)):
            metric = "turnover"
        elif previous is not None and (previous.metric == "target" or _own_time(article, seg)
                                       or _own_partner(article, place) or _continues(text, seg)):
            # "aim for $10 billion by 2030 and $15 billion by 2035" continues the goal; "$5 billion in 2022 and
            # $6 billion in 2023" continues the series; "...; in 2023 it reached $4.4 billion" reports what
            # happened. Anything else after a figure (its share, a product, a total) is not its sibling.
            reported = has(cues["actual"], text[seg.left:seg.start])
            metric = "turnover" if reported and previous.metric == "target" else previous.metric
            target = metric == "target"
            metric = "turnover" if target else metric
        elif place.recent and last_fact is not None and last_fact.metric != "target" and _lone_item(article, seg):
            metric = last_fact.metric  # "Trade with Russia came to $26 billion. Italy followed with $15 billion."
        elif place.recent and last_fact is not None and last_fact.metric != "target" and not last_fact.item \
                and (_own_time(article, seg) or _continues(text, seg)):
            # "The first half of the year brought 12% growth, to $2.3 billion."; "Last year, the figure was $1.2
            # billion" after a breakdown is the total's
            referred = _referred_metric(article, place) if place.number > 0 and anaphor(article, seg) else None
            metric = referred or last_fact.metric
        elif (place.number > 0 or seg.left > seg.sentence[0]) and anaphor(article, seg):
            # "Trade ... will be discussed; it amounted to $1 billion": what the clause or sentence before names
            metric = subject_metric(text, seg.sentence[0], seg.left) if previous is None else None
            if metric is None and place.number > 0:
                metric = _referred_metric(article, place)
            if metric is None and place.recent and last_fact is not None:
                # "... set a goal of $10 billion by 2030. Last year the figure was $4.6 billion": what the goal is for
                metric = "turnover" if last_fact.metric == "target" else last_fact.metric
        if metric is None:
            return None
    if target and metric in ("exports", "imports") and (previous is None or previous.metric != "target"):
        return None  # a goal for one direction is not a goal for the pair's trade
    return metric, target, source


def _referred_metric(article: Article, place: Place) -> Optional[str]:
    """What "the figure" or "it" in a new sentence measures: what the sentence before names; after a breakdown
    into exports and imports, the total it broke down ("Exports reached $450 million, imports $650 million.
    Last year, the figure was $1.2 billion")."""
    start, end = article.sentences[place.number - 1]
    pattern, table = metric_lookup()
    named = {table[m.group(0).lower()] for m in pattern.finditer(article.low, start, end)}
    if {"exports", "imports"} <= named and any(d.metric == "turnover" and place.number - d.sentence <= INHERIT_SENTENCES
                                              for d in place.drafts):
        return "turnover"
    return metric_in(article.low, start, end)


def _pair_goal(article: Article, place: Place) -> bool:
    """"Kazakhstan and Uzbekistan have set a goal of $10 billion": a goal named right before the figure, in a
    clause naming two countries, is a goal for their trade."""
    seg = place.seg
    if raw_cue("goal_of").search(article.low, max(seg.left, seg.start - GOAL_REACH), seg.start) is None:
        return False
    return len({p.iso3 for p in parties(article, seg.left, seg.right, place.skip, seg.end)[0]}) >= 2


def _part_of_whole(article: Article, place: Place) -> bool:
    """A partner's part of a total just given ("of which China accounted for", "including $13.7 billion with
    China", "Russia took $3 billion"): a share cue and a country in the figure's clause. The cue may stand
    before the part before it in the sentence ("of which China accounted for $13.7 billion and Russia for $9.8
    billion")."""
    seg, cue = place.seg, cue_patterns()["part_of_whole"]
    previous = place.previous
    if not has(cue, article.low[seg.left:seg.right]) and not (
            previous is not None and previous.sentence == place.number
            and has(cue, article.low[max(seg.sentence[0], previous.money.start - PART_REACH):previous.money.start])):
        return False
    return any(m.iso3 != GROUP and m.start not in place.skip for m in article.countries_in(seg.left, seg.right))


def _crowded(article: Article, sentence: tuple[int, int]) -> bool:
    """A sentence naming three countries or more: the pair of each figure had to be chosen among them."""
    return len({m.iso3 for m in article.countries_in(*sentence) if m.iso3 != GROUP}) >= CROWDED


def _own_time(article: Article, seg: Segment) -> bool:
    """A period phrase in the figure's own clause (a figure of a series: "... and $6 billion in 2023")."""
    return bool(article.periods_in(seg.left, seg.right))


def _continues(text: str, seg: Segment) -> bool:
    """"expanding by 9.4% to RM211 billion", "saw 15% growth, to $1.1 billion", "from $1.9 billion to $2.6
    billion": the level a change reached, of whatever the figure before measured."""
    before = text[seg.left:seg.start]
    if CONTINUES.search(text, seg.left, seg.start) is None:
        return False
    return has(cue_patterns()["growth"], before) or has(cue_patterns()["decline"], before) \
        or FROM_TO.fullmatch(before) is not None and FROM_FIGURE.search(text, max(0, seg.left - 30), seg.left) is not None


def _lone_item(article: Article, seg: Segment) -> bool:
    """A country right before the figure, as in a ranking ("Italy followed with $15 billion", "Italy: $15
    billion"): one more item of the figures just given."""
    before = [m for m in article.countries_in(seg.left, seg.start) if m.iso3 not in (GROUP, article.hub)]
    return bool(before) and raw_cue("item_gap").fullmatch(article.low, before[-1].end, seg.start) is not None


def _own_partner(article: Article, place: Place) -> bool:
    """A country named as a partner in the figure's own clause ("..., and with Russia $2.9 billion", "...,
    $12.8 billion to China")."""
    seg = place.seg
    local, _ = parties(article, seg.left, seg.right, place.skip, seg.end)
    return any(p.role is not None and not p.reporter for p in local)


def _ranked_role(article: Article, seg: Segment, skip: frozenset[int]) -> Optional[str]:
    """The flow a ranking names for a partner in the clause: a buyer takes the hub's exports, a supplier
    sells it its imports."""
    for party in parties(article, seg.left, seg.start, skip)[0]:
        if party.rank:
            return ROLE_METRIC.get(party.role)
    return None


def _goods_as_subject(article: Article, seg: Segment, trade: Optional[re.Match[str]]) -> bool:
    """"Coal remained the main commodity shipped to India, at $2.9 billion": goods named earlier in the clause,
    with no country between them and the trade phrase, make the figure theirs."""
    if trade is None:
        return False
    goods = last(commodity_pattern(), article.low, seg.left, trade.start())
    if goods is None or article.low[max(0, goods.start() - 4):goods.start()].rstrip(" -").endswith("non"):
        return False
    return not article.countries_in(goods.end(), trade.start())


def _item_metric(place: Place) -> Optional[str]:
    """A ranking item without a metric phrase measures what the item before it measured; a lone ranked item
    what the fact just before it measured ("Peru's exports to China hit $22 billion. The US remained in
    second place with $8 billion.")."""
    last_fact = place.last_fact
    if last_fact is None or last_fact.metric == "target":
        return None
    if last_fact.item and place.number - last_fact.sentence <= 2 or len(place.lists.items) == 1 and place.recent:
        return last_fact.metric
    return None


# --- what a figure is compared with, and when -------------------------------------------------------------

def _baseline(article: Article, money: Money, place: Place, origin: Draft) -> Draft:
    """"up from $78 billion last year": the earlier value of the figure before it, with its own period."""
    text, seg = article.low, place.seg
    metric = "turnover" if origin.metric == "target" else origin.metric
    draft = Draft(money, place.number, metric, origin.pair, origin.exporter, origin.reporter, baseline=True,
                  slots={**origin.slots, "pair": "context"})
    cue = last(cue_patterns()["baseline"], text, seg.left, seg.start)
    own_words = Segment(cue.start() if cue else seg.left, seg.start, seg.end, seg.right, seg.sentence)
    own = own_period(article, own_words, origin.period, None, origin.reporter or article.hub, comparisons=True)
    if origin.period is not None and has(cue_patterns()["previous_year"], text[seg.end:seg.right]):
        own = year_earlier(origin.period)
    elif origin.period is not None and months(origin.period) == 1 \
            and has(cue_patterns()["previous_month"], text[seg.end:seg.right]):
        own = month_earlier(origin.period)
    if own is not None and origin.period is not None and months(origin.period) < 12 <= months(own):
        draft.period = same_part_of(origin.period, own)
    elif own is not None:
        draft.period = own
    elif origin.period is not None:
        draft.period = year_earlier(origin.period)
    draft.slots["period"] = "clause" if own is not None else "context"
    _give_growth_to(origin, text[seg.left:money.start])
    draft.qualifier = qualifier(text[seg.left:money.start])
    return draft


def _give_growth_to(origin: Draft, between: str) -> None:
    """"increasing by 10.9 percent compared to $410.888 million": the growth belongs to the figure before."""
    if origin.growth_pct is None:
        match = PERCENT.search(between)
        if match:
            origin.growth_pct = float(match.group("pct").replace(",", "."))


def _one_end(article: Article, seg: Segment, span: Span) -> Span:
    """Whole years "between 2021 and 2022": a figure after "from" or "to" takes its end of them."""
    if span[1].year > span[0].year and months(span) % 12 == 0 and span[0].month == 1:
        return end_of_years(article, seg, span)
    return span


def _period_after_to(article: Article, place: Place, draft: Draft, context: Optional[Span],
                     home: Optional[str]) -> Optional[Span]:
    """The period of "from $24 billion" read from the words after the figure it rose to: "from 1.9 to 2.6
    billion between 2021 and 2022" (the years, narrowed later to the first), "from $24 billion to $31 billion
    in 2022" (the year before 2022: the level it grew from)."""
    seg = place.seg
    later = [p for p in article.periods_in(seg.end, min(seg.sentence[1], seg.end + FROM_TO_REACH))
             if p.kind not in ("same_period", "said_period") and not compared(article, p)]
    if not later:
        return None
    if later[0].kind == "years":
        return resolve(later[0], article.ref)
    if not draft.baseline:
        return None
    span = resolve(later[0], article.ref, context, place.sentence_year, home)
    return shift_years(span, -1) if span is not None and months(span) <= 12 else None


def _said_context(article: Article, place: Place) -> Optional[Span]:
    """What "the nine months" in the figure's clause refers to: the last period named, else the last one
    named that is as long ("... in January-September 2023. In 2021 it was $880 million. Trade with Kazakhstan
    totaled $3.4 billion in the nine months")."""
    context = place.phrase_context
    for phrase in article.periods_in(place.seg.left, place.seg.right):
        if phrase.kind != "said_period" or phrase.last_month == 12 or context is None \
                or abs(months(context) - phrase.last_month) <= 1:
            continue
        return next((span for span in reversed(place.spans) if abs(months(span) - phrase.last_month) <= 1), context)
    return context


def _period(article: Article, place: Place, draft: Draft) -> tuple[Optional[Span], str]:
    """The figure's own period phrase; else the period of the figure before it in its sentence, of the last
    figure for its pair, or of the report the text is giving."""
    seg, context = place.seg, _said_context(article, place)
    home = draft.reporter or article.hub  # whose fiscal year the text counts in
    own = own_period(article, seg, context, place.sentence_year, home, comparisons=draft.baseline)
    if own is None and FROM_BEFORE.search(article.low, max(0, seg.start - 12), seg.start):
        own = _period_after_to(article, place, draft, context, home)
    if own is not None:
        return _one_end(article, seg, own), "clause"
    if place.previous is not None and place.previous.period is not None and not place.previous.baseline:
        return place.previous.period, "sentence"
    if place.previous is not None and place.previous.baseline:
        # "fell to $900 million in 2023 from $1.1 billion in 2022, while imports stood at $600 million": the
        # period of the figure the earlier value was compared with, not the earlier value's
        origin = next((d for d in reversed(place.drafts) if d.sentence == place.number and not d.baseline), None)
        if origin is not None and origin.period is not None:
            return origin.period, "sentence"
    listed = place.lists.period if draft.item else None
    if listed is not None:
        span = resolve(listed, article.ref, context, place.sentence_year, home)
        if span is not None:
            return span, "sentence"
    in_sentence = sentence_period(article, seg, context, place.sentence_year, home)
    if in_sentence is not None:
        return _one_end(article, seg, in_sentence), "sentence"
    for earlier in reversed(place.drafts):
        if place.number - earlier.sentence > INHERIT_SENTENCES:
            break
        if earlier.metric != "target" and not earlier.baseline and earlier.pair == draft.pair and earlier.period:
            return earlier.period, "context"
    report = place.report_period
    if report is not None and place.number - place.report_sentence <= CONTEXT_SENTENCES \
            and not has(cue_patterns()["timeless"], article.low[seg.sentence[0]:seg.right]):
        return report, "context"
    if report is None and place.phrase_context is None:
        later = period_stated_later(article, place.seg, home)
        if later is not None:
            return later, "context"
    return None, "none"


def _grid_drafts(article: Article) -> list[Draft]:
    """Facts from the text's tables (grids.py): a row per partner, a column per flow."""
    drafts = []
    for cell in grid_facts(article):
        if cell.hub is None:
            continue
        money = Money(cell.line[0], cell.line[1], cell.value, cell.currency, cell.factor)
        draft = Draft(money, article.sentence_at(cell.line[0]), cell.metric, sorted_pair(cell.hub, cell.partner),
                      reporter=cell.hub, currency=cell.currency, period=cell.period, item=True,
                      value_usd=cell.value if cell.currency == "USD" else None,
                      slots={"pair": "list", "metric": "list", "period": "context" if cell.period else "none"})
        if cell.metric in ("exports", "imports"):
            draft.exporter = cell.hub if cell.metric == "exports" else cell.partner
        drafts.append(draft)
    return drafts

"""A fact while it is being assembled, where its figure stands in the walk through the article (what the
figures before it established), and how the drafts of an article become its facts: a one-way flow
that cannot fit in its pair's two-way total is dropped, and the same figure said twice (headline, lead,
quote) is one fact whose later mentions fill what the first lacked."""
from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Optional

from parsers import confidence
from parsers.context import Article
from parsers.figures import Segment
from parsers.lists import ListFrame
from parsers.fiscal_calendars import Span
from parsers.money import Money
from parsers.schema import Fact

SAME_VALUE_TOLERANCE = 0.005
ROUNDED_TOLERANCE = 0.05  # a rounded repeat of a figure is at most this far from it
TWIN_BUCKETS = math.ceil(math.log1p(ROUNDED_TOLERANCE) / math.log1p(SAME_VALUE_TOLERANCE))
WORLD_RATIO = 3  # a flow carried over this many times the pair's own figure for it is the world's
FLOW_SLACK = 0.02


@dataclass
class Draft:
    """A fact while it is being assembled; turned into a schema Fact at the end."""

    money: Money
    sentence: int
    metric: str
    pair: tuple[str, str]
    exporter: Optional[str] = None
    reporter: Optional[str] = None  # whose trade the figure is (its statistics), when known
    currency: Optional[str] = None
    value_usd: Optional[float] = None
    period: Optional[Span] = None
    target_year: Optional[int] = None
    target_reached: Optional[bool] = None
    growth_pct: Optional[float] = None
    qualifier: Optional[str] = None
    baseline: bool = False
    item: bool = False  # a figure of a list or ranking
    slots: dict[str, str] = field(default_factory=dict)  # slot -> where it was filled from (confidence.py)


@dataclass
class Place:
    """Where a figure stands in the walk through the article: what the figures before it established."""

    number: int  # index of its sentence
    seg: Segment
    previous: Optional[Draft]  # the fact before it in the same sentence
    drafts: list[Draft]  # every fact so far
    report_period: Optional[Span]  # the period the text is reporting on
    report_sentence: int  # the sentence that named it
    sentence_year: Optional[int]  # the last year named earlier in its sentence
    lists: ListFrame
    figure: int  # its number among the sentence's figures
    skip: frozenset[int]  # where countries of other figures of its sentence are named
    phrase_context: Optional[Span] = None  # the last period phrase ("the said period" refers to it)
    after_rejected: bool = False  # the figure before it in its sentence is not a fact
    whole: Optional[str] = None  # what a total just before it measured that was no pair's (trade with the world)
    whole_here: bool = False  # that total is in the figure's own sentence
    spans: Sequence[Span] = ()  # every period named before the figure, in order
    measured: Optional[str] = None  # set while drafting: what this figure measures, even if it is no pair's
    after_not_trade: bool = False  # the figure before it in its sentence measures no trade (investment, loans...)
    not_trade: bool = False  # set while drafting: this figure measures no trade

    @property
    def last_fact(self) -> Optional[Draft]:
        return self.drafts[-1] if self.drafts else None

    @property
    def recent(self) -> bool:
        """The last fact stands in this sentence or the one before."""
        return self.last_fact is not None and self.number - self.last_fact.sentence <= 1


# --- facts that cannot all be true ----------------------------------------------------------------------

def consistent(drafts: list[Draft]) -> list[Draft]:
    """A one-way flow larger than the two-way trade of the same pair and period is not that pair's: a figure
    carried over from the pair before it ("Exports amounted to $80 billion" after "trade with China reached
    $20 billion") was the country's trade with the world. So is one carried over that is many times the same
    flow its own clause gave that pair for the same period ("Exports to Ukraine fell to PLN 7.3 bn. Poland's
    exports stood at PLN 221.6 bn")."""
    totals: dict[tuple, float] = {}
    flows: dict[tuple, float] = {}
    for d in drafts:
        if d.metric == "turnover" and d.period is not None:
            key = (d.pair, d.period, d.currency)
            totals[key] = max(totals.get(key, 0.0), d.money.value)
        elif d.metric in ("exports", "imports") and d.period is not None and d.slots.get("pair") in ("clause", "list"):
            key = (d.pair, d.exporter, d.period, d.currency)
            flows[key] = max(flows.get(key, 0.0), d.money.value)
    kept = []
    for d in drafts:
        total = totals.get((d.pair, d.period, d.currency))
        stated = flows.get((d.pair, d.exporter, d.period, d.currency))
        carried = d.slots.get("pair") not in ("clause", "list")
        if d.metric in ("exports", "imports") and carried and (
                total and d.money.value > total * (1 + FLOW_SLACK) or stated and d.money.value > stated * WORLD_RATIO):
            continue
        kept.append(d)
    return kept


# --- one fact per figure ------------------------------------------------------------------------------------

def same_figure(a: Draft, b: Draft) -> bool:
    """The same figure mentioned twice. A round mark and the exact figure beside it in one sentence ("crossed the
    $1 billion mark, reaching $1.04 billion") are two figures, as the corpus rules count them."""
    if _mark_and_exact(a, b, a.money.value, b.money.value):
        return False
    return a.currency == b.currency and _same_value(a.money, b.money) and _same_flow(a, b)


ROUND_QUALIFIERS = frozenset({"over", "about", "nearly"})  # "exceeded $50 billion", "close to one and a half billion"


def _mark_and_exact(a: Draft, b: Draft, a_value: float, b_value: Optional[float]) -> bool:
    """A round mark one figure passed (or came close to) and the exact figure beside it, in one sentence."""
    return a.sentence == b.sentence and bool({a.qualifier, b.qualifier} & ROUND_QUALIFIERS) and a_value != b_value


def _same_flow(a: Draft, b: Draft) -> bool:
    """The same flow of one pair, over periods that end together (a headline's "as of 12 January" names only the end
    of the span the body gives)."""
    return (a.pair == b.pair and a.metric == b.metric and a.exporter == b.exporter
            and (a.period is None or b.period is None or a.period[1] == b.period[1])
            and (a.target_year is None or b.target_year is None or a.target_year == b.target_year))


def _same_value(a: Money, b: Money) -> bool:
    """Equal, or one is the other rounded as it was written: a headline's "$31 Billion" is the body's "$31.2
    billion" (within half of the rounded figure's last digit, and never more than ROUNDED_TOLERANCE apart)."""
    return _same_amount(a.value, b.value, max(_last_digit(a), _last_digit(b)))


def _same_amount(a: float, b: float, coarser: float) -> bool:
    larger = max(a, b)
    gap = abs(a - b)
    return gap <= SAME_VALUE_TOLERANCE * larger or gap <= min(coarser / 2, ROUNDED_TOLERANCE * larger)


def _last_digit(money: Money) -> float:
    """What the last written digit is worth: 1e9 for "$31 billion", 1e8 for "$31.2 billion"."""
    decimals = len(money.number.rsplit(".", 1)[1]) if "." in money.number else 0
    return money.factor * 10.0 ** -decimals


def value_bucket(value: float) -> int:
    """Buckets as wide as the tolerance: a twin is at most TWIN_BUCKETS buckets away (a rounded one)."""
    return int(math.log(min(max(value, 1.0), 1e300)) / math.log1p(SAME_VALUE_TOLERANCE))


def merge_duplicates(drafts: list[Draft]) -> list[Draft]:
    """The same figure repeated (headline, lead, quote) is one fact, its most precise mention; later mentions
    fill what the first lacks."""
    kept: list[Draft] = []
    by_flow: dict[tuple, list[Draft]] = defaultdict(list)
    for draft in drafts:
        flow = (draft.pair, draft.metric, draft.exporter, draft.currency)
        bucket = value_bucket(draft.money.value)
        near = range(bucket - TWIN_BUCKETS, bucket + TWIN_BUCKETS + 1)
        candidates = [k for b in near for k in by_flow.get((*flow, b), ())]
        twin = next((k for k in candidates if same_figure(k, draft)), None)
        if twin is None:
            kept.append(draft)
            by_flow[(*flow, bucket)].append(draft)
            continue
        if _last_digit(draft.money) < _last_digit(twin.money):
            # the headline's "$31 Billion", the body's "$31.2 billion": the fact is the precise mention
            twin.money, twin.sentence, twin.value_usd, twin.qualifier = \
                draft.money, draft.sentence, draft.value_usd, draft.qualifier
            twin.period = draft.period or twin.period
        elif _whole_span_of(draft, twin):
            # "trade hits $2.36 bln as of 12 January" / "... between 1 April 2023 and 12 January 2024"
            twin.period = draft.period
        _fill(twin, draft)
    return _without_dollar_restatements(kept)


def _whole_span_of(draft: Draft, twin: Draft) -> bool:
    """A later mention whose own clause gives the whole span that ends where the first mention's period ends: the
    first named only its end ("as of 12 January")."""
    return draft.period is not None and twin.period is not None and draft.slots.get("period") == "clause" \
        and draft.period[1] == twin.period[1] and draft.period[0] < twin.period[0]


def _fill(twin: Draft, draft: Draft) -> None:
    """What a later mention of a figure adds to the fact kept for it."""
    for name in ("period", "target_year", "growth_pct", "qualifier", "value_usd"):
        if getattr(twin, name) is None and getattr(draft, name) is not None:
            setattr(twin, name, getattr(draft, name))
    twin.target_reached = bool(twin.target_reached or draft.target_reached) if twin.metric == "target" else None
    twin.slots = confidence.stronger(twin.slots, draft.slots)


def _without_dollar_restatements(kept: list[Draft]) -> list[Draft]:
    """"trade reaches $11.6B" over "amounted to 19.7 billion manat ($11.6 billion)": a figure in dollars that
    another mention gives in its own currency with those dollars beside it is that figure, not a second one."""
    converted = [d for d in kept if d.currency != "USD" and d.value_usd is not None]
    if not converted:
        return kept
    result = []
    for draft in kept:
        twin = next((d for d in converted if draft.currency == "USD" and _restates(draft, d)), None)
        if twin is None:
            result.append(draft)
        else:
            _fill(twin, draft)
    return result


def _restates(dollars: Draft, converted: Draft) -> bool:
    if _mark_and_exact(dollars, converted, dollars.money.value, converted.value_usd):
        return False  # "crossed the $50 billion mark, reaching Dh185.5 billion ($50.5 billion)"
    return _same_amount(dollars.money.value, converted.value_usd or 0.0, _last_digit(dollars.money)) \
        and _same_flow(dollars, converted)


def to_fact(draft: Draft, article: Article, source: str, article_date: Optional[dt.date]) -> Fact:
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
        confidence=confidence.score(draft.slots, draft.metric, draft.money),
    )

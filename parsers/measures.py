"""What a figure measures: two-way trade, exports, imports or a goal for trade, and where that was read.

A figure's own clause names its metric ("trade reached", "exports to"); without one, a figure takes it from the
list or ranking it stands in, from a total it is a part of ("of which China accounted for"), from the figure
before it that it continues ("and $6 billion in 2023", "from $9 billion to $12 billion"), or from the sentence
that "it" or "the figure" refers back to. A sentence's first figure in a clause that names no measure ("Last
year: $1.3 billion") measures what a whole after it ("of Ghana's import bill"), its sentence or the sentences
before name. A figure with none of these, or with a block word nearer than its trade phrase (investment, loans,
one commodity), is not a trade fact.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import Optional

from parsers.context import Article
from parsers.drafts import Draft, Place
from parsers.figures import (
    APPOSITION, FROM_TO, NON_GOODS, Segment, ends_with, has, is_target, last, metric_in, metric_near, subject_metric,
)
from parsers.frames import BUYER, SELLER, parties
from parsers.gazetteer import GROUP
from parsers.lexicon import anchored_cues, commodity_pattern, cue_patterns, metric_lookup, raw_cue
from parsers.lists import ROLE_METRIC, follows_previous, is_item_line
from parsers.not_trade import NEXT_ITEM, after_colon, blocked, names_other_money, product_level
from parsers.pairs import anaphor
from parsers.period_spans import resolve
from parsers.tables import read_tsv
from parsers.timing import INHERIT_SENTENCES

FROM_FIGURE = re.compile(r"\bfrom\s+(?:\S+\s+){0,3}\S+$")  # "from $24 billion", "from US$ 24 billion" before "to"
CONTINUES = re.compile(r"\bto\s+(?:about\s+|around\s+|over\s+|nearly\s+|almost\s+|some\s+)?$")
# two flows named together: "exports and imports", "exports to and imports from Uganda", "imports and exports", "sales
# to and purchases from China"
# ("exports of Uzbek goods and services to Türkiye and imports from Türkiye": the goods named after the first)
FLOW_PAIR = re.compile(r"\b(?P<a>exports?|imports?|sales|purchases)\b"
                       r"(?:\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:goods|products|merchandise)(?:\s+and\s+services)?)?"
                       r"(?:\s+(?:to|from|with)(?:\s+(?!and\b)[\w'’-]+){0,3})?\s+and\s+"
                       r"(?:its\s+|their\s+)?(?P<b>exports?|imports?|sales|purchases)\b")
# ", of Uganda's Sh9.1 trillion import bill": the whole a part is of
OF_WHOLE = re.compile(r",?\s+of\s+(?:the\s+)?(?:[\w'’.,$-]+\s+){0,5}?(?:exports?|imports?|import\s+bill|trade)\b")
TOTAL_BEFORE = re.compile(r"\b(?:total|sum|between|both)\b")
AND_ONLY = re.compile(r"\s*(?:,|,?\s*and)\s+")
RESPECTIVELY = re.compile(r"\brespectively\b")
ELLIPTIC_SENTENCES = 2  # how far back a figure naming no measure looks for one
GOAL_REACH = 40  # "a goal of (up to) $10 billion": the goal noun stands this close before the figure
PART_REACH = 40  # "of which China accounted for $13.7 billion": the cue stands this close before a part


def measure(article: Article, place: Place, is_item: bool) -> Optional[tuple[str, bool, str]]:
    """What the figure measures, whether it is a goal, and where the metric was read (its clause, its list,
    the figures before it); None when it is not bilateral trade."""
    text, seg, cues = article.low, place.seg, cue_patterns()
    previous, last_fact = place.previous, place.last_fact
    metric, trade, trade_after = metric_near(text, seg)
    if blocked(text, seg, trade, trade_after, previous is not None):
        # the items after it in a list are of the same kind when a word before it names what it is ("investors")
        place.not_trade = names_other_money(text, seg)
        return None
    if _goods_as_subject(article, seg, trade, trade_after) or _goods_of_one_kind(article, trade) \
            or _part_said_alone(article, seg) \
            or trade is None and _item_of_a_groups_ranking(article, seg):
        return None
    if (is_item or _part_of_figure_before(text, seg)) and place.after_not_trade \
            and trade is None and trade_after is None:
        place.not_trade = True
        # "The largest investors were the UK (USD 96.1 million), the Netherlands (USD 71.5 million)"; "remittances of
        # $17.8bn, of which $4.3bn came from Saudi Arabia and $3.6bn from the UAE"
        return None
    flow = respective_flow(article, place)
    if flow is not None:
        return flow, False, "clause"
    if trade is None and _sum_of_flows(article, place):
        return "turnover", False, "clause"
    target = is_target(text, seg, article.ref.year)
    source = "clause" if metric is not None else "list" if is_item else "context"
    if metric is None:
        ranked = _ranked_role(article, seg, place.skip)
        # "In 2022, the corresponding figures were €11.2 billion and €4.2 billion"; "flows in the other direction"
        parallel = _parallel_metric(article, place) or _opposite_flow(article, place)
        if parallel is not None:
            metric = parallel
        elif is_item and follows_previous(article.low, place.lists, place.figure, previous):
            metric = previous.metric  # "imports from the UAE amounted to $4.89bn, followed by Saudi Arabia at $3.61bn"
        elif is_item:
            metric = place.lists.metric or _ranked_before(article, place) or _item_metric(article, place) or "turnover"
        elif ranked is not None:
            metric, source = ranked, "list"  # "Togo remained the largest buyer, at $410 million"
        elif (headed := _sub_head_metric(article, place)) is not None:
            metric, source = headed, "list"  # "Main customers" / "France: 7 829,4 MD (+2,7%)"
        elif place.whole is not None and (_part_of_whole(article, place) or place.whole_here and _own_partner(article, place)):
            # "foreign trade reached $62 billion, of which China accounted for $13.7 billion"; "exports rose 10% to
            # $84 billion, and to China by 20% to $13 billion"
            metric = place.whole
        elif target and (place.recent or previous is not None or anaphor(article, seg) or _pair_goal(article, place)):
            metric = "turnover"
        elif previous is not None and (previous.metric == "target" or _own_time(article, seg)
                                       or _own_partner(article, place) or _continues(text, seg)
                                       or _respective(text, seg) or _exact_after_mark(text, seg, previous)):
            # "aim for $10 billion by 2030 and $15 billion by 2035" continues the goal; "$5 billion in 2022 and
            # $6 billion in 2023" continues the series; "...; in 2023 it reached $4.4 billion" reports what
            # happened. Anything else after a figure (its share, a product, a total) is not its sibling.
            reported = has(cues["actual"], text[seg.left:seg.start]) or _past_time(article, seg)
            metric = "turnover" if reported and previous.metric == "target" else previous.metric
            # "want to raise trade from the current $600 million to $1 billion": where the goal starts is what
            # trade is; the figure it goes "to" is the goal
            target = metric == "target" or previous.baseline and _continues(text, seg) \
                and is_target(text, replace(seg, left=seg.sentence[0]), article.ref.year)
            metric = "turnover" if target else metric
        elif last_fact is not None and last_fact.metric != "target" and _lone_item(article, seg) \
                and (place.recent or _no_figure_between(article, last_fact.sentence, place.number)):
            # "Trade with Russia came to $26 billion. Italy followed with $15 billion."; but "Among suppliers, China
            # ranked second behind Germany with PLN 31.5 bn" after a list of buyers names its own kind of partner
            metric = _list_word_metric(article, seg) or _ranked_before(article, place) or last_fact.metric
        elif place.recent and last_fact is not None and last_fact.metric != "target" and not last_fact.item \
                and (_own_time(article, seg) or _continues(text, seg)) and not _other_subject(text, seg):
            # "The first half of the year brought 12% growth, to $2.3 billion."; "Last year, the figure was $1.2
            # billion" after a breakdown is the total's
            referred = _referred_metric(article, place) if place.number > 0 and anaphor(article, seg) else None
            metric = referred or last_fact.metric
        elif (place.number > 0 or seg.left > seg.sentence[0]) and anaphor(article, seg):
            # "Trade ... will be discussed; it amounted to $1 billion": what the clause or sentence before names
            metric = subject_metric(text, seg.sentence[0], seg.left) if previous is None else None
            if metric is None and place.number > 0:
                metric = _referred_metric(article, place)
            if metric is None and last_fact is not None \
                    and (place.recent or _no_figure_between(article, last_fact.sentence, place.number)):
                # "... set a goal of $10 billion by 2030. Last year the figure was $4.6 billion": what the goal is for
                metric = "turnover" if last_fact.metric == "target" else last_fact.metric
        elif place.figure == 0:
            metric, source = _elliptic_metric(article, place), "context"
        if metric is None:
            return None
    if metric in ("exports", "imports") and (target or previous is not None and previous.metric == "target"
                                            and CONTINUES.search(text, seg.left, seg.start) is not None):
        # a goal for one direction is not a goal for the pair's trade ("raise trade to $8 billion, and Chilean
        # exports to Peru to $3 billion": the goal's verb left out)
        return None
    return metric, target, source


# a clause opening with its own subject and a verb of quantity: "Deposits stood at", "Russian tourists numbered"
OWN_SUBJECT = re.compile(r"\W*(?:(?:the|its|their|our|a|an)\s+)?(?:[a-z][\w-]*\s+)?(?P<noun>[a-z][\w-]*)\s+"
                         r"(?:stood|stands|was|were|is|are|reached|reaches|rose|rises|fell|falls|totall?ed|amounted|"
                         r"came|climbed|grew|hit|jumped|dropped|declined|increased|decreased|numbered|hovered|"
                         r"remained|surged|slid|edged)\b")
# subjects that refer back to a figure or a trade already named: "it was", "the figure stood at"
REFERRING_NOUNS = frozenset("it this that they these which figure figures value values amount total sum volume "
                            "number indicator turnover trade".split())


def _other_subject(text: str, seg: Segment) -> bool:
    """"Deposits stood at $40bn", "Profits climbed to $4bn", "Russian tourists numbered 4.7 million": a clause with
    a subject of its own that is no trade measures that subject, not the trade named before."""
    subject = OWN_SUBJECT.match(text, seg.left, seg.start)
    return subject is not None and subject.group("noun") not in REFERRING_NOUNS


def _elliptic_metric(article: Article, place: Place) -> Optional[str]:
    """A sentence's first figure in a clause that names no measure ("Last year: $1.3 billion, up 12%", "...; in
    value terms, $90 million", "takes 18 percent, or $2.5 billion, of Ghana's import bill") measures the whole
    named after it, else what its sentence names before it, else what the sentences before name."""
    text, seg = article.low, place.seg
    if _other_subject(text, seg):
        return None
    whole = OF_WHOLE.match(text, seg.end, seg.sentence[1])
    metric = subject_metric(text, whole.start(), whole.end()) if whole else metric_in(text, seg.sentence[0], seg.left)
    # else the sentence before, or the one before that past a sentence naming no figure ("Trade was $4 billion.
    # The potential is far greater. We can reach $6 billion")
    number = place.number - 1
    while metric is None and number >= 0 and place.number - number <= ELLIPTIC_SENTENCES:
        start, end = article.sentences[number]
        metric = metric_in(text, start, end)
        if article.has_figure(start, end):
            break
        number -= 1
    return metric


def _sum_of_flows(article: Article, place: Place) -> bool:
    """"bringing the total to $9.3 billion", "Total: $550 million" after exports and imports were given in the
    last sentences: the total is the two-way trade they add up to."""
    (pattern,) = anchored_cues("sum_of_flows")
    if pattern.search(article.low, place.seg.left, place.seg.start) is None:
        return False
    given = {d.metric for d in place.drafts[-2:] if place.number - d.sentence <= 2}
    return {"exports", "imports"} <= given


# a part of a total just given: "accounted for $950 million of it", "of which", "of the total"
PART_OF_IT = re.compile(r"\bof (?:it|this|that|the total|which)\b")
# "..., of which $4.3bn came from", "..., of that, $2 billion": a clause that opens on the figure before it
PART_OPENER = re.compile(rf"[\s,;:(–—-]*(?:{PART_OF_IT.pattern}|\bincluding\b|\bamong\s+them\b)")


def _part_of_figure_before(text: str, seg: Segment) -> bool:
    return seg.follows_figure and PART_OPENER.match(text, seg.left, seg.start) is not None


def _referred_metric(article: Article, place: Place) -> Optional[str]:
    """What "the figure" or "it" in a new sentence measures: what the sentence before names; after a breakdown
    into exports and imports, the total it broke down ("Exports reached $450 million, imports $650 million.
    Last year, the figure was $1.2 billion")."""
    start, end = article.sentences[place.number - 1]
    pattern, table = metric_lookup()
    named = {table[m.group(0).lower()] for m in pattern.finditer(article.low, start, end)}
    if ({"exports", "imports"} <= named or PART_OF_IT.search(article.low, start, end)) and any(
            d.metric == "turnover" and place.number - d.sentence <= INHERIT_SENTENCES for d in place.drafts):
        return "turnover"  # also after a part of that total ("Uzbek exports accounted for $950 million of it")
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


def _past_time(article: Article, seg: Segment) -> bool:
    """A period of its own that ended before the year the text was written ("could reach $2 billion in 2023;
    last year it was $1.8 billion", written in 2023): what happened, not what is hoped for."""
    year = article.ref.year
    if year is None:
        return False
    spans = (resolve(phrase, article.ref) for phrase in article.periods_in(seg.left, seg.right))
    return any(span is not None and span[1].year < year for span in spans)


def _own_time(article: Article, seg: Segment) -> bool:
    """A period phrase in the figure's own clause (a figure of a series: "... and $6 billion in 2023")."""
    return bool(article.periods_in(seg.left, seg.right))


# ", reaching", "and amounted to", "and made up": the exact figure after a round mark
# (and a dash or a colon: "topped the $50 billion mark for the first time - $50.2 billion")
REACHING_BEFORE = re.compile(r"(?:\s+[-–—]\s*|:\s*"
                             r"|,\s*(?:reaching|to\s+reach|totall?ing|amounting\s+to|standing\s+at|at)"
                             r"|,?\s+and\s+(?:amounted\s+to|made\s+up|reached|stood\s+at|totall?ed|came\s+to|was|"
                             r"equall?ed|constituted))\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$")


def _exact_after_mark(text: str, seg: Segment, previous: Draft) -> bool:
    """"surpassed $1 billion for the first time, reaching $1.07 billion": the exact figure after a round mark."""
    return previous.qualifier == "over" and REACHING_BEFORE.search(text, seg.left, seg.start) is not None


def _continues(text: str, seg: Segment) -> bool:
    """"expanding by 9.4% to RM211 billion", "saw 15% growth, to $1.1 billion", "from $1.9 billion to $2.6
    billion": the level a change reached, of whatever the figure before measured."""
    before = text[seg.left:seg.start]
    if CONTINUES.search(text, seg.left, seg.start) is None:
        return False
    return has(cue_patterns()["growth"], before) or has(cue_patterns()["decline"], before) \
        or FROM_TO.fullmatch(before) is not None and FROM_FIGURE.search(text, max(0, seg.left - 30), seg.left) is not None


def respective_flow(article: Article, place: Place) -> Optional[str]:
    """"exports to and imports from Uganda were $700 million and $500 million": two flows named together, then
    two figures joined by "and" (or said "respectively"): the k-th figure measures the k-th flow; so does each
    pair after it ("..., against $600 million and $450 million in 2022")."""
    start, end = place.seg.sentence
    if " and " not in article.low[start:place.seg.start]:
        return None
    pair = FLOW_PAIR.search(article.low, start, place.seg.start)
    if pair is None:
        return None
    window = max(start, pair.start() - 40, article.low.rfind(",", 0, pair.start()) + 1)  # not "Of the total, ..."
    if TOTAL_BEFORE.search(article.low, window, pair.start()):
        return None  # "the total of what a country exports and imports": both flows together
    first = bisect_left(article.money_starts, pair.end())
    figures = article.money_starts[first:bisect_left(article.money_starts, end)]
    k = bisect_left(article.money_starts, place.seg.start) - first
    # pairs of figures joined by "and"; a figure after them ("resulting in a deficit of R110 billion") is no flow
    joined = 0
    while joined < 4 and joined + 1 < len(figures) and _joined_by_and(article, figures[joined + 1]):
        joined += 2
    if joined == 0 or k >= joined:
        return None
    word = pair.group("a" if k % 2 == 0 else "b")
    return "exports" if word.startswith("export") or word == "sales" else "imports"


def _joined_by_and(article: Article, second_start: int) -> bool:
    """Whether the figure starting here follows the one before it with only "and" between them."""
    before = article.low.rfind(" and ", 0, second_start)
    return before != -1 and not article.low[before + 5:second_start].strip(" $€£") \
        and any(ch.isdigit() for ch in article.low[max(0, before - 25):before])


def _parallel_metric(article: Article, place: Place) -> Optional[str]:
    """"Exports were €12.4 billion and imports €4.7 billion. In 2022, the corresponding figures were €11.2
    billion and €4.2 billion": as many figures as the facts of the sentence before, each a different measure;
    the k-th figure measures what the k-th fact did."""
    start, end = place.seg.sentence
    if not has(cue_patterns()["parallel"], article.low[start:place.seg.start]) or \
            metric_in(article.low, start, end) is not None:
        return None
    earlier = [d for d in place.drafts if d.sentence < place.number]
    if not earlier or place.number - earlier[-1].sentence > 2:
        return None
    stated = [d for d in earlier if d.sentence == earlier[-1].sentence and not d.baseline and d.metric != "target"]
    figures = bisect_left(article.money_starts, end) - bisect_left(article.money_starts, start)
    if len(stated) != figures or len({d.metric for d in stated}) != figures:
        return None
    return stated[place.figure].metric


def _opposite_flow(article: Article, place: Place) -> Optional[str]:
    """A flow "in the opposite direction" to the last one stated is a flow of the same pair (facts.py gives it
    the other seller)."""
    last_flow = place.previous or place.last_fact
    if last_flow is None or last_flow.metric not in ("exports", "imports") \
            or not place.recent and place.previous is None:
        return None
    return last_flow.metric if has(cue_patterns()["opposite"], article.low[place.seg.left:place.seg.right]) else None


def _respective(text: str, seg: Segment) -> bool:
    """"... was $1.2 billion and $1.5 billion respectively": a figure joined by "and" to the one before, in a
    sentence that pairs its figures with the items it names."""
    return seg.follows_figure and AND_ONLY.fullmatch(text, seg.left, seg.start) is not None \
        and RESPECTIVELY.search(text, seg.end, seg.sentence[1]) is not None


def _lone_item(article: Article, seg: Segment) -> bool:
    """A country right before the figure, as in a ranking ("Italy followed with $15 billion", "Italy: $15
    billion"): one more item of the figures just given."""
    before = [m for m in article.countries_in(seg.left, seg.start) if m.iso3 not in (GROUP, article.hub)]
    if not before:
        return False
    apposition = APPOSITION.match(article.low, before[-1].end)  # "The Netherlands, a gateway to Europe, came second"
    gap = apposition.end() if apposition is not None else before[-1].end
    return raw_cue("item_gap").fullmatch(article.low, gap, seg.start) is not None


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


# "with petroleum products alone accounting for some": goods that the figure is the part of
ACCOUNT_FOR_AFTER_GOODS = re.compile(r"(?:\s+\w[\w-]*){0,2}?\s+(?:alone\s+)?(?:account(?:s|ed|ing)?\s+for|ma(?:de|king|kes?)\s+up"
                                     r"|represent(?:s|ed|ing)?)\s+(?:(?:about|around|some|nearly|almost|over|roughly)\s+)?")


POSSESSIVE_AFTER = re.compile(r"['’]s?\b")


def _item_of_a_groups_ranking(article: Article, seg: Segment) -> bool:
    """"Vietnam remained the province's largest trading partner at 40.2 billion yuan, followed by Myanmar at 33.5
    billion yuan": the next items of a ranking of a province's or a group's partners are that province's trade."""
    if not seg.follows_figure or NEXT_ITEM.fullmatch(article.low, seg.left, seg.start) is None:
        return False
    return any(m.iso3 == GROUP and POSSESSIVE_AFTER.match(article.low, m.end)
               for m in article.countries_in(seg.sentence[0], seg.left))


def _goods_account_for(article: Article, seg: Segment) -> bool:
    """"Egyptian exports to China included crude oil, with petroleum products alone accounting for some $310
    million": goods the clause makes the subject of the figure, whatever trade phrase opens the sentence."""
    goods = last(commodity_pattern(), article.low, seg.sentence[0], seg.start)
    return goods is not None and ACCOUNT_FOR_AFTER_GOODS.fullmatch(article.low, goods.end(), seg.start) is not None \
        and not NON_GOODS.search(article.low, max(0, goods.start() - 20), goods.start())


def _goods_as_subject(article: Article, seg: Segment, trade: Optional[re.Match[str]],
                      trade_after: Optional[re.Match[str]] = None) -> bool:
    """"Coal remained the main commodity shipped to India, at $2.9 billion", "Soybeans alone accounted for $31.5
    billion of Brazil's sales to China": goods named earlier in the clause, with no country between them and the
    trade phrase (or the figure, when the phrase follows it), make the figure theirs."""
    if trade is None and trade_after is None:
        return False
    if _goods_account_for(article, seg):
        return True
    end = trade.start() if trade is not None else seg.start
    goods = last(commodity_pattern(), article.low, after_colon(article.low, seg, end), end)
    if goods is None or NON_GOODS.search(article.low, max(0, goods.start() - 20), goods.start()):
        return False  # "non-oil and gas exports": all goods but those
    return not article.countries_in(goods.end(), end)


# "exports of electrical cables to Hungary were": a noun phrase after a flow's "of", before its partner or its verb
FLOW_OF_GOODS = re.compile(r"\s+of\s+(?P<goods>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:to|from|into|worth|valued|were|"
                           r"was|reached|amounted|totall?ed|stood|rose|grew|fell|increased|decreased|came|hit|jumped|"
                           r"climbed|declined|dropped)\b")
FLOW_WORDS = frozenset("export exports import imports shipment shipments sales purchases supplies deliveries".split())
# "trade in gems and jewellery between India and the UAE rose": the goods a trade is said to be in, before its partner,
# its verb or an aside
TRADE_IN_GOODS = re.compile(r"\s+in\s+(?P<goods>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s*(?:,|\s(?:between|with|to|from|"
                            r"worth|valued|were|was|is|are|has|have|reached|amounted|totall?ed|stood|rose|grew|fell|"
                            r"increased|decreased|came|hit|jumped|climbed|declined|dropped)\b)")
GOODS_IN_GENERAL = frozenset(row["word"] for row in read_tsv("goods_in_general.tsv"))


def _goods_of_one_kind(article: Article, trade: Optional[re.Match[str]]) -> bool:
    """"Serbian exports of electrical cables to Hungary were worth EUR 112 million": goods named after the flow's
    "of", whatever they are, make it a product's figure; goods in general, a country or an amount there do not
    ("exports of goods to", "imports of Kazakhstan from", "exports of over $1 billion"). After "trade in", only goods
    of the commodity table do ("trade in gems and jewellery"; not "trade in January", "trade in the first half")."""
    if trade is not None and trade.group(0).split()[-1] == "trade":
        traded = TRADE_IN_GOODS.match(article.low, trade.end())
        return traded is not None and product_level(article.low, traded.start("goods"), traded.end("goods"))
    if trade is None or trade.group(0).split()[-1] not in FLOW_WORDS:
        return False
    named = FLOW_OF_GOODS.match(article.low, trade.end())
    if named is None or any(word.split("-")[0] in GOODS_IN_GENERAL for word in named.group("goods").split()):
        return False
    return not article.countries_in(named.start("goods"), named.end("goods"))


# "phosphoric acid, which alone was worth", "fresh dates, the latter alone worth": a pronoun for the thing named just
# before it, said to be worth a part on its own
ALONE_REFERRED = re.compile(r"\b(?:which|the\s+latter|the\s+former)\s+alone\s+(?:(?:was|were|is|are)\s+)?"
                            r"(?:worth|valued|account(?:ed|ing|s)?|represent(?:ed|ing|s)?|amount(?:ed|ing|s)?|"
                            r"fetch(?:ed|ing)|earn(?:ed|ing))\b(?:[^.;]|\.\d)*$")
REFERRED_REACH = 6  # how near before the pronoun ("China, which") a country must end to be what it refers to


def _part_said_alone(article: Article, seg: Segment) -> bool:
    """"India's imports from Senegal consist mainly of phosphoric acid, which alone was worth US$ 362.4 million":
    the figure is one good's, which the pronoun refers to; not so when a country stands right before it ("exports
    to the EU, mostly to Spain, which alone took $2 billion")."""
    referred = ALONE_REFERRED.search(article.low, seg.sentence[0], seg.start)
    if referred is None:
        return False
    before = article.countries_in(max(seg.sentence[0], referred.start() - 40), referred.start())
    return not before or referred.start() - before[-1].end > REFERRED_REACH


def _no_figure_between(article: Article, earlier: int, later: int) -> bool:
    """Whether no sentence between two sentences holds a figure (and they are at most two apart), nor heads a
    list ("The other main partners were:" says what its items measure)."""
    if not 0 < later - earlier <= 2:
        return False
    between = [article.sentences[n] for n in range(earlier + 1, later)]
    return all(_changes_only(article, start, end) and not article.text[start:end].rstrip().endswith(":")
               for start, end in between)


# "The figure is Kz 280 billion higher than in the previous quarter.", "up by $90 million": a figure of a change
CHANGE_AFTER_FIGURE = re.compile(r"[^.;]{0,30}?\b(?:higher|more|lower|less|bigger|smaller|greater)\s+than\b")
CHANGE_BEFORE_FIGURE = re.compile(r"\b(?:rose|increased|grew|fell|decreased|declined|dropped|up|down)\s+by\s+$")


def _changes_only(article: Article, start: int, end: int) -> bool:
    """Whether every figure of a sentence, if any, is a change, which says nothing of what the figures after it
    measure."""
    low, starts, change = article.low, article.money_starts, cue_patterns()["change"]
    return all(CHANGE_AFTER_FIGURE.match(low, at, end) or CHANGE_BEFORE_FIGURE.search(low, max(start, at - 20), at)
               or ends_with(change, low[start:at])  # "The growth of Sh13.6 billion came despite ..."
               for at in starts[bisect_left(starts, start):bisect_left(starts, end)])


OWN_FLOW_METRIC = {SELLER: "exports", BUYER: "imports"}  # "X's exports", "X imported": the flow its partners rank in


def _list_word_metric(article: Article, seg: Segment) -> Optional[str]:
    """What a word for a kind of partner before the figure in its sentence says it measures ("among suppliers":
    imports, "of the buyers": exports)."""
    cues = cue_patterns()
    words = article.low[seg.sentence[0]:seg.start]
    if cues["seller_list"].search(words):
        return "imports"
    return "exports" if cues["buyer_list"].search(words) else None


SUB_HEAD_CHARS = 40  # a heading line over a run of partner lines is this short
FLOW_HEAD = re.compile(r"\b(?P<flow>exports|imports)\b")
BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _sub_head_metric(article: Article, place: Place) -> Optional[str]:
    """"Main customers" / "France: 7 829,4 MD (+2,7%)" / "Italy: 5 962,1 MD (+1,4%)": lines of a partner and its
    figure under a short heading line (no figure, no full stop) measure what its word for the partners or the flow
    says ("customers", "markets": exports; "suppliers", "origins": imports; "Exports", "Imports")."""
    number = place.number
    while number >= 0 and is_item_line(article, article.sentences[number][0]) \
            and article.has_figure(*article.sentences[number]):
        number -= 1
    if number < 0 or number == place.number:
        return None
    start, end = article.sentences[number]
    heading = article.low[start:end].strip()
    if len(heading) > SUB_HEAD_CHARS or heading.endswith(".") or article.has_figure(start, end) \
            or BLANK_LINE.search(article.text, start, article.sentences[place.number][0]):
        return None
    cues = cue_patterns()
    if cues["seller_list"].search(heading):
        return "imports"
    if cues["buyer_list"].search(heading):
        return "exports"
    flow = FLOW_HEAD.search(heading)
    return flow.group("flow") if flow is not None else None


def _ranked_before(article: Article, place: Place) -> Optional[str]:
    """"China remains New Zealand's largest export destination. Australia was second on $8.9b": the items of a
    ranking measure what the first place's rank says, named in the sentence before them with no figure."""
    if place.number == 0:
        return None
    start, end = article.sentences[place.number - 1]
    if article.has_figure(start, end):
        return _ranking_continued(article, place)
    named = parties(article, start, end, frozenset())[0]
    ranked = next((ROLE_METRIC.get(party.role) for party in named if party.rank), None)
    # "Saudi Arabia's exports fell in January. Japan followed with SAR9.8 billion": the items are partners of the
    # flow the sentence before names of its country; "Italy absorbed 27.6% of Algeria's sales abroad. Spain came
    # second with": a partner that bought or sold is the first place of the ranking
    return ranked or next((OWN_FLOW_METRIC[party.role] if party.iso3 == article.hub or not party.verb
                           else ROLE_METRIC[party.role] for party in named
                           if party.reporter and party.role in OWN_FLOW_METRIC), None)


NEXT_IN_RANKING = re.compile(r"\b(?:came|ranked|were|was|stood)\s+next\b")
RANKING_REACH = 2  # sentences back to the first place a ranking's "came next" goes on from


def _ranking_continued(article: Article, place: Place) -> Optional[str]:
    """"Switzerland remained the leading destination for Ghana's exports, taking GH¢9.14 billion. The figure ... South
    Africa and India came next, with ...": the items after "came next" measure what the first place's rank says,
    though a sentence of other figures stands between."""
    if not NEXT_IN_RANKING.search(article.low, *article.sentences[place.number]):
        return None
    for number in range(place.number - 1, max(-1, place.number - 1 - RANKING_REACH), -1):
        ranked = next((ROLE_METRIC.get(p.role) for p in parties(article, *article.sentences[number], frozenset())[0]
                       if p.rank), None)
        if ranked is not None:
            return ranked
    return None


FOLLOWED_BY_ANAPHOR = re.compile(r"(?:this|that|it|these|they)\s+(?:was|were|is|are)\s+(?:followed|trailed)\s+by\b")


def _item_metric(article: Article, place: Place) -> Optional[str]:
    """A ranking item without a metric phrase measures what the figure before it in its sentence or the item
    before it measured; a lone ranked item
    what the fact just before it measured ("Peru's exports to China hit $22 billion. The US remained in
    second place with $8 billion."), and so does a ranking that follows the one fact of the sentence before
    ("Japan was the top export destination, taking $11.5 billion. China followed with $10.9 billion, and the
    US with $10.7 billion")."""
    last_fact = place.last_fact
    if last_fact is None or last_fact.metric == "target":
        return None
    if place.previous is not None and place.previous.metric != "target":
        return place.previous.metric  # "Kenya took $570 million, South Sudan $480 million": the fact it follows
    # (an item's earlier value in brackets after it, "Argentina with $1,160 million ($1,904 million)", is the item's)
    current = next((d for d in reversed(place.drafts) if not d.baseline), last_fact)
    if current.item and place.number - current.sentence <= 2 or len(place.lists.items) == 1 and place.recent:
        return current.metric
    if FOLLOWED_BY_ANAPHOR.match(article.low, article.sentences[place.number][0]) \
            and last_fact.sentence == place.number - 1:
        # "exports to the US were $1.06 billion, or 16% of the total of $6.46 billion. This was followed by Japan
        # with": the first fact of the sentence before, whatever else it holds
        return next(d.metric for d in place.drafts if d.sentence == last_fact.sentence and not d.baseline)
    # the one fact of its sentence, besides the earlier value it is compared with ("grew to $3.9 billion, from
    # $3.6 billion a year earlier. China came second with $1.9 billion")
    # (or all its facts measure one flow: "China took $22 billion ($21 billion in 2022) and the US $8 billion. Japan
    # and India followed, with ...")
    alone = len({d.metric for d in place.drafts if d.sentence == last_fact.sentence and not d.baseline}) <= 1
    if alone and _no_figure_between(article, last_fact.sentence, place.number):
        # "... to Germany in 2023. That is a quarter of all. Belgium came second with": an item takes the role of the
        # fact it follows (`follows_previous`); items given their figures together are framed from the home's side
        return _hub_side(article, last_fact) if place.lists.respective else last_fact.metric
    return None


def _hub_side(article: Article, fact: Draft) -> str:
    """What a fact measures, told from the text's own side: "Uganda remained Kenya's top market, buying goods worth
    Sh131.5 billion" is Uganda's imports, and the list after it ("Pakistan and the Netherlands followed, with $x and
    $y respectively") is more of Kenya's exports."""
    if fact.metric in ("exports", "imports") and fact.exporter is not None and article.hub in fact.pair:
        return "exports" if fact.exporter == article.hub else "imports"
    return fact.metric

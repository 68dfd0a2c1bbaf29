"""Between which countries a figure is: the pair of each figure and whose trade it is.

The pair comes from the nearest place that names it (frames.py reads the role of each name): the list the
figure stands in (lists.py), its own clause, its sentence, the figures before it when the words refer back
to them ("the two countries", "bilateral", "this indicator"), else the article's main pair. Trade with the
world, with a bloc or with a province is no pair's.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Optional

from parsers.context import Article
from parsers.drafts import Draft, Place
from parsers.figures import APPOSITION, DRIVEN_BY, RELATIVE_ASIDE, Segment, has, last, metric_in
from parsers.frames import (
    BETWEEN, BUYER, GROUP_EVENT_AFTER, JOINED, PARTNER, SELLER, Party, home_parties, in_union, parties, party,
    pick_two, posting, rival_starts, sorted_pair,
)
from parsers.gazetteer import GROUP
from parsers.lexicon import anchored, cue_patterns, speaker_patterns
from parsers.lists import as_party, follows_previous
from parsers.money import find_money
from parsers.timing import CONTEXT_SENTENCES
from parsers.world_totals import (
    group_aggregate_before, global_cue, part_of_world_total, share_of_whole, whole_before_which, world_total,
)

BETWEEN_AND = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?")
LISTED = re.compile(r"\s*,\s*(?:the\s+)?")  # "with Kazakhstan, Uzbekistan and Tajikistan": a name in a list
# a line of key figures: a bullet or number, a short label, a colon or dash, then the figure ("• Exports: $2.5 billion")
LABEL_LINE = re.compile(r"[ \t]*(?:[-–—•*·▪]|\d{1,2}[.)])?[ \t]*[^\W\d][^:\n\d]{0,40}?[ \t]*[:–—-][ \t]*")
TITLE_MAX = 100  # a title line is this short, and ends in a colon, a word or a bracket, not a full stop
# "versus $1.2 billion for Bolivia", "$3 billion in 2022 with Jordan": the compared figure's own partner
OTHER_FOR = re.compile(r"\s+(?:(?:in|during)\s+[\w-]+\s+)?(?:for|with)\s+(?:the\s+)?")
POSSESSIVE_BEFORE = re.compile(r"['’]s?\s+(?:[\w-]+\s+)?")  # "Armenia's $1.5 billion", "Armenia's total of"
POSSESSIVE_REACH = 40
OF_FLOW_AFTER = re.compile(r"\s+(?:worth\s+)?of\s+(?:the\s+)?(?P<who>[\w'’-]+(?:\s+[\w'’-]+)?)\s+"
                           r"(?P<flow>exports|imports|sales|purchases)\b")  # "$107 million of Senegalese exports"
LOOK_BACK_SENTENCES = 3  # the pair of a figure naming none may stand this many sentences before it
# "after China, which accounted for" + the figure; "after China, from which Bangladesh bought"
# ", which", ", with which", and after an apposition: "the United States, Chile's second partner, with which"
# (its words may hold an aside of what drove the flow: "where Cameroon's exports, dominated by oil, reached")
RELATIVE_OPENS = re.compile(r"\s*,\s*(?:[^,;()\d]{1,40},\s*)?(?:(?:from|to|with)\s+)?(?:which|that|whose|where)\s+"
                            rf"[^,;()]*(?:,\s*{DRIVEN_BY}\b[^,;()]*,[^,;()]*)?$")


@dataclass
class Framed:
    pair: tuple[str, str]
    parties: list[Party]
    reporter: Optional[str]
    slots: dict[str, str]


def anaphor(article: Article, seg: Segment) -> bool:
    return has(cue_patterns()["anaphor"], article.low[seg.sentence[0]:seg.right])


def partner_outside(article: Article, place: Place, pair: tuple[str, str]) -> bool:
    """A partner named right after a compared figure, outside the pair it is compared with: a figure of the
    same kind for another pair ("reached $4.4 billion, compared to $3 billion with Kyrgyzstan")."""
    seg = place.seg
    after, _ = parties(article, seg.end, seg.right, place.skip, seg.end)
    return any(p.role is not None and not p.reporter and p.iso3 not in pair for p in after)


def other_owner(article: Article, place: Place, pair: tuple[str, str]) -> bool:
    """A compared figure said to be another country's, with no role that would make a pair of it ("versus $1.2
    billion for Bolivia", "compared to Armenia's $1.5 billion", "€3.6 billion for Serbia and Romania"), or the
    trade with the world ("against $60 billion for its foreign trade as a whole"): not the earlier value of
    the figure it is compared with."""
    seg = place.seg
    comma = article.low.find(",", seg.end, seg.right)
    if global_cue(article, seg.end, seg.right if comma == -1 else comma):
        return True  # (", representing 20.1% of total exports" after it is the share of the figure compared)
    after = OTHER_FOR.match(article.low, seg.end, seg.right)
    if after is not None and any(m.iso3 not in pair for m in article.countries_in(after.end(), seg.right)):
        return True
    return possessed_by_other(article, seg, pair) or _other_flow_after(article, place)


def _other_flow_after(article: Article, place: Place) -> bool:
    """"Ivorian exports to Senegal were $205 million, against $107 million of Senegalese exports": the compared
    figure is another country's flow, not the earlier value of the figure before it."""
    seg, origin = place.seg, place.previous
    flow = OF_FLOW_AFTER.match(article.low, seg.end, seg.right)
    if flow is None or origin is None or origin.exporter is None:
        return False
    named = article.countries_in(flow.start("who"), flow.end("who"))
    sells = "export" in flow.group("flow") or "sales" in flow.group("flow")
    return bool(named) and (named[0].iso3 != origin.exporter) == sells


def possessed_by_other(article: Article, seg: Segment, pair: tuple[str, str]) -> bool:
    """"compared to Armenia's $1.5 billion": the figure is the trade of the country whose it is said to be."""
    before = article.countries_in(max(seg.left, seg.start - POSSESSIVE_REACH), seg.start)
    return bool(before) and before[-1].iso3 not in pair and before[-1].iso3 != GROUP \
        and POSSESSIVE_BEFORE.fullmatch(article.low, before[-1].end, seg.start) is not None


# trade "between the two sides" (the sides that agree on a goal are delegations, whose countries' trade it is)
SIDES_ANAPHOR = re.compile(r"\b(?:between|of)\s+(?:the\s+two|both)\s+(?:sides|partners)\b")


def _sides_with_a_group(article: Article, seg: Segment) -> bool:
    """"ASEAN remained China's largest trading partner. Trade between the two sides increased": sides (not "the two
    countries") that trade, just named with a group among them, are the group and its partner, no pair of
    countries."""
    if SIDES_ANAPHOR.search(article.low, seg.left, seg.right) is None:
        return False
    number = article.sentence_at(seg.sentence[0])
    start = article.sentences[number - 1][0] if number > 0 else seg.sentence[0]
    return any(m.iso3 == GROUP for m in article.countries_in(start, seg.left))


def _pair_anaphor(article: Article, seg: Segment) -> bool:
    """"bilateral", "two-way", "between the two countries": the figure is the trade of the text's pair."""
    return has(cue_patterns()["pair_anaphor"], article.low[seg.left:seg.right])


def _partner_described(article: Article, seg: Segment) -> bool:
    """The partner named by what it is ("to the Caribbean nation", "from the North African kingdom")."""
    return has(cue_patterns()["partner_described"], article.low[seg.left:seg.right])


def _last_other_named(article: Article, iso3: str, after: int, before: int) -> Optional[str]:
    """The country named last between two positions, other than `iso3`, as a side: not a place, nor a rival it is
    ranked against ("Kazakhstan is Uzbekistan's third partner after China and Russia")."""
    rivals = rival_starts(article, after, before)
    for mention in reversed(article.countries_in(after, before)):
        if mention.iso3 not in (iso3, GROUP) and not party(article, mention).place and mention.start not in rivals:
            return mention.iso3
    return None


def _refers_back(article: Article, place: Place) -> bool:
    return place.previous is not None or place.recent or anaphor(article, place.seg)


PARTNER_PRONOUN = re.compile(r"\b(?:to|from|with|into)\s+(?:it|them)\b")  # "exported $13 billion to it"


def frame(article: Article, place: Place, metric: str, target: bool) -> Optional[Framed]:
    """The pair (and the parties that say who sells), from the clause, the list, the sentence, the text
    before, the article's hub, in that order."""
    text, seg = article.low, place.seg
    item = place.lists.item(place.figure)
    if item is not None:
        hub = place.lists.hub
        # a lone ranked item ("The United States ranked third with $1 billion") continues the ranking before it,
        # told from that fact's side, unless the text names its hub
        lone = len(place.lists.items) == 1 and not article.hub_named
        other = hub.iso3 if hub is not None else _reporter(article, place, item.iso3, prefer_hub=not lone)
        role = place.lists.item_role
        if follows_previous(text, place.lists, place.figure, place.previous):
            # "imports from the UAE ..., followed by Saudi Arabia": the item sells or buys as the one before did, and
            # ranks against its other side, not against the home ("China bought PNG goods worth K9.8 billion,
            # ahead of Japan at K8.4 billion": Japan buys from PNG too)
            other = pair_home(article, place.previous.pair) or other
            role = BUYER if place.previous.exporter == other else SELLER
        # two items of one list never form a pair: an item with no hub of its own trades with a country outside it
        co_item = hub is None and any(m.iso3 == other for m in place.lists.items.values())
        if other is not None and other != item.iso3 and not co_item:
            found = [as_party(article, item, role)] + ([hub] if hub is not None else [])
            return Framed(sorted_pair(item.iso3, other), found, other, {"pair": "list"})
    local, local_group = parties(article, _past_condition(article, seg), seg.right, place.skip, seg.end)
    local_group = local_group and not _group_as_scope(article, seg) and not _groups_in_appositions(article, seg)
    local = _from_relative_antecedent(article, seg, local) or _outside_asides(article, seg, local)
    if len({p.iso3 for p in local}) == 1 and _pair_anaphor(article, seg) and _bare_adjective(article, local[0]):
        local = []  # "Before the Russian invasion, mutual trade was ...": the pair the text is about
    if _joint_partners(article, local) or _traded_together(article, seg) or whole_before_which(article, seg) \
            or share_of_whole(article, seg):
        return None
    if local_group:
        # "Chinese officials said Heilongjiang province aims to lift its trade with Russia": beside a region or a
        # group that trades, a country's adjective with no role of its own is no side
        local = [p for p in local if not _bare_adjective(article, p)]
    local += home_parties(article, seg.left, seg.start, local)
    isos = list(dict.fromkeys(p.iso3 for p in local))
    if local_group and (len(isos) < 2 or _group_is_a_side(article, seg.left, seg.right) or _group_trades(article, seg)
                        or _group_is_the_partner(article, seg, local)):
        return None  # trade with a region or a group of countries; "trade between Guangxi and Vietnam"
    if _group_antecedent(article, seg, local):
        return None  # "ASEAN, a bloc with which Peru traded $3.2 billion": the group is the partner
    if len(isos) < 2 and group_aggregate_before(article, seg):
        return None  # "Across the GCC, trade with Turkey is estimated at $30bn": the group's trade
    if len(isos) < 2 and world_total(article, seg, local) and not _label_under_title(article, place) \
            and not _sum_of_flows_before(article, place):
        return None  # ("Total trade:" under a title naming a pair is that pair's)
    if len(isos) < 2 and part_of_world_total(article, seg):
        return None
    if len(isos) >= 2 and _world_total_of_its_owner(article, seg, local):
        return None
    local = _nearest_of_co_partners(article, local, seg)
    isos = list(dict.fromkeys(p.iso3 for p in local))
    if len(isos) >= 2:
        pair = pick_two(text, local)
        return Framed(pair, local, _reporter_of(local, pair), {"pair": "clause"}) if pair else None
    if isos:
        return _one_named(article, place, local, "clause", metric)
    if _pair_anaphor(article, seg):
        if _sides_with_a_group(article, seg):
            return None
        framed = _from_context(article, place, metric, target)  # "trade between the countries": the pair before
        if framed is not None:
            return framed  # else the countries of its sentence ("invested $3 billion in X, while bilateral trade ...")
    if place.previous is not None and PARTNER_PRONOUN.search(text, seg.left, seg.right):
        # "imported $136.6 billion from Vietnam and exported $13.1 billion to it": the partner of the figure before
        return Framed(place.previous.pair, [], place.previous.reporter, {"pair": "context"})
    # the words past a cut that ended the figure's clause ("... by 2026 if the review of the ASEAN-India pact goes
    # well") describe something else
    whole_end = seg.right if cue_patterns()["cut"].match(text, seg.right) else seg.sentence[1]
    whole, whole_group = parties(article, seg.sentence[0], whole_end, place.skip | _heads_of_later(article, seg))
    # "agreed to raise trade to $2 billion, and to activate the mechanism with Egypt": a country in a clause joined
    # after the figure's is that clause's
    whole = [p for p in whole if p.start < seg.end or not CLAUSE_JOINED.search(article.low, seg.end, p.start)]
    whole_isos = list(dict.fromkeys(p.iso3 for p in whole))
    if whole_group and len(whole_isos) < 2:
        return None
    if len(whole_isos) >= 2:
        pair = pick_two(text, whole)
        # roles in another clause of the sentence describe another figure: keep only whose trade it is
        reporter = _reporter_of(whole, pair) or (place.previous.reporter if place.previous else None)
        return Framed(pair, [], reporter, {"pair": "sentence"}) if pair else None
    if whole_isos:
        if place.whole_here and not _pair_anaphor(article, seg):
            return None  # "total trade was $48.4 billion, with exports accounting for $33.9 billion": the total's part
        return _one_named(article, place, whole, "sentence", metric)
    return _from_context(article, place, metric, target)


# "(he said that) after the free trade agreement between Iran and the EAEU enters into force, bilateral trade could": a
# clause of time or condition opening the figure's clause or what is said, closed by its comma (not a view: "when
# viewed from Lanka's side,")
CONDITION_CLAUSE = re.compile(r"\s*(?:[^,;:()]{0,80}?\bthat\s+)?(?:after|once|when|if|unless|until|as\s+soon\s+as)\s+"
                              r"(?![a-z]+(?:ed|en)\b)[^,;:()]{3,160}?,\s+")


def _past_condition(article: Article, seg: Segment) -> int:
    """Where the figure's clause starts, past a clause of time or condition that opens it: the countries of "once
    the corridor between China and Central Asia opens," name what must happen, not the figure's sides; and past
    the words before a participle that reports it ("... imports of Syrian products, pointing out that Iraq's total
    imports exceeded $50 billion")."""
    reported = last(REPORTING_PARTICIPLE, article.low, seg.left, seg.start)
    if reported is not None and metric_in(article.low, reported.end(), seg.start) is not None:
        return reported.end()
    opening = CONDITION_CLAUSE.match(article.low, seg.left, seg.start)
    if opening is None or metric_in(article.low, opening.end(), seg.start) is None \
            or metric_in(article.low, opening.start(), opening.end()) is not None:
        return seg.left
    return opening.end()


REPORTING_PARTICIPLE = re.compile(r",\s*(?:noting|pointing\s+out|adding|saying|stressing|explaining|recalling|"
                                  r"indicating|underlining|emphasi[sz]ing)\s+that\s+")


def _from_relative_antecedent(article: Article, seg: Segment, found: list[Party]) -> list[Party]:
    """"Japan was its second partner after China, which accounted for $39.6 billion": a figure in a relative
    clause is the trade of the country the clause describes (and of those the clause names), not of the
    countries before it, but for the one whose trade the sentence is about."""
    before = [m for m in article.countries_in(seg.left, seg.start) if m.iso3 != GROUP]
    # the clause may name a country of its own: "after China, from which Bangladesh bought"
    head = next((m for m in reversed(before) if RELATIVE_OPENS.match(article.low, m.end, seg.start)), None)
    if head is None or party(article, head).role == PARTNER:
        return []  # "trade between Rwanda and Tanzania, which stood at": the clause describes the trade
    # whose partner it is ("the Philippines' second partner after China, which ...") still counts
    return [party(article, head)] + [p for p in found if p.start > head.start or p.reporter]


def _outside_asides(article: Article, seg: Segment, found: list[Party]) -> list[Party]:
    """"Kazakhstan, which borders Russia and China, saw its trade with Uzbekistan reach $4.4 billion": the
    countries of a relative clause set off by commas are no sides of a figure outside it."""
    asides = [m.span() for m in RELATIVE_ASIDE.finditer(article.low, seg.left, seg.right)
              if not m.start() <= seg.start < m.end()]
    if not asides:
        return found
    return [p for p in found if not any(start <= p.start < end for start, end in asides)]


PARTNER_RIGHT_AFTER = re.compile(r"\s+(?:from|to|into)\s+(?:the\s+)?")  # "and $1.29 billion from Kazakhstan"


def _nearest_of_co_partners(article: Article, local: list[Party], seg: Segment) -> list[Party]:
    """"purchases from the United States came to 286.5 million balboas and those from China to 139.8 million": two
    partners with the same role and no side of the clause's own are two items, never a pair; the figure is the one's
    named right after it ("and $1.29 billion from Kazakhstan"), else nearest before it."""
    partners = [p for p in local if p.role in (SELLER, BUYER) and not p.reporter and not p.verb]
    if len({p.iso3 for p in partners}) < 2 or len({p.role for p in partners}) != 1 \
            or any(p.reporter or p.verb for p in local):
        return local
    after = [p for p in partners if PARTNER_RIGHT_AFTER.fullmatch(article.low, seg.end, p.start)]
    before = [p for p in partners if p.start < seg.start]
    kept = after[0] if after else before[-1] if before else partners[0]
    return [p for p in local if p not in partners or p.iso3 == kept.iso3]


# "Canada and Mexico, which together sold", "Japan and Korea combined bought": one figure for both
TOGETHER_AFTER = re.compile(r"(?:\s*,\s*which)?\s+(?:together|combined|jointly|between\s+them)\b")


def _traded_together(article: Article, seg: Segment) -> bool:
    """"Canada and Mexico, which together sold more than $900 billion of goods to the US": one figure for both."""
    named = article.countries_in(seg.sentence[0], seg.start)
    return any(first.iso3 != second.iso3 and JOINED.fullmatch(article.low, first.end, second.start)
               and TOGETHER_AFTER.match(article.low, second.end) for first, second in zip(named, named[1:]))


def _joint_partners(article: Article, local: list[Party]) -> bool:
    """"Egypt's imports from Russia and Ukraine totalled $4 billion", "trade with Kazakhstan, Uzbekistan and
    Tajikistan": one figure for partners named together after one preposition is trade with all of them, no pair's
    ("between Kenya and Uganda" names the pair itself)."""
    for at, first in enumerate(local):
        if first.reporter or BETWEEN.search(article.low, max(0, first.start - 14), first.start):
            continue
        previous, size = first, 1
        for second in local[at + 1:]:
            if second.role is not None or second.iso3 == previous.iso3:
                break
            (mention,) = article.countries_in(previous.start, previous.start + 1)[:1] or (None,)
            if mention is None:
                break
            size += 1
            if JOINED.fullmatch(article.low, mention.end, second.start):
                # the list ends in "and", "or", "&"; three names or more need no role of their own ("the countries of
                # the Abraham Accords - the UAE, Bahrain and Morocco -")
                if first.role is not None or size >= 3:
                    return True
                break
            if not LISTED.fullmatch(article.low, mention.end, second.start):
                break
            previous = second
    return False


def _heads_of_later(article: Article, seg: Segment) -> frozenset[int]:
    """Countries after the figure's clause that each head a figure of their own ("Imports amounted to $28
    billion, with China supplying $8.3 billion and Russia $7.1 billion"): they are those figures' sides, not a
    pair for this one."""
    later = [m for m in article.countries_in(seg.right, seg.sentence[1]) if m.iso3 != GROUP]
    heads = set()
    for mention, following in zip(later, later[1:] + [None]):
        upto = following.start if following is not None else seg.sentence[1]
        if bisect_left(article.money_starts, upto) > bisect_left(article.money_starts, mention.end):
            heads.add(mention.start)
    return frozenset(heads)


# "China-Africa cooperation", "Africa-China relations": a compound naming ties, not the sides of a figure
TIES_AFTER = re.compile(r"\s+(?:economic\s+|trade\s+and\s+economic\s+)?"
                        r"(?:cooperation|co-operation|partnership|relations|ties|dialogue|expo)\b")


def _world_total_of_its_owner(article: Article, seg: Segment, local: list[Party]) -> bool:
    """"A Seoul analyst estimates that North Korea's total external trade reached $2.7 billion": one country's
    trade with the world, whose owner is the only country with a role in the clause; a country named with none
    (the speaker's, a capital's) is no partner of it."""
    owners = {p.iso3 for p in local if p.role is not None}
    return len(owners) == 1 and all(p.reporter for p in local if p.role is not None) \
        and world_total(article, seg, [p for p in local if p.role is not None])


# "With Arab countries,", "Within the EAC,", "In Asia,": a phrase opening the sentence that says where the partners are
SCOPE_OPENER = re.compile(r"\W*(?:with|within|among|amongst|in|outside|beyond)\s+(?:the\s+)?[^,.;]{1,40},")


def _group_as_scope(article: Article, seg: Segment) -> bool:
    """"With Arab countries, exports increased towards Libya": a group or region named only in the phrase that opens
    the sentence sets where the clause's own partner is; it is no side ("Across the GCC, ..." is the group's trade)."""
    opener = SCOPE_OPENER.match(article.low, seg.sentence[0])
    if opener is None or opener.end() > seg.start:
        return False
    named = article.countries_in(seg.left, seg.right)
    return all(m.iso3 != GROUP or m.end <= opener.end() for m in named) \
        and any(m.iso3 != GROUP and m.start >= opener.end() for m in named)


def _groups_in_appositions(article: Article, seg: Segment) -> bool:
    """"The Netherlands, a gateway to Europe, came second with $1.09 billion": a group or region named in an
    apposition describes the country before it; it is no side."""
    groups = [m for m in article.countries_in(seg.left, seg.right) if m.iso3 == GROUP]
    spans = [a.span() for c in article.countries_in(seg.left, seg.right) if c.iso3 != GROUP
             if (a := APPOSITION.match(article.low, c.end)) is not None]
    return bool(groups) and all(any(start <= g.start < end for start, end in spans) for g in groups)


BETWEEN_BEFORE = re.compile(r"between\s+(?:the\s+)?(?:[a-z-]+\s+)?$")  # "between (the) (Caribbean) island nations and"


def _group_is_a_side(article: Article, start: int, end: int) -> bool:
    """A province or a group of countries is one of the two sides the clause names ("between Guangxi and
    Vietnam", "between the EU and Kenya", "ASEAN-China trade")."""
    named = article.countries_in(start, end)
    for first, second in zip(named, named[1:]):
        if GROUP not in (first.iso3, second.iso3):
            continue
        if BETWEEN_AND.fullmatch(article.low, first.end, second.start) and \
                BETWEEN_BEFORE.search(article.low, max(start, first.start - 30), first.start) \
                or re.fullmatch(r"[-–—/]", article.low[first.end:second.start]) \
                and not GROUP_EVENT_AFTER.match(article.low, second.end) \
                and not TIES_AFTER.match(article.low, second.end):  # "the Forum on China-Africa Cooperation"
            return True
    return False


def _group_trades(article: Article, seg: Segment) -> bool:
    """A province or a group of countries that trades by its own words in the clause ("In Nigeria, Kano State
    shipped goods worth", "Vietnam said ASEAN's exports to China reached"): the figure is its trade, whatever
    countries stand beside it."""
    for m in article.countries_in(seg.left, seg.right):
        if m.iso3 == GROUP and not m.chained:
            own = party(article, m)
            if own.role in (SELLER, BUYER) and (own.verb or own.reporter):
                return True
    return False


# ", with which", "a bloc with which": a relative clause whose partner is its antecedent
PARTNER_WHICH = re.compile(r"(?:,|\b(?:bloc|group|grouping|union|community|region|market|area))\s*"
                           r"(?:with|to|from)\s+which\b")
ANTECEDENT_REACH = 120


# ", and to activate ...", ", while ...", "...; Brazil remains the top buyer": a clause of its own
CLAUSE_JOINED = re.compile(r",\s+(?:and|but|while|whereas)\s|;")


def _group_antecedent(article: Article, seg: Segment, local: list[Party]) -> bool:
    """"a gateway to the ASEAN market of 680 million people, with which Türkiye's trade exceeded $22 billion": the
    partner "which" stands for is the group named last before it, unless the relative clause names a partner of
    its own."""
    which = last(PARTNER_WHICH, article.low, seg.left, seg.start)
    if which is None or any(p.start > which.end() and p.role is not None and not p.reporter for p in local):
        return False
    before = article.countries_in(max(seg.sentence[0], which.start() - ANTECEDENT_REACH), which.start())
    return bool(before) and before[-1].iso3 == GROUP


def _group_is_the_partner(article: Article, seg: Segment, local: list[Party]) -> bool:
    """"India's trade with the Southern African Development Community, which exceeded $30 billion": a group that
    the clause's trade runs with, to or from is the figure's other side, when no country beside it is one."""
    sides = (PARTNER, BUYER, SELLER)
    groups = [m for m in article.countries_in(seg.left, seg.right) if m.iso3 == GROUP and not m.chained]
    return any(party(article, m).role in sides for m in groups) \
        and not any(p.role in sides and not p.reporter for p in local)


def _bare_adjective(article: Article, found: Party) -> bool:
    """A country's adjective with no role in the figure's trade ("the Russian invasion", "Chinese competition")."""
    mentions = article.countries_in(found.start, found.start + 1)
    return found.role is None and not found.reporter and bool(mentions) and mentions[0].demonym


def pair_home(article: Article, pair: tuple[str, str]) -> Optional[str]:
    """The side of a pair the article speaks from when nothing closer says: its hub, else the side it names
    first (official statistics report the home country's exports and imports)."""
    if article.hub in pair:
        return article.hub
    return next((m.iso3 for m in article.mentions if m.iso3 in pair), None)


def _reporter_of(found: list[Party], pair: Optional[tuple[str, str]]) -> Optional[str]:
    """Whose trade a figure is: the side whose own words make it so ("X's exports", "X exported"), else the side
    a partner is ranked for ("Japan was the top export destination of the Philippines")."""
    if pair is None:
        return None
    own = next((p.iso3 for p in found if p.reporter and p.iso3 in pair), None)
    if own is not None:
        return own
    ranked = next((p.iso3 for p in found if p.rank and p.iso3 in pair), None)
    return None if ranked is None else pair[1] if pair[0] == ranked else pair[0]


def _reporter(article: Article, place: Place, besides: str, prefer_hub: bool = False) -> Optional[str]:
    """Whose trade a figure about one named partner is: the side the text was reporting on (the last fact's
    reporter or the other side of its pair), else the article's hub, else (when the partner is the hub) the
    country the article names most besides it; never a union the partner belongs to, or a member of it."""
    found = _reporter_candidate(article, place, besides, prefer_hub)
    return None if found is not None and in_union(found, besides) else found


def _reporter_candidate(article: Article, place: Place, besides: str, prefer_hub: bool) -> Optional[str]:
    if prefer_hub and article.hub and article.hub != besides:
        return article.hub
    subject = _pronoun_owner(article, place, besides)
    if subject is not None:
        return subject
    last_fact = place.previous or place.last_fact
    if last_fact is not None and place.number - last_fact.sentence <= CONTEXT_SENTENCES:
        if article.hub_named and article.hub in last_fact.pair and article.hub != besides:
            return article.hub  # the side the text reports on, though its last fact was told from the other
        if last_fact.reporter and last_fact.reporter != besides:
            return last_fact.reporter
        if besides in last_fact.pair:
            return last_fact.pair[1] if last_fact.pair[0] == besides else last_fact.pair[0]
    if article.hub and article.hub != besides:
        return article.hub
    return _main_partner(article, besides, reporting=True)


OWNER_PRONOUN = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:exports|imports|sales|shipments|purchases|trade)\b")


def _pronoun_owner(article: Article, place: Place, besides: str) -> Optional[str]:
    """"Germany is particularly exposed. Its exports to the United States reached": the country a sentence with no
    figure opens with owns the flow "its" names in the next."""
    if place.number == 0 or not OWNER_PRONOUN.search(article.low, place.seg.left, place.seg.start):
        return None
    start, end = article.sentences[place.number - 1]
    opening = article.countries_in(start, end)[:1]
    if not opening or opening[0].iso3 in (GROUP, besides) or _has_figure(article, start, end) \
            or article.text[start:opening[0].start].strip(" \t\n\"'“‘"):
        return None
    return opening[0].iso3


def _one_named(article: Article, place: Place, found: list[Party], where: str, metric: str) -> Optional[Framed]:
    """One country named: a partner trades with the side the text reports on; a country named as the owner
    of the figure ("X's exports", "X imported") needs the text to refer back to a pair it is in. Two-way
    trade that an envoy speaks of is trade with the country of the posting ("The Russian envoy to Iran said
    trade turnover exceeded $4 billion")."""
    named = found[0]
    # a role read in another clause of the sentence ("Imports from China ..., while exports to ...") is that
    # clause's: it makes no owner of this figure's flow
    owner = next((p for p in found if p.reporter or where == "clause" and p.iso3 == article.hub
                  and _own_flow(p, metric)), None)
    parties_ = found if where == "clause" else []
    if owner is not None or named.iso3 == article.hub:
        previous = place.previous or (place.last_fact if place.recent and not place.last_fact.item else None)
        described = owner is not None and _partner_described(article, place.seg)
        since = previous.money.end if previous is not None else 0
        latest = _last_other_named(article, named.iso3, since, place.seg.left) if described else None
        if latest is not None and (previous is None or latest not in previous.pair):
            # "Exchanges with China also fell. Argentina exported goods worth $412 million to the Asian country":
            # the country named since the figure before, not that figure's partner
            return Framed(sorted_pair(named.iso3, latest), parties_, named.iso3, {"pair": "context"})
        partner = _sentence_partner(article, place, named.iso3) if place.previous is None else None
        if partner is not None and previous is not None and partner not in previous.pair \
                and _pair_anaphor(article, place.seg):
            # "Ukraine's trade with Türkiye is put at ..., and Kyiv expects ... to bring bilateral trade to": the
            # pair the sentence names, not the last fact's
            return Framed(sorted_pair(named.iso3, partner), parties_, named.iso3, {"pair": "sentence"})
        if previous is not None and named.iso3 in previous.pair and (place.previous is not None or
                                                                      _refers_back(article, place)):
            reporter = named.iso3 if owner else previous.reporter
            return Framed(previous.pair, parties_, reporter, {"pair": "context"})
        if (previous is None or described) and (anaphor(article, place.seg) or _pair_anaphor(article, place.seg)
                                                or described):
            # "the Embassy of Vietnam in Cambodia: two-way trade ..."; "Vietnam sold goods to the Caribbean nation";
            # "Ukraine's trade with Türkiye ..., and Kyiv expects ... to bring bilateral trade to": the sentence's partner
            other = _sentence_partner(article, place, named.iso3) or _main_partner(article, named.iso3)
            if other is not None:
                return Framed(sorted_pair(named.iso3, other), parties_, named.iso3, {"pair": "article"})
        if owner is not None and owner.verb and named.iso3 != article.hub and (article.reports_statistics
                                                                              or place.whole is not None
                                                                              or _hub_reported(article, place)):
            # a statistics release speaks from its country's side: "the United Kingdom bought goods worth ...";
            # so does a part of the hub's total just given ("imports totaled $30 billion; China supplied $6 billion"),
            # and a text just reporting the hub's own flows ("Bangladesh's shipments to the US fell to $7.7 billion.
            # Germany, the second largest market, bought goods worth $5.4 billion")
            return Framed(sorted_pair(named.iso3, article.hub), parties_, article.hub, {"pair": "article"})
        host = posting(article, *place.seg.sentence) if metric == "turnover" else None
        if host is not None and host != named.iso3:
            return Framed(sorted_pair(named.iso3, host), parties_, named.iso3, {"pair": "sentence"})
        if owner is None and not _names_partner(named) and place.previous is None:
            # "Turkey and Azerbaijan signed deals. The Turkish leader said trade had grown to nearly $7bn": the
            # speaker's country is one side of the pair the sentence before names
            before = _previous_sentence_pair(article, place)
            if before is not None and named.iso3 in before.pair:
                return before
            main = _main_pair(article) if metric == "turnover" and _speaker(article, named) else None
            if main is not None and named.iso3 in main:
                # "Chilean Undersecretary Ana Rojas said annual trade barely reached $7.1 billion": the speaker's
                # country and the partner the text is about
                return Framed(main, [], None, {"pair": "article"})
        if owner is not None or not _names_partner(named):
            return None
    other = _parallel_owner(place, named.iso3, metric) or _participle_side(article, place, named.iso3) \
        or _cited_office(article, place, named.iso3) or _home_word_antecedent(article, place, named.iso3) \
        or _reporter(article, place, named.iso3)
    main = _stated_main_pair(article, place) if _pair_anaphor(article, place.seg) else None
    if main is not None and named.iso3 in main and (other is None or sorted_pair(named.iso3, other) != main):
        # "India's commerce ministry put total bilateral trade at $7.9 billion" after a figure for China and
        # Ghana: "bilateral" is the pair the text is about, which the one country named is a side of
        return Framed(main, parties_, article.hub if article.hub in main else None, {"pair": "article"})
    if other is None:
        return None
    return Framed(sorted_pair(named.iso3, other), parties_, other, {"pair": where})


WITH_BEFORE = re.compile(r",?\s+with\s+(?:the\s+)?$")


def _sum_of_flows_before(article: Article, place: Place) -> bool:
    """"Exports to Greece rose to $3.96 billion, while imports came in at $1.93 billion, bringing the total trade
    volume to $5.89 billion": a total that adds up both flows of one pair given before it in its sentence."""
    flows = [d for d in place.drafts if d.sentence == place.number and d.metric in ("exports", "imports")]
    return len({d.metric for d in flows}) == 2 and len({d.pair for d in flows}) == 1 \
        and cue_patterns()["sum_lead"].search(article.low, flows[-1].money.end, place.seg.start) is not None


def _home_word_antecedent(article: Article, place: Place, besides: str) -> Optional[str]:
    """"China alone accounted for 12.6% of the import bill, and in December the country shipped $203 million worth of
    goods to Lebanon": "the country" that trades with the text's own side is not that side but the country named
    before it in its sentence."""
    if besides != article.hub:
        return None
    low, seg = article.low, place.seg
    word = next((m for kind in ("home_seller", "home_buyer")
                 for m in [anchored("roles.tsv", kind).search(low, seg.left, seg.start)]
                 if m is not None and m.group(0).startswith("the")), None)
    if word is None:
        return None
    before = [m.iso3 for m in article.countries_in(seg.sentence[0], word.start()) if m.iso3 not in (besides, GROUP)]
    return before[-1] if before else None


def _cited_office(article: Article, place: Place, besides: str) -> Optional[str]:
    """"ZimStat figures show imports from Mozambique of US$312 million": the country of a statistics office the
    figure's sentence cites is the side whose trade it counts, whatever country the text is mostly about."""
    start, end = place.seg.sentence
    return next((iso3 for at, iso3 in article.offices if start <= at < end and iso3 != besides), None)


def _participle_side(article: Article, place: Place, besides: str) -> Optional[str]:
    """"Trade with the United States reached $13.5 billion, with Argentina selling $6.4 billion": the country whose
    part of the figure a participle after it gives is the figure's other side."""
    for mention in article.countries_in(place.seg.end, place.seg.sentence[1]):
        own = party(article, mention)
        if mention.iso3 not in (besides, GROUP) and own.verb and own.role in (SELLER, BUYER) \
                and WITH_BEFORE.search(article.low, max(0, mention.start - 12), mention.start):
            return mention.iso3
    return None


def _hub_reported(article: Article, place: Place) -> bool:
    """The fact just before, in this sentence or the last, is the flow of the country the text names as its side."""
    last_fact = place.previous or (place.last_fact if place.recent else None)
    return article.hub_named and last_fact is not None and last_fact.reporter == article.hub \
        and last_fact.metric in ("exports", "imports")


def _parallel_owner(place: Place, besides: str, metric: str) -> Optional[str]:
    """"U.S. imports from Mexico rose to $475.6 billion, while imports from China fell to $427.2 billion": the owner
    of the same flow its own clause named before, in the same sentence."""
    previous = place.previous
    if previous is None or previous.metric != metric or previous.slots.get("pair") != "clause":
        return None
    return previous.reporter if previous.reporter not in (None, besides) else None


def _sentence_partner(article: Article, place: Place, iso3: str) -> Optional[str]:
    """The one other country named before the figure's clause in its sentence, as a partner of `iso3`'s trade."""
    before = {m.iso3 for m in article.countries_in(place.seg.sentence[0], place.seg.left)
              if m.iso3 not in (iso3, GROUP) and party(article, m).role == PARTNER}
    return before.pop() if len(before) == 1 else None


def _own_flow(named: Party, metric: str) -> bool:
    """"exports from Kazakhstan", "imports into Kenya": the flow is the named country's own."""
    return metric == "exports" and named.role == SELLER or metric == "imports" and named.role == BUYER


def _speaker(article: Article, named: Party) -> bool:
    """"Chilean Undersecretary Claudia Sanhueza", "Kenya's trade minister": a country named as a speaker's."""
    mention = next(iter(article.countries_in(named.start, named.start + 1)), None)
    return mention is not None and named.role is None and speaker_patterns()[0].match(article.low, mention.end) is not None


def _names_partner(named: Party) -> bool:
    """"trade with X", "exports to X", "imports from X": the name stands as someone's partner."""
    return named.role is not None and not named.reporter


def _main_partner(article: Article, iso3: str, reporting: bool = False) -> Optional[str]:
    """The country named most besides `iso3`; when it is to be whose trade a partner's figure is (`reporting`),
    not one the text names only as a partner (another item of the same ranking)."""
    for other, _ in article.counts.most_common():
        if other != iso3 and not in_union(other, iso3) and not (reporting and other in article.partners_only):
            return other
    return None


def _from_context(article: Article, place: Place, metric: str, target: bool) -> Optional[Framed]:
    """No country named in the clause or the sentence: the figure continues the pair the text was talking
    about: the figure before it in its sentence, the pair the sentence before it names (in its paragraph,
    without figures of its own: "Imports from India also grew. ... they reached $671m"), the last fact
    when the text refers back to it, else the article's main pair when it speaks of "the two countries"."""
    previous, last_fact = place.previous, place.last_fact
    if place.after_rejected:
        return None  # "the country's exports stood at $20.6 billion and imports at $36.1 billion": both its own
    if previous is not None:
        return Framed(previous.pair, [], previous.reporter, {"pair": "context"})
    before = _previous_sentence_pair(article, place)
    if before is not None:
        return before
    if last_fact is not None and (anaphor(article, place.seg) or not last_fact.item and
                                  (place.recent or _aside_between(article, place))
                                  or (target or place.recent) and _pair_anaphor(article, place.seg)):
        # a goal for "two-way trade" is one for the pair the text reported on, however far back; a level right
        # after the pair's two flows ("exports ..., while imports ... . Two-way trade stood at") is theirs
        # after a ranking, a figure naming no country (nor "the two sides") is the hub's own ("Imports amounted
        # to $28 billion")
        main = _stated_main_pair(article, place) if _pair_anaphor(article, place.seg) else None
        # "Vietnam-Laos trade hit $1.65 billion. Both sides agreed to bring two-way trade to $2 billion": the sides
        # both just named, right before, are the ones the sentence speaks of (not after "Trade with China exceeded
        # $2.1 billion", which names one)
        just_named = place.recent and not last_fact.item and SIDES_OPEN.match(article.low, place.seg.sentence[0]) \
            and _names_both(article, last_fact)
        if main is not None and main != last_fact.pair and not just_named:
            # "bilateral trade" after another partner's figures or a ranking: the pair the text is about
            return Framed(main, [], article.hub if article.hub in main else None, {"pair": "article"})
        return Framed(last_fact.pair, [], last_fact.reporter, {"pair": "context"})
    if (target or has(cue_patterns()["pair_anaphor"], article.low[place.seg.left:place.seg.start])) \
            and metric == "turnover" and _no_other_side_since(article, place):
        # "Lula said after the meeting. The president said the goal is to reach $20 billion in annual trade": a
        # goal for trade with no country named since the last fact is its pair's, and so is "two-way trade
        # reached" a few sentences after it (not "Laredo handled $31 billion of two-way trade": a port's)
        return Framed(last_fact.pair, [], last_fact.reporter, {"pair": "context"})
    if last_fact is None and anaphor(article, place.seg):
        pair = _main_pair(article)
        return Framed(pair, [], article.hub if article.hub in pair else None, {"pair": "article"}) if pair else None
    if article.interview and metric == "turnover" and _no_other_side_since(article, place, reach=None):
        # "And this year? In the first four months trade amounted to 503 million euros": what the speaker answers,
        # with no country named since the pair's last figure, is that pair's trade, however many answers back
        pair = _main_pair(article)
        if pair is not None and last_fact is not None and last_fact.pair == pair:
            return Framed(pair, [], None, {"pair": "article"})
    return _speakers_pair(article, place) if metric == "turnover" else None


GOAL_CONTEXT_SENTENCES = 6


def _names_both(article: Article, fact: Draft) -> bool:
    """Whether the sentence of a fact names both countries of its pair."""
    named = {m.iso3 for m in article.countries_in(*article.sentences[fact.sentence])}
    return set(fact.pair) <= named


SIDES_OPEN = re.compile(r"\s*(?:both\s+sides|the\s+two\s+sides|both\s+countries|the\s+two\s+countries|they)\b")


def _no_other_side_since(article: Article, place: Place, reach: Optional[int] = GOAL_CONTEXT_SENTENCES) -> bool:
    """The last fact is a few sentences back (`reach`, None for any number) and every country named since is one of
    its pair."""
    last_fact = place.last_fact
    if last_fact is None or reach is not None and place.number - last_fact.sentence > reach:
        return False
    start = article.sentences[last_fact.sentence][0]
    return all(m.iso3 == GROUP or m.iso3 in last_fact.pair for m in article.countries_in(start, place.seg.start))


def _aside_between(article: Article, place: Place) -> bool:
    """One sentence naming no country and no trade stands between the last fact and the figure ("Exports were
    $2.5 billion. This compares with $2.1 billion a year earlier. Imports totalled $6.8 billion"): the text has
    not left the pair (a sentence on "total exports" has: to the country's trade with the world)."""
    last_fact = place.last_fact
    if last_fact is None or place.number - last_fact.sentence != 2:
        return False
    start, end = article.sentences[place.number - 1]
    # a region or a part of a country ("Land ports in West Bengal handle the cargo") is no other side
    countries = [m for m in article.countries_in(start, end) if m.iso3 != GROUP]
    if countries:
        return False
    if QUOTE_OPENS.match(article.text, start) and not article.has_figure(start, end):
        return True  # a speaker's words with no figure and no country ("'We import finished goods,' he said.", an
        # interviewer's question)
    return article.same_paragraph(last_fact.sentence, place.number) and metric_in(article.low, start, end) is None


# a speaker's words: a quotation, or a turn of an interview ("– What are the results this year?", "Q: And exports?")
QUOTE_OPENS = re.compile(r"\s*(?:[\"“”‘']|[–—-]\s|Q\s*:)")


def _heads_list(article: Article, number: int) -> bool:
    start, end = article.sentences[number]
    return article.text[start:end].rstrip().endswith(":")


def _previous_sentence_pair(article: Article, place: Place) -> Optional[Framed]:
    """The pair named by the sentence before, when it states no figure and is in the same paragraph, or names a
    trade (a paragraph may open with the figures of the trade the one before ended on)."""
    number = place.number - 1
    # sentences between that name no country and no figure ("The sides discussed transport and energy.") are
    # passed over
    # (nor does a list's head line: "India is Nepal's largest partner. Bilateral trade has been as follows:\n2021: ...")
    while number > 0 and place.number - number < LOOK_BACK_SENTENCES \
            and (article.same_paragraph(number, place.number) or _heads_list(article, number)) \
            and not _names_country_or_figure(article, *article.sentences[number]):
        number -= 1
    if number < 0:
        return None
    start, end = article.sentences[number]
    if not (article.same_paragraph(number, place.number) or _label_under_title(article, place)
            or metric_in(article.low, start, end) is not None or _heads_list(article, number + 1)):
        return None  # a paragraph may open with the figures of the trade the one before ended on
    balance = _has_figure(article, start, end)
    if place.last_fact is not None and place.last_fact.sentence == number \
            or balance and not _balance_only(article, start, end):
        return None
    found, group = parties(article, start, end)
    isos = list(dict.fromkeys(p.iso3 for p in found))
    if not isos or group and (len(isos) < 2 or _group_is_a_side(article, start, end)):
        return None  # "Russia is Vietnam's largest partner in Europe" still names the pair
    if len(isos) > 2 and place.last_fact is not None:
        return None  # "Georgia ranked sixth among Azerbaijan's partners, behind Italy, Turkey and China": no pair
    if len(isos) >= 2 and _partners_of_one_side(found):
        return None  # "Exports to Vietnam rose 16%, and those to the EU fell 8%": partners of the hub, no pair
    if len(isos) >= 2:
        pair = pick_two(article.low, found)
        return Framed(pair, [], _reporter_of(found, pair), {"pair": "context"}) if pair else None
    if found[0].role is None and metric_in(article.low, start, end) is None:
        # "Trade between China and Chile grew sevenfold. The deal was praised by Chilean officials. In 2005, annual
        # trade reached $7.1 billion": a side of the pair named just before, in a sentence about something else
        earlier = _figureless_pair(article, number - 1) if place.number - number < LOOK_BACK_SENTENCES else None
        if earlier is not None and isos[0] in earlier.pair and article.same_paragraph(number - 1, place.number):
            return earlier
    other = _reporter(article, place, isos[0]) if _names_partner(found[0]) else None
    if other is None:
        return None
    return Framed(sorted_pair(isos[0], other), [], other, {"pair": "context"})


def _partners_of_one_side(found: list[Party]) -> bool:
    """Every country named buys (or every one sells) in someone else's trade ("exports to A ..., and those to B"):
    they are items of that trade, never a pair of their own ("trade between A and B" names one)."""
    roles = {p.role for p in found}
    return roles in ({BUYER}, {SELLER}) and not any(p.reporter for p in found)


def _speakers_pair(article: Article, place: Place) -> Optional[Framed]:
    """"... said Chilean Undersecretary Claudia Sanhueza. She recalled that annual trade barely reached $7.1
    billion": the speaker's country, named just before, and the partner the text is about."""
    if place.number == 0:
        return None
    start, end = article.sentences[place.number - 1]
    found, group = parties(article, start, end)
    if group or len({p.iso3 for p in found}) != 1 or _has_figure(article, start, end) \
            or not _speaker(article, found[0]):
        return None
    main = _main_pair(article)
    return Framed(main, [], None, {"pair": "article"}) if main is not None and found[0].iso3 in main else None


def _figureless_pair(article: Article, number: int) -> Optional[Framed]:
    """The pair a sentence with no figure names with a trade phrase ("Trade between China and Chile grew")."""
    if number < 0:
        return None
    start, end = article.sentences[number]
    if _has_figure(article, start, end) or metric_in(article.low, start, end) is None:
        return None
    found, group = parties(article, start, end)
    pair = pick_two(article.low, found) if not group and len({p.iso3 for p in found}) == 2 else None
    return Framed(pair, [], _reporter_of(found, pair), {"pair": "context"}) if pair else None


def _names_country_or_figure(article: Article, start: int, end: int) -> bool:
    return bool(article.countries_in(start, end)) or _has_figure(article, start, end)


def _label_under_title(article: Article, place: Place) -> bool:
    """A labelled line of key figures right under a title line ("Uzbekistan-Russia trade in 2022:" /
    "• Turnover: $9.3 billion"): the title names the pair, across the line break."""
    start, end = article.sentences[place.number]
    label = LABEL_LINE.match(article.text, start, place.seg.start + 1)
    if label is None or label.end() != place.seg.start:
        return False
    title_start, title_end = article.sentences[place.number - 1]
    title = article.text[title_start:title_end].rstrip()
    return len(title) <= TITLE_MAX and (title.endswith(":") or title[-1:].isalnum() or title.endswith(")"))


def _balance_only(article: Article, start: int, end: int) -> bool:
    """A sentence whose figures are a balance ("The U.S. deficit with China decreased $3.6 billion to $27.9 billion
    in January."): it names the pair the flows after it belong to ("Exports were $11.9 billion")."""
    return has(cue_patterns()["hard_block"], article.low[start:end])


def _has_figure(article: Article, start: int, end: int) -> bool:
    return any(ch.isdigit() for ch in article.text[start:end]) and bool(find_money(article.text[start:end]))


def _stated_main_pair(article: Article, place: Place) -> Optional[tuple[str, str]]:
    """The article's main pair, when a figure of it was already given in its own words."""
    pair = _main_pair(article)
    stated = any(d.pair == pair and not d.item and d.slots.get("pair") == "clause" for d in place.drafts)
    return pair if stated else None


def _main_pair(article: Article) -> Optional[tuple[str, str]]:
    if article.hub is None:
        return None
    other = _main_partner(article, article.hub)
    return sorted_pair(article.hub, other) if other else None

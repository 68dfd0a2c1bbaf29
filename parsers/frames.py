"""Between whom a figure is, and who sells: the frame of a trade figure.

A figure's frame has a reporter (whose trade it is), a partner, and for one-way flows a seller. Each slot is
filled from the nearest place that says it: the figure's own clause first (possessives, "to / from / with /
between", the subject of exported / imported / sold / bought), then the list it stands in (lists.py), then
its sentence, then what the text was talking about (the last pair), then the article's hub (the country
whose statistics it reports). A country's role is read from the words around its name (data/roles.tsv).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

from parsers.context import Article, is_dateline
from parsers.gazetteer import GROUP, Mention
from parsers.lexicon import anchored, cue_patterns, metric_lookup
from parsers.tables import read_tsv

SELLER, BUYER, PARTNER, HOLDER = "seller", "buyer", "partner", "holder"
POSTING = "posting"  # a diplomat's or mission's host country ("Ambassador to X")
ROLE_REACH = 70  # characters around a name that its role phrase may span
COMPARISON_REACH = 30
BETWEEN = re.compile(r"between\s+(?:the\s+)?$")
AND_BEFORE = re.compile(r"\s(?:and|&)\s+(?:the\s+)?$")
# between a figure and the adjective of its goods' origin, or the owner of the trade it is a share of
OF_FIGURE = re.compile(r"\)?,?\s*(?:worth\s+)?of\s+(?:the\s+)?")
# "in U.S. goods", "of US products": a name used as an adjective of goods (not "sold Guatemala goods worth")
MADE_IN_BEFORE = re.compile(r"\b(?:in|of)\s+$")
IN_FIGURE = re.compile(r"\s*in\s+")  # "bought $40 billion in Brazilian goods": goods of that origin
VALUE_LABEL = re.compile(r"[ \t]*:[ \t]*")  # "US$32.4bn: Chilean exports to China": the words after describe it
PREPOSITION_GAP = re.compile(r"\s*(?:to|from|with|into)\s+(?:the\s+)?")
PREPOSITION_END = re.compile(r"\b(?:to|from|with|into)\s+(?:the\s+)?$")
TWO_BEFORE = re.compile(r"\b(?:the\s+two|both|between\s+the)\s+(?:fellow\s+)?$")  # "between the EAC partners"
MEMBERS_AFTER = re.compile(r"\s+(?:member\s+)?(?:members|partners|countries|nations|states|economies|neighbou?rs)\b")
# "with Pakistan's exports amounting to $391 million": the possessive's flow, not a partner of "with"
WITH_FLOW_PARTICIPLE = re.compile(r"['’]s?\s+(?:[\w-]+\s+)?(?:exports?|imports?|sales|shipments|purchases)\s+"
                                  r"(?:amounting|totall?ing|reaching|standing|worth|valued|at)\b")
# "ahead of the UAE at Sh 389 billion" (but "after Italy and China, with $5.6 billion" is the subject's figure)
OWN_FIGURE_AFTER = re.compile(r"\s+(?:at|on)\s+(?:about\s+|around\s+|some\s+|over\s+|nearly\s+)?[^\s\d]{0,4}\s?\d"
                              r"|\s*\(\s*[^\s\d()]{0,4}\s?\d")  # "ahead of Norway (SEK 199.1 billion)"
# "at the APEC summit": a group named as where something happens
GROUP_EVENT_AFTER = re.compile(r"\s+(?:(?:leaders['’]?|heads\s+of\s+state|foreign\s+ministers['’]?|ministerial|"
                               r"business)\s+)?"
                               r"(?:summits?|meetings?|forums?|ministerials?|sessions?|conferences?|secretariat|"
                               r"chairmanship|presidency|sidelines)\b")
# "Argentina, the third partner,", "China, Brazil's largest buyer,": a noun phrase set off by commas after a name
# "Argentina, the third partner, bought"; "The UAE, which takes most of the gold output, was the top destination"
APPOSITION = re.compile(r",\s+(?:(?:by\s+far|now|still|also|long|once|again)\s+)?"
                        r"(?:(?:the|its|a|an|their|our)\s+|[\w-]+['’]s\s+|(?:which|who)\s+)[^,.;()\d]{1,60}?,"
                        # "Germany, with $5.3 billion, was the third supplier": the name's figure before its role
                        r"|,\s+(?:with|at)\s+[^,;()\d]{0,12}\d[^;()]{0,25}?,(?=\s)")
JOINED = re.compile(r"\s*(?:,\s*)?(?:and|&|or)\s+(?:the\s+)?")  # "China and the US"
HYPHENATED = re.compile(r"[^\s,;]+[-–—/][^\s]*")  # "Turkish-Kazakh", "China-Russia"
# Roles read after a name make it the reporter of the figure (its own trade); roles read before it make
# it a partner of someone else's trade.
REPORTER_ROLES = frozenset({"seller_after", "buyer_after", "holder_after", "origin_after"})


@dataclass(frozen=True)
class Party:
    """A country named in a figure's frame, with the role its words give it."""

    iso3: str
    start: int
    role: Optional[str] = None  # seller, buyer, partner, holder
    reporter: bool = False  # the role was read after the name ("X's exports", "X exported")
    weak: bool = False  # "Chinese imports": goods of that origin unless another seller is named
    verb: bool = False  # the name is the subject of a trade verb ("X bought goods worth"), not a possessive
    rank: bool = False  # ranked as a partner of someone else's trade ("X remained the largest buyer")
    place: bool = False  # named as a place of a visit or a posting, not as a side ("a visit to X", "Ambassador to X")


def sorted_pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


@lru_cache(maxsize=None)
def _role_patterns() -> list[tuple[str, re.Pattern[str]]]:
    kinds = ["buyer_before", "seller_before", "partner_before", "seller_after", "buyer_after", "seller_rank_after",
             "buyer_rank_after", "partner_rank_after", "holder_after"]
    return [(kind, anchored("roles.tsv", kind)) for kind in kinds]


def party(article: Article, mention: Mention) -> Party:
    """The role a country's own words give it in the text (read once per mention)."""
    found = article.parties.get(mention.start)
    if found is None:
        found = article.parties[mention.start] = _read_party(article, mention)
    return found


# "India's trade", "China's soybean imports": a possessive right before its own trade (not "Uganda's Ministry of Trade")
OWN_TRADE_AFTER = re.compile(r"['’]s?\s+(?:(?!of\b|ministry\b|minister\b|department\b|office\b)[\w-]+\s+){0,2}?"
                             r"(?:trade|turnover|exports?|imports?|sales|purchases|shipments)\b")
SHORT_NAME_AFTER = re.compile(r"\s*\([a-z.]{2,8}\)")  # "(PRC)", "(UAE)", "(U.S.)" after a country's name


SHARE_OF_BEFORE = re.compile(r"(?:%|\bpercent|\bper\s+cent|\bshare|\bproportion)\s+of\s+(?:the\s+)?(?:total\s+)?$")


def _read_party(article: Article, mention: Mention) -> Party:
    low = article.low
    if anchored("roles.tsv", "none_before").search(low, max(0, mention.start - ROLE_REACH), mention.start) \
            or anchored("roles.tsv", "none_after").match(low, mention.end, min(len(low), mention.end + ROLE_REACH)) \
            or _joined_to_place(article, mention):
        return Party(mention.iso3, mention.start, place=True)
    if anchored("roles.tsv", "posting_before").search(low, max(0, mention.start - ROLE_REACH), mention.start):
        return Party(mention.iso3, mention.start, POSTING, place=True)
    after_start, after_end = mention.end, min(len(low), mention.end + ROLE_REACH)
    before_start = max(0, mention.start - ROLE_REACH)
    if mention.demonym and anchored("roles.tsv", "origin_after").match(low, after_start, after_end) \
            or not mention.demonym and MADE_IN_BEFORE.search(low, before_start, mention.start) \
            and anchored("roles.tsv", "made_in_after").match(low, after_start, after_end):
        imports = re.match(r"\s+(?:[\w-]+\s+)?imports\b", low[after_start:after_end]) is not None
        if imports and (anchored("roles.tsv", "buyer_before").search(low, before_start, mention.start)
                        or SHARE_OF_BEFORE.search(low, before_start, mention.start)):
            # "the top source of Saudi imports", "16.8% of Ukrainian imports": the country that buys them
            return Party(mention.iso3, mention.start, BUYER, reporter=True)
        return Party(mention.iso3, mention.start, SELLER, reporter=True, weak=imports)
    if mention.demonym and anchored("roles.tsv", "buying_after").match(low, after_start, after_end):
        return Party(mention.iso3, mention.start, BUYER, reporter=True)

    named = not mention.demonym
    if not named:  # "the Russian side supplied": read on after the words that make the adjective a name
        standing = anchored("roles.tsv", "name_after").match(low, after_start, after_end)
        named, after_start = (True, standing.end()) if standing else (False, after_start)
    # "Argentina, the third partner, bought": the words after an apposition are the name's too
    apposition = APPOSITION.match(low, after_start, after_end) if named else None
    # "The People's Republic of China (PRC) was the country's top partner": so are those after its short name
    short = SHORT_NAME_AFTER.match(low, after_start, after_end) if named else None
    after_starts = (after_start, *(found.end() for found in (apposition, short) if found is not None))

    def holds(kind: str, pattern: re.Pattern[str]) -> bool:
        if kind.endswith("_after"):
            return named and any(pattern.match(low, start, after_end) for start in after_starts)
        return pattern.search(low, before_start, mention.start) is not None

    kind = next((kind for kind, pattern in _role_patterns() if holds(kind, pattern)), None)
    if kind is None:
        return Party(mention.iso3, mention.start)
    if kind == "partner_before" and (low[mention.end:mention.end + 1] not in "'’"
                                     or WITH_FLOW_PARTICIPLE.match(low, mention.end, after_end)):
        # "with China buying $2 billion", "with Pakistan's exports amounting to $391 million": the words after
        # the name say more than "with"
        verbs = (k for k, pattern in _role_patterns() if k in ("seller_after", "buyer_after") and holds(k, pattern))
        kind = next(verbs, kind)
    elif kind == "seller_before" and OWN_TRADE_AFTER.match(low, mention.end, after_end):
        # "to benefit from India's trade with SADC", "revenue from China's imports": the possessive's own words say
        # whose trade it is, not the "from" before it
        owned = (k for k, pattern in _role_patterns() if k in ("seller_after", "buyer_after", "holder_after")
                 and holds(k, pattern))
        kind = next(owned, kind)
    return Party(mention.iso3, mention.start, kind.split("_")[0], reporter=kind in REPORTER_ROLES,
                 verb=kind in REPORTER_ROLES and low[mention.end:mention.end + 1] not in "'’",
                 rank="_rank_" in kind)


def posting(article: Article, start: int, end: int) -> Optional[str]:
    """The country a diplomat or mission named in [start, end) is posted to ("the Russian envoy to Iran")."""
    return next((m.iso3 for m in article.countries_in(start, end) if party(article, m).role == POSTING), None)


def _describes_the_pair(text: str, group: Mention) -> bool:
    """"the two Pacific Alliance members", "both EAEU countries", "trade between the EAC partners": a group that only
    says what the pair are; "at the APEC summit": a group that only names where something happens; "its second
    partner in Asia": where a ranking is counted."""
    return TWO_BEFORE.search(text, max(0, group.start - 12), group.start) is not None and \
        MEMBERS_AFTER.match(text, group.end) is not None or GROUP_EVENT_AFTER.match(text, group.end) is not None \
        or MEMBERSHIP_BEFORE.search(text, max(0, group.start - 30), group.start) is not None \
        or RANKING_SCOPE_BEFORE.search(text, max(0, group.start - 30), group.start) is not None


# "the second trading partner in Asia", "its largest market in the region": the region a ranking is counted in
# (but "Exporters in the province of North Brabant shipped": traders there, no ranking)
RANKING_SCOPE_BEFORE = re.compile(r"\b(?:(?:partner|market|destination)s?|(?:largest|biggest|main|top|leading|major|"
                                  r"key|principal|first|second|third|fourth|fifth|[a-z]+est|number\s+one)\s+"
                                  r"(?:[\w-]+\s+){0,2}?(?:supplier|buyer|exporter|importer|investor)s?)\s+"
                                  r"(?:in|within|among|across)\s+(?:the\s+|all\s+(?:of\s+)?)?$")
# a group a country joins or leaves is its membership, not a side: "the year Croatia left CEFTA", "since joining the
# EAEU", "its accession to the WTO"
MEMBERSHIP_BEFORE = re.compile(r"\b(?:join(?:s|ed|ing)?|left|leav(?:es|ing)|exit(?:s|ed|ing)?|accession\s+to|"
                               r"admission\s+to|membership\s+(?:of|in))\s+(?:the\s+)?$")


def _joined_to_place(article: Article, mention: Mention) -> bool:
    """"visits to China and Japan", "mainly to China and the US": a name joined to a place's name is one too."""
    before = article.countries_in(max(0, mention.start - ROLE_REACH), mention.start)
    return bool(before) and JOINED.fullmatch(article.low, before[-1].end, mention.start) is not None \
        and party(article, before[-1]).place


def parties(article: Article, start: int, end: int, skip: frozenset[int] = frozenset(),
            figure_end: Optional[int] = None) -> tuple[list[Party], bool]:
    """The countries that can be a side of a figure in [start, end), and whether a region or group takes part
    there (named with a role: "trade with Central Asia"; or named without one: "Central Asian countries").

    Left out: corridor links, rivals in a ranking, countries named as places of a visit ("Ambassador to
    X"), those at an offset in `skip` (other figures' items), and, after the figure (`figure_end`), those
    not joined to it by a preposition before any comma ("$5 billion to Latvia in 2022" is the figure's;
    "$5 billion, as the EU surpassed it" and "$5 billion, statistics show, with Russia first" are not)."""
    mentions = article.countries_in(start, end)
    rivals = _rivals(article.low, mentions, start) | _rivals(article.low, mentions, start, "outranked",
                                                             article.money_starts)
    members = _group_members(article.low, mentions)
    found: list[Party] = []
    has_group = False
    for m in mentions:
        if m.chained or m.start in skip or is_dateline(article.text, m) or m.start in members:
            continue
        named = party(article, m)
        if m in rivals and not named.verb:
            continue  # a rival is out, unless it does the trading ("after the US, which bought $45 billion")
        if named.place:
            continue
        if figure_end is not None and m.start >= figure_end and (named.role is None or named.reporter
                                                                 or _comma_between(article.low, figure_end, m.start)) \
                and not ((m.demonym or named.reporter and not named.verb)
                         and OF_FIGURE.fullmatch(article.low, figure_end, m.start)) \
                and not (named.role == SELLER and not named.verb
                         and IN_FIGURE.fullmatch(article.low, figure_end, m.start)) \
                and not VALUE_LABEL.fullmatch(article.low, figure_end, m.start):
            # "$1.2 billion worth of Kazakh goods" ("in Kazakh goods") names the figure's seller, "$8 billion of
            # Uzbekistan's trade" whose trade it is a share of, and "US$32.4bn: Chilean exports to China" labels
            # the figure
            continue
        if m.iso3 == GROUP:
            has_group = has_group or not _describes_the_pair(article.low, m)
            continue
        found.append(named)
    return _without_unions_of_members(found), has_group


BRACKETED_ASIDE = re.compile(r"\([^()]*\)")


def _comma_between(text: str, start: int, end: int) -> bool:
    """A comma between a figure and a name after it, but for one inside a bracket ("$13.69 billion (about Tk
    1,17,700 crore) from India": the bracket restates the figure and the name is still its)."""
    return "," in BRACKETED_ASIDE.sub("", text[start:end])


# a group spelled out by its members: "the EFTA countries of Iceland, Norway and Switzerland", "GCC states (Oman, ...)"
MEMBERS_OPEN = re.compile(r"(?:\s+(?:countries|members|member\s+states|states|nations|partners))?\s*"
                          r"(?:of|:|\(|—|–|--|-(?=\s)|such\s+as|"
                          r"including|namely)\s*(?:the\s+)?")
MEMBERS_NEXT = re.compile(r"\s*,?\s*(?:and\s+)?(?:the\s+)?")


def _group_members(text: str, mentions: list[Mention]) -> frozenset[int]:
    """Where the countries named as a group's members stand (they are the group, no side of their own)."""
    members: list[int] = []
    for i, group in enumerate(mentions):
        if group.iso3 != GROUP:
            continue
        end, gap = group.end, MEMBERS_OPEN
        for m in mentions[i + 1:]:
            if m.iso3 == GROUP or not gap.fullmatch(text, end, m.start):
                break
            members.append(m.start)
            end, gap = m.end, MEMBERS_NEXT
    return frozenset(members)


@lru_cache(maxsize=None)
def _members() -> dict[str, frozenset[str]]:
    return {row["union"]: frozenset(row["members"].split("|")) for row in read_tsv("unions.tsv")}


def in_union(a: str, b: str) -> bool:
    """Whether one of the two is a union the other belongs to (data/unions.tsv): never a pair."""
    members = _members()
    return b in members.get(a, ()) or a in members.get(b, ())


def _without_unions_of_members(found: list[Party]) -> list[Party]:
    """"Italy was the top EU partner": a union named beside one of its members describes it (data/unions.tsv)."""
    named = {p.iso3 for p in found}
    unions = {union for union, members in _members().items() if union in named and named & members}
    return [p for p in found if p.iso3 not in unions] if unions else found


def rival_starts(article: Article, start: int, end: int) -> frozenset[int]:
    """Where the countries named in [start, end) as ranked above or below the subject stand ("third-largest
    market after Italy and China", "ahead of Russia"): no item of a list either, though a figure follows them
    (the items after "followed by" or "including" are a list's)."""
    return frozenset(m.start for m in _rivals(article.low, article.countries_in(start, end), start, "outranked",
                                              article.money_starts))


def _rivals(text: str, mentions: list[Mention], start: int, kind: str = "comparison",
            figures: Sequence[int] = ()) -> set[Mention]:
    """"by surpassing Canada and China": countries named right after a comparison cue (not "surpassed by X")."""
    rivals: set[Mention] = set()
    if not mentions:
        return rivals
    single = cue_patterns()["comparison_single"] if kind == "comparison" else None
    for cue in single.finditer(text, start, mentions[-1].end) if single else ():
        first = next((m for m in mentions if m.start >= cue.end()), None)
        if first is not None and first.start - cue.end() <= COMPARISON_REACH and \
                not any(ch.isdigit() for ch in text[cue.end():first.start]):
            rivals.add(first)  # "Unlike Chile, Peru ...": the comma ends the comparison
    comparison = cue_patterns()[kind]
    for cue in comparison.finditer(text, start, mentions[-1].end):
        if re.match(r"\s+by\b", text[cue.end():cue.end() + 4]):
            continue
        chain_end, closed = cue.end(), False
        for m in mentions:
            if m.start < cue.end():
                continue
            gap = text[chain_end:m.start]
            # a figure between the cue and the name makes the name that figure's partner ("including $3 billion
            # from China"), not a rival; so does a preposition ("including to China by 20%") or a trade phrase
            # ending in one ("second only to bilateral trade with China")
            if PREPOSITION_GAP.fullmatch(gap) or PREPOSITION_END.search(gap) and metric_lookup()[0].search(gap):
                break
            if OWN_FIGURE_AFTER.match(text, m.end) and (not figures or any(start <= f < cue.start() for f in figures)):
                # "with $5 billion, ahead of the UAE at $3 billion": a name with its own figure after the subject's is
                # one more item ("India was the second largest supplier after China at $3.2 billion" is India's)
                break
            # the reach counts from the rival before: a long list of rivals is one chain
            if m.start - chain_end <= COMPARISON_REACH and not any(ch.isdigit() for ch in gap) and (
                    chain_end == cue.end() or not closed and re.fullmatch(r",?\s*(?:and\s+)?(?:the\s+)?", gap)):
                rivals.add(m)
                chain_end = m.end
                closed = chain_end != cue.end() and "and" in gap  # "behind the US and China, Japan ...": the
                # list of rivals ends at its "and"
            else:
                break
    return rivals


def pick_two(text: str, found: list[Party]) -> Optional[tuple[str, str]]:
    """Among several countries: a pair joined by "between A and B" or "A-B", else the two that the clause
    gives roles (whose trade it is and the partner after it first), else the one partner it gives a role and the
    country named nearest before it, else the first two named."""
    for a, b in zip(found, found[1:]):
        if a.iso3 != b.iso3 and (BETWEEN.search(text, max(0, a.start - 14), a.start)
                                 and AND_BEFORE.search(text, max(a.start, b.start - 12), b.start)
                                 or HYPHENATED.fullmatch(text, a.start, b.start)):
            return sorted_pair(a.iso3, b.iso3)
    subject = _verb_pair(found)
    if subject is not None:
        return subject
    owned = _owner_pair(found)
    if owned is not None:
        return owned
    with_roles = list(dict.fromkeys(p.iso3 for p in found if p.role))
    distinct = list(dict.fromkeys(p.iso3 for p in found))
    if len(with_roles) >= 2:
        if _co_partners(found, with_roles[0], with_roles[1]):
            return None  # "exports to France (+4.3%), Italy (+2.1%)": two buyers of one flow are never a pair
        return sorted_pair(with_roles[0], with_roles[1])
    if len(with_roles) == 1 and len(distinct) >= 2:
        # one partner named with a role ("exports to Argentina"): its other side is the country named nearest
        # before it ("Following talks with his Chinese counterpart, the Brazilian minister said exports to ...")
        partner = next(p for p in found if p.role)
        before = [p for p in found if p.start < partner.start and p.iso3 != partner.iso3]
        if before:
            return sorted_pair(before[-1].iso3, partner.iso3)
    if len(distinct) >= 2:
        return sorted_pair(distinct[0], distinct[1])
    return None


def _co_partners(found: list[Party], a: str, b: str) -> bool:
    """Whether both countries are named only as partners of one role (both buy, or both sell), never as whose
    trade it is."""
    roles = {iso: {(p.role, p.reporter) for p in found if p.iso3 == iso and p.role} for iso in (a, b)}
    return len(roles[a] | roles[b]) == 1 and next(iter(roles[a])) in ((SELLER, False), (BUYER, False))


def _owner_pair(found: list[Party]) -> Optional[tuple[str, str]]:
    """Whose trade the clause names and the first partner named after it ("While trade with Germany fell,
    Poland's exports to Ukraine rose to €12 billion"): a partner of another clause comes before the owner."""
    owner = next((p for p in found if p.reporter and p.role in (SELLER, BUYER, HOLDER)), None)
    if owner is None:
        return None
    after = next((p for p in found if p.start > owner.start and p.iso3 != owner.iso3 and p.role is not None
                  and not p.reporter), None)
    return sorted_pair(owner.iso3, after.iso3) if after else None


def _verb_pair(found: list[Party]) -> Optional[tuple[str, str]]:
    """The subject of the clause's trade verb and the other side its words name ("after the US, which bought
    $45 billion of Vietnamese goods": the US buys, Vietnam sells, whatever the clause ranked before)."""
    subjects = [p for p in found if p.verb and p.role in (SELLER, BUYER)]
    if not subjects:
        return None
    subject = subjects[-1]
    other = SELLER if subject.role == BUYER else BUYER
    after = [p for p in found if p.start > subject.start and p.iso3 != subject.iso3 and p.role == other]
    return sorted_pair(subject.iso3, after[0].iso3) if after else None


def seller(pair: tuple[str, str], found: list[Party], metric: str, reporter: Optional[str],
           figure: Optional[int] = None) -> tuple[Optional[str], bool]:
    """Who sells in a one-way flow, and whether the text says so: a seller named ("from X", "X's exports",
    "Russian goods"), else the other side of a buyer named ("to X", "X imported"), else from whose trade it
    is: the reporter exports its exports and imports from the partner. When both sides are named sellers, the
    words nearest the figure (at `figure`) say it ("At a fair for Kenyan exports to China, officials said
    China's exports to Kenya were $3 billion")."""
    in_pair = [p for p in found if p.iso3 in pair]
    sellers = [p for p in in_pair if p.role == SELLER and not p.weak]
    if figure is not None and len({p.iso3 for p in sellers}) > 1:
        in_pair = [min(sellers, key=lambda p: abs(figure - p.start))]
    strong = [p.iso3 for p in in_pair if p.role == SELLER and not p.weak]
    buyers = [p.iso3 for p in in_pair if p.role == BUYER]
    weak = [p.iso3 for p in in_pair if p.role == SELLER and p.weak]
    if strong:
        return strong[0], True
    if weak and weak[0] not in buyers:
        if any(p.iso3 != weak[0] for p in in_pair if p.role == SELLER):
            return _other(pair, weak[0]), True
        return weak[0], True
    if buyers:
        return _other(pair, buyers[0]), True
    holders = [p.iso3 for p in in_pair if p.role == HOLDER]
    owner = holders[0] if holders else reporter if reporter in pair else None
    if owner is None:
        return None, False
    return (owner if metric == "exports" else _other(pair, owner)), bool(holders)


def _other(pair: tuple[str, str], iso3: str) -> str:
    return pair[1] if pair[0] == iso3 else pair[0]


# "Argentina's minister", "Tanzania's central bank", "In Bolivia,": a country that speaks, or where one speaks
VOICE_AFTER = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:minister|ministry|president|government|officials?|bank|office|"
                         r"agency|envoy|ambassador|leader|customs|statistics|bureau|authorities)\b")
PLACE_OF_VOICE = re.compile(r"\bin\s+$")


def _voice_of(article: Article, found: Party) -> bool:
    mention = next((m for m in article.countries_in(found.start, found.start + 1)), None)
    if mention is None:
        return False
    return VOICE_AFTER.match(article.low, mention.end) is not None \
        or PLACE_OF_VOICE.search(article.low, max(0, mention.start - 4), mention.start) is not None \
        and article.low[mention.end:mention.end + 1] == ","


def home_parties(article: Article, start: int, end: int, found: list[Party]) -> list[Party]:
    """"the country exported", "the republic imported": the article's hub as the seller or buyer of the
    clause (statistics releases name their own country so, and a speaker says "we sold", "they sold us")."""
    for kind, role in (("home_seller", SELLER), ("home_buyer", BUYER)):
        match = anchored("roles.tsv", kind).search(article.low, start, end)
        if match is None or "US" in article.text[match.start():match.end()]:
            continue  # "sold US goods" names the United States, "sold us goods" the speaker's country
        # "Argentina's minister said the country's exports to Brazil fell", "In Bolivia, officials said the country
        # imported": the country whose voice or place the clause named before
        speaker = [p for p in found if p.start < match.start() and p.role is None and _voice_of(article, p)]
        home = _of_its_form(article, match.group(0), speaker[-1].iso3 if speaker else article.hub, found)
        if home is None or any(p.iso3 == home and p.role is not None for p in found):
            return []
        return [Party(home, match.start(), role, reporter=True)]
    return []


STATE_FORM = re.compile(r"\bthe\s+(kingdom|emirates?|sultanate)\b", re.IGNORECASE)


def _of_its_form(article: Article, words: str, home: Optional[str], found: list[Party]) -> Optional[str]:
    """"the Kingdom's exports to Oman" under a Muscat dateline: the kingdom the text names most, when the home
    country is no kingdom or is the clause's other side (data/state_forms.tsv)."""
    form = STATE_FORM.search(words)
    if form is None:
        return home
    forms = state_forms()
    noun = form.group(1).lower()
    sided = {p.iso3 for p in found if p.role is not None}
    if home is not None and forms.get(home) == noun and home not in sided:
        return home
    named = (iso for iso, _ in article.counts.most_common() if forms.get(iso) == noun and iso not in sided)
    return next(named, home)


@lru_cache(maxsize=None)
def state_forms() -> dict[str, str]:
    return {row["iso3"]: row["form"] for row in read_tsv("state_forms.tsv")}

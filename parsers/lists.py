"""Lists and rankings: figures that each belong to the country named just before them.

"Its largest buyers were Spain – $2.3 billion, Brazil – $870 million and Chile – $410 million";
"top partners: Japan ($4.7 billion), Canada ($1.9 billion)"; "Iraq with $3.9 billion, India with $2.6
billion ... of imports from Iran"; "the Netherlands and the United States, with 160.4 billion euros and
158.9 billion euros, respectively". Each figure's partner is its own item; the country the list is about
(its hub) is the one the sentence names outside the items, else the article's hub. Whether the items buy
or sell comes from the hub's own role ("imports from Iran": Iran sells, the items buy) or from the list's
words ("top export destinations", "main suppliers").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

from parsers.context import Article
from parsers.figures import metric_in, metric_phrases
from parsers.frames import BUYER, PARTNER, SELLER, Party, party, parties, rival_starts
from parsers.gazetteer import GROUP, Mention
from parsers.lexicon import cue_patterns, metric_lookup, raw_cue
from parsers.periods import LABEL_OF_NEXT, PeriodPhrase
from parsers.timing import compared
from parsers.money import Money

if TYPE_CHECKING:
    from parsers.drafts import Draft

# "... and Oman with $1.1 billion of imports from Iran": a trade phrase right after the last figure
TAIL_METRIC = re.compile(r"\s*(?:of|in|worth\s+of)\s+(?:[\w-]+\s+)?(?P<phrase>exports?|imports?|trade|turnover|supplies|purchases)\b")
# what a ranking measures when it names no trade phrase: its buyers buy the hub's exports, its partners trade both ways
ROLE_METRIC = {BUYER: "exports", SELLER: "imports", PARTNER: "turnover"}
# a rate in brackets after each figure of a group: "with US$ 17.2 billion (-4.8%) and US$ 6.5 billion (+2.3%)", or
# a share of what ("N2.3 trillion (11.4 per cent of total exports)")
RATE_IN_BRACKETS = (r"(?:\s*\(\s*[-+−]?[\d.,]+\s?(?:%|percent|per\s+cent)"
                    r"(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?\s*\))?")
# "... worth of goods to X, respectively"
RESPECTIVELY = re.compile(rf"{RATE_IN_BRACKETS}[\s,]*(?:[a-z'’-]+[\s,]+){{0,8}}?respectively\b")
# names joined by commas and "and", each perhaps with its rate ("France (+4.3%), Italy (+2.1%) and Germany")
COORDINATION = re.compile(rf"{RATE_IN_BRACKETS},?\s*(?:and\s+|&\s+)?(?:the\s+)?")
TAIL_CHARS = 40
# a rank's noun and the preposition to its owner: "the largest exporter to", "the top market for"
RANKED_FOR = re.compile(r"\b(?:exporter|supplier|importer|buyer|seller|market|destination|source|customer|client|partner)s?"
                        r"\s+(?:to|of|for|from)\s+(?:the\s+)?$")
RANKED_FOR_REACH = 40
MAX_LIST_LINES = 30
# "China accounted for the largest share with", "China took the largest share (21.3%, or"
HEAD_ITEM_GAP = re.compile(r"(?:\s+[\w-]+){1,8}?(?:\s+(?:with|at|for)|\s*\()\s*(?:[\d.,]+\s?(?:%|percent|per cent)[\s,;]*(?:or\s+)?)?")
VERB_GAP = re.compile(r"(?:\s+[\w-]+){1,4}?\s*")  # a few words, no punctuation: "supplied goods worth"
NUMBERED_ITEM = re.compile(r"[ \t]*\d{1,2}[.)][ \t]")  # "1. United States: ...": a ranked line
TITLE_LINE = re.compile(r"[^.!?:\n]{8,120}")  # a line with no sentence end, no label: the title of the lines below it
ITEM_LINE = re.compile(r"[ \t]*(?:[-–—•*·▪]|\d{1,2}[.)])?[ \t]*(?:the\s+)?")  # a bullet or a number before an item ("- China: $13.7 billion")


@dataclass
class ListFrame:
    """The list structure of one sentence's figures."""

    items: dict[int, Mention] = field(default_factory=dict)  # figure number in the sentence -> its country
    hub: Optional[Party] = None  # the country the items trade with
    item_role: Optional[str] = None  # what the items do: SELLER, BUYER, or None (as the metric says)
    metric: Optional[str] = None  # what the list measures, from the words before or after it
    period: Optional[PeriodPhrase] = None  # the period the whole list covers ("In 2022, ... X ($1 bn), Y ...")
    respective: bool = False  # the items' figures are given together ("A and B, with $x and $y respectively")

    def item(self, number: int) -> Optional[Mention]:
        return self.items.get(number)


def list_frame(article: Article, sentence: tuple[int, int], figures: list[Money],
               article_hub: Optional[str]) -> ListFrame:
    """Which figures of a sentence are list items, and what the list is about. A line of a list laid out
    in lines ("Main partners in 2023:\n- China: $13.7 billion\n- Russia: ...") is read with its head line."""
    head_start = _line_list_head(article, sentence)
    if head_start is not None:
        sentence = (head_start, sentence[1])
    respective = _respectively(article, sentence, figures)
    items = _items(article, sentence, figures)
    if respective:
        # "followed by the US with $x and Canada with $y, while Korea and Japan ranked fourth and fifth with $z and $w,
        # respectively": the items before the "respectively" group keep their own figures
        items = {n: m for n, m in items.items() if n < min(respective)} | respective
    if not respective and not _owner_outside(article, sentence, items, head_start):
        # the text's main country heads the list, it is not one of its items; unless the list names another
        # owner ("Russia ($17 billion) and China ($15 billion) were Kazakhstan's largest suppliers")
        items = {n: m for n, m in items.items() if m.iso3 != article_hub}
    if not items or len(items) == 1 and head_start is None and not _ranked_in_clause(article, sentence, figures, items):
        return ListFrame()
    if len(items) == 1 and head_start is None:
        sentence = (sentence[0], _item_clause_end(article, sentence, figures, items))
    items, owner = _ranked_for(article, sentence, items, figures)
    item_starts = frozenset(m.start for m in items.values())
    last = figures[max(items)]
    others, _ = parties(article, sentence[0], sentence[1], skip=item_starts)
    item_isos = {m.iso3 for m in items.values()}
    others = [p for p in others if p.iso3 not in item_isos
              and not (head_start is not None and p.start != head_start and _opens_item_line(article, p.start))]
    hub = party(article, owner) if owner is not None else _list_hub(others, article_hub)
    low = article.low
    # the trade phrase before the items, else the one between them and their first figure ("Iraq and Iran bought
    # Turkish goods worth $x and $y, respectively")
    head = metric_in(low, sentence[0], items_start(items)) or metric_in(low, sentence[0], figures[min(items)].start)
    if head_start is not None:
        # a title over lines names what they measure first ("Exports to top five trading partners, January 2025:")
        title = metric_phrases(low, head_start, low.find("\n", head_start) % (len(low) + 1))
        head = metric_lookup()[1][title[0].group(0).lower()] if title else head
    tail = TAIL_METRIC.match(low, last.end, min(sentence[1], last.end + TAIL_CHARS))
    role = _item_role(article, sentence, hub) or _verb_of_items(article, items)
    hub = hub or _counterpart(others, role)
    metric = _verb_head_flow(article, items) or head or (metric_lookup()[1][tail.group("phrase")] if tail else None) \
        or ROLE_METRIC.get(role)
    return ListFrame(items, hub, role, metric, _list_period(article, sentence, items_start(items), last.end),
                     bool(respective))


def _verb_head_flow(article: Article, items: dict[int, Mention]) -> Optional[str]:
    """"China supplied $6 billion and Russia $5 billion": a list headed by the subject of a selling or buying verb
    states every item's own flow (exports for sellers, imports for buyers), whatever the total before it measured."""
    own = party(article, items[min(items)])
    if not own.verb or own.role not in (SELLER, BUYER):
        return None
    return "exports" if own.role == SELLER else "imports"


def _ranked_for(article: Article, sentence: tuple[int, int], items: dict[int, Mention], figures: list[Money]
                ) -> tuple[dict[int, Mention], Optional[Mention]]:
    """"Germany was the largest exporter to Turkey (€26.1 bn), followed by Italy (€13.4 bn)", "China was the
    largest supplier to Kenya with $4 billion, followed by India with $2.5 billion": the country after the rank's
    noun is whom every item trades with; the first figure's item is the ranked country before that noun."""
    first = figures[0]
    owners = [m for m in article.countries_in(sentence[0], first.start) if m.iso3 != GROUP and not m.chained]
    if not owners or len(items) < 2 and 0 in items:
        return items, None
    owner = owners[-1]
    rank = RANKED_FOR.search(article.low, max(sentence[0], owner.start - RANKED_FOR_REACH), owner.start)
    ranked = [] if rank is None else [m for m in owners if m.end <= rank.start() and m.iso3 != owner.iso3]
    if not ranked:
        return items, None
    if 0 in items and items[0].end <= rank.start():
        return items, owner  # "Spain, the US and France were the main destinations of Ivorian products, with $x, $y
        # and $z respectively": the items stand before the rank already
    return {**items, 0: ranked[-1]}, owner


def _owner_outside(article: Article, sentence: tuple[int, int], items: dict[int, Mention],
                   head_start: Optional[int] = None) -> bool:
    """Whether a country other than the items is named in the sentence as whose trade it is ("X's suppliers"), or
    in the head line of a list laid out in lines ("Türkiye's top import sources in 2022:"), however few its items."""
    if head_start is not None:
        sentence = (head_start, article.text.find("\n", head_start) % (len(article.text) + 1))
    elif len(items) < 2:
        return False
    isos = {m.iso3 for m in items.values()}
    others, _ = parties(article, sentence[0], sentence[1], skip=frozenset(m.start for m in items.values()))
    return any(p.reporter and p.iso3 not in isos for p in others)


def _line_list_head(article: Article, sentence: tuple[int, int]) -> Optional[int]:
    """Where the head of a list laid out in lines starts, when this sentence is one of its lines: the lines
    above it up to one ending in a colon all open with a country (after a bullet)."""
    text = article.text
    line_start = text.rfind("\n", 0, sentence[0]) + 1
    if not is_item_line(article, line_start):
        return None
    for _ in range(MAX_LIST_LINES):
        if line_start == 0:
            return None
        previous_end = line_start - 1
        while previous_end > 0 and text[previous_end - 1] in " \t\r":
            previous_end -= 1
        line_start = text.rfind("\n", 0, previous_end) + 1
        line = text[line_start:previous_end].strip()
        if not line:
            continue
        if line.endswith(":"):
            return line_start
        numbered = _numbered(article, sentence[0])
        if not is_item_line(article, line_start) and not (numbered and _numbered(article, line_start)):
            # a numbered line whatever it names ("5. CLMV: US$19,233.0 million") is one of the list; a title over
            # numbered lines, without a colon ("Major export markets, January-October 2024 (value)"), heads them
            return line_start if numbered and TITLE_LINE.fullmatch(line) else None
    return None


def _numbered(article: Article, start: int) -> bool:
    line_start = article.text.rfind("\n", 0, start) + 1
    return NUMBERED_ITEM.match(article.text, line_start) is not None


def _opens_item_line(article: Article, start: int) -> bool:
    """Whether the country named here opens a line of a list ("China – $41.4 billion"): an item of the lines above,
    not the list's owner."""
    line_start = article.text.rfind("\n", 0, start) + 1
    bullet = ITEM_LINE.match(article.text, line_start)
    return bullet.end() == start and is_item_line(article, line_start)


def is_item_line(article: Article, line_start: int) -> bool:
    """A line that opens with a country or a group of them, after a bullet or a number ("- China: $13.7 billion",
    "6. ASEAN (5): US$18,876.2 million": a group is an item too, though not a side of a pair)."""
    bullet = ITEM_LINE.match(article.text, line_start)
    return bool(article.countries_in(bullet.end(), bullet.end() + 1))


def _list_period(article: Article, sentence: tuple[int, int], first_item: int, last_figure: int) -> Optional[PeriodPhrase]:
    """The period phrase of the list's head, else the first one after its last figure that is not a
    comparison's ("... $600 million and $650 million respectively in 2022", "..., the bureau said in its
    report on 2023 foreign trade")."""
    head = [p for p in article.periods_in(sentence[0], first_item)
            if p.kind != "same_period" and not compared(article, p)]  # "lower than in 2022, the US, with ..."
    if head:
        return head[-1]
    tail = [p for p in article.periods_in(last_figure, sentence[1])
            if p.kind != "same_period" and not compared(article, p)
            and not LABEL_OF_NEXT.match(article.text, p.end)  # "(..., 2022: $13.2 billion)" labels an earlier value
            and not _in_brackets_after(article.text, last_figure, p.start)]
    return tail[0] if tail else None


def _in_brackets_after(text: str, start: int, position: int) -> bool:
    """Whether `position` stands in brackets opened after `start`: "India with MVR 3.96 billion (MVR 4.21 billion in
    January-July 2023)" dates the earlier value in them, not the list."""
    opened = text.rfind("(", start, position)
    return opened != -1 and text.find(")", opened, position) == -1


def items_start(items: dict[int, Mention]) -> int:
    return min(m.start for m in items.values())


def _items(article: Article, sentence: tuple[int, int], figures: list[Money]) -> dict[int, Mention]:
    """Figures with a country right before them ("Iraq with $3.9 billion", "Uzbekistan ($13.7 billion"); in a
    list of two or more such items, the head item may say more ("China accounted for the largest share with
    $2.9 billion, Russia with $2.6 billion ...")."""
    gap = raw_cue("item_gap")
    found: dict[int, Mention] = {}
    heads: dict[int, Mention] = {}
    verb_heads: dict[int, Mention] = {}  # a country before a few words: a head if it is their trade verb's subject
    previous_end = sentence[0]
    rivals: Optional[frozenset[int]] = None  # read only when a figure has a country right before it
    for number, money in enumerate(figures):
        before = [m for m in article.countries_in(previous_end, money.start) if m.iso3 != GROUP and not m.chained]
        if number > 0 and not before and CHANGE_THEN_LEVEL.fullmatch(article.low, figures[number - 1].end, money.start):
            # "China – up $142 million (12 percent) to $1.3 billion": the item's level, after its change
            line_start = article.low.rfind("\n", sentence[0], money.start) + 1
            named = [m for m in article.countries_in(max(sentence[0], line_start), figures[number - 1].start)
                     if m.iso3 != GROUP and not m.chained]
            if named and CHANGE_GAP.fullmatch(article.low, named[-1].end, figures[number - 1].start):
                found[number] = named[-1]
                previous_end = money.end
                continue
        if before and gap.fullmatch(article.low, before[-1].end, money.start):
            rivals = rival_starts(article, sentence[0], sentence[1]) if rivals is None else rivals
            # "third-largest market after Italy and China, with $5.6 billion" gives the subject's figure; a rival named
            # after the subject's own figure has its own ("... reached $2.2 billion, ahead of China, with $1.4 billion")
            if before[-1].start not in rivals or number > 0:
                found[number] = before[-1]
        elif before and HEAD_ITEM_GAP.fullmatch(article.low, before[-1].end, money.start):
            heads[number] = before[-1]
        elif before and VERB_GAP.fullmatch(article.low, before[-1].end, money.start):
            verb_heads[number] = before[-1]  # "China supplied $21 billion, Brazil $7 billion and Peru $2 billion"
        previous_end = money.end
    if len(found) >= 2 and len({m.iso3 for m in found.values()}) == 1:
        return {}  # "X's exports to the US were $600 billion, and Y's exports to the US were $450 billion": no list
    if found:
        first = min(found)
        if len(found) >= 2:
            found.update({n: m for n, m in heads.items() if n < first})
        # "Germany bought goods worth $4.2 billion and the UK $3.8 billion": the verb's subject heads even one item
        # (not "with China supplying $8.3 billion and Russia $7.1 billion", a part of a total said before)
        found.update({n: m for n, m in verb_heads.items() if n < first and party(article, m).verb and (
            len(found) >= 2 or not WITH_BEFORE.search(article.low, max(0, m.start - 8), m.start))})
    return found


WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$")
# "China – up $142 million (12 percent) to $1.3 billion": a change after the item's name, then its level
CHANGE_GAP = re.compile(r"\s*[:–—-]?\s*(?:up|down)\s+(?:by\s+)?")
CHANGE_THEN_LEVEL = re.compile(r"\s*(?:\([^()\n]{1,30}\))?,?\s*to\s+")


def _respectively(article: Article, sentence: tuple[int, int], figures: list[Money]) -> dict[int, Mention]:
    """"A and B, with $x and $y respectively": the k-th figure belongs to the k-th country. The group may end
    before the sentence's last figure ("... $1.5 billion and $1.1 billion respectively, while trade with China
    exceeded $24 billion")."""
    last = next((k for k, money in enumerate(figures) if RESPECTIVELY.match(article.low, money.end, sentence[1])
                 or _rates_respectively(article, figures, k, sentence[1])), None)
    named_after = None
    if last is not None:
        tail = RESPECTIVELY.match(article.low, figures[last].end, sentence[1])
        if tail is not None and len([m for m in article.countries_in(*tail.span()) if m.iso3 != GROUP]) >= 2:
            last = None  # "$97 billion, $24 billion and $23 billion to the US, Japan and Korea, respectively"
    if last is None:
        last, named_after = _items_after(article, sentence, figures)
    if last is None:
        last = _respectively_before(article, sentence, figures)
    if last is None:
        return {}
    group = [last]
    while group[0] > 0 and FIGURES_JOINED.fullmatch(article.low, figures[group[0] - 1].end, figures[group[0]].start):
        group.insert(0, group[0] - 1)
    # the items stand after the figure before the group: "Trade between A and B reached $x, with A's exports and
    # imports at $y and $z respectively" has no list of countries
    opening = figures[group[0] - 1].end if group[0] > 0 else sentence[0]
    named = [m for m in article.countries_in(*(named_after or (opening, figures[group[0]].start))) if not m.chained]
    countries = [m for m in named if m.iso3 != GROUP]
    chain = _joined_items(article, countries, len(group))
    if len(chain) != len(group):
        # a group among the items holds its place ("China, the EU, ASEAN and Japan, with $x, $y, $z and $w"): its
        # figure is the group's, no country's
        chain = _joined_items(article, named, len(group))
    if len(group) >= 2 and len(chain) != len(group):
        # "Vietnam's exports to the two markets stood at $x and $y, respectively": the owner is named, the items are
        # referred to
        chain = (_compound_items(article, countries, len(group)) if countries else []) \
            or _referred_items(article, sentence, figures[group[0]].start, len(group))
    if len(group) < 2 or len(chain) != len(group):
        return {}
    return dict(zip(group, chain))


def _joined_items(article: Article, named: list[Mention], size: int) -> list[Mention]:
    """The last `size` names joined by commas and "and" ("A, B and C")."""
    chain: list[Mention] = []
    for mention in reversed(named):
        if chain and not COORDINATION.fullmatch(article.low, mention.end, chain[0].start):
            if len(chain) == size - 1 and LEADER_GAP.fullmatch(article.low, mention.end, chain[0].start):
                return [mention] + chain  # "China remained the main supplier, followed by Greece and Italy, with"
            chain = []  # "Iraq and Iran bought Turkish goods worth $x and $y, respectively": the names joined
            # by "and" are the items, not the seller's adjective after them
        chain.insert(0, mention)
        if len(chain) == size:
            break
    return chain


# "China remained the country's main supplier, followed by": the first of a ranking, then the names after it
LEADER_GAP = re.compile(r"[^.;:$\d]{0,80}?,?\s+(?:followed|trailed)\s+by\s+(?:the\s+)?")
PAIR_DASH = re.compile(r"\s*[-–—]\s*")  # "China-Japan trade"


def _compound_items(article: Article, countries: list[Mention], size: int) -> list[Mention]:
    """"China-Japan trade and China-ROK trade reached $x and $y respectively": pairs written as compounds that
    share one side; the items are their other sides."""
    pairs = [(a, b) for a, b in zip(countries, countries[1:]) if PAIR_DASH.fullmatch(article.low, a.end, b.start)]
    if len(pairs) != size:
        return []
    if len({a.iso3 for a, _ in pairs}) == 1:
        return [b for _, b in pairs]
    if len({b.iso3 for _, b in pairs}) == 1:
        return [a for a, _ in pairs]
    return []


FIGURES_JOINED = re.compile(rf"{RATE_IN_BRACKETS}\s*(?:,|and|,\s*and|&)\s*")
# "exports to China and India amounted respectively to $612 million and $201 million", "with respectively X, Y and
# Z": the word before the figures (as French and Spanish place it)
RESPECTIVELY_BEFORE = re.compile(r"\brespectively[\s,]+(?:[\w-]+\s+){0,2}$"
                                 # "South Korea and Japan followed with $1.98 billion and $1.75 billion": as many
                                 # names before the verb of a ranking as figures after it, in that order
                                 r"|\b(?:followed|came\s+next|ranked\s+next)(?:\s+(?:with|at|on))?\s+$")
RESPECTIVELY_REACH = 30


def _respectively_before(article: Article, sentence: tuple[int, int], figures: list[Money]) -> Optional[int]:
    """The last figure of a group that "respectively" stands before."""
    low = article.low
    for k, money in enumerate(figures):
        if RESPECTIVELY_BEFORE.search(low, max(sentence[0], money.start - RESPECTIVELY_REACH), money.start):
            last = k
            while last + 1 < len(figures) and FIGURES_JOINED.fullmatch(low, figures[last].end, figures[last + 1].start):
                last += 1
            return last
    return None


# "$97 billion, $24 billion and $23 billion to the United States, Japan and South Korea, respectively": the items
# named after the figures, behind the preposition of their role
ITEMS_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:to|into|from|with)\s+(?P<items>[^.;:()$€£¥%\d]{2,120}?),?\s+respectively\b")


def _items_after(article: Article, sentence: tuple[int, int], figures: list[Money]
                 ) -> tuple[Optional[int], Optional[tuple[int, int]]]:
    """The last figure of a group whose countries follow it, and where those countries are named."""
    for k, money in enumerate(figures):
        match = ITEMS_AFTER.match(article.low, money.end, sentence[1])
        if match is not None and (k + 1 == len(figures) or figures[k + 1].start >= match.end()):
            return k, match.span("items")
    return None, None


def _rates_respectively(article: Article, figures: list[Money], k: int, end: int) -> bool:
    """"... PLN 171.8 bn, PLN 40.2 bn and PLN 33.1 bn in 2022, rising 2.1%, 4.4% and 0.8% respectively": the list
    of rates after the figures is said "respectively" too, and so are they."""
    match = RATES_RESPECTIVELY.match(article.low, figures[k].end, end)
    return match is not None and (k + 1 == len(figures) or figures[k + 1].start >= match.end())


RATES_RESPECTIVELY = re.compile(r"[^.;]{0,40}?(?:[+-]?\d[\d.,]*\s?(?:%|pct\b|percent\b|per cent\b)\s*(?:,\s*and\s+|,\s*|and\s+)?){2,}"
                                r",?\s*respectively\b")
# "China (17.7%), Russia (16.4%) and Kazakhstan (9.0%)": the share in brackets after each name of a list
BRACKETED_SHARE = re.compile(r"\s*\([^()]{0,24}\)")


def _referred_items(article: Article, sentence: tuple[int, int], first_figure: int, size: int) -> list[Mention]:
    """"The largest volumes were with China (17.7%), Russia (16.4%) and Kazakhstan (9.0%). Trade with these
    countries amounted to $x, $y and $z, respectively": the items are the list of the sentence before, which the
    words before the figures refer back to."""
    number = article.sentence_at(sentence[0])
    if number == 0 or cue_patterns()["list_back_reference"].search(article.low, sentence[0], first_figure) is None:
        return []
    before = article.sentences[number - 1]
    countries = [m for m in article.countries_in(*before) if m.iso3 != GROUP and not m.chained]
    chain: list[Mention] = []
    for mention in reversed(countries):
        gap_start = mention.end
        if chain:
            bracket = BRACKETED_SHARE.match(article.low, gap_start, chain[0].start)
            gap_start = bracket.end() if bracket else gap_start
            if not COORDINATION.fullmatch(article.low, gap_start, chain[0].start):
                break
        chain.insert(0, mention)
    return chain if len(chain) == size else []


def _ranked_in_clause(article: Article, sentence: tuple[int, int], figures: list[Money],
                      items: dict[int, Mention]) -> bool:
    """One item is a ranking's only when a ranking word stands in its clause ("Japan is its third market, with
    $24 billion"), not in a clause after its figure ("..., meaning Beijing has overtaken Moscow as the top partner")."""
    (figure,) = items
    end = article.low.find(",", figures[figure].end, sentence[1])
    end = sentence[1] if end == -1 else end
    cues = cue_patterns()
    # "... reached $900 million, ahead of Tanzania with $600 million": a rival with a figure of its own is ranked
    return cues["ranking"].search(article.low, sentence[0], end) is not None or figure > 0 \
        and cues["outranked"].search(article.low, figures[figure - 1].end, items[figure].start) is not None


def _item_clause_end(article: Article, sentence: tuple[int, int], figures: list[Money],
                     items: dict[int, Mention]) -> int:
    """Where a one-item ranking's words end: at the comma after its figure when another figure follows in the
    sentence ("Russia is second with $5.27 billion, while it remains the largest market for Uzbek goods ($1.63
    billion)": the clause after the comma speaks of the later figure, its roles are not the ranking's)."""
    (figure,) = items
    if figure == len(figures) - 1:
        return sentence[1]
    end = article.low.find(",", figures[figure].end, figures[figure + 1].start)
    return sentence[1] if end == -1 else end


def _list_hub(others: list[Party], article_hub: Optional[str]) -> Optional[Party]:
    """The country the list is about: the article's hub when the sentence names it outside the items, else
    one named as the owner of the trade ("Iran's top partners"); a country named as a partner like the
    items ("trade with Kazakhstan alone ..., and with Russia $2.9 billion") is one of them, not the hub, and so is
    one ranked in the owner's trade ("China was Kazakhstan's main partner with $32 billion, followed by Russia")."""
    others = [p for p in others if not p.rank]
    for choose in (lambda p: p.iso3 == article_hub, lambda p: p.reporter):
        chosen = next((p for p in others if choose(p)), None)
        if chosen is not None:
            return chosen
    return None


def _counterpart(others: list[Party], role: Optional[str]) -> Optional[Party]:
    """"Korea and Japan followed, supplying goods worth $x and $y respectively to Vietnam": items that sell (or buy)
    by their own verb trade with the one country named as buying (or selling)."""
    wanted = BUYER if role == SELLER else SELLER if role == BUYER else None
    found = {p.iso3: p for p in others if wanted is not None and p.role == wanted}
    return next(iter(found.values())) if len(found) == 1 else None


def _item_role(article: Article, sentence: tuple[int, int], hub: Optional[Party]) -> Optional[str]:
    """What the items do: the opposite of what the hub does ("imports from Iran": the items buy), else what
    the list's words say ("top export destinations": they buy; "main suppliers": they sell)."""
    if hub is not None and hub.role in (SELLER, BUYER):
        return BUYER if hub.role == SELLER else SELLER
    words = article.low[sentence[0]:sentence[1]]
    cues = cue_patterns()
    if cues["seller_list"].search(words):
        return SELLER
    if cues["buyer_list"].search(words):
        return BUYER
    return None


def _verb_of_items(article: Article, items: dict[int, Mention]) -> Optional[str]:
    """"China and the Netherlands bought products worth $x and $y, respectively": the verb after the last name is
    what every item does, when no item's own words say otherwise."""
    owns = [party(article, m) for m in items.values()]
    roles = {own.role for own in owns if own.role in (SELLER, BUYER)}
    verbs = {own.role for own in owns if own.verb}
    return next(iter(verbs)) if len(verbs) == 1 and roles == verbs else None


def as_party(article: Article, mention: Mention, role: Optional[str]) -> Party:
    """An item as a party of its figure: its own words' role first, else the role the list gives it."""
    own = party(article, mention)
    if own.role in (SELLER, BUYER):
        return own
    return Party(mention.iso3, mention.start, role)


# "..., followed by Saudi Arabia at $3.61bn": an item ranked right after the figure before it
# ("..., followed by ...", "... in 2023, ahead of ...": the figure's period may stand between)
FOLLOWED_BY = re.compile(r"(?:\s+(?:in|during|over)\s+[\w\s-]{2,24}?)?\s*,?\s*"
                         r"(?:followed\s+by|trailed\s+by|ahead\s+of|then)\s+(?:the\s+)?")


def follows_previous(text: str, lists: ListFrame, figure: int, previous: Optional[Draft]) -> bool:
    """The item comes right after the fact before it in its sentence, ranked by "followed by": it measures what
    that fact did, in the same direction, whatever the list's first clause measured."""
    item = lists.item(figure)
    return item is not None and previous is not None and previous.metric in ("exports", "imports") \
        and FOLLOWED_BY.fullmatch(text, previous.money.end, item.start) is not None

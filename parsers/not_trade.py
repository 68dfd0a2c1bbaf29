"""Whether a figure is a pair's trade at all: investment, loans, deals, balances, one commodity, what one port
handled, the next items of a list of balances are not. A blocking word counts when it stands nearer the figure than
the trade phrase before it, or in the noun right after the figure. The words come from cues.tsv and
commodities.tsv; the shape of a figure (level, change, range) is read in figures.py.
"""
from __future__ import annotations

import re
from typing import Optional

from parsers.figures import (
    AND_OTHER_GOODS, APPOSITION, BALANCE_AFTER_ITEMS, BLOCK_AFTER_WORDS, BLOCK_LABEL_WORDS, BRACKET_AFTER,
    CLAUSE_OPENER, COMMA_ASIDE, FROM_TO, FROM_TO_REACH, GOODS_AFTER, GOODS_OF_FIGURE, GOODS_WORDS, LINKING_WORDS,
    NON_GOODS, NOUN_MODIFIERS, PRODUCT_REACH, SAID, Segment, has, in_relative_aside, last,
)
from parsers.frames import VALUE_LABEL
from parsers.lexicon import commodity_pattern, cue_patterns, raw_cue


def product_level(text: str, start: int, end: int) -> bool:
    """"wheat exports", "exports of oil", "grain worth": a figure for goods, not for a pair's trade
    ("non-oil trade", "non-oil and gas exports" are all trade but those goods: still the pair's trade)."""
    for match in commodity_pattern().finditer(text, max(0, start), end):
        if not NON_GOODS.search(text, max(0, match.start() - 20), match.start()) \
                and not AND_OTHER_GOODS.match(text, match.end()):
            return True
    return False


def after_colon(text: str, seg: Segment, position: int) -> int:
    """Where the words that can describe a trade phrase at `position` begin: after a colon before it, if any,
    and after an aside set off by commas. Goods named before a colon are the sentence's topic, not the phrase's
    ("purchases of Russian crude: imports from Russia stood at ..."); goods in an aside describe the country
    ("Switzerland, which buys most of its gold, was the top export destination"), and those before a clause the
    phrase opens belong to another one ("to cooperate in minerals so that trade can exceed")."""
    colon = text.rfind(":", seg.left, position)
    start = seg.left if colon == -1 else colon + 1
    opening = SCENE_OPENER.match(text, seg.sentence[0])  # "After three years of tariffs on barley and coal, trade"
    if opening is not None and start <= opening.end() <= position:
        start = opening.end()
    aside = last(COMMA_ASIDE, text, start, position)
    start = aside.end() if aside is not None else start
    opener = last(CLAUSE_OPENER, text, start, position)  # "cooperation in minerals so that trade can exceed"
    return opener.end() if opener is not None else start


# a phrase that opens the sentence and ends at the comma before its trade phrase: what it names sets the scene
SCENE_OPENER = re.compile(r"\W*(?:after|despite|following|amid|because\s+of|due\s+to|thanks\s+to|given|in\s+spite\s+of)\b"
                            r"[^.;:]{0,160}?,\s+(?=(?:[\w'’-]+\s+){0,3}?(?:trade|exports?|imports?|turnover|shipments|sales)\b)")


# ", a market Chile is courting with a partnership agreement,", ", where talks on a new agreement stalled in January,":
# an aside that describes the name before it
DESCRIBING_APPOSITION = re.compile(r",\s+(?:(?:a|an|the|its|their|our)\s+[^,.;()\d]"
                                   r"|(?:where|which|who|whose)\s+[^,.;()$€£])[^,.;()$€£]{0,100}?,\s*")


# a pronoun and a verb of being right before "worth" / "valued at"
PRONOUN_SUBJECT = re.compile(r"\b(?:it|they|this|which)\s+(?:(?:was|were|is|are|has been|have been|had been|will be|"
                             r"would be)\s+)(?:now\s+|still\s+|only\s+)?$")


# "The shipments were valued at", "These imports were worth": a flow named only by its article, at the sentence's start
FLOW_REFERRED = re.compile(r"\s*(?:the|these|those|such)\s+(?:shipments|exports|imports|purchases|sales|deliveries|"
                           r"supplies|cargoes|consignments)\b", re.IGNORECASE)
# "3.05 million tonnes of rice": a quantity of goods
QUANTITY_OF = re.compile(r"\b(?:tonnes|tons|metric\s+tons|barrels|bales|bags|cubic\s+met(?:re|er)s|carats|heads?)"
                         r"\s+of\s+$", re.IGNORECASE)
SENTENCE_BEFORE_REACH = 300
# "shipped 1.1 million tonnes of coffee to Germany, worth": an amount of goods between the trade verb and the figure
AMOUNT_OF_GOODS = re.compile(r"\d[\d.,]*\s*(?:(?:thousand|million|billion|mln|bln)\s+)?(?:metric\s+)?"
                             r"(?:tonnes|tons|barrels|bales|bags|cubic\s+met(?:re|er)s|carats)\s+of\s+", re.IGNORECASE)


def _goods_referred_back(text: str, seg: Segment) -> bool:
    """"The Philippines imported 3.05 million tonnes of rice from Vietnam. The shipments were valued at $1.9
    billion": a flow named only by "the" refers back to the goods counted in the sentence before."""
    if FLOW_REFERRED.match(text, seg.sentence[0]) is None:
        return False
    start = max(text.rfind(". ", 0, seg.sentence[0] - 1), text.rfind("\n", 0, seg.sentence[0] - 1),
                seg.sentence[0] - SENTENCE_BEFORE_REACH) + 1
    return any(QUANTITY_OF.search(text, max(start, goods.start() - 30), goods.start())
               for goods in commodity_pattern().finditer(text, max(0, start), seg.sentence[0]))


# ", followed by Chile with", " in 2023, with Turkey to", "and with Algeria to": the next item of a list, named by its
# country (after the rest of the item before: its period)
NEXT_ITEM = re.compile(r"(?:[^,;.]{0,25}[,;])?[\s,;]*(?:(?:and|then)\s+)?(?:(?:followed|trailed)\s+by\s+|with\s+)?"
                       r"(?:the\s+)?"
                       r"[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?\s+(?:with|at|to|on)\s+"
                       r"(?:(?:about|around|some|nearly|over|almost)\s+)?$")


def _item_after_balance(text: str, seg: Segment) -> bool:
    """"the main surplus was with the EU, $224 million, followed by Chile with $218 million", "The deficit with
    China widened to 8,612 MD, with Turkey to 3,120 MD": the next items of a list of balances are balances."""
    return seg.follows_figure and NEXT_ITEM.fullmatch(text, seg.left, seg.start) is not None \
        and last(cue_patterns()["hard_block"], text, seg.sentence[0], seg.left) is not None


# "the target of", "the goal of" right before a figure; "trade target", "target" right after it
GOAL_BEFORE_FIGURE = re.compile(r"\b(?:target|goal|objective)\s+of\s+"
                                r"(?:(?:about|around|some|nearly|over|up\s+to)\s+)?$")
GOAL_AFTER_FIGURE = re.compile(r"\s+(?:(?:in\s+)?(?:annual\s+|bilateral\s+|two-way\s+)?(?:trade|turnover)\s+)?"
                               r"(?:target|goal)\b")


def _goal_noun_of_figure(text: str, after: int, seg: Segment) -> bool:
    """A goal noun closer to the figure than a deal word: the figure is the goal ("The agreement will help the two
    sides achieve the target of $2 billion", "signed agreements to reach the $2 billion trade target")."""
    return GOAL_BEFORE_FIGURE.search(text, after, seg.start) is not None \
        or GOAL_AFTER_FIGURE.match(text, seg.end) is not None


CLAUSE_JOINS = frozenset({"and", "while", "but", "whereas"})
SUBORDINATORS = frozenset({"as", "because", "since", "although", "though", "whereas"})
DETERMINERS = frozenset({"the", "its", "their", "a", "an", "this", "that"})


THAN_BEFORE = re.compile(r"\bthan\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+)?$")


def _compared_with(text: str, trade: re.Match[str]) -> bool:
    """"Emirati investments are larger than the trade itself, more than $18 billion": a trade phrase the subject is
    compared with names what the figure is not."""
    return THAN_BEFORE.search(text, max(0, trade.start() - 30), trade.start()) is not None


WHICH_OPENS = re.compile(r",\s*(?:which|that)\s+(?:[\w-]+\s+){0,3}?(?:was|were|is|are|accounted|amounted|brought|"
                         r"earned|fetched|totall?ed|came|reached|stood|made)\b")
WHICH_ANTECEDENT_REACH = 30
WHICH_REACH = 80


def _goods_before_which(text: str, seg: Segment) -> bool:
    """"the main buyer of Argentine soybean oil, which accounted for more than $2.5 billion": the figure of a clause
    that describes goods named right before it is theirs."""
    which = last(WHICH_OPENS, text, max(seg.sentence[0], seg.start - WHICH_REACH), seg.start)
    if which is None or any(c.isdigit() for c in text[which.end():seg.start]):
        return False
    goods = list(commodity_pattern().finditer(text, max(0, which.start() - WHICH_ANTECEDENT_REACH), which.start()))
    return bool(goods) and goods[-1].end() == which.start() \
        and product_level(text, goods[-1].start(), goods[-1].end())


def _spent_on_trade(text: str, seg: Segment, trade_after: Optional[re.Match[str]]) -> bool:
    """"spent $1.1 billion on products from India", "paid 3 billion rupees for goods from China": the trade phrase
    right after the figure is what the money went on."""
    return trade_after is not None and trade_after.group(0).startswith(("on ", "for ")) \
        and not text[seg.end:trade_after.start()].strip()


def blocked(text: str, seg: Segment, trade: Optional[re.Match[str]], trade_after: Optional[re.Match[str]] = None,
            in_series: bool = False) -> bool:
    """Investment, loans, deals, balances, one commodity: a blocking word nearer to the figure than the
    metric phrase before it (`trade`), goods named with the metric phrase ("wheat exports", "exports of
    oil", "$2.3 billion worth of wheat"), or the noun right after the figure ("$6 billion loan"). `in_series`: a
    fact stands before the figure in its sentence."""
    cues = cue_patterns()
    if BALANCE_AFTER_ITEMS.match(text, seg.end, seg.sentence[1]):
        return True  # "Only Ireland (€1.4 billion) and Finland (€0.3 billion) had a trade surplus with China"
    if _goods_referred_back(text, seg) or trade is None and _item_after_balance(text, seg) \
            or _goods_before_which(text, seg):
        return True
    colon = text.rfind(":", seg.left, seg.start)  # "The balance favours Russia: Indian exports were $4.3 billion"
    if colon != -1 and not text[colon + 1:seg.start].strip():
        colon = -1  # a label and its value ("Deficit with Taiwan, 2024: $73.9bn"): the label names the figure
    said = last(SAID, text, seg.left, seg.start)  # "Asked about the deficit, the minister said exports were"
    start = max(colon + 1 if colon != -1 else seg.left, said.end() if said is not None else seg.left,
                _main_clause_start(text, seg))
    if seg.follows_figure and FROM_TO.fullmatch(text, seg.left, seg.start):
        # "the surplus narrowed from $12.5 billion in February to $11.1 billion": the words before the first figure
        # say what the second measures too
        start = max(seg.sentence[0], seg.left - FROM_TO_REACH)
    balance = last(cues["hard_block"], text, start, seg.start) or last(cues["gap_between"], text, start, seg.start)
    if balance is not None and not _own_flow_after(text, balance.end(), seg.start, trade):
        return True
    block = last(cues["block"], text, seg.left, seg.start)
    if block is not None and _goal_noun_of_figure(text, block.end(), seg):
        block = None  # "The agreement will help the two sides achieve the target of US$ 2 billion in bilateral trade"
    aside = _qualifier_aside(text, block, seg) if block is not None else None
    if aside is not None:  # "Chinese loans to Kenya, mostly for the railway, total": the word before the aside
        block = last(cues["block"], text, seg.left, aside.start())
    described = last(DESCRIBING_APPOSITION, text, seg.left, seg.start) if block is not None else None
    if described is not None and described.start() <= block.start() \
            and (trade.end() <= described.start() if trade is not None else trade_after is not None):
        # "Trade with India, a market Chile is courting with a partnership agreement, was worth"; "The United Kingdom,
        # where the trade agreement came into force in May, accounted for NZ$6.2 billion in two-way trade": the aside
        # describes the partner, not what the figure measures
        block = last(cues["block"], text, seg.left, described.start())
    if block is not None and trade is None and _spent_on_trade(text, seg, trade_after):
        block = None  # "Fiji spent $862.4 million on goods from Singapore": what the money bought is trade
    if block is not None and trade is not None and block.end() <= trade.start() \
            and in_relative_aside(text, block.end(), trade.start()):
        trade = None  # "Family remittances, which are not included in the trade figures, reached": the aside's words
    if block is not None and (trade is None or trade.end() <= block.start() or _compared_with(text, trade)) \
            and _qualifier_aside(text, block, seg) is None and not _in_opening_phrase(text, block, seg):
        return True
    weak = last(cues["weak_block"], text, seg.left, seg.start)
    if weak is not None and (seg.follows_figure and not text[seg.left:weak.start()].strip()
                             or PRONOUN_SUBJECT.search(text, max(seg.left, weak.start() - 30), weak.start())):
        # "$13.5 billion worth of goods to Italy, $12.8 billion to China": the figure before's word; "In 2022 it
        # was worth $5.1 billion": a pronoun names no goods
        weak = None
    if weak is not None and in_series and GOODS_WITH_PARTNER.search(text, seg.left, weak.start()):
        weak = None  # "$13 billion from Turkey, and goods from Iran worth $9 billion": the next flow of a series
    if weak is not None:
        # "exports to Italy, mostly oil, were worth": goods named in an aside do not make the figure theirs
        aside = last(raw_cue("qualifier_aside"), text, seg.left, weak.start())
        goods_from = max(seg.left, weak.start() - PRODUCT_REACH, aside.end() if aside is not None else 0)
        if trade is None and trade_after is None or product_level(text, goods_from, weak.start()):
            return True
    # the phrase that names the metric: the one before the figure, else the one after it ("bilateral trade
    # stands at $4.5 billion, most of it palm oil imported by Pakistan" is still the pair's trade)
    phrases = [m for m in (trade or trade_after,) if m is not None]
    for phrase in phrases:
        if product_level(text, max(after_colon(text, seg, phrase.start()), phrase.start() - PRODUCT_REACH), phrase.end()):
            return True
        of_goods = GOODS_AFTER.match(text, phrase.end())
        goods = of_goods and GOODS_WORDS.match(text, of_goods.end())
        if goods and product_level(text, goods.start(), goods.end()):
            return True  # "exports of oil", "exports of Indian pharmaceuticals"
        amount = AMOUNT_OF_GOODS.search(text, phrase.end(), seg.start)
        if amount and product_level(text, amount.end(), min(seg.start, amount.end() + PRODUCT_REACH)):
            return True  # "India exported 2.5 million tons of rice to Bangladesh, valued at" (not "of non-oil goods")
    # no trade phrase of its own: "the supply of gold in July rose to $5.6 billion"; after a figure, goods set off
    # by commas before this one's name describe that figure ("at $76.5 billion, driven by cut flowers, followed
    # by the US at $70.2 billion")
    goods_from = max(seg.left, text.rfind(",", seg.left, seg.start) + 1) if seg.follows_figure else seg.left
    # ... and goods in an apposition describe the name before it ("The Netherlands, the gateway for Costa Rican
    # fruit to Europe, came second with")
    # (or an aside on what the trade mostly is: "Brazil was the main market for Bolivian products, mainly natural
    # gas, with")
    described = last(APPOSITION, text, goods_from, seg.start) or last(raw_cue("qualifier_aside"), text, goods_from,
                                                                      seg.start)
    outside = [(goods_from, described.start()), (described.end(), seg.start)] if described else [(goods_from, seg.start)]
    if not phrases and any(product_level(text, start, end) for start, end in outside):
        return True
    goods = GOODS_OF_FIGURE.match(text, seg.end, seg.right)
    if goods and product_level(text, goods.start("goods"), goods.end("goods")):
        return True  # "$2.3 billion worth of wheat", "$3 billion of oil"
    # the noun right after the figure; or the label after a colon, as "in numbers" boxes put the value first
    # ("US$1.5bn: Chinese investment in lithium")
    words = BLOCK_LABEL_WORDS if VALUE_LABEL.match(text, seg.end) else BLOCK_AFTER_WORDS
    # past a restatement in brackets: "Shs 83 billion ($22 million) in wages"
    bracket = BRACKET_AFTER.match(text, seg.end, seg.sentence[1])
    start, end = (bracket.end(), seg.sentence[1]) if bracket else (seg.end, seg.right)
    following = text[start:end].split()
    if following[:1] and following[0] in CLAUSE_JOINS and following[1:2] and following[1] in DETERMINERS:
        return False  # "imports totalled $612 million and the deficit was": the next noun has a figure of its own
    if following[:1] and following[0] in SUBORDINATORS:
        return False  # "rose to $81.1 billion as Mexican firms sourced more parts": another clause, its own nouns
    # the noun phrase after "in", "of", "on", "for": "$1.5 billion in port fees", "$500 million Line of Credit"
    words += sum(1 for word in following[:words + 1] if word in LINKING_WORDS)
    compound = NOUN_MODIFIERS.match(" ".join(following[:BLOCK_AFTER_WORDS + 1]) + " ")
    if compound is not None:  # "an A$1.5 billion lithium supply deal": the head noun past its modifiers
        words = max(words, len(compound.group().split()) + 1)
    after = " ".join(following[:words])
    # read with the word after, so a name's next word tells ("the Investment Ministry said" is no investment)
    noun = cues["block"].search(" ".join(following[:words + 1]))
    return noun is not None and noun.start() < len(after) or has(cues["hard_block"], after)


def names_other_money(text: str, seg: Segment) -> bool:
    """A word before the figure in its clause says it is money of another kind ("investors", "lenders",
    "remittances")."""
    cues = cue_patterns()
    return has(cues["block"], text[seg.left:seg.start]) or has(cues["hard_block"], text[seg.left:seg.start])


# "The deficit with China widened as imports from China climbed to $9.3bn": a clause of its own, opened by a
# conjunction and a trade phrase, after the balance
FLOW_CLAUSE_OPENS = re.compile(r"\b(?:as|while|because|since|after|when|(?:adding|saying|noting|stressing)\s+that)"
                               r"\s+(?:[\w'’-]+\s+){0,3}?$"
                               # "agreed to tap the full potential of ties and to raise bilateral trade to": a
                               # goal's verb
                               r"|\b(?:to|towards)\s+(?:raise|raising|take|taking|increase|increasing|boost(?:ing)?"
                               r"|double|doubling|triple|tripling|lift(?:ing)?|bring(?:ing)?|push(?:ing)?|expand(?:ing)?"
                               r"|enhance|enhancing|grow(?:ing)?)"
                               r"\s+(?:[\w'’-]+\s+){0,3}?$")


def _own_flow_after(text: str, after: int, figure: int, trade: Optional[re.Match[str]]) -> bool:
    """A trade phrase of the figure's own, opening a clause after the balance word ("as imports from China rose to",
    "to raise bilateral trade to")."""
    return trade is not None and trade.start() >= after and trade.end() <= figure \
        and FLOW_CLAUSE_OPENS.search(text, after, trade.start()) is not None


GOODS_WITH_PARTNER = re.compile(r"\b(?:goods|products|merchandise)\s+(?:coming\s+)?(?:from|to)\s+(?:the\s+)?[A-Za-z]")
# "While the trade gap persists, exports rose to", "The balance favours Indonesia, with Kenyan exports at": the figure's
# clause after a subordinate clause that opens the sentence, or after ", with"
SUBORDINATE_OPENING = re.compile(r"\s*(?:while|although|though|even though|despite|whereas)\b[^,;:]{0,120}$")
WITH_AFTER_COMMA = re.compile(r",\s*with\s")


def _main_clause_start(text: str, seg: Segment) -> int:
    """Where the figure's own clause starts, after an opening clause about something else (a deficit, a gap)."""
    comma = text.rfind(",", seg.left, seg.start)
    if comma == -1:
        return seg.left
    if SUBORDINATE_OPENING.fullmatch(text, seg.sentence[0], comma) or WITH_AFTER_COMMA.match(text, comma):
        return comma + 1
    return seg.left


# "Under the new agreement, the target is ...", "With the free trade deal, ...": a phrase opening the sentence
OPENING_PHRASE = re.compile(r"\s*(?:under|with|after|following|thanks to|through|as part of|in line with)\b"
                            r"[^,;:]{0,60}$")


def _in_opening_phrase(text: str, block: re.Match[str], seg: Segment) -> bool:
    """"Under the new agreement, the target is to reach $40 billion": a block word in a phrase that opens the
    sentence and closes with a comma before the figure's clause says under what, not what the figure is."""
    return OPENING_PHRASE.fullmatch(text, seg.sentence[0], block.start()) is not None \
        and "," in text[block.end():seg.start]


def _qualifier_aside(text: str, block: re.Match[str], seg: Segment) -> Optional[re.Match[str]]:
    """"Exports to Armenia, mostly from small companies, were $600 million", "Slovakia's trade with Japan, a major
    investor, reached": the aside that holds a block word, qualifies the trade phrase or its partner and closes
    before the figure's verb."""
    asides = (last(raw_cue("qualifier_aside"), text, seg.left, seg.start), last(COMMA_ASIDE, text, seg.left, seg.start))
    for aside in asides:
        if aside is not None and aside.start() < block.start() < aside.end() <= seg.start \
                and "," not in text[aside.end():seg.start]:
            return aside
    return None

"""What one figure is: a level, a change, a range, a restatement in another currency or an earlier
baseline; what it measures (turnover, exports, imports) and whether it is a goal. Whether it is trade at all
(investment, loans, deals, balances and one commodity are not) is read in not_trade.py. The words come from
cues.tsv and metrics.tsv.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from parsers.lexicon import anchored_cues, cue_patterns, metric_lookup, object_verbs, qualifier_pattern, raw_cue
from parsers.money import Money

PERCENT = re.compile(r"(?P<sign>[-−–])?(?P<pct>\d+(?:[.,]\d+)?)\s*(?:%|percent\b|per cent\b|pc\b|pct\b|per-cent\b)",
                     re.IGNORECASE)
BLOCK_AFTER_WORDS = 2  # "$6 billion loan", "US$10 billion oil refinery": the noun right after the figure
# "an A$1.5 billion lithium supply deal": nouns that modify the head noun after the figure; not a function word,
# a time word or a word that ends like a verb ("$2 billion despite investment" is not a compound)
NOUN_MODIFIERS = re.compile(r"(?:(?!(?:in|of|on|for|as|the|a|an|and|or|but|while|whereas|with|from|to|by|at|last|this|next"
                            r"|year|years|month|months|despite|amid|against|versus|compared|which|that|than|up|down|over"
                            r"|after|before|during|since|until|mostly|mainly)\b)(?![a-z]+(?:ing|ed)\b)[a-z][a-z-]+\s+){1,2}")
# ", a gateway to Europe,", ", the EU's largest economy,": an apposition describing the name before it
APPOSITION = re.compile(r",\s+(?:a|an|the|its|their)\s+[^,;()$\d]{1,60}?(?=,)")
SAID = re.compile(r"\b(?:said|says|noted|stated|added|told\s+\w+)\s+(?:that\s+)?")
CLAUSE_OPENER = re.compile(r"\b(?:so that|so|in order that|because|since|if|when|whereas|while)\s")
COMMA_ASIDE = re.compile(r",\s+(?:which|who|whose|the|its|a|an|their|under|with|after|following|thanks\s+to|before|"
                         r"since|until|when|once)\s+(?:[^,.;()\d]|(?:19|20)\d\d){1,60}?,")
LINKING_WORDS = frozenset({"in", "of", "on", "for", "as", "the", "a", "an"})
BRACKET_AFTER = re.compile(r"\s*\([^()]{1,40}\)")
BLOCK_LABEL_WORDS = 5  # "US$1.5bn: Chinese investment announced": the label a colon opens after the figure
METRIC_AFTER_CHARS = 30  # "want 10 bln USD in bilateral trade": a metric phrase right after the figure
# "$35 billion by 2030", "a $150 billion trade goal": what follows a figure can make it a goal
# "$30 billion (in bilateral trade) by 2030", "$30 billion target"
TARGET_AFTER = re.compile(r"\s*(?:(?:in\s+(?:[\w-]+\s+){0,2}?(?:trade|turnover|commerce)\s+)?by\s+(?:the\s+end\s+of\s+)?"
                          r"(?P<year>(?:19|20)\d\d)\b|(?:(?!(?:as|while|and|but|when|after|since|with)\b)[\w-]+\s+){0,2}(?:target|goal)s?\b"
                          # ("the $1 billion trade target", not "... as the forum targets $12bn"); "the $1 billion mark
                          # in bilateral trade is within reach"
                          r"|(?:[\w-]+\s+){0,7}?(?:is|are|seems|looks|remains)\s+(?:now\s+|well\s+|quite\s+)?"
                          r"(?:within\s+reach|in\s+sight|achievable|attainable|realistic|feasible|within\s+grasp)\b)",
                          re.IGNORECASE)
QUALIFIER_REACH = 25
PRESENT_REACH = 40  # ", which is currently valued at $3 billion"
PRODUCT_REACH = 25  # "oil and gas exports": goods named just before a metric phrase
# ", or 1 percent in dollar terms to": the same figure in another currency, its own growth beside it
# "in the first quarter of 2022", "in March-August": the period of the first figure, before its restatement
PERIOD_BETWEEN = r"(?:\s+(?:in|during|over|for)\s+(?:[\w-]+\s+){0,5}?(?:(?:19|20)\d\d|[a-z]+(?:-[a-z]+)?))?"
RESTATED_IN_TERMS = re.compile(PERIOD_BETWEEN + r"\s*,?\s*or\s+(?:(?:up|down)\s+)?(?:by\s+)?"
                               r"(?:[\d.,]+\s*(?:%|percent|per\s+cent)\s+)?"
                               r"in\s+(?:[\w.$]+\s+){1,2}?terms\s*,?\s*(?:to\s+|at\s+)?")
# a participle after a comma describes the subject of its sentence: ", accounting for", ", reaching"
PARTICIPLE_BEFORE = re.compile(r",\s*(?:accounting\s+for|amounting\s+to|totall?ing|reaching|worth|valued\s+at)\s+"
                               r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+)?$")
CURRENCY_NOUNS = (r"(?:dollar|currency|euro|pound|rupee|yuan|renminbi|ro?uble|yen|won|peso|rand|naira|shilling|dirham|"
                  r"riyal|rial|toman|dinar|lira|tenge|manat|som|lari|dram|forint|zloty|krona|krone|ringgit|baht|rupiah|"
                  r"dong|taka)")
# "in rupee terms", "Measured in yuan,", "denominated in rubles": the figure told again in another currency
IN_TERMS_BEFORE = re.compile(rf"\b(?:(?:in|expressed in)\s+(?:[\w-]+\s+){{0,2}}{CURRENCY_NOUNS}\s+terms"
                             rf"|(?:measured|denominated|calculated|counted|expressed)\s+in\s+(?:[\w-]+\s+)?"
                             rf"{CURRENCY_NOUNS}s?)\b", re.IGNORECASE)
EQUIVALENT_BEFORE = re.compile(r"\b(?:(?:equivalent|equal)\s+to|equivalent\s+of)\s+"
                               r"(?:about\s+|around\s+|approximately\s+|some\s+|roughly\s+)?$")
# figures in brackets after countries, then the verb whose object is a balance: "(€0.3 billion) had a trade surplus"
BALANCE_AFTER_ITEMS = re.compile(r"\s*\)(?:\s*(?:,|and|,\s*and)\s+(?:the\s+)?[\w' -]{2,30}?\s*\([^()]{1,30}\))*\s+"
                                 r"(?:had|ran|recorded|posted|registered|showed|enjoyed|logged)\s+(?:a\s+|the\s+)?"
                                 r"(?:[\w-]+\s+){0,2}?(?:surplus(?:es)?|deficits?|balances?|gaps?)\b")
COPULA_BEFORE = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been|stood)\s+(?:\w+ly\s+)?$")
# "$3.2 billion ($2.9 billion in 2021)", "141 million euros in December 2023 (172 million a year earlier)",
# "USD 8.4 billion (2022: USD 5.1 billion)", "$8.5 billion (January-September 2023 – $7.3 billion)": a figure in
# brackets right after another, or after its period phrase ("$1.01 billion last year ($1.45 billion in 2022)")
BRACKETED = re.compile(r"(?:\s+(?:(?:from|to|with|in|during|for|over)\s+[^(),\d]{0,30}?(?:(?:19|20)\d\d(?:[-/–]\d\d(?:\d\d)?)?(?:\s+(?:[a-z]+\s+)?year)?)?"
                       r"|(?:last|this|past)\s+(?:fiscal\s+|financial\s+)?(?:year|month|quarter))){0,2}"
                       r"\s*[(\[]\s*"
                       r"(?:(?:[A-Za-z][\w-]{0,20}\s+)?(?:19|20)\d\d(?:[-/]\d\d)?\s*(?::|[–—-](?=\s))\s*)?"
                       r"(?:about|around|approximately|some|roughly|or|i\.e\.)?\s*")
YEAR_LABEL_IN_BRACKETS = re.compile(r"\s*[;,]\s*(?:[A-Za-z][\w-]{0,20}\s+)?(?:19|20)\d\d(?:[-/]\d\d)?\s*:\s*")
# "EGP 174 billion (USD 5.66 billion)", "SAR 53 billion in 2022, equivalent to $14.1 billion", "(equal to ...)"
# the unit's code in brackets may stand between ("218.7 billion dirhams (MMDH) in 2023, or nearly 20 billion euros")
RESTATED = re.compile(r"(?:\s*\([a-z]{2,5}\))?" + PERIOD_BETWEEN + r"\s*(?:[(\[]|,)?\s*(?:(?:which\s+is|that\s+is|or)\s+)?"
                      r"(?:(?:equivalent|equal)\s+to\s+|(?:the\s+|an?\s+)?equivalent\s+of\s+|i\.e\.\s*)?"
                      r"(?:about|around|approximately|approx\.?|ca\.|circa|"
                      r"some|roughly|nearly|almost)?\s*")
GOODS_AFTER = re.compile(r"\s+(?:(?:in|to|from)\s+[\w-]+\s+)?of\s+")  # "exports of oil", "purchase in Brazil of vaccines"
# "non-oil trade", "non-oil and gas exports", "goods (excluding gold)", "exports other than oil": all but those goods
NON_GOODS = re.compile(r"(?:\bnon[- ]?|\b(?:excluding|excl\.|except(?:\s+for)?|other\s+than|apart\s+from)\s+)"
                       r"(?:[\w-]+\s+(?:and|&)\s+)?$")
# "rice and other goods", "tea, coffee and other products": examples of all the goods, not one commodity
AND_OTHER_GOODS = re.compile(r"(?:\s*,\s*[\w-]+(?:\s+[\w-]+)?){0,4}\s*,?\s+and\s+other\s+(?:goods|products|commodities|items)\b")
GOODS_WORDS = re.compile(r"(?:[\w-]+\s+){0,2}[\w-]+")  # the goods named after it: up to three words
# "$2.3 billion worth of wheat", "$3 billion of crude oil": goods named in the three words after "of"
# "$2.3 billion worth of wheat", "$3 billion in oil": goods named after the figure, up to a word that opens another
# clause ("$3.7 billion in October as oil purchases eased" names no goods of the figure)
GOODS_WORD = r"(?!(?:as|while|when|after|amid|because|since|due|on|with|and|but|despite|led|driven)\b)[\w-]+"
GOODS_OF_FIGURE = re.compile(rf"['’]?\s*(?:(?:worth|in\s+value)\s+)?(?:of|in)\s+"
                             rf"(?P<goods>{GOODS_WORD}(?:\s+{GOODS_WORD}){{0,2}})")
ASIDE = re.compile(r",\s*(?:which|who|whose|where|when)\b[^,;]*,")  # ", which plan to sign a deal,"
# ", which reached", ", that stood at": an aside that states what the trade was
ASIDE_OPENS = re.compile(r",\s*(?:which|that)\s+(?:[\w'’-]+\s+){0,3}?(?:was|were|is|stood|reached|amounted|totall?ed|came)\b")
AFTER_ASIDE = re.compile(r"[^,;.]{0,40},\s*(?:up\s+)?to\s+(?:about\s+|around\s+|over\s+|some\s+)?")  # "in 2022, to " + the figure
# between "from $4 billion" and "to $5 billion": a unit word and the first figure's time ("in 2021", "in the first
# half of 2022", "a year earlier", "in the same period last year")
FROM_TO_REACH = 120  # characters before the first figure of "from X to Y" that may say what both measure
FROM_TO = re.compile(r"\s*(?:(?:dollars|euros|\w+)\s+)?(?:(?:(?:in|during|over)\s+(?:[\w/-]+\s+){0,5}?[\w/-]+|"
                     r"(?:a|one)\s+year\s+(?:earlier|ago|before)|last\s+year|"
                     r"(?:in\s+)?the\s+(?:previous|prior|preceding|same)\s+(?:year|period)(?:\s+(?:of\s+)?last\s+year)?)\s*)?"
                     r",?\s*to\s+(?:about\s+|around\s+|over\s+|nearly\s+|almost\s+)?")
# "from $1.9 billion", "from 1.9", "from the current $600 million"
FROM_REACH = 40
FROM_BEFORE = re.compile(r"\bfrom\s*(?:(?:the\s+|its\s+|their\s+)?(?:current|present|existing|today's)\s+"
                         r"(?:level\s+of\s+)?)?\S*$")
GOAL_OF = re.compile(r"\s+(?:of|at)\s+")  # "a goal of reaching", "aimed at reaching"
GOAL_BEFORE = re.compile(r"\b(?:goals?|targets?|aims?|objectives?|tasks?|ambitions?|aimed|aiming)\s+(?:of|at)\s+$")
CAUSE_REACH = 30
# a noun phrase or relative clause set off by commas that describes a name ("to China, its main trading partner,
# totalled", "Chile, which both export copper to China,"): its trade words say what the country is or does, not
# what the figure measures
APPOSITION_OPEN = re.compile(
    r",\s+(?:(?:the|its|their|our|a|an|(?:[\w-]+\s+){0,2}[\w-]+['’]s)\s+|(?:which|who|whose)\b)[^,.;()\d]{0,40}$")
APPOSITION_CLOSE = re.compile(r"(?:[^,.;()\d]|\b(?:19|20)\d\d\b){0,40},")  # "its top trading partner since 2009,"
LEAD_WORDS = re.compile(rf"(?:\b(?:{raw_cue('lead_word').pattern})\s*)+$", re.IGNORECASE)
# "compared to the same period of the previous year ($770 million)": the comparison stands just before the bracket
BASELINE_REACH = 56
# "(+$2.8 billion)", "-$5bn": a sign written against the amount makes it a change ("Spain – $2.3 billion" is a dash)
SIGNED = re.compile(r"(?:^|(?<=[\s(]))[+±−–-]$")
# a currency written before an amount, for ranges: a sign, a code, or a local short form ("N620bn", "Sh5bn", "R45bn")
CURRENCY_MARK = r"(?:[$€£¥₹]|us\$|usd|eur|[a-z]{1,4}\$?)?\s*"
# "$6.2-6.4 billion", "between $18 and $19 billion", "$1.2bn-$1.5bn": either end of a range
RANGE_MAGNITUDE = r"bn|mn|mln|bln|tn|billion|million|trillion"
RANGE_TO_NEXT = re.compile(rf"\s*(?:-|–|—)\s*{CURRENCY_MARK}")
# ("2023 – $7.3 billion": a year and a dash label the figure after them, they open no range)
RANGE_FROM_PREVIOUS = re.compile(rf"(?:\bbetween\s+{CURRENCY_MARK}[\d.,]+\s*(?:[a-z]+\s+)?and|(?<!\b(?:19|20)\d)\d(?:\s?(?:{RANGE_MAGNITUDE}))?\s*(?:-|–|—))\s*{CURRENCY_MARK}$")
RANGE_TO = re.compile(rf"\s+to\s+{CURRENCY_MARK}")  # "$4 billion to $4.5 billion"
# "grow by 1 to 1.5 billion kuna", "at 300 to 350 million dollars": a bare number and "to" before the figure (not
# "from 1.9 to 2.6 billion", where the first is an earlier value, nor a year or a share: "in 2023 to $5 billion",
# "in 2020-21 to 72.9", "rose by %4,6 to USD 6,27 billion")
BARE_TO_BEFORE = re.compile(rf"(?<!\bfrom\s)(?<![\w.,%$€£¥/–-])(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)?\s+to\s+"
                            rf"{CURRENCY_MARK}$")
# ("estimates vary widely, from $95 billion to $100 billion")
RANGE_OPENS = re.compile(rf"\b(?:between|rang(?:e|ed|es|ing)\s+from|anywhere\s+from|var(?:y|ies|ied|ying)(?:\s+\w+)?,?"
                         rf"\s+from)\s+{CURRENCY_MARK}$")
# "($3.0 billion in 2022; $2.3 billion in 2021)": the next earlier value in the same brackets, after its year
NEXT_IN_BRACKET = re.compile(r"\s+(?:in|for|during)\s+[^();$\d]{0,20}(?:19|20)\d\d(?:[-/–]\d\d)?\s*[;,]\s*(?:and\s+)?")
COORDINATED = re.compile(r"\s*(?:,|and|or|,\s*and)\s*(?:about\s+|around\s+|almost\s+|nearly\s+)?")
# "trade with Russia grew by $0.6 billion, and trade with China by $1.1 billion": a change told again for another
# subject, its verb left out
ELLIPTIC_BY = re.compile(r"[^.;\d]{0,20}?,?\s+and\s+[^.;\d]{0,40}?\bby\s+(?:about\s+|around\s+|almost\s+|nearly\s+|"
                         r"some\s+|over\s+|more\s+than\s+)?")
# "$10.9bn more goods than", "$2 billion higher than": a difference between two figures
DIFFERENCE_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:more|less|fewer|higher|lower|greater|smaller)\b[^.;]{0,50}?\bthan\b"
                              # "were 1.5 billion euros higher.", "1.5 billion euros above the 2019 level"
                              r"|\s*(?:[\w-]+\s+){0,2}?(?:more|less|higher|lower|greater|smaller)\s*(?:[.;]|$)"
                              r"|\s*(?:[\w-]+\s+){0,2}?(?:above|below)\s+(?:the\s+|its\s+|their\s+)?"
                              r"(?:(?:19|20)\d\d\s+|pre-[\w-]+\s+)?(?:level|figure|mark)s?\b")
# "a $50 million increase", "a 54% or £5.2 billion rise": the figure is the size of a change
CHANGE_NOUN_AFTER = re.compile(r"\s*(?:increase|decrease|rise|fall|drop|decline|gain|reduction|jump|surge|contraction)\b")
# "could add up to $3 billion in annual trade", "add up to $500 million a year to trade": an amount added to trade (not
# "trade added up to $1.9 billion", a sum)
ADD_UP_TO_BEFORE = re.compile(r"\badd(?:s|ed|ing)?\s+up\s+to\s*$")
TO_TRADE_AFTER = re.compile(r"\s+(?:(?:a|per)\s+year\s+|annually\s+)?(?:in|to|of)\s+(?:the\s+)?"
                            r"(?:(?:annual|yearly|bilateral|two-way|mutual|their|its)\s+)*"
                            r"(?:trade|turnover|exports|imports)\b")
# "14 percent, or $105 million, more than a year before": the same difference in money, set off by commas
PERCENT_OR_BEFORE = re.compile(r"(?:%|\bpercent|\bper cent),?\s+or\s+(?:about\s+|nearly\s+|almost\s+)?$")
DIFFERENCE_SET_OFF = re.compile(r"\s*,\s*(?:more|less|higher|lower|greater|smaller)\s+than\b")


@dataclass
class Segment:
    """The words that describe one figure: `left` up to it, `right` after it, inside its sentence."""

    left: int
    start: int  # the figure itself
    end: int
    right: int
    sentence: tuple[int, int]
    follows_figure: bool = False  # `left` is where the figure before it in the sentence ends
    aside: Optional[tuple[int, int]] = None  # an aside inside the clause (", after a drop in 2021,"): its own time


# ", which led the table in the previous quarter,", ", which borders Russia and China,", ", led by copper from the
# Chinese-owned mines,": an aside set off by commas about the name or the flow before it
# ", which ...,", ", driven by ...,"; ", hit by sanctions on automobiles and machinery,": what moved the flow
DRIVEN_BY = r"(?:led|driven|dominated|boosted|fuell?ed|buoyed|hit|hurt|weighed\s+down|dragged\s+down|held\s+back)\s+by"
RELATIVE_ASIDE = re.compile(rf",\s*(?:which|who|whose|{DRIVEN_BY})\b[^,;]*,")


def in_relative_aside(text: str, start: int, position: int) -> bool:
    """Whether `position` stands inside a relative clause set off by commas after `start`."""
    return any(m.start() < position < m.end() for m in RELATIVE_ASIDE.finditer(text, start, position + 80))


def segment(text: str, previous_end: int, money: Money, next_start: int, sentence: tuple[int, int]) -> Segment:
    cues = cue_patterns()
    left, aside = _before_aside_of_previous(text, previous_end, money, sentence), None
    # ", mainly oil, metals, and grain,": a list of goods set off by commas holds no clause boundary
    goods_lists = [(m.start(), m.end()) for m in raw_cue("qualifier_aside").finditer(text, previous_end, money.start)]
    for match in cues["boundary"].finditer(text, previous_end, money.start):
        if any(start < match.start() and match.end() < end for start, end in goods_lists):
            continue
        closed = text.find(",", match.end(), money.start)
        if closed != -1 and raw_cue("aside").fullmatch(match.group(0)):
            aside = match.start(), closed  # closed before the figure: the words before it still describe the figure
            continue
        left, aside = match.end(), None
    if aside is None:
        relative = last(RELATIVE_ASIDE, text, left, money.start)
        aside = relative.span() if relative is not None else None
    right = next_start
    for kind in ("boundary", "cut"):
        cut = cues[kind].search(text, money.end, right)
        if cut:
            right = cut.start()
    return Segment(left, money.start, money.end, right, sentence, follows_figure=left == previous_end > sentence[0],
                   aside=aside)


def _before_aside_of_previous(text: str, previous_end: int, money: Money, sentence: tuple[int, int]) -> int:
    """Where the figure's clause may begin: after the figure before it, unless that one stands in an aside
    that closes before this one ("want to bring their trade, which reached $4 billion in 2022, to $6 billion":
    the clause around the aside is this figure's)."""
    if previous_end <= sentence[0]:
        return previous_end
    opened = last(ASIDE_OPENS, text, sentence[0], previous_end)
    if opened is None or "," in text[opened.end():previous_end] \
            or AFTER_ASIDE.fullmatch(text, previous_end, money.start) is None:
        return previous_end
    return sentence[0]


EXACT_AFTER = re.compile(r",?\s*(?:to\s+be\s+(?:exact|precise)|precisely|exactly)\b")


US_DOLLAR_SIGNS = frozenset({"$", "US$", "US $", "U.S.$", "U.S. $", "USD"})  # "$6.1 billion (US $6.3 billion in 2023)"


def is_restatement(text: str, first: Money, second: Money) -> bool:
    """"USD 5.66 billion (EGP 174 billion)", "1.5 trillion yuan in 2022, or 1 percent in dollar terms to 220
    billion dollars": the second figure restates the first in another currency ("$3.2 billion ($2.9 billion in
    2021)" in the same currency is an earlier value, not a restatement)."""
    if first.currency is not None and first.currency == second.currency \
            and (not first.currency_word or not second.currency_word or first.currency_word == second.currency_word
                 or first.currency == "USD" and {first.currency_word, second.currency_word} <= US_DOLLAR_SIGNS):
        return False  # "A$127.7 billion ($81.7 billion)" writes two dollars, though a text may read both as one
    if second.currency is None and BRACKETED.fullmatch(text, first.end, second.start) is not None:
        return False  # "$4.12 billion (4.38 billion)": no other currency named, so the same unit at another time
    if EXACT_AFTER.match(text, second.end):
        return False  # "close to one and a half billion dollars, 1,46 billion to be exact": the exact figure, a fact
    return RESTATED.fullmatch(text, first.end, second.start) is not None or \
        second.currency is not None and RESTATED_IN_TERMS.fullmatch(text, first.end, second.start) is not None


def in_brackets_after(text: str, first: Money, second: Money) -> bool:
    """"Vietnam – $3.2 billion ($2.9 billion in 2021)": a figure in brackets right after another; or labelled
    with its year after it in the same brackets ("China (155.7 billion euros; 2022: 192.8 billion euros)")."""
    if BRACKETED.fullmatch(text, first.end, second.start) is not None:
        return True
    opened = text.rfind("(", max(0, first.start - 40), first.start)
    return opened != -1 and ")" not in text[opened:second.start] \
        and YEAR_LABEL_IN_BRACKETS.fullmatch(text, first.end, second.start) is not None


def measure_equal_to(text: str, seg: Segment, money: Money) -> bool:
    """"the turnover between the two countries was equal to $4.35 billion": a measure, a verb of being and "equal
    to" state the figure itself (a restatement says "This is equal to", or names the other currency's terms)."""
    before = text[seg.left:money.start]
    equivalent = EQUIVALENT_BEFORE.search(before)
    return equivalent is not None and COPULA_BEFORE.search(before, 0, equivalent.start()) is not None \
        and not IN_TERMS_BEFORE.search(before) and bool(metric_phrases(text, seg.left, seg.left + equivalent.start()))


def figure_kind(text: str, money: Money, seg: Segment, previous: Optional[tuple[Money, str]],
                next_money: Optional[Money]) -> str:
    """conversion ("USD 5.66 billion (EGP 174 billion)"), change ("increased by $280 million", "+$2.8
    billion", "$10.9bn more than"), range ("$6.2-6.4 billion", "between $18 and $19 billion"), item (in
    brackets after a word that is not a trade phrase: "computers ($4.4 billion)"), baseline ("up from $78
    billion"), opening (the first of "from $4 billion to $5 billion"), or plain. A figure joined to the one before by "and" is of the same kind ("a decrease of
    $260 million and $65 million")."""
    before = text[seg.left:money.start]
    if EQUIVALENT_BEFORE.search(before) \
            or IN_TERMS_BEFORE.search(before) and not metric_phrases(text, seg.left, money.start):
        # "the shipments were equivalent to around COP 2 trillion", "In Guyana dollar terms, the figure was G$296
        # billion": a figure given before, restated (but "In rand terms, exports to China totalled" says more)
        return "conversion"
    if previous is not None:
        earlier, earlier_kind = previous
        if is_restatement(text, earlier, money):
            return "conversion"
        if in_brackets_after(text, earlier, money):
            return "baseline"  # the same measure at another time, with its own period
        if earlier_kind in ("change", "baseline") and COORDINATED.fullmatch(text, earlier.end, money.start) \
                or earlier_kind == "change" and ELLIPTIC_BY.fullmatch(text, earlier.end, money.start) \
                or earlier_kind == "baseline" and NEXT_IN_BRACKET.fullmatch(text, earlier.end, money.start):
            return earlier_kind
    if SIGNED.search(text, max(0, money.start - 2), money.start):
        return "change"
    if next_money is not None and RANGE_TO_NEXT.fullmatch(text, money.end, next_money.start) \
            or RANGE_FROM_PREVIOUS.search(text, max(seg.sentence[0], money.start - 30), money.start) \
            or RANGE_OPENS.search(text, max(seg.sentence[0], money.start - 24), money.start) \
            or BARE_TO_BEFORE.search(text, max(seg.sentence[0], money.start - 24), money.start):
        return "range"
    if DIFFERENCE_AFTER.match(text, money.end, seg.sentence[1]) or CHANGE_NOUN_AFTER.match(text, money.end) \
            or ADD_UP_TO_BEFORE.search(text, max(seg.sentence[0], money.start - 20), money.start) \
            and TO_TRADE_AFTER.match(text, money.end) \
            or DIFFERENCE_SET_OFF.match(text, money.end, seg.sentence[1]) \
            and PERCENT_OR_BEFORE.search(text, max(seg.sentence[0], money.start - 30), money.start):
        return "change"
    paren = text.rfind("(", seg.sentence[0], money.start)
    if paren != -1 and ")" not in text[paren:money.start] and not text[paren + 1:money.start].strip():
        head = text[max(seg.sentence[0], paren - 12):paren].rstrip()
        if not head.endswith(("%", "percent", "per cent")):  # "69.6 percent (USD 17 billion)": the share in money
            near = text[max(seg.left, paren - BASELINE_REACH):paren]
            # "compared to the 2022 figures ($770 million)"; but "imports came from Russia ($18.2 billion)" names
            # where they came from, not an earlier value
            if any(cue.group(0) != "from" for cue in cue_patterns()["baseline"].finditer(near)):
                return "baseline"
            if not _ends_trade_phrase(text, seg.sentence[0], paren):
                return "item"
    if ends_with(cue_patterns()["change"], before):
        return "change"
    if ends_with(cue_patterns()["baseline"], before):
        if next_money is not None and opens_from(text, money.start) \
                and FROM_TO.fullmatch(text, money.end, next_money.start):
            return "opening"  # "rose from $4 billion to $5 billion": the earlier value of the figure after it
        return "baseline"
    if next_money is not None and RANGE_TO.fullmatch(text, money.end, next_money.start) \
            or previous is not None and previous[1] == "range" \
            and RANGE_TO.fullmatch(text, previous[0].end, money.start):
        return "range"  # "a band of A$120 billion to A$140 billion" (no change nor "from" before the first)
    return "plain"


def opens_from(text: str, start: int) -> bool:
    """The figure at `start` is what a change starts "from" ("from $1.9 billion", "from the current $600 million")."""
    return FROM_BEFORE.search(text, max(0, start - FROM_REACH), start) is not None


def _ends_trade_phrase(text: str, start: int, paren: int) -> bool:
    """"imports (US$ 39.4 billion)": the bracket follows a trade phrase, so it is the figure of that phrase."""
    pattern, _ = metric_lookup()
    found = last(pattern, text, max(start, paren - 40), paren)
    return found is not None and not text[found.end():paren].strip()


# the words before a figure a cue ending there may span ("could boost India-Canada two-way trade by up to")
CHANGE_REACH = 80


def ends_with(pattern: re.Pattern[str], text: str) -> bool:
    """A cue right before the figure. Any cue that ends there counts, not only the last one found from the left:
    in "grew by 10%, or" the shorter cue "grew by" must not hide "grew by 10%, or"."""
    tail = text[-CHANGE_REACH:].rstrip(" (:$\\")
    tail = LEAD_WORDS.sub("", tail).rstrip()
    return _at_end(pattern).search(tail) is not None


@lru_cache(maxsize=None)
def _at_end(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(f"(?:{pattern.pattern})$", pattern.flags)


def has(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


def last(pattern: re.Pattern[str], text: str, start: int, end: int) -> Optional[re.Match[str]]:
    match = None
    for match in pattern.finditer(text, start, end):
        pass
    return match


# --- what a figure measures ---------------------------------------------------------------------------------

# "grew, driven by Chinese exports, which reached $80.3 billion": a cause whose own figure the relative clause gives
CAUSE_TOLD = re.compile(r"\s*,\s*(?:which|that)\s+(?:[\w-]+\s+){0,3}?$")


def metric_near(text: str, seg: Segment) -> tuple[Optional[str], Optional[re.Match[str]], Optional[re.Match[str]]]:
    """The metric the phrase nearest before the figure names (else one right after it), the phrase before
    the figure and the phrase after it. A phrase giving a cause ("shrank due to lower gas imports") does not
    say what the figure measures."""
    _, table = metric_lookup()
    cause, whole = anchored_cues("cause_before", "whole_before")
    found = metric_phrases(text, seg.left, seg.start)
    said = [match for match in reversed(found)
            if not cause.search(text, max(seg.left, match.start() - CAUSE_REACH), match.start())]
    # "grew, driven by Chinese exports, which reached $80.3 billion": the cause is what "which" stands for
    told = found[-1] if found and CAUSE_TOLD.match(text, found[-1].end(), seg.start) else None
    parts = [m for m in said if not whole.search(text, max(seg.left, m.start() - CAUSE_REACH), m.start())]
    if parts:
        said = parts  # "Chinese exports made up the bulk of the exchange, at $7.5 billion": the whole measures none
    if len(said) > 1 and "," in text[seg.left:seg.start]:
        # "exports to Norway, mostly furniture and ships, amounted to": trade words among the goods of an aside
        aside = last(raw_cue("qualifier_aside"), text, seg.left, seg.start)
        if aside is not None:
            said = [m for m in said if not aside.start() < m.start() < aside.end()] or said
    # the nearest phrase, unless it stands in an apposition after another one ("to China, its main trading partner,")
    before = said[1] if len(said) > 1 and _in_apposition(text, said[0], seg.left) else said[0] if said else None
    if len(said) > 1 and PARTICIPLE_BEFORE.search(text, max(seg.left, seg.start - 40), seg.start):
        before = said[-1]  # "Indian exports to Nepal dominate the exchange, accounting for $7 billion": the subject's
    before = told or before
    after = next(iter(metric_phrases(text, seg.end, min(seg.right, seg.end + METRIC_AFTER_CHARS))), None)
    match = before or after
    metric = table[match.group(0).lower()] if match else None
    return _flow_framed(text, seg.sentence[0], seg.start, metric), before, after


def _in_apposition(text: str, match: re.Match[str], left: int) -> bool:
    return APPOSITION_OPEN.search(text, left, match.start()) is not None and \
        APPOSITION_CLOSE.match(text, match.end()) is not None


def _flow_framed(text: str, start: int, end: int, metric: Optional[str]) -> Optional[str]:
    """"In terms of exports, its largest trading partners were ...": a flow the sentence is framed by says
    what its generic trade words measure."""
    if metric != "turnover":
        return metric
    frame = last(cue_patterns()["flow_frame"], text, start, end)
    if frame is None:
        return metric
    return "imports" if "import" in frame.group(0) else "exports"


def subject_metric(text: str, start: int, end: int) -> Optional[str]:
    """The first metric phrase in a stretch of text: what a clause is about, which "it" after it refers to
    ("Trade with Russia grew on imports of machinery; it reached $26 billion")."""
    _, table = metric_lookup()
    match = next(iter(metric_phrases(text, start, end)), None)
    return _flow_framed(text, start, end, table[match.group(0).lower()] if match else None)


def metric_in(text: str, start: int, end: int) -> Optional[str]:
    """The last metric phrase in a stretch of text ("Trade turnover has been increasing steadily.")."""
    _, table = metric_lookup()
    found = metric_phrases(text, start, end)
    match = found[-1] if found else None
    return _flow_framed(text, start, end, table[match.group(0).lower()] if match else None)


NOT_METRIC_WORDS = ("trade", "commerce", "exchange", "export")  # every not_metric phrase of cues.tsv holds one
NOT_METRIC_REACH = 90
EXPORT_IN_NAME = ("and ", "of ", "for ", ", ", "the ")


def metric_phrases(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The metric phrases in [start, end), but for trade words that name an institution or an event ("the
    Chamber of Commerce", "trade minister", "stock exchange")."""
    found = list(metric_lookup()[0].finditer(text, start, end))
    for verb, goods in object_verbs():
        # "took $85 million worth of Mozambican products" names a flow by its object, which may stand after the
        # figure; after a phrase that named the flow ("Poland's biggest export market, taking") it tells the
        # same flow from the buyer's side
        more = [m for m in verb.finditer(text, start, end)
                if goods.match(text, m.end()) and not (found and found[0].start() < m.start())]
        found = sorted(found + more, key=lambda m: m.start()) if more else found
    if not found:
        return found
    spans = _not_metric_spans(text)
    if not spans[0]:
        return found
    return [m for m in found if not _covered(spans, m.start(), m.end())]


def names_institution(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is inside the name of an institution, an event or a policy ("the Minister of
    Internal and Foreign Trade")."""
    spans = _not_metric_spans(text)
    return bool(spans[0]) and _covered(spans, start, end)


# "Ministry of Industry, Trade and Tourism": a name that lists its fields goes on after each of them
NAME_GOES_ON = re.compile(r"\s*(?:,|and\b|&)")


@lru_cache(maxsize=4)
def _not_metric_spans(text: str) -> tuple[list[int], list[int]]:
    """Read only at the trade words the phrases are built on, with anchored patterns: a pass of a free pattern
    over a long text costs more than the rest of the metric reading."""
    before, after = anchored_cues("not_metric_before", "not_metric_after")
    spans = []
    for word in NOT_METRIC_WORDS:
        at = text.find(word)
        while at != -1:
            end = at + len(word)
            if word == "export" and not text.endswith(EXPORT_IN_NAME, 0, at):
                at = text.find(word, end)
                continue  # "export" names an office only in "Minister of Trade and Export", "the Export-Import Bank"
            lead = before.search(text, max(0, at - NOT_METRIC_REACH), at)
            tail = after.match(text, end)
            if lead and not tail and lead.group(0).rstrip().endswith(",") and not NAME_GOES_ON.match(text, end):
                lead = None  # "the Department of Commerce, trade with Kazakhstan": the name ended at its comma
            if lead or tail:
                spans.append((lead.start() if lead else at, tail.end() if tail else end))
            at = text.find(word, end)
    spans.sort()
    return [a for a, _ in spans], [b for _, b in spans]


def _covered(spans: tuple[list[int], list[int]], start: int, end: int) -> bool:
    starts, ends = spans
    i = bisect_right(starts, start) - 1
    return i >= 0 and ends[i] >= end


def is_target(text: str, seg: Segment, this_year: Optional[int] = None) -> bool:
    """A goal when the nearest of the target and actual cues before the figure is a target cue (a verb of
    what happened right after one, "working to hit", is the goal's), or when "by 2030" follows it (unless the year is already past in `this_year` and the figure is
    reported as happened: "trade reached $1.2 billion by the end of 2023", written in 2024)."""
    (present,) = anchored_cues("present_before")
    if present.search(text, max(seg.left, seg.start - PRESENT_REACH), seg.start):
        return False  # "to double trade, now at $3 billion, by 2030"
    target = _own_target_cue(text, seg)
    actual = own_actual_cue(text, seg)
    if target is not None and (actual is None or target.end() > actual.end()
                               or _infinitive(text, target, actual)
                               or GOAL_OF.fullmatch(text, target.end(), actual.start())
                               or GOAL_BEFORE.search(text, max(seg.left, actual.start() - 24), actual.start())):
        return True  # "a goal of reaching $100 billion", "the goal of bringing the figure to": the goal governs
    after = TARGET_AFTER.match(text, seg.end, seg.right)
    if after is None:
        return False
    past = after.group("year") and this_year is not None and int(after.group("year")) < this_year
    return not (past and actual is not None)


MODAL = re.compile(r"should|must|could|would|will|can|might")


def _infinitive(text: str, target: re.Match[str], actual: re.Match[str]) -> bool:
    """A verb of what happened governed by a target cue: "to hit" holds "hit"; "working to", "every chance of"
    stand right before it ("reaching")."""
    if target.start() < actual.start() and target.end() == actual.end():
        return True
    return target.group().endswith(("to", "of")) and text[target.end():actual.start()].isspace()


def _own_target_cue(text: str, seg: Segment) -> Optional[re.Match[str]]:
    """The last target cue before the figure that speaks of it: not one inside an aside that closes before it
    ("Kenya and Uganda, which plan to sign a deal, traded $1 billion"; "Russia, the target of Western sanctions,
    exported") or in a clause a semicolon ends."""
    semicolon = text.rfind(";", seg.left, seg.start)
    cue = _last_outside_asides(cue_patterns()["target"], text, max(seg.left, semicolon + 1), seg.start,
                               extra=APPOSITION_ASIDE)
    colon = text.rfind(":", cue.end(), seg.start) if cue is not None else -1
    if colon != -1 and MODAL.fullmatch(cue.group(0)) and metric_in(text, colon, seg.start):
        # "You should look at the bigger picture: China's trade was $783 billion": the modal's clause ended, and the
        # figure's names its own measure (not "Trade could reach a new level: $3 billion")
        return None
    return cue


def own_actual_cue(text: str, seg: Segment) -> Optional[re.Match[str]]:
    """The last cue of what happened before the figure, outside an aside that closes before it: "want to bring
    their trade, which reached $4 billion in 2022, to $6 billion" is a goal."""
    return _last_outside_asides(cue_patterns()["actual"], text, seg.left, seg.start)


# ", the target of Western sanctions,": an apposition describing a name, closed before the figure
APPOSITION_ASIDE = re.compile(r",\s*(?:the|an?)\s+[^,;\d$€£]{1,60},")


def _last_outside_asides(pattern: re.Pattern[str], text: str, start: int, end: int,
                         extra: Optional[re.Pattern[str]] = None) -> Optional[re.Match[str]]:
    """The last match in [start, end) that no aside closed before `end` holds."""
    asides = [(m.start(), m.end()) for kind in (ASIDE, extra) if kind is not None
              for m in kind.finditer(text, start, end)]
    found = None
    for cue in pattern.finditer(text, start, end):
        if not any(a <= cue.start() and cue.end() <= b for a, b in asides):
            found = cue
    return found


def qualifier(before: str) -> Optional[str]:
    """"exceeded $24 billion" -> over; "about seven billion pounds" -> about; "nearly $1.5 billion" -> nearly."""
    tail = before.rstrip(" $\\(")
    match = qualifier_pattern().search(tail, max(0, len(tail) - QUALIFIER_REACH))
    return match.lastgroup if match else None


RATE_OF_A_LIST = re.compile(r"(?:\s*(?:,\s*and\s+|,\s*|and\s+)[+-]?\d[\d.,]*\s?(?:%|pct\b|percent\b|per cent\b))+,?\s*"
                            r"respectively\b")


def growth(text: str, seg: Segment) -> Optional[float]:
    """A percentage stated with the figure as its growth ("grew by 13%", "a 19% increase", "down 27%")."""
    stretch = text[seg.left:seg.right]
    if "%" not in stretch and "per" not in stretch and "pc" not in stretch:
        return None
    for match in PERCENT.finditer(text, seg.left, seg.right):
        if RATE_OF_A_LIST.match(text, match.end()):
            continue  # "rising 2.1%, 4.4% and 0.8% respectively": each rate is another figure's
        value = growth_at(text, match, seg.left, seg.right)
        if value is not None:
            return value
    return None


def growth_at(text: str, match: re.Match[str], left: int, right: int) -> Optional[float]:
    """The percentage as a growth rate when a growth or decline word stands near it (not a share), negative
    for a decline ("fell 9.1%", "a decrease of 5.4 percent")."""
    cues = cue_patterns()
    if has(cues["share"], text[match.end():match.end() + 20]) or \
            has(cues["share"], text[max(left, match.start() - 20):match.start()]):
        return None
    start, end = max(left, match.start() - 30), min(right, match.end() + 30)
    nearest = None
    for kind in ("growth", "decline"):
        for cue in cues[kind].finditer(text, start, end):
            distance = match.start() - cue.end() if cue.end() <= match.start() else cue.start() - match.end()
            if nearest is None or distance < nearest[0]:
                nearest = (distance, kind)
    if nearest is None:
        return None
    value = float(match.group("pct").replace(",", "."))
    return -value if match.group("sign") or nearest[1] == "decline" else value

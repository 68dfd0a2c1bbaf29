"""Find money amounts in text: "$500 million", "10 bln USD", "one billion U.S. dollars", "£7bn",
"186,439 billion dollars" (a decimal comma), "319 thousand 969 million dollars", "2.5 billion" (currency
carried over from the context), "from $9.3 billion ... to 18.13" (unit carried over from a parallel figure).

Currency words, magnitudes and spelled-out numbers come from data/currencies.tsv, magnitudes.tsv and
number_words.tsv.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import repeat
from typing import Optional

from parsers.lexicon import alternation, grouped_alternation, word_values
from parsers.plausibility import grouping_plausible
from parsers.tables import read_tsv

DECIMAL_COMMA_MIN_FACTOR = 1e9
MAX_PREFIX = 10  # "U.S. $ " before the number (and a space or two more)
MAX_SUFFIX = 48  # " thousand 969 million pounds sterling" after it  # "186,439 billion" is 186.439 billion: no bilateral figure runs to 186 trillion


@dataclass(frozen=True)
class Money:
    start: int
    end: int
    value: float
    currency: Optional[str]  # ISO 4217; None when the text gives no currency word (carried over later)
    factor: float  # the magnitude written with the number (1e9 for "billion"), 1.0 when none
    number: str = ""  # the digits as written ("415,286"), so a sibling figure can change how they are read
    currency_word: str = ""  # as written ("Rs"): its currency may depend on whose figure it is

    @property
    def has_magnitude(self) -> bool:
        return self.factor != 1.0


@lru_cache(maxsize=None)
def _grammar() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, list[tuple[str, frozenset[str]]]], dict[str, float],
                        dict[str, float]]:
    """The amount grammar, a currency word ending just before a number, spelled-out amounts ("seven
    billion") and the lookup tables."""
    listed = read_tsv("currencies.tsv")
    currencies = listed + _iso_codes({r["phrase"] for r in listed})
    before = [r["phrase"] for r in currencies if r["where"] in ("before", "both")]
    after = [r["phrase"] for r in currencies if r["where"] in ("after", "both")]
    iso: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for r in currencies:
        iso.setdefault(r["phrase"].lower(), []).append((r["iso"], frozenset(filter(None, (r.get("used_in") or "").split("|")))))
    magnitudes = word_values("magnitudes.tsv", "word", "factor")
    words = word_values("number_words.tsv", "word", "value")
    short_mags = [m for m in magnitudes if len(m) == 1]
    long_mags = [m for m in magnitudes if len(m) > 1]
    # "US$43.billion": a stray full stop before the magnitude word
    # "2.037,3 million": dots group thousands where a comma marks the decimals (many Latin American and
    # European outlets write so)
    # "1,50,000 crore": Indian digit grouping (lakhs and crores) puts a comma every two digits before the last three
    # "1 200 million", "2 345,6 mln", "1 203.6 million": a space (or a narrow one) groups thousands, as French,
    # Russian and Central Asian texts write, with a decimal comma or point after them
    number = (rf"\d{{1,2}}(?:,\d{{2}})+,\d{{3}}(?:\.\d+)?(?![\d,])|\d{{1,3}}(?:\.\d{{3}})+,\d+|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+\.(?=\s{{0,3}}(?i:{alternation(long_mags)}))"
              rf"|\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?:[,.]\d+)?(?![\d.,])|\d+(?:[.,]\d+)?")
    # "five hundred", "twenty-five", "one and a half": spelled numbers joined as they are said
    spelled_words = grouped_alternation(list(words), ignore_case=True)  # always read case-insensitively
    # "one point four": digits after "point" are its decimals
    digit_words = grouped_alternation([w for w, v in words.items() if float(v) < 10 and float(v).is_integer()
                                       and w not in ("a", "an")], ignore_case=True)
    word_number = (rf"(?:{spelled_words})(?:(?:\s+|-)(?:and\s+)?(?:{spelled_words}))*"
                   rf"(?:\s+point(?:\s+(?:{digit_words}))+)?")
    # "$5-billion"; a letter before a year is a period ("9M 2023", "9M FY24": nine months), not millions
    magnitude = (rf"(?:(?:\s{{1,3}}|-)?(?i:{alternation(long_mags)})"
                 rf"|(?:{alternation(short_mags)})(?!\s{{0,3}}(?:(?:19|20)\d\d(?!\d)|FY\s?'?\d\d)))"
                 r"(?![A-Za-z])")
    # an abbreviated magnitude may end in a full stop before the currency after it ("1.2 bn. USD", "3,46 mld. €"),
    # which is no currency before the next figure ("$5 billion € 3 billion"); a hyphen
    # joins them in an adjective ("a one-billion-dollar mark"); East African papers write shillings as "/-" right
    # after the figure ("573.4bn/-")
    # the currency words grouped by first letter: the engine tests a letter once, not each of some 300 words
    after_words = grouped_alternation(after, ignore_case=True)
    pattern = re.compile(
        rf"(?<![\w.])(?:(?P<pre>{grouped_alternation(before)})\s{{0,3}})?"
        rf"(?:(?P<num>{number})|(?P<word>(?i:{word_number})))"
        rf"(?:\s(?i:thousand)\s(?P<rest>\d{{3}}))?"
        rf"(?P<mag>{magnitude})?(?:(?<=bn|ln|mn|rd|il|ld)\.(?=\s+[a-z]))?"  # "CZK 118,6 mld. to Germany"
        rf"(?:(?:(?<=bn|ln|mn|rd|il|ld)\.)?(?:\s{{1,3}}|-|(?=/))(?P<post>(?i:{after_words}))(?!(?<=\W)\s{{0,3}}\d)"
        rf"|\s[\[(](?P<bpost>(?i:{after_words}))[\])])?(?![\w$])"
    )
    # Every amount has digits or a spelled-out number before a magnitude: the full grammar runs only there.
    prefix = re.compile(rf"(?:{grouped_alternation(before)})\s{{0,3}}$")
    spelled = re.compile(rf"(?<!\w)(?i:{word_number})[\s-]+$")
    return pattern, prefix, spelled, iso, {m.lower() if len(m) > 1 else m: f for m, f in magnitudes.items()}, {
        w.lower(): v for w, v in words.items()
    }


def _iso_codes(known: set[str]) -> list[dict[str, str]]:
    """Every ISO 4217 code pycountry knows, read before or after a number ("RWF 100 billion"), unless the
    table has it or currency_codes_skipped.tsv keeps it out (English words, funds, metals)."""
    import pycountry

    skipped = {r["code"] for r in read_tsv("currency_codes_skipped.tsv")}
    return [{"phrase": c.alpha_3, "iso": c.alpha_3, "where": "both", "used_in": ""} for c in pycountry.currencies
            if c.alpha_3 not in known and c.alpha_3 not in skipped]


@lru_cache(maxsize=None)
def dollar_homes() -> dict[str, frozenset[str]]:
    """The countries whose own currency each dollar of data/dollar_homes.tsv is, from the CLDR tables (a withdrawn
    dollar, the Zimbabwe dollar, has none)."""
    homes = currency_homes()
    return {row["iso"]: homes.get(row["iso"], frozenset()) for row in read_tsv("dollar_homes.tsv")}


@lru_cache(maxsize=None)
def currency_homes() -> dict[str, frozenset[str]]:
    """The countries whose legal tender each currency is today, from the CLDR data Babel ships (lek: Albania; rand:
    South Africa, Namibia, Lesotho, Eswatini; CFA franc: eight countries)."""
    import datetime as dt

    import pycountry
    from babel.numbers import get_territory_currencies

    today = dt.date.today()
    homes: dict[str, set[str]] = {}
    for country in pycountry.countries:
        for code in get_territory_currencies(country.alpha_2, today, tender=True):
            homes.setdefault(code, set()).add(country.alpha_3)
    return {code: frozenset(countries) for code, countries in homes.items()}


SPELLED_POINT = re.compile(r"(?i)\s+point\s+")


def spelled_value(phrase: str, words: dict[str, float]) -> float:
    """"five hundred" -> 500, "twenty-five" -> 25, "one and a half" -> 1.5, "half a" -> 0.5, "one point four" ->
    1.4, "two thousand nine hundred" -> 2900: each word adds its value, "hundred" multiplies the group before it and
    "thousand" all of it, the digits after "point" are decimals."""
    lookup = re.compile(rf"(?<!\w)(?i:{alternation(list(words))})(?!\w)")
    point = SPELLED_POINT.search(phrase)
    whole, decimals = (phrase[:point.start()], phrase[point.end():]) if point else (phrase, "")
    tokens = lookup.findall(whole)
    # "a one billion dollar mark": the article before a number is no number of its own
    tokens = [t for i, t in enumerate(tokens) if not (t.lower() in ("a", "an") and i + 1 < len(tokens))]
    total = current = 0.0  # "two thousand nine hundred": the thousands, then the group below them
    for token in tokens:
        value = words[token.lower()]
        if value == 1000:
            total, current = total + max(current, 1.0) * value, 0.0
        elif value == 100:
            current = max(current, 1.0) * value
        else:
            current += value
    total += current
    digits = "".join(str(int(words[t.lower()])) for t in lookup.findall(decimals))
    return total + float(f"0.{digits}") if digits else total


def decimal_reading(money: Money) -> Optional[float]:
    """The value of an amount read with its one comma as a decimal mark ("$415,286 million" as 415.286
    million), when it was read as a thousands comma; None when the digits allow no other reading."""
    digits = money.number.replace(" ", "")
    if digits.count(",") != 1 or "." in digits or len(digits.rpartition(",")[2]) != 3:
        return None
    return round(float(digits.replace(",", ".")) * money.factor, 2)


def read_number(text: str, factor: float, currency: Optional[str] = None) -> float:
    """Read digits with thousands separators or a decimal comma. "US$ 1,345 billion" is 1.345 billion dollars
    (no bilateral flow runs to a trillion), while "¥6,700 billion" is 6.7 trillion yen: a comma is decimal
    when the grouped reading would pass a trillion dollars in the figure's currency (dollars if none)."""
    text = re.sub(r"[ \u00a0\u202f]", "", text)
    if "," in text and "." in text and text.rfind(",") > text.rfind("."):
        return float(text.replace(".", "").replace(",", "."))  # "2.037,3"
    if "," in text and "." not in text:
        head, _, tail = text.rpartition(",")
        grouped = len(tail) == 3
        whole = float(text.replace(",", ""))
        if not grouped or (factor >= DECIMAL_COMMA_MIN_FACTOR and whole >= 1000
                           and not grouping_plausible(whole * factor, currency)):
            return float(text.replace(",", "", text.count(",") - 1).replace(",", "."))
    return float(text.replace(",", ""))


DIGITS = re.compile(r"\d[\d.,]*")
MAGNITUDE_WORDS = ("thousand", "million", "billion", "trillion", "bln", "mln", "bn", "crore", "lakh")


def _word_scan(words: tuple[str, ...]) -> re.Pattern[str]:
    """The words, in any case, where a word of the text starts with one. The pattern opens with the set of
    their first letters (none of which has another case-insensitive match), which lets the regex engine
    skip to the next such letter in C instead of trying the pattern at every character; the letter must
    then start a word, and the rest of a word that begins with it follow (in the words' order)."""
    firsts = dict.fromkeys(word[0].lower() for word in words)
    branches = "|".join(
        f"(?<=[{first}{first.upper()}])(?i:{'|'.join(re.escape(w[1:]) for w in words if w[0].lower() == first)})"
        for first in firsts)
    return re.compile(rf"[{''.join(firsts)}{''.join(firsts).upper()}](?<!\w.)(?:{branches})")


MAGNITUDE_WORD = _word_scan(MAGNITUDE_WORDS)
VAGUE_BEFORE = re.compile(r"(?i)\b(?:several|few|many)\s+$")  # "several hundred million", "a few hundred thousand"
SPELLED_REACH = 60  # "half a ", "seven hundred and twenty-five ", "twenty-two point seven five " before the magnitude


def _magnitude_words(text: str) -> list[re.Match[str]]:
    """MAGNITUDE_WORD's matches, left to right. In an ASCII text (nearly every one) each word is looked for
    with str.find in the lower-cased copy, which runs in C, and only the places found are tried with the
    pattern: scanning for the first letters stops at every fifth character. A text with other characters is
    scanned by the pattern itself, as its case-insensitive matching knows letters lower() keeps apart ('ı',
    'ſ'). The matches cannot overlap (each starts a word), so both ways find the same ones."""
    if not text.isascii():
        return list(MAGNITUDE_WORD.finditer(text))
    low, starts = text.lower(), set()
    for word in MAGNITUDE_WORDS:
        start = low.find(word)
        while start >= 0:
            starts.add(start)
            start = low.find(word, start + 1)
    return [match for match in map(MAGNITUDE_WORD.match, repeat(text), sorted(starts)) if match]


def _candidates(text: str, spelled: re.Pattern[str]) -> list[tuple[int, int]]:
    """Where an amount can be: every run of digits, and spelled-out numbers before a magnitude word."""
    spans = [m.span() for m in DIGITS.finditer(text)]
    words = []
    for magnitude in _magnitude_words(text):
        number = spelled.search(text, max(0, magnitude.start() - SPELLED_REACH), magnitude.start())
        if number is not None:
            words.append((number.start(), magnitude.end()))
    return sorted(spans + words) if words else spans


def _matches(text: str, pattern: re.Pattern[str], prefix: re.Pattern[str],
             spelled: re.Pattern[str]) -> list[re.Match[str]]:
    """Full-grammar matches at each candidate number, or at the currency word just before it."""
    matches: list[re.Match[str]] = []
    covered = 0
    for start, end in _candidates(text, spelled):
        if start < covered:
            continue
        head = prefix.search(text, max(covered, start - MAX_PREFIX), start)
        match = pattern.match(text, head.start() if head else start, end + MAX_SUFFIX)
        if match is None and head is not None:
            match = pattern.match(text, start, end + MAX_SUFFIX)
        if match is not None:
            matches.append(match)
            covered = match.end()
    return matches


def has_several_senses(word: str) -> bool:
    """Whether a currency word means different currencies in different countries' texts ("Rs", "dinars")."""
    return len({iso for iso, _ in _grammar()[3].get(word.lower(), ())}) > 1


def currency_of(word: str, countries: Sequence[str] = ()) -> Optional[str]:
    """The ISO code a currency word stands for in a text about these countries (most prominent first):
    "Rs" is the Pakistani rupee in a Pakistani text, the Indian one where no other reading applies."""
    senses = _grammar()[3].get(word.lower(), [])
    for country in countries:
        for code, used_in in senses:
            if country in used_in or not used_in and _issuer(code) == country:
                return code  # "lei" in a Romanian text is the leu of Romania, though Moldova is named too
    return next((code for code, used_in in senses if not used_in), None)


@lru_cache(maxsize=None)
def _issuer(code: str) -> Optional[str]:
    """The country that issues a currency: an ISO 4217 code begins with its issuer's ISO 3166 letters
    ("RON": RO, Romania); None for a currency of several countries ("XOF")."""
    import pycountry

    country = pycountry.countries.get(alpha_2=code[:2])
    return country.alpha_3 if country is not None else None


# "MM US$ 1,800", "MM$ 250": Spanish-speaking countries' releases write millions before the currency
MILLIONS_BEFORE = re.compile(r"\bMM\s?$")


@lru_cache(maxsize=None)
def _price_unit() -> re.Pattern[str]:
    """"per forty-foot container", "a barrel": what a price is counted per (data/price_units.tsv)."""
    words = alternation([row["word"] for row in read_tsv("price_units.tsv")])
    return re.compile(rf"\s*(?:per|a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:{words})\b", re.IGNORECASE)


@lru_cache(maxsize=None)
def _count_units() -> re.Pattern[str]:
    """Words that make a number a count of something other than money (data/count_units.tsv)."""
    words = [row["word"] for row in read_tsv("count_units.tsv")]
    alternatives = "|".join(re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in words)
    return re.compile(rf"\s*(?:{alternatives})\b", re.IGNORECASE)


@lru_cache(maxsize=None)
def unit_words() -> dict[str, float]:
    """Words that give a currency and a magnitude at once (data/unit_words.tsv)."""
    return word_values("unit_words.tsv", "word", "factor")


# a verb or noun of counting before a number with no currency of its own: "numbered 4.7 million", "a population of"
# ("a population of more than 240 million", "two nations of 120 million")
COUNT_BEFORE = re.compile(r"\b(?:numbered|numbering|populations?\s+(?:of|is|was|stood\s+at|reached)"
                          r"|(?:nations|countries|states|peoples)\s+of)\s+"
                          r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|roughly\s+"
                          r"|close\s+to\s+|at\s+least\s+)?$", re.IGNORECASE)


# " and 215mn", " to 12 million": a sibling number whose unit is the first one's too
COUNTED_SIBLING_AFTER = re.compile(r"\s*(?:and|or|to|[–-])\s*[\d.,]+\s*(?:mn|bn|m|million|billion|thousand)?",
                                   re.IGNORECASE)


def find_money(text: str, countries: Sequence[str] = ()) -> list[Money]:
    """Every money amount in the text, left to right; currency words are read as the countries the text is
    about (most prominent first) use them."""
    pattern, prefix, spelled, iso, magnitudes, words = _grammar()
    found: list[Money] = []
    for match in _matches(text, pattern, prefix, spelled):
        pre, post, mag = match.group("pre"), match.group("post") or match.group("bpost"), match.group("mag")
        if not (pre or post or mag):
            continue
        if match.group("word") and not mag:
            continue
        if match.group("num") is None and pre and not mag:
            continue
        if _count_units().match(text, match.end()) or _price_unit().match(text, match.end()):
            continue  # "1.4 billion people", "$4,850 per forty-foot container"
        if not (pre or post) and COUNT_BEFORE.search(text, max(0, match.start() - 24), match.start()):
            continue  # "tourists, who numbered 4.7 million": a count, whatever currency the figures around carry
        if not (pre or post) and NATIONALS_AFTER.match(text, match.end()):
            continue  # "6.96 million South Koreans visited Japan": people of a nation, no amount
        sibling = COUNTED_SIBLING_AFTER.match(text, match.end())
        if not (pre or post) and sibling is not None and _count_units().match(text, sibling.end()):
            continue  # "economies of 130mn and 215mn people": the count's unit after its sibling
        mag_key = mag.strip(" -\t\n") if mag else ""
        factor = magnitudes.get(mag_key if len(mag_key) == 1 else mag_key.lower(), 1.0) if mag else 1.0
        if pre and not mag and MILLIONS_BEFORE.search(text, max(0, match.start() - 4), match.start()):
            factor = 1e6  # "MM US$ 1,800": millions written before the currency
        if post and not mag and post in unit_words():
            factor = unit_words()[post]  # "13,986.0 MD": millions of dinars
        currency_word = pre or post
        if pre in BARE_DOLLAR and post and post[0].isalpha() and currency_of(post, countries) not in (None, "USD"):
            currency_word = post  # "$34.6 million tala", "$120 million Fiji dollars": the word names the dollar sign's
        currency = currency_of(currency_word, countries) if currency_word else None
        if currency_word and currency is None and not mag:
            continue  # "R" or "N" before a number, in a text where they name no currency
        if match.group("num") is not None:
            # "1,520 billion FCFA ... below the 1,604 billion of the previous year": a bare figure is weighed in the
            # currency of the one before it (a trillion dollars would make its comma decimal)
            base = read_number(match.group("num"), factor, currency or (found[-1].currency if found else None))
        elif VAGUE_BEFORE.search(text, max(0, match.start() - 10), match.start()):
            continue  # "several hundred million dollars": no amount that can be stated
        else:
            base = spelled_value(match.group("word"), words)
        if match.group("rest"):
            base = base * 1000 + float(match.group("rest"))
        start = match.start()
        if pre and pre.endswith(" $") and THE_BEFORE.search(text, max(0, start - 5), start):
            start, currency_word = match.start("pre") + len(pre) - 1, "$"  # "to the UK $1.1bn and the US $3.9bn"
        found.append(Money(start, match.end(), round(base * factor, 2), currency, factor,
                           match.group("num") or "", currency_word or ""))
    from parsers.units import with_sibling_units  # units reads Money: imported here, not at the top
    return with_sibling_units(text, _joined_compounds(text, _in_text_dollar(text, found)))


BARE_DOLLAR = frozenset({"$", "\\$"})
# "All values below are in Hong Kong dollars.", "All figures are in New Zealand dollars": a release's note on the
# dollar its bare "$" means
STATED_DOLLAR = re.compile(r"\b(?:all\s+)?(?:the\s+)?(?:values?|figures?|amounts?|numbers?|data)\s+"
                           r"(?:below\s+|above\s+|in\s+this\s+(?:release|report|table|article|story)\s+)?(?:are|is)\s+"
                           r"(?:given\s+|expressed\s+|quoted\s+|shown\s+|stated\s+)?in\s+"
                           r"(?P<word>(?:[a-z.]+\s+){0,2}dollars?)\b")


def stated_dollar(low: str) -> Optional[str]:
    """The dollar a text's note says its bare "$" means, if it has such a note."""
    note = STATED_DOLLAR.search(low)
    return currency_of(note.group("word")) if note is not None else None


NATIONALS_AFTER = re.compile(r"[ \t]+(?:[A-Z][a-z]+[ \t]+)?[A-Z][a-z]+(?:s|ese)\b")  # "million South Koreans", "million Filipinos"
# "the US $3.9bn", a table's row "U.S. $10.38 billion": the country, then its figure in dollars
THE_BEFORE = re.compile(r"(?:\bthe\s+|^[ \t]*)$", re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=None)
def _dollars() -> frozenset[str]:
    """The currencies called dollars ("Fijian dollars"): a "$" of their own is a dollar too; "R$" (reais) or
    "Mex$" (pesos) say nothing of what a bare "$" means."""
    return frozenset(r["iso"] for r in read_tsv("currencies.tsv") if "dollar" in r["phrase"].lower())


@lru_cache(maxsize=None)
def _dollar_note() -> tuple[re.Pattern[str], dict[str, str]]:
    """"All values are in Canadian dollars", "(figures in Australian dollars)": a release's note on its dollar, and
    the currency of each dollar such a note can name."""
    named = {r["phrase"].lower(): r["iso"] for r in read_tsv("currencies.tsv")
             if r["phrase"].lower().endswith("dollars") and not r["used_in"] and r["iso"] != "USD"}
    return re.compile(r"\b(?i:values|figures|amounts|numbers|data)\s+(?i:(?:on|in|of)\s+(?:this|the)\s+[a-z]+\s+)?"
                      r"(?i:are\s+|is\s+)?(?i:expressed\s+|given\s+|shown\s+)?"
                      rf"(?i:in)\s+(?P<dollar>(?i:{'|'.join(sorted(map(re.escape, named), key=len, reverse=True))}))\b"), named


def _in_text_dollar(text: str, found: list[Money]) -> list[Money]:
    """A text that writes one local dollar ("F$312 million", "NZ$2 billion"), or says its figures are in one
    ("All values are in Canadian dollars"), and never a US one writes its own dollar in a bare "$" too, as the
    Fiji Times, Stuff or Statistics Canada do: those figures are in that dollar. A text that also writes "US$"
    or "USD" without such a note may mean either, and keeps "$" as US dollars; so does one with several local
    dollars."""
    dollars = _dollars()
    local = {m.currency for m in found if m.currency in dollars and m.currency_word.endswith("$")
             and m.currency != "USD"}
    noted = _dollar_noted(text) if not local and "$" in text else None
    if noted is not None:
        local = {noted}
    if len(local) != 1 or noted is None and any(m.currency == "USD" and m.currency_word not in BARE_DOLLAR
                                                for m in found):
        return found  # a note's dollar holds beside a "US$" the text writes too ("unless otherwise noted")
    if noted is None and any(m.currency_word in BARE_DOLLAR and n.currency in local and CONVERSION_GAP.fullmatch(
            text, n.end, m.start) for n, m in zip(found, found[1:])):
        return found  # "NT$3.6 trillion ($111.3 billion)": the bare "$" converts the local dollar to US dollars
    dollar = local.pop()
    return [replace(m, currency=dollar) if m.currency_word in BARE_DOLLAR else m for m in found]


CONVERSION_GAP = re.compile(r"\s*\(\s*(?:about|around|roughly|some|or|approximately|nearly)?\s*")
NOTE_REACH = 60  # a note's words before its "dollars"


def _dollar_noted(text: str) -> Optional[str]:
    """The currency of the dollar a note names, read only before each "dollars" of the text (few): the note's
    pattern is slow to run over a whole text."""
    low = text.lower()
    pattern, named = _dollar_note()
    at = low.find("dollars")
    while at != -1:
        note = pattern.search(text, max(0, at - NOTE_REACH), at + len("dollars"))
        if note is not None:
            return named[note.group("dollar").lower()]
        at = low.find("dollars", at + 1)
    return None


COMPOUND_JOINER = re.compile(r",?\s*(?:and\s+)?$")  # "two billion, three hundred million dollars"


def _joined_compounds(text: str, found: list[Money]) -> list[Money]:
    """"1 billion 200 million dollars", "$3 billion 462.8 million" are one amount: a larger unit followed by a
    smaller one, the currency on either."""
    joined: list[Money] = []
    for money in found:
        previous = joined[-1] if joined else None
        if (previous is not None and previous.factor > money.factor > 1 and previous.value < 1000 * previous.factor
                and (previous.currency is None and COMPOUND_JOINER.match(text, previous.end, money.start)
                     or money.currency is None and not text[previous.end:money.start].strip())):
            joined[-1] = Money(previous.start, money.end, previous.value + money.value,
                               money.currency or previous.currency, previous.factor,
                               currency_word=money.currency_word or previous.currency_word)
        else:
            joined.append(money)
    return joined

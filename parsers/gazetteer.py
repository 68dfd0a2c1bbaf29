"""Find the countries (and groups of countries) an article names.

Names come from pycountry (every ISO name) plus data/countries.tsv (short forms, old names, adjectives, capitals),
data/capitals.tsv (GeoNames capitals for the rest) and data/groups.tsv (regions and multilateral formats) and
data/regions.tsv (states and provinces). Matching is one Aho-Corasick pass over the text, case-sensitive,
so 'US' is a country and 'us' is not. A province of any name is found by the word for it (data/subnational_units.tsv).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

import ahocorasick
import pycountry

from parsers.schema import NOT_ISO_COUNTRIES
from parsers.tables import read_tsv

GROUP = "group"
THING = "thing"  # a product named after a country it does not come from (data/named_things.tsv)
CHAIN_JOINERS = "-–—"
CHAIN_MIN = 3  # "Kazakhstan-Turkmenistan-Iran railway": three or more names joined by dashes form a corridor


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    iso3: str  # ISO 3166-1 alpha-3, 'EUU' for the EU, or GROUP
    demonym: bool = False
    chained: bool = False
    capital: bool = False


# A capital named as a place ("talks in Ankara", "the Kazakh capital Astana") is not its country acting.
FLOW_BEFORE = re.compile(r"\b(?:exports?|imports?|shipments?|sales|supplies|deliveries|exported|imported|shipped|sold|"
                         r"supplied|trade|turnover)\s+(?:(?:from|to)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+)?"
                         r"(?:to|from|with|into)\s+$",
                         re.IGNORECASE)  # "exports to Baghdad", "exports from Tehran to Baghdad"
OUTSIDE_BEFORE = re.compile(r"(?:\bnon-|\boutside\s+(?:the\s+)?|\bbeyond\s+(?:the\s+)?)$", re.IGNORECASE)
REGION_AFTER = re.compile(r"\s+(?:oblast|region|province|governorate|prefecture|krai|kray|territory|county|"
                          r"municipality|metropolitan area)\b", re.IGNORECASE)
# a capitalised word in lower case after a capital's name: a surname after a first name ("Santiago Peña")
SURNAME_AFTER = re.compile(r" [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?\b(?!['’]s\b)")
# "the Gulf state", "the Central Asian nation": a region's name before a noun for one country names that country
ONE_COUNTRY_AFTER = re.compile(r"\s+(?:state|country|nation|kingdom|emirate|sultanate|republic|monarchy)\b(?!-)",
                               re.IGNORECASE)
# "the Indian Ocean", "the South China Sea"; "a China-based firm", "Turkish Airlines": a place or a company
SEA_AFTER = re.compile(r"\s+(?:Ocean|Sea|Seas|Strait|Straits|Airlines|Airways|Railways)\b|-based\b")
CURRENCY_NOUN_AFTER = re.compile(
    r"\s+(?:dollars?|pounds?|rupees?|dinars?|francs?|pesos?|rials?|riyals?|shillings?|yuan|yen|rand|lira|"
    r"dirhams?|reais|kwacha|cedis?|nairas?|manats?|tenges?|soms?|lari|drams?|leva|lei|leu|forints?|"
    r"korunas?|kronor|kronur|kroner|krona|krone|zlotys?|ringgits?|baht|rupiahs?|taka|kips?|riels?|kyats?|"
    r"rubles?|roubles?|hryvnias?|birr|renminbi|afghanis?|tugriks?|togrogs?|somoni|soums?|shekels?|"
    r"kwanzas?|meticais|leones?|bol[ií]vares|bolivars?|quetzal(?:es)?|colones|guaran[ií]es|soles)\b")
# currency nouns that are also common words ("Korea won the bid"): only after the adjective ("Korean won")
CURRENCY_WORD_AFTER_ADJECTIVE = re.compile(r"\s+(?:won|real|lev|kina)\b")
# "Americans bought", "Pakistanis sent": the people of a country, in the plural, as the ones who trade. A demonym
# that is also a person's noun takes "-s" (American, Pakistani, Uzbek, Kazakh, Cypriot, Filipino); one in -sh, -ch or
# -ese does not ("the British", "the Chinese"), and a prefix ("Sino", "Indo") is no person
PLURAL_DEMONYM = re.compile(r"(?:an|[^a]i|[aei]k|kh|ot|pino)$")
# "the two Arab countries", "both neighbouring states": a group's words after "the two" name the pair
PAIR_BEFORE = re.compile(r"\b(?:the\s+two|both|these\s+two|our\s+two)\s+$", re.IGNORECASE)
# "the world's two biggest economies", "Africa's two largest economies": the pair, described by a region's ranking
PAIR_AFTER = re.compile(r"['’]s?\s+(?:two|2)\s")
PLACE_BEFORE = re.compile(
    r"\b(?:in|at|to|from|near|via|into|visited|visiting|reached|left|capital|city|of)\s+$", re.IGNORECASE)


def _iso_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name and "," not in name and "(" not in name:
                names[name] = country.alpha_3
    return names


@lru_cache(maxsize=None)
def _automaton() -> ahocorasick.Automaton:
    entries: dict[str, tuple[str, str]] = {name: (iso, "name") for name, iso in _iso_names().items()}
    currency_words = {row["phrase"].lower() for row in read_tsv("currencies.tsv")}
    for row in read_tsv("countries.tsv"):
        for column, kind in (("aliases", "name"), ("demonyms", "demonym"), ("capitals", "capital")):
            for phrase in filter(None, (row.get(column) or "").split("|")):
                if kind == "name" or phrase not in entries:
                    entries[phrase] = (row["iso3"], kind)
                if kind == "demonym" and PLURAL_DEMONYM.search(phrase) and (phrase + "s").lower() not in currency_words:
                    entries.setdefault(phrase + "s", (row["iso3"], kind))  # "Afghanis" are money
                if kind == "capital" and phrase.upper() not in entries:
                    entries[phrase.upper()] = (row["iso3"], kind)  # a dateline: "ISLAMABAD, March 18"
    for row in read_tsv("capitals.tsv"):  # from GeoNames, where countries.tsv names no capital
        for form in (row["capital"], row["capital"].upper()):
            entries.setdefault(form, (row["iso3"], "capital"))
    for phrase, (iso, kind) in list(entries.items()):
        if kind in ("name", "demonym"):  # "KENYA's exports", "SOUTH Africa supplied": a lead's first word in capitals
            for form in (phrase.upper(), " ".join([phrase.split(" ")[0].upper(), *phrase.split(" ")[1:]])):
                entries.setdefault(form, (iso, kind))
    for name in ("groups.tsv", "regions.tsv"):  # a group of countries or a part of one: not a side of a pair
        for row in read_tsv(name):
            entries[row["phrase"]] = (GROUP, "name")
    for row in read_tsv("named_things.tsv"):  # "Brazil nuts": a product, whose name hides the country's
        entries[row["phrase"]] = (THING, "name")
    automaton = ahocorasick.Automaton()
    for phrase, (iso, kind) in entries.items():
        automaton.add_word(phrase, (len(phrase), iso, kind))
    automaton.make_automaton()
    return automaton


def is_word_edge(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "_$") and not (after.isalnum() or after in "_$")  # "US$" is money


def find_mentions(text: str) -> list[Mention]:
    """Every country or group named in the text, left to right, longest name first."""
    found: list[Mention] = []
    for last, (length, iso, kind) in _automaton().iter_long(text):
        start, end = last - length + 1, last + 1
        if not is_word_edge(text, start, end) or iso == THING:
            continue
        if kind == "capital" and PLACE_BEFORE.search(text, max(0, start - 12), start) \
                and not FLOW_BEFORE.search(text, max(0, start - 48), start):
            continue  # "a visit to Baghdad" names a place; "exports to Baghdad" a side
        if OUTSIDE_BEFORE.search(text, max(0, start - 16), start):
            continue  # "non-EU countries", "outside the EU": everyone but it
        if CURRENCY_NOUN_AFTER.match(text, end) or SEA_AFTER.match(text, end) \
                or kind == "demonym" and CURRENCY_WORD_AFTER_ADJECTIVE.match(text, end):
            continue  # "thousand US dollars": a currency; "the Indian Ocean": a sea; "Turkish Airlines": no side
        if iso == GROUP and (ONE_COUNTRY_AFTER.match(text, end) or PAIR_BEFORE.search(text, max(0, start - 12), start)
                             or PAIR_AFTER.match(text, end)):
            continue  # an epithet of a country the text names elsewhere, or of the pair, not the group
        if kind == "capital" and REGION_AFTER.match(text, end):
            iso = GROUP  # "Moscow Oblast", "the Tashkent region": a part of a country, not the country
        elif kind == "capital" and SURNAME_AFTER.match(text, end):
            continue  # "President Santiago Peña", "minister Sofia Martinez": a person's first name
        if kind == "demonym" and NAME_PART_BEFORE.search(text, max(0, start - 24), start) \
                and not (found and found[-1].end == start - 1):
            continue  # "Peyman-Pak:": a part of a person's name after a hyphen, not "Indo-Pak" or "Sino-US"
        found.append(Mention(start, end, iso, kind == "demonym", capital=kind == "capital"))
    found = _with_referred_countries(text, _with_contextual_names(text, found))
    return _mark_chains(text, _with_subnational(text, found))


@lru_cache(maxsize=None)
def _contextual_names() -> list[tuple[re.Pattern[str], str, frozenset[str], Optional[re.Pattern[str]]]]:
    return [(re.compile(row["pattern"]), row["iso3"], frozenset(row["beside"].split("|")),
             re.compile(row["unless"]) if row.get("unless") else None)
            for row in read_tsv("contextual_names.tsv")]


def _with_contextual_names(text: str, found: list[Mention]) -> list[Mention]:
    """Mentions with the words that stand for a country beside another the text names ("the mainland" in a Hong
    Kong text; data/contextual_names.tsv). Such a word may re-read a name another table gave: "Congo" in a text
    from Kinshasa is the DRC."""
    named = {m.iso3 for m in found if not m.demonym}
    kept, added = list(found), []
    for pattern, iso3, beside, unless in _contextual_names():
        if not named & beside or unless is not None and unless.search(text):
            continue
        for m in pattern.finditer(text):
            same = next((i for i, f in enumerate(kept) if (f.start, f.end) == m.span()), None)
            if same is not None:
                kept[same] = replace(kept[same], iso3=iso3)
            elif not any(f.start <= m.start() < f.end for f in kept):
                added.append(Mention(m.start(), m.end(), iso3))
    return sorted(kept + added, key=lambda m: m.start) if added else kept


NAME_WORD = r"[A-Z][\w'’.-]*"


# "Costa Rica, which signed a free trade agreement with China in 2010, recorded bilateral trade with that country":
# a phrase that refers back to the country named last
REFERRING = re.compile(r"\b(?:that|the\s+latter)\s+(?:country|nation)\b")
REFER_REACH = 250
SOURCE_AFTER = re.compile(r"\s+(?:official\s+|customs\s+|trade\s+)?(?:figures|data|statistics|customs|records)\b")
CLAUSE_BREAK = re.compile(r"[.;!?]\s")
PARTNER_BEFORE = re.compile(r"\b(?:from|to|with|into)\s+(?:the\s+)?$", re.IGNORECASE)


def _with_referred_countries(text: str, found: list[Mention]) -> list[Mention]:
    """Mentions with "that country" standing for the country named last before it; not for the one its sentence
    opens with, which is the subject it is the partner of ("Kenya's exports to Uganda rose, and Kenya's trade with
    that country ...")."""
    if "that " not in text and "latter" not in text:
        return found
    added = []
    for match in REFERRING.finditer(text):
        before = [m for m in found if match.start() - REFER_REACH <= m.start < match.start() and m.iso3 != GROUP]
        if not before:
            continue
        breaks = list(CLAUSE_BREAK.finditer(text, before[0].start, match.start()))
        opening = next((m for m in before if not breaks or m.start >= breaks[-1].end()), None)
        if opening is not None and PARTNER_BEFORE.search(text, max(0, opening.start - 12), opening.start):
            opening = None  # "Imports from Japan rose, and exports to that country": the partner is no subject
        if opening is not None and SOURCE_AFTER.match(text, opening.end):
            # "Ugandan figures put that country's exports to Kenya at": the source's country is the one referred to
            added.append(Mention(match.start(), match.end(), opening.iso3))
            continue
        referred = next((m for m in reversed(before) if opening is None or m.iso3 != opening.iso3), None)
        if referred is not None:
            added.append(Mention(match.start(), match.end(), referred.iso3))
    return sorted(found + added, key=lambda m: m.start) if added else found


SUBNATIONAL_REACH = 80  # the words around a unit word that can name its part of a country


@lru_cache(maxsize=None)
def _unit_words() -> tuple[str, ...]:
    return tuple(word for r in read_tsv("subnational_units.tsv") for word in (r["word"], r["plural"]))


def _unit_positions(text: str) -> list[int]:
    """Where a unit word stands (a plain find per word: these words are rare, and a regex pass costs more)."""
    low = text.lower()
    found = []
    for word in _unit_words():
        at = low.find(word)
        while at != -1:
            if is_word_edge(low, at, at + len(word)):
                found.append(at)
            at = low.find(word, at + 1)
    return found


@lru_cache(maxsize=None)
def _subnational_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """A part of a country named by a word of data/subnational_units.tsv: after its name ("Shandong Province",
    with its country before it, "China's", or after it, "of Thailand") or before it ("the Indian state of
    Gujarat"). Group "name" holds the name, "unit" the word."""
    rows = read_tsv("subnational_units.tsv")
    every = "|".join(r["word"] for r in rows)
    plural = "|".join(r["plural"] for r in rows)
    # a name's words stand on one line, and "The province" names no province
    # (a word ending a sentence ends the name: "3. Regions. Heilongjiang province", but "St. Petersburg" goes on)
    name = rf"(?!(?:The|This|That|Its|Their)\b){NAME_WORD}(?:(?<![a-z]{{3}}\.)[ \t]+{NAME_WORD}){{0,2}}"
    after_name = re.compile(rf"(?:{NAME_WORD}(?:[ \t]+{NAME_WORD})?['’]s?[ \t]+)?(?P<name>{name})[ \t]+"
                            rf"(?P<unit>(?i:{every}))\b(?:\s+of\s+(?:the\s+)?{name})?")
    before_name = re.compile(rf"\b(?i:the\s+)?(?:{name}\s+)?(?P<unit>(?i:{every}))\s+of\s+(?P<name>{name})")
    # "Khuzestan, Kermanshah and Ilam provinces": the names of a list before the word
    names_before = re.compile(rf"(?P<name>(?:{name},[ \t]+)*{name},?[ \t]+and[ \t]+{name})[ \t]+"
                              rf"(?P<unit>(?i:{plural}))\b")
    adjective_only = frozenset(w for r in rows if r["after_adjective_only"] == "yes" for w in (r["word"], r["plural"]))
    return after_name, before_name, names_before, adjective_only


def _subnational_spans(text: str, found: list[Mention]) -> list[tuple[int, int]]:
    """Where the text names a part of a country, unless the name is itself a country's ("Hong Kong Special
    Administrative Region", "the State of Qatar"); "state" needs a country's adjective before it."""
    after_name, before_name, names_before, adjective_only = _subnational_patterns()
    spans: list[tuple[int, int]] = []
    names: set[str] = set()
    # read only around the unit words, which few texts hold: a free pass of these patterns costs more than
    # the rest of the country reading
    windows = [(max(0, at - SUBNATIONAL_REACH), min(len(text), at + 2 * SUBNATIONAL_REACH))
               for at in _unit_positions(text)]
    for pattern in (after_name, before_name) if windows else ():
        for match in (m for start, end in windows for m in pattern.finditer(text, start, end)):
            if (match.start(), match.end()) in spans:
                continue
            if any(match.start("name") <= m.start < match.end("name") and not m.capital and m.iso3 != GROUP
                   for m in found):
                continue
            if match.group("unit").lower() in adjective_only and not _titled_after_name(match, pattern is after_name) \
                    and not any(m.demonym and match.start() <= m.start < match.start("unit") for m in found) \
                    and not (pattern is before_name and match.group("unit").islower()):
                continue  # ("the state of Chiapas" names a state: "the State of Qatar" a country, read above)
            spans.append((match.start(), match.end()))
            names.add(match.group("name"))
    for match in (m for start, end in windows for m in names_before.finditer(text, start, end)):
        if match.group("unit").lower() in adjective_only and not match.group("unit")[:1].isupper():
            continue
        for item in LIST_ITEM.finditer(text, match.start("name"), match.end("name")):
            countries = (m for m in found if not m.capital and m.iso3 != GROUP)
            if not any(start <= item.start() < end for start, end in spans) \
                    and not any(item.start() <= m.start < item.end() for m in countries):
                spans.append(item.span())  # each name that is no country's ("Lao" in "Lao Cai" is one)
                names.add(item.group())
    spans += _named_again(text, names, spans, found)
    low = text.lower()
    if "your " in low or "our " in low:  # "bring the trade with your region to $2 billion", said to a governor
        spans += [m.span() for m in PRONOUN_PART.finditer(low)]
    if any(noun in low for noun in PARTS_NOUNS):  # a plain find per noun: a case-blind regex pass costs far more
        # "the Vietnamese provinces bordering Laos", "Russia's border regions": parts of a country, not the country
        spans += [(m.start, unit.end()) for m in found if m.iso3 != GROUP
                  for unit in [PARTS_AFTER.match(text, m.end)] if unit is not None]
    return spans


LIST_ITEM = re.compile(rf"{NAME_WORD}(?:[ \t]+{NAME_WORD})*")  # a name of a list ("and" is no name's word)


def _named_again(text: str, names: set[str], spans: list[tuple[int, int]],
                 found: list[Mention]) -> list[tuple[int, int]]:
    """"Khuzestan, Kermanshah and Ilam provinces ... Kermanshah's exports to Iraq": a name read once as a part of a
    country is one wherever the text repeats it; not a name the gazetteer knows ("the Tashkent region" and the
    capital)."""
    again = []
    known = {text[m.start:m.end] for m in found}
    for name in names - known:
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if not any(start <= match.start() < end for start, end in spans) \
                    and not any(m.start <= match.start() < m.end for m in found):
                again.append(match.span())
    return again


def _titled_after_name(match: re.Match[str], after: bool) -> bool:
    """"Kano State", "Rakhine State": the unit word written as part of a name after it is a part of a country,
    though no country's adjective stands before it (not "the State of Qatar", where the word comes first)."""
    return after and match.group("unit")[:1].isupper()


NAME_PART_BEFORE = re.compile(r"(?<![\w-])[A-Z][a-z]{2,}-$")  # "Peyman-" before "Pak"
PRONOUN_PART = re.compile(r"\b(?:your|our)\s+(?:region|oblast|province|prefecture|governorate)\b")
PARTS_NOUNS = ("provinces", "regions", "prefectures", "oblasts", "governorates", "counties", "municipalities",
               "localities", "states")


PARTS_AFTER = re.compile(r"(?:['’]s?)?\s+(?:(?:border|frontier|bordering|northern|southern|eastern|western|central|"
                         r"northeastern|northwestern|southeastern|southwestern|coastal)\s+)?(?:provinces|regions|"
                         r"prefectures|oblasts|governorates|counties|municipalities|localities|states)\b",
                         re.IGNORECASE)


def _with_subnational(text: str, found: list[Mention]) -> list[Mention]:
    """Mentions with each part of a country as one group mention over it: its country's name inside ("China's
    Shandong Province") is where it lies, not a side."""
    spans = _subnational_spans(text, found)
    if not spans:
        return found
    kept = [m for m in found if not any(start <= m.start < end for start, end in spans)]
    kept += [Mention(start, end, GROUP) for start, end in spans]
    return sorted(kept, key=lambda m: m.start)


def _mark_chains(text: str, mentions: list[Mention]) -> list[Mention]:
    """Flag names that are links of a dash-joined chain of three or more (a corridor, not a pair)."""
    result = list(mentions)
    i = 0
    while i < len(result):
        j = i
        while j + 1 < len(result) and text[result[j].end:result[j + 1].start] in tuple(CHAIN_JOINERS):
            j += 1
        if j - i + 1 >= CHAIN_MIN:
            for k in range(i, j + 1):
                m = result[k]
                result[k] = Mention(m.start, m.end, m.iso3, m.demonym, chained=True, capital=m.capital)
        i = j + 1
    return result


@lru_cache(maxsize=None)
def country_name(iso3: str) -> str:
    """A readable English name for an ISO3 code (or the code itself when unknown)."""
    if iso3 in NOT_ISO_COUNTRIES:
        return NOT_ISO_COUNTRIES[iso3]
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return iso3
    return getattr(country, "common_name", None) or country.name


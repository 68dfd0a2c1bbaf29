"""Units a figure takes from its siblings: what the digits of one amount mean can depend on the others.

"from $9.3 billion in 2017-18 to 18.13 in 2021-22": the bare 18.13 is billions of dollars; "rose from 1.9 to
2.6 billion dollars": the bare 1.9 too. "Rs 512.4 billion ..., exports Rs 77.9": 77.9 billion rupees. "$612,1
million ... $415,286 million": a text that writes decimal commas writes 415,286 million as 415.286 million,
and so does one whose other figures are a thousand times smaller; such a text writes "US$ 1.425 million" for
1,425 million, as one does that writes "US$ 1.800 million" (no English decimal part ends in a zero).
"""
from __future__ import annotations

import re
import statistics
from dataclasses import replace

from parsers.money import DECIMAL_COMMA_MIN_FACTOR, Money, read_number

NUMBER = r"(?P<num>\d+\.\d+|\d{1,3}(?:,\d{3})*(?:\.\d+)?)"
PARALLEL_AFTER = re.compile(rf"\s+to\s+{NUMBER}(?![\d%]|\s*(?:%|percent|per cent))")  # "... to 18.13"
PARALLEL_BEFORE = re.compile(rf"\bfrom\s+{NUMBER}\s+to\s*$")  # "from 1.9 to 2.6 billion dollars"
# "came to 1.9 and 1.5 billion euros respectively" (not a range's "between 1.9 and 2.6 billion")
PARALLEL_AND_BEFORE = re.compile(rf"(?<!between )(?<![\w.,$€£¥]){NUMBER}\s+and\s+$")
PARALLEL_COMMA_BEFORE = re.compile(rf"(?<![\w.,$€£¥]){NUMBER},\s*$")  # "231, " before "198 and 183 million"
LIST_REACH = 6  # numbers a list may give before the two joined by "and" in front of its unit
AND_BETWEEN = re.compile(r"\s+and\s+")
YEAR = re.compile(r"(?:19|20)\d\d")
SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]|\n")
SIBLING_REACH = 250  # characters within which a bare figure takes a sibling's magnitude
DECIMAL_COMMA_WRITTEN = re.compile(r"^\d+,(?:\d{1,2}|\d{4,})$")  # "612,1", "734,52": a comma that cannot group
DOT_GROUPED = re.compile(r"^\d{1,3}(?:\.\d{3})+,\d+$")  # "2.037,3": dots group, the comma is decimal
SIBLING_RATIO = 500  # a figure this many times its siblings' median was misread
SMALL_RATIO = 100  # a decimal reading this many times smaller than the undoubted figures is a grouped one
DOT_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")  # "23.523": thousands grouped by a dot, or a decimal point
# "4,1%", "12,5 percent": a percentage written with a decimal comma says the text's dots group thousands
DECIMAL_COMMA_PERCENT = re.compile(r"\d,\d{1,2}\s?(?:%|percent\b|per cent\b)")


def with_sibling_units(text: str, found: list[Money]) -> list[Money]:
    """The amounts, with what siblings say about their units and digits."""
    found = _shared_currency(text, _parallel_figures(text, found))
    found = _carried_magnitudes(text, found)
    dotted = any(DOT_THOUSANDS.fullmatch(m.number) for m in found)  # the text is read for its percentages only then
    return _decimal_commas(found, dotted and DECIMAL_COMMA_PERCENT.search(text) is not None)


def _parallel_figures(text: str, found: list[Money]) -> list[Money]:
    """A bare number beside a full amount in "from ... to ..." or "... and ..." takes its currency and magnitude;
    so does an amount in the currency without one ("$72.4 and $46.8 billion")."""
    extra: list[Money] = []
    taken = {m.start for m in found}
    found = _shared_magnitudes(text, found)
    for money in found:
        if not (money.currency and money.has_magnitude):
            continue
        candidates = []
        if re.search(r"\bfrom\s*$", text[max(0, money.start - 12):money.start]):
            candidates.append(PARALLEL_AFTER.search(text, money.end, min(len(text), money.end + 40)))
        candidates.append(PARALLEL_BEFORE.search(text, max(0, money.start - 30), money.start))
        joined = PARALLEL_AND_BEFORE.search(text, max(0, money.start - 30), money.start)
        candidates.append(joined)
        # "231, 198 and 183 million euros": the numbers listed before the one joined by "and"
        for _ in range(LIST_REACH):
            if joined is None:
                break
            joined = PARALLEL_COMMA_BEFORE.search(text, max(0, joined.start("num") - 20), joined.start("num"))
            candidates.append(joined)
        for match in filter(None, candidates):
            number = match.group("num")
            if YEAR.fullmatch(number) or match.start("num") in taken \
                    or any(other.start <= match.start("num") < other.end for other in found):
                continue
            value = round(read_number(number, money.factor, money.currency) * money.factor, 2)
            extra.append(Money(match.start("num"), match.end("num"), value, money.currency, money.factor, number))
            taken.add(match.start("num"))
    return sorted(found + extra, key=lambda m: m.start)


def _shared_magnitudes(text: str, found: list[Money]) -> list[Money]:
    """"$72.4 and $46.8 billion": an amount in a currency without a magnitude word, joined by "and" to one in the
    same currency with one, is counted in it."""
    result = list(found)
    for k in range(len(result) - 1):
        first, second = result[k], result[k + 1]
        if first.currency and first.currency == second.currency and not first.has_magnitude and second.has_magnitude \
                and first.value < 1000 and AND_BETWEEN.fullmatch(text, first.end, second.start):
            result[k] = _in_magnitude(first, second.factor)
    return result


LIST_JOIN = re.compile(r"\s*(?:,\s*and\s+|,\s*|and\s+|&\s+)")


def _shared_currency(text: str, found: list[Money]) -> list[Money]:
    """"2.73 billion, 1.84 billion and 2.21 billion euros": the currency written after the last amount of a list
    is every amount's."""
    result = list(found)
    for k in range(len(result) - 1, 0, -1):
        last = result[k]
        if last.currency is None or not last.currency_word or text.startswith(last.currency_word, last.start):
            continue
        j = k - 1
        while j >= 0 and result[j].currency is None and result[j].has_magnitude \
                and LIST_JOIN.fullmatch(text, result[j].end, result[j + 1].start):
            result[j] = replace(result[j], currency=last.currency, currency_word=last.currency_word)
            j -= 1
    return result


def _carried_magnitudes(text: str, found: list[Money]) -> list[Money]:
    """"Rs 512.4 billion ... while exports were Rs 77.9": a figure in a currency but without a magnitude word,
    after one in the same currency and sentence that has one, is counted in the same magnitude."""
    result: list[Money] = []
    for money in found:
        sibling = next((m for m in reversed(result) if m.currency == money.currency and m.has_magnitude), None)
        if (money.currency and not money.has_magnitude and money.value < 1000 and sibling is not None
                and money.start - sibling.end <= SIBLING_REACH
                and not SENTENCE_BREAK.search(text, sibling.end, money.start)):
            money = _in_magnitude(money, sibling.factor)
        result.append(money)
    return result


def _in_magnitude(money: Money, factor: float) -> Money:
    """An amount written without its magnitude word, counted in a sibling's."""
    return replace(money, value=round(money.value * factor, 2), factor=factor)


def _decimal_commas(found: list[Money], percent_commas: bool = False) -> list[Money]:
    """"415,286 million" is 415.286 million when the text writes decimal commas elsewhere ("612,1 million", or
    in its percentages: "4,1%"), or when its grouped reading is hundreds of times larger than every other figure
    in the text; then "23.523 million" is 23,523 million. But a text that mixes the two ways ("US$ 16.950 million
    ... US$ 2,584 million ... US$ 480 million") groups with the comma where the decimal reading would make a
    figure hundreds of times smaller than the figures whose digits are not in doubt."""
    writes_decimal_commas = percent_commas or any(
        DECIMAL_COMMA_WRITTEN.match(m.number) and m.has_magnitude or DOT_GROUPED.match(m.number)
        or _zero_after_dot_millions(m) for m in found)
    found = [replace(m, value=round(float(m.number.replace(".", "")) * m.factor, 2))
             if writes_decimal_commas and m.has_magnitude and DOT_THOUSANDS.fullmatch(m.number) else m for m in found]
    values = [m.value for m in found if m.has_magnitude]
    settled = [m.value for m in found if m.has_magnitude and not _ambiguous_comma(m)]
    result = []
    for money in found:
        if _ambiguous_comma(money):
            decimal = float(money.number.replace(",", ".")) * money.factor
            others = [v for v in values if v != money.value]
            too_large = len(others) >= 1 and money.value >= SIBLING_RATIO * statistics.median(others)
            too_small = len(settled) >= 2 and decimal * SMALL_RATIO <= statistics.median(settled)
            if (writes_decimal_commas or too_large) and not too_small:
                money = replace(money, value=round(decimal, 2))
        result.append(money)
    return result


def _zero_after_dot_millions(money: Money) -> bool:
    """"US$1.800 million", "16.710 million": three digits after a dot, the last a zero, before "million". English
    writes no zero at the end of a decimal part ("1.8 million"), so the dot groups thousands, as in Spanish and
    Portuguese: 1,800 million."""
    return money.factor == 1e6 and DOT_THOUSANDS.fullmatch(money.number) is not None and money.number.endswith("0")


def _ambiguous_comma(money: Money) -> bool:
    """One comma followed by three digits, read as a thousands separator: "415,286 million". Not when the digits
    end in a zero ("2,000 million", "7,300 million"): decimals are not written with a zero at their end, so the
    comma groups thousands, as "1.800 million" does in a text that writes decimal commas."""
    return money.has_magnitude and re.fullmatch(r"\d{1,3},\d{3}", money.number) is not None \
        and not money.number.endswith("0") and money.factor < DECIMAL_COMMA_MIN_FACTOR

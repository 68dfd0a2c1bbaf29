"""Split article text into sentences, keeping character offsets (facts cite their sentence by span)."""
from __future__ import annotations

import re
from functools import lru_cache

from parsers.tables import read_tsv

Sentence = tuple[int, int]  # start, end offsets in the text

MAX_SENTENCE = 1500  # longer runs (lists, text without stops) are cut at a comma or a space
# A line break, or a full stop, '!' or '?' with its closing quotes and brackets before white space and a
# capital or digit. Written to start with the one character every break starts with, so the regex engine
# skips from candidate to candidate instead of trying both alternatives at every character.
BREAK = re.compile(r"[\n.!?](?:(?<=\n)|(?P<close>[\"'”’)\]]*)\s+(?=[\"'“‘(\[]?[A-Z0-9]))")


@lru_cache(maxsize=None)
def _abbreviations() -> frozenset[str]:
    return frozenset(row["word"] for row in read_tsv("abbreviations.tsv"))


@lru_cache(maxsize=None)
def _currency_words() -> frozenset[str]:
    """Currency words written before a number ("Rs", "Tk", "Ksh"): "Rs. 1,612 billion" is one sentence."""
    words = (row["phrase"].rstrip(".") for row in read_tsv("currencies.tsv") if row["where"] in ("before", "both"))
    return frozenset(word for word in words if word.isalpha())


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` closes an abbreviation or an initial, not a sentence."""
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot]
    if word in _currency_words() and text[dot + 1:dot + 3].strip()[:1].isdigit():
        return True
    return word in _abbreviations() or (len(word) == 1 and word.isupper())


# "1. China: $5 billion": a number of one or two digits that opens a line numbers a list's item
ITEM_NUMBER = re.compile(r"(?:^|\n)[ \t]*\d{1,2}$")


def _numbers_an_item(text: str, dot: int) -> bool:
    return ITEM_NUMBER.search(text, max(0, dot - 6), dot) is not None


def split_sentences(text: str) -> list[Sentence]:
    """Sentence spans with surrounding white space trimmed; empty sentences dropped."""
    spans: list[Sentence] = []
    start = 0
    for match in BREAK.finditer(text):
        dot = match.start()
        if text[dot] == "." and "\n" not in match.group(0) and (_ends_with_abbreviation(text, dot)
                                                               or _numbers_an_item(text, dot)):
            continue
        spans.append((start, dot + (1 + len(match.group("close")) if text[dot] != "\n" else 0)))
        start = match.end()
    spans.append((start, len(text)))
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        while e - s > MAX_SENTENCE:
            cut = _cut_point(text, s, s + MAX_SENTENCE)
            trimmed.append((s, cut))
            s = cut
            while s < e and text[s].isspace():
                s += 1
        if e > s:
            trimmed.append((s, e))
    return trimmed


def _cut_point(text: str, start: int, limit: int) -> int:
    """Where to cut an over-long sentence: after the last comma or semicolon before the limit, else a space."""
    for mark in (";", ",", " "):
        at = text.rfind(mark, start + MAX_SENTENCE // 2, limit)
        if at != -1:
            return at + 1
    return limit

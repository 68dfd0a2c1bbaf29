"""The text as the grammar reads it: a paragraph a line, plain spaces, plain decimal points. Every change
keeps the text's length, so the evidence a fact points to (offsets into the text as stored) stays where it was.

Hard-wrapped plain text (e-mail, wire copy, text saved from a terminal or a mailing list): the grammar reads a
line break as the end of a sentence, so "trade between Zambia and the DRC is\nvalued at $1 billion" would lose
its figure. A line was broken by a wrap when it stops mid-sentence and the next line's first word would not have
fitted on it within the text's width (its longest line); a text is taken as hard-wrapped when enough of its
lines were, and then each of them is joined to the next by a space (list rows and titles, short beside the
width, stay lines).

Text pasted from a browser or a word processor keeps its no-break and narrow spaces ("$1.2\u00a0billion",
"Kenya\u00a0and Uganda"), which the phrase tables, written with plain spaces, would not match; and an old
British style writes the decimal point as a raised dot ("$1·2 billion"); a web page may leave zero-width
characters or soft hyphens inside a word or a number, which are closed up, and a footnote mark written as a
superscript digit after a figure ("$1.2 billion¹"), which becomes a space. An infographic saved as text puts an
amount on a line of its own and its label on the line under it ("$4.2bn" / "two-way trade in 2023"): the break
between them is read as the colon of a label ("$4.2bn:two-way trade in 2023").
"""
from __future__ import annotations

import re
from functools import lru_cache

from parsers.tables import read_tsv

RESIDUE_HEADLINE_CHARS = 160  # a headline under a "Related" label is no longer than this
WRAP_MIN = 40  # a wrapped text's width is at least this
WRAP_MAX = 100  # and at most this: a text with longer lines was written a paragraph per line
SENTENCE_END = (".", "!", "?", ":", ";", '"', "”", "’", ")")
MIN_WRAPPED_LINES = 2
WRAPPED_SHARE = 0.4  # of the text's full lines that must have been broken by a wrap
FULL_LINE_SHARE = 0.6  # a line this long beside the width is a full one (not a heading, a row or a last line)
WRAP_SLACK = 2  # a wrapper may break a line a column or two short of its width


# every space separator but the plain one (no-break, en/em, thin, hair, narrow no-break, ideographic); not tabs,
# which separate a table's columns
ODD_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
RAISED_DECIMAL_POINT = re.compile(r"(?<=\d)\u00b7(?=\d)")
# superscript digits after a word or a figure are footnote marks ("$1.2 billion¹"), which would glue to it
SUPERSCRIPT_DIGITS = "\u00b9\u00b2\u00b3\u2070\u2074-\u2079"
FOOTNOTE_MARKS = re.compile(f"(?<=\\w)[{SUPERSCRIPT_DIGITS}]+")
SUPERSCRIPT_DIGIT = re.compile(f"[{SUPERSCRIPT_DIGITS}]")  # a quick test: a lookbehind tried at every character is slow
# zero-width spaces and joiners, word joiners, byte-order marks and soft hyphens a web page leaves inside words and
# numbers ("$1.\u200b2 billion"); with the word or number they stand in, so that it can be closed up
INVISIBLE = "\u00ad\u200b-\u200d\u2060\ufeff"
INVISIBLE_CHARACTER = re.compile(f"[{INVISIBLE}]")
WORD_WITH_INVISIBLE = re.compile(f"[\\w.,{INVISIBLE}]*[{INVISIBLE}][\\w.,{INVISIBLE}]*")


# an infographic's line that holds only an amount, with its label on the line under it ("SAR 363 billion" /
# "total trade between the Kingdom and China in 2023"): the break is read as the colon of a label
LINE_ENDS_IN_N = re.compile(r"n[ \t]*\n")
MAGNITUDE_LINE_END = re.compile(r"(?:bn|billion|million|mn|tn|trillion)[ \t]*\n")  # a quick scan for candidates
AMOUNT_ONLY = re.compile(r"[ \t]*(?:[A-Z]{1,3}\$|US\$|[$€£¥₹]|[A-Z]{2,3}[ \t]?)?\d[\d.,]*[ \t]?"
                         r"(?:bn|billion|million|mn|tn|trillion)[ \t]*")
LABEL_LINE = re.compile(r"[ \t]*[A-Za-z][^\n$€£]{5,80}(?:\n|\Z)")


def plain_text(text: str) -> str:
    """The text with plain spaces and decimal points, and its hard-wrapped paragraphs joined."""
    if not text.isascii():  # the odd characters are all outside ASCII: most texts skip both passes
        if ODD_SPACES.search(text):
            text = ODD_SPACES.sub(" ", text)
        if "\u00b7" in text:
            text = RAISED_DECIMAL_POINT.sub(".", text)
        if SUPERSCRIPT_DIGIT.search(text):
            text = FOOTNOTE_MARKS.sub(lambda mark: " " * len(mark.group(0)), text)
        if INVISIBLE_CHARACTER.search(text):
            text = WORD_WITH_INVISIBLE.sub(_close_up, text)
    return _without_page_residue(_labels_under_amounts(unwrap(text)))


@lru_cache(maxsize=None)
def _residue_first_words() -> tuple[str, ...]:
    return tuple({re.match(r"[a-z]+", row["label"]).group(0) for row in read_tsv("page_residue.tsv")})


@lru_cache(maxsize=None)
def _residue_label() -> re.Pattern[str]:
    labels = "|".join(row["label"] for row in read_tsv("page_residue.tsv"))
    return re.compile(rf"(?im)^[ \t]*(?:[-•*·>|]+[ \t]*)?(?:{labels})[ \t]*(?::|[-–—|»›]|$)")


def _without_page_residue(text: str) -> str:
    """The text with the link blocks a saved web page keeps ("Read more: ...", "Related" and its headlines)
    blanked out, space for character, so offsets stay where they were."""
    lines = text.split("\n")
    firsts = _residue_first_words()
    if not any(line.lstrip(" \t-•*·>|")[:12].lower().startswith(firsts) for line in lines):
        return text  # most texts: a look at each line's first word is faster than the pattern
    label = _residue_label()
    blank_block = False
    for i, line in enumerate(lines):
        if blank_block and line.strip() and len(line) <= RESIDUE_HEADLINE_CHARS and not line.rstrip().endswith("."):
            lines[i] = " " * len(line)
            continue
        blank_block = False
        found = label.match(line)
        if found is not None:
            blank_block = not line[found.end():].strip()  # a label alone heads a block of headlines
            lines[i] = " " * len(line)
    return "\n".join(lines)


def _labels_under_amounts(text: str) -> str:
    """"$4.2bn" / "two-way trade in 2023" as "$4.2bn:" / "two-way trade in 2023" (the same length)."""
    if not LINE_ENDS_IN_N.search(text):
        return text  # most texts: every magnitude word ends in "n", and a scan for one letter is fast
    breaks = [end.end() - 1 for end in MAGNITUDE_LINE_END.finditer(text)
              if AMOUNT_ONLY.fullmatch(text, text.rfind("\n", 0, end.start()) + 1, end.end() - 1)
              and LABEL_LINE.match(text, end.end())]
    for at in breaks:
        text = text[:at] + ":" + text[at + 1:]
    return text


def _close_up(match: re.Match[str]) -> str:
    """The word or number without its invisible characters, and as many spaces (the length stays): before a
    number, where a space more would not part it from its "billion", after a word."""
    word = match.group(0)
    visible = INVISIBLE_CHARACTER.sub("", word)
    padding = " " * (len(word) - len(visible))
    return padding + visible if visible[:1].isdigit() else visible + padding


def unwrap(text: str) -> str:
    """The text with the breaks inside its hard-wrapped paragraphs turned into spaces; other texts as they
    are."""
    lines = text.split("\n")
    if any(len(line) > WRAP_MAX and len(line.rstrip()) > WRAP_MAX for line in lines):
        return text  # written a paragraph per line (nearly every text: this is the only pass over it)
    body = [line.rstrip() for line in lines if line.strip()]
    lengths = sorted((len(line) for line in body), reverse=True)
    width = lengths[1] if len(lengths) > 1 else lengths[0] if lengths else 0  # one longer line is no measure
    if width < WRAP_MIN:
        return text
    breaks = [_wrapped(line, following, width) for line, following in zip(lines, lines[1:])]
    full = sum(1 for length in lengths if length >= FULL_LINE_SHARE * width)  # headings and last lines aside
    if sum(breaks) < max(MIN_WRAPPED_LINES, WRAPPED_SHARE * full):
        return text
    return "".join(line + (" " if wrapped else "\n") for line, wrapped in zip(lines, breaks)) + lines[-1]


def _wrapped(line: str, following: str, width: int) -> bool:
    """The line stops mid-sentence and the next line's first word would not have fitted on it."""
    line, words = line.rstrip(), following.split()
    return bool(line) and bool(words) and not line.endswith(SENTENCE_END) \
        and len(line) + 1 + len(words[0]) > width - WRAP_SLACK

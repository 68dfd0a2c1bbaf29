"""Article metadata: publication date, title, outlet, from the text alone.

The analyst needs to know when a figure was said and who reported it; the text states both in a
few conventional places (header lines, datelines, signatures), which is all we look at.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from parsers.article_date import HEAD_CHARS, TAIL_CHARS, article_date, without_header
from parsers.lexicon import alternation
from parsers.tables import read_tsv


@dataclass
class Metadata:
    date: Optional[dt.date] = None
    title: Optional[str] = None
    outlet: Optional[str] = None


# A headline is one short line without a closing full stop; longer lines are the story itself.
MAX_TITLE_CHARS = 200
MAX_TITLE_WORDS = 30
_NOT_A_TITLE_END = tuple(".,;:")
_MONTH = alternation([row["name"] for row in read_tsv("months.tsv")])
# Lines above a headline that are not it: bylines, date and time stamps, an agency's stamp line,
# a dateline standing on its own line ("BAKU, February 3, 2022 (Report.az) --").
_SKIPPED_LINE = re.compile(
    rf"^(?:By\s+\S.{{0,60}}|(?:{_MONTH})?\.?[\d\s:,./-]+(?:(?:{_MONTH})\.?[\d\s:,./-]*)?"
    r"|\(?[A-Za-z]+\)\s*[\d:]+,.*|.*(?:--|[-–—]))$"
)

_OUTLET_ROWS = read_tsv("outlets.tsv")
_OUTLETS = [(row["outlet"], re.compile(rf"(?:{row['pattern']})\Z")) for row in _OUTLET_ROWS]
_PLACEHOLDERS = {
    "{outlet}": "|".join(row["pattern"] for row in _OUTLET_ROWS),
    "{agency}": r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}",
    "{month}": _MONTH,
}


def _context(template: str) -> re.Pattern[str]:
    for placeholder, pattern in _PLACEHOLDERS.items():
        template = template.replace(placeholder, pattern)
    return re.compile(template)


# A 'line' pattern starts with the newline before its line, and the body is searched with a newline put
# before it so its first line counts: the engine skips to a literal first character directly, while for
# (?m)^ it tries the whole pattern at every character. Same matches, one search per pattern.
_OUTLET_CONTEXTS = [
    (row["needs"], _context(f"\\n(?:{row['pattern']})" if row["at"] == "line" else row["pattern"]))
    for row in read_tsv("outlet_contexts.tsv")
]


def article_metadata(text: str, fallback: Optional[Metadata] = None) -> Metadata:
    """Date, headline and outlet as the text states them; what it does not state is taken from
    `fallback` (a web page's own metadata, say), else None. The text wins: it is what the analyst
    quotes, and a page's date is often when it was last edited."""
    found = Metadata(date=article_date(text), title=article_title(text), outlet=article_outlet(text))
    if fallback is None:
        return found
    return Metadata(date=found.date or fallback.date, title=found.title or fallback.title,
                    outlet=found.outlet or fallback.outlet)


def article_title(text: str) -> Optional[str]:
    """The first line when it reads like a headline (short, no closing full stop), else None."""
    body = without_header(text)
    for line in body[: MAX_TITLE_CHARS * 4].splitlines():
        line = line.strip().lstrip("#").strip()
        if not line or _SKIPPED_LINE.match(line):
            continue
        words = line.split()
        looks_like_headline = (
            len(line) <= MAX_TITLE_CHARS and 2 <= len(words) <= MAX_TITLE_WORDS
            and not line.endswith(_NOT_A_TITLE_END) and any(char.isalpha() for char in line)
        )
        return line if looks_like_headline else None
    return None


def article_outlet(text: str) -> Optional[str]:
    """The outlet the article names as its own source, in the most telling place it does so.

    Datelines, stamps, bylines and signatures sit in the first and last lines, so only those are read.
    """
    body = without_header(text)
    if len(body) > HEAD_CHARS + TAIL_CHARS:
        body = f"{body[:HEAD_CHARS]}\n{body[-TAIL_CHARS:]}"
    body = f"\n{body}"  # so a 'line' pattern's newline finds the first line too
    for needs, context in _OUTLET_CONTEXTS:
        if needs not in body:
            continue
        match = context.search(body)
        if match:
            return _outlet_name(match["name"].strip())
    return None


def _outlet_name(written: str) -> str:
    """The outlet's usual name when it is a known one ('XINHUA' -> 'Xinhua'), else as written."""
    return next((name for name, pattern in _OUTLETS if pattern.match(written)), written)

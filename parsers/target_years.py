"""The year a goal names: "$35 billion by 2030", "to $2 billion this year", "By 2030, ... $X".

Kept apart from periods.py: a goal's year is read from the words around its figure, not from a period
phrase, and it resolves against the article's year only."""
from __future__ import annotations

import re
from typing import Optional

from parsers.periods import YEAR, Reference, relative_year

# "by the end of 2030", "by end-2030", "by the year 2030", "by FY2030": the words between a goal's preposition and its year
YEAR_LEAD = r"(?:the\s+end\s+of\s+|end[- ]|(?:the\s+)?(?:calendar\s+|fiscal\s+)?year\s+|fiscal\s+|FY\s?)?"
TARGET_YEAR_AFTER = re.compile(
    rf"^[\s,]*(?:(?:and|or)\s+)?(?:"
    # "..., a goal Egyptian officials expect to meet by 2027": up to eight words, none past a comma
    rf"(?:(?:[\w-]+\s+){{0,8}}?(?:by|until|till|before|for|within|than|as\s+(?:early|soon)\s+as|at(?=\s+the\s+end\b))"
    # "again in 2024", "for the whole of 2024"
    rf"|(?:(?:again|already|once\s+(?:more|again)|even|also)\s+)?in|(?:for|over|in)\s+the\s+(?:whole|full|entire)"
    rf"(?:\s+year)?\s+of"
    # "$30 billion of trade turnover in 2025", "$20 billion trade volume with Iraq in 2026"
    rf"|(?:[\w-]+\s+){{0,3}}?(?:trade|turnover|volume|exchanges?|commerce)(?:\s+with\s+(?:the\s+)?[\w-]+)?\s+in)"
    rf"\s+{YEAR_LEAD}(?P<y>{YEAR})\b"
    r"|(?:(?:[\w-]+\s+){0,4}?(?:by|until|till|before)\s+(?:the\s+end\s+of\s+)?|(?:in|during|within)\s+)?"
    r"(?P<rel>this|next|the next|the coming|the current)\s+year\b"
    r"|(?:[\w-]+\s+){0,4}?(?:by|at|before)\s+(?P<eoy>the\s+end\s+of\s+the\s+year|(?:the\s+)?year[- ]end)\b"
    r"|(?:for|over|in)\s+(?P<whole>the\s+(?:whole|full|entire)\s+year)\b)",
    re.IGNORECASE,
)
TARGET_YEAR_BEFORE = re.compile(rf"\b(?:by|until|till)\s+{YEAR_LEAD}(?P<y>{YEAR})\b", re.IGNORECASE)
END_OF_YEAR_BEFORE = re.compile(r"\b(?:by|before|at)\s+(?:the\s+)?(?:end\s+of\s+(?:the|this)\s+year|year[- ]end)\b",
                                re.IGNORECASE)


RESTATED_FIRST = re.compile(r"\s*[(\[][^()\[\]]{1,40}[)\]]")


def target_year(after: str, before: str, ref: Reference) -> Optional[int]:
    """The year a target names: "$35 billion by 2030", "to $2 billion this year", "By 2030, ... $X"; past the
    figure restated in brackets ("AED 735 billion (US$200 billion) by 2030")."""
    restated = RESTATED_FIRST.match(after)
    match = TARGET_YEAR_AFTER.match(after[restated.end():] if restated else after)
    if match:
        if match.group("y"):
            return int(match.group("y"))
        offset = 0 if match.group("eoy") or match.group("whole") else relative_year(match.group("rel"))
        return None if ref.year is None or offset is None else ref.year + offset
    found = TARGET_YEAR_BEFORE.findall(before)
    if found:
        return int(found[-1])
    return ref.year if END_OF_YEAR_BEFORE.search(before) else None  # "By the end of the year the figure will"

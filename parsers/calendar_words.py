"""Month and weekday names as articles write them, and the parts date shapes are written in.

Shared by `article_date` (where a text states its date) and `writing_year` (the year of a date
written without one). The names come from data/months.tsv and data/weekdays.tsv.
"""
from __future__ import annotations

import re

from parsers.lexicon import alternation
from parsers.tables import read_tsv

MONTHS = {row["name"].lower(): int(row["month"]) for row in read_tsv("months.tsv")}
WEEKDAYS = {row["alias"].lower(): int(row["weekday"]) for row in read_tsv("weekdays.tsv")}


def name_alternation(aliases: list[str]) -> str:
    """Names in Title and UPPER case, longest first so 'Sept' wins over 'Sep'."""
    return alternation([form for alias in aliases for form in (alias.title(), alias.upper())])


MONTH_NAME = name_alternation(list(MONTHS))
WEEKDAY_NAME = name_alternation(list(WEEKDAYS))
# Names carry no leading word-boundary check: a capital letter starts them anyway, and a leading
# assertion would stop the regex engine from skipping ahead to candidate letters (several times slower).
PARTS = {
    "day": r"(?<![\d,])(?<!\d\.)(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|ST|ND|RD|TH)?(?!\d)",
    "month": rf"(?P<month>{MONTH_NAME})\b",
    "first_month": rf"(?:{MONTH_NAME})\b",
    "mm": r"(?P<mm>1[0-2]|0?[1-9])",
    "year": r"(?P<year>(?:19|20)\d\d)(?![\d%])",
    "weekday": rf"(?P<weekday>{WEEKDAY_NAME})\b",
}


def compile_shape(template: str, flags: int = 0, **parts: str) -> re.Pattern[str]:
    """A date shape of the data tables ('{day}\\s+{month}') as a regular expression."""
    return re.compile(template.format(**PARTS, **parts), flags)


def month_of(parts: dict[str, str]) -> int:
    """The month a shape's match names, by name or by number."""
    return MONTHS[parts["month"].lower()] if parts.get("month") else int(parts["mm"])


# One pattern per century: the regex engine scans for a literal start several times faster than for
# alternatives or a leading assertion, so neither is used and callers check the character before.
_CENTURIES = [re.compile(r"19\d\d(?![\d%])"), re.compile(r"20\d\d(?![\d%])")]


def written_years(text: str) -> list[re.Match[str]]:
    """Every 19xx and 20xx of the text that no digit or '%' follows, in reading order."""
    return sorted((match for century in _CENTURIES for match in century.finditer(text)), key=lambda m: m.start())

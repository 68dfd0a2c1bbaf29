"""One article's text to its metadata and facts."""
from __future__ import annotations

from parsers.facts import extract_facts
from parsers.metadata import article_metadata
from parsers.schema import ParsedArticle


def parse_article(text: str, source: str = "<text>") -> ParsedArticle:
    """Parse one article's plain text; never raises on odd text (status says what went wrong)."""
    meta = article_metadata(text)
    facts = extract_facts(text, source=source, article_date=meta.date)
    return ParsedArticle(
        source=source, article_date=meta.date, title=meta.title, outlet=meta.outlet,
        status="ok" if facts else "no_facts",
        message="" if facts else "no bilateral trade figure found",
        facts=facts,
    )

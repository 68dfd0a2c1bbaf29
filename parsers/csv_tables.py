"""facts.csv and articles.csv written as parsed articles come, so memory stays flat however many.

Rows are written in blocks through the same typed frames as `parse_paths` returns, so the files
are exactly what writing those frames at once gives (same columns, dates, numbers and empty cells).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from itertools import islice
from pathlib import Path

from parsers.schema import ParsedArticle, articles_frame, facts_frame

# Articles per block: large enough that building frames costs little per article, small enough
# that a block's frames take a few megabytes.
BLOCK = 1000
DATE_FORMAT = "%Y-%m-%d"


def write_tables(
    articles: Iterable[ParsedArticle], out: Path, on_article: Callable[[ParsedArticle], None] | None = None,
    block: int = BLOCK,
) -> tuple[Counter, int]:
    """Write out/facts.csv and out/articles.csv; returns (articles per status, facts written).
    `on_article` sees each article as it goes by (the command line lists the bad ones)."""
    statuses: Counter = Counter()
    n_facts = 0
    remaining = iter(articles)
    with (out / "facts.csv").open("w", encoding="utf-8", newline="") as facts_file, \
         (out / "articles.csv").open("w", encoding="utf-8", newline="") as articles_file:
        first = True
        while (chunk := list(islice(remaining, block))) or first:
            for article in chunk:
                statuses[article.status] += 1
                n_facts += article.n_facts
                if on_article is not None:
                    on_article(article)
            facts_frame(chunk).to_csv(facts_file, index=False, header=first, date_format=DATE_FORMAT)
            articles_frame(chunk).to_csv(articles_file, index=False, header=first, date_format=DATE_FORMAT)
            first = False
    return statuses, n_facts

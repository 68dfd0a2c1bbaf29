"""Text to facts: read news articles and return a sourced table of bilateral trade facts.

Data flows one way: files -> `parsers` -> a table (pandas) or the `store` -> the dashboard pages.
Nothing here imports Streamlit.

The names below load on first use, so `import parsers.schema` (what the dashboard needs) does not
pull in the whole grammar.
"""
from __future__ import annotations

import importlib
from typing import Any

_HOMES = {
    "parse_article": "parsers.article",
    "parse_document": "parsers.article",
    "parse_file": "parsers.article",
    "parse_paths": "parsers.batch",
    "iter_parsed": "parsers.batch",
    "ARTICLE_COLUMNS": "parsers.schema",
    "FACT_COLUMNS": "parsers.schema",
    "Fact": "parsers.schema",
    "ParsedArticle": "parsers.schema",
    "articles_frame": "parsers.schema",
    "facts_frame": "parsers.schema",
}
__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'parsers' has no attribute {name!r}")
    return getattr(importlib.import_module(_HOMES[name]), name)

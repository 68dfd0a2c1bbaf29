"""Text to facts: read news articles and return a sourced table of bilateral trade figures.

Data flows one way: files -> `parsers` -> a table (pandas) or the `store` -> the dashboard pages.
Nothing here imports Streamlit.
"""
from parsers.article import parse_article, parse_document
from parsers.batch import parse_paths
from parsers.schema import (
    ARTICLE_COLUMNS,
    FACT_COLUMNS,
    Fact,
    ParsedArticle,
    articles_frame,
    facts_frame,
)

__all__ = [
    "ARTICLE_COLUMNS", "FACT_COLUMNS", "Fact", "ParsedArticle",
    "articles_frame", "facts_frame", "parse_article", "parse_document", "parse_paths",
]

"""Find bilateral trade facts in an article's text (stub until the grammar lands)."""
from __future__ import annotations

import datetime as dt
from typing import Optional

from parsers.schema import Fact


def extract_facts(text: str, source: str, article_date: Optional[dt.date]) -> list[Fact]:
    return []

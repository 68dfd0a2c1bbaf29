"""Article metadata: publication date, title, outlet (stub)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Optional


@dataclass
class Metadata:
    date: Optional[dt.date] = None
    title: Optional[str] = None
    outlet: Optional[str] = None


def article_metadata(text: str) -> Metadata:
    return Metadata()

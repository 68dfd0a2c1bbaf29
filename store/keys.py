"""Content hashes and fact keys: the identities that make ingestion idempotent and reviews durable.

A fact key hashes the article's source name and what the fact says (pair, metric, exporter, value,
currency, period, target year), not where or how it is phrased, so it stays the same when the
article is edited around it or re-parsed by a better parser that still finds the same figure.
A figure stated twice in one article gets the keys of its first, second... occurrence.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable

from parsers.schema import Fact

KEY_LENGTH = 16  # hex digits: 64 bits, collision-free in practice for millions of facts


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fact_keys(source: str, facts: Iterable[Fact]) -> list[str]:
    """One key per fact, in order; equal facts within an article are told apart by occurrence."""
    seen: Counter[str] = Counter()
    keys = []
    for fact in facts:
        identity = json.dumps(
            [source, *sorted((fact.country_a, fact.country_b)), fact.metric, fact.exporter,
             float(fact.value), fact.currency, fact.period_start, fact.period_end, fact.target_year],
            default=str,
        )
        occurrence = seen[identity]
        seen[identity] += 1
        keys.append(hashlib.sha256(f"{identity}#{occurrence}".encode()).hexdigest()[:KEY_LENGTH])
    return keys

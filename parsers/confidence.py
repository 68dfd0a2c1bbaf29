"""How sure a fact is: the product of how its slots were filled (data/confidence.tsv).

A slot the figure's own clause states counts more than one carried over from an earlier figure, a list
or the article's main countries; a currency or magnitude taken from a sibling figure counts less than one
written with the number. Analysts review the least confident facts first.
"""
from __future__ import annotations

from functools import lru_cache

from parsers.money import Money
from parsers.tables import read_tsv

# The order of sources from most to least trusted, for keeping the better of two mentions of one figure.
_RANK = ("clause", "list", "sentence", "context", "article", "default", "carried", "bare", "none")


@lru_cache(maxsize=None)
def weights() -> dict[tuple[str, str], float]:
    return {(row["slot"], row["source"]): float(row["weight"]) for row in read_tsv("confidence.tsv")}


def score(slots: dict[str, str], metric: str, money: Money) -> float:
    """The fact's confidence, 0 to 1, rounded to two decimals."""
    table = weights()
    value = 1.0
    for slot, source in slots.items():
        if slot == "exporter" and metric not in ("exports", "imports"):
            continue
        if slot == "period" and metric == "target":
            continue
        value *= table.get((slot, source), 1.0)
    value *= table.get(("value", value_source(money)), 1.0)
    if money.currency not in (None, "USD"):
        value *= table.get(("currency", "other"), 1.0)
    return round(max(0.0, min(1.0, value)), 2)


def value_source(money: Money) -> str:
    """clause when the number carries its currency and magnitude, carried when one of them came from a
    sibling figure, bare when the number stands alone."""
    if money.currency and money.has_magnitude:
        return "clause"
    if money.currency or money.has_magnitude:
        return "carried"
    return "bare"


def stronger(first: dict[str, str], second: dict[str, str]) -> dict[str, str]:
    """Two mentions of one figure: each slot as its better-founded mention filled it."""
    merged = dict(first)
    for slot, source in second.items():
        if slot not in merged or _rank(source) < _rank(merged[slot]):
            merged[slot] = source
    return merged


def _rank(source: str) -> int:
    return _RANK.index(source) if source in _RANK else len(_RANK)

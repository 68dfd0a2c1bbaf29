"""Load the phrase tables in parsers/data/ and compile them into matchers, once per process.

The grammar's knowledge lives in those tables; this module only turns rows into regular expressions.
Phrase patterns are lower-cased and matched against the lower-cased text (see facts.Article.low):
case-sensitive alternations run about twice as fast as case-insensitive ones.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from parsers.tables import read_tsv

def alternation(phrases: list[str], escape: bool = True) -> str:
    """A regex alternation that tries longer phrases first, so the longest phrase wins."""
    items = sorted(set(phrases), key=len, reverse=True)
    return "|".join(re.escape(p) if escape else p for p in items)


def grouped_alternation(phrases: list[str], escape: bool = True, ignore_case: bool = False) -> str:
    """`alternation`, with the phrases that begin with the same letter or digit under one branch ("e(?:xports|
    arnings)"). At each word the regex engine tests the first character of every branch: grouped, a scan
    costs one test per letter instead of one per phrase. The same phrases match in the same order of
    preference: phrases with different first characters never match at the same place, and no group reaches
    over a phrase that does not begin with a plain character (it could match where any of them does).
    For an alternation inside (?i:...), `ignore_case` groups 'U' with 'u': there they match the same places."""
    items = [re.escape(p) if escape else p for p in sorted(set(phrases), key=len, reverse=True)]
    branches: list[tuple[str, list[str]]] = []  # (first character or "", rests or the whole phrase)
    groups: dict[str, list[str]] = {}
    for item in items:
        key = item[:1].lower() if ignore_case else item[:1]
        if not _plain_start(item):
            branches.append(("", [item]))
            groups = {}
        elif key in groups:
            groups[key].append(item[1:])
        else:
            groups[key] = [item[1:]]
            branches.append((item[0], groups[key]))
    return "|".join(f"{first}(?:{'|'.join(rests)})" if first else rests[0] for first, rests in branches)


def _plain_start(pattern: str) -> bool:
    """Whether a phrase's pattern is its first character (a letter or digit, not repeated) followed by the
    rest: no quantifier after it and no '|' outside brackets (a phrase "a|b" is not 'a' then "|b")."""
    if not (pattern[:1].isascii() and pattern[:1].isalnum()) or pattern[1:2] in ("?", "*", "+", "{"):
        return False
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 2 if pattern[i + 1:i + 2] == "]" else 3 if pattern[i + 1:i + 3] == "^]" else 1
            continue
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return False
        i += 1
    return True


def bounded(body: str) -> str:
    """Wrap an alternation so it matches whole words only (also for phrases that start or end with punctuation)."""
    # A word may not continue on either side; a phrase that begins or ends with punctuation (", and", ";")
    # needs no such edge there.
    return rf"(?=[A-Za-z,;%])(?:(?<![\w$])|(?=[^\w\s]))(?:{body})(?:(?!\w)|(?<=[^\w\s]))"


def whole_words(phrases: list[str], escape: bool = True) -> str:
    """An alternation of phrases that match as whole words. Phrases that start with a letter get the plain
    word edges (about twice as fast to scan as `bounded`); the few that start with punctuation (", and",
    ";") need no edge before them."""
    punctuated = [p for p in phrases if p[:1] in ",;%" or p.startswith("\\")]  # ", and", ";"
    words = [p for p in phrases if p not in punctuated]
    others = punctuated
    parts = []
    if words:
        parts.append(rf"(?<![\w$])(?:{grouped_alternation(words, escape)})(?:(?!\w)|(?<=[^\w\s]))")
    if others:  # they start with punctuation: no word edge needed before them
        parts.append(rf"(?:{alternation(others, escape)})(?:(?!\w)|(?<=[^\w\s]))")
    return "|".join(parts) if parts else "(?!)"


@lru_cache(maxsize=None)
def cue_patterns() -> dict[str, re.Pattern[str]]:
    """One compiled pattern per cue kind of cues.tsv."""
    by_kind: dict[str, list[str]] = defaultdict(list)
    for row in read_tsv("cues.tsv"):
        by_kind[row["kind"]].append(row["pattern"])
    return {
        kind: re.compile(whole_words([p.lower() for p in patterns], escape=False))
        for kind, patterns in by_kind.items()
    }


@lru_cache(maxsize=None)
def _rows_by_kind(name: str) -> dict[str, list[str]]:
    by_kind: dict[str, list[str]] = defaultdict(list)
    for row in read_tsv(name):
        by_kind[row["kind"]].append(row["pattern"].lower())
    return by_kind


@lru_cache(maxsize=None)
def anchored(name: str, kind: str) -> re.Pattern[str]:
    """The phrases of one kind of a table, anchored where the kind's name says: `*_before` phrases end right
    before a word (use .search(text, start, word_start)); others are plain (`*_after` phrases start right
    after a word: use .match(text, end))."""
    body = grouped_alternation(_rows_by_kind(name)[kind], escape=False)
    if kind.endswith("_before"):
        # a describing word may stand between the phrase and the word: "to neighbouring Niger", "with landlocked Malawi"
        epithets = grouped_alternation(_rows_by_kind(name).get("epithet", []), escape=False)
        epithet = f"(?:(?:{epithets})\\s+)?" if epithets else ""
        return re.compile(f"(?<![\\w$])(?:{body}){epithet}$")
    return re.compile(f"(?:{body})")


@lru_cache(maxsize=None)
def speaker_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An office holder named with a country, who speaks for it: (after the country: "Georgia's Minister of
    Economy", "Chilean Undersecretary Claudia Sanhueza"; before "of" and the country: "the Minister of Trade of
    Kenya"), from roles.tsv's office titles."""
    titles = grouped_alternation(_rows_by_kind("roles.tsv")["office_title"], escape=False)
    return (re.compile(rf"(?:['’]s?)?\s+(?:[\w-]+\s+){{0,2}}?(?:{titles})\b"),
            re.compile(rf"\b(?:{titles})\s+(?:[\w-]+\s+){{0,4}}?of\s+(?:the\s+)?$"))


@lru_cache(maxsize=None)
def raw_cue(kind: str) -> re.Pattern[str]:
    """The phrases of one kind of cues.tsv as a plain pattern, for fullmatch over a gap between words."""
    return re.compile(alternation(_rows_by_kind("cues.tsv")[kind], escape=False))


def anchored_cues(*kinds: str) -> tuple[re.Pattern[str], ...]:
    """Anchored patterns of cues.tsv (see `anchored`)."""
    return tuple(anchored("cues.tsv", kind) for kind in kinds)


@lru_cache(maxsize=None)
def qualifier_pattern() -> re.Pattern[str]:
    """The over / about / nearly cues of cues.tsv as one pattern that must end where the figure starts."""
    by_kind: dict[str, list[str]] = defaultdict(list)
    for row in read_tsv("cues.tsv"):
        if row["kind"] in ("over", "about", "nearly"):
            by_kind[row["kind"]].append(row["pattern"].lower())
    groups = "|".join(f"(?P<{kind}>{alternation(patterns, escape=False)})" for kind, patterns in by_kind.items())
    return re.compile(bounded(groups) + r"(?:\s+the)?\s*$")


@lru_cache(maxsize=None)
def metric_lookup() -> tuple[re.Pattern[str], dict[str, str]]:
    """Pattern over the metric phrases (but the verbs named by their object: `object_verbs`), and the metric
    each (lower-cased) phrase names."""
    rows = read_tsv("metrics.tsv")
    table = {row["phrase"].lower(): row["metric"] for row in rows}
    pattern = re.compile(whole_words([row["phrase"].lower() for row in rows if not row["object"]]))
    return pattern, table


@lru_cache(maxsize=None)
def object_verbs() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """The verbs of metrics.tsv that name a flow only before an object of a kind, each with that object's
    pattern: a search that ends at a figure cannot see the goods after it ("took $85 million worth of
    Mozambican products")."""
    by_object: dict[str, list[str]] = defaultdict(list)
    for row in read_tsv("metrics.tsv"):
        if row["object"]:
            by_object[row["object"]].append(row["phrase"].lower())
    return tuple((re.compile(rf"(?<![\w$])(?:{grouped_alternation(verbs)})\b"),
                  re.compile(alternation(_rows_by_kind("cues.tsv")[kind], False)))
                 for kind, verbs in by_object.items())


@lru_cache(maxsize=None)
def word_values(name: str, key: str, value: str) -> dict[str, float]:
    """A two-column table as a dict, e.g. month names to month numbers."""
    return {row[key]: float(row[value]) for row in read_tsv(name)}


@lru_cache(maxsize=None)
def commodity_pattern() -> re.Pattern[str]:
    """Goods whose figures are product-level, not a pair's trade (data/commodities.tsv)."""
    words = [row["commodity"].lower() for row in read_tsv("commodities.tsv")]
    return re.compile(whole_words(words))

"""Is this English? The grammar reads English only, so other languages are reported, not parsed."""
from __future__ import annotations

import re
import unicodedata
from typing import Optional

from parsers.tables import read_tsv

# The opening of an article is evidence enough, and reading only that keeps the check cheap.
SAMPLE_CHARS = 1200
# Letters outside the Latin script: Cyrillic, Arabic, CJK... English text has hardly any.
_NON_LATIN_LETTER = re.compile(r"[^\W\d_\u0000-\u024f\u1e00-\u1eff]")
MAX_NON_LATIN_SHARE = 0.3
# Common English words make up about 40% of English prose (27% in the sparest dev article);
# below 8% it is another language. Too few words prove nothing, so short texts pass.
_COMMON_WORDS = frozenset(row["word"] for row in read_tsv("english_words.tsv"))
MIN_WORDS = 40
MIN_COMMON_SHARE = 0.08


def not_english_reason(text: str) -> Optional[str]:
    """Why the text is not English ('most letters are Cyrillic'), or None when it may well be."""
    sample = text[:SAMPLE_CHARS]
    if not sample.isascii():
        foreign = _NON_LATIN_LETTER.findall(sample)
        if len(foreign) > MAX_NON_LATIN_SHARE * len(sample):
            return f"most letters are {_script(foreign[0])}, not Latin"
    words = sample.lower().split()
    if len(words) >= MIN_WORDS:
        common = sum(map(_COMMON_WORDS.__contains__, words))
        if common < MIN_COMMON_SHARE * len(words):
            return f"only {common} of its first {len(words)} words are common English words"
    return None


def _script(letter: str) -> str:
    """'CYRILLIC SMALL LETTER A' -> 'Cyrillic'; 'CJK UNIFIED IDEOGRAPH-4E2D' -> 'CJK'."""
    first = unicodedata.name(letter, "UNKNOWN SCRIPT").split()[0]
    return first if len(first) <= 3 else first.title()

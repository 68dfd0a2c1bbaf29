"""Country names as people type them in a link ('Turkey', 'Türkiye', 'tur') to the codes the data uses.

ISO names come from pycountry; the short forms and old names news uses ('Turkey', 'UK') from the
parsers' country table (parsers/data/countries.tsv), read as data: nothing here parses articles.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pycountry

from app.labels import EXTRA_COUNTRIES, pair_key
from parsers.tables import read_tsv

PAIR_DASHES = re.compile(r"[-–—]")  # 'Kazakhstan-Turkey', 'Kazakhstan – Türkiye'


def _fold(text: str) -> str:
    """Case, accents, spacing and a leading 'the' do not matter: 'the  TURKIYE' == 'Türkiye'."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    plain = " ".join(plain.casefold().replace(".", "").split())
    return plain[4:] if plain.startswith("the ") else plain


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("alpha_3", "name", "common_name", "official_name"):
            if name := getattr(country, attr, None):
                names.setdefault(_fold(name), country.alpha_3)
    for code, name in EXTRA_COUNTRIES.items():
        names[_fold(code)] = names[_fold(name)] = code
    for row in read_tsv("countries.tsv"):
        for alias in (row.get("aliases") or "").split("|"):
            if alias.strip():
                names.setdefault(_fold(alias), row["iso3"])
    return names


def country_code(text: str) -> str | None:
    """The ISO3 code (or EUU) a code or name stands for; None if it names no country."""
    return _index().get(_fold(str(text))) if text else None


def pair_of(text: str) -> str | None:
    """'KAZ-TUR', 'Kazakhstan-Turkey', 'Guinea-Bissau-Senegal' -> a pair key; None if not two countries.

    Names may hold dashes themselves, so every dash is tried as the one between the two countries."""
    dashes = [m.start() for m in PAIR_DASHES.finditer(text)]
    for at in dashes:
        a, b = country_code(text[:at].strip()), country_code(text[at + 1:].strip())
        if a and b and a != b:
            return pair_key(a, b)
    return None


"""One official statistics file to a frame of figures in one shape, whatever its layout.

Every layout becomes the columns FIGURE_COLUMNS: the reporter's own view of its trade with a partner
(exports f.o.b. or imports as valued), in US dollars, for a year or a month. Rows that are not such
a figure (aggregates such as World, other flows, product or transport breakdowns, quarters, empty
values) are skipped and counted by reason, so the report can say what was left out and why.
"""
from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pycountry
from tqdm import tqdm
from tqdm.utils import CallbackIOWrapper

from store.official.layouts import Layout, UnknownLayout, detect, scales, totals

FIGURE_COLUMNS = ["source", "reporter", "partner", "flow", "year", "month", "value_usd", "valuation", "estimate"]
KEY = ["source", "reporter", "partner", "flow", "year", "month"]
YEARS = range(1900, 2101)
SKIP = {
    "breakdown": "not the bilateral total (a product, second-partner, transport or customs breakdown)",
    "flow": "another flow or indicator (re-exports, re-imports, balances...)",
    "aggregate": "aggregates and areas that are not countries",
    "quarter": "quarterly figures (years and months are kept)",
    "empty": "no value",
    "invalid": "unreadable year, month or value",
    "self": "the same country on both sides",
    "repeated": "a key already given earlier in the file (the first is kept)",
}
_IMF_PERIOD = re.compile(r"^(?P<year>\d{4})(?:-?M(?P<m>\d{1,2})|-(?P<mm>\d{2}))?$")
_QUARTER = re.compile(r"^\d{4}-?Q[1-4]$")
_ESTIMATE_MARK = re.compile(r"\s*\(e\)\s*$", re.IGNORECASE)


class BadFile(ValueError):
    """A file that cannot be read as official statistics; the message says why, for the user."""


@dataclass
class OfficialFile:
    """What one file holds: its figures, and what was skipped (reason -> rows, aggregates by code)."""

    name: str
    layout: Layout
    attribution: str
    figures: pd.DataFrame
    rows_read: int
    skipped: Counter = field(default_factory=Counter)
    aggregates: Counter = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)


@dataclass
class _Rows:
    """A layout's rows on their way to figures: the columns so far and why each row is skipped."""

    frame: pd.DataFrame
    why: np.ndarray  # the SKIP key per row, or None while the row is kept

    @property
    def kept(self) -> np.ndarray:
        return pd.isna(self.why)

    def skip(self, mask, reason: str) -> None:
        """Mark these rows skipped for `reason`, unless an earlier reason already skipped them."""
        self.why[np.asarray(mask, dtype=bool) & self.kept] = reason


def read_official(data: bytes, name: str, progress: bool = False) -> OfficialFile:
    """The figures in a file's bytes; raises BadFile (or UnknownLayout) with a message for the user."""
    comments, header, trailing = _head(data, name)
    layout, columns = detect(header)
    bar = tqdm(total=len(data), unit="B", unit_scale=True, desc=f"reading {Path(name).name}",
               disable=not progress, leave=False)
    try:
        raw = pd.read_csv(
            CallbackIOWrapper(bar.update, io.BytesIO(data), "read"), skiprows=len(comments),
            usecols=sorted(set(columns.values())), dtype=str, keep_default_na=False,
            index_col=False if trailing else None,
            encoding="utf-8-sig", skipinitialspace=True,
        )
    except (ValueError, pd.errors.ParserError) as exc:
        raise BadFile(f"{name}: not a readable CSV file ({exc})") from None
    finally:
        bar.close()
    rows = _Rows(pd.DataFrame({f: raw[c].str.strip() for f, c in columns.items()}),
                 np.full(len(raw), None, dtype=object))
    notes: list[str] = []
    READERS[layout.name](rows, layout, notes)
    figures, aggregates = _checked(rows)
    attribution = " ".join(comments) or layout.attribution
    found = Counter(rows.why[~rows.kept])
    skipped = Counter({text: found[reason] for reason, text in SKIP.items() if found[reason]})  # in SKIP's order
    return OfficialFile(name, layout, attribution, figures, len(raw), skipped, aggregates, notes)


def _head(data: bytes, name: str) -> tuple[list[str], list[str], bool]:
    """The '# ' comment lines above the header (an attribution), the header's column names, and
    whether rows end in a delimiter the header lacks (some exports write one after every row)."""
    if not data.strip():
        raise BadFile(f"{name}: the file is empty")
    if b"\x00" in data[:8192]:
        raise BadFile(f"{name}: a binary file, not CSV text (export the statistics as CSV)")
    try:
        lines = data[:65536].decode("utf-8-sig").splitlines()
    except UnicodeDecodeError:
        raise BadFile(f"{name}: not UTF-8 text (save the file as CSV in UTF-8)") from None
    comments = []
    for number, line in enumerate(lines):
        if not line.startswith("#"):
            header = next(csv.reader([line]))
            first = next(csv.reader(lines[number + 1:number + 2]), [])
            trailing = len(first) == len(header) + 1 and not first[-1].strip()
            if len(first) > len(header) and not trailing:  # pandas would take the extra fields as an index
                raise BadFile(f"{name}: not a readable CSV file (line {len(comments) + 2} has {len(first)} "
                              f"fields, the header {len(header)})")
            return comments, [column.strip() for column in header if column.strip()], trailing
        comments.append(line.lstrip("#").strip())
    raise BadFile(f"{name}: no header line after the comment lines")


# ---------------------------------------------------------------- the layouts


def _tidy(rows: _Rows, layout: Layout, notes: list[str]) -> None:
    """The tidy layout of the IMF DOTS extract: one row per figure, source 'IMF DOTS (e)' for estimates."""
    f = rows.frame
    f["estimate"] = _each(f["source"], lambda s: s.str.contains(_ESTIMATE_MARK))
    f["source"] = _each(f["source"], lambda s: s.str.replace(_ESTIMATE_MARK, "", regex=True))
    f["flow"], default_valuation = _flows(_each(f["flow"], lambda s: s.str.lower()), layout, rows)
    valuation = _each(f["valuation"], lambda s: s.str.upper())
    f["valuation"] = valuation.where(valuation.isin(("CIF", "FOB")), default_valuation)
    f["year"] = _each(f["year"], _number)
    f["month"] = _each(f["month"], _number) if "month" in f else np.nan
    f["value_usd"] = _value(f["value"], layout.unit, rows)


def _comtrade(rows: _Rows, layout: Layout, notes: list[str]) -> None:
    """A Comtrade Plus download: flowCode X/M, cmdCode TOTAL; refYear + refMonth (52 = the year) or period."""
    f = rows.frame
    breakdown = np.zeros(len(f), dtype=bool)
    for name, total in totals().items():
        if name in f:
            breakdown |= ~f[name].isin((total, "")).to_numpy()
    rows.skip(breakdown, "breakdown")
    f["source"] = layout.source
    f["flow"], f["valuation"] = _flows(f["flow"].str.upper(), layout, rows)
    if "cif" in f and "fob" in f:  # imports reported f.o.b. only
        f.loc[(f["flow"] == "imports") & f["cif"].eq("") & f["fob"].ne(""), "valuation"] = "FOB"
    f["year"] = _each(f["year"], lambda s: _number(s.str[:4]))
    f["month"] = _each(f["month"], _comtrade_month) if "month" in f else np.nan
    f["value_usd"] = _value(f["value"], layout.unit, rows)
    f["estimate"] = _each(f["estimate"], lambda s: _number(s).fillna(0).ne(0)) if "estimate" in f else False


def _comtrade_month(column: pd.Series) -> pd.Series:
    """refMonth 1-12 is a month (52 means the whole year); a period '202003' is March 2020."""
    digits = column.where(column.str.fullmatch(r"\d+"), "")
    month = _number(digits.where(digits.str.len() != 6, digits.str[4:]))
    return month.where(month.between(1, 12))


def _imf(rows: _Rows, layout: Layout, notes: list[str]) -> None:
    """An IMF SDMX CSV download (IMTS, or DOTS from the older API): codes may carry labels ('KAZ: Kazakhstan')."""
    f = rows.frame
    for side in ("reporter", "partner"):
        f[side] = _each(f[side], _code)
    dataset = f["dataset"] if "dataset" in f else pd.Series("", index=f.index)
    f["source"] = _each(dataset, lambda s: pd.Series(np.where(s.str.upper().str.contains("DOT"), "IMF DOTS",
                                                                 layout.source)))
    f["flow"], f["valuation"] = _flows(_each(f["indicator"], lambda s: _code(s).str.upper()), layout, rows)
    rows.skip(_each(f["period"], lambda s: s.str.match(_QUARTER)), "quarter")
    f["year"] = _each(f["period"], lambda s: _number(s.str.extract(_IMF_PERIOD)["year"]))
    f["month"] = _each(f["period"], lambda s: _number(s.str.extract(_IMF_PERIOD)[["m", "mm"]].bfill(axis=1)["m"]))
    unit = pd.Series(layout.unit, index=f.index)
    if "scale" in f:
        unit = _each(f["scale"], _scale).fillna(layout.unit)
    else:
        notes.append(f"no SCALE or UNIT_MULT column: values read as US$ {_unit_name(layout.unit)}, "
                     "as the IMF publishes them")
    f["value_usd"] = _value(f["value"], unit, rows)
    f["estimate"] = _each(f["status"], lambda s: s.str.lower().str.startswith("e")) if "status" in f else False


def _code(column: pd.Series) -> pd.Series:
    """'KAZ: Kazakhstan, Rep. of' (SDMX CSV with labels) -> 'KAZ'."""
    return column.str.split(":", n=1).str[0].str.strip()


READERS: dict[str, Callable[[_Rows, Layout, list[str]], None]] = {"tidy": _tidy, "comtrade": _comtrade, "imf": _imf}


# ---------------------------------------------------------------- shared steps


def _each(column: pd.Series, transform: Callable[[pd.Series], pd.Series]) -> pd.Series:
    """transform() applied to each distinct value once: a file of 342,000 rows holds a few hundred
    country codes, a few flows and years, so string work per row would be most of an import."""
    codes, uniques = pd.factorize(column, use_na_sentinel=False)
    done = transform(pd.Series(uniques, dtype=object).astype(str)).to_numpy()
    return pd.Series(done[codes], index=column.index)


def _flows(codes: pd.Series, layout: Layout, rows: _Rows) -> tuple[pd.Series, pd.Series]:
    """(flow, valuation) for each row from the layout's codes; other codes are skipped."""
    flow = _each(codes, lambda s: s.map(lambda code: layout.codes.get(code, (None, None))[0]))
    rows.skip(flow.isna(), "flow")
    return flow, _each(codes, lambda s: s.map(lambda code: layout.codes.get(code, (None, None))[1]))


def _number(column) -> pd.Series:
    return pd.to_numeric(column, errors="coerce")


def _value(column: pd.Series, unit, rows: _Rows) -> pd.Series:
    """Values in US dollars; empty ones (Comtrade '', IMF 'NA' or '...') are skipped as no value.
    A thousands separator ('1,234.5') is read too."""
    rows.skip(column.isin(("", "NA", "NaN", "...", "..", "-", "n.a.")), "empty")
    value = _number(column)
    unread = value.isna() & column.str.contains(",", regex=False)
    value[unread] = _number(column[unread].str.replace(",", "", regex=False))
    return value * unit


def _scale(column: pd.Series) -> pd.Series:
    """SCALE / UNIT_MULT: a power of ten ('6') or a word ('Millions'); None when unreadable."""
    text = column.str.split(":", n=1).str[-1].str.strip().str.lower()
    powers = _number(text)
    return (10.0 ** powers).where(powers.notna(), text.map(scales()))


def _unit_name(unit: float) -> str:
    return next((name for name, multiplier in scales().items() if multiplier == unit), f"× {unit:g}")


def _countries() -> frozenset[str]:
    return frozenset(country.alpha_3 for country in pycountry.countries)


def _alpha3(codes: pd.Series) -> pd.Series:
    """ISO 3166 alpha-3 codes; alpha-2 codes (the IMF's older API) become alpha-3; anything else None."""
    countries = _countries()
    uniques = pd.Series(codes.unique())
    mapped = {
        code: code.upper() if code.upper() in countries
        else getattr(pycountry.countries.get(alpha_2=code.upper()), "alpha_3", None) if len(code) == 2 else None
        for code in uniques.dropna()
    }
    return codes.map(mapped)


def _checked(rows: _Rows) -> tuple[pd.DataFrame, Counter]:
    """Rows that are a country-to-country figure with a readable period and value, one per key."""
    f = rows.frame
    aggregates: Counter = Counter()
    for side in ("reporter", "partner"):
        codes = _alpha3(f[side])
        not_country = codes.isna().to_numpy() & rows.kept
        aggregates.update(f.loc[not_country, side].replace("", "(empty)").value_counts().to_dict())
        rows.skip(not_country, "aggregate")
        f[side] = codes
    year, month, value = f["year"], f["month"], f["value_usd"]
    invalid = (~year.isin(YEARS) | (month.notna() & ~month.between(1, 12))
               | ~np.isfinite(value.fillna(-1)) | value.lt(0) | value.isna())
    rows.skip(invalid, "invalid")
    rows.skip(f["reporter"] == f["partner"], "self")
    kept = f.loc[rows.kept]
    figures = pd.DataFrame({
        "source": kept["source"].astype(str), "reporter": kept["reporter"], "partner": kept["partner"],
        "flow": kept["flow"], "year": kept["year"].astype("int64"), "month": kept["month"].astype("Int64"),
        "value_usd": kept["value_usd"].astype("float64"), "valuation": kept["valuation"],
        "estimate": kept["estimate"].astype(bool),
    })
    repeated = figures.duplicated(KEY, keep="first")
    rows.why[np.flatnonzero(rows.kept)[repeated.to_numpy()]] = "repeated"
    return figures[~repeated].reset_index(drop=True)[FIGURE_COLUMNS], aggregates


__all__ = ["BadFile", "FIGURE_COLUMNS", "KEY", "OfficialFile", "UnknownLayout", "read_official"]

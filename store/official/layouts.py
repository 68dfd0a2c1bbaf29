"""The layouts of official statistics files, read from the tables beside this module, and telling
which one a file is in from its header alone."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from parsers.tables import read_tsv

TABLES = Path(__file__).parent


@dataclass(frozen=True)
class Layout:
    name: str
    title: str
    source: str  # the statistics' source name ('' when each row names it)
    unit: float  # US dollars per unit of the value column, unless the file says
    attribution: str
    fields: dict[str, tuple[str, ...]]  # field -> header names that may hold it
    required: tuple[str, ...]
    codes: dict[str, tuple[str, str]]  # flow code -> (flow, valuation)

    def columns(self, header: list[str]) -> dict[str, str] | None:
        """field -> the header's column for it; None unless every required field has one."""
        found = {}
        for field, names in self.fields.items():
            column = _match(names, header)
            if column is not None:
                found[field] = column
        return found if all(field in found for field in self.required) else None

    def needs(self) -> str:
        """'reporter_iso3, partner_iso3, ...' with alternatives as 'refYear or period'."""
        return ", ".join(" or ".join(self.fields[field]) for field in self.required)


def _match(names: tuple[str, ...], header: list[str]) -> str | None:
    """The header column for one of these names: an exact match first (IMF files hold a code column
    COUNTRY and a label column Country side by side), else one that differs only in case."""
    for name in names:
        if name in header:
            return name
    lowered = {column.lower(): column for column in header}
    return next((lowered[name.lower()] for name in names if name.lower() in lowered), None)


@cache
def layouts() -> tuple[Layout, ...]:
    fields: dict[str, dict[str, tuple[str, ...]]] = {}
    required: dict[str, list[str]] = {}
    for row in read_tsv("fields.tsv", TABLES):
        fields.setdefault(row["layout"], {})[row["field"]] = tuple(row["columns"].split("|"))
        if row["required"] == "yes":
            required.setdefault(row["layout"], []).append(row["field"])
    codes: dict[str, dict[str, tuple[str, str]]] = {}
    for row in read_tsv("codes.tsv", TABLES):
        codes.setdefault(row["layout"], {})[row["code"]] = (row["flow"], row["valuation"])
    return tuple(
        Layout(row["layout"], row["title"], row["source"], float(row["unit"]), row["attribution"],
               fields[row["layout"]], tuple(required[row["layout"]]), codes[row["layout"]])
        for row in read_tsv("layouts.tsv", TABLES)
    )


@cache
def totals() -> dict[str, str]:
    """Comtrade breakdown field -> the code of its total."""
    return {row["field"]: row["total"] for row in read_tsv("totals.tsv", TABLES)}


@cache
def scales() -> dict[str, float]:
    return {row["name"]: float(row["multiplier"]) for row in read_tsv("scales.tsv", TABLES)}


class UnknownLayout(ValueError):
    """A file whose header matches no layout; the message names the columns each layout needs."""


def detect(header: list[str]) -> tuple[Layout, dict[str, str]]:
    """The first layout whose required fields all have a column in this header, and those columns."""
    for layout in layouts():
        columns = layout.columns(header)
        if columns is not None:
            return layout, columns
    shown = ", ".join(header[:12]) + (f" and {len(header) - 12} more" if len(header) > 12 else "")
    needs = "; ".join(f"{layout.title}: {layout.needs()}" for layout in layouts())
    raise UnknownLayout(f"not a layout of official trade statistics this program reads (its columns: "
                        f"{shown or 'none'}). Each layout needs these columns: {needs}")

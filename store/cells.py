"""Spreadsheet-safe cells: text from articles can never become a formula in Excel or LibreOffice.

A text cell that begins with = + - @ (or a tab / carriage return, which some programs skip before
reading a formula) gets a leading apostrophe, which spreadsheets read as 'this is text'. Numbers
stay numbers: a negative growth rate is data, not a formula.
"""
from __future__ import annotations

import pandas as pd

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def inert(value: object) -> object:
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_START) else value


def inert_cells(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of the frame whose text cells cannot start a formula (only text columns are touched)."""
    safe = frame.copy()
    for name in safe.columns:
        column = safe[name]
        if isinstance(column.dtype, pd.CategoricalDtype):
            column = column.astype("string")
        if pd.api.types.is_string_dtype(column) or column.dtype == object:
            starts = column.astype("string").str.startswith(FORMULA_START).fillna(False).to_numpy(bool)
            if starts.any():
                column = column.astype(object)
                column[starts] = ["'" + v for v in column[starts]]
            safe[name] = column
    return safe

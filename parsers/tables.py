"""Read the phrase tables under parsers/data/: knowledge lives there as data, not as branches."""
from __future__ import annotations

import csv
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"


def _lines(name: str, directory: Path = DATA_DIR) -> list[str]:
    """Non-blank lines of a data file, without the '#' comment lines."""
    lines = (directory / name).read_text("utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def read_tsv(name: str, directory: Path = DATA_DIR) -> list[dict[str, str]]:
    """Rows of a tab-separated data file with a header row; '#' comment lines are skipped.
    (The store keeps tables of its own in other directories.)"""
    return list(csv.DictReader(_lines(name, directory), delimiter="\t", quoting=csv.QUOTE_NONE))

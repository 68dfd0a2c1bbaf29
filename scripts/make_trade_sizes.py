"""Write parsers/data/trade_sizes.tsv: each country's largest yearly goods trade (exports plus imports, US
dollars) in the IMF DOTS figures of ../shared/official/bilateral_trade.csv, 2000-2020. The larger of the
country's own report and its partners' reports of trade with it is taken, so a country that reports little
still gets its size. The parser's plausibility check holds a bilateral figure to the smaller side's size.

    .venv/bin/python scripts/make_trade_sizes.py
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "official" / "bilateral_trade.csv"
OUT = ROOT / "parsers" / "data" / "trade_sizes.tsv"
HEADER = [
    "# Each country's largest yearly goods trade (exports plus imports, US dollars, rounded to 3 significant digits),",
    "# from the IMF Direction of Trade Statistics (DOTS), data.imf.org, vintage early 2022, years 2000-2020, the larger",
    "# of the country's own report and its partners' reports (scripts/make_trade_sizes.py). A figure for trade between",
    "# two countries cannot be much larger than the smaller one's whole trade (plausibility.tsv).",
]


def main() -> None:
    figures = pd.read_csv(SOURCE, usecols=["reporter_iso3", "partner_iso3", "year", "value_usd"]).dropna()
    own = figures.groupby(["reporter_iso3", "year"])["value_usd"].sum()
    mirror = figures.groupby(["partner_iso3", "year"])["value_usd"].sum()
    own.index.names = mirror.index.names = ["iso3", "year"]
    yearly = pd.concat([own, mirror], axis=1).fillna(0).max(axis=1)
    largest = yearly.groupby("iso3").max()
    largest = largest[largest > 0].sort_index()
    with OUT.open("w", encoding="utf-8") as out:
        out.write("\n".join(HEADER) + "\n")
        out.write("iso3\tlargest_trade_usd\n")
        for iso3, value in largest.items():
            out.write(f"{iso3}\t{float(f'{value:.3g}'):.0f}\n")
    print(f"{len(largest)} countries -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

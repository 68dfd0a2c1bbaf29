"""Write data/official/imf-dots-sample.csv: the real IMF DOTS figures of the sample articles' pairs,
2010-2020, from ../shared/official/bilateral_trade.csv, with its attribution line as '# ' comments
(the importer keeps them as the file's credit line).

    .venv/bin/python scripts/make_official_sample.py
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "official" / "bilateral_trade.csv"
OUT = ROOT / "data" / "official" / "imf-dots-sample.csv"
PAIRS = ["AZE-KAZ", "AZE-RUS", "AZE-TUR", "BLR-IND", "CHN-KAZ", "CHN-RUS", "DEU-KAZ", "EGY-SAU", "GBR-KAZ",
         "KAZ-KGZ", "KAZ-TKM", "KAZ-TUR", "KOR-VNM", "MEX-USA", "MYS-THA", "TJK-UZB", "TKM-TUR"]
YEARS = range(2010, 2021)
ATTRIBUTION = [
    "Source: International Monetary Fund, Direction of Trade Statistics (DOTS), data.imf.org (vintage early 2022);",
    "extracted from github.com/SamLeBlanc/Direction-of-Trade-Map @ a769819d.",
]


def main() -> None:
    figures = pd.read_csv(SOURCE, dtype={"month": "Int64"})
    pair = figures[["reporter_iso3", "partner_iso3"]].apply(lambda r: "-".join(sorted(r)), axis=1)
    sample = figures[pair.isin(PAIRS) & figures["year"].isin(YEARS)]
    sample = sample.sort_values(["reporter_iso3", "partner_iso3", "flow", "year"])
    with OUT.open("w", encoding="utf-8") as out:
        out.writelines(f"# {line}\n" for line in ATTRIBUTION)
        sample.to_csv(out, index=False, lineterminator="\n")
    print(f"wrote {len(sample)} figures of {pair[pair.isin(PAIRS)].nunique()} pairs to {OUT}")


if __name__ == "__main__":
    main()

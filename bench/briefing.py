"""Briefing pack benchmark: time to build the PDF (charts through kaleido/Chromium, HTML to PDF with
WeasyPrint) for filters of growing size on the sample articles and on synthetic facts.

    .venv/bin/python bench/briefing.py [--repeats 3]

Prints a table and writes bench/results/briefing-<timestamp>.json.
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pypdf import PdfReader  # noqa: E402

from app import briefing  # noqa: E402
from app.data import sample_paths  # noqa: E402
from app.filters import FilterState  # noqa: E402
from app.model import prepare  # noqa: E402
from app.synthetic import synthetic_frames  # noqa: E402
from store import Store  # noqa: E402

RESULTS = ROOT / "bench" / "results"


def cases():
    with tempfile.TemporaryDirectory() as tmp:
        with Store(f"sqlite:///{tmp}/trade.db") as store:
            store.ingest_paths(sample_paths())
            sample = prepare(store.articles(), store.facts())
    yield "sample, focus KAZ", sample, FilterState(focus="KAZ")
    yield "sample, one pair", sample, FilterState(pairs=("KAZ-TUR",))
    yield "sample, all pairs", sample, FilterState()
    articles, facts = synthetic_frames(20_000, n_pairs=40)
    synthetic = prepare(articles, facts)
    yield "synthetic 20,000 facts, focus KAZ", synthetic, FilterState(focus="KAZ")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    briefing.briefing_pdf(*next(iter(cases()))[1:])  # warm: Chromium starts once per process (about 2 s)
    rows = []
    for name, tables, state in cases():
        times, pdf = [], b""
        for _ in range(args.repeats):
            start = time.perf_counter()
            pdf = briefing.briefing_pdf(tables, state)
            times.append(time.perf_counter() - start)
        pack = briefing.build_pack(tables, state)
        rows.append({"case": name, "facts": len(pack.citations), "pairs": int(pack.obs["pair"].nunique()),
                     "pages": len(PdfReader(io.BytesIO(pdf)).pages), "kB": round(len(pdf) / 1024),
                     "median_s": round(statistics.median(times), 2), "max_s": round(max(times), 2)})
    print(f"{'case':38} {'facts':>7} {'pairs':>6} {'pages':>6} {'kB':>6} {'median s':>9} {'max s':>7}")
    for r in rows:
        print(f"{r['case']:38} {r['facts']:>7,} {r['pairs']:>6} {r['pages']:>6} {r['kB']:>6} "
              f"{r['median_s']:>9} {r['max_s']:>7}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"briefing-{dt.datetime.now():%Y%m%d-%H%M%S}.json"
    out.write_text(json.dumps({"repeats": args.repeats, "rows": rows}, indent=2))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()

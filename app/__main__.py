"""Command line: `python -m app briefing [--focus ISO3] [--pairs A-B,...] --out FILE.pdf [--db URL]`.

The same briefing pack the Overview and Timeline offer, for a script or a scheduled job. Countries
may be given as codes or names (KAZ, Kazakhstan; pairs KAZ-TUR or Kazakhstan-Turkey).
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from app.names import country_code, pair_of

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m app", description="The Trade Relations Monitor's outputs.")
    commands = parser.add_subparsers(dest="command", required=True)
    briefing = commands.add_parser("briefing", help="write the briefing pack (PDF) for a focus country or pairs")
    briefing.add_argument("--focus", metavar="ISO3", help="a focus country (code or name)")
    briefing.add_argument("--pairs", metavar="A-B,...", help="country pairs, comma-separated (e.g. KAZ-TUR,CHN-KAZ)")
    briefing.add_argument("--out", required=True, metavar="FILE.pdf")
    briefing.add_argument("--db", metavar="URL", help="SQLAlchemy URL (default: $TRADE_DB_URL, else data/trade.db)")
    return parser


def _state(parser: argparse.ArgumentParser, args: argparse.Namespace, tables):
    from app.filters import FilterState

    focus = None
    if args.focus:
        focus = country_code(args.focus)
        if focus not in tables.countries:
            parser.error(f"no facts for focus country {args.focus!r}")
    pairs = []
    for raw in (args.pairs or "").split(","):
        if raw.strip():
            key = pair_of(raw.strip())
            if key not in tables.pairs:
                parser.error(f"no facts for pair {raw.strip()!r}")
            pairs.append(key)
    return FilterState(focus=focus, pairs=tuple(dict.fromkeys(pairs)))


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    from app import briefing, export
    from app.snapshot import Snapshot
    from app.view import View
    from store import Store

    try:  # through the dashboard's copy of the store: only the facts the pack cites are read
        with Store(args.db) as store:
            snapshot = Snapshot(store)
            view = View(snapshot, snapshot.current())
            state = _state(parser, args, view)
            tables = view.tables_for(state)
    except Exception as exc:
        print(f"error: the store could not be read: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if view.is_empty:
        print("error: the store holds no facts", file=sys.stderr)
        return EXIT_FAILED
    try:
        pdf = briefing.briefing_pdf(tables, state)
    except export.ExportUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(pdf)
    print(f"wrote {out} ({briefing.describe(state)}; {len(pdf) / 1024:.0f} kB)")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())

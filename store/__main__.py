"""Command line: `python -m store ingest|fetch|watch|export|reparse|review|official|compare ...` (see store/__init__.py)."""
from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from store.core import Store
from store.reviews import ReviewError
from web.http import normalized_url

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m store", description="The trade facts store.")
    commands = parser.add_subparsers(dest="command", required=True)
    db = argparse.ArgumentParser(add_help=False)
    db.add_argument("--db", metavar="URL", help="SQLAlchemy URL (default: $TRADE_DB_URL, else data/trade.db)")

    web = argparse.ArgumentParser(add_help=False)
    web.add_argument("--timeout", type=_seconds, default=20.0, metavar="S", help="seconds to wait for a server (20)")
    web.add_argument("--delay", type=_seconds, default=1.0, metavar="S",
                     help="seconds between two requests to one site (1)")
    workers = argparse.ArgumentParser(add_help=False)
    workers.add_argument("--workers", type=_positive, metavar="N",
                         help="parser processes (default: the free cores, one for a small batch)")

    ingest = commands.add_parser("ingest", parents=[db, workers], help="parse article files and store them")
    ingest.add_argument("inputs", nargs="+", metavar="INPUT", help="article files or folders")

    fetch = commands.add_parser("fetch", parents=[db, web], help="fetch web pages (or PDF / Word files) and store them")
    fetch.add_argument("urls", nargs="+", metavar="URL", type=_url)

    watch = commands.add_parser("watch", parents=[db, web], help="follow RSS / Atom feeds and store their new items")
    watch.add_argument("feeds", nargs="*", metavar="FEED_URL", type=_url,
                       help="feed addresses (default: every feed the store follows)")
    watch.add_argument("--every", type=_duration, default="30m", metavar="INTERVAL",
                       help="time between polls, e.g. 30m, 1h, 90s (default 30m)")
    watch.add_argument("--once", action="store_true", help="poll once and exit (for cron)")

    export = commands.add_parser("export", parents=[db], help="write facts.csv and articles.csv (reviews applied) and reviews.csv")
    export.add_argument("--out", required=True, metavar="DIR")

    commands.add_parser("reparse", parents=[db, workers], help="parse stored articles again, keeping reviews")

    review = commands.add_parser("review", parents=[db], help="confirm, reject or correct one fact")
    review.add_argument("fact_key", metavar="FACT_KEY")
    decision = review.add_mutually_exclusive_group(required=True)
    decision.add_argument("--confirm", action="store_true")
    decision.add_argument("--reject", action="store_true")
    decision.add_argument("--set", action="append", metavar="FIELD=VALUE", type=_assignment,
                          help="correct a field (repeatable), e.g. --set value=5e9 --set pair=KAZ-TUR")
    review.add_argument("--note", default="")
    review.add_argument("--reviewer", default=None, metavar="NAME",
                        help="who decides (default: the login name)")

    official = commands.add_parser("official", parents=[db], help="import official trade statistics files (CSV)")
    official.add_argument("inputs", nargs="+", metavar="PATH",
                          help="CSV files: the tidy IMF DOTS extract, a UN Comtrade Plus or an IMF IMTS/DOTS download")
    official.add_argument("--attribution", metavar="TEXT",
                          help="the credit line for these files' figures (default: the file's '# ' lines, "
                               "else the source's standard line)")

    compare = commands.add_parser("compare", parents=[db], help="write comparison.csv: every claim beside "
                                                                "the official figures")
    compare.add_argument("--out", required=True, metavar="DIR")
    return parser


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return int(text)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, not {text!r}")
    return value


def _url(text: str) -> str:
    try:
        return normalized_url(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _duration(text: str) -> float:
    from store.watching import parse_duration

    try:
        return parse_duration(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _assignment(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"expected FIELD=VALUE, not {text!r}")
    return name.strip(), value.strip()


def _run(args: argparse.Namespace) -> int:
    with Store(args.db) as store:
        if args.command == "ingest":
            report = store.ingest_paths(args.inputs, workers=args.workers, progress=True)
            for result in report.results:
                if result.outcome == "failed":
                    print(f"failed: {result.source}: {result.message}")
            print(report.summary())
        elif args.command in ("fetch", "watch"):
            return _web(store, args)
        elif args.command == "export":
            for path in (*store.export(args.out), store.export_reviews(args.out)):
                print(f"wrote {path}")
        elif args.command == "official":
            report = store.import_official(args.inputs, attribution=args.attribution, progress=True)
            for result in report.results:
                print("\n".join(result.lines()))
            print(report.summary())
        elif args.command == "compare":
            path = store.compare(args.out)
            print(f"wrote {path}")
        elif args.command == "reparse":
            print(store.reparse(workers=args.workers, progress=True).summary())
        else:
            action = "confirm" if args.confirm else "reject" if args.reject else "correct"
            store.review(args.fact_key, action, dict(args.set) if args.set else None, note=args.note,
                         reviewer=args.reviewer or getpass.getuser())
            print(f"{action} recorded for {args.fact_key}")
    return EXIT_OK


def _web(store: Store, args: argparse.Namespace) -> int:
    from store.feeds import feed_urls
    from store.fetching import fetch_pages, result_line
    from store.ingest import IngestReport
    from store.watching import watch
    from web.http import Fetcher

    with Fetcher(timeout_s=args.timeout, delay_s=args.delay) as fetcher:
        if args.command == "fetch":
            results = []
            for result in fetch_pages(store, args.urls, fetcher):
                print(result_line(result), flush=True)
                results.append(result)
            print(IngestReport(results).summary())
            return EXIT_OK
        if not args.feeds and not feed_urls(store.engine):
            print("error: no feed to watch: give FEED_URL (it is remembered) or add one on the Sources page",
                  file=sys.stderr)
            return EXIT_USAGE
        watch(store, args.feeds, args.every, args.once, fetcher, say=lambda line: print(line, flush=True))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    missing = [path for path in getattr(args, "inputs", []) if not Path(path).exists()]
    if missing:
        parser.error(f"no such file or folder: {', '.join(missing)}")
    try:
        return _run(args)
    except ArgumentError as exc:
        print(f"error: invalid database URL: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ReviewError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (SQLAlchemyError, OSError, RuntimeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())

"""Command line: `python -m parsers parse INPUT... --out DIR [--workers N]` and
`python -m parsers evaluate GOLD_DIR [--json]`.

Exit status 0 when the command ran (bad article files are rows with status 'error', listed on
stderr, not failures); 2 for usage errors such as a missing input path. Rows are written as they
are parsed, so memory does not grow with the number of articles.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Optional, Sequence

from tqdm import tqdm

from parsers.batch import article_entries, iter_parsed
from parsers.csv_tables import write_tables
from parsers.schema import ParsedArticle
from parsers.workers import default_workers


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = _argument_parser()
    args = parser.parse_args(argv)
    if args.command == "parse":
        return _parse(args.command_parser, args)
    from parsers.evaluation import main as evaluate  # the lead's module; imported only when asked for

    return evaluate(args.gold_dir, args.json)


def _argument_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m parsers", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    parse = commands.add_parser("parse", help="parse article files or folders into facts.csv and articles.csv")
    parse.add_argument("inputs", nargs="+", metavar="INPUT", help="article file or folder (searched recursively)")
    parse.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder for the two CSV files")
    parse.add_argument("--workers", type=int, metavar="N",
                       help="processes to parse with (default: the free cores, one for a small batch)")
    parse.set_defaults(command_parser=parse)
    evaluate = commands.add_parser("evaluate", help="score the parser against gold annotations")
    evaluate.add_argument("gold_dir", metavar="GOLD_DIR", help="folder of ID.txt articles with ID.json gold")
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    return parser


def _parse(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    if args.workers is not None and args.workers < 1:
        parser.error("--workers must be 1 or more")
    if args.out.exists() and not args.out.is_dir():
        parser.error(f"--out {args.out} exists and is not a folder")
    try:
        files = article_entries(args.inputs)
    except FileNotFoundError as error:
        parser.error(str(error))
    workers = args.workers or default_workers(len(files))
    args.out.mkdir(parents=True, exist_ok=True)
    statuses, n_facts = write_tables(iter_parsed(files, workers=workers, progress=True), args.out, _list_error)
    print(
        f"parsed {sum(statuses.values())} articles ({statuses['ok']} with facts, {statuses['no_facts']} without, "
        f"{statuses['error']} errors): {n_facts} facts written to {args.out}/facts.csv and articles.csv"
    )
    return 0


def _list_error(article: ParsedArticle) -> None:
    """Each bad entry on stderr as it is met (above the progress bar), the summary on stdout."""
    if article.status == "error":
        tqdm.write(f"error: {article.source}: {article.message}", file=sys.stderr)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit("interrupted")

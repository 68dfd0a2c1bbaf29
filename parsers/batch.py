"""Parse many article files, in one process or several, into the two tables of the contract.

Order is deterministic (inputs in the order given, each folder's files sorted), so two runs over the
same files give identical tables whatever the number of workers.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from parsers.article import parse_file
from parsers.reading import SUPPORTED_SUFFIXES
from parsers.schema import ParsedArticle, articles_frame, facts_frame

PathLike = str | os.PathLike[str]
# Files per task sent to a worker process: big enough that pickling and scheduling stay a small
# share of the work (an article takes about a millisecond), small enough to keep all workers busy.
MAX_CHUNK = 256
# A folder of articles often carries a README about them; it is documentation, and parsing it would
# count the figures it quotes a second time. Named explicitly, it is parsed like any file.
NOT_ARTICLES = frozenset({"readme"})


def article_files(paths: Iterable[PathLike]) -> list[Path]:
    """The files to parse: given files as they are, folders searched recursively for supported
    suffixes (READMEs and hidden files or folders left out), sorted, each file once. A path that
    does not exist is a usage error."""
    files: dict[Path, None] = {}
    for path in map(Path, paths):
        if path.is_dir():
            # Sorted as Paths sort (part by part), on plain strings: Path objects cost ten times more.
            found = sorted(_article_files_below(os.fspath(path)), key=lambda name: name.split(os.sep))
            files.update(dict.fromkeys(map(Path, found)))
        elif path.exists():
            files[path] = None
        else:
            raise FileNotFoundError(f"no such file or folder: {path}")
    return list(files)


def _article_files_below(folder: str) -> Iterator[str]:
    """Supported files in the folder and below it, except READMEs and anything hidden (editors' lock
    files, tool folders such as .git or .ipynb_checkpoints)."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir():
                yield from _article_files_below(entry.path)
            elif entry.is_file():
                stem, suffix = os.path.splitext(entry.name)
                if suffix.lower() in SUPPORTED_SUFFIXES and stem.lower() not in NOT_ARTICLES:
                    yield entry.path


def iter_parsed(
    paths: Iterable[PathLike], workers: int = 1, progress: bool = False
) -> Iterator[ParsedArticle]:
    """Parsed articles one at a time, in file order, so a caller (the store) can write them as they
    come without holding the whole batch. Bad files come back as status 'error', never as raises."""
    files = article_files(paths)
    with tqdm(total=len(files), unit="article", file=sys.stderr, disable=None if progress else True) as bar:
        for article in _parsed(files, workers):
            bar.update()
            yield article


def parse_paths(
    paths: Iterable[PathLike], workers: int = 1, progress: bool = False
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(articles, facts) tables for these files and folders; see `article_files` for what is read."""
    articles = list(iter_parsed(paths, workers=workers, progress=progress))
    return articles_frame(articles), facts_frame(articles)


def _parsed(files: list[Path], workers: int) -> Iterator[ParsedArticle]:
    if workers <= 1 or len(files) <= 1:
        yield from map(parse_file, files)
        return
    chunks = _chunks(files, min(MAX_CHUNK, max(1, len(files) // (workers * 4))))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(_parse_chunk, chunk) for chunk in chunks]
        try:
            for chunk, future in zip(chunks, futures):
                try:
                    yield from future.result()
                except BrokenProcessPool as error:
                    # A worker died (killed, out of memory) and took the pool with it: the files whose
                    # results were lost are reported as errors instead of vanishing from the tables.
                    yield from (_worker_lost(path, error) for path in chunk)
        finally:
            # A caller that stops early (a failing store, Ctrl-C) does not wait for the whole batch.
            for future in futures:
                future.cancel()


def _parse_chunk(files: Sequence[Path]) -> list[ParsedArticle]:
    return [parse_file(path) for path in files]


def _chunks(files: list[Path], size: int) -> list[list[Path]]:
    return [files[start:start + size] for start in range(0, len(files), size)]


def _worker_lost(path: Path, error: BaseException) -> ParsedArticle:
    return ParsedArticle(source=os.fspath(path), status="error", message=f"worker process failed: {error}")

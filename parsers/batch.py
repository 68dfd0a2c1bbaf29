"""Parse many article files, in one process or several, into the two tables of the contract.

Order is deterministic (inputs in the order given, each folder's files sorted), so two runs over the
same files give identical tables whatever the number of workers. No entry stops or hangs a batch:
named pipes, links to nowhere, link loops, folders that cannot be read and folders named like
article files are listed as entries, and reading each one says what it is (parsers.reading).
"""
from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from parsers.article import parse_file, source_name
from parsers.reading import SUPPORTED_SUFFIXES
from parsers.schema import ParsedArticle, articles_frame, facts_frame
from parsers.workers import ordered_map, worker_pool

PathLike = str | os.PathLike[str]
# Files per task sent to a worker process: big enough that pickling and scheduling stay a small
# share of the work (an article takes about a millisecond), small enough to keep all workers busy.
MAX_CHUNK = 256
# Tasks submitted ahead of the one being handed out, per worker.
TASKS_AHEAD_PER_WORKER = 2
# A folder of articles often carries a README about them; it is documentation, and parsing it would
# count the figures it quotes a second time. Named explicitly, it is parsed like any file.
NOT_ARTICLES = frozenset({"readme"})


def article_files(paths: Iterable[PathLike]) -> list[Path]:
    """The entries to parse: given paths as they are, folders searched recursively for supported
    suffixes (READMEs and hidden files or folders left out), sorted, each once; a given folder with
    nothing to read is an entry itself. A path that does not exist (not even as a link) is a usage
    error."""
    return [Path(entry) for entry in article_entries(paths)]


def article_entries(paths: Iterable[PathLike]) -> list[str]:
    """`article_files` as plain strings: a hundred thousand Path objects would hold about 40 MB for
    the whole run, where the strings take a fifth of that."""
    entries: dict[str, None] = {}
    for given in paths:
        path = os.fspath(Path(given))  # spelled as Path spells it ("./a/" -> "a"), then let go
        if os.path.isdir(path) and not _is_loop(path):
            # Sorted as Paths sort (part by part): the separator made the lowest character does that
            # on plain strings, without a list of parts per path.
            found = sorted(_article_files_below(path), key=lambda name: name.replace(os.sep, "\0"))
            entries.update(dict.fromkeys(found or [path]))
        elif os.path.lexists(path):
            entries[path] = None
        else:
            raise FileNotFoundError(f"no such file or folder: {source_name(path)}")
    return list(entries)


def _article_files_below(root: str) -> list[str]:
    """Supported files in the folder and below it, except READMEs and anything hidden (editors' lock
    files, tool folders such as .git). Also listed, for reading to explain: links that lead nowhere
    or in a loop, folders that cannot be listed, and folders named like an article file that hold
    none. Iterative, so no nesting depth can exhaust the stack."""
    found: list[str] = []
    named_like_articles: list[str] = []
    stack = [(root, frozenset({_folder_key(root)}))]
    while stack:
        folder, above = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError:
            found.append(folder)  # reading the entry says why it cannot be listed
            continue
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            stem, suffix = os.path.splitext(name)
            is_article_name = suffix.lower() in SUPPORTED_SUFFIXES and stem.lower() not in NOT_ARTICLES
            if entry.is_symlink() and not _resolves(entry.path):
                found.append(entry.path)  # broken or looping: a row says so, whatever its name
            elif entry.is_dir():
                key = _folder_key(entry.path)
                if key in above:
                    found.append(entry.path)  # a link back to a folder above: searched once only
                    continue
                stack.append((entry.path, above | {key}))
                if is_article_name:
                    named_like_articles.append(entry.path)
            elif is_article_name:
                found.append(entry.path)  # files, and pipes or devices reading will refuse unread
    return found + [folder for folder in named_like_articles if not _holds_any(folder, found)]


def _folder_key(path: str) -> tuple[int, int]:
    info = os.stat(path)
    return info.st_dev, info.st_ino


def _resolves(path: str) -> bool:
    try:
        os.stat(path)
    except OSError:
        return False
    return True


def _is_loop(path: str) -> bool:
    """A given folder that is a link to a folder above itself: listed as an entry, not searched."""
    return os.path.islink(path) and (
        os.path.realpath(os.path.dirname(os.path.abspath(path))) + os.sep
    ).startswith(os.path.realpath(path).rstrip(os.sep) + os.sep)


def _holds_any(folder: str, found: list[str]) -> bool:
    prefix = folder + os.sep
    return any(path.startswith(prefix) for path in found)


def iter_parsed(
    paths: Iterable[PathLike], workers: int = 1, progress: bool = False
) -> Iterator[ParsedArticle]:
    """Parsed articles one at a time, in file order, so a caller (the CSV writer, the store) can
    write them as they come without holding the whole batch. Bad entries come back as status
    'error', never as raises."""
    files = article_entries(paths)
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


def _parsed(files: list[str], workers: int) -> Iterator[ParsedArticle]:
    if workers <= 1 or len(files) <= 1:
        yield from map(parse_file, files)
        return
    chunks = _chunks(files, min(MAX_CHUNK, max(1, len(files) // (workers * 4))))
    pool = worker_pool(workers)
    try:
        for chunk, future in ordered_map(pool, _parse_chunk, chunks, workers * TASKS_AHEAD_PER_WORKER):
            try:
                yield from future.result()
            except BrokenProcessPool as error:
                # A worker died (killed, out of memory) and took the pool with it: the files whose
                # results were lost are reported as errors instead of vanishing from the tables.
                yield from (_worker_lost(path, error) for path in chunk)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _parse_chunk(files: Sequence[str]) -> list[ParsedArticle]:
    return [parse_file(path) for path in files]


def _chunks(files: list[str], size: int) -> Iterator[list[str]]:
    iterator = iter(files)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _worker_lost(path: str, error: BaseException) -> ParsedArticle:
    return ParsedArticle(source=source_name(path), status="error", message=f"worker process failed: {error}")

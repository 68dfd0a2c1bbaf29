"""Ingestion: files to parsed articles (in worker processes), then one transaction per article.

Each article is written in its own transaction, so a crash or a kill loses at most the article
being written, and the database's unique keys (source, content hash, fact key per article) decide
what is new: when two processes race on the same article, the loser waits for the winner's lock
(SQLite) or fails on a unique key and is retried (PostgreSQL), and then finds the article stored
("unchanged"). Nothing depends on timing.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, fields
from itertools import islice
from pathlib import Path

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError, OperationalError
from tqdm import tqdm

import parsers
from parsers.article import parse_document, source_name
from parsers.batch import article_files
from parsers.reading import DocumentError, document_text
from parsers.schema import FACT_COLUMNS, ParsedArticle
from parsers.workers import ordered_map, worker_pool
from store import changes
from store.keys import content_hash, fact_keys
from store.schema import articles, facts
from web.capture import capture_text, is_capture, parse_capture

Parse = Callable[[bytes, str], ParsedArticle]
OUTCOMES = ("new", "unchanged", "replaced", "failed")
WRITE_ATTEMPTS = 5
_LOOKUP_CHUNK = 500
# Documents per task sent to a parser process, and tasks in flight per worker.
_TASK_DOCUMENTS = 8
_TASKS_AHEAD_PER_WORKER = 4


@dataclass
class IngestResult:
    """What happened to one file; `message` says why it failed or which source already holds it."""

    source: str
    outcome: str
    article_id: int | None = None
    n_facts: int = 0
    message: str = ""


@dataclass
class IngestReport:
    results: list[IngestResult]

    @property
    def counts(self) -> dict[str, int]:
        found = Counter(result.outcome for result in self.results)
        return {outcome: found[outcome] for outcome in OUTCOMES}

    def summary(self) -> str:
        return ", ".join(f"{outcome} {n}" for outcome, n in self.counts.items())

    def frame(self) -> pd.DataFrame:
        return pd.DataFrame([asdict(r) for r in self.results], columns=[f.name for f in fields(IngestResult)])


@dataclass(frozen=True)
class Document:
    source: str
    data: bytes

    @functools.cached_property
    def content_hash(self) -> str:
        return content_hash(self.data)


@dataclass(frozen=True)
class Analysed:
    """A document with the plain text the parser read and what it found there."""

    document: Document
    text: str
    article: ParsedArticle


@functools.cache
def parser_version() -> str:
    """A fingerprint of the parsers' code and phrase tables: it changes whenever the parser does."""
    root = Path(parsers.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def parse_stored(data: bytes, source: str) -> ParsedArticle:
    """The store's parser: a web capture (a fetched page's text and metadata) or a file's bytes."""
    return parse_capture(data, source) if is_capture(data) else parse_document(data, source)


def stored_text(data: bytes, source: str) -> str:
    """The plain text the parser reads in a stored document (evidence offsets point into it)."""
    return capture_text(data) if is_capture(data) else document_text(data, source)


def input_files(paths: Iterable[str | Path]) -> tuple[list[tuple[str, Path]], list[IngestResult]]:
    """(source name, path) of every article entry under `paths`, and a failure for each missing path.

    Entries are found as `python -m parsers parse` finds them. A file given by itself is named by
    its file name, a file found in a folder by its path relative to that folder: re-ingesting the
    folder from anywhere, or uploading the file in the dashboard, meets the same names.
    """
    files, missing = [], []
    for given in map(Path, paths):
        try:
            found = article_files([given])
        except FileNotFoundError:
            missing.append(IngestResult(source_name(given), "failed", message="no such file or folder"))
            continue
        is_folder = given.is_dir()
        files.extend(
            (source_name(p.relative_to(given).as_posix() if is_folder and p != given else p.name), p) for p in found
        )
    return files, missing


def analyse(parse: Parse, document: Document) -> Analysed:
    """Parse one document; a crash of the parser becomes an 'error' article, never an exception."""
    try:
        article = parse(document.data, document.source)
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop a batch
        article = ParsedArticle(source=document.source, status="error", message=f"parser failed: {exc}")
    try:
        text = stored_text(document.data, document.source) if article.status != "error" else ""
    except DocumentError:
        text = ""
    return Analysed(document, text, article)


def progress_bar(total: int, progress: bool) -> tqdm:
    return tqdm(total=total, unit="file", disable=not progress, file=sys.stderr)


def analyse_all(documents: Iterable[Document], parse: Parse, workers: int) -> Iterator[Analysed | IngestResult]:
    """Analysed documents in order, parsed by `workers` processes (fresh ones: no inherited DB
    handles), taken from `documents` as the workers are ready for them, so a batch of any size
    holds only a few tasks' documents at a time.

    If a worker dies (killed, out of memory), the documents not yet parsed come back as failed
    results, not stored, so that the next ingest tries them again; the batch goes on."""
    job = functools.partial(analyse, parse)
    if workers <= 1:
        yield from map(job, documents)
        return
    pool = worker_pool(workers, spawn=True)
    tasks = _batched(documents, _TASK_DOCUMENTS)
    try:
        for task, future in ordered_map(pool, functools.partial(_analyse_task, parse), tasks,
                                        workers * _TASKS_AHEAD_PER_WORKER):
            try:
                yield from future.result()
            except BrokenProcessPool as exc:
                message = f"not stored, try again: its parser process died ({exc})"
                yield from (IngestResult(document.source, "failed", message=message) for document in task)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _analyse_task(parse: Parse, documents: list[Document]) -> list[Analysed]:
    return [analyse(parse, document) for document in documents]


def _batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while block := list(islice(iterator, size)):
        yield block


def stored_sources(engine: sa.Engine, hashes: list[str]) -> dict[str, str]:
    """Source name per content hash, for those of `hashes` already stored."""
    found: dict[str, str] = {}
    with engine.connect().execution_options(store_read=True) as conn:
        for start in range(0, len(hashes), _LOOKUP_CHUNK):
            chunk = hashes[start:start + _LOOKUP_CHUNK]
            query = sa.select(articles.c.content_hash, articles.c.source).where(articles.c.content_hash.in_(chunk))
            found.update((row.content_hash, row.source) for row in conn.execute(query))
    return found


def unchanged(source: str, article_id: int | None, stored_as: str) -> IngestResult:
    message = "" if stored_as == source else f"same content is stored as {stored_as}"
    return IngestResult(source, "unchanged", article_id, message=message)


def write(engine: sa.Engine, analysed: Analysed) -> IngestResult:
    """Store one analysed document in its own transaction, retrying when a concurrent writer won."""
    for attempt in range(WRITE_ATTEMPTS):
        try:
            with engine.begin() as conn:
                return _write(conn, analysed)
        except (IntegrityError, OperationalError):
            if attempt == WRITE_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


# Built once: compiling a statement costs more than running it on SQLite. The lookup locks the
# article rows it finds (PostgreSQL), so two writers of one source take turns.
_KNOWN = (
    sa.select(articles.c.id, articles.c.source, articles.c.content_hash)
    .where(sa.or_(articles.c.content_hash == sa.bindparam("hash"), articles.c.source == sa.bindparam("name")))
    .with_for_update()
)
_UPDATE_ARTICLE = articles.update().where(articles.c.id == sa.bindparam("article_id"))
_DELETE_FACTS = facts.delete().where(facts.c.article_id == sa.bindparam("article_id"))


def _write(conn: sa.Connection, analysed: Analysed) -> IngestResult:
    document, article = analysed.document, analysed.article
    known = conn.execute(_KNOWN, {"hash": document.content_hash, "name": document.source}).all()
    same = next((row for row in known if row.content_hash == document.content_hash), None)
    if same is not None:
        return unchanged(document.source, same.id, same.source)
    previous = next((row for row in known if row.source == document.source), None)
    values = article_values(analysed)
    if previous is None:
        article_id = conn.execute(articles.insert(), values).inserted_primary_key[0]
        insert_facts(conn, article_id, document.source, article)
        outcome = "new"
    else:
        article_id = previous.id
        update_article(conn, article_id, values)
        replace_facts(conn, article_id, document.source, article)
        outcome = "replaced"
    if article.status == "error":
        outcome = "failed"
    changes.record(conn, article_id=article_id)
    return IngestResult(document.source, outcome, article_id, article.n_facts, article.message)


def article_values(analysed: Analysed) -> dict:
    """The articles row for an analysed document (everything but the id)."""
    document, article = analysed.document, analysed.article
    return {
        "source": document.source, "content_hash": document.content_hash, "raw": document.data,
        "text": analysed.text, "article_date": article.article_date, "title": article.title,
        "outlet": article.outlet, "status": article.status, "message": article.message,
        "n_facts": article.n_facts, "parser_version": parser_version(),
        "ingested_at": dt.datetime.now(dt.timezone.utc),
    }


def update_article(conn: sa.Connection, article_id: int, values: dict) -> None:
    conn.execute(_UPDATE_ARTICLE, {**values, "article_id": article_id})


def replace_facts(conn: sa.Connection, article_id: int, source: str, article: ParsedArticle) -> None:
    """Make the article's stored facts exactly the parsed ones (reviews follow by fact key)."""
    conn.execute(_DELETE_FACTS, {"article_id": article_id})
    insert_facts(conn, article_id, source, article)


def insert_facts(conn: sa.Connection, article_id: int, source: str, article: ParsedArticle) -> None:
    if not article.facts:
        return
    keys = fact_keys(source, article.facts)
    rows = [
        {"article_id": article_id, "fact_key": key, **{name: getattr(fact, name) for name in FACT_COLUMNS}}
        for key, fact in zip(keys, article.facts)
    ]
    conn.execute(facts.insert(), rows)

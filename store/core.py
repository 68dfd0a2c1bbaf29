"""The Store: the one object the CLI and the dashboard use to write and read the collection."""
from __future__ import annotations

import datetime as dt
import numbers
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import sqlalchemy as sa
from sqlalchemy.exc import InterfaceError, OperationalError, SQLAlchemyError
from tqdm import tqdm

from parsers.reading import SUPPORTED_SUFFIXES, DocumentError, read_bytes
from parsers.schema import ARTICLE_COLUMNS, ARTICLE_DTYPES, FACT_COLUMNS, FACT_DTYPES, ParsedArticle, typed_frame
from parsers.workers import default_workers
from store import changes as versions, database
from store.frames import read_frame
from store.ingest import (
    Analysed, Document, IngestReport, IngestResult, Parse, analyse, analyse_all, article_values,
    input_files, parse_stored, progress_bar, replace_facts, stored_sources, unchanged, update_article, write,
)
from store.cells import inert_cells
from store.official.compare import VOLUME_METRICS, comparison_table, write_comparison
from store.official.importing import OfficialReport, import_files
from store.official.stored import CLAIM_COLUMNS, official_figures_frame, read_table
from store.reviews import (
    ACTIONS, REVIEW_ROW_COLUMNS, ReviewError, apply_reviews, checked_changes, dated, review_rows,
)
from store.schema import articles, facts, official_history, official_imports, reviews

LOOKUP_BLOCK = 500  # files read, and their hashes looked up in one query, at a time
_FACTS_SELECT = f"SELECT id AS fact_id, fact_key, {', '.join(FACT_COLUMNS)} FROM facts"
_ARROW_TYPES = {"string": pa.string(), "datetime64[ns]": pa.date32(), "float64": pa.float64(),
                "Float64": pa.float64(), "Int64": pa.int64(), "boolean": pa.bool_()}
_FACT_ARROW_TYPES = {"fact_id": pa.int64(), "fact_key": pa.string(),
                     **{name: _ARROW_TYPES[kind] for name, kind in FACT_DTYPES.items()}}


_FACTS_OF = (f"SELECT f.id AS fact_id, f.fact_key, {', '.join('f.' + name for name in FACT_COLUMNS)}, "
             "f.article_id, a.outlet FROM facts f JOIN articles a ON a.id = f.article_id")
_FACTS_OF_EXTRA = {"article_id": pa.int64(), "outlet": pa.string()}


def _moved(latest: pd.DataFrame) -> set[str]:
    """Keys of facts whose latest review corrected their pair."""
    moved = latest["action"].eq("correct") & latest["changes"].map(
        lambda changes: bool(changes) and ("country_a" in changes or "country_b" in changes))
    return set(latest.loc[moved.to_numpy(bool), "fact_key"])


def _literal(text: str) -> str:
    """A string as an SQL literal (standard quoting, as SQLite and PostgreSQL read it): the reader
    streams PostgreSQL through COPY, which takes no bound parameters."""
    return "'" + str(text).replace("'", "''") + "'"


@dataclass
class ReparseReport:
    articles: int
    facts_before: int
    facts_after: int
    reviews_kept: int
    reviews_orphaned: int

    def summary(self) -> str:
        return (f"reparsed {self.articles} articles: facts {self.facts_before} -> {self.facts_after}; "
                f"reviews kept {self.reviews_kept}, orphaned {self.reviews_orphaned}")


class Store:
    """A collection of articles, their facts and the analysts' reviews, in any SQLAlchemy database.

    Opening a store creates the database if needed and upgrades an older schema in place.
    `parse` replaces the parser (tests inject one; it must be picklable for workers > 1).
    """

    def __init__(self, url: str | None = None, parse: Parse | None = None) -> None:
        self.url = database.resolve_url(url)
        self.engine = database.create_engine(self.url)
        database.upgrade(self.engine)
        self._parse = parse or parse_stored

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- writing articles --------------------------------------------------------------------

    def ingest_paths(self, paths: Iterable[str | Path], workers: int | None = 1, progress: bool = False) -> IngestReport:
        """Parse and store every article file under `paths` (files or folders), each in its own
        transaction; content already stored is not parsed again. Files are read a block at a time
        as the parsers need them, so memory does not grow with the size of the batch; an entry that
        is not a readable file (a pipe, a broken link, a loop) is a failed result with its reason.
        `workers` None: as many parser processes as there are free cores (one for a small batch)."""
        files, results = input_files(paths)
        workers = workers or default_workers(len(files))
        with progress_bar(len(files), progress) as bar:
            for analysed in analyse_all(self._unstored(files, results, bar), self._parse, workers):
                results.append(analysed if isinstance(analysed, IngestResult) else self._store(analysed))
                bar.update()
        return IngestReport(results)

    def _unstored(self, files: list[tuple[str, Path]], results: list[IngestResult], bar: tqdm) -> Iterator[Document]:
        """The documents whose content is not stored yet; unreadable and unchanged files go to `results`."""
        for start in range(0, len(files), LOOKUP_BLOCK):
            documents = []
            for source, path in files[start:start + LOOKUP_BLOCK]:
                try:
                    documents.append(Document(source, read_bytes(path)))
                except DocumentError as exc:
                    results.append(IngestResult(source, "failed", message=exc.message))
                    bar.update()
            stored = stored_sources(self.engine, [d.content_hash for d in documents])
            for document in documents:
                if document.content_hash in stored:
                    results.append(unchanged(document.source, None, stored[document.content_hash]))
                    bar.update()
                else:
                    yield document

    def ingest_document(self, name: str, data: bytes) -> IngestResult:
        """Store one uploaded file; `name` is its file name (the suffix says how to read it)."""
        return self._store(analyse(self._parse, Document(name, data)))

    def ingest_text(self, text: str, source: str) -> IngestResult:
        """Store pasted plain text under `source`, with '.txt' added unless it names a readable file."""
        if Path(source).suffix.lower() not in SUPPORTED_SUFFIXES:
            source = f"{source}.txt"
        return self.ingest_document(source, text.encode("utf-8"))

    def _store(self, analysed: Analysed) -> IngestResult:
        """Write one article; if the database rejects its facts, keep the article as failed."""
        try:
            return write(self.engine, analysed)
        except (OperationalError, InterfaceError):
            raise  # the database is unreachable or overloaded: no use going on with the batch
        except (SQLAlchemyError, ArithmeticError, TypeError, ValueError) as exc:  # values the DB cannot hold
            message = f"could not store its facts: {getattr(exc, 'orig', None) or exc}"
            failed = ParsedArticle(source=analysed.document.source, status="error", message=message)
            return write(self.engine, Analysed(analysed.document, analysed.text, failed))

    def reparse(self, workers: int | None = 1, progress: bool = False) -> ReparseReport:
        """Parse every stored article again with the current parser; reviews follow their fact keys.
        `workers` None: as many parser processes as there are free cores."""
        with self.engine.connect().execution_options(**database.READ) as conn:
            query = sa.select(articles.c.id, articles.c.source, articles.c.raw).order_by(articles.c.id)
            stored = conn.execute(query).all()
            facts_before = conn.execute(sa.select(sa.func.count()).select_from(facts)).scalar_one()
        ids = {row.source: row.id for row in stored}
        documents = [Document(row.source, bytes(row.raw)) for row in stored]
        workers = workers or default_workers(len(documents))
        with progress_bar(len(documents), progress) as bar:
            for analysed in analyse_all(documents, self._parse, workers):
                bar.update()
                if isinstance(analysed, IngestResult):
                    continue  # its parser process died: the article stays as it was
                values = article_values(analysed)
                del values["ingested_at"]
                article_id = ids[analysed.document.source]
                with self.engine.begin() as conn:
                    update_article(conn, article_id, values)
                    replace_facts(conn, article_id, analysed.document.source, analysed.article)
                    versions.record(conn, article_id=article_id)
        kept, orphaned = self._review_coverage()
        with self.engine.connect().execution_options(**database.READ) as conn:
            facts_after = conn.execute(sa.select(sa.func.count()).select_from(facts)).scalar_one()
        return ReparseReport(len(documents), facts_before, facts_after, kept, orphaned)

    # -- reading -----------------------------------------------------------------------------

    def is_empty(self) -> bool:
        """No article stored yet: one indexed row lookup, not a read of the whole table (the
        dashboard asks at every start whether to load its sample)."""
        with self.engine.connect().execution_options(**database.READ) as conn:
            return conn.execute(sa.select(articles.c.id).limit(1)).first() is None

    def version(self) -> versions.Version:
        """The store's identity and version: raised by every write (store.changes), read in one row."""
        return versions.current(self.engine)

    def changes_since(self, version: int) -> versions.Changes:
        """The articles and facts that writes after `version` touched."""
        return versions.since(self.engine, version)

    def article_count(self) -> int:
        with self.engine.connect().execution_options(**database.READ) as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one()

    def articles(self, sources: Iterable[str] | None = None, newest: int | None = None) -> pd.DataFrame:
        """One row per article: ARTICLE_COLUMNS (n_facts without rejected facts), then article_id,
        content_hash and ingested_at. `sources` picks articles by name; `newest` keeps that many,
        newest article date first (a page listing a large store)."""
        latest = _latest_reviews().subquery()
        rejected = (
            sa.select(facts.c.article_id, sa.func.count().label("n"))
            .join(latest, latest.c.fact_key == facts.c.fact_key)
            .where(latest.c.action == "reject")
            .group_by(facts.c.article_id)
            .subquery()
        )
        query = (
            sa.select(
                *(articles.c[name] for name in ARTICLE_COLUMNS if name != "n_facts"),
                (articles.c.n_facts - sa.func.coalesce(rejected.c.n, 0)).label("n_facts"),
                articles.c.id.label("article_id"), articles.c.content_hash, articles.c.ingested_at,
            )
            .outerjoin(rejected, rejected.c.article_id == articles.c.id)
            .order_by(articles.c.id)
        )
        if sources is not None:
            query = query.where(articles.c.source.in_(list(sources)))
        if newest is not None:
            query = query.order_by(None).order_by(articles.c.article_date.desc().nulls_last(),
                                                  articles.c.id.desc()).limit(newest)
        with self.engine.connect().execution_options(**database.READ) as conn:
            raw = pd.DataFrame(conn.execute(query).mappings().all(), columns=[c.name for c in query.selected_columns])
        frame = typed_frame(raw, ARTICLE_COLUMNS, ARTICLE_DTYPES)
        frame["article_id"] = raw["article_id"].astype("int64")
        frame["content_hash"] = raw["content_hash"].astype("string")
        frame["ingested_at"] = pd.to_datetime(raw["ingested_at"], utc=True).astype("datetime64[ns, UTC]")
        return frame

    def article_text(self, source_or_id: str | int) -> str:
        """The plain text the parser read (evidence offsets point into it); KeyError if unknown."""
        by_id = isinstance(source_or_id, numbers.Integral)  # also numpy integers from a frame
        condition = articles.c.id == int(source_or_id) if by_id else articles.c.source == source_or_id
        with self.engine.connect().execution_options(**database.READ) as conn:
            text = conn.execute(sa.select(articles.c.text).where(condition)).scalar_one_or_none()
        if text is None:
            raise KeyError(f"no article {source_or_id!r} in the store")
        return text

    def facts(self, include_rejected: bool = False) -> pd.DataFrame:
        """All facts as the dashboard's table: FACT_COLUMNS with the contract's dtypes, corrections
        applied, then fact_id, fact_key, review_status, review_note, reviewed_at, reviewer, and
        stated_value / stated_currency (what the article said, before any correction)."""
        frame = self._facts_frame(_FACTS_SELECT + " ORDER BY id")
        if not include_rejected:
            frame = frame[frame["review_status"] != "rejected"].reset_index(drop=True)
        return frame

    def facts_of(self, pairs: Iterable[str] = (), fact_keys: Iterable[str] = (),
                 article_ids: Iterable[int] = ()) -> pd.DataFrame:
        """The facts of these pairs ('KAZ-TUR', either order stored), fact keys and articles, in the
        columns of facts() plus article_id and the article's outlet, rejected ones included (their
        review_status says so). Reviews are applied after selecting: a fact corrected into another
        pair is found by its key. Reads through the pair index: a copy of the store refreshes the
        pairs a write touched without reading the rest."""
        by_first: dict[str, set[str]] = {}
        for pair in pairs:
            a, _, b = pair.partition("-")
            by_first.setdefault(a, set()).add(b)
            by_first.setdefault(b, set()).add(a)
        terms = [f"(f.country_a = {_literal(a)} AND f.country_b IN ({', '.join(map(_literal, sorted(bs)))}))"
                 for a, bs in sorted(by_first.items())]
        latest = self._latest_reviews_frame()
        if pairs:  # facts corrected into another pair belong where the correction put them
            fact_keys = {*fact_keys, *_moved(latest)}
        if keys := sorted(set(fact_keys)):
            terms.append(f"f.fact_key IN ({', '.join(map(_literal, keys))})")
        if ids := sorted({int(i) for i in article_ids}):
            terms.append(f"f.article_id IN ({', '.join(map(str, ids))})")
        where = " OR ".join(terms) or "1 = 0"
        return self._facts_frame(f"{_FACTS_OF} WHERE {where} ORDER BY f.id", extra=_FACTS_OF_EXTRA, latest=latest)

    def pair_counts(self) -> pd.Series:
        """Facts per pair ('KAZ-TUR': n, either order of the two counted together), from the pair
        index without reading the facts; a fact corrected into another pair counts there too."""
        query = sa.select(facts.c.country_a, facts.c.country_b, sa.func.count().label("n")).group_by(
            facts.c.country_a, facts.c.country_b)
        with self.engine.connect().execution_options(**database.READ) as conn:
            rows = conn.execute(query).all()
        counts: dict[str, int] = {}

        def add(a: str, b: str, n: int) -> None:
            key = "-".join(sorted((a, b)))
            counts[key] = counts.get(key, 0) + int(n)

        for a, b, n in rows:
            add(a, b, n)
        if moved := _moved(self._latest_reviews_frame()):
            corrected = self.facts_of(fact_keys=moved)
            for (a, b), n in corrected.groupby(["country_a", "country_b"]).size().items():
                add(a, b, n)
        return pd.Series(counts, dtype="int64")

    def review_queue(self) -> pd.DataFrame:
        """Facts nobody has confirmed, corrected or rejected yet, in the columns of facts()."""
        return self._facts_frame(
            _FACTS_SELECT + " WHERE NOT EXISTS (SELECT 1 FROM reviews WHERE reviews.fact_key = facts.fact_key)"
            " ORDER BY id"
        )

    def _latest_reviews_frame(self) -> pd.DataFrame:
        with self.engine.connect().execution_options(**database.READ) as conn:
            return pd.DataFrame(conn.execute(_latest_reviews()).mappings().all(),
                                columns=["fact_key", "action", "changes", "note", "created_at", "reviewer"])

    def _facts_frame(self, sql: str, columns: list[str] = FACT_COLUMNS, extra: dict[str, pa.DataType] | None = None,
                     latest: pd.DataFrame | None = None) -> pd.DataFrame:
        """The facts `sql` selects (fact_id, fact_key, then `columns`, then `extra`), typed, with reviews applied."""
        arrow_types = {name: _FACT_ARROW_TYPES[name] for name in ["fact_id", "fact_key", *columns]} | (extra or {})
        raw = read_frame(self.engine, sql, arrow_types)
        latest = self._latest_reviews_frame() if latest is None else latest
        frame = typed_frame(raw, columns, FACT_DTYPES)
        frame["fact_id"] = raw["fact_id"].astype("int64")
        frame["fact_key"] = raw["fact_key"].astype("string")
        for name, kind in (extra or {}).items():  # the article's columns facts_of adds
            frame[name] = raw[name].astype("int64" if kind == pa.int64() else "string")
        return apply_reviews(frame, latest)

    # -- reviews -----------------------------------------------------------------------------

    def review(self, fact_key: str, action: str, changes: dict[str, Any] | None = None,
               note: str = "", reviewer: str | None = None) -> None:
        """Record a decision on a fact: 'confirm', 'reject', or 'correct' with the changed fields.

        The latest decision on a fact wins; earlier ones stay as history. Corrections add up: a
        correction keeps the fields an earlier correction changed unless it changes them again;
        a confirmation or rejection after a correction is about the fact as parsed.
        Raises ReviewError (a ValueError) with a message for the analyst when the review is invalid.
        """
        if action not in ACTIONS:
            raise ReviewError(f"unknown review action {action!r}: one of {', '.join(ACTIONS)}")
        if action != "correct" and changes:
            raise ReviewError(f"only a correction changes fields, not {action!r}")
        with self.engine.begin() as conn:
            query = sa.select(facts, articles.c.content_hash).join(articles).where(facts.c.fact_key == fact_key)
            fact = conn.execute(query.limit(1)).mappings().first()
            if fact is None:
                raise ReviewError(f"no fact with key {fact_key!r} in the store")
            checked = previous = None
            if action == "correct":
                last = conn.execute(_latest_reviews().where(reviews.c.fact_key == fact_key)).mappings().first()
                earlier = last["changes"] if last is not None and last["action"] == "correct" else {}
                before = {**fact, **dated(earlier)}
                new = checked_changes(before, changes or {})
                previous = {name: _json_value(before[name]) for name, value in new.items()
                            if _json_value(before[name]) != value}
                checked = {**earlier, **new}
            conn.execute(reviews.insert().values(
                fact_key=fact_key, content_hash=fact["content_hash"], action=action, changes=checked,
                previous=previous, note=note or "", reviewer=(reviewer or "").strip() or None,
                created_at=dt.datetime.now(dt.timezone.utc),
            ))
            versions.record(conn, fact_key=fact_key)

    def review_history(self, fact_key: str) -> pd.DataFrame:
        """Every decision on this fact, oldest first: who, when, the values before (`previous`) and
        after (`changes`, cumulative), the note, and the hash of the article version reviewed."""
        query = _history().where(reviews.c.fact_key == fact_key).order_by(reviews.c.id)
        with self.engine.connect().execution_options(**database.READ) as conn:
            return pd.DataFrame(conn.execute(query).mappings().all(), columns=[c.name for c in query.selected_columns])

    def _review_coverage(self) -> tuple[int, int]:
        """(reviewed fact keys that still name a fact, those that no longer do)."""
        exists = sa.exists().where(facts.c.fact_key == reviews.c.fact_key)
        query = sa.select(
            sa.func.count(sa.distinct(reviews.c.fact_key)).filter(exists),
            sa.func.count(sa.distinct(reviews.c.fact_key)).filter(~exists),
        )
        with self.engine.connect().execution_options(**database.READ) as conn:
            kept, orphaned = conn.execute(query).one()
        return kept, orphaned

    # -- official statistics -----------------------------------------------------------------

    def import_official(self, paths: Iterable[str | Path], attribution: str | None = None,
                        progress: bool = False) -> OfficialReport:
        """Import official statistics files (layout told by the header); see store.official.importing."""
        return import_files(self.engine, paths, attribution, progress)

    def official(self, countries: Iterable[str] | None = None) -> pd.DataFrame:
        """The current official figures (OFFICIAL_COLUMNS), of these countries with each other if given."""
        return official_figures_frame(self.engine, countries)

    def official_imports(self) -> pd.DataFrame:
        """One row per imported file: file, content_hash, layout, attribution, counts, imported_at."""
        return read_table(self.engine, official_imports)

    def official_history(self) -> pd.DataFrame:
        """The figures newer vintages replaced, with when (replaced_at), oldest first."""
        return read_table(self.engine, official_history)

    def claims(self) -> pd.DataFrame:
        """The turnover, export and import facts with what comparing them needs (CLAIM_COLUMNS, reviews
        applied, rejected ones left out): without sources and sentences, a million read in about two
        thirds of the time facts() takes."""
        sql = f"SELECT id AS fact_id, fact_key, {', '.join(CLAIM_COLUMNS)} FROM facts ORDER BY id"
        frame = self._facts_frame(sql, CLAIM_COLUMNS)
        keep = (frame["review_status"] != "rejected") & frame["metric"].isin(VOLUME_METRICS)
        return frame[keep.to_numpy(dtype=bool)].reset_index(drop=True)

    def comparison(self) -> pd.DataFrame:
        """Every stored claim beside the official figures (the columns of store.official.compare.COLUMNS)."""
        claims = self.claims()
        countries = set(claims["country_a"].dropna().unique()) | set(claims["country_b"].dropna().unique())
        return comparison_table(claims, self.official(countries))

    def compare(self, out_dir: str | Path) -> Path:
        """Write comparison.csv (see comparison()) into out_dir."""
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        path = out / "comparison.csv"
        write_comparison(self.comparison(), path)
        return path

    # -- export ------------------------------------------------------------------------------

    def export(self, out_dir: str | Path) -> tuple[Path, Path]:
        """Write facts.csv and articles.csv in the columns of `python -m parsers parse`, reviews applied.

        Text cells that would start a spreadsheet formula are quoted (store.cells)."""
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        facts_path, articles_path = out / "facts.csv", out / "articles.csv"
        inert_cells(self.facts()[FACT_COLUMNS]).to_csv(facts_path, index=False, date_format="%Y-%m-%d")
        inert_cells(self.articles()[ARTICLE_COLUMNS]).to_csv(articles_path, index=False, date_format="%Y-%m-%d")
        return facts_path, articles_path

    def export_reviews(self, out_dir: str | Path) -> Path:
        """Write reviews.csv: one row per reviewed field (or decision), with the stated and the
        reviewed value side by side: fact_key, source, reviewed_at, reviewer, action, field, old, new, note."""
        path = Path(out_dir) / "reviews.csv"
        path.parent.mkdir(parents=True, exist_ok=True)
        sources = sa.select(facts.c.fact_key, sa.func.min(facts.c.source).label("source")).group_by(facts.c.fact_key)
        with self.engine.connect().execution_options(**database.READ) as conn:
            history = pd.DataFrame(conn.execute(_history().order_by(reviews.c.id)).mappings().all(),
                                   columns=[c.name for c in _history().selected_columns])
            named = dict(conn.execute(sources).all())
        rows = review_rows(history).assign(source=lambda f: f["fact_key"].map(named))
        inert_cells(rows[REVIEW_ROW_COLUMNS]).to_csv(path, index=False)
        return path


def _latest_reviews() -> sa.Select:
    latest_ids = sa.select(sa.func.max(reviews.c.id)).group_by(reviews.c.fact_key)
    return sa.select(
        reviews.c.fact_key, reviews.c.action, reviews.c.changes, reviews.c.note, reviews.c.created_at,
        reviews.c.reviewer,
    ).where(reviews.c.id.in_(latest_ids))


def _history() -> sa.Select:
    return sa.select(reviews.c.fact_key, reviews.c.action, reviews.c.changes, reviews.c.previous, reviews.c.note,
                     reviews.c.reviewer, reviews.c.created_at, reviews.c.content_hash)


def _json_value(value: Any) -> Any:
    """A fact's field as the reviews table stores it (dates as ISO strings, no numpy scalars)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return (value.date() if isinstance(value, dt.datetime) else value).isoformat()
    return value.item() if hasattr(value, "item") else value

"""Official figures into the store: idempotent, and a newer vintage replaces a figure but keeps the old one.

A file is imported in one transaction. The same bytes again are recognised by their hash and change
nothing; another file (an edited one, a newer download) is merged figure by figure on the key
(source, reporter, partner, flow, year, month): a key not stored yet is new, the same value is
unchanged, and a different value is a revision: the stored figure is copied to official_history and
replaced. The file imported last is the newer vintage.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import sqlalchemy as sa
from tqdm import tqdm

from store import database
from store.official.layouts import UnknownLayout
from store.official.reading import FIGURE_COLUMNS, KEY, BadFile, read_official
from store.schema import official_figures, official_history, official_imports

OUTCOMES = ("imported", "unchanged", "failed")
MAX_BYTES = 2**30  # one file; the 342,000-row IMF extract is 15 MB
_LOCK = 7_240_412  # the advisory lock id that serialises imports on PostgreSQL
_CHUNK = 20_000
_STORED = ["id", *FIGURE_COLUMNS]


@dataclass
class OfficialImport:
    """What happened to one file: its figures new, revised, unchanged, and the rows skipped by reason."""

    file: str
    outcome: str
    layout: str = ""
    rows_read: int = 0
    new: int = 0
    revised: int = 0
    unchanged: int = 0
    skipped: Counter = field(default_factory=Counter)
    aggregates: Counter = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)
    message: str = ""

    def lines(self) -> list[str]:
        """The report of this file for the command line."""
        if self.outcome != "imported":
            return [f"{self.outcome}: {self.file}: {self.message}"]
        lines = [f"imported: {self.file} ({self.layout}): {self.rows_read:,} rows; figures new {self.new:,}, "
                 f"revised {self.revised:,}, unchanged {self.unchanged:,}; skipped {sum(self.skipped.values()):,}"]
        for reason, n in self.skipped.most_common():
            lines.append(f"  skipped {n:,}: {reason}")
            if reason.startswith("aggregates") and self.aggregates:
                named = ", ".join(f"{code} {k:,}" for code, k in self.aggregates.most_common(8))
                more = len(self.aggregates) - 8
                lines.append(f"    {named}" + (f" and {more} more codes" if more > 0 else ""))
        lines += [f"  note: {note}" for note in self.notes]
        return lines


@dataclass
class OfficialReport:
    results: list[OfficialImport]

    @property
    def counts(self) -> dict[str, int]:
        found = Counter(result.outcome for result in self.results)
        return {outcome: found[outcome] for outcome in OUTCOMES}

    def summary(self) -> str:
        files = ", ".join(f"{outcome} {n}" for outcome, n in self.counts.items())
        new, revised = (sum(getattr(r, name) for r in self.results) for name in ("new", "revised"))
        return f"files: {files}; figures new {new:,}, revised {revised:,}"


def import_files(engine: sa.Engine, paths: Iterable[str | Path], attribution: str | None = None,
                 progress: bool = False) -> OfficialReport:
    """Import each file in its own transaction; a bad file is reported and the others go on."""
    results = []
    for path in map(Path, paths):
        try:
            if path.stat().st_size > MAX_BYTES:
                raise BadFile(f"over the {MAX_BYTES // 2**20} MB limit for one file")
            data = path.read_bytes()
        except OSError as exc:
            results.append(OfficialImport(str(path), "failed", message=exc.strerror or str(exc)))
            continue
        results.append(import_bytes(engine, data, path.name, attribution, progress))
    return OfficialReport(results)


def import_bytes(engine: sa.Engine, data: bytes, name: str, attribution: str | None = None,
                 progress: bool = False) -> OfficialImport:
    """Import one file's bytes under its file name."""
    content_hash = hashlib.sha256(data).hexdigest()
    if (earlier := _earlier_import(engine, content_hash)) is not None:
        return _already(name, earlier)
    try:
        read = read_official(data, name, progress)
    except (BadFile, UnknownLayout) as exc:
        return OfficialImport(name, "failed", message=str(exc).removeprefix(f"{name}: "))
    now = dt.datetime.now(dt.timezone.utc)
    result = OfficialImport(name, "imported", read.layout.title, read.rows_read, skipped=read.skipped,
                            aggregates=read.aggregates, notes=read.notes)
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK})
        if (earlier := _earlier_import(conn, content_hash)) is not None:  # imported meanwhile
            return _already(name, earlier)
        import_id = conn.execute(official_imports.insert().values(
            file=name, content_hash=content_hash, layout=read.layout.name,
            attribution=attribution or read.attribution, rows_new=0, rows_revised=0, rows_unchanged=0,
            rows_skipped=sum(read.skipped.values()), imported_at=now,
        ).returning(official_imports.c.id)).scalar_one()
        stored = _stored(conn, read.figures)
        merged = read.figures.assign(_month=read.figures["month"].fillna(0)).merge(
            stored.assign(_month=stored["month"].fillna(0)), on=[*KEY[:-1], "_month"], how="left",
            suffixes=("", "_stored"))
        is_new = merged["id"].isna().to_numpy()
        same = (~is_new & np.isclose(merged["value_usd"], merged["value_usd_stored"], rtol=1e-12, atol=0)
                & (merged["valuation"] == merged["valuation_stored"]).to_numpy()
                & (merged["estimate"] == merged["estimate_stored"]).to_numpy())
        revised = merged[~is_new & ~same]
        provenance = {"file": name, "imported_at": now}
        with tqdm(total=int(is_new.sum() + len(revised)), unit="figures", desc=f"storing {name}",
                  disable=not progress, leave=False) as bar:
            _insert(conn, read.figures[is_new].assign(**provenance, import_id=import_id), bar)
            _revise(conn, revised, stored, {**provenance, "import_id": import_id}, bar)
        result.new, result.revised, result.unchanged = int(is_new.sum()), len(revised), int(same.sum())
        conn.execute(official_imports.update().where(official_imports.c.id == import_id).values(
            rows_new=result.new, rows_revised=result.revised, rows_unchanged=result.unchanged))
    return result


def _earlier_import(bind, content_hash: str) -> sa.Row | None:
    query = sa.select(official_imports.c.file, official_imports.c.imported_at).where(
        official_imports.c.content_hash == content_hash)
    if isinstance(bind, sa.Engine):
        with bind.connect().execution_options(**database.READ) as conn:
            return conn.execute(query).first()
    return bind.execute(query).first()


def _already(name: str, earlier: sa.Row) -> OfficialImport:
    when = pd.Timestamp(earlier.imported_at)
    return OfficialImport(name, "unchanged", message=f"the same file was imported on {when:%Y-%m-%d %H:%M} UTC"
                                                     f" as {earlier.file}; nothing changed")


def _stored(conn: sa.Connection, figures: pd.DataFrame) -> pd.DataFrame:
    """The stored figures that this file's keys could meet: same sources and reporters."""
    table = official_figures
    query = sa.select(*(table.c[name] for name in _STORED)).where(
        table.c.source.in_(sorted(figures["source"].unique())),
        table.c.reporter.in_(sorted(figures["reporter"].unique())))
    # plain tuples: pandas probing SQLAlchemy's Row objects for attributes took seconds
    stored = pd.DataFrame([tuple(row) for row in conn.execute(query)], columns=_STORED)
    return stored.astype({"year": "int64", "month": "Int64", "value_usd": "float64", "estimate": bool})


def _insert(conn: sa.Connection, frame: pd.DataFrame, bar: tqdm) -> None:
    """Many rows at once through the driver: SQLite's executemany, PostgreSQL's COPY. (SQLAlchemy's
    executemany of dicts took 15 s for the 342,000 figures of the IMF extract.)"""
    columns = list(frame.columns)
    values = [_python(frame[name], official_figures.c[name].type, conn.dialect) for name in columns]
    rows = list(zip(*values))
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        for start in range(0, len(rows), _CHUNK):
            chunk = rows[start:start + _CHUNK]
            if conn.dialect.name == "postgresql":
                with cursor.copy(f"COPY official_figures ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in chunk:
                        copy.write_row(row)
            else:
                marks = ", ".join("?" if conn.dialect.paramstyle == "qmark" else "%s" for _ in columns)
                cursor.executemany(f"INSERT INTO official_figures ({', '.join(columns)}) VALUES ({marks})", chunk)
            bar.update(len(chunk))
    finally:
        cursor.close()


def _python(column: pd.Series, kind: sa.types.TypeEngine, dialect: sa.Dialect) -> list:
    """A column as the driver takes it: Python values, None for missing, each distinct value passed
    through SQLAlchemy's own conversion for this database (SQLite stores times and booleans its way)."""
    process = kind.dialect_impl(dialect).bind_processor(dialect)
    codes, uniques = pd.factorize(column, use_na_sentinel=False)
    plain = [None if pd.isna(v) else v.item() if hasattr(v, "item") else v for v in uniques.tolist()]
    if process is not None:
        plain = [None if v is None else process(v) for v in plain]
    return [plain[code] for code in codes.tolist()]


def _revise(conn: sa.Connection, revised: pd.DataFrame, stored: pd.DataFrame, provenance: dict, bar: tqdm) -> None:
    """Copy each replaced figure to the history, then give its row the new value and provenance."""
    if revised.empty:
        return
    ids = revised["id"].astype("int64")
    old = stored.set_index("id").loc[ids].reset_index()
    previous = sa.select(official_figures.c.id, official_figures.c.file, official_figures.c.imported_at).where(
        official_figures.c.id.in_(ids.tolist()))
    old = old.merge(pd.DataFrame([tuple(row) for row in conn.execute(previous)], columns=["id", "file", "imported_at"]),
                    on="id").rename(columns={"id": "figure_id"})
    old["replaced_at"] = provenance["imported_at"]
    history = old.astype({"month": object}).replace({np.nan: None}).to_dict("records")
    conn.execute(official_history.insert(), history)
    update = (official_figures.update().where(official_figures.c.id == sa.bindparam("_id"))
              .values(value_usd=sa.bindparam("value_usd"), valuation=sa.bindparam("valuation"),
                      estimate=sa.bindparam("estimate"), file=sa.bindparam("_file"),
                      imported_at=sa.bindparam("_imported_at"), import_id=sa.bindparam("_import_id")))
    rows = [{"_id": int(i), "value_usd": float(v), "valuation": c, "estimate": bool(e), "_file": provenance["file"],
             "_imported_at": provenance["imported_at"], "_import_id": provenance["import_id"]}
            for i, v, c, e in zip(ids, revised["value_usd"], revised["valuation"], revised["estimate"])]
    for start in range(0, len(rows), _CHUNK):
        conn.execute(update, rows[start:start + _CHUNK])
        bar.update(len(rows[start:start + _CHUNK]))

"""The dashboard's copy of the store: prepared facts and observations as Parquet files, per bucket of
country pairs, that DuckDB reads a view at a time (app.view).

Everything the dashboard derives from facts is local to a pair: a fact's observation (SAME_FACT
includes the pair), disputed figures, target progress, a pair's overview row. So the copy is cut
into buckets by a hash of the pair, each bucket prepared by app.model.prepare on its own, and a
write to the store makes only the buckets of the pairs it touched be prepared again, from the
store's pair index (Store.facts_of), never the whole store.

Freshness: the manifest records the store's id and version (store.changes). Every page run reads
the store's version (one row); when it moved, the log of changes says which articles and facts
were written, their pairs before (in the copy) and after (in the store) name the buckets to
rebuild, and a new manifest replaces the old one atomically. A copy is labelled with the version
read before anything else, so a write it might have missed always shows as a newer version: a
stale copy is never taken for current. A copy made by other code (FORMAT, the fingerprint of the
modules that shape it) or of another store is built anew.

Several processes may share one copy (a team's dashboards on one machine, the CLI): a refresh holds
an exclusive file lock and re-reads the manifest under it; readers take no lock, because files are
never changed once written, and files a refresh replaced are deleted only RETIRE_AFTER_S later.
"""
from __future__ import annotations

import copy
import datetime as dt
import fcntl
import hashlib
import json
import os
import tempfile
import time
import uuid
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import sqlalchemy as sa

from app.figures import pair_overview
from app.labels import pair_name
from app.model import Tables, prepare, release_unused_memory
from app.targets import target_progress

FORMAT = 1
BUCKET_FACTS = 16_384  # facts per bucket aimed at when a copy is built (a write re-prepares its buckets)
MAX_BUCKETS = 1024
REBUCKET_FACTOR = 4  # a copy whose buckets grew this much past BUCKET_FACTS is built anew
GROUP_FACTS = 250_000  # facts read and prepared at once: the memory a build needs grows with this, not the store
FULL_REBUILD_SHARE = 0.3  # writes touching this share of the articles: build anew rather than bucket by bucket
RETIRE_AFTER_S = 600  # replaced files stay this long for page runs that still read the previous manifest
SHAPING_MODULES = ["app/model.py", "app/labels.py", "app/currency.py", "app/targets.py", "app/figures.py",
                   "app/snapshot.py", "store/reviews.py"]
ROOT = Path(__file__).resolve().parent.parent
BUCKET_SHIFT = 32  # obs_id = bucket << BUCKET_SHIFT | the observation's number in its bucket's group


@dataclass
class Manifest:
    """What one version of the copy consists of; the only file ever replaced (atomically)."""

    store_id: str
    version: int
    buckets: int
    code: str
    n_articles: int
    facts: dict[str, str] = field(default_factory=dict)  # bucket -> file name, for buckets with facts
    obs: dict[str, str] = field(default_factory=dict)
    pairs: str = ""  # one row per pair: counts, bucket (small: read whole)
    progress: str = ""  # target_progress of every pair with a target
    overview: str = ""  # figures.pair_overview of every pair
    dtypes: dict[str, dict[str, str]] = field(default_factory=dict)  # pandas dtypes per table, to read back
    built_at: str = ""
    format: int = FORMAT

    def files(self) -> set[str]:
        return {*self.facts.values(), *self.obs.values(), self.pairs, self.progress, self.overview} - {""}


def code_fingerprint() -> str:
    """Changes whenever code that shapes the copy changes (then the copy is built anew)."""
    digest = hashlib.sha256(str(FORMAT).encode())
    for name in SHAPING_MODULES:
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()[:16]


def bucket_of(pair: str, buckets: int) -> int:
    return zlib.crc32(pair.encode("utf-8")) % buckets


def default_dir(url: str) -> Path:
    """Where the copy of the store at `url` lives: TRADE_SNAPSHOT_DIR if set, beside an SQLite file,
    else in the user's cache (named by a hash of the URL without its password)."""
    if override := os.environ.get("TRADE_SNAPSHOT_DIR"):
        return Path(override) / _url_key(url)
    parsed = sa.engine.make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        path = Path(parsed.database)
        return path.with_name(path.name + ".snapshot")
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "trade-monitor" / "snapshots" / _url_key(url)


def _url_key(url: str) -> str:
    shown = sa.engine.make_url(url).render_as_string(hide_password=True)
    return hashlib.sha256(shown.encode()).hexdigest()[:16]


class Snapshot:
    """The copy of one store in one folder: `current()` brings it up to date and returns its manifest."""

    def __init__(self, store, folder: Path | None = None) -> None:
        self.store = store
        self.folder = Path(folder) if folder else default_dir(store.url)
        try:
            (self.folder / "parts").mkdir(parents=True, exist_ok=True)
        except OSError:  # a store on a read-only disk (a viewer's copy): the copy goes to the temp folder
            self.folder = Path(tempfile.gettempdir()) / "trade-monitor-snapshots" / _url_key(store.url)
            (self.folder / "parts").mkdir(parents=True, exist_ok=True)
        self.parts = self.folder / "parts"
        self._code = code_fingerprint()

    # -- reading the manifest ------------------------------------------------------------------

    def manifest(self) -> Manifest | None:
        try:
            raw = json.loads((self.folder / "manifest.json").read_text())
            return Manifest(**raw)
        except (OSError, ValueError, TypeError):
            return None

    def path(self, name: str) -> str:
        return str(self.parts / name)

    def _usable(self, manifest: Manifest | None, store_id: str) -> bool:
        return (manifest is not None and manifest.format == FORMAT and manifest.code == self._code
                and manifest.store_id == store_id
                and all((self.parts / name).exists() for name in manifest.files()))

    def is_current(self) -> bool:
        """The copy is as new as the store (one row read from the store)."""
        now = self.store.version()
        manifest = self.manifest()
        return self._usable(manifest, now.store_id) and manifest.version == now.version

    def current(self) -> Manifest:
        """The manifest of a copy as new as the store: as it is when the store's version has not
        moved (one row read), else refreshed under the folder's lock."""
        now = self.store.version()
        manifest = self.manifest()
        if self._usable(manifest, now.store_id) and manifest.version == now.version:
            return manifest
        with self._locked():
            manifest = self.manifest()  # another process may have refreshed meanwhile
            now = self.store.version()
            if not self._usable(manifest, now.store_id):
                manifest = self._build(now)
            elif manifest.version != now.version:
                manifest = self._refresh(manifest, now)
        return manifest

    @contextmanager
    def _locked(self) -> Iterator[None]:
        with open(self.folder / "lock", "a+") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    # -- building ------------------------------------------------------------------------------

    def _build(self, now) -> Manifest:
        """The whole copy anew, GROUP_FACTS facts at a time."""
        counts = self.store.pair_counts()
        total = int(counts.sum())
        buckets = int(min(MAX_BUCKETS, 2 ** int(np.ceil(np.log2(max(total / BUCKET_FACTS, 1))))))
        manifest = Manifest(store_id=now.store_id, version=now.version, buckets=buckets, code=self._code,
                            n_articles=self.store.article_count())
        where = pd.Series([bucket_of(p, buckets) for p in counts.index], index=counts.index)
        sizes = counts.groupby(where.to_numpy()).sum()
        pairs = {int(b): list(keys) for b, keys in where.groupby(where.to_numpy()).groups.items()}
        return self._rebuild(manifest, pairs, sizes, previous=None)

    def _refresh(self, manifest: Manifest, now) -> Manifest:
        """Rebuild the buckets of the pairs the writes since the manifest's version touched."""
        changes = self.store.changes_since(manifest.version)
        old_pairs = self._read_small(manifest, "pairs")
        total = int(old_pairs["n_facts"].sum()) if len(old_pairs) else 0
        if (changes.everything or len(changes.article_ids) > FULL_REBUILD_SHARE * max(manifest.n_articles, 1)
                or total > REBUCKET_FACTOR * BUCKET_FACTS * manifest.buckets):
            return self._build(now)
        touched = set(self._pairs_in_copy(manifest, changes.article_ids, changes.fact_keys))
        if changes.article_ids or changes.fact_keys:
            current = self.store.facts_of(fact_keys=changes.fact_keys, article_ids=changes.article_ids)
            touched |= set(_pair_keys(current))
        known = set(old_pairs["pair"]) | touched
        affected = {bucket_of(p, manifest.buckets) for p in touched}
        pairs = {b: sorted(p for p in known if bucket_of(p, manifest.buckets) == b) for b in affected}
        sizes = old_pairs.groupby("bucket")["n_facts"].sum().reindex(sorted(affected)).fillna(0)
        manifest = replace(copy.deepcopy(manifest), version=now.version, n_articles=self.store.article_count())
        return self._rebuild(manifest, pairs, sizes, previous=old_pairs)

    def _pairs_in_copy(self, manifest: Manifest, article_ids: Iterable[int], fact_keys: Iterable[str]) -> list[str]:
        """The pairs the copy holds these articles' and facts' rows under."""
        import duckdb

        files = [self.path(name) for name in manifest.facts.values()]
        if not files or not (article_ids or fact_keys):
            return []
        from app.view import SPILL_DIR

        with duckdb.connect(config={"temp_directory": SPILL_DIR}) as con:
            rows = con.execute("SELECT DISTINCT pair FROM read_parquet(?) WHERE list_contains(?, article_id) "
                               "OR list_contains(?, fact_key)",
                               [files, sorted(int(i) for i in article_ids), sorted(fact_keys)]).fetchall()
        return [row[0] for row in rows]

    def _rebuild(self, manifest: Manifest, pairs: dict[int, list[str]], sizes: pd.Series,
                 previous: pd.DataFrame | None) -> Manifest:
        """Prepare these buckets again (groups of about GROUP_FACTS facts) and write the new manifest."""
        retired = [manifest.facts.pop(str(b), "") for b in pairs] + [manifest.obs.pop(str(b), "") for b in pairs]
        small = {name: [] for name in ("pairs", "progress", "overview")}
        for group in _groups(sizes, GROUP_FACTS):
            chunk = self.store.facts_of(pairs=[p for b in group for p in pairs.get(b, [])])
            for name, frame in self._write_group(manifest, chunk, set(group)).items():
                small[name].append(frame)
            del chunk
            release_unused_memory(sum(int(sizes.get(b, 0)) for b in group))
        rebuilt = set(pairs)
        for name, frames in small.items():
            old = self._read_small(manifest, name) if previous is not None else pd.DataFrame()
            kept = [frame for frame in [old[~old["bucket"].isin(rebuilt)] if len(old) else old, *frames] if len(frame)]
            retired.append(getattr(manifest, name))
            manifest.dtypes.pop(name, None)  # a small table is written whole: its dtypes are this frame's
            setattr(manifest, name, self._write(pd.concat(kept, ignore_index=True), name, manifest) if kept else "")
        manifest.built_at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        self._commit(manifest, [name for name in retired if name])
        return manifest

    def _write_group(self, manifest: Manifest, facts: pd.DataFrame, group: set[int]) -> dict[str, pd.DataFrame]:
        """Prepare one group's facts and write one facts and one obs file per bucket."""
        keep = facts["review_status"].ne("rejected").to_numpy(bool)
        facts = facts[keep].reset_index(drop=True)
        facts["bucket"] = [bucket_of(p, manifest.buckets) for p in _pair_keys(facts)]
        facts = facts[facts["bucket"].isin(group).to_numpy(bool)].reset_index(drop=True)  # corrected into another bucket
        articles = facts[["source", "outlet"]].drop_duplicates("source")
        tables = prepare(articles, facts.drop(columns=["outlet"]))
        # Observation ids of the copy name their bucket: obs_id = bucket << BUCKET_SHIFT | the group's id.
        local = tables.facts["obs_id"].to_numpy("int64")
        obs_bucket = np.zeros(len(tables.obs), dtype="int64")
        obs_bucket[local] = tables.facts["bucket"].to_numpy("int64")  # all reports of one observation share its pair
        global_id = (obs_bucket << BUCKET_SHIFT) + np.arange(len(obs_bucket), dtype="int64")
        prepared = tables.facts.assign(obs_id=global_id[local], report_rank=_report_ranks(tables))
        newest_fact = tables.facts["fact_id"].to_numpy("int64")[tables.reports[tables.starts[:-1]]]
        ids = tables.obs["obs_id"].to_numpy("int64")
        obs = tables.obs.assign(obs_id=global_id[ids], newest_fact_id=newest_fact[ids], bucket=obs_bucket[ids])
        for b, rows in prepared.groupby("bucket", sort=True):
            rows = rows.sort_values(["obs_id", "report_rank"], kind="stable")
            manifest.facts[str(b)] = self._write(rows.drop(columns=["bucket"]), "facts", manifest, bucket=b)
        for b, rows in obs.groupby("bucket", sort=True):
            manifest.obs[str(b)] = self._write(rows.drop(columns=["bucket"]).sort_values("pair"), "obs", manifest, bucket=b)
        return _per_pair(obs, prepared)

    def _write(self, frame: pd.DataFrame, name: str, manifest: Manifest, bucket: int | None = None) -> str:
        """One Parquet file (strings plain, not categorical: every file of a table has one schema)."""
        manifest.dtypes.setdefault(name, {col: str(kind) for col, kind in frame.dtypes.items()})
        plain = frame.copy(deep=False)
        for col in plain.columns:
            if isinstance(plain[col].dtype, pd.CategoricalDtype):
                plain[col] = plain[col].astype("string")
        file = f"{name}-{'' if bucket is None else f'b{bucket}-'}{manifest.version}-{uuid.uuid4().hex[:8]}.parquet"
        table = pa.Table.from_pandas(plain.reset_index(drop=True), preserve_index=False)
        pq.write_table(table, self.parts / file, row_group_size=64_000)
        return file

    def _read_small(self, manifest: Manifest, name: str) -> pd.DataFrame:
        file = getattr(manifest, name)
        if not file:
            return pd.DataFrame(columns=["pair", "bucket", "n_facts"])
        return read_small(self.parts / file, manifest.dtypes.get(name, {}))

    def _commit(self, manifest: Manifest, retired: list[str]) -> None:
        """Replace the manifest atomically, then delete files replaced more than RETIRE_AFTER_S ago."""
        log = self.folder / "retired.json"
        try:
            pending = json.loads(log.read_text())
        except (OSError, ValueError):
            pending = []
        now = time.time()
        pending += [[name, now] for name in retired if name not in manifest.files()]
        keep = []
        for name, when in pending:
            if now - when > RETIRE_AFTER_S:
                (self.parts / name).unlink(missing_ok=True)
            else:
                keep.append([name, when])
        _atomic_write(self.folder / "manifest.json", json.dumps(asdict(manifest)))
        _atomic_write(log, json.dumps(keep))


def _report_ranks(tables: Tables) -> np.ndarray:
    """Each report's place among its observation's reports, newest first (0 = the newest)."""
    counts = np.diff(tables.starts)
    ranks = np.empty(len(tables.reports), dtype="int64")
    ranks[tables.reports] = np.arange(len(tables.reports)) - np.repeat(tables.starts[:-1], counts)
    return ranks


def _per_pair(obs: pd.DataFrame, facts: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The small per-pair tables of one group: counts, target progress, the overview row."""
    pair = obs["pair"].astype("string")
    counts = pd.DataFrame({
        "n_obs": pair.value_counts(), "n_dated": pair[obs["when_start"].notna()].value_counts(),
        "n_facts": facts["pair"].astype("string").value_counts(),
        "bucket": obs.groupby(pair)["bucket"].first(),
    }).fillna(0).astype("int64").rename_axis("pair").reset_index()
    bucket = counts.set_index("pair")["bucket"]
    progress = target_progress(obs)
    progress["bucket"] = progress["pair"].map(bucket).astype("int64")
    overview = pair_overview(obs)
    key_of = {pair_name(key): key for key in counts["pair"]}
    overview["pair"] = overview["Pair"].map(key_of).astype("string")
    overview["bucket"] = overview["pair"].map(bucket).astype("int64")
    return {"pairs": counts, "progress": progress, "overview": overview}


def _pair_keys(facts: pd.DataFrame) -> list[str]:
    return ["-".join(sorted((a, b))) for a, b in zip(facts["country_a"].astype(str), facts["country_b"].astype(str))]


def _groups(sizes: pd.Series, limit: int) -> list[list[int]]:
    """Buckets in groups of about `limit` facts (a bigger bucket alone)."""
    groups, current, total = [], [], 0
    for bucket, n in sizes.sort_index().items():
        if current and total + n > limit:
            groups.append(current)
            current, total = [], 0
        current.append(int(bucket))
        total += int(n)
    return groups + ([current] if current else [])


def read_small(path: Path, dtypes: dict[str, str]) -> pd.DataFrame:
    return as_frame(pq.read_table(path), dtypes)


_STRINGS = {pa.string(): pd.StringDtype(), pa.large_string(): pd.StringDtype()}


def as_frame(table: pa.Table, dtypes: dict[str, str]) -> pd.DataFrame:
    """A table read back from the copy in the dtypes prepare() gave its columns, except that
    categorical columns come back as strings (making categories costs more per query than it
    saves on a view's few rows)."""
    frame = table.to_pandas(types_mapper=_STRINGS.get)
    for col, kind in dtypes.items():
        if kind in ("category", "object", "str") or col not in frame.columns or str(frame[col].dtype) == kind:
            continue
        frame[col] = frame[col].astype(kind)
    return frame


def _atomic_write(path: Path, text: str) -> None:
    with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, suffix=".tmp") as handle:
        handle.write(text)
    os.replace(handle.name, path)

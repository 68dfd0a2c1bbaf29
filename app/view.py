"""What pages read: one version of the snapshot (app.snapshot), a view at a time.

The per-pair tables (pairs, target progress, overview rows) are small and held in memory; facts and
observations stay in Parquet files and DuckDB reads, per question, only the buckets of the pairs a
filter allows, only the columns asked for and only the rows the filter keeps (app.filters.filter_sql,
the SQL twin of apply_filter). A page's work so grows with what it shows, not with the store.

Frames come back in the dtypes app.model gives them, so the figure and table builders work on them
as on in-memory Tables; `report_rows` is the one lookup both kinds of tables offer.
"""
from __future__ import annotations

import tempfile
import threading
from collections.abc import Iterable, Sequence
from functools import cached_property
from pathlib import Path

import numpy as np
import pandas as pd

from app.filters import FilterState, filter_sql, keeps_pairs_whole, pairs_matching
from app.labels import country_name, pair_name
from app.model import Tables
from app.snapshot import BUCKET_SHIFT, Manifest, Snapshot, read_small, as_frame
from app.targets import COLUMNS as PROGRESS_COLUMNS, PROGRESS_METRICS, target_progress

OBS_ORDER = "last_reported DESC NULLS LAST, newest_fact_id"  # newest report first, ties in store order
# A timeline cell (figures._drawn): pair, series and period (targets: target year), most reported first.
DRAWN_CELL = ("PARTITION BY pair, series, CASE WHEN metric = 'target' THEN NULL ELSE when_start END, "
              "CASE WHEN metric = 'target' THEN NULL ELSE when_end END, target_year "
              "ORDER BY n_sources DESC, last_reported DESC NULLS FIRST, newest_fact_id")
DUCKDB_MEMORY = "512MB"  # DuckDB's own limit (it spills beyond); queries here read a view, not the store
SPILL_DIR = str(Path(tempfile.gettempdir()) / "trade-monitor-duckdb")  # not DuckDB's default, ./.tmp
_connection_lock = threading.Lock()
_connection = []


def connection():
    """One in-memory DuckDB per process (each query gets its own cursor: threads share it safely)."""
    import duckdb

    with _connection_lock:
        if not _connection:
            con = duckdb.connect(config={"threads": 2, "memory_limit": DUCKDB_MEMORY, "temp_directory": SPILL_DIR})
            con.execute("SET TimeZone = 'UTC'")
            con.execute("SET enable_object_cache = true")  # Parquet footers read once per file
            _connection.append(con)
        return _connection[0]


def _fetch(sql: str, params: list):
    return connection().cursor().sql(sql, params=params).to_arrow_table()


class View:
    """The snapshot of one store version, as the pages ask it."""

    def __init__(self, snapshot: Snapshot, manifest: Manifest) -> None:
        self.snapshot = snapshot
        self.manifest = manifest
        self._matching: dict[FilterState, list[str]] = {}

    # -- the small per-pair tables ---------------------------------------------------------------

    def _small(self, name: str) -> pd.DataFrame:
        file = getattr(self.manifest, name)
        if not file:
            return pd.DataFrame()
        return read_small(self.snapshot.parts / file, self.manifest.dtypes.get(name, {}))

    @cached_property
    def pair_table(self) -> pd.DataFrame:
        """pair, n_obs, n_dated, n_facts, bucket: one row per pair with facts."""
        table = self._small("pairs")
        return table if len(table) else pd.DataFrame(columns=["pair", "n_obs", "n_dated", "n_facts", "bucket"])

    @cached_property
    def pairs(self) -> list[str]:
        """Pair keys in the order of their names (as the pages list them)."""
        return sorted(self.pair_table["pair"].astype(str), key=lambda key: (pair_name(key), key))

    @cached_property
    def countries(self) -> list[str]:
        codes = {code for key in self.pair_table["pair"].astype(str) for code in key.split("-")}
        return sorted(codes, key=lambda code: (country_name(code), code))

    @property
    def is_empty(self) -> bool:
        return self.pair_table.empty

    @cached_property
    def progress(self) -> pd.DataFrame:
        """Target progress of every pair with a target (the columns of targets.target_progress)."""
        table = self._small("progress")
        if table.empty:
            return pd.DataFrame(columns=PROGRESS_COLUMNS)
        return table.sort_values("pair", kind="stable").drop(columns=["bucket"]).reset_index(drop=True)

    @cached_property
    def overview(self) -> pd.DataFrame:
        """figures.pair_overview of every pair, with its key in `pair`."""
        table = self._small("overview")
        return table.sort_values("Pair", kind="stable").reset_index(drop=True) if len(table) else table

    @property
    def article_count(self) -> int:
        return self.manifest.n_articles

    @property
    def articles(self) -> pd.DataFrame:
        """Every stored article, read from the store (pages list the newest: Store.articles(newest=))."""
        return self.snapshot.store.articles()

    # -- queries -------------------------------------------------------------------------------

    def matching_pairs(self, state: FilterState) -> list[str]:
        """The pairs the filter allows among those with facts (metrics and dates not looked at)."""
        if state not in self._matching:
            self._matching[state] = pairs_matching(state, self._bucket_of_pair)
        return self._matching[state]

    @cached_property
    def _bucket_of_pair(self) -> dict[str, int]:
        return dict(zip(self.pair_table["pair"].astype(str), self.pair_table["bucket"].astype(int)))

    def _files(self, table: str, pairs: Iterable[str] | None = None, buckets: Iterable[int] | None = None) -> list[str]:
        files = getattr(self.manifest, table)
        if pairs is not None:
            buckets = {self._bucket_of_pair[p] for p in pairs if p in self._bucket_of_pair}
        if buckets is not None:
            files = {str(b): files[str(b)] for b in buckets if str(b) in files}
        return [str(self.snapshot.parts / name) for _, name in sorted(files.items())]

    def query(self, table: str, state: FilterState, select: str = "*", where: str = "", params: Sequence = (),
              order: str = "", limit: int | None = None, pairs: Iterable[str] | None = None,
              typed: bool = True, group: str = "", qualify: str = "") -> pd.DataFrame:
        """SELECT `select` FROM the facts or obs of the pairs this filter allows, WHERE the filter
        (and `where`); a frame in app.model's dtypes when `typed` (snapshot.as_frame)."""
        allowed = self.matching_pairs(state)
        if pairs is not None:
            allowed = [p for p in allowed if p in set(pairs)]
        files = self._files(table, allowed)
        condition, values = filter_sql(state)
        sql = (f"SELECT {select} FROM read_parquet(?) WHERE {condition}" + (f" AND ({where})" if where else "")
               + (f" GROUP BY {group}" if group else "") + (f" QUALIFY {qualify}" if qualify else "")
               + (f" ORDER BY {order}" if order else "") + (f" LIMIT {int(limit)}" if limit is not None else ""))
        if not files:  # nothing to read: the same columns, no rows
            return self._empty(table, select) if typed else pd.DataFrame()
        found = _fetch(sql, [files, *values, *params])
        return as_frame(found, self.manifest.dtypes.get(table, {}) if typed else {})

    def _empty(self, table: str, select: str) -> pd.DataFrame:
        """No rows, in the columns `select` names (plain column names, or every column for '*')."""
        dtypes = self.manifest.dtypes.get(table, {})
        columns = list(dtypes) if select.strip() == "*" else [c.strip() for c in select.split(",")]
        return pd.DataFrame({c: pd.Series(dtype=dtypes.get(c, "object")) for c in columns})

    @cached_property
    def obs(self) -> pd.DataFrame:
        """Every observation of the store (the whole copy: for small stores and whole-store checks;
        pages ask `observations` for a filter's)."""
        return self.observations(FilterState())

    def observations(self, state: FilterState, pairs: Iterable[str] | None = None, where: str = "", params: Sequence = (),
            limit: int | None = None, order: str = OBS_ORDER, qualify: str = "") -> pd.DataFrame:
        """The observations the filter keeps (of `pairs` only, if given), newest report first."""
        return self.query("obs", state, where=where, params=params, order=order, limit=limit, pairs=pairs,
                          qualify=qualify)

    def timeline_rows(self, state: FilterState, max_pairs: int, per_period: int) -> tuple[pd.DataFrame, int, int]:
        """What the Timeline draws: the observations of the `max_pairs` pairs with most dated figures,
        at most `per_period` per pair, series and period (the most reported, then the newest: as
        figures.timeline_figure keeps them) plus the undated; the number of pairs with dated figures;
        and how many figures were left out."""
        ranking = self.pair_ranking(state)
        shown = [pair for pair, _ in sorted(ranking.items(), key=lambda item: (-item[1], pair_name(item[0])))]
        shown = shown[:max_pairs]
        if not shown:
            return self.observations(state), 0, 0
        drawn = f"when_start IS NULL OR row_number() OVER ({DRAWN_CELL}) <= {int(per_period)}"
        rows = self.observations(state, pairs=shown, qualify=drawn)
        dated = int((rows["when_start"].notna()).sum())
        return rows, len(ranking), int(sum(ranking[p] for p in shown)) - dated

    def reports(self, state: FilterState, where: str = "", params: Sequence = (), limit: int | None = None,
                order: str = "fact_id") -> pd.DataFrame:
        """The reported facts the filter keeps, in store order."""
        return self.query("facts", state, where=where, params=params, order=order, limit=limit)

    def count(self, table: str, state: FilterState, select: str = "count(*) AS n", where: str = "",
              params: Sequence = ()) -> pd.Series:
        """One row of aggregates over the rows the filter keeps, e.g. select='count(*) AS n, min(x) AS lo'."""
        frame = self.query(table, state, select=select, where=where, params=params, typed=False)
        if frame.empty:  # no file to read
            return pd.Series({name.rsplit(" AS ", 1)[-1].strip(): np.nan for name in select.split(", ")})
        return frame.iloc[0]

    def summary(self, state: FilterState) -> pd.Series:
        """The Overview's numbers for the view: pairs, articles (with facts the filter keeps; every
        stored article when nothing is filtered), oldest and newest article, disputed figures."""
        dates = self.count("facts", state, "min(article_date) AS oldest, max(article_date) AS newest"
                           + ("" if state.is_empty else ", count(DISTINCT source) AS articles"))
        figures = self.count("obs", state, "count(DISTINCT pair) AS pairs, count(DISTINCT (pair, metric, "
                             "exporter, period_start, period_end)) FILTER (WHERE conflict) AS disputed")
        articles = self.article_count if state.is_empty else dates["articles"]
        return pd.Series({"pairs": int(np.nan_to_num(figures["pairs"])), "articles": int(np.nan_to_num(articles)),
                          "disputed": int(np.nan_to_num(figures["disputed"])),
                          "oldest": dates["oldest"], "newest": dates["newest"]})

    def pair_ranking(self, state: FilterState) -> pd.Series:
        """Dated observations per pair that the filter keeps (the Timeline draws the pairs with most)."""
        if keeps_pairs_whole(state):
            ranked = self.pair_table.set_index("pair")["n_dated"]
            ranked = ranked[ranked.index.isin(self.matching_pairs(state)) & (ranked > 0)]
        else:
            rows = self.query("obs", state, select="pair, count(*) AS n", where="when_start IS NOT NULL",
                              group="pair", typed=False)
            ranked = rows.set_index("pair")["n"] if len(rows) else pd.Series(dtype="int64")
        return ranked.astype("int64")

    def report_rows(self, obs_ids, columns: list[str], limit: int | None = None) -> pd.DataFrame:
        """The reports of these observations (obs_id plus `columns`), grouped by observation in the
        order given, newest first, at most `limit` each (the lookup Tables.report_rows also offers)."""
        ids = np.asarray(obs_ids, dtype="int64")
        wanted = ["obs_id", *[c for c in columns if c != "obs_id"], "report_rank"]
        if not len(ids):
            return self._empty("facts", ", ".join(wanted))[["obs_id", *[c for c in columns if c != "obs_id"]]]
        files = self._files("facts", buckets={int(b) for b in np.unique(ids >> BUCKET_SHIFT)})
        sql = (f"SELECT {', '.join(wanted)} FROM read_parquet(?) WHERE obs_id IN (SELECT unnest(?))"
               + (f" AND report_rank < {int(limit)}" if limit is not None else ""))
        found = as_frame(_fetch(sql, [files, sorted(set(ids.tolist()))]), self.manifest.dtypes.get("facts", {}))
        order = pd.DataFrame({"obs_id": ids, "asked": np.arange(len(ids))})
        rows = order.merge(found, on="obs_id").sort_values(["asked", "report_rank"], kind="stable")
        return rows[["obs_id", *[c for c in columns if c != "obs_id"]]].reset_index(drop=True)

    def progress_for(self, state: FilterState, obs: pd.DataFrame | None = None) -> pd.DataFrame:
        """Target progress for the view: per-pair rows computed for the whole store when the filter
        keeps pairs whole, else computed from the turnover and targets the filter keeps."""
        if keeps_pairs_whole(state, PROGRESS_METRICS):
            every = self.progress
            return every[every["pair"].isin(self.matching_pairs(state))].reset_index(drop=True)
        if obs is None:
            obs = self.observations(state, where="metric IN ('turnover', 'target')")
        return target_progress(obs)

    def tables_for(self, state: FilterState) -> Tables:
        """Everything the filter keeps as in-memory Tables (the briefing pack numbers every report)."""
        obs = self.observations(state)
        facts = self.reports(state, where="obs_id IN (SELECT unnest(?))", params=[obs["obs_id"].tolist()])
        local = pd.Index(obs["obs_id"].to_numpy()).get_indexer(facts["obs_id"].to_numpy())
        reports = np.lexsort((facts["report_rank"].to_numpy(), local))
        starts = np.concatenate([[0], np.cumsum(np.bincount(local, minlength=len(obs)))]).astype("int64")
        return Tables(articles=pd.DataFrame(), facts=facts.assign(obs_id=local).reset_index(drop=True),
                      obs=obs.assign(obs_id=np.arange(len(obs))).reset_index(drop=True),
                      reports=reports, starts=starts)

"""Store throughput and load time: ingest generated articles into SQLite and PostgreSQL, and load
1,000,000 facts from each store into the dashboard's table.

Ingest: 10,000 synthetic articles (bench/generate_corpus.py) through `Store.ingest_paths` with the
real parser (first ingest, then the same folder again, which must add nothing). Load: synthetic
fact rows bulk-inserted straight into the tables, then `Store.facts()` timed (and the dashboard's
`app.model.prepare` on top), with peak memory sampled while loading. PostgreSQL is a throwaway
server started here (as the tests do) unless --pg-url is given. Results: printed table and JSON
in bench/results/.

    .venv/bin/python bench/store.py [--n 10000] [--facts 1000000] [--workers 2] [--pg-url URL]
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import psutil
import sqlalchemy as sa

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path[:0] = [str(REPO), str(BENCH), str(REPO / "tests")]

from reporting import machine, write_result  # noqa: E402  (bench/ is not a package)
from generate_corpus import write_articles  # noqa: E402  (bench/ is not a package)
from pg_server import start_server  # noqa: E402  (the tests' throwaway PostgreSQL)

from parsers.schema import FACT_COLUMNS  # noqa: E402
from store import Store  # noqa: E402
from store.keys import KEY_LENGTH  # noqa: E402
from store.schema import articles, facts, reviews  # noqa: E402

FACTS_PER_ARTICLE = 5
INSERT_CHUNK = 50_000
LOAD_REPEATS = 3
PAIRS = [("AZE", "KAZ"), ("CHN", "KAZ"), ("KAZ", "TUR"), ("CHN", "RUS"), ("MEX", "USA"), ("KOR", "VNM")]
METRICS = ["turnover", "exports", "imports", "target"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles to ingest (default 10000)")
    parser.add_argument("--facts", type=int, default=1_000_000, help="facts to load (default 1000000)")
    parser.add_argument("--workers", type=int, default=2, help="parser processes for ingest (default 2)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--pg-url", help="a PostgreSQL database to use instead of a throwaway server (emptied!)")
    args = parser.parse_args()
    load_before = os.getloadavg()

    with tempfile.TemporaryDirectory(prefix="store-bench-") as tmp:
        tmp = Path(tmp)
        folder = tmp / "articles"
        write_articles(folder, args.n, args.seed)
        pg_dir = Path(tempfile.mkdtemp(prefix="store-bench-pg-"))  # the postgres user must reach it
        stop_server = None
        pg_urls: Callable[[], str]
        if args.pg_url:
            pg_urls = lambda: args.pg_url  # noqa: E731
        else:
            server, stop_server = start_server(pg_dir)
            pg_urls = server.new_database
        try:
            runs = []
            for name, make_url in [("sqlite", lambda: f"sqlite:///{tmp / f'{time.time_ns()}.db'}"),
                                   ("postgresql", pg_urls)]:
                runs.append({"database": name, **_ingest(make_url(), folder, args.n, args.workers)})
                runs[-1].update(_load(make_url(), args.facts, args.seed))
        finally:
            if stop_server:
                stop_server()
            shutil.rmtree(pg_dir, ignore_errors=True)
    report = {
        "when": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "machine": machine(load_average_before_and_after=[load_before[0], os.getloadavg()[0]]),
        "articles": args.n, "facts": args.facts, "workers": args.workers,
        "postgresql": "given" if args.pg_url else "throwaway local server, fsync=off",
        "runs": runs,
    }
    _print_table(runs)
    write_result("store", report)


def _ingest(url: str, folder: Path, n: int, workers: int) -> dict:
    with Store(url) as store:
        started = time.perf_counter()
        first = store.ingest_paths([folder], workers=workers)
        first_s = time.perf_counter() - started
        started = time.perf_counter()
        again = store.ingest_paths([folder], workers=workers)
        again_s = time.perf_counter() - started
        stored_facts = len(store.facts())
    assert first.counts["new"] == n, first.summary()
    assert again.counts["unchanged"] == n, again.summary()
    return {
        "ingest_s": round(first_s, 2), "ingest_articles_per_s": round(n / first_s),
        "ingest_counts": first.counts, "facts_from_ingest": stored_facts,
        "reingest_s": round(again_s, 2), "reingest_articles_per_s": round(n / again_s),
    }


def _load(url: str, n_facts: int, seed: int) -> dict:
    with Store(url) as store:
        started = time.perf_counter()
        _bulk_insert(store.engine, n_facts, seed)
        insert_s = time.perf_counter() - started
        with _PeakMemory() as load_memory:
            started = time.perf_counter()
            table = store.facts()
            load_times = [time.perf_counter() - started]
        for _ in range(LOAD_REPEATS - 1):  # best of several: the machine is shared, the minimum is the cost
            del table
            started = time.perf_counter()
            table = store.facts()
            load_times.append(time.perf_counter() - started)
        load_s = min(load_times)
        frame_mb = table.memory_usage(deep=True).sum() / 2**20
        articles_table = store.articles()
    from app.model import prepare  # imported late: app/ is the dashboard's, and optional here

    with _PeakMemory() as prepare_memory:
        started = time.perf_counter()
        prepare(articles_table, table)
        prepare_s = time.perf_counter() - started
    assert len(table) == n_facts
    return {
        "bulk_insert_s": round(insert_s, 1), "load_facts_s": round(load_s, 2),
        "load_peak_rss_mb": round(load_memory.peak_mb), "frame_mb": round(frame_mb),
        "dashboard_prepare_s": round(prepare_s, 2), "prepare_peak_rss_mb": round(prepare_memory.peak_mb),
    }


def _bulk_insert(engine: sa.Engine, n_facts: int, seed: int) -> None:
    """Synthetic articles and facts written straight into emptied tables (no parsing), in big chunks."""
    rng = random.Random(seed)
    n_articles = max(1, n_facts // FACTS_PER_ARTICLE)
    now = dt.datetime.now(dt.timezone.utc)
    with engine.begin() as conn:
        for table in (facts, reviews, articles):
            conn.execute(table.delete())
        for start in range(0, n_articles, INSERT_CHUNK):
            conn.execute(articles.insert(), [
                {"id": 10_000_000 + i, "source": f"bulk_{i:07d}.txt", "content_hash": f"{i:064x}", "raw": b"-",
                 "text": "-", "article_date": dt.date(2015, 1, 1) + dt.timedelta(days=i % 3000), "title": f"Bulk {i}",
                 "outlet": "Bench", "status": "ok", "message": "", "n_facts": FACTS_PER_ARTICLE,
                 "parser_version": "bench", "ingested_at": now}
                for i in range(start, min(n_articles, start + INSERT_CHUNK))
            ])
        for start in range(0, n_facts, INSERT_CHUNK):
            conn.execute(facts.insert(), [_fact(rng, i) for i in range(start, min(n_facts, start + INSERT_CHUNK))])


def _fact(rng: random.Random, i: int) -> dict:
    a, b = PAIRS[i % len(PAIRS)]
    metric = METRICS[i % len(METRICS)]
    year = 2010 + i % 15
    value = round(rng.uniform(1e7, 5e10), -6)
    target = metric == "target"
    row = {
        "source": f"bulk_{i // FACTS_PER_ARTICLE:07d}.txt",
        "article_date": dt.date(2015, 1, 1) + dt.timedelta(days=(i // FACTS_PER_ARTICLE) % 3000),
        "country_a": a, "country_b": b, "metric": metric,
        "exporter": a if metric in ("exports", "imports") else None,
        "value": value, "currency": "USD", "value_usd": value, "qualifier": rng.choice([None, "about", "over"]),
        "growth_pct": round(rng.uniform(-30, 80), 1) if i % 3 else None,
        "period_start": None if target else dt.date(year, 1, 1),
        "period_end": None if target else dt.date(year, 12, 31),
        "target_year": year + 5 if target else None, "target_reached": False if target else None,
        "evidence": f"Trade between the two countries reached ${value / 1e9:.1f} billion in {year}, "
                    f"up from the year before, the ministry said in a statement on article {i}.",
        "evidence_start": 100, "evidence_end": 230, "confidence": round(rng.uniform(0.5, 1.0), 2),
    }
    assert set(row) == set(FACT_COLUMNS)
    return {"article_id": 10_000_000 + i // FACTS_PER_ARTICLE, "fact_key": f"{i:0{KEY_LENGTH}x}", **row}


class _PeakMemory:
    """Peak resident memory above the level at entry, sampled every 10 ms in a thread."""

    def __enter__(self) -> _PeakMemory:
        self._process = psutil.Process()
        self._base = self._peak = self._process.memory_info().rss
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def _sample(self) -> None:
        while not self._done.wait(0.01):
            self._peak = max(self._peak, self._process.memory_info().rss)

    def __exit__(self, *exc_info: object) -> None:
        self._done.set()
        self._thread.join()
        self._peak = max(self._peak, self._process.memory_info().rss)

    @property
    def peak_mb(self) -> float:
        return (self._peak - self._base) / 2**20


def _print_table(runs: list[dict]) -> None:
    rows = [
        ("ingest (new), articles/s", "ingest_articles_per_s"), ("ingest (new), s", "ingest_s"),
        ("re-ingest (unchanged), articles/s", "reingest_articles_per_s"),
        ("facts from ingest", "facts_from_ingest"), ("bulk insert of facts, s", "bulk_insert_s"),
        ("Store.facts() load, best of 3, s", "load_facts_s"), ("load peak RSS above start, MB", "load_peak_rss_mb"),
        ("facts frame in memory, MB", "frame_mb"), ("dashboard prepare(), s", "dashboard_prepare_s"),
        ("prepare peak RSS above start, MB", "prepare_peak_rss_mb"),
    ]
    print(f"{'':36}" + "".join(f"{run['database']:>14}" for run in runs))
    for label, key in rows:
        print(f"{label:36}" + "".join(f"{run[key]:>14}" for run in runs))


if __name__ == "__main__":
    main()

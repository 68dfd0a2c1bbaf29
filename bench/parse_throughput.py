"""Parsing throughput and memory: synthetic articles through `parse_paths` with 1 and 2 workers, and
`python -m parsers parse`'s streaming path (rows written as they come) at 10,000 and 100,000
articles, whose peak memory must not grow with the number of articles.

Each configuration runs in a fresh child process, so its peak memory is its own and nothing is warm
from an earlier run. A per-stage profile (read, metadata, language check, facts, tables) on a sample
shows where the time goes. Results are printed as a table and written to bench/results/ as JSON.

    .venv/bin/python bench/parse_throughput.py [--n 10000] [--workers 1 2] [--seed 0] [--scale 10000 100000]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path[:0] = [str(REPO), str(BENCH)]

from reporting import machine, write_result  # noqa: E402  (bench/ is not a package)
from generate_corpus import write_articles  # noqa: E402  (bench/ is not a package)

GOAL_ARTICLES_PER_S = 1000
PROFILE_SAMPLE = 2000
PART = 10_000  # articles per generated folder: a run at N articles reads the first N / PART folders


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles to generate (default 10000)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts (default 1 2)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--scale", type=int, nargs="*", default=[10_000, 100_000],
                        help=f"article counts for the streaming runs, multiples of {PART} (default 10000 100000)")
    parser.add_argument("--one-run", nargs=2, metavar=("FOLDER", "WORKERS"), help=argparse.SUPPRESS)
    parser.add_argument("--stream-run", nargs="+", metavar="FOLDER", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one_run:
        print(json.dumps(_one_run(Path(args.one_run[0]), int(args.one_run[1]))))
        return
    if args.stream_run:
        print(json.dumps(_stream_run([Path(folder) for folder in args.stream_run])))
        return
    with tempfile.TemporaryDirectory(prefix="parse-bench-") as tmp:
        folder = Path(tmp) / "articles"
        started = time.perf_counter()
        paths = write_articles(folder, args.n, args.seed)
        generated_s = time.perf_counter() - started
        size = sum(path.stat().st_size for path in paths)
        runs = [_run_in_child(folder, workers) for workers in args.workers]
        stages = _stage_profile(paths[:PROFILE_SAMPLE])
        streaming = _scaling(Path(tmp), args.scale, args.seed)
    report = {
        "when": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "machine": machine(),
        "corpus": {
            "articles": args.n, "seed": args.seed, "mean_bytes": round(size / args.n),
            "generate_s": round(generated_s, 2),
        },
        "goal_articles_per_s_one_worker": GOAL_ARTICLES_PER_S,
        "runs": runs,
        "stage_ms_per_article": stages,
        "streaming": streaming,
    }
    _print(report)
    write_result("parse_throughput", report)


def _run_in_child(folder: Path, workers: int) -> dict:
    command = [sys.executable, __file__, "--one-run", str(folder), str(workers)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _scaling(tmp: Path, sizes: list[int], seed: int) -> list[dict]:
    """`python -m parsers parse`'s path (one worker, rows written as they come) at each size, in a
    fresh child each; the corpus is made once, PART articles to a folder."""
    parts: list[Path] = []
    runs = []
    for size in sorted(sizes):
        while len(parts) * PART < size:
            parts.append(tmp / f"part{len(parts)}")
            write_articles(parts[-1], PART, seed + 1000 + len(parts))
        command = [sys.executable, __file__, "--stream-run", *map(str, parts[:size // PART])]
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return runs


def _stream_run(folders: list[Path]) -> dict:
    """facts.csv and articles.csv written as `python -m parsers parse --workers 1` writes them."""
    from parsers.batch import article_entries, iter_parsed
    from parsers.csv_tables import write_tables

    sampler = _PeakMemory()
    sampler.start()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="parse-bench-out-") as out:
        files = article_entries(folders)
        statuses, n_facts = write_tables(iter_parsed(files, workers=1), Path(out))
    seconds = time.perf_counter() - started
    sampler.stop()
    articles = sum(statuses.values())
    return {
        "articles": articles,
        "facts": n_facts,
        "seconds": round(seconds, 2),
        "articles_per_s": round(articles / seconds),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 2**20, 1),
        "peak_rss_mb_sampled": round(sampler.peak / 2**20, 1),
    }


def _one_run(folder: Path, workers: int) -> dict:
    """One timed parse_paths call, imports done beforehand; peak memory of this process and its workers."""
    from parsers import parse_paths

    sampler = _PeakMemory()
    sampler.start()
    load_before = os.getloadavg()[0]
    cpu_before, started = os.times(), time.perf_counter()
    articles, facts = parse_paths([folder], workers=workers)
    seconds, cpu_after = time.perf_counter() - started, os.times()
    sampler.stop()
    # CPU time (this process and its workers) does not depend on what else the machine runs;
    # wall time does, so both are reported, with the load the run started under.
    cpu = sum(after - before for after, before in zip(cpu_after[:4], cpu_before[:4]))
    kib = 1024
    return {
        "workers": workers,
        "articles": len(articles),
        "facts": len(facts),
        "errors": int((articles["status"] == "error").sum()),
        "seconds": round(seconds, 3),
        "articles_per_s": round(len(articles) / seconds),
        "cpu_ms_per_article": round(cpu * 1000 / len(articles), 3),
        "load_average_at_start": round(load_before, 2),
        "peak_rss_mb_main": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * kib / 2**20, 1),
        "peak_rss_mb_largest_worker": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * kib / 2**20, 1),
        "peak_rss_mb_total_sampled": round(sampler.peak / 2**20, 1),
    }


class _PeakMemory(threading.Thread):
    """Samples the resident memory of this process plus its children (the pool) every 20 ms."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = 0
        self._halt = threading.Event()

    def run(self) -> None:
        me = psutil.Process()
        while not self._halt.wait(0.02):
            total = me.memory_info().rss
            for child in me.children(recursive=True):
                try:
                    total += child.memory_info().rss
                except psutil.NoSuchProcess:
                    pass
            self.peak = max(self.peak, total)

    def stop(self) -> None:
        self._halt.set()
        self.join()


def _stage_profile(paths: list[Path]) -> dict[str, float]:
    """Milliseconds per article for each stage of parsing, one stage at a time over the same sample,
    each warmed up first."""
    from parsers.facts import extract_facts
    from parsers.language import not_english_reason
    from parsers.metadata import article_metadata
    from parsers.reading import read_document
    from parsers.schema import ParsedArticle, articles_frame, facts_frame

    def timed(step, items) -> tuple[float, list]:
        step(items[0])  # first calls load lazily built tables (dateparser's, the gazetteer's): not timed
        started = time.perf_counter()
        results = [step(item) for item in items]
        return (time.perf_counter() - started) * 1000 / len(items), results

    read_ms, texts = timed(read_document, paths)
    meta_ms, metas = timed(article_metadata, texts)
    lang_ms, _ = timed(not_english_reason, texts)
    facts_ms, facts = timed(
        lambda pair: extract_facts(pair[0], source="bench", article_date=pair[1].date), list(zip(texts, metas))
    )
    parsed = [ParsedArticle(source="bench", facts=found) for found in facts]
    started = time.perf_counter()
    articles_frame(parsed), facts_frame(parsed)
    frames_ms = (time.perf_counter() - started) * 1000 / len(parsed)
    stages = {"read": read_ms, "metadata": meta_ms, "language": lang_ms, "facts": facts_ms, "tables": frames_ms}
    return {name: round(ms, 4) for name, ms in stages.items()}


def _print(report: dict) -> None:
    corpus = report["corpus"]
    print(f"{corpus['articles']} synthetic articles, {corpus['mean_bytes']} bytes on average, "
          f"{report['machine']['cpus']} CPUs, Python {report['machine']['python']}\n")
    print(f"{'workers':>7} {'seconds':>8} {'articles/s':>11} {'CPU ms/article':>15} {'facts':>7} "
          f"{'errors':>6} {'peak MB (total)':>16} {'load at start':>14}")
    for run in report["runs"]:
        print(f"{run['workers']:>7} {run['seconds']:>8.2f} {run['articles_per_s']:>11} "
              f"{run['cpu_ms_per_article']:>15} {run['facts']:>7} {run['errors']:>6} {run['peak_rss_mb_total_sampled']:>16} "
              f"{run['load_average_at_start']:>14}")
    one = next((run for run in report["runs"] if run["workers"] == 1), None)
    if one:
        verdict = "meets" if one["articles_per_s"] >= GOAL_ARTICLES_PER_S else "MISSES"
        print(f"\none worker {verdict} the goal of {GOAL_ARTICLES_PER_S} articles/s")
    stages = report["stage_ms_per_article"]
    print("ms per article by stage: " + ", ".join(f"{name} {ms:.3f}" for name, ms in stages.items()))
    streaming = report["streaming"]
    if streaming:
        print("\npython -m parsers parse (one worker, rows written as they come):")
        print(f"{'articles':>9} {'seconds':>8} {'articles/s':>11} {'facts':>8} {'peak MB':>8}")
        for run in streaming:
            print(f"{run['articles']:>9} {run['seconds']:>8.1f} {run['articles_per_s']:>11} {run['facts']:>8} "
                  f"{run['peak_rss_mb']:>8}")
        if len(streaming) > 1:
            first, last = streaming[0], streaming[-1]
            growth = (last["peak_rss_mb"] - first["peak_rss_mb"]) * 2**20 / (last["articles"] - first["articles"])
            print(f"peak memory grows by {growth / 1024:.2f} kB per article between {first['articles']:,} "
                  f"and {last['articles']:,}")


if __name__ == "__main__":
    main()

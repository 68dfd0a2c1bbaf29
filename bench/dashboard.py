"""Dashboard benchmark: server-side time from a filter change to the figures built, memory, and the
time from `streamlit run` to the first chart drawn in a real browser on the sample data.

    .venv/bin/python bench/dashboard.py [--sizes 100000 1000000] [--repeats 15] [--no-store] [--no-browser]

Two cases per size: the synthetic frames handed to prepare() directly, and (unless --no-store) the
same facts as the dashboard really gets them: written to a temporary SQLite store, then loaded with
Store.articles()/Store.facts() and prepared in a fresh process, whose load time, prepare time, RSS
and peak RSS (the whole process: store frame and prepared tables together) are reported.
Prints a table and writes bench/results/dashboard-<timestamp>.json. Goals (issue 3): <= 150 ms per
filter change at 1,000,000 facts, memory under 1 GB, first chart <= 5 s after `streamlit run`.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import figures, targets  # noqa: E402
from app.filters import FilterState, apply_filter  # noqa: E402
from app.export_ui import slide  # noqa: E402
from app.model import prepare, release_unused_memory  # noqa: E402
from app.synthetic import synthetic_frames  # noqa: E402
from parsers.schema import FACT_COLUMNS  # noqa: E402

RESULTS = ROOT / "bench" / "results"
GOAL_MS, GOAL_MB, GOAL_FIRST_CHART_S = 150, 1024, 5.0


def rss_mb() -> float:
    return psutil.Process().memory_info().rss / 2**20


def peak_rss_mb() -> float:
    """This process's highest RSS so far (VmHWM: unlike getrusage's ru_maxrss it starts afresh at
    exec, so a child does not report the RSS of the parent that forked it)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def filter_states(tables, count: int) -> list[tuple[str, FilterState]]:
    """The filter changes an analyst makes: a pair, a focus country with partners, a metric, a period."""
    pairs = tables.pairs
    countries = tables.countries
    states = []
    for i in range(count):
        pair = pairs[(i * 7) % len(pairs)]
        a, b = pair.split("-")
        kind = i % 4
        if kind == 0:
            states.append(("one pair", FilterState(pairs=(pair,))))
        elif kind == 1:
            states.append(("focus + 2 partners", FilterState(focus=a, partners=(b, countries[i % len(countries)]))))
        elif kind == 2:
            states.append(("focus, turnover+target", FilterState(focus=b, metrics=("turnover", "target"))))
        else:
            states.append(("pair, 2015-2022", FilterState(pairs=(pair,), start=dt.date(2015, 1, 1),
                                                         end=dt.date(2022, 12, 31))))
    return states


def timed_filters(tables, repeats: int) -> dict:
    """Filter-change timings over the analyst's kinds of filter, plus the unfiltered view."""
    figures_for(tables, FilterState(pairs=(tables.pairs[0],)))  # warm imports and caches
    timings: dict[str, list[float]] = {}
    for label, state in filter_states(tables, repeats * 4):
        t = time.perf_counter()
        figures_for(tables, state)
        timings.setdefault(label, []).append((time.perf_counter() - t) * 1000)
    t = time.perf_counter()
    figures_for(tables, FilterState())
    unfiltered_ms = (time.perf_counter() - t) * 1000
    every = [v for values in timings.values() for v in values]
    return {
        "filter_to_figures_ms": {
            label: {"median": round(statistics.median(v), 1), "max": round(max(v), 1)} for label, v in timings.items()
        },
        "median_ms": round(statistics.median(every), 1),
        "p95_ms": round(sorted(every)[int(len(every) * 0.95) - 1], 1),
        "unfiltered_ms": round(unfiltered_ms, 1),
    }


def figures_for(tables, state: FilterState) -> int:
    """What a page does after a filter change: filter, timeline, progress table and gauges."""
    obs = apply_filter(tables.obs, state)
    timeline = figures.timeline_figure(obs, tables)
    progress = targets.progress_for(tables, state, obs)
    figures.gauges_figure(progress.head(figures.MAX_GAUGES))
    return len(obs) + len(timeline.figure.data)


def bench_size(n_facts: int, repeats: int) -> dict:
    gc.collect()
    base = rss_mb()
    articles, facts = synthetic_frames(n_facts)
    t0 = time.perf_counter()
    tables = prepare(articles, facts)
    prepare_s = time.perf_counter() - t0
    del articles, facts
    release_unused_memory(len(tables.facts))  # as app.data does once the input frames are dropped
    memory = rss_mb() - base
    return {"facts": n_facts, "observations": len(tables.obs), "pairs": len(tables.pairs),
            "prepare_s": round(prepare_s, 2), "memory_mb": round(memory), "rss_mb": round(rss_mb()),
            **timed_filters(tables, repeats)}


def write_store(url: str, n_facts: int) -> None:
    """The synthetic facts in a store, as if ingested: articles and facts rows straight into its tables."""
    from store import Store
    from store.keys import KEY_LENGTH

    articles, facts = synthetic_frames(n_facts)
    ids = {source: i + 1 for i, source in enumerate(articles["source"])}
    now = dt.datetime.now(dt.timezone.utc).isoformat()

    def plain(frame: pd.DataFrame, name: str) -> list:
        column = frame[name]
        if column.dtype.kind == "M":
            return [None if pd.isna(d) else d.date().isoformat() for d in column]
        return column.astype(object).where(column.notna(), None).tolist()

    with Store(url) as store:
        conn = store.engine.raw_connection()
        try:
            conn.cursor().execute("BEGIN")
            conn.cursor().executemany(
                "INSERT INTO articles (id, source, content_hash, raw, text, article_date, title, outlet, status,"
                " message, n_facts, parser_version, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(ids[s], s, f"{ids[s]:064x}", b"-", "-", None, t, o, "ok", "", 5, "bench", now)
                 for s, t, o in zip(articles["source"], articles["title"], articles["outlet"])])
            columns = [plain(facts, name) for name in FACT_COLUMNS]
            conn.cursor().executemany(
                f"INSERT INTO facts (article_id, fact_key, {', '.join(FACT_COLUMNS)}) "
                f"VALUES ({', '.join(['?'] * (len(FACT_COLUMNS) + 2))})",
                [(ids[row[0]], f"{i:0{KEY_LENGTH}x}", *row) for i, row in enumerate(zip(*columns))])
            conn.commit()
        finally:
            conn.close()


def bench_store(n_facts: int, repeats: int) -> dict:
    """Store -> dashboard tables in a fresh process (so its RSS is the dashboard's own)."""
    with tempfile.TemporaryDirectory(prefix="dashboard-bench-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'trade.db'}"
        started = time.perf_counter()
        write_store(url, n_facts)
        write_s = time.perf_counter() - started
        gc.collect()
        out = subprocess.run([sys.executable, __file__, "--load-store", url, "--repeats", str(repeats)],
                             check=True, capture_output=True, text=True)
    return {"facts": n_facts, "store_write_s": round(write_s, 1), **json.loads(out.stdout)}


def load_store(url: str, repeats: int) -> dict:
    """What the dashboard does on start and after a write: Store.articles() and facts(), prepare()."""
    from store import Store

    base = rss_mb()
    started = time.perf_counter()
    with Store(url) as store:
        articles, facts = store.articles(), store.facts()
    load_s = time.perf_counter() - started
    frame_mb = facts.memory_usage(deep=True).sum() / 2**20
    after_load = rss_mb()
    started = time.perf_counter()
    tables = prepare(articles, facts)
    prepare_s = time.perf_counter() - started
    del articles, facts
    release_unused_memory(len(tables.facts))  # as app.data does once the store's frames are dropped
    return {
        "observations": len(tables.obs), "pairs": len(tables.pairs), "articles": len(tables.articles),
        "load_s": round(load_s, 2), "prepare_s": round(prepare_s, 2), "frame_mb": round(frame_mb),
        "rss_before_load_mb": round(base), "rss_after_load_mb": round(after_load), "rss_after_prepare_mb": round(rss_mb()),
        "peak_rss_mb": round(peak_rss_mb()),
        **timed_filters(tables, repeats),
    }


BASELINE_APP = "import plotly.graph_objects as go\nimport streamlit as st\n" \
    "st.plotly_chart(go.Figure(go.Scatter(x=[1, 2, 3], y=[1, 3, 2])))\n"


def first_chart_seconds(fresh_store: bool, baseline: bool = False) -> float:
    """`streamlit run dashboard.py` -> Timeline chart drawn in Chromium, on the sample articles.

    `baseline` times a one-chart hello-world app the same way: the floor on this machine."""
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(ROOT / "tests" / "e2e"))
    from conftest import CHROMIUM, CHROMIUM_ARGS, free_port, start_streamlit

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        db_url = f"sqlite:///{Path(tmp) / 'trade.db'}"
        if not fresh_store:  # the sample already ingested: a restart of a running installation
            proc = start_streamlit(db_url, free_port(), Path(tmp) / "warmup.log")
            _wait_chart(pw, CHROMIUM, CHROMIUM_ARGS, proc, db_url)
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        port = free_port()
        start = time.perf_counter()
        if baseline:
            app = Path(tmp) / "hello.py"
            app.write_text(BASELINE_APP)
            proc = subprocess.Popen(
                [sys.executable, "-m", "streamlit", "run", str(app), "--server.headless", "true",
                 "--server.address", "127.0.0.1", "--server.port", str(port), "--browser.gatherUsageStats", "false"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        else:
            proc = start_streamlit(db_url, port, Path(tmp) / "streamlit.log")
        try:
            url = f"http://127.0.0.1:{port}/" if baseline else f"http://127.0.0.1:{port}/Timeline"
            while True:
                try:
                    page.goto(url, timeout=2000)
                    break
                except Exception:
                    time.sleep(0.05)
            page.locator(".js-plotly-plot").first.wait_for(state="visible", timeout=60_000)
            page.locator(".js-plotly-plot .scatterlayer .trace").first.wait_for(state="attached", timeout=60_000)
            return time.perf_counter() - start
        finally:
            proc.terminate()
            proc.wait(timeout=10)
            browser.close()


def _wait_chart(pw, chromium, args, proc, db_url) -> None:
    browser = pw.chromium.launch(executable_path=chromium, args=args)
    try:
        port = int(proc.args[proc.args.index("--server.port") + 1])
        page = browser.new_page()
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                page.goto(f"http://127.0.0.1:{port}/Timeline", timeout=2000)
                break
            except Exception:
                time.sleep(0.1)
        page.locator(".js-plotly-plot").first.wait_for(timeout=120_000)
    finally:
        browser.close()
        proc.terminate()
        proc.wait(timeout=10)


def export_seconds() -> dict:
    """First and warm PNG export of a timeline at slide size (one Chromium per process)."""
    from app import export

    articles, facts = synthetic_frames(2000, n_pairs=5)
    tables = prepare(articles, facts)
    obs = apply_filter(tables.obs, FilterState(pairs=(tables.pairs[0],)))
    fig = slide(figures.timeline_figure(obs, tables).figure, "timeline", obs, tables)
    times = []
    for _ in range(5):
        t = time.perf_counter()
        export.render(fig, "png")
        times.append(time.perf_counter() - t)
    return {"first_s": round(times[0], 2), "warm_median_s": round(statistics.median(times[1:]), 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--repeats", type=int, default=15, help="filter changes per kind of filter")
    parser.add_argument("--no-browser", action="store_true", help="skip the real-browser and export timings")
    parser.add_argument("--no-store", action="store_true", help="skip the load through a temporary SQLite store")
    parser.add_argument("--first-chart-runs", type=int, default=5, help="browser timings per case (median kept)")
    parser.add_argument("--load-store", help=argparse.SUPPRESS)  # the child process of bench_store
    args = parser.parse_args()
    if args.load_store:
        print(json.dumps(load_store(args.load_store, args.repeats)))
        return

    result = {"when": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
              "cpus": os.cpu_count(), "load_average": os.getloadavg()[0],
              "sizes": [bench_size(n, args.repeats) for n in args.sizes]}
    if not args.no_store:
        result["through_store"] = [bench_store(n, args.repeats) for n in args.sizes]
    if not args.no_browser:
        result["export_png"] = export_seconds()
        runs = {case: [round(first_chart_seconds(*flags), 2) for _ in range(args.first_chart_runs)]
                for case, flags in (("fresh_store", (True,)), ("existing_store", (False,)),
                                    ("hello_world_app", (True, True)))}
        result["first_chart_runs_s"] = runs
        result["first_chart_s"] = {case: round(statistics.median(times), 2) for case, times in runs.items()}

    print(f"{'facts':>10} {'obs':>8} {'prepare s':>9} {'memory MB':>9} {'median ms':>9} {'p95 ms':>7} "
          f"{'no filter ms':>12}")
    for size in result["sizes"]:
        print(f"{size['facts']:>10,} {size['observations']:>8,} {size['prepare_s']:>9} {size['memory_mb']:>9} "
              f"{size['median_ms']:>9} {size['p95_ms']:>7} {size['unfiltered_ms']:>12}")
        for label, t in size["filter_to_figures_ms"].items():
            print(f"{'':>10} {label:<28} median {t['median']:>6} ms  max {t['max']:>6} ms")
    for run in result.get("through_store", []):
        print(f"through a SQLite store, {run['facts']:,} facts ({run['observations']:,} obs): load {run['load_s']} s, "
              f"prepare {run['prepare_s']} s, RSS {run['rss_after_prepare_mb']} MB after prepare, peak "
              f"{run['peak_rss_mb']} MB; filter median {run['median_ms']} ms, p95 {run['p95_ms']} ms")
        for label, t in run["filter_to_figures_ms"].items():
            print(f"{'':>10} {label:<28} median {t['median']:>6} ms  max {t['max']:>6} ms")
    if "export_png" in result:
        print(f"PNG export: first {result['export_png']['first_s']} s, then {result['export_png']['warm_median_s']} s")
        first = result["first_chart_s"]
        print(f"streamlit run -> first chart in Chromium (median of {args.first_chart_runs}): "
              f"{first['fresh_store']} s on a new store "
              f"(sample ingested), {first['existing_store']} s on an existing store; a one-chart "
              f"hello-world app: {first['hello_world_app']} s (this machine's floor)")
    print(f"goals: <= {GOAL_MS} ms per filter change at 1M facts, < {GOAL_MB} MB, first chart <= {GOAL_FIRST_CHART_S} s")
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"dashboard-{dt.datetime.now():%Y%m%d-%H%M%S}.json"
    out.write_text(json.dumps(result, indent=2))
    print(f"written {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

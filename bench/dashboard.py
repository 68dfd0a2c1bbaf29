"""Dashboard benchmark at scale, through a real store: `streamlit run` to the first chart in Chromium,
the server's peak memory, and a filter change to its figures built.

    .venv/bin/python bench/dashboard.py --facts 1000000 [--facts 10000000] [--repeats 15] [--workdir DIR]

For each N: N synthetic facts (app.synthetic, about eight reports per fact, 200 pairs) are bulk-written
into an SQLite store. Then the dashboard is started as a user starts it and its Timeline opened in
Chromium twice: the first start builds the snapshot (app.snapshot), the second is a restart on a
current snapshot with the OS cache warm (`start_to_first_chart_s`). Pages are opened with the
analyst's kinds of filter while the server runs; `peak_rss_mb` is the server process's peak
(VmHWM) over the restart and those pages, `build_peak_rss_mb` its peak over the first start. In a
separate process, what the Timeline and Targets pages do on a filter change (queries, timeline,
target progress, gauges) is timed over the kinds of filter (`filter_p95_ms`), and a review and an
upload are made and the time until the next page run sees them measured.

Writes bench/results/dashboard-N.json (keys facts, start_to_first_chart_s, peak_rss_mb,
filter_p95_ms and the details) and prints a table. `--workdir` keeps the store and snapshot
between runs (generating 10,000,000 facts takes minutes); by default a temporary folder is used.
Goals (issue 11): 1M facts: <= 3 s, <= 600 MB, <= 100 ms; 10M facts: <= 8 s, <= 1.5 GB, <= 300 ms.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "e2e")]

from app import figures  # noqa: E402
from app.filters import FilterState  # noqa: E402
from app.synthetic import synthetic_frames  # noqa: E402
from parsers.schema import FACT_COLUMNS  # noqa: E402

RESULTS = ROOT / "bench" / "results"
GOALS = {1_000_000: (3.0, 600, 100), 10_000_000: (8.0, 1536, 300)}  # first chart s, peak MB, p95 ms
INSERT_CHUNK = 250_000
UPLOAD = ("Trade between Kazakhstan and Uzbekistan reached $4.2 billion in 2024, the ministry said on "
          "Tuesday, and the two governments want to double it by 2030.")


def write_store(url: str, n_facts: int) -> None:
    """The synthetic facts in a store, as if ingested: rows straight into its tables (sorted by
    article, as ingestion writes them), and one change logged that says the whole store changed."""
    from store import Store
    from store.keys import KEY_LENGTH

    with Store(url):  # creates the schema
        pass
    articles, facts = synthetic_frames(n_facts)
    ids = pd.Series(np.arange(1, len(articles) + 1), index=articles["source"].astype(str))
    article_id = ids.reindex(facts["source"].astype(str)).to_numpy()
    order = np.argsort(article_id, kind="stable")
    now = dt.datetime.now(dt.timezone.utc).isoformat()
    conn = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -512000")
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO articles (id, source, content_hash, raw, text, article_date, title, outlet, status,"
        " message, n_facts, parser_version, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(int(ids[s]), s, f"{ids[s]:064x}", b"-", "-", None, t, o, "ok", "", 5, "bench", now)
         for s, t, o in zip(articles["source"].astype(str), articles["title"], articles["outlet"])])
    sql = (f"INSERT INTO facts (article_id, fact_key, {', '.join(FACT_COLUMNS)}) "
           f"VALUES ({', '.join(['?'] * (len(FACT_COLUMNS) + 2))})")
    for start in range(0, len(order), INSERT_CHUNK):
        rows = order[start:start + INSERT_CHUNK]
        chunk = facts.take(rows)
        columns = [_plain(chunk[name]) for name in FACT_COLUMNS]
        keys = [f"{i:0{KEY_LENGTH}x}" for i in rows.tolist()]
        conn.executemany(sql, zip(article_id[rows].tolist(), keys, *columns))
    conn.execute("UPDATE store_version SET version = version + 1 WHERE id = 1")
    conn.execute("INSERT INTO store_changes (version, changed_at) SELECT version, ? FROM store_version", [now])
    conn.execute("COMMIT")
    conn.close()


def _plain(column: pd.Series) -> list:
    if column.dtype.kind == "M":
        return column.dt.strftime("%Y-%m-%d").astype(object).where(column.notna(), None).tolist()
    return column.astype(object).where(column.notna(), None).tolist()


# -- the server in a browser ---------------------------------------------------------------------

def server_peak_mb(pid: int) -> float:
    """The process's highest RSS so far (VmHWM)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def open_chart(page, url: str, timeout_s: float = 3600) -> None:
    """Go to `url` (retrying until the server answers) and wait for a plotly trace to be drawn."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            page.goto(url, timeout=5000)
            break
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    page.locator(".js-plotly-plot .scatterlayer .trace, .js-plotly-plot .indicatorlayer").first.wait_for(
        state="attached", timeout=timeout_s * 1000)


def open_page(page, url: str, timeout_s: float = 300) -> float:
    """Open a page and wait until the script has finished running; seconds taken."""
    started = time.perf_counter()
    page.goto(url, timeout=timeout_s * 1000)
    page.wait_for_selector('[data-testid="stSidebar"]', state="attached", timeout=timeout_s * 1000)
    page.wait_for_timeout(300)  # the status widget appears once the script starts
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="detached", timeout=timeout_s * 1000)
    return time.perf_counter() - started


def browse(db_url: str, workdir: Path, links: list[str]) -> dict:
    """First start (the snapshot is built), then a restart on a warm cache, with pages opened."""
    from conftest import CHROMIUM, CHROMIUM_ARGS, free_port, start_streamlit
    from playwright.sync_api import sync_playwright

    out: dict = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for run in ("first_start", "restart"):
                page = browser.new_page(viewport={"width": 1400, "height": 1600})
                port = free_port()
                started = time.perf_counter()
                proc = start_streamlit(db_url, port, workdir / f"streamlit-{run}.log")
                try:
                    open_chart(page, f"http://127.0.0.1:{port}/Timeline")
                    out[f"{run}_s"] = round(time.perf_counter() - started, 2)
                    if run == "restart":
                        out["pages_s"] = {link: round(open_page(page, f"http://127.0.0.1:{port}/{link}"), 2)
                                          for link in links}
                    out[f"{run}_peak_rss_mb"] = round(server_peak_mb(proc.pid))
                finally:
                    proc.terminate()
                    proc.wait(timeout=30)
                    page.close()
        finally:
            browser.close()
    return out


def links_for(pairs: list[str]) -> list[str]:
    """Pages an analyst opens: each page unfiltered, then the kinds of filter of filter_states."""
    pair, (a, b) = pairs[0], pairs[0].split("-")
    return ["", "Targets", "Sources", "Data", "Review", f"Timeline?pairs={pair}",
            f"Timeline?focus={a}&partners={b}", f"Targets?focus={b}&metrics=turnover,target",
            f"Timeline?pairs={pair}&from=2015-01-01&to=2022-12-31", f"?focus={a}", f"Data?focus={a}"]


# -- filter changes, in a process of their own ---------------------------------------------------

def filter_states(view, count: int) -> list[tuple[str, FilterState]]:
    """The filter changes an analyst makes: a pair, a focus country with partners, a metric, a period."""
    pairs, countries = view.pairs, view.countries
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


def figures_for(view, state: FilterState) -> int:
    """What the Timeline and Targets pages do on a filter change: the pairs to draw, their
    observations, the timeline, target progress and the gauges."""
    obs, _, _ = view.timeline_rows(state, figures.MAX_PAIRS, figures.MAX_PER_PERIOD)
    timeline = figures.timeline_figure(obs, view, window=(state.start, state.end))
    progress = view.progress_for(state)
    figures.gauges_figure(progress.head(figures.MAX_GAUGES))
    return len(obs) + len(timeline.figure.data)


def time_filters(url: str, repeats: int) -> dict:
    """Filter changes on a current snapshot, then a review and an upload and the refresh after each."""
    import psutil

    from app.snapshot import Snapshot
    from app.view import View
    from store import Store

    store = Store(url)
    snapshot = Snapshot(store)
    started = time.perf_counter()
    view = View(snapshot, snapshot.current())
    open_s = time.perf_counter() - started
    figures_for(view, FilterState(pairs=(view.pairs[0],)))  # imports and caches warm
    timings: dict[str, list[float]] = {}
    for label, state in filter_states(view, repeats * 4):
        started = time.perf_counter()
        figures_for(view, state)
        timings.setdefault(label, []).append((time.perf_counter() - started) * 1000)
    started = time.perf_counter()
    figures_for(view, FilterState())
    unfiltered_ms = (time.perf_counter() - started) * 1000
    every = sorted(v for values in timings.values() for v in values)

    key = view.reports(FilterState(pairs=(view.pairs[0],)), limit=1)["fact_key"].iloc[0]
    store.review(key, "correct", {"value": 1.5e9}, reviewer="bench")
    started = time.perf_counter()
    after_review = View(snapshot, snapshot.current())
    review_s = time.perf_counter() - started
    seen = after_review.reports(FilterState(pairs=(view.pairs[0],)), where="fact_key = ?", params=[key])
    assert seen["value"].iloc[0] == 1.5e9, "the review did not reach the snapshot"
    name = f"bench-upload-{time.time_ns()}"
    added = store.ingest_text(f"{UPLOAD}\n\n({name})", name)
    started = time.perf_counter()
    after_upload = View(snapshot, snapshot.current())
    upload_s = time.perf_counter() - started
    assert added.n_facts and len(after_upload.reports(FilterState(), where="source = ?", params=[added.source])), \
        "the upload did not reach the snapshot"
    return {
        "open_view_s": round(open_s, 3),
        "filter_to_figures_ms": {label: {"median": round(statistics.median(v), 1), "max": round(max(v), 1)}
                                 for label, v in timings.items()},
        "filter_median_ms": round(statistics.median(every), 1),
        "filter_p95_ms": round(every[int(np.ceil(len(every) * 0.95)) - 1], 1),
        "unfiltered_ms": round(unfiltered_ms, 1),
        "refresh_after_review_s": round(review_s, 2), "refresh_after_upload_s": round(upload_s, 2),
        "filter_process_peak_rss_mb": round(psutil.Process().memory_info().rss / 2**20),
    }


# -- one size --------------------------------------------------------------------------------------

def folder_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20 if path.exists() else 0.0


def bench(n_facts: int, workdir: Path, repeats: int, browser: bool) -> dict:
    db = workdir / f"trade-{n_facts}.db"
    url = f"sqlite:///{db}"
    snapshot_dir = db.with_name(db.name + ".snapshot")
    result: dict = {"facts": n_facts, "when": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                    "cpus": os.cpu_count(), "load_average_before": round(os.getloadavg()[0], 2)}
    if not db.exists():
        started = time.perf_counter()
        write_store(url, n_facts)
        result["store_write_s"] = round(time.perf_counter() - started, 1)
    shutil.rmtree(snapshot_dir, ignore_errors=True)  # the first start builds it
    result["store_mb"] = round(db.stat().st_size / 2**20)
    from app.snapshot import Snapshot
    from store import Store

    with Store(url) as store:
        pairs = sorted(store.pair_counts().index)
    if browser:
        shown = browse(url, workdir, links_for(pairs))
        result.update(shown)
        result["start_to_first_chart_s"] = shown["restart_s"]
        result["peak_rss_mb"] = shown["restart_peak_rss_mb"]
        result["build_peak_rss_mb"] = shown["first_start_peak_rss_mb"]
    else:  # the snapshot built here, timed
        with Store(url) as store:
            started = time.perf_counter()
            Snapshot(store).current()
            result["snapshot_build_s"] = round(time.perf_counter() - started, 1)
    result["snapshot_mb"] = round(folder_mb(snapshot_dir))
    child = subprocess.run([sys.executable, __file__, "--time-filters", url, "--repeats", str(repeats)],
                           check=True, capture_output=True, text=True)
    result.update(json.loads(child.stdout.strip().splitlines()[-1]))
    result["load_average_after"] = round(os.getloadavg()[0], 2)
    return result


def report(result: dict) -> None:
    goal = GOALS.get(result["facts"])
    print(f"\n{result['facts']:,} facts (SQLite store {result['store_mb']:,} MB, snapshot {result['snapshot_mb']:,} MB;"
          f" load average {result['load_average_before']} -> {result['load_average_after']} on {result['cpus']} cores)")
    rows = [("start to first chart, restart (s)", result.get("start_to_first_chart_s"), goal and goal[0]),
            ("peak server RSS, restart + pages (MB)", result.get("peak_rss_mb"), goal and goal[1]),
            ("filter change to figures, p95 (ms)", result["filter_p95_ms"], goal and goal[2]),
            ("filter change to figures, median (ms)", result["filter_median_ms"], None),
            ("no filter: figures (ms)", result["unfiltered_ms"], None),
            ("first start, snapshot built (s)", result.get("first_start_s", result.get("snapshot_build_s")), None),
            ("peak server RSS, first start (MB)", result.get("build_peak_rss_mb"), None),
            ("next page run after a review (s)", result["refresh_after_review_s"], None),
            ("next page run after an upload (s)", result["refresh_after_upload_s"], None)]
    for label, value, target in rows:
        if value is not None:
            print(f"  {label:<40} {value:>10}" + (f"   goal <= {target}" if target else ""))
    for label, t in result["filter_to_figures_ms"].items():
        print(f"    {label:<36} median {t['median']:>7} ms  max {t['max']:>7} ms")
    for link, seconds in result.get("pages_s", {}).items():
        print(f"    page /{link:<50} {seconds:>6} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, action="append", help="store size (repeatable); default 1000000")
    parser.add_argument("--repeats", type=int, default=15, help="filter changes per kind of filter")
    parser.add_argument("--workdir", type=Path, help="keep the stores here between runs (default: a temporary folder)")
    parser.add_argument("--no-browser", action="store_true", help="skip the server and browser timings")
    parser.add_argument("--time-filters", help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args()
    if args.time_filters:
        print(json.dumps(time_filters(args.time_filters, args.repeats)))
        return
    RESULTS.mkdir(parents=True, exist_ok=True)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="dashboard-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        for n_facts in args.facts or [1_000_000]:
            result = bench(n_facts, workdir, args.repeats, not args.no_browser)
            out = RESULTS / f"dashboard-{n_facts}.json"
            out.write_text(json.dumps(result, indent=2))
            report(result)
            print(f"  written {out.relative_to(ROOT)}")
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Nothing lost, nothing doubled: four processes ingesting one folder at once, and a process killed
in the middle of writing an article, on SQLite and on PostgreSQL."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pandas as pd
import pytest

from store import Store
from store_fakes import article, dying_parse, fake_parse

REPO = Path(__file__).resolve().parents[1]
N_ARTICLES = 30


@pytest.fixture
def folder(tmp_path) -> Path:
    root = tmp_path / "articles"
    root.mkdir()
    for n in range(N_ARTICLES):
        (root / f"a{n:02d}.txt").write_text(article(n), encoding="utf-8")
    return root


def _python(script: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "tests")])}
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(script)], env=env, cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _content(url: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Articles and facts without ids and times, in a stable order, for comparing two stores."""
    with Store(url, parse=fake_parse) as store:
        articles = store.articles().drop(columns=["article_id", "ingested_at"])
        facts = store.facts().drop(columns=["fact_id"])
    return (articles.sort_values("source").reset_index(drop=True),
            facts.sort_values("fact_key").reset_index(drop=True))


@pytest.fixture
def reference(folder, tmp_path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The folder ingested once by one process."""
    url = f"sqlite:///{tmp_path / 'reference.db'}"
    with Store(url, parse=fake_parse) as store:
        store.ingest_paths([folder])
    return _content(url)


def _four_at_once(store_url: str, folder: Path, tmp_path: Path) -> list[dict[str, int]]:
    """Four processes open the store at once (racing to create it), then ingest `folder` together."""
    go = tmp_path / "go"
    for ready in tmp_path.glob("ready-*"):
        ready.unlink()
    go.unlink(missing_ok=True)
    script = f"""
        import json, os, time
        from pathlib import Path
        from store import Store
        from store_fakes import slow_parse
        with Store({store_url!r}, parse=slow_parse) as store:
            Path({str(tmp_path)!r}, f"ready-{{os.getpid()}}").touch()
            while not Path({str(go)!r}).exists():
                time.sleep(0.01)
            print(json.dumps(store.ingest_paths([{str(folder)!r}]).counts))
    """
    processes = [_python(script) for _ in range(4)]
    deadline = time.monotonic() + 60
    while len(list(tmp_path.glob("ready-*"))) < 4 and time.monotonic() < deadline:
        time.sleep(0.02)
    go.touch()
    outputs = [p.communicate(timeout=120) for p in processes]
    assert [p.returncode for p in processes] == [0] * 4, [err for _, err in outputs]
    return [json.loads(out) for out, _ in outputs]


def test_four_processes_ingesting_one_folder_store_it_once(store_url, folder, reference, tmp_path):
    counts = _four_at_once(store_url, folder, tmp_path)
    assert sum(c["new"] for c in counts) == N_ARTICLES  # every article was new exactly once
    articles, facts = _content(store_url)
    pd.testing.assert_frame_equal(articles, reference[0])
    pd.testing.assert_frame_equal(facts, reference[1])


def test_four_processes_replacing_changed_files_replace_each_once(store_url, folder, tmp_path):
    with Store(store_url, parse=fake_parse) as store:
        store.ingest_paths([folder])
    changed = [f"a{n:02d}.txt" for n in range(0, N_ARTICLES, 3)]
    for name in changed:
        (folder / name).write_text(article(100 + int(name[1:3])), encoding="utf-8")
    expected_url = f"sqlite:///{tmp_path / 'expected.db'}"
    with Store(expected_url, parse=fake_parse) as expected:
        expected.ingest_paths([folder])

    counts = _four_at_once(store_url, folder, tmp_path)

    assert sum(c["replaced"] for c in counts) == len(changed)
    assert sum(c["new"] for c in counts) == 0
    for got, want in zip(_content(store_url), _content(expected_url)):
        pd.testing.assert_frame_equal(got, want)


def test_a_process_killed_mid_article_leaves_the_store_as_before_that_article(store_url, folder, reference, tmp_path):
    started = tmp_path / "writing"
    script = f"""
        import time
        from pathlib import Path
        import store.ingest
        from store import Store
        from store_fakes import fake_parse

        original = store.ingest.insert_facts

        def stalling(conn, article_id, source, parsed):
            original(conn, article_id, source, parsed)  # inside the article's transaction
            if source == "a07.txt":
                Path({str(started)!r}).touch()
                time.sleep(120)

        store.ingest.insert_facts = stalling
        with Store({store_url!r}, parse=fake_parse) as opened:
            opened.ingest_paths([{str(folder)!r}])
    """
    process = _python(script)
    deadline = time.monotonic() + 60
    while not started.exists():
        assert process.poll() is None and time.monotonic() < deadline, process.communicate()
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()

    with Store(store_url, parse=fake_parse) as store:
        assert sorted(store.articles()["source"]) == [f"a{n:02d}.txt" for n in range(7)]
        assert sorted(store.facts()["source"].unique()) == [f"a{n:02d}.txt" for n in range(7)]
        report = store.ingest_paths([folder])
    assert report.counts == {"new": N_ARTICLES - 7, "unchanged": 7, "replaced": 0, "failed": 0}
    articles, facts = _content(store_url)
    pd.testing.assert_frame_equal(articles, reference[0])
    pd.testing.assert_frame_equal(facts, reference[1])


def test_a_dead_parser_process_fails_its_files_unstored_and_the_next_ingest_stores_them(tmp_path, folder, reference):
    url = f"sqlite:///{tmp_path / 'trade.db'}"
    with Store(url, parse=dying_parse) as store:
        report = store.ingest_paths([folder], workers=2)
        failed = set(report.frame().query("outcome == 'failed'")["source"])
        assert "a05.txt" in failed
        assert report.counts["new"] + len(failed) == N_ARTICLES
        assert failed.isdisjoint(store.articles()["source"])
    with Store(url, parse=fake_parse) as store:
        assert store.ingest_paths([folder]).counts["new"] == len(failed)
    articles, facts = _content(url)
    pd.testing.assert_frame_equal(articles, reference[0])
    pd.testing.assert_frame_equal(facts, reference[1])

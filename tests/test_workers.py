"""Worker processes never outlive the command that started them, even killed with -9, and the
default number of workers follows the free cores."""
from __future__ import annotations

import math
import signal
import subprocess
import sys
import time
import types
from pathlib import Path

import psutil
import pytest

import web_samples as samples
from parsers import workers

REPO = Path(__file__).resolve().parents[1]
N_FILES = 6000
GONE_WITHIN_S = 10


@pytest.fixture(scope="module")
def many_articles(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("many")
    for n in range(N_FILES):
        (folder / f"a{n:05d}.txt").write_text(
            f"{samples.GEORGIA.text}\nTrade between Peru and Chile reached ${n + 1} million in 2021.\n", encoding="utf-8")
    return folder


def _alive(pids: set[int]) -> set[int]:
    alive = set()
    for pid in pids:
        try:
            if psutil.Process(pid).status() != psutil.STATUS_ZOMBIE:
                alive.add(pid)
        except psutil.NoSuchProcess:
            pass
    return alive


COMMANDS = {
    "parsers parse": lambda folder, tmp: ["parsers", "parse", str(folder), "--out", str(tmp / "out"), "--workers", "2"],
    "store ingest": lambda folder, tmp: ["store", "ingest", str(folder), "--db", f"sqlite:///{tmp / 't.db'}",
                                         "--workers", "2"],
}


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM], ids=["kill-9", "term"])
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_killing_the_command_leaves_no_worker_behind(many_articles, tmp_path, command, signum):
    started = subprocess.Popen([sys.executable, "-m", *COMMANDS[command](many_articles, tmp_path)], cwd=REPO,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        parent, deadline, workers_seen = psutil.Process(started.pid), time.monotonic() + 120, set()
        while len(workers_seen) < 2 and time.monotonic() < deadline and started.poll() is None:
            workers_seen = {child.pid for child in parent.children(recursive=True)}
            time.sleep(0.05)
        assert len(workers_seen) >= 2, "the workers never started"
        time.sleep(0.5)  # let them take work from the queue
        workers_seen |= {child.pid for child in parent.children(recursive=True)}
        started.send_signal(signum)
        started.wait(timeout=30)
        deadline = time.monotonic() + GONE_WITHIN_S
        while _alive(workers_seen) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(workers_seen), f"orphaned workers: {_alive(workers_seen)}"
    finally:
        for pid in _alive({started.pid, *workers_seen}):
            psutil.Process(pid).kill()


@pytest.mark.parametrize(
    ("cores", "load", "files", "expected"),
    [
        (2, 0.0, 10_000, 2),
        (2, 1.2, 10_000, 1),   # one core is busy with other work
        (2, 5.0, 10_000, 1),   # overloaded: still one
        (8, 2.0, 10_000, 6),
        (8, 0.0, 300, 1),      # too small a batch to be worth a second process
        (8, 0.0, 900, 4),
        (4, 0.0, 0, 1),
    ],
)
def test_default_workers_follow_the_free_cores(monkeypatch, cores, load, files, expected):
    monkeypatch.setattr(workers.os, "sched_getaffinity", lambda pid: set(range(cores)))
    monkeypatch.setattr(workers.os, "getloadavg", lambda: (load, load, load))
    assert workers.default_workers(files) == expected


def test_a_worker_exits_when_its_parent_is_gone():
    # The watcher in a child of a short-lived parent: the grandchild must not survive its parent.
    code = (
        "import os, sys, time; sys.path.insert(0, sys.argv[1]); from parsers.workers import exit_with_parent\n"
        "pid = os.fork()\n"
        "if pid == 0:\n"
        "    exit_with_parent(os.getppid()); print(os.getpid(), flush=True); time.sleep(60); os._exit(0)\n"
        "time.sleep(0.5)\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(REPO)], capture_output=True, text=True, timeout=30)
    orphan = int(done.stdout.split()[0])
    deadline = time.monotonic() + GONE_WITHIN_S
    while _alive({orphan}) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive({orphan})


def test_spawned_workers_do_not_rerun_the_parents_script(tmp_path, monkeypatch):
    # in a Streamlit server `__main__` is a page script; a fresh worker that re-ran it would die at start-up
    script = tmp_path / "page.py"
    script.write_text("raise SystemExit('a page script must not run in a worker')\n")
    page = types.ModuleType("__main__")
    page.__file__ = str(script)
    monkeypatch.setitem(sys.modules, "__main__", page)
    pool = workers.worker_pool(2, spawn=True)
    try:
        assert list(pool.map(math.sqrt, [4.0, 9.0, 16.0])) == [2.0, 3.0, 4.0]
    finally:
        pool.shutdown()
    assert sys.modules["__main__"] is page

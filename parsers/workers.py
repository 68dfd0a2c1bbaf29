"""Worker processes that never outlive the program that started them, and how many to start.

A worker whose parent dies (killed with -9, out of memory) would otherwise stay blocked on the
pool's queue forever. Each worker watches its parent's pid from a daemon thread and exits when the
parent is gone, whatever the platform and whichever thread started the pool.
"""
from __future__ import annotations

import os
import sys
import threading
import time
import types
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from itertools import islice
from multiprocessing import get_context
from typing import TypeVar

Item = TypeVar("Item")
PARENT_CHECK_S = 0.5
# A worker costs a start-up (about half a second with the grammar loaded) and an article about a
# millisecond to parse: below this many files per worker, one process is done sooner.
MIN_FILES_PER_WORKER = 200


def free_cores() -> int:
    """Cores this process may run on, less the load already running on them (at least one)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    try:
        busy = os.getloadavg()[0]
    except (AttributeError, OSError):
        busy = 0.0
    return max(1, min(cores, round(cores - busy)))


def default_workers(n_files: int) -> int:
    """Workers for a batch when the user names no number: the free cores, fewer for a small batch."""
    return max(1, min(free_cores(), n_files // MIN_FILES_PER_WORKER))


def worker_pool(workers: int, spawn: bool = False) -> ProcessPoolExecutor:
    """A process pool whose workers exit when this process dies. `spawn` starts them fresh (no
    inherited database handles or threads) instead of forking, and starts them all at once: a fresh
    worker re-runs the file of the parent's `__main__`, which in a Streamlit server is a page script
    (it would run the page and die), so they start while `__main__` names no file."""
    context = get_context("spawn") if spawn else None
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=exit_with_parent, initargs=(os.getpid(),))
    if spawn:
        with _main_without_file():
            for started in [pool.submit(_started) for _ in range(workers)]:
                started.result()
    return pool


def _started() -> bool:
    return True


@contextmanager
def _main_without_file() -> Iterator[None]:
    """`__main__` as a bare module while workers are spawned, so they import no script of the parent's."""
    main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


def exit_with_parent(parent_pid: int) -> None:
    """Start a daemon thread that ends this process as soon as its parent is no longer `parent_pid`
    (the orphan is adopted by init or a subreaper)."""

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(PARENT_CHECK_S)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def ordered_map(
    pool: ProcessPoolExecutor, function: Callable[[Item], object], items: Iterable[Item], ahead: int
) -> Iterator[tuple[Item, Future]]:
    """(item, future) in the order of `items`, with at most `ahead` items submitted and not yet
    handed out: results do not pile up in memory while the caller is busy, however long the batch.

    Once the pool is broken (a worker died), the futures of the items still to come carry the
    BrokenProcessPool error, so the caller reports them instead of losing them."""
    pending: deque[tuple[Item, Future]] = deque()
    remaining = iter(items)

    def submit(item: Item) -> None:
        try:
            future = pool.submit(function, item)
        except BrokenProcessPool as error:
            future = Future()
            future.set_exception(error)
        pending.append((item, future))

    for item in islice(remaining, ahead):
        submit(item)
    try:
        while pending:
            item, future = pending.popleft()
            for following in islice(remaining, 1):
                submit(following)  # before handing out: the pool works while the caller does
            yield item, future
    finally:
        for _, future in pending:  # a caller that stops early does not wait for the rest
            future.cancel()

"""`python -m store watch`: poll feeds now, or on an interval until Ctrl-C or SIGTERM.

A stop request is honoured between two items (each item is stored in its own transaction, so
nothing is left half-done); a second Ctrl-C stops at once. Between polls the wait ends at once.
"""
from __future__ import annotations

import datetime as dt
import re
import signal
import threading
from collections import Counter
from collections.abc import Callable, Sequence

from store.core import Store
from store.feeds import feed_urls, poll_feed
from web.http import Fetcher

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd])")
_UNIT_S = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> float:
    """Seconds in '30m', '1h30m', '90s', '2d' (a bare number is minutes). ValueError otherwise."""
    text = text.strip().lower()
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text) * 60
    parts = _DURATION.findall(text)
    if not parts or _DURATION.sub("", text).strip():
        raise ValueError(f"not a duration: {text!r} (try 30m, 1h, 90s)")
    seconds = sum(float(number) * _UNIT_S[unit] for number, unit in parts)
    if seconds <= 0:
        raise ValueError(f"the interval must be longer than zero, not {text!r}")
    return seconds


def watch(store: Store, urls: Sequence[str], every_s: float, once: bool, fetcher: Fetcher,
          say: Callable[[str], None] = print) -> None:
    """Poll the feeds (`urls`, else every feed in the store, read anew at each poll so that feeds
    added meanwhile in the dashboard are followed), print a line per item, and repeat."""
    stop = threading.Event()
    restore = _stop_on_signals(stop, say)
    try:
        while True:
            counts: Counter = Counter()
            polled = list(urls) or feed_urls(store.engine)
            for url in polled:
                if stop.is_set():
                    break
                for report in poll_feed(store, url, fetcher, stop):
                    counts[report.outcome] += 1
                    say(report.line())
            say(f"polled {len(polled)} feed{'s' if len(polled) != 1 else ''}: " + ", ".join(
                f"{outcome} {counts[outcome]}" for outcome in ("new", "unchanged", "replaced", "error")))
            if once or stop.is_set():
                break
            next_poll = dt.datetime.now() + dt.timedelta(seconds=every_s)
            say(f"next poll at {next_poll:%Y-%m-%d %H:%M:%S}; Ctrl-C stops")
            if stop.wait(every_s):
                break
    finally:
        restore()
    if stop.is_set():
        say("stopped")


def _stop_on_signals(stop: threading.Event, say: Callable[[str], None]) -> Callable[[], None]:
    """SIGINT and SIGTERM set `stop`; a second one raises KeyboardInterrupt. Returns the undo.
    Signal handlers belong to the main thread: elsewhere (a test, a server) nothing is installed."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None

    def handler(signum, _frame) -> None:
        if stop.is_set():
            raise KeyboardInterrupt

        def stopping() -> None:
            # said before the stop is set: else the main thread's "stopped" could interleave with this line
            say(f"{signal.Signals(signum).name}: stopping after the current item (again to stop at once)")
            stop.set()

        # not here: the signal may arrive while this thread holds the event's lock (inside `stop.wait`) or the
        # output's, and taking them again from the handler would hang the watcher for good
        threading.Thread(target=stopping, daemon=True).start()

    previous = {signum: signal.signal(signum, handler) for signum in (signal.SIGINT, signal.SIGTERM)}

    def restore() -> None:
        for signum, earlier in previous.items():
            signal.signal(signum, earlier)

    return restore

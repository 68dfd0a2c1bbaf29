"""A download built on click that fails says why on the page (app.downloads)."""
import threading

import pytest

from app import downloads


def test_a_failed_build_is_recorded_and_reraised():
    def broken() -> bytes:
        raise ValueError("Excel does not support timezones in datetimes")

    run = downloads.guarded(broken, "s:excel")
    with pytest.raises(ValueError):
        run()
    entry = downloads._builds["s:excel"]
    assert entry.done.is_set() and entry.error == "Excel does not support timezones in datetimes"


def test_the_click_waits_for_its_build_and_keeps_the_reason_for_the_page(monkeypatch):
    state: dict = {}
    monkeypatch.setattr(downloads.st, "session_state", state)

    def slow_failure() -> bytes:
        raise RuntimeError("Chromium did not start")

    run = downloads.guarded(slow_failure, "s:png")
    threading.Timer(0.3, lambda: pytest.raises(RuntimeError, run)).start()  # the browser asks a bit later
    downloads._after_click("s:png", "png", "PNG")
    assert state[downloads.FAILED_KEY] == {"png": "The PNG download failed: Chromium did not start"}


def test_a_successful_build_leaves_no_message(monkeypatch):
    state: dict = {}
    monkeypatch.setattr(downloads.st, "session_state", state)
    run = downloads.guarded(lambda: b"ok", "s:csv")
    threading.Timer(0.1, run).start()
    downloads._after_click("s:csv", "csv", "CSV")
    assert state == {}

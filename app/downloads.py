"""One-click downloads that say on the page why they failed.

A file built on click (Streamlit's deferred download) is made on a server thread after the
browser asks for it; if building it raises, the browser gets nothing and the page used to say
nothing. Here the build runs through a guard that records its failure, and the click's rerun
waits for that build to finish, then shows the reason next to the button.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

FAILED_KEY = "download_failed"
WAIT_FOR_REQUEST_S = 3.0  # the browser asks for the file right after the click
WAIT_FOR_BUILD_S = 120.0


@dataclass
class _Build:
    started: float = field(default_factory=time.monotonic)
    done: threading.Event = field(default_factory=threading.Event)
    error: str | None = None


_builds: dict[str, _Build] = {}
_lock = threading.Lock()


def guarded(build: Callable[[], bytes], token: str) -> Callable[[], bytes]:
    """build, recording when it ran and why it failed (the exception still reaches Streamlit)."""
    def run() -> bytes:
        entry = _Build()
        with _lock:
            _builds[token] = entry
        try:
            return build()
        except Exception as exc:
            entry.error = str(exc) or type(exc).__name__
            raise
        finally:
            entry.done.set()
    return run


def _after_click(token: str, key: str, what: str) -> None:
    """The click's rerun: wait for this click's build, and keep its failure for the page."""
    clicked = time.monotonic()
    deadline = clicked + WAIT_FOR_REQUEST_S
    entry = None
    while time.monotonic() < deadline:
        with _lock:
            entry = _builds.get(token)
        if entry is not None and entry.started >= clicked - WAIT_FOR_REQUEST_S:
            break
        entry = None
        time.sleep(0.05)
    if entry is None:
        return
    entry.done.wait(WAIT_FOR_BUILD_S)
    if entry.error:
        st.session_state.setdefault(FAILED_KEY, {})[key] = f"The {what} download failed: {entry.error}"


def download_button(container, label: str, build: Callable[[], bytes], file_name: str, mime: str, key: str,
                    what: str | None = None, **kwargs) -> None:
    """A download button whose file is built on click; a failure shows as an error under it."""
    ctx = get_script_run_ctx()
    token = f"{ctx.session_id if ctx else 'test'}:{key}"
    what = what or label
    container.download_button(label, data=guarded(build, token), file_name=file_name, mime=mime, key=key,
                              on_click=_after_click, args=(token, key, what), **kwargs)
    if message := st.session_state.get(FAILED_KEY, {}).pop(key, None):
        container.error(message, icon=":material/error:")

"""Charts as PNG/SVG/PDF for briefings: slide size, a title naming pairs and period, a footnote
citing sources and the date of the data.

Rendering goes through kaleido and a real Chromium. Starting Chromium costs about 2 s, so one warm
kaleido instance lives for the whole process on its own event-loop thread; any Streamlit session
thread submits to it and waits with a timeout, so a dead browser never hangs a page.
"""
from __future__ import annotations

import asyncio
import copy
import datetime as dt
import html
import os
import shutil
import textwrap
import threading
from concurrent.futures import TimeoutError as FutureTimeout

import pandas as pd
import plotly.graph_objects as go

from app.labels import pair_name

FORMATS = {"png": "image/png", "svg": "image/svg+xml", "pdf": "application/pdf"}
SLIDE_WIDTH, SLIDE_HEIGHT = 1600, 900  # 16:9, crisp on a 13.33 x 7.5 in slide at 120 dpi
BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
INSTALL_HINT = (
    "Chart export needs the Chromium browser on the server. Install it with "
    "`apt-get install chromium` (Debian/Ubuntu), or point BROWSER_PATH at a Chrome/Chromium binary, "
    "then restart the dashboard."
)
RENDER_TIMEOUT_S = 60


class ExportUnavailable(RuntimeError):
    """Export cannot work on this machine (no browser, browser failed); the message says what to do."""


def find_browser() -> str | None:
    """The browser kaleido would use: BROWSER_PATH if it is an executable, else one on PATH."""
    pinned = os.environ.get("BROWSER_PATH")
    if pinned is not None:
        return pinned if os.path.isfile(pinned) and os.access(pinned, os.X_OK) else None
    return next((path for name in BROWSER_NAMES if (path := shutil.which(name))), None)


class _ExportServer:
    """One kaleido (one Chromium) per process, used from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._kaleido = None
        self.failure: str | None = None  # why the browser did not start, shown instead of the buttons

    def _start(self, browser: str) -> None:
        import kaleido

        loop = asyncio.new_event_loop()
        threading.Thread(target=loop.run_forever, name="kaleido-export", daemon=True).start()
        k = kaleido.Kaleido(n=1, mathjax=False, path=browser, timeout=RENDER_TIMEOUT_S)
        try:
            asyncio.run_coroutine_threadsafe(k.open(), loop).result(timeout=RENDER_TIMEOUT_S)
        except Exception as exc:
            loop.call_soon_threadsafe(loop.stop)
            self.failure = f"Chromium at {browser} did not start ({exc}). {INSTALL_HINT}"
            raise ExportUnavailable(self.failure) from exc
        self._loop, self._kaleido = loop, k

    def render(self, fig: go.Figure, fmt: str, width: int, height: int, scale: float = 1) -> bytes:
        with self._lock:
            if self._kaleido is None:
                browser = find_browser()
                if browser is None:
                    raise ExportUnavailable(INSTALL_HINT)
                self._start(browser)
            loop, k = self._loop, self._kaleido
        opts = {"format": fmt, "width": width, "height": height, "scale": scale}
        future = asyncio.run_coroutine_threadsafe(k.calc_fig(fig, opts=opts), loop)
        try:
            return future.result(timeout=RENDER_TIMEOUT_S)
        except FutureTimeout as exc:
            future.cancel()
            raise ExportUnavailable(f"Rendering the chart took over {RENDER_TIMEOUT_S} s; try again.") from exc


_SERVER = _ExportServer()


def unavailable_reason() -> str | None:
    """Why export cannot work here (no browser, or it failed to start), or None if it should."""
    if find_browser() is None:
        return INSTALL_HINT
    return _SERVER.failure


def render(fig: go.Figure, fmt: str, width: int = SLIDE_WIDTH, height: int = SLIDE_HEIGHT, scale: float = 1) -> bytes:
    """PNG/SVG/PDF bytes of a figure; raises ExportUnavailable with a message fit for the page."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    return _SERVER.render(fig, fmt, width, height, scale)


def footnote(sources: pd.DataFrame, data_date, limit: int = 6) -> str:
    """'Sources: Outlet (file, date); ... Data as of DATE.' for the bottom of an exported chart."""
    cited = sources.drop_duplicates("source").sort_values("article_date", ascending=False, na_position="last")
    items = [
        f"{o if pd.notna(o) else 'unknown outlet'} ({s}, {pd.Timestamp(d):%d %b %Y})" if pd.notna(d)
        else f"{o if pd.notna(o) else 'unknown outlet'} ({s})"
        for o, s, d in zip(cited["outlet"].head(limit), cited["source"].head(limit), cited["article_date"].head(limit))
    ]
    more = len(cited) - limit
    text = "Sources: " + ("; ".join(items) if items else "none") + (f"; and {more} more articles" if more > 0 else "")
    as_of = (f"Data as of {pd.Timestamp(data_date):%d %b %Y} (newest article)"
             if data_date is not None and pd.notna(data_date) else "Article dates not stated")
    return f"{text}. {as_of}; exported {dt.date.today():%d %b %Y}, Trade Relations Monitor."


def briefing_figure(fig: go.Figure, title: str, note: str,
                    width: int = SLIDE_WIDTH, height: int = SLIDE_HEIGHT, credit: str = "") -> go.Figure:
    """A copy of the figure that stands on its own on a slide: fixed size, title, source footnote,
    and the credit line of any official statistics drawn (on lines of its own, never cut for sources)."""
    out = go.Figure(copy.deepcopy(fig.to_dict()))
    lines = textwrap.wrap(note, width=170)[:3]
    if credit:
        lines += textwrap.wrap(f"Official figures: {credit}", width=170)[:2]
    bottom = 70 + 20 * len(lines)
    top = (out.layout.margin.t or 50) + 50  # the slide title goes above whatever the figure had on top
    out.update_layout(
        width=width, height=height,
        title=dict(text=f"<b>{html.escape(title)}</b>", x=0.01, xanchor="left", font=dict(size=22)),
        margin=dict(t=top, b=bottom + 40, l=80, r=40),
        legend=dict(orientation="h", yanchor="top", y=-0.06, x=0),
    )
    out.add_annotation(
        text="<br>".join(html.escape(line) for line in lines), showarrow=False, xref="paper", yref="paper",
        x=0, y=0, yshift=-bottom, xanchor="left", yanchor="top", align="left",
        font=dict(size=12, color="#555"),
    )
    return out


KINDS = {"timeline": "Bilateral trade", "targets": "Progress to trade targets"}


def export_title(kind: str, obs: pd.DataFrame, named: bool = True) -> str:
    """'Bilateral trade: Kazakhstan – Türkiye, 2019–2023': the pairs and the years shown (without the
    pairs, for a chart on the page whose panels name them: 'Bilateral trade, 2019–2023')."""
    pairs = sorted(obs["pair"].astype("string").unique(), key=pair_name)
    names = ", ".join(pair_name(p) for p in pairs[:3]) + (f" and {len(pairs) - 3} more pairs" if len(pairs) > 3 else "")
    first, last = obs["when_start"].min(), obs["when_end"].max()
    years = "" if pd.isna(first) else (f", {first.year}" if first.year == last.year else f", {first.year}–{last.year}")
    return f"{KINDS[kind]}: {names}{years}" if named else f"{KINDS[kind]}{years}"

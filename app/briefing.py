"""The briefing pack: one PDF for the current filter, built from HTML with WeasyPrint.

A cover (what the pack covers, when it was made), the timeline, the target gauges, and a numbered
table of every fact with its value, period, outlet, date and quoted sentence; each figure on the
charts carries the numbers of the citations it comes from ('[3]'). Charts are rendered by the
same kaleido/Chromium export as the slide downloads (app.export), as PNG.

Sections are functions of the pack's contents returning HTML, kept in SECTIONS in the order they
print: another part of the app adds one with `add_section` (for example the official statistics
beside the claims) without touching this module. Everything from articles is escaped, and the PDF
renderer may not fetch anything: images are inline data.
"""
from __future__ import annotations

import base64
import datetime as dt
import html
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from app import export, figures, targets
from app.filters import FilterState, apply_filter
from app.labels import day, pair_name, period_label, series_name, stated
from app.model import Tables

PAIRS_PER_CHART = 3
PAGE_WIDTH_PX = 1100  # charts are drawn this wide and scaled to the page, at twice the pixels for print
CSS = """
@page { size: A4; margin: 16mm 14mm 18mm 14mm;
        @bottom-right { content: "page " counter(page) " of " counter(pages); font-size: 8pt; color: #666; } }
body { font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; color: #1d2a3a; }
h1 { font-size: 22pt; margin: 60mm 0 6mm; color: #1f3b73; }
h2 { font-size: 14pt; color: #1f3b73; margin: 0 0 3mm; page-break-after: avoid; }
section { page-break-before: always; }
section.cover { page-break-before: auto; }
.cover p { font-size: 11pt; margin: 2mm 0; }
img { width: 100%; max-height: 230mm; object-fit: contain; page-break-inside: avoid; margin-bottom: 4mm; }
td.q { width: 32%; }
table { border-collapse: collapse; width: 100%; font-size: 7.5pt; }
th, td { border-bottom: 0.5pt solid #ccd; padding: 1.2mm 1mm; text-align: left; vertical-align: top; }
th { background: #eef1f6; }
td.n { white-space: nowrap; font-weight: bold; }
td.q { font-style: italic; }
p.note { font-size: 8pt; color: #555; }
"""


@dataclass
class Pack:
    """What the sections draw from: the filtered facts, their citation numbers and how to render."""

    tables: Tables
    state: FilterState
    obs: pd.DataFrame  # the distinct facts the filter keeps
    citations: pd.DataFrame  # one numbered row per report, in print order (column "no")
    cite: dict[int, str]  # observation id -> '[3]' or '[3, 4]'
    made: dt.date
    render: Callable  # (figure, width, height) -> PNG bytes


Section = Callable[[Pack], str]


def describe(state: FilterState) -> str:
    return "all pairs" if state.is_empty else state.describe()


def cover(pack: Pack) -> str:
    dates = pack.citations["article_date"].dropna()
    span = f"{day(dates.min())} to {day(dates.max())}" if len(dates) else "articles without dates"
    return (f"<section class='cover'><h1>Trade briefing: {html.escape(describe(pack.state))}</h1>"
            f"<p>{pack.obs['pair'].nunique()} country pairs · {len(pack.obs)} distinct facts · "
            f"{len(pack.citations)} reports from {pack.citations['source'].nunique()} articles</p>"
            f"<p>Articles from {span}</p>"
            f"<p>Made on {pack.made:%d %B %Y} by the Trade Relations Monitor. Every figure is numbered "
            "to the article and sentence it comes from (citations at the end).</p></section>")


def timeline(pack: Pack) -> str:
    """The timeline, PAIRS_PER_CHART pairs per chart (one page each) so every pair of the filter is drawn."""
    pairs = sorted(pack.obs["pair"].astype("string").unique(), key=pair_name)
    parts = []
    for first in range(0, len(pairs), PAIRS_PER_CHART):
        chunk = pack.obs[pack.obs["pair"].isin(pairs[first:first + PAIRS_PER_CHART])]
        drawn = figures.timeline_figure(chunk, pack.tables, window=(pack.state.start, pack.state.end), cite=pack.cite)
        if not drawn.pairs_shown:
            continue
        fig = drawn.figure
        parts.append(_image(pack, fig, fig.layout.height or 600))
    undated = int((~figures.drawable(pack.obs)).sum())
    unplotted = int(pack.obs["value_usd"].isna().sum())
    notes = [f"{undated} fact(s) without a period or article date are not drawn"] if undated else []
    notes += [f"{unplotted} fact(s) in a currency without an ECB rate are not drawn"] if unplotted else []
    note = f"<p class='note'>{'; '.join(notes)}; the citations list them.</p>" if notes else ""
    return f"<section><h2>Timeline</h2>{''.join(parts) or '<p>No figures to draw.</p>'}{note}</section>"


def gauges(pack: Pack) -> str:
    progress = targets.progress_for(pack.tables, pack.state, pack.obs)
    if progress.empty:
        return "<section><h2>Progress to targets</h2><p>No targets among these facts.</p></section>"
    fig = figures.gauges_figure(progress, cols=2)
    lines = "".join(
        f"<li>{html.escape(pair_name(r.pair))}: {html.escape(targets.gauge_caption(r))} "
        f"{_cited(pack, r.target_obs)} {_cited(pack, r.turnover_obs)}</li>" for r in progress.itertuples())
    return (f"<section><h2>Progress to targets</h2>{_image(pack, fig, fig.layout.height)}"
            f"<ul>{lines}</ul></section>")


def citations(pack: Pack) -> str:
    rows = "".join(
        f"<tr><td class='n'>[{r.no}]</td><td>{html.escape(pair_name(r.pair))}</td>"
        f"<td>{html.escape(r.what)}</td><td>{html.escape(r.amount)}</td><td>{html.escape(r.period)}</td>"
        f"<td>{html.escape(r.outlet)}</td><td>{html.escape(day(r.article_date))}</td>"
        f"<td>{html.escape(str(r.source))}</td><td class='q'>“{html.escape(str(r.evidence))}”</td></tr>"
        for r in pack.citations.itertuples())
    return ("<section><h2>Citations</h2><table><thead><tr><th>No.</th><th>Pair</th><th>Fact</th><th>Value</th>"
            "<th>Period</th><th>Outlet</th><th>Date</th><th>Source</th><th>Quoted sentence</th></tr></thead>"
            f"<tbody>{rows}</tbody></table></section>")


SECTIONS: list[Section] = [cover, timeline, gauges, citations]


def add_section(section: Section, before: Section | None = citations) -> None:
    """Print `section` before another one (default: before the citations; None: at the end)."""
    if section in SECTIONS:
        return
    SECTIONS.insert(SECTIONS.index(before) if before in SECTIONS else len(SECTIONS), section)


def numbered(reports: pd.DataFrame) -> tuple[pd.DataFrame, dict[int, str]]:
    """Reports in print order (pair name, series, period, article date), numbered from 1; and each
    observation's citation label."""
    frame = reports.assign(
        pair_label=[pair_name(p) for p in reports["pair"].astype("string")],
        rank=reports["metric"].astype("string").map(figures.SERIES_RANK).fillna(len(figures.SERIES_RANK)),
    ).sort_values(["pair_label", "rank", "exporter", "period_start", "target_year", "article_date", "source"],
                  na_position="last", kind="stable")
    frame["no"] = np.arange(1, len(frame) + 1)
    frame["what"] = [series_name(m, e if pd.notna(e) else None, p) for m, e, p in
                     zip(frame["metric"].astype("string"), frame["exporter"].astype("string"),
                         frame["pair"].astype("string"))]
    frame["amount"] = [stated(u, v, c) + (f" ({stated(None, v, c)})" if pd.notna(r) else "") + (f", {q}" if pd.notna(q) else "")
                       for u, v, c, r, q in zip(frame["value_usd"], frame["value"], frame["currency"].astype("string"),
                                                frame["usd_rate"], frame["qualifier"].astype("string"))]
    frame["period"] = [(f"by {int(t)}" if pd.notna(t) else "no target year") if m == "target" else period_label(s, e)
                       for m, t, s, e in zip(frame["metric"], frame["target_year"], frame["period_start"],
                                             frame["period_end"])]
    frame["outlet"] = frame["outlet"].astype("string").fillna("outlet unknown")
    labels = frame.groupby("obs_id")["no"].agg(lambda n: "[" + ", ".join(map(str, sorted(n))) + "]")
    return frame, labels.to_dict()


def build_pack(tables: Tables, state: FilterState, render: Callable | None = None,
               today: dt.date | None = None) -> Pack:
    obs = apply_filter(tables.obs, state)
    reports = apply_filter(tables.facts, state)
    cited, labels = numbered(reports)
    return Pack(tables, state, obs, cited, {int(k): v for k, v in labels.items()}, today or dt.date.today(),
                render or _png)


def briefing_pdf(tables: Tables, state: FilterState, sections: list[Section] | None = None,
                 render: Callable | None = None) -> bytes:
    """The pack as PDF bytes; raises export.ExportUnavailable when charts cannot be drawn here."""
    from weasyprint import HTML

    pack = build_pack(tables, state, render)
    body = "".join(section(pack) for section in (sections or SECTIONS))
    document = (f"<!doctype html><html><head><meta charset='utf-8'><title>Trade briefing: "
                f"{html.escape(describe(state))}</title><style>{CSS}</style></head><body>{body}</body></html>")
    return HTML(string=document, url_fetcher=_no_fetching()).write_pdf()


def file_name(state: FilterState) -> str:
    what = state.focus or "-".join(state.pairs[:3]) or "all-pairs"
    return f"briefing-{what}-{dt.date.today():%Y-%m-%d}.pdf"


def _png(fig, width: int, height: int) -> bytes:
    return export.render(fig, "png", width=width, height=height, scale=2)


def _image(pack: Pack, fig, height: int) -> str:
    data = base64.b64encode(pack.render(fig, PAGE_WIDTH_PX, int(height))).decode("ascii")
    title = fig.layout.title.text if fig.layout.title and fig.layout.title.text else "chart"
    return f"<img alt='{html.escape(title)}' src='data:image/png;base64,{data}'>"


def _cited(pack: Pack, obs_id) -> str:
    return "" if obs_id is None or pd.isna(obs_id) else html.escape(pack.cite.get(int(obs_id), ""))


def _no_fetching():
    """WeasyPrint's fetcher for every resource: only the inline (data:) images, nothing from outside."""
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols={"data"}, fail_on_errors=True)

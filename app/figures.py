"""Figure and table builders shared by the pages and the chart export: DataFrame in, Figure out.

Inputs are prepared observation frames (app.model): one row per distinct fact with its newest
report's details. Text from articles (outlets, evidence) goes into figures only escaped, because
plotly renders a subset of HTML in hover labels and titles.
"""
from __future__ import annotations

import html
from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from app import hover, official, placement, targets
from app.labels import day, money, pair_codes, pair_name, period_label, series_name, stated
from app.model import Tables, sources_of

MAX_PAIRS = 6
MAX_GAUGES = 12
SERIES_COLORS = {
    ("turnover", 0): "#1f3b73",
    ("exports", 0): "#2a9d8f",
    ("exports", 1): "#8ab17d",
    ("imports", 0): "#e76f51",
    ("imports", 1): "#b5651d",
}
TARGET_COLOR = "#6c757d"
FONT = dict(family="DejaVu Sans, Arial, sans-serif", size=13, color="#2a3f5f")
GAUGE_TITLE = dict(size=16)
GAUGE_PX, GAUGE_GAP_PX = 320, 110
AXIS = dict(gridcolor="#E5EAF0", linecolor="#C8D0DA", zeroline=False, ticks="outside", tickcolor="#C8D0DA")


def value_unit(values: pd.Series) -> tuple[float, str]:
    """One unit for a whole axis so bars and lines compare at a glance."""
    top = float(np.nanmax(values.to_numpy(dtype="float64"))) if len(values) else 0.0
    return (1e9, "US$ billion") if top >= 1e9 else (1e6, "US$ million")


def _direction(exporter, pair: str) -> int:
    if exporter is None or pd.isna(exporter):
        return 0
    return 0 if exporter == pair_codes(pair)[0] else 1


TIMELINE_COLUMNS = ["obs_id", "pair", "metric", "exporter", "series", "value", "value_usd", "currency",
                    "qualifier", "growth_pct", "when_start", "when_end", "mid", "full_year", "n_sources",
                    "last_reported", "first_reported", "target_year", "period_text", "conflict", "usd_rate"]
MAX_PER_PERIOD = 5  # distinct figures drawn per pair, series and period: the most reported, then newest
SERIES_RANK = {"turnover": 0, "exports": 1, "imports": 2}  # panel and legend order
PANEL_PX, GAP_PX = 250, 95  # plot height of one pair's panel; room between panels for ticks and the title
TOP_PX, BOTTOM_PX, TITLE_PX, LEGEND_ROW_PX = 40, 50, 45, 24
CONFLICT_COLOR = "#c0392b"
MAX_PERIOD_LABELS, MAX_TARGET_LABELS = 6, 4  # per panel, newest first; the others are named on hover
TARGET_LEGEND = "Target (dashed line to its year)"
CONFLICT_LEGEND = "Sources disagree (ringed)"


@dataclass(frozen=True)
class Timeline:
    figure: go.Figure
    pairs_shown: list[str]
    pairs_total: int
    points_hidden: int = 0  # figures beyond MAX_PER_PERIOD for one period, left out of the chart
    undated: int = 0  # figures with neither a period nor an article date: listed apart, not drawn
    official_credit: str = ""  # the credit lines of the official figures drawn


def drawable(obs: pd.DataFrame) -> pd.Series:
    """Figures that have a place in time: a period, or at least the date of the article."""
    return obs["when_start"].notna()


def timeline_figure(obs: pd.DataFrame, tables: Tables, title: str = "", window: tuple | None = None,
                    cite: dict[int, str] | None = None, record: official.Record | None = None) -> Timeline:
    """Values over time on the span each covers, one panel per pair with its own time axis, targets
    as dashed lines with their label, figures that sources dispute ringed; behind them, when `record`
    has them, the pair's official series as each country reports it (two thin lines).

    A figure for part of a year is a segment over that part only and labelled with it; the line
    through the markers joins only full-year figures, so a partial year never looks like a dip.
    `window` (start, end; either may be None) fixes the time axis, as the date filter asks; `cite`
    puts a citation label ('[3]') beside each drawn figure (the briefing pack). Labels are placed
    clear of each other (app.placement). Traces are plain dicts of typed arrays sliced from one
    sorted frame, and hover labels are built for the drawn points only (app.hover).
    """
    dated = drawable(obs).to_numpy(bool)
    undated = int((~dated).sum())
    obs = obs[dated] if undated else obs
    pair_column = obs["pair"].astype("string")
    pair_counts = pair_column.value_counts()
    ranked = sorted(pair_counts.items(), key=lambda item: (-item[1], pair_name(item[0])))
    pairs = sorted((pair for pair, _ in ranked[:MAX_PAIRS]), key=pair_name)
    rows = max(len(pairs), 1)
    shown, hidden = _drawn(obs.loc[pair_column.isin(pairs).to_numpy(), TIMELINE_COLUMNS], pairs)
    lines = _official_lines(shown, record)
    drawn_values = pd.concat([shown["value_usd"].astype("float64"), *(s["value_usd"] for _, s in lines.values())])
    unit, unit_label = value_unit(drawn_values.dropna()) if len(shown) else (1e9, "US$ billion")
    plot_px = rows * PANEL_PX + (rows - 1) * GAP_PX
    n_lines = sum(series["reporter"].nunique() for _, series in lines.values())
    legend_rows = -(-(_legend_entries(shown, len(pairs)) + n_lines) // 2)
    top_px = TOP_PX + (TITLE_PX if title else 0)
    layout: dict = {
        "height": plot_px + top_px + BOTTOM_PX + LEGEND_ROW_PX * legend_rows, "font": FONT,
        "hovermode": "closest",
        # No named template: plotly deep-copies one on every figure, which costs more than the traces.
        "template": "none", "paper_bgcolor": "white", "plot_bgcolor": "white",
        "legend": dict(orientation="h", yanchor="top", y=-(BOTTOM_PX - 10) / plot_px, x=0),
        "margin": dict(t=top_px, l=64, r=24, b=BOTTOM_PX + LEGEND_ROW_PX * legend_rows), "annotations": [],
    }
    if title:
        layout["title"] = dict(text=html.escape(title), x=0, xanchor="left", y=1, yanchor="top",
                               pad=dict(t=12), font=dict(size=17))
    traces: list[dict] = []
    points = _arrays(shown, tables, cite)
    bounds = np.flatnonzero(np.r_[True, points["pair"][1:] != points["pair"][:-1], True]) if len(shown) else [0]
    legend_done: set[str] = set()
    for row_no, (lo, hi) in enumerate(zip(bounds[:-1], bounds[1:]), start=1):
        pair = points["pair"][lo]
        top = 1 - (row_no - 1) * (PANEL_PX + GAP_PX) / plot_px
        bottom = max(top - PANEL_PX / plot_px, 0)
        axis = "" if row_no == 1 else str(row_no)
        where = {"xaxis": f"x{axis}", "yaxis": f"y{axis}"}
        first_target = lo + int(np.searchsorted(points["metric"][lo:hi] == "target", True))  # targets sort last
        volumes, goals = _slice(points, lo, first_target), _slice(points, first_target, hi)
        ends = _target_ends(goals)
        exporter, series = lines.get(pair, (None, pd.DataFrame(columns=official.SERIES_COLUMNS)))
        years = official.mid_years(series)
        x_range = _x_range(np.r_[points["when_start"][lo:hi], years],
                           np.r_[points["when_end"][lo:first_target], ends, years], window)
        values = np.r_[points["value_usd"][lo:hi], series["value_usd"].to_numpy("float64")]
        peak = np.nanmax(values) / unit if np.isfinite(values).any() else 1.0
        labels, y_top = _panel_labels(volumes, goals, ends, x_range, unit, peak)
        layout[f"xaxis{axis}"] = dict(anchor=f"y{axis}", showticklabels=True, range=x_range, **AXIS)
        layout[f"yaxis{axis}"] = dict(anchor=f"x{axis}", domain=[bottom, top], **AXIS,
                                      title=dict(text=unit_label), range=[0, y_top], rangemode="tozero")
        layout["annotations"].append(dict(
            text=f"<b>{html.escape(pair_name(pair))}</b>", x=0, y=top, xref="paper", yref="paper",
            xanchor="left", yanchor="bottom", yshift=6, showarrow=False, font=dict(size=14)))
        layout["annotations"] += [dict(label, xref=where["xaxis"], yref=where["yaxis"]) for label in labels]
        traces += official.line_traces(series, pair, exporter, unit, where, several_pairs=len(pairs) > 1)  # behind
        traces += _volume_traces(volumes, pair, unit, several_pairs=len(pairs) > 1, where=where,
                                 legend_done=legend_done)
        traces += _target_traces(goals, ends, unit, where, legend_done)
    credit = record.credit(i for _, series in lines.values() for i in series["import_id"]) if record else ""
    return Timeline(go.Figure(data=traces, layout=layout), pairs, int(len(pair_counts)), hidden, undated, credit)


def _official_lines(shown: pd.DataFrame, record: official.Record | None) -> dict[str, tuple]:
    """Per pair drawn: the official flow its panel shows (None: total trade) and that series."""
    if record is None or record.is_empty or shown.empty:
        return {}
    lines = {}
    for pair, rows in shown.groupby(shown["pair"].astype("string"), sort=False):
        exporter = official.panel_flow(rows)
        lines[pair] = (exporter, official.drawn_series(record, pair, exporter, rows["when_start"].min(),
                                                      rows["when_end"].max()))
    return lines


def _legend_entries(shown: pd.DataFrame, n_pairs: int) -> int:
    series = shown.loc[shown["metric"] != "target", ["pair", "series"]].drop_duplicates()
    count = len(series) if n_pairs > 1 else series["series"].nunique()
    return count + int((shown["metric"] == "target").any()) + int(shown["conflict"].any()) + 1


def _arrays(shown: pd.DataFrame, tables: Tables, cite: dict[int, str] | None) -> dict[str, np.ndarray]:
    """The drawn points as plain numpy columns (slicing these per panel and series costs nothing)."""
    ids = shown["obs_id"].to_numpy("int64")
    return {
        **{name: shown[name].astype("string").to_numpy(dtype=object, na_value=None)
           for name in ("pair", "series", "metric", "exporter", "period_text")},
        **{name: shown[name].to_numpy("datetime64[ns]")
           for name in ("when_start", "when_end", "mid", "last_reported", "first_reported")},
        **{name: shown[name].to_numpy("float64", na_value=np.nan) for name in ("value_usd", "target_year")},
        "full_year": shown["full_year"].to_numpy(bool), "n_sources": shown["n_sources"].to_numpy(),
        "conflict": shown["conflict"].to_numpy(bool),
        "cite": _texts([cite.get(int(i), "") for i in ids] if cite else [""] * len(ids)),
        "hover": _texts(hover.hover_column(shown, tables)),
    }


def _slice(points: dict[str, np.ndarray], lo: int, hi: int) -> dict[str, np.ndarray]:
    return {name: values[lo:hi] for name, values in points.items()}


def _drawn(shown: pd.DataFrame, pairs: list[str]) -> tuple[pd.DataFrame, int]:
    """The points to draw, sorted by pair (in the order given), series (turnover first) and time;
    and how many are left out.

    Where sources give more than MAX_PER_PERIOD different figures for one pair, series and period
    (targets: target year), the most reported (then newest) are drawn; the Data page lists all."""
    if shown.empty:
        return shown, 0
    is_target = (shown["metric"] == "target").to_numpy()
    cells = pd.DataFrame({
        "pair": shown["pair"], "series": shown["series"],
        "start": shown["when_start"].where(~is_target), "end": shown["when_end"].where(~is_target),
        "year": shown["target_year"]})
    cell = cells.groupby(list(cells.columns), dropna=False, observed=True, sort=False).ngroup().to_numpy()
    reported = shown["last_reported"].to_numpy("datetime64[ns]").view("int64")
    order = np.lexsort((-reported, -shown["n_sources"].to_numpy(), cell))
    rank = np.empty(len(order), dtype="int64")
    starts = np.flatnonzero(np.r_[True, cell[order][1:] != cell[order][:-1]])
    rank[order] = np.arange(len(order)) - np.repeat(starts, np.diff(np.r_[starts, len(order)]))
    kept = shown[rank < MAX_PER_PERIOD]
    metric_rank = kept["metric"].astype("string").map(SERIES_RANK).fillna(len(SERIES_RANK)).to_numpy()
    exporter = pd.factorize(kept["exporter"].astype("string"), sort=True)[0]  # sorted codes, missing (-1) first
    pair = kept["pair"].astype("string").map({p: i for i, p in enumerate(pairs)}).to_numpy()
    order = np.lexsort((kept["mid"].to_numpy("datetime64[ns]"), exporter, metric_rank, pair))
    return kept.iloc[order], int(len(shown) - len(kept))


def _target_ends(goals: dict[str, np.ndarray]) -> np.ndarray:
    """Where each target's line ends: the last day of its target year, or for a target without a
    year the end of the year after it was announced."""
    announced = _announced(goals)
    has_year = ~np.isnan(goals["target_year"])
    announced_year = announced.astype("datetime64[Y]").astype("int64") + 1970
    end_year = np.where(has_year, np.nan_to_num(goals["target_year"]), announced_year + 1).astype("int64")
    return ((end_year - 1970 + 1).astype("datetime64[Y]") - np.timedelta64(1, "D")).astype("datetime64[ns]")


def _announced(goals: dict[str, np.ndarray]) -> np.ndarray:
    return np.where(np.isnat(goals["first_reported"]), goals["when_start"], goals["first_reported"])


def _x_range(starts: np.ndarray, ends: np.ndarray, window: tuple | None) -> list | None:
    """This pair's time axis: its first period to its last target year, with room at both ends;
    a date filter's bounds (window) replace the data's where it sets them."""
    starts, ends = starts[~np.isnat(starts)], ends[~np.isnat(ends)]
    if not len(starts):
        return None
    first, last = pd.Timestamp(starts.min()), pd.Timestamp(max(ends.max(), starts.max()) if len(ends) else starts.max())
    pad = max((last - first) * 0.05, pd.Timedelta(days=60))
    low, high = first - pad, last + pad
    if window:
        low = pd.Timestamp(window[0]) if window[0] else low
        high = pd.Timestamp(window[1]) + pd.Timedelta(days=1) if window[1] else high
    return [low, high]


def _panel_labels(volumes: dict, goals: dict, ends: np.ndarray, x_range: list | None, unit: float,
                  peak: float) -> tuple[list[dict], float]:
    """Annotations naming part-year periods and targets, placed clear of each other; and the top of
    the value axis that leaves room for them."""
    if x_range is None:
        return [], peak * 1.18
    low, high = (pd.Timestamp(x).value for x in x_range)
    span = max(high - low, 1)
    pending = []  # (label, x, y value, color, anchor): part-year periods once per panel, then targets
    seen: set[str] = set()
    partial = np.flatnonzero(~volumes["full_year"])[::-1]  # newest first: they keep a label when there are many
    for i in partial:
        short = volumes["period_text"][i].split(" (")[0]
        if short in seen or np.isnan(volumes["value_usd"][i]) or len(seen) >= MAX_PERIOD_LABELS:
            continue
        seen.add(short)
        pending.append((short, volumes["mid"][i], volumes["value_usd"][i] / unit, "#1f3b73", "center"))
    newest_goals = np.argsort(-_announced(goals).view("int64"), kind="stable")[:MAX_TARGET_LABELS]
    for i in newest_goals:
        value, year = goals["value_usd"][i], goals["target_year"][i]
        text = f"Target {money(value)}" + (f" by {int(year)}" if not np.isnan(year) else " (no year)")
        pending.append((text, ends[i], value / unit, TARGET_COLOR, "right"))
    y_top = max(peak, 1e-9) * 1.18
    for _ in range(3):  # the labels' heights depend on the axis top, which depends on the labels
        labels = [placement.Label((pd.Timestamp(x).value - low) / span, y / y_top * PANEL_PX, text, anchor)
                  for text, x, y, _, anchor in pending]
        placed = placement.place(labels)
        if placement.top_px(placed) <= PANEL_PX:
            break
        y_top *= placement.top_px(placed) / PANEL_PX * 1.05
    annotations = [dict(text=html.escape(text), x=pd.Timestamp(x).isoformat(), y=y, xanchor=spot.anchor,
                        yanchor="bottom", yshift=spot.shift, xshift=spot.xshift,
                        showarrow=False, font=dict(size=11, color=color))
                   for (text, x, y, color, _), spot in zip(pending, placed)]
    return annotations, y_top


def _volume_traces(points: dict[str, np.ndarray], pair: str, unit: float, several_pairs: bool,
                   where: dict, legend_done: set[str]) -> list[dict]:
    """Per series (points arrive sorted by series, then time): spans, the full-year trend line, markers."""
    traces = []
    series = points["series"]
    bounds = np.flatnonzero(np.r_[True, series[1:] != series[:-1], True]) if len(series) else [0]
    for lo, hi in zip(bounds[:-1], bounds[1:]):
        p = _slice(points, lo, hi)
        name = series[lo]
        label = html.escape(f"{pair_name(pair)}: {name}" if several_pairs else name)
        color = SERIES_COLORS.get((p["metric"][0], _direction(p["exporter"][0], pair)), "#444")
        y, full, mid = p["value_usd"] / unit, p["full_year"], p["mid"]
        legend = f"{pair}|{name}" if several_pairs else name
        show = legend not in legend_done
        legend_done.add(legend)
        common = dict(type="scatter", legendgroup=legend, **where)
        traces.append(dict(  # the span each figure covers, as a flat segment at its value
            common, x=_segments(p["when_start"], p["when_end"]), y=_segments(y, y), mode="lines",
            line=dict(color=color, width=5), opacity=0.45, name=name, showlegend=False, hoverinfo="skip"))
        # The trend joins one value per year: if sources disagree, the one most reported (then newest).
        ranked = np.lexsort((p["last_reported"][full], p["n_sources"][full], mid[full]))
        trend_x, trend_y = mid[full][ranked], y[full][ranked]
        last_of_year = np.r_[trend_x[1:] != trend_x[:-1], True] if len(trend_x) else np.array([], dtype=bool)
        traces.append(dict(
            common, x=trend_x[last_of_year], y=trend_y[last_of_year],
            mode="lines", line=dict(color=color, width=1.5), name=name, showlegend=False, hoverinfo="skip"))
        cited = bool(p["cite"].any())
        traces.append(dict(
            common, x=mid[full], y=y[full], mode="markers+text" if cited else "markers", name=label,
            showlegend=show and bool(full.any()), marker=dict(color=color, size=9),
            text=p["cite"][full], textposition="middle right", textfont=dict(size=10, color="#333"),
            hovertext=p["hover"][full], hovertemplate="%{hovertext}<extra></extra>"))
        if not full.all():
            traces.append(dict(
                common, x=mid[~full], y=y[~full], mode="markers+text" if cited else "markers",
                name=f"{label} (part of a year)", showlegend=show and not full.any(),
                marker=dict(color="white", size=9, line=dict(color=color, width=2), symbol="diamond"),
                text=p["cite"][~full], textposition="middle right", textfont=dict(size=10, color="#333"),
                hovertext=p["hover"][~full], hovertemplate="%{hovertext}<extra></extra>"))
        disputed = p["conflict"]
        if disputed.any():
            traces.append(dict(
                type="scatter", **where, x=mid[disputed], y=y[disputed], mode="markers", name=CONFLICT_LEGEND,
                legendgroup="conflict", showlegend=CONFLICT_LEGEND not in legend_done,
                marker=dict(symbol="circle-open", size=17, color=CONFLICT_COLOR, line=dict(width=2)),
                hovertext=p["hover"][disputed], hovertemplate="%{hovertext}<extra></extra>"))
            legend_done.add(CONFLICT_LEGEND)
    return traces


def _segments(start, end) -> np.ndarray:
    """start0, end0, gap, start1, end1, gap, ...: one plotly trace drawing many flat segments.

    Typed arrays (datetime64 with NaT, float with NaN as the gaps) rather than Python objects:
    plotly copies trace data, and copying a typed array costs nothing per point."""
    start = np.asarray(start)
    out = np.empty(len(start) * 3, dtype=start.dtype)
    out[0::3], out[1::3] = start, np.asarray(end)
    out[2::3] = np.datetime64("NaT") if start.dtype.kind == "M" else np.nan
    return out


def _texts(labels) -> np.ndarray:
    """Labels as a fixed-width unicode array (cheap for plotly to copy, unlike Python objects)."""
    return np.asarray(labels, dtype=object).astype(str)


def _target_traces(points: dict[str, np.ndarray], ends: np.ndarray, unit: float, where: dict,
                   legend_done: set[str]) -> list[dict]:
    """All targets of a pair as one dashed trace, from announcement to the end of the target year
    (labels are annotations, see _panel_labels); one legend entry for all targets."""
    n = len(points["value_usd"])
    if not n:
        return []
    x = np.empty(3 * n, dtype="datetime64[ns]")
    x[0::3], x[1::3], x[2::3] = _announced(points), ends, np.datetime64("NaT")
    y = np.repeat(points["value_usd"] / unit, 3)
    y[2::3] = np.nan
    hovers = np.repeat(points["hover"], 3)
    hovers[2::3] = ""
    texts = np.full(3 * n, "", dtype=object)
    texts[1::3] = points["cite"]
    show = TARGET_LEGEND not in legend_done
    legend_done.add(TARGET_LEGEND)
    return [dict(
        type="scatter", x=x, y=y, mode="lines+markers+text", name=TARGET_LEGEND, legendgroup="targets",
        showlegend=show, line=dict(color=TARGET_COLOR, width=2, dash="dash"),
        marker=dict(size=np.tile([0, 7, 0], n), color=TARGET_COLOR),
        text=texts.astype(str), textposition="bottom left", textfont=dict(size=10, color="#333"),
        hovertext=hovers, hovertemplate="%{hovertext}<extra></extra>", **where)]


# ---------------------------------------------------------------- gauges

def gauges_figure(progress: pd.DataFrame, title: str = "", cols: int | None = None) -> go.Figure:
    """One plotly Indicator per pair: gauge of latest turnover against the latest target.

    Titles are short (pair; share of the target; growth), so they fit a gauge on a laptop screen;
    the page shows each gauge as a chart of its own in columns that stack on a phone, and the
    plain-words line for each is in the table and the 'in words' list. The number and the axis
    use the turnover's own unit, so the gauge reads '$500 m' as the table does."""
    n = max(len(progress), 1)
    cols = cols or min(n, 2)
    rows = -(-n // cols)
    total_px = GAUGE_PX * rows
    gap_x, gap_y = 0.1, (GAUGE_GAP_PX / total_px if rows > 1 else 0.0)  # room for the next gauge's title
    width, height = (1 - gap_x * (cols - 1)) / cols, (1 - gap_y * (rows - 1)) / rows
    traces = []
    for i, r in enumerate(progress.itertuples()):
        row, col = divmod(i, cols)
        top, left = 1 - row * (height + gap_y), col * (width + gap_x)
        domain = dict(x=[left, left + width], y=[max(top - height, 0), top])
        name = f"<b>{html.escape(pair_name(r.pair))}</b>"
        by = f" by {int(r.target_year)}" if pd.notna(r.target_year) else ""
        if r.status == "no volume":
            unit, suffix = _unit_of(r.target)
            traces.append(dict(
                type="indicator", domain=domain, mode="number", value=r.target / unit,
                number=dict(prefix="$", suffix=f"{suffix} target", valueformat=".3~g", font=dict(size=34)),
                title=dict(font=GAUGE_TITLE, text=f"{name}<br><span style='font-size:0.8em'>"
                                                  f"no turnover in US$ yet{by}</span>")))
            continue
        unit, suffix = _unit_of(r.turnover)
        state = "✔ target reached" if r.reached else f"{r.pct * 100:.0f}% of {money(r.target)}{by}"
        if r.status == "deadline passed":
            state += " · year passed"
        growth = "" if r.reached or pd.isna(r.growth_needed) else f"<br>needs {targets.pct(r.growth_needed)}/yr" + (
            "" if pd.isna(r.growth_seen) else f" · seen {targets.pct(r.growth_seen)}/yr")
        traces.append(dict(
            type="indicator", domain=domain, mode="gauge+number", value=r.turnover / unit,
            number=dict(suffix=suffix, valueformat=".3~g", prefix="$", font=dict(size=34)),
            title=dict(font=GAUGE_TITLE, text=f"{name}<br><span style='font-size:0.8em'>{html.escape(state)}"
                                              f"{growth}</span>"),
            gauge=dict(
                axis=dict(range=[0, max(r.target, r.turnover) * 1.1 / unit]),
                bar=dict(color="#2a9d8f" if r.reached else "#1f3b73"),
                threshold=dict(line=dict(color="#c0392b", width=4), thickness=0.85, value=r.target / unit),
            )))
    layout = dict(font=FONT, template="none", paper_bgcolor="white", height=max(GAUGE_PX, total_px),
                  margin=dict(t=140 if title else 95, l=45, r=45, b=20))  # three title lines; room for ticks
    if title:
        layout["title"] = dict(text=html.escape(title))
    return go.Figure(data=traces, layout=layout)


def _unit_of(value: float) -> tuple[float, str]:
    """The unit labels.money writes this amount in, so a gauge and a table read alike."""
    for size, suffix in ((1e12, " tn"), (1e9, " bn"), (1e6, " m")):
        if abs(value) >= size:
            return size, suffix
    return 1.0, ""


# ---------------------------------------------------------------- tables

def pair_overview(obs: pd.DataFrame) -> pd.DataFrame:
    """Pairs tracked: latest volume figure and latest target per pair, with counts.

    The latest figure ends last (full-year before part-year, turnover before a one-way flow, then
    the most reported); the latest target was announced last. Picked for all pairs with sorts,
    then one row per pair is written (the snapshot computes this for every pair of a large store)."""
    if obs.empty:
        return pd.DataFrame(columns=["Pair", "Latest figure", "Period", "Latest target",
                                     "Facts", "Reports"])
    frame = obs.assign(pair=obs["pair"].astype("string"), is_turnover=obs["metric"] == "turnover")
    is_target = (frame["metric"] == "target").to_numpy(bool)
    volumes = frame[~is_target].sort_values(["pair", "when_end", "full_year", "is_turnover", "n_sources"],
                                            kind="stable").drop_duplicates("pair", keep="last").set_index("pair")
    goals = frame[is_target].sort_values(["pair", "first_reported"], kind="stable") \
        .drop_duplicates("pair", keep="last").set_index("pair")
    counts = frame.groupby("pair")["n_sources"].agg(["size", "sum"])
    out = []
    for key, (facts, reports) in counts.iterrows():
        latest = volumes.loc[key] if key in volumes.index else None
        target = goals.loc[key] if key in goals.index else None
        out.append({
            "Pair": pair_name(key),
            "Latest figure": (f"{series_name(latest['metric'], latest['exporter'], key)}: "
                              f"{stated(latest['value_usd'], latest['value'], latest['currency'])}") if latest is not None else "none yet",
            "Period": period_label(latest["period_start"], latest["period_end"]) if latest is not None else "",
            "Latest target": (stated(target["value_usd"], target["value"], target["currency"])
                              + (f" by {int(target['target_year'])}" if pd.notna(target["target_year"]) else "")
                              ) if target is not None else "none",
            "Facts": int(facts),
            "Reports": int(reports),  # article reports of these facts
        })
    return pd.DataFrame(out).sort_values("Pair", kind="stable").reset_index(drop=True)


def conflicts_table(obs: pd.DataFrame, tables: Tables) -> pd.DataFrame:
    """Figures that sources dispute, one row per figure, grouped by pair, series and period."""
    disputed = obs[obs["conflict"]]
    if disputed.empty:
        return pd.DataFrame(columns=["Pair", "Fact", "Period", "Value", "Sources"])
    sources = sources_of(tables, disputed["obs_id"])
    rows = [{
        "Pair": pair_name(r.pair), "Fact": series_name(r.metric, r.exporter, r.pair), "Period": r.period_text,
        "Value": stated(r.value_usd, r.value, r.currency),
        "Sources": "; ".join(f"{o if pd.notna(o) else 'unknown outlet'} ({s})" for o, s in
                             zip(*(sources.loc[sources["obs_id"] == r.obs_id, c] for c in ("outlet", "source")))),
    } for r in disputed.itertuples()]
    return pd.DataFrame(rows).sort_values(["Pair", "Fact", "Period", "Value"], kind="stable").reset_index(drop=True)


def timeline_data(obs: pd.DataFrame) -> pd.DataFrame:
    """The timeline's figures as a table beside the chart (its text alternative in rows)."""
    frame = obs.sort_values(["pair", "metric", "mid"]).assign(
        pair_label=lambda f: [pair_name(p) for p in f["pair"].astype("string")])
    return pd.DataFrame({
        "Pair": frame["pair_label"],
        "Value": [stated(u, v, c) for u, v, c in zip(frame["value_usd"], frame["value"], frame["currency"])],
        "Period": frame["period_text"].astype("string"), "Fact": frame["series"].astype("string"),
        "Sources": frame["n_sources"].astype("int64"),
        "Disputed": ["yes" if c else "" for c in frame["conflict"]],
    }).sort_values(["Pair"], kind="stable").reset_index(drop=True)


def conflict_count(obs: pd.DataFrame) -> int:
    """How many figures (pair, series, period) sources disagree on."""
    disputed = obs[obs["conflict"]]
    return int(len(disputed[["pair", "metric", "exporter", "period_start", "period_end"]].astype("string")
                   .drop_duplicates()))


def timeline_summary(obs: pd.DataFrame, shown: list[str]) -> str:
    """The chart in words, for screen readers and for a quick read: per pair, its first and latest
    turnover (or other series) and its latest target."""
    lines = []
    for pair in shown:
        rows = obs[(obs["pair"] == pair) & obs["when_start"].notna()]
        volumes = rows[rows["metric"] != "target"].sort_values("mid")
        goals = rows[rows["metric"] == "target"].sort_values("first_reported")
        parts = []
        for name, series in volumes.groupby("series", observed=True, sort=False):
            first, last = series.iloc[0], series.iloc[-1]
            parts.append(f"{name.lower()} {stated(first.value_usd, first.value, first.currency)} ({first.period_text})"
                         + ("" if len(series) == 1 else
                            f" to {stated(last.value_usd, last.value, last.currency)} ({last.period_text})"))
        if len(goals):
            goal = goals.iloc[-1]
            parts.append(f"target {stated(goal.value_usd, goal.value, goal.currency)} {goal.period_text}")
        disputed = int(rows["conflict"].sum())
        if disputed:
            parts.append(f"{disputed} disputed figures")
        lines.append(f"{pair_name(pair)}: " + ("; ".join(parts) or "no dated figures") + ".")
    return " ".join(lines)


def newest_facts(obs: pd.DataFrame, tables: Tables, n: int = 10) -> pd.DataFrame:
    """The most recently reported facts with who reported them (plain text, for st.dataframe)."""
    newest = obs.sort_values("last_reported", ascending=False, na_position="last").head(n)
    sources = sources_of(tables, newest["obs_id"])
    rows = []
    for r in newest.itertuples():
        reports = sources[sources["obs_id"] == r.obs_id]
        rows.append({
            "Reported": day(r.last_reported),
            "Pair": pair_name(r.pair),
            "Fact": series_name(r.metric, r.exporter, r.pair),
            "Value": stated(r.value_usd, r.value, r.currency) + (f" ({r.qualifier})" if pd.notna(r.qualifier) else ""),
            "Period": (f"by {int(r.target_year)}" if pd.notna(r.target_year) else "no year")
            if r.metric == "target" else period_label(r.period_start, r.period_end),
            "Sources": "; ".join(
                f"{o if pd.notna(o) else 'unknown outlet'} ({s})" for o, s in zip(reports["outlet"], reports["source"])
            ),
        })
    return pd.DataFrame(rows, columns=["Reported", "Pair", "Fact", "Value", "Period", "Sources"])

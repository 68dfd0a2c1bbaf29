"""Figure and table builders shared by the pages and the chart export: DataFrame in, Figure out.

Inputs are prepared observation frames (app.model): one row per distinct fact with its newest
report's details. Text from articles (outlets, evidence) goes into figures only escaped, because
plotly renders a subset of HTML in hover labels and titles.
"""
from __future__ import annotations

import html
import textwrap
from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from app.labels import country_name, day, money, pair_codes, pair_name, period_label, stated

MAX_PAIRS = 6
MAX_HOVER_SOURCES = 4
SERIES_COLORS = {
    ("turnover", 0): "#1f3b73",
    ("exports", 0): "#2a9d8f",
    ("exports", 1): "#8ab17d",
    ("imports", 0): "#e76f51",
    ("imports", 1): "#b5651d",
}
TARGET_COLOR = "#6c757d"
FONT = dict(family="DejaVu Sans, Arial, sans-serif", size=13)


def plain(text, width: int = 90) -> str:
    """Article text made safe for plotly labels: escaped, wrapped with <br>, never markup."""
    if text is None or (not isinstance(text, str) and pd.isna(text)):
        return ""
    lines = textwrap.wrap(str(text), width=width) or [""]
    return "<br>".join(html.escape(line, quote=False) for line in lines)


def value_unit(values: pd.Series) -> tuple[float, str]:
    """One unit for a whole axis so bars and lines compare at a glance."""
    top = float(np.nanmax(values.to_numpy(dtype="float64"))) if len(values) else 0.0
    return (1e9, "US$ billion") if top >= 1e9 else (1e6, "US$ million")


def series_name(metric: str, exporter, pair: str) -> str:
    """'Turnover', 'Exports Kazakhstan → Türkiye', 'Imports into Türkiye from Kazakhstan'."""
    if metric not in ("exports", "imports") or exporter is None or pd.isna(exporter):
        return metric.capitalize()
    a, b = pair_codes(pair)
    importer = b if exporter == a else a
    if metric == "exports":
        return f"Exports {country_name(exporter)} → {country_name(importer)}"
    return f"Imports into {country_name(importer)} from {country_name(exporter)}"


def _direction(exporter, pair: str) -> int:
    if exporter is None or pd.isna(exporter):
        return 0
    return 0 if exporter == pair_codes(pair)[0] else 1


def sources_texts(sources: pd.DataFrame) -> dict[int, str]:
    """Per observation, the escaped 'Reported by N articles: outlet, date (source)' lines."""
    lines: dict[int, list[str]] = {}
    counts: dict[int, int] = {}
    outlets = sources["outlet"].astype("object").where(sources["outlet"].notna(), "unknown outlet")
    for obs_id, outlet, date, source in zip(sources["obs_id"].tolist(), outlets.tolist(),
                                            sources["article_date"].tolist(), sources["source"].tolist()):
        counts[obs_id] = counts.get(obs_id, 0) + 1
        if counts[obs_id] <= MAX_HOVER_SOURCES:
            lines.setdefault(obs_id, []).append(
                f"{html.escape(str(outlet))}, {day(date)} ({html.escape(str(source))})")
    texts = {}
    for obs_id, found in lines.items():
        n = counts[obs_id]
        more = [f"and {n - MAX_HOVER_SOURCES} more"] if n > MAX_HOVER_SOURCES else []
        texts[obs_id] = "<br>".join([f"Reported by {n} article{'s' if n != 1 else ''}:", *found, *more])
    return texts


def hover_text(row, source_lines: dict[int, str]) -> str:
    """Everything an analyst checks before quoting a figure, as escaped plotly hover text."""
    qualifier = f" ({row.qualifier})" if pd.notna(row.qualifier) else ""
    growth = f", {row.growth_pct:+g}% on the year before" if pd.notna(row.growth_pct) else ""
    if row.metric == "target":
        when = f"by {int(row.target_year)}" if pd.notna(row.target_year) else "no target year"
        what = f"Target {stated(row.value_usd, row.value, row.currency)}{qualifier} {when}, announced {day(row.first_reported)}"
    else:
        what = f"{stated(row.value_usd, row.value, row.currency)}{qualifier} for {period_label(row.period_start, row.period_end)}{growth}"
    parts = [
        f"<b>{html.escape(series_name(row.metric, row.exporter, row.pair))} · {html.escape(pair_name(row.pair))}</b>",
        what,
        source_lines.get(row.obs_id, ""),
        "“" + plain(row.evidence) + "”",
    ]
    return "<br>".join(p for p in parts if p)


@dataclass(frozen=True)
class Timeline:
    figure: go.Figure
    pairs_shown: list[str]
    pairs_total: int


def timeline_figure(obs: pd.DataFrame, sources: pd.DataFrame, title: str = "") -> Timeline:
    """Values over time on the span each covers, one panel per pair, targets as dashed lines.

    A figure for part of a year is a segment over that part only and labelled with it; the line
    through the markers joins only full-year figures, so a partial year never looks like a dip.
    """
    pair_counts = obs["pair"].astype("string").value_counts()
    pairs = sorted(pair_counts.index[:MAX_PAIRS])
    rows = max(len(pairs), 1)
    fig = make_subplots(
        rows=rows, cols=1, shared_xaxes=True, vertical_spacing=0.08 if rows > 1 else 0.0,
        subplot_titles=[html.escape(pair_name(p)) for p in pairs] or [""],
    )
    shown = obs[obs["pair"].astype("string").isin(pairs)]
    lines = sources_texts(sources[sources["obs_id"].isin(shown["obs_id"])])
    unit, unit_label = value_unit(shown["value_usd"].dropna()) if len(shown) else (1e9, "US$ billion")
    for row_no, pair in enumerate(pairs, start=1):
        sub = shown[shown["pair"].astype("string") == pair]
        _add_volume_traces(fig, sub, lines, pair, row_no, unit, several_pairs=len(pairs) > 1)
        _add_target_trace(fig, sub[sub["metric"] == "target"], lines, row_no, unit)
        top = sub["value_usd"].max() / unit if sub["value_usd"].notna().any() else 1.0
        fig.update_yaxes(title_text=unit_label, range=[0, top * 1.18], row=row_no, col=1)
        fig.update_xaxes(showticklabels=True, row=row_no, col=1)
    fig.update_layout(
        title=dict(text=html.escape(title)) if title else None,
        height=max(380, 300 * rows), font=FONT, template="plotly_white",
        hovermode="closest", legend=dict(orientation="h", yanchor="top", y=-0.08, x=0),
        margin=dict(t=80 if title else 50, l=70, r=30, b=60),
    )
    return Timeline(fig, pairs, int(len(pair_counts)))


def _add_volume_traces(fig, sub, lines, pair, row_no, unit, several_pairs: bool) -> None:
    volumes = sub[sub["metric"] != "target"]
    for (metric, exporter), group in volumes.groupby(["metric", "exporter"], dropna=False, observed=True):
        name = series_name(metric, exporter, pair)
        label = html.escape(f"{pair_name(pair)}: {name}" if several_pairs else name)
        color = SERIES_COLORS.get((metric, _direction(exporter, pair)), "#444")
        group = group.assign(
            mid=group["when_start"] + (group["when_end"] - group["when_start"]) / 2,
        ).sort_values("mid")
        hover = np.array([hover_text(r, lines) for r in group.itertuples()], dtype=object)
        group = group.assign(hover=hover, y=group["value_usd"].to_numpy(dtype="float64") / unit)
        legend = f"{pair}|{name}"
        fig.add_trace(go.Scatter(
            x=_segments(group["when_start"], group["when_end"]),
            y=_segments(group["y"], group["y"]), mode="lines",
            line=dict(color=color, width=5), opacity=0.45,
            name=name, legendgroup=legend, showlegend=False, hoverinfo="skip",
        ), row=row_no, col=1)
        full = group[group["full_year"]]
        # The trend joins one value per year: if sources disagree, the one most reported (then newest).
        trend = full.sort_values(["mid", "n_sources", "last_reported"]).drop_duplicates("mid", keep="last")
        fig.add_trace(go.Scatter(
            x=trend["mid"].to_numpy(), y=trend["y"].to_numpy(), mode="lines", line=dict(color=color, width=1.5),
            name=name, legendgroup=legend, showlegend=False, hoverinfo="skip",
        ), row=row_no, col=1)
        fig.add_trace(go.Scatter(
            x=full["mid"].to_numpy(), y=full["y"].to_numpy(), mode="markers", name=label,
            legendgroup=legend, showlegend=not full.empty, marker=dict(color=color, size=9),
            hovertext=full["hover"].to_numpy(), hovertemplate="%{hovertext}<extra></extra>",
        ), row=row_no, col=1)
        part = group[~group["full_year"]]
        if len(part):
            labels = [period_label(s, e) if pd.notna(s) else f"period not stated ({day(d)})"
                      for s, e, d in zip(part["period_start"], part["period_end"], part["article_date"])]
            fig.add_trace(go.Scatter(
                x=part["mid"].to_numpy(), y=part["y"].to_numpy(), mode="markers+text", name=f"{label} (part of a year)",
                legendgroup=legend, showlegend=full.empty,
                marker=dict(color="white", size=9, line=dict(color=color, width=2), symbol="diamond"),
                text=np.array([html.escape(t) for t in labels], dtype=object), textposition="top center",
                textfont=dict(size=11, color=color),
                hovertext=part["hover"].to_numpy(), hovertemplate="%{hovertext}<extra></extra>",
            ), row=row_no, col=1)


def _segments(start: pd.Series, end: pd.Series) -> np.ndarray:
    """start0, end0, gap, start1, end1, gap, ...: one plotly trace drawing many flat segments."""
    out = np.full(len(start) * 3, None, dtype=object)
    out[0::3], out[1::3] = np.asarray(start, dtype=object), np.asarray(end, dtype=object)
    return out


def _add_target_trace(fig, targets, lines, row_no, unit) -> None:
    """All targets of a pair as one dashed trace, from announcement to the end of the target year."""
    xs, ys, texts, hovers, sizes = [], [], [], [], []
    for r in targets.itertuples():
        announced = r.first_reported if pd.notna(r.first_reported) else r.when_start
        end_year = int(r.target_year) if pd.notna(r.target_year) else pd.Timestamp(announced).year + 1
        label = f"Target {money(r.value_usd)}" + (f" by {end_year}" if pd.notna(r.target_year) else " (no year)")
        hover = hover_text(r, lines)
        xs += [announced, pd.Timestamp(year=end_year, month=12, day=31), None]
        ys += [r.value_usd / unit] * 2 + [None]
        texts += ["", html.escape(label), ""]
        hovers += [hover, hover, ""]
        sizes += [0, 7, 0]
    if not xs:
        return
    fig.add_trace(go.Scatter(
        x=xs, y=ys, mode="lines+markers+text", name="Targets", showlegend=False,
        line=dict(color=TARGET_COLOR, width=2, dash="dash"), marker=dict(size=sizes, color=TARGET_COLOR),
        text=texts, textposition="top left", textfont=dict(color=TARGET_COLOR, size=11),
        hovertext=hovers, hovertemplate="%{hovertext}<extra></extra>",
    ), row=row_no, col=1)


# ---------------------------------------------------------------- targets and gauges

def target_progress(obs: pd.DataFrame) -> pd.DataFrame:
    """Per pair with a target: the latest target against the latest turnover, and the growth needed.

    The latest target is the one announced last; earlier ones are listed as superseded. Turnover
    prefers the newest full-year figure, because a target is an annual volume.
    """
    columns = [
        "pair", "target", "target_year", "announced", "target_source", "turnover", "turnover_period",
        "turnover_full_year", "pct", "reached", "growth_needed", "growth_seen", "status", "superseded",
    ]
    # Progress is only measurable in one currency: targets and volumes known in US dollars.
    targets = obs[(obs["metric"] == "target") & obs["value_usd"].notna()]
    out = []
    for pair, group in targets.groupby(targets["pair"].astype("string")):
        group = group.sort_values(["first_reported", "target_year"], ascending=False, na_position="last")
        latest = group.iloc[0]
        volumes = obs[(obs["pair"].astype("string") == pair) & (obs["metric"] == "turnover")]
        out.append({
            "pair": pair,
            "target": latest["value_usd"],
            "target_year": latest["target_year"],
            "announced": latest["first_reported"],
            "target_source": latest["source"],
            **_progress(latest, volumes),
            "superseded": [
                f"{money(r.value_usd)}" + (f" by {int(r.target_year)}" if pd.notna(r.target_year) else "")
                + f", announced {day(r.first_reported)}"
                for r in group.iloc[1:].itertuples()
            ],
        })
    return pd.DataFrame(out, columns=columns)


def _progress(target: pd.Series, volumes: pd.DataFrame) -> dict:
    # Same period reported with different values (e.g. two customs offices): most sources, then newest.
    order = ["when_end", "n_sources", "last_reported"]
    annual = volumes[volumes["full_year"] & volumes["value_usd"].notna()].sort_values(order)
    pick = annual if len(annual) else volumes[volumes["value_usd"].notna()].sort_values(order)
    if pick.empty:
        return dict(turnover=np.nan, turnover_period="", turnover_full_year=False, pct=np.nan,
                    reached=_said_reached(target), growth_needed=np.nan,
                    growth_seen=np.nan, status="no volume")
    last = pick.iloc[-1]
    value, goal = float(last["value_usd"]), float(target["value_usd"])
    reached = value >= goal or _said_reached(target)
    needed = np.nan
    if len(annual) and pd.notna(target["target_year"]) and not reached:
        years = int(target["target_year"]) - last["period_end"].year
        if years > 0:
            needed = (goal / value) ** (1 / years) - 1
    return dict(
        turnover=value, turnover_period=period_label(last["period_start"], last["period_end"]),
        turnover_full_year=bool(last["full_year"]), pct=value / goal if goal else np.nan,
        reached=reached, growth_needed=needed, growth_seen=_growth_seen(annual, last),
        status="reached" if reached else ("deadline passed" if _deadline_passed(target, last) else "in progress"),
    )


def _said_reached(target: pd.Series) -> bool:
    """The article itself says the target was reached or surpassed."""
    flag = target["target_reached"]
    return bool(flag) if pd.notna(flag) else False


def _deadline_passed(target: pd.Series, last: pd.Series) -> bool:
    """The target year is over and the latest figure is for a later year, or the year is past."""
    if pd.isna(target["target_year"]):
        return False
    year = int(target["target_year"])
    return last["when_end"].year > year or pd.Timestamp.now().year > year


def _growth_seen(annual: pd.DataFrame, last: pd.Series) -> float:
    """Average yearly growth between the two newest full-year turnovers; else the reported growth."""
    if len(annual) >= 2:
        prev, newest = annual.iloc[-2], annual.iloc[-1]
        years = newest["period_end"].year - prev["period_end"].year
        if years > 0 and prev["value_usd"] > 0:
            return (newest["value_usd"] / prev["value_usd"]) ** (1 / years) - 1
    return float(last["growth_pct"]) / 100 if pd.notna(last["growth_pct"]) else np.nan


def pct(value: float) -> str:
    return "n/a" if pd.isna(value) else f"{value * 100:+.1f}%"


def gauge_caption(row) -> str:
    """The plain-words line under a gauge: target, deadline, growth needed vs seen."""
    deadline = f" by {int(row.target_year)}" if pd.notna(row.target_year) else " (no target year)"
    head = f"Target {money(row.target)}{deadline}, announced {day(row.announced)}"
    if row.status == "no volume":
        return f"{head}. No turnover figure in US dollars reported yet for this pair."
    latest = f"Latest turnover {money(row.turnover)} ({row.turnover_period})"
    if not row.turnover_full_year:
        latest += ", part of a year only"
    if row.status == "reached":
        return f"{head}. {latest}: target reached."
    if row.status == "deadline passed":
        return f"{head}. {latest}: {row.pct * 100:.0f}% of the target; the target year has passed."
    growth = f"needs {pct(row.growth_needed)} a year; seen {pct(row.growth_seen)} a year"
    if pd.isna(row.growth_needed):
        growth = f"growth seen {pct(row.growth_seen)} a year"
    return f"{head}. {latest}; {growth}."


def progress_table(progress: pd.DataFrame) -> pd.DataFrame:
    """The gauges' numbers as a table an analyst can scan and quote."""
    return pd.DataFrame({
        "Pair": [pair_name(p) for p in progress["pair"]],
        "Target": [money(v) for v in progress["target"]],
        "By": [str(int(y)) if pd.notna(y) else "no year" for y in progress["target_year"]],
        "Announced": [day(d) for d in progress["announced"]],
        "Latest turnover": [money(v) + ("" if full or pd.isna(v) else " (part of a year)")
                            for v, full in zip(progress["turnover"], progress["turnover_full_year"])],
        "Period": progress["turnover_period"],
        "Reached": [f"{v * 100:.0f}%" if pd.notna(v) else "n/a" for v in progress["pct"]],
        "Growth needed / yr": [pct(v) for v in progress["growth_needed"]],
        "Growth seen / yr": [pct(v) for v in progress["growth_seen"]],
        "Status": progress["status"],
        "Earlier targets": ["; ".join(s) for s in progress["superseded"]],
    })


def gauges_figure(progress: pd.DataFrame, title: str = "") -> go.Figure:
    """One plotly Indicator per pair: gauge of latest turnover against the latest target."""
    n = max(len(progress), 1)
    cols = min(n, 2)
    rows = -(-n // cols)
    fig = make_subplots(rows=rows, cols=cols, specs=[[{"type": "indicator"}] * cols] * rows,
                        vertical_spacing=0.3 / rows if rows > 1 else 0.0)
    for i, r in enumerate(progress.itertuples()):
        unit, unit_label = value_unit(pd.Series([r.target, r.turnover]))
        name = f"<b>{html.escape(pair_name(r.pair))}</b>"
        where = dict(row=i // cols + 1, col=i % cols + 1)
        if r.status == "no volume":
            fig.add_trace(go.Indicator(
                mode="number", value=r.target / unit,
                number=dict(prefix="$", suffix=(" bn" if unit == 1e9 else " m") + " target", valueformat=".3g"),
                title=dict(text=f"{name}<br><span style='font-size:0.8em'>No turnover in US$ reported yet"
                                f"{' · by ' + str(int(r.target_year)) if pd.notna(r.target_year) else ''}</span>"),
            ), **where)
            continue
        top = max(r.target, r.turnover) * 1.1 / unit
        state = ("✔ Target reached" if r.reached else f"{r.pct * 100:.0f}% of target"
                 + (" · target year passed" if r.status == "deadline passed" else ""))
        growth = "" if r.reached or pd.isna(r.growth_needed) else \
            f"<br>needs {pct(r.growth_needed)}/yr · seen {pct(r.growth_seen)}/yr"
        deadline = f" by {int(r.target_year)}" if pd.notna(r.target_year) else ""
        fig.add_trace(go.Indicator(
            mode="gauge+number", value=r.turnover / unit,
            number=dict(suffix=" bn" if unit == 1e9 else " m", valueformat=".3g", prefix="$"),
            title=dict(text=f"{name}<br><span style='font-size:0.8em'>{state} · target "
                            f"{html.escape(money(r.target))}{deadline}{growth}</span>"),
            gauge=dict(
                axis=dict(range=[0, top]),
                bar=dict(color="#2a9d8f" if r.reached else "#1f3b73"),
                threshold=dict(line=dict(color="#c0392b", width=4), thickness=0.85, value=r.target / unit),
            ),
        ), **where)
    fig.update_layout(
        title=dict(text=html.escape(title)) if title else None, font=FONT, template="plotly_white",
        height=max(300, 300 * rows), margin=dict(t=110 if title else 80, l=40, r=40, b=30),
    )
    return fig


# ---------------------------------------------------------------- tables

def pair_overview(obs: pd.DataFrame) -> pd.DataFrame:
    """Pairs tracked: latest volume figure and latest target per pair, with counts."""
    if obs.empty:
        return pd.DataFrame(columns=["Pair", "Latest figure", "Period", "Latest target",
                                     "Facts", "Articles"])
    pair = obs["pair"].astype("string")
    out = []
    for key, group in obs.groupby(pair):
        volumes = group[group["metric"] != "target"].sort_values(["when_end", "full_year"])
        targets = group[group["metric"] == "target"].sort_values("first_reported")
        latest = volumes.iloc[-1] if len(volumes) else None
        target = targets.iloc[-1] if len(targets) else None
        out.append({
            "Pair": pair_name(key),
            "Latest figure": (f"{series_name(latest['metric'], latest['exporter'], key)}: "
                              f"{stated(latest['value_usd'], latest['value'], latest['currency'])}") if latest is not None else "none yet",
            "Period": period_label(latest["period_start"], latest["period_end"]) if latest is not None else "",
            "Latest target": (stated(target["value_usd"], target["value"], target["currency"])
                              + (f" by {int(target['target_year'])}" if pd.notna(target["target_year"]) else "")
                              ) if target is not None else "none",
            "Facts": int(len(group)),
            "Articles": int(group["n_sources"].sum()),
        })
    return pd.DataFrame(out)


def newest_facts(obs: pd.DataFrame, sources: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The most recently reported facts with who reported them (plain text, for st.dataframe)."""
    newest = obs.sort_values("last_reported", ascending=False, na_position="last").head(n)
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

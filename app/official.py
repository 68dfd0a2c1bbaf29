"""Official statistics beside the claims, for the pages and for briefings: DataFrames in, frames and
figure traces out (no Streamlit here).

`Record` holds the official figures of the pairs the facts name (one per key, see
store.official.compare.figures_by_key) with their credit lines, and every volume claim's check.
`official_series(record, pair)` gives a pair's annual series as each side reports it, and
`comparison_rows(facts, record)` the comparison of any fact table (the columns of
`python -m store compare`).
"""
from __future__ import annotations

import html
from dataclasses import dataclass

import numpy as np
import pandas as pd

from app.labels import country_name, day, money, pair_codes, pair_name, period_label, series_name
from store.official.compare import STATUSES, VOLUME_METRICS, compare, comparison_table, figures_by_key

CONTEXT_YEARS = 5  # official years drawn before the first claim and after the last one
MAX_CHECK_ROWS = 2_000  # rows the Check page shows; its download holds all
MAX_CHECKED_FACTS = 200_000  # distinct facts checked on one page run; a wider filter is asked to narrow
VOLUMES_SQL = "metric IN ('turnover', 'exports', 'imports')"  # the claims official figures check (app.view)
LINE_STYLES = ({"color": "#7b5ea7", "dash": "dot"}, {"color": "#b8860b", "dash": "dash"})  # country A, country B
SERIES_COLUMNS = ["reporter", "partner", "year", "value_usd", "exports", "imports", "source", "estimate", "import_id"]


@dataclass(frozen=True)
class Record:
    """Official figures (one per reporter, partner, flow, year, month) and each volume claim's check."""

    figures: pd.DataFrame
    credits: dict[int, str]  # import id -> the credit line of that file
    checks: pd.DataFrame  # store.official.compare.compare() of the observations, indexed by obs_id

    @property
    def is_empty(self) -> bool:
        return self.figures.empty

    def credit(self, import_ids) -> str:
        """The credit lines of these imports, each once, in import order."""
        return " ".join(self.credits[i] for i in sorted(set(int(i) for i in import_ids)) if i in self.credits)


def prepare_record(figures: pd.DataFrame, imports: pd.DataFrame, obs: pd.DataFrame) -> Record:
    """The record for these observations: `figures` from Store.official(), `imports` from Store.official_imports()."""
    by_key = figures_by_key(figures)
    checks = compare(obs, figures)
    checks.index = obs.loc[checks.index, "obs_id"].to_numpy()
    return Record(by_key, dict(zip(imports["id"].astype(int), imports["attribution"])), checks)


def official_series(record: Record, pair: str, exporter: str | None = None) -> pd.DataFrame:
    """A pair's annual figures as each side reports them (SERIES_COLUMNS, by reporter and year).

    Without `exporter`: total trade, the reporter's exports plus imports (a year missing either is
    left out). With it: goods from `exporter` to the other country, the exporter's exports and the
    importer's imports."""
    a, b = pair_codes(pair)
    f = record.figures
    between = ((f["reporter"] == a) & (f["partner"] == b)) | ((f["reporter"] == b) & (f["partner"] == a))
    annual = f[f["month"].isna() & between]
    if annual.empty:
        return pd.DataFrame(columns=SERIES_COLUMNS)
    annual = annual.assign(reporter=annual["reporter"].astype(str), partner=annual["partner"].astype(str),
                           flow=annual["flow"].astype(str), source=annual["source"].astype(str))
    wide = annual.pivot_table(index=["reporter", "partner", "year"], columns="flow", values="value_usd",
                              aggfunc="first").reindex(columns=["exports", "imports"])
    about = annual.groupby(["reporter", "partner", "year"]).agg(
        source=("source", "first"), estimate=("estimate", "any"), import_id=("import_id", "first"))
    series = wide.join(about).reset_index()
    if exporter is None:
        series["value_usd"] = series["exports"] + series["imports"]
    else:
        series["value_usd"] = np.where(series["reporter"] == exporter, series["exports"], series["imports"])
    return series.dropna(subset=["value_usd"])[SERIES_COLUMNS].sort_values(["reporter", "year"]).reset_index(drop=True)


def line_name(reporter: str, pair: str, exporter: str | None, source: str, several_pairs: bool = False) -> str:
    """'Official total trade, as Kazakhstan reports it (IMF DOTS)'."""
    importer = next((c for c in pair_codes(pair) if c != exporter), None)
    what = "total trade" if exporter is None else f"exports {country_name(exporter)} → {country_name(importer)}"
    name = f"Official {what}, as {country_name(reporter)} reports it ({source})"
    return f"{pair_name(pair)}: {name}" if several_pairs else name


def panel_flow(obs: pd.DataFrame) -> str | None:
    """Which official flow a pair's panel shows: total trade, unless its claims are all one direction
    (then that direction's exporter)."""
    volumes = obs[obs["metric"].astype("string").isin(VOLUME_METRICS).to_numpy(dtype=bool)]
    if volumes.empty or (volumes["metric"].astype("string") == "turnover").any():
        return None
    exporters = volumes["exporter"].astype("string").dropna()
    return exporters.mode().iloc[0] if len(exporters) else None


def drawn_series(record: Record | None, pair: str, exporter: str | None, first: pd.Timestamp,
                 last: pd.Timestamp) -> pd.DataFrame:
    """The official series drawn in a pair's panel: years from CONTEXT_YEARS before its first claim to
    CONTEXT_YEARS after its last."""
    if record is None or record.is_empty or pd.isna(first):
        return pd.DataFrame(columns=SERIES_COLUMNS)
    series = official_series(record, pair, exporter)
    return series[series["year"].between(first.year - CONTEXT_YEARS, last.year + CONTEXT_YEARS)]


def mid_years(series: pd.DataFrame) -> np.ndarray:
    """Where a year's official figure is drawn: 2 July of that year."""
    return pd.to_datetime(series["year"].astype(int).astype(str) + "-07-02").to_numpy("datetime64[ns]")


def line_traces(series: pd.DataFrame, pair: str, exporter: str | None, unit: float, where: dict,
                several_pairs: bool) -> list[dict]:
    """Two thin lines, one per reporting country, at mid-year; hover names source, year and flows."""
    traces = []
    for side, reporter in enumerate(pair_codes(pair)):
        rows = series[series["reporter"] == reporter]
        if rows.empty:
            continue
        name = html.escape(line_name(reporter, pair, exporter, rows["source"].iloc[0], several_pairs))
        hover = [f"<b>{name}</b><br>{year}: {money(v)} (exports {money(x)}, imports {money(m)})"
                 + (" · IMF estimate" if e else "")
                 for year, v, x, m, e in zip(rows["year"], rows["value_usd"], rows["exports"], rows["imports"],
                                             rows["estimate"])]
        traces.append(dict(
            type="scatter", mode="lines+markers", name=name, legendgroup=f"{pair}|official|{reporter}",
            x=mid_years(rows),
            y=rows["value_usd"].to_numpy("float64") / unit, line=dict(width=1.2, **LINE_STYLES[side]),
            marker=dict(size=4, color=LINE_STYLES[side]["color"]), opacity=0.9,
            hovertext=np.array(hover, dtype=str), hovertemplate="%{hovertext}<extra></extra>", **where))
    return traces


def comparison_rows(facts: pd.DataFrame, record: Record) -> pd.DataFrame:
    """The comparison of a fact table (one row per volume fact, the columns of `python -m store compare`)."""
    return comparison_table(facts, record.figures)


def checks_of(obs: pd.DataFrame, record: Record) -> pd.DataFrame:
    """The volume claims among these observations with their checks, largest discrepancy first: the
    smaller of the two differences, since agreeing with either side counts as agreeing."""
    checks = record.checks.loc[record.checks.index.intersection(obs["obs_id"])]
    rows = obs.set_index("obs_id").loc[checks.index].join(checks[[c for c in checks.columns if c not in obs.columns]])
    rows["discrepancy"] = rows[["diff_a_pct", "diff_b_pct"]].abs().min(axis=1)
    rows["status_rank"] = rows["status"].cat.codes
    return rows.sort_values(["discrepancy", "status_rank"], ascending=[False, True], na_position="last")


def status_counts(obs: pd.DataFrame, record: Record) -> dict[str, int]:
    """How many of these claims agree, differ, cover part of a year or have no official data."""
    statuses = record.checks.loc[record.checks.index.intersection(obs["obs_id"]), "status"]
    counts = statuses.value_counts()
    return {status: int(counts.get(status, 0)) for status in STATUSES}


def _figure(value: float, country: str, source, estimate: bool) -> str:
    if pd.isna(value):
        return "none"
    return f"{money(value)} ({country_name(country)}, {source}{', IMF estimate' if estimate else ''})"


def _pct(value: float) -> str:
    return "" if pd.isna(value) else f"{value:+.1f}%"


def check_table(rows: pd.DataFrame, tables) -> pd.DataFrame:
    """The Check page's table (plain text): the claim, both sides' figures and differences, the sources
    and the newest report's sentence."""
    from app.model import sources_of

    rows = rows.head(MAX_CHECK_ROWS)
    reports = sources_of(tables, rows.index)
    labels = (reports["outlet"].astype("string").fillna("unknown outlet") + " ("
              + reports["source"].astype("string") + ")")
    cited = reports.assign(label=labels).groupby("obs_id", sort=False).agg(
        sources=("label", "; ".join), sentence=("evidence", "first"))
    pairs = rows["pair"].astype("string")
    return pd.DataFrame({
        "Status": rows["status"].astype("string").to_numpy(),
        "Pair": [pair_name(p) for p in pairs],
        "Claim": [series_name(m, None if pd.isna(e) else e, p)
                  for m, e, p in zip(rows["metric"].astype("string"), rows["exporter"].astype("string"), pairs)],
        "Period": [period_label(s, e) for s, e in zip(rows["period_start"], rows["period_end"])],
        "Claimed": [money(v) for v in rows["claimed_usd"]],
        "Official, country A": [_figure(v, a, s, e) for v, a, s, e in zip(
            rows["official_a_usd"], rows["country_a"].astype("string"), rows["source_a"], rows["estimate_a"])],
        "Diff A": [_pct(v) for v in rows["diff_a_pct"]],
        "Official, country B (mirror)": [_figure(v, b, s, e) for v, b, s, e in zip(
            rows["official_b_usd"], rows["country_b"].astype("string"), rows["source_b"], rows["estimate_b"])],
        "Diff B": [_pct(v) for v in rows["diff_b_pct"]],
        "Reported": [day(d) for d in rows["last_reported"]],
        "Sources": cited["sources"].reindex(rows.index).fillna("").to_numpy(),
        "Quoted sentence": cited["sentence"].reindex(rows.index).fillna("").to_numpy(),
    })


__all__ = ["Record", "check_table", "checks_of", "comparison_rows", "drawn_series", "line_traces",
           "official_series", "panel_flow", "prepare_record", "status_counts"]

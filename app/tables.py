"""Fact tables for reading and for download (CSV, Excel), and article text with evidence marked."""
from __future__ import annotations

import html
import io

import pandas as pd

from app.labels import day, money, pair_name, period_label
from store.cells import inert_cells
from parsers.schema import FACT_COLUMNS

# Beside the parsers' columns: the review (who, when, what the article said before a correction) and
# the rate a figure in another currency was converted at (app.currency).
REVIEW_COLUMNS = ["fact_key", "review_status", "review_note", "reviewed_at", "reviewer", "stated_value",
                  "stated_currency", "usd_rate"]


def download_frame(reports: pd.DataFrame) -> pd.DataFrame:
    """The filtered facts in the parsers' columns (plus review columns when the store has them)."""
    columns = FACT_COLUMNS + [c for c in REVIEW_COLUMNS if c in reports.columns]
    out = reports[columns].copy()
    for name in out.columns:
        if isinstance(out[name].dtype, pd.CategoricalDtype):
            out[name] = out[name].astype("string")
    return out.sort_values(["article_date", "source"], na_position="last").reset_index(drop=True)


def readable(reports: pd.DataFrame) -> pd.DataFrame:
    """One row per reported fact with labels an analyst reads (st.dataframe shows it as plain text;
    a missing value is an empty cell, never 'None'). 'Stated' is what the article says; 'Reviewed'
    is the value a correction set, when one did."""
    stated_value = reports["stated_value"] if "stated_value" in reports.columns else reports["value"]
    stated_currency = reports["stated_currency"] if "stated_currency" in reports.columns else reports["currency"]
    corrected = (reports["value"].astype("float64") != stated_value.astype("float64")).to_numpy(bool)
    frame = pd.DataFrame({
        "Article date": [day(d) for d in reports["article_date"]],
        "Pair": [pair_name(p) for p in reports["pair"].astype("string")],
        "Metric": reports["metric"].astype("string"),
        "Exporter": reports["exporter"].astype("string"),
        "Value (USD)": [money(v) for v in reports["value_usd"]],
        "Stated": [f"{v:,.0f} {c}" for v, c in zip(stated_value, stated_currency.astype("string"))],
        "Reviewed": [f"{v:,.0f} {c}" if fix else "" for v, c, fix in
                     zip(reports["value"], reports["currency"].astype("string"), corrected)],
        "Qualifier": reports["qualifier"].astype("string"),
        "Period": [(f"by {int(t)}" if pd.notna(t) else "no target year") if m == "target" else period_label(s, e)
                   for m, t, s, e in zip(reports["metric"], reports["target_year"],
                                         reports["period_start"], reports["period_end"])],
        "Growth %": ["" if pd.isna(g) else f"{g:+g}%" for g in reports["growth_pct"]],
        "Outlet": reports["outlet"].astype("string"),
        "Source": reports["source"].astype("string"),
        "Evidence": reports["evidence"],
        "Confidence": ["" if pd.isna(c) else f"{c:.2f}" for c in
                       (reports["confidence"] if "confidence" in reports.columns else [None] * len(reports))],
        **({"Review": reports["review_status"]} if "review_status" in reports.columns else {}),
        **({"Reviewer": reports["reviewer"]} if "reviewer" in reports.columns else {}),
    })
    return blank_missing(frame)


def blank_missing(frame: pd.DataFrame) -> pd.DataFrame:
    """Text columns with '' for a missing value: st.dataframe would print 'None'."""
    out = frame.copy()
    for name in out.columns:
        if not pd.api.types.is_numeric_dtype(out[name]):
            out[name] = out[name].astype(object).where(out[name].notna(), "").astype("string")
    return out


def to_csv(frame: pd.DataFrame) -> bytes:
    """CSV where article text can never become a formula (a leading = + - @ is quoted)."""
    return inert_cells(frame).to_csv(index=False, date_format="%Y-%m-%d").encode("utf-8")


def to_excel(frame: pd.DataFrame) -> bytes:
    """An .xlsx where article text can never become a formula (a leading = + - @ is quoted).

    Excel holds no time zones: times with one (when a review was made, UTC) are written as UTC."""
    safe = inert_cells(frame)
    for name in safe.select_dtypes("datetimetz").columns:
        safe[name] = safe[name].dt.tz_convert("UTC").dt.tz_localize(None)
    for name in safe.select_dtypes("datetime").columns:
        if (safe[name].dropna() == safe[name].dropna().dt.normalize()).all():
            safe[name] = safe[name].dt.date  # dates without a time of day
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        safe.to_excel(writer, index=False, sheet_name="facts")
    return buffer.getvalue()


def evidence_spans(text: str, facts: pd.DataFrame) -> list[tuple[int, int]]:
    """Where each fact's evidence sits in the text: its offsets if they match, else its first match."""
    spans = []
    for start, end, evidence in zip(facts["evidence_start"], facts["evidence_end"], facts["evidence"]):
        if pd.isna(evidence) or not evidence:
            continue
        if pd.notna(start) and pd.notna(end) and text[int(start):int(end)] == evidence:
            spans.append((int(start), int(end)))
        elif (found := text.find(evidence)) >= 0:
            spans.append((found, found + len(evidence)))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlighted_html(text: str, spans: list[tuple[int, int]]) -> str:
    """Article text as inert HTML: every piece escaped first, then evidence wrapped in <mark>."""
    parts, pos = [], 0
    for start, end in spans:
        parts.append(html.escape(text[pos:start]))
        parts.append(f"<mark>{html.escape(text[start:end])}</mark>")
        pos = end
    parts.append(html.escape(text[pos:]))
    return ("<div style='white-space:pre-wrap;font-family:serif;line-height:1.5;max-height:32rem;"
            "overflow-y:auto;border:1px solid #ddd;padding:0.8rem;border-radius:0.4rem'>"
            + "".join(parts) + "</div>")

"""Check: every claim beside the official statistics, as each country of the pair reports them."""
import streamlit as st

from app import data, official, page, tables as tbl
from app.downloads import download_button

tables, state = page.start(
    "Check",
    "Each turnover, export and import claim beside the official figures for the same flow and period: "
    "country A's own statistics and country B's (the mirror). A claim agrees when it is within 5% of "
    "either side. Largest discrepancy first.",
)
kept = page.facts_or_stop(tables, state)
if kept > official.MAX_CHECKED_FACTS:
    st.info(f"{kept:,} facts match the filter: narrow it (a focus country, pairs or a period) to at most "
            f"{official.MAX_CHECKED_FACTS:,} to check them against the official figures.")
    st.stop()
obs = tables.observations(state, where=official.VOLUMES_SQL)  # the claims official figures check
try:
    record = data.load_record(obs)
except data.DataUnavailable as exc:
    st.error(page.md_escape(exc))
    st.stop()
if not record.credits:  # no file imported (the filter's countries may just have no figures)
    st.info("No official statistics in the store yet. Import a UN Comtrade or IMF download with "
            "`python -m store official FILE.csv` (see the README).")
    st.stop()
rows = official.checks_of(obs, record)
if rows.empty:
    st.info(f"No turnover, export or import claims match the filter ({state.describe()}).")
    st.stop()
counts = official.status_counts(obs, record)
cols = st.columns(4)
for col, (status, label) in zip(cols, [("agrees", "Agree"), ("differs", "Differ"),
                                       ("partial period", "Part of a year only"),
                                       ("no official data", "No official data")]):
    col.metric(label, counts[status])
if len(rows) > official.MAX_CHECK_ROWS:
    st.caption(f"The {official.MAX_CHECK_ROWS:,} largest discrepancies of {len(rows):,} claims; the download "
               "holds all.")
table = official.check_table(rows, tables)
st.dataframe(table, hide_index=True, width="stretch", height=min(560, 40 + 35 * len(table)))
credit = record.credit(record.figures["import_id"])
st.caption(page.md_escape(f"Official figures: {credit}") + " Exports are valued f.o.b., imports c.i.f.: the two "
           "sides' figures differ by freight and insurance, re-exports through third countries, and timing.")
download_button(st, "Comparison CSV",
                lambda: tbl.to_csv(official.comparison_rows(tables.reports(state, where=official.VOLUMES_SQL), record)),
                file_name="comparison.csv", mime="text/csv", key="comparison", what="comparison CSV",
                icon=":material/download:")

"""Data: the fact table as filtered, for download as CSV or Excel."""
import streamlit as st

from app import page, tables as tbl

tables, state = page.start(
    "Data",
    "Every reported fact that matches the filter, one row per article that states it. Downloads "
    "hold the parsers' columns (with review decisions applied).",
)
page.observations_or_stop(tables, state)
reports = page.reports(tables, state)
st.caption(f"{len(reports):,} reports of {reports['obs_id'].nunique():,} distinct facts "
           f"from {reports['source'].nunique():,} articles.")
st.dataframe(tbl.readable(reports), hide_index=True, width="stretch", height=560)
frame = tbl.download_frame(reports)
left, right, _ = st.columns([1, 1, 4])
left.download_button("CSV", tbl.to_csv(frame), file_name="trade-facts.csv", mime="text/csv",
                     on_click="ignore", icon=":material/download:")
right.download_button("Excel", lambda: tbl.to_excel(frame), file_name="trade-facts.xlsx",
                      mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                      on_click="ignore", icon=":material/download:")

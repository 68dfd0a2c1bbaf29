"""Data: the fact table as filtered, for download as CSV or Excel."""
import streamlit as st

from app import page, tables as tbl
from app.downloads import download_button
from app.labels import plural

tables, state = page.start(
    "Data",
    "Every reported fact that matches the filter, one row per article that states it. Downloads "
    "hold the parsers' columns with review decisions applied, the value the article stated beside "
    "a reviewed one, who reviewed, and the rate of any currency conversion.",
)
page.observations_or_stop(tables, state)
reports = page.reports(tables, state)
st.caption(f"{plural(len(reports), 'report')} of {plural(reports['obs_id'].nunique(), 'distinct fact')} "
           f"from {plural(reports['source'].nunique(), 'article')}.")
st.dataframe(tbl.readable(reports), hide_index=True, width="stretch", height=560)
frame = tbl.download_frame(reports)
left, right, _ = st.columns([1, 1, 4])
left.download_button("CSV", tbl.to_csv(frame), file_name="trade-facts.csv", mime="text/csv",
                     on_click="ignore", icon=":material/download:")
download_button(right, "Excel", lambda: tbl.to_excel(frame), file_name="trade-facts.xlsx",
                mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", key="excel",
                what="Excel", icon=":material/download:")

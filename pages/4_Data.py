"""Data: the fact table as filtered, for download as CSV or Excel."""
import streamlit as st

from app import page, tables as tbl
from app.downloads import download_button
from app.labels import plural

SHOWN_ROWS = 5_000  # rows in the table on the page
DOWNLOAD_ROWS = 200_000  # rows in a download; `python -m store export` writes them all

tables, state = page.start(
    "Data",
    "Every reported fact that matches the filter, one row per article that states it. Downloads "
    "hold the parsers' columns with review decisions applied, the value the article stated beside "
    "a reviewed one, who reviewed, and the rate of any currency conversion.",
)
page.facts_or_stop(tables, state)
totals = tables.count("facts", state, "count(*) AS reports, count(DISTINCT obs_id) AS facts, "
                      "count(DISTINCT source) AS articles").fillna(0).astype("int64")
st.caption(f"{plural(totals['reports'], 'report')} of {plural(totals['facts'], 'distinct fact')} "
           f"from {plural(totals['articles'], 'article')}.")
if totals["reports"] > SHOWN_ROWS:
    st.caption(f"The table shows the first {SHOWN_ROWS:,} and the downloads hold "
               f"{'all' if totals['reports'] <= DOWNLOAD_ROWS else f'the first {DOWNLOAD_ROWS:,}'}; narrow "
               "the filter, or write every fact with `python -m store export`.")
st.dataframe(tbl.readable(tables.reports(state, limit=SHOWN_ROWS)), hide_index=True, width="stretch", height=560)


def download_frame():
    return tbl.download_frame(tables.reports(state, limit=DOWNLOAD_ROWS))


left, right, _ = st.columns([1, 1, 4])
download_button(left, "CSV", lambda: tbl.to_csv(download_frame()), file_name="trade-facts.csv", mime="text/csv",
                key="csv", what="CSV", icon=":material/download:")
download_button(right, "Excel", lambda: tbl.to_excel(download_frame()), file_name="trade-facts.xlsx",
                mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", key="excel",
                what="Excel", icon=":material/download:")

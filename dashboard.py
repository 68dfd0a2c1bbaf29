"""Overview: what the Trade Relations Monitor tracks, and the newest facts with their sources.

Run with `streamlit run dashboard.py`; the other pages live in pages/.
"""
import streamlit as st

from app import data, export_ui, figures, official, page
from app.labels import day

tables, state = page.start(
    page.APP_TITLE,
    "Bilateral trade figures and targets read from news articles: turnover, exports and imports per "
    "country pair, each with the article and sentence it comes from. Filter in the sidebar; the "
    "Timeline, Targets, Sources, Data, Review and Check pages use the same filter.",
)
obs = page.observations_or_stop(tables, state)
reports = page.reports(tables, state)
cols = st.columns(6)
cols[0].metric("Country pairs", obs["pair"].nunique())
cols[1].metric("Articles", reports["source"].nunique() if not state.is_empty else len(tables.articles),
               help="Articles with facts matching the filter (all stored articles when no filter is set).")
cols[2].metric("Distinct facts", len(obs),
               help="A figure several articles report counts once. The Review page counts reports "
                    "(one per article stating a fact), so its number can be higher.")
cols[3].metric("Disputed figures", figures.conflict_count(obs),
               help="Figures for one pair, flow and period on which sources give different values "
                    "(more than 1% apart); the Timeline rings them.")
cols[4].metric("Oldest article", day(reports["article_date"].min()))
cols[5].metric("Newest article", day(reports["article_date"].max()))
try:
    counts = official.status_counts(obs, data.load_record())
except data.DataUnavailable as exc:
    st.warning(page.md_escape(exc))
else:
    cols = st.columns(3)
    cols[0].metric("Claims agreeing with official data", counts["agrees"],
                   help="Turnover, export and import claims within 5% of either country's official figure "
                        "(the Check page lists them).")
    cols[1].metric("Claims differing", counts["differs"], help="More than 5% from both countries' figures.")
    cols[2].metric("Claims without official data", counts["no official data"] + counts["partial period"],
                   help=f"No official figure for the flow and period; {counts['partial period']} of them cover "
                        "part of a year where only annual figures exist.")
export_ui.briefing_button(tables, state)
st.subheader("Pairs tracked")
st.dataframe(figures.pair_overview(obs), hide_index=True, width="stretch")
if figures.conflict_count(obs):
    st.subheader("Figures sources disagree on")
    st.dataframe(figures.conflicts_table(obs, tables), hide_index=True, width="stretch")
st.subheader("Newest facts")
st.dataframe(figures.newest_facts(obs, tables), hide_index=True, width="stretch")

"""Overview: what the Trade Relations Monitor tracks, and the newest facts with their sources.

Run with `streamlit run dashboard.py`; the other pages live in pages/.
"""
import streamlit as st

from app import data, export_ui, figures, official, page
from app.filters import keeps_pairs_whole
from app.labels import day, plural

MAX_DISPUTED_ROWS = 200  # disputed figures listed; the count above says how many there are

tables, state = page.start(
    page.APP_TITLE,
    "Bilateral trade figures and targets read from news articles: turnover, exports and imports per "
    "country pair, each with the article and sentence it comes from. Filter in the sidebar; the "
    "Timeline, Targets, Sources, Data, Review and Check pages use the same filter.",
)
kept = page.facts_or_stop(tables, state)

summary = tables.summary(state)
cols = st.columns(6)
cols[0].metric("Country pairs", summary["pairs"])
cols[1].metric("Articles", summary["articles"],
               help="Articles with facts matching the filter (all stored articles when no filter is set).")
cols[2].metric("Distinct facts", kept,
               help="A figure several articles report counts once. The Review page counts reports "
                    "(one per article stating a fact), so its number can be higher.")
cols[3].metric("Disputed figures", summary["disputed"],
               help="Figures for one pair, flow and period on which sources give different values "
                    "(more than 1% apart); the Timeline rings them.")
cols[4].metric("Oldest article", day(summary["oldest"]))
cols[5].metric("Newest article", day(summary["newest"]))
if kept > official.MAX_CHECKED_FACTS:
    st.caption(f"Claims against official data: {kept:,} facts match the filter; narrow it to at most "
               f"{official.MAX_CHECKED_FACTS:,} to count them here (the Check page lists them).")
else:
    try:
        volumes = tables.observations(state, where=official.VOLUMES_SQL)
        counts = official.status_counts(volumes, data.load_record(volumes))
    except data.DataUnavailable as exc:
        st.warning(page.md_escape(exc))
    else:
        cols = st.columns(3)
        cols[0].metric("Claims agreeing with official data", counts["agrees"],
                       help="Turnover, export and import claims within 5% of either country's official figure "
                            "(the Check page lists them).")
        cols[1].metric("Claims differing", counts["differs"], help="More than 5% from both countries' figures.")
        cols[2].metric("Claims without official data", counts["no official data"] + counts["partial period"],
                       help=f"No official figure for the flow and period; {counts['partial period']} of them "
                            "cover part of a year where only annual figures exist.")
export_ui.briefing_button(tables, state)
st.subheader("Pairs tracked")
if keeps_pairs_whole(state):  # computed per pair when the copy was made
    overview = tables.overview[tables.overview["pair"].isin(tables.matching_pairs(state))]
    overview = overview.drop(columns=["pair", "bucket"]).reset_index(drop=True)
else:
    overview = figures.pair_overview(tables.observations(state))
st.dataframe(overview, hide_index=True, width="stretch")
if summary["disputed"]:
    st.subheader("Figures sources disagree on")
    disputed = tables.observations(state, where="conflict", limit=MAX_DISPUTED_ROWS)
    if len(disputed) == MAX_DISPUTED_ROWS:
        st.caption(f"The first {plural(MAX_DISPUTED_ROWS, 'figure')} of the newest reports; narrow the filter "
                   "to see the others.")
    st.dataframe(figures.conflicts_table(disputed, tables), hide_index=True, width="stretch")
st.subheader("Newest facts")
st.dataframe(figures.newest_facts(tables.observations(state, limit=10), tables), hide_index=True, width="stretch")

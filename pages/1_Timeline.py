"""Timeline: values per pair over the periods they cover, targets as dashed lines."""
import streamlit as st

from app import export_ui, figures, page

tables, state = page.start(
    "Timeline",
    "Each figure is drawn over the period it covers: a bar across a full year, a shorter bar (◇, "
    "labelled) for part of a year. Lines join full-year figures only. Dashed lines are targets. "
    "Hover a point for the value, period, sources and the sentence it comes from.",
)
obs = page.observations_or_stop(tables, state)
timeline = figures.timeline_figure(obs, tables)
if timeline.pairs_total > len(timeline.pairs_shown):
    st.info(f"Showing the {len(timeline.pairs_shown)} pairs with most facts of "
            f"{timeline.pairs_total}; pick pairs in the sidebar to see others.")
if timeline.points_hidden:
    st.caption(f"{timeline.points_hidden:,} more figure(s) reported for periods that already show "
               f"{figures.MAX_PER_PERIOD} different ones are left out of the chart (the most reported are "
               "drawn); the Data page lists them all.")
unplotted = int(obs["value_usd"].isna().sum())
if unplotted:
    st.caption(f"{unplotted} fact(s) stated in another currency without a US dollar value are not "
               "plotted; the Data page lists them.")
st.plotly_chart(timeline.figure, width="stretch", key="timeline", theme=None)
export_ui.downloads(timeline.figure, "timeline", obs[obs["pair"].isin(timeline.pairs_shown)], tables)

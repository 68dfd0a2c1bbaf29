"""Timeline: values per pair over the periods they cover, targets as dashed lines, official series behind."""
import streamlit as st

from app import data, export_ui, figures, page, tables as tbl
from app.export import export_title
from app.labels import plural

tables, state = page.start(
    "Timeline",
    "Each figure is drawn over the period it covers: a bar across a full year, a shorter bar (◇, "
    "labelled) for part of a year. Lines join full-year figures only. Dashed lines are targets; ringed "
    "points are figures sources disagree on. Hover a point for the value, period, sources and sentence. "
    "Thin dotted (country A) and dashed (country B) lines are the official statistics of the pair as each "
    "country reports them (see the Check page).",
)
obs = page.observations_or_stop(tables, state)
try:
    record = data.load_record()
except data.DataUnavailable as exc:
    record = None
    st.warning(page.md_escape(exc))
dated = obs[figures.drawable(obs)]
title = export_title("timeline", dated if len(dated) else obs, named=False)  # the panels name the pairs
timeline = figures.timeline_figure(obs, tables, title=title, window=(state.start, state.end), record=record)
if timeline.pairs_total > len(timeline.pairs_shown):
    st.info(f"Showing the {len(timeline.pairs_shown)} pairs with most facts of "
            f"{timeline.pairs_total}; pick pairs in the sidebar to see others.")
if timeline.points_hidden:
    st.caption(f"{plural(timeline.points_hidden, 'more figure')} reported for periods that already show "
               f"{figures.MAX_PER_PERIOD} different ones are left out of the chart (the most reported are "
               "drawn); the Data page lists them all.")
unplotted = obs[obs["value_usd"].isna()]
if len(unplotted):
    st.caption(f"{plural(len(unplotted), 'fact')} stated in a currency without an ECB reference rate for "
               "its period are not plotted: " + ", ".join(sorted(unplotted["currency"].astype("string").unique()))
               + ". The Data page lists them.")
chart, drawn_data = st.columns([3, 2])
with chart:
    st.plotly_chart(timeline.figure, width="stretch", key="timeline", theme=None)
    st.caption("The chart in words: " + figures.timeline_summary(obs, timeline.pairs_shown))
    if timeline.official_credit:
        st.caption(page.md_escape(f"Official figures: {timeline.official_credit}"))  # the credit comes from a file
with drawn_data:
    st.markdown("**Data** (the figures drawn)")
    drawn = dated[dated["pair"].isin(timeline.pairs_shown)]
    st.dataframe(figures.timeline_data(drawn), hide_index=True, width="stretch", height=420, key="timeline_data")
if timeline.undated:
    st.subheader("Facts without a date")
    st.caption("Neither a period nor the article's date is known for these, so they have no place on the "
               "time axis. Add the date on the Sources page (paste) or correct the period on the Review page.")
    undated = page.reports(tables, state)
    st.dataframe(tbl.readable(undated[~figures.drawable(undated)]), hide_index=True, width="stretch")
export_ui.downloads(timeline.figure, "timeline", obs[obs["pair"].isin(timeline.pairs_shown)], tables,
                    credit=timeline.official_credit)
export_ui.briefing_button(tables, state)

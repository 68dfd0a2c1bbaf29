"""Timeline: values per pair over the periods they cover, targets as dashed lines, official series behind."""
import streamlit as st

from app import data, export_ui, figures, page, tables as tbl
from app.export import export_title
from app.labels import plural

MAX_UNDATED_ROWS = 1000  # facts without a date listed below the chart

tables, state = page.start(
    "Timeline",
    "Each figure is drawn over the period it covers: a bar across a full year, a shorter bar (◇, "
    "labelled) for part of a year. Lines join full-year figures only. Dashed lines are targets; ringed "
    "points are figures sources disagree on. Hover a point for the value, period, sources and sentence. "
    "Thin dotted (country A) and dashed (country B) lines are the official statistics of the pair as each "
    "country reports them (see the Check page).",
)
page.facts_or_stop(tables, state)
# the pairs with most dated figures, and of those only the figures the chart draws
obs, pairs_total, hidden = tables.timeline_rows(state, figures.MAX_PAIRS, figures.MAX_PER_PERIOD)
try:
    record = data.load_record(obs)  # the official figures of the pairs drawn
except data.DataUnavailable as exc:
    record = None
    st.warning(page.md_escape(exc))
dated = obs[figures.drawable(obs)]
title = export_title("timeline", dated if len(dated) else obs, named=False)  # the panels name the pairs
timeline = figures.timeline_figure(obs, tables, title=title, window=(state.start, state.end), record=record)
if pairs_total > len(timeline.pairs_shown):
    st.info(f"Showing the {len(timeline.pairs_shown)} pairs with most facts of "
            f"{pairs_total}; pick pairs in the sidebar to see others.")
if hidden:
    st.caption(f"{plural(hidden, 'more figure')} reported for periods that already show "
               f"{figures.MAX_PER_PERIOD} different ones are left out of the chart (the most reported are "
               "drawn); the Data page lists them all.")
unplotted = tables.count("obs", state, "count(*) AS n, list(DISTINCT currency ORDER BY currency) AS currencies",
                         where="value_usd IS NULL")
if unplotted["n"] > 0:
    st.caption(f"{plural(int(unplotted['n']), 'fact')} stated in a currency without an ECB reference rate for "
               "its period are not plotted: " + ", ".join(c for c in unplotted["currencies"] if c)
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
undated = tables.reports(state, where="when_start IS NULL", limit=MAX_UNDATED_ROWS)
if len(undated):
    st.subheader("Facts without a date")
    st.caption("Neither a period nor the article's date is known for these, so they have no place on the "
               "time axis. Add the date on the Sources page (paste) or correct the period on the Review page.")
    st.dataframe(tbl.readable(undated), hide_index=True, width="stretch")
export_ui.downloads(timeline.figure, "timeline", obs[obs["pair"].isin(timeline.pairs_shown)], tables,
                    credit=timeline.official_credit)
export_ui.briefing_button(tables, state)

"""Targets: progress of the latest turnover towards the latest announced target, per pair."""
import streamlit as st

from app import export_ui, figures, page, targets
from app.export import export_title
from app.labels import pair_name

GAUGE_COLUMNS = 2  # side by side on a laptop; Streamlit stacks columns on a phone

tables, state = page.start(
    "Targets",
    "Latest turnover against the latest target each pair announced. The red mark is the target; "
    "growth needed is the yearly rate that reaches it by the target year.",
)
page.facts_or_stop(tables, state)
progress = tables.progress_for(state)
if progress.empty:
    st.info(f"No targets among the facts that match the filter ({state.describe()}).")
    st.stop()
if len(progress) > figures.MAX_GAUGES:
    st.info(f"Gauges for the first {figures.MAX_GAUGES} of {len(progress)} pairs with targets; the "
            "table below lists all. Narrow the filter in the sidebar to see others as gauges.")
shown = progress.head(figures.MAX_GAUGES)
for first in range(0, len(shown), GAUGE_COLUMNS):
    for col, (_, row) in zip(st.columns(GAUGE_COLUMNS), shown.iloc[first:first + GAUGE_COLUMNS].iterrows()):
        with col:
            st.plotly_chart(figures.gauges_figure(shown.loc[[row.name]]), width="stretch", theme=None,
                            key=f"gauge-{row['pair']}")
            st.caption(targets.gauge_caption(row))  # the gauge in words (also its text alternative)
st.dataframe(targets.progress_table(progress), hide_index=True, width="stretch")
with st.expander("In words, for a briefing"):
    for row in progress.itertuples():
        st.text(f"{pair_name(row.pair)}: {targets.gauge_caption(row)}")
obs = tables.observations(state, pairs=shown["pair"])
fig = figures.gauges_figure(shown, title=export_title("targets", obs))
export_ui.downloads(fig, "targets", obs, tables)

"""Targets: progress of the latest turnover towards the latest announced target, per pair."""
import streamlit as st

from app import export_ui, figures, page
from app.labels import pair_name
from app.model import sources_of

tables, state = page.start(
    "Targets",
    "Latest turnover against the latest target each pair announced. The red mark is the target; "
    "growth needed is the yearly rate that reaches it by the target year.",
)
if not page.no_data_message(tables, state):
    obs, _ = page.filtered(tables, state)
    progress = figures.target_progress(obs)
    if progress.empty:
        st.info(f"No targets among the facts that match the filter ({state.describe()}).")
    else:
        fig = figures.gauges_figure(progress)
        st.plotly_chart(fig, width="stretch", key="gauges", theme=None)
        st.dataframe(figures.progress_table(progress), hide_index=True, width="stretch")
        with st.expander("In words, for a briefing"):
            for row in progress.itertuples():
                st.text(f"{pair_name(row.pair)}: {figures.gauge_caption(row)}")
        target_obs = obs[obs["pair"].isin(progress["pair"])]
        export_ui.downloads(fig, "targets", target_obs, sources_of(tables, target_obs["obs_id"]), state)

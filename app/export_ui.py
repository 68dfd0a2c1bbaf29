"""Download buttons that turn a page's figure into a stand-alone briefing chart."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from app import export
from app.downloads import download_button
from app.export import export_title
from app.model import Tables, sources_of

def _file_stem(kind: str, obs: pd.DataFrame) -> str:
    pairs = sorted(obs["pair"].astype("string").unique())
    return f"{kind}-{'_'.join(pairs[:3]) if len(pairs) <= 3 else 'several-pairs'}"


def slide(fig: go.Figure, kind: str, obs: pd.DataFrame, tables: Tables, credit: str = "") -> go.Figure:
    """The page's figure as a stand-alone slide: title naming pairs and years, sources, data date, and
    the credit line of official statistics drawn in it."""
    sources = sources_of(tables, obs["obs_id"])
    return export.briefing_figure(fig, export_title(kind, obs), export.footnote(sources, sources["article_date"].max()),
                                  credit=credit)


def downloads(fig: go.Figure, kind: str, obs: pd.DataFrame, tables: Tables, credit: str = "") -> None:
    """PNG / SVG / PDF buttons; the slide is built and rendered only when one is clicked."""
    if (reason := export.unavailable_reason()) is not None:
        st.warning(reason)
        return
    stem = _file_stem(kind, obs)
    st.caption(f"Download for a slide ({export.SLIDE_WIDTH}×{export.SLIDE_HEIGHT} px, with title and sources):")
    cols = st.columns(len(export.FORMATS) + 3)
    for col, (fmt, mime) in zip(cols, export.FORMATS.items()):
        download_button(col, fmt.upper(), lambda fmt=fmt: export.render(slide(fig, kind, obs, tables, credit), fmt),
                        file_name=f"{stem}.{fmt}", mime=mime, key=f"export-{kind}-{fmt}",
                        what=f"{fmt.upper()} chart", icon=":material/download:")


MAX_BRIEFING_REPORTS = 5_000  # a pack numbers every report: beyond this it is a book, not a briefing


def briefing_button(view, state) -> None:
    """One click: the briefing pack (PDF) for the current filter (app.briefing), built from the
    facts the filter keeps (View.tables_for) when clicked."""
    from app import briefing

    if (reason := export.unavailable_reason()) is not None:
        st.caption(f"Briefing pack: {reason}")
        return
    reports = int(view.count("facts", state).fillna(0)["n"])
    if reports > MAX_BRIEFING_REPORTS:
        st.caption(f"Briefing pack: {reports:,} reports match the filter; narrow it to at most "
                   f"{MAX_BRIEFING_REPORTS:,} (a pack cites every one).")
        return
    download_button(st, "Briefing pack (PDF)", lambda: briefing.briefing_pdf(view.tables_for(state), state),
                    file_name=briefing.file_name(state), mime="application/pdf", key="briefing-pack",
                    what="briefing pack", icon=":material/picture_as_pdf:",
                    help="Cover, timeline, target gauges and a numbered table of every fact with its "
                         "outlet, date and quoted sentence, for the current filter.")

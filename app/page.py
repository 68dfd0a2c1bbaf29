"""What every page does first: page config, data loading with a clear error, and the shared filter
in the sidebar kept in session state and in the URL."""
from __future__ import annotations

import html
import re
from pathlib import Path

import streamlit as st
from streamlit.errors import StreamlitPageNotFoundError

from app import data
from app.filters import (
    EARLIEST,
    LATEST,
    PARAM_KEYS,
    STATE_KEY,
    FilterState,
    keeps_pairs_whole,
    parse_query_params,
    restrict_to,
    to_query_params,
)
from app.labels import country_name, pair_name
from app.view import View
from parsers.schema import METRICS

APP_TITLE = "Trade Relations Monitor"
WRITTEN_KEY = "trade_filter_params"  # the query we wrote last, to tell a pasted link from our own
WIDGETS = {"focus": "flt_focus", "partners": "flt_partners", "pairs": "flt_pairs",
           "metrics": "flt_metrics", "dates": "flt_dates"}
ANY = ""


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def md_escape(text: str) -> str:
    """Text from articles or file names made literal for st.success/st.error, which render markdown."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text))


LINK_NOTICE_STYLE = ("background:#fff8e1;border-left:4px solid #e0a800;padding:0.6rem 0.9rem;"
                     "border-radius:0.4rem;color:#4d3b00;margin-bottom:0.5rem")


def link_notice(text: str) -> None:
    """A warning that repeats what a link said. Not through markdown: the renderer turns anything
    that looks like a URL into a live link even when escaped, so this is escaped HTML text."""
    st.html(f"<div role='status' data-testid='linkNotice' style='{LINK_NOTICE_STYLE}'>{html.escape(text)}</div>")


PAGES_DIR = Path(__file__).resolve().parent.parent / "pages"
OVERVIEW = ("dashboard.py", "Overview")
# Keyboard users see where they are: a strong outline on whatever has focus (Streamlit's own is faint).
FOCUS_CSS = """<style>
:focus-visible, [data-baseweb] :focus-visible, a:focus-visible, button:focus-visible,
[role="option"]:focus-visible, [tabindex]:focus-visible {
  outline: 3px solid #1f3b73 !important; outline-offset: 2px !important; box-shadow: 0 0 0 5px #ffd166 !important;
}
</style>"""


def navigation() -> list[tuple[str, str]]:
    """(script, label) of every page: the Overview, then pages/N_Name.py in order, so a page added to
    pages/ appears without touching this list."""
    pages = sorted(PAGES_DIR.glob("*.py"), key=lambda p: (int(p.name.split("_")[0]) if p.name[0].isdigit() else 99, p.name))
    return [OVERVIEW, *((f"pages/{p.name}", p.stem.split("_", 1)[-1].replace("_", " ")) for p in pages)]


def start(title: str, intro: str) -> tuple[View, FilterState]:
    """Set up a page: title, intro, tables (or a clear error and stop) and the filter state."""
    st.set_page_config(page_title=APP_TITLE if title == APP_TITLE else f"{title} · {APP_TITLE}",
                       page_icon="📈", layout="wide")
    st.html(FOCUS_CSS)
    with st.sidebar:
        try:
            for script, label in navigation():
                st.page_link(script, label=label)
        except StreamlitPageNotFoundError:  # a page run on its own (a test): no other pages to link
            pass
        if data.read_only():
            st.caption("Viewer mode: this dashboard is read-only (no uploads, pastes or reviews).")
    st.title(title)
    st.caption(intro)
    try:
        tables = data.load_tables()
    except data.DataUnavailable as exc:
        st.error(md_escape(exc))
        st.info("Check TRADE_DB_URL (or unset it to use data/trade.db) and reload the page.")
        st.stop()
    return tables, render_filter(tables)


def _current_state(tables: View) -> FilterState:
    """URL params win when they are not the ones we wrote (a shared link); else the session's state."""
    params = st.query_params.to_dict()
    known = {k: v for k, v in params.items() if k in PARAM_KEYS}
    if known and known != st.session_state.get(WRITTEN_KEY):
        state, ignored = parse_query_params(known, tables.countries, tables.pairs)
        if ignored:
            link_notice("Ignored in the link (not in the data): " + ", ".join(ignored) + ".")
        return state
    return restrict_to(st.session_state.get(STATE_KEY, FilterState()), tables.countries, tables.pairs)


def _state_from_widgets() -> None:
    """on_change: the widgets now hold the user's choice; make it the filter state."""
    ss = st.session_state
    dates = tuple(ss.get(WIDGETS["dates"]) or ())
    ss[STATE_KEY] = FilterState(
        focus=ss.get(WIDGETS["focus"]) or None,
        partners=tuple(ss.get(WIDGETS["partners"]) or ()),
        pairs=tuple(ss.get(WIDGETS["pairs"]) or ()),
        metrics=tuple(ss.get(WIDGETS["metrics"]) or ()),
        start=dates[0] if len(dates) > 0 else None,
        end=dates[1] if len(dates) > 1 else None,
    )


def _clear() -> None:
    st.session_state[STATE_KEY] = FilterState()


def render_filter(tables: View) -> FilterState:
    """The sidebar filter; returns the state this run uses and writes it to session and URL."""
    state = _current_state(tables)
    ss = st.session_state
    ss[STATE_KEY] = state
    ss[WIDGETS["focus"]] = state.focus or ANY
    ss[WIDGETS["partners"]] = list(state.partners)
    ss[WIDGETS["pairs"]] = list(state.pairs)
    ss[WIDGETS["metrics"]] = list(state.metrics)
    # A range widget cannot hold an end without a start: show the earliest selectable day then.
    ss[WIDGETS["dates"]] = tuple(d for d in (state.start or (EARLIEST if state.end else None), state.end) if d)

    countries = tables.countries
    with st.sidebar:
        st.header("Filter")
        st.selectbox("Focus country", [ANY, *countries], key=WIDGETS["focus"], on_change=_state_from_widgets,
                     format_func=lambda c: "Any country" if c == ANY else f"{country_name(c)} ({c})")
        st.multiselect("Partner countries", countries, key=WIDGETS["partners"], on_change=_state_from_widgets,
                       format_func=lambda c: f"{country_name(c)} ({c})", placeholder="All partners")
        st.multiselect("Country pairs", tables.pairs, key=WIDGETS["pairs"], on_change=_state_from_widgets,
                       format_func=pair_name, placeholder="All pairs")
        st.multiselect("Metrics", list(METRICS), key=WIDGETS["metrics"], on_change=_state_from_widgets,
                       placeholder="All metrics")
        st.date_input("Period", key=WIDGETS["dates"], on_change=_state_from_widgets,
                      min_value=EARLIEST, max_value=LATEST, format="YYYY-MM-DD",
                      help="Facts whose period overlaps this range (targets: the date they were announced).")
        st.button("Clear filter", on_click=_clear, disabled=state.is_empty)
        st.caption("The filter applies on every page and is part of the link: copy the URL to share this view.")

    params = to_query_params(state)
    if st.query_params.to_dict() != params:
        st.query_params.from_dict(params)
    ss[WRITTEN_KEY] = params
    return state


def reports(tables: View, state: FilterState):
    """The reported facts (one row per article and fact) the filter keeps."""
    return tables.reports(state)


def facts_or_stop(tables: View, state: FilterState) -> int:
    """How many distinct facts the filter keeps; if none, say plainly why and stop the page."""
    if tables.is_empty:
        st.info("No trade facts yet. Add articles on the Sources page (upload or paste), "
                "or ingest files with `python -m store ingest FILES`.")
        st.stop()
    if keeps_pairs_whole(state):
        counts = tables.pair_table.set_index("pair")["n_obs"]
        kept = int(counts.reindex(tables.matching_pairs(state)).sum())
    else:
        kept = int(tables.count("obs", state).fillna(0)["n"])
    if not kept:
        nothing_matches(state)
        st.stop()
    return kept


def observations_or_stop(tables: View, state: FilterState):
    """The distinct facts the filter keeps; if there are none, say plainly why and stop the page."""
    facts_or_stop(tables, state)
    return tables.observations(state)


def nothing_matches(state: FilterState) -> None:
    st.info(f"No facts match the filter ({state.describe()}). Widen the period, or clear the filter "
            "in the sidebar.")

"""Sources: every article with its facts, the evidence marked in its text; add articles here."""
import html

import pandas as pd
import streamlit as st

from app import data, feeds_ui, page, tables as tbl
from app.filters import EARLIEST, LATEST
from app.labels import day, plural

MAX_ARTICLES = 500  # articles listed (newest first); the filter narrows to others

tables, state = page.start(
    "Sources",
    "Every article the facts come from, with the sentences that state them marked. Add articles by "
    "upload or by pasting text; they are parsed and appear on every page at once.",
)

if data.read_only():
    st.caption("Viewer mode: adding articles is switched off on this server.")
else:
    with st.expander("Add articles", expanded=not tables.article_count):
        with st.form("upload", clear_on_submit=True):
            files = st.file_uploader(
                f"Article files ({', '.join(data.UPLOAD_TYPES)}; up to {data.MAX_UPLOAD_BYTES // 2**20} MB each)",
                accept_multiple_files=True, key="upload_files")
            uploaded = st.form_submit_button("Add files")
        with st.form("paste", clear_on_submit=True):
            left, right = st.columns([3, 1])
            name = left.text_input("Name for the pasted article", placeholder="e.g. kaz-tur-2024-05 Xinhua")
            published = right.date_input("Published on", value=None, min_value=EARLIEST, max_value=LATEST,
                                         format="YYYY-MM-DD", key="paste_date",
                                         help="The article's date: without it, a figure whose period the "
                                              "article does not state has no place on the timeline.")
            text = st.text_area("Article text", height=160, max_chars=data.MAX_PASTE_CHARS)
            pasted = st.form_submit_button("Add text")
        outcomes = []
        if uploaded:
            outcomes = data.add_uploads(files or []) if files else [data.AddOutcome("", False, "Choose files first.")]
        if pasted:
            outcomes = [data.add_pasted(text, name, published)]
        for outcome in outcomes:
            (st.success if outcome.ok else st.error)(
                page.md_escape(outcome.message), icon=":material/check_circle:" if outcome.ok else ":material/error:")
        if outcomes:
            tables = data.load_tables()
            stored = [o.source for o in outcomes if o.ok and o.source]
            if stored:
                st.session_state["article"] = stored[-1]  # show the article just added

if feeds_ui.render():  # web pages and feeds: a section of its own (app/feeds_ui.py)
    tables = data.load_tables()

if not tables.article_count:
    st.info("No articles yet: add some above.")
    st.stop()

if state.is_empty:
    articles = data.articles(newest=MAX_ARTICLES)
    matching = tables.article_count
else:
    found = tables.query("facts", state, select="source", group="source",
                         order="max(article_date) DESC NULLS LAST, source", limit=MAX_ARTICLES, typed=False)
    articles = data.articles(sources=found["source"].tolist() if len(found) else [])
    matching = int(tables.count("facts", state, "count(DISTINCT source) AS n").fillna(0)["n"])
    st.caption(f"{matching} of {plural(tables.article_count, 'article')} have facts matching the filter.")
if matching > len(articles):
    st.caption(f"Listing the newest {len(articles):,}; narrow the filter in the sidebar to find others.")
sources = list(articles.sort_values("article_date", ascending=False, na_position="last", kind="stable")["source"])
overview = articles.set_index("source").loc[sources].reset_index()
st.dataframe(
    tbl.blank_missing(pd.DataFrame({
        "Source": overview["source"], "Date": [day(d) for d in overview["article_date"]],
        "Outlet": overview["outlet"], "Title": overview["title"], "Status": overview["status"],
        "Facts": overview["n_facts"], "Message": overview["message"],
    })),
    hide_index=True, width="stretch",
)
if not sources:
    page.nothing_matches(state)
    st.stop()

if st.session_state.get("article") not in sources:
    st.session_state.pop("article", None)
labels = dict(zip(overview["source"], [
    f"{day(d)} · {o if pd.notna(o) else 'outlet unknown'} · {s}"
    for d, o, s in zip(overview["article_date"], overview["outlet"], overview["source"])]))
source = st.selectbox("Article", sources, key="article", format_func=labels.get)
meta = articles[articles["source"] == source].iloc[0]
# Titles come from the article: shown as escaped HTML text, never as markdown.
st.html(f"<h3 style='margin:0'>{html.escape(str(meta['title']) if pd.notna(meta['title']) else source)}</h3>")
st.text(f"{meta['outlet'] if pd.notna(meta['outlet']) else 'Outlet unknown'} · {day(meta['article_date'])} · {source}")
if meta["status"] == "error":
    st.error(f"This article could not be parsed: {page.md_escape(meta['message'])}")
facts = data.article_facts(source)
if facts.empty:
    st.info("No bilateral trade figure was found in this article.")
else:
    st.dataframe(tbl.readable(facts).drop(columns=["Source", "Outlet"]), hide_index=True, width="stretch")
text = data.article_text(source)
if text is None:
    st.warning("The store holds no text for this article.")
else:
    st.html(tbl.highlighted_html(text, tbl.evidence_spans(text, facts)))

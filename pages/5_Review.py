"""Review: confirm, correct or reject facts; corrections show on every page and in exports, and the
value the article stated stays beside the reviewed one, with the history of who changed what."""
import datetime as dt

import pandas as pd
import streamlit as st

from app import data, page, tables as tbl
from app.labels import country_name, money, pair_name, period_label, plural
from parsers.schema import METRICS

UNITS = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1.0, "")]
MAX_LISTED = 500  # facts offered for review at once
# The order a reviewer works in: least confident first (the parser's `confidence`, 0..1; a fact
# without one first of all), then the newest article; ties in store order.
QUEUE_ORDER = "confidence ASC NULLS FIRST, article_date DESC NULLS FIRST, fact_id"

tables, state = page.start(
    "Review",
    "Facts nobody has confirmed yet, the least confident first (the parser's confidence says how directly "
    "the article stated each part of the fact). Confirm a fact, correct its pair, metric, value, "
    "period or target year, or reject it with a note. Your name is recorded with each decision.",
)
if saved := st.session_state.pop("review_saved", None):
    st.success(saved, icon=":material/check_circle:")
waiting = int(tables.count("facts", state, where="review_status = 'unreviewed'").fillna(0)["n"])
st.metric("Reports waiting for review (matching the filter)", waiting,
          help="One per article that states a fact: a figure three articles report waits three times "
               "here, and counts once among the Overview's distinct facts.")
show_all = st.toggle("Include facts already reviewed", key="review_all",
                     help="To see what the article stated beside the reviewed value, and who changed what.")
queue = tables.reports(state, where="review_status = 'unreviewed'", order=QUEUE_ORDER, limit=MAX_LISTED)
if show_all:
    queue = pd.concat([queue, tables.reports(state, where="review_status <> 'unreviewed'", limit=MAX_LISTED,
                                             order="reviewed_at DESC NULLS LAST, fact_id")])
facts = queue.drop_duplicates("fact_key").set_index("fact_key")
keys = list(facts.index)
if not keys:
    st.success("Nothing to review for this filter.")
    st.stop()
if waiting > MAX_LISTED:
    st.caption(f"The {MAX_LISTED:,} least confident are listed; narrow the filter to reach others.")
with st.expander(f"Review queue ({plural(len(keys), 'fact')})"):
    st.dataframe(tbl.readable(facts.loc[keys].reset_index()), hide_index=True, width="stretch")


def label(key: str) -> str:
    f = facts.loc[key]
    period = f"by {int(f.target_year)}" if f.metric == "target" and pd.notna(f.target_year) else \
        period_label(f.period_start, f.period_end)
    sure = "" if pd.isna(f.confidence) else f" · confidence {f.confidence:.2f}"
    return f"{pair_name(f.pair)} · {f.metric} · {money(f.value_usd)} · {period} · {f.source}{sure}"


def unit_of(value: float) -> tuple[float, str]:
    return next((size, name) for size, name in UNITS if value >= size or size == 1.0)


key = st.selectbox("Fact", keys, format_func=label, key="review_fact")
fact = facts.loc[key]
st.text("Evidence: " + str(fact.evidence))
stated = f"{fact.stated_value:,.0f} {fact.stated_currency}" if "stated_value" in facts.columns else f"{fact.value:,.0f}"
reviewed = "" if fact.review_status == "unreviewed" else f" · {fact.review_status} by {fact.reviewer or 'someone'}"
st.text(f"Stated in the article: {stated} · now: {fact.value:,.0f} {fact.currency}{reviewed}")
history = data.review_history(key)
if len(history):
    st.dataframe(tbl.blank_missing(pd.DataFrame({
        "When": history["reviewed_at"].dt.strftime("%Y-%m-%d %H:%M UTC"), "Who": history["reviewer"],
        "Decision": history["action"], "Field": history["field"],
        "Old": history["old"].astype("string"), "New": history["new"].astype("string"), "Note": history["note"],
    })), hide_index=True, width="stretch", key="review_history")

if data.read_only():
    st.info("Viewer mode: reviews are switched off on this server.")
    st.stop()

countries = sorted(set(tables.countries) | {fact.country_a, fact.country_b}, key=country_name)
reviewer = st.text_input("Your name", key="reviewer_name", placeholder="recorded with each decision")
with st.form("review", clear_on_submit=False):
    action = st.radio("Decision", ["confirm", "correct", "reject"], horizontal=True,
                      format_func=str.capitalize, key="review_action")
    left, right = st.columns(2)
    a = left.selectbox("Country A", countries, index=countries.index(fact.country_a), format_func=country_name)
    b = right.selectbox("Country B", countries, index=countries.index(fact.country_b), format_func=country_name)
    metric = left.selectbox("Metric", METRICS, index=list(METRICS).index(fact.metric))
    sides = [None, fact.country_a, fact.country_b]
    exporter = right.selectbox("Exporter (exports/imports only)", sides,
                               index=sides.index(fact.exporter) if pd.notna(fact.exporter) else 0,
                               format_func=lambda c: "none" if c is None else country_name(c))
    unit, unit_name = unit_of(float(fact.value))
    amount = right.number_input(f"Value ({' '.join(filter(None, [unit_name, str(fact.currency)]))}, as stated)",
                                value=float(fact.value) / unit, min_value=0.0, step=0.1, format="%.3f",
                                key=f"review_value_{key}")  # per fact: another fact starts from its own value
    start = left.date_input("Period start", value=None if pd.isna(fact.period_start) else fact.period_start.date(),
                            min_value=dt.date(1950, 1, 1))
    end = right.date_input("Period end", value=None if pd.isna(fact.period_end) else fact.period_end.date(),
                           min_value=dt.date(1950, 1, 1))
    year = left.number_input("Target year", value=None if pd.isna(fact.target_year) else int(fact.target_year),
                             min_value=1950, max_value=2100, step=1)
    note = st.text_input("Note", placeholder="why (required to reject)", key=f"review_note_{key}")
    submitted = st.form_submit_button("Save decision", type="primary")

if submitted:
    value = round(amount * unit, 6)
    proposed = {"country_a": min(a, b), "country_b": max(a, b), "metric": metric, "exporter": exporter, "value": value,
                "period_start": start, "period_end": end, "target_year": year}
    current = {"country_a": fact.country_a, "country_b": fact.country_b, "metric": fact.metric,
               "exporter": fact.exporter if pd.notna(fact.exporter) else None,
               "value": float(fact.value),
               "period_start": None if pd.isna(fact.period_start) else fact.period_start.date(),
               "period_end": None if pd.isna(fact.period_end) else fact.period_end.date(),
               "target_year": None if pd.isna(fact.target_year) else int(fact.target_year)}
    changes = {k: v for k, v in proposed.items() if v != current[k]}
    if round(amount, 3) == round(float(fact.value) / unit, 3):
        changes.pop("value", None)  # the box shows three decimals: an untouched value is no correction
    if not reviewer.strip():
        st.error("Say who you are (Your name): it is recorded with the decision.")
    elif a == b:
        st.error("A pair needs two different countries.")
    elif action == "correct" and not changes:
        st.error("Nothing was changed: edit a field to correct, or choose Confirm.")
    elif action == "reject" and not note.strip():
        st.error("Say why the fact is rejected (note).")
    elif (error := data.review(key, action, changes if action == "correct" else None, note, reviewer)) is not None:
        st.error(page.md_escape(error))
    else:
        st.session_state["review_saved"] = f"Saved: {action} · {page.md_escape(label(key))}"
        st.rerun()  # the queue and every table now reflect the decision

"""Which period a figure covers: its own period phrase, else one its sentence or the figures before it give.

A phrase in the figure's clause comes first ("in 2022", "the nine months" read against the last period named
that is as long); "from $24 billion to $31 billion in 2022" gives the first figure the year before, and "from $400
million in 2021 to $500 million" the second the year after ("a year earlier" after the first: the year before the
one reported on); whole years "between 2021 and 2022" split at "from" and "to". Without a phrase of its own, a
figure takes the period of the figure before it in its sentence, of its list, of its sentence, of the last figure
for its pair, or of the report the text is giving.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from typing import Optional

from parsers.context import Article, dateline_country
from parsers.drafts import Draft, Place
from parsers.figures import FROM_TO, Segment, has, last, opens_from
from parsers.fiscal_calendars import Span, fiscal_home
from parsers.gazetteer import GROUP
from parsers.lexicon import anchored_cues, cue_patterns
from parsers.period_spans import resolve, shift_years
from parsers.timing import (
    COMPARED_REACH, CONTEXT_SENTENCES, INHERIT_SENTENCES, compared, end_of_years, months, own_period,
    period_stated_later, sentence_period,
)

FROM_TO_REACH = 60
YEAR = re.compile(r"(?:19|20)\d\d")
YEAR_LIST = re.compile(r"(?<![\d-])(?:19|20)\d\d(?:\s*,\s*(?:19|20)\d\d)*\s*,?\s*and\s+(?:19|20)\d\d(?![\d-])")


def _one_end(article: Article, seg: Segment, span: Span) -> Span:
    """Whole years "between 2021 and 2022": a figure after "from" or "to" takes its end of them."""
    if span[1].year > span[0].year and months(span) % 12 == 0 and span[0].month == 1:
        return end_of_years(article, seg, span)
    return span


def _period_after_to(article: Article, place: Place, draft: Draft, context: Optional[Span],
                     home: Optional[str]) -> Optional[Span]:
    """The period of "from $24 billion" read from the words after the figure it rose to: "from 1.9 to 2.6
    billion between 2021 and 2022" (the years, narrowed later to the first), "from $24 billion to $31 billion
    in 2022" (the year before 2022: the level it grew from)."""
    seg = place.seg
    later = [p for p in article.periods_in(seg.end, min(seg.sentence[1], seg.end + FROM_TO_REACH))
             if p.kind not in ("same_period", "said_period") and not compared(article, p)]
    if not later:
        return None
    if later[0].kind == "years":
        return resolve(later[0], article.ref)
    if not draft.baseline:
        return None
    span = resolve(later[0], article.ref, context, place.sentence_year, home)
    return shift_years(span, -1) if span is not None and months(span) <= 12 else None


def _respective_year(article: Article, place: Place) -> Optional[Span]:
    """"In 2021 and 2022, trade was $1.2 billion and $1.5 billion respectively", "$1.2 billion and $1.5 billion
    in 2021 and 2022, respectively": the k-th figure of the sentence takes the k-th year of its list."""
    start, end = place.seg.sentence
    if "respectively" not in article.low[start:end]:
        return None
    listed = YEAR_LIST.search(article.low, start, end)
    if listed is None:
        return None
    years = [int(year) for year in YEAR.findall(listed.group(0))]
    figures = bisect_left(article.money_starts, end) - bisect_left(article.money_starts, start)
    if figures != len(years) or place.figure >= len(years):
        return None
    year = years[place.figure]
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


UNDER_REVIEW = re.compile(r"\b(?:under\s+review|reporting|reported)\b")


def _under_review(report: Span, spans: Sequence[Span]) -> Span:
    """"the period under review" after "$4.08 billion during July-March. ... $488 million in March": the whole span a
    release reports on, the longest named that ends where the last one reported on does."""
    return max((span for span in spans if span[1] == report[1]), key=months, default=report)


def _said_context(article: Article, place: Place) -> Optional[Span]:
    """What "the nine months" in the figure's clause refers to: the last period named, else the last one
    named that is as long ("... in January-September 2023. In 2021 it was $880 million. Trade with Kazakhstan
    totaled $3.4 billion in the nine months"); what "the same period" refers to: the period reported on."""
    context = place.phrase_context
    for phrase in article.periods_in(place.seg.left, place.seg.right):
        if phrase.kind in ("same_period", "said_period") and phrase.year is None and phrase.last_month == 12 \
                and place.report_period is not None and place.number - place.report_sentence <= CONTEXT_SENTENCES:
            # "the same period (last year)" is the one reported on, not the comparison named last ("rose to
            # $573 million in the year to June, from $422 million a year before; imports were $41 million in the
            # same period")
            if UNDER_REVIEW.search(article.low, phrase.start, phrase.end):
                return _under_review(place.report_period, place.spans)
            if phrase.kind == "said_period" and "year" in article.low[phrase.start:phrase.end] \
                    and months(place.report_period) < 12:
                # "$684.5 million for the year" after "In December alone, ...": the last whole year named
                return next((span for span in reversed(place.spans) if months(span) == 12), place.report_period)
            return place.report_period
        if (phrase.kind == "said_period" or phrase.kind == "months" and phrase.after_context) \
                and phrase.last_month != 12 and place.report_period is not None \
                and abs(months(place.report_period) - phrase.last_month) <= 1 \
                and place.number - place.report_sentence <= CONTEXT_SENTENCES:
            # "... in 9MFY24 compared to $1.53 billion in 9MFY23, while imports amounted to $4.89bn during the nine
            # months": the nine months reported on, not the comparison's named last; but "the same eleven months"
            # after a year reported on are the last eleven months named
            if months(place.report_period) != phrase.last_month:
                exact = next((span for span in reversed(place.spans) if months(span) == phrase.last_month), None)
                if exact is not None:
                    return exact
            return place.report_period
        if phrase.kind != "said_period" or phrase.last_month == 12 or context is None \
                or abs(months(context) - phrase.last_month) <= 1:
            continue
        return next((span for span in reversed(place.spans) if abs(months(span) - phrase.last_month) <= 1), context)
    return context


def _year_before_report(article: Article, place: Place, draft: Draft) -> Optional[Span]:
    """"Exports reached $3.1 billion in 2023. A year earlier, they were $2.9 billion": "a year earlier", "the
    previous year" after a reported period are the year before it, not the year before the article's date
    (an earlier value in the same clause is dated from the figure it is compared with: see facts._baseline)."""
    if draft.baseline or place.report_period is None or place.number == place.report_sentence \
            or place.number - place.report_sentence > CONTEXT_SENTENCES or place.previous is not None:
        return None  # after a figure in its sentence, "a year earlier" is that figure's ("from $300m a year earlier")
    seg = place.seg
    cue = cue_patterns()["previous_year"].search(article.low, seg.left, seg.right)
    if cue is None or cue.group(0).startswith("last") or _compared_at(article, cue.start()) \
            or article.low.startswith(("'s", "’s"), cue.end()):
        return None  # "last year's" counts from the article's date; "up 28% from the previous year's" compares
    if any(p.end <= cue.start() or p.start >= cue.end() for p in article.periods_in(seg.left, seg.right)):
        return None  # a period of its own besides ("the previous year, in 2021")
    return shift_years(place.report_period, -1)


def _same_period_earlier(article: Article, seg: Segment) -> bool:
    """"In the same period last year they were $276 million": the figure is an earlier value."""
    return any(p.kind == "same_period" and p.rel is not None and p.rel < 0
               for p in article.periods_in(seg.left, seg.right))


def _compared_at(article: Article, position: int) -> bool:
    (pattern,) = anchored_cues("compared_before")
    return pattern.search(article.low, max(0, position - COMPARED_REACH), position) is not None


def _opener(article: Article, place: Place) -> Optional[Draft]:
    """The figure this one rose or fell to from, when the one before it opened "from $400 million in 2021 to"."""
    previous = place.previous
    if previous is None or not previous.baseline or previous.sentence != place.number:
        return None
    return previous if FROM_TO.fullmatch(article.low, previous.money.end, place.seg.start) else None


# "dates back to 2011, when it reached", "The best year was 2011, when trade hit", "compared to the same period
# last year, when the figure stood at": the period the clause is about; also past an apposition that describes the
# time ("in 2021, the year before the war, when")
TIME_APPOSITION = r"(?:,\s+the\s+(?:year|month|quarter)\s+[^.;:,()]{1,60}?)?"
WHEN_AFTER = re.compile(rf"\s*{TIME_APPOSITION}\s*,?\s+when\b[^.;:,()]{{0,60}}")
# "than a year earlier, when", "up from a year ago, when": the same months a year before those reported on
YEAR_EARLIER_WHEN = re.compile(r"\ba\s+year\s+(?:earlier|ago|before)\s*,?\s+when\b[^.;:,()]{0,60}$")
# a bare year: "compared with 2022, when"
WHEN_YEAR = re.compile(rf"\b(?P<year>(?:19|20)\d\d){TIME_APPOSITION}\s*,?\s+when\b[^.;:,()]{{0,60}}$")


def _period_of_when(article: Article, seg: Segment, context: Optional[Span], home: Optional[str],
                    report: Optional[Span]) -> Optional[Span]:
    for phrase in reversed(article.periods_in(seg.sentence[0], seg.start)):
        if WHEN_AFTER.fullmatch(article.low, phrase.end, seg.start):
            if phrase.after_context and phrase.rel is not None and phrase.year is None and report is not None \
                    and months(report) == 12:
                return shift_years(report, phrase.rel)  # "in 2023, a rise over the previous year, when it was"
            return resolve(phrase, article.ref, context, None, home)
    earlier = YEAR_EARLIER_WHEN.search(article.low, seg.sentence[0], seg.start)
    if earlier is not None and report is not None:
        return shift_years(report, -1)  # "77 percent less than a year earlier, when imports amounted to"
    found = WHEN_YEAR.search(article.low, seg.sentence[0], seg.start)
    if found is None:
        return None
    year = int(found.group("year"))
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


BY_YEAR_BEFORE = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?(?P<year>(?:19|20)\d\d)\b")


def _by_past_year(article: Article, seg: Segment) -> Optional[Span]:
    """"By 2022 it amounted to $9.5 billion", "had shrunk to $3.3 billion by 2021": a year already past that a
    level was reached by is its year (a goal's "by 2030" is its target year, read elsewhere)."""
    found = last(BY_YEAR_BEFORE, article.low, seg.sentence[0], seg.start) \
        or BY_YEAR_BEFORE.match(article.low, seg.end + 1, min(seg.right, seg.end + 40))  # "$3.3 billion by 2021"
    if found is None or article.ref.year is None or int(found.group("year")) >= article.ref.year:
        return None
    year = int(found.group("year"))
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _last_year_of_span(article: Article, seg: Segment, first: Span) -> Optional[Span]:
    """The last year of a span of years in the sentence ("Between 2013 and 2023") whose first year the figure before
    this one was given."""
    for phrase in article.periods_in(seg.sentence[0], seg.start):
        if phrase.kind == "years" and phrase.year == first[0].year and phrase.last_year is not None:
            return dt.date(phrase.last_year, 1, 1), dt.date(phrase.last_year, 12, 31)
    return None


def counting_home(article: Article, reporter: Optional[str], pair: tuple[str, str]) -> Optional[str]:
    """Whose fiscal years a figure of a pair is counted in: its reporter's; else the side the text is filed from
    ("NEW DELHI: trade between India and Australia was $24.09 billion in 2022-23" is India's April-March year), the
    side it is about or names first, or a side that keeps a fiscal year."""
    filed_from = dateline_country(article)
    hub = article.hub if article.hub in pair else None
    first_named = next((m.iso3 for m in article.mentions if m.iso3 in pair), None)
    return fiscal_home(reporter, filed_from if filed_from in pair else None, hub, first_named, *pair, article.hub)


def part_of(period: Span, reported: Optional[Span]) -> bool:
    """A part of the period reported on ("In December alone, ..."): the figures after it go on with the whole."""
    return reported is not None and reported[0] <= period[0] and period[1] <= reported[1] and period != reported


OWNER_GAP = re.compile(r"['’]s?\s+")  # "India's 2023-24 financial year"


def _fiscal_owner(article: Article, seg: Segment) -> Optional[str]:
    """"trade stood at $6.48 billion in India's 2023-24 financial year": the country whose fiscal year the clause
    names, whoever reports the figure."""
    for phrase in article.periods_in(seg.left, seg.right):
        if phrase.kind == "fiscal":
            owner = next((m.iso3 for m in article.countries_in(max(0, phrase.start - 40), phrase.start)
                          if m.iso3 != GROUP and OWNER_GAP.fullmatch(article.low, m.end, phrase.start)), None)
            if owner is not None:
                return owner
    return None


def period_of(article: Article, place: Place, draft: Draft) -> tuple[Optional[Span], str]:
    """The figure's own period phrase; else the period of the figure before it in its sentence, of the last
    figure for its pair, or of the report the text is giving. The source "when" or "earlier" marks a figure
    dated as an earlier value ("from 2022, when it reached", "It had stood at $1.6 billion a year earlier")."""
    seg, context = place.seg, _said_context(article, place)
    respective = _respective_year(article, place)
    if respective is not None:
        return respective, "clause"
    # whose fiscal year the text counts in: the figure's own reporter, but for two-way trade whose pair comes from
    # the text before ("India is Nepal's largest partner. Bilateral trade stood at ... in 2022-23" in an Indian
    # release), the side the text speaks from
    counted_by = draft.reporter if draft.metric != "turnover" or draft.slots.get("pair") not in ("context", "article") \
        else None
    home = _fiscal_owner(article, seg) or counting_home(article, counted_by, draft.pair)
    before_report = _year_before_report(article, place, draft)
    if before_report is not None:
        return before_report, "earlier"
    opener = _opener(article, place)
    # "rose from $400 million in 2021 to $500 million": "in 2021" is the first figure's, not the second's
    own_seg = replace(seg, left=seg.start) if opener is not None else seg
    opens = opens_from(article.low, seg.start)
    if opens and draft.baseline and has(cue_patterns()["previous_year"], article.low[seg.end:seg.right]):
        # "rose from $300 million a year earlier to $400 million": the year before the one reported on
        later = _period_after_to(article, place, draft, context, home)
        if later is None and place.report_period is not None:
            later = shift_years(place.report_period, -1)
        if later is not None:
            return later, "sentence"
    when = _period_of_when(article, seg, context, home, place.report_period)
    if when is not None:
        return when, "when"  # the period of a comparison ("down from 2022, when it reached"): not reported on
    own = own_period(article, own_seg, context, place.sentence_year, home, comparisons=draft.baseline)
    if own is None and opens:
        own = _period_after_to(article, place, draft, context, home)
    if own is not None:
        return _one_end(article, seg, own), "earlier" if _same_period_earlier(article, own_seg) else "clause"
    by = _by_past_year(article, seg)
    if by is not None:
        return by, "clause"
    if opener is not None and opener.period is not None and opener.slots.get("period") == "clause":
        span_end = _last_year_of_span(article, seg, opener.period)
        if span_end is not None:
            return span_end, "sentence"  # "Between 2013 and 2023, imports rose from EUR 82 billion to EUR 87.6 billion"
        # "rose from $1.1 billion in January-June 2022 to $1.3 billion": the same months a year on
        return shift_years(opener.period, 1), "sentence"
    if place.previous is not None and place.previous.period is not None and not place.previous.baseline:
        return place.previous.period, "sentence"
    if place.previous is not None and place.previous.baseline:
        # "fell to $900 million in 2023 from $1.1 billion in 2022, while imports stood at $600 million": the
        # period of the figure the earlier value was compared with, not the earlier value's
        origin = next((d for d in reversed(place.drafts) if d.sentence == place.number and not d.baseline), None)
        if origin is not None and origin.period is not None:
            return origin.period, "sentence"
    listed = place.lists.period if draft.item else None
    if listed is not None:
        span = resolve(listed, article.ref, context, place.sentence_year, home)
        if span is not None:
            return span, "sentence"
    in_sentence = sentence_period(article, seg, context, place.sentence_year, home)
    if in_sentence is not None:
        return _one_end(article, seg, in_sentence), "sentence"
    for earlier in reversed(place.drafts):
        if place.number - earlier.sentence > INHERIT_SENTENCES:
            break
        if earlier.metric != "target" and not earlier.baseline and earlier.pair == draft.pair and earlier.period \
                and not part_of(earlier.period, place.report_period):
            return earlier.period, "context"
    report = place.report_period if opener is None or place.report_period != opener.period else None
    if report is not None and place.number - place.report_sentence <= CONTEXT_SENTENCES \
            and not has(cue_patterns()["timeless"], article.low[seg.sentence[0]:seg.right]):
        return report, "context"
    if report is None and place.phrase_context is None:
        later = period_stated_later(article, place.seg, home)
        if later is not None:
            return later, "context"
    return None, "none"

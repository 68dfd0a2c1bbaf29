"""Figures laid out in a table: a row per partner country, a column per flow (or per year).

Statistics releases often carry their figures as a table, which a captured page flattens into lines whose
cells are separated by tabs, bars or runs of spaces:

    Georgia's external trade in January-June 2024 (USD million)
    Partner | Exports | Imports | Turnover
    Turkey  | 165.2   | 1,015.3 | 1,180.5

A table gives a fact per row and trade column when its unit can be read (from the header or the lines above:
"USD million", "thousand US dollars") and its rows are countries; the country the table is about is the
one its title names, else the article's hub. Columns of balances, shares or growth rates give no facts.
A table whose title names a pair may have a row per period instead ("India-Nepal trade (USD million)" /
"2021-22 | 9,645 | 1,373 | 11,018"): each row is the pair's trade in that period; or a row per flow and a
column per year ("Indicator | 2022 | 2023" / "Exports from Kazakhstan, $ million | 812.1 | 901.4"), where a
country in the row's label says who sells.
"""
from __future__ import annotations

import calendar
import re
import statistics
from dataclasses import dataclass
from typing import Optional, Sequence, Union

import pycountry

from parsers.context import TABLE_MAGNITUDE, Article, unit_word_in_brackets
from parsers.fiscal_calendars import gregorian
from parsers.frames import BUYER, PARTNER, SELLER, parties, party
from parsers.gazetteer import GROUP, find_mentions
from parsers.lexicon import cue_patterns, grouped_alternation, metric_lookup
from parsers.money import BARE_DOLLAR, currency_of, unit_words
from parsers.period_spans import month_span, resolve, shift_years
from parsers.periods import PeriodPhrase, find_periods
from parsers.tables import read_tsv
from parsers.timing import compared, year_earlier
from parsers.units import DECIMAL_COMMA_PERCENT, SMALL_RATIO

RULE_ROW = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?$")  # "|---|:---:|" (Markdown)
CELL_SPLIT = re.compile(r"\s*\|\s*|\t+|\s{2,}")
SLASH_SPLIT = re.compile(r"\s+/\s+")  # "Mainland of China / 166.2 / -5.9", in a line with no other separator
RANK_HEAD = re.compile(r"(?i)rank(?:ing)?|no\.?|#|n°|s\.?\s?no\.?|sl\.?(?:\s?no\.?)?")  # a rank column's head
RANK_CELL = re.compile(r"\d{1,3}\.?")  # "1", "12.": a rank before a row's label
# "+11.2": a surplus; "44.210,5": dots group thousands
NUMBER_CELL = re.compile(r"^[-−–+]?\d{1,3}(?:[ ,.]\d{3})*(?:[.,]\d+)?$|^[-−–+]?\d+(?:[.,]\d+)?$")
PERCENT_CELL = re.compile(r"^[-−–+]?\d+(?:[.,]\d+)?\s?%$")  # "16.4%": a share or a growth rate in a row, no fact
EMPTY_CELLS = ("-", "–", "—", "..")
YEAR_CELL = re.compile(r"^(?:19|20)\d\d$")
ERA_YEAR_CELL = re.compile(r"1[34]\d\d")
BLANK_FIRST_CELL = re.compile(r"^(?:[ \t]{2,}|\|\s*\|\s*)\S")  # a header whose first cell is empty
DOT_GROUPED = re.compile(r"\d{1,3}\.\d{3}")  # "13.902": thousands grouped by a dot, or a decimal point
FLOW_WORD = re.compile(r"\b(?:exports?|imports?|sales|shipments|purchases)\b")  # a column head naming one direction
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
ROMAN_MONTH = r"(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
ROMAN_MONTHS = re.compile(rf"^(?P<first>{ROMAN_MONTH})\s*[-–]\s*(?P<last>{ROMAN_MONTH})(?=\s+(?:19|20)\d\d$)")
UNIT_IN_CELL = re.compile(r"\s*\([^()]*\)\s*$")  # "Jan 2023 (US$ Mn)": the unit after a column's period
# a year standing alone in a table's title (not the bracketed values': "2022 in brackets")
TITLE_YEAR = re.compile(r"(?<![\w.,-])(?:19|20)\d\d"
                        r"(?![\w.-]|,\d|\s+(?:[\w.]+\s+)?(?:figures\s+)?in\s+(?:brackets|parenthes))")
# a currency in a table's unit: the common words and signs, any ISO 4217 code in capitals ("BGN", "SEK"), the
# short forms and signs written before an amount in currencies.tsv ("KSh", "RO", "R", "A$"), and its words written
# after one ("yen", "tenge"); a word that is no currency makes the unit unreadable (`_unit_currency`)
UNIT_CURRENCY = (r"US\$|USD|\$|EUR|€|US dollars|U\.S\. dollars|dollars|euros|lei|kronor|CFA\s+francs?"
                 r"|(?-i:[A-Z]{3}(?![A-Za-z]))"
                 r"|(?-i:(?<![\w$])(?:" + grouped_alternation([row["phrase"] for row in read_tsv("currencies.tsv")
                                                            if row["where"] != "after" and "\\" not in row["phrase"]
                                                            and re.fullmatch(r"[A-Z][A-Za-z$.¢₵]{0,3}|[^\w\s]{1,2}",
                                                                             row["phrase"])]) + r"))"
                 r"|\b(?:" + grouped_alternation([row["phrase"] for row in read_tsv("currencies.tsv")
                                                 if row["where"] in ("after", "both")
                                                 and re.fullmatch(r"[a-z][a-z .'’-]{2,}", row["phrase"])]) + r")\b")
# "(USD million)", "million US dollars", "$ mln", "thousand USD", "in billions of dollars", "(million BGN)"
UNIT = re.compile(
    rf"(?P<cur1>{UNIT_CURRENCY})?\s*,?\s*(?:in\s+)?(?:(?:(?<=[(:])|(?<=[(:]\s)|(?<=unit\s)|(?<=units\s))(?P<count>10|100)\s+)?"
    rf"(?P<mag>thousands?|{TABLE_MAGNITUDE[3:-1]}|(?<=[$£€])m(?![a-z]))"
    rf"(?:\s+(?:of\s+)?(?P<cur2>{UNIT_CURRENCY}))?",
    re.IGNORECASE)
# a lead sentence that names the unit of the lines after it: "The top five destinations, with values in GH¢ billion
# and shares of total exports, were:"
VALUES_IN = r"\b(?:values?|figures?|amounts?)\s+(?:are\s+|given\s+)?in\s+"
# a title line that ends in the unit its list is counted in: "Main trading partners in 2022 (USD million):"
# the unit may have what it measures before it, a delivery term and a note after it ("(US$ million FOB; same
# period of 2023 in brackets):", "(total trade in million USD; April 2023 in parentheses)"), and a note before it
# ("(January-November, USD million, change y-o-y):", "(US$ million and % change on 2023)"), and the list's period
# after it
UNIT_TITLE = re.compile(rf"(?:\(\s*(?:units?\s*:\s*(?:10|100)?\s*)?(?:[\w\s./–-]{{1,40}}[,;–—]\s*){{0,2}}(?:(?:[\w-]+\s+){{0,2}}?(?:trade|turnover|exports|imports|value)\s+)?(?:in\s+)?(?:{UNIT_CURRENCY})?\s*(?:thousands?|{TABLE_MAGNITUDE[3:]}"
                        rf"(?:\s+(?:of\s+)?(?-i:[A-Z][a-z]+\s+)?(?:{UNIT_CURRENCY}))?(?:\s+(?:FOB|CIF|fob|cif))?"
                        rf"\s*(?:(?:[,;–—]|\s+and\s)\s*[\w%\s.,;/–=-]{{1,80}})?\)|"  # "(USD billion, change y/y)"
                        rf"(?:{UNIT_CURRENCY})\s*{TABLE_MAGNITUDE}(?:\s*\([^()\n]{{1,40}}\))?"
                        rf"|{TABLE_MAGNITUDE}\s+(?:of\s+)?(?:{UNIT_CURRENCY})(?:\s*\([^()\n]{{1,40}}\))?)"
                        # ... and the period after it: "Exports by main destination (SAR million), March 2024", "in $
                        # million, January-June 2024 (January-June 2023 in brackets):"
                        r"(?:\s*,\s*(?:[a-z]+\.?(?:\s*[-–]\s*[a-z]+\.?)?\s+)?(?:19|20)\d\d(?:\s*\([^()\n]{1,60}\))?)?\s*:?\s*$|"
                        rf"{VALUES_IN}(?:{UNIT_CURRENCY})\s*{TABLE_MAGNITUDE}\b[^:\n]{{0,80}}:\s*$|"
                        # a note after the unit, and the colon that opens the list: "in millions of dollars FOB, with
                        # the 2022 value in brackets:"
                        rf"(?:(?:{UNIT_CURRENCY})\s*{TABLE_MAGNITUDE}"
                        rf"|{TABLE_MAGNITUDE}\s+(?:of\s+)?(?:{UNIT_CURRENCY}))(?:\s+(?:FOB|CIF))?\s*[,;]\s*[^:\n]{{1,80}}:\s*$",
                        re.IGNORECASE)
# a line of such a list: a bullet or number, a name, a dash or colon, perhaps the row's flow ("Netherlands: exports
# 16.30"), a bare number ("- Russia – 26,100.5;",
# "2. Japan: 1.905,8", "Kazakhstan ........ 890,4"), perhaps the year before's in brackets ("China: 9,502.3
# (8,911.7)"), a share ("(46.6% of total)") or a change after it ("China .... 2,611.4 (1,884.7) 38.56", "India:
# 413.62 (381.47), +8.43%")
LIST_NUMBER = r"\d{1,3}(?:[ ,.]\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
# "Exports to Germany: 141.9 (136.4)": the row's flow said before its partner
FLOW_BEFORE_NAME = r"(?:(?P<flow_before>(?i:exports?)[ \t]+(?i:to)|(?i:imports?)[ \t]+(?i:from))[ \t]+)?"
# "(+8.6%)", "(-2,4)" after a row's value: its change (a percentage, or signed), not the year before's value
RATE_CELL = r"(?:\([ \t]*(?:[-+−]\d{1,4}(?:[.,]\d{1,2})?[ \t]*%?|\d{1,4}(?:[.,]\d{1,2})?[ \t]*%)[ \t]*\)[ \t]*)?"
UNIT_LIST_ROW = re.compile(rf"[ \t]*(?:[-–—•*·▪]|\d{{1,2}}[.)])?[ \t]*{FLOW_BEFORE_NAME}"
                           rf"(?P<name>[^\W\d][^\d\n:–—|]{{1,40}}?)[ \t]*(?:[.…]{{3,}}[ \t]*)?[-–—:]?"
                           rf"[ \t]*(?:(?P<flow>(?i:exports|imports))[ \t]+)?(?P<num>{LIST_NUMBER})[ \t]*"
                           rf"(?:\([ \t]*(?P<prior>{LIST_NUMBER})[ \t]*\)[ \t]*)?"
                           r"(?:\([^()\n]{0,30}%[^()\n]{0,20}\)[ \t]*)?"
                           r"(?:(?:,[ \t]*|(?<=[ \t)]))[-+−]?\d{1,4}[.,]\d{1,2}[ \t]*%?[ \t]*)?"
                           # a share and a change in columns of their own: "Lithuania – 2 998.4 – 17.8 – -1.9"
                           r"(?:[-–—][ \t]+[-+−]?\d{1,3}[.,]\d{1,2}[ \t]*%?[ \t]*){0,2}"
                           # ... and the year before's value after them: "Türkiye — 1 536.2 — 15.2% — (1 489.7)"
                           rf"(?:[-–—][ \t]*\([ \t]*(?P<late_prior>{LIST_NUMBER})[ \t]*\)[ \t]*)?[;,.]?[ \t]*$")
# a line with both flows of a partner: "China — exports 37.845,2 (39.023,0); imports 17.906,4", "United States:
# exports 341,870 (350,112); imports 236,455 (233,907)"
TWO_FLOW_ROW = re.compile(rf"[ \t]*(?:[-–—•*·▪]|\d{{1,2}}[.)])?[ \t]*(?P<name>[^\W\d][^\d\n:–—|]{{1,40}}?)"
                          rf"[ \t]*[-–—:][ \t]*(?i:exports)[ \t]+(?P<num>{LIST_NUMBER})[ \t]*"
                          rf"(?:\([ \t]*(?P<prior>{LIST_NUMBER})[ \t]*\))?{RATE_CELL}"
                          rf"[ \t]*[;,][ \t]*(?i:imports)[ \t]+(?P<num2>{LIST_NUMBER})[ \t]*"
                          rf"(?:\([ \t]*(?P<prior2>{LIST_NUMBER})[ \t]*\))?{RATE_CELL}"
                          # "..., balance 87,743": the row's balance, no flow
                          rf"(?:[;,][ \t]*(?i:balance)[ \t]+[-+−]?{LIST_NUMBER}[ \t]*)?[;.]?[ \t]*$")
# a line with a partner's two flows separated by a slash or a bar, in the order its title names them: "Guyana .......
# 1,104.9 / 61.3" under "(TT$ million, exports / imports)", "China: 11,094 | 37,905" under "(exports | imports)"
SLASHED_ROW = re.compile(rf"[ \t]*(?:[-–—•*·▪]|\d{{1,2}}[.)])?[ \t]*(?P<name>[^\W\d][^\d\n:–—|/]{{1,40}}?)[ \t]*"
                         rf"(?:[.…]{{3,}}[ \t]*)?[-–—:]?[ \t]*(?P<num>{LIST_NUMBER})(?P<prior>)[ \t]*[/|][ \t]*"
                         rf"(?P<num2>{LIST_NUMBER})(?P<prior2>)[ \t]*{RATE_CELL}[;.]?[ \t]*$")
# a note after a row's name on what it leaves out: "China (excluding Hong Kong)", "Serbia (excl. Kosovo)"
LEFT_OUT_NOTE = re.compile(r"\(\s*(?:excluding|excl\.|without|except|not\s+including)\s[^()]*\)")
# "  of which exports ... 12,930.1" under a partner's row: that partner's flow
OF_WHICH_FLOW_ROW = re.compile(rf"[ \t]*(?i:of[ \t]+which|incl(?:uding|\.)?)[ \t]*:?[ \t]*"
                               rf"(?P<flow>(?i:exports|imports))[ \t]*(?:[.…]{{3,}}[ \t]*)?[-–—:]?[ \t]*"
                               rf"(?P<num>{LIST_NUMBER})[ \t]*"
                               rf"(?:\([ \t]*(?P<prior>{LIST_NUMBER})[ \t]*\)[ \t]*)?[;,.]?[ \t]*$")
SLASHED_FLOWS = re.compile(r"\b(exports|imports)\s*[/|]\s*(exports|imports)\b", re.IGNORECASE)
FIRST, SECOND = "first column", "second column"  # the flows of a slashed row, until its title names them
SLASHED_YEARS = re.compile(r"\b((?:19|20)\d\d)\s*[/|]\s*((?:19|20)\d\d)\b")  # "(value of trade, 2023 / 2022)"
# a title that says its bracketed numbers are an index or a rate, not the year before's values ("in brackets -
# dynamics, corresponding period of previous year = 100", "change y-o-y")
BRACKET_INDEX = re.compile(r"=\s*100\b|\b(?:dynamics|index|indices)\b|\b(?:change|growth|y-o-y|yoy)\b[^;:)]{0,30}\bin\s+"
                           r"(?:brackets|parenthes[ie]s)|\bin\s+(?:brackets|parenthes[ie]s)\s*[-–—:]?\s*(?:change|growth)",
                           re.IGNORECASE)
BARE_YEAR_BEFORE = re.compile(r"(?<![\w.,-])(?:19|20)\d\d$")
PERIOD_IN_BRACKETS = re.compile(r"\s*\(\s*")  # what stands between a title's period and one in brackets after it
IN_BRACKETS = re.compile(r"\s+(?:(?:figures|values?)\s+)?in\s+(?:brackets|parenthes[ie]s)\b")  # "2022 in brackets"
# "(in brackets – January-June 2023)", "figures in parentheses are for 2023": the period after the note
BRACKETS_FOR = re.compile(r"\b(?:figures\s+)?in\s+(?:brackets|parenthes[ie]s)\s*"
                          r"(?:[-–—:]\s*(?=\S)|(?:are|refer\s+to|show)\s+(?:(?:the\s+)?figures\s+)?(?:for\s+)?)")
# a line over a list's rows naming their flow: "Exports", "Imports by partner:", "Exports of goods by country of
# destination", "Main imports by origin"
FLOW_SUB_HEAD = re.compile(r"(?i)(?:main\s+)?(?P<flow>exports|imports)(?:\s+of\s+goods(?:\s+and\s+services)?)?"
                           r"(?:\s+by\s+(?:main\s+)?(?:partner\s+)?(?:countr(?:y|ies)|partners?|destinations?|origins?)"
                           r"(?:\s+of\s+(?:destination|origin))?)?\s*:?")
OWNER_GAP = re.compile(r"(?:['’]s?)?\s+")  # "Kazakhstan's exports", "Kazakh exports"
# the sum of the flows beside it ("Total", "Total trade", "Total volume", "Trade turnover")
TOTAL_COLUMN = re.compile(r"^(?:total(?:\s+(?:trade|volume|turnover|value))?|(?:trade\s+)?(?:turnover|volume))$")
VALUE_COLUMN = re.compile(r"^(?:value|amount)(?:\s*\([^()]*\))?$")  # a column of the title's measure
# a row's label that sums other rows: "Total", "Total non-oil and gas", "World", "Others", "Other countries",
# "of which:", "including:"
AGGREGATE_LABEL = re.compile(r"(?i)(?:total|world|all\s+countries|others?(?:\s+countries)?|rest\s+of\s+(?:the\s+)?world"
                             r"|of\s+which|including|incl\.)\b[^\d]{0,30}")
MAGNITUDES = {"thousand": 1e3, "m": 1e6, "million": 1e6, "mln": 1e6, "mn": 1e6, "billion": 1e9, "bln": 1e9, "bn": 1e9,
              "mld": 1e9, "mlrd": 1e9, "mrd": 1e9, "milliard": 1e9}
TITLE_LINES = 3
PERIOD_LINE_CHARS = 120
SHORT_TITLE = 100  # a title line this short is read whole for its period, though full stops split it
SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s*$")  # a line of prose: "... on a year ago.\"" is a quote, no title
SENTENCE_INSIDE = re.compile(r"[a-z)][.!?]\s+[A-Z]")  # a line of prose, no title
# "Table 3. Exports of goods by main trading partners. January-June 2025. NOK million": a title's parts are short
TITLE_PART_WORDS = 8


@dataclass
class GridFact:
    """One cell of a table read as a fact."""

    line: tuple[int, int]  # the row's span in the text (its evidence)
    hub: Optional[str]  # the country the table is about
    partner: str
    metric: str
    value: float
    currency: str
    factor: float  # the table's unit ("USD million": 1e6)
    period: Optional[tuple]


def grid_facts(article: Article) -> list[GridFact]:
    """Every fact the text's tables give."""
    if not article.tabular:
        return []
    lines = _lines(article.text)
    found: list[GridFact] = _unit_lists(article, lines)
    i = 0
    while i < len(lines):
        line = lines[i][2]
        line = _bars_in_brackets_as_slashes(line)  # "(million euros; exports | imports)" is one cell
        header = _header(line, _first_row(lines, i)) \
            if ("|" in line or "\t" in line or "  " in line.strip() or " / " in line) else None
        if header is None:
            i += 1
            continue
        rows, unit_rows = [], []
        j = i + 1
        # (a unit row stands under the header, before the rows: "Imports from the first 5 countries made up 47,8%
        # of total imports." after them is the text going on)
        while j < len(lines) and (RULE_ROW.match(lines[j][2]) or not rows and _unit_row(lines[j][2])
                                  or (row := _row(article, lines[j], len(header))) is not None
                                  or _aggregate_row(article, lines[j])):
            if not rows and _unit_row(lines[j][2]):
                unit_rows.append(lines[j])  # "| EUR billion | | |" under the header
            elif not RULE_ROW.match(lines[j][2]) and row is not None:
                rows.append(row)
            row = None
            j += 1
        if len(rows) >= 2:
            header = _without_percent_columns(line, header, unit_rows)
            found += _table_facts(article, lines, i, header, rows, unit_rows)
        i = max(j, i + 1)
    return found


def _first_row(lines: list[tuple[int, int, str]], header_at: int) -> str:
    """The line of the first row under a header, past its unit lines and rule."""
    return next((text for _, _, text in lines[header_at + 1:header_at + 4]
                 if text.strip() and not RULE_ROW.match(text) and not _unit_row(text)), "")


def _unit_lists(article: Article, lines: list[tuple[int, int, str]]) -> list[GridFact]:
    """A title that names the unit, then a line per partner with a bare number ("Main trading partners in 2022
    (USD million):" / "Russia – 26,100.5" / "China – 24,100.3"): the title's unit, period and measure for each."""
    found: list[GridFact] = []
    for i, (start, end, text) in enumerate(lines):
        text = _bars_in_brackets_as_slashes(text)
        titled = UNIT_TITLE.search(text) or text.rstrip().endswith(":") and unit_word_in_brackets().search(text)
        if not titled or len(_cells(text)) >= 2 and _header(text) is not None:
            continue  # "Country      Total trade (R billion)": a table's header, read with its title above
        rows = []
        flow: Optional[str] = None  # the flow a sub-head line names for the rows under it ("Exports", "Imports:")
        title_end, first_row = end, i + 1
        if first_row < len(lines) and _period_line(article, lines[first_row]):
            title_end, first_row = lines[first_row][1], first_row + 1  # "Year ended March 2024 (... in brackets ...)"
        after_blank = False  # a blank line after rows ends the list unless a flow's sub-head follows it
        for row_start, row_end, row_text in lines[first_row:]:
            row = _unit_list_row(article, row_start, row_text)
            if row is None and not row_text.strip():
                after_blank = bool(rows)
                continue  # a blank line between the title and its list, or before the next flow's sub-head
            sub_head = FLOW_SUB_HEAD.fullmatch(row_text.strip()) if row is None else None
            if sub_head is not None:
                flow, after_blank = sub_head.group("flow").lower(), False
                continue
            part = OF_WHICH_FLOW_ROW.fullmatch(row_text) if row is None and rows and not after_blank else None
            if part is not None:  # the flow of the partner of the row above ("Russia ... 23,614.8" / "of which")
                rows.append(((row_start, row_end), rows[-1][1], _number(part.group("num")), part.group("num"),
                             part.group("prior"), part.group("flow").lower()))
                continue
            if row is None and not after_blank and _aggregate_list_row(article, row_start, row_text):
                continue  # "CIS, total ........ 25,837.6 (24,011.9)": no fact, but the list goes on
            if row is None or after_blank:
                break
            rows.append(((row_start, row_end), *row[:4], row[4] or flow))
            if row[5] is not None:  # the partner's imports after its exports, on the same line
                rows.append(((row_start, row_end), row[0], *row[5], "imports" if row[4] == "exports" else SECOND))
        if len(rows) < 2:
            continue
        line_start, start = start, max(start, article.sentences[article.sentence_at(end - 1)][0])  # its own sentence
        if end - line_start <= SHORT_TITLE:  # "Main trading partners. May 2024. NOK million": read whole
            start = _title_above(lines, i) if UNIT_TITLE.match(text.strip()) else line_start
        end = title_end
        title = article.text[start:end]
        column_years = None
        if any(row[-1] in (FIRST, SECOND) for row in rows):
            # "Guyana ....... 1,104.9 / 61.3" under "(TT$ million, exports / imports)": the title names the columns;
            # "Sudan: 1,080.0 / 1,430.0" under "(trade, USD million, 2023 / 2022)": a value and its earlier one
            columns = SLASHED_FLOWS.search(title)
            column_years = SLASHED_YEARS.search(title) if columns is None else None
            if columns is None and column_years is None:
                continue
            if columns is not None:
                named = {FIRST: columns.group(1).lower(), SECOND: columns.group(2).lower()}
                rows = [(*row[:-1], named.get(row[-1], row[-1])) for row in rows]
            else:
                rows = _years_as_earlier_values(rows)
        # "... remained the first destination of Ecuadorian goods in 2023. The detail, in millions of dollars:": the
        # sentence that leads to the title in its paragraph names the measure and the period the title leaves out
        lead = max(line_start, article.sentences[article.sentence_at(start - 1)][0]) if start > line_start else None
        metric = _list_metric(title)
        if metric is None and lead is not None:
            metric = _list_metric(article.text[lead:start])
        if metric is None and all(row[-1] for row in rows):
            metric = "turnover"  # each row's flow is its sub-head's
        unit = UNIT.search(title)
        # "(exports / imports, in MD, first half of 2024)": one word for the currency and its magnitude
        word = unit_word_in_brackets().search(title) if unit is None else None
        if metric is None or unit is None and word is None:
            continue
        factor = _factor(unit) if unit is not None else unit_words()[word.group(1)]
        currency = _unit_currency(_currency_word(unit) if unit is not None else word.group(1), article)
        dotted = any(DOT_GROUPED.fullmatch(raw) for _, _, _, raw, _, _ in rows)
        if currency is None or dotted and not DECIMAL_COMMA_PERCENT.search(article.text):
            continue  # a currency not known, or "13.902" that may be thirteen thousand: no guess
        if dotted:  # the text writes decimal commas ("46,6%"): its dots group thousands
            rows = [(span, partner, _number(raw.replace(".", "")), raw, prior and _number(prior.replace(".", "")),
                     flow) for span, partner, _, raw, prior, flow in rows]
        named = [m.iso3 for m in article.countries_in(start, end) if m.iso3 != GROUP]
        hub = named[0] if named else article.hub
        if not named and hub in {row[1] for row in rows}:
            continue  # the country a text names most is one of the rows: whose list it is, the text does not say
        note = BRACKETS_FOR.search(title)  # the period after "in brackets –" is the bracketed values', not the list's
        own_end = start + note.start() if note is not None else end
        period = _title_period(article, start, own_end, title[:own_end - start], hub)
        # "(US$ million; July-May 2022-23 in brackets)": the brackets' period, a year before the figures'
        bracketed = _bracketed_period(title) if not BRACKET_INDEX.search(title) else None  # not a change's period
        prior_period = resolve(bracketed, article.ref, None, None, hub) if bracketed is not None else None
        period = shift_years(prior_period, 1) if period is None and prior_period is not None else period
        if period is None and lead is not None:
            period = _title_period(article, lead, start, article.text[lead:start], hub)
        prior_period = prior_period or (year_earlier(period) if period is not None else None)
        if column_years is not None:
            period, prior_period = (month_span(int(year), 1, 12) for year in column_years.groups())
        for span, partner, number, _, prior, flow in rows:
            if partner == hub:
                continue
            row_metric = flow or metric
            if number > 0:
                found.append(GridFact(span, hub, partner, row_metric, round(number * factor, 2), currency, factor,
                                      period))
            if prior and prior_period is not None and not BRACKET_INDEX.search(title):  # the earlier value, in brackets
                found.append(GridFact(span, hub, partner, row_metric, round(_number(prior) * factor, 2), currency,
                                      factor, prior_period))
    return found


def _years_as_earlier_values(rows: list[tuple]) -> list[tuple]:
    """The rows of a slashed list whose title names two years: each partner's second number is its first one's
    value in the other year, as a bracketed earlier value is."""
    second = {row[0]: row[3] for row in rows if row[-1] == SECOND}
    return [(span, partner, number, raw, second.get(span, prior), None)
            for span, partner, number, raw, prior, flow in rows if flow != SECOND]


def _period_line(article: Article, line: tuple[int, int, str]) -> bool:
    """A line between a list's unit title and its rows that only says the period: "Year ended March 2024 (figures
    in brackets are for the year ended March 2023)"."""
    start, end, text = line
    return bool(text.strip()) and len(text) <= PERIOD_LINE_CHARS and _unit_list_row(article, start, text) is None \
        and not SENTENCE_END.search(text) and _header(text) is None and bool(article.periods_in(start, end))


def _title_above(lines: list[tuple[int, int, str]], i: int) -> int:
    """Where the title of a unit line that is nothing but its unit starts: the line above it, when that is a
    title and not prose ("Main trading partners of the Kyrgyz Republic in 2023" / "(foreign trade turnover,
    million US dollars)")."""
    above = next(((start, text) for start, _, text in reversed(lines[max(0, i - TITLE_LINES):i]) if text.strip()), None)
    if above is None or SENTENCE_END.search(above[1]) or len(above[1]) > SHORT_TITLE:
        return lines[i][0]
    return above[0]


def _factor(unit: re.Match[str]) -> float:
    """What a table's unit multiplies its numbers by: "USD million" 1e6; "(Unit: 100 million yen)" 1e8."""
    return MAGNITUDES[unit.group("mag").lower().rstrip("s")] * int(unit.group("count") or 1)


def _currency_word(unit: re.Match[str]) -> Optional[str]:
    return unit.group("cur1") or unit.group("cur2")


def _unit_currency(word: Optional[str], article: Article) -> Optional[str]:
    """The currency a table's unit names (its currency word, or a word that is currency and magnitude: "MD");
    dollars when it names none; None for a word that is no currency. An ISO code in capitals is one even where the
    prose reader skips it as a word ("million ALL")."""
    if not word:
        return article.stated_dollar or "USD"
    if word in BARE_DOLLAR and article.stated_dollar is not None:
        return article.stated_dollar  # "Value ($million)" under "All figures are in New Zealand dollars."
    known = currency_of(word, [iso for iso, _ in article.counts.most_common()])  # "R" in a South African text
    if known is None and word.isupper() and pycountry.currencies.get(alpha_3=word) is not None:
        return word
    return known


def _unit_list_row(article: Article, start: int, text: str) -> Optional[tuple]:
    """(country, number, the number as written, the year before's as written, the flow the row names, and the
    imports' (number, as written, the year before's) when the line gives both flows) of a line holding a country's
    name and a bare number only, perhaps after its flow ("Netherlands: exports 16.30")."""
    match = UNIT_LIST_ROW.match(text)
    both = (TWO_FLOW_ROW.match(text) or SLASHED_ROW.match(text)) if match is None else None
    found = match or both
    if found is None:
        return None
    name_start, name_end = start + found.start("name"), start + found.end("name")
    left_out = LEFT_OUT_NOTE.search(article.low, name_start, name_end)  # "China (excluding Hong Kong)"
    mentions = [m for m in article.countries_in(name_start, left_out.start() if left_out else name_end)
                if m.iso3 != GROUP]
    if len(mentions) != 1 or mentions[0].start != name_start:
        return None
    if both is not None:
        imports = (_number(both.group("num2")), both.group("num2"), both.group("prior2"))
        exports = (_number(both.group("num")), both.group("num"), both.group("prior"))
        # a slashed pair of numbers holds the flows in the order the title names them
        return mentions[0].iso3, *exports, "exports" if both.re is TWO_FLOW_ROW else FIRST, imports
    flow = match.group("flow") or match.group("flow_before")
    flow = flow and ("exports" if flow.lower().startswith("export") else "imports")
    prior = match.group("prior") or match.group("late_prior")
    return mentions[0].iso3, _number(match.group("num")), match.group("num"), prior, flow, None


def _aggregate_list_row(article: Article, start: int, text: str) -> bool:
    """A list's line for a total or a group of countries ("CIS, total ........ 25,837.6", "EU-27 – 4,120.5")."""
    match = UNIT_LIST_ROW.match(text)
    if match is None:
        return False
    name_start, name_end = start + match.start("name"), start + match.end("name")
    return AGGREGATE_LABEL.fullmatch(match.group("name").strip()) is not None \
        or any(m.iso3 == GROUP for m in article.countries_in(name_start, name_end))


def _list_metric(title: str) -> Optional[str]:
    """What a titled list measures: its trade phrase, else its partners' role ("main buyers": exports)."""
    low = title.lower()
    phrase = metric_lookup()[0].search(low)
    if phrase is not None:
        return metric_lookup()[1][phrase.group(0)]
    cues = cue_patterns()
    if cues["buyer_list"].search(low):
        return "exports"
    if cues["seller_list"].search(low):
        return "imports"
    return "turnover" if re.search(r"\bpartners?\b", low) else None


def _bracketed_period(title: str) -> Optional[PeriodPhrase]:
    """The period a title says its bracketed values are for ("(US$ million; July-May 2022-23 in brackets)"), which
    the text's period phrases leave out (they are not the figures' own)."""
    for note in IN_BRACKETS.finditer(title):
        found = [p for p in find_periods(title[:note.start()]) if p.end == note.start()]
        if found:
            return found[-1]
        year = BARE_YEAR_BEFORE.search(title, 0, note.start())  # "USD million (2022 in brackets)"
        if year is not None:
            return PeriodPhrase(0, 0, "year", year=int(year.group(0)))
    for note in BRACKETS_FOR.finditer(title):
        found = [p for p in find_periods(title[note.end():]) if p.start == 0]
        if found:
            return found[0]
    # "Leading export destinations, August 2024 (August 2023), KSh million:": a period in brackets after the title's
    phrases = find_periods(title)
    return next((later for earlier, later in zip(phrases, phrases[1:])
                 if PERIOD_IN_BRACKETS.fullmatch(title, earlier.end, later.start)
                 and title.startswith(")", later.end)), None)


def _title_period(article: Article, start: int, end: int, context: str, hub: Optional[str]) -> Optional[tuple]:
    """The period a table's title names: a period phrase (not one its figures are compared with: "in brackets -
    change against January-September 2023"), else a year standing alone ("..., 2022, $ billion")."""
    phrases = article.periods_in(start, end)
    # not the period of the values in brackets ("with 2022 in brackets")
    phrase = next((p for p in phrases if not compared(article, p) and not IN_BRACKETS.match(article.low, p.end)), None)
    bare_year = TITLE_YEAR.search(context)
    if phrase is None and not phrases and bare_year is not None:
        phrase = PeriodPhrase(0, 0, "year", year=int(bare_year.group(0)))
    return resolve(phrase, article.ref, None, None, hub) if phrase else None  # "2022-23" in the hub's fiscal year


def _lines(text: str) -> list[tuple[int, int, str]]:
    result, start = [], 0
    for line in text.split("\n"):
        result.append((start, start + len(line), line))
        start += len(line) + 1
    return result


BRACKET_PAIR = re.compile(r"\([^()\n]*\)")


def _bars_in_brackets_as_slashes(line: str) -> str:
    """A bar inside brackets joins words of one cell ("(million euros; exports | imports)"), as a slash does."""
    return BRACKET_PAIR.sub(lambda m: m.group(0).replace("|", "/"), line) if "|" in line and "(" in line else line


def _cells(line: str) -> list[str]:
    """The cells of a line, without a leading rank column ("Rank | Country | ...", "1 | China | ...")."""
    line = _bars_in_brackets_as_slashes(line)
    # a slash separates cells only in a line with no other separator and no brackets ("(US$ million, FOB exports /
    # CIF imports)" is one cell)
    slashed = not ("|" in line or "\t" in line or "  " in line.strip() or "(" in line)
    split = SLASH_SPLIT if slashed else CELL_SPLIT
    cells = [c.strip() for c in split.split(line.strip().strip("|")) if c.strip()]
    if len(cells) >= 3 and (RANK_HEAD.fullmatch(cells[0]) or RANK_CELL.fullmatch(cells[0])
                            and not NUMBER_CELL.match(cells[1].strip())):
        return cells[1:]
    return cells


def _header(line: str, below: Optional[str] = None) -> Optional[list[Optional[tuple[str, Union[str, PeriodPhrase, None]]]]]:
    """The columns of a header line: (metric, year) for each column after the first, or None for a column
    that gives no fact; None when the line is not a table header. A header indented no deeper than the line
    below it (`below`) is a table indented as a whole, not one whose label column's head is blank."""
    cells = _cells(line)
    if BLANK_FIRST_CELL.match(line) and (below is None or "|" in line or "\t" in line
                                         or _indent(line) > _indent(below) + 1):
        cells = [""] + cells  # "      Exports    Imports": the label column's head is left blank
    if len(cells) < 2:
        return None
    pattern, table = metric_lookup()
    hard_block = cue_patterns()["hard_block"]
    columns: list[Optional[tuple[str, Union[str, PeriodPhrase, None]]]] = []
    for cell in cells[1:]:
        low = cell.lower()
        if YEAR_CELL.match(cell.strip()):
            columns.append(("?", cell.strip()))
        elif (period := _period_cell(cell)) is not None:
            columns.append(("?", period))  # "Jan 2024", "H1 2023", "Jan-Jun 2023", "Q1 2023"
        elif hard_block.search(low) or "%" in low or "share" in low or "growth" in low or "change" in low:
            columns.append(None)
        elif TOTAL_COLUMN.match(low.strip()):
            columns.append(("turnover", None))
        elif VALUE_COLUMN.match(low.strip()) or UNIT.fullmatch(cell.strip()):
            columns.append(("?", None))  # "Value", "US$ million": what the title says the table measures
        elif (match := pattern.search(low)) is not None:
            columns.append((table[match.group(0)], None))
        else:
            columns.append(None)
    return columns if any(columns) else None


SPACED_CELL = re.compile(r"\S+(?: \S+)*")  # a cell of a line aligned with runs of spaces


def _without_percent_columns(line: str, header: list, unit_rows: Sequence) -> list:
    """The header's columns, but for those a percent sign stands under in its second line ("Turnover," over "in %
    to 2017"): a rate, no amount. Read by position, in tables aligned with spaces."""
    if not unit_rows or "|" in line or "\t" in line:
        return header
    spans = [m.span() for m in SPACED_CELL.finditer(line)]
    spans = spans[len(spans) - len(header):]  # the columns after the label's
    result = list(header)
    for _, _, text in unit_rows:
        for cell in SPACED_CELL.finditer(text):
            if "%" not in cell.group(0):
                continue
            for k, (a, b) in enumerate(spans):
                if max(a, cell.start()) < min(b, cell.end()):
                    result[k] = None
    return result


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _period_cell(cell: str) -> Optional[PeriodPhrase]:
    """A column header that is one period phrase with its year and nothing else ("I-VI 2023", the months in
    Roman numerals as statistics offices write them, is read as "January-June 2023")."""
    text = ROMAN_MONTHS.sub(_roman_months, UNIT_IN_CELL.sub("", cell).strip())
    if ERA_YEAR_CELL.fullmatch(text):  # "1402": a year of a national calendar (data/eras.tsv), the solar year 2023-24
        year, era = gregorian(int(text))
        return PeriodPhrase(0, 0, "fiscal", year=year, calendar=era) if era is not None else None
    found = find_periods(text)
    if len(found) != 1 or found[0].year is None or found[0].end - found[0].start < len(text) - 1:
        return None
    return found[0]


def _roman_months(match: re.Match[str]) -> str:
    first, last = (ROMAN.index(match.group(k)) + 1 for k in ("first", "last"))
    return f"{calendar.month_name[first]}-{calendar.month_name[last]}"


@dataclass(frozen=True)
class FlowRow:
    """A row of one flow of the pair the title names ("Exports from Kazakhstan, $ million")."""

    metric: str
    named: Optional[str] = None  # the country its label names
    sells: Optional[bool] = None  # whether that country sells ("Exports from X", "Imports of X": it buys)


RowKey = Union[str, PeriodPhrase, FlowRow]  # a partner country, the period of a pair's row, or a pair's flow


def _row(article: Article, line: tuple[int, int, str], width: int) -> Optional[tuple[tuple[int, int], RowKey, list[str]]]:
    """A data row: a country (or a period) in its first cell and numbers in the others."""
    start, end, text = line
    cells = _cells(text)
    if len(cells) < 2 or not all(_row_cell(c.strip()) for c in cells[1:]):
        return None
    first_start = start + text.find(cells[0])
    first_end = first_start + len(cells[0]) + 1
    mentions = [m for m in article.countries_in(start, min(end, first_end + 2)) if m.iso3 != GROUP]
    flow = _flow_row(article, first_start, cells[0], mentions)
    if flow is not None:
        return (start, end), flow, cells[1:width + 1]
    if mentions:
        return (start, end), mentions[0].iso3, cells[1:width + 1]
    period = next((p for p in article.periods_in(first_start, first_end) if p.start == first_start), None)
    if period is None and YEAR_CELL.match(cells[0].strip()):
        period = PeriodPhrase(0, 0, "year", year=int(cells[0].strip()))
    return None if period is None else ((start, end), period, cells[1:width + 1])


def _row_cell(cell: str) -> bool:
    """A cell a data row may hold after its label: a number, a percentage, or a mark for no value."""
    return NUMBER_CELL.match(cell) is not None or PERCENT_CELL.match(cell) is not None or cell in EMPTY_CELLS


def _flow_row(article: Article, label_start: int, label: str, mentions: list) -> Optional[FlowRow]:
    """The flow a row's label opens with ("Turnover", "Exports from Kazakhstan", "Kazakh exports"), or None."""
    pattern, table = metric_lookup()
    low = label.lower()
    named = mentions[0] if mentions else None
    phrase = pattern.match(low)
    if phrase is None and named is not None and named.start == label_start:  # the country first
        owner = OWNER_GAP.match(low, named.end - label_start)
        phrase = pattern.match(low, owner.end()) if owner else None
    if phrase is None:
        return None
    if named is None:
        return FlowRow(table[phrase.group(0)])
    return FlowRow(table[phrase.group(0)], named.iso3, {SELLER: True, BUYER: False}.get(party(article, named).role))


def _flow_cells(row: FlowRow, pair: list[str]) -> Optional[tuple[str, str]]:
    """(hub, partner) of a flow row's cells as GridFact counts them: the exporter and the importer for exports,
    the importer and the exporter for imports; the title's order for two-way trade."""
    first, second = pair
    if row.metric not in ("exports", "imports"):
        return first, second
    if row.named is None:  # "Exports", "Imports": the first country's
        exporter = first if row.metric == "exports" else second
    elif row.sells is None or row.named not in pair:
        return None
    else:
        other = second if row.named == first else first
        exporter = row.named if row.sells else other
    importer = second if exporter == first else first
    return (exporter, importer) if row.metric == "exports" else (importer, exporter)


def _unit_row(line: str) -> bool:
    """A row that holds only the table's unit ("| EUR billion | | | |"), or a header's second line that gives its
    columns' units ("Partner  Turnover,  Change," / "         mln USD   %", "   in % to 2017"), in brackets or not."""
    cells = [cell.strip(" ()[]") for cell in _cells(line) if cell.strip(" ()[]")]  # "(billion euros)  (%)"
    return bool(cells) and all(UNIT.fullmatch(cell) or "%" in cell and not PERCENT_CELL.match(cell) for cell in cells)


def _aggregate_row(article: Article, line: tuple[int, int, str]) -> bool:
    """A row inside a table that gives no fact but does not end it: a total, the rest, a group of countries
    ("Total  64 218,7", "  of which:", "Others  56 160,2", "EAEU countries  13 998,1", "ASEAN  49 772,9")."""
    start, end, text = line
    cells = _cells(text)
    if len(cells) == 1:
        return AGGREGATE_LABEL.fullmatch(cells[0]) is not None and cells[0].endswith(":")
    if len(cells) < 2 or not all(_row_cell(c) for c in cells[1:]):
        return False
    label_end = start + text.find(cells[0]) + len(cells[0])
    return AGGREGATE_LABEL.fullmatch(cells[0]) is not None \
        or any(m.iso3 == GROUP for m in article.countries_in(start, label_end))


def _table_facts(article: Article, lines: list, header_at: int, header: list, rows: list,
                 unit_rows: Sequence = ()) -> list[GridFact]:
    above = _title_lines(lines, header_at)
    context = " ".join(text for _, _, text in above)
    # a table by flow may give its unit in each row's label ("Turnover, $ million")
    # the unit named nearest above the rows ("SEK billion" under a lead sentence that names other amounts)
    unit = next(filter(None, (UNIT.search(text) for _, _, text in (*unit_rows, *reversed(above)))), None) \
        or next((UNIT.search(article.text[a:b]) for (a, b), key, _ in rows
                 if isinstance(key, FlowRow) and UNIT.search(article.text[a:b])), None)
    if unit is None:
        return []
    factor = _factor(unit)
    currency = _unit_currency(_currency_word(unit), article)
    if currency is None:
        return []
    pattern, table = metric_lookup()
    # a title line (no full stop at its end) says what the table measures before a lead sentence between them does
    titles = [text for _, _, text in reversed(above) if not SENTENCE_END.search(text)]
    title_phrase = next(filter(None, (pattern.search(text.lower()) for text in titles)), None) \
        or next(filter(None, (pattern.search(text.lower()) for _, _, text in reversed(above))), None)
    title_metric = table[title_phrase.group(0)] if title_phrase else None
    start, end = above[0][0], above[-1][1]
    # the title line nearest the table that names two countries, else all the lines above it ("...the slowdown
    # hit India's exporters.\n\nTable 1: India-Bangladesh trade (US$ billion)"); a title that names none ("2.
    # Bilateral trade (in US$ million)") leaves it to the lines above
    title = _title_block(above[:-1])
    if title is not None and 1 <= len(sides := _title_sides(article, *title)) <= 2:
        named = sides  # title lines right above the table say whose it is, not the prose paragraph above them
    elif title is not None and article.hub_named and all(isinstance(key, str) for _, key, _ in rows):
        # a title naming no country over rows of countries ("Top trading partners, January-October 2023") ranks
        # the partners of the country the release speaks for, not of a partner its prose named above
        named = [article.hub]
    else:
        named = next((sides for sides in (_title_sides(article, a, b) for a, b, text in reversed(above[:-1])
                                          if text.strip()) if len(sides) == 2), None) or _title_sides(article, start, end)
    hub = named[0] if named else article.hub
    period = (_title_period(article, *title, article.text[title[0]:title[1]], hub) if title is not None else None) \
        or _title_period(article, start, end, context, hub)
    grouped = _dot_grouped_cells(header, rows)
    owners = _column_owners(lines[header_at][2], len(header), named)
    facts: list[GridFact] = []
    for span, key, cells in rows:
        partner, row_period, row_hub = key, period, hub
        if isinstance(key, FlowRow):  # a row per flow of the pair the title names
            sides = _flow_cells(key, named) if len(named) == 2 else None
            if sides is None:
                continue
            (row_hub, partner), row_metric = sides, key.metric
        if isinstance(key, PeriodPhrase):  # a row per period of the pair the title names
            if len(named) != 2:
                continue
            partner, row_period = named[1], resolve(key, article.ref, None, None, hub)
        for column, cell, owner in zip(header, cells, owners):
            if column is None or not NUMBER_CELL.match(cell.strip()):
                continue
            metric, year = column
            cell_hub, cell_partner = row_hub, partner
            if isinstance(key, PeriodPhrase) and owner is not None and metric in ("exports", "imports"):
                # "Moroccan exports to Côte d'Ivoire | Ivorian exports to Morocco": each column's own side
                cell_hub, cell_partner = owner, named[0] if owner == named[1] else named[1]
            if isinstance(key, FlowRow):
                if metric != "?":
                    continue  # a flow row is read in its year columns
                metric = row_metric
            metric = title_metric if metric == "?" else metric
            if metric is None:
                continue
            cell = cell.strip()
            value = (float(cell.replace(".", "")) if cell in grouped else _number(cell)) * factor
            if value <= 0:
                continue
            if isinstance(year, PeriodPhrase):
                cell_period = resolve(year, article.ref, None, None, row_hub)  # "Jul-Apr FY24" in its fiscal year
            else:
                cell_period = resolve(PeriodPhrase(0, 0, "year", year=int(year)), article.ref) if year else row_period
            if cell_partner != cell_hub:
                facts.append(GridFact(span, cell_hub, cell_partner, metric, round(value, 2), currency, factor,
                                      cell_period))
    return facts


def _column_owners(line: str, width: int, pair: list[str]) -> list[Optional[str]]:
    """For each column, the side of the pair whose flow its head names: the country before "exports"
    ("Ivorian exports to Morocco"), else the other side of the one after it ("Imports from Morocco")."""
    if len(pair) != 2:
        return [None] * width
    owners: list[Optional[str]] = []
    for cell in _cells(line)[-width:]:
        flow = FLOW_WORD.search(cell.lower())
        named = [m for m in find_mentions(cell) if m.iso3 in pair] if flow is not None else []
        before = [m.iso3 for m in named if m.end <= flow.start()]
        after = [m.iso3 for m in named if m.start >= flow.end()]
        owners.append(before[-1] if before else pair[0] if after == [pair[1]] else pair[1] if after == [pair[0]]
                      else None)
    return [None] * (width - len(owners)) + owners


def _dot_grouped_cells(header: list, rows: list) -> set[str]:
    """"1.211" in a "US$ million" column of "700" and "623": a dot grouping thousands, as Spanish and Portuguese
    tables write them; read as a decimal it would be hundreds of times smaller than the cells beside it."""
    cells = [cell.strip() for _, _, row in rows for column, cell in zip(header, row)
             if column is not None and NUMBER_CELL.match(cell.strip())]
    settled = [_number(cell) for cell in cells if not DOT_GROUPED.fullmatch(cell)]
    if len(settled) < 2:
        return set()
    middle = statistics.median(settled)
    return {cell for cell in cells if DOT_GROUPED.fullmatch(cell) and _number(cell) * SMALL_RATIO <= middle}


def _title_sides(article: Article, start: int, end: int) -> list[str]:
    """The countries a table's title names, whose trade it is first: "Trade in Goods with Vietnam" over a "U.S.
    Census Bureau" line is the United States' trade, Vietnam its partner."""
    named = list(dict.fromkeys(m.iso3 for m in article.countries_in(start, end) if m.iso3 != GROUP))
    if len(named) == 2:
        found, _ = parties(article, start, end)
        partners = {p.iso3 for p in found if p.role in (BUYER, SELLER, PARTNER) and not p.reporter}
        if named[0] in partners and named[1] not in partners:
            named.reverse()
    return named


def _title_block(above: list) -> Optional[tuple[int, int]]:
    """The span of the lines without a full stop at their end right above a table's header ("Table 3. Main
    destinations of exports, 2024"), or None when a sentence stands right above it."""
    block = []
    for start, end, text in reversed(above):
        if not text.strip():
            if block:
                break  # "Main partner country for imports: Russian Federation" a paragraph up: a heading of its own
            continue
        if SENTENCE_END.search(text) or SENTENCE_INSIDE.search(text) and not _title_of_parts(text):
            break
        block.append((start, end))
    return (block[-1][0], block[0][1]) if block else None


def _title_of_parts(text: str) -> bool:
    """"Table 3. Exports of goods by main trading partners. January-June 2025. NOK million": a title whose parts
    are set off by full stops, each a few words, not sentences of prose."""
    return all(len(part.split()) <= TITLE_PART_WORDS for part in re.split(r"[.!?]\s+", text))


def _title_lines(lines: list, header_at: int) -> list:
    """The header line and the TITLE_LINES lines with words above it (blank lines between do not count)."""
    first, seen = header_at, 0
    while first > 0 and seen < TITLE_LINES:
        first -= 1
        seen += bool(lines[first][2].strip())
    return lines[first:header_at + 1]


def _number(cell: str) -> float:
    cell = cell.replace(" ", "")
    if "," in cell and "." in cell:
        return float(cell.replace(",", "")) if cell.rfind(".") > cell.rfind(",") else float(cell.replace(".", "").replace(",", "."))
    if "," in cell:
        head, _, tail = cell.rpartition(",")
        return float(cell.replace(",", "")) if len(tail) == 3 else float(cell.replace(",", "."))
    return float(cell)

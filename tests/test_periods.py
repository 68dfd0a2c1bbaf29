"""Which period a figure covers (issue 7, item 5): fiscal years by country, months without a year, the
same period last year, years to a month, halves and nine-month spans. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from fact_cases import facts_of
from parsers.fiscal_calendars import fiscal_start
from parsers.period_spans import resolve
from parsers.periods import Reference, find_periods


def periods_of(text: str, date: dt.date | None = dt.date(2023, 10, 2)) -> set[str | None]:
    return {period for *_, period, _year in facts_of(text, date)}


Y2021, Y2022 = "2021-01..2021-12", "2022-01..2022-12"


def period_by_value(text: str, date: dt.date | None = dt.date(2023, 10, 2)) -> dict[int, str | None]:
    return {value: period for _pair, _metric, _exporter, value, _cur, period, _year in facts_of(text, date)}


FISCAL_YEARS = [
    # India, Japan, the UK count April-March; Pakistan, Egypt, Australia, Bangladesh, Kenya July-June
    ("India's exports to the UAE reached $31 billion in FY2022-23.", "2022-04..2023-03"),
    # a fiscal year written with one year is named by its last year in India ("FY23" ends in March 2023), by its
    # first in Japan ("fiscal 2022" runs from April 2022)
    ("Japan's exports to Vietnam were $23 billion in fiscal 2022.", "2022-04..2023-03"),
    ("In FY2023, trade between Japan and Vietnam reached 6 trillion yen.", "2023-04..2024-03"),
    ("Japanese imports from Australia totalled 9 trillion yen in the first half of fiscal 2023.", "2023-04..2023-09"),
    ("India's exports to Japan were $5 billion in FY22.", "2021-04..2022-03"),
    ("Pakistan's imports from Japan fell to $1.2 billion in fiscal 2023.", "2022-07..2023-06"),
    ("Pakistan's exports to China were $2 billion in July–March FY2018-19.", "2018-07..2019-03"),
    # the months of a fiscal year run forward, also where they cross the year's start
    ("US exports to Bangladesh were $900 million in July-January of FY24.", "2023-07..2024-01"),
    ("Japan's imports from Vietnam were 2 trillion yen in February-May of fiscal 2023.", "2023-02..2023-05"),
    ("Australia's exports to India were A$9 billion in April-August of FY2022-23.", "2022-04..2022-08"),
    # a year as a label: in brackets after the figure, before a dash or a colon in a list of years
    ("Canadian exports to Mexico: C$9.2 billion (2022)", "2022-01..2022-12"),
    ("Key facts\n- Two-way trade between Chile and Peru: $4.1 billion (2021)", "2021-01..2021-12"),
    ("Trade between Kenya and Uganda, 2021: $1.1 billion", "2021-01..2021-12"),
    # a period restated in brackets with its year: what the brackets say
    ("Iran's non-oil exports to Iraq reached $7.2 billion in the first nine months of the current Iranian calendar "
     "year (March 21-December 21, 2022).", "2022-03..2022-12"),
    ("Bangladesh's exports to India reached $1 billion over the first half of this fiscal year (July-December "
     "2021).", "2021-07..2021-12"),
    ("Trade between Iran and Turkey fell to $4.1 billion in the first seven months of the Iranian year (March "
     "21-October 22, 2022).", "2022-03..2022-10"),
    # ... and brackets that name no year only gloss the fiscal year before them ("(April-March)")
    ("India's trade with the UAE grew in the financial year 2022-23 (April-March). India's exports to the UAE "
     "during the year stood at $31 billion.", "2022-04..2023-03"),
    ("Pakistan's exports to China rose in FY2022-23 (July-June). Pakistan's imports from China during the year "
     "stood at $13 billion.", "2022-07..2023-06"),
    ("Japan's exports to Vietnam rose in fiscal 2022 (April-March). Japan's imports from Vietnam during the year "
     "were 2.6 trillion yen.", "2022-04..2023-03"),
    # ... twelve months in brackets are that fiscal year's own calendar, whatever the side that reports it keeps
    ("India's commerce ministry data show Bangladesh imported goods worth $9 billion from India in FY2022-23 "
     "(July-June).", "2022-07..2023-06"),
    ("India's exports to Kenya, as the Indian ministry counts them, were $3 billion in FY2022-23 (July-June).",
     "2022-07..2023-06"),
    ("Kenya's imports from the US were $700 million in FY2023 (October-September).", "2022-10..2023-09"),
    # ... also after the words "financial year" that follow the years ("the 2022-23 financial year (July-June)")
    ("Australia's trade with Vietnam grew in the 2022-23 financial year (July-June). Australia's exports to Vietnam "
     "during the year were A$9.9 billion.", "2022-07..2023-06"),
    ("India's exports to Nepal rose in the 2022-23 fiscal year (April-March). India's imports from Nepal during "
     "the year came to $840 million.", "2022-04..2023-03"),
    ("Kenya's trade with Uganda grew in the 2022/23 financial year ( July - June ). Kenya's exports to Uganda "
     "during the year reached $1.1 billion.", "2022-07..2023-06"),
    # a fiscal year in a pair's text is the year of the side that keeps one, however often the other is named
    ("Trade between Egypt and China registered $15.8 billion in fiscal year 2022/2023. Many Chinese firms work "
     "in the country, and China is a big buyer.", "2022-07..2023-06"),
    ("China's exports to Pakistan were $11 billion in FY2022-23, China's customs data show.", "2022-07..2023-06"),
    ("Trade between Kenya and China reached $7 billion in the financial year 2022-23; China led Kenya's imports "
     "and Chinese firms built roads.", "2022-07..2023-06"),
    # "fiscal year (FY) 2023/2024": the abbreviation in brackets between the words and the years
    ("Egypt's imports from China were $14 billion during fiscal year (FY) 2022/2023.", "2022-07..2023-06"),
    ("Kenya's exports to Uganda were $1 billion in the financial year (FY) 2022/23.", "2022-07..2023-06"),
    ("Egyptian exports to Turkey reached $1.7bn during the first half of fiscal year (FY) 2023/2024.",
     "2023-07..2023-12"),
    # ", when it reached ...": the year named right before "when"
    ("The record for trade between Argentina and Brazil dates back to 2011, when it reached $39.6 billion.",
     "2011-01..2011-12"),
    ("For Chile and Peru the best year was 2019, when trade hit $4 billion.", "2019-01..2019-12"),
    ("Trade between Kenya and Uganda was highest in 2014, when it came to $1.1 billion.", "2014-01..2014-12"),
    # a count of months with no year after a fiscal span of as many months is those months
    ("Bangladesh's exports grew in July-March of FY2022-23. Exports to Japan reached $1.1 billion in nine months.",
     "2022-07..2023-03"),
    ("Pakistan's exports grew in July-December FY2022-23. Exports to China came to $1.5 billion in the first six "
     "months.", "2022-07..2022-12"),
    ("Egypt's exports grew in July-September FY2022/23. Exports to Italy came to $600 million in three months.",
     "2022-07..2022-09"),
    # the fiscal year "that ended" is the last one, not the one running
    ("Pakistan bought goods worth $13.9bn from China during the fiscal year that ended on June 30.",
     "2022-07..2023-06"),
    ("India's exports to the UAE stood at $31 billion in the financial year which ended in March.",
     "2022-04..2023-03"),
    ("Kenya's imports from India reached $3 billion in the fiscal year that has ended.", "2022-07..2023-06"),
    # months with their fiscal year written after them, bare or in brackets
    ("Pakistan's imports from Afghanistan during July-December (2023-24) were $318.5 million.", "2023-07..2023-12"),
    ("Pakistan's exports to China in July-March 2022-23 were $2 billion.", "2022-07..2023-03"),
    ("India's imports from Russia in January-March 2023-24 were $15 billion.", "2024-01..2024-03"),
    ("Pakistan's imports from China rose to $4 billion in the first quarter of the fiscal year.", "2023-07..2023-09"),
    ("Bangladesh's imports from India stood at $13.7 billion in FY2021-22.", "2021-07..2022-06"),
    ("Kenya's imports from China reached $3.8 billion in the 2022/23 financial year.", "2022-07..2023-06"),
    ("India's exports to the UAE were $8 billion in Q1 FY23.", "2022-04..2022-06"),
    # Nepal's year starts in mid-July, Iran's on 21 March
    ("Nepal's imports from India stood at $8 billion in the first half of the fiscal year.", "2023-07..2024-01"),
    ("Iran's exports to Iraq reached $6 billion in the first six months of the current Iranian year.",
     "2023-03..2023-09"),
    # a year named by a nation's adjective is that nation's year; a calendar year is January-December
    ("Trade between Iran and Iraq stood at $10 billion in the last Iranian calendar year.", "2022-03..2023-03"),
    ("Iran's exports to Turkey totalled $5.5 billion in the previous Iranian year.", "2022-03..2023-03"),
    ("Iran's imports from the UAE reached $20 billion during the current Iranian year.", "2023-03..2024-03"),
    ("Trade between Chile and Peru reached $4 billion last calendar year.", "2022-01..2022-12"),
    # two years joined by a slash, or written in full before "fiscal year", are a fiscal year
    ("Kenya's exports to Uganda reached $700 million in 2022/23.", "2022-07..2023-06"),
    ("Pakistan's exports to China reached $2.2 billion in the 2022-2023 fiscal year.", "2022-07..2023-06"),
    ("Bangladesh's imports from India fell to $13.7 billion in 2022/23.", "2022-07..2023-06"),
    ("Myanmar-China bilateral trade was $3.6 billion in the 2022-2023 FY.", "2022-04..2023-03"),
    ("In the 2022-2023 FY, India's exports to Nepal were $8 billion.", "2022-04..2023-03"),
    ("Pakistan's exports to China hit $2.5 billion in the 2022-2023 FY.", "2022-07..2023-06"),
    # years of a national calendar (data/eras.tsv): Nepal's Bikram Sambat, Iran's Solar Hijri
    ("Nepal's imports from India stood at Rs 1,600 billion in fiscal year 2079/80.", "2022-07..2023-07"),
    ("Nepal's exports to India fell to Rs 150 billion in FY 2078/79.", "2021-07..2022-07"),
    ("Trade between Nepal and China reached Rs 300 billion in 2079/80.", "2022-07..2023-07"),
    # ... also as the year of some months of it
    ("Nepal's imports from China reached Rs186 billion in the first seven months of the current fiscal year 2079/80.",
     "2022-07..2023-02"),
    ("Nepal's exports to India were Rs 100 billion in the first six months of fiscal year 2080/81.", "2023-07..2024-01"),
    ("Trade between Nepal and China was Rs 300 billion in the first nine months of fiscal year 2078/79.",
     "2021-07..2022-04"),
    ("Iran's exports to Iraq reached $10 billion in the Iranian calendar year 1401.", "2022-03..2023-03"),
    ("Iran's non-oil exports to Iraq stood at $9 billion in the year 1400.", "2021-03..2022-03"),
    ("Iran's trade with Turkey reached $6 billion in fiscal year 1401/02.", "2022-03..2023-03"),
]

MONTHS_AND_SPANS = [
    # a span of months with both years written runs from the first year's month to the last's, however long
    ("Iran's exports to Iraq reached $9.9 billion in the Iranian year (March 2022-March 2023).", "2022-03..2023-03"),
    ("Iran's trade with Turkey stood at $6 billion (March 21, 2022-March 20, 2023).", "2022-03..2023-03"),
    ("Trade between Chile and Peru came to $9 billion from January 2021 to June 2023.", "2021-01..2023-06"),
    ("Kenya's exports to Uganda were $1.1 billion between June 2022 and August 2023.", "2022-06..2023-08"),
    ("Peru's imports from Chile were $2 billion in April 2022-March 2023.", "2022-04..2023-03"),
    ("Exports from Malaysia to Thailand were $1.5 billion in September.", "2023-09..2023-09"),
    ("Exports from Malaysia to Thailand were $1.4 billion in December.", "2022-12..2022-12"),  # before October
    # the first days of the month the text is written in: that month, still running (a whole month named so is the
    # year before's)
    ("Korea's exports to China rose 4.3 percent to $7.6 billion in the first 20 days of October.", "2023-10..2023-10"),
    ("Korea's exports to the US were $5.1 billion in October 1-20.", "2023-10..2023-10"),
    ("Korea's exports to Vietnam came to $2 billion in the first ten days of October.", "2023-10..2023-10"),
    ("Korea's exports to Japan came to $2.4 billion in October.", "2022-10..2022-10"),
    # a running total to a day of the month the text is written in: this year's, from January
    ("Vietnam's trade with Laos reached $1.2 billion as of 1 October.", "2023-01..2023-10"),
    ("Myanmar's exports to Thailand came to $2 billion as of October 1.", "2023-01..2023-10"),
    ("Cambodia's trade with Vietnam stood at $5.1 billion as of 1st October.", "2023-01..2023-10"),
    ("Japan's exports to Vietnam rose to $2.1 billion in the year to March.", "2022-04..2023-03"),
    ("China's exports to Vietnam reached $20 billion in H1.", "2023-01..2023-06"),
    ("Exports from Malaysia to Thailand were $10 billion in 1H2020.", "2020-01..2020-06"),
    # a heading in capitals names the period of the lines under it, as a sentence would
    ("For the whole of 2022, Malaysia's total trade was RM2.8 trillion.\n\nTRADE WITH MAJOR MARKETS IN DECEMBER "
     "2022\n\n- Trade with China expanded by 2.9% to RM40.27 billion.", "2022-12..2022-12"),
    ("In 2022 Thailand's exports grew.\n\nEXPORTS BY MARKET, JANUARY-JUNE 2023\n\n- Exports to Japan reached "
     "$12 billion.", "2023-01..2023-06"),
    ("In 2022 Chile's trade grew.\n\nFOREIGN TRADE IN MARCH 2023\n\nTrade with Peru came to $400 million.",
     "2023-03..2023-03"),
    ("In 2022 Chile's trade grew.\n\nFOREIGN TRADE IN OCTOBER 2022\n\nTrade with Peru came to $450 million.",
     "2022-10..2022-10"),
    # months to a day of the month the text is written in: this year's ("March 21-August 22" in a late August text)
    ("Iran's trade with Iraq stood at $4 billion from March 21 to October 1.", "2023-03..2023-10"),
    ("Iran's exports to Iraq came to $3 billion in the period March 21-October 1.", "2023-03..2023-10"),
    ("Between January 1 and October 1, Kenya's exports to Uganda reached $700 million.", "2023-01..2023-10"),
    # ... with the day written before the month ("between 1 April and 1 October")
    ("Myanmar's trade with China exceeded $2 billion between 1 April and 1 October, the ministry said.",
     "2023-04..2023-10"),
    ("Kenya's exports to Uganda reached $300 million from 1 January to 2 October, officials said.", "2023-01..2023-10"),
    ("Iran's exports to Iraq were $2 billion in the period 21 March–1 October, customs said.", "2023-03..2023-10"),
    # "of the 2022 total": the year of the whole the figure is part of, after a sentence about another period
    ("In January-September, trade grew. Peru's exports to Chile made up $1.8 billion of the 2022 total.",
     "2022-01..2022-12"),
    ("In the first half, trade grew. China's imports from Laos accounted for $2.1 billion of the 2022 total, "
     "customs said.", "2022-01..2022-12"),
    ("In the first half, trade grew. Kenya's exports to Uganda were $700 million of the 2021 total.",
     "2021-01..2021-12"),
    # ... also with its unit in brackets after the months
    ("In 2022 Chile's trade grew.\n\nFOREIGN TRADE, JANUARY – MARCH 2023 (million dollars)\n\nTrade with Peru came "
     "to $410 million.", "2023-01..2023-03"),
    ("In 2022 Thailand's exports grew.\n\nEXPORTS BY MARKET, JULY 2023 (US$ million)\n\n- Exports to Japan "
     "reached $1.2 billion.", "2023-07..2023-07"),
    ("In 2022 Poland's trade grew.\n\nTRADE WITH MAIN PARTNERS IN MAY 2023 (EUR million)\n\nTrade with Germany "
     "came to EUR 13 billion.", "2023-05..2023-05"),
    # a month of a year named relative to the article's
    ("In January of this year, Brazil's exports to Argentina came to $1.1 billion.", "2023-01..2023-01"),
    ("Exports from Malaysia to Thailand were $1.5 billion in March last year.", "2022-03..2022-03"),
    ("Exports from Malaysia to Thailand were $1.2 billion in August of the previous year.", "2022-08..2022-08"),
    # the months restated in brackets before the year they belong to
    ("Pakistan's exports to Afghanistan fell to $412 million in the first seven months (July-January) of the current "
     "fiscal year.", "2023-07..2024-01"),
    ("Exports from India to Nepal were $5 billion during the first nine months (Apr-Dec) of FY23.", "2022-04..2022-12"),
    ("Exports from Malaysia to Thailand were $6 billion in the first half (H1) of 2023.", "2023-01..2023-06"),
    # a quarter written before its year, and two-digit years
    ("Exports from Malaysia to Thailand were $3 billion in 3Q23.", "2023-07..2023-09"),
    ("Exports from Malaysia to Thailand were $6 billion in 1H23.", "2023-01..2023-06"),
    ("Exports from Malaysia to Thailand were $3 billion in 4Q 2022.", "2022-10..2022-12"),
    ("Exports from Malaysia to Thailand were $15 billion in 9M2022.", "2022-01..2022-09"),
    # ... and of a fiscal year, in the country's own year ("8MFY23": July-February in Pakistan)
    ("Pakistan's exports to Afghanistan fell to $701 million in 8MFY23.", "2022-07..2023-02"),
    ("Pakistan's imports from China rose to $9 billion in 1HFY23.", "2022-07..2022-12"),
    ("India's exports to the UAE were $20 billion in 9M FY23.", "2022-04..2022-12"),
    ("Trade between Chile and Peru reached $4 billion in the first three quarters of 2022.", "2022-01..2022-09"),
    ("Trade between Chile and Peru reached $4 billion through September.", "2023-01..2023-09"),
    ("Trade between Chile and Peru reached $7 billion from January to October 2022.", "2022-01..2022-10"),
    # a level reached "by" a year already past is that year's
    ("Oman's trade with Japan grew fast. By 2022 it amounted to $9.5 billion.", "2022-01..2022-12"),
    ("By the end of 2021, Kenya's exports to Uganda had reached $900 million.", "2021-01..2021-12"),
    ("Chile's imports from Peru had fallen to $1.2 billion by 2020.", "2020-01..2020-12"),
    # a month before its data ("the September report", "August's figures") is the figures' month
    ("Kenya's exports to Uganda rose in 2023. The September report showed exports to Uganda of $95 million.",
     "2023-09..2023-09"),
    ("August's figures put Chile's imports from Peru at $120 million.", "2023-08..2023-08"),
    ("The July trade data showed Kazakhstan's exports to China at $1.2 billion.", "2023-07..2023-07"),
    # "as recently as 2021", "as late as 2019", "as far back as 2010"
    ("As recently as 2021, Finland's imports from Russia were 8.9 billion euros.", "2021-01..2021-12"),
    ("Chile's exports to Peru were $1.5 billion as late as 2019.", "2019-01..2019-12"),
    ("As far back as 2010, trade between Kenya and Uganda stood at $500 million.", "2010-01..2010-12"),
    # a year named after "the year", "calendar year", "full-year", or before "data"
    ("Trade between Kenya and Uganda reached $1.2 billion in the year 2022.", "2022-01..2022-12"),
    ("Trade between Kenya and Uganda reached $1.2 billion for the year 2021.", "2021-01..2021-12"),
    ("Trade between Kenya and Uganda reached $1.2 billion in calendar year 2022.", "2022-01..2022-12"),
    ("Trade between Kenya and Uganda reached $1.2 billion for full-year 2022.", "2022-01..2022-12"),
    ("Trade between Kenya and Uganda reached $1.2 billion, according to 2022 data.", "2022-01..2022-12"),
    ("Trade between Kenya and Uganda reached $1.2 billion in the outgoing year.", "2023-01..2023-12"),
    # a year already past when the text was written: what happened by then, not a goal
    ("Trade between Kenya and Uganda reached $1.2 billion by the end of 2022.", "2022-01..2022-12"),
    ("Trade between Kenya and Uganda amounted to $1.2 billion by the end of 2021.", "2021-01..2021-12"),
    ("Trade between Oman and India touched $4.9 billion by the end of 2022.", "2022-01..2022-12"),
    ("Exports from Chile to Peru topped $900 million by the end of 2021.", "2021-01..2021-12"),
    ("Trade between Kenya and Uganda was worth $1.2 billion by the end of 2022.", "2022-01..2022-12"),
    ("Trade between Kenya and Uganda reached $1.2 billion in the 2022 calendar year.", "2022-01..2022-12"),
    # a month relative to the article's date; the months up to one named; a month written "end-September"
    ("Trade between Russia and Iran reached $300 million last month.", "2023-09..2023-09"),
    ("China's exports to Vietnam rose to $15 billion in the past month.", "2023-09..2023-09"),
    ("Exports from Chile to Peru hit $400 million during the previous month.", "2023-09..2023-09"),
    # quarters up to one named
    ("UK exports to India were £15 billion in the four quarters to the end of Q2 2023.", "2022-07..2023-06"),
    ("UK exports to India were £15 billion in the four quarters to the end of the second quarter of 2023.",
     "2022-07..2023-06"),
    ("UK exports to India were £8 billion in the two quarters to Q3 2023.", "2023-04..2023-09"),
    # ... also with the country's adjective before "fiscal year"
    ("In the Indian fiscal year that ended in March 2023, trade between India and the UAE hit $84.5 billion.",
     "2022-04..2023-03"),
    ("In the Pakistani fiscal year ending June 2023, Pakistan's exports to China were $2.5 billion.",
     "2022-07..2023-06"),
    ("Over the Australian financial year to June 2023, exports to Japan came to $80 billion.", "2022-07..2023-06"),
    # ... or to a month: four quarters are a year
    ("Trade between India and the UK rose to £42 billion in the four quarters to the end of June 2023.",
     "2022-07..2023-06"),
    ("UK imports from Norway were £30 billion in the four quarters to March 2023.", "2022-04..2023-03"),
    ("Total UK trade with Japan was £27 billion in the 4 quarters ending September 2023.", "2022-10..2023-09"),
    ("UK-India trade was £42.5bn in the four quarters to end of Q2 2023.", "2022-07..2023-06"),
    # the quarter up to a month named ("the quarter ending June", "the June quarter")
    ("Rwanda's exports to Uganda rose to Rwf48.2 billion in the quarter ending June 2023.", "2023-04..2023-06"),
    ("Kenya's imports from Uganda were Sh40 billion in the quarter ended March 2023.", "2023-01..2023-03"),
    ("Australia's exports to China were A$50 billion in the June quarter.", "2023-04..2023-06"),
    ("New Zealand's imports from Japan were NZ$2 billion in the quarter to June.", "2023-04..2023-06"),
    # months joined by "-to-"
    ("China's trade with Vietnam rose to $182.4 billion in the January-to-August period.", "2023-01..2023-08"),
    ("Japan's exports to India reached $15 billion in the April-to-June quarter.", "2023-04..2023-06"),
    ("Korea's imports from Australia were $20 billion in January-to-June 2023.", "2023-01..2023-06"),
    ("UK imports from Peru were £1.2bn in the four quarters ending end of Q1 2023.", "2022-04..2023-03"),
    ("UK exports to Chile were £0.9bn in the four quarters to end of the second quarter of 2023.", "2022-07..2023-06"),
    # a quarter relative to the article's date; "the last quarter of" a year is its fourth
    ("Trade between Russia and Iran reached $1 billion last quarter.", "2023-07..2023-09"),
    ("China's exports to Vietnam rose to $45 billion in the previous quarter.", "2023-07..2023-09"),
    ("Exports from Chile to Peru hit $1.2 billion in the last quarter of 2022.", "2022-10..2022-12"),
    ("Exports from Chile to Peru hit $1.2 billion in the final quarter of last year.", "2022-10..2022-12"),
    ("Trade between Russia and Iran reached $3 billion for the eight months to August.", "2023-01..2023-08"),
    ("UK exports to India reached £11 billion in the 12 months to June 2023.", "2022-07..2023-06"),
    ("Exports from Thailand to Japan reached $20 billion in the nine months ended September 30.", "2023-01..2023-09"),
    ("Trade between Russia and Iran reached $3 billion as of end-September.", "2023-01..2023-09"),
    ("Trade between Ghana and Togo stood at $300 million at end-June.", "2023-01..2023-06"),
]


@pytest.mark.parametrize(("text", "period"), FISCAL_YEARS + MONTHS_AND_SPANS, ids=lambda c: str(c)[:50])
def test_figure_period(text: str, period: str) -> None:
    assert periods_of(text) == {period}


@pytest.mark.parametrize(("text", "periods"), [
    ("In 2021 and 2022, trade between Kenya and Uganda was $1.2 billion and $1.5 billion respectively.",
     {(1_200_000_000, "2021-01..2021-12"), (1_500_000_000, "2022-01..2022-12")}),
    ("Trade between Kenya and Uganda amounted to $1.2 billion and $1.5 billion in 2021 and 2022, respectively.",
     {(1_200_000_000, "2021-01..2021-12"), (1_500_000_000, "2022-01..2022-12")}),
    ("Exports from Chile to Peru were $1 billion, $1.2 billion and $1.5 billion in 2020, 2021 and 2022 respectively.",
     {(1_000_000_000, "2020-01..2020-12"), (1_200_000_000, "2021-01..2021-12"), (1_500_000_000, "2022-01..2022-12")}),
])
def test_figures_take_their_years_respectively(text: str, periods: set[tuple]) -> None:
    assert {(value, period) for *_, value, _currency, period, _year in facts_of(text)} == periods


@pytest.mark.parametrize(("text", "periods"), [
    ("Exports from Pakistan to Afghanistan were $610 million in July-December 2023, against $500m last year.",
     {"2023-07..2023-12", "2022-07..2022-12"}),
    ("Trade between Kenya and Uganda was $600 million in January-June 2023, against $500 million last year.",
     {"2023-01..2023-06", "2022-01..2022-06"}),
    ("Exports from Chile to Peru were $300 million in the first quarter of 2023, compared with $250 million last "
     "year.", {"2023-01..2023-03", "2022-01..2022-03"}),
])
def test_an_earlier_value_last_year_is_never_the_period_it_is_compared_with(text: str, periods: set[str]) -> None:
    assert periods_of(text, date=dt.date(2024, 2, 3)) == periods


@pytest.mark.parametrize(("text", "periods"), [
    # a figure with no time of its own, given with its earlier value's year, is the year after
    ("Trade between Kenya and Uganda rose to $1.2 billion, up from $800 million in 2021.",
     {1_200_000_000: "2022-01..2022-12", 800_000_000: "2021-01..2021-12"}),
    ("Kenya's exports to Uganda hit $900 million, compared with $700 million in 2020.",
     {900_000_000: "2021-01..2021-12", 700_000_000: "2020-01..2020-12"}),
    ("Chile's imports from Peru fell to $1.1 billion, down from $1.3 billion in 2021.",
     {1_100_000_000: "2022-01..2022-12", 1_300_000_000: "2021-01..2021-12"}),
])
def test_a_figure_is_the_year_after_its_earlier_value(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text) == periods


@pytest.mark.parametrize(("text", "periods"), [
    # a text that names a year of Iran's calendar writes its other years of it bare ("than in 1401", "In 1400"), or
    # after "year" as its name ("in the last Iranian year, 1402")
    ("Iran's exports to Oman were $1.4 billion in the Iranian year 1402. In 1401 they had been $1.1 billion.",
     {1_400_000_000: "2023-03..2024-03", 1_100_000_000: "2022-03..2023-03"}),
    ("In the last Iranian year, 1402, trade between Iran and Oman came to $2.3 billion. In 1401 the figure was "
     "$1.7 billion.",
     {2_300_000_000: "2023-03..2024-03", 1_700_000_000: "2022-03..2023-03"}),
    ("Trade between Iran and Iraq reached $10 billion in the Iranian calendar year 1401. Back in 1399 it had "
     "been $7 billion.",
     {10_000_000_000: "2022-03..2023-03", 7_000_000_000: "2020-03..2021-03"}),
])
def test_bare_years_of_a_national_calendar_the_text_counts_in(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text) == periods


@pytest.mark.parametrize(("text", "period"), [
    # the year of a record the figure beats ("surpassing the annual record set last year") is the record's
    ("For the January-November period, exports from Korea to the U.S. came to $116.1 billion, already surpassing "
     "the annual record set last year.", "2024-01..2024-11"),
    ("In January-October, trade between Chile and Peru reached $4.1 billion, exceeding the figure recorded in 2022.",
     "2024-01..2024-10"),
    ("In the first half, imports of Kenya from India were $1.9 billion, beating the peak set in 2021.",
     "2024-01..2024-06"),
    ("In the first nine months, exports from Peru to China were $20 billion, topping the high of 2019.",
     "2024-01..2024-09"),
])
def test_the_year_of_a_record_beaten_is_not_the_figures(text: str, period: str) -> None:
    assert periods_of(text, date=dt.date(2024, 12, 1)) == {period}


@pytest.mark.parametrize(("text", "periods"), [
    # a running total said in passing ("Cumulatively, ... between January and August") leaves the month reported on
    # in force for the figures after it
    ("Zambia's exports to Switzerland were K8.9 billion in August 2023. Cumulatively, exports to Switzerland between "
     "January and August 2023 totalled K61.4 billion. On the import side, South Africa was the leading source at "
     "K6.2 billion.",
     {8_900_000_000: "2023-08..2023-08", 61_400_000_000: "2023-01..2023-08", 6_200_000_000: "2023-08..2023-08"}),
    ("Kenya's imports from China reached $400 million in March 2023. Cumulatively, imports from China in "
     "January-March 2023 stood at $1.1 billion. Imports from India came to $250 million.",
     {400_000_000: "2023-03..2023-03", 1_100_000_000: "2023-01..2023-03", 250_000_000: "2023-03..2023-03"}),
    ("In the third quarter of 2023, Ghana's exports to India were $600 million. On a cumulative basis, exports to "
     "India in the first nine months of 2023 reached $1.7 billion. Exports to China were $300 million.",
     {600_000_000: "2023-07..2023-09", 1_700_000_000: "2023-01..2023-09", 300_000_000: "2023-07..2023-09"}),
])
def test_a_running_total_said_in_passing_keeps_the_period_reported_on(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text) == periods


@pytest.mark.parametrize(("text", "periods"), [
    # when a deal was signed or took effect is an event's date, not a period trade is counted over
    ("In the first half of 2023, UAE exports to India grew to AED17.2 billion under the CEPA that entered into force "
     "in May 2022. Trade between the UAE and France reached AED20 billion.",
     {17_200_000_000: "2023-01..2023-06", 20_000_000_000: "2023-01..2023-06"}),
    ("In 2022 Chile's exports to Korea rose to $5 billion, helped by the free trade deal signed in 2004. Chile's "
     "imports from Korea were $3 billion.",
     {5_000_000_000: Y2022, 3_000_000_000: Y2022}),
    ("Trade between Peru and China reached $38 billion in 2022 under the FTA that took effect in March 2010. Exports "
     "from Peru to Japan were $3 billion.",
     {38_000_000_000: Y2022, 3_000_000_000: Y2022}),
])
def test_when_a_deal_was_signed_is_no_period_of_trade(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text) == periods


@pytest.mark.parametrize(("text", "periods"), [
    # the label of a value in brackets ("(2023: 253.1 billion euros)") is that value's period, not the one the text
    # goes on reporting
    ("Goods worth 246.3 billion euros were traded between Germany and China last year (2023: 253.1 billion euros). "
     "Foreign trade with the United States rose 3.9% to 244.7 billion euros.",
     {246_300_000_000: "2024-01..2024-12", 253_100_000_000: "2023-01..2023-12", 244_700_000_000: "2024-01..2024-12"}),
    ("Kenya's exports to Uganda were $1.1 billion last year (2023: $0.9 billion). Exports to Tanzania reached $500 "
     "million.",
     {1_100_000_000: "2024-01..2024-12", 900_000_000: "2023-01..2023-12", 500_000_000: "2024-01..2024-12"}),
    ("Trade between Peru and Chile came to $6 billion last year, the ministry said (2023: $5.5 billion). Exports "
     "to Chile were $2 billion.",
     {6_000_000_000: "2024-01..2024-12", 5_500_000_000: "2023-01..2023-12", 2_000_000_000: "2024-01..2024-12"}),
])
def test_a_label_in_brackets_is_its_values_period_only(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text, dt.date(2025, 2, 20)) == periods


@pytest.mark.parametrize(("text", "periods"), [
    # "$6.1 billion (US $6.3 billion in 2023)": US dollars written two ways are one currency, so the bracket is an
    # earlier value, not the same figure restated in another currency
    ("Mexico's exports to China were $6.1 billion in January-September 2024 (US $6.3 billion in January-September "
     "2023). Exports to Canada stood at $17.8 billion.",
     {6_100_000_000: "2024-01..2024-09", 6_300_000_000: "2023-01..2023-09", 17_800_000_000: "2024-01..2024-09"}),
    ("Kenya's exports to Uganda were $1.1 billion in 2023 (US$0.9 billion in 2022). Exports to Tanzania reached "
     "$500 million.",
     {1_100_000_000: "2023-01..2023-12", 900_000_000: "2022-01..2022-12", 500_000_000: "2023-01..2023-12"}),
    ("Chile's exports to Peru were US$2.1 billion in 2023 ($1.9 billion in 2022). Imports from Peru reached US$1.5 "
     "billion.",
     {2_100_000_000: "2023-01..2023-12", 1_900_000_000: "2022-01..2022-12", 1_500_000_000: "2023-01..2023-12"}),
])
def test_us_dollars_written_two_ways_are_one_currency(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text, dt.date(2024, 12, 1)) == periods


@pytest.mark.parametrize(("text", "fact"), [
    # an earlier value in a sentence that names its partner ("Exports to Uganda compare with $800 million") is that
    # partner's, not the last fact's
    ("Kenya's exports grew in 2022. Uganda took $900 million, Tanzania $500 million and Rwanda $200 million. Exports "
     "to Uganda compare with $800 million in 2021.",
     (("KEN", "UGA"), "exports", "KEN", 800_000_000, "USD", "2021-01..2021-12", None)),
    ("Tanzania's exports grew in 2022. Kenya took $700 million, Uganda $300 million and Burundi $100 million. Exports "
     "to Kenya compare with $650 million in 2021.",
     (("KEN", "TZA"), "exports", "TZA", 650_000_000, "USD", "2021-01..2021-12", None)),
    ("Ghana's exports grew in 2022. Switzerland took $3 billion, India $2 billion and China $1 billion. Exports to "
     "Switzerland compare with $2.8 billion in 2021.",
     (("CHE", "GHA"), "exports", "GHA", 2_800_000_000, "USD", "2021-01..2021-12", None)),
])
def test_an_earlier_value_is_of_the_partner_its_sentence_names(text: str, fact: tuple) -> None:
    assert fact in facts_of(text)


@pytest.mark.parametrize(("text", "periods"), [
    # the earlier value in brackets after a change "from the previous year" / "on the year before": a fact of its own
    ("Russia remained Armenia's main trading partner with a turnover of $7.32 billion in 2023, up 40.7% from the "
     "previous year ($5.2 billion).",
     {7_320_000_000: "2023-01..2023-12", 5_200_000_000: Y2022}),
    ("Trade between Kenya and Uganda reached $1.5 billion in 2023, up 9% on the year before ($1.38 billion).",
     {1_500_000_000: "2023-01..2023-12", 1_380_000_000: Y2022}),
    ("Peru's imports from China grew to $14 billion in 2023, 6% over the prior year ($13.2 billion).",
     {14_000_000_000: "2023-01..2023-12", 13_200_000_000: Y2022}),
])
def test_the_previous_years_value_in_brackets_after_a_change(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text) == periods


@pytest.mark.parametrize(("text", "periods"), [
    # "Figures in brackets are for ..." names the bracketed values' period, not the one the text goes on reporting
    ("Bangladesh's exports to the US stood at $6.21 billion in July-March of FY2023-24. Germany came second with "
     "$4.12 billion. Figures in brackets are for July-March of the previous fiscal year. Exports to Japan amounted to "
     "$1.08 billion.",
     {6_210_000_000: "2023-07..2024-03", 4_120_000_000: "2023-07..2024-03", 1_080_000_000: "2023-07..2024-03"}),
    ("Kenya's exports to Uganda reached $1.1 billion in January-June 2024. Figures in parentheses are for "
     "January-June of the previous year. Exports to Tanzania came to $400 million.",
     {1_100_000_000: "2024-01..2024-06", 400_000_000: "2024-01..2024-06"}),
    ("Pakistan's exports to China were $1.9 billion in July-December of FY2023-24. The figures in brackets are for "
     "July-December 2022. Exports to the UK came to $1.2 billion.",
     {1_900_000_000: "2023-07..2023-12", 1_200_000_000: "2023-07..2023-12"}),
])
def test_a_note_on_the_bracketed_figures_period_is_not_reported_on(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text, dt.date(2024, 7, 20)) == periods


@pytest.mark.parametrize(("text", "periods"), [
    # "throughout January-December 2024" is the whole span, not "throughout January" and then December
    ("Indonesia's exports throughout January-December 2024 reached US$264.70 billion. Exports to China and India were "
     "US$62.44 billion and US$21.46 billion, respectively.",
     {62_440_000_000: "2024-01..2024-12", 21_460_000_000: "2024-01..2024-12"}),
    ("Throughout January-June 2024, Kenya's exports to Uganda came to $600 million.",
     {600_000_000: "2024-01..2024-06"}),
    ("Trade between Chile and Peru throughout March-May 2024 reached $1.1 billion.",
     {1_100_000_000: "2024-03..2024-05"}),
])
def test_throughout_a_span_of_months(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text, dt.date(2025, 1, 15)) == periods


@pytest.mark.parametrize(("text", "date", "period"), [
    # a month's figures come out after it ends: a span up to the article's month, or later, is last year's
    ("Kenya's exports to Uganda stood at $900 million between January and November.", dt.date(2023, 11, 15),
     "2022-01..2022-11"),
    ("Kenya's exports to Uganda stood at $900 million in the first ten months of the year.", dt.date(2023, 1, 15),
     "2022-01..2022-10"),
    ("Kenya's exports to Uganda stood at $900 million in January-June.", dt.date(2023, 6, 20), "2022-01..2022-06"),
    ("Kenya's exports to Uganda stood at $900 million in January-May.", dt.date(2023, 6, 20), "2023-01..2023-05"),
])
def test_a_span_without_a_year_has_ended_before_the_article(text: str, date: dt.date, period: str) -> None:
    assert periods_of(text, date=date) == {period}


@pytest.mark.parametrize(("text", "periods"), [
    # "from $400 million in 2021 to $500 million": the year is the first figure's; the second, with no time of
    # its own, is the same months a year on
    ("Trade between Ghana and Togo reached $1.1 billion in 2022. Ghana's imports from Togo rose from $400 million "
     "in 2021 to $500 million.",
     {1_100_000_000: "2022-01..2022-12", 400_000_000: "2021-01..2021-12", 500_000_000: "2022-01..2022-12"}),
    ("Kenya's imports from China rose from $400 million in 2021 to $500 million.",
     {400_000_000: "2021-01..2021-12", 500_000_000: "2022-01..2022-12"}),
    ("Kenya's imports from Uganda rose from $1.1 billion in January-June 2022 to $1.3 billion.",
     {1_100_000_000: "2022-01..2022-06", 1_300_000_000: "2023-01..2023-06"}),
    ("Chile's exports to Peru fell from $3 billion in 2021 to $2.5 billion in 2022.",
     {3_000_000_000: "2021-01..2021-12", 2_500_000_000: "2022-01..2022-12"}),
])
def test_a_year_after_from_is_the_first_figures(text: str, periods: dict[int, str | None]) -> None:
    assert period_by_value(text) == periods


@pytest.mark.parametrize(("text", "periods"), [
    ("Nigeria's trade with China rose to N2.9 trillion in the second quarter of 2023 from N2.3 trillion in the "
     "previous quarter.", {"2023-04..2023-06", "2023-01..2023-03"}),
    ("Exports from Chile to Peru hit $1.2 billion in Q1 2023, up from $1 billion in the preceding quarter.",
     {"2023-01..2023-03", "2022-10..2022-12"}),
    ("Trade between Ghana and Togo was $90 million in the third quarter of 2022, against $80 million in the "
     "previous quarter.", {"2022-07..2022-09", "2022-04..2022-06"}),
])
def test_the_previous_quarter_is_the_one_before_the_quarter_named(text: str, periods: set[str]) -> None:
    assert periods_of(text) == periods


@pytest.mark.parametrize(("text", "periods"), [
    # the year to date runs from January to the month the text reports on; with no month, it is unknown
    ("Vietnam's exports to the US reached $8 billion in March, bringing the year-to-date total to $23 billion.",
     {8_000_000_000: "2023-03..2023-03", 23_000_000_000: "2023-01..2023-03"}),
    ("In March, exports from Chile to China were $3 billion; so far this year they have reached $9 billion.",
     {3_000_000_000: "2023-03..2023-03", 9_000_000_000: "2023-01..2023-03"}),
    ("Kazakhstan's trade with Russia in March was $2 billion, and $5.5 billion since the beginning of the year.",
     {2_000_000_000: "2023-03..2023-03", 5_500_000_000: "2023-01..2023-03"}),
    ("Trade between Russia and Iran reached $3 billion year-to-date.", {3_000_000_000: None}),
])
def test_the_year_to_date(text: str, periods: dict[int, str | None]) -> None:
    assert period_by_value(text) == periods


@pytest.mark.parametrize(("text", "value"), [
    ("Egypt's exports to Sudan declined to $900 million in 2022 from $1.1 billion in 2021, while imports from "
     "Sudan stood at $600 million.", 600_000_000),
    ("Chile's exports to Peru rose to $2 billion in 2022 from $1.5 billion in 2021, and imports reached "
     "$1 billion.", 1_000_000_000),
    ("Kenya's imports from India hit $3 billion in 2022, up from $2.6 billion in 2021, while exports to India "
     "were $200 million.", 200_000_000),
])
def test_a_figure_after_an_earlier_value_takes_the_compared_figures_period(text: str, value: int) -> None:
    # the third figure continues the first, not the earlier value between them
    periods = {fact_value: period for _pair, _metric, _exporter, fact_value, _cur, period, _year in facts_of(text)}
    assert periods[value] == "2022-01..2022-12"


@pytest.mark.parametrize(("text", "periods"), [
    ("Trade between Russia and Iran reached $300 million in August, up from $250 million a month earlier.",
     {"2023-08..2023-08", "2023-07..2023-07"}),
    ("Exports from Chile to China rose to $3 billion in January, from $2.5 billion the previous month.",
     {"2023-01..2023-01", "2022-12..2022-12"}),
    ("Kenya's imports from India hit $300 million in May, against $280 million the month before.",
     {"2023-05..2023-05", "2023-04..2023-04"}),
])
def test_an_earlier_month_is_the_month_before(text: str, periods: set[str]) -> None:
    assert periods_of(text) == periods


@pytest.mark.parametrize(("text", "periods"), [
    ("India's trade with China reached $118 billion in 2023-24. Trade with the US stood at $118.3 billion "
     "during the year.", {"2023-04..2024-03"}),
    ("Chile's exports to Peru rose in 2022. Imports from Peru reached $2 billion during the year.", {"2022-01..2022-12"}),
    ("Imports from Peru reached $2 billion during the year, Chilean customs said.", {"2023-01..2023-12"}),
    ("Pakistan's exports to China reached $2.5 billion in FY2021-22. Imports from China reached $2 billion during "
     "the fiscal year.", {"2021-07..2022-06"}),
])
def test_during_the_year_is_the_year_reported_on(text: str, periods: set[str]) -> None:
    assert periods_of(text) == periods


@pytest.mark.parametrize(("text", "periods"), [
    ("India's imports from Nepal rose to $800 million in 2022-23, against $700 million in the previous financial "
     "year.", {"2022-04..2023-03", "2021-04..2022-03"}),
    ("Kenya's imports from China fell to $3.1 billion in FY2022-23 from $3.6 billion in the prior fiscal year.",
     {"2022-07..2023-06", "2021-07..2022-06"}),
    ("Pakistan's exports to Afghanistan fell to $1.1 billion in FY2021-22 from $1.3 billion in the preceding fiscal "
     "year.", {"2021-07..2022-06", "2020-07..2021-06"}),
])
def test_the_previous_fiscal_year_is_the_one_before_the_figures(text: str, periods: set[str]) -> None:
    assert periods_of(text) == periods


@pytest.mark.parametrize(("text", "period"), [
    # "fiscal" as a noun is the fiscal year, in the figure's home calendar (the article is of 2 October 2023)
    ("India's exports to Sri Lanka came to $5.1 billion last fiscal.", "2022-04..2023-03"),
    ("India's imports from Qatar in the first five months of this fiscal were $5.6 billion.", "2023-04..2023-08"),
    ("Pakistan's exports to China rose to $2.3 billion in the previous fiscal, officials said.", "2022-07..2023-06"),
    ("India's imports from Saudi Arabia were $42 billion in the fiscal ended March.", "2022-04..2023-03"),
    ("India's trade with Iraq reached $34 billion in the first half of the current fiscal.", "2023-04..2023-09"),
    # ... but not the adjective of another noun
    ("India's exports to Oman were $4.5 billion in 2022, while the current fiscal deficit stayed high.",
     "2022-01..2022-12"),
])
def test_fiscal_as_a_noun_is_the_fiscal_year(text: str, period: str) -> None:
    assert periods_of(text) == {period}


@pytest.mark.parametrize(("text", "period"), [
    ("Kenya's exports to Uganda rose to $1.1 billion in the just-concluded financial year.", "2022-07..2023-06"),
    ("Ghana and Togo traded goods worth $300 million in the recently concluded year.", "2022-01..2022-12"),
    ("Ethiopia earned $120 million from exports to Djibouti during the just-ended Ethiopian fiscal year.",
     "2022-07..2023-06"),
    ("India's exports to Nepal fell to $7 billion in the just ended fiscal year.", "2022-04..2023-03"),
])
def test_a_just_ended_year_is_the_one_before_the_article(text: str, period: str) -> None:
    assert periods_of(text) == {period}


@pytest.mark.parametrize(("text", "period"), [
    # an Ethiopian fiscal year named by its number runs from July of the Gregorian year seven below it (it starts on
    # 8 July, 1 Hamle, and English releases count it July-June)
    ("Ethiopia exported goods worth $98 million to Somalia in the 2015 Ethiopian Fiscal Year.", "2022-07..2023-06"),
    ("Ethiopia's exports to Djibouti reached $120 million in 2015 EFY.", "2022-07..2023-06"),
    ("Ethiopia earned $60 million from exports to Kenya during EFY 2014.", "2021-07..2022-06"),
    ("Ethiopia's imports from China came to $3.1 billion in Ethiopian fiscal year 2015.", "2022-07..2023-06"),
])
def test_a_numbered_ethiopian_fiscal_year(text: str, period: str) -> None:
    assert periods_of(text) == {period}


@pytest.mark.parametrize(("text", "periods"), [
    ("Canada's exports to the United States rose 2.1% in June to C$49.6 billion. For the first half of 2023, "
     "Canada's exports to the U.S. totalled C$294.7 billion. Canada's exports to Japan edged up to C$1.3 billion in "
     "the month.", {49600: "2023-06..2023-06", 294700: "2023-01..2023-06", 1300: "2023-06..2023-06"}),
    ("Kenya's exports to Uganda reached $120 million in March 2023. In 2022 they totalled $1.1 billion. Imports "
     "from Uganda were $40 million in the month.", {120: "2023-03..2023-03", 1100: "2022-01..2022-12",
                                                     40: "2023-03..2023-03"}),
    ("In January-September trade between Azerbaijan and Pakistan was 38.6 million dollars. For 2022 as a whole it "
     "was 41.3 million dollars. In the nine months, Azerbaijan's exports to Pakistan made up 4.1 million dollars.",
     {38: "2023-01..2023-09", 41: "2022-01..2022-12", 4: "2023-01..2023-09"}),
    # "in the quarter": the quarter named last, not a year named between
    ("Kenya's exports to Uganda were $300 million in the first quarter of 2023. Last year they totalled $1.1 billion. "
     "Imports from Uganda were $90 million in the quarter.",
     {300: "2023-01..2023-03", 1100: "2022-01..2022-12", 90: "2023-01..2023-03"}),
    ("Chile's exports to Peru rose to $500 million in the third quarter of 2022, the bank said. In 2019 exports were "
     "$1.5 billion. Imports from Peru came to $400 million over the quarter.",
     {500: "2022-07..2022-09", 1500: "2019-01..2019-12", 400: "2022-07..2022-09"}),
    ("Rwanda's exports to Uganda rose to $48 million in the second quarter of 2023. In 2021 Rwanda's exports to "
     "Kenya were $38 million. Rwanda's exports to Congo were $102 million in the quarter.",
     {48: "2023-04..2023-06", 38: "2021-01..2021-12", 102: "2023-04..2023-06"}),
    # ... the month reported on, not an earlier value's month named after it
    ("Kenya's imports from Uganda eased to $39 million in June 2023 from $44 million in May. Uganda supplied 12 "
     "percent of Kenya's imports during the month. Kenya's exports to Uganda were $61 million.",
     {39: "2023-06..2023-06", 44: "2023-05..2023-05", 61: "2023-06..2023-06"}),
])
def test_the_month_and_the_nine_months_are_the_span_of_that_length_named_last(text: str,
                                                                                 periods: dict[int, str]) -> None:
    assert {value // 10**6: period for value, period in period_by_value(text).items()} == periods


@pytest.mark.parametrize(("text", "periods"), [
    # the share of the whole said after an earlier value (", representing 20.1% of total exports") is the share of
    # the figure compared: the earlier value stays its own, a year before
    ("Saudi exports to China reached SR 19.5 billion in February 2023, up 8.3% from SR 18.0 billion in February "
     "2022, representing 20.1% of total exports.", {19_500: "2023-02..2023-02", 18_000: "2022-02..2022-02"}),
    ("India's imports from the UAE rose to $4.1 billion in 2022 from $3.6 billion in 2021, accounting for 22% of "
     "total imports.", {4_100: Y2022, 3_600: Y2021}),
    ("Kenya's exports to Uganda rose to $1.1 billion in 2022, against $0.9 billion in 2021, or 12% of all exports.",
     {1_100: Y2022, 900: Y2021}),
])
def test_a_share_after_an_earlier_value_leaves_it_an_earlier_value(text: str, periods: dict[int, str]) -> None:
    assert {value // 10**6: period for value, period in period_by_value(text).items()} == periods


@pytest.mark.parametrize(("text", "periods"), [
    # the country whose flows a text reports counts its fiscal year, though its partner is named more often
    # ("exports to China", "imports from China" name China only as the other side)
    ("Japan logged a trade deficit of ¥5.9 trillion in fiscal 2023. Exports to China fell 6.6 percent to ¥17.8 "
     "trillion in the fiscal year, while imports from China declined to ¥24.4 trillion.",
     {17_800_000: "2023-04..2024-03", 24_400_000: "2023-04..2024-03"}),
    ("Australia's surplus grew in 2022-23. Exports to China reached A$190 billion in the financial year, while "
     "imports from China were A$100 billion.", {190_000: "2022-07..2023-06", 100_000: "2022-07..2023-06"}),
    ("Pakistan's deficit narrowed in FY2022-23. Imports from China fell to $12 billion in the fiscal year, while "
     "exports to China were $2.5 billion.", {12_000: "2022-07..2023-06", 2_500: "2022-07..2023-06"}),
])
def test_the_side_whose_flows_are_reported_counts_the_fiscal_year(text: str, periods: dict[int, str]) -> None:
    assert {value // 10**6: period for value, period in period_by_value(text).items()} == periods


@pytest.mark.parametrize(("text", "periods"), [
    # a part of the period reported on said "alone" is its figure's only: the figures after it go on with the whole
    ("Trade between Mexico and the United States reached $798.8 billion in 2022. In December alone, U.S. imports "
     "from Mexico were $38.3 billion. U.S. exports to Mexico slipped to $323.2 billion.",
     {798800: Y2022, 38300: "2022-12..2022-12", 323200: Y2022}),
    ("Chile's exports to China totalled $19 billion in the first half of 2023. In June alone, shipments were "
     "$3.4 billion. Imports from China amounted to $8 billion.",
     {19000: "2023-01..2023-06", 3400: "2023-06..2023-06", 8000: "2023-01..2023-06"}),
    ("Peru's trade with Brazil came to $4.2 billion in January-September 2023. In September alone, Peru's exports "
     "to Brazil were $150 million. Imports from Brazil reached $2.1 billion.",
     {4200: "2023-01..2023-09", 150: "2023-09..2023-09", 2100: "2023-01..2023-09"}),
])
def test_a_part_said_alone_leaves_the_period_reported_on(text: str, periods: dict[int, str]) -> None:
    assert {value // 10**6: period for value, period in period_by_value(text).items()} == periods


@pytest.mark.parametrize(("text", "periods"), [
    # a note naming the period of the values in brackets ("figures for 2021 are in brackets") is not the period of
    # the figures it follows: they keep the one reported on, the bracketed values are the year before
    ("Georgia's exports rose in 2022. Its largest buyers were Russia with $9.3 billion ($8.9 billion) and Turkey "
     "with $4.5 billion ($4.2 billion); figures for 2021 are in brackets.",
     {9300: Y2022, 8900: Y2021, 4500: Y2022, 4200: Y2021}),
    ("Armenia's imports rose in 2022. Its main suppliers were Russia with $5.1 billion ($3.8 billion) and China "
     "with $2.2 billion ($1.7 billion) (2021 figures in parentheses).",
     {5100: Y2022, 3800: Y2021, 2200: Y2022, 1700: Y2021}),
    ("Moldova's exports grew in 2022. Its biggest markets were Romania with $1.2 billion ($0.9 billion) and Italy "
     "with $0.3 billion ($0.25 billion), with values for the previous year given in brackets.",
     {1200: Y2022, 900: Y2021, 300: Y2022, 250: Y2021}),
])
def test_a_note_on_the_bracketed_values_names_their_period_only(text: str, periods: dict[int, str]) -> None:
    assert {value // 10**6: period for value, period in period_by_value(text).items()} == periods


@pytest.mark.parametrize(("text", "periods"), [
    # a list's head naming the period its changes are "over" or "on": the list keeps the period named before
    ("Main destinations of Chilean exports, January–June 2024 (value and change over January–June 2023):\n\n"
     "China: US$ 20,1 billion (+4,1%)\nJapan: US$ 5,2 billion (-2,0%)\n",
     {20100: "2024-01..2024-06", 5200: "2024-01..2024-06"}),
    ("Main markets for Peruvian exports, January–June 2024 (percent change over the first half of 2023):\n\n"
     "China: US$ 18 billion (+3%)\nUnited States: US$ 5 billion (-1%)\n",
     {18000: "2024-01..2024-06", 5000: "2024-01..2024-06"}),
    ("Ecuadorian exports by destination, January-March 2024, with the change over January-March 2023:\n\n"
     "United States: US$ 3.1 billion (+2%)\nPanama: US$ 0.9 billion (+8%)\n",
     {3100: "2024-01..2024-03", 900: "2024-01..2024-03"}),
])
def test_a_lists_change_over_a_period_leaves_the_lists_own(text: str, periods: dict[int, str]) -> None:
    assert {value // 10**6: period for value, period in period_by_value(text, dt.date(2024, 10, 7)).items()} == periods


@pytest.mark.parametrize(("text", "periods"), [
    # a year labelling an earlier value in brackets after a figure and its currency word ("(2023: 72.3 billion)")
    # dates that value only: the figures after it keep the year reported on
    ("Germany's imports from China totalled 156.2 billion euros in 2024. Imports from Italy came to 70.1 billion euros "
     "(2023: 72.3 billion). Exports to Austria were 80 billion euros.",
     {156200: "2024-01..2024-12", 70100: "2024-01..2024-12", 72300: "2023-01..2023-12", 80000: "2024-01..2024-12"}),
    ("Poland's exports to Germany reached 80 billion euros in 2024. Exports to Czechia came to 20 billion euros (2023: "
     "19 billion). Exports to France were 16 billion euros.",
     {80000: "2024-01..2024-12", 20000: "2024-01..2024-12", 19000: "2023-01..2023-12", 16000: "2024-01..2024-12"}),
    ("Spain's exports to France rose to 55 billion euros in 2024. Imports from Germany were 45 billion dollars (2023: "
     "44 billion). Exports to Portugal were 30 billion euros.",
     {55000: "2024-01..2024-12", 45000: "2024-01..2024-12", 44000: "2023-01..2023-12", 30000: "2024-01..2024-12"}),
])
def test_a_bracketed_years_label_dates_its_value_only(text: str, periods: dict[int, str]) -> None:
    assert {value // 10**6: period for value, period in period_by_value(text, dt.date(2025, 2, 18)).items()} == periods


@pytest.mark.parametrize(("text", "periods"), [
    ("Trade between Korea and Vietnam was $500 million in 1992. Five years later it had reached $2 billion.",
     {500: "1992-01..1992-12", 2000: "1997-01..1997-12"}),
    ("Trade between Korea and Vietnam was $500 million in 1992. A decade later, trade between the two countries "
     "stood at $4 billion.", {500: "1992-01..1992-12", 4000: "2002-01..2002-12"}),
    ("Trade between Chile and China was $8 billion in 2005. Ten years on, bilateral trade had grown to $34 billion.",
     {8000: "2005-01..2005-12", 34000: "2015-01..2015-12"}),
    # ... but "on" before a noun phrase is no count on: "the most in 21 years on a quarterly basis"
    ("In the first half, Korea's exports to the US were $31.3 billion, the highest in 21 years on a half-year "
     "basis.", {31300: "2023-01..2023-06"}),
    ("In the first half, Chile's exports to China were $9 billion, the best in ten years on an annual basis.",
     {9000: "2023-01..2023-06"}),
    ("In the first quarter, Peru's imports from Brazil rose to $2 billion, the most in five years on the ministry's "
     "count.", {2000: "2023-01..2023-03"}),
])
def test_years_later_count_on_from_the_period_named_before(text: str, periods: dict[int, str]) -> None:
    assert {value // 10**6: period for value, period in period_by_value(text).items()} == periods


@pytest.mark.parametrize(("text", "periods"), [
    ("Malaysia's total trade in 2022 was valued at RM2.6 trillion, 7.3% lower than the record achieved in 2021. "
     "China remained Malaysia's largest trading partner with RM450.8 billion.", {450800: "2022-01..2022-12"}),
    ("Kenya's trade with Uganda in 2022 was $1.1 billion, below the peak reached in 2020. Exports to Uganda were $800 "
     "million.", {1100: "2022-01..2022-12", 800: "2022-01..2022-12"}),
    ("Chile's exports to Peru in 2022 were $2 billion, higher than the level seen in 2019. Imports from Peru were "
     "$1.5 billion.", {2000: "2022-01..2022-12", 1500: "2022-01..2022-12"}),
])
def test_a_record_or_peak_compared_with_is_not_the_period_reported_on(text: str, periods: dict[int, str]) -> None:
    assert {value // 10**6: period for value, period in period_by_value(text).items()} == periods


@pytest.mark.parametrize(("text", "periods"), [
    # "the figure", "it" said of an earlier year is an earlier value: the flows after it are the year reported on
    ("Trade between Serbia and Hungary reached $4 billion last year. In 2021, the figure was $3.1 billion. Serbia's "
     "exports to Hungary came to $1.6 billion.", {4000: "2022-01..2022-12", 3100: "2021-01..2021-12",
                                                  1600: "2022-01..2022-12"}),
    ("Kenya and Egypt traded goods worth $700 million in 2022. Back in 2019 it stood at $500 million. Kenyan "
     "imports from Egypt made up $450 million.", {700: "2022-01..2022-12", 500: "2019-01..2019-12",
                                                  450: "2022-01..2022-12"}),
    ("Chile's trade with Peru grew to $4.5 billion in 2022. In 2020 this indicator amounted to $3.2 billion. "
     "Exports from Chile to Peru totalled $2.4 billion.", {4500: "2022-01..2022-12", 3200: "2020-01..2020-12",
                                                          2400: "2022-01..2022-12"}),
])
def test_the_figure_said_of_an_earlier_year_is_an_earlier_value(text: str, periods: dict[int, str]) -> None:
    assert {value // 10**6: period for value, period in period_by_value(text).items()} == periods


@pytest.mark.parametrize(("text", "periods"), [
    # "from the N10.9 trillion recorded in the preceding quarter": the period of a compared figure, not reported on
    ("Nigeria's exports grew in the third quarter of 2023. Total trade was N18.8 trillion in the quarter, up from the "
     "N10.9 trillion recorded in the preceding quarter.\n\nExports to India came to N1.4 trillion.",
     {1400: "2023-07..2023-09"}),
    ("Ghana's trade rose in the second quarter of 2023. Its exports were $4 billion, against the $3.5 billion "
     "registered in the previous quarter.\n\nExports to China stood at $900 million.", {900: "2023-04..2023-06"}),
    ("Kenya's exports gained in the first half of 2023. Its total exports reached $3.8 billion, compared with the $3.4 billion "
     "posted in the second half of 2022.\n\nShipments to Uganda were $600 million.", {600: "2023-01..2023-06"}),
    # "lower than", "higher than", "larger than" compare with a figure, as "from" does ("more than" qualifies one)
    ("Vietnam's total trade in March 2024 amounted to $17.4 billion, lower than the $19 billion recorded in March "
     "2023. Trade with China reached $3.2 billion.", {3200: "2024-03..2024-03"}),
    ("Kenya's exports in June 2023 were $600 million, higher than $550 million in June 2022. Exports to Uganda were "
     "$90 million.", {90: "2023-06..2023-06"}),
    ("Kenya's trade with Uganda in March 2024 was $190 million, lower than the $210 million recorded in March 2023. "
     "Trade with Tanzania reached $95 million.",
     {190: "2024-03..2024-03", 210: "2023-03..2023-03", 95: "2024-03..2024-03"}),
    ("Ghana's imports from China were $800 million in the first quarter of 2024, larger than the $700 million seen "
     "in the first quarter of 2023. Imports from India stood at $300 million.",
     {800: "2024-01..2024-03", 700: "2023-01..2023-03", 300: "2024-01..2024-03"}),
    # a word between the comparison and its figure ("against barely", "from just")
    ("Dutch imports from Norway came to €40 billion in 2022. Gas accounted for €30 billion of that, against barely "
     "€5 billion in 2021. Exports to Norway were €6 billion.", {40000: "2022-01..2022-12", 6000: "2022-01..2022-12"}),
    ("Turkey's exports to Iraq rose to $13 billion in 2022 from roughly $11 billion in 2021. Imports from Iraq were "
     "$1 billion.", {13000: "2022-01..2022-12", 11000: "2021-01..2021-12", 1000: "2022-01..2022-12"}),
    ("Italy's exports to Libya were €2 billion in 2023, up from just €1.2 billion in 2022. Imports from Libya stood "
     "at €5 billion.", {2000: "2023-01..2023-12", 1200: "2022-01..2022-12", 5000: "2023-01..2023-12"}),
    ("Spain's imports from Algeria reached €7 billion in 2022, compared with only €4 billion in 2021. Exports to "
     "Algeria were €2 billion.", {7000: "2022-01..2022-12", 4000: "2021-01..2021-12", 2000: "2022-01..2022-12"}),
    # "jumped 29.2 percent to 1.06 trillion yen from a year earlier": the change's comparison, a few words after the
    # rate; "rebounding from a weak January last year" likewise
    ("Japan's exports rose in January 2024. Exports to China jumped 29.2 percent to 1.06 trillion yen from a year "
     "earlier.", {1060: "2024-01..2024-01"}),
    ("Korea's exports grew in May 2024. Shipments to the US climbed 8 percent to $10.9 billion from a year ago.",
     {10900: "2024-05..2024-05"}),
    ("Japan's exports rose in January 2024. Exports to China jumped 29.2 percent to 1.06 trillion yen, rebounding "
     "from a weak January last year. Exports to the EU were 0.8 trillion yen.",
     {1060: "2024-01..2024-01", 800000: "2024-01..2024-01"}),
    # a bracket opened by a period right after a figure tells an earlier value ("(in January-September 2020, $3.2
    # billion)"), not the period reported on
    ("Ukraine's exports in January-September 2021 were $49 billion. The trade deficit was $1.2 billion (in "
     "January-September 2020, also negative, $2.1 billion). The main partners were China ($8 billion) and Poland "
     "($5 billion).", {8000: "2021-01..2021-09", 5000: "2021-01..2021-09"}),
    ("Moldova's exports in the first half of 2023 reached $2 billion. The coverage ratio was 45% (for the first half "
     "of 2022: 41%). Exports to Romania came to $600 million.", {600: "2023-01..2023-06"}),
    ("Estonia's imports in 2023 were €21 billion. The deficit reached €2.5 billion (in 2022, €4 billion). Imports "
     "from Finland totalled €2.9 billion.", {2900: "2023-01..2023-12"}),
    ("Latvia's exports in 2022 totalled €19 billion, a share of 12 percent (in 2021, about 11 percent). Exports to "
     "Lithuania were €3 billion.", {3000: "2022-01..2022-12"}),
    # a year named as a compared record ("compared with the historical high of 2022") is not the one reported on
    ("Spain's exports fell 1.4% in 2023 compared with the historical high of 2022. By destination, France took "
     "€60 billion, followed by Germany (€40 billion).", {60000: "2023-01..2023-12", 40000: "2023-01..2023-12"}),
    ("Italy's exports rose 2% in 2023 versus the previous peak of 2022. Exports to France were €60 billion.",
     {60000: "2023-01..2023-12"}),
    ("Portugal's imports rose 3% in 2023 compared with the pre-pandemic level of 2019. Imports from Spain were "
     "€30 billion.", {30000: "2023-01..2023-12"}),
    ("Poland's trade grew in 2023, though it stayed below the all-time high of 2022. Trade with Germany reached "
     "€160 billion.", {160000: "2023-01..2023-12"}),
])
def test_the_period_of_a_recorded_figure_compared_with_is_not_reported_on(text: str, periods: dict[int, str]) -> None:
    assert {value // 10**9 if value >= 10**12 else value // 10**6: period
            for value, period in period_by_value(text).items()} == periods


@pytest.mark.parametrize(("text", "periods"), [
    ("Timeline: Kazakhstan-China trade\n1992 – Relations established; bilateral trade stands at $368 million\n"
     "2013 – Turnover peaks at $28.6bn\n2016 – Trade falls to $7.9bn\n",
     {368: "1992-01..1992-12", 28600: "2013-01..2013-12", 7900: "2016-01..2016-12"}),
    ("Kenya-Uganda trade over the years\n2015 - Bilateral trade reaches $600 million\n2021 - Trade hits $1 billion\n",
     {600: "2015-01..2015-12", 1000: "2021-01..2021-12"}),
    ("Key dates in Chile-Peru trade:\n2011 — trade tops $3 billion\n2022 — turnover climbs to $4.5 billion\n",
     {3000: "2011-01..2011-12", 4500: "2022-01..2022-12"}),
])
def test_a_year_opening_a_timelines_line_is_its_period(text: str, periods: dict[int, str]) -> None:
    assert {value // 10**6: period for value, period in period_by_value(text, dt.date(2024, 12, 1)).items()} == periods


@pytest.mark.parametrize(("text", "periods"), [
    ("Trade between Uzbekistan and Malaysia passed 480 million dollars last year. Five years ago, the figure was "
     "150 million dollars.", {480: "2022-01..2022-12", 150: "2018-01..2018-12"}),
    ("Trade between Turkey and Egypt reached $8 billion in 2022. Two years ago, trade between the two countries "
     "stood at 6 billion dollars.", {8000: "2022-01..2022-12", 6000: "2021-01..2021-12"}),
    ("Morocco's exports to Spain hit 9 billion euros in 2022, while a decade ago they were worth 5 billion euros.",
     {9000: "2022-01..2022-12", 5000: "2013-01..2013-12"}),
])
def test_years_ago_count_back_from_the_article(text: str, periods: dict[int, str]) -> None:
    assert {value // 10**6: period for value, period in period_by_value(text).items()} == periods


@pytest.mark.parametrize(("text", "periods"), [
    # "the figure" after a sentence with no figure still refers back to the fact before it
    ("Trade between Uzbekistan and Malaysia exceeded $480 million in 2022. This is a good result. In 2019, the figure "
     "was $150 million.", {480: "2022-01..2022-12", 150: "2019-01..2019-12"}),
    ("Trade between Kenya and Uganda reached $1.1 billion in 2022. The ministers welcomed the growth. In 2020, the "
     "figure stood at $700 million.", {1100: "2022-01..2022-12", 700: "2020-01..2020-12"}),
    ("Chile's exports to Peru hit $2 billion in 2022. Copper led the rise. In 2021, the figure was $1.8 billion.",
     {2000: "2022-01..2022-12", 1800: "2021-01..2021-12"}),
])
def test_the_figure_refers_back_across_a_sentence_with_no_figure(text: str, periods: dict[int, str]) -> None:
    assert {value // 10**6: period for value, period in period_by_value(text).items()} == periods


@pytest.mark.parametrize(("text", "period"), [
    ("All figures are in New Zealand dollars and are for the year ended March 2023, unless stated otherwise.\n"
     "New Zealand's exports to Australia were $16.3 billion.", "2022-04..2023-03"),
    ("Data refer to January-June 2023.\nCanada's imports from Japan came to C$6.4 billion.", "2023-01..2023-06"),
    ("The values given here are for calendar year 2022.\nKenya's exports to Uganda reached $1.1 billion.",
     "2022-01..2022-12"),
])
def test_a_note_on_what_the_figures_are_gives_their_period(text: str, period: str) -> None:
    assert periods_of(text) == {period}


@pytest.mark.parametrize(("text", "periods"), [
    # a text that has named no period may state it after its figures, when it is a recent one
    ("Kazakhstan's main trading partners:\nChina - $24 billion\nRussia - $26 billion\nThe figures are for 2022.",
     {"2022-01..2022-12"}),
    ("Kenya's trade with Uganda stood at $1.2 billion, the ministry said. The data covers January-June 2023.",
     {"2023-01..2023-06"}),
    ("China was the top buyer of Peru's goods with $22 billion, and the United States came second with $9 "
     "billion, the institute said on the 2022 trade figures.", {"2022-01..2022-12"}),
    # an older year after it is another figure's; "currently" is no period at all
    ("Trade between Chile and Peru reached $4 billion. In 2019 it was $3.5 billion.", {None, "2019-01..2019-12"}),
    ("Trade between Chile and Peru is currently $4 billion. In 2022 it was $3.5 billion.",
     {None, "2022-01..2022-12"}),
])
def test_a_period_stated_after_the_figures(text: str, periods: set[str | None]) -> None:
    assert periods_of(text) == periods


@pytest.mark.parametrize("text", [
    # "slightly above the 2022 level", "below 2021 levels": the year a comparison names is not the figure's
    "Chile's exports to Peru were $2.5 billion in 2023. Trade between them reached $4 billion, slightly above the "
    "2022 level.",
    "Kenya's imports from Uganda hit $300 million in 2023. Trade between them came to $1 billion, well below 2021 "
    "levels.",
    "Peru's sales to Bolivia reached $900 million in 2023. Trade between them was $1.5 billion, surpassing the 2019 "
    "record.",
    # "the lowest since the start of 2021": the start of a record, not the figure's time
    "Canada's exports fell in 2023. Exports to the US were $40 billion, the lowest level since the start of 2021.",
    "Kenya's imports rose in 2023. Imports from China hit $4 billion, the highest since the beginning of 2019.",
    "Chile's exports grew in 2023. Exports to Peru were $3 billion, the most since the end of 2018.",
    # "up 28% on August 2022": the month a change is measured against
    "Ireland's goods exports rose in 2023. Exports to the US were €9.5bn, up 28% on 2022 data.",
    "Kenya's goods exports rose in 2023. Exports to Uganda were $900 million, up 8% on the 2022 figures.",
    "Peru's exports grew in 2023. Exports to Chile came to $2 billion, a rise of 5 per cent on 2022 results.",
])
def test_a_comparisons_time_is_not_the_figures_period(text: str) -> None:
    assert periods_of(text) == {"2023-01..2023-12"}


@pytest.mark.parametrize(("text", "period"), [
    # no date: "last year" comes after the year a comparison names
    ("Turkey's imports from Russia fell to $45.6 billion last year, down from $58.8 billion in 2022.", "2023-01..2023-12"),
    ("Last year Kenya's imports from China hit $3 billion, compared with $2.7 billion in 2021.", "2022-01..2022-12"),
    ("Chile's exports to Peru reached $2 billion last year, against $1.8 billion in 2019.", "2020-01..2020-12"),
])
def test_without_a_date_last_year_follows_the_compared_year(text: str, period: str) -> None:
    assert period in periods_of(text, date=None)


@pytest.mark.parametrize("text", [
    # no date: a year named as one to come tells nothing of when the text was written
    "US imports from Mexico rose to $475.6 billion last year. The pact is up for review in 2026.",
    "Kenya's exports to Uganda reached $1.1 billion last year. The deal is due for renewal in 2025.",
    "Trade between Chile and Peru hit $5 billion last year. The current agreement runs until 2026.",
])
def test_without_a_date_a_year_to_come_gives_no_writing_year(text: str) -> None:
    assert periods_of(text, None) == {None}


def test_same_period_last_year_gives_the_earlier_figure_the_earlier_period() -> None:
    assert periods_of("Trade between Oman and India reached $9 billion in January-June 2023, compared with "
                      "$7.5 billion in the same period last year.") == {"2023-01..2023-06", "2022-01..2022-06"}


def test_reporting_period_refers_back() -> None:
    assert periods_of("Trade between Kazakhstan and Turkey grew by 11% in January-August 2023. Kazakh exports to "
                      "Turkey in the reporting period made up $2.1 billion.") == {"2023-01..2023-08"}


def test_a_comparison_period_is_not_the_figures() -> None:
    assert periods_of("German exports to Poland rose 4 percent from December 2022 and reached €7 billion in "
                      "January.") == {"2023-01..2023-01"}


def test_a_statistics_release_gives_its_period_once_for_its_partner_list() -> None:
    text = ("Georgia's foreign trade turnover reached $10 billion in January-June 2023, according to Geostat.\n"
            "Trade with Turkey amounted to $1.6 billion, and with Russia to $1.2 billion.")
    assert periods_of(text) == {"2023-01..2023-06"}


@pytest.mark.parametrize(("home", "start"), [("IND", (4, 1)), ("PAK", (7, 1)), ("NPL", (7, 16)), ("IRN", (3, 21)),
                                            ("EGY", (7, 1)), ("ETH", (7, 1)), (None, (4, 1))])
def test_fiscal_years_are_data(home, start) -> None:
    assert fiscal_start(home) == start


def test_a_fiscal_year_resolves_in_its_countrys_calendar() -> None:
    (phrase,) = find_periods("in FY2023-24")
    assert resolve(phrase, Reference(2024, 5), home="PAK") == (dt.date(2023, 7, 1), dt.date(2024, 6, 30))
    assert resolve(phrase, Reference(2024, 5), home="IND") == (dt.date(2023, 4, 1), dt.date(2024, 3, 31))


@pytest.mark.parametrize(("text", "periods"), [
    # "the same period" is the one reported on, not the earlier value's named last
    ("Tanzania's exports to Burundi rose to $573 million in the year to June 2023, up from $422 million a year "
     "before. Imports from Burundi were $41 million in the same period.",
     {573_000_000: "2022-07..2023-06", 422_000_000: "2021-07..2022-06", 41_000_000: "2022-07..2023-06"}),
    ("Kenya's exports to Uganda rose to $600 million in 2023 from $500 million in 2022. Imports from Uganda were "
     "$300 million in the same period.",
     {600_000_000: "2023-01..2023-12", 500_000_000: "2022-01..2022-12", 300_000_000: "2023-01..2023-12"}),
    ("Chile's exports to Peru fell to $1.1 billion in January-June 2023, against $1.3 billion in January-June 2022. "
     "Imports from Peru were $700 million, compared with $650 million in the same period last year.",
     {1_100_000_000: "2023-01..2023-06", 1_300_000_000: "2022-01..2022-06", 700_000_000: "2023-01..2023-06",
      650_000_000: "2022-01..2022-06"}),
    # so are "the (fiscal) year" and "the said period" after a comparison
    ("Bangladesh's exports to Japan rose to $1.6 billion in FY23 from $1.3 billion in FY22. Imports from Japan "
     "were $2.7 billion in the fiscal year.",
     {1_600_000_000: "2022-07..2023-06", 1_300_000_000: "2021-07..2022-06", 2_700_000_000: "2022-07..2023-06"}),
    ("Peru's exports to Korea reached $2.5 billion in 2023, against $2.2 billion in 2022. Imports from Korea came "
     "to $1.4 billion during the year.",
     {2_500_000_000: "2023-01..2023-12", 2_200_000_000: "2022-01..2022-12", 1_400_000_000: "2023-01..2023-12"}),
    ("Trade between Georgia and Armenia grew to $900 million in January-September 2023 from $700 million a year "
     "before. Georgian exports to Armenia were $600 million in the said period.",
     {900_000_000: "2023-01..2023-09", 700_000_000: "2022-01..2022-09", 600_000_000: "2023-01..2023-09"}),
])
def test_the_same_period_is_the_one_reported_on(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text) == periods


@pytest.mark.parametrize("text", [
    # the day of a dateline or of an event is no period of the figures after it
    "ADDIS ABABA, 24 October 2023 (ENA) - Ethiopia's trade with Djibouti is estimated at around $2 billion.",
    "Lima, October 3, 2023 - Trade between Peru and Chile stands at some $4 billion, the minister said.",
    "Kenya and Uganda signed the accord on 5 May 2023; their trade is worth about $1 billion.",
    # "the coming years", "the next few years" name no year: the figure beside them stays undated
    "Trade between Kenya and Uganda stands at $1 billion, and both want it to double in the coming years.",
    "Trade between Peru and Chile, now at $4 billion, should grow fast in the next few years.",
    "Our trade with Uganda is modest, at $100 million, the Kenyan envoy said; it must grow over the coming years.",
    # a lunar Hijri year ("the Hijri year 1444", "1445 AH") is no Solar Hijri year 40 years ahead
    "Non-oil trade between Saudi Arabia and the UAE reached SAR 112 billion in the Hijri year 1444.",
    "Trade between Oman and Qatar reached $1 billion in the year 1445 AH, the ministry said.",
    "Saudi exports to Bahrain were SAR 20 billion in the lunar year 1443.",
])
def test_a_day_or_years_to_come_are_no_period(text: str) -> None:
    assert periods_of(text) == {None}


@pytest.mark.parametrize(("text", "periods"), [
    # a goal compared with an earlier value has a year to reach, not a period; the earlier value has its own
    ("Korea and Vietnam agreed to lift their trade to $150 billion by 2030, up from $79 billion last year.",
     {150_000_000_000: None, 79_000_000_000: "2022-01..2022-12"}),
    ("Kenya and Uganda want trade of $3 billion by 2027, against $1.2 billion in 2022.",
     {3_000_000_000: None, 1_200_000_000: "2022-01..2022-12"}),
    ("Chile and Peru aim to double trade to $8 billion, from $4 billion in 2021.",
     {8_000_000_000: None, 4_000_000_000: "2021-01..2021-12"}),
])
def test_a_goal_compared_with_an_earlier_value_has_no_period(text: str, periods: dict[int, str | None]) -> None:
    assert period_by_value(text) == periods


@pytest.mark.parametrize(("text", "periods"), [
    # "a year earlier", "the previous year" after a reported period: the year before it, not before the article
    ("Kazakhstan's exports to Uzbekistan reached $3.1 billion in 2022. A year earlier, they amounted to $2.9 billion.",
     {3_100_000_000: "2022-01..2022-12", 2_900_000_000: "2021-01..2021-12"}),
    ("Trade between Chile and Peru hit $4 billion in January-June 2023. In the previous year, the figure was $3.5 "
     "billion.", {4_000_000_000: "2023-01..2023-06", 3_500_000_000: "2022-01..2022-06"}),
    ("Kenya's imports from Uganda were $900 million in 2021. The year before, imports were $800 million.",
     {900_000_000: "2021-01..2021-12", 800_000_000: "2020-01..2020-12"}),
])
def test_a_year_earlier_is_the_year_before_the_one_reported(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text) == periods


@pytest.mark.parametrize(("text", "periods"), [
    # ... and such an earlier value is not what the figures after it report on
    ("Trade between Algeria and Tunisia came to $1.8 billion in 2023. It had stood at $1.6 billion a year earlier. "
     "Algerian exports to Tunisia amounted to $1.4 billion.",
     {1_800_000_000: "2023-01..2023-12", 1_600_000_000: "2022-01..2022-12", 1_400_000_000: "2023-01..2023-12"}),
    ("Kenya's exports to Uganda reached $900 million in January-June 2023. The previous year they were $800 million. "
     "Kenya's imports from Uganda were $300 million.",
     {900_000_000: "2023-01..2023-06", 800_000_000: "2022-01..2022-06", 300_000_000: "2023-01..2023-06"}),
    ("Trade between Chile and Peru hit $4 billion in 2022. The year before, the figure was $3.5 billion. Chile's "
     "exports to Peru were $2.5 billion, the ministry said.",
     {4_000_000_000: "2022-01..2022-12", 3_500_000_000: "2021-01..2021-12", 2_500_000_000: "2022-01..2022-12"}),
    # a figure told in the past perfect ("had crossed $31 billion in 2021-22") is an earlier value too
    ("Kenya's exports to Uganda hit $900 million in 2022. They had stood at $700 million in 2020. Imports from Uganda "
     "were $300 million.",
     {900_000_000: "2022-01..2022-12", 700_000_000: "2020-01..2020-12", 300_000_000: "2022-01..2022-12"}),
    ("India's exports to the UAE grew to $35 billion in 2022-23. Exports to the UAE had crossed $31 billion in 2021-22. "
     "Imports from Russia jumped to $46 billion.",
     {35_000_000_000: "2022-04..2023-03", 31_000_000_000: "2021-04..2022-03", 46_000_000_000: "2022-04..2023-03"}),
    ("Chile's exports to Peru came to $3 billion in 2022. In 2019 they had been $2 billion. Chile's imports from Peru "
     "were $1 billion.",
     {3_000_000_000: "2022-01..2022-12", 2_000_000_000: "2019-01..2019-12", 1_000_000_000: "2022-01..2022-12"}),
    # "up 5% from the first half of 2022": a comparison's period, so "the same period" after it is the reported one
    ("Trade between Chile and Peru was $4 billion in the first half of 2023, up 5% from the first half of 2022. "
     "Chile's exports to Peru amounted to $2.5 billion in the same period.",
     {4_000_000_000: "2023-01..2023-06", 2_500_000_000: "2023-01..2023-06"}),
    ("Kenya's trade with Uganda came to $600 million in January-March 2023, down 8% from January-March 2022. Kenya's "
     "exports to Uganda were $450 million over the same period.",
     {600_000_000: "2023-01..2023-03", 450_000_000: "2023-01..2023-03"}),
    ("UK trade with Peru was £2.7 billion in the four quarters to the end of Q2 2023, up 5.2 per cent from the four "
     "quarters to the end of Q2 2022. UK exports to Peru amounted to £1.5 billion in the same period.",
     {2_700_000_000: "2022-07..2023-06", 1_500_000_000: "2022-07..2023-06"}),
    # "well above the $101.8 billion recorded in 2021", "a 7% increase on $6.5bn a year earlier": earlier values
    ("U.S. imports from Vietnam came to $114.4 billion in 2022, well above the $101.8 billion recorded in 2020, and "
     "U.S.-India goods trade edged up to a record $124.1 billion.",
     {114_400_000_000: "2022-01..2022-12", 101_800_000_000: "2020-01..2020-12", 124_100_000_000: "2022-01..2022-12"}),
    ("Trade between Kenya and China was $7bn in 2022, a 7% increase on $6.5bn a year earlier. Kenya's imports from "
     "China were $6bn.",
     {7_000_000_000: "2022-01..2022-12", 6_500_000_000: "2021-01..2021-12", 6_000_000_000: "2022-01..2022-12"}),
    ("Trade between Chile and Peru came to $4 billion in 2022, a rise of 5% over $3.8 billion the year before. "
     "Chile's exports to Peru were $2.5 billion.",
     {4_000_000_000: "2022-01..2022-12", 3_800_000_000: "2021-01..2021-12", 2_500_000_000: "2022-01..2022-12"}),
    # "surpassing the 2021 level of $3.6 billion", "topping the previous record of": the level an earlier year set
    ("Trade between Kenya and Uganda exceeded the 2022 level of $0.9 billion, reaching $1.2 billion in 2023. Kenya's "
     "exports to Uganda were $1 billion.",
     {900_000_000: "2022-01..2022-12", 1_200_000_000: "2023-01..2023-12", 1_000_000_000: "2023-01..2023-12"}),
    ("Bilateral trade between Chile and Peru reached $4.1 billion in 2023, surpassing the 2021 total of $3.6 billion.",
     {4_100_000_000: "2023-01..2023-12", 3_600_000_000: "2021-01..2021-12"}),
    ("Georgia's exports to Armenia hit $700 million in 2023, topping the previous record of $650 million. Armenia's "
     "exports to Georgia were $300 million.",
     {700_000_000: "2023-01..2023-12", 650_000_000: "2022-01..2022-12", 300_000_000: "2023-01..2023-12"}),
    # "from the previous year's record of", "above the preceding year's total of": the year before the figure's
    ("Trade between Oman and India hit $12 billion in 2023, down 8% from the previous year's record of $13 billion. "
     "Oman's exports to India were $4 billion.",
     {12_000_000_000: "2023-01..2023-12", 13_000_000_000: "2022-01..2022-12", 4_000_000_000: "2023-01..2023-12"}),
    ("Chile's exports to Peru reached $3 billion in 2023, above the preceding year's total of $2.8 billion.",
     {3_000_000_000: "2023-01..2023-12", 2_800_000_000: "2022-01..2022-12"}),
    ("Kenya's imports from Uganda came to $700 million in 2023, topping the prior year's level of $650 million.",
     {700_000_000: "2023-01..2023-12", 650_000_000: "2022-01..2022-12"}),
    # "two years earlier", "three years before": as many years before the figure's
    ("Tanzania's exports to Kenya rose to $712 million in 2022, from $405 million two years earlier.",
     {712_000_000: "2022-01..2022-12", 405_000_000: "2020-01..2020-12"}),
    ("Chile's imports from Peru were $2 billion in 2022, against $1.5 billion three years before.",
     {2_000_000_000: "2022-01..2022-12", 1_500_000_000: "2019-01..2019-12"}),
    ("Trade between Laos and Thailand reached $9 billion in 2022, up from $6 billion 5 years earlier.",
     {9_000_000_000: "2022-01..2022-12", 6_000_000_000: "2017-01..2017-12"}),
    # a list of years and values
    ("Trade between Kazakhstan and Uzbekistan reached $4.4 billion in 2022. The dynamics in previous years: 2019 – "
     "$3.1 billion, 2020 – $3.5 billion, 2021 – $4.1 billion.",
     {4_400_000_000: "2022-01..2022-12", 3_100_000_000: "2019-01..2019-12", 3_500_000_000: "2020-01..2020-12",
      4_100_000_000: "2021-01..2021-12"}),
    ("Kenya's exports to Uganda came to $900 million in 2022 (2021: $800 million; 2020: $600 million).",
     {900_000_000: "2022-01..2022-12", 800_000_000: "2021-01..2021-12", 600_000_000: "2020-01..2020-12"}),
    ("Trade between Chile and Peru was $4 billion in 2022. Earlier years: 2020 - $3 billion; 2021 - $3.6 billion.",
     {4_000_000_000: "2022-01..2022-12", 3_000_000_000: "2020-01..2020-12", 3_600_000_000: "2021-01..2021-12"}),
    # a month ending one sentence and "Last year" opening the next are two periods
    ("Kenya's exports to Uganda were $90 million in September 2023, down 8% from August. Last year, trade between "
     "Kenya and Uganda hit $1 billion.", {90_000_000: "2023-09..2023-09", 1_000_000_000: "2022-01..2022-12"}),
    ("In September 2023 Chile's imports from Peru were $300 million, up from July.\n\nLast year, Chile's exports to "
     "Peru were $2.5 billion.", {300_000_000: "2023-09..2023-09", 2_500_000_000: "2022-01..2022-12"}),
    ("Laos sold goods worth $400 million to Thailand in August 2023, against $350 million in June. Last year, Laos's "
     "imports from Thailand reached $5 billion.",
     {400_000_000: "2023-08..2023-08", 350_000_000: "2023-06..2023-06", 5_000_000_000: "2022-01..2022-12"}),
    # "the same quarter last year" is that quarter a year before
    ("Zimbabwe's trade with South Africa was $1.2 billion in the first quarter of 2023. In the same quarter last "
     "year, it stood at $1.1 billion.", {1_200_000_000: "2023-01..2023-03", 1_100_000_000: "2022-01..2022-03"}),
    ("Kenya's exports to Uganda reached $500 million in the first half of 2023, against $450 million in the same half "
     "of 2022.", {500_000_000: "2023-01..2023-06", 450_000_000: "2022-01..2022-06"}),
    ("Chile's imports from Peru were $300 million in the third quarter of 2023, up from $250 million in the "
     "corresponding quarter of 2022.", {300_000_000: "2023-07..2023-09", 250_000_000: "2022-07..2022-09"}),
    # "In the same period last year they were ...": an earlier value, so a ranking after it keeps the report's period
    ("Kenya's exports to Uganda were $300 million in January-June 2023. In the same period last year they were $276 "
     "million. The United Arab Emirates came second with $298 million.",
     {300_000_000: "2023-01..2023-06", 276_000_000: "2022-01..2022-06", 298_000_000: "2023-01..2023-06"}),
    ("Chile's imports from Peru reached $800 million in the first quarter of 2023. In the corresponding period of "
     "the previous year, they had been $700 million. Imports from Bolivia came to $200 million.",
     {800_000_000: "2023-01..2023-03", 700_000_000: "2022-01..2022-03", 200_000_000: "2023-01..2023-03"}),
    ("Trade between Laos and Thailand came to $4 billion in January-September 2023. Over the same months of last "
     "year it was $3.7 billion. Trade between Laos and Vietnam reached $1.2 billion.",
     {4_000_000_000: "2023-01..2023-09", 3_700_000_000: "2022-01..2022-09", 1_200_000_000: "2023-01..2023-09"}),
    # "18% below the same month of 2022": a comparison's period
    ("Montevideo, 5 April 2023. China bought Uruguayan goods worth US$ 205 million in March, 18% below the same month "
     "of 2022.", {205_000_000: "2023-03..2023-03"}),
    ("Kenya's exports to Uganda were $95 million in May 2023, 7 percent above the same month of 2022.",
     {95_000_000: "2023-05..2023-05"}),
    ("In June 2023, Chile's imports from Peru came to $210 million, 4 per cent under the level of June 2022.",
     {210_000_000: "2023-06..2023-06"}),
    # "double the ... of 2022", "three times the figure for 2015 ($500 million)": an earlier value too
    ("Trade between Peru and Italy reached 16.1 billion euros in 2022, more than double the 7.4 billion of 2020. "
     "Italian imports from Peru amounted to 13.9 billion euros.",
     {16_100_000_000: "2022-01..2022-12", 7_400_000_000: "2020-01..2020-12", 13_900_000_000: "2022-01..2022-12"}),
    ("Trade turnover between Poland and Azerbaijan in 2022 amounted to USD 578 million, nearly double the level of "
     "2020 (USD 296 million). Polish exports reached USD 247 million.",
     {578_000_000: "2022-01..2022-12", 296_000_000: "2020-01..2020-12", 247_000_000: "2022-01..2022-12"}),
    ("Kenya's exports to Uganda hit $1.5 billion in 2022, three times the figure for 2015 ($500 million). Imports "
     "from Uganda were $300 million.",
     {1_500_000_000: "2022-01..2022-12", 500_000_000: "2015-01..2015-12", 300_000_000: "2022-01..2022-12"}),
])
def test_figures_after_a_year_earlier_value_keep_the_reported_period(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text) == periods


@pytest.mark.parametrize(("text", "periods"), [
    # no date: months without a year compared with "the same period of 2022" are 2023's
    ("Trade between Kenya and Uganda reached $1 billion in January-May, up from $900 million in the same period of "
     "2022.", {1_000_000_000: "2023-01..2023-05", 900_000_000: "2022-01..2022-05"}),
    ("In January-May, Kenya's exports to Uganda were $500 million, compared with $450 million in the corresponding "
     "period of 2021.", {500_000_000: "2022-01..2022-05", 450_000_000: "2021-01..2021-05"}),
    ("Chile's imports from Peru rose to $800 million in the first half, against $700 million in the same period of "
     "2020.", {800_000_000: "2021-01..2021-06", 700_000_000: "2020-01..2020-06"}),
    # "a similar period", "a comparable period" are the same period
    ("Kenya's exports to Uganda rose to Sh60.8 billion in the five months to May from Sh52.1 billion in a similar "
     "period in 2022.", {60_800_000_000: "2023-01..2023-05", 52_100_000_000: "2022-01..2022-05"}),
    ("Chile's imports from Peru rose to $800 million in January-April, against $700 million in a similar period of "
     "2021.", {800_000_000: "2022-01..2022-04", 700_000_000: "2021-01..2021-04"}),
    ("Trade between Kenya and Uganda reached $1 billion in the first half, up from $900 million in a comparable period "
     "of 2020.", {1_000_000_000: "2021-01..2021-06", 900_000_000: "2020-01..2020-06"}),
    # no date: with "this year", the year after a compared one is the current one; a whole year compared with
    # part of one stays whole
    ("Trade between Kenya and Uganda hit $1 billion in the first half of this year, against $2 billion for the "
     "whole of 2022.", {1_000_000_000: "2023-01..2023-06", 2_000_000_000: "2022-01..2022-12"}),
    ("Chile's exports to Peru reached $700 million in the first quarter of this year, compared with $2.6 billion in "
     "the entire year 2021.", {700_000_000: "2022-01..2022-03", 2_600_000_000: "2021-01..2021-12"}),
    ("Trade between Kenya and Uganda reached $1.1 billion in January-June 2023, compared with $1.9 billion in "
     "full-year 2022.", {1_100_000_000: "2023-01..2023-06", 1_900_000_000: "2022-01..2022-12"}),
])
def test_without_a_date_the_year_follows_the_one_compared(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text, None) == periods


SOME_DAYS = {"winter": dt.date(2024, 2, 3), "autumn": dt.date(2023, 11, 20), "october": dt.date(2023, 10, 2)}


@pytest.mark.parametrize(("text", "written", "periods"), [
    # the period of a comparison ("down from 2022, when it reached", "9% more than ... of the same period of 2022",
    # "compared with ... in the first half of 2022") is not the period the text goes on reporting
    ("Trade between Brazil and Argentina totaled $28.7 billion in 2023, down 22% from 2022, when it reached $36.9 "
     "billion. Brazilian exports to Argentina amounted to $16.7 billion.",
     "winter",
     {28_700_000_000: "2023-01..2023-12", 36_900_000_000: "2022-01..2022-12", 16_700_000_000: "2023-01..2023-12"}),
    ("Colombia's exports to Ecuador reached $512.6 million in the first quarter of 2023, 9% more than the $470.3 "
     "million of the same period of 2022. Purchases from Ecuador totaled $301.2 million in the quarter.",
     "winter", {512_600_000: "2023-01..2023-03", 470_300_000: "2022-01..2022-03",
                301_200_000: "2023-01..2023-03"}),
    ("Kenya's exports to Uganda rose to $300 million in the first half of 2023, compared with $250 million in the "
     "first half of 2022. Imports from Uganda in the same half were $90 million.",
     "winter", {300_000_000: "2023-01..2023-06", 250_000_000: "2022-01..2022-06", 90_000_000: "2023-01..2023-06"}),
    # a period in the possessive after a figure ("surpassing last year's figure of") is the next figure's
    ("For the first 10 months of 2023, Korea's exports to the U.S. totaled $105.8 billion, surpassing 2022's "
     "full-year figure of $101.6 billion.",
     "autumn", {105_800_000_000: "2023-01..2023-10", 101_600_000_000: "2022-01..2022-12"}),
    ("In the first half of 2023, exports from Chile to Peru reached $3 billion, above last year's total of $2.8 "
     "billion.", "autumn", {3_000_000_000: "2023-01..2023-06", 2_800_000_000: "2022-01..2022-12"}),
    ("In January-September 2023, trade between Kenya and Uganda came to $900 million, close to 2022's whole-year "
     "value of $1 billion.", "autumn", {900_000_000: "2023-01..2023-09", 1_000_000_000: "2022-01..2022-12"}),
    # an earlier value in brackets after the figure's period phrase, or with its own period as a label; the
    # bracket's period is not the figure's
    ("Estonia imported goods worth 141 million euros from Lithuania in December 2022 (172 million euros a year "
     "earlier).", "october", {141_000_000: "2022-12..2022-12", 172_000_000: "2021-12..2021-12"}),
    ("In 2022 Belarus's trade with China rose to USD 8.4 billion (2021: USD 5.1 billion).",
     "october", {8_400_000_000: "2022-01..2022-12", 5_100_000_000: "2021-01..2021-12"}),
    ("Croatia's exports to Germany in the first quarter of 2023 stood at EUR 498.7 million (Q1 2022: EUR 512.3 "
     "million).", "october", {498_700_000: "2023-01..2023-03", 512_300_000: "2022-01..2022-03"}),
    # ... also with a span of months as the label and a dash; the figures after keep the reported period
    ("In 9 months of 2023 trade between Uzbekistan and Russia reached $8.5 billion (January-September 2022 – $7.3 "
     "billion). Uzbekistan's exports to Russia amounted to $2.1 billion.", "october",
     {8_500_000_000: "2023-01..2023-09", 7_300_000_000: "2022-01..2022-09", 2_100_000_000: "2023-01..2023-09"}),
    ("In January-June 2023 Kazakhstan's exports to China came to $7 billion (January-June 2022 – $6.1 billion).",
     "october", {7_000_000_000: "2023-01..2023-06", 6_100_000_000: "2022-01..2022-06"}),
    ("In 2022 Tajikistan's imports from Russia were $1.4 billion (2021 – $1.1 billion), customs said.",
     "october", {1_400_000_000: "2022-01..2022-12", 1_100_000_000: "2021-01..2021-12"}),
    # ... also inside a list item's own brackets, after its figure; the label is no period of the list's figures
    ("Germany's imports fell in 2022. Most imports came from China (155.7 billion euros; 2021: 142.3 billion euros), "
     "followed by the Netherlands (104.2 billion euros).", "october",
     {155_700_000_000: Y2022, 142_300_000_000: Y2021, 104_200_000_000: Y2022}),
    ("Kazakhstan's exports grew in 2022. Its main buyers were Italy ($14.1 billion, 2021: $12.6 billion) and China "
     "($15.2 billion, 2021: $13.2 billion).", "october",
     {14_100_000_000: Y2022, 12_600_000_000: Y2021, 15_200_000_000: Y2022, 13_200_000_000: Y2021}),
    ("Georgia's imports grew in 2022. Its main suppliers were Turkey (USD 2.3 billion; 2021: USD 2.1 billion) and "
     "Russia (USD 1.8 billion; 2021: USD 1.6 billion).", "october",
     {2_300_000_000: Y2022, 2_100_000_000: Y2021, 1_800_000_000: Y2022, 1_600_000_000: Y2021}),
])
def test_each_figure_keeps_its_own_period(text: str, written: str, periods: dict[int, str]) -> None:
    assert period_by_value(text, date=SOME_DAYS[written]) == periods


@pytest.mark.parametrize(("text", "periods"), [
    # "a year earlier, when" / "a year ago, when": the figure after it is the same months a year before
    ("Sweden bought goods worth 3.1 billion kronor from Russia in 2022. That was 60 percent less than a year earlier, "
     "when imports from Russia still came to 7.8 billion kronor.", {3_100_000_000: "2022-01..2022-12",
                                                                   7_800_000_000: "2021-01..2021-12"}),
    ("Estonia's exports to Latvia fell to 310 million euros in June 2023, down from a year ago, when they stood at "
     "350 million euros.", {310_000_000: "2023-06..2023-06", 350_000_000: "2022-06..2022-06"}),
    ("Norway's imports from China rose to NOK 9 billion in the first quarter of 2023, against a year before, when "
     "they were NOK 8 billion.", {9_000_000_000: "2023-01..2023-03", 8_000_000_000: "2022-01..2022-03"}),
])
def test_a_year_earlier_when_is_the_year_before_the_one_reported(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text) == periods


@pytest.mark.parametrize(("text", "periods"), [
    # a month in a clause of a sentence with no figure that tells no trade ("although the season only begins in
    # May") does not date the figures after it
    ("Thai exports to China grew 9.8% to $8.1 billion in the first quarter. Officials expect fruit to keep exports "
     "strong, although the main durian harvest only begins in May. Exports to the US climbed 12% to $13.2 billion.",
     {8_100_000_000: "2023-01..2023-03", 13_200_000_000: "2023-01..2023-03"}),
    ("Kenya's exports to Uganda reached $310 million in the first half of 2023. The ministry said trade would stay "
     "brisk, though the new border post only opens in December. Imports from Uganda came to $150 million.",
     {310_000_000: "2023-01..2023-06", 150_000_000: "2023-01..2023-06"}),
    ("Chile's exports to China hit $18 billion in January-June 2023. Copper sales will lead, while the lithium "
     "auction is set for November. Exports to Japan came to $4 billion.",
     {18_000_000_000: "2023-01..2023-06", 4_000_000_000: "2023-01..2023-06"}),
    ("Brazil's exports to China hit $50 billion in January-June 2023. Soy sales should stay firm, although the corn "
     "harvest begins in August. Exports to Japan came to $3 billion.",
     {50_000_000_000: "2023-01..2023-06", 3_000_000_000: "2023-01..2023-06"}),
])
def test_a_month_in_a_clause_about_something_else_dates_no_figure(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text) == periods


@pytest.mark.parametrize(("text", "periods"), [
    # "down from a year earlier" compares; it does not make the figure a yearly rate with no period ("$5 billion a
    # year"), so the figure keeps the period the text reports on
    ("In January-September 2023, Jamaica's imports from China totalled J$142 billion. Its exports to the United "
     "States were J$9.8 billion for the period, down from a year earlier.",
     {142_000_000_000: "2023-01..2023-09", 9_800_000_000: "2023-01..2023-09"}),
    ("Kenya's exports to Uganda rose to $310 million in the first half of 2023. Imports from Tanzania were $150 "
     "million, higher than a year before.", {310_000_000: "2023-01..2023-06", 150_000_000: "2023-01..2023-06"}),
    ("Chile's exports to China reached $9 billion in the first quarter of 2023. Exports to Japan came to $2 billion, "
     "about the same as a year before.", {9_000_000_000: "2023-01..2023-03", 2_000_000_000: "2023-01..2023-03"}),
])
def test_a_year_earlier_is_not_a_yearly_rate(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text) == periods


@pytest.mark.parametrize(("text", "periods"), [
    # a text filed from one side counts two-way trade, and its earlier values, in that side's fiscal years
    ("NEW DELHI: Total goods trade between India and Australia was $24.1 billion in 2022-23, compared with $26.1 "
     "billion in 2021-22.", {24_100_000_000: "2022-04..2023-03", 26_100_000_000: "2021-04..2022-03"}),
    ("ISLAMABAD: Trade between Pakistan and the UK stood at $4.6 billion in 2022-23, against $4.2 billion in "
     "2021-22.", {4_600_000_000: "2022-07..2023-06", 4_200_000_000: "2021-07..2022-06"}),
    ("NEW DELHI: Bilateral trade between India and Egypt reached $6.1 billion in 2022-23, up from $7.3 billion in "
     "2021-22.", {6_100_000_000: "2022-04..2023-03", 7_300_000_000: "2021-04..2022-03"}),
    # ... and with no dateline, two-way trade is counted in the years of the side named first
    ("Trade between Pakistan and Afghanistan fell to $1.48 billion in fiscal year 2022-23. Pakistan has lost that "
     "market to China.", {1_480_000_000: "2022-07..2023-06"}),
    ("Trade between India and Bangladesh reached $15.9 billion in 2022-23. India has lost some of that market to "
     "China.", {15_900_000_000: "2022-04..2023-03"}),
    ("Trade between India and Australia reached $25 billion in 2022-23. India has lost some of it to China.",
     {25_000_000_000: "2022-04..2023-03"}),
])
def test_a_text_filed_from_one_side_counts_in_its_fiscal_years(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text) == periods


@pytest.mark.parametrize(("text", "periods"), [
    # Caribbean fiscal years (Jamaica, Barbados, Belize April-March; the Bahamas July-June; Trinidad and Tobago
    # October-September): the reporter's own, not its partner's
    ("Jamaica's imports from the United States stood at US$3.1 billion in FY2023/24.",
     {3_100_000_000: "2023-04..2024-03"}),
    ("Barbados' imports from the United States were BDS$1.9 billion in FY2022/23.",
     {1_900_000_000: "2022-04..2023-03"}),
    ("The Bahamas' imports from the United States were $2.9 billion in the 2022/23 fiscal year.",
     {2_900_000_000: "2022-07..2023-06"}),
    ("Trinidad and Tobago's exports to the United States reached US$4.2 billion in fiscal 2022/23.",
     {4_200_000_000: "2022-10..2023-09"}),
])
def test_caribbean_fiscal_years_are_their_own(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text) == periods


@pytest.mark.parametrize(("text", "periods"), [
    # the year a figure is compared with is not its period: "ten times the level of 2021", "after a deficit of
    # ... recorded in 2022" (which then dates no figure after it)
    ("In 2022, German exports to Kyrgyzstan reached 0.9 billion euros, almost ten times the level of 2020.",
     {900_000_000: "2022-01..2022-12"}),
    ("In 2022, Italy's trade surplus was 30 billion euros, after a deficit of 20 billion recorded in 2021. Imports "
     "from the Netherlands amounted to 33 billion euros.", {33_000_000_000: "2022-01..2022-12"}),
    ("In 2022, Austria's trade balance was positive, after a gap of 4 billion euros in 2021. Exports to Germany came "
     "to 58 billion euros.", {58_000_000_000: "2022-01..2022-12"}),
    # "Between 2013 and 2022, ... rose from X to Y": Y is of the span's last year
    ("Between 2013 and 2022, French imports from Germany rose from EUR 82 billion to EUR 87.6 billion.",
     {82_000_000_000: "2013-01..2013-12", 87_600_000_000: "2022-01..2022-12"}),
    ("Between 2015 and 2022, trade between Chile and Peru grew from $3 billion to $4.5 billion.",
     {3_000_000_000: "2015-01..2015-12", 4_500_000_000: "2022-01..2022-12"}),
    ("Between 2010 and 2020, Kenya's exports to Uganda went from $500 million to $600 million.",
     {500_000_000: "2010-01..2010-12", 600_000_000: "2020-01..2020-12"}),
])
def test_compared_years_and_the_end_of_a_span(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text) == periods


@pytest.mark.parametrize(("text", "periods"), [
    # a change measured "from" a period names a compared period, so "In the same period" after it is the one reported
    ("UK trade with Türkiye was £25.3 billion in January-September 2023, up 9% from January-September 2022. In the "
     "same period, UK exports to Türkiye were £9.6 billion.",
     {25_300_000_000: "2023-01..2023-09", 9_600_000_000: "2023-01..2023-09"}),
    ("Trade between the UK and Chile was £3 billion in the four quarters to the end of Q3 2023, an increase of 9.0% or "
     "£0.2 billion from the four quarters to the end of Q3 2022. In the same period, UK exports to Chile were £1 "
     "billion.", {3_000_000_000: "2022-10..2023-09", 1_000_000_000: "2022-10..2023-09"}),
    ("Kenya's exports to Uganda were $400 million in January-June 2023, down 5% from January-June 2022. In the same "
     "period, imports from Uganda were $200 million.",
     {400_000_000: "2023-01..2023-06", 200_000_000: "2023-01..2023-06"}),
    # ... but "from January to June" after a change is the span reported on
    ("Kenya's sales to Uganda slipped 6% from January to June 2023, coming to $470 million.",
     {470_000_000: "2023-01..2023-06"}),
])
def test_a_period_a_change_is_measured_from_is_compared(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text) == periods


@pytest.mark.parametrize(("text", "periods"), [
    # "during the year" after "grew ... over the previous year" is the year reported on, not the one compared with
    ("Mongolia's foreign trade in 2022 grew 16.9 percent over the previous year. During the year, trade with China "
     "reached $17.6 billion.", {17_600_000_000: "2022-01..2022-12"}),
    ("Kenya's exports in 2022 rose 10 percent on the previous year. During the year, sales to Uganda came to $1 "
     "billion.", {1_000_000_000: "2022-01..2022-12"}),
    ("Chile's foreign trade in 2022 fell 3 percent over the previous year. For the year, exports to Peru were $2 "
     "billion.", {2_000_000_000: "2022-01..2022-12"}),
])
def test_during_the_year_after_a_comparison_is_the_year_reported(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text) == periods


@pytest.mark.parametrize(("text", "periods"), [
    # a compared year closed by a comma is no figure: the period after ", and in the first half of 2023" is its own
    ("Trade between Turkey and Egypt was $6.6 billion in 2022, up 7.1 percent from 2021, and in the first half of "
     "2023 it was $3.1 billion.", {6_600_000_000: "2022-01..2022-12", 3_100_000_000: "2023-01..2023-06"}),
    ("Kenya's exports to Uganda were $1 billion in 2022, down from 2021, and in January-March 2023 they were $200 "
     "million.", {1_000_000_000: "2022-01..2022-12", 200_000_000: "2023-01..2023-03"}),
    ("Trade between Chile and Peru was $4 billion in 2022, against 2021, and in the first quarter of 2023 it was $1 "
     "billion.", {4_000_000_000: "2022-01..2022-12", 1_000_000_000: "2023-01..2023-03"}),
])
def test_a_period_after_a_compared_year_and_a_comma_is_its_own(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text) == periods


@pytest.mark.parametrize(("text", "periods"), [
    # an earlier value after "against a peak of", "down from a record", "above a previous high of" is dated by its
    # own words ("the previous year" is the year before the one reported on)
    ("U.S.-China trade came to $575 billion in 2022, against a peak of $690 billion the previous year.",
     {575_000_000_000: "2022-01..2022-12", 690_000_000_000: "2021-01..2021-12"}),
    ("Kenya's exports to Uganda were $1 billion in 2022, down from a record $1.2 billion the previous year.",
     {1_000_000_000: "2022-01..2022-12", 1_200_000_000: "2021-01..2021-12"}),
    ("Chile's exports to China rose to $30 billion in 2022, above a previous high of $28 billion in 2020.",
     {30_000_000_000: "2022-01..2022-12", 28_000_000_000: "2020-01..2020-12"}),
])
def test_an_earlier_peak_is_dated_by_its_own_words(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text) == periods


@pytest.mark.parametrize(("text", "periods"), [
    # a heading line or two between the sentence that names the period and the figures under it ("Key highlights")
    # does not hide the period
    ("MINISTRY OF TRADE\nQuarterly bulletin\n\nNairobi. The ministry today published figures on Kenya's "
     "merchandise trade for the third quarter (July to September) of 2023.\n\nMain points\n- Exports to Uganda "
     "came to $310 million, up 4 percent.\n- Imports from China reached $890 million.\n",
     {310_000_000: "2023-07..2023-09", 890_000_000: "2023-07..2023-09"}),
    ("STATISTICS OFFICE\nPress note\n\nLima. The office released data on Peru's merchandise trade for the first "
     "half of 2023 on Monday.\n\nHighlights\nIn brief\n- Exports to China amounted to $11.2 billion.\n- Imports "
     "from Brazil stood at $1.4 billion.\n",
     {11_200_000_000: "2023-01..2023-06", 1_400_000_000: "2023-01..2023-06"}),
    ("CUSTOMS SERVICE\nMonthly release\n\nHanoi. The customs service issued its report on Vietnam's trade in "
     "the first eight months of 2023 this week.\n\nKey numbers\n- Exports to the United States were $62 billion.\n"
     "- Imports from South Korea totalled $34 billion.\n",
     {62_000_000_000: "2023-01..2023-08", 34_000_000_000: "2023-01..2023-08"}),
])
def test_a_heading_between_the_period_and_the_figures_does_not_hide_it(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text) == periods


LONG_RELEASE_GAP = "".join(f"Section {n}\nNotes on the tables follow.\n" for n in range(1, 6))


@pytest.mark.parametrize(("text", "periods"), [
    # a release that goes on reporting facts of its period keeps that period in force however long it runs
    ("The bureau published figures on Ghana's merchandise trade in the second quarter of 2024. Exports to China "
     "were GH¢8.6 billion.\n" + LONG_RELEASE_GAP + "Exports to India were GH¢6.2 billion.\n" + LONG_RELEASE_GAP
     + "Imports from the United States came to GH¢3.9 billion.",
     {8_600_000_000: "2024-04..2024-06", 6_200_000_000: "2024-04..2024-06", 3_900_000_000: "2024-04..2024-06"}),
    ("The agency published figures on Chile's trade in the first half of 2023. Exports to Japan were $4.1 "
     "billion.\n" + LONG_RELEASE_GAP + "Exports to Peru were $1.3 billion.\n" + LONG_RELEASE_GAP
     + "Imports from Argentina came to $2.2 billion.",
     {4_100_000_000: "2023-01..2023-06", 1_300_000_000: "2023-01..2023-06", 2_200_000_000: "2023-01..2023-06"}),
    ("The office released data on Serbia's trade for January-May 2023. Exports to Germany were EUR 1.9 "
     "billion.\n" + LONG_RELEASE_GAP + "Exports to Italy were EUR 0.9 billion.\n" + LONG_RELEASE_GAP
     + "Imports from China came to EUR 1.7 billion.",
     {1_900_000_000: "2023-01..2023-05", 900_000_000: "2023-01..2023-05", 1_700_000_000: "2023-01..2023-05"}),
])
def test_a_release_reporting_on_keeps_its_period_in_force(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text) == periods


@pytest.mark.parametrize(("text", "periods"), [
    # a table that names no period of its own covers the one the text reports on above it
    ("Georgia's external trade turnover in January-June 2023 amounted to USD 10.2 billion, the statistics office "
     "said in a release on its website on Wednesday.\n\nTop trading partners (USD million):\nTürkiye – 1 322.4\n"
     "Russia – 1 173.1\nChina – 911.8\n",
     {1_322_400_000: "2023-01..2023-06", 1_173_100_000: "2023-01..2023-06", 911_800_000: "2023-01..2023-06"}),
    ("Armenia's foreign trade in the first quarter of 2023 reached USD 3.1 billion, the statistical committee "
     "reported in its monthly bulletin on Friday.\n\nMain export destinations (USD million):\nRussia – 612.5\n"
     "United Arab Emirates – 301.2\nChina – 98.7\n",
     {612_500_000: "2023-01..2023-03", 301_200_000: "2023-01..2023-03", 98_700_000: "2023-01..2023-03"}),
    ("Kyrgyzstan's foreign trade turnover in January-August 2023 stood at USD 8.3 billion, the national "
     "statistics committee said in a release published on Monday.\n\nMain suppliers (USD million):\n"
     "China ..................... 3 412.6\nKazakhstan ................ 612.3\nTürkiye ................... 401.9\n",
     {3_412_600_000: "2023-01..2023-08", 612_300_000: "2023-01..2023-08", 401_900_000: "2023-01..2023-08"}),
])
def test_a_table_without_a_period_covers_the_one_reported_above_it(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text) == periods


@pytest.mark.parametrize(("text", "periods"), [
    # the year a goal was met, told after the goal's figure, is not a period the figures after it report on
    ("Trade between Cambodia and China reached $11.2 billion in January-September 2023. The two sides had set "
     "a goal of $10 billion in bilateral trade by 2023, which was surpassed a year early, in 2022. Exports to Japan were "
     "$1.1 billion.",
     {11_200_000_000: "2023-01..2023-09", 1_100_000_000: "2023-01..2023-09"}),
    ("Trade between Laos and Thailand stood at $4.3 billion in the first half of 2023. The countries had set "
     "a target of $5 billion in two-way trade for 2025, and it was already exceeded in 2022. Exports to Vietnam came to $0.9 "
     "billion.",
     {4_300_000_000: "2023-01..2023-06", 900_000_000: "2023-01..2023-06"}),
    ("Chile's trade with India was $3.9 billion in January-August 2023. A target of $3 billion in bilateral "
     "trade was reached in 2019. Exports to Japan were $5.2 billion.",
     {3_900_000_000: "2023-01..2023-08", 5_200_000_000: "2023-01..2023-08"}),
])
def test_the_year_a_goal_was_met_is_not_the_period_reported(text: str, periods: dict[int, str]) -> None:
    assert {value: period for value, period in period_by_value(text).items() if period} == periods


@pytest.mark.parametrize(("text", "periods"), [
    # a period in a relative clause set off by commas describes the name before it, not the figure nor the report
    ("Nigeria's exports to India stood at N2.37 trillion in the third quarter of 2024. Spain, which led the table in "
     "the previous quarter, slipped to second place at N2.04 trillion. Imports from China were N4.27 trillion.",
     {2_370_000_000_000: "2024-07..2024-09", 2_040_000_000_000: "2024-07..2024-09",
      4_270_000_000_000: "2024-07..2024-09"}),
    ("Kenya's exports to Uganda reached $310 million in the second quarter of 2024. Tanzania, which had topped the "
     "list in 2023, came second with $280 million. Imports from China were $900 million.",
     {310_000_000: "2024-04..2024-06", 280_000_000: "2024-04..2024-06", 900_000_000: "2024-04..2024-06"}),
    ("Chile's exports to China reached $8 billion in January-March 2024. The United States, whose share had fallen in "
     "2022, came second with $4 billion. Imports from Brazil were $1.2 billion.",
     {8_000_000_000: "2024-01..2024-03", 4_000_000_000: "2024-01..2024-03", 1_200_000_000: "2024-01..2024-03"}),
])
def test_a_period_in_a_relative_clause_describes_its_name(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text, dt.date(2024, 11, 22)) == periods


@pytest.mark.parametrize(("text", "periods"), [
    # a headline that names only the end of a span ("as of 12 January") is the figure the body gives for the whole
    # span; and the year the span lies in, named after it, does not replace it as the period reported on
    ("Myanmar-Thailand border trade hits US$2.36 bln as of 12 January\n\nThe value of Myanmar's border trade with "
     "Thailand amounted to US$2.36 billion between 1 April 2023 and 12 January 2024 in the current financial year "
     "2023-2024. Of the total, exports were worth US$1.51 billion.",
     {2_360_000_000: "2023-04..2024-01", 1_510_000_000: "2023-04..2024-01"}),
    ("Kenya-Uganda trade tops $2.1 bln as of end-May\n\nTrade between Kenya and Uganda stood at $2.1 billion between "
     "1 July 2023 and 31 May 2024 in the current financial year 2023/24. Of this, Kenya's exports were $1.4 billion.",
     {2_100_000_000: "2023-07..2024-05", 1_400_000_000: "2023-07..2024-05"}),
    ("India-Nepal trade reaches $6.2 bln as of 30 April\n\nTrade between India and Nepal came to $6.2 billion "
     "between 16 July 2023 and 30 April 2024 in the ongoing fiscal year 2023-24. Of this, India's exports were $5.6 "
     "billion.",
     {6_200_000_000: "2023-07..2024-04", 5_600_000_000: "2023-07..2024-04"}),
])
def test_a_headline_naming_only_the_end_of_a_span(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text, dt.date(2024, 6, 16)) == periods


@pytest.mark.parametrize(("text", "periods"), [
    # a report named for a quarter or a month ("the trade report for the second quarter") may give figures for the
    # longer span it ends: the span the totals are given for in the same sentence is the one reported on
    ("Releasing the trade report for the second quarter of 2024, the statistician said Ghana's total trade for "
     "January to June 2024 stood at GH¢204.6 billion. Exports to Switzerland amounted to GH¢31.8 billion.",
     {31_800_000_000: "2024-01..2024-06"}),
    ("In its bulletin for the third quarter of 2023, the bureau said Zambia's exports for January to September 2023 "
     "reached K120 billion. Exports to China came to K30 billion.",
     {30_000_000_000: "2023-01..2023-09"}),
    ("At the launch of the data for December 2023, officials said Kenya's imports for the whole of 2023 were Sh2.1 "
     "trillion. Imports from India came to Sh300 billion.",
     {300_000_000_000: "2023-01..2023-12"}),
])
def test_a_report_named_for_its_last_quarter_gives_the_longer_span(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text, dt.date(2024, 9, 11)) == periods


@pytest.mark.parametrize(("text", "periods"), [
    # a span of months after "of" is one phrase ("the level of January-September 2023"), not "of January" and a
    # month; and "N% of the level of" a period compares with it
    ("Belarus' trade in goods reached $61.8 billion in January-September 2024. Exports came to $30.4 billion (104.1% "
     "of the level of January-September 2023). Trade with Russia reached $35.9 billion.",
     {35_900_000_000: "2024-01..2024-09"}),
    ("Kazakhstan's trade grew in 2024. The figures of January-March 2024 show exports to China at $3.1 billion.",
     {3_100_000_000: "2024-01..2024-03"}),
    ("Georgia's exports to Armenia reached $0.5 billion in the period of January-October 2024.",
     {500_000_000: "2024-01..2024-10"}),
])
def test_a_span_of_months_after_of_is_one_period(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text, dt.date(2024, 11, 20)) == periods


@pytest.mark.parametrize(("text", "periods"), [
    # an Ethiopian fiscal year after "of" ("the results of 2016 EFY"), and one named for a list's bracketed values
    # ("figures of 2015 EFY in brackets"), whose year is then no bare year of the title
    ("Ethiopia's exports grew in the 2016 Ethiopian fiscal year.\nThe leading destinations were (in million USD, "
     "figures of 2015 EFY in brackets):\nSomalia ...... 412.6 (368.0)\nNetherlands ...... 331.5 (339.8)\n",
     {412_600_000: "2023-07..2024-06", 368_000_000: "2022-07..2023-06", 331_500_000: "2023-07..2024-06",
      339_800_000: "2022-07..2023-06"}),
    ("The results of 2016 EFY show Ethiopia's exports to Somalia at $412 million.", {412_000_000: "2023-07..2024-06"}),
    ("Ethiopia's exports grew in the 2016 Ethiopian fiscal year.\nMain buyers (USD million; 2015 EFY in brackets):\n"
     "Somalia – 412.6 (368.0)\nChina – 289.0 (301.7)\n",
     {412_600_000: "2023-07..2024-06", 368_000_000: "2022-07..2023-06", 289_000_000: "2023-07..2024-06",
      301_700_000: "2022-07..2023-06"}),
])
def test_an_ethiopian_fiscal_year_after_of_or_in_a_bracket_note(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text, dt.date(2024, 8, 6)) == periods


@pytest.mark.parametrize(("text", "periods"), [
    # "the June 2024 year": the twelve months that end in the month named, as New Zealand's statistics write a year
    ("In the June 2024 year, New Zealand's goods exports to Australia were NZ$9.8 billion.",
     {9_800_000_000: "2023-07..2024-06"}),
    ("New Zealand's imports from China came to NZ$17.4 billion in the March 2024 year.",
     {17_400_000_000: "2023-04..2024-03"}),
    ("For the December 2023 year, Samoa's exports to New Zealand were US$40 million.",
     {40_000_000: "2023-01..2023-12"}),
])
def test_a_year_named_by_the_month_it_ends_in(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text, dt.date(2024, 9, 1)) == periods


@pytest.mark.parametrize(("text", "periods"), [
    # an earlier value in brackets after a long comparison phrase ("compared with the same months of 2022 ($588.3
    # million)") is the value of that period
    ("Kyrgyz-Kazakh trade came to $612.4 million over January and February 2023, a rise of 4.1 percent "
     "compared to the same period in 2022 ($588.3 million).",
     {612_400_000: "2023-01..2023-02", 588_300_000: "2022-01..2022-02"}),
    ("Trade between Kenya and Uganda reached $1.6 billion in January-June 2023, up 4 percent compared with the "
     "corresponding period of 2022 ($1.54 billion).",
     {1_600_000_000: "2023-01..2023-06", 1_540_000_000: "2022-01..2022-06"}),
    ("Chile's exports to Peru came to $1.1 billion in the first quarter of 2023, down 3 percent as against the same "
     "quarter of last year ($1.13 billion).",
     {1_100_000_000: "2023-01..2023-03", 1_130_000_000: "2022-01..2022-03"}),
])
def test_an_earlier_value_in_brackets_after_a_long_comparison(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text) == periods


@pytest.mark.parametrize(("text", "period"), [
    # a quarter numbered in Roman numerals ("III T 2023", "the II quarter of 2024")
    ("Angola's exports to China reached Kz 2 916,3 billion in the III T 2023, the statistics institute said.",
     "2023-07..2023-09"),
    ("Belarus's trade with China reached $2.1 billion in the II quarter of 2024, the statistics committee said.",
     "2024-04..2024-06"),
    ("Mozambique's exports to India came to $310 million in the IV T 2022, the central bank said.", "2022-10..2022-12"),
])
def test_a_quarter_in_roman_numerals(text: str, period: str) -> None:
    assert set(period_by_value(text, dt.date(2024, 11, 20)).values()) == {period}


@pytest.mark.parametrize(("text", "periods"), [
    # "the same eleven months" after a year reported on are the eleven months named before, not that year
    ("Imports from China in the first eleven months of 2024 amounted to MVR 8.9 billion. In 2023, Maldives-China trade "
     "totalled US$633 million. Imports from the UAE stood at MVR 12.1 billion during the same eleven months.",
     {8_900_000_000: "2024-01..2024-11", 633_000_000: "2023-01..2023-12", 12_100_000_000: "2024-01..2024-11"}),
    ("Exports to Uganda in the first nine months of 2024 came to $800 million. In 2023, Kenya-Uganda trade totalled "
     "$3.1 billion. Exports to Tanzania reached $400 million in the same nine months.",
     {800_000_000: "2024-01..2024-09", 3_100_000_000: "2023-01..2023-12", 400_000_000: "2024-01..2024-09"}),
    ("Imports from China in the first ten months of 2024 came to $20 billion. In 2023, Chile-China trade totalled "
     "$60 billion. In the same ten months, imports from Brazil were $4 billion.",
     {20_000_000_000: "2024-01..2024-10", 60_000_000_000: "2023-01..2023-12", 4_000_000_000: "2024-01..2024-10"}),
])
def test_the_same_n_months_are_the_n_months_named_before(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text, dt.date(2024, 12, 20)) == periods


@pytest.mark.parametrize(("text", "expected"), [
    # "(US$192.49 billion in 2022)": the period of a value in brackets is that value's own, not the period the text
    # goes on reporting, though the figure before it is no fact (a group's, two partners' together)
    ("TAIPEI, Jan. 9 (CNA) - Taiwan exports to the U.S. hit a record in 2023. Exports to China and Hong Kong combined "
     "totaled US$157.64 billion (US$192.49 billion in 2022). Exports to the U.S. rose to US$104.21 billion (US$90.29 "
     "billion).", {(("TWN", "USA"), "exports", "TWN", 104_210_000_000, "USD", "2023-01..2023-12", None),
                   (("TWN", "USA"), "exports", "TWN", 90_290_000_000, "USD", "2022-01..2022-12", None)}),
    ("SEOUL, Jan. 2 (Yonhap) - Korean exports fell in 2023. Shipments to ASEAN came to $110 billion ($124 billion in "
     "2022). Exports to Vietnam reached $53.5 billion.",
     {(("KOR", "VNM"), "exports", "KOR", 53_500_000_000, "USD", "2023-01..2023-12", None)}),
    ("SANTIAGO, 3 March 2024 - Chilean trade grew in 2023. Sales to Asia as a whole reached $60 billion ($64 billion "
     "for 2022). Exports to Japan came to $8.9 billion.",
     {(("CHL", "JPN"), "exports", "CHL", 8_900_000_000, "USD", "2023-01..2023-12", None)}),
])
def test_the_period_of_a_value_in_brackets_is_not_carried_on(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 3, 3)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the year of a past record or peak set against a figure is no period the text reports; a record the figure
    # itself is keeps its year
    ("TOKYO, April 18, 2024 - In fiscal 2023, exports to the EU stood at 9.7 trillion yen, while the deficit was less "
     "than a third of the record posted in fiscal 2022. Imports from China came to 24.7 trillion yen.",
     {(("EUU", "JPN"), "exports", "JPN", 9_700_000_000_000, "JPY", "2023-04..2024-03", None),
      (("CHN", "JPN"), "imports", "CHN", 24_700_000_000_000, "JPY", "2023-04..2024-03", None)}),
    ("LIMA, 3 March 2024 - In 2023, exports to China reached $23 billion, short of the record set back in 2021. "
     "Imports from China came to $13 billion.",
     {(("CHN", "PER"), "exports", "PER", 23_000_000_000, "USD", "2023-01..2023-12", None),
      (("CHN", "PER"), "imports", "CHN", 13_000_000_000, "USD", "2023-01..2023-12", None)}),
    ("SEOUL, Dec. 1, 2024 - Shipments to the U.S. in the 11-month period hit an all-time high of $116.9 billion, "
     "already surpassing the previous annual record of $115.7 billion set in 2023.",
     {(("KOR", "USA"), "exports", "KOR", 116_900_000_000, "USD", "2023-01..2023-12", None),
      (("KOR", "USA"), "exports", "KOR", 115_700_000_000, "USD", "2023-01..2023-12", None)}),
])
def test_a_past_records_year_is_not_reported_on(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 4, 18)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a list's bracket note that says its brackets hold changes ("change on previous year in brackets") names no
    # earlier period for the list: it covers the period the text reports above it
    (" date 2024-03-01\nIn 2023 Peruvian exports grew.\n\nMain buyers of Peruvian goods (USD million; change on "
     "previous year in brackets)\nChina: 23,100 (+4.1%)\nUnited States: 9,800 (-2.0%)",
     {(("CHN", "PER"), "exports", "PER", 23_100_000_000, "USD", "2023-01..2023-12", None),
      (("PER", "USA"), "exports", "PER", 9_800_000_000, "USD", "2023-01..2023-12", None)}),
    (" date 2024-03-01\nIn 2023 Kenyan imports grew.\n\nMain suppliers of Kenya (USD million; growth over previous "
     "year in brackets)\nChina: 3,100 (+6.0%)\nIndia: 2,200 (+1.5%)",
     {(("CHN", "KEN"), "imports", "CHN", 3_100_000_000, "USD", "2023-01..2023-12", None),
      (("IND", "KEN"), "imports", "IND", 2_200_000_000, "USD", "2023-01..2023-12", None)}),
    (" date 2024-03-01\nIn 2023 Ghanaian exports grew.\n\nMain destinations of Ghana's exports (USD million; change "
     "over previous year in brackets)\nSwitzerland: 4,100 (+3.0%)\nIndia: 2,900 (-1.2%)",
     {(("CHE", "GHA"), "exports", "GHA", 4_100_000_000, "USD", "2023-01..2023-12", None),
      (("GHA", "IND"), "exports", "GHA", 2_900_000_000, "USD", "2023-01..2023-12", None)}),
])
def test_a_bracket_note_of_changes_names_no_earlier_period(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 3, 1)) == expected


@pytest.mark.parametrize(("text", "periods"), [
    # a ranking of partners for a period, before any figure, gives the figures after it that period
    ("Monday, 19 August 2024\n\nSomalia remained the leading destination for Ethiopian merchandise in the 2023/24 "
     "fiscal year, figures show.\n\nExports to Somalia earned 442.6 million dollars, followed by the Netherlands "
     "(287.5 million dollars).", {442_600_000: "2023-07..2024-06", 287_500_000: "2023-07..2024-06"}),
    ("Nairobi, 3 May 2024\n\nUganda remained the top market for Kenyan goods in the 2022/23 financial year, figures "
     "show.\n\nExports to Uganda earned KSh 120 billion.", {120_000_000_000: "2022-07..2023-06"}),
    ("Karachi, 3 August 2024\n\nChina stayed the main supplier of Pakistan in fiscal year 2023-24, the central bank "
     "said.\n\nImports from China came to $12 billion.", {12_000_000_000: "2023-07..2024-06"}),
])
def test_a_ranking_names_the_period_its_figures_follow(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text) == periods


@pytest.mark.parametrize(("text", "periods"), [
    # "in India's 2023-24 financial year": the fiscal year of the country the clause names, whoever reports the figure
    ("DAR ES SALAAM, 15 August 2024 - Tanzania's exports to India reached $3.1 billion in India's 2023-24 financial "
     "year.", {3_100_000_000: "2023-04..2024-03"}),
    ("NAIROBI, 15 August 2024 - Kenya's exports to Japan reached $120 million in Japan's fiscal 2023.",
     {120_000_000: "2023-04..2024-03"}),
    ("ISLAMABAD, 15 August 2024 - Pakistan's exports to the UK were $2.1 billion in the UK's 2022-23 financial year.",
     {2_100_000_000: "2022-04..2023-03"}),
])
def test_a_fiscal_year_named_with_its_country_counts_in_its_calendar(text: str, periods: dict[int, str]) -> None:
    assert period_by_value(text, dt.date(2024, 8, 15)) == periods


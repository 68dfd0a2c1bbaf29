"""Article date, title and outlet from the text alone; the date is exact on every dev-corpus article."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.article_date import without_header
from parsers.metadata import article_metadata, article_outlet, article_title
from parsers.writing_year import writing_floor

CORPUS_DEV = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"
D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" date 2021-06-15 Officials in Baku praised the new corridor.", D(2021, 6, 15)),
        (" date 2021-13-45 SOFIA, May 3 (BTA) -- A header that names no real day, in 2021.", D(2021, 5, 3)),
        ("KYIV, April 31 (Ukrinform) -- A dateline for a missing day.\n\n/// Ukrinform, 2 May 2021", D(2021, 5, 2)),
        ("Posted 14 Feb 2022 09:10\n\nCotton deal lifts exports\n\nThe text follows.", D(2022, 2, 14)),
        ("Ulaanbaatar, September 9, 2020: Mongolia opened a new border post.", D(2020, 9, 9)),
        ("12:05, June 2, 2019\n\nDUSHANBE, June 1 (Xinhua) -- Ministers met to talk about roads.", D(2019, 6, 1)),
        ("Stamp: January 1, 2020\nDELHI, 31 December (IANS) -- The year closed with a new accord.", D(2019, 12, 31)),
        ("TASHKENT, March 3 (UzA) -- Cotton sales abroad rose in 2020 and again in 2021.", D(2021, 3, 3)),
        ("BAKU, Azerbaijan, March 14. The fair, first held in 2019, opened again.", D(2019, 3, 14)),
        ("ASTANA, March 3. Sales abroad rose last year to $2 billion; in 2023 imports fell.", D(2024, 3, 3)),
        ("ASTANA, March 3. In January-February 2024 sales rose from last year's level.", D(2024, 3, 3)),
        ("OSLO, May 9. Sales were $1 billion in 2023 and $300 million in four months of this year.", D(2024, 5, 9)),
        ("ALMATY, SEPT. 4 (Kazinform) - Grain shipments set a record in 2017.", D(2017, 9, 4)),
        (
            "MINSK, June 12 (Xinhua) -- Officials said on Thursday that sales grew in 2014 "
            "and should double by 2020, as they did back in 2009.",
            D(2014, 6, 12),
        ),
        ("On Sunday, 9 August, the two leaders walked through the old town.", D(2020, 8, 9)),
        ("BEIJING, April 12 (Xinhua) -- The report came out on Wednesday.", D(2023, 4, 12)),
        ("BEIJING, April 12 (Xinhua) -- The report came out on Tuesday.", D(2022, 4, 12)),
        ("Talks were held on Wednesday, March 5 in the capital.", D(2025, 3, 5)),
        ("Farmers gathered in the square.\nMore text here.\n/// nCa, 3 March 2021", D(2021, 3, 3)),
        ("The photo shows the ministers, July 21st, 2016. (Photo: Agency)", D(2016, 7, 21)),
        ("Published 12.04.2023 14:55\n\nRice growers look to new markets", D(2023, 4, 12)),
        ("Updated: 2022-11-30T08:00Z\nA story about wool.", D(2022, 11, 30)),
        ("Published 2021/07/09 10:00\nA story about tea.", D(2021, 7, 9)),
        ("date: 2020-02-02 A capture header with a colon.", D(2020, 2, 2)),
        (
            "Ties set up on December 16, 1991 keep growing, the envoy said in a speech of March 2, 2024.",
            D(2024, 3, 2),
        ),
        ("BAKU, Azerbaijan, Oct.2 (Trend) - Caviar exports were discussed in 2018.", D(2018, 10, 2)),
        ("The summit of 12th of March 2015 was short.", D(2015, 3, 12)),
        ("Ministers met on 12 May to discuss trade; 2019 was a good year.", None),
        ("The president spoke on Tuesday about grain.", None),
        ("Nothing here is a date: $2,000 and 25% and 1,999 tonnes.", None),
        ("Feb. 30, 2021 is not a day that exists.", None),
        # a date after today is a goal's or a plan's, never the day the text came out
        ("ANKARA, 1 January 2091 - Trade should reach $5 billion by then.", None),
        ("Published: 2091-01-01\nThe ministers met.", None),
        ("The sides want $2 billion in trade by 2091/1/1.", None),
        # a parliamentary answer is dated by its answer, not by when the question was tabled or asked
        ("Exports to India\nTabled on 14 May 2024\nAnswered on 21 May 2024\nUK exports to India were £15 billion.",
         D(2024, 5, 21)),
        ("Written question\nAsked on 3 April 2024. Answered on 10 April 2024.\nTrade with Peru grew.", D(2024, 4, 10)),
        ("UIN 1234, answered on 9 March 2024, tabled on 2 March 2024\nTrade with Chile grew.", D(2024, 3, 9)),
        # a slashed stamp read month first when the story names that day after its weekday ("on Monday (8)")
        ("Exports grow\n\nPublished on 01/08/2024 - 15:40\n\nBrasilia - The ministry said on Monday (8) that sales "
         "rose.", D(2024, 1, 8)),
        ("Trade update\n\n02/10/2023 09:15\n\nLima - Officials reported on Friday (10) that exports fell.",
         D(2023, 2, 10)),
        ("Trade update\n\n03/12/2024 10:00\n\nQuito - The bank said on Tuesday (12) that imports rose.",
         D(2024, 3, 12)),
        # ... or names the weekday the story happened on, which only the month-first reading is
        ("Exports grow\n\nPublished on 08/06/2024 - 17:48\n\nBrasilia - The ministry reported on Tuesday that sales "
         "rose.", D(2024, 8, 6)),
        ("Trade update\n\n02/09/2024 09:15\n\nLima - Officials said on Friday that exports fell.", D(2024, 2, 9)),
        ("Trade update\n\n05/11/2023 10:00\n\nQuito - The bank said on Thursday that imports rose.", D(2023, 5, 11)),
        ("Exports grow\n\nPublished on 08/06/2024 - 17:48\n\nBrasilia - The ministry reported on Saturday that sales "
         "rose.", D(2024, 6, 8)),
        # ... but day first when the weekday does not fit that day
        ("Exports grow\n\nPublished on 01/08/2024 - 15:40\n\nBrasilia - The ministry said on Thursday (1) that "
         "sales rose.", D(2024, 8, 1)),
        # an outlet's name, then the day and month on a line of their own; the weekday the story names gives the year
        ("Georgia eyes trade\n\nAgenda.ge, 9 February\n\nMinisters met in Tbilisi on Friday.", D(2024, 2, 9)),
        ("Trade news\n\nBTA, 12 March\n\nThe ministers met on Tuesday in Sofia.", D(2024, 3, 12)),
        ("News\n\nMoldpres, 3 May\n\nOfficials said on Friday that exports rose.", D(2024, 5, 3)),
        # a year the text gives as a deadline ("until mid-2026", "by early 2026") is no year it was written after
        ("BUENOS AIRES, Oct 16 (Reuters) - Argentina and China pledged on Wednesday to revive trade, which fell from "
         "2023 levels. A swap tranche was extended until mid-2026.", D(2024, 10, 16)),
        ("LIMA, March 12 (Reuters) - Peru and Korea met on Wednesday; trade fell from 2023 levels. A credit line runs "
         "until late 2026.", D(2025, 3, 12)),
        ("QUITO, March 13 - Ecuador and China met on Wednesday; trade fell from 2022 levels. The port should be ready "
         "by early 2026.", D(2024, 3, 13)),
        # a space some sites type before a comma
        ("LUSAKA, 14 October , 2024 - Copper buyers met in the capital.", D(2024, 10, 14)),
        ("May 6 , 2023 [Issue 41 , No 902]\nGrain prices eased.", D(2023, 5, 6)),
        ("Published: February 2 ,2022\nA story about cotton.", D(2022, 2, 2)),
        ("", None),
    ],
)
def test_article_date_from_text(text, expected):
    assert article_metadata(text).date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lone date older than the years the text reports is an event, not the stamp
        ("Relations were established on 3 January 1992. Trade in 2023 reached $1 billion.", None),
        ("The treaty of 12 May 2001 still holds; exports grew in 2022.", None),
        ("Photo taken on June 2, 2015.\nSales of wool rose in 2021 and 2022.", None),
        ("25 Sep 2023 16:40\nTrade in 2022 reached $1 billion.", D(2023, 9, 25)),
        # a day written with a dot before the month's name, as Central European sites print it
        ("4. Mar 2024 at 12:15\nSlovakia's exports to Czechia grew in 2023.", D(2024, 3, 4)),
        ("Published 17. October 2023\nPoland's trade with Ukraine grew in 2022.", D(2023, 10, 17)),
        ("Prague, 5. January 2024 - Czech exports to Austria grew in 2023.", D(2024, 1, 5)),
        ("Trade in 2023 reached $1 billion.\nThe first accord was signed on 3 March 2004.", None),
        ("Trade in 2023 reached $1 billion.\n/// nCa, 4 March 2024", D(2024, 3, 4)),
        # stamps as news sites write them
        ("Tue 14th July 2020 | 03:42 PM\nFarmers in the valley sold more apricots.", D(2020, 7, 14)),
        ("Mar 12 2024 10:30 GMT\nA ferry line reopened.", D(2024, 3, 12)),
        ("Friday, March 8, 2024 at 10:30 am EST\nThe envoys spoke at length.", D(2024, 3, 8)),
        ("12-Mar-2024 | Staff report\nTea prices went up.", D(2024, 3, 12)),
        ("2024.03.12 18:20\nA new bridge carries lorries.", D(2024, 3, 12)),
        ("12-03-2024 09:00\nWool buyers came from afar.", D(2024, 3, 12)),
        ("Source: Xinhua | 2023-09-04T06:15:00+08:00 | Editor: staff\nText.", D(2023, 9, 4)),
        # a time after a dash is the stamp's time, not the end of a span of dates
        ("15 Mar 2023 - 10:25 AM\nA trade fair opened.", D(2023, 3, 15)),
        ("Wed, 03/15/2023 - 10:15\nTalks on transit went on.", D(2023, 3, 15)),
        ("March 15, 2023 – 9:05 pm\nThe envoys met.", D(2023, 3, 15)),
        ("Talks ran 12 March 2023 - 15 March 2023.\nTrade in 2022 reached $1 billion.", None),
        # a release's number before its date is no start of a span
        ("EU trade with Turkey\n\nEurostat news release 47/2024 - 21 March 2024\n\nTrade rose in 2023.", D(2024, 3, 21)),
        ("STAT/24/47 - 21 March 2024\nThe EU sold more cars in 2023.", D(2024, 3, 21)),
        ("Press release 12/2023 - 5 May 2023\nTimber sales fell in 2022.", D(2023, 5, 5)),
        # a time after a dash, written with a dot ("– 5.00am"), ends no span of days
        ("Trade ties\nJun 18, 2024 – 5.00am\nTrade between Australia and China grew.", D(2024, 6, 18)),
        ("Coal row\n18 Jun 2024 - 5.00pm\nShipments grew.", D(2024, 6, 18)),
        ("Wool sales\nMarch 3, 2023 — 11.30 a.m.\nThe auction closed.", D(2023, 3, 3)),
        # ... or with an "h" between hours and minutes, as Lusophone and French desks write it
        ("12 September 2024 - 15h40\n\nLuanda - The two ministers met on Thursday.", D(2024, 9, 12)),
        ("3 March 2024 - 9h05\nMaputo - Cashew buyers returned.", D(2024, 3, 3)),
        ("21 June 2023 – 08h15\nDakar - The port added a berth.", D(2023, 6, 21)),
        # a month and its day, a slash, then the year ("June 5/2024", as Ethiopian agencies write)
        ("Addis Ababa, June 5/2024 (ENA) -- Trade between Ethiopia and Djibouti reached $300 million.", D(2024, 6, 5)),
        ("Addis Abeba, Dec. 4/2023 (ENA) – Exports of coffee rose.", D(2023, 12, 4)),
        # the year of a past peak a goal is set against is no year the text reports on: a weekday dateline's year is
        # the nearest one before 2026
        ("SANTIAGO, Thursday 14 November – Trade between the two countries between January and September totalled "
         "US$5.4 billion. The ministers aim for US$10 billion, a level the two economies reached only once, in 2011.",
         D(2024, 11, 14)),
        ("LIMA, Monday 9 September – Trade with Ecuador came to US$2.1 billion in the first half. The sides hope to "
         "return to US$3 billion, a level last seen in 2012.", D(2024, 9, 9)),
        ("BOGOTA, Friday 3 July – Trade with Ecuador reached US$1.9 billion in the first half, below the peak of "
         "US$2.5 billion set in 2014.", D(2020, 7, 3)),
        # a year a task or an objective is set for is still to come, so it does not push the dateline's year on
        ("MINSK, 12 April (BelTA) - Trade reached $12.6 billion in January-February 2024. The government has set the "
         "task of increasing exports by 5.5% in 2024.", D(2024, 4, 12)),
        ("TASHKENT, 20 March - Exports rose to $4 billion in January-February 2024. Ministries are tasked with "
         "raising exports by 10% in 2024.", D(2024, 3, 20)),
        ("ALMATY, 15 May - Trade grew to $9 billion in the first quarter of 2024. The objective is growth of 7% in "
         "2024.", D(2024, 5, 15)),
        # ... nor does the last year of a programme's span of several ("for 2022-2026")
        ("PRAIA, Friday 21 June (Lusa) - Trade with Portugal reached 500 million euros in 2023. The countries run a "
         "cooperation programme for 2022-2026.", D(2024, 6, 21)),
        ("MAPUTO, Tuesday 14 May - Exports to South Africa reached $3 billion in 2023, under the strategy for "
         "2021-2025.", D(2024, 5, 14)),
        ("ACCRA, Monday 10 March - Exports to India reached $3 billion in 2024, under the cooperation framework for "
         "2023-2026.", D(2025, 3, 10)),
        # a dateline without its year, whose weekday the story names, in a text about part of a fiscal year that is
        # still running ("April-October 2024-25", "H1 FY25"): the year the fiscal year began in, or the next
        ("New Delhi, Nov 15 (PTI) India's exports to the US rose to USD 47.9 billion during April-October 2024-25, "
         "data released on Friday showed.", D(2024, 11, 15)),
        ("ISLAMABAD, Jan 21 (APP): Shipments to China climbed over July-December 2024-25, the PBS reported on "
         "Tuesday. H1 FY25 trade grew.", D(2025, 1, 21)),
        ("Dhaka, Feb 6 - Exports to India in July-December 2024-25 rose, the EPB said on Thursday.", D(2025, 2, 6)),
        ("Hawassa, March 19/2024 - A new park opened.", D(2024, 3, 19)),
        # no space after the comma before the year ("Nov 19,2023", as a byline writes it)
        ("Exports up\n\nBy JT - Nov 19,2023 - Last updated at Nov 19,2023\n\nAMMAN - Sales rose.", D(2023, 11, 19)),
        ("Trade fair opens\nMarch 3,2024\nThe fair opened in Amman.", D(2024, 3, 3)),
        ("Posted on Sep. 30,2022\nWool sales rose.", D(2022, 9, 30)),
        # an ordinal day in capitals ("THE 13TH DECEMBER, 2023", as parliament's answers are headed)
        ("LOK SABHA\nTO BE ANSWERED ON WEDNESDAY, THE 13TH DECEMBER, 2023\n\nExports rose.", D(2023, 12, 13)),
        ("RAJYA SABHA\nANSWERED ON 2ND FEBRUARY, 2024\n\nImports fell.", D(2024, 2, 2)),
        ("NOTICE\n21ST MARCH 2023\nThe ministers met.", D(2023, 3, 21)),
        # a slashed date is read day first, and month first when that is no real day
        ("Published\n11/20/2025, 11:01The ministers met at a forum.", D(2025, 11, 20)),
        ("Posted on 12/31/2022 at 8:00 pm\nLeaders toast the new rail link.", D(2022, 12, 31)),
        ("Last updated: 07/15/2021\nExports of wool rose.", D(2021, 7, 15)),
        ("Published: 05/06/2024 10:00\nA cotton fair opened.", D(2024, 6, 5)),
        ("Date: 25/12/2019\nMarkets were quiet.", D(2019, 12, 25)),
        ("12/03/2024 | News\nThe port got new cranes.", D(2024, 3, 12)),
        # month, day and year set apart by spaced hyphens, as some sites print them
        ("Graphic Online | Business News | Sep - 10 - 2024\n\nTrade between Ghana and Togo rose.", D(2024, 9, 10)),
        ("Business | Mar - 02 - 2023\nGhana's exports rose.", D(2023, 3, 2)),
        ("News | December - 5 - 2022\nTrade rose.", D(2022, 12, 5)),
        # day, month and year with a space after each dot, as Central European offices print them
        ("Release date: 10. 5. 2024\nSlovenia's exports rose.", D(2024, 5, 10)),
        ("Release date: 3. 7. 2023\nExports rose.", D(2023, 7, 3)),
        ("Published: 15. 1. 2024\nTrade rose.", D(2024, 1, 15)),
        # a publication label is trusted before an unlabelled date, an 'Updated' label after it
        ("Updated: 2023-06-05 11:00 | Published: 2023-06-02 08:00\nText.", D(2023, 6, 2)),
        ("9 March 2024 (updated 11 March 2024)\nThe corridor was discussed.", D(2024, 3, 9)),
        ("Last modified on Tuesday, 14 July 2020\nFirst published on 10 July 2020\nText.", D(2020, 7, 10)),
        (
            "Ties go back to 14 May 1992. Last updated 2 June 2021\nTrade rose in 2020 to $1 billion.",
            D(2021, 6, 2),
        ),
    ],
)
def test_stamps_as_sites_write_them(text, expected):
    assert article_metadata(text).date == expected


THIS_YEAR = dt.date.today().year


@pytest.mark.parametrize(("text", "expected"), [
    # a year of the running calendar year is no proof that a stamp is old: it is often a plan's ("due in 2026")
    (f"Published on Thursday, February 8, 2024\nTrade grew in 2023. The treaty review is due in {THIS_YEAR}.",
     D(2024, 2, 8)),
    (f"Published March 14, 2024\nTrade rose in 2023. The World Cup is in {THIS_YEAR}.", D(2024, 3, 14)),
    (f"5 May 2024\nExports grew in 2023; elections follow in {THIS_YEAR}, officials said.", D(2024, 5, 5)),
    # a dateline with no year after a figure "of this year" compared with a named year is from a later year ...
    ("YEREVAN, DECEMBER 19, ARMENPRESS. In January-October of this year, Armenian-Georgian trade turnover reached "
     "$1.1 billion, up 9% compared to January-October 2022.", D(2023, 12, 19)),
    ("BAKU, November 5. Trade between Azerbaijan and Kazakhstan this year rose 12% against the same period of 2022, "
     "the customs said.", D(2023, 11, 5)),
    ("TASHKENT, October 3. Trade with Turkmenistan in the first nine months of this year grew 20% versus 2022, "
     "officials said.", D(2023, 10, 3)),
    # a year something is due, set to expire or to be held in is to come, not past: it dates no stamp as old, and
    # gives no year to a dateline that has none
    ("Commentary\nDecember 12, 2023\nExports to Mexico grew in 2022. The program is set to expire in 2025.",
     D(2023, 12, 12)),
    ("Analysis\nOctober 3, 2023\nImports from Chile rose in 2022. The quota review is due in 2025.", D(2023, 10, 3)),
    ("TUNIS, Nov. 2 (TAP) - Tunisia and Algeria agreed on Thursday to hold a trade fair in Sfax in 2024. Trade between "
     "the two countries rose in the first nine months of 2023.", D(2023, 11, 2)),
    # a fiscal year the text is in has begun, not ended: it bounds the dateline's year from its start
    ("ISLAMABAD, Jan 12 (APP): Pakistan's exports to China rose to $1.36 billion in July-December, the opening "
     "months of the current fiscal year 2023-24, the minister said on Friday.", D(2024, 1, 12)),
    ("NEW DELHI, Feb 9 (PTI): India's exports to Nepal rose to $5.2 billion in April-December of this fiscal year "
     "2023-24.", D(2024, 2, 9)),
    ("DHAKA, Jan 15 (BSS): Bangladesh's exports to India in the first half of the current FY24 stood at $900 "
     "million, officials said on Monday.", D(2024, 1, 15)),
    # a fiscal year an aid or budget line "will" fund, a dozen words after the verb, is to come too: the weekday of a
    # dateline without a year picks the year before it
    ("PORT MORESBY, Friday 14 June - Papua New Guinea sold goods worth K8.4 billion to Australia in 2023. Australia "
     "will provide A$637.6 million in official development assistance to PNG in 2024-25.", D(2024, 6, 14)),
    ("SUVA, Monday 10 June - Fiji's exports to New Zealand rose in 2023. New Zealand will spend NZ$150 million on "
     "climate and transport projects in the Pacific in 2024-25.", D(2024, 6, 10)),
    ("APIA, Wednesday 12 June - Samoa's imports from Australia rose in 2023. Canberra will give A$50 million in "
     "budget support for health and schools across the islands in 2024-25.", D(2024, 6, 12)),
    # a dateline whose agency in capitals ends its line, read with the weekday of the story
    ("Talks held\n\nAshgabat, 9 August, AZERTAC\n\nOn Friday, the presidents held talks. Trade rose in the first half "
     "of this year.", D(2024, 8, 9)),
    ("Visit ends\n\nBaku, 12 March, AZERTAC\n\nOn Tuesday, the ministers met in Baku.", D(2024, 3, 12)),
    ("Forum opens\n\nTashkent, 5 June, UZA\n\nOn Wednesday, the forum opened in Tashkent.", D(2024, 6, 5)),
    # a dateline's own weekday overrules the year of a date the story names ("entered into force on 1 January 2024")
    ("MANAGUA, Wednesday 15 January (EFE) - Exports rose last year. The agreement entered into force on 1 January "
     "2024.", D(2025, 1, 15)),
    ("LIMA, Friday 14 March (Andina) - Sales grew. The new customs code took effect on 3 March 2024.", D(2025, 3, 14)),
    ("QUITO, Monday 10 February - Trade rose. The treaty was signed on 5 February 2024 in Quito.", D(2025, 2, 10)),
    # a year the text only mentions ("signed in 2017") bounds a weekday dateline's year without placing it near: the
    # year nearest before 2026 that makes the weekday right
    ("MALE, Monday 5 February - The UAE was the largest supplier last year. The trade agreement with China, signed in "
     "2017, came into force on 1 January.", D(2024, 2, 5)),
    ("NAIROBI, Friday 9 August - The ministers met. The corridor, opened in 2018, carries most of the goods.",
     D(2024, 8, 9)),
    ("SUVA, Tuesday 4 June - The treaty of 2018 was discussed by the two delegations.", D(2024, 6, 4)),
    # ... also written with both years whole: the year it ends in is still to come
    ("NAY PYI TAW, 7 June — Myanmar drew investment in April and May of the current 2024-2025 financial year. Trade "
     "with Thailand stood at $721 million over the two months.", D(2024, 6, 7)),
    ("COLOMBO, 20 August (NewsWire) – Sri Lanka's exports to India rose in the first quarter of the current "
     "2024-2025 fiscal year, officials said.", D(2024, 8, 20)),
    ("NEW DELHI, 5 September: India's exports to the UAE rose in April-July of the ongoing financial year "
     "2024-2025.", D(2024, 9, 5)),
])
def test_years_the_text_names_date_it_only_as_they_should(text, expected):
    """A running calendar or fiscal year, a compared year and a year to come do not make a stamp old or give
    a dateline their year."""
    assert article_metadata(text).date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # datelines in more shapes
        ("New Delhi [India], March 12 (ANI): Tea sales abroad rose in 2023 to a record.", D(2023, 3, 12)),
        ("Abu Dhabi, 12th March, 2024 (WAM) -- The two funds signed a pact.", D(2024, 3, 12)),
        ("ST. PETERSBURG, June 4 (TASS) -- Grain sales fell in 2021.", D(2021, 6, 4)),
        # a dateline takes its year from the likely stamp, not from an old date in a caption
        ("Photo taken on June 2, 2015.\nASTANA, March 3 (Kazinform) - In January-February 2024 sales rose.\n12:00, March 3, 2024", D(2024, 3, 3)),
        ("Signed on 5 May 1998.\nRIGA, 9 May (LETA) - Sales in 2020 fell.\nPublished 9 May 2021", D(2021, 5, 9)),
        ("(File photo, 2016-07-01)\nOSLO, July 2 (NTB) - Salmon sales hit a record in 2022.\n2023-07-02 08:00", D(2023, 7, 2)),
        # the year of a dateline comes after the last month of a span the text reports
        ("MINSK, 20 February (BelTA) – In January-December 2025 sales to Serbia grew.", D(2026, 2, 20)),
        ("HANOI, 8 January (VNA) - Over January-November 2024, rice shipments climbed.", D(2025, 1, 8)),
        ("RIGA, March 2 (LETA) - In the first eleven months of 2023 timber sales rose.", D(2024, 3, 2)),
        ("ROME, 15 February - Olive oil sales in Q4 2022 beat forecasts.", D(2023, 2, 15)),
        ("SOFIA, 10 August (BTA) - In the first half of 2022 rose oil sales doubled.", D(2022, 8, 10)),
        # ... also when the span's months carry their days
        ("TEHRAN, Jan. 20 (MNA) - Trade rose in the nine months (March 21-December 21, 2023).", D(2024, 1, 20)),
        ("BAKU, 5 February (Trend) - Exports grew from January 1 to December 31, 2023, the office said.", D(2024, 2, 5)),
        ("MINSK, 3 March (BelTA) - Sales rose from 1 April to 30 November 2022, data show.", D(2023, 3, 3)),
        # a fiscal year the text reports is over (fiscal years end in March at the earliest)
        ("DHAKA, Jan 10 -- Exports to India crossed $2 billion in FY2021-22, the bureau said.", D(2023, 1, 10)),
        ("KARACHI, Feb 4 - Imports from China were $12 billion in 2021-22, the central bank said.", D(2023, 2, 4)),
        ("MUMBAI, 2 February - Shipments to the UAE hit a record in FY23, the council said.", D(2024, 2, 2)),
        # a span of two dates is not a stamp
        ("TEHRAN – Trade grew in the ten months (March 21, 2023-January 20, 2024), IRICA data show.", None),
        ("Sales rose in the period (1 April 2022 – 31 March 2023), the office said.", None),
        ("Exports rose from January 1, 2021 to June 30, 2021, the bureau said.", None),
        # a goal or forecast year does not count as past
        ("MOSCOW. Nov 2 (Interfax) - Sales will reach $3 billion in 2021. The fair of 2020 drew crowds.", D(2020, 11, 2)),
        ("LIMA, Oct 3 (Andina) - Trade is expected to hit $5 billion in 2018. The forum first met in 2017.", D(2017, 10, 3)),
        ("KYIV, May 5 (Ukrinform) - Both sides hope to double sales in 2016. Sales fell in 2015.", D(2015, 5, 5)),
        ("DOHA, May 5 - The plan is to bring trade to $2 billion in 2022. A fair was held in 2021.", D(2021, 5, 5)),
        # ... across an abbreviation's full stop in its clause ("U.S. dollars")
        ("LIMA, Oct 3 (Andina) - Trade is expected to top 5 billion U.S. dollars in 2018. Sales rose in 2017.",
         D(2017, 10, 3)),
        ("HANOI, May 5 (VNA) - Trade could reach 30 billion U.S. dollars in 2016. It rose in 2015.", D(2015, 5, 5)),
        ("APIA, May 5 - Sales will pass 2 million U.K. pounds in 2021. A fair was held in 2020.", D(2020, 5, 5)),
        ("OSLO, 4 June - Talks at the end of 2023 will set new quotas; the 2022 fair was small.", D(2022, 6, 4)),
        ("KABUL, 3 May - A new plant is set to be commissioned in 2023; shipments rose in 2022.", D(2022, 5, 3)),
        ("BISHKEK, 12 April - The forum is to be held in 2024, the organisers said; the last one was in 2023.", D(2023, 4, 12)),
        ("DUSHANBE, 9 March - It should be noted that in 2018 trade amounted to $500 million.", D(2019, 3, 9)),
        (
            "TBILISI, Dec 1 (GNA) - Trade could near $1 billion in 2019, the minister said. It was $800 "
            "million in 2018, and in the first ten months of this year it grew 5%.",
            D(2019, 12, 1),
        ),
        # a figure for a whole year is reported after the year ends
        ("ATHENS, May 7 - Exports grew by 5% in 2019 and should double by 2025.", D(2020, 5, 7)),
        ("BAKU, 14 February (Trend) - Trade between the two states reached $1.2 billion in 2023.", D(2024, 2, 14)),
        ("BEIJING, Jan. 13 (Xinhua) -- Trade with Chile rose 8 percent during 2023, customs data showed.", D(2024, 1, 13)),
        ("ASTANA, December 20 - Trade will reach $5 billion in 2023, up from $4 billion in 2022.", D(2023, 12, 20)),
        ("ISLAMABAD, Mar 12 (APP): Trade with China reached $20bn in 2023.", D(2024, 3, 12)),
        ("ROME, 3 May - Wine sales abroad came to €2bn in 2022.", D(2023, 5, 3)),
        ("ROME, 3 May - A new hotel opened in 2022 near the port.", D(2022, 5, 3)),
        # a weekday picks the year near the text's own, the day itself or the day before, never a future year
        ("CANBERRA, April 29 (Xinhua) -- The '2022 Outlook', published on Thursday, counts wool sales.", D(2022, 4, 29)),
        ("PARIS, 3 June (AFP) - A study of 2023 trade came out on Sunday.", D(2024, 6, 3)),
        ("MADRID, 10 May (EFE) - Figures for 2024 released on Friday show a rise.", D(2024, 5, 10)),
        # ... also a weekday right after a verb of reporting, with no "on"
        ("SEOUL, Nov. 1 (Yonhap) -- Exports to China grew 10 percent in October, data showed Friday.", D(2024, 11, 1)),
        ("HANOI, Jan. 12 (VNA) -- Trade with Laos rose in the past year, the ministry noted Friday.", D(2024, 1, 12)),
        ("LIMA, March 7 (Andina) -- Shipments to Chile grew, figures revealed Thursday.", D(2024, 3, 7)),
        # the agency's letters after a comma, before the dash
        ("Accra, Oct. 4, GNA - Trade with Togo rose in 2023, the minister said on Friday.", D(2024, 10, 4)),
        ("Dakar, 12 June, APS - Exports to Mali grew in 2023, the ministry noted on Wednesday.", D(2024, 6, 12)),
        ("Lusaka, March 4, ZNBC - Trade with Malawi rose in 2023, officials said on Monday.", D(2024, 3, 4)),
        # the agency's name in brackets before the dateline
        ("(ANSAmed) - ALGIERS, 23 JAN - Trade with Italy reached 16 billion euros in 2022, the minister said on "
         "Monday.", D(2023, 1, 23)),
        ("(ANSA) - ROME, 14 FEB - Wine sales to Egypt rose in 2023, the institute said on Wednesday.", D(2024, 2, 14)),
        ("(AGI) - MILAN, 5 MAR - Exports to Tunisia grew in 2023, the chamber said on Tuesday.", D(2024, 3, 5)),
        # the agency's name between slashes after the date
        ("Bucharest, 5 June /Agerpres/ - Trade with Moldova reached EUR 2 billion in 2023, the minister stated on "
         "Wednesday.", D(2024, 6, 5)),
        ("SOFIA, June 5 /BTA/ - Trade with Greece rose in 2023, the ministry said on Wednesday.", D(2024, 6, 5)),
        ("Minsk, 14 March /BelTA/ - Trade with Russia rose in 2023, officials said on Thursday.", D(2024, 3, 14)),
        # the agency's name in capitals after a comma, then a full stop
        ("YEREVAN, NOVEMBER 6, ARMENPRESS. Trade with Russia grew in January-September 2024.", D(2024, 11, 6)),
        ("BAKU, MARCH 3, AZERTAC. Trade with Italy rose in January-February 2024.", D(2024, 3, 3)),
        ("TBILISI, JULY 9, GEOSTAT. Exports to Turkey rose in the first half of 2024.", D(2024, 7, 9)),
        # a place written with accents
        ("Brasília, 6 November (Agência Brasil) - Brazil closed October with a surplus, the ministry reported on "
         "Wednesday (6). Exports from January to October 2024 rose.", D(2024, 11, 6)),
        ("LOMÉ, 12 March (ATOP) - Togo's exports to Burkina Faso rose in 2023, the ministry said on Tuesday.",
         D(2024, 3, 12)),
        ("São Paulo, 3 September (Valor) - Exports to China rose in August 2024, data showed on Tuesday.",
         D(2024, 9, 3)),
    ],
)
def test_dateline_year_from_the_text(text, expected):
    assert article_metadata(text).date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday naming a day and month: the year nearest before 2026 that fits, not before the text's years
        ("Dhaka: Ministers on Monday (March 4) signed a jute deal.", D(2024, 3, 4)),
        ("Karachi: The board met on Thursday (the 9th of May) to review freight.", D(2024, 5, 9)),
        ("Lahore: Traders on Wednesday (12th June) asked for lower tariffs.", D(2024, 6, 12)),
        ("Tehran: Envoys on Saturday (November 6) signed a plan; a 2006 pact to reach $5 billion by 2021 fell short.", D(2021, 11, 6)),
        # a line holding only a day and month, at the top or the end
        ("The king on Tuesday ordered help with fuel.\nAgency\n15 December", D(2020, 12, 15)),
        ("The minister on Friday opened the fair.\n\nStaff report\n8 March", D(2024, 3, 8)),
        ("3 June\n\nTalks ended on Monday without a deal.", D(2024, 6, 3)),
        ("Trade fell in 2019 to $2 billion.\n15 December", D(2020, 12, 15)),
        ("The fair of 2019 was small.\n15 December", D(2019, 12, 15)),
        # no way to know: null, never a guess
        ("Some text about grain.\n15 December", None),
        ("ROME, May 3 (ANSA) - Olive oil talks went on.", None),
        ("A statement dated April 16 was read out on Tuesday.", None),
        ("The forum opens on Sept 17 in Nanning.", None),
    ],
)
def test_dates_without_a_year(text, expected):
    assert article_metadata(text).date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mongolia, Japan agree on a trade road\n\nULAANBAATAR, May 2 (Xinhua) -- Body.", "Mongolia, Japan agree on a trade road"),
        (" date 2022-01-01 Georgia eyes wine sales to China\nGeorgia wants more.", "Georgia eyes wine sales to China"),
        ("25 Sep 2023 16:40\n\nLatvia and Estonia sign a port pact\n\nBody.", "Latvia and Estonia sign a port pact"),
        ("By Jane Roe\n\nThe ministers talked for three hours about many things.", None),
        ("SOFIA, May 3, 2022 (BTA) --\n\n## Bulgaria sells roses to Japan\n\nBody.", "Bulgaria sells roses to Japan"),
        ("# Chile opens a copper office\n\nBody text.", "Chile opens a copper office"),
        ("The ministers talked for three hours and agreed on a date.\nMore.", None),
        ("Trade\n\nBody.", None),
        ("", None),
    ],
)
def test_article_title(text, expected):
    assert article_title(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HANOI, Vietnam (AP) — Leaders met.", "AP"),
        ("MOSCOW, April 6 (Xinhua) -- Grain sales rose.", "Xinhua"),
        ("Lima (Andina) – The port expanded.", "Andina"),
        ("(VOVWORLD) - The premiers spoke by phone.", "VOV"),
        ("ASTANA. KAZINFORM - The council met today.", "Kazinform"),
        ("Some text.\n/// nCa, 3 March 2021", "nCa"),
        ("Headline\nXinhua, June 5, 2015 Adjust font size:\nBody.", "Xinhua"),
        ("By Trend\n\nThe sides signed papers.", "Trend"),
        ("The ministers agreed, Trend reports.", "Trend"),
        ("source: The Steppe Herald\nBody.", "The Steppe Herald"),
        # a dateline naming the agency after the date, or between slashes
        ("Accra, Oct. 13, GNA - Cocoa buyers met.", "GNA"),
        ("Kuala Lumpur, 2 May 2021, BERNAMA -- Palm oil sales rose.", "Bernama"),
        ("ASTANA, 5 June, Kazinform: The forum opened.", "Kazinform"),
        ("MOSCOW, October 6. /TASS/. The council met.", "TASS"),
        ("BEIJING, May 3. /Xinhua/ The fair opened.", "Xinhua"),
        ("SEOUL, Jan. 9. /Yonhap/. Chip exports rose.", "Yonhap"),
        # a byline naming the outlet after the author
        ("Baku, Azerbaijan, Feb.13\n\nBy Jane Roe - Trend:\n\nBody.", "Trend"),
        ("By John Doe– Trend:\nThe talks went on.", "Trend"),
        ("By Li Wei, Xinhua\nBody text.", "Xinhua"),
        ("By Tasnim News Agency\n\nThe two sides met.", "Tasnim"),
        # a line holding only the outlet's name, at the top or the end
        ("Some text about ports.\n\nGNA", "GNA"),
        ("Talks went well.\nReuters\n15 December", "Reuters"),
        ("UrduPoint.com\nStaff 2 minutes ago\nText.", "UrduPoint"),
        # a source line closing the last paragraph
        ("Exports rose. Source: Egypt today", "Egypt Today"),
        ("The fair ended. Source: The Steppe Herald", "The Steppe Herald"),
        ("“We are glad,” he said. Source: Daily Sabah", "Daily Sabah"),
        # credits and cited sources are not the outlet
        ("Ports grew. (Photo/Xinhua)\nBody.", None),
        ("Photo: UNIAN\nKyiv and Warsaw traded more.", None),
        ("Trade fell, the Interfax news agency reported Tuesday.", None),
        ("By Jane Roe\nThe talks went on.", None),
        ("Exports grew, according to Bernama news agency and its trend data.", None),
        ("Leaders met in Rome. Trade grew on a steady trend.", None),
        ("", None),
    ],
)
def test_article_outlet(text, expected):
    assert article_outlet(text) == expected


# Dates without a year and years of every kind around them, so the examples reach the year inference.
YEARLESS_PIECES = st.sampled_from([
    "MINSK, 27 January (BelTA) - ", "ASTANA. Dec 4 (Kazinform) - ", "Lahore: on Saturday (November 06) ", "\n15 December\n",
    "on Tuesday", "said Thursday", "in 2019", "$2 billion in 2031", "by 2040", "could reach $1 billion in 2030",
    "January-November 2099", "the first eight months of 2025", "Q4 2026", "in 2026", "29 February", ". ", "\n",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(YEARLESS_PIECES, st.text(max_size=12)), max_size=20).map("".join))
def test_a_date_without_a_written_year_is_never_after_today(text):
    date = article_metadata(text).date
    assert date is None or date <= dt.date.today()


def _dev_articles() -> list[tuple[str, str, list]]:
    assert CORPUS_DEV.is_dir(), f"the dev corpus must be at {CORPUS_DEV} (CI places it there)"
    cases = []
    for gold_path in sorted(CORPUS_DEV.glob("*.json")):
        gold = json.loads(gold_path.read_text("utf-8"))["article_date"]
        text = gold_path.with_suffix(".txt").read_text("utf-8")
        cases.append((gold_path.stem, text, gold if isinstance(gold, list) else [gold]))
    assert len(cases) >= 29
    return cases


def test_article_date_is_exact_on_every_dev_article():
    wrong = []
    for name, text, accepted in _dev_articles():
        found = article_metadata(text).date
        if (found.isoformat() if found else None) not in accepted:
            wrong.append(f"{name}: found {found}, gold {accepted}")
    assert wrong == []


def test_the_year_a_text_is_written_in_is_never_put_after_the_gold_date():
    """The lower bound the text gives (`writing_floor`) holds on every dated dev article, header removed."""
    late = []
    for name, text, accepted in _dev_articles():
        floor = writing_floor(without_header(text))
        dates = [dt.date.fromisoformat(date) for date in accepted if date]
        if floor and dates and all(floor > (date.year, date.month) for date in dates):
            late.append(f"{name}: floor {floor}, gold {accepted}")
    assert late == []


# Outlets the dev articles name themselves (our reading of the texts, not part of the gold).
DEV_OUTLETS = {
    "a03": "nCa", "a12": "Trend", "a13": "Interfax", "a15": "Trend", "a19": "Xinhua", "b01": "VNA",
    "b02": "AP", "b04": "VOV", "b05": "Reuters", "b08": "Xinhua", "seed_002": "Xinhua", "seed_003": "Trend",
    "n003": "Yonhap", "n004": "Trend", "n006": "TASS", "n007": "Interfax", "n008": "Trend", "n009": "News.Az",
    "n010": "BelTA", "n011": "easttime.info", "n012": "BelTA", "n014": "Trend", "n017": "Egypt Today",
    "n022": "GNA", "n025": "Tasnim", "n027": "Business Daily", "n031": "Reuters", "n032": "Reuters",
    "n034": "Xinhua", "n035": "IANS", "n038": "Antara", "n039": "Xinhua", "n040": "Xinhua", "n045": "UrduPoint",
    "n049": "Trend", "n050": "MENAFN", "n052": "AzerNews",
}


def test_outlets_of_the_dev_articles():
    found = {name: article_outlet(text) for name, text, _ in _dev_articles()}
    assert {name: outlet for name, outlet in found.items() if outlet} == DEV_OUTLETS

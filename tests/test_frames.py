"""Whose trade, with whom, and which way goods go: the frame of each figure (issue 7, items 1, 2 and 6).

Each table holds three or more variants of one capability, in sentences written for these tests.
"""
from __future__ import annotations

import datetime as dt

import pytest

from fact_cases import facts_of
from parsers.evaluation import CONFIDENT
from parsers.facts import extract_facts

Y2022 = "2022-01..2022-12"
Y2023 = "2023-01..2023-12"

WHOSE_STATISTICS = [
    # the subject of a selling or buying verb, "to" and "from", a possessive, "imports into X from Y"
    ("Moldova sold goods worth $74 million to Latvia in 2022.",
     {(("LVA", "MDA"), "exports", "MDA", 74_000_000, "USD", Y2022, None)}),
    ("Latvia supplied products worth $95 million to Moldova in 2022.",
     {(("LVA", "MDA"), "exports", "LVA", 95_000_000, "USD", Y2022, None)}),
    ("The Philippines purchased goods worth $3.2 billion from Japan in the first quarter of 2023.",
     {(("JPN", "PHL"), "imports", "JPN", 3_200_000_000, "USD", "2023-01..2023-03", None)}),
    ("Imports into Chile from Spain totalled $1.4 billion in the first half of 2023.",
     {(("CHL", "ESP"), "imports", "ESP", 1_400_000_000, "USD", "2023-01..2023-06", None)}),
    ("Armenia's trade with Georgia amounted to $1.2 billion in 2022.",
     {(("ARM", "GEO"), "turnover", None, 1_200_000_000, "USD", Y2022, None)}),
    ("Kenya's imports from Uganda rose to $610 million last year.",
     {(("KEN", "UGA"), "imports", "UGA", 610_000_000, "USD", Y2022, None)}),
    # a people named in the plural ("Americans", "Uzbeks", "Pakistanis") trades as its country
    ("Americans bought goods worth $5.2 billion from Vietnam in 2022, and Vietnam's exports to Japan came to "
     "$3.1 billion.",
     {(("USA", "VNM"), "imports", "VNM", 5_200_000_000, "USD", Y2022, None),
      (("JPN", "VNM"), "exports", "VNM", 3_100_000_000, "USD", Y2022, None)}),
    ("In 2022 Uzbeks sold $900 million of goods to Russia, the customs committee said in Tashkent.",
     {(("RUS", "UZB"), "exports", "UZB", 900_000_000, "USD", Y2022, None)}),
    ("Last year Kenyans imported goods worth $1.1 billion from Egypt, Tanzania's trade ministry noted.",
     {(("EGY", "KEN"), "imports", "EGY", 1_100_000_000, "USD", Y2022, None)}),
    # companies as the ones who trade, or named beside the pair's figure, are not a company's own figure
    ("Kazakh companies exported goods worth $2 billion to China in 2022.",
     {(("CHN", "KAZ"), "exports", "KAZ", 2_000_000_000, "USD", Y2022, None)}),
    ("Trade between Kazakhstan and China reached $31 billion in 2022, and 3,000 Chinese companies work in Kazakhstan.",
     {(("CHN", "KAZ"), "turnover", None, 31_000_000_000, "USD", Y2022, None)}),
    ("Chilean firms sold $3 billion of goods to Peru in 2022.",
     {(("CHL", "PER"), "exports", "CHL", 3_000_000_000, "USD", Y2022, None)}),
]

STATISTICS_SIDE = [
    # a statistics release speaks from its country's side: a partner named alone trades with that country
    ("Bolivia's National Statistics Institute published its annual figures. Imports from Brazil reached "
     "$2.1 billion in 2022, and the country bought goods worth $1.4 billion from Argentina.",
     {(("BOL", "BRA"), "imports", "BRA", 2_100_000_000, "USD", Y2022, None),
      (("ARG", "BOL"), "imports", "ARG", 1_400_000_000, "USD", Y2022, None)}),
    ("According to the State Bank of Pakistan, the United Kingdom bought goods worth $1.3 billion in 2022.",
     {(("GBR", "PAK"), "imports", "PAK", 1_300_000_000, "USD", Y2022, None)}),
    ("Data of Ghana's statistics service show that Togo remained the largest buyer, at $410 million in 2022.",
     {(("GHA", "TGO"), "exports", "GHA", 410_000_000, "USD", Y2022, None)}),
    # an office named without its country (data/statistics_offices.tsv) speaks for that country
    # a name used as a noun adjunct before "trade with" is whose trade it is: its exports are its own
    ("U.S. goods and services trade with China totaled $758.4 billion in 2022. Exports were $195.5 billion; imports "
     "were $562.9 billion.",
     {(("CHN", "USA"), "turnover", None, 758_400_000_000, "USD", Y2022, None),
      (("CHN", "USA"), "exports", "USA", 195_500_000_000, "USD", Y2022, None),
      (("CHN", "USA"), "imports", "CHN", 562_900_000_000, "USD", Y2022, None)}),
    ("Japan merchandise trade with Vietnam reached $50 billion in 2022. Exports were $20 billion.",
     {(("JPN", "VNM"), "turnover", None, 50_000_000_000, "USD", Y2022, None),
      (("JPN", "VNM"), "exports", "JPN", 20_000_000_000, "USD", Y2022, None)}),
    ("EU trade with Kenya grew to €3 billion in 2022, and imports stood at €1.2 billion.",
     {(("EUU", "KEN"), "turnover", None, 3_000_000_000, "EUR", Y2022, None),
      (("EUU", "KEN"), "imports", "KEN", 1_200_000_000, "EUR", Y2022, None)}),
    # "the country's imports" with the office that names the country
    ("The country's imports from China clocked in at $8.2 billion in 2022, down 30 percent, according to SBP.",
     {(("CHN", "PAK"), "imports", "CHN", 8_200_000_000, "USD", Y2022, None)}),
    ("Imports from Kazakhstan rose to $2 billion in 2022, Uzstat said.",
     {(("KAZ", "UZB"), "imports", "KAZ", 2_000_000_000, "USD", Y2022, None)}),
    ("The country's exports to Chile reached $1.2 billion in 2022, according to Mincetur.",
     {(("CHL", "PER"), "exports", "PER", 1_200_000_000, "USD", Y2022, None)}),
    ("Imports from Russia grew by 20% y/y to $1.6bn in 2022, Geostat said.",
     {(("GEO", "RUS"), "imports", "RUS", 1_600_000_000, "USD", Y2022, None)}),
    ("Exports to the United States fetched $8.2 billion in FY23, according to EPB data.",
     {(("BGD", "USA"), "exports", "BGD", 8_200_000_000, "USD", "2022-07..2023-06", None)}),
    ("According to Destatis, imports from China fell to 191 billion euros in 2022.",
     {(("CHN", "DEU"), "imports", "CHN", 191_000_000_000, "EUR", Y2022, None)}),
    # central banks that publish trade by partner (data/statistics_offices.tsv)
    ("Imports from Japan rose to $11 billion in 2022, according to the Bangko Sentral ng Pilipinas.",
     {(("JPN", "PHL"), "imports", "JPN", 11_000_000_000, "USD", Y2022, None)}),
    ("Exports to Spain reached $9 billion in 2022, Bank Al-Maghrib data show.",
     {(("ESP", "MAR"), "exports", "MAR", 9_000_000_000, "USD", Y2022, None)}),
    ("Nepal Rastra Bank figures show imports from India at $8 billion in 2022 and imports from China at $1.9 billion "
     "in 2022. Indian data differ: the Indian Commerce Ministry counts more.",
     {(("IND", "NPL"), "imports", "IND", 8_000_000_000, "USD", Y2022, None),
      (("CHN", "NPL"), "imports", "CHN", 1_900_000_000, "USD", Y2022, None)}),
    # the longest office name wins: Cambodia's "General Department of Customs and Excise", not Vietnam's customs
    ("Imports from Thailand rose to $4 billion in 2022, the General Department of Customs and Excise said.",
     {(("KHM", "THA"), "imports", "THA", 4_000_000_000, "USD", Y2022, None)}),
]

LISTS = [
    # a list of rates between the figures and "respectively" ("rising 2.1%, 4.4% and 0.8% respectively")
    ("Hungary's exports to Austria, Slovakia and Romania reached €9 billion, €6 billion and €5 billion in 2022, "
     "up 3%, 7% and 2% respectively.",
     {(("AUT", "HUN"), "exports", "HUN", 9_000_000_000, "EUR", Y2022, None),
      (("HUN", "SVK"), "exports", "HUN", 6_000_000_000, "EUR", Y2022, None),
      (("HUN", "ROU"), "exports", "HUN", 5_000_000_000, "EUR", Y2022, None)}),
    ("In 2022 Chile's exports to China, the US and Japan were $39 billion, $16 billion and $4 billion, with growth "
     "of 5 percent, 2 percent and 9 percent, respectively.",
     {(("CHL", "CHN"), "exports", "CHL", 39_000_000_000, "USD", Y2022, None),
      (("CHL", "USA"), "exports", "CHL", 16_000_000_000, "USD", Y2022, None),
      (("CHL", "JPN"), "exports", "CHL", 4_000_000_000, "USD", Y2022, None)}),
    ("Imports of Romania from Italy and France totalled €11 billion and €7 billion in 2022, falling 4 pct and 1 pct "
     "respectively.",
     {(("ITA", "ROU"), "imports", "ITA", 11_000_000_000, "EUR", Y2022, None),
      (("FRA", "ROU"), "imports", "FRA", 7_000_000_000, "EUR", Y2022, None)}),
    # "respectively" after words that refer back to the countries listed in the sentence before
    ("Kenya's main export markets in 2022 were Uganda, the Netherlands and Pakistan. Sales to these three markets "
     "came to $1.1 billion, $800 million and $600 million respectively.",
     {(("KEN", "UGA"), "exports", "KEN", 1_100_000_000, "USD", Y2022, None),
      (("KEN", "NLD"), "exports", "KEN", 800_000_000, "USD", Y2022, None),
      (("KEN", "PAK"), "exports", "KEN", 600_000_000, "USD", Y2022, None)}),
    ("Peru traded most with China (30%), the United States (15%) and Brazil (5%) in 2022. Trade with them reached "
     "$38 billion, $19 billion and $6 billion, respectively.",
     {(("CHN", "PER"), "turnover", None, 38_000_000_000, "USD", Y2022, None),
      (("PER", "USA"), "turnover", None, 19_000_000_000, "USD", Y2022, None),
      (("BRA", "PER"), "turnover", None, 6_000_000_000, "USD", Y2022, None)}),
    ("In 2022 Georgia bought the most from Turkey, Russia and China. Its imports from these countries were $2.2 "
     "billion, $1.8 billion and $1.1 billion respectively.",
     {(("GEO", "TUR"), "imports", "TUR", 2_200_000_000, "USD", Y2022, None),
      (("GEO", "RUS"), "imports", "RUS", 1_800_000_000, "USD", Y2022, None),
      (("CHN", "GEO"), "imports", "CHN", 1_100_000_000, "USD", Y2022, None)}),
    # rankings with dashes, brackets and "with"; the hub named outside the items
    ("In 2022, Uruguay's largest buyers were Spain – $2.3 billion, Brazil – $870 million and Chile – $410 million.",
     {(("ESP", "URY"), "exports", "URY", 2_300_000_000, "USD", Y2022, None),
      (("BRA", "URY"), "exports", "URY", 870_000_000, "USD", Y2022, None),
      (("CHL", "URY"), "exports", "URY", 410_000_000, "USD", Y2022, None)}),
    ("Mongolia's top partners in 2022: Japan ($4.7 billion), Canada ($1.9 billion).",
     {(("JPN", "MNG"), "turnover", None, 4_700_000_000, "USD", Y2022, None),
      (("CAN", "MNG"), "turnover", None, 1_900_000_000, "USD", Y2022, None)}),
    ("In 2022 Iraq with $4.8 billion and Oman with $1.1 billion of imports from Iran were among the main "
     "destinations of Iranian goods.",
     {(("IRN", "IRQ"), "imports", "IRN", 4_800_000_000, "USD", Y2022, None),
      (("IRN", "OMN"), "imports", "IRN", 1_100_000_000, "USD", Y2022, None)}),
    # a list head after a flow ("The other main partners were:") says its items' measure, not the flow before it
    ("In 2022, Mongolia's imports from Russia stood at $400 million.\n\nThe other main partners were:\n- Japan, $98 "
     "million;\n- Korea, $76 million.",
     {(("MNG", "RUS"), "imports", "RUS", 400_000_000, "USD", Y2022, None),
      (("JPN", "MNG"), "turnover", None, 98_000_000, "USD", Y2022, None),
      (("KOR", "MNG"), "turnover", None, 76_000_000, "USD", Y2022, None)}),
    # "Canada the second with": the ordinal after its article
    ("Mexico was the first trade partner of the United States in 2022 with $798 billion, Canada the second with $769 "
     "billion and China the third with $575 billion.",
     {(("MEX", "USA"), "turnover", None, 798_000_000_000, "USD", Y2022, None),
      (("CAN", "USA"), "turnover", None, 769_000_000_000, "USD", Y2022, None),
      (("CHN", "USA"), "turnover", None, 575_000_000_000, "USD", Y2022, None)}),
    ("In 2022 China was the top supplier of Kenya with $4 billion, India the second with $2.5 billion and the UAE the "
     "third with $2 billion.",
     {(("CHN", "KEN"), "imports", "CHN", 4_000_000_000, "USD", Y2022, None),
      (("IND", "KEN"), "imports", "IND", 2_500_000_000, "USD", Y2022, None),
      (("ARE", "KEN"), "imports", "ARE", 2_000_000_000, "USD", Y2022, None)}),
    # one partner twice is no list: each clause names its own seller
    ("Canada's exports to the US were $600 billion in 2022, and Mexico's exports to the US were $450 billion.",
     {(("CAN", "USA"), "exports", "CAN", 600_000_000_000, "USD", Y2022, None),
      (("MEX", "USA"), "exports", "MEX", 450_000_000_000, "USD", Y2022, None)}),
    ("Kenya's exports to Uganda were $700 million in 2022, and Tanzania's exports to Uganda were $300 million.",
     {(("KEN", "UGA"), "exports", "KEN", 700_000_000, "USD", Y2022, None),
      (("TZA", "UGA"), "exports", "TZA", 300_000_000, "USD", Y2022, None)}),
    ("In 2022 Chile's sales to China were $39 billion, while Peru's sales to China were $22 billion.",
     {(("CHL", "CHN"), "exports", "CHL", 39_000_000_000, "USD", Y2022, None),
      (("CHN", "PER"), "exports", "PER", 22_000_000_000, "USD", Y2022, None)}),
    # an item's abbreviation in brackets after its name ("the Democratic Republic of Congo (DRC) with")
    ("In 2022, Zambia's main export destinations were China with K3.1 billion, the Democratic Republic of Congo (DRC) "
     "with K2.4 billion and Switzerland with K1.9 billion.",
     {(("CHN", "ZMB"), "exports", "ZMB", 3_100_000_000, "ZMW", Y2022, None),
      (("COD", "ZMB"), "exports", "ZMB", 2_400_000_000, "ZMW", Y2022, None),
      (("CHE", "ZMB"), "exports", "ZMB", 1_900_000_000, "ZMW", Y2022, None)}),
    ("In 2022, Kenya's top markets were Uganda at $900 million, the United Arab Emirates (UAE) at $500 million and "
     "Tanzania at $400 million.",
     {(("KEN", "UGA"), "exports", "KEN", 900_000_000, "USD", Y2022, None),
      (("ARE", "KEN"), "exports", "KEN", 500_000_000, "USD", Y2022, None),
      (("KEN", "TZA"), "exports", "KEN", 400_000_000, "USD", Y2022, None)}),
    ("Oman's main suppliers in 2022 were the United Arab Emirates (UAE) with $9 billion and India with $4 billion.",
     {(("ARE", "OMN"), "imports", "ARE", 9_000_000_000, "USD", Y2022, None),
      (("IND", "OMN"), "imports", "IND", 4_000_000_000, "USD", Y2022, None)}),
    # a signed change before each item's figure ("Japan: +9.1% (EUR 0.8 billion)")
    ("Italy's exports to non-EU markets in 2022:\n- Japan: +9.1% (EUR 0.8 billion)\n- India: +1.2% (EUR 0.5 "
     "billion)\n- Brazil: +3.0% (EUR 0.6 billion)\n",
     {(("ITA", "JPN"), "exports", "ITA", 800_000_000, "EUR", Y2022, None),
      (("IND", "ITA"), "exports", "ITA", 500_000_000, "EUR", Y2022, None),
      (("BRA", "ITA"), "exports", "ITA", 600_000_000, "EUR", Y2022, None)}),
    ("In 2022, Kenya's main export markets were Uganda (+12%, $900 million), Tanzania (+8%, $400 million) and Rwanda "
     "(-3%, $200 million).",
     {(("KEN", "UGA"), "exports", "KEN", 900_000_000, "USD", Y2022, None),
      (("KEN", "TZA"), "exports", "KEN", 400_000_000, "USD", Y2022, None),
      (("KEN", "RWA"), "exports", "KEN", 200_000_000, "USD", Y2022, None)}),
    # "respectively"
    ("Georgia's exports to Turkey, Armenia and Russia amounted to $1.1 billion, $600 million and $650 million "
     "respectively in 2022.",
     {(("GEO", "TUR"), "exports", "GEO", 1_100_000_000, "USD", Y2022, None),
      (("ARM", "GEO"), "exports", "GEO", 600_000_000, "USD", Y2022, None),
      (("GEO", "RUS"), "exports", "GEO", 650_000_000, "USD", Y2022, None)}),
    ("Norway's second and third largest trading partners in 2022 were Sweden and Denmark, with trade of "
     "$21 billion and $12 billion, respectively.",
     {(("NOR", "SWE"), "turnover", None, 21_000_000_000, "USD", Y2022, None),
      (("DNK", "NOR"), "turnover", None, 12_000_000_000, "USD", Y2022, None)}),
    # "exports to A were $x, to B $y and to C $z"
    ("Kenya's exports to Uganda were $700 million in 2022, to Tanzania $300 million and to Rwanda $200 million.",
     {(("KEN", "UGA"), "exports", "KEN", 700_000_000, "USD", Y2022, None),
      (("KEN", "TZA"), "exports", "KEN", 300_000_000, "USD", Y2022, None),
      (("KEN", "RWA"), "exports", "KEN", 200_000_000, "USD", Y2022, None)}),
    # an earlier value in brackets is a second fact with its own period
    ("Thailand's main partners in 2022 were Vietnam – $3.2 billion ($2.9 billion in 2021) and Laos – $1.1 billion.",
     {(("THA", "VNM"), "turnover", None, 3_200_000_000, "USD", Y2022, None),
      (("THA", "VNM"), "turnover", None, 2_900_000_000, "USD", "2021-01..2021-12", None),
      (("LAO", "THA"), "turnover", None, 1_100_000_000, "USD", Y2022, None)}),
    # ... also after a fiscal year of two years, or one named "financial year", and "the same year" after it is
    # the year reported on, not the bracket's
    ("Australia's exports to China reached A$219 billion in 2023-24 (A$191 billion in 2022-23).",
     {(("AUS", "CHN"), "exports", "AUS", 219_000_000_000, "AUD", "2023-07..2024-06", None),
      (("AUS", "CHN"), "exports", "AUS", 191_000_000_000, "AUD", "2022-07..2023-06", None)}),
    ("Bangladesh's exports to India were $2 billion in FY2022/23 ($1.9 billion in FY2021/22).",
     {(("BGD", "IND"), "exports", "BGD", 2_000_000_000, "USD", "2022-07..2023-06", None),
      (("BGD", "IND"), "exports", "BGD", 1_900_000_000, "USD", "2021-07..2022-06", None)}),
    ("Pakistan's trade with Japan fell to $2.1 billion in the 2023-24 financial year ($2.4 billion in "
     "2022-23). Trade with Korea was $1.5 billion in the same year.",
     {(("JPN", "PAK"), "turnover", None, 2_100_000_000, "USD", "2023-07..2024-06", None),
      (("JPN", "PAK"), "turnover", None, 2_400_000_000, "USD", "2022-07..2023-06", None),
      (("KOR", "PAK"), "turnover", None, 1_500_000_000, "USD", "2023-07..2024-06", None)}),
    # a list laid out in lines under a head line
    ("Main trading partners of Uzbekistan in 2023:\n- China: $13.7 billion\n- Russia: $9.8 billion\n"
     "- Kazakhstan: $4.4 billion",
     {(("CHN", "UZB"), "turnover", None, 13_700_000_000, "USD", "2023-01..2023-12", None),
      (("RUS", "UZB"), "turnover", None, 9_800_000_000, "USD", "2023-01..2023-12", None),
      (("KAZ", "UZB"), "turnover", None, 4_400_000_000, "USD", "2023-01..2023-12", None)}),
    # the owner named after the items; the first item is not the text's main country
    ("Russia ($17 billion) and China ($15 billion) were Kazakhstan's largest suppliers in 2022.",
     {(("KAZ", "RUS"), "imports", "RUS", 17_000_000_000, "USD", Y2022, None),
      (("CHN", "KAZ"), "imports", "CHN", 15_000_000_000, "USD", Y2022, None)}),
    ("In 2022 Spain ($2.3 billion), Brazil ($870 million) and Chile ($410 million) were Uruguay's top buyers.",
     {(("ESP", "URY"), "exports", "URY", 2_300_000_000, "USD", Y2022, None),
      (("BRA", "URY"), "exports", "URY", 870_000_000, "USD", Y2022, None),
      (("CHL", "URY"), "exports", "URY", 410_000_000, "USD", Y2022, None)}),
    ("Japan with $4.7 billion and Canada with $1.9 billion ranked as Mongolia's top partners in 2022.",
     {(("JPN", "MNG"), "turnover", None, 4_700_000_000, "USD", Y2022, None),
      (("CAN", "MNG"), "turnover", None, 1_900_000_000, "USD", Y2022, None)}),
    # a partner ranked in someone's trade, with no trade word: two-way trade (not a development partner's aid)
    ("Germany is Poland's biggest partner, accounting for $150 billion in 2022.",
     {(("DEU", "POL"), "turnover", None, 150_000_000_000, "USD", Y2022, None)}),
    ("Turkey is among Iraq's top partners with $20 billion last year.",
     {(("IRQ", "TUR"), "turnover", None, 20_000_000_000, "USD", Y2022, None)}),
    ("China is Brazil's No. 1 partner: $150 billion in 2022.",
     {(("BRA", "CHN"), "turnover", None, 150_000_000_000, "USD", Y2022, None)}),
    ("Japan is Bangladesh's largest development partner, with $25 billion committed since 1972.", set()),
    # an envoy speaking of two-way trade with only home named: trade with the country of the posting
    ("The Russian envoy to Iran said trade turnover exceeded $4 billion in 2022.",
     {(("IRN", "RUS"), "turnover", None, 4_000_000_000, "USD", Y2022, None)}),
    ("Kazakhstan's embassy in Turkey said trade reached $6 billion in 2022.",
     {(("KAZ", "TUR"), "turnover", None, 6_000_000_000, "USD", Y2022, None)}),
    ("Ambassador of Chile to Peru Ana Rojas said commerce amounted to $4 billion in 2022.",
     {(("CHL", "PER"), "turnover", None, 4_000_000_000, "USD", Y2022, None)}),
    # a partner clause after the hub's total, its trade words left out: the total's measure with that partner
    ("Kazakhstan's exports rose 10% to $84 billion in 2022, and to China by 20% to $13 billion.",
     {(("CHN", "KAZ"), "exports", "KAZ", 13_000_000_000, "USD", Y2022, None)}),
    ("Exports from Kazakhstan rose by 10% to $84 billion in 2022, including to China by 20% to $13 billion.",
     {(("CHN", "KAZ"), "exports", "KAZ", 13_000_000_000, "USD", Y2022, None)}),
    ("Kazakhstan's trade with the EAEU grew 10% to $28 billion in 2022, and with Russia by 8% to $26 billion.",
     {(("KAZ", "RUS"), "turnover", None, 26_000_000_000, "USD", Y2022, None)}),
    ("Kazakhstan said its trade with EU countries rose 15% to $40 billion in 2022, and with Italy by 25% to "
     "$15 billion.",
     {(("EUU", "KAZ"), "turnover", None, 40_000_000_000, "USD", Y2022, None),
      (("ITA", "KAZ"), "turnover", None, 15_000_000_000, "USD", Y2022, None)}),
    # a union named beside one of its members only describes it
    ("Egypt's trade with the European Union reached $31 billion in 2022. Italy was the top EU partner with $6 billion.",
     {(("EGY", "EUU"), "turnover", None, 31_000_000_000, "USD", Y2022, None),
      (("EGY", "ITA"), "turnover", None, 6_000_000_000, "USD", Y2022, None)}),
    ("Morocco's exports to EU member Spain reached €9 billion in 2022.",
     {(("ESP", "MAR"), "exports", "MAR", 9_000_000_000, "EUR", Y2022, None)}),
    ("Turkey's largest EU trade partner, Germany, traded $50 billion with it in 2022.",
     {(("DEU", "TUR"), "turnover", None, 50_000_000_000, "USD", Y2022, None)}),
    # "$x worth of goods to A, $y to B and $z to C": each figure's own partner follows it
    ("Kazakhstan exported $13.5 billion worth of goods to Italy, $12.8 billion to China and $9 billion to Russia "
     "in 2022.",
     {(("ITA", "KAZ"), "exports", "KAZ", 13_500_000_000, "USD", Y2022, None),
      (("CHN", "KAZ"), "exports", "KAZ", 12_800_000_000, "USD", Y2022, None),
      (("KAZ", "RUS"), "exports", "KAZ", 9_000_000_000, "USD", Y2022, None)}),
    ("In 2022 Peru shipped $2 billion worth of goods to Korea, $1.5 billion to Japan and $900 million to India.",
     {(("KOR", "PER"), "exports", "PER", 2_000_000_000, "USD", Y2022, None),
      (("JPN", "PER"), "exports", "PER", 1_500_000_000, "USD", Y2022, None),
      (("IND", "PER"), "exports", "PER", 900_000_000, "USD", Y2022, None)}),
    ("Vietnam bought $60 billion worth of goods from China in 2022, $20 billion from Korea and $15 billion from Japan.",
     {(("CHN", "VNM"), "imports", "CHN", 60_000_000_000, "USD", Y2022, None),
      (("KOR", "VNM"), "imports", "KOR", 20_000_000_000, "USD", Y2022, None),
      (("JPN", "VNM"), "imports", "JPN", 15_000_000_000, "USD", Y2022, None)}),
    # the items named before the verb, "respectively" after the figures; the seller's adjective between is no item
    ("Iraq and Iran bought Turkish goods worth $13.7 billion and $5 billion, respectively, in 2022.",
     {(("IRQ", "TUR"), "imports", "TUR", 13_700_000_000, "USD", Y2022, None),
      (("IRN", "TUR"), "imports", "TUR", 5_000_000_000, "USD", Y2022, None)}),
    ("Germany and France imported Polish products for €80 billion and €20 billion respectively in 2022.",
     {(("DEU", "POL"), "imports", "POL", 80_000_000_000, "EUR", Y2022, None),
      (("FRA", "POL"), "imports", "POL", 20_000_000_000, "EUR", Y2022, None)}),
    ("The US and Japan purchased Vietnamese goods worth $97 billion and $24 billion respectively in 2022.",
     {(("USA", "VNM"), "imports", "VNM", 97_000_000_000, "USD", Y2022, None),
      (("JPN", "VNM"), "imports", "VNM", 24_000_000_000, "USD", Y2022, None)}),
    # the items joined before one trade verb, with no seller named in the sentence: the verb is every item's
    ("Chile's exports grew last year. China and the Netherlands bought products worth $38 billion and $2.1 billion, "
     "respectively, in 2022.",
     {(("CHL", "CHN"), "imports", "CHL", 38_000_000_000, "USD", Y2022, None),
      (("CHL", "NLD"), "imports", "CHL", 2_100_000_000, "USD", Y2022, None)}),
    ("Ghana's cocoa trade is booming. Switzerland and India purchased goods worth $1.9 billion and $1.1 billion "
     "respectively in 2022.",
     {(("CHE", "GHA"), "imports", "GHA", 1_900_000_000, "USD", Y2022, None),
      (("GHA", "IND"), "imports", "GHA", 1_100_000_000, "USD", Y2022, None)}),
    ("Peru sold more abroad. In 2022 Korea and Japan imported merchandise worth $2 billion and $1.5 billion, "
     "respectively.",
     {(("KOR", "PER"), "imports", "PER", 2_000_000_000, "USD", Y2022, None),
      (("JPN", "PER"), "imports", "PER", 1_500_000_000, "USD", Y2022, None)}),
    ("Kenya's imports rose. China and India supplied goods worth $3.5 billion and $2.1 billion, respectively, in 2022.",
     {(("CHN", "KEN"), "exports", "CHN", 3_500_000_000, "USD", Y2022, None),
      (("IND", "KEN"), "exports", "IND", 2_100_000_000, "USD", Y2022, None)}),
    # the figures first, their countries after them behind one preposition, then "respectively"
    ("In 2022 Vietnam shipped goods worth $97 billion, $24 billion and $23 billion to the United States, Japan and "
     "South Korea, respectively.",
     {(("USA", "VNM"), "exports", "VNM", 97_000_000_000, "USD", Y2022, None),
      (("JPN", "VNM"), "exports", "VNM", 24_000_000_000, "USD", Y2022, None),
      (("KOR", "VNM"), "exports", "VNM", 23_000_000_000, "USD", Y2022, None)}),
    ("Chile exported $39 billion and $16 billion to China and the US respectively in 2022.",
     {(("CHL", "CHN"), "exports", "CHL", 39_000_000_000, "USD", Y2022, None),
      (("CHL", "USA"), "exports", "CHL", 16_000_000_000, "USD", Y2022, None)}),
    ("In 2022 Kenya imported goods worth $3.5 billion and $2.1 billion from China and India, respectively.",
     {(("CHN", "KEN"), "imports", "CHN", 3_500_000_000, "USD", Y2022, None),
      (("IND", "KEN"), "imports", "IND", 2_100_000_000, "USD", Y2022, None)}),
    ("Peru's trade amounted to $38 billion and $19 billion with China and the US, respectively, in 2022.",
     {(("CHN", "PER"), "turnover", None, 38_000_000_000, "USD", Y2022, None),
      (("PER", "USA"), "turnover", None, 19_000_000_000, "USD", Y2022, None)}),
    # "client" is a buyer's word, as "customer" is ("premier client" in French-language releases)
    ("Cameroon's exports rose in 2018. Chad remained the first client in the sub-region with XAF 98 billion.",
     {(("CMR", "TCD"), "exports", "CMR", 98_000_000_000, "XAF", "2018-01..2018-12", None)}),
    ("Chad was the leading client of Cameroon in 2018, with XAF 98 billion.",
     {(("CMR", "TCD"), "exports", "CMR", 98_000_000_000, "XAF", "2018-01..2018-12", None)}),
    ("Senegal's main clients in 2022 were Mali ($1.1 billion) and India ($600 million).",
     {(("MLI", "SEN"), "exports", "SEN", 1_100_000_000, "USD", Y2022, None),
      (("IND", "SEN"), "exports", "SEN", 600_000_000, "USD", Y2022, None)}),
    # "countries of origin", "origin countries": a ranking of sellers
    ("Oman's top origin countries in 2022: the UAE (RO 3 billion), China (RO 1 billion).",
     {(("ARE", "OMN"), "imports", "ARE", 3_000_000_000, "OMR", Y2022, None),
      (("CHN", "OMN"), "imports", "CHN", 1_000_000_000, "OMR", Y2022, None)}),
    ("The main countries of origin for Qatar in 2022 were the US (QR 20 billion) and China (QR 18 billion).",
     {(("QAT", "USA"), "imports", "USA", 20_000_000_000, "QAR", Y2022, None),
      (("CHN", "QAT"), "imports", "CHN", 18_000_000_000, "QAR", Y2022, None)}),
    ("Saudi Arabia's leading origin countries in 2022 were China with SAR 150 billion and the US with SAR 70 billion.",
     {(("CHN", "SAU"), "imports", "CHN", 150_000_000_000, "SAR", Y2022, None),
      (("SAU", "USA"), "imports", "USA", 70_000_000_000, "SAR", Y2022, None)}),
    # "respectively" before the figures, as French and Spanish texts place it
    ("In 2024 Senegal's exports to China and India amounted respectively to $612 million and $201 million.",
     {(("CHN", "SEN"), "exports", "SEN", 612_000_000, "USD", "2024-01..2024-12", None),
      (("IND", "SEN"), "exports", "SEN", 201_000_000, "USD", "2024-01..2024-12", None)}),
    ("Mali's imports from Senegal and Côte d'Ivoire were respectively $900 million and $700 million in 2022.",
     {(("MLI", "SEN"), "imports", "SEN", 900_000_000, "USD", Y2022, None),
      (("CIV", "MLI"), "imports", "CIV", 700_000_000, "USD", Y2022, None)}),
    ("Bolivia's trade with Chile and Peru reached, respectively, $4 billion and $2.5 billion in 2022.",
     {(("BOL", "CHL"), "turnover", None, 4_000_000_000, "USD", Y2022, None),
      (("BOL", "PER"), "turnover", None, 2_500_000_000, "USD", Y2022, None)}),
    # "A and B followed with $x and $y", "came next with": a ranking goes on, item by item, without "respectively"
    ("Peru's exports to China reached $16.4 billion in 2022. South Korea and Japan followed with $1.98 billion and "
     "$1.75 billion.",
     {(("CHN", "PER"), "exports", "PER", 16_400_000_000, "USD", Y2022, None),
      (("KOR", "PER"), "exports", "PER", 1_980_000_000, "USD", Y2022, None),
      (("JPN", "PER"), "exports", "PER", 1_750_000_000, "USD", Y2022, None)}),
    ("Kenya's imports from China were $3.9 billion in 2022. India and the UAE came next with $2.1 billion and "
     "$1.8 billion.",
     {(("CHN", "KEN"), "imports", "CHN", 3_900_000_000, "USD", Y2022, None),
      (("IND", "KEN"), "imports", "IND", 2_100_000_000, "USD", Y2022, None),
      (("ARE", "KEN"), "imports", "ARE", 1_800_000_000, "USD", Y2022, None)}),
    ("Ghana's exports to Switzerland totalled $4 billion in 2022, while India and China followed at $3.1 billion "
     "and $1.6 billion.",
     {(("CHE", "GHA"), "exports", "GHA", 4_000_000_000, "USD", Y2022, None),
      (("GHA", "IND"), "exports", "GHA", 3_100_000_000, "USD", Y2022, None),
      (("CHN", "GHA"), "exports", "GHA", 1_600_000_000, "USD", Y2022, None)}),
    # the items before a rank "of"/"to" another country: the first stays the first figure's, even the article's
    # first-named country
    ("Spain, the United States and France were the main destinations of Ivorian products in 2022, with "
     "respectively $1.5 billion, $900 million and $700 million.",
     {(("CIV", "ESP"), "exports", "CIV", 1_500_000_000, "USD", Y2022, None),
      (("CIV", "USA"), "exports", "CIV", 900_000_000, "USD", Y2022, None),
      (("CIV", "FRA"), "exports", "CIV", 700_000_000, "USD", Y2022, None)}),
    ("Germany and Italy were the largest exporters to Turkey in 2022, with €26 billion and €13 billion respectively.",
     {(("DEU", "TUR"), "imports", "DEU", 26_000_000_000, "EUR", Y2022, None),
      (("ITA", "TUR"), "imports", "ITA", 13_000_000_000, "EUR", Y2022, None)}),
    ("China, India and Japan were the top buyers of Australian goods in 2022, with A$150 billion, A$40 billion and "
     "A$30 billion, respectively.",
     {(("AUS", "CHN"), "exports", "AUS", 150_000_000_000, "AUD", Y2022, None),
      (("AUS", "IND"), "exports", "AUS", 40_000_000_000, "AUD", Y2022, None),
      (("AUS", "JPN"), "exports", "AUS", 30_000_000_000, "AUD", Y2022, None)}),
    # "came from Russia ($18.2 billion)": the bracket after a partner is its item, not an earlier value
    ("Kazakhstan's exports to Russia were $9.1 billion in 2022. Most imports came from Russia ($18.2 billion) and "
     "China ($16.4 billion).",
     {(("KAZ", "RUS"), "exports", "KAZ", 9_100_000_000, "USD", Y2022, None),
      (("KAZ", "RUS"), "imports", "RUS", 18_200_000_000, "USD", Y2022, None),
      (("CHN", "KAZ"), "imports", "CHN", 16_400_000_000, "USD", Y2022, None)}),
    ("Kenya's exports to Uganda were $900 million in 2022. Kenya sources most of its imports from China ($3.5 billion) "
     "and India ($2.1 billion).",
     {(("KEN", "UGA"), "exports", "KEN", 900_000_000, "USD", Y2022, None),
      (("CHN", "KEN"), "imports", "CHN", 3_500_000_000, "USD", Y2022, None),
      (("IND", "KEN"), "imports", "IND", 2_100_000_000, "USD", Y2022, None)}),
    ("Georgia's exports to Armenia were $600 million in 2022. Imports arrived mostly from Turkey ($2 billion) and "
     "Russia ($1.8 billion).",
     {(("ARM", "GEO"), "exports", "GEO", 600_000_000, "USD", Y2022, None),
      (("GEO", "TUR"), "imports", "TUR", 2_000_000_000, "USD", Y2022, None),
      (("GEO", "RUS"), "imports", "RUS", 1_800_000_000, "USD", Y2022, None)}),
]

DIRECTION = [
    # an apposition after the subject, opened by an adverb, describes it: the country it names is no side
    ("The United States, by far Jamaica's biggest partner, supplied goods worth $3.1 billion in 2023.",
     {(("JAM", "USA"), "exports", "USA", 3_100_000_000, "USD", "2023-01..2023-12", None)}),
    ("China, still Kenya's largest trading partner, supplied goods worth $3 billion in 2023.",
     {(("CHN", "KEN"), "exports", "CHN", 3_000_000_000, "USD", "2023-01..2023-12", None)}),
    ("India, now Nepal's main partner, bought goods worth $1 billion in 2023.",
     {(("IND", "NPL"), "imports", "NPL", 1_000_000_000, "USD", "2023-01..2023-12", None)}),
    ("Spain, also Morocco's first supplier, sold goods worth $12 billion to the kingdom in 2023.",
     {(("ESP", "MAR"), "exports", "ESP", 12_000_000_000, "USD", "2023-01..2023-12", None)}),
    # "earned $X from (or in) exports to Y": the trade phrase after the figure is its own
    ("Uganda earned $1.2 billion from exports to Kenya in 2022, up from $700 million in 2021.",
     {(("KEN", "UGA"), "exports", "UGA", 1_200_000_000, "USD", Y2022, None),
      (("KEN", "UGA"), "exports", "UGA", 700_000_000, "USD", "2021-01..2021-12", None)}),
    ("Kenya earned $600 million in exports to Uganda in 2022, against $500 million in 2021.",
     {(("KEN", "UGA"), "exports", "KEN", 600_000_000, "USD", Y2022, None),
      (("KEN", "UGA"), "exports", "KEN", 500_000_000, "USD", "2021-01..2021-12", None)}),
    ("Chile made $39 billion from sales to China in 2022, compared with $38 billion in 2021.",
     {(("CHL", "CHN"), "exports", "CHL", 39_000_000_000, "USD", Y2022, None),
      (("CHL", "CHN"), "exports", "CHL", 38_000_000_000, "USD", "2021-01..2021-12", None)}),
    # "export turnover" and "import turnover" are one-way flows, as Vietnamese and Russian releases write them
    ("Vietnam's export turnover to the US reached $109 billion in 2022.",
     {(("USA", "VNM"), "exports", "VNM", 109_000_000_000, "USD", Y2022, None)}),
    ("Vietnam's import turnover from China reached $118 billion in 2022.",
     {(("CHN", "VNM"), "imports", "CHN", 118_000_000_000, "USD", Y2022, None)}),
    ("The export value of Laos to Thailand was $2.5 billion in 2022.",
     {(("LAO", "THA"), "exports", "LAO", 2_500_000_000, "USD", Y2022, None)}),
    # two flows named together, then two figures: the k-th figure measures the k-th flow, and whose trade it is
    # says who sells (not a total of both: "the total of what Argentina exports and imports")
    ("Kenya's exports to and imports from Uganda were $700 million and $500 million in 2022.",
     {(("KEN", "UGA"), "exports", "KEN", 700_000_000, "USD", Y2022, None),
      (("KEN", "UGA"), "imports", "UGA", 500_000_000, "USD", Y2022, None)}),
    ("In 2022 Peru's exports and imports with Chile amounted to $2.4 billion and $1.8 billion, respectively.",
     {(("CHL", "PER"), "exports", "PER", 2_400_000_000, "USD", Y2022, None),
      (("CHL", "PER"), "imports", "CHL", 1_800_000_000, "USD", Y2022, None)}),
    ("Trade between Ghana and Togo reached $1.2 billion in 2022, with Ghana's exports and imports at $700 million "
     "and $500 million respectively.",
     {(("GHA", "TGO"), "turnover", None, 1_200_000_000, "USD", Y2022, None),
      (("GHA", "TGO"), "exports", "GHA", 700_000_000, "USD", Y2022, None),
      (("GHA", "TGO"), "imports", "TGO", 500_000_000, "USD", Y2022, None)}),
    # ... also as sales and purchases
    ("Argentina's trade grew in 2022. Sales to and purchases from China reached US$412 million and US$698 million, "
     "respectively.", {(("ARG", "CHN"), "exports", "ARG", 412_000_000, "USD", Y2022, None),
                       (("ARG", "CHN"), "imports", "CHN", 698_000_000, "USD", Y2022, None)}),
    ("Peru's sales to and purchases from Brazil came to $300 million and $500 million, respectively, in 2022.",
     {(("BRA", "PER"), "exports", "PER", 300_000_000, "USD", Y2022, None),
      (("BRA", "PER"), "imports", "BRA", 500_000_000, "USD", Y2022, None)}),
    ("In 2022 Ghana's purchases from and sales to Togo were $200 million and $600 million.",
     {(("GHA", "TGO"), "imports", "TGO", 200_000_000, "USD", Y2022, None),
      (("GHA", "TGO"), "exports", "GHA", 600_000_000, "USD", Y2022, None)}),
    ("In 2022 the total of what Argentina exports and imports with Chile came to $12 billion.",
     {(("ARG", "CHL"), "turnover", None, 12_000_000_000, "USD", Y2022, None)}),
    # ... a total named before a comma is the whole the flows are parts of, not their sum
    ("Of the total, Vietnam's exports to and imports from Laos were 563 million USD and 1.01 billion USD, "
     "respectively, in 2022.",
     {(("LAO", "VNM"), "exports", "VNM", 563_000_000, "USD", Y2022, None),
      (("LAO", "VNM"), "imports", "LAO", 1_010_000_000, "USD", Y2022, None)}),
    ("In total, Kenya's exports to and imports from Uganda stood at $700 million and $300 million respectively in 2022.",
     {(("KEN", "UGA"), "exports", "KEN", 700_000_000, "USD", Y2022, None),
      (("KEN", "UGA"), "imports", "UGA", 300_000_000, "USD", Y2022, None)}),
    ("Of the total, Peru's exports and imports with Chile were $1.9 billion and $1.5 billion in 2022.",
     {(("CHL", "PER"), "exports", "PER", 1_900_000_000, "USD", Y2022, None),
      (("CHL", "PER"), "imports", "CHL", 1_500_000_000, "USD", Y2022, None)}),
    # pairs written as compounds that share a side ("China-Japan trade and China-ROK trade"): the k-th compound's
    # other side is the k-th figure's partner
    ("In 2022, China-Japan trade and China-ROK trade reached 2.26 trillion yuan and 2.15 trillion yuan respectively.",
     {(("CHN", "JPN"), "turnover", None, 2_260_000_000_000, "CNY", Y2022, None),
      (("CHN", "KOR"), "turnover", None, 2_150_000_000_000, "CNY", Y2022, None)}),
    ("In 2022 Kenya-Uganda trade and Kenya-Tanzania trade reached $1.2 billion and $0.9 billion respectively.",
     {(("KEN", "UGA"), "turnover", None, 1_200_000_000, "USD", Y2022, None),
      (("KEN", "TZA"), "turnover", None, 900_000_000, "USD", Y2022, None)}),
    ("Trade turnover of Russia-Kazakhstan, Russia-Belarus and Russia-Armenia reached $28 billion, $50 billion and "
     "$7 billion respectively in 2022.",
     {(("KAZ", "RUS"), "turnover", None, 28_000_000_000, "USD", Y2022, None),
      (("BLR", "RUS"), "turnover", None, 50_000_000_000, "USD", Y2022, None),
      (("ARM", "RUS"), "turnover", None, 7_000_000_000, "USD", Y2022, None)}),
    # ... and a balance after the two figures is no third flow
    ("South Africa's exports to China and imports from China were R226,4 billion and R336,8 billion respectively "
     "in 2022, resulting in a trade deficit of R110,4 billion.",
     {(("CHN", "ZAF"), "exports", "ZAF", 226_400_000_000, "ZAR", Y2022, None),
      (("CHN", "ZAF"), "imports", "CHN", 336_800_000_000, "ZAR", Y2022, None)}),
    ("In 2022 Kenya's exports to and imports from Uganda were $700 million and $300 million, leaving a surplus of "
     "$400 million.",
     {(("KEN", "UGA"), "exports", "KEN", 700_000_000, "USD", Y2022, None),
      (("KEN", "UGA"), "imports", "UGA", 300_000_000, "USD", Y2022, None)}),
    ("Ghana's exports to and imports from Togo stood at $90 million and $150 million in 2022, while the deficit came "
     "to $60 million.",
     {(("GHA", "TGO"), "exports", "GHA", 90_000_000, "USD", Y2022, None),
      (("GHA", "TGO"), "imports", "TGO", 150_000_000, "USD", Y2022, None)}),
    # earnings, income and receipts from a country: it buys
    ("Bangladesh's export earnings from India stood at $1.1 billion in 2022.",
     {(("BGD", "IND"), "exports", "BGD", 1_100_000_000, "USD", Y2022, None)}),
    ("In 2022, Ghana's export receipts from Togo reached $410 million.",
     {(("GHA", "TGO"), "exports", "GHA", 410_000_000, "USD", Y2022, None)}),
    ("Kenya's export income from Uganda came to $700 million in 2022.",
     {(("KEN", "UGA"), "exports", "KEN", 700_000_000, "USD", Y2022, None)}),
    # a balance named before a colon does not block the figure after it
    ("The balance favours Russia: Indian exports to Russia were just $4.3 billion in 2022.",
     {(("IND", "RUS"), "exports", "IND", 4_300_000_000, "USD", Y2022, None)}),
    ("Portugal's imports from Brazil rose from 1.9 to 2.6 billion dollars between 2021 and 2022.",
     {(("BRA", "PRT"), "imports", "BRA", 1_900_000_000, "USD", "2021-01..2021-12", None),
      (("BRA", "PRT"), "imports", "BRA", 2_600_000_000, "USD", Y2022, None)}),
    ("Spanish imports of Moroccan products rose to €1.8 billion in 2022.",
     {(("ESP", "MAR"), "imports", "MAR", 1_800_000_000, "EUR", Y2022, None)}),
    ("In 2022 Chinese imports from Russia climbed to $114 billion, while Russian purchases of Chinese goods "
     "reached $76 billion.",
     {(("CHN", "RUS"), "imports", "RUS", 114_000_000_000, "USD", Y2022, None),
      (("CHN", "RUS"), "imports", "CHN", 76_000_000_000, "USD", Y2022, None)}),
    ("Exports from Kyrgyzstan to Uzbekistan amounted to $160 million in 2022, and imports from Uzbekistan to "
     "the Kyrgyz Republic to $460 million.",
     {(("KGZ", "UZB"), "exports", "KGZ", 160_000_000, "USD", Y2022, None),
      (("KGZ", "UZB"), "imports", "UZB", 460_000_000, "USD", Y2022, None)}),
    # "..., which bought $X of Y's goods": the country before "which" is the subject of the figure's verb
    ("China is Vietnam's second market after the US, which bought $45 billion of Vietnamese goods in 2022.",
     {(("USA", "VNM"), "imports", "VNM", 45_000_000_000, "USD", Y2022, None)}),
    ("Kazakhstan's main supplier was Russia, which sold it goods worth $17 billion in 2022.",
     {(("KAZ", "RUS"), "exports", "RUS", 17_000_000_000, "USD", Y2022, None)}),
    ("Chile's top buyer is China, which purchased $38 billion of Chilean goods in 2022.",
     {(("CHL", "CHN"), "imports", "CHL", 38_000_000_000, "USD", Y2022, None)}),
    # a part of the hub's total just given: the subject of a trade verb (its -ing form too) trades with the hub,
    # and a part with its verb left out sells or buys as the one before
    ("Uzbekistan's imports totaled $30 billion in 2022; China supplied $6 billion and Russia $5 billion.",
     {(("CHN", "UZB"), "exports", "CHN", 6_000_000_000, "USD", Y2022, None),
      (("RUS", "UZB"), "exports", "RUS", 5_000_000_000, "USD", Y2022, None)}),
    ("Kazakhstan's imports reached $30 billion in 2022, with Russia supplying $12 billion.",
     {(("KAZ", "RUS"), "exports", "RUS", 12_000_000_000, "USD", Y2022, None)}),
    ("Uzbekistan's exports grew by $3 billion to $19 billion in 2022, with Russia taking $2 billion.",
     {(("RUS", "UZB"), "exports", "UZB", 2_000_000_000, "USD", Y2022, None)}),
    ("Exports of Uzbekistan reached $19 billion in 2022, and $2 billion of them went to Russia.",
     {(("RUS", "UZB"), "exports", "UZB", 2_000_000_000, "USD", Y2022, None)}),
    ("Kazakhstan's exports were $84 billion in 2022; those to China amounted to $13 billion.",
     {(("CHN", "KAZ"), "exports", "KAZ", 13_000_000_000, "USD", Y2022, None)}),
    ("Kazakhstan's exports reached $84 billion in 2022, China's share amounting to $13 billion.",
     {(("CHN", "KAZ"), "exports", "KAZ", 13_000_000_000, "USD", Y2022, None)}),
    ("Kazakhstan's imports totaled $50 billion in 2022, and Russia's portion came to $17 billion.",
     {(("KAZ", "RUS"), "imports", "RUS", 17_000_000_000, "USD", Y2022, None)}),
    ("Kenya's total exports were $7 billion in 2022. Of that, $600 million went to Uganda.",
     {(("KEN", "UGA"), "exports", "KEN", 600_000_000, "USD", Y2022, None)}),
    ("Ghana's total imports were $13 billion in 2022, and of it $2.5 billion came from China.",
     {(("CHN", "GHA"), "imports", "CHN", 2_500_000_000, "USD", Y2022, None)}),
    ("Vietnam's exports were $371 billion in 2022, with the US buying $109 billion.",
     {(("USA", "VNM"), "imports", "VNM", 109_000_000_000, "USD", Y2022, None)}),
    # a flow that frames the sentence says what its generic trade words measure
    ("In terms of exports, Kazakhstan's largest trading partners in 2022 were Italy ($15 billion) and China "
     "($13 billion).",
     {(("ITA", "KAZ"), "exports", "KAZ", 15_000_000_000, "USD", Y2022, None),
      (("CHN", "KAZ"), "exports", "KAZ", 13_000_000_000, "USD", Y2022, None)}),
    ("On the export side, Kazakhstan's trade with Italy reached $15 billion in 2022.",
     {(("ITA", "KAZ"), "exports", "KAZ", 15_000_000_000, "USD", Y2022, None)}),
    ("As for imports, Kazakhstan's trade with Russia came to $17 billion in 2022.",
     {(("KAZ", "RUS"), "imports", "RUS", 17_000_000_000, "USD", Y2022, None)}),
    ("Kazakhstan's trade with Russia grew on imports of machinery; it reached $26 billion in 2022.",
     {(("KAZ", "RUS"), "turnover", None, 26_000_000_000, "USD", Y2022, None)}),
    # "X sold ... to Y and bought ...": the country before 'and' is the first figure's buyer, not the second's
    ("In 2022 the US sold $154 billion of goods to China and bought $537 billion.",
     {(("CHN", "USA"), "exports", "USA", 154_000_000_000, "USD", Y2022, None),
      (("CHN", "USA"), "imports", "CHN", 537_000_000_000, "USD", Y2022, None)}),
    ("In 2022 Chile shipped $38 billion of goods to China and bought $20 billion.",
     {(("CHL", "CHN"), "exports", "CHL", 38_000_000_000, "USD", Y2022, None),
      (("CHL", "CHN"), "imports", "CHN", 20_000_000_000, "USD", Y2022, None)}),
    ("Ghana sold goods worth $400 million to Nigeria and bought $1.1 billion in 2022.",
     {(("GHA", "NGA"), "exports", "GHA", 400_000_000, "USD", Y2022, None),
      (("GHA", "NGA"), "imports", "NGA", 1_100_000_000, "USD", Y2022, None)}),
    # a share "of X's trade" after the figure: X is whose trade it is, the subject its partner
    ("Russia accounted for $8 billion of Uzbekistan's trade in 2022.",
     {(("RUS", "UZB"), "turnover", None, 8_000_000_000, "USD", Y2022, None)}),
    ("Germany took $2.1 billion of Hungary's exports in 2022.",
     {(("DEU", "HUN"), "exports", "HUN", 2_100_000_000, "USD", Y2022, None)}),
    ("In 2022 Japan accounted for $3 billion of the Philippines' imports.",
     {(("JPN", "PHL"), "imports", "JPN", 3_000_000_000, "USD", Y2022, None)}),
    # the verb left out after the first part ("..., and Russia for 15% ($1.7 billion)")
    ("China accounted for 18.5% ($2.1 billion) of Uzbekistan's exports in 2022, and Russia for 15% ($1.7 billion).",
     {(("CHN", "UZB"), "exports", "UZB", 2_100_000_000, "USD", Y2022, None),
      (("RUS", "UZB"), "exports", "UZB", 1_700_000_000, "USD", Y2022, None)}),
    ("Italy accounted for $4 billion of Tunisia's exports in 2022, France for $3.5 billion and Germany for "
     "$2.1 billion.",
     {(("ITA", "TUN"), "exports", "TUN", 4_000_000_000, "USD", Y2022, None),
      (("FRA", "TUN"), "exports", "TUN", 3_500_000_000, "USD", Y2022, None),
      (("DEU", "TUN"), "exports", "TUN", 2_100_000_000, "USD", Y2022, None)}),
    ("In 2022 Japan accounted for $3 billion of the Philippines' imports and Korea for $2.2 billion.",
     {(("JPN", "PHL"), "imports", "JPN", 3_000_000_000, "USD", Y2022, None),
      (("KOR", "PHL"), "imports", "KOR", 2_200_000_000, "USD", Y2022, None)}),
    # a role read in the sentence's other clause ("Imports from China ..., while exports to the Asian country")
    # is that clause's: the second flow is the reporter's own
    ("Nigeria's trade with China hit N13.4 trillion in 2022. Imports from China accounted for N11.2 trillion, while "
     "exports to the Asian country were valued at N2.2 trillion.",
     {(("CHN", "NGA"), "turnover", None, 13_400_000_000_000, "NGN", Y2022, None),
      (("CHN", "NGA"), "imports", "CHN", 11_200_000_000_000, "NGN", Y2022, None),
      (("CHN", "NGA"), "exports", "NGA", 2_200_000_000_000, "NGN", Y2022, None)}),
    ("Kenya's trade with China reached $8 billion in 2022. Purchases from China made up $7.6 billion, while sales to "
     "the Asian giant came to $400 million.",
     {(("CHN", "KEN"), "turnover", None, 8_000_000_000, "USD", Y2022, None),
      (("CHN", "KEN"), "imports", "CHN", 7_600_000_000, "USD", Y2022, None),
      (("CHN", "KEN"), "exports", "KEN", 400_000_000, "USD", Y2022, None)}),
    ("Chile's trade with China hit $60 billion in 2022. Exports to China reached $38 billion, while imports from the "
     "Asian country were $22 billion.",
     {(("CHL", "CHN"), "turnover", None, 60_000_000_000, "USD", Y2022, None),
      (("CHL", "CHN"), "exports", "CHL", 38_000_000_000, "USD", Y2022, None),
      (("CHL", "CHN"), "imports", "CHN", 22_000_000_000, "USD", Y2022, None)}),
]


CLAUSES = [
    # one partner given a role ("exports to Argentina"): its other side is the country named nearest before it,
    # not a third country the sentence opened with
    ("Following the meeting with his Chinese counterpart, the Brazilian minister said exports to Argentina fell to "
     "$16 billion in 2022.", {(("ARG", "BRA"), "exports", "BRA", 16_000_000_000, "USD", Y2022, None)}),
    ("After talks with his Japanese counterpart, the Thai minister said exports to Vietnam rose to $12 billion in 2022.",
     {(("THA", "VNM"), "exports", "THA", 12_000_000_000, "USD", Y2022, None)}),
    ("Welcoming the French delegation, the Moroccan minister said trade with Spain hit €20 billion in 2022.",
     {(("ESP", "MAR"), "turnover", None, 20_000_000_000, "EUR", Y2022, None)}),
    # countries a subject is ranked after or ahead of are no items of a list, though the figure follows them
    ("The Netherlands is Kazakhstan's third-largest export market after Italy and China, with $5.6 billion in 2022.",
     {(("KAZ", "NLD"), "exports", "KAZ", 5_600_000_000, "USD", Y2022, None)}),
    ("Vietnam is Cambodia's second supplier after China, with $5 billion in 2022.",
     {(("KHM", "VNM"), "imports", "VNM", 5_000_000_000, "USD", Y2022, None)}),
    ("Italy is Kazakhstan's top export market ahead of China and Russia, with $15 billion in 2022.",
     {(("ITA", "KAZ"), "exports", "KAZ", 15_000_000_000, "USD", Y2022, None)}),
    # ... however long their list: the reach counts from the rival before
    ("Georgia is Azerbaijan's sixth trading partner, behind Italy, Turkey, Russia, China and Israel, with $900 "
     "million in 2022.", {(("AZE", "GEO"), "turnover", None, 900_000_000, "USD", Y2022, None)}),
    ("Peru is Chile's fifth supplier after China, the United States, Brazil and Argentina, with $1.5 billion in 2022.",
     {(("CHL", "PER"), "imports", "PER", 1_500_000_000, "USD", Y2022, None)}),
    ("Uganda is Kenya's top export market ahead of Pakistan, the Netherlands, the United States and Tanzania, with "
     "$1 billion in 2022.", {(("KEN", "UGA"), "exports", "KEN", 1_000_000_000, "USD", Y2022, None)}),
    # whose trade the clause names pairs with the partner named after it, not with one of a clause before
    ("While trade with Germany fell, Poland's exports to Ukraine rose to €12 billion in 2022.",
     {(("POL", "UKR"), "exports", "POL", 12_000_000_000, "EUR", Y2022, None)}),
    ("As imports from China slowed, Vietnam's exports to the US climbed to $97 billion in 2022.",
     {(("USA", "VNM"), "exports", "VNM", 97_000_000_000, "USD", Y2022, None)}),
    ("Although trade with Russia shrank, Kazakhstan's trade with Turkey reached $6 billion in 2022.",
     {(("KAZ", "TUR"), "turnover", None, 6_000_000_000, "USD", Y2022, None)}),
    # a relative clause set off by commas describes a name: its countries and trade words are not the figure's
    ("Kazakhstan, which borders Russia and China, saw its trade with Uzbekistan reach $4.4 billion in 2022.",
     {(("KAZ", "UZB"), "turnover", None, 4_400_000_000, "USD", Y2022, None)}),
    ("Trade between Peru and Chile, which both export copper to China, reached $4 billion in 2022.",
     {(("CHL", "PER"), "turnover", None, 4_000_000_000, "USD", Y2022, None)}),
    ("Chile's exports to Peru, which imports much from Brazil, rose to $2 billion in 2022.",
     {(("CHL", "PER"), "exports", "CHL", 2_000_000_000, "USD", Y2022, None)}),
    # the rivals a ranking names end at their "and": the country after the comma is the ranked one
    ("Ranked behind the US and China, Japan is Vietnam's third largest export market, with $24 billion in 2022.",
     {(("JPN", "VNM"), "exports", "VNM", 24_000_000_000, "USD", Y2022, None)}),
    ("Behind Germany and France, Italy is Tunisia's third export market, with €5 billion in 2022.",
     {(("ITA", "TUN"), "exports", "TUN", 5_000_000_000, "EUR", Y2022, None)}),
    ("Coming after Russia and Turkey, China ranks as Georgia's third trading partner, with trade of $1.6 billion in "
     "2022.", {(("CHN", "GEO"), "turnover", None, 1_600_000_000, "USD", Y2022, None)}),
    # a figure inside a relative clause is the trade of the country the clause describes
    ("Japan was the Philippines' second biggest partner after China, which accounted for $39.6 billion of its "
     "trade in 2022.", {(("CHN", "PHL"), "turnover", None, 39_600_000_000, "USD", Y2022, None)}),
    ("Canada ranked as Mexico's third partner after the US and China, which shipped $120 billion of goods to "
     "Mexico in 2022.", {(("CHN", "MEX"), "exports", "CHN", 120_000_000_000, "USD", Y2022, None)}),
    ("Germany is Poland's top partner, ahead of the Czech Republic, which accounted for $30 billion of Polish "
     "trade in 2022.", {(("CZE", "POL"), "turnover", None, 30_000_000_000, "USD", Y2022, None)}),
    # ... also one opening with "where": the trade there
    ("Angola was the 11th client of Portuguese companies in 2022, ahead of Morocco, where Portuguese sales reached "
     "746 million euros.", {(("MAR", "PRT"), "exports", "PRT", 746_000_000, "EUR", Y2022, None)}),
    ("China was the second largest export destination of Pakistan in 2022 after the United States, where exports "
     "were recorded at $6.8 billion.", {(("PAK", "USA"), "exports", "PAK", 6_800_000_000, "USD", Y2022, None)}),
    ("Kenya is Uganda's second market in 2022 after South Sudan, where Ugandan sales came to $1.1 billion.",
     {(("SSD", "UGA"), "exports", "UGA", 1_100_000_000, "USD", Y2022, None)}),
    # ... but a clause after a partner ("trade between A and B, which stood at") describes the trade itself
    ("Kenya sold goods worth $50 million to Uganda in 2022. Trade between Rwanda and Tanzania, which stood at $390 "
     "million in 2022, should grow.",
     {(("KEN", "UGA"), "exports", "KEN", 50_000_000, "USD", Y2022, None),
      (("RWA", "TZA"), "turnover", None, 390_000_000, "USD", Y2022, None)}),
    ("Peru's exports to Bolivia rose in 2022. Chile's trade with Argentina, which came to $6 billion in 2022, fell.",
     {(("ARG", "CHL"), "turnover", None, 6_000_000_000, "USD", Y2022, None)}),
    ("Ghana's exports grew in 2022. Trade between Togo and Benin, which reached $800 million in 2022, also grew.",
     {(("BEN", "TGO"), "turnover", None, 800_000_000, "USD", Y2022, None)}),
    # ... and "whose trade with", "whose deliveries to": the trade of the country before "whose"
    ("India is the UAE's second biggest trade partner after China, whose trade with the UAE was $81 billion in 2022.",
     {(("ARE", "CHN"), "turnover", None, 81_000_000_000, "USD", Y2022, None)}),
    ("China is Poland's second-largest supplier after Germany, whose deliveries to Poland reached EUR 52.8 billion in "
     "2022.", {(("DEU", "POL"), "exports", "DEU", 52_800_000_000, "EUR", Y2022, None)}),
    ("Peru is Chile's third market after China and the US, whose purchases from Chile came to $20 billion in 2022.",
     {(("CHL", "USA"), "imports", "CHL", 20_000_000_000, "USD", Y2022, None)}),
    # ... also "from which", "to which", "with which", with the buyer or seller named in the clause
    ("India is Bangladesh's second largest source of imports after China, from which Bangladesh bought goods worth "
     "$9.5 billion in 2022.", {(("BGD", "CHN"), "imports", "CHN", 9_500_000_000, "USD", Y2022, None)}),
    ("Turkey is Iraq's second supplier after Iran, from which Iraq imported goods worth $10 billion in 2022.",
     {(("IRN", "IRQ"), "imports", "IRN", 10_000_000_000, "USD", Y2022, None)}),
    ("Russia ranks behind China, to which Kazakhstan sold goods worth $15 billion in 2022.",
     {(("CHN", "KAZ"), "exports", "KAZ", 15_000_000_000, "USD", Y2022, None)}),
    # ... also after an apposition that describes the country the clause is about
    ("Germany stayed well ahead of France, Spain's second partner, with which bilateral trade reached $60 billion "
     "in 2022.", {(("ESP", "FRA"), "turnover", None, 60_000_000_000, "USD", Y2022, None)}),
    ("India led, followed by Japan, Sri Lanka's third supplier, from which the island imported goods worth $400 "
     "million in 2022.", {(("JPN", "LKA"), "imports", "JPN", 400_000_000, "USD", Y2022, None)}),
    ("The United States trailed Canada, Mexico's main buyer after it, to which Mexican firms sold goods worth $12 "
     "billion in 2022.", {(("CAN", "MEX"), "exports", "MEX", 12_000_000_000, "USD", Y2022, None)}),
    ("Italy came ahead of Turkey, Algeria's fourth client, where Algerian sales reached $4 billion in 2022.",
     {(("DZA", "TUR"), "exports", "DZA", 4_000_000_000, "USD", Y2022, None)}),
    # ... and through an aside on what drove the flow
    ("France came first, ahead of Spain, where Senegal's exports, led by fish, reached $300 million in 2022.",
     {(("ESP", "SEN"), "exports", "SEN", 300_000_000, "USD", Y2022, None)}),
    ("India followed China, from which Kenya's imports, driven by steel, came to $4 billion in 2022.",
     {(("CHN", "KEN"), "imports", "CHN", 4_000_000_000, "USD", Y2022, None)}),
    ("Vietnam ranked behind Japan, to which Laos's sales, dominated by power, rose to $700 million in 2022.",
     {(("JPN", "LAO"), "exports", "LAO", 700_000_000, "USD", Y2022, None)}),
    ("Iraq trailed Saudi Arabia, whose purchases from Jordan, boosted by higher prices, reached $1 billion in 2022.",
     {(("JOR", "SAU"), "imports", "JOR", 1_000_000_000, "USD", Y2022, None)}),
]


Y2021 = "2021-01..2021-12"


@pytest.mark.parametrize(("text", "expected"), [
    # a group of earlier values joined by "and" after as many figures: the k-th is the k-th figure's, its flow
    # and partner, in the year it names
    ("Kenya's exports to and imports from India were $0.5 billion and $3.1 billion in 2022, compared with "
     "$0.4 billion and $2.8 billion in 2021.",
     {(("IND", "KEN"), "exports", "KEN", 500_000_000, "USD", Y2022, None),
      (("IND", "KEN"), "imports", "IND", 3_100_000_000, "USD", Y2022, None),
      (("IND", "KEN"), "exports", "KEN", 400_000_000, "USD", Y2021, None),
      (("IND", "KEN"), "imports", "IND", 2_800_000_000, "USD", Y2021, None)}),
    ("Egypt's exports to and imports from Turkey stood at $2.9 billion and $3.68 billion respectively in 2022, "
     "against $3.1 billion and $4 billion in 2021.",
     {(("EGY", "TUR"), "exports", "EGY", 2_900_000_000, "USD", Y2022, None),
      (("EGY", "TUR"), "imports", "TUR", 3_680_000_000, "USD", Y2022, None),
      (("EGY", "TUR"), "exports", "EGY", 3_100_000_000, "USD", Y2021, None),
      (("EGY", "TUR"), "imports", "TUR", 4_000_000_000, "USD", Y2021, None)}),
    ("Vietnam's exports to Japan and South Korea were $900 million and $600 million respectively in 2022, against "
     "$800 million and $650 million in 2021.",
     {(("JPN", "VNM"), "exports", "VNM", 900_000_000, "USD", Y2022, None),
      (("KOR", "VNM"), "exports", "VNM", 600_000_000, "USD", Y2022, None),
      (("JPN", "VNM"), "exports", "VNM", 800_000_000, "USD", Y2021, None),
      (("KOR", "VNM"), "exports", "VNM", 650_000_000, "USD", Y2021, None)}),
])
def test_earlier_values_joined_by_and_follow_the_figures_in_order(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize("text", [
    # a release that never names its own country ranks partners only: none of them is the other's side, and
    # the one ranked first ("X was the main partner country", "X ranked first in", "X was followed by") is
    # an item like the rest
    "Foreign trade figures for March 2024. Spain was the main partner country for exports in March with USD 2.1 "
    "billion. Spain was followed by France with USD 1.4 billion and Italy with USD 1.1 billion.",
    "Monthly release. China was the top country for imports in 2023 with $9.1 billion. It was followed by Russia "
    "with $6.2 billion and Germany with $4.4 billion.",
    "Quarterly bulletin. Germany ranked first in exports in the first quarter of 2024 with EUR 3.2 billion, "
    "followed by the Netherlands with EUR 1.8 billion and Austria with EUR 1.5 billion.",
    "Exports to the European Union (EU-27) reached USD 8.3 billion in January. Iraq was the top country for "
    "exports with USD 941 million, followed by Italy with USD 935 million.",
])
def test_a_ranking_that_names_no_side_of_its_own_gives_no_pair(text: str) -> None:
    assert facts_of(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    # ... and where the text names whose trade it is, every ranked country trades with that one
    ("Armenia's imports grew in 2023. Russia ranked first in imports with $5.5 billion. Russia was followed by "
     "China with $2.2 billion and the UAE with $1.9 billion.",
     {(("ARM", "RUS"), "imports", "RUS", 5_500_000_000, "USD", "2023-01..2023-12", None),
      (("ARM", "CHN"), "imports", "CHN", 2_200_000_000, "USD", "2023-01..2023-12", None),
      (("ARE", "ARM"), "imports", "ARE", 1_900_000_000, "USD", "2023-01..2023-12", None)}),
    ("Tunisia's exports rose in 2022. France was the main partner country for exports with $4.9 billion. France "
     "was followed by Italy with $3.8 billion and Germany with $2.6 billion.",
     {(("FRA", "TUN"), "exports", "TUN", 4_900_000_000, "USD", Y2022, None),
      (("ITA", "TUN"), "exports", "TUN", 3_800_000_000, "USD", Y2022, None),
      (("DEU", "TUN"), "exports", "TUN", 2_600_000_000, "USD", Y2022, None)}),
    ("Data from Jordan's statistics department show China was the top country for imports in 2022 with "
     "JD 3.1 billion, followed by Saudi Arabia with JD 2.2 billion.",
     {(("CHN", "JOR"), "imports", "CHN", 3_100_000_000, "JOD", Y2022, None),
      (("JOR", "SAU"), "imports", "SAU", 2_200_000_000, "JOD", Y2022, None)}),
])
def test_a_ranking_of_a_named_side_pairs_each_item_with_it(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "... and with Tunisia just over 6.7 billion": the partner after "and with", "and to", "and from" heads the
    # next figure; it is not the other side of the figure before it
    ("Italy's trade with Algeria was 16.6 billion euros in 2022. That year trade with Libya was worth around 8.3 "
     "billion euros and with Tunisia just over 6.7 billion euros.",
     {(("DZA", "ITA"), "turnover", None, 16_600_000_000, "EUR", Y2022, None),
      (("ITA", "LBY"), "turnover", None, 8_300_000_000, "EUR", Y2022, None),
      (("ITA", "TUN"), "turnover", None, 6_700_000_000, "EUR", Y2022, None)}),
    ("Kenya's exports to Uganda reached $1.1 billion in 2022 and to Tanzania roughly $0.5 billion.",
     {(("KEN", "UGA"), "exports", "KEN", 1_100_000_000, "USD", Y2022, None),
      (("KEN", "TZA"), "exports", "KEN", 500_000_000, "USD", Y2022, None)}),
    ("Chile's imports from China came to $21 billion in 2022 and from the US about $15 billion.",
     {(("CHL", "CHN"), "imports", "CHN", 21_000_000_000, "USD", Y2022, None),
      (("CHL", "USA"), "imports", "USA", 15_000_000_000, "USD", Y2022, None)}),
])
def test_the_partner_after_and_with_heads_the_next_figure(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a lone ranked figure after another ranking measures what its own sentence calls its partners ("among
    # suppliers": imports), not what the ranking before it measured
    ("Poland's exports rose in 2022. Among recipients of Polish goods, the ranking was: Czech Republic PLN 19.2 bn, "
     "France PLN 17.6 bn. Among suppliers, China ranked second behind Germany with PLN 31.5 bn.",
     (("CHN", "POL"), "imports", "CHN", 31_500_000_000, "PLN", Y2022, None)),
    ("Kenya's imports grew in 2022. Uganda was the top buyer of Kenyan goods with $1.1 billion. Among suppliers, "
     "India came third after China and the UAE with $2.1 billion.",
     (("IND", "KEN"), "imports", "IND", 2_100_000_000, "USD", Y2022, None)),
    ("Chile's imports from China were $21 billion in 2022. Of the main export markets, Japan ranked third behind "
     "China and the US with $8 billion.",
     (("CHL", "JPN"), "exports", "CHL", 8_000_000_000, "USD", Y2022, None)),
])
def test_a_lone_ranked_figure_measures_its_own_kind_of_partner(text: str, expected: tuple) -> None:
    assert expected in facts_of(text)


@pytest.mark.parametrize(("text", "expected"), [
    # an interview or a speech that speaks of "our trade", "our exports": the office holder's country is the side,
    # however often the partners are named
    ("Interview with Georgia's Minister of Economy.\n- How is trade with the United States?\n- Last year our trade "
     "with the United States reached 641 million dollars. Washington and Berlin matter to us: the United States "
     "and Germany are key partners, and America is the bigger one.",
     {(("GEO", "USA"), "turnover", None, 641_000_000, "USD", Y2022, None)}),
    ("A talk with Peru's Ambassador to China. China and Brazil are big markets; Brazil's and China's buyers matter, "
     "and Brasilia and Beijing are hubs. In 2022 our exports to China came to $22 billion.",
     {(("CHN", "PER"), "exports", "PER", 22_000_000_000, "USD", Y2022, None)}),
    ("Remarks by the Minister of Trade of Kenya on Asia. India and China, Chinese firms, Beijing and Shanghai "
     "matter. In 2022 our exports to India were just $300 million.",
     {(("IND", "KEN"), "exports", "KEN", 300_000_000, "USD", Y2022, None)}),
    # office titles of every kind (roles.tsv): undersecretary, vice minister, high commissioner
    ("Uruguay's Undersecretary of Industry spoke to us.\n- Are Brazil and Argentina still key?\n- Brazil is big and "
     "Brazilian firms are many; Argentina and Brazil matter. Last year we sold around $2.8 billion to China.",
     {(("CHN", "URY"), "exports", "URY", 2_800_000_000, "USD", Y2022, None)}),
    ("An interview with Mexico's Secretary of Economy. Canada and Canadian firms, Ottawa and Toronto matter to us, "
     "and Canada is close. In 2022 our exports to Japan reached $7 billion.",
     {(("JPN", "MEX"), "exports", "MEX", 7_000_000_000, "USD", Y2022, None)}),
    ("Ghana's spokesperson for trade answered our questions. Nigeria and Nigerian traders, Lagos and Abuja are busy "
     "hubs, and Nigeria is near. In 2022 our trade with India was $3.1 billion.",
     {(("GHA", "IND"), "turnover", None, 3_100_000_000, "USD", Y2022, None)}),
    # the head, director or chair of a country's agency speaks for that country
    ("We spoke with the head of Kenya's export promotion council about Europe. Germany and German buyers, Berlin "
     "and Hamburg matter, and Germany is big. In 2022 our exports to France came to $180 million.",
     {(("FRA", "KEN"), "exports", "KEN", 180_000_000, "USD", Y2022, None)}),
    ("The director general of Peru's export and tourism agency answered questions on Asia. Japan and Japanese firms, "
     "Tokyo and Osaka matter to us. Last year we sold about $3.3 billion to Korea.",
     {(("KOR", "PER"), "exports", "PER", 3_300_000_000, "USD", Y2022, None)}),
    ("A conversation with the chairwoman of Ghana's export authority. Nigeria and Nigerian traders, Lagos and Abuja "
     "are busy, and Nigeria is near. In 2022 our imports from China reached $900 million.",
     {(("CHN", "GHA"), "imports", "CHN", 900_000_000, "USD", Y2022, None)}),
])
def test_a_speaker_who_says_our_trade_speaks_for_the_office_holders_country(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a speaker's "we sold" and "they sold us" make the speaker's country a side, seller or buyer; "sold US goods"
    # names the United States
    ("Interview with Panama's Vice Minister of Trade. In 2023 Costa Rica sold us goods worth $1.1 billion, and "
     "we sold them barely $118 million.",
     {(("CRI", "PAN"), "exports", "CRI", 1_100_000_000, "USD", Y2023, None),
      (("CRI", "PAN"), "exports", "PAN", 118_000_000, "USD", Y2023, None)}),
    ("Kenya's Trade Minister spoke to us about Asia. Last year India supplied us with goods worth "
     "$3.2 billion.",
     {(("IND", "KEN"), "exports", "IND", 3_200_000_000, "USD", Y2023, None)}),
    ("Ecuador's Ambassador to Korea answered our questions. In 2023 we shipped goods worth "
     "$312 million to Korea, and we bought goods worth $900 million from Japan.",
     {(("ECU", "KOR"), "exports", "ECU", 312_000_000, "USD", Y2023, None),
      (("ECU", "JPN"), "imports", "JPN", 900_000_000, "USD", Y2023, None)}),
    ("Interview with Panama's Vice Minister of Trade. In 2023 Mexico sold US goods worth $1.1 billion.",
     {(("MEX", "USA"), "exports", "MEX", 1_100_000_000, "USD", Y2023, None)}),
    # "there" after a seller's verb is the country the sentence before named
    ("Costa Rica's Trade Minister spoke to us. Our exports to the Netherlands were $1 billion in 2023. Guatemala "
     "is our biggest market nearby. We sold $1.3 billion there in 2023.",
     {(("CRI", "NLD"), "exports", "CRI", 1_000_000_000, "USD", Y2023, None),
      (("CRI", "GTM"), "exports", "CRI", 1_300_000_000, "USD", Y2023, None)}),
    ("Chile's Foreign Minister said our trade with China was $60 billion in 2023. Korea is the next "
     "market. Last year we exported goods worth $5.1 billion there.",
     {(("CHL", "CHN"), "turnover", None, 60_000_000_000, "USD", Y2023, None),
      (("CHL", "KOR"), "exports", "CHL", 5_100_000_000, "USD", Y2023, None)}),
    ("Uruguay's Undersecretary of Industry spoke to us. Our exports to Brazil were $2 billion in 2023. Mexico is "
     "growing fast for us. In 2023 we sold goods worth $600 million there.",
     {(("BRA", "URY"), "exports", "URY", 2_000_000_000, "USD", Y2023, None),
      (("MEX", "URY"), "exports", "URY", 600_000_000, "USD", Y2023, None)}),
])
def test_a_speakers_we_and_us_are_the_speakers_country(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 3, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an office's acronym that the text spells out in brackets as another body's is not that office: Qatar's
    # "Planning and Statistics Authority (PSA)" is not the Philippines' PSA, Egypt's "National Bank of Egypt (NBE)"
    # not Ethiopia's
    ("Doha, 28 February - The Planning and Statistics Authority (PSA) said exports to China reached QR4.6 billion "
     "in January 2024. The PSA added that imports from the United States were QR1.4 billion in January 2024.",
     {(("CHN", "QAT"), "exports", "QAT", 4_600_000_000, "QAR", "2024-01..2024-01", None),
      (("QAT", "USA"), "imports", "USA", 1_400_000_000, "QAR", "2024-01..2024-01", None)}),
    ("CAIRO, March 3 - Exports to Saudi Arabia rose to $2.1 billion in 2023, the National Bank of Egypt (NBE) said "
     "in its review. The NBE expects them to grow.",
     {(("EGY", "SAU"), "exports", "EGY", 2_100_000_000, "USD", Y2023, None)}),
    ("Muscat, May 5 - The Bureau of Planning and Statistics (BPS) said imports from India reached $1.2 billion in "
     "2023, while exports to India were $900 million.",
     {(("IND", "OMN"), "imports", "IND", 1_200_000_000, "USD", Y2023, None),
      (("IND", "OMN"), "exports", "OMN", 900_000_000, "USD", Y2023, None)}),
    # "exports of the Kingdom of X", "imports of X": the text reports X's own flows, so X is its side, however
    # often it names the partner
    ("Merchandise exports of the Kingdom of Saudi Arabia fell to SAR 99.6 billion in March 2024. Exports to China "
     "were SAR 15.5 billion, as Chinese refiners and China's state firms bought less; China remains the top buyer.",
     {(("CHN", "SAU"), "exports", "SAU", 15_500_000_000, "SAR", "2024-03..2024-03", None)}),
    ("Imports of Kenya rose to $21 billion in 2023. Imports from China reached $3.9 billion, as Chinese "
     "contractors and China's banks financed roads; China leads.",
     {(("CHN", "KEN"), "imports", "CHN", 3_900_000_000, "USD", Y2023, None)}),
    ("Shipments of the Sultanate of Oman abroad reached RO 21 billion in 2023. Exports to India were RO 1.3 "
     "billion, as Indian refiners and India's fertiliser makers bought more; India is the top buyer.",
     {(("IND", "OMN"), "exports", "OMN", 1_300_000_000, "OMR", Y2023, None)}),
])
def test_whose_office_and_whose_flows_the_text_reports(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 3, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the country of an office cited in the figure's own sentence counts the flow it gives, whichever country the
    # text is mostly about
    ("Kenya's exports to Uganda were $900 million in 2023, KNBS said. UBOS figures show imports from Tanzania of "
     "$300 million in 2023.",
     {(("KEN", "UGA"), "exports", "KEN", 900_000_000, "USD", Y2023, None),
      (("TZA", "UGA"), "imports", "TZA", 300_000_000, "USD", Y2023, None)}),
    ("Malawi's imports from Zambia reached $200 million in 2023. ZimStat figures show imports from Mozambique of "
     "US$312 million in 2023.",
     {(("MWI", "ZMB"), "imports", "ZMB", 200_000_000, "USD", Y2023, None),
      (("MOZ", "ZWE"), "imports", "MOZ", 312_000_000, "USD", Y2023, None)}),
    ("Armenia's trade grew; Armenian exporters and Armenia's customs were busy. Geostat data show imports from "
     "Turkey of $2 billion in 2023.",
     {(("GEO", "TUR"), "imports", "TUR", 2_000_000_000, "USD", Y2023, None)}),
])
def test_an_office_cited_in_the_figures_sentence_counts_its_flow(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 3, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "16.8% of Ukrainian imports": a share of the imports the country buys, not goods of its origin
    ("Ukraine's imports grew in the first half of 2024. Among suppliers, China led with $5.63 billion, or 16.8% of "
     "Ukrainian imports, followed by Poland with $3.12 billion and Germany with $2.64 billion.",
     {(("CHN", "UKR"), "imports", "CHN", 5_630_000_000, "USD", "2024-01..2024-06", None),
      (("POL", "UKR"), "imports", "POL", 3_120_000_000, "USD", "2024-01..2024-06", None),
      (("DEU", "UKR"), "imports", "DEU", 2_640_000_000, "USD", "2024-01..2024-06", None)}),
    ("Kenya's imports grew in 2023. China was the top supplier with $3.9 billion, a 19 percent share of Kenyan "
     "imports, followed by India with $2.1 billion.",
     {(("CHN", "KEN"), "imports", "CHN", 3_900_000_000, "USD", Y2023, None),
      (("IND", "KEN"), "imports", "IND", 2_100_000_000, "USD", Y2023, None)}),
    ("Egypt's imports grew in 2023. Among suppliers, China led with $14 billion, or 17% of Egyptian imports, followed "
     "by the US with $7 billion.",
     {(("CHN", "EGY"), "imports", "CHN", 14_000_000_000, "USD", Y2023, None),
      (("EGY", "USA"), "imports", "USA", 7_000_000_000, "USD", Y2023, None)}),
])
def test_a_share_of_a_countrys_imports_names_their_buyer(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 9, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a rate in brackets after each figure of a "respectively" group keeps the group whole
    ("China's trade with Brazil reached $139 billion in 2023. Angola and Portugal followed, with US$ 17.2 billion "
     "(-4.8%) and US$ 6.5 billion (+2.3%), respectively.",
     {(("BRA", "CHN"), "turnover", None, 139_000_000_000, "USD", Y2023, None),
      (("AGO", "CHN"), "turnover", None, 17_200_000_000, "USD", Y2023, None),
      (("CHN", "PRT"), "turnover", None, 6_500_000_000, "USD", Y2023, None)}),
    ("Kenya's exports to Uganda reached $900 million in 2023. Tanzania and Rwanda followed, with $500 million (+3%) "
     "and $200 million (-1.5%), respectively.",
     {(("KEN", "UGA"), "exports", "KEN", 900_000_000, "USD", Y2023, None),
      (("KEN", "TZA"), "exports", "KEN", 500_000_000, "USD", Y2023, None),
      (("KEN", "RWA"), "exports", "KEN", 200_000_000, "USD", Y2023, None)}),
    ("Chile's exports grew in 2023. China, the US and Japan took $39 billion (+5 percent), $16 billion (+2 percent) "
     "and $8 billion (-1 percent) respectively.",
     {(("CHL", "CHN"), "exports", "CHL", 39_000_000_000, "USD", Y2023, None),
      (("CHL", "USA"), "exports", "CHL", 16_000_000_000, "USD", Y2023, None),
      (("CHL", "JPN"), "exports", "CHL", 8_000_000_000, "USD", Y2023, None)}),
])
def test_rates_in_brackets_keep_a_respectively_group_whole(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 3, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ... as do shares of a total in brackets ("(11.4 per cent of total exports)", "(21% of the total)")
    ("Nigeria's exports in 2023 went mainly to India, Spain and France, valued at $5.3 billion (11.4 per cent of "
     "total exports), $4.1 billion (9.9 per cent) and $3.2 billion respectively.",
     {(("IND", "NGA"), "exports", "NGA", 5_300_000_000, "USD", Y2023, None),
      (("ESP", "NGA"), "exports", "NGA", 4_100_000_000, "USD", Y2023, None),
      (("FRA", "NGA"), "exports", "NGA", 3_200_000_000, "USD", Y2023, None)}),
    ("Kenya's imports from China and India reached $4.0 billion (21% of the total) and $2.6 billion (14% of all "
     "imports), respectively, in 2023.",
     {(("CHN", "KEN"), "imports", "CHN", 4_000_000_000, "USD", Y2023, None),
      (("IND", "KEN"), "imports", "IND", 2_600_000_000, "USD", Y2023, None)}),
    ("In 2023 Ghana's exports to Switzerland and South Africa stood at $3.1 billion (26.5 percent of the total) and "
     "$1.2 billion, respectively.",
     {(("CHE", "GHA"), "exports", "GHA", 3_100_000_000, "USD", Y2023, None),
      (("GHA", "ZAF"), "exports", "GHA", 1_200_000_000, "USD", Y2023, None)}),
])
def test_shares_of_a_total_in_brackets_keep_a_respectively_group_whole(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 3, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a rival the subject ranks after ("the second largest supplier after China at $3.2 billion") is no side, and the
    # figure after it is the subject's when the subject has none of its own before
    ("Vietnam's imports grew in 2024. On the import side, South Korea was the second largest supplier after China at "
     "$41.7 billion.",
     {(("KOR", "VNM"), "imports", "KOR", 41_700_000_000, "USD", "2024-01..2024-12", None)}),
    ("Kenya's imports grew in 2024. India was the second largest supplier after China at $3.2 billion.",
     {(("IND", "KEN"), "imports", "IND", 3_200_000_000, "USD", "2024-01..2024-12", None)}),
    ("Ghana's exports grew in 2024. India was the second biggest market after Switzerland at $2 billion.",
     {(("GHA", "IND"), "exports", "GHA", 2_000_000_000, "USD", "2024-01..2024-12", None)}),
    # ... but one with a figure after the subject's own is one more item
    ("China was Kenya's top supplier in 2024 with $5 billion, ahead of the UAE at $3 billion.",
     {(("CHN", "KEN"), "imports", "CHN", 5_000_000_000, "USD", "2024-01..2024-12", None),
      (("ARE", "KEN"), "imports", "ARE", 3_000_000_000, "USD", "2024-01..2024-12", None)}),
])
def test_a_rival_ranked_before_the_subjects_figure_is_no_side(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2025, 3, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "our second partner in the CIS after Russia": a rival is no side though the ranking names its field first
    ("ASTANA, 3 March 2024 - The Uzbek envoy spoke. Kazakhstan is our second trading partner in the CIS after Russia. "
     "In 2017 mutual trade was just over two billion dollars.",
     {(("KAZ", "UZB"), "turnover", None, 2_000_000_000, "USD", "2017-01..2017-12", None)}),
    ("ACCRA, 3 March 2024 - The Ghanaian envoy spoke. Togo is our second market in the region after Nigeria. "
     "Bilateral trade came to $400 million in 2023.",
     {(("GHA", "TGO"), "turnover", None, 400_000_000, "USD", Y2023, None)}),
    ("HANOI, 3 March 2024 - The Lao envoy spoke. Vietnam is our third supplier in Asia after China and Thailand. "
     "Two-way trade reached $1.6 billion in 2023.",
     {(("LAO", "VNM"), "turnover", None, 1_600_000_000, "USD", Y2023, None)}),
])
def test_a_rival_after_a_ranking_in_a_field_is_no_side(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 3, 1)) == expected


@pytest.mark.parametrize(("text", "fact", "items"), [
    # two partners of one role in a clause ("from Russia ... from Kazakhstan") are two items, never a pair; the figure
    # is the one's named right after it, else nearest before it
    ("Uzbekistan's imports grew in 2023. Goods worth $3.12 billion were brought in from Russia and $1.29 billion "
     "from Kazakhstan.",
     (("KAZ", "UZB"), "imports", "KAZ", 1_290_000_000, "USD", Y2023, None), ("KAZ", "RUS")),
    ("Ghana's imports grew in 2023. Goods worth $2 billion were brought in from China and $900 million from Nigeria.",
     (("GHA", "NGA"), "imports", "NGA", 900_000_000, "USD", Y2023, None), ("CHN", "NGA")),
    ("PANAMA CITY, May 14 - Purchases from the United States came to 286.5 million balboas in March 2024, and those "
     "from China to 139.8 million balboas.",
     (("PAN", "USA"), "imports", "USA", 286_500_000, "PAB", "2024-03..2024-03", None), ("CHN", "USA")),
])
def test_two_partners_of_one_role_are_items_not_a_pair(text: str, fact: tuple, items: tuple[str, str]) -> None:
    found = facts_of(text, dt.date(2024, 6, 1))
    assert fact in found and all(f[0] != items for f in found)


@pytest.mark.parametrize(("text", "expected"), [
    # a table's row that starts "U.S. $115.7 billion" names the United States, then its figure in dollars
    ("Korea's exports to major destinations in 2023:\nChina $124.8 billion\nU.S. $115.7 billion\nVietnam $53.5 billion",
     {(("CHN", "KOR"), "exports", "KOR", 124_800_000_000, "USD", Y2023, None),
      (("KOR", "USA"), "exports", "KOR", 115_700_000_000, "USD", Y2023, None),
      (("KOR", "VNM"), "exports", "KOR", 53_500_000_000, "USD", Y2023, None)}),
    ("Mexico's imports by origin in 2023:\nU.S. $361 billion\nChina $118 billion",
     {(("MEX", "USA"), "imports", "USA", 361_000_000_000, "USD", Y2023, None),
      (("CHN", "MEX"), "imports", "CHN", 118_000_000_000, "USD", Y2023, None)}),
    ("Top buyers of Chile's exports in 2023:\nChina $39 billion\nU.S. $16 billion\nJapan $8 billion",
     {(("CHL", "CHN"), "exports", "CHL", 39_000_000_000, "USD", Y2023, None),
      (("CHL", "USA"), "exports", "CHL", 16_000_000_000, "USD", Y2023, None),
      (("CHL", "JPN"), "exports", "CHL", 8_000_000_000, "USD", Y2023, None)}),
])
def test_a_row_that_starts_with_us_dollars_names_the_united_states(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 3, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an earlier value in brackets after a middle item of a list is that item's, though items with figures follow
    ("In August 2023 Zambia's main suppliers were South Africa at $620 million, China at $390 million ($310 million "
     "in August 2022) and the UAE at $200 million.",
     {(("ZAF", "ZMB"), "imports", "ZAF", 620_000_000, "USD", "2023-08..2023-08", None),
      (("CHN", "ZMB"), "imports", "CHN", 390_000_000, "USD", "2023-08..2023-08", None),
      (("CHN", "ZMB"), "imports", "CHN", 310_000_000, "USD", "2022-08..2022-08", None),
      (("ARE", "ZMB"), "imports", "ARE", 200_000_000, "USD", "2023-08..2023-08", None)}),
    ("In 2023 Chile's top buyers were China with $39 billion, followed by the US with $16 billion ($14 billion in "
     "2022) and Japan with $8 billion.",
     {(("CHL", "CHN"), "exports", "CHL", 39_000_000_000, "USD", Y2023, None),
      (("CHL", "USA"), "exports", "CHL", 16_000_000_000, "USD", Y2023, None),
      (("CHL", "USA"), "exports", "CHL", 14_000_000_000, "USD", Y2022, None),
      (("CHL", "JPN"), "exports", "CHL", 8_000_000_000, "USD", Y2023, None)}),
    ("In 2023 Kenya's main markets were Uganda at $900 million, Tanzania at $500 million ($400 million in 2022) and "
     "Rwanda at $200 million ($150 million in 2022).",
     {(("KEN", "UGA"), "exports", "KEN", 900_000_000, "USD", Y2023, None),
      (("KEN", "TZA"), "exports", "KEN", 500_000_000, "USD", Y2023, None),
      (("KEN", "TZA"), "exports", "KEN", 400_000_000, "USD", Y2022, None),
      (("KEN", "RWA"), "exports", "KEN", 200_000_000, "USD", Y2023, None),
      (("KEN", "RWA"), "exports", "KEN", 150_000_000, "USD", Y2022, None)}),
])
def test_an_earlier_value_in_brackets_after_a_middle_item_is_that_items(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 3, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # whose export earnings, receipts or import bill a text reports first is its side, however often it names a
    # partner; "A bought goods worth $x and B $y": the verb's subject heads the list of the side's buyers
    ("Bangladesh's export earnings from the United States fell in 2022, as US and American buyers slowed and the "
     "United States cut orders. Among the other top destinations, Germany bought goods worth $4.2 billion and the "
     "UK $3.8 billion.",
     {(("BGD", "DEU"), "imports", "BGD", 4_200_000_000, "USD", Y2022, None),
      (("BGD", "GBR"), "imports", "BGD", 3_800_000_000, "USD", Y2022, None)}),
    ("Nepal's import bill from India rose in 2022, as Indian and India-made goods and India's fuel flowed in. Among "
     "other main suppliers, China sold goods worth $3.5 billion and the UAE $1.8 billion.",
     {(("CHN", "NPL"), "exports", "CHN", 3_500_000_000, "USD", Y2022, None),
      (("ARE", "NPL"), "exports", "ARE", 1_800_000_000, "USD", Y2022, None)}),
    ("Pakistan's export receipts from China rose in 2022 as Chinese buyers and China's mills bought more. Among the "
     "other top markets, the US bought goods worth $5.5 billion and the UK $2.1 billion.",
     {(("PAK", "USA"), "imports", "PAK", 5_500_000_000, "USD", Y2022, None),
      (("GBR", "PAK"), "imports", "PAK", 2_100_000_000, "USD", Y2022, None)}),
])
def test_whose_earnings_or_import_bill_the_text_reports_is_its_side(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the statistics office a text cites first speaks for it; another country's customs quoted later is a second
    # source for one figure, not whose statistics the text reports
    ("Trade between Morocco and Spain reached 62.3 billion dirhams in the first quarter of 2023, according to the "
     "Office des Changes. Exports to France came to MAD 18.7 billion. Spanish customs data put bilateral trade at "
     "EUR 5.7 billion.", (("FRA", "MAR"), "exports", "MAR")),
    ("Trade between Georgia and Turkey reached $1.2 billion in January-June 2023, Geostat reported. Exports to "
     "Armenia came to $300 million. Turkish customs figures put the two countries' trade at $1.3 billion.",
     (("ARM", "GEO"), "exports", "GEO")),
    ("Trade between Kenya and Uganda reached $1.1 billion in 2022, KNBS said. Imports from India came to $2 billion. "
     "Ugandan customs data put bilateral trade at $1.2 billion.", (("IND", "KEN"), "imports", "IND")),
])
def test_the_office_cited_first_is_whose_statistics(text: str, expected: tuple) -> None:
    assert expected in {fact[:3] for fact in facts_of(text)}


@pytest.mark.parametrize(("text", "expected"), WHOSE_STATISTICS + STATISTICS_SIDE + LISTS + DIRECTION + CLAUSES,
                         ids=lambda case: case[:50] if isinstance(case, str) else "")
def test_frame_of_each_figure(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


def test_two_partners_in_one_list_never_form_a_pair() -> None:
    found = facts_of("Kazakhstan's largest partners in 2022 were Russia ($26 billion) and China ($24 billion).")
    assert {pair for pair, *_ in found} == {("KAZ", "RUS"), ("CHN", "KAZ")}


def test_a_table_gives_a_fact_per_row_and_trade_column() -> None:
    text = ("Georgia's external trade in January-June 2024 (USD million)\n"
            "Partner | Exports | Imports | Share, %\n"
            "Turkey | 165.2 | 1,015.3 | 17.2\n"
            "Russia | 309.5 | 785.0 | 12.9\n")
    assert facts_of(text) == {
        (("GEO", "TUR"), "exports", "GEO", 165_200_000, "USD", "2024-01..2024-06", None),
        (("GEO", "TUR"), "imports", "TUR", 1_015_300_000, "USD", "2024-01..2024-06", None),
        (("GEO", "RUS"), "exports", "GEO", 309_500_000, "USD", "2024-01..2024-06", None),
        (("GEO", "RUS"), "imports", "RUS", 785_000_000, "USD", "2024-01..2024-06", None),
    }


@pytest.mark.parametrize(("text", "expected"), [
    # the currency of a table's unit: any ISO code in capitals, before or after the magnitude, or a short form
    ("Sweden's exports of goods by partner, SEK billion\nCountry  2021  2022\nDenmark  150,2  145,7\n"
     "Norway  158,3  160,1\n",
     {(("DNK", "SWE"), "exports", "SWE", 150_200_000_000, "SEK", "2021-01..2021-12", None),
      (("DNK", "SWE"), "exports", "SWE", 145_700_000_000, "SEK", "2022-01..2022-12", None),
      (("NOR", "SWE"), "exports", "SWE", 158_300_000_000, "SEK", "2021-01..2021-12", None),
      (("NOR", "SWE"), "exports", "SWE", 160_100_000_000, "SEK", "2022-01..2022-12", None)}),
    ("Bulgaria's exports by partner (million BGN)\nCountry  2021  2022\nGermany  9 120  9 530\n"
     "Romania  6 010  6 300\n",
     {(("BGR", "DEU"), "exports", "BGR", 9_120_000_000, "BGN", "2021-01..2021-12", None),
      (("BGR", "DEU"), "exports", "BGR", 9_530_000_000, "BGN", "2022-01..2022-12", None),
      (("BGR", "ROU"), "exports", "BGR", 6_010_000_000, "BGN", "2021-01..2021-12", None),
      (("BGR", "ROU"), "exports", "BGR", 6_300_000_000, "BGN", "2022-01..2022-12", None)}),
    ("Kenya's exports to selected markets (KSh million)\nMarket  2021  2022\nUganda  13 905  12 688\n"
     "Pakistan  5 112  4 870\n",
     {(("KEN", "UGA"), "exports", "KEN", 13_905_000_000, "KES", "2021-01..2021-12", None),
      (("KEN", "UGA"), "exports", "KEN", 12_688_000_000, "KES", "2022-01..2022-12", None),
      (("KEN", "PAK"), "exports", "KEN", 5_112_000_000, "KES", "2021-01..2021-12", None),
      (("KEN", "PAK"), "exports", "KEN", 4_870_000_000, "KES", "2022-01..2022-12", None)}),
])
def test_a_tables_unit_gives_its_currency(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # columns headed by a period shorter than a year: each column's own months
    ("Kenya's exports to selected markets (KSh million)\nMarket  Jan 2023  Feb 2023\nUganda  13 905  12 688\n"
     "Pakistan  5 112  4 870\n",
     {(("KEN", "UGA"), "exports", "KEN", 13_905_000_000, "KES", "2023-01..2023-01", None),
      (("KEN", "UGA"), "exports", "KEN", 12_688_000_000, "KES", "2023-02..2023-02", None),
      (("KEN", "PAK"), "exports", "KEN", 5_112_000_000, "KES", "2023-01..2023-01", None),
      (("KEN", "PAK"), "exports", "KEN", 4_870_000_000, "KES", "2023-02..2023-02", None)}),
    ("Croatia's exports by country (EUR million)\nCountry | H1 2022 | H1 2023\nGermany | 1 205,3 | 1 250,1\n"
     "Italy | 980,2 | 1 010,4\n",
     {(("DEU", "HRV"), "exports", "HRV", 1_205_300_000, "EUR", "2022-01..2022-06", None),
      (("DEU", "HRV"), "exports", "HRV", 1_250_100_000, "EUR", "2023-01..2023-06", None),
      (("HRV", "ITA"), "exports", "HRV", 980_200_000, "EUR", "2022-01..2022-06", None),
      (("HRV", "ITA"), "exports", "HRV", 1_010_400_000, "EUR", "2023-01..2023-06", None)}),
    ("Sri Lanka exports to main markets\nCountry | Q1 2022 (US$ Mn) | Q1 2023 (US$ Mn)\nUSA | 750.1 | 770.3\n"
     "India | 160.2 | 171.5\n",
     {(("LKA", "USA"), "exports", "LKA", 750_100_000, "USD", "2022-01..2022-03", None),
      (("LKA", "USA"), "exports", "LKA", 770_300_000, "USD", "2023-01..2023-03", None),
      (("IND", "LKA"), "exports", "LKA", 160_200_000, "USD", "2022-01..2022-03", None),
      (("IND", "LKA"), "exports", "LKA", 171_500_000, "USD", "2023-01..2023-03", None)}),
])
def test_a_tables_columns_may_be_months_or_quarters(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("header", "first", "second"), [
    # months in Roman numerals, as statistics offices write them
    ("I-VI 2022\tI-VI 2023", "2022-01..2022-06", "2023-01..2023-06"),
    ("I-III 2022\tI-III 2023", "2022-01..2022-03", "2023-01..2023-03"),
    ("I-XII 2021\tI-XII 2022", "2021-01..2021-12", "2022-01..2022-12"),
])
def test_a_tables_columns_may_be_roman_month_spans(header: str, first: str, second: str) -> None:
    text = (f"Bulgaria's exports of goods by main non-EU partner (BGN million)\nCountry\t{header}\n"
            "Turkey\t2 391,5\t2 207,8\nChina\t702,3\t651,9\n")
    assert facts_of(text) == {
        (("BGR", "TUR"), "exports", "BGR", 2_391_500_000, "BGN", first, None),
        (("BGR", "TUR"), "exports", "BGR", 2_207_800_000, "BGN", second, None),
        (("BGR", "CHN"), "exports", "BGR", 702_300_000, "BGN", first, None),
        (("BGR", "CHN"), "exports", "BGR", 651_900_000, "BGN", second, None),
    }


@pytest.mark.parametrize("text", [
    # a pair's table by month, aligned with spaces, its unit in a note and its title a blank line above; the
    # title's partner ("with Vietnam") is not whose trade it is
    "Trade in Goods with Vietnam\nU.S. Census Bureau\nNOTE: All figures are in millions of U.S. dollars.\n\n"
    "Month            Exports    Imports    Balance\n"
    "January 2023     1,012.4    9,865.1    -8,852.7\nFebruary 2023    1,104.8    7,942.6    -6,837.8\n",
    "U.S. trade in goods with Vietnam (millions of U.S. dollars)\n\n"
    "Month          Exports   Imports\n"
    "January 2023   1,012.4   9,865.1\nFebruary 2023  1,104.8   7,942.6\n",
    "United States - trade with Vietnam\nValues in millions of U.S. dollars\n\n\n"
    "Period           Exports     Imports     Balance\n"
    "January 2023     1,012.4     9,865.1     -8,852.7\nFebruary 2023    1,104.8     7,942.6     -6,837.8\n",
])
def test_a_pair_table_by_month(text: str) -> None:
    assert facts_of(text) == {
        (("USA", "VNM"), "exports", "USA", 1_012_400_000, "USD", "2023-01..2023-01", None),
        (("USA", "VNM"), "imports", "VNM", 9_865_100_000, "USD", "2023-01..2023-01", None),
        (("USA", "VNM"), "exports", "USA", 1_104_800_000, "USD", "2023-02..2023-02", None),
        (("USA", "VNM"), "imports", "VNM", 7_942_600_000, "USD", "2023-02..2023-02", None),
    }


@pytest.mark.parametrize("title", [
    # a list's title may say more after its unit, in the same brackets
    "Main destinations of exports (thousand US dollars, share in total exports):",
    "Moldova's main export markets (thousand USD, with their share of the total):",
    "Exports by country of destination (thousand US dollars, January-December 2022):",
])
def test_a_unit_list_title_may_say_more_in_its_brackets(title: str) -> None:
    text = f"Moldova's exports in 2022 totalled 4,3 billion US dollars.\n{title}\nRomania – 81 245,3 (28,5%)\n" \
           "Ukraine – 28 914,0 (10,2%)\n"
    assert {(pair, metric, value) for pair, metric, _e, value, *_ in facts_of(text)} == {
        (("MDA", "ROU"), "exports", 81_245_300), (("MDA", "UKR"), "exports", 28_914_000)}


@pytest.mark.parametrize(("lead", "unit", "currency"), [
    # the unit (and the flow) is the one named nearest above the rows, not an amount of the prose before the table
    ("Exports came to SEK 2 040 billion in 2022, or about US$ 200 billion.", "Exports by partner, SEK billion", "SEK"),
    ("The surplus was $5 billion in 2022.", "Exports by partner (EUR billion):", "EUR"),
    ("Imports cost 900 billion kronor in 2022, or $90 billion.", "Sweden's exports, SEK billion", "SEK"),
])
def test_a_table_unit_is_the_nearest_above_it(lead: str, unit: str, currency: str) -> None:
    text = (f"Sweden's trade in 2022\n\n{lead}\n\n{unit}\n\n"
            "Country          2022\nNorway          203,9\nGermany         197,5\n")
    assert {(pair, metric, cur) for pair, metric, _e, _v, cur, *_ in facts_of(text)} == {
        (("NOR", "SWE"), "exports", currency), (("DEU", "SWE"), "exports", currency)}


@pytest.mark.parametrize(("header", "rows"), [
    # a rank column before the label column, and the unit in the column heads ("US$ bn" names no country)
    ("Rank | Country | Exports (US$ bn) | Imports (US$ bn)", ["1 | China | 16.7 | 101.7", "2 | Russia | 4.3 | 61.4"]),
    ("No.\tCountry\tExports (US$ bn)\tImports (US$ bn)", ["1\tChina\t16.7\t101.7", "2\tRussia\t4.3\t61.4"]),
    ("#  Partner  Exports (US$ bn)  Imports (US$ bn)", ["1.  China  16.7  101.7", "2.  Russia  4.3  61.4"]),
])
def test_a_table_may_rank_its_rows(header: str, rows: list[str]) -> None:
    text = "India's trade, April-March 2023-24\n" + header + "\n" + "\n".join(rows) + "\n"
    assert facts_of(text) == {
        (("CHN", "IND"), "exports", "IND", 16_700_000_000, "USD", "2023-04..2024-03", None),
        (("CHN", "IND"), "imports", "CHN", 101_700_000_000, "USD", "2023-04..2024-03", None),
        (("IND", "RUS"), "exports", "IND", 4_300_000_000, "USD", "2023-04..2024-03", None),
        (("IND", "RUS"), "imports", "RUS", 61_400_000_000, "USD", "2023-04..2024-03", None),
    }


@pytest.mark.parametrize("header", [
    # the label column's head left blank, by spaces or by an empty cell between bars
    "      Exports    Imports",
    "| | Exports | Imports |",
    "\t\tExports\tImports",
])
def test_a_header_may_leave_the_label_column_blank(header: str) -> None:
    bars = header.startswith("|")
    sep = " | " if bars else ("\t" if "\t" in header else "  ")
    rows = [("Poland", "1 395,6", "2 143,9"), ("China", "520,1", "3 010,2")]
    body = "\n".join((f"| {sep.join(r)} |" if bars else sep.join(r)) for r in rows)
    text = f"Ukraine, foreign trade in goods, January-April 2023 (USD million)\n{header}\n{body}\n"
    assert facts_of(text) == {
        (("POL", "UKR"), "exports", "UKR", 1_395_600_000, "USD", "2023-01..2023-04", None),
        (("POL", "UKR"), "imports", "POL", 2_143_900_000, "USD", "2023-01..2023-04", None),
        (("CHN", "UKR"), "exports", "UKR", 520_100_000, "USD", "2023-01..2023-04", None),
        (("CHN", "UKR"), "imports", "CHN", 3_010_200_000, "USD", "2023-01..2023-04", None),
    }


@pytest.mark.parametrize(("text", "expected"), [
    # "Partner - exports ...": a dash after the partner's name is no word before a verb; the title's country sells
    ("Belarus's trade with other partners in 2022:\nTurkey - exports grew by 34% to USD 712.5 million\n"
     "Uzbekistan - exports USD 645 million\n",
     {(("BLR", "TUR"), "exports", "BLR", 712_500_000, "USD", "2022-01..2022-12", None),
      (("BLR", "UZB"), "exports", "BLR", 645_000_000, "USD", "2022-01..2022-12", None)}),
    ("Georgia's main markets in 2022:\nArmenia - exports reached $600 million\nAzerbaijan - exports came to $700 "
     "million\n",
     {(("ARM", "GEO"), "exports", "GEO", 600_000_000, "USD", "2022-01..2022-12", None),
      (("AZE", "GEO"), "exports", "GEO", 700_000_000, "USD", "2022-01..2022-12", None)}),
    ("Kenya's trade with its neighbours in 2022:\nUganda – exports of $900 million\nTanzania – imports of $300 "
     "million\n",
     {(("KEN", "UGA"), "exports", "KEN", 900_000_000, "USD", "2022-01..2022-12", None),
      (("KEN", "TZA"), "imports", "TZA", 300_000_000, "USD", "2022-01..2022-12", None)}),
])
def test_a_partners_line_under_its_owners_title(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # key figures on labelled lines under a title naming the pair: the title's pair (and period), across the
    # line break; "Total:" after both flows is two-way trade
    ("Uzbekistan-Russia trade in 2022:\n• Turnover: $9.3 billion (+25%)\n• Exports: $2.5 billion\n"
     "• Imports: $6.8 billion\n",
     {(("RUS", "UZB"), "turnover", None, 9_300_000_000, "USD", "2022-01..2022-12", None),
      (("RUS", "UZB"), "exports", "UZB", 2_500_000_000, "USD", "2022-01..2022-12", None),
      (("RUS", "UZB"), "imports", "RUS", 6_800_000_000, "USD", "2022-01..2022-12", None)}),
    ("Key figures of Kenya-Uganda trade\n- Total trade: $1.2 billion\n- Kenya's exports to Uganda: $850 million\n"
     "- Imports from Uganda: $350 million\n",
     {(("KEN", "UGA"), "turnover", None, 1_200_000_000, "USD", None, None),
      (("KEN", "UGA"), "exports", "KEN", 850_000_000, "USD", None, None),
      (("KEN", "UGA"), "imports", "UGA", 350_000_000, "USD", None, None)}),
    ("Ghana's trade with Togo\nExports: $400 million\nImports: $150 million\nTotal: $550 million\n",
     {(("GHA", "TGO"), "exports", "GHA", 400_000_000, "USD", None, None),
      (("GHA", "TGO"), "imports", "TGO", 150_000_000, "USD", None, None),
      (("GHA", "TGO"), "turnover", None, 550_000_000, "USD", None, None)}),
    # a sentence under a title is no labelled line: the title's pair does not reach it
    ("Kazakhstan and China sign deals\nASTANA - Exports amounted to $80 billion last year.\n", set()),
])
def test_key_figures_under_a_title_take_its_pair(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a pair's trade by period: a row per year (fiscal years in the first country's calendar), "Total" is two-way
    ("India-Nepal bilateral trade (in USD million)\nYear | Exports | Imports | Total\n2021-22 | 9,645 | 1,373 | "
     "11,018\n2022-23 | 8,015 | 840 | 8,855\n",
     {(("IND", "NPL"), "exports", "IND", 9_645_000_000, "USD", "2021-04..2022-03", None),
      (("IND", "NPL"), "imports", "NPL", 1_373_000_000, "USD", "2021-04..2022-03", None),
      (("IND", "NPL"), "turnover", None, 11_018_000_000, "USD", "2021-04..2022-03", None),
      (("IND", "NPL"), "exports", "IND", 8_015_000_000, "USD", "2022-04..2023-03", None),
      (("IND", "NPL"), "imports", "NPL", 840_000_000, "USD", "2022-04..2023-03", None),
      (("IND", "NPL"), "turnover", None, 8_855_000_000, "USD", "2022-04..2023-03", None)}),
    ("Trade between Chile and Peru, USD million\nYear | Exports | Imports\n2021 | 1,400 | 1,100\n"
     "2022 | 1,523 | 1,198\n",
     {(("CHL", "PER"), "exports", "CHL", 1_400_000_000, "USD", "2021-01..2021-12", None),
      (("CHL", "PER"), "imports", "PER", 1_100_000_000, "USD", "2021-01..2021-12", None),
      (("CHL", "PER"), "exports", "CHL", 1_523_000_000, "USD", "2022-01..2022-12", None),
      (("CHL", "PER"), "imports", "PER", 1_198_000_000, "USD", "2022-01..2022-12", None)}),
    ("Kenya's trade with Uganda (USD million)\nPeriod | Turnover\nJanuary-June 2022 | 700\n"
     "January-June 2023 | 820\n",
     {(("KEN", "UGA"), "turnover", None, 700_000_000, "USD", "2022-01..2022-06", None),
      (("KEN", "UGA"), "turnover", None, 820_000_000, "USD", "2023-01..2023-06", None)}),
    # the title line nearest the table names its pair, not the prose paragraph above it
    ("Kenya is Uganda's largest market, ahead of South Sudan and the DRC.\n\nTable 1: Kenya-Uganda trade "
     "(USD million)\nYear | Exports | Imports | Total\n2021 | 700 | 300 | 1,000\n2022 | 800 | 300 | 1,100\n",
     {(("KEN", "UGA"), "exports", "KEN", 700_000_000, "USD", "2021-01..2021-12", None),
      (("KEN", "UGA"), "imports", "UGA", 300_000_000, "USD", "2021-01..2021-12", None),
      (("KEN", "UGA"), "turnover", None, 1_000_000_000, "USD", "2021-01..2021-12", None),
      (("KEN", "UGA"), "exports", "KEN", 800_000_000, "USD", "2022-01..2022-12", None),
      (("KEN", "UGA"), "imports", "UGA", 300_000_000, "USD", "2022-01..2022-12", None),
      (("KEN", "UGA"), "turnover", None, 1_100_000_000, "USD", "2022-01..2022-12", None)}),
    ("Chile buys copper tools from Germany and wine from France.\n\nChile-Peru trade (USD million)\nYear | Exports | "
     "Imports\n2021 | 1,400 | 1,100\n2022 | 1,523 | 1,198\n",
     {(("CHL", "PER"), "exports", "CHL", 1_400_000_000, "USD", "2021-01..2021-12", None),
      (("CHL", "PER"), "imports", "PER", 1_100_000_000, "USD", "2021-01..2021-12", None),
      (("CHL", "PER"), "exports", "CHL", 1_523_000_000, "USD", "2022-01..2022-12", None),
      (("CHL", "PER"), "imports", "PER", 1_198_000_000, "USD", "2022-01..2022-12", None)}),
    ("Laos sells power to Thailand, Cambodia and Vietnam.\nTable 2: Laos-Thailand trade (USD million)\nYear | Exports "
     "| Imports\n2021 | 2,400 | 3,100\n2022 | 2,600 | 3,300\n",
     {(("LAO", "THA"), "exports", "LAO", 2_400_000_000, "USD", "2021-01..2021-12", None),
      (("LAO", "THA"), "imports", "THA", 3_100_000_000, "USD", "2021-01..2021-12", None),
      (("LAO", "THA"), "exports", "LAO", 2_600_000_000, "USD", "2022-01..2022-12", None),
      (("LAO", "THA"), "imports", "THA", 3_300_000_000, "USD", "2022-01..2022-12", None)}),
    # the total column headed "Total volume", "Total value" or "Trade volume"
    ("Chile-Egypt trade (USD million)\nYear | Exports | Imports | Total volume\n2021 | 100.1 | 30.2 | 130.3\n"
     "2022 | 110 | 35 | 145\n",
     {(("CHL", "EGY"), "exports", "CHL", 110_000_000, "USD", "2022-01..2022-12", None),
      (("CHL", "EGY"), "imports", "EGY", 35_000_000, "USD", "2022-01..2022-12", None),
      (("CHL", "EGY"), "turnover", None, 145_000_000, "USD", "2022-01..2022-12", None),
      (("CHL", "EGY"), "exports", "CHL", 100_100_000, "USD", "2021-01..2021-12", None),
      (("CHL", "EGY"), "imports", "EGY", 30_200_000, "USD", "2021-01..2021-12", None),
      (("CHL", "EGY"), "turnover", None, 130_300_000, "USD", "2021-01..2021-12", None)}),
    ("Kenya-Uganda trade (USD million)\nYear | Exports | Imports | Total value\n2021 | 700 | 300 | 1,000\n"
     "2022 | 800 | 300 | 1,100\n",
     {(("KEN", "UGA"), "exports", "KEN", 800_000_000, "USD", "2022-01..2022-12", None),
      (("KEN", "UGA"), "imports", "UGA", 300_000_000, "USD", "2022-01..2022-12", None),
      (("KEN", "UGA"), "turnover", None, 1_100_000_000, "USD", "2022-01..2022-12", None),
      (("KEN", "UGA"), "exports", "KEN", 700_000_000, "USD", "2021-01..2021-12", None),
      (("KEN", "UGA"), "imports", "UGA", 300_000_000, "USD", "2021-01..2021-12", None),
      (("KEN", "UGA"), "turnover", None, 1_000_000_000, "USD", "2021-01..2021-12", None)}),
    ("Peru-Bolivia trade (USD million)\nYear | Exports | Imports | Trade volume\n2021 | 900 | 600 | 1,500\n"
     "2022 | 950 | 650 | 1,600\n",
     {(("BOL", "PER"), "exports", "PER", 950_000_000, "USD", "2022-01..2022-12", None),
      (("BOL", "PER"), "imports", "BOL", 650_000_000, "USD", "2022-01..2022-12", None),
      (("BOL", "PER"), "turnover", None, 1_600_000_000, "USD", "2022-01..2022-12", None),
      (("BOL", "PER"), "exports", "PER", 900_000_000, "USD", "2021-01..2021-12", None),
      (("BOL", "PER"), "imports", "BOL", 600_000_000, "USD", "2021-01..2021-12", None),
      (("BOL", "PER"), "turnover", None, 1_500_000_000, "USD", "2021-01..2021-12", None)}),
    # "year: value" lines under a head line that names no pair take the pair of the sentence before it
    ("India is Nepal's largest trade partner. Bilateral trade has been as follows:\n2020: US$ 7.23 billion\n"
     "2021: US$ 10.1 billion\n",
     {(("IND", "NPL"), "turnover", None, 7_230_000_000, "USD", "2020-01..2020-12", None),
      (("IND", "NPL"), "turnover", None, 10_100_000_000, "USD", "2021-01..2021-12", None)}),
    ("Kenya and Uganda are close partners. Two-way trade in recent years:\n- 2021: $900 million\n- 2022: $1.1 "
     "billion\n",
     {(("KEN", "UGA"), "turnover", None, 900_000_000, "USD", "2021-01..2021-12", None),
      (("KEN", "UGA"), "turnover", None, 1_100_000_000, "USD", "2022-01..2022-12", None)}),
    ("China is Laos's biggest partner. Bilateral trade figures:\n2021: $5.5 billion\n2022: $6.1 billion\n",
     {(("CHN", "LAO"), "turnover", None, 5_500_000_000, "USD", "2021-01..2021-12", None),
      (("CHN", "LAO"), "turnover", None, 6_100_000_000, "USD", "2022-01..2022-12", None)}),
    # a row per period needs the pair in the title: one country alone gives no partner
    ("Kenya's exports (USD million)\nYear | Exports\n2021 | 6,700\n2022 | 7,400\n", set()),
    # a row per flow and a column per year; the unit may stand in each row's label; a country in the label says
    # who sells ("Exports to Uganda": the other side does)
    ("Kazakhstan-Kyrgyzstan trade in 2023\nIndicator | 2022 | 2023\nTurnover, $ million | 1,012.3 | 1,195.6\n"
     "Exports from Kazakhstan, $ million | 812.1 | 901.4\nImports from Kyrgyzstan, $ million | 200.2 | 294.2\n",
     {(("KAZ", "KGZ"), "turnover", None, 1_012_300_000, "USD", "2022-01..2022-12", None),
      (("KAZ", "KGZ"), "turnover", None, 1_195_600_000, "USD", "2023-01..2023-12", None),
      (("KAZ", "KGZ"), "exports", "KAZ", 812_100_000, "USD", "2022-01..2022-12", None),
      (("KAZ", "KGZ"), "exports", "KAZ", 901_400_000, "USD", "2023-01..2023-12", None),
      (("KAZ", "KGZ"), "imports", "KGZ", 200_200_000, "USD", "2022-01..2022-12", None),
      (("KAZ", "KGZ"), "imports", "KGZ", 294_200_000, "USD", "2023-01..2023-12", None)}),
    ("Trade between Chile and Peru, USD million\nIndicator | 2021 | 2022\nChilean exports | 1,400 | 1,523\n"
     "Peru's exports | 1,100 | 1,198\n",
     {(("CHL", "PER"), "exports", "CHL", 1_400_000_000, "USD", "2021-01..2021-12", None),
      (("CHL", "PER"), "exports", "CHL", 1_523_000_000, "USD", "2022-01..2022-12", None),
      (("CHL", "PER"), "exports", "PER", 1_100_000_000, "USD", "2021-01..2021-12", None),
      (("CHL", "PER"), "exports", "PER", 1_198_000_000, "USD", "2022-01..2022-12", None)}),
    ("Kenya-Uganda trade, in USD million\nFlow\t2021\t2022\nExports to Uganda\t780.5\t856.3\n"
     "Imports from Uganda\t401.2\t455.9\n",
     {(("KEN", "UGA"), "exports", "KEN", 780_500_000, "USD", "2021-01..2021-12", None),
      (("KEN", "UGA"), "exports", "KEN", 856_300_000, "USD", "2022-01..2022-12", None),
      (("KEN", "UGA"), "imports", "UGA", 401_200_000, "USD", "2021-01..2021-12", None),
      (("KEN", "UGA"), "imports", "UGA", 455_900_000, "USD", "2022-01..2022-12", None)}),
    # one country in the title names no pair: no facts
    ("Kenya's trade, in USD million\nFlow\t2021\t2022\nExports\t6,700\t7,400\nImports\t19,000\t21,000\n", set()),
])
def test_a_table_of_a_pairs_trade_by_period_or_by_flow(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize("title", [
    "Kazakhstan's trade with main partners, 2022, $ billion",
    "Kazakhstan: trade by partner (2022; USD billion)",
    "Trade of Kazakhstan, billion US dollars, 2022",
])
def test_a_year_standing_alone_in_a_tables_title_is_its_period(title: str) -> None:
    text = f"{title}\nCountry | Exports | Imports\nRussia | 8.8 | 17.3\nChina | 13.2 | 10.9\n"
    assert facts_of(text) == {
        (("KAZ", "RUS"), "exports", "KAZ", 8_800_000_000, "USD", "2022-01..2022-12", None),
        (("KAZ", "RUS"), "imports", "RUS", 17_300_000_000, "USD", "2022-01..2022-12", None),
        (("CHN", "KAZ"), "exports", "KAZ", 13_200_000_000, "USD", "2022-01..2022-12", None),
        (("CHN", "KAZ"), "imports", "CHN", 10_900_000_000, "USD", "2022-01..2022-12", None),
    }


@pytest.mark.parametrize(("text", "expected"), [
    # a Markdown table: its rule row under the header is no row
    ("Germany-Poland trade (EUR billion)\n| Year | German exports to Poland | German imports from Poland |\n"
     "|---|---|---|\n| 2021 | 90.1 | 78.9 |\n| 2022 | 89.3 | 81.4 |\n",
     {(("DEU", "POL"), "exports", "DEU", 90_100_000_000, "EUR", "2021-01..2021-12", None),
      (("DEU", "POL"), "imports", "POL", 78_900_000_000, "EUR", "2021-01..2021-12", None),
      (("DEU", "POL"), "exports", "DEU", 89_300_000_000, "EUR", "2022-01..2022-12", None),
      (("DEU", "POL"), "imports", "POL", 81_400_000_000, "EUR", "2022-01..2022-12", None)}),
    ("Kazakhstan's trade by partner, 2022 (USD billion)\n| Country | Exports | Imports |\n| :--- | ---: | ---: |\n"
     "| Russia | 8.8 | 17.3 |\n| China | 13.2 | 10.9 |\n",
     {(("KAZ", "RUS"), "exports", "KAZ", 8_800_000_000, "USD", "2022-01..2022-12", None),
      (("KAZ", "RUS"), "imports", "RUS", 17_300_000_000, "USD", "2022-01..2022-12", None),
      (("CHN", "KAZ"), "exports", "KAZ", 13_200_000_000, "USD", "2022-01..2022-12", None),
      (("CHN", "KAZ"), "imports", "CHN", 10_900_000_000, "USD", "2022-01..2022-12", None)}),
    # a column headed "Value" or by its unit measures what the title says
    ("Chile's exports to main markets, 2022 (US$ million)\nMarket\tValue\nChina\t19,842\nJapan\t3,870\n",
     {(("CHL", "CHN"), "exports", "CHL", 19_842_000_000, "USD", "2022-01..2022-12", None),
      (("CHL", "JPN"), "exports", "CHL", 3_870_000_000, "USD", "2022-01..2022-12", None)}),
    ("Kenya's imports by source, 2022\nCountry | US$ million\nChina | 3,900\nIndia | 2,700\n",
     {(("CHN", "KEN"), "imports", "CHN", 3_900_000_000, "USD", "2022-01..2022-12", None),
      (("IND", "KEN"), "imports", "IND", 2_700_000_000, "USD", "2022-01..2022-12", None)}),
    ("Peru's exports by destination in 2022, USD million\nDestination | Amount\nChina | 22,100\nUnited States | "
     "8,700\n",
     {(("CHN", "PER"), "exports", "PER", 22_100_000_000, "USD", "2022-01..2022-12", None),
      (("PER", "USA"), "exports", "PER", 8_700_000_000, "USD", "2022-01..2022-12", None)}),
    # a balance or growth column written with a plus sign ("+11.2") keeps the row a row, and gives no fact
    ("EU trade in goods with main African partners, 2022 (EUR billion)\nPartner | Exports | Imports | Balance\n"
     "Morocco | 35.9 | 24.7 | +11.2\nAlgeria | 17.8 | 35.3 | -17.5\n",
     {(("EUU", "MAR"), "exports", "EUU", 35_900_000_000, "EUR", "2022-01..2022-12", None),
      (("EUU", "MAR"), "imports", "MAR", 24_700_000_000, "EUR", "2022-01..2022-12", None),
      (("DZA", "EUU"), "exports", "EUU", 17_800_000_000, "EUR", "2022-01..2022-12", None),
      (("DZA", "EUU"), "imports", "DZA", 35_300_000_000, "EUR", "2022-01..2022-12", None)}),
    ("Turkey's trade by partner, 2022 (USD billion)\nCountry\tExports\tImports\tBalance\nGermany\t21.1\t24.0\t-2.9\n"
     "Iraq\t13.8\t1.6\t+12.2\n",
     {(("DEU", "TUR"), "exports", "TUR", 21_100_000_000, "USD", "2022-01..2022-12", None),
      (("DEU", "TUR"), "imports", "DEU", 24_000_000_000, "USD", "2022-01..2022-12", None),
      (("IRQ", "TUR"), "exports", "TUR", 13_800_000_000, "USD", "2022-01..2022-12", None),
      (("IRQ", "TUR"), "imports", "IRQ", 1_600_000_000, "USD", "2022-01..2022-12", None)}),
    ("Poland's exports by market, 2022 (EUR billion)\n| Market | Exports | Change (%) |\n|---|---|---|\n"
     "| Germany | 98.0 | +7.4 |\n| Czechia | 22.3 | +9.9 |\n",
     {(("DEU", "POL"), "exports", "POL", 98_000_000_000, "EUR", "2022-01..2022-12", None),
      (("CZE", "POL"), "exports", "POL", 22_300_000_000, "EUR", "2022-01..2022-12", None)}),
])
def test_markdown_tables_and_value_columns(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a row under the header that holds only the unit gives the table's unit
    ("Germany-Poland trade\n| Year | German exports to Poland | German imports from Poland |\n|---|---|---|\n"
     "| EUR billion | | |\n| 2021 | 90.1 | 78.9 |\n| 2022 | 89.3 | 81.4 |\n",
     {(("DEU", "POL"), "exports", "DEU", 90_100_000_000, "EUR", "2021-01..2021-12", None),
      (("DEU", "POL"), "imports", "POL", 78_900_000_000, "EUR", "2021-01..2021-12", None),
      (("DEU", "POL"), "exports", "DEU", 89_300_000_000, "EUR", "2022-01..2022-12", None),
      (("DEU", "POL"), "imports", "POL", 81_400_000_000, "EUR", "2022-01..2022-12", None)}),
    ("Kazakhstan's trade by partner, 2022\nCountry | Exports | Imports\nUSD million | |\nRussia | 8,800 | 17,300\n"
     "China | 13,200 | 10,900\n",
     {(("KAZ", "RUS"), "exports", "KAZ", 8_800_000_000, "USD", "2022-01..2022-12", None),
      (("KAZ", "RUS"), "imports", "RUS", 17_300_000_000, "USD", "2022-01..2022-12", None),
      (("CHN", "KAZ"), "exports", "KAZ", 13_200_000_000, "USD", "2022-01..2022-12", None),
      (("CHN", "KAZ"), "imports", "CHN", 10_900_000_000, "USD", "2022-01..2022-12", None)}),
    ("Chile-Peru trade\nYear\tExports\tImports\n\tUS$ million\t\n2021\t1,400\t1,100\n2022\t1,523\t1,198\n",
     {(("CHL", "PER"), "exports", "CHL", 1_400_000_000, "USD", "2021-01..2021-12", None),
      (("CHL", "PER"), "imports", "PER", 1_100_000_000, "USD", "2021-01..2021-12", None),
      (("CHL", "PER"), "exports", "CHL", 1_523_000_000, "USD", "2022-01..2022-12", None),
      (("CHL", "PER"), "imports", "PER", 1_198_000_000, "USD", "2022-01..2022-12", None)}),
])
def test_a_tables_unit_may_stand_in_a_row_of_its_own(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a Markdown table with a rank column, under a title and a lead sentence: the title says what it measures
    ("Chile: exports by destination, 2022\n\nThe central bank's foreign trade report shows copper leading.\n\n"
     "| Rank | Market | US$ million | Share (%) |\n|---|---|---|---|\n| 1 | China | 19,842 | 39.6 |\n"
     "| 2 | Japan | 3,870 | 7.7 |\n",
     {(("CHL", "CHN"), "exports", "CHL", 19_842_000_000, "USD", "2022-01..2022-12", None),
      (("CHL", "JPN"), "exports", "CHL", 3_870_000_000, "USD", "2022-01..2022-12", None)}),
    ("Kenya: imports by source, 2022\nData from the national bureau's trade statistics.\n"
     "| No. | Country | US$ million |\n| --- | --- | --- |\n| 1 | China | 3,900 |\n| 2 | India | 2,700 |\n",
     {(("CHN", "KEN"), "imports", "CHN", 3_900_000_000, "USD", "2022-01..2022-12", None),
      (("IND", "KEN"), "imports", "IND", 2_700_000_000, "USD", "2022-01..2022-12", None)}),
    ("Peru's exports by market in 2022\nThe trade ministry released the figures on Monday.\n"
     "| # | Market | USD million |\n|:-:|:--|--:|\n| 1 | China | 22,100 |\n| 2 | United States | 8,700 |\n",
     {(("CHN", "PER"), "exports", "PER", 22_100_000_000, "USD", "2022-01..2022-12", None),
      (("PER", "USA"), "exports", "PER", 8_700_000_000, "USD", "2022-01..2022-12", None)}),
])
def test_a_ranked_markdown_table_under_a_title_and_a_lead(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a title in short parts set off by full stops ("Table 1. Exports by country. January-March 2024. EUR million")
    # is a title, not prose: its table ranks the partners of the office's country, not of a country named above it
    ("Statistics Norway\n\nChina remained a fast-growing supplier. In June, exports to Poland were NOK 3.1 billion.\n\n"
     "Table 3. Exports of goods by main trading partners. January-June 2025. NOK million\n"
     "Country | January-June 2025 | Change, per cent\nUnited Kingdom | 197 385 | -12.4\nGermany | 183 902 | -6.1\n",
     {(("NOR", "POL"), "exports", "NOR", 3_100_000_000, "NOK", "2025-06..2025-06", None),
      (("GBR", "NOR"), "exports", "NOR", 197_385_000_000, "NOK", "2025-01..2025-06", None),
      (("DEU", "NOR"), "exports", "NOR", 183_902_000_000, "NOK", "2025-01..2025-06", None)}),
    ("Statistics Sweden\n\nNorway's share of trade fell. Imports from Finland reached SEK 12 billion in March.\n\n"
     "Table 2. Imports by country of dispatch. January-March 2024. SEK million\n"
     "Country | January-March 2024 | Change, %\nDenmark | 30 120 | -2.5\nNetherlands | 21 300 | -8.0\n",
     {(("FIN", "SWE"), "imports", "FIN", 12_000_000_000, "SEK", "2025-03..2025-03", None),
      (("DNK", "SWE"), "imports", "DNK", 30_120_000_000, "SEK", "2024-01..2024-03", None),
      (("NLD", "SWE"), "imports", "NLD", 21_300_000_000, "SEK", "2024-01..2024-03", None)}),
    ("Statistics Finland\n\nRussia's share of trade fell to nearly nothing. Exports to Sweden grew to EUR 1.1 billion "
     "in March.\n\nTable 1. Exports by country. January-March 2024. EUR million\n"
     "Country | January-March 2024 | Change, %\nGermany | 4 100 | -3.0\nSweden | 3 200 | 1.1\n",
     {(("FIN", "SWE"), "exports", "FIN", 1_100_000_000, "EUR", "2025-03..2025-03", None),
      (("DEU", "FIN"), "exports", "FIN", 4_100_000_000, "EUR", "2024-01..2024-03", None),
      (("FIN", "SWE"), "exports", "FIN", 3_200_000_000, "EUR", "2024-01..2024-03", None)}),
])
def test_a_title_in_short_parts_under_prose_ranks_the_offices_partners(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2025, 7, 15)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # lines of a partner and its figure under a short heading line measure what the heading names: its partners'
    # kind ("Leading markets", "Top origins of imports") or the flow ("Exports", "Imports")
    ("Kenya's trade by partner, January-June 2024\n\nLeading markets\nUganda: KSh 90 billion\nPakistan: KSh 40 billion"
     "\n\nLeading suppliers\nChina: KSh 250 billion\nIndia: KSh 170 billion\n",
     {(("KEN", "UGA"), "exports", "KEN", 90_000_000_000, "KES", "2024-01..2024-06", None),
      (("KEN", "PAK"), "exports", "KEN", 40_000_000_000, "KES", "2024-01..2024-06", None),
      (("CHN", "KEN"), "imports", "CHN", 250_000_000_000, "KES", "2024-01..2024-06", None),
      (("IND", "KEN"), "imports", "IND", 170_000_000_000, "KES", "2024-01..2024-06", None)}),
    ("Morocco's trade with its partners in 2023:\n\nExports\n- Spain: MAD 95 billion\n- France: MAD 80 billion\n"
     "Imports\n- China: MAD 60 billion\n- Spain: MAD 50 billion\n",
     {(("ESP", "MAR"), "exports", "MAR", 95_000_000_000, "MAD", "2023-01..2023-12", None),
      (("FRA", "MAR"), "exports", "MAR", 80_000_000_000, "MAD", "2023-01..2023-12", None),
      (("CHN", "MAR"), "imports", "CHN", 60_000_000_000, "MAD", "2023-01..2023-12", None),
      (("ESP", "MAR"), "imports", "ESP", 50_000_000_000, "MAD", "2023-01..2023-12", None)}),
    ("Ghana's trade, first quarter of 2024\n\nTop buyers\nSwitzerland: GH¢ 12 billion\nIndia: GH¢ 9 billion\n"
     "Top origins of imports\nChina: GH¢ 15 billion\nUnited States: GH¢ 6 billion\n",
     {(("CHE", "GHA"), "exports", "GHA", 12_000_000_000, "GHS", "2024-01..2024-03", None),
      (("GHA", "IND"), "exports", "GHA", 9_000_000_000, "GHS", "2024-01..2024-03", None),
      (("CHN", "GHA"), "imports", "CHN", 15_000_000_000, "GHS", "2024-01..2024-03", None),
      (("GHA", "USA"), "imports", "USA", 6_000_000_000, "GHS", "2024-01..2024-03", None)}),
])
def test_partner_lines_under_a_heading_measure_what_it_names(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 7, 15)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "followed by X, with a trade volume of ...": the country before "with a ... of" is the ranked item
    ("German exports to China fell to 90.1 billion euros in 2024. They were followed by the Netherlands, with a trade "
     "volume of 226.2 billion euros, and France (185.3 billion euros).",
     {(("CHN", "DEU"), "exports", "DEU", 90_100_000_000, "EUR", "2024-01..2024-12", None),
      (("DEU", "NLD"), "turnover", None, 226_200_000_000, "EUR", "2024-01..2024-12", None),
      (("DEU", "FRA"), "turnover", None, 185_300_000_000, "EUR", "2024-01..2024-12", None)}),
    ("Chile's trade with China reached $60 billion in 2023. It was followed by the United States, with a total of $30 "
     "billion, and Brazil.",
     {(("CHL", "CHN"), "turnover", None, 60_000_000_000, "USD", "2023-01..2023-12", None),
      (("CHL", "USA"), "turnover", None, 30_000_000_000, "USD", "2023-01..2023-12", None)}),
    ("Peru's exports to China were $22 billion in 2023. These were followed by the United States, with a value of $8 "
     "billion.",
     {(("CHN", "PER"), "exports", "PER", 22_000_000_000, "USD", "2023-01..2023-12", None),
      (("PER", "USA"), "exports", "PER", 8_000_000_000, "USD", "2023-01..2023-12", None)}),
])
def test_an_item_with_a_volume_of_its_figure(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2025, 2, 18)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kazakhstan's top trading partners in 2022 (USD million):\nRussia 26,100\nChina 24,100\n",
     {(("KAZ", "RUS"), "turnover", None, 26_100_000_000, "USD", "2022-01..2022-12", None),
      (("CHN", "KAZ"), "turnover", None, 24_100_000_000, "USD", "2022-01..2022-12", None)}),
    ("Main export destinations of Uzbekistan, January-June 2023 (USD million):\n- China – 1,200.5;\n"
     "- Russia – 1,100.3;\n- Kazakhstan – 700.\n",
     {(("CHN", "UZB"), "exports", "UZB", 1_200_500_000, "USD", "2023-01..2023-06", None),
      (("RUS", "UZB"), "exports", "UZB", 1_100_300_000, "USD", "2023-01..2023-06", None),
      (("KAZ", "UZB"), "exports", "UZB", 700_000_000, "USD", "2023-01..2023-06", None)}),
    ("Georgia's imports by country, 2022, $ mln:\n1. Turkey: 2,300\n2. Russia: 1,800\n",
     {(("GEO", "TUR"), "imports", "TUR", 2_300_000_000, "USD", "2022-01..2022-12", None),
      (("GEO", "RUS"), "imports", "RUS", 1_800_000_000, "USD", "2022-01..2022-12", None)}),
    # a share in brackets after each number; the unit's currency in any ISO code, with a word after it
    ("Sri Lanka's main export markets in 2022 (USD million, share):\n- United States: 2,604.9 (21.3%)\n"
     "- United Kingdom: 975.3 (8.0%)\n",
     {(("LKA", "USA"), "exports", "LKA", 2_604_900_000, "USD", "2022-01..2022-12", None),
      (("GBR", "LKA"), "exports", "LKA", 975_300_000, "USD", "2022-01..2022-12", None)}),
    ("Albania's exports by main partners, February 2023 (million ALL):\n- Italy: 13,902.1 (46.6% of total)\n"
     "- Spain: 1,530.4 (5.1%)\n",
     {(("ALB", "ITA"), "exports", "ALB", 13_902_100_000, "ALL", "2023-02..2023-02", None),
      (("ALB", "ESP"), "exports", "ALB", 1_530_400_000, "ALL", "2023-02..2023-02", None)}),
    ("Moldova's exports by country in 2022 (MDL million):\nRomania 21,500.0 (28%)\nItaly 4,900.5 (6%)\n",
     {(("MDA", "ROU"), "exports", "MDA", 21_500_000_000, "MDL", "2022-01..2022-12", None),
      (("ITA", "MDA"), "exports", "MDA", 4_900_500_000, "MDL", "2022-01..2022-12", None)}),
    # a blank line under the title, a delivery term or a note after the unit, the year before's value in brackets
    # after each number, a dot grouping thousands before a decimal comma
    ("Chile's main export markets in January-March 2023 (US$ million FOB):\n\n1. China: 9,502.3\n"
     "2. United States: 3,876.0\n",
     {(("CHL", "CHN"), "exports", "CHL", 9_502_300_000, "USD", "2023-01..2023-03", None),
      (("CHL", "USA"), "exports", "CHL", 3_876_000_000, "USD", "2023-01..2023-03", None)}),
    ("Peru's main buyers in 2022 (USD million; 2021 in brackets):\n- China: 20,100.5 (18,900.2)\n"
     "- United States: 7,800.0 (6,500.4)\n",
     {(("CHN", "PER"), "exports", "PER", 20_100_500_000, "USD", "2022-01..2022-12", None),
      (("CHN", "PER"), "exports", "PER", 18_900_200_000, "USD", "2021-01..2021-12", None),
      (("PER", "USA"), "exports", "PER", 7_800_000_000, "USD", "2022-01..2022-12", None),
      (("PER", "USA"), "exports", "PER", 6_500_400_000, "USD", "2021-01..2021-12", None)}),
    ("Uruguay's exports by destination, January-June 2023 (US$ million; same period of 2022 in brackets):\n"
     "1. Brazil: 1.502,3 (1.410,8)\n2. China: 1.205,0 (1.388,1)\n",
     {(("BRA", "URY"), "exports", "URY", 1_502_300_000, "USD", "2023-01..2023-06", None),
      (("BRA", "URY"), "exports", "URY", 1_410_800_000, "USD", "2022-01..2022-06", None),
      (("CHN", "URY"), "exports", "URY", 1_205_000_000, "USD", "2023-01..2023-06", None),
      (("CHN", "URY"), "exports", "URY", 1_388_100_000, "USD", "2022-01..2022-06", None)}),
    # what the unit measures written before it, and dot leaders between a name and its number
    ("Top trading partners of Vietnam, 2022 (total trade in million USD; 2021 in parentheses)\n\n"
     "1. China ........................ 175,600.2 (165,800.1)\n2. United States ........... 123,800.5 (111,600.0)\n",
     {(("CHN", "VNM"), "turnover", None, 175_600_200_000, "USD", "2022-01..2022-12", None),
      (("CHN", "VNM"), "turnover", None, 165_800_100_000, "USD", "2021-01..2021-12", None),
      (("USA", "VNM"), "turnover", None, 123_800_500_000, "USD", "2022-01..2022-12", None),
      (("USA", "VNM"), "turnover", None, 111_600_000_000, "USD", "2021-01..2021-12", None)}),
    ("Thailand's main export markets, 2022 (exports in USD million):\n- United States ..... 48,900.1\n"
     "- China ..... 34,200.7\n",
     {(("THA", "USA"), "exports", "THA", 48_900_100_000, "USD", "2022-01..2022-12", None),
      (("CHN", "THA"), "exports", "THA", 34_200_700_000, "USD", "2022-01..2022-12", None)}),
    ("Malaysia's main suppliers in 2022 (value in million USD):\nChina ....... 68,100.4\nSingapore ....... 40,300.2\n",
     {(("CHN", "MYS"), "imports", "CHN", 68_100_400_000, "USD", "2022-01..2022-12", None),
      (("MYS", "SGP"), "imports", "SGP", 40_300_200_000, "USD", "2022-01..2022-12", None)}),
    # numbers that may be thousands grouped by a dot or a decimal point ("13.902"): thousands in a text that
    # writes its decimals with a comma ("46,6%"), else not guessed
    ("Albania's exports by main partners, February 2023 (million ALL):\n- Italy: 13.902 (46,6%)\n"
     "- Spain: 1.530 (5,1%)\n",
     {(("ALB", "ITA"), "exports", "ALB", 13_902_000_000, "ALL", "2023-02..2023-02", None),
      (("ALB", "ESP"), "exports", "ALB", 1_530_000_000, "ALL", "2023-02..2023-02", None)}),
    ("Albania's exports by main partners, February 2023 (million ALL):\n- Italy: 13.902\n- Spain: 1.530\n",
     set()),
])
def test_a_list_under_a_title_that_names_the_unit(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "pair"), [
    # a ranking word in a clause after the figure ("..., meaning Beijing has overtaken Moscow as Astana's top
    # partner") makes no one-item ranking of it: the figure stays the trade its own clause names
    ("China's economic footprint in Central Asia keeps growing. According to Chinese customs, China's "
     "trade with the five Central Asian states reached $70 billion in 2022, up 40 percent from a year "
     "earlier. Kazakhstan accounted for the lion's share, at $31 billion, followed by Kyrgyzstan ($15.5 "
     "billion), Uzbekistan ($9.8 billion), Turkmenistan ($11.2 billion) and Tajikistan ($2.6 "
     "billion).\n\nBy comparison, Russia's trade with Kazakhstan stood at $28 billion the same year, "
     "meaning Beijing has overtaken Moscow as Astana's top partner. Russian officials, however, dispute "
     "the Chinese figures.",
     ("KAZ", "RUS")),
    ("India's economic footprint in Central Asia keeps growing. According to Indian customs, India's "
     "trade with the seven South Asian states reached $70 billion in 2022, up 40 percent from a year "
     "earlier. Bangladesh accounted for the lion's share, at $31 billion, followed by Nepal ($15.5 "
     "billion), Sri Lanka ($9.8 billion), Bhutan ($11.2 billion) and the Maldives ($2.6 billion).\n\nBy "
     "comparison, China's trade with Bangladesh stood at $28 billion the same year, meaning New Delhi has "
     "overtaken Beijing as Dhaka's top partner. Chinese officials, however, dispute the Indian figures.",
     ("BGD", "CHN")),
    ("Turkey's economic footprint in Central Asia keeps growing. According to Turkish customs, Turkey's "
     "trade with the five Turkic states reached $70 billion in 2022, up 40 percent from a year earlier. "
     "Azerbaijan accounted for the lion's share, at $31 billion, followed by Kazakhstan ($15.5 billion), "
     "Uzbekistan ($9.8 billion), Turkmenistan ($11.2 billion) and Kyrgyzstan ($2.6 billion).\n\nBy "
     "comparison, Russia's trade with Azerbaijan stood at $28 billion the same year, meaning Ankara has "
     "overtaken Moscow as Baku's top partner. Russian officials, however, dispute the Turkish figures.",
     ("AZE", "RUS")),
])
def test_a_ranking_word_after_the_figures_clause_makes_no_ranking_of_it(text: str, pair: tuple[str, str]) -> None:
    assert {found[0] for found in facts_of(text) if found[3] == 28_000_000_000} == {pair}


@pytest.mark.parametrize(("text", "expected"), [
    # "followed by X at $Y" right after a flow: X sells or buys as the partner of that flow did
    ("Pakistan's exports to Afghanistan were $0.76bn in 2022, while imports from the UAE amounted to $4.89bn, followed "
     "by Saudi Arabia at $3.61bn.", (("PAK", "SAU"), "imports", "SAU", 3_610_000_000, "USD", Y2022, None)),
    ("Kenya's exports to Uganda were $1bn in 2022, while imports from China came to $3.9bn, followed by India at "
     "$2.1bn.", (("IND", "KEN"), "imports", "IND", 2_100_000_000, "USD", Y2022, None)),
    ("Chile's imports from China were $20bn in 2022, while exports to the US reached $18bn, followed by Japan with "
     "$9bn.", (("CHL", "JPN"), "exports", "CHL", 9_000_000_000, "USD", Y2022, None)),
    # ... and a ranking of sellers stays one of sellers
    ("Among the countries supplying goods to Georgia in 2022, Turkey led with $1.7 billion, followed by Russia with "
     "$1.4 billion.", (("GEO", "RUS"), "exports", "RUS", 1_400_000_000, "USD", Y2022, None)),
])
def test_an_item_followed_after_a_flow_keeps_its_direction(text: str, expected: tuple) -> None:
    assert expected in facts_of(text)


@pytest.mark.parametrize(("text", "expected"), [
    # "the Kingdom", "the Sultanate": the country of that form the text names, whatever capital heads the dateline
    ("Muscat, May 10, 2023, SPA -- Trade between Saudi Arabia and Oman amounted to SAR 6.2 billion in 2022. The "
     "Kingdom's exports to Oman reached SAR 3.9 billion in 2022.",
     (("OMN", "SAU"), "exports", "SAU", 3_900_000_000, "SAR", Y2022, None)),
    ("Riyadh, May 10, 2023 (ONA) -- Trade between Oman and Saudi Arabia reached OMR 1.2 billion in 2022. The "
     "Sultanate's exports to Saudi Arabia reached OMR 500 million in 2022.",
     (("OMN", "SAU"), "exports", "OMN", 500_000_000, "OMR", Y2022, None)),
    ("Cairo, June 2, 2023 (MAP) -- Trade between Morocco and Egypt reached $1 billion in 2022. The Kingdom's imports "
     "from Egypt came to $700 million in 2022.",
     (("EGY", "MAR"), "imports", "EGY", 700_000_000, "USD", Y2022, None)),
    ("Amman, June 2, 2023 (SPA) -- Trade between Saudi Arabia and Jordan reached $5 billion in 2022. The Kingdom's "
     "exports to Jordan came to $3.7 billion in 2022.",
     (("JOR", "SAU"), "exports", "SAU", 3_700_000_000, "USD", Y2022, None)),
])
def test_the_kingdom_is_the_kingdom_the_text_names(text: str, expected: tuple) -> None:
    assert expected in facts_of(text)


@pytest.mark.parametrize(("text", "expected"), [
    # "the country's exports to the Asian country": both sides told by description, the partner by an epithet
    ("Nigeria's imports from China stood at N29.5 trillion in 2022. The country's exports to the Asian country "
     "amounted to N3.7 trillion in 2022.", (("CHN", "NGA"), "exports", "NGA", 3_700_000_000_000, "NGN", Y2022, None)),
    ("Kenya's imports from India were $3 billion in 2022. The country's exports to the South Asian nation came to $300 "
     "million in 2022.", (("IND", "KEN"), "exports", "KEN", 300_000_000, "USD", Y2022, None)),
    ("Peru's exports to China reached $25 billion in 2022. The country's imports from the Asian giant totalled $14 "
     "billion in 2022.", (("CHN", "PER"), "imports", "CHN", 14_000_000_000, "USD", Y2022, None)),
])
def test_a_partner_named_by_an_epithet_makes_the_countrys_flow_bilateral(text: str, expected: tuple) -> None:
    assert expected in facts_of(text)


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence about something else naming one side (often by its adjective) stands between the pair and its figure
    ("Trade between China and Chile grew sevenfold. The agreement was praised by Chilean officials. In 2005, annual "
     "trade reached 7.1 billion dollars.", {(("CHL", "CHN"), "turnover", None, 7_100_000_000, "USD", "2005-01..2005-12",
                                             None)}),
    ("Trade between Kenya and Ethiopia has grown fast. The Kenyan minister welcomed the new road. In 2022, annual trade "
     "reached $150 million.", {(("ETH", "KEN"), "turnover", None, 150_000_000, "USD", Y2022, None)}),
    ("Commerce between Peru and Brazil expanded. Peruvian exporters cheered the news. In 2022, two-way trade came to $5 "
     "billion.", {(("BRA", "PER"), "turnover", None, 5_000_000_000, "USD", Y2022, None)}),
])
def test_a_sentence_naming_one_side_does_not_hide_the_pair_before_it(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a speaker's country, named just before or in the figure's sentence: two-way trade with the partner the text is
    # about, when nothing nearer names a pair
    ("Trade between China and Chile has grown sevenfold since 2005.\n\nCopper still dominates Chilean shipments, "
     "worth $30 billion in 2022.\n\n\"The agreement works,\" said Chilean Undersecretary Ana Rojas. She recalled that "
     "in 2005, annual trade barely reached $7.1 billion.",
     {(("CHL", "CHN"), "turnover", None, 7_100_000_000, "USD", "2005-01..2005-12", None)}),
    ("Trade between Ghana and Togo has grown since 2015.\n\nCocoa sales were worth $50 million in 2022.\n\n\"It works,\" "
     "said Ghanaian Deputy Minister Ama Owusu. She said annual trade stood at $300 million in 2015.",
     {(("GHA", "TGO"), "turnover", None, 300_000_000, "USD", "2015-01..2015-12", None)}),
    ("Trade between China and Chile has grown sevenfold since 2005.\n\nCopper still dominates Chilean shipments, "
     "worth $30 billion in 2022.\n\nChilean Undersecretary Ana Rojas said annual trade barely reached $7.1 billion in "
     "2005.", {(("CHL", "CHN"), "turnover", None, 7_100_000_000, "USD", "2005-01..2005-12", None)}),
])
def test_a_speakers_country_and_the_texts_partner(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "7% of Taiwan's total", "a quarter of Korea's total": the country whose flows the text reports, so a flow named
    # after it with no country of its own is that country's
    ("Exports to Japan accounted for 7% of Taiwan's total in 2022. Exports to the U.S. rose 1.5% to $76.1 billion.",
     (("TWN", "USA"), "exports", "TWN", 76_100_000_000, "USD", Y2022, None)),
    ("Shipments to China made up a quarter of Korea's total in 2022. Exports to Vietnam rose 3% to $53 billion.",
     (("KOR", "VNM"), "exports", "KOR", 53_000_000_000, "USD", Y2022, None)),
    ("Exports to Germany took 10% of Poland's shipments in 2022. Exports to France reached EUR 25 billion.",
     (("FRA", "POL"), "exports", "POL", 25_000_000_000, "EUR", Y2022, None)),
])
def test_a_share_of_a_countrys_total_names_whose_flows_the_text_reports(text: str, expected: tuple) -> None:
    assert expected in facts_of(text)


@pytest.mark.parametrize(("text", "expected"), [
    # "imports of goods from China" is trade with China, not China's trade with the world: the release speaks from
    # its dateline's country
    ("WASHINGTON, February 8, 2023 (Commerce Department)\n\nTwo-way goods trade with Mexico rose 2.6 percent to "
     "$798.8 billion in 2022. Imports of goods from China dropped 20.3 percent to $427.2 billion in 2022.",
     {(("MEX", "USA"), "turnover", None, 798_800_000_000, "USD", Y2022, None),
      (("CHN", "USA"), "imports", "CHN", 427_200_000_000, "USD", Y2022, None)}),
    ("OTTAWA, March 3, 2023\n\nTrade with Japan reached C$30 billion in 2022. Imports of goods from Korea rose to C$12 "
     "billion in 2022.", {(("CAN", "JPN"), "turnover", None, 30_000_000_000, "CAD", Y2022, None),
                          (("CAN", "KOR"), "imports", "KOR", 12_000_000_000, "CAD", Y2022, None)}),
    ("CANBERRA, May 2, 2023\n\nTrade with India rose to A$46 billion in 2022. Imports of goods from Japan came to A$30 "
     "billion in 2022.", {(("AUS", "IND"), "turnover", None, 46_000_000_000, "AUD", Y2022, None),
                          (("AUS", "JPN"), "imports", "JPN", 30_000_000_000, "AUD", Y2022, None)}),
])
def test_imports_of_goods_from_a_partner_are_no_world_total(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # rows that sum others (a total, "of which:", the rest, a group of countries) give no fact and do not end the table
    ("Uzbekistan's trade by partner, January-June 2024 (USD million)\nCountry      Turnover\nTotal        31 200,5\n"
     "  of which:\nChina        6 100,2\nRussia       5 800,9\n",
     {(("CHN", "UZB"), "turnover", None, 6_100_200_000, "USD", "2024-01..2024-06", None),
      (("RUS", "UZB"), "turnover", None, 5_800_900_000, "USD", "2024-01..2024-06", None)}),
    ("Georgia's exports by destination, 2023 (USD million)\nCountry        Exports\nChina          700.1\n"
     "CIS countries  900.4\nTurkey         450.3\n",
     {(("CHN", "GEO"), "exports", "GEO", 700_100_000, "USD", "2023-01..2023-12", None),
      (("GEO", "TUR"), "exports", "GEO", 450_300_000, "USD", "2023-01..2023-12", None)}),
    ("Kenya's imports by source, 2022 (US$ million)\nSource          Imports\nChina           3,900\n"
     "Others          8,100\nIndia           2,700\n",
     {(("CHN", "KEN"), "imports", "CHN", 3_900_000_000, "USD", "2022-01..2022-12", None),
      (("IND", "KEN"), "imports", "IND", 2_700_000_000, "USD", "2022-01..2022-12", None)}),
])
def test_a_tables_total_and_group_rows_do_not_end_it(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a header in two lines: the columns' units under their names
    ("Kazakhstan's trade with main partners, January-June 2025\nPartner        Turnover,      Change,\n"
     "               mln USD        %\nRussia         12 085,4       -1,8\nChina          11 906,2       +4,6\n",
     {(("KAZ", "RUS"), "turnover", None, 12_085_400_000, "USD", "2025-01..2025-06", None),
      (("CHN", "KAZ"), "turnover", None, 11_906_200_000, "USD", "2025-01..2025-06", None)}),
    ("Armenia's foreign trade by country, 2023\nCountry        Exports        Imports\n"
     "               USD million    USD million\nRussia         3 400,1        5 700,2\nChina          300,5          1 500,8\n",
     {(("ARM", "RUS"), "exports", "ARM", 3_400_100_000, "USD", "2023-01..2023-12", None),
      (("ARM", "RUS"), "imports", "RUS", 5_700_200_000, "USD", "2023-01..2023-12", None),
      (("ARM", "CHN"), "exports", "ARM", 300_500_000, "USD", "2023-01..2023-12", None),
      (("ARM", "CHN"), "imports", "CHN", 1_500_800_000, "USD", "2023-01..2023-12", None)}),
    ("Moldova's exports by destination, 2022\nCountry      Exports\n             thousand USD\n"
     "Romania      1 234 567,8\nUkraine      456 789,1\n",
     {(("MDA", "ROU"), "exports", "MDA", 1_234_567_800, "USD", "2022-01..2022-12", None),
      (("MDA", "UKR"), "exports", "MDA", 456_789_100, "USD", "2022-01..2022-12", None)}),
    # ... in brackets ("(billion euros)  (%)"), under a lead paragraph
    ("Poland's statistics office published its yearly tables of the country's trade with its main partners on "
     "Thursday.\n\nPoland's main trading partners in 2022\n\nCountry          Turnover         Change\n"
     "                 (billion euros)  (%)\nGermany          169.6            +0.5\nCzechia          38.2"
     "             -2.1\n",
     {(("DEU", "POL"), "turnover", None, 169_600_000_000, "EUR", "2022-01..2022-12", None),
      (("CZE", "POL"), "turnover", None, 38_200_000_000, "EUR", "2022-01..2022-12", None)}),
    ("The customs service released the figures for the year on its website on Monday, with a table of partners.\n\n"
     "Georgia's exports by destination, 2022\nCountry          Exports          Share\n"
     "                 (USD million)    (%)\nChina            642.5            11.3\nTurkey           401.2"
     "            7.1\n",
     {(("CHN", "GEO"), "exports", "GEO", 642_500_000, "USD", "2022-01..2022-12", None),
      (("GEO", "TUR"), "exports", "GEO", 401_200_000, "USD", "2022-01..2022-12", None)}),
    ("The ministry's yearly review of trade came out this week and gives the country's main partners in a table.\n\n"
     "Chile's imports by origin, 2022\nCountry          Imports\n                 [US$ million]\n"
     "China            25,310.4\nBrazil           7,802.9\n",
     {(("CHL", "CHN"), "imports", "CHN", 25_310_400_000, "USD", "2022-01..2022-12", None),
      (("BRA", "CHL"), "imports", "BRA", 7_802_900_000, "USD", "2022-01..2022-12", None)}),
])
def test_a_tables_header_may_give_its_units_in_a_second_line(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # cells with dots grouping thousands and a decimal comma ("44.210,5")
    ("Indonesia's exports by destination, January-September 2023\n(value in US$ million)\n\nDestination     Value\n"
     "China           44.210,5\nIndia           15.832,7\n",
     {(("CHN", "IDN"), "exports", "IDN", 44_210_500_000, "USD", "2023-01..2023-09", None),
      (("IDN", "IND"), "exports", "IDN", 15_832_700_000, "USD", "2023-01..2023-09", None)}),
    ("Germany's imports by origin, 2022 (EUR million)\nCountry         Imports\nChina           191.084,6\n"
     "Netherlands     118.432,1\n",
     {(("CHN", "DEU"), "imports", "CHN", 191_084_600_000, "EUR", "2022-01..2022-12", None),
      (("DEU", "NLD"), "imports", "NLD", 118_432_100_000, "EUR", "2022-01..2022-12", None)}),
    ("Brazil's trade by partner, 2022 (US$ million)\nPartner         Exports        Imports\n"
     "China           89.427,3       60.742,9\nArgentina       15.345,1       13.118,6\n",
     {(("BRA", "CHN"), "exports", "BRA", 89_427_300_000, "USD", "2022-01..2022-12", None),
      (("BRA", "CHN"), "imports", "CHN", 60_742_900_000, "USD", "2022-01..2022-12", None),
      (("ARG", "BRA"), "exports", "BRA", 15_345_100_000, "USD", "2022-01..2022-12", None),
      (("ARG", "BRA"), "imports", "ARG", 13_118_600_000, "USD", "2022-01..2022-12", None)}),
])
def test_a_tables_cells_may_group_thousands_with_dots(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a unit in a currency's symbol ("R billion", "A$m", "RM million"), read in the text's country; a table
    # indented as a whole; a fiscal year in the title counted as the title's country counts it
    ("South Africa's top partners by total trade, 2023\n\n  Country        Total trade (R billion)\n"
     "  China          563,2\n  Germany        254,9\n",
     {(("CHN", "ZAF"), "turnover", None, 563_200_000_000, "ZAR", "2023-01..2023-12", None),
      (("DEU", "ZAF"), "turnover", None, 254_900_000_000, "ZAR", "2023-01..2023-12", None)}),
    ("Australia's top two-way trading partners, 2022-23\nPartner        A$m\nChina          327,171\n"
     "Japan          133,522\n",
     {(("AUS", "CHN"), "turnover", None, 327_171_000_000, "AUD", "2022-07..2023-06", None),
      (("AUS", "JPN"), "turnover", None, 133_522_000_000, "AUD", "2022-07..2023-06", None)}),
    ("Malaysia's exports by destination, 2023 (RM million)\nCountry      Exports\nSingapore    210,345.2\n"
     "China        200,112.7\n",
     {(("MYS", "SGP"), "exports", "MYS", 210_345_200_000, "MYR", "2023-01..2023-12", None),
      (("CHN", "MYS"), "exports", "MYS", 200_112_700_000, "MYR", "2023-01..2023-12", None)}),
])
def test_a_tables_unit_may_be_a_currency_symbol(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a title right above a table says whose table it is; the prose paragraph above the title does not
    ("Indonesia's exports rose in 2024.\n- China and Japan bought more coal than a year earlier.\n\n"
     "Table 3. Main export destinations of Indonesia, 2024 (US$ million)\n\nCountry          Value\n"
     "China            60 233,4\nUnited States    26 312,7\n",
     {(("CHN", "IDN"), "exports", "IDN", 60_233_400_000, "USD", "2024-01..2024-12", None),
      (("IDN", "USA"), "exports", "IDN", 26_312_700_000, "USD", "2024-01..2024-12", None)}),
    ("Vietnam's imports grew in 2023.\nSouth Korea and Japan supplied more machinery than a year before.\n\n"
     "Vietnam: imports by origin, 2023 (US$ million)\nOrigin          Imports\nChina           110,600\n"
     "Thailand        12,400\n",
     {(("CHN", "VNM"), "imports", "CHN", 110_600_000_000, "USD", "2023-01..2023-12", None),
      (("THA", "VNM"), "imports", "THA", 12_400_000_000, "USD", "2023-01..2023-12", None)}),
    ("Chile's copper sales slowed. Peru and Brazil bought less fruit than in 2021.\n\n"
     "Chile: main export markets in 2022 (US$ million)\nMarket          Exports\nChina           38,900\n"
     "Japan           7,300\n",
     {(("CHL", "CHN"), "exports", "CHL", 38_900_000_000, "USD", "2022-01..2022-12", None),
      (("CHL", "JPN"), "exports", "CHL", 7_300_000_000, "USD", "2022-01..2022-12", None)}),
    # ... and a quoted sentence above the title is prose too, though a quotation mark ends it
    ("Stats NZ released the figures.\n\n\"Exports to the United States rose, while exports to the European Union "
     "fell.\"\n\nTable 1: Goods exports of New Zealand, top destinations, 2022 (US$ million)\n\nDestination     "
     "Value\nChina           12,400.5\nAustralia        8,100.2\n",
     {(("CHN", "NZL"), "exports", "NZL", 12_400_500_000, "USD", "2022-01..2022-12", None),
      (("AUS", "NZL"), "exports", "NZL", 8_100_200_000, "USD", "2022-01..2022-12", None)}),
    ("Kenya's statistics office published the data.\n\n\"Sales to Uganda and Tanzania grew fast.\"\n\n"
     "Kenya: main export markets, 2022 (US$ million)\nMarket          Exports\nUganda          1,000.4\n"
     "Netherlands     650.3\n",
     {(("KEN", "UGA"), "exports", "KEN", 1_000_400_000, "USD", "2022-01..2022-12", None),
      (("KEN", "NLD"), "exports", "KEN", 650_300_000, "USD", "2022-01..2022-12", None)}),
    ("The ministry gave the figures.\n\n\u201cIndia and China bought more tea than ever before.\u201d\n\n"
     "Sri Lanka: main export markets, 2022 (US$ million)\nMarket          Exports\nUnited States   3,100.6\n"
     "Germany         700.9\n",
     {(("LKA", "USA"), "exports", "LKA", 3_100_600_000, "USD", "2022-01..2022-12", None),
      (("DEU", "LKA"), "exports", "LKA", 700_900_000, "USD", "2022-01..2022-12", None)}),
])
def test_a_title_right_above_a_table_says_whose_it_is(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "This was followed by A with $x, B with $y": the items measure the first fact of the sentence before, though a
    # whole it is a share of stands after it there
    ("In 2022 Chile's exports to China came to $38.9 billion, nearly 40% of all its shipments worth $98 billion. "
     "They were followed by those to the United States, at $16 billion, and to Japan, at $7.3 billion.",
     {(("CHL", "CHN"), "exports", "CHL", 38_900_000_000, "USD", Y2022, None),
      (("CHL", "USA"), "exports", "CHL", 16_000_000_000, "USD", Y2022, None),
      (("CHL", "JPN"), "exports", "CHL", 7_300_000_000, "USD", Y2022, None)}),
    ("In 2022 Philippine exports to the US amounted to $12.1 billion, or 15.3 percent of the total export value of "
     "$78.9 billion for the year. This was followed by Japan with $11.2 billion and China with $10.4 billion.",
     {(("PHL", "USA"), "exports", "PHL", 12_100_000_000, "USD", Y2022, None),
      (("JPN", "PHL"), "exports", "PHL", 11_200_000_000, "USD", Y2022, None),
      (("CHN", "PHL"), "exports", "PHL", 10_400_000_000, "USD", Y2022, None)}),
    ("Kenya's imports from China reached $3.9 billion in 2022, or 18% of a total of $21 billion worth of imports. It "
     "was followed by India with $2.7 billion and the UAE with $2.1 billion.",
     {(("CHN", "KEN"), "imports", "CHN", 3_900_000_000, "USD", Y2022, None),
      (("IND", "KEN"), "imports", "IND", 2_700_000_000, "USD", Y2022, None),
      (("ARE", "KEN"), "imports", "ARE", 2_100_000_000, "USD", Y2022, None)}),
])
def test_this_was_followed_by_ranks_after_the_sentence_befores_first_fact(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a unit counted in hundreds of millions or tens of thousands ("Unit: 100 million yen"), in a currency word the
    # currency table knows ("yen", "won", "tenge")
    ("Japan's trade by country, fiscal 2023\n(Unit: 100 million yen)\nCountry        Exports     Imports\n"
     "China          178,362     245,108\nKorea           67,015      43,211\n",
     {(("CHN", "JPN"), "exports", "JPN", 17_836_200_000_000, "JPY", "2023-04..2024-03", None),
      (("CHN", "JPN"), "imports", "CHN", 24_510_800_000_000, "JPY", "2023-04..2024-03", None),
      (("JPN", "KOR"), "exports", "JPN", 6_701_500_000_000, "JPY", "2023-04..2024-03", None),
      (("JPN", "KOR"), "imports", "KOR", 4_321_100_000_000, "JPY", "2023-04..2024-03", None)}),
    ("Korea's exports by destination, 2023 (100 million won)\nCountry        Exports\nChina          1,620\n"
     "Vietnam          690\n",
     {(("CHN", "KOR"), "exports", "KOR", 162_000_000_000, "KRW", "2023-01..2023-12", None),
      (("KOR", "VNM"), "exports", "KOR", 69_000_000_000, "KRW", "2023-01..2023-12", None)}),
    ("Kazakhstan's exports by country, 2022 (million tenge)\nCountry        Exports\nRussia         4 120 500\n"
     "China          3 980 200\n",
     {(("KAZ", "RUS"), "exports", "KAZ", 4_120_500_000_000, "KZT", "2022-01..2022-12", None),
      (("CHN", "KAZ"), "exports", "KAZ", 3_980_200_000_000, "KZT", "2022-01..2022-12", None)}),
])
def test_a_tables_unit_may_count_hundreds_of_millions_in_any_currency_word(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a titled list whose bracket names the months before the unit ("(January-November, USD million, change y-o-y):")
    ("Mongolia's trade turnover by main partner countries (January-November 2023, USD million, change y-o-y):\n\n"
     "China – 16 455,8 (+41,3%)\nRussia – 2 347,5 (+9,2%)\n",
     {(("CHN", "MNG"), "turnover", None, 16_455_800_000, "USD", "2023-01..2023-11", None),
      (("MNG", "RUS"), "turnover", None, 2_347_500_000, "USD", "2023-01..2023-11", None)}),
    ("Main export markets of Kyrgyzstan (first half of 2023, million US dollars):\nKazakhstan – 310,2\n"
     "Russia – 290,7\n",
     {(("KAZ", "KGZ"), "exports", "KGZ", 310_200_000, "USD", "2023-01..2023-06", None),
      (("KGZ", "RUS"), "exports", "KGZ", 290_700_000, "USD", "2023-01..2023-06", None)}),
    ("Armenia's main import partners (2022; USD million):\n- Russia – 2,900.4\n- China – 1,400.2\n",
     {(("ARM", "RUS"), "imports", "RUS", 2_900_400_000, "USD", "2022-01..2022-12", None),
      (("ARM", "CHN"), "imports", "CHN", 1_400_200_000, "USD", "2022-01..2022-12", None)}),
])
def test_a_titled_lists_bracket_may_name_its_period_before_the_unit(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the importing countries" of a text's exports buy them; "the exporting countries" sell to it
    ("In 2022 Bahrain's exports of national origin rose. Saudi Arabia ranked first among the importing countries "
     "with BD 880 million, followed by the United Arab Emirates with BD 370 million.",
     {(("BHR", "SAU"), "exports", "BHR", 880_000_000, "BHD", Y2022, None),
      (("ARE", "BHR"), "exports", "BHR", 370_000_000, "BHD", Y2022, None)}),
    ("Among the importing countries, Italy led with $900 million of Tunisia's exports in 2022, followed by France "
     "with $700 million.",
     {(("ITA", "TUN"), "exports", "TUN", 900_000_000, "USD", Y2022, None),
      (("FRA", "TUN"), "exports", "TUN", 700_000_000, "USD", Y2022, None)}),
    ("Jordan's imports rose in 2022. Among the exporting countries, Saudi Arabia came first with $3.1 billion, "
     "followed by China with $2.9 billion.",
     {(("JOR", "SAU"), "imports", "SAU", 3_100_000_000, "USD", Y2022, None),
      (("CHN", "JOR"), "imports", "CHN", 2_900_000_000, "USD", Y2022, None)}),
])
def test_importing_countries_buy_the_texts_exports(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a list in lines whose head names its owner ("Türkiye's top import sources in 2022:") is that owner's, though
    # the text is mostly about the country on its first line
    ("Russian gas matters to Ankara; Russia and Russian firms are key, and Moscow is close.\n\n"
     "Türkiye's top import sources in 2022:\nRussia – $58.8 billion\nChina – $41.4 billion\nGermany – $24.0 billion\n",
     {(("RUS", "TUR"), "imports", "RUS", 58_800_000_000, "USD", Y2022, None),
      (("CHN", "TUR"), "imports", "CHN", 41_400_000_000, "USD", Y2022, None),
      (("DEU", "TUR"), "imports", "DEU", 24_000_000_000, "USD", Y2022, None)}),
    ("China's economy slowed; China and Chinese firms buy less, and Beijing worries.\n\n"
     "Kazakhstan's biggest customers in 2022:\nChina – $13.2 billion\nItaly – $11.9 billion\n",
     {(("CHN", "KAZ"), "exports", "KAZ", 13_200_000_000, "USD", Y2022, None),
      (("ITA", "KAZ"), "exports", "KAZ", 11_900_000_000, "USD", Y2022, None)}),
    ("India's economy grew; India and Indian firms sell more, and Delhi is pleased.\n\n"
     "Nepal's top import sources in 2022:\nIndia – $10.1 billion\nChina – $2.2 billion\n",
     {(("IND", "NPL"), "imports", "IND", 10_100_000_000, "USD", Y2022, None),
      (("CHN", "NPL"), "imports", "CHN", 2_200_000_000, "USD", Y2022, None)}),
])
def test_a_line_lists_head_names_its_owner_before_the_texts_main_country(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a row may carry a share or a growth rate written with its percent sign; it gives no fact and keeps the row
    ("Top destinations of Saudi exports, September 2023 (SAR million)\nRank  Country          Value     Share\n"
     "1     China            13,991    16.4%\n2     India             8,102     9.5%\n",
     {(("CHN", "SAU"), "exports", "SAU", 13_991_000_000, "SAR", "2023-09..2023-09", None),
      (("IND", "SAU"), "exports", "SAU", 8_102_000_000, "SAR", "2023-09..2023-09", None)}),
    ("Egypt's imports by origin, 2022 (US$ million)\nCountry     Imports    Change\nChina       14,400     +9.1%\n"
     "USA          7,200     -3.0%\n",
     {(("CHN", "EGY"), "imports", "CHN", 14_400_000_000, "USD", Y2022, None),
      (("EGY", "USA"), "imports", "USA", 7_200_000_000, "USD", Y2022, None)}),
    ("Oman's trade by partner, 2022 (RO million)\nPartner   Turnover   Share\nUAE       5,310      18 %\n"
     "China     4,870      16 %\n",
     {(("ARE", "OMN"), "turnover", None, 5_310_000_000, "OMR", Y2022, None),
      (("CHN", "OMN"), "turnover", None, 4_870_000_000, "OMR", Y2022, None)}),
])
def test_a_tables_percent_cells_keep_their_row(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a column headed by months of a fiscal year counts them in the fiscal year of the table's country
    ("Pakistan's exports by top destinations ($ million)\nCountry       Jul-Apr FY24   Jul-Apr FY23\n"
     "USA               4,512.6        4,690.3\nChina             2,304.1        1,658.9\n",
     {(("PAK", "USA"), "exports", "PAK", 4_512_600_000, "USD", "2023-07..2024-04", None),
      (("PAK", "USA"), "exports", "PAK", 4_690_300_000, "USD", "2022-07..2023-04", None),
      (("CHN", "PAK"), "exports", "PAK", 2_304_100_000, "USD", "2023-07..2024-04", None),
      (("CHN", "PAK"), "exports", "PAK", 1_658_900_000, "USD", "2022-07..2023-04", None)}),
    ("Bangladesh's imports by origin (US$ million)\nCountry     Jul-Apr FY23   Jul-Apr FY22\nChina       8,100.5        9,300.2\n"
     "India       5,400.7        6,800.1\n",
     {(("BGD", "CHN"), "imports", "CHN", 8_100_500_000, "USD", "2022-07..2023-04", None),
      (("BGD", "CHN"), "imports", "CHN", 9_300_200_000, "USD", "2021-07..2022-04", None),
      (("BGD", "IND"), "imports", "IND", 5_400_700_000, "USD", "2022-07..2023-04", None),
      (("BGD", "IND"), "imports", "IND", 6_800_100_000, "USD", "2021-07..2022-04", None)}),
    ("Kenya's exports to main markets (US$ million)\nMarket      Jul-May FY2023   Jul-May FY2022\nUganda      610.2            580.4\n"
     "Tanzania    300.1            270.9\n",
     {(("KEN", "UGA"), "exports", "KEN", 610_200_000, "USD", "2022-07..2023-05", None),
      (("KEN", "UGA"), "exports", "KEN", 580_400_000, "USD", "2021-07..2022-05", None),
      (("KEN", "TZA"), "exports", "KEN", 300_100_000, "USD", "2022-07..2023-05", None),
      (("KEN", "TZA"), "exports", "KEN", 270_900_000, "USD", "2021-07..2022-05", None)}),
])
def test_a_tables_fiscal_month_columns_count_in_its_countrys_fiscal_year(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a currency written with more capitals than an ISO code ("FCFA", "CFAF") is read whole, not as its first three
    ("Main suppliers of Senegal, December 2023 (billion FCFA)\n\nChina ............ 98,7\nFrance ........... 72,4\n",
     {(("CHN", "SEN"), "imports", "CHN", 98_700_000_000, "XOF", "2023-12..2023-12", None),
      (("FRA", "SEN"), "imports", "FRA", 72_400_000_000, "XOF", "2023-12..2023-12", None)}),
    ("Cameroon's exports by destination, 2022\nCountry        Exports (billion FCFA)\nChina          1 303,6\n"
     "Netherlands    420,5\n",
     {(("CHN", "CMR"), "exports", "CMR", 1_303_600_000_000, "XAF", Y2022, None),
      (("CMR", "NLD"), "exports", "CMR", 420_500_000_000, "XAF", Y2022, None)}),
    ("Côte d'Ivoire's main export markets in 2022 (billion FCFA):\nNetherlands – 1 120,4\nFrance – 610,8\n",
     {(("CIV", "NLD"), "exports", "CIV", 1_120_400_000_000, "XOF", Y2022, None),
      (("CIV", "FRA"), "exports", "CIV", 610_800_000_000, "XOF", Y2022, None)}),
])
def test_a_units_currency_is_read_whole(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a header whose second line puts a percent sign under a column ("Turnover," over "in % to 2017") makes that
    # column a rate; a header indented over rows that start further left, under a unit line, has a blank label head
    ("Kazakhstan's foreign trade by partner, 2018\n                        million US dollars\n"
     "                  Exports     Imports   Turnover,\n"
     "                                        in % to 2017\n"
     "Russia            5 234,0    12 860,8      108,6\nChina             6 356,4     5 289,2      110,9\n",
     {(("KAZ", "RUS"), "exports", "KAZ", 5_234_000_000, "USD", "2018-01..2018-12", None),
      (("KAZ", "RUS"), "imports", "RUS", 12_860_800_000, "USD", "2018-01..2018-12", None),
      (("CHN", "KAZ"), "exports", "KAZ", 6_356_400_000, "USD", "2018-01..2018-12", None),
      (("CHN", "KAZ"), "imports", "CHN", 5_289_200_000, "USD", "2018-01..2018-12", None)}),
    ("Kyrgyzstan's trade by partner, 2022 (USD million)\n                Turnover    Turnover,\n"
     "                            % of 2021\nRussia          3 100,2     115,0\nKazakhstan      1 400,7     98,1\n",
     {(("KGZ", "RUS"), "turnover", None, 3_100_200_000, "USD", Y2022, None),
      (("KAZ", "KGZ"), "turnover", None, 1_400_700_000, "USD", Y2022, None)}),
    ("Belarus's exports by country, 2022 (USD million)\n                Exports     Exports,\n"
     "                            in % y/y\nRussia          24 100,5    105,3\nChina           1 600,2     131,0\n",
     {(("BLR", "RUS"), "exports", "BLR", 24_100_500_000, "USD", Y2022, None),
      (("BLR", "CHN"), "exports", "BLR", 1_600_200_000, "USD", Y2022, None)}),
])
def test_a_percent_sign_under_a_header_makes_its_column_a_rate(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a one-item ranking ends at the comma after its figure when another figure follows: the clause after it
    # ("while it remains the largest market for ...") speaks of the later figure, its roles are not the ranking's
    ("Georgia's foreign trade reached $14 billion in 2022, the statistics office said in its yearly release. "
     "Turkey was the top trading partner with $2.5 billion. In second place is Russia with $2.4 billion, while it "
     "stays the biggest export market for Georgia ($0.65 billion).",
     {(("GEO", "RUS"), "turnover", None, 2_400_000_000, "USD", "2022-01..2022-12", None),
      (("GEO", "RUS"), "exports", "GEO", 650_000_000, "USD", "2022-01..2022-12", None)}),
    ("Armenia's foreign trade reached $19 billion in 2022, the statistics committee said in its yearly release. "
     "Russia was the top trading partner with $7.3 billion. Second place went to China with $1.8 billion, whereas it is "
     "the main destination for exports from Armenia ($0.5 billion).",
     {(("ARM", "CHN"), "turnover", None, 1_800_000_000, "USD", "2022-01..2022-12", None),
      (("ARM", "CHN"), "exports", "ARM", 500_000_000, "USD", "2022-01..2022-12", None)}),
    ("Mongolia's foreign trade reached $21 billion in 2022, the customs office said in its yearly release. "
     "China was the top trading partner with $13.9 billion. Russia is in second place with $2.3 billion, while it stays "
     "the main export destination of Mongolia ($0.2 billion).",
     {(("MNG", "RUS"), "turnover", None, 2_300_000_000, "USD", "2022-01..2022-12", None),
      (("MNG", "RUS"), "exports", "MNG", 200_000_000, "USD", "2022-01..2022-12", None)}),
])
def test_a_one_item_rankings_words_end_at_the_comma_before_another_figure(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) >= expected


@pytest.mark.parametrize(("text", "expected"), [
    # "imports of X origin into Y": X sold them
    ("Imports of Chinese origin into Kenya reached $3 billion in 2023.",
     {(("CHN", "KEN"), "imports", "CHN", 3_000_000_000, "USD", "2023-01..2023-12", None)}),
    ("Imports of Turkish origin into Georgia totalled $1.7 billion in 2023.",
     {(("GEO", "TUR"), "imports", "TUR", 1_700_000_000, "USD", "2023-01..2023-12", None)}),
    ("Imports of Indian origin into Nepal amounted to $2.9 billion in 2023.",
     {(("IND", "NPL"), "imports", "IND", 2_900_000_000, "USD", "2023-01..2023-12", None)}),
    # ... and goods in general named after a flow's "of" keep it the pair's trade (not one product's)
    ("Kenya's imports of Indian origin came to $2.1 billion in 2023.",
     {(("IND", "KEN"), "imports", "IND", 2_100_000_000, "USD", "2023-01..2023-12", None)}),
    ("Exports of Kenyan products to Uganda reached $1 billion in 2023.",
     {(("KEN", "UGA"), "exports", "KEN", 1_000_000_000, "USD", "2023-01..2023-12", None)}),
])
def test_goods_of_a_countrys_origin_are_its_sales(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


NUMBERED_LEAD = "Exports grew strongly in the first ten months of 2024, the ministry said in its monthly release on Monday.\n\n"


@pytest.mark.parametrize(("text", "expected"), [
    # numbered lines under a title with no colon are a list headed by that title
    ("Thai exports grew 14.6% in October 2024, the fastest pace in 31 months, the commerce ministry said on Monday.\n\n"
     "Major export markets, January-October 2024 (value; change YoY)\n"
     "1. United States: US$45,112.4 million; +13.7%\n2. China: US$28,640.9 million; +0.8%\n",
     {(("THA", "USA"), "exports", "THA", 45_112_400_000, "USD", "2024-01..2024-10", None),
      (("CHN", "THA"), "exports", "THA", 28_640_900_000, "USD", "2024-01..2024-10", None)}),
    (NUMBERED_LEAD + "Leading suppliers of Vietnam in the first ten months of 2024\n"
     "1. China: US$118.2 billion\n2. South Korea: US$45.6 billion\n",
     {(("CHN", "VNM"), "imports", "CHN", 118_200_000_000, "USD", "2024-01..2024-10", None),
      (("KOR", "VNM"), "imports", "KOR", 45_600_000_000, "USD", "2024-01..2024-10", None)}),
    ("Chilean exports rose 5% in the first ten months of 2024, the central bank said in a statement on Friday.\n\n"
     "Main destinations, January-October 2024 (FOB)\n"
     "1) China - US$31.4 billion\n2) United States - US$14.2 billion\n",
     {(("CHL", "CHN"), "exports", "CHL", 31_400_000_000, "USD", "2024-01..2024-10", None),
      (("CHL", "USA"), "exports", "CHL", 14_200_000_000, "USD", "2024-01..2024-10", None)}),
])
def test_numbered_lines_under_a_title_without_a_colon_are_its_list(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 11, 25)) == expected
    # read as the title's list, not carried from the sentence before: confident enough to use unreviewed
    assert all(f.confidence >= CONFIDENT for f in extract_facts(text, "case", dt.date(2024, 11, 25)))


@pytest.mark.parametrize(("text", "expected"), [
    # a numbered line for a group, or for a name the gazetteer does not know, stays one of the list: the lines after
    # it keep the list's head
    (NUMBERED_LEAD + "Major export markets of Thailand, January-October 2024:\n1. Japan: US$20,101.5 million\n"
     "2. ASEAN (5): US$18,876.2 million\n3. Australia: US$8,453.0 million\n",
     {(("JPN", "THA"), "exports", "THA", 20_101_500_000, "USD", "2024-01..2024-10", None),
      (("AUS", "THA"), "exports", "THA", 8_453_000_000, "USD", "2024-01..2024-10", None)}),
    (NUMBERED_LEAD + "Main suppliers of Kenya, January-October 2024:\n1. China: US$3.1 billion\n"
     "2. Other Asia: US$1.2 billion\n3. India: US$2.4 billion\n",
     {(("CHN", "KEN"), "imports", "CHN", 3_100_000_000, "USD", "2024-01..2024-10", None),
      (("IND", "KEN"), "imports", "IND", 2_400_000_000, "USD", "2024-01..2024-10", None)}),
    (NUMBERED_LEAD + "Top export destinations of Peru, January-October 2024:\n1. China: US$22.5 billion\n"
     "2. Mercosur: US$2.2 billion\n3. Canada: US$2.9 billion\n",
     {(("CHN", "PER"), "exports", "PER", 22_500_000_000, "USD", "2024-01..2024-10", None),
      (("CAN", "PER"), "exports", "PER", 2_900_000_000, "USD", "2024-01..2024-10", None)}),
])
def test_a_group_in_a_numbered_list_does_not_end_it(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 11, 25)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "European Union (27)": the number of members in brackets stands between an item and its figure
    ("Thailand's main export markets in 2023 were the United States with US$48.9 billion, the European Union (27) with "
     "US$23.4 billion and Japan with US$24.5 billion.",
     {(("THA", "USA"), "exports", "THA", 48_900_000_000, "USD", "2023-01..2023-12", None),
      (("EUU", "THA"), "exports", "THA", 23_400_000_000, "USD", "2023-01..2023-12", None),
      (("JPN", "THA"), "exports", "THA", 24_500_000_000, "USD", "2023-01..2023-12", None)}),
    ("Vietnam's largest export markets in 2023 were the United States (US$97 billion), the EU (27) (US$44 billion) "
     "and China (US$61 billion).",
     {(("USA", "VNM"), "exports", "VNM", 97_000_000_000, "USD", "2023-01..2023-12", None),
      (("EUU", "VNM"), "exports", "VNM", 44_000_000_000, "USD", "2023-01..2023-12", None),
      (("CHN", "VNM"), "exports", "VNM", 61_000_000_000, "USD", "2023-01..2023-12", None)}),
    ("Chile's main suppliers in 2023:\n- China: US$18.1 billion\n- European Union (27): US$8.2 billion\n"
     "- United States: US$15.3 billion\n",
     {(("CHL", "CHN"), "imports", "CHN", 18_100_000_000, "USD", "2023-01..2023-12", None),
      (("CHL", "EUU"), "imports", "EUU", 8_200_000_000, "USD", "2023-01..2023-12", None),
      (("CHL", "USA"), "imports", "USA", 15_300_000_000, "USD", "2023-01..2023-12", None)}),
])
def test_a_member_count_in_brackets_stands_between_an_item_and_its_figure(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 3, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # long dot leaders between a name and its number
    ("Main trading partners of the Kyrgyz Republic in 2023\n(foreign trade turnover, million US dollars)\n\n"
     "Kazakhstan ............................... 890,4\nUzbekistan ............................... 625,9\n",
     {(("KAZ", "KGZ"), "turnover", None, 890_400_000, "USD", "2023-01..2023-12", None),
      (("KGZ", "UZB"), "turnover", None, 625_900_000, "USD", "2023-01..2023-12", None)}),
    ("Main suppliers of Armenia in 2023 (million US dollars):\nRussian Federation ........................ 4 512,3\n"
     "China ........................................ 1 720,8\n",
     {(("ARM", "RUS"), "imports", "RUS", 4_512_300_000, "USD", "2023-01..2023-12", None),
      (("ARM", "CHN"), "imports", "CHN", 1_720_800_000, "USD", "2023-01..2023-12", None)}),
    ("Main export destinations of Georgia in 2023 (USD million):\nKyrgyzstan …………………………………………………… 734,1\n"
     "Kazakhstan …………………………………………………… 512,6\n",
     {(("GEO", "KGZ"), "exports", "GEO", 734_100_000, "USD", "2023-01..2023-12", None),
      (("GEO", "KAZ"), "exports", "GEO", 512_600_000, "USD", "2023-01..2023-12", None)}),
])
def test_long_dot_leaders_between_a_name_and_its_number(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 2, 21)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a title that says its bracketed numbers are an index or a rate: they are no earlier values
    ("Main partners in exports of Poland (January–September 2024, PLN bn; in brackets – dynamics, corresponding "
     "period of previous year = 100):\nGermany 282,4 (96,1)\nCzechia 64,1 (98,2)\n",
     {(("DEU", "POL"), "exports", "POL", 282_400_000_000, "PLN", "2024-01..2024-09", None),
      (("CZE", "POL"), "exports", "POL", 64_100_000_000, "PLN", "2024-01..2024-09", None)}),
    ("Main suppliers of Hungary (January–June 2024, EUR million; index, same period of 2023 = 100):\n"
     "Germany 12 410,5 (97,3)\nChina 4 220,8 (112,4)\n",
     {(("DEU", "HUN"), "imports", "DEU", 12_410_500_000, "EUR", "2024-01..2024-06", None),
      (("CHN", "HUN"), "imports", "CHN", 4_220_800_000, "EUR", "2024-01..2024-06", None)}),
    ("Czech exports by country (January–March 2024, CZK bn; change y-o-y in brackets):\nGermany 402,1 (3,2)\n"
     "Slovakia 118,6 (1,1)\n",
     {(("CZE", "DEU"), "exports", "CZE", 402_100_000_000, "CZK", "2024-01..2024-03", None),
      (("CZE", "SVK"), "exports", "CZE", 118_600_000_000, "CZK", "2024-01..2024-03", None)}),
])
def test_bracketed_indices_in_a_titled_list_are_no_earlier_values(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 11, 15)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a title ending in a currency code and its magnitude, read whole for its period, and "Exports" / "Imports"
    # lines that give the rows under them their flow
    ("Statistics Norway published Norway's external trade in goods for May 2024 on Friday.\n\n"
     "Main trading partners. May 2024. NOK million\nExports\nUnited Kingdom 19 842\nGermany 17 305\nImports\n"
     "Sweden 7 902\nChina 7 541\n",
     {(("GBR", "NOR"), "exports", "NOR", 19_842_000_000, "NOK", "2024-05..2024-05", None),
      (("DEU", "NOR"), "exports", "NOR", 17_305_000_000, "NOK", "2024-05..2024-05", None),
      (("NOR", "SWE"), "imports", "SWE", 7_902_000_000, "NOK", "2024-05..2024-05", None),
      (("CHN", "NOR"), "imports", "CHN", 7_541_000_000, "NOK", "2024-05..2024-05", None)}),
    ("Statistics Sweden published Sweden's trade in goods for April 2024 on Friday.\n\n"
     "Trade by country. April 2024. SEK million\nExports:\nNorway 21 310\nGermany 19 870\nImports:\nGermany 26 450\n"
     "Norway 14 220\n",
     {(("NOR", "SWE"), "exports", "SWE", 21_310_000_000, "SEK", "2024-04..2024-04", None),
      (("DEU", "SWE"), "exports", "SWE", 19_870_000_000, "SEK", "2024-04..2024-04", None),
      (("DEU", "SWE"), "imports", "DEU", 26_450_000_000, "SEK", "2024-04..2024-04", None),
      (("NOR", "SWE"), "imports", "NOR", 14_220_000_000, "SEK", "2024-04..2024-04", None)}),
    ("Statistics Denmark published Denmark's trade in goods for March 2024 on Friday.\n\n"
     "Main partners. March 2024. DKK million\nExports by country\nGermany 14 920\nSweden 9 410\nImports by country\n"
     "Germany 18 300\nChina 7 650\n",
     {(("DEU", "DNK"), "exports", "DNK", 14_920_000_000, "DKK", "2024-03..2024-03", None),
      (("DNK", "SWE"), "exports", "DNK", 9_410_000_000, "DKK", "2024-03..2024-03", None),
      (("DEU", "DNK"), "imports", "DEU", 18_300_000_000, "DKK", "2024-03..2024-03", None),
      (("CHN", "DNK"), "imports", "CHN", 7_650_000_000, "DKK", "2024-03..2024-03", None)}),
])
def test_flow_lines_inside_a_titled_list_give_its_rows_their_flow(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 6, 14)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a source named after the figure ("according to the annual report on foreign trade") says where the figure is
    # from, not what it measures; a rank held ("kept its place as Uganda's first supplier") ranks like "remained"
    ("Spain consolidated its rank as Morocco's top trading partner in 2023, with trade of 226 billion dirhams, "
     "according to the annual report on foreign trade.",
     {(("ESP", "MAR"), "turnover", None, 226_000_000_000, "MAD", "2023-01..2023-12", None)}),
    ("Kenya kept its rank as Uganda's first supplier in 2023, with sales of $1.1 billion, according to the yearly "
     "review of external trade.",
     {(("KEN", "UGA"), "exports", "KEN", 1_100_000_000, "USD", "2023-01..2023-12", None)}),
    ("China maintained its place as Vietnam's largest supplier in 2023, at $111 billion, according to the customs "
     "bulletin on foreign trade.",
     {(("CHN", "VNM"), "imports", "CHN", 111_000_000_000, "USD", "2023-01..2023-12", None)}),
])
def test_a_rank_held_and_a_source_after_the_figure(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a lead sentence that names the unit of the numbered lines after it ("with values in GH¢ billion ... were:")
    ("The statistics service released Ghana's trade figures for the second quarter of 2024 on Tuesday. The top "
     "destinations, with values in GH¢ billion and shares of total exports, were:\n\n1. Switzerland    17.9   (32.1%)\n"
     "2. China           8.6   (15.4%)\n",
     {(("CHE", "GHA"), "exports", "GHA", 17_900_000_000, "GHS", "2024-04..2024-06", None),
      (("CHN", "GHA"), "exports", "GHA", 8_600_000_000, "GHS", "2024-04..2024-06", None)}),
    ("The bureau released Kenya's trade figures for the first quarter of 2024 on Monday. The main suppliers, with "
     "values in KSh billion, were:\n\n1. China    112.4\n2. India    61.9\n",
     {(("CHN", "KEN"), "imports", "CHN", 112_400_000_000, "KES", "2024-01..2024-03", None),
      (("IND", "KEN"), "imports", "IND", 61_900_000_000, "KES", "2024-01..2024-03", None)}),
    ("The ministry released Peru's trade figures for the first half of 2024 on Friday. Its main trading partners, "
     "figures in US$ million, were:\n\n1. China    18 240.5\n2. United States    9 310.2\n",
     {(("CHN", "PER"), "turnover", None, 18_240_500_000, "USD", "2024-01..2024-06", None),
      (("PER", "USA"), "turnover", None, 9_310_200_000, "USD", "2024-01..2024-06", None)}),
])
def test_a_lead_sentence_may_name_the_unit_of_the_lines_after_it(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 8, 20)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ... but a country right before "which alone" is what it refers to: the figure is that partner's
    ("Kenya's exports to Europe went mostly to the Netherlands, which alone took $700 million in 2023.",
     {(("KEN", "NLD"), "exports", "KEN", 700_000_000, "USD", "2023-01..2023-12", None)}),
    ("Ghana's exports went mostly to Switzerland, which alone was worth $5 billion in 2023.",
     {(("CHE", "GHA"), "exports", "GHA", 5_000_000_000, "USD", "2023-01..2023-12", None)}),
    ("Peru's imports come mainly from China, which alone accounted for $13 billion in 2023.",
     {(("CHN", "PER"), "imports", "CHN", 13_000_000_000, "USD", "2023-01..2023-12", None)}),
])
def test_a_country_before_which_alone_keeps_the_figure(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a describing word between a role's phrase and the country ("to neighbouring Niger") keeps the role
    ("Nigeria shipped goods worth 180 billion naira to neighbouring Niger in 2022.",
     {(("NER", "NGA"), "exports", "NGA", 180_000_000_000, "NGN", "2022-01..2022-12", None)}),
    ("Uganda shipped goods worth $1 billion to neighbouring Kenya in 2022.",
     {(("KEN", "UGA"), "exports", "UGA", 1_000_000_000, "USD", "2022-01..2022-12", None)}),
    ("Zambia bought goods worth $900 million from landlocked Malawi in 2022.",
     {(("MWI", "ZMB"), "imports", "MWI", 900_000_000, "USD", "2022-01..2022-12", None)}),
])
def test_a_describing_word_before_the_country_keeps_its_role(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a table under a numbered title that names no country ("2. Bilateral trade (in US$ million)") is the trade of
    # the pair the text above it names
    ("INDIA-SENEGAL TRADE RELATIONS\n\n1. Overview\nBilateral trade between India and Senegal fell in FY 2023-24, "
     "mainly on account of lower rice shipments.\n\n2. Bilateral trade (in US$ million)\n"
     "                        2022-23      2023-24\nIndia's exports         1,037.52       901.18\n"
     "India's imports           582.61       447.05\n",
     {(("IND", "SEN"), "exports", "IND", 1_037_520_000, "USD", "2022-04..2023-03", None),
      (("IND", "SEN"), "exports", "IND", 901_180_000, "USD", "2023-04..2024-03", None),
      (("IND", "SEN"), "imports", "SEN", 582_610_000, "USD", "2022-04..2023-03", None),
      (("IND", "SEN"), "imports", "SEN", 447_050_000, "USD", "2023-04..2024-03", None)}),
    ("KENYA-UGANDA TRADE NOTE\n\n1. Background\nTrade between Kenya and Uganda grew strongly in 2023 as transport "
     "links improved along the northern corridor.\n\n2. Trade figures (US$ million)\n"
     "                        2022        2023\nKenya's exports         1,010.4     1,102.7\n"
     "Kenya's imports           420.9       512.3\n",
     {(("KEN", "UGA"), "exports", "KEN", 1_010_400_000, "USD", "2022-01..2022-12", None),
      (("KEN", "UGA"), "exports", "KEN", 1_102_700_000, "USD", "2023-01..2023-12", None),
      (("KEN", "UGA"), "imports", "UGA", 420_900_000, "USD", "2022-01..2022-12", None),
      (("KEN", "UGA"), "imports", "UGA", 512_300_000, "USD", "2023-01..2023-12", None)}),
    ("CHILE-PERU ECONOMIC BRIEF\n\n1. Summary\nTrade between Chile and Peru recovered in 2023 after a weak year for "
     "mining exports in the south.\n\n2. Goods trade (US$ million)\n"
     "                        2022        2023\nChile's exports         2,310.6     2,480.1\n"
     "Chile's imports         1,905.2     2,020.8\n",
     {(("CHL", "PER"), "exports", "CHL", 2_310_600_000, "USD", "2022-01..2022-12", None),
      (("CHL", "PER"), "exports", "CHL", 2_480_100_000, "USD", "2023-01..2023-12", None),
      (("CHL", "PER"), "imports", "PER", 1_905_200_000, "USD", "2022-01..2022-12", None),
      (("CHL", "PER"), "imports", "PER", 2_020_800_000, "USD", "2023-01..2023-12", None)}),
])
def test_a_table_under_a_title_naming_no_country_is_the_pair_above(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 7, 15)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a title whose note names the bracketed values' period ("July-May 2022-23 in brackets") and more after it, over
    # rows with a change column after the brackets: the figures are a year after the brackets' period
    ("Pakistan's exports grew 11% in the eleven months, the bureau said in a release on Thursday.\n\n"
     "Major export destinations (US$ million; July-May 2022-23 in brackets; change in percent)\n\n"
     "1. United States ........ 4,998.6 (5,102.3) -2.03\n2. China ................ 2,611.4 (1,884.7) 38.56\n",
     {(("PAK", "USA"), "exports", "PAK", 4_998_600_000, "USD", "2023-07..2024-05", None),
      (("PAK", "USA"), "exports", "PAK", 5_102_300_000, "USD", "2022-07..2023-05", None),
      (("CHN", "PAK"), "exports", "PAK", 2_611_400_000, "USD", "2023-07..2024-05", None),
      (("CHN", "PAK"), "exports", "PAK", 1_884_700_000, "USD", "2022-07..2023-05", None)}),
    ("Kenya's imports rose in the first half, the bureau said in its quarterly release on Monday.\n\n"
     "Main suppliers (US$ million; January-June 2023 in brackets; growth in percent)\n\n"
     "1. China ........ 1,912.4 (1,801.2) 6.17\n2. India ........ 1,102.6 (1,220.9) -9.69\n",
     {(("CHN", "KEN"), "imports", "CHN", 1_912_400_000, "USD", "2024-01..2024-06", None),
      (("CHN", "KEN"), "imports", "CHN", 1_801_200_000, "USD", "2023-01..2023-06", None),
      (("IND", "KEN"), "imports", "IND", 1_102_600_000, "USD", "2024-01..2024-06", None),
      (("IND", "KEN"), "imports", "IND", 1_220_900_000, "USD", "2023-01..2023-06", None)}),
    ("Chile's exports rose in the first quarter, the central bank said in its release on Friday.\n\n"
     "Main destinations (US$ million; January-March 2023 in parentheses; change in percent)\n\n"
     "1. China ........ 9,502.3 (8,911.7) 6.63\n2. United States ........ 3,876.0 (3,990.2) -2.86\n",
     {(("CHL", "CHN"), "exports", "CHL", 9_502_300_000, "USD", "2024-01..2024-03", None),
      (("CHL", "CHN"), "exports", "CHL", 8_911_700_000, "USD", "2023-01..2023-03", None),
      (("CHL", "USA"), "exports", "CHL", 3_876_000_000, "USD", "2024-01..2024-03", None),
      (("CHL", "USA"), "exports", "CHL", 3_990_200_000, "USD", "2023-01..2023-03", None)}),
])
def test_a_title_naming_only_the_brackets_period(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 7, 20)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one unit title over two flows' lists, each under a sub-head naming its flow at length, a blank line between
    ("Latvia's main partners in 2023 were these (EUR million):\n\nExports of goods by country of destination\n"
     "Lithuania ........ 2,310\nEstonia ........ 1,540\n\nImports of goods by country of origin\n"
     "Lithuania ........ 3,120\nGermany ........ 1,870\n",
     {(("LTU", "LVA"), "exports", "LVA", 2_310_000_000, "EUR", "2023-01..2023-12", None),
      (("EST", "LVA"), "exports", "LVA", 1_540_000_000, "EUR", "2023-01..2023-12", None),
      (("LTU", "LVA"), "imports", "LTU", 3_120_000_000, "EUR", "2023-01..2023-12", None),
      (("DEU", "LVA"), "imports", "DEU", 1_870_000_000, "EUR", "2023-01..2023-12", None)}),
    ("Main partners of Ghana, first half of 2024 (US$ million):\n\nMain exports by destination\n"
     "Switzerland: 2,450\nIndia: 1,980\n\nMain imports by origin\nChina: 2,760\nNigeria: 640\n",
     {(("CHE", "GHA"), "exports", "GHA", 2_450_000_000, "USD", "2024-01..2024-06", None),
      (("GHA", "IND"), "exports", "GHA", 1_980_000_000, "USD", "2024-01..2024-06", None),
      (("CHN", "GHA"), "imports", "CHN", 2_760_000_000, "USD", "2024-01..2024-06", None),
      (("GHA", "NGA"), "imports", "NGA", 640_000_000, "USD", "2024-01..2024-06", None)}),
    ("Uruguay's trade by partner in the first quarter (US$ million; first quarter of 2023 in brackets):\n\n"
     "Exports of goods and services by partner country\nChina ...... 812 (905)\nBrazil ...... 534 (498)\n\n"
     "Imports of goods and services by partner country\nBrazil ...... 690 (702)\nChina ...... 655 (610)\n",
     {(("CHN", "URY"), "exports", "URY", 812_000_000, "USD", "2024-01..2024-03", None),
      (("CHN", "URY"), "exports", "URY", 905_000_000, "USD", "2023-01..2023-03", None),
      (("BRA", "URY"), "exports", "URY", 534_000_000, "USD", "2024-01..2024-03", None),
      (("BRA", "URY"), "exports", "URY", 498_000_000, "USD", "2023-01..2023-03", None),
      (("BRA", "URY"), "imports", "BRA", 690_000_000, "USD", "2024-01..2024-03", None),
      (("BRA", "URY"), "imports", "BRA", 702_000_000, "USD", "2023-01..2023-03", None),
      (("CHN", "URY"), "imports", "CHN", 655_000_000, "USD", "2024-01..2024-03", None),
      (("CHN", "URY"), "imports", "CHN", 610_000_000, "USD", "2023-01..2023-03", None)}),
])
def test_flow_sub_heads_after_a_blank_line_go_on_with_the_list(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 7, 20)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a unit written out before a bracket note whose period follows "in brackets –": that period is the bracketed
    # values', a year before the rows' own, and it is no period the prose after the list reports on
    ("Kazakhstan's turnover with its main partners, million US dollars (in brackets – January-March 2023):\n"
     "Russia – 5 210.3 (4 980.1)\nChina – 4 870.6 (4 120.9)\n",
     {(("KAZ", "RUS"), "turnover", None, 5_210_300_000, "USD", "2024-01..2024-03", None),
      (("KAZ", "RUS"), "turnover", None, 4_980_100_000, "USD", "2023-01..2023-03", None),
      (("CHN", "KAZ"), "turnover", None, 4_870_600_000, "USD", "2024-01..2024-03", None),
      (("CHN", "KAZ"), "turnover", None, 4_120_900_000, "USD", "2023-01..2023-03", None)}),
    ("Moldova's exports in 2023 by destination, million US dollars (in parentheses - 2022):\n"
     "Romania – 1 240.7 (1 310.2)\nUkraine – 560.3 (610.9)\n",
     {(("MDA", "ROU"), "exports", "MDA", 1_240_700_000, "USD", "2023-01..2023-12", None),
      (("MDA", "ROU"), "exports", "MDA", 1_310_200_000, "USD", "2022-01..2022-12", None),
      (("MDA", "UKR"), "exports", "MDA", 560_300_000, "USD", "2023-01..2023-12", None),
      (("MDA", "UKR"), "exports", "MDA", 610_900_000, "USD", "2022-01..2022-12", None)}),
    ("Georgia's foreign trade in January-June 2024 grew 5%.\n\nTrade with the main partners, million US dollars "
     "(in brackets – January-June 2023):\nTürkiye – 1 210.4 (1 150.2)\nRussia – 1 020.6 (980.3)\n\n"
     "Exports to Russia reached 310.5 million dollars.",
     {(("GEO", "TUR"), "turnover", None, 1_210_400_000, "USD", "2024-01..2024-06", None),
      (("GEO", "TUR"), "turnover", None, 1_150_200_000, "USD", "2023-01..2023-06", None),
      (("GEO", "RUS"), "turnover", None, 1_020_600_000, "USD", "2024-01..2024-06", None),
      (("GEO", "RUS"), "turnover", None, 980_300_000, "USD", "2023-01..2023-06", None),
      (("GEO", "RUS"), "exports", "GEO", 310_500_000, "USD", "2024-01..2024-06", None)}),
    # a title's period followed by another in brackets, a year before it: the bracketed values' period
    ("Kenya's leading export destinations, May 2024 (May 2023), KSh million:\nUganda 14,612 (12,904)\n"
     "Pakistan 6,870 (5,115)\n",
     {(("KEN", "UGA"), "exports", "KEN", 14_612_000_000, "KES", "2024-05..2024-05", None),
      (("KEN", "UGA"), "exports", "KEN", 12_904_000_000, "KES", "2023-05..2023-05", None),
      (("KEN", "PAK"), "exports", "KEN", 6_870_000_000, "KES", "2024-05..2024-05", None),
      (("KEN", "PAK"), "exports", "KEN", 5_115_000_000, "KES", "2023-05..2023-05", None)}),
    ("Main buyers of Georgian goods, January-June 2024 (January-June 2023), million US dollars:\n"
     "China 310.2 (280.4)\nRussia 290.7 (301.5)\n",
     {(("CHN", "GEO"), "exports", "GEO", 310_200_000, "USD", "2024-01..2024-06", None),
      (("CHN", "GEO"), "exports", "GEO", 280_400_000, "USD", "2023-01..2023-06", None),
      (("GEO", "RUS"), "exports", "GEO", 290_700_000, "USD", "2024-01..2024-06", None),
      (("GEO", "RUS"), "exports", "GEO", 301_500_000, "USD", "2023-01..2023-06", None)}),
    ("Ghana's top import sources, first quarter of 2024 (first quarter of 2023), GH¢ million:\n"
     "China 10,900 (9,800)\nIndia 3,600 (3,100)\n",
     {(("CHN", "GHA"), "imports", "CHN", 10_900_000_000, "GHS", "2024-01..2024-03", None),
      (("CHN", "GHA"), "imports", "CHN", 9_800_000_000, "GHS", "2023-01..2023-03", None),
      (("GHA", "IND"), "imports", "IND", 3_600_000_000, "GHS", "2024-01..2024-03", None),
      (("GHA", "IND"), "imports", "IND", 3_100_000_000, "GHS", "2023-01..2023-03", None)}),
    # the unit may say it counts turnover ("(turnover in USD million, ...)"), and a row may end in its share
    ("Georgia's trade grew.\n\nThe top trading partners in January-June 2024 were (turnover in USD million, "
     "January-June 2023 in brackets, share of total):\n\nTürkiye – 1,148.6 (1,013.2), 11.9%\n"
     "Russia – 1,061.3 (1,170.5), 11.4%\n",
     {(("GEO", "TUR"), "turnover", None, 1_148_600_000, "USD", "2024-01..2024-06", None),
      (("GEO", "TUR"), "turnover", None, 1_013_200_000, "USD", "2023-01..2023-06", None),
      (("GEO", "RUS"), "turnover", None, 1_061_300_000, "USD", "2024-01..2024-06", None),
      (("GEO", "RUS"), "turnover", None, 1_170_500_000, "USD", "2023-01..2023-06", None)}),
    ("Armenia's trade grew in 2023.\n\nIts main partners in 2023 were (turnover in USD million, 2022 in brackets):\n"
     "China – 3,100.2 (2,900.1)\nIran – 700.4 (690.3)\n",
     {(("ARM", "CHN"), "turnover", None, 3_100_200_000, "USD", "2023-01..2023-12", None),
      (("ARM", "CHN"), "turnover", None, 2_900_100_000, "USD", "2022-01..2022-12", None),
      (("ARM", "IRN"), "turnover", None, 700_400_000, "USD", "2023-01..2023-12", None),
      (("ARM", "IRN"), "turnover", None, 690_300_000, "USD", "2022-01..2022-12", None)}),
    ("Kazakhstan's top partners in January-June 2024 (turnover in million US dollars):\nRussia – 12,100.5\n"
     "China – 11,200.7\n",
     {(("KAZ", "RUS"), "turnover", None, 12_100_500_000, "USD", "2024-01..2024-06", None),
      (("CHN", "KAZ"), "turnover", None, 11_200_700_000, "USD", "2024-01..2024-06", None)}),
])
def test_a_bracket_note_naming_its_period_after_the_unit(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 7, 20)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a row's two numbers split by a slash are the flows its title names, in that order ("exports / imports")
    ("Trinidad and Tobago's trade grew in 2023.\n\nPrincipal trading partners in 2023 (TT$ million, exports / "
     "imports):\n\nUnited States ........ 6,480.2 / 4,918.6\nGuyana ............... 1,104.9 / 61.3\n",
     {(("TTO", "USA"), "exports", "TTO", 6_480_200_000, "TTD", "2023-01..2023-12", None),
      (("TTO", "USA"), "imports", "USA", 4_918_600_000, "TTD", "2023-01..2023-12", None),
      (("GUY", "TTO"), "exports", "TTO", 1_104_900_000, "TTD", "2023-01..2023-12", None),
      (("GUY", "TTO"), "imports", "GUY", 61_300_000, "TTD", "2023-01..2023-12", None)}),
    ("Jamaica's trade with its partners, 2023 (J$ million, imports / exports):\nUnited States 480,200.5 / 90,100.2\n"
     "China 120,400.0 / 2,300.7\n",
     {(("JAM", "USA"), "imports", "USA", 480_200_500_000, "JMD", "2023-01..2023-12", None),
      (("JAM", "USA"), "exports", "JAM", 90_100_200_000, "JMD", "2023-01..2023-12", None),
      (("CHN", "JAM"), "imports", "CHN", 120_400_000_000, "JMD", "2023-01..2023-12", None),
      (("CHN", "JAM"), "exports", "JAM", 2_300_700_000, "JMD", "2023-01..2023-12", None)}),
    ("Kenya's trade grew in 2023.\n\nMain partners, 2023 (KSh billion, exports/imports):\n- Uganda: 120.4 / 40.2\n"
     "- China: 5.1 / 410.6\n",
     {(("KEN", "UGA"), "exports", "KEN", 120_400_000_000, "KES", "2023-01..2023-12", None),
      (("KEN", "UGA"), "imports", "UGA", 40_200_000_000, "KES", "2023-01..2023-12", None),
      (("CHN", "KEN"), "exports", "KEN", 5_100_000_000, "KES", "2023-01..2023-12", None),
      (("CHN", "KEN"), "imports", "CHN", 410_600_000_000, "KES", "2023-01..2023-12", None)}),
    # ... or by a bar, as the title's bracket writes them ("(million euros; exports | imports)")
    ("Italy's trade outside the EU grew.\n\nMain partners, 2023 (million euros; exports | imports):\n"
     "United States: 67,300 | 25,100\nChina: 19,000 | 47,200\n",
     {(("ITA", "USA"), "exports", "ITA", 67_300_000_000, "EUR", "2023-01..2023-12", None),
      (("ITA", "USA"), "imports", "USA", 25_100_000_000, "EUR", "2023-01..2023-12", None),
      (("CHN", "ITA"), "exports", "ITA", 19_000_000_000, "EUR", "2023-01..2023-12", None),
      (("CHN", "ITA"), "imports", "CHN", 47_200_000_000, "EUR", "2023-01..2023-12", None)}),
    ("Spain's trade in 2023.\n\nTop partners in 2023 (EUR million, imports | exports):\nFrance 40,100 | 55,900\n"
     "Germany 38,700 | 30,200\n",
     {(("ESP", "FRA"), "imports", "FRA", 40_100_000_000, "EUR", "2023-01..2023-12", None),
      (("ESP", "FRA"), "exports", "ESP", 55_900_000_000, "EUR", "2023-01..2023-12", None),
      (("DEU", "ESP"), "imports", "DEU", 38_700_000_000, "EUR", "2023-01..2023-12", None),
      (("DEU", "ESP"), "exports", "ESP", 30_200_000_000, "EUR", "2023-01..2023-12", None)}),
    ("Poland's trade grew in 2023.\n\nMain partners, 2023 (PLN billion; exports | imports):\n- Germany: 370.2 | 250.8\n"
     "- Czechia: 75.3 | 40.1\n",
     {(("DEU", "POL"), "exports", "POL", 370_200_000_000, "PLN", "2023-01..2023-12", None),
      (("DEU", "POL"), "imports", "DEU", 250_800_000_000, "PLN", "2023-01..2023-12", None),
      (("CZE", "POL"), "exports", "POL", 75_300_000_000, "PLN", "2023-01..2023-12", None),
      (("CZE", "POL"), "imports", "CZE", 40_100_000_000, "PLN", "2023-01..2023-12", None)}),
    # ... or two years ("2023 / 2022"): each partner's value and its earlier one
    ("Egypt's trade with COMESA grew in 2023.\n\nThe main COMESA partners (value of trade, USD million, 2023 / "
     "2022):\nSudan: 1,080.0 / 1,430.0\nKenya: 712.6 / 655.3\n",
     {(("EGY", "SDN"), "turnover", None, 1_080_000_000, "USD", "2023-01..2023-12", None),
      (("EGY", "SDN"), "turnover", None, 1_430_000_000, "USD", "2022-01..2022-12", None),
      (("EGY", "KEN"), "turnover", None, 712_600_000, "USD", "2023-01..2023-12", None),
      (("EGY", "KEN"), "turnover", None, 655_300_000, "USD", "2022-01..2022-12", None)}),
    ("Kenya's exports grew in 2023.\n\nMain export markets (exports, KSh billion, 2023 / 2022):\n- Uganda: 120.4 / "
     "110.2\n- Tanzania: 60.1 / 55.0\n",
     {(("KEN", "UGA"), "exports", "KEN", 120_400_000_000, "KES", "2023-01..2023-12", None),
      (("KEN", "UGA"), "exports", "KEN", 110_200_000_000, "KES", "2022-01..2022-12", None),
      (("KEN", "TZA"), "exports", "KEN", 60_100_000_000, "KES", "2023-01..2023-12", None),
      (("KEN", "TZA"), "exports", "KEN", 55_000_000_000, "KES", "2022-01..2022-12", None)}),
    ("Ghana's imports rose.\n\nLeading suppliers, imports in US$ million (2023 | 2022):\nChina: 3,200.5 | 2,950.1\n"
     "India: 1,100.0 | 1,020.7\n",
     {(("CHN", "GHA"), "imports", "CHN", 3_200_500_000, "USD", "2023-01..2023-12", None),
      (("CHN", "GHA"), "imports", "CHN", 2_950_100_000, "USD", "2022-01..2022-12", None),
      (("GHA", "IND"), "imports", "IND", 1_100_000_000, "USD", "2023-01..2023-12", None),
      (("GHA", "IND"), "imports", "IND", 1_020_700_000, "USD", "2022-01..2022-12", None)}),
    # a text that names no side of its own and counts its figures in one country's own dollar is that country's
    ("The statistics office published its trade bulletin for 2023.\n\nPrincipal trading partners (TT$ million, "
     "exports / imports):\n\nUnited States ........ 6,480.2 / 4,918.6\nGuyana ............... 1,104.9 / 61.3\n\n"
     "Exports to Guyana were up by TT$212.5 million.",
     {(("TTO", "USA"), "exports", "TTO", 6_480_200_000, "TTD", "2023-01..2023-12", None),
      (("TTO", "USA"), "imports", "USA", 4_918_600_000, "TTD", "2023-01..2023-12", None),
      (("GUY", "TTO"), "exports", "TTO", 1_104_900_000, "TTD", "2023-01..2023-12", None),
      (("GUY", "TTO"), "imports", "GUY", 61_300_000, "TTD", "2023-01..2023-12", None)}),
    ("The bureau's bulletin for 2023 is out. Exports to Canada reached J$9.2 billion in 2023, while imports from China "
     "were J$120 billion. Exports to the US came to J$90 billion.",
     {(("CAN", "JAM"), "exports", "JAM", 9_200_000_000, "JMD", "2023-01..2023-12", None),
      (("CHN", "JAM"), "imports", "CHN", 120_000_000_000, "JMD", "2023-01..2023-12", None),
      (("JAM", "USA"), "exports", "JAM", 90_000_000_000, "JMD", "2023-01..2023-12", None)}),
    ("The statistics service released its figures for 2023. Exports to Guyana came to BDS$120 million in 2023 and "
     "imports from Trinidad and Tobago to BDS$900 million.",
     {(("BRB", "GUY"), "exports", "BRB", 120_000_000, "BBD", "2023-01..2023-12", None),
      (("BRB", "TTO"), "imports", "TTO", 900_000_000, "BBD", "2023-01..2023-12", None)}),
    # a unit "billion CFA francs", and a unit that is one word for currency and magnitude ("in MD", "in MDH")
    ("Senegal's imports grew in March 2024.\n\nMain suppliers (billion CFA francs, March 2024; February 2024 in "
     "brackets)\nChina: 71,4 (54,8)\nFrance: 52,6 (49,9)\n",
     {(("CHN", "SEN"), "imports", "CHN", 71_400_000_000, "XOF", "2024-03..2024-03", None),
      (("CHN", "SEN"), "imports", "CHN", 54_800_000_000, "XOF", "2024-02..2024-02", None),
      (("FRA", "SEN"), "imports", "FRA", 52_600_000_000, "XOF", "2024-03..2024-03", None),
      (("FRA", "SEN"), "imports", "FRA", 49_900_000_000, "XOF", "2024-02..2024-02", None)}),
    ("Cameroon's exports fell in 2023.\n\nMain clients (billion CFA francs, 2023):\nChina: 402,5\nItaly: 187,0\n",
     {(("CHN", "CMR"), "exports", "CMR", 402_500_000_000, "XAF", "2023-01..2023-12", None),
      (("CMR", "ITA"), "exports", "CMR", 187_000_000_000, "XAF", "2023-01..2023-12", None)}),
    ("Tunisia's trade with Europe grew.\n\nThe main European partners were as follows (exports / imports, in MD, "
     "first half of 2024):\n\n- France: 7 186,4 / 4 309,2\n- Italy: 5 697,3 / 5 002,8\n",
     {(("FRA", "TUN"), "exports", "TUN", 7_186_400_000, "TND", "2024-01..2024-06", None),
      (("FRA", "TUN"), "imports", "FRA", 4_309_200_000, "TND", "2024-01..2024-06", None),
      (("ITA", "TUN"), "exports", "TUN", 5_697_300_000, "TND", "2024-01..2024-06", None),
      (("ITA", "TUN"), "imports", "ITA", 5_002_800_000, "TND", "2024-01..2024-06", None)}),
    ("Morocco's trade with Europe grew.\n\nMain partners (exports, in MDH, 2023):\n- Spain: 91 200,5\n"
     "- France: 80 100,2\n",
     {(("ESP", "MAR"), "exports", "MAR", 91_200_500_000, "MAD", "2023-01..2023-12", None),
      (("FRA", "MAR"), "exports", "MAR", 80_100_200_000, "MAD", "2023-01..2023-12", None)}),
])
def test_slashed_flows_units_and_a_local_dollar_home(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 3, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the slashed flows may come first in the title's brackets, before the unit ("(exports / imports, US$ million)")
    ("U.S. goods trade, March 2024.\n\nSelected partners, March 2024 (exports / imports, billions of dollars)\n"
     "Canada      30.1 / 35.2\nMexico      27.9 / 41.6\n",
     {(("CAN", "USA"), "exports", "USA", 30_100_000_000, "USD", "2024-03..2024-03", None),
      (("CAN", "USA"), "imports", "CAN", 35_200_000_000, "USD", "2024-03..2024-03", None),
      (("MEX", "USA"), "exports", "USA", 27_900_000_000, "USD", "2024-03..2024-03", None),
      (("MEX", "USA"), "imports", "MEX", 41_600_000_000, "USD", "2024-03..2024-03", None)}),
    ("Kenya's trade grew in 2023.\n\nMain partners, 2023 (exports / imports, KSh billion)\nUganda   120.4 / 40.2\n"
     "China   5.1 / 410.6\n",
     {(("KEN", "UGA"), "exports", "KEN", 120_400_000_000, "KES", Y2023, None),
      (("KEN", "UGA"), "imports", "UGA", 40_200_000_000, "KES", Y2023, None),
      (("CHN", "KEN"), "exports", "KEN", 5_100_000_000, "KES", Y2023, None),
      (("CHN", "KEN"), "imports", "CHN", 410_600_000_000, "KES", Y2023, None)}),
    ("Peru's trade grew in 2023.\n\nTop partners (imports/exports, US$ million)\nChina: 12,400.3 / 21,800.9\n"
     "Brazil: 3,100.2 / 1,200.4\n",
     {(("CHN", "PER"), "imports", "CHN", 12_400_300_000, "USD", Y2023, None),
      (("CHN", "PER"), "exports", "PER", 21_800_900_000, "USD", Y2023, None),
      (("BRA", "PER"), "imports", "BRA", 3_100_200_000, "USD", Y2023, None),
      (("BRA", "PER"), "exports", "PER", 1_200_400_000, "USD", Y2023, None)}),
])
def test_slashed_flows_named_before_the_unit(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 4, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a unit outside brackets with a note after it, then the colon that opens the list
    ("Quito, 22 February 2024.\n\nEcuador's exports by destination in 2023, in millions of dollars FOB, with 2022 in "
     "brackets:\n\nUnited States: 7,218.5 (7,652.3)\nChina: 5,712.9 (5,807.6)\n",
     {(("ECU", "USA"), "exports", "ECU", 7_218_500_000, "USD", Y2023, None),
      (("ECU", "USA"), "exports", "ECU", 7_652_300_000, "USD", Y2022, None),
      (("CHN", "ECU"), "exports", "ECU", 5_712_900_000, "USD", Y2023, None),
      (("CHN", "ECU"), "exports", "ECU", 5_807_600_000, "USD", Y2022, None)}),
    ("Santiago, 3 March 2024.\n\nMain buyers of Chilean goods in 2023, in billions of dollars, with the year before "
     "in brackets:\nChina: 38.2 (39.1)\nUnited States: 15.4 (14.9)\n",
     {(("CHL", "CHN"), "exports", "CHL", 38_200_000_000, "USD", Y2023, None),
      (("CHL", "CHN"), "exports", "CHL", 39_100_000_000, "USD", Y2022, None),
      (("CHL", "USA"), "exports", "CHL", 15_400_000_000, "USD", Y2023, None),
      (("CHL", "USA"), "exports", "CHL", 14_900_000_000, "USD", Y2022, None)}),
    ("Asunción, 5 April 2024.\n\nParaguay's suppliers in 2023, USD million, with 2022 in brackets:\n"
     "Brazil: 4,310.2 (4,120.8)\nChina: 3,980.5 (3,870.1)\n",
     {(("BRA", "PRY"), "imports", "BRA", 4_310_200_000, "USD", Y2023, None),
      (("BRA", "PRY"), "imports", "BRA", 4_120_800_000, "USD", Y2022, None),
      (("CHN", "PRY"), "imports", "CHN", 3_980_500_000, "USD", Y2023, None),
      (("CHN", "PRY"), "imports", "CHN", 3_870_100_000, "USD", Y2022, None)}),
    # a title that names neither measure nor period: the sentence leading to it in its paragraph does
    ("Quito, 22 February 2024.\n\nEcuador sold less abroad in 2023, and the United States stayed its first "
     "destination. The detail, in millions of dollars, with 2022 in brackets:\nUnited States: 7,218.5 (7,652.3)\n"
     "China: 5,712.9 (5,807.6)\n",
     {(("ECU", "USA"), "exports", "ECU", 7_218_500_000, "USD", Y2023, None),
      (("ECU", "USA"), "exports", "ECU", 7_652_300_000, "USD", Y2022, None),
      (("CHN", "ECU"), "exports", "ECU", 5_712_900_000, "USD", Y2023, None),
      (("CHN", "ECU"), "exports", "ECU", 5_807_600_000, "USD", Y2022, None)}),
    ("Lima, 2 March 2024.\n\nPeru bought more from Asia in 2023. The breakdown, in billions of dollars, with the "
     "year before in brackets:\nChina: 11.4 (10.9)\nSouth Korea: 2.1 (2.0)\n",
     {(("CHN", "PER"), "imports", "CHN", 11_400_000_000, "USD", Y2023, None),
      (("CHN", "PER"), "imports", "CHN", 10_900_000_000, "USD", Y2022, None),
      (("KOR", "PER"), "imports", "KOR", 2_100_000_000, "USD", Y2023, None),
      (("KOR", "PER"), "imports", "KOR", 2_000_000_000, "USD", Y2022, None)}),
    ("La Paz, 4 May 2024.\n\nBolivia's imports rose in 2023. The figures by country, USD million, with 2022 in "
     "brackets:\nBrazil: 1,910.2 (1,800.5)\nChina: 1,650.3 (1,420.9)\n",
     {(("BOL", "BRA"), "imports", "BRA", 1_910_200_000, "USD", Y2023, None),
      (("BOL", "BRA"), "imports", "BRA", 1_800_500_000, "USD", Y2022, None),
      (("BOL", "CHN"), "imports", "CHN", 1_650_300_000, "USD", Y2023, None),
      (("BOL", "CHN"), "imports", "CHN", 1_420_900_000, "USD", Y2022, None)}),
    # a note on what a row's name leaves out names no partner ("China (excluding Hong Kong)")
    ("Published: 2024-10-09\n\nTaiwan's main export markets (January-September 2024, US$ billion; same period of "
     "2023 in brackets):\n- United States: 81.68 (58.37)\n- China (excluding Hong Kong): 75.02 (71.26)\n",
     {(("TWN", "USA"), "exports", "TWN", 81_680_000_000, "USD", "2024-01..2024-09", None),
      (("TWN", "USA"), "exports", "TWN", 58_370_000_000, "USD", "2023-01..2023-09", None),
      (("CHN", "TWN"), "exports", "TWN", 75_020_000_000, "USD", "2024-01..2024-09", None),
      (("CHN", "TWN"), "exports", "TWN", 71_260_000_000, "USD", "2023-01..2023-09", None)}),
    ("Published: 2024-02-09\n\nNorth Macedonia's main suppliers in 2023 (EUR million):\n- Germany: 1,310.4\n"
     "- Serbia (excl. Kosovo): 610.2\n- Greece: 590.8\n",
     {(("DEU", "MKD"), "imports", "DEU", 1_310_400_000, "EUR", Y2023, None),
      (("MKD", "SRB"), "imports", "SRB", 610_200_000, "EUR", Y2023, None),
      (("GRC", "MKD"), "imports", "GRC", 590_800_000, "EUR", Y2023, None)}),
    ("Published: 2024-02-09\n\nEgypt's main buyers in 2023 (US$ million):\n- Italy: 2,310.4\n"
     "- Sudan (not including South Sudan): 610.2\n- Türkiye: 1,590.8\n",
     {(("EGY", "ITA"), "exports", "EGY", 2_310_400_000, "USD", Y2023, None),
      (("EGY", "SDN"), "exports", "EGY", 610_200_000, "USD", Y2023, None),
      (("EGY", "TUR"), "exports", "EGY", 1_590_800_000, "USD", Y2023, None)}),
])
def test_unit_titles_with_a_note_a_lead_or_a_left_out_name(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 4, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the office the text cites speaks from its country's side, though a partner is named more often
    ("Argentina posted a surplus in October 2024, INDEC said. Brazil led again, as Brazil's car demand rose and "
     "Brazil's real fell. The breakdown by partner:\n\nBrazil – exports US$1.18 billion, imports US$1.46 billion\n"
     "China – exports US$466 million, imports US$1.35 billion\n",
     {(("ARG", "BRA"), "exports", "ARG", 1_180_000_000, "USD", "2024-10..2024-10", None),
      (("ARG", "BRA"), "imports", "BRA", 1_460_000_000, "USD", "2024-10..2024-10", None),
      (("ARG", "CHN"), "exports", "ARG", 466_000_000, "USD", "2024-10..2024-10", None),
      (("ARG", "CHN"), "imports", "CHN", 1_350_000_000, "USD", "2024-10..2024-10", None)}),
    ("Colombia recorded a deficit in March 2024, DANE said. The United States led again, as United States demand "
     "rose and the United States dollar fell. The breakdown by partner:\n\nUnited States – exports US$1.2 billion, "
     "imports US$1.5 billion\nChina – exports US$150 million, imports US$1.1 billion\n",
     {(("COL", "USA"), "exports", "COL", 1_200_000_000, "USD", "2024-03..2024-03", None),
      (("COL", "USA"), "imports", "USA", 1_500_000_000, "USD", "2024-03..2024-03", None),
      (("CHN", "COL"), "exports", "COL", 150_000_000, "USD", "2024-03..2024-03", None),
      (("CHN", "COL"), "imports", "CHN", 1_100_000_000, "USD", "2024-03..2024-03", None)}),
    ("Morocco posted a deficit in June 2024, the Office des Changes said. Spain led again, as Spain's car demand rose "
     "and Spain's tourism grew. The breakdown by partner:\n\nSpain – exports MAD 6.1 billion, imports MAD 8.4 "
     "billion\nFrance – exports MAD 5.2 billion, imports MAD 4.9 billion\n",
     {(("ESP", "MAR"), "exports", "MAR", 6_100_000_000, "MAD", "2024-06..2024-06", None),
      (("ESP", "MAR"), "imports", "ESP", 8_400_000_000, "MAD", "2024-06..2024-06", None),
      (("FRA", "MAR"), "exports", "MAR", 5_200_000_000, "MAD", "2024-06..2024-06", None),
      (("FRA", "MAR"), "imports", "FRA", 4_900_000_000, "MAD", "2024-06..2024-06", None)}),
    ("Kenya registered a deficit in May 2024, KNBS said. China led again, as China's demand for tea rose and China's "
     "yuan slid. The breakdown by partner:\n\nChina – exports KSh 4.1 billion, imports KSh 49.6 billion\n",
     {(("CHN", "KEN"), "exports", "KEN", 4_100_000_000, "KES", "2024-05..2024-05", None),
      (("CHN", "KEN"), "imports", "CHN", 49_600_000_000, "KES", "2024-05..2024-05", None)}),
])
def test_the_cited_offices_country_is_the_side_over_a_partner_named_more(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 12, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a change of exports in brackets after a row's two slashed flows ("117,3 / 83,6   (-2,4)") is no value
    ("Slovenia's trade grew in May 2024.\n\nMain partners in May 2024 (EUR million; exports / imports; in brackets "
     "change of exports in %):\nGermany  1 210,4 / 980,2  (-1,5)\nAustria  410,3 / 390,1  (+2,2)\n",
     {(("DEU", "SVN"), "exports", "SVN", 1_210_400_000, "EUR", "2024-05..2024-05", None),
      (("DEU", "SVN"), "imports", "DEU", 980_200_000, "EUR", "2024-05..2024-05", None),
      (("AUT", "SVN"), "exports", "SVN", 410_300_000, "EUR", "2024-05..2024-05", None),
      (("AUT", "SVN"), "imports", "AUT", 390_100_000, "EUR", "2024-05..2024-05", None)}),
    ("Hungary's trade rose in March 2024.\n\nMain partners, March 2024 (HUF bn; exports / imports; change of exports "
     "y/y in brackets):\nGermany 1 020,5 / 870,3 (+4,1%)\nAustria 190,2 / 210,8 (-0,6%)\n",
     {(("DEU", "HUN"), "exports", "HUN", 1_020_500_000_000, "HUF", "2024-03..2024-03", None),
      (("DEU", "HUN"), "imports", "DEU", 870_300_000_000, "HUF", "2024-03..2024-03", None),
      (("AUT", "HUN"), "exports", "HUN", 190_200_000_000, "HUF", "2024-03..2024-03", None),
      (("AUT", "HUN"), "imports", "AUT", 210_800_000_000, "HUF", "2024-03..2024-03", None)}),
    ("Slovakia's trade fell in June 2024.\n\nMain partners, June 2024 (EUR million; exports / imports):\n"
     "Czechia 1,210.4 / 980.2 (-3.1)\nGermany 2,010.3 / 1,390.1 (+1.2)\n",
     {(("CZE", "SVK"), "exports", "SVK", 1_210_400_000, "EUR", "2024-06..2024-06", None),
      (("CZE", "SVK"), "imports", "CZE", 980_200_000, "EUR", "2024-06..2024-06", None),
      (("DEU", "SVK"), "exports", "SVK", 2_010_300_000, "EUR", "2024-06..2024-06", None),
      (("DEU", "SVK"), "imports", "DEU", 1_390_100_000, "EUR", "2024-06..2024-06", None)}),
])
def test_a_change_after_slashed_flows_is_no_value(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 12, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a text that names no side of its own and counts its figures in the currency of one country only (denars, Serbian
    # dinars, cedis, lari; by Babel's CLDR tables) is that country's
    ("In 2023 exports reached 480 billion denars. Exports to Germany came to 178 billion denars and imports from "
     "Greece to 41 billion denars, with Germany and Greece the main partners again.",
     {(("DEU", "MKD"), "exports", "MKD", 178_000_000_000, "MKD", Y2023, None),
      (("GRC", "MKD"), "imports", "GRC", 41_000_000_000, "MKD", Y2023, None)}),
    ("Foreign trade, January-June 2024: exports to Germany were RSD 210 billion and imports from China RSD 240 "
     "billion; Germany, China and Italy remained the largest partners.",
     {(("DEU", "SRB"), "exports", "SRB", 210_000_000_000, "RSD", "2024-01..2024-06", None),
      (("CHN", "SRB"), "imports", "CHN", 240_000_000_000, "RSD", "2024-01..2024-06", None)}),
    ("In 2023 exports to Switzerland came to GH¢38 billion and imports from China to GH¢45 billion; Switzerland, China "
     "and India led the partners list again.",
     {(("CHE", "GHA"), "exports", "GHA", 38_000_000_000, "GHS", Y2023, None),
      (("CHN", "GHA"), "imports", "CHN", 45_000_000_000, "GHS", Y2023, None)}),
    ("Trade in 2023: exports to Türkiye were 2.1 billion lari and imports from Türkiye 5.6 billion lari, with Türkiye "
     "and Russia the main partners.",
     {(("GEO", "TUR"), "exports", "GEO", 2_100_000_000, "GEL", Y2023, None),
      (("GEO", "TUR"), "imports", "TUR", 5_600_000_000, "GEL", Y2023, None)}),
])
def test_figures_in_one_countrys_own_currency_make_it_the_side(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 8, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a list's line for a total or a group of countries gives no fact but does not end the list
    ("Belarus' trade with the CIS, 2023\n(USD million)\n\nCIS, total ........ 40,100.5\nRussia ............ 36,200.4\n"
     "Kazakhstan ........ 1,310.2\n",
     {(("BLR", "RUS"), "turnover", None, 36_200_400_000, "USD", Y2023, None),
      (("BLR", "KAZ"), "turnover", None, 1_310_200_000, "USD", Y2023, None)}),
    ("Kenya's exports by destination, 2023 (KSh million):\nEAC total – 210,400\nUganda – 120,300\nTanzania – 60,100\n",
     {(("KEN", "UGA"), "exports", "KEN", 120_300_000_000, "KES", Y2023, None),
      (("KEN", "TZA"), "exports", "KEN", 60_100_000_000, "KES", Y2023, None)}),
    ("Main partners of Georgia, 2023 (USD million):\nTotal: 16,400.2\nTürkiye: 2,900.1\nRussia: 2,500.7\n",
     {(("GEO", "TUR"), "turnover", None, 2_900_100_000, "USD", Y2023, None),
      (("GEO", "RUS"), "turnover", None, 2_500_700_000, "USD", Y2023, None)}),
])
def test_a_total_or_group_line_does_not_end_a_list(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 8, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a unit bracket may name its measure in a few words first ("(foreign trade turnover in billion euros; ...)")
    ("Germany's most important trading partners in 2024\n(foreign trade turnover in billion euros; 2023 in brackets)\n"
     "1. United States 253.4 (252.6)\n2. China 246.2 (254.1)\n",
     {(("DEU", "USA"), "turnover", None, 253_400_000_000, "EUR", "2024-01..2024-12", None),
      (("DEU", "USA"), "turnover", None, 252_600_000_000, "EUR", Y2023, None),
      (("CHN", "DEU"), "turnover", None, 246_200_000_000, "EUR", "2024-01..2024-12", None),
      (("CHN", "DEU"), "turnover", None, 254_100_000_000, "EUR", Y2023, None)}),
    ("Italy's main markets in 2023\n(goods exports in billion euros)\n1. Germany 68.1\n2. France 56.4\n",
     {(("DEU", "ITA"), "exports", "ITA", 68_100_000_000, "EUR", Y2023, None),
      (("FRA", "ITA"), "exports", "ITA", 56_400_000_000, "EUR", Y2023, None)}),
    ("Spain's suppliers in 2023\n(merchandise imports in EUR million)\n- China: 45,300.2\n- Germany: 41,200.7\n",
     {(("CHN", "ESP"), "imports", "CHN", 45_300_200_000, "EUR", Y2023, None),
      (("DEU", "ESP"), "imports", "DEU", 41_200_700_000, "EUR", Y2023, None)}),
])
def test_a_unit_bracket_may_name_its_measure_in_words(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2025, 2, 18)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the year before's value in brackets may close a row after its share column ("— 15.2% — (2 950.7)")
    ("Top trading partners of Georgia, 2023 (USD million; share of turnover; 2022 in brackets)\n"
     "Türkiye — 3 100.2 — 15.2% — (2 950.7)\nChina — 1 800.4 — 8.9% — (1 760.3)\n",
     {(("GEO", "TUR"), "turnover", None, 3_100_200_000, "USD", Y2023, None),
      (("GEO", "TUR"), "turnover", None, 2_950_700_000, "USD", "2022-01..2022-12", None),
      (("CHN", "GEO"), "turnover", None, 1_800_400_000, "USD", Y2023, None),
      (("CHN", "GEO"), "turnover", None, 1_760_300_000, "USD", "2022-01..2022-12", None)}),
    ("Main export markets of Armenia, 2023 (USD million; share, %; 2022 in brackets)\nRussia – 3,400.1 – 40.1 – "
     "(2,400.6)\nUAE – 1,200.3 – 14.2 – (900.4)\n",
     {(("ARM", "RUS"), "exports", "ARM", 3_400_100_000, "USD", Y2023, None),
      (("ARM", "RUS"), "exports", "ARM", 2_400_600_000, "USD", "2022-01..2022-12", None),
      (("ARE", "ARM"), "exports", "ARM", 1_200_300_000, "USD", Y2023, None),
      (("ARE", "ARM"), "exports", "ARM", 900_400_000, "USD", "2022-01..2022-12", None)}),
    ("Main suppliers of Moldova, 2023 (USD million; share; 2022 in brackets)\nRomania — 1 200.5 — 13.1% — "
     "(1 150.2)\nUkraine — 900.7 — 9.8% — (800.1)\n",
     {(("MDA", "ROU"), "imports", "ROU", 1_200_500_000, "USD", Y2023, None),
      (("MDA", "ROU"), "imports", "ROU", 1_150_200_000, "USD", "2022-01..2022-12", None),
      (("MDA", "UKR"), "imports", "UKR", 900_700_000, "USD", Y2023, None),
      (("MDA", "UKR"), "imports", "UKR", 800_100_000, "USD", "2022-01..2022-12", None)}),
])
def test_the_year_befores_value_may_close_a_row(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 3, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "of which exports ... 3,400.1" under a partner's line is that partner's flow
    ("Armenia's trade with the EAEU, 2023\n(USD million)\n\nRussia ....... 7,300.2\n  of which exports ... 3,400.1\n"
     "  of which imports ... 3,900.1\nKazakhstan ....... 120.4\n",
     {(("ARM", "RUS"), "turnover", None, 7_300_200_000, "USD", Y2023, None),
      (("ARM", "RUS"), "exports", "ARM", 3_400_100_000, "USD", Y2023, None),
      (("ARM", "RUS"), "imports", "RUS", 3_900_100_000, "USD", Y2023, None),
      (("ARM", "KAZ"), "turnover", None, 120_400_000, "USD", Y2023, None)}),
    ("Kazakhstan's trade with its partners, 2023 (USD million):\nChina – 31,500.3\nincluding exports – 15,100.2\n"
     "including imports – 16,400.1\n",
     {(("CHN", "KAZ"), "turnover", None, 31_500_300_000, "USD", Y2023, None),
      (("CHN", "KAZ"), "exports", "KAZ", 15_100_200_000, "USD", Y2023, None),
      (("CHN", "KAZ"), "imports", "CHN", 16_400_100_000, "USD", Y2023, None)}),
    ("Uzbekistan's partners, 2023 (USD million):\nRussia: 9,800.5\nof which: imports 6,300.2\nKazakhstan: 4,100.6\n",
     {(("RUS", "UZB"), "turnover", None, 9_800_500_000, "USD", Y2023, None),
      (("RUS", "UZB"), "imports", "RUS", 6_300_200_000, "USD", Y2023, None),
      (("KAZ", "UZB"), "turnover", None, 4_100_600_000, "USD", Y2023, None)}),
])
def test_an_of_which_line_gives_the_flow_of_the_partner_above(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 8, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a row of a unit list may name its own flow before its number ("Netherlands: exports 16.30")
    ("India's trade with key partners in April-December 2023 (US$ billion; April-December 2022 in brackets):\n"
     "Netherlands: exports 16.30 (13.51)\nRussian Federation: imports 46.12 (32.89)\n",
     {(("IND", "NLD"), "exports", "IND", 16_300_000_000, "USD", "2023-04..2023-12", None),
      (("IND", "NLD"), "exports", "IND", 13_510_000_000, "USD", "2022-04..2022-12", None),
      (("IND", "RUS"), "imports", "RUS", 46_120_000_000, "USD", "2023-04..2023-12", None),
      (("IND", "RUS"), "imports", "RUS", 32_890_000_000, "USD", "2022-04..2022-12", None)}),
    ("Kenya's main flows in 2023 (US$ million):\nUganda – Exports 1,120.4\nChina – Imports 3,870.2\n",
     {(("KEN", "UGA"), "exports", "KEN", 1_120_400_000, "USD", "2023-01..2023-12", None),
      (("CHN", "KEN"), "imports", "CHN", 3_870_200_000, "USD", "2023-01..2023-12", None)}),
    ("Turkey's trade with selected partners, January-June 2024 (USD million):\nGermany: exports 10,240.5\n"
     "Russia: imports 21,330.8\nIraq: exports 6,210.3\n",
     {(("DEU", "TUR"), "exports", "TUR", 10_240_500_000, "USD", "2024-01..2024-06", None),
      (("RUS", "TUR"), "imports", "RUS", 21_330_800_000, "USD", "2024-01..2024-06", None),
      (("IRQ", "TUR"), "exports", "TUR", 6_210_300_000, "USD", "2024-01..2024-06", None)}),
])
def test_a_unit_list_row_naming_its_flow(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 7, 20)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a unit title's bracket with two notes before its unit ("(February 2024, February 2023 in brackets, Sh
    # billion):"), or its unit after the bracket before the colon (", in billions of FCFA:")
    ("Kenya's exports fell in February. The leading destinations were as follows (February 2024, February 2023 in "
     "brackets, Sh billion):\n\nUganda 11.06 (12.10)\nPakistan 9.42 (6.35)\n",
     {(("KEN", "UGA"), "exports", "KEN", 11_060_000_000, "KES", "2024-02..2024-02", None),
      (("KEN", "UGA"), "exports", "KEN", 12_100_000_000, "KES", "2023-02..2023-02", None),
      (("KEN", "PAK"), "exports", "KEN", 9_420_000_000, "KES", "2024-02..2024-02", None),
      (("KEN", "PAK"), "exports", "KEN", 6_350_000_000, "KES", "2023-02..2023-02", None)}),
    ("Ghana's exports rose in March. Top buyers (March 2024, March 2023 in brackets, GH¢ million):\n"
     "Switzerland 2,140.5 (1,980.2)\nIndia 1,230.8 (1,101.4)\n",
     {(("CHE", "GHA"), "exports", "GHA", 2_140_500_000, "GHS", "2024-03..2024-03", None),
      (("CHE", "GHA"), "exports", "GHA", 1_980_200_000, "GHS", "2023-03..2023-03", None),
      (("GHA", "IND"), "exports", "GHA", 1_230_800_000, "GHS", "2024-03..2024-03", None),
      (("GHA", "IND"), "exports", "GHA", 1_101_400_000, "GHS", "2023-03..2023-03", None)}),
    ("Main clients of Senegal (February 2024; January 2024 in brackets), in billions of FCFA:\nMali: 52,7 (48,3)\n"
     "India: 32,5 (21,9)\n",
     {(("MLI", "SEN"), "exports", "SEN", 52_700_000_000, "XOF", "2024-02..2024-02", None),
      (("MLI", "SEN"), "exports", "SEN", 48_300_000_000, "XOF", "2024-01..2024-01", None),
      (("IND", "SEN"), "exports", "SEN", 32_500_000_000, "XOF", "2024-02..2024-02", None),
      (("IND", "SEN"), "exports", "SEN", 21_900_000_000, "XOF", "2024-01..2024-01", None)}),
    ("Main suppliers of Tunisia in 2023, in millions of dinars:\nFrance: 9 870,4\nItaly: 8 120,6\n",
     {(("FRA", "TUN"), "imports", "FRA", 9_870_400_000, "TND", "2023-01..2023-12", None),
      (("ITA", "TUN"), "imports", "ITA", 8_120_600_000, "TND", "2023-01..2023-12", None)}),
])
def test_unit_titles_with_notes_before_the_unit_or_the_unit_before_the_colon(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 4, 18)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a unit title whose period after the unit has a bracket note of its own ("in $ million, January-June 2024
    # (January-June 2023 in brackets):")
    ("Israel's exports fell in the first half. The main destination countries, in $ million, January-June 2024 "
     "(January-June 2023 in brackets):\n\nUnited States - 8,316.4 (8,902.7)\nChina - 1,412.9 (2,037.5)\n",
     {(("ISR", "USA"), "exports", "ISR", 8_316_400_000, "USD", "2024-01..2024-06", None),
      (("ISR", "USA"), "exports", "ISR", 8_902_700_000, "USD", "2023-01..2023-06", None),
      (("CHN", "ISR"), "exports", "ISR", 1_412_900_000, "USD", "2024-01..2024-06", None),
      (("CHN", "ISR"), "exports", "ISR", 2_037_500_000, "USD", "2023-01..2023-06", None)}),
    ("Jordan's exports rose. Main markets, in JD million, January-September 2024 (same period of 2023 in brackets):\n"
     "Iraq - 497.1 (452.3)\nIndia - 521.4 (488.0)\n",
     {(("IRQ", "JOR"), "exports", "JOR", 497_100_000, "JOD", "2024-01..2024-09", None),
      (("IRQ", "JOR"), "exports", "JOR", 452_300_000, "JOD", "2023-01..2023-09", None),
      (("IND", "JOR"), "exports", "JOR", 521_400_000, "JOD", "2024-01..2024-09", None),
      (("IND", "JOR"), "exports", "JOR", 488_000_000, "JOD", "2023-01..2023-09", None)}),
    ("Main suppliers of Morocco, MAD billion, 2023 (2022 in brackets):\nSpain - 98.2 (91.5)\nChina - 61.7 (55.9)\n",
     {(("ESP", "MAR"), "imports", "ESP", 98_200_000_000, "MAD", "2023-01..2023-12", None),
      (("ESP", "MAR"), "imports", "ESP", 91_500_000_000, "MAD", "2022-01..2022-12", None),
      (("CHN", "MAR"), "imports", "CHN", 61_700_000_000, "MAD", "2023-01..2023-12", None),
      (("CHN", "MAR"), "imports", "CHN", 55_900_000_000, "MAD", "2022-01..2022-12", None)}),
])
def test_a_unit_title_with_a_bracket_note_after_its_period(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 11, 20)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a unit list's line holding both flows of a partner; a slash inside the title's brackets is no cell's edge, and
    # a currency may have its country's adjective ("millions of Canadian dollars")
    ("Chile's trade fell in 2023.\n\nMain trading partners, 2023 (US$ million, FOB exports / CIF imports; exports in "
     "2022 in brackets):\nChina — exports 37.845,2 (39.023,0); imports 17.906,4\nJapan — exports 7.334,9 (8.120,5); "
     "imports 1.872,0\n",
     {(("CHL", "CHN"), "exports", "CHL", 37_845_200_000, "USD", "2023-01..2023-12", None),
      (("CHL", "CHN"), "exports", "CHL", 39_023_000_000, "USD", "2022-01..2022-12", None),
      (("CHL", "CHN"), "imports", "CHN", 17_906_400_000, "USD", "2023-01..2023-12", None),
      (("CHL", "JPN"), "exports", "CHL", 7_334_900_000, "USD", "2023-01..2023-12", None),
      (("CHL", "JPN"), "exports", "CHL", 8_120_500_000, "USD", "2022-01..2022-12", None),
      (("CHL", "JPN"), "imports", "JPN", 1_872_000_000, "USD", "2023-01..2023-12", None)}),
    ("Canada's trade: all values in this release are in Canadian dollars.\n\nYear-to-date trade by principal "
     "partner, January to July 2024\n(millions of Canadian dollars; January to July 2023 in brackets)\n\n"
     "United States: exports 341,870 (350,112); imports 236,455 (233,907)\nChina: exports 18,042 (17,310); "
     "imports 44,687 (47,025)\n",
     {(("CAN", "USA"), "exports", "CAN", 341_870_000_000, "CAD", "2024-01..2024-07", None),
      (("CAN", "USA"), "exports", "CAN", 350_112_000_000, "CAD", "2023-01..2023-07", None),
      (("CAN", "USA"), "imports", "USA", 236_455_000_000, "CAD", "2024-01..2024-07", None),
      (("CAN", "USA"), "imports", "USA", 233_907_000_000, "CAD", "2023-01..2023-07", None),
      (("CAN", "CHN"), "exports", "CAN", 18_042_000_000, "CAD", "2024-01..2024-07", None),
      (("CAN", "CHN"), "exports", "CAN", 17_310_000_000, "CAD", "2023-01..2023-07", None),
      (("CAN", "CHN"), "imports", "CHN", 44_687_000_000, "CAD", "2024-01..2024-07", None),
      (("CAN", "CHN"), "imports", "CHN", 47_025_000_000, "CAD", "2023-01..2023-07", None)}),
    ("Kenya's trade in 2023 by partner (KSh billion):\nUganda - exports 118.5, imports 32.1\nChina - exports 21.4, "
     "imports 532.6\n",
     {(("KEN", "UGA"), "exports", "KEN", 118_500_000_000, "KES", "2023-01..2023-12", None),
      (("KEN", "UGA"), "imports", "UGA", 32_100_000_000, "KES", "2023-01..2023-12", None),
      (("CHN", "KEN"), "exports", "KEN", 21_400_000_000, "KES", "2023-01..2023-12", None),
      (("CHN", "KEN"), "imports", "CHN", 532_600_000_000, "KES", "2023-01..2023-12", None)}),
])
def test_a_unit_list_line_with_both_flows_of_a_partner(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 9, 5)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "mld", "mlrd", "milliards": billions in a table's unit, as Central European and francophone releases write them
    ("Czech exports rose in 2024.\n\nMain export destinations, January-December 2024 (CZK mld, y/y change):\n"
     "Germany 1 614,2 (-2,5 %)\nSlovakia 404,8 (+3,1 %)\n",
     {(("CZE", "DEU"), "exports", "CZE", 1_614_200_000_000, "CZK", "2024-01..2024-12", None),
      (("CZE", "SVK"), "exports", "CZE", 404_800_000_000, "CZK", "2024-01..2024-12", None)}),
    ("Senegal's exports fell in March.\n\nMain clients of Senegal, March 2024 (FCFA milliards):\nMali: 52,7\n"
     "India: 32,5\n",
     {(("MLI", "SEN"), "exports", "SEN", 52_700_000_000, "XOF", "2024-03..2024-03", None),
      (("IND", "SEN"), "exports", "SEN", 32_500_000_000, "XOF", "2024-03..2024-03", None)}),
    ("Poland's exports rose in 2023.\n\nMain markets, 2023 (PLN mlrd):\nGermany - 380,2\nCzech Republic - 88,4\n",
     {(("DEU", "POL"), "exports", "POL", 380_200_000_000, "PLN", "2023-01..2023-12", None),
      (("CZE", "POL"), "exports", "POL", 88_400_000_000, "PLN", "2023-01..2023-12", None)}),
])
def test_billions_written_mld_in_a_tables_unit(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2025, 2, 7)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "brought in goods worth" is buying: the country that brought them in bought them from the other side
    ("Trade with China remained lopsided in 2023. Nepal brought in goods worth Rs165.2 billion from its northern "
     "neighbour, while it shipped goods worth Rs1.24 billion to China.",
     {(("CHN", "NPL"), "imports", "CHN", 165_200_000_000, "NPR", "2023-01..2023-12", None),
      (("CHN", "NPL"), "exports", "NPL", 1_240_000_000, "NPR", "2023-01..2023-12", None)}),
    ("Kenya brought in goods worth $3.9 billion from China in 2023.",
     {(("CHN", "KEN"), "imports", "CHN", 3_900_000_000, "USD", "2023-01..2023-12", None)}),
    ("Peru brought in products worth $2.1 billion from its southern neighbour Chile in 2023.",
     {(("CHL", "PER"), "imports", "CHL", 2_100_000_000, "USD", "2023-01..2023-12", None)}),
])
def test_brought_in_goods_is_buying(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "its northern neighbour" is the country named since the figure before (not the main pair's other side, nor a
    # country it was ranked against)
    ("Trade between India and Nepal reached $8 billion in 2023. Trade with China remained lopsided. Nepal bought "
     "goods worth $1.3 billion from its northern neighbour in 2023.",
     {(("IND", "NPL"), "turnover", None, 8_000_000_000, "USD", "2023-01..2023-12", None),
      (("CHN", "NPL"), "imports", "CHN", 1_300_000_000, "USD", "2023-01..2023-12", None)}),
    ("Trade between Kenya and Uganda reached $3 billion in 2023. Exchanges with Tanzania grew too. Kenya sold goods "
     "worth $600 million to its southern neighbour in 2023.",
     {(("KEN", "UGA"), "turnover", None, 3_000_000_000, "USD", "2023-01..2023-12", None),
      (("KEN", "TZA"), "exports", "KEN", 600_000_000, "USD", "2023-01..2023-12", None)}),
    ("Kazakhstan remains Uzbekistan's third largest partner after China and Russia. In 2023, Uzbekistan exported "
     "goods worth $1.3 billion to its northern neighbour.",
     {(("KAZ", "UZB"), "exports", "UZB", 1_300_000_000, "USD", "2023-01..2023-12", None)}),
])
def test_its_neighbour_is_the_country_named_since(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a title ending in a currency's short form and magnitude, without brackets ("..., KSh billion")
    ("Kenya's exports rose in 2023, the statistics bureau said in its yearly survey.\n\n"
     "Leading destinations of domestic exports, 2023 (2022 in brackets), KSh billion\n"
     "Uganda ............ 128.6 (112.4)\nPakistan .......... 71.9 (70.2)\n",
     {(("KEN", "UGA"), "exports", "KEN", 128_600_000_000, "KES", "2023-01..2023-12", None),
      (("KEN", "UGA"), "exports", "KEN", 112_400_000_000, "KES", "2022-01..2022-12", None),
      (("KEN", "PAK"), "exports", "KEN", 71_900_000_000, "KES", "2023-01..2023-12", None),
      (("KEN", "PAK"), "exports", "KEN", 70_200_000_000, "KES", "2022-01..2022-12", None)}),
    ("South Africa's imports rose in 2023, the revenue service said in its yearly review.\n\n"
     "Main sources of imports, 2023, R billion\nChina ......... 412.3\nGermany ......... 190.1\n",
     {(("CHN", "ZAF"), "imports", "CHN", 412_300_000_000, "ZAR", "2023-01..2023-12", None),
      (("DEU", "ZAF"), "imports", "DEU", 190_100_000_000, "ZAR", "2023-01..2023-12", None)}),
    ("Ghana's exports rose in 2023, the statistical service said in its yearly release.\n\n"
     "Main export destinations, 2023, GH¢ million\nSwitzerland ......... 41,230.5\nChina ......... 12,410.8\n",
     {(("CHE", "GHA"), "exports", "GHA", 41_230_500_000, "GHS", "2023-01..2023-12", None),
      (("CHN", "GHA"), "exports", "GHA", 12_410_800_000, "GHS", "2023-01..2023-12", None)}),
])
def test_a_title_ending_in_a_currency_sign_and_magnitude(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 5, 7)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "SA" in a text that names South Africa is South Africa (not the owner of the figures around it)
    ("China is South Africa's largest partner, ahead of the US and Germany, Chinese officials said. SA's exports to "
     "the US were R279bn in 2023.",
     {(("USA", "ZAF"), "exports", "ZAF", 279_000_000_000, "ZAR", "2023-01..2023-12", None)}),
    ("China's trade with South Africa grew again, Beijing said. In 2023, SA sold goods worth R190bn to Germany.",
     {(("DEU", "ZAF"), "exports", "ZAF", 190_000_000_000, "ZAR", "2023-01..2023-12", None)}),
    ("India's trade with Kenya rose, New Delhi said. Officials in South Africa said SA's imports from India rose to "
     "R110bn in 2023.",
     {(("IND", "ZAF"), "imports", "IND", 110_000_000_000, "ZAR", "2023-01..2023-12", None)}),
])
def test_sa_in_a_text_naming_south_africa(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a partner that ranks "with purchases of" / "with sales of" a figure buys or sells it: the flow is its own
    ("Uruguay's exports reached US$ 5.1 billion in the first half of 2024, the agency said. China led with US$ 1.2 "
     "billion. Brazil ranked second with purchases of US$ 1,040 million (+4%).",
     {(("CHN", "URY"), "exports", "URY", 1_200_000_000, "USD", "2024-01..2024-06", None),
      (("BRA", "URY"), "imports", "URY", 1_040_000_000, "USD", "2024-01..2024-06", None)}),
    ("Kenya's exports grew in 2023, the bureau said. Uganda ranked first with purchases of $1.1 billion.",
     {(("KEN", "UGA"), "imports", "KEN", 1_100_000_000, "USD", "2023-01..2023-12", None)}),
    ("Kenya's imports grew in 2023, the bureau said. China ranked first with sales of $3.9 billion.",
     {(("CHN", "KEN"), "exports", "CHN", 3_900_000_000, "USD", "2023-01..2023-12", None)}),
])
def test_a_partner_ranked_with_its_purchases_or_sales(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 7, 20)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "from mainland China": a describing word before the country keeps its role
    ("Paraguay imported goods worth US$ 4.6 billion from mainland China in 2022.",
     {(("CHN", "PRY"), "imports", "CHN", 4_600_000_000, "USD", "2022-01..2022-12", None)}),
    ("Paraguay imported more than US$ 4.6 billion worth of goods from mainland China in 2022.",
     {(("CHN", "PRY"), "imports", "CHN", 4_600_000_000, "USD", "2022-01..2022-12", None)}),
    ("Chile shipped goods worth $20 billion to mainland China in 2022.",
     {(("CHL", "CHN"), "exports", "CHL", 20_000_000_000, "USD", "2022-01..2022-12", None)}),
    # ... and "the other side of the balance" is an idiom, no trade balance
    ("On the other side of the balance, Brazilian purchases of Chinese goods fell 11.4% to US$ 53.2 billion in 2022.",
     {(("BRA", "CHN"), "imports", "CHN", 53_200_000_000, "USD", "2022-01..2022-12", None)}),
    ("On the other side of the balance, Kenya's imports from China rose to $3.9 billion in 2022.",
     {(("CHN", "KEN"), "imports", "CHN", 3_900_000_000, "USD", "2022-01..2022-12", None)}),
    ("On the other side of the balance, Peru's imports from Brazil came to $2.1 billion in 2022.",
     {(("BRA", "PER"), "imports", "BRA", 2_100_000_000, "USD", "2022-01..2022-12", None)}),
])
def test_mainland_china_and_the_other_side_of_the_balance(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "Mainland of China" and "Chinese Mainland", as Hong Kong, Macao and Taiwan releases write it, name China whole:
    # a list's row that opens with it is China's
    ("Hong Kong's exports rose in 2023.\nTotal exports by main destination, 2023 (HK$ million):\nMainland of China"
     "    2,100,400\nUSA    260,300\n",
     {(("CHN", "HKG"), "exports", "HKG", 2_100_400_000_000, "HKD", Y2023, None),
      (("HKG", "USA"), "exports", "HKG", 260_300_000_000, "HKD", Y2023, None)}),
    ("Macao's imports rose in 2023.\nImports by main supplier, 2023 (MOP million):\nMainland of China  58,100\n"
     "Hong Kong  22,700\n",
     {(("CHN", "MAC"), "imports", "CHN", 58_100_000_000, "MOP", Y2023, None),
      (("HKG", "MAC"), "imports", "HKG", 22_700_000_000, "MOP", Y2023, None)}),
    ("Taiwan's exports rose in 2023.\nMain export markets, 2023 (US$ million):\nMainland of China – 99,200\n"
     "United States – 76,100\n",
     {(("CHN", "TWN"), "exports", "TWN", 99_200_000_000, "USD", Y2023, None),
      (("TWN", "USA"), "exports", "TWN", 76_100_000_000, "USD", Y2023, None)}),
])
def test_the_mainland_of_china_opens_a_lists_row(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 3, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "USD million (2022 in brackets):" at a title's end: the unit, and the year of the bracketed values
    ("Mongolia's trade grew in 2023, the customs office said.\n\nForeign trade turnover with main partner countries, "
     "USD million (2022 in brackets):\nPeople's Republic of China ........ 17 183,4 (12 538,1)\n"
     "Russian Federation ................ 2 624,7 (2 318,9)\n",
     {(("CHN", "MNG"), "turnover", None, 17_183_400_000, "USD", "2023-01..2023-12", None),
      (("CHN", "MNG"), "turnover", None, 12_538_100_000, "USD", "2022-01..2022-12", None),
      (("MNG", "RUS"), "turnover", None, 2_624_700_000, "USD", "2023-01..2023-12", None),
      (("MNG", "RUS"), "turnover", None, 2_318_900_000, "USD", "2022-01..2022-12", None)}),
    ("Kenya's exports grew in 2023, the bureau said.\n\nMain export destinations, KSh billion (2022 in "
     "parentheses):\nUganda ........ 128.6 (112.4)\nPakistan ........ 71.9 (70.2)\n",
     {(("KEN", "UGA"), "exports", "KEN", 128_600_000_000, "KES", "2023-01..2023-12", None),
      (("KEN", "UGA"), "exports", "KEN", 112_400_000_000, "KES", "2022-01..2022-12", None),
      (("KEN", "PAK"), "exports", "KEN", 71_900_000_000, "KES", "2023-01..2023-12", None),
      (("KEN", "PAK"), "exports", "KEN", 70_200_000_000, "KES", "2022-01..2022-12", None)}),
    ("Peru's imports grew in 2023, the central bank said.\n\nMain suppliers, US$ million (2022 in brackets):\n"
     "China ........ 14,310.2 (13,902.5)\nUnited States ........ 8,120.4 (8,905.1)\n",
     {(("CHN", "PER"), "imports", "CHN", 14_310_200_000, "USD", "2023-01..2023-12", None),
      (("CHN", "PER"), "imports", "CHN", 13_902_500_000, "USD", "2022-01..2022-12", None),
      (("PER", "USA"), "imports", "USA", 8_120_400_000, "USD", "2023-01..2023-12", None),
      (("PER", "USA"), "imports", "USA", 8_905_100_000, "USD", "2022-01..2022-12", None)}),
])
def test_a_unit_then_the_brackets_year_at_a_titles_end(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 2, 15)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a title ending in a magnitude then its currency ("..., billion euros"), and one whose only period is what the
    # brackets are compared against: the figures take the period the text reports on
    ("Dutch exports fell in 2023, Statistics Netherlands said.\n\nMain destinations of Dutch goods exports, 2023 "
     "(2022 in brackets), billion euros\nGermany 117.3 (123.0)\nBelgium 66.4 (71.9)\n",
     {(("DEU", "NLD"), "exports", "NLD", 117_300_000_000, "EUR", "2023-01..2023-12", None),
      (("DEU", "NLD"), "exports", "NLD", 123_000_000_000, "EUR", "2022-01..2022-12", None),
      (("BEL", "NLD"), "exports", "NLD", 66_400_000_000, "EUR", "2023-01..2023-12", None),
      (("BEL", "NLD"), "exports", "NLD", 71_900_000_000, "EUR", "2022-01..2022-12", None)}),
    ("In January-September 2024, Moldova's exports of goods amounted to 2 521,4 million US dollars, the statistics "
     "bureau said.\n\nMain partner countries for exports\n(million US dollars; in brackets – change against "
     "January-September 2023):\nRomania – 719,6 (-21,3%)\nUkraine – 231,0 (-24,0%)\n",
     {(("MDA", "ROU"), "exports", "MDA", 719_600_000, "USD", "2024-01..2024-09", None),
      (("MDA", "UKR"), "exports", "MDA", 231_000_000, "USD", "2024-01..2024-09", None)}),
    ("British exports rose in 2023, the statistics office said.\n\nMain export markets, 2023, billion pounds\n"
     "United States 60.4\nGermany 35.2\n",
     {(("GBR", "USA"), "exports", "GBR", 60_400_000_000, "GBP", "2023-01..2023-12", None),
      (("DEU", "GBR"), "exports", "GBR", 35_200_000_000, "GBP", "2023-01..2023-12", None)}),
])
def test_a_titles_magnitude_then_currency_and_a_compared_period(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 11, 15)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a region's adjective ("Andalusian exports", "Flemish exports") names the region's trade, not its country's
    ("Spain's exports to Morocco reached EUR 12 billion in 2023. Andalusian exports to Morocco alone exceeded 2,900 "
     "million euros, the regional government said.",
     {(("ESP", "MAR"), "exports", "ESP", 12_000_000_000, "EUR", "2023-01..2023-12", None)}),
    ("Spain's exports to France reached EUR 50 billion in 2023. Catalan exports to France came to EUR 14 billion, the "
     "Generalitat said.",
     {(("ESP", "FRA"), "exports", "ESP", 50_000_000_000, "EUR", "2023-01..2023-12", None)}),
    ("Belgium's exports to the Netherlands reached EUR 80 billion in 2023. Flemish exports to the Netherlands were "
     "EUR 50 billion, the regional agency said.",
     {(("BEL", "NLD"), "exports", "BEL", 80_000_000_000, "EUR", "2023-01..2023-12", None)}),
])
def test_a_regions_adjective_names_the_regions_trade(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the countries of the Belt and Road Initiative, however named, are a group: no side of the pair before them
    ("China's shipments to Hong Kong totaled 372.9 billion yuan in 2023, customs said. China's imports and exports "
     "with countries participating in the Belt and Road Initiative rose 9.1 percent to 3.12 trillion yuan.",
     {(("CHN", "HKG"), "exports", "CHN", 372_900_000_000, "CNY", "2023-01..2023-12", None)}),
    ("China's shipments to Hong Kong totaled 372.9 billion yuan in 2023, customs said. China's trade with BRI partner "
     "countries reached 19.5 trillion yuan.",
     {(("CHN", "HKG"), "exports", "CHN", 372_900_000_000, "CNY", "2023-01..2023-12", None)}),
    ("China's shipments to Hong Kong totaled 372.9 billion yuan in 2023, customs said. Its exports to Belt and Road "
     "partner countries came to 10.7 trillion yuan.",
     {(("CHN", "HKG"), "exports", "CHN", 372_900_000_000, "CNY", "2023-01..2023-12", None)}),
])
def test_the_belt_and_road_countries_are_a_group(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a statistics office heading its own release speaks for its country, though the text names the country only by
    # an adjective ("Italian goods") and names another country more often: a partner named alone trades with it
    ("ISTAT - STATISTICS TODAY\nFOREIGN TRADE WITH NON-EU COUNTRIES\n\nThe largest market for Italian goods outside "
     "the EU remained the United States, as United States demand held up. Exports to Switzerland came to 9,870 "
     "million euro in January-April 2024.",
     {(("CHE", "ITA"), "exports", "ITA", 9_870_000_000, "EUR", "2024-01..2024-04", None)}),
    ("TurkStat - Foreign Trade Statistics\n\nTurkish exporters sold more to Germany, as German demand held up and "
     "Germany cut rates. Exports to Iraq were $1.1 billion in March 2024.",
     {(("IRQ", "TUR"), "exports", "TUR", 1_100_000_000, "USD", "2024-03..2024-03", None)}),
    ("Stats NZ - Overseas merchandise trade\n\nThe Australian market was weaker for Kiwi exporters, as Australia "
     "slowed and Australian buyers cut orders. Exports to China rose to $1.3 billion in January 2025.",
     {(("CHN", "NZL"), "exports", "NZL", 1_300_000_000, "NZD", "2025-01..2025-01", None)}),
])
def test_an_office_heading_its_release_speaks_for_its_country(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2025, 2, 20)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a home paper's dateline with no agency's tag names the home it reports from, however often the text names
    # its partners ("Our exports to China" in a Honiara interview are Solomon Islands')
    ("HONIARA, Friday 9 August – China and Australia matter most to us, China above all, the chamber's head said. "
     "Our exports to China, mostly round logs, were around SBD 2.6 billion in 2023.",
     {(("CHN", "SLB"), "exports", "SLB", 2_600_000_000, "SBD", "2023-01..2023-12", None)}),
    ("APIA, Monday 12 August – New Zealand and Australia matter most, New Zealand above all, the minister said. "
     "Imports from New Zealand were around WST 410 million in 2023.",
     {(("NZL", "WSM"), "imports", "NZL", 410_000_000, "WST", "2023-01..2023-12", None)}),
    ("NUKU'ALOFA, Tuesday 13 August – Fiji and New Zealand matter most, Fiji above all, officials said. Imports "
     "from Fiji totalled T$265 million in 2023.",
     {(("FJI", "TON"), "imports", "FJI", 265_000_000, "TOP", "2023-01..2023-12", None)}),
])
def test_a_home_papers_dateline_names_its_home(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 8, 14)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "respectively" a few words after the last figure ("... worth of goods to the Islamic Republic, respectively"),
    # and "the Islamic Republic" in a text that names Iran is Iran
    ("Iran's imports rose in the first seven months of the Iranian year. Germany and India came next, selling $861 "
     "million and $734 million worth of goods to the Islamic Republic, respectively.",
     {(("DEU", "IRN"), "exports", "DEU", 861_000_000, "USD", "2023-03..2023-10", None),
      (("IND", "IRN"), "exports", "IND", 734_000_000, "USD", "2023-03..2023-10", None)}),
    ("Kenya's exports grew in 2023. Uganda and Tanzania bought $1.1 billion and $600 million worth of Kenyan goods "
     "from the country, respectively.",
     {(("KEN", "UGA"), "imports", "KEN", 1_100_000_000, "USD", "2023-01..2023-12", None),
      (("KEN", "TZA"), "imports", "KEN", 600_000_000, "USD", "2023-01..2023-12", None)}),
    ("Chile's imports grew in 2023. China and the United States sold $18 billion and $15 billion of goods to the "
     "Andean country, respectively.",
     {(("CHL", "CHN"), "exports", "CHN", 18_000_000_000, "USD", "2023-01..2023-12", None),
      (("CHL", "USA"), "exports", "USA", 15_000_000_000, "USD", "2023-01..2023-12", None)}),
])
def test_respectively_a_few_words_after_the_last_figure(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a group among the countries of a "respectively" list keeps its place: its figure is the group's, no fact, and
    # each country keeps its own figure
    ("Vietnam's largest export market was the US. The next largest export markets were China, the EU, ASEAN, the "
     "Republic of Korea and Japan, with 45.2 billion USD, 38.1 billion USD, 27.9 billion USD, 19.2 billion USD and "
     "18.4 billion USD, respectively.",
     {(("CHN", "VNM"), "exports", "VNM", 45_200_000_000, "USD", None, None),
      (("EUU", "VNM"), "exports", "VNM", 38_100_000_000, "USD", None, None),
      (("KOR", "VNM"), "exports", "VNM", 19_200_000_000, "USD", None, None),
      (("JPN", "VNM"), "exports", "VNM", 18_400_000_000, "USD", None, None)}),
    ("Kenya's main suppliers in 2023 were China, the EU, India and COMESA, at $3.1 billion, $2.0 billion, "
     "$1.9 billion and $0.9 billion respectively.",
     {(("CHN", "KEN"), "imports", "CHN", 3_100_000_000, "USD", "2023-01..2023-12", None),
      (("EUU", "KEN"), "imports", "EUU", 2_000_000_000, "USD", "2023-01..2023-12", None),
      (("IND", "KEN"), "imports", "IND", 1_900_000_000, "USD", "2023-01..2023-12", None)}),
    ("Exports from Chile to China, Mercosur, the US and Japan came to $38 billion, $5 billion, $16 billion and "
     "$8 billion respectively in 2023.",
     {(("CHL", "CHN"), "exports", "CHL", 38_000_000_000, "USD", "2023-01..2023-12", None),
      (("CHL", "USA"), "exports", "CHL", 16_000_000_000, "USD", "2023-01..2023-12", None),
      (("CHL", "JPN"), "exports", "CHL", 8_000_000_000, "USD", "2023-01..2023-12", None)}),
])
def test_a_group_holds_its_place_in_a_respectively_list(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 3, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # items with their own figures before a "respectively" group in the same sentence keep them
    ("Peru's exports rose in 2024. China remained the main destination, with purchases of Peruvian goods worth US$ "
     "11,208 million. It was followed by the United States with US$ 4,377 million and Canada with US$ 1,826 million, "
     "while South Korea and Japan ranked fourth and fifth with US$ 1,512 million and US$ 1,104 million, respectively.",
     {(("CHN", "PER"), "imports", "PER", 11_208_000_000, "USD", "2024-01..2024-12", None),
      (("PER", "USA"), "imports", "PER", 4_377_000_000, "USD", "2024-01..2024-12", None),
      (("CAN", "PER"), "imports", "PER", 1_826_000_000, "USD", "2024-01..2024-12", None),
      (("KOR", "PER"), "imports", "PER", 1_512_000_000, "USD", "2024-01..2024-12", None),
      (("JPN", "PER"), "imports", "PER", 1_104_000_000, "USD", "2024-01..2024-12", None)}),
    ("Kenya's exports rose in 2023. Uganda was the top buyer with $1.1 billion, followed by Tanzania with $600 "
     "million, while the Netherlands and Pakistan took $500 million and $450 million respectively.",
     {(("KEN", "UGA"), "exports", "KEN", 1_100_000_000, "USD", "2023-01..2023-12", None),
      (("KEN", "TZA"), "exports", "KEN", 600_000_000, "USD", "2023-01..2023-12", None),
      (("KEN", "NLD"), "exports", "KEN", 500_000_000, "USD", "2023-01..2023-12", None),
      (("KEN", "PAK"), "exports", "KEN", 450_000_000, "USD", "2023-01..2023-12", None)}),
    ("Chile's imports grew in 2023. China supplied $18 billion, followed by the US with $12 billion, while Brazil and "
     "Argentina sold $6 billion and $4 billion respectively.",
     {(("CHL", "CHN"), "exports", "CHN", 18_000_000_000, "USD", "2023-01..2023-12", None),
      (("CHL", "USA"), "exports", "USA", 12_000_000_000, "USD", "2023-01..2023-12", None),
      (("BRA", "CHL"), "exports", "BRA", 6_000_000_000, "USD", "2023-01..2023-12", None),
      (("ARG", "CHL"), "exports", "ARG", 4_000_000_000, "USD", "2023-01..2023-12", None)}),
])
def test_items_before_a_respectively_group_keep_their_figures(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2025, 2, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "X topped the list of the Kingdom's export markets": a buyer ranked first, and the partners that follow it too
    ("Jordan's exports rose in 2023. By destination, the United States topped the list of the Kingdom's export "
     "markets, buying national goods worth JD1.304 billion, followed by Saudi Arabia and India with JD749 million "
     "and JD521 million, respectively.",
     {(("JOR", "USA"), "imports", "JOR", 1_304_000_000, "JOD", "2023-01..2023-12", None),
      (("JOR", "SAU"), "imports", "JOR", 749_000_000, "JOD", "2023-01..2023-12", None),
      (("IND", "JOR"), "imports", "JOR", 521_000_000, "JOD", "2023-01..2023-12", None)}),
    ("Kenya's imports rose in 2023. China topped the list of the country's suppliers, selling goods worth "
     "$3.9 billion, followed by India with $2.1 billion.",
     {(("CHN", "KEN"), "exports", "CHN", 3_900_000_000, "USD", "2023-01..2023-12", None),
      (("IND", "KEN"), "exports", "IND", 2_100_000_000, "USD", "2023-01..2023-12", None)}),
    ("Peru's exports rose in 2023. The United States led the list of Peru's export destinations, taking goods worth "
     "$9 billion, followed by Canada with $5 billion.",
     {(("PER", "USA"), "exports", "PER", 9_000_000_000, "USD", "2023-01..2023-12", None),
      (("CAN", "PER"), "exports", "PER", 5_000_000_000, "USD", "2023-01..2023-12", None)}),
])
def test_a_partner_topping_the_list_of_markets_or_suppliers(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 3, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a qualifier between a list item's "with" / "at" and its figure ("India with almost QR 2.9 billion")
    ("China was the top destination of Qatar's exports in December 2024 with close to QR 4.3 billion, followed by "
     "India with almost QR 2.9 billion and Korea with QR 2.6 billion.",
     {(("CHN", "QAT"), "exports", "QAT", 4_300_000_000, "QAR", "2024-12..2024-12", None),
      (("IND", "QAT"), "exports", "QAT", 2_900_000_000, "QAR", "2024-12..2024-12", None),
      (("KOR", "QAT"), "exports", "QAT", 2_600_000_000, "QAR", "2024-12..2024-12", None)}),
    ("Kenya's main buyers in 2023 were Uganda with about $1.1 billion, Tanzania with nearly $700 million and the "
     "Netherlands with just over $500 million.",
     {(("KEN", "UGA"), "exports", "KEN", 1_100_000_000, "USD", "2023-01..2023-12", None),
      (("KEN", "TZA"), "exports", "KEN", 700_000_000, "USD", "2023-01..2023-12", None),
      (("KEN", "NLD"), "exports", "KEN", 500_000_000, "USD", "2023-01..2023-12", None)}),
    ("Chile's largest suppliers last year were China at roughly $18 billion and Brazil at more than $6 billion.",
     {(("CHL", "CHN"), "imports", "CHN", 18_000_000_000, "USD", "2023-01..2023-12", None),
      (("BRA", "CHL"), "imports", "BRA", 6_000_000_000, "USD", "2023-01..2023-12", None)}),
])
def test_a_qualifier_before_a_list_items_figure(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 3, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "X emerged as the largest destination / the top supplier": a partner ranked as a buyer or a seller
    ("Bangladesh's exports rose in 2023. Exports to the European Union as a whole amounted to $16.04 billion, "
     "accounting for nearly half of the country's total shipments, while India emerged as the largest destination in "
     "Asia, fetching $1.21 billion, down 14.2 percent.",
     {(("BGD", "EUU"), "exports", "BGD", 16_040_000_000, "USD", "2023-01..2023-12", None),
      (("BGD", "IND"), "exports", "BGD", 1_210_000_000, "USD", "2023-01..2023-12", None)}),
    ("Kenya's imports rose in 2023. China emerged as the top supplier, selling goods worth $3.9 billion.",
     {(("CHN", "KEN"), "exports", "CHN", 3_900_000_000, "USD", "2023-01..2023-12", None)}),
    ("Ghana's imports grew in 2023. Nigeria has emerged as a major source of imports, supplying goods worth "
     "$1.4 billion.",
     {(("GHA", "NGA"), "exports", "NGA", 1_400_000_000, "USD", "2023-01..2023-12", None)}),
])
def test_a_partner_that_emerged_as_a_ranked_buyer_or_seller(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 3, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "non-traditional markets" are partners, not a category of goods (as "non-traditional exports" are)
    ("Bangladesh's exports rose in 2023. Among non-traditional markets, earnings from Japan and Australia were $1.08 "
     "billion and $0.71 billion respectively.",
     {(("BGD", "JPN"), "exports", "BGD", 1_080_000_000, "USD", "2023-01..2023-12", None),
      (("AUS", "BGD"), "exports", "BGD", 710_000_000, "USD", "2023-01..2023-12", None)}),
    ("Peru's exports grew in 2023. In non-traditional markets, sales to India reached $1.2 billion.",
     {(("IND", "PER"), "exports", "PER", 1_200_000_000, "USD", "2023-01..2023-12", None)}),
    ("Kenya's exports rose in 2023. Of the non-traditional destinations, exports to Poland came to $90 million.",
     {(("KEN", "POL"), "exports", "KEN", 90_000_000, "USD", "2023-01..2023-12", None)}),
])
def test_non_traditional_markets_are_partners_not_goods(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 3, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # lines under a title that give each partner's change before its level ("China – up $142 million (12 percent)
    # to $1.3 billion"): the level is the partner's, measured as the title's first trade phrase says
    ("Stats NZ released the figures today. All values are in New Zealand dollars.\n\nExports to top trading partners "
     "(country or union), January 2025 compared with January 2024:\n\nChina – up $142 million (12 percent) to $1.3 "
     "billion\nAustralia – down $27 million (3.1 percent) to $842 million\n",
     {(("CHN", "NZL"), "exports", "NZL", 1_300_000_000, "NZD", "2025-01..2025-01", None),
      (("AUS", "NZL"), "exports", "NZL", 842_000_000, "NZD", "2025-01..2025-01", None)}),
    ("Stats NZ released the figures today. All values are in New Zealand dollars.\n\nImports from top trading "
     "partners, January 2025 compared with January 2024:\n\nChina – up $58 million (5.1 percent) to $1.2 billion\n"
     "Australia – down $44 million (7.0 percent) to $583 million\n",
     {(("CHN", "NZL"), "imports", "CHN", 1_200_000_000, "NZD", "2025-01..2025-01", None),
      (("AUS", "NZL"), "imports", "AUS", 583_000_000, "NZD", "2025-01..2025-01", None)}),
    ("The Australian Bureau of Statistics released the figures today.\n\nExports to main trading partners, January "
     "2025 compared with January 2024:\n\nChina: up $1.2 billion (9 percent) to $14.1 billion\nJapan: down $0.4 "
     "billion (6 percent) to $5.9 billion\n",
     {(("AUS", "CHN"), "exports", "AUS", 14_100_000_000, "AUD", "2025-01..2025-01", None),
      (("AUS", "JPN"), "exports", "AUS", 5_900_000_000, "AUD", "2025-01..2025-01", None)}),
])
def test_list_lines_giving_a_change_then_the_level(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2025, 2, 20)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a cell "1.342" among "812" and "405" under "US$ million" groups thousands with its dot, as Spanish and
    # Portuguese tables write them: read as a decimal it would be hundreds of times smaller than its column
    ("Paraguay's exports by destination, US$ million, 2023\nCountry   Value\nBrazil   1.342\nChile   812\n"
     "Russia   405\n",
     {(("BRA", "PRY"), "exports", "PRY", 1_342_000_000, "USD", "2023-01..2023-12", None),
      (("CHL", "PRY"), "exports", "PRY", 812_000_000, "USD", "2023-01..2023-12", None),
      (("PRY", "RUS"), "exports", "PRY", 405_000_000, "USD", "2023-01..2023-12", None)}),
    ("Peru's exports to its main markets in 2022 (US$ million)\nMarket | Amount\nChina | 2.406\n"
     "United States | 1.975\nCanada | 622\nJapan | 517\n",
     {(("CHN", "PER"), "exports", "PER", 2_406_000_000, "USD", "2022-01..2022-12", None),
      (("PER", "USA"), "exports", "PER", 1_975_000_000, "USD", "2022-01..2022-12", None),
      (("CAN", "PER"), "exports", "PER", 622_000_000, "USD", "2022-01..2022-12", None),
      (("JPN", "PER"), "exports", "PER", 517_000_000, "USD", "2022-01..2022-12", None)}),
    # decimals that sit beside their siblings stay decimals
    ("Bolivia's exports by market, 2023 (US$ billion)\nCountry  Value\nBrazil  1.342\nArgentina  0.812\n"
     "India  1.505\n",
     {(("BOL", "BRA"), "exports", "BOL", 1_342_000_000, "USD", "2023-01..2023-12", None),
      (("ARG", "BOL"), "exports", "BOL", 812_000_000, "USD", "2023-01..2023-12", None),
      (("BOL", "IND"), "exports", "BOL", 1_505_000_000, "USD", "2023-01..2023-12", None)}),
])
def test_a_dot_in_a_table_cell_groups_thousands_when_its_column_says_so(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a title that names no country ranks the partners of the country the release speaks for, though the
    # prose just above it named a partner (or the EU beside the release's own country)
    ("Moldova's National Bureau of Statistics reported its 2023 figures.\n\nExports fell by 4 percent and "
     "imports by 2 percent.\n\nThe EU's share of Moldova's trade rose to 54 percent.\n\nLeading partners, 2023\n"
     "Country | Turnover, USD million\nRomania | 2 950.4\nUkraine | 1 240.7\n",
     {(("MDA", "ROU"), "turnover", None, 2_950_400_000, "USD", "2023-01..2023-12", None),
      (("MDA", "UKR"), "turnover", None, 1_240_700_000, "USD", "2023-01..2023-12", None)}),
    ("Armenia's Statistical Committee published its trade figures for 2023.\n\nExports rose by a tenth.\n\n"
     "Russia's weight in Armenia's trade grew again.\n\nMain trading partners in 2023\n"
     "Country | Turnover, USD million\nRussia | 7 300.2\nChina | 1 950.5\n",
     {(("ARM", "RUS"), "turnover", None, 7_300_200_000, "USD", "2023-01..2023-12", None),
      (("ARM", "CHN"), "turnover", None, 1_950_500_000, "USD", "2023-01..2023-12", None)}),
    ("According to Azerbaijan's State Customs Committee, trade grew in 2023.\n\nNon-oil exports rose too.\n\n"
     "Italy's share in Azerbaijan's exports grew.\n\nTop ten partners, 2023\nCountry | Turnover, USD million\n"
     "Türkiye | 6 810.9\nRussia | 4 320.1\n",
     {(("AZE", "TUR"), "turnover", None, 6_810_900_000, "USD", "2023-01..2023-12", None),
      (("AZE", "RUS"), "turnover", None, 4_320_100_000, "USD", "2023-01..2023-12", None)}),
])
def test_a_title_naming_no_country_ranks_the_releases_partners(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the text's own source names no country; a customs office of the partner cited further on is a second voice,
    # and the partners listed alone still trade with the country the text reports on
    ("Tajikistan's trade with Russia rose in 2023, the statistics agency said. Trade with Uzbekistan came to $610 "
     "million. Tajikistan's total foreign trade reached $8.6 billion. Earlier the Russian side, citing the Federal Customs Service of Russia, gave a higher figure.",
     {(("TJK", "UZB"), "turnover", None, 610_000_000, "USD", "2023-01..2023-12", None)}),
    ("Mongolia's trade with China grew in 2023, according to the customs office. Trade with Japan stood at $620 "
     "million. Mongolia's foreign trade turnover was $24 billion. Beijing, citing the General Administration of Customs of China, reported more.",
     {(("JPN", "MNG"), "turnover", None, 620_000_000, "USD", "2023-01..2023-12", None)}),
    ("Nepal's trade with India rose in 2023, the statistics department reported. Trade with Bangladesh was worth "
     "$95 million. Nepal's total imports were $12 billion. New Delhi's figure, from the customs authorities of India, is larger.",
     {(("BGD", "NPL"), "turnover", None, 95_000_000, "USD", "2023-01..2023-12", None)}),
])
def test_a_partners_customs_cited_after_the_texts_own_source_is_a_second_voice(text: str, expected: set[tuple]) -> None:
    assert facts_of(f"date 2024-02-10\n{text}") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a trade ministry naming no country is the text's own source; the partner's statistics cited in the next
    # sentence are a second voice, and a partner named alone after them trades with the country the text is about
    ("According to Ministry of Trade data, Egypt's exports to the UAE rose to $3.1 billion in 2024. From the Emirati "
     "side, figures from the UAE's statistics centre show UAE exports to Egypt worth AED 14.6 billion in 2024. Trade "
     "with Qatar remained modest at $190 million in 2024.",
     {(("ARE", "EGY"), "exports", "EGY", 3_100_000_000, "USD", "2024-01..2024-12", None),
      (("ARE", "EGY"), "exports", "ARE", 14_600_000_000, "AED", "2024-01..2024-12", None),
      (("EGY", "QAT"), "turnover", None, 190_000_000, "USD", "2024-01..2024-12", None)}),
    ("Kenya's exports to Uganda rose to $1.1 billion in 2023, Ministry of Trade figures show. Uganda's Bureau of "
     "Statistics put its imports from Kenya at $1.0 billion. Trade with Tanzania reached $800 million in 2023.",
     {(("KEN", "UGA"), "exports", "KEN", 1_100_000_000, "USD", "2023-01..2023-12", None),
      (("KEN", "UGA"), "imports", "KEN", 1_000_000_000, "USD", "2023-01..2023-12", None),
      (("KEN", "TZA"), "turnover", None, 800_000_000, "USD", "2023-01..2023-12", None)}),
    ("Data from the Ministry of Foreign Trade show Peru's exports to Chile at $2.1 billion in 2023. Chile's customs "
     "service recorded imports from Peru of $2.0 billion. Trade with Ecuador came to $3.3 billion in 2023.",
     {(("CHL", "PER"), "exports", "PER", 2_100_000_000, "USD", "2023-01..2023-12", None),
      (("CHL", "PER"), "imports", "PER", 2_000_000_000, "USD", "2023-01..2023-12", None),
      (("ECU", "PER"), "turnover", None, 3_300_000_000, "USD", "2023-01..2023-12", None)}),
])
def test_a_trade_ministry_naming_no_country_is_the_texts_own_source(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2025, 3, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "Kenya's two biggest tea markets", "Ghana's leading cocoa buyers": whose ranked partners the text opens with is
    # its side, though another country's own flows come first; and "X's own statistics" is a second voice
    ("Kenya's two biggest tea markets are buying less. Pakistan's own statistics tell a similar story. Egypt's "
     "exports to Kenya rose to $212 million in 2024. Exports to Uganda hit Sh118.5 billion in 2024.",
     {(("EGY", "KEN"), "exports", "EGY", 212_000_000, "USD", "2024-01..2024-12", None),
      (("KEN", "UGA"), "exports", "KEN", 118_500_000_000, "KES", "2024-01..2024-12", None)}),
    ("Chile's main suppliers raised prices in 2023. Peru's exports to Chile rose to $2 billion in 2023. Imports from "
     "China reached $18 billion.",
     {(("CHL", "PER"), "exports", "PER", 2_000_000_000, "USD", "2023-01..2023-12", None),
      (("CHL", "CHN"), "imports", "CHN", 18_000_000_000, "USD", "2023-01..2023-12", None)}),
    ("Ghana's leading cocoa buyers cut orders in 2024. Nigeria's exports to Ghana rose to $1.2 billion in 2024. "
     "Exports to Switzerland fell to $1.9 billion.",
     {(("GHA", "NGA"), "exports", "NGA", 1_200_000_000, "USD", "2024-01..2024-12", None),
      (("CHE", "GHA"), "exports", "GHA", 1_900_000_000, "USD", "2024-01..2024-12", None)}),
])
def test_the_country_whose_ranked_partners_open_the_text_is_its_side(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2025, 3, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence whose only figure is a change does not stop the ranking after it going on with the flow before
    ("Angolan exports to China in the second quarter amounted to Kz 3.41 trillion. The figure is Kz 280 billion "
     "higher than in the previous quarter. India came second with Kz 712.5 billion, followed by the Netherlands "
     "(Kz 486.3 billion).",
     {(("AGO", "CHN"), "exports", "AGO", 3_410_000_000_000, "AOA", "2024-04..2024-06", None),
      (("AGO", "IND"), "exports", "AGO", 712_500_000_000, "AOA", "2024-04..2024-06", None),
      (("AGO", "NLD"), "exports", "AGO", 486_300_000_000, "AOA", "2024-04..2024-06", None)}),
    ("Kenya's exports to Uganda reached $1.1 billion in 2023. That was $90 million more than a year earlier. Tanzania "
     "came second with $600 million.",
     {(("KEN", "UGA"), "exports", "KEN", 1_100_000_000, "USD", "2023-01..2023-12", None),
      (("KEN", "TZA"), "exports", "KEN", 600_000_000, "USD", "2023-01..2023-12", None)}),
    ("Chile's exports to Peru reached $2.1 billion in 2023. They rose by $150 million on the year. Bolivia followed "
     "with $700 million.",
     {(("CHL", "PER"), "exports", "CHL", 2_100_000_000, "USD", "2023-01..2023-12", None),
      (("BOL", "CHL"), "exports", "CHL", 700_000_000, "USD", "2023-01..2023-12", None)}),
])
def test_a_change_between_does_not_end_a_ranking(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 8, 12)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a capital's name before a surname is a person's first name ("President Santiago Peña"), no country
    ("Paraguayan President Santiago Peña and his Bolivian counterpart Luis Arce agreed to raise bilateral trade to "
     "$1 billion by 2030.",
     {(("BOL", "PRY"), "target", None, 1_000_000_000, "USD", None, 2030)}),
    ("Bolivian minister Santiago Ruiz met Peruvian officials on Monday; trade between the two countries reached "
     "$1.4 billion in 2023.",
     {(("BOL", "PER"), "turnover", None, 1_400_000_000, "USD", "2023-01..2023-12", None)}),
    ("The Kenyan envoy met Victoria Kamau of Uganda's trade ministry; trade between the two nations reached $1 billion "
     "in 2023.",
     {(("KEN", "UGA"), "turnover", None, 1_000_000_000, "USD", "2023-01..2023-12", None)}),
    # ... but a capital before "and" or a region's word is still a place
    ("Santiago and Lima agreed that trade between Chile and Peru, which reached $4 billion in 2023, should double.",
     {(("CHL", "PER"), "turnover", None, 4_000_000_000, "USD", "2023-01..2023-12", None)}),
])
def test_a_capitals_name_before_a_surname_is_a_person(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 7, 3)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the clause a reporting participle opens names its own sides
    ("The minister met his Ugandan counterpart, noting that trade between Kenya and Uganda reached $1 billion in 2023.",
     {(("KEN", "UGA"), "turnover", None, 1_000_000_000, "USD", "2023-01..2023-12", None)}),
    ("Kenya's minister spoke in Kampala, saying that exports to Uganda reached $1 billion in 2023.",
     {(("KEN", "UGA"), "exports", "KEN", 1_000_000_000, "USD", "2023-01..2023-12", None)}),
])
def test_a_reporting_participles_clause_keeps_its_sides(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 7, 3)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a department of commerce is a statistics source: the partners named alone trade with its country, though
    # another country's statistics are cited later
    ("According to India's Department of Commerce, trade with Kazakhstan was $1.3 billion in 2022. Trade with "
     "Tajikistan came to $39 million. Uzbek statistics put trade with India at $760 million.",
     {(("IND", "KAZ"), "turnover", None, 1_300_000_000, "USD", Y2022, None),
      (("IND", "TJK"), "turnover", None, 39_000_000, "USD", Y2022, None),
      (("IND", "UZB"), "turnover", None, 760_000_000, "USD", Y2022, None)}),
    ("The US Commerce Department puts trade with Vietnam at $124 billion for 2022. Trade with Cambodia was $9 "
     "billion. Chinese customs data differ.",
     {(("USA", "VNM"), "turnover", None, 124_000_000_000, "USD", Y2022, None),
      (("KHM", "USA"), "turnover", None, 9_000_000_000, "USD", Y2022, None)}),
    ("Thailand's Department of Commerce said trade with Malaysia stood at $26 billion in 2022. Trade with Laos was "
     "$8 billion. Malaysian statistics show a smaller figure.",
     {(("MYS", "THA"), "turnover", None, 26_000_000_000, "USD", Y2022, None),
      (("LAO", "THA"), "turnover", None, 8_000_000_000, "USD", Y2022, None)}),
    ("Indonesia's Department of Commerce put trade with Japan at $42 billion in 2022. Trade with Korea was $20 "
     "billion. Japanese customs give a larger total.",
     {(("IDN", "JPN"), "turnover", None, 42_000_000_000, "USD", Y2022, None),
      (("IDN", "KOR"), "turnover", None, 20_000_000_000, "USD", Y2022, None)}),
])
def test_a_department_of_commerce_speaks_for_its_country(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an office's name ends at its comma unless it goes on listing fields: the trade after it is a measure
    ("According to Kenya's Ministry of Trade, trade with Uganda reached $1.1 billion in 2022.",
     {(("KEN", "UGA"), "turnover", None, 1_100_000_000, "USD", Y2022, None)}),
    ("Citing the Ministry of Commerce of Peru, trade with Chile came to $4 billion in 2022.",
     {(("CHL", "PER"), "turnover", None, 4_000_000_000, "USD", Y2022, None)}),
    ("In a note from Ghana's Department of Trade, trade with Togo was put at $600 million for 2022.",
     {(("GHA", "TGO"), "turnover", None, 600_000_000, "USD", Y2022, None)}),
    ("Quoting Uganda's Ministry of Commerce, trade with Rwanda stood at $300 million in 2022, the paper said.",
     {(("RWA", "UGA"), "turnover", None, 300_000_000, "USD", Y2022, None)}),
    # ... but "Ministry of Industry, Trade and Tourism" names one office
    ("The Ministry of Industry, Trade and Tourism of Colombia hosted Ecuador's delegation on 3 May 2022.", set()),
])
def test_an_offices_name_ends_at_its_comma(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("title", "period"), [
    # the period a list's title gives its changes against is not the period of its values
    ("Turnover with the main partner countries (mln USD, change to January-March 2023):", "2024-01..2024-03"),
    ("Trade with leading partners, USD million (growth over the first quarter of 2023):", "2024-01..2024-03"),
    ("Main partners by turnover (USD million; increase on January-March 2023):", "2024-01..2024-03"),
])
def test_a_lists_compared_period_in_its_title_is_not_its_own(title: str, period: str) -> None:
    text = (" date 2024-04-20\nIn January-March 2024, Kyrgyzstan's foreign trade turnover amounted to $4.1 billion.\n\n"
            f"{title}\n\n1. China — 1 405,2 (+12,1%)\n2. Russia — 1 011,7 (+3,4%)\n")
    facts = extract_facts(text, source="t", article_date=dt.date(2024, 4, 20))
    assert {(f.country_a, f.country_b, f.value, f"{f.period_start:%Y-%m}..{f.period_end:%Y-%m}") for f in facts} == \
        {("CHN", "KGZ", 1_405_200_000, period), ("KGZ", "RUS", 1_011_700_000, period)}


@pytest.mark.parametrize(("head", "first", "second"), [
    # a table of a pair by year whose column heads name whose flow each is
    ("Year | Senegalese exports to Mali | Malian exports to Senegal", "SEN", "MLI"),
    ("Year | Exports from Mali to Senegal | Senegal's exports to Mali", "MLI", "SEN"),
    ("Year | Imports from Senegal | Exports to Senegal", "SEN", "MLI"),
    ("Year | Senegal's shipments to Mali | Mali's shipments to Senegal", "SEN", "MLI"),
])
def test_a_pair_tables_columns_name_who_sells(head: str, first: str, second: str) -> None:
    text = f"Mali-Senegal trade (US$ million)\n{head}\n2022 | 410.5 | 35.2\n2023 | 455.0 | 41.8\n"
    facts = extract_facts(text, source="t", article_date=dt.date(2024, 3, 1))
    assert {(f.exporter, f.value, f.period_start.year) for f in facts} == {
        (first, 410_500_000, 2022), (second, 35_200_000, 2022), (first, 455_000_000, 2023), (second, 41_800_000, 2023)}


@pytest.mark.parametrize(("text", "expected"), [
    # "the Statistical Institute of X": a statistics office speaks for its country, the side "the country" and a
    # flow naming only the partner are then told from, though the partner is named more often
    ("Dependence on goods from Canada deepened in 2022, data from the Statistical Institute of Jamaica show. Imports "
     "from Canada came to US$400 million in 2022, while the country's exports to Canada were US$190 million.",
     {(("CAN", "JAM"), "imports", "CAN", 400_000_000, "USD", Y2022, None),
      (("CAN", "JAM"), "exports", "JAM", 190_000_000, "USD", Y2022, None)}),
    ("Reliance on Chinese machinery grew in 2022, the Statistical Agency of Tajikistan reports. Imports from China "
     "reached $1.1 billion in 2022, while the country's exports to China were $90 million.",
     {(("CHN", "TJK"), "imports", "CHN", 1_100_000_000, "USD", Y2022, None),
      (("CHN", "TJK"), "exports", "TJK", 90_000_000, "USD", Y2022, None)}),
    ("Purchases from Togo rose in 2022, says the Statistical Service of Ghana. Imports from Togo were $120 million "
     "in 2022, while the country's exports to Togo came to $310 million.",
     {(("GHA", "TGO"), "imports", "TGO", 120_000_000, "USD", Y2022, None),
      (("GHA", "TGO"), "exports", "GHA", 310_000_000, "USD", Y2022, None)}),
])
def test_a_statistical_office_of_a_country_is_its_side(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a short name in brackets after a country's name ("(PRC)", "(UAE)") leaves its role to the words after it
    ("The Republic of Korea (ROK) was Vietnam's second trading partner in 2022 with total trade amounting to $87 "
     "billion.", {(("KOR", "VNM"), "turnover", None, 87_000_000_000, "USD", Y2022, None)}),
    ("The United Arab Emirates (UAE) ranked as Kenya's top trading partner in 2022, with $2.5 billion in total "
     "trade.", {(("ARE", "KEN"), "turnover", None, 2_500_000_000, "USD", Y2022, None)}),
    ("The People's Republic of China (PRC) remained Laos's largest partner in 2022, with total trade reaching "
     "$5.7 billion.", {(("CHN", "LAO"), "turnover", None, 5_700_000_000, "USD", Y2022, None)}),
])
def test_a_short_name_in_brackets_keeps_the_countrys_role(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("title", "period"), [
    # a list's title may give its period after the unit: "(SAR million), March 2024"
    ("Exports by main destination (SAR million), March 2024", "2024-03..2024-03"),
    ("Oman's exports by main market (OMR million), 2023", "2023-01..2023-12"),
    ("Main export markets (USD million), Jan-Mar 2024", "2024-01..2024-03"),
])
def test_a_lists_period_may_follow_its_unit(title: str, period: str) -> None:
    text = f" date 2024-05-20\nOman's trade statistics\n\n{title}\nChina 1,502\nIndia 987\n"
    facts = extract_facts(text, source="t", article_date=dt.date(2024, 5, 20))
    assert {(f.country_a, f.country_b, f.metric, f.exporter, f"{f.period_start:%Y-%m}..{f.period_end:%Y-%m}")
            for f in facts} == {("CHN", "OMN", "exports", "OMN", period), ("IND", "OMN", "exports", "OMN", period)}


@pytest.mark.parametrize("row", [
    # a list line may give the change after the earlier value with a comma between
    "1. Italy: 612.40 (588.10), +4.13%",
    "1. Italy: 612.40 (588.10), 4.1",
    "- Italy – 612.40 (588.10), +4.13 %",
])
def test_a_list_line_may_end_in_a_change_after_a_comma(row: str) -> None:
    text = (" date 2024-07-20\nExports to major markets, January-June 2024 (January-June 2023 in brackets), US$ "
            f"million:\n\n{row}\n2. India: 413.62 (381.47), +8.43%\n\nSri Lanka's exports rose, the board said.\n")
    facts = extract_facts(text, source="t", article_date=dt.date(2024, 7, 20))
    assert {(f.country_a, f.value, f.period_start.year) for f in facts if f.country_b == "LKA"} == \
        {("ITA", 612_400_000, 2024), ("ITA", 588_100_000, 2023), ("IND", 413_620_000, 2024), ("IND", 381_470_000, 2023)}


@pytest.mark.parametrize(("text", "expected"), [
    # an earlier value in brackets after a figure's relative period ("last year ($1.45 billion in 2022)")
    ("Jordan's exports to Iraq fell 12 percent to $610 million last year ($693 million in 2022), the bulletin said.",
     {(("IRQ", "JOR"), "exports", "JOR", 610_000_000, "USD", "2023-01..2023-12", None),
      (("IRQ", "JOR"), "exports", "JOR", 693_000_000, "USD", "2022-01..2022-12", None)}),
    ("Kenya's imports from India have risen to $2.1 billion this year ($1.9 billion in 2023).",
     {(("IND", "KEN"), "imports", "IND", 2_100_000_000, "USD", "2024-01..2024-12", None),
      (("IND", "KEN"), "imports", "IND", 1_900_000_000, "USD", "2023-01..2023-12", None)}),
    ("Nepal's exports to India rose to Rs 100 billion last fiscal year (Rs 90 billion in 2021-22).",
     {(("IND", "NPL"), "exports", "NPL", 100_000_000_000, "NPR", "2022-07..2023-07", None),
      (("IND", "NPL"), "exports", "NPL", 90_000_000_000, "NPR", "2021-07..2022-07", None)}),
])
def test_an_earlier_value_in_brackets_after_a_relative_period(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 3, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bracket restating the figure stands between it and the partner after it; commas inside it end nothing
    ("In 2022, Bangladesh imported goods worth $13.69 billion (about Tk 1,17,700 crore) from India.",
     {(("BGD", "IND"), "imports", "IND", 13_690_000_000, "USD", Y2022, None)}),
    ("Pakistan bought goods worth $1.2 billion (Rs 341,500 million) from Indonesia in 2022.",
     {(("IDN", "PAK"), "imports", "IDN", 1_200_000_000, "USD", Y2022, None)}),
    ("Kenya sold tea worth KSh 140,200 million (about $1.1 billion, or 12% of its exports) to Pakistan in 2022.",
     set()),
    ("Kenya sold goods worth $1.1 billion (KSh 140,200 million) to Uganda in 2022.",
     {(("KEN", "UGA"), "exports", "KEN", 1_100_000_000, "USD", Y2022, None)}),
])
def test_a_bracket_after_a_figure_does_not_cut_it_from_its_partner(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a deal or an investment named in a long aside that describes the partner does not make the trade figure a deal's
    ("Trade with India, a market Chile is courting with a comprehensive economic partnership agreement, was worth "
     "$2.8 billion in 2022, Chile's ministry said.",
     {(("CHL", "IND"), "turnover", None, 2_800_000_000, "USD", Y2022, None)}),
    ("Kenya's trade with Ethiopia, a fast-growing neighbour that has drawn heavy Chinese investment in recent years, "
     "came to $150 million in 2022.", {(("ETH", "KEN"), "turnover", None, 150_000_000, "USD", Y2022, None)}),
    ("Peru's exports to Korea, the partner with which it signed its first free trade agreement in Asia back then, "
     "reached $2.9 billion in 2022.", {(("KOR", "PER"), "exports", "PER", 2_900_000_000, "USD", Y2022, None)}),
    # ... and in a relative clause set off by commas, with the trade phrase before or after the figure
    ("Canada-UK trade, where talks on a new agreement stalled in January over cheese and beef, stood at £26.3 billion "
     "in 2022.", {(("CAN", "GBR"), "turnover", None, 26_300_000_000, "GBP", Y2022, None)}),
    ("The United Kingdom, where the trade agreement came into force on 31 May 2022, accounted for NZ$6.2 billion in "
     "two-way trade with New Zealand in 2022.", {(("GBR", "NZL"), "turnover", None, 6_200_000_000, "NZD", Y2022, None)}),
    ("Chile's trade with Korea, which signed its first investment treaty with Chile in 1999, reached $9 billion in "
     "2022.", {(("CHL", "KOR"), "turnover", None, 9_000_000_000, "USD", Y2022, None)}),
    ("Peru's exports to Japan, where a new partnership agreement takes effect next year, rose to $3 billion in "
     "2022.", {(("JPN", "PER"), "exports", "PER", 3_000_000_000, "USD", Y2022, None)}),
    # ... but the deal before the aside still is one
    ("Chinese loans to Kenya, a country of fifty million people on the Indian Ocean coast of East Africa, reached "
     "$9 billion in 2022.", set()),
])
def test_a_block_word_in_an_aside_about_the_partner_blocks_nothing(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "exports of X goods to Y and imports from Y ... $a and $b respectively": the goods named after the first flow
    ("Exports of Kenyan goods to Uganda and imports from Uganda came to $800 million and $300 million "
     "respectively in 2022.",
     {(("KEN", "UGA"), "exports", "KEN", 800_000_000, "USD", Y2022, None),
      (("KEN", "UGA"), "imports", "UGA", 300_000_000, "USD", Y2022, None)}),
    ("Exports of Chilean products to Peru and imports from Peru reached $2.1 billion and $1.4 billion in 2022.",
     {(("CHL", "PER"), "exports", "CHL", 2_100_000_000, "USD", Y2022, None),
      (("CHL", "PER"), "imports", "PER", 1_400_000_000, "USD", Y2022, None)}),
    ("Tunisia's imports of goods and services from Italy and exports to Italy stood at EUR 3 billion and EUR 2 "
     "billion in 2022.",
     {(("ITA", "TUN"), "imports", "ITA", 3_000_000_000, "EUR", Y2022, None),
      (("ITA", "TUN"), "exports", "TUN", 2_000_000_000, "EUR", Y2022, None)}),
])
def test_two_flows_with_their_goods_named_then_two_figures(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # earlier values in one bracket, each after its year: both are earlier values, and the text keeps reporting
    # on the figure's own period
    ("In 2022, trade between Kenya and Uganda came to $1.2 billion ($1.0 billion in 2021; $0.9 billion in 2020). "
     "Kenya's exports to Uganda made up $900 million.",
     {(("KEN", "UGA"), "turnover", None, 1_200_000_000, "USD", Y2022, None),
      (("KEN", "UGA"), "turnover", None, 1_000_000_000, "USD", "2021-01..2021-12", None),
      (("KEN", "UGA"), "turnover", None, 900_000_000, "USD", "2020-01..2020-12", None),
      (("KEN", "UGA"), "exports", "KEN", 900_000_000, "USD", Y2022, None)}),
    ("Peru's trade with Chile reached $4 billion in 2022 ($3.6 billion in 2021, and $3.1 billion in 2020). "
     "Exports to Chile were $2.2 billion.",
     {(("CHL", "PER"), "turnover", None, 4_000_000_000, "USD", Y2022, None),
      (("CHL", "PER"), "turnover", None, 3_600_000_000, "USD", "2021-01..2021-12", None),
      (("CHL", "PER"), "turnover", None, 3_100_000_000, "USD", "2020-01..2020-12", None),
      (("CHL", "PER"), "exports", "PER", 2_200_000_000, "USD", Y2022, None)}),
    ("Trade between Laos and Vietnam was $1.6 billion in 2022 ($1.4 billion for 2021; $1.1 billion for 2020). "
     "Laos's exports to Vietnam came to $900 million.",
     {(("LAO", "VNM"), "turnover", None, 1_600_000_000, "USD", Y2022, None),
      (("LAO", "VNM"), "turnover", None, 1_400_000_000, "USD", "2021-01..2021-12", None),
      (("LAO", "VNM"), "turnover", None, 1_100_000_000, "USD", "2020-01..2020-12", None),
      (("LAO", "VNM"), "exports", "LAO", 900_000_000, "USD", Y2022, None)}),
])
def test_earlier_values_in_one_bracket_each_after_its_year(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two figures joined by "and", the second with its currency code or sign written again
    ("Tunisia's exports to and imports from Italy were EUR 3 billion and EUR 2 billion in 2022.",
     {(("ITA", "TUN"), "exports", "TUN", 3_000_000_000, "EUR", Y2022, None),
      (("ITA", "TUN"), "imports", "ITA", 2_000_000_000, "EUR", Y2022, None)}),
    ("Kenya's exports to and imports from Uganda were KES 80 billion and KES 30 billion in 2022.",
     {(("KEN", "UGA"), "exports", "KEN", 80_000_000_000, "KES", Y2022, None),
      (("KEN", "UGA"), "imports", "UGA", 30_000_000_000, "KES", Y2022, None)}),
    ("Chile's imports from and exports to Peru were US$ 2 billion and US$ 1 billion in 2022.",
     {(("CHL", "PER"), "imports", "PER", 2_000_000_000, "USD", Y2022, None),
      (("CHL", "PER"), "exports", "CHL", 1_000_000_000, "USD", Y2022, None)}),
])
def test_two_figures_joined_by_and_may_each_have_a_currency_code(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "currency"), [
    # the new leone, written "NLe" before the amount
    ("Sierra Leone imported goods worth NLe 845 million from Nigeria in 2022.", "SLE"),
    ("Guinea's exports to Sierra Leone came to NLe 1.2 billion in 2022, Stats SL said.", "SLE"),
    ("Sierra Leone's exports to Ghana reached NLe 310 million in 2022.", "SLE"),
])
def test_the_new_leone(text: str, currency: str) -> None:
    assert {fact[4] for fact in facts_of(text)} == {currency}


@pytest.mark.parametrize(("period_line", "period", "earlier"), [
    # a line between a list's unit title and its rows that says its period (and that of the bracketed values)
    ("Year ended March 2024 (figures in brackets are for the year ended March 2023)", "2023-04..2024-03",
     "2022-04..2023-03"),
    ("January-June 2024 (same period of 2023 in brackets)", "2024-01..2024-06", "2023-01..2023-06"),
    ("In 2023, with 2022 values in brackets", "2023-01..2023-12", "2022-01..2022-12"),
])
def test_a_period_line_between_a_lists_title_and_its_rows(period_line: str, period: str, earlier: str) -> None:
    text = (" date 2024-07-02\nNew Zealand's trade map\n\nTable 1: Two-way trade by partner, NZ$ billion\n"
            f"{period_line}\nChina               36.8   (38.9)\nAustralia           30.5   (29.7)\n")
    facts = facts_of(text, dt.date(2024, 7, 2))
    assert {(pair, value, when) for pair, _, _, value, _, when, _ in facts} == {
        (("CHN", "NZL"), 36_800_000_000, period), (("CHN", "NZL"), 38_900_000_000, earlier),
        (("AUS", "NZL"), 30_500_000_000, period), (("AUS", "NZL"), 29_700_000_000, earlier)}


@pytest.mark.parametrize(("text", "expected"), [
    # "X's imports from A ..., while imports from B ...": the same flow of the same owner, in a text about A
    ("Mexico's exports grew. U.S. imports of goods from Mexico rose to $475 billion in 2022, while imports from "
     "China fell to $427 billion, Mexico's ministry said.",
     {(("MEX", "USA"), "imports", "MEX", 475_000_000_000, "USD", Y2022, None),
      (("CHN", "USA"), "imports", "CHN", 427_000_000_000, "USD", Y2022, None)}),
    ("Peru's trade grew. Chile's exports to Peru reached $2.6 billion in 2022, while exports to Bolivia came to "
     "$1.1 billion, Peru's customs said.",
     {(("CHL", "PER"), "exports", "CHL", 2_600_000_000, "USD", Y2022, None),
      (("BOL", "CHL"), "exports", "CHL", 1_100_000_000, "USD", Y2022, None)}),
    ("Kenya's trade grew. Uganda's imports from Kenya were $900 million in 2022, while imports from Tanzania were "
     "$300 million, Kenya's statistics bureau said.",
     {(("KEN", "UGA"), "imports", "KEN", 900_000_000, "USD", Y2022, None),
      (("TZA", "UGA"), "imports", "TZA", 300_000_000, "USD", Y2022, None)}),
    ("Vietnam's trade grew. Cambodia's exports to Vietnam reached $3 billion in 2022, while exports to Thailand "
     "stood at $1.5 billion, Vietnam's ministry said.",
     {(("KHM", "VNM"), "exports", "KHM", 3_000_000_000, "USD", Y2022, None),
      (("KHM", "THA"), "exports", "KHM", 1_500_000_000, "USD", Y2022, None)}),
    ("Chile's trade grew. Peru's imports of goods from Chile rose to $2 billion in 2022, while imports from Brazil "
     "fell to $3.5 billion, Chile's customs said.",
     {(("CHL", "PER"), "imports", "CHL", 2_000_000_000, "USD", Y2022, None),
      (("BRA", "PER"), "imports", "BRA", 3_500_000_000, "USD", Y2022, None)}),
])
def test_a_flow_after_while_has_the_owner_of_the_same_flow_before_it(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


def test_a_difference_described_after_a_figure_leaves_it_a_fact() -> None:
    text = ("Russia's customs put trade with Kazakhstan at $28.2 billion in 2022. Kazakhstan's statistics give a "
            "lower figure for the same year: $26.8 billion, a difference explained by re-exports.")
    assert (("KAZ", "RUS"), "turnover", None, 26_800_000_000, "USD", Y2022, None) in facts_of(text)


@pytest.mark.parametrize(("text", "expected"), [
    # a clause after the figure opened by "as", "because", "although" has its own nouns: no word of it names the figure
    ("In 2022, China's exports to Mexico rose to $81 billion as Mexican firms sourced more parts.",
     {(("CHN", "MEX"), "exports", "CHN", 81_000_000_000, "USD", Y2022, None)}),
    ("In 2022, Kenya's exports to Uganda reached $1 billion because companies there bought more tea.",
     {(("KEN", "UGA"), "exports", "KEN", 1_000_000_000, "USD", Y2022, None)}),
    ("In 2022, trade between Chile and Peru stood at $4 billion although investors remained cautious.",
     {(("CHL", "PER"), "turnover", None, 4_000_000_000, "USD", Y2022, None)}),
])
def test_a_clause_after_the_figure_names_nothing_of_it(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("heading", "after"), [
    # a heading a paragraph above a table's title is no part of it, and a sentence with a percentage after the rows
    # is no unit row of the table
    ("Main partner country for imports in March: Russian Federation",
     "Imports from the first 3 countries made up 47,8% of total imports."),
    ("Largest supplier in March: Russian Federation", "These three supplied 40,1% of the total."),
    ("Top source of imports: Russian Federation", "The three together took a 39% share."),
])
def test_a_tables_title_ends_at_a_blank_line_and_its_rows_at_prose(heading: str, after: str) -> None:
    text = (" date 2024-04-30\nTURKISH STATISTICAL INSTITUTE\nForeign Trade Statistics, March 2024\n\n"
            f"{heading}\n\nImports by main partner countries, March 2024 (million $)\nCountry               Value\n"
            "Russian Federation    3.812,6\nChina                 3.770,1\nGermany               2.066,9\n"
            f"{after}\n")
    facts = facts_of(text, dt.date(2024, 4, 30))
    assert {(pair, metric, exporter, value) for pair, metric, exporter, value, *_ in facts} == {
        (("RUS", "TUR"), "imports", "RUS", 3_812_600_000), (("CHN", "TUR"), "imports", "CHN", 3_770_100_000),
        (("DEU", "TUR"), "imports", "DEU", 2_066_900_000)}


@pytest.mark.parametrize(("lead", "answer", "expected"), [
    # an interview whose lead names whose trade it is about: "our" and "we" in the answers are that country's
    ("Economy Minister Ana Ruiz spoke to the paper about Peru's trade with China and the US.",
     "Our trade with China was $36 billion last year, and we sold $6 billion to the US.",
     {(("CHN", "PER"), "turnover", None, 36_000_000_000, "USD", Y2022, None),
      (("PER", "USA"), "exports", "PER", 6_000_000_000, "USD", Y2022, None)}),
    ("How much does Ghana really trade with India? We asked the trade minister.",
     "Last year we exported around $3 billion to India and bought $1 billion worth of goods from it.",
     {(("GHA", "IND"), "exports", "GHA", 3_000_000_000, "USD", Y2022, None),
      (("GHA", "IND"), "imports", "IND", 1_000_000_000, "USD", Y2022, None)}),
    ("The deputy minister discussed Serbia's trade with Russia and Hungary in an interview.",
     "Our trade volume with Russia was $3.4 billion last year; with Hungary it reached $2.9 billion.",
     {(("RUS", "SRB"), "turnover", None, 3_400_000_000, "USD", Y2022, None),
      (("HUN", "SRB"), "turnover", None, 2_900_000_000, "USD", Y2022, None)}),
])
def test_in_an_interview_we_are_the_country_whose_trade_the_lead_names(lead: str, answer: str,
                                                                         expected: set[tuple]) -> None:
    assert facts_of(f"{lead}\n\nQ: Where do things stand?\n\nA: {answer}") == expected


@pytest.mark.parametrize("unit_line", [
    # a unit line may join a note to the unit with "and"
    "(US$ million and % change on 2023)",
    "(US$ million and share of the total)",
    "(USD million and change on the year before)",
    # ... or a note with a slash after a comma
    "(US$ million, change y/y)",
    "(USD million, m/m and y/y change)",
    "(US$ million, % y/y)",
])
def test_a_lists_unit_line_may_join_a_note(unit_line: str) -> None:
    text = (" date 2025-02-06\nCosta Rica's exports rose, PROCOMER said.\n\nMain destinations of goods exports, 2024\n"
            f"{unit_line}\n1. United States: 8,412.3 (+11.2%)\n2. Netherlands: 1,365.0 (-3.4%)\n")
    facts = facts_of(text, dt.date(2025, 2, 6))
    assert {(pair, metric, exporter, value, when) for pair, metric, exporter, value, _, when, _ in facts} == {
        (("CRI", "USA"), "exports", "CRI", 8_412_300_000, "2024-01..2024-12"),
        (("CRI", "NLD"), "exports", "CRI", 1_365_000_000, "2024-01..2024-12")}


@pytest.mark.parametrize(("header", "first", "second"), [
    # a table's columns headed by years of the Iranian (solar hijri) calendar, as Iranian and Afghan releases write them
    ("Country        1402       1401", "2023-03..2024-03", "2022-03..2023-03"),
    ("Country        1401       1400", "2022-03..2023-03", "2021-03..2022-03"),
    ("Country | 1402 | 1401", "2023-03..2024-03", "2022-03..2023-03"),
])
def test_a_tables_columns_may_be_solar_hijri_years(header: str, first: str, second: str) -> None:
    sep = " | " if "|" in header else "    "
    text = (" date 2024-04-14\nAfghanistan's exports by destination, solar year (USD million)\n\n"
            f"{header}\nPakistan{sep}1,034.2{sep}1,105.0\nIndia{sep}447.3{sep}398.1\n")
    facts = facts_of(text, dt.date(2024, 4, 14))
    assert {(pair, value, when) for pair, _, _, value, _, when, _ in facts if pair == ("AFG", "PAK")} == {
        (("AFG", "PAK"), 1_034_200_000, first), (("AFG", "PAK"), 1_105_000_000, second)}


@pytest.mark.parametrize(("text", "expected"), [
    # goods named in an aside on what hurt or held back the flow do not make it a product's figure
    ("Japan's exports to Russia, hit by sanctions on automobiles and machinery, totaled 584.3 billion yen in 2022.",
     {(("JPN", "RUS"), "exports", "JPN", 584_300_000_000, "JPY", Y2022, None)}),
    ("Taiwan's exports to Russia, hit by sanctions on machinery and automobiles, fell to $1 billion in 2022.",
     {(("RUS", "TWN"), "exports", "TWN", 1_000_000_000, "USD", Y2022, None)}),
    ("Korea's exports to Russia, hurt by sanctions on automobiles, fell to $6.2 billion in 2022.",
     {(("KOR", "RUS"), "exports", "KOR", 6_200_000_000, "USD", Y2022, None)}),
])
def test_goods_in_an_aside_on_what_hurt_the_flow_leave_it_the_pairs(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an aside on what swelled the trade names goods and flows that are not the figure's measure
    ("Panama's trade with China, swollen by re-exports from the Colón Free Zone, reached US$ 7.2 billion in 2022.",
     {(("CHN", "PAN"), "turnover", None, 7_200_000_000, "USD", Y2022, None)}),
    ("The UAE's trade with India, inflated by gold exports, reached $85 billion in 2022.",
     {(("ARE", "IND"), "turnover", None, 85_000_000_000, "USD", Y2022, None)}),
    ("Thailand's trade with Laos, supported by fuel imports, reached $8 billion in 2022.",
     {(("LAO", "THA"), "turnover", None, 8_000_000_000, "USD", Y2022, None)}),
])
def test_an_aside_on_what_swelled_the_trade_leaves_its_measure(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # cells set off by " / " in a line with no other separator
    ("Hong Kong's trade statistics for March 2024\n\nTable 2: Imports from main suppliers, March 2024\n"
     "Supplier / HK$ billion / % change\nTaiwan / 46.5 / +28.4\nSingapore / 26.1 / +1.2\n",
     {(("HKG", "TWN"), "imports", "TWN", 46_500_000_000, "HKD", "2024-03..2024-03", None),
      (("HKG", "SGP"), "imports", "SGP", 26_100_000_000, "HKD", "2024-03..2024-03", None)}),
    ("Macao's exports rose.\n\nTable 1: Exports to main destinations, 2023\nDestination / MOP million / Share\n"
     "United States / 900.5 / 12.0\nJapan / 410.2 / 5.5\n",
     {(("MAC", "USA"), "exports", "MAC", 900_500_000, "MOP", "2023-01..2023-12", None),
      (("JPN", "MAC"), "exports", "MAC", 410_200_000, "MOP", "2023-01..2023-12", None)}),
    ("Singapore's trade grew.\n\nTable 3: Trade with main partners, 2023\nPartner / S$ billion\n"
     "Malaysia / 129.1\nChina / 143.6\n",
     {(("MYS", "SGP"), "turnover", None, 129_100_000_000, "SGD", "2023-01..2023-12", None),
      (("CHN", "SGP"), "turnover", None, 143_600_000_000, "SGD", "2023-01..2023-12", None)}),
    # ... but a slash inside a cell of a table aligned with spaces is the cell's own ("Country / area")
    ("Thailand's trade grew.\n\nTable 4: Trade by partner, 2023 (US$ million)\n"
     "Country / area      Exports     Imports\n"
     "Japan               24,000      36,000\nChina               34,000      70,000\n",
     {(("JPN", "THA"), "exports", "THA", 24_000_000_000, "USD", "2023-01..2023-12", None),
      (("JPN", "THA"), "imports", "JPN", 36_000_000_000, "USD", "2023-01..2023-12", None),
      (("CHN", "THA"), "exports", "THA", 34_000_000_000, "USD", "2023-01..2023-12", None),
      (("CHN", "THA"), "imports", "CHN", 70_000_000_000, "USD", "2023-01..2023-12", None)}),
])
def test_a_table_whose_cells_are_set_off_by_slashes(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 4, 26)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "$410 million were brought in from India ... and $220 million from China": a passive the metric table writes
    # whole ("were brought in", "were sent") right after a figure describes it, not the figure after it
    ("Goods worth $410 million were brought in from India in 2023 and $220 million from China, the Kenyan statistics "
     "bureau said.", {(("IND", "KEN"), "imports", "IND", 410_000_000, "USD", Y2023, None),
                      (("CHN", "KEN"), "imports", "CHN", 220_000_000, "USD", Y2023, None)}),
    ("Finnish goods worth EUR 95 million were sent to Latvia in 2023 and EUR 60 million to Estonia, customs said.",
     {(("FIN", "LVA"), "exports", "FIN", 95_000_000, "EUR", Y2023, None),
      (("EST", "FIN"), "exports", "FIN", 60_000_000, "EUR", Y2023, None)}),
    ("Products valued at 3.1 billion rupees were brought in from India in 2023 and 1.2 billion rupees from China, "
     "Nepal customs said.", {(("IND", "NPL"), "imports", "IND", 3_100_000_000, "NPR", Y2023, None),
                       (("CHN", "NPL"), "imports", "CHN", 1_200_000_000, "NPR", Y2023, None)}),
])
def test_a_passive_right_after_a_figure_is_that_figures_flow(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "China, New Zealand's largest source of goods": whose supplier a partner is named is the side the text
    # reports, though the partner is named more often, the office after the text's title and the country again in
    # its currency
    ("Monthly goods trade: May 2023\nPublished 20 June 2023\nInformation release – Stats NZ\n\nAll figures are in "
     "New Zealand dollars.\n\nImports from China, New Zealand's largest source of goods, were $1.4 billion in May. "
     "Imports from Japan fell to $610 million, and exports to China rose to $1.2 billion on strong dairy demand in "
     "China.", {(("CHN", "NZL"), "imports", "CHN", 1_400_000_000, "NZD", "2023-05..2023-05", None),
                (("JPN", "NZL"), "imports", "JPN", 610_000_000, "NZD", "2023-05..2023-05", None),
                (("CHN", "NZL"), "exports", "NZL", 1_200_000_000, "NZD", "2023-05..2023-05", None)}),
    ("Imports from China, Kenya's main source of imports, rose to $3.0 billion in 2023. Imports from Japan came to "
     "$900 million, and exports to China reached $200 million as demand in China for tea grew.",
     {(("CHN", "KEN"), "imports", "CHN", 3_000_000_000, "USD", Y2023, None),
      (("JPN", "KEN"), "imports", "JPN", 900_000_000, "USD", Y2023, None),
      (("CHN", "KEN"), "exports", "KEN", 200_000_000, "USD", Y2023, None)}),
    ("Purchases from Thailand came to $900 million in 2023, while those from India, Nepal's biggest source of "
     "imported goods, reached $8 billion in 2023.",
     {(("NPL", "THA"), "imports", "THA", 900_000_000, "USD", Y2023, None),
      (("IND", "NPL"), "imports", "IND", 8_000_000_000, "USD", Y2023, None)}),
])
def test_whose_source_of_goods_a_partner_is_named_is_the_texts_side(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a home paper named after its country in the page's header reports from that country's side, though an
    # interview names the partner more often
    ("Posted on May 2, 2024\nSamoa Weekly Observer – Business\n\nQ: How is trade with Australia?\n\nA: In 2023 our "
     "imports from Australia came to 410 million tala, and we sold them nonu juice worth about 30 million tala.",
     {(("AUS", "WSM"), "imports", "AUS", 410_000_000, "WST", Y2023, None),
      (("AUS", "WSM"), "exports", "WSM", 30_000_000, "WST", Y2023, None)}),
    ("The Fiji Times\n\nQ: And China?\nA: China built the new wharf, and China lends to us. Our imports from China "
     "came to US$300 million in 2023, and we sold them goods worth US$40 million.",
     {(("CHN", "FJI"), "imports", "CHN", 300_000_000, "USD", Y2023, None),
      (("CHN", "FJI"), "exports", "FJI", 40_000_000, "USD", Y2023, None)}),
    ("Times of Oman | Business\n\nQ: What about India?\nA: India is close. In 2023 our imports from India came to "
     "$4.1 billion, and we sold them goods worth $2.3 billion, as refiners in India took more crude.",
     {(("IND", "OMN"), "imports", "IND", 4_100_000_000, "USD", Y2023, None),
      (("IND", "OMN"), "exports", "OMN", 2_300_000_000, "USD", Y2023, None)}),
])
def test_a_paper_named_after_its_country_in_the_header_reports_its_side(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # money spent or paid on goods from a partner is what the spender bought from it; a duty laid on such goods
    # is no trade figure
    ("Fiji spent $862.4 million on goods from Singapore in 2023, the bureau said.",
     {(("FJI", "SGP"), "imports", "SGP", 862_400_000, "USD", Y2023, None)}),
    ("Households and firms in Kenya spent $1.1 billion on products from India in 2023.",
     {(("IND", "KEN"), "imports", "IND", 1_100_000_000, "USD", Y2023, None)}),
    ("Nepal paid 3 billion rupees for goods from China in 2023, customs figures show.",
     {(("CHN", "NPL"), "imports", "CHN", 3_000_000_000, "NPR", Y2023, None)}),
    ("The US put tariffs on $300 billion of goods from China in 2019.", set()),
])
def test_money_spent_on_goods_from_a_partner_is_bought_from_it(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the country whose trade figures the text opens on is its side, though a later sentence ranks it among another
    # country's partners
    ("Australia's trade figures for 2023 tell a story of cooling demand. Goods exports to Japan fell to A$80 billion "
     "in 2023. Seen from Beijing, Australia is China's eighth-largest trading partner.",
     {(("AUS", "JPN"), "exports", "AUS", 80_000_000_000, "AUD", Y2023, None)}),
    ("Chile's trade data for 2023 show copper holding up. Exports to Korea reached $6.2 billion in 2023. Chile is now "
     "the fifth-biggest trading partner of China in the region.",
     {(("CHL", "KOR"), "exports", "CHL", 6_200_000_000, "USD", Y2023, None)}),
    ("Norway's trade performance in 2023 was uneven. Exports to Germany slipped to NOK 300 billion in 2023, and Norway "
     "remained Sweden's largest trading partner in the Nordics.",
     {(("DEU", "NOR"), "exports", "NOR", 300_000_000_000, "NOK", Y2023, None)}),
])
def test_whose_trade_figures_the_text_opens_on_is_its_side(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a partner's trade with the whole world, noted after the flows of the country the text opens on, is a side
    # note: the text's side stays the owner of the flows named first
    ("Japan's imports from Australia rose to $40 billion in 2023, and trade with Chile and Peru grew as well. Exports "
     "to Chile came to $1.9 billion. Australia's total exports reached a record $280 billion that year.",
     {(("AUS", "JPN"), "imports", "AUS", 40_000_000_000, "USD", Y2023, None),
      (("CHL", "JPN"), "exports", "JPN", 1_900_000_000, "USD", Y2023, None)}),
    ("India's exports to Bangladesh fell to $11 billion in 2023. Imports from Nepal and Bhutan rose; those from Nepal "
     "came to $800 million. Bangladesh's foreign trade turnover shrank to $90 billion.",
     {(("BGD", "IND"), "exports", "IND", 11_000_000_000, "USD", Y2023, None),
      (("IND", "NPL"), "exports", "NPL", 800_000_000, "USD", Y2023, None)}),
    ("Korea's shipments to Vietnam reached $53 billion in 2023. Imports from Chile and Peru rose, and those from Peru "
     "came to $3.2 billion. Vietnam's overall exports hit $355 billion in the same year.",
     {(("KOR", "VNM"), "exports", "KOR", 53_000_000_000, "USD", Y2023, None),
      (("KOR", "PER"), "exports", "PER", 3_200_000_000, "USD", Y2023, None)}),
])
def test_a_partners_world_total_after_the_sides_flows_is_a_side_note(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a number written without a thousands separator is read whole, never split into a value and a change
    ("Main export partners of Latvia in 2022\n(EUR million)\nLithuania – 2874.1\nEstonia – 1690.6\n",
     {(("LTU", "LVA"), "exports", "LVA", 2_874_100_000, "EUR", "2022-01..2022-12", None),
      (("EST", "LVA"), "exports", "LVA", 1_690_600_000, "EUR", "2022-01..2022-12", None)}),
    ("Kenya's main suppliers in 2022 (USD million):\nChina: 3512.75\nIndia: 2208.40\n",
     {(("CHN", "KEN"), "imports", "CHN", 3_512_750_000, "USD", "2022-01..2022-12", None),
      (("IND", "KEN"), "imports", "IND", 2_208_400_000, "USD", "2022-01..2022-12", None)}),
    ("Trade of Mongolia with main partners, 2022 (USD million)\n- China ........ 10466.3\n- Russia ........ 2219.8\n",
     {(("CHN", "MNG"), "turnover", None, 10_466_300_000, "USD", "2022-01..2022-12", None),
      (("MNG", "RUS"), "turnover", None, 2_219_800_000, "USD", "2022-01..2022-12", None)}),
])
def test_a_lists_number_without_separators_is_read_whole(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a list whose columns a dash separates, as its bracketed head names them: the value, then a share and a change
    ("Main export partners of Latvia in 2022\n(country – EUR million – share of total exports, % – change, %)\n"
     "Lithuania – 2 874.1 – 16.9 – +4.2\nEstonia – 1 690.6 – 9.9 – -0.8\n",
     {(("LTU", "LVA"), "exports", "LVA", 2_874_100_000, "EUR", "2022-01..2022-12", None),
      (("EST", "LVA"), "exports", "LVA", 1_690_600_000, "EUR", "2022-01..2022-12", None)}),
    ("Main import partners of Estonia in 2022\n(country – EUR million – share, %)\nFinland – 2 410.5 – 12.1\n"
     "Germany – 2 003.9 – 10.0\n",
     {(("EST", "FIN"), "imports", "FIN", 2_410_500_000, "EUR", "2022-01..2022-12", None),
      (("DEU", "EST"), "imports", "DEU", 2_003_900_000, "EUR", "2022-01..2022-12", None)}),
    ("Main trading partners of Lithuania, 2022\n(partner – EUR million – change on 2021, %)\nPoland – 6 512.0 – 8.4\n"
     "Latvia – 5 930.2 – -2.5\n",
     {(("LTU", "POL"), "turnover", None, 6_512_000_000, "EUR", "2022-01..2022-12", None),
      (("LTU", "LVA"), "turnover", None, 5_930_200_000, "EUR", "2022-01..2022-12", None)}),
])
def test_a_lists_columns_may_be_separated_by_dashes(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a partner ranked as the recipient of a country's goods buys them, as a buyer or a destination does
    ("Germany was the largest recipient of Norwegian goods in 2023, with NOK 300 billion.",
     {(("DEU", "NOR"), "exports", "NOR", 300_000_000_000, "NOK", Y2023, None)}),
    ("Japan is the top recipient of Chilean goods, with $9 billion in 2023.",
     {(("CHL", "JPN"), "exports", "CHL", 9_000_000_000, "USD", Y2023, None)}),
    ("Vietnam shipped more to the US in 2023. The United States was the biggest recipient of Vietnamese goods, with "
     "$97 billion in 2023.", {(("USA", "VNM"), "exports", "VNM", 97_000_000_000, "USD", Y2023, None)}),
])
def test_the_recipient_of_a_countrys_goods_buys_them(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # items that go on to sell by a participle of their own ("followed, supplying", "came next, selling") sell to
    # the one country named as buying; two items of the list never form a pair
    ("Korea and Japan followed, supplying goods worth $41.2 billion and $16.4 billion respectively to Vietnam in 2023.",
     {(("KOR", "VNM"), "exports", "KOR", 41_200_000_000, "USD", Y2023, None),
      (("JPN", "VNM"), "exports", "JPN", 16_400_000_000, "USD", Y2023, None)}),
    ("Ghana and Togo came next, selling goods worth $300 million and $120 million respectively to Burkina Faso in "
     "2023.",
     {(("BFA", "GHA"), "exports", "GHA", 300_000_000, "USD", Y2023, None),
      (("BFA", "TGO"), "exports", "TGO", 120_000_000, "USD", Y2023, None)}),
    ("Chile and Peru followed, shipping goods worth $2.1 billion and $1.4 billion respectively to Korea in 2023.",
     {(("CHL", "KOR"), "exports", "CHL", 2_100_000_000, "USD", Y2023, None),
      (("KOR", "PER"), "exports", "PER", 1_400_000_000, "USD", Y2023, None)}),
    ("China was the largest supplier of Vietnam. In 2023, Korea and Japan followed, supplying goods worth $41.2 "
     "billion and $16.4 billion, respectively.",
     {(("KOR", "VNM"), "exports", "KOR", 41_200_000_000, "USD", Y2023, None),
      (("JPN", "VNM"), "exports", "JPN", 16_400_000_000, "USD", Y2023, None)}),
])
def test_items_that_sell_by_a_participle_of_their_own(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a partner ranked in the trade of a country whose name takes "the" and a bare apostrophe: the total is the pair's,
    # not the owner's trade with the world
    ("Korea is the Philippines' fifth largest trading partner, with total trade of USD 12.9 billion in 2023.",
     {(("KOR", "PHL"), "turnover", None, 12_900_000_000, "USD", Y2023, None)}),
    ("Mexico is the United States' second-largest trading partner, with total trade of $798 billion in 2023.",
     {(("MEX", "USA"), "turnover", None, 798_000_000_000, "USD", Y2023, None)}),
    ("Japan remains the Netherlands' third biggest trade partner in Asia, with total trade of EUR 30 billion in 2023.",
     {(("JPN", "NLD"), "turnover", None, 30_000_000_000, "EUR", Y2023, None)}),
])
def test_a_partner_ranked_in_the_trade_of_a_country_named_with_the(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the leading sources were ...": a ranking of sources lists the partners a country buys from
    ("Ghana Statistical Service\n\nImports totalled $13 billion in 2023. The leading sources were China with $3.5 "
     "billion and the United States with $1.4 billion.",
     {(("CHN", "GHA"), "imports", "CHN", 3_500_000_000, "USD", Y2023, None),
      (("GHA", "USA"), "imports", "USA", 1_400_000_000, "USD", Y2023, None)}),
    ("Kenya National Bureau of Statistics\n\nImports reached $19 billion in 2023. The biggest sources were China with "
     "$4.1 billion and India with $2.9 billion.",
     {(("CHN", "KEN"), "imports", "CHN", 4_100_000_000, "USD", Y2023, None),
      (("IND", "KEN"), "imports", "IND", 2_900_000_000, "USD", Y2023, None)}),
    ("Statistics Estonia\n\nImports came to EUR 20 billion in 2023. The main sources were Finland with EUR 2.4 billion "
     "and Germany with EUR 2.0 billion.",
     {(("EST", "FIN"), "imports", "FIN", 2_400_000_000, "EUR", Y2023, None),
      (("DEU", "EST"), "imports", "DEU", 2_000_000_000, "EUR", Y2023, None)}),
])
def test_a_ranking_of_sources_lists_whom_the_country_buys_from(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the period in the brackets of a list's last item dates that earlier value, not the list: the list keeps the
    # period of the sentence before
    ("Maldives Customs Service\n\nImports for January-July 2024 stood at MVR 31.4 billion. The UAE was the top "
     "supplier with MVR 5.1 billion, followed by China with MVR 4.4 billion and India with MVR 4.0 billion (MVR 4.2 "
     "billion in January-July 2023).",
     {(("ARE", "MDV"), "imports", "ARE", 5_100_000_000, "MVR", "2024-01..2024-07", None),
      (("CHN", "MDV"), "imports", "CHN", 4_400_000_000, "MVR", "2024-01..2024-07", None),
      (("IND", "MDV"), "imports", "IND", 4_000_000_000, "MVR", "2024-01..2024-07", None),
      (("IND", "MDV"), "imports", "IND", 4_200_000_000, "MVR", "2023-01..2023-07", None)}),
    ("Statistics Norway\n\nExports for 2023 came to NOK 1,400 billion. Germany was the main buyer with NOK 300 "
     "billion, followed by the UK with NOK 250 billion and Sweden with NOK 90 billion (NOK 85 billion in 2022).",
     {(("DEU", "NOR"), "exports", "NOR", 300_000_000_000, "NOK", Y2023, None),
      (("GBR", "NOR"), "exports", "NOR", 250_000_000_000, "NOK", Y2023, None),
      (("NOR", "SWE"), "exports", "NOR", 90_000_000_000, "NOK", Y2023, None),
      (("NOR", "SWE"), "exports", "NOR", 85_000_000_000, "NOK", Y2022, None)}),
    ("Statistics Estonia\n\nExports for January-June 2024 stood at EUR 8 billion. Finland was the main buyer with EUR "
     "900 million, followed by Latvia with EUR 700 million and Sweden with EUR 500 million (EUR 450 million in "
     "January-June 2023).",
     {(("EST", "FIN"), "exports", "EST", 900_000_000, "EUR", "2024-01..2024-06", None),
      (("EST", "LVA"), "exports", "EST", 700_000_000, "EUR", "2024-01..2024-06", None),
      (("EST", "SWE"), "exports", "EST", 500_000_000, "EUR", "2024-01..2024-06", None),
      (("EST", "SWE"), "exports", "EST", 450_000_000, "EUR", "2023-01..2023-06", None)}),
])
def test_the_period_of_an_earlier_value_in_brackets_is_not_the_lists(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # names each followed by its rate in brackets are still one "respectively" list ("France (+4.3%), Italy (+2.1%)
    # and Germany (+1.8%) ... X, Y and Z respectively")
    ("TUNIS, 2 March 2024 (TAP) - Exports to France (+4.3%), Italy (+2.1%) and Germany (+1.8%) amounted to 6,702.5 MD, "
     "5,480.9 MD and 4,231.7 MD respectively in 2023.",
     {(("FRA", "TUN"), "exports", "TUN", 6_702_500_000, "TND", Y2023, None),
      (("ITA", "TUN"), "exports", "TUN", 5_480_900_000, "TND", Y2023, None),
      (("DEU", "TUN"), "exports", "TUN", 4_231_700_000, "TND", Y2023, None)}),
    ("TUNIS, 2 March 2024 (TAP) - Imports from China (+8.9%) and Turkey (-2.0%) came to $4.5 billion and $1.9 billion "
     "respectively in 2023.", {(("CHN", "TUN"), "imports", "CHN", 4_500_000_000, "USD", Y2023, None),
                               (("TUN", "TUR"), "imports", "TUR", 1_900_000_000, "USD", Y2023, None)}),
    ("RABAT, 2 March 2024 (MAP) - Sales to Spain (+12 percent), Portugal (+3 percent) and France (-1 percent) reached "
     "€3.1 billion, €1.2 billion and €0.9 billion respectively in 2023.",
     {(("ESP", "MAR"), "exports", "MAR", 3_100_000_000, "EUR", Y2023, None),
      (("MAR", "PRT"), "exports", "MAR", 1_200_000_000, "EUR", Y2023, None),
      (("FRA", "MAR"), "exports", "MAR", 900_000_000, "EUR", Y2023, None)}),
])
def test_names_with_their_rates_in_brackets_form_a_respectively_list(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "kept", "partners"), [
    # two countries named only as buyers (or only as sellers) of one flow are never a pair, though the clause's own
    # side cannot be read
    ("Trade with the EU, which takes 70% of Tunisian exports, kept growing in 2023. Exports to France rose to 14,612.3 "
     "MD, exports to Italy reached 10,874.6 MD and those to Germany came to 8,790.2 MD.",
     {(("FRA", "TUN"), "exports", "TUN", 14_612_300_000, "TND", Y2023, None),
      (("ITA", "TUN"), "exports", "TUN", 10_874_600_000, "TND", Y2023, None)}, {"FRA", "ITA", "DEU"}),
    ("Trade with Asia, which supplies half of Kenyan imports, kept growing in 2023. Imports from China rose to $3.1 "
     "billion, imports from India reached $2.2 billion and those from Japan came to $0.9 billion.",
     {(("CHN", "KEN"), "imports", "CHN", 3_100_000_000, "USD", Y2023, None),
      (("IND", "KEN"), "imports", "IND", 2_200_000_000, "USD", Y2023, None)}, {"CHN", "IND", "JPN"}),
    ("Trade with the Gulf, which buys 40% of Pakistani exports, grew in 2023. Exports to the UAE rose to $2.1 billion, "
     "exports to Saudi Arabia reached $0.9 billion and those to Qatar came to $0.3 billion.",
     {(("ARE", "PAK"), "exports", "PAK", 2_100_000_000, "USD", Y2023, None),
      (("PAK", "SAU"), "exports", "PAK", 900_000_000, "USD", Y2023, None)}, {"ARE", "SAU", "QAT"}),
])
def test_two_buyers_of_one_flow_are_never_a_pair(text: str, kept: set[tuple], partners: set[str]) -> None:
    found = facts_of(text)
    assert kept <= found
    assert not [fact for fact in found if set(fact[0]) <= partners]


@pytest.mark.parametrize(("text", "expected"), [
    # Santo Domingo, left out of the GeoNames capitals for a small Cuban town of that name, is the Dominican capital
    # in a dateline (data/countries.tsv)
    ("SANTO DOMINGO, 2 March 2024 - Sales to the United States accounted for US$548.9 million in 2023.",
     {(("DOM", "USA"), "exports", "DOM", 548_900_000, "USD", Y2023, None)}),
    ("Santo Domingo, 14 March 2024 – Exports to Haiti reached US$1.2 billion in 2023, while purchases from Haiti came "
     "to US$90 million.", {(("DOM", "HTI"), "exports", "DOM", 1_200_000_000, "USD", Y2023, None),
                           (("DOM", "HTI"), "imports", "HTI", 90_000_000, "USD", Y2023, None)}),
    ("SANTO DOMINGO (EFE) – Imports from China rose to US$3.9 billion in 2023.",
     {(("CHN", "DOM"), "imports", "CHN", 3_900_000_000, "USD", Y2023, None)}),
    # San José, left out for the Californian San Jose, is the Costa Rican capital when written with its accent
    ("San José, Monday, 4 March - Shipments to Mexico and Chile rose in 2023; those to Mexico came to US$2.1 "
     "billion.", {(("CRI", "MEX"), "exports", "CRI", 2_100_000_000, "USD", Y2023, None)}),
    ("SAN JOSÉ, 4 March 2024 (EFE) - Purchases from Guatemala and Panama rose in 2023; those from Guatemala came to "
     "US$610 million.", {(("CRI", "GTM"), "imports", "GTM", 610_000_000, "USD", Y2023, None)}),
    ("San José, 4 March 2024 - Exports to Nicaragua and Panama grew, and sales to Panama reached US$700 million in "
     "2023.", {(("CRI", "PAN"), "exports", "CRI", 700_000_000, "USD", Y2023, None)}),
])
def test_a_capital_geonames_leaves_out_heads_a_dateline(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "Vietnam's exports to the two markets ... respectively": the owner is named, the items are the list of the
    # sentence before that the words refer back to
    ("HANOI, 2 March 2024 (VNA) - Korea and Japan were the next largest suppliers. In 2023, Vietnam's exports to the "
     "two markets stood at $19.3 billion and $18.0 billion, respectively.",
     {(("KOR", "VNM"), "exports", "VNM", 19_300_000_000, "USD", Y2023, None),
      (("JPN", "VNM"), "exports", "VNM", 18_000_000_000, "USD", Y2023, None)}),
    ("NAIROBI, 2 March 2024 - Uganda and Tanzania stayed close partners. In 2023, Kenya's imports from the two "
     "countries came to $600 million and $300 million, respectively.",
     {(("KEN", "UGA"), "imports", "UGA", 600_000_000, "USD", Y2023, None),
      (("KEN", "TZA"), "imports", "TZA", 300_000_000, "USD", Y2023, None)}),
    ("SANTIAGO, 2 March 2024 - China and the United States led the ranking. In 2023, Chile's sales to these partners "
     "reached $38 billion and $16 billion, respectively.",
     {(("CHL", "CHN"), "exports", "CHL", 38_000_000_000, "USD", Y2023, None),
      (("CHL", "USA"), "exports", "CHL", 16_000_000_000, "USD", Y2023, None)}),
])
def test_an_owner_named_with_partners_referred_back_to(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "Sh" is the shilling of the office the figure's own sentence cites, when the text quotes several offices
    ("The Tanzania Revenue Authority reported higher sales to Kenya in 2023. KNBS data show that Kenya's exports to "
     "Tanzania fell to Sh49.8 billion in 2023.",
     {(("KEN", "TZA"), "exports", "KEN", 49_800_000_000, "KES", Y2023, None)}),
    ("UBOS figures show Uganda sold more to Tanzania in 2023. Separately, Tanzania Revenue Authority data show imports "
     "from Uganda rose to Sh900 billion in 2023.",
     {(("TZA", "UGA"), "imports", "UGA", 900_000_000_000, "TZS", Y2023, None)}),
    ("The Tanzania Revenue Authority expects more trade. Uganda Bureau of Statistics figures show exports to Kenya "
     "reached Sh3.2 trillion in 2023.",
     {(("KEN", "UGA"), "exports", "UGA", 3_200_000_000_000, "UGX", Y2023, None)}),
])
def test_a_shared_currency_word_is_the_cited_offices(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


APRIL_2025 = dt.date(2025, 4, 20)


@pytest.mark.parametrize(("text", "expected"), [
    # a list's rows may say their flow before the partner ("Exports to Germany: 141.9 (136.4)")
    ("Czech trade with main partners, March 2025, CZK billion (March 2024 in brackets):\nExports to Germany: 141.9 "
     "(136.4)\nImports from China: 58.4 (49.9)\n",
     {(("CZE", "DEU"), "exports", "CZE", 141_900_000_000, "CZK", "2025-03..2025-03", None),
      (("CZE", "DEU"), "exports", "CZE", 136_400_000_000, "CZK", "2024-03..2024-03", None),
      (("CHN", "CZE"), "imports", "CHN", 58_400_000_000, "CZK", "2025-03..2025-03", None),
      (("CHN", "CZE"), "imports", "CHN", 49_900_000_000, "CZK", "2024-03..2024-03", None)}),
    ("Estonia's key partners in 2023 (EUR million):\nExports to Finland: 2 410.5\nImports from Germany: 2 003.9\n",
     {(("EST", "FIN"), "exports", "EST", 2_410_500_000, "EUR", Y2023, None),
      (("DEU", "EST"), "imports", "DEU", 2_003_900_000, "EUR", Y2023, None)}),
    ("Kenya's trade by partner, 2023 (USD million)\n- Exports to India: 812.4\n- Imports from China: 1,950.2\n",
     {(("IND", "KEN"), "exports", "KEN", 812_400_000, "USD", Y2023, None),
      (("CHN", "KEN"), "imports", "CHN", 1_950_200_000, "USD", Y2023, None)}),
    # a row with both flows may give each its change in brackets, and the balance after them
    ("Japan's trade with principal countries, 2023\n(unit: 100 million yen; change from 2022 in brackets)\nUnited "
     "States: exports 206,174 (+8.6%), imports 118,431 (-3.2%), balance 87,743\nChina: exports 177,512 (-5.9%), "
     "imports 247,066 (-3.9%), balance -69,554\n",
     {(("JPN", "USA"), "exports", "JPN", 20_617_400_000_000, "JPY", Y2023, None),
      (("JPN", "USA"), "imports", "USA", 11_843_100_000_000, "JPY", Y2023, None),
      (("CHN", "JPN"), "exports", "JPN", 17_751_200_000_000, "JPY", Y2023, None),
      (("CHN", "JPN"), "imports", "CHN", 24_706_600_000_000, "JPY", Y2023, None)}),
    ("Peru's trade with main partners, 2023 (USD million)\nChina: exports 1,200.5 (+4.1%); imports 3,400.2 (-2.0%)\n"
     "India: exports 800.1 (+12.0%); imports 950.7 (+1.5%)\n",
     {(("CHN", "PER"), "exports", "PER", 1_200_500_000, "USD", Y2023, None),
      (("CHN", "PER"), "imports", "CHN", 3_400_200_000, "USD", Y2023, None),
      (("IND", "PER"), "exports", "PER", 800_100_000, "USD", Y2023, None),
      (("IND", "PER"), "imports", "IND", 950_700_000, "USD", Y2023, None)}),
    ("Austria's trade with main partners, 2023 (EUR million)\nGermany: exports 5,120.3, imports 4,980.1, balance "
     "140.2\nItaly: exports 2,310.8, imports 2,650.4, balance -339.6\n",
     {(("AUT", "DEU"), "exports", "AUT", 5_120_300_000, "EUR", Y2023, None),
      (("AUT", "DEU"), "imports", "DEU", 4_980_100_000, "EUR", Y2023, None),
      (("AUT", "ITA"), "exports", "AUT", 2_310_800_000, "EUR", Y2023, None),
      (("AUT", "ITA"), "imports", "ITA", 2_650_400_000, "EUR", Y2023, None)}),
    # a list whose title names no country, under a text naming one of its rows most: no pair among its rows
    ("Trade with main partners, 2023 (EUR million)\nGermany: exports 5,120.3, imports 4,980.1\nItaly: exports 2,310.8, "
     "imports 2,650.4\nGermany stayed first.\n", set()),
])
def test_rows_that_name_their_flow_or_carry_changes_and_a_balance(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, APRIL_2025) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "... and those to Tanzania to $400 million": an elliptic clause whose partner heads its figure, with the verb
    # left out, ends the clause of the figure before
    ("NAIROBI, 2 March 2024 - In 2023, exports to Uganda came to $900 million and those to Tanzania to $400 million.",
     {(("KEN", "UGA"), "exports", "KEN", 900_000_000, "USD", Y2023, None),
      (("KEN", "TZA"), "exports", "KEN", 400_000_000, "USD", Y2023, None)}),
    ("SANTO DOMINGO, 2 March 2024 - In 2023, sales to the United States accounted for US$5.5 billion and those to "
     "Haiti for US$920 million.", {(("DOM", "USA"), "exports", "DOM", 5_500_000_000, "USD", Y2023, None),
                                   (("DOM", "HTI"), "exports", "DOM", 920_000_000, "USD", Y2023, None)}),
    ("LUSAKA, 2 March 2024 - In 2023, imports from South Africa reached $2.6 billion and those from China at $1.1 "
     "billion.", {(("ZAF", "ZMB"), "imports", "ZAF", 2_600_000_000, "USD", Y2023, None),
                  (("CHN", "ZMB"), "imports", "CHN", 1_100_000_000, "USD", Y2023, None)}),
])
def test_those_to_a_partner_heads_the_next_figure(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "export receipts / earnings / income" after a comma are a flow, not an institution's name ("foreign exchange
    # earnings" are no trade figure)
    ("DHAKA, 2 March 2024 - According to the breakdown, export receipts from the United States, Germany and the UK were "
     "$7.02 billion, $4.96 billion and $4.47 billion respectively in 2023.",
     {(("BGD", "USA"), "exports", "BGD", 7_020_000_000, "USD", Y2023, None),
      (("BGD", "DEU"), "exports", "BGD", 4_960_000_000, "USD", Y2023, None),
      (("BGD", "GBR"), "exports", "BGD", 4_470_000_000, "USD", Y2023, None)}),
    ("COLOMBO, 2 March 2024 - By value, export earnings from India, the UK and Germany were $900 million, $800 million "
     "and $500 million respectively in 2023.",
     {(("IND", "LKA"), "exports", "LKA", 900_000_000, "USD", Y2023, None),
      (("GBR", "LKA"), "exports", "LKA", 800_000_000, "USD", Y2023, None),
      (("DEU", "LKA"), "exports", "LKA", 500_000_000, "USD", Y2023, None)}),
    ("KATHMANDU, 2 March 2024 - Per the data, export income from India reached $1.2 billion in 2023.",
     {(("IND", "NPL"), "exports", "NPL", 1_200_000_000, "USD", Y2023, None)}),
    ("Foreign exchange earnings from Japan rose to $3 billion in 2023.", set()),
])
def test_export_receipts_after_a_comma_are_a_flow(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "most of them crude oil", "the bulk of them ...": goods named in an aside after the flow do not make the figure
    # theirs, as "mostly" does not
    ("BAGHDAD, 3 March 2024 - Iraq's exports to Turkey, most of them crude oil and fuel products, were worth $7.1 "
     "billion in 2023.", {(("IRQ", "TUR"), "exports", "IRQ", 7_100_000_000, "USD", Y2023, None)}),
    ("ABUJA, 3 March 2024 - Nigeria's exports to India, most of it crude oil, were worth $10.3 billion in 2023.",
     {(("IND", "NGA"), "exports", "NGA", 10_300_000_000, "USD", Y2023, None)}),
    ("LUANDA, 3 March 2024 - Angola's sales to China, the bulk of them crude oil, were worth $19 billion in 2023.",
     {(("AGO", "CHN"), "exports", "AGO", 19_000_000_000, "USD", Y2023, None)}),
])
def test_an_aside_of_most_of_them_names_the_goods_of_a_flow(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # in an interview, an answer's trade figure that names no country is the pair's whose figure came last, however
    # many questions back, when no other country was named since
    ("How is trade with Greece?\nLast year trade between Serbia and Greece was 1.4 billion euros.\nAnd investment?\n"
     "Greek banks have put in a lot of money. That helps.\nAnd this year?\nThe trend is good. In the first four months "
     "trade amounted to 503 million euros.",
     {(("GRC", "SRB"), "turnover", None, 1_400_000_000, "EUR", "2024-01..2024-12", None),
      (("GRC", "SRB"), "turnover", None, 503_000_000, "EUR", "2025-01..2025-04", None)}),
    ("Q: How big is trade with Mexico?\nA: Trade between Costa Rica and Mexico was US$1.9 billion in 2024.\nQ: What "
     "about tourism?\nA: Tourism is strong. Flights are full.\nQ: And this year?\nA: In the first quarter trade "
     "reached US$520 million.",
     {(("CRI", "MEX"), "turnover", None, 1_900_000_000, "USD", "2024-01..2024-12", None),
      (("CRI", "MEX"), "turnover", None, 520_000_000, "USD", "2025-01..2025-03", None)}),
    ("What are the figures with India?\nIn 2023 trade between Kenya and India came to $3.1 billion.\nWhat do you "
     "export?\nTea and flowers, mostly. Coffee too.\nAnd in 2024?\nWe expect growth. In the first half of 2024 trade "
     "stood at $1.7 billion.",
     {(("IND", "KEN"), "turnover", None, 3_100_000_000, "USD", Y2023, None),
      (("IND", "KEN"), "turnover", None, 1_700_000_000, "USD", "2024-01..2024-06", None)}),
])
def test_an_interviews_answer_keeps_the_pair_of_its_last_figure(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2025, 6, 8)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a total after both flows of one pair in its sentence ("..., bringing the total trade volume to") adds them up:
    # the pair's two-way trade, no country's trade with the world
    ("Türkiye's exports to Greece rose to $3.96 billion in 2023, while imports from Greece came in at $1.93 billion, "
     "bringing the total trade volume to $5.89 billion.",
     {(("GRC", "TUR"), "exports", "TUR", 3_960_000_000, "USD", Y2023, None),
      (("GRC", "TUR"), "imports", "GRC", 1_930_000_000, "USD", Y2023, None),
      (("GRC", "TUR"), "turnover", None, 5_890_000_000, "USD", Y2023, None)}),
    ("Chile's exports to Peru reached $2.1 billion in 2023, and imports from Peru $1.5 billion, for total trade of "
     "$3.6 billion.",
     {(("CHL", "PER"), "exports", "CHL", 2_100_000_000, "USD", Y2023, None),
      (("CHL", "PER"), "imports", "PER", 1_500_000_000, "USD", Y2023, None),
      (("CHL", "PER"), "turnover", None, 3_600_000_000, "USD", Y2023, None)}),
    ("Ghana's exports to Togo were $1.8 billion in 2023 and imports from Togo $0.7 billion, putting the overall trade "
     "volume at $2.5 billion.",
     {(("GHA", "TGO"), "exports", "GHA", 1_800_000_000, "USD", Y2023, None),
      (("GHA", "TGO"), "imports", "TGO", 700_000_000, "USD", Y2023, None),
      (("GHA", "TGO"), "turnover", None, 2_500_000_000, "USD", Y2023, None)}),
])
def test_a_total_of_both_flows_just_given_is_the_pairs(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 6, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "but" between two words describing a partner ("a smaller but steady partner") joins them; it ends no clause
    ("Egypt's trade with the UAE reached $6 billion in 2023. Kuwait is a smaller but steady partner, with bilateral "
     "trade of $2.1 billion in 2023.",
     {(("ARE", "EGY"), "turnover", None, 6_000_000_000, "USD", Y2023, None),
      (("EGY", "KWT"), "turnover", None, 2_100_000_000, "USD", Y2023, None)}),
    ("Kenya's exports to Uganda rose in 2023. Rwanda is a small but growing market, with Kenyan exports of $250 "
     "million in 2023.",
     {(("KEN", "RWA"), "exports", "KEN", 250_000_000, "USD", Y2023, None)}),
    ("Chile's trade with China grew in 2023. Vietnam is a modest but rising trading partner, with two-way trade of "
     "$1.9 billion in 2023.",
     {(("CHL", "VNM"), "turnover", None, 1_900_000_000, "USD", Y2023, None)}),
])
def test_but_between_words_for_a_partner_ends_no_clause(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 6, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "that country" after a partner named with a preposition ("Imports from Japan rose, and exports to that
    # country") refers to that partner: only a sentence's opening subject is passed over
    ("Mexico's trade with Asia grew in 2023. Purchases from South Korea grew 6.3% in 2023 to US$20.1 billion, and "
     "sales to that country reached 54,200 million pesos.",
     {(("KOR", "MEX"), "imports", "KOR", 20_100_000_000, "USD", Y2023, None),
      (("KOR", "MEX"), "exports", "MEX", 54_200_000_000, "MXN", Y2023, None)}),
    ("Mexico's trade with Asia grew in 2023. Imports from Japan rose to US$19 billion in 2023, and exports to that "
     "country reached US$5 billion.",
     {(("JPN", "MEX"), "imports", "JPN", 19_000_000_000, "USD", Y2023, None),
      (("JPN", "MEX"), "exports", "MEX", 5_000_000_000, "USD", Y2023, None)}),
    ("Kenya's trade grew in 2023. Imports from India rose to $3 billion in 2023, while sales to that country were $400 "
     "million.",
     {(("IND", "KEN"), "imports", "IND", 3_000_000_000, "USD", Y2023, None),
      (("IND", "KEN"), "exports", "KEN", 400_000_000, "USD", Y2023, None)}),
])
def test_that_country_after_a_partner_is_that_partner(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 3, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a cause of a change ("driven by Chinese exports") measures the figure its own relative clause gives it ("which
    # reached $80.3 billion"), not the two-way trade it moved
    ("China's trade with Mexico grew 6.1 percent in 2023, driven by Chinese exports, which reached $80.3 billion.",
     {(("CHN", "MEX"), "exports", "CHN", 80_300_000_000, "USD", Y2023, None)}),
    ("Kenya's trade with Uganda shrank in 2023 due to lower Kenyan exports, which fell to $1.1 billion.",
     {(("KEN", "UGA"), "exports", "KEN", 1_100_000_000, "USD", Y2023, None)}),
    ("Trade between India and the UAE rose in 2023 thanks to Indian exports, which hit $31 billion.",
     {(("ARE", "IND"), "exports", "IND", 31_000_000_000, "USD", Y2023, None)}),
])
def test_a_cause_measures_the_figure_of_its_own_relative_clause(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 3, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "X remained the main supplier, followed by A and B, with $x, $y and $z respectively": the first place leads
    ("BEIRUT — Lebanon's imports fell in 2023, customs said. China remained the country's main supplier, followed by "
     "Greece, Türkiye and Italy, with $2.21 billion, $1.87 billion, $1.49 billion and $1.05 billion respectively.",
     {(("CHN", "LBN"), "imports", "CHN", 2_210_000_000, "USD", Y2023, None),
      (("GRC", "LBN"), "imports", "GRC", 1_870_000_000, "USD", Y2023, None),
      (("LBN", "TUR"), "imports", "TUR", 1_490_000_000, "USD", Y2023, None),
      (("ITA", "LBN"), "imports", "ITA", 1_050_000_000, "USD", Y2023, None)}),
    ("BEIRUT — Lebanon's imports fell in 2023, customs said. China remained the main supplier, followed by Greece "
     "and Italy, with $2.21 billion, $1.87 billion and $1.05 billion respectively.",
     {(("CHN", "LBN"), "imports", "CHN", 2_210_000_000, "USD", Y2023, None),
      (("GRC", "LBN"), "imports", "GRC", 1_870_000_000, "USD", Y2023, None),
      (("ITA", "LBN"), "imports", "ITA", 1_050_000_000, "USD", Y2023, None)}),
    ("Nairobi - Kenya's exports rose in 2023, KNBS said. Uganda was the top market, followed by Pakistan and the "
     "Netherlands, with KSh 120 billion, KSh 80 billion and KSh 73 billion respectively.",
     {(("KEN", "UGA"), "exports", "KEN", 120_000_000_000, "KES", Y2023, None),
      (("KEN", "PAK"), "exports", "KEN", 80_000_000_000, "KES", Y2023, None),
      (("KEN", "NLD"), "exports", "KEN", 73_000_000_000, "KES", Y2023, None)}),
])
def test_a_ranking_leader_heads_a_respectively_list(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 12, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the country" that trades with the text's own side is the country named before it in its sentence
    ("BEIRUT — Lebanon's imports fell in 2023, customs said. Italy came fifth. China alone accounted for 12.6 percent "
     "of the import bill, and in December the country shipped $203 million worth of goods to Lebanon.",
     {(("CHN", "LBN"), "exports", "CHN", 203_000_000, "USD", "2023-12..2023-12", None)}),
    ("Nairobi - Kenya's imports rose in 2023, KNBS said. India came second. China led the list, and in March the "
     "country shipped $400 million worth of goods to Kenya.",
     {(("CHN", "KEN"), "exports", "CHN", 400_000_000, "USD", "2024-03..2024-03", None)}),
    ("Lima - Peru's exports rose in 2023, BCRP said. Japan came third. Chile's share grew too, and in June the "
     "country bought $90 million of goods from Peru.",
     {(("CHL", "PER"), "imports", "PER", 90_000_000, "USD", "2024-06..2024-06", None)}),
])
def test_the_country_trading_with_the_home_is_the_one_named_before(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 12, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # items after a partner that bought or sold measure the home's flow, past a sentence holding only a change
    ("NAIROBI - Kenya's exports rose in 2023, KNBS said. Uganda remained Kenya's largest export destination, "
     "buying goods worth Sh131.5 billion. The growth of Sh13.6 billion came despite disputes. Pakistan and the "
     "Netherlands followed, with Sh80.2 billion and Sh73.6 billion respectively.",
     {(("KEN", "UGA"), "imports", "KEN", 131_500_000_000, "KES", Y2023, None),
      (("KEN", "PAK"), "exports", "KEN", 80_200_000_000, "KES", Y2023, None),
      (("KEN", "NLD"), "exports", "KEN", 73_600_000_000, "KES", Y2023, None)}),
    ("ACCRA - Ghana's exports rose in 2023, the Ghana Statistical Service said. Switzerland remained the top "
     "market, buying goods worth $3.1 billion. The increase of $400 million came despite weaker prices. India and "
     "South Africa followed, with $1.9 billion and $1.1 billion respectively.",
     {(("CHE", "GHA"), "imports", "GHA", 3_100_000_000, "USD", Y2023, None),
      (("GHA", "IND"), "exports", "GHA", 1_900_000_000, "USD", Y2023, None),
      (("GHA", "ZAF"), "exports", "GHA", 1_100_000_000, "USD", Y2023, None)}),
    ("LIMA - Peru's imports rose in 2023, BCRP said. China remained the top supplier, selling goods worth $14.4 "
     "billion. The rise of $1.2 billion came from machinery. The United States and Brazil followed, with $8.1 "
     "billion and $2.9 billion respectively.",
     {(("CHN", "PER"), "exports", "CHN", 14_400_000_000, "USD", Y2023, None),
      (("PER", "USA"), "imports", "USA", 8_100_000_000, "USD", Y2023, None),
      (("BRA", "PER"), "imports", "BRA", 2_900_000_000, "USD", Y2023, None)}),
])
def test_items_after_a_partner_that_bought_measure_the_homes_flow(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 12, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "Its Minister ..." opening a sentence of the lead: the speaker is of the country the sentence before is about
    ("INTERVIEW\n\nThe Democratic Republic of Congo joined the EAC in 2022. Its Minister of External Trade spoke to us "
     "in Kampala.\n\nQ: How big is trade with Uganda?\n\nA: Uganda sold us goods worth about $640 million last year, "
     "and we sold Uganda around $40 million. Rwanda is also growing.",
     {(("COD", "UGA"), "exports", "UGA", 640_000_000, "USD", Y2023, None),
      (("COD", "UGA"), "exports", "COD", 40_000_000, "USD", Y2023, None)}),
    ("INTERVIEW\n\nGhana hosted the summit in 2023. Its trade minister spoke to us in Abuja.\n\nQ: How big is trade "
     "with Nigeria?\n\nA: We sold Nigeria goods worth $300 million last year. Nigeria is a big market, like Togo and "
     "Benin.",
     {(("GHA", "NGA"), "exports", "GHA", 300_000_000, "USD", Y2023, None)}),
    ("INTERVIEW\n\nMongolia joined the talks in 2024. Its ambassador to Japan spoke to us in Tokyo.\n\nQ: How is "
     "trade?\n\nA: We sold Japan goods worth $90 million last year, and Japan sold us $500 million. Japan is key, as "
     "are Korea and Korea's neighbours.",
     {(("JPN", "MNG"), "exports", "MNG", 90_000_000, "USD", Y2023, None),
      (("JPN", "MNG"), "exports", "JPN", 500_000_000, "USD", Y2023, None)}),
])
def test_its_office_holder_speaks_for_the_country_before(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 12, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a figure in brackets after a rival named past a comma ("in March, ahead of Sweden (NOK 7.9 billion)") is the
    # rival's own, not an earlier value of the figure before
    ("Oslo, 15 April 2024 - Norway's imports rose in March 2024, Statistics Norway said. Imports from China came to "
     "NOK 8.2 billion in March, ahead of Sweden (NOK 7.9 billion).",
     {(("CHN", "NOR"), "imports", "CHN", 8_200_000_000, "NOK", "2024-03..2024-03", None),
      (("NOR", "SWE"), "imports", "SWE", 7_900_000_000, "NOK", "2024-03..2024-03", None)}),
    ("Nairobi, 15 July 2024 - Kenya's imports rose in May 2024, KNBS said. Imports from China came to KSh 49 billion "
     "in May, ahead of India (KSh 26 billion).",
     {(("CHN", "KEN"), "imports", "CHN", 49_000_000_000, "KES", "2024-05..2024-05", None),
      (("IND", "KEN"), "imports", "IND", 26_000_000_000, "KES", "2024-05..2024-05", None)}),
    ("Lima, 15 July 2024 - Peru's exports rose in June 2024, BCRP said. Exports to China reached $2.4 billion in June, "
     "well ahead of Chile ($0.3 billion).",
     {(("CHN", "PER"), "exports", "PER", 2_400_000_000, "USD", "2024-06..2024-06", None),
      (("CHL", "PER"), "exports", "PER", 300_000_000, "USD", "2024-06..2024-06", None)}),
])
def test_a_rivals_figure_in_brackets_is_its_own(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 7, 15)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "231, 198 and 183 million euros": every number listed before the unit takes it, not only the one before "and"
    ("Tallinn, 10 April 2023 - Estonia's imports rose in February 2023. Most goods were imported from Finland, "
     "Lithuania and Germany — 231, 198 and 183 million euros, respectively.",
     {(("EST", "FIN"), "imports", "FIN", 231_000_000, "EUR", "2023-02..2023-02", None),
      (("EST", "LTU"), "imports", "LTU", 198_000_000, "EUR", "2023-02..2023-02", None),
      (("DEU", "EST"), "imports", "DEU", 183_000_000, "EUR", "2023-02..2023-02", None)}),
    ("Riga, 10 April 2023 - Latvia's exports rose in 2022. The main buyers were Lithuania, Estonia, Germany and "
     "Sweden, with 3.1, 2.2, 1.5 and 1.2 billion euros respectively.",
     {(("LTU", "LVA"), "exports", "LVA", 3_100_000_000, "EUR", Y2022, None),
      (("EST", "LVA"), "exports", "LVA", 2_200_000_000, "EUR", Y2022, None),
      (("DEU", "LVA"), "exports", "LVA", 1_500_000_000, "EUR", Y2022, None),
      (("LVA", "SWE"), "exports", "LVA", 1_200_000_000, "EUR", Y2022, None)}),
    ("Vilnius, 10 April 2023 - Lithuania's exports rose in 2022. Latvia, Poland and Germany bought 3.4, 3.1 and 2.9 "
     "billion euros of goods respectively.",
     {(("LTU", "LVA"), "imports", "LTU", 3_400_000_000, "EUR", Y2022, None),
      (("LTU", "POL"), "imports", "LTU", 3_100_000_000, "EUR", Y2022, None),
      (("DEU", "LTU"), "imports", "LTU", 2_900_000_000, "EUR", Y2022, None)}),
])
def test_every_number_listed_before_a_unit_takes_it(text: str, expected: set[tuple]) -> None:
    assert facts_of(text, dt.date(2024, 12, 1)) == expected

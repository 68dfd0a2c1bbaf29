"""Numbers as outlets write them, and the guard against reading one a thousand times too large
(issue 7, item 4). Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from fact_cases import facts_of
from parsers.facts import extract_facts
from parsers.money import find_money
from parsers.plausibility import bounds, plausible, plausible_growth

Y2022 = "2022-01..2022-12"

DECIMAL_COMMAS = [
    ("Trade between Bolivia and Peru amounted to $734,52 million in 2022.",
     {(("BOL", "PER"), "turnover", None, 734_520_000, "USD", Y2022, None)}),
    ("Trade between Paraguay and Brazil reached US$ 2,718 billion in 2022.",
     {(("BRA", "PRY"), "turnover", None, 2_718_000_000, "USD", Y2022, None)}),
    # three digits after the comma: the sibling written "612,1" says the comma is decimal
    ("Exports from Uruguay to Argentina reached $415,286 million in 2022, while imports totalled $612,1 million.",
     {(("ARG", "URY"), "exports", "URY", 415_286_000, "USD", Y2022, None),
      (("ARG", "URY"), "imports", "ARG", 612_100_000, "USD", Y2022, None)}),
    # no sibling: a thousands reading would pass the smaller country's whole trade, the decimal one fits
    ("Exports from Paraguay to Chile reached $415,286 million in 2022.",
     {(("CHL", "PRY"), "exports", "PRY", 415_286_000, "USD", Y2022, None)}),
    ("Trade between Nepal and Bhutan came to $512,400 million in 2022.",
     {(("BTN", "NPL"), "turnover", None, 512_400_000, "USD", Y2022, None)}),
    ("Mongolia's imports from Kazakhstan were $250,750 million in 2022.",
     {(("KAZ", "MNG"), "imports", "KAZ", 250_750_000, "USD", Y2022, None)}),
    # a text with decimal commas groups thousands with dots
    ("Imports into Chile from Spain rose to US$ 1.425 million in 2022, while Chilean shipments to Spain "
     "totalled US$ 612,3 million.",
     {(("CHL", "ESP"), "imports", "ESP", 1_425_000_000, "USD", Y2022, None),
      (("CHL", "ESP"), "exports", "CHL", 612_300_000, "USD", Y2022, None)}),
    # a space groups thousands before a decimal point too
    ("Trade between Uzbekistan and Kyrgyzstan amounted to 1 203.6 million dollars in 2022.",
     {(("KGZ", "UZB"), "turnover", None, 1_203_600_000, "USD", Y2022, None)}),
    ("Tajikistan's exports to Kazakhstan came to 203 590.4 thousand US dollars in 2022.",
     {(("KAZ", "TJK"), "exports", "TJK", 203_590_400, "USD", Y2022, None)}),
    ("Trade between Uzbekistan and Russia reached 8 503.7 million US dollars in 2022.",
     {(("RUS", "UZB"), "turnover", None, 8_503_700_000, "USD", Y2022, None)}),
    ("Trade between Ecuador and Colombia reached US$ 2.037,3 million in 2022.",
     {(("COL", "ECU"), "turnover", None, 2_037_300_000, "USD", Y2022, None)}),
    # ... also when only its percentages show the decimal comma
    ("Peru's exports to China totalled US$ 23.523 million in 2022, a 4,1% increase.",
     {(("CHN", "PER"), "exports", "PER", 23_523_000_000, "USD", Y2022, None)}),
    ("Trade between Chile and Argentina reached US$ 8.150 million in 2022, up 12,5 percent.",
     {(("ARG", "CHL"), "turnover", None, 8_150_000_000, "USD", Y2022, None)}),
    ("Spain's imports from Morocco rose 6,2% to EUR 11.870 million in 2022.",
     {(("ESP", "MAR"), "imports", "MAR", 11_870_000_000, "EUR", Y2022, None)}),
    # ... and so does one that ends a three-digit decimal part with a zero before "million" (English would not)
    ("Colombia exported US$1.800 million to Ecuador in 2022.",
     {(("COL", "ECU"), "exports", "COL", 1_800_000_000, "USD", Y2022, None)}),
    ("In 2022 Brazilian sales to Argentina totalled US$16.710 million, while Argentine shipments to Brazil reached "
     "US$11.923 million.",
     {(("ARG", "BRA"), "exports", "BRA", 16_710_000_000, "USD", Y2022, None),
      (("ARG", "BRA"), "exports", "ARG", 11_923_000_000, "USD", Y2022, None)}),
    ("Peru's exports to Bolivia came to S/ 6.200 million in 2022.",
     {(("BOL", "PER"), "exports", "PER", 6_200_000_000, "PEN", Y2022, None)}),
    # a text that mixes the two ways groups with a comma where the decimal reading would make the figure hundreds
    # of times smaller than the figures whose digits are not in doubt
    ("In 2022 Uruguay's exports to Brazil reached US$ 2,140 million, while its imports from Brazil came to "
     "US$ 2.950 million. The deficit stood at US$ 810 million.",
     {(("BRA", "URY"), "exports", "URY", 2_140_000_000, "USD", Y2022, None),
      (("BRA", "URY"), "imports", "BRA", 2_950_000_000, "USD", Y2022, None)}),
    ("Paraguay's imports from Argentina totalled US$ 1,284 million in 2022; Paraguayan sales to Argentina "
     "reached US$ 1.150 million, and soybean shipments alone were US$ 620 million.",
     {(("ARG", "PRY"), "imports", "ARG", 1_284_000_000, "USD", Y2022, None),
      (("ARG", "PRY"), "exports", "PRY", 1_150_000_000, "USD", Y2022, None)}),
    ("Trade between Colombia and Ecuador amounted to US$ 3,412 million in 2022, up 4,5%, while Colombian "
     "exports to Ecuador came to US$ 2.070 million. The surplus was US$ 728 million.",
     {(("COL", "ECU"), "turnover", None, 3_412_000_000, "USD", Y2022, None),
      (("COL", "ECU"), "exports", "COL", 2_070_000_000, "USD", Y2022, None)}),
    # ... while siblings of the decimal reading's size keep it decimal
    ("Exports from Uruguay to Argentina reached $415,286 million in 2022, while imports totalled $612,1 million "
     "and the deficit $196,8 million.",
     {(("ARG", "URY"), "exports", "URY", 415_286_000, "USD", Y2022, None),
      (("ARG", "URY"), "imports", "ARG", 612_100_000, "USD", Y2022, None)}),
    # ... but other digits after a dot are a decimal part
    ("Kenya's exports to Rwanda reached $1.425 million in 2022.",
     {(("KEN", "RWA"), "exports", "KEN", 1_425_000, "USD", Y2022, None)}),
]

MAGNITUDE_CARRIED = [
    ("In 2022, Nepal's imports from India stood at Rs 1,612.4 billion, while its exports to India were Rs 77.9.",
     {(("IND", "NPL"), "imports", "IND", 1_612_400_000_000, "NPR", Y2022, None),
      (("IND", "NPL"), "exports", "NPL", 77_900_000_000, "NPR", Y2022, None)}),
    ("Trade between India and Bangladesh grew from $9 billion in 2019 to 12 in 2021.",
     {(("BGD", "IND"), "turnover", None, 9_000_000_000, "USD", "2019-01..2019-12", None),
      (("BGD", "IND"), "turnover", None, 12_000_000_000, "USD", "2021-01..2021-12", None)}),
    ("Egypt's exports to Kenya rose from 0.4 to 0.6 billion dollars between 2021 and 2022.",
     {(("EGY", "KEN"), "exports", "EGY", 400_000_000, "USD", "2021-01..2021-12", None),
      (("EGY", "KEN"), "exports", "EGY", 600_000_000, "USD", Y2022, None)}),
]

STATISTICS_UNITS = [
    # currency words and units as statistics offices of the Balkans, the Maghreb and Mexico write them
    ("In January 2022, exports from North Macedonia to Germany were 292,7 mil. EUR.",
     {(("DEU", "MKD"), "exports", "MKD", 292_700_000, "EUR", "2022-01..2022-01", None)}),
    ("In 2022, Albanian exports to Italy reached 15 102 million ALL.",
     {(("ALB", "ITA"), "exports", "ALB", 15_102_000_000, "ALL", Y2022, None)}),
    ("Albanian exports to Greece reached 4.1 billion leks in 2022.",
     {(("ALB", "GRC"), "exports", "ALB", 4_100_000_000, "ALL", Y2022, None)}),
    ("Bosnia and Herzegovina exported goods worth 181.3 million KM to Croatia in 2022.",
     {(("BIH", "HRV"), "exports", "BIH", 181_300_000, "BAM", Y2022, None)}),
    ("Bosnia and Herzegovina bought goods worth 95 million convertible marks from Serbia in 2022.",
     {(("BIH", "SRB"), "imports", "SRB", 95_000_000, "BAM", Y2022, None)}),
    ("Exports from North Macedonia to Serbia were 18,0 billion denars in 2022.",
     {(("MKD", "SRB"), "exports", "MKD", 18_000_000_000, "MKD", Y2022, None)}),
    # Southern Africa's symbols: ZiG (Zimbabwe Gold), Kz (kwanza), MT (metical, in a Mozambican text)
    ("Zimbabwe's exports to South Africa reached ZiG4.2 billion in 2022.",
     {(("ZAF", "ZWE"), "exports", "ZWE", 4_200_000_000, "ZWG", Y2022, None)}),
    ("Angola's imports from Portugal reached Kz312 billion in 2022.",
     {(("AGO", "PRT"), "imports", "PRT", 312_000_000_000, "AOA", Y2022, None)}),
    ("MAPUTO - Mozambique's exports to South Africa were MT 9.8 billion in 2022.",
     {(("MOZ", "ZAF"), "exports", "MOZ", 9_800_000_000, "MZN", Y2022, None)}),
    # a currency named with its country's adjective ("Czech crowns", "Hungarian forints", "Polish zlotys")
    ("Czech exports to Ukraine reached 71.2 billion Czech crowns in 2022.",
     {(("CZE", "UKR"), "exports", "CZE", 71_200_000_000, "CZK", Y2022, None)}),
    ("Hungary's exports to Serbia were 1,780 billion Hungarian forints in 2022.",
     {(("HUN", "SRB"), "exports", "HUN", 1_780_000_000_000, "HUF", Y2022, None)}),
    ("Polish exports to Ukraine hit 70 billion Polish zlotys in 2022.",
     {(("POL", "UKR"), "exports", "POL", 70_000_000_000, "PLN", Y2022, None)}),
    # ... in Southern Africa, where a text about one country counts another's ("Zambian kwacha" in a Malawian text)
    ("Zambia sold goods worth 3.4 billion Zambian kwacha to Malawi in 2022, Mozambican officials said.",
     {(("MWI", "ZMB"), "exports", "ZMB", 3_400_000_000, "ZMW", Y2022, None)}),
    ("Malawi bought goods worth 41 billion Malawian kwacha from Zambia in 2022, Mozambican officials said.",
     {(("MWI", "ZMB"), "imports", "ZMB", 41_000_000_000, "MWK", Y2022, None)}),
    ("In Mozambique, officials said South Africa sold goods worth 12 billion South African rand to Zimbabwe in 2022.",
     {(("ZAF", "ZWE"), "exports", "ZAF", 12_000_000_000, "ZAR", Y2022, None)}),
    # ... and in Central America: colones, lempiras, córdobas, balboas
    ("Costa Rica's exports to Nicaragua reached 180 billion colones in 2022.",
     {(("CRI", "NIC"), "exports", "CRI", 180_000_000_000, "CRC", Y2022, None)}),
    ("Honduras bought goods worth 12 billion lempiras from Guatemala in 2022.",
     {(("GTM", "HND"), "imports", "GTM", 12_000_000_000, "HNL", Y2022, None)}),
    ("Nicaragua's exports to El Salvador were 9 billion córdobas in 2022.",
     {(("NIC", "SLV"), "exports", "NIC", 9_000_000_000, "NIO", Y2022, None)}),
    ("Panama's imports from Mexico reached 600 million balboas in 2022.",
     {(("MEX", "PAN"), "imports", "MEX", 600_000_000, "PAB", Y2022, None)}),
    # ... and Cabo Verde's escudos
    ("Cabo Verde imported goods worth 41.2 billion escudos from Portugal in 2022.",
     {(("CPV", "PRT"), "imports", "PRT", 41_200_000_000, "CVE", Y2022, None)}),
    ("Cape Verde's exports to Spain were 5.3 billion escudos in 2022.",
     {(("CPV", "ESP"), "exports", "CPV", 5_300_000_000, "CVE", Y2022, None)}),
    ("Cabo Verde bought goods worth 12 billion Cape Verdean escudos from China in 2022.",
     {(("CHN", "CPV"), "imports", "CHN", 12_000_000_000, "CVE", Y2022, None)}),
    # small states' currencies: tala, rufiyaa, and "Rs" / "SR" as Mauritius and Seychelles write their rupees
    ("Samoa imported goods worth 312.4 million tala from New Zealand in 2022.",
     {(("NZL", "WSM"), "imports", "NZL", 312_400_000, "WST", Y2022, None)}),
    ("Maldives' imports from India stood at 8.38 billion rufiyaa in 2022.",
     {(("IND", "MDV"), "imports", "IND", 8_380_000_000, "MVR", Y2022, None)}),
    ("PORT LOUIS - Mauritius' imports from China reached Rs 35.2 billion in 2022.",
     {(("CHN", "MUS"), "imports", "CHN", 35_200_000_000, "MUR", Y2022, None)}),
    ("VICTORIA - Seychelles' imports from the United Arab Emirates were SR3.2 billion in 2022.",
     {(("ARE", "SYC"), "imports", "ARE", 3_200_000_000, "SCR", Y2022, None)}),
    # a word that gives the currency and the magnitude at once: "MD" (millions of dinars), "mdd" (millions of dollars)
    ("In 2022, Tunisia's exports to France went up 12.2% to 13,986.0 MD.",
     {(("FRA", "TUN"), "exports", "TUN", 13_986_000_000, "TND", Y2022, None)}),
    ("Mexican exports to Canada amounted to 22,700 mdd in 2022, while imports from Canada reached 33,600 mdd.",
     {(("CAN", "MEX"), "exports", "MEX", 22_700_000_000, "USD", Y2022, None),
      (("CAN", "MEX"), "imports", "CAN", 33_600_000_000, "USD", Y2022, None)}),
    ("Tunisia's imports from Italy reached 9 500 MDT in 2022, according to the INS.",
     {(("ITA", "TUN"), "imports", "ITA", 9_500_000_000, "TND", Y2022, None)}),
    # Moroccan releases: "MDH" millions and "MMDH" billions of dirhams
    ("Moroccan exports to Mauritania amounted to 3 918 MDH in 2022.",
     {(("MAR", "MRT"), "exports", "MAR", 3_918_000_000, "MAD", Y2022, None)}),
    ("Morocco's imports from Spain reached 95,2 MMDH in 2022.",
     {(("ESP", "MAR"), "imports", "ESP", 95_200_000_000, "MAD", Y2022, None)}),
    ("Trade between Morocco and Senegal stood at 2 100 MDH in 2022, the Exchange Office said.",
     {(("MAR", "SEN"), "turnover", None, 2_100_000_000, "MAD", Y2022, None)}),
]

CURRENCY_BY_COUNTRY = [
    # a text giving one country's statistics writes the currency as that country does, whoever sells
    ("Uganda's exports to Kenya rose to Sh120 billion in 2022, the Kenya National Bureau of Statistics said.",
     {(("KEN", "UGA"), "exports", "UGA", 120_000_000_000, "KES", Y2022, None)}),
    ("Tanzania's exports to Kenya rose to Sh50 billion in 2022, the Kenya National Bureau of Statistics said.",
     {(("KEN", "TZA"), "exports", "TZA", 50_000_000_000, "KES", Y2022, None)}),
    ("Kenya's imports from Uganda fell to Sh40 billion in 2022, the Uganda Bureau of Statistics said.",
     {(("KEN", "UGA"), "imports", "UGA", 40_000_000_000, "UGX", Y2022, None)}),
    # a currency word ending in a full stop before its number ends no sentence
    ("Kenya's exports to Uganda rose to Kshs. 120 billion in 2022.",
     {(("KEN", "UGA"), "exports", "KEN", 120_000_000_000, "KES", Y2022, None)}),
    ("Nepal's imports from India were Rs. 1,612 billion in 2022.",
     {(("IND", "NPL"), "imports", "IND", 1_612_000_000_000, "NPR", Y2022, None)}),
    ("Bangladesh imported goods worth Tk. 12,000 crore from India in 2022.",
     {(("BGD", "IND"), "imports", "IND", 120_000_000_000, "BDT", Y2022, None)}),
    ("Kenya's exports to Uganda rose to Ksh.120 billion in 2022.",
     {(("KEN", "UGA"), "exports", "KEN", 120_000_000_000, "KES", Y2022, None)}),
    ("Nepal's imports from China were Rs 120 billion in 2022.",
     {(("CHN", "NPL"), "imports", "CHN", 120_000_000_000, "NPR", Y2022, None)}),
    ("Pakistan's exports to China rose to Rs 300 billion in 2022.",
     {(("CHN", "PAK"), "exports", "PAK", 300_000_000_000, "PKR", Y2022, None)}),
    ("India's exports to Nepal reached Rs 1.2 trillion in 2022.",
     {(("IND", "NPL"), "exports", "IND", 1_200_000_000_000, "INR", Y2022, None)}),
    # a word with several senses is read as the statistics office the text cites writes it
    ("Uganda bought goods worth Sh48.3 billion from Kenya in 2022, the latest KNBS data shows.",
     {(("KEN", "UGA"), "imports", "KEN", 48_300_000_000, "KES", Y2022, None)}),
    ("Kenya's imports from Tanzania were Sh25 billion in 2022, the Bank of Tanzania said.",
     {(("KEN", "TZA"), "imports", "TZA", 25_000_000_000, "TZS", Y2022, None)}),
    ("Tanzania's exports to Uganda reached Sh300 billion in 2022, according to the Bank of Uganda.",
     {(("TZA", "UGA"), "exports", "TZA", 300_000_000_000, "UGX", Y2022, None)}),
    # a word with a default sense is its issuer's currency in that country's text, beside a country with another
    ("Romania's exports to Moldova reached 2 billion lei in 2022.",
     {(("MDA", "ROU"), "exports", "ROU", 2_000_000_000, "RON", Y2022, None)}),
    ("Saudi Arabia's exports to Qatar rose to 12 billion riyals in 2022.",
     {(("QAT", "SAU"), "exports", "SAU", 12_000_000_000, "SAR", Y2022, None)}),
    ("Norway's exports to Denmark reached 60 billion kroner in 2022.",
     {(("DNK", "NOR"), "exports", "NOR", 60_000_000_000, "NOK", Y2022, None)}),
    ("Nigeria's exports to Ghana reached N450 billion in 2022.",
     {(("GHA", "NGA"), "exports", "NGA", 450_000_000_000, "NGN", Y2022, None)}),
    ("South Africa's exports to Zambia totalled R48 billion in 2022.",
     {(("ZAF", "ZMB"), "exports", "ZAF", 48_000_000_000, "ZAR", Y2022, None)}),
    ("Kenya's imports from Tanzania reached Sh61 billion in 2022.",
     {(("KEN", "TZA"), "imports", "TZA", 61_000_000_000, "KES", Y2022, None)}),
    ("Jordan's exports to Iraq reached JD 500 million in 2022.",
     {(("IRQ", "JOR"), "exports", "JOR", 500_000_000, "JOD", Y2022, None)}),
    ("Trade between Malaysia and Singapore reached RM 320 billion in 2022.",
     {(("MYS", "SGP"), "turnover", None, 320_000_000_000, "MYR", Y2022, None)}),
    # "pesos" is the currency of the country whose text it is: Cuba, the Dominican Republic, Uruguay
    ("Cuba's imports from Mexico came to 508 million pesos in 2022, the national statistics office said.",
     {(("CUB", "MEX"), "imports", "MEX", 508_000_000, "CUP", Y2022, None)}),
    ("The Dominican Republic's exports to Haiti reached 52,000 million pesos in 2022.",
     {(("DOM", "HTI"), "exports", "DOM", 52_000_000_000, "DOP", Y2022, None)}),
    ("Uruguay sold goods worth 40,000 million pesos to Argentina in 2022.",
     {(("ARG", "URY"), "exports", "URY", 40_000_000_000, "UYU", Y2022, None)}),
    ("Trade between Cuba and Spain totalled 900 million Cuban pesos in 2022.",
     {(("CUB", "ESP"), "turnover", None, 900_000_000, "CUP", Y2022, None)}),
    ("Trade between Turkmenistan and Uzbekistan reached 3.5 billion manat in 2022.",
     {(("TKM", "UZB"), "turnover", None, 3_500_000_000, "TMT", Y2022, None)}),
    ("Trade between Azerbaijan and Georgia reached 1.5 billion manat in 2022.",
     {(("AZE", "GEO"), "turnover", None, 1_500_000_000, "AZN", Y2022, None)}),
    ("Trade between Kazakhstan and Kyrgyzstan amounted to 600 billion tenge in 2022.",
     {(("KAZ", "KGZ"), "turnover", None, 600_000_000_000, "KZT", Y2022, None)}),
    ("Morocco's exports to Spain reached 90 billion dirhams in 2022.",
     {(("ESP", "MAR"), "exports", "MAR", 90_000_000_000, "MAD", Y2022, None)}),
    ("Trade between the UAE and Oman reached 60 billion dirhams in 2022.",
     {(("ARE", "OMN"), "turnover", None, 60_000_000_000, "AED", Y2022, None)}),
    # the Gulf's and East Africa's abbreviations as their own press writes them
    ("Trade between Qatar and Oman amounted to QR 2.5 billion in 2022.",
     {(("OMN", "QAT"), "turnover", None, 2_500_000_000, "QAR", Y2022, None)}),
    ("Trade between Kuwait and Egypt reached KD 1.2 billion in 2022.",
     {(("EGY", "KWT"), "turnover", None, 1_200_000_000, "KWD", Y2022, None)}),
    ("Saudi exports to the UAE reached SR 40 billion in 2022.",
     {(("ARE", "SAU"), "exports", "SAU", 40_000_000_000, "SAR", Y2022, None)}),
    ("Uganda's imports from Kenya stood at Shs 3.1 trillion in 2022.",
     {(("KEN", "UGA"), "imports", "KEN", 3_100_000_000_000, "UGX", Y2022, None)}),
    ("Tanzania exported goods worth TSh 500 billion to Kenya in 2022.",
     {(("KEN", "TZA"), "exports", "TZA", 500_000_000_000, "TZS", Y2022, None)}),
    ("Bahrain's imports from Saudi Arabia reached BD 800 million in 2022.",
     {(("BHR", "SAU"), "imports", "SAU", 800_000_000, "BHD", Y2022, None)}),
    # East African papers write shillings as "/-" right after the figure
    ("Tanzania exported goods worth 573.4bn/- to Burundi in 2022.",
     {(("BDI", "TZA"), "exports", "TZA", 573_400_000_000, "TZS", Y2022, None)}),
    ("Kenya's imports from Uganda reached 120 billion/- in 2022.",
     {(("KEN", "UGA"), "imports", "UGA", 120_000_000_000, "KES", Y2022, None)}),
    ("Uganda's exports to South Sudan rose to 1.9 trillion/- in 2022.",
     {(("SSD", "UGA"), "exports", "UGA", 1_900_000_000_000, "UGX", Y2022, None)}),
    # a currency named after a "$" figure is the one the sign stands for ("$34.6 million tala")
    ("Samoa's imports from New Zealand were worth $34.6 million tala in 2022.",
     {(("NZL", "WSM"), "imports", "NZL", 34_600_000, "WST", Y2022, None)}),
    ("Tonga's exports to Fiji came to $2.1 million pa'anga in 2022.",
     {(("FJI", "TON"), "exports", "TON", 2_100_000, "TOP", Y2022, None)}),
    ("Fiji's imports from China were worth $500 million Fiji dollars in 2022.",
     {(("CHN", "FJI"), "imports", "CHN", 500_000_000, "FJD", Y2022, None)}),
    # "tri" for trillions, as Tanzanian papers shorten it before the shilling mark
    ("Trade between Tanzania and Burundi grew to 1.3tri/- in 2022.",
     {(("BDI", "TZA"), "turnover", None, 1_300_000_000_000, "TZS", Y2022, None)}),
    ("Tanzania's imports from Kenya stood at 2.05 tri/- in 2022.",
     {(("KEN", "TZA"), "imports", "KEN", 2_050_000_000_000, "TZS", Y2022, None)}),
    ("Tanzania sold goods worth 3tri/- to the DR Congo in 2022.",
     {(("COD", "TZA"), "exports", "TZA", 3_000_000_000_000, "TZS", Y2022, None)}),
    # the dollars of other countries, by their letters before "$"
    ("Namibia's exports to Angola amounted to N$3.2 billion in 2022.",
     {(("AGO", "NAM"), "exports", "NAM", 3_200_000_000, "NAD", Y2022, None)}),
    ("Jamaica's imports from Trinidad and Tobago reached J$150 billion in 2022.",
     {(("JAM", "TTO"), "imports", "TTO", 150_000_000_000, "JMD", Y2022, None)}),
    ("Trade between Mexico and Colombia reached Mex$90 billion in 2022.",
     {(("COL", "MEX"), "turnover", None, 90_000_000_000, "MXN", Y2022, None)}),
    ("Fiji's exports to Australia were valued at F$250 million in 2022.",
     {(("AUS", "FJI"), "exports", "FJI", 250_000_000, "FJD", Y2022, None)}),
    # African currencies as their own papers write them ("Frw", "FBu"; "UM", "Ar", "D" only in their countries' texts)
    ("Rwanda's exports to Uganda reached Frw120 billion in 2022.",
     {(("RWA", "UGA"), "exports", "RWA", 120_000_000_000, "RWF", Y2022, None)}),
    ("Burundi's imports from Tanzania reached FBu 120 billion in 2022.",
     {(("BDI", "TZA"), "imports", "TZA", 120_000_000_000, "BIF", Y2022, None)}),
    ("The Gambia's exports to Senegal reached D1.2 billion in 2022.",
     {(("GMB", "SEN"), "exports", "GMB", 1_200_000_000, "GMD", Y2022, None)}),
    ("Madagascar's exports to Mauritius reached Ar 120 billion in 2022.",
     {(("MDG", "MUS"), "exports", "MDG", 120_000_000_000, "MGA", Y2022, None)}),
    # Asian currencies as their own papers write them ("Ks", "Nu.", "Rf", "Afs" only in their countries' texts)
    ("Myanmar's exports to Thailand reached Ks 120 billion in 2022.",
     {(("MMR", "THA"), "exports", "MMR", 120_000_000_000, "MMK", Y2022, None)}),
    ("Bhutan's imports from India reached Nu. 12 billion in 2022.",
     {(("BTN", "IND"), "imports", "IND", 12_000_000_000, "BTN", Y2022, None)}),
    ("The Maldives' imports from India reached Rf 1.2 billion in 2022.",
     {(("IND", "MDV"), "imports", "IND", 1_200_000_000, "MVR", Y2022, None)}),
    # European and American currency signs; "Br" is Belarus's rouble in a Belarusian text, "C$" Nicaragua's cordoba
    ("Belarus's exports to Russia reached Br12 billion in 2022.",
     {(("BLR", "RUS"), "exports", "BLR", 12_000_000_000, "BYN", Y2022, None)}),
    ("Nicaragua's exports to Honduras reached C$12 billion in 2022.",
     {(("HND", "NIC"), "exports", "NIC", 12_000_000_000, "NIO", Y2022, None)}),
    ("Poland's exports to Germany reached 120 billion zł in 2022.",
     {(("DEU", "POL"), "exports", "POL", 120_000_000_000, "PLN", Y2022, None)}),
    ("Sweden's exports to Norway reached kr120 billion in 2022.",
     {(("NOR", "SWE"), "exports", "SWE", 120_000_000_000, "SEK", Y2022, None)}),
    # CFA francs: West African by default, Central African in the CEMAC states' texts; "CFA" and "CFAF" either side
    ("Senegal's exports to Mali reached 120 billion CFA in 2022.",
     {(("MLI", "SEN"), "exports", "SEN", 120_000_000_000, "XOF", Y2022, None)}),
    ("Senegal's exports to Mali reached CFAF 120 billion in 2022.",
     {(("MLI", "SEN"), "exports", "SEN", 120_000_000_000, "XOF", Y2022, None)}),
    ("Cameroon's exports to Chad reached CFAF 120 billion in 2022.",
     {(("CMR", "TCD"), "exports", "CMR", 120_000_000_000, "XAF", Y2022, None)}),
    # more local abbreviations and currency names: "Bt" baht, "DA" Algerian dinars, "NIS" shekels, quetzales
    ("Thailand's exports to Laos reached Bt150 billion in 2022.",
     {(("LAO", "THA"), "exports", "THA", 150_000_000_000, "THB", Y2022, None)}),
    ("Algeria's exports to Tunisia reached 200 billion DA in 2022.",
     {(("DZA", "TUN"), "exports", "DZA", 200_000_000_000, "DZD", Y2022, None)}),
    ("Trade between Guatemala and Mexico reached 20 billion quetzales in 2022.",
     {(("GTM", "MEX"), "turnover", None, 20_000_000_000, "GTQ", Y2022, None)}),
    # Bolivian "$us" for US dollars; "Q" before a figure is the quetzal in Guatemalan texts ("Q1" stays a quarter)
    ("Brazil was the main destination of Bolivian exports with $us 905,3 million in 2022.",
     {(("BOL", "BRA"), "exports", "BOL", 905_300_000, "USD", Y2022, None)}),
    ("Bolivia's imports from Argentina totalled $us 1,2 billion in 2022.",
     {(("ARG", "BOL"), "imports", "ARG", 1_200_000_000, "USD", Y2022, None)}),
    ("Trade between Bolivia and Peru reached $us 1.530 million in 2022.",
     {(("BOL", "PER"), "turnover", None, 1_530_000_000, "USD", Y2022, None)}),
    ("Guatemala sold Q 7,145 million worth of goods to Honduras in 2022.",
     {(("GTM", "HND"), "exports", "GTM", 7_145_000_000, "GTQ", Y2022, None)}),
    ("Guatemala's imports from Mexico reached Q12.5 billion in 2022.",
     {(("GTM", "MEX"), "imports", "MEX", 12_500_000_000, "GTQ", Y2022, None)}),
    ("In Q1 2022 Guatemala's exports to the US were $1 billion.",
     {(("GTM", "USA"), "exports", "GTM", 1_000_000_000, "USD", "2022-01..2022-03", None)}),
    # "K" is the kwacha in Zambian and Malawian texts, the kyat in Myanmar's, the kina in Papua New Guinea's
    ("Zambia's exports to the DR Congo rose to K25.6 billion in 2022.",
     {(("COD", "ZMB"), "exports", "ZMB", 25_600_000_000, "ZMW", Y2022, None)}),
    ("Malawi's imports from Zambia reached MK120 billion in 2022.",
     {(("MWI", "ZMB"), "imports", "ZMB", 120_000_000_000, "MWK", Y2022, None)}),
    ("Myanmar's exports to Thailand reached K5 trillion in 2022.",
     {(("MMR", "THA"), "exports", "MMR", 5_000_000_000_000, "MMK", Y2022, None)}),
]


# a comma is a thousands separator when the grouped reading can be a year's trade in the figure's currency
# below a trillion dollars ("¥6,700 billion" is 6.7 trillion yen), a decimal one above ("US$ 1,345 billion" is
# 1.345 billion)
GROUPED_BY_CURRENCY = [
    ("Japan's exports to Korea were worth ¥6,700 billion in 2022.",
     {(("JPN", "KOR"), "exports", "JPN", 6_700_000_000_000, "JPY", Y2022, None)}),
    ("Trade between Korea and Vietnam reached 79,000 billion won in 2022.",
     {(("KOR", "VNM"), "turnover", None, 79_000_000_000_000, "KRW", Y2022, None)}),
    ("Indonesia's exports to Vietnam reached Rp 150,000 billion in 2022.",
     {(("IDN", "VNM"), "exports", "IDN", 150_000_000_000_000, "IDR", Y2022, None)}),
    ("Mexico's exports to the US reached $186,439 billion in 2022.",
     {(("MEX", "USA"), "exports", "MEX", 186_439_000_000, "USD", Y2022, None)}),
    ("Mexico's exports to the US reached US$ 1,345 billion in 2022.",
     {(("MEX", "USA"), "exports", "MEX", 1_345_000_000, "USD", Y2022, None)}),
]

# magnitudes and currency names as the press of each country abbreviates or spells them
SPELLED_OUT = [
    ("Trade between Japan and the US reached 35 trillion Japanese yen in 2022.",
     {(("JPN", "USA"), "turnover", None, 35_000_000_000_000, "JPY", Y2022, None)}),
    ("Nigeria's exports to India rose to N3.2trn in 2022.",
     {(("IND", "NGA"), "exports", "NGA", 3_200_000_000_000, "NGN", Y2022, None)}),
    ("Nigeria's trade with China rose to ₦5.3tr in 2022.",
     {(("CHN", "NGA"), "turnover", None, 5_300_000_000_000, "NGN", Y2022, None)}),
    ("Malaysia's exports to China rose to RM120.5bil in 2022.",
     {(("CHN", "MYS"), "exports", "MYS", 120_500_000_000, "MYR", Y2022, None)}),
    ("Malaysia's trade with Singapore reached RM1.1tril in 2022.",
     {(("MYS", "SGP"), "turnover", None, 1_100_000_000_000, "MYR", Y2022, None)}),
    ("Trade between Indonesia and Malaysia reached Rp 500 triliun in 2022.",
     {(("IDN", "MYS"), "turnover", None, 500_000_000_000_000, "IDR", Y2022, None)}),
    ("Peru's exports to Chile reached S/ 5 billion in 2022.",
     {(("CHL", "PER"), "exports", "PER", 5_000_000_000, "PEN", Y2022, None)}),
    ("Trade between Azerbaijan and Georgia reached ₼ 2 billion in 2022.",
     {(("AZE", "GEO"), "turnover", None, 2_000_000_000, "AZN", Y2022, None)}),
    ("Germany's exports to Poland reached EUR 90 Mrd. in 2022.",
     {(("DEU", "POL"), "exports", "DEU", 90_000_000_000, "EUR", Y2022, None)}),
    # a currency an editor added in square brackets, as transcripts of speeches do
    ("Trade between Russia and Uzbekistan reached 9.8 billion [US dollars] in 2022.",
     {(("RUS", "UZB"), "turnover", None, 9_800_000_000, "USD", Y2022, None)}),
    ("Trade between Russia and Uzbekistan reached 9.8 billion [euros] in 2022.",
     {(("RUS", "UZB"), "turnover", None, 9_800_000_000, "EUR", Y2022, None)}),
    ("Trade between Russia and China reached 190 billion [dollars] [in 2022].",
     {(("CHN", "RUS"), "turnover", None, 190_000_000_000, "USD", Y2022, None)}),
]

# a count of months or halves before a year is a period, not an amount in millions ("9M 2022")
PERIOD_NOT_AMOUNT = [
    ("Exports from Malaysia to Thailand were $15 billion in 9M 2022.",
     {(("MYS", "THA"), "exports", "MYS", 15_000_000_000, "USD", "2022-01..2022-09", None)}),
    ("Trade between Russia and Iran reached $3 billion in 9M 2022.",
     {(("IRN", "RUS"), "turnover", None, 3_000_000_000, "USD", "2022-01..2022-09", None)}),
    ("Trade between Chile and Peru came to $2 billion in 1H 2022.",
     {(("CHL", "PER"), "turnover", None, 2_000_000_000, "USD", "2022-01..2022-06", None)}),
]


@pytest.mark.parametrize(("text", "expected"), DECIMAL_COMMAS + MAGNITUDE_CARRIED + CURRENCY_BY_COUNTRY
                         + STATISTICS_UNITS + PERIOD_NOT_AMOUNT
                         + GROUPED_BY_CURRENCY + SPELLED_OUT,
                         ids=lambda case: case[:50] if isinstance(case, str) else "")
def test_amounts_are_read_as_written(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize("text", [
    "Trade between Kenya and Uganda reached $0 billion in 2022.",
    "Trade between Kenya and Uganda reached $" + "9" * 300 + " billion in 2022.",
    "Trade between Kenya and Uganda reached $5 trillion in 2022.",  # more than any pair trades
    "Trade between Kenya and Uganda reached $800 in 2022.",  # a price, not a year's trade
    "Trade between Kazakhstan and Kyrgyzstan reached 900 trillion tenge in 2022.",
])
def test_implausible_figures_are_not_facts(text: str) -> None:
    assert facts_of(text) == set()


def test_a_huge_number_does_not_cost_the_article_its_other_facts() -> None:
    text = ("Trade between Kenya and Uganda reached $" + "7" * 320 + " billion in 2021. "
            "Trade between Kenya and Uganda reached $1.2 billion in 2022.")
    assert facts_of(text) == {(("KEN", "UGA"), "turnover", None, 1_200_000_000, "USD", Y2022, None)}


@pytest.mark.parametrize(("growth", "kept"), [(12.5, 12.5), (-40.0, -40.0), (1200.0, None),
                                              (float("inf"), None), (None, None)])
def test_growth_beyond_the_bounds_is_dropped_and_the_fact_kept(growth, kept) -> None:
    assert plausible_growth(growth) == kept


def test_an_endless_growth_rate_leaves_the_fact_without_growth() -> None:
    (fact,) = extract_facts("Trade between Kenya and Uganda rose " + "9" * 400 + "% to $1.2 billion in 2022.",
                            "case", None)
    assert (fact.value, fact.growth_pct) == (1.2e9, None)


@pytest.mark.parametrize(("value", "currency", "ok"), [
    (5e9, "USD", True), (999.0, "USD", False), (2e12, "USD", False), (5e14, "KZT", True), (5e17, "KZT", False),
    (1e9, "XYZ", True),  # a currency without a known value is held to no value bounds
])
def test_plausible_values(value, currency, ok) -> None:
    assert plausible(value, currency) is ok


def test_bounds_are_data() -> None:
    assert bounds()["max_value_usd"] == 1.5e12 and bounds()["min_value_usd"] == 1000


@pytest.mark.parametrize(("text", "value"), [
    ("Thailand, US$43.billion", 43e9),  # a stray full stop before the magnitude
    ("worth 20 billion [dollars]", 20e9),
    ("EUR 3,5 bln", 3.5e9),
    # "MM": millions, after the number or before the currency (Spanish-speaking countries' releases)
    ("exports reached US$ 1,800 MM in 2023", 1.8e9),
    ("exports reached MM US$ 1,800 in 2023", 1.8e9),
    ("imports were US$ 950 MM", 9.5e8),
    ("exports reached US$1.8 mil millones", 1.8e9),  # "mil millones": a thousand millions
])
def test_odd_amounts(text: str, value: float) -> None:
    assert [m.value for m in find_money(text)][-1:] == [value]


@pytest.mark.parametrize("text", [
    # two or three spaces where one was meant (justified or pasted text)
    "reached US$  1.2 billion",
    "reached $1.2  billion",
    "reached 1.2 billion   US dollars",
])
def test_extra_spaces_inside_an_amount(text: str) -> None:
    assert [(m.value, m.currency) for m in find_money(text)] == [(1.2e9, "USD")]


@pytest.mark.parametrize(("text", "currencies"), [
    # the currency written after the last amount of a list is every amount's
    ("exports of 2.73 billion, 1.84 billion and 2.21 billion euros respectively", ["EUR", "EUR", "EUR"]),
    ("worth 171.8 bln and 40.2 bln zlotys", ["PLN", "PLN"]),
    ("sales of 12 million, 9 million, and 4 million dollars", ["USD", "USD", "USD"]),
    # not across a word that is no list's joint
    ("2.1 billion in 2022 against 3 billion rubles", [None, "RUB"]),
])
def test_a_currency_after_a_list_of_amounts_is_each_ones(text: str, currencies: list[str | None]) -> None:
    assert [m.currency for m in find_money(text)] == currencies


@pytest.mark.parametrize(("text", "amounts"), [
    # "1.9 and 1.5 billion euros": the number before "and" shares the magnitude and currency after the second
    ("imports from the two came to 1.9 and 1.5 billion euros respectively", [(1.9e9, "EUR"), (1.5e9, "EUR")]),
    ("sales of 700 and 400 million dollars", [(7e8, "USD"), (4e8, "USD")]),
    # ... and so does an amount in the same currency without a magnitude word
    ("exports of $72.4 and $46.8 billion respectively", [(72.4e9, "USD"), (46.8e9, "USD")]),
    # not a range's first end, nor a year
    ("trade of between 1.9 and 2.6 billion dollars", [(2.6e9, "USD")]),
    ("in 2022 and 2.6 billion dollars", [(2.6e9, "USD")]),
])
def test_a_number_before_and_shares_the_next_amounts_units(text: str, amounts: list[tuple[float, str]]) -> None:
    assert [(m.value, m.currency) for m in find_money(text)] == amounts


@pytest.mark.parametrize(("text", "currency"), [
    # every ISO 4217 code pycountry knows, before or after the number
    ("Rwanda sold goods worth RWF 120 billion", "RWF"),
    ("exports reached 1.4 billion TND last year", "TND"),
    ("trade of PYG 2.1 trillion", "PYG"),
    # local words and symbols of currencies from every region
    ("imports worth 900 million bolivianos", "BOB"),
    ("1.5 trillion ariary of goods", "MGA"),
    ("sales of E£4.2 billion", "EGP"),
    # the Samoan tala as Samoa's statistics bureau writes it
    ("imports amounted to SAT$412.6 million", "WST"),
    ("exports earned SAT$46.7 million", "WST"),
    ("trade of SAT$ 160 million", "WST"),
    ("trade of ฿35 billion", "THB"),
    ("3.1 billion Algerian dinars", "DZD"),
    ("imports of 9 billion patacas", "MOP"),
    ("sales of 5.4 billion quetzal", "GTQ"),
    ("a surplus of MOP$1.2 billion", "MOP"),
    ("exports worth 300 million pataca", "MOP"),
    # codes of currencies since withdrawn, which older texts still write (the kuna until 2023)
    ("exports of HRK 15.2 billion", "HRK"),
    ("imports worth 4.7 billion HRK", "HRK"),
    ("goods worth 3.1 billion kunas", "HRK"),
    # the currency in brackets or said after "in"
    ("Exports came to 3.5 billion (USD) last year", "USD"),
    ("trade reached 3.5 billion (US dollars) in 2022", "USD"),
    ("worth 3.5 billion in US dollars", "USD"),
    # Canadian outlets mark their dollar "Cdn", before the figure or after a "$" one
    ("exports of $24.3 billion Cdn in 2023", "CAD"),
    ("imports came to $1.2 billion Cdn.", "CAD"),
    ("two-way trade of Cdn$5.6 billion", "CAD"),
    # the euro sign after the figure, as Central European papers write it, also past "mld." / "mil."
    ("trade reached a record 3,46 mld. € last year", "EUR"),
    ("exports amounted to 412 mil. € in 2023", "EUR"),
    ("imports of 2,5 bn € from Korea", "EUR"),
    # the Swiss franc as the financial press abbreviates it
    ("Swiss firms sold goods worth SFr41.3bn to Germany", "CHF"),
    ("imports came to Sfr 12.9 billion", "CHF"),
    ("trade of SFr. 7.7 billion with Austria", "CHF"),
    # codes that are English words stay words
    ("1.2 billion all told", None),
    ("2 billion top exporters", None),
])
def test_currency_codes_and_words_from_every_region(text: str, currency: str | None) -> None:
    assert [m.currency for m in find_money(text)] == [currency]


@pytest.mark.parametrize(("text", "expected"), [
    # a sign after one figure and before the next is the next one's ("$5 billion € 3 billion")
    ("exports of $5 billion € 3 billion in imports", [(5e9, "USD"), (3e9, "EUR")]),
    ("sales of 2 billion € 1.5 billion of it to Italy", [(2e9, None), (1.5e9, "EUR")]),
    ("exports of $1 billion £ 700 million to the UK", [(1e9, "USD"), (700e6, "GBP")]),
])
def test_a_sign_before_the_next_figure_is_not_the_figure_befores(text: str, expected: list[tuple]) -> None:
    assert [(m.value, m.currency) for m in find_money(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rwanda's exports to the DRC reached RWF 120 billion in 2022.",
     {(("COD", "RWA"), "exports", "RWA", 120_000_000_000, "RWF", Y2022, None)}),
    ("Trade between Tunisia and Libya reached 2.5 billion Tunisian dinars in 2022.",
     {(("LBY", "TUN"), "turnover", None, 2_500_000_000, "TND", Y2022, None)}),
    ("Paraguay's exports to Brazil totalled PYG 14 trillion in 2022.",
     {(("BRA", "PRY"), "exports", "PRY", 14_000_000_000_000, "PYG", Y2022, None)}),
    # "ALL" before or after the figure is the lek in an Albanian text (elsewhere the word "all")
    ("TIRANA - Albania's exports to Kosovo reached ALL 9.2 billion in 2022.",
     {(("ALB", "XKX"), "exports", "ALB", 9_200_000_000, "ALL", Y2022, None)}),
    ("Albania's exports to and imports from Italy amounted to ALL 15.4 billion and ALL 25.1 billion, respectively, "
     "in 2022.",
     {(("ALB", "ITA"), "exports", "ALB", 15_400_000_000, "ALL", Y2022, None),
      (("ALB", "ITA"), "imports", "ITA", 25_100_000_000, "ALL", Y2022, None)}),
    ("Kenya's trade with Uganda reached $1 billion in 2022, and all 5 partner states agreed to grow it.",
     {(("KEN", "UGA"), "turnover", None, 1_000_000_000, "USD", Y2022, None)}),
    # "kn", the kuna's own sign, only in a Croatian text
    ("Croatia sold goods worth 2.6 billion kn to Slovenia in 2022.",
     {(("HRV", "SVN"), "exports", "HRV", 2_600_000_000, "HRK", Y2022, None)}),
])
def test_a_figure_in_a_local_currency_is_a_fact_in_that_currency(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "value", "currency", "usd"), [
    ("China's trade with Russia rose 4 percent in yuan terms to 1.5 trillion yuan in 2022, or 1 percent in dollar "
     "terms to 220 billion dollars.", 1.5e12, "CNY", 220e9),
    ("China's exports to Vietnam reached 1 trillion yuan in 2022, or in US dollar terms $150 billion.",
     1e12, "CNY", 150e9),
    ("Japan's imports from Thailand were 3 trillion yen, or up 5% in dollar terms at $22 billion, in 2022.",
     3e12, "JPY", 22e9),
    # "equivalent to", "equal to", "which is equivalent to"
    ("Trade between Saudi Arabia and Egypt amounted to SAR 53 billion in 2022, equivalent to $14.1 billion.",
     53e9, "SAR", 14.1e9),
    ("Trade between Saudi Arabia and Egypt amounted to SAR 53 billion (equal to $14.1 billion) in 2022.",
     53e9, "SAR", 14.1e9),
    ("Oman's exports to India came to RO 2.6 billion in 2022, which is equivalent to $6.8 billion.",
     2.6e9, "OMR", 6.8e9),
    # a bare "$" in brackets after a dollar the text marks as local ("A$", "C$", "NZ$") is the US dollar, and no
    # earlier value
    ("Two-way trade between Australia and Japan was worth A$127.7 billion ($81.7 billion) in 2022.",
     127.7e9, "AUD", 81.7e9),
    ("Trade between Canada and the UK reached C$40 billion ($29.6 billion) in 2022.", 40e9, "CAD", 29.6e9),
    ("In 2022 New Zealand's exports to China were NZ$19.6 billion ($12.1 billion).", 19.6e9, "NZD", 12.1e9),
])
def test_a_figure_restated_in_dollar_terms_is_one_fact_with_its_dollar_value(text, value, currency, usd) -> None:
    (fact,) = extract_facts(text, "t", dt.date(2023, 3, 1))
    assert (fact.value, fact.currency, fact.value_usd) == (value, currency, usd)


@pytest.mark.parametrize(("text", "values"), [
    # a bare figure after one in a currency of small units is weighed in that currency: "the 1,604 billion" after
    # "1,520 billion FCFA" groups thousands (1.6 trillion francs is no trillion dollars); in dollars it would not
    ("Cameroon's trade with the EU reached 1,520 billion FCFA in 2023, slightly below the 1,604 billion of the "
     "previous year.", {1_520_000_000_000, 1_604_000_000_000}),
    ("Indonesia's exports to China reached 8,200 billion rupiah in 2023, up from 7,950 billion in 2022.",
     {8_200_000_000_000, 7_950_000_000_000}),
    ("South Korea's imports from Vietnam were 2,300 billion won in March 2024, against 2,150 billion in February.",
     {2_300_000_000_000, 2_150_000_000_000}),
    ("Trade between Paraguay and Brazil reached US$ 2,718 billion in 2022, against 2,512 billion in 2021.",
     {2_718_000_000, 2_512_000_000}),
])
def test_a_bare_figure_is_read_in_the_currency_of_the_one_before(text: str, values: set[int]) -> None:
    assert {found[3] for found in facts_of(text, dt.date(2024, 6, 1))} == values


@pytest.mark.parametrize(("text", "expected"), [
    # ... but not in the currency of a restatement in brackets: "against 51.2 billion" compares with the francs
    ("The minister said trade between Niger and Türkiye amounted to 78.4 billion CFA francs (about 130 million "
     "dollars) in 2024, against 51.2 billion in 2023.", {(78_400_000_000, "XOF"), (51_200_000_000, "XOF")}),
    ("Kenya's exports to Uganda reached KSh 120 billion ($930 million) in 2023, against 98 billion in 2022.",
     {(120_000_000_000, "KES"), (98_000_000_000, "KES")}),
    ("Trade between Egypt and Sudan stood at EGP 35 billion (about $1.1 billion) in 2023, up from 28 billion in 2022.",
     {(35_000_000_000, "EGP"), (28_000_000_000, "EGP")}),
])
def test_a_bare_figure_is_not_read_in_a_restatements_currency(text: str, expected: set[tuple]) -> None:
    assert {(found[3], found[4]) for found in facts_of(text, dt.date(2024, 6, 1))} == expected


@pytest.mark.parametrize(("text", "value", "currency", "usd"), [
    # a bare "$" restating a currency that is no dollar is the US dollar, though the text writes a local dollar
    # elsewhere (which makes its bare "$" that dollar)
    ("Vietnam's exports to Laos reached VND25.3 trillion ($996 million) in the 11 months. Australia's exports to "
     "Vietnam were A$11.3 billion in 2023-24.", 25.3e12, "VND", 996e6),
    ("Kenya's exports to Uganda reached Sh118.5 billion ($915 million) in 2023. Trade with Australia was A$1.2 "
     "billion.", 118.5e9, "KES", 915e6),
    ("India's exports to Nepal reached Rs 700 billion ($8.4 billion) in 2023, while trade with Canada hit C$13 "
     "billion.", 700e9, "INR", 8.4e9),
])
def test_a_bare_dollar_restating_a_currency_that_is_no_dollar_is_the_us_dollar(text, value, currency, usd) -> None:
    restated = [f for f in extract_facts(text, "t", dt.date(2024, 12, 10)) if f.currency == currency]
    assert [(f.value, f.value_usd) for f in restated] == [(value, usd)]


@pytest.mark.parametrize(("text", "value"), [
    # three digits after a comma ending in a zero group thousands, in a text that writes decimal commas elsewhere:
    # decimals are not written with a zero at their end ("2,000 million" is two billion)
    ("Nicaragua's exports to China were US$48,6 million in the first half of 2023. We expect trade with China to "
     "double to 2,000 million dollars within three years.", 2_000_000_000),
    ("Honduras's exports to Taiwan were US$12,4 million in 2023. Trade with Mexico reached 1,300 million dollars last "
     "year.", 1_300_000_000),
    ("Guatemala's exports to El Salvador were US$95,2 million in January. Guatemala exported 1,750 million dollars to "
     "El Salvador in 2023.", 1_750_000_000),
])
def test_a_comma_before_three_digits_ending_in_zero_groups_thousands(text: str, value: int) -> None:
    assert value in {found[3] for found in facts_of(text)}


@pytest.mark.parametrize(("text", "currency"), [
    # a country's currency in the plural after a figure ("Turkish liras"), also with its code in brackets after it
    ("Türkiye's exports to Iraq reached 81,6 billion Turkish liras (TL) in January-March 2024.", "TRY"),
    ("Türkiye's exports to Germany came to 52 billion Turkish liras in March 2024.", "TRY"),
    ("Türkiye's imports from Russia were 120 billion Turkish liras in the first quarter of 2024.", "TRY"),
])
def test_a_currency_named_in_the_plural(text: str, currency: str) -> None:
    assert {found[4] for found in facts_of(text)} == {currency}

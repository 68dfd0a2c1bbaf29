"""The pieces of the fact grammar, each as a table of cases: amounts, countries, period phrases, target years."""
from __future__ import annotations

import datetime as dt

import pycountry
import pytest
from hypothesis import given, settings, strategies as st

from parsers.context import may_hold_table
from parsers.figures import qualifier
from parsers.gazetteer import GROUP, find_mentions
from parsers.money import find_money
from parsers import periods
from parsers.period_spans import resolve
from parsers.periods import Reference, find_periods
from parsers.target_years import target_year
from parsers.sentences import split_sentences
from parsers.tables import read_tsv


@pytest.mark.parametrize(("text", "value", "currency"), [
    ("$500 million", 500e6, "USD"),
    ("US$26 billion", 26e9, "USD"),
    ("USD 31.2 billion", 31.2e9, "USD"),
    ("10 bln USD", 10e9, "USD"),
    ("5.3 billion dollars", 5.3e9, "USD"),
    (r"\$1 billion", 1e9, "USD"),
    ("$ 100 billion", 100e9, "USD"),
    ("one billion U.S. dollars", 1e9, "USD"),
    ("seven billion pounds sterling", 7e9, "GBP"),
    ("£7bn", 7e9, "GBP"),
    ("€4.6 billion", 4.6e9, "EUR"),
    ("97.97 billion RM", 97.97e9, "MYR"),
    ("RM79.63 billion", 79.63e9, "MYR"),
    ("Rs 1,500 crore", 15e9, "INR"),
    ("₹2.3 lakh crore", 2.3e12, "INR"),
    # a thousand of a larger unit, as written in South Asia and in translations from Russian
    ("Rs 12 thousand crore", 1.2e11, "INR"),
    ("Rs 1.5 lakh crores", 1.5e12, "INR"),
    ("4.5 thousand billion rubles", 4.5e12, "RUB"),
    ("186,439 billion dollars", 186.439e9, "USD"),  # decimal comma: 186 trillion would be absurd
    ("186,440 million dollars", 186.44e9, "USD"),  # thousands separator
    ("319 thousand 969 million dollars", 319.969e9, "USD"),
    ("$757 mln", 757e6, "USD"),
    ("EGP 174 billion", 174e9, "EGP"),
    ("1.2 trillion tenge", 1.2e12, "KZT"),
    ("half a billion dollars", 0.5e9, "USD"),
    ("1 billion 200 million dollars", 1.2e9, "USD"),
    ("54.2 billion US $", 54.2e9, "USD"),  # the sign after the number, as Gulf and translated copy write
    ("1.2 billion $", 1.2e9, "USD"),
    ("750 million US $", 750e6, "USD"),
    ("$3 billion 462.8 million", 3.4628e9, "USD"),  # the currency on the larger unit, as Azerbaijani customs write
    ("US$1 billion 986 million", 1.986e9, "USD"),
    ("EUR 2 billion 15 million", 2.015e9, "EUR"),
    ("two billion, three hundred million dollars", 2.3e9, "USD"),  # ... or with a comma between, as said aloud
    ("1 billion, 200 million dollars", 1.2e9, "USD"),
    ("one billion, seven hundred and fifty million dollars", 1.75e9, "USD"),
    # spelled numbers joined as said
    ("five hundred million dollars", 500e6, "USD"),
    ("one and a half billion dollars", 1.5e9, "USD"),
    ("twenty-five billion dollars", 25e9, "USD"),
    ("two hundred fifty million euros", 250e6, "EUR"),
    # "point" before the spelled decimals, as said in interviews
    ("one point four billion dollars", 1.4e9, "USD"),
    ("two point seven five billion euros", 2.75e9, "EUR"),
    ("twelve point five million dollars", 12.5e6, "USD"),
    # ... "zero" among them ("one point zero eight billion" was read as eight billion)
    ("one point zero eight billion dollars", 1.08e9, "USD"),
    ("two point zero five billion euros", 2.05e9, "EUR"),
    ("zero point nine billion dollars", 0.9e9, "USD"),
    # long spelled numbers, read from their first word
    ("seven hundred and twelve billion euros", 712e9, "EUR"),
    ("three hundred and seventy-five million dollars", 375e6, "USD"),
    ("twenty-two point seven five billion dollars", 22.75e9, "USD"),
    # "thousand" inside a spelled number: the thousands, then the group below them
    ("two thousand nine hundred million dollars", 2.9e9, "USD"),
    ("one thousand two hundred and fifty million euros", 1.25e9, "EUR"),
    ("four thousand five hundred million dollars", 4.5e9, "USD"),
    # "milliard", thousands grouped by spaces, "thousand million", "cr", Nepal's "arba"
    ("1,2 milliard dollars", 1.2e9, "USD"),
    ("3.4 mlrd dollars", 3.4e9, "USD"),
    ("VND1.4 quadrillion", 1.4e15, "VND"),  # dong and rupiah totals
    ("Rp 1.02 quadrillion", 1.02e15, "IDR"),
    ("EUR 94,5 mld", 94.5e9, "EUR"),  # "mld", "mldr": billions as Polish, Czech and Italian releases write them
    ("19,4 mld euro", 19.4e9, "EUR"),
    ("USD 3.2 mldr", 3.2e9, "USD"),
    ("1 200 million dollars", 1.2e9, "USD"),
    ("1\u202f250\u202f000\u202f000 euros", 1.25e9, "EUR"),
    # spelled amounts joined by hyphens into an adjective; an article before a number adds nothing
    ("the one-billion-dollar mark", 1e9, "USD"),
    ("a two-billion-dollar target", 2e9, "USD"),
    ("a one billion dollar mark", 1e9, "USD"),
    # an abbreviation's full stop before the currency; a currency written after the figure with "of"
    ("1.2 bn. USD", 1.2e9, "USD"),
    ("1.2 billion US$", 1.2e9, "USD"),
    ("1.2 billions of dollars", 1.2e9, "USD"),
    ("3 billion kyat", 3e9, "MMK"),
    # Indian digit grouping: lakhs and crores
    ("Rs 1,50,000 crore", 1.5e12, "INR"),
    ("Rs 12,34,567 crore", 1.234567e13, "INR"),
    ("\u20b92,50,000 crore", 2.5e12, "INR"),
    # spaced thousands with a decimal comma after them
    ("USD 1 234,5 million", 1.2345e9, "USD"),
    ("2 345,6 mln USD", 2.3456e9, "USD"),
    ("\u20ac12\u00a0500,75 million", 12.50075e9, "EUR"),
    ("$12.3 thousand million", 12.3e9, "USD"),
    ("Rs 1,500 cr", 15e9, "INR"),
    ("Rs 14 arba", 14e9, "INR"),
    ("Rs 1.2 arab", 1.2e9, "INR"),
    ("Rs 9.6 kharab", 9.6e11, "INR"),
    ("Rs 2.9 kharba", 2.9e11, "INR"),
    # currency signs and abbreviations written before the number
    ("Dh1 billion", 1e9, "AED"),
    ("LE 12 billion", 12e9, "EGP"),
    ("TL 10 billion", 10e9, "TRY"),
    ("₩20 trillion", 20e12, "KRW"),
    ("GH¢1.2 billion", 1.2e9, "GHS"),
    ("FCFA 100 billion", 100e9, "XOF"),
    ("512 billion F CFA", 512e9, "XOF"),
    ("BDS$276 million", 276e6, "BBD"),
    # French releases: "Md€" (milliards d'euros) and "M€" (millions d'euros) give currency and magnitude at once
    ("70.7 Md€", 70.7e9, "EUR"),
    ("12 Mds€", 12e9, "EUR"),
    ("4 300 M€", 4.3e9, "EUR"),
    ("Php100 billion", 100e9, "PHP"),
    ("3 billion afghanis", 3e9, "AFN"),
])
def test_amount(text: str, value: float, currency: str) -> None:
    (money,) = find_money(f"Trade reached {text} last year.")
    assert (money.value, money.currency) == (pytest.approx(value), currency)


@pytest.mark.parametrize("text", [
    "Exports rose 25% in 2022.",
    "The country has 1.4 billion people.",
    "It shipped 5 million tons of grain.",
    "The 30th anniversary falls on May 10, 2022.",
    "They met at 08:29 in room 12.",
    "Some 20 million pilgrims travel between the two countries each year.",
    "About 1.2 million migrants work abroad.",
    "Nearly 300,000 students study there, and 2 million travellers cross the border.",
    "The port handled 14 million cubic metres of gas and 3,000 kilometres of pipe.",
    "Ships carried about 2.7 million metric tons of grain.",
    # a price per unit, and a count after a verb or noun of counting
    "Spot rates climbed to $4,850 per forty-foot container.",
    "Brent traded at $87 a barrel, and wheat at $250 per tonne.",
    "Russian tourists, who numbered 4.7 million in 2021, keep the resorts afloat.",
    "Egypt has a population of 110 million.",
    # a number followed by "who" counts people
    "About four million who fled the war now live in Egypt.",
    "Some 2 million who work abroad send money home.",
    "Roughly 1.5 million who left in 2022 have since returned.",
])
def test_not_an_amount(text: str) -> None:
    assert find_money(text) == []


@pytest.mark.parametrize(("text", "countries"), [
    # a country's letters before "$" write its currency, not its name
    ("Exports came to US$ 5 billion, the US office said.", ["USA"]),
    ("Sales reached HK$ 3 billion in Hong Kong.", ["HKG"]),
    ("Trade between Nepal and the US hit US$2 billion.", ["NPL", "USA"]),
    # ... and so does a country's name or adjective before its currency's noun
    ("Exports by destination (thousand US dollars): Algeria leads.", ["DZA"]),
    ("Kenya sold tea worth 5 billion Egyptian pounds to Egypt.", ["KEN", "EGY"]),
    ("The deal was priced in Hong Kong dollars, not in Singapore dollars.", []),
    ("Kazakhstan paid 5 billion Russian rubles and 2 billion Chinese renminbi to Uzbekistan.", ["KAZ", "UZB"]),
    ("Korea won the bid; the price was 2 trillion Korean won, paid to Vietnam.", ["KOR", "VNM"]),
    ("The Saudi Crown Prince met Egypt's president.", ["SAU", "EGY"]),
    # ... and a country's name or adjective before a sea's noun names a sea
    ("Kenya's ports on the Indian Ocean ship tea to Pakistan.", ["KEN", "PAK"]),
    ("Vietnam and the Philippines both claim parts of the South China Sea.", ["VNM", "PHL"]),
    ("Oil from Iraq passes the Arabian Sea and the Strait of Hormuz on its way to Japan.", ["IRQ", "JPN"]),
    # ... and one before "-based" or an airline's or railway's noun names a company's home
    ("A China-based firm bought Kenyan tea.", ["KEN"]),
    ("Turkish Airlines flies to Uzbekistan daily.", ["UZB"]),
    ("Kazakhstan Railways carried Chinese goods.", ["CHN"]),
    ("Kenya received 120 billion Ethiopian birr in Ethiopia's trade with Kenya.", ["KEN", "ETH", "KEN"]),
])
def test_currencies_and_seas_name_no_country(text: str, countries: list[str]) -> None:
    assert [m.iso3 for m in find_mentions(text)] == countries


@pytest.mark.parametrize(("text", "countries"), [
    # the two Congos as statistics tables name them
    ("Zambia's exports to Congo (DR) rose.", ["ZMB", "COD"]),
    ("Exports to Congo, Dem. Rep. fell.", ["COD"]),
    ("Angola sells fuel to Congo (Brazzaville) and Congo (Kinshasa).", ["AGO", "COG", "COD"]),
    # a full name after "the" is one name, not "the United States" and "America"
    ("Imports from the United States of America rose.", ["USA"]),
    ("Fiji sells water to the United States of America and to Japan.", ["FJI", "USA", "JPN"]),
    ("The trade pact between the United States of America and Kenya stalled.", ["USA", "KEN"]),
])
def test_table_style_country_names(text: str, countries: list[str]) -> None:
    assert [m.iso3 for m in find_mentions(text)] == countries


def test_amount_without_currency_keeps_its_magnitude() -> None:
    (money,) = find_money("Of the total, exports amounted to 2.5 billion.")
    assert (money.value, money.currency) == (2.5e9, None)


def test_parallel_figure_takes_the_unit_of_the_first() -> None:
    first, second = find_money("It went from $9.3 billion in 2017-18 to 18.13 in 2021-22.")
    assert (second.value, second.currency) == (pytest.approx(18.13e9), "USD")


@pytest.mark.parametrize(("text", "codes"), [
    ("Kazakh President met his Azerbaijani counterpart.", ["KAZ", "AZE"]),
    ("Talks between the UK, the US and Türkiye.", ["GBR", "USA", "TUR"]),
    ("The Republic of Korea and Viet Nam.", ["KOR", "VNM"]),
    ("Turkmen-Kazakh relations.", ["TKM", "KAZ"]),
    ("Trade with the EU and the UAE.", ["EUU", "ARE"]),
    ("Baku and Ankara agreed.", ["AZE", "TUR"]),
    ("Talks were held in Ankara.", []),  # a capital as a place is not its country acting
    ("Let us see.", []),  # lower-case 'us' is not the United States
    # capitals from GeoNames (data/capitals.tsv), in ASCII and their own letters, and in a dateline
    ("Dakar and Bamako agreed.", ["SEN", "MLI"]),
    ("LOMÉ, May 2 - Lome and Accra", ["TGO", "TGO", "GHA"]),
    ("Brussels and Beijing agreed.", ["EUU", "CHN"]),  # countries.tsv says Brussels is the EU
    # names and adjectives of smaller states
    ("Trade with Swaziland, Cape Verde and East Timor.", ["SWZ", "CPV", "TLS"]),
    ("Liberian, Gambian and Djiboutian ministers.", ["LBR", "GMB", "DJI"]),
    ("Trade with England, Trinidad and St Lucia.", ["GBR", "TTO", "LCA"]),
    ("Trade with Antigua, Sao Tome and the Vatican.", ["ATG", "STP", "VAT"]),
    # Kosovo has no ISO 3166-1 code: XKX, as the EU and the IMF write it
    ("Kosovo and Albania agreed; Kosovar exports to Serbia fell.", ["XKX", "ALB", "XKX", "SRB"]),
    ("Lankan exports to Maldivian buyers.", ["LKA", "MDV"]),
    # parts of a country are places, not countries ("New England" is not England)
    ("Exports from New England, Scotland and Wales.", [GROUP, GROUP, GROUP]),
    ("Indo-Pak and Russo-Turkish talks.", ["IND", "PAK", "RUS", "TUR"]),
    # a country's short adjective after a capitalised word and a hyphen is part of a person's name
    ("Peyman-Pak: trade with Russia rose.", ["RUS"]),
    ("Amir-Pak said the talks with Iran went well.", ["IRN"]),
    ("Ms Hossein-Pak met the Turkish envoy.", ["TUR"]),
    # names in their own letters and as regional outlets write them
    ("HÀ NỘI — Việt Nam and Laos agreed.", ["VNM", "VNM", "LAO"]),
    ("Trade between Congo-Kinshasa and Zambia; the RDC and Congo DR.", ["COD", "ZMB", "COD", "COD"]),
    ("eSwatini and Lesotho signed.", ["SWZ", "LSO"]),
    ("T&T and Guyana signed.", ["TTO", "GUY"]),
])
def test_countries_named(text: str, codes: list[str]) -> None:
    assert [m.iso3 for m in find_mentions(text)] == codes


def test_corridor_links_are_marked() -> None:
    mentions = find_mentions("the Kazakhstan-Turkmenistan-Iran railway and China-Russia trade")
    assert [(m.iso3, m.chained) for m in mentions] == [
        ("KAZ", True), ("TKM", True), ("IRN", True), ("CHN", False), ("RUS", False)]


def test_regions_are_groups_not_countries() -> None:
    assert [m.iso3 for m in find_mentions("Central Asian countries and ASEAN")] == [GROUP, GROUP]


REF = Reference(2023, 10)


@pytest.mark.parametrize(("text", "span"), [
    ("in 2022", ("2022-01-01", "2022-12-31")),
    ("at the end of 2022", ("2022-01-01", "2022-12-31")),
    ("last year", ("2022-01-01", "2022-12-31")),
    ("in the first eight months of this year", ("2023-01-01", "2023-08-31")),
    ("during the first 11 months of 2020", ("2020-01-01", "2020-11-30")),
    ("in January-June 2024", ("2024-01-01", "2024-06-30")),
    ("from January through June", ("2023-01-01", "2023-06-30")),
    ("between January and March", ("2023-01-01", "2023-03-31")),
    ("for the month of June", ("2023-06-01", "2023-06-30")),
    ("in November", ("2022-11-01", "2022-11-30")),  # a month after the article's month: last year's
    ("the sixth month of 2020", ("2020-06-01", "2020-06-30")),
    ("in the first half of 2021", ("2021-01-01", "2021-06-30")),
    ("the first semester", ("2023-01-01", "2023-06-30")),
    ("in the third quarter of 2022", ("2022-07-01", "2022-09-30")),
    ("H1 2021", ("2021-01-01", "2021-06-30")),
    ("in FY2023-24", ("2023-04-01", "2024-03-31")),
    ("in 2017-18", ("2017-04-01", "2018-03-31")),
    ("in the fiscal year ended March 2024", ("2023-04-01", "2024-03-31")),
    ("the financial year ending December 31, 2022", ("2022-01-01", "2022-12-31")),
    # days written before their months, in spans and in periods up to a date
    ("from 1 January to 30 June 2023", ("2023-01-01", "2023-06-30")),
    ("between 1 January and 30 September 2023", ("2023-01-01", "2023-09-30")),
    ("1st January - 31st March 2022", ("2022-01-01", "2022-03-31")),
    ("in the year ended 31 December 2023", ("2023-01-01", "2023-12-31")),
    ("in the six months to 30 June 2023", ("2023-01-01", "2023-06-30")),
    ("as of 30 September 2023", ("2023-01-01", "2023-09-30")),
    ("as of June 30, 2023", ("2023-01-01", "2023-06-30")),
    # a span called a period before its year, or with the year's last two digits after an apostrophe
    ("in the January-May period of 2022", ("2022-01-01", "2022-05-31")),
    ("during the January to September period of 2021", ("2021-01-01", "2021-09-30")),
    ("Jan–May’22", ("2022-01-01", "2022-05-31")),
    ("in the January-March quarter of 2023", ("2023-01-01", "2023-03-31")),
    # halves and quarters joined to their year by a hyphen, a slash or an apostrophe
    ("in H1-2022", ("2022-01-01", "2022-06-30")),
    ("in Q1’23", ("2023-01-01", "2023-03-31")),
    ("in Q3/2021", ("2021-07-01", "2021-09-30")),
    ("the second half-year of 2022", ("2022-07-01", "2022-12-31")),
    # a month's year after a comma, a hyphen, "of" or an apostrophe; a calendar year written "CY2023"
    ("in June, 2023", ("2023-06-01", "2023-06-30")),
    ("in March of 2022", ("2022-03-01", "2022-03-31")),
    ("in Sept’21", ("2021-09-01", "2021-09-30")),
    ("in CY2023", ("2023-01-01", "2023-12-31")),
    ("in calendar 2022", ("2022-01-01", "2022-12-31")),
    ("in FY’23", ("2022-04-01", "2023-03-31")),
])
def test_period_phrase(text: str, span: tuple[str, str]) -> None:
    (phrase,) = find_periods(text)
    start, end = resolve(phrase, REF)
    assert (start.isoformat(), end.isoformat()) == span


@pytest.mark.parametrize(("text", "span"), [
    ("the same period last year", ("2020-01-01", "2020-06-30")),
    ("the corresponding period of 2019", ("2019-01-01", "2019-06-30")),
    ("over the said period", ("2021-01-01", "2021-06-30")),
])
def test_period_relative_to_the_one_just_named(text: str, span: tuple[str, str]) -> None:
    context = (dt.date(2021, 1, 1), dt.date(2021, 6, 30))
    (phrase,) = find_periods(text)
    start, end = resolve(phrase, REF, context)
    assert (start.isoformat(), end.isoformat()) == span


# a day is a date (a dateline, an event), not a period a figure covers
@pytest.mark.parametrize("text", ["the past 17 months", "on March 9", "April 6 (Xinhua)", "since 2015", "by 2030",
                                  "ADDIS ABABA, 24 October 2023 (ENA) -", "signed on 5 May 2023",
                                  "Lima, October 3, 2023 -", "by 31 December 2025"])
def test_not_a_period(text: str) -> None:
    assert find_periods(text) == []


def test_one_alternative_reads_a_phrase_as_the_whole_grammar() -> None:
    """find_periods reads a phrase with the grammar's alternative the recognizer found (periods._recognizer):
    the same span and groups as the whole grammar."""
    grammar = periods._grammar()[0]
    recognizer, alone = periods._recognizer()
    text = ("In the first half of 2023, in September, the ten months to October 2022, H1 FY23, 1H2020, FY2023-24, "
            "January-June 2024, the same period last year, the said period, last month, the Iranian year 1401, "
            "in the year to March 2024, the four quarters to Q2 2023, the sixth month of 2020, year-to-date, "
            "between 2021 and 2022, during the last fiscal year, in 2022, 2023 data, the previous quarter")
    tried = 0
    for word in periods.WORD.finditer(text):
        recognized = recognizer.match(text, word.start())
        if recognized is not None:
            whole, one = grammar.match(text, word.start()), alone[recognized.lastgroup].match(text, word.start())
            assert (one.span(), one.groupdict()) == (whole.span(), whole.groupdict())
            tried += 1
    assert tried > 20


def test_relative_period_without_a_date_stays_unknown() -> None:
    (phrase,) = find_periods("last year")
    assert resolve(phrase, Reference(None)) is None


@pytest.mark.parametrize(("after", "before", "year"), [
    (" by 2030.", "", 2030),
    (" in 2023.", "", 2023),
    (" this year.", "", 2023),
    (" next year.", "", 2024),
    (" in bilateral trade by 2025.", "", 2025),
    (" in trade with Egypt by 2026.", "", 2026),  # the partner may stand between the figure and its year
    (" at the end of 2025.", "", 2025),
    (" in two-way trade at the end of 2026, the ministers said.", "", 2026),
    (" of mutual trade at the end of 2027.", "", 2027),
    (" of trade turnover in 2025.", "", 2025),  # the trade noun between the goal and its year
    (" trade volume with Iraq in 2026.", "", 2026),
    (" in two-way trade in 2027, officials said.", "", 2027),
    (" as early as 2025.", "", 2025),  # the earliest year it may be reached
    (" in two-way trade as soon as 2027, the minister said.", "", 2027),
    (" , possibly as early as 2028.", "", 2028),
    (" of trade with Ethiopia by the end of next year.", "", 2024),
    (" by next year.", "", 2024),
    (" until next year.", "", 2024),
    (" at the end of the year.", "", 2023),  # a goal for the end of the year is this year's
    (" by year-end, the minister said.", "", 2023),
    (" by the end of the year.", "", 2023),
    (" in trade with the whole of Latin America and the Caribbean by 2030.", "", None),  # too far to be its year
    (" annually.", "", None),
    # an apposition about the goal, with up to eight words before its year, none past a comma
    (", a goal Egyptian officials expect to meet by 2027.", "", 2027),
    (", a target Iraqi trade ministers hope to reach by 2030.", "", 2030),
    (", a level both central banks want to see by 2028.", "", 2028),
    (", the minister said, adding that the pact would be signed by 2025.", "", None),
    (" was first set in 2021.", "", None),  # when a goal was set is not its year
    (".", "By 2030, the sides want to reach ", 2030),
    # the words a year may carry after its preposition; "within", "no later than"
    (" by the year 2030.", "", 2030),
    (" by end-2030.", "", 2030),
    (" by FY2030, the minister said.", "", 2030),
    (" by fiscal 2027.", "", 2027),  # a fiscal year named by "fiscal" and its number
    (" by fiscal 2026, the ministry said.", "", 2026),
    (" in trade by fiscal 2030", "", 2030),
    (" no later than 2026.", "", 2026),
    (" within 2025.", "", 2025),
    (" in the coming year.", "", 2024),  # REF's year is 2023
    (" in the next year, officials said.", "", 2024),
    (" during this year.", "", 2023),
    (" in the coming years.", "", None),  # years to come name no year
    (" for the whole year.", "", 2023),  # a forecast for the whole year is this year's
    (" over the full year, analysts said.", "", 2023),
    (" in the entire year.", "", 2023),
    # an adverb before "in", and "the whole of" a year
    (" again in 2024.", "", 2024),
    (" once again in 2025, he said.", "", 2025),
    (" already in 2026.", "", 2026),
    (" for the whole of 2024.", "", 2024),
    # past the figure restated in another currency in brackets
    (" (US$200 billion) by 2030, the minister said.", "", 2030),
    (" ($15 billion) by 2028.", "", 2028),
    (" [about $100 billion] by the end of the year.", "", 2023),
    (" over the full year of 2025.", "", 2025),
    (".", "By the year 2030, the sides want to reach ", 2030),
    # the end of this year named before the figure
    (".", "By the end of the year the figure will exceed ", 2023),
    (".", "At year-end, trade is expected to reach ", 2023),
    (", officials said.", "Before the end of this year, the two sides aim for ", 2023),
])
def test_target_year(after: str, before: str, year: int | None) -> None:
    assert target_year(after, before, REF) == year


@pytest.mark.parametrize(("text", "sentences"), [
    ("Trade grew. Exports rose.", ["Trade grew.", "Exports rose."]),
    ("Canada was No. 2 among U.S. partners in June.", ["Canada was No. 2 among U.S. partners in June."]),
    ("Headline without a stop\nBody text here.", ["Headline without a stop", "Body text here."]),
    ("Trade with the U.S.\nCanada came second.", ["Trade with the U.S.", "Canada came second."]),
    ("It said: \"Trade grew.\" Then it ended.", ["It said: \"Trade grew.\"", "Then it ended."]),
    # a number that opens a line numbers an item of a list, it ends no sentence
    ("Top buyers:\n1. China: $5 billion\n2. India: $3 billion", ["Top buyers:", "1. China: $5 billion",
                                                                  "2. India: $3 billion"]),
    ("Main suppliers\n 10. Japan - $2 billion", ["Main suppliers", "10. Japan - $2 billion"]),
    ("Trade grew in 2023. 5. This is not a list.", ["Trade grew in 2023.", "5.", "This is not a list."]),
])
def test_sentences(text: str, sentences: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == sentences


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_grammar_parts_never_raise(text: str) -> None:
    for money in find_money(text):
        assert 0 <= money.start < money.end <= len(text) and money.value >= 0
    for mention in find_mentions(text):
        assert 0 <= mention.start < mention.end <= len(text)
    for phrase in find_periods(text):
        resolve(phrase, REF, (dt.date(2021, 1, 1), dt.date(2021, 6, 30)), 2021)
    assert all(0 <= s < e <= len(text) for s, e in split_sentences(text))


@pytest.mark.parametrize(("table", "column"), [
    ("statistics_offices.tsv", "iso3"),
    ("fiscal_years.tsv", "iso3"),
    ("unions.tsv", "union"),
    ("unions.tsv", "members"),
])
def test_tables_name_countries_by_their_iso_codes(table: str, column: str) -> None:
    # a typo in a table's country code would silently make its rows mean nothing
    known = {c.alpha_3 for c in pycountry.countries} | {"EUU", "default"}
    codes = {code for row in read_tsv(table) for code in row[column].split("|")}
    assert codes and codes <= known, codes - known


@pytest.mark.parametrize(("code", "name"), [("EUU", "European Union"), ("XKX", "Kosovo"), ("TUR", "Türkiye")])
def test_every_code_the_parser_writes_has_one_name_in_parser_and_app(code: str, name: str) -> None:
    from app.labels import country_name as app_name
    from app.names import country_code
    from parsers.gazetteer import country_name

    assert country_name(code) == app_name(code) == name
    assert country_code(name) == code


@pytest.mark.parametrize(("before", "expected"), [
    ("trade exceeded ", "over"),
    ("trade could surpass ", "over"),
    ("trade may exceed ", "over"),
    ("exports topped ", "over"),
    ("exports crossed the ", "over"),
    ("turnover surpassed the ", "over"),
    ("trade came to about ", "about"),
    ("imports reached nearly ", "nearly"),
    ("trade reached ", None),
])
def test_qualifier_before_a_figure(before: str, expected: str | None) -> None:
    assert qualifier(before) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Mongolia's trade with its neighbours, USD million:\nChina 9,120\nRussia 2,310\n", True),  # unit word ends a line
    ("Exports by partner (million BGN)\nGreece 812.4\n", True),  # a bracket naming a magnitude ends a line
    ("Partner    2022    2023\nGhana    41.2    44.9\n", True),  # rows aligned with spaces
    ("Partner | 2023\nGhana | 44.9\n", True),  # bars between cells
    ("Trade grew to $4 million.\nThe ministers met in Accra.\n", False),  # prose
    ("Talks ended on Monday.\nTrade rose to 12 billion dollars", False),  # the last line has no row under it
    ("Two-way trade reached 3 billion dollars", False),  # a unit on the last line titles nothing
])
def test_text_that_may_hold_a_table(text: str, expected: bool) -> None:
    assert may_hold_table(text) is expected

"""Which currency a fact's figure is in, beyond the word written with it: the currency of the figures around it,
a currency word read as the figure's own country writes it ("Rs" in a Nepalese figure), a text's local dollar in
a bare "$" (but not in a pair that does not use that dollar), and the dollar value a restatement gives."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from parsers.context import Article, dateline_country, government_site, home_dateline
from parsers.drafts import Draft
from parsers.figures import is_restatement
from parsers.money import BARE_DOLLAR, Money, currency_of, dollar_homes, has_several_senses
from parsers.tables import read_tsv


def carried_currency(text: str, earlier: list[Money], last_currency: Optional[str]) -> Optional[str]:
    """"exports amounted to 2.5 billion": the currency of the figures around it, but not of one that restates the
    figure before it in another currency ("78.4 billion CFA francs (about 130 million dollars) in 2024, against 51.2
    billion in 2023")."""
    for k in range(len(earlier) - 1, -1, -1):
        money = earlier[k]
        if money.currency and not (k and earlier[k - 1].currency and is_restatement(text, earlier[k - 1], money)):
            return money.currency
    return last_currency


def whose_currency(article: Article, money: Money, earlier: list[Money], draft: Draft) -> Optional[str]:
    """A currency word with several senses read as the figure's own country uses it: "Rs" in "Nepal's imports
    from India stood at Rs 1,612 billion" is Nepalese rupees, whichever country the text names more; but in a
    text citing a country's statistics office, as that country writes it ("Uganda's exports to Kenya rose to Sh120
    billion, the Kenya National Bureau of Statistics said" is in Kenyan shillings); first the office its own sentence
    cites, when the text quotes several."""
    word = money.currency_word or next((m.currency_word for m in reversed(earlier) if m.currency_word), "")
    if not word or not has_several_senses(word):
        return None
    writer = article.hub if article.reports_statistics and article.hub in draft.pair else None
    # "KNBS data indicate that Kenya's exports to Tanzania fell to Sh49.8 billion": the office the sentence cites
    start, end = article.sentences[article.sentence_at(money.start)]
    cited = next((iso3 for at, iso3 in article.offices if start <= at < end), None)
    first = [c for c in (cited, article.source_office, writer, draft.reporter, article.hub) if c]
    return currency_of(word, first + [iso for iso, _ in article.counts.most_common()])


def local_dollar(money: Money, earlier: list[Money], draft: Draft) -> Optional[str]:
    """"rose to F$312.4 million, up from $276.9m in 2022": a bare "$" for the earlier value of a figure in a
    local dollar is that dollar."""
    if not draft.baseline or money.currency_word != "$" or not earlier:
        return None
    word = earlier[-1].currency_word or ""
    local = word.endswith("$") and word.upper() not in ("$", "US$", "U.S.$")
    return earlier[-1].currency if local else None


@lru_cache(maxsize=None)
def _bare_at_home() -> dict[str, str]:
    """The dollar each country writes as a bare "$" in its own statistics and press (Australia's, Canada's)."""
    return {row["bare_at_home"]: row["iso"] for row in read_tsv("dollar_homes.tsv") if row["bare_at_home"]}


def home_dollar(article: Article, money: Money, draft: Draft) -> Optional[str]:
    """"Exports to Japan earned $4.6 billion, Stats NZ reported", "SINGAPORE - Trade with Indonesia reached $78.2
    billion": a bare "$" in a text citing the statistics of a country that writes its own dollar so, or filed from
    it by its own press (a dateline with no agency's tag) or published by its government (a header "The official
    website of the New Zealand Government"), is that dollar, for a figure of that country's trade.
    Such texts mark US dollars as "US$", so one written beside does not make the bare sign American; but the United
    States' own trade is told in its dollars. A note saying which dollar the figures are in settles it."""
    if money.currency_word not in BARE_DOLLAR or money.currency != "USD":
        return None
    if article.stated_dollar is not None:
        return article.stated_dollar  # "All values below are in Hong Kong dollars."
    if draft.reporter in _us_dollar_homes():
        return None
    for home in (article.source_office, home_dateline(article), government_site(article)):
        dollar = _bare_at_home().get(home or "")
        if dollar is not None and home in draft.pair:
            return dollar
    return None


@lru_cache(maxsize=None)
def _us_dollar_homes() -> frozenset[str]:
    return dollar_homes().get("USD", frozenset())


def dollar_of_pair(article: Article, money: Money, draft: Draft, currency: Optional[str]) -> Optional[str]:
    """A bare "$" read as a text's local dollar stays a US dollar in a pair where neither side uses that dollar
    (an Australian roundup: "Trade between Egypt and Turkey was $6.6 billion"), in the United States' own trade
    ("U.S. trade with Canada totaled $909 billion" beside a "C$" quoted from Statistics Canada), and in a text filed
    from a country that does not use it ("NEW DELHI: India's exports to Australia were $7.9 billion", beside "A$1
    billion" invested): there the local dollar is the one marked. So is the trade of a country that does not use it
    ("India's trade with Australia stood at $24.2 billion" beside "A$10 million" for a centre): its own statistics
    are not kept in that dollar."""
    homes = dollar_homes().get(currency or "")
    if homes is None or money.currency_word not in BARE_DOLLAR:
        return currency
    filed_from = dateline_country(article)
    filed_elsewhere = filed_from is not None and filed_from not in homes
    foreign_reporter = draft.reporter is not None and draft.reporter not in homes
    if homes & set(draft.pair) and not foreign_reporter and not filed_elsewhere:
        return currency
    return "USD"


def guessed_dollar(money: Money, draft: Draft) -> bool:
    """A bare "$" read as US dollars in the trade of a country whose own press writes its dollar so ("Exports to
    the United States fell to $48.9 billion" in a Canadian release that names no office): the text did not say
    which dollar, so the fact is a guess an analyst should check (confidence.tsv, currency default)."""
    if money.currency_word not in BARE_DOLLAR or draft.currency != "USD":
        return False
    return any(_bare_at_home().get(side, "USD") != "USD" for side in draft.pair)


def restating_dollar(restated: Optional[Money], money: Money) -> Optional[str]:
    """"A$127.7 billion ($81.7 billion)": a bare "$" restating a figure the text marked as a local dollar is the US
    dollar, whatever the text's own dollar is; so is one restating a currency that is no dollar ("VND25.3 trillion
    ($996 million)" in a text that also writes A$)."""
    if restated is None or money.currency_word not in BARE_DOLLAR:
        return None
    word = restated.currency_word or ""
    if word.endswith("$") and word not in BARE_DOLLAR and word.upper() not in ("US$", "U.S.$"):
        return "USD"
    currency = restated.currency
    return "USD" if currency is not None and currency != "USD" and currency not in dollar_homes() else None


def apply_conversion(previous: Optional[Draft], money: Money, currency: Optional[str]) -> None:
    """A figure restated in another currency gives the USD value when the first was not in dollars."""
    if previous is not None and previous.value_usd is None and currency == "USD":
        previous.value_usd = money.value

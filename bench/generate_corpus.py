"""Synthetic trade-news articles from our own templates, for benchmarks that no cache can flatter.

Every article draws its country pair, figures, periods, currencies, date form and filler anew from a
seeded generator, so the texts differ the way real news does and the same seed gives the same corpus.

    python bench/generate_corpus.py --n 1000 --seed 7 --out /tmp/articles
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import math
import random
import sys
from pathlib import Path

import pycountry

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from parsers.plausibility import bounds, trade_size  # noqa: E402  (run as a script from bench/)

AGENCIES = ["Xinhua", "Trend", "Kazinform", "AKIpress", "Interfax", "Reuters", "AP", "nCa", "Anadolu"]
CITIES = ["ASTANA", "BAKU", "TASHKENT", "BISHKEK", "DUSHANBE", "ASHGABAT", "ANKARA", "MOSCOW", "BEIJING", "HANOI"]
OFFICIALS = [
    "the deputy prime minister", "the minister of trade", "the foreign minister", "the head of the customs service",
    "the ambassador", "the president's press office", "the national statistics bureau", "the economy ministry",
]
TOPICS = [
    "transport corridors", "grain exports", "energy supplies", "digital trade", "textile factories",
    "joint ventures", "border crossings", "tourism", "water management", "rail freight", "fertilizer plants",
]
# Filler: sentences with no figure for two countries, so the grammar has to read past them.
FILLER = [
    "The talks in {city} lasted for several hours and covered {topic} and {topic2}.",
    "Delegations also visited an exhibition of {topic} organised by the chambers of commerce.",
    "Both sides noted the potential of {topic}, which has grown steadily over the past decade.",
    "A working group on {topic} will meet again before the end of the year, {official} said.",
    "Officials discussed visa rules, flights between the capitals and cooperation in culture.",
    "The meeting followed a phone call between the two leaders earlier this month.",
    "Business leaders asked for simpler customs procedures and faster payments between banks.",
    "The parties signed a roadmap on {topic} and a memorandum on {topic2}.",
    "Students from both countries will take part in a new exchange programme from September.",
    "According to {official}, a new logistics hub near {city_title} will open next spring.",
    "The sides agreed to hold the next session of the intergovernmental commission in {city_title}.",
    "Experts say {topic} could become the main driver of cooperation in the coming years.",
    "Journalists were told that a joint statement would be published later in the evening.",
    "The guests laid flowers at a monument and toured a technology park on the outskirts of {city_title}.",
    "Regional governors joined the second part of the meeting to present their plans for {topic}.",
    "Observers expect a decision on {topic2} once the feasibility study is finished.",
    "The two ministries will set up a hotline for companies that meet problems at the border.",
    "Cooperation in education, health care and sport was also on the agenda, {official} noted.",
    "A forum of young entrepreneurs took place on the sidelines of the visit.",
    "Both governments want to simplify the rules for trucks crossing the border at night.",
]
UNITS = [("billion", 1e9), ("million", 1e6)]
MAX_FIGURE = 999e9
MONEY_FORMS = ["${v} {unit}", "USD {v} {unit}", "{v} {unit} US dollars", "${v}{short}", "€{v} {unit}", "{v} {unit} euros"]
SHORT = {"billion": "bn", "million": "mn"}
PERIOD_FORMS = [
    "in {year}", "last year", "in the first {n} months of {year}", "in January-{month} {year}",
    "in the first half of {year}", "over the past year", "in {month} {year}",
]
ORDINAL_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"]
TURNOVER = [
    "Trade turnover between {a} and {b} reached {money} {period}, {official} said.",
    "Bilateral trade between {a} and {b} amounted to {money} {period}, up {growth}% year on year.",
    "{a} and {b} traded goods worth {money} {period}, according to {official}.",
    "Mutual trade of {a} and {b} grew by {growth} percent and totaled {money} {period}.",
    "The volume of trade between {a} and {b} exceeded {money} {period}.",
]
FLOWS = [
    "{a}'s exports to {b} amounted to {money}, while imports from {b} stood at {money2}.",
    "Exports from {a} to {b} reached {money} {period}.",
    "{a} imported goods worth {money} from {b} {period}.",
]
TARGETS = [
    "The sides aim to bring bilateral trade to {money} by {target_year}.",
    "The leaders agreed to increase trade turnover between {a} and {b} to {money}.",
    "{a} and {b} set a goal of raising mutual trade to {money} in the coming years.",
]
TITLES = [
    "{a}, {b} eye {money} in trade", "{a} and {b} discuss trade and {topic}",
    "{a}-{b} trade grows {growth}%", "Leaders of {a} and {b} meet in {city_title}",
]


def country_names() -> list[str]:
    """Short, plain country names (no 'Korea, Republic of' forms) from pycountry."""
    names = (getattr(country, "common_name", country.name) for country in pycountry.countries)
    return sorted(name for name in names if "," not in name and "(" not in name and len(name) <= 20)


def generate_articles(n: int, seed: int = 0) -> list[tuple[str, str]]:
    """`n` (file name, text) pairs, the same for the same seed; about 2 kB of text each."""
    rng = random.Random(seed)
    countries = country_names()
    return [(f"synthetic_{index:06d}.txt", _article(rng, countries)) for index in range(n)]


def write_articles(folder: Path, n: int, seed: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in generate_articles(n, seed):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _article(rng: random.Random, countries: list[str]) -> str:
    a, b = rng.sample(countries, 2)
    date = dt.date(2012, 1, 1) + dt.timedelta(days=rng.randrange(14 * 365))
    slots = _slots(rng, a, b, date)
    paragraphs = [_fill(rng, rng.choice(TURNOVER), slots)]
    if rng.random() < 0.6:
        paragraphs.append(_fill(rng, rng.choice(FLOWS), slots))
    if rng.random() < 0.5:
        paragraphs.append(_fill(rng, rng.choice(TARGETS), slots))
    filler = [_fill(rng, template, slots) for template in rng.sample(FILLER, rng.randint(14, len(FILLER)))]
    for sentence in filler:
        paragraphs.insert(rng.randint(1, len(paragraphs)), sentence)
    body = "\n\n".join(_paragraphs(rng, paragraphs))
    return _with_date(rng, date, _fill(rng, rng.choice(TITLES), slots), body, slots)


def _largest_flow(a: str, b: str) -> float:
    """The largest figure the parser finds plausible between two countries (parsers/plausibility.py), so
    that the generated figures are facts and not dropped as misread."""
    pair = tuple(pycountry.countries.lookup(name).alpha_3 for name in (a, b))
    sizes = [size for size in (trade_size(iso3) for iso3 in pair) if size]
    return bounds()["max_times_smaller_trade"] * min(sizes) if sizes else MAX_FIGURE


def _slots(rng: random.Random, a: str, b: str, date: dt.date) -> dict[str, str]:
    city = rng.choice(CITIES)
    return {
        "a": a, "b": b, "city": city, "city_title": city.title(), "official": rng.choice(OFFICIALS),
        "growth": str(rng.randint(2, 60)), "year": str(date.year), "target_year": str(date.year + rng.randint(2, 8)),
        "agency": rng.choice(AGENCIES), "largest": str(_largest_flow(a, b)),
    }


def _fill(rng: random.Random, template: str, slots: dict[str, str]) -> str:
    return template.format(
        **slots, money=_money(rng, float(slots["largest"])), money2=_money(rng, float(slots["largest"])), period=_period(rng, int(slots["year"]) - rng.randint(0, 1)),
        topic=rng.choice(TOPICS), topic2=rng.choice(TOPICS),
    )


def _money(rng: random.Random, largest: float) -> str:
    """A figure between a million and the largest the pair can trade (evenly spread in orders of magnitude)."""
    amount = 10 ** rng.uniform(6, math.log10(max(min(largest, MAX_FIGURE), 2e6)))
    unit, factor = UNITS[0] if amount >= 1e9 else UNITS[1]
    value = f"{amount / factor:.1f}".rstrip("0").rstrip(".")
    return rng.choice(MONEY_FORMS).format(v=value, unit=unit, short=SHORT[unit])


def _period(rng: random.Random, year: int) -> str:
    month = rng.randint(2, 11)
    return rng.choice(PERIOD_FORMS).format(
        year=year, n=ORDINAL_WORDS[month - 2], month=calendar.month_name[month]
    )


def _paragraphs(rng: random.Random, sentences: list[str]) -> list[str]:
    """Sentences grouped two or three to a paragraph, as news sites lay them out."""
    grouped, index = [], 0
    while index < len(sentences):
        size = rng.randint(1, 3)
        grouped.append(" ".join(sentences[index:index + size]))
        index += size
    return grouped


def _with_date(rng: random.Random, date: dt.date, title: str, body: str, slots: dict[str, str]) -> str:
    """The date written in one of the forms real captures use."""
    month, short = calendar.month_name[date.month], calendar.month_abbr[date.month]
    form = rng.randrange(5)
    if form == 0:
        return f" date {date.isoformat()} {title}\n{body}\n"
    if form == 1:
        stamp = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}, {month} {date.day}, {date.year}"
        dateline = f"{slots['city']}, {month} {date.day} ({slots['agency']}) -- "
        return f"{title}\n\n{stamp}\n\n{dateline}{body}\n"
    if form == 2:
        return f"{date.day} {short} {date.year} {rng.randint(8, 20)}:{rng.randint(10, 59)}\n\n{title}\n\n{body}\n"
    if form == 3:
        return f"{title}\n\n{body}\n\n/// {slots['agency']}, {date.day} {month} {date.year}\n"
    return f"{slots['city'].title()}, {month} {date.day}, {date.year}: {body}\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--out", type=Path, required=True, help="folder to write the .txt files into")
    args = parser.parse_args()
    paths = write_articles(args.out, args.n, args.seed)
    print(f"wrote {len(paths)} articles to {args.out}")


if __name__ == "__main__":
    main()

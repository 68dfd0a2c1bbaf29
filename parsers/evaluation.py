"""Score the parser against gold annotations (../shared/corpus/README.md gives the rule).

A parsed fact matches a gold fact when the unordered pair is the same, the metric is the same (exports by X and
imports from X are one directed flow, keyed by the exporter) and the value is within 1% (the USD value where gold
has one, else value and currency). Each gold fact matches at most one parsed fact.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Optional

from parsers.batch import iter_parsed
from parsers.schema import Fact, ParsedArticle

VALUE_TOLERANCE = 0.01
CONFIDENT = 0.8  # facts at or above this confidence are the ones an analyst may use unreviewed
MAGNITUDE_SLIPS = (1e3, 1e6, 1e9)


@dataclass
class Scores:
    articles: int = 0
    gold_facts: int = 0
    parsed_facts: int = 0
    matched: int = 0
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    period_accuracy: Optional[float] = None
    target_year_accuracy: Optional[float] = None
    article_date_accuracy: Optional[float] = None
    magnitude_errors: int = 0
    confident_share: Optional[float] = None  # share of parsed facts with confidence >= CONFIDENT
    confident_precision: Optional[float] = None  # precision of those facts
    confident_recall: Optional[float] = None  # gold facts they match, over all gold facts
    misses: list[dict[str, Any]] = field(default_factory=list)
    extras: list[dict[str, Any]] = field(default_factory=list)
    wrong_periods: list[dict[str, Any]] = field(default_factory=list)
    wrong_target_years: list[dict[str, Any]] = field(default_factory=list)
    wrong_dates: list[dict[str, Any]] = field(default_factory=list)


def flow_key(metric: str, exporter: Optional[str]) -> tuple[str, Optional[str]]:
    """exports by X and imports from X are the same directed flow."""
    return ("flow", exporter) if metric in ("exports", "imports") else (metric, None)


def _value_matches(gold: dict[str, Any], fact: Fact) -> bool:
    if gold.get("value_usd") is not None:
        parsed = fact.value_usd
        return parsed is not None and abs(parsed - gold["value_usd"]) <= VALUE_TOLERANCE * gold["value_usd"]
    return fact.currency == gold["currency"] and abs(fact.value - gold["value"]) <= VALUE_TOLERANCE * gold["value"]


def _same_fact(gold: dict[str, Any], fact: Fact) -> bool:
    return (
        sorted(gold["pair"]) == [fact.country_a, fact.country_b]
        and flow_key(gold["metric"], gold.get("exporter")) == flow_key(fact.metric, fact.exporter)
        and _value_matches(gold, fact)
    )


def _is_magnitude_slip(gold: dict[str, Any], fact: Fact) -> bool:
    if sorted(gold["pair"]) != [fact.country_a, fact.country_b] or not gold["value"] or not fact.value:
        return False
    ratio = max(gold["value"], fact.value) / min(gold["value"], fact.value)
    return any(abs(ratio - slip) <= VALUE_TOLERANCE * slip for slip in MAGNITUDE_SLIPS)


def gold_months(period: str) -> tuple[str, str]:
    """'2021' -> ('2021-01', '2021-12'); '2023-01..2023-08' stays as it is; one month, '2024-09', is that month."""
    if ".." in period:
        first, last = period.split("..")
        return first[:7], last[:7]
    if len(period) > 4:
        return period[:7], period[:7]
    return f"{period}-01", f"{period}-12"


def _fact_months(fact: Fact) -> Optional[tuple[str, str]]:
    if fact.period_start is None or fact.period_end is None:
        return None
    return fact.period_start.strftime("%Y-%m"), fact.period_end.strftime("%Y-%m")


def _describe(fact: Fact) -> dict[str, Any]:
    months = _fact_months(fact)
    return {
        "pair": [fact.country_a, fact.country_b], "metric": fact.metric, "exporter": fact.exporter,
        "value": fact.value, "currency": fact.currency,
        "period": "..".join(months) if months else None, "target_year": fact.target_year,
        "confidence": fact.confidence,
        "evidence": fact.evidence[:160],
    }


def _gold_dates(gold: dict[str, Any]) -> list[str]:
    value = gold.get("article_date")
    return [] if value is None else ([value] if isinstance(value, str) else list(value))


def score(pairs: list[tuple[dict[str, Any], ParsedArticle]]) -> Scores:
    """Scores for (gold annotation, parsed article) pairs."""
    result = Scores(articles=len(pairs))
    periods_ok = periods_total = years_ok = years_total = dates_ok = dates_total = 0
    confident = confident_matched = 0
    for gold, parsed in pairs:
        article_id = gold["id"]
        dates = _gold_dates(gold)
        if dates:
            dates_total += 1
            got = parsed.article_date.isoformat() if isinstance(parsed.article_date, dt.date) else None
            if got in dates:
                dates_ok += 1
            else:
                result.wrong_dates.append({"id": article_id, "gold": dates, "parsed": got})
        unmatched = list(parsed.facts)
        result.gold_facts += len(gold["facts"])
        result.parsed_facts += len(parsed.facts)
        for g in gold["facts"]:
            hit = next((f for f in unmatched if _same_fact(g, f)), None)
            if hit is None:
                slip = any(_is_magnitude_slip(g, f) for f in parsed.facts)
                result.magnitude_errors += slip
                result.misses.append({"id": article_id, "gold": {k: g.get(k) for k in (
                    "pair", "metric", "exporter", "value", "currency", "period", "target_year", "quote")},
                    "magnitude_slip": slip})
                continue
            unmatched.remove(hit)
            result.matched += 1
            confident_matched += hit.confidence >= CONFIDENT
            if g.get("period"):
                periods_total += 1
                if _fact_months(hit) == gold_months(g["period"]):
                    periods_ok += 1
                else:
                    result.wrong_periods.append({"id": article_id, "gold": g["period"], "parsed": _describe(hit)})
            if g.get("target_year") is not None:
                years_total += 1
                if hit.target_year == g["target_year"]:
                    years_ok += 1
                else:
                    result.wrong_target_years.append(
                        {"id": article_id, "gold": g["target_year"], "parsed": _describe(hit)})
        result.extras.extend({"id": article_id, "parsed": _describe(f)} for f in unmatched)
        confident += sum(f.confidence >= CONFIDENT for f in parsed.facts)
    result.precision = result.matched / result.parsed_facts if result.parsed_facts else 1.0
    result.recall = result.matched / result.gold_facts if result.gold_facts else 1.0
    total = result.precision + result.recall
    result.f1 = 2 * result.precision * result.recall / total if total else 0.0
    result.period_accuracy = periods_ok / periods_total if periods_total else None
    result.target_year_accuracy = years_ok / years_total if years_total else None
    result.article_date_accuracy = dates_ok / dates_total if dates_total else None
    if result.parsed_facts:
        result.confident_share = confident / result.parsed_facts
        result.confident_precision = confident_matched / confident if confident else None
        result.confident_recall = confident_matched / result.gold_facts if result.gold_facts else None
    return result


def evaluate(gold_dir: str | Path) -> Scores:
    """Parse every ID.txt that has an ID.json beside it and score the result."""
    folder = Path(gold_dir)
    golds = sorted(folder.glob("*.json"))
    texts = [g.with_suffix(".txt") for g in golds if g.with_suffix(".txt").exists()]
    parsed = {Path(a.source).stem: a for a in iter_parsed(texts)}
    pairs = []
    for path in golds:
        gold = json.loads(path.read_text(encoding="utf-8"))
        article = parsed.get(path.stem) or ParsedArticle(source=str(path.with_suffix(".txt")), status="error",
                                                        message="no article text beside the gold file")
        pairs.append((gold, article))
    return score(pairs)


def _fmt(value: Optional[float]) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def report(scores: Scores) -> str:
    """Every miss and extra first, the scores last (the last lines are what a glance needs)."""
    lines = []
    for miss in scores.misses:
        g = miss["gold"]
        slip = "  [MAGNITUDE SLIP]" if miss["magnitude_slip"] else ""
        lines.append(f"MISS  {miss['id']}: {'-'.join(g['pair'])} {g['metric']} {g['exporter'] or ''} "
                     f"{g['value']:.6g} {g['currency']} {g['period'] or ''}{slip} | {g['quote']}")
    for extra in scores.extras:
        p = extra["parsed"]
        lines.append(f"EXTRA {extra['id']}: {'-'.join(p['pair'])} {p['metric']} {p['exporter'] or ''} "
                     f"{p['value']:.6g} {p['currency']} {p['period'] or ''} (confidence {p['confidence']:.2f}) "
                     f"| {p['evidence']}")
    for wrong in scores.wrong_periods:
        lines.append(f"PERIOD {wrong['id']}: gold {wrong['gold']}, parsed {wrong['parsed']['period']} "
                     f"| {wrong['parsed']['evidence']}")
    for wrong in scores.wrong_target_years:
        lines.append(f"TARGET-YEAR {wrong['id']}: gold {wrong['gold']}, parsed {wrong['parsed']['target_year']}")
    for wrong in scores.wrong_dates:
        lines.append(f"DATE  {wrong['id']}: gold {wrong['gold']}, parsed {wrong['parsed']}")
    lines += [
        "",
        f"articles {scores.articles}  gold facts {scores.gold_facts}  parsed facts {scores.parsed_facts}  "
        f"matched {scores.matched}  magnitude errors {scores.magnitude_errors}",
        f"precision {_fmt(scores.precision)}  recall {_fmt(scores.recall)}  F1 {_fmt(scores.f1)}",
        f"period accuracy {_fmt(scores.period_accuracy)}  target-year accuracy {_fmt(scores.target_year_accuracy)}"
        f"  article-date accuracy {_fmt(scores.article_date_accuracy)}",
        f"confidence >= {CONFIDENT}: {_fmt(scores.confident_share)} of parsed facts, precision "
        f"{_fmt(scores.confident_precision)}  recall {_fmt(scores.confident_recall)}",
    ]
    return "\n".join(lines)


def main(gold_dir: str, as_json: bool = False) -> int:
    """`python -m parsers evaluate GOLD_DIR [--json]`."""
    folder = Path(gold_dir)
    if not folder.is_dir() or not any(folder.glob("*.json")):
        print(f"evaluate: {gold_dir} is not a folder of ID.txt / ID.json gold files")
        return 2
    scores = evaluate(folder)
    print(json.dumps(asdict(scores), indent=1, default=str) if as_json else report(scores))
    return 0

"""The briefing pack: `python -m app briefing` on the sample articles writes a PDF whose text holds
every fact of the filter with its outlet and a citation number, and sections can be added."""
from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import briefing
from app.filters import FilterState
from app.labels import pair_name
from app.model import prepare
from store import Store

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory):
    from app.data import sample_paths

    url = f"sqlite:///{tmp_path_factory.mktemp('briefing') / 'trade.db'}"
    with Store(url) as store:
        store.ingest_paths(sample_paths())
    return url


def _text(pdf: bytes) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_command_writes_every_kazakhstan_fact_with_its_outlet(sample_db, tmp_path):
    out = tmp_path / "pack.pdf"
    done = subprocess.run([sys.executable, "-m", "app", "briefing", "--focus", "KAZ", "--out", str(out),
                           "--db", sample_db], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    text = _text(out.read_bytes())
    with Store(sample_db) as store:
        tables = prepare(store.articles(), store.facts())
    kaz = tables.facts[(tables.facts["country_a"] == "KAZ") | (tables.facts["country_b"] == "KAZ")]
    assert text.startswith("Trade briefing: Kazakhstan with all partners")
    compact = "".join(text.split("Citations", 1)[1].split())  # table cells wrap: compare without spaces
    cited, _ = briefing.numbered(kaz)
    assert len(cited) == len(kaz) > 20
    for row in cited.itertuples():
        entry = compact.split(f"[{row.no}]", 1)[1].split(f"[{row.no + 1}]", 1)[0]
        for expected in (pair_name(row.pair), row.outlet, str(row.source), row.amount, row.period):
            assert "".join(expected.split()) in entry, (row.no, expected, entry[:200])
    assert "Progress to targets" in text and "Timeline" in text


@pytest.mark.parametrize("args, message", [
    (["--focus", "Atlantis"], "no facts for focus country 'Atlantis'"),
    (["--pairs", "KAZ-XYZ"], "no facts for pair 'KAZ-XYZ'"),
])
def test_unknown_countries_are_usage_errors(sample_db, tmp_path, args, message):
    done = subprocess.run([sys.executable, "-m", "app", "briefing", *args, "--out", str(tmp_path / "x.pdf"),
                           "--db", sample_db], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and message in done.stderr


def test_a_section_is_added_with_one_call_and_prints_before_the_citations(sample_db, monkeypatch):
    monkeypatch.setattr(briefing, "SECTIONS", list(briefing.SECTIONS))

    def official(pack: briefing.Pack) -> str:
        return f"<section><h2>Official statistics</h2><p>{len(pack.obs)} claims to compare</p></section>"

    briefing.add_section(official)
    assert briefing.SECTIONS[-2:] == [official, briefing.citations]
    with Store(sample_db) as store:
        tables = prepare(store.articles(), store.facts())
    blank_png = b"\x89PNG\r\n\x1a\n" + bytes.fromhex(
        "0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
    pdf = briefing.briefing_pdf(tables, FilterState(pairs=("KAZ-TUR",)), render=lambda fig, w, h: blank_png)
    text = _text(pdf)
    assert text.index("Official statistics") < text.index("Citations")
    assert "claims to compare" in text


def test_article_text_in_the_pack_is_text_and_nothing_is_fetched(tmp_path):
    from app.synthetic import articles_for, fact_row, facts_of

    facts = facts_of([fact_row(evidence="<img src='http://evil.example/x.png'> <b>bold</b> trade was $5 billion")])
    tables = prepare(articles_for(facts, outlet="<i>Wire</i>"), facts)
    pdf = briefing.briefing_pdf(tables, FilterState(), render=lambda fig, w, h: b"not a png",
                                sections=[briefing.citations])
    text = _text(pdf)
    assert "<img src='http://evil.example/x.png'> <b>bold</b>" in text and "<i>Wire</" in text

"""`python -m store` end to end with the real parser: the command forms, counts, export columns,
and exit status 2 for usage errors."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from parsers.__main__ import main as parsers_main
from parsers.batch import article_files
from parsers.schema import ARTICLE_COLUMNS, FACT_COLUMNS
from store import Store
from store.__main__ import main

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data" / "articles"


def _exit_code(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as exc:  # argparse's usage errors
        return exc.code


def test_ingest_twice_then_export_gives_what_the_parser_gives(store_url, tmp_path, capsys):
    n_files = len(article_files([SAMPLES]))
    assert parsers_main(["parse", str(SAMPLES), "--out", str(tmp_path / "parsers")]) == 0
    first = subprocess.run([sys.executable, "-m", "store", "ingest", str(SAMPLES), "--db", store_url, "--workers", "2"],
                           cwd=REPO, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines()[-1] == f"new {n_files}, unchanged 0, replaced 0, failed 0"
    assert f"{n_files}/{n_files}" in first.stderr  # the progress bar
    capsys.readouterr()
    assert main(["ingest", str(SAMPLES), "--db", store_url]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == f"new 0, unchanged {n_files}, replaced 0, failed 0"

    assert main(["export", "--out", str(tmp_path / "store"), "--db", store_url]) == 0
    for name, columns in [("facts.csv", FACT_COLUMNS), ("articles.csv", ARTICLE_COLUMNS)]:
        ours, theirs = (pd.read_csv(tmp_path / kind / name, keep_default_na=False) for kind in ("store", "parsers"))
        assert list(ours.columns) == list(theirs.columns) == columns
        theirs["source"] = theirs["source"].map(lambda source: Path(source).relative_to(SAMPLES).as_posix())
        order = ["source", *columns[1:]]
        pd.testing.assert_frame_equal(ours.sort_values(order).reset_index(drop=True),
                                      theirs.sort_values(order).reset_index(drop=True))


def test_review_and_reparse_from_the_command_line(tmp_path):
    url = f"sqlite:///{tmp_path / 'trade.db'}"
    assert _exit_code(["ingest", str(SAMPLES / "kaz-tur-2022-05.txt"), "--db", url]) == 0
    with Store(url) as store:
        first, second = store.facts()["fact_key"].iloc[:2]
    correction = ["--set", "value=4.5e9", "--set", "period=2021", "--note", "checked"]
    assert _exit_code(["review", first, *correction, "--db", url]) == 0
    assert _exit_code(["review", second, "--reject", "--db", url]) == 0
    assert _exit_code(["reparse", "--db", url]) == 0
    with Store(url) as store:
        facts = store.facts(include_rejected=True).set_index("fact_key")
    assert (facts.loc[first, "value"], facts.loc[first, "review_note"]) == (4.5e9, "checked")
    assert facts.loc[second, "review_status"] == "rejected"


@pytest.mark.parametrize("argv", [
    [],
    ["ingest"],
    ["ingest", "no/such/folder"],
    ["ingest", str(SAMPLES), "--workers", "0"],
    ["export"],
    ["reparse", "--db", "not a url"],
    ["review", "0123456789abcdef"],
    ["review", "0123456789abcdef", "--confirm", "--reject"],
    ["review", "0123456789abcdef", "--set", "value"],
    ["review", "0123456789abcdef", "--confirm", "--db", "sqlite://"],  # no such fact
])
def test_usage_errors_exit_2(argv, tmp_path, monkeypatch):
    monkeypatch.setenv("TRADE_DB_URL", f"sqlite:///{tmp_path / 'trade.db'}")
    assert _exit_code(argv) == 2

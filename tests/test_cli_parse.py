"""`python -m parsers parse INPUT... --out DIR [--workers N]`: the two CSV files and the exit codes."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from parsers.schema import ARTICLE_COLUMNS, FACT_COLUMNS

REPO = Path(__file__).resolve().parents[1]
ARTICLE = (
    " date 2022-11-03 Peru and Chile talk copper\n"
    "LIMA, Nov 3 (Andina) -- Trade between Peru and Chile reached $4 billion last year, officials said.\n"
)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "parsers", *args], cwd=REPO, capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "peru.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "ignored.csv").write_text("not,an,article\n")
    single = tmp_path / "single.md"
    single.write_text("Notes without any figure in them, written for the test.\n", encoding="utf-8")
    return folder, single


@pytest.mark.parametrize("workers", ["1", "2"])
def test_parse_writes_both_tables_in_contract_order(tmp_path, inputs, workers):
    folder, single = inputs
    out = tmp_path / "out"
    result = run("parse", str(folder), str(single), "--out", str(out), "--workers", workers)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == 1
    assert result.stdout.startswith("parsed 3 articles")
    assert "1 errors" in result.stdout
    articles = pd.read_csv(out / "articles.csv")
    facts = pd.read_csv(out / "facts.csv")
    assert list(articles.columns) == ARTICLE_COLUMNS
    assert list(facts.columns) == FACT_COLUMNS
    assert [Path(s).name for s in articles["source"]] == ["empty.txt", "peru.txt", "single.md"]
    by_name = articles.assign(name=[Path(s).name for s in articles["source"]]).set_index("name")
    assert by_name.loc["empty.txt", "status"] == "error"
    assert by_name.loc["peru.txt", "article_date"] == "2022-11-03"
    assert by_name.loc["peru.txt", "outlet"] == "Andina"
    assert by_name.loc["peru.txt", "title"] == "Peru and Chile talk copper"
    assert by_name.loc["single.md", "status"] == "no_facts"
    assert by_name["n_facts"].sum() == len(facts)


def test_bad_files_only_still_exit_zero(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    result = run("parse", str(bad), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert pd.read_csv(tmp_path / "out" / "articles.csv")["status"].tolist() == ["error"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["parse", "--out", "OUT"], "the following arguments are required: INPUT"),
        (["parse", "MISSING", "--out", "OUT"], "no such file or folder"),
        (["parse", "IN", "--out", "OUT", "--workers", "0"], "--workers must be 1 or more"),
        (["parse", "IN", "--out", "OUT", "--workers", "two"], "invalid int value"),
        (["parse", "IN"], "the following arguments are required: --out"),
        ([], "the following arguments are required: command"),
    ],
)
def test_usage_errors_exit_2_with_a_message(tmp_path, inputs, args, message):
    folder, _ = inputs
    swap = {"OUT": str(tmp_path / "out"), "MISSING": str(tmp_path / "missing"), "IN": str(folder)}
    result = run(*(swap.get(arg, arg) for arg in args))
    assert result.returncode == 2
    assert message in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("block", [1, 2, 1000])
def test_rows_written_in_blocks_are_the_files_the_whole_tables_give(tmp_path, block):
    """Streaming the rows changes nothing in the files: same bytes as writing the frames at once."""
    from parsers.batch import iter_parsed, parse_paths
    from parsers.csv_tables import write_tables

    samples = REPO / "data" / "articles"
    articles, facts = parse_paths([samples])
    (tmp_path / "whole").mkdir()
    facts.to_csv(tmp_path / "whole" / "facts.csv", index=False, date_format="%Y-%m-%d")
    articles.to_csv(tmp_path / "whole" / "articles.csv", index=False, date_format="%Y-%m-%d")
    (tmp_path / "blocks").mkdir()
    statuses, n_facts = write_tables(iter_parsed([samples]), tmp_path / "blocks", block=block)
    assert (sum(statuses.values()), n_facts) == (len(articles), len(facts))
    for name in ("facts.csv", "articles.csv"):
        assert (tmp_path / "blocks" / name).read_bytes() == (tmp_path / "whole" / name).read_bytes()


def test_no_articles_still_writes_both_headers(tmp_path):
    from parsers.csv_tables import write_tables

    write_tables([], tmp_path)
    assert (tmp_path / "facts.csv").read_text().startswith("source,article_date,country_a")
    assert (tmp_path / "articles.csv").read_text() == ",".join(ARTICLE_COLUMNS) + "\n"

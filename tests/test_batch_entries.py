"""No entry stops or hangs a batch: a named pipe, a file name that is not UTF-8, a symbolic link loop,
a link to nowhere and a folder named like an article each get a row with a message, and every good
fact is kept, in `python -m parsers parse` and in `python -m store ingest`."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import web_samples as samples
from parsers import parse_paths
from parsers.batch import article_files
from parsers.reading import DocumentError, read_bytes, read_document
from store import Store

REPO = Path(__file__).resolve().parents[1]
NOT_UTF8 = b"caf\xe9-news.txt"
# entry (as listed, relative to the folder) -> words its message must hold
BAD_ENTRIES = {
    "pipe.txt": "not a regular file: a named pipe (FIFO)",
    "loop": "symbolic link loop: it points back to the folder",
    "ring-a": "symbolic link loop: the link leads back to itself",
    "ring-b": "symbolic link loop: the link leads back to itself",
    "broken.txt": "broken link: it points to deleted.txt, which does not exist",
    "notes.txt": "a folder, not a file, with no article file in it",
}


def _cli(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    # A hang (the bug this guards against) fails the test at the timeout instead of blocking the suite.
    return subprocess.run([sys.executable, "-m", module, *args], cwd=REPO, capture_output=True, text=True,
                          timeout=120)


@pytest.fixture
def odd_folder(tmp_path) -> Path:
    folder = tmp_path / "inbox"
    (folder / "2024").mkdir(parents=True)
    (folder / "georgia.txt").write_text(samples.GEORGIA.text, encoding="utf-8")
    (folder / "2024" / "kazakh.md").write_text(samples.KAZAKH.text, encoding="utf-8")
    (folder / "peru.pdf").write_bytes(samples.pdf(samples.PERU))
    os.mkfifo(folder / "pipe.txt")
    (Path(os.fsdecode(bytes(folder))) / os.fsdecode(NOT_UTF8)).write_text(samples.PERU.text, encoding="utf-8")
    (folder / "loop").symlink_to(".")                 # a link to the folder that holds it
    (folder / "ring-a").symlink_to("ring-b")          # two links pointing at each other
    (folder / "ring-b").symlink_to("ring-a")
    (folder / "broken.txt").symlink_to("deleted.txt")
    (folder / "notes.txt").mkdir()                    # a folder named like an article, empty
    return folder


def _good_facts(folder: Path, tmp_path: Path) -> pd.DataFrame:
    clean = tmp_path / "clean"
    (clean / "2024").mkdir(parents=True)
    for name in ("georgia.txt", "2024/kazakh.md", "peru.pdf"):
        (clean / name).write_bytes((folder / name).read_bytes())
    (clean / "peru-again.txt").write_text(samples.PERU.text, encoding="utf-8")
    return parse_paths([clean])[1]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_parse_lists_each_bad_entry_and_keeps_every_good_fact(odd_folder, tmp_path, workers):
    out = tmp_path / "out"
    done = _cli("parsers", "parse", str(odd_folder), "--out", str(out), "--workers", workers)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"parsed 10 articles (4 with facts, 0 without, {len(BAD_ENTRIES)} errors)")
    articles = pd.read_csv(out / "articles.csv", keep_default_na=False).set_index("source")
    for entry, message in BAD_ENTRIES.items():
        row = articles.loc[str(odd_folder / entry)]
        assert (row["status"], message in row["message"]) == ("error", True), entry
        assert f"error: {odd_folder / entry}: {message}" in done.stderr
    odd_name = articles.loc[f"{odd_folder}/caf\\xe9-news.txt"]
    assert (odd_name["status"], odd_name["n_facts"]) == ("ok", samples.PERU.n_facts)
    assert "the file name is not UTF-8" in odd_name["message"]
    facts = pd.read_csv(out / "facts.csv")
    expected = _good_facts(odd_folder, tmp_path)
    assert sorted(facts["value"]) == sorted(expected["value"])
    assert len(facts) == sum(s.n_facts for s in (samples.GEORGIA, samples.KAZAKH, samples.PERU, samples.PERU))


@pytest.mark.parametrize("entry", ["pipe.txt", "broken.txt", "loop", "ring-a", "notes.txt"])
def test_a_bad_entry_given_by_name_is_a_row_not_a_hang(odd_folder, tmp_path, entry):
    out = tmp_path / "out"
    done = _cli("parsers", "parse", str(odd_folder / entry), str(odd_folder / "georgia.txt"), "--out", str(out))
    assert done.returncode == 0, done.stderr
    articles = pd.read_csv(out / "articles.csv", keep_default_na=False)
    assert list(articles["status"]) == ["error", "ok"]
    assert BAD_ENTRIES[entry] in articles["message"].iloc[0]


def test_store_ingest_stores_the_good_files_and_names_each_bad_entry(odd_folder, tmp_path):
    db = f"sqlite:///{tmp_path / 'trade.db'}"
    first = _cli("store", "ingest", str(odd_folder), "--db", db, "--workers", "2")
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines()[-1] == f"new 4, unchanged 0, replaced 0, failed {len(BAD_ENTRIES)}"
    for entry, message in BAD_ENTRIES.items():
        assert f"failed: {entry}: {message}" in first.stdout
    with Store(db) as store:
        sources = sorted(store.articles()["source"])
        assert len(store.facts()) == sum(s.n_facts for s in (samples.GEORGIA, samples.KAZAKH, samples.PERU, samples.PERU))
    assert sources == ["2024/kazakh.md", "caf\\xe9-news.txt", "georgia.txt", "peru.pdf"]
    again = _cli("store", "ingest", str(odd_folder), "--db", db)
    assert again.stdout.splitlines()[-1] == f"new 0, unchanged 4, replaced 0, failed {len(BAD_ENTRIES)}"


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda root: os.mkfifo(root / "p.txt") or root / "p.txt", "not a regular file: a named pipe"),
        (lambda root: (root / "l.txt").symlink_to("gone.txt") or root / "l.txt", "broken link: it points to gone.txt"),
        (lambda root: (root / "s.txt").symlink_to("s.txt") or root / "s.txt", "symbolic link loop"),
        (lambda root: Path("/dev/null"), "not a regular file: a character device"),
        (lambda root: root / "missing.txt", "no such file"),
    ],
)
def test_reading_an_entry_that_is_not_a_regular_file_says_what_it_is(tmp_path, make, expected):
    path = make(tmp_path)
    for read in (read_bytes, read_document):
        with pytest.raises(DocumentError, match=expected):
            read(path)


def test_folders_nested_deeper_than_pythons_recursion_limit_are_searched(tmp_path):
    deepest = str(tmp_path)
    for _ in range(sys.getrecursionlimit() + 100):  # made one by one: mkdir(parents=True) recurses itself
        deepest = os.path.join(deepest, "d")
        os.mkdir(deepest)
    (Path(deepest) / "bottom.txt").write_text(samples.PERU.text, encoding="utf-8")
    try:
        assert article_files([tmp_path]) == [Path(deepest) / "bottom.txt"]
    finally:  # removed here, bottom up: pytest's own clean-up of old runs would recurse too deep
        os.remove(os.path.join(deepest, "bottom.txt"))
        while deepest != str(tmp_path):
            os.rmdir(deepest)
            deepest = os.path.dirname(deepest)


def test_a_missing_path_stays_a_usage_error_but_a_dangling_link_is_an_entry(tmp_path):
    (tmp_path / "dangling.txt").symlink_to("nowhere.txt")
    assert article_files([tmp_path / "dangling.txt"]) == [tmp_path / "dangling.txt"]
    with pytest.raises(FileNotFoundError, match="no such file or folder"):
        article_files([tmp_path / "nowhere.txt"])

"""Bad files become rows with status 'error' (or 'no_facts') and a clear message; the batch goes on."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from parsers import parse_document, parse_paths
from parsers.article import parse_article

GOOD = (
    " date 2023-05-04 Georgia and Armenia trade grows\n"
    "Trade between Georgia and Armenia reached $900 million in 2022, the statistics office in Tbilisi said.\n"
)
RUSSIAN = (
    "Товарооборот между Казахстаном и Узбекистаном в прошлом году вырос на двадцать процентов и "
    "превысил пять миллиардов долларов, сообщили в министерстве торговли. " * 3
)
SPANISH = (
    "El comercio entre los dos países creció mucho durante el año pasado según las cifras oficiales "
    "del gobierno, y los ministros esperan que siga creciendo en los próximos meses con nuevas rutas. " * 2
)
SCRIPTED_PAGE = (
    "<html><head><script>" + "var SCRIPTLEAK = 'trade between Chile and Peru reached $7 billion';" * 200
    + "</script><style>" + "p { margin: 0 }" * 200 + "</style></head>"
    "<body><p>The harbour of the old town was repainted in blue this spring.</p>"
    "<script>console.log('SCRIPTLEAK')</script></body></html>"
)
NO_FIGURES = "The two foreign ministers walked along the river and spoke about culture, music and football.\n"

# name -> (bytes, expected status, words the message must contain)
CASES = {
    "good.txt": (GOOD.encode(), {"ok", "no_facts"}, ""),
    "empty.txt": (b"", {"error"}, "empty file"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", {"error"}, "binary file"),
    "legacy.txt": ("Exports rose, the minister’s aide said.\n".encode("cp1252"), {"no_facts"}, "no bilateral trade"),
    "invalid-utf8.txt": (GOOD.encode()[:-30] + b"\xff\xc3 \xe2\x80", {"ok", "no_facts"}, ""),
    "byte-soup.txt": (b"\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc\xff\xfe" * 40, {"error"}, ""),
    "russian.txt": (RUSSIAN.encode(), {"error"}, "not English text: most letters are Cyrillic"),
    "spanish.txt": (SPANISH.encode(), {"error"}, "not English text: only"),
    "scripted.html": (SCRIPTED_PAGE.encode(), {"no_facts"}, "no bilateral trade figure found"),
    "no-figures.md": (NO_FIGURES.encode(), {"no_facts"}, "no bilateral trade figure found"),
    "slides.pptx": (b"PK\x03\x04", {"error"}, "unsupported file type '.pptx'"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_parse_document_reports_instead_of_raising(name):
    data, statuses, message = CASES[name]
    article = parse_document(data, name)
    assert article.source == name
    assert article.status in statuses
    assert message in article.message
    assert all("SCRIPTLEAK" not in fact.evidence for fact in article.facts)


@pytest.fixture
def bad_folder(tmp_path):
    folder = tmp_path / "inbox"
    (folder / "nested").mkdir(parents=True)
    for name, (data, _, _) in CASES.items():
        (folder / "nested" / name if name.endswith(".md") else folder / name).write_bytes(data)
    (folder / "README.md").write_text("About these files: trade between Chile and Peru reached $7 billion.")
    (folder / ".~lock.good.txt").write_text("an editor's lock file")
    (folder / ".ipynb_checkpoints").mkdir()
    (folder / ".ipynb_checkpoints" / "good-checkpoint.txt").write_bytes(GOOD.encode())
    with (folder / "huge.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    return folder


@pytest.mark.parametrize("workers", [1, 2])
def test_batch_over_bad_files_gives_one_row_each_and_continues(bad_folder, workers):
    articles, facts = parse_paths([bad_folder], workers=workers)
    rows = {source.rsplit("/", 1)[-1]: row for source, row in articles.set_index("source").iterrows()}
    # .pptx is not a supported suffix, a README is not an article, hidden files are not ours:
    # a folder scan skips them; everything else has a row.
    assert sorted(rows) == sorted([*(name for name in CASES if name != "slides.pptx"), "huge.txt"])
    assert "50.0 MB, over the 10 MB limit" in rows["huge.txt"]["message"]
    for name, (_, statuses, message) in CASES.items():
        if name in rows:
            assert rows[name]["status"] in statuses, name
            assert message in rows[name]["message"], name
    assert rows["good.txt"]["article_date"] == dt.datetime(2023, 5, 4)
    assert rows["invalid-utf8.txt"]["article_date"] == dt.datetime(2023, 5, 4)
    assert list(articles["source"]) == sorted(articles["source"], key=lambda source: Path(source).parts)
    assert not facts["evidence"].str.contains("SCRIPTLEAK").any()


def test_an_unsupported_file_named_explicitly_gets_an_error_row(bad_folder):
    articles, _ = parse_paths([bad_folder / "slides.pptx", bad_folder / "good.txt"])
    assert list(articles["status"])[0] == "error"
    assert "unsupported file type '.pptx'" in list(articles["message"])[0]
    assert list(articles["status"])[1] in {"ok", "no_facts"}


def test_a_missing_path_is_a_usage_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="no such file or folder"):
        parse_paths([tmp_path / "nowhere"])


def test_a_parser_bug_costs_one_article_not_the_batch(monkeypatch):
    def broken(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr("parsers.article.extract_facts", broken)
    article = parse_article(GOOD, "bug.txt")
    assert article.status == "error"
    assert article.message == "parser failed: ZeroDivisionError: division by zero"
    assert article.article_date is None

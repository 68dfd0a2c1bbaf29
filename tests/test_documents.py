"""PDF bulletins and Word press releases are read like text files: their sentences whole (a PDF's
wrapped lines joined back into paragraphs), their facts found, and what cannot be read said."""
from __future__ import annotations

import pytest

import web_samples as samples
from parsers import parse_document, parse_paths
from parsers.reading import DocumentError, document_text
from store import Store

LONG = samples.Story(
    "long", "Azerbaijan and Kazakhstan discuss the Middle Corridor",
    ("At a meeting of the intergovernmental commission held in the capital this week, the deputy prime "
     "ministers of both countries noted that trade between Azerbaijan and Kazakhstan reached $500 million "
     "in 2023, and they agreed to study new ferry routes across the Caspian Sea for container freight.",),
    ("AZE", "KAZ"), 1,
)


@pytest.mark.parametrize(("make", "name"), [(samples.pdf, "story.pdf"), (samples.docx, "story.docx")])
@pytest.mark.parametrize("story", [samples.GEORGIA, samples.KAZAKH, LONG], ids=lambda story: story.slug)
def test_pdf_and_word_files_give_the_storys_text_and_facts(make, name, story):
    data = make(story)
    assert document_text(data, name) == story.text
    article = parse_document(data, name)
    assert (article.status, article.title, article.n_facts) == ("ok", story.title, story.n_facts)
    assert {(f.country_a, f.country_b) for f in article.facts} == {story.pair}


def test_a_sentence_wrapped_over_pdf_lines_is_quoted_whole():
    [fact] = parse_document(samples.pdf(LONG), "long.pdf").facts
    assert fact.evidence == LONG.paragraphs[0]


def test_word_tables_are_read_row_by_row():
    data = samples.docx(samples.PERU, table=[["Partner", "Trade in 2023"], ["Chile", "$4 billion"]])
    assert document_text(data, "release.docx").endswith("\nPartner | Trade in 2023\nChile | $4 billion")


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        (samples.scanned_pdf(), "scan.pdf", "no text layer: the PDF's 1 page holds only images (a scan?); run OCR"),
        (samples.pdf(samples.PERU)[:300], "cut.pdf", "damaged PDF"),
        (samples.docx(samples.PERU)[:200], "cut.docx", "damaged Word file"),
        (samples.PERU.text.encode(), "renamed.docx", "not a Word .docx file"),
    ],
)
def test_unreadable_documents_say_why(data, name, expected):
    with pytest.raises(DocumentError) as caught:
        document_text(data, name)
    assert expected in caught.value.message
    assert expected in parse_document(data, name).message


def test_a_folder_of_documents_is_parsed_and_stored(tmp_path):
    folder = tmp_path / "bulletins"
    folder.mkdir()
    (folder / "kazakh.pdf").write_bytes(samples.pdf(samples.KAZAKH))
    (folder / "georgia.docx").write_bytes(samples.docx(samples.GEORGIA))
    (folder / "scan.pdf").write_bytes(samples.scanned_pdf())
    articles, facts = parse_paths([folder])
    assert list(articles["status"]) == ["ok", "ok", "error"]
    assert len(facts) == samples.KAZAKH.n_facts + samples.GEORGIA.n_facts
    with Store(f"sqlite:///{tmp_path / 'trade.db'}") as store:
        assert store.ingest_paths([folder]).counts == {"new": 2, "unchanged": 0, "replaced": 0, "failed": 1}
        assert store.article_text("kazakh.pdf") == samples.KAZAKH.text
        assert store.reparse().facts_after == len(facts)

"""Bytes and files to plain article text: encodings, HTML, and a clear DocumentError for bad input."""
from __future__ import annotations

import random

import pytest

from parsers.reading import MAX_BYTES, SUPPORTED_SUFFIXES, DocumentError, document_text, read_document

ENGLISH = "Exports of cotton from Uzbekistan to Latvia doubled, the ministry’s café stall noted.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252"])
def test_common_encodings_decode_to_the_same_text(encoding):
    assert document_text(ENGLISH.encode(encoding), "story.txt") == ENGLISH


def test_cyrillic_legacy_encoding_is_detected():
    russian = "Товарооборот между двумя странами вырос на треть за прошлый год, сообщило министерство. " * 3
    assert document_text(russian.encode("cp1251"), "story.txt") == russian


def test_plain_text_keeps_its_capture_header_and_line_breaks():
    text = " date 2024-02-01 Headline here\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n"
    assert document_text(text.encode(), "story.txt") == (
        " date 2024-02-01 Headline here\nFirst paragraph.\n\nSecond paragraph.\n"
    )


def test_markdown_is_read_as_text():
    assert document_text(b"# Trade news\n\nBody text.", "note.md") == "# Trade news\n\nBody text."


PAGE = """<!doctype html><html><head><title>Site | Tab title</title>
<style>.x {color: red}</style><script>var tracking = "SCRIPT-LEAK";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">NAV-LEAK</a></nav>
<header class="site">HEADER-LEAK</header>
<article><header><h1>Mongolia and Japan widen trade</h1></header>
<p>The first paragraph says <b>something</b> useful.</p>
<p>The second paragraph follows it.</p>
<div style="display: none">HIDDEN-LEAK</div><script>track("SCRIPT-LEAK-2")</script>
<noscript>NOSCRIPT-LEAK</noscript><form><button>FORM-LEAK</button></form></article>
<aside>ASIDE-LEAK related stories</aside><footer>FOOTER-LEAK copyright</footer></body></html>"""


@pytest.mark.parametrize("suffix", [".html", ".htm", ".HTML"])
def test_html_gives_visible_article_text_with_paragraph_breaks(suffix):
    text = document_text(PAGE.encode(), "page" + suffix)
    assert text == (
        "Mongolia and Japan widen trade\n\n"
        "The first paragraph says something useful.\n\n"
        "The second paragraph follows it."
    )
    assert "LEAK" not in text


def test_html_without_article_element_uses_the_body():
    page = b"<html><body><nav>Menu</nav><p>Only paragraph.</p><p>Another one.</p></body></html>"
    assert document_text(page, "page.html") == "Only paragraph.\n\nAnother one."


def test_html_site_furniture_marked_by_class_or_id_is_dropped():
    page = b"""<html><body><div class="top header"><span>Wire Brand</span> <a>Latest</a></div>
    <div id="share">Share on social media</div>
    <div class="header"><h1>Peru ships more copper to Korea</h1></div>
    <p>Shipments grew in the spring.</p><ul class="related"><li>Other story</li></ul>
    <div class="site-footer">All rights reserved</div></body></html>"""
    assert document_text(page, "page.html") == "Peru ships more copper to Korea\n\nShipments grew in the spring."


def test_html_in_a_legacy_encoding_follows_its_meta_charset():
    page = '<html><head><meta charset="windows-1252"></head><body><p>Caf\u00e9 owners’ exports grew.</p></body></html>'
    assert document_text(page.encode("cp1252"), "page.html") == "Café owners’ exports grew."


def _random_bytes(size: int) -> bytes:
    generator = random.Random(7)
    return bytes(generator.randrange(1, 256) for _ in range(size))


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        (b"", "empty.txt", "empty file"),
        (b" \n\t\r\n ", "blank.txt", "empty file"),
        (b"PK\x03\x04\x14\x00\x00\x00binary zip body", "archive.txt", "binary file"),
        (b"\x01\x02\x03\x04\x05\x06 control soup \x07\x08" * 20, "junk.txt", "binary file"),
        (_random_bytes(3000), "noise.txt", "not text in any known encoding"),
        (b"%PDF-1.7 a report", "report.pdf", "damaged PDF: its structure cannot be read"),
        (b"<html>a page</html>", "report.pdf", "not a PDF file"),
        (b"PK\x03\x04 not a zip", "release.docx", "damaged Word file"),
        (b"\xd0\xcf\x11\xe0 an old Word file", "release.docx", "not a Word .docx file (an older .doc"),
        (b"\xd0\xcf\x11\xe0 an old Word file", "release.doc", "unsupported file type '.doc' (an older Word .doc"),
        (b"slides", "deck.pptx", "unsupported file type '.pptx'"),
        (b"plain words", "README", "unsupported file type (no extension)"),
        (b"<html><script>only()</script><style>p{}</style></html>", "page.html", "no visible text"),
    ],
)
def test_bad_input_raises_document_error_with_a_clear_message(data, name, expected):
    with pytest.raises(DocumentError) as caught:
        document_text(data, name)
    assert expected in caught.value.message


def test_oversized_bytes_are_refused_with_the_limit_named():
    with pytest.raises(DocumentError, match=r"file too large: 10\.0 MB, over the 10 MB limit"):
        document_text(b"a" * (MAX_BYTES + 1), "huge.txt")


def test_oversized_file_is_refused_from_its_size_alone(tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:  # sparse: 50 MB on paper, nothing written
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(DocumentError, match=r"50\.0 MB, over the 10 MB limit"):
        read_document(huge)


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda root: root / "missing.txt", "no such file"),
        (lambda root: root, "a folder, not a file, with no article file in it"),
        (lambda root: (root / "folder.txt").mkdir() or root / "folder.txt", "a folder, not a file"),
    ],
)
def test_read_document_reports_unreadable_paths(tmp_path, make, expected):
    with pytest.raises(DocumentError, match=expected):
        read_document(make(tmp_path))


def test_read_document_reads_a_supported_file(tmp_path):
    path = tmp_path / "story.TXT"
    path.write_bytes(ENGLISH.encode("utf-16"))
    assert read_document(path) == ENGLISH
    assert set(SUPPORTED_SUFFIXES) == {".txt", ".md", ".html", ".htm", ".pdf", ".docx"}

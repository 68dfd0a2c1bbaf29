"""PDF bulletins and Word press releases to plain article text.

The parser reads a newline as the end of a sentence, so a PDF's visual lines are joined back into
paragraphs: pdfminer groups the lines of a page into text boxes (paragraphs), and within a box a
change of font size still starts a new paragraph (a headline set above the first lines of the story).
"""
from __future__ import annotations

import functools
import io
import re
import statistics
import zipfile

from parsers.reading import DocumentError

# Pages of one PDF; a bulletin has a few dozen. A file under the size limit can still declare
# thousands of pages, and each costs a layout analysis.
MAX_PDF_PAGES = 500
# Headline and body sizes differ by points; the same paragraph's lines differ by rounding only.
_SAME_SIZE_PT = 0.5
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "ft", "ﬆ": "st"})
_SPACES = re.compile(r"[ \t\u00a0]+")


# The store reads a document's text for the parser and again to keep it: the second read of the same
# bytes is served from here instead of a second layout analysis.
_RECENT = 2


@functools.lru_cache(maxsize=_RECENT)
def pdf_text(data: bytes) -> str:
    """The text layer of a PDF in paragraphs; a scan (images only) or a damaged file says so."""
    from pdfminer.high_level import extract_pages  # imported when a PDF comes: a second to load
    from pdfminer.layout import LAParams, LTTextBox
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psparser import PSException

    if not data.lstrip()[:5] == b"%PDF-":
        raise DocumentError("not a PDF file: it does not start with the %PDF- mark")
    paragraphs: list[str] = []
    pages = 0
    try:
        for page in extract_pages(io.BytesIO(data), laparams=LAParams()):
            pages += 1
            if pages > MAX_PDF_PAGES:
                raise DocumentError(f"PDF too long: over {MAX_PDF_PAGES} pages for one article")
            paragraphs.extend(p for box in page if isinstance(box, LTTextBox) for p in _box_paragraphs(box))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise DocumentError("the PDF is encrypted: save a copy without a password") from None
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError, AssertionError) as error:
        raise DocumentError(f"damaged PDF: its structure cannot be read ({type(error).__name__})") from None
    text = "\n".join(paragraphs).translate(_LIGATURES)
    if not text.strip():
        raise DocumentError(
            f"no text layer: the PDF's {pages} page{'s hold' if pages != 1 else ' holds'} only images "
            "(a scan?); run OCR on it and add the text"
        )
    return text


def _box_paragraphs(box) -> list[str]:
    """A text box's lines as paragraphs: lines of one font size joined with spaces (a line ending in
    a hyphen joined without), a change of size starting a new paragraph."""
    from pdfminer.layout import LTChar

    paragraphs: list[str] = []
    current, size = "", None
    for line in box:
        words = _SPACES.sub(" ", line.get_text().strip())
        if not words:
            continue
        sizes = [char.size for char in line if isinstance(char, LTChar)]
        line_size = statistics.median(sizes) if sizes else size
        if current and (size is None or line_size is None or abs(line_size - size) <= _SAME_SIZE_PT):
            current += words if current.endswith("-") else f" {words}"
        else:
            if current:
                paragraphs.append(current)
            current = words
        size = line_size
    if current:
        paragraphs.append(current)
    return paragraphs


@functools.lru_cache(maxsize=_RECENT)
def docx_text(data: bytes) -> str:
    """The paragraphs and table cells of a Word .docx file in reading order, one paragraph a line."""
    import docx  # python-docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        if not data.startswith(b"PK"):
            raise DocumentError(
                "not a Word .docx file (an older .doc or another format?): save it as .docx"
            ) from None
        raise DocumentError(f"damaged Word file: it cannot be opened ({type(error).__name__})") from None
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(" | ".join(_unique_cells(row)) for row in block.rows)
        else:
            lines.append(block.text)
    return "\n".join(line.strip() for line in lines if line.strip())


def _unique_cells(row) -> list[str]:
    """A table row's cell texts; a merged cell repeats in python-docx and is kept once."""
    texts: list[str] = []
    for cell in row.cells:
        text = " ".join(cell.text.split())
        if text and (not texts or texts[-1] != text):
            texts.append(text)
    return texts

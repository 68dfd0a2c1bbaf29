"""Files and bytes to plain article text, or a DocumentError that says in words what is wrong.

Everything later in the pipeline (metadata, facts) sees only the str returned here, so the checks
for bad input (not a regular file, empty, binary, too big, undecodable, unsupported kind) all live
in this module. A path is opened without blocking and checked to be a regular file before a byte
is read, so a named pipe, a device or a link to nowhere is a message, never a hang.
"""
from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from pathlib import Path

import html_text
from charset_normalizer import from_bytes
from lxml import etree

from parsers.tables import read_tsv

SUPPORTED_SUFFIXES: tuple[str, ...] = (".docx", ".htm", ".html", ".md", ".pdf", ".txt")
HTML_SUFFIXES = (".htm", ".html")
_OTHER_KINDS = {".doc": "an older Word .doc: save it as .docx", ".rtf": "rich text: save it as .docx or .txt"}
_FILE_KINDS = {stat.S_IFIFO: "a named pipe (FIFO)", stat.S_IFSOCK: "a socket", stat.S_IFCHR: "a character device",
               stat.S_IFBLK: "a block device"}
# News articles are kilobytes; a saved page with inline assets is a few megabytes. Anything bigger
# is not an article, and reading it would only stall a batch.
MAX_BYTES = 10 * 1024 * 1024

# Checked longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# Short English texts often decode equally well in several single-byte code pages; Windows-1252 is
# the one English-language sites and editors actually used, so it wins a near-tie.
_PREFERRED_LEGACY = "cp1252"
_NEAR_TIE_CHAOS = 0.05
# Text has tabs and line breaks but almost no other control characters; binary data has many.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.01

_FURNITURE: dict[str, set[str]] = {}
for _row in read_tsv("html_boilerplate.tsv"):
    _FURNITURE.setdefault(_row["kind"], set()).add(_row["value"])
_PRESENT = {rule for rule in _FURNITURE["attribute"] if "=" not in rule}
_EQUALS = dict(rule.split("=", 1) for rule in _FURNITURE["attribute"] if "=" in rule)


class DocumentError(ValueError):
    """A file that cannot be read as an article; `message` is meant for the person who gave it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def read_document(path: str | os.PathLike[str]) -> str:
    """The plain text of one article file; its kind and size are checked before any byte is read."""
    path = Path(path)
    return document_text(read_bytes(path, check=lambda: _check_suffix(path.name)), path.name)


def read_bytes(path: str | os.PathLike[str], check=None) -> bytes:
    """The bytes of a regular file of at most MAX_BYTES; `check` runs once the file is known to be
    one, before it is read. Anything else raises a DocumentError naming what the path is."""
    path = Path(path)
    try:
        # Non-blocking: opening a named pipe would otherwise wait for a writer forever.
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise DocumentError(_unopenable(path, error)) from None
    try:
        info = os.fstat(handle)
        if stat.S_ISDIR(info.st_mode):
            raise DocumentError(_folder_problem(path))
        if not stat.S_ISREG(info.st_mode):
            kind = _FILE_KINDS.get(stat.S_IFMT(info.st_mode), "not a file")
            raise DocumentError(f"not a regular file: {kind}; only files are read")
        if check is not None:
            check()
        if info.st_size > MAX_BYTES:
            raise DocumentError(_too_large(info.st_size))
        with os.fdopen(handle, "rb", closefd=False) as file:
            # One byte more than the size: a file that grew meanwhile is caught by the check below.
            data = file.read(info.st_size + 1)
    except OSError as error:
        raise DocumentError(f"cannot read the file: {error.strerror or error}") from None
    finally:
        os.close(handle)
    if len(data) > MAX_BYTES:
        raise DocumentError(_too_large(len(data)))
    return data


def _unopenable(path: Path, error: OSError) -> str:
    if error.errno == errno.ENOENT and path.is_symlink():
        return f"broken link: it points to {os.readlink(path)}, which does not exist"
    if error.errno == errno.ENOENT:
        return "no such file"
    if error.errno == errno.ELOOP:
        return "symbolic link loop: the link leads back to itself and reaches no file"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied: the file cannot be read"
    return f"cannot read the file: {error.strerror or error}"


def _folder_problem(path: Path) -> str:
    """Why a folder was listed as an entry: a link back to a folder above it, a folder that cannot
    be listed, or a folder named like an article file with no article in it."""
    if path.is_symlink():
        target, holder = os.path.realpath(path), os.path.realpath(path.parent)
        if holder == target or holder.startswith(target.rstrip(os.sep) + os.sep):
            return f"symbolic link loop: it points back to the folder {target} that holds it; not searched again"
    try:
        os.scandir(path).close()
    except OSError as error:
        return f"cannot read the folder: {error.strerror or error}"
    return f"a folder, not a file, with no article file in it ({', '.join(SUPPORTED_SUFFIXES)})"


def document_text(data: bytes, name: str) -> str:
    """The plain text of an article given as bytes; `name` only tells which kind of file it is."""
    suffix = _check_suffix(name)
    if len(data) > MAX_BYTES:
        raise DocumentError(_too_large(len(data)))
    if not data.strip():
        raise DocumentError("empty file: there is no text in it")
    if suffix in (".pdf", ".docx"):
        from parsers.documents import docx_text, pdf_text  # their libraries load only when needed

        text = pdf_text(data) if suffix == ".pdf" else docx_text(data)
    else:
        text = decode_text(data)
        if suffix in HTML_SUFFIXES:
            text = visible_html_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise DocumentError("no visible text: the page holds only markup or whitespace")
    return text


def visible_html_text(html: str) -> str:
    """What a reader sees of the article on a page: no scripts, styles, menus, headers or footers."""
    tree = html_text.parse_html(html)
    for element in [element for element in tree.iter(etree.Element) if _is_furniture(element)]:
        if element.getparent() is not None:
            element.drop_tree()
    return html_text.extract_text(_article_root(tree), guess_layout=True)


def _is_furniture(element) -> bool:
    """One pass of plain lookups per element: XPath conditions per rule cost far more on big pages."""
    if element.tag in _FURNITURE["tag"]:
        return True
    attributes = element.attrib
    if element.tag in _FURNITURE["page-tag"] and next(element.iterancestors("article"), None) is None:
        return True
    if not attributes:
        return False
    if not _PRESENT.isdisjoint(attributes) or any(attributes.get(n) == v for n, v in _EQUALS.items()):
        return True
    if attributes.get("role") in _FURNITURE["role"]:
        return True
    style = attributes.get("style", "").replace(" ", "").lower()
    if style and any(rule in style for rule in _FURNITURE["style"]):
        return True
    words = f"{attributes.get('class', '')} {attributes.get('id', '')}".lower().split()
    return not _FURNITURE["word"].isdisjoint(words) and element.find(".//h1") is None


def _article_root(tree):
    """The element holding the story: the biggest <article>, else <main>, else the whole page."""
    articles = tree.xpath("//article")
    if articles:
        return max(articles, key=lambda element: len(element.text_content()))
    mains = tree.xpath("//main")
    return mains[0] if mains else tree


def _check_suffix(name: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        kind = f"'{suffix}'" if suffix else "(no extension)"
        hint = f" ({_OTHER_KINDS[suffix]})" if suffix in _OTHER_KINDS else ""
        raise DocumentError(
            f"unsupported file type {kind}{hint}: only {', '.join(SUPPORTED_SUFFIXES)} files are read"
        )
    return suffix


def _too_large(size: int) -> str:
    return f"file too large: {size / 2**20:.1f} MB, over the {MAX_BYTES / 2**20:.0f} MB limit for one article"


def decode_text(data: bytes) -> str:
    """Bytes of text in an unknown encoding: a byte-order mark decides first, then UTF-8 (nearly
    every file), then charset detection; DocumentError for binary data or undecodable bytes."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked_text(data.decode(encoding))
            except UnicodeDecodeError:
                raise DocumentError(f"undecodable text: the file starts like {encoding} but is not") from None
    if b"\x00" in data:
        raise DocumentError("binary file, not text (it contains NUL bytes)")
    try:
        return _checked_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    damaged = data.decode("utf-8", errors="replace")
    bad = damaged.count("\ufffd")
    good = sum(1 for char in damaged if char > "\x7f") - bad
    if good > bad:
        # Mostly good UTF-8 with a few broken bytes (a cut or botched copy): keep the good text and
        # mark the broken bytes, rather than reading it all in a code page it was never written in.
        return _checked_text(damaged)
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise DocumentError("undecodable text: the bytes are not text in any known encoding")
    preferred = next(
        (m for m in matches if m.encoding == _PREFERRED_LEGACY and m.chaos <= best.chaos + _NEAR_TIE_CHAOS),
        best,
    )
    return _checked_text(str(preferred))


def _checked_text(text: str) -> str:
    """Decoded text, unless it is full of control characters (binary data that happened to decode)."""
    if len(_CONTROL_CHARS.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        raise DocumentError("binary file, not text (it is full of control characters)")
    return text.removeprefix("\ufeff")

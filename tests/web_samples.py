"""Articles written for these tests, and the pages, feeds, PDF and Word files made from them.

The texts are our own words; the figures are of the kind the parser reads. Each story names one
pair, so a test can tell which item's facts were stored.
"""
from __future__ import annotations

import html
import io
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class Story:
    slug: str
    title: str
    paragraphs: tuple[str, ...]
    pair: tuple[str, str]       # the ISO codes the facts are about, sorted
    n_facts: int

    @property
    def text(self) -> str:
        return "\n".join((self.title, *self.paragraphs))


GEORGIA = Story(
    "georgia-armenia", "Georgia and Armenia widen their trade",
    ("Trade between Georgia and Armenia reached $900 million in 2022, up 12 percent on the year before, "
     "the statistics office said.",
     "The two governments want the figure to grow to $1.5 billion by 2026, officials added."),
    ("ARM", "GEO"), 2,
)
PERU = Story(
    "peru-chile", "Peru and Chile talk copper",
    ("Trade between Peru and Chile reached $4 billion last year, officials in Lima said on a visit "
     "by the trade minister.",),
    ("CHL", "PER"), 1,
)
KAZAKH = Story(
    "kazakhstan-uzbekistan", "Kazakh and Uzbek officials meet in Tashkent",
    ("Trade turnover between Kazakhstan and Uzbekistan amounted to $4.2 billion in 2023, the ministry "
     "of trade reported.",
     "Both sides aim to bring it to $10 billion by 2030."),
    ("KAZ", "UZB"), 2,
)
MENU = ("<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/markets'>Markets</a></nav>"
        "<aside class='related'><a href='/x'>Most read: a mayor opens a bridge</a></aside>")


def page(story: Story, date: Optional[str] = "2023-03-03", site: str = "Example News", extra: str = "") -> str:
    """A news page: menus and a footer around the story, the date and site name in its metadata only."""
    meta = f"<meta property='article:published_time' content='{date}T09:30:00Z'>" if date else ""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in story.paragraphs)
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(story.title)} | {site}"
        f"</title><meta property='og:site_name' content='{site}'>{meta}</head><body>{MENU}<main><article>"
        f"<h1>{html.escape(story.title)}</h1>{body}{extra}</article></main>"
        "<footer>Subscribe to our newsletter. All rights reserved.</footer></body></html>"
    )


def rss(title: str, items: list[tuple[str, str, str]]) -> str:
    """An RSS 2.0 feed of (title, link, pubDate) items."""
    entries = "".join(
        f"<item><title>{html.escape(t)}</title><link>{html.escape(link)}</link><guid>{html.escape(link)}</guid>"
        f"<pubDate>{date}</pubDate></item>" for t, link, date in items)
    return (f"<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>{html.escape(title)}</title>"
            f"<link>http://example.invalid/</link><description>News</description>{entries}</channel></rss>")


def atom(title: str, items: list[tuple[str, str, str]]) -> str:
    """An Atom feed of (title, link, updated) entries; links may be relative."""
    entries = "".join(
        f"<entry><title>{html.escape(t)}</title><link rel='alternate' href='{html.escape(link)}'/>"
        f"<id>tag:example.invalid,2024:{html.escape(link)}</id><updated>{updated}</updated></entry>"
        for t, link, updated in items)
    return (f"<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
            f"<title>{html.escape(title)}</title><id>tag:example.invalid,2024:feed</id>"
            f"<updated>2024-05-01T00:00:00Z</updated>{entries}</feed>")


def pdf(story: Story) -> bytes:
    """A PDF with a text layer: a headline in a larger size, then paragraphs wrapped over lines."""
    from fpdf import FPDF

    document = FPDF()
    document.add_page()
    document.set_font("Helvetica", size=18)
    document.multi_cell(0, 9, story.title, new_x="LMARGIN", new_y="NEXT")
    document.ln(3)
    document.set_font("Helvetica", size=11)
    for paragraph in story.paragraphs:
        document.multi_cell(0, 5.5, paragraph, align="L", new_x="LMARGIN", new_y="NEXT")
        document.ln(3)
    return bytes(document.output())


def scanned_pdf() -> bytes:
    """A PDF whose page is only a picture, as a scanner makes it: no text layer."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (600, 300), "white")
    ImageDraw.Draw(picture).text((20, 20), "Trade grew", fill="black")
    document = FPDF()
    document.add_page()
    document.image(picture, x=10, y=10, w=150)
    return bytes(document.output())


def docx(story: Story, table: Optional[list[list[str]]] = None) -> bytes:
    """A Word press release: the headline as a heading, the paragraphs, and optionally a table."""
    import docx as python_docx

    document = python_docx.Document()
    document.add_heading(story.title, level=1)
    for paragraph in story.paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table):
            for cell, value in zip(row.cells, values):
                cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()

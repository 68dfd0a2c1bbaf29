"""Chart export for briefings: real PNG/SVG/PDF from Chromium at slide size, titled and sourced."""
import io

import pytest
from PIL import Image
from pypdf import PdfReader

from app import export, figures
from app.export_ui import export_title
from app.export_ui import slide as briefing_slide
from app.model import prepare, sources_of
from app.synthetic import articles_for, fact_row, facts_of

ROWS = [
    fact_row(source="a1.txt", year=2021, value=4e9),
    fact_row(source="a2.txt", year=2022, value=5e9, evidence="<b>Trade</b> grew to $5 billion in 2022."),
    fact_row(source="a2.txt", metric="target", value=10e9, target_year=2030),
]


@pytest.fixture(scope="module")
def slide():
    facts = facts_of(ROWS)
    tables = prepare(articles_for(facts, outlet="Kazinform"), facts)
    return briefing_slide(figures.timeline_figure(tables.obs, tables).figure, "timeline", tables.obs, tables), \
        export_title("timeline", tables.obs)


def test_title_names_pair_and_period(slide):
    _, title = slide
    assert title == "Bilateral trade: Kazakhstan – Türkiye, 2021–2023"


def test_footnote_cites_sources_and_date_of_data():
    sources = sources_of(prepare(articles_for(f := facts_of(ROWS), outlet="Kazinform"), f), [0, 1, 2])
    note = export.footnote(sources, sources["article_date"].max())
    assert note.startswith("Sources: Kazinform (a1.txt, 20 Jan 2023); Kazinform (a2.txt, 20 Jan 2023).")
    assert "Data as of 20 Jan 2023" in note


def test_footnote_of_undated_articles_says_so_instead_of_unknown():
    rows = [dict(r, article_date=None) for r in ROWS]
    sources = sources_of(prepare(articles_for(f := facts_of(rows)), f), [0])
    note = export.footnote(sources, sources["article_date"].max())
    assert "Article dates not stated" in note and "unknown" not in note and "NaT" not in note


def test_png_is_a_valid_image_at_slide_size(slide):
    png = export.render(slide[0], "png")
    image = Image.open(io.BytesIO(png))
    image.verify()
    assert image.format == "PNG" and image.size == (export.SLIDE_WIDTH, export.SLIDE_HEIGHT)


def test_svg_carries_title_and_sources_as_text(slide):
    svg = export.render(slide[0], "svg").decode("utf-8")
    assert svg.lstrip().startswith("<svg") and 'width="1600"' in svg
    assert "Kazakhstan – Türkiye" in svg and "Kazinform (a1.txt" in svg
    assert "<b>Trade</b>" not in svg  # article text stays text in the export too


def test_pdf_is_one_slide_page(slide):
    reader = PdfReader(io.BytesIO(export.render(slide[0], "pdf")))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) / float(box.height) == pytest.approx(16 / 9, rel=0.02)
    assert "Bilateral trade" in reader.pages[0].extract_text()


def test_unknown_format_is_refused(slide):
    with pytest.raises(ValueError, match="png, svg, pdf"):
        export.render(slide[0], "gif")


@pytest.mark.parametrize("browser_path", ["/nonexistent/chromium", "/bin/false"])
def test_without_a_browser_the_message_says_what_to_install(monkeypatch, slide, browser_path):
    monkeypatch.setenv("BROWSER_PATH", browser_path)
    monkeypatch.setattr(export, "_SERVER", export._ExportServer())
    with pytest.raises(export.ExportUnavailable, match="apt-get install chromium"):
        export.render(slide[0], "png")
    assert "apt-get install chromium" in export.unavailable_reason()  # the page shows this, not buttons

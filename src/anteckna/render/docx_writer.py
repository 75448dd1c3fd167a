"""A document as a Word file (python-docx) in a plain municipal style.

The organisation's name and logo stand in the page header and the page numbers in the footer,
where they belong in a Word document; the body holds the notes' words only. Item headings carry
their number as text, not as Word list numbering, so the number is the one the notes gave.
Nothing else is stored: the file's properties hold its title and nothing machine-readable.
"""

from __future__ import annotations

import io

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from anteckna.render.document import Document, Heading, Paragraph, Table
from anteckna.render.words import words

FONT = "Arial"
INK = RGBColor(0x1F, 0x1F, 0x1F)
_HEADING_SIZES = {1: 18, 2: 13, 3: 11.5}


def write_docx(document: Document) -> bytes:
    """Paragraphs are spaced by an empty paragraph, as secretaries type their notes in Word,
    so that the text of the file has the blank lines of the notes text."""
    out = docx.Document()
    _page(out, document)
    for block in document.blocks:
        if isinstance(block, Heading):
            paragraph = out.add_heading(block.text, level=block.level if block.level > 1 else 0)
            paragraph.paragraph_format.keep_with_next = True
            if block.level < 3:
                out.add_paragraph()
        elif isinstance(block, Paragraph):
            _paragraph(out, block)
            out.add_paragraph()
        else:
            _table(out, block)
            out.add_paragraph()
    properties = out.core_properties
    properties.title = document.title
    properties.author = document.letterhead.organisation or ""
    properties.comments = properties.subject = properties.keywords = ""
    properties.last_modified_by = ""
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


def _page(out: docx.document.Document, document: Document) -> None:
    section = out.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2)
    normal = out.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(10.5)
    normal.paragraph_format.space_after = Pt(0)
    for name, size in (("Title", 18), ("Heading 1", 13), ("Heading 2", 11.5), ("Heading 3", 11)):
        style = out.styles[name]
        style.font.name, style.font.size, style.font.bold = FONT, Pt(size), True
        style.font.color.rgb = INK
        style.font.italic = False
        rpr = style.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is not None:  # the template's theme fonts would win over FONT
            for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                fonts.attrib.pop(qn(attribute), None)
    for name in ("Title", "Heading 1", "Heading 2"):
        spacing = out.styles[name].paragraph_format
        spacing.space_before, spacing.space_after = Pt(6), Pt(0)
    _letterhead(section, document)
    _page_numbers(section, document)


def _letterhead(section: docx.section.Section, document: Document) -> None:
    letterhead = document.letterhead
    header = section.header.paragraphs[0]
    if letterhead.logo:
        header.add_run().add_picture(str(letterhead.logo), height=Cm(1.4))
        header.add_run("\t")
    if letterhead.organisation:
        run = header.add_run(letterhead.organisation)
        run.bold, run.font.size, run.font.name = True, Pt(12), FONT


def _page_numbers(section: docx.section.Section, document: Document) -> None:
    """ "Sida 2 av 5" in the footer, with Word's PAGE and NUMPAGES fields."""
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    before, rest = words(document.language)["page"].split("{page}")
    between, after = rest.split("{pages}")
    for text, field in ((before, "PAGE"), (between, "NUMPAGES"), (after, None)):
        if text:
            footer.add_run(text).font.size = Pt(9)
        if field:
            _field(footer.add_run(), field)


def _field(run: docx.text.run.Run, instruction: str) -> None:
    run.font.size = Pt(9)
    for kind, text in (("begin", None), (None, instruction), ("separate", None), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {text} "
        run._r.append(element)


def _paragraph(out: docx.document.Document, block: Paragraph) -> None:
    paragraph = out.add_paragraph()
    if block.label:
        paragraph.add_run(block.label + " ").bold = True
    paragraph.add_run(block.text)
    for line in block.lines:
        run = paragraph.add_run()
        run.add_break()
        run.add_text(line)
    if block.small:
        for run in paragraph.runs:
            run.font.size = Pt(9)


def _table(out: docx.document.Document, block: Table) -> None:
    rows = [block.header, *block.rows, *([block.footer] if block.footer else [])]
    table = out.add_table(rows=len(rows), cols=len(block.header))
    table.style = out.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, cells in enumerate(rows):
        bold = r == 0 or (block.footer is not None and r == len(rows) - 1)
        for c, text in enumerate(cells):
            cell = table.cell(r, c)
            if block.widths:
                cell.width = Cm(block.widths[c] / 10)
            first, *more = text.split("\n")
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.space_after = Pt(2)
            paragraph.add_run(first).bold = bold
            for line in more:
                run = paragraph.add_run()
                run.add_break()
                run.add_text(line)
                run.font.size = Pt(8.5)
            if r == 0:
                _shade(cell)


def _shade(cell: docx.table._Cell) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), "E7EBEF")
    properties.append(shading)

"""A document as PDF (fpdf2) with DejaVu Sans embedded, so "–", "”" and å ä ö é print right.

The organisation's name and logo stand at the top of the first page and "Sida 1 av 3" at the
foot of every page (a line the parser knows for a page number). The text is the notes' words
in reading order, nothing hidden: no invisible text and no attachment, and the file's
properties hold its title only.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

from anteckna.render.document import Document, Heading, Paragraph, Table
from anteckna.render.words import words

FONT = "DejaVu"
INK = (31, 31, 31)
MUTED = (90, 96, 104)
RULE = (150, 160, 170)
_LEADING = 5.2
# Words after which a heading may break: notes wrap a title where it plainly goes on.
_JOINING_WORDS = frozenset(
    ("och", "eller", "samt", "till", "för", "från", "av", "i", "på", "med", "om", "inom",
     "kring", "vid", "inför", "mot", "genom", "and", "or", "of", "for", "to", "in", "on",
     "with", "from", "by", "about")
)  # fmt: skip
_BEFORE_NUMBER = re.compile(r"(?<=\w) (?=\d)")


def font_path(name: str) -> Path:
    """A font file shipped in ``anteckna/render/fonts``."""
    return Path(str(resources.files("anteckna.render") / "fonts" / name))


class _Pdf(FPDF):
    def __init__(self, page_label: str) -> None:
        super().__init__(format="A4", unit="mm")
        self.page_label = page_label
        self.add_font(FONT, "", str(font_path("DejaVuSans.ttf")))
        self.add_font(FONT, "B", str(font_path("DejaVuSans-Bold.ttf")))
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, margin=20)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font(FONT, "", 8.5)
        self.set_text_color(*MUTED)
        label = self.page_label.format(page=self.page_no(), pages="{nb}")
        self.cell(0, 5, label, align="C")
        self.set_text_color(*INK)


def write_pdf(document: Document) -> bytes:
    pdf = _Pdf(words(document.language)["page"])
    pdf.set_title(document.title)
    pdf.set_creator("anteckna")
    pdf.add_page()
    pdf.set_text_color(*INK)
    _letterhead(pdf, document)
    for block in document.blocks:
        if isinstance(block, Heading):
            _heading(pdf, block)
        elif isinstance(block, Paragraph):
            _paragraph(pdf, block)
        else:
            _table(pdf, block)
    return bytes(pdf.output())


def _letterhead(pdf: _Pdf, document: Document) -> None:
    letterhead = document.letterhead
    if not (letterhead.logo or letterhead.organisation):
        return
    top = pdf.get_y()
    x = pdf.l_margin
    if letterhead.logo:
        image = pdf.image(str(letterhead.logo), x=x, y=top, h=14)
        x += image.rendered_width + 5
    if letterhead.organisation:
        pdf.set_xy(x, top + 4)
        pdf.set_font(FONT, "B", 12.5)
        pdf.cell(0, 6, letterhead.organisation)
    pdf.set_y(top + 18)
    pdf.set_draw_color(*RULE)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(7)


def _bind_numbers(text: str) -> str:
    return _BEFORE_NUMBER.sub("\u00a0", text)


def _heading(pdf: _Pdf, block: Heading) -> None:
    """A heading on one line where it fits at a somewhat smaller size; a longer one is broken
    after a joining word ("… för LG till / ledningsgruppsutbildningen"), as notes wrap a title
    that goes on: a break elsewhere reads, once extracted, as a title and a line of text."""
    size = {1: 18, 2: 12.5, 3: 11.5}.get(block.level, 11)
    pdf.set_font(FONT, "B", size)
    while size > 8.5 and pdf.get_string_width(block.text) > pdf.epw:
        size -= 0.5
        pdf.set_font(FONT, "B", size)
    if pdf.get_y() > pdf.page_break_trigger - 28:  # keep a heading with what follows
        pdf.add_page()
    pdf.ln({1: 0, 2: 4, 3: 2}.get(block.level, 2))
    for line in _heading_lines(pdf, block.text):
        pdf.cell(0, size * 0.5, line, new_x="LMARGIN", new_y="NEXT")
    if block.level == 2:
        pdf.set_draw_color(*RULE)
        pdf.line(pdf.l_margin, pdf.get_y() + 0.8, pdf.w - pdf.r_margin, pdf.get_y() + 0.8)
    pdf.ln({1: 5, 2: 3.5, 3: 1}.get(block.level, 1))


def _heading_lines(pdf: _Pdf, text: str) -> list[str]:
    words = text.split(" ")
    lines = []
    while pdf.get_string_width(" ".join(words)) > pdf.epw:
        fits = [
            k for k in range(1, len(words)) if pdf.get_string_width(" ".join(words[:k])) <= pdf.epw
        ]
        joins = [k for k in fits if words[k - 1].casefold() in _JOINING_WORDS]
        if not fits:
            break
        k = (joins or fits)[-1]
        lines.append(" ".join(words[:k]))
        words = words[k:]
    return [*lines, " ".join(words)]


def _paragraph(pdf: _Pdf, block: Paragraph) -> None:
    """A paragraph kept on one page when it fits on one, so that a page's foot never falls
    inside a sentence; a number is kept on the line of the word before it ("senast 1 oktober"),
    so that no line of the text starts with what reads as an item's number."""
    size = 9 if block.small else 10.5
    pdf.set_font(FONT, "", size)
    lines = [f"{block.label or ''} {_bind_numbers(block.text)}", *map(_bind_numbers, block.lines)]
    height = sum(
        len(pdf.multi_cell(0, _LEADING, line, dry_run=True, output="LINES")) for line in lines
    )
    if pdf.get_y() + height * _LEADING > pdf.page_break_trigger and height < 40:
        pdf.add_page()
    if block.label:
        pdf.set_font(FONT, "B", size)
        pdf.write(_LEADING, block.label + " ")
        pdf.set_font(FONT, "", size)
    pdf.write(_LEADING, _bind_numbers(block.text))
    for line in block.lines:
        pdf.ln(_LEADING)
        pdf.write(_LEADING, _bind_numbers(line))
    pdf.ln(_LEADING)
    pdf.ln(2.4)


def _table(pdf: _Pdf, block: Table) -> None:
    pdf.set_font(FONT, "", 9.5)
    pdf.set_draw_color(*RULE)
    header_style = FontFace(emphasis="BOLD", fill_color=(231, 235, 239))
    rows = [block.header, *block.rows, *([block.footer] if block.footer else [])]
    with pdf.table(
        col_widths=block.widths or None,
        headings_style=header_style,
        line_height=5,
        padding=1.6,
        text_align="LEFT",
        first_row_as_headings=True,
    ) as table:
        for number, cells in enumerate(rows):
            bold = block.footer is not None and number == len(rows) - 1
            style = FontFace(emphasis="BOLD") if bold else None
            row = table.row()
            for text in cells:
                row.cell(text, style=style)
    pdf.ln(3)

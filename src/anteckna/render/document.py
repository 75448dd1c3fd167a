"""A rendered document as a short list of blocks, written out by each format's writer.

Minutes and agendas are laid out once (``minutes``, ``agenda_layout``) as headings, labelled
paragraphs and tables; the plain-text, Markdown, DOCX and PDF writers only decide how each block
looks. So every format says the same words in the same order, and a DOCX or PDF export reads
back exactly like the notes text does.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Heading:
    """``level`` 1 is the document's title, 2 a section ("BESLUT"), 3 an item ("1. Budget")."""

    text: str
    level: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph; ``label`` ("Deltagare LG:", "Föredragande:") is set in bold before the
    text. ``lines`` are kept on lines of their own (a participant's note under a list)."""

    text: str
    label: str | None = None
    lines: tuple[str, ...] = ()
    small: bool = False


@dataclass(frozen=True, slots=True)
class Table:
    """A table with a header row and an optional closing row (an agenda's total)."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    footer: tuple[str, ...] | None = None
    widths: tuple[int, ...] = ()


Block = Heading | Paragraph | Table


@dataclass(frozen=True, slots=True)
class Letterhead:
    """What stands above the title of a DOCX or PDF: the organisation's name and logo."""

    organisation: str | None = None
    logo: Path | None = None


PLAIN = Letterhead()
"""No organisation and no logo: what the notes text and the Markdown have."""


@dataclass(frozen=True, slots=True)
class Document:
    """A document ready for a writer: its title for the file's properties, and its blocks."""

    title: str
    blocks: tuple[Block, ...]
    language: str = "sv"
    letterhead: Letterhead = PLAIN

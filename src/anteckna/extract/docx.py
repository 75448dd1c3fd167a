"""DOCX: paragraphs and tables in document order, with the list numbers Word would draw.

The zip is checked before python-docx opens it: a DOCX is a zip archive, and a small one can
expand to gigabytes. python-docx then finds the parts (document, numbering, styles) and this
module walks the body's XML itself, because ``Paragraph.text`` misses runs inside tracked
insertions, content controls and fields, and because tables must come out where they stand.

Layout of the text, one line per:
- paragraph, its list label in front ("3. Ekonomi", "a) …", "• …"); headings are paragraphs too;
  a break inside a paragraph (Shift+Enter, a page or column break) is a line break here;
- table cell, row after row, with nothing between rows and blank cells left out. Notes put
  attendance in tables (name | role | present), and the parser reads one name per line in a
  name list, so a cell per line keeps names whole where "\\t" or ", " would have to be split
  again (and a name may contain a comma: "Ek, Per").
Text boxes follow the paragraph that anchors them. Headers, footers, footnotes, comments,
deleted text and hidden text are not read.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT

from anteckna.errors import SourceError
from anteckna.extract._numbering import Numbering
from anteckna.extract.base import normalise_newlines

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
MAX_EXPANDED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100
RATIO_FLOOR_BYTES = 10 * 1024 * 1024  # below this a member may compress as well as it likes
_MB = 1024 * 1024
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_P, _TBL, _TR, _TC, _R = f"{W}p", f"{W}tbl", f"{W}tr", f"{W}tc", f"{W}r"
_T, _TAB, _PTAB, _BR, _CR = f"{W}t", f"{W}tab", f"{W}ptab", f"{W}br", f"{W}cr"
_NO_BREAK_HYPHEN, _TEXTBOX = f"{W}noBreakHyphen", f"{W}txbxContent"
_CONTAINERS = frozenset({f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}ins", f"{W}moveTo"})
_SKIPPED = frozenset(
    {f"{W}pPr", f"{W}rPr", f"{W}del", f"{W}moveFrom", f"{W}sdtPr", f"{W}tblPr", f"{MC}Fallback"}
)


class DocxExtractor:
    """Word documents (``.docx``) read with python-docx; the old binary ``.doc`` is not."""

    suffixes: tuple[str, ...] = (".docx",)
    mime_types: tuple[str, ...] = (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )
    kind: str = "docx"

    def extract(self, data: bytes, path: Path) -> tuple[str, int | None, str | None]:
        """Return the document's text; raises ``SourceError`` for what is not a safe DOCX."""
        check_archive(data, path)
        try:
            document = docx.Document(io.BytesIO(data))
        except Exception as error:
            raise SourceError(path, f"not a readable DOCX ({error})") from error
        part = document.part
        numbering = Numbering(_related(part, RT.NUMBERING), _related(part, RT.STYLES))
        lines: list[str] = []
        _blocks(document.element.body, numbering, lines)
        return normalise_newlines("\n".join(lines)), None, None


def check_archive(data: bytes, path: Path) -> None:
    """Refuse what is not a zip, what would expand too far, and a zip without a Word body.

    Sizes are the ones the zip's directory declares; Python's ``zipfile`` never inflates a
    deflated member past its declared size, so checking them is enough to keep memory bounded.
    Other compressions (bzip2, LZMA) are refused: Word never writes them, and zipfile does not
    bound what one chunk of them inflates to.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        if data.startswith(_OLE2):
            reason = "an encrypted DOCX or an old .doc; remove the password or save as .docx"
            raise SourceError(path, f"not a DOCX file ({reason})") from None
        raise SourceError(path, "not a DOCX file (not a zip archive)") from None
    with archive:
        members = archive.infolist()
        expanded = sum(member.file_size for member in members)
        if expanded > MAX_EXPANDED_BYTES:
            raise SourceError(path, f"refused: DOCX expands to {expanded / _MB:.0f} MB")
        for member in members:
            if member.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                reason = f"{member.filename} uses a compression Word does not write"
                raise SourceError(path, f"not a DOCX file ({reason})")
            ratio = member.file_size / max(member.compress_size, 1)
            if member.file_size > RATIO_FLOOR_BYTES and ratio > MAX_RATIO:
                raise SourceError(
                    path,
                    f"refused: DOCX expands to {expanded / _MB:.0f} MB"
                    f" ({member.filename} is compressed {ratio:.0f}:1)",
                )
        if "word/document.xml" not in archive.namelist():
            raise SourceError(path, "not a DOCX file (no word/document.xml)")


def _related(part: Any, relationship: str) -> Any | None:
    """The XML root of the part related to the document by ``relationship``, if there is one."""
    try:
        return part.part_related_by(relationship).element
    except (KeyError, AttributeError):
        return None


def _blocks(container: Any, numbering: Numbering, lines: list[str]) -> None:
    """Append the lines of the paragraphs and tables in ``container``, in order."""
    for child in container:
        tag = child.tag
        if tag == _P:
            _paragraph(child, numbering, lines)
        elif tag == _TBL:
            _table(child, numbering, lines)
        elif tag in _CONTAINERS:
            _blocks(child, numbering, lines)


def _paragraph(paragraph: Any, numbering: Numbering, lines: list[str]) -> None:
    parts: list[str] = []
    boxes: list[Any] = []
    _inline(paragraph, parts, boxes)
    lines.append(numbering.label(paragraph) + "".join(parts))
    for box in boxes:
        _blocks(box, numbering, lines)


def _table(table: Any, numbering: Numbering, lines: list[str]) -> None:
    for row in _children(table, _TR):
        for cell in _children(row, _TC):
            cell_lines: list[str] = []
            _blocks(cell, numbering, cell_lines)
            lines.extend(line for line in cell_lines if line.strip())


def _children(element: Any, tag: str) -> Iterator[Any]:
    """Children with ``tag``, also those wrapped in a content control or custom XML."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in _CONTAINERS:
            yield from _children(child, tag)


def _inline(element: Any, parts: list[str], boxes: list[Any]) -> None:
    """Collect the visible text under ``element``; text boxes are kept aside in ``boxes``."""
    for child in element:
        tag = child.tag
        if tag == _T:
            parts.append(child.text or "")
        elif tag in (_TAB, _PTAB):
            parts.append("\t")
        elif tag in (_BR, _CR):
            parts.append("\n")  # line, page and column breaks all start a new line
        elif tag == _NO_BREAK_HYPHEN:
            parts.append("-")
        elif tag == _TEXTBOX:
            boxes.append(child)
        elif tag in _SKIPPED or (tag == _R and _hidden(child)):
            continue
        elif len(child):
            _inline(child, parts, boxes)


def _hidden(run: Any) -> bool:
    vanish = run.find(f"{W}rPr/{W}vanish")
    return vanish is not None and vanish.get(f"{W}val") not in ("0", "false", "off")

"""PDF: the text layer, page by page, with pypdfium2 and pypdf as its fallback.

pypdfium2 (Chrome's PDFium) is fast and keeps the reading order of the page best; pypdf, pure
Python, is tried only when PDFium cannot open or read a file. PDFium ends lines with ``"\\r\\n"``
and marks a word hyphenated across a line end with U+FFFE in place of the hyphen; line ends are
normalised here, U+FFFE is kept for the parser, which knows what it means. Pages are joined by
one ``"\\n"``, so a page break looks like any other line break.

A PDF has no blank lines: a paragraph ends where the next line starts lower than the line
spacing would put it (Word's "space after", a typeset document's paragraph gap). Such a gap
becomes a blank line here, as the notes text has one, so that the parser sees paragraphs in a
PDF as it sees them in the text the PDF was made from.

PDFium is not thread-safe, not even across different documents: every call into it holds
``PDFIUM_LOCK``, and every PDFium object is closed inside the lock (left to the garbage
collector, its finaliser could run on another thread while a second document is being read).
"""

from __future__ import annotations

import io
import logging
import re
import threading
from pathlib import Path

import pypdf
import pypdfium2 as pdfium

from anteckna.errors import SourceError
from anteckna.extract.base import normalise_newlines

PDFIUM_LOCK = threading.Lock()
ENCRYPTED = "encrypted PDF; remove the password first"
NO_TEXT_LAYER = "no text layer; OCR not supported"
_PASSWORD_ERRORS = (pdfium.raw.FPDF_ERR_PASSWORD, pdfium.raw.FPDF_ERR_SECURITY)
_PDFIUM_REASON = re.compile(r"\((PDFium: [^)]*)\)")

# pypdf logs what it repairs ("EOF marker not found"). With no handler anywhere Python prints
# such warnings on stderr, under our one-line message; this sends them to the application's
# logging only, where a configured root logger still receives them.
logging.getLogger("pypdf").addHandler(logging.NullHandler())


class PdfExtractor:
    """PDF files with a text layer; scanned PDFs are refused because OCR is not done here."""

    suffixes: tuple[str, ...] = (".pdf",)
    mime_types: tuple[str, ...] = ("application/pdf",)
    kind: str = "pdf"

    def extract(self, data: bytes, path: Path) -> tuple[str, int | None, str | None]:
        """Return the text of every page and the page count.

        Raises ``SourceError`` for an encrypted PDF, for one neither library can read ("not a
        readable PDF (…)"), and for one whose pages hold no text ("no text layer; …").
        """
        if b"%PDF-" not in data[:1024]:
            raise SourceError(path, "not a readable PDF (no %PDF- header)")
        try:
            pages = read_with_pdfium(data)
        except pdfium.PdfiumError as error:
            if error.err_code in _PASSWORD_ERRORS:
                raise SourceError(path, ENCRYPTED) from error
            pages = _fallback(data, path, reason=_reason(error))
        if not pages:
            raise SourceError(path, "not a readable PDF (it has no pages)")
        if not any(page.strip() for page in pages):
            raise SourceError(path, NO_TEXT_LAYER)
        return normalise_newlines("\n".join(pages)), len(pages), None


def read_with_pdfium(data: bytes) -> list[str]:
    """Text of each page as PDFium gives it (``"\\r\\n"`` line ends); raises ``PdfiumError``."""
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(data)
        try:
            texts = []
            for index in range(len(document)):
                page = document[index]
                try:
                    textpage = page.get_textpage()
                    try:
                        texts.append(_with_paragraph_gaps(textpage))
                    finally:
                        textpage.close()
                finally:
                    page.close()
            return texts
        finally:
            document.close()


PARAGRAPH_GAP = 0.6
"""A gap between two lines' boxes of this many line heights (or more) ends a paragraph."""


def _with_paragraph_gaps(textpage: pdfium.PdfTextPage) -> str:
    """The page's text with a blank line where a vertical gap ends a paragraph. The text holds
    one character per character index of the page, line ends included, so the first character
    of each line gives the line's box (the loose one: the font's height, whatever the glyph).
    The page's last line is left as it stands: it is most often the footer ("Sida 1 av 2"),
    below a gap that ends no paragraph."""
    text: str = textpage.get_text_range()
    lines = text.split("\r\n")
    last = max((n for n, line in enumerate(lines) if line.strip()), default=-1)
    out = []
    position = 0
    previous: tuple[float, float] | None = None
    for number, line in enumerate(lines):
        box = None
        if line.strip() and number != last:
            first = position + len(line) - len(line.lstrip())
            _, bottom, _, top = textpage.get_charbox(first, loose=True)
            box = (bottom, top)
        if box and previous:
            height = min(box[1] - box[0], previous[1] - previous[0])
            if height > 0 and previous[0] - box[1] >= PARAGRAPH_GAP * height:
                out.append("")
        out.append(line)
        previous = box if box else previous if line.strip() else None
        position += len(line) + 2
    return "\r\n".join(out)


def read_with_pypdf(data: bytes, path: Path) -> list[str]:
    """Text of each page as pypdf gives it; raises ``SourceError`` for a password it lacks."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    if reader.is_encrypted and reader.decrypt("") == pypdf.PasswordType.NOT_DECRYPTED:
        raise SourceError(path, ENCRYPTED)
    return [page.extract_text() or "" for page in reader.pages]


def _fallback(data: bytes, path: Path, reason: str) -> list[str]:
    """pypdf's reading of a file PDFium refused; PDFium's reason is the one shown if both fail."""
    try:
        return read_with_pypdf(data, path)
    except SourceError:
        raise
    except Exception as error:
        raise SourceError(path, f"not a readable PDF ({reason})") from error


def _reason(error: pdfium.PdfiumError) -> str:
    """The part of a PDFium message worth showing: "PDFium: Data format error"."""
    match = _PDFIUM_REASON.search(str(error))
    return match.group(1) if match else str(error).rstrip(".")

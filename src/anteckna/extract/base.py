"""The contract between the extract registry and each file format it can read.

An extractor turns the raw bytes of one file into text. It knows nothing about meetings: the
parser decides what the lines mean. Built-in extractors (text, Markdown, PDF, DOCX) and those of
third parties implement the same Protocol and register through the same
``anteckna.extract.register_extractor()``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol


class Extractor(Protocol):
    """Reads one family of file formats, chosen by file-name suffix.

    ``suffixes`` are lower-case and start with a dot (``".pdf"``); the registry files the
    extractor under each of them, and a later registration for the same suffix replaces an
    earlier one (that is how a third party swaps in, say, a PDF reader with OCR).
    ``mime_types`` are what a browser sends for such a file; the web upload form offers them.
    ``kind`` names the format in ``Extracted.kind`` ("text", "markdown", "pdf", "docx").
    """

    suffixes: tuple[str, ...]
    mime_types: tuple[str, ...]
    kind: str

    def extract(self, data: bytes, path: Path) -> tuple[str, int | None, str | None]:
        """Return ``(text, pages, encoding)`` for the whole file held in ``data``.

        Called by ``extract_file()`` and ``extract_bytes()`` once per file, after they have
        checked that ``data`` is not empty and not larger than ``MAX_BYTES``. ``path`` is only
        for messages: the extractor must not open it (uploads have no file on disk).

        ``text`` should use ``"\\n"`` line ends and hold no NUL characters; the registry
        normalises both again, so an extractor that forgets cannot break that promise. Nothing
        else is trimmed: the parser wants trailing spaces and the layout as extracted.
        ``pages`` is the page count when the format has pages (PDF), else ``None``.
        ``encoding`` is the codec used to decode a text file, else ``None``.

        Raises ``SourceError(path, reason)`` when the file cannot be read, with a reason a
        person can act on ("encrypted PDF; remove the password first"). Any other exception is
        a bug or an unforeseen file; the registry turns it into a ``SourceError`` naming it.
        """
        ...


def normalise_newlines(text: str) -> str:
    """Use ``"\\n"`` for every line end (``"\\r\\n"`` and a lone ``"\\r"`` alike) and drop NULs.

    NULs go because nothing downstream wants them and PostgreSQL refuses them in text columns.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        text = text.replace("\x00", "")
    return text

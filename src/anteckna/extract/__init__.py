"""The first stage: one source file → its text, decoded, before anything is parsed.

``extract_file()`` reads a file from disk, ``extract_bytes()`` an upload; both choose an
extractor from ``EXTRACTORS`` by the file-name suffix and return an ``Extracted``. Every problem
a person can fix (a missing file, an encrypted PDF, a scanned page, a zip bomb) comes back as a
``SourceError`` whose message is one line; no traceback reaches the user.

Extractors are registered with ``register_extractor()``, the built-in ones at the bottom of this
module exactly as a third party registers its own.
"""

from __future__ import annotations

import hashlib
import stat
from dataclasses import dataclass
from pathlib import Path

from anteckna.errors import SourceError
from anteckna.extract.base import Extractor, normalise_newlines
from anteckna.extract.docx import DocxExtractor
from anteckna.extract.pdf import PdfExtractor
from anteckna.extract.text import MarkdownExtractor, TextExtractor

__all__ = [
    "EXTRACTORS",
    "MAX_BYTES",
    "Extracted",
    "Extractor",
    "extract_bytes",
    "extract_file",
    "register_extractor",
]

MAX_BYTES = 20 * 1024 * 1024
_MB = 1024 * 1024

EXTRACTORS: dict[str, Extractor] = {}


@dataclass(frozen=True, slots=True)
class Extracted:
    """Text read from one source file, before any parsing.

    ``text`` has ``"\\n"`` line ends and no NULs but is otherwise as the file had it: nothing is
    trimmed, because the parser reads trailing spaces and the page layout as extracted, and the
    line numbers in every ``SourceRef`` count lines of this text. ``sha256`` is of the raw bytes,
    so the same file imported twice is recognised whatever its name. ``pages`` is set for PDFs
    only; ``encoding`` for text files only (the codec that decoded them, e.g. "cp1252").
    """

    path: Path
    text: str
    kind: str
    sha256: str
    pages: int | None
    encoding: str | None


def register_extractor(extractor: Extractor) -> None:
    """File ``extractor`` under each of its suffixes; a later one replaces an earlier one."""
    for suffix in extractor.suffixes:
        if not suffix.startswith(".") or suffix != suffix.lower():
            raise ValueError(f"suffix {suffix!r} must be lower case and start with '.'")
        EXTRACTORS[suffix] = extractor


def extract_file(path: str | Path) -> Extracted:
    """Read the file at ``path``; raises ``SourceError`` with a one-line reason."""
    path = Path(path)
    try:
        status = path.stat()
    except FileNotFoundError:
        raise SourceError(path, "no such file") from None
    except OSError as error:
        raise SourceError(path, f"cannot read ({error.strerror or error})") from None
    if stat.S_ISDIR(status.st_mode):
        raise SourceError(path, "is a directory")
    if not stat.S_ISREG(status.st_mode):
        raise SourceError(path, "not a regular file")
    _extractor_for(path)
    _check_size(path, status.st_size)
    try:
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)  # the file may have grown since stat()
    except OSError as error:
        raise SourceError(path, f"cannot read ({error.strerror or error})") from None
    return _extract(data, path)


def extract_bytes(data: bytes, file_name: str) -> Extracted:
    """Read an upload as if it were the file ``file_name``; raises ``SourceError`` likewise."""
    return _extract(data, Path(file_name))


def _extract(data: bytes, path: Path) -> Extracted:
    extractor = _extractor_for(path)
    _check_size(path, len(data))
    try:
        text, pages, encoding = extractor.extract(data, path)
        text = normalise_newlines(text)
    except SourceError:
        raise
    except Exception as error:
        reason = " ".join(f"{type(error).__name__}: {error}".split())
        raise SourceError(path, f"could not read this {extractor.kind} file ({reason})") from error
    if not text.strip():
        raise SourceError(path, "no text found")
    digest = hashlib.sha256(data).hexdigest()
    return Extracted(path, text, extractor.kind, digest, pages, encoding)


def _extractor_for(path: Path) -> Extractor:
    suffix = path.suffix.lower()
    extractor = EXTRACTORS.get(suffix)
    if extractor is None:
        supported = "supported: " + ", ".join(sorted(EXTRACTORS))
        if not suffix:
            raise SourceError(path, f"unsupported file type (no suffix; {supported})")
        raise SourceError(path, f"unsupported file type '{suffix}' ({supported})")
    return extractor


def _check_size(path: Path, size: int) -> None:
    if size == 0:
        raise SourceError(path, "empty file")
    if size > MAX_BYTES:
        limit = f"{MAX_BYTES / _MB:g} MB"
        raise SourceError(path, f"file too large ({size / _MB:.1f} MB; the limit is {limit})")


for _builtin in (TextExtractor(), MarkdownExtractor(), PdfExtractor(), DocxExtractor()):
    register_extractor(_builtin)

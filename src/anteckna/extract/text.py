"""Plain text and Markdown: decide the encoding from the bytes, refuse what is not text.

Modelled on paperless-ngx's ``read_file_handle_unicode_errors``: read the bytes, let a BOM decide
the encoding when there is one, strip NULs. The order of guesses after that is what Swedish
notes turn out to be: UTF-8 (strict, so that a Windows file is not misread), then Windows-1252.
Latin-1 files read the same as Windows-1252 for every letter (å, ä, ö, é …); the five bytes
Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are read as Latin-1 so nothing is
ever refused for its encoding.
"""

from __future__ import annotations

import re
from pathlib import Path

from anteckna.errors import SourceError
from anteckna.extract.base import normalise_newlines

BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

MAGIC_NUMBERS: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x7fELF", "ELF executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Office document"),
)

# C0 control bytes that text files do not contain. Tab, line feed, vertical tab, form feed,
# carriage return and escape are allowed: they occur in real notes and exported logs.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
_SURROGATE_ESCAPED = re.compile("[\udc80-\udcff]")
_SAMPLE = 4096


class TextExtractor:
    """Plain text (``.txt``) and reStructuredText (``.rst``), read as they are."""

    suffixes: tuple[str, ...] = (".txt", ".rst")
    mime_types: tuple[str, ...] = ("text/plain", "text/x-rst")
    kind: str = "text"

    def extract(self, data: bytes, path: Path) -> tuple[str, int | None, str | None]:
        """Decode ``data``; refuse it with "not a text file (…)" when it looks binary."""
        text, encoding = decode(data, path)
        return normalise_newlines(text), None, encoding


class MarkdownExtractor(TextExtractor):
    """Markdown is read exactly like plain text; only ``kind`` tells the parser what it got."""

    suffixes: tuple[str, ...] = (".md", ".markdown")
    mime_types: tuple[str, ...] = ("text/markdown", "text/x-markdown")
    kind: str = "markdown"


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """Return ``(text, encoding)``: BOM, BOM-less UTF-16, strict UTF-8, then Windows-1252.

    Raises ``SourceError`` "not a text file (looks like PNG image)" for a known binary format,
    and "not a text file (contains binary data)" when control bytes make up more than 1% of it.
    NULs are left in the text; ``normalise_newlines()`` removes them.
    """
    for magic, name in MAGIC_NUMBERS:
        if data.startswith(magic):
            raise SourceError(path, f"not a text file (looks like {name})")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            # A BOM is a deliberate statement; a damaged byte further on is replaced, not fatal.
            return data[len(bom) :].decode(encoding, errors="replace"), encoding
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return utf16
    control = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if control * 100 > len(data):
        raise SourceError(path, "not a text file (contains binary data)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="surrogateescape")
    if _SURROGATE_ESCAPED.search(text):
        # The bytes cp1252 leaves undefined come back as U+DC81 …; read them as Latin-1 does.
        text = _SURROGATE_ESCAPED.sub(lambda match: chr(ord(match.group()) - 0xDC00), text)
    return text, "cp1252"


def _bomless_utf16(data: bytes) -> tuple[str, str] | None:
    """Recognise UTF-16 without a BOM by its pattern of zero bytes, as some exports write it.

    Swedish text keeps every character below U+0100, so one byte of each pair is zero: the odd
    ones in little-endian, the even ones in big-endian. The whole file must then decode, to text
    with no more control characters than the 8-bit check would allow.
    """
    sample = data[:_SAMPLE]
    if len(data) % 2 or len(sample) < 4:
        return None
    half = len(sample) // 2
    even_zeros, odd_zeros = sample[0::2].count(0), sample[1::2].count(0)
    if odd_zeros * 10 > half * 3 and even_zeros * 100 <= half:
        encoding = "utf-16-le"
    elif even_zeros * 10 > half * 3 and odd_zeros * 100 <= half:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    head = text[:_SAMPLE].encode("latin-1", errors="ignore")
    if (len(head) - len(head.translate(None, _CONTROL_BYTES))) * 100 > len(head):
        return None  # 16-bit binary data that happens to decode; the NUL check refuses it
    return text, encoding

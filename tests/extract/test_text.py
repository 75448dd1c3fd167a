from __future__ import annotations

import codecs
import random
import struct
import zlib
from pathlib import Path

import pytest

from anteckna.errors import SourceError
from anteckna.extract import extract_bytes, extract_file

SWEDISH = "Åsa ”citat” – ö"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_utf8(tmp_path: Path) -> None:
    path = write(tmp_path, "anteckningar.txt", "Deltagare: Åsa Öberg, Per Ek\n".encode())

    extracted = extract_file(path)

    assert extracted.text == "Deltagare: Åsa Öberg, Per Ek\n"
    assert (extracted.kind, extracted.encoding, extracted.pages) == ("text", "utf-8", None)
    assert extracted.path == path


def test_utf8_bom_is_not_part_of_the_text(tmp_path: Path) -> None:
    path = write(tmp_path, "bom.txt", codecs.BOM_UTF8 + SWEDISH.encode())

    extracted = extract_file(path)

    assert (extracted.text, extracted.encoding) == (SWEDISH, "utf-8-sig")


@pytest.mark.parametrize(
    ("codec", "encoding"),
    [
        pytest.param("utf-16", "utf-16-le", id="utf16_bom_le"),
        pytest.param("utf-16-be", "utf-16-be", id="utf16_bom_be"),
        pytest.param("utf-32", "utf-32-le", id="utf32_bom_le"),
    ],
)
def test_utf16_and_utf32_with_bom(tmp_path: Path, codec: str, encoding: str) -> None:
    data = SWEDISH + "\r\nPer Ek\r\n"
    raw = data.encode(codec)
    if codec == "utf-16-be":
        raw = codecs.BOM_UTF16_BE + raw

    extracted = extract_file(write(tmp_path, "utf16.txt", raw))

    assert (extracted.text, extracted.encoding) == (SWEDISH + "\nPer Ek\n", encoding)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised(tmp_path: Path, codec: str) -> None:
    raw = "Deltagare: Åsa Öberg, Per Ek\n".encode(codec)

    extracted = extract_file(write(tmp_path, "export.txt", raw))

    assert (extracted.text, extracted.encoding) == ("Deltagare: Åsa Öberg, Per Ek\n", codec)


def test_cp1252(tmp_path: Path) -> None:
    raw = f"{SWEDISH}\n".encode("cp1252")

    extracted = extract_file(write(tmp_path, "windows.txt", raw))

    assert (extracted.text, extracted.encoding) == (f"{SWEDISH}\n", "cp1252")


def test_latin1_reads_the_same_as_cp1252(tmp_path: Path) -> None:
    raw = "Åsa Öberg, Gösta Ärlig, Ingrid Ekström".encode("latin-1")

    extracted = extract_file(write(tmp_path, "latin1.txt", raw))

    assert extracted.text == "Åsa Öberg, Gösta Ärlig, Ingrid Ekström"
    assert extracted.encoding == "cp1252"


def test_bytes_cp1252_leaves_undefined_are_read_as_latin1(tmp_path: Path) -> None:
    raw = b"\xc5sa \x81 \x8d \x9d \x96 slut"

    extracted = extract_file(write(tmp_path, "odd.txt", raw))

    assert extracted.text == "Åsa \x81 \x8d \x9d – slut"


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(b"rad 1  \r\nrad 2\r\n\r\nrad 4\t\r\n", id="crlf"),
        pytest.param(b"rad 1  \rrad 2\r\rrad 4\t\r", id="cr"),
        pytest.param(b"rad 1  \nrad 2\r\n\rrad 4\t\n", id="mixed"),
    ],
)
def test_line_ends_become_newlines_and_spaces_stay(tmp_path: Path, raw: bytes) -> None:
    extracted = extract_file(write(tmp_path, "crlf.txt", raw))

    assert extracted.text == "rad 1  \nrad 2\n\nrad 4\t\n"


def test_a_stray_nul_is_stripped(tmp_path: Path) -> None:
    raw = b"Deltagare: Per Ek\x00\n" + b"Beslut: inga\n" * 20

    extracted = extract_file(write(tmp_path, "nul.txt", raw))

    assert extracted.text.startswith("Deltagare: Per Ek\nBeslut")
    assert "\x00" not in extracted.text


@pytest.mark.parametrize(
    ("magic", "name"),
    [
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image", id="png"),
        pytest.param(b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image", id="jpeg"),
        pytest.param(b"GIF89a\x01\x00\x01\x00", "GIF image", id="gif"),
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document", id="pdf"),
        pytest.param(b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive", id="zip"),
        pytest.param(b"\x7fELF\x02\x01\x01\x00", "ELF executable", id="elf"),
    ],
)
def test_known_binary_formats_are_refused_by_name(tmp_path: Path, magic: bytes, name: str) -> None:
    path = write(tmp_path, "bild.txt", magic + b"resten av filen")

    with pytest.raises(SourceError) as raised:
        extract_file(path)

    assert raised.value.message == f"not a text file (looks like {name})"
    assert str(raised.value) == f"{path}: not a text file (looks like {name})"


def tiny_png() -> bytes:
    """A valid PNG of one transparent pixel, built chunk by chunk."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        checksum = struct.pack(">I", zlib.crc32(kind + body))
        return struct.pack(">I", len(body)) + kind + body + checksum

    header = struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x00\x00\x00\x00")
    chunks = chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + chunks


def test_real_png_renamed_txt(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match=r"not a text file \(looks like PNG image\)$"):
        extract_file(write(tmp_path, "skärmdump.txt", tiny_png()))


def test_binary_without_magic_number_is_refused(tmp_path: Path) -> None:
    noise = random.Random(7).randbytes(4096)

    with pytest.raises(SourceError) as raised:
        extract_file(write(tmp_path, "noise.txt", noise))

    assert raised.value.message == "not a text file (contains binary data)"


@pytest.mark.parametrize("suffix", [".md", ".markdown"])
def test_markdown_is_text_of_kind_markdown(suffix: str) -> None:
    extracted = extract_bytes(b"# Protokoll\n\n- Per Ek\n", f"lg{suffix}")

    assert (extracted.kind, extracted.text, extracted.encoding) == (
        "markdown",
        "# Protokoll\n\n- Per Ek\n",
        "utf-8",
    )


def test_rst_is_plain_text() -> None:
    assert extract_bytes(b"Protokoll\n=========\n", "lg.rst").kind == "text"

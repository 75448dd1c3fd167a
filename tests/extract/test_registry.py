from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from anteckna.errors import SourceError
from anteckna.extract import (
    EXTRACTORS,
    MAX_BYTES,
    Extracted,
    extract_bytes,
    extract_file,
    register_extractor,
)
from anteckna.extract.docx import DocxExtractor
from anteckna.extract.pdf import PdfExtractor
from anteckna.extract.text import MarkdownExtractor, TextExtractor


class CsvExtractor:
    """What a third party writes: a class with the Protocol's attributes and ``extract``."""

    suffixes: tuple[str, ...] = (".csv",)
    mime_types: tuple[str, ...] = ("text/csv",)
    kind: str = "csv"

    def __init__(self, result: str = "", error: Exception | None = None) -> None:
        self.result = result
        self.error = error
        self.calls: list[tuple[bytes, Path]] = []

    def extract(self, data: bytes, path: Path) -> tuple[str, int | None, str | None]:
        self.calls.append((data, path))
        if self.error is not None:
            raise self.error
        return self.result, None, None


def message(path: str | Path) -> str:
    with pytest.raises(SourceError) as raised:
        extract_file(path)
    assert str(raised.value) == f"{path}: {raised.value.message}"  # one line, path first
    return raised.value.message


def test_builtins_are_registered_through_the_same_door() -> None:
    kinds = {suffix: type(extractor) for suffix, extractor in EXTRACTORS.items()}

    assert kinds == {
        ".txt": TextExtractor,
        ".rst": TextExtractor,
        ".md": MarkdownExtractor,
        ".markdown": MarkdownExtractor,
        ".pdf": PdfExtractor,
        ".docx": DocxExtractor,
    }


def test_every_builtin_declares_mime_types() -> None:
    for extractor in EXTRACTORS.values():
        assert extractor.mime_types
        assert all("/" in mime for mime in extractor.mime_types)


def test_missing_file(tmp_path: Path) -> None:
    assert message(tmp_path / "finns-inte.txt") == "no such file"


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "protokoll.txt"
    folder.mkdir()

    assert message(folder) == "is a directory"


def test_fifo_is_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    assert message(fifo) == "not a regular file"


def test_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "tom.txt"
    empty.touch()

    assert message(empty) == "empty file"


def test_file_over_the_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "stor.txt"
    with big.open("wb") as file:  # sparse: 21 MB on paper, nothing on disk
        file.truncate(21 * 1024 * 1024)

    assert message(big) == "file too large (21.0 MB; the limit is 20 MB)"


def test_bytes_over_the_limit_are_refused() -> None:
    with pytest.raises(SourceError, match=r"file too large \(20\.0 MB; the limit is 20 MB\)"):
        extract_bytes(b"a" * (MAX_BYTES + 1), "stor.txt")


def test_unsupported_suffix_names_the_supported_ones(tmp_path: Path) -> None:
    path = tmp_path / "tabell.xyz"
    path.write_text("a")

    assert message(path) == (
        "unsupported file type '.xyz' (supported: .docx, .markdown, .md, .pdf, .rst, .txt)"
    )


def test_no_suffix(tmp_path: Path) -> None:
    path = tmp_path / "README"
    path.write_text("a")

    assert message(path).startswith("unsupported file type (no suffix; supported: .docx,")


def test_suffix_case_does_not_matter(tmp_path: Path) -> None:
    path = tmp_path / "PROTOKOLL.TXT"
    path.write_bytes(b"Per Ek")

    assert extract_file(str(path)).text == "Per Ek"


def test_whitespace_only_is_no_text(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b" \r\n\t\n  ")

    assert message(path) == "no text found"


def test_extract_bytes_for_uploads() -> None:
    data = "Deltagare: Åsa Öberg\r\n".encode()

    extracted = extract_bytes(data, "uppladdad.txt")

    assert extracted == Extracted(
        path=Path("uppladdad.txt"),
        text="Deltagare: Åsa Öberg\n",
        kind="text",
        sha256=hashlib.sha256(data).hexdigest(),
        pages=None,
        encoding="utf-8",
    )


def test_sha256_is_of_the_raw_bytes(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbfPer Ek\r\n"
    path = tmp_path / "bom.txt"
    path.write_bytes(data)

    assert extract_file(path).sha256 == hashlib.sha256(data).hexdigest()


def test_third_party_extractor_is_used_for_its_suffix() -> None:
    extractor = CsvExtractor(result="namn;roll\r\nPer Ek;ordf\x00")
    register_extractor(extractor)

    extracted = extract_bytes(b"raw", "deltagare.CSV")

    assert extractor.calls == [(b"raw", Path("deltagare.CSV"))]
    # The registry keeps the contract even for an extractor that forgets it.
    assert (extracted.kind, extracted.text) == ("csv", "namn;roll\nPer Ek;ordf")


def test_a_later_registration_replaces_an_earlier_one() -> None:
    register_extractor(CsvExtractor(result="första"))
    register_extractor(CsvExtractor(result="andra"))

    assert extract_bytes(b"x", "a.csv").text == "andra"


@pytest.mark.parametrize("suffix", ["csv", ".CSV"])
def test_suffixes_must_be_lower_case_with_a_dot(suffix: str) -> None:
    extractor = CsvExtractor()
    extractor.suffixes = (suffix,)

    with pytest.raises(ValueError, match="must be lower case"):
        register_extractor(extractor)


def test_an_unexpected_error_becomes_a_one_line_source_error() -> None:
    bug = ValueError("bad table\n  in row 3")
    register_extractor(CsvExtractor(error=bug))

    with pytest.raises(SourceError) as raised:
        extract_bytes(b"x", "a.csv")

    assert raised.value.message == "could not read this csv file (ValueError: bad table in row 3)"
    assert "\n" not in str(raised.value)
    assert raised.value.__cause__ is bug


def test_source_errors_from_an_extractor_pass_through_unchanged() -> None:
    refusal = SourceError("a.csv", "semicolons only, please")
    register_extractor(CsvExtractor(error=refusal))

    with pytest.raises(SourceError) as raised:
        extract_bytes(b"x", "a.csv")

    assert raised.value is refusal

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
import pytest

from anteckna.errors import SourceError
from anteckna.extract import extract_bytes, extract_file
from anteckna.extract import pdf as pdf_module

MakePdf = Callable[[list[str]], bytes]
NOTES = [
    "Protokoll LG 2024-05-14\nDeltagare: Åsa Öberg, Per Ek\nFrånvarande: Gösta Ärlig",
    "§ 3 Ekonomi\nBeslut: budgeten antogs",
]


def refusal(data: bytes, name: str = "protokoll.pdf") -> str:
    with pytest.raises(SourceError) as raised:
        extract_bytes(data, name)
    return raised.value.message


def encrypted(data: bytes, user_password: str) -> bytes:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="ägare", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_swedish_text_page_by_page(tmp_path: Path, make_pdf: MakePdf) -> None:
    path = tmp_path / "protokoll.pdf"
    path.write_bytes(make_pdf(NOTES))

    extracted = extract_file(path)

    assert (extracted.kind, extracted.pages, extracted.encoding) == ("pdf", 2, None)
    assert extracted.text.split("\n") == [
        "Protokoll LG 2024-05-14",
        "Deltagare: Åsa Öberg, Per Ek",
        "Frånvarande: Gösta Ärlig",
        "§ 3 Ekonomi",  # one "\n" between pages, no form feed
        "Beslut: budgeten antogs",
    ]


def test_pdfium_line_ends_are_normalised(make_pdf: MakePdf) -> None:
    raw = pdf_module.read_with_pdfium(make_pdf(NOTES))

    assert "\r\n" in raw[0]  # what PDFium gives …
    assert "\r" not in extract_bytes(make_pdf(NOTES), "p.pdf").text  # … and what we return


def test_hyphenation_mark_is_left_for_the_parser(make_pdf: MakePdf) -> None:
    text = extract_bytes(make_pdf(["Beslut: mötet beslutade om sam-\nverkan"]), "p.pdf").text

    assert "sam\ufffeverkan" in text


def test_encrypted_pdf(make_pdf: MakePdf) -> None:
    assert refusal(encrypted(make_pdf(NOTES), "hemligt")) == (
        "encrypted PDF; remove the password first"
    )


def test_pdf_with_only_an_owner_password_is_read(make_pdf: MakePdf) -> None:
    extracted = extract_bytes(encrypted(make_pdf(NOTES), ""), "begränsad.pdf")

    assert "Deltagare: Åsa Öberg, Per Ek" in extracted.text


def test_blank_page_has_no_text_layer() -> None:
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)

    assert refusal(out.getvalue(), "skannad.pdf") == "no text layer; OCR not supported"


def test_truncated_pdf(make_pdf: MakePdf) -> None:
    data = make_pdf(NOTES)

    assert refusal(data[: len(data) // 3]) == "not a readable PDF (PDFium: Data format error)"


def test_failed_fallback_prints_nothing_but_the_error(tmp_path: Path, make_pdf: MakePdf) -> None:
    # In a fresh interpreter: pytest's own log capture would hide what pypdf prints on stderr.
    path = tmp_path / "trasig.pdf"
    path.write_bytes(make_pdf(NOTES)[:-200])
    script = (
        "import sys\n"
        "from anteckna.errors import SourceError\n"
        "from anteckna.extract import extract_file\n"
        "try:\n"
        "    extract_file(sys.argv[1])\n"
        "except SourceError as error:\n"
        "    print(error.message)\n"
    )

    run = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True
    )

    assert (run.stdout, run.stderr) == ("not a readable PDF (PDFium: Data format error)\n", "")


def test_not_a_pdf_at_all() -> None:
    assert refusal(b"<html>Protokoll</html>") == "not a readable PDF (no %PDF- header)"


def test_pypdf_reads_what_pdfium_cannot(make_pdf: MakePdf, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(data: bytes) -> list[str]:
        raise pdfium.PdfiumError("Failed to load document (PDFium: Data format error).", 3)

    monkeypatch.setattr(pdf_module, "read_with_pdfium", refuse)

    extracted = extract_bytes(make_pdf(NOTES), "p.pdf")

    assert extracted.pages == 2
    assert "Deltagare: Åsa Öberg, Per Ek" in extracted.text


def test_pypdf_fallback_knows_encryption(
    make_pdf: MakePdf, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(data: bytes) -> list[str]:
        raise pdfium.PdfiumError("Failed to load page.")

    monkeypatch.setattr(pdf_module, "read_with_pdfium", refuse)

    assert refusal(encrypted(make_pdf(NOTES), "hemligt")) == (
        "encrypted PDF; remove the password first"
    )


def test_pdfium_is_used_by_one_thread_at_a_time(make_pdf: MakePdf) -> None:
    data = make_pdf(NOTES * 5)
    expected = extract_bytes(data, "p.pdf").text

    with ThreadPoolExecutor(max_workers=4) as pool:
        texts = list(pool.map(lambda _: extract_bytes(data, "p.pdf").text, range(16)))

    assert texts == [expected] * 16


def test_a_paragraph_gap_is_a_blank_line_and_the_footer_is_not() -> None:
    from fpdf import FPDF

    from anteckna.extract import extract_bytes

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", "", 11)
    for text, after in (("Rad ett", 5), ("rad tva.", 9), ("Nytt stycke.", 5)):
        pdf.write(5, text)
        pdf.ln(after)
    pdf.set_auto_page_break(False)
    pdf.set_y(-15)
    pdf.cell(0, 5, "Sida 1 av 1")
    text = extract_bytes(bytes(pdf.output()), "gap.pdf").text
    assert text == "Rad ett\nrad tva.\n\nNytt stycke.\nSida 1 av 1"

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml import parse_xml

from anteckna.errors import SourceError
from anteckna.extract import extract_bytes, extract_file
from anteckna.extract._numbering import format_number

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (
    f'xmlns:w="{W_NS}"'
    ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
    ' xmlns:v="urn:schemas-microsoft-com:vml"'
)


def lines_of(document: Any, tmp_path: Path, name: str = "protokoll.docx") -> list[str]:
    path = tmp_path / name
    document.save(str(path))
    extracted = extract_file(path)
    assert (extracted.kind, extracted.pages, extracted.encoding) == ("docx", None, None)
    return extracted.text.split("\n")


def refusal(data: bytes) -> str:
    with pytest.raises(SourceError) as raised:
        extract_bytes(data, "protokoll.docx")
    return raised.value.message


def restarted_list(document: Any, style: str = "List Number") -> int:
    """A new numbering instance of ``style``'s list that starts again at 1, as Word makes it."""
    numbering = document.part.numbering_part.element
    style_num = document.styles[style].element.pPr.numPr.numId.val
    num = numbering.add_num(numbering.num_having_numId(style_num).abstractNumId.val)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    return num.numId


def outline_list(document: Any, level_2_restart: str = "") -> int:
    """A multi-level list: "1.", "1.1", "a)", a bullet, then upper-case Roman numerals."""
    levels = [
        ("decimal", "%1.", ""),
        ("decimal", "%1.%2", ""),
        ("lowerLetter", "%3)", level_2_restart),
        ("bullet", "\uf0b7", ""),
        ("upperRoman", "%5:", '<w:suff w:val="nothing"/>'),
    ]
    xml = "".join(
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{extra}'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
        for ilvl, (fmt, text, extra) in enumerate(levels)
    )
    abstract = f'<w:abstractNum {NAMESPACES} w:abstractNumId="90">{xml}</w:abstractNum>'
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(abstract))
    return numbering.add_num(90).numId


def numbered(document: Any, text: str, num_id: int, ilvl: int = 0) -> None:
    paragraph = document.add_paragraph(text)
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_numId().val = num_id
    num_pr.get_or_add_ilvl().val = ilvl


def append_xml(document: Any, xml: str) -> None:
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(xml))  # before the closing w:sectPr


def test_heading_numbered_list_and_table_in_document_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Protokoll ledningsgruppen 2024-05-14", level=1)
    document.add_paragraph("Deltagare:")
    table = document.add_table(rows=2, cols=2)
    for row, (name, role) in enumerate([("Åsa Öberg", "ordförande"), ("Ek, Per", "")]):
        table.cell(row, 0).text = name
        table.cell(row, 1).text = role
    document.add_heading("Ärenden", level=2)
    document.add_paragraph("Ekonomi", style="List Number")
    document.add_paragraph("Personal", style="List Number")
    document.add_paragraph("Övriga frågor  ", style="List Number")

    assert lines_of(document, tmp_path) == [
        "Protokoll ledningsgruppen 2024-05-14",
        "Deltagare:",
        "Åsa Öberg",
        "ordförande",
        "Ek, Per",  # the empty cell beside it gives no line
        "Ärenden",
        "1. Ekonomi",
        "2. Personal",
        "3. Övriga frågor  ",
    ]


def test_second_list_restarts_when_word_says_so(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Ekonomi", style="List Number")
    document.add_paragraph("Personal", style="List Number")
    document.add_paragraph("Beslut:")
    restart = restarted_list(document)
    numbered(document, "Budgeten antogs", restart)
    numbered(document, "Rekrytering startar", restart)
    document.add_paragraph("Fortsätter", style="List Number")

    assert lines_of(document, tmp_path) == [
        "1. Ekonomi",
        "2. Personal",
        "Beslut:",
        "1. Budgeten antogs",
        "2. Rekrytering startar",
        "3. Fortsätter",  # the style's own instance shares the counter, as in Word
    ]


def test_a_list_broken_by_a_paragraph_continues(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Ekonomi", style="List Number")
    document.add_paragraph("En kommentar mitt i listan.")
    document.add_paragraph("Personal", style="List Number")

    assert lines_of(document, tmp_path) == [
        "1. Ekonomi",
        "En kommentar mitt i listan.",
        "2. Personal",
    ]


def test_multi_level_list_resets_deeper_levels(tmp_path: Path) -> None:
    document = docx.Document()
    outline = outline_list(document)
    for text, ilvl in [
        ("Inledning", 0),
        ("Bakgrund", 1),
        ("Syfte", 1),
        ("detalj", 2),
        ("detalj", 2),
        ("Ekonomi", 0),
        ("Budget", 1),
        ("detalj", 2),
        ("punkt", 3),
        ("bilaga", 4),
        ("bilaga", 4),
    ]:
        numbered(document, text, outline, ilvl)

    assert lines_of(document, tmp_path) == [
        "1. Inledning",
        "1.1 Bakgrund",
        "1.2 Syfte",
        "a) detalj",
        "b) detalj",
        "2. Ekonomi",
        "2.1 Budget",
        "a) detalj",
        "• punkt",
        "I:bilaga",
        "II:bilaga",
    ]


def test_level_restart_zero_keeps_counting(tmp_path: Path) -> None:
    document = docx.Document()
    outline = outline_list(document, level_2_restart='<w:lvlRestart w:val="0"/>')
    for text, ilvl in [("A", 0), ("x", 2), ("B", 0), ("y", 2)]:
        numbered(document, text, outline, ilvl)

    assert lines_of(document, tmp_path) == ["1. A", "a) x", "2. B", "b) y"]


def test_headings_numbered_through_their_styles(tmp_path: Path) -> None:
    document = docx.Document()
    levels = (
        '<w:lvl w:ilvl="0"><w:start w:val="12"/><w:numFmt w:val="decimal"/>'
        '<w:pStyle w:val="Heading1"/><w:lvlText w:val="§ %1"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:pStyle w:val="Heading2"/><w:lvlText w:val="%1.%2"/></w:lvl>'
    )
    numbering = document.part.numbering_part.element
    numbering.insert(
        0, parse_xml(f'<w:abstractNum {NAMESPACES} w:abstractNumId="91">{levels}</w:abstractNum>')
    )
    num_id = numbering.add_num(91).numId
    for style in ("Heading 1", "Heading 2"):  # numId only: the level comes from w:pStyle
        num_pr = document.styles[style].element.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_numId().val = num_id
    document.add_heading("Mötets öppnande", level=1)
    document.add_heading("Ekonomi", level=1)
    document.add_heading("Budget", level=2)
    document.add_paragraph("Text under rubriken.")
    document.add_heading("Övrigt", level=1)

    assert lines_of(document, tmp_path) == [
        "§ 12 Mötets öppnande",
        "§ 13 Ekonomi",
        "13.1 Budget",
        "Text under rubriken.",
        "§ 14 Övrigt",
    ]


def test_bullets_and_numbering_removed_by_num_id_zero(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Per Ek", style="List Bullet")
    numbered(document, "inte numrerad", 0)
    document.add_paragraph("Åsa Öberg", style="List Bullet")

    assert lines_of(document, tmp_path) == ["• Per Ek", "inte numrerad", "• Åsa Öberg"]


def test_tracked_changes_hidden_text_breaks_and_content_controls(tmp_path: Path) -> None:
    document = docx.Document()
    append_xml(
        document,
        f"<w:p {NAMESPACES}>"
        '<w:r><w:t xml:space="preserve">Beslut: </w:t></w:r>'
        "<w:ins><w:r><w:t>godkänt</w:t></w:r></w:ins>"
        "<w:del><w:r><w:delText>avslag</w:delText></w:r></w:del>"
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t>dold</w:t></w:r>"
        "<w:r><w:br/><w:t>rad två</w:t><w:tab/><w:t>efter tab</w:t></w:r>"
        '<w:r><w:br w:type="page"/><w:t>ny sida</w:t></w:r>'
        "</w:p>",
    )
    append_xml(
        document,
        f"<w:sdt {NAMESPACES}><w:sdtPr><w:alias w:val='Datum'/></w:sdtPr>"
        "<w:sdtContent><w:p><w:r><w:t>2024-05-14</w:t></w:r></w:p></w:sdtContent></w:sdt>",
    )

    assert lines_of(document, tmp_path) == [
        "Beslut: godkänt",
        "rad två\tefter tab",
        "ny sida",
        "2024-05-14",
    ]


def test_text_box_is_read_once_after_its_paragraph(tmp_path: Path) -> None:
    box = "<w:txbxContent><w:p><w:r><w:t>I rutan</w:t></w:r></w:p></w:txbxContent>"
    document = docx.Document()
    append_xml(
        document,
        f"<w:p {NAMESPACES}><w:r><w:t>Ankare</w:t></w:r><w:r><mc:AlternateContent>"
        f"<mc:Choice Requires='wps'><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:textbox>{box}</v:textbox></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>",
    )
    document.add_paragraph("Efter")

    assert lines_of(document, tmp_path) == ["Ankare", "I rutan", "Efter"]


def test_nested_table_is_read_once(tmp_path: Path) -> None:
    document = docx.Document()
    outer = document.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Närvarande"
    inner = outer.cell(0, 1).add_table(rows=2, cols=1)
    inner.cell(0, 0).text = "Åsa Öberg"
    inner.cell(1, 0).text = "Per Ek"

    assert lines_of(document, tmp_path) == ["Närvarande", "Åsa Öberg", "Per Ek"]


def test_empty_document_has_no_text(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("   ")
    path = tmp_path / "tom.docx"
    document.save(str(path))

    with pytest.raises(SourceError, match=r"no text found$"):
        extract_file(path)


def test_not_a_zip() -> None:
    assert refusal(b"Protokoll, sparad som text") == "not a DOCX file (not a zip archive)"


def test_old_word_file_or_encrypted_docx() -> None:
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)

    assert refusal(ole2).startswith("not a DOCX file (an encrypted DOCX or an old .doc;")


def test_zip_without_a_word_document() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")

    assert refusal(out.getvalue()) == "not a DOCX file (no word/document.xml)"


def test_compression_word_does_not_use_is_refused() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_BZIP2) as archive:
        archive.writestr("word/document.xml", "<w:document/>")

    assert refusal(out.getvalue()) == (
        "not a DOCX file (word/document.xml uses a compression Word does not write)"
    )


def test_damaged_docx_is_reported_not_raised() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", "<w:document")

    assert refusal(out.getvalue()).startswith("not a readable DOCX (")


def test_zip_bomb_is_refused_before_it_is_opened(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    megabyte = bytes(1024 * 1024)
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
        archive.open("word/document.xml", "w", force_zip64=True) as member,
    ):
        for _ in range(300):  # streamed: 300 MB of zeros never sit in memory or on disk
            member.write(megabyte)
    assert path.stat().st_size < 2 * 1024 * 1024

    with pytest.raises(SourceError) as raised:
        extract_file(path)

    assert raised.value.message == "refused: DOCX expands to 300 MB"


def test_one_member_compressed_too_well_is_refused() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        archive.writestr("word/media/image1.png", bytes(20 * 1024 * 1024))

    assert refusal(out.getvalue()).startswith(
        "refused: DOCX expands to 20 MB (word/media/image1.png is compressed "
    )


@pytest.mark.parametrize(
    ("value", "fmt", "shown"),
    [
        pytest.param(3, "decimal", "3", id="decimal"),
        pytest.param(1, "lowerLetter", "a", id="a"),
        pytest.param(26, "upperLetter", "Z", id="Z"),
        pytest.param(27, "lowerLetter", "aa", id="aa_after_z"),
        pytest.param(4, "lowerRoman", "iv", id="iv"),
        pytest.param(1994, "upperRoman", "MCMXCIV", id="MCMXCIV"),
        pytest.param(7, "decimalZero", "07", id="decimal_zero"),
        pytest.param(0, "lowerLetter", "0", id="zero_letter"),
        pytest.param(5, "chineseCounting", "5", id="unknown_format"),
    ],
)
def test_number_formats(value: int, fmt: str, shown: str) -> None:
    assert format_number(value, fmt) == shown

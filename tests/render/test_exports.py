"""The export registry and the files it writes: formats, Unicode in the PDF, the letterhead,
nothing hidden, and pictures of the pages in test-artefacts/ to look at."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
import pytest
from PIL import Image

from anteckna.extract import extract_bytes
from anteckna.model.agenda import Agenda, AgendaItem, AgendaSource
from anteckna.parse import parse
from anteckna.render import (
    EXPORTERS,
    Exporter,
    export_agenda,
    export_meeting,
    formats,
    register_exporter,
)
from anteckna.samples import sample_paths

AGENDA = Agenda(
    group="Ledningsgruppen",
    date=date(2025, 10, 15),
    time="13.00–15.00",
    place="Stadshuset, rum Ekön",
    items=(
        AgendaItem("Incheckning", minutes=10),
        AgendaItem("Elevhälsa – uppföljning av skolfrånvaro", "follow_up", "Sofia Hägglund", 30,
                   AgendaSource(3, date(2025, 10, 1), "2", "Elevhälsa",
                                "Ärendet tas upp igen om två veckor.")),
        AgendaItem("Lokaler för förskolan i Åby", "requested", "Rasmus Öberg", 25),
        AgendaItem("Summering och utcheckning", minutes=5),
    ),
)  # fmt: skip


def sample():
    path = next(p for p in sample_paths() if p.stem == "lg_2025-09-17")
    return parse(path.read_text(encoding="utf-8"), meeting_date=date(2025, 9, 17))


def logo(tmp_path: Path) -> Path:
    path = tmp_path / "logo.png"
    Image.new("RGB", (120, 120), (0, 84, 140)).save(path)
    return path


def test_meeting_and_agenda_formats() -> None:
    assert {"md", "docx", "pdf", "json", "notes"} <= set(formats())
    assert {"md", "docx", "pdf", "json"} <= set(formats("agenda"))
    assert "notes" not in formats("agenda")


def test_a_new_format_registers_like_the_built_ins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(EXPORTERS, "ics", EXPORTERS["json"])
    register_exporter("ics", Exporter("text/calendar", ".ics", True, lambda m, **_: b"BEGIN"))
    assert export_meeting(sample(), "ics") == b"BEGIN"
    assert "ics" in formats() and "ics" not in formats("agenda")


def test_an_unknown_format_names_those_there_are() -> None:
    with pytest.raises(ValueError, match=r"no meeting export 'odt'; there are .*docx"):
        export_meeting(sample(), "odt")
    with pytest.raises(ValueError, match="no agenda export 'notes'"):
        export_agenda(AGENDA, "notes")


def test_json_is_the_meeting_contract() -> None:
    data = json.loads(export_meeting(sample(), "json"))
    assert data["schema"] == "anteckna.meeting/1" and data["date"] == "2025-09-17"
    assert json.loads(export_agenda(AGENDA, "json"))["total_minutes"] == 70


def test_notes_text_is_laid_out_as_the_organisation_writes() -> None:
    text = export_meeting(sample(), "notes").decode()
    lines = text.splitlines()
    assert lines[0] == "Mötesanteckningar"
    assert "Datum: 17 september 2025" in lines
    assert lines.index("BESLUT") < lines.index("1. Kommunikationsplan skolval 2026")
    assert lines.index("INFORMATION") < lines.index("2. Fokus verksamhetsplan 2026 (LG + SG)")
    assert "Helena Norrgård deltog via Teams" in lines
    assert "Frånvarande: Gustav Wennerholm" in lines
    assert "Föredragande: Linnéa Fredholm" in lines


def test_pdf_prints_swedish_and_typographic_characters() -> None:
    text = extract_bytes(export_meeting(sample(), "pdf"), "m.pdf").text
    for word in ("Linnéa Fredholm", "Torbjörn", "Rasmus Öberg", "Frånvarande", "13.30-15.00"):
        assert word in text
    agenda = extract_bytes(export_agenda(AGENDA, "pdf"), "a.pdf").text
    assert "Elevhälsa – uppföljning av skolfrånvaro" in agenda
    assert "Summa" in agenda and "70 min" in agenda and "13.40" in agenda


def test_the_letterhead_is_in_docx_and_pdf(tmp_path: Path) -> None:
    options = {"organisation": "Norrby kommun", "logo": logo(tmp_path)}
    pdf = export_meeting(sample(), "pdf", **options)
    assert extract_bytes(pdf, "m.pdf").text.startswith("Norrby kommun\n")
    page = pypdf.PdfReader(io.BytesIO(pdf)).pages[0]
    assert len(page.images) == 1
    document = zipfile.ZipFile(io.BytesIO(export_meeting(sample(), "docx", **options)))
    header = next(n for n in document.namelist() if n.startswith("word/header"))
    assert "Norrby kommun" in document.read(header).decode()
    assert any(n.startswith("word/media/") for n in document.namelist())


def test_no_hidden_machine_readable_copy() -> None:
    meeting = sample()
    pdf = export_meeting(meeting, "pdf")
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert not reader.attachments
    assert set(reader.metadata or {}) <= {"/Title", "/Creator", "/Producer", "/CreationDate"}
    assert b"anteckna.meeting" not in pdf
    document = zipfile.ZipFile(io.BytesIO(export_meeting(meeting, "docx")))
    holding = [n for n in document.namelist() if b"Wennerholm" in document.read(n)]
    assert holding == ["word/document.xml"]  # the words are in the body and nowhere else
    assert b"vanish" not in document.read("word/document.xml")  # no hidden text


def test_pages_drawn_for_looking_at(tmp_path: Path, artefacts: Path) -> None:
    """Every page of a sample meeting and of an agenda, as PNG in test-artefacts/."""
    options = {"organisation": "Norrby kommun – Barn- och utbildningsförvaltningen",
               "logo": logo(tmp_path)}  # fmt: skip
    files = {
        "minutes": export_meeting(sample(), "pdf", **options),
        "agenda": export_agenda(AGENDA, "pdf", **options),
    }
    for name, data in files.items():
        document = pdfium.PdfDocument(data)
        for number in range(len(document)):
            image = document[number].render(scale=1.4).to_pil()
            path = artefacts / f"export-{name}-{number + 1}.png"
            image.save(path)
            assert path.stat().st_size > 10_000
        document.close()
        (artefacts / f"export-{name}.pdf").write_bytes(data)

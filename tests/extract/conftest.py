"""Factories that write real PDF and DOCX files for the extract tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from anteckna.extract import EXTRACTORS

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@pytest.fixture(autouse=True)
def restore_extractors() -> Iterator[None]:
    """Undo whatever a test registers, so the built-in registry is the same for every test."""
    saved = dict(EXTRACTORS)
    yield
    EXTRACTORS.clear()
    EXTRACTORS.update(saved)


@pytest.fixture
def make_pdf() -> Callable[[list[str]], bytes]:
    """``make_pdf(["page one text", "page two"])`` → PDF bytes with a real text layer.

    Uses DejaVu Sans when the system has it (any Unicode text), else the core Helvetica font,
    which covers Latin-1 and so every Swedish letter.
    """
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 writes the test PDFs")

    def make(pages: list[str]) -> bytes:
        pdf = fpdf.FPDF()
        if DEJAVU.exists():
            pdf.add_font("DejaVu", fname=str(DEJAVU))
            pdf.set_font("DejaVu", size=11)
        else:
            pdf.set_font("Helvetica", size=11)
        for text in pages:
            pdf.add_page()
            pdf.multi_cell(0, 6, text)
        return bytes(pdf.output())

    return make

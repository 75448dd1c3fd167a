"""Shared by the render tests: a round trip, and where pictures of pages go."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from anteckna.extract import extract_bytes
from anteckna.model import Meeting
from anteckna.parse import parse
from anteckna.render import export_meeting

ARTEFACTS = Path(__file__).resolve().parents[2] / "test-artefacts"
SUFFIX = {"notes": "txt", "docx": "docx", "pdf": "pdf", "md": "md"}


def read_back(meeting: Meeting, fmt: str, **options: Any) -> Meeting:
    """Export ``meeting`` and import the file again as any document is read, as a new
    version of the meeting's file (whose name dates a meeting whose notes give no date)."""
    data = export_meeting(meeting, fmt, **options)
    extracted = extract_bytes(data, f"export.{SUFFIX[fmt]}")
    return parse(extracted.text, meeting_date=meeting.date, file_name=meeting.source.file_name)


@pytest.fixture
def artefacts() -> Path:
    ARTEFACTS.mkdir(exist_ok=True)
    return ARTEFACTS

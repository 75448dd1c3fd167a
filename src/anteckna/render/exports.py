"""The built-in export formats: each is a layout (minutes or agenda) handed to a writer.

Writers are imported when a format is first used, so that ``anteckna parse`` does not load
python-docx and fpdf2.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from anteckna.model import Meeting
from anteckna.model.agenda import Agenda, agenda_to_dict
from anteckna.model.serialise import to_dict
from anteckna.render import Exporter
from anteckna.render.agenda_layout import layout_agenda
from anteckna.render.document import Document, Letterhead
from anteckna.render.minutes import layout_meeting

Writer = Callable[[Document], bytes]


def _letterhead(organisation: str | None = None, logo: str | Path | None = None) -> Letterhead:
    return Letterhead(organisation or None, Path(logo) if logo else None)


def _writer(name: str) -> Writer:
    if name == "docx":
        from anteckna.render.docx_writer import write_docx

        return write_docx
    if name == "pdf":
        from anteckna.render.pdf_writer import write_pdf

        return write_pdf
    if name == "md":
        from anteckna.render.markdown import write_markdown

        return lambda document: write_markdown(document).encode("utf-8")
    from anteckna.render.notes import write_text

    return lambda document: write_text(document).encode("utf-8")


def _meeting_writer(name: str) -> Callable[..., bytes]:
    def export(meeting: Meeting, **options: Any) -> bytes:
        return _writer(name)(layout_meeting(meeting, _letterhead(**_heading(options))))

    return export


def _agenda_writer(name: str) -> Callable[..., bytes]:
    def export(agenda: Agenda, **options: Any) -> bytes:
        return _writer(name)(layout_agenda(agenda, _letterhead(**_heading(options))))

    return export


def _heading(options: dict[str, Any]) -> dict[str, Any]:
    return {key: options.get(key) for key in ("organisation", "logo")}


def _json(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

BUILTIN = {
    "md": Exporter("text/markdown; charset=utf-8", ".md", True,
                   _meeting_writer("md"), _agenda_writer("md")),
    "docx": Exporter(DOCX_TYPE, ".docx", False, _meeting_writer("docx"), _agenda_writer("docx")),
    "pdf": Exporter("application/pdf", ".pdf", False, _meeting_writer("pdf"),
                    _agenda_writer("pdf")),
    "json": Exporter("application/json", ".json", True,
                     lambda meeting, **_: _json(to_dict(meeting)),
                     lambda agenda, **_: _json(agenda_to_dict(agenda))),
    "notes": Exporter("text/plain; charset=utf-8", ".txt", True, _meeting_writer("notes")),
}  # fmt: skip

"""A stored meeting as a file to hand out (issue 7): the archive's reading of the notes,
corrections included, through the renderers.

The meeting is read back with ``store.mapping.load``: corrections are written to the rows they
correct, so what is exported is what the meeting page shows. The organisation's name and logo
for the heading come from the settings (ANTECKNA_ORGANISATION, ANTECKNA_LOGO). The calendar
format (ics) is given the meeting's archive keys and time of change, so that the file has the
UIDs and DTSTAMPs of the calendar feeds (``services.calendar``) and a calendar program that
has both keeps one entry per meeting, follow-up and action.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext_lazy as _

from anteckna import model
from anteckna.config import get_settings
from anteckna.errors import Text, ValueProblem
from anteckna.render import EXPORTERS, export_meeting, formats
from anteckna.services import access
from anteckna.services.access import NotVisible
from anteckna.services.calendar import stored_keys
from anteckna.store import models as db
from anteckna.store.mapping import load

__all__ = ["Export", "export", "formats", "stored_meeting"]


@dataclass(frozen=True, slots=True)
class Export:
    """The bytes of an exported meeting, with what a download or a file needs."""

    data: bytes
    media_type: str
    file_name: str
    text: bool


def stored_meeting(meeting_id: int, user: Any = None) -> model.Meeting:
    """The stored meeting as a ``model.Meeting``. With ``user``, only a meeting they may see
    (``NotVisible`` otherwise); without, any meeting (the command line owns the archive)."""
    return load(_row(meeting_id, user))


def _row(meeting_id: int, user: Any) -> db.Meeting:
    meetings = access.visible_meetings(user) if user is not None else db.Meeting.objects.all()
    row = meetings.filter(pk=meeting_id).first()
    if row is None:
        raise NotVisible(f"no meeting {meeting_id}")
    return row


def export(meeting_id: int, fmt: str, user: Any = None) -> Export:
    """Meeting ``meeting_id`` in ``fmt`` (one of ``formats()``); ``ValueProblem`` for an
    unknown format, ``NotVisible`` for a meeting the user may not see."""
    if fmt not in formats():
        raise ValueProblem(
            Text(_("format %(format)s"), format=repr(fmt)),
            Text(_("not one of %(choices)s"), choices=", ".join(formats())),
        )
    row = _row(meeting_id, user)
    meeting = load(row)
    settings = get_settings()
    data = export_meeting(
        meeting, fmt, organisation=settings.organisation, logo=settings.logo,
        stored=stored_keys(row), stamp=row.updated_at,
    )  # fmt: skip
    exporter = EXPORTERS[fmt]
    day = meeting.date.isoformat() if meeting.date else "utan-datum"
    return Export(data, exporter.media_type, f"mote-{meeting_id}-{day}{exporter.suffix}",
                  exporter.text)  # fmt: skip

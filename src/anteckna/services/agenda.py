"""The agenda of a group's next meeting (issue 6): a placeholder giving an empty agenda.

The agenda engine (meeting rhythms, standing items, follow-ups that fall due, actions to
review) replaces this module; the reminders and the calendar depend only on this signature.
"""

from __future__ import annotations

from datetime import date

from django.utils import timezone

from anteckna.model.agenda import Agenda
from anteckna.store import models as db


def agenda_for(group: db.Group, on: date | None = None) -> Agenda:
    """The agenda of ``group``'s meeting on ``on`` (default: its next meeting)."""
    return Agenda(group=group.name, date=on or timezone.localdate())

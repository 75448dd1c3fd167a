"""A group's agenda for its next meeting: the standing items only, for now.

The agenda engine (follow-ups that fall due, actions to review, items members asked for) takes
this module's place; what other code may rely on is ``agenda_for`` and ``model.agenda``.
"""

from __future__ import annotations

from datetime import date

from django.utils import timezone

from anteckna.model.agenda import Agenda, AgendaItem
from anteckna.store import models as db

STANDING = (
    "Incheckning",
    "Återkoppling från föregående möte",
    "Kort information",
    "Utcheckning",
)


def agenda_for(group: db.Group, on: date | None = None) -> Agenda:
    """The agenda of ``group``'s meeting on ``on`` (today when not given)."""
    day = on or timezone.localdate()
    return Agenda(
        group=group.name,
        date=day,
        items=tuple(AgendaItem(title, kind="standing") for title in STANDING),
        title="Mötesanteckningar",
    )

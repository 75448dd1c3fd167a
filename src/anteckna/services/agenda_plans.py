"""What the secretary does to an agenda before the meeting, and what members ask to have on it.

The first edit stores the draft (``PlannedAgenda`` with its entries); later edits change the
stored entries, so what the archive adds to the draft afterwards (a new follow-up) does not
move the secretary's order about. ``discard`` drops the stored agenda and the draft is built
afresh. ``publish`` shows it to the group's members (``agenda_for`` returns it from then on);
edits after publishing change the published agenda. Entries are addressed by their index in
the agenda as the page shows it. Access is checked here: ``access.can_plan_agenda`` for the
secretary's edits, ``access.can_request_item`` for a member's request.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from anteckna.errors import Text, ValueProblem
from anteckna.model.agenda import Agenda
from anteckna.services import access
from anteckna.services.access import NotAllowed, NotVisible
from anteckna.services.agenda import draft_agenda, stored_agenda
from anteckna.services.standing import Standing, standing_items
from anteckna.store import models as db

MAX_MINUTES = 600


class PlanError(ValueProblem):
    """An edit or a request that cannot be made as asked."""


@dataclass(frozen=True, slots=True)
class WorkingAgenda:
    """The agenda as the secretary sees it: stored when edited, else the fresh draft."""

    agenda: Agenda
    edited: bool
    published_at: Any
    published_by: str | None


def working_agenda(group: db.Group, day: date) -> WorkingAgenda:
    planned = _planned(group, day)
    if planned is None:
        return WorkingAgenda(draft_agenda(group, day), False, None, None)
    by = planned.published_by.get_username() if planned.published_by else None
    return WorkingAgenda(stored_agenda(planned), True, planned.published_at, by)


def published_agenda(group: db.Group, day: date) -> db.PlannedAgenda | None:
    return db.PlannedAgenda.objects.filter(
        group=group, date=day, published_at__isnull=False
    ).first()


def move_entry(user: Any, group: db.Group, day: date, index: int, step: int) -> None:
    """Move entry ``index`` one place up (``step=-1``) or down (``step=1``)."""
    with transaction.atomic():
        entries = _entries(user, group, day)
        other = index + step
        if not (0 <= index < len(entries)) or not (0 <= other < len(entries)):
            raise PlanError(_entry(index), _("cannot move further"))
        entries[index], entries[other] = entries[other], entries[index]
        _renumber(entries)


def remove_entry(user: Any, group: db.Group, day: date, index: int) -> None:
    with transaction.atomic():
        entries = _entries(user, group, day)
        if not 0 <= index < len(entries):
            raise PlanError(_entry(index), _("no such entry"))
        entries.pop(index).delete()
        _renumber(entries)


def add_entry(
    user: Any,
    group: db.Group,
    day: date,
    title: str,
    *,
    presenter: str = "",
    minutes: str | int | None = None,
) -> None:
    """Add an entry the secretary writes, at the end before the ``last`` standing items."""
    title, count = _title(title), _minutes(minutes)
    with transaction.atomic():
        entries = _entries(user, group, day)
        planned = db.PlannedAgenda.objects.get(group=group, date=day)
        closing = {s.title for s in _last_standing(group)}
        at = len(entries)
        while at > 0 and entries[at - 1].kind == "standing" and entries[at - 1].title in closing:
            at -= 1
        entry = db.AgendaEntry(agenda=planned, position=at, title=title, kind="requested",
                               presenter=presenter.strip() or None, minutes=count)  # fmt: skip
        entries.insert(at, entry)
        _renumber(entries)


def publish(user: Any, group: db.Group, day: date) -> db.PlannedAgenda:
    """Show the agenda to the group (stored first when it was not edited)."""
    with transaction.atomic():
        _entries(user, group, day)
        planned = db.PlannedAgenda.objects.get(group=group, date=day)
        planned.published_at = timezone.now()
        planned.published_by = user if getattr(user, "pk", None) else None
        planned.save(update_fields=["published_at", "published_by"])
        return planned


def discard(user: Any, group: db.Group, day: date) -> None:
    """Drop the stored agenda (withdrawing it if published): the draft is built afresh."""
    _check_planner(user, group)
    db.PlannedAgenda.objects.filter(group=group, date=day).delete()


def request_item(
    user: Any,
    group: db.Group,
    day: date,
    title: str,
    *,
    presenter: str = "",
    minutes: str | int | None = None,
) -> db.RequestedItem:
    """A member asks for an item on the agenda of the meeting on ``day``."""
    if not access.can_see_group(user, group):
        raise NotVisible(f"no group {group.pk}")
    if not access.can_request_item(user, group):
        raise NotAllowed("only the group's members and secretaries may ask for items")
    if day < timezone.localdate():
        raise PlanError(str(day), _("that meeting has already been held"))
    return db.RequestedItem.objects.create(
        group=group, date=day, title=_title(title), presenter=presenter.strip(),
        minutes=_minutes(minutes), requested_by=user if getattr(user, "pk", None) else None,
    )  # fmt: skip


def _check_planner(user: Any, group: db.Group) -> None:
    if not access.can_see_group(user, group):
        raise NotVisible(f"no group {group.pk}")
    if not access.can_plan_agenda(user, group):
        raise NotAllowed("only secretaries edit and publish agendas")


def _planned(group: db.Group, day: date) -> db.PlannedAgenda | None:
    return db.PlannedAgenda.objects.filter(group=group, date=day).first()


def _entries(user: Any, group: db.Group, day: date) -> list[db.AgendaEntry]:
    """The stored entries in order, storing the draft first when there is none yet."""
    _check_planner(user, group)
    planned = _planned(group, day)
    if planned is None:
        agenda = draft_agenda(group, day)
        planned = db.PlannedAgenda.objects.create(
            group=group, date=day, title=agenda.title, time=agenda.time, place=agenda.place
        )
        db.AgendaEntry.objects.bulk_create(
            db.AgendaEntry(
                agenda=planned, position=i, title=item.title, kind=item.kind,
                presenter=item.presenter, minutes=item.minutes,
                source_meeting_id=item.source.meeting if item.source else None,
                source_date=item.source.date if item.source else None,
                source_item=item.source.item if item.source else None,
                source_title=item.source.title if item.source else None,
                source_text=item.source.text if item.source else None,
            )
            for i, item in enumerate(agenda.items)
        )  # fmt: skip
    return list(planned.entries.order_by("position"))


def _entry(index: int) -> Text:
    """Entry ``index`` as a person counts: from 1."""
    return Text(_("entry %(number)s"), number=index + 1)


def _renumber(entries: list[db.AgendaEntry]) -> None:
    for position, entry in enumerate(entries):
        if entry.pk is None or entry.position != position:
            entry.position = position
            entry.save()


def _last_standing(group: db.Group) -> list[Standing]:
    return [s for s in standing_items(group) if s.place == "last"]


def _title(title: str) -> str:
    cleaned = " ".join(str(title).split())
    if not cleaned:
        raise PlanError(_("title"), _("an item needs a title"))
    if len(cleaned) > 300:
        raise PlanError(_("title"), _("at most 300 characters"))
    return cleaned


def _minutes(minutes: str | int | None) -> int | None:
    if minutes is None or str(minutes).strip() == "":
        return None
    try:
        value = int(str(minutes).strip())
    except ValueError:
        raise PlanError(
            pgettext_lazy("duration", "minutes"),
            Text(_("%(minutes)s is not a whole number of minutes"), minutes=repr(minutes)),
        ) from None
    if not 0 <= value <= MAX_MINUTES:
        raise PlanError(
            pgettext_lazy("duration", "minutes"),
            Text(_("%(value)s is not between 0 and %(most)s"), value=value, most=MAX_MINUTES),
        )
    return value

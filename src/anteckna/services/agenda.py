"""The agenda of a group's next meeting, built from the archive, or as the secretary published it.

A draft is the group's standing items (``standing``) with, in order:

1. the ``first`` standing items (Incheckning);
2. the ``feedback`` item (Återkoppling från föregående möte), followed by every open action of
   an earlier meeting due on or before the date, or with no due date, to review;
3. every follow-up due on or before the date that had not come back before it, titled by the
   item it returns from, its sentence in ``source.text`` (``followups`` decides when a
   follow-up is due and when it came back);
4. the items members asked for this meeting (or for a cancelled one since the last meeting);
5. the ``last`` standing items (Nytt från systergrupper, Kort information, Utcheckning).

The date asked for is a meeting date: in a group with no rhythm, "the first meeting on or after
the due date" is the agenda asked for when it is on or after the due date. A date the group has
cancelled has no agenda. Nothing here writes; ``agenda_plans`` stores what the secretary edits.
"""

from __future__ import annotations

import json
from datetime import date

from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from anteckna.errors import Text, ValueProblem
from anteckna.model.agenda import Agenda, AgendaItem, AgendaKind, AgendaSource, agenda_to_dict
from anteckna.services.actions import open_for_review
from anteckna.services.rhythm import MeetingCalendar, calendar_of, is_cancelled, next_meeting_date
from anteckna.services.standing import Standing, standing_items
from anteckna.store import models as db

__all__ = [
    "FORMATS", "AgendaError", "agenda_document", "agenda_for", "draft_agenda", "meeting_date",
    "stored_agenda",
]  # fmt: skip

FORMATS = ("md", "docx", "pdf", "json")
MEDIA_TYPES = {
    "md": "text/markdown; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "json": "application/json",
}

TITLE = "Dagordning"


class AgendaError(ValueProblem):
    """An agenda that cannot be made: a cancelled date, a date that is not one."""


def agenda_for(group: db.Group, on: date | None = None) -> Agenda:
    """The group's published agenda for ``on`` if there is one, else the draft built from the
    archive; ``on=None`` is the group's next meeting after today by its rhythm (else today)."""
    day = meeting_date(group, on)
    published = db.PlannedAgenda.objects.filter(
        group=group, date=day, published_at__isnull=False
    ).first()
    if published is not None:
        return stored_agenda(published)
    return draft_agenda(group, day)


def meeting_date(group: db.Group, on: date | None = None) -> date:
    """``on``, or the group's next meeting after today, or today."""
    if on is not None:
        return on
    today = timezone.localdate()
    return next_meeting_date(group, today) or today


def draft_agenda(group: db.Group, day: date) -> Agenda:
    """The agenda the archive gives for the group's meeting on ``day`` (see the module)."""
    if is_cancelled(group, day):
        raise AgendaError(
            str(day), Text(_("the meeting of %(group)s that day is cancelled"), group=group)
        )
    calendar = calendar_of(group, extra=[day])
    standing = standing_items(group)
    items = [_standing(s) for s in standing if s.place == "first"]
    feedback = [_standing(s) for s in standing if s.place == "feedback"]
    reviews = [_review(a) for a in open_for_review(group, day)]
    items += feedback[:1] + reviews + feedback[1:]
    items += follow_ups_due(group, day)
    items += requested_items(group, day, calendar)
    items += [_standing(s) for s in standing if s.place == "last"]
    rhythm = calendar.rhythm
    return Agenda(
        group=group.name,
        date=day,
        items=tuple(items),
        title=f"{TITLE} {group.name}",
        time=rhythm.time_text if rhythm else None,
        place=(rhythm.place or None) if rhythm else None,
        organisation=group.organisation.name if group.organisation_id else None,
    )


def follow_ups_due(group: db.Group, day: date) -> list[AgendaItem]:
    """The follow-ups of the group's earlier meetings due on or before ``day`` that had not
    come back at a meeting before it."""
    rows = (
        db.FollowUp.objects.filter(
            meeting__groups=group, meeting__date__lt=day, due__isnull=False, due__lte=day
        )
        .filter(Q(resolved_by__isnull=True) | Q(resolved_by__meeting__date__gte=day))
        .distinct()
        .select_related("meeting", "item")
        .prefetch_related(
            Prefetch(
                "item__presenters",
                queryset=db.ItemPresenter.objects.select_related("person").order_by("position"),
            )
        )
        .order_by("due", "meeting__date", "item__position", "position")
    )
    found: list[AgendaItem] = []
    seen: set[int] = set()
    for follow_up in rows:
        if follow_up.item_id in seen:  # one entry per matter, even when it says so twice
            continue
        seen.add(follow_up.item_id)
        item = follow_up.item
        presenters = ", ".join(_name(p) for p in item.presenters.all()) or None
        found.append(
            AgendaItem(item.title, "follow_up", presenters, None,
                       _source(follow_up.meeting, item, follow_up.text))
        )  # fmt: skip
    return found


def requested_items(group: db.Group, day: date, calendar: MeetingCalendar) -> list[AgendaItem]:
    """What members asked for the meeting on ``day``, or for a date since the group's last
    meeting before it (a cancelled one's requests move on)."""
    since = calendar.last_before(day)
    rows = db.RequestedItem.objects.filter(group=group, date__lte=day)
    if since is not None:
        rows = rows.filter(date__gt=since)
    return [
        AgendaItem(r.title, "requested", r.presenter or None, r.minutes)
        for r in rows.order_by("requested_at", "pk")
    ]


def stored_agenda(planned: db.PlannedAgenda) -> Agenda:
    """A stored (edited or published) agenda as the shared dataclass."""
    entries = planned.entries.order_by("position").select_related("source_meeting")
    items = []
    for e in entries:
        source = None
        if e.source_meeting_id is not None or e.source_title:
            source = AgendaSource(
                e.source_meeting_id or 0, e.source_date, e.source_item, e.source_title or "",
                e.source_text or "",
            )  # fmt: skip
        kind: AgendaKind = e.kind  # type: ignore[assignment]
        items.append(AgendaItem(e.title, kind, e.presenter, e.minutes, source))
    group = planned.group
    return Agenda(
        group=group.name, date=planned.date, items=tuple(items), title=planned.title,
        time=planned.time, place=planned.place,
        organisation=group.organisation.name if group.organisation_id else None,
    )  # fmt: skip


def agenda_document(agenda: Agenda, fmt: str) -> bytes:
    """The agenda as a file: JSON here (the README's shape), Markdown, DOCX and PDF by
    ``render.export_agenda``."""
    if fmt not in FORMATS:
        raise AgendaError(
            repr(fmt), Text(_("not a format (one of %(formats)s)"), formats=", ".join(FORMATS))
        )
    if fmt == "json":
        text = json.dumps(agenda_to_dict(agenda), ensure_ascii=False, indent=2) + "\n"
        return text.encode("utf-8")
    from anteckna.render import export_agenda

    return export_agenda(agenda, fmt)


def _standing(item: Standing) -> AgendaItem:
    return AgendaItem(item.title, "standing", item.presenter, item.minutes)


def _review(action: db.Action) -> AgendaItem:
    owners = ", ".join(_name(o) for o in action.owners.all()) or None
    source = _source(action.meeting, action.item, action.text)
    return AgendaItem(action.text, "action_review", owners, None, source)


def _name(reference: db.ItemPresenter | db.ActionOwner) -> str:
    """A person's full name when the name was resolved to one ("Jonas" → "Jonas Wiklund"),
    else the name as written (a collective)."""
    return reference.person.name if reference.person is not None else reference.name


def _source(meeting: db.Meeting, item: db.Item, text: str) -> AgendaSource:
    return AgendaSource(meeting.pk, meeting.date, item.number, item.title, text)

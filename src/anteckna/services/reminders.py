"""Reminders by mail: a digest after each meeting and a weekly reminder, in Swedish.

- After a meeting, everyone who took part in it and everyone who owns one of its actions gets
  their new actions from it, their other open actions, and what they present at their group's
  next meeting.
- Every week, everyone gets their open actions, overdue ones first, and what they present at
  the next meeting of each of their groups.

A person's actions are those the actions register counts as theirs (``owners.actions_of``):
those naming them and those of a collective that covers them, so "Alla läser planen." reaches
every member of the group, those who were absent too. What they present is what the agenda of
the group's next meeting after the day of sending (``rhythm.next_meeting_date``) names them
for (``agenda_for``): a follow-up coming back from an item they presented, an action of theirs
to review, a standing or requested item. A group whose next meeting is not known (no rhythm,
no later meeting in the archive) has the agenda as of that day, shown without a date.

A person is reached through the e-mail address of their login (Django's ``User.email`` on an
active account linked to them, ``Account.person``): the address is kept where the login is
managed, and a closed account stops the mail with everything else. What a mail holds is what
that person may see (``access.meetings_of``). Nobody gets an empty mail: a person with no
actions and nothing to present gets none.

The mail is plain text with a simple HTML alternative, rendered from the templates in
``anteckna/mail/`` (subject, text, HTML) under ``translation.override("sv")``, so that its
words are in the web app's Swedish catalogue with every other text.
"""

from __future__ import annotations

import smtplib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db.models import F, QuerySet
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from anteckna.errors import AntecknaError, Text
from anteckna.services import access
from anteckna.services.agenda import AgendaError, agenda_for
from anteckna.services.calendar import actions_of
from anteckna.services.rhythm import next_meeting_date
from anteckna.store import models as db
from anteckna.store.names import fold

LANGUAGE = "sv"
TOOK_PART = ("present", "remote", "partial", "guest")


@dataclass(frozen=True, slots=True)
class ActionLine:
    """An action as a mail lists it."""

    text: str
    due: date | None
    overdue: bool
    group: str
    held: date | None


@dataclass(frozen=True, slots=True)
class Presenting:
    """An item of a coming agenda that the person presents; ``on`` is None when the group's
    next meeting is not known."""

    title: str
    group: str
    on: date | None


@dataclass(frozen=True, slots=True)
class Reminder:
    """One mail to one person: ``body`` is the plain text, ``html`` its alternative."""

    to: str
    name: str
    subject: str
    body: str
    html: str = field(repr=False)


def address_of(person: db.Person) -> str | None:
    """The person's e-mail: that of the first active login linked to them that has one."""
    found = (
        db.Account.objects.filter(person=person, user__is_active=True)
        .exclude(user__email="")
        .order_by("pk")
        .values_list("user__email", flat=True)
        .first()
    )
    return found or None


def presents(person: db.Person, presenter: str | None) -> bool:
    """Whether an agenda entry's presenter ("Kim Berg", "Kim Berg, Åsa Öberg") names them,
    by full name or a recorded spelling of it."""
    if not presenter:
        return False
    names = {person.name_key} | set(
        person.aliases.filter(kind=db.PersonAlias.Kind.VARIANT).values_list("key", flat=True)
    )
    return any(fold(part) in names for part in presenter.replace(" och ", ",").split(","))


def after_meeting(meeting_id: int, today: date) -> list[Reminder]:
    """The digests of meeting ``meeting_id``: one per person who took part or owns one of its
    actions (by name or through a collective), who has an address and sees the meeting, and
    has something to read."""
    meeting = db.Meeting.objects.filter(pk=meeting_id).first()
    if meeting is None:
        raise AntecknaError(Text(_("no meeting %(id)s"), id=meeting_id))
    if meeting.date is None:
        message = _("meeting %(id)s has no date yet (anteckna meetings date)")
        raise AntecknaError(Text(message, id=meeting_id))
    groups = list(meeting.groups.order_by("name"))
    group = ", ".join(g.name for g in groups) or meeting.title or ""
    took_part = set(
        db.Attendance.objects.filter(meeting=meeting, status__in=TOOK_PART)
        .exclude(person=None)
        .values_list("person_id", flat=True)
    )
    agendas = _agendas(groups, today)
    reminders = []
    for person in _reachable().order_by("name_key", "pk"):
        to = address_of(person)
        seen = access.meetings_of(person)
        if to is None or not seen.filter(pk=meeting.pk).exists():
            continue
        theirs = actions_of(person)
        if person.pk not in took_part and not theirs.filter(meeting=meeting).exists():
            continue
        mine = _open(theirs.filter(meeting__in=seen))
        context = {
            "meeting": meeting,
            "group": group,
            "new_actions": _lines(mine.filter(meeting=meeting), today),
            "open_actions": _lines(mine.exclude(meeting=meeting), today),
            "presenting": _presenting(person, agendas),
        }
        reminder = _mail(person, to, context)
        if reminder is not None:
            reminders.append(reminder)
    return reminders


def weekly(today: date) -> list[Reminder]:
    """This week's reminders: one per person with an address and something to read."""
    agendas: dict[int, list[_Presented]] = {}
    reminders = []
    for person in _reachable().order_by("name_key", "pk"):
        to = address_of(person)
        if to is None:
            continue
        groups = list(access.groups_of(person).order_by("name"))
        for group in groups:
            if group.pk not in agendas:
                agendas[group.pk] = _agendas([group], today)
        mine = _open(actions_of(person).filter(meeting__in=access.meetings_of(person)))
        context = {
            "meeting": None,
            "open_actions": _lines(mine, today),
            "presenting": _presenting(person, [p for g in groups for p in agendas[g.pk]]),
        }
        reminder = _mail(person, to, context)
        if reminder is not None:
            reminders.append(reminder)
    return reminders


def send(reminders: Sequence[Reminder]) -> int:
    """Send the mails over one SMTP connection; how many went. An error names the server."""
    if not reminders:
        return 0
    backend = settings.EMAIL_BACKEND
    if backend.endswith("smtp.EmailBackend") and not settings.EMAIL_HOST:
        raise AntecknaError(_("no mail server: set ANTECKNA_SMTP_HOST (or use --dry-run)"))
    messages = []
    for reminder in reminders:
        message = EmailMultiAlternatives(
            reminder.subject, reminder.body, settings.DEFAULT_FROM_EMAIL, [reminder.to]
        )
        message.attach_alternative(reminder.html, "text/html")
        messages.append(message)
    try:
        with get_connection() as connection:
            return int(connection.send_messages(messages) or 0)
    except (OSError, smtplib.SMTPException) as error:
        where = f"{settings.EMAIL_HOST}:{settings.EMAIL_PORT}"
        message = Text(
            _("cannot send mail via %(where)s: %(error)s"), where=where, error=str(error)
        )
        raise AntecknaError(message) from error


def _reachable() -> QuerySet[db.Person]:
    """The people mail can reach: those with an active login that has an address."""
    linked = db.Account.objects.filter(user__is_active=True, person__isnull=False)
    return db.Person.objects.filter(pk__in=linked.exclude(user__email="").values("person_id"))


def _open(actions: QuerySet[db.Action]) -> QuerySet[db.Action]:
    return (
        actions.filter(status=db.Action.Status.OPEN)
        .select_related("meeting")
        .prefetch_related("meeting__groups")
        .order_by(F("due").asc(nulls_last=True), F("meeting__date").asc(nulls_last=True), "pk")
    )


def _lines(actions: Iterable[db.Action], today: date) -> list[ActionLine]:
    """The actions overdue first, then by due date (those without one last)."""
    lines = [
        ActionLine(
            text=action.text,
            due=action.due,
            overdue=action.due is not None and action.due < today,
            group=", ".join(sorted(g.name for g in action.meeting.groups.all())),
            held=action.meeting.date,
        )
        for action in actions
    ]
    return sorted(lines, key=lambda line: not line.overdue)


@dataclass(frozen=True, slots=True)
class _Presented:
    """An entry of a coming agenda with its presenter as the agenda gives it."""

    presenter: str
    entry: Presenting


def _agendas(groups: Iterable[db.Group], today: date) -> list[_Presented]:
    """The entries of each group's next agenda after ``today`` that someone presents. A group
    with no known next meeting has the agenda as of ``today``, undated (unless that day is
    cancelled, which leaves it nothing to present)."""
    rows = []
    for group in groups:
        day = next_meeting_date(group, today)
        try:
            agenda = agenda_for(group, day or today)
        except AgendaError:
            continue
        rows.extend(
            _Presented(item.presenter, Presenting(item.title, group.name, day))
            for item in agenda.items
            if item.presenter
        )
    return rows


def _presenting(person: db.Person, rows: Iterable[_Presented]) -> list[Presenting]:
    return [row.entry for row in rows if presents(person, row.presenter)]


def _mail(person: db.Person, to: str, context: dict[str, object]) -> Reminder | None:
    """The reminder, or None when it would say nothing: no actions and nothing to present."""
    if not any(context.get(key) for key in ("new_actions", "open_actions", "presenting")):
        return None
    context = {**context, "name": person.name}
    with translation.override(LANGUAGE):
        return Reminder(
            to=to,
            name=person.name,
            subject=" ".join(render_to_string("anteckna/mail/subject.txt", context).split()),
            body=render_to_string("anteckna/mail/reminder.txt", context),
            html=render_to_string("anteckna/mail/reminder.html", context),
        )

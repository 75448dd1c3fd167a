"""The JSON the API answers with, and the body it takes: one schema per shape.

Field names follow the CLI's ``--json`` output and the ``anteckna.meeting/1`` contract (a
meeting's ``groups``, ``participants`` with ``from``/``to``, an action's ``owners`` as names),
with ids added where a client needs them to ask for more (``id``, ``meeting``, ``owner_ids``).
Each schema is also the OpenAPI description, so the schemathesis run checks every answer
against it.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from ninja import Field, Schema

from anteckna.api.params import Text
from anteckna.store import models as db

Status = Literal["open", "done", "cancelled"]


class Error(Schema):
    """Every refusal: 400 (a filter or value the archive cannot use), 401 (no or a wrong
    token), 403 (seen but not allowed), 404 (missing or not visible)."""

    detail: str


class FieldProblem(Schema):
    loc: list[str | int]
    msg: str


class Invalid(Schema):
    """422: the request did not fit the schema; ``errors`` names each field."""

    detail: str
    errors: list[FieldProblem]


class MeetingSummary(Schema):
    """A meeting in a listing, as ``anteckna meetings --json`` prints it; ``participants``
    counts those who took part."""

    id: int
    date: date | None
    groups: list[str]
    title: str | None
    source: str
    participants: int
    items: int
    decisions: int
    actions: int


class MeetingPage(Schema):
    count: int
    items: list[MeetingSummary]


class Participant(Schema):
    name: str
    person: int | None
    status: str
    group: str | None
    note: str | None
    role: str | None
    from_: str | None = Field(alias="from")
    to: str | None


class Decision(Schema):
    id: int
    text: str


class Action(Schema):
    """An action with its item and meeting; ``can_update`` says whether this user may set
    its status (``PATCH /api/actions/{id}``)."""

    id: int
    meeting: int
    date: date | None
    item: str | None
    title: str
    text: str
    owners: list[str]
    owner_ids: list[int]
    due: date | None
    due_text: str | None
    status: Status
    overdue: bool
    can_update: bool


class FollowUp(Schema):
    id: int
    text: str
    relative: str | None
    days: int | None
    due: date | None


class Event(Schema):
    title: str
    start: date
    end: date | None
    contact: str | None


class Item(Schema):
    id: int
    number: str | None
    title: str
    section: str | None
    presenters: list[str]
    text: str
    decisions: list[Decision]
    actions: list[Action]
    follow_ups: list[FollowUp]
    events: list[Event]


class Meeting(Schema):
    """A whole meeting: who was there and every item with what was found in it."""

    id: int
    date: date | None
    time: str | None
    place: str | None
    groups: list[str]
    title: str | None
    language: str
    chair: str | None
    secretary: str | None
    source: str
    participants: list[Participant]
    items: list[Item]
    warnings: list[str]


class PersonSummary(Schema):
    """A person, counted only in the meetings this user sees: ``present`` is the meetings
    they took part in (present, remote, partial or as a guest), ``rate`` the percent of the
    meetings listing them that they took part in."""

    id: int
    name: str
    groups: list[str]
    present: int
    absent: int
    open_actions: int
    rate: int | None


class PersonPage(Schema):
    count: int
    items: list[PersonSummary]


class Attended(Schema):
    meeting: int
    date: date | None
    status: str
    note: str | None
    role: str | None


class Presented(Schema):
    meeting: int
    date: date | None
    item: str | None
    title: str


class Person(PersonSummary):
    roles: list[str]
    attendance: list[Attended]
    presented: list[Presented]
    actions: list[Action]


class ActionPage(Schema):
    count: int
    items: list[Action]


class StatusChange(Schema):
    """``PATCH /api/actions/{id}``: the new status, and why (kept with the change)."""

    status: Status
    comment: Text = Field("", max_length=2000)


class Hit(Schema):
    """A search hit, as ``anteckna search --json`` prints it; the words found are marked
    with [ ] in ``snippet``."""

    meeting: int
    date: date | None
    groups: list[str]
    item: str | None
    title: str
    kind: str
    snippet: str
    source: str


def action_json(
    action: db.Action,
    owners: list[db.ActionOwner],
    *,
    item: db.Item,
    held: date | None,
    overdue: bool,
    can_update: bool,
) -> dict[str, object]:
    """An action row as ``Action``: ``item`` is its item and ``held`` its meeting's date,
    passed in so that a list of actions costs no query per action."""
    return {
        "id": action.pk,
        "meeting": action.meeting_id,
        "date": held,
        "item": item.number,
        "title": item.title,
        "text": action.text,
        "owners": [owner.name for owner in owners],
        "owner_ids": [owner.person_id for owner in owners if owner.person_id is not None],
        "due": action.due,
        "due_text": action.due_text,
        "status": action.status,
        "overdue": overdue,
        "can_update": can_update,
    }

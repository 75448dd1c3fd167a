"""Approved minutes are the notes exporter's text, stored as ``parse`` reads it
(``services.drafts.minutes``): the stored text is the export of the stored meeting, each element
stands on its line, the checklist's persons are kept, and a text that reads differently from
what was written is refused with nothing stored."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.services.test_drafts import DAY, lg, open_and_write, people  # noqa: F401

from anteckna.errors import ValueProblem
from anteckna.model.essence import essence
from anteckna.parse import parse
from anteckna.render import export_meeting
from anteckna.services import drafts
from anteckna.services.drafts import minutes
from anteckna.services.drafts.content import (
    Attendee,
    Content,
    DraftAction,
    DraftFollowUp,
    DraftItem,
    Guest,
)
from anteckna.store import models
from anteckna.store.loading import load


def approve(users, draft: models.Draft) -> models.Meeting:
    draft = drafts.mark_ready(users["secretary"], draft.pk, draft.revision)
    draft = drafts.approve(users["chair"], draft.pk, draft.revision)
    return models.Meeting.objects.get(pk=draft.meeting_id)


def test_the_stored_text_is_the_export_of_the_stored_meeting(db, lg, people):  # noqa: F811
    stored = approve(people, open_and_write(people, lg))
    meeting = load(stored)
    text = stored.source.text
    assert export_meeting(meeting, "notes").decode("utf-8") == text
    assert essence(parse(text, meeting_date=DAY)) == essence(meeting)
    lines = text.splitlines()
    [action] = meeting.items[1].actions
    assert lines[action.source.first - 1].startswith("Åtgärd: Jonas skickar budgeten.")
    assert "(ansvarig: Jonas Wiklund; senast 20 juni 2024)" in lines[action.source.first - 1]
    [decision] = meeting.items[1].decisions
    assert lines[decision.source.first - 1] == "Beslut: Budgeten godkänns."
    assert "Uppföljning: Budgeten tas upp igen. (om 14 dagar)" in lines
    assert stored.source.parser_version.startswith("anteckna ")


def test_the_checklist_person_is_kept_whatever_the_name(db, lg, people):  # noqa: F811
    draft = drafts.open_draft(people["secretary"], lg.pk, DAY)
    content = drafts.from_dict(draft.content)
    jonas = next(a for a in content.attendance if a.name == "Jonas Wiklund")
    renamed = replace(jonas, name="Jonas Wiklund-Berg")
    attendance = tuple(renamed if a is jonas else a for a in content.attendance)
    content = replace(content, attendance=attendance, chair="Jonas Wiklund-Berg")
    draft = drafts.save_draft(people["secretary"], draft.pk, content, draft.revision)
    stored = approve(people, draft)
    row = models.Attendance.objects.get(meeting=stored, name="Jonas Wiklund-Berg")
    assert row.person_id == jonas.person
    assert not models.Person.objects.filter(name="Jonas Wiklund-Berg").exists()


def test_a_text_that_reads_as_other_items_is_refused(db, lg, people):  # noqa: F811
    draft = open_and_write(people, lg)
    content = drafts.from_dict(draft.content)
    items = list(content.items)
    items[0] = replace(items[0], text="Två steg:\n1. Första steget\n2. Andra steget")
    content = replace(content, items=tuple(items))
    draft = drafts.save_draft(people["secretary"], draft.pk, content, draft.revision)
    with pytest.raises(ValueProblem, match=r"the items read as 1\. Första steget"):
        drafts.mark_ready(people["secretary"], draft.pk, draft.revision)
    assert not models.Meeting.objects.filter(source__file_name__startswith="anteckna-draft")


NAMES = ("Anna Berg", "Erik Lindqvist", "Karin Åström", "Olof Nyström", "Sara Ek", "Pål Holm")
TEXTS = ("", "Gruppen diskuterar läget.", "Underlaget skickades ut.\nFrågan har beretts.")
TASKS = ("Boka lokal.", "Skicka underlaget till alla.", "Frågan har beretts.")
MATTERS = ("Lokalfrågan.", "Budgeten tas upp igen.", "Rekryteringen följs upp.")
DECISIONS = ("Planen fastställs.", "Gruppen diskuterar läget.")  # the second marked in the text


@st.composite
def contents(draw: st.DrawFn) -> Content:
    """What a secretary writes: members present, remote, partial or absent, guests, items
    with presenters, text, decisions, actions with owners and dates, follow-ups in days or on
    a date; some decisions and actions are sentences of the text, marked there."""
    members = draw(st.lists(st.sampled_from(NAMES), min_size=2, max_size=5, unique=True))
    attendance = []
    for name in members:
        status = draw(st.sampled_from(("present", "present", "remote", "partial", "absent")))
        times = ("13:00", draw(st.sampled_from(("14:30", "15:00")))) if status == "partial" else ()
        attendance.append(Attendee(name, None, status, *times))
    present = [a.name for a in attendance if a.status != "absent"] or members[:1]
    guests = tuple(Guest(n, r) for n, r in draw(st.sampled_from(((), (("Eva Lind", "HR"),)))))
    days = st.one_of(st.none(), st.integers(1, 60))
    dates = st.one_of(st.none(), st.dates(date(2024, 6, 12), date(2025, 6, 1)))
    items = []
    some = st.lists(st.sampled_from(present), max_size=2, unique=True)
    titles = st.sampled_from(("Budget", "Lokaler", "Övrigt"))
    for title in draw(st.lists(titles, min_size=2, max_size=3, unique=True)):
        items.append(
            DraftItem(
                title,
                tuple(draw(some)),
                draw(st.sampled_from(TEXTS)),
                tuple(draw(st.lists(st.sampled_from(DECISIONS), max_size=1))),
                tuple(
                    DraftAction(
                        task,
                        tuple(draw(some)),
                        draw(dates),
                    )
                    for task in draw(st.lists(st.sampled_from(TASKS), max_size=2, unique=True))
                ),
                tuple(
                    DraftFollowUp(matter, day_count, None if day_count else draw(dates))
                    for matter in draw(st.lists(st.sampled_from(MATTERS), max_size=1))
                    for day_count in [draw(days)]
                ),
            )
        )
    return Content(
        title="Mötesanteckningar",
        time=draw(st.sampled_from((None, "13:00-15:00"))),
        place=draw(st.sampled_from((None, "Rum 4"))),
        chair=present[0],
        attendance=tuple(attendance),
        guests=guests,
        items=tuple(items),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=contents())
def test_generated_minutes_read_back_the_same(content: Content) -> None:
    group = models.Group(name="Ledningsgruppen", short_name="LG")
    meeting, text = minutes.read(group, DAY, content, "minutes.txt")
    assert essence(meeting) == essence(minutes.meeting_of(group, DAY, content))
    assert export_meeting(meeting, "notes").decode("utf-8") == text
    assert (meeting.time, meeting.place, meeting.chair) == (
        content.time,
        content.place,
        content.chair,
    )

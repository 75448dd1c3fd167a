"""Writing minutes (``services.drafts``): from the agenda to an approved, stored meeting.

An LG archive of one meeting whose chair is Jonas Wiklund; the secretary Åsa Öberg writes the
next meeting's minutes, Jonas (a member) approves them as chair.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from django.contrib.auth.models import User
from django.http import QueryDict

from anteckna.errors import ValueProblem
from anteckna.services import access, drafts
from anteckna.services.access import NotAllowed, NotVisible
from anteckna.services.accounts import create_account
from anteckna.services.drafts.content import (
    Attendee,
    Content,
    DraftAction,
    DraftFollowUp,
    DraftItem,
    Guest,
)
from anteckna.services.search import search
from anteckna.store import models
from anteckna.store.loading import load

DAY = date(2024, 6, 11)


@pytest.fixture
def lg(store_meeting, make_meeting):
    stored = store_meeting(make_meeting(chair="Jonas Wiklund"), file_name="lg.txt")
    return stored.groups.get()


@pytest.fixture
def people(lg):
    def account(username: str, role: str, person: str | None = None) -> User:
        return create_account(username, role, person=person).user

    return {
        "secretary": account("asa", "secretary", "Åsa Öberg"),
        "chair": account("jonas", "member", "Jonas Wiklund"),
        "member": account("rune", "member", "Rune Sjödin"),
        "reader": account("rea", "reader", "Rune Sjödin"),
        "admin": account("admin", "administrator"),
    }


def written(content: Content) -> Content:
    """The opened draft's content with the meeting written: Rune away, a guest, text in two
    items, a decision, an action for Jonas and a follow-up in 14 days."""
    items = list(content.items)
    items[0] = replace(items[0], text="Alla checkar in.")
    items[1] = replace(
        items[1],
        presenters=("Jonas Wiklund",),
        text="Jonas redogör för budgeten.\nGruppen diskuterar.",
        decisions=("Budgeten godkänns.",),
        actions=(DraftAction("Jonas skickar budgeten.", ("Jonas Wiklund",), date(2024, 6, 20)),),
        follow_ups=(DraftFollowUp("Budgeten tas upp igen.", days=14),),
    )
    attendance = tuple(
        replace(a, status="absent") if a.name == "Rune Sjödin" else a for a in content.attendance
    )
    guests = (Guest("Eva Lind", "controller"),)
    return replace(content, attendance=attendance, guests=guests, items=tuple(items))


def open_and_write(people, lg) -> models.Draft:
    draft = drafts.open_draft(people["secretary"], lg.pk, DAY)
    content = written(drafts.from_dict(draft.content))
    return drafts.save_draft(people["secretary"], draft.pk, content, draft.revision)


def test_a_new_draft_has_the_agenda_and_the_members(db, lg, people):
    draft = drafts.open_draft(people["secretary"], lg.pk, DAY)
    content = drafts.from_dict(draft.content)
    assert [a.name for a in content.attendance] == ["Jonas Wiklund", "Rune Sjödin", "Åsa Öberg"]
    assert {a.status for a in content.attendance} == {"present"}
    assert all(a.person for a in content.attendance)
    assert content.items[0].title == "Incheckning"
    assert content.chair == "Jonas Wiklund" and content.secretary == "Åsa Öberg"
    assert (draft.date, draft.version, draft.revision, draft.status) == (DAY, 1, 1, "draft")
    assert drafts.open_draft(people["secretary"], lg.pk, DAY).pk == draft.pk  # one per date
    assert [e.kind for e in drafts.history(draft)] == ["created"]


def test_a_save_on_an_old_revision_is_a_conflict_with_the_stored_draft(db, lg, people):
    draft = drafts.open_draft(people["secretary"], lg.pk, DAY)
    base = drafts.from_dict(draft.content)
    first = drafts.save_draft(people["secretary"], draft.pk, written(base), draft.revision)
    assert first.revision == 2
    other = replace(base, title="Ett annat möte")
    with pytest.raises(drafts.Conflict) as caught:
        drafts.save_draft(people["admin"], draft.pk, other, draft.revision)
    assert caught.value.draft.revision == 2
    assert caught.value.draft.content == first.content
    assert db_content(draft) == first.content  # nothing overwritten
    saved = drafts.save_draft(people["admin"], draft.pk, other, caught.value.draft.revision)
    assert saved.revision == 3 and saved.content["title"] == "Ett annat möte"


def test_saving_what_is_stored_changes_nothing(db, lg, people):
    draft = open_and_write(people, lg)
    again = drafts.save_draft(
        people["secretary"], draft.pk, drafts.from_dict(draft.content), draft.revision
    )
    assert again.revision == draft.revision


def test_edits_are_one_history_event_per_person(db, lg, people):
    draft = open_and_write(people, lg)
    content = drafts.from_dict(draft.content)
    draft = drafts.save_draft(
        people["secretary"], draft.pk, replace(content, place="Rum 1"), draft.revision
    )
    draft = drafts.save_draft(
        people["admin"], draft.pk, replace(content, place="Rum 2"), draft.revision
    )
    events = [(e.kind, e.user.username) for e in drafts.history(draft)]
    assert events == [("created", "asa"), ("edited", "asa"), ("edited", "admin")]


def test_checks_list_empty_items_owerless_actions_and_undated_follow_ups(db, lg, people):
    draft = open_and_write(people, lg)
    content = drafts.from_dict(draft.content)
    items = list(content.items)
    brief = [item.title for item in items].index("Kort information")
    items[brief] = replace(
        items[brief],
        text="Kort om läget.",
        actions=(DraftAction("Någon bokar lokal."),),
        follow_ups=(DraftFollowUp("Lokalen tas upp igen."),),
    )
    findings = drafts.check(replace(content, items=tuple(items)))
    kinds = [(f.kind, f.item, f.blocking) for f in findings]
    assert kinds == [
        ("empty_item", "Jonas skickar ut planen.", False),  # the open action under review
        ("empty_item", "Verksamhetsplan", False),  # the follow-up that comes back
        ("empty_item", "Nytt från systergrupper", False),
        ("action_without_owner", "Kort information", True),
        ("follow_up_without_date", "Kort information", True),
        ("empty_item", "Utcheckning", False),
    ]
    draft = drafts.save_draft(
        people["secretary"], draft.pk, replace(content, items=tuple(items)), draft.revision
    )
    with pytest.raises(ValueProblem, match="2 problem"):
        drafts.mark_ready(people["secretary"], draft.pk, draft.revision)


def test_only_ready_minutes_are_approved_and_then_locked(db, lg, people):
    draft = open_and_write(people, lg)
    with pytest.raises(ValueProblem, match="marked ready"):
        drafts.approve(people["chair"], draft.pk, draft.revision)
    draft = drafts.mark_ready(people["secretary"], draft.pk, draft.revision)
    assert draft.status == "ready"
    draft = drafts.approve(people["chair"], draft.pk, draft.revision)
    assert draft.status == "approved" and draft.meeting_id is not None
    with pytest.raises(drafts.Locked):
        drafts.save_draft(
            people["secretary"], draft.pk, drafts.from_dict(draft.content), draft.revision
        )


def test_approving_what_was_not_seen_is_a_conflict(db, lg, people):
    draft = drafts.mark_ready(people["secretary"], *_ids(open_and_write(people, lg)))
    content = drafts.from_dict(draft.content)
    drafts.save_draft(people["secretary"], draft.pk, replace(content, place="X"), draft.revision)
    with pytest.raises(drafts.Conflict):
        drafts.approve(people["chair"], draft.pk, draft.revision)


def test_an_approved_draft_is_a_stored_meeting(db, lg, people):
    draft = drafts.mark_ready(people["secretary"], *_ids(open_and_write(people, lg)))
    draft = drafts.approve(people["chair"], draft.pk, draft.revision)
    stored = models.Meeting.objects.get(pk=draft.meeting_id)
    assert stored.status == "approved" and list(stored.groups.all()) == [lg]
    meeting = load(stored)
    assert meeting.date == DAY and meeting.chair == "Jonas Wiklund"
    statuses = {p.name: p.status for p in meeting.participants}
    assert statuses == {
        "Jonas Wiklund": "present",
        "Åsa Öberg": "present",
        "Eva Lind": "guest",
        "Rune Sjödin": "absent",
    }
    budget = meeting.items[1]
    assert (budget.number, budget.title) == ("2", "Återkoppling från föregående möte")
    assert budget.presenters == ("Jonas Wiklund",)
    assert [d.text for d in budget.decisions] == ["Budgeten godkänns."]
    [action] = budget.actions
    assert (action.text, action.owners, action.due) == (
        "Jonas skickar budgeten.",
        ("Jonas Wiklund",),
        date(2024, 6, 20),
    )
    [follow_up] = budget.follow_ups
    assert (follow_up.days, follow_up.due) == (14, date(2024, 6, 25))
    text = stored.source.text.splitlines()
    assert text[action.source.first - 1].startswith("Åtgärd: Jonas skickar budgeten.")
    assert "Beslut: Budgeten godkänns." in text
    owner = models.ActionOwner.objects.get(action__meeting=stored)
    assert owner.person is not None and owner.person.name == "Jonas Wiklund"
    assert [h.kind for h in search("budgeten", group="LG")][:1]  # indexed
    assert models.FollowUp.objects.filter(meeting=stored, due=date(2024, 6, 25)).exists()


def test_a_change_after_approval_is_version_two_of_the_same_meeting(db, lg, people):
    draft = drafts.mark_ready(people["secretary"], *_ids(open_and_write(people, lg)))
    draft = drafts.approve(people["chair"], draft.pk, draft.revision)
    first_meeting = draft.meeting_id
    with pytest.raises(NotAllowed):
        drafts.reopen(people["chair"], draft.pk, draft.revision)  # a member, not a secretary
    draft = drafts.reopen(people["secretary"], draft.pk, draft.revision)
    assert (draft.version, draft.status) == (2, "draft")
    content = drafts.from_dict(draft.content)
    items = list(content.items)
    items[1] = replace(items[1], decisions=("Budgeten godkänns med ändringar.",))
    draft = drafts.save_draft(
        people["secretary"], draft.pk, replace(content, items=tuple(items)), draft.revision
    )
    draft = drafts.mark_ready(people["secretary"], draft.pk, draft.revision)
    draft = drafts.approve(people["admin"], draft.pk, draft.revision)
    assert draft.meeting_id == first_meeting
    stored = models.Meeting.objects.get(pk=first_meeting)
    assert stored.source.version == 2 and stored.source.previous is not None
    assert [d.text for d in models.Decision.objects.filter(meeting=stored)] == [
        "Budgeten godkänns med ändringar."
    ]
    kinds = [(e.kind, e.version) for e in drafts.history(draft)]
    assert kinds == [
        ("created", 1),
        ("edited", 1),
        ("ready", 1),
        ("approved", 1),
        ("reopened", 2),
        ("edited", 2),
        ("ready", 2),
        ("approved", 2),
    ]
    approvals = [e for e in drafts.history(draft) if e.kind == "approved"]
    assert approvals[0].content["items"][1]["decisions"] == ["Budgeten godkänns."]


@pytest.mark.parametrize(
    ("who", "allowed"),
    [
        pytest.param("admin", True, id="administrator"),
        pytest.param("chair", True, id="chair"),
        pytest.param("secretary", False, id="author"),
        pytest.param("member", False, id="member_not_chair"),
        pytest.param("reader", False, id="reader"),
    ],
)
def test_who_approves(db, lg, people, who, allowed):
    draft = drafts.mark_ready(people["secretary"], *_ids(open_and_write(people, lg)))
    assert access.can_approve(people[who], draft) is allowed


def test_another_secretary_of_the_group_approves(db, lg, people):
    other = create_account("kim", "secretary", person="Jonas Wiklund").user
    draft = drafts.open_draft(people["secretary"], lg.pk, DAY)
    content = replace(drafts.from_dict(draft.content), chair=None)
    draft = drafts.save_draft(people["secretary"], draft.pk, content, draft.revision)
    assert access.can_approve(other, draft)
    assert not access.can_approve(people["secretary"], draft)


def test_members_and_readers_neither_open_nor_see_drafts(db, lg, people):
    for who in ("member", "reader"):
        with pytest.raises(NotAllowed):
            drafts.open_draft(people[who], lg.pk, DAY)
    draft = open_and_write(people, lg)
    with pytest.raises(NotVisible):
        drafts.get_draft(people["member"], draft.pk)
    assert drafts.get_draft(people["chair"], draft.pk).pk == draft.pk
    with pytest.raises(NotAllowed):
        drafts.save_draft(people["chair"], draft.pk, drafts.from_dict(draft.content), 2)


def test_the_form_reads_into_content_dropping_empty_rows(db):
    form = QueryDict(mutable=True)
    form.update({"title": " Möte ", "att-0-name": "Jonas Wiklund", "att-0-person": "4"})
    form.update({"att-0-status": "partial", "att-0-start": "9.05", "att-0-end": "10:00"})
    form.update({"guest-0-name": "", "guest-1-name": "Eva Lind", "item-0-title": "Budget"})
    form.update({"item-0-text": "Rad ett\r\nRad två ", "item-0-decision-0-text": "Beslut."})
    form.update({"item-0-action-3-text": "Skicka.", "item-0-action-3-due": "2024-06-20"})
    form.setlist("item-0-action-3-owners", ["Jonas Wiklund", "Eva Lind"])
    form.update({"item-0-followup-0-text": "Åter.", "item-0-followup-0-days": "14"})
    form.update({"item-0-decision-1-text": " ", "item-1-title": ""})
    content = drafts.from_form(form)
    assert content.title == "Möte"
    assert content.attendance == (Attendee("Jonas Wiklund", 4, "partial", "09:05", "10:00"),)
    assert content.guests == (Guest("Eva Lind"),)
    assert content.items == (
        DraftItem(
            "Budget",
            text="Rad ett\nRad två",
            decisions=("Beslut.",),
            actions=(DraftAction("Skicka.", ("Jonas Wiklund", "Eva Lind"), date(2024, 6, 20)),),
            follow_ups=(DraftFollowUp("Åter.", 14),),
        ),
    )
    assert drafts.from_dict(drafts.to_dict(content)) == content


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        pytest.param("att-0-status", "late", "unknown attendance", id="status"),
        pytest.param("att-0-start", "25:00", "HH:MM", id="time"),
        pytest.param("item-0-action-0-due", "20 juni", "YYYY-MM-DD", id="due"),
        pytest.param("item-0-followup-0-days", "två", "whole number", id="days"),
    ],
)
def test_a_wrong_value_in_the_form_names_the_field(db, field, value, message):
    form = QueryDict(mutable=True)
    form.update({"att-0-name": "Jonas Wiklund", "att-0-status": "partial", "item-0-title": "B"})
    form.update({"item-0-action-0-text": "A.", "item-0-followup-0-text": "F."})
    form[field] = value
    with pytest.raises(ValueProblem, match=message):
        drafts.from_form(form)


def db_content(draft: models.Draft) -> dict:
    return models.Draft.objects.get(pk=draft.pk).content


def _ids(draft: models.Draft) -> tuple[int, int]:
    return draft.pk, draft.revision

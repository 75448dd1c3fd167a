"""The agenda engine: the draft's order, when follow-ups and actions come on it, requests,
cancelled meetings, the secretary's edits and publishing, standing items and rotations."""

from __future__ import annotations

from datetime import date

import pytest

from anteckna.model import Action, FollowUp, Item
from anteckna.services import agenda_plans
from anteckna.services.accounts import create_account
from anteckna.services.agenda import AgendaError, agenda_for, draft_agenda
from anteckna.services.listing import group_named
from anteckna.services.rhythm import cancel_meeting, set_rhythm
from anteckna.services.rotation import RotationError, hand_over, rotation_state, set_rotation
from anteckna.services.standing import (
    DEFAULTS,
    StandingError,
    add_standing_item,
    remove_standing_item,
    standing_items,
)
from anteckna.store import models

MAY_14 = date(2024, 5, 14)  # a Tuesday


@pytest.fixture
def lg(store_meeting, make_meeting):
    """LG's meeting of 14 May: "Verksamhetsplan" comes back in two weeks (28 May) and has an
    action due 20 May; "Lokaler" has an undated action and no follow-up."""
    send = Action("Jonas skickar ut planen.", owners=("Jonas",), due=date(2024, 5, 20))
    items = (
        Item("Verksamhetsplan", number="1", presenters=("Jonas Wiklund",), actions=(send,),
             follow_ups=(FollowUp("Tas upp igen om två veckor.", "om två veckor", 14,
                                  date(2024, 5, 28)),)),
        Item("Lokaler", number="2", actions=(Action("Åsa bokar lokal.", owners=("Åsa Öberg",)),)),
    )  # fmt: skip
    store_meeting(make_meeting(items=items))
    return group_named("LG")


def kinds(agenda):
    return [(item.kind, item.title) for item in agenda.items]


def test_the_draft_in_order_with_the_total(lg):
    agenda = draft_agenda(lg, date(2024, 5, 28))
    assert kinds(agenda) == [
        ("standing", "Incheckning"),
        ("standing", "Återkoppling från föregående möte"),
        ("action_review", "Jonas skickar ut planen."),
        ("action_review", "Åsa bokar lokal."),
        ("follow_up", "Verksamhetsplan"),
        ("standing", "Nytt från systergrupper"),
        ("standing", "Kort information"),
        ("standing", "Utcheckning"),
    ]
    follow_up = agenda.items[4]
    assert follow_up.presenter == "Jonas Wiklund"
    assert follow_up.source.text == "Tas upp igen om två veckor."
    assert (follow_up.source.date, follow_up.source.item) == (MAY_14, "1")
    assert agenda.items[2].presenter == "Jonas Wiklund"
    assert agenda.total_minutes == sum(s.minutes or 0 for s in DEFAULTS)


def test_before_its_due_date_a_follow_up_is_not_on_the_agenda(lg):
    early = draft_agenda(lg, date(2024, 5, 21))
    assert ("follow_up", "Verksamhetsplan") not in kinds(early)
    # the action due the 20th is reviewed; the undated one too
    assert [k for k, _ in kinds(early)].count("action_review") == 2
    assert kinds(draft_agenda(lg, date(2024, 5, 15)))[2] == ("action_review", "Åsa bokar lokal.")


def test_a_follow_up_not_taken_up_stays_on_later_agendas(lg):
    assert ("follow_up", "Verksamhetsplan") in kinds(draft_agenda(lg, date(2024, 6, 11)))


def test_a_follow_up_taken_up_at_a_meeting_leaves_the_agendas_after_it(
    lg, store_meeting, make_meeting
):
    store_meeting(make_meeting(date=date(2024, 5, 28), items=(Item("Verksamhetsplanen"),)),
                  file_name="lg_28.txt")  # fmt: skip
    from anteckna.services.linking import link

    link([models.Meeting.objects.get(date=date(2024, 5, 28)).pk])
    assert ("follow_up", "Verksamhetsplan") in kinds(draft_agenda(lg, date(2024, 5, 28)))
    assert ("follow_up", "Verksamhetsplan") not in kinds(draft_agenda(lg, date(2024, 6, 11)))


def test_a_follow_up_whose_meeting_has_no_date_is_on_no_agenda(store_meeting, make_meeting):
    store_meeting(make_meeting(date=None))
    agenda = draft_agenda(group_named("LG"), date(2024, 5, 28))
    assert "follow_up" not in [item.kind for item in agenda.items]


def test_a_cancelled_meeting_has_no_agenda_and_its_follow_ups_move_on(lg):
    set_rhythm(lg, weekday=1, every_weeks=2, start_from=MAY_14)
    cancel_meeting(lg, date(2024, 5, 28), "Kompetensdag")
    with pytest.raises(AgendaError, match="cancelled"):
        draft_agenda(lg, date(2024, 5, 28))
    later = draft_agenda(lg, date(2024, 6, 11))
    assert ("follow_up", "Verksamhetsplan") in kinds(later)
    assert later.time is None and later.place is None


def test_without_a_date_the_next_meeting_by_the_rhythm(lg, monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda: date(2024, 5, 20))
    set_rhythm(lg, weekday=1, every_weeks=2, start_from=MAY_14, place="Älgen")
    from anteckna.services.rhythm import parse_times

    set_rhythm(lg, weekday=1, every_weeks=2, start_from=MAY_14, place="Älgen",
               start=parse_times("13-15")[0], end=parse_times("13-15")[1])  # fmt: skip
    agenda = agenda_for(lg)
    assert agenda.date == date(2024, 5, 28)
    assert (agenda.time, agenda.place) == ("13.00–15.00", "Älgen")


def test_requests_come_on_their_meeting_or_the_next_after_a_cancelled_one(lg, monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda: date(2024, 5, 20))
    member = create_account("jonas", "member", person="Jonas Wiklund").user
    set_rhythm(lg, weekday=1, every_weeks=2, start_from=MAY_14)
    agenda_plans.request_item(member, lg, date(2024, 5, 28), "Sommarschema", minutes="15")
    requested = [i for i in draft_agenda(lg, date(2024, 5, 28)).items if i.kind == "requested"]
    assert [(i.title, i.minutes) for i in requested] == [("Sommarschema", 15)]
    assert "requested" not in [i.kind for i in draft_agenda(lg, date(2024, 6, 11)).items]
    cancel_meeting(lg, date(2024, 5, 28))
    assert "requested" in [i.kind for i in draft_agenda(lg, date(2024, 6, 11)).items]
    with pytest.raises(agenda_plans.PlanError, match="minutes"):
        agenda_plans.request_item(member, lg, date(2024, 6, 11), "X", minutes="many")
    with pytest.raises(agenda_plans.PlanError, match="already been held"):
        agenda_plans.request_item(member, lg, MAY_14, "X")


def test_the_secretary_edits_and_publishes_and_the_group_sees_it(lg):
    secretary = create_account("asa", "secretary", person="Åsa Öberg").user
    member = create_account("jonas", "member", person="Jonas Wiklund").user
    day = date(2024, 5, 28)
    assert agenda_plans.published_agenda(lg, day) is None
    agenda_plans.move_entry(secretary, lg, day, 4, -1)  # the follow-up above the last review
    agenda_plans.remove_entry(secretary, lg, day, 5)  # Nytt från systergrupper
    agenda_plans.add_entry(secretary, lg, day, "Budget 2025", presenter="Åsa", minutes=20)
    with pytest.raises(agenda_plans.NotAllowed):
        agenda_plans.publish(member, lg, day)
    assert agenda_for(lg, day).items[3].kind == "action_review"  # not published: the draft
    agenda_plans.publish(secretary, lg, day)
    published = agenda_for(lg, day)
    assert kinds(published)[3:] == [
        ("follow_up", "Verksamhetsplan"),
        ("action_review", "Åsa bokar lokal."),
        ("requested", "Budget 2025"),
        ("standing", "Kort information"),
        ("standing", "Utcheckning"),
    ]
    assert published.items[3].source.text == "Tas upp igen om två veckor."
    assert published.total_minutes == 10 + 10 + 20 + 10 + 5
    with pytest.raises(agenda_plans.PlanError, match="cannot move"):
        agenda_plans.move_entry(secretary, lg, day, 0, -1)
    agenda_plans.discard(secretary, lg, day)
    assert agenda_for(lg, day) == draft_agenda(lg, day)


def test_standing_items_are_data_the_secretary_edits(lg):
    assert standing_items(lg) == list(DEFAULTS)
    add_standing_item(lg, "Nytt från nämnden", "first", presenter="Ordförande", minutes=5)
    titles = [s.title for s in standing_items(lg)]
    assert titles[:2] == ["Incheckning", "Nytt från nämnden"]
    remove_standing_item(lg, "Kort information")
    assert "Kort information" not in [s.title for s in standing_items(lg)]
    agenda = draft_agenda(lg, date(2024, 5, 28))
    assert agenda.items[1].title == "Nytt från nämnden"
    with pytest.raises(StandingError):
        add_standing_item(lg, "X", "middle")
    with pytest.raises(StandingError):
        remove_standing_item(lg, "Finns inte")


def test_rotation_proposes_the_next_holders_in_order(lg, store_meeting, make_meeting):
    state = set_rotation(lg, "chair", ["Jonas Wiklund", "Åsa Öberg", "Rune Sjödin"])
    assert (state.holder, state.next) == (None, ("Jonas Wiklund", "Åsa Öberg", "Rune Sjödin"))
    assert hand_over(lg, "chair").holder == "Jonas Wiklund"
    state = hand_over(lg, "chair")
    assert (state.holder, state.next) == ("Åsa Öberg", ("Rune Sjödin", "Jonas Wiklund"))
    hand_over(lg, "chair")
    assert hand_over(lg, "chair").holder == "Jonas Wiklund"  # round again
    set_rotation(lg, "agenda", ["Rune Sjödin", "Åsa Öberg"], holder="Åsa Öberg")
    assert rotation_state(lg, "agenda").next == ("Rune Sjödin",)
    with pytest.raises(RotationError, match="twice"):
        set_rotation(lg, "chair", ["Jonas Wiklund", "Jonas"])
    with pytest.raises(RotationError, match="not a rotating role"):
        set_rotation(lg, "treasurer", ["Jonas Wiklund"])


def test_the_demo_archive_agenda_brings_back_the_matter_and_drops_a_closed_action(db):
    from anteckna.services.actions import set_action_status
    from anteckna.services.demo import build_demo_archive

    build_demo_archive(date(2026, 11, 29))
    group = group_named("LG")
    follow_up = models.FollowUp.objects.filter(days=14, resolved_by__isnull=True).first()
    assert follow_up is not None
    returning = draft_agenda(group, follow_up.due)
    assert ("follow_up", follow_up.item.title) in kinds(returning)
    entry = next(i for i in returning.items if i.title == follow_up.item.title)
    assert "två veckor" in entry.source.text
    reviewed = [i for i in returning.items if i.kind == "action_review"]
    assert reviewed
    action = models.Action.objects.get(
        text=reviewed[0].title, meeting_id=reviewed[0].source.meeting
    )
    secretary = models.Account.objects.get(role="secretary").user
    set_action_status(secretary, action.pk, "done", "Klart.")
    after = draft_agenda(group, follow_up.due)
    assert ("action_review", action.text) not in kinds(after)
    assert ("follow_up", follow_up.item.title) in kinds(after)

"""Meetings and people listings: shapes, order, filters, counts."""

from __future__ import annotations

from datetime import date

import pytest

from anteckna.errors import AntecknaError
from anteckna.model import Action, Item, Participant
from anteckna.services.listing import list_meetings, list_people
from anteckna.store.models import Action as StoredAction


@pytest.fixture
def archive(store_meeting, make_meeting):
    """Three meetings: two of LG (one undated), one of Styrgruppen."""
    store_meeting(make_meeting(date=date(2024, 6, 1)), file_name="lg_juni.txt")
    store_meeting(make_meeting(date=None), file_name="lg_odaterad.txt")
    store_meeting(
        make_meeting(
            groups=("Styrgruppen",),
            participants=(Participant("Jonas Wiklund", group="Styrgruppen", status="partial"),),
            items=(Item("Budget", actions=(Action("Jonas ringer.", owners=("Jonas Wiklund",)),)),),
        ),
        file_name="sg_maj.txt",
    )


def test_meetings_oldest_first_undated_last(archive):
    found = [m.to_dict() for m in list_meetings()]
    assert [m["source"] for m in found] == ["sg_maj.txt", "lg_juni.txt", "lg_odaterad.txt"]
    assert found[1] == {
        "id": found[1]["id"],
        "date": "2024-06-01",
        "groups": ["LG"],
        "title": "Mötesanteckningar",
        "source": "lg_juni.txt",
        "participants": 2,
        "items": 1,
        "decisions": 1,
        "actions": 1,
    }
    assert found[2]["date"] is None


@pytest.mark.parametrize("label", ["Styrgruppen", "sg", "STYRGRUPPEN"])
def test_meetings_of_a_group_by_either_name(archive, label):
    assert [m.source for m in list_meetings(group=label)] == ["sg_maj.txt"]


def test_meetings_between_dates(archive):
    found = list_meetings(start=date(2024, 5, 20), end=date(2024, 12, 31))
    assert [m.source for m in found] == ["lg_juni.txt"]


def test_an_unknown_group_says_which_exist(archive):
    with pytest.raises(AntecknaError, match=r"no group called 'XY' \(known: LG, Styrgruppen"):
        list_meetings(group="XY")


def test_people_with_attendance_and_open_actions(archive):
    people = {p.name: p.to_dict() for p in list_people()}
    assert people["Jonas Wiklund"] == {
        "name": "Jonas Wiklund",
        "groups": ["LG", "Styrgruppen"],
        "present": 2,
        "remote": 0,
        "partial": 1,
        "absent": 0,
        "open_actions": 3,
    }
    assert people["Åsa Öberg"]["remote"] == 2
    assert people["Rune Sjödin"]["absent"] == 2
    assert list(people) == sorted(people, key=str.casefold)


def test_closed_actions_are_not_open(archive):
    StoredAction.objects.update(status=StoredAction.Status.DONE)
    assert {p.open_actions for p in list_people()} == {0}


def test_people_of_one_group_are_counted_in_its_meetings(archive):
    people = {p.name: p for p in list_people(group="SG")}
    assert list(people) == ["Jonas Wiklund"]
    assert (people["Jonas Wiklund"].partial, people["Jonas Wiklund"].present) == (1, 0)
    assert people["Jonas Wiklund"].open_actions == 1


def test_meetings_within_a_queryset(archive):
    from anteckna.store.models import Meeting

    lg = Meeting.objects.filter(groups__name="LG")
    assert [m.source for m in list_meetings(within=lg)] == ["lg_juni.txt", "lg_odaterad.txt"]
    assert [m.source for m in list_meetings(within=lg, start=date(2024, 1, 1))] == ["lg_juni.txt"]

"""The numbers behind the pictures, among the meetings each user sees."""

from __future__ import annotations

from datetime import date

import pytest

from anteckna.model import Action, Item, Participant
from anteckna.services import charts
from anteckna.services.accounts import create_account
from anteckna.services.actions import set_action_status
from anteckna.store import models


@pytest.fixture
def archive(store_meeting, make_meeting):
    january = store_meeting(make_meeting(date=date(2024, 1, 10)), file_name="a.txt")
    store_meeting(
        make_meeting(
            date=date(2024, 1, 24),
            participants=(
                Participant("Jonas Wiklund", group="LG", status="remote"),
                Participant("Rune Sjödin", group="LG"),
            ),
            items=(Item("Lokaler", actions=(Action("Rune ringer."), Action("Rune skriver."))),),
        ),
        file_name="b.txt",
    )
    store_meeting(make_meeting(date=date(2024, 4, 3)), file_name="c.txt")
    store_meeting(
        make_meeting(groups=("SG",), date=date(2024, 6, 1),
                     participants=(Participant("Berit Alm", group="SG"),)),
        file_name="sg.txt",
    )  # fmt: skip
    admin = create_account("admin", "administrator").user
    reader = create_account("reader", "reader", person="Rune Sjödin").user
    action = models.Action.objects.get(meeting=january)
    set_action_status(admin, action.pk, "done", "")
    return {"admin": admin, "reader": reader}


def test_meetings_per_month_run_without_gaps(archive):
    assert charts.meetings_per_month(archive["reader"]) == [
        ("2024-01", 2), ("2024-02", 0), ("2024-03", 0), ("2024-04", 1)
    ]  # fmt: skip
    assert charts.meetings_per_month(archive["admin"])[-1] == ("2024-06", 1)


def test_open_and_closed_actions_per_month(archive):
    months = {m.month: (m.open, m.closed) for m in charts.actions_per_month(archive["reader"])}
    assert months["2024-01"] == (2, 1) and months["2024-04"] == (1, 0)
    assert months["2024-02"] == (0, 0)


def test_an_attendance_map_per_group_with_a_cell_per_person_and_meeting(archive):
    [lg] = charts.attendance_maps(archive["reader"])
    assert lg.group.name == "LG"
    assert [m.date for m in lg.meetings] == [date(2024, 1, 10), date(2024, 1, 24), date(2024, 4, 3)]
    names = [p.name for p in lg.people]
    assert names == ["Jonas Wiklund", "Rune Sjödin", "Åsa Öberg"]
    assert lg.cells == [
        ["present", "remote", "present"],
        ["absent", "present", "absent"],
        ["remote", None, "remote"],
    ]
    assert len(charts.attendance_maps(archive["admin"])) == 2
    assert len(charts.attendance_maps(archive["reader"], last=2)[0].meetings) == 2


def test_a_user_who_sees_nothing_gets_no_numbers(archive):
    lonely = create_account("lonely", "reader").user
    assert charts.meetings_per_month(lonely) == []
    assert charts.actions_per_month(lonely) == []
    assert charts.attendance_maps(lonely) == []

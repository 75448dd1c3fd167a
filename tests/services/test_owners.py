"""Whose actions: a person by name or first name, and the collectives that cover them —
"alla" for the meeting's group, a group's name for its members, a role word for those the
notes give that role."""

from __future__ import annotations

from datetime import date

import pytest

from anteckna.model import Action, Item, Participant
from anteckna.services.actions import list_actions
from anteckna.services.groups import rename_group
from anteckna.services.owners import PersonNotFound, person_named
from anteckna.store import models

TODAY = date(2024, 6, 1)


@pytest.fixture
def owners(store_meeting, make_meeting):
    lg = make_meeting(
        participants=(
            Participant("Jonas Wiklund", group="LG"),
            Participant("Åsa Öberg", group="LG", role="rektor"),
            Participant("Rune Sjödin", group="Verksamhetschefer"),
        ),
        items=(Item("Planering", actions=(
            Action("Jonas skickar ut planen.", owners=("Jonas",)),
            Action("Alla läser planen.", owners=("alla",)),
            Action("Rektorerna återkopplar till sina skolor.", owners=("rektorerna",)),
            Action("Verksamhetscheferna lämnar underlag.", owners=("verksamhetscheferna",)),
            Action("Ledningsgruppen planerar dagen.", owners=("Ledningsgruppen",)),
        )),),
        aliases={"Jonas": "Jonas Wiklund"},
    )  # fmt: skip
    store_meeting(lg, groups=("LG",))
    store_meeting(
        make_meeting(
            groups=("Styrgruppen",), participants=(Participant("Berit Alm"),), aliases={},
            items=(Item("Budget", actions=(Action("Alla ser över budgeten.", owners=("alla",)),)),),
        ),
        file_name="sg.txt",
    )  # fmt: skip
    rename_group("LG", name="Ledningsgruppen")


def texts(person: str) -> set[str]:
    return {row.action.text for row in list_actions(TODAY, person=person)}


def test_a_person_by_full_name_and_by_first_name(owners):
    assert person_named("Jonas").name == "Jonas Wiklund"
    assert texts("Jonas") == texts("Jonas Wiklund") == {
        "Jonas skickar ut planen.", "Alla läser planen.", "Ledningsgruppen planerar dagen.",
    }  # fmt: skip


def test_a_role_collective_covers_those_with_the_role(owners):
    assert "Rektorerna återkopplar till sina skolor." in texts("Åsa Öberg")
    assert "Rektorerna återkopplar till sina skolor." not in texts("Jonas Wiklund")


def test_a_group_label_collective_covers_its_members(owners):
    assert texts("Rune Sjödin") == {"Verksamhetscheferna lämnar underlag."}


def test_alla_covers_only_the_meetings_group(owners):
    assert texts("Berit Alm") == {"Alla ser över budgeten."}


def test_collectives_are_stored_as_written(owners):
    stored = models.ActionOwner.objects.filter(person__isnull=True)
    assert set(stored.values_list("name", flat=True)) >= {"alla", "rektorerna"}


def test_unknown_and_ambiguous_names_are_errors(owners, store_meeting, make_meeting):
    with pytest.raises(PersonNotFound, match="no such person"):
        person_named("Nobody Here")
    store_meeting(make_meeting(participants=(Participant("Jonas Berg", group="LG"),),
                               items=(), aliases={}), file_name="other.txt")  # fmt: skip
    with pytest.raises(PersonNotFound, match="more than one"):
        person_named("jonas")


def test_the_register_and_the_start_page_count_collectives(owners):
    from anteckna.services.accounts import create_account
    from anteckna.services.overview import start_page
    from anteckna.services.registers import ActionFilters, actions

    user = create_account("asa", "member", person="Åsa Öberg").user
    asa = models.Person.objects.get(name="Åsa Öberg")
    listed = {a.text for a in actions(user, ActionFilters(owner=asa.pk), TODAY)}
    assert listed == {"Alla läser planen.", "Rektorerna återkopplar till sina skolor.",
                      "Ledningsgruppen planerar dagen."}  # fmt: skip
    mine = {m.action.text for m in start_page(user, TODAY).my_actions}
    assert mine == listed

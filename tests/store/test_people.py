"""Person resolution across meetings: one Person per real person, never a silent merge."""

from __future__ import annotations

from datetime import date

from anteckna.model import Action, Item, Participant
from anteckna.store.models import ActionOwner, Attendance, ItemPresenter, Membership, Person


def names() -> list[str]:
    return sorted(Person.objects.values_list("name", flat=True))


def owners() -> list[tuple[str, str | None, bool]]:
    rows = ActionOwner.objects.order_by("action__position", "position")
    return [(o.name, o.person.name if o.person else None, o.ambiguous) for o in rows]


def item_with_owners(*owner_names: str) -> Item:
    return Item("Punkt", actions=tuple(Action(f"Uppgift {n}", owners=(n,)) for n in owner_names))


def test_a_full_name_in_two_meetings_is_one_person(store_meeting, make_meeting):
    store_meeting(make_meeting(), data=b"1")
    store_meeting(
        make_meeting(
            date=date(2024, 5, 28),
            participants=(Participant("jonas  WIKLUND", group="LG", status="absent"),),
        ),
        data=b"2",
    )
    assert names() == ["Jonas Wiklund", "Rune Sjödin", "Åsa Öberg"]
    tony = Person.objects.get(name="Jonas Wiklund")
    assert sorted(tony.attendance.values_list("status", flat=True)) == ["absent", "present"]


def test_two_people_sharing_a_first_name_stay_apart(store_meeting, make_meeting):
    meeting = make_meeting(
        participants=(
            Participant("Greta Ahl Berglund", group="LG"),
            Participant("Greta Lind", group="LG"),
            Participant("Jonas Wiklund", group="LG"),
        ),
        items=(item_with_owners("Greta", "Jonas"),),
        aliases={},
    )
    store_meeting(meeting)
    assert names() == ["Greta Ahl Berglund", "Greta Lind", "Jonas Wiklund"]
    assert owners() == [("Greta", None, True), ("Jonas", "Jonas Wiklund", False)]


def test_initials_and_first_names_resolve_against_the_group(store_meeting, make_meeting):
    store_meeting(
        make_meeting(participants=(Participant("Sixten Kullberg", group="LG"),
                                   Participant("Vera Tornberg", group="LG")), items=()),
        data=b"1",
    )  # fmt: skip
    later = make_meeting(
        date=date(2024, 6, 1),
        participants=(Participant("Vera Tornberg", group="LG"),),
        items=(item_with_owners("SK", "Sixten", "Vera"),),
        aliases={},
    )
    store_meeting(later, data=b"2")
    assert owners() == [
        ("SK", "Sixten Kullberg", False),
        ("Sixten", "Sixten Kullberg", False),
        ("Vera", "Vera Tornberg", False),
    ]
    assert Person.objects.count() == 2


def test_collectives_are_not_persons(store_meeting, make_meeting):
    meeting = make_meeting(
        items=(item_with_owners("alla", "Gruppen", "verksamhetschefer", "Rektorer", "LG"),),
    )
    store_meeting(meeting)
    assert all(person is None and not ambiguous for _, person, ambiguous in owners())
    assert names() == ["Jonas Wiklund", "Rune Sjödin", "Åsa Öberg"]


def test_a_guest_named_in_full_is_a_person_and_no_member(store_meeting, make_meeting):
    guest = Participant("Henrik Malmé", status="guest", role="Fastighetsdirektör", item="4")
    presented = Item("I huvudet på Fastighetsdirektör Henrik Malmé",
                     presenters=("Henrik Malmé",))  # fmt: skip
    store_meeting(make_meeting(participants=(guest,), items=(presented,)))
    magnus = Person.objects.get(name="Henrik Malmé")
    assert ItemPresenter.objects.get().person == magnus
    assert not Membership.objects.filter(person=magnus).exists()


def test_an_unknown_first_name_is_kept_as_text(store_meeting, make_meeting):
    store_meeting(make_meeting(items=(item_with_owners("Kalle"),), aliases={}))
    assert owners() == [("Kalle", None, False)]
    assert "Kalle" not in names()


def test_memberships_follow_the_blocks_of_the_attendance_list(store_meeting, make_meeting):
    meeting = make_meeting(
        groups=("LG", "Styrgruppen"),
        participants=(
            Participant("Jonas Wiklund", group="LG"),
            Participant("Ingrid Sävström", group="Styrgruppen"),
        ),
    )
    store_meeting(meeting)
    rows = Membership.objects.values_list("person__name", "group__name", "start")
    assert sorted(rows) == [
        ("Ingrid Sävström", "Styrgruppen", date(2024, 5, 14)),
        ("Jonas Wiklund", "LG", date(2024, 5, 14)),
    ]


def test_an_earlier_meeting_moves_the_membership_start(store_meeting, make_meeting):
    store_meeting(make_meeting(), data=b"late")
    store_meeting(make_meeting(date=date(2023, 1, 10)), data=b"early")
    starts = set(Membership.objects.values_list("start", flat=True))
    assert starts == {date(2023, 1, 10)}
    assert Membership.objects.count() == 3


def test_an_ambiguous_attendee_is_flagged_not_guessed(store_meeting, make_meeting):
    two_marias = (
        Participant("Greta Lind", group="LG"),
        Participant("Greta Ahl Berglund", group="LG"),
    )
    store_meeting(make_meeting(participants=two_marias, items=()), data=b"1")
    alone = (Participant("Greta", group="LG"),)
    store_meeting(make_meeting(participants=alone, items=()), data=b"2")
    row = Attendance.objects.get(name="Greta")
    assert (row.person, row.ambiguous) == (None, True)
    assert names() == ["Greta Ahl Berglund", "Greta Lind"]

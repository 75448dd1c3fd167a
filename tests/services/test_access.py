"""Who sees and does what, role by role, allowed and refused (``services.access``)."""

from __future__ import annotations

from datetime import date

import pytest
from django.contrib.auth.models import AnonymousUser, User

from anteckna.model import Action, Item, Participant
from anteckna.services import access
from anteckna.services.accounts import create_account
from anteckna.store import models as db

LG_PEOPLE = ("Jonas Wiklund", "Åsa Öberg", "Rune Sjödin")


@pytest.fixture
def archive(store_meeting, make_meeting):
    """An LG meeting (Jonas owns its action), a Styrgruppen meeting (Berit Alm owns its
    action), and a meeting in no group; gives the three meetings."""
    lg = store_meeting(make_meeting(), file_name="lg.txt")
    sg = store_meeting(
        make_meeting(
            groups=("Styrgruppen",),
            participants=(Participant("Berit Alm", group="Styrgruppen"),),
            items=(Item("Budget", actions=(Action("Berit ringer.", owners=("Berit Alm",)),)),),
            aliases={},
        ),
        file_name="sg.txt",
    )
    loose = store_meeting(
        make_meeting(groups=(), participants=(), date=date(2024, 1, 1)), file_name="loose.txt"
    )
    return {"lg": lg, "sg": sg, "loose": loose}


def account(username: str, role: str, person: str | None = None) -> User:
    return create_account(username, role, person=person).user


def action_of(meeting: db.Meeting, owner: str) -> db.Action:
    return db.Action.objects.get(meeting=meeting, owners__name__startswith=owner.split()[0])


def test_an_administrator_sees_and_does_everything(archive):
    admin = account("admin", "administrator")
    assert set(access.visible_meetings(admin)) == set(archive.values())
    assert access.can_import(admin)
    assert all(access.can_edit(admin, m) for m in archive.values())
    assert access.can_update_action(admin, action_of(archive["sg"], "Berit"))
    assert access.visible_people(admin).count() == db.Person.objects.count()


def test_a_superuser_without_an_account_is_an_administrator(archive):
    root = User.objects.create_superuser("root", password="x")
    assert access.role_of(root) == access.Role.ADMINISTRATOR
    assert access.can_see(root, archive["loose"])


@pytest.mark.parametrize("role", ["secretary", "member", "reader"])
def test_members_of_a_group_see_its_meetings_and_no_others(archive, role):
    user = account("kim", role, person="Åsa Öberg")
    assert list(access.visible_meetings(user)) == [archive["lg"]]
    assert access.can_see(user, archive["lg"])
    assert not access.can_see(user, archive["sg"])
    assert not access.can_see(user, archive["loose"])  # no group: administrators only
    assert [g.name for g in access.visible_groups(user)] == ["LG"]
    assert set(access.visible_people(user).values_list("name", flat=True)) == set(LG_PEOPLE)
    assert set(access.visible_actions(user)) == set(db.Action.objects.filter(meeting=archive["lg"]))


def test_a_secretary_imports_and_edits_the_meetings_they_see(archive):
    secretary = account("sek", "secretary", person="Åsa Öberg")
    assert access.can_import(secretary)
    assert access.can_edit(secretary, archive["lg"])
    assert not access.can_edit(secretary, archive["sg"])
    assert access.can_update_action(secretary, action_of(archive["lg"], "Jonas"))
    assert not access.can_update_action(secretary, action_of(archive["sg"], "Berit"))


def test_a_member_updates_only_their_own_actions(archive):
    jonas = account("jonas", "member", person="Jonas Wiklund")
    asa = account("asa", "member", person="Åsa Öberg")
    own = action_of(archive["lg"], "Jonas")
    assert access.can_update_action(jonas, own)
    assert not access.can_update_action(asa, own)
    assert not access.can_update_action(jonas, action_of(archive["sg"], "Berit"))
    assert not access.can_import(jonas)
    assert not access.can_edit(jonas, archive["lg"])


@pytest.mark.parametrize(
    ("role", "person"),
    [("administrator", None), ("secretary", "Åsa Öberg"), ("member", "Jonas Wiklund"),
     ("member", "Åsa Öberg"), ("member", None), ("reader", "Jonas Wiklund")],
)  # fmt: skip
def test_the_updatable_actions_of_a_meeting_are_those_each_may_update(archive, role, person):
    user = account("kim", role, person=person)
    for meeting in access.visible_meetings(user):
        expected = {a.pk for a in meeting.actions.all() if access.can_update_action(user, a)}
        assert set(access.updatable_actions(user, meeting.pk).values_list("pk", flat=True)) == (
            expected
        )
        if access.updates_every_action(user):
            assert expected == set(meeting.actions.values_list("pk", flat=True))


def test_a_reader_only_reads(archive):
    reader = account("las", "reader", person="Jonas Wiklund")
    assert access.can_see(reader, archive["lg"])
    assert not access.can_update_action(reader, action_of(archive["lg"], "Jonas"))
    assert not access.can_edit(reader, archive["lg"])
    assert not access.can_import(reader)


def test_an_account_without_a_person_sees_nothing(archive):
    user = account("nobody", "member")
    assert not access.visible_meetings(user).exists()
    assert not access.visible_people(user).exists()
    assert access.person_of(user) is None


@pytest.mark.parametrize("who", ["anonymous", "inactive", "no_account"])
def test_anonymous_inactive_and_accountless_users_may_do_nothing(archive, who):
    if who == "anonymous":
        user = AnonymousUser()
    elif who == "inactive":
        user = account("gone", "administrator")
        user.is_active = False
        user.save()
    else:
        user = User.objects.create_user("plain", password="x")
    assert access.role_of(user) is None
    assert not access.visible_meetings(user).exists()
    assert not access.can_import(user)
    assert not access.can_edit(user, archive["lg"])
    assert not access.can_update_action(user, action_of(archive["lg"], "Jonas"))


def test_a_meeting_in_two_of_my_groups_is_listed_once(archive, store_meeting, make_meeting):
    both = store_meeting(
        make_meeting(
            groups=("LG", "Styrgruppen"),
            participants=(
                Participant("Åsa Öberg", group="LG"),
                Participant("Åsa Öberg", group="Styrgruppen"),
            ),
        ),
        file_name="joint.txt",
    )
    user = account("kim", "member", person="Åsa Öberg")
    found = list(access.visible_meetings(user).order_by("pk"))
    assert found == [archive["lg"], archive["sg"], both]

"""The demo archive: the samples imported, a term's actions closed, one login per role."""

from __future__ import annotations

from django.contrib.auth import authenticate

from anteckna.services import access
from anteckna.services.demo import ACCOUNTS, CLOSED_LATER, build_demo_archive
from anteckna.store import models


def test_the_demo_archive(db):
    accounts = build_demo_archive()
    assert models.Meeting.objects.count() == 14
    assert not models.Meeting.objects.filter(groups=None).exists()  # every meeting has a group
    group = models.Group.objects.get(short_name="LG")
    assert group.name == "Ledningsgruppen"
    assert [a.role for a in accounts] == ["administrator", "secretary", "member", "reader"]
    for account in accounts:
        user = authenticate(username=account.username, password=account.password)
        assert user is not None
        assert access.person_of(user).name == account.person
        assert access.visible_meetings(user).count() == 14  # all of them are LG members
    closed = models.Action.objects.exclude(status="open")
    by_notes = closed.filter(closed_in__isnull=False)  # reported "(klart)" in later notes
    assert by_notes.count() >= 10
    for action in by_notes.select_related("meeting", "closed_in"):
        assert action.closed_in.date > action.meeting.date
        note = models.Correction.objects.get(meeting=action.meeting, field="status", key=action.key)
        assert note.note.startswith(f"Klart enligt mötet {action.closed_in.date}")
    assert closed.count() == by_notes.count() + len(CLOSED_LATER)
    assert models.Correction.objects.filter(field="status").count() == closed.count()
    assert {a.username for a in accounts} == {username for username, _, _ in ACCOUNTS}
    # the joint meetings stay joint, so the steering group's members see them
    assert models.Meeting.objects.filter(groups__short_name="SG").count() == 3

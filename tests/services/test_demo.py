"""The demo archive: the samples imported, a term's actions closed, one login per role."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.contrib.auth import authenticate

from anteckna.samples import sample_paths
from anteckna.services import access
from anteckna.services.demo import ACCOUNTS, CLOSED_LATER, build_demo_archive, shift_weeks
from anteckna.services.overview import start_page
from anteckna.store import models

TODAY = date(2026, 11, 29)


def test_the_demo_archive(db):
    accounts = build_demo_archive(TODAY)
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


@pytest.mark.parametrize("today", [TODAY, date(2031, 2, 3), date(2026, 3, 5)], ids=str)
def test_the_demo_archive_ends_in_the_week_before_today(db, today):
    accounts = build_demo_archive(today, sample_paths())
    dates = sorted(models.Meeting.objects.values_list("date", flat=True))
    assert today - timedelta(days=7) <= dates[-1] < today
    originals = [date.fromisoformat(p.stem[3:]) for p in sample_paths()]
    assert [d.weekday() for d in dates] == [d.weekday() for d in sorted(originals)]
    assert [(d - dates[0]).days for d in dates] == [(d - min(originals)).days for d in originals]
    soon = models.FollowUp.objects.filter(due__gte=today, due__lte=today + timedelta(days=14))
    assert soon.exists()
    assert models.Action.objects.filter(status="open").exists()
    # what the start page shows a member of the group on that day
    reader = authenticate(username="lasare", password=accounts[3].password)
    page = start_page(reader, today)
    assert page.follow_ups and page.groups
    # the closing comments name the shifted date of the meeting that reported them
    comments = set(models.Correction.objects.values_list("note", flat=True))
    assert all(any(str(d) in c for d in dates) for c in comments)


def test_shift_weeks():
    assert shift_weeks([date(2026, 3, 4)], date(2026, 3, 5)) == 0
    assert shift_weeks([date(2026, 3, 4)], date(2026, 3, 4)) == -1  # never today itself
    assert shift_weeks([date(2026, 3, 4)], date(2026, 3, 12)) == 1
    assert shift_weeks([date(2026, 3, 4), date(2025, 1, 1)], date(2026, 11, 29)) == 38

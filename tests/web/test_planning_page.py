"""The planning page of a group: rhythm, cancelled dates, standing items and rotating roles,
read by the group and changed by those who plan its agendas, through the same services as
``anteckna groups rhythm|cancel|standing|rotation``."""

from __future__ import annotations

import re
from datetime import date

import pytest

from anteckna.services.agenda import draft_agenda
from anteckna.services.listing import group_named
from anteckna.services.planning_page import group_members
from anteckna.services.rhythm import cancelled_dates, next_meeting_date, rhythm_of
from anteckna.services.rotation import rotation_state
from anteckna.services.standing import is_configured, standing_items
from anteckna.store import models

RHYTHM = {"op": "rhythm", "weekday": "2", "every_weeks": "2", "times": "13-15",
          "place": "Älgen", "start_from": "2024-06-01", "until": ""}  # fmt: skip


@pytest.fixture
def lg(archive):
    return group_named("LG")


def url(group: models.Group) -> str:
    return f"/groups/{group.pk}/planning"


def people(group: models.Group) -> dict[str, str]:
    """name → the person's pk as the rotation form posts it."""
    return {p.name: str(p.pk) for p in group_members(group)}


def order(group: models.Group, *names: str, holder: str = "") -> dict[str, str]:
    pks = people(group)
    posted = {f"person_{i}": pks[name] for i, name in enumerate(names, start=1)}
    return {"op": "rotation", "role": "chair", **posted, "holder": pks.get(holder, "")}


def every_change(group: models.Group) -> list[dict[str, str]]:
    """One valid post of each form, in an order in which each can be made."""
    return [
        RHYTHM,
        {"op": "cancel", "day": "2024-06-19", "reason": "Studiedag"},
        {"op": "restore", "day": "2024-06-19"},
        {"op": "standing_add", "title": "Nytt från nämnden", "place": "last", "minutes": "10"},
        {"op": "standing_remove", "title": "Utcheckning"},
        {"op": "standing_reset"},
        order(group, "Jonas Wiklund", "Åsa Öberg"),
        {"op": "hand_over", "role": "chair"},
    ]


def nothing_stored(group: models.Group) -> bool:
    return (
        rhythm_of(group) is None
        and not cancelled_dates(group)
        and not is_configured(group)
        and not models.Rotation.objects.filter(group=group).exists()
    )


@pytest.mark.parametrize(
    ("role", "status", "may_edit"),
    [pytest.param("admin", 200, True, id="admin"),
     pytest.param("secretary", 200, True, id="secretary"),
     pytest.param("member", 200, False, id="member"),
     pytest.param("reader", 200, False, id="reader"),
     pytest.param("outsider", 404, False, id="outsider")],
)  # fmt: skip
def test_who_sees_the_page_and_its_forms(as_user, lg, role, status, may_edit):
    response = as_user(role).get(url(lg))
    assert response.status_code == status
    if status != 200:
        return
    html = response.content.decode()
    assert response.context["page"].may_edit is may_edit
    assert "Incheckning" in html and "Utcheckning" in html
    assert ('value="rhythm"' in html) is may_edit
    assert ('value="standing_remove"' in html) is may_edit
    ids = re.findall(r' id="([^"]+)"', html)
    assert len(ids) == len(set(ids)), "each label points at its own field"


@pytest.mark.parametrize(
    ("role", "status"),
    [pytest.param("admin", 302, id="admin"), pytest.param("secretary", 302, id="secretary"),
     pytest.param("member", 403, id="member"), pytest.param("reader", 403, id="reader"),
     pytest.param("outsider", 404, id="outsider")],
)  # fmt: skip
def test_who_may_make_each_change(as_user, lg, role, status):
    client = as_user(role)
    for change in every_change(lg):
        response = client.post(url(lg), change)
        assert response.status_code == status, change["op"]
        if status == 302:
            assert response["Location"] == url(lg)
            assert not [m for m in response.wsgi_request._messages if m.level_tag == "error"]
    if status == 302:
        assert rhythm_of(lg) is not None
        assert rotation_state(lg, "chair").holder == "Jonas Wiklund"
    else:
        assert nothing_stored(lg)


def test_the_forms_need_the_csrf_token(users, lg):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(users["secretary"])
    assert client.post(url(lg), RHYTHM).status_code == 403
    assert nothing_stored(lg)
    token = client.get(url(lg)).context["csrf_token"]
    assert client.post(url(lg), {**RHYTHM, "csrfmiddlewaretoken": token}).status_code == 302
    assert rhythm_of(lg) is not None


def test_a_rhythm_gives_the_next_agenda_date(as_user, lg):
    assert next_meeting_date(lg, date(2024, 6, 1)) is None
    as_user("secretary").post(url(lg), RHYTHM)
    found = rhythm_of(lg)
    assert (found.weekday, found.every_weeks, found.place) == (2, 2, "Älgen")
    assert found.time_text == "13.00–15.00"
    assert next_meeting_date(lg, date(2024, 6, 1)) == date(2024, 6, 5)
    assert next_meeting_date(lg, date(2024, 6, 5)) == date(2024, 6, 19)
    coming = as_user("member").get(url(lg)).context["page"].coming
    assert coming and {day.weekday() for day in coming} == {2}


def test_a_cancelled_date_is_skipped_until_restored(as_user, lg):
    client = as_user("secretary")
    client.post(url(lg), RHYTHM)
    client.post(url(lg), {"op": "cancel", "day": "2024-06-05", "reason": "Studiedag"})
    assert next_meeting_date(lg, date(2024, 6, 1)) == date(2024, 6, 19)
    html = client.get(url(lg)).content.decode()
    assert "2024-06-05 · Studiedag" in html
    client.post(url(lg), {"op": "restore", "day": "2024-06-05"})
    assert next_meeting_date(lg, date(2024, 6, 1)) == date(2024, 6, 5)


def test_standing_items_change_the_draft_agenda(as_user, lg):
    client = as_user("secretary")
    day = date(2024, 5, 28)
    client.post(url(lg), {"op": "standing_add", "title": "Nytt från nämnden", "place": "first",
                          "presenter": "Åsa Öberg", "minutes": "15"})  # fmt: skip
    items = draft_agenda(lg, day).items
    assert [i.title for i in items][:2] == ["Incheckning", "Nytt från nämnden"]
    assert (items[1].presenter, items[1].minutes) == ("Åsa Öberg", 15)
    client.post(url(lg), {"op": "standing_remove", "title": "Utcheckning"})
    assert "Utcheckning" not in [i.title for i in draft_agenda(lg, day).items]
    client.post(url(lg), {"op": "standing_reset"})
    titles = [i.title for i in draft_agenda(lg, day).items]
    assert "Utcheckning" in titles and "Nytt från nämnden" not in titles


def test_a_bad_time_is_shown_and_nothing_is_stored(as_user, lg):
    response = as_user("secretary").post(url(lg), {**RHYTHM, "times": "25-99"})
    assert response.status_code == 200
    form = response.context["rhythm_form"]
    assert list(form.errors) == ["times"]
    assert "25-99" in response.content.decode()
    assert rhythm_of(lg) is None


def test_form_errors_are_in_swedish(as_user, lg):
    response = as_user("secretary").post(url(lg), {**RHYTHM, "start_from": "", "every_weeks": "0"})
    html = response.content.decode()
    assert "Detta fält måste fyllas i." in html
    assert "Kontrollera att detta värde är större än eller lika med 1." in html
    assert rhythm_of(lg) is None


def test_a_bad_standing_item_or_order_stores_nothing(as_user, lg):
    client = as_user("secretary")
    response = client.post(url(lg), {"op": "standing_add", "title": "", "place": "middle"})
    assert set(response.context["standing_form"].errors) == {"title", "place"}
    response = client.post(url(lg), order(lg, "Jonas Wiklund", "Jonas Wiklund"))
    assert response.status_code == 200
    assert response.context["rotation_forms"][0][1].non_field_errors()
    response = client.post(url(lg), order(lg, "Jonas Wiklund", holder="Åsa Öberg"))
    assert "holder" in response.context["rotation_forms"][0][1].errors
    assert client.post(url(lg), {"op": "hand_over", "role": "chair"}).status_code == 302
    assert nothing_stored(lg)
    assert standing_items(lg)[0].title == "Incheckning"


def test_hand_over_moves_the_role_to_the_next(as_user, lg):
    client = as_user("secretary")
    client.post(url(lg), order(lg, "Jonas Wiklund", "Åsa Öberg", "Rune Sjödin", holder="Åsa Öberg"))
    state = rotation_state(lg, "chair")
    assert (state.holder, state.next) == ("Åsa Öberg", ("Rune Sjödin", "Jonas Wiklund"))
    client.post(url(lg), {"op": "hand_over", "role": "chair"})
    assert rotation_state(lg, "chair").holder == "Rune Sjödin"
    client.post(url(lg), {"op": "hand_over", "role": "chair"})
    assert rotation_state(lg, "chair").holder == "Jonas Wiklund"
    form = client.get(url(lg)).context["rotation_forms"][0][1]
    assert form.initial["holder"] == people(lg)["Jonas Wiklund"]


@pytest.mark.parametrize(
    ("role", "linked"),
    [pytest.param("secretary", True, id="secretary"), pytest.param("member", False, id="member")],
)
def test_the_agenda_page_links_here_for_those_who_plan(as_user, lg, role, linked):
    html = as_user(role).get(f"/groups/{lg.pk}/agenda").content.decode()
    assert (f'href="{url(lg)}"' in html) is linked

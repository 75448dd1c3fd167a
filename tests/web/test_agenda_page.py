"""The agenda page: the secretary's draft and edits, the published agenda for the group,
members' requests, overdue follow-ups for chair and secretary, downloads — each role allowed
or refused."""

from __future__ import annotations

import json
from datetime import date

import pytest

from anteckna.services.listing import group_named
from anteckna.store import models

DAY = "2024-05-28"


@pytest.fixture
def today(monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda: date(2024, 5, 20))


def url(group: models.Group, rest: str = "") -> str:
    return f"/groups/{group.pk}/agenda{rest}"


def titles(response) -> list[str]:
    return [item.title for item in response.context["page"].agenda.items]


def edit(client, group, op: str, **fields):
    return client.post(url(group, "/edit"), {"op": op, "date": DAY, **fields})


@pytest.fixture
def lg(archive):
    return group_named("LG")


def test_the_secretary_sees_the_draft_with_presenters_minutes_and_total(as_user, lg, today):
    response = as_user("secretary").get(url(lg, f"?date={DAY}"))
    assert response.status_code == 200
    page = response.context["page"]
    assert page.may_plan and not page.edited
    assert "Verksamhetsplan" in titles(response)
    html = response.content.decode()
    assert "Jonas Wiklund" in html and "<script" not in html.split("<main>")[1]
    assert f"<td>{page.agenda.total_minutes}</td>" in html
    assert 'value="up"' in html and 'value="publish"' in html


@pytest.mark.parametrize("role", ["member", "reader"])
def test_the_group_sees_only_a_published_agenda(as_user, lg, today, role):
    before = as_user(role).get(url(lg, f"?date={DAY}"))
    assert before.status_code == 200 and before.context["page"].agenda is None
    assert 'value="publish"' not in before.content.decode()
    assert as_user(role).get(url(lg, f".json?date={DAY}")).status_code == 404
    assert edit(as_user("secretary"), lg, "publish").status_code == 302
    after = as_user(role).get(url(lg, f"?date={DAY}"))
    assert "Verksamhetsplan" in titles(after)
    data = json.loads(as_user(role).get(url(lg, f".json?date={DAY}")).content)
    assert data["date"] == DAY and any(i["kind"] == "follow_up" for i in data["items"])


def test_an_outsider_gets_404_everywhere(as_user, lg, today):
    client = as_user("outsider")
    assert client.get(url(lg)).status_code == 404
    assert edit(client, lg, "publish").status_code == 404
    assert client.post(url(lg, "/request"), {"date": DAY, "title": "X"}).status_code == 404
    assert client.get(url(lg, f".json?date={DAY}")).status_code == 404


@pytest.mark.parametrize(
    ("role", "status"),
    [pytest.param("admin", 302, id="admin"), pytest.param("secretary", 302, id="secretary"),
     pytest.param("member", 403, id="member"), pytest.param("reader", 403, id="reader")],
)  # fmt: skip
def test_who_may_edit(as_user, lg, today, role, status):
    assert edit(as_user(role), lg, "remove", index="0").status_code == status
    assert models.PlannedAgenda.objects.exists() is (status == 302)


def test_reorder_add_remove_publish_and_discard(as_user, lg, today):
    client = as_user("secretary")
    first = titles(client.get(url(lg, f"?date={DAY}")))
    edit(client, lg, "down", index="0")
    moved = titles(client.get(url(lg, f"?date={DAY}")))
    assert moved[:2] == [first[1], first[0]]
    edit(client, lg, "add", title="Budget 2025", presenter="Åsa", minutes="20")
    edit(client, lg, "remove", index=str(len(moved)))  # the last, one more after the add
    shown = client.get(url(lg, f"?date={DAY}"))
    assert "Budget 2025" in titles(shown) and titles(shown)[-1] != first[-1]
    assert shown.context["page"].edited
    bad = edit(client, lg, "add", title=" ", minutes="x")
    assert bad.status_code == 302
    assert "rubrik: en punkt behöver en rubrik" in client.get(bad.url).content.decode()
    edit(client, lg, "publish")
    member = as_user("member").get(url(lg, f"?date={DAY}"))
    assert "Budget 2025" in titles(member)
    edit(client, lg, "discard")
    assert as_user("member").get(url(lg, f"?date={DAY}")).context["page"].agenda is None


def test_a_refused_change_is_told_in_the_language_of_the_page(as_user, lg, today):
    client = as_user("secretary")
    refused = edit(client, lg, "add", title="Budget", minutes="x")
    assert "minuter: &#x27;x&#x27; är inte ett helt antal minuter" in (
        client.get(refused.url).content.decode()
    )
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    refused = edit(client, lg, "add", title="Budget", minutes="x")
    assert "minutes: &#x27;x&#x27; is not a whole number of minutes" in (
        client.get(refused.url).content.decode()
    )


@pytest.mark.parametrize(
    ("role", "status"),
    [pytest.param("member", 302, id="member"), pytest.param("secretary", 302, id="secretary"),
     pytest.param("reader", 403, id="reader")],
)  # fmt: skip
def test_who_may_ask_for_an_item(as_user, lg, today, role, status):
    asked = {"date": DAY, "title": "Sommarschema", "minutes": "15"}
    response = as_user(role).post(url(lg, "/request"), asked)
    assert response.status_code == status
    assert models.RequestedItem.objects.filter(title="Sommarschema").exists() is (status == 302)
    if status == 302:
        assert "Sommarschema" in titles(as_user("secretary").get(url(lg, f"?date={DAY}")))


def test_the_request_form_is_shown_to_members_not_readers(as_user, lg, today):
    form = f'action="{url(lg, "/request")}"'
    assert form in as_user("member").get(url(lg, f"?date={DAY}")).content.decode()
    assert form not in as_user("reader").get(url(lg, f"?date={DAY}")).content.decode()
    assert as_user("reader").get(url(lg, f"?date={DAY}")).context["page"].may_request is False


def test_overdue_follow_ups_for_the_secretary_and_the_chair_only(as_user, lg, monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda: date(2024, 6, 20))
    secretary = as_user("secretary").get(url(lg)).context["page"]
    assert [s.follow_up.item.title for s in secretary.overdue] == ["Verksamhetsplan"]
    assert as_user("member").get(url(lg)).context["page"].overdue is None
    from anteckna.services.rotation import hand_over, set_rotation

    set_rotation(lg, "chair", ["Jonas Wiklund", "Åsa Öberg"])
    hand_over(lg, "chair")
    chair = as_user("member").get(url(lg))
    assert [s.follow_up.item.title for s in chair.context["page"].overdue] == ["Verksamhetsplan"]
    assert "Jonas Wiklund" in chair.content.decode()  # the rotation: who holds the chair


@pytest.mark.parametrize("fmt", ["md", "docx", "pdf"])
def test_documents_for_download(as_user, lg, today, fmt):
    response = as_user("secretary").get(url(lg, f".{fmt}?date={DAY}"))
    assert response.status_code == 200
    assert f"dagordning-{DAY}.{fmt}" in response["Content-Disposition"]


def test_a_cancelled_date_and_a_bad_date(as_user, lg, today):
    from anteckna.services.rhythm import cancel_meeting

    cancel_meeting(lg, date(2024, 5, 28))
    page = as_user("secretary").get(url(lg, f"?date={DAY}")).context["page"]
    assert page.agenda is None and page.problem == "2024-05-28: mötet i LG den dagen är inställt"
    bad = as_user("secretary").get(url(lg, "?date=tomorrow"))
    assert bad.status_code == 200
    assert "”tomorrow” är inte ett datum (ÅÅÅÅ-MM-DD)." in bad.content.decode(), "in Swedish"

"""The actions register (filters, marking done or cancelled) and the decisions register."""

from __future__ import annotations

from datetime import date

import pytest
from django.test import Client

from anteckna.store import models


def texts(response) -> list[str]:
    return [action.text for action in response.context["page"].object_list]


def action(text: str) -> models.Action:
    return models.Action.objects.get(text=text)


def test_the_register_holds_only_visible_actions(as_user, archive):
    assert sorted(texts(as_user("reader").get("/actions/"))) == [
        "Jonas skickar ut planen.", "Åsa bokar lokal.",
    ]  # fmt: skip
    assert texts(as_user("outsider").get("/actions/")) == ["Berit ringer."]
    assert len(texts(as_user("admin").get("/actions/"))) == 3  # and Berit's


def test_filters_by_group_owner_status_and_due(as_user, archive, monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda: date(2024, 6, 1))
    client = as_user("admin")
    sg = models.Group.objects.get(name="Styrgruppen")
    jonas = models.Person.objects.get(name="Jonas Wiklund")
    assert texts(client.get(f"/actions/?group={sg.pk}")) == ["Berit ringer."]
    assert texts(client.get(f"/actions/?owner={jonas.pk}")) == ["Jonas skickar ut planen."]
    assert texts(client.get("/actions/?due=overdue")) == ["Jonas skickar ut planen."]
    assert "Jonas skickar ut planen." not in texts(client.get("/actions/?due=none"))
    assert texts(client.get("/actions/?status=done")) == []
    overdue = client.get("/actions/?due=overdue").content.decode()
    assert "försenad" in overdue
    assert "<th>Åtgärd</th>" in overdue  # ours, not the admin's "Action" (Händelse)


def test_a_bad_filter_says_so_and_shows_everything(as_user, archive):
    response = as_user("admin").get("/actions/?status=maybe")
    assert response.status_code == 200
    assert "det finns ingen status &#x27;maybe&#x27;" in response.content.decode()
    assert len(texts(response)) == 3


def test_a_bad_filter_is_told_in_the_language_of_the_page(as_user, archive):
    client = as_user("admin")
    swedish = client.get("/actions/?status=x").content.decode()
    assert "det finns ingen status &#x27;x&#x27; (välj en av open, done, cancelled)" in swedish
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    english = client.get("/actions/?status=x").content.decode()
    assert "no status &#x27;x&#x27; (one of open, done, cancelled)" in english
    assert "det finns ingen" not in english


def post_status(client: Client, pk: int, status: str = "done", comment: str = "Klart."):
    return client.post(f"/actions/{pk}/status", {"status": status, "comment": comment,
                                                 "next": "/actions/"})  # fmt: skip


def test_an_owner_marks_their_action_done_with_a_comment(as_user, archive, users):
    own = action("Jonas skickar ut planen.")
    client = as_user("member")
    response = post_status(client, own.pk)
    assert response.status_code == 302 and response.url == "/actions/"
    own.refresh_from_db()
    assert own.status == "done"
    correction = models.Correction.objects.get(field="status")
    assert (correction.user, correction.note, correction.new_value) == (
        users["member"], "Klart.", "done",
    )  # fmt: skip
    page = client.get("/actions/")
    assert "Åtgärden är nu markerad som ”klar”." in page.content.decode()


@pytest.mark.parametrize(
    ("role", "text", "status"),
    [
        pytest.param("admin", "Berit ringer.", 302, id="admin_any"),
        pytest.param("secretary", "Åsa bokar lokal.", 302, id="secretary_in_group"),
        pytest.param("secretary", "Berit ringer.", 404, id="secretary_other_group"),
        pytest.param("member", "Åsa bokar lokal.", 403, id="member_not_owner"),
        pytest.param("reader", "Åsa bokar lokal.", 403, id="reader"),
        pytest.param("outsider", "Åsa bokar lokal.", 404, id="outsider"),
    ],
)
def test_who_may_change_which_action(as_user, archive, role, text, status):
    target = action(text)
    assert post_status(as_user(role), target.pk, "cancelled").status_code == status
    target.refresh_from_db()
    assert target.status == ("cancelled" if status == 302 else "open")


def test_marking_needs_post_and_the_csrf_token(users, archive):
    target = action("Åsa bokar lokal.")
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(users["admin"])
    assert strict.get(f"/actions/{target.pk}/status").status_code == 405
    assert post_status(strict, target.pk).status_code == 403
    target.refresh_from_db()
    assert target.status == "open"


def test_a_bad_status_is_a_message_not_a_change(as_user, archive):
    target = action("Åsa bokar lokal.")
    client = as_user("admin")
    post_status(client, target.pk, "maybe")
    assert "&#x27;maybe&#x27;: måste vara en av" in client.get("/actions/").content.decode()
    target.refresh_from_db()
    assert target.status == "open"


def test_next_cannot_send_anyone_elsewhere(as_user, archive):
    target = action("Åsa bokar lokal.")
    response = as_user("admin").post(
        f"/actions/{target.pk}/status", {"status": "done", "next": "https://example.org/"}
    )
    assert response.url == "/actions/"


@pytest.mark.parametrize("role", ["admin", "secretary", "member", "reader"])
def test_the_decisions_register_for_lg(as_user, archive, role):
    response = as_user(role).get("/decisions/")
    found = [d.text for d in response.context["page"].object_list]
    assert "Planen fastställs." in found
    assert ("Budgeten godkänns." in found) == (role == "admin")


def test_the_decisions_register_for_another_group(as_user, archive):
    found = [d.text for d in as_user("outsider").get("/decisions/").context["page"].object_list]
    assert found == ["Budgeten godkänns."]


def test_decisions_are_found_in_every_form_of_a_word(as_user, archive):
    client = as_user("admin")
    found = [d.text for d in client.get("/decisions/?q=planer").context["page"].object_list]
    assert found == ["Planen fastställs."]
    assert client.get("/decisions/?q=budget").context["page"].object_list[0].text == (
        "Budgeten godkänns."
    )
    sg_only = as_user("outsider").get("/decisions/?q=planen").context["page"].object_list
    assert list(sg_only) == []


def test_decisions_by_year(as_user, archive):
    client = as_user("reader")
    assert client.get("/decisions/").context["years"] == [2024]
    assert list(client.get("/decisions/?year=2023").context["page"].object_list) == []

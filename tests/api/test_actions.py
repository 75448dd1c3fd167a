"""``/api/actions``: the register per role with its filters, and setting a status."""

from __future__ import annotations

from datetime import date

import pytest
from tests.web.conftest import LG_ROLES

from anteckna.store import models

LG_ACTIONS = ["Jonas skickar ut planen.", "Åsa bokar lokal."]


def texts(response) -> list[str]:
    return [row["text"] for row in response.json()["items"]]


def action_id(text: str) -> int:
    return models.Action.objects.get(text=text).pk


@pytest.mark.parametrize("role", LG_ROLES)
def test_the_register_per_role(call, role):
    found = sorted(texts(call(role, "GET", "/api/actions")))
    assert found == sorted([*LG_ACTIONS, "Berit ringer."] if role == "admin" else LG_ACTIONS)


def test_the_outsider_sees_their_groups_action(call):
    assert texts(call("outsider", "GET", "/api/actions")) == ["Berit ringer."]


def test_filters(call, monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda: date(2024, 6, 1))
    jonas = models.Person.objects.get(name="Jonas Wiklund").pk
    assert texts(call("admin", "GET", "/api/actions?group=Styrgruppen")) == ["Berit ringer."]
    assert texts(call("admin", "GET", f"/api/actions?owner={jonas}")) == [LG_ACTIONS[0]]
    overdue = call("admin", "GET", "/api/actions?due=overdue").json()["items"]
    assert [(row["text"], row["overdue"]) for row in overdue] == [(LG_ACTIONS[0], True)]
    assert texts(call("admin", "GET", "/api/actions?status=done")) == []
    assert len(texts(call("admin", "GET", "/api/actions?due=none&limit=1"))) == 1


@pytest.mark.parametrize(
    ("query", "status"),
    [("status=maybe", 422), ("due=later", 422), ("owner=x", 422), ("group=SG2", 400)],
)
def test_bad_filters(call, query, status):
    response = call("admin", "GET", f"/api/actions?{query}")
    assert response.status_code == status and response.json()["detail"]


@pytest.mark.parametrize(
    ("role", "text", "status"),
    [
        pytest.param("admin", "Berit ringer.", 200, id="admin_any"),
        pytest.param("secretary", "Jonas skickar ut planen.", 200, id="secretary_seen"),
        pytest.param("member", "Jonas skickar ut planen.", 200, id="member_own"),
        pytest.param("member", "Åsa bokar lokal.", 403, id="member_others"),
        pytest.param("reader", "Jonas skickar ut planen.", 403, id="reader"),
        pytest.param("outsider", "Jonas skickar ut planen.", 404, id="outsider"),
        pytest.param("secretary", "Berit ringer.", 404, id="secretary_other_group"),
    ],
)
def test_who_may_set_a_status(call, users, role, text, status):
    pk = action_id(text)
    response = call(role, "PATCH", f"/api/actions/{pk}", {"status": "done", "comment": " Klart. "})
    assert response.status_code == status, response.content
    stored = models.Action.objects.get(pk=pk)
    if status == 200:
        assert response.json()["status"] == stored.status == "done"
        correction = models.Correction.objects.get(field="status")
        assert (correction.user, correction.note, correction.new_value) == (
            users[role], "Klart.", "done")  # fmt: skip
    else:
        assert stored.status == "open" and not models.Correction.objects.exists()
        assert response.json()["detail"]


def test_an_action_can_be_opened_again(call):
    pk = action_id(LG_ACTIONS[0])
    call("member", "PATCH", f"/api/actions/{pk}", {"status": "cancelled"})
    response = call("member", "PATCH", f"/api/actions/{pk}", {"status": "open"})
    assert response.json()["status"] == "open"
    assert models.Correction.objects.count() == 2


@pytest.mark.parametrize(
    "body",
    [{"status": "finished"}, {}, {"status": "done", "comment": "x" * 2001}, "not json"],
    ids=["unknown_status", "no_status", "long_comment", "not_an_object"],
)
def test_a_bad_body_is_422(call, body):
    response = call("admin", "PATCH", f"/api/actions/{action_id(LG_ACTIONS[0])}", body)
    assert response.status_code == 422 and response.json()["detail"]
    assert not models.Correction.objects.exists()


def test_a_missing_action_is_404(call):
    assert call("admin", "PATCH", "/api/actions/999999", {"status": "done"}).status_code == 404

"""``/api/people``: who each role may look up, counted only in the meetings it sees."""

from __future__ import annotations

import pytest
from tests.web.conftest import LG_ROLES

from anteckna.store import models

LG_PEOPLE = ["Jonas Wiklund", "Rune Sjödin", "Åsa Öberg"]


def person_id(name: str) -> int:
    return models.Person.objects.get(name=name).pk


@pytest.mark.parametrize("role", LG_ROLES)
def test_lgs_people_for_lgs_roles(call, role):
    body = call(role, "GET", "/api/people").json()
    names = [row["name"] for row in body["items"]]
    expected = sorted([*LG_PEOPLE, "Berit Alm"]) if role == "admin" else LG_PEOPLE
    assert names == expected and body["count"] == len(expected)
    jonas = next(row for row in body["items"] if row["name"] == "Jonas Wiklund")
    assert jonas == {"id": person_id("Jonas Wiklund"), "name": "Jonas Wiklund",
                     "groups": ["LG"], "present": 2, "absent": 0, "open_actions": 1,
                     "rate": 100}  # fmt: skip


def test_the_outsider_sees_only_their_group(call):
    body = call("outsider", "GET", "/api/people").json()
    assert [(row["name"], row["groups"]) for row in body["items"]] == [
        ("Berit Alm", ["Styrgruppen"])]  # fmt: skip


def test_the_window(call):
    page = call("admin", "GET", "/api/people?limit=2&offset=1").json()
    assert page["count"] == 4
    assert [row["name"] for row in page["items"]] == ["Jonas Wiklund", "Rune Sjödin"]


@pytest.mark.parametrize("role", LG_ROLES)
def test_a_persons_page(call, role):
    response = call(role, "GET", f"/api/people/{person_id('Jonas Wiklund')}")
    assert response.status_code == 200
    person = response.json()
    assert (person["name"], person["present"], person["groups"]) == ("Jonas Wiklund", 2, ["LG"])
    assert [row["date"] for row in person["attendance"]] == ["2024-05-28", "2024-05-14"]
    assert [(p["item"], p["title"]) for p in person["presented"]] == [("1", "Verksamhetsplan")]
    [action] = person["actions"]
    assert (action["text"], action["status"], action["overdue"]) == (
        "Jonas skickar ut planen.", "open", True)  # fmt: skip
    assert action["can_update"] is (role != "reader")


def test_someone_the_user_may_not_look_up_is_404(call):
    assert call("outsider", "GET", f"/api/people/{person_id('Jonas Wiklund')}").status_code == 404
    assert call("admin", "GET", "/api/people/999999").json() == {"detail": "not found"}
    assert call("outsider", "GET", f"/api/people/{person_id('Berit Alm')}").status_code == 200

"""``/api/meetings``: the listing, one meeting whole and its items, as each role sees them."""

from __future__ import annotations

import pytest
from tests.web.conftest import LG_ROLES

SUMMARY = {"id", "date", "groups", "title", "source", "participants", "items", "decisions",
           "actions"}  # fmt: skip


def dates(response) -> list[str]:
    return [row["date"] for row in response.json()["items"]]


@pytest.mark.parametrize("role", LG_ROLES)
def test_lgs_roles_list_lgs_meetings_only_admin_more(call, role):
    response = call(role, "GET", "/api/meetings")
    assert response.status_code == 200
    body = response.json()
    expected = 3 if role == "admin" else 2
    assert body["count"] == expected and len(body["items"]) == expected
    first = body["items"][0]
    assert set(first) == SUMMARY
    assert first == {**first, "date": "2024-05-14", "groups": ["LG"], "source": "lg_2024-05-14.txt",
                     "participants": 2, "items": 1, "decisions": 1, "actions": 2}  # fmt: skip


def test_the_outsider_lists_only_their_groups_meeting(call, archive):
    body = call("outsider", "GET", "/api/meetings").json()
    assert [row["id"] for row in body["items"]] == [archive["sg"].pk]


def test_filters_and_window(call):
    assert dates(call("admin", "GET", "/api/meetings?group=Styrgruppen")) == ["2024-05-14"]
    assert dates(call("admin", "GET", "/api/meetings?group=LG&from=2024-05-20")) == ["2024-05-28"]
    assert dates(call("admin", "GET", "/api/meetings?to=2024-05-20")) == ["2024-05-14"] * 2
    page = call("admin", "GET", "/api/meetings?limit=1&offset=2").json()
    assert page["count"] == 3 and dates_of(page) == ["2024-05-28"]


def dates_of(page: dict) -> list[str]:
    return [row["date"] for row in page["items"]]


def test_a_group_by_id_works(call, archive):
    sg = archive["sg"].groups.get()
    assert len(call("admin", "GET", f"/api/meetings?group={sg.pk}").json()["items"]) == 1


@pytest.mark.parametrize(
    ("role", "query", "status", "detail"),
    [
        pytest.param("outsider", "group=LG", 400, "no group 'LG' among the groups you see",
                     id="other_groups_name"),
        pytest.param("admin", "group=Nope", 400, "no group 'Nope'", id="unknown_group"),
        pytest.param("admin", "from=14/5", 422, "query.from: a date is written YYYY-MM-DD",
                     id="date_format"),
        pytest.param("admin", "to=2024-02-30", 422, "query.to:", id="no_such_day"),
        pytest.param("admin", "limit=0", 422, "query.limit:", id="limit_zero"),
        pytest.param("admin", "offset=-1", 422, "query.offset:", id="negative_offset"),
    ],
)  # fmt: skip
def test_bad_filters_are_refused_with_a_detail(call, role, query, status, detail):
    response = call(role, "GET", f"/api/meetings?{query}")
    assert response.status_code == status
    assert detail in response.json()["detail"]


@pytest.mark.parametrize("role", LG_ROLES)
def test_a_meeting_whole_for_each_lg_role(call, archive, role):
    response = call(role, "GET", f"/api/meetings/{archive['lg'].pk}")
    assert response.status_code == 200
    meeting = response.json()
    assert (meeting["date"], meeting["groups"], meeting["source"]) == (
        "2024-05-14", ["LG"], "lg_2024-05-14.txt")  # fmt: skip
    assert [(p["name"], p["status"], p["note"]) for p in meeting["participants"]] == [
        ("Jonas Wiklund", "present", None),
        ("Åsa Öberg", "remote", "via Teams"),
        ("Rune Sjödin", "absent", None),
    ]
    assert {"from", "to", "person", "group", "role"} <= set(meeting["participants"][0])
    [item] = meeting["items"]
    assert (item["number"], item["title"], item["presenters"]) == (
        "1", "Verksamhetsplan", ["Jonas Wiklund"])  # fmt: skip
    assert [d["text"] for d in item["decisions"]] == ["Planen fastställs."]
    assert [f["relative"] for f in item["follow_ups"]] == ["om två veckor"]
    assert [(e["title"], e["start"]) for e in item["events"]] == [("Konferens", "2024-09-01")]
    owned, booking = item["actions"]
    assert (owned["text"], owned["owners"], owned["due"]) == (
        "Jonas skickar ut planen.", ["Jonas"], "2024-05-20")  # fmt: skip
    may_update = {"admin": True, "secretary": True, "member": True, "reader": False}[role]
    assert owned["can_update"] is may_update
    assert booking["can_update"] is (role in ("admin", "secretary"))
    assert meeting["warnings"] == ["'Maria' could mean Maria Ek or Maria Lund; left unresolved"]


@pytest.mark.parametrize("path", ["/api/meetings/{}", "/api/meetings/{}/items"])
def test_another_groups_meeting_is_404_like_a_missing_one(call, archive, path):
    hidden = call("outsider", "GET", path.format(archive["lg"].pk))
    missing = call("admin", "GET", path.format(999_999))
    assert hidden.status_code == missing.status_code == 404
    assert hidden.json() == missing.json() == {"detail": "not found"}
    assert call("outsider", "GET", path.format(archive["sg"].pk)).status_code == 200


@pytest.mark.parametrize("role", [*LG_ROLES])
def test_a_meetings_items(call, archive, role):
    response = call(role, "GET", f"/api/meetings/{archive['lg_next'].pk}/items")
    assert response.status_code == 200
    assert [(i["title"], i["actions"]) for i in response.json()] == [("Budget", [])]


def test_a_meeting_id_that_is_not_a_number_is_422(call):
    assert call("admin", "GET", "/api/meetings/abc").status_code == 422

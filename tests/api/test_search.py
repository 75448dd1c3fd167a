"""``/api/search``: the archive's search, only over the meetings the caller sees."""

from __future__ import annotations

import pytest
from tests.web.conftest import LG_ROLES

HIT = {"meeting", "date", "groups", "item", "title", "kind", "snippet", "source"}


def kinds(response) -> list[tuple[str, str]]:
    return [(hit["kind"], hit["snippet"]) for hit in response.json()]


@pytest.mark.parametrize("role", LG_ROLES)
def test_lgs_roles_find_lgs_notes(call, archive, role):
    response = call(role, "GET", "/api/search?q=planen")
    assert response.status_code == 200
    hits = response.json()
    assert {hit["meeting"] for hit in hits} == {archive["lg"].pk}
    assert set(hits[0]) == HIT
    assert ("decision", "[Planen] fastställs.") in kinds(response)


def test_nobody_finds_another_groups_notes(call):
    assert call("outsider", "GET", "/api/search?q=planen").json() == []
    assert kinds(call("outsider", "GET", "/api/search?q=godkänns")) == [
        ("decision", "Budgeten [godkänns].")]  # fmt: skip
    assert call("member", "GET", "/api/search?q=godkänns").json() == []
    assert kinds(call("admin", "GET", "/api/search?q=godkänns")) == [
        ("decision", "Budgeten [godkänns].")]  # fmt: skip


def test_filters(call):
    assert kinds(call("admin", "GET", "/api/search?q=planen&kind=action")) == [
        ("action", "Jonas skickar ut [planen].")]  # fmt: skip
    assert call("admin", "GET", "/api/search?q=planen&group=Styrgruppen").json() == []
    assert len(call("admin", "GET", "/api/search?q=planen&group=LG").json()) == 2
    assert len(call("admin", "GET", "/api/search?q=planen&person=Jonas").json()) >= 1
    assert call("admin", "GET", "/api/search?q=planen&from=2024-06-01").json() == []
    assert len(call("admin", "GET", "/api/search?q=planen&to=2024-06-01&limit=1").json()) == 1


@pytest.mark.parametrize(
    ("query", "status", "detail"),
    [
        ("", 422, "query.q:"),
        ("q=", 422, "query.q:"),
        ("q=*", 400, "nothing to search for"),
        ("q=planen&kind=person", 422, "query.kind:"),
        ("q=planen&limit=101", 422, "query.limit:"),
        ("q=planen&group=LG", 400, "no group 'LG'"),
        ("q=plan%00en", 422, "query.q: must not hold a NUL character"),
    ],
    ids=["no_q", "empty_q", "nothing_to_search", "kind", "limit", "invisible_group", "nul"],
)
def test_bad_queries(call, query, status, detail):
    response = call("outsider", "GET", f"/api/search?{query}")
    assert response.status_code == status
    assert detail in response.json()["detail"]


def test_a_refusal_is_english_though_the_pages_default_to_swedish(call):
    """A request without a chosen language gets Swedish pages (``LanguageMiddleware`` runs for
    the API too); the API is a contract with programs and answers in English."""
    response = call("reader", "GET", "/api/search?q=a*")
    assert response.status_code == 400
    assert response.json() == {"detail": "a*: a prefix needs at least 2 letters"}

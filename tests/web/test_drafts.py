"""Taking notes in the browser without a browser: the pages, the autosave endpoint, each role
allowed and refused, CSRF, and the 409 on a stale revision (the archive of ``conftest``: the
secretary Åsa Öberg writes LG's minutes, Jonas Wiklund, a member, is made the chair)."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date

import pytest
from django.test import Client

from anteckna.services import drafts
from anteckna.store import models

DAY = date(2024, 6, 11)


@pytest.fixture
def as_user(as_user):
    """The conftest's logins, reading the pages in English: the assertions below name the
    msgids, whatever the Swedish catalogue holds."""

    def make(name: str) -> Client:
        client = as_user(name)
        client.cookies["django_language"] = "en"
        return client

    return make


@pytest.fixture
def lg(archive):
    return archive["lg"].groups.get()


@pytest.fixture
def draft(lg, users):
    return drafts.open_draft(users["secretary"], lg.pk, DAY)


def form_of(content: dict, saw: int, **changes: str) -> dict:
    """The note-taking form's fields for ``content`` on revision ``saw``, as the page posts
    them."""
    fields: dict = {"revision": str(saw), "title": content["title"]}
    fields["chair"] = content["chair"] or ""
    fields["secretary"] = content["secretary"] or ""
    for i, a in enumerate(content["attendance"]):
        fields |= {f"att-{i}-name": a["name"], f"att-{i}-person": str(a["person"] or "")}
        fields |= {f"att-{i}-status": a["status"]}
    for n, item in enumerate(content["items"]):
        fields |= {f"item-{n}-title": item["title"], f"item-{n}-text": item["text"]}
        for j, text in enumerate(item["decisions"]):
            fields[f"item-{n}-decision-{j}-text"] = text
        for j, action in enumerate(item["actions"]):
            fields[f"item-{n}-action-{j}-text"] = action["text"]
            fields[f"item-{n}-action-{j}-owners"] = action["owners"]
            fields[f"item-{n}-action-{j}-due"] = action["due"] or ""
    return fields | changes


def written(draft, **changes) -> dict:
    """The draft's form with Jonas as chair and text in the second item."""
    base = {"chair": "Jonas Wiklund", "item-1-text": "Jonas redogör.",
            "item-1-decision-0-text": "Planen gäller."}  # fmt: skip
    return form_of(draft.content, draft.revision, **(base | changes))


def test_the_secretary_takes_notes_from_the_agenda(as_user, lg):
    client = as_user("secretary")
    page = client.get("/notes/").content.decode()
    assert "Take notes" in page and "Incheckning" in page
    response = client.post("/notes/open", {"group": lg.pk, "date": DAY.isoformat()})
    created = models.Draft.objects.get()
    assert response.status_code == 302 and response.url == f"/notes/{created.pk}/"
    assert client.post("/notes/open", {"group": lg.pk, "date": DAY.isoformat()}).url == (
        response.url
    )  # the same meeting again opens the same draft


@pytest.mark.parametrize(
    ("who", "status"),
    [
        pytest.param("admin", 302, id="administrator"),
        pytest.param("member", 403, id="member"),
        pytest.param("reader", 403, id="reader"),
        pytest.param("outsider", 404, id="other_group"),
    ],
)
def test_who_may_open_a_draft(as_user, lg, who, status):
    response = as_user(who).post("/notes/open", {"group": lg.pk, "date": DAY.isoformat()})
    assert response.status_code == status


def test_the_note_taking_page_is_prefilled_and_has_no_inline_script(as_user, draft):
    response = as_user("secretary").get(f"/notes/{draft.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "'self'" in response.headers["Content-Security-Policy"]
    for name in ("Jonas Wiklund", "Åsa Öberg", "Rune Sjödin"):
        assert f'value="{name}"' in html
    assert html.count("<textarea") == len(draft.content["items"]) + 1  # and a new item
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/anteckna/drafts.js" defer>']
    assert not re.findall(r"<[^>]+ on[a-z]+=", html)  # no inline event handlers
    assert "style=" not in html and "<style" not in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert f'name="revision" value="{draft.revision}"' in html


def test_the_plain_form_saves_and_refuses_a_stale_revision(as_user, draft):
    client = as_user("secretary")
    response = client.post(f"/notes/{draft.pk}/", written(draft))
    assert response.status_code == 302
    saved = models.Draft.objects.get(pk=draft.pk)
    assert saved.revision == 2 and saved.content["items"][1]["decisions"] == ["Planen gäller."]
    stale = client.post(f"/notes/{draft.pk}/", written(draft, **{"item-1-text": "Min text."}))
    assert stale.status_code == 409
    html = stale.content.decode()
    assert "Min text." in html  # what she wrote is on the page to save again
    assert "Åsa Öberg saved these notes while you were writing" in html
    assert f'name="revision" value="{saved.revision}"' in html
    assert models.Draft.objects.get(pk=draft.pk).content == saved.content


def test_autosave_answers_json_and_409_on_a_stale_revision(as_user, draft):
    client = as_user("secretary")
    first = client.post(f"/notes/{draft.pk}/autosave", written(draft))
    assert first.status_code == 200
    assert first.json()["revision"] == 2 and first.json()["status"] == "draft"
    other = as_user("admin").post(
        f"/notes/{draft.pk}/autosave", written(draft, **{"item-1-text": "Adminens text."})
    )
    assert other.status_code == 409
    body = other.json()
    assert body["error"] == "conflict" and body["revision"] == 2
    assert body["content"]["items"][1]["text"] == "Jonas redogör."
    assert body["saved_by"] == "Åsa Öberg"
    retried = as_user("admin").post(
        f"/notes/{draft.pk}/autosave",
        written(draft, revision="2", **{"item-1-text": "Adminens text."}),
    )
    assert retried.status_code == 200 and retried.json()["revision"] == 3


def test_autosave_names_a_wrong_value(as_user, draft):
    response = as_user("secretary").post(
        f"/notes/{draft.pk}/autosave", written(draft, **{"att-0-status": "sent"})
    )
    assert response.status_code == 400
    assert "unknown attendance 'sent'" in response.json()["message"]
    assert models.Draft.objects.get(pk=draft.pk).revision == 1


@pytest.mark.parametrize(
    ("who", "status"),
    [
        pytest.param("member", 403, id="chair_member"),
        pytest.param("reader", 404, id="reader"),
        pytest.param("outsider", 404, id="other_group"),
    ],
)
def test_autosave_is_for_those_who_write(as_user, draft, users, who, status):
    drafts.save_draft(users["secretary"], draft.pk, _with_chair(draft), draft.revision)
    fresh = models.Draft.objects.get(pk=draft.pk)
    response = as_user(who).post(f"/notes/{draft.pk}/autosave", written(fresh))
    assert response.status_code == status


def test_autosave_needs_the_csrf_token(users, draft):
    client = Client(enforce_csrf_checks=True)
    client.force_login(users["secretary"])
    assert client.post(f"/notes/{draft.pk}/autosave", written(draft)).status_code == 403
    page = client.get(f"/notes/{draft.pk}/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1]
    response = client.post(f"/notes/{draft.pk}/autosave", written(draft, csrfmiddlewaretoken=token))
    assert response.status_code == 200


def test_finish_ready_approve_and_a_new_version(as_user, draft):
    secretary, chair = as_user("secretary"), as_user("member")
    secretary.post(f"/notes/{draft.pk}/", written(draft))
    page = secretary.get(f"/notes/{draft.pk}/finish/").content.decode()
    assert "“Incheckning” has no text." in page
    refused = chair.post(f"/notes/{draft.pk}/finish/", {"step": "ready", "revision": 2})
    assert refused.status_code == 403
    secretary.post(f"/notes/{draft.pk}/finish/", {"step": "ready", "revision": 2})
    assert models.Draft.objects.get(pk=draft.pk).status == "ready"
    own = secretary.post(f"/notes/{draft.pk}/finish/", {"step": "approve", "revision": 2})
    assert own.status_code == 403  # the author does not approve her own minutes
    assert as_user("reader").get(f"/notes/{draft.pk}/finish/").status_code == 404
    approved = chair.post(f"/notes/{draft.pk}/finish/", {"step": "approve", "revision": 2})
    assert approved.status_code == 302
    stored = models.Draft.objects.get(pk=draft.pk)
    assert stored.status == "approved" and stored.meeting_id
    meeting = as_user("reader").get(f"/meetings/{stored.meeting_id}/").content.decode()
    assert "Planen gäller." in meeting and "Jonas redogör." in meeting
    assert secretary.get(f"/notes/{draft.pk}/").status_code == 302  # locked
    locked = secretary.post(f"/notes/{draft.pk}/autosave", written(stored))
    assert locked.status_code == 409 and locked.json()["error"] == "locked"
    reopened = secretary.post(
        f"/notes/{draft.pk}/finish/", {"step": "reopen", "revision": stored.revision}
    )
    assert reopened.status_code == 302 and reopened.url == f"/notes/{draft.pk}/"
    assert models.Draft.objects.get(pk=draft.pk).version == 2
    history = secretary.get(f"/notes/{draft.pk}/finish/").content.decode()
    assert "approved" in history and "new version started" in history


def test_the_menu_shows_notes_to_those_who_take_them(as_user, draft):
    assert "/notes/" in as_user("secretary").get("/").content.decode()
    assert "/notes/" not in as_user("member").get("/").content.decode()


def test_the_json_state_is_json(as_user, draft):
    response = as_user("secretary").post(f"/notes/{draft.pk}/autosave", written(draft))
    assert response.headers["Content-Type"] == "application/json"
    assert json.loads(response.content)["content"]["chair"] == "Jonas Wiklund"


def _with_chair(draft) -> drafts.Content:
    return replace(drafts.from_dict(draft.content), chair="Jonas Wiklund")

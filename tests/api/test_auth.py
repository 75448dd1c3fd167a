"""Who may call the API: a bearer token or the web login, nobody else; the OpenAPI is public."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from django.contrib.auth import get_user_model
from django.test import Client

from anteckna.cli import cli
from anteckna.services.accounts import AccountError, create_token_for, token_digest
from anteckna.store import models

ENDPOINTS = [
    ("GET", "/api/meetings"),
    ("GET", "/api/meetings/1"),
    ("GET", "/api/meetings/1/items"),
    ("GET", "/api/people"),
    ("GET", "/api/people/1"),
    ("GET", "/api/actions"),
    ("PATCH", "/api/actions/1"),
    ("GET", "/api/search?q=planen"),
]


@pytest.mark.parametrize(("method", "path"), ENDPOINTS, ids=lambda v: str(v))
def test_every_endpoint_answers_401_without_credentials(call, method, path):
    body = {"status": "done"} if method == "PATCH" else None
    response = call(None, method, path, body)
    assert response.status_code == 401
    assert response.json() == {"detail": "Unauthorized"}


@pytest.mark.parametrize(
    "header",
    ["Bearer not-a-token", "Bearer ", "Token abc", "Bearer " + "x" * 5000],
    ids=["unknown", "empty", "other_scheme", "too_long"],
)
def test_a_wrong_token_is_401(call, header):
    response = Client().get("/api/meetings", HTTP_AUTHORIZATION=header)
    assert response.status_code == 401


def test_a_token_of_an_inactive_user_is_401(call, users):
    users["member"].is_active = False
    users["member"].save()
    assert call("member", "GET", "/api/meetings").status_code == 401


def test_a_token_is_stored_as_its_digest_and_notes_its_use(call, tokens):
    assert call("reader", "GET", "/api/meetings").status_code == 200
    row = models.ApiToken.objects.get(digest=token_digest(tokens["reader"]))
    assert row.last_used is not None
    assert not models.ApiToken.objects.filter(digest=tokens["reader"]).exists()


def test_the_web_login_reads_the_api(as_user):
    response = as_user("reader").get("/api/meetings")
    assert response.status_code == 200 and response.json()["count"] == 2


def test_a_write_with_a_token_needs_no_csrf_token(tokens):
    action = models.Action.objects.get(text="Jonas skickar ut planen.")
    response = Client(enforce_csrf_checks=True).patch(
        f"/api/actions/{action.pk}", '{"status": "done"}', content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {tokens['member']}",
    )  # fmt: skip
    assert response.status_code == 200


def test_a_body_that_is_not_json_is_400(tokens):
    response = Client().patch("/api/actions/1", "{", content_type="application/json",
                              HTTP_AUTHORIZATION=f"Bearer {tokens['admin']}")  # fmt: skip
    assert response.status_code == 400
    assert response.json() == {"detail": "Cannot parse request body"}


def test_a_write_with_the_web_login_needs_the_csrf_token(users, archive):
    action = models.Action.objects.get(text="Jonas skickar ut planen.")
    client = Client(enforce_csrf_checks=True)
    client.force_login(users["member"])
    body = '{"status": "done"}'
    refused = client.patch(f"/api/actions/{action.pk}", body, content_type="application/json")
    assert refused.status_code == 403 and "CSRF" in refused.json()["detail"]
    client.get("/")  # the page sets the CSRF cookie, as a browser would have it
    token = client.cookies["csrftoken"].value
    accepted = client.patch(f"/api/actions/{action.pk}", body, content_type="application/json",
                            HTTP_X_CSRFTOKEN=token)  # fmt: skip
    assert accepted.status_code == 200 and accepted.json()["status"] == "done"


def test_the_openapi_description_is_public_and_lists_every_path(db):
    response = Client().get("/api/openapi.json")
    assert response.status_code == 200
    spec = response.json()
    assert set(spec["paths"]) == {
        "/api/meetings", "/api/meetings/{meeting_id}", "/api/meetings/{meeting_id}/items",
        "/api/people", "/api/people/{person_id}", "/api/actions", "/api/actions/{action_id}",
        "/api/search",
    }  # fmt: skip
    assert "patch" in spec["paths"]["/api/actions/{action_id}"]
    assert spec["components"]["securitySchemes"]["BearerToken"]["scheme"] == "bearer"


def test_create_token_for_a_username(users):
    made = create_token_for("Member", "skript")
    row = models.ApiToken.objects.get(pk=made.id)
    assert (row.user, row.name, row.prefix) == (users["member"], "skript", made.secret[:8])
    assert row.digest == token_digest(made.secret) != made.secret


@pytest.mark.parametrize(
    ("username", "message"),
    [("nobody", "no account"), ("roleless", "no role"), ("gone", "inactive")],
)
def test_create_token_for_refuses(users, username, message):
    get_user_model().objects.create_user("roleless")
    get_user_model().objects.create_user("gone", is_active=False)
    with pytest.raises(AccountError, match=message):
        create_token_for(username)
    assert not models.ApiToken.objects.exists()


def test_the_token_command_prints_a_token_that_works(users):
    result = CliRunner().invoke(cli, ["token", "create", "reader", "--name", "skript"])
    assert result.exit_code == 0, result.output
    secret = result.stdout.strip()
    assert len(secret) == 43 and "not shown again" in result.stderr
    response = Client().get("/api/meetings", HTTP_AUTHORIZATION=f"Bearer {secret}")
    assert response.status_code == 200


def test_the_token_command_names_an_unknown_user(db):
    result = CliRunner().invoke(cli, ["token", "create", "nobody"])
    assert result.exit_code == 2
    assert result.stderr == "anteckna: 'nobody': no account with this username\n"


@pytest.mark.parametrize(("method", "path"), ENDPOINTS, ids=lambda v: str(v))
def test_an_account_without_a_person_sees_nothing(archive, method, path):
    from anteckna.services.accounts import create_account, create_token

    user = create_account("lonely", "member").user
    headers = {"HTTP_AUTHORIZATION": f"Bearer {create_token(user).secret}"}
    client = Client()
    if method == "PATCH":
        response = client.patch(path, '{"status": "done"}', content_type="application/json",
                                **headers)  # fmt: skip
    else:
        response = client.get(path, **headers)
    assert response.status_code in (200, 404)
    if response.status_code == 200:
        body = response.json()
        assert body in ([], {"count": 0, "items": []})

"""The web's guards in-process: CSP, CSRF, language, throttled logins, cookies, static files."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client, override_settings
from django.utils import timezone

from anteckna.services import logins
from anteckna.services.accounts import create_account
from anteckna.store import models

PASSWORD = "korrekt-häst-batteri"


@pytest.fixture
def kim(db):
    return create_account("kim", "member", password=PASSWORD).user


def login(client: Client, password: str, username: str = "kim", address: str = "10.0.0.1"):
    return client.post("/login/", {"username": username, "password": password}, REMOTE_ADDR=address)


def test_every_page_has_the_content_security_policy(client, db):
    response = client.get("/login/")
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "unsafe-inline" not in policy
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_no_inline_script_or_style_on_the_login_page(client, db):
    html = client.get("/login/").content.decode()
    assert "<script" not in html and "style=" not in html and "<style" not in html


def test_swedish_by_default_whatever_the_browser_says(client, db):
    response = client.get("/login/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert response.headers["Content-Language"] == "sv"
    assert "Logga in" in response.content.decode()
    assert 'lang="sv"' in response.content.decode()


def test_english_when_chosen_with_the_switch(client, db):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/login/"})
    assert response.status_code == 302 and response.url == "/login/"
    html = client.get("/login/").content.decode()
    assert "Log in" in html and "Logga in" not in html
    client.post("/i18n/setlang/", {"language": "sv", "next": "/login/"})
    assert "Logga in" in client.get("/login/").content.decode()


def test_forms_need_the_csrf_token(kim):
    strict = Client(enforce_csrf_checks=True)
    assert login(strict, PASSWORD).status_code == 403
    page = strict.get("/login/")
    token = page.cookies["csrftoken"].value
    response = strict.post(
        "/login/", {"username": "kim", "password": PASSWORD, "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302


def test_logging_in_and_out(client, kim):
    response = login(client, PASSWORD)
    assert response.status_code == 302 and response.url == "/"
    assert client.session["_auth_user_id"] == str(kim.pk)
    assert models.LoginFailure.objects.count() == 0
    assert client.get("/logout/").status_code == 405  # logging out is a POST
    assert client.post("/logout/").status_code == 302
    assert "_auth_user_id" not in client.session


def test_the_session_cookie_is_http_only_and_not_secure_over_http(client, kim):
    cookie = login(client, PASSWORD).cookies["sessionid"]
    assert cookie["httponly"] and not cookie["secure"]
    assert cookie["samesite"] == "Lax"


@override_settings(SESSION_COOKIE_SECURE=True, SECURE_SSL_REDIRECT=True)
def test_with_https_settings_plain_http_is_redirected(client, db):
    response = client.get("/login/")
    assert response.status_code == 301 and response.url.startswith("https://")


def test_a_wrong_password_is_refused_and_counted(client, kim):
    response = login(client, "fel-lösenord")
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert models.LoginFailure.objects.filter(username_key="kim").count() == 1


@override_settings(ANTECKNA_LOGIN_ATTEMPTS=3)
def test_after_n_failures_even_the_right_password_is_refused(client, kim):
    for _ in range(3):
        login(client, "fel-lösenord", username="KIM ")
    response = login(client, PASSWORD)
    assert response.status_code == 200
    assert "För många misslyckade inloggningar" in response.content.decode()
    assert "_auth_user_id" not in client.session
    # another address is not locked out, and a success there clears only its own failures
    assert login(Client(), PASSWORD, address="10.0.0.2").status_code == 302
    assert logins.is_throttled("kim", "10.0.0.1")


@override_settings(ANTECKNA_LOGIN_ATTEMPTS=2)
def test_failures_older_than_the_window_do_not_count(kim):
    long_ago = timezone.now() - timedelta(minutes=16)
    for _ in range(2):
        logins.record_failure("kim", "10.0.0.1", now=long_ago)
    assert not logins.is_throttled("kim", "10.0.0.1")
    logins.record_failure("kim", "10.0.0.1")
    assert models.LoginFailure.objects.count() == 1  # the old ones were swept


def test_pages_need_a_login(client, db):
    response = client.get("/people/")
    assert response.status_code == 302 and response.url.startswith("/login/?next=/people/")
    assert client.get("/").status_code == 200  # the welcome, which shows nothing of the archive


def test_the_stylesheet_is_served(client, db):
    response = client.get("/static/anteckna/anteckna.css")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/css")

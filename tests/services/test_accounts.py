"""Accounts and API tokens: roles, people, passwords, refusals (``services.accounts``)."""

from __future__ import annotations

import pytest
from django.contrib.auth import authenticate

from anteckna.services.accounts import (
    AccountError,
    create_account,
    create_token,
    token_digest,
    user_for_token,
)
from anteckna.store import models

PASSWORD = "korrekt-häst-batteri"


@pytest.fixture
def archive(store_meeting, make_meeting):
    store_meeting(make_meeting())


def test_an_account_is_a_user_with_a_role_and_a_person(archive):
    account = create_account("kim", "member", person="jonas  wiklund", password=PASSWORD)
    assert account.role == "member"
    assert account.person.name == "Jonas Wiklund"
    assert authenticate(username="kim", password=PASSWORD) == account.user
    assert not account.user.is_staff


def test_an_account_keeps_the_address_reminders_go_to(db):
    user = create_account("kim", "reader", email=" kim@example.org ").user
    user.refresh_from_db()
    assert user.email == "kim@example.org"


def test_an_administrator_may_use_the_django_admin(db):
    user = create_account("admin", "administrator", password=PASSWORD).user
    assert user.is_staff and user.is_superuser


def test_without_a_password_the_account_cannot_log_in_yet(db):
    user = create_account("kim", "reader").user
    assert not user.has_usable_password()


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        pytest.param({"role": "boss"}, "not a role", id="role"),
        pytest.param({"person": "Ingen Alls"}, "no such person", id="person"),
        pytest.param({"password": "123"}, "password:", id="weak_password"),
        pytest.param({"username": "  "}, "needs some text", id="username"),
        pytest.param({"email": "kim at example"}, "not an e-mail address", id="email"),
    ],
)
def test_refusals_say_why(archive, kwargs, message):
    arguments = {"username": "kim", "role": "member", "password": PASSWORD, **kwargs}
    with pytest.raises(AccountError, match=message):
        create_account(arguments.pop("username"), arguments.pop("role"), **arguments)
    assert not models.Account.objects.exists()


def test_a_taken_username_is_refused_whatever_its_case(db):
    create_account("Kim", "member", password=PASSWORD)
    with pytest.raises(AccountError, match="already an account"):
        create_account("kim", "reader", password=PASSWORD)


def test_a_token_is_stored_as_its_digest_only(db):
    user = create_account("kim", "member", password=PASSWORD).user
    token = create_token(user, "script")
    row = models.ApiToken.objects.get()
    assert row.digest == token_digest(token.secret) != token.secret
    assert token.secret.startswith(row.prefix)
    assert user_for_token(token.secret) == user
    row.refresh_from_db()
    assert row.last_used is not None
    assert user_for_token(token.secret + "x") is None


def test_a_token_of_an_inactive_user_is_refused(db):
    user = create_account("kim", "member", password=PASSWORD).user
    token = create_token(user)
    user.is_active = False
    user.save()
    assert user_for_token(token.secret) is None

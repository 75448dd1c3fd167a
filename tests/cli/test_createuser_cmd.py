"""``anteckna createuser``: roles, people, password from stdin or the prompt, refusals."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from django.contrib.auth import authenticate

from anteckna.cli import cli
from anteckna.store import models

PASSWORD = "korrekt-häst-batteri"


@pytest.fixture
def archive(store_meeting, make_meeting):
    store_meeting(make_meeting())


def run(*args: str, stdin: str = ""):
    return CliRunner().invoke(cli, list(args), input=stdin)


def test_a_member_linked_to_a_person_with_the_password_from_stdin(archive):
    result = run("createuser", "jonas", "--role", "member", "--person", "Jonas Wiklund",
                 "--password-stdin", stdin=PASSWORD + "\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stdout == "created jonas (member, Jonas Wiklund)\n"
    account = models.Account.objects.get(user__username="jonas")
    assert (account.role, account.person.name) == ("member", "Jonas Wiklund")
    assert authenticate(username="jonas", password=PASSWORD) == account.user


def test_the_password_is_asked_for_twice_without_stdin(db):
    result = run("createuser", "admin", "--role", "administrator",
                 stdin=f"{PASSWORD}\n{PASSWORD}\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert PASSWORD not in result.stdout
    assert authenticate(username="admin", password=PASSWORD).is_superuser


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(
            ("--role", "member", "--person", "Ingen Alls"), "no such person", id="unknown_person"
        ),
        pytest.param(("--role", "reader"), "password:", id="weak_password"),
    ],
)
def test_refusals_are_one_line_and_exit_two(archive, args, message):
    password = "123" if "reader" in args else PASSWORD
    result = run("createuser", "kim", *args, "--password-stdin", stdin=password + "\n")
    assert result.exit_code == 2
    assert result.stderr.startswith("anteckna: ") and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not models.Account.objects.exists()


def test_an_unknown_role_is_a_usage_error(db):
    result = run("createuser", "kim", "--role", "boss", "--password-stdin", stdin=PASSWORD)
    assert result.exit_code == 2 and "'boss' is not one of" in result.stderr


def test_a_taken_username_is_refused(db):
    run("createuser", "kim", "--role", "reader", "--password-stdin", stdin=PASSWORD)
    result = run("createuser", "kim", "--role", "reader", "--password-stdin", stdin=PASSWORD)
    assert result.exit_code == 2 and "already an account" in result.stderr

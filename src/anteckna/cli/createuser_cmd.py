"""``anteckna createuser``: a login for the web app, with its role and the person it is."""

from __future__ import annotations

import sys

import click

from anteckna.cli.db import db_option, open_database
from anteckna.cli.errors import reported

ROLES = ("administrator", "secretary", "member", "reader")


@click.command()
@click.argument("username")
@click.option(
    "--role",
    type=click.Choice(ROLES),
    required=True,
    help="administrator: everything; secretary: import and edit; member: read and update "
    "own actions; reader: read.",
)
@click.option(
    "--person",
    metavar="NAME",
    help="The person in the archive this account is (their full name as the notes give it): "
    "decides the groups whose meetings it sees and which actions are its own.",
)
@click.option(
    "--email",
    metavar="ADDRESS",
    help="Where reminders go (anteckna remind): the digest after each meeting and the weekly one.",
)
@click.option(
    "--password-stdin",
    is_flag=True,
    help="Read the password from the first line of standard input instead of asking.",
)
@db_option
def createuser(
    username: str,
    role: str,
    person: str | None,
    email: str | None,
    password_stdin: bool,
    db: str | None,
) -> None:
    """Create a login for the web app and the API.

    Members, secretaries and readers see the meetings of the groups their person is a member
    of; administrators see everything. Without --password-stdin the password is asked for
    twice, hidden. A username already taken, a person not in the archive, or a password
    Django's validators refuse gives a one-line error and exit code 2.

    Example:

    \b
        anteckna createuser kim --role secretary --person "Kim Lindahl" --email kim@example.org
        printf '%s\\n' "$PASSWORD" | anteckna createuser admin --role administrator --password-stdin
    """
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    with reported():
        open_database(db)
        from anteckna.services.accounts import create_account

        account = create_account(
            username, role, person=person, password=password, email=email or ""
        )
    linked = f", {account.person.name}" if account.person else ""
    click.echo(f"created {username} ({role}{linked})")

"""``anteckna token``: API tokens for the JSON API (``Authorization: Bearer <token>``)."""

from __future__ import annotations

import click

from anteckna.cli.db import db_option, open_database
from anteckna.cli.errors import reported


@click.group()
def token() -> None:
    """Manage tokens for the JSON API at /api/.

    A token acts as its account: the same role, the same groups, the same refusals as the
    web pages. Only the token's SHA-256 is stored, so it is shown once, when it is made.

    Example:

    \b
        anteckna token create kim --name "rapportskript"
    """


@token.command()
@click.argument("username")
@click.option("--name", default="", help="A label to tell this token from the account's others.")
@db_option
def create(username: str, name: str, db: str | None) -> None:
    """Make a new API token for USERNAME and print it (only the token, on stdout).

    The token is shown this once; store it where the script that uses it can read it.
    An unknown or inactive account, or a user without a role, gives a one-line error and
    exit code 2.

    Example:

    \b
        anteckna token create kim --name "rapportskript"
        curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:8000/api/meetings
    """
    with reported():
        open_database(db)
        from anteckna.services.accounts import create_token_for

        made = create_token_for(username, name)
    click.echo(made.secret)
    click.echo(f"created token {made.prefix}… for {username}; it is not shown again", err=True)

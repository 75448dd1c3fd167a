"""``anteckna people``: everyone in the archive, with attendance and open actions."""

from __future__ import annotations

import click

from anteckna.cli.db import db_option, open_database
from anteckna.cli.errors import reported
from anteckna.cli.output import echo_json


@click.command()
@click.option("--group", metavar="NAME", help="Only this group's people, counted in its meetings.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead of text.")
@db_option
def people(group: str | None, as_json: bool, db: str | None) -> None:
    """List people with their groups, the meetings they were present at, attended remotely or
    in part, or missed, and the open actions they own.

    Example:

    \b
        anteckna people --group Ledningsgruppen --json
    """
    with reported():
        open_database(db)
        from anteckna.services.listing import list_people

        found = list_people(group=group)
    if as_json:
        echo_json([p.to_dict() for p in found])
        return
    for p in found:
        click.echo(
            f"{p.name}  ({', '.join(p.groups) or 'no group'})  present {p.present}, "
            f"remote {p.remote}, partial {p.partial}, absent {p.absent}, "
            f"open actions {p.open_actions}"
        )

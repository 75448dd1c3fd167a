"""``anteckna groups``: the groups with their names and short names, and editing the pairing."""

from __future__ import annotations

import click

from anteckna.cli.db import db_option, open_database
from anteckna.cli.errors import reported
from anteckna.cli.output import echo_json


@click.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead of text.")
@db_option
@click.pass_context
def groups(ctx: click.Context, as_json: bool, db: str | None) -> None:
    """List the groups with their name, short name and counts of meetings and members.

    Either name finds a group wherever one is asked for (--group LG or --group
    Ledningsgruppen). The pairing is guessed when a group is first seen; fix it with
    `anteckna groups rename`.

    Example:

    \b
        anteckna groups --json
        anteckna groups rename LG --name Ledningsgruppen
    """
    ctx.obj = db
    if ctx.invoked_subcommand is not None:
        return
    with reported():
        open_database(db)
        from anteckna.services.groups import list_groups

        found = list_groups()
    if as_json:
        echo_json([g.to_dict() for g in found])
        return
    for g in found:
        click.echo(
            f"{g.name}  ({g.short_name or 'no short name'})  "
            f"{g.meetings} meetings, {g.members} members"
        )


@groups.command()
@click.argument("group")
@click.option("--name", metavar="NAME", help="The group's new name.")
@click.option("--short", metavar="SHORT", help='The new short name ("" removes it).')
@click.option("--json", "as_json", is_flag=True, help="Print the group as JSON.")
@db_option
@click.pass_context
def rename(
    ctx: click.Context,
    group: str,
    name: str | None,
    short: str | None,
    as_json: bool,
    db: str | None,
) -> None:
    """Give GROUP (its name or its short name) a new name, a new short name, or both.

    A group known only by its short name (LG) keeps it as its short name when it gets a long
    name. A name or short name that another group already answers to is refused (exit code 2).

    Example:

    \b
        anteckna groups rename "Lednings gruppen" --name Ledningsgruppen --short LG
        anteckna groups rename SG --name Styrgruppen
    """
    with reported():
        open_database(db or ctx.obj)
        from anteckna.services.groups import rename_group

        renamed = rename_group(group, name=name, short_name=short)
    if as_json:
        echo_json(renamed.to_dict())
    else:
        click.echo(f"{renamed.name}  ({renamed.short_name or 'no short name'})")

"""``anteckna search``: ranked hits in the archive, with the words found marked."""

from __future__ import annotations

from datetime import datetime

import click

from anteckna.cli.db import db_option, open_database
from anteckna.cli.errors import reported
from anteckna.cli.output import echo_json

_DAY = click.DateTime(["%Y-%m-%d"])
_KINDS = ("item", "decision", "action", "follow_up")


@click.command()
@click.argument("query", nargs=-1, required=True)
@click.option("--group", metavar="NAME", help="Only this group's meetings (name or short name).")
@click.option(
    "--person",
    metavar="NAME",
    help="Only hits that name this person: items they present or are mentioned in, actions "
    "they own (full name, first name or initials).",
)
@click.option("--from", "start", type=_DAY, help="Only meetings on or after this date.")
@click.option("--to", "end", type=_DAY, help="Only meetings on or before this date.")
@click.option("--kind", type=click.Choice(_KINDS), help="Only hits of this kind.")
@click.option(
    "--limit", type=click.IntRange(min=1), default=20, show_default=True, help="At most N hits."
)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead of text.")
@db_option
def search(
    query: tuple[str, ...],
    group: str | None,
    person: str | None,
    start: datetime | None,
    end: datetime | None,
    kind: str | None,
    limit: int,
    as_json: bool,
    db: str | None,
) -> None:
    """Search the archive's items, decisions, actions and follow-ups, best hits first.

    Any form of a word finds the others (rektor, rektorn, rektorerna); "quoted words" must
    stand together; a word ending in * is a prefix (verksamhets*); names find what the person
    presented, owned or was mentioned in. Every word must be found.

    Example:

    \b
        anteckna search rektorerna
        anteckna search "bästa skola" verksamhets* --group LG --from 2024-01-01 --json
    """
    with reported():
        open_database(db)
        from anteckna.services.search import search as run_search

        hits = run_search(
            " ".join(query),
            group=group,
            person=person,
            start=start.date() if start else None,
            end=end.date() if end else None,
            kind=kind,
            limit=limit,
        )
    if as_json:
        echo_json([hit.to_dict() for hit in hits])
        return
    for hit in hits:
        day = hit.date.isoformat() if hit.date else "no date"
        groups = ", ".join(hit.groups) or "-"
        number = f"{hit.item}. " if hit.item else ""
        click.echo(
            f"{day}  {groups}  meeting {hit.meeting}  {number}{hit.title}  ({hit.kind}) "
            f"[{hit.source}]"
        )
        click.echo(f"    {hit.snippet.marked()}")

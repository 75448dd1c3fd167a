"""``anteckna meetings``: the meetings in the archive, oldest first."""

from __future__ import annotations

from datetime import datetime

import click

from anteckna.cli.db import db_option, open_database
from anteckna.cli.errors import reported
from anteckna.cli.output import echo_json

_DAY = click.DateTime(["%Y-%m-%d"])


@click.command()
@click.option("--group", metavar="NAME", help="Only this group's meetings (name or short name).")
@click.option("--from", "start", type=_DAY, help="Only meetings on or after this date.")
@click.option("--to", "end", type=_DAY, help="Only meetings on or before this date.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead of text.")
@db_option
def meetings(
    group: str | None,
    start: datetime | None,
    end: datetime | None,
    as_json: bool,
    db: str | None,
) -> None:
    """List meetings with their groups, source file and counts of participants, items,
    decisions and actions. Meetings without a date come last.

    Example:

    \b
        anteckna meetings --group LG --from 2024-01-01 --json
    """
    with reported():
        open_database(db)
        from anteckna.services.listing import list_meetings

        found = list_meetings(
            group=group,
            start=start.date() if start else None,
            end=end.date() if end else None,
        )
    if as_json:
        echo_json([m.to_dict() for m in found])
        return
    for m in found:
        groups = ", ".join(m.groups) or "-"
        day = m.date.isoformat() if m.date else "no date"
        click.echo(
            f"{m.id:>5}  {day:<10}  {groups}  {m.title or '(untitled)'}  "
            f"[{m.source}]  {m.participants} participants, {m.items} items, "
            f"{m.decisions} decisions, {m.actions} actions"
        )

"""``anteckna meetings``: the meetings in the archive, oldest first; ``meetings date`` dates one."""

from __future__ import annotations

from datetime import datetime

import click

from anteckna.cli.db import db_option, open_database
from anteckna.cli.errors import reported
from anteckna.cli.output import echo_json

_DAY = click.DateTime(["%Y-%m-%d"])


@click.group(invoke_without_command=True)
@click.option("--group", metavar="NAME", help="Only this group's meetings (name or short name).")
@click.option("--from", "start", type=_DAY, help="Only meetings on or after this date.")
@click.option("--to", "end", type=_DAY, help="Only meetings on or before this date.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead of text.")
@db_option
@click.pass_context
def meetings(
    ctx: click.Context,
    group: str | None,
    start: datetime | None,
    end: datetime | None,
    as_json: bool,
    db: str | None,
) -> None:
    """List meetings with their groups, source file and counts of participants, items,
    decisions and actions. Meetings without a date come last; `anteckna meetings date` dates
    them.

    Example:

    \b
        anteckna meetings --group LG --from 2024-01-01 --json
        anteckna meetings date 12 2024-05-14
    """
    ctx.obj = db
    if ctx.invoked_subcommand is not None:
        return
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


@meetings.command("date")
@click.argument("meeting_id", metavar="ID", type=int)
@click.argument("day", metavar="DATE", type=_DAY)
@click.option("--json", "as_json", is_flag=True, help="Print the meeting's new dates as JSON.")
@db_option
@click.pass_context
def date_(
    ctx: click.Context, meeting_id: int, day: datetime, as_json: bool, db: str | None
) -> None:
    """Set the date (YYYY-MM-DD) of meeting ID, as `anteckna meetings` lists it: one imported
    without a date, or read with the wrong one. Follow-ups due "om två veckor" are due that
    many days after the new date. Recorded as a correction, so a new version of the same file
    keeps the date.

    Example:

    \b
        anteckna meetings date 12 2024-05-14
        anteckna meetings date 12 2024-05-14 --db arkiv.sqlite3 --json
    """
    with reported():
        open_database(db or ctx.obj)
        from anteckna.services.corrections import set_meeting_date

        change = set_meeting_date(meeting_id, day.date())
    if as_json:
        echo_json(change.to_dict())
        return
    before = change.previous.isoformat() if change.previous else "no date"
    if change.correction is None:
        click.echo(f"meeting {change.meeting} is already dated {before}")
    else:
        click.echo(f"meeting {change.meeting} dated {day.date().isoformat()} (was {before})")
    for text, days, due in change.follow_ups:
        if days is not None:
            click.echo(f"  follow-up due {due.isoformat() if due else '-'}: {text}")

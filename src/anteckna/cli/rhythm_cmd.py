"""``anteckna groups rhythm`` and ``groups cancel``: when a group meets, and the dates it skips."""

from __future__ import annotations

from datetime import datetime, timedelta

import click

from anteckna.cli.db import db_option, open_database
from anteckna.cli.errors import reported
from anteckna.cli.output import echo_json

_DAY = click.DateTime(["%Y-%m-%d"])
SHOWN = 6
"""How many coming meetings ``groups rhythm`` prints."""


@click.command()
@click.argument("group")
@click.option("--weekday", metavar="DAY", help="mon … sun (or mån … sön).")
@click.option("--every", type=int, default=1, show_default=True, help="Every N weeks.")
@click.option("--time", "times", metavar="HH-HH", help='Start and end, e.g. "13-15", "9.30-11".')
@click.option("--from", "start_from", type=_DAY, help="The first meeting is on or after this date.")
@click.option("--until", type=_DAY, help="No meetings after this date (the term's end).")
@click.option("--place", default="", help="Where the group meets.")
@click.option("--json", "as_json", is_flag=True, help="Print the rhythm as JSON.")
@db_option
@click.pass_context
def rhythm(
    ctx: click.Context,
    group: str,
    weekday: str | None,
    every: int,
    times: str | None,
    start_from: datetime | None,
    until: datetime | None,
    place: str,
    as_json: bool,
    db: str | None,
) -> None:
    """Set GROUP's meeting rhythm (with --weekday and --from), or show it with its coming
    meetings. The rhythm gives the agenda its next date and decides at which meeting a
    follow-up comes back; the group's meetings in the archive count too.

    Example:

    \b
        anteckna groups rhythm LG --weekday wed --every 2 --time 13-15 --from 2024-08-21
        anteckna groups rhythm LG
    """
    with reported():
        open_database(db or ctx.obj)
        from django.utils import timezone

        from anteckna.errors import AntecknaError
        from anteckna.services.listing import group_named
        from anteckna.services.rhythm import (
            calendar_of,
            parse_times,
            rhythm_of,
            set_rhythm,
            weekday_number,
        )

        chosen = group_named(group)
        if weekday or start_from:
            if not (weekday and start_from):
                raise AntecknaError("a rhythm needs both --weekday and --from")
            start, end = parse_times(times) if times else (None, None)
            found = set_rhythm(
                chosen,
                weekday=weekday_number(weekday),
                every_weeks=every,
                start_from=start_from.date(),
                until=until.date() if until else None,
                start=start,
                end=end,
                place=place,
            )
        else:
            found = rhythm_of(chosen)
        today = timezone.localdate()
        coming = calendar_of(chosen).dates(today, today + timedelta(days=366))[:SHOWN]
    if as_json:
        echo_json(
            {
                "group": chosen.name,
                "rhythm": found.to_dict() if found else None,
                "coming": [d.isoformat() for d in coming],
            }
        )
        return
    if found is None:
        click.echo(f"{chosen.name}: no rhythm set")
    else:
        data = found.to_dict()
        click.echo(
            f"{chosen.name}: every {found.every_weeks} week(s) on {data['weekday']} "
            f"from {data['from']}  {data['time'] or ''}  {data['place'] or ''}".rstrip()
        )
    click.echo("coming: " + (", ".join(d.isoformat() for d in coming) or "none known"))


@click.command()
@click.argument("group")
@click.argument("day", metavar="DATE", type=_DAY)
@click.option("--reason", default="", help="Why (shown with the date).")
@click.option("--undo", is_flag=True, help="The meeting is held after all.")
@db_option
@click.pass_context
def cancel(
    ctx: click.Context, group: str, day: datetime, reason: str, undo: bool, db: str | None
) -> None:
    """Cancel GROUP's meeting on DATE: the rhythm skips it, and follow-ups due by then come
    back at the next meeting instead.

    Example:

    \b
        anteckna groups cancel LG 2024-10-30 --reason Höstlov
        anteckna groups cancel LG 2024-10-30 --undo
    """
    with reported():
        open_database(db or ctx.obj)
        from anteckna.services.listing import group_named
        from anteckna.services.rhythm import cancel_meeting, restore_meeting

        chosen = group_named(group)
        if undo:
            restored = restore_meeting(chosen, day.date())
            click.echo(
                f"{chosen.name} {day.date()}: " + ("restored" if restored else "was not cancelled")
            )
            return
        cancel_meeting(chosen, day.date(), reason)
    click.echo(f"{chosen.name} {day.date()}: cancelled")

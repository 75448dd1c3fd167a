"""``anteckna calendar``: a person's or a group's calendar as iCalendar text, as its feed."""

from __future__ import annotations

import click

from anteckna.cli.db import db_option, open_database
from anteckna.cli.errors import reported


@click.command()
@click.option("--person", metavar="NAME", help="This person's calendar (their full name).")
@click.option("--group", metavar="NAME", help="This group's calendar (name or short name).")
@db_option
def calendar(person: str | None, group: str | None, db: str | None) -> None:
    """Print a calendar (RFC 5545) with meetings, the dates follow-ups come back, the due
    dates of open actions and the events the notes announce: a person's (the meetings of
    their groups, their own actions) or a group's (everything of its meetings). It is the
    calendar the web app's feed gives, without the links to the meeting pages.

    Example:

    \b
        anteckna calendar --group LG > lg.ics
        anteckna calendar --person "Kim Lindahl" --db arkiv.sqlite3
    """
    if (person is None) == (group is None):
        raise click.UsageError("give either --person NAME or --group NAME")
    with reported():
        open_database(db)
        from anteckna.services import calendar as calendars
        from anteckna.services.accounts import find_person
        from anteckna.services.listing import group_named

        if person is not None:
            text = calendars.person_calendar(find_person(person))
        else:
            text = calendars.group_calendar(group_named(group or ""))
    click.echo(text.decode("utf-8"), nl=False)

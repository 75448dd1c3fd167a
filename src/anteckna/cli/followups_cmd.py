"""``anteckna followups``: the matters that are to come back, and whether they did."""

from __future__ import annotations

from datetime import datetime

import click

from anteckna.cli.db import db_option, open_database
from anteckna.cli.errors import reported
from anteckna.cli.output import echo_json


@click.command()
@click.option("--group", metavar="NAME", help="Only this group's follow-ups.")
@click.option(
    "--due-before",
    type=click.DateTime(["%Y-%m-%d"]),
    help="Only those due on or before this date (and those that need a date).",
)
@click.option(
    "--status",
    type=click.Choice(["open", "overdue", "resolved", "needs_date"]),
    help="Only follow-ups in this state.",
)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead of text.")
@db_option
def followups(
    group: str | None,
    due_before: datetime | None,
    status: str | None,
    as_json: bool,
    db: str | None,
) -> None:
    """List follow-ups ("tas upp igen om två veckor") by due date: when each is due, the
    meeting it comes back at (the group's first on or after the due date), and its state —
    open, overdue (the meeting passed without it), resolved (a later item took it up) or
    needs_date (its meeting has no date, or the notes give no time).

    Example:

    \b
        anteckna followups --group LG --due-before 2024-06-30
        anteckna followups --status overdue --json
    """
    with reported():
        open_database(db)
        from django.utils import timezone

        from anteckna.services.followups import follow_up_states
        from anteckna.store import models

        rows = models.FollowUp.objects.all()
        if group:
            from anteckna.services.listing import group_named

            rows = rows.filter(meeting__groups=group_named(group)).distinct()
        states = follow_up_states(
            rows,
            timezone.localdate(),
            due_before=due_before.date() if due_before else None,
            statuses=(status,) if status else None,
        )
        if as_json:
            echo_json([s.to_dict() for s in states])
            return
        for state in states:
            data = state.to_dict()
            back = f" → {data['comes_back']}" if data["comes_back"] else ""
            click.echo(
                f"{data['due'] or 'no date':<10}{back}  {data['status']:<10} "
                f"{data['title']}: {data['text']}  [{data['date'] or 'undated'}]"
            )

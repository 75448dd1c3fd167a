"""``anteckna remind``: the weekly reminder, or the digest after a meeting, by mail."""

from __future__ import annotations

import click

from anteckna.cli.db import db_option, open_database
from anteckna.cli.errors import reported


@click.command()
@click.option("--weekly", is_flag=True, help="The weekly reminder (the default).")
@click.option(
    "--after-meeting", "meeting_id", metavar="ID", type=int,
    help="The digest of meeting ID (as `anteckna meetings` lists it).",
)  # fmt: skip
@click.option("--dry-run", is_flag=True, help="Print what would be sent, and send nothing.")
@db_option
def remind(weekly: bool, meeting_id: int | None, dry_run: bool, db: str | None) -> None:
    """Mail each person their actions and what they present at the next meeting, in Swedish.

    The weekly reminder lists everyone's open actions, overdue first; an action of "alla" (or
    another collective that covers them) is theirs too. The digest after a meeting goes to
    those who took part or own one of its actions: their new actions from it, their other open
    ones, and what they present at their group's next meeting. Mail goes to the e-mail of the
    person's login (createuser --email) through the server ANTECKNA_SMTP_HOST names; nobody
    gets an empty mail.

    Example:

    \b
        anteckna remind --weekly --dry-run
        anteckna remind --after-meeting 12
    """
    if weekly and meeting_id is not None:
        raise click.UsageError("give --weekly or --after-meeting ID, not both")
    with reported():
        open_database(db)
        from django.utils import timezone

        from anteckna.services import reminders

        today = timezone.localdate()
        if meeting_id is not None:
            found = reminders.after_meeting(meeting_id, today)
        else:
            found = reminders.weekly(today)
        if dry_run:
            for reminder in found:
                click.echo(f"To: {reminder.name} <{reminder.to}>")
                click.echo(f"Subject: {reminder.subject}\n")
                click.echo(reminder.body.rstrip("\n") + "\n")
            click.echo(f"dry run: {len(found)} mail(s) not sent", err=True)
            return
        sent = reminders.send(found)
    click.echo(f"sent {sent} mail(s)", err=True)

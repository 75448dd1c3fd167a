"""``anteckna actions``: actions over time; ``actions done`` and ``actions cancel`` close one."""

from __future__ import annotations

import click

from anteckna.cli.db import db_option, open_database
from anteckna.cli.errors import reported
from anteckna.cli.output import echo_json


@click.group(invoke_without_command=True)
@click.option("--person", metavar="NAME", help="Only this person's, collectives covering them too.")
@click.option("--group", metavar="NAME", help="Only this group's meetings' actions.")
@click.option(
    "--status",
    type=click.Choice(["open", "done", "cancelled", "overdue"]),
    help="Only actions with this status (overdue: open and past their due date).",
)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead of text.")
@db_option
@click.pass_context
def actions(
    ctx: click.Context,
    person: str | None,
    group: str | None,
    status: str | None,
    as_json: bool,
    db: str | None,
) -> None:
    """List actions, due first (undated last), with owners, due date, status and meeting.

    --person takes a full name, a first name only one person has, or initials the notes used;
    a person's actions include those of collectives that cover them: "alla" for the members of
    the meeting's group, a group's name for its members, "rektorer" for those the notes list
    as rektor.

    Example:

    \b
        anteckna actions --person "Kim Berg" --status open
        anteckna actions --group LG --status overdue --json
        anteckna actions done 42 --comment "Klart enligt mötet 2024-05-28"
    """
    ctx.obj = db
    if ctx.invoked_subcommand is not None:
        return
    with reported():
        open_database(db)
        from django.utils import timezone

        from anteckna.services.actions import list_actions

        rows = list_actions(timezone.localdate(), person=person, group=group, status=status)
        if as_json:
            echo_json([row.to_dict() for row in rows])
            return
        for row in rows:
            data = row.to_dict()
            due = data["due"] or data["due_text"] or "no due date"
            late = " OVERDUE" if row.overdue else ""
            owners = ", ".join(data["owners"]) or "no owner"
            click.echo(
                f"{data['id']:>5}  {data['status']:<9} {due}{late}  {owners}: "
                f"{data['text']}  [{data['date'] or 'undated'} {data['item_title']}]"
            )


def _mark(ctx: click.Context, action_id: int, status: str, comment: str, db: str | None) -> None:
    with reported():
        open_database(db or ctx.obj)
        from anteckna.services.actions import mark_action

        action = mark_action(action_id, status, comment)
    click.echo(f"action {action.pk} is {action.status}: {action.text}")


@actions.command()
@click.argument("action_id", metavar="ID", type=int)
@click.option("--comment", default="", help="Why, or where it was reported done.")
@db_option
@click.pass_context
def done(ctx: click.Context, action_id: int, comment: str, db: str | None) -> None:
    """Mark action ID (as `anteckna actions` lists it) done; kept as a correction with the
    comment, so a new version of the notes keeps it.

    Example:

    \b
        anteckna actions done 42 --comment "Klart enligt mötet 2024-05-28"
    """
    _mark(ctx, action_id, "done", comment, db)


@actions.command()
@click.argument("action_id", metavar="ID", type=int)
@click.option("--comment", default="", help="Why it will not be done.")
@db_option
@click.pass_context
def cancel(ctx: click.Context, action_id: int, comment: str, db: str | None) -> None:
    """Mark action ID cancelled (it will not be done); kept as a correction with the comment.

    Example:

    \b
        anteckna actions cancel 42 --comment "Ingår i budgetdialogen"
    """
    _mark(ctx, action_id, "cancelled", comment, db)

"""``anteckna groups standing``: the items every agenda of a group holds."""

from __future__ import annotations

import click

from anteckna.cli.db import db_option, open_database
from anteckna.cli.errors import reported
from anteckna.cli.output import echo_json


@click.command()
@click.argument("group")
@click.option("--add", "title", metavar="TITLE", help="Add a standing item (or change it).")
@click.option(
    "--place",
    type=click.Choice(["first", "feedback", "last"]),
    default="last",
    show_default=True,
    help="first: before the matters; feedback: the actions to review follow it; last: after.",
)
@click.option("--presenter", default="", help="Who usually presents it.")
@click.option("--minutes", type=int, help="Time set aside for it.")
@click.option("--remove", metavar="TITLE", help="Remove a standing item.")
@click.option("--reset", is_flag=True, help="Back to the common Swedish set.")
@click.option("--json", "as_json", is_flag=True, help="Print the items as JSON.")
@db_option
@click.pass_context
def standing(
    ctx: click.Context,
    group: str,
    title: str | None,
    place: str,
    presenter: str,
    minutes: int | None,
    remove: str | None,
    reset: bool,
    as_json: bool,
    db: str | None,
) -> None:
    """Show GROUP's standing items, or add, remove or reset them. A group with none set has
    the common Swedish set: Incheckning first, Återkoppling från föregående möte (feedback),
    Nytt från systergrupper, Kort information and Utcheckning last.

    Example:

    \b
        anteckna groups standing LG --add "Nytt från nämnden" --place last --minutes 10
        anteckna groups standing LG --remove "Nytt från systergrupper"
    """
    with reported():
        open_database(db or ctx.obj)
        from anteckna.services.listing import group_named
        from anteckna.services.standing import (
            add_standing_item,
            remove_standing_item,
            reset_standing_items,
            standing_items,
        )

        chosen = group_named(group)
        if reset:
            items = reset_standing_items(chosen)
        elif title:
            items = add_standing_item(chosen, title, place, presenter=presenter, minutes=minutes)
        elif remove:
            items = remove_standing_item(chosen, remove)
        else:
            items = standing_items(chosen)
    if as_json:
        echo_json([item.to_dict() for item in items])
        return
    for item in items:
        extra = ", ".join(
            filter(None, (item.presenter, f"{item.minutes} min" if item.minutes else None))
        )
        click.echo(f"{item.place:<9} {item.title}" + (f"  ({extra})" if extra else ""))

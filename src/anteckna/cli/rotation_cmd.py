"""``anteckna groups rotation``: roles that pass round a group in order."""

from __future__ import annotations

import click

from anteckna.cli.db import db_option, open_database
from anteckna.cli.errors import reported
from anteckna.cli.output import echo_json


@click.command()
@click.argument("group")
@click.option(
    "--role", type=click.Choice(["chair", "agenda"]), required=True, help="The rotating role."
)
@click.option("--order", metavar="NAMES", help='The order, comma-separated: "Kim Berg, Ola Ek".')
@click.option("--holder", metavar="NAME", help="Who holds the role now (with --order).")
@click.option("--next", "advance", is_flag=True, help="Hand the role to the next in order.")
@click.option("--json", "as_json", is_flag=True, help="Print the rotation as JSON.")
@db_option
@click.pass_context
def rotation(
    ctx: click.Context,
    group: str,
    role: str,
    order: str | None,
    holder: str | None,
    advance: bool,
    as_json: bool,
    db: str | None,
) -> None:
    """Show who holds GROUP's rotating ROLE now and who comes next, set its order, or hand it
    on to the next person.

    Example:

    \b
        anteckna groups rotation LG --role chair --order "Kim Berg, Ola Ek, Siv Lund"
        anteckna groups rotation LG --role chair --next
    """
    with reported():
        open_database(db or ctx.obj)
        from anteckna.services.listing import group_named
        from anteckna.services.rotation import hand_over, rotation_state, set_rotation

        chosen = group_named(group)
        if order:
            state = set_rotation(chosen, role, order.split(","), holder)
        elif advance:
            state = hand_over(chosen, role)
        else:
            state = rotation_state(chosen, role)
    if as_json:
        echo_json(state.to_dict() if state else None)
        return
    if state is None:
        click.echo(f"{chosen.name}: {role} does not rotate")
        return
    click.echo(f"{role}: now {state.holder or 'nobody yet'}; next {', '.join(state.next)}")

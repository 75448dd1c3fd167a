"""The ``anteckna`` command: a click group whose commands each live in a module of their own."""

from __future__ import annotations

import click

from anteckna import __version__
from anteckna.cli import (
    actions_cmd,
    agenda_cmd,
    calendar_cmd,
    createuser_cmd,
    demo_cmd,
    export_cmd,
    followups_cmd,
    groups_cmd,
    import_cmd,
    meetings_cmd,
    parse_cmd,
    people_cmd,
    reindex_cmd,
    remind_cmd,
    rhythm_cmd,
    rotation_cmd,
    search_cmd,
    serve_cmd,
    standing_cmd,
    token_cmd,
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="anteckna")
def cli() -> None:
    """anteckna: meeting notes turned into a structured archive.

    Example:

    \b
        anteckna parse protokoll.txt --date 2024-05-14
    """


cli.add_command(parse_cmd.parse)
cli.add_command(demo_cmd.demo)
cli.add_command(import_cmd.import_)
cli.add_command(meetings_cmd.meetings)
cli.add_command(export_cmd.export)
cli.add_command(people_cmd.people)
cli.add_command(search_cmd.search)
cli.add_command(reindex_cmd.reindex)
cli.add_command(groups_cmd.groups)
groups_cmd.groups.add_command(rhythm_cmd.rhythm)
groups_cmd.groups.add_command(rhythm_cmd.cancel)
groups_cmd.groups.add_command(standing_cmd.standing)
groups_cmd.groups.add_command(rotation_cmd.rotation)
cli.add_command(agenda_cmd.agenda)
cli.add_command(actions_cmd.actions)
cli.add_command(followups_cmd.followups)
cli.add_command(createuser_cmd.createuser)
cli.add_command(serve_cmd.serve)
cli.add_command(calendar_cmd.calendar)
cli.add_command(remind_cmd.remind)
cli.add_command(token_cmd.token)


def main() -> None:
    """Console-script entry point."""
    cli()

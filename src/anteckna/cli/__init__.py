"""The ``anteckna`` command: a click group whose commands each live in a module of their own."""

from __future__ import annotations

import click

from anteckna import __version__
from anteckna.cli import (
    createuser_cmd,
    demo_cmd,
    groups_cmd,
    import_cmd,
    meetings_cmd,
    parse_cmd,
    people_cmd,
    reindex_cmd,
    search_cmd,
    serve_cmd,
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
cli.add_command(people_cmd.people)
cli.add_command(search_cmd.search)
cli.add_command(reindex_cmd.reindex)
cli.add_command(groups_cmd.groups)
cli.add_command(createuser_cmd.createuser)
cli.add_command(serve_cmd.serve)
cli.add_command(token_cmd.token)


def main() -> None:
    """Console-script entry point."""
    cli()

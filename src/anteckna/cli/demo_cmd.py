"""``anteckna demo``: read the bundled fictional notes and show what anteckna finds in them."""

from __future__ import annotations

import click

from anteckna.cli.errors import reported
from anteckna.extract import extract_file
from anteckna.parse import parse as parse_text
from anteckna.render import render
from anteckna.samples import sample_paths


@click.command()
@click.option("--count", type=int, default=3, show_default=True, help="How many notes to show.")
def demo(count: int) -> None:
    """Parse the bundled sample notes (fiction) and print what was found.

    Example:

    \b
        anteckna demo --count 14
    """
    with reported():
        for path in sample_paths()[:count]:
            extracted = extract_file(path)
            meeting = parse_text(extracted.text, file_name=path.name, sha256=extracted.sha256)
            click.echo(f"=== {path.name}")
            click.echo(render(meeting, "summary"))
            click.echo()

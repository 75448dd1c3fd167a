"""``anteckna parse``: read one file of notes and show what the parser found."""

from __future__ import annotations

from datetime import datetime

import click

from anteckna.cli.errors import reported
from anteckna.extract import extract_file
from anteckna.parse import parse as parse_text
from anteckna.render import render


@click.command()
@click.argument("file", type=click.Path(path_type=str))
@click.option(
    "--date",
    "meeting_date",
    type=click.DateTime(["%Y-%m-%d"]),
    help="The meeting date (YYYY-MM-DD); wins over a date in the text.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the meeting as one JSON object.")
@click.option("--explain", is_flag=True, help="Show each element beside its lines and rule.")
def parse(file: str, meeting_date: datetime | None, as_json: bool, explain: bool) -> None:
    """Parse FILE (.txt, .md, .pdf, .docx) into a meeting.

    Example:

    \b
        anteckna parse protokoll.pdf --date 2024-05-14
        anteckna parse anteckningar.txt --json
    """
    with reported():
        extracted = extract_file(file)
        meeting = parse_text(
            extracted.text,
            meeting_date=meeting_date.date() if meeting_date else None,
            file_name=extracted.path.name,
            sha256=extracted.sha256,
        )
    if as_json:
        click.echo(render(meeting, "json"))
    elif explain:
        click.echo(render(meeting, "explain", source=extracted.text))
    else:
        click.echo(render(meeting, "summary"))

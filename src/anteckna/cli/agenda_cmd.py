"""``anteckna agenda``: the agenda of a group's next meeting, as Markdown, DOCX, PDF or JSON."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import click

from anteckna.cli.db import db_option, open_database
from anteckna.cli.errors import reported


@click.command()
@click.option("--group", required=True, metavar="NAME", help="The group (name or short name).")
@click.option(
    "--date",
    "day",
    type=click.DateTime(["%Y-%m-%d"]),
    help="The meeting date (default: the next meeting by the group's rhythm, else today).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "docx", "pdf", "json"]),
    default="md",
    show_default=True,
    help="What to write.",
)
@click.option(
    "--out", type=click.Path(dir_okay=False, path_type=Path), help="Write to FILE, not stdout."
)
@db_option
def agenda(group: str, day: datetime | None, fmt: str, out: Path | None, db: str | None) -> None:
    """The agenda of GROUP's meeting: the published one when the secretary has published it,
    else the draft built from the archive — standing items, open actions to review under the
    feedback item, follow-ups due by that date ("tas upp igen om två veckor"), items members
    asked for — with presenter and minutes per item.

    The date asked for counts as a meeting date: a follow-up is on it when it is due on or
    before it and did not come back at a meeting before it. A cancelled date has no agenda.
    DOCX and PDF are written with --out (or to a pipe).

    Example:

    \b
        anteckna agenda --group LG --date 2024-05-28 --format json
        anteckna agenda --group Ledningsgruppen --format pdf --out dagordning.pdf
    """
    with reported():
        open_database(db)
        from anteckna.services.agenda import agenda_document, agenda_for
        from anteckna.services.listing import group_named

        found = agenda_for(group_named(group), day.date() if day else None)
        data = agenda_document(found, fmt)
    if out is not None:
        out.write_bytes(data)
        click.echo(f"wrote {out} ({len(found.items)} items, {found.total_minutes} minutes)",
                   err=True)  # fmt: skip
        return
    if fmt in ("docx", "pdf") and sys.stdout.isatty():
        raise click.UsageError(f"a {fmt} file goes to a file: give --out FILE")
    click.echo(data, nl=False)

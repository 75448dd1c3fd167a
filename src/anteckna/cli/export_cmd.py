"""``anteckna export``: one stored meeting as a file (Markdown, Word, PDF, JSON, notes text,
the calendar's iCalendar); the formats are those the renderers' registry has."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from anteckna.cli.db import db_option, open_database
from anteckna.cli.errors import ReportedError, reported
from anteckna.render import formats


@click.command()
@click.argument("meeting_id", metavar="MEETING_ID", type=int)
@click.option(
    "--format",
    "fmt",
    required=True,
    metavar="FORMAT",
    help=f"One of {', '.join(formats())} (notes: the plain notes text; ics: its calendar).",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write to this file; without it text formats go to stdout.",
)
@db_option
def export(meeting_id: int, fmt: str, out: Path | None, db: str | None) -> None:
    """Export meeting MEETING_ID (as `anteckna meetings` lists it) with the corrections made
    to it. DOCX and PDF carry ANTECKNA_ORGANISATION and ANTECKNA_LOGO in their heading; every
    file but the calendar (ics) reads back into the same meeting with `anteckna import`.

    Example:

    \b
        anteckna export 12 --format pdf --out protokoll.pdf
        anteckna export 12 --format notes > anteckningar.txt
    """
    with reported():
        open_database(db)
        from anteckna.services.export import export as export_file

        exported = export_file(meeting_id, fmt)
    if out is not None:
        out.write_bytes(exported.data)
        click.echo(f"meeting {meeting_id} written to {out}", err=True)
        return
    if not exported.text and sys.stdout.isatty():
        raise ReportedError(f"{fmt} is a binary format; use --out FILE")
    stream = click.get_binary_stream("stdout")
    stream.write(exported.data)
    stream.flush()

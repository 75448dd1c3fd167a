"""``anteckna import``: files and folders of notes into the archive."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click

from anteckna.cli.db import db_option, open_database
from anteckna.cli.errors import reported
from anteckna.cli.output import track


@click.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--group",
    metavar="NAME",
    help="The group the meetings belong to (name or short name, e.g. LG); "
    "replaces the groups found in the notes.",
)
@click.option(
    "--date",
    "meeting_date",
    type=click.DateTime(["%Y-%m-%d"]),
    help="The meeting date (YYYY-MM-DD); wins over dates in the text and the file name.",
)
@db_option
@click.pass_context
def import_(
    ctx: click.Context,
    paths: tuple[Path, ...],
    group: str | None,
    meeting_date: datetime | None,
    db: str | None,
) -> None:
    """Import notes (.pdf .docx .txt .md; folders at any depth), one meeting per file.

    A file already imported (same bytes) is skipped; a file that fails leaves nothing behind.
    Prints "imported N, skipped M, failed K" and each failure as "file: reason"; exits 1 when
    any file failed. A meeting whose date is found neither in the text nor in the file name is
    imported and listed as needing a date. A file with the same name and new bytes is a new
    version of its meeting: manual corrections are carried over where the notes still say what
    they said, and listed as not carried over where they do not.

    Example:

    \b
        anteckna import protokoll/ --group LG
        anteckna import 2024-05-14.docx --date 2024-05-14 --db arkiv.sqlite3
    """
    with reported():
        open_database(db)
        from anteckna.services.importing import import_paths

        with track("Importing") as progress:
            report = import_paths(
                paths,
                group=group,
                meeting_date=meeting_date.date() if meeting_date else None,
                progress=progress,
            )
    click.echo(
        f"imported {len(report.imported)}, skipped {len(report.skipped)}, "
        f"failed {len(report.failed)}"
    )
    for path, reason in report.failed:
        click.echo(f"{path}: {reason}")
    for path in report.needs_date:
        click.echo(f"{path}: imported without a date (give one with --date)")
    for path, conflict in report.conflicts:
        click.echo(f"{path}: correction not carried over: {conflict}")
    ctx.exit(1 if report.failed else 0)

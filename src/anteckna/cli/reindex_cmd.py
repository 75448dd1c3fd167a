"""``anteckna reindex``: rebuild the search index from the archive."""

from __future__ import annotations

from pathlib import Path

import click

from anteckna.cli.db import db_option, open_database
from anteckna.cli.errors import reported
from anteckna.cli.output import track

MEETINGS = Path("meetings")  # what the progress bar names beside its count


@click.command()
@db_option
def reindex(db: str | None) -> None:
    """Rebuild the search index from the archive's tables, in one transaction, and link the
    meetings an interrupted import left unlinked (actions reported done, follow-ups resolved).

    The tables are the source of truth and every import keeps the index in step; run this
    after upgrading from a version without search, or whenever the index is in doubt.

    Example:

    \b
        anteckna reindex --db arkiv.sqlite3
    """
    with reported():
        open_database(db)
        from anteckna.services.linking import link_pending
        from anteckna.services.search import reindex as rebuild

        with track("Indexing") as progress:
            written = rebuild(lambda done, total: progress(done, total, MEETINGS))
        linked = link_pending()
    click.echo(f"indexed {written} items, decisions, actions and follow-ups")
    if linked.closed or linked.follow_ups:
        click.echo(f"linked: {len(linked.closed)} actions closed, {linked.follow_ups} follow-ups")

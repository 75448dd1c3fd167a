"""One way for every command to turn anteckna's errors into a one-line message and exit code 2."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import click

from anteckna.errors import AntecknaError


class ReportedError(click.ClickException):
    """An AntecknaError shown as ``anteckna: <message>`` with exit code 2."""

    exit_code = 2

    def show(self, file=None) -> None:  # type: ignore[override]
        click.echo(f"anteckna: {self.format_message()}", err=True)


@contextlib.contextmanager
def reported() -> Iterator[None]:
    """Run a command body; an AntecknaError becomes a one-line message, never a traceback."""
    try:
        yield
    except AntecknaError as error:
        raise ReportedError(str(error)) from error

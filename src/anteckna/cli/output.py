"""What commands print besides their text: JSON on stdout, progress on stderr.

With ``--json`` stdout holds the JSON and nothing else (UTF-8, not ASCII-escaped: "Åsa", not
"\\u00c5sa"), so it can be piped into ``jq``; a progress bar goes to stderr, and only when
stderr is a terminal.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click


def echo_json(data: Any) -> None:
    """Print ``data`` as indented JSON on stdout, as UTF-8 bytes whatever the locale says."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))


@contextlib.contextmanager
def track(description: str) -> Iterator[Callable[[int, int, Path], None]]:
    """A Rich progress bar on stderr, advanced by calling the yielded ``(done, total, path)``."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    console = Console(stderr=True)
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[name]}"),
    )
    quiet = not console.is_terminal
    with Progress(*columns, console=console, transient=True, disable=quiet) as bar:
        task = bar.add_task(description, total=None, name="")

        def advance(done: int, total: int, path: Path) -> None:
            bar.update(task, completed=done, total=total, name=path.name)

        yield advance

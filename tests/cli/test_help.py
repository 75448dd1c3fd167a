"""Every command and subcommand shows an example in its help (sqlite-utils' test_docs habit)."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from anteckna.cli import cli


def commands(group: click.Group, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for name, command in sorted(group.commands.items()):
        found.append((*path, name))
        if isinstance(command, click.Group):
            found.extend(commands(command, (*path, name)))
    return found


@pytest.mark.parametrize("path", commands(cli), ids=" ".join)
def test_every_command_has_an_example(path):
    text = CliRunner().invoke(cli, [*path, "--help"]).stdout
    assert "Example:" in text
    assert f"anteckna {' '.join(path)}" in text.split("Example:", 1)[1]

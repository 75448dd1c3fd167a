"""Fictional notes of an invented municipality, shipped for the demo and the tests.

``gold/`` beside them holds a careful hand reading of each, in the shape of the shared gold
files, so our own samples are scored like any other document.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def sample_paths() -> list[Path]:
    """The bundled notes, oldest first (their names carry their dates)."""
    folder = resources.files(__name__)
    return sorted(Path(str(entry)) for entry in folder.iterdir() if entry.name.endswith(".txt"))

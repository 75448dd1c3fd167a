"""The shared documents beside the project: ../shared/seeds and ../shared/corpus.

Tests that read them skip when ../shared is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus"


def pairs(docs: Path, gold: Path) -> list[tuple[Path, Path]]:
    """(document, gold) pairs found in a folder; empty when the folder is not there."""
    if not gold.is_dir():
        return []
    found = []
    for gold_file in sorted(gold.glob("*.json")):
        for suffix in (".txt", ".md"):
            doc = docs / (gold_file.stem + suffix)
            if doc.exists():
                found.append((doc, gold_file))
    return found


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def _needs_shared() -> None:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the project")

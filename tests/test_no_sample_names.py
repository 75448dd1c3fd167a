"""No person or item title from ../shared's gold files appears in the project's own files.

The seeds and the corpus are someone else's documents: tests may read them, the project may not
copy them (shared/README.md). This scans every text file under ``src/`` (docstrings, vocabulary,
samples) for the names and item titles the gold files record, as whole words.

Names shorter than five characters are left out ("Tony", "TK", "Ulf"): they are too common to
say anything. Item titles that are ordinary meeting words are left out too; ``GENERIC_TITLES``
lists each with the reason.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
SHARED = ROOT.parent / "shared"
GOLD_FILES = sorted(SHARED.glob("seeds/gold/*.json")) + sorted(SHARED.glob("corpus/gold/*.json"))
MIN_NAME_LENGTH = 5

# Item titles that are ordinary Swedish or English meeting vocabulary rather than anything the
# gold files' authors wrote: cue words the parser must know, or headings every set of notes has.
GENERIC_TITLES = {
    "Beslut": "cue word: the decision label and section heading",
    "Decisions": "cue word: the English decision heading",
    "TODO": "cue word: the action-list heading",
    "Notes": "ordinary English word (the docx extractor's 'Notes' style, a group's notes)",
    "Anteckningar": "cue word: a title word ('anteckningar' = notes)",
    "Opening": "ordinary English agenda heading",
    "Next meeting": "ordinary English agenda heading and a follow-up cue",
    "Previous Discussion": "a recap-title cue in vocabulary.RECAP_TITLES",
    "Gitlab": "a product name, not a person or a phrase of the notes",
    "Sammanfattning": "ordinary Swedish heading ('summary')",
    "Incheckning": "ordinary Swedish agenda heading ('check-in') used in the samples",
    "Utcheckning": "ordinary Swedish agenda heading ('check-out') used in the samples",
    "Kort information": "ordinary Swedish heading ('brief information')",
    "Återkoppling från föregående möte": "ordinary Swedish heading ('feedback from last time')",
    "Nytt från systergrupper": "ordinary Swedish heading ('news from sister groups')",
    "Kort, kort": "ordinary Swedish heading for brief news ('short, short') used in the samples",
    "Summering och utcheckning": "two ordinary headings joined ('summary and check-out')",
    "Mötets öppnande": "standard Swedish agenda item ('opening of the meeting')",
    "Mötet avslutas": "standard Swedish agenda item ('the meeting closes')",
    "Uppföljning av beslut": "standard Swedish agenda item ('follow-up of decisions')",
}

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not GOLD_FILES, reason=f"no gold files under {SHARED}"),
]


def _names(value: Any) -> list[str]:
    """Names in a gold list whose entries are strings or objects with a "name"."""
    found = []
    for entry in value or ():
        name = entry.get("name") if isinstance(entry, dict) else entry
        if isinstance(name, str):
            found.append(name)
    return found


def gold_strings() -> dict[str, str]:
    """Every name and title to look for, with the gold file it comes from."""
    found: dict[str, str] = {}
    for path in GOLD_FILES:
        data = json.loads(path.read_text(encoding="utf-8"))
        names = _names(data.get("attendees")) + _names(data.get("absent"))
        names += _names(data.get("guests"))
        for short, full in (data.get("mentions_resolved") or {}).items():
            names += [short, full]
        for name in names:
            if len(name.strip()) >= MIN_NAME_LENGTH:
                found.setdefault(name.strip(), path.name)
        for item in data.get("items") or ():
            title = (item.get("title") or "").strip()
            if title and title not in GENERIC_TITLES:
                found.setdefault(title, path.name)
    return found


def source_files() -> list[Path]:
    """Text files under src/, without build output (egg-info), caches, compiled files (a
    compiled translation holds the same strings as its .po, which is read) and fonts."""
    files = []
    for path in sorted(SRC.rglob("*")):
        parts = set(path.relative_to(SRC).parts)
        if not path.is_file() or "__pycache__" in parts or path.suffix in {".mo", ".pyc", ".ttf"}:
            continue
        if any(part.endswith(".egg-info") for part in parts):
            continue
        files.append(path)
    return files


def _param(path: Path) -> Any:
    return pytest.param(path, id=path.relative_to(SRC).as_posix())


def _pattern(strings: dict[str, str]) -> re.Pattern[str]:
    words = sorted(strings, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


STRINGS = gold_strings() if GOLD_FILES else {}
PATTERN = _pattern(STRINGS) if STRINGS else None


def test_the_gold_files_give_something_to_look_for() -> None:
    assert len(STRINGS) > 20
    assert not set(GENERIC_TITLES) & set(STRINGS)


@pytest.mark.parametrize("path", [_param(path) for path in source_files()])
def test_no_sample_name_in_source_file(path: Path) -> None:
    assert PATTERN is not None
    text = path.read_text(encoding="utf-8")
    hits = sorted({f"{m.group(1)!r} ({STRINGS[m.group(1)]})" for m in PATTERN.finditer(text)})
    assert not hits, f"{path.relative_to(ROOT)} contains {', '.join(hits)}"

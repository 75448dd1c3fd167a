"""Stable keys: how an element of a meeting is recognised again in a new version of its notes.

A secretary's correction and every link into a meeting (a follow-up resolved by an item, an
action closed in a later meeting) must outlive a re-import, which replaces the rows and their
ids. So each row also gets a key computed from what the parser gave, when it was saved, and
never changed by a correction afterwards:

- an item: its number as written, spacing and list marker ignored ("§ 12" = "§12"); without a
  number, its title, case and spacing folded, end punctuation dropped;
- an action or a follow-up: its text, folded the same way (unique within its item);
- an attendance row: the person it resolved to, else the name as written.

Two elements with the same key in one scope get ``#2``, ``#3``… in the order the notes give them.
Pure functions, so the migration that fills the keys of an older archive uses them too.
"""

from __future__ import annotations

from collections.abc import Iterable

from anteckna.store.names import fold

_END = " .:;,)"


def text_key(text: str) -> str:
    """ "Jonas skickar ut planen. " → "jonas skickar ut planen"."""
    return fold(text).rstrip(_END)


def item_key(number: str | None, title: str) -> str:
    """ "n:§12" for a numbered item, "t:budget 2024" for one known by its title."""
    if number and number.strip():
        return "n:" + "".join(fold(number).split()).rstrip(_END)
    return "t:" + text_key(title)


def attendance_key(person_id: int | None, name: str) -> str:
    """ "p:12" for a resolved person; "n:maria" for a name that resolved to nobody (yet)."""
    return f"p:{person_id}" if person_id is not None else "n:" + fold(name)


def unique(keys: Iterable[str]) -> list[str]:
    """The keys with repeats numbered: ["a", "a", "b"] → ["a", "a#2", "b"]."""
    seen: dict[str, int] = {}
    out = []
    for key in keys:
        seen[key] = seen.get(key, 0) + 1
        out.append(key if seen[key] == 1 else f"{key}#{seen[key]}")
    return out


def next_free(key: str, taken: Iterable[str]) -> str:
    """``key``, numbered past the keys already ``taken`` (an element added by hand)."""
    used = set(taken)
    candidate, n = key, 1
    while candidate in used:
        n += 1
        candidate = f"{key}#{n}"
    return candidate

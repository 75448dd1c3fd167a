"""Finding a group by any of its names, and pairing a name with its short name when first seen.

Notes call the same group "Ledningsgruppen", "ledningsgruppen", "LG" and "Ledningsgruppens";
all of them must reach one Group. Rules, in order:

1. the folded label is a group's name or short name → that group;
2. it is an inflected form of a group's name ("Styrgrupp", "Styrgruppens") → that group;
3. it is a short name ("LG") that a long-named group without a short name would be guessed to
   have → that group, now paired; otherwise a new group known by the short name only;
4. it is a long name whose guessed short name is a group so far known only by that short
   name → that group, renamed and paired; otherwise a new group, paired with its guessed short
   name when no other group uses it.
"""

from __future__ import annotations

from django.db.models import Q

from anteckna.store.models import Group
from anteckna.store.names import fold, guess_short_name, looks_like_initials

# Endings that make another form of the same Swedish noun: definite, plural, genitive.
_INFLECTIONS = ("s", "n", "t", "en", "et", "na", "ns", "ts", "ens", "ets", "nas", "ar", "arna")


def find_group(label: str) -> Group | None:
    """The group with this name or short name (case and spacing ignored), without creating."""
    key = fold(label)
    return Group.objects.filter(Q(name_key=key) | Q(short_key=key)).first()


def _inflected(a: str, b: str) -> bool:
    """True when one folded name is the other plus a Swedish inflection ending."""
    if len(a) < len(b):
        a, b = b, a
    return len(b) >= 4 and a.startswith(b) and a[len(b) :] in _INFLECTIONS


class GroupBook:
    """The archive's groups, read once and kept in step as labels are resolved.

    Created per import run; the caller calls ``reset()`` after a rolled-back document so that
    no group created inside that transaction is remembered.
    """

    def __init__(self) -> None:
        self._groups: list[Group] | None = None
        self._found: dict[str, Group | None] = {}

    def reset(self) -> None:
        self._groups = None
        self._found.clear()

    @property
    def groups(self) -> list[Group]:
        if self._groups is None:
            self._groups = list(Group.objects.all())
        return self._groups

    def find(self, label: str) -> Group | None:
        """Rules 1 and 2: an existing group by any of its names or their inflected forms."""
        key = fold(label)
        if key not in self._found:
            exact = (g for g in self.groups if key in (g.name_key, g.short_key))
            inflected = (g for g in self.groups if _inflected(key, g.name_key))
            self._found[key] = next(exact, None) or next(inflected, None)
        return self._found[key]

    def resolve(self, label: str) -> Group:
        """The group this label names, created or paired when first seen (rules 3 and 4)."""
        found = self.find(label)
        if found is not None:
            return found
        label = " ".join(label.split())
        if looks_like_initials(label):
            short = label.upper()
            for group in self.groups:
                if group.short_key is None and guess_short_name(group.name) == short:
                    return self._save(group, short_name=short)
            return self._save(Group(name=short))
        guess = guess_short_name(label)
        owner = self.find(guess) if guess else None
        if owner is not None and owner.short_key is None and owner.name_key == fold(guess or ""):
            return self._save(owner, name=label, short_name=guess)
        return self._save(Group(name=label, short_name=guess if owner is None else None))

    def _save(self, group: Group, **changes: str | None) -> Group:
        for field, value in changes.items():
            setattr(group, field, value)
        is_new = group.pk is None
        group.save()
        if is_new:
            self.groups.append(group)
        self._found.clear()  # a new group or a new name changes what labels find
        return group

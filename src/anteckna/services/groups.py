"""The archive's groups: listing them, and editing the pairing of name and short name.

The pairing is guessed when a group is first seen (``anteckna.store.groups``): "Ledningsgruppen"
is paired with "LG", and a group first seen as "AU" is known by that alone until its long name
turns up. A wrong guess, or a pairing no rule could guess, is fixed here. Since either name
finds the group wherever one is asked for, neither may be a name another group answers to.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from django.db import transaction
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from anteckna.errors import AntecknaError
from anteckna.services.listing import group_named
from anteckna.store import models as db
from anteckna.store.names import fold, looks_like_initials


@dataclass(frozen=True, slots=True)
class GroupSummary:
    """One group in a listing: its names, its meetings and its members (people ever seen in
    one of its participant lists)."""

    name: str
    short_name: str | None
    meetings: int
    members: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class GroupNameTaken(AntecknaError):
    """A new name or short name that another group already answers to."""

    def __init__(self, wanted: str, other: str) -> None:
        super().__init__(wanted, other)
        self.wanted = wanted
        self.other = other

    def __str__(self) -> str:
        message = _("%(wanted)s already names another group: %(other)s")
        return message % {"wanted": repr(self.wanted), "other": self.other}

    def __repr__(self) -> str:
        return f"GroupNameTaken(wanted={self.wanted!r}, other={self.other!r})"


def list_groups() -> list[GroupSummary]:
    """Every group by name, with counts (one query)."""
    rows = db.Group.objects.annotate(
        n_meetings=Count("meetings", distinct=True),
        n_members=Count("memberships__person", distinct=True),
    ).order_by("name_key", "id")
    return [_summary(g, g.n_meetings, g.n_members) for g in rows]  # type: ignore[attr-defined]


def rename_group(
    label: str, *, name: str | None = None, short_name: str | None = None
) -> GroupSummary:
    """Give the group ``label`` names (its name or short name) a new ``name``, a new
    ``short_name``, or both; ``short_name=""`` removes the short name. A group known only by
    its short name ("AU") keeps it as its short name when it gets a long name, so that the notes
    that call it "AU" still find it. ``GroupNameTaken`` when another group answers to either."""
    if name is None and short_name is None:
        raise AntecknaError(_("give a new name, a new short name, or both"))
    with transaction.atomic():
        group = group_named(label)
        new_name = " ".join((group.name if name is None else name).split())
        new_short = group.short_name if short_name is None else " ".join(short_name.split())
        if short_name is None and new_short is None and looks_like_initials(group.name):
            new_short = group.name
        if not new_name:
            raise AntecknaError(_("a group needs a name"))
        for wanted in filter(None, (new_name, new_short)):
            key = fold(wanted)
            other = db.Group.objects.filter(Q(name_key=key) | Q(short_key=key))
            taken = other.exclude(pk=group.pk).first()
            if taken is not None:
                raise GroupNameTaken(wanted, str(taken))
        group.name, group.short_name = new_name, new_short or None
        group.save()
        members = db.Membership.objects.filter(group=group).values("person").distinct().count()
        return _summary(group, group.meetings.count(), members)


def _summary(group: db.Group, meetings: int, members: int) -> GroupSummary:
    return GroupSummary(group.name, group.short_name, meetings, members)

"""A group's standing items: the frame every agenda of the group is built in.

Each has a place: before the matters (``first``), the feedback item that the actions to review
follow (``feedback``), or after the matters (``last``). A group with none configured gets
``DEFAULTS``, the set Swedish leadership groups commonly use; as soon as the secretary changes
anything the defaults are written to the group's rows and edited there, so they are data like
any other, not code.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from django.db import transaction
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from anteckna.errors import Text, ValueProblem
from anteckna.store import models as db

Place = db.StandingItem.Place
PLACES = tuple(Place.values)


@dataclass(frozen=True, slots=True)
class Standing:
    """A standing item as the agenda uses it."""

    title: str
    place: str
    presenter: str | None = None
    minutes: int | None = None

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


DEFAULTS = (
    Standing("Incheckning", "first", minutes=10),
    Standing("Återkoppling från föregående möte", "feedback", minutes=10),
    Standing("Nytt från systergrupper", "last", minutes=10),
    Standing("Kort information", "last", minutes=10),
    Standing("Utcheckning", "last", minutes=5),
)


class StandingError(ValueProblem):
    """A standing item that cannot be added or removed as asked."""


def standing_items(group: db.Group) -> list[Standing]:
    """The group's standing items in agenda order (by place, then position), or ``DEFAULTS``."""
    rows = list(db.StandingItem.objects.filter(group=group))
    if not rows:
        return list(DEFAULTS)
    rows.sort(key=lambda r: (PLACES.index(r.place), r.position, r.pk))
    return [Standing(r.title, r.place, r.presenter or None, r.minutes) for r in rows]


def is_configured(group: db.Group) -> bool:
    return db.StandingItem.objects.filter(group=group).exists()


def add_standing_item(
    group: db.Group,
    title: str,
    place: str = "last",
    *,
    presenter: str | None = None,
    minutes: int | None = None,
) -> list[Standing]:
    """Add (or change, by title) a standing item at the end of its place."""
    title = " ".join(title.split())
    if not title:
        raise StandingError(_("title"), _("a standing item needs a title"))
    if place not in PLACES:
        choices = ", ".join(PLACES)
        raise StandingError(
            repr(place), Text(_("not a place (one of %(choices)s)"), choices=choices)
        )
    if minutes is not None and minutes < 0:
        raise StandingError(
            pgettext_lazy("duration", "minutes"),
            Text(_("%(minutes)s is not a number of minutes"), minutes=minutes),
        )
    with transaction.atomic():
        _materialise(group)
        rows = db.StandingItem.objects.filter(group=group, place=place)
        last = max(rows.values_list("position", flat=True), default=-1)
        db.StandingItem.objects.filter(group=group, title__iexact=title).delete()
        db.StandingItem.objects.create(
            group=group, title=title, place=place, position=last + 1,
            presenter=(presenter or "").strip(), minutes=minutes,
        )  # fmt: skip
    return standing_items(group)


def remove_standing_item(group: db.Group, title: str) -> list[Standing]:
    with transaction.atomic():
        _materialise(group)
        rows = db.StandingItem.objects.filter(group=group, title__iexact=title.strip())
        if not rows.delete()[0]:
            raise StandingError(repr(title), _("no such standing item in this group"))
    return standing_items(group)


def reset_standing_items(group: db.Group) -> list[Standing]:
    """Back to ``DEFAULTS``."""
    db.StandingItem.objects.filter(group=group).delete()
    return standing_items(group)


def _materialise(group: db.Group) -> None:
    """Write the defaults to the group's rows before its first edit."""
    if is_configured(group):
        return
    for position, item in enumerate(DEFAULTS):
        db.StandingItem.objects.create(
            group=group, title=item.title, place=item.place, position=position,
            presenter=item.presenter or "", minutes=item.minutes,
        )  # fmt: skip

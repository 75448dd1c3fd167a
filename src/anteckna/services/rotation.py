"""Rotating roles: a group whose chair and agenda responsibility pass round in a fixed order
("roterande ordförandeskap och roterande ansvar för dagordning").

The order is a list of people; ``holder`` says who holds the role now. anteckna proposes the
next holders in that order and moves the role on when told (``hand_over``), rather than on a
clock: groups skip turns, swap and pause, and the secretary knows when a turn has passed.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from anteckna.errors import Text, ValueProblem
from anteckna.services.owners import person_named
from anteckna.store import models as db

ROLES = tuple(db.Rotation.Role.values)


class RotationError(ValueProblem):
    """A rotation that cannot be set or moved on as asked."""


@dataclass(frozen=True, slots=True)
class RotationState:
    """Who holds the role now (None before the first turn) and who comes next, in order."""

    role: str
    order: tuple[str, ...]
    holder: str | None
    next: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {"role": self.role, "order": list(self.order), "holder": self.holder,
                "next": list(self.next)}  # fmt: skip


def set_rotation(
    group: db.Group, role: str, names: list[str], holder: str | None = None
) -> RotationState:
    """Set the order of a role's rotation (each name one person); ``holder`` is who holds it
    now, else nobody until the first ``hand_over``."""
    _check_role(role)
    people = [person_named(name) for name in names if name.strip()]
    if not people:
        raise RotationError(_("order"), _("a rotation needs at least one person"))
    if len({p.pk for p in people}) != len(people):
        raise RotationError(_("order"), _("a person appears twice in the order"))
    current = None
    if holder:
        who = person_named(holder)
        if who.pk not in [p.pk for p in people]:
            raise RotationError(repr(holder), _("is not in the order"))
        current = [p.pk for p in people].index(who.pk)
    with transaction.atomic():
        rotation = db.Rotation.objects.update_or_create(
            group=group, role=role, defaults={"holder": current}
        )[0]
        rotation.members.all().delete()
        db.RotationMember.objects.bulk_create(
            db.RotationMember(rotation=rotation, position=i, person=p) for i, p in enumerate(people)
        )
    return rotation_state(group, role)


def rotation_state(group: db.Group, role: str) -> RotationState | None:
    _check_role(role)
    rotation = db.Rotation.objects.filter(group=group, role=role).first()
    if rotation is None:
        return None
    order = tuple(rotation.members.order_by("position").values_list("person__name", flat=True))
    if not order:
        return None
    holder = rotation.holder
    if holder is not None and holder >= len(order):
        holder = None
    start = 0 if holder is None else holder + 1
    following = tuple(order[(start + i) % len(order)] for i in range(len(order)))
    if holder is not None:
        following = following[: len(order) - 1]
    return RotationState(role, order, order[holder] if holder is not None else None, following)


def rotations(group: db.Group) -> list[RotationState]:
    return [s for role in ROLES if (s := rotation_state(group, role)) is not None]


def hand_over(group: db.Group, role: str) -> RotationState:
    """Pass the role to the next in order (the first, before any turn)."""
    _check_role(role)
    with transaction.atomic():
        rotation = db.Rotation.objects.select_for_update().filter(group=group, role=role).first()
        count = rotation.members.count() if rotation is not None else 0
        if rotation is None or not count:
            raise RotationError(role, _("the group has no rotation for this role"))
        rotation.holder = 0 if rotation.holder is None else (rotation.holder + 1) % count
        rotation.save(update_fields=["holder"])
    state = rotation_state(group, role)
    assert state is not None
    return state


def _check_role(role: str) -> None:
    if role not in ROLES:
        choices = ", ".join(ROLES)
        raise RotationError(
            repr(role), Text(_("not a rotating role (one of %(choices)s)"), choices=choices)
        )

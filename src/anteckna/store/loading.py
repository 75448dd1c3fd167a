"""Rows → ``anteckna.model.Meeting``: the reading half of the mapping (``mapping.save`` is the
writing half). ``load(save(m)) == m`` for every meeting, which tests/store/test_mapping.py holds.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from anteckna import model
from anteckna.store import models as db
from anteckna.store.models.meetings import Provenance

R = TypeVar("R", bound=Provenance | db.ItemPresenter)


def _ref(row: Provenance) -> model.SourceRef | None:
    if row.first_line is None:
        return None
    return model.SourceRef(row.first_line, row.last_line or row.first_line, row.rule)


def _by_item(rows: Iterable[R]) -> dict[int, list[R]]:
    grouped: dict[int, list[R]] = {}
    for row in rows:
        grouped.setdefault(row.item_id, []).append(row)
    return grouped


def load(row: db.Meeting) -> model.Meeting:
    """The meeting as the dataclasses describe it, read back from its rows (a query a table)."""
    mine = {"item__meeting": row}
    presenters = _by_item(db.ItemPresenter.objects.filter(**mine).order_by("position"))
    decisions = _by_item(row.decisions.order_by("position"))
    follow_ups = _by_item(row.follow_ups.order_by("position"))
    events = _by_item(row.events.order_by("position"))
    owners: dict[int, list[str]] = {}
    for action_id, name in (
        db.ActionOwner.objects.filter(action__meeting=row)
        .order_by("position")
        .values_list("action_id", "name")
    ):
        owners.setdefault(action_id, []).append(name)
    actions = _by_item(row.actions.order_by("position"))
    items = tuple(
        model.Item(
            title=i.title,
            number=i.number,
            section=i.section,
            presenters=tuple(p.name for p in presenters.get(i.pk, ())),
            text=i.text,
            decisions=tuple(model.Decision(d.text, _ref(d)) for d in decisions.get(i.pk, ())),
            actions=tuple(
                model.Action(a.text, tuple(owners.get(a.pk, ())), a.due, a.due_text, _ref(a))
                for a in actions.get(i.pk, ())
            ),
            follow_ups=tuple(
                model.FollowUp(f.text, f.relative, f.days, f.due, _ref(f))
                for f in follow_ups.get(i.pk, ())
            ),
            events=tuple(
                model.Event(e.title, e.start, e.end, e.contact, _ref(e))
                for e in events.get(i.pk, ())
            ),
            mentions=tuple(i.mentions),
            source=_ref(i),
        )
        for i in row.items.order_by("position")
    )
    participants = tuple(
        model.Participant(
            name=a.name,
            status=a.status,  # type: ignore[arg-type]
            group=a.group_label,
            note=a.note,
            role=a.role,
            start=a.start,
            end=a.end,
            item=a.item,
            source=_ref(a),
        )
        for a in row.attendance.order_by("position")
    )
    source = db.SourceDocument.objects.filter(pk=row.source_id).values("file_name", "sha256")[0]
    return model.Meeting(
        title=row.title,
        groups=tuple(row.group_labels),
        date=row.date,
        time=row.time,
        place=row.place,
        language=row.language,
        participants=participants,
        chair=row.chair,
        secretary=row.secretary,
        items=items,
        roles=tuple(model.Role(r["group"], r["role"], r["name"]) for r in row.roles),
        aliases=dict(row.aliases),
        warnings=tuple(row.warnings),
        source=model.SourceInfo(source["file_name"], source["sha256"]),
    )

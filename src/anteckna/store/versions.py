"""A corrected version of a document replaces its meeting's rows, and keeps what points at them.

A re-import writes the new version's rows afresh (the same fast path as a first import), so the
old rows and their ids go. What people and later meetings attached to them must not go with
them when the new version still has the element: an action marked done or closed in a later
meeting, a follow-up resolved by an item, a later meeting's follow-up resolved by one of this
meeting's items. ``replace()`` notes those links by stable key (``anteckna.store.keys``) before
the old rows are deleted; ``restore()`` puts them back on the new rows with the same keys.
A link whose element is gone stays cleared, as the database's ``SET_NULL`` left it.

The meeting row itself stays, so its id (in links, in ``closed_in``, in corrections) survives.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q

from anteckna.model.serialise import to_dict
from anteckna.store import models as db
from anteckna.store.loading import load

ItemRef = int | str
"""An item a follow-up is resolved by: its id when in another meeting, its key when in this."""


@dataclass(slots=True)
class Links:
    """What was attached to the old version's rows, by stable key."""

    actions: dict[tuple[str, str], tuple[str, int | None]] = field(default_factory=dict)
    """(item key, action key) → (status, closed_in meeting id), for actions not simply open."""
    resolved: dict[tuple[str, str], ItemRef] = field(default_factory=dict)
    """(item key, follow-up key) → the item that resolved this meeting's follow-up."""
    incoming: list[tuple[int, str]] = field(default_factory=list)
    """(follow-up id in another meeting, key of the item here that resolved it)."""


def replace(
    meeting_id: int, document_id: int, fields: dict[str, Any], groups: list[db.Group]
) -> Links:
    """Keep the old version as a snapshot on its document, note its links, clear its rows and
    give the meeting row the new version's fields. Call inside the import's transaction."""
    row = db.Meeting.objects.get(pk=meeting_id)
    snapshot = to_dict(load(row))
    db.SourceDocument.objects.filter(pk=document_id).update(snapshot=snapshot)
    links = _links(row)
    db.Item.objects.filter(meeting=row).delete()
    db.Attendance.objects.filter(meeting=row).delete()
    for name, value in fields.items():
        setattr(row, name, value)
    row.save()
    row.groups.set(groups)
    return links


def _links(meeting: db.Meeting) -> Links:
    items = dict(db.Item.objects.filter(meeting=meeting).values_list("id", "key"))
    links = Links()
    changed = db.Action.objects.filter(meeting=meeting).exclude(
        Q(status=db.Action.Status.OPEN) & Q(closed_in__isnull=True)
    )
    for item_id, key, status, closed_in in changed.values_list(
        "item_id", "key", "status", "closed_in_id"
    ):
        links.actions[(items[item_id], key)] = (status, closed_in)
    resolved = db.FollowUp.objects.filter(meeting=meeting, resolved_by__isnull=False)
    for item_id, key, by in resolved.values_list("item_id", "key", "resolved_by_id"):
        links.resolved[(items[item_id], key)] = items.get(by, by)
    incoming = db.FollowUp.objects.filter(resolved_by__meeting=meeting).exclude(meeting=meeting)
    for follow_up_id, by in incoming.values_list("id", "resolved_by_id"):
        links.incoming.append((follow_up_id, items[by]))
    return links


def restore(meeting_id: int, links: Links) -> None:
    """Put the links back on the new rows whose keys match (a query a link: links are few)."""
    items = dict(db.Item.objects.filter(meeting_id=meeting_id).values_list("key", "id"))
    mine = {"meeting_id": meeting_id}
    for (item_key, key), (status, closed_in) in links.actions.items():
        db.Action.objects.filter(**mine, item__key=item_key, key=key).update(
            status=status, closed_in_id=closed_in
        )
    for (item_key, key), by in links.resolved.items():
        target = items.get(by) if isinstance(by, str) else by
        if target is not None:
            db.FollowUp.objects.filter(**mine, item__key=item_key, key=key).update(
                resolved_by_id=target
            )
    for follow_up_id, item_key in links.incoming:
        if item_key in items:
            db.FollowUp.objects.filter(pk=follow_up_id).update(resolved_by_id=items[item_key])

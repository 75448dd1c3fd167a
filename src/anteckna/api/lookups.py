"""Filter values as a client gives them → what the services take, within what the user sees.

A group is named as everywhere in anteckna (its name or short name, "LG") or by its id. A group
the user does not see is answered like one that does not exist, so that nobody learns another
group's name by guessing.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from anteckna.errors import AntecknaError
from anteckna.services import access
from anteckna.store import models as db
from anteckna.store.groups import find_group


def visible_group(user: Any, label: str) -> db.Group:
    """The group called ``label`` (or with this id) among those the user sees."""
    groups = access.visible_groups(user)
    found = groups.filter(pk=int(label)).first() if label.isascii() and label.isdigit() else None
    if found is None:
        named = find_group(label)
        found = named if named is not None and groups.filter(pk=named.pk).exists() else None
    if found is None:
        raise AntecknaError(f"group: no group {label!r} among the groups you see")
    return found


def meetings_of(user: Any, group: str | None) -> QuerySet[db.Meeting]:
    """The meetings the user sees, of ``group`` when one is named."""
    meetings = access.visible_meetings(user)
    return meetings.filter(groups=visible_group(user, group)) if group else meetings

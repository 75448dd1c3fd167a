"""anteckna's tables, in three families: who (directory), what was read (sources), and what the
notes say (meetings). Import them from here."""

from anteckna.store.models.directory import Group, Membership, Organisation, Person, PersonAlias
from anteckna.store.models.meetings import (
    Action,
    ActionOwner,
    Attendance,
    Decision,
    Event,
    FollowUp,
    Item,
    ItemPresenter,
    Meeting,
)
from anteckna.store.models.sources import Original, SourceDocument

__all__ = [
    "Action",
    "ActionOwner",
    "Attendance",
    "Decision",
    "Event",
    "FollowUp",
    "Group",
    "Item",
    "ItemPresenter",
    "Meeting",
    "Membership",
    "Organisation",
    "Original",
    "Person",
    "PersonAlias",
    "SourceDocument",
]

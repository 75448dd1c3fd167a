"""anteckna's tables, in six families: who (directory), what was read (sources), what the notes
say (meetings), what people changed in it (corrections), who may use it (accounts), and the
minutes being written (drafts). Import them from here."""

from anteckna.store.models.accounts import Account, ApiToken, LoginFailure
from anteckna.store.models.corrections import Correction, Reapplication
from anteckna.store.models.directory import Group, Membership, Organisation, Person, PersonAlias
from anteckna.store.models.drafts import Draft, DraftEvent
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
from anteckna.store.models.search import SearchEntry
from anteckna.store.models.sources import Original, SourceDocument

__all__ = [
    "Account",
    "Action",
    "ActionOwner",
    "ApiToken",
    "Attendance",
    "Correction",
    "Decision",
    "Draft",
    "DraftEvent",
    "Event",
    "FollowUp",
    "Group",
    "Item",
    "ItemPresenter",
    "LoginFailure",
    "Meeting",
    "Membership",
    "Organisation",
    "Original",
    "Person",
    "PersonAlias",
    "Reapplication",
    "SearchEntry",
    "SourceDocument",
]

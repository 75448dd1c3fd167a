"""anteckna's tables, in families: who (directory), what was read (sources), what the notes say
(meetings), their pages kept rendered (pages), what people changed in it (corrections), who may
use it (accounts), uploads waiting to be imported (staging), the links to its calendars
(calendar), what groups plan (planning) and the minutes being written (drafts). Import them
from here."""

from anteckna.store.models.accounts import Account, ApiToken, LoginFailure
from anteckna.store.models.calendar import CalendarFeed
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
from anteckna.store.models.pages import KeptPage
from anteckna.store.models.planning import (
    AgendaEntry,
    CancelledMeeting,
    MeetingRhythm,
    PlannedAgenda,
    RequestedItem,
    Rotation,
    RotationMember,
    StandingItem,
)
from anteckna.store.models.search import SearchEntry
from anteckna.store.models.sources import Original, SourceDocument
from anteckna.store.models.staging import StagedBatch, StagedUpload

__all__ = [
    "Account",
    "Action",
    "ActionOwner",
    "AgendaEntry",
    "ApiToken",
    "Attendance",
    "CalendarFeed",
    "CancelledMeeting",
    "Correction",
    "Decision",
    "Draft",
    "DraftEvent",
    "Event",
    "FollowUp",
    "Group",
    "Item",
    "ItemPresenter",
    "KeptPage",
    "LoginFailure",
    "Meeting",
    "MeetingRhythm",
    "Membership",
    "Organisation",
    "Original",
    "Person",
    "PersonAlias",
    "PlannedAgenda",
    "Reapplication",
    "RequestedItem",
    "Rotation",
    "RotationMember",
    "SearchEntry",
    "SourceDocument",
    "StagedBatch",
    "StagedUpload",
    "StandingItem",
]

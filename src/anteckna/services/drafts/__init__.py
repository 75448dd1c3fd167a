"""Minutes written in the meeting: a draft from the agenda, saved as it is typed, checked,
marked ready, approved by the chair, and then the archive's meeting.

    draft = open_draft(user, group_id)                  # from agenda_for(group)
    draft = save_draft(user, draft.pk, content, draft.revision)   # Conflict when stale
    mark_ready(user, draft.pk, draft.revision)           # refused on blocking checks
    approve(chair, draft.pk, draft.revision)             # stored as a Meeting, locked
    reopen(user, draft.pk, draft.revision)               # version 2, with history

``content`` defines what a draft holds, ``checks`` what is looked at before approval,
``minutes`` how an approved version becomes a stored meeting, ``lifecycle`` the steps.
"""

from anteckna.services.drafts.checks import Finding, check
from anteckna.services.drafts.content import Content, from_dict, from_form, to_dict
from anteckna.services.drafts.lifecycle import (
    Conflict,
    Locked,
    approve,
    get_draft,
    history,
    mark_ready,
    open_draft,
    reopen,
    save_draft,
    visible_drafts,
)

__all__ = [
    "Conflict",
    "Content",
    "Finding",
    "Locked",
    "approve",
    "check",
    "from_dict",
    "from_form",
    "get_draft",
    "history",
    "mark_ready",
    "open_draft",
    "reopen",
    "save_draft",
    "to_dict",
    "visible_drafts",
]

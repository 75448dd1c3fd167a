"""Marking an action done or cancelled (or open again), as the person allowed to.

The change is a correction (``services.corrections``): kept with who, when and the comment,
never overwritten, and carried over when a new version of the notes is imported. Access is
checked here, not in the skins, so the pages and the API refuse the same things.
"""

from __future__ import annotations

from typing import Any

from anteckna.services import access
from anteckna.services.access import NotAllowed, NotVisible
from anteckna.services.corrections import correct
from anteckna.store import models as db

STATUSES = tuple(db.Action.Status.values)


def set_action_status(user: Any, action_id: int, status: str, comment: str = "") -> db.Action:
    """Set the status of an action the user sees; ``NotVisible`` for one they do not,
    ``NotAllowed`` when they see it but may not change it (a reader, someone else's)."""
    action = access.visible_actions(user).filter(pk=action_id).first()
    if action is None:
        raise NotVisible(f"no action {action_id}")
    if not access.can_update_action(user, action, meeting_visible=True):
        raise NotAllowed(f"action {action_id}: only its owners and secretaries may change it")
    correct("action", action.pk, "status", status, user=user, note=comment.strip())
    action.refresh_from_db()
    return action

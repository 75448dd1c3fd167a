"""The words the pages show for stored values (statuses, roles, kinds), translated.

The tables store stable English values ("done", "remote"); what a person reads comes from
here through gettext, so the Swedish and the English page say the same thing.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

ACTION_STATUS = {"open": _("open"), "done": _("done"), "cancelled": _("cancelled")}
ATTENDANCE_STATUS = {
    "present": _("present"),
    "remote": _("remote"),
    "partial": _("partly"),
    "absent": _("absent"),
    "guest": _("guest"),
}
ROLES = {
    "administrator": _("administrator"),
    "secretary": _("secretary"),
    "member": _("member"),
    "reader": _("reader"),
}
HIT_KINDS = {
    "item": _("item"),
    "decision": _("decision"),
    "action": _("action"),
    "follow_up": _("follow-up"),
}
DRAFT_STATUS = {
    "draft": _("being written"),
    "ready": _("ready for approval"),
    "approved": _("approved"),
}
DRAFT_EVENT = {
    "created": _("started"),
    "edited": _("edited"),
    "ready": _("marked ready"),
    "approved": _("approved"),
    "reopened": _("new version started"),
}

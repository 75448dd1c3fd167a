"""Writing minutes, from the agenda to the approved record: open, save, ready, approve, reopen.

Every step checks access (``services.access``) and the revision the caller saw: a save, a
"ready" or an approval made on an older revision than the stored one is a ``Conflict`` carrying
the stored draft, so that the page can show what the other person saved instead of silently
overwriting it. The compare-and-write is one conditional UPDATE, which both databases make
atomic without locks.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from anteckna.errors import AntecknaError, Text, ValueProblem
from anteckna.services import access
from anteckna.services.access import NotAllowed, NotVisible
from anteckna.services.agenda import agenda_for
from anteckna.services.drafts import minutes
from anteckna.services.drafts.checks import check
from anteckna.services.drafts.content import (
    DEFAULT_TITLE,
    Attendee,
    Content,
    DraftItem,
    from_dict,
    to_dict,
)
from anteckna.store import models as db

Status = db.Draft.Status
Kind = db.DraftEvent.Kind


class Conflict(AntecknaError):
    """The draft was saved by someone else since ``revision``; ``draft`` is what is stored."""

    def __init__(self, draft: db.Draft, revision: int) -> None:
        super().__init__(draft, revision)
        self.draft = draft
        self.revision = revision

    def __str__(self) -> str:
        message = _("draft %(pk)s: saved as revision %(saved)s since %(revision)s")
        return message % {
            "pk": self.draft.pk,
            "saved": self.draft.revision,
            "revision": self.revision,
        }


class Locked(AntecknaError):
    """The version is approved: changes need a new version (``reopen``)."""


def open_draft(user: Any, group_id: int, day: date | None = None) -> db.Draft:
    """The draft of the group's meeting on ``day`` (the agenda's date when not given): the one
    being written, or a new one from the agenda with the group's members on the checklist."""
    group = access.visible_groups(user).filter(pk=group_id).first()
    if group is None:
        raise NotVisible(f"no group {group_id}")
    if not access.can_take_notes(user, group):
        raise NotAllowed(f"{group.name}: only the group's secretaries take its notes")
    agenda = agenda_for(group, day)
    found = db.Draft.objects.filter(group=group, date=agenda.date).first()
    if found is not None:
        return found
    items = tuple(DraftItem(item.title, presenters=_names(item.presenter)) for item in agenda.items)
    attendance = _members(group, agenda.date)
    names = {a.name for a in attendance}
    person = access.person_of(user)
    content = Content(
        title=agenda.title or DEFAULT_TITLE,
        time=agenda.time,
        place=agenda.place,
        chair=_last_chair(group, names),
        secretary=person.name if person is not None and person.name in names else None,
        attendance=attendance,
        items=items,
    )
    try:
        with transaction.atomic():
            draft = db.Draft.objects.create(
                group=group, date=agenda.date, content=to_dict(content), author=user,
                saved_by=user,
            )  # fmt: skip
            _event(draft, Kind.CREATED, user)
    except IntegrityError:  # someone opened the same meeting at the same moment
        return db.Draft.objects.get(group=group, date=agenda.date)
    return draft


def get_draft(user: Any, pk: int) -> db.Draft:
    """The draft, for a user who may see it (``NotVisible`` otherwise)."""
    draft = db.Draft.objects.select_related("group").filter(pk=pk).first()
    if draft is None or not access.can_see_draft(user, draft):
        raise NotVisible(f"no draft {pk}")
    return draft


def visible_drafts(user: Any) -> list[db.Draft]:
    """The drafts of the user's groups that they may open, newest meeting first."""
    drafts = db.Draft.objects.filter(group__in=access.visible_groups(user))
    ordered = drafts.select_related("group", "saved_by").order_by("-date", "group__name")
    return [d for d in ordered if access.can_see_draft(user, d)]


def save_draft(user: Any, pk: int, content: Content, revision: int) -> db.Draft:
    """Store ``content`` as the next revision of the draft. Saving what is stored changes
    nothing; a change to a draft marked ready makes it a draft again (it must be checked
    again)."""
    draft = _writable(user, pk)
    new = to_dict(content)
    if draft.revision == revision and new == draft.content:
        return draft
    updated = (
        db.Draft.objects.filter(pk=pk, revision=revision)
        .exclude(status=Status.APPROVED)
        .update(
            content=new, revision=F("revision") + 1, status=Status.DRAFT, saved_by=user,
            saved_at=timezone.now(),
        )
    )  # fmt: skip
    draft.refresh_from_db()
    if not updated:
        _refuse(draft, revision)
    _edited(draft, user)
    return draft


def mark_ready(user: Any, pk: int, revision: int) -> db.Draft:
    """Mark the draft ready for approval; refused while a blocking check finds something or
    the minutes' text reads differently from what was written (``minutes.read``)."""
    draft = _writable(user, pk)
    if draft.revision != revision:
        raise Conflict(draft, revision)
    content = from_dict(draft.content)
    blocking = [f for f in check(content) if f.blocking]
    if blocking:
        message = Text(_("%(count)s problem(s) to fix before it is ready"), count=len(blocking))
        raise ValueProblem(_("draft"), message)
    minutes.read(draft.group, draft.date, content, minutes.document_name(draft))
    if draft.status != Status.READY:
        _step(draft, revision, Status.READY, Kind.READY, user)
    return draft


def approve(user: Any, pk: int, revision: int) -> db.Draft:
    """Approve the version the user saw: it is locked and stored as the archive's meeting."""
    draft = get_draft(user, pk)
    if not access.can_approve(user, draft):
        raise NotAllowed(f"draft {pk}: only the chair approves the minutes")
    if draft.revision != revision:
        raise Conflict(draft, revision)
    if draft.status != Status.READY:
        raise ValueProblem(_("draft"), _("only minutes marked ready can be approved"))
    with transaction.atomic():
        meeting_id = minutes.store(draft, from_dict(draft.content))
        draft.meeting_id = meeting_id
        draft.save(update_fields=["meeting"])
        _step(draft, revision, Status.APPROVED, Kind.APPROVED, user, snapshot=True)
    return draft


def reopen(user: Any, pk: int, revision: int) -> db.Draft:
    """Start the next version of approved minutes; the approved one stays in the archive and
    in the history until the next is approved."""
    draft = get_draft(user, pk)
    if not access.can_take_notes(user, draft.group_id):
        raise NotAllowed(f"draft {pk}: only the group's secretaries change its minutes")
    if draft.status != Status.APPROVED:
        raise ValueProblem(_("draft"), _("only approved minutes get a new version"))
    with transaction.atomic():
        updated = db.Draft.objects.filter(pk=pk, revision=revision, status=Status.APPROVED)
        if not updated.update(
            version=F("version") + 1, revision=F("revision") + 1, status=Status.DRAFT,
            author=user, saved_by=user, saved_at=timezone.now(),
        ):  # fmt: skip
            draft.refresh_from_db()
            raise Conflict(draft, revision)
        draft.refresh_from_db()
        _event(draft, Kind.REOPENED, user)
    return draft


def history(draft: db.Draft) -> list[db.DraftEvent]:
    """What happened to the draft, oldest first."""
    return list(draft.events.select_related("user"))


def _writable(user: Any, pk: int) -> db.Draft:
    draft = get_draft(user, pk)
    if not access.can_take_notes(user, draft.group_id):
        raise NotAllowed(f"draft {pk}: only the group's secretaries write its minutes")
    if draft.status == Status.APPROVED:
        message = _("draft %(pk)s: version %(version)s is approved; start a new version")
        raise Locked(Text(message, pk=pk, version=draft.version))
    return draft


def _refuse(draft: db.Draft, revision: int) -> None:
    if draft.status == Status.APPROVED:
        message = _("draft %(pk)s: version %(version)s is approved")
        raise Locked(Text(message, pk=draft.pk, version=draft.version))
    raise Conflict(draft, revision)


def _step(
    draft: db.Draft, revision: int, status: str, kind: str, user: Any, snapshot: bool = False
) -> None:
    """Change the status if nobody saved in between."""
    if not db.Draft.objects.filter(pk=draft.pk, revision=revision).update(status=status):
        draft.refresh_from_db()
        raise Conflict(draft, revision)
    draft.status = status
    _event(draft, kind, user, content=draft.content if snapshot else None)


def _event(draft: db.Draft, kind: str, user: Any, content: Any = None) -> None:
    db.DraftEvent.objects.create(
        draft=draft, kind=kind, version=draft.version, user=_user(user), at=timezone.now(),
        content=content,
    )  # fmt: skip


def _edited(draft: db.Draft, user: Any) -> None:
    """One "edited" event per run of saves by one person in one version."""
    last = draft.events.order_by("-at", "-id").first()
    same = last is not None and (last.kind, last.user_id, last.version) == (
        Kind.EDITED,
        user.pk,
        draft.version,
    )
    if last is not None and same:
        db.DraftEvent.objects.filter(pk=last.pk).update(at=timezone.now())
    else:
        _event(draft, Kind.EDITED, user)


def _user(user: Any) -> Any:
    return user if getattr(user, "is_authenticated", False) else None


def _names(presenter: str | None) -> tuple[str, ...]:
    """The agenda's presenter ("Kim Berg, alla": an action's owners) as names."""
    return tuple(name.strip() for name in (presenter or "").split(",") if name.strip())


def _members(group: db.Group, day: date) -> tuple[Attendee, ...]:
    """The group's members on ``day``, by name, all present until someone says otherwise."""
    rows = (
        db.Membership.objects.filter(group=group)
        .filter(Q(end__isnull=True) | Q(end__gte=day))
        .select_related("person")
        .order_by("person__name_key", "person_id")
    )
    people = {m.person_id: m.person for m in rows}
    return tuple(Attendee(p.name, p.pk) for p in people.values())


def _last_chair(group: db.Group, names: set[str]) -> str | None:
    """The chair of the group's latest meeting that names one, if still a member."""
    chairs = (
        db.Meeting.objects.filter(groups=group, chair__isnull=False)
        .order_by("-date", "-id")
        .values_list("chair", flat=True)
    )
    latest = chairs.first()
    return latest if latest in names else None

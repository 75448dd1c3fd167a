"""Who may see and do what: the one place that decides, for the pages, the API and the CLI.

The rules (issue 5):

- A group's meetings are visible to its members — accounts whose Person has a Membership in
  one of the meeting's groups — and to administrators. Secretaries, members and readers alike
  see the groups they are members of; the role decides what they may *do* there.
- A meeting in no group is visible to administrators only: nobody else can be shown to belong
  to it, and a secretary who imports such notes gives them a group (``import --group``).
- Administrators may do everything; secretaries import, and edit the meetings they see;
  members update the actions they own in the meetings they see; readers only read.
- Agendas (issue 6): secretaries of a group (and administrators) edit and publish its agendas;
  its members and readers see the published ones; members and secretaries ask for items;
  overdue follow-ups are shown to secretaries and to the group's chair (the holder of a
  rotating chair, else the chair the group's latest notes name).
- Minutes being written (``Draft``): the secretaries of the group (and administrators) write
  them. Approval ("justering") is the chair's: the approver is an administrator, the group's
  chair (``chair_of``), the member or secretary whose Person the draft names as chair, or
  another secretary of the group than the one who started the version (two pairs of
  eyes). A draft is seen by those who may write or approve it; members and readers see the
  minutes once approved, as a meeting.

Every function takes Django's ``request.user`` as it comes (anonymous or inactive users may
do nothing) and costs at most a query or two, so a skin can call them per request. A Django
superuser without an Account (one made by ``createsuperuser``) counts as an administrator.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db.models import QuerySet

from anteckna.errors import AntecknaError
from anteckna.store import models as db
from anteckna.store.names import fold

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

    User = AbstractBaseUser | AnonymousUser

Role = db.Account.Role

__all__ = [
    "NotAllowed",
    "NotVisible",
    "Role",
    "account_of",
    "can_approve",
    "can_edit",
    "can_import",
    "can_plan_agenda",
    "can_request_item",
    "can_see",
    "can_see_draft",
    "can_see_group",
    "can_see_overdue",
    "can_take_notes",
    "can_update_action",
    "chair_of",
    "groups_of",
    "meetings_of",
    "person_of",
    "role_of",
    "updatable_actions",
    "updates_every_action",
    "visible_actions",
    "visible_groups",
    "visible_meetings",
    "visible_people",
]


class NotVisible(AntecknaError):
    """Something the user may not see, or that does not exist: the two are one answer (404),
    so that nobody learns which meetings another group has."""


class NotAllowed(AntecknaError):
    """Something the user sees but may not do (403)."""


def account_of(user: User | Any) -> db.Account | None:
    """The user's Account, or None for an anonymous, inactive or account-less user.

    Read once per user object and kept on it (``_anteckna_account``), since a request asks
    several questions of the same user; not read at all when the user was loaded with it
    (``web.backends``)."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return None
    if not hasattr(user, "_anteckna_account"):
        loaded = user._state.fields_cache
        if "anteckna_account" in loaded:
            found = loaded["anteckna_account"]
        else:
            found = db.Account.objects.select_related("person").filter(user_id=user.pk).first()
        user._anteckna_account = found
    return user._anteckna_account  # type: ignore[no-any-return]


def role_of(user: User | Any) -> Role | None:
    """The user's role; a superuser without an Account is an administrator."""
    account = account_of(user)
    if account is not None:
        return Role(account.role)
    if getattr(user, "is_authenticated", False) and user.is_active and user.is_superuser:
        return Role.ADMINISTRATOR
    return None


def person_of(user: User | Any) -> db.Person | None:
    """The Person the user is, when their account is linked to one."""
    account = account_of(user)
    return account.person if account is not None else None


def _is_admin(user: User | Any) -> bool:
    return role_of(user) == Role.ADMINISTRATOR


def groups_of(person: db.Person) -> QuerySet[db.Group]:
    """The groups a person is a member of: what every account linked to them but an
    administrator's sees, and so what their own calendar and their reminders may hold."""
    return db.Group.objects.filter(
        pk__in=db.Membership.objects.filter(person=person).values("group_id")
    )


def meetings_of(person: db.Person) -> QuerySet[db.Meeting]:
    """The meetings of the person's groups (``groups_of``)."""
    links = db.Meeting.groups.through.objects.filter(group__in=groups_of(person))
    return db.Meeting.objects.filter(pk__in=links.values("meeting_id"))


def visible_groups(user: User | Any) -> QuerySet[db.Group]:
    """The groups whose meetings the user sees: all for an administrator, else their own."""
    if _is_admin(user):
        return db.Group.objects.all()
    person = person_of(user)
    if person is None or role_of(user) is None:
        return db.Group.objects.none()
    return groups_of(person)


def visible_meetings(user: User | Any) -> QuerySet[db.Meeting]:
    """The meetings the user may see (a subquery, not a join: no duplicates to remove when a
    meeting is in two of the user's groups)."""
    if _is_admin(user):
        return db.Meeting.objects.all()
    links = db.Meeting.groups.through.objects.filter(group__in=visible_groups(user))
    return db.Meeting.objects.filter(pk__in=links.values("meeting_id"))


def visible_actions(user: User | Any) -> QuerySet[db.Action]:
    """The actions of the meetings the user may see."""
    if _is_admin(user):
        return db.Action.objects.all()
    return db.Action.objects.filter(meeting__in=visible_meetings(user))


def visible_people(user: User | Any) -> QuerySet[db.Person]:
    """The people the user may look up: everyone for an administrator, else those who are in
    one of the user's groups or in the attendance of a meeting the user sees."""
    if _is_admin(user):
        return db.Person.objects.all()
    groups = visible_groups(user)
    members = db.Membership.objects.filter(group__in=groups).values("person_id")
    attended = db.Attendance.objects.filter(
        meeting__in=visible_meetings(user), person__isnull=False
    ).values("person_id")
    return db.Person.objects.filter(pk__in=members.union(attended))


def can_see(user: User | Any, meeting: db.Meeting | int) -> bool:
    """Whether the user may see this meeting (a skin answers 404 when not, so that a meeting
    of another group is indistinguishable from one that does not exist)."""
    pk = meeting if isinstance(meeting, int) else meeting.pk
    return visible_meetings(user).filter(pk=pk).exists()


def can_edit(
    user: User | Any, meeting: db.Meeting | int, *, meeting_visible: bool | None = None
) -> bool:
    """Administrators edit every meeting; secretaries the meetings they see.
    ``meeting_visible=True`` is for a caller that has found the meeting among the visible ones."""
    role = role_of(user)
    if role == Role.ADMINISTRATOR:
        return True
    if role != Role.SECRETARY:
        return False
    return meeting_visible if meeting_visible is not None else can_see(user, meeting)


def can_import(user: User | Any) -> bool:
    """Administrators and secretaries import notes."""
    return role_of(user) in (Role.ADMINISTRATOR, Role.SECRETARY)


def can_update_action(
    user: User | Any, action: db.Action, *, meeting_visible: bool | None = None
) -> bool:
    """Whether the user may mark this action done or cancelled: an administrator, a secretary
    who sees its meeting, or a member who sees it and is one of its owners.

    ``meeting_visible=True`` is for a caller that has already found the meeting among the
    visible ones (a meeting page asks once, not per action); owners are read through
    ``action.owners.all()``, so a prefetch saves the query."""
    role = role_of(user)
    if role == Role.ADMINISTRATOR:
        return True
    if role not in (Role.SECRETARY, Role.MEMBER):
        return False
    visible = meeting_visible if meeting_visible is not None else can_see(user, action.meeting_id)
    if not visible:
        return False
    if role == Role.SECRETARY:
        return True
    person = person_of(user)
    return person is not None and any(o.person_id == person.pk for o in action.owners.all())


def updates_every_action(user: User | Any) -> bool:
    """Whether ``can_update_action`` lets the user update every action of a meeting they see:
    administrators and secretaries (a page then needs no list)."""
    return role_of(user) in (Role.ADMINISTRATOR, Role.SECRETARY)


def updatable_actions(user: User | Any, meeting_id: int) -> QuerySet[db.Action]:
    """The actions of a meeting the user sees that ``can_update_action`` lets them update, in
    one query (a page asks once for all its actions, not per action)."""
    actions = db.Action.objects.filter(meeting_id=meeting_id)
    if updates_every_action(user):
        return actions
    person = person_of(user)
    if role_of(user) != Role.MEMBER or person is None:
        return actions.none()
    return actions.filter(pk__in=db.ActionOwner.objects.filter(person=person).values("action_id"))


def can_see_group(user: User | Any, group: db.Group | int) -> bool:
    """Whether the user sees this group's meetings and agendas."""
    pk = group if isinstance(group, int) else group.pk
    return visible_groups(user).filter(pk=pk).exists()


def can_plan_agenda(user: User | Any, group: db.Group | int) -> bool:
    """Administrators plan every group's agendas; secretaries those of the groups they see."""
    role = role_of(user)
    if role == Role.ADMINISTRATOR:
        return True
    return role == Role.SECRETARY and can_see_group(user, group)


def can_request_item(user: User | Any, group: db.Group | int) -> bool:
    """Members and secretaries of the group (and administrators) ask for agenda items."""
    role = role_of(user)
    if role == Role.ADMINISTRATOR:
        return True
    return role in (Role.SECRETARY, Role.MEMBER) and can_see_group(user, group)


def can_see_overdue(user: User | Any, group: db.Group) -> bool:
    """Overdue follow-ups are for those who put them back on the agenda: the secretaries who
    plan it and the group's chair."""
    if can_plan_agenda(user, group):
        return True
    person = person_of(user)
    if person is None or role_of(user) is None or not can_see_group(user, group):
        return False
    return chair_of(group) == person.pk


def chair_of(group: db.Group) -> int | None:
    """The Person who chairs the group: the holder of its rotating chair, else the one the
    latest dated notes of the group name as chair (when that name is one person)."""
    rotation = db.Rotation.objects.filter(group=group, role="chair").first()
    if rotation is not None and rotation.holder is not None:
        member = rotation.members.filter(position=rotation.holder).first()
        if member is not None:
            return member.person_id
    latest = (
        db.Meeting.objects.filter(groups=group, date__isnull=False, chair__isnull=False)
        .order_by("-date")
        .first()
    )
    if latest is None or not latest.chair:
        return None
    found = list(db.Person.objects.filter(name_key=fold(latest.chair)).values_list("pk", flat=True))
    return found[0] if len(found) == 1 else None


def can_take_notes(user: User | Any, group: db.Group | int) -> bool:
    """Whether the user may write the group's minutes: administrators, and secretaries who are
    members of the group."""
    role = role_of(user)
    if role == Role.ADMINISTRATOR:
        return True
    pk = group if isinstance(group, int) else group.pk
    return role == Role.SECRETARY and visible_groups(user).filter(pk=pk).exists()


def can_approve(user: User | Any, draft: db.Draft) -> bool:
    """Whether the user may approve the draft (see the module docstring for who is the chair)."""
    role = role_of(user)
    if role == Role.ADMINISTRATOR:
        return True
    if role not in (Role.SECRETARY, Role.MEMBER):
        return False
    if not visible_groups(user).filter(pk=draft.group_id).exists():
        return False
    if _is_chair(user, draft):
        return True
    return role == Role.SECRETARY and draft.author_id != user.pk


def can_see_draft(user: User | Any, draft: db.Draft) -> bool:
    """Whether the user may open the draft: those who may write or approve it."""
    return can_take_notes(user, draft.group_id) or can_approve(user, draft)


def _is_chair(user: User | Any, draft: db.Draft) -> bool:
    """Whether the user's Person chairs: the group's chair (``chair_of``), or the chair the draft
    names (matched by the attendance row's person, else by the folded name)."""
    person = person_of(user)
    if person is not None and chair_of(draft.group) == person.pk:
        return True
    chair = (draft.content or {}).get("chair")
    if person is None or not chair:
        return False
    rows = [a for a in (draft.content or {}).get("attendance", ()) if a.get("name") == chair]
    if any(row.get("person") for row in rows):
        return any(row.get("person") == person.pk for row in rows)
    return fold(chair) == person.name_key

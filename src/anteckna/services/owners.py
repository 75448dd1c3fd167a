"""Whose action is it: an owner is a person, or a collective stored as the notes wrote it.

"alla", "verksamhetschefer", "rektorer" are never expanded into persons when notes are read
(two readings of one list would disagree). They are read here instead, when one person's
actions are listed: a collective covers a person when

- it means everyone in the meeting's group ("alla", "samtliga", "gruppen", "vi", "all") and
  the person is a member of one of the groups of the action's meeting;
- it names a group ("Ledningsgruppen", "styrgruppen", an inflected form) and the person is a
  member of that group;
- it is a role word ("rektorer", "verksamhetscheferna") and the person is known by that role:
  a role or a participant-block label in an attendance row ("Verksamhetschefer: …"), or a role
  the notes give them, compared by search keys so that every inflection agrees.

Names are resolved once (``person_named``): a full name, a recorded alias or initials, or a
first name only one person has.
"""

from __future__ import annotations

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from anteckna.errors import ValueProblem
from anteckna.search_terms import index_terms
from anteckna.store import models as db
from anteckna.store.groups import GroupBook
from anteckna.store.names import fold

EVERYONE = frozenset({"alla", "samtliga", "gruppen", "vi", "ni", "all", "everyone", "we"})
"""Collectives that mean the meeting's whole group (folded)."""


class PersonNotFound(ValueProblem):
    """A name that is no person in the archive, or more than one."""


def person_named(name: str) -> db.Person:
    """The one person this name is: a full name, else the one person the name is an alias of
    (first name, initials, spelling variant seen resolved) or the first name of; a name that
    could be two people is an error rather than a guess."""
    key = fold(name)
    if not key:
        raise PersonNotFound(repr(name), _("give a name"))
    for rows in (
        db.Person.objects.filter(name_key=key),
        db.Person.objects.filter(Q(aliases__key=key) | Q(name_key__startswith=key + " ")),
    ):
        found = list(rows.distinct()[:2])
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise PersonNotFound(
                repr(name), _("more than one person has this name; give it in full")
            )
    raise PersonNotFound(repr(name), _("no such person in the archive"))


def role_keys(person: db.Person) -> set[str]:
    """The search keys of every role and block label the notes give this person."""
    labels: set[str] = set()
    for role, label in (
        db.Attendance.objects.filter(person=person).values_list("role", "group_label").distinct()
    ):
        labels.update(text for text in (role, label) if text)
    for roles in (
        db.Meeting.objects.filter(attendance__person=person)
        .values_list("roles", flat=True)
        .distinct()
    ):
        for entry in roles or ():
            if isinstance(entry, dict) and fold(str(entry.get("name") or "")) == person.name_key:
                labels.update(str(entry[k]) for k in ("role", "group") if entry.get(k))
    return {key for label in labels for key in index_terms(label)}


def owned_by(person: db.Person) -> Q:
    """A filter on Action: the actions this person owns, by name or through a collective."""
    own = Q(owners__person=person)
    groups = set(db.Membership.objects.filter(person=person).values_list("group_id", flat=True))
    roles = role_keys(person)
    book = GroupBook()
    covering: list[str] = []
    everyone: list[str] = []
    collectives = (
        db.ActionOwner.objects.filter(person__isnull=True, ambiguous=False)
        .values_list("name", flat=True)
        .distinct()
    )
    for name in collectives:
        if fold(name) in EVERYONE:
            everyone.append(name)
            continue
        group = book.find(name)
        keys = set(index_terms(name))
        if (group is not None and group.pk in groups) or (keys and keys <= roles):
            covering.append(name)
    collective = Q(owners__person__isnull=True, owners__ambiguous=False)
    if everyone and groups:
        own |= collective & Q(owners__name__in=everyone, meeting__groups__in=groups)
    if covering:
        own |= collective & Q(owners__name__in=covering)
    return own


def actions_of(person: db.Person) -> Q:
    """``pk__in`` filter for the actions of ``person``: the joins of ``owned_by`` repeat rows,
    so callers filter by the ids it gives."""
    return Q(pk__in=db.Action.objects.filter(owned_by(person)).values("pk"))

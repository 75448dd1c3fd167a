"""Person resolution: which real person each name in a meeting stands for.

The rules, from the issue and from how secretaries write:

- A full name ("Greta Ahl Berglund") is a person on its own: the same full name in two
  meetings is one Person (compared case- and space-folded), and a spelling variant a secretary
  recorded as an alias counts as that name. A guest named in full becomes a Person too.
- A first name or initials ("Jonas", "SK") is resolved against the meeting's own participants
  first, then against the members of the meeting's groups, by first name, by initials and by
  the short forms seen resolved before. One candidate: that person. Several: the mention is
  ``ambiguous`` and stays unlinked for the secretary; two people are never merged silently.
- A collective ("alla", "Gruppen", "verksamhetschefer", a group's name) is never a Person.

``Directory`` reads the people, aliases and memberships once per import run and keeps them in
step, so resolving a document costs no query; ``flush()`` writes what a document added in three
bulk inserts. After a rolled-back document the caller calls ``reset()``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from anteckna.model import Meeting
from anteckna.parse.vocabulary import COLLECTIVES, NAME_PARTICLES
from anteckna.store import bulk
from anteckna.store.groups import GroupBook
from anteckna.store.models import Group, Membership, Person, PersonAlias
from anteckna.store.names import abbreviates, fold, initials, is_full_name, looks_like_initials

_COLLECTIVE_KEYS = frozenset(COLLECTIVES) | frozenset(fold(v) for v in COLLECTIVES.values())


@dataclass(eq=False, slots=True)
class PersonRef:
    """A person as the resolver knows them; ``id`` is None until ``flush()`` has inserted them."""

    name: str
    id: int | None = None

    @property
    def key(self) -> str:
        return fold(self.name)


@dataclass(frozen=True, slots=True)
class Resolved:
    """What a name stands for: a person, nobody (a collective or an unknown short form), or
    ``ambiguous`` when it could be more than one person."""

    person: PersonRef | None = None
    ambiguous: bool = False


@dataclass(slots=True)
class _Pending:
    persons: list[PersonRef] = field(default_factory=list)
    aliases: dict[tuple[int, str], tuple[PersonRef, str]] = field(default_factory=dict)
    members: dict[tuple[int, int], tuple[PersonRef, date | None]] = field(default_factory=dict)


class Directory:
    """Everyone the archive knows, for resolving the names of one document after another."""

    def __init__(self) -> None:
        self.groups = GroupBook()
        self._loaded = False

    def reset(self) -> None:
        """Forget everything read; the next document reads it again from the database."""
        self.groups.reset()
        self._loaded = False

    def _load(self) -> None:
        if self._loaded:
            return
        self._by_key: dict[str, list[PersonRef]] = {}
        self._by_id: dict[int, PersonRef] = {}
        for pk, name in Person.objects.values_list("id", "name"):
            ref = PersonRef(name, pk)
            self._by_id[pk] = ref
            self._by_key.setdefault(ref.key, []).append(ref)
        self._short: dict[str, set[int]] = {}
        for pk, key, kind in PersonAlias.objects.values_list("person_id", "key", "kind"):
            if kind == PersonAlias.Kind.VARIANT:
                self._by_key.setdefault(key, []).append(self._by_id[pk])
            else:
                self._short.setdefault(key, set()).add(pk)
        self._members: dict[int, set[int]] = {}
        self._start: dict[tuple[int, int], date | None] = {}
        for pk, group_id, start in Membership.objects.values_list("person_id", "group_id", "start"):
            self._members.setdefault(group_id, set()).add(pk)
            self._start[(pk, group_id)] = start
        self._loaded = True

    def resolve(
        self, meeting: Meeting, groups: list[Group], known: Mapping[str, int] | None = None
    ) -> MeetingPeople:
        """Resolve every name in ``meeting``; ``flush()`` then writes the new people. ``known``
        gives the person a name stands for where the caller knows it for certain (minutes
        written in the browser, whose checklist holds the members themselves): those names
        are not guessed."""
        self._load()
        return MeetingPeople(self, meeting, groups, known or {})

    def _full(self, name: str, groups: list[Group], pending: _Pending) -> Resolved:
        """A full name: its Person, or a new one; ambiguous only when two people share it."""
        found = self._by_key.get(fold(name), [])
        if len(found) > 1:
            members = set().union(*(self._members.get(g.pk, set()) for g in groups))
            found = [ref for ref in found if ref.id in members] or found
        if len(found) == 1:
            return Resolved(found[0])
        if found:
            return Resolved(ambiguous=True)
        ref = PersonRef(" ".join(name.split()))
        self._by_key[ref.key] = [ref]
        pending.persons.append(ref)
        return Resolved(ref)

    def _short_form(self, name: str, pool: list[PersonRef]) -> list[PersonRef]:
        """The people in ``pool`` a first name, an abbreviated name or initials can stand for."""
        key = fold(name)
        known = self._short.get(key, set())
        if looks_like_initials(name):
            return [r for r in pool if initials(r.name) == name.upper() or r.id in known]
        return [r for r in pool if abbreviates(name, r.name) or r.id in known]

    def flush(self, people: MeetingPeople) -> None:
        """Insert the persons, aliases and memberships the document brought (one statement a
        table) and remember them for the next document."""
        pending = people.pending
        new = {ref.key: ref for ref in pending.persons}
        persons = [{"name": ref.name, "name_key": ref.key} for ref in pending.persons]
        for key, pk in bulk.insert(Person, persons, returning=("name_key", "id")):
            new[key].id = pk
            self._by_id[pk] = new[key]
        aliases = []
        for ref, alias in pending.aliases.values():
            pk, key = _id(ref), fold(alias)
            if pk not in self._short.setdefault(key, set()):
                self._short[key].add(pk)
                aliases.append({"person_id": pk, "alias": alias, "key": key})
        bulk.insert(PersonAlias, aliases)
        members = []
        for (group_id, _), (ref, start) in pending.members.items():
            pair = (_id(ref), group_id)
            if pair not in self._start:
                self._start[pair] = start
                self._members.setdefault(group_id, set()).add(pair[0])
                members.append({"person_id": pair[0], "group_id": group_id, "start": start})
            elif start and (self._start[pair] is None or start < self._start[pair]):  # type: ignore[operator]
                self._start[pair] = start  # an older meeting imported later
                Membership.objects.filter(person_id=pair[0], group_id=group_id).update(start=start)
        bulk.insert(Membership, members)


def is_collective(name: str, groups: GroupBook) -> bool:
    """Whether a presenter or owner name is a collective ("alla", "verksamhetschefer", a
    group's name) rather than a person: never a Person, whoever writes it."""
    return fold(name) in _COLLECTIVE_KEYS or not name[:1].isupper() or groups.find(name) is not None


def _id(ref: PersonRef) -> int:
    if ref.id is None:
        raise ValueError(f"{ref.name} has not been written yet")
    return ref.id


class MeetingPeople:
    """The people of one meeting: ``participants`` in the meeting's order and ``mentions``
    (every presenter and owner name), resolved by the same rules before anything is written."""

    def __init__(
        self,
        directory: Directory,
        meeting: Meeting,
        groups: list[Group],
        known: Mapping[str, int] | None = None,
    ) -> None:
        self.directory = directory
        self.meeting = meeting
        self.groups = groups
        self.known = known or {}
        self.pending = _Pending()
        self.participants: list[Resolved] = []
        for participant in meeting.participants:
            resolved = self._name(participant.name, attending=True)
            self.participants.append(resolved)
            group = self._group_of(participant.group, participant.status)
            if resolved.person and group is not None:
                key = (group.pk, id(resolved.person))
                self.pending.members.setdefault(key, (resolved.person, meeting.date))
        self._present = [r.person for r in self.participants if r.person]
        for alias, full in meeting.aliases.items():
            found = self.directory._by_key.get(fold(full), [])
            if len(found) == 1 and fold(alias) != found[0].key:
                self.pending.aliases[(id(found[0]), fold(alias))] = (found[0], alias)

        self.mentions: dict[str, Resolved] = {}
        for item in meeting.items:
            for name in (*item.presenters, *(o for a in item.actions for o in a.owners)):
                if name not in self.mentions:
                    self.mentions[name] = self._mention(name)

    def _group_of(self, label: str | None, status: str) -> Group | None:
        """The group a participant is a member of: their block's label, else the meeting's
        only group. Guests are members of nothing."""
        if status == "guest":
            return None
        if label:
            return self.directory.groups.resolve(label)
        return self.groups[0] if len(self.groups) == 1 else None

    def _mention(self, name: str) -> Resolved:
        """What a presenter or owner name stands for; collectives resolve to nobody."""
        if self._is_collective(name):
            return Resolved()
        return self._name(name, attending=False)

    def _is_collective(self, name: str) -> bool:
        return is_collective(name, self.directory.groups)

    def _name(self, name: str, *, attending: bool) -> Resolved:
        directory = self.directory
        certain = directory._by_id.get(self.known[name]) if name in self.known else None
        if certain is not None:
            return Resolved(certain)
        full = self.meeting.aliases.get(name)
        if full and is_full_name(full, NAME_PARTICLES):
            name = full
        if is_full_name(name, NAME_PARTICLES) or fold(name) in directory._by_key:
            return directory._full(name, self.groups, self.pending)
        present = [] if attending else self._present
        candidates = directory._short_form(name, present)
        if not candidates:
            members = set().union(*(directory._members.get(g.pk, set()) for g in self.groups))
            candidates = directory._short_form(name, [directory._by_id[i] for i in members])
        if len(candidates) == 1:
            return Resolved(candidates[0])
        if candidates:
            return Resolved(ambiguous=True)
        # An attendee listed by first name only is still a person in the room.
        return directory._full(name, self.groups, self.pending) if attending else Resolved()

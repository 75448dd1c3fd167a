"""Actions that later notes report done: "Ingrid har tagit fram underlaget (klart)."

Secretaries close the last meeting's actions in the next meeting's notes, under "Återkoppling
från föregående möte" or wherever the matter comes up, with a marker after the sentence. Each
such sentence is compared with the open actions of the group's earlier meetings; the one it
reports is marked done (a ``Correction`` with the sentence as its note, so it is history like
any other change and survives a re-import) and linked to the reporting meeting
(``Action.closed_in``).

The comparison is deliberately strict, since a wrong close hides a task: the sentence and the
action must share at least two content words (search keys, so "tagit fram" and "tar fram",
"sammanställningen" and "sammanställning" agree), reach ``SIMILAR`` together, counting a bonus
when the sentence names one of the action's owners, and stand clear of the next candidate by
``MARGIN``. What is not matched stays open for a person to close. Only actions of the year
before a report are candidates (``nearby.WINDOW``).

Runs after every import, for the batch of meetings it stored, both ways: a new meeting closes
what it reports, and an older meeting imported late (or a new version of one, whose actions are
new rows) finds its actions reported in the meetings after it. The reports of the region are
taken oldest first, so the outcome does not depend on the order the files came in.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass, field
from functools import reduce

from django.db.models import Q
from rapidfuzz import fuzz

from anteckna.search_terms import fold, index_terms
from anteckna.services.corrections import correct
from anteckna.services.nearby import Dated, Region
from anteckna.store import models as db

DONE_WORDS = ("klart", "klar", "avklarat", "avklarad", "genomfört", "genomförd", "utfört",
              "utförd", "done", "completed")  # fmt: skip
DONE_MARKERS = re.compile(r"\((?:" + "|".join(DONE_WORDS) + r")\)", re.IGNORECASE)
MARKED = reduce(
    operator.or_,
    (Q(text__icontains="(" + word[:4]) for word in sorted({w[:4] for w in DONE_WORDS})),
)
"""Items that may hold a marker, asked of the database before any text is read in Python: the
words' first four letters are ASCII, which every backend's case-insensitive match folds."""
SIMILAR = 70
"""Score (rapidfuzz token-set ratio of content keys, plus ``OWNER_BONUS``) a match needs."""
OWNER_BONUS = 15
MARGIN = 8
MIN_SHARED = 2
MIN_KEY = 4
"""Keys shorter than this ("har", "för", "till") are function words, not content."""


@dataclass(frozen=True, slots=True)
class Report:
    """One sentence of the notes that reports something done, with its content keys and its
    words (folded, to see whether it names an action's owner)."""

    meeting: Dated
    item: int
    label: str
    sentence: str
    keys: frozenset[str]
    words: frozenset[str]


@dataclass(slots=True)
class Candidate:
    """An action a report may close: its keys, and the folded first names of its owners."""

    pk: int
    meeting: int
    status: str
    keys: set[str]
    owners: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Closed:
    action: int
    meeting: int
    item: int
    sentence: str


def done_reports(meeting: Dated, item: int, label: str, text: str) -> list[Report]:
    """The sentences of an item's text that carry a done marker."""
    text = " ".join(text.split())
    if not DONE_MARKERS.search(text):
        return []
    found = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if DONE_MARKERS.search(sentence):
            keys = frozenset(_content(DONE_MARKERS.sub(" ", sentence)))
            words = frozenset(fold(w) for w in sentence.split())
            found.append(Report(meeting, item, label, sentence.strip(), keys, words))
    return found


def close_reported_actions(region: Region) -> list[Closed]:
    """Close the actions that the region's reports of done work name, where the report or
    the action is in a new meeting: each report, oldest first, against the open actions of
    its groups' meetings in the year before it."""
    reporters = {
        m.pk: m for m in region.meetings.values()
        if m.pk in region.new or region.touched(region.before(m))
    }  # fmt: skip
    reports: list[Report] = []
    marked = region.rows(db.Item.objects.filter(MARKED)).order_by("meeting_id", "position")
    for pk, meeting, number, title, text in marked.values_list(
        "pk", "meeting_id", "number", "title", "text"
    ):
        if meeting in reporters:
            reports.extend(done_reports(reporters[meeting], pk, number or title, text))
    if not reports:  # most notes report nothing: no candidates to load
        return []
    reports.sort(key=lambda r: r.meeting.order)  # stable: a meeting's items stay in order
    actions = _candidates(region)
    closed: list[Closed] = []
    for report in reports:
        found = [a for m in region.before(report.meeting) for a in actions.get(m.pk, ())]
        if (action := _best(report, found)) is not None:
            actions[action.meeting].remove(action)
            _mark_done(action, report)
            closed.append(Closed(action.pk, report.meeting.pk, report.item, report.sentence))
    return closed


def _candidates(region: Region) -> dict[int, list[Candidate]]:
    """The actions a report may close, by meeting: open ones, and done ones not yet linked to
    the meeting that reported them (a re-imported meeting's, whose status a correction carried
    over)."""
    rows = region.rows(db.Action.objects.filter(_eligible()))
    found: dict[int, Candidate] = {}
    for pk, meeting, text, status in rows.values_list("pk", "meeting_id", "text", "status"):
        if meeting in region.meetings:
            found[pk] = Candidate(pk, meeting, status, _content(text))
    owners = region.rows(db.ActionOwner.objects.filter(_eligible("action__")), "action__meeting")
    for action, name in owners.values_list("action_id", "name"):
        if action in found and name.strip():
            found[action].owners.append(fold(name.split()[0]))
    by_meeting: dict[int, list[Candidate]] = {}
    for candidate in sorted(found.values(), key=lambda c: c.pk):
        by_meeting.setdefault(candidate.meeting, []).append(candidate)
    return by_meeting


def _eligible(path: str = "") -> Q:
    return Q(**{f"{path}status": db.Action.Status.OPEN}) | Q(
        **{f"{path}status": db.Action.Status.DONE, f"{path}closed_in__isnull": True}
    )


def _best(report: Report, actions: list[Candidate]) -> Candidate | None:
    """The action the report names: the best score, at least ``SIMILAR``, ``MARGIN`` clear of
    the next, sharing ``MIN_SHARED`` content keys."""
    scored = sorted(((_score(report, a), a) for a in actions), key=lambda p: p[0], reverse=True)
    if not scored or scored[0][0] < SIMILAR:
        return None
    if len(scored) > 1 and scored[0][0] - scored[1][0] < MARGIN:
        return None
    action = scored[0][1]
    return action if len(report.keys & action.keys) >= MIN_SHARED else None


def _score(report: Report, action: Candidate) -> float:
    ratio = fuzz.token_set_ratio(" ".join(sorted(action.keys)), " ".join(sorted(report.keys)))
    named = any(owner in report.words for owner in action.owners)
    return ratio + (OWNER_BONUS if named else 0)


def _content(text: str) -> set[str]:
    return {k for k in index_terms(text) if len(k) >= MIN_KEY and not k.isdigit()}


def _mark_done(action: Candidate, report: Report) -> None:
    note = f"Klart enligt mötet {report.meeting.day}, punkt {report.label}: {report.sentence}"
    if action.status == db.Action.Status.OPEN:
        correct("action", action.pk, "status", "done", note=note)
    db.Action.objects.filter(pk=action.pk).update(closed_in_id=report.meeting.pk)

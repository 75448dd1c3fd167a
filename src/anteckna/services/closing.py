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

Runs on every import, both ways: a new meeting closes what it reports, and an older meeting
imported late (or a new version of one, whose actions are new rows) finds its actions reported
in the meetings after it.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass
from functools import reduce

from django.db.models import Q, QuerySet
from rapidfuzz import fuzz

from anteckna.search_terms import fold, index_terms
from anteckna.services.corrections import correct
from anteckna.services.nearby import nearby
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
    """One sentence of the notes that reports something done."""

    meeting: db.Meeting
    item: db.Item
    sentence: str
    keys: frozenset[str]


@dataclass(frozen=True, slots=True)
class Closed:
    action: int
    meeting: int
    item: int
    sentence: str


def done_reports(meeting: db.Meeting) -> list[Report]:
    """The sentences of a meeting's items that carry a done marker."""
    found = []
    for item in meeting.items.filter(MARKED).order_by("position"):
        text = " ".join(item.text.split())
        if not DONE_MARKERS.search(text):
            continue
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            if DONE_MARKERS.search(sentence):
                keys = frozenset(_content(DONE_MARKERS.sub(" ", sentence)))
                found.append(Report(meeting, item, sentence.strip(), keys))
    return found


def close_reported_actions(meeting_id: int) -> list[Closed]:
    """Close the actions that this meeting reports done, and this meeting's actions that later
    meetings of its groups report done."""
    around = nearby(meeting_id)
    if around is None:
        return []
    meeting = around.meeting
    closed: list[Closed] = []
    if reports := done_reports(meeting):  # most notes report nothing: no candidates to load
        closed = _close(reports, list(_candidates(around.before())))
    marked = db.Item.objects.filter(MARKED, meeting_id__in=around.after()).values("meeting_id")
    later = list(db.Meeting.objects.filter(pk__in=marked).order_by("date", "pk"))
    own = list(_candidates([meeting.pk])) if later else []
    for reporter in later:
        if not own:
            break
        done = _close(done_reports(reporter), own)
        closed.extend(done)
        own = [a for a in own if a.pk not in {c.action for c in done}]
    return closed


def _candidates(meetings: list[int]) -> QuerySet[db.Action]:
    """Actions of these meetings that a report may close: open ones, and done ones not yet
    linked to the meeting that reported them (a re-imported meeting's, whose status a
    correction carried over). Asked by meeting id, so the database starts from the few meetings
    rather than from every open action of the archive."""
    return (
        db.Action.objects.filter(meeting_id__in=meetings)
        .filter(Q(status=db.Action.Status.OPEN) | Q(status="done", closed_in__isnull=True))
        .select_related("meeting")
        .prefetch_related("owners")
    )


def _close(reports: list[Report], actions: list[db.Action]) -> list[Closed]:
    closed: list[Closed] = []
    taken: set[int] = set()
    for report in reports:
        scored = sorted(
            ((_score(report, a), a) for a in actions
             if a.pk not in taken and a.meeting.date and a.meeting.date < report.meeting.date),
            key=lambda pair: pair[0], reverse=True,
        )  # fmt: skip
        if not scored or scored[0][0] < SIMILAR:
            continue
        if len(scored) > 1 and scored[0][0] - scored[1][0] < MARGIN:
            continue
        action = scored[0][1]
        if len(report.keys & frozenset(_content(action.text))) < MIN_SHARED:
            continue
        taken.add(action.pk)
        _mark_done(action, report)
        closed.append(Closed(action.pk, report.meeting.pk, report.item.pk, report.sentence))
    return closed


def _score(report: Report, action: db.Action) -> float:
    keys = _content(action.text)
    ratio = fuzz.token_set_ratio(" ".join(sorted(keys)), " ".join(sorted(report.keys)))
    words = {fold(w) for w in report.sentence.split()}
    owners = [o.name for o in action.owners.all()]
    named = any(fold(name.split()[0]) in words for name in owners if name.strip())
    return ratio + (OWNER_BONUS if named else 0)


def _content(text: str) -> set[str]:
    return {k for k in index_terms(text) if len(k) >= MIN_KEY and not k.isdigit()}


def _mark_done(action: db.Action, report: Report) -> None:
    number = report.item.number or report.item.title
    note = f"Klart enligt mötet {report.meeting.date}, punkt {number}: {report.sentence}"
    if action.status == db.Action.Status.OPEN:
        correct("action", action.pk, "status", "done", note=note)
    db.Action.objects.filter(pk=action.pk).update(closed_in=report.meeting)

"""Approved minutes into the archive: a draft's content as a ``model.Meeting`` and as notes text.

The meeting is stored the way an import stores one (``store.mapping.save``), with a
``SourceDocument`` holding the minutes in the seeds' plain layout (participants first, then
numbered items with "Föredragande:", "Beslut:"), so that search, the actions register and the
agenda see approved minutes like any other meeting, and the meeting page shows every element
beside the line it stands on (each element's ``SourceRef`` is its line in that text, rule
"drafted"). The meeting is built from the draft directly, never parsed back: what the secretary
marked is what is stored.

Each draft is one document, named by the draft: approving a later version stores a new version
of that document, so the meeting keeps its id and the links people made to it
(``store.versions``), and its earlier version stays in the history.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from anteckna import model
from anteckna.services.corrections import carry_over
from anteckna.services.drafts.content import Attendee, Content, DraftItem
from anteckna.services.search import index_meetings
from anteckna.store import models as db
from anteckna.store.mapping import Source, is_imported, save
from anteckna.store.people import Directory

RULE = "drafted"
WRITER = "anteckna drafts 1"


@dataclass(slots=True)
class _Lines:
    """The text being written, a line at a time; ``add`` gives the line's 1-based number."""

    lines: list[str] = field(default_factory=list)

    def add(self, line: str = "") -> int:
        self.lines.append(line)
        return len(self.lines)

    def ref(self, first: int, last: int | None = None) -> model.SourceRef:
        return model.SourceRef(first, last or first, RULE)


def document_name(draft: db.Draft) -> str:
    """The file name the approved versions of a draft are stored under."""
    return f"anteckna-draft-{draft.pk}.txt"


def write(
    group: db.Group, day: date, content: Content, file_name: str
) -> tuple[model.Meeting, str]:
    """The meeting and its notes text."""
    out = _Lines()
    label = group.short_name or group.name
    out.add(f"{content.title} {day.isoformat()}")
    if content.time:
        out.add(f"Tid: {content.time}")
    if content.place:
        out.add(f"Plats: {content.place}")
    out.add()
    participants = _participants(content, label, out)
    for role, name in (("Ordförande", content.chair), ("Sekreterare", content.secretary)):
        if name:
            out.add(f"{role}: {name}")
    items = tuple(_item(n, item, day, out) for n, item in enumerate(content.items, 1))
    text = "\n".join(out.lines) + "\n"
    meeting = model.Meeting(
        title=content.title,
        groups=(label,),
        date=day,
        time=content.time,
        place=content.place,
        participants=participants,
        chair=content.chair,
        secretary=content.secretary,
        items=items,
        source=model.SourceInfo(file_name, _sha256(text)),
    )
    return meeting, text


def store(draft: db.Draft, content: Content) -> int:
    """Store the approved content as the draft's meeting (a new version of its document when an
    earlier version was approved); gives the meeting's id. Call inside a transaction."""
    file_name = document_name(draft)
    meeting, text = write(draft.group, draft.date, content, file_name)
    data = text.encode()
    sha256 = _sha256(text)
    if is_imported(sha256):  # the same minutes approved again: nothing new to store
        return int(db.Meeting.objects.get(source__sha256=sha256).pk)
    source = Source(Path(file_name), data, sha256, "text", text, None, "utf-8", WRITER)
    label = draft.group.short_name or draft.group.name
    meeting_id = save(meeting, source, Directory(), groups=(label,)).meeting_id
    carry_over(meeting_id)
    db.Meeting.objects.filter(pk=meeting_id).update(status=db.Meeting.Status.APPROVED)
    index_meetings([meeting_id])
    return meeting_id


def _participants(content: Content, label: str, out: _Lines) -> tuple[model.Participant, ...]:
    attending = [a for a in content.attendance if a.status != "absent"]
    absent = [a for a in content.attendance if a.status == "absent"]
    line = out.add(f"Deltagare {label}: " + ", ".join(_attending(a) for a in attending))
    rows = [
        model.Participant(
            a.name,
            a.status,
            label,
            _note(a),
            start=a.start,
            end=a.end,  # type: ignore[arg-type]
            source=out.ref(line),
        )
        for a in attending
    ]
    if content.guests:
        line = out.add("Gäster: " + ", ".join(_guest(g.name, g.role) for g in content.guests))
        rows += [
            model.Participant(g.name, "guest", role=g.role, source=out.ref(line))
            for g in content.guests
        ]
    line = out.add("Frånvarande: " + ", ".join(a.name for a in absent))
    rows += [model.Participant(a.name, "absent", label, source=out.ref(line)) for a in absent]
    return tuple(rows)


def _attending(attendee: Attendee) -> str:
    note = _note(attendee)
    return f"{attendee.name} {note}" if note else attendee.name


def _note(attendee: Attendee) -> str | None:
    """The author's words for the status, as the seeds write them."""
    if attendee.status == "remote":
        return "deltog på distans"
    if attendee.status == "partial":
        return f"deltog {attendee.start or ''}–{attendee.end or ''}".rstrip("–")
    return None


def _guest(name: str, role: str | None) -> str:
    return f"{name} ({role})" if role else name


def _item(number: int, item: DraftItem, day: date, out: _Lines) -> model.Item:
    out.add()
    first = out.add(f"{number}. {item.title}")
    if item.presenters:
        out.add("Föredragande: " + ", ".join(item.presenters))
    text_lines = item.text.splitlines()
    for line in text_lines:
        out.add(line)
    decisions = tuple(
        model.Decision(text, out.ref(out.add(f"Beslut: {text}"))) for text in item.decisions
    )
    actions = tuple(
        model.Action(
            a.text,
            a.owners,
            a.due,
            a.due.isoformat() if a.due else None,
            out.ref(out.add(_action_line(a.text, a.owners, a.due))),
        )
        for a in item.actions
    )
    follow_ups = []
    for f in item.follow_ups:
        relative = f"om {f.days} dagar" if f.days is not None else None
        due = f.due or (day + timedelta(days=f.days) if f.days is not None else None)
        when = relative or (f"den {due.isoformat()}" if due else "")
        line = out.add(f"Tas upp igen {when}: {f.text}".replace("igen :", "igen:"))
        follow_ups.append(model.FollowUp(f.text, relative, f.days, due, out.ref(line)))
    return model.Item(
        title=item.title,
        number=str(number),
        presenters=item.presenters,
        text=item.text,
        decisions=decisions,
        actions=actions,
        follow_ups=tuple(follow_ups),
        source=out.ref(first, len(out.lines)),
    )


def _action_line(text: str, owners: tuple[str, ...], due: date | None) -> str:
    details = []
    if owners:
        details.append("ansvarig: " + ", ".join(owners))
    if due:
        details.append(f"senast {due.isoformat()}")
    return f"Åtgärd: {text}" + (f" ({'; '.join(details)})" if details else "")


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()

"""Approved minutes into the archive, read from their visible text like any other notes.

The draft's content is first the meeting it means (``meeting_of``), then notes text written by
the render package's notes exporter, the one writer of that layout, and then the meeting
``parse`` reads from that text (``read``), which is what is stored: the text is the
meeting's ``SourceDocument`` and every element's ``SourceRef`` is the line it really stands
on (issue 7: read from the visible text through the same ``parse()`` as any document). The
reading must give back everything the secretary wrote (``model.essence``); where it does not,
nothing is stored and ``ValueProblem`` says where the text reads differently, so that the
words are changed rather than the archive silently disagreeing with its notes.

What the draft knows for certain and a text cannot say, which Person each name on the
checklist is, is handed to ``store.mapping.save`` as known rather than guessed again.

Each draft is one document, named by the draft: approving a later version stores a new version
of that document, so the meeting keeps its id and the links people made to it
(``store.versions``), and its earlier version stays in the history.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, timedelta
from pathlib import Path

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from anteckna import model
from anteckna import parse as parser
from anteckna.errors import Text, ValueProblem
from anteckna.model.essence import differences
from anteckna.render import export_meeting
from anteckna.services.corrections import carry_over
from anteckna.services.drafts.content import Content, DraftItem
from anteckna.services.search import index_meetings
from anteckna.store import models as db
from anteckna.store.mapping import Source, is_imported, save
from anteckna.store.people import Directory

_SPACES = re.compile(r"[ \t]{2,}")


def document_name(draft: db.Draft) -> str:
    """The file name the approved versions of a draft are stored under."""
    return f"anteckna-draft-{draft.pk}.txt"


def meeting_of(group: db.Group, day: date, content: Content) -> model.Meeting:
    """The meeting the draft's content means, as the notes exporter takes it. A sentence of
    an item's text that the secretary marked as a decision, action or follow-up is taken out
    of the text: it is written on its own labelled line with its owners and dates, where the
    notes say all of it."""
    label = group.short_name or group.name
    participants = [
        model.Participant(a.name, a.status, label, start=a.start, end=a.end)  # type: ignore[arg-type]
        for a in content.attendance
    ]
    participants += [model.Participant(g.name, "guest", role=g.role) for g in content.guests]
    return model.Meeting(
        title=content.title,
        groups=(label,),
        date=day,
        time=content.time,
        place=content.place,
        participants=tuple(participants),
        chair=content.chair,
        secretary=content.secretary,
        items=tuple(_item(n, item, day) for n, item in enumerate(content.items, 1)),
    )


def read(group: db.Group, day: date, content: Content, file_name: str) -> tuple[model.Meeting, str]:
    """The notes text of the draft and the meeting read from it. ``ValueProblem`` names what
    the text says differently from the draft (an unmarked sentence that reads as a decision,
    a line of the text that reads as a new item)."""
    meant = meeting_of(group, day, content)
    text = export_meeting(meant, "notes").decode("utf-8")
    sha256 = hashlib.sha256(text.encode()).hexdigest()
    meeting = parser.parse(text, meeting_date=day, file_name=file_name, sha256=sha256)
    found = differences(meeting, meant)
    if found:
        message = Text(_("the text reads differently: %(found)s"), found="; ".join(found))
        raise ValueProblem(pgettext_lazy("a meeting's record", "minutes"), message)
    return meeting, text


def store(draft: db.Draft, content: Content) -> int:
    """Store the approved content as the draft's meeting (a new version of its document when an
    earlier version was approved); gives the meeting's id. Call inside a transaction."""
    file_name = document_name(draft)
    meeting, text = read(draft.group, draft.date, content, file_name)
    data = text.encode()
    sha256 = hashlib.sha256(data).hexdigest()
    if is_imported(sha256):  # the same minutes approved again: nothing new to store
        return int(db.Meeting.objects.get(source__sha256=sha256).pk)
    source = Source(Path(file_name), data, sha256, "text", text, None, "utf-8", parser.VERSION)
    label = draft.group.short_name or draft.group.name
    known = {a.name: a.person for a in content.attendance if a.person is not None}
    meeting_id = save(meeting, source, Directory(), groups=(label,), known=known).meeting_id
    carry_over(meeting_id)
    db.Meeting.objects.filter(pk=meeting_id).update(status=db.Meeting.Status.APPROVED)
    index_meetings([meeting_id])
    return meeting_id


def _item(number: int, item: DraftItem, day: date) -> model.Item:
    marked = [*item.decisions, *(a.text for a in item.actions), *(f.text for f in item.follow_ups)]
    return model.Item(
        title=item.title.removesuffix("."),  # a heading with a full stop reads as a sentence
        number=str(number),
        presenters=item.presenters,
        text=_without(item.text, marked),
        decisions=tuple(model.Decision(text) for text in item.decisions),
        actions=tuple(
            model.Action(a.text, a.owners, a.due, a.due.isoformat() if a.due else None)
            for a in item.actions
        ),
        follow_ups=tuple(
            model.FollowUp(
                f.text,
                f"om {f.days} dagar" if f.days is not None else None,
                f.days,
                day + timedelta(days=f.days) if f.days is not None else f.due,
            )
            for f in item.follow_ups
        ),
    )


def _without(text: str, sentences: list[str]) -> str:
    """``text`` without the first place each sentence stands, one paragraph a line: notes
    text keeps no line break inside a paragraph (a reading joins wrapped lines), so each line
    the secretary typed stays a line of its own when the text is read back."""
    lines = text.split("\n")
    for sentence in filter(None, sentences):
        for n, line in enumerate(lines):
            if sentence in line:
                lines[n] = _SPACES.sub(" ", line.replace(sentence, "", 1))
                break
    return "\n\n".join(line.strip() for line in lines if line.strip())

"""Read one item: its presenters, decisions, actions, follow-ups, events, roles and mentions.

The item's body is read paragraph by paragraph. A label paragraph ("Beslut", "Actionpunkt:",
"Förslag:", "Föredragande:") sets how the next paragraph is read; an item titled "Beslut" or
"Att göra" reads all of its paragraphs that way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from anteckna.model import (
    Action,
    Decision,
    Event,
    FollowUp,
    Item,
    Participant,
    Role,
    SourceRef,
    source_ref,
)
from anteckna.parse import presenters as presenting
from anteckna.parse import vocabulary as v
from anteckna.parse.actions import action_in
from anteckna.parse.decisions import continues_decision, is_decision
from anteckna.parse.events import events_in
from anteckna.parse.followups import follow_up_in, listed_follow_up
from anteckna.parse.labels import strip_markup
from anteckna.parse.mentions import Mentions, find_mentions
from anteckna.parse.normalise import Line
from anteckna.parse.numbering import ItemStart
from anteckna.parse.paragraphs import Paragraph, paragraphs, sentence_texts
from anteckna.parse.people import PeopleIndex

_ROLE_IN_TEXT = re.compile(
    r"([A-ZÅÄÖ][\wåäö]+)\s*\((" + "|".join(re.escape(r) for r in v.ROLE_WORDS) + r")\)"
)


@dataclass
class Context:
    """What every item of one document shares while it is read."""

    people: PeopleIndex
    language: str
    meeting_date: date | None
    reference: date | None
    skip_words: frozenset[str]
    own_bodies: frozenset[str] = frozenset()
    guests: list[Participant] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    mentions: Mentions = field(default_factory=Mentions)


@dataclass
class _Found:
    presenters: list[str] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def present(self, *names: str | None) -> None:
        for name in names:
            if name and name not in self.presenters:
                self.presenters.append(name)


def _mode_of_title(title: str) -> str | None:
    folded = strip_markup(title).rstrip(":").casefold()
    if folded in v.DECISION_LABELS or v.SECTION_WORDS.get(folded) == "decision":
        return "decision"
    if folded in v.ACTION_LABELS:
        return "action"
    return None


def _label_mode(paragraph: Paragraph) -> tuple[str | None, str]:
    """(mode, rest of the line) of a label paragraph or a bare "Beslut" or "TODO" line."""
    head, colon, rest = paragraph.text.partition(":")
    folded = strip_markup(head).strip().casefold()
    bare = folded in v.DECISION_LABELS or folded in v.ACTION_LABELS
    if not colon and paragraph.kind != "heading" and not bare:
        return None, ""
    if folded in v.PRESENTER_LABELS:
        return "presenters", rest.strip()
    if folded in v.DECISION_LABELS:
        return "decision", rest.strip()
    if folded in v.ACTION_LABELS:
        return "action", rest.strip()
    if folded in v.PROPOSAL_LABELS:
        return "proposal", rest.strip()
    if folded in v.FOLLOW_UP_LABELS:
        return "follow_up", rest.strip()
    return None, ""


def _context_group(paragraph: str) -> str | None:
    """The group a paragraph is about, from its first word ("Verksamhetscheferna har …")."""
    first = paragraph.split()[0] if paragraph.split() else ""
    folded = first.casefold()
    if folded.endswith(("erna", "arna", "orna")):
        return folded[:-2]
    if folded.endswith(("gruppen", "styrelsen", "nämnden", "rådet")):
        return first
    return None


def _read_sentences(
    paragraph: Paragraph, mode: str | None, found: _Found, context: Context, recap: bool
) -> None:
    """Read one paragraph. ``mode`` is how a label or the item's title says to read it:
    None (free text), "decision", "action", "follow_up" or "proposal" (neither decisions nor
    tasks)."""
    first, last = paragraph.first, paragraph.last
    people = context.people
    if mode == "follow_up":
        source = source_ref(first, last, "follow_up:labelled")
        found.follow_ups.append(listed_follow_up(paragraph.text, source, context.meeting_date))
        return
    if mode in ("decision", "action") and paragraph.text.casefold().startswith(
        v.NO_DECISION_PHRASES
    ):
        return
    if mode == "decision":
        found.decisions.append(
            Decision(paragraph.text, source_ref(first, last, "decision:labelled"))
        )
    if mode == "action":
        action = action_in(
            paragraph.text,
            source_ref(first, last, "action:listed"),
            people,
            language=context.language,
            reference=context.reference,
            listed=True,
        )
        if action:
            found.actions.append(action)
    # One reference per rule, shared by the paragraph's sentences (they are immutable).
    decision_cue = source_ref(first, last, "decision:cue")
    action_cue = source_ref(first, last, "action:cue")
    follow_up_cue = source_ref(first, last, "follow_up:cue")
    deciding = False
    said = sentence_texts(paragraph.text)
    for text in said:
        found.present(*presenting.from_sentence(text, people))
        if mode in (None, "action"):
            if is_decision(text, context.own_bodies) or (deciding and continues_decision(text)):
                found.decisions.append(Decision(text, decision_cue))
                deciding = True
            else:
                deciding = False
        if mode in (None, "decision") and not recap:
            action = action_in(
                text,
                action_cue,
                people,
                language=context.language,
                reference=context.reference,
            )
            if action:
                found.actions.append(action)
        follow_up = follow_up_in(text, follow_up_cue, context.meeting_date)
        if follow_up:
            found.follow_ups.append(follow_up)
    found.present(*presenting.from_parentheses(paragraph.text, people))
    found.events.extend(
        events_in(
            said, source_ref(first, last, "event"), people, context.reference, context.meeting_date
        )
    )
    if "(" in paragraph.text:  # every role is written in brackets
        for match in _ROLE_IN_TEXT.finditer(paragraph.text):
            name = people.resolve(match.group(1))
            if name:
                context.roles.append(Role(_context_group(paragraph.text), match.group(2), name))


def _rule(source: SourceRef, rule: str) -> SourceRef:
    return source_ref(source.first, source.last, rule)


def _without_short_forms(presenters: list[str]) -> tuple[str, ...]:
    """Drop a first name left unresolved ("Johanna") when a full name it begins is there."""
    full = [p for p in presenters if " " in p]
    return tuple(p for p in presenters if " " in p or not any(f.startswith(p + " ") for f in full))


def _add_guest(context: Context, guest: Participant) -> None:
    if guest.name not in context.people.names:
        context.people.add(guest.name)
        context.guests.append(guest)


def read_item(lines: list[Line], start: ItemStart, end: int, context: Context) -> Item:
    """The item that starts at ``start`` and runs to ``end`` (exclusive)."""
    title_ref = source_ref(lines[start.index].first, lines[start.end - 1].last, "item:title")
    found = _Found()
    guest = presenting.guest_in_title(start.title, start.number, title_ref)
    if guest:
        _add_guest(context, guest)
        found.present(guest.name)
    found.events.extend(
        events_in(
            [start.title],
            _rule(title_ref, "event:title"),
            context.people,
            context.reference,
            context.meeting_date,
        )
    )
    item_mode = _mode_of_title(start.title)
    recap = start.title.casefold().startswith(v.RECAP_TITLES)
    pending: str | None = None
    body = paragraphs(lines[start.end : end])
    # The item's text is its body and what followed the title on its line, less the
    # "Föredragande:" line (the presenters are the item's own field, not its text); a title
    # that is a sentence ("§ 56. Ordföranden skriver …") is also read for decisions and actions.
    lead = [start.lead] if start.lead else []
    read = [(p, *_label_mode(p)) for p in body]
    text = "\n\n".join([*lead, *(p.text for p, mode, _ in read if mode != "presenters")])
    written = "\n\n".join([*lead, *(p.text for p in body)])
    if start.number and ("§" in start.number or start.lead or start.title.endswith(".")):
        spoken = " ".join(filter(None, [start.title, start.lead]))
        title = Paragraph(spoken, title_ref.first, title_ref.last, "text")
        read.insert(0, (title, *_label_mode(title)))
    for paragraph, mode, rest in read:
        if mode == "presenters":
            for name in presenting.from_label(rest, context.people):
                if name not in context.people.names and presenting.is_full_name(name):
                    source = source_ref(paragraph.first, paragraph.last, "guest:presenter")
                    _add_guest(
                        context, Participant(name, "guest", item=start.number, source=source)
                    )
                found.present(name)
            continue
        if mode is not None:
            pending = mode
            if not rest:
                continue
            paragraph = Paragraph(rest, paragraph.first, paragraph.last, "text", paragraph.indent)
        elif paragraph.kind == "heading":
            continue
        current = pending or item_mode
        where = source_ref(paragraph.first, paragraph.last, "guest:office")
        for guest in presenting.guests_in_text(paragraph.text, start.number, where):
            _add_guest(context, guest)
        _read_sentences(paragraph, current, found, context, recap)
        if pending and not (paragraph.kind == "bullet" or paragraph.text.startswith("att ")):
            pending = None
    presenters = _without_short_forms(found.presenters)
    mentions = find_mentions(f"{start.title}\n{written}", context.people, skip=context.skip_words)
    context.mentions.aliases.update(mentions.aliases)
    context.mentions.ambiguous.update(mentions.ambiguous)
    last = lines[end - 1].last if end > start.index else title_ref.last
    return Item(
        title=start.title,
        number=start.number,
        section=start.section,
        presenters=presenters,
        text=text,
        decisions=tuple(found.decisions),
        actions=tuple(found.actions),
        follow_ups=tuple(found.follow_ups),
        events=tuple(found.events),
        mentions=tuple(mentions.names),
        source=source_ref(
            title_ref.first, last, "item:" + ("numbered" if start.number else "heading")
        ),
    )

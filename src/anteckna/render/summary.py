"""A readable summary of a parsed meeting for the terminal."""

from __future__ import annotations

from anteckna.model import ATTENDING, Meeting

_STATUS = {
    "present": "närvarande",
    "remote": "på distans",
    "partial": "delvis",
    "absent": "frånvarande",
    "guest": "gäst",
}


def render_summary(meeting: Meeting) -> str:
    out = [meeting.title or "(utan rubrik)"]
    out.append(f"Datum: {meeting.date.isoformat() if meeting.date else 'okänt'}")
    if meeting.groups:
        out.append(f"Grupper: {', '.join(meeting.groups)}")
    attending = sum(1 for p in meeting.participants if p.status in ATTENDING)
    out.append(f"Deltagare: {attending} närvarande av {len(meeting.participants)}")
    for p in meeting.participants:
        extra = f" ({p.note})" if p.note else ""
        out.append(f"  - {p.name} [{_STATUS[p.status]}]{extra}")
    for item in meeting.items:
        number = f"{item.number}. " if item.number else ""
        out.append(f"\n{number}{item.title}")
        if item.presenters:
            out.append(f"  Föredragande: {', '.join(item.presenters)}")
        for d in item.decisions:
            out.append(f"  BESLUT: {d.text}")
        for a in item.actions:
            owners = ", ".join(a.owners) or "ingen angiven"
            out.append(f"  ÅTGÄRD ({owners}): {a.text}")
        for f in item.follow_ups:
            due = f", {f.due.isoformat()}" if f.due else ""
            out.append(f"  ÅTERKOMMER ({f.relative or '?'}{due}): {f.text}")
        for e in item.events:
            end = f"–{e.end.isoformat()}" if e.end else ""
            out.append(f"  HÄNDELSE: {e.title} {e.start.isoformat()}{end}")
    for warning in meeting.warnings:
        out.append(f"Varning: {warning}")
    return "\n".join(out)

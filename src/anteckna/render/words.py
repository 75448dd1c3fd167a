"""The fixed words of exported documents, Swedish and English, and how dates are written."""

from __future__ import annotations

from datetime import date

MONTHS = {
    "sv": (
        "januari", "februari", "mars", "april", "maj", "juni",
        "juli", "augusti", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip

WORDS = {
    "sv": {
        "minutes": "Mötesanteckningar",
        "agenda": "Dagordning",
        "date": "Datum:",
        "time": "Tid:",
        "place": "Plats:",
        "group": "Grupp:",
        "participants": "Deltagare",
        "absent": "Frånvarande:",
        "guests": "Gäster:",
        "chair": "Ordförande:",
        "secretary": "Sekreterare:",
        "presenter": "Föredragande:",
        "decision": "Beslut:",
        "action": "Åtgärd:",
        "follow_up_label": "Uppföljning:",
        "owner": "ansvarig",
        "due": "senast",
        "in_days": "om {n} dagar",
        "on_day": "den {day}",
        "remote": "deltog på distans",
        "partial": "deltog del av mötet",
        "from_to": "deltog {start}–{end}",
        "joined": "anslöt {start}",
        "left": "lämnade {end}",
        "decision_section": "BESLUT",
        "information_section": "INFORMATION",
        "discussion_section": "DISKUSSION",
        "no_decisions": "Inga beslutspunkter",
        "number": "Nr",
        "clock": "Kl.",
        "item": "Punkt",
        "minutes_column": "Tid",
        "total": "Summa",
        "minutes_unit": "{n} min",
        "page": "Sida {page} av {pages}",
        "follow_up": "Återkommer från mötet {when}",
        "action_review": "Åtgärd att följa upp från mötet {when}",
        "requested": "Önskad punkt",
        "item_ref": "punkt {number}",
    },
    "en": {
        "minutes": "Minutes",
        "agenda": "Agenda",
        "date": "Date:",
        "time": "Time:",
        "place": "Place:",
        "group": "Group:",
        "participants": "Participants",
        "absent": "Absent:",
        "guests": "Guests:",
        "chair": "Chair:",
        "secretary": "Secretary:",
        "presenter": "Presenter:",
        "decision": "Decision:",
        "action": "Action:",
        "follow_up_label": "Follow-up:",
        "owner": "owner",
        "due": "by",
        "in_days": "in {n} days",
        "on_day": "on {day}",
        "remote": "attended remotely",
        "partial": "attended part of the meeting",
        "from_to": "joined at {start}, left at {end}",
        "joined": "joined at {start}",
        "left": "left at {end}",
        "decision_section": "DECISIONS",
        "information_section": "INFORMATION",
        "discussion_section": "DISCUSSION",
        "no_decisions": "No decisions",
        "number": "No.",
        "clock": "Time",
        "item": "Item",
        "minutes_column": "Minutes",
        "total": "Total",
        "minutes_unit": "{n} min",
        "page": "Page {page} of {pages}",
        "follow_up": "Comes back from the meeting of {when}",
        "action_review": "Action to follow up from the meeting of {when}",
        "requested": "Requested item",
        "item_ref": "item {number}",
    },
}


def words(language: str) -> dict[str, str]:
    """The words for ``language``; Swedish for any language without its own."""
    return WORDS.get(language, WORDS["sv"])


def long_date(day: date, language: str) -> str:
    """ "17 september 2025", as notes write a date and the parser reads it back."""
    month = MONTHS.get(language, MONTHS["sv"])[day.month - 1]
    return f"{day.day} {month} {day.year}"


def clock(value: str) -> str:
    """ "13:30" → "13.30", the Swedish way of writing a time of day."""
    return value.replace(":", ".")

"""Template filters for the pages: labels for stored values, and links to source lines."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.safestring import mark_safe

from anteckna.web import labels

register = template.Library()


@register.filter
def action_status(value: str) -> str:
    return str(labels.ACTION_STATUS.get(value, value))


@register.filter
def attendance_status(value: str) -> str:
    return str(labels.ATTENDANCE_STATUS.get(value, value))


@register.filter
def role_label(value: str) -> str:
    return str(labels.ROLES.get(value, value))


@register.filter
def hit_kind(value: str) -> str:
    return str(labels.HIT_KINDS.get(value, value))


@register.filter
def snippet(hit: Any) -> str:
    """A search hit's snippet as HTML: every piece escaped, the found words in ``<mark>``."""
    return mark_safe(hit.snippet.html())  # Snippet.html() escapes every piece


@register.filter
def lines(row: Any) -> str:
    """ "12" or "12–14": the source lines a row was read from ("" when unknown)."""
    first, last = getattr(row, "first_line", None), getattr(row, "last_line", None)
    if first is None:
        return ""
    return str(first) if last in (None, first) else f"{first}–{last}"


@register.filter
def draft_status(value: str) -> str:
    return str(labels.DRAFT_STATUS.get(value, value))


@register.filter
def draft_event(value: str) -> str:
    return str(labels.DRAFT_EVENT.get(value, value))

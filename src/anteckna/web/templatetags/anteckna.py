"""Template filters for the pages: labels for stored values, the parser's warnings in the
page's language, and links to source lines."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from anteckna.parse.warnings import read_ambiguous
from anteckna.web import labels

register = template.Library()


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
def parser_warning(warning: str) -> str:
    """A warning the parser stored (in English, ``parse.warnings``) in the page's language;
    one it does not know as it is."""
    ambiguous = read_ambiguous(warning)
    if ambiguous is None:
        return warning
    short, names = ambiguous
    return gettext("'%(short)s' could mean %(names)s; left unresolved") % {
        "short": short,
        "names": gettext(" or ").join(names),
    }


@register.simple_tag
def lines_link(row: Any) -> str:
    """The link from an element to the lines of the notes it was read from ("" when unknown).
    A tag rather than an included template: a meeting page has dozens of them."""
    first = getattr(row, "first_line", None)
    if not first:
        return ""
    return format_html(
        '<a class="lines-link" href="#L{}" title="{}">{}</a>',
        first,
        gettext("Show in the notes"),
        gettext("line %(lines)s") % {"lines": lines(row)},
    )


def _labeller(table: Mapping[str, Any]) -> Callable[[str], str]:
    """A filter that shows a stored value by its label in ``table`` (the value itself when
    the table has none)."""
    return lambda value: str(table.get(value, value))


for _name, _table in {
    "action_status": labels.ACTION_STATUS,
    "attendance_status": labels.ATTENDANCE_STATUS,
    "role_label": labels.ROLES,
    "hit_kind": labels.HIT_KINDS,
    "draft_status": labels.DRAFT_STATUS,
    "draft_event": labels.DRAFT_EVENT,
}.items():
    register.filter(_name, _labeller(_table))

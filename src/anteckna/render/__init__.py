"""Meeting → text or a document file: two registries, built-ins registered like any other.

``render(meeting, name)`` gives the terminal's texts (``RENDERERS``: json, summary, explain).
``export_meeting(meeting, fmt)`` and ``export_agenda(agenda, fmt)`` give the bytes of a file to
hand out (``EXPORTERS``: md, docx, pdf, json, notes for a meeting; md, docx, pdf, json for an
agenda). A new format (the calendar's "ics") is one ``register_exporter()`` call.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from anteckna.model import Meeting
from anteckna.model.agenda import Agenda

__all__ = [
    "EXPORTERS",
    "RENDERERS",
    "Exporter",
    "export_agenda",
    "export_meeting",
    "formats",
    "register_exporter",
    "register_renderer",
    "render",
]

Renderer = Callable[..., str]
RENDERERS: dict[str, Renderer] = {}


@dataclass(frozen=True, slots=True)
class Exporter:
    """One file format. ``meeting``/``agenda`` make the bytes (None when the format has no
    such document); ``media_type`` and ``suffix`` are for a download; ``text`` says the bytes
    are UTF-8 text a terminal may show."""

    media_type: str
    suffix: str
    text: bool
    meeting: Callable[..., bytes] | None = None
    agenda: Callable[..., bytes] | None = None


EXPORTERS: dict[str, Exporter] = {}


def register_renderer(name: str, renderer: Renderer) -> None:
    """Make ``renderer`` available as ``render(meeting, name)``."""
    RENDERERS[name] = renderer


def register_exporter(name: str, exporter: Exporter) -> None:
    """Make ``exporter`` available as ``export_meeting(meeting, name)`` (and ``export_agenda``
    when it writes agendas); a later one replaces an earlier one of the same name."""
    EXPORTERS[name] = exporter


def render(meeting: Meeting, name: str, **options: Any) -> str:
    """The meeting in format ``name`` (KeyError names the formats there are)."""
    try:
        renderer = RENDERERS[name]
    except KeyError:
        raise KeyError(f"no renderer {name!r}; there are {', '.join(sorted(RENDERERS))}") from None
    return renderer(meeting, **options)


def formats(kind: str = "meeting") -> list[str]:
    """The export formats for a "meeting" or an "agenda", sorted."""
    return sorted(name for name, e in EXPORTERS.items() if getattr(e, kind) is not None)


def export_meeting(meeting: Meeting, fmt: str, **options: Any) -> bytes:
    """The meeting as a file in ``fmt``. Options: ``organisation`` (a name) and ``logo`` (a
    PNG or JPEG path) for the heading of a DOCX or PDF; ``stored`` (``ics.StoredKeys``) and
    ``stamp`` (when it last changed) for a stored meeting's calendar, so that it has the
    feeds' UIDs; formats ignore what they do not use.
    ValueError names the formats there are."""
    write = _exporter(fmt, "meeting").meeting
    assert write is not None
    return write(meeting, **options)


def export_agenda(agenda: Agenda, fmt: str, **options: Any) -> bytes:
    """The agenda as a file in ``fmt``, with the same options as ``export_meeting``."""
    write = _exporter(fmt, "agenda").agenda
    assert write is not None
    return write(agenda, **options)


def _exporter(fmt: str, kind: str) -> Exporter:
    exporter = EXPORTERS.get(fmt)
    if exporter is None or getattr(exporter, kind) is None:
        raise ValueError(f"no {kind} export {fmt!r}; there are {', '.join(formats(kind))}")
    return exporter


def _register_builtins() -> None:
    from anteckna.render import explain, exports, ics, json_render, summary

    register_renderer("json", json_render.render_json)
    register_renderer("summary", summary.render_summary)
    register_renderer("explain", explain.render_explain)
    for name, exporter in exports.BUILTIN.items():
        register_exporter(name, exporter)
    register_renderer("ics", ics.render_ics)
    register_exporter(
        "ics",
        Exporter(
            "text/calendar; charset=utf-8",
            ".ics",
            True,
            lambda meeting, stored=None, stamp=None, **_: ics.meeting_ics(meeting, stored, stamp),
        ),
    )


_register_builtins()

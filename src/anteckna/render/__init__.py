"""Meeting → text in a format: a registry of renderers, built-ins registered like any other."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from anteckna.model import Meeting

Renderer = Callable[..., str]
RENDERERS: dict[str, Renderer] = {}


def register_renderer(name: str, renderer: Renderer) -> None:
    """Make ``renderer`` available as ``render(meeting, name)``."""
    RENDERERS[name] = renderer


def render(meeting: Meeting, name: str, **options: Any) -> str:
    """The meeting in format ``name`` (KeyError names the formats there are)."""
    try:
        renderer = RENDERERS[name]
    except KeyError:
        raise KeyError(f"no renderer {name!r}; there are {', '.join(sorted(RENDERERS))}") from None
    return renderer(meeting, **options)


def _register_builtins() -> None:
    from anteckna.render import explain, ics, json_render, summary

    register_renderer("json", json_render.render_json)
    register_renderer("summary", summary.render_summary)
    register_renderer("explain", explain.render_explain)
    register_renderer("ics", ics.render_ics)


_register_builtins()

"""Every refusal as JSON ``{"detail": …}``, with the status the pages would give.

``NotVisible`` is 404 (a meeting of another group is indistinguishable from one that does not
exist), ``NotAllowed`` 403, any other ``AntecknaError`` 400 with its one-line message, and a
request that does not fit the schema 422 with the fields named. The messages are English
whatever the language of the pages: the API is a contract with programs, not a page.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils import translation
from ninja import NinjaAPI
from ninja.errors import ValidationError

from anteckna.errors import AntecknaError
from anteckna.services.access import NotAllowed, NotVisible

NOT_FOUND = "not found"


def install(api: NinjaAPI) -> None:
    """Register the handlers on ``api``."""

    def answer(request: HttpRequest, status: int, body: dict[str, Any]) -> HttpResponse:
        return api.create_response(request, body, status=status)

    @api.exception_handler(NotVisible)
    def not_visible(request: HttpRequest, error: NotVisible) -> HttpResponse:
        return answer(request, 404, {"detail": NOT_FOUND})

    @api.exception_handler(NotAllowed)
    def not_allowed(request: HttpRequest, error: NotAllowed) -> HttpResponse:
        return answer(request, 403, {"detail": _english(error)})

    @api.exception_handler(AntecknaError)
    def refused(request: HttpRequest, error: AntecknaError) -> HttpResponse:
        return answer(request, 400, {"detail": _english(error)})

    @api.exception_handler(ValidationError)
    def invalid(request: HttpRequest, error: ValidationError) -> HttpResponse:
        problems = [_problem(e) for e in error.errors]
        detail = "; ".join(f"{'.'.join(map(str, p['loc']))}: {p['msg']}" for p in problems)
        return answer(request, 422, {"detail": detail, "errors": problems})


def _english(error: AntecknaError) -> str:
    """The error's message in English (the services' messages are translated when shown)."""
    with translation.override("en"):
        return str(error)


def _problem(error: dict[str, Any]) -> dict[str, Any]:
    """One field's problem, in words: our own validators' messages without pydantic's
    "Value error, ", and the only pattern in the schema (``params.Text``'s) explained."""
    message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
    if error.get("type") == "string_pattern_mismatch":
        message = "must not hold a NUL character"
    return {"loc": [part for part in error.get("loc", ()) if isinstance(part, str | int)],
            "msg": message}  # fmt: skip

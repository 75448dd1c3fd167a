"""The ``NinjaAPI``: every router, one authentication for all of them, and the refusals.

No interactive docs page (``docs_url=None``): ``/api/openapi.json`` describes every endpoint
for whatever OpenAPI viewer or client generator a reader prefers.
"""

from __future__ import annotations

from ninja import NinjaAPI
from ninja.renderers import JSONRenderer

from anteckna import __version__
from anteckna.api import actions, errors, meetings, people, search
from anteckna.api.auth import BearerToken, SessionLogin


class Utf8Json(JSONRenderer):
    """JSON in UTF-8 as the CLI prints it: "Åsa", not "\\u00c5sa"."""

    json_dumps_params = {"ensure_ascii": False}  # noqa: RUF012 (ninja's own attribute)


api = NinjaAPI(
    title="anteckna",
    version=__version__,
    description="The meetings, items, people and actions of an anteckna archive, and its "
    "search, as the user may see them. Authenticate with `Authorization: Bearer <token>` "
    "(`anteckna token create USERNAME`).",
    auth=[BearerToken(), SessionLogin()],
    renderer=Utf8Json(),
    docs_url=None,
    urls_namespace="api",
)
for router in (meetings.router, people.router, actions.router, search.router):
    api.add_router("", router)
errors.install(api)

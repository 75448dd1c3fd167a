"""Two small middlewares: the Content-Security-Policy header, and Swedish unless chosen.

Django 5.2 has no CSP of its own; the policy (``ANTECKNA_CONTENT_SECURITY_POLICY``, built in
``site.build``) allows scripts, styles and images from the site itself only — no inline script
or style — so a note whose text slipped past escaping still could not run anything.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class ContentSecurityPolicyMiddleware:
    """Add the policy to every response that has none (a view may set a stricter one)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.policy = settings.ANTECKNA_CONTENT_SECURITY_POLICY

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", self.policy)
        return response


class LanguageMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, choosing only from the language cookie that the language
    switch (``set_language``) sets, else ``LANGUAGE_CODE`` (Swedish).

    The browser's Accept-Language is ignored on purpose: in a Swedish workplace many browsers
    are set to English, and the archive's own words (the notes) are Swedish anyway.
    """

    def process_request(self, request: HttpRequest) -> None:
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        supported = dict(settings.LANGUAGES)
        language = chosen if chosen in supported else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()

"""URL routes: the pages at the root, the JSON API, the language switch, and Django's admin."""

from __future__ import annotations

from django.contrib import admin
from django.urls import include, path
from django.views.i18n import set_language

from anteckna.api.app import api

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", api.urls),
    path("i18n/setlang/", set_language, name="set_language"),
    path("", include("anteckna.web.urls")),
]

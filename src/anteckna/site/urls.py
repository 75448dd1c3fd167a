"""URL routes. Only the admin for now; the web pages and the API mount here later."""

from __future__ import annotations

from django.contrib import admin
from django.urls import path

urlpatterns = [path("admin/", admin.site.urls)]

"""App configuration: makes ``templates/``, ``static/`` and ``locale/`` of this package found."""

from __future__ import annotations

from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "anteckna.web"
    label = "web"
    verbose_name = "Webb"

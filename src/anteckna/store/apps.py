"""App configuration: the label ``store`` names the tables (``store_meeting``, …)."""

from __future__ import annotations

from django.apps import AppConfig


class StoreConfig(AppConfig):
    name = "anteckna.store"
    label = "store"
    verbose_name = "Arkiv"
    default_auto_field = "django.db.models.BigAutoField"

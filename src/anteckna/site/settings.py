"""Django settings for anteckna, every value derived from ``anteckna.config``.

This is an ordinary settings module (``DJANGO_SETTINGS_MODULE=anteckna.site.settings`` for a
WSGI server started by hand), made from ``build.build_settings``. The CLI and ``anteckna serve``
do not import it: ``anteckna.site.setup()`` passes the same values to ``settings.configure()``
so that a command's ``--db`` or ``serve --demo`` can replace the database and the key without
touching the environment.
"""

from __future__ import annotations

from anteckna.config import get_settings
from anteckna.site.build import build_settings

globals().update(build_settings(get_settings()))

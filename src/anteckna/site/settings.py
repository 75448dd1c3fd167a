"""Django settings for anteckna, every value derived from ``anteckna.config``.

This is an ordinary settings module (``DJANGO_SETTINGS_MODULE=anteckna.site.settings`` for the
web server), but the CLI does not use it that way: ``anteckna.site.setup()`` copies its values
into ``settings.configure()`` so that a command's ``--db`` can replace the database without
touching the environment.
"""

from __future__ import annotations

from anteckna.config import get_settings
from anteckna.site.databases import django_database

_config = get_settings()

# The CLI signs nothing, so every command works without a key. Whatever starts the web server
# must refuse this placeholder unless DEBUG is on (Django's deploy check flags it too).
SECRET_KEY = _config.secret_key or "anteckna-insecure-placeholder-set-ANTECKNA_SECRET_KEY"
DEBUG = _config.debug
ALLOWED_HOSTS = list(_config.allowed_hosts)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "anteckna.store",
]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]
ROOT_URLCONF = "anteckna.site.urls"
WSGI_APPLICATION = "anteckna.site.wsgi.application"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    }
]

DATABASES = {"default": django_database(_config.database)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LANGUAGE_CODE = "sv"
TIME_ZONE = _config.time_zone
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
ANTECKNA_DATA_DIR = _config.data_dir

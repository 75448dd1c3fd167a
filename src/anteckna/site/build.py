"""Every Django setting, built from one ``anteckna.config.Settings``: a function, not a module.

A function so that the CLI (``--db``), ``serve --demo`` (a temporary archive and a generated
key) and the tests can each build the settings for the configuration they have, and so that
each choice below can be tested with a configuration made up for the test.

The web parts and why they are so:

- sessions in the database (not signed cookies, not a local cache): several ``anteckna serve``
  processes on several machines share one PostgreSQL and so every session;
- rendered meeting pages in the database too, for the same reason (``store.models.KeptPage``,
  ``web.meeting_cache``); Django's cache is left at its default and holds nothing of ours;
- database connections kept open between requests (``CONN_MAX_AGE``), checked before reuse: a
  new connection per request cost more than many a page's queries; and the login backend
  reads a user's Account with the user (``web.backends``), since every page asks for the role;
- Swedish first: ``LANGUAGE_CODE`` is "sv" and ``web.middleware.LanguageMiddleware`` follows
  only the language a person chose (the switch in the page footer), never the browser's
  Accept-Language, because a Swedish workplace's browsers often say English; the one
  catalogue, ``web/locale``, is also ``LOCALE_PATHS``, so that ``makemessages`` run from
  ``src/anteckna`` puts the services' messages in it too (every other folder has no catalogue);
- static files by WhiteNoise straight from the apps' ``static/`` folders (``USE_FINDERS``): no
  ``collectstatic`` step and no writable folder, so the server starts from any directory;
- a Content-Security-Policy on every response (``web.middleware``): no inline script at all;
- secure cookies, HSTS and the redirect to https only with ``ANTECKNA_HTTPS=true``, which
  also trusts X-Forwarded-Proto from the proxy in front, so a demo on http://127.0.0.1 works;
- failed logins counted in the database (``services.logins``), shared by every process;
- reminders sent by SMTP to the server ANTECKNA_SMTP_* name, from ANTECKNA_MAIL_FROM.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from anteckna.config import Settings
from anteckna.site.databases import django_database

# The CLI signs nothing, so every command works without a key; ``anteckna serve`` refuses this
# placeholder (``site.server.require_secret_key``) and generates a key only for ``--demo``.
PLACEHOLDER_KEY = "anteckna-insecure-placeholder-set-ANTECKNA_SECRET_KEY"

CATALOGUE = Path(__file__).parents[1] / "web" / "locale"

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "anteckna.web.middleware.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "anteckna.web.middleware.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]


def build_settings(config: Settings) -> dict[str, Any]:
    """The Django settings for ``config``."""
    values: dict[str, Any] = {
        "SECRET_KEY": config.secret_key or PLACEHOLDER_KEY,
        "DEBUG": config.debug,
        "ALLOWED_HOSTS": list(config.allowed_hosts),
        "INSTALLED_APPS": [
            "anteckna.web",  # first: its translations win over Django's ("Action")
            "django.contrib.admin",
            "django.contrib.auth",
            "django.contrib.contenttypes",
            "django.contrib.sessions",
            "django.contrib.messages",
            "django.contrib.staticfiles",
            "anteckna.store",
        ],
        "MIDDLEWARE": list(MIDDLEWARE),
        "ROOT_URLCONF": "anteckna.site.urls",
        "WSGI_APPLICATION": "anteckna.site.wsgi.application",
        "TEMPLATES": [
            {
                "BACKEND": "django.template.backends.django.DjangoTemplates",
                "DIRS": [],
                "APP_DIRS": True,
                "OPTIONS": {
                    "context_processors": [
                        "django.template.context_processors.request",
                        "django.template.context_processors.i18n",
                        "django.contrib.auth.context_processors.auth",
                        "django.contrib.messages.context_processors.messages",
                        "anteckna.web.context.navigation",
                    ]
                },
            }
        ],
        "DATABASES": {"default": django_database(config.database)},
        "DEFAULT_AUTO_FIELD": "django.db.models.BigAutoField",
        "TIME_ZONE": config.time_zone,
        "USE_TZ": True,
        "ANTECKNA_DATA_DIR": config.data_dir,
        **_i18n(),
        **_auth(config),
        **_static(config),
        **_uploads(config),
        **_transport(config),
        **_mail(config),
    }
    return values


def _i18n() -> dict[str, Any]:
    return {
        "LANGUAGE_CODE": "sv",
        "LANGUAGES": [("sv", "Svenska"), ("en", "English")],
        "LOCALE_PATHS": [str(CATALOGUE)],
        "USE_I18N": True,
        "LANGUAGE_COOKIE_HTTPONLY": True,
        "LANGUAGE_COOKIE_SAMESITE": "Lax",
        "LANGUAGE_COOKIE_AGE": 365 * 24 * 3600,
    }


def _auth(config: Settings) -> dict[str, Any]:
    return {
        "AUTH_PASSWORD_VALIDATORS": PASSWORD_VALIDATORS,
        "AUTHENTICATION_BACKENDS": ["anteckna.web.backends.AccountBackend"],
        "LOGIN_URL": "web:login",
        "LOGIN_REDIRECT_URL": "web:start",
        "LOGOUT_REDIRECT_URL": "web:login",
        "SESSION_ENGINE": "django.contrib.sessions.backends.db",
        "SESSION_COOKIE_AGE": 12 * 3600,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "CSRF_COOKIE_HTTPONLY": True,
        "CSRF_COOKIE_SAMESITE": "Lax",
        "ANTECKNA_LOGIN_ATTEMPTS": config.login_attempts,
        "ANTECKNA_LOGIN_WINDOW": 15 * 60,
    }


def _static(config: Settings) -> dict[str, Any]:
    return {
        "STATIC_URL": "/static/",
        "WHITENOISE_USE_FINDERS": True,
        "WHITENOISE_AUTOREFRESH": config.debug,
        "WHITENOISE_MAX_AGE": 3600,
    }


def _uploads(config: Settings) -> dict[str, Any]:
    """An upload's size is checked while it arrives (Django keeps up to 2.5 MB in memory and
    spools the rest to a temporary file) and again by ``web.uploads.check_upload``."""
    return {
        "ANTECKNA_UPLOAD_MAX_BYTES": config.upload_max_bytes,
        "ANTECKNA_UPLOAD_TYPES": config.upload_types,
        "DATA_UPLOAD_MAX_NUMBER_FILES": 50,
        "DATA_UPLOAD_MAX_MEMORY_SIZE": 2_621_440,
    }


def _mail(config: Settings) -> dict[str, Any]:
    """Reminders go out by SMTP. Without a host the backend stays SMTP with no host, and
    ``services.reminders`` refuses to send rather than try localhost:25 by accident."""
    smtp = config.smtp
    return {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": smtp.host if smtp else "",
        "EMAIL_PORT": smtp.port if smtp else 25,
        "EMAIL_HOST_USER": smtp.user if smtp else "",
        "EMAIL_HOST_PASSWORD": smtp.password if smtp else "",
        "EMAIL_USE_TLS": smtp.starttls if smtp else False,
        "EMAIL_TIMEOUT": 30,
        "DEFAULT_FROM_EMAIL": config.mail_from,
        "SERVER_EMAIL": config.mail_from,
    }


def _transport(config: Settings) -> dict[str, Any]:
    """Headers every response carries, and what only HTTPS turns on."""
    values: dict[str, Any] = {
        "ANTECKNA_CONTENT_SECURITY_POLICY": CONTENT_SECURITY_POLICY,
        "SECURE_CONTENT_TYPE_NOSNIFF": True,
        "SECURE_REFERRER_POLICY": "same-origin",
        "SECURE_CROSS_ORIGIN_OPENER_POLICY": "same-origin",
        "X_FRAME_OPTIONS": "DENY",
        "SESSION_COOKIE_SECURE": config.https,
        "CSRF_COOKIE_SECURE": config.https,
        "LANGUAGE_COOKIE_SECURE": config.https,
        "SECURE_SSL_REDIRECT": config.https,
    }
    if config.https:
        values["SECURE_PROXY_SSL_HEADER"] = ("HTTP_X_FORWARDED_PROTO", "https")
        values["SECURE_HSTS_SECONDS"] = 365 * 24 * 3600
    return values

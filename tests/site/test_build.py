"""The Django settings built from a configuration: the web parts and what HTTPS turns on."""

from __future__ import annotations

import pytest

from anteckna.config import from_environ
from anteckna.site.build import PLACEHOLDER_KEY, build_settings


def built(**environ: str) -> dict:
    return build_settings(from_environ({"HOME": "/home/kim", **environ}))


def test_plain_http_by_default_so_the_demo_works_on_127_0_0_1():
    values = built()
    for name in ("SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SECURE_SSL_REDIRECT"):
        assert values[name] is False, name
    assert "SECURE_HSTS_SECONDS" not in values
    assert "SECURE_PROXY_SSL_HEADER" not in values


def test_https_turns_on_secure_cookies_hsts_and_the_redirect():
    values = built(ANTECKNA_HTTPS="true")
    for name in ("SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "LANGUAGE_COOKIE_SECURE",
                 "SECURE_SSL_REDIRECT"):  # fmt: skip
        assert values[name] is True, name
    assert values["SECURE_HSTS_SECONDS"] >= 30 * 24 * 3600
    assert values["SECURE_PROXY_SSL_HEADER"] == ("HTTP_X_FORWARDED_PROTO", "https")


def test_sessions_live_in_the_database_and_swedish_comes_first():
    values = built()
    assert values["SESSION_ENGINE"] == "django.contrib.sessions.backends.db"
    assert values["LANGUAGE_CODE"] == "sv"
    assert [code for code, _ in values["LANGUAGES"]] == ["sv", "en"]
    assert values["SESSION_COOKIE_HTTPONLY"] and values["CSRF_COOKIE_HTTPONLY"]


def test_the_secret_comes_from_the_environment():
    assert built(ANTECKNA_SECRET_KEY="s3cret-from-env")["SECRET_KEY"] == "s3cret-from-env"
    assert built()["SECRET_KEY"] == PLACEHOLDER_KEY


@pytest.mark.parametrize(
    "middleware",
    [
        "django.middleware.csrf.CsrfViewMiddleware",
        "anteckna.web.middleware.ContentSecurityPolicyMiddleware",
        "anteckna.web.middleware.LanguageMiddleware",
        "whitenoise.middleware.WhiteNoiseMiddleware",
        "django.contrib.messages.middleware.MessageMiddleware",
    ],
)
def test_middleware_in_place(middleware):
    assert middleware in built()["MIDDLEWARE"]


def test_the_policy_allows_no_inline_script():
    policy = built()["ANTECKNA_CONTENT_SECURITY_POLICY"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy


def test_upload_limits_come_from_the_configuration():
    values = built(ANTECKNA_UPLOAD_MAX_MB="3", ANTECKNA_UPLOAD_TYPES=".txt")
    assert values["ANTECKNA_UPLOAD_MAX_BYTES"] == 3 * 1024 * 1024
    assert values["ANTECKNA_UPLOAD_TYPES"] == (".txt",)


def test_mail_goes_by_smtp_to_the_configured_server():
    values = built(
        ANTECKNA_SMTP_HOST="smtp.example.org",
        ANTECKNA_SMTP_PORT="2525",
        ANTECKNA_SMTP_USER="lg",
        ANTECKNA_SMTP_PASSWORD="hemligt",
        ANTECKNA_SMTP_STARTTLS="true",
        ANTECKNA_MAIL_FROM="lg@example.org",
    )
    assert values["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert (values["EMAIL_HOST"], values["EMAIL_PORT"], values["EMAIL_USE_TLS"]) == (
        "smtp.example.org",
        2525,
        True,
    )
    assert (values["EMAIL_HOST_USER"], values["EMAIL_HOST_PASSWORD"]) == ("lg", "hemligt")
    assert values["DEFAULT_FROM_EMAIL"] == "lg@example.org"
    assert built()["EMAIL_HOST"] == ""

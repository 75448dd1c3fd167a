"""Settings from the environment: defaults, and a message naming the variable when one is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from anteckna.config import ConfigError, DatabaseURL, from_environ, parse_database_url


def test_defaults_follow_the_platform_data_dir():
    settings = from_environ({"HOME": "/home/kim", "XDG_DATA_HOME": "/data"})
    assert settings.data_dir == Path("/data/anteckna")
    assert settings.database == DatabaseURL("sqlite", "/data/anteckna/anteckna.sqlite3")
    assert settings.default_database
    assert settings.debug is False
    assert settings.secret_key is None
    assert settings.keep_pages is True


def test_values_are_read():
    settings = from_environ(
        {
            "ANTECKNA_DATA_DIR": "/srv/anteckna",
            "ANTECKNA_DATABASE_URL": "postgresql://kim@db:5433/arkiv",
            "ANTECKNA_DEBUG": "yes",
            "ANTECKNA_SECRET_KEY": "s3cret",
            "ANTECKNA_ALLOWED_HOSTS": "arkiv.example, localhost",
            "ANTECKNA_TIME_ZONE": "UTC",
            "ANTECKNA_KEEP_PAGES": "off",
        }
    )
    assert settings.data_dir == Path("/srv/anteckna")
    assert settings.database.engine == "postgresql"
    assert not settings.default_database
    assert settings.debug is True
    assert settings.allowed_hosts == ("arkiv.example", "localhost")
    assert settings.keep_pages is False
    assert "s3cret" not in repr(settings)


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        pytest.param("ANTECKNA_DEBUG", "maybe", "not a boolean", id="debug"),
        pytest.param("ANTECKNA_DATABASE_URL", "mysql://x/y", "unsupported scheme", id="scheme"),
        pytest.param("ANTECKNA_DATABASE_URL", "postgresql://host", "no database name", id="name"),
        pytest.param("ANTECKNA_DATABASE_URL", "postgresql://h:port/x", "bad port", id="port"),
        pytest.param("ANTECKNA_TIME_ZONE", "Europe/Stockholmm", "not a known time zone", id="tz"),
    ],
)
def test_a_wrong_value_names_the_variable(variable, value, message):
    with pytest.raises(ConfigError) as raised:
        from_environ({"HOME": "/home/kim", variable: value})
    assert str(raised.value).startswith(f"{variable} has value {value!r}: ")
    assert message in str(raised.value)


def test_a_data_dir_that_is_a_file_is_refused(tmp_path):
    file = tmp_path / "file"
    file.write_text("")
    with pytest.raises(ConfigError, match="ANTECKNA_DATA_DIR"):
        from_environ({"ANTECKNA_DATA_DIR": str(file)})


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("arkiv.db", DatabaseURL("sqlite", "arkiv.db"), id="bare_relative_path"),
        pytest.param("/srv/a.db", DatabaseURL("sqlite", "/srv/a.db"), id="bare_absolute_path"),
        pytest.param("sqlite:///arkiv.db", DatabaseURL("sqlite", "arkiv.db"), id="sqlite_relative"),
        pytest.param(
            "sqlite:////srv/a.db", DatabaseURL("sqlite", "/srv/a.db"), id="sqlite_absolute"
        ),
        pytest.param("sqlite:///:memory:", DatabaseURL("sqlite", ":memory:"), id="sqlite_memory"),
        pytest.param(
            "postgresql://kim:p%40ss@db.local:5433/arkiv?sslmode=require",
            DatabaseURL(
                "postgresql", "arkiv", "kim", "p@ss", "db.local", 5433, (("sslmode", "require"),)
            ),
            id="postgresql_full",
        ),
        pytest.param(
            "postgres:///arkiv?host=/run/postgresql",
            DatabaseURL("postgresql", "arkiv", host="/run/postgresql"),
            id="postgres_socket",
        ),
    ],
)
def test_parse_database_url(value, expected):
    assert parse_database_url(value) == expected


def test_a_home_path_is_expanded():
    assert parse_database_url("~/arkiv.db").name == str(Path.home() / "arkiv.db")


def test_web_settings_have_safe_defaults():
    settings = from_environ({"HOME": "/home/kim"})
    assert settings.https is False
    assert settings.upload_max_bytes == 20 * 1024 * 1024
    assert settings.upload_types == (".pdf", ".docx", ".txt", ".md")
    assert settings.login_attempts == 5


def test_web_settings_are_read():
    settings = from_environ(
        {
            "HOME": "/home/kim",
            "ANTECKNA_HTTPS": "true",
            "ANTECKNA_UPLOAD_MAX_MB": "5",
            "ANTECKNA_UPLOAD_TYPES": "PDF, .txt",
            "ANTECKNA_LOGIN_ATTEMPTS": "3",
        }
    )
    assert settings.https is True
    assert settings.upload_max_bytes == 5 * 1024 * 1024
    assert settings.upload_types == (".pdf", ".txt")
    assert settings.login_attempts == 3


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        pytest.param("ANTECKNA_HTTPS", "sometimes", "not a boolean", id="https"),
        pytest.param("ANTECKNA_UPLOAD_MAX_MB", "0", "not a positive whole number", id="mb_zero"),
        pytest.param("ANTECKNA_UPLOAD_MAX_MB", "2.5", "not a positive whole number", id="mb_frac"),
        pytest.param("ANTECKNA_UPLOAD_TYPES", ".p d f", "not a file suffix", id="types"),
        pytest.param("ANTECKNA_UPLOAD_TYPES", " , ", "no suffix given", id="types_empty"),
        pytest.param("ANTECKNA_LOGIN_ATTEMPTS", "many", "not a positive", id="attempts"),
    ],
)
def test_a_wrong_web_setting_names_the_variable(variable, value, message):
    with pytest.raises(ConfigError) as raised:
        from_environ({"HOME": "/home/kim", variable: value})
    assert str(raised.value).startswith(f"{variable} has value {value!r}: ")
    assert message in str(raised.value)


def test_organisation_and_logo_are_read(tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (4, 4)).save(logo)
    settings = from_environ(
        {"ANTECKNA_ORGANISATION": " Norrby kommun ", "ANTECKNA_LOGO": str(logo)}
    )
    assert (settings.organisation, settings.logo) == ("Norrby kommun", logo)
    assert from_environ({}).organisation is None


def test_a_logo_that_is_no_image_names_the_variable(tmp_path):
    text = tmp_path / "logo.png"
    text.write_text("not a picture")
    with pytest.raises(ConfigError, match=r"ANTECKNA_LOGO .* not a PNG or JPEG image"):
        from_environ({"ANTECKNA_LOGO": str(text)})
    with pytest.raises(ConfigError, match="no readable file there"):
        from_environ({"ANTECKNA_LOGO": str(tmp_path / "missing.png")})


def test_no_mail_server_unless_one_is_named():
    settings = from_environ({"HOME": "/home/kim"})
    assert settings.smtp is None
    assert settings.mail_from == "anteckna@localhost"


def test_the_mail_server_is_read():
    settings = from_environ(
        {
            "HOME": "/home/kim",
            "ANTECKNA_SMTP_HOST": "smtp.example.org",
            "ANTECKNA_SMTP_USER": "lg",
            "ANTECKNA_SMTP_PASSWORD": "hemligt",
            "ANTECKNA_SMTP_STARTTLS": "yes",
            "ANTECKNA_MAIL_FROM": "LG <lg@example.org>",
        }
    )
    assert settings.smtp is not None
    assert (settings.smtp.host, settings.smtp.port, settings.smtp.starttls) == (
        "smtp.example.org",
        587,
        True,
    )
    assert (settings.smtp.user, settings.smtp.password) == ("lg", "hemligt")
    assert "hemligt" not in repr(settings)
    assert settings.mail_from == "LG <lg@example.org>"
    assert from_environ({"HOME": "/h", "ANTECKNA_SMTP_HOST": "mx"}).smtp.port == 25


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        pytest.param("ANTECKNA_SMTP_PORT", "smtp", "not a positive whole number", id="port"),
        pytest.param("ANTECKNA_SMTP_PORT", "70000", "not a port", id="port_range"),
        pytest.param("ANTECKNA_SMTP_STARTTLS", "maybe", "not a boolean", id="starttls"),
        pytest.param("ANTECKNA_MAIL_FROM", "anteckna", "not an e-mail address", id="from"),
    ],
)
def test_a_wrong_mail_setting_names_the_variable(variable, value, message):
    with pytest.raises(ConfigError) as raised:
        from_environ({"HOME": "/home/kim", "ANTECKNA_SMTP_HOST": "mx", variable: value})
    assert str(raised.value).startswith(f"{variable} has value {value!r}: ")
    assert message in str(raised.value)

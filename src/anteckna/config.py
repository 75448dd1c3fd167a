"""Settings read once from the environment; the only module that looks at ``os.environ``.

Everything that can be configured is a field of the frozen ``Settings``. A wrong value fails at
start-up with a message that names the variable and says what would be right ("ANTECKNA_DEBUG
has value 'maybe': not a boolean (use true/false, yes/no, on/off or 1/0)"), rather than as an
obscure error deep inside Django later. The module is pure Python: the Django settings in
``anteckna.site`` are built from it, never the other way round.

| variable                | default                                         |
|-------------------------|-------------------------------------------------|
| ANTECKNA_DATABASE_URL   | ``<data dir>/anteckna.sqlite3``                 |
| ANTECKNA_DATA_DIR       | the platform's user data dir + ``/anteckna``    |
| ANTECKNA_SECRET_KEY     | none (only the web server needs one)            |
| ANTECKNA_DEBUG          | false                                           |
| ANTECKNA_ALLOWED_HOSTS  | ``localhost,127.0.0.1`` (comma-separated)       |
| ANTECKNA_TIME_ZONE      | ``Europe/Stockholm``                            |
| ANTECKNA_HTTPS          | false: secure cookies, HSTS and the redirect to https when true |
| ANTECKNA_UPLOAD_MAX_MB  | 20 (megabytes per uploaded file)                |
| ANTECKNA_UPLOAD_TYPES   | ``.pdf,.docx,.txt,.md`` (suffixes an upload may have) |
| ANTECKNA_LOGIN_ATTEMPTS | 5 (failed logins per username and address in 15 minutes) |
| ANTECKNA_ORGANISATION   | none (the name above the title of exported DOCX and PDF) |
| ANTECKNA_LOGO           | none (a PNG or JPEG file beside that name)      |
| ANTECKNA_SMTP_HOST      | none: reminders cannot be sent (``remind --dry-run`` still works) |
| ANTECKNA_SMTP_PORT      | 587 with STARTTLS, else 25                      |
| ANTECKNA_SMTP_USER, ANTECKNA_SMTP_PASSWORD | none (no login to the server) |
| ANTECKNA_SMTP_STARTTLS  | false                                           |
| ANTECKNA_MAIL_FROM      | ``anteckna@localhost`` (the sender of reminders) |
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from email.utils import parseaddr
from pathlib import Path
from typing import Literal
from urllib.parse import parse_qsl, unquote, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from anteckna.errors import AntecknaError

PREFIX = "ANTECKNA_"
_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off", ""})


class ConfigError(AntecknaError):
    """A setting with a value anteckna cannot use; names the variable (or option) and why."""

    def __init__(self, name: str, value: str, reason: str) -> None:
        self.name = name
        self.value = value
        self.reason = reason
        super().__init__(f"{name} has value {value!r}: {reason}")


@dataclass(frozen=True, slots=True)
class DatabaseURL:
    """Where the archive lives, parsed from a URL or a path, independent of Django.

    ``engine`` is "sqlite" or "postgresql". For SQLite ``name`` is the file path (or
    ``":memory:"``); for PostgreSQL it is the database name. ``options`` are the URL's query
    parameters (``?sslmode=require``), passed on to the driver.
    """

    engine: Literal["sqlite", "postgresql"]
    name: str
    user: str = ""
    password: str = field(default="", repr=False)
    host: str = ""
    port: int | None = None
    options: tuple[tuple[str, str], ...] = ()


def parse_database_url(value: str) -> DatabaseURL:
    """Read ``sqlite:///relative.db``, ``sqlite:////absolute.db``, a bare file path, or
    ``postgresql://user:password@host:port/name?option=value`` (``postgres://`` too).

    The slashes follow SQLAlchemy and dj-database-url: after ``sqlite://`` comes ``/`` and then
    the path, so an absolute path gives four slashes. A value without ``://`` is a path to a
    SQLite file, which is what people type most. Raises ValueError with the reason.
    """
    value = value.strip()
    if not value:
        raise ValueError("empty; give a file path, sqlite:///path or postgresql://…")
    if "://" not in value:
        return DatabaseURL("sqlite", str(Path(value).expanduser()))
    parts = urlsplit(value)
    scheme = parts.scheme.lower()
    if scheme == "sqlite":
        path = unquote(parts.path)[1:] if parts.path.startswith("/") else unquote(parts.path)
        path = path or unquote(parts.netloc)
        if not path:
            raise ValueError("no file path after sqlite:/// (sqlite:///notes.db)")
        return DatabaseURL("sqlite", path if path == ":memory:" else str(Path(path).expanduser()))
    if scheme in {"postgresql", "postgres", "pgsql"}:
        options = dict(parse_qsl(parts.query))
        name = unquote(parts.path.lstrip("/")) or options.pop("dbname", "")
        if not name:
            raise ValueError("no database name (postgresql://user@host:5432/anteckna)")
        try:
            port = parts.port
        except ValueError as error:
            raise ValueError(f"bad port: {error}") from None
        return DatabaseURL(
            "postgresql",
            name,
            user=unquote(parts.username or ""),
            password=unquote(parts.password or ""),
            host=unquote(parts.hostname or "") or options.pop("host", ""),
            port=port,
            options=tuple(sorted(options.items())),
        )
    raise ValueError(
        f"unsupported scheme {parts.scheme!r}; use a file path, sqlite:///path or postgresql://…"
    )


@dataclass(frozen=True, slots=True)
class SMTP:
    """The mail server reminders are sent through. ``starttls`` upgrades a plain connection
    (port 587); a server that wants a login gets ``user`` and ``password``."""

    host: str
    port: int = 25
    user: str = ""
    password: str = field(default="", repr=False)
    starttls: bool = False


@dataclass(frozen=True, slots=True)
class Settings:
    """anteckna's whole configuration. Frozen: read once at start-up and passed around.

    ``database`` is the SQLite file ``anteckna.sqlite3`` in ``data_dir`` when
    ANTECKNA_DATABASE_URL is unset; a command's ``--db`` replaces it for that command.
    """

    data_dir: Path
    database: DatabaseURL
    secret_key: str | None = field(default=None, repr=False)
    debug: bool = False
    allowed_hosts: tuple[str, ...] = ("localhost", "127.0.0.1")
    time_zone: str = "Europe/Stockholm"
    https: bool = False
    """Served over HTTPS (behind a proxy that sets X-Forwarded-Proto): only then are cookies
    marked secure and plain http redirected, so that a demo on http://127.0.0.1 works."""
    upload_max_bytes: int = 20 * 1024 * 1024
    upload_types: tuple[str, ...] = (".pdf", ".docx", ".txt", ".md")
    login_attempts: int = 5
    """Failed logins allowed per username and address within 15 minutes."""
    organisation: str | None = None
    """The organisation's name, set above the title of an exported DOCX or PDF."""
    logo: Path | None = None
    """A PNG or JPEG shown beside that name; checked at start-up, not at the first export."""
    smtp: SMTP | None = None
    """The mail server reminders go through; None when ANTECKNA_SMTP_HOST is unset."""
    mail_from: str = "anteckna@localhost"
    keep_pages: bool = True
    """``anteckna serve`` renders changed meeting pages ahead of their first view
    (``web.page_keeper``); off on all but one of several servers sharing a database."""

    @property
    def default_database(self) -> bool:
        """True when the database is the SQLite file in the data dir (created on first use)."""
        return self.database == _default_database(self.data_dir)


def default_data_dir(environ: Mapping[str, str], platform: str = sys.platform) -> Path:
    """The platform's place for a user's application data, plus ``anteckna``."""
    home = Path(environ.get("HOME") or Path.home())
    if platform == "win32":
        base = Path(environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
    elif platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / "anteckna"


def _default_database(data_dir: Path) -> DatabaseURL:
    return DatabaseURL("sqlite", str(data_dir / "anteckna.sqlite3"))


def _bool(name: str, value: str) -> bool:
    folded = value.strip().lower()
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    raise ConfigError(name, value, "not a boolean (use true/false, yes/no, on/off or 1/0)")


def _positive(name: str, value: str) -> int:
    try:
        number = int(value.strip())
    except ValueError:
        number = 0
    if number < 1:
        raise ConfigError(name, value, "not a positive whole number")
    return number


def _suffixes(name: str, value: str) -> tuple[str, ...]:
    found = []
    for part in value.split(","):
        suffix = part.strip().lower()
        if not suffix:
            continue
        suffix = suffix if suffix.startswith(".") else "." + suffix
        if not suffix[1:].isalnum():
            raise ConfigError(name, value, f"{part.strip()!r} is not a file suffix (.pdf)")
        found.append(suffix)
    if not found:
        raise ConfigError(name, value, "no suffix given (.pdf,.docx,.txt,.md)")
    return tuple(dict.fromkeys(found))


_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def _logo(name: str, value: str) -> Path:
    path = Path(value).expanduser()
    try:
        with path.open("rb") as file:
            head = file.read(8)
    except OSError:
        raise ConfigError(name, value, "no readable file there") from None
    if not head.startswith(_IMAGE_MAGIC):
        raise ConfigError(name, value, "not a PNG or JPEG image")
    return path


def _smtp(get: Callable[[str], str | None]) -> SMTP | None:
    host = get("SMTP_HOST")
    if host is None:
        return None
    starttls = _bool(PREFIX + "SMTP_STARTTLS", get("SMTP_STARTTLS") or "false")
    port = _positive(PREFIX + "SMTP_PORT", get("SMTP_PORT") or ("587" if starttls else "25"))
    if port > 65535:
        raise ConfigError(PREFIX + "SMTP_PORT", str(port), "not a port (1-65535)")
    return SMTP(
        host.strip(),
        port,
        user=get("SMTP_USER") or "",
        password=get("SMTP_PASSWORD") or "",
        starttls=starttls,
    )


def _address(name: str, value: str) -> str:
    """An address, with or without a name: "anteckna@example.org", "LG <lg@example.org>"."""
    address = parseaddr(value.strip())[1]
    local, at, domain = address.rpartition("@")
    valid = bool(at and local) and ("." in domain or domain == "localhost")
    if not valid or " " in address:
        raise ConfigError(name, value, "not an e-mail address (anteckna@example.org)")
    return value.strip()


def from_environ(environ: Mapping[str, str]) -> Settings:
    """Build the Settings from an environment mapping (tests pass their own dict)."""

    def get(key: str) -> str | None:
        value = environ.get(PREFIX + key)
        return value if value is None or value.strip() else None

    raw_dir = get("DATA_DIR")
    data_dir = Path(raw_dir).expanduser() if raw_dir else default_data_dir(environ)
    if raw_dir and not data_dir.is_absolute():
        data_dir = data_dir.absolute()
    if data_dir.exists() and not data_dir.is_dir():
        raise ConfigError(PREFIX + "DATA_DIR", str(raw_dir), "exists and is not a directory")

    raw_url = get("DATABASE_URL")
    try:
        database = parse_database_url(raw_url) if raw_url else _default_database(data_dir)
    except ValueError as error:
        raise ConfigError(PREFIX + "DATABASE_URL", raw_url or "", str(error)) from None

    time_zone = get("TIME_ZONE") or "Europe/Stockholm"
    try:
        ZoneInfo(time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(PREFIX + "TIME_ZONE", time_zone, "not a known time zone") from None

    hosts = get("ALLOWED_HOSTS")
    upload_mb = _positive(PREFIX + "UPLOAD_MAX_MB", get("UPLOAD_MAX_MB") or "20")
    return Settings(
        data_dir=data_dir,
        database=database,
        secret_key=get("SECRET_KEY"),
        debug=_bool(PREFIX + "DEBUG", get("DEBUG") or "false"),
        allowed_hosts=(
            tuple(h.strip() for h in hosts.split(",") if h.strip())
            if hosts
            else ("localhost", "127.0.0.1")
        ),
        time_zone=time_zone,
        https=_bool(PREFIX + "HTTPS", get("HTTPS") or "false"),
        upload_max_bytes=upload_mb * 1024 * 1024,
        upload_types=_suffixes(
            PREFIX + "UPLOAD_TYPES", get("UPLOAD_TYPES") or ".pdf,.docx,.txt,.md"
        ),
        login_attempts=_positive(PREFIX + "LOGIN_ATTEMPTS", get("LOGIN_ATTEMPTS") or "5"),
        organisation=(get("ORGANISATION") or "").strip() or None,
        logo=_logo(PREFIX + "LOGO", logo) if (logo := get("LOGO")) else None,
        smtp=_smtp(get),
        mail_from=_address(PREFIX + "MAIL_FROM", get("MAIL_FROM") or "anteckna@localhost"),
        keep_pages=_bool(PREFIX + "KEEP_PAGES", get("KEEP_PAGES") or "true"),
    )


@functools.cache
def get_settings() -> Settings:
    """The process's Settings, read from ``os.environ`` the first time and then kept."""
    return from_environ(os.environ)

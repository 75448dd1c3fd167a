"""The Swedish catalogue is complete, and the committed .mo is compiled from the .po.

The compiled ``django.mo`` is committed (package data), so that ``pip install`` needs no
gettext tools. These tests catch the two ways that goes wrong: a text added to a template, a
view or a service's message without its translation, and a .po edited without recompiling.
The catalogue is ``web/locale`` and holds the services' messages too; both commands run in
``src/anteckna`` with ``DJANGO_SETTINGS_MODULE=anteckna.site.settings``:
``django-admin makemessages -l sv --no-obsolete --ignore samples --ignore render/fonts``
(it finds every folder's texts and writes them to ``LOCALE_PATHS``, the web's catalogue), then
``django-admin compilemessages``.
"""

from __future__ import annotations

import ast
import gettext
import re
from pathlib import Path

import anteckna.web

WEB = Path(anteckna.web.__file__).parent
SERVICES = WEB.parent / "services"
LOCALE = WEB / "locale" / "sv" / "LC_MESSAGES"
LITERALS = re.compile(r"""{% translate (["'])(.+?)\1|\b_\((["'])(.+?)\3\)""")


def read_po(path: Path) -> dict[str, str]:
    """msgid → msgstr of a .po file, keyed as the .mo stores them: a context before its msgid
    (``context\x04msgid``), plural forms joined."""
    entries: dict[str, str] = {}
    fields: dict[str, str] = {}
    current = None

    def flush() -> None:
        if fields.get("msgid"):
            msgid = (
                fields["msgctxt"] + "\x04" + fields["msgid"]
                if "msgctxt" in fields
                else fields["msgid"]
            )
            if "msgid_plural" in fields:
                key = msgid + "\x00" + fields["msgid_plural"]
                entries[key] = fields.get("msgstr[0]", "") + "\x00" + fields.get("msgstr[1]", "")
            else:
                entries[msgid] = fields.get("msgstr", "")
        fields.clear()

    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            flush()
            current = None
        elif line.startswith('"') and current:
            fields[current] += ast.literal_eval(line)
        elif not line.startswith("#"):
            current, _, value = line.partition(" ")
            fields[current] = ast.literal_eval(value)
    return entries


def test_every_text_is_translated():
    entries = read_po(LOCALE / "django.po")
    assert len(entries) > 50
    assert not [msgid for msgid, msgstr in entries.items() if not msgstr.strip("\x00")]
    assert "#, fuzzy" not in (LOCALE / "django.po").read_text(encoding="utf-8")


def test_the_mo_is_compiled_from_the_po():
    with (LOCALE / "django.mo").open("rb") as file:
        catalog = gettext.GNUTranslations(file)._catalog  # type: ignore[attr-defined]
    compiled = {key: value for key, value in catalog.items() if key}
    entries = {k: v for k, v in read_po(LOCALE / "django.po").items() if "\x00" not in k}
    assert compiled == entries


def test_every_literal_in_the_templates_views_and_services_is_in_the_catalogue():
    """A text added without ``makemessages`` would show in English on the Swedish page."""
    entries = read_po(LOCALE / "django.po")
    sources = [*WEB.rglob("*.html"), *WEB.rglob("*.py"), *SERVICES.rglob("*.py")]
    found = {
        match.group(2) or match.group(4)
        for path in sources
        for match in LITERALS.finditer(path.read_text(encoding="utf-8"))
    }
    assert len(found) > 50
    assert sorted(found - set(entries)) == []

"""Errors: a message is put together when it is shown, in the language active there."""

from __future__ import annotations

import pickle

import pytest
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from anteckna.errors import AntecknaError, SourceError, Text, ValueProblem
from anteckna.services.owners import PersonNotFound


def shown(error: Exception, language: str) -> str:
    with translation.override(language):
        return str(error)


def test_a_message_is_translated_where_it_is_shown_not_where_it_is_raised():
    with translation.override("en"):
        error = PersonNotFound("'Kim'", _("no such person in the archive"))
    assert shown(error, "sv") == "'Kim': ingen sådan person finns i arkivet"
    assert shown(error, "en") == "'Kim': no such person in the archive"


def test_the_values_of_a_text_are_not_translated():
    message = Text(_("no group called %(label)s (known: %(known)s)"), label="'LG'", known="SG")
    assert shown(AntecknaError(message), "sv") == "ingen grupp heter 'LG' (kända grupper: SG)"
    assert shown(AntecknaError(message), "en") == "no group called 'LG' (known: SG)"


def test_plain_text_stays_as_it_is():
    """``extract`` and ``parse`` raise with plain text: no Django, nothing to translate."""
    error = SourceError("notes.pdf", "not a PDF (100%)", line=3)
    assert shown(error, "sv") == "notes.pdf:3: not a PDF (100%)"


@pytest.mark.parametrize(
    "error",
    [
        pytest.param(AntecknaError(_("a group needs a name")), id="antecknaerror"),
        pytest.param(PersonNotFound("'Kim'", _("give a name")), id="valueproblem"),
        pytest.param(
            SourceError("notes.pdf", Text(_("cannot read (%(cause)s)"), cause="EACCES"), 3),
            id="sourceerror",
        ),
    ],
)
def test_an_error_comes_back_from_pickling_still_in_either_language(error):
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error)
    assert shown(again, "sv") == shown(error, "sv") != shown(error, "en") == shown(again, "en")


def test_repr_shows_the_message_as_text():
    with translation.override("en"):
        assert repr(PersonNotFound("'Kim'", _("give a name"))) == (
            "PersonNotFound(what=\"'Kim'\", message='give a name')"
        )
        assert repr(AntecknaError(Text(_("no meeting %(id)s"), id=7))) == (
            "AntecknaError('no meeting 7')"
        )
        assert repr(ValueProblem("x", "y")) == "ValueProblem(what='x', message='y')"

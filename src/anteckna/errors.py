"""The errors anteckna reports to people: each names the file and, when known, the line.

A message is text, or text translated when it is shown: the services give a lazy translation
(``gettext_lazy``), alone or in a ``Text`` with its values. An error keeps the parts as given
and puts them together in ``str()``, so a page shows the message in the page's language while
the CLI and the API, which speak English, show it in English. This module needs no Django:
``extract`` and ``parse`` raise these errors with plain text.
"""

from __future__ import annotations

from pathlib import Path


class Text:
    """A message and the values for its ``%(name)s`` placeholders, put together by ``str()``.

    ``gettext_lazy("no status %(status)s") % values`` would translate at once, in the language
    active where the error is raised; this waits until the error is shown. The values (a name,
    a file, a ``repr``) are not translated.
    """

    __slots__ = ("message", "values")

    def __init__(self, message: str, **values: object) -> None:
        self.message = message
        self.values = values

    def __str__(self) -> str:
        return str(self.message) % self.values

    def __repr__(self) -> str:
        return f"Text({str(self)!r})"


class AntecknaError(Exception):
    """Base of every error that is reported as a one-line message rather than a traceback."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class ValueProblem(AntecknaError):
    """Something asked of a service that cannot be done: ``what`` names the value or element
    (a username, an action), ``message`` says why; prints as ``what: message``."""

    def __init__(self, what: str | Text, message: str | Text) -> None:
        super().__init__(what, message)
        self.what = what
        self.message = message

    def __str__(self) -> str:
        return f"{self.what}: {self.message}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(what={str(self.what)!r}, message={str(self.message)!r})"


class SourceError(AntecknaError):
    """A problem with one input file; prints as ``notes.pdf:14: message`` (line when known)."""

    def __init__(self, path: str | Path, message: str | Text, line: int | None = None) -> None:
        super().__init__(str(path), message, line)
        self.path = str(path)
        self.line = line
        self.message = message

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"

    def __repr__(self) -> str:
        return f"SourceError(path={self.path!r}, message={str(self.message)!r}, line={self.line!r})"

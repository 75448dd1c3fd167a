"""The errors anteckna reports to people: each names the file and, when known, the line."""

from __future__ import annotations

from pathlib import Path


class AntecknaError(Exception):
    """Base of every error that is reported as a one-line message rather than a traceback."""


class ValueProblem(AntecknaError):
    """Something asked of a service that cannot be done: ``what`` names the value or element
    (a username, an action), ``message`` says why; prints as ``what: message``."""

    def __init__(self, what: str, message: str) -> None:
        self.what = what
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        return f"{self.what}: {self.message}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(what={self.what!r}, message={self.message!r})"


class SourceError(AntecknaError):
    """A problem with one input file; prints as ``notes.pdf:14: message`` (line when known)."""

    def __init__(self, path: str | Path, message: str, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"

    def __repr__(self) -> str:
        return f"SourceError(path={self.path!r}, message={self.message!r}, line={self.line!r})"

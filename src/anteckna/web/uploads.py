"""What an uploaded file must be before anything reads it: a known suffix, within the size.

The import page (issue 5) hands every uploaded file to ``check_upload`` first. The limits come
from the configuration (ANTECKNA_UPLOAD_MAX_MB, ANTECKNA_UPLOAD_TYPES). The suffix decides,
not the browser's Content-Type (which the sender chooses freely); the first bytes must then
agree with it for the binary formats, so a renamed HTML page is refused here rather than by
the extractor. Uploads are never served back as HTML: see ``views.meetings.original``.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Protocol

from django.conf import settings

from anteckna.errors import SourceError

MAGIC = {".pdf": (b"%PDF-",), ".docx": (b"PK\x03\x04",)}


class Upload(Protocol):
    """What Django's ``UploadedFile`` offers that is needed here."""

    name: str | None
    size: int | None

    def read(self, size: int = -1) -> bytes: ...

    def seek(self, offset: int) -> int: ...


def check_upload(upload: Upload) -> str:
    """The upload's suffix when it may be imported; ``SourceError`` saying why not."""
    name = PurePath(upload.name or "").name or "upload"
    suffix = PurePath(name).suffix.lower()
    allowed = settings.ANTECKNA_UPLOAD_TYPES
    if suffix not in allowed:
        raise SourceError(name, f"not a file type that can be imported ({', '.join(allowed)})")
    limit = settings.ANTECKNA_UPLOAD_MAX_BYTES
    if (upload.size or 0) > limit:
        raise SourceError(name, f"too large (more than {limit / 1024 / 1024:g} MB)")
    if not upload.size:
        raise SourceError(name, "empty")
    head = upload.read(8)
    upload.seek(0)
    if suffix in MAGIC and not head.startswith(MAGIC[suffix]):
        raise SourceError(name, f"the content is not {suffix[1:].upper()}")
    return suffix

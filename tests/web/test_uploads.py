"""What an upload must be before anything reads it (``web.uploads.check_upload``)."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from anteckna.errors import SourceError
from anteckna.web.uploads import check_upload


@pytest.mark.parametrize(
    ("name", "data", "suffix"),
    [
        pytest.param("lg.txt", b"Deltagare: Kim", ".txt", id="text"),
        pytest.param("LG.PDF", b"%PDF-1.7 ...", ".pdf", id="pdf_upper_case"),
        pytest.param("lg.docx", b"PK\x03\x04rest", ".docx", id="docx"),
    ],
)
def test_known_types_within_the_limit_pass(name, data, suffix):
    assert check_upload(SimpleUploadedFile(name, data)) == suffix


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        pytest.param("page.html", b"<script>", "not a file type", id="html"),
        pytest.param("noext", b"text", "not a file type", id="no_suffix"),
        pytest.param("fake.pdf", b"<html><script>", "not PDF", id="html_named_pdf"),
        pytest.param("fake.docx", b"%PDF-1.4", "not DOCX", id="pdf_named_docx"),
        pytest.param("empty.txt", b"", "empty", id="empty"),
        pytest.param("big.txt", b"x" * (1024 * 1024 + 1), "too large", id="too_large"),
    ],
)
@override_settings(ANTECKNA_UPLOAD_MAX_BYTES=1024 * 1024)
def test_refusals_name_the_file_and_say_why(name, data, message):
    with pytest.raises(SourceError, match=message) as raised:
        check_upload(SimpleUploadedFile(name, data))
    assert raised.value.path == name


@override_settings(ANTECKNA_UPLOAD_TYPES=(".txt",))
def test_the_allowed_types_come_from_the_configuration():
    with pytest.raises(SourceError, match=r"\(\.txt\)"):
        check_upload(SimpleUploadedFile("lg.pdf", b"%PDF-1.7"))

"""Reading a document for an import: what the worker processes run, with no database."""

from __future__ import annotations

import hashlib
import subprocess
import sys

from anteckna.samples import sample_paths
from anteckna.search_terms import to_fts_text
from anteckna.services.reading import Read, read_document


def test_reading_needs_no_django():
    """Worker processes are spawned and import only this module: it must not need Django."""
    code = "import sys, anteckna.services.reading; sys.exit('django' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_a_document_read_carries_the_search_keys_of_its_texts():
    path = sample_paths()[0]
    data = path.read_bytes()
    read = read_document(data, path, hashlib.sha256(data).hexdigest(), None)
    assert isinstance(read, Read)
    item = read.meeting.items[0]
    assert read.search_keys[item.title] == to_fts_text(item.title)
    assert read.search_keys[item.text] == to_fts_text(item.text)


def test_a_document_that_cannot_be_read_gives_its_reason(tmp_path):
    path = tmp_path / "trasig.pdf"
    assert "pdf" in str(read_document(b"%PDF-1.4 trasig", path, "0" * 64, None)).lower()

"""Meetings cross process boundaries (an import parses in worker processes): pickling keeps them."""

from __future__ import annotations

import pickle

from anteckna.parse import parse
from anteckna.samples import sample_paths


def test_every_bundled_meeting_comes_back_equal_from_pickle():
    for path in sample_paths():
        meeting = parse(path.read_text(encoding="utf-8"), file_name=path.name)
        again = pickle.loads(pickle.dumps(meeting))
        assert again == meeting and again.aliases == meeting.aliases
        assert again.items[0].source == meeting.items[0].source

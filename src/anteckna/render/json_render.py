"""The meeting as JSON in the "anteckna.meeting/1" shape: UTF-8, not ASCII-escaped."""

from __future__ import annotations

import json

from anteckna.model import Meeting
from anteckna.model.serialise import to_dict


def render_json(meeting: Meeting) -> str:
    return json.dumps(to_dict(meeting), ensure_ascii=False, indent=2)

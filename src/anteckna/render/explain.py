"""Every extracted element beside the source lines and the rule that produced it."""

from __future__ import annotations

from anteckna.model import Meeting, SourceRef


def _lines(source: str, ref: SourceRef | None) -> str:
    if ref is None:
        return "    (no source)"
    lines = source.split("\n")
    shown = lines[ref.first - 1 : ref.last][:4]
    body = "\n".join(f"    {ref.first + i:>4} | {text.rstrip()}" for i, text in enumerate(shown))
    more = "\n    …" if ref.last - ref.first >= 4 else ""
    return f"    rule {ref.rule or '-'}, lines {ref.first}-{ref.last}\n{body}{more}"


def render_explain(meeting: Meeting, source: str = "") -> str:
    out = []
    for p in meeting.participants:
        out.append(f"participant {p.name} [{p.status}]\n{_lines(source, p.source)}")
    for item in meeting.items:
        out.append(f"item {item.number or '-'} {item.title}\n{_lines(source, item.source)}")
        elements = [
            *(("decision", d.text, d.source) for d in item.decisions),
            *(("action", a.text, a.source) for a in item.actions),
            *(("follow-up", f.text, f.source) for f in item.follow_ups),
            *(("event", e.title, e.source) for e in item.events),
        ]
        for kind, text, ref in elements:
            out.append(f"  {kind}: {text}\n{_lines(source, ref)}")
    return "\n".join(out)

"""A document as Markdown: headings by level, labels in bold, a line break before each of a
paragraph's own lines, tables as pipe tables."""

from __future__ import annotations

from anteckna.render.document import Document, Heading, Paragraph, Table


def write_markdown(document: Document) -> str:
    out: list[str] = []
    if document.letterhead.organisation:
        out += [f"*{_escape(document.letterhead.organisation)}*", ""]
    for block in document.blocks:
        if isinstance(block, Heading):
            out += ["#" * block.level + " " + _escape(block.text), ""]
        elif isinstance(block, Paragraph):
            text = _escape(block.text)
            first = f"**{_escape(block.label)}** {text}".rstrip() if block.label else text
            lines = [first, *map(_escape, block.lines)]
            out += ["  \n".join(lines), ""]
        else:
            out += [*_table(block), ""]
    return "\n".join(out).rstrip() + "\n"


def _escape(text: str) -> str:
    """Keep a list number or a heading mark in the text from turning into Markdown."""
    for mark in ("\\", "*", "_", "`", "|"):
        text = text.replace(mark, "\\" + mark)
    return "\\" + text if text.startswith(("#", ">", "- ", "+ ")) else text


def _table(table: Table) -> list[str]:
    def row(cells: tuple[str, ...], bold: bool = False) -> str:
        shown = (_escape(c).replace("\n", "<br>") for c in cells)
        return "| " + " | ".join(f"**{c}**" if bold and c else c for c in shown) + " |"

    lines = [row(table.header), "|" + "|".join(" --- " for _ in table.header) + "|"]
    lines += [row(r) for r in table.rows]
    if table.footer:
        lines.append(row(table.footer, bold=True))
    return lines

"""A document as plain text, laid out like the notes secretaries type: one paragraph a line,
a blank line between paragraphs, section headings in capitals as written."""

from __future__ import annotations

from anteckna.render.document import Document, Heading, Paragraph, Table


def write_text(document: Document) -> str:
    out: list[str] = []
    for block in document.blocks:
        if isinstance(block, Heading):
            if block.level < 3 and out and out[-1]:
                out.append("")
            out.append(block.text)
            if block.level < 3:
                out.append("")
        elif isinstance(block, Paragraph):
            first = f"{block.label} {block.text}".strip() if block.label else block.text
            out.extend([first, *block.lines])
            out.append("")
        else:
            out.extend(_table(block))
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def _table(table: Table) -> list[str]:
    rows = [table.header, *table.rows, *([table.footer] if table.footer else [])]
    cells = [[cell.replace("\n", " – ") for cell in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(table.header))]
    return ["  ".join(c.ljust(widths[i]) for i, c in enumerate(row)).rstrip() for row in cells]

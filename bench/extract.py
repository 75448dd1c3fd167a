"""Time the extract stage on generated documents and print the figures (no assertions).

    .venv/bin/python bench/extract.py

PDF: a 50-page PDF of meeting-note text, read by pypdfium2 (the path every PDF takes) and, for
comparison, by the pypdf fallback. DOCX: a ~25-page document with headings, numbered lists and
attendance tables, read end to end by ``extract_bytes`` (zip checks, python-docx, numbering).
Text: a 5 MB cp1252 file, the slowest decoding path. fpdf2 writes the PDF (a test-only package).
"""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import docx

from anteckna.extract import extract_bytes
from anteckna.extract.pdf import read_with_pdfium, read_with_pypdf

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
PARAGRAPH = (
    "Ledningsgruppen gick igenom budgetuppföljningen för april. Åsa Öberg redovisade "
    "prognosen; Per Ek tar fram ett underlag till nästa möte. Beslut: underlaget skickas ut "
    "senast fredag."
)


def timings(run: Callable[[], object], repeat: int) -> list[float]:
    run()  # warm-up: imports, caches
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return times


def make_pdf(pages: int) -> bytes:
    from fpdf import FPDF  # test-only dependency

    pdf = FPDF()
    if DEJAVU.exists():
        pdf.add_font("DejaVu", fname=str(DEJAVU))
        pdf.set_font("DejaVu", size=10)
    else:
        pdf.set_font("Helvetica", size=10)
    for number in range(1, pages + 1):
        pdf.add_page()
        pdf.multi_cell(0, 5, f"§ {number} Ärende {number}\nDeltagare: Åsa Öberg, Per Ek\n")
        for _ in range(8):
            pdf.multi_cell(0, 5, PARAGRAPH + "\n")
    return bytes(pdf.output())


def make_docx() -> bytes:
    document = docx.Document()
    document.add_heading("Protokoll ledningsgruppen 2024-05-14", level=1)
    for item in range(1, 26):  # about one page per item
        document.add_heading(f"Ärende {item}", level=2)
        table = document.add_table(rows=4, cols=3)
        for row, name in enumerate(["Åsa Öberg", "Per Ek", "Gösta Ärlig", "Ingrid Holm"]):
            for column, value in enumerate([name, "ledamot", "närvarande"]):
                table.cell(row, column).text = value
        for _ in range(4):
            document.add_paragraph(PARAGRAPH)
        for point in range(5):
            document.add_paragraph(f"Åtgärd {point}: {PARAGRAPH[:60]}", style="List Number")
        document.add_paragraph("Uppföljning", style="List Bullet")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def main() -> None:
    try:
        pdf = make_pdf(50)
    except ImportError:
        print("pdf: skipped (pip install fpdf2 to generate the PDF)")
    else:
        best = min(timings(lambda: read_with_pdfium(pdf), repeat=5))
        whole = statistics.median(timings(lambda: extract_bytes(pdf, "b.pdf"), repeat=5))
        slow = min(timings(lambda: read_with_pypdf(pdf, Path("b.pdf")), repeat=2))
        print(f"pdf: 50 pages, {len(pdf) / 1024:.0f} KiB")
        print(f"  pypdfium2      {50 / best:8.0f} pages/s  ({best * 1000:.1f} ms)")
        print(f"  extract_bytes  {50 / whole:8.0f} pages/s  ({whole * 1000:.1f} ms, median)")
        print(f"  pypdf fallback {50 / slow:8.0f} pages/s  ({slow * 1000:.1f} ms)")

    data = make_docx()
    times = timings(lambda: extract_bytes(data, "b.docx"), repeat=20)
    extracted = extract_bytes(data, "b.docx")
    print(f"docx: {len(data) / 1024:.0f} KiB, {extracted.text.count(chr(10)) + 1} lines")
    print(
        f"  extract_bytes  median {statistics.median(times) * 1000:.1f} ms,"
        f" best {min(times) * 1000:.1f} ms (target ≤ 50 ms)"
    )

    text = ("Åsa ”citat” – ö " * 8 + "\r\n").encode("cp1252") * 40_000
    best = min(timings(lambda: extract_bytes(text, "b.txt"), repeat=5))
    print(f"text: {len(text) / 1024 / 1024:.1f} MB cp1252 with CRLF")
    print(f"  extract_bytes  {best * 1000:.1f} ms ({len(text) / best / 1024 / 1024:.0f} MB/s)")


if __name__ == "__main__":
    main()

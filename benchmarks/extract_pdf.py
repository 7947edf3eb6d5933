"""PDF extraction against pdfplumber's own text extraction, in one run.

    python benchmarks/extract_pdf.py [PDF ...]

Without arguments it prints the synthetic plans and the real corpus (text
exports written to Word and printed to PDF by LibreOffice, as chambers do) into
a temporary folder first. For each PDF: the median time of the whole
``hattatsu extract`` (read, segment, parse; NLP off), of a bare pdfplumber
``extract_text()`` over every page, their ratio (goal ≤ 2.0) and pages/second.
"""

from __future__ import annotations

import io
import sys
import tempfile
from pathlib import Path

from timing import median_time

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))



def _build(out: Path) -> list[Path]:
    from tests.build_documents import build_docx, docx_to_pdf, synthetic_plans

    sources = synthetic_plans() + sorted((ROOT.parent / "shared" / "corpus").glob("*_plan*.txt"))
    pdfs = []
    for txt in sources:
        docx = build_docx(txt, out / f"{txt.stem}.docx", org_chart=txt.parent == ROOT / "corpus")
        pdfs.append(docx_to_pdf(docx, out))
    return pdfs


def _pdfplumber_text(data: bytes) -> None:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_text()


def main(paths: list[Path]) -> None:
    from hattatsu.extract import extract_bytes

    with tempfile.TemporaryDirectory() as tmp:
        pdfs = paths or _build(Path(tmp))
        print(f"{'file':<46} {'pages':>5} {'extract s':>10} {'pdfplumber s':>13} {'ratio':>6} {'pages/s':>8}")
        total_t = total_b = 0.0
        total_pages = 0
        for f in pdfs:
            data = f.read_bytes()
            [doc, *_] = extract_bytes(data, str(f))
            pages = doc.source.pages or 0
            secs = median_time(lambda data=data, f=f: extract_bytes(data, str(f)), runs=5)
            base = median_time(lambda data=data: _pdfplumber_text(data), runs=5)
            total_t, total_b, total_pages = total_t + secs, total_b + base, total_pages + pages
            print(f"{f.name:<46} {pages:>5} {secs:>10.3f} {base:>13.3f} {secs / base:>6.2f} {pages / secs:>8.1f}")
        if pdfs:
            print(f"{'all':<46} {total_pages:>5} {total_t:>10.3f} {total_b:>13.3f} {total_t / total_b:>6.2f} "
                  f"{total_pages / total_t:>8.1f}")


if __name__ == "__main__":
    main([Path(a) for a in sys.argv[1:]])

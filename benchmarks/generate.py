"""Seconds per document for `hattatsu generate`: .docx, and the PDF apart.

    python benchmarks/generate.py

For each corpus plan (the synthetic ones here, the real ones in ../shared/corpus):
the median time to render the .docx from the plan data (templates loaded and
filled, tables fitted, saved), and the time LibreOffice takes to print it to PDF
(one run; it starts a new LibreOffice each time, as `generate --pdf` does).
Goal: .docx under 0.5 s per plan.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from timing import corpus_plans, median_time


def main() -> None:
    from hattatsu.extract import extract_file
    from hattatsu.generate import render_plan
    from hattatsu.generate.libreoffice import soffice, to_pdf

    sources = corpus_plans()
    print(f"{'plan':<46} {'docx s':>8} {'kB':>6} {'pdf s':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for src in sources:
            plan = next(d for d in extract_file(src) if d.kind == "plan")
            secs = median_time(lambda plan=plan: render_plan(plan), runs=5)
            data, _ = render_plan(plan)
            docx = Path(tmp) / f"{src.stem}.docx"
            docx.write_bytes(data)
            pdf_secs = float("nan")
            if soffice():
                t0 = time.perf_counter()
                to_pdf(docx, Path(tmp))
                pdf_secs = time.perf_counter() - t0
            print(f"{src.name:<46} {secs:>8.3f} {len(data) / 1024:>6.0f} {pdf_secs:>8.2f}")


if __name__ == "__main__":
    sys.exit(main())

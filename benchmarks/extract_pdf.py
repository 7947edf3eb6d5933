"""Seconds per page of PDF reading, four ways on the same files in one run.

    python benchmarks/extract_pdf.py [--runs N] [PDF ...]

Without arguments it prints the synthetic plans and the real corpus (text
exports written to Word and printed to PDF by LibreOffice, as chambers do) into
a temporary folder first, with ruled tables and again without table borders.
For each PDF, the median seconds per page of:

- ``reader``: hattatsu's PDF reader (PDFium; the block stream ``extract`` parses),
- ``plumber``: the same blocks read by the pdfplumber reader it replaced,
- ``extract_text``: pdfplumber's bare ``page.extract_text()`` over every page,
- ``pdfium``: pypdfium2's bare text of every page (the floor: no layout at all),

then the goals: reader ≤ 0.25 × extract_text, and reader ≤ 3 × pdfium.
"""

from __future__ import annotations

import argparse
import io
import statistics
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
    for ruled, sub in ((True, "ruled"), (False, "borderless")):
        for txt in sources:
            docx = build_docx(txt, out / sub / f"{txt.stem}.docx", org_chart=txt.parent == ROOT / "corpus",
                              ruled=ruled)
            pdfs.append(docx_to_pdf(docx, out / sub))
    return pdfs


def _reader(data: bytes) -> None:
    from hattatsu.extract.readers.pdf import read_pdf

    read_pdf(data, "bench.pdf")


def _plumber(data: bytes) -> None:
    from hattatsu.extract.readers.pdf_plumber import read_pdf_plumber

    read_pdf_plumber(data, "bench.pdf")


def _extract_text(data: bytes) -> None:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_text()


def _pdfium(data: bytes) -> None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    for page in pdf:
        text = page.get_textpage()
        text.get_text_range()
        text.close()
        page.close()
    pdf.close()


WAYS = {"reader": _reader, "plumber": _plumber, "extract_text": _extract_text, "pdfium": _pdfium}


def _interleaved(data: bytes, runs: int) -> dict[str, float]:
    """Median seconds of each way, the ways taking turns so that a busy machine weighs on all alike."""
    times: dict[str, list[float]] = {w: [] for w in WAYS}
    for _ in range(runs):
        for w, fn in WAYS.items():
            times[w].append(median_time(lambda fn=fn: fn(data), runs=1))
    return {w: statistics.median(t) for w, t in times.items()}


def main(paths: list[Path], runs: int = 3) -> None:
    import pypdfium2 as pdfium

    with tempfile.TemporaryDirectory() as tmp:
        pdfs = paths or _build(Path(tmp))
        for way in WAYS.values():  # imports and first-use costs are not part of the per-page figure
            if pdfs:
                way(pdfs[0].read_bytes())
        print(f"seconds per page (median of {runs} runs, the four ways taking turns)")
        print(f"{'file':<52} {'pages':>5} " + " ".join(f"{w:>12}" for w in WAYS)
              + f" {'/extract_text':>13} {'/pdfium':>8}")
        totals = dict.fromkeys(WAYS, 0.0)
        all_pages = 0
        for f in pdfs:
            data = f.read_bytes()
            pages = len(pdfium.PdfDocument(data))
            secs = _interleaved(data, runs)
            for w in WAYS:
                totals[w] += secs[w]
            all_pages += pages
            name = f"{f.parent.name}/{f.name}"
            print(f"{name:<52} {pages:>5} " + " ".join(f"{secs[w] / pages:>12.4f}" for w in WAYS)
                  + f" {secs['reader'] / secs['extract_text']:>13.2f} {secs['reader'] / secs['pdfium']:>8.2f}")
        if all_pages:
            print(f"{'all':<52} {all_pages:>5} " + " ".join(f"{totals[w] / all_pages:>12.4f}" for w in WAYS)
                  + f" {totals['reader'] / totals['extract_text']:>13.2f} {totals['reader'] / totals['pdfium']:>8.2f}")
            per_page = totals["reader"] / all_pages
            print(f"goals: reader/extract_text ≤ 0.25, reader/pdfium ≤ 3.0; a 2,000-plan batch of 45-page plans "
                  f"reads in about {2000 * 45 * per_page / 60:.0f} min on one core at this rate")


def _arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python benchmarks/extract_pdf.py",
        description="PDF の読み取りの速さ（1 ページあたりの秒数）を、同じファイルで 4 通り比べます: "
                    "hattatsu の読み取り（PDFium）、以前の pdfplumber の読み取り、pdfplumber の extract_text() "
                    "だけ、pypdfium2 の文字取り出しだけ（下限）。",
        epilog="PDF を指定しなければ、合成の計画書と ../shared/corpus の計画書を LibreOffice で罫線あり・"
               "罫線なしの PDF にしてから測ります。")
    parser.add_argument("pdfs", nargs="*", type=Path, metavar="PDF", help="測る PDF ファイル")
    parser.add_argument("--runs", type=int, default=3, metavar="N",
                        help="1 ファイルを何回ずつ測って中央値をとるか（既定: 3）")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs は 1 以上にしてください")
    for path in args.pdfs:
        if not path.is_file():
            parser.error(f"{path}: ファイルがありません")
        with path.open("rb") as f:
            if b"%PDF" not in f.read(1024):
                parser.error(f"{path}: PDF ではありません（先頭に %PDF がありません）")
    return args


if __name__ == "__main__":
    _args = _arguments()
    main(_args.pdfs, _args.runs)

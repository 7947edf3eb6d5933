"""What the NLP pass costs: the model load, and the seconds it adds to each corpus document.

    python benchmarks/nlp.py

For every corpus document (the plans and reports in ../shared/corpus and corpus/), in the
same run: the median time of `extract` with --no-nlp, with NLP (the default of `extract`:
indicators, entities, actuals of reports, unheaded items), and with NLP but without the
entities (what `check` runs), each NLP run reading the document as new (the cache of parsed
texts emptied first), and the seconds NLP adds. The model load is timed once, apart.
Goal: NLP adds at most 0.5 s to any corpus document.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from timing import median_time

ROOT = Path(__file__).resolve().parents[1]


def corpus_documents() -> list[Path]:
    """Every text document of the corpora: the synthetic ones here, the real ones beside."""
    folders = [ROOT / "corpus", ROOT.parent / "shared" / "corpus"]
    return [f for d in folders for f in sorted(d.glob("*.txt")) if f.name != "README.md"]


def main(runs: int = 3) -> None:
    from hattatsu.extract import extract_bytes
    from hattatsu.extract import nlp as nlp_module
    from hattatsu.extract.nlp import available, load
    from hattatsu.extract.readers import ReadOptions

    if not available():
        sys.exit("ja-ginza is not installed: pip install -e '.[nlp]'")
    t0 = time.perf_counter()
    load()
    print(f"model load: {time.perf_counter() - t0:.2f} s (once per process; not in the figures below)")
    print(f"median of {runs} runs, seconds per document; NLP runs read each document as new (no cache)")
    print(f"{'document':<46} {'rules':>7} {'nlp':>7} {'added':>7} {'check':>7} {'added':>7}")
    print(f"{'':<46} {'':>7} {'':>7} {'':>7} {'nlp':>7} {'(check)':>7}")

    def fresh(data: bytes, name: str, options: ReadOptions):
        nlp_module._PARSED.clear()
        return extract_bytes(data, name, options)

    worst = 0.0
    for f in corpus_documents():
        data = f.read_bytes()
        rules = median_time(lambda d=data, f=f: extract_bytes(d, str(f), ReadOptions(nlp=False)), runs=runs)
        full = median_time(lambda d=data, f=f: fresh(d, str(f), ReadOptions(nlp=True)), runs=runs)
        check = median_time(lambda d=data, f=f: fresh(d, str(f), ReadOptions(nlp=True, entities=False)), runs=runs)
        worst = max(worst, full - rules)
        print(f"{f.name:<46} {rules:>7.3f} {full:>7.3f} {full - rules:>7.3f} {check:>7.3f} {check - rules:>7.3f}")
    print(f"most NLP adds to a document: {worst:.3f} s (goal ≤ 0.5 s)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)

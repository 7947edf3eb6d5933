"""What the NLP pass costs: the model load, and the seconds it adds to each corpus document.

    python benchmarks/nlp.py

For every corpus document (the plans and reports in ../shared/corpus and corpus/), in the
same run: the median time of `extract` with --no-nlp and with NLP (the default of `extract`:
indicators, entities, actuals of reports, unheaded items), and the same two without the
entities (what `check` reads), each run reading the document as new (the cache of parsed
texts emptied first), and the seconds NLP adds to each. The model load is timed once, apart.
Goal: NLP adds at most 0.5 s to any corpus document.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

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
    print(f"median of {runs} runs, the four readings of a document taken in turn within each run (a busy machine")
    print("slows them alike); seconds per document; NLP runs read each document as new (no cache)")
    print(f"{'':<46} {'extract (entities on)':^23} {'check (entities off)':^23}")
    print(f"{'document':<46} {'rules':>7} {'nlp':>7} {'added':>7} {'rules':>7} {'nlp':>7} {'added':>7}")

    configs = (ReadOptions(nlp=False), ReadOptions(nlp=True), ReadOptions(nlp=False, entities=False),
               ReadOptions(nlp=True, entities=False))
    worst = [0.0, 0.0]
    for f in corpus_documents():
        data = f.read_bytes()
        times: list[list[float]] = [[] for _ in configs]
        for _ in range(runs):
            for n, options in enumerate(configs):
                nlp_module.clear_cache()
                t0 = time.perf_counter()
                extract_bytes(data, str(f), options)
                times[n].append(time.perf_counter() - t0)
        rules, full, rules_check, check = (statistics.median(t) for t in times)
        worst = [max(worst[0], full - rules), max(worst[1], check - rules_check)]
        print(f"{f.name:<46} {rules:>7.3f} {full:>7.3f} {full - rules:>7.3f} "
              f"{rules_check:>7.3f} {check:>7.3f} {check - rules_check:>7.3f}")
    print(f"most NLP adds to a document: extract {worst[0]:.3f} s, check {worst[1]:.3f} s (goal ≤ 0.5 s)")

if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)

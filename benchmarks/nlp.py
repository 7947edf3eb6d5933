"""What the NLP pass costs: the model load, and the seconds it adds to each corpus document.

    python benchmarks/nlp.py [RUNS]

For every corpus document (the plans and reports in ../shared/corpus and corpus/), in the
same run, four readings with ``extract_bytes``: rules only (--no-nlp) and with NLP, each as
``extract`` reads (entities on: indicators, people and organisations, actuals of reports,
unheaded items) and as ``check`` reads (entities off). Each reading reads the document as
new (the cache of parsed texts emptied first; ``extract`` empties its memory of lines itself).
The figure is the median over RUNS (default 3) of the CPU seconds of the reading
(``time.process_time``: what the reading costs, whatever else a shared machine runs; the
model runs one thread, so it is also the wall time on an idle core), and "added" is the NLP
reading less the rules-only reading of the same document in the same run. The model load is
timed once, apart.

Printed last, the goal of issue 18: NLP adds at most 0.5 s to any corpus document, with the
ratio of the NLP reading to the rules-only reading.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOAL = 0.5  # seconds NLP may add to a document (issue 18)


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
    print(f"CPU seconds per document, median of {runs} runs, the four readings of a document taken in turn")
    print("within each run; every NLP reading reads the document as new (no cache)")
    print(f"{'':<46} {'extract (entities on)':^23} {'check (entities off)':^23}")
    print(f"{'document':<46} {'rules':>7} {'nlp':>7} {'added':>7} {'rules':>7} {'nlp':>7} {'added':>7}")

    configs = (ReadOptions(nlp=False), ReadOptions(nlp=True), ReadOptions(nlp=False, entities=False),
               ReadOptions(nlp=True, entities=False))
    worst = {"extract": ("", 0.0, 1.0), "check": ("", 0.0, 1.0)}  # reading → (document, added, ratio)
    for f in corpus_documents():
        data = f.read_bytes()
        times: list[list[float]] = [[] for _ in configs]
        for _ in range(runs):
            for n, options in enumerate(configs):
                nlp_module.clear_cache()
                t0 = time.process_time()
                extract_bytes(data, str(f), options)
                times[n].append(time.process_time() - t0)
        rules, full, rules_check, check = (statistics.median(t) for t in times)
        for reading, base, with_nlp in (("extract", rules, full), ("check", rules_check, check)):
            if with_nlp - base > worst[reading][1]:
                worst[reading] = (f.name, with_nlp - base, with_nlp / base)
        print(f"{f.name:<46} {rules:>7.3f} {full:>7.3f} {full - rules:>7.3f} "
              f"{rules_check:>7.3f} {check:>7.3f} {check - rules_check:>7.3f}")
    for reading, (name, added, ratio) in worst.items():
        print(f"goal: NLP adds ≤ {GOAL} s to any document ({reading}): most added {added:.3f} s CPU ({name}; "
              f"×{ratio:.1f} the rules-only reading) — {'met' if added <= GOAL else 'not met'}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)

"""What the NLP pass costs: model load time, and the seconds it adds per plan once loaded.

    python benchmarks/nlp.py

For each corpus plan: the median extraction time with --no-nlp and with NLP, in the
same run, and their difference. The NLP pass reads the KGI/KPI statements and the
windows of text that may name a person or an organisation (the Kawaguchi file holds
a report and a plan: both are read). Goal: NLP adds under 1.0 s per plan after loading.
"""

from __future__ import annotations

import sys
import time

from timing import corpus_plans, median_time


def main() -> None:
    from hattatsu.extract import extract_bytes
    from hattatsu.extract.nlp import available, load
    from hattatsu.extract.readers import ReadOptions

    if not available():
        sys.exit("ja-ginza is not installed: pip install -e '.[nlp]'")
    t0 = time.perf_counter()
    load()
    print(f"model load: {time.perf_counter() - t0:.2f} s (once per process)")
    files = corpus_plans()
    print(f"{'plan':<46} {'rules s':>8} {'nlp s':>8} {'added s':>8}")
    for f in files:
        data = f.read_bytes()
        rules = median_time(lambda data=data, f=f: extract_bytes(data, str(f), ReadOptions(nlp=False)), runs=5)
        nlp = median_time(lambda data=data, f=f: extract_bytes(data, str(f), ReadOptions(nlp=True)), runs=5)
        print(f"{f.name:<46} {rules:>8.3f} {nlp:>8.3f} {nlp - rules:>8.3f}")


if __name__ == "__main__":
    main()

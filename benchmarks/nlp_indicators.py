"""What reading KGI/KPI statements costs in the NLP pass, with and without leaving the
statements the rules read with confidence to the rules (``read_plain``), in the same run:

    python benchmarks/nlp_indicators.py [N]

The statements are those of N distinct plans (the corpus plans and variants of them whose
counts are changed, as benchmarks/check.py writes them, so no statement is read twice from
the cache). For each way, taken in turn within each run (a busy machine slows both alike), the
cache of parsed texts emptied first: the median seconds of ``parse_statements`` over all the
statements, the statements that reach the parser, and the ratio of the two times. For scale,
the median seconds of extracting the N plans as `check` does (NLP on, no entities).
"""

from __future__ import annotations

import statistics
import sys
import time

from timing import distinct_plans


def main(n: int = 60, runs: int = 5) -> None:
    from hattatsu.extract import extract_bytes
    from hattatsu.extract import nlp as nlp_module
    from hattatsu.extract.nlp import available, load
    from hattatsu.extract.nlp.indicators import parse_statements
    from hattatsu.extract.readers import ReadOptions
    from hattatsu.extract.sections.goals import statement_texts
    from hattatsu.extract.sections.indicators import read_plain
    from hattatsu.narrative import plain_text

    if not available():
        sys.exit("ja-ginza is not installed: pip install -e '.[nlp]'")
    files = [(name, text.encode("utf-8")) for name, text in distinct_plans(n)]
    statements = []
    for name, data in files:
        for doc in extract_bytes(data, name, ReadOptions(nlp=False)):
            for o in doc.goals.objectives if getattr(doc, "goals", None) else []:
                kgi, kpi = statement_texts((plain_text(o.text) or "").split("\n"))
                statements += kgi + kpi
    load()
    times: dict[str, list[float]] = {"parser": [], "rules": [], "extract": []}
    for _ in range(runs):
        for label in times:
            nlp_module.clear_cache()
            t0 = time.perf_counter()
            if label == "extract":
                for name, data in files:
                    extract_bytes(data, name, ReadOptions(entities=False))
            else:
                parse_statements(statements, rules_first=label == "rules")
            times[label].append(time.perf_counter() - t0)
    parsed = sum(read_plain(t) is None for t in statements)
    alone, first, extract = (statistics.median(times[k]) for k in ("parser", "rules", "extract"))
    print(f"{n} distinct plans, {len(statements)} KGI/KPI statements; median of {runs} runs, cache emptied each time")
    print(f"parser alone : {alone:6.2f} s  ({len(statements)} statements parsed)")
    print(f"rules first  : {first:6.2f} s  ({parsed} parsed, {len(statements) - parsed} read by the rules)"
          f"  ratio {first / alone:.2f}")
    print(f"check's extract of the {n} plans (NLP on, rules first): {extract:6.2f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 60)

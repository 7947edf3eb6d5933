"""Plans per second for `hattatsu check` over N distinct plans, NLP off and on, one and two processes.

    python benchmarks/check.py [N]

Writes N plans (default 100) into a temporary folder: the corpus files that hold a plan
(the synthetic ones here and the real ones in ../shared/corpus), and variants of them in
which every count (「30件」「5社」「10%」) is changed, so no two files share a statement and
the cache of parsed texts does not answer for a plan read before: each plan costs what a
plan never seen costs. Then times `check_paths` on the folder, in the same run, labelled:

- -j 1 and -j 2 with NLP off (goal: ≥ 20 plans/s at -j 2);
- -j 1 and -j 2 with NLP on, as `check` runs (goal: ≥ 25 plans/s at -j 2).

The model is loaded once before the NLP figures (its load is printed apart; forked workers
share it). Each figure includes starting the workers. `check` does not look for entities.
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from pathlib import Path

from timing import corpus_plans

_COUNT = re.compile(r"[0-9０-９]+(?=\s*(?:件|社|者|回|%|％|人|名|店|事業所|事業者))")


def variant(text: str, k: int) -> str:
    """The text with every count raised by k (k = 0: the text itself)."""
    if not k:
        return text
    return _COUNT.sub(lambda m: str(int(m.group(0).translate(str.maketrans("０１２３４５６７８９", "0123456789"))) + k),
                      text)


def main(n: int = 100) -> None:
    from hattatsu.check import Selection, check_paths
    from hattatsu.extract import nlp as nlp_module
    from hattatsu.extract.nlp import available, load
    from hattatsu.extract.readers import ReadOptions

    sources = corpus_plans()
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(n):
            src = sources[i % len(sources)]
            k = i // len(sources)
            (Path(tmp) / f"{i:03d}-{src.stem}-v{k}.txt").write_text(variant(src.read_text(encoding="utf-8"), k),
                                                                      encoding="utf-8")
        print(f"{n} distinct plans: {len(sources)} corpus documents holding a plan and variants with other counts")
        for jobs, nlp in ((1, False), (2, False), (1, True), (2, True)):
            if nlp and not available():
                print(f"-j {jobs} NLP on : skipped (ja-ginza is not installed)")
                continue
            if nlp and not load.cache_info().currsize:
                t0 = time.perf_counter()
                load()
                print(f"model load: {time.perf_counter() - t0:.2f} s (once; not in the figures below)")
            nlp_module.clear_cache()
            t0 = time.perf_counter()
            report = check_paths([Path(tmp)], Selection(), ReadOptions(nlp=nlp), jobs=jobs, progress=False)
            secs = time.perf_counter() - t0
            plans = sum(f.kind == "plan" for f in report.files)
            print(f"-j {jobs} NLP {'on ' if nlp else 'off'}: {secs:6.2f} s  {plans / secs:6.1f} plans/s  "
                  f"({plans} plans, {report.summary.errors} errors, {report.summary.warnings} warnings)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)

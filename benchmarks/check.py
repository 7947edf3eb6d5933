"""Plans per second for `hattatsu check` over N text files, one and two processes.

    python benchmarks/check.py [N]

Copies the corpus files that hold a plan (the synthetic ones here and the real ones in
../shared/corpus) into a temporary folder until it holds N of them (default 100: the same
few documents repeated), then times `check_paths` on the folder, in the same run:

- -j 1 and -j 2 with NLP off (goal: ≥ 20 plans/s at -j 2);
- -j 2 with NLP on, every plan read as new: the cache of parsed texts off, so a repeated
  file costs what a plan never seen costs (goal: ≥ 25 plans/s);
- -j 2 with NLP on and the cache on, as `check` runs: the copies of a document after the
  first are answered from it, so this figure flatters a folder of distinct plans.

Each figure includes starting the workers and, with NLP, loading the model once in the
parent (the forked workers share it). `check` does not look for entities (no rule reads them).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from timing import corpus_plans


def main(n: int = 100) -> None:
    from hattatsu.check import Selection, check_paths
    from hattatsu.extract import nlp as nlp_module
    from hattatsu.extract.nlp import available
    from hattatsu.extract.readers import ReadOptions

    sources = corpus_plans()
    cache_size = nlp_module.CACHE_SIZE
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(n):
            src = sources[i % len(sources)]
            shutil.copy(src, Path(tmp) / f"{i:03d}-{src.name}")
        print(f"{n} files: {len(sources)} corpus documents holding a plan, repeated")
        for jobs, nlp, cache, label in ((1, False, False, ""), (2, False, False, ""),
                                        (2, True, False, "cache off: every plan new"),
                                        (2, True, True, "cache on: copies hit it")):
            if nlp and not available():
                print("-j 2 with NLP: skipped (ja-ginza is not installed)")
                continue
            nlp_module.CACHE_SIZE = cache_size if cache else 0
            nlp_module._PARSED.clear()
            nlp_module.load.cache_clear()  # the model load is part of each NLP figure
            t0 = time.perf_counter()
            report = check_paths([Path(tmp)], Selection(), ReadOptions(nlp=nlp), jobs=jobs, progress=False)
            secs = time.perf_counter() - t0
            plans = sum(f.kind == "plan" for f in report.files)
            print(f"-j {jobs} NLP {'on ' if nlp else 'off'}: {secs:6.2f} s  {plans / secs:6.1f} plans/s  "
                  f"({plans} plans, {report.summary.errors} errors, {report.summary.warnings} warnings) {label}")
        nlp_module.CACHE_SIZE = cache_size


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)

"""Plans per second for `hattatsu check` over 100 text plans, one and two processes.

    python benchmarks/check.py [N]

Copies the files that hold a plan (the synthetic ones here and the real ones in
../shared/corpus) into a temporary folder until it holds N of them (default
100), then checks the folder with -j 1 and -j 2 with NLP off (the goal: ≥ 20 plans/s
at -j 2), and with -j 2 and NLP on, in the same run.
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
    from hattatsu.extract.nlp import available
    from hattatsu.extract.readers import ReadOptions

    sources = corpus_plans()
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(n):
            src = sources[i % len(sources)]
            shutil.copy(src, Path(tmp) / f"{i:03d}-{src.name}")
        print(f"{n} files from {len(sources)} corpus documents")
        for jobs, nlp in ((1, False), (2, False), (2, True)):
            if nlp and not available():
                print("-j 2 with NLP: skipped (ja-ginza is not installed)")
                continue
            t0 = time.perf_counter()
            report = check_paths([Path(tmp)], Selection(), ReadOptions(nlp=nlp), jobs=jobs, progress=False)
            secs = time.perf_counter() - t0
            plans = sum(f.kind == "plan" for f in report.files)
            print(f"-j {jobs} NLP {'on ' if nlp else 'off'}: {secs:6.2f} s  {plans / secs:6.1f} plans/s  "
                  f"({plans} plans, {report.summary.errors} errors, {report.summary.warnings} warnings)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)

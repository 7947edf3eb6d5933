"""Plans per second for `hattatsu check` over 100 text plans, one and two processes.

    python benchmarks/check.py [N]

Copies the files that hold a plan (the synthetic ones here and the real ones in
../shared/corpus) into a temporary folder until it holds N of them (default
100), then checks the folder with -j 1 and -j 2 in the same run (NLP off).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(n: int = 100) -> None:
    from hattatsu.check import Selection, check_paths

    folders = [ROOT / "corpus", ROOT.parent / "shared" / "corpus"]
    sources = [f for d in folders for f in sorted(d.glob("*_plan*.txt"))]  # files that hold a plan
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(n):
            src = sources[i % len(sources)]
            shutil.copy(src, Path(tmp) / f"{i:03d}-{src.name}")
        print(f"{n} files from {len(sources)} corpus documents")
        for jobs in (1, 2):
            t0 = time.perf_counter()
            report = check_paths([Path(tmp)], Selection(), jobs=jobs, progress=False)
            secs = time.perf_counter() - t0
            plans = sum(f.kind == "plan" for f in report.files)
            print(f"-j {jobs}: {secs:6.2f} s  {n / secs:6.1f} files/s  {plans / secs:6.1f} plans/s  "
                  f"({plans} plans, {report.summary.errors} errors, {report.summary.warnings} warnings)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)

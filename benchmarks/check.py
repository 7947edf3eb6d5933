"""`hattatsu check` throughput: plans per second over N distinct plans, NLP off and on, -j 1 and -j 2.

    python benchmarks/check.py [N]

What is timed: ``check_paths`` on a folder of N plan files (default 100), as ``hattatsu check``
runs it: finding the files, reading each one, extracting its plan (``check`` never looks for
people and organisations), running every rule, and, at -j 2, starting the two worker processes
and bringing their reports back. Each figure is measured twice over:

- wall clock: what a user waits; on a shared machine it falls with the other load;
- CPU seconds of this process and of its workers (``time.process_time`` and the workers'
  ``getrusage``), per plan: what a plan costs, whatever else the machine runs. From it,
  "idle cores" = jobs / (CPU seconds per plan): the plans/s of -j N on N idle cores.

The plans: the corpus files that hold a plan (the synthetic ones here and the real ones in
../shared/corpus), and variants of them in which every count (「30件」「5社」「10%」) is changed,
so no two files share a statement: the cache of parsed texts, emptied before each figure,
never answers for a statement read before, and each plan costs what a plan never seen costs
(the memory of normalised lines is emptied by ``extract`` at the start of each document).
The model is loaded once before the NLP figures (its load is printed apart; forked workers
share it).

Printed last, the goals of issue 18: ``check`` with NLP on at -j 2 ≥ 25 plans/s (and the
rules alone ≥ 20), with the ratio of NLP on to NLP off measured in this run.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from timing import corpus_plans, distinct_plans

GOAL_NLP = 25.0  # plans/s, -j 2, NLP on (issue 18)
GOAL_RULES = 20.0  # plans/s, -j 2, NLP off


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main(n: int = 100) -> None:
    from hattatsu.check import Selection, check_paths
    from hattatsu.extract import nlp as nlp_module
    from hattatsu.extract.nlp import available, load
    from hattatsu.extract.readers import ReadOptions

    sources = corpus_plans()
    figures: dict[tuple[int, bool], tuple[float, float]] = {}  # (jobs, nlp) → (wall plans/s, CPU s per plan)
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in distinct_plans(n):
            (Path(tmp) / name).write_text(text, encoding="utf-8")
        print(f"{n} distinct plans: {len(sources)} corpus documents holding a plan and variants with other counts")
        print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start "
              "(wall-clock figures fall with the load; CPU figures do not)")
        print(f"{'':<14} {'wall s':>7} {'plans/s':>8}   {'CPU ms/plan':>11} {'plans/s on idle cores':>22}")
        for jobs, nlp in ((1, False), (2, False), (1, True), (2, True)):
            if nlp and not available():
                print(f"-j {jobs} NLP on : skipped (ja-ginza is not installed)")
                continue
            if nlp and not load.cache_info().currsize:
                t0 = time.perf_counter()
                load()
                print(f"model load: {time.perf_counter() - t0:.2f} s (once; not in the figures below)")
            nlp_module.clear_cache()
            t0, c0, k0 = time.perf_counter(), time.process_time(), _children_cpu()
            report = check_paths([Path(tmp)], Selection(), ReadOptions(nlp=nlp), jobs=jobs, progress=False)
            secs = time.perf_counter() - t0
            cpu = time.process_time() - c0 + _children_cpu() - k0  # the pool's workers are reaped on return
            plans = sum(f.kind == "plan" for f in report.files)
            per_plan = cpu / plans
            figures[(jobs, nlp)] = (plans / secs, per_plan)
            print(f"-j {jobs} NLP {'on ' if nlp else 'off'}: {secs:7.2f} {plans / secs:8.1f}   {per_plan * 1000:11.1f} "
                  f"{jobs / per_plan:22.1f}   ({plans} plans, {report.summary.errors} errors, "
                  f"{report.summary.warnings} warnings)")
    _goals(figures)


def _goals(figures: dict[tuple[int, bool], tuple[float, float]]) -> None:
    for nlp, goal in ((False, GOAL_RULES), (True, GOAL_NLP)):
        if (2, nlp) not in figures:
            continue
        wall, per_plan = figures[(2, nlp)]
        print(f"goal: -j 2 NLP {'on ' if nlp else 'off'} ≥ {goal:.0f} plans/s: measured {wall:.1f} plans/s (wall), "
              f"{2 / per_plan:.1f} plans/s on 2 idle cores (CPU) — "
              f"{'met' if 2 / per_plan >= goal else 'not met'} on idle cores")
    if (1, True) in figures and (1, False) in figures:
        (w_on, c_on), (w_off, c_off) = figures[(1, True)], figures[(1, False)]
        print(f"NLP on / NLP off in this run (-j 1): wall time per plan ×{w_off / w_on:.2f}, "
              f"CPU per plan ×{c_on / c_off:.2f}; NLP adds {(c_on - c_off) * 1000:.1f} ms CPU per plan")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)

"""A long fuzz run: seeded mutations of plans, reports, Word, PDF and data files through
extract, check's rules, draft (and generate for every 50th case), in this process.

    python benchmarks/fuzz.py [--count 10000] [--seed 15] [--slow 5] [--no-shared]

Prints the counts by outcome (exit 0 / 1 / 2, tracebacks, MemoryError under a 1 GB
address-space budget), the cases slower than --slow seconds and those that raised the
process's peak memory by more than 100 MB, every 1000 cases and at the end. The cases
are those of tests/fuzz_cases.py (the suite runs a few hundred of them).
"""

from __future__ import annotations

import argparse
import logging
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fuzz_cases import iter_cases, run_case, summarise  # noqa: E402

_MB = 1024  # ru_maxrss is in KB on Linux


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--slow", type=float, default=5.0)
    ap.add_argument("--no-shared", action="store_true", help="only the synthetic corpus")
    args = ap.parse_args()

    from hattatsu.generate.sandbox import address_space_budget

    logging.getLogger("hattatsu").addHandler(logging.NullHandler())  # the readers' warnings: counted, not shown
    start = time.perf_counter()
    print(f"{args.count} cases, seed {args.seed}", flush=True)
    outcomes, heavy = [], []
    with tempfile.TemporaryDirectory() as tmp, address_space_budget(1024 * 1024 * 1024):
        for n, case in enumerate(iter_cases(args.count, args.seed, shared=not args.no_shared), 1):
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            outcome = run_case(case, Path(tmp), generate=n % 50 == 0)
            grew = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak
            outcomes.append(outcome)
            if grew > 100 * _MB:
                heavy.append((case.name, grew // _MB))
            if outcome.status in ("traceback", "memory"):
                print(f"  {outcome.case}: {outcome.status}: {outcome.detail.strip().splitlines()[-1]}", flush=True)
            if n % 1000 == 0 or n == args.count:
                print(f"{n} cases, {time.perf_counter() - start:.0f} s: {summarise(outcomes, args.slow)}", flush=True)
    slow = sorted((o for o in outcomes if o.seconds > args.slow), key=lambda o: -o.seconds)
    print("slowest:", ", ".join(f"{o.case} {o.seconds:.1f} s" for o in slow[:10]) or "none")
    print("peak memory raised by > 100 MB:", ", ".join(f"{c} +{mb} MB" for c, mb in heavy[:10]) or "none")
    times = sorted(o.seconds for o in outcomes)
    print(f"seconds per case: median {times[len(times) // 2]:.3f}, 99th percentile "
          f"{times[int(len(times) * 0.99)]:.2f}, max {times[-1]:.2f}; peak RSS "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // _MB} MB")


if __name__ == "__main__":
    main()

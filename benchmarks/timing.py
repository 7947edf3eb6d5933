"""Timing helper shared by the benchmarks (run them as scripts: ``python benchmarks/NAME.py``)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_time(fn: Callable[[], object], runs: int = 7) -> float:
    """Median wall-clock seconds of several calls of fn."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def corpus_plans() -> list:
    """Files that hold a plan: the synthetic ones here, then the real ones in ../shared/corpus."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    folders = [root / "corpus", root.parent / "shared" / "corpus"]
    return [f for d in folders for f in sorted(d.glob("*_plan*.txt"))]

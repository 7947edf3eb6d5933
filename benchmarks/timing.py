"""Timing and plan helpers shared by the benchmarks (run them as scripts: ``python benchmarks/NAME.py``)."""

from __future__ import annotations

import re
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


_COUNT = re.compile(r"[0-9０-９]+(?=\s*(?:件|社|者|回|%|％|人|名|店|事業所|事業者))")
_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def variant(text: str, k: int) -> str:
    """The text with every count (「30件」「5社」「10%」) raised by k (k = 0: the text itself)."""
    if not k:
        return text
    return _COUNT.sub(lambda m: str(int(m.group(0).translate(_DIGITS)) + k), text)


def distinct_plans(n: int) -> list[tuple[str, str]]:
    """(file name, text) of n plans no two of which share a statement: the corpus plans, then
    variants of them with every count changed (so no cache of parsed texts answers for a plan)."""
    sources = corpus_plans()
    out = []
    for i in range(n):
        src, k = sources[i % len(sources)], i // len(sources)
        out.append((f"{i:03d}-{src.stem}-v{k}.txt", variant(src.read_text(encoding="utf-8"), k)))
    return out

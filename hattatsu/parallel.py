"""Running one function over many files: in this process, or in a pool of processes (one per
core by default), with a progress bar on a terminal. ``check`` and ``export`` share it."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


def worker_count(jobs: int | None, tasks: int) -> int:
    """The processes to use: as asked (default: every core), never more than there are tasks."""
    return max(1, min(jobs or os.cpu_count() or 1, tasks or 1))


def run_all(func: Callable[[Any], T], tasks: list[Any], jobs: int | None = None, progress: bool | None = None,
            label: str = "", before_fork: Callable[[], None] | None = None) -> Iterator[T]:
    """``func`` over every task, results in task order. ``before_fork`` runs in this process
    before the pool starts (to load what the workers then share, such as the NLP model)."""
    workers = worker_count(jobs, len(tasks))
    show = sys.stderr.isatty() if progress is None else progress
    if workers == 1:
        yield from _shown(map(func, tasks), len(tasks), show, label)
        return
    if before_fork:
        before_fork()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = pool.map(func, tasks, chunksize=max(1, len(tasks) // (workers * 8)))
        yield from _shown(results, len(tasks), show, label)


def _shown(results: Iterable[T], total: int, show: bool, label: str) -> Iterator[T]:
    if not show:
        yield from results
        return
    import click

    with click.progressbar(length=total, label=label, file=sys.stderr) as bar:
        for r in results:
            yield r
            bar.update(1)

"""The sandbox that user templates run in: Jinja's SandboxedEnvironment, with limits.

Jinja's sandbox keeps Python internals out of reach; it does not bound what a template
may build. Here:
- ``*``, ``**``, ``+`` and ``%`` are checked before they run: no string or list longer than
  MAX_SIZE, no power of more than MAX_POWER_BITS bits;
- the filters and string methods that take a width or multiply text (center, indent,
  format, replace, join, ljust …) are checked the same way, and every call's result too;
- ``range`` stops at MAX_RANGE; include, import and extends cannot reach any file;
- a deadline in CPU time of the rendering thread (checked in every call and operator, and by
  a CPU-time alarm for loops that call nothing), with a wall-clock backstop of WALL_FACTOR
  times as long, and an address-space budget stop what the checks above cannot foresee. CPU
  time, so that a busy machine (a batch on every core) does not refuse an ordinary form.
Each limit raises TemplateLimitError (a jinja2 SecurityError, so a TemplateError).
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import signal
import threading
import time
from collections.abc import Iterator
from typing import Any

from jinja2 import BaseLoader
from jinja2.nodes import EvalContext
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment, SecurityError

MAX_SIZE = 1_000_000  # characters of one string, items of one list
MAX_POWER_BITS = 100_000
MAX_RANGE = 100_000
TIME_LIMIT = 4.0  # CPU seconds for one form (a real one renders in a fraction of a second)
WALL_FACTOR = 5  # the wall-clock backstop: TIME_LIMIT × WALL_FACTOR seconds
MEMORY_BUDGET = 1024 * 1024 * 1024  # bytes of address space rendering may add
_WIDTH = re.compile(r"\d{7,}")  # a width or precision of a million or more in a format string


class TemplateLimitError(SecurityError):
    """A template went past one of the sandbox's limits."""


class _NoFiles(BaseLoader):
    def get_source(self, environment, template):
        raise SecurityError(f"テンプレートから他のファイルは読み込めません（include / import / extends: {template}）")


def _too_big(size: int, what: str = "文字列かリスト") -> None:
    if size > MAX_SIZE:
        raise TemplateLimitError(f"{what}が大きすぎます（{size:,} 要素、上限 {MAX_SIZE:,}）")


def _size(value: Any) -> int:
    return len(value) if isinstance(value, (str, bytes, list, tuple, dict, set)) else 0


def _check_format(fmt: Any) -> None:
    if isinstance(fmt, str) and _WIDTH.search(fmt):
        raise TemplateLimitError("書式の幅が大きすぎます")


def _check_call(name: str, target: Any, args: tuple, kwargs: dict) -> None:
    """Sizes that a width-taking or text-multiplying string method or filter would produce."""
    values = list(args) + list(kwargs.values())
    if name in ("center", "ljust", "rjust", "zfill", "indent", "expandtabs"):
        for v in values:
            if isinstance(v, int) and not isinstance(v, bool):
                _too_big(abs(v) * (max(1, str(target).count("\n") + 1) if name == "indent" else 1))
    elif name == "replace" and len(values) >= 2:
        old, new = str(values[0]), str(values[1])
        text = str(target)
        count = len(text) + 1 if not old else text.count(old)
        _too_big(len(text) + count * max(0, len(new) - len(old)))
    elif name == "join":
        if isinstance(target, str):  # sep.join(items)
            sep, items = target, values[0] if values else []
        else:  # the filter: items|join(sep)
            items, sep = target, values[0] if values else ""
        if isinstance(items, (list, tuple)):
            _too_big(sum(len(str(i)) for i in items) + len(str(sep)) * max(0, len(items) - 1))
    elif name == "format":
        _check_format(target)


def _checked_filter(name: str, func):
    @functools.wraps(func)
    def run(*args, **kwargs):
        _tick()
        plain = [a for a in args if not _is_context(a)]
        if plain:
            _check_call(name, plain[0], tuple(plain[1:]), kwargs)
        result = func(*args, **kwargs)
        _too_big(_size(result))
        return result
    return run


def _is_context(value: Any) -> bool:
    return isinstance(value, (Context, EvalContext))


def _range(*args: int) -> range:
    rng = range(*args)
    if len(rng) > MAX_RANGE:
        raise TemplateLimitError(f"range が長すぎます（{len(rng):,} 個、上限 {MAX_RANGE:,}）")
    return rng


_deadline = threading.local()


def _tick() -> None:
    at = getattr(_deadline, "at", None)
    if at is not None and (time.thread_time() > at[0] or time.monotonic() > at[1]):
        raise TemplateLimitError(f"テンプレートの処理が {at[2]:g} 秒を超えました")


class LimitedSandbox(SandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.loader = _NoFiles()
        self.globals["range"] = _range
        for name in ("center", "indent", "format", "replace", "join", "list", "batch",
                     "slice", "map", "select", "reject", "unique", "sort", "reverse", "string", "urlize"):
            if name in self.filters:
                self.filters[name] = _checked_filter(name, self.filters[name])

    def call_binop(self, context, operator: str, left: Any, right: Any) -> Any:
        _tick()
        if operator == "*":
            for seq, n in ((left, right), (right, left)):
                if _size(seq) and isinstance(n, int) and not isinstance(n, bool):
                    _too_big(_size(seq) * max(n, 0))
        elif operator == "**":
            if (isinstance(left, int) and isinstance(right, int) and right > 0 and abs(left) > 1
                    and abs(left).bit_length() * right > MAX_POWER_BITS):
                raise TemplateLimitError("べき乗の結果が大きすぎます")
        elif operator == "+":
            if _size(left) and _size(right):
                _too_big(_size(left) + _size(right))
        elif operator == "%":
            _check_format(left)
        return super().call_binop(context, operator, left, right)

    def call(__self, __context, __obj, *args: Any, **kwargs: Any) -> Any:
        _tick()
        name = getattr(__obj, "__name__", "")
        # a method of a value; str.format comes wrapped by the sandbox (the method is __wrapped__)
        target = getattr(__obj, "__self__", None)
        if target is None:
            target = getattr(getattr(__obj, "__wrapped__", None), "__self__", None)
        if name in ("format", "format_map") and isinstance(target, str):
            _check_format(target)
        elif target is not None:
            _check_call(name, target, args, kwargs)
        result = super().call(__context, __obj, *args, **kwargs)
        _too_big(_size(result))
        return result

    def getattr(self, obj: Any, attribute: str) -> Any:
        _tick()
        return super().getattr(obj, attribute)



@contextlib.contextmanager
def limits(seconds: float = TIME_LIMIT, memory: int = MEMORY_BUDGET) -> Iterator[None]:
    """Run the block under the sandbox's deadline and address-space budget."""
    _deadline.at = (time.thread_time() + seconds, time.monotonic() + seconds * WALL_FACTOR, seconds)
    alarm = _start_alarm(seconds)
    try:
        with address_space_budget(memory):
            yield
    finally:
        _deadline.at = None
        if alarm is not None:
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.signal(signal.SIGPROF, alarm)


def _start_alarm(seconds: float):
    """A CPU-time alarm (ITIMER_PROF: the process's user and system time) that interrupts a loop
    which calls nothing (main thread, where signals are delivered)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        return None
    previous = signal.getsignal(signal.SIGPROF)
    if previous not in (signal.SIG_DFL, signal.SIG_IGN, None):
        return None  # someone else (a profiler) uses the alarm: the deadline checks remain

    def expired(signum, frame):
        raise TemplateLimitError(f"テンプレートの処理が {seconds:g} 秒を超えました")

    signal.signal(signal.SIGPROF, expired)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    return previous


@contextlib.contextmanager
def address_space_budget(budget: int) -> Iterator[None]:
    """Lower the address-space limit to what the process uses now plus `budget` (Linux) for the
    block; an allocation beyond it raises MemoryError instead of taking the machine's memory."""
    try:
        import resource

        with open("/proc/self/statm") as f:
            used = int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = used + budget if hard == resource.RLIM_INFINITY else min(used + budget, hard)
        lowered = soft == resource.RLIM_INFINITY or soft > cap
        if lowered:
            resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ImportError, OSError, ValueError, AttributeError):
        lowered = False
    try:
        yield
    finally:
        if lowered:
            resource.setrlimit(resource.RLIMIT_AS, (soft, hard))

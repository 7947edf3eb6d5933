"""Splitting a section into its ①②③ entries (objectives, policies)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from hattatsu.normalize import leading_circled

from ..blocks import Line
from .text import tidy


@dataclass
class Entry:
    number: int
    title: str | None
    lines: list[Line] = field(default_factory=list)
    heading: Line | None = None


def _is_title(ln: Line, wrap: int = 0) -> bool:
    """Short, no closing 。, and not a line the converter cut at the page width."""
    t = ln.norm
    if wrap and len(t) >= wrap - 3:
        return False
    return len(t) <= 45 and not t.endswith(("。", "、")) and "：" not in t[:6] and ":" not in t[:6]


def wrap_width(lines: list[Line]) -> int:
    """The width a hard-wrapped section was cut at, or 0 when its lines run on."""
    lengths = sorted(len(ln.norm) for ln in lines)
    if len(lengths) < 5:
        return 0
    top = lengths[int(len(lengths) * 0.9)]
    return top if top <= 60 else 0


def split_numbered(lines: list[Line], *, titled: bool | None = None) -> tuple[list[Line], list[Entry]]:
    """Lines before the first entry, and the entries ①, ②, … in sequence.

    An entry starts at a line beginning with the next circled number. With
    ``titled`` (decided from the lines when None), only a short line without a
    closing 。 starts one, so that 「②上記①の支援先のうち…5社。」 inside a
    KPI list does not.
    """
    wrap = wrap_width(lines)
    if titled is None:
        first = next((ln for ln in lines if leading_circled(ln.norm) == 1 and not _inside_statement(ln)), None)
        titled = first is not None and _is_title(first, wrap)
    head: list[Line] = []
    entries: list[Entry] = []
    for ln in lines:
        n = leading_circled(ln.norm)
        expected = len(entries) + 1
        if n == expected and (not titled or _is_title(ln, wrap)) and not _inside_statement(ln):
            body = re.sub(r"^[\s・]*[①-⑳]\s*", "", tidy(ln.text))
            if titled:
                entries.append(Entry(n, body or None, [], ln))
            else:
                entries.append(Entry(n, None, [Line(body, ln.line, ln.page)], ln))
            continue
        (entries[-1].lines if entries else head).append(ln)
    return head, entries


def _inside_statement(ln: Line) -> bool:
    return bool(re.match(r"^\s*K\s*[GP]\s*I", ln.norm, re.I))

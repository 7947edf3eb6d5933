"""別表1 1. 目標: (1) 地域の現状及び課題, (2) 長期的な振興のあり方, (3) 目標 with KGI/KPI."""

from __future__ import annotations

import re

from hattatsu.model import Goals, Indicator, Location, Objective
from hattatsu.normalize import clean_text, compact

from ..blocks import Block, Line, first_location, flatten
from ..segment import Segments
from .indicators import is_kgi, is_kpi, parse_statement
from .numbered import split_numbered
from .text import blocks_text, join_lines

_REASON = re.compile(r"^【?(設定理由|設定した理由)")
_PERIOD_TARGET = re.compile(r"^【?支援計画の認定期間")


def parse_goals(seg: Segments) -> Goals | None:
    if not seg.goal_parts:
        return None
    parts = {name: part.blocks for name, part in seg.goal_parts.items()}
    objectives = _objectives(parts.get("objectives", []))
    all_blocks = [b for blocks in parts.values() for b in blocks]
    heading = seg.goals.heading if seg.goals else None
    page, line = first_location(([heading] if heading else []) + all_blocks)
    return Goals(
        region=blocks_text(parts.get("region", [])),
        long_term=blocks_text(parts.get("long_term", [])),
        objectives=objectives,
        location=Location(page=page, line=line),
    )


def _objectives(blocks: list[Block]) -> list[Objective]:
    lines = [ln for ln in flatten(blocks) if not re.match(r"^経営発達支援事業の内容", ln.key)]
    head, entries = split_numbered(lines)
    if not entries and head:
        # one paragraph without numbering (older plans): one objective
        kgi, kpi = _statements(head)
        return [Objective(number=1, title=None, text=join_lines(head) or None, kgi=kgi, kpi=kpi)]
    out = []
    for e in entries:
        kgi, kpi = _statements(e.lines)
        out.append(Objective(number=e.number, title=e.title, text=join_lines(e.lines) or None,
                             kgi=kgi, kpi=kpi))
    return out


def _statements(lines: list[Line]) -> tuple[list[Indicator], list[Indicator]]:
    """KGI and KPI indicators of one objective, by rules."""
    kgi, kpi = statement_texts([ln.text for ln in lines])
    return _indicators(kgi), _indicators(kpi)


def statement_texts(lines: list[str]) -> tuple[list[str], list[str]]:
    """KGI and KPI statements of one objective (before its 設定理由), a line each."""
    kgi: list[str] = []
    kpi: list[str] = []
    current: list[str] | None = None
    for text in lines:
        t, key = clean_text(text), compact(text)
        if _REASON.match(key):
            break
        if _PERIOD_TARGET.match(key):
            continue
        if is_kgi(t):
            current = kgi
            current.append(t)
        elif is_kpi(t):
            current = kpi
            current.append(t)
        elif current is not None and t:
            current.append(t)
    return kgi, kpi


def _indicators(parts: list[str]) -> list[Indicator]:
    out: list[Indicator] = []
    for p in parts:
        out.extend(parse_statement(p))
    return out

"""別表1 1. 目標: (1) 地域の現状及び課題, (2) 長期的な振興のあり方, (3) 目標 with KGI/KPI."""

from __future__ import annotations

import re

from hattatsu.model import Goals, Indicator, Location, Objective
from hattatsu.normalize import clean_text, compact, label_pattern

from ..blocks import Block, Line, first_location, flatten
from ..segment import Segments
from .indicators import is_kgi, is_kpi, parse_statement
from .narrative import build_narrative
from .numbered import split_numbered, wrap_width
from .text import blocks_narrative

_REASON = re.compile("^" + label_pattern("設定理由|設定した理由"))
_PERIOD_TARGET = re.compile("^" + label_pattern("支援計画の認定期間"))


def parse_goals(seg: Segments) -> Goals | None:
    if not seg.goal_parts:
        return None
    parts = {name: part.blocks for name, part in seg.goal_parts.items()}
    objectives = _objectives(parts.get("objectives", []))
    all_blocks = [b for blocks in parts.values() for b in blocks]
    heading = seg.goals.heading if seg.goals else None
    page, line = first_location(([heading] if heading else []) + all_blocks)
    return Goals(
        region=blocks_narrative(parts.get("region", [])),
        long_term=blocks_narrative(parts.get("long_term", [])),
        objectives=objectives,
        location=Location(page=page, line=line),
    )


def _objectives(blocks: list[Block]) -> list[Objective]:
    lines = [ln for ln in flatten(blocks) if not re.match(r"^経営発達支援事業の内容", ln.key)]
    head, entries = split_numbered(lines)
    if not entries and head and (named := _quoted_objectives(head)):
        return named
    if not entries and head:
        # one paragraph without numbering (older plans): one objective
        kgi, kpi = _statements(head)
        return [Objective(number=1, title=None, text=build_narrative(head) or None, kgi=kgi, kpi=kpi)]
    out = []
    # convention (m3): objectives a noun phrase a line, longer than a title is taken to be (「①乳製品・木工品など
    # …による小規模事業者の売上拡大」, 47 characters) and nothing under any of them — each line is its title
    # (docs21, n2: a PDF copy's lines hard-wrapped, such a phrase cut over two lines, every line but its last at the
    # width the section was cut at — the phrase is the lines joined)
    wrap = wrap_width(lines)
    if entries and all(e.title is None and all(wrap - 3 <= len(ln.norm) <= wrap for ln in e.lines[:-1])
                       and not (phrase := "".join(ln.norm.strip() for ln in e.lines)).endswith("。")
                       and len(phrase) <= 90 for e in entries):
        return [Objective(number=e.number, title="".join(ln.text.strip() for ln in e.lines), text=None,
                          kgi=(st := _statements(e.lines))[0], kpi=st[1]) for e in entries]
    for e in entries:
        kgi, kpi = _statements(e.lines)
        out.append(Objective(number=e.number, title=e.title, text=build_narrative(e.lines) or None,
                             kgi=kgi, kpi=kpi))
    return out


# Convention (a paragraph naming its objectives): 「…「A」「B」「C」の３点を目標とする。」 — each quoted name an
# objective, the count said after them (or 「を目標とする」 straight after the last).
_QUOTED_RUN = re.compile(r"((?:「[^「」]{4,60}」[、・及びと]*){2,})(?:の[2-9二三四五六七八九]点|を(?:本計画の)?目標)")


def _quoted_objectives(lines: list[Line]) -> list[Objective]:
    m = _QUOTED_RUN.search(" ".join(ln.norm for ln in lines))
    if not m:
        return []
    names = re.findall(r"「([^「」]+)」", m.group(1))
    return [Objective(number=i, title=clean_text(n), text=None) for i, n in enumerate(names, 1)]


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

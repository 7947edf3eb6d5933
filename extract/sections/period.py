"""別表1 2.: (1) 実施期間 and (2) 目標の達成に向けた方針."""

from __future__ import annotations

from hattatsu.model import Location, Period, Policy
from hattatsu.normalize import find_dates, fiscal_years_between

from ..blocks import flatten
from ..segment import Segments
from .numbered import split_numbered
from .text import join_lines


def parse_period(seg: Segments) -> Period | None:
    if seg.period is None:
        return None
    lines = flatten(seg.period.blocks)
    dates = find_dates(" ".join(ln.text for ln in lines[:4]))
    loc = Location(page=lines[0].page, line=lines[0].line) if lines else None
    if len(dates) < 2:
        return Period(location=loc)
    start, end = dates[0], dates[1]
    return Period(start=start, end=end, fiscal_years=fiscal_years_between(start, end), location=loc)


def parse_policies(seg: Segments) -> list[Policy]:
    if not seg.policies or not seg.policies.blocks:
        return []
    _, entries = split_numbered(flatten(seg.policies.blocks))
    return [Policy(number=e.number, title=e.title, text=join_lines(e.lines) or None) for e in entries]

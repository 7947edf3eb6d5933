"""別表1 2.: (1) 実施期間 and (2) 目標の達成に向けた方針."""

from __future__ import annotations

from hattatsu.model import Location, Period, Policy
from hattatsu.normalize import find_dates, fiscal_years_between

from ..blocks import flatten
from ..segment import Segments
from .narrative import build_narrative
from .numbered import split_numbered


def parse_period(seg: Segments) -> Period | None:
    if seg.period is None:
        return None
    lines = flatten(seg.period)
    dates = find_dates(" ".join(ln.text for ln in lines[:4]))
    loc = Location(page=lines[0].page, line=lines[0].line) if lines else None
    if len(dates) < 2:
        return Period(location=loc)
    start, end = dates[0], dates[1]
    return Period(start=start, end=end, fiscal_years=fiscal_years_between(start, end), location=loc)


def parse_policies(seg: Segments) -> list[Policy]:
    if not seg.policies:
        return []
    _, entries = split_numbered(flatten(seg.policies))
    return [Policy(number=e.number, title=e.title, text=build_narrative(e.lines) or None) for e in entries]

"""別表1 2.: (1) 実施期間 and (2) 目標の達成に向けた方針."""

from __future__ import annotations

import re

from hattatsu.model import Location, Period, Policy
from hattatsu.normalize import find_period, fiscal_years_between, label_pattern

from ..blocks import Line, flatten
from ..segment import Segments
from .narrative import build_narrative
from .numbered import split_numbered

# The 2014 form states the period as a labelled line 「実施期間：平成27年4月1日～平成32年3月31日」
# under 「経営発達支援事業の内容及び実施期間」, with no (1) heading of its own (the label set apart as
# normalize.label_pattern has it, or in square or round brackets, or after a bullet 「・」).
_LABELLED = re.compile(r"^[\[(・]?" + label_pattern("実施期間") + r"[\])]?")


def parse_period(seg: Segments) -> Period | None:
    lines = flatten(seg.period.blocks) if seg.period is not None else _labelled_period(seg)
    if not lines:
        return None
    start, end = find_period(" ".join(ln.text for ln in lines[:4]))
    loc = Location(page=lines[0].page, line=lines[0].line) if lines else None
    if start is None or end is None:
        return Period(location=loc)
    return Period(start=start, end=end, fiscal_years=fiscal_years_between(start, end), location=loc)


def _labelled_period(seg: Segments) -> list[Line]:
    """The 「実施期間：…」 line of the body (outside the 概要) when no period heading was found."""
    for section, b in seg.by_section():
        if section != "summary" and isinstance(b, Line) and _LABELLED.match(b.key) and all(find_period(b.text)):
            return [b]
    return []


# Convention (the policies run on in one paragraph, one for each objective: 「①については、…。②については、
# …。」): the paragraph is split where a sentence opens with the next circled number
_RUN_ON = re.compile(r"(?<=。)\s*(?=[②-⑳])")


def parse_policies(seg: Segments) -> list[Policy]:
    if not seg.policies or not seg.policies.blocks:
        return []
    lines = flatten(seg.policies.blocks)
    _, entries = split_numbered(lines)
    if len(entries) <= 1 and any(_RUN_ON.search(ln.text) for ln in lines):
        _, run_on = split_numbered(_split_run_on(lines), titled=False)
        if len(run_on) > 1 and [e.number for e in run_on] == list(range(1, len(run_on) + 1)):
            entries = run_on
    if not entries:  # one paragraph a policy, each after its label (「目標１：…。」, convention: 方針 by 目標)
        _, entries = split_numbered(lines, titled=False)
    if not entries and (text := build_narrative(lines)):  # no labels (a bullet list, a paragraph): one 方針
        return [Policy(number=1, title=None, text=text)]
    return [Policy(number=e.number, title=e.title, text=build_narrative(e.lines) or None) for e in entries]


def _split_run_on(lines: list[Line]) -> list[Line]:
    """Each line cut where a sentence opens with a circled number (「…。②については」)."""
    out: list[Line] = []
    for ln in lines:
        out.extend(Line(part, ln.line, ln.page) for part in _RUN_ON.split(ln.text) if part.strip())
    return out

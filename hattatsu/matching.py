"""Which row of a plan's 目標 table an evaluation entry reports on (used by check, draft and report)."""

from __future__ import annotations

import re

from .model import EvaluationEntry, Plan, Target
from .normalize import compact, nfkc

_MARKER = re.compile(r"^(?:[①-⑳]|[ア-ン](?=[\s.．、)）]))\s*")


def matching_target(plan: Plan, entry: EvaluationEntry) -> Target | None:
    """The plan's target row an entry reports on: same item, and the row's name inside the
    entry's (or the entry's first phrase inside the row's); the longest such row."""
    item = plan.item(entry.item_key) if entry.item_key else None
    if item is None:
        return None
    text = _MARKER.sub("", nfkc(entry.activity))
    name, head = compact(text), compact(re.split(r"[\s(（]", text, maxsplit=1)[0])
    best: tuple[int, Target] | None = None
    for t in item.targets:
        row = compact(_MARKER.sub("", nfkc(t.indicator)))
        similar = row in name or name in row or (len(head) >= 5 and head in row)
        if len(row) >= 3 and similar and (best is None or len(row) > best[0]):
            best = (len(row), t)
    return best[1] if best else None

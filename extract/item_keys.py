"""Canonical item keys, assigned from what an item's title means, never from its number."""

from __future__ import annotations

import re

from hattatsu.items import MATCH_ORDER
from hattatsu.normalize import compact


def classify_title(title: str) -> str | None:
    """The canonical key of an item title, or None when it names no item."""
    s = compact(title)
    for key, _title, _req, patterns in MATCH_ORDER:
        if any(re.search(p, s) for p in patterns):
            return key
    return None

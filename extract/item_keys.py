"""Canonical item keys, assigned from what an item's title means, never from its number."""

from __future__ import annotations

import re
from functools import lru_cache

from hattatsu.items import MATCH_ORDER
from hattatsu.normalize import compact

# Each item's title patterns as one compiled alternation, in the order they are tried.
_KEY_PATTERNS = [(key, re.compile("|".join(f"(?:{p})" for p in patterns)))
                 for key, _title, _req, patterns in MATCH_ORDER]


@lru_cache(maxsize=8192)
def classify_title(title: str) -> str | None:
    """The canonical key of an item title, or None when it names no item."""
    s = compact(title)
    for key, pattern in _KEY_PATTERNS:
        if pattern.search(s):
            return key
    return None

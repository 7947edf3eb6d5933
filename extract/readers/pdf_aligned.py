"""Tables without ruling lines, found from the alignment of their text (placeholder)."""

from __future__ import annotations

from .pdf_layout import Char
from .pdf_pages import FoundTable


def aligned_tables(chars: list[Char], ruled: list[FoundTable]) -> list[FoundTable]:
    return []

"""Tab-separated lines of a text export that are running text, not table rows.

Word's 「テキスト形式で保存」 puts a tab after a numbered paragraph's list number: the heading
「3. 地域の経済動向調査に関すること」 comes out as 「3.⇥地域の経済動向調査に関すること」, 「(1)⇥現状と課題」.
A line of two cells, the first a list number alone, is that paragraph (`numbered_line`). (A spreadsheet
copied as text, its rows padded with tabs, is read in text.py: `_sheet_blocks`.)
"""

from __future__ import annotations

import re

# A list number alone in a cell: 「3.」「３．」「(1)」「（１）」「①」「ア」「Ⅰ．」「第3」: Word writes a tab after it.
_LIST_NUMBER = re.compile(r"^\s*(?:[0-9０-９]{1,2}\s*[.．、)）]|[(（][0-9０-９一-九]{1,2}[)）]"
                          r"|[①-⑳]|[ア-ン][.．)）]?|[ⅠⅡⅢⅣⅤ]\s*[.．]?|I{1,3}\s*[.．]"
                          r"|第\s*[0-9０-９]{1,2})\s*$")


def numbered_line(cells: list[str]) -> str | None:
    """A Word list paragraph saved as text, its number and text as one line (「3. 地域の…」), or None."""
    filled = [c.strip() for c in cells if c.strip()]
    if len(filled) != 2 or len(cells) != 2 or not _LIST_NUMBER.match(cells[0]):
        return None
    return f"{filled[0]} {filled[1]}"

"""Tab-separated lines of a text export that are running text, not table rows.

Two conventions write tabs into lines that are no table at all:

- Word's 「テキスト形式で保存」 puts a tab after a numbered paragraph's list number: the heading
  「3. 地域の経済動向調査に関すること」 comes out as 「3.⇥地域の経済動向調査に関すること」, 「(1)⇥現状と課題」.
  A line of two cells, the first a list number alone, is that paragraph (`numbered_line`).
- A spreadsheet (an Excel workbook a small chamber writes its plan in) copied as text pads every row
  with empty cells to the sheet's width, and indents by leaving the first column empty: a heading
  「3．地域の…⇥⇥⇥⇥⇥⇥⇥」, prose 「⇥当町は…⇥⇥⇥⇥⇥⇥」. Where most tab lines end in empty cells (`padded_sheet`),
  a row with one filled cell is a line of text; rows with two or more are the sheet's tables.
  A copy of several sheets names each one on a line of its own, 「[Sheet2] 別表1」: the sheet's name
  alone stays (`sheet_name`).
"""

from __future__ import annotations

import re

# A list number alone in a cell: 「3.」「３．」「(1)」「（１）」「①」「ア」「Ⅰ．」「第3」: Word writes a tab after it.
_LIST_NUMBER = re.compile(r"^\s*(?:[0-9０-９]{1,2}\s*[.．、)）]|[(（][0-9０-９一-九]{1,2}[)）]"
                          r"|[①-⑳]|[ア-ン][.．)）]?|[ⅠⅡⅢⅣⅤ]\s*[.．]?|I{1,3}\s*[.．]"
                          r"|第\s*[0-9０-９]{1,2})\s*$")
# The name line of a sheet in a workbook copied as text: 「[Sheet1] 概要」「[別表1]」.
_SHEET_NAME = re.compile(r"^\s*\[(?:Sheet\s*\d+|シート\s*\d+)\]\s*(.*?)\s*$", re.IGNORECASE)
# A heading's number at a sheet row's start: 「(3)事業内容」「4．需要動向…」 (a 目標 table's group row is 「①…」).
_HEADING_NUMBER = re.compile(r"^\s*(?:[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}\s*[.．、](?![0-9０-９])|[ⅠⅡⅢ]\s*[.．])")
_MIN_TAB_LINES = 10  # a workbook copy has many rows; a share of a few lines says nothing
_PADDED_SHARE = 0.5  # of the tab lines, those ending in an empty cell


def numbered_line(cells: list[str]) -> str | None:
    """A Word list paragraph saved as text, its number and text as one line (「3. 地域の…」), or None."""
    filled = [c.strip() for c in cells if c.strip()]
    if len(filled) != 2 or len(cells) != 2 or not _LIST_NUMBER.match(cells[0]):
        return None
    return f"{filled[0]} {filled[1]}"


def padded_sheet(lines: list[str]) -> bool:
    """Whether the text is a spreadsheet copied as text: most lines with tabs end in empty cells."""
    tabbed = [ln.rstrip("\r") for ln in lines if "\t" in ln]
    if len(tabbed) < _MIN_TAB_LINES or len(tabbed) * 2 < sum(1 for ln in lines if ln.strip()):
        return False
    return sum(ln.endswith("\t") for ln in tabbed) >= _PADDED_SHARE * len(tabbed)


def sheet_name(raw: str) -> str | None:
    """The name of a sheet from its name line 「[Sheet2] 別表1」 (may be empty), or None."""
    m = _SHEET_NAME.match(raw)
    return m.group(1) if m else None


def sheet_heading(cell: str) -> bool:
    """Whether a sheet's one-cell row opens with a heading's number (never a table's group row)."""
    return bool(_HEADING_NUMBER.match(cell))

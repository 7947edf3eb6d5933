"""Cells of an Excel sheet pasted as text: quoted cells of several lines, and the sheet's row numbers.

Convention (m3: a plan typed in Excel, its cells copied and pasted into a text editor): the cells are
tab-separated, and a cell holding line breaks is written in double quotes over several lines
(「"①現状」 … 「…求められている。"」, a quote inside doubled 「""」), as Excel writes them to the
clipboard. Copied with the row headers, each row begins with the sheet's row number (「13<tab><tab>…」,
an empty row as its number alone). Each quoted cell is joined back into its row, its line breaks kept
inside the cell; the row numbers, when (nearly) every line starts with one and they go up, are dropped.
"""

from __future__ import annotations

import re
from itertools import pairwise

_MAX_CELL_LINES = 80  # a cell longer than this is no cell: its quote was a character of the text
_OPENS = re.compile(r'(?:^|\t)"')
_ROW_NUMBER = re.compile(r"^(\d{1,4})(?:\t|$)")


def _quoted_cell_end(lines: list[str], i: int) -> int | None:
    """The index of the line closing the quoted cell opened on line i, or None."""
    if lines[i].count('"') % 2 == 0 or not _OPENS.search(lines[i]):
        return None
    for j in range(i + 1, min(len(lines), i + _MAX_CELL_LINES)):
        if lines[j].count('"') % 2 == 1:
            return j if re.search(r'"(?:\t|$)', lines[j]) else None
        if "\t" in lines[j]:
            return None  # a row of cells before the quote closes: the quote was text
    return None


def _unquote(row: str) -> str:
    """A joined row's quoted cells without their quotes (「""」 a quote of the text)."""
    return "\t".join(c[1:-1].replace('""', '"') if len(c) >= 2 and c[0] == c[-1] == '"' and "\n" in c else c
                     for c in row.split("\t"))


def excel_lines(lines: list[str]) -> tuple[list[str], list[int]]:
    """The lines with each quoted cell of several lines joined into its row, and the index of each
    line's first original line; the sheet's row numbers dropped when the lines carry them."""
    out: list[str] = []
    where: list[int] = []
    i = 0
    while i < len(lines):
        end = _quoted_cell_end(lines, i)
        if end is None:
            out.append(lines[i])
            where.append(i)
            i += 1
            continue
        out.append(_unquote("\n".join(lines[i:end + 1])))
        where.append(i)
        i = end + 1
    return _without_row_numbers(out), where


def _without_row_numbers(lines: list[str]) -> list[str]:
    """Lines without the row number each begins with (「3<tab>実施期間<tab>…」), when nine in ten of the
    non-blank lines begin with one, there are ten such lines at least, and the numbers go up."""
    numbers = [(k, int(m.group(1))) for k, ln in enumerate(lines) if (m := _ROW_NUMBER.match(ln))]
    filled = sum(1 for ln in lines if ln.strip())
    if len(numbers) < 10 or len(numbers) * 10 < filled * 9:
        return lines
    if any(b <= a for (_, a), (_, b) in pairwise(numbers)):
        return lines
    out = list(lines)
    for k, _ in numbers:
        out[k] = _ROW_NUMBER.sub("", out[k], count=1)
    return out

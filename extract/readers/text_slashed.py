"""Tables typed with full-width slashes between their cells, as tab rows.

Convention (l2: a plan typed in a plain editor, its tables one line a row): 「項目／現状／R8／R9／…」 over
「①景況調査の公表回数／2／4／4／…」, 「区分／R8年度／…」 over 別表3's lines, 「会長／1名」 a role and its
count. A run of two lines or more, each cut by 「／」 into two cells or more and (three in four of) the rows
after the first ending in a figure (a number, 「1名」, 「－」), is a table: each line is given back as a tab row. A row
with more cells than the first (the header) holds a slash in its label (「売上額／者／－／15万円…」, a
sub-row's name 「売上額／者」): its first cells are joined back into the label. A form's field path
(「1.目標／(1)地域の現状及び課題：…」, text_fields) or a sentence is no row.
"""

from __future__ import annotations

import re

_SLASH = "／"
_FIGURE = re.compile(r"[0-9０-９]|^[\s　]*[-－―ー—‐]*[\s　]*$")
_MAX_CELL = 60


def _cells(line: str) -> list[str] | None:
    """The cells of a line that may be a slash row, or None."""
    if _SLASH not in line or "\t" in line or line.rstrip().endswith("。"):
        return None
    cells = line.strip(" \u3000").split(_SLASH)
    if len(cells) < 2 or any(len(c) > _MAX_CELL for c in cells) or re.search(r"[:：]", cells[-1]):
        return None  # (a field's name and its value 「…／(2)目標：」 is no row)
    return cells


def slashed_rows(lines: list[str]) -> list[str]:
    """The lines, each row of a slash-typed table as a tab row (one line for one line)."""
    out = list(lines)
    i = 0
    while i < len(lines):
        run = []
        while i + len(run) < len(lines) and (cells := _cells(lines[i + len(run)])) is not None:
            run.append(cells)
        if len(run) >= 2 and 4 * sum(bool(_FIGURE.search(r[-1])) for r in run[1:]) >= 3 * (len(run) - 1):
            width = len(run[0])
            for k, cells in enumerate(run):
                extra = len(cells) - width
                if k and extra > 0:  # a label holding a slash: its pieces joined back
                    cells = [_SLASH.join(cells[:extra + 1]), *cells[extra + 1:]]
                indent = lines[i + k][:len(lines[i + k]) - len(lines[i + k].lstrip(" \u3000"))]
                out[i + k] = indent + "\t".join(c.strip(" \u3000") for c in cells)
        i += max(len(run), 1)
    return out

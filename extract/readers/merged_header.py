"""A table's header drawn over two rows with merged cells, folded into one row.

Convention (the ministry's Word form and the tables chambers draw after it): a
目標 table heads its year columns with one cell 「目標」 merged across them
(``gridSpan``), the years in the row below, while the other header cells
(公表方法, 現行, 単位, the label column) are merged down over both rows
(``vMerge``). Read cell by cell, that is two rows neither of which names every
column. Only the reader knows which cells are merged, so it folds them: each
column takes the name of the row below where the caption spans it, its own
merged-down name elsewhere; the caption, which only groups the names below it,
is dropped. Two or more captions tell their columns apart (「平成26年」 over
事業所数/従業員数, 「令和3年」 over the same): those two rows are left as they are.

Rows are given with ``None`` where a merged cell covers the place (the columns
a cell spans after its first, the rows a cell is merged down over after its first).
"""

from __future__ import annotations

Cells = list[str | None]


def fold_header(rows: list[Cells]) -> list[list[str]]:
    """The rows as texts, the first two folded into one when they are a two-row header: one caption
    cell of the first row spans two or more columns that the second row names, and every other
    column is named by the first row alone (merged down, or empty below), one of them at least by a
    cell merged down over both rows."""
    if len(rows) >= 3 and _two_row_header(rows[0], rows[1]):
        top, below = rows[0], rows[1]
        spanned = _spanned(top, below)
        folded = [(below[j] if j in spanned else top[j]) or "" for j in range(len(top))]
        rows = [folded, *rows[2:]]
    return [[c or "" for c in r] for r in rows]


def _spans(top: Cells) -> list[tuple[int, int]]:
    """(first, end) of each cell of the first row that spans two or more columns."""
    out = []
    j = 0
    while j < len(top):
        k = j + 1
        while k < len(top) and top[k] is None:
            k += 1
        if k - j >= 2 and top[j]:
            out.append((j, k))
        j = k
    return out


def _spanned(top: Cells, below: Cells) -> set[int]:
    """Columns under a caption whose every column the row below names."""
    out: set[int] = set()
    for j, k in _spans(top):
        if k <= len(below) and all(below[c] and below[c].strip() for c in range(j, k)):
            out.update(range(j, k))
    return out


def _two_row_header(top: Cells, below: Cells) -> bool:
    if len(top) != len(below):
        return False
    spanned = _spanned(top, below)
    if not spanned or len(_spans(top)) != 1:
        return False
    outside = [j for j in range(len(top)) if j not in spanned]
    # a cell merged down over both rows beside the caption: a caption over the whole table is its title
    # (「みどり川町商工会」 over its staff), not a header
    return any(below[j] is None for j in outside) and all(not (below[j] or "").strip() for j in outside)

"""Grid tables drawn with ASCII or full-width rules in a text export.

Convention (reStructuredText's grid tables, a text editor's or a mail's hand-drawn tables): a table framed by rule
lines of 「+」 joints and 「-」 dashes (「+=====+」 under the header), or the same drawn in full-width characters
(「＋－－－＋」, a bare 「－－－－」), its rows between bars 「| a | b |」「｜ａ｜ｂ｜」:

    +--------------+------------+--------+
    | 項目         | Ｈ２６実績 | Ｈ２８ |
    +==============+============+========+
    | 町内景況調査 |          0 |      4 |
    +--------------+------------+--------+

A rule is no content: the rules inside a table only separate its rows, so they are dropped (the top rule of a table
right after another one is left as a blank line, which ends the first). When rules separate the table's body rows
(two body rows or more between rules), or when the header itself wraps over lines, the lines between two rules are one
row whose cells wrap over them (a cell too long for its column, the line no wider than the page's): each cell's pieces
are joined. A table with rules only around its one-line header and at its end keeps a row a line.

Each line is looked at a bounded number of times (a block is scanned once, then its rows joined), so a hostile run
of rules costs its length.
"""

from __future__ import annotations

import re

# A rule: joints 「+」「＋」 between runs of dashes 「-」「－」「=」「＝」 (optionally bars as joints too, 「|----|」),
# or a bare run of dashes at least three long between blank edges.
_RULE = re.compile(r"^\s*(?:[+＋|｜](?:[-=－＝─━]{2,}[+＋|｜])+|[+＋]?[-=－＝]{3,}[+＋]?)\s*$")
# A row: a bar at its start and one at its end (full-width or ASCII)
_ROW = re.compile(r"^\s*[|｜].*[|｜]\s*$")
_BAR = re.compile(r"[|｜]")
_MAX_CELLS = 100  # a line with more bars is no row of a printed table


def is_rule(line: str) -> bool:
    return bool(_RULE.match(line))


def grid_rows(rows: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """(index, text) pairs with each grid table's rules dropped and its wrapped rows joined (see above)."""
    out: list[tuple[int, str]] = []
    i, n = 0, len(rows)
    while i < n:
        if not is_rule(rows[i][1]) or i + 1 >= n or not _ROW.match(rows[i + 1][1]):
            out.append(rows[i])
            i += 1
            continue
        groups, end = _block(rows, i)
        if len(groups) < 2 and not (groups and end > i + 1 and is_rule(rows[end - 1][1])):
            out.append(rows[i])
            i += 1
            continue
        if out and _ROW.match(out[-1][1]):
            out.append((rows[i][0], ""))  # a table right after another: the rule between them ends the first
        # rules between the body rows, or a header wrapped over lines: the lines between two rules are one row
        wrapped = len(groups) >= 3 or len(groups[0]) > 1
        for group in groups:
            joined = _joined(group) if wrapped and len(group) > 1 else None
            out.extend([(group[0][0], joined)] if joined is not None else group)
        i = end
    return out


def _block(rows: list[tuple[int, str]], start: int) -> tuple[list[list[tuple[int, str]]], int]:
    """The groups of row lines between the rules of the grid opening at `start`, and the index after its last rule."""
    groups: list[list[tuple[int, str]]] = []
    i, end = start + 1, start + 1
    current: list[tuple[int, str]] = []
    while i < len(rows):
        text = rows[i][1]
        if is_rule(text):
            if not current:
                break
            groups.append(current)
            current = []
            end = i + 1
        elif _ROW.match(text) and len(_BAR.findall(text)) <= _MAX_CELLS:
            current.append(rows[i])
        else:
            break
        i += 1
    if current:  # rows after the last rule (a table whose bottom rule was lost): rows of their own
        groups.append(current)
        end = i
    return groups, end


def _joined(group: list[tuple[int, str]]) -> str | None:
    """A row wrapped over several lines as one line 「| a | b |」, its cells' pieces joined; None when the lines
    do not have the same number of cells."""
    split = [[c.strip(" \u3000\t") for c in _BAR.split(text.strip())[1:-1]] for _, text in group]
    if len({len(cells) for cells in split}) != 1:
        return None
    cells = []
    for j in range(len(split[0])):
        text = ""
        for cells_of_line in split:
            piece = cells_of_line[j]
            if piece:
                text = _join(text, piece)
        cells.append(text)
    return "| " + " | ".join(cells) + " |"


def _join(left: str, right: str) -> str:
    """Two pieces of a wrapped cell: run together in Japanese, set apart by a space between ASCII words."""
    if not left:
        return right
    return left + (" " if left[-1].isascii() and right[0].isascii() and left[-1].isalnum() else "") + right

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

Convention (writers P and Q: a text whose every line is cut at a fixed width, 35 full-width characters): a row or
a rule longer than the width goes on over the next lines, cut in the middle of a cell — 「｜①景況調査の公表回数｜
２｜　４」 then 「回｜」. The pieces are joined back first: a rule's rest (a run of dashes right under it) to the rule,
a row opened by a bar and not closed (or cut right after a bar) to the lines after it up to the one that closes it (no
bar opening them, unless the row is under a rule and not closed; twenty at most).

Each line is looked at a bounded number of times (a block is scanned once, then its rows joined), so a hostile run
of rules costs its length.
"""

from __future__ import annotations

import re
from collections import Counter

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
    rows = _uncut(rows)
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


_OPEN_ROW = re.compile(r"^\s*[|｜](?:[^|｜]*[|｜]){1,}[^|｜]*[^|｜\s]\s*$")  # bars, the last cell not closed
_RULE_REST = re.compile(r"\s*[-=－＝─━+＋]+\s*")  # a rule's rest after the cut: dashes, one or more
_MAX_PIECES = 20  # a long cell (the 概要's 事業内容) cut over many lines


def _uncut(rows: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines with the rules and rows cut at the line's width joined back (see above)."""
    out: list[tuple[int, str]] = []
    width = _fixed_width(rows)
    i = 0
    while i < len(rows):
        index, text = rows[i]
        if i and out and out[-1][0] == rows[i - 1][0] and is_rule(out[-1][1]) and _RULE_REST.fullmatch(text):
            out[-1] = (out[-1][0], out[-1][1].rstrip() + text.strip())  # a rule's rest: the rule cut at the width
            i += 1
            continue
        opens = _OPEN_ROW.match(text) or _ROW.match(text) or (
            i and _BAR.match(text.strip()) and is_rule(rows[i - 1][1]))  # (a row of one bar yet, under its rule)
        rule = out[-1][1] if out and is_rule(out[-1][1]) else ""
        joined = None if not opens else _cut_row(rows, i, width, rule) if width and len(_raw(text)) == width \
            else _row_rest(rows, i, rule)
        if joined is not None:
            out.append((index, joined[0]))
            i = joined[1]
            continue
        out.append(rows[i])
        i += 1
    return out


_MIN_WIDTH = 20  # characters: a fixed width narrower is no page's
_MIN_CUT_LINES = 8  # lines of that length, in a text cut at a fixed width


def _raw(text: str) -> str:
    return text.rstrip("\r\n")


def _fixed_width(rows: list[tuple[int, str]]) -> int | None:
    """The width a text was cut at (characters): the length most of its long lines of running text (no rows, no rules)
    have, when many have it and hardly any is longer."""
    prose = [n for _, t in rows if (n := len(_raw(t))) >= _MIN_WIDTH and not _BAR.match(t.strip()) and not is_rule(t)]
    width, count = Counter(prose).most_common(1)[0] if prose else (0, 0)
    longer = sum(n > width for n in prose)
    return width if count >= _MIN_CUT_LINES and longer <= max(2, count // 20) else None


def _cut_row(rows: list[tuple[int, str]], i: int, width: int, rule: str) -> tuple[str, int] | None:
    """A row as long as the width the text was cut at, joined with the lines after it up to the first one shorter (its
    last piece; a blank line or a rule ends it too, and a bar opening a line after a closed piece — a row of its own,
    drawn as wide as the line — or in a table with no rules, 「｜a｜b」 rows typed with no bar after the last cell)."""
    pieces = [_raw(rows[i][1]).strip()]
    closed = _closed(rows[i][1])
    j = i + 1
    while j < len(rows) and j - i <= _MAX_PIECES:
        raw = _raw(rows[j][1])
        if not raw.strip() or is_rule(raw) or ((closed or not rule) and _BAR.match(raw.lstrip(" \t"))):
            break
        pieces.append(raw.strip())
        closed = _closed(raw)
        j += 1
        if len(raw) < width:
            break
    return ("".join(pieces), j) if len(pieces) > 1 and closed else None


def _row_rest(rows: list[tuple[int, str]], i: int, rule: str) -> tuple[str, int] | None:
    """(the row opening at line i joined with the pieces of it the next lines hold, index after them), or None. A piece
    opens with no bar, unless the row is under a rule (``rule``) and not closed yet (the width cut it right before a
    bar); after a piece closed by a bar (the width cut it right after one) only a rest closed by a bar goes on."""
    pieces = [rows[i][1].rstrip()]
    closed = _closed(rows[i][1])
    j = i + 1
    while j < len(rows) and j - i <= (_MAX_PIECES if rule else 1):  # (not under a rule: one rest, closing it)
        raw = rows[j][1]
        nxt = raw.strip()
        if not raw or is_rule(nxt) or (_BAR.match(nxt) and (closed or not rule)) or (closed and not _closed(raw)):
            break
        pieces.append(nxt)  # (a piece of a cell's padding alone: nothing to add)
        closed = _closed(raw)
        j += 1
    return ("".join(pieces), j) if len(pieces) > 1 and closed else None


def _closed(raw: str) -> bool:
    """Whether a row's line ends with a bar (not one before padding the width cut off)."""
    return bool(_BAR.fullmatch(raw.rstrip("\r\n")[-1:] or "-"))


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
    """Two pieces of a wrapped cell, run together: the column's width cuts a word (a mail address, a URL) as it cuts
    Japanese."""
    return left + right

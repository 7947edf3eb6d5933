"""Tables drawn with box-drawing characters in a text export.

Convention: text copied from a PDF of a printed spreadsheet (or written by tools that
draw tables in characters) frames each table with box-drawing characters — rules of
「─」「━」「═」 with corners and joints (「┏┓┗┛」「┌┐└┘」「╔╗╚╝」「┠┼┨」「├┤」…) and rows
whose cells are separated by vertical bars (「┃」 outside, 「│」 inside, or 「║」), cells
padded with full-width spaces. Each text line between the bars is one row (a printed
spreadsheet row); a rule line is no content: a top or bottom rule opens or closes a table,
an inner rule only separates rows. The text reader turns such rows into the same table
blocks the tab, HTML and Word readers give.

Every test here is one pass over the line (no backtracking), so a huge line of box
characters costs its length and nothing more.
"""

from __future__ import annotations

from typing import Literal

# Vertical bars: light, heavy, double, and the dashed forms.
VERTICAL = frozenset("│┃║╎╏┆┇┊┋╽╿")
_BOX_FIRST, _BOX_LAST = "\u2500", "\u257f"  # the Box Drawing block
# Corners that open a table (top-left, top-right) and close it (bottom-left, bottom-right).
_TOP = frozenset("┌┍┎┏┐┑┒┓╒╓╔╕╖╗╭╮┬┭┮┯┰┱┲┳╤╥╦")
_BOTTOM = frozenset("└┕┖┗┘┙┚┛╘╙╚╛╜╝╰╯┴┵┶┷┸┹┺┻╧╨╩")
_SPACES = " \u3000\t"

RuleKind = Literal["top", "bottom", "inner"]


def _is_box(ch: str) -> bool:
    return _BOX_FIRST <= ch <= _BOX_LAST


def rule_kind(line: str) -> RuleKind | None:
    """What a rule line does ("top", "bottom" or "inner"), or None when the line is not a rule.

    A rule is made only of box-drawing characters (and spaces), with at least one that is not a
    vertical bar. Its corners say whether it opens ("top": 「┏」「┌」「┬」…) or closes ("bottom":
    「┗」「└」「┴」…) a table; a rule with neither (「┠──┼──┨」「├┤」, or a bare 「────」) is inner."""
    top = bottom = horizontal = False
    for ch in line:
        if ch in _SPACES:
            continue
        if not _is_box(ch):
            return None
        if ch in VERTICAL:
            continue
        horizontal = True
        if ch in _TOP:
            top = True
        elif ch in _BOTTOM:
            bottom = True
    if not horizontal:
        return None
    if top and not bottom:
        return "top"
    if bottom and not top:
        return "bottom"
    return "inner"


def ruled_cells(line: str, open_table: bool = False) -> list[str] | None:
    """The cells of a ruled row 「┃a│b┃」 (stripped of their padding), or None when the line is
    not one.

    A row begins and ends with a vertical bar. Inside an open table (after a rule or a row), a
    line that lost its outer frame in the copy still counts when it has an inner bar."""
    s = line.strip(_SPACES)
    if not s:
        return None
    framed = s[0] in VERTICAL and s[-1] in VERTICAL and len(s) >= 2
    if not framed and not (open_table and any(ch in VERTICAL for ch in s)):
        return None
    if framed:
        s = s[1:-1]
    cells: list[str] = []
    start = 0
    for i, ch in enumerate(s):
        if ch in VERTICAL:
            cells.append(s[start:i].strip(_SPACES))
            start = i + 1
    cells.append(s[start:].strip(_SPACES))
    return cells

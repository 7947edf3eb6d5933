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

import re
from typing import Literal

# Vertical bars: light, heavy, double, and the dashed forms.
VERTICAL = frozenset("│┃║╎╏┆┇┊┋╽╿")
# Corners that open a table (top-left, top-right) and close it (bottom-left, bottom-right).
_TOP = frozenset("┌┍┎┏┐┑┒┓╒╓╔╕╖╗╭╮┬┭┮┯┰┱┲┳╤╥╦")
_BOTTOM = frozenset("└┕┖┗┘┙┚┛╘╙╚╛╜╝╰╯┴┵┶┷┸┹┺┻╧╨╩")
_SPACES = " \u3000\t"
_RULE = re.compile(r"[ \u3000\t\u2500-\u257f]+")  # the Box Drawing block, and spaces
_BARS = "".join(sorted(VERTICAL))
_BAR = re.compile(f"[{_BARS}]")
_HORIZONTAL = re.compile(f"[^{_BARS}{_SPACES}]")
_TOP_RE, _BOTTOM_RE = (re.compile(f"[{''.join(sorted(c))}]") for c in (_TOP, _BOTTOM))
# A printed table has a few dozen columns at most: a line with more bars is no row (and a hostile
# line of bars is read as text, not as a million cells).
MAX_CELLS = 100

RuleKind = Literal["top", "bottom", "inner"]


def rule_kind(line: str) -> RuleKind | None:
    """What a rule line does ("top", "bottom" or "inner"), or None when the line is not a rule.

    A rule is made only of box-drawing characters (and spaces), with at least one that is not a
    vertical bar. Its corners say whether it opens ("top": 「┏」「┌」「┬」…) or closes ("bottom":
    「┗」「└」「┴」…) a table; a rule with neither (「┠──┼──┨」「├┤」, or a bare 「────」) is inner."""
    if not line or not _RULE.fullmatch(line) or not _HORIZONTAL.search(line):
        return None
    top, bottom = bool(_TOP_RE.search(line)), bool(_BOTTOM_RE.search(line))
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
    framed = len(s) >= 2 and s[0] in VERTICAL and s[-1] in VERTICAL
    if not framed and not (open_table and _BAR.search(s)):
        return None
    if framed:
        s = s[1:-1]
    parts = _BAR.split(s, maxsplit=MAX_CELLS)
    if len(parts) > MAX_CELLS:
        return None
    return [p.strip(_SPACES) for p in parts]

"""Tables without ruling lines, found from the alignment of their text.

Plans exported from Excel, and tables styled without borders, print their
cells as text only. What still shows the table is the white space: on every
line of it the same vertical strips of the page stay empty (the gutters
between columns), and at least two lines hold text on both sides of a gutter
(a header row of 年度 over rows of numbers, 項目名 beside their values).

A table is a run of lines, close together, where

- at least two lines are split by gaps of about an em into pieces in two or
  more columns, and
- no line closes a gutter: a paragraph running across the page ends the
  table, while a line holding one piece inside a column (a label row such as
  「（支援）」, or the wrapped rest of a cell) belongs to it;
- the first column is not only list labels (ア, ①, (1)) set off by a wide
  space: that is a list with hanging labels.

Rows: where the rows are spaced wider than the lines inside a cell, the gaps
tell them apart; where all gaps are alike, a line starts a new row unless all
its text is the wrapped rest of the line above (it could not have fitted at
the end of that line's cell). One-piece rows after the last multi-column line
are the heading of the paragraph that follows closely; at the foot of a page
they are kept as the table's tail until the next page shows whether the table
goes on. A table that runs to the foot of a page hands its columns to the next
page, whose first lines go on with it when they fit them (the page layout then
joins the two parts as it does ruled ones).

Each row × column is a cell box, which the page layout fills like a ruled
table's cells. Ruled tables are found first and their text is not looked at
here, so a ruled table wins where both are found. Merged cells spanning
several columns are not recognised (their text closes a gutter), nor columns
so narrow that their wrapped text comes within an em of the next column's.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from .pdf_layout import Char, lead_width
from .pdf_pages import Bbox, FoundTable
from .pdf_settings import DEFAULT, PdfLayout

# labels of list items (ア　…, ①　…, (1)　…) set off by a wide space: a list, not a table's first column
_LABEL = re.compile(r"^([ア-ンｱ-ﾝ]|[①-⑳]|[0-9０-９]{1,2}[.．)）]?|[(（][0-9０-９ア-ン]{1,2}[)）]|[・●○■□◆◇※])$")


@dataclass
class _Line:
    chars: list[Char]
    pieces: list[tuple[float, float]]  # x ranges of the runs of text split by gaps
    top: float
    bottom: float
    size: float


@dataclass
class _Region:
    lines: list[_Line] = field(default_factory=list)
    gutters: list[tuple[float, float]] = field(default_factory=list)
    carried: bool = False  # goes on with a table from the page before (its first line stands for that table)
    before: _Line | None = None  # the last line of that table

    @property
    def multi(self) -> int:
        return sum(len(ln.pieces) >= 2 for ln in self.lines)


Carry = tuple[_Line, _Line]  # a table's columns as a line of pieces, and its last line


def aligned_tables(rows: list[list[Char]], height: float, carried: Carry | None = None,
                   layout: PdfLayout = DEFAULT) -> tuple[list[FoundTable], Carry | None]:
    """Tables without rules on a page, from the lines of characters outside the ruled tables
    (:func:`char_rows`), and what the next page needs to go on with the last one when it runs to
    the foot of the page.

    ``carried`` is that from the page before: lines at the top of this page that fit its
    columns go on with its table, even a single row of it."""
    lines = [ln for row in rows if (ln := _line(row, layout)).pieces]
    if not lines or (not carried and sum(len(ln.pieces) >= 2 for ln in lines) < 2):
        return [], None
    found: list[FoundTable] = []
    margin = max(ln.pieces[-1][1] for ln in lines)  # where the longest lines of the page end
    region = _Region([carried[0]], _gutters([carried[0]], layout), True, carried[1]) if carried else _Region()
    for ln in lines:
        if region.carried and len(region.lines) == 1 and ln.bottom < height * layout.band:
            continue  # the running head above the table's next part
        if region.lines and _fits(region, ln, layout):
            region.lines.append(ln)
            region.gutters = _gutters(region.lines, layout)
            continue
        # a line close below that runs across the columns: the lines of one piece before it are its paragraph's
        followed = bool(region.lines) and ln.top - region.lines[-1].bottom <= layout.line_gap * ln.size
        _close(region, found, followed, margin, layout)
        region = _Region([ln], _gutters([ln], layout)) if len(ln.pieces) >= 2 else _Region()
    _close(region, found, False, margin, layout)
    last = found[-1] if found else None
    foot = [ln for ln in lines if ln.top <= height * (1 - layout.band)]  # above the running foot
    if last is None or not foot or last.tail_line is not foot[-1]:
        return found, None
    # the columns of the table, as a line of the next page's table (not read, only fitted to)
    gaps = (x for g in _gutters(last.lines, layout) for x in g)
    bounds = [last.bbox[0] + 1.0, *gaps, last.bbox[2] - layout.column_padding]
    size = max(ln.size for ln in last.lines)
    return found, (_Line([], list(zip(bounds[::2], bounds[1::2], strict=True)), -1e9, -1e9, size), last.tail_line)


def _line(row: list[Char], layout: PdfLayout) -> _Line:
    size, top, bottom = row[0].size, row[0].top, row[0].bottom
    pieces: list[list[float]] = []
    for c in row:
        if c.size > size:
            size = c.size
        if c.top < top:
            top = c.top
        if c.bottom > bottom:
            bottom = c.bottom
        if c.text.isspace():
            continue
        if pieces and c.x0 - pieces[-1][1] < layout.piece_gap * c.size:
            if c.x1 > pieces[-1][1]:
                pieces[-1][1] = c.x1
        else:
            pieces.append([c.x0, c.x1])
    return _Line(row, [(a, b) for a, b in pieces], top, bottom, size)


def _text(ln: _Line, x0: float, x1: float) -> str:
    return "".join(c.text for c in ln.chars if x0 <= c.x0 < x1).strip()


def _gutters(lines: list[_Line], layout: PdfLayout) -> list[tuple[float, float]]:
    """Empty vertical strips between the text of the lines, at least ``layout.gutter`` ems wide."""
    spans = sorted(p for ln in lines for p in ln.pieces)
    size = max(ln.size for ln in lines)
    out = []
    end = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - end >= layout.gutter * size:
            out.append((end, x0))
        end = max(end, x1)
    return out


def _fits(region: _Region, ln: _Line, layout: PdfLayout) -> bool:
    """Whether the line continues the table: close below it, and closing none of its gutters
    (it may narrow them: the widest text of a column sets the column's width)."""
    last = region.lines[-1]
    if last.chars and ln.top - last.bottom > layout.line_gap * last.size:
        return False
    after = _gutters([*region.lines, ln], layout)
    return all(any(g0 <= n0 and n1 <= g1 for n0, n1 in after) for g0, g1 in region.gutters)


def _column(x: float, gutters: list[tuple[float, float]]) -> int:
    return sum(x >= g1 for _, g1 in gutters)


def _wraps(prev: _Line, ln: _Line, gutters: list[tuple[float, float]], right: float,
           layout: PdfLayout) -> bool:
    """Whether every piece of ``ln`` is text that did not fit at the end of the same column of
    ``prev`` (wrapped, as in a row of several lines). A column's text can run to about an em
    short of the next column's, the last column's to the right margin; as for a ruled cell, a
    line ending within ``layout.full`` ems of that is taken as full."""
    short = (layout.piece_gap + layout.full) * prev.size
    limits = [g1 - short for _, g1 in gutters] + [right - layout.full * prev.size]
    ends = {_column(x0, gutters): x1 for x0, x1 in prev.pieces}
    for x0, x1 in ln.pieces:
        col = _column(x0, gutters)
        lead = lead_width([c for c in ln.chars if x0 <= c.x0 < x1])
        if col not in ends or ends[col] + lead <= limits[col]:
            return False
    return True


def _close(region: _Region, found: list[FoundTable], followed: bool, right: float, layout: PdfLayout) -> None:
    lines = region.lines[1:] if region.carried else region.lines
    if not lines or (not region.carried and region.multi < 2):
        return
    gaps = [b.top - a.bottom for a, b in itertools.pairwise(lines)] or [0.0]
    # where rows are spaced wider than the lines of a cell, the gaps tell them apart; where all gaps
    # are alike, a line starts a row unless all its text is the wrapped rest of the line above
    narrow = min(gaps)
    gutters = _gutters(region.lines, layout)
    rows: list[list[_Line]] = [[lines[0]]]
    for prev, ln, gap in zip(lines, lines[1:], gaps, strict=False):
        spaced = max(gaps) - narrow > layout.row_step * ln.size  # rows are spaced wider than the lines of a cell
        if gap > narrow + layout.row_step * ln.size or (not spaced and not _wraps(prev, ln, gutters, right, layout)):
            rows.append([ln])
        else:
            rows[-1].append(ln)
    # rows of one piece at the end, followed closely by a paragraph, are that paragraph's heading;
    # at the foot of the page they are kept for now (the table may go on over the page), as its tail
    tail = 0
    while tail < len(rows) - (0 if region.carried else 1) and all(len(ln.pieces) < 2 for ln in rows[-1 - tail]):
        tail += 1
    if followed and tail:
        del rows[-tail:]
        tail = 0
        if not rows and region.carried and region.before is not None \
                and _wraps(region.before, lines[0], gutters, right, layout):
            rows = [[lines[0]]]  # the rest of the last cell of the page before
    if not rows:
        return
    tail_line = rows[-1][-1]
    lines = [ln for row in rows for ln in row]
    gutters = _gutters([region.lines[0], *lines] if region.carried else lines, layout)
    if not gutters or (not region.carried and sum(len(ln.pieces) >= 2 for ln in lines) < 2):
        return
    firsts = [_text(ln, *ln.pieces[0]) for ln in lines if ln.pieces[0][1] <= gutters[0][0]]
    if firsts and all(_LABEL.match(t) for t in firsts):
        return  # a list whose labels (ア, ①, (1)) hang before its items, not a table
    spread = [region.lines[0], *lines] if region.carried else lines
    left = min(ln.pieces[0][0] for ln in spread) - 1.0
    right = max(ln.pieces[-1][1] for ln in spread) + layout.column_padding
    bounds = [left] + [(g0 + g1) / 2 for g0, g1 in gutters] + [right]
    cells: list[list[Bbox | None]] = []
    for row in rows:
        top, bottom = row[0].top - 1.0, max(ln.bottom for ln in row) + 1.0
        cells.append([(x0, top, x1, bottom) for x0, x1 in itertools.pairwise(bounds)])
    starts = [round(left + 1.0, 1)] + [round(g1, 1) for _, g1 in gutters]  # to match the same table on the next page
    found.append(FoundTable(cells, (left, cells[0][0][1], right, cells[-1][0][3]), starts, tail,
                            tail_line, lines))

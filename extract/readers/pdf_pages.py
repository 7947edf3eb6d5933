"""PDF pages into the block stream, whichever engine read the characters.

The text of each table cell is read from the characters inside it, wrapped
lines joined back. Text outside tables is read line by line and wrapped lines
are joined into paragraphs (a paragraph may run over a page break). Running
headers, footers and page numbers are dropped. A table that continues on the
next page is joined to its first part, without the header row Word repeats,
and a row split by the page break is put back together. A header drawn over
two rows with merged cells is folded into one (merged_header.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from hattatsu.normalize import compact

from ..blocks import Block, Line, Table
from .merged_header import fold_header
from .pdf_layout import Char, Paragraph, TextLine, continues, group_lines, is_full, join_wrapped, paragraphs
from .pdf_settings import DEFAULT, PdfLayout

_PAGE_NUMBER = re.compile(r"^[-－―‐–—(（\[]*\s*(P\.?|p\.?|ページ)?\s*\d{1,4}\s*(/\s*\d{1,4})?\s*[-－―‐–—)）\]]*$")


@dataclass
class Cell:
    text: str
    full: bool = False  # its last line runs to the cell's right edge (the text may go on)
    end: float = 0.0  # where its last line ends
    right: float = 0.0  # where its text may run to
    lead: float = 0.0  # width of its first line's first unbreakable piece

    def goes_on_in(self, nxt: Cell) -> bool:
        """Whether ``nxt`` (the same cell on the next page) continues this cell's text."""
        return bool(self.text) and (self.full or self.end + nxt.lead > self.right)


@dataclass
class PageTable:
    rows: list[list[Cell]]
    top: float
    bottom: float
    columns: list[float]  # x of each column's left edge
    page: int
    row_pages: list[int] = field(default_factory=list)
    tail: int = 0  # last rows that are lines of text unless the next page goes on with the table
    covered: set[tuple[int, int]] = field(default_factory=set)  # (row, column) a merged cell covers

    def texts(self, i: int) -> list[str]:
        return [c.text for c in self.rows[i]]


@dataclass
class Page:
    number: int
    height: float
    items: list[TextLine | PageTable]


Bbox = tuple[float, float, float, float]  # x0, top, x1, bottom


@dataclass
class FoundTable:
    """A table found on a page (from ruling lines or from the alignment of its text):
    each row's cells as boxes, None where a merged cell covers the place."""

    rows: list[list[Bbox | None]]
    bbox: Bbox
    columns: list[float] | None = None  # where each column's text starts, when not at its cells' left edges
    tail: int = 0  # last rows kept only because the table reaches the foot of the page (it may go on)
    tail_line: object = None  # the finder's own record of the last line, and of all lines
    lines: list = field(default_factory=list)


def layout_page(chars: list[Char], found: list[FoundTable], number: int, height: float,
                rows: list[list[Char]] | None = None, layout: PdfLayout = DEFAULT) -> Page:
    """A page's lines and tables, top to bottom: each character goes to the table cell
    it sits in, or to the running text (``rows``: the lines of the characters outside the ruled
    tables, :func:`char_rows`, used as they are when no other character is left outside the tables)."""
    tables: list[tuple[PageTable, list[tuple[Bbox, int, int]]]] = []
    for t in found:
        columns = t.columns or sorted({round(c[0], 1) for row in t.rows for c in row if c})
        ptable = PageTable([[Cell("") for _ in row] for row in t.rows], t.bbox[1], t.bbox[3], columns, number)
        ptable.row_pages = [number] * len(t.rows)
        ptable.tail = t.tail
        ptable.covered = {(i, j) for i, row in enumerate(t.rows) for j, c in enumerate(row) if c is None}
        cells = [(c, i, j) for i, row in enumerate(t.rows) for j, c in enumerate(row) if c]
        tables.append((ptable, cells))
    in_cell: dict[tuple[int, int, int], list[Char]] = {}
    taken: set[int] = set()
    if tables:
        centres = sorted(((ch.top + ch.bottom) / 2, (ch.x0 + ch.x1) / 2, n) for n, ch in enumerate(chars))
        ys = [c[0] for c in centres]
        # the first table and cell (row by row) holding a centre, a table nested in another's cell first (pdf_ruled)
        for k in sorted(range(len(tables)), key=lambda k: _area(found[k].bbox)):
            for (x0, top, x1, bottom), i, j in tables[k][1]:
                for _cy, cx, n in centres[bisect_left(ys, top):bisect_right(ys, bottom)]:
                    if x0 <= cx <= x1 and n not in taken:
                        taken.add(n)
                        in_cell.setdefault((k, i, j), []).append(chars[n])
    body = [ch for n, ch in enumerate(chars) if n not in taken] if taken else chars
    if rows is not None and sum(map(len, rows)) != len(body):  # not the same characters: group them anew
        rows = None
    items: list[TextLine | PageTable] = group_lines(body, number, rows)
    for k, (ptable, cells) in enumerate(tables):
        for (_x0, _top, x1, _bottom), i, j in cells:
            lines = group_lines(in_cell.get((k, i, j), []), number)
            right = x1 - layout.cell_padding
            paras = paragraphs(lines, right)
            ptable.rows[i][j] = Cell("\n".join(p.text for p in paras), bool(lines) and is_full(lines[-1], right),
                                     lines[-1].x1 if lines else 0.0, right, lines[0].lead if lines else 0.0)
        if len(ptable.columns) == 1:  # a boxed paragraph, not a table
            items.extend(_box_lines(ptable, in_cell, k))
        else:
            items.append(ptable)
    items.sort(key=lambda it: it.top)
    return Page(number, height, items)


def _area(box: Bbox) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


def _box_lines(ptable: PageTable, in_cell: dict, k: int) -> list[TextLine]:
    out = []
    for i in range(len(ptable.rows)):
        lines = group_lines(in_cell.get((k, i, 0), []), ptable.page)
        for para in paragraphs(lines, max((ln.x1 for ln in lines), default=0)):
            first = para.lines[0]
            out.append(TextLine(para.text, first.x0, first.x1, first.top, para.lines[-1].bottom, first.size,
                                ptable.page, first.number))
    return out


def outside(chars: list[Char], found: list[FoundTable]) -> list[Char]:
    """The characters whose centre is in none of the tables."""
    if not found:
        return chars
    boxes = [t.bbox for t in found]
    out = []
    for c in chars:
        cx, cy = (c.x0 + c.x1) / 2, (c.top + c.bottom) / 2
        for x0, top, x1, bottom in boxes:
            if x0 <= cx <= x1 and top <= cy <= bottom:
                break
        else:
            out.append(c)
    return out


def _head_key(text: str) -> str:
    return re.sub(r"\d+", "#", compact(text))


def drop_running_heads(pages: list[Page], layout: PdfLayout = DEFAULT) -> None:
    """Remove headers, footers and page numbers: lines in the top or bottom band
    that recur on most pages, or that are only a page number."""
    def in_band(it, page: Page) -> bool:
        return isinstance(it, TextLine) and (it.bottom < page.height * layout.band
                                           or it.top > page.height * (1 - layout.band))

    counts: dict[str, int] = {}
    for page in pages:
        for key in {_head_key(it.text) for it in page.items if in_band(it, page)}:
            counts[key] = counts.get(key, 0) + 1
    recurring = {k for k, n in counts.items() if n >= 2 and n >= len(pages) * 0.5}
    for page in pages:
        page.items = [it for it in page.items if not in_band(it, page)
                      or (_head_key(it.text) not in recurring and not _PAGE_NUMBER.match(compact(it.text)))]


def _right_edge(pages: list[Page]) -> float:
    """Where body text lines end: the right margin."""
    ends = sorted(it.x1 for p in pages for it in p.items if isinstance(it, TextLine) and len(it.text) >= 8)
    if not ends:
        return 0.0
    return ends[int(len(ends) * 0.95)] if len(ends) >= 20 else ends[-1]


def assemble(pages: list[Page]) -> list[Block]:
    right = _right_edge(pages)
    out: list[Paragraph | PageTable] = []
    for page in pages:
        for n, it in enumerate(page.items):
            last = out[-1] if out else None
            if n == 0 and isinstance(it, PageTable) and isinstance(last, PageTable) and last.page < it.page \
                    and _same_columns(last, it):
                last.tail = 0
                join_tables(last, it)
                last.tail = it.tail
                continue
            if isinstance(last, PageTable) and last.tail:
                out.extend(_untail(last))
                last = out[-1]
            if isinstance(it, TextLine):
                if isinstance(last, Paragraph) and continues(last.lines[-1], it, right,
                                                             same_page=last.lines[-1].page == it.page):
                    last.lines.append(it)
                else:
                    out.append(Paragraph([it]))
            else:
                out.append(it)
    if out and isinstance(out[-1], PageTable) and out[-1].tail:
        out.extend(_untail(out[-1]))
    blocks: list[Block] = []
    for b in out:
        if isinstance(b, Paragraph):
            first = b.lines[0]
            blocks.append(Line(b.text, first.number, first.page))
        else:
            rows = fold_header([[None if (i, j) in b.covered else c.text for j, c in enumerate(row)]
                                for i, row in enumerate(b.rows)])
            blocks.append(Table(rows, None, b.page, [None] * len(rows), list(b.row_pages)[len(b.rows) - len(rows):]))
    return blocks


def _untail(table: PageTable) -> list[Paragraph]:
    """The tail rows of a table the next page did not go on with, as the lines of text they are."""
    rows, pages = table.rows[-table.tail:], table.row_pages[-table.tail:]
    del table.rows[-table.tail:], table.row_pages[-table.tail:]
    table.tail = 0
    return [Paragraph([TextLine(" ".join(c.text for c in row if c.text), 0.0, 0.0, table.bottom, table.bottom,
                                0.0, page)]) for row, page in zip(rows, pages, strict=True)]


def _same_columns(a: PageTable, b: PageTable) -> bool:
    return len(a.columns) == len(b.columns) and all(abs(x - y) <= 3 for x, y in zip(a.columns, b.columns, strict=True))


def join_tables(first: PageTable, cont: PageTable) -> None:
    """Append a table's continuation: drop the repeated header rows, rejoin a split row."""
    rows, pages = list(cont.rows), list(cont.row_pages)
    repeated = 0  # Word repeats every header row (one or several) on the next page
    while rows and repeated < len(first.rows) - 1 and [c.text for c in rows[0]] == first.texts(repeated):
        rows, pages, repeated = rows[1:], pages[1:], repeated + 1
    if rows and first.rows:
        prev, head = first.rows[-1], rows[0]
        filled = [j for j, c in enumerate(head) if c.text]
        if filled and all(prev[j].goes_on_in(head[j]) for j in filled):
            for j in filled:
                prev[j] = Cell(join_wrapped([prev[j].text, head[j].text]), head[j].full)
            rows, pages = rows[1:], pages[1:]
    first.rows.extend(rows)
    first.row_pages.extend(pages)
    first.bottom = cont.bottom

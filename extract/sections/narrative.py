"""A section's lines and tables as a narrative: headings, paragraphs, lists, tables and figures.

Every section parser that keeps prose hands its blocks here (through ``text.blocks_narrative``).
The conventions plans use, each read the same way wherever it appears:

- a table inside prose stays a table: a table of the stream (tab, HTML, markdown, Word, PDF),
  or lines that each end on the same number of figures (「A1 農業 54 408 1 1 65 623」, a table
  flattened by a converter) — leading rows without figures are its header rows, a header cell
  followed by empty cells spans them, an empty first cell under a header cell continues it;
- a layout table whose cells hold sentences (a heading cell beside a cell of prose, as in 別表2)
  is read as the lines it holds;
- bullets (・●○◆◇■□※ …) and numbered points (①, (1), (ア), ア., 1.) are list items, nested when
  a new kind of marker starts under an item; bullets glued on one line (「…する。・また、」) are
  split;
- a numbered line that stands alone with text under it (「①景況調査」 then its body) is a heading,
  as are 【…】, <…> and a heading the source marked (markdown #, a Word heading style);
- a label line (「調査項目：…」「手 法：…」「【調査項目】…」) starts its own paragraph;
- a figure caption (「図1 …」「グラフ」) is a figure;
- otherwise a line wrapped mid-sentence is joined to the one before it, as ``join_lines`` did.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from hattatsu.location import Location
from hattatsu.narrative import Cell, Figure, Heading, ListBlock, ListItem, Paragraph, TableBlock
from hattatsu.normalize import compact, nfkc

from ..blocks import Block, Line, Table
from .text import ENDS_ON_COUNT, SENTENCE_END, tidy

NarrativeBlock = Heading | Paragraph | ListBlock | TableBlock | Figure

_BULLETS = "・･●○◆◇■□▶▸►✓※*＊-"
_BULLET = re.compile(rf"^([{re.escape(_BULLETS)}])\s*(?=\S)")
# numbered points, most specific first: (kind, pattern); the kind names the numbering
_NUMBERED = [
    ("①", re.compile(r"^([①-⑳])\s*")),
    ("(1)", re.compile(r"^([(（]\s*\d{1,2}\s*[)）])\s*")),
    ("(ア)", re.compile(r"^([(（]\s*[ア-ン]\s*[)）])\s*")),
    ("(a)", re.compile(r"^([(（]\s*[a-zａ-ｚ]\s*[)）])\s*")),
    ("ア", re.compile(r"^([ア-ン]\s*[.．、)）])\s*")),
    ("1.", re.compile(r"^(\d{1,2}\s*[.．)）])(?!\d)\s*")),
]
_NUMBERED_ANY = re.compile("|".join(f"(?:{p.pattern})" for _, p in _NUMBERED))  # one test before trying each
_BRACKETED = re.compile(r"^([【<＜〈《［\[][^】>＞〉》］\]]{1,40}[】>＞〉》］\]])\s*(.*)$")
_LABEL = re.compile(r"^[^\W\d_]{1,8}[:：]")  # 「調査項目：」「手法：」 (white space removed first)
_FIGURE = re.compile(r"^(?:図表?|グラフ|写真|地図|イメージ図)\s*(?:\d+|[①-⑳])?(?:[\s:：.．\-－]|$)")
_FIGURE_MARK = re.compile(r"^[(（]図[)）]\s*")  # how plain_text and generate print a figure: 「（図）図1 …」
_GLUED_BULLET = re.compile(r"(?<=[。\s])\s*(?=[・●○◆■□※]\s*\S)|(?<=[^\s■])(?=■)")
_NUMBER = re.compile(r"^(?:[△▲▼+\-−]?\d[\d,]*(?:\.\d+)?[%％]?|[-－―—ー‐]|[*＊])$")
_TITLE_MAX = 40
_SHORT_TITLE = 15  # a line this short without punctuation, with text under it, is a sub-heading


@dataclass
class _Piece:
    """One classified line: what it is, its marker and text, where it was."""

    kind: str  # text, label, bullet, numbered, heading, figure
    text: str
    page: int | None
    line: int | None
    marker: str | None = None  # the marker as printed (・, ②, (1))
    mkind: str | None = None  # the kind of marker (・ for bullets; ①, (1), ア … for numbering)
    level: int | None = None
    joined: bool = False  # the rest of a wrapped line, joined to the entry or paragraph before


@dataclass
class _Row:
    cells: list[str]
    page: int | None
    line: int | None


@dataclass
class _Builder:
    out: list[NarrativeBlock] = field(default_factory=list)
    # open list: the stack of (marker kind, the items of that level)
    stack: list[tuple[str, list[ListItem]]] = field(default_factory=list)

    def close(self) -> None:
        self.stack = []


def build_narrative(blocks: list[Block]) -> list[NarrativeBlock]:
    """A section's blocks as narrative blocks, in order."""
    b = _Builder()
    pending: list[Line] = []
    tables: list[_Row] = []

    def flush_lines() -> None:
        if pending:
            _add_lines(b, pending)
            pending.clear()

    def flush_tables() -> None:
        if tables:
            _add_table_rows(b, list(tables))
            tables.clear()

    for block in blocks:
        if isinstance(block, Table):
            flush_lines()
            tables.extend(_Row(list(r), block.row_page(i), block.row_line(i)) for i, r in enumerate(block.rows))
        else:
            flush_tables()
            pending.append(block)
    flush_lines()
    flush_tables()
    return b.out


# tables ------------------------------------------------------------------------------------

def _is_prose_cell(text: str) -> bool:
    t = compact(text)
    return len(t) >= 40 and ("。" in t or bool(_BULLET.match(t)))


def _add_table_rows(b: _Builder, rows: list[_Row]) -> None:
    """Rows of stream tables: runs of grid rows as tables, rows holding prose as lines."""
    grid: list[_Row] = []
    for row in rows:
        if any(_is_prose_cell(c) for c in row.cells):
            if grid:
                _add_grid(b, grid)
                grid = []
            lines = [Line(part, row.line, row.page) for c in row.cells for part in c.split("\n") if part.strip()]
            _add_lines(b, lines)
        elif any(c.strip() for c in row.cells):
            grid.append(row)
    if grid:
        _add_grid(b, grid)


def _is_number(cell: str) -> bool:
    return bool(_NUMBER.match(compact(cell)))


def _fit(rows: list[list[str]]) -> list[list[str]]:
    """Rows trimmed of trailing empty cells; a row longer than most loses the empty cells a
    converter put inside it (「P 医療、福祉<tab><tab>1,653」)."""
    rows = [r[: max((i + 1 for i, c in enumerate(r) if c.strip()), default=0)] for r in rows]
    widths = sorted(len(r) for r in rows)
    common = widths[len(widths) // 2]
    out = []
    for r in rows:
        extra = len(r) - common
        if extra > 0 and sum(1 for c in r[1:] if not c.strip()) >= extra and sum(1 for c in r if c.strip()) <= common:
            kept, drop = [], extra
            for i, c in enumerate(r):
                if i and drop and not c.strip():
                    drop -= 1
                    continue
                kept.append(c)
            r = kept
        out.append(r)
    return out


def _add_grid(b: _Builder, rows: list[_Row]) -> None:
    b.close()
    texts = _fit([[tidy(c) for c in r.cells] for r in rows])
    width = max(len(r) for r in texts)
    numeric = [any(_is_number(c) for c in r) for r in texts]
    header = 0
    if any(numeric):
        header = next(i for i, n in enumerate(numeric) if n)
        header = header if header < len(texts) else 0
    cells: list[list[Cell]] = []
    owners: dict[int, Cell] = {}  # column → the header cell that starts there (for rowspans)
    for i, r in enumerate(texts):
        filled = [c for c in r if c]
        if i < header:
            row, cols = _header_row(r, width, owners)
            owners = cols
        elif len(filled) == 1 and r[0]:
            row = [Cell(text=r[0], colspan=width)] if width > 1 else [Cell(text=r[0])]
        else:
            row = [Cell(text=c) for c in r]
        cells.append(row)
    cells = [row for row in cells if row]
    b.out.append(TableBlock(rows=cells, header_rows=header, location=_location(rows[0].page, rows[0].line)))


def _header_row(r: list[str], width: int, above: dict[int, Cell]) -> tuple[list[Cell], dict[int, Cell]]:
    """A header row: a cell followed by empty cells spans them; an empty cell at the start
    under a header cell continues that cell down."""
    row: list[Cell] = []
    cols: dict[int, Cell] = {}
    leading = True
    col = 0
    r = r + [""] * (width - len(r))
    while col < width:
        text = r[col]
        if not text and leading and col in above:
            cell = above[col]
            cell.rowspan += 1
            cols[col] = cell
            col += cell.colspan
            continue
        leading = False
        span = 1
        if text:
            while col + span < width and not r[col + span]:
                span += 1
        cell = Cell(text=text, colspan=span)
        row.append(cell)
        cols[col] = cell
        col += span
    return row, cols


def _number_row(text: str) -> tuple[str, list[str]] | None:
    """「A1 農業 54 408 1 1 65 623」 as (label, figures) when it ends on two or more figures."""
    tokens = nfkc(text).split()
    k = len(tokens)
    while k and _is_number(tokens[k - 1]):
        k -= 1
    figures = tokens[k:]
    label = " ".join(tokens[:k])
    if len(figures) < 2 or len(label) > 30 or label.endswith(("。", "、")):
        return None
    return label, figures


def _flattened_tables(lines: list[Line]) -> list[Line | list[Line]]:
    """Lines with runs of three or more number rows of the same width (a table a converter
    flattened into lines) taken out as lists, the line before heading it when its words
    match the columns."""
    out: list[Line | list[Line]] = []
    number_rows = [_number_row(ln.text) for ln in lines]  # each line read once
    i = 0
    while i < len(lines):
        first = number_rows[i]
        j = i
        if first:
            n = len(first[1])
            while j < len(lines) and (r := number_rows[j]) and len(r[1]) == n:
                j += 1
        if j - i >= 3:
            run = lines[i:j]
            prev = out[-1] if out else None
            if isinstance(prev, Line) and not number_rows[i - 1] and len(nfkc(prev.text).split()) in (n, n + 1):
                run = [out.pop(), *run]  # type: ignore[list-item]
            out.append(run)
            i = j
        else:
            out.append(lines[i])
            i += 1
    return out


def _add_flattened(b: _Builder, run: list[Line]) -> None:
    rows: list[_Row] = []
    for ln in run:
        parsed = _number_row(ln.text)
        if parsed:
            rows.append(_Row([parsed[0], *parsed[1]], ln.page, ln.line))
        else:
            words = nfkc(ln.text).split()
            n = len(_number_row(run[-1].text)[1])  # type: ignore[index]
            rows.append(_Row(([""] if len(words) == n else []) + words, ln.page, ln.line))
    _add_grid(b, rows)


# lines -------------------------------------------------------------------------------------

def split_glued(text: str) -> list[str]:
    """Bullets a converter ran together on one line: 「…実施する。・また、…」, 「■氏名…■連絡先…」."""
    return [p for p in _GLUED_BULLET.split(text) if p.strip()]


def inline_narrative(title: str, body: str, page: int | None = None, line: int | None = None) -> list[NarrativeBlock]:
    """A title and its points written on one line (the 概要's 事業内容: 「…に関すること ・景況調査
    ・産業構造分析」): the title as a paragraph, the points as they read; every block at the
    location of that line (page, line) when it is known."""
    head = [Paragraph(text=tidy(title), location=_location(page, line))] if title.strip() else []
    return head + build_narrative([Line(part, line, page) for part in split_glued(body)])


def _classify(ln: Line, text: str) -> _Piece:
    t = tidy(text.replace("\u3000", " ")).strip()
    norm = nfkc(t)
    page, line = ln.page, ln.line
    if ln.level is not None:
        m = _BULLET.match(t)  # 「### ○現状と課題」: the bullet is the heading's label
        if m and t[m.end():].strip():
            return _Piece("heading", t[m.end():].strip(), page, line, marker=m.group(1), level=ln.level)
        return _Piece("heading", t, page, line, level=ln.level)
    m = _FIGURE_MARK.match(t)
    if m:
        return _Piece("figure", t[m.end():].strip(), page, line)
    if _FIGURE.match(norm) and len(norm) <= 50 and not norm.endswith("。"):
        return _Piece("figure", t, page, line)
    m = _BRACKETED.match(t)
    if m:
        rest = m.group(2).strip()
        if not rest or (len(rest) <= 20 and not re.search(r"[。、，,]", rest)):
            return _Piece("heading", t, page, line)
        return _Piece("label", t, page, line)
    for kind, pattern in _NUMBERED if _NUMBERED_ANY.match(t) else ():
        m = pattern.match(t)
        if m and t[m.end():].strip():
            return _Piece("numbered", t[m.end():].strip(), page, line, marker=m.group(1).replace(" ", ""), mkind=kind)
    m = _BULLET.match(t)
    if m and t[m.end():].strip():
        return _Piece("bullet", t[m.end():].strip(), page, line, marker=m.group(1), mkind=m.group(1))
    if _LABEL.match(compact(t)):
        return _Piece("label", t, page, line)
    return _Piece("text", t, page, line)


def _is_title(text: str) -> bool:
    return len(text) <= _TITLE_MAX and not text.endswith(tuple("。、")) and "：" not in text and ":" not in text


def _add_lines(b: _Builder, lines: list[Line]) -> None:
    pieces: list[_Piece | list[Line]] = []
    for item in _flattened_tables(lines):
        if isinstance(item, list):
            pieces.append(item)
            continue
        pieces.extend(_classify(item, part) for part in split_glued(item.text))
    # the next piece with text after each piece, found in one pass from the end (not a scan per piece)
    following: list[_Piece | list[Line] | None] = [None] * len(pieces)
    for n in range(len(pieces) - 2, -1, -1):
        q = pieces[n + 1]
        following[n] = q if not isinstance(q, _Piece) or q.text else following[n + 1]
    for n, p in enumerate(pieces):
        if isinstance(p, list):
            _add_flattened(b, p)
            continue
        if not p.text and p.kind != "figure":
            continue
        nxt = following[n]
        if p.kind == "numbered" and _is_title(p.text):
            sibling = isinstance(nxt, _Piece) and nxt.kind == "numbered" and nxt.mkind == p.mkind
            if nxt is not None and not sibling and not _in_list(b, p):
                p.kind = "heading"
        elif p.kind == "bullet" and _is_title(p.text) and "、" not in p.text and not _in_list(b, p) \
                and isinstance(nxt, _Piece) and nxt.kind in ("text", "label", "heading", "figure") \
                and not _wraps(p.text, nxt):
            p.kind = "heading"  # 「◆製造業」「○現状と課題」 alone above its text: a heading with its mark
        p.joined = p.kind == "text" and _continues(b, p)
        if p.kind == "text" and nxt is not None and _is_short_title(p.text) and not p.joined \
                and not _short_line(nxt) and not (n and _short_line(pieces[n - 1])):
            # 「現状」「具体的手法」 on a line of its own with its text below; not a run of short lines
            # (the words of a figure, a narrow column beside it)
            p.kind = "heading"
        _add_piece(b, p)


def _location(page: int | None, line: int | None) -> Location | None:
    return Location(page=page, line=line) if page is not None or line is not None else None


def _wraps(previous: str, p: _Piece) -> bool:
    """p goes on the sentence the previous line left unfinished (a line cut at the page width)."""
    return (p.kind == "text" and not previous.endswith(tuple(SENTENCE_END)) and len(previous) >= 30
            and not ENDS_ON_COUNT.search(previous))


def _is_short_title(text: str) -> bool:
    return len(text) <= _SHORT_TITLE and not re.search(r"[。、，,：:]", text)


def _in_list(b: _Builder, p: _Piece) -> bool:
    """An entry of the same kind is open: p goes on that list."""
    last = b.out[-1] if b.out else None
    return bool(b.stack) and isinstance(last, ListBlock) and any(k == p.mkind for k, _ in b.stack)


def _short_line(p: _Piece | list[Line]) -> bool:
    return isinstance(p, _Piece) and p.kind == "text" and len(p.text) <= 20 and not p.joined


def _continues(b: _Builder, p: _Piece) -> bool:
    """p would be joined to the open list entry or paragraph (the rest of a wrapped line)."""
    last = b.out[-1] if b.out else None
    if b.stack and isinstance(last, ListBlock):
        return _wraps(b.stack[-1][1][-1].text, p)
    return isinstance(last, Paragraph) and _wraps(last.text, p)


def _add_piece(b: _Builder, p: _Piece) -> None:
    last = b.out[-1] if b.out else None
    if p.kind == "heading":
        b.close()
        label, text = p.marker, p.text
        for _kind, pattern in _NUMBERED if label is None else []:
            m = pattern.match(text)
            if m and text[m.end():].strip():
                label, text = m.group(1).replace(" ", ""), text[m.end():].strip()
                break
        b.out.append(Heading(label=label, text=text, location=_location(p.page, p.line)))
        return
    if p.kind == "figure":
        b.close()
        b.out.append(Figure(caption=p.text or None, location=_location(p.page, p.line)))
        return
    if p.kind in ("bullet", "numbered"):
        _add_item(b, p)
        return
    if p.kind == "text" and b.stack and isinstance(last, ListBlock):
        item = b.stack[-1][1][-1]
        if _wraps(item.text, p):
            item.text = item.text.rstrip() + p.text
            return
    if p.kind == "text" and isinstance(last, Paragraph) and not b.stack and _wraps(last.text, p):
        last.text = last.text.rstrip() + p.text
        return
    b.close()
    b.out.append(Paragraph(text=p.text, location=_location(p.page, p.line)))


def _add_item(b: _Builder, p: _Piece) -> None:
    """An entry joins the open list: at the level of its kind of marker, or nested under the
    last entry when that entry is a short title and the marker is a new kind; else a new list."""
    kind = p.mkind or "・"
    numbered = p.kind == "numbered"
    last = b.out[-1] if b.out else None
    if b.stack and isinstance(last, ListBlock):
        kinds = [k for k, _ in b.stack]
        parent = b.stack[-1][1][-1]
        joins = True
        if kind in kinds:
            del b.stack[kinds.index(kind) + 1:]
        elif _is_title(parent.text):
            b.stack.append((kind, parent.items))
        else:
            joins = False
        if joins:
            nested = len(b.stack) > 1
            b.stack[-1][1].append(ListItem(text=p.text, marker=p.marker if numbered or nested else None))
            return
    b.close()
    block = ListBlock(marker=kind if numbered else p.marker, location=_location(p.page, p.line))
    block.items.append(ListItem(text=p.text, marker=p.marker if numbered else None))
    b.stack = [(kind, block.items)]
    b.out.append(block)

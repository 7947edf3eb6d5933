"""PDF reader (pdfplumber): the same block stream as the text reader.

Tables are found from ruling lines; the text of each cell is read from the
characters inside it, wrapped lines joined back. Text outside tables is read
line by line and wrapped lines are joined into paragraphs (a paragraph may run
over a page break). Running headers, footers and page numbers are dropped. A
table that continues on the next page is joined to its first part, without the
header row Word repeats, and a row split by the page break is put back together.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

from hattatsu.errors import InputError
from hattatsu.normalize import compact

from ..blocks import Block, Line, Table
from .pdf_layout import Paragraph, TextLine, continues, group_lines, is_full, join_wrapped, paragraphs
from .pdf_limits import check_pdf_limits

_BAND = 0.09  # share of the page height where running headers and footers sit
_PAGE_NUMBER = re.compile(r"^[-－―‐–—(（\[]*\s*(P\.?|p\.?|ページ)?\s*\d{1,4}\s*(/\s*\d{1,4})?\s*[-－―‐–—)）\]]*$")
_CELL_PADDING = 5.0


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

    def texts(self, i: int) -> list[str]:
        return [c.text for c in self.rows[i]]


@dataclass
class Page:
    number: int
    height: float
    items: list[TextLine | PageTable]


def read_pdf(data: bytes, path: str, password: str | None = None,
             max_pages: int = 300) -> tuple[list[Block], int]:
    """Blocks and page count of a PDF; InputError for what cannot be read."""
    check_pdf_limits(data, path)  # cut off, or streams that inflate past the limits
    pdf = _open(data, path, password)
    try:
        count = len(pdf.pages)
        if count > max_pages:
            raise InputError(path, f"{count} ページあり、上限 {max_pages} ページを超えています"
                                   "（--max-pages で変えられます）")
        try:
            pages = [_read_page(p, n) for n, p in enumerate(pdf.pages, 1)]
            if not any(p.items for p in pages):
                if any(p.images for p in pdf.pages):
                    raise InputError(path, "文字情報のない PDF です（スキャン画像）。先に OCR をかけてください"
                                           "（例: ocrmypdf -l jpn 入力.pdf 出力.pdf）")
                raise InputError(path, "文字のない PDF です（白紙か、図形だけのページです）")
        except InputError:
            raise
        except Exception as e:  # pdfminer raises many kinds on damaged content streams
            raise InputError(path, f"PDF が壊れています（{type(e).__name__}）") from None
    finally:
        pdf.close()
    _drop_running_heads(pages)
    return _assemble(pages), count


def _open(data: bytes, path: str, password: str | None):
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        return pdfplumber.open(io.BytesIO(data), password=password or "")
    except Exception as e:
        cause = e.args[0] if e.args and isinstance(e.args[0], Exception) else e
        if isinstance(cause, PDFPasswordIncorrect):
            if password:
                raise InputError(path, "PDF のパスワードが違います") from None
            raise InputError(path, "暗号化された PDF です（--password で開くパスワードを指定してください）") from None
        if isinstance(cause, PDFEncryptionError):
            raise InputError(path, f"この暗号化方式の PDF は開けません（{cause}）") from None
        raise InputError(path, f"PDF として読めません（壊れています: {type(cause).__name__}）") from None


def _read_page(page, number: int) -> Page:
    chars = [c for c in page.chars if c["text"]]
    found = [t for t in page.find_tables() if t.rows]
    tables: list[tuple[PageTable, list[tuple[tuple, int, int]]]] = []
    for t in found:
        columns = sorted({round(c[0], 1) for row in t.rows for c in row.cells if c})
        ptable = PageTable([[Cell("") for _ in row.cells] for row in t.rows], t.bbox[1], t.bbox[3], columns, number)
        ptable.row_pages = [number] * len(t.rows)
        cells = [(c, i, j) for i, row in enumerate(t.rows) for j, c in enumerate(row.cells) if c]
        tables.append((ptable, cells))
    body: list[dict] = []
    in_cell: dict[tuple[int, int, int], list[dict]] = {}
    for ch in chars:
        cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
        for k, (_, cells) in enumerate(tables):
            hit = next(((i, j) for (x0, top, x1, bottom), i, j in cells
                        if x0 <= cx <= x1 and top <= cy <= bottom), None)
            if hit:
                in_cell.setdefault((k, *hit), []).append(ch)
                break
        else:
            body.append(ch)
    items: list[TextLine | PageTable] = group_lines(body, number)
    for k, (ptable, cells) in enumerate(tables):
        for (_x0, _top, x1, _bottom), i, j in cells:
            lines = group_lines(in_cell.get((k, i, j), []), number)
            right = x1 - _CELL_PADDING
            paras = paragraphs(lines, right)
            ptable.rows[i][j] = Cell("\n".join(p.text for p in paras), bool(lines) and is_full(lines[-1], right),
                                     lines[-1].x1 if lines else 0.0, right, lines[0].lead if lines else 0.0)
        if len(ptable.columns) == 1:  # a boxed paragraph, not a table
            items.extend(_box_lines(ptable, in_cell, k))
        else:
            items.append(ptable)
    items.sort(key=lambda it: it.top)
    return Page(number, float(page.height), items)


def _box_lines(ptable: PageTable, in_cell: dict, k: int) -> list[TextLine]:
    out = []
    for i in range(len(ptable.rows)):
        lines = group_lines(in_cell.get((k, i, 0), []), ptable.page)
        for para in paragraphs(lines, max((ln.x1 for ln in lines), default=0)):
            first = para.lines[0]
            out.append(TextLine(para.text, first.x0, first.x1, first.top, para.lines[-1].bottom, first.size,
                                ptable.page, first.number))
    return out


def _head_key(text: str) -> str:
    return re.sub(r"\d+", "#", compact(text))


def _drop_running_heads(pages: list[Page]) -> None:
    """Remove headers, footers and page numbers: lines in the top or bottom band
    that recur on most pages, or that are only a page number."""
    def in_band(it, page: Page) -> bool:
        return isinstance(it, TextLine) and (it.bottom < page.height * _BAND or it.top > page.height * (1 - _BAND))

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


def _assemble(pages: list[Page]) -> list[Block]:
    right = _right_edge(pages)
    out: list[Paragraph | PageTable] = []
    for page in pages:
        for n, it in enumerate(page.items):
            last = out[-1] if out else None
            if isinstance(it, TextLine):
                if isinstance(last, Paragraph) and continues(last.lines[-1], it, right,
                                                             same_page=last.lines[-1].page == it.page):
                    last.lines.append(it)
                else:
                    out.append(Paragraph([it]))
            elif n == 0 and isinstance(last, PageTable) and last.page < it.page and _same_columns(last, it):
                _join(last, it)
            else:
                out.append(it)
    blocks: list[Block] = []
    for b in out:
        if isinstance(b, Paragraph):
            first = b.lines[0]
            blocks.append(Line(b.text, first.number, first.page))
        else:
            rows = [b.texts(i) for i in range(len(b.rows))]
            blocks.append(Table(rows, None, b.page, [None] * len(rows), list(b.row_pages)))
    return blocks


def _same_columns(a: PageTable, b: PageTable) -> bool:
    return len(a.columns) == len(b.columns) and all(abs(x - y) <= 3 for x, y in zip(a.columns, b.columns, strict=True))


def _join(first: PageTable, cont: PageTable) -> None:
    """Append a table's continuation: drop a repeated header row, rejoin a split row."""
    rows, pages = list(cont.rows), list(cont.row_pages)
    if rows and [c.text for c in rows[0]] == first.texts(0):
        rows, pages = rows[1:], pages[1:]
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

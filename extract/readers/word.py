"""Word (.docx) reader (python-docx): the same block stream as the text reader.

Paragraphs and tables in body order. Cells that hold tables make a layout
table (別表2 draws its organisation chart that way): its content is read in
cell order, nested tables as tables. Merged cells keep their text in the first
cell and leave the cells they cover empty; a header drawn over two rows (「目標」
spanning the years) is folded into one (merged_header.py). Labels that Word generates for
numbered paragraphs (①, (1), 1.) are put back in front of the text. Word has
no pages until it is laid out, so ``line`` is the paragraph number.

What a page shows is what is read: text inserted with changes tracked counts,
deleted and moved-away text (``w:del``, ``w:moveFrom``) does not; a field gives
its result, not its instruction; furigana (``w:ruby``) gives its base text, not
the reading above it. A text box (``w:txbxContent``) is read once, as lines of
its own after the paragraph it is anchored in: Word saves each box twice (the
DrawingML shape and a VML copy in ``mc:Fallback``), and the copy is left out.

python-docx parses the package XML with entity resolution switched off.
"""

from __future__ import annotations

import io
import re

from docx.oxml.ns import qn

from hattatsu.errors import InputError

from ..blocks import Block, Line, Table
from .base import ReadOptions, ReadResult, register
from .merged_header import Cells, fold_header
from .word_numbering import BadAttribute, Numbering, int_attr
from .word_package import check_package

_OTHER_OFFICE = {"xl/workbook.xml": "Excel ブック（.xlsx）", "ppt/presentation.xml": "PowerPoint（.pptx）"}
# Word's own (「Heading 2」, python-docx's 「heading 2」), or the forms' (templates/)
_HEADING_STYLE = re.compile(r"^(?:HT\s*)?(Heading|見出し)\s*(\d)", re.IGNORECASE)
MAX_COLUMNS = 63  # Word's own limit on the columns of a table


def read_docx(data: bytes, path: str) -> list[Block]:
    document = _open(data, path)
    try:
        reader = _Reader(Numbering(document))
        reader.container(document.element.body)
    except BadAttribute as e:
        raise InputError(path, f"DOCX が壊れています（{e}）") from None
    return reader.blocks


def _open(data: bytes, path: str):
    import docx

    names = check_package(data, path)
    if "word/document.xml" not in names:
        kind = next((v for k, v in _OTHER_OFFICE.items() if k in names), None)
        what = f"{kind}です" if kind else "Word 文書（.docx）ではない ZIP ファイルです"
        raise InputError(path, f"{what}。計画は .docx、.pdf またはテキストで渡してください")
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as e:
        raise InputError(path, f"DOCX として読めません（{type(e).__name__}: {e}）") from None


class _Reader:
    def __init__(self, numbering: Numbering) -> None:
        self.numbering = numbering
        self.blocks: list[Block] = []
        self.count = 0

    def container(self, element) -> None:
        """Paragraphs and tables of a body or a cell, in order."""
        children = list(element.iterchildren())
        for i, child in enumerate(children):
            if child.tag == qn("w:p") and _page_number(children, i):
                self.count += 1
            elif child.tag == qn("w:p"):
                self.paragraph(child)
            elif child.tag == qn("w:tbl"):
                self.table(child)
            elif child.tag == qn("w:sdt"):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    self.container(content)

    def paragraph(self, p) -> None:
        self.count += 1
        text = self.numbering.label(p) + paragraph_text(p)
        level = _heading_level(p, self.numbering)
        for part in text.split("\n"):
            if part.strip():
                self.blocks.append(Line(part, self.count, None, level))
        for box in text_boxes(p):
            self.container(box)

    def table(self, tbl) -> None:
        self.count += 1
        if tbl.find(f".//{qn('w:tc')}//{qn('w:tbl')}") is not None:
            for tc in _unique_cells(tbl):
                self.container(tc)
            return
        width = table_width(tbl)
        cells = [_row_cells(tr, self.numbering, width) for tr in tbl.iterchildren(qn("w:tr"))]
        rows = fold_header([r for r in cells if any(c and c.strip() for c in r)])
        if not rows:
            return
        if max(len(r) for r in rows) == 1:  # a boxed paragraph, not a table
            for r in rows:
                for part in r[0].split("\n"):
                    if part.strip():
                        self.blocks.append(Line(part, self.count))
            return
        self.blocks.append(Table(rows, self.count, None, [self.count] * len(rows), [None] * len(rows)))


_BARE_NUMBER = re.compile(r"\s*\d{1,3}\s*")


def _page_number(children: list, i: int) -> bool:
    """Convention (docs23, p1: a "PDF to Word" converter's file): each printed page's number kept as a paragraph of
    its own, 「3」 between empty paragraphs — no text of the plan. A bare number between paragraphs with text is
    content (a cell's figure typed a paragraph a cell), as the text reader reads it (text._drop_page_numbers)."""
    if not _BARE_NUMBER.fullmatch(paragraph_text(children[i])):
        return False
    return all(not (0 <= j < len(children)) or (children[j].tag == qn("w:p") and not paragraph_text(children[j]).strip()
                                                and not text_boxes(children[j])) for j in (i - 1, i + 1))


def paragraph_text(p) -> str:
    """Text of a w:p: runs, tabs as spaces, line breaks as newlines; deleted text, furigana and
    text boxes left out."""
    out: list[str] = []
    for el in p.iter(qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:noBreakHyphen"), qn("w:sym")):
        if _not_shown(el, p):
            continue
        if el.tag == qn("w:t"):
            out.append(el.text or "")
        elif el.tag == qn("w:tab"):
            if el.getparent().tag == qn("w:r"):
                out.append(" ")
        elif el.tag in (qn("w:br"), qn("w:cr")):
            if el.get(qn("w:type")) in (None, "textWrapping"):
                out.append("\n")
        elif el.tag == qn("w:noBreakHyphen"):
            out.append("-")
    return "".join(out)


# Between a paragraph and a piece of its text: what the page does not show in the paragraph's own
# line (deleted and moved-away text, the reading of furigana), or shows elsewhere (a text box, and the
# VML copy of a shape in mc:Fallback).
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_NOT_SHOWN = {qn("w:del"), qn("w:moveFrom"), qn("w:rt"), qn("w:txbxContent"), _FALLBACK}


def _under(el, top, tags: set[str]) -> bool:
    """Whether an element between ``el`` and ``top`` (exclusive) has one of these tags."""
    parent = el.getparent()
    while parent is not None and parent is not top:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def _not_shown(el, p) -> bool:
    return _under(el, p, _NOT_SHOWN)


def text_boxes(p) -> list:
    """The text boxes anchored in a paragraph, each once (not the VML copy of a DrawingML shape, nor
    a box inside another box, which its own box reads)."""
    boxes = p.iter(qn("w:txbxContent"))
    return [b for b in boxes if not _not_shown(b, p)] if p.find(f".//{qn('w:txbxContent')}") is not None else []


def _heading_level(p, numbering: Numbering) -> int | None:
    name = numbering.style_name(p)
    m = _HEADING_STYLE.match(name or "")
    return int(m.group(2)) if m else None


def _cell_text(tc, numbering: Numbering) -> str:
    parts = []
    for p in tc.iter(qn("w:p")):
        if _under(p, tc, {_FALLBACK}):  # the VML copy of a text box (the box itself is read in order)
            continue
        text = numbering.label(p) + paragraph_text(p)
        if text.strip():
            parts.append(text.strip())
    return "\n".join(parts)


def _row_cells(tr, numbering: Numbering, width: int = MAX_COLUMNS) -> Cells:
    """The texts of a row's grid columns, None where a merged cell covers the place. Spans
    (gridBefore, gridSpan, gridAfter) are capped at the table's width, so that a hostile span of
    400,000,000 costs nothing."""
    cells: Cells = []
    trpr = tr.find(qn("w:trPr"))
    before = trpr.find(qn("w:gridBefore")) if trpr is not None else None
    if before is not None:
        cells.extend([""] * min(int_attr(before, "w:val", 0), width))
    for tc in tr.iterchildren(qn("w:tc")):
        tcpr = tc.find(qn("w:tcPr"))
        span, merged = 1, False
        if tcpr is not None:
            gs = tcpr.find(qn("w:gridSpan"))
            span = int_attr(gs, "w:val", 1) if gs is not None else 1
            vm = tcpr.find(qn("w:vMerge"))
            merged = vm is not None and vm.get(qn("w:val"), "continue") == "continue"
        cells.append(None if merged else _cell_text(tc, numbering))
        cells.extend([None] * max(0, min(span - 1, width - len(cells))))
    return cells


def table_width(tbl) -> int:
    """Columns of a table's grid (w:tblGrid), at most Word's 63; 63 when the grid is missing."""
    grid = tbl.find(qn("w:tblGrid"))
    n = len(grid.findall(qn("w:gridCol"))) if grid is not None else 0
    return min(n, MAX_COLUMNS) if n else MAX_COLUMNS


def _unique_cells(tbl) -> list:
    """Cells of a layout table in reading order, skipping the continuations of merged cells."""
    out = []
    for tr in tbl.iterchildren(qn("w:tr")):
        for tc in tr.iterchildren(qn("w:tc")):
            vm = tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
            if vm is not None and vm.get(qn("w:val"), "continue") == "continue":
                continue
            out.append(tc)
    return out


class DocxReader:
    format = "docx"

    def sniff(self, data: bytes, path: str) -> bool:
        return data.startswith((b"PK\x03\x04", b"PK\x05\x06"))  # a zip: .docx, or another Office file we refuse

    def read(self, data: bytes, path: str, options: ReadOptions) -> ReadResult:
        return ReadResult(read_docx(data, path), self.format, line_unit="body")


register(DocxReader())

"""Narrative fields in Word, the way a person lays them out: headings in ゴシック, paragraphs,
lists one entry per paragraph with a hanging indent, tables bordered with their header rows
repeated and shaded and merged cells kept, figures as a framed placeholder with the caption.

A narrative field may arrive as a plain string (one paragraph per line, as version-1 data and
hand-written YAML give it) or as a list of blocks (the pydantic types of hattatsu.narrative, or
dicts of the same shape): ``blocks_of`` reads all three. Templates print a field with
``{{p goals.region|narrative }}``: the filter builds the blocks with python-docx against the
form being filled (as a docxtpl sub-document would), so they take the form's own styles.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from lxml import etree
from pydantic import TypeAdapter

from hattatsu.narrative import (
    Figure,
    Heading,
    ListBlock,
    ListItem,
    Narrative,
    Paragraph,
    TableBlock,
    block_lines,
    plain_text,
)
from hattatsu.normalize import circled

TEXT_WIDTH_CM = 16.0
BODY_PT = 10.5
TABLE_PT = 9.0
INDENT_PT = BODY_PT  # one character per nesting level
MINCHO, GOTHIC = "ＭＳ 明朝", "ＭＳ ゴシック"
HEADER_FILL = "D9D9D9"
NUMBER = re.compile(r"^[-−△▲]?[\d,.]+\s*(千円|円|%|％|件|者|社|回|人|名)?$")
NARRATIVE_TABLE = "hattatsu:narrative"  # tblCaption of the tables drawn here (fit_tables leaves them)
_ADAPTER = TypeAdapter(Narrative)


class NarrativeText(str):
    """A narrative field for templates: prints as its plain text (so ``{{ goals.region }}`` and
    ``|paragraphs`` read as before), and keeps its blocks for ``|narrative``."""

    blocks: list

    def __new__(cls, value: Any) -> NarrativeText:
        blocks = blocks_of(value)
        self = super().__new__(cls, plain_text(blocks) or "")
        self.blocks = blocks
        return self


def blocks_of(value: Any) -> list:
    """The blocks of a narrative field: None is no block, a string is its lines as paragraphs,
    a list of blocks or of dicts is validated into blocks."""
    if value is None:
        return []
    if isinstance(value, NarrativeText):
        return value.blocks
    return _ADAPTER.validate_python(value)


def text_of(value: Any) -> str:
    """A narrative field as plain text ('' when absent)."""
    return plain_text(blocks_of(value)) or ""


# --- markers -----------------------------------------------------------------------------------

_KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ"
_IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス"


def _numbered(kind: str, i: int) -> str | None:
    """The i-th (1-based) marker of a numbering given by its first marker (①, (1), 1., ア, (ア), a)."""
    core = kind.strip("()（）.．、 ")
    if not core:
        return None
    nth: str | None = None
    if core == "①":
        nth = circled(i)
    elif core.isdigit():
        nth = str(i)
    elif core in ("ア", "イ") and i <= len(_KANA):
        nth = _KANA[i - 1] if core == "ア" else _IROHA[i - 1]
    elif len(core) == 1 and core.isascii() and core.isalpha():
        nth = chr(ord(core) + i - 1) if i <= 26 else None
    if nth is None:
        return None
    return kind.replace(core, nth, 1)


def item_marker(block: ListBlock, item: ListItem, index: int) -> str:
    """The marker printed before an entry: its own, else the list's bullet, else the list's
    numbering counted on (a list marked 「①」 numbers its entries ①②③)."""
    if item.marker:
        return item.marker
    kind = block.marker or ""
    if len(kind) == 1 and not kind.isalnum() and kind not in "①":
        return kind
    return (_numbered(kind, index) if kind else None) or ""


def display_width(text: str) -> float:
    """Width in full-width characters (half-width letters and digits count one half)."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WFA" else 0.5 for ch in text)


# --- Word XML helpers --------------------------------------------------------------------------

def _style(doc, name: str) -> str | None:
    """The id of the paragraph style when the template has it (a user's template may not).
    Paragraphs take the id directly: python-docx's style-by-name setter scans every style
    of the document for the default on each paragraph."""
    try:
        return doc.styles[name].style_id
    except KeyError:
        return None


def _set_style(p, style_id: str | None) -> None:
    if style_id:
        p._p.get_or_add_pPr().style = style_id


def _fonts(run, east_asian: str, latin: str) -> None:
    rpr = run._r.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr, name in (("w:ascii", latin), ("w:hAnsi", latin), ("w:eastAsia", east_asian), ("w:cs", latin)):
        fonts.set(qn(attr), name)


# What follows an element in its parent (OOXML fixes the order of properties; Word refuses a
# file that breaks it).
AFTER = {
    "w:tblBorders": ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription"),
    "w:tblCellMar": ("w:tblLook", "w:tblCaption", "w:tblDescription"),
    "w:tblCaption": ("w:tblDescription",),
    "w:pBdr": ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
               "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
               "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
               "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
               "w:rPr", "w:sectPr", "w:pPrChange"),
    "w:cantSplit": ("w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden", "w:ins", "w:del",
                    "w:trPrChange"),
    "w:tblHeader": ("w:tblCellSpacing", "w:jc", "w:hidden", "w:ins", "w:del", "w:trPrChange"),
    "w:shd": ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark", "w:headers",
              "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange"),
    "w:noWrap": ("w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark", "w:headers",
                 "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange"),
}


def put(parent, el) -> None:
    """Insert a property element in its place among its parent's (once: an existing one of the
    same tag is replaced)."""
    tag = el.tag
    old = parent.find(tag)
    if old is not None:
        parent.remove(old)
    prefixed = "w:" + tag.split("}")[1]
    parent.insert_element_before(el, *AFTER.get(prefixed, ()))


def _borders(parent, tag: str, sides: tuple[str, ...], size: int = 4, space: dict[str, int] | None = None) -> None:
    box = OxmlElement(tag)
    for side in sides:
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(size))
        el.set(qn("w:space"), str((space or {}).get(side, 0)))
        el.set(qn("w:color"), "000000")
        box.append(el)
    put(parent, box)


def _paragraph(container, text: str, style: str | None, size: float | None = None):
    p = container.add_paragraph()
    _set_style(p, style)
    run = p.add_run(text)
    if size:
        run.font.size = Pt(size)
    return p


# --- blocks ------------------------------------------------------------------------------------

def add_heading(doc, container, block: Heading) -> None:
    p = _paragraph(container, f"{block.label or ''}{block.text}", _style(doc, "HT Heading 3"))
    p.paragraph_format.keep_with_next = True
    for run in p.runs:
        _fonts(run, GOTHIC, "Arial")


def add_list(doc, container, block: ListBlock) -> None:
    style = _style(doc, "HT Body")

    def entries(items: list[ListItem], depth: int) -> None:
        for i, item in enumerate(items, 1):
            marker = item_marker(block, item, i) if depth == 0 else (item.marker or "")
            p = _paragraph(container, f"{marker}{item.text}", style)
            hang = display_width(marker) * BODY_PT
            pf = p.paragraph_format
            pf.left_indent = Pt(depth * INDENT_PT + hang)
            pf.first_line_indent = Pt(-hang)
            entries(item.items, depth + 1)

    entries(block.items, 0)


MAX_COLUMNS = 63  # Word's limit; a wider table is printed as lines


def _grid(rows: list[list]) -> tuple[list[tuple[int, int, Any]], int]:
    """Where each given cell sits: (row, column, cell) with the columns that cells merged from
    above or from the left take skipped, and the number of columns. A span reaching past the
    last row or past Word's column limit is cut there (the grid stays as small as the rows)."""
    taken: set[tuple[int, int]] = set()
    placed = []
    width = 0
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while (r, c) in taken:
                c += 1
            if c >= MAX_COLUMNS:
                return placed, c + 1  # too wide for Word
            cell = cell.model_copy(update={"rowspan": min(cell.rowspan, len(rows) - r),
                                           "colspan": min(cell.colspan, MAX_COLUMNS - c)})
            placed.append((r, c, cell))
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    taken.add((r + dr, c + dc))
            c += cell.colspan
            width = max(width, c)
    return placed, width


def column_widths(block: TableBlock, placed: list, ncols: int) -> list[float]:
    """Widths in cm sharing the text width by the longest text of each column (a column of
    short numbers stays narrow, none narrower than 1.2 cm)."""
    need = [2.0] * ncols
    for _, c, cell in placed:
        if cell.colspan == 1:
            longest = max((display_width(line) for line in cell.text.split("\n")), default=0)
            need[c] = max(need[c], min(longest, 24.0))
    total = sum(need)
    widths = [max(1.2, TEXT_WIDTH_CM * n / total) for n in need]
    scale = TEXT_WIDTH_CM / sum(widths)
    return [w * scale for w in widths]


def add_table(doc, container, block: TableBlock) -> None:
    if not block.rows:
        return
    placed, ncols = _grid(block.rows)
    if ncols > MAX_COLUMNS:  # as lines, cells separated by a tab, rather than lost
        for line in block_lines(block):
            _paragraph(container, line, _style(doc, "HT Body"))
        return
    nrows = len(block.rows)
    table = container.add_table(rows=nrows, cols=ncols)
    if _style(doc, "Table Grid"):
        table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    tblpr = table._tbl.tblPr
    _borders(tblpr, "w:tblBorders", ("top", "left", "bottom", "right", "insideH", "insideV"))
    caption = OxmlElement("w:tblCaption")
    caption.set(qn("w:val"), NARRATIVE_TABLE)
    put(tblpr, caption)
    widths = column_widths(block, placed, ncols)
    for col, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(int(Cm(w).twips)))
    # The grid's cells taken once, before any merge (python-docx's table.cell(r, c) walks the
    # whole table on every call): merging one placed cell leaves the others' elements as they are.
    grid = table._cells
    for i, cell in enumerate(grid):
        cell.width = Cm(widths[i % ncols])
    style = _style(doc, "HT Table")
    header = min(block.header_rows, nrows)
    for r, c, given in placed:
        cell = grid[r * ncols + c]
        last = grid[(min(r + given.rowspan, nrows) - 1) * ncols + min(c + given.colspan, ncols) - 1]
        if last._tc is not cell._tc:
            cell = cell.merge(last)
        lines = given.text.split("\n")
        _set_style(cell.paragraphs[0], style)
        cell.paragraphs[0].add_run(lines[0])
        for line in lines[1:]:
            _paragraph(cell, line, style)
        if r < header:
            for p in cell.paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for run in p.runs:
                    run.bold = True
            shd = OxmlElement("w:shd")
            shd.set(qn("w:val"), "clear")
            shd.set(qn("w:color"), "auto")
            shd.set(qn("w:fill"), HEADER_FILL)
            put(cell._tc.get_or_add_tcPr(), shd)
        elif NUMBER.match(given.text.strip()):
            for p in cell.paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER  # numbers centred
    for i, row in enumerate(table.rows):
        trpr = row._tr.get_or_add_trPr()
        put(trpr, OxmlElement("w:cantSplit"))
        if i < header:
            put(trpr, OxmlElement("w:tblHeader"))  # repeated on each page the table runs onto
    # a paragraph after the table, so that two tables in a row stay two tables
    _paragraph(container, "", style or _style(doc, "HT Body"), size=4)


def add_figure(doc, container, block: Figure) -> None:
    """A framed box where the picture goes, the caption inside it."""
    p = _paragraph(container, f"（図）{block.caption}" if block.caption else "（図）", _style(doc, "HT Body"))
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pf = p.paragraph_format
    pf.space_before, pf.space_after = Pt(6), Pt(6)
    # the border stands 30 pt above and below the caption: a box where the picture goes
    _borders(p._p.get_or_add_pPr(), "w:pBdr", ("top", "left", "bottom", "right"), size=6,
             space={"top": 30, "bottom": 30, "left": 4, "right": 4})


def add_blocks(doc, container, value: Any) -> None:
    """Every block of a narrative field appended to ``container`` (a document or a sub-document
    whose styles are ``doc``'s)."""
    for block in blocks_of(value):
        if isinstance(block, Heading):
            add_heading(doc, container, block)
        elif isinstance(block, Paragraph):
            _paragraph(container, block.text, _style(doc, "HT Body"))
        elif isinstance(block, ListBlock):
            add_list(doc, container, block)
        elif isinstance(block, TableBlock):
            add_table(doc, container, block)
        elif isinstance(block, Figure):
            add_figure(doc, container, block)


def narrative_filter(tpl):
    """The ``narrative`` filter for one docxtpl template: a field's blocks as Word XML that
    replaces the paragraph of its ``{{p … }}`` tag. The blocks are built in a scratch document
    that shares the form's part, so they take the form's styles."""
    import docx
    from markupsafe import Markup

    form = tpl.get_docx()
    scratch = docx.Document()
    scratch._part = form.part
    body = scratch.element.body

    def narrative(value: Any) -> Markup:
        for el in list(body):
            if el.tag != qn("w:sectPr"):
                body.remove(el)
        add_blocks(form, scratch, value)
        return Markup("".join(etree.tostring(el, encoding="unicode") for el in body if el.tag != qn("w:sectPr")))

    return narrative

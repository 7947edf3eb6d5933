"""Build Word and PDF versions of the synthetic text plans in ``corpus/``.

Real submissions are PDFs printed from Word. This script writes each synthetic
plan as a .docx the way a chamber would (ruled tables, page breaks before each
別表, a header and a page-number footer on every page, ① lists numbered by
Word itself, 別表2's organisation chart as nested tables, 別表3 breaking across
a page with its header row repeated) and converts it with LibreOffice::

    python tests/build_documents.py OUTDIR [--no-pdf]

The outputs are built by the tests into a temporary folder and never committed.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from hattatsu.extract.blocks import Line, Table
from hattatsu.extract.readers.text import read_text
from hattatsu.generate.libreoffice import to_pdf
from hattatsu.normalize import circled_number, compact
from hattatsu.templates.build_templates import page_number_footer

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
MINCHO, GOTHIC = "ＭＳ 明朝", "ＭＳ ゴシック"
_HEADING = re.compile(r"^(\(|（)別表|^\d+\.|^[IVX]+\.|^経営発達支援計画")
_SHEET = re.compile(r"^[(（]別表([1-4１-４])[)）]")


def synthetic_plans() -> list[Path]:
    return sorted(CORPUS.glob("*_plan_*.txt"))


def _set_font(run_or_style, name: str) -> None:
    run_or_style.font.name = name
    rpr = run_or_style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        fonts.set(qn(attr), name)


class _Numbering:
    """Word-generated ① labels: one w:num per list, restarted at ①."""

    def __init__(self, doc) -> None:
        self.part = doc.part.numbering_part.element
        abstract = OxmlElement("w:abstractNum")
        abstract.set(qn("w:abstractNumId"), "90")
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), "0")
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimalEnclosedCircle"), ("w:suff", "nothing"),
                         ("w:lvlText", "%1"), ("w:lvlJc", "left")):
            el = OxmlElement(tag)
            el.set(qn("w:val"), val)
            lvl.append(el)
        abstract.append(lvl)
        self.part.insert(0, abstract)
        self.next_id = 90
        self.current: int | None = None
        self.count = 0

    def label(self, paragraph, number: int) -> bool:
        """Give the paragraph a Word-numbered label when it continues (or starts) a list."""
        if number == 1:
            self.next_id += 1
            num = OxmlElement("w:num")
            num.set(qn("w:numId"), str(self.next_id))
            ref = OxmlElement("w:abstractNumId")
            ref.set(qn("w:val"), "90")
            num.append(ref)
            override = OxmlElement("w:lvlOverride")
            override.set(qn("w:ilvl"), "0")
            start = OxmlElement("w:startOverride")
            start.set(qn("w:val"), "1")
            override.append(start)
            num.append(override)
            self.part.append(num)
            self.current, self.count = self.next_id, 0
        if self.current is None or number != self.count + 1:
            return False
        self.count = number
        ppr = paragraph._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        for tag, val in (("w:ilvl", "0"), ("w:numId", str(self.current))):
            el = OxmlElement(tag)
            el.set(qn("w:val"), val)
            numpr.append(el)
        ppr.insert(0, numpr)
        return True


def _grid_table(container, rows: list[list[str]], widths: list[float] | None = None, ruled: bool = True):
    ncols = max(len(r) for r in rows)
    table = container.add_table(rows=0, cols=ncols)
    if ruled:  # without: Word's default table style, which draws no lines (as Excel exports and borderless styles)
        table.style = "Table Grid"
    for row in rows:
        cells = table.add_row().cells
        for i in range(ncols):
            cells[i].text = row[i] if i < len(row) else ""
    if widths:
        table.autofit = False
        for col, w in zip(table.columns, widths, strict=False):
            col.width = Cm(w)
        for row in table.rows:
            for i, w in enumerate(widths[:ncols]):
                row.cells[i].width = Cm(w)
    return table


def _widths(rows: list[list[str]], total: float = 16.0) -> list[float]:
    ncols = max(len(r) for r in rows)
    if ncols == 1:
        return [total]
    first = min(6.0 if ncols > 3 else 3.0, total / 2)
    return [first] + [(total - first) / (ncols - 1)] * (ncols - 1)


def _repeat_header(table) -> None:
    trpr = table.rows[0]._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:tblHeader"))


def _org_chart(doc, rows: list[list[str]], ruled: bool = True) -> None:
    """別表2 (1): a borderless layout table whose cells hold the boxes as nested tables."""
    groups: list[tuple[str, list[list[str]]]] = []
    for row in rows:
        cells = [c for c in row if c.strip()]
        if len(cells) == 1:
            groups.append((cells[0], []))
        elif groups:
            groups[-1][1].append(cells)
    outer = doc.add_table(rows=len(groups), cols=1)
    for (title, staff), row in zip(groups, outer.rows, strict=True):
        cell = row.cells[0]
        cell.paragraphs[0].text = title
        if staff:
            _grid_table(cell, staff, [5.0, 3.0], ruled)
            cell.add_paragraph()


def build_docx(text_path: Path, out: Path, org_chart: bool = True, ruled: bool = True, word=None) -> Path:
    """The text plan as a Word file; ``org_chart`` draws 別表2 (1) as nested tables; ``ruled=False``
    draws every table without lines (only the alignment of the text shows the columns); ``word``, a
    variant's Style, draws what its Word-native conventions name in Word's own structures
    (tests/variants/word.py)."""
    blocks, _ = read_text(text_path.read_bytes(), str(text_path))
    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.5)
    section.left_margin, section.right_margin = Cm(2.5), Cm(2.5)
    normal = doc.styles["Normal"]
    _set_font(normal, MINCHO)
    normal.font.size = Pt(10.5)
    chamber = re.search(r"\S+?商工会(議所)?", text_path.read_text(encoding="utf-8"))
    header = section.header.paragraphs[0]
    header.text = f"経営発達支援計画（{chamber.group(0) if chamber else text_path.stem}）"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_number_footer(section.footer.paragraphs[0])

    numbering = _Numbering(doc)
    native, held = None, {}
    if word is not None:
        from tests.variants.word import WordNative

        native = WordNative(doc, word)
        held = native.prepare(blocks)
    sheet = None
    in_org_chart = False
    for index, block in enumerate(blocks):
        if index in held:  # 別表3 drawn as one table with its caption and 調達方法
            if isinstance(block, Table):
                native.funding(block.rows, held[index])
            continue
        if isinstance(block, Table):
            if native is not None and native.table(block.rows, sheet, _widths(block.rows)) is not None:
                continue
            if in_org_chart and len([c for c in block.rows[0] if c.strip()]) == 1:  # (docs24: a chart under its
                _org_chart(doc, block.rows, ruled)  # body's title row; a 「役職 | 人数」 list is a grid)
                continue
            if sheet == "3":
                # start the table low on its page so that it breaks across two pages
                spacer = doc.add_paragraph()
                spacer.paragraph_format.space_before = Pt(500)
            table = _grid_table(doc, block.rows, _widths(block.rows), ruled)
            if sheet == "3":
                _repeat_header(table)
            continue
        assert isinstance(block, Line)
        text = block.text
        m = _SHEET.match(compact(text))
        if m:
            sheet = m.group(1)
        in_org_chart = org_chart and sheet == "2" and compact(text).startswith("(1)")
        p = native.line(text, sheet, index) if native is not None else None
        if p is not None:
            p.paragraph_format.page_break_before = bool(m) or None
            continue
        p = doc.add_paragraph()
        if m:
            p.paragraph_format.page_break_before = True
        number = circled_number(text[:1]) if text else None
        if number and numbering.label(p, number):
            text = text[1:]
        run = p.add_run(text)
        if _HEADING.match(compact(text)):
            _set_font(run, GOTHIC)
            run.bold = True
    if native is not None:
        native.finish()
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(out)
    return out


def docx_to_pdf(docx: Path, outdir: Path, password: str | None = None) -> Path:
    """Print with LibreOffice headless, encrypted with an open password when one is given."""
    export = "pdf"
    if password:
        export = ('pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
                  f'"DocumentOpenPassword":{{"type":"string","value":"{password}"}}}}')
    return to_pdf(docx, outdir, export)


def scan_pdf(out: Path) -> Path:
    """A one-page PDF holding only an image, as a scanner makes it (no text layer)."""
    pixels = bytes((x * 16 + y) % 256 for y in range(16) for x in range(16))
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</XObject<</Im0 4 0 R>>>>/Contents 5 0 R>>",
        b"<</Type/XObject/Subtype/Image/Width 16/Height 16/ColorSpace/DeviceGray/BitsPerComponent 8/Length 256>>"
        b"\nstream\n" + pixels + b"\nendstream",
    ]
    content = b"q 495 0 0 742 50 50 cm /Im0 Do Q"
    objects.append(b"<</Length %d>>\nstream\n" % len(content) + content + b"\nendstream")
    data = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(data))
        data += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    data += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    data += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    out.write_bytes(bytes(data))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--no-pdf", action="store_true")
    ap.add_argument("--borderless", action="store_true", help="tables without ruling lines")
    args = ap.parse_args(argv)
    for plan in synthetic_plans():
        docx = build_docx(plan, args.outdir / (plan.stem + ".docx"), ruled=not args.borderless)
        print(docx)
        if not args.no_pdf:
            print(docx_to_pdf(docx, args.outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main())

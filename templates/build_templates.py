"""Build the Word templates of the submission forms (docxtpl / Jinja tags written with python-docx).

    python templates/build_templates.py [OUTDIR]      # default: this folder

Writes summary.docx (経営発達支援計画の概要), beppyo1.docx … beppyo4.docx (別表1–4).
A4 portrait, 25 mm margins, 明朝 body and ゴシック headings (the East Asian
font set as well as the Latin one), a page number in the footer, each 別表
with its label 「（別表N）」 at the top left. The variables the templates use
are listed in templates/README.md; `hattatsu generate` fills them from the plan.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
MINCHO, GOTHIC, LATIN = "ＭＳ 明朝", "ＭＳ ゴシック", "Century"
TEXT_WIDTH_CM = 16.0


def _fonts(style_or_run, east_asian: str, latin: str = LATIN) -> None:
    rpr = style_or_run.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:eastAsia"), east_asian)
    fonts.set(qn("w:cs"), latin)


def _style(doc, name: str, east_asian: str, size: float, bold: bool = False, base: str = "Normal"):
    st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = doc.styles[base]
    _fonts(st, east_asian, "Century" if east_asian == MINCHO else "Arial")
    st.font.size = Pt(size)
    st.font.bold = bold
    pf = st.paragraph_format
    pf.space_before, pf.space_after, pf.line_spacing = Pt(0), Pt(0), 1.0
    return st


def new_document():
    """An empty A4 form with the styles every template shares."""
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin = sec.bottom_margin = sec.left_margin = sec.right_margin = Cm(2.5)
    sec.header_distance, sec.footer_distance = Cm(1.2), Cm(1.2)
    normal = doc.styles["Normal"]
    _fonts(normal, MINCHO)
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "ja-JP")
    normal.element.get_or_add_rPr().append(lang)
    body = _style(doc, "HT Body", MINCHO, 10.5)
    body.paragraph_format.space_after = Pt(2)
    label = _style(doc, "HT Label", GOTHIC, 10.5, bold=True)
    label.paragraph_format.page_break_before = True  # each 別表 starts a page
    title = _style(doc, "HT Title", GOTHIC, 12, bold=True)
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_after = Pt(6)
    h1 = _style(doc, "HT Heading 1", GOTHIC, 11, bold=True)
    h1.paragraph_format.space_before = Pt(8)
    h1.paragraph_format.keep_with_next = True
    h2 = _style(doc, "HT Heading 2", GOTHIC, 10.5, bold=True)
    h2.paragraph_format.space_before = Pt(4)
    h2.paragraph_format.keep_with_next = True
    h3 = _style(doc, "HT Heading 3", GOTHIC, 10.5)
    h3.paragraph_format.keep_with_next = True
    _style(doc, "HT Table", MINCHO, 9)
    _style(doc, "HT Cell", MINCHO, 10.5)  # tables printed in the body's size (別表3, 別表4)
    note = _style(doc, "HT Note", MINCHO, 9)
    note.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _footer(doc)
    return doc


def _footer(doc) -> None:
    page_number_footer(doc.sections[0].footer.paragraphs[0])


def page_number_footer(p) -> None:
    """「- N -」 centred: the page number as a Word field."""
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("- ")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    p._p.append(fld)
    p.add_run(" -")


def para(doc_or_cell, text: str, style: str = "HT Body"):
    p = doc_or_cell.add_paragraph(text, style=style)
    return p


def tag(doc_or_cell, text: str) -> None:
    """Paragraphs each holding one {%p … %} tag (docxtpl keeps one tag per paragraph
    and removes the paragraph around it)."""
    for one in re.findall(r"\{%p.*?%\}", text):
        doc_or_cell.add_paragraph(one, style="HT Body")


def table(doc, rows: int, cols: int, widths: list[float] | None = None, style: str = "HT Table"):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    widths = widths or [TEXT_WIDTH_CM / cols] * cols
    for col, w in zip(t.columns, widths, strict=True):
        col.width = Cm(w)
    for row in t.rows:
        for cell, w in zip(row.cells, widths, strict=True):
            cell.width = Cm(w)
            cell.paragraphs[0].style = style
    return t


def shade(cell, fill: str = "D9D9D9") -> None:
    """A heading cell of a form, shaded as the printed forms shade theirs."""
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def first_tag(cell, text: str) -> None:
    """Tags at the top of a cell: the cell's own first paragraph holds the first one."""
    tags = re.findall(r"\{%p.*?%\}", text)
    cell.paragraphs[0].text = tags[0]
    for one in tags[1:]:
        cell.add_paragraph(one, style="HT Table")


def cell_text(cell, text: str) -> None:
    cell.paragraphs[0].text = text


def multiline(doc_or_cell, expr: str, style: str = "HT Body") -> None:
    """The paragraphs of a text field: one Word paragraph per line."""
    tag(doc_or_cell, f"{{%p for line in {expr}|paragraphs %}}")
    para(doc_or_cell, "{{ line }}", style)
    tag(doc_or_cell, "{%p endfor %}")


def narrative(doc, expr: str) -> None:
    """A narrative field as its blocks (headings, paragraphs, lists, tables, figures): the
    ``narrative`` filter replaces this paragraph with them."""
    para(doc, f"{{{{p {expr}|narrative }}}}")


def sheet_label(doc, n: int) -> None:
    para(doc, f"（別表{'１２３４'[n - 1]}）", "HT Label")


def year_table(doc, table_var: str, corner: str = "", style: str = "HT Table") -> None:
    """A table by fiscal year (目標, 別表3): one column per header cell by {%tc}, one row
    per entry of ``<table_var>.rows`` by {%tr}, each a label and its cells."""
    t = table(doc, 3, 4, [5.0, 0.1, 10.8, 0.1], style)
    hdr, body, end = t.rows
    cell_text(hdr.cells[0], corner)
    cell_text(hdr.cells[1], f"{{%tc for h in {table_var}.header %}}")
    cell_text(hdr.cells[2], "{{ h }}")
    cell_text(hdr.cells[3], "{%tc endfor %}")
    cell_text(body.cells[0], f"{{%tr for row in {table_var}.rows %}}")
    cell_text(end.cells[0], "{%tr endfor %}")
    # the row between the two {%tr} rows is repeated: label, then one cell per column
    row = t.add_row()
    for cell in row.cells:
        cell.paragraphs[0].style = style
    row._tr.getparent().remove(row._tr)
    body._tr.addnext(row._tr)
    cell_text(row.cells[0], "{{ row.label }}")
    cell_text(row.cells[1], "{%tc for c in row.cells %}")
    cell_text(row.cells[2], "{{ c }}")
    cell_text(row.cells[3], "{%tc endfor %}")


def build_summary(out: Path) -> None:
    doc = new_document()
    para(doc, "経営発達支援計画の概要", "HT Title")
    t = table(doc, 5, 2, [3.0, 13.0])
    labels = ["実施者名", "実施期間", "目標", "事業内容", "連絡先"]
    for row, label in zip(t.rows, labels, strict=True):
        cell_text(row.cells[0], label)
    c = t.rows[0].cells[1]
    first_tag(c, "{%p for imp in summary.implementers %}")
    para(c, "{{ imp }}", "HT Table")
    tag(c, "{%p endfor %}")
    cell_text(t.rows[1].cells[1], "{{ summary.period }}")
    c = t.rows[2].cells[1]
    first_tag(c, "{%p for o in summary.objectives %}")
    para(c, "（{{ loop.index }}）{{ o }}", "HT Table")
    tag(c, "{%p endfor %}")
    c = t.rows[3].cells[1]
    c.paragraphs[0].text = "経営発達支援事業の内容"
    tag(c, "{%p for a in summary.activities %}")
    para(c, "{{ a }}", "HT Table")
    tag(c, "{%p endfor %}")
    c = t.rows[4].cells[1]
    first_tag(c, "{%p for block in summary.contacts %}{%p if not loop.first %}")
    para(c, "", "HT Table")  # the chamber's and the 市町村's contacts: two blocks
    tag(c, "{%p endif %}{%p for line in block %}")
    para(c, "{{ line }}", "HT Table")
    tag(c, "{%p endfor %}{%p endfor %}")
    doc.save(out)


def build_beppyo1(out: Path) -> None:
    doc = new_document()
    sheet_label(doc, 1)
    para(doc, "経営発達支援計画", "HT Title")
    para(doc, "1. 目標", "HT Heading 1")
    para(doc, "(1) 地域の現状及び課題", "HT Heading 2")
    narrative(doc, "goals.region")
    para(doc, "(2) 小規模事業者に対する長期的な振興のあり方", "HT Heading 2")
    narrative(doc, "goals.long_term")
    para(doc, "(3) 経営発達支援事業の目標", "HT Heading 2")
    tag(doc, "{%p for o in goals.objectives %}")
    para(doc, "{{ o.heading }}", "HT Heading 3")
    narrative(doc, "o.text")
    tag(doc, "{%p endfor %}")
    para(doc, "2. 経営発達支援計画の実施期間、目標の達成方針", "HT Heading 1")
    para(doc, "(1) 経営発達支援事業の実施期間（{{ period.text }}）", "HT Heading 2")
    para(doc, "(2) 目標の達成に向けた方針", "HT Heading 2")
    tag(doc, "{%p for p in policies %}")
    para(doc, "{{ p.heading }}", "HT Heading 3")
    narrative(doc, "p.text")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p for part in parts %}")
    para(doc, "{{ part.heading }}", "HT Heading 1")
    tag(doc, "{%p for item in part.entries %}")
    para(doc, "{{ item.heading }}", "HT Heading 1")
    tag(doc, "{%p for g in item.groups %}")
    tag(doc, "{%p if g.title %}")
    para(doc, "{{ g.title }}", "HT Heading 2")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p for s in g.sections %}")
    para(doc, "{{ s.heading }}", "HT Heading 2")
    tag(doc, "{%p if s.kind == 'targets' %}{%p for t in s.tables %}")
    tag(doc, "{%p if t.unit_note %}")
    para(doc, "{{ t.unit_note }}", "HT Note")
    tag(doc, "{%p endif %}")
    year_table(doc, "t", "{{ t.corner }}")
    tag(doc, "{%p endfor %}{%p elif s.kind == 'activities' %}{%p for a in s.activities %}")
    tag(doc, "{%p if a.title %}")
    para(doc, "{{ a.title }}", "HT Heading 3")
    tag(doc, "{%p endif %}")
    narrative(doc, "a.text")
    tag(doc, "{%p endfor %}{%p else %}")
    narrative(doc, "s.text")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endfor %}")
    doc.save(out)


def build_beppyo2(out: Path) -> None:
    doc = new_document()
    sheet_label(doc, 2)
    para(doc, "経営発達支援事業の実施体制", "HT Title")
    para(doc, "（{{ organization.as_of }}現在）", "HT Note")
    para(doc, "(1) 実施体制（商工会又は商工会議所の経営発達支援事業実施に係る体制／関係市町村の経営発達支援事業実施に"
              "係る体制／商工会又は商工会議所と関係市町村の共同体制／経営指導員の関与体制 等）", "HT Heading 2")
    tag(doc, "{%p for b in organization.structure_blocks %}")
    tag(doc, "{%p if b.kind == 'staff' %}")
    t = table(doc, 3, 2, [6.0, 3.0])
    cell_text(t.rows[0].cells[0], "{%tr for s in b.rows %}")
    cell_text(t.rows[1].cells[0], "{{ s.role }}")
    cell_text(t.rows[1].cells[1], "{{ s.count }}")
    cell_text(t.rows[2].cells[0], "{%tr endfor %}")
    tag(doc, "{%p else %}")
    narrative(doc, "b.text")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endfor %}")
    para(doc, "(2) 商工会及び商工会議所による小規模事業者の支援に関する法律第7条第5項に規定する経営指導員による"
              "情報の提供及び助言に係る実施体制", "HT Heading 2")
    para(doc, "①当該経営指導員の氏名、連絡先", "HT Heading 3")
    tag(doc, "{%p for a in organization.legal_advisors %}")
    para(doc, "■氏名：{{ a.name }}")
    para(doc, "■連絡先：{{ a.contact }}")
    tag(doc, "{%p endfor %}")
    para(doc, "②当該経営指導員による情報の提供及び助言（手段、頻度 等）", "HT Heading 3")
    narrative(doc, "organization.advice")
    para(doc, "③広域経営指導員の当否", "HT Heading 3")
    multiline(doc, "organization.wide_area")
    para(doc, "(3) {{ organization.contacts_heading }}", "HT Heading 2")
    tag(doc, "{%p for c in organization.contacts %}")
    para(doc, "{{ c.heading }}", "HT Heading 3")
    tag(doc, "{%p for line in c.lines %}")
    para(doc, "{{ line }}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endfor %}")
    doc.save(out)


def build_beppyo3(out: Path) -> None:
    doc = new_document()
    sheet_label(doc, 3)
    para(doc, "経営発達支援事業の実施に必要な資金の額及びその調達方法", "HT Title")
    para(doc, "（単位 {{ funding.unit }}）", "HT Note")
    year_table(doc, "funding", style="HT Cell")
    para(doc, "（備考）必要な資金の額については、見込み額を記載すること。", "HT Body")
    t = table(doc, 2, 1, [TEXT_WIDTH_CM], "HT Cell")
    cell_text(t.rows[0].cells[0], "調達方法")
    cell_text(t.rows[1].cells[0], "{{ funding.sources }}")
    para(doc, "（備考）調達方法については、想定される調達方法を記載すること。", "HT Body")
    doc.save(out)


def build_beppyo4(out: Path) -> None:
    doc = new_document()
    sheet_label(doc, 4)
    para(doc, "商工会及び商工会議所以外の者と連携して経営発達支援事業を実施する場合の連携に関する事項", "HT Title")
    # the form's table: each heading row above the cell that holds its entries; left empty
    # (to be filled in) when the plan names no partner, 「連携者なし」 when it says so
    fields = (("連携して事業を実施する者の氏名又は名称及び住所並びに法人にあっては、その代表者の氏名", "entry"),
              ("連携して実施する事業の内容", "content"), ("連携して事業を実施する者の役割", "role"),
              ("連携体制図等", None))
    t = table(doc, 2 * len(fields), 1, [TEXT_WIDTH_CM], "HT Cell")
    for i, (heading, field) in enumerate(fields):
        head, body = t.rows[2 * i], t.rows[2 * i + 1]
        cell_text(head.cells[0], heading)
        shade(head.cells[0])
        body.height = Cm(2.5 if field else 5.0)
        c = body.cells[0]
        if field == "entry":
            first_tag(c, "{%p if partners.none %}")
            para(c, "連携者なし", "HT Cell")
            tag(c, "{%p endif %}{%p for p in partners.entries %}")
        elif field:
            first_tag(c, "{%p for p in partners.entries %}")
        if field:
            para(c, f"{{{{ p.{field} }}}}", "HT Cell")
            tag(c, "{%p endfor %}")
    doc.save(out)


BUILDERS = {"summary.docx": build_summary, "beppyo1.docx": build_beppyo1, "beppyo2.docx": build_beppyo2,
            "beppyo3.docx": build_beppyo3, "beppyo4.docx": build_beppyo4}


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else HERE
    out.mkdir(parents=True, exist_ok=True)
    for name, build in BUILDERS.items():
        build(out / name)
        print(out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

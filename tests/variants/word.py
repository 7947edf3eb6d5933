"""Word's own structures, for the Word-native conventions of the variant bed (word14).

``tests/build_documents.build_docx`` writes the rendered text as paragraphs and
tab-row tables; with a variant's style it hands this module the lines and tables
it draws differently, the way the ministry's Word form and the many hands that
edit it make them:

- the 概要 as a bordered two-column table (「実施者名（法人番号）」…, content cells of
  several paragraphs and line breaks, a 連絡先 row);
- headings numbered by Word (``w:numPr`` and numbering.xml: decimal 「3.」,
  「(1)」, decimalFullWidth 「３．」, decimalEnclosedParen 「⑴」, upperRoman parts,
  aiueoFullWidth 「ア」 in cells) in Heading 1/2/3 styles, the number not in the text;
- 目標 tables with 「目標」 spanning the year columns over a second header row, the
  other header cells merged down, group rows spanning the table, the label of a
  pair of rows merged down, units in a 単位 column;
- 別表3 with 「（単位 千円）」 in a caption row spanning the table, 調達方法 in a table of its
  own below (label cell and text cell), as the form draws it;
- tracked changes left in (insertions, deletions, moves), comments, bookmarks and
  fields (``w:fldSimple``, ``w:fldChar``) in the running text and target cells;
- paragraphs in runs split across formatting (bold numbers), furigana
  (``w:ruby``), soft hyphens, indents by tabs and full-width spaces;
- the 別表 labels in text boxes (DrawingML with its VML fallback, as Word saves them).

Every change keeps what a reader should read: the bed expects the same data.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm

from hattatsu.normalize import compact, is_fiscal_year_label

_SHEET = re.compile(r"^[(（]別表[1-4１-４][)）]$")
_DOT = re.compile(r"^(\d{1,2})\. (\S.*)$")
_PAREN = re.compile(r"^\((\d{1,2})\) (\S.*)$")
_PART = re.compile(r"^(I{1,3})\. (\S.*)$")
# docs21: an item's 目標 heading, however numbered (「(2) 目標」「（目標）（単位：件）」「ア　目標」「b. 目標」
# 「（ウ）目標」)
_TARGETS_HEADING = re.compile(r"(?:\(\d{1,2}\)|[a-h]\.|[ア-オ]|\([ア-オ]\))?[【(]?目標[】)]?(?:\(単位:[^()]+\))?")
_UNIT_NOTE = re.compile(r"\(単位:[^()]+\)")
_KANA = "アイウエオカキクケコ"
_KANA_LABEL = re.compile(f"^([{_KANA}]) (\\S.*)$")
_VALUE = re.compile(r"^(-?[\d,]+(?:\.\d+)?)\s?([^\d\s.,()（）]{1,4})$")
_RUBY = {"商工会": "しょうこうかい", "小規模事業者": "しょうきぼじぎょうしゃ", "経営指導員": "けいえいしどういん"}
_ASCII_WORD = re.compile(r"[A-Za-z]{4,}")


def _w(tag: str, **attrs: str):
    el = OxmlElement(f"w:{tag}")
    for k, v in attrs.items():
        el.set(qn(f"w:{k}"), v)
    return el


def _run(text: str, bold: bool = False, deleted: bool = False):
    r = _w("r")
    if bold:
        rpr = _w("rPr")
        rpr.append(_w("b"))
        r.append(rpr)
    t = _w("delText" if deleted else "t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(t)
    return r


class _Lists:
    """numbering.xml lists of one variant: one single-level list per kind of label, a new w:num
    restarting at the printed number wherever the numbers do not run on."""

    # kind: (numFmt, lvlText, suffix), per numbering style
    KINDS: ClassVar[dict[str, dict[str, tuple[str, str, str]]]] = {
        "decimal": {"dot": ("decimal", "%1.", "space"), "paren": ("decimal", "(%1)", "space"),
                    "part": ("upperRoman", "%1.", "space"), "kana": ("aiueoFullWidth", "%1", "space")},
        "enclosed": {"dot": ("decimalFullWidth", "%1．", "tab"), "paren": ("decimalEnclosedParen", "%1", "space"),
                     "part": ("upperRoman", "%1.", "tab"), "kana": ("aiueoFullWidth", "%1", "space")},
    }

    def __init__(self, doc, scheme: str) -> None:
        self.part = doc.part.numbering_part.element
        self.kinds = self.KINDS[scheme]
        self.abstract: dict[str, int] = {}
        self.current: dict[str, tuple[int, int]] = {}  # kind: (numId, last number)
        self.next_id = 200
        for i, (kind, (fmt, text, suffix)) in enumerate(self.kinds.items()):
            aid = 200 + i
            abstract = _w("abstractNum", abstractNumId=str(aid))
            abstract.append(_w("multiLevelType", val="singleLevel"))
            lvl = _w("lvl", ilvl="0")
            for tag, val in (("start", "1"), ("numFmt", fmt), ("suff", suffix), ("lvlText", text), ("lvlJc", "left")):
                lvl.append(_w(tag, val=val))
            abstract.append(lvl)
            self.part.insert(0, abstract)
            self.abstract[kind] = aid

    def number(self, paragraph_element, kind: str, n: int) -> None:
        num_id, last = self.current.get(kind, (0, 0))
        if n != last + 1 or not num_id:
            self.next_id += 1
            num_id = self.next_id
            num = _w("num", numId=str(num_id))
            num.append(_w("abstractNumId", val=str(self.abstract[kind])))
            override = _w("lvlOverride", ilvl="0")
            override.append(_w("startOverride", val=str(n)))
            num.append(override)
            self.part.append(num)
        self.current[kind] = (num_id, n)
        ppr = paragraph_element.get_or_add_pPr()
        numpr = _w("numPr")
        numpr.append(_w("ilvl", val="0"))
        numpr.append(_w("numId", val=str(num_id)))
        ppr.insert(0 if ppr.find(qn("w:pStyle")) is None else 1, numpr)


class WordNative:
    """The Word-native parts of one variant's document (``style``: the variant's Style)."""

    def __init__(self, doc, style: Any) -> None:
        self.doc = doc
        self.style = style
        self.lists = _Lists(doc, style.docx_numbering) if style.docx_numbering in _Lists.KINDS else None
        self.levels = _Levels(doc) if style.docx_numbering == "levels" else None  # docs24
        self.boxes = 0
        self.tables: list[Any] = []  # 目標 tables, for their cells' revisions
        self.nest_at: set[int] = set()  # docs21: indexes of the 目標 headings whose part is drawn in a box
        self.cell = None  # the box's cell being filled (its heading, unit notes and nested tables)
        self.printed = 0  # docs23: paragraphs a converter wrote (a page's number after every 40)
        self.form = None  # docs22: 別表1 as one table 「項目 | 内容」, and the text cell of its last row
        self.form_cell = None

    # paragraphs -----------------------------------------------------------
    def line(self, text: str, sheet: str | None, index: int | None = None):
        """The paragraph for a line when this style draws it (None: drawn as plain text)."""
        if self.style.docx_converter:
            return self._converted(text)
        if self.style.docx_form_table and (p := self._form_line(text, sheet)) is not None:
            return p
        if self.style.docx_nested and (p := self._nested_line(text, index)) is not None:
            return p
        if self.style.docx_textbox and _SHEET.match(text):
            return self._text_box(text)
        if self.style.chapters != "none" and (level := _book_level(text)):
            return self.doc.add_paragraph(text, style=f"Heading {level}")  # docs24: 第1章, 第1節, 「1　…」
        if self.style.docx_numbering == "outline":
            return self._outline(text, sheet)
        if self.levels is not None:
            return self.levels.line(text, sheet)
        if self.lists is None:
            return None
        for pattern, kind, heading in ((_PART, "part", 1), (_DOT, "dot", 2), (_PAREN, "paren", 3)):
            m = pattern.match(text)
            if m:
                n = len(m.group(1)) if kind == "part" else int(m.group(1))
                p = self.doc.add_paragraph(style=f"Heading {heading}")
                self.lists.number(p._p, kind, n)
                p.add_run(m.group(2))
                return p
        if _SHEET.match(text):
            return self.doc.add_paragraph(text, style="Heading 1")
        return None

    _BOXED = re.compile(r"^(?:[(（]別表[1-4１-４][)）]|経営発達支援計画の概要|I{1,3}\. \S)")
    _CUT = 39  # characters of a printed line

    def _converted(self, text: str):
        """docs23 (p1): a line as a PDF-to-Word converter writes it — a paragraph a printed line (a long line cut
        every 39 characters), a heading a text box held between empty paragraphs, and after every 40 paragraphs a
        page's number as a paragraph of its own."""
        boxed = bool(self._BOXED.match(text))
        pieces = [text] if boxed else [text[i:i + self._CUT] for i in range(0, len(text), self._CUT)] or [""]
        if boxed:
            self.doc.add_paragraph("")
        for k, piece in enumerate(pieces):
            indent = "\u3000" if k == 0 and len(pieces) > 1 else ""  # a paragraph's first line indented
            p = self.doc.add_paragraph(indent + piece)
            self.printed += 1
            if self.printed % 40 == 0:  # the page's end: its number between empty paragraphs
                for line in ("", str(self.printed // 40), ""):
                    self.doc.add_paragraph(line)
        if boxed:
            self.doc.add_paragraph("")
        return p

    def _form_line(self, text: str, sheet: str | None):
        """docs22 (writer Q): 別表1 typed as one two-column table under its label — 「項目 | 内容」, a row for each
        numbered heading 「1. 目標」「3. …に関すること」「I. …」 (its cell the heading), the lines after it paragraphs
        of the row's text cell (None: a line outside the table)."""
        if sheet != "1" or _SHEET.match(text):
            self.form = self.form_cell = None
            return None
        if _DOT.match(text) or _PART.match(text):
            if self.form is None:
                self.form = self.doc.add_table(rows=1, cols=2)
                self.form.style = "Table Grid"
                self.form.cell(0, 0).text, self.form.cell(0, 1).text = "項目", "内容"
            cells = self.form.add_row().cells
            cells[0].text = text
            self.form_cell = cells[1]
            return cells[0].paragraphs[0]
        if self.form_cell is None:
            return None
        first = self.form_cell.paragraphs[0]
        if not first.text and len(self.form_cell.paragraphs) == 1:
            first.text = text
            return first
        return self.form_cell.add_paragraph(text)

    def _outline(self, text: str, sheet: str | None):
        """docs15b: Word's outline without numbers: the form's headings (別表1's, 別表2's parts) in Heading 2/3
        with their number dropped (none typed, none by Word's numbering); parts (Heading 1) and 別表 labels
        keep theirs."""
        from hattatsu.extract.outline import classify_heading

        for pattern, heading in ((_DOT, 2), (_PAREN, 3)):
            m = pattern.match(text)
            if m and (classify_heading(compact(text)) is not None or (sheet == "2" and pattern is _PAREN)):
                return self.doc.add_paragraph(m.group(2), style=f"Heading {heading}")  # 別表2's parts too
        if _PART.match(text) or _SHEET.match(text):
            return self.doc.add_paragraph(text, style="Heading 1")
        return None

    def _text_box(self, text: str):
        """A floating text box holding the label, anchored in an empty paragraph: Word's DrawingML
        shape with the VML copy older readers use (the same text twice in the file)."""
        self.boxes += 1
        p = self.doc.add_paragraph()
        content = (f'<w:txbxContent {nsdecls("w")}><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>')
        xml = (
            f'<w:r {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
            ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
            ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
            ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
            ' xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
            '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264"'
            ' behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset>'
            '</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            '<wp:extent cx="1080000" cy="360000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
            f'<wp:docPr id="{100 + self.boxes}" name="テキスト ボックス {self.boxes}"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1080000" cy="360000"/>'
            '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:ln w="6350"><a:solidFill>'
            '<a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
            f'<wps:txbx>{content}</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720"'
            ' rIns="91440" bIns="45720" anchor="t"/></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
            '</w:drawing></mc:Choice><mc:Fallback><w:pict>'
            '<v:shape id="_x0000_s10{0}" type="#_x0000_t202" style="width:85pt;height:28pt" strokeweight=".5pt">'
            f'<v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
        )
        p._p.append(parse_xml(xml.replace("{0}", str(self.boxes))))
        return p

    # tables ---------------------------------------------------------------
    def table(self, rows: list[list[str]], sheet: str | None, widths: list[float]):
        """The table for a block when this style draws it (None: drawn as a plain grid)."""
        if self.style.docx_converter:  # docs23 (p1): a row a paragraph, its cells after tabs, a tab first
            for row in rows:
                self.doc.add_paragraph("\t" + "\t".join(c.replace("\n", " ") for c in row))
            return rows
        first = compact(rows[0][0]) if rows and rows[0] else ""
        if self.style.docx_form_table and sheet == "1" and self.form_cell is not None:
            from tests.variants.render import aligned_rows  # (docs22) the table's lines in the text's cell

            for text in aligned_rows(rows):
                self._form_line(text, sheet)
            return self.form
        if self.style.docx_summary and sheet is None and first.startswith("実施者名"):
            return self._summary(rows)
        years = [i for i, c in enumerate(rows[0]) if is_fiscal_year_label(compact(c))] if rows else []
        if self.cell is not None:  # docs21 (n4): a 目標 table nested in its box's cell, an empty paragraph after it
            if self.style.docx_targets and years:
                inner = self._targets(rows, years, self.cell)
            else:
                inner = self.cell.add_table(rows=len(rows), cols=max(len(r) for r in rows))
                inner.style = "Table Grid"
                for i, row in enumerate(rows):
                    for j, c in enumerate(row):
                        inner.cell(i, j).text = c
            self.cell.add_paragraph("")
            return inner
        if self.style.docx_targets and sheet == "1" and years:
            return self._targets(rows, years)
        if self.style.docx_item_unit and sheet == "1" and years:
            return self._item_unit_targets(rows, years)
        return None

    def _nested_line(self, text: str, index: int | None):
        """docs21 (n4, a prefecture's 2014 Word template): an item's 目標 part drawn as a one-cell table, its heading
        the cell's first paragraph, then its unit notes 「（単位：回）」 and its tables nested in the cell (None: the
        line is not the box's; a line of another kind closes the box)."""
        if index in self.nest_at:
            box = self.doc.add_table(rows=1, cols=1)
            box.style = "Table Grid"
            self.cell = box.cell(0, 0)
            self.cell.paragraphs[0].text = text
            return self.cell.paragraphs[0]
        if self.cell is not None and _UNIT_NOTE.fullmatch(compact(text)):
            return self.cell.add_paragraph(text)
        self.cell = None
        return None

    def prepare(self, blocks: list) -> dict[int, Any]:
        """What drawing 別表3 in one table takes from the blocks around it: {index of its table:
        the 調達方法 text, index of a block the table holds: None}; and (docs21) the 目標 headings whose part
        is drawn in a box, their tables nested in it: a heading followed by its unit notes and year tables only."""
        from hattatsu.extract.blocks import Line, Table

        out: dict[int, Any] = {}
        if self.style.docx_nested:
            for i, b in enumerate(blocks):
                if isinstance(b, Line) and _TARGETS_HEADING.fullmatch(compact(b.text)):
                    rest = blocks[i + 1:]
                    while rest and isinstance(rest[0], Line) and _UNIT_NOTE.fullmatch(compact(rest[0].text)):
                        rest = rest[1:]
                    if rest and isinstance(rest[0], Table) and rest[0].rows and any(
                            is_fiscal_year_label(compact(c)) for c in rest[0].rows[0]):
                        self.nest_at.add(i)
        if not self.style.docx_funding:
            return out
        sheet = None
        for i, b in enumerate(blocks):
            if isinstance(b, Line) and (m := re.match(r"^[(（]別表([1-4])[)）]", compact(b.text))):
                sheet = m.group(1)
            if sheet != "3" or not isinstance(b, Table):
                continue
            out[i] = None
            if i and isinstance(blocks[i - 1], Line) and compact(blocks[i - 1].text) == "(単位千円)":
                out[i - 1] = None
            nxt = blocks[i + 1: i + 3]
            if len(nxt) == 2 and all(isinstance(x, Line) for x in nxt) and compact(nxt[0].text) == "調達方法":
                out[i + 1] = out[i + 2] = None
                out[i] = nxt[1].text
            break
        return out

    def _summary(self, rows: list[list[str]]):
        t = self.doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        t.autofit = False
        for row in rows:
            label, content = row[0], " ".join(c for c in row[1:] if c)
            cells = t.add_row().cells
            cells[0].width, cells[1].width = Cm(3.5), Cm(12.5)
            key = compact(label)
            cells[0].text = label + ("（法人番号）" if key == "実施者名" else "")
            _shade(cells[0])
            pieces = _summary_pieces(key, content)
            cells[1].paragraphs[0].text = ""
            for i, paragraph in enumerate(pieces):
                p = cells[1].paragraphs[0] if i == 0 else cells[1].add_paragraph()
                for j, part in enumerate(paragraph):
                    r = p.add_run(part)
                    if j < len(paragraph) - 1:
                        r.add_break()
        return t

    def _targets(self, rows: list[list[str]], years: list[int], parent: Any = None):
        header, body = rows[0], rows[1:]
        ncols = len(header)
        units = [_row_unit(r, years) for r in body]
        with_unit = any(units)
        width = ncols + with_unit
        t = (parent or self.doc).add_table(rows=2 + len(body), cols=width)  # (docs21: in a cell, nested)
        t.style = "Table Grid"
        top, second = t.rows[0].cells, t.rows[1].cells
        for i, name in enumerate(header):  # other header cells merged down over the two header rows
            if i not in years:
                top[i].text = name
                _vmerge(top[i], "restart")
                _vmerge(second[i], None)
        for i in years:
            second[i].text = header[i]
        top[years[0]].merge(top[years[-1]])
        top[years[0]].text = "目標"
        for header_row in t.rows[:2]:  # the header rows repeated on each page, never split
            trpr = header_row._tr.get_or_add_trPr()
            trpr.append(_w("cantSplit"))
            trpr.append(_w("tblHeader"))
        if with_unit:
            top[ncols].text = "単位"
            _vmerge(top[ncols], "restart")
            _vmerge(second[ncols], None)
        for k, (row, unit) in enumerate(zip(body, units, strict=True)):
            cells = t.rows[2 + k].cells
            values = [c for i, c in enumerate(row) if i and c]
            if not values:  # a group row: its label across the whole table
                cells[0].merge(cells[width - 1])
                cells[0].text = row[0]
                continue
            for i, c in enumerate(row[:ncols]):
                m = _VALUE.match(c) if unit and i else None  # figures bare, their unit in the 単位 column
                cells[i].text = m.group(1) if m and m.group(2) == unit else c
            if with_unit:
                cells[ncols].text = unit or ""
            if k and not row[0] and body[k - 1][0] and any(body[k - 1][1:]):
                # the lower row of a pair: its label cell merged into the upper row's
                _vmerge(t.rows[1 + k].cells[0], "restart")
                _vmerge(cells[0], None)
        self.tables.append(t)
        return t

    def _item_unit_targets(self, rows: list[list[str]], years: list[int]):
        """docs24: a 目標 table whose corner cell 「項目」 spans the name's and the unit's columns over both header rows
        (the names under it split from their units 「指標 | 単位」), 「目標」 over the years, the other header cells
        merged down; each row's figures bare when they all state its unit (「4回」: 4 | 回), else as written."""
        header, body = rows[0], rows[1:]
        lead = [i for i in range(1, years[0]) if i not in years]  # 公表方法, 現行 …
        tail = [i for i in range(years[-1] + 1, len(header))]  # 合計
        width = 2 + len(lead) + len(years) + len(tail)
        t = self.doc.add_table(rows=2 + len(body), cols=width)
        t.style = "Table Grid"
        top, second = t.rows[0].cells, t.rows[1].cells
        corner = top[0].merge(top[1])
        corner.text = "項目"
        _vmerge(corner, "restart")
        low = second[0].merge(second[1])
        _vmerge(low, None)
        for k, i in enumerate(lead):
            top[2 + k].text = header[i]
            _vmerge(top[2 + k], "restart")
            _vmerge(second[2 + k], None)
        first = 2 + len(lead)
        for k, i in enumerate(years):
            second[first + k].text = header[i]
        for k, i in enumerate(tail):
            top[first + len(years) + k].text = header[i]
            _vmerge(top[first + len(years) + k], "restart")
            _vmerge(second[first + len(years) + k], None)
        goal = top[first].merge(top[first + len(years) - 1]) if len(years) > 1 else top[first]
        goal.text = "目標"
        for r, row in enumerate(body):
            cells = t.rows[2 + r].cells
            if not any(c for c in row[1:]):  # a group row: its label across the table
                cells[0].merge(cells[width - 1]).text = row[0]
                continue
            unit = _row_unit(row, years)
            cells[0].text = row[0]
            cells[1].text = unit or ""
            for k, i in enumerate(lead + years + tail):
                c = row[i] if i < len(row) else ""
                m = _VALUE.match(c) if unit else None
                cells[2 + k].text = m.group(1) if m and m.group(2) == unit else c
        self.tables.append(t)
        return t

    def funding(self, rows: list[list[str]], sources: str | None):
        """別表3: the caption 「（単位 千円）」 in a first row spanning the table, the years' header
        and the lines; 調達方法 in a two-column table of its own."""
        width = len(rows[0])
        t = self.doc.add_table(rows=0, cols=width)
        t.style = "Table Grid"
        caption = t.add_row().cells
        caption[0].merge(caption[width - 1])
        caption[0].text = "（単位 千円）"
        caption[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for row in rows:
            cells = t.add_row().cells
            for i, c in enumerate(row[:width]):
                cells[i].text = c
        if sources is not None:
            self.doc.add_paragraph()
            how = self.doc.add_table(rows=1, cols=2)
            how.style = "Table Grid"
            how.rows[0].cells[0].text = "調達方法"
            how.rows[0].cells[1].text = sources
        return t

    # the whole document ---------------------------------------------------
    def finish(self) -> None:
        """Revisions, fields and run structure over the body's running text, once it is all there."""
        body = self.doc.element.body
        if self.lists is not None:  # 「ア 中小企業景況調査…」: the kana by Word (aiueoFullWidth), in cells too
            for p in body.iter(qn("w:p")):
                m = _KANA_LABEL.match(_text_of(p))
                runs = p.findall(qn("w:r"))
                if m and len(runs) == 1 and p.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is None:
                    runs[0].find(qn("w:t")).text = m.group(2)
                    self.lists.number(p, "kana", _KANA.index(m.group(1)) + 1)
        paragraphs = [p for p in body.iter(qn("w:p")) if p.find(f".//{qn('w:txbxContent')}") is None
                      and _running(p)]
        if self.style.docx_revisions:
            _final_view(self.doc)
            for k, p in enumerate(paragraphs):
                if k % 3 == 0:
                    self._revise(p, k)
            for t in self.tables:
                _revise_cells(t)
        if self.style.docx_runs:  # in the paragraphs the revisions left alone
            for k, p in enumerate(paragraphs):
                if not (self.style.docx_revisions and k % 3 == 0):
                    _split_runs(p, k)

    def _revise(self, p, k: int) -> None:
        text = _text_of(p)
        a, b, c = text[: len(text) // 3], text[len(text) // 3: 2 * len(text) // 3], text[2 * len(text) // 3:]
        for r in p.findall(qn("w:r")):
            p.remove(r)
        attrs = {"id": str(1000 + k * 10), "author": "商工会 担当者", "date": "2026-01-05T10:00:00Z"}
        p.append(_w("bookmarkStart", id=str(k), name=f"_Ref{k}"))
        p.append(_run(a))
        p.append(_w("bookmarkEnd", id=str(k)))
        kind = (k // 3) % 3
        if kind == 2 and '"' in b:  # a QUOTE field cannot hold the quote mark: a simple field instead
            kind = 1
        if kind == 0:  # inserted text counts; deleted text is not read
            ins = _w("ins", **attrs)
            ins.append(_run(b))
            p.append(ins)
            deleted = _w("del", **{**attrs, "id": str(1001 + k * 10)})
            deleted.append(_run("（削除した旧い記載）", deleted=True))
            p.append(deleted)
        elif kind == 1:  # a field whose result is the text: w:fldSimple
            fld = _w("fldSimple", instr=" DOCPROPERTY  Company  \\* MERGEFORMAT ")
            fld.append(_run(b))
            p.append(fld)
        else:  # a complex field (begin, instruction, separate, result, end) and a move
            moved = _w("moveFrom", **attrs)
            moved.append(_run("（移動した記載）", deleted=True))
            p.append(moved)
            p.append(_field_char("begin"))
            instr = _w("r")
            it = _w("instrText")
            it.text = f' QUOTE "{b}" '  # its result is its own text, however a program updates it
            it.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            instr.append(it)
            p.append(instr)
            p.append(_field_char("separate"))
            p.append(_run(b))
            p.append(_field_char("end"))
        run_c = _run(c)
        p.append(run_c)
        if kind == 0:
            from docx.text.run import Run

            self.doc.add_comment(Run(run_c, None), text="数値を確認してください。", author="事務局", initials="事")


_BOOK_LEVELS = ((re.compile(r"^第\d{1,2}章\u3000"), 1), (re.compile(r"^第\d{1,2}節\u3000"), 2),
                (re.compile(r"^[1-9]\u3000\S"), 3))


class _Levels:
    """docs24: headings numbered by one multi-level list of Word's own in the 「List Number」 style, as a chamber's
    template sets it — 「第%1」「%2」「（%3）」「%4」「（%5）」 in full-width figures and kana (第１, １, （１）, ア,
    （ア）), the number in no paragraph's text: 別表1's 1.–12. its first level, their parts (1)… its second,
    1.(3)'s objectives （1）… its third. Word's counters run on through the document; where the plan's numbers
    do not (a part numbered from where the item's own left off, under a sub-item), a new w:num restarts the level
    at the printed number."""

    FORMATS = (("decimalFullWidth", "第%1"), ("decimalFullWidth", "%2"), ("decimalFullWidth", "（%3）"),
               ("aiueoFullWidth", "%4"), ("aiueoFullWidth", "（%5）"))
    _OBJECTIVE = re.compile(r"^（(\d{1,2})）(\S.*)$")

    def __init__(self, doc) -> None:
        self.doc = doc
        self.part = doc.part.numbering_part.element
        self.abstract_id = 300
        abstract = _w("abstractNum", abstractNumId=str(self.abstract_id))
        abstract.append(_w("multiLevelType", val="multilevel"))
        for i, (fmt, text) in enumerate(self.FORMATS):
            lvl = _w("lvl", ilvl=str(i))
            for tag, val in (("start", "1"), ("numFmt", fmt), ("suff", "space"), ("lvlText", text),
                             ("lvlJc", "left")):
                lvl.append(_w(tag, val=val))
            abstract.append(lvl)
        self.part.insert(0, abstract)
        self.next_id = 300
        self.num_id = self._num({})
        self.counters: list[int] = [0] * len(self.FORMATS)
        self.objectives = False  # inside 1.(3): its 「（1）…」 lines are the list's third level

    def _num(self, starts: dict[int, int]) -> int:
        self.next_id += 1
        num = _w("num", numId=str(self.next_id))
        num.append(_w("abstractNumId", val=str(self.abstract_id)))
        for level, start in starts.items():
            override = _w("lvlOverride", ilvl=str(level))
            override.append(_w("startOverride", val=str(start)))
            num.append(override)
        self.part.append(num)
        return self.next_id

    def line(self, text: str, sheet: str | None):
        from hattatsu.extract.outline import Kind, classify_heading

        if sheet != "1":
            return None
        found = None
        if (h := classify_heading(compact(text))) is not None and h.kind == Kind.PART:  # 「1. 経営発達支援事業の内容」
            self.objectives = False  # typed: a part is no heading of the list
        elif m := _DOT.match(text):
            found = (0, int(m.group(1)), m.group(2))
        elif m := _PAREN.match(text):
            found = (1, int(m.group(1)), m.group(2))
        elif self.objectives and (m := self._OBJECTIVE.match(text)):
            found = (2, int(m.group(1)), m.group(2))
        if found is None:
            if _PART.match(text):
                self.objectives = False
            return None
        level, n, title = found
        if level < 2:
            self.objectives = level == 1 and "経営発達支援事業の目標" in title
        if n != self.counters[level] + 1:  # the printed number does not run on: restart the level there
            self.num_id = self._num({level: n})
        self.counters[level] = n
        for deeper in range(level + 1, len(self.counters)):
            self.counters[deeper] = 0
        p = self.doc.add_paragraph(title, style="List Number")
        ppr = p._p.get_or_add_pPr()
        numpr = _w("numPr")
        numpr.append(_w("ilvl", val=str(level)))
        numpr.append(_w("numId", val=str(self.num_id)))
        ppr.insert(1, numpr)
        return p


def _book_level(text: str) -> int | None:
    """docs24: the outline level of a book's heading — 「第2章　…」 1, 「第1節　…」 2, 「1　現状と課題」 3."""
    return next((level for pattern, level in _BOOK_LEVELS if pattern.match(text)), None)


def _final_view(doc) -> None:
    """Changes tracked, shown without markup (Word's 「変更履歴/コメントなし」 view), as a chamber prints
    the plan: the printed page is the text with the changes made (LibreOffice prints this view too)."""
    settings = doc.settings.element
    proof = settings.find(qn("w:proofState"))
    at = list(settings).index(proof) + 1 if proof is not None else 0
    settings.insert(at, _w("trackRevisions"))
    settings.insert(at, _w("revisionView", markup="false", insDel="false"))


def _running(p) -> bool:
    """Running text the edits go into: a paragraph of one run, long enough to be prose (docs23: not a table's row
    typed with tabs, as a converter writes it)."""
    runs = p.findall(qn("w:r"))
    return (len(runs) == 1 and p.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is None and len(_text_of(p)) >= 24
            and p.find(f".//{qn('w:tab')}") is None)


def _text_of(p) -> str:
    return "".join(t.text or "" for t in p.iter(qn("w:t")))


def _field_char(kind: str):
    r = _w("r")
    r.append(_w("fldChar", fldCharType=kind))
    return r


def _split_runs(p, k: int) -> None:
    """The paragraph's text in runs: numbers in bold runs of their own, a word with its furigana,
    a soft hyphen inside long latin words, an indent by a tab or a full-width space."""
    text = _text_of(p)
    for r in p.findall(qn("w:r")):
        p.remove(r)
    if k % 2:
        tab = _w("r")
        tab.append(_w("tab"))
        p.append(tab)
    else:
        text = "\u3000" + text
    ruby_done = False
    for piece in re.split(r"(\d[\d,.]*)", text):
        if not piece:
            continue
        if re.fullmatch(r"\d[\d,.]*", piece):
            p.append(_run(piece, bold=True))
            continue
        word = next((w for w in _RUBY if w in piece), None) if not ruby_done else None
        if word:
            before, after = piece.split(word, 1)
            _plain(p, before)
            p.append(_ruby(word, _RUBY[word]))
            _plain(p, after)
            ruby_done = True
        else:
            _plain(p, piece)


def _plain(p, text: str) -> None:
    """Text as runs, a soft hyphen in the middle of a long latin word."""
    pos = 0
    for m in _ASCII_WORD.finditer(text):
        cut = m.start() + len(m.group(0)) // 2
        p.append(_run(text[pos:cut]))
        r = _w("r")
        r.append(_w("softHyphen"))
        p.append(r)
        pos = cut
    if text[pos:]:
        p.append(_run(text[pos:]))


def _ruby(base: str, reading: str):
    r = _w("r")
    ruby = _w("ruby")
    pr = _w("rubyPr")
    for tag, val in (("rubyAlign", "distributeSpace"), ("hps", "10"), ("hpsRaise", "18"), ("hpsBaseText", "21"),
                     ("lid", "ja-JP")):
        pr.append(_w(tag, val=val))
    ruby.append(pr)
    rt, rb = _w("rt"), _w("rubyBase")
    reading_run = _run(reading)
    rpr = _w("rPr")
    rpr.append(_w("sz", val="10"))  # the reading in 5 pt, as Word writes it (hps)
    reading_run.insert(0, rpr)
    rt.append(reading_run)
    rb.append(_run(base))
    ruby.append(rt)
    ruby.append(rb)
    r.append(ruby)
    return r


def _revise_cells(t) -> None:
    """Target cells edited with changes tracked: the old figure deleted, the new one inserted."""
    for row in t.rows[2:]:
        for cell in row.cells[1:]:
            p = cell.paragraphs[0]._p
            text = _text_of(p)
            if not re.fullmatch(r"\d[\d,]*", text):
                continue
            for r in p.findall(qn("w:r")):
                p.remove(r)
            attrs = {"author": "商工会 担当者", "date": "2026-01-05T10:00:00Z"}
            deleted = _w("del", id=str(id(cell) % 100000), **attrs)
            deleted.append(_run(str(int(text.replace(",", "")) + 1), deleted=True))
            inserted = _w("ins", id=str(id(cell) % 100000 + 1), **attrs)
            inserted.append(_run(text))
            p.append(deleted)
            p.append(inserted)


def _summary_pieces(key: str, content: str) -> list[list[str]]:
    """A 概要 content cell as paragraphs of lines (w:br between the lines of a paragraph)."""
    if key.startswith("実施者名"):
        return [[x] for x in re.split(r"(?<=[）)]) +", content) if x]
    if key == "目標":
        return [[x for x in re.split(r" +(?=[①-⑳]|【目標|目標\d|[（(]\d|\d+\. )", content) if x]]
    if key == "事業内容":
        return [[x for x in re.split(r" +(?=・)", part) if x]
                for part in re.split(r" +(?=\d{1,2}\. )", content) if part]
    if key == "連絡先":
        return [[x for x in re.split(r" +(?=〒|電話|FAX|メール)", content) if x]]
    return [[content]]


def _row_unit(row: list[str], years: list[int]) -> str | None:
    """The unit every figure of a row states (「10者」), which a 単位 column then holds."""
    cells = [row[i] for i in years if i < len(row) and row[i]]
    found = [_VALUE.match(c) for c in cells]
    units = {m.group(2) for m in found if m}
    unit = units.pop() if cells and all(found) and len(units) == 1 else None
    return None if unit in ("以上", "以下", "未満", "程度", "超") else unit  # 「2 以上」 says no unit


def _shade(cell) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(_w("shd", val="clear", color="auto", fill="D9D9D9"))


def _vmerge(cell, val: str | None) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(_w("vMerge", val=val) if val else _w("vMerge"))

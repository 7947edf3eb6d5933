"""A plan's data written back as a text document in a given layout convention.

``render(plan, style)`` writes the parts of the form the data holds (概要, 別表1
1.–2. and its items, 別表2 (1)(2), 別表3, 別表4) the way a chamber's word
processor would, varying only what the style names. ``expected(plan, style)`` is
the data as that document states it: the numbers it prints, the titles it gives.
"""

from __future__ import annotations

import copy
import html
import re
import unicodedata
from typing import Any

from hattatsu.items import NUMBER, TITLES
from hattatsu.normalize import (
    circled,
    compact,
    display_width,
    fiscal_year_label,
    japanese_date,
    japanese_year_month,
    wrap,
)
from tests.doc_diff import narrative_text

from .conventions import Style

# Titles as plans shorten them (「地域の経済動向に関すること」): each still names its item.
SHORT_TITLES = {
    "economic_trends": "地域の経済動向に関すること",
    "demand_trends": "需要動向に関すること",
    "business_analysis": "経営分析に関すること",
    "plan_formulation": "事業計画の策定支援に関すること",
    "post_plan_support": "事業計画策定後の支援に関すること",
    "new_demand": "新たな需要の開拓に関すること",
    "evaluation": "事業の評価及び見直しに関すること",
    "staff_development": "経営指導員等の資質向上に関すること",
    "knowhow_exchange": "他の支援機関との情報交換に関すること",
    "regional_revitalization": "地域経済の活性化に資する取組",
}
# docs15: numbered titles shortened to the item's noun, without 「に関すること」 (a blind plan's converter markdown).
NOUN_TITLES = {
    "economic_trends": "地域の経済動向調査",
    "demand_trends": "需要動向調査",
    "business_analysis": "経営状況の分析",
    "plan_formulation": "事業計画策定支援",
    "post_plan_support": "事業計画策定後の実施支援",
    "new_demand": "新たな需要の開拓",
    "evaluation": "事業の評価及び見直しの仕組み",
    "staff_development": "経営指導員等の資質向上",
    "knowhow_exchange": "支援ノウハウ等の情報交換",
    "regional_revitalization": "地域経済の活性化",
}
# The guideline (指針) each item answers to, as plans tag their titles.
GUIDELINE = {"economic_trends": 3, "demand_trends": 4, "business_analysis": 1, "plan_formulation": 2,
             "post_plan_support": 2, "new_demand": 5, "evaluation": 6, "staff_development": 7,
             "knowhow_exchange": 8, "regional_revitalization": 9}
PART_TITLES = {"I": "経営発達支援事業の内容",
               "II": "経営発達支援事業の円滑な実施に向けた支援力向上のための取組",
               "III": "地域経済の活性化に資する取組"}
_ROMAN = {"I": "Ⅰ", "II": "Ⅱ", "III": "Ⅲ"}
_ARABIC = {"I": "1", "II": "2", "III": "3"}
# Kangxi radicals and CJK compatibility characters a PDF's fonts put in copied text.
KANGXI = {unicodedata.normalize("NFKC", chr(c)): chr(c) for c in range(0x2F00, 0x2FD6)}
_FULL = str.maketrans("0123456789()", "０１２３４５６７８９（）")
_FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
MISSING = 1  # the item whose heading heading_missing leaves out
_SPACED_LABELS = ("実施者名", "実施期間", "事業内容", "連絡先", "概要", "氏名")


def item_numbers(plan: dict[str, Any], style: Style) -> list[int | None]:
    """The number 別表1 prints for each item."""
    items = plan["items"]
    if style.item_numbers == "form":
        return [it["number"] for it in items]
    if style.item_numbers == "none" or style.numbering == "bare":
        return [None] * len(items)
    start = {"from1": 1, "from2": 2}[style.item_numbers]
    return [start + i for i in range(len(items))]


def summary_numbers(plan: dict[str, Any], style: Style) -> list[int]:
    acts = plan["summary"]["activities"] if plan.get("summary") else []
    if style.summary_numbers == "from1":
        return [i + 1 for i in range(len(acts))]
    printed = dict(zip([it["key"] for it in plan["items"]], item_numbers(plan, style), strict=True))
    return [printed.get(a["key"]) or a["number"] for a in acts]


def item_title(item: dict[str, Any], style: Style) -> str:
    """The title as the variant prints it (with its tag); ``expected`` drops the tag."""
    key, title = item["key"], item["title"]
    if style.item_title == "short" and key in SHORT_TITLES:
        return SHORT_TITLES[key]
    if noun_title(style) and key in NOUN_TITLES:
        return NOUN_TITLES[key]
    if style.item_title == "tag_circled" and key in GUIDELINE:
        return f"{title}【指針{circled(GUIDELINE[key])}】"
    if style.item_title == "tag_bracket" and key in GUIDELINE:
        return f"{title}[指針({GUIDELINE[key]})]"
    if style.item_title == "tag_shell" and key in GUIDELINE:  # docs15: 〔指針③〕
        return f"{title}〔指針{circled(GUIDELINE[key])}〕"
    if style.item_title == "subtitle":  # docs17 (h1): a catch phrase after the title, between waves
        return f"{title}\u3000～小規模事業者の{len(title)}の課題に応える取組～"
    if style.item_title == "subtitle_paren":  # docs17b (h2): or in brackets
        return f"{title}（小規模事業者の持続的発展に向けた取組）"
    return title


def noun_title(style: Style) -> bool:
    """Titles shortened to their noun: only with numbers (an unnumbered noun is no heading)."""
    return style.item_title == "noun" and style.item_numbers != "none" and style.numbering != "bare"


class _Writer:
    def __init__(self, style: Style) -> None:
        self.style = style
        self.lines: list[str] = []
        self.headings = 0
        self.sheet = ""  # the 別表 being written (a page header repeats it)
        self.pages = 0
        self.chapter = self.section = 0  # docs24: the book's chapter and its section written last

    # numbering ------------------------------------------------------
    def width(self, label: str) -> str:
        """A heading's number in the style's widths (mixed: full and half by turns)."""
        self.headings += 1
        if self.style.widths == "full" or (self.style.widths == "mixed" and self.headings % 3 == 1):
            return label.translate(_FULL).replace(".", "．")
        if self.style.widths == "mixed" and self.headings % 3 == 2:
            # brackets full, digits half, or the other way round
            return label.replace("(", "（").replace(")", "）") if "(" in label else label.replace(".", "．")
        return label

    def year(self, fy: int) -> str:
        """A table's year header: 「令和9年度」, or 「9年度」 without its era (older plans' tables)."""
        label = self.era(fiscal_year_label(fy))
        if self.style.year_labels == "western":  # 「2027(R9)」: the western year, the era's in brackets
            return f"{fy}(R{fy - 2018})" if fy >= 2019 else f"{fy}(H{fy - 1988})"
        if self.style.year_labels == "letter":  # 「R9」「H39」: the era's letter, no 年度
            return re.sub(r"^(令和|平成)\s*(\d+|元)\s*年度$", lambda m: "RH"[m.group(1) == "平成"] + (
                "1" if m.group(2) == "元" else m.group(2)), label)
        return re.sub(r"^(令和|平成)\s*", "", label) if self.style.year_labels == "bare" else label

    def chapter_heading(self, title: str) -> str:
        """docs24: 「第2章　経営発達支援事業の内容」, a chapter of the book the plan is written as."""
        self.chapter, self.section = self.chapter + 1, 0
        return f"第{self.chapter}章\u3000{title}"

    def paren(self, n: int, title: str) -> str:
        if self.style.chapters != "none":  # docs24: 「1　現状と課題」, a section's parts by bare numbers
            return f"{n}\u3000{title}"
        if self.style.numbering == "bare":
            return title
        if self.style.numbering == "dai_kana":  # 「ア　現状と課題」
            return f"{'アイウエオカキク'[n - 1]}\u3000{title}"
        if self.style.numbering == "letters":  # docs17 (g4): 「b. 目標」
            return f"{'abcdefgh'[n - 1]}. {title}"
        if self.style.numbering == "part_dash":  # docs17c (k2): 「（ウ）目標」
            return f"（{'アイウエオカキク'[n - 1]}）{title}"
        return self.bracket(f"{self.width(f'({n})')}{self.gap} {title}".replace("\t ", "\t"))

    def bracket(self, heading: str) -> str:
        """docs18b (l2): a numbered heading in 【】, its number inside."""
        return f"【{heading}】" if self.style.brackets_all else heading

    def dot(self, n: int, title: str) -> str:
        if self.style.chapters != "none":  # docs24: 「第1節　…」 numbered in its chapter, the form's number kept
            self.section += 1  # inside it or left out
            inner = f"{str(n).translate(_FULL)}．{title}" if self.style.chapters == "kept" else title
            return f"第{self.section}節\u3000{inner}"
        if self.style.numbering == "bare":
            return title
        if self.style.numbering == "dai_kana":  # 「第3　地域の経済動向調査に関すること」
            return f"第{n}\u3000{title}"
        if self.style.numbering == "part_dash":  # docs17c (k2): 「Ⅰ－３　…」, the part's numeral before the number
            return f"{'Ⅰ' if n <= 8 else 'Ⅱ' if n <= 11 else 'Ⅲ'}－{n}\u3000{title}"
        label = f"{n}." if not (self.style.spaced_ten and n == 10) else "1 0."
        return self.bracket(f"{self.width(label)}{self.gap} {title}".replace("\t ", "\t"))

    @property
    def gap(self) -> str:
        """docs17 (h1): a tab between a heading's number and its title (Word's list numbering saved as text)."""
        return "\t" if self.style.number_tab else ""

    def era(self, text: str) -> str:
        """A date or fiscal year in the style's era: 平成 continued past 31 (平成39年4月1日 for
        2027-04-01), as plans written before the era changed state the years ahead."""
        if self.style.era != "heisei":
            return _digits_spaced(text, self.style)
        return _digits_spaced(
            re.sub(r"令和(\d+|元)", lambda m: f"平成{30 + (1 if m.group(1) == '元' else int(m.group(1)))}", text),
            self.style)

    # output ---------------------------------------------------------
    def add(self, *lines: str) -> None:
        for ln in lines:
            self.lines.append(ln)
            self.lines.append("")

    def text(self, value: str | list | None) -> None:
        for ln in (narrative_text(value) or "").split("\n"):
            if ln.strip():
                self.add(*self.cut(ln))

    def cut(self, ln: str, width: int = 28) -> list[str]:
        """A long line of running text cut inside a word, as a PDF copy breaks it (a table row,
        its cells separated by tabs, is kept whole: the copy keeps a table's rows). (docs22: a text editor's
        fixed width, 35 full-width characters — every line of running text cut there, headings too)"""
        width = max(width, self.style.cut_width) if self.style.cut_width else width
        narrow = width == 20 and self.style.narrow_cells  # docs21 (n2): an objective cut at its column's width
        if not (self.style.cut_lines or narrow) or len(ln) <= width or "\t" in ln:
            return [ln]
        out, rest = [], ln
        while len(rest) > width:
            cut = width
            while cut < len(rest) - 1 and rest[cut] in " -・":  # a new line starts on a character
                cut += 1
            out.append(rest[:cut])
            rest = rest[cut:]
        return [*out, rest] if rest else out

    def table(self, rows: list[list[str]]) -> None:
        t = self.style.tables
        if t == "html":
            def cell(c: str) -> str:  # markup the cell holds (an <ol>) stays markup
                return c if "<ol>" in c else html.escape(c)

            body = "".join("<tr>" + "".join(f"<td>{cell(c)}</td>" for c in r) + "</tr>" for r in rows)
            self.add(f"<table>{body}</table>")
            return
        if t == "markdown":
            n = max(len(r) for r in rows)
            out = []
            for i, r in enumerate(rows):
                cells = [c.replace("|", "｜") for c in r] + [""] * (n - len(r))
                out.append("| " + " | ".join(cells) + " |")
                if i == 0:  # docs18 (k4): a wiki's rule, the label column left-aligned and the rest right
                    out.append("|:--|" + "--:|" * (n - 1) if self.style.wiki else "|" + "---|" * n)
            self.lines.extend(out)
            self.lines.append("")
            return
        if t == "csv" and not any("\n" in c for r in rows for c in r):  # docs18b (m2): every cell quoted, a
            # count bare, an empty cell nothing
            self.lines.extend(",".join(c if c.isdigit() else "" if not c else '"' + c.replace('"', '""') + '"'
                                       for c in r) for r in rows)
            self.lines.append("")
            return
        if t == "html_pretty":  # docs22 (q3): a tag a line, a 区分 merged down its rows
            self.lines.extend(html_pretty(rows))
            self.lines.append("")
            return
        if t in ("grid", "grid_wrapped", "grid_cut"):  # docs22 (p2, writers P and Q): 「+---+」, 「－」「｜」
            self.lines.extend(grid(rows, wrapped=t == "grid_wrapped", cut=35 if t == "grid_cut" else 0))
            self.lines.append("")
            return
        if t == "box":  # docs15, docs15c: ruled with box-drawing characters (a printed table copied as text)
            self.lines.extend(ruled(rows))
            self.lines.append("")
            return
        if t == "cells" and (_YEAR_CELL.search("\t".join(rows[0])) or rows[0][:2] == ["役職", "人数"]):
            # docs16a (f2, g4): a PDF-to-text copy or Google Docs' text export, every cell of a table on
            # its own line, row after row (the 目標 tables, 別表3 and 別表2's 役職/人数 list)
            self.lines.extend(c for r in rows for c in r)
            self.lines.append("")
            return
        if t == "bars":  # docs16b (g2): bars between cells, none outside, 「｜」 and 「|」 by turns (re-typed)
            self.lines.extend("".join(c + (" ｜ " if i % 2 == 0 else " | ") for i, c in enumerate(r[:-1])) + r[-1]
                              for r in rows)
            self.lines.append("")
            return
        if t == "sheet":  # docs17 (i1): tab rows, padded to the sheet's width when the document is finished
            self.lines.extend("\t".join(r) for r in rows)
            self.lines.append("")
            return
        if t == "bars_open":  # docs17 (h2): a bar before each cell, none after the last (a table typed in a mail)
            self.lines.extend("｜" + "｜".join(r) for r in rows)
            self.lines.append("")
            return
        if t == "slash" and all(_SLASH_FIGURE.search(r[-1]) and len(r[-1]) <= 20 for r in rows[1:] if r) \
                and len(rows) >= 2:
            # docs18 (l2): 「／」 between cells, in the tables of figures (a 目標 table, 別表3, the staff) — a figure's
            # cell short (docs19: not the 概要, whose 目標 「(1)…(2)…」 and 事業内容 hold digits in their text)
            self.lines.extend("／".join(r) for r in rows)
            self.lines.append("")
            return
        if t == "flat":
            self.lines.extend(" ".join(c for c in r if c) for r in rows)
            self.lines.append("")
            return
        if t == "aligned":  # docs17b (i2): typed for e-mail, columns aligned with full-width spaces
            self.lines.extend(_aligned(rows))
            self.lines.append("")
            return
        self.lines.extend("\t".join(r) for r in rows)
        self.lines.append("")

    def page_break(self, header: bool = True) -> None:
        """docs15c (d3): the end of a printed page, its number 「－３－」, and the sheet's name atop the next."""
        if self.style.pages != "headed":
            return
        self.pages += 1
        self.add(f"－{str(self.pages).translate(_FULL)}－")
        if self.sheet and header:
            self.add(self.sheet.translate(_FULL))

    def open_sheet(self, n: int) -> None:
        """A 別表's name 「(別表N)」, after the page the sheet before it ends on."""
        self.page_break(header=False)
        self.sheet = f"(別表{n})"
        self.add(self.sheet)

    def finish(self) -> str:
        lines = _workbook(self.lines) if self.style.tables == "sheet" else self.lines
        if self.style.form_export:  # docs18b (m2): a form system's export
            lines = _form_export(lines)
        out = "\n".join(lines).rstrip() + "\n"
        if self.style.spaced_labels:
            for label in _SPACED_LABELS:
                out = out.replace(label, " ".join(label) if len(label) > 2 else label[0] + "  " + label[1])
        if self.style.heading_marks:
            out = "\n".join(_heading_mark(ln) for ln in out.split("\n"))
        if self.style.wiki:  # the footnotes' texts at the page's end
            out = "\n".join(_wiki_heading(ln) for ln in out.split("\n"))
            notes = sorted(set(re.findall(r"\[\^(\d)\]", out)))
            out += "".join(f"\n[^{n}]: 数値は相談所の集計による（注{n}）。\n" for n in notes)
        if self.style.kangxi:
            out = "".join(KANGXI.get(ch, ch) for ch in out)
        if self.style.fullwidth_digits:
            out = "\n".join(_fullwidth_numbers(ln) for ln in out.split("\n"))
        if self.style.google_docs:  # docs22: Google Docs' text export
            out = "\ufeff" + "\r\n".join(_google_mark(ln) for ln in out.split("\n"))
        if self.style.excel_paste:  # (last, docs20: the sheet's row numbers are Excel's, half-width whatever is typed)
            out = _excel_paste(out)
        return out


_SLASH_FIGURE = re.compile(r"\d|^[-－]?$")
_YEAR_CELL = re.compile(r"(^|\t)[^\t]*\d\s*年度\t[^\t]*\d\s*年度\t|(^|\t)[RＲH]\d+\t[RＲH]\d+\t")
_SHEET_TITLES = {
    "1": "経営発達支援事業の内容",
    "2": "経営発達支援事業の実施体制",
    "3": "経営発達支援事業の実施に必要な資金の額及びその調達方法",
    "4": "商工会又は商工会議所以外の者を連携して経営発達支援事業を実施する者の氏名又は名称及び住所"
         "並びに法人にあっては、その代表者の氏名",
}
_NUMBERED_HEADING = re.compile(r"^(?:[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．]|I{1,3}[.．]|[ⅠⅡⅢ][.．])\s*\S")


_FORM_DOT = re.compile(r"^(\d{1,2})\.\s*(\S.*?(?:こと|取組み?)|目標|\S.*実施期間.*)$")
_FORM_PAREN = re.compile(r"^\(\d\)\s*[^\t。]{2,40}$")
_FORM_PART = re.compile(r"^(?:I{1,3}|[ⅠⅡⅢ])[.．]\s*\S")


def _form_export(lines: list[str]) -> list[str]:
    """docs18b (m2): 別表1 as a form system exports it — a part's heading is no line of its own, its first line of
    text the value of a field named by its path 「3. …に関すること／(1) 現状と課題：…」 (an empty field when a
    table or a heading comes first), an item opened by 「項目番号：3」「項目名：…」, each sheet under a banner
    「■■ 別表1 ■■」 and each part 「-- I. … --」; the other sheets as they are."""
    out: list[str] = []
    sheet, dot, paren, pending = "", "", "", False

    def flush() -> None:
        nonlocal pending
        if pending:
            out.append(f"{dot}／{paren}：")
        pending = False

    for ln in lines:
        if m := re.fullmatch(r"\(別表([1-4])\)", ln):
            flush()
            sheet, dot, paren = m.group(1), "", ""
            out.append(f"■■ 別表{sheet} ■■")
            continue
        if sheet != "1" or not ln.strip():
            out.append(ln)
            continue
        if _FORM_PART.match(ln):
            flush()
            out.append(f"-- {ln} --")
            dot = paren = ""
            continue
        if (m := _FORM_DOT.match(ln)) and "\t" not in ln:
            flush()
            dot, paren = ln, ""
            if m.group(2).endswith(("こと", "取組", "取組み")):
                out += [f"項目番号：{m.group(1)}", f"項目名：{m.group(2)}"]
            continue
        if dot and _FORM_PAREN.match(ln):
            flush()
            paren, pending = ln, True
            continue
        if pending and "\t" not in ln and "：" not in ln and not re.match(r'^,*"', ln):  # (a CSV row: a table)
            out.append(f"{dot}／{paren}：{ln}")
            pending = False
            continue
        flush()
        out.append(ln)
    flush()
    return out


def _workbook(lines: list[str]) -> list[str]:
    """docs17 (i1): the plan typed in Excel and saved as tab-separated text — each sheet after its name
    「[Sheet2] 別表1」, every row padded with tabs to the sheet's width, a heading in the first column and
    running text in the second, a blank line an empty row of the sheet."""
    sheets: list[list[str]] = []
    for ln in lines:
        if m := re.fullmatch(r"[(（]別表([1-4])[)）]", ln):
            sheets.append([f"[Sheet{len(sheets) + 1}] 別表{m.group(1)}"])
        elif ln == "経営発達支援計画の概要" or not sheets:
            sheets.append([f"[Sheet{len(sheets) + 1}] 概要"])
        sheets[-1].append(ln)
    out: list[str] = []
    for sheet in sheets:
        width = max(4, *(ln.count("\t") + 1 for ln in sheet[1:]))
        out.append(sheet[0])
        for ln in sheet[1:]:
            cells = ln.split("\t") if "\t" in ln else [ln] if ln.strip() and (
                len(ln) <= 40 and not ln.endswith("。")) else ["", ln] if ln.strip() else [""]
            out.append("\t".join(cells + [""] * (width - len(cells))))
        out.append("")
    return out


def _excel_paste(text: str) -> str:
    """docs18 (m3): the document as an Excel sheet pasted as text — a numbered heading in the first column, other
    text indented two columns, the lines of a paragraph run (between blank lines) one cell in quotes, each row
    after its sheet row number (a blank row its number alone)."""
    rows: list[str] = []
    para: list[str] = []

    def close() -> None:
        if para:
            cell = "\n".join(para)
            rows.append("\t\t" + ('"' + cell.replace('"', '""') + '"' if len(para) > 1 or '"' in cell else cell))
            para.clear()

    for ln in text.rstrip("\n").split("\n"):
        if not ln.strip():
            close()
            continue
        if "\t" in ln:  # a table row: its cells from the third column
            close()
            rows.append("\t\t" + ln)
        elif _NUMBERED_HEADING.match(ln) or re.fullmatch(r"[(（]別表[1-4][)）]", ln) or ln == "経営発達支援計画の概要":
            close()
            rows.append(ln)
        else:
            para.append(ln)
    close()
    return "\n".join(f"{n}\t{r}" if r else str(n) for n, r in enumerate(rows, 1)) + "\n"


def _wiki_heading(line: str) -> str:
    """docs18 (k4): a line as a wiki's markdown writes it — 「# 別表1」 for a sheet, 「## 0. 経営発達支援計画の概要」,
    「## 3. …」 for a numbered heading, 「### (1) …」 for its parts (a line with a tab is a table row's)."""
    if m := re.fullmatch(r"[(（]別表([1-4])[)）]", line):
        return f"# 別表{m.group(1)}"
    if line == "経営発達支援計画の概要":
        return "## 0. " + line
    if "\t" in line or len(line) > 60 or not _NUMBERED_HEADING.match(line):
        return line
    return ("### " if line.lstrip()[:1] in "(（" else "## ") + line


def _heading_mark(line: str) -> str:
    """docs16b (g1): a line as a web CMS page marks it — 「▼」 before a sheet (with the sheet's title) or the
    概要's title, 「◆」 before a numbered heading (a line at the margin; indented entries keep no mark)."""
    if m := re.fullmatch(r"[(（]別表([1-4])[)）]", line):
        return f"▼（別表{m.group(1)}）{_SHEET_TITLES[m.group(1)]}"
    if line == "経営発達支援計画の概要":
        return "▼" + line
    return "◆" + line if _NUMBERED_HEADING.match(line) and len(line) <= 60 else line


def _google_mark(line: str) -> str:
    """docs22: a line as a Google Docs export of a styled plan marks it — 「■」 before a sheet's label, 「▼」 before a
    numbered heading 「3. …」「1. 目標」, 「□」 before a part 「(1) …」 (a line at the margin)."""
    if re.fullmatch(r"[(（]別表[1-4１-４][)）]", line):
        return "■" + line
    if _NUMBERED_HEADING.match(line) and len(line) <= 60:
        return ("□" if line[0] in "(（" else "▼") + line
    return line


_WITH_UNIT = re.compile(r"^([\d,.]+|-)(者|社|件|回|人|名|店|先|%|円|千円|万円|事業者)?$")
_LABEL_WIDTH = 14  # characters of the label column: a longer label runs into the next column


def aligned_rows(rows: list[list[str]]) -> list[str]:
    """The rows as lines aligned with full-width spaces (see _aligned; docs22: 別表1 typed in a Word table's cell) —
    a 目標 table's; another table's (figures of the region) its cells set apart with full-width spaces as they are."""
    if _YEAR_CELL.search("\t".join(rows[0])):
        return _aligned(rows)
    return ["\u3000\u3000".join(r) for r in rows]


def _aligned(rows: list[list[str]]) -> list[str]:
    """docs17b (i2): a table typed with full-width spaces — the label padded to its column's width (a longer
    one runs into the next column without a space), the other cells two full-width spaces apart; a 目標
    table whose rows each count in one unit prints it in a 単位 column 「項目　単位　現行　R3 …」."""
    body = rows[1:]
    units = []
    for r in body:
        found = {m.group(2) for c in r[1:] if c.strip() and (m := _WITH_UNIT.match(c.strip()))}
        numbers = all(_WITH_UNIT.match(c.strip()) for c in r[1:] if c.strip())
        units.append(next(iter(found)) if len(found) == 1 and None not in found and numbers else None)
    unit_column = bool(body) and _YEAR_CELL.search("\t".join(rows[0])) and all(units)
    out = []
    for i, r in enumerate(rows):
        cells = list(r)
        if unit_column:
            unit = "単位" if i == 0 else units[i - 1]
            cells = [cells[0], unit] + [c[:-len(unit)] if i and c.endswith(unit) else c for c in cells[1:]]
        # the header's corner 「項目」; a body row's empty first cell (a 区分 filled once a group: docs19) blank
        label = cells[0] or ("項目" if i == 0 else "")
        rest = [c or "－" for c in cells[1:]] if any(c.strip() for c in cells[1:]) else []  # a group row: its label
        least = 0 if rest and rest[0][:1].isdigit() else 1  # only a number runs on: a word keeps a space
        out.append(label + "\u3000" * max(least, _LABEL_WIDTH - len(label)) + "\u3000\u3000".join(rest))
    return out


def _fullwidth_numbers(line: str) -> str:
    """docs15c (d3): a line's numbers full-width, with the comma and hyphen between digits (a mail address
    or URL as typed)."""
    if re.search(r"@|https?:|www\.", line):
        return line
    if re.match(r'^\s*,*"', line):  # docs20: a CSV row's commas are its separators, the digits alone full-width
        return line.translate(_FULL_DIGITS)
    line = re.sub(r"(?<=\d)[,-](?=\d)", lambda m: "，" if m.group() == "," else "－", line)
    return line.translate(_FULL_DIGITS)


_AMOUNT = re.compile(r"[-－\d,.]+\S{0,4}")  # a number (with its unit), right-aligned in a printed table


def _pad(text: str, width: int, right: bool = False) -> str:
    """A cell padded to the column's width with full-width spaces (a half-width one for an odd width)."""
    gap = width - display_width(text)
    pad = "\u3000" * (gap // 2) + " " * (gap % 2)
    return pad + text if right else text + pad


def ruled(rows: list[list[str]], header: bool = True) -> list[str]:
    """docs15c (d3): a table drawn with box-drawing characters, as a printed spreadsheet copied from its
    PDF gives it — 「┏──┬──┓」, 「┃a│b┃」 rows padded with full-width spaces to the column's width, numbers
    right-aligned, a 「┠──┼──┨」 rule under the header (docs15: under every row, in a table of an even
    number of rows), 「┗──┴──┛」."""
    n = max(len(r) for r in rows)
    rows = [[c.replace("\n", " ") for c in r] + [""] * (n - len(r)) for r in rows]
    widths = [max(2, *(display_width(r[i]) for r in rows)) for i in range(n)]
    widths = [w + w % 2 for w in widths]

    def rule(left: str, mid: str, right: str) -> str:
        return left + mid.join("─" * (w // 2) for w in widths) + right

    def row(cells: list[str]) -> str:
        return "┃" + "│".join(_pad(c, w, right=bool(_AMOUNT.fullmatch(c))) for c, w in zip(cells, widths,
                                                                                        strict=True)) + "┃"

    every = header and len(rows) % 2 == 0
    out = [rule("┏", "┬", "┓"), row(rows[0])]
    for i, r in enumerate(rows[1:]):
        if (i == 0 and header) or every:
            out.append(rule("┠", "┼", "┨"))
        out.append(row(r))
    return [*out, rule("┗", "┴", "┛")]


_LINE_WIDTH = 70  # docs22: 35 full-width characters, in half-width units


def grid(rows: list[list[str]], wrapped: bool = False, cut: int = 0) -> list[str]:
    """docs22 (p2): a grid table as reStructuredText and text editors draw it — 「+-----+----+」 rules, a
    「+=====+」 one under the header, 「| a | b |」 rows padded with spaces, numbers right-aligned, a rule under every
    row. ``wrapped`` (writers P and Q): drawn in full-width characters, rules of 「－」 and rows between 「｜」, the
    line no wider than 35 full-width characters — the widest columns narrowed (a number's never below its
    width), each cell's text wrapped inside its column over the row's lines (a rule still under every row). ``cut``
    (writers P and Q): the same drawn at its columns' widths, and then every line of it cut at ``cut`` characters, as a
    text editor's fixed width cuts it (a row going on mid-cell on the next line)."""
    n = max(len(r) for r in rows)
    rows = [[c.replace("\n", " ") for c in r] + [""] * (n - len(r)) for r in rows]
    widths = [max(2, *(display_width(r[i]) for r in rows)) for i in range(n)]
    if cut and sum(widths) + 2 * (n + 1) > 4 * cut:  # (a table more than twice the line's width: its columns narrowed)
        cut, wrapped = 0, True
    if cut:
        widths = [w + w % 2 for w in widths]
        rule = "－" * ((sum(widths) + 2 * (n + 1)) // 2)
        drawn = [rule]
        for r in rows:
            drawn += ["｜" + "｜".join(_pad(c, w, right=bool(_AMOUNT.fullmatch(c))) for c, w in zip(r, widths,
                                                                                            strict=True)) + "｜", rule]
        return [ln[k:k + cut] for ln in drawn for k in range(0, len(ln), cut)]
    if wrapped:
        widths = [w + w % 2 for w in widths]
        least = [max([4] + [display_width(r[i]) + display_width(r[i]) % 2 for r in rows[1:] if _AMOUNT.fullmatch(r[i])])
                 for i in range(n)]
        while sum(widths) + 2 * (n + 1) > _LINE_WIDTH:
            i = max(range(n), key=lambda j: widths[j] - least[j])
            if widths[i] - 2 < least[i]:
                break
            widths[i] -= 2
        rule = "－" * ((sum(widths) + 2 * (n + 1)) // 2)
        out = [rule]
        for r in rows:
            pieces = [wrap(c, w) or [""] for c, w in zip(r, widths, strict=True)]
            for k in range(max(len(p) for p in pieces)):
                out.append("｜" + "｜".join(_pad(p[k] if k < len(p) else "", w, right=bool(_AMOUNT.fullmatch(c)))
                                           for p, c, w in zip(pieces, r, widths, strict=True)) + "｜")
            out.append(rule)
        return out

    def line(char: str) -> str:
        return "+" + "+".join(char * (w + 2) for w in widths) + "+"

    def row(cells: list[str]) -> str:
        def cell(c: str, w: int) -> str:
            gap = " " * (w - display_width(c))
            return gap + c if _AMOUNT.fullmatch(c) else c + gap

        return "| " + " | ".join(cell(c, w) for c, w in zip(cells, widths, strict=True)) + " |"

    out = [line("-"), row(rows[0]), line("=")]
    for r in rows[1:]:
        out.extend([row(r), line("-")])
    return out


def html_pretty(rows: list[list[str]]) -> list[str]:
    """docs22 (q3): a table as a static-site generator writes it into a Markdown page — a tag a line, indented, the
    header in <thead> (<th>), the rest in <tbody>; a 目標 table 「区分 | 指標 | …」 headed 「支援内容」 over both label
    columns (colspan), each 区分 cell merged down its rows (rowspan)."""
    grouped = rows[0][:2] == ["区分", "指標"]
    out = ["<table>", "  <thead>", "    <tr>"]
    head = ['<th colspan="2">支援内容</th>', *(f"<th>{html.escape(c)}</th>" for c in rows[0][2:])] if grouped \
        else [f"<th>{html.escape(c)}</th>" for c in rows[0]]
    out += [f"      {c}" for c in head] + ["    </tr>", "  </thead>", "  <tbody>"]
    for i, r in enumerate(rows[1:], 1):
        cells = list(r)
        out.append("    <tr>")
        if grouped and cells[0]:
            span = 1
            while i + span < len(rows) and not rows[i + span][0]:
                span += 1
            out.append(f'      <td rowspan="{span}">{html.escape(cells[0])}</td>' if span > 1
                       else f"      <td>{html.escape(cells[0])}</td>")
            cells = cells[1:]
        elif grouped and any(rows[k][0] for k in range(1, i)):
            cells = cells[1:]  # covered by the 区分 above
        out += [f"      <td>{c if '<ol>' in c else html.escape(c)}</td>" for c in cells] + ["    </tr>"]
    return [*out, "  </tbody>", "</table>"]


def _objective_run(titles: list[str], style: Style) -> str:
    """The 概要's 目標 cell."""
    o = style.objectives
    if o == "paragraph":
        return "、".join(titles) + "を目指す。"
    labels = {"circled": lambda n: circled(n), "label": lambda n: f"【目標{circled(n)}】",
              "mokuhyo": lambda n: f"目標{n}：", "fullparen": lambda n: f"（{n}）", "halfparen": lambda n: f"({n})",
              "dot": lambda n: f"{n}. ", "run_cell": lambda n: f"{n}. ", "ol": lambda n: f"{n}. ",
              "roman": lambda n: f"{['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii'][n - 1]}. "}[o]
    run = " ".join(labels(n) + t for n, t in enumerate(titles, 1))
    return f"<ol>{run}</ol>" if o == "ol" else run


def _objective_heading(n: int, title: str, style: Style) -> str:
    """A 別表1 1.(3) objective heading."""
    o = style.objectives
    if o == "label":
        return f"【目標{circled(n)}】{title}"
    if o == "mokuhyo":
        return f"目標{n}：{title}"
    if o == "fullparen":
        return f"（{n}）{title}"
    if o == "halfparen":
        return f"({n}) {title}"
    if o == "dot":
        return f"{n}. {title}"
    if o == "roman":  # docs17 (g4): 「i. 個社の…」 under a lettered part
        return f"{['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii'][n - 1]}. {title}"
    return f"{circled(n)}{title}"


def _summary(w: _Writer, plan: dict[str, Any]) -> None:
    s = plan["summary"]
    w.add("■概要" if w.style.summary_title == "bare" else "経営発達支援計画の概要")  # docs17c (j1): 「■概要」
    names = []
    sep = "：" if w.style.number_colon else " "
    for imp in s["implementers"]:
        if imp.get("corporate_number"):
            names.append(f"{imp['name']}（法人番号{sep}{imp['corporate_number']}）")
        elif imp.get("local_gov_code"):
            names.append(f"{imp['name']}（地方公共団体コード{sep}{imp['local_gov_code']}）")
        else:
            names.append(imp["name"])
    rows = [["実施者名", ("／" if w.style.codes == "slash" else " ").join(names)]]  # docs20 (o3): set apart with ／
    if w.style.codes == "rows":  # docs17 (i4): each number a row of its own under its body's name
        rows = []
        for imp in s["implementers"]:
            rows.append(["" if rows else "実施者名", imp["name"]])
            if imp.get("corporate_number"):
                rows.append(["法人番号", imp["corporate_number"]])
            elif imp.get("local_gov_code"):
                rows.append(["地方公共団体コード", imp["local_gov_code"]])
    if s.get("period"):
        rows.append(["実施期間", f"{w.era(_date(s['period']['start']))}～{w.era(_date(s['period']['end']))}"])
    if s["objectives"]:
        rows.append(["目標", _objective_run(s["objectives"], w.style)])
    if s["activities"]:
        nums = summary_numbers(plan, w.style)
        acts = " ".join(f"{n}. {' '.join((narrative_text(a['text']) or '').split())}"
                        for n, a in zip(nums, s["activities"], strict=True))
        rows.append(["事業内容", f"経営発達支援事業の内容 {acts}"])
    rows = _published_summary(w, plan, rows)
    _write_summary(w, plan, rows + _word_contact_rows(plan, w.style))  # word14: the Word form's 連絡先 row


def _date(iso: str | None) -> str:
    from datetime import date

    return japanese_date(date.fromisoformat(iso)) if iso else ""


def _goals(w: _Writer, plan: dict[str, Any]) -> None:
    g = plan.get("goals")
    if not g:
        return
    numbered = w.style.item_numbers in ("form", "from2")
    if w.style.chapters != "none":  # docs24: 1. and 2. the first chapter's sections
        w.add(w.chapter_heading("経営発達支援計画の目標と方針"))
    heading = w.dot(1, "目標") if numbered else "目標"
    w.add(f"【{heading}】" if w.style.lenticular else heading)  # docs17 (f1): 「【１．目標】」
    if g.get("region"):
        w.add(w.paren(1, "地域の現状及び課題"))
        w.text(g["region"])
    if g.get("long_term"):
        w.add(w.paren(2, "小規模事業者に対する長期的な振興のあり方"))
        w.text(g["long_term"])
    if g["objectives"]:
        w.add(w.paren(3, "経営発達支援事業の目標"))
        _objectives(w, g["objectives"])


def _objectives(w: _Writer, objectives: list[dict[str, Any]]) -> None:
    if w.style.objectives == "paragraph":  # older plans: one text, no numbers, its KGI/KPI inside
        w.add(_objective_run([o["title"] or "" for o in objectives], w.style))
        for o in objectives:
            w.text(o.get("text"))
    elif w.style.narrow_cells and w.style.objectives == "circled" and all(o.get("title") and not o.get("text")
                                                                          for o in objectives):
        # docs21 (n2): each objective a phrase cut at the column's width, no blank line between
        for o in objectives:
            w.lines.extend(w.cut("\u3000" + _objective_heading(o["number"], o["title"], w.style).strip(), 20))
        w.lines.append("")
    else:
        for o in objectives:
            # an objective without a title of its own: its label alone on the line
            w.add(_objective_heading(o["number"], o.get("title") or "", w.style).strip())
            w.text(o.get("text"))


def _goals_2014(w: _Writer, plan: dict[str, Any]) -> None:
    """別表1 as the 2014 form lays it out: 「経営発達支援事業の目標」, its parts 1.–4., then the period."""
    g = plan.get("goals")
    w.add("経営発達支援事業の目標")
    if w.style.goals_form in ("2014_brackets", "2014_lenticular"):  # docs17 (h4): its parts under labels in
        _goals_2014_brackets(w, plan)  # square brackets; docs21 (n4): in lenticular ones
        return
    # (docs20: numbering its items 「Ⅰ－３」 (k2), a plan of the 2014 form numbers the parts of its 目標, no part
    # of Ⅰ (経営発達支援事業の内容), as the form does: 「1．地域の現状と課題」)
    dot = (lambda n, title: f"{n}．{title}") if w.style.numbering == "part_dash" else w.dot
    if g and g.get("region"):
        w.add(dot(1, "地域の現状と課題"))
        w.text(g["region"])
    if g and g.get("long_term"):
        w.add(dot(2, "小規模事業者の中長期的な振興のあり方"))
        w.text(g["long_term"])
    if g and g["objectives"]:
        w.add(dot(3, "経営発達支援事業の目標"))
        _objectives(w, g["objectives"])
    if plan["policies"]:
        w.add(dot(4, "目標の達成に向けた方針"))
        for pol in plan["policies"]:
            w.add(f"{circled(pol['number'])}{policy_title(pol, w.style) or ''}")
            w.text(pol.get("text"))
    p = plan.get("period")
    if p:
        w.add(f"経営発達支援計画の実施期間（{w.era(_date(p['start']))}～{w.era(_date(p['end']))}）")
    w.add("経営発達支援事業の内容")


def _goals_2014_brackets(w: _Writer, plan: dict[str, Any]) -> None:
    """docs17 (h4): 「［小規模事業者の現状と課題］」「［目標］」, the period, then 「［目標の達成に向けた方針］」."""
    g = plan.get("goals")
    lenticular = w.style.goals_form == "2014_lenticular"  # docs21 (n4): 「【地域の現状】」 …
    if g and g.get("region"):
        w.add("【地域の現状】" if lenticular else "［小規模事業者の現状と課題］")
        w.text(g["region"])
    if g and g.get("long_term"):
        w.add("【小規模事業者の中長期的な振興のあり方】" if lenticular else "［小規模事業者の中長期的な振興のあり方］")
        w.text(g["long_term"])
    if g and g["objectives"]:
        w.add("【経営発達支援事業の目標】" if lenticular else "［目標］")
        _objectives(w, g["objectives"])
    p = plan.get("period")
    if p:
        w.add(f"経営発達支援事業の実施期間（{w.era(_date(p['start']))}～{w.era(_date(p['end']))}）")
    if plan["policies"]:
        w.add("目標の達成に向けた方針" if lenticular else "［目標の達成に向けた方針］")
        for pol in plan["policies"]:
            w.add(f"{circled(pol['number'])}{policy_title(pol, w.style) or ''}")
            w.text(pol.get("text"))
    w.add("経営発達支援事業の内容")


def _period(w: _Writer, plan: dict[str, Any]) -> None:
    p = plan.get("period")
    if not p:
        return
    title = "経営発達支援計画の実施期間、目標の達成方針"
    w.add(w.dot(2, title) if w.style.item_numbers == "form" else title)
    if w.style.wiki:  # docs18 (k4): the parts' titles shortened, the dates on the line below
        w.add(w.paren(1, "実施期間"), f"{w.era(_date(p['start']))} ～ {w.era(_date(p['end']))}")
    else:
        w.add(w.paren(1, f"経営発達支援事業の実施期間（{w.era(_date(p['start']))}～{w.era(_date(p['end']))}）"))
    if plan["policies"]:
        w.add(w.paren(2, "方針" if w.style.wiki else "目標の達成に向けた方針"))
        for pol in plan["policies"]:
            if w.style.policy_labels == "mokuhyo":
                _mokuhyo_policy(w, pol)
                continue
            w.add(f"{circled(pol['number'])}{policy_title(pol, w.style) or ''}")
            w.text(pol.get("text"))


def policy_title(pol: dict[str, Any], style: Style) -> str | None:
    """A policy's title as the style writes it: docs20 (o3) 「<title>に向けた方針」."""
    title = pol.get("title")
    return f"{title}に向けた方針" if title and style.policy_labels == "toward" else title


def _mokuhyo_policy(w: _Writer, pol: dict[str, Any]) -> None:
    """docs15c (d4): 「目標1：<the policy>」 — an untitled policy of one sentence on its label's line."""
    text = (narrative_text(pol.get("text")) or "").strip()
    if not pol.get("title") and text and "\n" not in text and text.endswith("。"):
        w.add(f"目標{pol['number']}：{text}")
        return
    w.add(f"目標{pol['number']}：{pol.get('title') or ''}")
    w.text(pol.get("text"))


def _part(w: _Writer, part: str) -> None:
    if w.style.chapters != "none":  # docs24: a chapter a part of the form, under the part's title
        w.add(w.chapter_heading(PART_TITLES[part]))
        return
    label = {"ascii": f"{part}.", "roman": f"{_ROMAN[part]}．", "arabic": f"{_ARABIC[part]}."}[w.style.parts]
    w.add(w.bracket(f"{label} {PART_TITLES[part]}"))


def hidden_unit(targets: list[dict[str, Any]]) -> str | None:
    """A unit no cell states, the table's own 「（単位：回）」."""
    hidden = {t["unit"] for t in targets if t.get("unit") and not any(
        t["unit"] in (v or "") for v in [*t["raw"].values(), t.get("baseline_raw")])}
    return hidden.pop() if len(hidden) == 1 else None


_PLAIN_TABLE = ("two_row_header", "group_column", "target_blocks", "target_lines", "target_one_line", "years_down",
                "paired_targets", "unit_column", "target_captions", "wiki")  # layouts of their own for a 目標 table


def _plain(style: Style, targets: list[dict[str, Any]]) -> bool:
    """A 目標 table laid out as the canonical one: no layout of its own, no groups."""
    return not any(getattr(style, f) for f in _PLAIN_TABLE) and not any(t.get("group") for t in targets)


def _bare(raw: str | None, unit: str) -> str | None:
    """docs21 (n4): a cell's figure without the unit its table's note states (「2回」 → 「2」)."""
    return raw[:-len(unit)] if raw and raw.endswith(unit) and re.fullmatch(r"[\d,.]+", raw[:-len(unit)]) else raw


def _unit_runs(w: _Writer, targets: list[dict[str, Any]], years: list[int]) -> bool:
    """docs21 (n4): rows counting in several units, a table for each run of one unit under its note 「（単位：回）」,
    the cells bare figures. False when the table is not laid out so (a unit missing, one unit, a layout of its own)."""
    units = [t.get("unit") for t in targets]
    if not w.style.unit_notes or not all(units) or len(set(units)) < 2 or not _plain(w.style, targets):
        return False
    runs: list[list[dict[str, Any]]] = []
    for t in targets:
        if not runs or runs[-1][0]["unit"] != t["unit"]:
            runs.append([])
        runs[-1].append({**t, "raw": {y: _bare(v, t["unit"]) for y, v in t["raw"].items()},
                         "baseline_raw": _bare(t.get("baseline_raw"), t["unit"])})
    if any(re.match(r"[\d,.]+[^\d,.\s]", c or "") for run in runs for t in run
           for c in [*t["raw"].values(), t["baseline_raw"]]):
        return False  # a cell with a unit of its own (「5人」 in a table of 者): the cell's unit, not the note's
    for run in runs:
        w.add(f"（単位：{run[0]['unit']}）")
        _targets(w, run, years, noted=True)
    return True


_IN_NAME = re.compile(r"[(（](?:現行|現状|実績|基準|新規)")


def _baseline_in_name(w: _Writer, targets: list[dict[str, Any]], labels: list[str]) -> list[str] | None:
    """docs21 (n2): each name with its 現行 in brackets 「…（現行1回）」 (「（新規）」 without one), or None when
    the table cannot be written so (a 現行 no bracket holds, a name with such a bracket of its own)."""
    raws = [t.get("baseline_raw") or "" for t in targets]
    if not w.style.baseline_in_name or not any(raws) or w.style.unit_in_name or not _plain(w.style, targets) or any(
            _IN_NAME.search(x) for x in labels) or not all(
            not r or (re.fullmatch(r"[^()（）\s]{1,12}", r) and re.match(r"[約]?[\d０-９]", r)) for r in raws):
        return None
    return [f"{x}（現行{r}）" if r else f"{x}（新規）" for x, r in zip(labels, raws, strict=True)]


def _narrow(w: _Writer, rows: list[list[str]]) -> None:
    """docs21 (n2): a 目標 table copied from a two-column PDF — its header on a line, each name wrapped at 11
    characters, its figures on a line of their own below (an empty cell 「－」). (Names are wrapped where two or more
    are cut, so that the cells' width shows: one name cut once, a row without a number below it, reads as a group
    over its first row; a piece opening with a note's mark 「（※）」 would read as a note under the table, and a name
    holding a space as two cells.)"""
    w.lines.append("項目\u3000\u3000\u3000\u3000" + " ".join(rows[0][1:]))
    wrap = sum(len(r[0]) > 11 for r in rows[1:]) >= 2 and not any(
        re.match(r"[(（]?[※*＊]", r[0][i:]) or re.search(r"\s", r[0])
        for r in rows[1:] for i in range(11, len(r[0]), 11))
    for r in rows[1:]:
        w.lines.extend([r[0][i:i + 11] for i in range(0, len(r[0]), 11)] if wrap else [r[0]])
        w.lines.append("\u3000" * 6 + " ".join(c.replace(" ", "") or "－" for c in r[1:]))
    w.lines.append("")


def _unit_cell(raw: str | None, unit: str | None) -> str:
    """docs24: a 目標 cell as a Word table of years prints it — its figure with the row's unit 「15件」, 「－」 for
    none."""
    if not raw or re.fullmatch(r"\s*[-－―ー]?\s*", raw):
        return "－"
    return f"{raw}{unit}" if unit and re.fullmatch(r"[\d,.]+", raw) else raw


def _targets(w: _Writer, targets: list[dict[str, Any]], years: list[int], noted: bool = False) -> None:
    if w.style.chapters != "none":
        targets = [{**t, "raw": {y: _unit_cell(v, t.get("unit")) for y, v in t["raw"].items()},
                    "baseline_raw": t.get("baseline_raw") and _unit_cell(t["baseline_raw"], t.get("unit"))}
                   for t in targets]
    if not noted and _unit_runs(w, targets, years):
        return
    labels_in_name = _baseline_in_name(w, targets, [t["indicator"] for t in targets])
    note = any(t.get("note") for t in targets)
    baseline = any(t.get("baseline_raw") for t in targets) and labels_in_name is None
    total = any(t.get("total_raw") for t in targets)
    header = [""] + (["公表方法"] if note else []) + (["現行"] if baseline else []) + \
        [w.year(y) for y in years] + (["合計"] if total else [])
    unit = hidden_unit(targets)
    if w.style.target_sentences and _sentences(w, targets, years, unit):
        return
    if w.style.two_row_header and not (w.style.group_column or w.style.target_blocks or w.style.target_lines
                                       or w.style.years_down or w.style.paired_targets):
        _two_row_table(w, targets, header, note, baseline, total, years)
        return
    if unit and w.style.subsections != "bracketed" and not noted:  # bracketed: on the 目標 label's line
        w.add(f"（単位：{unit}）")
    grouped = [bool(t.get("group")) for t in targets]
    if w.style.group_column and (all(grouped) or not any(grouped) or w.style.merged_repeated) \
            and not w.style.paired_targets:
        # docs15: 「区分 | 指標 | …」, the 区分 cell filled on the first row of its group only (docs22: on each row,
        # under 「支援内容」 written over both label columns, as Google Docs' export repeats a merged cell's text)
        header[0:1] = ["支援内容", "支援内容"] if w.style.merged_repeated else ["区分", "指標"]
        rows, group = [header], None
        for t in targets:
            first = t.get("group") != group or w.style.merged_repeated
            group = t.get("group")
            # (docs23: a row of no group among grouped ones, its name merged across both label columns: in both)
            merged = t["indicator"] if w.style.merged_repeated and any(grouped) else ""
            rows.append([group if first and group else merged, t["indicator"], *_target_cells(t, note, baseline,
                                                                                         total, years)])
        w.table(_unit_column(w, rows, [None, *targets], 2))
        return
    if w.style.target_blocks or w.style.target_lines or w.style.target_one_line:  # docs16b (g1): 「項目：…」 blocks
        _target_blocks(w, targets, header, note, baseline, total, years)
        return
    if captions_of(targets, w.style):  # docs18b (l4): a table per group, the group a numbered caption over it
        captions = captions_of(targets, w.style)
        runs: list[list[dict[str, Any]]] = []
        for t in targets:
            if not runs or runs[-1][0].get("group") != t.get("group"):
                runs.append([])
            runs[-1].append(t)
        for run in runs:
            group = run[0].get("group")
            if group in captions:
                w.add(captions[group])
            head = [[group] + [""] * (len(header) - 1)] if group and group not in captions else []  # a group row
            rows = [header, *head] + [[t["indicator"], *_target_cells(t, note, baseline, total, years)] for t in run]
            w.table(_unit_column(w, rows, [None, *([None] * len(head)), *run], 1))
        return
    rows = [header]
    of: list[dict[str, Any] | None] = [None]  # the target of each row (none for the header and group rows)
    group = None
    labels = _pair_labels(targets) if w.style.paired_targets else labels_in_name or [t["indicator"] for t in targets]
    if w.style.wiki and labels and labels[0]:  # docs18 (k4): a footnote's reference after the first name
        labels = [f"{labels[0]}[^{len(w.lines) % 9 + 1}]", *labels[1:]]
    if w.style.unit_in_name:  # docs17 (f1): 「①…公表回数（回）」, the unit in brackets after the name
        labels = [f"{label}（{t['unit']}）" if t.get("unit") else label for t, label in zip(targets, labels,
                                                                                     strict=True)]
    for t, label in zip(targets, labels, strict=True):
        if t.get("group") and t["group"] != group:
            group = t["group"]
            rows.append([group] + [""] * (len(header) - 1))
            of.append(None)
        rows.append([label, *_target_cells(t, note, baseline, total, years)])
        of.append(t)
    rows = _unit_column(w, rows, of, 1)
    if w.style.years_down:  # docs17 (g3): the table turned, a row a year and a column an indicator
        rows[0][0] = "年度"
        rows = [list(col) for col in zip(*rows, strict=True)]
    if w.style.narrow_cells and _plain(w.style, targets):
        _narrow(w, rows)
        return
    w.table(rows)


_SENTENCE_NAME = re.compile(r"[^、。「」()（）]{2,40}")


def _sentences(w: _Writer, targets: list[dict[str, Any]], years: list[int], unit: str | None) -> bool:
    """docs23 (p2): each 目標 row a sentence, 「…件数は、令和9年度20件、…とする（現行：12件）。」 — False (a table
    then) when a row cannot be said so: a layout of its own, a group, a 公表方法 or 合計, a year without its figure,
    a name holding a comma, quotes or brackets."""
    if not years or not _plain(w.style, targets) or any(t.get("note") or t.get("total_raw") or not _SENTENCE_NAME
                                                        .fullmatch(t["indicator"]) for t in targets):
        return False
    if not all(re.match(r"[0-9０-９]", t["raw"].get(str(y)) or "") for t in targets for y in years):
        return False
    if unit:
        w.add(f"（単位：{unit}）")
    for t in targets:
        base = t.get("baseline_raw") or ""
        said = "、".join(f"{_year_before(w, y)}{t['raw'][str(y)]}" for y in years)
        w.add(f"\u3000{t['indicator']}は、{said}とする" + (f"（現行：{base}）" if re.match(r"[0-9０-９]", base)
                                                         else "") + "。")
    w.add("")
    return True


def _two_row_table(w: _Writer, targets: list[dict[str, Any]], header: list[str], note: bool, baseline: bool,
                   total: bool, years: list[int]) -> None:
    """docs18 (k3): the header over two rows, not merged — 「目標値」 over the years and 現行 (公表方法) above an
    empty cell of the year row, 「年度」 in its label cell — then a 「単位」 row when every row counts in one unit,
    the cells bare numbers under it."""
    lead = len(header) - 1 - len(years) - total  # 公表方法, 現行
    top = [""] + header[1:1 + lead] + ["目標値"] + [""] * (len(years) - 1) + (["合計"] if total else [])
    second = ["年度"] + [""] * lead + header[1 + lead:1 + lead + len(years)] + ([""] if total else [])
    units = {t.get("unit") for t in targets}
    unit = units.pop() if len(units) == 1 else None
    rows = [top, second]
    if unit:
        rows.append(["単位"] + [""] * note + [unit] * (len(header) - 1 - note))
    else:
        hidden = hidden_unit(targets)
        if hidden:
            w.add(f"（単位：{hidden}）")
    group = None
    for t in targets:
        if t.get("group") and t["group"] != group:
            group = t["group"]
            rows.append([group] + [""] * (len(header) - 1))
        cells = _target_cells(t, note, baseline, total, years)
        if unit:  # the unit is the 単位 row's: the cells print the number alone
            cells = [c[:-len(unit)] if i >= note and c.endswith(unit) else c for i, c in enumerate(cells)]
        rows.append([t["indicator"], *cells])
    w.table(rows)


_CAPTION_MARK = re.compile(r"^(?:[①-⑳]|[(（][0-9０-９]{1,2}[)）])")


def captions_of(targets: list[dict[str, Any]], style: Style) -> dict[str, str]:
    """docs18b (l4): each group's caption (its name, numbered 「①…」 when it has no number of its own), when the
    style writes a table per group: groups of unnumbered rows and short names."""
    if not style.target_captions or style.paired_targets or style.group_column:
        return {}
    groups = list(dict.fromkeys(t["group"] for t in targets if t.get("group")))
    if style.caption_brackets:  # docs20 (o4): 「【栗森商工会議所】」 over each group's table, numbered rows or not
        return {g: f"【{g}】" for g in groups
                if len(g) <= 36 and "。" not in g and not re.search(r"[【】]|目標|指標|単位", g)}
    # (a group whose rows are numbered 「①…」 keeps its group row: a caption names unnumbered rows only)
    return {g: g if _CAPTION_MARK.match(g) else f"{circled(k)}{g}" for k, g in enumerate(groups, 1)
            if len(g) <= 36 and "。" not in g
            and not any(_CAPTION_MARK.match(t["indicator"]) for t in targets if t.get("group") == g)}
def _unit_column(w: _Writer, rows: list[list[str]], of: list[dict[str, Any] | None], at: int) -> list[list[str]]:
    """docs17 (h4): a 単位 column after the name's, each row's unit in it (「項目 | 単位 | 現状 | H27 …」)."""
    if not w.style.unit_column:
        return rows
    cells = ["単位"] + [(t or {}).get("unit") or "" for t in of[1:]]
    return [[*r[:at], c, *r[at:]] for r, c in zip(rows, cells, strict=True)]


def _target_blocks(w: _Writer, targets: list[dict[str, Any]], header: list[str], note: bool, baseline: bool,
                   total: bool, years: list[int]) -> None:
    """Each target a block: 「項目：name」, then one labelled line a column (the years on one line)."""
    n_years = len(years)
    group = None
    for t in targets:
        if t.get("group") and t["group"] != group:
            group = t["group"]
            w.add(group if _caption_line(w.style, targets, group) else f"区分：{group}")
        cells = _target_cells(t, note, baseline, total, years)
        labelled = [(h, c) for h, c in zip(header[1:], cells, strict=True)]
        first_year = len(labelled) - n_years - (1 if total else 0)
        if w.style.one_line_colon:  # docs20 (o3): 「name：現行0回／R5 1回／…」, 現行 glued to its figure
            w.add(f"{t['indicator']}：" + "／".join(
                f"{h}{c or '－'}" if _BASE_LABEL.fullmatch(h) and re.match(r"[-－0-9０-９]", c or "－")
                else f"{h} {c or '－'}" for i, (h, c) in enumerate(labelled) if c or i >= first_year))
            continue
        if w.style.target_one_line:  # docs18 (j3): 「name　現行 1回／令和9年度 2回／…」, an empty year 「－」
            w.add(f"{t['indicator']}\u3000" + "／".join(f"{h} {c or '－'}" for i, (h, c) in enumerate(labelled)
                                                        if c or i >= first_year))
            continue
        if w.style.target_lines:  # docs17c (j2): the name alone, then a line a column, 「R8年度目標：1回」
            w.add(t["indicator"], *(f"\u3000{h}：{c}" for h, c in labelled[:first_year] if c),
                  *(f"\u3000{h}{'目標' if i < n_years else ''}：{c or '－'}"
                    for i, (h, c) in enumerate(labelled[first_year:])))
            continue
        lines = [f"項目：{t['indicator']}"]
        lines += [f"\u3000{h}：{c}" for h, c in labelled[:first_year] if c]
        lines.append("\u3000" + "\u3000".join(f"{h}：{c or '－'}" for h, c in labelled[first_year:]))
        w.add(*lines)


_BASE_LABEL = re.compile(r"現行|現状|実績|基準値?")


def _caption_line(style: Style, targets: list[dict[str, Any]], group: str) -> bool:
    """docs20 (o3): a group of one-line rows named by a line of its own 「①商談会出展支援」 — a numbered group whose
    rows are not numbered (else 「区分：…」, as the rows of j3)."""
    return style.one_line_colon and bool(_CAPTION_MARK.match(group)) and len(group) <= 40 and not any(
        _CAPTION_MARK.match(t["indicator"]) for t in targets if t.get("group") == group)


def _target_cells(t: dict[str, Any], note: bool, baseline: bool, total: bool, years: list[int]) -> list[str]:
    return ([t.get("note") or ""] if note else []) + ([t.get("baseline_raw") or ""] if baseline else []) + \
        [t["raw"].get(str(y), "") for y in years] + ([t.get("total_raw") or ""] if total else [])


def _pair_labels(targets: list[dict[str, Any]]) -> list[str]:
    """Row labels with the rows in pairs: 「(上：A・下：B)」 on the upper row, the lower one's label cell
    empty (two indicators of the same group whose names hold no bracket or colon of their own)."""
    plain = [not re.search(r"[(（)）:：上下]|^[①-⑳]", t["indicator"]) for t in targets]
    labels = [t["indicator"] for t in targets]
    i = 0
    while i + 1 < len(targets):
        if plain[i] and plain[i + 1] and targets[i].get("group") == targets[i + 1].get("group"):
            labels[i], labels[i + 1] = f"(上：{labels[i]}・下：{labels[i + 1]})", ""
            i += 2
        else:
            i += 1
    return labels


def _item(w: _Writer, item: dict[str, Any], number: int | None, years: list[int], heading: bool = True) -> None:
    title = item_title(item, w.style)
    text = w.dot(number, title) if number is not None else title
    for ln in w.cut(text, 24) if heading else []:
        w.add(ln)
    n = 0

    def sub(title: str, unit: str | None = None) -> None:
        nonlocal n
        n += 1
        if w.style.subsections == "bracketed":  # 「（目標）→（単位：件）」: one tab line, as Word's text gives it
            w.add(f"（{title}）" + (f"\t（単位：{unit}）" if unit else ""))
        else:
            w.add(w.paren(n, title))

    if item.get("current_issues"):
        sub("現状と課題")
        w.text(item["current_issues"])
    if item.get("policy"):
        sub("支援に対する考え方")
        w.text(item["policy"])
    subitems: list[str | None] = [None]
    for t in item["targets"]:
        if t.get("subitem") not in subitems:
            subitems.append(t.get("subitem"))

    def of(s: str | None, a: dict[str, Any]) -> bool:
        # an activity under a sub-item (「8-1 …」) carries the sub-item in its title
        owner = next((x for x in subitems[1:] if compact(a.get("title") or "").startswith(compact(x))), None)
        return owner == s

    first = n
    for s in subitems:
        n = first  # each sub-item numbers its subsections from where the item's own left off
        targets = [t for t in item["targets"] if t.get("subitem") == s]
        acts = [a for a in item["activities"] if of(s, a)]
        if s:
            w.add(s)
        if targets:
            sub("目標", hidden_unit(targets))
            if item["number"] % 2 == 0:  # docs15c (d3): the table on the page after its heading
                w.page_break()
            _targets(w, targets, years)
        if acts:
            sub("事業内容")
            for a in acts:
                title = a.get("title") or ""
                if s:
                    title = title[len(s):] if title.startswith(s) else title[len(s.replace(" ", "")):]
                if title.strip():
                    w.add(title.strip())
                w.text(a.get("text"))
    if item.get("utilization"):
        sub("調査結果の活用")
        w.text(item["utilization"])


def _sheet1(w: _Writer, plan: dict[str, Any]) -> None:
    w.open_sheet(1)
    if w.style.goals_form in ("2014", "2014_brackets", "2014_lenticular"):
        _goals_2014(w, plan)
    else:
        w.add("経営発達支援計画")
        _goals(w, plan)
        _period(w, plan)
    years = plan["period"]["fiscal_years"] if plan.get("period") else []
    part = None
    for i, (item, number) in enumerate(zip(plan["items"], item_numbers(plan, w.style), strict=True)):
        if item.get("part") and item["part"] != part:
            part = item["part"]
            _part(w, part)
        _item(w, item, number, years, heading=not (w.style.heading_missing and i == MISSING))


def _sheet2(w: _Writer, plan: dict[str, Any]) -> None:
    org = plan.get("organization")
    if not org:
        return
    w.open_sheet(2)
    w.add("経営発達支援事業の実施体制")
    if org.get("as_of"):
        w.add(f"({w.era(japanese_year_month(org['as_of']))}現在)")
    if w.style.org_form == "2025":
        _sheet2_2025(w, org)
        return
    w.add(w.bracket("(1) 実施体制"))
    chamber = next((a["organization"] for a in org["legal_advisors"] if a.get("organization")), "")
    if w.style.sheets == "chart":  # docs15: a chart under its header, a duty for each role
        rows = [["役職", "人数", "担当"]] + [[s["role"], f"{s['count']}名", "経営発達支援事業の実施"]
                                        for s in org["staff"]]
    elif w.style.tables == "cells":  # docs16a: the list under its 「役職」「人数」 header
        rows = [["役職", "人数"]] + [[s["role"], f"{s['count']}名"] for s in org["staff"]]
    elif w.style.sheets == "labels":  # docs16b (g1): a web page's 「事務局長：1名」 lines
        w.add(*(f"{s['role']}：{s['count']}名" for s in org["staff"]))
        rows = []
    elif w.style.staff_table:  # docs18b (l4): a table, the corner cell 「役職」, a column per office and 「合計」
        rows = [["役職", "本所", "支所", "合計"]] + [[s["role"].replace(" ", ""), str(s["count"]), "0",
                                                      str(s["count"])] for s in org["staff"]]
    elif w.style.chart_box and org["staff"]:  # docs18 (k1): a chart drawn with text, the first role a box
        first, rest = org["staff"][0], org["staff"][1:]
        w.lines.extend(["", f"{' ' * 20}関係市町村{' ' * 20}{chamber or '事務局'}",
                        f"{' ' * 18}商工担当課{' ' * 20}{first['role']}（{first['count']}名）", f"{' ' * 50}│",
                        *(f"{' ' * 40}{s['role']}{' ' * max(2, 16 - 2 * len(s['role']))}{s['count']}名" for s in rest),
                        ""])
        rows = []
    elif w.style.staff_columns:  # docs17c (k2): a column for each office and their sum, typed with spaces
        w.add("\u3000" * 8 + "本所\u3000\u3000支所\u3000\u3000計",
              *(f"\u3000{s['role']}\u3000\u3000{s['count']}\u3000\u3000－\u3000\u3000{s['count']}"
                for s in org["staff"]))
        rows = []
    elif w.style.sheets == "short_lines":  # docs17c (j2): a line each, a note after an advisor's count
        w.add(chamber or "事務局", *(f"\u3000{s['role']} {s['count']}名" + ("（兼務）" * ("指導員" in s["role"]))
                                   for s in org["staff"]))
        rows = []
    elif w.style.staff_bodies and len(org["staff"]) >= 2 and all(_ROLE.fullmatch(x["role"]) for x in org["staff"]):
        # docs21 (n2): an indented list, the first roles in brackets after their body's name, the others a line each
        inner, rest = org["staff"][:3], org["staff"][3:]
        w.lines.extend([chamber or "商工会", "\u3000総会",
                        "\u3000事務局（" + "、".join(f"{x['role']}{x['count']}名" for x in inner) + "）",
                        *(f"\u3000\u3000{x['role']}\u3000\u3000{x['count']}名" for x in rest), ""])
        rows = []
    elif w.style.sheets in FORM_CELLS:  # docs17 (f3, f4): the form typed as a table, the chart with its 合計
        rows = [["役職", "人数"]] + [[s["role"], f"{s['count']}名"] for s in org["staff"]]
        rows.append(["合計", f"{sum(s['count'] for s in org['staff'])}名"])
    else:
        rows = [[chamber or "事務局", ""]] + [[s["role"], f"{s['count']}名"] for s in org["staff"]]
    if rows:
        w.table(rows)
    w.add(w.bracket("(2) 商工会及び商工会議所による小規模事業者の支援に関する法律第7条第5項に規定する経営指導員"
                    "による情報の提供及び助言に係る実施体制"))
    if org["legal_advisors"]:
        w.add("①当該経営指導員の氏名、連絡先")
        contact = [f"{a.get('organization') or ''}\u3000TEL：{a.get('phone') or ''}" for a in org["legal_advisors"]]
        if w.style.sheets == "form_cells":  # docs17 (f3): 「氏名 | …」「連絡先 | …」, a label cell beside its value
            w.table([r for a, c in zip(org["legal_advisors"], contact, strict=True)
                     for r in (["氏名", a["name"]], ["連絡先", c])])
        elif w.style.sheets == "form_header":  # docs17 (f4): a header 「氏名 | 連絡先」, an advisor a row
            w.table([["氏名", "連絡先"]] + [[a["name"], c] for a, c in zip(org["legal_advisors"], contact,
                                                                          strict=True)])
        else:
            w.add("■氏名：" + "、".join(a["name"] for a in org["legal_advisors"]))
            a = org["legal_advisors"][0]
            w.add(f"■連絡先：{a.get('organization') or ''} TEL：{a.get('phone') or ''}")
    if org.get("wide_area_advisor") is not None:
        verdict = "該当する" if org["wide_area_advisor"] else "該当しない"
        if w.style.wide_area == "row":  # docs15b: a label and its answer, as a table row
            w.table([["広域経営指導員への該当", verdict]])
        elif w.style.wide_area == "question":  # docs17c (k2): asked, the answer on the line below
            w.add("③広域経営指導員に該当するか", f"\u3000{verdict}")
        elif w.style.wide_area == "boxes":  # docs15b: both choices, the answer's box checked
            w.add("③広域経営指導員の当否")
            yes, no = ("■", "□") if org["wide_area_advisor"] else ("□", "■")
            w.add(f"{yes}該当する　{no}該当しない")
        else:
            w.add("③広域経営指導員の当否")
            w.add(f"申請書に記載の経営指導員は、施行規則第7条第2項に規定する広域経営指導員に{verdict}")
    if org.get("contacts"):
        w.add(w.bracket("(3) 商工会、関係市町村連絡先"))
        _org_contacts(w, org["contacts"])


_ROLE = re.compile(r"[^\s、,，※・()（）:：]+")


# docs17 (f3, f4): 別表2-4 typed as the form's table — label cells beside their values
FORM_CELLS = ("form_cells", "form_header")


def _sheet2_2025(w: _Writer, org: dict[str, Any]) -> None:
    """docs15c (d4): 別表2 as the 2025 form has it, written as text: the staff an indented list, each
    法定経営指導員 「氏名：… （本所）　連絡先：… TEL …」 on one line, (3) 広域経営指導員 answered on the
    line below, (4) 連絡先."""
    w.add(w.bracket("(1) 実施体制"))
    if org["staff"] and all(_ROLE.fullmatch(s["role"]) for s in org["staff"]):
        w.lines.extend(f"\u3000\u3000{s['role']}\u3000\u3000{s['count']}名" for s in org["staff"])
        w.lines.append("")
    elif org["staff"]:
        w.table([[s["role"], f"{s['count']}名"] for s in org["staff"]])
    w.add("(2) 法定経営指導員の関与体制等")
    if org["legal_advisors"]:
        w.add("①法定経営指導員の氏名、連絡先")
        for i, a in enumerate(org["legal_advisors"]):
            w.add(f"\u3000\u3000氏名：{a['name']}（{'本所' if i == 0 else '支所'}）\u3000\u3000連絡先："
                  f"{a.get('organization') or ''}\u3000TEL {a.get('phone') or ''}".rstrip())
    w.add("(3) 広域経営指導員")  # the form's part, answered when the plan says
    if org.get("wide_area_advisor") is not None:
        w.add("該当する" if org["wide_area_advisor"] else "該当しない")
    if org.get("contacts"):
        w.add("(4) 商工会／商工会議所、関係市町村連絡先")
        _org_contacts(w, org["contacts"])


def _org_contacts(w: _Writer, contacts: list[dict[str, Any]]) -> None:
    for i, c in enumerate(contacts, 1):
        w.add(f"{circled(i)}{c.get('organization') or ''}")
        if c.get("postal_code") or c.get("address"):
            w.add(f"〒{c.get('postal_code') or ''} {c.get('address') or ''}")
        w.add(f"{c.get('organization') or ''} {c.get('department') or ''}".strip())
        w.add(" ".join(x for x in (c.get("phone") and f"電話番号：{c['phone']}",
                                   c.get("fax") and f"FAX 番号：{c['fax']}") if x) or "")
        if c.get("email"):
            w.add(f"メールアドレス：{c['email']}")


def _sheet3(w: _Writer, plan: dict[str, Any]) -> None:
    f = plan.get("funding")
    if not f:
        return
    w.open_sheet(3)
    w.add("経営発達支援事業の実施に必要な資金の額及びその調達方法", "(単位 千円)")
    years = f["fiscal_years"]
    rows = [[""] + [w.year(y) for y in years],
            ["必要な資金の額"] + [f["total_raw"].get(str(y), "") for y in years]]
    rows += [[line["name"]] + [line["raw"].get(str(y), "") for y in years] for line in f["lines"]]
    if w.style.funding_subtotal and len(f["lines"]) >= 2:  # docs15b: 「小計」 of the first half of the lines
        half = len(f["lines"]) // 2
        sums = [sum((line["amounts"].get(str(y)) or 0) for line in f["lines"][:half]) for y in years]
        rows.insert(2 + half, ["小計"] + [f"{int(v):,}" if float(v).is_integer() else str(v) for v in sums])
    if f["sources"] and w.style.sheets in FORM_CELLS:  # docs17 (f3): 調達方法, the table's last row (the form's)
        rows.append(["調達方法", "、".join(f["sources"])] + [""] * (len(years) - 1))
    if w.style.funding_pairs:  # docs20 (o3): 「…に関する事業：R5年度 200／R6年度 200／…」, an empty year left out
        w.add(*(f"{row[0]}：" + "／".join(f"{w.year(y)} {c}" for y, c in zip(years, row[1:], strict=True) if c)
                if row[0] != "調達方法" else f"調達方法\u3000{row[1]}" for row in rows[1:]))
    elif w.style.funding_sentences:  # docs17c (j2): a sentence a row
        w.add(*(f"{row[0]}\u3000{_amount_sentence(w, years, row[1:], i == 1)}" if row[0] != "調達方法"
                else f"調達方法\u3000{row[1]}" for i, row in enumerate(rows) if i))
    elif w.style.funding_years_down:  # docs22: turned, a row a year under 「年度 | 必要な資金の額 | …」 (the form's
        # 調達方法 row, no column of figures, stays below the table)
        amounts = [r for r in rows if r[0] != "調達方法"]
        turned = [[r[j] if j < len(r) else "" for r in amounts] for j in range(len(rows[0]))]
        turned[0][0] = "年度"
        w.table(turned)
        if len(amounts) < len(rows):
            w.add("調達方法", "、".join(f["sources"]))
    elif w.style.sheets == "labels":  # docs16b (g1): each row's label, then 「令和7年度：3,800　令和8年度：…」
        for row in rows[1:]:
            w.add(row[0], "\u3000".join(f"{h}：{c or '－'}" for h, c in zip(rows[0][1:], row[1:], strict=True)))
    else:
        w.table(rows)
    if w.style.funding_subtotal:
        w.add("（注）必要な資金の額については、見込み額を記載すること。")
    if f["sources"] and w.style.sheets == "chart":  # docs15: a list, one a line
        w.lines.extend(["調達方法", *f["sources"], ""])
        w.add("（備考）調達方法については、想定される調達方法を記載すること。")
    elif f["sources"] and w.style.sheets not in FORM_CELLS:
        w.add("調達方法", "、".join(f["sources"]))
        if w.style.funding_subtotal:
            w.add("（注）調達方法については、想定される調達方法を記載すること。")


def _year_before(w: _Writer, fy: int) -> str:
    """A year's label before its amount, a space after a label without 年度 (「R8 800千円」, not 「R8800千円」)."""
    label = w.year(fy)
    return label if label.endswith("年度") else f"{label} "


def _amount_sentence(w: _Writer, years: list[int], cells: list[str], one_by_one: bool) -> str:
    """docs17c (j2): 「各年度300千円」 when every year's amount is the same, else the years that share an amount
    「令和8年度・令和9年度800千円」 and a run to the last year 「令和10年度以降1,000千円」; empty years left out."""
    if one_by_one:
        return "\u3000".join(f"{_year_before(w, y)}{c}千円" for y, c in zip(years, cells, strict=True) if c)
    if all(cells) and len(set(cells)) == 1:
        return f"各年度{cells[0]}千円"
    runs: list[tuple[list[int], str]] = []
    for y, c in zip(years, cells, strict=True):
        if runs and runs[-1][1] == c:
            runs[-1][0].append(y)
        else:
            runs.append(([y], c))
    out = []
    for i, (ys, c) in enumerate(runs):
        if not c:
            continue
        if i == len(runs) - 1 and len(ys) >= 2:
            out.append(f"{w.year(ys[0])}以降{c}千円")
        else:
            out.append("".join(f"{w.year(y)}・" for y in ys[:-1]) + f"{_year_before(w, ys[-1])}{c}千円")
    return "、".join(out)


def _sheet4(w: _Writer, plan: dict[str, Any]) -> None:
    p = plan["partners"]
    if p["declared"] == "absent":
        return
    w.open_sheet(4)
    w.add("商工会及び商工会議所以外の者と連携して経営発達支援事業を実施する場合の連携に関する事項")
    if p["declared"] == "none":
        w.add("連携者なし")
        return
    if w.style.sheets == "chart":  # docs15: the 2014 form's 「連携者及びその役割」 as a table
        w.add("連携者及びその役割")
        w.table([["名称", "代表者", "住所", "役割"]] + [[e.get("name") or "", e.get("representative") or "",
                                                      e.get("address") or "", e.get("role") or ""]
                                                     for e in p["entries"]])
        return
    if w.style.sheets in FORM_CELLS:  # docs17 (f3): a label cell beside its value, each partner's role after
        # 「（役割）」 in the 連携者及びその役割 cell, a partner a row
        def rows(label: str, texts: list[str]) -> list[list[str]]:
            return [[label if i == 0 else "", f"{circled(i + 1)}{t}"] for i, t in enumerate(texts)] or [[label, ""]]

        w.add("商工会又は商工会議所以外の者を連携して経営発達支援事業を実施する者の氏名又は名称及び住所並びに"
              "法人にあっては、その代表者の氏名")
        partners = ["\u3000".join(x for x in (e.get("name"), e.get("representative") and f"代表者\u3000"
                                               f"{e['representative']}", e.get("address")) if x)
                    + (f"\u3000（役割）{e['role']}" if e.get("role") else "") for e in p["entries"]]
        w.table(rows("連携する内容", [e.get("content") or "" for e in p["entries"]])
                + rows("連携者及びその役割", partners))
        return
    if w.style.sheets == "short_lines":  # docs17c (j2): 「連携者」 over each partner's labelled lines
        w.add("連携者")
        for i, e in enumerate(p["entries"], 1):
            w.add(f"{circled(i)}名称：{e.get('name') or ''}",
                  *(f"\u3000{label}：{e[k]}" for label, k in (("住所", "address"), ("代表者", "representative"))
                    if e.get(k)))
    else:
        w.add("連携して事業を実施する者の氏名又は名称及び住所 並びに法人にあっては、その代表者の氏名")
        for i, e in enumerate(p["entries"], 1):
            w.add(f"{circled(i)}{e.get('name') or ''}")
    w.add("連携して実施する事業の内容")
    for i, e in enumerate(p["entries"], 1):
        if e.get("content"):
            w.add(f"{circled(i)}{e['content']}")
    w.add("連携して事業を実施する者の役割")
    for i, e in enumerate(p["entries"], 1):
        if e.get("role"):
            w.add(f"{circled(i)}{e['role']}")


# --- pub14: the 概要 as METI's compilations of approved plans publish it ---------------------------
# (the addresses where each convention was seen are in tests/variants/PUBLISHED.md)
def _digits_spaced(text: str, style: Style) -> str:
    """A date or year label as a PDF copy spaces it: 「令和 9 年 4 月 1 日」."""
    if not style.digits_spaced:
        return text
    return re.sub(r"\s*(\d+)\s*", r" \1 ", text).strip()


def _published_summary(w: _Writer, plan: dict[str, Any], rows: list[list[str]]) -> list[list[str]]:
    """The 概要's rows with the labels and the 事業内容 cell as the style publishes them."""
    st, out = w.style, []
    for label, value in rows:
        if label == "事業内容" and (st.summary_parts or st.summary_kpi or st.summary_tags or st.summary_points
                                   or st.summary_number != "dot"):
            value = _published_activities(plan, st)
        if label == "実施期間" and st.period_glyphs_lost:  # 年 and 月 lost, the last 日 too
            value = re.sub(r"\s*(\d+)\s*年\s*(\d+)\s*月\s*(\d+)\s*日", r" \1 \2 \3 日", value)
            value = re.sub(r"\s*日$", "", value)
        if label == "実施者名" and st.codes != "plain":
            value = _published_codes(value, st)
        if label == "実施者名" and st.summary_label == "numbered":
            label = "実施者名（法人番号）"
        if label == "目標":
            if st.summary_label == "objectives_head":
                value = f"経営発達支援事業の目標 {value}"
            elif st.summary_label == "objectives_label":
                label = "経営発達支援事業の目標"
            elif st.summary_label == "spaced":
                label = "目 標"
        if st.summary_label == "marked" and label:  # docs15: 「■実施者名」 (a 概要 written as text)
            label = f"■{label}"
        if st.lenticular and label:  # docs17 (f1): 「【実施者名】」
            label = f"【{label}】"
        out.append([label, value])
    if st.summary_contacts and plan["summary"].get("contacts"):
        out.append(["連絡先", " ".join(_published_contact(c) for c in plan["summary"]["contacts"])])
    return out


def _published_contact(c: dict[str, Any]) -> str:
    """One body of the 概要's 連絡先: 「○名称 部署 〒… 住所 TEL … ・ FAX … メールアドレス …」."""
    parts = [f"○{c.get('organization') or ''}", c.get("department") or "",
             f"〒{c['postal_code']}" if c.get("postal_code") else "", c.get("address") or "",
             " ・ ".join(x for x in (c.get("phone") and f"TEL {c['phone']}", c.get("fax") and f"FAX {c['fax']}") if x),
             f"メールアドレス {c['email']}" if c.get("email") else ""]
    return " ".join(x for x in parts if x)


def _published_codes(value: str, style: Style) -> str:
    """法人番号 and 地方公共団体コード as published copies write them."""
    code = r"（(法人番号|地方公共団体コード)[ ：](\d+)）"
    if style.codes == "unclosed":  # the closing bracket lost, the next name run on
        return re.sub(r"(?<=\d)\s+(?=\S)", "", re.sub(code, r"（\1 \2", value))
    return re.sub(code, r"（\1）\2", value)


def summary_activity_texts(plan: dict[str, Any], style: Style) -> list[str]:
    """Each 概要 activity as the style writes it after its number: its title (tagged), its lines
    (with the KPI of the item it summarises)."""
    items = {it["key"]: it for it in plan["items"]}
    out = []
    for a in plan["summary"]["activities"]:
        title, _, rest = (narrative_text(a["text"]) or "").partition("\n")
        if style.summary_points:  # 「・A ・B」 → 「(ア)A (イ)B」
            marks = iter("アイウエオカキクケコ")
            rest = re.sub(r"(?:^|(?<=\s))・", lambda _, m=marks: f"({next(m, 'サ')})", rest)
        if style.summary_number == "angle":
            title = f"<{title}>"
        if style.summary_tags and a.get("key") in GUIDELINE:
            title += f"【指針{circled(GUIDELINE[a['key']])}】"
        kpi = _kpi(items.get(a.get("key")))
        if style.summary_kpi and kpi:
            rest = f"{rest}（計画期間中 {kpi}）"
        out.append(" ".join(f"{title}\n{rest}".split()))
    return out


def _kpi(item: dict[str, Any] | None) -> str | None:
    """The item's first target over the plan period (the sum of its years), with its unit."""
    for t in (item or {}).get("targets", []):
        values = [v for v in t["values"].values() if isinstance(v, int | float)]
        if values and t.get("unit"):
            total = sum(values)
            return f"{int(total) if float(total).is_integer() else total}{t['unit']}"
    return None


def _write_summary(w: _Writer, plan: dict[str, Any], rows: list[list[str]]) -> None:
    """The 概要 as a table, or as lines (a PDF copy): each label on a line of its own before its
    value's lines, or in their middle (the label cell centred on its value)."""
    if w.style.summary_layout == "table" and w.style.tables == "box":
        # docs15c (d3): a printed sheet's label cell merged over its value's lines, copied as one row a line
        w.lines.extend(ruled([[label if i == 0 else "", line] for label, value in rows
                              for i, line in enumerate(_value_lines(plan, w.style, label, value, split_names=True))],
                             header=False))
        w.lines.append("")
        return
    if w.style.summary_layout == "table":
        w.table(rows)
        return
    if w.style.summary_layout == "word_text":  # docs17 (h1): Word's text of the table, a cell's later paragraphs
        # on lines of their own; the label cell 「実施者名」/「（法人番号）」 of two lines
        for label, value in rows:
            lines = _value_lines(plan, w.style, label, value, split_names=True)
            if label.startswith("実施者名"):
                w.lines.append("実施者名")
                label = "（法人番号）"
            w.lines.extend([f"{label}\t{lines[0]}", *lines[1:]])
        w.lines.append("")
        return
    if w.style.summary_layout == "md_bullets":  # docs18b (l4): consultant markdown, a bold label a bullet, each
        # line of its value a bullet nested under it
        for label, value in rows:
            w.lines.extend([f"- **{label}**", *(f"  - {ln}" for ln in _value_lines(plan, w.style, label, value,
                                                                                 split_names=True))])
        w.lines.append("")
        return
    for label, value in rows:
        lines = _value_lines(plan, w.style, label, value)
        at = len(lines) // 2 if w.style.summary_layout == "mid_cell" else 0
        w.lines.extend([*lines[:at], label, *lines[at:]])
    w.lines.append("")


def _value_lines(plan: dict[str, Any], style: Style, label: str, value: str, split_names: bool = False) -> list[str]:
    """A 概要 cell's lines: one an objective, an item (its title, then its points), a contact (and with
    ``split_names``, one an implementer)."""
    if split_names and label.startswith("実施者名"):
        return [x for x in re.split(r"(?<=[）)]) (?=\S)", value) if x]
    if label == "事業内容":
        return _activity_parts(plan, style)
    if label.replace(" ", "") in ("目標", "経営発達支援事業の目標") and "<ol>" not in value:
        return [x for x in re.split(r" (?=[①-⑳]|【目標|目標\d|（\d|\(\d|\d{1,2}\. )", value) if x]
    if label == "連絡先":
        return [x for x in re.split(r" (?=○)", value) if x]
    return [value]


def _published_activities(plan: dict[str, Any], style: Style) -> str:
    return " ".join(_activity_parts(plan, style))


def _activity_parts(plan: dict[str, Any], style: Style) -> list[str]:
    nums = summary_numbers(plan, style)
    sep = " " if style.summary_number == "bare" else ". "
    parts = ["Ⅰ.経営発達支援事業の内容" if style.summary_parts else "経営発達支援事業の内容"]
    if style.summary_number == "angle":  # older 概要: 「経営発達支援事業の内容（概要）」, items unnumbered
        parts = ["経営発達支援事業の内容（概要）"]
        nums = [""] * len(nums)
        sep = ""
    parts += [f"{n}{sep}{text}" for n, text in zip(nums, summary_activity_texts(plan, style), strict=True)]
    revitalization = next((it for it in plan["items"] if it["key"] == "regional_revitalization"), None)
    if style.summary_parts and revitalization:
        what = next((a.get("title") or narrative_text(a.get("text")) for a in revitalization["activities"]), None)
        parts.append(f"Ⅱ.地域経済の活性化に資する取組 {' '.join((what or revitalization['title']).split())}")
    return parts


def render(plan: dict[str, Any], style: Style) -> str:
    """The plan's data as a text document laid out in ``style``."""
    w = _Writer(style)
    if plan.get("summary") and not style.summary_last:
        _summary(w, plan)
    if style.summary_only:  # the 概要 published on its own
        return w.finish()
    _sheet1(w, plan)
    _sheet2(w, plan)
    _sheet3(w, plan)
    _sheet4(w, plan)
    if plan.get("summary") and style.summary_last:  # docs15: the 概要 sheet put last
        _summary(w, plan)
    return w.finish()


def expected(plan: dict[str, Any], style: Style) -> dict[str, Any]:
    """The plan's data as the rendered document states it."""
    out = copy.deepcopy(plan)
    for item, number in zip(out["items"], item_numbers(plan, style), strict=True):
        if style.docx_numbering == "outline" or style.chapters == "absent":  # docs15b: no number printed, the
            number = None  # form's (docs24: a book's section, numbered in its chapter)
        item["number"] = number if number is not None else NUMBER.get(item["key"], item["number"])
        if style.item_title == "short" and item["key"] in SHORT_TITLES:
            item["title"] = SHORT_TITLES[item["key"]]
        if noun_title(style) and item["key"] in NOUN_TITLES:
            item["title"] = NOUN_TITLES[item["key"]]
    for item in out["items"]:  # docs18b (l4): a group written as a numbered caption is named so
        captions = captions_of(item["targets"], style)
        for t in item["targets"]:
            if t.get("group") in captions and not style.caption_brackets:  # (in brackets: the name as it is)
                t["group"] = captions[t["group"]]
    for pol in out.get("policies") or []:
        pol["title"] = policy_title(pol, style)
    if style.heading_missing and len(out["items"]) > MISSING:
        # placed by its content: the form's title, the number after the one before it
        item = out["items"][MISSING]
        item["title"] = TITLES[item["key"]]
        item["number"] = out["items"][MISSING - 1]["number"] + 1
    if out.get("summary"):
        for a, n in zip(out["summary"]["activities"], summary_numbers(plan, style), strict=True):
            a["number"] = n
        if style.objectives == "paragraph" and out["summary"]["objectives"]:
            out["summary"]["objectives"] = [_objective_run(out["summary"]["objectives"], style)]
    if style.objectives == "paragraph" and out.get("goals") and out["goals"]["objectives"]:
        text = _objective_run([o["title"] or "" for o in out["goals"]["objectives"]], style)
        out["goals"]["objectives"] = [{"number": 1, "title": None, "text": text, "kgi": [], "kpi": []}]
    if style.summary_only:  # a plan whose other parts are absent
        out.update(goals=None, period=None, policies=[], items=[], organization=None, funding=None, partners=None)
    _published_expected(out, plan, style)
    return out


# --- Word-native conventions (word14) ---
def _word_contact_rows(plan: dict[str, Any], style: Style) -> list[list[str]]:
    """The 概要 sheet's 連絡先 row, which the ministry's Word form has (the 概要's first contact): only in
    the 概要 drawn as Word's table, and when the published 連絡先 row (pub14) is not written already."""
    contacts = plan["summary"].get("contacts") or []
    if not style.docx_summary or style.summary_contacts or not contacts:
        return []
    c = contacts[0]
    parts = [c.get("organization"), c.get("department"),
             (c.get("postal_code") or c.get("address")) and f"〒{c.get('postal_code') or ''} {c.get('address') or ''}",
             c.get("phone") and f"電話番号：{c['phone']}", c.get("fax") and f"FAX 番号：{c['fax']}",
             c.get("email") and f"メールアドレス：{c['email']}"]
    return [["連絡先", " ".join(p.strip() for p in parts if p)]]


def _published_expected(out: dict[str, Any], plan: dict[str, Any], style: Style) -> None:
    """pub14: each 概要 activity's text as the document writes it (its tag and KPI; 「Ⅱ.…」 is no
    activity's text)."""
    written = style.summary_contacts or (style.docx_summary and bool((plan.get("summary") or {}).get("contacts")))
    if out.get("summary") and not written:  # no 連絡先 row written
        out["summary"]["contacts"] = []
    if out.get("summary") and style.docx_summary and not style.summary_contacts:  # the Word form's row: the first
        out["summary"]["contacts"] = out["summary"]["contacts"][:1]
    if out.get("summary") and written:  # the row as written: no URL
        for c in out["summary"]["contacts"]:
            c["url"] = None
    if out.get("summary") and out["summary"]["activities"]:
        for a, text in zip(out["summary"]["activities"], summary_activity_texts(plan, style), strict=True):
            a["text"] = re.sub(r"^<([^<>]*)>", r"\1", text)  # the title's brackets are no text
            if style.summary_number == "angle":  # an item without a number: the form's
                a["number"] = NUMBER.get(a["key"], a["number"])

"""The layout conventions published plans are written in, as options of one renderer.

Each convention is a named change to the canonical layout (the synthetic plan's:
items numbered as the form numbers them, half-width 「(1)」 headings, ① objectives,
tab tables, text). A variant applies one convention, or one of each group at once.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Style:
    """How one variant is laid out (the defaults are the canonical layout)."""

    item_numbers: str = "form"  # form | from1 | from2 | none: 別表1's item numbers
    summary_numbers: str = "same"  # same | from1: the 概要 numbers the items on its own
    item_title: str = "full"  # full | tag_circled 【指針③】 | tag_bracket [指針(3)] | short | subtitle (docs17, h1:
    # 「…に関すること　～…の取組～」 a catch phrase after it) | subtitle_paren (docs17b, h2: the catch phrase in
    # brackets 「…に関すること（…）」) | noun (numbered
    # titles shortened to the item's noun, 「3. 地域の経済動向調査」, as converter markdown of older plans prints them)
    objectives: str = "circled"  # circled | label | mokuhyo | fullparen | halfparen | dot | run_cell | ol | paragraph
    # | roman (docs17, g4: 「i. …」)
    widths: str = "half"  # half | full | mixed: brackets and digits of headings
    spaced_ten: bool = False  # 「1 0.」 for 10. (a converter's spacing)
    number_tab: bool = False  # docs17 (h1): 「3.<tab>地域の…」 a tab after a heading's number (Word's list numbering
    # saved as text)
    parts: str = "ascii"  # ascii I. | roman Ⅰ． | arabic 1.
    heading_missing: bool = False  # the second item's heading left out (an image, a dropped line)
    kangxi: bool = False  # ⽀⼯⾜ for 支工足 (text copied from a PDF)
    spaced_labels: bool = False  # 「概 要」「実 施 期 間」 (characters spaced out)
    cut_lines: bool = False  # long lines cut inside a word
    cut_width: int = 0  # docs22 (writers P and Q): the width lines are cut at (0: as the PDF copy cuts them)
    tables: str = "tab"  # tab | html | markdown | flat | box (ruled with box-drawing characters) | cells (one a
    # line) | bars (bars between cells, none outside, 「｜」 and 「|」 mixed: a re-typed plan) | sheet (docs17, i1:
    # the plan typed in Excel and saved as text — 「[Sheet2] 別表1」 before each sheet, every row padded with tabs,
    # headings in the first column and text in the second, blank rows inside tables) | bars_open (docs17, h2: a bar
    # before each cell and none after, 「｜実施者名｜…」, as a table typed in a mail) | slash (docs18, l2: 「／」
    # between the cells of the tables of figures, 「項目／現状／R8／…」, a row's label holding a slash 「売上額／者」)
    group_column: bool = False  # 目標 tables 「区分 | 指標 | …」, the 区分 filled once a group
    paired_targets: bool = False  # 目標 rows in pairs named 「(上：A・下：B)」 on the upper row
    era: str = "reiwa"  # reiwa | heisei: 平成 continued past 31 (平成36年3月31日), as older plans wrote
    number_colon: bool = False  # 「法人番号：」「地方公共団体コード：」 with a colon (older 概要 sheets)
    summary_only: bool = False  # the 概要 published on its own
    summary_last: bool = False  # the 概要 sheet put after 別表4
    # pub14: conventions of published 概要 sheets (METI's compilations of approved plans' 概要)
    summary_parts: bool = False  # 事業内容 under 「Ⅰ.経営発達支援事業の内容」, then 「Ⅱ.地域経済の活性化に資する取組」
    summary_kpi: bool = False  # each 概要 activity ending in its KPI 「（計画期間中 160件）」
    summary_number: str = "dot"  # dot 「3. …」 | bare 「3 …」 | angle: no number, 「<…に関すること>」 (older 概要)
    summary_points: bool = False  # each activity's points after 「(ア)」「(イ)」 instead of 「・」
    summary_tags: bool = False  # the 概要's titles tagged 【指針③】
    # summary_label: plain | marked 「■実施者名」 (docs15) | numbered …
    summary_label: str = "plain"  # plain | numbered 「実施者名（法人番号）」 | objectives_head (目標 cell opening
    # 「経営発達支援事業の目標」) | objectives_label (the label itself 「経営発達支援事業の目標」) | spaced 「目 標」
    digits_spaced: bool = False  # dates and year labels spaced as PDF copies space them 「令和 9 年 4 月 1 日」
    period_glyphs_lost: bool = False  # 概要 実施期間 without 年 and 月 (a PDF copy): 「令和 9 4 1 日～令和 14 3 31」
    summary_layout: str = "table"  # table | lines (each label on a line of its own, then each line of its
    # value, as a PDF copy gives the 概要) | mid_cell (a label in the middle of its value: its cell centred)
    # | md_bullets (docs18b, l4: 「- **実施者名**」 then 「  - …」 a line of the value)
    # | word_text (docs17, h1: Word's text of the table — each cell's first line on its row after a tab, its
    # other lines on lines of their own, the label 「実施者名」/「（法人番号）」 of two lines)
    summary_contacts: bool = False  # the 概要's 連絡先 row, each body after a 「○」 (TEL ・ FAX on one line)
    # plain | rows (docs17, i4: 「法人番号 | 6460…」 a row under the name) | unclosed:
    codes: str = "plain"  # 「（法人番号 4400005009876みどり川町（地方公共団体コード 993018」 (a PDF
    # copy losing the closing brackets) | label_bracketed: 「みどり川町商工会（法人番号）4400005009876」
    # | slash (docs20, o3): the implementers on one line set apart with 「／」 「…商工会（法人番号 …）／…町（…）」
    # docs15 (blind plans): older plans' item parts under bare bracketed labels 「（現状と課題）」, the table's
    # unit on the 目標 label's line 「（目標）→（単位：件）」 as Word's tab text joins them
    subsections: str = "paren"  # paren 「(1) 現状と課題」 | bracketed 「（現状と課題）」
    years_down: bool = False  # docs17 (g3): 目標 tables turned, 「年度 | ①… | ②…」 then a row a year
    lenticular: bool = False  # docs17 (f1): 「【1. 目標】」 and the 概要's labels 「【実施者名】」 in 【】
    unit_in_name: bool = False  # docs17 (f1): each 目標 name followed by its unit in brackets 「…回数（回）」
    unit_column: bool = False  # docs17 (h4): 目標 tables with a 単位 column after the name 「項目 | 単位 | 現状 | …」
    goals_form: str = "2019"  # 2019 「1. 目標」「(1) 地域の現状及び課題」… | 2014: 「経営発達支援事業の目標」
    # with parts 1.–4. (4. 目標の達成に向けた方針), then 「経営発達支援計画の実施期間（…）」 unnumbered
    # | 2014_brackets (docs17, h4): its parts under 「［小規模事業者の現状と課題］」「［目標］」, the period,
    # then 「［目標の達成に向けた方針］」 | 2014_lenticular (docs21, n4): under 「【地域の現状】」
    # 「【小規模事業者の中長期的な振興のあり方】」「【経営発達支援事業の目標】」, the period, 「目標の達成に向けた方針」
    # docs15c (blind plans d3, d4): a printed spreadsheet copied from its PDF, a 2025-form plan as text
    pages: str = "none"  # none | headed: page footers 「－３－」 and the sheet's name 「（別表１）」 atop each page,
    # a page break between some items' 「(3) 目標」 and their table
    org_form: str = "2019"  # 2019 | 2025: 別表2 (2) 「氏名：… 連絡先：…」 on one line per advisor, (3) 広域経営指導員
    # a part of its own answered 「該当しない」, (4) 連絡先; the staff an indented list 「専務理事　1名」
    policy_labels: str = "circled"  # circled ①… | mokuhyo: 「目標1：<the policy>」, one for each objective
    # | toward (docs20, o3): each titled 「①<its title>に向けた方針」
    fullwidth_digits: bool = False  # every number full-width, 「６２０００…」「２，４５０」「０２６５－８８」 (not in
    # mail addresses and URLs)
    sheets: str = "plain"  # plain | chart: 別表2 staff as 「役職 | 人数 | 担当」 under its header, 別表3's 調達方法
    # one a line, 別表4's partners as a 「名称 | 代表者 | 住所 | 役割」 table (older plans, Word's tab text)
    # | form_cells (docs17, f3): the form typed as a table — 別表2's chart with its 「合計」 row, (2)① as label cells
    # 「氏名 | …」「連絡先 | …」, 別表3's 調達方法 its last row, 別表4 label cells 「連携者及びその役割 | ①… （役割）…」
    # | form_header (docs17, f4): the same, (2)① under a header row 「氏名 | 連絡先」, an advisor a row
    # | short_lines (docs17c, j2): 別表2's staff a line each under the chamber's name, a note after a count
    # 「1名（兼務）」; 別表4's partners under 「連携者」 as 「①名称：…」「住所：…」「代表者：…」
    # | labels (docs16b, g1): a web page — 別表2 staff 「事務局長：1名」 a line, 別表3 each row's label then its
    # amounts 「令和9年度：3,800　令和10年度：…」
    numbering: str = "dots"  # dots 「3.」「(1)」 | dai_kana 「第3」「ア」 (the 告示's own numbering) | letters (docs17,
    # g4): 「3.」「b.」 | part_dash (docs17c, k2): 「Ⅰ－３」「（ア）」 | bare: no
    # number at all, the form's labels alone (a Word outline of Heading styles without list numbering)
    year_labels: str = "era"  # era 「令和9年度」 | bare 「9年度」 (table headers without their era) | letter 「R9」
    # | western 「2027(R9)」
    heading_marks: bool = False  # docs16b (g1): a web CMS page — 「▼」 before each sheet (its title on the
    # same line, 「▼（別表2）経営発達支援事業の実施体制」) and the 概要, 「◆」 before each numbered heading
    target_blocks: bool = False  # docs16b (g1): 目標 rows as blocks of labelled lines, 「項目：…」 then 「単位：回」
    # 「現行：1」 and the years on one line 「R7：1　R8：1 …」 (a web CMS without tables)
    target_lines: bool = False  # docs17c (j2): each 目標 row its name on a line 「①…事業者数」, then a line a
    # column 「現行：10者」「R8年度目標：20者」 (no 「項目：」 label, the years one on a line)
    funding_sentences: bool = False  # docs17c (j2): 別表3 as a sentence a row, 「…事業　各年度300千円」,
    # 「令和8年度・令和9年度800千円、令和10年度以降1,000千円」, the total's years one by one
    summary_title: str = "full"  # full 「経営発達支援計画の概要」 | bare 「■概要」 (docs17c, j1)
    staff_columns: bool = False  # docs17c (k2): 別表2's chart typed with a column per office and a 計 column
    group_rows: str = "plain"  # plain | bracketed: a 目標 table's group row 「【会議所】」 (docs17b, h2)
    # --- docs18b (writers L and M of session 9) ---
    # tables also: csv (m2: a form system's export, every cell quoted, 「"2,400"」; m3's Excel paste: docs18's
    # excel_paste below)
    staff_table: bool = False  # l4: 別表2's chart a table with a column per office and the corner cell, 「合計」
    target_captions: bool = False  # l4: a 目標 table per group, the group a numbered caption over it
    caption_brackets: bool = False  # docs20 (o4, a joint plan): the caption the group's name in brackets 「【…】」,
    # over numbered rows too (a table per implementer under 「【栗森商工会議所】」)
    brackets_all: bool = False  # l2: every numbered heading in 【】 with its number inside — 「【１．目標】」
    # 「【（１）地域の現状及び課題】」「【３．…に関すること】」「【（２）目標】」「【Ⅰ．…】」, 別表2's
    # 「【（１）実施体制】」
    form_export: bool = False  # m2: 別表1 as a form system's text export — each part's first line a field named
    # by its path 「3. …に関すること／(1) 現状と課題：…」, 「項目番号：3」「項目名：…」 before an item, the sheets and
    # parts under banners 「■■ 別表1 ■■」「-- I. … --」 (with tables="csv")
    two_row_header: bool = False  # docs18 (k3): 目標 tables headed over two rows not merged — 「| 現行 | 目標値 | …」
    # above 「年度 | | 令和2年度 | …」 — and a 「単位」 row under them when the rows count in one unit (cells bare)
    target_one_line: bool = False  # docs18 (j3): each 目標 row on one line, its name then each column's label and
    # value set apart with 「／」 — 「①…セミナー　現行 1回／令和9年度 2回／…」 (a 目標 cell written as lines)
    one_line_colon: bool = False  # docs20 (o3): the same, the name set apart with a colon and 現行 glued to its
    # figure 「…公表回数：現行0回／R5 1回／…」, a group a caption line of its own 「①商談会出展支援」
    funding_pairs: bool = False  # docs20 (o3): 別表3 a row a line, 「…に関する事業：R5年度 200／R6年度 200／…」
    # --- docs21 (writer N of session 10) ---
    baseline_in_name: bool = False  # n2: no 現行 column, each row's 現行 in brackets after its name
    # 「…回数（現行1回）」, 「（新規）」 for a row without one
    narrow_cells: bool = False  # n2 (text copied from a two-column PDF): 目標 names wrapped in narrow cells, 11
    # characters a line, the figures on a line of their own below 「　　　　　　1 1 1 1 1」; the objectives cut at
    # the column's width, 20 characters a line
    unit_notes: bool = False  # n4: a 目標 part of rows counting in several units as a table for each unit, each under
    # a note of its own 「（単位：回）」 … 「（単位：件）」, the cells bare figures
    staff_bodies: bool = False  # n2: 別表2's chart an indented list, a body's members in brackets after its name
    # 「事務局（事務局長1名、法定経営指導員1名、…）」
    chart_box: bool = False  # docs18 (k1): 別表2's staff as an organisation chart drawn with text — the first role a
    # box 「事務局長（1名）」 beside the 市町村's box on its line, a 「│」 under it, the others 「役職　　N名」 below
    excel_paste: bool = False  # docs18 (m3): the plan typed in Excel and pasted as text — each row's sheet row number
    # first, headings in the first column and text indented, a paragraph of several lines one quoted cell 「"…\n…"」
    wiki: bool = False  # docs18 (k4): an internal wiki's markdown page — 「# 別表1」「## 3. …」「### (1) …」 headings,
    # the 概要 numbered 0 「## 0. 経営発達支援計画の概要」, 2.'s parts shortened 「(1) 実施期間」 (the dates on the
    # line below) and 「(2) 方針」, pipe tables ruled 「|:--|--:|」, a footnote's reference after a name 「…数[^1]」
    # --- docs24 (issue 14): habits the writers' test plans are known to use (their texts unread) ---
    chapters: str = "none"  # none | absent | kept: a book's outline laid over the form's — 「第1章　経営発達支援計画
    # の目標と方針」 over 1. and 2., then a chapter a part 「第2章　経営発達支援事業の内容」 (Ⅰ.), a section a numbered
    # heading of the form, numbered in its chapter 「第1節　地域の経済動向調査に関すること」 (kept: the form's number
    # inside, 「第1節　３．地域の…」), its parts 「1　現状と課題」; the 目標 cells with their unit 「15件」, 「－」 none
    format: str = "text"  # text | docx | pdf | html (docs24: Word 2010's web page, tests/variants/word_html.py)
    # --- Word-native layouts (word14): structures of Word itself, drawn only by the Word builder
    # (tests/variants/word.py) and so read from the .docx and from its PDF ---
    docx_summary: bool = False  # 概要 as a bordered two-column table, content cells of paragraphs and line breaks
    docx_numbering: str = "text"  # text | decimal | enclosed: labels by Word's automatic numbering, Heading styles
    # | levels (docs24): one multi-level list of the 「List Number」 style 「第１」「１」「（１）」「ア」「（ア）」
    # | outline: Heading styles and no number at all (parts and 別表 labels typed; docs15b)
    docx_targets: bool = False  # 目標 tables: 「目標」 spanning the years, merged label cells, a 単位 column
    docx_funding: bool = False  # 別表3 with 「（単位 千円）」 in a merged caption row and 調達方法 in the table
    docx_revisions: bool = False  # tracked changes left in, comments, bookmarks, fields
    docx_runs: bool = False  # runs split across formatting, furigana, soft hyphens, tab and 全角 indents
    docx_textbox: bool = False  # the 別表 labels in text boxes (DrawingML with its VML fallback)
    docx_converter: bool = False  # docs23 (p1, a "PDF to Word" converter's output): a paragraph a printed line (prose
    # cut every 39 characters, mid-word), tables as tab paragraphs with a leading tab, the headings a text box held
    # (the 概要's title, parts, 別表 labels) plain paragraphs between empty ones, a page's number a paragraph 「3」
    google_docs: bool = False  # docs22 (writers P and Q): Google Docs' text export — a byte order mark, CRLF line
    # ends, 「■」 before each sheet's label, 「▼」 before a numbered heading 「3. …」, 「□」 before a part 「(1) …」
    merged_repeated: bool = False  # docs22: a merged cell's text repeated on every row it spans (Google Docs'
    # export), a 目標 table's 区分 on each of its rows, under 「支援内容」 spanning both label columns, repeated
    funding_years_down: bool = False  # docs22: 別表3 turned, a row a year 「令和9年度 | 4,600 | 300 | …」 under
    # a header 「年度 | 必要な資金の額 | <each line's name>」
    docx_form_table: bool = False  # docs22 (writer Q): the whole of 別表1 one two-column table 「項目 | 内容」, a row
    # a numbered heading and its text, the item's 目標 as lines aligned with full-width spaces in the text's cell
    docx_item_unit: bool = False  # docs24: 目標 tables whose corner 「項目」 spans the name's and unit's columns over
    # both header rows, 「目標」 over the years, names and units split 「指標 | 単位」 (tests/variants/word.py)
    docx_nested: bool = False  # docs21 (n4, a prefecture's 2014 template): an item's 目標 part a one-cell table, its
    # heading and unit notes paragraphs of the cell, its 目標 tables nested in the cell
    # --- docs15b (issue 14): more habits of the blind plans' authors ---
    funding_subtotal: bool = False  # 別表3 with a 「小計」 row, 「（注）」 notes under the table and the 調達方法
    wide_area: str = "sentence"  # sentence | row: a label and its answer 「広域経営指導員への該当 | 該当する」 |
    # boxes: both choices printed, the answer's box checked 「■該当する　□該当しない」 | question (docs17c, k2):
    # 「広域経営指導員に該当するか」 asked, the answer on the line below
    # --- docs23 (writer P of session 11) ---
    target_sentences: bool = False  # p2: each 目標 row a sentence, 「…件数は、令和9年度20件、…令和13年度30件とする
    # （現行：12件）。」 (no table)


@dataclass(frozen=True)
class Convention:
    group: str
    name: str
    changes: dict

    def apply(self, style: Style) -> Style:
        return replace(style, **self.changes)


CONVENTIONS: list[Convention] = [
    Convention("numbering", "items-from-3", {}),
    Convention("numbering", "items-from-1", {"item_numbers": "from1"}),
    Convention("numbering", "items-from-2", {"item_numbers": "from2"}),
    Convention("numbering", "items-unnumbered", {"item_numbers": "none"}),
    Convention("numbering", "summary-from-1", {"summary_numbers": "from1"}),
    Convention("titles", "title-full", {}),
    Convention("titles", "title-tag-【指針③】", {"item_title": "tag_circled"}),
    Convention("titles", "title-tag-[指針(3)]", {"item_title": "tag_bracket"}),
    Convention("titles", "title-short", {"item_title": "short"}),
    Convention("titles", "title-noun", {"item_title": "noun"}),
    Convention("titles", "title-tag-〔指針③〕", {"item_title": "tag_shell"}),
    Convention("objectives", "objectives-①", {}),
    Convention("objectives", "objectives-【目標①】", {"objectives": "label"}),
    Convention("objectives", "objectives-目標1", {"objectives": "mokuhyo"}),
    Convention("objectives", "objectives-（1）", {"objectives": "fullparen"}),
    Convention("objectives", "objectives-(1)", {"objectives": "halfparen"}),
    Convention("objectives", "objectives-1.", {"objectives": "dot"}),
    Convention("objectives", "objectives-one-run", {"objectives": "run_cell"}),
    Convention("objectives", "objectives-<ol>-no-<li>", {"objectives": "ol"}),
    Convention("objectives", "objectives-paragraph", {"objectives": "paragraph"}),
    Convention("headings", "headings-half-width", {}),
    Convention("headings", "headings-full-width", {"widths": "full"}),
    Convention("headings", "headings-mixed-width", {"widths": "mixed"}),
    Convention("headings", "headings-「1␣0.」", {"spaced_ten": True}),
    Convention("headings", "parts-Ⅰ", {"parts": "roman"}),
    Convention("headings", "parts-1", {"parts": "arabic"}),
    Convention("headings", "item-heading-missing", {"heading_missing": True}),
    Convention("characters", "chars-plain", {}),
    Convention("characters", "chars-kangxi", {"kangxi": True}),
    Convention("characters", "chars-spaced-labels", {"spaced_labels": True}),
    Convention("characters", "chars-cut-lines", {"cut_lines": True}),
    Convention("characters", "chars-full-width-digits", {"fullwidth_digits": True}),  # docs15c (d3)
    Convention("tables", "tables-tab", {}),
    Convention("tables", "tables-html", {"tables": "html"}),
    Convention("tables", "tables-markdown", {"tables": "markdown"}),
    Convention("tables", "tables-flattened", {"tables": "flat"}),
    Convention("tables", "tables-box-drawn", {"tables": "box"}),
    Convention("tables", "tables-one-cell-a-line", {"tables": "cells"}),
    Convention("targets", "targets-one-per-row", {}),
    Convention("targets", "targets-paired-rows", {"paired_targets": True}),
    Convention("targets", "targets-区分-column", {"group_column": True}),
    Convention("dates", "dates-reiwa", {}),
    Convention("dates", "dates-heisei-continued", {"era": "heisei"}),
    Convention("dates", "dates-digits-spaced", {"digits_spaced": True}),
    Convention("dates", "dates-年月-lost", {"period_glyphs_lost": True}),
    Convention("codes", "codes-in-brackets", {}),
    Convention("codes", "codes-with-colon", {"number_colon": True}),
    Convention("codes", "codes-brackets-unclosed", {"codes": "unclosed"}),
    Convention("codes", "codes-label-in-brackets", {"codes": "label_bracketed"}),
    Convention("document", "document-whole", {}),
    Convention("document", "document-summary-only", {"summary_only": True}),
    Convention("document", "document-summary-last", {"summary_last": True}),
    # pub14: the 概要 as METI's compilations publish it (addresses in tests/variants/PUBLISHED.md)
    Convention("summary-activities", "summary-activities-plain", {}),
    Convention("summary-activities", "summary-parts-Ⅰ-Ⅱ", {"summary_parts": True}),
    Convention("summary-activities", "summary-kpi-in-brackets", {"summary_kpi": True}),
    Convention("summary-activities", "summary-numbers-without-dot", {"summary_number": "bare"}),
    Convention("summary-activities", "summary-tags-【指針③】", {"summary_tags": True}),
    Convention("summary-activities", "summary-items-<in-angle-brackets>", {"summary_number": "angle"}),
    Convention("summary-activities", "summary-points-(ア)", {"summary_points": True}),
    Convention("summary-labels", "summary-labels-plain", {}),
    Convention("summary-labels", "summary-label-実施者名（法人番号）", {"summary_label": "numbered"}),
    Convention("summary-labels", "summary-objectives-headed", {"summary_label": "objectives_head"}),
    Convention("summary-labels", "summary-label-経営発達支援事業の目標", {"summary_label": "objectives_label"}),
    Convention("summary-labels", "summary-label-「目␣標」", {"summary_label": "spaced"}),
    Convention("summary-labels", "summary-labels-■", {"summary_label": "marked"}),
    Convention("summary-contacts", "summary-contacts-none", {}),
    Convention("summary-contacts", "summary-contacts-○", {"summary_contacts": True}),
    Convention("summary-layout", "summary-as-table", {}),
    Convention("summary-layout", "summary-as-lines", {"summary_layout": "lines"}),
    Convention("summary-layout", "summary-labels-mid-cell", {"summary_layout": "mid_cell"}),
    # docs15: conventions of the blind plans (tests/blind/)
    Convention("subsections", "subsections-(1)", {}),
    Convention("subsections", "subsections-（bracketed）", {"subsections": "bracketed"}),
    Convention("number-style", "numbers-3.-(1)", {}),
    Convention("number-style", "numbers-第3-ア", {"numbering": "dai_kana"}),
    Convention("number-style", "numbers-none-labels-alone", {"numbering": "bare"}),
    Convention("goals-form", "goals-2019-form", {}),
    Convention("goals-form", "goals-2014-form-1.-4.", {"goals_form": "2014"}),
    Convention("sheets", "sheets-plain", {}),
    Convention("sheets", "sheets-charts-and-lists", {"sheets": "chart"}),
    Convention("year-labels", "year-labels-with-era", {}),
    Convention("year-labels", "year-labels-without-era", {"year_labels": "bare"}),
    Convention("year-labels", "year-labels-R9", {"year_labels": "letter"}),
    Convention("year-labels", "year-labels-2027(R9)", {"year_labels": "western"}),
    # docs15c: conventions of the blind plans d3 (ruled characters) and d4 (2025 form as text)
    Convention("pages", "pages-plain", {}),
    Convention("pages", "pages-headed-（別表１）", {"pages": "headed"}),
    Convention("org-form", "org-2019-form", {}),
    Convention("org-form", "org-2025-form-(3)広域", {"org_form": "2025"}),
    Convention("policy-labels", "policies-①", {}),
    Convention("policy-labels", "policies-目標1：", {"policy_labels": "mokuhyo"}),
    Convention("format", "format-docx", {"format": "docx"}),
    Convention("format", "format-pdf", {"format": "pdf"}),
    # --- Word-native conventions (word14): built as Word files only, read from the .docx and its PDF ---
    Convention("word", "word-summary-table", {"docx_summary": True}),
    Convention("word", "word-numbering-decimal", {"docx_numbering": "decimal"}),
    Convention("word", "word-numbering-enclosed", {"docx_numbering": "enclosed"}),
    Convention("word", "word-targets-merged", {"docx_targets": True, "paired_targets": True}),
    Convention("word", "word-funding-merged", {"docx_funding": True}),
    Convention("word", "word-revisions-fields", {"docx_revisions": True}),
    Convention("word", "word-runs-ruby", {"docx_runs": True}),
    Convention("word", "word-textbox", {"docx_textbox": True}),
    Convention("word", "word-targets-nested-in-a-cell", {"docx_nested": True}),  # docs21 (n4)
    Convention("word", "word-pdf-converter-line-paragraphs-tab-rows", {"docx_converter": True}),  # docs23 (p1)
]
# --- docs15b (issue 14): more habits of the blind plans' authors ---
CONVENTIONS += [
    Convention("funding-rows", "funding-plain", {}),
    Convention("funding-rows", "funding-小計-（注）", {"funding_subtotal": True}),
    Convention("wide-area", "wide-area-sentence", {}),
    Convention("wide-area", "wide-area-label-answer", {"wide_area": "row"}),
    Convention("wide-area", "wide-area-check-boxes-■□", {"wide_area": "boxes"}),
    Convention("word", "word-outline-unnumbered", {"docx_numbering": "outline"}),
]
# --- docs16b (issue 14): a plan published as a web page ---
CONVENTIONS += [
    Convention("heading-marks", "heading-marks-none", {}),
    Convention("heading-marks", "heading-marks-▼◆-web-page", {"heading_marks": True}),
    Convention("target-layout", "targets-in-a-table", {}),
    Convention("target-layout", "targets-as-項目-blocks", {"target_blocks": True}),
    Convention("sheets", "sheets-as-label-lines", {"sheets": "labels"}),
    Convention("tables", "tables-bars-｜-|-mixed", {"tables": "bars"}),
]
# --- docs17b (issue 14): writers H and I of session 8 (tables typed with spaces, bracketed subtitles and groups) ---
CONVENTIONS += [
    Convention("aligned-rows", "tables-aligned-full-width-spaces", {"tables": "aligned"}),
    Convention("title-subtitles", "title-subtitle-（…）", {"item_title": "subtitle_paren"}),
    Convention("group-rows", "target-group-rows-【bracketed】", {"group_rows": "bracketed"}),
]
# --- docs17 (issue 14): the blind plans f3, f4 — the 別表 typed as the form's tables ---
CONVENTIONS += [
    Convention("sheets", "sheets-form-label-cells", {"sheets": "form_cells"}),
    Convention("sheets", "sheets-form-氏名-連絡先-header", {"sheets": "form_header"}),
    Convention("tables", "tables-excel-sheets-as-text", {"tables": "sheet"}),
    # h1: Word's text export of a city chamber's plan
    Convention("headings", "headings-number-tab-title", {"number_tab": True}),
    Convention("titles", "title-subtitle-～…～", {"item_title": "subtitle"}),
    Convention("summary-layout", "summary-word-text-cell-lines", {"summary_layout": "word_text"}),
    # h2: a table typed with bars in a mail; h4: the 2014 form's bracketed goal labels, a 単位 column
    Convention("tables", "tables-bar-before-each-cell", {"tables": "bars_open"}),
    Convention("goals-form", "goals-2014-form-［labels］", {"goals_form": "2014_brackets"}),
    Convention("targets", "targets-単位-column", {"unit_column": True}),
    # g4: parts lettered 「a.」「b.」, objectives 「i.」「ii.」
    Convention("number-style", "numbers-3.-a.", {"numbering": "letters"}),
    Convention("objectives", "objectives-i.", {"objectives": "roman"}),
    # f1: 【】 around 1. and the 概要's labels, a unit in brackets after each 目標 name; i4: the codes on rows of
    # their own
    Convention("headings", "headings-【１．目標】-labels-【】", {"lenticular": True}),
    Convention("targets", "targets-unit-after-name-（回）", {"unit_in_name": True}),
    Convention("codes", "codes-on-rows-of-their-own", {"codes": "rows"}),
    # g3: 目標 tables turned, a row a year (a table layout of its own: not drawn in the random mixes)
    Convention("target-layout", "targets-years-down", {"years_down": True}),
]
# --- docs17c (issue 14): writers J and K of session 8 ---
CONVENTIONS += [
    # j2: each 目標 row a name line and a line a column, 「R8年度目標：1回」
    Convention("target-layout", "targets-name-then-column-lines", {"target_lines": True}),
    # j2: 別表3 a sentence a row, the years that share an amount together
    Convention("funding-rows", "funding-sentences-各年度-以降", {"funding_sentences": True}),
    # j2: staff lines with a note after the count, partners' labelled lines under 「連携者」
    Convention("sheets", "sheets-short-lines-連携者-名称：", {"sheets": "short_lines"}),
    # j1: the 概要 headed 「■概要」 alone
    Convention("summary-title", "summary-title-■概要", {"summary_title": "bare"}),
    # k2: 「Ⅰ－３　…に関すること」, parts 「（ア）現状」「（ウ）目標」
    # (a group of its own, drawn alone: its mixes with cut lines and the 2014 form are not read yet)
    Convention("part-dash", "numbers-Ⅰ－3-（ア）", {"numbering": "part_dash"}),
    # k2: 「広域経営指導員に該当するか」 asked, 「該当しない」 below
    Convention("wide-area", "wide-area-question-該当するか", {"wide_area": "question"}),
    # k2: a joint plan's staff chart, a column per 商工会 and their 計 (a group of its own, drawn alone)
    Convention("staff-columns", "staff-columns-per-office-計", {"staff_columns": True}),
]
# --- docs18 (issue 14): writers J, K (session 8 leftovers) and L, M (session 9) ---
CONVENTIONS += [
    # k4: a wiki's markdown page (a group of its own, drawn alone: its tables are the markdown ones)
    Convention("wiki", "markdown-wiki-0.概要-(1)実施期間", {"wiki": True, "tables": "markdown"}),
    # l2: tables typed with 「／」 between cells (a group of its own, drawn alone)
    Convention("slash-tables", "tables-slash-／-cells", {"tables": "slash"}),
    # j3: a 目標 row on one line, 「…　現行 1回／令和9年度 2回／…」 (a group of its own, drawn alone)
    Convention("one-line-targets", "targets-one-line-現行-／-years", {"target_one_line": True}),
    # k1: the staff as a chart drawn with text, a box 「事務局長（1名）」 (a group of its own, drawn alone)
    Convention("chart-box", "staff-chart-box-（1名）", {"chart_box": True}),
    # m3: an Excel sheet pasted with its row numbers, paragraphs as quoted cells (a group of its own, drawn alone)
    Convention("excel-paste", "excel-paste-row-numbers-quoted-cells", {"excel_paste": True}),
    # k3: 目標 tables with a two-row header (目標値 over the years, 現行 above an empty cell) and a 単位 row
    Convention("two-row-header", "targets-two-row-header-単位-row", {"two_row_header": True}),
]
# --- docs18b (issue 14): writers L and M of session 9 (each a group of its own, drawn alone) ---
CONVENTIONS += [
    # m2: a form system's export, its tables CSV with every cell quoted
    Convention("delimited", "tables-csv-every-cell-quoted", {"tables": "csv"}),
    # l4: the 概要 as bold-label bullets, each line of a value a bullet nested under its label
    Convention("summary-layout-md", "summary-as-bold-label-bullets", {"summary_layout": "md_bullets"}),
    # l2: every numbered heading in 【】 (a group of its own: drawn alone)
    Convention("brackets-all", "headings-all-levels-in-【】", {"brackets_all": True}),
    # m2: the whole export, 別表1's parts as fields named by their path
    Convention("delimited", "form-export-path-fields-csv", {"tables": "csv", "form_export": True}),
    # l4: consultant markdown — a caption over each group's table, per-office staff columns with the corner cell
    Convention("target-captions", "targets-caption-over-each-group", {"target_captions": True}),
]
# --- docs20 (issue 14): writer O of session 10 ---
CONVENTIONS += [
    # o3: 目標 rows on one line 「…：現行0回／R5 1回／…」, 別表3's rows so too, the implementers set apart with 「／」
    Convention("one-line-targets", "targets-one-line-name：現行0回-／", {"target_one_line": True,
                                                                       "one_line_colon": True}),
    Convention("funding-rows", "funding-a-row-a-line-事業：R5年度-／", {"funding_pairs": True}),
    Convention("codes", "codes-implementers-set-apart-／", {"codes": "slash"}),
    Convention("policy-labels", "policies-①…に向けた方針", {"policy_labels": "toward"}),
    # o4: a joint plan's 目標, a table per implementer under its name in brackets 「【栗森商工会議所】」
    Convention("target-captions", "targets-【caption】-over-each-group", {"target_captions": True,
                                                                          "caption_brackets": True}),
    Convention("staff-columns", "staff-columns-corner-合計-table", {"staff_table": True}),
]
# --- docs21 (issue 14): writer N of session 10 ---
CONVENTIONS += [
    # n2: a two-column PDF copied as text — 現行 in brackets in the row's name, names wrapped in narrow cells over
    # their figures, objectives cut at the column's width, 別表2's bodies with their members in brackets
    Convention("baseline-in-name", "targets-（現行1回）-in-the-name-（新規）", {"baseline_in_name": True}),
    Convention("narrow-cells", "targets-names-wrapped-in-narrow-cells", {"narrow_cells": True,
                                                                         "baseline_in_name": True}),
    Convention("staff-bodies", "staff-body-（members-N名、…）", {"staff_bodies": True}),
    # n4: a 2014-form Word template — the 目標 parts under 【】 labels, a table for each unit under its note
    Convention("goals-lenticular", "goals-2014-form-【labels】", {"goals_form": "2014_lenticular"}),
    Convention("unit-notes", "targets-a-table-a-unit-each-under-（単位：）", {"unit_notes": True}),
]
# --- docs22 (issue 14): writers P and Q of session 11 (each a group of its own, drawn alone) ---
CONVENTIONS += [
    # p2: a text editor's grid tables, 「+----+」 rules, 「+====+」 under the header, 「| a | b |」 rows
    Convention("grid-tables", "tables-grid-+---+-====", {"tables": "grid"}),
    # writers P and Q: a text cut at 35 full-width characters a line, its tables ruled with 「－」 and 「｜」, each
    # row's cells wrapped over lines inside their columns
    Convention("grid-tables", "tables-grid-－｜-rows-wrapped-lines-cut-at-35",
               {"tables": "grid_wrapped", "cut_lines": True, "cut_width": 35}),
    # (the same text, its tables drawn at their columns' widths and every line of them cut at 35 characters too: a row
    # going on mid-cell on the next line)
    Convention("grid-tables", "tables-grid-－｜-rows-cut-mid-cell-at-35",
               {"tables": "grid_cut", "cut_lines": True, "cut_width": 35}),
    # writers P and Q: Google Docs' text export (BOM, CRLF, 「■」「▼」「□」 before headings), a merged 区分 cell's
    # text on every row, 別表3 turned with a row a year
    Convention("google-docs", "google-docs-export-BOM-CRLF-■▼□", {"google_docs": True}),
    Convention("merged-repeated", "targets-merged-区分-repeated-on-every-row",
               {"group_column": True, "merged_repeated": True}),
    Convention("funding-years-down", "funding-turned-a-row-a-year", {"funding_years_down": True}),
    # q3: a static-site generator's HTML tables, a tag a line (thead/tbody), a 区分 merged down (rowspan) under a
    # 「支援内容」 header over both label columns (colspan)
    Convention("html-pretty", "tables-html-one-tag-a-line", {"tables": "html_pretty"}),
    Convention("html-pretty", "tables-html-区分-rowspan-支援内容-colspan", {"tables": "html_pretty",
                                                                      "group_column": True}),
    # writer Q's Word plan: 別表1 one table 「項目 | 内容」, the 目標 aligned lines in the text's cell (drawn alone)
    Convention("word", "word-別表1-one-table-項目-内容", {"docx_form_table": True}),
    # docs23 (p2): 目標 rows as sentences 「…は、令和9年度20件、…とする（現行：12件）。」
    Convention("target-sentences", "targets-as-sentences-…は、R9年度20件、…とする", {"target_sentences": True}),
]
# --- docs24 (issue 14): habits of the test plans of writers P and Q (known from their instructions) ---
CONVENTIONS += [
    # a Word plan (and its text) numbered as a book, 「第2章」「第1節」「1」, over the form's parts and items
    Convention("chapters", "chapters-第1章-第1節-form-numbers-absent", {"chapters": "absent"}),
    Convention("chapters", "chapters-第1節-３．-form-numbers-kept", {"chapters": "kept"}),
    Convention("chapters", "chapters-第1章-第1節-as-Word", {"chapters": "absent", "format": "docx"}),
    # a 2014-form plan (平成 years) typed in Word 2010 and saved as a web page (.htm, Shift_JIS, Word's markup)
    Convention("word-html", "word-2010-html-2014-form-平成", {"format": "html", "goals_form": "2014",
                                                            "era": "heisei"}),
    # a Word plan whose headings are one multi-level list (List Number: 第１, １, （１）), its 目標 tables' 「項目」
    # spanning the name's and the unit's columns over both header rows
    Convention("word-levels", "word-list-number-第１-１-（１）-項目-merged", {
        "format": "docx", "docx_numbering": "levels", "objectives": "fullparen", "docx_item_unit": True}),
]
BY_NAME = {c.name: c for c in CONVENTIONS}
# Conventions that take something out of the plan: check rightly reports them (a heading left out, the
# body absent from a 概要 published on its own).
DEFECTS = {"item-heading-missing", "document-summary-only"}
OFFICE_GROUPS = ("format", "word")  # conventions of Word and PDF files, not of text
TEXT_GROUPS = ["numbering", "titles", "objectives", "headings", "characters", "tables", "targets", "dates",
               "codes", "document"]
# How often a random combination takes a convention (1 unless said): a 概要 on its own in one in eight,
# so that most combinations still hold the body.
WEIGHTS = {"document-whole": 7}
# pub14: the 概要 as published
TEXT_GROUPS += ["summary-activities", "summary-labels", "summary-contacts", "summary-layout"]
# docs15: the blind plans' conventions
TEXT_GROUPS += ["subsections", "year-labels", "goals-form", "number-style", "sheets"]
# docs15b: more habits of the blind plans' authors
TEXT_GROUPS += ["funding-rows", "wide-area"]
# docs15c: the blind plans d3 and d4
TEXT_GROUPS += ["pages", "org-form", "policy-labels"]


def style_of(conventions: list[Convention]) -> Style:
    style = Style()
    for c in conventions:
        style = c.apply(style)
    return style


def singles(*, formats: bool = True) -> list[list[Convention]]:
    """Each convention alone."""
    return [[c] for c in CONVENTIONS if formats or c.group not in OFFICE_GROUPS]


def combinations(n: int, seed: int = 14) -> list[list[Convention]]:
    """n text variants taking one convention of every group at random (seeded)."""
    rng = random.Random(seed)
    groups = {g: [c for c in CONVENTIONS if c.group == g] for g in TEXT_GROUPS}
    return [[rng.choices(groups[g], [WEIGHTS.get(c.name, 1) for c in groups[g]])[0] for g in TEXT_GROUPS]
            for _ in range(n)]


# --- Word-native conventions (word14) ---
WORD = [c for c in CONVENTIONS if c.group == "word"]
# Word conventions LibreOffice does not print as Word does, so that their PDF is not the one a chamber
# sends: it prints decimalEnclosedParen (⑴) as a bare 1.
NOT_PRINTABLE = {"word-numbering-enclosed"}
# docs22: Word conventions whose PDF is not read yet — 別表1 one two-column table, its text cells printed over
# pages (the 目標's aligned lines wrapped in the narrow cell): read from the .docx only
NOT_PRINTABLE |= {"word-別表1-one-table-項目-内容"}


# docs22: Word conventions drawn alone only (each on every plan, as Word and as PDF), out of the mixes below so that
# those stay the ones drawn before them
WORD_ALONE = {"word-別表1-one-table-項目-内容"}
# docs23: a converter's Word made from a PDF is sent as Word (its PDF the one it was made from), and drawn alone
NOT_PRINTABLE |= {"word-pdf-converter-line-paragraphs-tab-rows"}
WORD_ALONE |= {"word-pdf-converter-line-paragraphs-tab-rows"}


def word_variants(n: int, seed: int = 14) -> list[list[Convention]]:
    """Each Word convention alone, then n mixes: two to four Word conventions at once and one text
    convention (tables as Word draws them: not the text groups of tables), seeded."""
    rng = random.Random(seed)
    text = [c for c in CONVENTIONS if c.group in TEXT_GROUPS and c.group != "tables"]
    mixed = [c for c in WORD if c.name not in WORD_ALONE]
    return [[c] for c in WORD] + [[*rng.sample(mixed, rng.randint(2, 4)), rng.choice(text)] for _ in range(n)]


# --- docs19 (issue 14): the conventions drawn alone, mixed with the common habits ---
# A plan mixes habits: each convention the random combinations never draw (a group of its own) — and those
# docs17c added to the common groups, rarely drawn there — is written with one convention of every group of
# TEXT_GROUPS at once, in a mix set of its own (seeded apart: the combinations above stay as they were).
MIX_EXTRA = ["funding-sentences-各年度-以降", "sheets-short-lines-連携者-名称：", "wide-area-question-該当するか"]
MIXED_ALONE = [c for c in CONVENTIONS if c.group not in TEXT_GROUPS and c.group not in OFFICE_GROUPS and c.changes]
MIXED_ALONE += [BY_NAME[n] for n in MIX_EXTRA]
_TABLE_TYPED = "a table is typed in one way: its own, not also in another table layout"
# What a convention of MIXED_ALONE is not mixed with, and why (a real plan could not have both): a group of
# TEXT_GROUPS (none of it drawn: the canonical layout kept) or a convention by name. A convention that sets the
# same layout field as the one mixed must be declared here (tests/test_variants.py checks it).
INCOMPATIBLE: dict[str, dict[str, str]] = {
    "tables-aligned-full-width-spaces": {"tables": _TABLE_TYPED},
    "title-subtitle-（…）": {"titles": "an item's title is written in one way: with its subtitle in brackets"},
    "numbers-Ⅰ－3-（ア）": {"number-style": "a plan numbers its headings in one scheme: 「Ⅰ－３」「（ア）」"},
    "markdown-wiki-0.概要-(1)実施期間": {
        "tables": "a markdown page has markdown tables",
        "numbers-none-labels-alone": "the wiki's shortened part 「(1) 実施期間」 is known by its number: unnumbered it"
                                     " would be the 概要's label",
    },
    "tables-slash-／-cells": {"tables": _TABLE_TYPED},
    # (docs20: a flattened turned table of one-word names and full cells is read — grid.years_down_lines)
    "targets-years-down": {
        "tables-flattened": "a turned table flattened to words loses which words make one name and which cell is "
                            "empty (「ア 中小企業…」「２ 以上」, a group's empty column)"},
    "tables-csv-every-cell-quoted": {"tables": "a CSV export has CSV tables"},
    "form-export-path-fields-csv": {
        "tables": "a CSV export has CSV tables",
        # a form system's export is written by the system from its fields, never copied from a PDF
        **dict.fromkeys(["chars-kangxi", "chars-cut-lines", "chars-spaced-labels", "dates-digits-spaced",
                         "dates-年月-lost", "pages"], "an export written by a form system is not copied from a PDF"),
        "chars-full-width-digits": "a form system keeps amounts and dates as numbers, written half-width",
        **dict.fromkeys(["headings", "number-style", "items-unnumbered", "items-from-1"],  # (items-from-1: docs20)
                        "a form system names each field by the form's own numbering, not the author's headings"),
        # docs20: the 概要's label on a line over its value, or in the middle of it, is a printed sheet copied from its
        # PDF (or Word's text of its table)
        "summary-layout": "a form system exports the 概要's fields its own way, not laid out as a printed sheet",
        "goals-form": "a form system exports the current form's fields: the 2014 form's parts are not among them",
        "targets-paired-rows": "a form system keeps each indicator a record of its own: no two rows named together "
                               "on the upper one (a Word table's merged cells)",
    },
    "summary-as-bold-label-bullets": {
        "summary-layout": "the 概要 is laid out in one way: as markdown bullets",
        "tables-excel-sheets-as-text": "markdown bullets are a markdown page's, not typed in an Excel sheet",
        "objectives-<ol>-no-<li>": "a flattened <ol> is an HTML page's converter's, not a markdown page's bullets",
    },
    "headings-all-levels-in-【】": {
        "title-tag-【指針③】": "a writer bracketing every heading in 【】 would nest the 【指針③】 tag inside one "
                               "「【4.…【指針④】】」: such a plan tags its titles otherwise",
    },
    "targets-names-wrapped-in-narrow-cells": {"tables": _TABLE_TYPED},
    "tables-grid-+---+-====": {"tables": _TABLE_TYPED},
    "tables-html-one-tag-a-line": {"tables": _TABLE_TYPED},
    "tables-html-区分-rowspan-支援内容-colspan": {
        "tables": _TABLE_TYPED, "targets": "the 区分 column is drawn one way: merged down its rows"},
    "targets-merged-区分-repeated-on-every-row": {
        "targets": "the 区分 column is drawn one way: its merged cell's text on every row"},
    "tables-grid-－｜-rows-wrapped-lines-cut-at-35": {
        "tables": _TABLE_TYPED, "chars-cut-lines": "the lines are cut at one width: the editor's 35 characters"},
    "tables-grid-－｜-rows-cut-mid-cell-at-35": {
        "tables": _TABLE_TYPED, "chars-cut-lines": "the lines are cut at one width: the editor's 35 characters"},
    "goals-2014-form-【labels】": {"goals-form": "the 目標 of 別表1 is laid out in one form"},
    # docs24: a Word file is typed, not copied from a PDF (its page numbers are in its footer)
    "chapters-第1章-第1節-as-Word": dict.fromkeys(
        ["chars-kangxi", "chars-cut-lines", "dates-digits-spaced", "dates-年月-lost", "pages"],
        "a Word file is typed, not copied from a PDF: no page numbers typed as lines, no glyphs of a PDF's fonts"),
    "word-2010-html-2014-form-平成": {
        "goals-form": "the web page is of a 2014-form plan: its 目標 laid out in that form",
        "dates": "the web page's plan states its dates in 平成 years, typed (not copied from a PDF)",
        **dict.fromkeys(["chars-kangxi", "chars-cut-lines", "pages"],
                        "a Word file is typed, not copied from a PDF: no page numbers typed as lines, no glyphs of a "
                        "PDF's fonts"),
    },
    "word-list-number-第１-１-（１）-項目-merged": {
        "objectives": "1.(3)'s objectives are the list's third level 「（１）」, numbered by Word in one way",
        "number-style": "a plan numbers its headings in one scheme: here Word's list 「第１」「１」「（１）」",
        "items-unnumbered": "the items are the list's first level: numbered by Word, never left unnumbered",
        "targets-単位-column": "the 目標 tables' units are in the column under 「項目」: a table has one 単位 column",
        "targets-paired-rows": "each indicator a row of its own under the 「項目」 spanning name and unit (the pairs' "
                               "merged label cells are another Word table's layout)",
        "targets-区分-column": "the corner 「項目」 spans the name and its unit: a 区分 column is another table's "
                              "layout",
        **dict.fromkeys(["chars-kangxi", "chars-cut-lines", "dates-digits-spaced", "dates-年月-lost", "pages"],
                        "a Word file is typed, not copied from a PDF: no page numbers typed as lines, no glyphs of a "
                        "PDF's fonts"),
    },
    "heading-marks-▼◆-web-page": {
        "headings-number-tab-title": "a tab after a heading's number is Word's text export, not a web page's",
        "tables-excel-sheets-as-text": "a web page is not an Excel sheet saved as text",
    },
}


def incompatible(focus: Convention, other: Convention) -> str | None:
    """Why ``other`` is not mixed with ``focus`` (None: it is)."""
    declared = INCOMPATIBLE.get(focus.name, {})
    return declared.get(other.name) or declared.get(other.group)


def undeclared_overlaps() -> list[tuple[str, str]]:
    """(focus, other) pairs of MIXED_ALONE and TEXT_GROUPS conventions setting the same field, not declared."""
    return [(f.name, c.name) for f in MIXED_ALONE for c in CONVENTIONS
            if c.group in TEXT_GROUPS and c.group != f.group and set(f.changes) & set(c.changes)
            and not incompatible(f, c)]


def alone_mixes(n: int, seed: int = 19) -> list[list[Convention]]:
    """n variants for each convention of MIXED_ALONE: it, and one convention of every group of TEXT_GROUPS
    compatible with it, at random (seeded for each convention, so that a declaration or a convention added leaves
    the others' mixes as they were); the convention itself last, so that its layout prevails."""
    groups = {g: [c for c in CONVENTIONS if c.group == g] for g in TEXT_GROUPS}
    out = []
    for focus in MIXED_ALONE:
        rng = random.Random(f"{seed}:{focus.name}")
        for _ in range(n):
            combo = []
            for g in TEXT_GROUPS:
                pool = [c for c in groups[g] if g != focus.group and not incompatible(focus, c)]
                if pool:
                    combo.append(rng.choices(pool, [WEIGHTS.get(c.name, 1) for c in pool])[0])
            out.append([*combo, focus])
    return out

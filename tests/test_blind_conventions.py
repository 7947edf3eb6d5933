"""Conventions of the blind plans of session 8's leftovers and session 9 (docs18), each on variants
written here (never the blind plans' own text)."""

from __future__ import annotations

import pytest

from hattatsu.extract.blocks import Line, Table
from hattatsu.extract.documents import split_documents
from hattatsu.extract.outline import Kind, classify_heading
from hattatsu.extract.readers.text import read_text
from hattatsu.extract.segment import segment
from hattatsu.normalize import compact


def _blocks(text: str) -> list:
    return read_text(text.encode("utf-8"), "t.md")[0]


# --- k4: an internal wiki's markdown page ---------------------------------------------------------------
@pytest.mark.parametrize("rule", ["|:--|--:|", "| :- | -: |", "|-|-|", "|:-----|-----:|", "| --- | :---: |"])
def test_pipe_rule_of_any_dash_count_is_no_row(rule: str) -> None:
    blocks = _blocks(f"| | R3年度 |\n{rule}\n| 地域の経済動向調査事業 | 1,000 |\n")
    assert len(blocks) == 1 and isinstance(blocks[0], Table)
    assert blocks[0].rows == [["", "R3年度"], ["地域の経済動向調査事業", "1,000"]]


def test_a_row_of_dashes_among_rows_is_kept_when_it_has_words() -> None:
    blocks = _blocks("| 項目 | R3 |\n|---|---|\n| 売上増加率 | - |\n")
    assert blocks[0].rows[-1] == ["売上増加率", "-"]


@pytest.mark.parametrize(("line", "text"), [
    ("| 経営分析事業者数[^2] | 45件 |", "経営分析事業者数"),
    ("| ①経営分析事業者数[^note] | 45件 |", "①経営分析事業者数"),
    ("| 経営分析事業者数 [^2] | 45件 |", "経営分析事業者数"),
])
def test_footnote_reference_is_no_part_of_a_cell(line: str, text: str) -> None:
    blocks = _blocks(f"| 項目 | 現行 |\n|:--|--:|\n{line}\n")
    assert blocks[0].rows[1][0] == text


def test_footnote_texts_are_dropped_and_a_reference_in_a_line_too() -> None:
    blocks = _blocks("人口 118,400人[^1]\n\n[^1]: 国勢調査による。\n[^note]: 相談所推計。\n")
    assert [b.text for b in blocks] == ["人口 118,400人"]


@pytest.mark.parametrize(("line", "kind", "number"), [
    ("0. 経営発達支援計画の概要", Kind.SUMMARY, None),
    ("０．経営発達支援計画の概要", Kind.SUMMARY, None),
    ("0、概要", Kind.SUMMARY, None),
    ("(1) 実施期間", Kind.PERIOD, "1"),
    ("（１）実施期間", Kind.PERIOD, "1"),
    ("(2) 方針", Kind.POLICIES, "2"),
    ("（２）方針", Kind.POLICIES, "2"),
])
def test_wiki_headings(line: str, kind: Kind, number: str | None) -> None:
    h = classify_heading(compact(line))
    assert h is not None and (h.kind, h.number) == (kind, number)


@pytest.mark.parametrize("line", ["0. 目標", "(1) 実施期間中の支援", "0.経営発達支援計画の概要について",
                                  "(2) 方針の見直し"])
def test_not_wiki_headings(line: str) -> None:
    h = classify_heading(compact(line))
    assert h is None or h.kind not in (Kind.SUMMARY, Kind.PERIOD, Kind.POLICIES)


WIKI = """---
title: 経営発達支援計画
---

> 本ページは認定申請書の本文を転記したもの。

## 0. 経営発達支援計画の概要

| 項目 | 内容 |
|:--|:--|
| 実施者名 | ひかり商工会議所（法人番号 1234567890123） |
| 実施期間 | 令和3年4月1日 ～ 令和8年3月31日 |

# 別表1

## 1. 目標

### (3) 経営発達支援事業の目標

1. 販路の開拓

## 2. 経営発達支援事業の実施期間、目標の達成に向けた方針

### (1) 実施期間

令和3年4月1日 ～ 令和8年3月31日

### (2) 方針

- 目標1：展示会出展を支援する

## 3. 地域の経済動向調査に関すること

### (1) 現状と課題

- 景況調査の公表が遅い

### (2) 方針

- 分析を年1回公表する
"""


def test_wiki_page_reads_its_summary_period_and_policies() -> None:
    docs = split_documents(_blocks(WIKI))
    assert [k for k, _ in docs] == ["plan"]
    seg = segment(docs[0][1])
    assert seg.summary is not None and isinstance(seg.summary.blocks[0], Table)
    assert seg.period is not None and any("令和8年3月31日" in b.text for b in seg.period.blocks
                                          if isinstance(b, Line))
    assert seg.policies is not None and [b.text for b in seg.policies.blocks] == ["目標1：展示会出展を支援する"]
    # inside an item 「(2) 方針」 is the item's part, not 2.(2)
    assert [s.kind for s in seg.items[0].subsections] == ["current_issues", "policy"]


# --- k3: 目標 tables with a header over two rows, not merged, and a 単位 row ---------------------------
def _targets(rows: list[list[str]]):
    from hattatsu.extract.sections.targets import parse_targets

    return parse_targets([Table(rows, 1, None)])


YEARS = ["令和2年度", "令和3年度", "令和4年度"]


@pytest.mark.parametrize(("top", "second", "lead"), [
    (["", "現行", "目標値", "", ""], ["年度", "", *YEARS], ["4"]),  # k3's own
    (["", "現状", "目標", "", ""], ["", "", *YEARS], ["4"]),
    (["", "公表方法", "現行", "目標値", "", ""], ["年度", "", "", *YEARS], ["HP", "4"]),
    (["", "現行", "目標値", "", "", "合計"], ["年度", "", *YEARS, ""], ["4"]),
    (["", "現行", "目標値"], ["年度", "", *YEARS], ["4"]),  # the caption's row cut short (a text export)
])
def test_header_over_two_rows_names_the_empty_columns(top: list[str], second: list[str], lead: list[str]) -> None:
    total = ["30"] if "合計" in top else []
    (t,) = _targets([top, second, ["経営分析事業者数", *lead, "10", "10", "10", *total]])
    assert (t.indicator, t.baseline, t.values) == ("経営分析事業者数", 4, {"2020": 10, "2021": 10, "2022": 10})
    assert t.note == ("HP" if "公表方法" in top else None)
    assert t.total == (30 if total else None)


def test_a_caption_over_the_years_is_no_baseline() -> None:
    (t,) = _targets([["", "", "目標値", "", ""], ["年度", "", *YEARS], ["相談件数", "", "10", "10", "10"]])
    assert t.baseline is None and t.values == {"2020": 10, "2021": 10, "2022": 10}


@pytest.mark.parametrize(("units", "want"), [
    (["回", "回", "回", "回"], "回"),
    (["", "者", "者", "者"], "者"),  # no unit under an empty 現行
    (["件", "件", "件／者", "件"], "件"),  # the most common
])
def test_unit_row_under_the_header(units: list[str], want: str) -> None:
    rows = [["", "現行", "目標値", "", ""], ["年度", "", *YEARS], ["単位", *units],
            ["①セミナー", "0", "1", "1", "1"], ["②策定事業者数", "2", "5", "5", "6"]]
    targets = _targets(rows)
    assert [(t.indicator, t.unit) for t in targets] == [("①セミナー", want), ("②策定事業者数", want)]
    assert targets[1].values == {"2020": 5, "2021": 5, "2022": 6}


def test_a_row_labelled_単位_with_numbers_is_a_row() -> None:
    rows = [["", "現行", *YEARS], ["単位", "1", "2", "3", "4"]]
    (t,) = _targets(rows)
    assert t.indicator == "単位" and t.values == {"2020": 2, "2021": 3, "2022": 4}


# --- l2: tables typed with 「／」 between cells, 【】 labels, the as-of date under the chart -------------------
from hattatsu.extract.readers.text_delimited import delimited_rows as slashed_rows  # noqa: E402


@pytest.mark.parametrize(("lines", "want"), [
    (["項目／現状／R8／R9", "①景況調査の公表回数／2／4／4", "②分析の公表回数／－／1／1"],
     ["項目\t現状\tR8\tR9", "①景況調査の公表回数\t2\t4\t4", "②分析の公表回数\t－\t1\t1"]),
    # a row's label holding a slash: its pieces joined back (the header gives the width)
    (["項目／現状／R8", "①出展事業者数／1者／2者", "　売上額／者／－／15万円"],
     ["項目\t現状\tR8", "①出展事業者数\t1者\t2者", "　売上額／者\t－\t15万円"]),
    (["　会長／1名", "　副会長／2名"], ["　会長\t1名", "　副会長\t2名"]),
    (["区分／R8年度／R9年度", "必要な資金の額／3,300／3,400", "　事業A／随時／随時", "　事業B／120／120",
      "　事業C／80／80", "　事業D／80／80"],
     ["区分\tR8年度\tR9年度", "必要な資金の額\t3,300\t3,400", "　事業A\t随時\t随時", "　事業B\t120\t120",
      "　事業C\t80\t80", "　事業D\t80\t80"]),  # a row of words among rows of figures
])
def test_slash_rows(lines: list[str], want: list[str]) -> None:
    assert slashed_rows(lines) == want


@pytest.mark.parametrize("lines", [
    ["TEL 0980-57-2231／FAX 0980-57-2232", "E-mail shiomi@example.jp"],  # one line
    ["1.目標／(1)地域の現状及び課題：", "2.実施期間／(1)実施期間：令和8年4月1日～令和13年3月31日"],  # field paths
    ["島の商店／ガソリンスタンド／理美容店の事業継続を支える。", "村と商工会／金融機関が連携する。"],  # sentences
    ["観光／物産", "交流／移住"],  # words, no figures
    ["項目／現状／R8", "", "①景況調査／2／4"],  # a blank line between: no run
])
def test_not_slash_rows(lines: list[str]) -> None:
    assert slashed_rows(lines) == lines


def test_slash_table_read_as_a_target_table() -> None:
    blocks = _blocks("＜目標＞（単位：回）\n項目／現状／R8／R9\n①景況調査の公表回数／2／4／4\n")
    assert isinstance(blocks[1], Table) and blocks[1].rows[1] == ["①景況調査の公表回数", "2", "4", "4"]


@pytest.mark.parametrize(("role", "want"), [
    ("法定経営指導員（経営指導員兼務）", "法定経営指導員"),
    ("事務局長（兼経営指導員）", "事務局長"),
    ("経営指導員(兼任)", "経営指導員"),
    ("経営指導員（広域）", "経営指導員(広域)"),  # a note that is no other office stays (NFKC)
])
def test_role_note_of_another_office(role: str, want: str) -> None:
    from hattatsu.extract.sections.organization import parse_organization

    org = parse_organization([Table([[role, "1名"], ["経営支援員", "2名"]], 1, None)], None)
    assert [(s.role, s.count) for s in org.staff] == [(want, 1), ("経営支援員", 2)]


@pytest.mark.parametrize(("line", "want"), [
    ("（令和７年１０月１日現在）", "2025-10"),
    ("令和7年10月現在", "2025-10"),
    ("(平成30年4月1日現在)", "2018-04"),
])
def test_as_of_date_under_the_chart(line: str, want: str) -> None:
    from hattatsu.extract.sections.organization import parse_organization

    lines = [Line(t, i, None) for i, t in enumerate(["（１）実施体制", "事務局は3名体制である。", "a", "b", "c", "d",
                                                   "e", "f", "g"], 1)]
    org = parse_organization([*lines, Table([["会長", "1名"], ["副会長", "2名"]], 20, None), Line(line, 30, None)],
                             None)
    assert org.as_of == want


def test_as_of_in_a_sentence_far_down_is_not_the_date() -> None:
    from hattatsu.extract.sections.organization import parse_organization

    lines = [Line(t, i, None) for i, t in enumerate(["（１）実施体制", *"abcdefghij",
                                                   "人口は令和7年9月1日現在で1万人である。"], 1)]
    assert parse_organization(lines, None).as_of is None


@pytest.mark.parametrize("label", ["【調達方法】", "調達方法", "■調達方法", "【 調達方法 】"])
def test_sources_under_a_bracketed_label(label: str) -> None:
    from hattatsu.extract.sections.funding import parse_funding

    blocks = [Table([["区分", "R8年度"], ["必要な資金の額", "300"], ["事業A", "300"]], 1, None),
              Line(label, 5, None), Line("会費、国補助金、事業収入（参加者負担金）", 6, None)]
    assert parse_funding(blocks, None).sources == ["会費", "国補助金", "事業収入(参加者負担金)"]


# --- l4: consultant markdown — a caption over each 目標 table, a joint plan's staff chart with a 合計 column -------
def _table(name: str, row: str) -> Table:
    return Table([["支援内容", "単位", "現行", "R4年度", "R5年度"], [name, "者", "3", "6", "6"],
                  [row, "万円", "－", "8", "8"]], 1, None)


@pytest.mark.parametrize("marks", [("①", "②"), ("(1)", "(2)")])
def test_caption_over_each_table_is_its_rows_group(marks: tuple[str, str]) -> None:
    from hattatsu.extract.sections.targets import parse_targets

    blocks = [Line(f"{marks[0]}高原マルシェ（BtoC）", 1, None), _table("出店事業者数", "売上額／者"),
              Line(f"{marks[1]}食の商談会（BtoB）", 5, None), _table("参加事業者数", "成約件数／者")]
    targets = parse_targets(blocks)
    first, second = compact(f"{marks[0]}高原マルシェ（BtoC）"), compact(f"{marks[1]}食の商談会（BtoB）")
    assert [(compact(t.group or ""), compact(t.indicator)) for t in targets] == [
        (first, "出店事業者数"), (first, "売上額/者"), (second, "参加事業者数"), (second, "成約件数/者")]


def test_a_sentence_above_a_table_is_no_group() -> None:
    from hattatsu.extract.sections.targets import parse_targets

    # (docs18b: one caption over a table of unnumbered rows names them too, as l4's captions do; over rows numbered
    # 「①…」 a numbered line is no caption — tests/test_delimited_forms.py)
    one = parse_targets([Line("①高原マルシェ（BtoC）", 1, None), _table("出店事業者数", "売上額／者")])
    assert [compact(t.group or "") for t in one] == [compact("①高原マルシェ（BtoC）")] * 2
    two = parse_targets([Line("（単位：者）", 1, None), _table("出店事業者数", "売上額／者"),
                         Line("以下の目標とする。", 4, None), _table("参加事業者数", "成約件数／者")])
    assert [t.group for t in two] == [None] * 4


@pytest.mark.parametrize("head", [["役職", "青嶺町商工会", "桐ヶ原町商工会", "合計"], ["職名", "本所", "支所", "計"]])
def test_staff_chart_with_a_column_per_office_and_their_sum(head: list[str]) -> None:
    from hattatsu.extract.sections.organization import parse_organization

    rows = [head, ["会長", "1", "1", "2"], ["経営指導員", "1", "0", "1"], ["経営支援員（兼務）", "2", "2", "4"]]
    org = parse_organization([Line("(1) 実施体制", 1, None), Table(rows, 2, None)], None)
    assert [(s.role, s.count) for s in org.staff] == [("会長", 2), ("経営指導員", 1), ("経営支援員", 4)]


# --- m2: an online application form's text export (docs18's tests, ported by docs18b to the one reader kept:
# text_form / text_delimited) ---------------------------------------------------------------------------------
from hattatsu.extract.readers.text_delimited import delimited_rows  # noqa: E402
from hattatsu.extract.readers.text_form import form_fields  # noqa: E402


@pytest.mark.parametrize(("line", "want"), [
    ("■■ 別表２　経営発達支援事業の実施体制 ■■", "別表２　経営発達支援事業の実施体制"),
    ("-- Ⅰ．経営発達支援事業の内容 --", "Ⅰ．経営発達支援事業の内容"),
    ("=== 出力終了 ===", "出力終了"),
    ("◆◆ 経営発達支援計画の概要 ◆◆", "経営発達支援計画の概要"),
    ("---", "---"), ("- 項目", "- 項目"), ("■概要", "■概要"), ("------\t--", "------\t--"), ("■■ ■■ ■■", "■■ ■■ ■■"),
])
def test_banner_text(line: str, want: str) -> None:
    paths = [f"{n}.目標／(1)地域：" for n in range(1, 6)]  # (banners are read in a form export only)
    assert form_fields(list(enumerate([line, *paths])))[0][1] == want


@pytest.mark.parametrize(("line", "want"), [
    ('"指標","単位","現行","R8年度"', ["指標", "単位", "現行", "R8年度"]),
    ('"会頭",1', ["会頭", "1"]),
    ('"(1)商談会出展支援（ＢtoＢ）",,,', ["(1)商談会出展支援（ＢtoＢ）", "", "", ""]),
    ('"必要な資金の額","7,600","7,600"', ["必要な資金の額", "7,600", "7,600"]),
    ("指標,単位,現行", None),  # unquoted: no claim on it
    ('「"おいしい"と評判」、売上が伸びた。', None),
])
def test_csv_cells(line: str, want: list[str] | None) -> None:
    assert delimited_rows([line]) == ["\t".join(want) if want is not None else line]


def test_field_paths_give_each_new_heading_once() -> None:
    lines = ["1.目標／(1)地域の現状及び課題：", "1.目標／(2)長期的な振興のあり方：",
             "2.実施期間及び方針／(1)実施期間：令和8年4月1日～令和13年3月31日",
             "項目番号：3", "項目名：地域の経済動向調査に関すること",
             "3.地域の経済動向調査に関すること／(1)現状と課題：当所では…",
             "３．地域の経済動向調査に関すること／（２）目標："]  # widths differ: the same heading
    assert [t for _, t in form_fields(list(enumerate(lines)))] == [
        "1.目標", "(1)地域の現状及び課題", "(2)長期的な振興のあり方",
        "2.実施期間及び方針", "(1)実施期間", "令和8年4月1日～令和13年3月31日",
        "3.地域の経済動向調査に関すること", "(1)現状と課題", "当所では…", "（２）目標"]


@pytest.mark.parametrize(("line", "want"), [
    ("目標1：地域資源を活かした販路開拓", ["目標1：地域資源を活かした販路開拓"]),  # a label and its value, no path
    ("TEL 0980-57-2231／FAX 0980-57-2232", ["TEL 0980-57-2231／FAX 0980-57-2232"]),
    ("目標1／目標2：販路開拓", ["目標1", "目標2", "販路開拓"]),  # (in an export, a path whatever its names)
    ("基準日：令和7年11月1日現在", ["基準日：令和7年11月1日現在"]),
    ("広域経営指導員_氏名：", []),
])
def test_field_lines(line: str, want: list[str]) -> None:
    paths = [f"{n}.目標／(1)地域：" for n in range(1, 6)]
    out = [t for _, t in form_fields(list(enumerate([*paths, line])))]
    assert out[len(out) - len(want):] == want if want else out[-1] == "(1)地域"


FORM = """=== 経営発達支援計画 電子申請データ ===
■■ 経営発達支援計画の概要 ■■
実施者名（1）：ひかり商工会議所
法人番号（1）：1234567890123
実施者名（2）：ひかり市
地方公共団体コード（2）：123456
実施期間（開始）：令和8年4月1日
実施期間（終了）：令和13年3月31日
目標：
①販路の開拓
■■ 別表１　経営発達支援事業の内容及び実施期間 ■■
1.目標／(1)地域の現状及び課題：ひかり市は人口3万人の市である。
1.目標／(3)経営発達支援事業の目標：
目標1：地域資源（高原野菜・そば粉）を活かした新商品開発と市外・首都圏への販路開拓による小規模事業者の売上向上
目標2：経営分析・事業計画策定・実行支援の一貫した伴走支援による小規模事業者の持続的な経営基盤の強化
2.実施期間及び目標の達成に向けた方針／(1)実施期間：令和8年4月1日～令和13年3月31日
-- Ⅰ．経営発達支援事業の内容 --
項目番号：3
項目名：地域の経済動向調査に関すること
3.地域の経済動向調査に関すること／(1)現状と課題：景況調査の公表が遅い。
3.地域の経済動向調査に関すること／(2)目標：
"指標","単位","現行","R8年度","R9年度"
"①景況調査の公表回数","回","－","1","1"
■■ 別表２　経営発達支援事業の実施体制 ■■
基準日：令和7年11月1日現在
"役職","人数"
"会頭",1
"法定経営指導員",2
法定経営指導員_1_氏名：守屋 佳奈子
法定経営指導員_1_所属：ひかり商工会議所
法定経営指導員_1_電話番号：0265-72-3141
法定経営指導員_2_氏名：小野寺 健吾
法定経営指導員_2_所属：ひかり商工会議所
法定経営指導員_2_電話番号：0265-72-3143
広域経営指導員への該当：該当しない
広域経営指導員_氏名：
■■ 別表３　経営発達支援事業の実施に必要な資金の額及びその調達方法 ■■
"区分","令和8年度","令和9年度"
"必要な資金の額","600","600"
"地域の経済動向調査に関する事業","600","600"
調達方法：会費、国補助金
備考：必要な資金の額については見込みを記載。
■■ 別表４　商工会又は商工会議所及び関係市町村以外の者を連携して経営発達支援事業を実施する場合の連携に関する事項 ■■
"No","連携者の氏名又は名称","代表者の氏名","住所","連携する内容・役割"
"1","ひかり信用金庫","理事長 倉本 啓一","ひかり市中央通り2-1-5","事業計画策定支援"
"""


def test_form_export_reads_as_a_plan() -> None:
    from hattatsu.extract.api import extract_bytes

    (plan,) = extract_bytes(FORM.encode("utf-8"), "form.txt")
    assert [(i.name, i.corporate_number or i.local_gov_code) for i in plan.summary.implementers] == [
        ("ひかり商工会議所", "1234567890123"), ("ひかり市", "123456")]
    assert (str(plan.summary.period.start), str(plan.summary.period.end)) == ("2026-04-01", "2031-03-31")
    assert [o.title[:4] for o in plan.goals.objectives] == ["地域資源", "経営分析"]
    (item,) = plan.items
    assert (item.number, item.key) == (3, "economic_trends")
    assert [(t.indicator, t.unit, t.baseline, t.values) for t in item.targets] == [
        ("①景況調査の公表回数", "回", None, {"2026": 1, "2027": 1})]
    org = plan.organization
    assert org.as_of == "2025-11" and org.wide_area_advisor is False
    assert [(s.role, s.count) for s in org.staff] == [("会頭", 1), ("法定経営指導員", 2)]
    assert [(a.name, a.organization, a.phone) for a in org.legal_advisors] == [
        ("守屋 佳奈子", "ひかり商工会議所", "0265-72-3141"), ("小野寺 健吾", "ひかり商工会議所", "0265-72-3143")]
    assert plan.funding.sources == ["会費", "国補助金"] and plan.funding.total == {"2026": 600, "2027": 600}
    assert plan.partners.declared == "listed"


def test_objectives_a_long_line_each_are_titles() -> None:
    from hattatsu.extract.sections.goals import _objectives

    long = "地域資源を活かした新商品開発と市外・首都圏への販路開拓による小規模事業者の売上向上と経営基盤の強化"
    for mark in ("①", "目標1："):
        lines = [Line(f"{mark}{long}", 1, None), Line(f"{mark.replace('1', '2').replace('①', '②')}創業の促進", 2, None)]
        assert [o.title for o in _objectives(lines)] == [long, "創業の促進"]
    # a paragraph under each is the objective's text, not a title list
    paragraph = [Line(f"①{long}", 1, None), Line("売上を10%伸ばす。", 2, None), Line("②創業の促進", 3, None)]
    assert _objectives(paragraph)[0].title is None


# --- m3: an Excel sheet pasted as text, row numbers and quoted cells of several lines (ported as above) ----
def test_quoted_cells_of_several_lines_stay_in_their_column() -> None:
    lines = ["目標\t\"経営発達支援事業の目標", "①販路の開拓", '②「""売れる""」商品"', "実施期間\t令和4年4月1日"]
    assert delimited_rows(lines) == ["目標\t経営発達支援事業の目標", "\t①販路の開拓", '\t②「"売れる"」商品',
                                     "実施期間\t令和4年4月1日"]  # line for line


@pytest.mark.parametrize("lines", [
    ["彼は\"こう言った", "そして去った。"],  # a quote in running text, no cell
    ["a\t\"b", "c\td", "e\""],  # a row of cells before the quote closes
    ["\t\"①現状"] + ["text"] * 100 + ["end\""],  # too long for a cell
])
def test_quotes_that_are_no_cells(lines: list[str]) -> None:
    assert delimited_rows(lines) == lines


def test_row_numbers_dropped_when_every_line_has_one() -> None:
    lines = [f"{n}\t\t見出し{n}" if n % 3 else f"{n}" for n in range(1, 13)]
    joined = delimited_rows(lines)
    assert joined[0].strip() == "見出し1" and joined[2] == "" and len(joined) == 12


@pytest.mark.parametrize("lines", [
    [f"{n}\t件" for n in range(1, 6)],  # too few
    [f"{n}\tR{n}年度" for n in (1, 2, 3, 4, 5, 9, 8, 10, 11, 12, 13)],  # not going up: a column of figures
    [f"{n}\t件" for n in range(1, 12)] + ["本文"] * 3,  # not nine in ten
])
def test_row_numbers_kept_otherwise(lines: list[str]) -> None:
    assert delimited_rows(lines) == lines


SHEET = """1\t経営発達支援計画の概要
2
3\t実施者名（法人番号）\t"北嶺商工会議所（法人番号：1450005000318）
北嶺市（地方公共団体コード：016993）"
4\t実施期間\t令和4年4月1日～令和9年3月31日
5\t目標\t"経営発達支援事業の目標
①乳製品・木工品など地域資源を活用した商品の磨き上げと道外への販路開拓による小規模事業者の売上拡大
②経営分析から事業計画策定・実行までの伴走型支援による小規模事業者の経営力強化"
6
7\t（別表1）
8\t1.目標
9\t\t(1)地域の現状及び課題
10\t\t\t"①現状
北嶺市は北海道の北部に位置する。"
11\t\t(3)経営発達支援事業の目標
12\t\t\t①乳製品・木工品など地域資源を活用した商品の磨き上げと道外への販路開拓による小規模事業者の売上拡大
13\t\t\t②経営分析から事業計画策定・実行までの伴走型支援による小規模事業者の経営力強化
14\t2.経営発達支援事業の実施期間及び目標の達成に向けた方針
15\t\t(1)経営発達支援事業の実施期間（令和4年4月1日～令和9年3月31日）
16
17\t3.地域の経済動向調査に関すること
18\t\t(1)現状と課題
19\t\t\t景況調査の公表が遅い。
20\t\t(2)目標
21\t\t\t項目\t現行\tR4年度\tR5年度
22\t\t\t①景況調査公表回数\t4回\t4回\t4回
"""


def test_excel_sheet_pasted_as_text_reads_as_a_plan() -> None:
    from hattatsu.extract.api import extract_bytes

    (plan,) = extract_bytes(SHEET.encode("utf-8"), "sheet.txt")
    assert [i.name for i in plan.summary.implementers] == ["北嶺商工会議所", "北嶺市"]
    assert [o.title[:5] for o in plan.goals.objectives] == ["乳製品・木", "経営分析か"]
    assert str(plan.period.start) == "2022-04-01" and "北嶺市は北海道" in str(plan.goals.region)
    (item,) = plan.items
    assert [(t.indicator, t.baseline, t.values) for t in item.targets] == [
        ("①景況調査公表回数", 4, {"2022": 4, "2023": 4})]


# --- k1: an organisation chart drawn with text, a box 「事務局長（1名）」 beside another -------------------------
@pytest.mark.parametrize("box", ["事務局長（1名）", "事務局長(1名)", "事務局長（ 1 名）"])
def test_chart_box_with_its_count_in_brackets(box: str) -> None:
    from hattatsu.extract.sections.organization import parse_organization

    chart = ["            南川市                     南川商工会議所", f"         商工観光課                    {box}",
             "                                         │", "                                中小企業相談所",
             "                        法定経営指導員   1名", "                        経営指導員       2名"]
    org = parse_organization([Line("（1）実施体制", 1, None), *(Line(t, i, None) for i, t in enumerate(chart, 2))],
                             None)
    assert [(s.role, s.count) for s in org.staff] == [("事務局長", 1), ("法定経営指導員", 1), ("経営指導員", 2)]


def test_a_count_in_brackets_in_a_sentence_is_no_box_without_a_chart() -> None:
    from hattatsu.extract.sections.organization import parse_organization

    lines = ["（1）実施体制", "事務局は事務局長（1名）が統括する。"]
    org = parse_organization([Line(t, i, None) for i, t in enumerate(lines, 1)], None)
    assert org.staff == []


# --- j3: 別表1's items laid out as one big form table; a 目標 row on one line 「現行 1回／2020年度 2回／…」 ----------
def test_form_table_of_items_reads_as_lines() -> None:
    rows = [["9.事業の評価及び見直しをするための仕組みに関すること", ""], ["事業内容", "評価委員会を年1回開催する。"],
            ["10.経営指導員等の資質向上等に関すること", ""], ["現状と課題", "研修が少ない。"],
            ["事業内容", "(1)外部講習会\n(2)OJT"]]
    seg = segment([Line("Ⅱ.経営発達支援事業の円滑な実施に向けた支援力向上のための取組", 1, None), Table(rows, 2, None)])
    assert [(i.number, i.key, [s.kind for s in i.subsections]) for i in seg.items] == [
        (9, "evaluation", ["activities"]), (10, "staff_development", ["current_issues", "activities"])]
    assert [b.text for b in seg.items[1].subsections[1].blocks] == ["(1)外部講習会", "(2)OJT"]


def test_form_table_going_on_over_a_page_and_a_table_nested_in_a_cell() -> None:
    from hattatsu.extract.segment import _form_table_lines

    rows = [["現状と課題", "【現状】…", "", "", ""], ["目標", "（単位：回）", "", "", ""],
            ["", "", "項目", "現行", "R2年度"], ["", "", "①公表回数", "-", "1"],
            ["事業内容", "①分析\n②調査", "", "", ""]]
    out = _form_table_lines(Table(rows, 1, None))
    assert [b.text if isinstance(b, Line) else b.rows for b in out] == [
        "現状と課題", "【現状】…", "目標", "（単位：回）", [["項目", "現行", "R2年度"], ["①公表回数", "-", "1"]],
        "事業内容", "①分析", "②調査"]


@pytest.mark.parametrize("rows", [
    [["3.地域の経済動向調査に関すること", ""], ["景況調査", "年4回"]],  # a row whose label is no part of the form
    [["現状と課題", "…"], ["景況調査", "年4回"]],  # no item title, one labelled part
    [["3.地域の経済動向調査に関すること", "500", "500"], ["事業内容", "…"]],  # a 別表3 row
])
def test_tables_that_are_no_form_table(rows: list[list[str]]) -> None:
    from hattatsu.extract.segment import _form_table_lines

    t = Table(rows, 1, None)
    assert _form_table_lines(t) == [t]


@pytest.mark.parametrize(("line", "name", "baseline", "values"), [
    ("①事業計画策定セミナー　現行 1回／2020年度 2回／2021年度 2回／2022年度 3回", "①事業計画策定セミナー", 1,
     {"2020": 2, "2021": 2, "2022": 3}),
    ("②策定事業者数 現状 10者 / 令和2年度 20者 / 令和3年度 22者", "②策定事業者数", 10, {"2020": 20, "2021": 22}),
    ("③創業計画策定者数　R2年度 8者／R3年度 8者", "③創業計画策定者数", None, {"2020": 8, "2021": 8}),
    ("ア 情報交換会　公表方法 HP掲載／現行 1／令和5年度 2 以上／令和6年度 2 以上", "ア 情報交換会", 1,
     {"2023": 2, "2024": 2}),  # a name with a space, a value with one (「2 以上」)
    # a year written without 年度 among years with it: every year kept (none dropped as an unknown column)
    ("④セミナー　現行 1回／令和8年度 2回／令和9年度 2回／令和10 3回", "④セミナー", 1,
     {"2026": 2, "2027": 2, "2028": 3}),
    ("⑤相談件数　R9年 5件／R10年 6件", "⑤相談件数", None, {"2027": 5, "2028": 6}),
])
def test_target_row_on_one_line(line: str, name: str, baseline: int | None, values: dict) -> None:
    from hattatsu.extract.sections.targets import parse_targets

    (t,) = parse_targets([Line(line, 1, None)])
    assert (t.indicator, t.baseline, t.values) == (name, baseline, values)


@pytest.mark.parametrize("line", ["TEL 0846-40-1200／FAX 0846-40-1201", "現行 1回／2020年度 2回",
                                  "研修は2020年度 2回／2021年度 3回を予定し、参加する。"])
def test_lines_that_are_no_target_row(line: str) -> None:
    from hattatsu.extract.sections.targets import _row_in_a_line

    assert _row_in_a_line(line) is None


def test_rows_on_one_line_under_a_group_label() -> None:
    from hattatsu.extract.sections.targets import parse_targets

    lines = ["区分：②情報交換会", "ア 産業団体との情報交換会　現行 1／令和5年度 2／令和6年度 2",
             "イ 金融機関との連絡会議　現行 1／令和5年度 2／令和6年度 2",
             "③経済レポートの発行　現行 －／令和5年度 1／令和6年度 1"]
    targets = parse_targets([Line(t, i, None) for i, t in enumerate(lines, 1)])
    assert [(t.group, t.indicator[:2]) for t in targets] == [("②情報交換会", "ア "), ("②情報交換会", "イ "),
                                                            (None, "③経")]


# --- an Excel sheet pasted with its row numbers: a group row inside a 目標 table stays a row of it ---------------
def test_group_row_of_an_excel_table_stays_a_row() -> None:
    from hattatsu.extract.readers.text_delimited import delimited_rows

    lines = [f"{n}\t\t{t}" for n, t in enumerate([
        "(3) 目標", "\t現行\t令和8年度\t令和9年度", "①展示会出展事業者数\t4者\t5者\t5者", "⑥ＨＰによる情報発信\t\t\t",
        "掲載事業者数\t10者\t12者\t12者", "(4) 事業内容", "展示会への出展を支援する。", "a", "b", "c", "d"], 1)]
    rows = delimited_rows(lines)
    assert rows[3] == "⑥ＨＰによる情報発信\t\t\t" and rows[4] == "掲載事業者数\t10者\t12者\t12者"
    assert rows[5] == "(4) 事業内容"  # a paragraph of the sheet: its text alone


# --- o3, o4 (writer O): rows typed on one line with 「／」, implementers set apart with 「／」, bracketed captions ----
@pytest.mark.parametrize(("line", "name", "baseline", "values"), [
    ("地域経済動向分析の公表回数：現行0回／R5 1回／R6 1回", "地域経済動向分析の公表回数", 0,
     {"2023": 1, "2024": 1}),  # the name set apart with a colon, 現行 glued to its figure
    ("需要動向調査対象事業者数：現行－／R5 4者／R6 5者", "需要動向調査対象事業者数", None, {"2023": 4, "2024": 5}),
    ("成約件数／者：現行－／R5 1件／R6 1件", "成約件数/者", None, {"2023": 1, "2024": 1}),  # a slash in the name
])
def test_target_row_on_one_line_after_a_colon(line: str, name: str, baseline: int | None, values: dict) -> None:
    from hattatsu.extract.sections.targets import parse_targets

    (t,) = parse_targets([Line(line, 1, None)])
    assert (compact(t.indicator), t.baseline, t.values) == (compact(name), baseline, values)


@pytest.mark.parametrize("lines", [
    ["①公表回数：現行0回／R5 1回／R6 1回", "②公表回数：現行2回／R5 4回／R6 4回"],
    ["必要な資金の額：R5年度 3,850／R6年度 3,850", "　需要動向調査に関する事業：R5年度 300／R6年度 300"],
    ["①セミナー　現行 1回／2020年度 2回／2021年度 2回", "②策定者数　現行 1者／2020(R2) 2者／2021(R3) 2者"],
])
def test_rows_of_label_and_figure_pairs_are_no_slash_table(lines: list[str]) -> None:
    assert slashed_rows(lines) == lines  # lines the sections read as rows (targets._row_in_a_line, funding)


def test_funding_rows_of_pairs_on_one_line() -> None:
    from hattatsu.extract.sections.funding import parse_funding

    lines = ["（単位：千円）", "必要な資金の額：R5年度 3,850／R6年度 3,950",
             "　需要動向調査に関する事業：R5年度 300／R6年度 300",
             "　新たな需要の開拓に寄与する事業：R5年度 3,550／R6年度 －", "調達方法：会費、国補助金"]
    funding = parse_funding([Line(t, i, None) for i, t in enumerate(lines, 1)], None)
    assert funding.total == {"2023": 3850, "2024": 3950}
    assert [(ln.name, ln.amounts) for ln in funding.lines] == [
        ("需要動向調査に関する事業", {"2023": 300, "2024": 300}),
        ("新たな需要の開拓に寄与する事業", {"2023": 3550, "2024": None})]


@pytest.mark.parametrize(("cell", "want"), [
    ("萩ノ浜商工会議所（法人番号　3456701004321）／萩ノ浜市（地方公共団体コード　－）",
     [("萩ノ浜商工会議所", "chamber"), ("萩ノ浜市", "municipality")]),
    ("栗森商工会議所（法人番号 5345601003210）／大柚町商工会（法人番号 7345605002468）／栗森市／大柚町",
     [("栗森商工会議所", "chamber"), ("大柚町商工会", "society"), ("栗森市", "municipality"),
      ("大柚町", "municipality")]),
])
def test_implementers_set_apart_with_a_slash(cell: str, want: list[tuple[str, str]]) -> None:
    from hattatsu.extract.sections.summary import implementers

    assert [(i.name, i.type) for i in implementers(cell)] == want


def _chamber_table(first: str, second: str) -> Table:
    return Table([["項目", "単位", "現行", "令和6年度", "令和7年度"], [first, "回", "－", "1", "1"],
                  [second, "者", "4", "4", "5"]], 1, None)


def test_bracketed_caption_heads_numbered_rows_of_its_table() -> None:
    from hattatsu.extract.sections.targets import parse_targets

    blocks = [Line("【栗森商工会議所】", 1, None), _chamber_table("①公表回数", "②対象事業者数"),
              Line("【大柚町商工会】", 4, None), _chamber_table("①公表回数", "②対象事業者数")]
    assert [(t.group, t.indicator) for t in parse_targets(blocks)] == [
        ("栗森商工会議所", "①公表回数"), ("栗森商工会議所", "②対象事業者数"),
        ("大柚町商工会", "①公表回数"), ("大柚町商工会", "②対象事業者数")]


@pytest.mark.parametrize("caption", ["【数値目標】", "【単位：回】", "【目標】"])
def test_a_bracketed_caption_naming_the_table_is_no_group(caption: str) -> None:
    from hattatsu.extract.sections.targets import parse_targets

    targets = parse_targets([Line(caption, 1, None), _chamber_table("①公表回数", "②対象事業者数")])
    assert [t.group for t in targets] == [None, None]


def test_numbered_caption_heads_its_rows_up_to_the_next_numbered_one() -> None:
    from hattatsu.extract.sections.targets import parse_targets

    lines = ["②情報交換会", "ア 産業団体との情報交換会：現行1回／R5 2回／R6 2回",
             "イ 金融機関との連絡会議：現行1回／R5 2回／R6 2回", "③経済レポートの発行：現行－／R5 1回／R6 1回"]
    targets = parse_targets([Line(t, i, None) for i, t in enumerate(lines, 1)])
    assert [(t.group, t.indicator[:2]) for t in targets] == [("②情報交換会", "ア "), ("②情報交換会", "イ "),
                                                            (None, "③経")]


def test_policies_titled_by_their_objective_however_long() -> None:
    from hattatsu.extract.sections.numbered import split_numbered

    body = "経営状況の分析から事業計画の策定、実施支援、販路開拓までを一貫して支援する。"
    titles = ["小規模事業者の経営力を高め、持続的な発展を支援することに向けた方針",
              "地域資源を活かした商品づくりと販路開拓により、域外からの需要を獲得することに向けた方針",
              "関係機関と連携し、地域の活力を維持・向上させることに向けた方針"]
    lines = [Line(t, i, None) for i, t in enumerate([x for k, t in enumerate(titles, 1)
                                                     for x in (f"{'①②③'[k - 1]}{t}", body)], 1)]
    _, entries = split_numbered(lines)
    assert [(e.number, e.title) for e in entries] == [(1, titles[0]), (2, titles[1]), (3, titles[2])]


# --- docs20: the variant bed's mixes ------------------------------------------------------------------------
def test_turned_target_table_flattened_to_words() -> None:
    from hattatsu.extract.sections.targets import parse_targets

    lines = ["年度 ①景況・業況動向調査 (四半期毎) ②見える化を図る ためのKPI設定", "公表方法 HP掲載 HP掲載",
             "現行 ４回 －", "令和8年度 ４回 １回", "令和9年度 ４回 ２回"]
    targets = parse_targets([Line(t, i, None) for i, t in enumerate(lines, 1)])
    assert [(compact(t.indicator), t.baseline, t.values, t.note) for t in targets] == [
        ("①景況・業況動向調査(四半期毎)", 4, {"2026": 4, "2027": 4}, "HP掲載"),
        ("②見える化を図るためのKPI設定", None, {"2026": 1, "2027": 2}, "HP掲載")]


def test_turned_lines_whose_words_do_not_match_the_header_stay_lines() -> None:
    from hattatsu.extract.sections.grid import years_down_lines

    blocks = [Line(t, i, None) for i, t in enumerate(["年度 ①商談会支援 参加事業者数 成約件数", "現行 3 －",
                                                      "令和8年度 5 2", "令和9年度 5 3"], 1)]
    assert years_down_lines(blocks) == blocks  # (the group's column empty: which is which is lost)


def test_first_value_glued_to_a_long_label_in_a_table_without_a_baseline() -> None:
    from hattatsu.extract.sections.targets import parse_targets

    lines = ["項目　　　　2026(R8)　　2027(R9)　　2028(R10)", "フォローアップ対象事業者数　50者　　50者　　50者",
             "売上または営業利益額が増加した事業者数10者　　10者　　12者"]
    targets = parse_targets([Line(t, i, None) for i, t in enumerate(lines, 1)])
    assert [(t.indicator, t.values) for t in targets][1] == ("売上または営業利益額が増加した事業者数",
                                                             {"2026": 10, "2027": 10, "2028": 12})


def test_sources_row_with_empty_year_cells_marked() -> None:
    from hattatsu.extract.sections.funding import parse_funding

    table = Table([["項目", "R8年度", "R9年度"], ["必要な資金の額", "300", "300"], ["セミナー開催費", "300", "300"],
                   ["調達方法", "会費、国補助金、事業収入", "－"]], 1, None)
    assert parse_funding([table], None).sources == ["会費", "国補助金", "事業収入"]


def test_target_tables_typed_into_one_sheet_each_under_its_caption_row() -> None:
    from hattatsu.extract.sections.targets import parse_targets

    head = ["", "公表方法", "現行", "R5年度", "R6年度"]
    table = Table([["①景況調査", "", "", "", ""], ["", "", "", "", ""], head,
                   ["ア 景況調査の公開回数", "HP掲載", "4", "4", "4"], ["", "", "", "", ""],
                   ["②情報交換会", "", "", "", ""], head, ["ア 情報交換会", "HP掲載", "1", "2", "2"],
                   ["", "", "", "", ""], head, ["③レポートの発行", "HP掲載", "-", "1", "1"]], 1, None)
    assert [(t.group, t.indicator, t.values) for t in parse_targets([table])] == [
        ("①景況調査", "ア 景況調査の公開回数", {"2023": 4, "2024": 4}),
        ("②情報交換会", "ア 情報交換会", {"2023": 2, "2024": 2}), (None, "③レポートの発行", {"2023": 1, "2024": 1})]


def test_csv_row_of_a_pair_whose_label_cell_is_empty() -> None:
    lines = [',"現行","R8年度","R9年度"', '"(上：セミナー・下：開催回数)","-","1回","1回"', ",0,1,2",
             "文中の,1 は行ではない。"]
    assert delimited_rows(lines)[:3] == ["\t現行\tR8年度\tR9年度", "(上：セミナー・下：開催回数)\t-\t1回\t1回",
                                         "\t0\t1\t2"]
    assert delimited_rows(lines)[3] == lines[3]


def test_excel_row_with_its_label_cell_empty_stays_a_row_of_its_table() -> None:
    rows = ["経営発達支援計画の概要", "\t\t【実施者名】\t高崎市群馬商工会", "\t\t【法人番号】\t8070005002894",
            "\t\t\t高崎市", "\t\t【地方公共団体コード】\t102024", "\t\tみどり川町は架空県の北部に位置する。"]
    rows += [f"\t\t本文の{k}行目。" for k in range(8)]
    lines = [f"{n}\t{r}" for n, r in enumerate(rows, 1)]
    out = delimited_rows(lines)
    assert out[1:6] == ["【実施者名】\t高崎市群馬商工会", "【法人番号】\t8070005002894", "\t高崎市",
                        "【地方公共団体コード】\t102024", "みどり川町は架空県の北部に位置する。"]


def test_bar_table_header_with_its_blank_corner_trimmed() -> None:
    blocks = _blocks("（目標）\n｜ 公表方法 | 現行 ｜ R9年度 | R10年度\n①景況調査 ｜ HP掲載 | 4回 ｜ 4回 | 4回\n"
                     "②地域経済分析 ｜ HP掲載 | - ｜ 1回 | 1回\n")
    assert isinstance(blocks[1], Table) and blocks[1].rows[0] == ["", "公表方法", "現行", "R9年度", "R10年度"]


@pytest.mark.parametrize("unit_row", ["単位 回 回 回 回", "単位 回回回回"])
def test_header_over_two_rows_flattened_to_lines_with_a_unit_row(unit_row: str) -> None:
    from hattatsu.extract.sections.targets import parse_targets

    lines = ["公表方法 現行 目標値", "年度 R9 R10", unit_row, "①景況調査 HP掲載 4 4 4", "②地域経済分析 HP掲載 - 1 1"]
    targets = parse_targets([Line(t, i, None) for i, t in enumerate(lines, 1)])
    assert [(t.indicator, t.unit, t.baseline, t.values, t.note) for t in targets] == [
        ("①景況調査", "回", 4, {"2027": 4, "2028": 4}, "HP掲載"),
        ("②地域経済分析", "回", None, {"2027": 1, "2028": 1}, "HP掲載")]


def test_caption_over_each_flattened_table_is_its_rows_group() -> None:
    from hattatsu.extract.sections.targets import parse_targets

    lines = ["①景況調査", "公表方法 現行 5年度 6年度", "ア 景況調査の公開回数 HP掲載 4 4 4",
             "イ 緊急調査 HP掲載 随時 随時 随時", "②情報交換会", "公表方法 現行 5年度 6年度",
             "ア 情報交換会 HP掲載 1 2 2", "公表方法 現行 5年度 6年度", "③レポートの発行 HP掲載 - 1 1"]
    targets = parse_targets([Line(t, i, None) for i, t in enumerate(lines, 1)])
    assert [(t.group, t.indicator) for t in targets] == [
        ("①景況調査", "ア 景況調査の公開回数"), ("①景況調査", "イ 緊急調査"), ("②情報交換会", "ア 情報交換会"),
        (None, "③レポートの発行")]


def test_bar_before_each_cell_a_row_whose_last_cell_is_empty() -> None:
    blocks = _blocks("（目標）\n｜年度｜事業計画策定件数\n｜単位｜\n｜現行｜104\n｜R5年度｜150\n｜R6年度｜150\n")
    assert isinstance(blocks[1], Table) and blocks[1].rows[:3] == [["年度", "事業計画策定件数"], ["単位"],
                                                                    ["現行", "104"]]  # (a row of the table)


def test_codes_on_lines_of_their_own_under_each_name_flattened() -> None:
    from hattatsu.extract.sections.summary import parse_summary

    lines = ["経営発達支援計画の概要", "【実施者名】 みどり川町商工会", "【法人番号】 4400005009876", "みどり川町",
             "【地方公共団体コード】 993018", "【実施期間】 令和9年4月1日～令和14年3月31日"]
    summary = parse_summary(segment([Line(t, i, None) for i, t in enumerate(lines, 1)]))
    assert [(i.name, i.corporate_number, i.local_gov_code) for i in summary.implementers] == [
        ("みどり川町商工会", "4400005009876", None), ("みどり川町", None, "993018")]

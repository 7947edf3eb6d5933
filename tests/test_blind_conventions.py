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

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

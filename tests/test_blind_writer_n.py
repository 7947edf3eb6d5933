"""Conventions of writer N's dev plans (docs21, session 10: n2's text copied from a two-column PDF, n4's 2014-form
Word template), each on variants written here (never the blind plans' own text)."""

from __future__ import annotations

import pytest

from hattatsu.extract.blocks import Line, Table
from hattatsu.extract.outline import Kind, classify_heading
from hattatsu.extract.sections.goals import _objectives
from hattatsu.extract.sections.organization import _staff
from hattatsu.extract.sections.targets import parse_targets
from hattatsu.normalize import compact


def _lines(text: str) -> list[Line]:
    return [Line(t, i + 1, 1) for i, t in enumerate(text.strip("\n").split("\n"))]


# --- n2: the 現行 value in brackets in the row's name -------------------------------------------------------
@pytest.mark.parametrize(("name", "indicator", "unit", "baseline"), [
    ("①地域経済動向分析の公表回数（現行1回）", "①地域経済動向分析の公表回数", "回", 1),
    ("経営分析事業者数(現行：12者)", "経営分析事業者数", "者", 12),
    ("売上増加率／者（現状 0％）", "売上増加率/者", "%", 0),
    ("②景気動向調査結果の公表回数（新規）", "②景気動向調査結果の公表回数", None, None),
    ("③相談件数（現行なし）", "③相談件数(現行なし)", None, None),  # no number: a name's own words
])
def test_baseline_in_the_name(name: str, indicator: str, unit: str | None, baseline: int | None) -> None:
    targets = parse_targets(_lines(f"項目　R8 R9 R10\n{name}\n　　1 2 3\n"))
    assert [(t.indicator, t.unit, t.baseline, t.values) for t in targets] == [
        (indicator, unit, baseline, {"2026": 1, "2027": 2, "2028": 3})]


def test_a_baseline_column_is_kept_over_a_bracket() -> None:
    targets = parse_targets(_lines("項目　現行　R8 R9\n①セミナー開催回数（現行1回）　2 3 4\n"))
    assert [(t.indicator, t.baseline) for t in targets] == [("①セミナー開催回数(現行1回)", 2)]


# --- n2: names cut in narrow cells, numbered rows followed by sub-rows of their own -----------------------------
def test_numbered_names_cut_at_one_width_are_rows_not_groups() -> None:
    targets = parse_targets(_lines("""
項目　　　　Ｒ8 Ｒ9 Ｒ10
①商談会出展事業者数（
現行1者）
　　　　　　2 2 3
成約件数／者（現行0件）
　　　　　　1 1 1
②ＥＣサイト出店支援事
業者数（現行1者）
　　　　　　1 2 2
売上増加率／者（現行0％）
　　　　　　5 5 10
"""))
    assert [(t.indicator, t.baseline, t.group) for t in targets] == [
        ("①商談会出展事業者数", 1, None), ("成約件数/者", 0, None),
        ("②ECサイト出店支援事業者数", 1, None), ("売上増加率/者", 0, None)]


def test_a_numbered_line_alone_still_heads_a_group() -> None:
    """The convention it narrows: 「①商談会出展支援」 over rows without numbers is their group."""
    targets = parse_targets(_lines("""
項目　R8 R9
①商談会出展支援
出展事業者数　3 3
成約件数／者　1 1
②ＥＣサイト活用支援
支援事業者数　2 2
売上増加率／者　5 5
"""))
    assert [(t.indicator, t.group) for t in targets] == [
        ("出展事業者数", "①商談会出展支援"), ("成約件数/者", "①商談会出展支援"), ("支援事業者数", "②ECサイト活用支援"),
        ("売上増加率/者", "②ECサイト活用支援")]


# --- n2: 別表2's chart an indented list, a body's members in brackets --------------------------------------
@pytest.mark.parametrize("board", ["理事会（会長1名、副会長2名、理事12名）", "理事会(会長 1名, 副会長 2名, 理事 12名)"])
def test_members_in_brackets_after_a_body(board: str) -> None:
    staff = _staff(_lines(f"""
杉音村商工会
　総会
　{board}
　監事2名
　事務局
　　事務局長　　　　　1名
　　経営支援員　　　　1名
"""))
    assert [(s.role, s.count) for s in staff] == [("会長", 1), ("副会長", 2), ("理事", 12), ("監事", 2),
                                                   ("事務局長", 1), ("経営支援員", 1)]


# --- n2: objectives hard-wrapped at the page's width ------------------------------------------------------------
def test_objectives_cut_over_lines_are_joined() -> None:
    objectives = _objectives(_lines("""
①事業者の経営力強化と事業承継の円滑化に
よる小規模事業者の持続的発展
②杉音茶・木製品等の地域資源を活かした地
域外需要の獲得
③デジタル化の推進による生産性の向上
"""))
    assert [o.title for o in objectives] == ["事業者の経営力強化と事業承継の円滑化による小規模事業者の持続的発展",
                                             "杉音茶・木製品等の地域資源を活かした地域外需要の獲得",
                                             "デジタル化の推進による生産性の向上"]


# --- n4: two 目標 tables in one cell, each under its own unit note ------------------------------------------------
def test_each_table_takes_the_unit_note_above_it() -> None:
    header = ["支援内容", "現状", "27年度", "28年度"]
    blocks = [Line("（単位：回）", 1, 1), Table([header, ["セミナー開催回数", "0", "1", "2"]], 2, 1),
              Line("（単位：件）", 3, 1), Table([header, ["事業計画策定件数", "5", "10", "12"],
                                                 ["創業計画策定件数", "1", "2", "2"]], 4, 1)]
    assert [(t.indicator, t.unit) for t in parse_targets(blocks)] == [
        ("セミナー開催回数", "回"), ("事業計画策定件数", "件"), ("創業計画策定件数", "件")]


def test_each_flattened_table_takes_the_unit_note_above_it() -> None:
    targets = parse_targets(_lines("""
（単位：回）
支援内容　現状　27年度　28年度
セミナー開催回数　0　1　2
（単位：者）
支援内容　現状　27年度　28年度
出展事業者数　2　3　3
"""))
    assert [(t.indicator, t.unit, t.baseline) for t in targets] == [
        ("セミナー開催回数", "回", 0), ("出展事業者数", "者", 2)]


def test_one_note_under_the_table_is_still_its_unit() -> None:
    """One note (k1's, under its table) is every row's unit, as before."""
    blocks = [Table([["支援内容", "現状", "27年度"], ["セミナー開催回数", "0", "1"]], 1, 1), Line("（単位：回）", 2, 1)]
    assert [t.unit for t in parse_targets(blocks)] == ["回"]


# --- n4: the 2014 form's 目標 parts under lenticular labels -------------------------------------------------------
@pytest.mark.parametrize(("line", "name"), [
    ("【地域の現状】", "region"), ("【地域の現状と課題】", "region"), ("【小規模事業者の現状と課題】", "region"),
    ("【小規模事業者の中長期的な振興のあり方】", "long_term"), ("【経営発達支援事業の目標】", "objectives"),
    ("[経営発達支援計画の目標]", "objectives"),
])
def test_goal_parts_in_lenticular_brackets(line: str, name: str) -> None:
    h = classify_heading(compact(line))
    assert h is not None and h.kind == Kind.GOAL_SUB and h.name == name


def test_a_bare_lenticular_target_label_is_an_items_part() -> None:
    h = classify_heading(compact("【目標】"))
    assert h is not None and h.kind == Kind.SUBSECTION and h.name == "targets"


# --- n4 as PDF: a 目標 table nested in a cell of the item's table, its rules drawn up to the cell's own ------------
def _h(x0: float, x1: float, y: float) -> dict:
    return {"x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0, "height": 0.0, "orientation": "h",
            "object_type": "line"}


def _v(x: float, top: float, bottom: float) -> dict:
    return {"x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0.0, "height": bottom - top,
            "orientation": "v", "object_type": "line"}


@pytest.mark.parametrize("inner_right", [533.0, 520.0])  # drawn up to the cell's right rule (LibreOffice), or not
@pytest.mark.parametrize("inner_bottom", [755.0, 740.0])  # ending on the cell's bottom rule (a page break), or not
def test_a_table_nested_in_a_cell_is_a_table_of_its_own(inner_right: float, inner_bottom: float) -> None:
    from hattatsu.extract.readers.pdf_ruled import ruled_tables

    outer = [_h(51, 533, y) for y in (254, 269, 663, 755)] + [_v(51, 254, 755), _v(533, 254, 755)]
    columns = [57.0, 126.0, 195.0, inner_right]
    inner = [_h(57, inner_right, y) for y in (694, 709, inner_bottom)] + [_v(x, 694, inner_bottom) for x in columns]
    tables = ruled_tables(outer + inner)
    assert [(len(t.rows), [len(r) for r in t.rows]) for t in tables] == [(3, [1, 1, 1]), (2, [3, 3])]
    assert tables[1].bbox == (57, 694, inner_right, inner_bottom)


def test_side_by_side_tables_are_not_nested() -> None:
    from hattatsu.extract.readers.pdf_ruled import ruled_tables

    edges = [_h(50, 250, y) for y in (100, 120, 140)] + [_v(x, 100, 140) for x in (50, 150, 250)]
    edges += [_h(300, 500, y) for y in (100, 120)] + [_v(x, 100, 120) for x in (300, 400, 500)]
    assert [[len(r) for r in t.rows] for t in ruled_tables(edges)] == [[2, 2], [2]]


# --- the 概要's 目標 label in lenticular brackets is no 2014-form 目標 part (the bed's mixes, docs20) ---------------
def test_a_lenticular_objectives_label_in_the_summary_stays_its_label() -> None:
    from hattatsu.extract.plan import build_plan
    from hattatsu.extract.readers.text import read_text

    text = """経営発達支援計画の概要
【実施者名】
ひかり市商工会
【経営発達支援事業の目標】
① 創業者の増加
② 販路の開拓
【事業内容】
3. 地域の経済動向調査に関すること ・景況調査
【連絡先】
ひかり市商工会 TEL 000-000-0000
（別表１）
経営発達支援事業の目標
【地域の現状】
ひかり市は人口3万人の市である。
【経営発達支援事業の目標】
（１）創業者の増加
（２）販路の開拓
"""
    plan = build_plan(read_text(text.encode("utf-8"), "s.txt")[0], entities=False)
    assert plan.summary.objectives == ["創業者の増加", "販路の開拓"]
    assert [a.key for a in plan.summary.activities] == ["economic_trends"]
    assert [o.title for o in plan.goals.objectives] == ["創業者の増加", "販路の開拓"]

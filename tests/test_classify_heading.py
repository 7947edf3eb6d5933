"""classify_heading on the heading conventions plans use (tests the outline table directly)."""

from __future__ import annotations

import pytest

from hattatsu.extract.outline import Kind, classify_heading
from hattatsu.normalize import compact


@pytest.mark.parametrize(("line", "kind", "number", "name"), [
    ("(別表1)", Kind.SHEET, "1", None),
    ("（別表 ２）", Kind.SHEET, "2", None),
    ("【別表3】", Kind.SHEET, "3", None),
    ("経営発達支援計画の概要", Kind.SUMMARY, None, None),
    ("1. 目標", Kind.GOALS, "1", None),
    ("１．目標", Kind.GOALS, "1", None),
    ("目標", Kind.GOALS, "1", None),  # items numbered from 1: 目標 without its number
    ("(1) 地域の現状及び課題", Kind.GOAL_SUB, "1", "region"),
    ("（２）小規模事業者に対する中長期的な振興の在り方", Kind.GOAL_SUB, "2", "long_term"),
    ("(３) 経営発達支援事業の目標", Kind.GOAL_SUB, "3", "objectives"),
    ("2. 経営発達支援計画の実施期間、目標の達成方針", Kind.PERIOD_POLICY, "2", None),
    ("経営発達支援計画の実施期間、目標の達成方針", Kind.PERIOD_POLICY, "2", None),
    ("(1) 経営発達支援事業の実施期間（令和9年4月1日～令和14年3月31日）", Kind.PERIOD, "1", None),
    ("（2）目標の達成に向けた方針", Kind.POLICIES, "2", None),
    ("I. 経営発達支援事業の内容", Kind.PART, "I", None),
    ("Ⅱ．経営発達支援事業の円滑な実施に向けた支援力向上のための取組", Kind.PART, "II", None),
    ("1. 経営発達支援事業の内容", Kind.PART, "I", None),
    ("III 地域経済の活性化に資する取組", Kind.PART, "III", None),
    ("3. 地域の経済動向調査に関すること", Kind.ITEM, "3", "economic_trends"),
    ("３．地域の経済動向調査に関すること", Kind.ITEM, "3", "economic_trends"),
    ("1. 地域の経済動向調査に関すること", Kind.ITEM, "1", "economic_trends"),
    ("地域の経済動向調査に関すること【指針③】", Kind.ITEM, None, "economic_trends"),
    ("3. 地域の経済動向調査に関すること[指針(3)]", Kind.ITEM, "3", "economic_trends"),
    ("地域の経済動向に関すること", Kind.ITEM, None, "economic_trends"),
    ("1 0. 経営指導員等の資質向上等に関すること", Kind.ITEM, "10", "staff_development"),
    ("1.1. 他の支援機関との連携を通じた支援ノウハウ等の情報交換に関すること", Kind.ITEM, "1.1", "knowhow_exchange"),
    ("I.3. 地域の経済動向調査に関すること", Kind.ITEM, "3", "economic_trends"),
    ("8-1 製造業者を対象とした販路開拓支援", Kind.SUBITEM, "8-1", None),
    ("(1) 現状と課題", Kind.SUBSECTION, "1", "current_issues"),
    ("（３）目標", Kind.SUBSECTION, "3", "targets"),
    ("(2) 支援に対する考え方", Kind.SUBSECTION, "2", "policy"),
    ("(4) 調査結果の活用", Kind.SUBSECTION, "4", "utilization"),
    ("(3) 事業内容", Kind.SUBSECTION, "3", "activities"),
    # docs17 (session 8's blind plans): parts lettered (g4), headings in 【】 (f1), the 2014 form's goals under
    # labels in square brackets (h4), a subtitle after an item's title (h1, h2, h3)
    ("a. 地域の現状及び課題", Kind.GOAL_SUB, "1", "region"),
    ("b. 目標", Kind.SUBSECTION, "2", "targets"),
    ("c. 事業内容", Kind.SUBSECTION, "3", "activities"),
    ("【１．目標】", Kind.GOALS, "1", None),
    ("［小規模事業者の現状と課題］", Kind.GOAL_SUB, "1", "region"),
    ("［目標］", Kind.GOAL_SUB, "3", "objectives"),
    ("［目標の達成に向けた方針］", Kind.POLICIES, "2", None),
    ("3.\t地域の経済動向調査に関すること　～地域経済の現状を的確に把握するための取組～", Kind.ITEM, "3",
     "economic_trends"),
    ("３．地域の経済動向調査に関すること　－半導体関連企業の進出に伴う地域経済の変化を把握するための調査－",
     Kind.ITEM, "3", "economic_trends"),
    ("４．需要動向調査に関すること（観光客・域外バイヤーの需要を捉えるための調査", Kind.ITEM, "4", "demand_trends"),
])
def test_headings(line: str, kind: Kind, number: str | None, name: str | None) -> None:
    h = classify_heading(compact(line))
    assert h is not None and h.kind == kind and h.number == number
    if name:
        assert h.name == name


@pytest.mark.parametrize("line", [
    "調査結果はHPで公表し、巡回指導の資料として活用する。",
    "(1) 当会の強み",  # a numbered line that is no subsection of the form
    "2. 地域資源を活かした販路開拓",  # an objective, not an item
    "事業計画の策定を行なった小規模事業者に対して継続して支援を行うことで売上増加を図る事",  # a sentence
    "",
    "【8-1 製造業者を対象とした販路開拓支援】",  # a subheading of an item's text, in brackets
    "i. 個社の経営課題に即した事業計画の策定と実行による持続的発展",  # a point under a lettered part
    "【みどり川町の概要】",
])
def test_not_headings(line: str) -> None:
    assert classify_heading(compact(line)) is None


def test_tag_is_not_the_title() -> None:
    h = classify_heading(compact("4. 需要動向調査に関すること【指針④】"))
    assert h is not None and h.title == "需要動向調査に関すること"


def test_subtitle_is_not_the_title() -> None:
    h = classify_heading(compact("3. 地域の経済動向調査に関すること　～地域経済の現状を的確に把握する取組～"))
    assert h is not None and h.title == "地域の経済動向調査に関すること"


@pytest.mark.parametrize("line, kind, number, name", [
    # docs17c (k2): numbered by part and item, parts lettered in katakana in brackets
    ("Ⅰ－３　地域の経済動向調査に関すること", Kind.ITEM, "3", "economic_trends"),
    ("Ⅰ－１０　経営指導員等の資質向上等に関すること", Kind.ITEM, "10", "staff_development"),
    ("（ウ）目標", Kind.SUBSECTION, "3", "targets"),
    ("（エ）事業内容", Kind.SUBSECTION, "4", "activities"),
])
def test_part_dash_headings(line: str, kind: Kind, number: str, name: str) -> None:
    h = classify_heading(compact(line))
    assert h is not None and h.kind == kind and h.number == number and h.name == name


def test_part_dash_goals() -> None:
    h = classify_heading(compact("Ⅰ－１　目標"))
    assert h is not None and h.kind == Kind.GOALS

"""A plan written as a book (docs24, a habit of writers P and Q's test plans known from their instructions, never
their text): 「第2章」「第1節」「1」 laid over the form's own numbering, read as the form's headings."""

from __future__ import annotations

import pytest

from hattatsu.extract.api import extract_bytes
from hattatsu.extract.outline import Kind, classify_heading
from hattatsu.extract.readers import ReadOptions
from hattatsu.model import Plan
from hattatsu.narrative import plain_text
from hattatsu.normalize import compact


def _h(line: str):
    return classify_heading(compact(line))


@pytest.mark.parametrize(("line", "kind", "part"), [
    ("第2章　経営発達支援事業の内容", Kind.PART, "I"),
    ("第三章　経営発達支援事業の円滑な実施に向けた支援力向上のための取組", Kind.PART, "II"),
    ("第4章 地域経済の活性化に資する取組", Kind.PART, "III"),
    ("第1章　経営発達支援計画の目標と方針", Kind.STRUCTURAL, None),  # a chapter of the book's own: opens nothing
    ("第1章　目標", Kind.GOALS, None),  # a chapter named by a heading of the form: that heading
    ("第2章　経営発達支援計画の実施期間、目標の達成方針", Kind.PERIOD_POLICY, None),
    ("第5章　地域の経済動向調査に関すること", Kind.ITEM, None),
])
def test_a_chapter_is_a_part_by_its_title(line: str, kind: Kind, part: str | None) -> None:
    h = _h(line)
    assert (h.kind, h.part) == (kind, part)


@pytest.mark.parametrize(("line", "kind", "number", "name"), [
    ("第1節　地域の経済動向調査に関すること", Kind.ITEM, None, "economic_trends"),  # the section's 1 is no item's
    ("第１節　３．地域の経済動向調査に関すること", Kind.ITEM, "3", "economic_trends"),  # the form's number inside
    ("第二節 需要動向調査に関すること", Kind.ITEM, None, "demand_trends"),
    ("第1節　目標", Kind.GOALS, "1", None),
    ("第2節　経営発達支援計画の実施期間、目標の達成方針", Kind.PERIOD_POLICY, "2", None),
    ("第3節　経営状況の分析", Kind.ITEM, None, "business_analysis"),  # a title shortened to its noun
])
def test_a_section_is_the_heading_its_title_is(line: str, kind: Kind, number: str | None, name: str | None) -> None:
    h = _h(line)
    assert (h.kind, h.number, h.name) == (kind, number, name)


@pytest.mark.parametrize(("line", "kind", "number", "name"), [
    ("1　現状と課題", Kind.SUBSECTION, "1", "current_issues"),
    ("2　目標", Kind.SUBSECTION, "2", "targets"),
    ("4　調査結果の活用", Kind.SUBSECTION, "4", "utilization"),
    ("2　小規模事業者に対する長期的な振興のあり方", Kind.GOAL_SUB, "2", "long_term"),
    ("1　経営発達支援事業の実施期間（令和9年4月1日～令和14年3月31日）", Kind.PERIOD, "1", None),
    ("2　目標の達成に向けた方針", Kind.POLICIES, "2", None),
])
def test_a_part_numbered_by_a_bare_figure(line: str, kind: Kind, number: str, name: str | None) -> None:
    h = _h(line)
    assert (h.kind, h.number, h.name) == (kind, number, name)


@pytest.mark.parametrize("line", ["3年間の目標", "5者を支援する目標", "1　創業支援の強化", "10　目標", "第1条　目的",
                                  "第2章で述べたとおり、景況調査を行う。", "第3章の取組を進める"])
def test_a_line_opening_with_a_figure_is_text(line: str) -> None:
    """Only the form's labels of a part after a bare figure are headings; a sentence or a title of the plan's
    own is text (and 「第1条」 no book's heading)."""
    assert _h(line) is None


_BOOK = """(別表1)
第1章　経営発達支援計画の目標と方針
第1節　目標
1　地域の現状及び課題
町の人口は1万人である。
2　小規模事業者に対する長期的な振興のあり方
事業者数を維持する。
3　経営発達支援事業の目標
①創業支援
第2節　経営発達支援計画の実施期間、目標の達成方針
1　経営発達支援事業の実施期間（令和9年4月1日～令和14年3月31日）
2　目標の達成に向けた方針
①創業支援
創業者を支援する。
第2章　経営発達支援事業の内容
第1節　地域の経済動向調査に関すること
1　現状と課題
景況調査を行っていない。
2　目標
\t現行\t令和9年度\t令和10年度\t令和11年度\t令和12年度\t令和13年度
①景況調査の公表回数\t－\t4回\t4回\t4回\t4回\t4回
3　事業内容
①景況調査
年4回調査する。
第2節　４．需要動向調査に関すること
1　現状と課題
調査していない。
第3章　経営発達支援事業の円滑な実施に向けた支援力向上のための取組
第1節　事業の評価及び見直しをするための仕組みに関すること
1　現状と課題
評価委員会を置く。
"""


def test_a_book_reads_as_the_form() -> None:
    plan = next(d for d in extract_bytes(_BOOK.encode(), "book.txt", ReadOptions(nlp=False, entities=False))
                if isinstance(d, Plan))
    assert [(i.number, i.part, i.key, i.title) for i in plan.items] == [
        (3, "I", "economic_trends", "地域の経済動向調査に関すること"),
        (4, "I", "demand_trends", "需要動向調査に関すること"),
        (9, "II", "evaluation", "事業の評価及び見直しをするための仕組みに関すること")]
    assert plain_text(plan.goals.region).startswith("町の人口")
    assert plain_text(plan.goals.long_term).startswith("事業者数")
    assert plan.period.start.isoformat() == "2027-04-01" and [p.title for p in plan.policies] == ["創業支援"]
    t = plan.items[0].targets[0]
    assert (t.indicator, t.unit, t.baseline, t.values["2027"]) == ("①景況調査の公表回数", "回", None, 4)
    assert plain_text(plan.items[0].current_issues).startswith("景況調査")

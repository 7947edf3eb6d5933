"""The segmenter on the 概要 read as lines: its 「目標」 label is not 別表1's 1. 目標."""

from __future__ import annotations

from hattatsu.extract.plan import build_plan
from hattatsu.extract.readers.text import read_text
from hattatsu.extract.segment import segment

# The 概要 as a PDF copy gives it: each label cell on a line of its own, its value on the next.
SUMMARY_AS_LINES = """経営発達支援計画の概要
実施者名
ひかり市商工会（法人番号 1234567890123）
実施期間
令和8年4月1日～令和13年3月31日
目標
① 創業者の増加
② 販路の開拓
事業内容
経営発達支援事業の内容 3. 地域の経済動向調査に関すること ・景況調査
4. 需要動向調査に関すること ・来場者アンケート ・商談会での聞き取り
連絡先
ひかり市商工会 TEL 000-000-0000
目標
(1) 地域の現状及び課題
ひかり市は人口3万人の市である。
"""


def _blocks(text: str) -> list:
    return read_text(text.encode("utf-8"), "summary.txt")[0]


def test_bare_objectives_label_stays_in_the_summary() -> None:
    seg = segment(_blocks(SUMMARY_AS_LINES))
    assert seg.summary is not None
    texts = [b.text for b in seg.summary.blocks]
    assert "目標" in texts and "② 販路の開拓" in texts and texts[-1].startswith("ひかり市商工会 TEL")
    # after the 概要's last labels, a bare 「目標」 heads 別表1 1. (items numbered from 1)
    assert seg.goals is not None and seg.goals.heading is not None and seg.goals.heading.line == 14
    assert "region" in seg.goal_parts


def test_summary_fields_read_from_label_lines() -> None:
    plan = build_plan(_blocks(SUMMARY_AS_LINES), entities=False)
    assert plan.summary.objectives == ["創業者の増加", "販路の開拓"]
    assert [(a.number, a.key) for a in plan.summary.activities] == [(3, "economic_trends"), (4, "demand_trends")]


def test_summary_activities_keep_the_line_they_are_on() -> None:
    """The 事業内容's title and its points (a paragraph and a list) have the location of their line."""
    plan = build_plan(_blocks(SUMMARY_AS_LINES), entities=False)
    third, fourth = plan.summary.activities
    assert [(b.type, b.location.line) for b in third.text] == [("paragraph", 10), ("list", 10)]
    assert [(b.type, b.location.line) for b in fourth.text] == [("paragraph", 11), ("list", 11)]
    assert [i.text for i in fourth.text[1].items] == ["来場者アンケート", "商談会での聞き取り"]


def test_summary_activities_in_a_table_have_their_row() -> None:
    text = ("経営発達支援計画の概要\n\n実施者名\tひかり市商工会\n"
            "事業内容\t3. 地域の経済動向調査に関すること ・景況調査\n")
    plan = build_plan(_blocks(text), entities=False)
    assert [(b.type, b.location.line) for b in plan.summary.activities[0].text] == [("paragraph", 4), ("list", 4)]

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
    assert seg.goals is not None and seg.goals.heading is not None and seg.goals.heading.line == 13
    assert "region" in seg.goal_parts


def test_summary_fields_read_from_label_lines() -> None:
    plan = build_plan(_blocks(SUMMARY_AS_LINES), entities=False)
    assert plan.summary.objectives == ["創業者の増加", "販路の開拓"]
    assert [(a.number, a.key) for a in plan.summary.activities] == [(3, "economic_trends")]

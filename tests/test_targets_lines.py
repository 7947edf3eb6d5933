"""目標 rows typed as lines (docs17c, j2 and k1): a name over a line a column, a unit note under a table."""

from __future__ import annotations

from hattatsu.extract.blocks import Line
from hattatsu.extract.sections.targets import parse_targets


def _lines(text: str) -> list[Line]:
    return [Line(t, i + 1, 1) for i, t in enumerate(text.strip("\n").split("\n"))]


def test_name_over_a_line_a_column() -> None:
    """「①…」 then 「現行：…」「R8年度目標：…」 (j2): the name a 項目, 「R8年度目標」 the year R8."""
    targets = parse_targets(_lines("""
①経営分析事業者数
　現行：10者
　R8年度目標：20者
　R9年度目標：22者
　成約件数／者
　現行：－
　R8年度目標：1件
　R9年度目標：2件
"""))
    assert [(t.indicator, t.unit, t.baseline, t.values) for t in targets] == [
        ("①経営分析事業者数", "者", 10, {"2026": 20, "2027": 22}),
        ("成約件数/者", "件", None, {"2026": 1, "2027": 2}),
    ]


def test_a_sentence_is_no_name() -> None:
    targets = parse_targets(_lines("""
支援先の売上を伸ばす。
　現行：10者
"""))
    assert targets == []


def test_unit_note_under_the_table_is_no_row() -> None:
    """「（単位：回）」 under a flattened table (k1): the rows' unit, not a row of its own."""
    targets = parse_targets(_lines("""
公表方法　現行　R6年度　R7年度
①地域の経済動向分析　HP掲載　－　1　1
（単位：回）
"""))
    assert [(t.indicator, t.unit, t.values) for t in targets] == [("①地域の経済動向分析", "回",
                                                                 {"2024": 1, "2025": 1})]

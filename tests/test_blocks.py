"""The block stream's own helpers: a table's rows cut into a table of their own, a sheet's rows walked with their
provenance, and what opens an entry."""

from __future__ import annotations

import pytest

from hattatsu.extract.blocks import STARTS_ENTRY, Line, Table, block_rows


def test_take_keeps_each_rows_line_and_page() -> None:
    table = Table([["区分", "R8"], ["相談", "10"], ["セミナー", "2"]], 7, 1, [7, 8, 12], [1, 1, 2])
    sub = table.take(range(1, 3))
    assert sub.rows == [["相談", "10"], ["セミナー", "2"]]
    assert (sub.line, sub.page, sub.row_lines, sub.row_pages) == (8, 1, [8, 12], [1, 2])
    cut = table.take([2], [["2"]])  # the caller's cells for the row (a nested table's columns, a heading cut off)
    assert (cut.rows, cut.line, cut.page) == ([["2"]], 12, 2)


def test_take_from_a_table_without_row_lines() -> None:
    """A table that gives no line per row (a Word table) gives its own line to every row taken."""
    sub = Table([["a"], ["b"], ["c"]], 30, None).take([0, 2])
    assert (sub.rows, sub.row_lines, sub.row_pages) == ([["a"], ["c"]], [30, 30], [None, None])


def test_block_rows_reads_a_line_as_a_row_of_its_text() -> None:
    blocks = [Line("実施者名：ひかり市商工会", 3, 1),
              Table([["実施期間", "令和8年4月1日～"], ["目標", "①…"]], 5, 1, [5, 6])]
    assert list(block_rows(blocks)) == [
        (blocks[0], ["実施者名：ひかり市商工会"], 3, 1),
        (blocks[1], ["実施期間", "令和8年4月1日～"], 5, 1),
        (blocks[1], ["目標", "①…"], 6, 1),
    ]


@pytest.mark.parametrize("line, opens", [
    ("・景況調査を行う", True), ("① 創業者の増加", True), ("（1）現状", True), ("3．目標", True), ("ア) 巡回", True),
    ("〒123-4567 ひかり市", True), ("II. 支援力向上", True), ("KPI：相談件数", True),
    ("を実施する。", False), ("事業者の売上を", False), ("2026年度に", False),
])
def test_what_opens_an_entry(line: str, opens: bool) -> None:
    assert bool(STARTS_ENTRY.match(line)) is opens

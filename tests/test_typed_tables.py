"""Tables as plans type them outside Word's own table (session 8's blind plans, each a convention of the bed).

A spreadsheet saved as text (i1), a table typed with a bar before each cell in a mail (h2), Word's list numbering
saved as text (h1), a 目標 table turned with its years as rows (g3), a flattened table with a 単位 column (h4).
"""

from __future__ import annotations

from hattatsu.extract.blocks import Line, Table
from hattatsu.extract.readers.text import read_text
from hattatsu.extract.sections.grid import find_table_header, rows_from_table, years_across
from hattatsu.extract.sections.targets import parse_targets


def _blocks(text: str) -> list:
    return read_text(text.encode("utf-8"), "plan.txt")[0]


def test_a_sheet_saved_as_text_is_lines_and_tables() -> None:
    """Rows padded with tabs: a one-cell row is a line; the rows of several cells a table, an empty row of the
    sheet inside it and a label's value going on below it kept."""
    text = ("[Sheet2] 別表1\n"
            "（別表1）\t\t\t\t\t\n"
            "(1)現状と課題\t\t\t\t\t\n"
            "\t町内の経済動向を分析している。\t\t\t\t\n"
            "項目\t現行\tR2年度\tR3年度\tR4年度\tR5年度\n"
            "①公表回数\t0\t1\t1\t1\t1\n"
            "\t\t\t\t\t\n"
            "②景況調査\t4\t4\t4\t4\t4\n"
            "(2)事業内容\t\t\t\t\t\n")
    blocks = _blocks(text)
    kinds = [(type(b).__name__, b.text if isinstance(b, Line) else len(b.rows)) for b in blocks]
    assert kinds == [("Line", "別表1"), ("Line", "（別表1）"), ("Line", "(1)現状と課題"),
                     ("Line", "町内の経済動向を分析している。"), ("Table", 3), ("Line", "(2)事業内容")]


def test_word_tab_text_of_numbered_headings() -> None:
    blocks = _blocks("3.\t地域の経済動向調査に関すること\n(1)\t現状と課題\n")
    assert [b.text for b in blocks] == ["3.地域の経済動向調査に関すること", "(1)現状と課題"]


def test_a_table_typed_with_a_bar_before_each_cell() -> None:
    blocks = _blocks("｜実施者名    ｜姫沢商工会議所\n｜実施期間    ｜令和3年4月1日～令和8年3月31日\n｜調達方法\n")
    assert isinstance(blocks[0], Table) and blocks[0].rows == [["実施者名", "姫沢商工会議所"],
                                                               ["実施期間", "令和3年4月1日～令和8年3月31日"]]
    assert isinstance(blocks[1], Line) and blocks[1].text == "調達方法"


def test_a_target_table_turned_is_read_by_its_year_rows() -> None:
    turned = Table([["年度", "①公表回数", "②景況調査"], ["現状（令和6年度）", "－", "4回"],
                    ["令和8年度", "1回", "4回"], ["令和9年度", "1回", "5回"]], line=10)
    table = years_across(turned)
    assert table.rows[0] == ["年度", "現状（令和6年度）", "令和8年度", "令和9年度"]
    idx, cols = find_table_header(table)
    rows = rows_from_table(table, idx, cols)
    assert [(r.label, r.baseline, r.values) for r in rows] == [
        ("①公表回数", "－", {2026: "1回", 2027: "1回"}), ("②景況調査", "4回", {2026: "4回", 2027: "5回"})]
    plain = Table([["", "令和8年度", "令和9年度"], ["①公表回数", "1", "1"]])
    assert years_across(plain) is plain  # years across already: as it is


def test_a_flattened_table_with_a_unit_column() -> None:
    lines = [Line("項目 単位 現状(H26) H27 H28 H29 H30 H31", 1), Line("①景気動向調査の公表回数 回 2 4 4 4 4 4", 2),
             Line("②グループ1:50 者 － 1 1 1 1 1", 3)]
    targets = parse_targets(lines)
    assert [(t.indicator, t.unit, t.baseline) for t in targets] == [("①景気動向調査の公表回数", "回", 2),
                                                                    ("②グループ1:50 者", None, None)]
    assert targets[0].values == {"2015": 4, "2016": 4, "2017": 4, "2018": 4, "2019": 4}

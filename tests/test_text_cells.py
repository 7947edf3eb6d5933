"""Tables printed one cell a line (PDF-to-text tools, Google Docs' text export) read back as tables,
and bare numbers taken for page numbers only where they stand as one."""

from hattatsu.extract.blocks import Line, Table
from hattatsu.extract.readers.text import read_text
from hattatsu.extract.readers.text_cells import rebuild_rows


def read(text: str):
    return read_text(text.encode("utf-8"), "t.txt")[0]


TARGETS = "\n".join([
    "（３）目標", "支援内容", "単位", "現行", "令和8年度", "令和9年度", "令和10年度", "令和11年度", "令和12年度",
    "①セミナー開催件数", "回", "1", "2", "2", "2", "2", "2",
    "②経営分析事業者数", "者", "30", "40", "40", "45", "45", "50",
    "（４）事業内容", "①経営分析セミナーの開催",
])


def test_a_target_table_printed_one_cell_a_line_is_rebuilt_by_its_header_width() -> None:
    blocks = read(TARGETS)
    tables = [b for b in blocks if isinstance(b, Table)]
    assert len(tables) == 1
    assert tables[0].rows == [
        ["支援内容", "単位", "現行", "令和8年度", "令和9年度", "令和10年度", "令和11年度", "令和12年度"],
        ["①セミナー開催件数", "回", "1", "2", "2", "2", "2", "2"],
        ["②経営分析事業者数", "者", "30", "40", "40", "45", "45", "50"],
    ]
    lines = [b.text for b in blocks if isinstance(b, Line)]
    assert lines == ["（３）目標", "（４）事業内容", "①経営分析セミナーの開催"]
    assert tables[0].line == 2  # the header's first line


def test_funding_with_an_empty_corner_and_a_staff_list() -> None:
    text = "\n".join([
        "（別表３）", "（単位 千円）", "", "R6年度", "R7年度", "R8年度",
        "必要な資金の額", "7,200", "7,200", "7,400", "地域の経済動向調査", "400", "400", "400",
        "調達方法", "",
        "（別表２）", "役職", "人数", "会頭", "1", "副会頭", "3", "経営指導員", "4", "（２）連絡先",
    ])
    tables = [b for b in read(text) if isinstance(b, Table)]
    assert tables[0].rows == [["", "R6年度", "R7年度", "R8年度"], ["必要な資金の額", "7,200", "7,200", "7,400"],
                              ["地域の経済動向調査", "400", "400", "400"]]
    assert tables[1].rows == [["役職", "人数"], ["会頭", "1"], ["副会頭", "3"], ["経営指導員", "4"]]


def test_a_single_row_takes_the_width_that_leaves_no_stray_value() -> None:
    rows = [t for _, t in rebuild_rows(["", "現行", "R6", "R7", "R8", "R9", "R10",
                                        "バイヤー評価調査対象事業者数", "0", "4", "4", "5", "5", "5", "c. 事業内容"])
            if "\t" in t]
    assert rows == ["\t現行\tR6\tR7\tR8\tR9\tR10", "バイヤー評価調査対象事業者数\t0\t4\t4\t5\t5\t5"]


def test_bare_numbers_are_page_numbers_only_where_they_stand_as_one() -> None:
    text = "本文一\n\n3\n\f本文二\n- 4 -\n\f4\n本文三\n\n12\n\n本文四\n"
    assert [b.text for b in read(text)] == ["本文一", "本文二", "本文三", "本文四"]
    # a number between text lines, not a table: content, kept
    assert [b.text for b in read("回数は次のとおり\n3\n以上である\n")] == ["回数は次のとおり", "3", "以上である"]


def test_year_lines_without_value_rows_are_left_alone_and_hostile_runs_stay_bounded() -> None:
    lines = ["令和8年度", "令和9年度", "令和10年度", "事業内容を記載する。"]
    assert rebuild_rows(lines) == list(enumerate(lines))
    hostile = (["令和8年度"] * 50 + ["支援"] + ["1"] * 50) * 200
    out = rebuild_rows(hostile)
    assert sum(len(t.split("\t")) for _, t in out) == len(hostile)  # every cell once, nothing lost or doubled

"""Tab-separated lines that are running text, and tables typed as text: Word's text export (a tab after a
list number), a spreadsheet copied as text (rows padded with empty cells, text indented a column; text.py's
_sheet_blocks), a table pasted into an e-mail with a bar before each cell."""

from hattatsu.extract.blocks import Line, Table
from hattatsu.extract.readers.text import read_text


def read(text: str):
    return read_text(text.encode("utf-8"), "t.txt")[0]


def test_words_text_export_reads_headings_and_keeps_tables() -> None:
    blocks = read("3.\t地域の経済動向調査に関すること\n(1)\t現状と課題\n当所では…\n(2)\t目標\n"
                  "項目\t単位\t現行\t令和2年度\t令和3年度\n①公表回数\t回\t0\t1\t1\n")
    assert [b.text for b in blocks if isinstance(b, Line)] == [
        "3.地域の経済動向調査に関すること", "(1)現状と課題", "当所では…", "(2)目標"]
    tables = [b for b in blocks if isinstance(b, Table)]
    assert [t.rows for t in tables] == [[["項目", "単位", "現行", "令和2年度", "令和3年度"],
                                         ["①公表回数", "回", "0", "1", "1"]]]


SHEET = "\n".join(r + ("\t" * (6 - r.count("\t")) if not r.startswith("[Sheet") else "") for r in [
    "[Sheet1] 概要",
    "経営発達支援計画の概要",
    "実施者名\t砂原沢町商工会（法人番号 4430005004511）",
    "\t砂原沢町（地方公共団体コード 016462）",
    "実施期間\t令和2年4月1日～令和7年3月31日",
    "",
    "[Sheet2] 別表1",
    "3．地域の経済動向調査に関すること",
    "(1)現状と課題",
    "\t当町は北海道の中央部に位置し、…",
    "(2)目標",
    "支援内容\t単位\t現行\tR2年度\tR3年度",
    "①景況調査",
    "ア景況調査の公表回数\t回\t0\t1\t1",
    "(3)事業内容",
    "\t①景況調査",
    "",
    "(1)実施体制",
    "\t役職\t人数",
    "\t会長\t1",
    "\t",
    "\t理事\t12",
])


def test_a_sheets_one_cell_rows_are_text_its_wider_rows_tables() -> None:
    blocks = read(SHEET)
    lines = [b.text for b in blocks if isinstance(b, Line)]
    assert lines == ["経営発達支援計画の概要", "別表1", "3．地域の経済動向調査に関すること", "(1)現状と課題",
                     "当町は北海道の中央部に位置し、…", "(2)目標", "(3)事業内容", "①景況調査", "(1)実施体制"]
    tables = [b.rows for b in blocks if isinstance(b, Table)]
    assert tables == [
        # the label's cell merged down two rows: the second row stays in the table
        [["実施者名", "砂原沢町商工会（法人番号 4430005004511）"], ["", "砂原沢町（地方公共団体コード 016462）"],
         ["実施期間", "令和2年4月1日～令和7年3月31日"]],
        # a group row the table goes on after is the table's
        [["支援内容", "単位", "現行", "R2年度", "R3年度"], ["①景況調査"],
         ["ア景況調査の公表回数", "回", "0", "1", "1"]],
        # a table narrower than its sheet: an empty row of the sheet's width is inside it, not its end
        [["", "役職", "人数"], ["", "会長", "1"], ["", "理事", "12"]],
    ]


def test_a_table_pasted_into_an_e_mail_with_a_bar_before_each_cell() -> None:
    blocks = read("経営発達支援計画の概要\n｜実施者名    ｜姫沢商工会議所\n｜            ｜姫沢市\n"
                  "｜実施期間    ｜令和3年4月1日～\n\n｜調達方法\n｜国補助金、会費\n\n｜ひとつだけ｜の行は文\n")
    assert [b.rows for b in blocks if isinstance(b, Table)] == [
        [["実施者名", "姫沢商工会議所"], ["", "姫沢市"], ["実施期間", "令和3年4月1日～"]]]
    # rows of one cell are lines (a sheet's convention); a line with bars alone among text stays text
    assert [b.text for b in blocks if isinstance(b, Line)] == [
        "経営発達支援計画の概要", "調達方法", "国補助金、会費", "｜ひとつだけ｜の行は文"]


def test_a_sheets_cell_of_several_paragraphs_is_as_many_lines() -> None:
    """A converter's padded tab row whose one cell holds paragraphs 「<p>…</p><p>…</p>」: a line each."""
    pad = "\t" * 6
    blocks = read("\n".join(["経営発達支援事業の実施体制" + pad, "(令和7年12月現在)" + pad,
                             "<p>(1) 実施体制</p><p>経営発達支援事業の遂行は、経営指導員を長とする。</p>" + pad,
                             "会長\t1名" + pad[1:], "副会長\t2名" + pad[1:]]))
    assert [b.text for b in blocks if isinstance(b, Line)] == [
        "経営発達支援事業の実施体制", "(令和7年12月現在)", "(1) 実施体制",
        "経営発達支援事業の遂行は、経営指導員を長とする。"]

"""The text reader's handling of what converters leave in text exports."""

from hattatsu.extract.blocks import Line, Table
from hattatsu.extract.readers.text import read_text


def read(text: str):
    return read_text(text.encode("utf-8"), "t.txt")[0]


def test_html_table_and_its_flattened_copy_become_one_table():
    text = (
        '<table border="1"><tr><td colspan="2">事務局長</td></tr><tr><td>経営指導員</td><td>23名</td></tr>'
        "</table>\t\t事務局長\t\t経営指導員\t23名\n事務局長\t\t\n経営指導員\t23名\t\n次の段落\n"
    )
    blocks = read(text)
    assert isinstance(blocks[0], Table)
    assert blocks[0].rows == [["事務局長", ""], ["経営指導員", "23名"]]
    assert [b.text for b in blocks[1:]] == ["次の段落"]


def test_markdown_headings_bold_and_glued_runs():
    blocks = read(
        "### I. 3. 地域の経済動向調査\n**7. 事業計画策定後の実施支援に関すること****(1) 現状と課題**\n- ・項目\n"
    )
    assert (blocks[0].text, blocks[0].level) == ("I. 3. 地域の経済動向調査", 3)
    assert [b.text for b in blocks[1:]] == ["7. 事業計画策定後の実施支援に関すること", "(1) 現状と課題", "・項目"]


def test_page_break_debris_and_a_row_cut_in_two():
    text = "\t令和8年度\n必要な資金の額\t500\n・地域経済の活性化に関\t500\n- 21 -\n\nする事業\t\n------\t--\n後の段落\n"
    blocks = read(text)
    table = blocks[0]
    assert isinstance(table, Table)
    assert table.rows[-1] == ["・地域経済の活性化に関する事業", "500"]
    assert isinstance(blocks[1], Line) and blocks[1].text == "後の段落"


def test_cells_with_paragraphs_keep_their_line_breaks():
    blocks = read("目標\t<p>1. 事業承継支援</p> <p>2. デジタル化推進</p>\n")
    assert blocks[0].rows == [["目標", "1. 事業承継支援\n2. デジタル化推進"]]


def test_line_numbers_are_kept():
    blocks = read("\n\n(別表2)\n\n経営発達支援事業の実施体制\n")
    assert [(b.text, b.line) for b in blocks] == [("(別表2)", 3), ("経営発達支援事業の実施体制", 5)]


# Tables drawn with box-drawing characters (text_ruled): a printed spreadsheet copied from its PDF
RULED = (
    "┏────┬──────┓\n"
    "┃実施者名│○○商工会（法人番号　１２３）┃\n"
    "┃　　　　│○○町（地方公共団体コード　４５６）┃\n"
    "┃　　　　│　　　　　　┃\n"
    "┗────┴──────┛\n"
    "（３）目標\n"
    "┏──┬──┬───┓\n"
    "┃　支援内容　│現行│令和６年度┃\n"
    "┠──┼──┼───┨\n"
    "┃①景況調査│１回│　　２回┃\n"
    "┃②分析　　│　－│　　１回┃\n"
    "┗──┴──┴───┛\n"
    "（４）事業内容\n"
)


def test_ruled_tables_read_as_tables():
    blocks = read(RULED)
    summary, heading, targets, after = blocks
    assert isinstance(summary, Table) and isinstance(targets, Table)
    # a merged label cell: its value's further rows with the label blank; a blank padding row dropped
    assert summary.rows == [["実施者名", "○○商工会（法人番号\u3000１２３）"],
                            ["", "○○町（地方公共団体コード\u3000４５６）"]]
    assert heading.text == "（３）目標" and after.text == "（４）事業内容"
    assert targets.rows == [["支援内容", "現行", "令和６年度"], ["①景況調査", "１回", "２回"], ["②分析", "－", "１回"]]
    assert targets.row_lines == [8, 10, 11]


def test_rules_and_rows_of_every_box_style():
    from hattatsu.extract.readers.text_ruled import rule_kind, ruled_cells

    assert [rule_kind(t) for t in ("┌─┬─┐", "╔═╦═╗", "├─┼─┤", "╠═╬═╣", "└─┴─┘", "╚═╩═╝", "────")] == \
        ["top", "top", "inner", "inner", "bottom", "bottom", "inner"]
    assert rule_kind("│ │") is None and rule_kind("─ 1 ─") is None and rule_kind("") is None
    assert ruled_cells("║a║b║") == ["a", "b"] and ruled_cells("│ a │ b │") == ["a", "b"]
    assert ruled_cells("a│b") is None and ruled_cells("a│b", open_table=True) == ["a", "b"]  # the frame lost
    assert ruled_cells("┃" + "│" * 1000 + "┃") is None  # more bars than any printed table has columns

"""docs18b (issue 14, writers L and M): delimited text and form exports read as the plan they hold —
CSV rows (every cell quoted, numbers bare), a spreadsheet copied as tab text (quoted cells over several lines,
the sheet's row numbers), rows typed with 「／」 between cells, a form system's 「項目名：値」 export, and the
target tables, staff charts and labels these plans print. Variants invented here, none copied from a plan."""

from __future__ import annotations

import pytest

from hattatsu.extract import extract_bytes
from hattatsu.extract.blocks import Line, Table
from hattatsu.extract.readers.text import read_text
from hattatsu.extract.readers.text_delimited import delimited_rows
from hattatsu.extract.readers.text_form import form_fields


def _blocks(text: str):
    return read_text(text.encode("utf-8"), "t.txt")[0]


def _plan(text: str):
    return next(d for d in extract_bytes(text.encode("utf-8"), "t.txt") if d.kind == "plan")


# --- CSV rows -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("line", "cells"), [
    ('"指標","単位","現行","R8年度"', ["指標", "単位", "現行", "R8年度"]),
    ('"会頭",1', ["会頭", "1"]),  # a count left bare
    ('"(1)展示会出展支援",,,,', ["(1)展示会出展支援", "", "", "", ""]),  # a group row, its cells empty
    ('"必要な資金の額","2,400","12,000"', ["必要な資金の額", "2,400", "12,000"]),  # commas inside quotes
    ('"補助員",２', ["補助員", "２"]),  # a full-width count
    (',"現行","R8年度"', ["", "現行", "R8年度"]),  # a header's corner cell left empty
])
def test_csv_rows_become_tab_rows(line: str, cells: list[str]) -> None:
    assert delimited_rows([line]) == ["\t".join(cells)]


@pytest.mark.parametrize("line", [
    '"Go To"キャンペーンの効果を検証する。',  # a quotation opening a sentence
    '"引用",と述べた',  # an unquoted cell of words: running text
    '"閉じていない,セル',  # no closing quote
    "地域,経済,動向",  # no quoted first cell
])
def test_text_with_quotes_and_commas_stays_text(line: str) -> None:
    assert delimited_rows([line]) == [line]


def test_a_csv_target_table_reads_as_a_table_with_its_group_rows() -> None:
    text = "\n".join(['"指標","単位","現行","R8年度","R9年度"',
                      '"(1)物産展出展支援",,,,',
                      '"出展事業者数","者","2","3","3"',
                      '"売上額／者","万円","－","20","30"'])
    tables = [b for b in _blocks(text) if isinstance(b, Table)]
    assert len(tables) == 1 and tables[0].rows[1][0] == "(1)物産展出展支援"
    assert tables[0].rows[3] == ["売上額／者", "万円", "－", "20", "30"]


# --- a spreadsheet copied as tab text -------------------------------------------------------------------
SHEET = [
    "1\t概要",
    "2",
    '3\t実施者名\t"みなと商工会（法人番号：1234567890123）',
    'みなと町（地方公共団体コード：123456）"',
    "4\t1.目標",
    '5\t\t"①現状',
    "人口は減っている。",
    '事業者も減っている。"',
    "6\t\t項目\t現行\tR8年度\tR9年度",
    "7\t\t①セミナー開催回数\t1回\t2回\t2回",
    '8\t\t"②""伴走""支援先数"\t－\t3者\t4者',
    "9", "10", "11", "12",
]


def test_a_sheet_copied_with_row_numbers_and_quoted_cells() -> None:
    out = delimited_rows(SHEET)
    assert len(out) == len(SHEET)  # line for line: a block's line number is still the file's
    assert out[0] == "概要"
    assert out[2:4] == ["実施者名\tみなと商工会（法人番号：1234567890123）", "\tみなと町（地方公共団体コード：123456）"]
    assert out[5:8] == ["①現状", "人口は減っている。", "事業者も減っている。"]  # a paragraph of the sheet
    assert out[8:11] == ["項目\t現行\tR8年度\tR9年度", "①セミナー開催回数\t1回\t2回\t2回",
                         '②"伴走"支援先数\t－\t3者\t4者']  # the shared indent gone, doubled quotes undone


def test_quoted_cells_without_row_numbers() -> None:
    lines = ['目標\t"①売上の向上', '②生産性の向上"', "期間\t令和8年度～"]
    assert delimited_rows(lines) == ["目標\t①売上の向上", "\t②生産性の向上", "期間\t令和8年度～"]


def test_numbers_opening_lines_are_no_row_numbers_when_they_do_not_rise() -> None:
    lines = [f"{n}\t件" for n in (5, 3, 8, 1, 9, 2, 7, 4, 6, 10, 11)]
    assert delimited_rows(lines) == lines


# --- rows typed with 「／」 ----------------------------------------------------------------------------
def test_slash_rows_with_a_name_holding_a_slash() -> None:
    lines = ["＜目標＞（単位：者）",
             "項目／現状／R8／R9",
             "①出展事業者数／1者／2者／3者",
             "　売上額／者／－／15万円／20万円",
             "※公表方法：ホームページ"]
    out = delimited_rows(lines)
    assert out == [lines[0], "項目\t現状\tR8\tR9", "①出展事業者数\t1者\t2者\t3者", "　売上額／者\t－\t15万円\t20万円",
                   lines[4]]


@pytest.mark.parametrize("lines", [
    ["TEL 0120-00-0000／FAX 0120-00-0001", "E-mail x@example.jp"],  # a contact line alone
    ["島外／島内の需要を比べる", "観光客／帰省客を分ける"],  # no row ends in a value
    ["会長／1名", "理事会で決めた。／以上"],  # a sentence
])
def test_slashes_in_text_stay_text(lines: list[str]) -> None:
    assert delimited_rows(lines) == lines


def test_a_staff_list_typed_with_slashes() -> None:
    from hattatsu.extract.sections.organization import parse_organization

    org = parse_organization(_blocks("\n".join([
        "（１）実施体制", "事務局が実施する。", "体制は次のとおり。", "",
        "　会長／1名", "　事務局長／1名", "　法定経営指導員（経営指導員兼務）／1名", "　経営支援員／2名",
        "（令和７年１０月１日現在）",
    ])), None)
    assert {s.role: s.count for s in org.staff} == {"会長": 1, "事務局長": 1, "法定経営指導員": 1, "経営支援員": 2}
    assert org.as_of == "2025-10"  # the note under the chart


# --- a form system's text export -----------------------------------------------------------------------
FORM = [
    "■■ 別表１　経営発達支援事業の内容及び実施期間 ■■",
    "1.目標／(1)地域の現状及び課題：",
    "人口は減っている。",
    "1.目標／(2)小規模事業者に対する長期的な振興のあり方：事業者を支える。",
    "2.実施期間及び目標の達成に向けた方針／(1)実施期間：令和8年4月1日～令和13年3月31日",
    "-- Ⅰ．経営発達支援事業の内容 --",
    "項目番号：3",
    "項目名：地域の経済動向調査に関すること",
    "3.地域の経済動向調査に関すること／(1)現状と課題：調査が足りない。",
    "3.地域の経済動向調査に関すること／(2)目標：",
    "法定経営指導員_1_氏名：山田 一郎",
    "法定経営指導員_1_電話番号：0120-00-0000",
    "法定経営指導員_2_氏名：川田 花子",
    "法定経営指導員_2_電話番号：0120-00-0001",
    "広域経営指導員_氏名：",
    "(1)実施体制：事務局で実施する。",
]


def test_a_form_export_is_written_as_its_plan() -> None:
    out = [t for _, t in form_fields(list(enumerate(FORM)))]
    assert out == [
        "別表１　経営発達支援事業の内容及び実施期間",
        "1.目標", "(1)地域の現状及び課題", "人口は減っている。",
        "(2)小規模事業者に対する長期的な振興のあり方", "事業者を支える。",  # 1.目標 once
        "2.実施期間及び目標の達成に向けた方針", "(1)実施期間", "令和8年4月1日～令和13年3月31日",
        "Ⅰ．経営発達支援事業の内容",
        "3.地域の経済動向調査に関すること", "(1)現状と課題", "調査が足りない。", "(2)目標",
        "氏名\t電話番号", "山田 一郎\t0120-00-0000", "川田 花子\t0120-00-0001",  # a repeated group: a table
        "(1)実施体制", "事務局で実施する。",  # the empty 広域経営指導員 fields are nothing
    ]


def test_lines_with_slashes_before_a_colon_are_no_form_export() -> None:
    rows = list(enumerate([f"電話／FAX：0120-00-000{n}" for n in range(6)]))  # no heading of the form named
    assert form_fields(rows) == rows


def test_a_few_labelled_lines_are_no_form_export() -> None:
    rows = list(enumerate(["目標／方針：売上を伸ばす", "項目番号：3", "項目名：地域の経済動向調査に関すること"]))
    assert form_fields(rows) == rows


def test_a_form_export_plan_reads_its_summary_period_and_targets() -> None:
    text = "\n".join([
        "■■ 経営発達支援計画の概要 ■■",
        "実施者名（1）：みなと商工会議所", "法人番号（1）：1234567890123",
        "実施者名（2）：みなと市", "地方公共団体コード（2）：123455",
        "実施期間（開始）：令和8年4月1日", "実施期間（終了）：令和13年3月31日",
        *FORM[:10],
        '"指標","単位","現行","R8年度","R9年度","R10年度","R11年度","R12年度"',
        '"①景況調査の公表回数","回","4","4","4","4","4","4"',
        "3.地域の経済動向調査に関すること／(3)事業内容：景況調査を行う。",
        "■■ 別表３　経営発達支援事業の実施に必要な資金の額及びその調達方法 ■■",
        '"区分","令和8年度","令和9年度","令和10年度","令和11年度","令和12年度"',
        '"必要な資金の額","1,200","1,200","1,200","1,200","1,200"',
        '"地域の経済動向調査に関する事業","1,200","1,200","1,200","1,200","1,200"',
        "調達方法：会費、国補助金",
        "備考：見込みを記載。",
    ])
    plan = _plan(text)
    assert [(i.name, i.corporate_number or i.local_gov_code) for i in plan.summary.implementers] == [
        ("みなと商工会議所", "1234567890123"), ("みなと市", "123455")]
    assert str(plan.summary.period.start) == "2026-04-01" and str(plan.period.end) == "2031-03-31"
    item = plan.items[0]
    assert item.number == "3" or item.number == 3
    assert [(t.indicator, t.baseline, t.values["2030"]) for t in item.targets] == [("①景況調査の公表回数", 4, 4)]
    assert plan.funding.sources == ["会費", "国補助金"]  # the 備考 field ends them


# --- a markdown consultant's layout: captions over tables, GFM alignment rules, per-office staff columns ----
def test_a_numbered_caption_over_a_target_table_is_its_rows_group() -> None:
    text = "\n".join([
        "**①高原マルシェ（BtoC）**", "",
        "| 支援内容 | 単位 | 現行 | R4年度 | R5年度 |", "|---|:-:|--:|--:|--:|",
        "| 出店事業者数 | 者 | 3 | 6 | 6 |", "| 売上額／者 | 万円 | － | 8 | 8 |", "",
        "(2)商談会（BtoB）", "",
        "| 支援内容 | 単位 | 現行 | R4年度 | R5年度 |", "|:--|:-:|:-:|:-:|:-:|",
        "| 参加事業者数 | 者 | 1 | 3 | 3 |",
    ])
    from hattatsu.extract.sections.targets import parse_targets

    targets = parse_targets(_blocks(text))
    assert [(t.indicator, t.group) for t in targets] == [
        ("出店事業者数", "①高原マルシェ(BtoC)"), ("売上額/者", "①高原マルシェ(BtoC)"),
        ("参加事業者数", "(2)商談会(BtoB)")]  # (as group rows' names are kept: NFKC)


def test_a_caption_over_numbered_rows_is_no_group() -> None:
    from hattatsu.extract.sections.targets import parse_targets

    text = "\n".join(["①主な目標", "項目\t現行\tR4年度", "①セミナー開催回数\t1\t2", "②経営分析件数\t3\t4"])
    assert [t.group for t in parse_targets(_blocks(text))] == [None, None]


@pytest.mark.parametrize("total", ["合計", "計"])
def test_staff_columns_per_office_with_the_corner_cell(total: str) -> None:
    from hattatsu.extract.sections.organization import parse_organization

    text = "\n".join([
        "(1)実施体制", "",
        f"| 役職 | 北商工会 | 南商工会 | {total} |", "|---|--:|--:|--:|",
        "| 会長 | 1 | 1 | 2 |", "| 経営指導員 | 1 | 0 | 1 |", "| 経営支援員 | 2 | 2 | 4 |",
    ])
    org = parse_organization(_blocks(text), None)
    assert {s.role: s.count for s in org.staff} == {"会長": 2, "経営指導員": 1, "経営支援員": 4}


def test_long_objectives_a_line_each_are_titles() -> None:
    from hattatsu.extract.sections.goals import _objectives

    long = ["①地域資源（高原野菜・そば粉）を活用した新商品の開発と首都圏・中京圏への販路開拓による事業者の売上向上",
            "②経営分析から事業計画策定・実行支援までの一貫した伴走支援による小規模事業者の持続的な経営基盤の強化"]
    assert all(len(t) > 45 for t in long)
    got = _objectives([Line(t, n) for n, t in enumerate(long, 1)])
    assert [o.title for o in got] == [t[1:] for t in long]
    # a paragraph under each keeps them untitled entries read as text
    para = _objectives([Line(long[0], 1), Line("そのために支援する。", 2), Line(long[1], 3)])
    assert para[0].title is None


def test_blocks_of_a_sheet_with_row_numbers_read_as_lines_and_tables() -> None:
    blocks = _blocks("\n".join(SHEET))
    assert any(isinstance(b, Line) and b.text == "人口は減っている。" and b.line == 7 for b in blocks)
    table = next(b for b in blocks if isinstance(b, Table) and b.rows[0][0] == "項目")
    assert table.rows[2][0] == '②"伴走"支援先数' and table.line == 9


def test_a_sheet_copied_keeps_a_group_row_of_a_table_a_row() -> None:
    lines = ["1\t\t現行\tR8年度", "2\t①景況調査\t\t", "3\tア 調査回数\t4\t4", *(f"{n}" for n in range(4, 14))]
    out = delimited_rows(lines)
    assert out[:3] == ["\t現行\tR8年度", "①景況調査\t\t", "ア 調査回数\t4\t4"]  # its trailing cells as written


def test_a_path_written_with_and_without_spaces_is_one_heading() -> None:
    rows = list(enumerate(["項目番号：3", "項目名：地域の経済動向調査に関すること",
                           "3. 地域の経済動向調査に関すること／(1) 現状と課題：調査が足りない。",
                           *(f"3.地域の経済動向調査に関すること／({n})目標：" for n in (2, 3, 4, 5))]))
    out = [t for _, t in form_fields(rows)]
    assert out[:4] == ["3.地域の経済動向調査に関すること", "(1) 現状と課題", "調査が足りない。", "(2)目標"]


# --- l2: every numbered heading in 【】 ----------------------------------------------------------------------
@pytest.mark.parametrize(("line", "name", "number"), [
    ("【（２）目標】", "targets", "2"),
    ("【(1)現状と課題】", "current_issues", "1"),
    ("【（３）支援に対する考え方】", "policy", "3"),
    ("【（４）調査結果の活用】", "utilization", "4"),
])
def test_an_items_numbered_part_in_lenticular_brackets(line: str, name: str, number: str) -> None:
    from hattatsu.extract.outline import Kind, classify_heading
    from hattatsu.normalize import compact, nfkc

    h = classify_heading(compact(nfkc(line)))
    assert h is not None and (h.kind, h.name, h.number) == (Kind.SUBSECTION, name, number)


@pytest.mark.parametrize("line", ["【8-1 製造業者を対象とした展示会】", "【(2)】", "【①景況調査】"])
def test_a_bracketed_line_that_is_no_numbered_part(line: str) -> None:
    from hattatsu.extract.outline import Kind, classify_heading
    from hattatsu.normalize import compact, nfkc

    h = classify_heading(compact(nfkc(line)))
    assert h is None or h.kind != Kind.SUBSECTION


def test_sheet2_parts_in_lenticular_brackets() -> None:
    from hattatsu.extract.sections.organization import parse_organization

    org = parse_organization(_blocks("\n".join([
        "【（１）実施体制】", "事務局長\t1名", "経営指導員\t2名",
        "【（２）経営指導員による情報の提供及び助言に係る実施体制】",
        "氏名：山田 一郎", "連絡先：みなと商工会 TEL 0120-00-0000",
        "【（３）商工会、関係市町村連絡先】", "みなと商工会", "〒100-0001 みなと町1-1", "TEL 0120-00-0000",
    ])), None)
    assert {s.role: s.count for s in org.staff} == {"事務局長": 1, "経営指導員": 2}
    assert [a.name for a in org.legal_advisors] == ["山田 一郎"]
    assert org.contacts and org.contacts[0].phone == "0120-00-0000"


def test_slash_rows_with_an_empty_corner_a_group_row_and_empty_cells() -> None:
    lines = ["／公表方法／現行／R8年度／R9年度",
             "(1)物産展出展支援／／／／",
             "出展事業者数／HP掲載／2者／3者／",  # the last year left empty
             "売上額／者／HP掲載／－／20万円／30万円",
             "(2)次の支援／／／／"]  # (a group row: three in four rows end in a figure)
    assert delimited_rows(lines) == ["\t公表方法\t現行\tR8年度\tR9年度", "(1)物産展出展支援\t\t\t\t",
                                     "出展事業者数\tHP掲載\t2者\t3者\t", "売上額／者\tHP掲載\t－\t20万円\t30万円",
                                     "(2)次の支援\t\t\t\t"]

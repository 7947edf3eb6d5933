"""Conventions of writers P and Q's plans (session 11, docs22), each on variants written here (never the blind
plans' own text)."""

from __future__ import annotations

import pytest

from hattatsu.extract.api import extract_bytes
from hattatsu.extract.blocks import Line, Table
from hattatsu.extract.form_table import unfold_form_tables
from hattatsu.extract.html_fragments import parse_fragment
from hattatsu.extract.readers import ReadOptions
from hattatsu.extract.readers.text import read_text
from hattatsu.extract.readers.text_grid import grid_rows
from hattatsu.extract.sections.funding import parse_funding
from hattatsu.extract.sections.organization import _legal_only, _staff
from hattatsu.extract.sections.partners import parse_partners
from hattatsu.extract.sections.targets import parse_targets
from hattatsu.model import LegalAdvisor

OPTIONS = ReadOptions(nlp=False, entities=False)


def _blocks(text: str) -> list:
    return read_text(text.encode("utf-8"), "t.txt")[0]


def _lines(text: str) -> list[Line]:
    return [Line(t, i + 1, None) for i, t in enumerate(text.strip("\n").split("\n")) if t.strip()]


# --- q3: a static-site generator's HTML tables, a tag a line ---------------------------------------------
PRETTY = """<table>
  <thead>
    <tr>
      <th colspan="2">支援内容</th>
      <th>単位</th>
      <th>現行</th>
      <th>令和5年度</th>
      <th>令和6年度</th>
    </tr>
  </thead>
  <tbody>
    <tr>
      <td rowspan="2">①商談会への出展</td>
      <td>出展事業者数</td>
      <td>者</td>
      <td>0</td>
      <td>1</td>
      <td>2</td>
    </tr>
    <tr>
      <td>成約件数／者</td>
      <td>件</td>
      <td>-</td>
      <td>1</td>
      <td>1</td>
    </tr>
  </tbody>
</table>
"""


def test_html_table_written_a_tag_a_line_is_one_table() -> None:
    blocks = _blocks("#### (2) 目標\n\n" + PRETTY + "\n#### (3) 事業内容\n")
    tables = [b for b in blocks if isinstance(b, Table)]
    assert len(tables) == 1
    assert tables[0].rows[0][:3] == ["支援内容", "", "単位"]
    assert tables[0].rows[2][:3] == ["", "成約件数／者", "件"]  # the 区分 merged down: its place empty
    assert [b.text for b in blocks if isinstance(b, Line)] == ["(2) 目標", "(3) 事業内容"]


def test_rowspan_and_colspan_leave_none_where_a_cell_covers_the_place() -> None:
    (table,) = parse_fragment('<table><tr><td rowspan="3">A</td><td colspan="2">B</td></tr>'
                              "<tr><td>c</td><td>d</td></tr><tr><td>e</td><td>f</td></tr></table>")
    assert table.rows == [["A", "B", None], [None, "c", "d"], [None, "e", "f"]]


def test_hostile_spans_cost_nothing() -> None:
    (table,) = parse_fragment('<table><tr><td rowspan="999999999" colspan="999999999">A</td></tr></table>')
    assert len(table.rows[0]) <= 63


def test_spanned_label_header_makes_the_first_column_the_group() -> None:
    targets = parse_targets(_blocks(PRETTY))
    assert [(t.group, t.indicator, t.unit, t.baseline) for t in targets] == [
        ("①商談会への出展", "出展事業者数", "者", 0), ("①商談会への出展", "成約件数/者", "件", None)]


def test_merged_cell_text_repeated_on_every_row_is_the_group() -> None:
    """Google Docs' export: the merged header and 区分 cells' text in every place they span."""
    targets = parse_targets(_blocks("支援内容\t支援内容\t現行\t令和5年度\t令和6年度\n"
                                    "①商談会\t出展事業者数\t0\t1\t2\n①商談会\t成約件数\t0\t1\t1\n"
                                    "②物産展\t出展事業者数\t1\t2\t2\n"))
    assert [(t.group, t.indicator) for t in targets] == [
        ("①商談会", "出展事業者数"), ("①商談会", "成約件数"), ("②物産展", "出展事業者数")]


def test_a_table_of_two_label_columns_without_merges_keeps_its_labels_joined() -> None:
    targets = parse_targets(_blocks("項目\t\t現行\t令和5年度\t令和6年度\n①\t開催回数\t0\t1\t2\n②\t参加者数\t0\t5\t6\n"))
    assert [(t.group, t.indicator) for t in targets] == [(None, "① 開催回数"), (None, "② 参加者数")]


# --- p2 and writers P and Q: grid tables ---------------------------------------------------------------
ASCII = """+----------------+------------+--------+--------+
| 項目           | Ｈ２６実績 | Ｈ２８ | Ｈ２９ |
+================+============+========+========+
| 景況調査の回数 |          0 |      4 |      4 |
+----------------+------------+--------+--------+
| レポート公表   |          0 |      1 |      1 |
+----------------+------------+--------+--------+
"""


def test_ascii_grid_table_is_one_table_its_rules_no_rows() -> None:
    (table,) = _blocks(ASCII)
    assert table.rows == [["項目", "Ｈ２６実績", "Ｈ２８", "Ｈ２９"], ["景況調査の回数", "0", "4", "4"],
                          ["レポート公表", "0", "1", "1"]]


def test_a_years_jisseki_column_is_the_baseline() -> None:
    targets = parse_targets(_blocks(ASCII))
    assert [(t.indicator, t.baseline, t.values) for t in targets] == [
        ("景況調査の回数", 0, {"2016": 4, "2017": 4}), ("レポート公表", 0, {"2016": 1, "2017": 1})]


WRAPPED = """－－－－－－－－－－－－－－－－－－－－－－－－－
｜項目　　｜現行｜令和８｜令和９｜
｜　　　　｜　　｜年度　｜年度　｜
－－－－－－－－－－－－－－－－－－－－－－－－－
｜①景況調｜　２｜　４回｜　４回｜
｜査の公表｜　　｜　　　｜　　　｜
｜回数　　｜　　｜　　　｜　　　｜
－－－－－－－－－－－－－－－－－－－－－－－－－
｜②セミナ｜　０｜　１回｜　２回｜
｜ー開催　｜　　｜　　　｜　　　｜
－－－－－－－－－－－－－－－－－－－－－－－－－
"""


def test_full_width_grid_rows_wrapped_inside_their_columns_are_joined() -> None:
    (table,) = _blocks(WRAPPED)
    assert table.rows == [["項目", "現行", "令和８年度", "令和９年度"], ["①景況調査の公表回数", "２", "４回", "４回"],
                          ["②セミナー開催", "０", "１回", "２回"]]


def test_grid_with_a_one_line_header_and_no_inner_rules_keeps_a_row_a_line() -> None:
    rows = grid_rows(list(enumerate(["+----+----+", "| a  | b  |", "+====+====+", "| c  | 1  |", "| d  | 2  |",
                                     "+----+----+"])))
    assert [t for _, t in rows] == ["| a  | b  |", "| c  | 1  |", "| d  | 2  |"]


@pytest.mark.parametrize("line", ["========================================", "－－－－－－－－"])
def test_a_rule_over_no_rows_stays_a_line(line: str) -> None:
    assert [t for _, t in grid_rows(list(enumerate([line, "（別表２）", line])))] == [line, "（別表２）", line]


# --- p2: a 目標 written as a sentence ------------------------------------------------------------------
@pytest.mark.parametrize(("text", "name", "base"), [
    ("経営分析件数は、平成２８年度２０件、平成２９年度２５件、平成３０年度２５件とする（平成２６年度実績：１２件）。",
     "経営分析件数", 12),
    ("また、ホームページ作成支援事業者数は、平成２８年度３件、平成２９年度３件、平成３０年度５件とする。",
     "ホームページ作成支援事業者数", None),
    ("フォローアップ件数（延べ、訪問）は、R8 1,000件、R9 1,200件、R10 1,200件とする（現行：800件）。",
     "フォローアップ件数(延べ、訪問)", 800),
])
def test_target_row_written_as_a_sentence(text: str, name: str, base: int | None) -> None:
    (t,) = parse_targets(_lines(text))
    assert (t.indicator, t.baseline, t.unit, len(t.values)) == (name, base, "件", 3)


def test_a_sentence_with_one_year_or_more_after_the_figures_is_no_row() -> None:
    assert parse_targets(_lines("経営分析件数は、平成２８年度２０件とする。\n"
                                "支援件数は、平成２８年度２０件、平成２９年度２５件とする方針であり、"
                                "毎年見直す。")) == []


# --- q3, q4, p2: 別表2, 別表3 and 別表4 habits ---------------------------------------------------------------
def test_staff_after_a_bodys_name_and_a_space_and_one_member_in_brackets() -> None:
    staff = _staff(_lines("千鳥坂商工会議所　会頭１名、副会頭３名、専務理事１名\n事務局長１名\n"
                          "中小企業相談所（経営指導員４名、補助員２名）\n総務課（一般職員３名）\n"))
    assert [(s.role, s.count) for s in staff] == [("会頭", 1), ("副会頭", 3), ("専務理事", 1), ("事務局長", 1),
                                                  ("経営指導員", 4), ("補助員", 2), ("一般職員", 3)]


def test_members_in_brackets_on_a_line_under_the_body() -> None:
    staff = _staff(_lines("理事会\n（会長１名、副会長２名、理事１５名）\n事務局\n事務局長　１名\n経営指導員　２名\n"))
    assert [(s.role, s.count) for s in staff] == [("会長", 1), ("副会長", 2), ("理事", 15), ("事務局長", 1),
                                                  ("経営指導員", 2)]


def test_plain_advisors_listed_by_name_are_no_legal_advisors() -> None:
    plain = [LegalAdvisor(name="経営指導員 有村 健太郎"), LegalAdvisor(name="経営指導員 福永 真由")]
    assert _legal_only(plain, "(2)経営指導員氏名連絡先") == []
    assert _legal_only(plain, "(2)法定経営指導員の関わり") == plain
    assert _legal_only([LegalAdvisor(name="有村 健太郎")], "(2)経営指導員") != []


def test_partners_written_as_paragraphs() -> None:
    partners = parse_partners(_lines("""
本計画では、次の者と連携して経営発達支援事業を実施する。
県商工会連合会（会長 藤原 英明、岡山県岡山市北区弓之町4番19号）とは、経営指導員研修について連携する。
株式会社道の駅くすのき（代表取締役 河本 健一、岡山県真備野郡楠丘町上楠305番地）とは、販売会について連携する。
"""), None)
    assert partners.declared == "listed"
    assert [(p.name, p.representative, p.address) for p in partners.entries] == [
        ("県商工会連合会", "会長 藤原 英明", "岡山県岡山市北区弓之町4番19号"),
        ("株式会社道の駅くすのき", "代表取締役 河本 健一", "岡山県真備野郡楠丘町上楠305番地")]


def test_note_whose_bracket_lost_its_opening_half_ends_the_sources() -> None:
    funding = parse_funding(_lines("調達方法\n会費、国補助金、町補助金\n"
                                   "注）調達方法については、想定される調達方法を記載すること。"), None)
    assert funding.sources == ["会費", "国補助金", "町補助金"]


# --- writer Q: 別表1 one two-column table ---------------------------------------------------------------
def test_sheet_typed_as_one_two_column_table_is_read_as_its_lines() -> None:
    table = Table([["項目", "内容"], ["１．目標", "（１）地域の現状及び課題\n町の人口は1万人である。"],
                   ["３．地域の経済動向調査に関すること", "（１）現状と課題\n景況調査を行っていない。\n（２）目標\n"
                    "項目　　　　　現行　令和8年度　令和9年度\n①公表回数　　　0回　2回　2回"]], 5, None)
    out = unfold_form_tables([Line("（別表１）", 4, None), table])
    assert [b.text for b in out] == [
        "（別表１）", "１．目標", "（１）地域の現状及び課題", "町の人口は1万人である。",
        "３．地域の経済動向調査に関すること", "（１）現状と課題", "景況調査を行っていない。", "（２）目標",
        "項目　　　　　現行　令和8年度　令和9年度", "①公表回数　　　0回　2回　2回"]


@pytest.mark.parametrize("rows", [
    [["実施者名", "楠丘町商工会"], ["実施期間", "令和5年4月1日～令和10年3月31日"], ["目標", "(1)…"]],
    [["役職", "人数"], ["会長", "1名"], ["副会長", "2名"]],
    [["１．目標", "…"], ["実施者名", "…"], ["３．地域の経済動向調査に関すること", "…"]],
])
def test_tables_that_are_no_sheet_stay_tables(rows: list[list[str]]) -> None:
    table = Table(rows, 1, None)
    assert unfold_form_tables([table]) == [table]


def test_part_two_of_the_2014_form_opens_its_item_at_its_current_issues() -> None:
    text = """経営発達支援計画の概要
実施者名　白鷺台町商工会
（別表１）
経営発達支援事業の内容
Ⅰ．経営発達支援事業の内容
１．地域の経済動向調査に関すること
【現状と課題】
調査を行っていない。
Ⅱ．地域経済の活性化に資する取組
【現状と課題】
商店街の空き店舗が増えている。
【事業内容】
にぎわい市を開催する。
Ⅲ．経営発達支援事業の円滑な実施に向けた支援力向上のための取組
１．他の支援機関との連携を通じた支援ノウハウ等の情報交換に関すること
【事業内容】
会議に出席する。
"""
    plan = extract_bytes(text.encode("utf-8"), "p.txt", OPTIONS)[0]
    assert [(i.number, i.key) for i in plan.items] == [(1, "economic_trends"), (12, "regional_revitalization"),
                                                       (1, "knowhow_exchange")]


CUT = """－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－
－－－－
｜　　　　　　　　　　　　｜現行｜令和８年度｜令和９年度｜令和
１０年度｜
－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－
－－－－
｜①地域経済動向分析の公表｜　２｜　　　４回｜　　　４回｜
　　　４回｜
－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－
－－－－
｜②セミナー開催回数　　　｜　０｜　　　１回｜　　　２回｜　　\u3000
２回｜
－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－
－－－－
"""


def test_grid_rows_and_rules_cut_at_the_line_width_are_joined_back() -> None:
    """A text cut at 35 characters a line: a row goes on mid-cell on the next line, cut right after a bar or before
    one, and each rule's rest is a short run of dashes."""
    (table,) = _blocks(CUT)
    assert table.rows == [["", "現行", "令和８年度", "令和９年度", "令和１０年度"],
                          ["①地域経済動向分析の公表", "２", "４回", "４回", "４回"],
                          ["②セミナー開催回数", "０", "１回", "２回", "２回"]]


def test_rows_typed_with_a_bar_before_each_cell_are_not_joined() -> None:
    blocks = _blocks("｜実施者名　｜姫沢商工会議所\n｜実施期間　｜令和3年4月1日～令和8年3月31日\n｜単位｜\n")
    assert len(blocks) == 1 and len(blocks[0].rows) == 3

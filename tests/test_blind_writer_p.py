"""Writer P's habits (session 11, docs23): a Google Docs export, 目標 rows as sentences, a 延べ follow-up count.

Each test is a convention many plans may use, on a synthetic sample (the blind plans themselves are read by
tests/test_blind.py).
"""

from __future__ import annotations

from hattatsu.check import Selection, check_document
from hattatsu.extract.api import extract_bytes
from hattatsu.extract.blocks import Line, Table
from hattatsu.extract.readers import ReadOptions
from hattatsu.extract.readers.text import read_text
from hattatsu.extract.sections.funding import parse_funding
from hattatsu.extract.sections.targets import parse_targets
from hattatsu.model import Plan
from hattatsu.normalize import compact
from tests.doc_diff import narrative_text

_OPTIONS = ReadOptions(nlp=False, entities=False)


def _tables(text: str) -> list[Table]:
    blocks, _ = read_text(text.encode("utf-8"), "x.txt")
    return [b for b in blocks if isinstance(b, Table)]


def test_a_row_merged_across_prints_its_text_in_every_cell() -> None:
    """A group's row merged across the table, its name in every cell (Google Docs' text export): one cell, the
    group of the rows below."""
    text = ("項目\t現行\tR9年度\tR10年度\n"
            "①景況調査\t①景況調査\t①景況調査\t①景況調査\n"
            "ア調査回数\t4回\t4回\t4回\n"
            "イ公表回数\t1回\t2回\t2回\n")
    [table] = _tables(text)
    assert table.rows[1] == ["①景況調査"]
    targets = parse_targets([table])
    assert [(t.group, t.indicator, t.baseline, t.values) for t in targets] == [
        ("①景況調査", "ア調査回数", 4, {"2027": 4, "2028": 4}),
        ("①景況調査", "イ公表回数", 1, {"2027": 2, "2028": 2}),
    ]


def test_a_row_of_one_figure_repeated_is_a_row_of_values() -> None:
    """「－」 or a figure in every cell is no merged cell: the row keeps its cells."""
    [table] = _tables("項目\tR9年度\tR10年度\tR11年度\n開催回数\t2回\t2回\t2回\n－\t－\t－\t－\n")
    assert table.rows[-1] == ["－", "－", "－", "－"]


def test_a_cell_merged_across_区分_and_指標_is_no_group() -> None:
    """A 区分 column merged down its rows, its name on every row; a row of no group its name in both cells."""
    rows = [["区分", "指標", "現行", "R9年度", "R10年度"],
            ["①商談会", "出展事業者数", "2者", "3者", "4者"],
            ["①商談会", "成約件数", "0件", "1件", "2件"],
            ["②HP作成支援", "②HP作成支援", "－", "3者", "3者"]]
    targets = parse_targets([Table(rows, 1, None)])
    assert [(t.group, t.indicator) for t in targets] == [
        ("①商談会", "出展事業者数"), ("①商談会", "成約件数"), (None, "②HP作成支援")]


def test_funding_turned_a_row_a_year() -> None:
    """別表3 turned: a column a line of the budget, a row a fiscal year (the years down the first column)."""
    rows = [["年度", "必要な資金の額", "経済動向調査費", "セミナー開催費"],
            ["令和9年度", "3,300", "300", "3,000"],
            ["令和10年度", "3,500", "300", "3,200"]]
    funding = parse_funding([Table(rows, 1, None)], None)
    assert funding.fiscal_years == [2027, 2028]
    assert funding.total == {"2027": 3300, "2028": 3500}
    assert [(x.name, x.amounts) for x in funding.lines] == [
        ("経済動向調査費", {"2027": 300, "2028": 300}), ("セミナー開催費", {"2027": 3000, "2028": 3200})]


def test_target_sentence_with_amounts_in_thousands() -> None:
    """A 目標 sentence whose figures hold a thousands comma 「1,000」: the comma is the amount's, not a list's."""
    lines = [Line("経営意欲確認件数は、令和5年度1,000件、令和6年度1,200件、令和7年度1,500件とする（現行：1,071件）。",
                  1, None)]
    [t] = parse_targets(lines)
    assert (t.indicator, t.unit, t.baseline, t.values) == (
        "経営意欲確認件数", "件", 1071, {"2023": 1000, "2024": 1200, "2025": 1500})


_GDOCS = """\ufeff■経営発達支援計画の概要
実施者名\tみどり川町商工会
実施期間\t令和9年4月1日～令和14年3月31日
■（別表3）
経営発達支援事業の実施に必要な資金の額及びその調達方法
（単位　千円）
年度\t必要な資金の額\t経済動向調査費\t物産展出展支援費
令和9年度\t1,300\t300\t1,000
令和10年度\t1,300\t300\t1,000
令和11年度\t1,500\t300\t1,200
令和12年度\t1,500\t300\t1,200
令和13年度\t1,700\t300\t1,400
調達方法
会費、国補助金、事業収入
"""


def test_google_docs_export_bom_crlf_and_turned_funding() -> None:
    """A Google Docs export: a BOM, CRLF line ends, 「■」 before the sheets, 別表3 turned."""
    data = _GDOCS.replace("\n", "\r\n").encode("utf-8")
    plan = next(d for d in extract_bytes(data, "p.txt", _OPTIONS) if isinstance(d, Plan))
    assert plan.funding is not None
    assert plan.funding.total == {"2027": 1300, "2028": 1300, "2029": 1500, "2030": 1500, "2031": 1700}
    assert [x.name for x in plan.funding.lines] == ["経済動向調査費", "物産展出展支援費"]
    assert plan.funding.sources == ["会費", "国補助金", "事業収入"]


def _follow_up_findings(name: str) -> list[str]:
    from hattatsu.model import Item, Target

    plan = Plan(items=[
        Item(number=6, key="plan_formulation", title="事業計画策定支援に関すること",
             targets=[Target(indicator="事業計画策定事業者数", baseline=5, values={"2027": 10, "2028": 12})]),
        Item(number=7, key="post_plan_support", title="事業計画策定後の実施支援に関すること",
             targets=[Target(indicator=name, values={"2027": 40, "2028": 48})]),
    ])
    return [f.rule for f in check_document(plan, Selection(), "p.txt").findings if f.rule == "follow-up-exceeds-plans"]


def test_a_延べ_follow_up_count_is_no_count_of_businesses() -> None:
    """「フォローアップ件数（延べ）」 counts visits, several a business: not compared with the plans made."""
    assert _follow_up_findings("フォローアップ件数（延べ）") == []
    assert _follow_up_findings("フォローアップ事業者数") == ["follow-up-exceeds-plans"] * 2


def _docx(paragraphs: list[str]) -> bytes:
    import io

    from docx import Document

    doc = Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_a_converters_page_number_between_empty_paragraphs_is_no_text() -> None:
    """A PDF-to-Word converter keeps each page's number, 「3」 between empty paragraphs (p1): no line; a bare number
    among paragraphs with text (a cell typed a paragraph a cell) stays."""
    from hattatsu.extract.readers.word import read_docx

    data = _docx(["経営分析を行った事業者の半数以上が", "", "3", "", "事業計画を策定する。", "現行", "4", "令和9年度"])
    assert [b.text for b in read_docx(data, "p.docx")] == [
        "経営分析を行った事業者の半数以上が", "事業計画を策定する。", "現行", "4", "令和9年度"]


def test_a_circled_number_opening_a_cut_line_is_no_activity_heading() -> None:
    """A paragraph a printed line (p1): 「①…」 opening the line after one cut mid-sentence at the page's width goes on
    with that sentence; after a finished sentence it heads an activity."""
    from hattatsu.extract.sections.items import _activities

    cut = "進捗管理を法定経営指導員が本商工会議所の運営協議会及び担当委員会に報告して共有す"  # 40 characters
    rest = "①運営協議会（正副会頭、常設委員会委員長で構成）は年６回開催し、進捗の確認と意見交換を行う。"
    assert len(cut) == len(rest[:40]) == 40
    lines = [Line(t, i, None) for i, t in enumerate([cut, rest[:40], rest[40:]], 1)]
    [act] = _activities(lines, "事業内容", None)
    text = compact(narrative_text([b.model_dump() for b in act.text]))
    assert act.title is None and text.startswith(compact(cut + "①運営協議会"))
    lines = [Line(t, i, None) for i, t in enumerate(["進捗を管理する。", "①運営協議会", "年6回開催する。"], 1)]
    assert [a.title for a in _activities(lines, "事業内容", None)] == [None, "①運営協議会"]


def test_a_partners_label_cut_at_the_pages_width() -> None:
    """別表4's label cut at a printed line's width, 「…その代表」 over 「者の氏名」 (p1's converter): the label's rest,
    no partner."""
    from hattatsu.extract.sections.partners import parse_partners

    lines = [Line(t, i, None) for i, t in enumerate([
        "連携して事業を実施する者の氏名又は名称及び住所 並びに法人にあっては、その代表", "者の氏名",
        "連携して実施する事業の内容", "連携して事業を実施する者の役割"], 1)]
    assert parse_partners(lines, None).declared == "blank"
    lines[3:3] = [Line("①霧ヶ原町観光協会 会長 山田太郎 霧ヶ原町1-2", 5, None)]
    lines.insert(2, Line("①霧ヶ原町観光協会 会長 山田太郎 霧ヶ原町1-2", 3, None))
    assert parse_partners(lines, None).declared == "listed"


def test_a_mark_before_an_unnumbered_heading_is_dropped() -> None:
    """A Google Docs plan marks its headings 「■□▼」 without numbers too: the mark before what reads as a heading of
    the form is no part of it; before running text it stays (a bullet)."""
    text = "▼地域の経済動向調査に関すること\n□現状と課題\n□景況調査を年4回実施する。\n"
    blocks, _ = read_text(text.encode(), "x.txt")
    assert [b.text for b in blocks] == [
        "地域の経済動向調査に関すること", "現状と課題", "□景況調査を年4回実施する。"]

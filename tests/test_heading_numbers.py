"""Headings numbered otherwise than the form (issue 14, docs15b): 公用文's 第1/ア, Word's outline without
numbers (heading styles, and the same outline printed to PDF: titles alone on their lines), the 概要 filed
last; and the 別表 habits of the same authors (year columns 「R8」, 小計 rows, （注） notes, 広域経営指導員
as a label and its answer)."""

from __future__ import annotations

import io

import pytest

from hattatsu.extract.blocks import Line, Table
from hattatsu.extract.plan import build_plan
from hattatsu.extract.readers.text import read_text
from hattatsu.extract.readers.word import read_docx
from hattatsu.extract.sections.funding import parse_funding
from hattatsu.extract.sections.organization import parse_organization
from hattatsu.normalize import fiscal_year, is_fiscal_year_label

BODY = """{sheet1}
{part1}
{goals}
{region}
当町は人口5千人の町である。
{long_term}
地域資源を生かす。
{objectives}
①事業計画に基づく経営の持続化
②販路の開拓
{period_policy}
{period}
令和3年4月1日～令和8年3月31日
{policies}
①は巡回で支援する。
{item3}
{issues}
景気動向を把握できていない。
{targets}
支援内容\t現行\t{y1}\t{y2}
景気動向調査の公表\t年2回\t年4回\t年4回
{activities}
四半期毎に調査する。
{item4}
{issues}
消費者の声を聞いていない。
{targets}
支援内容\t現行\t{y1}\t{y2}
来店客アンケート対象事業者数\t2者\t3者\t4者
{activities}
アンケートを行う。
"""
SUMMARY = """経営発達支援計画の概要
実施者名（法人番号等）
上川町商工会（法人番号 9410005002207）
実施期間
令和3年4月1日～令和8年3月31日
目標
経営発達支援事業の目標
①事業計画に基づく経営の持続化
事業内容
第3　地域の経済動向調査に関すること
　景気動向調査を行う。
第4　需要動向調査に関すること
連絡先
上川町商工会 TEL 0186-72-3015
"""
SHEETS = """（別表２）
(1)実施体制
事務局長 1名
（別表３）
\t令和3年度\t令和4年度
必要な資金の額\t300\t300
地域の経済動向調査に関すること\t100\t100
需要動向調査に関すること\t200\t200
（別表４）
連携者なし
"""
OFFICIAL = dict(sheet1="（別表１）", part1="Ⅰ　経営発達支援事業の内容", goals="第1　目標",
                region="ア　地域の現状及び課題", long_term="イ　長期的な振興のあり方",
                objectives="ウ　経営発達支援事業の目標",
                period_policy="第2　実施期間・目標の達成に向けた方針",
                period="ア　経営発達支援事業の実施期間", policies="イ　目標の達成に向けた方針",
                item3="第3　地域の経済動向調査に関すること", item4="第4　需要動向調査に関すること",
                issues="ア　現状と課題", targets="イ　目標", activities="ウ　事業内容", y1="令和3年度", y2="令和4年度")
# Word's outline printed to PDF: the same titles, their numbers never typed (the parts' are)
UNNUMBERED = {**{k: v.split("　", 1)[1] for k, v in OFFICIAL.items() if "　" in v and k != "part1"},
              "sheet1": "（別表１）", "part1": "Ⅰ．経営発達支援事業の内容", "y1": "R3", "y2": "R4"}


def _plan(text: str):
    return build_plan(read_text(text.encode("utf-8"), "plan.txt")[0], entities=False)


def _check_body(plan) -> None:
    assert [o.title for o in plan.goals.objectives] == ["事業計画に基づく経営の持続化", "販路の開拓"]
    assert plan.goals.region is not None and plan.goals.long_term is not None
    assert (plan.period.start.isoformat(), plan.period.end.isoformat()) == ("2021-04-01", "2026-03-31")
    assert plan.policies
    assert [(i.number, i.key, i.title) for i in plan.items] == [
        (3, "economic_trends", "地域の経済動向調査に関すること"), (4, "demand_trends", "需要動向調査に関すること")]
    t = plan.items[0].targets[0]
    assert (t.indicator, t.unit, t.baseline, t.values) == ("景気動向調査の公表", "回", 2, {"2021": 4, "2022": 4})
    assert plan.items[1].targets[0].values == {"2021": 3, "2022": 4}
    assert plan.items[0].current_issues is not None and plan.items[1].activities


def test_official_numbering_and_the_summary_filed_last() -> None:
    """第1/第2/第3 for 1./2./3., ア/イ/ウ for (1)(2)(3); the 概要 after 別表4, its 事業内容 repeating the
    item titles with their 第N (no item opened twice)."""
    plan = _plan(BODY.format(**OFFICIAL) + SHEETS + SUMMARY)
    _check_body(plan)
    assert [i.name for i in plan.summary.implementers] == ["上川町商工会"]
    assert plan.summary.period is not None and plan.summary.period.end.isoformat() == "2026-03-31"
    assert plan.funding.total == {"2021": 300, "2022": 300} and len(plan.funding.lines) == 2


def test_outline_without_numbers_as_plain_lines() -> None:
    """Word's outline printed to PDF: each title alone on its line, after its part; year columns 「R3」."""
    _check_body(_plan(SUMMARY + BODY.format(**UNNUMBERED) + SHEETS))


def test_outline_without_numbers_in_word_heading_styles() -> None:
    """python-docx's own 「heading 2」 (Word stores built-in names in lower case) marks a heading; a
    bare 「目標」 in a heading style heads 1. under 「Ⅰ.」, and 「目標」 inside an item is its (3)."""
    from docx import Document

    doc = Document()
    levels = {"sheet1": 1, "part1": 1, "goals": 2, "period_policy": 2, "item3": 2, "item4": 2}
    for raw in BODY.format(**UNNUMBERED).splitlines():
        key = next((k for k, v in UNNUMBERED.items() if v == raw), None)
        if key is not None and not key.startswith("y"):
            doc.add_heading(raw, level=levels.get(key, 3))
        elif "\t" in raw:
            continue
        else:
            doc.add_paragraph(raw)
    buf = io.BytesIO()
    doc.save(buf)
    blocks = read_docx(buf.getvalue(), "plan.docx")
    assert next(b for b in blocks if isinstance(b, Line) and b.text == "目標").level == 2
    plan = build_plan(blocks, entities=False)
    assert [(i.number, i.key) for i in plan.items] == [(3, "economic_trends"), (4, "demand_trends")]
    assert [o.title for o in plan.goals.objectives] == ["事業計画に基づく経営の持続化", "販路の開拓"]
    assert plan.period is not None and plan.policies


def test_year_columns_by_the_era_letter_alone() -> None:
    assert [fiscal_year(c) for c in ("R8", "Ｒ１２", "H30")] == [2026, 2030, 2018]
    assert is_fiscal_year_label("R8") and not is_fiscal_year_label("現状(R6)")
    assert fiscal_year("R8の実績") is None  # a letter and digits inside a sentence name no column


def test_funding_subtotal_rows_and_notes() -> None:
    blocks = [Table([["", "令和8年度", "令和9年度"], ["必要な資金の額", "600", "600"],
                     ["地域の経済動向調査に関すること", "100", "100"], ["需要動向調査に関すること", "200", "200"],
                     ["小計", "300", "300"], ["経営指導員等の資質向上等に関すること", "300", "300"],
                     ["合計", "600", "600"]]),
              Line("（注）必要な資金の額については、見込み額を記載すること。"), Line("調達方法"),
              Line("会費、国補助金、手数料収入"), Line("（注）調達方法については、想定される調達方法を記載すること。")]
    f = parse_funding(blocks, None)
    assert [ln.name for ln in f.lines] == ["地域の経済動向調査に関すること", "需要動向調査に関すること",
                                           "経営指導員等の資質向上等に関すること"]
    assert f.total == {"2026": 600, "2027": 600}
    assert f.sources == ["会費", "国補助金", "手数料収入"]


@pytest.mark.parametrize(("row", "want"), [
    (["広域経営指導員への該当", "該当する"], True),
    (["広域経営指導員の該当の有無", "非該当"], False),
    (["広域経営指導員の氏名", "小野寺 彩"], None),
    (["広域経営指導員の当否", "■該当する　□該当しない"], True),  # check boxes: the checked one
    (["広域経営指導員の当否", "☐ 該当する ☑ 該当しない"], False),
    (["広域経営指導員の当否", "□該当する　□該当しない"], None),  # neither checked: unstated
])
def test_wide_area_advisor_as_label_and_answer(row: list[str], want: bool | None) -> None:
    org = parse_organization([Line("(2)経営指導員の関与体制等"), Table([["区分", "内容"], row])], None)
    assert org.wide_area_advisor is want


def test_organization_parts_titled_without_numbers() -> None:
    """別表2 in Word's outline without numbers (or its PDF): 実施体制, the 経営指導員's part and the 連絡先 by
    their titles alone, in the form's order; a title out of order opens nothing."""
    lines = ["実施体制", "会長 1名", "副会長 2名", "④経営指導員等の資質向上に係る体制", "経営指導員の関与体制等",
             "氏名：小野寺 彩", "連絡先：秋津川町商工会 TEL：0257-48-2211", "商工会、関係市町村連絡先", "①商工会",
             "秋津川町商工会",
             "〒949-6512 新潟県中越郡秋津川町大字上町1024番地1", "TEL：0257-48-2211", "②関係市町村",
             "秋津川町 産業観光課", "〒949-6592 新潟県中越郡秋津川町大字上町880番地", "TEL：0257-48-3111"]
    org = parse_organization([Line(t) for t in lines], None)
    assert [(s.role, s.count) for s in org.staff] == [("会長", 1), ("副会長", 2)]
    assert [a.name for a in org.legal_advisors] == ["小野寺 彩"]
    assert [c.phone for c in org.contacts] == ["0257-48-2211", "0257-48-3111"]
    # the 連絡先 title before 実施体制 is no part: nothing has opened yet
    assert parse_organization([Line(t) for t in lines[7:]], None).contacts == []


@pytest.mark.parametrize(("text", "want"), [
    ("①については、巡回で支援する。②については、商談会で販路を広げる。③については、情報発信を支援する。", 3),
    ("①については、巡回で支援する。なお、②の目標にも資する。", 1),  # ② inside a sentence: no new policy
])
def test_policies_run_on_in_one_paragraph(text: str, want: int) -> None:
    """2.(2) written as one paragraph, a sentence for each objective: 「①については、…。②については、…」."""
    body = BODY.format(**OFFICIAL).replace("①は巡回で支援する。", text)
    assert text in body
    policies = _plan(body + SHEETS + SUMMARY).policies
    assert len(policies) == want
    assert "巡回で支援する" in str(policies[0].text)
    assert ("商談会" in str(policies[1].text)) if want == 3 else ("②の目標" in str(policies[0].text))


@pytest.mark.parametrize(("rows", "want"), [
    # 氏名 and 連絡先 in label cells, their answers beside them (a sheet, a Word table): no colon
    ([["氏　名", "佐々木 恵美"], ["連絡先", "砂原沢町商工会　TEL 0126-55-2031"]],
     [("佐々木 恵美", "砂原沢町商工会", "0126-55-2031")]),
    ([["氏名：佐々木 恵美"], ["連絡先：砂原沢町商工会 TEL：0126-55-2031"]],
     [("佐々木 恵美", "砂原沢町商工会", "0126-55-2031")]),
    # 「…の氏名」 names a label's subject, not the label 氏名: no advisor
    ([["広域経営指導員の氏名", "小野寺 彩（中越広域支援センター）"]], []),
])
def test_legal_advisor_labels_with_or_without_a_colon(rows: list[list[str]], want: list[tuple]) -> None:
    org = parse_organization([Line("(2)経営指導員の関与体制等"), Line("①当該法定経営指導員の氏名、連絡先"),
                              Table(rows)], None)
    assert [(a.name, a.organization, a.phone) for a in org.legal_advisors] == want


def test_target_groups_under_a_区分_column_beside_a_項目_column() -> None:
    from hattatsu.extract.sections.grid import header_columns

    cols = header_columns(["区分", "項目", "単位", "現行", "令和2年度", "令和3年度"])
    assert cols is not None and cols.group == 0 and cols.unit == 2
    assert header_columns(["項目", "単位", "現行", "令和2年度", "令和3年度"]).group is None


def test_partners_table_headed_with_the_forms_labels() -> None:
    from hattatsu.extract.sections.partners import parse_partners

    table = Table([["連携者の氏名又は名称", "代表者の氏名", "住所", "連携者及びその役割"],
                   ["日本政策金融公庫 相模野支店", "支店長 河合 洋一", "神奈川県相模野市中央区相模野1-1-3",
                    "融資による支援"]])
    p = parse_partners([table], None)
    assert p.declared == "listed"
    assert [(e.name, e.representative, e.role) for e in p.entries] == [
        ("日本政策金融公庫 相模野支店", "支店長 河合 洋一", "融資による支援")]


def test_funding_sources_split_outside_brackets() -> None:
    f = parse_funding([Line("調達方法"), Line("国補助金、兵庫県補助金、会費、事業収入（参加費・出展料）")], None)
    assert f.sources == ["国補助金", "兵庫県補助金", "会費", "事業収入(参加費・出展料)"]

"""The segmenter on the 概要 read as lines: its 「目標」 label is not 別表1's 1. 目標."""

from __future__ import annotations

import pytest

from hattatsu.extract.plan import build_plan
from hattatsu.extract.readers.text import read_text
from hattatsu.extract.segment import segment
from hattatsu.normalize import compact

# The 概要 as a PDF copy gives it: each label cell on a line of its own, its value on the next.
SUMMARY_AS_LINES = """経営発達支援計画の概要
実施者名
ひかり市商工会（法人番号 1234567890123）
実施期間
令和8年4月1日～令和13年3月31日
目標
① 創業者の増加
② 販路の開拓
事業内容
経営発達支援事業の内容 3. 地域の経済動向調査に関すること ・景況調査
4. 需要動向調査に関すること ・来場者アンケート ・商談会での聞き取り
連絡先
ひかり市商工会 TEL 000-000-0000
目標
(1) 地域の現状及び課題
ひかり市は人口3万人の市である。
"""


def _blocks(text: str) -> list:
    return read_text(text.encode("utf-8"), "summary.txt")[0]


def test_bare_objectives_label_stays_in_the_summary() -> None:
    seg = segment(_blocks(SUMMARY_AS_LINES))
    assert seg.summary is not None
    texts = [b.text for b in seg.summary.blocks]
    assert "目標" in texts and "② 販路の開拓" in texts and texts[-1].startswith("ひかり市商工会 TEL")
    # after the 概要's last labels, a bare 「目標」 heads 別表1 1. (items numbered from 1)
    assert seg.goals is not None and seg.goals.heading is not None and seg.goals.heading.line == 14
    assert "region" in seg.goal_parts


def test_summary_fields_read_from_label_lines() -> None:
    plan = build_plan(_blocks(SUMMARY_AS_LINES), entities=False)
    assert plan.summary.objectives == ["創業者の増加", "販路の開拓"]
    assert [(a.number, a.key) for a in plan.summary.activities] == [(3, "economic_trends"), (4, "demand_trends")]


def test_summary_activities_keep_the_line_they_are_on() -> None:
    """The 事業内容's title and its points (a paragraph and a list) have the location of their line."""
    plan = build_plan(_blocks(SUMMARY_AS_LINES), entities=False)
    third, fourth = plan.summary.activities
    assert [(b.type, b.location.line) for b in third.text] == [("paragraph", 10), ("list", 10)]
    assert [(b.type, b.location.line) for b in fourth.text] == [("paragraph", 11), ("list", 11)]
    assert [i.text for i in fourth.text[1].items] == ["来場者アンケート", "商談会での聞き取り"]


def test_summary_activities_in_a_table_have_their_row() -> None:
    text = ("経営発達支援計画の概要\n\n実施者名\tひかり市商工会\n"
            "事業内容\t3. 地域の経済動向調査に関すること ・景況調査\n")
    plan = build_plan(_blocks(text), entities=False)
    assert [(b.type, b.location.line) for b in plan.summary.activities[0].text] == [("paragraph", 4), ("list", 4)]


# The 概要 as published plans lay it out (tests/variants/PUBLISHED.md): the 事業内容 under part
# headings, items numbered with or without a dot, tagged, each with its KPI in brackets.
def _summary(activities: str, objectives_label: str = "目標") -> str:
    return ("経営発達支援計画の概要\n\n実施者名（法人番号）\tひかり市商工会（法人番号 1234567890123）\n"
            f"{objectives_label}\t1. 創業者の増加 2. 販路の開拓\n事業内容\t{activities}\n")


def test_later_part_ends_the_last_item_of_the_summary() -> None:
    for part in ("Ⅱ.地域経済の活性化に資する取組", "Ⅱ．地域経済の活性化に資する取り組み",
                 "II 地域経済の活性化に資する取組"):
        text = _summary("Ⅰ.経営発達支援事業の内容 1.地域の経済動向調査に関すること ・景況調査 "
                        f"2.需要動向調査に関すること ・来場者アンケート {part} 商店街の夏まつりを支える。")
        plan = build_plan(_blocks(text), entities=False)
        assert [(a.number, a.key) for a in plan.summary.activities] == [(1, "economic_trends"), (2, "demand_trends")]
        last = " ".join(b.text if b.type == "paragraph" else " ".join(i.text for i in b.items)
                        for b in plan.summary.activities[-1].text)
        assert "来場者アンケート" in last and "まつり" not in last and "活性化" not in last


def test_summary_items_numbered_without_a_dot() -> None:
    text = _summary("Ⅰ.経営発達支援事業の内容 1 地域の経済動向調査に関すること ・景況調査 (20 社、 4 回/年) "
                    "2 経営状況の分析に関すること【指針①】 ・財務分析 (計画期間中 160 件) "
                    "3 事業計画策定支援に関すること ・セミナー（計画期間中 40件）")
    plan = build_plan(_blocks(text), entities=False)
    assert [(a.number, a.key) for a in plan.summary.activities] == [
        (1, "economic_trends"), (2, "business_analysis"), (3, "plan_formulation")]


def test_dotted_items_leave_bare_counts_alone() -> None:
    """A cell whose items have a dot: a count in its prose (「3 事業計画…に関すること」 would read as one)
    is not an item."""
    text = _summary("3. 地域の経済動向調査に関すること ・年に 4 経営指導員が事業計画策定支援に関すること を話す "
                    "4. 需要動向調査に関すること ・来場者アンケート")
    plan = build_plan(_blocks(text), entities=False)
    assert [(a.number, a.key) for a in plan.summary.activities] == [(3, "economic_trends"), (4, "demand_trends")]


def test_objectives_row_labelled_with_the_forms_name() -> None:
    plan = build_plan(_blocks(_summary("3. 地域の経済動向調査に関すること ・景況調査", "経営発達支援事業の目標")),
                      entities=False)
    assert plan.summary.objectives == ["創業者の増加", "販路の開拓"]
    assert [i.corporate_number for i in plan.summary.implementers] == ["1234567890123"]


def test_codes_as_published_copies_write_them() -> None:
    """The closing brackets lost and the next name run on after the digits; the label alone in
    brackets with the number after them."""
    from hattatsu.extract.sections.summary import implementers

    for text in ("ひかり市商工会（法人番号 1234567890123ひかり市（地方公共団体コード 123456",
                 "ひかり市商工会（法人番号）1234567890123 ひかり市（地方公共団体コード）123456",
                 "ひかり市商工会(法人番号：1234567890123) ひかり市(地方公共団体コード：123456)"):
        got = [(i.name, i.type, i.corporate_number or i.local_gov_code) for i in implementers(text)]
        assert got == [("ひかり市商工会", "society", "1234567890123"), ("ひかり市", "municipality", "123456")], text


def test_objectives_cell_opening_with_the_forms_name() -> None:
    for head in ("経営発達支援事業の目標", "経営発達⽀援事業の目標：", "経営発達支援計画の目標"):
        text = _summary("3. 地域の経済動向調査に関すること ・景況調査").replace(
            "目標\t1. 創業者の増加", f"目標\t{head} 1. 創業者の増加")
        plan = build_plan(_blocks(text), entities=False)
        assert plan.summary.objectives == ["創業者の増加", "販路の開拓"], head


def test_summary_contacts_each_after_a_mark() -> None:
    """The published 概要's 連絡先: each body after 「○」, TEL and FAX on one line."""
    text = _summary("3. 地域の経済動向調査に関すること ・景況調査") + (
        "連絡先\t○ひかり市商工会 経営支援課 〒000-0001 架空県ひかり市本町1番 TEL 0123-45-6789 ・ FAX 0123-45-6790 "
        "メールアドレス info@hikari.example.jp ○ひかり市 産業課 〒000-0002 架空県ひかり市本町2番 TEL 0123-45-1111 "
        "メールアドレス sangyo@city.hikari.example.jp\n")
    plan = build_plan(_blocks(text), entities=False)
    assert [(c.organization, c.department, c.phone, c.fax) for c in plan.summary.contacts] == [
        ("ひかり市商工会", "経営支援課", "0123-45-6789", "0123-45-6790"), ("ひかり市", "産業課", "0123-45-1111", None)]


def test_period_with_year_and_month_lost() -> None:
    """A PDF copy of the 概要 losing 年 and 月 (and the last 日): two dates still read, invalid ones not."""
    for cell, want in (("令和 2 4 1 日~令和 7 3 31", ("2020-04-01", "2025-03-31")),
                       ("平成31 4 1 日～平成 35 3 31", ("2019-04-01", "2023-03-31")),
                       ("令和 2 13 1 日~令和 7 3 31", None)):
        plan = build_plan(_blocks(_summary("3. 地域の経済動向調査に関すること ・景況調査") + f"実施期間\t{cell}\n"),
                          entities=False)
        got = plan.summary.period and (plan.summary.period.start.isoformat(), plan.summary.period.end.isoformat())
        assert got == want, cell


def test_older_summary_items_in_angle_brackets() -> None:
    """Older 概要: items unnumbered, titles in angle brackets; each has the number the form gives it."""
    from hattatsu.narrative import plain_text

    text = _summary("経営発達支援事業の内容（概要） <事業推進の基本姿勢> 職員の情報共有 "
                    "<地域の経済動向調査に関すること>【指針③】 ◎景況調査 "
                    "＜経営状況の分析に関すること＞【指針①】 ◎財務分析")
    plan = build_plan(_blocks(text), entities=False)
    assert [(a.number, a.key) for a in plan.summary.activities] == [(3, "economic_trends"), (5, "business_analysis")]
    first = plain_text(plan.summary.activities[0].text)
    assert "景況調査" in first and ">" not in first and "財務" not in first


def test_spaced_two_letter_label_before_its_value() -> None:
    """The 概要 flattened into lines, its 「目 標」 spaced out (two letters the reader leaves apart)."""
    text = ("経営発達支援計画の概要\n\n実施者名 ひかり市商工会（法人番号 1234567890123）\n"
            "目 標 1. 創業者の増加 2. 販路の開拓\n事業内容 3. 地域の経済動向調査に関すること ・景況調査\n")
    plan = build_plan(_blocks(text), entities=False)
    assert plan.summary.objectives == ["創業者の増加", "販路の開拓"]


def test_forms_name_for_objectives_on_a_line_of_its_own_in_the_summary() -> None:
    """「経営発達支援事業の目標」 alone on a line inside the 概要 is its 目標 label, not a heading dropped."""
    text = SUMMARY_AS_LINES.replace("目標\n① 創業者の増加", "経営発達支援事業の目標\n① 創業者の増加", 1)
    assert text != SUMMARY_AS_LINES
    plan = build_plan(_blocks(text), entities=False)
    assert plan.summary.objectives == ["創業者の増加", "販路の開拓"]
    assert plan.summary.period is not None and plan.summary.period.end.isoformat() == "2031-03-31"


# The published 概要 copied from a PDF as lines, its label cells centred on their values (a label in
# the middle of its value's lines) and its 事業内容 under part headings.
SUMMARY_LABELS_CENTRED = """経営発達支援計画の概要
実施者名
ひかり市商工会（法人番号 1234567890123）
実施期間
令和8年4月1日～令和13年3月31日
(1) 創業者の増加
目 標
(2) 販路の開拓
Ⅰ.経営発達支援事業の内容
1.地域の経済動向調査に関すること【指針③】
景況調査
事業内容
2.経営状況の分析に関すること【指針①】
財務分析
Ⅱ.地域経済の活性化に資する取組
夏まつりの支援
○ひかり市商工会 〒000-0001 架空県ひかり市本町1番 TEL 0123-45-6789
連絡先
○ひかり市 産業課 〒000-0002 架空県ひかり市本町2番 TEL 0123-45-1111
(別表1)
経営発達支援計画
1. 目標
(1) 地域の現状及び課題
ひかり市は人口3万人の市である。
"""


def test_part_headings_inside_the_summary_are_its_text() -> None:
    seg = segment(_blocks(SUMMARY_LABELS_CENTRED))
    texts = [b.text for b in seg.summary.blocks]
    assert "Ⅰ.経営発達支援事業の内容" in texts and "Ⅱ.地域経済の活性化に資する取組" in texts
    assert seg.goals is not None and "region" in seg.goal_parts


def test_labels_centred_on_their_values() -> None:
    plan = build_plan(_blocks(SUMMARY_LABELS_CENTRED), entities=False)
    s = plan.summary
    assert (s.period.start.isoformat(), s.period.end.isoformat()) == ("2026-04-01", "2031-03-31")
    assert s.objectives == ["創業者の増加", "販路の開拓"]
    assert [(a.number, a.key) for a in s.activities] == [(1, "economic_trends"), (2, "business_analysis")]
    assert [(c.organization, c.phone) for c in s.contacts] == [("ひかり市商工会", "0123-45-6789"),
                                                              ("ひかり市", "0123-45-1111")]


def test_objectives_label_repeated_in_a_centred_cell() -> None:
    """「経営発達支援事業の目標」 opening the cell, 「目 標」 centred below it: one field, read on."""
    text = SUMMARY_LABELS_CENTRED.replace("(1) 創業者の増加\n", "経営発達支援事業の目標\n(1) 創業者の増加\n", 1)
    assert text != SUMMARY_LABELS_CENTRED
    plan = build_plan(_blocks(text), entities=False)
    assert plan.summary.objectives == ["創業者の増加", "販路の開拓"]


@pytest.mark.parametrize(("text", "email", "url"), [
    # a PDF of the Word form wraps a mail address in the narrow 連絡先 cell at its hyphen or dot
    ("メールアドレス：office@gtakasaki-\nsci.or.jp", "office@gtakasaki-sci.or.jp", None),
    ("メール：info@midorigawa\n.example.jp", "info@midorigawa.example.jp", None),
    ("URL https://www.midori-\nshokokai.jp/", None, "https://www.midori-shokokai.jp/"),
    ("E-mail: a.b@c-d.\nlg.jp", "a.b@c-d.lg.jp", None),
    # whole addresses on lines of their own stay apart
    ("メール：info@midori.jp\nwww.example.jp", "info@midori.jp", None),
    ("メール：info@midori.jp\nhttps://www.example.jp/", "info@midori.jp", "https://www.example.jp/"),
])
def test_a_wrapped_mail_address_or_url_is_joined(text, email, url):
    from hattatsu.extract.sections.contacts import parse_contact

    c = parse_contact("みどり川町商工会 経営支援課\n" + text)
    assert (c.email, c.url, c.organization, c.department) == (email, url, "みどり川町商工会", "経営支援課")


def test_funding_aligned_with_spaces_and_empty_cells_as_dashes() -> None:
    """別表3 aligned with spaces (no tabs), an amount left empty printed 「－」 (blind plan d4): the row keeps
    its place and the empty years are no amount."""
    text = ("(別表3)\n経営発達支援事業の実施に必要な資金の額及びその調達方法\n（単位：千円）\n"
            "                 R8      R9     R10\n必要な資金の額   1,300   1,000   1,300\n"
            "  需要動向調査     1,000   1,000   1,000\n  セミナー開催       300      －     300\n")
    plan = build_plan(_blocks(text), entities=False)
    assert plan.funding.fiscal_years == [2026, 2027, 2028]
    assert [(x.name, list(x.amounts.values())) for x in plan.funding.lines] == [
        ("需要動向調査", [1000, 1000, 1000]), ("セミナー開催", [300, None, 300])]


# A plan whose 概要 heads it, then 別表1; inside an item a line labels the 概要 of what follows (a survey's results).
_SUMMARY_ON_TOP = """経営発達支援計画の概要
実施者名
ひかり市商工会（法人番号 1234567890123）
実施期間
令和8年4月1日～令和13年3月31日
（別表1）
1. 目標
(1) 地域の現状及び課題
ひかり市は人口3万人の市である。
2. 経営発達支援計画の実施期間、目標の達成方針
(1) 経営発達支援事業の実施期間（令和8年4月1日～令和13年3月31日）
(2) 目標の達成に向けた方針
① 創業を支援する。
Ⅰ. 経営発達支援事業の内容
3. 地域の経済動向調査に関すること
(1) 現状と課題
景況調査を年1回行っている。
{label}
調査結果を会報で公表する。
(2) 目標
"""


@pytest.mark.parametrize("label", ["概要", "【概要】", "【 概要 】", "0.概要", "０．概要", "■概要"])
@pytest.mark.parametrize("on_top", [True, False])
def test_summary_label_inside_the_body_opens_nothing(label: str, on_top: bool) -> None:
    """Once the body began, a line 「概要」 however it is set apart (in 【】, numbered 0., after a mark) is the item's
    text, not the 概要 reopened (a28fbf8: the heading's title is compared, not the line's key)."""
    text = _SUMMARY_ON_TOP.format(label=label)
    if not on_top:
        text = text[text.index("（別表1）"):]
    seg = segment(_blocks(text))
    assert (seg.summary is not None) is on_top
    if on_top:
        assert not any("会報" in b.text for b in seg.summary.blocks)
    [item] = seg.items
    *_, labelled, text = item.of_kind("current_issues")[0].blocks
    assert text.text == "調査結果を会報で公表する。" and labelled.key == compact(label).lstrip("■")

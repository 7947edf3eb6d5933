"""The rules' reading of KGI/KPI statements whose shape leaves no doubt (read_plain): the NLP
pass leaves those to the rules and parses only the others. Runs without the [nlp] extra."""

from __future__ import annotations

import pytest

from hattatsu.extract.sections.indicators import read_plain


def _read(text: str):
    found = read_plain(text)
    return None if found is None else [(i.name, i.value, i.unit, i.comparator, i.per) for i in found]


@pytest.mark.parametrize(("text", "expected"), [
    ("KPI：①経営計画の策定支援数12者。", [("経営計画の策定支援数", 12, "者", None, None)]),
    ("ＫＰＩ：セミナー参加者数　３０名以上", [("セミナー参加者数", 30, "名", ">=", None)]),
    ("商談会出展事業者数8者、成約件数4件", [("商談会出展事業者数", 8, "者", None, None),
                                          ("成約件数", 4, "件", None, None)]),
    ("K P I : 創業塾受講者数 20 人・創業者数 5 人", [("創業塾受講者数", 20, "人", None, None),
                                                  ("創業者数", 5, "人", None, None)]),
    ("巡回訪問件数 年間1,500件", [("巡回訪問件数", 1500, "件", None, "year")]),
    ("補助金申請を支援した事業者のうち、採択された事業者の割合が60%以上。",
     [("採択された事業者の割合", 60, "%", ">=", None)]),
    ("新商品を開発した事業者数6社(試作品の評価会を含む)。", [("新商品を開発した事業者数", 6, "社", None, None)]),
    # labels of the 2025 form and of chambers' pages, and bullet marks, are no part of a name
    ("ＫＧＩ（成果目標）：経営計画策定事業者数　２０者", [("経営計画策定事業者数", 20, "者", None, None)]),
    ("【目標２】創業者数 5人", [("創業者数", 5, "人", None, None)]),
    ("＜ＫＰＩ＞ 専門家派遣件数 10件", [("専門家派遣件数", 10, "件", None, None)]),
    ("〇経営分析件数　４０件", [("経営分析件数", 40, "件", None, None)]),
    ("★事業承継診断件数 年間30件", [("事業承継診断件数", 30, "件", None, "year")]),
    # labels numbered or lettered within their list, a short word in 【】, list numbers and ・ bullets
    ("KPI1 経営分析件数 40件", [("経営分析件数", 40, "件", None, None)]),
    ("KGI-B：創業者数 5人", [("創業者数", 5, "人", None, None)]),
    ("指標Ｂ－１　専門家派遣件数　１０件", [("専門家派遣件数", 10, "件", None, None)]),
    ("【重点】商談成約件数 15件", [("商談成約件数", 15, "件", None, None)]),
    ("⑴ 窓口相談件数 250件", [("窓口相談件数", 250, "件", None, None)]),
    ("３．商談会成約件数　１０件", [("商談会成約件数", 10, "件", None, None)]),
    ("・セミナー受講者数　年間１２０名以上", [("セミナー受講者数", 120, "名", ">=", "year")]),
])
def test_plain_shapes_are_read(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "事業計画策定件数を年間30件とする。",  # a particle before the number: a clause, for the parser
    "支援先の売上高を5年間で10%増加させる。",  # a span and a change
    "売上が5%以上増加した事業者の割合が40%以上。",  # a number inside the name
    "窓口相談件数 月40件、年間480件",  # a month
    "累計創業者数 50人",  # a span word in the name
    "1社当たり新規取引件数 2件",  # a denominator
    "成約率 20件",  # a rate counted in 件
    "新たに販路を開拓した事業者 10者",  # a clause that does not end in a count
    "経営分析件数 40件（5年間で200件）",  # a second quantity in the bracket
    "ＫＰＩ：専門家派遣件数 二十件",  # a kanji numeral
    "創業支援件数 15件 目標値 20件",  # a label
    "経営分析件数 30件 35件 40件",  # a 別表1 row copied as text: values after the first have no name of their own
    "承認件数 計画期間中8件",  # the plan's span
    "会報の発行部数 3,000部",  # a counter of copies
    "補助金採択支援件数　現行 6件 → 10件",  # a baseline and an arrow
    "窓口相談件数 ・・・ 年間 300件",  # leader dots between a name and its value
])
def test_other_shapes_go_to_the_parser(text):
    assert read_plain(text) is None

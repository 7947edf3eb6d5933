"""Sheets typed as lines rather than tables: 「label：value」 pairs, a partner list under 「連携者及びその役割」."""

from __future__ import annotations

from hattatsu.extract.blocks import Line
from hattatsu.extract.sections.grid import label_pairs
from hattatsu.extract.sections.partners import parse_partners


def test_label_pairs_on_one_line_values_with_spaces_and_spaced_years():
    assert label_pairs("R7：1　R8：2 以上") == [("R7", "1"), ("R8", "2 以上")]
    assert label_pairs("令和 9 年度：3,300　10 年度：3,500") == [("令和9年度", "3,300"), ("10年度", "3,500")]
    assert label_pairs("単位：回") == [("単位", "回")]


def test_label_pairs_refuse_running_text():
    assert label_pairs("①経営分析セミナーの開催（年2回）") == []
    assert label_pairs("支援に対する考え方：セミナーで掘り起こした事業者に対し、財務・非財務の両面から分析する。") == []


def test_partners_listed_under_連携者及びその役割_alone():
    # convention (the 2014 form): each partner 「①名称 代表者 住所」, its 「役割：…」 on the line below
    lines = ["連携者及びその役割", "①みどり川町　町長 山田 太郎　長野県みどり川町1番地",
             "　役割：経済動向調査への統計提供", "②みどり川町観光協会　会長 佐藤 花子　長野県みどり川町47番地",
             "　役割：夏まつりの共同開催"]
    p = parse_partners([Line(t) for t in lines], None)
    assert p.declared == "listed"
    assert len(p.entries) == 2
    assert [e.role for e in p.entries] == ["経済動向調査への統計提供", "夏まつりの共同開催"]
    assert p.entries[1].name.startswith("みどり川町観光協会")

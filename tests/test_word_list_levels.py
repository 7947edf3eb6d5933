"""A Word plan whose headings are one multi-level list and whose 目標 tables head name and unit with one 「項目」 cell
(docs24: habits of writers P and Q's test plans, known from their instructions, never their text)."""

from __future__ import annotations

import io

from docx import Document

from hattatsu.extract.blocks import Line, Table
from hattatsu.extract.readers import ReadOptions, read_blocks
from hattatsu.extract.sections.targets import parse_targets
from tests.variants.word import _Levels


def _rows(*rows: str) -> list[list[str]]:
    return [r.split("|") for r in rows]


def test_a_label_column_of_units_is_the_unit_column() -> None:
    """「項目」 spanning the name's and the unit's columns: the unnamed second label column holds each row's unit (a
    row counting in none leaves it empty)."""
    table = Table(_rows("項目||現行|令和9年度|令和10年度", "||||",  # the header's second row, merged: empty
                        "①景況調査の公表回数|回|4|4|4", "②商談会出展事業者数|者||5|6", "③売上増加率|%|0|3|5",
                        "④相談件数||10|12|14"))
    targets = parse_targets([table])
    assert [(t.indicator, t.unit, t.baseline, t.values["2027"]) for t in targets] == [
        ("①景況調査の公表回数", "回", 4, 4), ("②商談会出展事業者数", "者", None, 5), ("③売上増加率", "%", 0, 3),
        ("④相談件数", None, 10, 12)]


def test_a_second_label_column_of_names_is_no_unit() -> None:
    """The rule it narrows: a second label column of names (a 区分 and its indicators, merged down) keeps its
    names."""
    table = Table(_rows("支援内容||現行|令和9年度|令和10年度", "①商談会出展|出展事業者数|2|3|4", "|成約件数|1|1|2"))
    targets = parse_targets([table])
    assert [(t.indicator, t.unit) for t in targets] == [("出展事業者数", None), ("成約件数", None)]
    assert targets[0].group == "①商談会出展"


def test_list_number_levels_are_read_as_the_forms_headings() -> None:
    """Headings whose number is Word's (one List Number list 「第%1」「%2」「（%3）」), restarted where the plan's
    numbers do not run on: the labels read as 第３, １, ２ … and the plan's headings they are."""
    doc = Document()
    levels = _Levels(doc)
    for text in ("3. 地域の経済動向調査に関すること", "(1) 現状と課題", "(2) 目標", "4. 需要動向調査に関すること",
                 "(1) 現状と課題", "(3) 事業内容"):
        levels.line(text, "1")
    buf = io.BytesIO()
    doc.save(buf)
    result = read_blocks(buf.getvalue(), "plan.docx", ReadOptions(nlp=False, entities=False))
    assert [b.text for b in result.blocks if isinstance(b, Line)] == [
        "第３ 地域の経済動向調査に関すること", "１ 現状と課題", "２ 目標", "第４ 需要動向調査に関すること",
        "１ 現状と課題", "３ 事業内容"]

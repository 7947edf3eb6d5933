"""目標 tables whose rows come in pairs, named in the upper row's label 「(上：A・下：B)」."""

from __future__ import annotations

import pytest

from hattatsu.extract.readers.text import read_text
from hattatsu.extract.sections.targets import parse_targets

HEADER = ["", "現行", "令和8年度", "令和9年度"]
ROWS = [["商談会出展(上：支援事業者数・下：商談成約数)", "3者", "5者", "5者"],
        ["", "1件", "3件", "4件"],
        ["売上増加事業者数", "-", "2者", "2者"]]


def _tab(rows: list[list[str]]) -> str:
    return "\n".join("\t".join(r) for r in [HEADER, *rows]) + "\n"


def _markdown(rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(r) + " |" for r in [HEADER, *rows]]
    return "\n".join([lines[0], "|---|---|---|---|", *lines[1:]]) + "\n"


def _html(rows: list[list[str]]) -> str:
    return "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>"
                               for r in [HEADER, *rows]) + "</table>\n"


def _flat(rows: list[list[str]]) -> str:
    return "\n".join(" ".join(c for c in r if c) for r in [HEADER, *rows]) + "\n"


def _targets(text: str) -> list:
    return parse_targets(read_text(text.encode("utf-8"), "targets.txt")[0])


@pytest.mark.parametrize("write", [_tab, _markdown, _html, _flat], ids=["tab", "markdown", "html", "flattened"])
def test_each_row_of_a_pair_gets_its_own_indicator(write) -> None:
    got = [(t.indicator, t.unit, t.baseline, t.values) for t in _targets(write(ROWS))]
    assert got == [("商談会出展(支援事業者数)", "者", 3, {"2026": 5, "2027": 5}),
                   ("商談会出展(商談成約数)", "件", 1, {"2026": 3, "2027": 4}),
                   ("売上増加事業者数", "者", None, {"2026": 2, "2027": 2})]


def test_a_label_cell_spanning_both_rows_and_other_wordings() -> None:
    # a merged cell read into both rows (Word), 上段/下段 with 、 and full-width brackets, no name of its own
    rows = [["（上段：支援事業者数、下段：商談成約数）", "3者", "5者", "5者"],
            ["（上段：支援事業者数、下段：商談成約数）", "1件", "3件", "4件"]]
    assert [t.indicator for t in _targets(_tab(rows))] == ["支援事業者数", "商談成約数"]


def test_a_pair_label_without_a_second_row_is_left_as_written() -> None:
    rows = [["商談会出展(上：支援事業者数・下：商談成約数)", "3者", "5者", "5者"], ROWS[2]]
    got = [t.indicator for t in _targets(_tab(rows))]
    assert got == ["商談会出展(上:支援事業者数・下:商談成約数)", "売上増加事業者数"]


def test_a_flattened_pair_with_a_note_column() -> None:
    """Flattened into lines, the lower row's empty label cell leaves its 公表方法 first: it is that
    row's note, not more of the note above it."""
    text = ("公表方法 現行 令和5年度 令和6年度\n"
            "(上：景況調査公開回数・下：LOBO調査公開回数) HP掲載 4 4 4\n"
            "会報掲載 2 2 2\n")
    got = [(t.indicator, t.note, t.baseline, t.values) for t in _targets(text)]
    assert got == [("景況調査公開回数", "HP掲載", 4, {"2023": 4, "2024": 4}),
                   ("LOBO調査公開回数", "会報掲載", 2, {"2023": 2, "2024": 2})]


def test_rows_aligned_with_full_width_spaces_a_unit_column_and_a_glued_baseline() -> None:
    """A plan typed for e-mail (一太郎): rows aligned with full-width spaces under 「項目 単位 現行 R3 …」, the
    unit a column of its own, and a label filling its column's width runs into its 現行 value."""
    text = "\n".join([
        "項目　　　　　　　　　　　単位　現行　R3　R4　R5",
        "①試食ｱﾝｹｰﾄ調査対象事業者数　者　　０　　３　　３　　３",
        "②地域経済動向分析の公表回数０　　１　　１　　１",
        "③経営分析セミナー　回　　２　　１　　１　　１",
    ])
    got = [(t.indicator, t.unit, t.baseline, list(t.values.values())) for t in _targets(text)]
    assert got == [("①試食アンケート調査対象事業者数", "者", 0, [3, 3, 3]),
                   ("②地域経済動向分析の公表回数", None, 0, [1, 1, 1]),
                   ("③経営分析セミナー", "回", 2, [1, 1, 1])]


def test_bracketed_group_rows_over_numbered_rows() -> None:
    """「【会議所】」 heads the numbered rows below it up to the next group row; a group numbered as its rows are
    (「【②情報交換会】」) ends at the next numbered row, its sibling."""
    text = "\n".join([
        "項目\t現状\tR3年度\tR4年度",
        "【会議所】\t\t\t", "①地域経済動向調査の公表回数\t2回\t4回\t4回", "②地域経済分析の公表回数\t－\t1回\t1回",
        "【市】\t\t\t", "③産業統計レポートの公表回数\t1回\t1回\t1回",
        "【④情報交換会】\t\t\t", "ア金融機関との連絡会議\t1回\t2回\t2回", "⑤フォローコール\t－\t1回\t1回",
    ])
    assert [(t.indicator, t.group) for t in _targets(text)] == [
        ("①地域経済動向調査の公表回数", "会議所"), ("②地域経済分析の公表回数", "会議所"),
        ("③産業統計レポートの公表回数", "市"), ("ア金融機関との連絡会議", "④情報交換会"), ("⑤フォローコール", None)]

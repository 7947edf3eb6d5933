"""The narrative builder (extract/sections/narrative.py) on synthetic variants of each
convention, and the narrative type in the model: version-1 strings, plain_text, the schema."""

from __future__ import annotations

import pytest

from hattatsu.extract.blocks import Line, Table
from hattatsu.extract.sections.narrative import build_narrative, inline_narrative
from hattatsu.model import Goals, Item, ItemActivity, Organization, Plan
from hattatsu.narrative import Heading, ListBlock, Paragraph, TableBlock, plain_text
from hattatsu.serialize import schema


def lines(*texts: str) -> list[Line]:
    return [Line(t, n) for n, t in enumerate(texts, start=1)]


def types(blocks) -> list[str]:
    return [b.type for b in blocks]


# tables --------------------------------------------------------------------------------------

@pytest.mark.parametrize("rows", [
    # label, then figures; a two-word label; dashes for no value
    ["総数 26,918 251,038 404", "A1 農業 54 408 1", "B 漁業 12 70 -", "S 公務 - - 139"],
    # full-width digits and an ideographic space, as PDF text often comes
    ["総数　２６，９１８　２５１，０３８　４０４", "農業　５４　４０８　１", "漁業　１２　７０　－",
     "公務　－　－　１３９"],
    # percentages and decimals
    ["小売業 120 11.5% 3", "建設業 168 12.7% 5", "製造業 90 8.6% 2", "その他 40 3.8% 1"],
])
def test_lines_that_end_on_the_same_number_of_figures_are_a_table(rows):
    blocks = build_narrative(lines("表の前の文です。", *rows, "表の後の文です。"))
    assert types(blocks) == ["paragraph", "table", "paragraph"]
    table = blocks[1]
    assert len(table.rows) == 4 and all(len(r) == 4 for r in table.rows)
    assert table.location.line == 2


def test_a_flattened_table_keeps_the_header_line_whose_words_match_its_columns():
    blocks = build_narrative(lines("項目 件数 割合", "商工業者総数 1,322 100%", "小規模事業者数 940 71.1%",
                                   "建設業 168 12.7%"))
    assert types(blocks) == ["table"]
    assert blocks[0].header_rows == 1
    assert blocks[0].texts()[0] == ["項目", "件数", "割合"]


def test_two_number_lines_are_not_a_table():
    blocks = build_narrative(lines("令和5年度 事業者数 120 130", "令和6年度 事業者数 125 128"))
    assert "table" not in types(blocks)


def test_a_stream_table_keeps_its_header_rows_and_merged_cells():
    table = Table([["調査名", "平成26年", "", "令和3年"],
                   ["", "民営", "公営", "民営"],
                   ["総数", "100", "20", "110"],
                   ["農業", "5", "-", "6"]], line=10)
    blocks = build_narrative([Line("【産業構造】", 9), table])
    assert types(blocks) == ["heading", "table"]
    t = blocks[1]
    assert t.header_rows == 2
    assert [(c.text, c.colspan, c.rowspan) for c in t.rows[0]] == [
        ("調査名", 1, 2), ("平成26年", 2, 1), ("令和3年", 1, 1)]
    assert [c.text for c in t.rows[1]] == ["民営", "公営", "民営"]  # 調査名 covers its first cell
    assert t.texts()[3] == ["農業", "5", "-", "6"]


def test_a_chart_row_with_one_box_spans_the_table():
    chart = Table([["事務局長", ""], ["指導員", "3名"], ["市産業課 (連携)"]], line=1)
    t = build_narrative([chart])[0]
    assert [(c.text, c.colspan) for c in t.rows[0]] == [("事務局長", 2)]
    assert [(c.text, c.colspan) for c in t.rows[2]] == [("市産業課 (連携)", 2)]
    assert t.header_rows == 0


def test_a_layout_table_of_prose_is_read_as_its_lines():
    rows = [["①連携体制", "・当所と市が連携し、地域の課題を設定するとともに、支援方針を定めるため定期的に会議を開く。"
             "・また、県と事前相談を行う。"],
            ["②実施体制", "・経営指導員が所属する支援センターを中心に、策定から事後まで一体の支援体制を作る。"]]
    blocks = build_narrative([Table(rows, line=5)])
    assert types(blocks) == ["heading", "list", "heading", "list"]
    assert (blocks[0].label, blocks[0].text) == ("①", "連携体制")
    assert [i.text[:4] for i in blocks[1].items] == ["当所と市", "また、県"]


# lists ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("marker", ["・", "●", "○", "◆", "■", "※", "-"])
def test_bullets_are_list_items(marker):
    blocks = build_narrative(lines("前置きの文。", f"{marker}一つ目の点", f"{marker}二つ目の点", "後の文。"))
    assert types(blocks) == ["paragraph", "list", "paragraph"]
    assert blocks[1].marker == marker and [i.text for i in blocks[1].items] == ["一つ目の点", "二つ目の点"]


@pytest.mark.parametrize(("first", "second", "labels"), [
    ("①景況調査を年4回実施する。", "②需要動向調査を年1回実施する。", ["①", "②"]),
    ("(1)景況調査を年4回実施する。", "(2)需要動向調査を年1回実施する。", ["(1)", "(2)"]),
    ("（ア）景況調査を年4回実施する。", "（イ）需要動向調査を年1回実施する。", ["（ア）", "（イ）"]),
    ("ア．景況調査を年4回実施する。", "イ．需要動向調査を年1回実施する。", ["ア．", "イ．"]),
    ("1. 景況調査を年4回実施する。", "2. 需要動向調査を年1回実施する。", ["1.", "2."]),
])
def test_numbered_points_are_list_items_with_their_labels(first, second, labels):
    blocks = build_narrative(lines(first, second))
    assert types(blocks) == ["list"]
    assert [i.marker for i in blocks[0].items] == labels
    assert plain_text(blocks).split("\n")[0].startswith(labels[0])


def test_the_last_point_of_a_numbered_run_stays_in_its_list():
    blocks = build_narrative(lines("ア．適正な商圏の分析", "イ．都市間競争の激化", "事 業 承 継"))
    assert types(blocks) == ["list", "paragraph"]
    assert [i.marker for i in blocks[0].items] == ["ア．", "イ．"]


def test_a_numbered_source_heading_has_its_label_apart():
    blocks = build_narrative([Line("ア) 事業者にとって内向けの取組", 1, level=3), Line("業務効率化を進める。", 2)])
    assert (blocks[0].label, blocks[0].text) == ("ア)", "事業者にとって内向けの取組")


def test_a_new_marker_under_a_short_entry_nests():
    blocks = build_narrative(lines("●機械器具製造業", "・建設機械が集積。", "・技術力が高い。", "●食品製造業",
                                   "・発酵文化を継承。"))
    assert types(blocks) == ["list"]
    outer = blocks[0]
    assert [i.text for i in outer.items] == ["機械器具製造業", "食品製造業"]
    assert [j.text for j in outer.items[0].items] == ["建設機械が集積。", "技術力が高い。"]
    assert outer.items[0].items[0].marker == "・"
    assert plain_text(blocks).split("\n")[:2] == ["●機械器具製造業", "  ・建設機械が集積。"]


def test_a_new_marker_after_a_sentence_starts_a_new_list():
    blocks = build_narrative(lines("・後継者不足が課題である。", "◆非製造業"))
    assert types(blocks) == ["list", "list"]


def test_bullets_glued_on_one_line_are_split():
    blocks = build_narrative(lines("・当所と市が連携する。・また、県と相談する。", "■氏名： 山田 太郎■連絡先： 当所"))
    assert [i.text for i in blocks[0].items] == ["当所と市が連携する。", "また、県と相談する。"]
    assert [i.text for i in blocks[-1].items] == ["氏名： 山田 太郎", "連絡先： 当所"]


def test_a_wrapped_entry_is_joined():
    blocks = build_narrative(lines("・北陸新幹線開業以降、国内外の観光客が大幅に増加し、現在もコロナ禍や令和",
                                   "6年の地震の風評被害を脱している。", "・次の点。"))
    assert len(blocks[0].items) == 2
    assert blocks[0].items[0].text.endswith("令和6年の地震の風評被害を脱している。")


# headings, labels, figures ------------------------------------------------------------------

@pytest.mark.parametrize(("line", "label", "text"), [
    ("①景況・業況動向調査（四半期毎）", "①", "景況・業況動向調査（四半期毎）"),
    ("(ア) 調査の対象", "(ア)", "調査の対象"),
    ("【みどり川町の概要】", None, "【みどり川町の概要】"),
    ("<現状>", None, "<現状>"),
    ("現状", None, "現状"),
])
def test_a_line_standing_alone_above_its_text_is_a_heading(line, label, text):
    blocks = build_narrative(lines(line, "管内の景気動向を把握するため、四半期ごとに調査を行う。"))
    assert types(blocks) == ["heading", "paragraph"]
    assert (blocks[0].label, blocks[0].text) == (label, text)


@pytest.mark.parametrize("mark", ["◆", "○", "■"])
def test_a_lone_marked_title_above_its_text_is_a_heading_with_its_mark(mark):
    blocks = build_narrative(lines(f"{mark}製造業", "<現状>", "機械器具の製造が集積している。"))
    assert types(blocks) == ["heading", "heading", "paragraph"]
    assert (blocks[0].label, blocks[0].text) == (mark, "製造業")
    # the same mark above points of another kind is a list with nested points
    nested = build_narrative(lines(f"{mark}製造業", "・機械器具の製造が集積している。"))
    assert types(nested) == ["list"] and nested[0].items[0].items[0].text.startswith("機械器具")


def test_a_source_heading_keeps_its_mark_as_label():
    blocks = build_narrative([Line("○現状と課題", 1, level=4), Line("飲食店が多い。", 2)])
    assert (blocks[0].label, blocks[0].text) == ("○", "現状と課題")


def test_a_figure_as_plain_text_prints_it_reads_back_as_a_figure():
    blocks = build_narrative(lines("（図）図1 管内の事業所数", "（図）"))
    assert [(b.type, b.caption) for b in blocks] == [("figure", "図1 管内の事業所数"), ("figure", None)]


def test_a_run_of_short_lines_is_not_headings():
    blocks = build_narrative(lines("埼玉県", "川口市", "歳出", "歳入", "出展：総合計画"))
    assert "heading" not in types(blocks)


def test_a_source_heading_level_is_a_heading():
    blocks = build_narrative([Line("調査の手法", 1, level=3), Line("アンケートで調べる。", 2)])
    assert isinstance(blocks[0], Heading) and blocks[0].text == "調査の手法"


@pytest.mark.parametrize("label", ["調査項目：", "手 法：", "対象:", "【調査項目】"])
def test_a_label_line_is_its_own_paragraph(label):
    blocks = build_narrative(lines("調査対象：当所会員企業（約300社）を対象として四半期ごとに実施する調査の",
                                   f"{label}景況感、売上高、資金繰り", "目 的：景気動向を把握するため。"))
    assert types(blocks) == ["paragraph", "paragraph", "paragraph"]
    assert blocks[1].text.startswith(label.replace(" ", "") if "【" in label else label.strip())


def test_a_label_line_takes_its_wrapped_continuation():
    blocks = build_narrative(lines("調査項目：景況感、売上高、売上単価、資金繰り、採算性、経営上の問題点、雇用情勢",
                                   "設備投資の動向 等", "手 法：調査票で回収する。"))
    assert [b.text[:4] for b in blocks] == ["調査項目", "手 法："]
    assert blocks[0].text.endswith("設備投資の動向 等")


@pytest.mark.parametrize("caption", ["図1 管内の事業所数の推移", "図表2 売上高", "グラフ", "写真 商談会の様子"])
def test_a_caption_is_a_figure(caption):
    blocks = build_narrative(lines("下図のとおり推移している。", caption, "以上のとおりである。"))
    assert types(blocks) == ["paragraph", "figure", "paragraph"]
    assert blocks[1].caption == caption


def test_a_wrapped_paragraph_is_joined_and_locations_are_kept():
    blocks = build_narrative([Line("管内の小規模事業者は人口減少や高齢化による地域内消費の縮小に直面しており", 7, 2),
                              Line("事業承継も課題である。", 8, 2), Line("次の段落。", 9, 2)])
    assert [b.text for b in blocks] == ["管内の小規模事業者は人口減少や高齢化による地域内消費の縮小に直面しており"
                                        "事業承継も課題である。", "次の段落。"]
    assert (blocks[0].location.page, blocks[0].location.line) == (2, 7)
    assert blocks[1].location.line == 9


def test_a_summary_activity_keeps_its_points():
    blocks = inline_narrative("地域の経済動向調査に関すること", " ・景況調査の実施 ・産業構造分析の実施")
    assert types(blocks) == ["paragraph", "list"]
    assert [i.text for i in blocks[1].items] == ["景況調査の実施", "産業構造分析の実施"]


# the model ------------------------------------------------------------------------------------

def test_version_1_data_reads_as_version_2():
    plan = Plan.model_validate({"schema_version": 1, "goals": {"region": "一行目\n\n二行目"},
                                "items": [{"number": 3, "title": "t", "current_issues": "現状",
                                           "activities": [{"title": "①", "text": ""}]}],
                                "organization": {"structure": "事務局長", "advice": "年4回"}})
    assert plan.schema_version == 2
    assert plan.goals.region == [Paragraph(text="一行目"), Paragraph(text="二行目")]
    assert plain_text(plan.goals.region) == "一行目\n二行目"
    assert plan.items[0].activities[0].text == []
    assert isinstance(plan.organization.structure[0], Paragraph)


def test_narrative_fields_take_blocks_and_reject_unknown_types():
    g = Goals(region=[{"type": "table", "rows": [["a", {"text": "b", "colspan": 2}]], "header_rows": 1},
                      {"type": "list", "marker": "・", "items": [{"text": "x", "items": [{"text": "y"}]}]}])
    assert isinstance(g.region[0], TableBlock) and g.region[0].rows[0][1].colspan == 2
    assert isinstance(g.region[1], ListBlock) and g.region[1].items[0].items[0].text == "y"
    with pytest.raises(ValueError):
        Goals(region=[{"type": "picture"}])
    assert Item(number=3, title="t").current_issues is None
    assert ItemActivity().text == [] and Organization().structure is None


def test_the_schema_gives_blocks_or_a_string_and_version_2():
    s = schema("plan")
    region = s["$defs"]["Goals"]["properties"]["region"]
    kinds = [a.get("type") for a in region["anyOf"][0]["anyOf"]]
    assert kinds == ["string", "array"]
    assert set(s["$defs"]) >= {"Heading", "Paragraph", "ListBlock", "ListItem", "TableBlock", "Cell", "Figure"}
    assert s["properties"]["schema_version"]["default"] == 2

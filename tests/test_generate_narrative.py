"""`generate` draws narrative blocks the way a person would in Word, and `extract` reads the
generated file back with the same texts in the same order."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml.ns import qn
from pydantic import TypeAdapter

from hattatsu.extract import extract_file
from hattatsu.generate.context import _text_part, build_context
from hattatsu.generate.narrative_docx import NARRATIVE_TABLE, NarrativeText, blocks_of, item_marker, text_of
from hattatsu.generate.render import render_context, render_plan
from hattatsu.model import Plan
from hattatsu.narrative import ListBlock, ListItem, Narrative, plain_text
from tests.conftest import SYNTHETIC_PLAN

REGION = [
    {"type": "heading", "label": "【", "text": "みどり川町の概要】"},
    {"type": "paragraph", "text": "みどり川町は県の北部に位置し、人口は1万2千人である。"},
    {"type": "list", "marker": "・", "items": [
        {"text": "人口は10年で8%減少している。", "items": [{"text": "若年層の町外流出", "marker": "－"}]},
        {"text": "事業所数は横ばいで推移している。"}]},
    {"type": "table", "header_rows": 2, "rows": [
        [{"text": "産業", "rowspan": 2}, {"text": "平成28年", "colspan": 2}, {"text": "令和3年", "colspan": 2}],
        ["事業所数", "従業者数", "事業所数", "従業者数"],
        [{"text": "製造業"}, "52", "610", "48", "575"],
        ["卸売業、小売業", "131", "702", "120", "688"],
        [{"text": "合計", "colspan": 1}, "183", "1,312", "168", "1,263"]]},
    {"type": "heading", "label": "②", "text": "地域の課題"},
    {"type": "list", "marker": "①", "items": [{"text": "後継者の確保"}, {"text": "販路の開拓"}]},
    {"type": "figure", "caption": "図1 みどり川町の位置"},
    {"type": "paragraph", "text": "以上を踏まえ、次のとおり取り組む。"},
]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _plan() -> Plan:
    [plan] = [d for d in extract_file(SYNTHETIC_PLAN) if d.kind == "plan"]
    return plan


@pytest.fixture(scope="module")
def region_blocks():
    return TypeAdapter(Narrative).validate_python(REGION)


@pytest.fixture(scope="module")
def generated(region_blocks, tmp_path_factory):
    """The synthetic plan's forms with 1.(1) given as blocks: the document and its file."""
    plan = _plan()
    context, _ = build_context(plan)
    context["goals"]["region"] = NarrativeText(region_blocks)
    doc = render_context(context)
    path = tmp_path_factory.mktemp("narrative") / "plan.docx"
    doc.save(str(path))
    return docx.Document(str(path)), path


def _region_paragraphs(doc) -> list:
    """The body's paragraphs between 「(1) 地域の現状及び課題」 and 「(2) …長期的な振興のあり方」."""
    out, inside = [], False
    for p in doc.paragraphs:
        if p.text.startswith("(1) 地域の現状及び課題"):
            inside = True
            continue
        if p.text.startswith("(2) 小規模事業者に対する長期的な振興"):
            break
        if inside:
            out.append(p)
    return out


def _narrative_tables(doc) -> list:
    def caption(t):
        el = t._tbl.tblPr.find(qn("w:tblCaption"))
        return el.get(qn("w:val")) if el is not None else None
    return [t for t in doc.tables if caption(t) == NARRATIVE_TABLE]


def test_a_plain_string_a_block_list_and_dicts_read_alike(region_blocks):
    assert [b.type for b in blocks_of("一行目\n\n二行目")] == ["paragraph", "paragraph"]
    assert blocks_of(None) == [] and text_of(None) == ""
    assert blocks_of(REGION) == region_blocks == blocks_of(region_blocks)
    text = NarrativeText(REGION)
    assert str(text) == plain_text(region_blocks) and text.blocks == region_blocks
    assert str(NarrativeText("そのまま")) == "そのまま"


def test_headings_are_gothic_and_stand_apart(generated):
    doc, _ = generated
    paras = _region_paragraphs(doc)
    heading = next(p for p in paras if p.text == "②地域の課題")
    fonts = heading.runs[0]._r.rPr.rFonts
    assert fonts.get(qn("w:eastAsia")) == "ＭＳ ゴシック"
    assert heading.style.name == "HT Heading 3" and heading.paragraph_format.keep_with_next
    assert paras[0].text == "【みどり川町の概要】" and paras[0].style.name == "HT Heading 3"


def test_lists_are_one_entry_per_paragraph_with_a_hanging_indent(generated):
    doc, _ = generated
    paras = {p.text: p for p in _region_paragraphs(doc)}
    top, nested = paras["・人口は10年で8%減少している。"], paras["－若年層の町外流出"]
    assert top.paragraph_format.first_line_indent.pt == -10.5  # the marker hangs
    assert top.paragraph_format.left_indent.pt == 10.5
    assert nested.paragraph_format.left_indent.pt > top.paragraph_format.left_indent.pt
    assert "・事業所数は横ばいで推移している。" in paras
    assert "①後継者の確保" in paras and "②販路の開拓" in paras  # a numbered list counts on


def test_markers_follow_the_list_kind():
    def marker(kind, i, own=None):
        return item_marker(ListBlock(marker=kind), ListItem(text="x", marker=own), i)
    assert [marker("①", i) for i in (1, 2, 3)] == ["①", "②", "③"]
    assert [marker("(1)", i) for i in (1, 2)] == ["(1)", "(2)"]
    assert [marker("ア", i) for i in (1, 3)] == ["ア", "ウ"]
    assert [marker("(ア)", i) for i in (1, 2)] == ["(ア)", "(イ)"]
    assert marker("●", 4) == "●" and marker("①", 2, own="※") == "※" and marker(None, 1) == ""


def test_tables_are_bordered_with_header_rows_and_merged_cells(generated):
    doc, _ = generated
    [table] = _narrative_tables(doc)
    tblpr = table._tbl.tblPr
    borders = tblpr.find(qn("w:tblBorders"))
    assert {el.tag.removeprefix(W) for el in borders} == {"top", "left", "bottom", "right", "insideH", "insideV"}
    assert all(el.get(qn("w:val")) == "single" for el in borders)
    header = [row._tr.trPr.find(qn("w:tblHeader")) is not None for row in table.rows]
    assert header == [True, True, False, False, False]
    first = table.rows[0].cells[0]
    assert first.paragraphs[0].runs[0].bold and first._tc.tcPr.find(qn("w:shd")).get(qn("w:fill")) == "D9D9D9"
    # 「産業」 spans two rows, each year two columns
    assert [c.text for c in table.rows[0].cells] == ["産業", "平成28年", "平成28年", "令和3年", "令和3年"]
    assert [c.text for c in table.rows[1].cells] == ["産業", "事業所数", "従業者数", "事業所数", "従業者数"]
    assert table.rows[1].cells[0]._tc is table.rows[0].cells[0]._tc
    assert [c.text for c in table.rows[3].cells] == ["卸売業、小売業", "131", "702", "120", "688"]
    widths = [int(g.get(qn("w:w"))) for g in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert abs(sum(widths) / 567 - 16.0) < 0.05  # the text width, 16 cm
    assert widths[0] > widths[1]  # the label column is the widest
    assert table.rows[2].cells[1].paragraphs[0].alignment == 1  # numbers centred


def test_figures_are_a_framed_box_with_the_caption(generated):
    doc, _ = generated
    figure = next(p for p in _region_paragraphs(doc) if "図1" in p.text)
    assert figure.text == "（図）図1 みどり川町の位置"
    sides = figure._p.pPr.find(qn("w:pBdr"))
    assert {el.tag.removeprefix(W) for el in sides} == {"top", "left", "bottom", "right"}
    assert int(sides.find(qn("w:top")).get(qn("w:space"))) >= 24


def test_extract_reads_the_blocks_back_in_order(generated, region_blocks):
    """The generated file read back: every block's text, in the same order (while the model
    holds narrative as a string, as its lines)."""
    _, path = generated
    [again] = [d for d in extract_file(path) if d.kind == "plan"]
    text = again.goals.region if isinstance(again.goals.region, str) else plain_text(again.goals.region)
    lines = text.split("\n")
    expected = ["【みどり川町の概要】", "みどり川町は県の北部に位置し、人口は1万2千人である。",
                "・人口は10年で8%減少している。", "－若年層の町外流出", "・事業所数は横ばいで推移している。",
                "②地域の課題", "①後継者の確保", "②販路の開拓", "（図）図1 みどり川町の位置",
                "以上を踏まえ、次のとおり取り組む。"]
    positions = [lines.index(line) for line in expected]
    assert positions == sorted(positions)
    table_rows = [line.split() for line in lines[positions[4] + 1:positions[5]]]
    assert table_rows[0] == ["産業", "平成28年", "令和3年"]
    assert ["製造業", "52", "610", "48", "575"] in table_rows and ["合計", "183", "1,312", "168", "1,263"] in table_rows


def test_plain_strings_print_as_paragraphs_as_before():
    """A plan whose narrative is strings: one body paragraph per line, no narrative table."""
    plan = _plan()
    data, _ = render_plan(plan)
    doc = docx.Document(io.BytesIO(data))
    lines = [line for line in plan.goals.region.split("\n") if line.strip()]
    texts = [p.text for p in _region_paragraphs(doc)]
    assert texts == [line.strip() for line in lines]
    assert all(p.style.name == "HT Body" for p in _region_paragraphs(doc))
    assert _narrative_tables(doc) == []


def test_sub_items_split_block_lists_at_their_headings():
    """A text given as blocks is divided into its sub-items (【8-1 …】 as a heading or a
    paragraph) as a string is, each part keeping its blocks."""
    text = "共通の課題。\n【8-1 展示会出展支援】\n出展の課題。\n【8-2 IT活用支援】\nITの課題。"
    blocks = TypeAdapter(Narrative).validate_python([
        {"type": "paragraph", "text": "共通の課題。"},
        {"type": "heading", "label": "【", "text": "8-1 展示会出展支援】"},
        {"type": "table", "rows": [["出展数", "3"]]},
        {"type": "paragraph", "text": "【8-2 IT活用支援】"},
        {"type": "list", "marker": "・", "items": [{"text": "ITの課題。"}]}])
    subitems = ["8-1 展示会出展支援", "8-2 IT活用支援"]
    for part, as_string, as_blocks in ((None, "共通の課題。", ["paragraph"]),
                                       ("8-1 展示会出展支援", "出展の課題。", ["table"]),
                                       ("8-2 IT活用支援", "ITの課題。", ["list"])):
        assert str(_text_part(text, part, subitems)) == as_string
        assert [b.type for b in _text_part(blocks, part, subitems).blocks] == as_blocks


def test_a_table_too_wide_for_word_prints_as_lines_and_long_spans_stop_at_the_last_row():
    """Spans are cut at the rows given; a table wider than Word's 63 columns becomes lines
    (cells separated by a tab) rather than a table Word refuses."""
    from hattatsu.generate.narrative_docx import add_blocks

    doc = docx.Document()
    add_blocks(doc, doc, [{"type": "table", "rows": [[{"text": "見出し", "rowspan": 10000}, "1"], ["2"]]},
                          {"type": "table", "rows": [[str(i) for i in range(80)]]}])
    [table] = doc.tables
    assert len(table.rows) == 2 and [c.text for c in table.rows[1].cells] == ["見出し", "2"]
    assert [p.text for p in doc.paragraphs if p.text] == ["\t".join(str(i) for i in range(80))]

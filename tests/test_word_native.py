"""Word's own structures read as the page shows them (issue 14, word14): each convention of the
Word-native variants (tests/variants/word.py) on a small document built here, and the PDF reader's
rules for what Word prints of them (furigana, a word hyphenated at an optional hyphen, a header over
two rows of merged cells)."""

from __future__ import annotations

import pytest

from hattatsu.extract.blocks import Line, Table
from hattatsu.extract.readers.merged_header import fold_header
from hattatsu.extract.readers.pdf_layout import Char, char_rows
from hattatsu.extract.readers.pdf_pdfium import _hyphenated
from hattatsu.extract.readers.word import read_docx
from hattatsu.extract.sections.targets import parse_targets
from tests.hostile import cell, docx_bytes, paragraph, table

MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'
WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'


def _lines(body: str) -> list[str]:
    return [b.text for b in read_docx(docx_bytes(body), "t.docx") if isinstance(b, Line)]


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _box(text: str) -> str:
    """A text box as Word saves it: the DrawingML shape, and its VML copy in mc:Fallback."""
    content = f"<w:txbxContent>{paragraph(text)}</w:txbxContent>"
    return (f"<w:r><mc:AlternateContent {MC}><mc:Choice Requires=\"wps\"><w:drawing><wps:wsp {WPS}>"
            f"<wps:txbx>{content}</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict>"
            f"<v:shape {V}><v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback>"
            "</mc:AlternateContent></w:r>")


def test_tracked_insertions_count_and_deletions_and_moves_do_not():
    body = ("<w:p>" + _run("事業者を")
            + '<w:ins w:id="1" w:author="a">' + _run("四半期ごとに") + "</w:ins>"
            + '<w:del w:id="2" w:author="a"><w:r><w:delText>毎月</w:delText></w:r></w:del>'
            + '<w:moveFrom w:id="3" w:author="a">' + _run("（旧）") + "</w:moveFrom>"
            + _run("訪問する。") + "</w:p>")
    assert _lines(body) == ["事業者を四半期ごとに訪問する。"]


def test_fields_give_their_result_not_their_instruction():
    body = ("<w:p>" + _run("当会は")
            + '<w:fldSimple w:instr=" DOCPROPERTY Company "><w:r><w:t>みどり川町商工会</w:t></w:r></w:fldSimple>'
            + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
            + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + _run("3")
            + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            + '<w:bookmarkStart w:id="0" w:name="_Ref1"/>' + _run("頁") + '<w:bookmarkEnd w:id="0"/>'
            + "<w:commentRangeStart w:id=\"5\"/>" + _run("に記す。") + "<w:commentRangeEnd w:id=\"5\"/>"
            + '<w:r><w:commentReference w:id="5"/></w:r></w:p>')
    assert _lines(body) == ["当会はみどり川町商工会3頁に記す。"]


def test_furigana_gives_the_base_text_not_the_reading():
    ruby = ("<w:r><w:ruby><w:rubyPr><w:hps w:val=\"10\"/></w:rubyPr><w:rt>" + _run("しょうこうかい")
            + "</w:rt><w:rubyBase>" + _run("商工会") + "</w:rubyBase></w:ruby></w:r>")
    assert _lines("<w:p>" + _run("当") + ruby + _run("は") + "</w:p>") == ["当商工会は"]


def test_runs_soft_hyphens_tabs_and_full_width_indents_keep_the_text():
    body = ("<w:p><w:r><w:tab/></w:r>" + _run("令和") + "<w:r><w:rPr><w:b/></w:rPr><w:t>6</w:t></w:r>"
            + _run("年のRE") + "<w:r><w:softHyphen/></w:r>" + _run("SAS分析") + "</w:p>"
            + "<w:p>" + _run("\u3000字下げの段落") + "</w:p>")
    assert [" ".join(t.split()) for t in _lines(body)] == ["令和6年のRESAS分析", "字下げの段落"]


def test_a_text_box_is_read_once_as_its_own_line_after_its_anchor():
    body = paragraph("経営発達支援計画") + "<w:p>" + _run("本文") + _box("(別表2)") + "</w:p>" + paragraph("次")
    assert _lines(body) == ["経営発達支援計画", "本文", "(別表2)", "次"]


def test_a_text_box_in_a_cell_is_read_once():
    tc = f"<w:tc><w:tcPr/><w:p>{_run('経営指導員')}{_box('注')}</w:p></w:tc>"
    blocks = read_docx(docx_bytes(table(["<w:tr>" + tc + cell("2名") + "</w:tr>"] * 2, 2)), "t.docx")
    [t] = [b for b in blocks if isinstance(b, Table)]
    assert t.rows[0] == ["経営指導員\n注", "2名"]


def _merged_target_table(unit_column: bool = True) -> str:
    """The Word form's 目標 table: 「目標」 spanning the years over a second header row, the other
    header cells merged down, a pair of rows whose label cell is merged down, a 単位 column."""
    down, cont = '<w:vMerge w:val="restart"/>', "<w:vMerge/>"
    pair = "(上：出展事業者数・下：成約件数)"
    unit = [cell("単位", down)] if unit_column else []
    rows = [
        [cell("", down), cell("現行", down), cell("目標", '<w:gridSpan w:val="2"/>'), *unit],
        [cell("", cont), cell("", cont), cell("令和9年度"), cell("令和10年度"), *([cell("", cont)] if unit else [])],
        [cell(pair, down), cell("3"), cell(""), cell("5"), *([cell("者")] if unit else [])],
        [cell("", cont), cell("1"), cell("2"), cell("3"), *([cell("件")] if unit else [])],
    ]
    return table(["<w:tr>" + "".join(r) + "</w:tr>" for r in rows], 5 if unit_column else 4)


def test_a_header_over_two_merged_rows_is_folded_into_one():
    [t] = [b for b in read_docx(docx_bytes(_merged_target_table()), "t.docx") if isinstance(b, Table)]
    assert t.rows[0] == ["", "現行", "令和9年度", "令和10年度", "単位"]
    assert t.rows[2][0] == ""  # the lower row of the pair: its label merged into the upper one's


def test_merged_target_table_reads_its_pairs_units_and_empty_cells():
    from hattatsu.extract.readers.text import read_text

    word = parse_targets(read_docx(docx_bytes(_merged_target_table()), "t.docx"))
    assert [(t.indicator, t.unit, t.baseline, t.values) for t in word] == [
        ("出展事業者数", "者", 3, {"2027": None, "2028": 5}),
        ("成約件数", "件", 1, {"2027": 2, "2028": 3}),
    ]
    text = "\t現行\t令和9年度\t令和10年度\n(上：出展事業者数・下：成約件数)\t3者\t\t5者\n\t1件\t2件\t3件\n"
    blocks, _ = read_text(text.encode(), "t.txt")
    same = parse_targets(blocks)  # the empty cell read as the text reads it
    assert [(t.indicator, t.unit, t.baseline, t.values) for t in same] == [
        (t.indicator, t.unit, t.baseline, t.values) for t in word]


@pytest.mark.parametrize(("rows", "folded"), [
    # one caption over the years, the other header cells merged down: one header row
    ([["", "公表方法", "目標", None, "単位"], [None, None, "R9", "R10", None], ["A", "HP", "1", "2", "回"]],
     [["", "公表方法", "R9", "R10", "単位"], ["A", "HP", "1", "2", "回"]]),
    # two captions tell their columns apart (事業所数 of each year): left as they are
    ([["区分", "平成26年", None, "令和3年", None], [None, "事業所数", "従業員数", "事業所数", "従業員数"],
      ["総数", "1", "2", "3", "4"]],
     [["区分", "平成26年", "", "令和3年", ""], ["", "事業所数", "従業員数", "事業所数", "従業員数"],
      ["総数", "1", "2", "3", "4"]]),
    # a second row that names a column outside the caption is a row of its own
    ([["", "目標", None], ["現行", "R9", "R10"], ["A", "1", "2"]],
     [["", "目標", ""], ["現行", "R9", "R10"], ["A", "1", "2"]]),
    # a caption over the whole table (「（単位 千円）」) with nothing under each column is no header
    ([["（単位 千円）", None, None], ["", "R9", "R10"], ["計", "1", "2"]],
     [["（単位 千円）", "", ""], ["", "R9", "R10"], ["計", "1", "2"]]),
    # nor is a title over the whole table, its rows named below it (別表2's 「○○商工会」 over its staff)
    ([["みどり川町商工会", None], ["事務局長", "1名"], ["経営指導員", "2名"]],
     [["みどり川町商工会", ""], ["事務局長", "1名"], ["経営指導員", "2名"]]),
    # a caption beside a column whose cells are each their own (not merged down): two rows
    ([["項目", "目標", None], ["", "R9", "R10"], ["A", "1", "2"]],
     [["項目", "目標", ""], ["", "R9", "R10"], ["A", "1", "2"]]),
])
def test_fold_header(rows, folded):
    assert fold_header(rows) == folded


def _chars(text: str, x: float, top: float, size: float) -> list[Char]:
    return [Char(ch, x + i * size, x + (i + 1) * size, top, top + size, size) for i, ch in enumerate(text)]


def test_furigana_printed_over_a_word_is_not_a_line():
    reading = _chars("しょうこうかい", 100, 100, 5.0)
    base = _chars("当商工会は", 80, 108, 10.5)
    rows = char_rows(reading + base)
    assert ["".join(c.text for c in r) for r in rows] == ["当商工会は"]


@pytest.mark.parametrize(("upper", "gap", "size"), [
    ("しょうこうかい", 30, 5.0),  # far above: a line of its own
    ("しょうこうかい", 0, 10.5),  # as large as the text: a line of its own
    ("注1", 0, 5.0),  # not kana: a note, kept
])
def test_small_lines_that_are_not_furigana_are_kept(upper, gap, size):
    rows = char_rows(_chars(upper, 100, 100 - gap, size) + _chars("当商工会は", 80, 108, 10.5))
    assert len(rows) == 2


@pytest.mark.parametrize(("text", "at", "dropped"), [
    ("Ch\ufffeeck", 2, True),  # Word's optional hyphen: the word goes on in small letters
    ("Wi\ufffeFi", 2, False),  # a capital after it: a hyphen the text has
    ("0120\ufffe45", 4, False),  # digits: a hyphen the text has
    ("メール：info@midorigawa\ufffeshokokai.example.jp", 19, False),  # a mail address wrapped at its hyphen
    ("https://www.midorigawa\ufffeshokokai.jp/", 22, False),  # a URL
    ("見本 www.chuo\ufffekai.jp", 11, False),
    ("見本 Ch\ufffeeck info@x.jp", 5, True),  # an address after the word is another token
])
def test_a_word_hyphenated_at_a_line_end_is_read_whole(text, at, dropped):
    assert text[at] == "\ufffe"
    assert _hyphenated(text, at) is dropped

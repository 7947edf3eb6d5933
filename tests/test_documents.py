"""Word and PDF versions of the synthetic plans give what their text version gives."""

from __future__ import annotations

import docx
import pytest

from hattatsu.extract import extract_file
from hattatsu.extract.blocks import Line, Table
from hattatsu.extract.readers import read_blocks
from hattatsu.extract.readers.pdf import Cell, PageTable, _join
from hattatsu.extract.readers.word_numbering import format_number
from tests.build_documents import synthetic_plans
from tests.doc_diff import diff, leaves

PLANS = [p.stem for p in synthetic_plans()]


def _as_text(stem: str) -> dict:
    [plan] = extract_file(next(p for p in synthetic_plans() if p.stem == stem))
    return plan.model_dump(mode="json")


@pytest.mark.parametrize("stem", PLANS)
def test_docx_gives_the_same_fields_as_text(stem, built_docx):
    [plan] = extract_file(built_docx[stem])
    expected = _as_text(stem)
    assert plan.source.format == "docx"
    assert len(leaves(expected)) > 500
    assert diff(expected, plan.model_dump(mode="json")) == []


@pytest.mark.parametrize("stem", PLANS)
def test_pdf_gives_the_same_fields_as_text(stem, built_pdf):
    [plan] = extract_file(built_pdf[stem])
    assert plan.source.format == "pdf" and plan.source.pages >= 10
    assert diff(_as_text(stem), plan.model_dump(mode="json")) == []


@pytest.fixture(scope="module")
def real_documents(shared_corpus, built_pdf, tmp_path_factory):
    """The real corpus files written to Word and printed to PDF like the synthetic ones."""
    from tests.build_documents import build_docx, docx_to_pdf

    out = tmp_path_factory.mktemp("real")
    docs = {}
    for txt in sorted(shared_corpus.glob("*.txt")):
        docx_path = build_docx(txt, out / f"{txt.stem}.docx", org_chart=False)
        docs[txt] = (docx_path, docx_to_pdf(docx_path, out))
    return docs


def test_real_plans_keep_every_field_through_word_and_pdf(real_documents):
    """Every field of the real submissions survives Word and PDF; only the white space of
    running text may differ, where the PDF wraps lines the text export had joined."""
    checked = 0
    for txt, (docx_path, pdf_path) in real_documents.items():
        expected = [d.model_dump(mode="json") for d in extract_file(txt)]
        for path in (docx_path, pdf_path):
            got = [d.model_dump(mode="json") for d in extract_file(path)]
            assert [d["kind"] for d in got] == [d["kind"] for d in expected], path
            assert diff(expected, got, spacing=False) == [], path
            checked += len(leaves(expected))
    assert checked > 5000


def _blocks(path):
    return read_blocks(path.read_bytes(), str(path)).blocks


def test_pdf_blocks_keep_pages_and_lose_running_heads(built_pdf):
    blocks = _blocks(built_pdf[PLANS[0]])
    assert all(b.page for b in blocks)
    texts = [b.text for b in blocks if isinstance(b, Line)]
    assert not any("経営発達支援計画（" in t for t in texts)  # the header on every page
    assert not any(t.strip(" -").isdigit() for t in texts)  # the footer page numbers
    assert "(3) 事業内容" in texts
    assert [b.page for b in blocks] == sorted(b.page for b in blocks)


def test_pdf_table_across_a_page_is_one_table(built_pdf):
    blocks = _blocks(built_pdf[PLANS[0]])
    [funding] = [b for b in blocks if isinstance(b, Table) and any("必要な資金の額" in c for c in b.rows[1])]
    labels = [r[0] for r in funding.rows]
    assert labels[0] == "" and labels.count("") == 1  # the header Word repeats is read once
    assert labels[-1] == "物産展出展支援費" and len(labels) == 9
    assert funding.rows[0][1] == "令和9年度"  # a wrapped header cell joined back
    assert len(set(funding.row_pages)) == 2


def test_pdf_cell_text_is_joined_in_cell_order(built_pdf):
    blocks = _blocks(built_pdf[PLANS[0]])
    summary = next(b for b in blocks if isinstance(b, Table))
    contact = next(r[1] for r in summary.rows if r[0] == "連絡先")
    assert "info@midorigawa-shokokai.example.jp" in contact  # wrapped at a hyphen, no space added
    assert contact.index("経営支援課") < contact.index("産業振興課")


def test_split_row_is_put_back_together():
    first = PageTable([[Cell("名称"), Cell("R9")], [Cell("物産展出展支", full=True), Cell("1,000")]], 0, 0, [0, 50], 1)
    cont = PageTable([[Cell("名称"), Cell("R9")], [Cell("援費"), Cell("")], [Cell("計"), Cell("1,000")]],
                     0, 0, [0, 50], 2)
    first.row_pages, cont.row_pages = [1, 1], [2, 2, 2]
    _join(first, cont)
    assert [first.texts(i) for i in range(len(first.rows))] == [["名称", "R9"], ["物産展出展支援費", "1,000"],
                                                                ["計", "1,000"]]
    assert first.row_pages == [1, 1, 2]


def test_a_row_that_starts_a_new_group_is_not_glued_to_the_row_above():
    first = PageTable([[Cell("名称"), Cell("R9")], [Cell("需要動向調査費"), Cell("500")]], 0, 0, [0, 50], 1)
    cont = PageTable([[Cell("（支援）"), Cell("")]], 0, 0, [0, 50], 2)
    first.row_pages, cont.row_pages = [1, 1], [2]
    _join(first, cont)
    assert len(first.rows) == 3


def test_docx_organisation_chart_in_nested_tables(built_docx):
    blocks = _blocks(built_docx[PLANS[0]])
    i = next(i for i, b in enumerate(blocks) if isinstance(b, Line) and b.text.startswith("(1) 実施体制"))
    chart = blocks[i + 1: i + 4]
    assert isinstance(chart[0], Line) and chart[0].text == "みどり川町商工会"
    assert isinstance(chart[1], Table) and chart[1].rows[0] == ["事務局長", "1名"]
    assert isinstance(chart[2], Line) and chart[2].text == "みどり川町産業振興課 (連携)"


def test_docx_labels_generated_by_word_are_restored(built_docx):
    path = built_docx[PLANS[0]]
    body = [p for p in docx.Document(str(path)).paragraphs if p.text == "景況調査"]
    assert body and body[0]._p.pPr.numPr is not None  # Word draws the ①, the text lacks it
    texts = [b.text for b in _blocks(path) if isinstance(b, Line)]
    assert "①景況調査" in texts and "②地域経済分析（RESAS活用）" in texts
    assert "①物産展来場者アンケート" in texts  # each list restarts at ①


@pytest.mark.parametrize(("n", "fmt", "label"), [
    (3, "decimalEnclosedCircle", "③"), (2, "decimalFullWidth", "２"), (4, "aiueoFullWidth", "エ"),
    (3, "iroha", "ハ"), (12, "japaneseCounting", "十二"), (4, "upperRoman", "IV"), (2, "lowerLetter", "b"),
    (1, "decimalEnclosedParen", "⑴"),
])
def test_word_number_formats(n, fmt, label):
    assert format_number(n, fmt) == label

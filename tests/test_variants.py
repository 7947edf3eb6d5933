"""A sample of the variant bed: plans rewritten in each layout convention read back field by field.

The whole bed (≥ 2,000 variants, accuracy per convention) is ``python benchmarks/variants.py``.
"""

from __future__ import annotations

import re

import pytest

from tests.variants.bed import (
    SYNTHETIC,
    applies,
    findings,
    run_variant,
    source_files,
    source_plan,
    variant_findings,
)
from tests.variants.conventions import (
    BY_NAME,
    CONVENTIONS,
    DEFECTS,
    NOT_PRINTABLE,
    OFFICE_GROUPS,
    WORD,
    WORD_ALONE,
    combinations,
    style_of,
)
from tests.variants.render import render

# Conventions the extractor does not read right yet (the benchmark prints how far off).
STILL_WRONG: set[str] = set()
# Conventions that change check's findings (a reading error, or a rule that reads layout as a defect).
CHECK_STILL_WRONG: set[str] = set()

TEXT = [c.name for c in CONVENTIONS if c.group not in OFFICE_GROUPS]


def _params(names: list[list[str]], wrong: set[str] = STILL_WRONG) -> list:
    out = []
    for combo in names:
        marks = [pytest.mark.xfail(strict=True, reason="not read right yet")] if wrong & set(combo) else []
        out.append(pytest.param(combo, id="+".join(combo), marks=marks))
    return out


def _sources() -> list:
    return source_files()[:2]  # the synthetic plan, and one real one when ../shared/corpus is there


@pytest.mark.parametrize("names", _params([[n] for n in TEXT]))
def test_each_convention_reads_back(names: list[str]) -> None:
    for source in _sources():
        if not applies(source, [BY_NAME[n] for n in names]):
            continue
        r = run_variant(source, [BY_NAME[n] for n in names])
        assert r.ok, f"{source.name}: {r.equal}/{r.fields}\n" + "\n".join(r.differences[:10])


# Combinations that once read wrong, beside a random sample: an <ol> run in the 概要 flattened into lines
# (its 「目標」 label then stands on a line of its own).
KNOWN_COMBINATIONS = [["objectives-<ol>-no-<li>", "tables-flattened"],
                      ["summary-from-1", "objectives-<ol>-no-<li>", "chars-spaced-labels", "tables-flattened"]]


@pytest.mark.parametrize("names", _params(KNOWN_COMBINATIONS
                                          + [[c.name for c in combo] for combo in combinations(12, seed=7)]))
def test_combined_conventions_read_back(names: list[str]) -> None:
    """Read back field by field, and check finds what it finds on the original (issue 14's
    acceptance: no new error or warning from layout alone, in combination too)."""
    r = run_variant(SYNTHETIC, [BY_NAME[n] for n in names], check=True)
    assert r.ok, f"{r.equal}/{r.fields}\n" + "\n".join(r.differences[:10])
    assert r.same_findings, f"missing {sorted(r.lost)} new {sorted(r.new)}"
    assert r.checked or DEFECTS & set(names)


@pytest.mark.parametrize("names", _params([["format-docx"], ["objectives-【目標①】", "format-docx"]]))
def test_word_variants_read_back(names: list[str]) -> None:
    r = run_variant(SYNTHETIC, [BY_NAME[n] for n in names])
    assert r.ok, f"{r.equal}/{r.fields}\n" + "\n".join(r.differences[:10])


def test_canonical_rendering_is_the_source() -> None:
    """The renderer itself is faithful: the canonical layout reads back as the source data,
    and a convention really changes the document."""
    for source in _sources():
        assert run_variant(source, []).ok
    plain = render(source_plan(SYNTHETIC), BY_NAME["items-from-3"].apply(_style()))
    assert "3. 地域の経済動向調査に関すること" in plain
    tagged = render(source_plan(SYNTHETIC), BY_NAME["title-tag-【指針③】"].apply(_style()))
    assert "地域の経済動向調査に関すること【指針③】" in tagged
    kangxi = render(source_plan(SYNTHETIC), BY_NAME["chars-kangxi"].apply(_style()))
    assert "⽀" in kangxi and "支" not in kangxi
    older = render(source_plan(SYNTHETIC), style_of([BY_NAME["dates-heisei-continued"], BY_NAME["codes-with-colon"]]))
    assert "平成39年4月1日～平成44年3月31日" in older and "平成39年度" in older and "令和9年4月1日" not in older
    assert "（法人番号：4400005009876）" in older
    alone = render(source_plan(SYNTHETIC), BY_NAME["document-summary-only"].apply(_style()))
    assert alone.startswith("経営発達支援計画の概要") and "別表1" not in alone and "事業内容" in alone


def _style():
    from tests.variants.conventions import Style

    return Style()


# pub14: the 概要 as published plans lay it out (tests/variants/PUBLISHED.md)
PUBLISHED_RENDERINGS = [
    ("summary-parts-Ⅰ-Ⅱ", "事業内容\tⅠ.経営発達支援事業の内容 3. 地域の経済動向調査に関すること"),
    ("summary-parts-Ⅰ-Ⅱ", "Ⅱ.地域経済の活性化に資する取組 "),
    ("summary-kpi-in-brackets", "・景況調査の実施（計画期間中 20回）"),
    ("summary-numbers-without-dot", " 3 地域の経済動向調査に関すること"),
    ("summary-tags-【指針③】", "地域の経済動向調査に関すること【指針③】"),
    ("summary-items-<in-angle-brackets>", "（概要） <地域の経済動向調査に関すること> ・景況調査の実施"),
    ("summary-points-(ア)", "地域の経済動向調査に関すること (ア)景況調査の実施"),
    ("summary-label-実施者名（法人番号）", "\n実施者名（法人番号）\tみどり川町商工会"),
    ("summary-objectives-headed", "\n目標\t経営発達支援事業の目標 ①創業"),
    ("summary-label-経営発達支援事業の目標", "\n経営発達支援事業の目標\t①創業"),
    ("summary-label-「目␣標」", "\n目 標\t①創業"),
    ("summary-contacts-○", "\n連絡先\t○みどり川町商工会 経営支援課 〒999-0101 "),
    ("dates-digits-spaced", "\n実施期間\t令和 9 年 4 月 1 日～令和 14 年 3 月 31 日\n"),
    ("dates-年月-lost", "\n実施期間\t令和 9 4 1 日～令和 14 3 31\n"),
    ("codes-brackets-unclosed", "（法人番号 4400005009876みどり川町（地方公共団体コード 993018\n"),
    ("codes-label-in-brackets", "（法人番号）4400005009876 みどり川町（地方公共団体コード）993018\n"),
    ("summary-as-lines", "\n目標\n①創業と事業承継による事業者数の維持\n②地域資源"),
    ("summary-labels-mid-cell", "\n①創業と事業承継による事業者数の維持\n目標\n②地域資源"),
]


# docs15: the blind plans' conventions (tests/blind/), as each writes the synthetic plan
PUBLISHED_RENDERINGS += [
    ("subsections-（bracketed）", "\n（現状と課題）\n"),
    ("year-labels-without-era", "\t現行\t9年度\t10年度\t"),
    ("year-labels-R9", "\t現行\tR9\tR10\t"),
    ("year-labels-2027(R9)", "\t現行\t2027(R9)\t2028(R10)\t"),
    ("goals-2014-form-1.-4.", "\n1. 地域の現状と課題\n"),
    ("numbers-第3-ア", "\n第1\u3000目標\n\nア\u3000地域の現状及び課題\n"),
    ("numbers-none-labels-alone", "\n目標\n\n地域の現状及び課題\n"),
    ("title-noun", "\n3. 地域の経済動向調査\n"),
    ("title-tag-〔指針③〕", "地域の経済動向調査に関すること〔指針③〕"),
    ("tables-box-drawn", "\n┏────┬"),
    ("targets-区分-column", "\n区分\t指標\t公表方法\t"),
    ("summary-labels-■", "\n■実施期間\t"),
    ("sheets-charts-and-lists", "\n役職\t人数\t担当\n"),
]
# docs15c: blind plans d3 and d4
PUBLISHED_RENDERINGS += [
    ("tables-box-drawn", "\n┃実施者名│みどり川町商工会（法人番号 4400005009876）\u3000"),  # a row a line
    ("pages-headed-（別表１）", "\n(3) 目標\n\n－３－\n\n（別表１）\n\n\t現行\t"),
    ("org-2025-form-(3)広域", "\n(3) 広域経営指導員\n\n該当しない\n\n(4) "),
    ("policies-目標1：", "\n目標1：創業と事業承継による事業者数の維持\n"),
    ("chars-full-width-digits", "令和９年４月１日～令和１４年３月３１日"),
]


# docs18: the blind plans j3, k1, k3, k4, l2, m2, m3 (l4's captions change only a plan whose groups are numbered)
PUBLISHED_RENDERINGS += [
    ("markdown-wiki-0.概要-(1)実施期間", "## 0. 経営発達支援計画の概要\n"),
    ("markdown-wiki-0.概要-(1)実施期間", "\n### (1) 実施期間\n\n令和9年4月1日 ～ 令和14年3月31日\n"),
    ("tables-slash-／-cells", "\n①景況調査／HP掲載／4回／4回"),
    ("targets-one-line-現行-／-years", "\n①景況調査\u3000公表方法 HP掲載／現行 4回／令和9年度 4回／"),
    ("staff-chart-box-（1名）", "事務局長（1名）\n"),
    ("targets-two-row-header-単位-row", "\n年度\t\t\t令和9年度\t"),
    ("tables-csv-every-cell-quoted", '\n"①景況調査","HP掲載","4回","4回"'),
    ("excel-paste-row-numbers-quoted-cells", "\t(1) 地域の現状及び課題\n"),
    ("form-export-path-fields-csv", "\n項目番号：3\n項目名：地域の経済動向調査に関すること\n"),
    ("form-export-path-fields-csv", "\n3. 地域の経済動向調査に関すること／(1) 現状と課題：現状\n"),  # docs18b's
]


# docs23: writer P of session 11 (p2's 目標 sentences)
PUBLISHED_RENDERINGS += [
    ("targets-as-sentences-…は、R9年度20件、…とする", "\u3000事業計画策定事業者数は、令和9年度15者、令和10年度15者、"),
]


@pytest.mark.parametrize(("name", "written"), PUBLISHED_RENDERINGS)
def test_published_convention_changes_the_document(name: str, written: str) -> None:
    assert written in render(source_plan(SYNTHETIC), BY_NAME[name].apply(_style()))
    assert written not in render(source_plan(SYNTHETIC), _style())


@pytest.mark.parametrize("names", _params([[n] for n in TEXT if n not in DEFECTS], CHECK_STILL_WRONG))
def test_check_findings_do_not_depend_on_layout(names: list[str]) -> None:
    original = findings(source_plan(SYNTHETIC))
    assert variant_findings(SYNTHETIC, [BY_NAME[n] for n in names]) == original


# --- Word-native conventions (word14): each as a Word file (fast), and all the printable ones at once in
# one PDF (one LibreOffice run) ---
@pytest.mark.parametrize("name", [c.name for c in WORD])
def test_word_native_convention_reads_back(name: str) -> None:
    """Read back field by field from the .docx, with check's findings those of the original."""
    r = run_variant(SYNTHETIC, [BY_NAME[name], BY_NAME["format-docx"]], check=True)
    assert r.ok, f"{r.equal}/{r.fields}\n" + "\n".join(r.differences[:10])
    assert r.same_findings, f"missing {sorted(r.lost)} new {sorted(r.new)}"


def test_word_native_conventions_read_back_from_their_pdf() -> None:
    import shutil

    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        pytest.skip("LibreOffice is not installed (.ci/run installs libreoffice-writer and fonts-noto-cjk)")
    names = [c.name for c in WORD if c.name not in NOT_PRINTABLE]
    r = run_variant(SYNTHETIC, [BY_NAME[n] for n in names] + [BY_NAME["format-pdf"]], check=True)
    assert r.ok, f"{r.equal}/{r.fields}\n" + "\n".join(r.differences[:10])
    assert r.same_findings, f"missing {sorted(r.lost)} new {sorted(r.new)}"


def test_word_native_document_holds_what_its_conventions_name(tmp_path) -> None:
    """The Word builder really draws Word's structures (a convention that drew nothing would pass)."""
    import io
    import zipfile

    from tests.variants.bed import build

    # Word's outline without numbers draws no numbering: the others at once (it would replace theirs); those drawn
    # alone only (docs22: 別表1 one table takes its 目標 tables into its cells) on their own below
    numbered = [c for c in WORD if c.changes.get("docx_numbering") != "outline" and c.name not in WORD_ALONE]
    data, _ = build(SYNTHETIC, style_of([*numbered, BY_NAME["format-docx"]]), tmp_path)
    parts = zipfile.ZipFile(io.BytesIO(data))
    xml = parts.read("word/document.xml").decode()
    numbering = parts.read("word/numbering.xml").decode()
    for tag in ("<w:ins ", "<w:del ", "<w:delText", "<w:moveFrom ", "<w:fldSimple ", "<w:fldChar ", "<w:instrText",
                "<w:bookmarkStart ", "<w:commentReference ", "<w:ruby>", "<w:softHyphen/>", "<w:txbxContent>",
                "<mc:Fallback>", "<w:gridSpan ", '<w:vMerge w:val="restart"/>', "<w:numPr>", "<w:br/>",
                'w:val="Heading2"', "（法人番号）", "（単位 千円）", ">単位<", ">目標<"):
        assert tag in xml, tag
    for fmt in ("decimalFullWidth", "decimalEnclosedParen", "upperRoman", "aiueoFullWidth", "decimalEnclosedCircle"):
        assert f'w:numFmt w:val="{fmt}"' in numbering, fmt
    assert "word/comments.xml" in parts.namelist()
    assert re.search(r"<w:tc>(?:(?!</w:tc>).)*<w:tbl>", xml), "a table nested in a cell (docs21)"
    # docs22: 別表1 one table 「項目 | 内容」, a heading a row, the 目標 lines aligned with full-width spaces in a cell
    import docx

    data, _ = build(SYNTHETIC, style_of([BY_NAME["word-別表1-one-table-項目-内容"], BY_NAME["format-docx"]]), tmp_path)
    form = next(t for t in docx.Document(io.BytesIO(data)).tables if t.cell(0, 0).text == "項目")
    assert form.cell(0, 1).text == "内容" and len(form.rows) > 10
    assert any(r.cells[0].text.startswith("3.") and re.search(r"令和\d+年度\u3000", r.cells[1].text) for r in form.rows)


# --- docs19: the conventions drawn alone, mixed with the common habits (benchmarks/variants.py --mixes) ---
# Mixes the reader does not read right yet (a strict xfail: fixed, it must be taken out).
MIX_STILL_WRONG: set[str] = set()


def test_mixes_declare_what_they_leave_out() -> None:
    """Nothing is left out of a mix silently: a convention setting the same layout field as the one drawn alone
    is declared incompatible with a reason, and every declaration names a convention or a group there is."""
    from tests.variants.conventions import INCOMPATIBLE, MIXED_ALONE, TEXT_GROUPS, undeclared_overlaps

    assert undeclared_overlaps() == []
    names = {c.name for c in MIXED_ALONE}
    for focus, declared in INCOMPATIBLE.items():
        assert focus in names, focus
        for other, reason in declared.items():
            assert other in TEXT_GROUPS or other in BY_NAME, other
            assert len(reason) > 20, other


def _mix_params() -> list:
    from tests.variants.conventions import alone_mixes

    out = []
    for combo in alone_mixes(1, seed=7):
        names = [c.name for c in combo]
        marks = [pytest.mark.xfail(strict=True, reason="not read right yet")] if names[-1] in MIX_STILL_WRONG else []
        out.append(pytest.param(names, id=names[-1], marks=marks))
    return out


# Mixes that once read wrong (docs19), each a convention drawn alone and the habit it was read wrong with.
KNOWN_MIXES = [
    ["year-labels-R9", "targets-one-line-現行-／-years"],  # 「R9 4回」 a column of a one-line row
    ["year-labels-2027(R9)", "targets-one-line-現行-／-years"],
    ["dates-digits-spaced", "targets-one-line-現行-／-years"],  # 「令和 9 年度 4回」
    ["targets-区分-column", "tables-aligned-full-width-spaces"],  # a 区分 filled once, typed with spaces
    ["chars-kangxi", "heading-marks-▼◆-web-page"],  # 「▼経営発達⽀援計画の概要」
    ["chars-spaced-labels", "summary-title-■概要"],  # 「■概  要」
    ["document-summary-last", "summary-title-■概要"],  # 「■概要」 after 別表4, its labels below
    ["tables-excel-sheets-as-text", "summary-title-■概要"],  # 「■概要」 a sheet's first cell
    ["year-labels-2027(R9)", "targets-name-then-column-lines"],  # 「2028(R10)目標：4回」
    ["headings-number-tab-title", "headings-all-levels-in-【】"],  # 「【1.<tab>目標】」
    ["goals-2014-form-1.-4.", "headings-all-levels-in-【】"],  # 「【1. 地域の現状と課題】」
    ["chars-cut-lines", "headings-all-levels-in-【】"],  # 「【8.新たな…に関」 + 「すること】」
    ["objectives-(1)", "tables-slash-／-cells"],  # the 概要 not taken for a table of figures
    # docs24: a book's sections — 「第3節　経営状況の分析」 a noun title in the items' order, 「第6節　８．…に関す」 +
    # 「ること」 a section's title cut, the items renumbered from 1 with no number printed
    ["title-noun", "chapters-第1章-第1節-form-numbers-absent"],
    ["chars-cut-lines", "chapters-第1節-３．-form-numbers-kept"],
    ["items-from-1", "chapters-第1章-第1節-form-numbers-absent"],
    # a Word list's first level beside parts typed 「1. 経営発達支援事業の内容」 (a part is no heading of the list)
    ["parts-1", "word-list-number-第１-１-（１）-項目-merged"],
]
# On a real plan (when ../shared/corpus is there): a row counting in no unit, 「－」 in its 単位 cell, and a 合計
KNOWN_REAL_MIXES = [("kawaguchi", ["targets-単位-column", "tables-aligned-full-width-spaces"]),
                    # a caption over each group's table, in an Excel sheet (the header again: a table of its own)
                    ("kawaguchi", ["tables-excel-sheets-as-text", "targets-caption-over-each-group"]),
                    ("takasaki", ["tables-excel-sheets-as-text", "targets-caption-over-each-group"])]


@pytest.mark.parametrize("names", _params(KNOWN_MIXES))
def test_known_mixes_read_back(names: list[str]) -> None:
    r = run_variant(SYNTHETIC, [BY_NAME[n] for n in names], check=True)
    assert r.ok, f"{r.equal}/{r.fields}\n" + "\n".join(r.differences[:10])
    assert r.same_findings, f"missing {sorted(r.lost)} new {sorted(r.new)}"


@pytest.mark.parametrize(("plan", "names"), KNOWN_REAL_MIXES)
def test_known_mixes_read_back_on_real_plans(plan: str, names: list[str]) -> None:
    source = next((s for s in source_files() if plan in s.name), None)
    if source is None:
        pytest.skip("../shared/corpus is not beside the checkout")
    r = run_variant(source, [BY_NAME[n] for n in names])
    assert r.ok, f"{r.equal}/{r.fields}\n" + "\n".join(r.differences[:10])


@pytest.mark.parametrize("names", _mix_params())
def test_convention_drawn_alone_reads_back_mixed(names: list[str]) -> None:
    """Each convention drawn alone in the bed, mixed once with one convention of every common group (the
    synthetic plan): read back field by field, with check's findings those of the original."""
    r = run_variant(SYNTHETIC, [BY_NAME[n] for n in names], check=True)
    assert r.ok, f"{r.equal}/{r.fields}\n" + "\n".join(r.differences[:10])
    assert r.same_findings or not r.checked, f"missing {sorted(r.lost)} new {sorted(r.new)}"

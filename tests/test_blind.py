"""The blind plans of tests/blind/ (issue 14): plans written by writers who never saw the extractor.

The dev part (tests/blind/SPLIT.yaml) is read with every field right and without a false `check`
error, from its file and, for the Word plans, from the PDF LibreOffice prints of it; the test part is
only scored, as a whole, against a floor the lead sets (its differences are never printed here).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.blind_compare import answers, build, parts, score

# The share of the test part's fields that must be right (set by the lead, from a run that never read
# the test part's differences): plans a-d's test half read 873/1324 fields (65.9 %) before session 7's
# changes and 924/1324 (69.8 %) after; writer E's four (all test, written after the work began) 342/635
# (53.9 %) before and 493/635 (77.6 %) after; the whole part, each file once, 1105/1535 (72.0 %).
# Session 8 (dev plans f-k worked on; the test part only scored): 1237/1535 (80.6 %), 1235 without [nlp].
# Session 9 (writers L and M's test half added, l1 l3 m1 m4: 1678/2080, 80.7 %, on main before docs18's changes;
# dev plans j-m worked on by docs18 and docs18b): 1687/2080 (81.1 %) measured without [nlp].
# Session 10 (writers N and O's test half added, n1 n3 o1 o2: 2159/2662, 81.1 %, on main before any change; dev plans
# n2 n4 o3 o4 worked on by docs20/docs21, the reader's folds by fold10): 2159/2662 (81.1 %), unchanged.
# Session 11 (writers P and Q's test half added, p3 p4 q1 q2: 2519/3267, 77.1 %, on main before any change; dev plans
# p1 p2 q3 q4 worked on by docs22/docs23, bed conventions for habits the test plans' writers were asked for, from those
# instructions only, by docs24): 2931/3267 (89.7 %), the same without [nlp]; the sessions-7-10 part 2355/2662 (88.5 %).
TEST_FLOOR = 0.897

SPLIT = parts()
PLANS = dict(answers())
# The dev plans read right so far: a plan joins when every field of it is (writers F and G's plans, added
# late in session 7, read 521/1145 fields before anyone looked at them, 538/1145 with the fixes of the first
# eight dev plans and 915/1145 at the end of session 7; 1145/1145 in session 8. Writers H and I's
# plans, session 8: 758/1078 before any change, 1078/1078 after. Writers J and K's, added at the session's end:
# 678/1054 on main before any change, 781/1054 with the session's conventions before anyone looked at them.
# Writer O's dev plans, session 10: o3 61/136 and o4 211/221 (its PDF too) before any change, 136/136 and 221/221
# after — docs20. Writer N's, session 10: n2 94/144 and n4 118/123 (as PDF 67/123) before any change, all after —
# docs21. Writer Q's, session 11: q3 47/154 and q4 123/127 before any change, all after — docs22).
READ_RIGHT = {"a3-iwasezawa", "a4-sakurasawa", "b1-suginosawa", "b3-horobetsunai", "c1-akitsugawa", "c3-kamihizawa",
              "d3-kamiyazawa", "d4-mihamagawa", "f1-kirigaoka", "f2-takaseno", "f3-setoura", "f4-hayatohama",
              "g1-saginoura", "g2-kuromori", "g3-minamiasahi", "g4-kitanohara", "h1-sagamino_cci_R2-R6",
              "h2-himesawa_cci_R3-R7", "h3-kumagen_cci_R8-R12", "h4-takasugi_cci_H27-H31", "i1-sunahara",
              "i2-okugawa", "i3-kamikatsuura", "i4-gokasegawa", "j1-midorikawa", "k2-mitsumine",
              "j2-kirinoe", "j4-wakabasawa", "k4-kitagaoka",
              "k3-shirase",
              "l2-shiomi", "l4-aomine-kirigahara", "m2-asagiridai", "m3-hokurei",  # docs18b
              "k1-minamikawa", "j3-asanagi",
              "o3-haginohama", "o4-kurimori-oyuzu",  # docs20
              "n2-sugine", "n4-kirarazawa",  # docs21
              "p1-kirigahara", "p2-shirasagidai",  # docs23
              "q3-kusunokioka", "q4-chidorizaka"}  # docs22
DEV = sorted(n for n, p in SPLIT.items() if p == "dev" and n in READ_RIGHT)
TEST = sorted(n for n, p in SPLIT.items() if p == "test")
# Word plans whose file reads right but whose PDF (LibreOffice's) does not yet (h3's, its headings printed slanted,
# reads right since PDFium's slant of italics is read as upright text: docs17b)
# j3 (docs18): its 目標 tables are nested in the cells of one big table of 別表1; LibreOffice prints them into a
# column too narrow for them (「項目」 cut as 「項/目」, 「2020年度」 as 「202/0年/度」, a row's name one letter a line)
# and the PDF's ruled grid takes the nested tables' rules into the big table's: 85/136 fields as PDF (47 before;
# its items and item 6's one-line rows read, the nested 目標 tables not). 96/136 since a table nested in a cell is
# read apart from it (docs21, n4): the tables too narrow for their words still fail.
# p1 (docs23): a PDF-to-Word converter's file, its tables rows of tab-separated paragraphs — printed, each row's cells
# sit at Word's default tab stops, wherever a cell's length pushes the next one (no column lines up from row to row):
# 72/148 fields as PDF. Such a file is sent as Word (its PDF the one it was made from); read right from the .docx.
PDF_STILL_WRONG: set[str] = {"j3-asanagi", "p1-kirigahara"}
WORD_DEV = [pytest.param(n, marks=[pytest.mark.xfail(strict=True, reason="PDF not read right yet")]
                         if n in PDF_STILL_WRONG else [])
            for n in DEV if not (Path(__file__).parent / "blind" / PLANS[n]["source"]).is_file()]
HAS_OFFICE = bool(shutil.which("soffice") or shutil.which("libreoffice"))


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("blind")


@pytest.mark.parametrize("name", DEV)
def test_dev_plan_read_right(name: str, out: Path) -> None:
    s = score(name, "dev", PLANS[name], build(name, PLANS[name], out), "file")
    assert s.diffs == [] and s.ok == s.total, s.diffs
    assert s.false_errors == []


@pytest.mark.skipif(not HAS_OFFICE, reason="LibreOffice (soffice) がないため Word の計画を PDF にできません")
@pytest.mark.parametrize("name", WORD_DEV)
def test_dev_word_plan_read_right_as_pdf(name: str, out: Path) -> None:
    from tests.build_documents import docx_to_pdf

    pdf = docx_to_pdf(build(name, PLANS[name], out), out)
    s = score(name, "dev", PLANS[name], pdf, "pdf")
    assert s.diffs == [] and s.ok == s.total, s.diffs
    assert s.false_errors == []


def test_test_part_above_floor(out: Path) -> None:
    """Only the share right is looked at: a failure says how far below the floor, never which fields."""
    ok = total = 0
    for name in TEST:
        s = score(name, "test", PLANS[name], build(name, PLANS[name], out), "file")
        ok, total = ok + s.ok, total + s.total
    assert total > 0
    assert ok / total >= TEST_FLOOR, f"test part {ok}/{total} ({ok / total:.1%}) < {TEST_FLOOR:.1%}"


# Values read from the dev plans, each standing for a convention (the answers above compare them all).
def _plan(name: str, out: Path):
    from hattatsu.extract import extract_file

    return next(d for d in extract_file(build(name, PLANS[name], out)) if d.kind == "plan")


def test_bracketed_parts_and_bare_year_headers(out: Path) -> None:
    """a3: 「（目標）→（単位：件）」 after 「（事業内容）」, year headers 「29年度」, the 2014 form's 1.–4."""
    plan = _plan("a3-iwasezawa", out)
    analysis = next(i for i in plan.items if i.key == "business_analysis")
    assert [(t.indicator, t.unit, t.baseline) for t in analysis.targets] == [("巡回訪問件数", "件", 420),
                                                                           ("経営分析件数", "件", 15)]
    assert analysis.targets[0].values == {"2017": 450, "2018": 450, "2019": 480, "2020": 480, "2021": 500}
    assert [o.title for o in plan.goals.objectives][2] == "創業・第二創業の支援による商工業者数の維持"
    assert [(i.number, i.key) for i in plan.items][6:] == [(12, "regional_revitalization"), (1, "knowhow_exchange"),
                                                          (2, "staff_development"), (3, "evaluation")]


def test_dai_kana_numbering_and_summary_last(out: Path) -> None:
    """c3: 「第3」「ア　現状と課題」, the 概要 after 別表4."""
    plan = _plan("c3-kamihizawa", out)
    assert [i.number for i in plan.items] == list(range(3, 12))
    assert [i.name for i in plan.summary.implementers] == ["上檜沢町商工会", "上檜沢町"]


def test_box_drawn_tables(out: Path) -> None:
    """d3: 「┃目標│①…┃」 tables, 別表 names repeated on each page."""
    plan = _plan("d3-kamiyazawa", out)
    assert plan.funding.total == {"2024": 2450, "2025": 2450, "2026": 2550, "2027": 2550, "2028": 2550}
    assert {s.role: s.count for s in plan.organization.staff}["法定経営指導員"] == 1


def test_group_column_and_advisors_one_a_line(out: Path) -> None:
    """d4: 「区分 | 指標」 target tables, two 法定経営指導員 each on a line with its 連絡先."""
    plan = _plan("d4-mihamagawa", out)
    demand = next(i for i in plan.items if i.key == "demand_trends")
    assert [(t.group, t.indicator) for t in demand.targets][:2] == [("①消費者アンケート", "支援件数"),
                                                                    ("①消費者アンケート", "うち新規")]
    assert [(a.name, a.phone) for a in plan.organization.legal_advisors] == [("佐々木 亮", "0229-22-4151"),
                                                                             ("千葉 由美", "0229-45-2203")]
    assert plan.organization.wide_area_advisor is False


def _items(text: str):
    from hattatsu.extract.plan import build_plan
    from hattatsu.extract.readers.text import read_text

    blocks, _ = read_text(text.encode("utf-8"), "x.txt")
    return build_plan(blocks, entities=False).items


_BODY = """（別表１）
経営発達支援事業の内容
Ⅰ．経営発達支援事業の内容
3．地域の経済動向調査に関すること
{parts}
4．需要動向調査に関すること
(1) 現状と課題
消費者の声を聞く場がない。
"""


def test_baseline_in_the_row_name_and_members_in_brackets(out: Path) -> None:
    """n2: 「①…公表回数（現行1回）」 rows with no 現行 column, 「理事会（会長1名、副会長2名、理事12名）」."""
    plan = _plan("n2-sugine", out)
    trends = next(i for i in plan.items if i.key == "economic_trends")
    assert [(t.indicator, t.unit, t.baseline) for t in trends.targets] == [
        ("①地域経済動向分析の公表回数", "回", 1), ("②景気動向調査結果の公表回数", None, None)]
    assert {s.role: s.count for s in plan.organization.staff}["理事"] == 12


def test_parts_of_the_2014_form_and_nested_target_tables(out: Path) -> None:
    """n4: items under Ⅰ–Ⅲ, each part as the answer records it (the contract's ITEM.part, which the answers'
    comparison leaves out), and 目標 tables nested in a cell, two in one under notes of their own."""
    plan = _plan("n4-kirarazawa", out)
    assert [i.part for i in plan.items] == [i["part"] for i in PLANS["n4-kirarazawa"]["items"]]
    formulation = next(i for i in plan.items if i.key == "plan_formulation")
    assert [t.unit for t in formulation.targets] == ["回", "件", "件"]


def test_bracketed_labels_open_parts_only_in_an_item_without_numbered_ones() -> None:
    """「（現状と課題）」… open an item's parts; among 「(1)…」 parts a 【…の活用】 stays a label of the text."""
    bracketed = _items(_BODY.format(parts="（現状と課題）\n景況を調べていない。\n（事業内容）\n①景況調査\n"
                                          "年4回調査する。\n（成果の活用）\nHPで公表する。"))
    assert bracketed[0].utilization is not None and bracketed[0].activities[0].title == "①景況調査"
    numbered = _items(_BODY.format(parts="(1) 現状と課題\n景況を調べていない。\n(2) 事業内容\n①景況調査\n"
                                         "【分析結果の活用】\nHPで公表する。"))
    assert numbered[0].utilization is None
    assert "HPで公表する。" in str(numbered[0].activities[0].text)

"""`hattatsu generate`: the forms from data, read back to the same fields."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import docx
import pdfplumber
import pytest
import yaml
from click.testing import CliRunner
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from pydantic import TypeAdapter

from hattatsu.cli import main
from hattatsu.extract import extract_file
from hattatsu.generate import render_plan
from hattatsu.generate.context import build_context, structure_blocks
from hattatsu.generate.render import plan_owner, render_context
from hattatsu.model import Plan
from hattatsu.narrative import Narrative
from tests.conftest import SYNTHETIC_PLAN
from tests.doc_diff import diff, leaves

REAL_PLANS = ["kanazawa-cci_plan_R8-R12.txt", "takasaki-gunma_plan_R8-R12.txt",
              "kawaguchi-cci_evaluation-R6_plan-R5-R7.txt"]
HAS_LIBREOFFICE = bool(shutil.which("soffice") or shutil.which("libreoffice"))


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def plan_of(path: Path) -> Plan:
    [plan] = [d for d in extract_file(path) if d.kind == "plan"]
    return plan


def contract(plan: Plan) -> dict:
    """The plan as generate writes it back. Entities are left out: they are read from the
    source's running text and layout (a partner list, a roster), which the forms do not
    reproduce line for line; test_entities_survive_the_round_trip checks them."""
    return plan.model_dump(mode="json", exclude={"entities"})


def as_generated(data: dict) -> dict:
    """What generate writes for a plan: a plan without 別表4 gets the form's empty 別表4 (read
    back as a blank one); everything else as it was."""
    if data.get("partners") and data["partners"]["declared"] == "absent":
        data["partners"]["declared"] = "blank"
    return data


def _sources(shared: Path | None) -> list[Path]:
    return [SYNTHETIC_PLAN] + ([shared / name for name in REAL_PLANS] if shared else [])


@pytest.fixture(scope="module")
def plans(shared_corpus) -> list[Path]:
    return _sources(shared_corpus)


def test_round_trip_through_word(plans, tmp_path):
    """extract → generate .docx → extract the .docx: every contract field the same."""
    for source in plans:
        plan = plan_of(source)
        data, _ = render_plan(plan)
        out = tmp_path / f"{source.stem}.docx"
        out.write_bytes(data)
        again = plan_of(out)
        expected = as_generated(contract(plan))
        assert len(leaves(expected)) > 600
        assert diff(expected, contract(again)) == [], source.name


@pytest.mark.skipif(not HAS_LIBREOFFICE, reason="LibreOffice is not installed (.ci/run installs it)")
def test_round_trip_through_pdf(plans, tmp_path):
    """The same through --pdf: only the white space of running text may differ."""
    for source in plans:
        data_file = tmp_path / f"{source.stem}.yaml"
        assert run("extract", source, "-o", data_file, "--format", "yaml").exit_code == 0
        out = tmp_path / f"{source.stem}.docx"
        r = run("generate", data_file, "-o", out, "--pdf")
        assert r.exit_code == 0, r.output
        printed = out.with_suffix(".pdf")
        plan = plan_of(source)
        assert diff(as_generated(contract(plan)), contract(plan_of(printed)), spacing=False) == [], source.name
        with pdfplumber.open(printed) as pdf:  # the PDF's properties name the plan, not the library
            assert pdf.metadata["Title"] == f"経営発達支援計画（{plan_owner(plan)}）", source.name
            assert pdf.metadata["Author"] == plan_owner(plan) and "python-docx" not in str(pdf.metadata)


def test_entities_survive_the_round_trip(tmp_path):
    """The people and organisations of the synthetic plan are found again in the generated
    Word file, with their branches."""
    plan = plan_of(SYNTHETIC_PLAN)
    data, _ = render_plan(plan)
    out = tmp_path / "plan.docx"
    out.write_bytes(data)

    def names(p: Plan) -> set:
        return {(e.kind, e.name, tuple(e.branches)) for e in p.entities or []}

    assert len(names(plan)) >= 8
    assert names(plan_of(out)) == names(plan)


def _document_xml(data: bytes) -> str:
    return zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")


def test_no_template_tag_is_left_and_each_sheet_has_its_label():
    data, warnings = render_plan(plan_of(SYNTHETIC_PLAN))
    xml = _document_xml(data)
    assert "{{" not in xml and "{%" not in xml and warnings == []
    d = docx.Document(io.BytesIO(data))
    labels = [p for p in d.paragraphs if p.text.startswith("（別表")]
    assert [p.text for p in labels] == ["（別表１）", "（別表２）", "（別表３）", "（別表４）"]
    assert all(p.style.paragraph_format.page_break_before for p in labels)
    fonts = d.styles["HT Body"].element.rPr.rFonts
    assert fonts.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia") == "ＭＳ 明朝"
    section = d.sections[0]
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7


def test_target_columns_follow_the_data(shared_corpus):
    """A three-year plan gets three year columns; 公表方法 and 現行 only where rows have them."""
    data, _ = render_plan(plan_of(shared_corpus / "kawaguchi-cci_evaluation-R6_plan-R5-R7.txt"))
    headers = [[c.text for c in t.rows[0].cells] for t in docx.Document(io.BytesIO(data)).tables]
    years = [h for h in headers if "令和5年度" in h]
    assert years and all("令和8年度" not in h for h in years)
    assert any(h[1:] == ["令和5年度", "令和6年度", "令和7年度"] for h in headers)
    data, _ = render_plan(plan_of(SYNTHETIC_PLAN))
    tables = docx.Document(io.BytesIO(data)).tables
    first = next(t for t in tables if t.rows[0].cells[1].text == "公表方法")
    assert [c.text for c in first.rows[1].cells] == ["①景況調査", "HP掲載", "4回", "4回", "4回", "4回", "4回", "4回"]


def test_funding_total_is_computed_when_missing_and_checked_when_given():
    plan = plan_of(SYNTHETIC_PLAN)
    plan.funding.total, plan.funding.total_raw = {}, {}
    data, warnings = render_plan(plan)
    funding = next(t for t in docx.Document(io.BytesIO(data)).tables if t.rows[1].cells[0].text == "必要な資金の額")
    assert [c.text for c in funding.rows[1].cells[1:]] == ["3,300", "3,300", "3,500", "3,500", "3,700"]
    assert warnings == []
    plan = plan_of(SYNTHETIC_PLAN)
    plan.funding.total["2027"] = 9999
    plan.funding.total_raw = {}
    _, warnings = render_plan(plan)
    assert warnings == ["別表3 令和9年度: 必要な資金の額 9,999 が明細の合計 3,300 と合いません"]


def test_invalid_data_lists_its_problems_and_writes_nothing(tmp_path):
    data = yaml.safe_load(run("extract", SYNTHETIC_PLAN, "--format", "yaml").stdout)
    data["items"][3]["targets"][0]["values"]["2027"] = "たくさん"
    data["funding"]["fiscal_years"] = "2027"
    bad = tmp_path / "plan.yaml"
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "申請書.docx"
    r = run("generate", bad, "-o", out)
    assert r.exit_code == 2 and not out.exists()
    assert f"hattatsu: {bad}: データが契約に合いません" in r.stderr
    assert "  items[3].targets[0].values.2027: 数値ではありません" in r.stderr
    assert "  funding.fiscal_years:" in r.stderr


def test_existing_output_needs_force(tmp_path):
    data = tmp_path / "plan.json"
    run("extract", SYNTHETIC_PLAN, "-o", data)
    out = tmp_path / "out.docx"
    out.write_bytes(b"mine")
    r = run("generate", data, "-o", out)
    assert r.exit_code == 2 and "--force" in r.stderr and out.read_bytes() == b"mine"
    assert run("generate", data, "-o", out, "--force").exit_code == 0
    assert out.read_bytes().startswith(b"PK")


def _user_templates(tmp_path: Path, text: str) -> Path:
    """A template folder whose 別表1 holds the given text."""
    folder = tmp_path / "tpl"
    folder.mkdir()
    d = docx.Document()
    d.add_paragraph(text)
    d.save(folder / "beppyo1.docx")
    return folder


@pytest.mark.parametrize("expr", ["{{ ''.__class__.__mro__[1].__subclasses__() }}",
                                  "{{ plan.__class__.__init__.__globals__ }}",
                                  "{{ cycler.__init__.__globals__.os.popen('id').read() }}"])
def test_templates_cannot_reach_python_internals(expr, tmp_path):
    data = tmp_path / "plan.json"
    run("extract", SYNTHETIC_PLAN, "-o", data)
    out = tmp_path / "out.docx"
    r = run("generate", data, "-o", out, "--template", _user_templates(tmp_path, expr))
    assert r.exit_code == 2 and not out.exists()
    assert "テンプレートを埋められません" in r.stderr and "SecurityError" in r.stderr
    assert "subclasses" not in r.stdout and "object" not in r.stdout


def test_user_template_renders_documented_variables(tmp_path):
    data = tmp_path / "plan.json"
    run("extract", SYNTHETIC_PLAN, "-o", data)
    out = tmp_path / "out.docx"
    folder = _user_templates(tmp_path, "{{ period.text }} / {{ parts[0].entries[0].heading }} / <b>&</b>")
    assert run("generate", data, "-o", out, "--template", folder).exit_code == 0
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "令和9年4月1日～令和14年3月31日 / 3. 地域の経済動向調査に関すること / <b>&</b>" in texts


def test_a_template_with_a_dtd_is_refused(tmp_path):
    folder = _user_templates(tmp_path, "x")
    src = folder / "beppyo1.docx"
    files = {n: zipfile.ZipFile(src).read(n) for n in zipfile.ZipFile(src).namelist()}
    files["word/document.xml"] = files["word/document.xml"].replace(
        b"?>", b'?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">]>', 1)
    with zipfile.ZipFile(src, "w") as z:
        for name, body in files.items():
            z.writestr(name, body)
    data = tmp_path / "plan.json"
    run("extract", SYNTHETIC_PLAN, "-o", data)
    r = run("generate", data, "-o", tmp_path / "out.docx", "--template", folder)
    assert r.exit_code == 2 and "DTD" in r.stderr


def test_pdf_without_libreoffice_says_how_to_install(tmp_path, monkeypatch):
    from hattatsu.generate import libreoffice

    libreoffice.soffice.cache_clear()
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(libreoffice, "Path", lambda *a: tmp_path / "none")
    data = tmp_path / "plan.json"
    run("extract", SYNTHETIC_PLAN, "-o", data)
    out = tmp_path / "out.docx"
    r = run("generate", data, "-o", out, "--pdf")
    libreoffice.soffice.cache_clear()
    assert r.exit_code == 2 and not out.exists()
    assert "apt-get install libreoffice-writer fonts-noto-cjk" in r.stderr


# --- the printed forms, as reviewed on paper (issue 17) ----------------------------------------

def _document(plan: Plan) -> docx.Document:
    data, _ = render_plan(plan)
    return docx.Document(io.BytesIO(data))


def _tc_width_cm(cell) -> float:
    return int(cell._tc.tcPr.find(qn("w:tcW")).get(qn("w:w"))) / 567


def _target_tables(d) -> list:
    return [t for t in d.tables if any(c.text.startswith("令和") for c in t.rows[0].cells)
            and t.rows[1].cells[0].text != "必要な資金の額"]


def test_year_headers_stay_on_one_line_with_one_width_per_column_kind(shared_corpus):
    """「令和10年度」 never wraps (noWrap, a column wide enough for five characters at the
    table's size), every 目標 table gives a year column the same width, values are centred."""
    plans = [plan_of(SYNTHETIC_PLAN)] + ([plan_of(shared_corpus / REAL_PLANS[0])] if shared_corpus else [])
    for plan in plans:
        d = _document(plan)
        tables = _target_tables(d)
        assert len(tables) >= 6
        year_widths = set()
        for t in tables:
            for cell in t.rows[0].cells[1:]:
                if cell.text.startswith("令和"):
                    assert cell._tc.tcPr.find(qn("w:noWrap")) is not None
                    assert cell.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.CENTER
                    year_widths.add(round(_tc_width_cm(cell), 2))
            widths = [int(g.get(qn("w:w"))) / 567 for g in t._tbl.tblGrid.findall(qn("w:gridCol"))]
            assert abs(sum(widths) - 16.0) < 0.05
            values = [c for row in t.rows[1:] for c in row.cells[1:] if c.text.strip()]
            assert values and all(c.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.CENTER for c in values)
        assert len(year_widths) == 1 and year_widths.pop() >= 1.9  # 5 characters of 9 pt + margins
        funding = next(t for t in d.tables if t.rows[1].cells[0].text == "必要な資金の額")
        year = next(c for c in funding.rows[0].cells if c.text.startswith("令和"))
        assert round(_tc_width_cm(year), 2) >= 2.3 and year._tc.tcPr.find(qn("w:noWrap")) is not None  # 10.5 pt


def test_parts_are_labelled_with_roman_numerals():
    texts = [p.text for p in _document(plan_of(SYNTHETIC_PLAN)).paragraphs]
    assert "Ⅰ．経営発達支援事業の内容" in texts
    assert "Ⅱ．経営発達支援事業の円滑な実施に向けた支援力向上のための取組" in texts
    assert not any(t.startswith(("I.", "II.", "III.")) for t in texts)


def test_target_rows_keep_their_labels_and_a_group_row_stands_apart(tmp_path):
    """A group row (a label, no value) spans its row in bold; its indicators below keep their
    ①② labels; reading the file back gives the same groups."""
    plan = plan_of(SYNTHETIC_PLAN)
    item = next(i for i in plan.items if i.number == 7)
    for t in item.targets:
        t.group = "①フォローアップ支援"
    data, _ = render_plan(plan)
    d = docx.Document(io.BytesIO(data))
    table = next(t for t in _target_tables(d) if any(r.cells[0].text == "頻度(延べ回数)" for r in t.rows))
    labels = [r.cells[0].text for r in table.rows[1:]]
    assert labels == ["①フォローアップ支援", "フォローアップ対象事業者数", "頻度(延べ回数)", "売上増加事業者数"]
    sales = next(t for t in _target_tables(d) if any(r.cells[0].text == "売上額/者" for r in t.rows))
    assert [r.cells[0].text for r in sales.rows[1:]] == ["①物産展出展事業者数", "売上額/者", "②商談会参加事業者数",
                                                         "成約件数"]
    group = table.rows[1]._tr
    [tc] = group.findall(qn("w:tc"))
    assert int(tc.tcPr.find(qn("w:gridSpan")).get(qn("w:val"))) == len(table.columns)
    assert table.rows[1].cells[0].paragraphs[0].runs[0].bold
    out = tmp_path / "plan.docx"
    out.write_bytes(data)
    again = next(i for i in plan_of(out).items if i.number == 7)
    assert [(t.group, t.indicator) for t in again.targets] == [(t.group, t.indicator) for t in item.targets]


def test_organisation_headings_stand_apart_and_contacts_are_two_blocks():
    """別表2 (1) given as blocks: each ①–④ heading its own ゴシック paragraph above its points.
    The 概要's 連絡先 of the 商工会 and of the 町 are two blocks (an empty line between)."""
    plan = plan_of(SYNTHETIC_PLAN)
    blocks = TypeAdapter(Narrative).validate_python([
        {"type": "paragraph", "text": "みどり川町商工会"},
        {"type": "paragraph", "text": "事務局長 1名"},
        {"type": "paragraph", "text": "法定経営指導員 2名"},
        {"type": "heading", "label": "①", "text": "都道府県及び関係市町村との連携体制"},
        {"type": "list", "marker": "・", "items": [{"text": "町産業振興課と年2回協議する。"}]},
        {"type": "heading", "label": "②", "text": "商工会の実施体制"},
        {"type": "list", "marker": "・", "items": [{"text": "経営指導員が中心となる。"}]}])
    context, _ = build_context(plan)
    context["organization"]["structure_blocks"] = structure_blocks(
        plan.organization.model_copy(update={"structure": blocks}))
    d = render_context(context)
    texts = [p.text for p in d.paragraphs]
    i = texts.index("①都道府県及び関係市町村との連携体制")
    assert texts[i + 1] == "・町産業振興課と年2回協議する。" and texts[i + 2] == "②商工会の実施体制"
    heading = d.paragraphs[i]
    assert heading.runs[0]._r.rPr.rFonts.get(qn("w:eastAsia")) == "ＭＳ ゴシック"
    staff = next(t for t in d.tables if t.rows[0].cells[0].text == "事務局長")
    assert [[c.text for c in r.cells] for r in staff.rows] == [["事務局長", "1名"], ["法定経営指導員", "2名"]]
    summary = next(t for t in d.tables if t.rows[0].cells[0].text == "実施者名")
    contact = [p.text for p in summary.rows[4].cells[1].paragraphs]
    gap = contact.index("")
    assert contact[0].startswith("〒") and contact[gap + 1].startswith("〒") and gap > 2
    assert "みどり川町商工会" in " ".join(contact[:gap]) and "みどり川町" in contact[gap + 2]


def test_funding_table_and_sources_in_the_body_size():
    d = _document(plan_of(SYNTHETIC_PLAN))
    body = d.styles["HT Body"].font.size
    funding = next(t for t in d.tables if t.rows[1].cells[0].text == "必要な資金の額")
    sources = next(t for t in d.tables if t.rows[0].cells[0].text == "調達方法")
    for cell in [*funding.rows[0].cells, *sources.rows[0].cells, *sources.rows[1].cells]:
        assert cell.paragraphs[0].style.font.size == body == Pt(10.5)


def _partners_table(d):
    return next((t for t in d.tables if t.rows[0].cells[0].text.startswith("連携して事業を実施する者の氏名")), None)


@pytest.mark.parametrize("declared", ["listed", "none", "blank", "absent"])
def test_partners_are_the_forms_table(declared):
    """別表4 is the form's table: the entries when listed, 「連携者なし」 when the plan says so,
    empty cells to fill in when the plan names none (or has no 別表4)."""
    plan = plan_of(SYNTHETIC_PLAN)
    listed = [e.name for e in plan.partners.entries]
    if declared != "listed":
        plan.partners.declared, plan.partners.entries = declared, []
    table = _partners_table(_document(plan))
    assert table is not None
    cells = [r.cells[0].text for r in table.rows]
    assert cells[0::2] == ["連携して事業を実施する者の氏名又は名称及び住所並びに法人にあっては、その代表者の氏名",
                           "連携して実施する事業の内容", "連携して事業を実施する者の役割", "連携体制図等"]
    if declared == "listed":
        assert len(listed) == 2 and all(name in cells[1] for name in listed) and cells[1].startswith("①")
    elif declared == "none":
        assert cells[1::2] == ["連携者なし", "", "", ""]
    else:
        assert cells[1::2] == ["", "", "", ""]


def test_a_file_without_partners_data_has_no_partners_form():
    plan = plan_of(SYNTHETIC_PLAN).model_copy(update={"partners": None})
    d = _document(plan)
    assert _partners_table(d) is None
    assert "（別表４）" not in [p.text for p in d.paragraphs]


def test_document_properties_name_the_plan():
    props = _document(plan_of(SYNTHETIC_PLAN)).core_properties
    assert props.title == "経営発達支援計画（みどり川町商工会）"
    assert props.author == props.last_modified_by == "みどり川町商工会"
    assert "python-docx" not in (props.comments + props.author + props.title)

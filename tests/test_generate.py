"""`hattatsu generate`: the forms from data, read back to the same fields."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import docx
import pytest
import yaml
from click.testing import CliRunner

from hattatsu.cli import main
from hattatsu.extract import extract_file
from hattatsu.generate import render_plan
from hattatsu.model import Plan
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
        expected = as_generated(contract(plan_of(source)))
        assert diff(expected, contract(plan_of(printed)), spacing=False) == [], source.name


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

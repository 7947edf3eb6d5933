"""Evaluation checks, `hattatsu draft` and `hattatsu report`."""

from __future__ import annotations

import io
import json
import re

import pytest
import yaml
from click.testing import CliRunner

from hattatsu.check import Selection, check_file
from hattatsu.cli import main
from hattatsu.draft import load_round_trip
from hattatsu.serialize import load_document
from tests.conftest import CORPUS, SYNTHETIC_PLAN

SYNTHETIC_EVALUATION = CORPUS / "midorigawa-society_evaluation_R9.txt"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def _evaluation_yaml(tmp_path, entries, grading=None):
    doc = {"kind": "evaluation", "organization": "みどり川町商工会", "fiscal_year": 2027,
           "grading": grading or [{"grade": "A", "text": "100%以上"}, {"grade": "B", "text": "80%以上"},
                                  {"grade": "C", "text": "50%以上"}, {"grade": "D", "text": "未満"}],
           "entries": entries}
    path = tmp_path / "eval.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return path


def test_achievement_and_grade_are_checked_against_the_reports_own_rule(tmp_path):
    path = _evaluation_yaml(tmp_path, [
        {"item_key": "plan_formulation", "activity": "事業計画策定事業者数", "target": 15, "actual": 12,
         "achievement": 0.9, "grade": "B"},
        {"item_key": "new_demand", "activity": "物産展出展事業者数", "target": 4, "actual": 3,
         "achievement": 0.75, "grade": "B"},
        {"item_key": "business_analysis", "activity": "経営分析事業者数", "target": 30, "actual": 32,
         "achievement": 1.067, "grade": "A"}])
    [r] = check_file(path, Selection())
    found = [(f.rule, f.section) for f in r.findings]
    assert found == [("evaluation-achievement-mismatch", "items.plan_formulation"),
                     ("evaluation-grade-mismatch", "items.new_demand")]
    assert "実績 12 ÷ 目標 15 = 80.0%" in r.findings[0].message
    assert "基準では C" in r.findings[1].message


def test_targets_are_compared_with_the_plan(tmp_path):
    path = _evaluation_yaml(tmp_path, [
        {"item_key": "economic_trends", "activity": "①景況調査(年4回)", "target": 6, "actual": 4},
        {"item_key": "plan_formulation", "activity": "事業計画策定事業者数", "target": 15, "actual": 12}])
    r = run("check", path, "--plan", SYNTHETIC_PLAN, "--format", "json")
    findings = json.loads(r.stdout)["files"][0]["findings"]
    assert [(f["rule"], f["section"]) for f in findings] == [("evaluation-target-mismatch", "items.economic_trends")]
    assert "計画の 令和9年度 の目標 4" in findings[0]["message"]
    assert run("check", path, "--format", "json").exit_code == 0  # without --plan the rule does not run


@pytest.mark.parametrize("name", ["kashiwa-cci_evaluation-R6.txt", "kawaguchi-cci_evaluation-R6_plan-R5-R7.txt"])
def test_real_reports_raise_no_error(name, shared_corpus):
    reports = [r for r in check_file(shared_corpus / name, Selection()) if r.kind == "evaluation"]
    assert reports and all(f.severity != "error" for r in reports for f in r.findings)


def _years_everywhere(plan) -> set[str]:
    """Every fiscal year the plan's year maps and lists name."""
    years = {str(y) for y in plan.period.fiscal_years} | {str(y) for y in plan.funding.fiscal_years}
    for item in plan.items:
        for t in item.targets:
            years |= set(t.values) | set(t.raw)
    years |= set(plan.funding.total) | {y for line in plan.funding.lines for y in line.amounts}
    return years


def test_draft_kanazawa_2031(shared_corpus, tmp_path):
    out = tmp_path / "next.yaml"
    r = run("draft", shared_corpus / "kanazawa-cci_plan_R8-R12.txt", "--start-fy", 2031, "-o", out)
    assert r.exit_code == 0, r.output
    plan = load_document(out, kind="plan")
    assert _years_everywhere(plan) == {"2031", "2032", "2033", "2034", "2035"}
    assert plan.period.start.isoformat() == "2031-04-01" and plan.period.end.isoformat() == "2036-03-31"
    assert (plan.summary.period.start, plan.summary.period.end) == (plan.period.start, plan.period.end)
    assert plan.organization.as_of == "2030-12"
    first = plan.items[0].targets[0]  # ①景況・業況動向調査: 4回 every year
    assert first.baseline == 4 and first.baseline_raw == "4回"  # 現行 = the old plan's last year
    text = out.read_text(encoding="utf-8")
    assert "# 現行: 旧計画の最終年度（令和12年度）の目標値" in text
    assert run("generate", out, "-o", tmp_path / "next.docx").exit_code == 0
    checked = run("check", out, "--format", "json")
    assert checked.exit_code == 0 and json.loads(checked.stdout)["summary"]["errors"] == 0


def test_draft_takes_the_latest_actuals_as_baseline(shared_corpus, tmp_path):
    source = shared_corpus / "kawaguchi-cci_evaluation-R6_plan-R5-R7.txt"
    out = tmp_path / "next.yaml"
    assert run("draft", source, "--evaluation", source, "--start-fy", 2025, "-o", out).exit_code == 0
    plan = load_document(out, kind="plan")
    rows = {t.indicator: t for t in plan.item("economic_trends").targets}
    assert rows["ア 中小企業景況調査実施・公開回数"].baseline == 4
    assert rows["イ LOBO 調査実施・公開回数"].baseline == 12
    assert rows["ア 市内主要産業団体との情報交換会"].baseline == 0
    assert rows["イ 市内金融機関との連絡会議"].baseline == 1
    assert rows["エ 緊急アンケート調査実施・公開回数"].baseline == 10
    text = out.read_text(encoding="utf-8")
    assert text.count("# 現行: 令和6年度の実績") == 5
    # a three-year plan becomes five years: the two new years repeat the last one, with a comment
    assert rows["ア 中小企業景況調査実施・公開回数"].values == {str(y): 4 for y in range(2025, 2030)}
    assert "令和10年度、令和11年度 は旧計画の最終年度の値を仮に入れています" in text


def test_draft_comments_survive_editing(tmp_path):
    out = tmp_path / "next.yaml"
    r = run("draft", SYNTHETIC_PLAN, "--evaluation", SYNTHETIC_EVALUATION, "--start-fy", 2032, "-o", out)
    assert r.exit_code == 0, r.output
    text = out.read_text(encoding="utf-8")
    assert "# 現行: 令和9年度の実績（評価報告「事業計画策定事業者数" in text
    assert "  # 旧計画の期間の年（令和9年）が書かれています。新しい期間に合わせて書き直してください\n  region:" in text
    from ruamel.yaml import YAML

    doc = load_round_trip(text)
    doc["items"][3]["targets"][1]["values"]["2032"] = 16  # a user edits the draft
    buf = io.StringIO()
    YAML().dump(doc, buf)
    edited = tmp_path / "edited.yaml"
    edited.write_text(buf.getvalue(), encoding="utf-8")
    assert "# 現行: 令和9年度の実績（評価報告「事業計画策定事業者数" in buf.getvalue()
    assert load_document(edited, kind="plan").items[3].targets[1].values["2032"] == 16
    assert run("generate", edited, "-o", tmp_path / "next.docx").exit_code == 0


def test_draft_refuses_to_overwrite(tmp_path):
    out = tmp_path / "next.yaml"
    out.write_text("mine")
    r = run("draft", SYNTHETIC_PLAN, "--start-fy", 2032, "-o", out)
    assert r.exit_code == 2 and out.read_text() == "mine"


def test_report_page(tmp_path):
    out = tmp_path / "report.html"
    r = run("report", SYNTHETIC_EVALUATION, "--plan", SYNTHETIC_PLAN, "-o", out)
    assert r.exit_code == 0, r.output
    html = out.read_text(encoding="utf-8")
    assert "<h2>別表1 6. 事業計画策定支援に関すること</h2>" in html and html.count("<svg") >= 5
    assert re.search(r'<td>事業計画策定事業者数</td><td class="n">15者</td><td class="n">12者</td>'
                     r'<td class="g C">C</td>', html)
    assert not re.search(r"(src|href)=\"(https?:)?//", html) and "<script" not in html


def test_report_escapes_everything_read_from_a_report(tmp_path):
    """A hostile report's grade, unit, activity and organisation come out as text, never markup."""
    path = _evaluation_yaml(tmp_path, [
        {"item_key": "plan_formulation", "activity": "<script>alert(1)</script>セミナー", "target": 2, "actual": 1,
         "unit": "回<img src=x onerror=alert(3)>", "grade": 'C" onmouseover="alert(2)'}])
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    doc["organization"] = "</title><script>alert(4)</script>"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "report.html"
    assert run("report", path, "-o", out).exit_code == 0
    html = out.read_text(encoding="utf-8").replace("&#34;", "&quot;")  # one character, two spellings
    assert "<script" not in html and "<img" not in html and 'onmouseover="' not in html
    assert "&lt;img src=x onerror=alert(3)&gt;" in html and "C&quot; onmouseover=&quot;alert(2)" in html
    assert '<td class="g">C&quot; onmouseover=&quot;alert(2)</td>' in html  # no class from the text
    assert "&lt;/title&gt;&lt;script&gt;alert(4)&lt;/script&gt;" in html


@pytest.mark.parametrize("activity, name", [
    # the name on the cell's first line, the description below it
    ("①景況調査(年4回) 町内の小規模事業者50者を対象に四半期ごとに実施し、HPで公表する。", "①景況調査(年4回)"),
    ("「柏の景気情報調査」 (毎月1回) 柏市内100事業所に売上増減…", "「柏の景気情報調査」 (毎月1回)"),
    ("「事業計画の策定」 ①経営指導員による伴走型支援", "「事業計画の策定」"),
    ("・外部講習会等の積極的活用 日商・中小企業大学校等が主催する研修会に参加", "外部講習会等の積極的活用"),
    ("①一般消費者(女性 向け)アンケート 「競争力ある商品」を目的に", "①一般消費者(女性 向け)アンケート"),
    # 名称：説明
    ("巡回訪問：経営指導員が四半期ごとに訪問する", "巡回訪問"),
    # running text: the first sentence
    ("フォローアップの密度を高める。目標として年間60社とする。", "フォローアップの密度を高める"),
    # a name alone
    ("事業計画策定支援事業者の売上増加事業者数(事後指導対象事業者数の30%、年間18社)",
     "事業計画策定支援事業者の売上増加事業者数(事後指導対象事業者数の30%、年間18社)"),
])
def test_an_activitys_name_is_told_from_its_description(activity, name):
    from hattatsu.report.committee import activity_name

    assert activity_name(activity) == name


def test_report_rows_are_named_charts_keep_whole_labels_and_empty_rows_have_no_grade(tmp_path):
    long_name = "事業計画策定支援事業者の経常利益増加事業者数(事後指導対象事業者数の20%、年間12社)"
    path = _evaluation_yaml(tmp_path, [
        {"item_key": "plan_formulation", "activity": "「事業計画の策定」 ①経営指導員による伴走型支援と外部専門家",
         "target": 60, "actual": 28, "unit": "件", "grade": "D"},
        {"item_key": "plan_formulation", "activity": long_name, "target": 12, "actual": 3, "unit": "社",
         "grade": "C"},
        {"item_key": "plan_formulation", "activity": "・OJT制度の導入 若手経営指導員及び一般職員が専門家と",
         "grade": "B"}])
    out = tmp_path / "report.html"
    assert run("report", path, "-o", out).exit_code == 0
    html = out.read_text(encoding="utf-8")
    labels = re.findall(r"<tr><td>([^<]*)</td>", html)
    assert labels == ["「事業計画の策定」", long_name, "OJT制度の導入"]
    assert '<tr><td>OJT制度の導入</td><td class="n"></td><td class="n"></td><td class="g"></td></tr>' in html
    [svg] = re.findall(r"<svg.*?</svg>", html, re.S)
    texts = ["".join(re.findall(r"<tspan[^>]*>([^<]*)</tspan>", t))
             for t in re.findall(r"<text[^>]*>(<tspan.*?)</text>", svg)]
    assert texts == ["「事業計画の策定」", long_name]  # whole, however long
    from hattatsu.normalize import display_width
    from hattatsu.report.committee import LABEL_COLUMNS

    lines = re.findall(r"<tspan[^>]*>([^<]*)</tspan>", svg)
    assert len(lines) > 2 and all(display_width(line) <= LABEL_COLUMNS for line in lines)
    bar_x = int(re.search(r'<rect x="(\d+)"', svg).group(1))
    assert bar_x >= max(display_width(line) for line in lines) * 11 / 2  # the labels end before the bars

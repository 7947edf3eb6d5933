"""Form versions (2014, 2019, 2025), 概要-only documents and older plans.

The older plans here are written from the synthetic plan in corpus/ the way plans of
平成27年 were: one implementer (no 市町村 before the 2019 law change), 平成 dates past
31, no 目標の達成に向けた方針, no 法定経営指導員, one contact in 別表2.
"""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from click.testing import CliRunner

from hattatsu.check import RULES, Selection, check_document
from hattatsu.cli import main
from hattatsu.extract import extract_bytes
from hattatsu.extract.sections.summary import implementers
from hattatsu.form_versions import FORM_VERSIONS, detect_form_version
from hattatsu.model import Implementer, LegalAdvisor, Organization, Period, PeriodRange, Plan, Summary
from hattatsu.normalize import find_period
from tests.conftest import SYNTHETIC_PLAN

TEXT = SYNTHETIC_PLAN.read_text(encoding="utf-8")


def _edit(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new)


def _cut(text: str, start: str, end: str) -> str:
    i = text.index(start)
    return text[:i] + text[text.index(end, i):]


def older_plan(start_fy: int = 2015) -> str:
    """The synthetic plan as a chamber wrote it before 2019, its period moved to start_fy."""
    t = _edit(TEXT, "みどり川町商工会（法人番号 4400005009876） みどり川町（地方公共団体コード 993018）",
              "みどり川町商工会（法人番号：4400005009876）")
    t = _cut(t, "(2) 目標の達成に向けた方針", "I. 経営発達支援事業の内容")
    t = _cut(t, "(2) 商工会及び商工会議所による小規模事業者の支援", "(3) 商工会、関係市町村連絡先")
    t = _edit(t, "(3) 商工会、関係市町村連絡先", "(2) 連絡先")
    t = _cut(t, "②関係市町村", "(別表3)")
    t = _edit(t, "法定経営指導員\t2名\n経営指導員\t1名", "経営指導員\t3名")
    t = _edit(t, "(令和8年12月現在)", "(平成27年1月現在)")
    # every fiscal year and the period moved by the same number of years, written in 平成 when
    # the form was: 平成 years past 31 were written before the era changed (平成32年 = 2020)
    shift = start_fy - 2027

    def year(m: re.Match) -> str:
        y = 2018 + int(m.group(1)) + shift
        return f"平成{y - 1988}年{m.group(2)}" if start_fy < 2019 else f"令和{y - 2018}年{m.group(2)}"

    return re.sub(r"令和(\d+)年(度|4月1日|3月31日)", year, t)


def extract(text: str) -> Plan:
    [plan] = extract_bytes(text.encode("utf-8"), "plan.txt")
    return plan


def findings(plan: Plan) -> list[tuple[str, str, str]]:
    return [(f.rule, f.severity, f.section) for f in check_document(plan, Selection(), "plan.txt").findings]


# --- which version a plan follows ------------------------------------------------------

def _plan(start: dt.date | None = None, municipality: bool = False, advisors: bool = False,
          wide: bool | None = None) -> Plan:
    imps = [Implementer(name="A商工会", type="society")]
    if municipality:
        imps.append(Implementer(name="A町", type="municipality", local_gov_code="993018"))
    org = Organization(legal_advisors=[LegalAdvisor(name="山田 花子")] if advisors else [], wide_area_advisor=wide)
    period = PeriodRange(start=start, end=dt.date(start.year + 5, 3, 31)) if start else None
    return Plan(summary=Summary(implementers=imps, period=period), organization=org)


@pytest.mark.parametrize(("plan", "version"), [
    (_plan(dt.date(2015, 4, 1)), "2014"),
    (_plan(dt.date(2019, 4, 1)), "2014"),  # the law changed during 令和元年度: content decides
    (_plan(dt.date(2019, 4, 1), municipality=True), "2019"),
    (_plan(dt.date(2019, 4, 1), advisors=True), "2019"),
    (_plan(dt.date(2020, 4, 1)), "2019"),
    (_plan(dt.date(2025, 4, 1), wide=False), "2019"),  # the period decides when it is known
    (_plan(dt.date(2026, 4, 1)), "2025"),  # 令和8年度 and later
    (_plan(dt.date(2031, 4, 1)), "2025"),
    (_plan(wide=True), "2025"),  # no period: the content
    (_plan(advisors=True), "2019"),
    (_plan(municipality=True), "2019"),
    (_plan(), None),
    (Plan(period=Period(start=dt.date(2016, 4, 1), end=dt.date(2021, 3, 31))), "2014"),
    (Plan(period=Period(fiscal_years=[2023, 2024, 2025])), "2019"),
])
def test_form_version_from_period_and_content(plan, version):
    assert detect_form_version(plan) == version


def test_extracted_plans_record_their_version():
    assert extract(TEXT).form_version == "2025"
    assert extract(older_plan(2015)).form_version == "2014"
    assert extract(older_plan(2021)).form_version == "2019"


def test_real_plans_record_their_version(shared_corpus):
    for name, version in [("kanazawa-cci_plan_R8-R12.txt", "2025"), ("takasaki-gunma_plan_R8-R12.txt", "2025"),
                          ("kawaguchi-cci_evaluation-R6_plan-R5-R7.txt", "2019")]:
        plan = next(d for d in extract_bytes((shared_corpus / name).read_bytes(), name) if d.kind == "plan")
        assert plan.form_version == version, name


def test_version_one_data_without_form_version_still_reads():
    data = json.loads(extract(TEXT).model_dump_json())
    del data["form_version"]
    plan = Plan.model_validate(data)
    assert plan.form_version is None and detect_form_version(plan) == "2025"
    assert findings(plan) == []


# --- rules declare the versions they apply to -----------------------------------------

def test_every_rule_declares_its_versions():
    for r in RULES.values():
        assert r.versions and set(r.versions) <= set(FORM_VERSIONS), r.id
    assert RULES["legal-advisor-missing"].versions == ("2019", "2025")
    assert RULES["wide-area-advisor-unstated"].versions == ("2025",)
    assert RULES["municipality-missing"].versions == ("2019", "2025")
    assert RULES["period-not-five-years"].versions == FORM_VERSIONS


def test_rules_listing_shows_versions():
    runner = CliRunner()
    listed = json.loads(runner.invoke(main, ["rules", "--format", "json"]).stdout)
    versions = {r["rule"]: r["versions"] for r in listed}
    assert versions["wide-area-advisor-unstated"] == ["2025"]
    assert versions["legal-advisor-missing"] == ["2019", "2025"]
    assert versions["section-missing"] == ["2014", "2019", "2025"]
    text = runner.invoke(main, ["rules"]).stdout
    line = next(ln for ln in text.splitlines() if ln.startswith("wide-area-advisor-unstated"))
    assert "2025" in line and "2014" not in line and "2019" not in line


def test_a_2014_plan_is_not_told_to_have_what_its_form_did_not_ask_for():
    plan = extract(older_plan(2015))
    assert plan.organization.legal_advisors == [] and plan.policies == []
    assert [i.type for i in plan.summary.implementers] == ["society"]
    assert findings(plan) == []


# (start fiscal year, findings the same older plan must get)
LATER_FORMS = {
    2021: {("legal-advisor-missing", "error", "organization"), ("municipality-missing", "error", "summary"),
           ("organization-contact-missing", "warning", "organization"), ("section-missing", "error", "policies")},
    2026: {("legal-advisor-missing", "error", "organization"), ("municipality-missing", "error", "summary"),
           ("organization-contact-missing", "warning", "organization"), ("section-missing", "error", "policies"),
           ("wide-area-advisor-unstated", "error", "organization")},
}


@pytest.mark.parametrize("start_fy", LATER_FORMS)
def test_the_same_plan_under_a_later_form_is_told_what_that_form_asks(start_fy):
    assert set(findings(extract(older_plan(start_fy)))) == LATER_FORMS[start_fy]


def test_unknown_version_gets_only_the_rules_of_every_version():
    plan = _plan()  # no period, no advisor, no 広域 statement, no 市町村
    assert detect_form_version(plan) is None
    got = {f[0] for f in findings(plan)}
    assert not got & {"legal-advisor-missing", "wide-area-advisor-unstated", "municipality-missing"}


# --- older plans: implementers, 法人番号, 平成 dates -------------------------------------

@pytest.mark.parametrize("text", [
    "みどり川町商工会（法人番号 4400005009876）",
    "みどり川町商工会（法人番号：4400005009876）",
    "みどり川町商工会（法人番号:4400005009876）",
    "みどり川町商工会 (法人番号 : 4400005009876)",
    "みどり川町商工会（法人番号（13桁）：4400005009876）",
    "みどり川町商工会（法人番号　４４００００５００９８７６）",
    "みどり川町商工会 法人番号：4400005009876",
    "みどり川町商工会（法人番号：4400-0050-0987-6）",
    "みどり川町商工会（法人番号：4 4000 0500 9876）",
])
def test_corporate_number_written_in_any_way(text):
    assert implementers(text) == [Implementer(name="みどり川町商工会", type="society",
                                              corporate_number="4400005009876")]


@pytest.mark.parametrize(("text", "expected"), [
    ("みどり川町商工会", [("みどり川町商工会", "society", None)]),
    ("みどり川商工会議所 会頭 山田 太郎", [("みどり川商工会議所", "chamber", None)]),
    ("みどり川町商工会（法人番号：4400005009876） みどり川町（地方公共団体コード：993018）",
     [("みどり川町商工会", "society", "4400005009876"), ("みどり川町", "municipality", "993018")]),
    ("みどり川町商工会 法人番号 4400005009876\nみどり川町 地方公共団体コード 993018",
     [("みどり川町商工会", "society", "4400005009876"), ("みどり川町", "municipality", "993018")]),
    ("みどり川町商工会（法人番号 4400005009876）、みどり川町（団体コード 993018）",
     [("みどり川町商工会", "society", "4400005009876"), ("みどり川町", "municipality", "993018")]),
    # named without numbers: a joint plan of two 商工会 and their towns; a person is not a town
    ("みどり川町商工会、かすみ野村商工会 みどり川町、かすみ野村",
     [("みどり川町商工会", "society", None), ("かすみ野村商工会", "society", None),
      ("みどり川町", "municipality", None), ("かすみ野村", "municipality", None)]),
    ("みどり川町商工会 会長 中村 一郎", [("みどり川町商工会", "society", None)]),
    # the label cell says 「実施者名（法人番号）」 and the value gives the numbers bare in brackets
    ("みどり川町商工会（4400005009876） みどり川町（993018）",
     [("みどり川町商工会", "society", "4400005009876"), ("みどり川町", "municipality", "993018")]),
    ("みどり川町商工会（法人番号：4400005009876） みどり川町",
     [("みどり川町商工会", "society", "4400005009876"), ("みどり川町", "municipality", None)]),
])
def test_implementers_of_older_and_newer_forms(text, expected):
    got = [(i.name, i.type, i.corporate_number or i.local_gov_code) for i in implementers(text)]
    assert got == expected


D = dt.date


@pytest.mark.parametrize(("text", "period"), [
    ("平成27年4月1日～平成32年3月31日", (D(2015, 4, 1), D(2020, 3, 31))),
    ("平成31年4月1日～平成36年3月31日", (D(2019, 4, 1), D(2024, 3, 31))),  # written before the era changed
    ("平成３１年４月１日～平成３６年３月３１日", (D(2019, 4, 1), D(2024, 3, 31))),
    ("平成 27 年 4 月 1 日から平成 32 年 3 月 31 日まで", (D(2015, 4, 1), D(2020, 3, 31))),
    ("平成元年4月1日～平成6年3月31日", (D(1989, 4, 1), D(1994, 3, 31))),
    ("令和元年10月1日～令和6年9月30日", (D(2019, 10, 1), D(2024, 9, 30))),
    ("H27.4.1～H32.3.31", (D(2015, 4, 1), D(2020, 3, 31))),
    ("R2.4.1～R7.3.31", (D(2020, 4, 1), D(2025, 3, 31))),
    ("平成27年度～平成31年度", (D(2015, 4, 1), D(2020, 3, 31))),  # fiscal years only: 4/1 to 3/31
    ("平成27年度から平成31年度までの5年間", (D(2015, 4, 1), D(2020, 3, 31))),
    ("平成27年4月～平成32年3月", (D(2015, 4, 1), D(2020, 3, 31))),  # months only: first to last day
    ("2015年4月1日～2020年3月31日", (D(2015, 4, 1), D(2020, 3, 31))),
    ("平成27年4月1日", (D(2015, 4, 1), None)),
    ("（5年間）", (None, None)),
])
def test_period_written_in_any_way(text, period):
    assert find_period(text) == period


@pytest.mark.parametrize("written", ["平成27年4月1日～平成32年3月31日", "平成27年度～平成31年度",
                                     "H27.4.1～H32.3.31", "平成27年4月～平成32年3月"])
def test_older_period_read_in_summary_and_body(written):
    text = older_plan(2015).replace("平成27年4月1日～平成32年3月31日", written)
    plan = extract(text)
    assert (plan.summary.period.start, plan.summary.period.end) == (D(2015, 4, 1), D(2020, 3, 31))
    assert (plan.period.start, plan.period.end) == (D(2015, 4, 1), D(2020, 3, 31))
    assert plan.period.fiscal_years == [2015, 2016, 2017, 2018, 2019]


def test_older_organization_reads_its_one_contact():
    org = extract(older_plan(2015)).organization
    assert [c.email for c in org.contacts] == ["info@midorigawa-shokokai.example.jp"]
    assert org.wide_area_advisor is None and org.as_of == "2015-01"


# --- a document holding only the 概要 ------------------------------------------------------

def summary_only(text: str) -> str:
    return text[:text.index("(別表1)")]


@pytest.mark.parametrize("text", [summary_only(TEXT), summary_only(older_plan(2015)),
                                  # the 概要 written as labelled lines instead of a table
                                  re.sub(r"^(実施者名|実施期間|目標|事業内容|連絡先)\t", r"\1：",
                                         summary_only(TEXT), flags=re.M),
                                  # a note under the 概要 table, as published 概要 pages carry
                                  summary_only(TEXT) + "※記載内容は認定申請時のものです。\n"],
                         ids=["2025", "2014", "lines", "note"])
def test_a_summary_only_document_is_a_plan_with_its_summary(text):
    plan = extract(text)
    assert plan.kind == "plan"
    assert plan.summary.implementers and plan.summary.period.start is not None
    assert len(plan.summary.objectives) == 3
    assert [a.number for a in plan.summary.activities] == [3, 4, 5, 6, 7, 8]
    assert plan.goals is plan.period is plan.organization is plan.funding is plan.partners is None
    assert plan.items == [] and plan.policies == []
    assert plan.is_summary_only()
    # one finding that says what the document is, not one per missing 別表
    assert findings(plan) == [("summary-only", "warning", "summary")]


def test_a_summary_only_document_is_still_checked_for_what_it_holds():
    text = summary_only(TEXT).replace("4400005009876", "4400005009875")
    got = findings(extract(text))
    assert ("corporate-number-invalid", "error", "summary") in got and ("summary-only", "warning", "summary") in got
    assert not any(rule == "section-missing" for rule, _, _ in got)


def test_a_body_whose_headings_were_missed_is_not_taken_for_a_summary():
    body = "\n\n".join(f"当会の取組その{i}について述べる。" for i in range(30))
    plan = extract(summary_only(TEXT) + body)
    assert not plan.is_summary_only()
    assert ("section-missing", "error", "period") in findings(plan)


def test_a_full_plan_is_not_summary_only():
    plan = extract(TEXT)
    assert not plan.is_summary_only() and plan.partners is not None


def test_a_draft_follows_the_form_of_its_new_period():
    from hattatsu.draft import draft_plan

    drafted, _ = draft_plan(extract(older_plan(2015)), [], 2027)
    assert drafted.form_version == "2025"
    assert ("legal-advisor-missing", "error", "organization") in findings(drafted)


def test_a_summary_only_document_generates():
    import io

    from docx import Document

    from hattatsu.generate import render_plan

    data, _ = render_plan(extract(summary_only(TEXT)))
    doc = Document(io.BytesIO(data))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert any("みどり川町商工会" in c for c in cells)


@pytest.mark.parametrize("line", ["実施期間：平成27年4月1日～平成32年3月31日", "実施期間 平成27年度～平成31年度",
                                  "実施期間：H27.4.1～H32.3.31", "【実施期間】平成27年4月1日～平成32年3月31日"])
def test_2014_form_states_the_period_on_a_labelled_line(line):
    """The 2014 form: 「経営発達支援事業の内容及び実施期間」, then the period on a labelled line."""
    text = _edit(older_plan(2015), "2. 経営発達支援計画の実施期間、目標の達成方針\n\n(1) 経営発達支援事業の実施期間"
                 "（平成27年4月1日～平成32年3月31日）", f"経営発達支援事業の内容及び実施期間\n\n{line}")
    plan = extract(text)
    assert (plan.period.start, plan.period.end) == (D(2015, 4, 1), D(2020, 3, 31))
    assert findings(plan) == []


@pytest.mark.parametrize("fmt", ["text", "docx"])
def test_a_summary_only_file_checks_with_one_warning_and_exit_zero(fmt, tmp_path):
    from hattatsu.check import check_file
    from tests.build_documents import build_docx

    path = tmp_path / "summary.txt"
    path.write_text(summary_only(older_plan(2015)), encoding="utf-8")
    if fmt == "docx":
        path = build_docx(path, tmp_path / "summary.docx")
    [report] = check_file(path, Selection())
    assert report.kind == "plan" and report.ok
    assert [(f.rule, f.severity) for f in report.findings] == [("summary-only", "warning")]

"""The synthetic plan in corpus/: every section, read in every encoding plans come in."""

import pytest

from hattatsu.extract import extract_bytes
from tests.conftest import SYNTHETIC_PLAN


@pytest.fixture(scope="module")
def plan():
    return extract_bytes(SYNTHETIC_PLAN.read_bytes(), str(SYNTHETIC_PLAN))[0]


def test_every_section(plan):
    assert [i.name for i in plan.summary.implementers] == ["みどり川町商工会", "みどり川町"]
    assert plan.summary.implementers[0].type == "society"
    assert plan.period.fiscal_years == [2027, 2028, 2029, 2030, 2031]
    assert [i.key for i in plan.items] == [
        "economic_trends", "demand_trends", "business_analysis", "plan_formulation",
        "post_plan_support", "new_demand", "evaluation", "staff_development",
        "knowhow_exchange", "regional_revitalization"]
    assert [i.part for i in plan.items] == ["I"] * 6 + ["II"] * 4
    t = plan.item("business_analysis").targets[0]
    assert (t.baseline, t.values, t.unit) == (20, {"2027": 30, "2028": 30, "2029": 35, "2030": 35, "2031": 40}, "者")
    assert plan.item("new_demand").targets[1].unit == "万円"
    assert [a.name for a in plan.organization.legal_advisors] == ["山田 花子", "佐藤 一郎"]
    assert plan.organization.as_of == "2026-12"


def test_funding_groups(plan):
    f = plan.funding
    assert f.total == {"2027": 3300, "2028": 3300, "2029": 3500, "2030": 3500, "2031": 3700}
    assert [(line.name, line.group) for line in f.lines] == [
        ("経済動向調査費", "(調査・分析)"), ("需要動向調査費", "(調査・分析)"),
        ("セミナー開催費", "(支援)"), ("専門家派遣費", "(支援)"), ("物産展出展支援費", "(支援)")]
    for fy in map(str, f.fiscal_years):
        assert sum(line.amounts[fy] for line in f.lines) == f.total[fy]
    assert f.sources == ["会費", "国補助金", "架空県補助金", "みどり川町補助金", "事業収入"]


def test_partners_listed(plan):
    p = plan.partners
    assert p.declared == "listed"
    assert [(e.name, e.representative, e.role) for e in p.entries] == [
        ("みどり川信用金庫", "鈴木 太郎", "融資と経営相談"),
        ("一般社団法人みどり川観光協会", "田中 次郎", "イベントの企画運営")]


@pytest.mark.parametrize("encoding", ["cp932", "euc_jis_2004", "utf-8-sig"])
def test_encodings_give_the_same_plan(encoding):
    # EUC-JP has no FULLWIDTH TILDE: such files write the wave dash 〜 instead
    text = SYNTHETIC_PLAN.read_text(encoding="utf-8").replace("～", "〜")
    utf8 = extract_bytes(text.encode("utf-8"), "x.txt")[0]
    other = extract_bytes(text.encode(encoding), "x.txt")[0]
    assert other.source.encoding == encoding
    assert other.model_dump(exclude={"source"}) == utf8.model_dump(exclude={"source"})
    assert other.period.fiscal_years == [2027, 2028, 2029, 2030, 2031]

"""The three real corpus plans against hand-checked golden files, field by field."""

import pytest

from hattatsu.extract import extract_file
from hattatsu.narrative import plain_text
from tests.golden_compare import compare, golden_files, load_golden


@pytest.mark.parametrize("golden_path", golden_files(), ids=lambda p: p.stem)
def test_golden(golden_path, shared_corpus):
    golden = load_golden(golden_path)
    docs = extract_file(shared_corpus / golden["source"])
    plan = next(d for d in docs if d.kind == "plan")
    ok, total, diffs = compare(plan, golden)
    assert not diffs, f"{total - ok} of {total} fields differ:\n" + "\n".join(diffs)


def test_kawaguchi_holds_evaluation_then_plan(shared_corpus):
    docs = extract_file(shared_corpus / "kawaguchi-cci_evaluation-R6_plan-R5-R7.txt")
    assert [d.kind for d in docs] == ["evaluation", "plan"]


def test_kashiwa_is_an_evaluation_only(shared_corpus):
    docs = extract_file(shared_corpus / "kashiwa-cci_evaluation-R6.txt")
    assert [d.kind for d in docs] == ["evaluation"]


def test_kanazawa_text_parts(shared_corpus):
    plan = extract_file(shared_corpus / "kanazawa-cci_plan_R8-R12.txt")[0]
    assert plan.summary.activities[2].number == 5
    assert plan.summary.activities[2].key == "business_analysis"  # typo 「経営状況に分析」
    obj = plan.goals.objectives[0]
    assert obj.title == "地域資源を活かした商品・サービス開発支援"
    assert (obj.kgi[0].name, obj.kgi[0].value, obj.kgi[0].unit, obj.kgi[0].comparator) == (
        "粗利率が改善した企業割合", 30, "%", ">=")
    assert [(k.value, k.unit) for k in obj.kpi] == [(15, "社"), (5, "社")]
    assert plain_text(plan.goals.region).startswith("【金沢市の概要】")
    assert plain_text(plan.item("economic_trends").current_issues).startswith("現状")
    assert plan.item("economic_trends").activities[0].title == "①景況・業況動向調査（四半期毎）"
    assert plain_text(plan.item("plan_formulation").policy).startswith("計画の質が経営指導員個人のスキルに依存")
    assert [p.number for p in plan.policies] == [1, 2, 3, 4, 5]
    assert plan.organization.contacts[1].email == "sansei@city.kanazawa.lg.jp"


def test_takasaki_kpi_list(shared_corpus):
    plan = extract_file(shared_corpus / "takasaki-gunma_plan_R8-R12.txt")[0]
    kpi = plan.goals.objectives[0].kpi
    assert [(k.name, k.value, k.unit) for k in kpi] == [
        ("承継診断実施", 20, "社"), ("事業承継計画策定", 15, "社"), ("マッチング成立", 3, "件"),
        ("金融同意取得", 3, "件"), ("後継者研修修了", 8, "人")]
    assert plain_text(plan.goals.region).startswith("当地区における商工業者総数")  # its headings are missing

"""Rules on what a plan contains: sections, items, and the 概要 against the body."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from hattatsu.form_versions import at_least, form_version
from hattatsu.items import ITEMS, TITLES
from hattatsu.model import Plan
from hattatsu.sections import item_section

from .registry import Issue, rule


@rule("section-missing", "error", "*",
      "必須の様式・項目がない（任意の項目 11. がないときは警告、12. は情報）")
def section_missing(plan: Plan) -> Iterator[Issue]:
    if plan.is_summary_only():
        return  # summary-only says it once
    # 目標の達成に向けた方針 and the numbered 目標 of 1.(3) came with the 2019 form; a plan whose
    # version cannot be told is asked only for what every form asks
    since_2019 = at_least(form_version(plan), "2019")
    parts = [
        ("summary", plan.summary, "経営発達支援計画の概要", True),
        ("goals", plan.goals, "別表1 1. 目標", True),
        ("period", plan.period, "別表1 2.(1) 実施期間", True),
        ("policies", plan.policies, "別表1 2.(2) 目標の達成に向けた方針", since_2019),
        ("organization", plan.organization, "別表2 実施体制", True),
        ("funding", plan.funding, "別表3 必要な資金の額及びその調達方法", True),
    ]
    for section, value, name, asked in parts:
        if asked and not value:
            yield Issue(f"{name} がありません", section=section)
    if since_2019 and plan.goals and not plan.goals.objectives:
        yield Issue("別表1 1.(3) 経営発達支援事業の目標 がありません", section="goals")
    present = {i.key for i in plan.items}
    for key, title, required, _ in ITEMS:
        if key in present:
            continue
        severity = None if required else ("warning" if key == "knowhow_exchange" else "info")
        yield Issue(f"別表1 の項目「{title}」がありません", section=item_section(key), severity=severity)
    # 別表4 is needed only when there are partners: a plan without one gets no finding.


@rule("summary-only", "warning", "summary",
      "概要だけの文書（別表1～4 がなく、概要の項目だけを確かめた）")
def summary_only(plan: Plan) -> Iterator[Issue]:
    if plan.is_summary_only():
        yield Issue("概要だけの文書です。別表1～4 がないので、概要に書かれたこと（実施者、実施期間、連絡先）"
                    "だけを確かめました", plan.summary.location)


@rule("item-duplicated", "warning", "items", "同じ項目が二度出てくる")
def item_duplicated(plan: Plan) -> Iterator[Issue]:
    counts = Counter(i.key for i in plan.items if i.key)
    for key, n in counts.items():
        if n > 1:
            numbers = "、".join(str(i.number) for i in plan.items if i.key == key)
            yield Issue(f"「{TITLES[key]}」が {n} 回あります（{numbers}.）", section=item_section(key))


@rule("item-unrecognised", "warning", "items", "別表1 の項目の表題が様式のどの項目にも当たらない")
def item_unrecognised(plan: Plan) -> Iterator[Issue]:
    for item in plan.items:
        if item.key is None:
            yield Issue(f"{item.number}.「{item.title}」は様式のどの項目か分かりません", item.location)


@rule("item-heading-missing", "warning", "items",
      "別表1 の項目に見出しがなく、内容から項目を推定した（location.inferred）")
def item_heading_missing(plan: Plan) -> Iterator[Issue]:
    for item in plan.items:
        if item.location and item.location.inferred:
            yield Issue(f"{item.number}. の見出しがありません（内容から「{item.title}」と推定しました）",
                        item.location, section=item_section(item.key))


@rule("summary-item-not-in-body", "warning", "summary", "概要の事業内容に挙げた項目が別表1 にない")
def summary_item_not_in_body(plan: Plan) -> Iterator[Issue]:
    if not plan.summary or plan.is_summary_only():
        return
    body = {i.key for i in plan.items}
    for a in plan.summary.activities:
        if a.key and a.key not in body:
            yield Issue(f"概要の {a.number}.「{TITLES[a.key]}」が別表1 にありません", plan.summary.location)


@rule("summary-item-number-mismatch", "warning", "summary", "概要と別表1 で項目の番号が違う")
def summary_item_number_mismatch(plan: Plan) -> Iterator[Issue]:
    if not plan.summary:
        return
    numbers = {i.key: i.number for i in plan.items if i.key}
    # A 概要 that numbers the items on its own (from 1 where 別表1 starts at 3) is the plan's style:
    # only numbers off the offset most items share are findings.
    offsets = Counter(numbers[a.key] - a.number for a in plan.summary.activities if a.key in numbers)
    usual = offsets.most_common(1)[0][0] if offsets else 0
    for a in plan.summary.activities:
        if a.key in numbers and numbers[a.key] - a.number != usual:
            yield Issue(f"「{TITLES[a.key]}」は概要で {a.number}.、別表1 で {numbers[a.key]}. です",
                        plan.summary.location)


@rule("policy-count-mismatch", "warning", "policies", "目標の数と達成方針の数が違う", since="2019")
def policy_count_mismatch(plan: Plan) -> Iterator[Issue]:
    objectives = len(plan.goals.objectives) if plan.goals else 0
    # objectives written as one paragraph without numbers (older plans) do not say how many there are
    paragraph = objectives == 1 and plan.goals is not None and plan.goals.objectives[0].title is None
    if objectives and plan.policies and objectives != len(plan.policies) and not paragraph:
        yield Issue(f"目標が {objectives} つ、達成に向けた方針が {len(plan.policies)} つです")

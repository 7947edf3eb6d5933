"""Rules on evaluation reports: the report's own arithmetic and grading, and (with --plan)
its targets against the plan's."""

from __future__ import annotations

import re
from collections.abc import Iterator

from hattatsu.matching import matching_target
from hattatsu.model import Evaluation, EvaluationEntry, Plan
from hattatsu.normalize import compact, fiscal_year_label
from hattatsu.sections import item_section

from .registry import Issue, rule


def _name(entry: EvaluationEntry) -> str:
    return entry.activity if len(entry.activity) <= 30 else entry.activity[:30] + "…"


@rule("evaluation-achievement-mismatch", "error", "items", "達成率が 実績÷目標 と合わない", kind="evaluation")
def achievement_mismatch(ev: Evaluation) -> Iterator[Issue]:
    for e in ev.entries:
        if e.achievement is None or not e.target or e.actual is None:
            continue
        ratio = e.actual / e.target
        if abs(ratio - e.achievement) > 0.0006:
            yield Issue(f"「{_name(e)}」の達成率 {e.achievement:.1%} は 実績 {e.actual:g} ÷ 目標 {e.target:g} = "
                        f"{ratio:.1%} と合いません", e.location, item_section(e.item_key))


def grade_thresholds(ev: Evaluation) -> list[tuple[float, str]] | None:
    """(lowest achievement, grade) from a rule such as 「100%以上：A … 未満：E」, best first."""
    out = []
    for g in ev.grading:
        m = re.match(r"(\d+)\s*[%％]\s*以上", compact(g.text))
        if m:
            out.append((int(m.group(1)) / 100, g.grade))
        elif "未満" in g.text:
            out.append((float("-inf"), g.grade))
    return sorted(out, reverse=True) if len(out) >= 2 else None


@rule("evaluation-grade-mismatch", "error", "items", "評価（A–E）が報告書自身の基準に従っていない", kind="evaluation")
def grade_mismatch(ev: Evaluation) -> Iterator[Issue]:
    rules = grade_thresholds(ev)
    if not rules:
        return
    for e in ev.entries:
        if e.grade is None or e.achievement is None:
            continue
        expected = next(g for low, g in rules if e.achievement >= low)
        if expected != e.grade:
            yield Issue(f"「{_name(e)}」は達成率 {e.achievement:.1%} なので基準では {expected} ですが、"
                        f"{e.grade} と評価されています", e.location, item_section(e.item_key))


@rule("evaluation-target-mismatch", "warning", "items", "報告書の目標が計画のその年度の目標と違う（--plan）",
      kind="evaluation", needs_plan=True)
def target_mismatch(ev: Evaluation, plan: Plan) -> Iterator[Issue]:
    if ev.fiscal_year is None:
        return
    year = str(ev.fiscal_year)
    for e in ev.entries:
        if e.target is None:
            continue
        t = matching_target(plan, e)
        if t is None or t.values.get(year) is None:
            continue
        if abs(t.values[year] - e.target) > 1e-6:
            yield Issue(f"「{_name(e)}」の目標 {e.target:g} が、計画の {fiscal_year_label(ev.fiscal_year)} の目標 "
                        f"{t.values[year]:g}（{t.indicator}）と違います", e.location, item_section(e.item_key))

"""Rules on the 目標 of 別表1 1.(3): each objective is measured by a number (the 2025 form asks
for a KGI/KPI; earlier forms state the objectives in words)."""

from __future__ import annotations

from collections.abc import Iterator

from hattatsu.model import Plan

from .registry import Issue, rule


@rule("kpi-missing", "warning", "goals", "目標に数値の KGI も KPI もない", since="2025")
def kpi_missing(plan: Plan) -> Iterator[Issue]:
    if not plan.goals:
        return
    for o in plan.goals.objectives:
        if not any(i.value is not None for i in [*o.kgi, *o.kpi]):
            title = f"「{o.title}」" if o.title else ""
            yield Issue(f"目標 {o.number}{title} に数値の KGI・KPI がありません", plan.goals.location)

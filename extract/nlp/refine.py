"""The NLP pass over an extracted plan: KGI/KPI indicators re-read with GiNZA.

All statements of a plan go through ``nlp.pipe`` in one batch; a statement without
a measured quantity keeps its text as an indicator without a value.
"""

from __future__ import annotations

from hattatsu.model import Indicator, Plan
from hattatsu.narrative import plain_text

from ..sections.goals import statement_texts
from .indicators import parse_statements


def refine_plan(plan: Plan) -> Plan:
    if plan.goals is None or not plan.goals.objectives:
        return plan
    jobs: list[tuple[int, str, str]] = []  # (objective index, "kgi"|"kpi", statement)
    for n, o in enumerate(plan.goals.objectives):
        kgi, kpi = statement_texts((plain_text(o.text) or "").split("\n"))
        jobs.extend((n, "kgi", s) for s in kgi)
        jobs.extend((n, "kpi", s) for s in kpi)
    if not jobs:
        return plan
    found = parse_statements([s for _, _, s in jobs])
    fresh: dict[tuple[int, str], list[Indicator]] = {}
    for (n, kind, text), indicators in zip(jobs, found, strict=True):
        fresh.setdefault((n, kind), []).extend(indicators or [Indicator(text=text)])
    for n, o in enumerate(plan.goals.objectives):
        o.kgi = fresh.get((n, "kgi"), [])
        o.kpi = fresh.get((n, "kpi"), [])
    return plan

"""Rules on 別表3: the lines add up, the years are the plan's, 調達方法 is given."""

from __future__ import annotations

from collections.abc import Iterator

from hattatsu.model import Plan
from hattatsu.normalize import fiscal_year_label

from .registry import Issue, rule


@rule("funding-sum-mismatch", "error", "funding", "別表3 の明細の合計が必要な資金の額と合わない")
def funding_sum_mismatch(plan: Plan) -> Iterator[Issue]:
    f = plan.funding
    if not f or not f.lines:
        return
    sums = f.line_sums()
    for y in sorted(f.total, key=int):
        total = f.total[y]
        if total is None:
            continue
        got = sums.get(y, 0)
        if abs(got - total) > 1e-6:
            yield Issue(f"{fiscal_year_label(int(y))}: 明細の合計 {got:,g} {f.unit} が必要な資金の額 "
                        f"{total:,g} {f.unit} と {got - total:+,g} 違います", f.location)


@rule("funding-total-missing", "warning", "funding", "別表3 に必要な資金の額（合計）の行がない")
def funding_total_missing(plan: Plan) -> Iterator[Issue]:
    f = plan.funding
    if f and f.lines and not any(v is not None for v in f.total.values()):
        yield Issue("必要な資金の額の行がないので、明細の合計を確かめられません", f.location)


@rule("funding-years-mismatch", "warning", "funding", "別表3 の年度が計画の年度と違う")
def funding_years_mismatch(plan: Plan) -> Iterator[Issue]:
    f = plan.funding
    if not f or not plan.period or not plan.period.fiscal_years or not f.fiscal_years:
        return
    if f.fiscal_years != plan.period.fiscal_years:
        have = "、".join(fiscal_year_label(y) for y in f.fiscal_years)
        want = "、".join(fiscal_year_label(y) for y in plan.period.fiscal_years)
        yield Issue(f"別表3 の年度（{have}）が計画の年度（{want}）と違います", f.location)


@rule("funding-sources-missing", "error", "funding", "別表3 に調達方法が書かれていない")
def funding_sources_missing(plan: Plan) -> Iterator[Issue]:
    if plan.funding and not plan.funding.sources:
        yield Issue("調達方法がありません", plan.funding.location)

"""Rules on the 実施期間: five fiscal years from 4/1 to 3/31, the same in 概要 and 別表1."""

from __future__ import annotations

from collections.abc import Iterator

from hattatsu.model import Period, Plan
from hattatsu.normalize import fiscal_years_between, japanese_date

from .registry import Issue, rule


def _describe(start, end) -> str:
    return f"{japanese_date(start) if start else '（開始日なし）'}～{japanese_date(end) if end else '（終了日なし）'}"


@rule("period-not-five-years", "error", "period", "実施期間が 4月1日から3月31日までの5年度でない")
def period_not_five_years(plan: Plan) -> Iterator[Issue]:
    period = plan.period or (Period(start=plan.summary.period.start, end=plan.summary.period.end)
                             if plan.summary and plan.summary.period else None)
    if period is None:
        return
    start, end = period.start, period.end
    if start is None or end is None:
        yield Issue(f"実施期間の日付が読めません（{_describe(start, end)}）", period.location)
        return
    problems = []
    if (start.month, start.day) != (4, 1):
        problems.append("4月1日に始まっていません")
    if (end.month, end.day) != (3, 31):
        problems.append("3月31日に終わっていません")
    years = fiscal_years_between(start, end)
    if len(years) != 5:
        problems.append(f"{len(years)} 年度です")
    if problems:
        yield Issue(f"実施期間 {_describe(start, end)} は" + "、".join(problems), period.location)


@rule("period-mismatch", "error", "period", "概要と別表1 2.(1) の実施期間が違う")
def period_mismatch(plan: Plan) -> Iterator[Issue]:
    if not (plan.period and plan.summary and plan.summary.period):
        return
    a, b = plan.summary.period, plan.period
    if (a.start, a.end) != (b.start, b.end):
        yield Issue(f"概要は {_describe(a.start, a.end)}、別表1 2.(1) は {_describe(b.start, b.end)} です",
                    b.location)

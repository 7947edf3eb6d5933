"""Versions of the official form of a 経営発達支援計画, and which one a plan follows.

The form changed twice; each version is named by the year it changed:

- ``2014``: the form of the 2014 law change (小規模事業者支援法, the first plans): the
  商工会 or 商工会議所 alone implements the plan; no 法定経営指導員, no 目標の達成に向けた方針.
- ``2019``: after the 2019 law change: the 市町村 implements the plan with it (実施者名 and
  別表2 (3) name both), 別表2 (2) names the 法定経営指導員, 別表1 2.(2) states the 方針.
- ``2025``: for plans starting in 令和8年度 (FY2026) or later: 別表2 (2)③ states whether the
  経営指導員 is a 広域経営指導員, and the 目標 of 別表1 1.(3) carry a numeric KGI/KPI.
"""

from __future__ import annotations

from typing import get_args

from .model import FormVersion, Plan
from .normalize import fiscal_year_of

FORM_VERSIONS: tuple[str, ...] = get_args(FormVersion)

# The first fiscal year whose plans follow each version for certain (by their period).
FIRST_FISCAL_YEAR = {"2019": 2020, "2025": 2026}

DESCRIPTIONS = {
    "2014": "2014年法の様式（実施者は商工会・商工会議所のみ）",
    "2019": "2019年法改正後の様式（市町村が共同実施者、法定経営指導員）",
    "2025": "令和8年度からの様式（広域経営指導員の当否、KGI・KPI）",
}


def detect_form_version(plan: Plan) -> str | None:
    """The version a plan follows, read from its period and its content.

    The period decides when it is known: a plan starting in FY2026 or later follows 2025,
    in FY2020–2025 follows 2019. A plan starting in FY2019 or earlier follows 2014 unless it
    shows the 2019 form (a 市町村 among its implementers, a 法定経営指導員 named): the law
    changed during 令和元年度. Without a period the content alone decides (a 広域経営指導員
    statement: 2025); None when nothing tells.
    """
    start = _start_fiscal_year(plan)
    org = plan.organization
    shows_2019 = bool(org and org.legal_advisors) or bool(
        plan.summary and any(i.type == "municipality" for i in plan.summary.implementers))
    if start is not None:
        if start >= FIRST_FISCAL_YEAR["2025"]:
            return "2025"
        if start >= FIRST_FISCAL_YEAR["2019"] or shows_2019:
            return "2019"
        return "2014"
    if org and org.wide_area_advisor is not None:
        return "2025"
    return "2019" if shows_2019 else None


def form_version(plan: Plan) -> str | None:
    """The version recorded on the plan, else the one its data shows (data written without it)."""
    return plan.form_version or detect_form_version(plan)


def at_least(version: str | None, first: str) -> bool:
    """True when a known version is ``first`` or later."""
    return version is not None and FORM_VERSIONS.index(version) >= FORM_VERSIONS.index(first)


def _start_fiscal_year(plan: Plan) -> int | None:
    for period in (plan.period, plan.summary.period if plan.summary else None):
        if period and period.start:
            return fiscal_year_of(period.start)
    years = plan.fiscal_years()
    return years[0] if years else None

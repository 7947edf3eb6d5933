"""Rules on the 目標 tables of 別表1."""

from __future__ import annotations

import re
from collections.abc import Iterator

from hattatsu.items import TITLES, WITH_TARGETS
from hattatsu.model import Plan, Target
from hattatsu.normalize import compact, fiscal_year_label
from hattatsu.sections import item_section

from .registry import Issue, rule


def _label(t: Target) -> str:
    return f"「{t.indicator}」" if t.indicator else "（名前のない行）"


@rule("target-table-missing", "error", "items", "様式で目標を求める項目（3.～8.）に目標の表がない")
def target_table_missing(plan: Plan) -> Iterator[Issue]:
    for item in plan.items:
        if item.key in WITH_TARGETS and not item.targets:
            yield Issue(f"{item.number}.「{TITLES[item.key]}」に目標の表がありません", item.location,
                        item_section(item.key))


@rule("target-years-mismatch", "warning", "items", "目標の表の年度が計画の年度と違う")
def target_years_mismatch(plan: Plan) -> Iterator[Issue]:
    years = plan.fiscal_years()
    if not years:
        return
    for item in plan.items:
        seen: set[tuple[int, ...]] = set()
        for t in item.targets:
            have = tuple(sorted(int(y) for y in t.values))
            if have and list(have) != years and have not in seen:
                seen.add(have)
                yield Issue(f"{item.number}. の目標{_label(t)}の年度 {_span(list(have))} が計画の年度 "
                            f"{_span(years)} と違います", t.location, item_section(item.key))


def _span(years: list[int]) -> str:
    if not years:
        return "なし"
    if years == list(range(years[0], years[-1] + 1)):
        return f"{fiscal_year_label(years[0])}～{fiscal_year_label(years[-1])}"
    return "、".join(fiscal_year_label(y) for y in years)


@rule("target-value-missing", "warning", "items", "目標の表の年度の欄に数値がない")
def target_value_missing(plan: Plan) -> Iterator[Issue]:
    years = plan.fiscal_years()
    for item in plan.items:
        for t in item.targets:
            empty = [y for y in years if str(y) in t.values and t.values[str(y)] is None]
            if empty and len(empty) < len(t.values):
                cells = "、".join(f"{fiscal_year_label(y)}「{t.raw.get(str(y), '')}」" for y in empty)
                yield Issue(f"{item.number}. の目標{_label(t)}に数値のない年度があります（{cells}）",
                            t.location, item_section(item.key))


@rule("target-drops-to-zero", "warning", "items", "目標が前年度または現行から 0 に下がり、理由が書かれていない")
def target_drops_to_zero(plan: Plan) -> Iterator[Issue]:
    for item in plan.items:
        for t in item.targets:
            if t.note:
                continue
            previous = t.baseline
            for y in sorted(t.values, key=int):
                v = t.values[y]
                if v == 0 and previous:
                    yield Issue(f"{item.number}. の目標{_label(t)}が {fiscal_year_label(int(y))} に "
                                f"{previous:g} から 0 になっています", t.location, item_section(item.key))
                    break
                if v is not None:
                    previous = v


_PLANS = re.compile(r"(事業)?計画.{0,3}策定(事業者|者|件|社)")
_FOLLOWED = re.compile(r"フォローアップ.{0,4}(対象)?(事業者|者|件|社)")


@rule("follow-up-exceeds-plans", "warning", "items.post_plan_support",
      "フォローアップ対象事業者数がその年度と前年度の事業計画策定事業者数の和を超える")
def follow_up_exceeds_plans(plan: Plan) -> Iterator[Issue]:
    formulation, support = plan.item("plan_formulation"), plan.item("post_plan_support")
    if not formulation or not support:
        return
    plans = next((t for t in formulation.targets if _PLANS.search(compact(t.indicator))), None)
    followed = next((t for t in support.targets if _FOLLOWED.search(compact(t.indicator))), None)
    # (docs23, p2: a 延べ count 「フォローアップ件数（延べ）」 counts visits, several a business: not businesses)
    if not plans or not followed or "延べ" in followed.indicator:
        return
    previous = plans.baseline or 0
    for y in sorted(plans.values, key=int):
        made = plans.values.get(y)
        count = followed.values.get(y)
        if made is not None and count is not None and count > made + previous:
            yield Issue(f"{fiscal_year_label(int(y))} のフォローアップ対象 {count:g} が、事業計画策定 "
                        f"{made:g}（前年度または現行 {previous:g}）を上回っています", followed.location)
        previous = made or 0

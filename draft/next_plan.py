"""The next five-year plan from the current one and its evaluation reports.

Every year map moves to the five fiscal years from the new start (the old
plan's years by position; years the old plan did not have repeat its last
year, with a comment). Each target row's 現行 becomes the latest actual that an
evaluation report gives for it, else the old plan's last-year target. Text is
carried over; fields that name a year of the old period get a comment asking
for a rewrite. Comments are keyed by the path of the field they belong to.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from hattatsu.form_versions import detect_form_version
from hattatsu.matching import matching_target
from hattatsu.model import Evaluation, EvaluationEntry, Plan, Target
from hattatsu.normalize import compact, fiscal_year_label, nfkc, number_text

Path = tuple[str | int, ...]


def draft_plan(plan: Plan, evaluations: list[Evaluation], start_fy: int) -> tuple[Plan, dict[Path, str]]:
    """The drafted plan and the comments to write beside its fields."""
    old_years = plan.fiscal_years()
    if not old_years:
        raise ValueError("計画に年度がありません（実施期間も目標の表も読み取れないため、下書きを作れません）")
    new_years = list(range(start_fy, start_fy + 5))
    shift = start_fy - old_years[0]
    data = plan.model_dump(mode="json")
    comments: dict[Path, str] = {}
    moved = _YearMover(old_years, new_years, comments)

    data["source"] = None
    data["form_version"] = None  # the new period's form: read again below
    start, end = dt.date(start_fy, 4, 1).isoformat(), dt.date(start_fy + 5, 3, 31).isoformat()
    data["period"] = {**(data.get("period") or {}), "start": start, "end": end, "fiscal_years": new_years}
    if data.get("summary"):
        data["summary"]["period"] = {"start": start, "end": end}
    latest = _latest_actuals(plan, evaluations)
    for i, item in enumerate(data["items"]):
        for j, target in enumerate(item["targets"]):
            path: Path = ("items", i, "targets", j)
            target["values"] = moved(target["values"], (*path, "values"))
            target["raw"] = moved(target["raw"], (*path, "raw"), comment=False)
            _baseline(target, plan.items[i].targets[j], latest, old_years[-1], comments, path)
    if data.get("funding"):
        f = data["funding"]
        f["fiscal_years"] = new_years
        f["total"] = moved(f["total"], ("funding", "total"))
        f["total_raw"] = moved(f["total_raw"], ("funding", "total_raw"), comment=False)
        for k, line in enumerate(f["lines"]):
            line["amounts"] = moved(line["amounts"], ("funding", "lines", k, "amounts"))
            line["raw"] = moved(line["raw"], ("funding", "lines", k, "raw"), comment=False)
    org = data.get("organization")
    if org and org.get("as_of"):
        y, m = (int(x) for x in org["as_of"].split("-"))
        org["as_of"] = f"{y + shift:04d}-{m:02d}"
        comments[("organization", "as_of")] = (f"旧計画の {y}-{m:02d} を {shift} 年ずらしました。"
                                               "提出時の年月にしてください")
    _clear_locations(data)
    _flag_old_years(data, old_years, comments, ())
    drafted = Plan.model_validate(data)
    drafted.form_version = detect_form_version(drafted)
    return drafted, comments


class _YearMover:
    """Year maps re-keyed to the new fiscal years by position."""

    def __init__(self, old: list[int], new: list[int], comments: dict[Path, str]) -> None:
        self.old, self.new, self.comments = old, new, comments

    def __call__(self, values: dict[str, Any], path: Path, comment: bool = True) -> dict[str, Any]:
        if not values:
            return values
        olds = [values.get(str(y)) for y in self.old]
        out: dict[str, Any] = {}
        repeated = []
        for k, year in enumerate(self.new):
            if k < len(olds):
                out[str(year)] = olds[k]
            else:
                out[str(year)] = olds[-1]
                repeated.append(year)
        if repeated and comment:
            self.comments[path] = (f"{'、'.join(fiscal_year_label(y) for y in repeated)} は旧計画の最終年度の値を"
                                   "仮に入れています")
        return out


def _latest_actuals(plan: Plan, evaluations: list[Evaluation]) -> dict[int, tuple[EvaluationEntry, int]]:
    """id(target) → (entry, fiscal year) of the latest report that gives its actual."""
    found: dict[int, tuple[EvaluationEntry, int]] = {}
    for ev in sorted(evaluations, key=lambda e: e.fiscal_year or 0):
        for entry in ev.entries:
            if entry.actual is None:
                continue
            t = matching_target(plan, entry)
            if t is not None:
                found[id(t)] = (entry, ev.fiscal_year or 0)
    return found


def _baseline(target: dict[str, Any], original: Target, latest: dict, last_year: int,
              comments: dict[Path, str], path: Path) -> None:
    hit = latest.get(id(original))
    if hit:
        entry, year = hit
        target["baseline"] = entry.actual
        target["baseline_raw"] = number_text(entry.actual, entry.unit or original.unit)
        comments[(*path, "baseline")] = (f"現行: {fiscal_year_label(year)}の実績（評価報告「{entry.activity[:20]}」）")
        return
    last = original.values.get(str(last_year))
    target["baseline"] = last
    target["baseline_raw"] = original.raw.get(str(last_year)) if last is not None else None
    comments[(*path, "baseline")] = (f"現行: 旧計画の最終年度（{fiscal_year_label(last_year)}）の目標値。"
                                      "実績が分かれば置き換えてください")


def _clear_locations(node: Any) -> None:
    """Locations point into the old document: a draft has none."""
    if isinstance(node, dict):
        if "location" in node:
            node["location"] = None
        for v in node.values():
            _clear_locations(v)
    elif isinstance(node, list):
        for v in node:
            _clear_locations(v)


def _year_pattern(years: list[int]) -> re.Pattern[str]:
    """令和N年 / RN年 / YYYY年 of the old period (which ends in the calendar year after its last 年度 starts)."""
    span = [*years, years[-1] + 1]
    eras = "|".join(str(y - 2018) for y in span if y >= 2019) or "0"
    western = "|".join(str(y) for y in span)
    return re.compile(rf"(?:令和|R)(?:{eras})年|(?<!\d)(?:{western})年")


def _flag_old_years(node: Any, old_years: list[int], comments: dict[Path, str], path: Path) -> None:
    """A comment on every text field that names a year of the old period."""
    pattern = _year_pattern(old_years)
    if isinstance(node, dict):
        for k, v in node.items():
            _flag_old_years(v, old_years, comments, (*path, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            _flag_old_years(v, old_years, comments, (*path, i))
    elif isinstance(node, str) and path and path[-1] not in ("start", "end", "as_of"):
        m = pattern.search(compact(nfkc(node)))
        if m and path not in comments:
            comments[path] = f"旧計画の期間の年（{m.group(0)}）が書かれています。新しい期間に合わせて書き直してください"


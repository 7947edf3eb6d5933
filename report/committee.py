"""`hattatsu report`: one HTML page for the committee meeting — each item's targets and
actuals by year as a table, with a small inline SVG chart of achievement.

Everything read from a document (names, units, grades, the organisation) is escaped: the
page is shown in a browser and a report may be hostile."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from hattatsu.items import ITEMS
from hattatsu.matching import matching_target
from hattatsu.model import Evaluation, Plan
from hattatsu.normalize import compact, display_width, fiscal_year_label, number_text, wrap
from hattatsu.sections import item_name

from .pages import render_page

_OPENING, _CLOSING = "(（「『【[〔", ")）」』】]〕"


def activity_name(text: str) -> str:
    """An entry's activity without the description a report wrote with it in the same cell,
    by the first of these conventions that applies:

    - the name on the cell's first line and its description below it (read as one line, the
      break a space): the name ends at the first white space outside brackets, and a bracketed
      frequency right after it stays with it (「「柏の景気情報調査」 (毎月1回)」);
    - 「名称：説明」: the name ends at the first colon outside brackets;
    - running text: the name is its first sentence (up to 。).

    A list bullet before the name (・) is dropped; a text with none of these is the name."""
    s = text.strip().lstrip("・･‐- \u3000").strip()
    depth = 0
    for i, ch in enumerate(s):
        if ch in _OPENING:
            depth += 1
        elif ch in _CLOSING:
            depth = max(0, depth - 1)
        elif depth == 0 and len(s[:i].strip()) >= 2:
            if ch.isspace() and not s[i:].lstrip().startswith(("(", "（")):
                return s[:i].strip()
            if ch in "：:。":
                return s[:i].strip()
    return s


@dataclass
class _Row:
    name: str
    unit: str | None = None
    target: dict[int, float | None] = field(default_factory=dict)
    actual: dict[int, float | None] = field(default_factory=dict)
    grade: dict[int, str | None] = field(default_factory=dict)


def _rows(key: str, evaluations: list[Evaluation], plan: Plan | None) -> tuple[list[_Row], list[int]]:
    """The rows of one item: the plan's target rows, then each report's entries (an entry that
    reports on a plan row joins it; others are matched across years by name, the n-th entry
    of a name in a report to the n-th row of that name)."""
    rows: dict[object, _Row] = {}
    years: set[int] = set()
    item = plan.item(key) if plan else None
    if item:
        for t in item.targets:
            r = rows.setdefault(id(t), _Row(t.indicator, t.unit))
            for y, v in t.values.items():
                r.target[int(y)] = v
                years.add(int(y))
    for ev in evaluations:
        year = ev.fiscal_year or 0
        years.add(year)
        seen: dict[str, int] = {}
        for e in ev.entries:
            if e.item_key != key:
                continue
            t = matching_target(plan, e) if plan else None
            r = rows.get(id(t)) if t else None
            if r is None:
                name = activity_name(e.activity)
                seen[compact(name)] = seen.get(compact(name), 0) + 1
                r = rows.setdefault((compact(name), seen[compact(name)]), _Row(name, e.unit))
            if e.target is not None:
                r.target[year] = e.target
            r.actual[year] = e.actual
            r.grade[year] = e.grade
            r.unit = r.unit or e.unit
    return list(rows.values()), sorted(years)


def _grade(r: _Row, year: int) -> str:
    """The grade a row shows for a year: none when the row has neither target nor actual."""
    if r.target.get(year) is None and r.actual.get(year) is None:
        return ""
    return r.grade.get(year) or ""


_FONT = 11  # px of the chart's text; a full-width character is about this wide, a half-width one half
LABEL_COLUMNS = 40  # display columns (full-width = 2) a chart label is wrapped at


def _chart(rows: list[_Row], year: int) -> dict | None:
    """Achievement (実績÷目標) per row for one year, as horizontal bars with a 100% line.
    Labels are whole: wrapped at LABEL_COLUMNS, the label column as wide as the widest line."""
    bars = [(wrap(r.name, LABEL_COLUMNS), r.actual[year] / r.target[year]) for r in rows
            if r.target.get(year) and r.actual.get(year) is not None]
    if not bars:
        return None
    line_height = _FONT + 3
    label = max(display_width(line) for lines, _ in bars for line in lines) * _FONT // 2 + 12
    scale = 150  # 100% at label + scale … bars capped at 200%
    out, y = [], 6
    for lines, ratio in bars:
        row_height = max(22, line_height * len(lines) + 8)
        color = "#4a7" if ratio >= 1 else "#d94" if ratio >= 0.5 else "#c44"
        out.append({"lines": lines, "ratio": ratio, "y": y, "bar_y": y + (row_height - 22) // 2,
                    "width": min(ratio, 2.0) * scale, "color": color})
        y += row_height
    return {"bars": out, "label": label, "x100": label + scale, "width": label + 2 * scale + 48, "height": y + 18,
            "font": _FONT, "line_height": line_height, "caption": f"{fiscal_year_label(year)} 達成率"}


def render_report(evaluations: list[Evaluation], plan: Plan | None = None) -> str:
    """The committee's page, rendered from ``templates/committee.html``."""
    org = next((e.organization for e in evaluations if e.organization), None) or ""
    fys = sorted({e.fiscal_year for e in evaluations if e.fiscal_year})
    title = f"{org} 経営発達支援事業 実施状況（{'、'.join(fiscal_year_label(y) for y in fys)}）"
    period = ""
    if plan and plan.period and plan.period.fiscal_years:
        years = plan.period.fiscal_years
        period = f"　計画期間 {fiscal_year_label(years[0])}～{fiscal_year_label(years[-1])}"
    numbers = {i.key: i.number for i in reversed(plan.items) if i.key} if plan else {}
    sections = []
    for key, _, _, _ in ITEMS:
        rows, years = _rows(key, evaluations, plan)
        if rows:
            sections.append({"name": item_name(key, numbers), "rows": rows, "years": years,
                             "charts": [c for y in fys if (c := _chart(rows, y))]})
    return render_page("committee.html", title=title, period=period, today=dt.date.today().isoformat(),
                       sections=sections, year_label=fiscal_year_label, grade=_grade,
                       number=lambda v, unit: number_text(v, unit, grouping=True)) + "\n"

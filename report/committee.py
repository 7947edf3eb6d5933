"""`hattatsu report`: one HTML page for the committee meeting — each item's targets and
actuals by year as a table, with a small inline SVG chart of achievement."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from html import escape

from hattatsu.items import ITEMS
from hattatsu.matching import matching_target
from hattatsu.model import Evaluation, Plan
from hattatsu.normalize import compact, fiscal_year_label, number_text

_STYLE = """
body{font-family:"Noto Sans CJK JP","Hiragino Sans","Yu Gothic",Meiryo,sans-serif;margin:2em;color:#222}
h1{font-size:1.4em}h2{font-size:1.1em;margin-top:2em;border-bottom:2px solid #345}
table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #bbb;padding:.25em .5em;vertical-align:top}
th{background:#eef2f6}td.n{text-align:right}td.g{text-align:center;font-weight:bold}
.A{color:#1b5e20}.B{color:#33691e}.C{color:#8a5a00}.D,.E{color:#b00020}figure{margin:.5em 0}
"""


@dataclass
class _Row:
    name: str
    unit: str | None = None
    target: dict[int, float | None] = field(default_factory=dict)
    actual: dict[int, float | None] = field(default_factory=dict)
    grade: dict[int, str | None] = field(default_factory=dict)


def _rows(key: str, evaluations: list[Evaluation], plan: Plan | None) -> tuple[list[_Row], list[int]]:
    rows: dict[str, _Row] = {}
    years: set[int] = set()
    item = plan.item(key) if plan else None
    if item:
        for t in item.targets:
            r = rows.setdefault(str(id(t)), _Row(t.indicator, t.unit))
            for y, v in t.values.items():
                r.target[int(y)] = v
                years.add(int(y))
    for ev in evaluations:
        year = ev.fiscal_year or 0
        years.add(year)
        for e in ev.entries:
            if e.item_key != key:
                continue
            t = matching_target(plan, e) if plan else None
            name = compact(e.activity)
            r = rows.get(str(id(t))) if t else None
            if r is None:
                r = rows.setdefault(name, _Row(e.activity if len(e.activity) <= 40 else e.activity[:40] + "…", e.unit))
            if e.target is not None:
                r.target[year] = e.target
            r.actual[year] = e.actual
            r.grade[year] = e.grade
            r.unit = r.unit or e.unit
    return list(rows.values()), sorted(years)


def _chart(rows: list[_Row], year: int) -> str:
    """Achievement (実績÷目標) per row for one year, as horizontal bars with a 100% line."""
    bars = [(r.name, r.actual[year] / r.target[year]) for r in rows
            if r.target.get(year) and r.actual.get(year) is not None]
    if not bars:
        return ""
    width, label, scale = 560, 200, 150  # 100% at label + scale*2 … bars capped at 200%
    height = 22 * len(bars) + 24
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
             f'aria-label="{fiscal_year_label(year)} 達成率">']
    for i, (name, ratio) in enumerate(bars):
        y = 6 + 22 * i
        w = min(ratio, 2.0) * scale
        color = "#4a7" if ratio >= 1 else "#d94" if ratio >= 0.5 else "#c44"
        parts.append(f'<text x="0" y="{y + 13}" font-size="11">{escape(name[:16])}</text>')
        parts.append(f'<rect x="{label}" y="{y}" width="{w:.1f}" height="16" fill="{color}"/>')
        parts.append(f'<text x="{label + w + 4:.1f}" y="{y + 13}" font-size="11">{ratio:.0%}</text>')
    x100 = label + scale
    parts.append(f'<line x1="{x100}" y1="0" x2="{x100}" y2="{height - 14}" stroke="#333" stroke-dasharray="3,2"/>')
    parts.append(f'<text x="{x100 - 12}" y="{height - 2}" font-size="10">100%</text></svg>')
    return f"<figure>{''.join(parts)}<figcaption>{fiscal_year_label(year)} 達成率（実績÷目標）</figcaption></figure>"


def render_report(evaluations: list[Evaluation], plan: Plan | None = None) -> str:
    org = next((e.organization for e in evaluations if e.organization), None) or ""
    fys = sorted({e.fiscal_year for e in evaluations if e.fiscal_year})
    title = f"{org} 経営発達支援事業 実施状況（{'、'.join(fiscal_year_label(y) for y in fys)}）"
    out = ["<!DOCTYPE html>", '<html lang="ja"><head><meta charset="utf-8">', f"<title>{escape(title)}</title>",
           f"<style>{_STYLE}</style></head><body>", f"<h1>{escape(title)}</h1>",
           f"<p>作成日 {dt.date.today().isoformat()}"
           + (f"　計画期間 {fiscal_year_label(plan.period.fiscal_years[0])}～"
              f"{fiscal_year_label(plan.period.fiscal_years[-1])}" if plan and plan.period
              and plan.period.fiscal_years else "") + "</p>"]
    for key, item_title, _, _ in ITEMS:
        rows, years = _rows(key, evaluations, plan)
        if not rows:
            continue
        out.append(f"<h2>{escape(item_title)}</h2>")
        out.append("<table><tr><th rowspan=2>事業・指標</th>" + "".join(
            f"<th colspan=3>{fiscal_year_label(y)}</th>" for y in years) + "</tr><tr>" + "".join(
            "<th>目標</th><th>実績</th><th>評価</th>" for _ in years) + "</tr>")
        for r in rows:
            cells = "".join(f"<td class=n>{number_text(r.target.get(y), r.unit, grouping=True)}</td>"
                            f"<td class=n>{number_text(r.actual.get(y), r.unit, grouping=True)}</td>"
                            f'<td class="g {r.grade.get(y) or ""}">{r.grade.get(y) or ""}</td>' for y in years)
            out.append(f"<tr><td>{escape(r.name)}</td>{cells}</tr>")
        out.append("</table>")
        for y in fys:
            out.append(_chart(rows, y))
    out.append("</body></html>")
    return "\n".join(out) + "\n"

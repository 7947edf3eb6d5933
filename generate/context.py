"""The plan as the templates see it: strings and rows ready to print.

Templates stay simple (no arithmetic, no formatting): every table arrives as a
header and rows of cell texts, every text field as it should read. The
variables are documented in templates/README.md.
"""

from __future__ import annotations

import re
from itertools import groupby
from typing import Any

from hattatsu.model import Contact, Funding, Item, Organization, Plan, Target
from hattatsu.normalize import circled, fiscal_year_label, japanese_date, japanese_year_month, number_text

from .narrative_docx import NarrativeText, blocks_of, text_of
from .raw_text import drop_stale_raws

PART_HEADINGS = {
    "I": "Ⅰ．経営発達支援事業の内容",
    "II": "Ⅱ．経営発達支援事業の円滑な実施に向けた支援力向上のための取組",
    "III": "Ⅲ．地域経済の活性化に資する取組",
}
_UTILIZATION = {"economic_trends": "調査結果の活用", "demand_trends": "調査結果の活用",
                "business_analysis": "分析結果の活用"}
def build_context(plan: Plan) -> tuple[dict[str, Any], list[str]]:
    """The template context and the warnings found while building it (first, the cell texts
    that no longer say their edited numbers and are left out)."""
    plan, warnings = drop_stale_raws(plan)
    years = plan.fiscal_years()
    ctx: dict[str, Any] = {
        "plan": plan.model_dump(mode="json"),
        "summary": _summary(plan),
        "goals": _goals(plan),
        "period": {"text": _period_text(plan), "fiscal_years": years,
                   "labels": [fiscal_year_label(y) for y in years]},
        "policies": [{"heading": f"{circled(p.number)}{p.title or ''}", "text": NarrativeText(p.text)}
                     for p in plan.policies],
        "parts": _parts(plan, years),
        "organization": _organization(plan, warnings),
        "funding": _funding(plan.funding, warnings) if plan.funding else None,
        "partners": _partners(plan),
    }
    return ctx, warnings


def _period_text(plan: Plan) -> str:
    p = plan.period or (plan.summary.period if plan.summary else None)
    if not p or not p.start or not p.end:
        return ""
    return f"{japanese_date(p.start)}～{japanese_date(p.end)}"


def _summary(plan: Plan) -> dict[str, Any] | None:
    s = plan.summary
    if s is None:
        return None
    imps = []
    for imp in s.implementers:
        if imp.corporate_number:
            imps.append(f"{imp.name}（法人番号 {imp.corporate_number}）")
        elif imp.local_gov_code:
            imps.append(f"{imp.name}（地方公共団体コード {imp.local_gov_code}）")
        else:
            imps.append(imp.name)
    period = f"{japanese_date(s.period.start)}～{japanese_date(s.period.end)}" \
        if s.period and s.period.start and s.period.end else _period_text(plan)
    return {
        "implementers": imps,
        "period": period,
        "objectives": list(s.objectives),
        "activities": [f"{a.number}. {text_of(a.text)}" for a in s.activities],
        "contacts": [contact_lines(c) for c in s.contacts],
    }


def contact_lines(c: Contact) -> list[str]:
    """A contact block as the forms print it."""
    lines = []
    if c.postal_code or c.address:
        lines.append(" ".join(x for x in (f"〒{c.postal_code}" if c.postal_code else "", c.address or "") if x))
    name = " ".join(x for x in (c.organization, c.department) if x)
    if name:
        lines.append(name)
    tel = " ".join(x for x in (f"電話番号：{c.phone}" if c.phone else "", f"FAX 番号：{c.fax}" if c.fax else "") if x)
    if tel:
        lines.append(tel)
    if c.email:
        lines.append(f"メールアドレス：{c.email}")
    if c.url:
        lines.append(f"URL：{c.url}")
    return lines


def _goals(plan: Plan) -> dict[str, Any] | None:
    g = plan.goals
    if g is None:
        return None
    return {"region": NarrativeText(g.region), "long_term": NarrativeText(g.long_term),
            "objectives": [{"heading": f"{circled(o.number)}{o.title or ''}", "text": NarrativeText(o.text)}
                           for o in g.objectives]}


def _parts(plan: Plan, years: list[int]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    current = "I"
    for item in plan.items:
        part = item.part or current
        current = part
        if not out or out[-1]["part"] != part:
            out.append({"part": part, "heading": PART_HEADINGS[part], "entries": []})
        out[-1]["entries"].append(_item(item, years))
    return out


_SUBITEM = re.compile(r"^(\d+)\s*[-－‐]\s*(\d+)")


def _subitems(item: Item) -> list[str]:
    """The sub-items (8-1, 8-2 …) an item is divided into, in their order."""
    found = {t.subitem for t in item.targets if t.subitem}
    for text in (item.current_issues, item.policy, item.utilization):
        found.update(m.group(1) for m in re.finditer(r"^【(.+?)】$", text_of(text), re.M) if _SUBITEM.match(m.group(1)))
    def order(s: str) -> tuple[int, int]:
        m = _SUBITEM.match(s)
        return (int(m.group(1)), int(m.group(2))) if m else (999, 0)
    return sorted(found, key=order)


def _text_part(text, subitem: str | None, subitems: list[str]) -> NarrativeText:
    """The blocks of a text field under 【subitem】 (or before any marker when subitem is None):
    a paragraph or heading reading 「【8-1 …】」 starts a sub-item."""
    current: str | None = None
    out: list = []
    for block in blocks_of(text):
        line = text_of([block]) if block.type in ("heading", "paragraph") else ""
        m = re.fullmatch(r"【(.+?)】", line.strip())
        if m and m.group(1) in subitems:
            current = m.group(1)
            continue
        if current == subitem:
            out.append(block)
    return NarrativeText(out)


def _activities_of(item: Item, subitem: str | None, subitems: list[str]) -> list[dict[str, str]]:
    out = []
    for a in item.activities:
        owner = next((s for s in subitems if a.title and (a.title == s or a.title.startswith(s + " "))), None)
        if owner != subitem:
            continue
        title = (a.title or "")[len(owner):].strip() if owner else (a.title or "")
        out.append({"title": title, "text": NarrativeText(a.text)})
    return out


def _item(item: Item, years: list[int]) -> dict[str, Any]:
    subitems = _subitems(item)
    groups = []
    for subitem in [None, *subitems]:
        issues = _text_part(item.current_issues, subitem, subitems)
        policy = _text_part(item.policy, subitem, subitems)
        utilization = _text_part(item.utilization, subitem, subitems)
        targets = [t for t in item.targets if t.subitem == subitem]
        activities = _activities_of(item, subitem, subitems)
        sections: list[dict[str, Any]] = []
        if issues or (subitem is None and not subitems):
            sections.append({"kind": "current_issues", "title": "現状と課題", "text": issues})
        if policy:
            sections.append({"kind": "policy", "title": "支援に対する考え方", "text": policy})
        if targets:
            sections.append({"kind": "targets", "title": "目標", "tables": target_tables(targets, years)})
        if activities or (subitem is None and not subitems):
            sections.append({"kind": "activities", "title": "事業内容", "activities": activities})
        if utilization:
            sections.append({"kind": "utilization", "title": _UTILIZATION.get(item.key or "", "成果の活用"),
                             "text": utilization})
        for i, s in enumerate(sections, 1):
            s["heading"] = f"({i}) {s['title']}"
        if sections or subitem:
            groups.append({"title": subitem or "", "sections": sections})
    return {"number": item.number, "key": item.key, "title": item.title,
            "heading": f"{item.number}. {item.title}", "groups": groups}


def target_tables(targets: list[Target], years: list[int]) -> list[dict[str, Any]]:
    """One table per sub-item (8-1, 8-2 …), columns following the data: 公表方法 and 現行
    when a row has them, one per fiscal year, 計画期間合計 when a row has one."""
    out = []
    for subitem, rows in groupby(targets, key=lambda t: t.subitem):
        rows = list(rows)
        row_years = years or sorted({int(y) for t in rows for y in t.values})
        has_note = any(t.note for t in rows)
        has_base = any(t.baseline is not None or t.baseline_raw for t in rows)
        has_total = any(t.total is not None or t.total_raw for t in rows)
        units = {t.unit for t in rows}
        raw_has_units = all(_raw_has_unit(t) for t in rows)
        unit_note = None
        if not raw_has_units and len(units) == 1 and None not in units:
            unit_note = f"（単位：{next(iter(units))}）"
        header = (["公表方法"] if has_note else []) + (["現行"] if has_base else []) + \
            [fiscal_year_label(y) for y in row_years] + (["計画期間合計"] if has_total else [])
        table_rows = []
        group = None
        for t in rows:
            if t.group and t.group != group:
                table_rows.append({"label": t.group, "cells": [""] * len(header)})
            group = t.group
            # a cell printed from its number (no text, or a stale one dropped) reads like the
            # row's texts: with the unit unless the table notes it or the row writes bare numbers
            show_unit = None if unit_note or _bare_numbers(t) else t.unit
            cells = ([t.note or ""] if has_note else []) + \
                ([t.baseline_raw if t.baseline_raw is not None else number_text(t.baseline, show_unit)]
                 if has_base else []) + \
                [t.raw.get(str(y)) if t.raw.get(str(y)) is not None else number_text(t.values.get(str(y)), show_unit)
                 for y in row_years] + \
                ([t.total_raw if t.total_raw is not None else number_text(t.total, show_unit)] if has_total else [])
            table_rows.append({"label": t.indicator, "cells": cells})
        out.append({"subitem": subitem, "unit_note": unit_note, "corner": "", "header": header, "rows": table_rows})
    return out


def _raw_has_unit(t: Target) -> bool:
    """Whether the cells as written carry the unit (4回) rather than a bare number (4)."""
    if not t.unit:
        return True
    cells = [v for v in t.raw.values() if v] or []
    return bool(cells) and all(t.unit in c or not any(ch.isdigit() for ch in c) for c in cells)


def _bare_numbers(t: Target) -> bool:
    """Whether the row's cell texts are numbers without their unit (「4」 for 4回)."""
    return bool(t.unit) and any(any(ch.isdigit() for ch in c) and t.unit not in c
                                for c in (*t.raw.values(), t.baseline_raw or "", t.total_raw or ""))


def _organization(plan: Plan, warnings: list[str]) -> dict[str, Any] | None:
    org = plan.organization
    if org is None:
        return None
    as_of = japanese_year_month(org.as_of) if org.as_of else ""
    chamber = next((i for i in (plan.summary.implementers if plan.summary else []) if i.type != "municipality"), None)
    own = "商工会議所" if (chamber and chamber.type == "chamber") or (not chamber and _is_chamber(plan)) else "商工会"
    wide = ""
    first = org.legal_advisors[0].name if org.legal_advisors else "（氏名）"
    if org.wide_area_advisor is not None:
        verdict = "該当する" if org.wide_area_advisor else "該当しない"
        wide = f"申請書に記載の経営指導員 {first} は、施行規則第7条第2項に規定する広域経営指導員に{verdict}"
    else:
        warnings.append("別表2: 広域経営指導員の当否がデータにありません（空欄で出力します）")
    contacts = []
    for i, c in enumerate(org.contacts):
        heading = own if i == 0 else "関係市町村"
        contacts.append({"heading": f"{circled(i + 1)}{heading}", "lines": contact_lines(c)})
    return {
        "as_of": as_of,
        "structure": NarrativeText(org.structure),
        "structure_blocks": structure_blocks(org),
        "staff": [{"role": s.role, "count": f"{number_text(s.count)}名" if s.count is not None else ""}
                  for s in org.staff],
        "legal_advisors": [{"name": a.name, "contact": " ".join(x for x in (a.organization or "",
                                                                            f"TEL：{a.phone}" if a.phone else "") if x)}
                           for a in org.legal_advisors],
        "advice": NarrativeText(org.advice),
        "wide_area": wide,
        "contacts_heading": f"{own}、関係市町村連絡先",
        "contacts": contacts,
    }


_STAFF_LINE = re.compile(r"^(.+?)\s*(\d+)\s*名$")


def structure_blocks(org: Organization) -> list[dict[str, Any]]:
    """(1) 実施体制 as it reads: its blocks (text `lines` and the blocks as `text`), with the runs
    of 「役職 N名」 paragraphs drawn as the staff table in their place (or the table after the
    text when the text does not give the counts)."""
    roles = {s.role for s in org.staff}
    blocks: list[dict[str, Any]] = []
    placed = False
    for block in blocks_of(org.structure):
        m = _STAFF_LINE.match(block.text.strip()) if block.type == "paragraph" else None
        if m and m.group(1).strip() in roles:
            if not blocks or blocks[-1]["kind"] != "staff":
                blocks.append({"kind": "staff", "rows": []})
            count = block.text.strip()[m.end(1):].strip()  # 「1 名」 kept as written
            blocks[-1]["rows"].append({"role": m.group(1).strip(), "count": count})
            placed = True
        else:
            if not blocks or blocks[-1]["kind"] != "text":
                blocks.append({"kind": "text", "parts": []})
            blocks[-1]["parts"].append(block)
    for b in blocks:
        if b["kind"] == "text":
            b["text"] = NarrativeText(b.pop("parts"))
            b["lines"] = paragraphs_of(b["text"])
    stated = all(s.role in text_of(org.structure) for s in org.staff)  # a ※ list of counts in the text
    if not placed and org.staff and not stated:
        blocks.append({"kind": "staff", "rows": [
            {"role": s.role, "count": f"{number_text(s.count)}名" if s.count is not None else ""}
            for s in org.staff]})
    return blocks


def paragraphs_of(text: str | None) -> list[str]:
    return [line for line in (text or "").split("\n") if line.strip()]


def _is_chamber(plan: Plan) -> bool:
    org = plan.organization
    return bool(org and org.contacts and org.contacts[0].organization and "議所" in org.contacts[0].organization)


def funding_total(funding: Funding, warnings: list[str]) -> dict[str, float | None]:
    """必要な資金の額 by year: the given total, or the sum of the lines when none is given
    (with a warning when a given total disagrees with the lines)."""
    sums = funding.line_sums()
    total: dict[str, float | None] = {}
    for y in (str(fy) for fy in funding.fiscal_years):
        given = funding.total.get(y)
        if given is None:
            total[y] = sums.get(y)
        else:
            total[y] = given
            if sums.get(y) is not None and abs(sums[y] - given) > 1e-6:
                warnings.append(f"別表3 {fiscal_year_label(int(y))}: 必要な資金の額 "
                                f"{number_text(given, grouping=True)} が明細の合計 "
                                f"{number_text(sums[y], grouping=True)} と合いません")
    return total


def _funding(funding: Funding, warnings: list[str]) -> dict[str, Any]:
    years = [str(y) for y in funding.fiscal_years]
    total = funding_total(funding, warnings)
    rows = [{"label": "必要な資金の額",
             "cells": [funding.total_raw.get(y) or number_text(total.get(y), grouping=True) for y in years]}]
    group = None
    for line in funding.lines:
        if line.group and line.group != group:
            rows.append({"label": line.group, "cells": [""] * len(years)})
        group = line.group
        rows.append({"label": line.name, "cells": [line.raw.get(y) if line.raw.get(y) is not None
                                                   else number_text(line.amounts.get(y), grouping=True)
                                                   for y in years]})
    return {"unit": funding.unit, "header": [fiscal_year_label(int(y)) for y in years], "rows": rows,
            "total": total, "sources": "、".join(funding.sources)}


def _partners(plan: Plan) -> dict[str, Any] | None:
    """別表4: the form's table, empty when the plan names no partner (a plan without 別表4 gets
    the empty form to fill in), 「連携者なし」 when it says so; None for a 概要-only file."""
    p = plan.partners
    if p is None:  # a 概要-only document
        return None
    entries = []
    for i, e in enumerate(p.entries, 1):
        who = " ".join(x for x in (e.name or "", f"代表者 {e.representative}" if e.representative else "",
                                   f"住所：{e.address}" if e.address else "") if x)
        entries.append({"entry": f"{circled(i)}{who}", "content": f"{circled(i)}{e.content or ''}",
                        "role": f"{circled(i)}{e.role or ''}"})
    return {"declared": p.declared, "none": p.declared == "none", "entries": entries}

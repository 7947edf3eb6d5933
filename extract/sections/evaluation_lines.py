"""Evaluation entries from a report whose tables a converter broke into lines (Kawaguchi).

What survives the conversion, and is read here:
- the list of items with their grades (「①地域の経済動向調査に関すること … A」);
- data rows 「[label] 担当課 実績 目標 [備考]」 and the 「合計 実績 目標」 line that closes
  each item's rows (an item split in parts closes with a total of its parts);
- the 「評価［51.4％ → C］」 lines, matched to the totals they were computed from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from hattatsu.model import EvaluationEntry, Location
from hattatsu.normalize import circled_number, clean_text, nfkc, to_number

from ..blocks import Line
from ..item_keys import classify_title

_ITEM_GRADE = re.compile(r"^([①-⑳])\s*(.+?)\s*([A-E])?$")
# A number is digits with optional thousands commas and one decimal part: 「1,261」「51.4」. What
# else a broken conversion leaves (「51.4.1」「.」「,」) is not a number, and the line is not read
# as one (a verdict whose percentage is malformed matches no total).
_NUM = r"\d[\d,]*"
_PCT = r"\d+(?:\.\d+)?"
_ROW = re.compile(rf"^(?P<label>.*?)\s*(?P<dept>\S{{2,8}}課)\s+(?P<actual>{_NUM}|[-－―]|実施|連携)?\s*"
                  rf"(?P<target>{_NUM}\s*\S*?|随時|[-－―])?\s*(?P<note>[○◯].*)?$")
# 合計 and 評価 may come spaced out (「合  計」「評 価」, a PDF's letter-spaced cell)
_TOTAL = re.compile(rf"^合\s*計\s*(?P<actual>{_NUM})\s*(?P<unit>[^\d\s]*)\s+(?P<target>{_NUM})\s*(?P<tunit>[^\d\s]*)")
_VERDICT = re.compile(rf"評\s*価\s*[［\[]\s*(?:(?P<pct>{_PCT})\s*[%％]|(?P<text>[^→\]］]+?))\s*→\s*"
                      r"(?P<grade>[A-E])\s*[］\]]")


@dataclass
class _Total:
    actual: float
    target: float
    unit: str | None
    line: Line
    rows: list[EvaluationEntry] = field(default_factory=list)


def _number(text: str | None) -> int | float | None:
    if not text:
        return None
    m = re.match(_NUM, nfkc(text))
    return to_number(m.group(0)) if m else None


def _unit(text: str | None) -> str | None:
    m = re.match(_NUM + r"\s*(\S+?)(以上|以下)?$", nfkc(text or ""))
    return m.group(1) if m else None


def item_grades(lines: list[Line]) -> list[tuple[str | None, str, str | None, Line]]:
    """(key, title, grade, line) of the 「①…に関すること A」 list; a grade may sit on a later line."""
    out: list[list] = []
    for ln in lines:
        t = clean_text(ln.text)
        m = _ITEM_GRADE.match(t)
        if m and re.search(r"に関する", m.group(2)) and circled_number(m.group(1)) == len(out) + 1:
            out.append([classify_title(m.group(2)), m.group(2), m.group(3), ln])
        elif out and out[-1][2] is None and re.search(r"\s([A-E])$", t) and len(t) < 60:
            out[-1][2] = t[-1]
        elif out and re.match(r"^[^①-⑳]", t) and len(out) >= 10:
            break
    return [tuple(x) for x in out]


def listed_entries(lines: list[Line]) -> list[EvaluationEntry]:
    items = item_grades(lines)
    verdicts = [(float(m.group("pct")) if m.group("pct") else None, m.group("text"), m.group("grade"))
                for ln in lines for m in [_VERDICT.search(nfkc(ln.text))] if m]
    totals: list[_Total] = []
    pending: list[EvaluationEntry] = []
    for ln in lines:
        t = nfkc(ln.text).strip()
        m = _TOTAL.match(t)
        if m:
            unit = m.group("unit") or m.group("tunit") or None
            totals.append(_Total(_number(m.group("actual")) or 0, _number(m.group("target")) or 0,
                                 unit, ln, pending))
            pending = []
            continue
        if re.match(r"合\s*計", t):
            totals.append(_Total(0, 0, None, ln, pending))
            pending = []
            continue
        r = _ROW.match(t)
        if r and (r.group("actual") or r.group("target")) and not re.match(r"実施事業|評\s*価", t):
            label = clean_text(re.sub(r"^[ア-ン]\s+", "", r.group("label")))  # ア/イ/ウ list markers
            pending.append(EvaluationEntry(
                activity=label, actual=_number(r.group("actual")), target=_number(r.group("target")),
                unit=_unit(r.group("target")), note=clean_text(r.group("note") or "") or None,
                location=Location(page=ln.page, line=ln.line)))
    groups = _group_totals(totals)
    out: list[EvaluationEntry] = []
    for n, (key, title, grade, ln) in enumerate(items):
        parts = groups[n] if n < len(groups) else []
        whole = parts[-1] if parts else None
        for part in parts:
            for row in part.rows:
                if row.activity:
                    row.item_key = key
                    out.append(row)
        for part in parts[:-1]:  # the parts of an item split in parts, each with its own verdict
            pct, _, g = _verdict(part, verdicts)
            out.append(EvaluationEntry(item_key=key, activity=f"{title}（部分計）", actual=part.actual,
                                       target=part.target, unit=part.unit, achievement=pct, grade=g,
                                       location=Location(page=part.line.page, line=part.line.line)))
        pct = _verdict(whole, verdicts)[0] if whole and whole.target else None
        out.append(EvaluationEntry(
            item_key=key, activity=title, grade=grade,
            actual=whole.actual if whole and whole.target else None,
            target=whole.target if whole and whole.target else None,
            unit=whole.unit if whole and whole.target else None, achievement=pct,
            location=Location(page=ln.page, line=ln.line)))
    return out


def _verdict(total: _Total, verdicts: list) -> tuple[float | None, str | None, str | None]:
    """The 評価［P% → G］ computed from this total (P = 実績/目標), if the report has one."""
    if not total.target:
        return None, None, None
    ratio = total.actual / total.target * 100
    for pct, text, grade in verdicts:
        if pct is not None and abs(pct - ratio) < 0.06:
            return round(pct / 100, 4), text, grade
    return None, None, None


def _group_totals(totals: list[_Total]) -> list[list[_Total]]:
    """Totals by item: a total equal to the sum of the totals before it closes an item in parts."""
    groups: list[list[_Total]] = []
    open_parts: list[_Total] = []
    for t in totals:
        for k in range(len(open_parts), 1, -1):
            parts = open_parts[-k:]
            if t.target and sum(p.actual for p in parts) == t.actual and sum(p.target for p in parts) == t.target:
                for _ in range(k):
                    groups.pop()
                groups.append([*parts, t])
                open_parts = []
                break
        else:
            groups.append([t])
            open_parts.append(t)
    return groups

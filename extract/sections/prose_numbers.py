"""Targets and actuals stated in prose (rules only): 「目標として年間60件」, 「28件の支援にとどまり」.

Counts are a number and a count unit. 社, 者, 事業所 and 事業者 count the same
thing (businesses) and are compared as one. A frequency (毎月1回, 月2回, 半期に1回)
is turned into times a year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hattatsu.normalize import nfkc, to_number

COUNT_UNITS = "事業所|事業者|店舗|社|者|件|回|名|人|店|先"
_BUSINESS = {"社", "者", "事業所", "事業者", "店舗", "店", "先"}
_COUNT = re.compile(rf"(?<![\d.,])(\d[\d,]*)\s*({COUNT_UNITS})")
_PER_YEAR = re.compile(r"(毎月|月)\s*(\d+)\s*回|半期に\s*(\d+)\s*回|四半期(?:毎|ごと)?に?\s*(\d+)\s*回|"
                       r"年間?\s*(\d+)\s*回")
_TARGET_CUE = re.compile(r"目標")
_TOTAL_CUE = re.compile(r"計\s*(\d[\d,]*)\s*(" + COUNT_UNITS + ")")


def unit_kind(unit: str) -> str:
    """What a count unit counts: 社/者/事業所/店舗… are all businesses (社), 人 is 名."""
    return "社" if unit in _BUSINESS else "名" if unit == "人" else unit


@dataclass(frozen=True)
class Count:
    value: int | float
    unit: str
    start: int
    yearly: bool = False  # stated per year (年14回, 毎月1回)

    @property
    def kind(self) -> str:
        return unit_kind(self.unit)


def counts(text: str) -> list[Count]:
    """Every count in text, with frequencies as times a year; percentages and dates left out."""
    s = nfkc(text)
    out: list[Count] = []
    taken: list[tuple[int, int]] = []
    for m in _PER_YEAR.finditer(s):
        if m.group(2):
            value = int(m.group(2)) * 12
        elif m.group(3):
            value = int(m.group(3)) * 2
        elif m.group(4):
            value = int(m.group(4)) * 4
        else:
            value = int(m.group(5))
        taken.append(m.span())
        if to_number(str(value)) is not None:  # 「毎月10^20回」 is no frequency a plan can hold
            out.append(Count(value, "回", m.start(), yearly=True))
    for m in _COUNT.finditer(s):
        if any(a <= m.start() < b for a, b in taken):
            continue
        if re.match(r"\d+\s*(月|日|年|時|%|％)", s[m.start():m.end() + 1]):
            continue
        value = to_number(m.group(1))
        if value is not None:
            out.append(Count(value, m.group(2), m.start()))
    return sorted(out, key=lambda c: c.start)


def _count(number: str, unit: str, start: int, yearly: bool = False) -> Count | None:
    value = to_number(number)
    return None if value is None else Count(value, unit, start, yearly)


def stated_target(text: str) -> Count | None:
    """The target an activity states: the first count after 「目標」 (businesses before
    times), else the frequency in its title (「(年1回)」, 「(毎月1回)」)."""
    s = nfkc(text)
    m = _TARGET_CUE.search(s)
    if m:
        after = counts(s[m.end():])
        if after:
            business = [c for c in after[:3] if c.kind != "回"]
            return business[0] if business else after[0]
    year = re.search(rf"年間\s*(\d[\d,]*)\s*({COUNT_UNITS})", s)
    if year and year.group(2) != "回":
        return _count(year.group(1), year.group(2), year.start(), yearly=True)
    head = re.search(r"[(（]([^)）]*回)[)）]", s)
    if head:
        found = counts(head.group(1))
        if found:
            return found[-1]
    scope = re.search(r"[(（][^)）]*?(\d[\d,]*)\s*(社|者|事業所|事業者)[)）]", s)  # 「(食品製造3社)」
    if scope:
        return _count(scope.group(1), scope.group(2), scope.start())
    return None


def stated_actual(text: str, target: Count | None) -> Count | None:
    """The result a 実施状況 text reports for that target: a count of the same kind, the
    「計N」 total first, never the target quoted back (「目標の60件」)."""
    s = nfkc(text)
    total = _TOTAL_CUE.search(s)
    found = counts(s)
    quoted = {c.start for c in found if _TARGET_CUE.search(s[max(0, c.start - 6):c.start])}
    candidates = [c for c in found if c.start not in quoted]
    if target is None:
        if total:
            return _count(total.group(1), total.group(2), total.start())
        business = [c for c in candidates if c.kind == "社"]
        return business[0] if len(business) == 1 else None
    same = [c for c in candidates if c.kind == target.kind]
    if total and unit_kind(total.group(2)) == target.kind:
        return _count(total.group(1), total.group(2), total.start())
    yearly = [c for c in same if c.yearly] if target.kind == "回" else []
    return (yearly or same or [None])[0]

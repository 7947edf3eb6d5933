"""A 別表1 target row flattened to one line (by a converter, a copy from a PDF or a web page) read back as the
name finder reads a row: 「name 10件 12件 15件 累計37件」, the row's unit on each value, the labels of its
columns (the years, 現行, 目標) and its baseline left out."""

from __future__ import annotations

import re

from .indicator_words import UNIT_PATTERN

# The counters a row's unit cell or bracket may hold (「事業計画策定件数（件）」「｜者｜」「特産品販売額（百万円）」)
_UNIT = UNIT_PATTERN
# The label of a year's column: 令和8年度, R8, FY2026, H27 (the 平成 years of the first plans), 2026年度
_YEAR = r"(?:(?:令和|平成|R|H|FY)\s*\d{1,4}\s*(?:年度|年)?|\d{4}\s*年度?)\s*[:：]?"
_VALUE = r"\d[\d,.]*"
# The border between cells: a tab, a bar, or white space
_SEP = r"(?:\s*[|｜\t]\s*|\s+)"
_CELL = re.compile(rf"{_SEP}(?:(?P<year>{_YEAR})\s*)?(?P<value>{_VALUE})\s*(?P<unit>{_UNIT})?(?=[|｜\t\s]|$)")
# The baseline column (現行/現状, a number or an empty cell), and 目標 labelling the cells after it
_BASE = re.compile(rf"{_SEP}(?:現行|現状|現在|実績)値?\s*[:：]?\s*(?:{_VALUE}\s*{_UNIT}?|[－―‐−-]|未実施|実績なし|なし)"
                   rf"(?=[|｜\t\s]|$)")
_GOAL = re.compile(rf"{_SEP}目標値?\s*[:：]?(?=[|｜\t\s])")
# The row's total over the plan, last: 「（5年間計2,700）」「（5年間合計 50）」「計220者」
_TOTAL = re.compile(rf"{_SEP}[(（]?\s*(?:\d+\s*(?:年間|か年)\s*)?(?:合計|累計|計)\s*"
                    rf"(?P<value>{_VALUE})\s*(?P<unit>{_UNIT})?\s*[)）]?\s*$")
# A baseline in brackets closing the row: 「… H31 18件（現状7件）」
_BASE_AFTER = re.compile(rf"\s*[(（]\s*(?:現行|現状|現在|実績)値?\s*[:：]?\s*{_VALUE}\s*{_UNIT}?\s*[)）]\s*$")
# The name, its unit in a bracket or in a cell of its own after it (「｜者｜」)
# (the shortest text a cell follows: 「創業支援件数 現状 3件」)
# (「⑥ 提供先数 社 100 100」: a list number before the name; 「経営分析件数 件 － 30 35」: a unit cell set apart by
# spaces, an empty cell after it)
_EMPTY = r"[－―‐−-]"
_NAME = re.compile(rf"^(?:\d{{1,2}}\s+(?=\D))?(?P<name>[^\d|｜\t]*?[^\d\s|｜\t:：])"
                   rf"(?:\s*[(（]\s*(?P<unit>{_UNIT})\s*[)）]|{_SEP}(?P<cell>{_UNIT})(?=\s*[|｜\t]|\s))?"
                   rf"(?={_SEP}(?:現行|現状|現在|実績|目標|{_YEAR}|{_VALUE}|{_EMPTY}(?=\s|[|｜\t])))")
# A header row flattened before the row: 「項目 単位 R7 R8 R9 R10 R11 合計」「項目現行令和7年度令和8年度…」 — its 現行
# column is a baseline and its 合計 column the total over the plan
# (「現行R8R9R10 経営分析件数 30 35 40」: the words run together, no 項目)
_HEADER = re.compile(rf"^\s*(?:(?:項目|指標|支援内容)\s*)?(?:単位\s*)?(?P<base>(?:現行|現状)値?\s*)?"
                     rf"(?:{_YEAR}\s*){{2,}}(?P<total>(?:合計|累計|計)\s*)?\s+(?=\D)")


def table_row(text: str) -> str:
    """「事業計画策定件数（件）｜現行 12｜令和8年度 15｜令和9年度 15」 → 「事業計画策定件数 15件 15件」 (see module);
    any other text as it was. A row needs two values or more, each after a border, and one unit for them all."""
    header = _HEADER.match(text)
    named = _NAME.match(text[header.end():] if header else text)
    # (「窓口相談件数（年） 現行300件 350件」: a bracket of another kind after the name is left to prepare)
    if not named or re.search(r"[)）]\s*$", named["name"]):
        return text
    rest = (text[header.end():] if header else text)[named.end():]
    if header and header["base"]:  # (the 現行 column's cell, a number or empty)
        rest = re.sub(rf"^{_SEP}(?:{_VALUE}|{_EMPTY})(?=\s|[|｜\t]|$)", "", rest)
    total = _TOTAL.search(rest)
    if header and header["total"]:
        total = re.search(rf"{_SEP}(?P<value>{_VALUE})\s*(?P<unit>{_UNIT})?\s*$", rest)
    if total:
        rest = rest[:total.start()]
    rest = _BASE_AFTER.sub("", rest)
    base = _BASE.match(rest) or re.match(rf"{_SEP}{_EMPTY}(?=\s|[|｜\t])", rest)  # (an empty 現行 cell, unlabelled)
    rest = rest[base.end():] if base else rest
    goal = _GOAL.match(rest)
    rest = rest[goal.end():] if goal else rest
    cells = []
    while rest.strip(" \t|｜"):
        cell = _CELL.match(rest)
        if not cell:
            return text
        cells.append(cell)
        rest = rest[cell.end():]
    # 「経営分析件数（件）｜12｜20｜20｜25｜25｜30」: six cells and no labels are the form's 現行 column and its five
    # years: the first a baseline
    if not header and not base and not goal and len(cells) == 6 and not any(c["year"] for c in cells):
        cells = cells[1:]
    # 「平成30年度 4件 令和8年度 8件」: beside 令和 years, a 平成 year's cell is where things stood, no target
    if any(re.match(r"令和|R", c["year"] or "") for c in cells):
        cells = [c for c in cells if not re.match(r"平成|H", c["year"] or "")]
    units = {c["unit"] for c in cells if c["unit"]} | ({total["unit"]} if total and total["unit"] else set())
    unit = named["unit"] or named["cell"] or (units.pop() if len(units) == 1 else None)
    # (「2 4 者」: single digits then a counter are one number spread out to its cell's width, no row)
    spread = bool(cells) and all(re.fullmatch(r"\d", c["value"]) for c in cells[:-1]) and bool(cells[-1]["unit"]) \
        and not any(c["unit"] for c in cells[:-1])
    if header and unit is None and len(cells) >= 2 and not units:
        # (a header's row with no unit anywhere: its cells bare, as the name finder reads 「巡回訪問件数 400 450 500」)
        return re.sub(r"\s*の?目標値?$", "", named["name"]).strip() + " " + " ".join(c["value"] for c in cells)
    if len(cells) < 2 or unit is None or (units and units != {unit}) or spread:
        return text
    # 「経営状況分析の目標 R8：40者」: the word of goal closing the name labels the row
    name = re.sub(r"\s*の?目標値?$", "", named["name"]).strip()
    values = [c["value"].replace(",", "") + unit for c in cells]
    if total:
        values.append("累計" + total["value"].replace(",", "") + unit)
    return name + " " + "、".join(values)  # (「90百万円、95百万円」: the tagger reads 百万 as a numeral after 、)

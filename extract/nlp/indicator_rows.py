"""A 別表1 target row flattened to one line (by a converter, a copy from a PDF or a web page) read back as the
name finder reads a row: 「name 10件 12件 15件 累計37件」, the row's unit on each value, the labels of its
columns (the years, 現行, 目標) and its baseline left out."""

from __future__ import annotations

import re
from itertools import pairwise

from hattatsu.normalize import era_year

from .indicator_words import UNIT_PATTERN, YEAR_LABEL, rate_achieved

# The counters a row's unit cell or bracket may hold (「事業計画策定件数（件）」「｜者｜」「特産品販売額（百万円）」)
_UNIT = UNIT_PATTERN
# The label of a year's column: 令和8年度, R8, FY2026, H27 (the 平成 years of the first plans), 2026年度
_YEAR = rf"{YEAR_LABEL}\s*[:：]?"
_VALUE = r"\d[\d,.]*"
_EMPTY = r"[－―‐−-]"
# The border between cells: a tab, a bar, a slash, or white space
_SEP = r"(?:\s*[|｜\t/／]\s*|\s+)"
# 「事業計画策定件数（単位：件） 北浦 15 / 南浦 10 / 西浦 8」: a joint plan's row split per chamber, each cell after the
# chamber's name (as a year's column is labelled): a label of the column, no name (read only in a row whose unit is
# given in its name's bracket)
_PART = r"[一-龥ぁ-んァ-ヶー]{1,5}"
_CELL = re.compile(rf"{_SEP}(?:(?P<year>{_YEAR})\s*|(?P<part>{_PART})\s+)?(?P<value>{_VALUE})\s*(?P<unit>{_UNIT})?"
                   r"(?=[|｜\t/／\s]|$)")
# 「…8 ／年」「（各年度）」: the row's values each a year's, said after its last cell
_PER_YEAR = re.compile(r"\s*(?:[/／]\s*年|[(（]\s*(?:各年度?|毎年度?|年間)\s*[)）])\s*$")
# 「目標（単位：回）　セミナー開催 3 3 3」「（単位：件）支援内容｜現行｜R8…」: the unit of the rows after it, said first
_UNIT_HEAD = re.compile(rf"^\s*(?:目標値?|KPI|KGI)?\s*[(（]\s*単位\s*[:：]\s*(?P<unit>{_UNIT})\s*[)）]\s*")
# The baseline column (現行/現状, a number or an empty cell), and 目標 labelling the cells after it
_BASE = re.compile(rf"{_SEP}(?:現行|現状|現在|実績)値?\s*[:：]?\s*(?:{_VALUE}\s*{_UNIT}?|[－―‐−-]|未実施|実績なし|なし)"
                   rf"(?=[|｜\t\s/／]|$)")
# An empty 現行 cell with no label: a dash, or a word saying nothing was done yet
_NO_BASE = re.compile(rf"{_SEP}(?:{_EMPTY}|未実施|実績なし|なし)(?=[|｜\t\s/／])")
_GOAL = re.compile(rf"{_SEP}目標値?\s*(?:[:：]?(?=[|｜\t\s])|[:：](?=\s*{_YEAR}))")  # (「目標：R8 3」)
# The row's total over the plan, last: 「（5年間計2,700）」「（5年間合計 50）」「計220者」
# (「…5回（累計13回）」: a bracket glued to the last cell)
_TOTAL = re.compile(rf"(?:{_SEP}[(（]?|[(（])\s*(?:\d+\s*(?:年間|か年)\s*)?(?:合計|累計|計)\s*"
                    rf"(?P<value>{_VALUE})\s*(?P<unit>{_UNIT})?\s*[)）]?\s*$")
# A baseline in brackets closing the row: 「… H31 18件（現状7件）」
_BASE_AFTER = re.compile(rf"\s*[(（]\s*(?:現行|現状|現在|実績)値?\s*[:：]?\s*{_VALUE}\s*{_UNIT}?\s*[)）]\s*$")
# The name, its unit in a bracket or in a cell of its own after it (「｜者｜」)
# (the shortest text a cell follows: 「創業支援件数 現状 3件」)
# (「⑥ 提供先数 社 100 100」: a list number before the name; 「経営分析件数 件 － 30 35」: a unit cell set apart by
# spaces, an empty cell after it)
# (「売上高5%以上増加事業者数（者）」「売上高増加率3%以上の事業者数」: a rate and its comparator inside the name are the
# name's; 「（単位：者）」: the unit's label in the bracket; 「ECサイト売上額／社」: a denominator after it, no part of
# it)
_NAME = re.compile(rf"^(?:\d{{1,2}}\s+(?=\D))?(?P<name>(?:[^\d|｜\t]|\d[\d.]*\s*%(?:以上|以下|未満|超)?(?=\D))*?"
                   rf"[^\d\s|｜\t:：/／])(?:\s*[/／]\s*(?:社|者|事業者|事業所|人|店)(?=[\s|｜\t]))?"
                   # (「成約件数（件／社）」: a unit per firm, the denominator no part of it)
                   # (「経営分析件数（件／年）」: a unit per year, each value a year's)
                   rf"(?:\s*[(（]\s*(?:単位\s*[:：]\s*)?(?P<unit>{_UNIT})(?:\s*[/／]\s*(?:社|者|人|事業者)|\s*(?P<yearly>[/／]\s*年))?"
                   r"\s*[)）]"
                   rf"|{_SEP}(?P<cell>{_UNIT})(?=\s*[|｜\t]|\s))?"
                   # (「…（単位：者）現行：－」: a cell glued to the unit's bracket)
                   # (「…（者）－ 10 10 12」: an empty cell glued to the unit's bracket)
                   rf"(?:(?<=[)）])(?=現行|現状|目標|{_EMPTY}\s)|(?={_SEP}(?:現行|現状|現在|実績|目標|{_YEAR}|{_VALUE}"
                   rf"|(?:{_EMPTY}|未実施)(?=\s|[|｜\t])"
                   rf"|(?(unit){_PART}\s+{_VALUE}|(?!)))))")
# A header row flattened before the row: 「項目 単位 R7 R8 R9 R10 R11 合計」「項目現行令和7年度令和8年度…」 — its 現行
# column is a baseline and its 合計 column the total over the plan
# (「現行R8R9R10 経営分析件数 30 35 40」: the words run together, no 項目)
# (「支援内容｜現行｜R8｜R9｜R10 経営状況分析｜15｜20…」: its cells set apart by bars the same)
# (「指標名 単位 基準値 R8 … R12」: 基準値 the same as 現行)
_HEADER = re.compile(rf"^\s*(?:(?:項目|指標名?|支援内容|事業内容|事業名|取組内容)[\s|｜]*)?(?:単位[\s|｜]*)?"
                     rf"(?P<base>(?:現行|現状|基準)値?[\s|｜]*)?"
                     rf"(?:{_YEAR}[\s|｜]*){{2,}}(?P<total>(?:合計|累計|計)[\s|｜]*)?\s+(?=\D)")


def table_row(text: str, unit_given: str | None = None) -> str:
    """「事業計画策定件数（件）｜現行 12｜令和8年度 15｜令和9年度 15」 → 「事業計画策定件数 15件 15件」 (see module);
    any other text as it was. A row needs two values or more, each after a border, and one unit for them all (one
    value will do under a 現行 or 目標 label, its unit in the name's bracket). ``unit_given``: the unit of a line of
    rows, said before them (「目標（単位：回）」)."""
    # (「｜需要動向調査対象事業者数｜0者｜4者｜…｜」: the bars closing the row's first and last cells)
    text = re.sub(r"^\s*[|｜]\s*(?=\S)|(?<=\S)\s*[|｜]\s*$", "", text)
    sheet = _SHEET_ROW.fullmatch(text)
    if sheet and _achieved(sheet):
        # 「巡回訪問件数（件） 600 652 108.7%」: an evaluation sheet's row with no labels — target, result and the rate
        # one is of the other: the target alone
        return sheet["name"] + " " + sheet["target"].replace(",", "") + sheet["unit"]
    head_unit = _UNIT_HEAD.match(text) if unit_given is None else None
    if head_unit:
        read = table_row(text[head_unit.end():], head_unit["unit"])
        return read if read != text[head_unit.end():] else text
    header = _HEADER.match(text)
    body = text[header.end():] if header else text
    # 「令和7年度：20件 令和8年度：22件（創業相談件数）」: a row of labelled cells closed by its name in brackets
    closing = re.fullmatch(rf"(?P<cells>(?:{_YEAR})\s*\d.*?)\s*[(（](?P<name>[^()（）\d]+)[)）]\s*", body)
    if closing:
        body = closing["name"] + " " + closing["cells"]
    named = _NAME.match(body)
    # (「窓口相談件数（年） 現行300件 350件」: a bracket of another kind after the name is left to prepare)
    if not named or re.search(r"[)）]\s*$", named["name"]):
        return text
    rest = body[named.end():]
    if rest and not re.match(r"[\s|｜\t/／]", rest):
        rest = " " + rest  # (「…（単位：者）現行：－」: a cell glued to the unit's bracket, a border all the same)
    if header and header["base"]:  # (the 現行 column's cell, a number or empty)
        rest = re.sub(rf"^{_SEP}(?:{_VALUE}\s*{_UNIT}?|{_EMPTY})(?=\s|[|｜\t]|$)", "", rest)  # (「現行 … X 20件 25件」)
    # (「KPI-1｜巡回訪問事業者数｜現行120｜R8 150｜…｜者」: the row's unit in a cell of its own, last)
    last_unit = re.search(rf"[|｜\t]\s*(?P<unit>{_UNIT})\s*$", rest)
    if last_unit:
        rest = rest[:last_unit.start()]
    per_year = _PER_YEAR.search(rest)
    if per_year:
        rest = rest[:per_year.start()]
    total = _TOTAL.search(rest)
    if header and header["total"]:
        total = re.search(rf"{_SEP}(?P<value>{_VALUE})\s*(?P<unit>{_UNIT})?\s*$", rest)
    if total:
        rest = rest[:total.start()]
    rest = _BASE_AFTER.sub("", rest)
    base = _BASE.match(rest) or _NO_BASE.match(rest)  # (an empty 現行 cell, unlabelled)
    rest = rest[base.end():] if base else rest
    goal = _GOAL.match(rest)
    rest = " " + rest[goal.end():].lstrip() if goal else rest  # (「目標：R8 3」: the label glued to the first cell)
    cells = []
    while rest.strip(" \t|｜"):
        cell = _CELL.match(rest)
        if cell and cell["part"] and not named["unit"]:
            cell = None  # (a column labelled by a part only in a row whose unit its name's bracket gives)
        if not cell:
            # 「セミナー開催 3 3 3 3 3　個別相談会 12 12 12 12 12」: under a unit said for the line, the next row
            # (a unit on each cell the same: 「セミナー開催 3回 3回 3回 個別相談会 12回 12回 12回」)
            following = table_row(rest.strip(), unit_given) if cells else rest
            if following == rest or following == rest.strip():
                return text
            rest = ""
            break
        cells.append(cell)
        rest = rest[cell.end():]
    else:
        following = ""
    # 「経営分析件数（件）｜12｜20｜20｜25｜25｜30」: six cells and no labels are the form's 現行 column and its five
    # years: the first a baseline (「事業計画策定（件）｜10｜12｜12｜14｜15｜63」: unless the last is the sum of
    # the five before it, the plan's total: 合計 its column)
    if not header and not base and not goal and len(cells) == 6 and not any(c["year"] for c in cells):
        numbers = [float(c["value"].replace(",", "")) for c in cells]
        if numbers[-1] == sum(numbers[:-1]) and not total:
            total, cells = cells[-1], cells[:-1]
        else:
            cells = cells[1:]
    # 「平成30年度 4件 令和8年度 8件」: beside 令和 years, a 平成 year's cell is where things stood, no target
    # (「H30年度 300回 H31年度 320回 R2年度 340回」: unless the years run on, one a column, across the change of era)
    years = [_western(c["year"]) for c in cells]
    running = None not in years and all(b - a == 1 for a, b in pairwise(years))
    if any(re.match(r"令和|R", c["year"] or "") for c in cells) and not running:
        cells = [c for c in cells if not re.match(r"平成|H", c["year"] or "")]
    units = {c["unit"] for c in cells if c["unit"]} | ({total["unit"]} if total and total["unit"] else set())
    unit = named["unit"] or named["cell"] or (last_unit and last_unit["unit"]) or unit_given \
        or (units.pop() if len(units) == 1 else None)
    # (「2 4 者」: single digits then a counter are one number spread out to its cell's width, no row)
    spread = bool(cells) and all(re.fullmatch(r"\d", c["value"]) for c in cells[:-1]) and bool(cells[-1]["unit"]) \
        and not any(c["unit"] for c in cells[:-1]) and not any(c["year"] for c in cells)  # (「R8 3 … R12 5 者」: a row)
    if header and unit is None and len(cells) >= 2 and not units:
        # (a header's row with no unit anywhere: its cells bare, as the name finder reads 「巡回訪問件数 400 450 500」)
        return re.sub(r"\s*の?目標値?$", "", named["name"]).strip() + " " + " ".join(c["value"] for c in cells)
    least = 1 if named["unit"] and (base or goal) else 2  # (「経営分析件数（件） 現行 12 目標 20（各年度）」)
    if len(cells) < least or unit is None or (units and units != {unit}) or spread:
        return text
    # 「経営状況分析の目標 R8：40者」: the word of goal closing the name labels the row
    # (「目標 セミナー開催 3回 3回」: the word opening the name labels the line, the same)
    name = re.sub(r"^目標値?\s+|\s*の?目標値?$", "", named["name"]).strip()
    values = [("年間" if per_year or named["yearly"] else "") + c["value"].replace(",", "") + unit for c in cells]
    if total:
        values.append("累計" + total["value"].replace(",", "") + unit)
    # (「90百万円、95百万円」: the tagger reads 百万 as a numeral after 、)
    return name + " " + "、".join(values) + (" " + following if following else "")


_SHEET_ROW = re.compile(rf"(?P<name>[^\d|｜\t]*[^\d\s|｜\t])\s*[(（]\s*(?:単位\s*[:：]\s*)?(?P<unit>{_UNIT})\s*[)）]"
                        rf"{_SEP}(?P<target>{_VALUE}){_SEP}(?P<result>{_VALUE}){_SEP}(?P<rate>{_VALUE})\s*%\s*")


def _achieved(row: re.Match) -> bool:
    """Whether a row's third cell is the rate its second is of its first (the 達成率 of a result against its target)."""
    try:
        target, result = (float(row[g].replace(",", "")) for g in ("target", "result"))
        return rate_achieved(target, result, row["rate"].replace(",", ""))
    except ValueError:
        return False


def _western(year: str | None) -> int | None:
    """The year a column's label names, as a western year (R8 → 2026, H30 → 2018), or None."""
    m = re.match(r"(令和|平成|R|H|FY)?\s*(\d{1,4})", year or "")
    if not m:
        return None
    return era_year(m[1], m[2]) if m[1] and m[1] != "FY" else int(m[2])


# 「項目目標値実績値達成率経営分析件数50件52件104%」「指標名修正前修正後創業相談件数20件25件」
# 「事業名 計画 実績 評価 個別相談会 12回 9回 B 参加者数 60人 41人 B」: a header row flattened before its rows,
# its words run together or set apart by spaces — the column naming a row (項目, 指標名, 事業名), then the columns
# of its cells, the target's (目標/計画, a revision's 修正後) and the others (実績, 達成率, 評価, 修正前 …) — then
# the rows, each a name and one cell a column (a grade letter a cell too): each row is its name and its target's
# cell, the header words no part of any name
# (「指標現状値目標値（R11）経営分析件数18件30件」: a baseline's column, a year in brackets after a column's word)
_COLUMN_WORD = (r"(?:(?:目標値?|計画値?|実績値?|現状値?|現行値?|基準値|達成率|達成度|進捗率|評価|修正前|修正後|変更前|"
                r"変更後|見直し前|見直し後|当初目標|修正目標|単位|備考)(?:\s*[(（][^()（）]{1,8}[)）])?)")
_GLUED_HEADER = re.compile(rf"^\s*(?:項目|指標名?|事業名|評価項目|目標項目|評価指標|KPI|KGI)\s*"
                           rf"(?P<columns>(?:{_COLUMN_WORD}\s*){{2,}})(?=[^\d\s])")
_GLUED_CELL = re.compile(rf"\s*(?:(?P<value>\d[\d,.]*\s*(?:{_UNIT}|%)?)|[A-DSＳ](?![A-Za-z])|[◎○〇△×]|[－―‐−-])")
_GLUED_NAME = re.compile(r"\s*(?P<name>[^\d\s][^\d]*?)(?=\s*(?:\d|[－―‐−-]))")


def glued_header(text: str) -> str:
    """A header row run together before its rows (see _GLUED_HEADER) → 「経営分析件数 50件」, its rows joined by 。;
    any other text as it was."""
    head = _GLUED_HEADER.match(text)
    if not head:
        return text
    columns = re.findall(_COLUMN_WORD, head["columns"])
    target = next((n for n, c in enumerate(columns) if re.match(r"(?:修正|変更|見直し)後|修正目標", c)), None)
    target = target if target is not None else next(
        (n for n, c in enumerate(columns) if re.match(r"目標|計画|当初目標", c)), None)
    if target is None:
        return text
    rows, at = [], head.end()
    while at < len(text) and text[at:].strip():
        named = _GLUED_NAME.match(text, at)
        if not named:
            return text
        at, cells = named.end(), []
        for _ in columns:
            cell = _GLUED_CELL.match(text, at)
            if not cell:
                return text
            cells.append(cell)
            at = cell.end()
        if not cells[target]["value"]:
            return text
        rows.append(named["name"].strip() + " " + re.sub(r"\s+", "", cells[target]["value"]))
    return "。".join(rows) if rows else text

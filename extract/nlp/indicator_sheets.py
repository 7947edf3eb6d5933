"""An evaluation sheet's table flattened to a line (事業評価シート, 実施状況報告, KPI rows run together by a
converter): its header, then its rows, rewritten to 「name value」 statements for the KGI/KPI reader."""

from __future__ import annotations

import re

from .indicator_reports import INDICATOR_CELL, RESULT_CELL, TARGET_CELL
from .indicator_words import UNIT_PATTERN, YEAR_LABEL, rate_achieved

_COUNTER = UNIT_PATTERN
_NAME_COLUMNS = {"項目", "指標", "指標名", "評価指標", "KPI", "KGI", "No.", "No", "NO."}
_COLUMNS = _NAME_COLUMNS | {"単位", "目標", "目標値", "計画", "計画値", "実績", "実績値", "達成率", "達成度", "評価",
                            "基準値", "現状", "現行", "備考", "差異",
                            # (「指標 当初目標 修正目標 理由 X 50件 40件 …」: a revision's columns, the revised one
                            # the target)
                            "当初目標", "修正目標", "変更後目標", "変更前", "変更後", "修正前", "修正後", "理由"}
_REVISED_COLUMNS = ("修正目標", "変更後目標", "変更後", "修正後")
# A cell's value, a span perhaps before it (「年30件」「5年間で25者」)
_CELL_VALUE = r"(?:年間?|毎年|累計|延べ|\d+\s*(?:年間|か年)\s*で?)?\s*\d"


def _header_table(text: str) -> str | None:
    """「指標名 目標値 実績値 単位 創業支援件数 12 14 件」「項目 目標 実績 X 5 社 4 社 Y 3 件 1 件」
    「No.｜評価指標｜単位｜目標値｜実績値｜達成率｜評価 5｜X｜件｜2｜1｜50.0%｜D」: a header row of columns, then rows
    of a name and one cell per column; each row's 目標 (計画) cell, with the row's unit, is its target: 「X 12件」
    (None when the text is no such table)."""
    # (「項目 目標 実績 X 40 38 Y 20 22（単位：件）」: the unit of every row said in a bracket first or last)
    given = re.search(rf"^\s*[(（]\s*単位\s*[:：]\s*({_COUNTER})\s*[)）]"
                      rf"|[(（]\s*単位\s*[:：]\s*({_COUNTER})\s*[)）]\s*$", text)
    if given:
        text = text[:given.start()] + " " + text[given.end():]
    # (「項目 変更前 変更後 / X 年30件 年40件 / Y …」: rows set apart by slashes the same)
    tokens = [t for t in re.split(r"[\s|]+", text) if t and t not in ("/", "／")]
    n = 0
    while n < len(tokens) and tokens[n] in _COLUMNS:
        n += 1
    header = [t for t in tokens[:n] if t not in _NAME_COLUMNS]
    goal = next((i for i, c in enumerate(header) if c in _REVISED_COLUMNS),
                next((i for i, c in enumerate(header) if c in ("目標", "目標値", "計画", "計画値")), None))
    # (a column of results, of a baseline or of a current value beside it: 「指標名 単位 基準値 目標値 X ％ 25 35」)
    if goal is None or n == len(tokens) \
            or not any(c.startswith(("実績", "基準", "現状", "現行", "当初", "変更前", "修正前")) for c in header):
        return None
    numbered = any(t.startswith("No") for t in tokens[:n])
    by_unit = "単位" in header
    out, rest = [], tokens[n:]
    while rest:
        if numbered and re.fullmatch(r"\d+", rest[0]):
            rest = rest[1:]  # (the row's number under 「No.」)
        name = []
        while rest and not re.match(_CELL_VALUE, rest[0]) and not (name and re.fullmatch(_COUNTER, rest[0])) \
                and not (name and re.fullmatch(r"[(（][^()（）\d]*[)）]|[－―‐−-]", rest[0])):
            name.append(rest.pop(0))
        cells: list[str] = []
        while rest and len(cells) < len(header):
            cell = rest.pop(0)
            if not by_unit and rest and re.fullmatch(_COUNTER, rest[0]) and re.fullmatch(r"\d[\d,.]*", cell):
                cell += rest.pop(0)  # (「5 社」: a value and its counter a space apart, one cell)
            cells.append(cell)
        if not name or len(cells) < len(header):
            return None
        unit = cells[header.index("単位")] if by_unit else (given[1] or given[2]) if given else ""
        value = cells[goal]
        if not re.match(_CELL_VALUE, value):
            if re.fullmatch(r"[(（]?\s*(?:削除|廃止|撤回|[－―‐−-])\s*[)）]?", value):
                continue  # (「（削除）」: a target withdrawn, no value)
            return None
        out.append("".join(name) + " " + value + ("" if re.search(r"\D$", value) else unit))
    return "、".join(out)


def sheet_table(text: str) -> str:
    """An evaluation sheet's table (see _header_table), or a row of labelled cells whose unit is a cell of its own
    (「X 件/人 目標 300 実績 287」「指標 X 単位 ％ 基準値 22.0 目標値 30.0」「（単位：人）X 目標20 実績17」
    「X｜日｜現状 15｜
    目標 10」「X（千円）目標3,000実績2,150」): the unit put on each bare number, the 基準値 (a baseline) left out."""
    table = _header_table(text)
    if table is not None:
        return table
    if re.search(r"(?:^|[\s|])(?:R|H|FY|令和|平成)\s*\d|年度", text):
        return text  # (a 別表1 row, one cell a year: indicator_rows)
    unit = None
    m = re.search(rf"[(（]\s*単位\s*[:：]\s*({_COUNTER})\s*[)）]", text)
    if m:
        unit, text = m[1], (text[:m.start()] + " " + text[m.end():]).strip()
    else:
        m = (re.search(rf"(?:^|(?<=[\s|]))単位\s*[:：]?\s*({_COUNTER})(?=[\s|])", text)
             or re.search(rf"(?<=[^\d\s|])\s*(?:[\s|]+|[(（])({_COUNTER})(?:\s*/\s*[人社者])?\s*(?:[\s|]+|[)）]\s*)"
                          r"(?=(?:現状|現行|基準値?|目標|計画|実績)値?\s*[:：]?\s*(?:\d|[－―‐−-]))", text))
        if m:
            unit, text = m[1], text[:m.start()] + " " + text[m.end():]
    if unit is None:
        return text
    text = re.sub(r"^指標\s+", "", text)
    text = re.sub(r"(?<=\d)(?=(?:目標|計画|実績|達成率|現状|現行|基準))", " ", text)  # (「目標3,000実績2,150」)
    text = re.sub(r"(?:^|(?<=[\s|]))基準値?\s*[:：]?\s*\d[\d,.]*(?![\d,.])", " ", text)
    return re.sub(r"(?<![\d,.A-Za-z])(\d[\d,.]*)(?![\d,.]|\s*" + _COUNTER + r"|[^\s\d|、。,，()（）])",
                  lambda x: x[1] + unit, text)


def sheet_row(text: str) -> str:
    """An evaluation sheet's row as the name finder reads a 別表1 row: the name (its 指標 cell, or what is before
    the first 目標 cell, a year label before it dropped) and its target values; other text as it was."""
    # 「目標値(A) 30件 実績値(B) 25件 達成率(B/A) 83%」: the columns' letters; 「｜計画値｜10件｜」: a label in a
    # cell of its own before its value's; 「計画 500件 実績 520件」: 計画 (計画値) labels the target cell as 目標 does
    text = re.sub(r"(目標値?|計画値?|実績値?|達成率|達成度)\s*[(（]\s*[A-Za-z](?:\s*[/／]\s*[A-Za-z])?\s*[)）]",
                  r"\1", text)
    text = re.sub(r"(目標値?|計画値?|実績値?|達成率|達成度|評価)\s*\|\s*(?=\S)", r"\1 ", text)
    if RESULT_CELL.search(text):
        # (「R6計画 60者 R6実績 58者」: after the year of its column the same)
        text = re.sub(r"(?:(?<=^)|(?<=[\s|/／])|(?<=\d)|(?<=年度))計画(値?)"
                      r"\s*(?=[:：]?\s*(?:年間?|毎年|延べ|累計)?\s*\d)", r"目標\1", text)
    if not (TARGET_CELL.search(text) and RESULT_CELL.search(text)) or "。" in text:
        return text
    text = re.sub(r"[ \t]{2,}", " ", RESULT_CELL.sub(" ", text))  # (the cells left one space apart)
    # (「上期実績 8社 下期実績 13社 計 21社」: the sum of the results after them, a result too)
    text = re.sub(r"(?:(?<=^)|(?<=[\s|/／]))(?:合計|累計|計)\s*[:：]?\s*\d[\d,.]*\s*[^\s\d|/／、。,，()（）]{0,3}"
                  r"\s*$", "",
                  text)
    cell = INDICATOR_CELL.search(text)
    if cell:
        return cell["name"] + " " + " ".join(TARGET_CELL.findall(text))
    cells = [c.strip() for c in text.split("|")]
    first = next((n for n, c in enumerate(cells) if TARGET_CELL.search(c)), 0)
    named = [c for c in cells[:first] if c and not re.search(r"\d", c)]
    if len(cells) > 2 and named:
        # 「No.2｜経営分析｜経営分析件数｜目標 40件｜実績 36件｜90.0%｜B」: cells set apart by bars, the one before the
        # first 目標 cell names it (the 達成率 and grade after 実績 may come without their labels)
        return named[-1] + " " + " ".join(TARGET_CELL.findall(text))
    # 「平成29年度 事業計画策定件数 目標値 20件」: the year the row is of opens it
    return re.sub(r"^(?:令和|平成|R|H)\s*\d+\s*年度?\s+", "", text).strip(" |/／")


# 「項目 現行 R8 R9 R10 R11 R12 巡回訪問件数 400 450 450 500 500 500」: a 別表1 table flattened with its header
# row first (現行 and the years), then the name and one cell per column
_HEADER_ROW = re.compile(r"(?:項目|指標|支援内容)?\s*(?P<base>(?:現行|現状)値?\s+)?"
                         r"(?:(?:R|令和|FY|H|平成)\s*\d+\s*(?:年度?)?\s+){2,}(?P<name>[^\d\s][^\d]*?)\s+"
                         r"(?P<cells>(?:[\d,.]+|[－―‐−-])(?:\s+(?:[\d,.]+|[－―‐−-]))+)")


# The header alone, and one of the rows after it (「経営分析件数 20 25 25 30」), for a table of several rows
_HEADER = re.compile(r"(?:KPI|KGI)?\s*(?:項目|指標|支援内容)?\s*(?P<base>(?:現行|現状)値?\s+)?"
                     r"(?P<years>(?:(?:R|令和|FY|H|平成)\s*\d+\s*(?:年度?)?\s+){2,})")
_ROW = re.compile(rf"(?P<name>[^\d\s][^\d]*?)(?:\s*[(（]\s*(?P<unit>{UNIT_PATTERN})\s*[)）]\s*|\s+)"
                  r"(?P<cells>(?:[\d,.]+|[－―‐−-])(?:\s+(?:[\d,.]+|[－―‐−-]))*)\s*")


def header_row(text: str) -> str:
    """A table flattened with its header row as the name and its cells (see _HEADER_ROW), the 現行 cell dropped;
    several rows after one header (「項目 現行 R7 … R11 X 20 25 … Y 10 12 …」), one cell a column each, the same."""
    row = _HEADER_ROW.fullmatch(text)
    head = _HEADER.match(text) if not row else None
    if head:
        columns = len(re.findall(r"\d+", head["years"])) + (1 if head["base"] else 0)
        rows, at = [], head.end()
        while at < len(text):
            part = _ROW.match(text, at)
            if not part or len(part["cells"].split()) != columns:
                return text
            cells = part["cells"].split()[1 if head["base"] else 0:]
            # (the cells set apart by 、: a bare number closing a part, as the name finder reads a row's cells)
            rows.append(part["name"].strip() + " " + "、".join(c + (part["unit"] or "") for c in cells
                                                             if re.match(r"\d", c)))
            at = part.end()
        return "。".join(rows) if len(rows) > 1 else text
    if not row:
        return text
    cells = row["cells"].split()[1 if row["base"] else 0:]
    return row["name"] + " " + " ".join(c for c in cells if re.match(r"\d", c))


# A table copied with its cells set apart by bars, a header line first (「項目｜目標（5年間）｜実績｜達成率」
# 「変更箇所｜変更前｜変更後｜変更理由」「目標指標｜現状（R6）｜目標（R12）」), then one line a row: the header says
# which column holds the targets (目標, 計画, 変更後/修正後/新, or the years when none of those is there) and which
# hold no target (現状/現行/実績/達成率/変更前/理由/備考/単位/基準 …)
_TARGET_COLUMN = re.compile(r"^(?:目標|計画|変更後|修正後|見直し後|新)")
_OTHER_COLUMN = re.compile(r"^(?:現状|現行|現在|実績|達成|進捗|変更前|修正前|見直し前|旧|理由|変更理由|備考|単位|基準"
                           # (「B/A」: the ratio of two lettered columns)
                           r"|評価|前年|昨年|前期|当初|[A-Z]\s*[/／]\s*[A-Z]$"
                           # (「差異」: the result less the target; 「上半期実績」「下半期見込」: the results of a half
                           # and what is expected of the other, no targets)
                           r"|差異?|増減|(?:上|下)半?期|通期|見込|見通し)")
# The columns that number or name a row (「No.」「事業」「指標」), before its cells
_NAME_COLUMN = re.compile(r"^(?:No\.?|NO\.?|番号|区分|項目|事業名?|指標名?|評価指標|目標項目|取組(?:項目)?|支援内容"
                          r"|内容|KPI|KGI)$")
_YEAR_COLUMN = re.compile(rf"^{YEAR_LABEL}$")


def _column(cell: str) -> bool:
    """Whether a cell is a column's label (目標, 実績, 現状 …, a year, or one of these after a year)."""
    head = re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", cell)
    return bool(_YEAR_COLUMN.match(head)) or bool(re.match(
        rf"{YEAR_LABEL}?"
        r"(?:目標|計画|実績|現状|現行|達成|変更[前後]|修正[前後]|単位|備考)", head))


def bar_table(text: str) -> str:
    """A table of bars with a header line (see above) as 「name value」 statements, one a row, the target columns' cells
    only (a cell without a number, 「削除」「－」, gives none); any other text as it was. A span in the target column's
    header (「目標（5年間）」) goes before each value."""
    table = _header_table(text) if "\n" not in text.strip() else None
    if table is not None:  # (read before a line's labels are stripped: 「当初目標 修正目標 …」 would go as a heading)
        return table
    bars = text.replace("｜", "|")
    if "|" not in bars and bars.count("\t") >= 2 and "\n" in bars:
        bars = bars.replace("\t", "|")  # (「KPI\t目標\t実績\t評価\nX\t25\t27\tA」: cells set apart by tabs, the same)
    # (「区分　　R5実績　　R6実績　　R7目標\nX　　18件　　22件　　25件」: a sheet pasted as text, its cells set
    # apart by runs of spaces, two or more, on every line: the same)
    elif "|" not in bars and "\n" in bars \
            and all(len(re.findall(r"[ \t]{2,}", ln.strip())) >= 2 for ln in bars.split("\n") if ln.strip()):
        bars = re.sub(r"[ \t]{2,}", "|", bars)
    # (「指標 目標 実績\nX 10 12\nY 6 5」: a sheet whose cells a converter set apart by single spaces: a header line of
    # column words, every line after it of as many cells, one word of name each)
    elif "|" not in bars and "\n" in bars:
        rows = [ln.split() for ln in bars.split("\n") if ln.strip()]
        at = next((n for n, r in enumerate(rows) if len(r) >= 3 and _NAME_COLUMN.match(r[0])
                   and all(_column(c) for c in r[1:])), None)
        if at is not None and at + 1 < len(rows) and all(len(r) == len(rows[at]) and not re.search(r"\d", r[0])
                                                         for r in rows[at + 1:]):
            bars = "\n".join([ln for ln in bars.split("\n") if ln.strip()][:at] + ["|".join(r) for r in rows[at:]])
    # (「| 指標 | 現状値 | 目標値 |」: a Markdown table's lines open and close with a bar, no cell)
    lines = [re.sub(r"^\|\s*|\s*\|$", "", ln.strip()) for ln in bars.split("\n") if ln.strip()]
    if len(lines) == 1:  # (「指標 | 令和6年度実績 | 令和7年度目標 | X | 48件 | 60件」: header and row on one line)
        cells = [c.strip() for c in lines[0].split("|")]
        n = 1
        while n < len(cells) and _column(cells[n]):
            n += 1
        if n < 3 or len(cells) % n:
            return text
        lines = ["|".join(cells[k:k + n]) for k in range(0, len(cells), n)]
    at = next((n for n, ln in enumerate(lines) if ln.count("|") >= 1 and not re.search(r"\d", re.sub(
        rf"{YEAR_LABEL}|\d+\s*(?:年間|か年)", "", ln))), None)
    if at is None or at + 1 >= len(lines) or not all("|" in ln for ln in lines[at + 1:]):
        return text
    header = [c.strip() for c in lines[at].split("|")]
    # (「支援内容（単位：件）｜現行｜R8…」: the unit of every row, said in the header)
    # (「実施状況報告（単位：者）\n指標 目標 実績\n…」: in a heading over it the same)
    head_unit = re.search(rf"[(（]\s*単位\s*[:：]\s*({UNIT_PATTERN})\s*[)）]", "\n".join(lines[:at + 1]))
    heads = [re.sub(rf"^{YEAR_LABEL}(?=\D)", "",
                    re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", c)) for c in header]
    # (「No.｜事業｜指標｜目標値｜実績値｜差異｜評価」: the columns that number and name a row, the last of them its
    # name)
    lead = 1
    while lead < len(heads) - 1 and _NAME_COLUMN.match(heads[lead]) and _NAME_COLUMN.match(heads[lead - 1]):
        lead += 1
    targets = [n for n, c in enumerate(heads) if n >= lead and _TARGET_COLUMN.match(c)]
    if not targets:
        targets = [n for n, c in enumerate(heads) if n >= lead and _YEAR_COLUMN.match(c)]
    if any(not (_TARGET_COLUMN.match(c) or _OTHER_COLUMN.match(c) or _YEAR_COLUMN.match(c)) for c in heads[lead:]):
        return text
    if not targets:
        # (「指標名｜基準値(R5)｜R7実績｜備考」: a table of results and baselines only sets no target)
        return "" if any(re.match(r"(?:現状|現行|現在|実績|基準|前年)", c) for c in heads[lead:]) else text
    unit_at = next((n for n, c in enumerate(heads) if c == "単位"), None)
    out = []
    for line in lines[at + 1:]:
        cells = [c.strip() for c in line.split("|")]
        if len(cells) != len(header) or re.search(r"\d", cells[lead - 1]):
            return text
        unit = cells[unit_at] if unit_at is not None else head_unit[1] if head_unit else ""
        # (「経営分析件数（件）｜30｜33」: the row's unit in its name's bracket)
        own = re.fullmatch(rf"(.*?\S)\s*[(（]\s*({UNIT_PATTERN})\s*[)）]", cells[lead - 1])
        if own and not unit:
            cells[lead - 1], unit = own[1], own[2]
        values = []
        for n in targets:
            if not re.search(r"\d", cells[n]):
                continue
            span = re.search(r"\d+\s*(?:年間|か年)", header[n])
            values.append((span[0] + "で" if span else "") + cells[n] + ("" if re.search(r"\D$", cells[n]) else unit))
        if values:
            out.append(cells[lead - 1] + " " + "、".join(values))
    return "。".join(out) if out else ""


# 「巡回訪問件数（件）	600	652	108.7%」: a sheet's row with its labels gone, the target, the result and the rate
# achieved; the rate is the result over the target, which tells the two apart
_TARGET_RESULT_RATE = re.compile(rf"(?<![\d,.])(?P<target>\d[\d,.]*)(?P<unit>\s*{UNIT_PATTERN})?[ \t]+"
                                 rf"(?P<result>\d[\d,.]*)(?:\s*{UNIT_PATTERN})?[ \t]+(?P<rate>\d[\d.]*)\s*%")


def target_result_rate(text: str) -> str:
    """The rows of target, result and rate achieved (see _TARGET_RESULT_RATE) as their target only, when the rate is
    the result over the target (within rounding), in a row without the labels of its columns (a table with them is
    read by its header: _header_table, bar_table); any other three numbers are left as they were."""
    if re.search(r"目標|計画|実績|達成|[|｜]", text):
        return text
    def keep(m: re.Match[str]) -> str:
        target, result = (float(m[k].replace(",", "")) for k in ("target", "result"))
        return m["target"] + (m["unit"] or "") if rate_achieved(target, result, m["rate"]) else m[0]

    return target_result_difference(_TARGET_RESULT_RATE.sub(keep, text))


# 「商談会参加事業者数\t10者\t7者\t▲3\tC」: a sheet's row with its labels gone, the target, the result and the
# difference of the two (差異: ▲ or △ below the target, ＋ above it), a grade perhaps after it
_TARGET_RESULT_DIFFERENCE = re.compile(
    rf"(?<![\d,.])(?P<target>\d[\d,.]*)(?P<unit>\s*{UNIT_PATTERN})?[ \t]+(?P<result>\d[\d,.]*)(?:\s*{UNIT_PATTERN})?"
    rf"[ \t]+(?P<sign>[▲△+\-−]?)\s*(?P<difference>\d[\d,.]*)\s*(?:{UNIT_PATTERN}|pt|ポイント)?"
    r"(?:[ \t]+[A-ES◎○△×](?![A-Za-z]))?\s*$")


def target_result_difference(text: str) -> str:
    """A row of target, result and their difference (see _TARGET_RESULT_DIFFERENCE) as its target only, named by the
    cell right before it when tabs set the cells apart (the row's number and its business's cell before that name
    nothing), when the difference is the result less the target; any other text as it was."""
    m = _TARGET_RESULT_DIFFERENCE.search(text)
    if not m or "\n" in text:
        return text
    try:
        target, result, difference = (float(m[k].replace(",", "")) for k in ("target", "result", "difference"))
    except ValueError:
        return text
    if abs(result - target - (-difference if m["sign"] in ("▲", "△", "-", "−") else difference)) > 0.05:
        return text
    before = text[:m.start()]
    name = [c for c in before.split("\t") if c.strip()][-1:] if "\t" in before.strip() else [before]
    return (name[0].strip() + " " if name else "") + m["target"] + (m["unit"] or "")


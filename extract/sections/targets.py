"""目標 tables of an item: one TARGET per row, values by fiscal year."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from hattatsu.model import Location, Target
from hattatsu.normalize import YEAR_AS_WRITTEN, clean_text, compact, is_fiscal_year_label, nfkc, parse_quantity

from ..blocks import Block, Line, Table
from .grid import (
    BASELINE_RE,
    NOTE_RE,
    TOTAL_RE,
    UNIT_WORD,
    LineTable,
    Row,
    find_table_header,
    header_columns,
    label_pairs,
    line_header,
    majority_unit,
    rows_from_table,
    years_across,
    years_down_lines,
)

_CIRCLED_START = re.compile(r"^[①-⑳]")
# Convention (a consultant's markdown, l4: one small table per support measure): a numbered caption right above
# a table, 「**①高原マルシェ（BtoC）**」 over 「| 支援内容 | 単位 | 現行 | R4年度 …」 whose rows are unnumbered —
# the caption is the group of the table's rows, as a group row inside the table would be
# (docs18: a caption numbered 「1. 」 too)
_CAPTION = re.compile(r"(?:[①-⑳]|[(（][0-9０-９]{1,2}[)）]|\d{1,2}[.．]\s*(?!\d))[^。]{2,40}")
_FOOTNOTE = re.compile(r"^[(（]?[※*＊]")
_TABLE_WORDS = re.compile(r"目標|指標|単位")


_UNIT_NOTE = re.compile(r"単位\s*[:：]\s*([^\s)）]+)")
_UNIT_ROW = re.compile(r"[(（]?\s*単位\s*[:：]\s*[^\s)）]+\s*[)）]?")


def parse_targets(blocks: list[Block], subitem: str | None = None, heading: str = "") -> list[Target]:
    """Every target row in a 目標 subsection, ruled or flattened.

    A unit stated for the whole table (「（単位：回）」 in the heading) is the unit
    of rows whose cells carry none.
    """
    notes = [n.group(1) for b in blocks
             if isinstance(b, Line) and len(b.key) <= 16 and (n := _UNIT_NOTE.search(b.norm))]
    m = _UNIT_NOTE.search(nfkc(heading))
    default_unit = m.group(1) if m else notes[0] if notes else None  # in the heading, or on a line by the table
    # convention (docs21, n4: two tables in one 目標 cell, each under a note of its own 「（単位：回）」
    # 「（単位：件）」): with several notes, a table's unit is the note above it
    table_unit: dict[int, str] = {}  # id of a row → the unit of its table's note
    note = line_note = None
    rows: list[Row] = []
    line_table: LineTable | None = None
    caption: str | None = None  # a numbered line right above a table (see _CAPTION)
    bracketed = False  # the caption in brackets
    above: Block | None = None  # the line before (see _header_over_two_lines)
    line_caption: tuple[str | None, bool] = (None, False)  # the caption over the line table

    def close_lines() -> None:
        nonlocal line_table
        if line_table is not None:
            rows.extend(_noted(_captioned(line_table.result(), *line_caption), line_note, table_unit))
        line_table = None

    seq = years_down_lines(labelled_blocks(blocks))
    for at, b in enumerate(seq):
        if isinstance(b, Line) and len(notes) > 1 and len(b.key) <= 16 and (n := _UNIT_NOTE.search(b.norm)):
            note = n.group(1)
        if isinstance(b, Table):
            for k, (own, table) in enumerate(_tables_under_headers(years_across(b))):
                if own is not None or k:
                    caption, bracketed = _caption(own or "")
                found = find_table_header(table)
                if found:
                    table_rows = _with_groups(rows_from_table(table, *found))
                    rows.extend(_noted(_captioned(table_rows, caption, bracketed), note, table_unit))
            caption = None
            continue
        before = (caption, bracketed)
        caption, bracketed = _caption(b.text)
        header = line_header(b)
        if header and isinstance(above, Line):
            header = _header_over_two_lines(above, header)
        above = b
        if header:
            close_lines()
            line_table, line_note, line_caption = LineTable(header), note, before
            continue
        if line_table is not None:
            if _FOOTNOTE.match(b.norm):  # notes under the table end it
                close_lines()
                continue
            if caption and at + 1 < len(seq) and isinstance(nxt := seq[at + 1], Line) and line_header(nxt):
                close_lines()  # (docs20: a caption over the next flattened table ends this one)
                continue
            if unit := _unit_line(b):  # (under a header flattened from two rows, k3's 単位 row: the table's unit)
                line_note = line_note or unit
                continue
            line_table.feed(b)
    close_lines()
    rows = _paired_rows(rows)
    # (a unit note under the table 「（単位：回）」 (k1) is the table's unit, no row)
    kept = [r for r in rows if r.has_values or (r.label and not r.label.endswith("。")
                                               and not _UNIT_ROW.fullmatch(nfkc(r.label).strip()))]
    out = [_target(r, subitem) for r in kept]
    for r, t in zip(kept, out, strict=True):
        t.unit = t.unit or table_unit.get(id(r)) or default_unit
    return out


def _captioned(rows: list[Row], caption: str | None, bracketed: bool) -> list[Row]:
    """The rows of a table under a caption (see _CAPTION, _caption), each the caption's as its group up to the first
    numbered row (its sibling: it and the rows after it not the caption's; a bracketed caption heads numbered rows
    too), when no row has a group of its own."""
    if caption and not any(r.group for r in rows):
        for r in rows:
            if not bracketed and _CIRCLED_START.match(r.label):
                break
            r.group = caption
    return rows


def _header_over_two_lines(above: Line, header: list[str]) -> list[str]:
    """Convention (k3's header over two rows, flattened to lines: 「公表方法　現行　目標値」 over 「年度　R9　R10 …」):
    the columns the line above names (公表方法, 現行, 合計; 目標値 over the years groups them, no column) join the
    year line's, before its years (合計 after them)."""
    words = nfkc(above.text).split()
    if not words or not all(BASELINE_RE.match(w) or NOTE_RE.search(w) or TOTAL_RE.search(w) or w.startswith("目標")
                            for w in words):
        return header
    first = next(i for i, t in enumerate(header) if is_fiscal_year_label(t))
    lead = [w for w in words if not w.startswith("目標") and not TOTAL_RE.search(w)]
    return [*header[:first], *lead, *header[first:], *(w for w in words if TOTAL_RE.search(w))]


def _unit_line(b: Block) -> str | None:
    """The unit of a flattened 単位 row 「単位　回　回　回」 (every cell a unit word), else None."""
    words = nfkc(b.text).split() if isinstance(b, Line) else []
    if len(words) >= 2 and words[0] == "単位" and all(UNIT_WORD.fullmatch(w) for w in words[1:]):
        return Counter(words[1:]).most_common(1)[0][0]
    # (the units a character each, joined back as a word spaced out letter by letter: 「単位 回回回回」)
    m = re.fullmatch(r"単位\s*(\S)\1+", words[0] + "".join(words[1:])) if words else None
    return m.group(1) if m and UNIT_WORD.fullmatch(m.group(1)) else None


def _caption(text: str) -> tuple[str | None, bool]:
    """(caption, in brackets) of a line or a one-cell row right above a table (see _CAPTION), else (None, False)."""
    norm = nfkc(text).strip()
    if _CAPTION.fullmatch(norm):
        return clean_text(text), False
    # (o4, a joint plan: a table per implementer under its name in brackets, 「【栗森商工会議所】」 — as a
    # bracketed group row (h2) heads them, the caption heads numbered rows too; not the table's own caption
    # 「【数値目標】」「【単位：回】」)
    inner = None if _TABLE_WORDS.search(norm) else _in_brackets(norm)
    return (clean_text(inner) or None, True) if inner is not None else (None, False)


def _tables_under_headers(table: Table) -> list[tuple[str | None, Table]]:
    """(caption row's text or None, table) for each table typed into one sheet (docs20: an Excel sheet saved as
    text, several 目標 tables each under a caption row 「①景況調査」 with blank rows between, read as one table): a
    header row after the first starts a table of its own, the one-cell row above it (blank rows skipped) its
    caption. A table with one header row is itself, with no caption of its own."""
    heads = [i for i, r in enumerate(table.rows) if header_columns(r)]
    if len(heads) < 2:
        return [(None, table)]
    starts: list[tuple[int, int, str | None]] = []  # (first row, header row, caption)
    for h in heads:
        j = h - 1
        while j >= 0 and not any(c.strip() for c in table.rows[j]):
            j -= 1
        cells = [c.strip() for c in table.rows[j] if c.strip()] if j >= 0 else []
        one_cell = len(cells) == 1 and table.rows[j][0].strip() and j not in heads
        starts.append((j, h, cells[0]) if one_cell else (h, h, None))
    return [(cap, table.take(list(range(h, starts[k + 1][0] if k + 1 < len(starts) else len(table.rows)))))
            for k, (_, h, cap) in enumerate(starts)]


def _noted(rows: list[Row], unit: str | None, table_unit: dict[int, str]) -> list[Row]:
    """The rows of one table, their table's unit note (if any) remembered in ``table_unit``."""
    if unit:
        table_unit.update((id(r), unit) for r in rows)
    return rows


# Convention (a plan published as a web page, where a CMS has no tables): each 目標 row a block of labelled
# lines — 「項目：①経営分析事業者数」, then 「単位：者」「現行：12」 and the years 「R7：20　R8：20 …」 (several
# 「label：value」 pairs on one line). The blocks are the rows of a table whose header is the labels.
_ITEM_LABEL = re.compile(r"^(?:項目|指標|目標項目)\s*[:：]\s*(.+)$")
# (the same with the name unlabelled, a line 「①経営分析事業者数」 over its 「現行：10者」「R8年度目標：20者」
# lines (j2): a name is a 項目 when the next line's first label is a 現行 or a year's; 「R8年度目標」 is R8年度)
_NAME_ABOVE_PAIRS = re.compile(r"^.{1,60}(?<!。)$")
_BASE_OR_YEAR_LABEL = re.compile(rf"^(?:現行|現状|実績|基準|{YEAR_AS_WRITTEN})")
def _column_lines_below(blocks: list[Block], start: int) -> bool:
    """True when labelled lines follow ``start`` and one of their labels is a 現行's or a year's."""
    for b in blocks[start:start + 12]:
        if not isinstance(b, Line) or not (pairs := label_pairs(b.norm)):
            return False
        if any(_BASE_OR_YEAR_LABEL.match(k) for k, _ in pairs):
            return True
    return False


_year_target = re.compile(r"の?目標(?:値)?$")
_GROUP_LABEL = re.compile(r"^区分\s*[:：]\s*(.+)$")


# Convention (p2, a 目標 written as a sentence, alone or after the table): the indicator, 「は、」, then its figure
# by fiscal year, 「…とする」 and the baseline in brackets — 「経営分析件数は、平成２８年度２０件、平成２９年度２５件、
# …平成３２年度３０件とする（平成２６年度実績：１２件）。」, 「また、ホームページ作成支援事業者数は、…とする。」.
_SENTENCE = re.compile(r"^(?:また|なお|さらに)?[、,]?(?P<name>(?:[^、,。()（）]|[(（][^()（）]*[)）]){2,40}?)は[、,]\s*"
                       r"(?P<years>.+?)"
                       r"\s*(?:とする|を目標とする|を目指す)\s*(?P<tail>.*?)。?$")
_SENTENCE_YEAR = re.compile(rf"^({YEAR_AS_WRITTEN})\s*[:：]?\s*([-－―]|\d[\d,]*(?:\.\d+)?\s*\S{{0,4}})$")
_SENTENCE_BASE = re.compile(rf"^[(（]\s*(?:{YEAR_AS_WRITTEN})?\s*(現行|現状|実績|基準値?)\s*[:：]?\s*"
                            r"([^()（）]+?)\s*[)）]$")


def _row_in_a_sentence(text: str) -> dict[str, str] | None:
    """A 目標 row written as a sentence (see _SENTENCE), as the cells of a row keyed by their header, or None."""
    m = _SENTENCE.match(nfkc(text).strip())
    if not m:
        return None
    years = [_SENTENCE_YEAR.match(p.strip()) for p in re.split(r"、|[,，](?!\d)", m.group("years"))]
    if len(years) < 2 or not all(years):
        return None
    row = {"項目": m.group("name").strip(), **{_year_key(compact(y.group(1))): y.group(2) for y in years if y}}
    if m.group("tail") and (base := _SENTENCE_BASE.match(m.group("tail"))):
        row[base.group(1)] = base.group(2)
    elif m.group("tail"):
        return None
    return row


def labelled_blocks(blocks: list[Block]) -> list[Block]:
    """The blocks, with each run of 「項目：…」 blocks (see above) as one Table."""
    out: list[Block] = []
    rows: list[dict[str, str]] = []
    first: Line | None = None

    def flush() -> None:
        nonlocal first, group
        if rows and first is not None:
            header = list(dict.fromkeys(k for r in rows for k in r))
            out.append(Table([header] + [[r.get(k, "") for k in header] for r in rows], first.line, first.page))
        rows.clear()
        first, group = None, ""

    group = ""
    for i, b in enumerate(blocks):
        if isinstance(b, Line) and (one := _row_in_a_line(b.norm) or _row_in_a_sentence(b.norm)):
            if group and _CIRCLED_START.match(one["項目"]):  # 「③…」 after a 区分's rows: a row of its own
                flush()
            first = first or b
            rows.append({"区分": group, "指標": one.pop("項目"), **one} if group else one)
            continue
        if (isinstance(b, Line) and _NAME_ABOVE_PAIRS.match(b.norm) and not label_pairs(b.norm)
                and not _ITEM_LABEL.match(b.norm) and not _GROUP_LABEL.match(b.norm)
                and _column_lines_below(blocks, i + 1)):
            if group and _CIRCLED_START.match(b.norm):  # a numbered name after a 区分's rows: a row of its own
                flush()
            first = first or b
            rows.append({"区分": group, "指標": b.norm.strip()} if group else {"項目": b.norm.strip()})
            continue
        if isinstance(b, Line) and (m := _GROUP_LABEL.match(b.norm)):  # 「区分：…」 over the blocks of its rows
            flush()
            first, group = b, m.group(1).strip()
            continue
        if isinstance(b, Line) and (m := _ITEM_LABEL.match(b.norm)):
            if group and _CIRCLED_START.match(m.group(1)):  # 「①…」 after a 区分's rows: a row of its own
                flush()
            first = first or b
            rows.append({"区分": group, "指標": m.group(1).strip()} if group else {"項目": m.group(1).strip()})
            continue
        if isinstance(b, Line) and rows and (pairs := label_pairs(b.norm)):
            pairs = [(_year_target.sub("", k) if is_fiscal_year_label(_year_target.sub("", k)) else k, v)
                     for k, v in pairs]
            rows[-1].update((k, v) for k, v in pairs if k not in rows[-1])
            continue
        flush()
        out.append(b)
    flush()
    return out


# Convention (j3: a 目標 cell written as lines, no table): a row on one line, its name, then each column's label and
# value set apart with 「／」 — 「①事業計画策定セミナー　現行 1回／2020年度 2回／2021年度 2回／…」
# The years as the tables' headers write them (docs19, j3's rows mixed with the year labels' habits): 「令和9年度」,
# 「R9」, 「9年度」, 「2027(R9)」, spaced as a PDF copy spaces them 「令和 9 年度」 (normalize.YEAR_AS_WRITTEN).
_PAIR_YEAR = YEAR_AS_WRITTEN
_PAIR_LABEL = rf"(?:公表方法|周知方法|現行|現状|実績|基準値?|合計|{_PAIR_YEAR})"
# (o3: the name set apart with a colon and the 現行's figure glued to its label, 「…公表回数：現行0回／R5 1回／…」,
# 「現行－」 a row without one)
_SLASH_PAIRS = re.compile(rf"^(.+?)(?:[\s\u3000]+|\s*[:：]\s*)({_PAIR_LABEL}[\s\u3000]*[^／/]+(?:[／/][^／/]+)+)$")
_LABELLED_CELL = re.compile(rf"^\s*({_PAIR_LABEL})[\s\u3000]+(\S.*?)\s*$"
                            r"|^\s*(現行|現状|実績|基準値?)[\s\u3000]*([-－―ー0-9０-９].*?)\s*$")


def _row_in_a_line(text: str) -> dict[str, str] | None:
    m = _SLASH_PAIRS.match(text.strip())
    if not m:
        return None
    found = [_LABELLED_CELL.match(p) for p in re.split(r"[／/]", m.group(2))]
    if not all(found):
        return None
    pairs = [(p.group(1) or p.group(3), p.group(2) or p.group(4)) for p in found if p]
    if sum(1 for label, _ in pairs if is_fiscal_year_label(_year_key(compact(label)))) < 2:
        return None
    return {"項目": m.group(1).strip(), **{_year_key(compact(label)): value for label, value in pairs}}


def _year_key(label: str) -> str:
    """A pair's label as a header cell names its year: 「令和10」「R9年」「9年」 with 年度 (is_fiscal_year_label's
    form), so that no year of the row is dropped as an unknown column."""
    if is_fiscal_year_label(label) or not re.fullmatch(_PAIR_YEAR, label):
        return label
    return re.sub(r"年度?$", "", label) + "年度"


_GROUP_BRACKETS = re.compile(r"[【\[〔<][^【】\[\]〔〕<>]+[】\]〕>]")


def _in_brackets(text: str) -> str | None:
    """What a group's name in brackets says (「【会議所】」 → 「会議所」), or None for text not in brackets."""
    return text[1:-1].strip() if _GROUP_BRACKETS.fullmatch(text) else None


def _with_groups(rows: list[Row]) -> list[Row]:
    """A row with a label and no value heads the rows below it."""
    out: list[Row] = []
    group = None
    bracketed = False  # convention (h2): a group row in brackets 「【会議所】」 heads its numbered rows 「①…」 too
    for r in rows:
        if _CIRCLED_START.match(r.label) and not bracketed:
            group = None
        if not r.has_values:
            group = clean_text(r.label)
            if bracketed := (inner := _in_brackets(group)) is not None:
                group = inner
                # (a group numbered as its rows are, 「【②情報交換会】」, ends at the next numbered row, its sibling)
                bracketed = not _CIRCLED_START.match(group)
            continue
        r.group = r.group or (group if bracketed or not _CIRCLED_START.match(r.label) else None)  # a 区分 cell's own
        out.append(r)
    return out


# Rows in pairs, named in the first row's label (convention: 「商談会(上：支援事業者数・下：商談成約数)」,
# 「(上段：…、下段：…)」 over two rows whose second label cell is empty, or repeats the first when the
# cell spans both rows): A names the upper row's figures, B the lower's.
_PAIR = re.compile(r"^(.*?)\s*\(\s*上段?\s*[:：]\s*(.+?)\s*[・、,/]?\s*下段?\s*[:：]\s*(.+?)\s*\)$")


def _paired_rows(rows: list[Row]) -> list[Row]:
    """Each row of a pair with its own indicator: the name given for its place, after the pair's
    own name when the label has one (「商談会(支援事業者数)」)."""
    for upper, lower in pairwise(rows):
        m = _PAIR.match(nfkc(upper.label).strip())
        if not m or not lower.has_values or (lower.label.strip() and lower.label != upper.label):
            continue
        base = m.group(1).strip()
        upper.label, lower.label = (f"{base}({name})" if base else name for name in (m.group(2), m.group(3)))
        lower.group = upper.group
    return rows


_NAME_UNIT = re.compile(r"\s*[(（]([^()（）]{1,6})[)）]$")
# Convention (docs21, n2: a table with no 現行 column): the row's 現行 value in brackets at the end of its name,
# 「①地域経済動向分析の公表回数（現行1回）」 — the baseline and, from it, the unit — or 「（新規）」 for a measure
# new to the plan (no 現行 value, and no unit stated)
_NAME_BASELINE = re.compile(r"\s*[(（]\s*(?:(?:現行|現状|実績|基準値?)\s*[:：]?\s*([^()（）\s]{1,12})|新規)\s*[)）]$")


def _baseline_in_name(r: Row) -> None:
    """Move a 現行 value written in the row's name (see _NAME_BASELINE) into its baseline."""
    if (r.baseline is None and (m := _NAME_BASELINE.search(r.label))
            and (m.group(1) is None or parse_quantity(m.group(1)).value is not None)):
        r.label, r.baseline = r.label[:m.start()], m.group(1)


def _target(r: Row, subitem: str | None) -> Target:
    _baseline_in_name(r)
    years = sorted(r.values)
    raw = {str(fy): r.values[fy] for fy in years}
    unit = majority_unit(list(raw.values())) or r.unit or (parse_quantity(r.baseline).unit if r.baseline else None)
    label = r.label
    if (m := _NAME_UNIT.search(label)) and UNIT_WORD.fullmatch(u := nfkc(m.group(1))) and unit in (None, u):
        # convention (f1): the unit in brackets after the name, the cells bare 「①…公表回数（回）」
        label, unit = label[:m.start()], u
    base = parse_quantity(r.baseline) if r.baseline is not None else None
    total = parse_quantity(r.total) if r.total is not None else None
    return Target(
        indicator=clean_text(label),
        unit=unit,
        baseline=base.value if base else None,
        baseline_raw=r.baseline if r.baseline else None,
        values={str(fy): parse_quantity(r.values[fy]).value for fy in years},
        raw=raw,
        note=clean_text(r.note) if r.note else None,
        group=clean_text(r.group) if r.group else None,
        subitem=subitem,
        total=total.value if total else None,
        total_raw=r.total,
        location=Location(page=r.page, line=r.line),
    )

"""A sheet of the form typed as one two-column table, read as its lines.

Convention (writer Q's Word plan, and the 2014 prefecture templates it follows): the whole of 別表1 is one
table of two columns, 「項目 | 内容」 — each row a heading of the form in the first cell (「１．目標」,
「３．地域の経済動向調査に関すること」, 「Ⅰ．経営発達支援事業の内容」) and its text in the second, a paragraph
a line: the item's parts 「（１）現状と課題」…, and its 目標 as lines aligned with full-width spaces
(「項目　　　　現行　令和8年度 …」). Such a table is no table of figures: it is read as the heading's line, then
each line of the text, as a plan written without the table gives them. The 概要's label | value table stays a
table (its labels are no numbered headings).
"""

from __future__ import annotations

import re

from hattatsu.normalize import compact

from .blocks import Block, Line, Table
from .outline import Kind, classify_heading

_HEAD = {"項目", "区分", "見出し"}
_TEXT = {"内容", "記載内容", "本文"}
# Headings a row of the table may open with (the form's numbered headings: a row a part of an item too)
_KINDS = {Kind.GOALS, Kind.GOAL_SUB, Kind.PERIOD_POLICY, Kind.PERIOD, Kind.POLICIES, Kind.ITEM, Kind.PART,
          Kind.SUBITEM, Kind.SUBSECTION}
_SUMMARY_LABEL = re.compile(r"^[■□◆【]?(?:実施者名|連絡先|実施期間)")


def unfold_form_tables(blocks: list[Block]) -> list[Block]:
    """The blocks with each sheet typed as a two-column table (see above) as its lines."""
    if not any(isinstance(b, Table) and _is_form_table(b) for b in blocks):
        return blocks
    out: list[Block] = []
    for b in blocks:
        if not (isinstance(b, Table) and _is_form_table(b)):
            out.append(b)
            continue
        start = 1 if _header(b.rows[0]) else 0
        for i in range(start, len(b.rows)):
            line, page = b.row_line(i), b.row_page(i)
            for cell in b.rows[i][:2]:
                out.extend(Line(part.strip(), line, page) for part in cell.split("\n") if part.strip())
    return out


def _header(row: list[str]) -> bool:
    cells = [compact(c) for c in row if c.strip()]
    return len(cells) == 2 and cells[0] in _HEAD and cells[1] in _TEXT


def _is_form_table(table: Table) -> bool:
    """Two columns, the first cells the form's headings — numbered ones in half the rows at least, two at least (a
    「項目 | 内容」 header above them or not), none a label of the 概要 (実施者名, 連絡先) — the second text."""
    rows = [r for r in table.rows if any(c.strip() for c in r)]
    if len(rows) < 2 or any(len(r) > 2 for r in rows):
        return False
    body = rows[1:] if _header(rows[0]) else rows
    numbered = 0
    for r in body:
        key = compact(r[0].split("\n")[0])
        if _SUMMARY_LABEL.match(key):
            return False
        h = classify_heading(key) if key else None
        numbered += h is not None and h.kind in _KINDS and (h.number is not None or h.kind == Kind.PART)
    return numbered >= 2 and 2 * numbered >= len(body)

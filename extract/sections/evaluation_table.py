"""Evaluation entries from a 実施状況一覧 table (大項目 / 中項目 / 事業内容 / 実施状況 / 評価).

The 大項目 and 中項目 cells are carried down to the rows below them; rows that a
converter shifted one column to the left are put back by where their grade is.
Targets and actuals come from the prose of 事業内容 and 実施状況.
"""

from __future__ import annotations

import re

from hattatsu.model import EvaluationEntry, Location
from hattatsu.normalize import clean_text, compact

from ..blocks import Table
from ..item_keys import classify_title
from .prose_numbers import stated_actual, stated_target

_HEADER = ("大項目", "中項目", "事業内容", "実施状況", "評価")
_GRADE = re.compile(r"^[A-E]$")
_ITEM = re.compile(r"^\d+\s*[.．]\s*\S|^[IVX]+[.．\s]")


def is_status_table(table: Table) -> bool:
    return any(all(any(compact(c) == h for c in row) for h in _HEADER) for row in table.rows[:2])


def grading_texts(table: Table) -> list[str]:
    """Cells that may define the grades (the 評価基準 column)."""
    return [c for row in table.rows[:3] for c in row if re.search(r"[A-E]\s*[:：]", c)]


def table_entries(tables: list[Table]) -> list[EvaluationEntry]:
    out: list[EvaluationEntry] = []
    major = middle = ""
    for table in tables:
        header = next(i for i, row in enumerate(table.rows) if any(compact(c) == "実施状況" for c in row))
        cols = {compact(c): j for j, c in enumerate(table.rows[header])}
        content, result, grade_col = cols["事業内容"], cols["実施状況"], cols["評価"]
        for i in range(header + 1, len(table.rows)):
            cells = [c.strip() for c in table.rows[i]]
            g = next((j for j, c in enumerate(cells) if _GRADE.match(c)), None)
            shift = (g - grade_col) if g is not None and g < grade_col else 0
            if not any(cells[: grade_col + 1]):
                continue
            if shift:
                cells = [""] * -shift + cells  # put the row back under its header
            first = [c for c in cells[: content] if c]
            for c in first:
                if re.match(r"^[IVX]+[.．\s]", c):
                    major = c
                elif _ITEM.match(c):
                    middle = c
            activity = cells[content] if content < len(cells) else ""
            if not activity:
                stray = [c for c in first if c != middle and c != major and compact(c) != "事業内容"]
                activity = stray[0] if stray else ""
            if not activity:
                continue
            status = cells[result] if result < len(cells) else ""
            grade = cells[grade_col] if grade_col < len(cells) and _GRADE.match(cells[grade_col]) else None
            target = stated_target(activity)
            actual = stated_actual(status, target)
            out.append(EvaluationEntry(
                item_key=classify_title(re.sub(r"^\d+\s*[.．]\s*", "", middle)) or classify_title(major),
                activity=clean_text(activity),
                target=target.value if target else None,
                actual=actual.value if actual else None,
                unit=(target or actual).unit if (target or actual) else None,
                grade=grade,
                note=clean_text(status) or None,
                location=Location(page=table.row_page(i), line=table.row_line(i)),
            ))
    return out

"""Tables printed one cell a line in a text export.

Convention: PDF-to-text tools and Google Docs' plain-text export print every cell of a
table on its own line, row after row: a 目標 table becomes 「支援内容」「単位」「現行」
「令和8年度」…「令和12年度」 and then eight lines per indicator (label, 単位, 現行, five
year values); a 別表3 budget begins with an empty corner cell before its year headers; a
別表2 staff list is 「役職」「人数」 then pairs of lines. Nothing marks the row breaks, so the
rows are rebuilt from the width of the header run: a run of year headers (with up to four
column labels or an empty corner before it), or a run of known column names (役職/人数 …).
The width is the one whose rows check best (a label first, short cells, values in the year
columns). Rebuilt rows are joined with tabs, so the reader's tab-row path makes them one
table like any other.

Bounded: each header candidate looks at most `_MAX_ROWS` rows ahead, so the pass is linear
in the number of lines times a small constant.
"""

from __future__ import annotations

import re

from hattatsu.normalize import is_value_cell, nfkc

# A year column header: 令和8年度, R8年度, 2026年度, 平成30年度, 1年目 (full-width digits too).
_YEAR = re.compile(r"^(令和|平成|R|Ｒ|H|Ｈ)?\s*[0-9０-９元]{1,4}\s*(年度?)?$|^[0-9０-９]{1,2}\s*年目$")
# Column names of the one-cell-a-line tables without year columns (別表2 役職/人数 …).
_COLUMN_WORDS = frozenset({"役職", "人数", "氏名", "区分", "職名", "人員", "員数", "所属", "担当", "備考"})
_COUNT_WORDS = frozenset({"人数", "人員", "員数"})  # the value column among them
# A column after the years (「合計」): part of the header run, its cells values too.
_TOTAL = frozenset({"合計", "計", "累計", "総計"})
_HEADING = re.compile(r"^[(（][0-9０-９一-九]+[)）]|^[0-9０-９]+[.．、]|^[a-zA-Zａ-ｚ]{1,4}[.．)）]\s")
_MAX_LABELS = 4  # column labels (or an empty corner) before the year headers
_MAX_ROWS = 200
_MAX_CELL = 15  # characters of a cell in a value column
_MAX_LABEL = 120
_MAX_LABEL_COLUMN = 10  # characters of a column label before the year headers


def _value(cell: str) -> bool:
    """A short cell holding a value: a number with its unit, a dash, 未実施/随時 (normalize.is_value_cell)."""
    return bool(cell) and len(cell) <= _MAX_CELL and is_value_cell(cell)


def rebuild_rows(lines: list[str]) -> list[tuple[int, str]]:
    """`lines` with each one-cell-a-line table joined into tab-separated rows: (index of the
    row's first line, text) pairs; other lines pass unchanged."""
    out: list[tuple[int, str]] = []
    i, n = 0, len(lines)
    while i < n:
        found = _table_at(lines, i)
        if found is None:
            out.append((i, lines[i]))
            i += 1
            continue
        rows, end = found
        first = _take_labels(out, rows[0][1])
        rows[0] = (rows[0][0] if first is None else first, rows[0][1])
        for start, cells in rows:
            out.append((start, "\t".join(cells)))
        i = end
    return out


def _take_labels(out: list[tuple[int, str]], header: list[str]) -> int | None:
    """Fill the header's leading empty cells with the column labels printed just before it
    (「支援内容」「単位」「現行」), taken back from `out`; a cell with no label stays the empty corner.
    The index of the first line taken, if any."""
    taken = None
    k = 0
    while k < len(header) and header[k] == "":
        k += 1
    while k and out:
        text = _cell(out[-1][1])
        raw = out[-1][1]
        if "\t" in raw or "\f" in raw or len(text) > _MAX_LABEL_COLUMN or "。" in text or _HEADING.match(text):
            break
        if not text and k < len(header) and header[k - 1] == "" and k > 1:
            break  # a blank line is the corner only as the first cell
        taken = out.pop()[0]
        k -= 1
        header[k] = text
    return taken


def _column_word(cell: str) -> bool:
    return nfkc(cell) in _COLUMN_WORDS  # NFKC: 「⼈数」 with a Kangxi radical, as a PDF copy gives it


def _is_label(line: str) -> bool:
    text = _cell(line)
    return bool(text) and "\t" not in line and len(text) <= _MAX_LABEL_COLUMN and "。" not in text \
        and not _HEADING.match(text) and not _YEAR.match(text)


def _cell(line: str) -> str:
    return line.strip(" \u3000\t")


def _table_at(lines: list[str], i: int) -> tuple[list[tuple[int, list[str]]], int] | None:
    """The table whose header run starts at line `i`: its rows and the index after it."""
    first = _cell(lines[i])
    if "\t" in lines[i] or "\f" in lines[i]:
        return None
    if _YEAR.match(first):
        prev = _cell(lines[i - 1]) if i else None
        if prev is not None and _YEAR.match(prev):
            return None  # not the start of the run
        years = _run(lines, i, lambda c: bool(_YEAR.match(c)))
        if years < 3:
            return None
        if i + years < len(lines) and _cell(lines[i + years]) in _TOTAL:
            years += 1
        return _best(lines, i, years)
    if _column_word(first) and not (i and _column_word(_cell(lines[i - 1]))):
        width = _run(lines, i, _column_word)
        if width < 2:
            return None
        names = [_cell(x) for x in lines[i:i + width]]
        count = next((k for k, c in enumerate(names) if nfkc(c) in _COUNT_WORDS), width - 1)
        rows, end = _rows(lines, i + width, width, 1, count)
        if len(rows) < 2:
            return None
        return [(i, [_cell(x) for x in lines[i:i + width]]), *rows], end
    return None


def _run(lines: list[str], i: int, test) -> int:
    k = i
    while k < len(lines) and k - i < 40 and "\t" not in lines[k] and test(_cell(lines[k])):
        k += 1
    return k - i


def _best(lines: list[str], i: int, years: int) -> tuple[list[tuple[int, list[str]]], int] | None:
    """The header width (year run plus labels before it) whose rows check best."""
    printed = 0  # column labels printed just before the year run (支援内容/単位/現行)
    while printed < _MAX_LABELS and i - printed > 0 and _is_label(lines[i - printed - 1]):
        printed += 1
    # (rows, the run ends clean — no stray value after it —, width matches the printed labels, labels)
    best: tuple[int, bool, bool, int] | None = None
    for labels in range(_MAX_LABELS + 1):
        rows, end = _rows(lines, i + years, years + labels, years)
        clean = end >= len(lines) or not _value(_cell(lines[end]))
        score = (len(rows), clean, labels == printed, labels)
        if rows and (best is None or score[:3] > best[:3]):
            best = score
    if best is None:
        return None
    labels = best[3]
    rows, end = _rows(lines, i + years, years + labels, years)
    # The labels are the short lines just before the year run (already emitted as lines: the
    # header row keeps them and pads an empty corner where the export left none).
    header = [_cell(x) for x in lines[i:i + years]]
    return [(i, [""] * labels + header), *rows], end


def _rows(lines: list[str], start: int, width: int, values: int,
          value_at: int | None = None) -> tuple[list[tuple[int, list[str]]], int]:
    """Consecutive rows of `width` cells from `start` that check: a label first, short cells
    after it, and at least half of the last `values` cells values."""
    rows: list[tuple[int, list[str]]] = []
    k = start
    while len(rows) < _MAX_ROWS and k + width <= len(lines):
        raw = lines[k:k + width]
        if any("\t" in x or "\f" in x for x in raw):
            break
        cells = [_cell(x) for x in raw]
        if not _row_checks(cells, values, value_at, bool(rows)):
            break
        rows.append((k, cells))
        k += width
    while rows and not any(rows[-1][1][1:]):  # a group row (a label over empty cells) only before a row
        k = rows.pop()[0]
    return rows, k


def _row_checks(cells: list[str], values: int, value_at: int | None = None, continuing: bool = False) -> bool:
    """A row: a label, short cells after it, and values in the value columns (the last `values`,
    or the one at `value_at`). `continuing`: a row after another may leave its label empty (a
    label cell merged over two rows, 「（上：…・下：…）」), if all its value cells hold values."""
    # The row's label: its first cell, or the second under a 「区分」 cell filled once a group
    first = 0 if cells[0] or len(cells) - values < 2 else 1
    label, rest = cells[first], cells[first + 1:]
    tail = [cells[value_at]] if value_at is not None else cells[max(1, len(cells) - values):]
    if continuing and not cells[0] and all(_value(c) for c in tail) \
            and all(not c or _value(c) for c in cells[1:]):
        return True
    if not label or _value(label) or _YEAR.match(label) or len(label) > _MAX_LABEL or "。" in label:
        return False
    if _HEADING.match(label) and len(cells) > 2:
        return False
    if any(len(c) > _MAX_CELL or "。" in c for c in rest):
        return False
    if not any(rest):
        return True  # a group row: 「区分」 label over the rows under it
    return sum(bool(_value(c)) for c in tail) * 2 >= len(tail) and bool(_value(tail[-1]))

"""Delimited text in a text export: CSV rows, and tab rows as a spreadsheet copies them, as the reader's tab rows.

Two conventions of plans pasted from other tools, both turned into plain tab rows line for line (each
physical line stays a line, so a block's line number is still the file's):

- CSV rows (an online form system's text export, m2; a table saved from Excel as CSV and pasted): a line
  whose first cell is in double quotes and that parses as comma-separated cells, every cell quoted or a
  bare number or empty — 「"指標","単位","現行","R8年度"」, 「"会頭",1」, 「"(1)商談会出展支援",,,,」. A
  quoted cell may hold commas (「"2,400"」). A line of running text with a quotation in it (「"Go To"の…」,
  「"引用",と述べた」) is no row: its unquoted cells are words.
- Tab rows as Excel copies a sheet (m3): a cell holding line breaks (or a quote or a tab) is written in
  double quotes and runs over several lines, quotes inside doubled 「""」; and a copy that took the sheet's
  row headers has the row number in the first column of every row (「13<tab><tab>"①現状…」, a blank row
  just its number). The quoted cell's lines are each put in its column (its first line on the row, the
  next ones on lines of their own, indented to the cell's column), and the row numbers are dropped.
  A row of one cell is then the cell's text alone (a paragraph of the sheet), a row of several keeps its
  columns less the indent the rows of its run share (a table typed from the third column is a table).
- Rows typed with 「／」 between cells (a plan re-typed in a text editor, l2): 「項目／現状／R8／R9…」 over
  「①景況調査の公表回数／2／4／4…」, 「区分／R8年度…」 over 別表3's lines, 「会長／1名」 a line. A run of two lines
  or more, three in four of the rows after the first ending in a figure (a number, 「1名」, a dash): a row wider
  than the first has a 「／」 in its name (「売上額／者／－／15万円…」), its first cells are the name. A
  「TEL …／FAX …」 line alone, a form's field path 「1.目標／(1)…：」 or a sentence is no row.
"""

from __future__ import annotations

import csv
import re
from itertools import pairwise

from hattatsu.normalize import YEAR_AS_WRITTEN, nfkc

# (a header's corner cell left empty: 「,"公表方法","現行",…」; docs20: the lower row of a pair whose label cell is
# empty, its figures bare 「,0,1,1,2」)
_CSV_START = re.compile(r'^\s*(?:,*"|,+[-+]?[0-9０-９])')
_NUMBER = re.compile(r"^[-+]?[0-9０-９][0-9０-９,，.]*$")
_ROW_NUMBER = re.compile(r"^\d{1,6}$")
_MAX_CELL_LINES = 60  # lines one quoted cell may run over (bounded scan on a stray quote)


def delimited_rows(lines: list[str]) -> list[str]:
    """The lines with CSV rows, slash rows and a spreadsheet's quoted cells and row numbers as tab rows (see the
    module)."""
    lines = _slash_rows([_csv_row(ln) for ln in lines])
    if not any(ln.startswith('"') or '\t"' in ln for ln in lines) and not _numbered(lines):
        return lines
    records = _records(lines)
    numbered = _numbered_records(records)
    if not numbered and not any(quoted for _, _, quoted in records):
        return lines
    rows: list[list[str] | str] = []  # a line's cells, or a line as it is
    at = 0
    spans = [[r[1:] for r in span] if numbered and cells and _ROW_NUMBER.match(cells[0].strip()) else span
             for cells, span, _ in records]
    for k, (_, span, quoted) in enumerate(records):
        if numbered and span is not spans[k]:
            span = spans[k]
        elif not numbered and not quoted:
            rows.extend(lines[at:at + len(span)])
            at += len(span)
            continue
        at += len(span)
        rows.extend(_lay_out(span, _inside_a_table(spans, k)))
    return _without_shared_indent(rows)


def _inside_a_table(spans: list[list[list[str]]], k: int) -> bool:
    """Whether record k, one line, fills a column after the first of the rows of cells just above and below it
    (docs20: a table's row whose label cell is empty, 「<tab><tab><tab>高崎市」 under 「【実施者名】<tab>…商工会」)."""
    def first_filled(span: list[list[str]]) -> int | None:
        filled = [j for j, c in enumerate(span[0]) if c.strip()] if len(span) == 1 else []
        return filled[0] if len(filled) >= 2 else None

    own = [j for j, c in enumerate(spans[k][0]) if c.strip()] if len(spans[k]) == 1 else []
    if len(own) != 1 or not 0 < k < len(spans) - 1:
        return False
    above, below = first_filled(spans[k - 1]), first_filled(spans[k + 1])
    return above is not None and below is not None and above < own[0] and below < own[0]


def _csv_row(line: str) -> str:
    """A CSV row as a tab row; any other line as it is."""
    if not _CSV_START.match(line) or "," not in line or "\t" in line:
        return line
    try:
        cells = next(csv.reader([line.strip()], strict=True))
    except (csv.Error, StopIteration):
        return line
    bare = _bare_cells(line.strip())
    if len(cells) < 2 or bare is None or any(c.strip() and not _NUMBER.match(c.strip()) for c in bare):
        return line
    return "\t".join(c.replace("\t", " ").replace("\n", " ") for c in cells)


def _bare_cells(line: str) -> list[str] | None:
    """The unquoted cells of a CSV line (None when a quoted cell's closing quote is not where a cell ends)."""
    bare, i, n = [], 0, len(line)
    while i <= n:
        if i < n and line[i] == '"':
            j = i + 1
            while (j := line.find('"', j)) >= 0 and j + 1 < n and line[j + 1] == '"':
                j += 2
            if j < 0 or (j + 1 < n and line[j + 1] != ","):
                return None
            i = j + 2
            continue
        k = line.find(",", i)
        k = n if k < 0 else k
        bare.append(line[i:k])
        i = k + 1
    return bare


def _records(lines: list[str]) -> list[tuple[list[str], list[list[str]], bool]]:
    """Tab records: (cells, the record's physical lines as cells, whether a quoted cell ran over lines). A cell
    opening with a quote is quoted when a closing quote (not doubled) ends a cell within the next lines."""
    out: list[tuple[list[str], list[list[str]], bool]] = []
    i, n = 0, len(lines)
    while i < n:
        cells: list[str] = []
        parts = lines[i].split("\t")
        span = 1
        k = 0
        while k < len(parts):
            closed = _close(lines, i + span - 1, parts[k:]) if parts[k].startswith('"') else None
            if closed is None:
                cells.append(parts[k])
                k += 1
                continue
            text, extra, rest = closed
            cells.append(text)
            span += extra
            parts, k = rest, 0
        out.append((cells, _cell_lines(cells, span), span > 1))
        i += span
    return out


def _close(lines: list[str], at: int, parts: list[str]) -> tuple[str, int, list[str]] | None:
    """The quoted cell opening parts[0] on line ``at``: (its text, the lines it runs over after the first,
    the cells after it on its last line); None when no closing quote ends a cell. Each line is searched once
    (a doubled quote never spans lines), at most ``_MAX_CELL_LINES`` of them."""
    pieces: list[str] = []
    text = "\t".join(parts)[1:]
    extra = 0
    while True:
        j = _closing_quote(text)
        if j >= 0:
            if j + 1 < len(text) and text[j + 1] != "\t":
                return None  # a quote inside running text: no quoted cell
            pieces.append(text[:j])
            rest = text[j + 2:].split("\t") if j + 1 < len(text) else []
            return "\n".join(pieces).replace('""', '"'), extra, rest
        pieces.append(text)
        extra += 1
        if extra > _MAX_CELL_LINES or at + extra >= len(lines) or "\t" in lines[at + extra]:
            return None  # (a line of cells before the quote closes: the quote opened no cell)
        text = lines[at + extra]


def _closing_quote(text: str) -> int:
    """Where the first quote that is not doubled stands in a line, or -1."""
    j = 0
    while (j := text.find('"', j)) >= 0 and j + 1 < len(text) and text[j + 1] == '"':
        j += 2
    return j


def _cell_lines(cells: list[str], span: int) -> list[list[str]]:
    """The record's physical lines as cells: each cell's n-th line in its column on the record's n-th line (a
    cell's last lines on the record's last line when the cells before it ran over lines of their own)."""
    split = [c.split("\n") for c in cells]
    rows = [["" for _ in cells] for _ in range(span)]
    for k, parts in enumerate(split):
        for n, part in enumerate(parts):
            rows[min(n, span - 1)][k] = (rows[min(n, span - 1)][k] + " " + part).strip() if n >= span else part
    for r in rows[1:]:  # a cell's next lines: no empty cells after them (the first line's are as written)
        while r and not r[-1].strip():
            r.pop()
    return rows


def _numbered(lines: list[str]) -> bool:
    return sum(1 for ln in lines if _ROW_NUMBER.match(ln.split("\t", 1)[0].strip())) >= 10


def _numbered_records(records: list[tuple[list[str], list[list[str]], bool]]) -> bool:
    """Whether the records carry the sheet's row numbers: nearly every one opens with a number, the numbers
    rising (gaps where rows were hidden or left out)."""
    firsts = [cells[0].strip() if cells else "" for cells, _, _ in records]
    numbers = [int(f) for f in firsts if _ROW_NUMBER.match(f)]
    if len(numbers) < 10 or len(numbers) < 0.9 * len(records):
        return False
    return all(b > a for a, b in pairwise(numbers))


def _lay_out(span: list[list[str]], in_table: bool = False) -> list[list[str] | str]:
    """The record's lines: a record of one filled cell, its last, its text line by line (a paragraph of the
    sheet) unless it is a row of the table around it, any other its lines as cells (a group's row of a table,
    「①景況調査<tab><tab>…」, stays a row)."""
    filled = {k for r in span for k, c in enumerate(r) if c.strip()}
    if len(filled) <= 1 and all(k == len(r) - 1 for r in span for k in filled) and not in_table:
        return [next((c for c in r if c.strip()), "").strip() for r in span]
    return [r if any(c.strip() for c in r) else "" for r in span]


def _without_shared_indent(rows: list[list[str] | str]) -> list[str]:
    """Each run of rows of cells as tab rows less the empty leading cells all its rows share."""
    out: list[str] = []
    run: list[list[str]] = []

    def close() -> None:
        indent = min((next(k for k, c in enumerate(r) if c.strip()) for r in run), default=0)
        out.extend("\t".join(r[indent:]) for r in run)
        run.clear()

    for r in rows:
        if isinstance(r, list):
            run.append(r)
            continue
        close()
        out.append(r)
    close()
    return out


_SLASH = "／"
_MAX_SLASH_CELL = 60  # characters of a slash row's cell (a longer one is a sentence)
_SLASH_FIGURE = re.compile(r"[0-9０-９]|^[\s\u3000]*[-－―ー—‐]*[\s\u3000]*$")  # a row's last cell: a figure or a dash


def _slash_rows(lines: list[str]) -> list[str]:
    """Runs of rows typed with 「／」 between cells as tab rows (see the module): two lines or more, three in four
    of the rows after the first ending in a figure; each row keeps its indent (a sub-row 「　売上額／者／…」)."""
    out = list(lines)
    i, n = 0, len(lines)
    while i < n:
        run: list[list[str]] = []
        while i + len(run) < n and (cells := _slash_cells(lines[i + len(run)])) is not None:
            run.append(cells)
        if len(run) >= 2 and 4 * sum(bool(_SLASH_FIGURE.search(r[-1])) for r in run[1:]) >= 3 * (len(run) - 1):
            width = len(run[0])
            for k, cells in enumerate(run):
                extra = len(cells) - width
                if k and extra > 0:  # a name holding a slash: its pieces joined back (the header gives the width)
                    cells = [_SLASH.join(cells[:extra + 1]), *cells[extra + 1:]]
                line = lines[i + k]
                indent = line[:len(line) - len(line.lstrip(" \u3000"))]
                out[i + k] = indent + "\t".join(c.strip(" \u3000") for c in cells)
        i += max(len(run), 1)
    return out


def _slash_cells(line: str) -> list[str] | None:
    """The cells of a line that may be a slash row (two or more short cells, no 。 at its end, no field 「…：」 in
    its last cell — a form's field path 「1.目標／(1)地域の現状及び課題：」), else None."""
    t = line.strip(" \u3000")
    if _SLASH not in t or "\t" in t or t.endswith("。"):
        return None
    cells = t.split(_SLASH)
    if any(len(c) > _MAX_SLASH_CELL for c in cells) or re.search(r"[:：]", cells[-1]):
        return None
    if all(_LABELLED_FIGURE.match(nfkc(c).strip()) for c in cells[1:]):
        return None  # a row written as label-and-figure pairs (see _LABELLED_FIGURE), a line the sections read
    return cells


# Convention (j3, o3: a 目標 or 別表3 row typed on one line): the name, then each column's label with its figure,
# set apart with 「／」 — 「…公表回数：現行0回／R5 1回／R6 1回…」, 「…に関する事業：R5年度 200／R6年度 200…」. Its
# cells hold a label and a figure each (a slash table's cells hold one of them): no slash row.
_LABELLED_FIGURE = re.compile(rf"^{YEAR_AS_WRITTEN}\s+[-－―ー\d]")  # (after NFKC)

"""Tables by fiscal year (目標 tables, 別表3): header columns and value rows.

Works on ruled tables (a ``Table`` block) and on tables that a converter
flattened into lines of space-separated cells: rows whose cells sit on
separate lines, values before the next row's label, merged cells, "2 以上",
a missing 現状 cell, and columns stacked one below the other.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import pairwise

from hattatsu.normalize import compact, fiscal_year, is_fiscal_year_label, is_value_cell, nfkc, parse_quantity

from ..blocks import Line, Table

# (a year before it, 「Ｈ２６実績」「R5年度実績」: the last year's 実績 as the baseline, p2)
BASELINE_RE = re.compile(r"^(?:(?:令和|平成|R|H)?(?:[0-9]{1,2}|元|[0-9]{4})(?:年度?)?)?(現行|現状|実績|基準値?|現在)")
NOTE_RE = re.compile(r"公表方法|周知方法|備考|公表")
TOTAL_RE = re.compile(r"合計|計画期間")
_QUALIFIER = {"以上", "以下", "未満", "程度", "超"}
_NOTE_WORD = re.compile(r"^(HP|ホームページ|会報|広報誌?|掲載|公表|Web|WEB|SNS|・|、)+$")
# A unit as a 単位 column's cell holds it: a counter word, 「件/者」, 「万円/者」, 「%」 (also a unit a converter set
# apart from its number, 「50 者」: one cell with it)
UNIT_WORD = re.compile(r"(?:者|社|件|回|人|名|店|先|%|％|円|千円|万円|百万円|事業者|事業所|団体|時間|日|か所|箇所|品目"
                       r"|商品|者数)(?:[/／](?:者|社|年|回|件))?")
_ROW_MARKER = re.compile(r"^([①-⑳]|[ア-ンｱ-ﾝ](?=[\s　)）.．]|$)|\(?[a-zアイウエオ]\)|[0-9]+[)）])")


# Convention (目標 tables of a two-level layout): 「区分 | 指標 | 現行 | R8 …」, the 区分 cell filled on the first
# row of its rows only (merged, or copied as text once): the 区分 is the rows' group, the 指標 their name.
_GROUP_HEAD = re.compile(r"^(区分|分類|事業|項目)$")
# (「区分 | 項目」 too, h1)
_INDICATOR_HEAD = re.compile(r"^(指標|目標指標|内容|支援内容|評価指標|項目|目標項目|指標名)$")


@dataclass
class Columns:
    """Where a header puts each kind of column (indexes into a row)."""

    years: list[tuple[int, int]] = field(default_factory=list)  # (column, fiscal year)
    baseline: int | None = None
    note: int | None = None
    total: int | None = None
    first_value: int = 1
    unit: int | None = None  # a 単位 column (word14: 目標 tables of the Word form)
    group: int | None = None  # a 区分 column before the indicator's (its cell merged down its rows)


def header_columns(cells: list[str]) -> Columns | None:
    """Columns of a header row, or None when it names fewer than one fiscal year."""
    cols = Columns()
    for i, cell in enumerate(cells):
        c = compact(cell)
        if not c:
            continue
        if is_fiscal_year_label(c):
            cols.years.append((i, fiscal_year(c) or 0))
        elif BASELINE_RE.match(c) and i > 0:
            cols.baseline = i
        elif NOTE_RE.search(c) and i > 0:
            cols.note = i
        elif TOTAL_RE.search(c) and i > 0 and cols.years:
            cols.total = i
        elif c == "単位" and i > 0:
            cols.unit = i
        elif _GROUP_HEAD.match(c) and i + 1 < len(cells) and _INDICATOR_HEAD.match(compact(cells[i + 1])):
            cols.group = i
    if not cols.years:
        return None
    cols.first_value = min([c for c in (cols.baseline, cols.note, cols.unit) if c is not None] + [cols.years[0][0]])
    return cols


@dataclass
class Row:
    """A row read from a table: label, cell texts by column kind."""

    label: str
    values: dict[int, str] = field(default_factory=dict)  # fiscal year → raw cell
    baseline: str | None = None
    note: str | None = None
    total: str | None = None
    line: int | None = None
    page: int | None = None
    group: str | None = None
    has_values: bool = False
    unit: str | None = None  # the row's 単位 cell
    # (numbered line, what followed it) when a numbered label line without values was joined to
    # the next line's label: a wrapped label, or a group row and its first indicator (see result)
    joined: tuple[str, str] | None = None


def rows_from_table(table: Table, header_index: int, cols: Columns) -> list[Row]:
    """Rows of a ruled table below its header."""
    rows: list[Row] = []
    group: str | None = None
    if cols.group is None and (spanned := _spanned_group(table, header_index, cols)) is not None:
        cols = replace(cols, group=spanned)
    if cols.unit is None and (unit_col := _unnamed_unit(table, header_index, cols)) is not None:
        cols = replace(cols, unit=unit_col, first_value=unit_col)
    units = _unit_row(table.rows[header_index + 1], cols) if header_index + 1 < len(table.rows) else None
    # the 単位 row's unit of the year columns, for the rows that give none of their own
    table_unit = Counter(u for col, _ in cols.years if (u := units.get(col))).most_common(1)[0][0] \
        if units and any(col in units for col, _ in cols.years) else None
    for i in range(header_index + 1 + bool(units), len(table.rows)):
        cells = table.rows[i]
        label_cells = [c for j, c in enumerate(cells[: cols.first_value]) if j != cols.group]
        label = " ".join(c.strip() for c in label_cells if c.strip())
        row = Row(label, line=table.row_line(i), page=table.row_page(i))
        if cols.group is not None and cols.group < len(cells):
            own = cells[cols.group].strip()
            # an empty 区分 cell: the one above goes on; one that repeats the row's name is a cell merged across 区分
            # and 指標 (a Google Docs export prints its text in both, docs23): a row of no group
            group = None if own and compact(own) == compact(label) else own or group
            row.group = group
        for col, fy in cols.years:
            if col < len(cells):
                row.values[fy] = cells[col].strip()
        if cols.baseline is not None and cols.baseline < len(cells):
            row.baseline = cells[cols.baseline].strip()
        if cols.note is not None and cols.note < len(cells):
            row.note = cells[cols.note].strip() or None
        if cols.total is not None and cols.total < len(cells):
            row.total = cells[cols.total].strip()
        if cols.unit is not None and cols.unit < len(cells):
            row.unit = cells[cols.unit].strip() or None
        if row.unit is None:
            row.unit = table_unit
        row.has_values = any(v for v in row.values.values()) or bool(row.baseline)
        if row.label or row.has_values:
            rows.append(row)
    return rows


def _spanned_group(table: Table, header_index: int, cols: Columns) -> int | None:
    """The 区分 column of a table whose label header spans two columns, or None.

    Convention (q3, a web page's table and a Word table alike): 「支援内容」 drawn over two columns (colspan,
    gridSpan), the first holding a 区分 merged down its rows (rowspan, vMerge: filled on its first row only), the
    second the indicator's name 「①おかやま逸品商談会への出展 | 出展事業者数 | 者 …」 then 「 | 成約件数／者 | 件 …」.
    The spanned header's column is the 区分 when a row has both cells filled and a later row only the second. (docs22:
    Google Docs' export writes a merged cell's text in every place it spans, 「支援内容 | 支援内容」 over
    「①商談会 | 出展事業者数」「①商談会 | 成約件数」: the 区分 the same on the rows after its first.)"""
    head = table.rows[header_index]
    for j in range(min(cols.first_value, len(head)) - 1):
        if not head[j].strip() or (head[j + 1].strip() and compact(head[j + 1]) != compact(head[j])):
            continue
        body = [r for r in table.rows[header_index + 1:] if len(r) > j + 1 and r[j + 1].strip()]
        if (len(body) >= 2 and body[0][j].strip() and not is_fiscal_year_label(compact(body[0][j]))
                and any(not r[j].strip() or (r[j] == p[j] and r[j + 1] != p[j + 1]) for p, r in pairwise(body))):
            return j
        return None
    return None


def _unnamed_unit(table: Table, header_index: int, cols: Columns) -> int | None:
    """The 単位 column of a table whose header does not name it, or None.

    Convention (docs24, a Word table whose corner cell 「項目」 spans the name's column and the unit's over both header
    rows, 「①景況調査 | 回 | 4 | 4 …」): the last of two label columns or more, before the figures, is the rows' 単位
    when every row with figures that fills it has a unit word in it (UNIT_WORD; a row counting in none leaves it
    empty), one at least."""
    last = cols.first_value - 1
    if last < 1 or last == cols.group:
        return None
    body = [r for r in table.rows[header_index + 1:] if len(r) > cols.first_value
            and any(c.strip() for c in r[cols.first_value:])]
    units = [compact(r[last]) for r in body]
    if any(units) and all(not u or UNIT_WORD.fullmatch(u) for u in units) and all(r[0].strip() for r in body):
        return last
    return None


def years_across(table: Table) -> Table:
    """The table with its fiscal years across, as the form draws a 目標 table.

    Convention (g3: a 目標 table transposed in Word — 「年度 | ①… | ②…」, then a row 「現状（令和6年度）| －
    | 4回」 and one row a year 「令和8年度 | 1回 | 4回」): a table whose first column names two fiscal years or
    more, and no row two, is turned so that each indicator is a row and each year a column."""
    rows = table.rows
    down = sum(1 for r in rows if r and is_fiscal_year_label(compact(r[0])))
    across = max((sum(1 for c in r if is_fiscal_year_label(compact(c))) for r in rows), default=0)
    if down < 2 or across >= 2:
        return table
    width = max(len(r) for r in rows)
    turned = [[r[j] if j < len(r) else "" for r in rows] for j in range(width)]
    return Table(turned, table.line, table.page, [table.line] * width, [table.page] * width)


def years_down_lines(blocks: list) -> list:
    """The blocks, each run of lines of a turned 目標 table a converter flattened as one Table (see years_across).

    Convention (docs20: g3's table turned, as a PDF copy or a converter flattens it): a header line opening with
    「年度」 and an indicator a word (「年度　①景況調査　②地域経済分析」), then a line a row, its label the first word
    (「現行　4回　－」, 「令和9年度　4回　1回」); every line of the run as many words as the header, two of them or
    more naming a fiscal year. A name's words after a space go on when they open with a bracket or in hiragana
    (「①景況調査 (四半期毎)」, 「②見える化を図る ためのKPI設定」); a header read otherwise into more words than the rows
    have is left as it is."""
    out: list = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        head = _tokens(b.text) if isinstance(b, Line) else []
        if len(head) >= 2 and compact(head[0]) == "年度":
            head = _header_names(_tokens(b.text))
            run = [head]
            for nxt in blocks[i + 1:]:
                cells = _tokens(nxt.text) if isinstance(nxt, Line) else []
                if len(cells) != len(head) or is_fiscal_year_label(compact(cells[1])):
                    break
                run.append(cells)
            if sum(1 for r in run[1:] if is_fiscal_year_label(compact(r[0]))) >= 2:
                lines = blocks[i:i + len(run)]
                out.append(Table(run, b.line, b.page, [ln.line for ln in lines], [ln.page for ln in lines]))
                i += len(run)
                continue
        out.append(b)
        i += 1
    return out


_NAME_GOES_ON = re.compile(r"[(（ぁ-ゖ]")


def _header_names(tokens: list[str]) -> list[str]:
    """A turned table's header words, a name's words after a space joined back (see years_down_lines)."""
    names: list[str] = []
    for t in tokens:
        if len(names) >= 2 and _NAME_GOES_ON.match(t):
            names[-1] += f" {t}"
        else:
            names.append(t)
    return names


def _unit_row(cells: list[str], cols: Columns) -> dict[int, str] | None:
    """Convention (k3: a 目標 table drawn in Word with a unit per column): a 「単位」 row under the header, a unit
    word in each column (the 現行's and every year's) — the units of the rows below it, no row itself."""
    if not cells or compact(cells[0]) != "単位":
        return None
    filled = {j: compact(c) for j, c in enumerate(cells) if j >= cols.first_value and compact(c)}
    if not filled or not all(UNIT_WORD.fullmatch(u) for u in filled.values()):
        return None
    return filled


def find_table_header(table: Table) -> tuple[int, Columns] | None:
    for i, cells in enumerate(table.rows[:4]):
        cols = header_columns(_over_two_rows(table.rows[i - 1], cells) if i else cells)
        if cols:
            return i, cols
    return None


def _over_two_rows(above: list[str], cells: list[str]) -> list[str]:
    """Convention (k3: a header over two rows drawn without merging its cells): 「| 現行 | 目標値 …」 above 「年度 |
    | 令和2年度 | …」 — a column the year row leaves empty takes the name the row above gives it, when that name
    is a column's (現行, 公表方法, 単位, 合計; a caption such as 目標値 over the years groups them, no column)."""
    def named(j: int) -> str:
        c = compact(above[j]) if j < len(above) else ""
        return above[j] if c and (BASELINE_RE.match(c) or NOTE_RE.search(c) or TOTAL_RE.search(c) or c == "単位") \
            else ""

    cells = cells + [""] * (len(above) - len(cells))  # (a text row's empty cells at its end are dropped)
    return [c if c.strip() or j == 0 else named(j) for j, c in enumerate(cells)]


def line_header(line: Line) -> list[str] | None:
    """The cells of a flattened header line that names two or more fiscal years."""
    tokens = _tokens(line.text)
    if sum(1 for t in tokens if is_fiscal_year_label(t)) >= 2:
        return tokens
    return None


def _tokens(text: str) -> list[str]:
    """Space-separated cells of a flattened row; '2 以上' and '75 ※1' stay one cell."""
    raw = nfkc(text).replace("\u3000", " ").split()
    out: list[str] = []
    for t in raw:
        qualifier = (t in _QUALIFIER or re.fullmatch(r"※\d*", t)) and is_value_cell(out[-1]) if out else False
        unit = bool(out) and UNIT_WORD.fullmatch(t) and re.fullmatch(r"[\d,.]+", out[-1])
        if qualifier or unit:
            out[-1] = f"{out[-1]} {t}"
        elif out and re.fullmatch(r"年度", t) and re.search(r"\d$", out[-1]):
            out[-1] += t
        else:
            out.append(t)
    # 'R 5年度' split by a converter
    merged: list[str] = []
    for t in out:
        if merged and re.fullmatch(r"(R|令和)", merged[-1]) and re.match(r"\d+年度", t):
            merged[-1] += t
        else:
            merged.append(t)
    return merged


# (with its unit, 「…数4者」; an amount with its commas, 「…費5,000」)
_GLUED_VALUE = re.compile(rf"(.*[^\d\s,.\-])((?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,4}})(?:{UNIT_WORD.pattern})?)")


def split_glued(token: str) -> tuple[str, str] | None:
    """(label, value) of a label with its first value glued to it (see LineTable.feed), or None."""
    m = _GLUED_VALUE.fullmatch(token)
    return (m.group(1), m.group(2)) if m else None


def _is_value_token(t: str) -> bool:
    return is_value_cell(t) and not re.fullmatch(r"[ア-ン]", t)


class LineTable:
    """Rebuilds rows from lines of a flattened table."""

    def __init__(self, header: list[str]) -> None:
        self.n_years = sum(1 for t in header if is_fiscal_year_label(t))
        self.years = [fiscal_year(t) or 0 for t in header if is_fiscal_year_label(t)]
        self.has_baseline = any(BASELINE_RE.match(t) for t in header)
        self.has_note = any(NOTE_RE.search(t) for t in header)
        self.has_total = any(TOTAL_RE.search(t) for t in header[header.index(next(
            t for t in header if is_fiscal_year_label(t))):])
        self.width = self.n_years + self.has_baseline + self.has_total
        # a 単位 column (「項目 単位 現状 H27 …」): each row's unit the word before its values (「…回数 回 2 4 …」)
        self.has_unit = any(compact(t) == "単位" for t in header)
        self.rows: list[Row] = []
        self.pending: Row | None = None
        self.group: str | None = None
        self.piece = ""  # the last line of the open row's name
        self.cuts: list[int] = []  # the length of each line a name went on after (the cells' width, docs21)

    # ------------------------------------------------------------------
    def feed(self, line: Line) -> None:
        tokens = _tokens(line.text)
        if not tokens:
            return
        lead = _leading_values(tokens)
        if len(lead) >= self.n_years and self.pending is not None and not self.pending.has_values:
            self._assign(self.pending, lead[: self.width])
            tokens = tokens[len(lead[: self.width]):]
            if not tokens:
                return
        trail = _trailing_values(tokens)
        if (self.n_years <= len(trail) or len(trail) == self.width - 1 > 0) and len(trail) < self.width \
                and len(tokens) > len(trail) and (glued := split_glued(tokens[-len(trail) - 1])):
            # convention (columns aligned with spaces, a label filling its column to the edge): 「…公表回数０　１　１」,
            # the first value glued to the label when one is missing from the row (docs20: in a table without a
            # 現行 column too, 「…増加した事業者数10者　10者…」, one value short of its years)
            tokens = [*tokens[:-len(trail) - 1], *glued, *trail]
            trail = [glued[1], *trail]
        label_tokens = tokens[: len(tokens) - len(trail)] if len(trail) >= self.n_years else tokens
        values = trail if len(trail) >= self.n_years else []
        if self.has_unit and len(values) == self.width + 1 and values[0] in ("-", "－", "―"):
            # convention (docs19: a 単位 column in a table typed with spaces, a row counting in no unit): its 単位
            # cell 「－」 is no value — 「事業計画策定件数　－　104　150　150　150　450」 (its 合計 the last)
            values = values[1:]
        note = unit = None
        if self.has_note and label_tokens and _NOTE_WORD.match(label_tokens[-1]) and len(label_tokens) > 1:
            note = label_tokens.pop()
        if (self.has_unit and values and len(label_tokens) > 1 and UNIT_WORD.fullmatch(label_tokens[-1])
                and not re.search(r"\d$", label_tokens[-2])):  # (「…:50 者」 is a count in the name)
            unit = label_tokens.pop()
        label = " ".join(label_tokens)
        own_note = None
        if label and self.has_note and _NOTE_WORD.match(compact(label)) and self.pending is not None:
            if values and self.pending.has_values:
                # a row of its own whose label cell is empty (the lower row of a pair named above it,
                # a label cell spanning rows): the words before its values are its 公表方法
                own_note = compact(label)
            else:
                self.pending.note = (self.pending.note or "") + compact(label)
            label = ""
        if label:
            if self._continues_label(label):
                assert self.pending is not None
                self.cuts.append(len(self.piece))
                self.piece = label
                if re.match(r"^[①-⑳].", self.pending.label) and not self.pending.joined:  # a number with a title
                    self.pending.joined = (self.pending.label, label)
                self.pending.label = _join_label(self.pending.label, label)
            else:
                self._start(label, line)
                self.piece = label
        if note and self.pending is not None:
            self.pending.note = (self.pending.note or "") + note
        if values:
            if self.pending is None or self.pending.has_values:
                self._start("", line)
            assert self.pending is not None
            self._assign(self.pending, values)
            if own_note:
                self.pending.note = own_note
            if unit:
                self.pending.unit = unit

    def _continues_label(self, label: str) -> bool:
        p = self.pending
        # (docs21: a name cut inside its brackets goes on whatever the next line starts with, 「…（現行」 + 「104）」)
        return not (p is None or p.has_values or (_ROW_MARKER.match(label) and not _unclosed(p.label)))

    def _start(self, label: str, line: Line) -> None:
        p = self.pending
        if p is not None and not p.has_values and _ROW_MARKER.match(label) and p.label:
            # a numbered label with no values of its own, followed by lettered rows: a group
            if re.match(r"^[①-⑳]", p.label) and not re.match(r"^[①-⑳]", label):
                self.group = p.label
                self.rows.remove(p)
            elif re.fullmatch(r"[①-⑳]", p.label):
                p.label = _join_label(p.label, label)
                return
        elif p is not None and not p.has_values and re.fullmatch(r"[①-⑳]", p.label):
            p.label = _join_label(p.label, label)
            return
        if re.match(r"^[①-⑳]", label):
            self.group = None
        self.pending = Row(label, line=line.line, page=line.page, group=self.group)
        self.rows.append(self.pending)

    def _assign(self, row: Row, values: list[str]) -> None:
        vals = list(values)
        if self.has_total and len(vals) == self.width:
            row.total = vals.pop()
        years = self.years
        if len(vals) > len(years):
            row.baseline = vals[len(vals) - len(years) - 1]
            vals = vals[len(vals) - len(years):]
        for fy, v in zip(years[len(years) - len(vals):], vals, strict=True):
            row.values[fy] = v
        row.has_values = True

    def result(self) -> list[Row]:
        rows = _wrapped_tails([r for r in self.rows if r.label or r.has_values])
        _split_groups(rows, self.cuts)
        # cells merged over several rows: rows with none take the values above them
        for prev, row in pairwise(rows):
            if not row.has_values and prev.has_values and row.group == prev.group and row.group:
                row.values, row.baseline, row.has_values = dict(prev.values), prev.baseline, True
            if row.note is None and prev.note and row.group == prev.group and row.group:
                row.note = prev.note
        return rows


_CUT_END = re.compile(r"(の|を|に|と|へ|及び|並びに|・|、)$")


def _wrapped_tails(rows: list[Row]) -> list[Row]:
    """A row's label wrapped below its values (convention: a scan or a PDF copy, 「③売上増加率10%以上の …
    1者 …」 then 「事業者数」 alone): a label without values after a row whose label stops on a particle,
    or after the last row of values, is the end of that row's label, not a row (nor a group: none follows)."""
    out: list[Row] = []
    for i, row in enumerate(rows):
        prev = out[-1] if out else None
        last = i == len(rows) - 1 and not re.search(r"[。)）]$|^[(（※*]", row.label)
        if prev is not None and prev.has_values and not row.has_values and row.label and len(row.label) <= 20 \
                and (_CUT_END.search(prev.label) or last):
            prev.label = _join_label(prev.label, row.label)
            continue
        out.append(row)
    return out


def _unclosed(text: str) -> bool:
    """Whether a bracket opened in the text is not closed in it."""
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def _split_groups(rows: list[Row], cuts: list[int] | None = None) -> None:
    """A table flattened into lines loses the cell that told a group row (「⑥商工会HPによる情報発信」
    alone) from a label wrapped onto the next line. Where rows are numbered ①②…, a numbered row
    followed by rows of values without numbers of their own heads a group: its numbered line is
    the group and what followed it is its first indicator, as in the table it was printed from.

    Not when the numbered line was cut inside its name (convention, docs21 n2: a two-column PDF's narrow cells,
    rows followed by sub-rows 「成約件数／者」 of their own): it stops inside a bracket 「①商談会出展事業者数（」, or
    at the length where the table's names were cut (``cuts``: two or more lines of names cut at one length, in
    characters as NFKC left them — 「ＥＣ」 is 「EC」 — ±1 for a wide character that did not fit)."""
    widths = Counter(cuts if cuts is not None else [len(r.joined[0]) for r in rows if r.joined])
    cut = [w for w, n in widths.items() if n >= 2]
    for i, row in enumerate(rows):
        if not row.joined or row.group:
            continue
        first = row.joined[0]
        if _unclosed(first) or any(abs(len(first) - w) <= 1 for w in cut):
            continue
        after = rows[i + 1:]
        members = []
        for r in after:
            if re.match(r"^[①-⑳]", r.label) or r.group or not r.has_values:
                break
            members.append(r)
        if members:
            group, first = row.joined
            row.label, row.group, row.joined = first, group, None
            for r in members:
                r.group = group


def _leading_values(tokens: list[str]) -> list[str]:
    out = []
    for t in tokens:
        if not _is_value_token(t):
            break
        out.append(t)
    return out


def _trailing_values(tokens: list[str]) -> list[str]:
    out: list[str] = []
    for t in reversed(tokens):
        if not _is_value_token(t):
            break
        out.insert(0, t)
    return out


def _join_label(a: str, b: str) -> str:
    if not a:
        return b
    if re.search(r"[A-Za-z0-9]$", a) and re.match(r"^[A-Za-z0-9]", b):
        return f"{a} {b}"
    return a + b


def majority_unit(cells: list[str]) -> str | None:
    units = [parse_quantity(c).unit for c in cells if c]
    units = [u for u in units if u]
    return Counter(units).most_common(1)[0][0] if units else None


# A table a web page prints as lines of 「label：value」 pairs (convention: a CMS without tables — 「R7：1　R8：1」,
# 「令和7年度：3,800　令和8年度：3,800」, 「単位：回」): the labels are the columns.
# (up to 12 characters: 「2028(R10)目標」, a western year and its era's, docs19's mixes of j2's column lines)
_PAIR_LABEL = re.compile(r"(?:(?<=\s)|^)\s*([^\s:：]{1,12}?)\s*[:：]\s*")
_SPACED_YEAR = re.compile(r"(?:(令和|平成)\s*)?(\d+|元)\s+(年度)")  # 「令和 9 年度」 as a PDF copy spaces it


def label_pairs(text: str) -> list[tuple[str, str]]:
    """The 「label：value」 pairs a line of a 項目 block holds, one or several (the years 「R7：1　R8：1」; a
    value may hold a space, 「2 以上」「HP 掲載」); [] for a line that does not open with a label."""
    text = _SPACED_YEAR.sub(lambda m: (m.group(1) or "") + m.group(2) + m.group(3), text)
    labels = list(_PAIR_LABEL.finditer(text))
    if not labels or labels[0].start() != 0:
        return []
    ends = [m.start() for m in labels[1:]] + [len(text)]
    pairs = [(m.group(1), text[m.end():end].strip()) for m, end in zip(labels, ends, strict=True)]
    return pairs if all(len(v) <= 30 for _, v in pairs) else []  # a sentence after a label is text, no cell

"""別表3: 必要な資金の額 by fiscal year, its lines and groups, and 調達方法."""

from __future__ import annotations

import re

from hattatsu.model import Funding, FundingLine, Location
from hattatsu.normalize import (
    FISCAL_YEAR_LABEL,
    clean_text,
    compact,
    fiscal_year,
    is_fiscal_year_label,
    label_pattern,
    nfkc,
    parse_quantity,
)

from ..blocks import Block, Line, Table, first_location, flatten
from .grid import find_table_header, label_pairs, line_header, rows_from_table, split_glued, years_across

_TOTAL = re.compile(r"^必要な資金の額|^合計$|^計$")
# a mark before it on a web page (「◆調達方法」), the label in lenticular brackets (「【調達方法】」, l2)
_SOURCES = re.compile("^" + label_pattern("調達方法"))
_SUBTOTAL = re.compile(r"^[(（]?(小計|中計)")  # a part's subtotal row (「小計」 after the Ⅰ lines): no line of its own
# the form's 「（備考）」, 「（注）」 or a ※ note below a part; a form system's field 「備考：…」 (m2);
# the note's bracket without its opening half 「注）調達方法については…」 (q3, as many a plan types the form's note)
_NOTE = re.compile(r"^[(（](備考|注記?)[)）]|^※|^(?:備考|注記?)[:：]|^注記?[)）]")
_UNIT = re.compile(r"単位\s*[:：]?\s*(千円|万円|円)")
_DASHES = {"-", "－", "―", "—", "ー", "‐", "–"}  # a cell without an amount
RawRow = tuple[str, dict[int, str], Location]  # label, fiscal year → cell, where the row is


def _loc(ln: Line) -> Location:
    return Location(page=ln.page, line=ln.line)


def parse_funding(blocks: list[Block], heading: Line | None) -> Funding:
    lines = flatten(blocks)
    unit = next((m.group(1) for ln in lines if (m := _UNIT.search(nfkc(ln.text)))), "千円")
    page, line = first_location(([heading] if heading else []) + blocks)
    years, rows = _rows(blocks)
    funding = Funding(unit=unit, fiscal_years=years, sources=_sources(lines), location=Location(page=page, line=line))
    group = None
    for label, cells, loc in rows:
        name = clean_text(label).lstrip("・･- ◆◇■□●▼").strip()
        if _SOURCES.match(compact(label)) or _NOTE.match(compact(label)):
            break  # the form's own last row, 「調達方法 | 会費、国補助金…」 in the table of amounts: no line
        if _TOTAL.match(compact(name)):
            funding.total = {str(fy): parse_quantity(cells.get(fy)).value for fy in years}
            funding.total_raw = {str(fy): cells.get(fy, "") for fy in years}
            continue
        if _SUBTOTAL.match(compact(name)):
            continue
        if not any(cells.get(fy, "").strip() for fy in years):
            group = name or None  # a heading row: the lines below belong to it
            continue
        funding.lines.append(FundingLine(
            name=name, group=group,
            amounts={str(fy): parse_quantity(cells.get(fy)).value for fy in years},
            raw={str(fy): cells.get(fy, "") for fy in years},
            location=loc,
        ))
    return funding


def _rows(blocks: list[Block]) -> tuple[list[int], list[RawRow]]:
    """Fiscal years and (label, year → cell, line) rows, from a ruled or a flattened table."""
    for b in blocks:
        if isinstance(b, Table):
            # (docs22: turned, a row a year under 「年度 | 必要な資金の額 | …」, as a Google Docs plan writes it)
            b = years_across(b)
            found = find_table_header(b)
            if found:
                idx, cols = found
                years = [fy for _, fy in cols.years]
                rows = rows_from_table(b, idx, cols)
                return years, [(r.label, r.values, Location(page=r.page, line=r.line)) for r in rows]
    lines = flatten(blocks)
    for i, ln in enumerate(lines):
        header = line_header(ln)
        if header:
            years = [fiscal_year(t) or 0 for t in header if is_fiscal_year_label(t)]
            if rows := _flattened_rows(lines[i + 1:], years):
                return years, rows
            break  # a line naming years over no table: the sentences' first (「必要な資金の額　R8 4,600千円　R9 …」)
    years, rows = _pair_rows(lines)
    return (years, rows) if rows else _sentence_rows(lines)


def _pair_rows(lines: list[Line]) -> tuple[list[int], list[RawRow]]:
    """Rows a web page prints as a label line, then its amounts as 「令和7年度：3,800　令和8年度：3,800 …」
    (see grid.label_pairs); the fiscal years are the first such line's labels."""
    years: list[int] = []
    rows: list[RawRow] = []
    label: Line | None = None
    for ln in lines:
        if _NOTE.match(ln.key) or _SOURCES.match(ln.key):
            break
        pairs = label_pairs(nfkc(ln.text).strip())
        if len(pairs) >= 2 and all(is_fiscal_year_label(k) for k, _ in pairs):
            cells = {fiscal_year(k) or 0: v for k, v in pairs}
            years = years or list(cells)
            if label is not None:
                rows.append((label.text, cells, _loc(label)))
            label = None
            continue
        label = ln
    return years, rows


# Convention (別表3 written as sentences, one line a row): the row's name, then its amounts by the years they are
# for — 「必要な資金の額　令和8年度4,600千円　令和9年度4,600千円 …」, 「…に関する事業　各年度300千円」 (every year
# the same), 「…事業　令和8年度・令和9年度800千円、令和10年度以降1,000千円」 (years sharing an amount; 以降: that
# year and every later one). The fiscal years are the years the lines name.
_YEAR = FISCAL_YEAR_LABEL  # 「令和8年度」「R8年度」「R8」「2026(R8)」「8年度」
_AMOUNT_PHRASE = re.compile(
    rf"(?P<years>各年度|毎年度|{_YEAR}(?:\s*[・、,～~〜]\s*{_YEAR})*(?:\s*(?P<on>以降|以後))?)"
    r"\s*[:：]?\s*(?P<amount>\d[\d,]*(?:\.\d+)?|[-－―])\s*(?:千円|万円|円)?")
# (o3: a row's amounts set apart with 「／」 and its name with a colon, 「…に関する事業：R5年度 200／R6年度 200／…」)
_PHRASE_SEP = re.compile(r"[\s、,，;；/／]*")


def _sentence_rows(lines: list[Line]) -> tuple[list[int], list[RawRow]]:
    """Rows written as sentences (see above): fiscal years and (name, year → amount, line) rows."""
    found: list[tuple[Line, str, list[tuple[str, bool, list[int], str]]]] = []
    for ln in lines:
        if _NOTE.match(ln.key) or _SOURCES.match(ln.key):
            break
        text = nfkc(ln.text).strip()
        first = _AMOUNT_PHRASE.search(text)
        if not first or not text[:first.start()].strip():
            continue
        phrases, at = [], first.start()
        while (m := _AMOUNT_PHRASE.match(text, at)) is not None:
            spec = m.group("years")
            named = [fy for y in re.findall(_YEAR, spec) if (fy := fiscal_year(y))]
            if re.search(r"[～~〜]", spec) and len(named) == 2:
                named = list(range(named[0], named[1] + 1))
            phrases.append((spec, bool(m.group("on")), named, m.group("amount")))
            at = _PHRASE_SEP.match(text, m.end()).end()
        if at < len(text):  # more than amounts after the name: a sentence, no row
            continue
        found.append((ln, text[:first.start()].strip().rstrip(":：").strip(), phrases))
    years = sorted({fy for _, _, phrases in found for _, _, named, _ in phrases for fy in named})
    rows: list[RawRow] = []
    for ln, label, phrases in found:
        cells: dict[int, str] = {}
        for spec, on, named, amount in phrases:
            every = spec in ("各年度", "毎年度")
            for fy in years:
                if every or fy in named or (on and named and fy >= named[-1]):
                    cells.setdefault(fy, amount)
        rows.append((label, cells, _loc(ln)))
    return (years, rows) if years else ([], [])


def _flattened_rows(lines: list[Line], years: list[int]) -> list[RawRow]:
    """Rows of a table a converter flattened: 'label v1 v2 v3', or labels stacked above
    their amounts column by column."""
    n = len(years)
    rows: list[RawRow] = []
    labels: list[Line] = []
    numbers: list[str] = []
    for ln in lines:
        if _NOTE.match(ln.key) or _SOURCES.match(ln.key):
            break
        tokens = nfkc(ln.text).split()
        values = [t for t in tokens if parse_quantity(t).value is not None or t in _DASHES]
        if values and len(values) == len(tokens):
            numbers.extend(values)
            continue
        if len(tokens) >= n and (glued := split_glued(tokens[-n])) and all(
                parse_quantity(t).value is not None for t in tokens[-n + 1:]):
            tokens[-n:-n + 1] = list(glued)  # the first amount glued to a label filling its column (grid)
        # an amount, or a dash for a year without one (「300 － 300 － 300」: a line held every other year)
        amounts = [parse_quantity(t).value is not None for t in tokens[-n:]]
        if len(tokens) > n and any(amounts) and all(a or t in _DASHES for a, t in zip(amounts, tokens[-n:],
                                                                                      strict=True)):
            rows.append((" ".join(tokens[:-n]), dict(zip(years, tokens[-n:], strict=True)), _loc(ln)))
            continue
        labels.append(ln)
    if labels and len(numbers) == len(labels) * n:
        rows.extend(_stacked(labels, numbers, years, rows))
    return rows


def _stacked(labels: list[Line], numbers: list[str], years: list[int], rows: list) -> list:
    """Amounts stacked one year after another (column by column), or row by row when the
    column reading does not add up to the total and the row reading does."""
    k = len(labels)
    by_column = [{fy: numbers[j * k + i] for j, fy in enumerate(years)} for i in range(k)]
    by_row = [{fy: numbers[i * len(years) + j] for j, fy in enumerate(years)} for i in range(k)]
    total = next((cells for label, cells, _ in rows if _TOTAL.match(compact(label))), None)

    def adds_up(table: list[dict[int, str]]) -> bool:
        return total is not None and all(
            sum(parse_quantity(r[fy]).value or 0 for r in table) == parse_quantity(total.get(fy)).value
            for fy in years
        )

    chosen = by_row if not adds_up(by_column) and adds_up(by_row) else by_column
    return [(ln.text, cells, _loc(ln)) for ln, cells in zip(labels, chosen, strict=True)]


_SOURCE_MARK = re.compile(r"^(?:\d{1,2}\s*[.．、)）]|[①-⑳]|[a-h]\s*[.)]|[(（]\d{1,2}[)）])\s*")
_SOURCE_SEP = r"[、,，/／・](?![^(（]*[)）])"  # not inside brackets: 「事業収入（参加費・出展料）」 is one


# the 調達方法 row of the table of amounts, its year cells left empty and marked 「－」 (a table aligned with spaces
# fills every cell): no part of the last source
_EMPTY_CELLS = re.compile(r"(?:\s+[-－―—‐])+\s*$")


def _sources(lines: list[Line]) -> list[str]:
    for i, ln in enumerate(lines):
        if _SOURCES.match(ln.key):
            rest = _EMPTY_CELLS.sub("", nfkc(ln.text).split("調達方法", 1)[1]).strip(" :：】")
            texts = [rest] if rest else []
            for nxt in lines[i + 1:]:
                if _NOTE.match(nxt.key):
                    break
                texts.append(nxt.text)
            # convention (a list, converter markdown 「- 会費」): one source a line when no line separates
            # its sources; else the lines are one run cut at the width
            if len(texts) >= 2 and not any(re.search(_SOURCE_SEP, nfkc(t)) for t in texts):
                parts = [clean_text(t) for t in texts]
            else:
                parts = [p.strip() for p in re.split(_SOURCE_SEP, clean_text(" ".join(texts)))]
            parts = [_SOURCE_MARK.sub("", p) for p in parts]  # a numbered list 「1. 国補助金」「① 会費」
            return [re.sub(r"\s*等$", "", p) for p in parts if p and p != "等"]
    return []

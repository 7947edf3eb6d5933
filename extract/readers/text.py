"""Text exports (UTF-8 with or without BOM, CP932, EUC-JP) into the block stream.

Handles what converters write into such exports: tab-separated table rows,
HTML ``<table>`` blocks and the flattened duplicate that follows them,
``<p>``/``<li>`` inside cells, markdown ``#`` headings, ``**bold**`` runs glued
to each other, list dashes, and page-break debris (``- 21 -``, separator rows,
a table row cut in two by a page break).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from hattatsu.errors import InputError
from hattatsu.normalize import compact, join_spaced_letters

from ..blocks import Block, Line, Table
from ..html_fragments import HtmlTable, has_html, html_to_text, parse_fragment
from ..outline import classify_heading
from .base import ReadOptions, ReadResult, register
from .merged_header import fold_header
from .text_cells import rebuild_rows
from .text_delimited import delimited_rows
from .text_form import form_fields
from .text_grid import grid_rows
from .text_html import html_document_lines
from .text_ruled import rule_kind, ruled_cells

_PAGE_NUMBER = re.compile(r"^\s*[-－—‐]?\s*\d{1,3}\s*[-－—‐]?\s*$|^\s*-\s*\d{1,3}\s*-\s*$|^\s*\d+\s*/\s*\d+\s*$")
# A page number printed as a bare number (「3」) looks like a table cell printed one a line
# (text_cells): it is a page number only where it stands as one (see _drop_page_numbers).
_BARE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")
_SEPARATOR = re.compile(r"^[\s|:\-—=]*$")
_MAILTO = re.compile(r"^\s*mailto:\S+\s*$")
_HEADING = re.compile(r"^\s*(#{1,6})\s+(.*)$")
_LIST_DASH = re.compile(r"^\s*[-*+]\s+(?=\S)")
_HEADING_NUMBER = re.compile(  # (in 【】 when every heading is, 「【１.<tab>目標】」: docs19, l2's habit with h1's)
    r"^【?(?:[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}\s*[.．]|[ⅠⅡⅢⅣⅤ]+\s*[.．]?|第[0-9０-９]{1,2})$")
# Convention (a workbook saved as one text file, each sheet after its name): 「[Sheet2] 別表1」「=== Sheet3 ===」 —
# the marker is no text, the sheet's name is its heading when it names a 別表 (別表1)
_SHEET_NAME = re.compile(r"^\s*(?:\[\s*(?:Sheet|シート)\s*\d+\s*\]|=+\s*(?:Sheet|シート)\s*\d+\s*=+)\s*", re.I)
# Markdown pipe tables (convention: converters that write tables as 「| a | b |」 with a 「|---|」 rule).
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_BARS = re.compile(r"[|｜]")
# The rule's cells hold one dash or more (GFM: 「|:--|--:|」 as a wiki writes it, not only 「|---|」).
_PIPE_RULE = re.compile(r"^\s*\|(\s*:?-+:?\s*\|)+\s*$")
# Convention (a wiki or converter markdown): a footnote's reference 「経営分析事業者数[^2]」 is no part of the text
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]{1,12}\](?!:)")
# and its text 「[^2]: …」, which the page prints at its foot (after 別表4): the wiki's note, no part of the form
_FOOTNOTE_TEXT = re.compile(r"^\s*\[\^[^\]\s]{1,12}\]:")
# A web CMS page (and many a re-typed plan) sets a mark before each heading: 「▼（別表1）…」 before a sheet,
# 「◆3．地域の経済動向調査に関すること」「◆(1)現状と課題」「◆Ⅰ．…」 before a numbered heading. The mark is
# no part of the heading: dropped when a heading number or a sheet's name follows it (a ◆ before
# running text stays a bullet).
_HEADING_MARKS = "▼▽◆◇■□●"
_HEADING_MARK = re.compile(rf"^[{_HEADING_MARKS}]\s*(?=[(（]?別表\s*[0-9０-９]|経営発達支援計画の概要|概要\s*$"
                           r"|[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．]|[ⅠⅡⅢⅣⅤ][.．]|I{1,3}[.．])")
_MARKER = re.compile(r"^[\s・･●○◆◇■□▶▸►✓※*\-]|^[①-⑳]|^[(（]?\d+[)）.．]|^[ア-ン][)）．.\s]")


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


# A UTF-8 file with a few broken bytes (a copy cut mid-character, one bad byte from a
# converter) is still UTF-8: it is read with U+FFFD in their place, and a warning says where.
# It is taken as UTF-8 when the broken sequences are at most 1 % of its non-ASCII characters.
_MAX_BROKEN_SHARE = 0.01


def decode(data: bytes, path: str) -> Decoded:
    """Bytes of a text export as str, the encoding detected from the content."""
    if data.startswith(b"\x89PNG") or data.startswith(b"\xff\xd8\xff") or data.startswith(b"GIF8"):
        raise InputError(path, "画像ファイルです（テキストではありません）")
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")) or _looks_utf32(data):
        raise InputError(path, "UTF-32 のテキストには対応していません（UTF-8 で保存し直してください）")
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return Decoded(data.decode("utf-16", errors="replace"), "utf-16")
    if b"\x00" in data[:4096]:
        raise InputError(path, "バイナリファイルです（テキストではありません）")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        try:
            return Decoded(data.decode("utf-8"), "utf-8-sig")
        except UnicodeDecodeError as e:
            return _utf8_with_replacement(data, e, "utf-8-sig")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as e:
        mostly = _utf8_with_replacement(data, e, "utf-8")
        if mostly.warnings:
            return mostly
    candidates = []
    for enc in ("cp932", "euc_jis_2004"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((_japanese_score(text), enc, text))
    if not candidates:
        raise InputError(path, "文字コードを判定できません（UTF-8・CP932・EUC-JP のいずれでもありません）")
    _, enc, text = max(candidates)
    return Decoded(text, enc)


def _looks_utf32(data: bytes) -> bool:
    """UTF-32 without a byte order mark: three zero bytes in (nearly) every four-byte unit."""
    head = data[: 4096 - 4096 % 4]
    if len(head) < 16 or len(data) % 4:
        return False
    units = [head[i: i + 4] for i in range(0, len(head), 4)]
    le = sum(1 for u in units if u[2:] == b"\x00\x00" and u[:2] != b"\x00\x00")
    be = sum(1 for u in units if u[:2] == b"\x00\x00" and u[2:] != b"\x00\x00")
    return max(le, be) >= 0.9 * len(units)


def _utf8_with_replacement(data: bytes, error: UnicodeDecodeError, encoding: str) -> Decoded:
    """UTF-8 with its broken bytes replaced, and a warning, when the rest is clearly UTF-8;
    otherwise a Decoded with no warnings and no text (the caller tries other encodings)."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = sum(1 for ch in text if ord(ch) > 0x7F) - text.count("\ufffd")
    if broken <= 0 or broken > non_ascii * _MAX_BROKEN_SHARE:
        if encoding == "utf-8-sig":  # the BOM says UTF-8: keep it, broken as it is
            return Decoded(text, encoding, [_broken_warning(data, error, broken)])
        return Decoded("", encoding)
    return Decoded(text, encoding, [_broken_warning(data, error, broken)])


def _broken_warning(data: bytes, error: UnicodeDecodeError, broken: int) -> str:
    line = data.count(b"\n", 0, error.start) + 1
    return (f"UTF-8 として読めないバイトが {broken} か所あり、� に置き換えました"
            f"（最初は {line} 行目、{error.start + 1} バイト目）")


def _japanese_score(text: str) -> float:
    """Share of characters that are common Japanese (kana, CJK, ASCII)."""
    if not text:
        return 0.0
    good = sum(
        1
        for ch in text
        if ch.isascii() or "\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f"
        or "\uff01" <= ch <= "\uff5e"
    )
    return good / len(text)


def read_text(data: bytes, path: str, warnings: list[str] | None = None) -> tuple[list[Block], str]:
    """Blocks of a text export, and the encoding it was in; what the reader had to repair is
    added to `warnings`."""
    decoded = decode(data, path)
    if warnings is not None:
        warnings.extend(decoded.warnings)
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(path, "空のファイルです")
    if (lines := html_document_lines(text)) is not None:  # a word processor's web page (text_html)
        text = "\n".join(lines)
        if not text.strip():
            raise InputError(path, "HTML の本文が空です")
    return _TextReader(text).blocks(), decoded.encoding


class _TextReader:
    def __init__(self, text: str) -> None:
        self.raw_lines = _joined_html_tables(text.split("\n"))
        self.paged = "\f" in text
        self.out: list[Block] = []
        self._rows: list[list[str]] = []
        self._row_lines: list[int] = []
        self._row_pages: list[int | None] = []
        self._padded = False  # a row of the open table ends in empty cells (a spreadsheet's width)
        self._last_width = 0  # cells of the open table's last row as written
        self._gap: list[str] = []  # blank/debris lines since the last table row
        self._dupes: list[str] = []  # rows of an HTML table still expected as flattened copies
        self._ruled = False  # inside a table drawn with box-drawing characters (text_ruled)

    def blocks(self) -> list[Block]:
        page = 1 if self.paged else None
        lines = _drop_page_numbers(delimited_rows(self.raw_lines))
        for index, raw in grid_rows(form_fields(rebuild_rows(lines))):
            if "\f" in raw:
                page = (page or 1) + raw.count("\f")
                raw = raw.replace("\f", "")
            self._line(raw.rstrip(" \r\u3000"), index + 1, page)
        self._end_table()
        return self.out

    # ------------------------------------------------------------------
    def _line(self, raw: str, n: int, page: int | None) -> None:
        if "[^" in raw:
            if _FOOTNOTE_TEXT.match(raw):
                self._gap.append("")
                return
            raw = _FOOTNOTE_REF.sub("", raw)
        if self._dupes and self._is_dupe(raw):
            return
        self._dupes = []
        if (self._rows and not self._gap and not raw.strip()
                and raw.count("\t") + 1 in (len(self._rows[-1]), self._last_width) and self._last_width >= 3):
            return  # convention (a spreadsheet saved as text): an empty row of the sheet as wide as the table's
            # last row is a blank row inside the table (別表3's lines after a gap under its total), not its end
        if not raw.strip() or (_PAGE_NUMBER.match(raw) and not _BARE_NUMBER.match(raw)) or _MAILTO.match(raw):
            self._gap.append(raw)
            return
        if self._ruled_line(raw, n, page):
            return
        if _PIPE_ROW.match(raw) and raw.count("|") >= 3:
            if _PIPE_RULE.match(raw):
                return  # the rule under a markdown header row: part of the table, not a break in it
            self._tab_row([c.strip() for c in raw.strip()[1:-1].split("|")], n, page)
            return
        # (docs20: the space before the bar lost too — trimmed, or the table pasted into one cell of a sheet —
        # among rows that open with no bar; not a row of a table with a bar before each cell)
        blank_first = _BARS.match(raw.strip()) and self._bar_neighbour(n) and (
            raw[:1].isspace() or not (_BARS.fullmatch(raw.rstrip()[-1]) or self._opening_bar_row(raw, n)))
        if blank_first:  # 「 ｜ みどり川町」 among rows 「label ｜ value」: the label cell left empty
            self._tab_row(["", *(c.strip() for c in _BARS.split(raw.strip())[1:])], n, page)
            return
        if len(_BARS.findall(raw)) >= 3 or (_BARS.search(raw) and not _BARS.match(raw.strip())
                                             and self._bar_neighbour(n)) or self._opening_bar_row(raw, n):
            # convention (a re-typed plan): cells set apart with bars, 「｜」 and 「|」 mixed, no outer bars (a
            # header's corner cell left blank: spaces before its first bar); a row of two cells (one bar) only
            # among other rows (a title 「…商工会｜経営発達支援計画」 alone stays text)
            row = raw.strip()
            if _BARS.fullmatch(row[0]) and _BARS.fullmatch(row[-1]) and not self._opening_bar_row(raw, n):
                row = row[1:-1]
            elif _BARS.match(raw):  # a bar before each cell, none after the last (indented: a blank corner cell)
                row = row[1:]  # (docs20: 「｜単位｜」 among them, its last cell empty)
            self._tab_row([c.strip() for c in _BARS.split(row)], n, page)
            return
        if _BARS.match(raw) and len(_BARS.findall(raw)) == 1 and self._neighbour(n, lambda t: bool(_BARS.match(t))):
            raw = raw[1:]  # a row of one cell among rows typed with bars (「｜調達方法」): its text
            if not raw.strip():
                return
        if "\t" in raw:
            cells = raw.split("\t")
            if all(_SEPARATOR.match(c) for c in cells):
                self._gap.append(raw)
                return
            filled = [c.strip() for c in cells if c.strip()]
            if len(filled) == 2 and _HEADING_NUMBER.match(filled[0]) and cells[0].strip() and (
                    filled[0][0] != "【" or filled[1].endswith("】")):
                # convention (Word's list numbering saved as text): 「１.<tab>目標」「(1)<tab>現状と課題」 — the
                # number, a tab, the title: a heading, not a row of two cells
                self._end_table()
                self._text_line(f"{filled[0]}{filled[1]}", n, page)
                return
            self._tab_row(cells, n, page)
            return
        if _SEPARATOR.match(raw) and len(raw.strip()) >= 3:
            self._gap.append(raw)
            return
        self._end_table()
        if has_html(raw):
            self._html_line(raw, n, page)
            return
        for piece in _split_glued_bold(raw):
            self._text_line(piece, n, page)

    def _opening_bar_row(self, raw: str, n: int) -> bool:
        """Convention (a table typed with bars in a mail, h2): 「｜実施者名　｜姫沢商工会議所…」 — a bar before each
        cell and none after the last, on this line and the one before or after."""
        def opens(text: str) -> bool:
            t = text.rstrip()
            return len(_BARS.findall(t)) >= 2 and bool(_BARS.match(t)) and not _BARS.fullmatch(t[-1])

        def empty_last(text: str) -> bool:  # (docs20: a row of them whose last cell is empty, 「｜単位｜」)
            t = text.rstrip()
            return len(_BARS.findall(t)) == 2 and bool(_BARS.match(t)) and bool(_BARS.fullmatch(t[-1]))

        return (opens(raw) and self._neighbour(n, lambda t: opens(t) or empty_last(t))) or (
            empty_last(raw) and self._neighbour(n, opens))

    def _bar_neighbour(self, n: int) -> bool:
        """Whether the line before or after line n (1-based) has a bar too, not at its start (a markdown row's)."""
        return self._neighbour(n, lambda t: bool(_BARS.search(t)) and not _BARS.match(t.strip()))

    def _neighbour(self, n: int, test: Callable[[str], bool]) -> bool:
        """Whether the raw line before or after line n (1-based) passes `test`."""
        return any(0 <= i < len(self.raw_lines) and test(self.raw_lines[i]) for i in (n - 2, n))

    def _ruled_line(self, raw: str, n: int, page: int | None) -> bool:
        """A rule or a row of a table drawn with box-drawing characters (see text_ruled)."""
        kind = rule_kind(raw)
        if kind is not None:
            if kind != "inner":  # a top rule opens a new table, a bottom rule closes this one
                self._end_table()
            self._ruled = kind != "bottom"
            return True
        cells = ruled_cells(raw, self._ruled)
        if cells is None:
            self._ruled = False
            return False
        self._ruled = True
        if any(cells):  # a blank row is the padding of a form left empty
            self._tab_row(cells, n, page)
        return True

    def _text_line(self, raw: str, n: int, page: int | None) -> None:
        level = None
        if _SHEET_NAME.match(raw):  # the sheet's name heads it when it names a 別表 (a 「概要」 sheet has its title)
            raw = _SHEET_NAME.sub("", raw)
            if not re.match(r"^[(（]?別表\s*[0-9０-９]", raw):
                return
        m = _HEADING.match(raw)
        if m:
            level, raw = len(m.group(1)), m.group(2)
        raw = _LIST_DASH.sub("", raw)
        marked = raw[:1] in _HEADING_MARKS  # at the line's very start only: an indented mark is a list's bullet
        raw = join_spaced_letters(raw.replace("**", "").strip())  # 「連 絡 先」 copied from a PDF
        raw = _unmarked(raw) if marked else raw
        if raw:
            self.out.append(Line(raw, n, page, level))

    def _html_line(self, raw: str, n: int, page: int | None) -> None:
        for part in parse_fragment(raw):
            if isinstance(part, HtmlTable):
                self._emit_html_table(part, n, page)
            else:
                self._text_line(part, n, page)

    # tables -----------------------------------------------------------
    def _tab_row(self, cells: list[str], n: int, page: int | None) -> None:
        if any("<table" in c.lower() for c in cells):
            self._html_cells(cells, n, page)
            return
        cells = [html_to_text(c) if has_html(c) else join_spaced_letters(c.replace("**", "").strip()) for c in cells]
        width = len(cells)
        if _merged_row(cells):  # (docs23) one cell across the row, its text in every cell: its first cell's
            cells = [cells[0]] + [""] * (width - 1)
        while cells and not cells[-1].strip():
            cells.pop()
        filled = [c for c in cells if c.strip()]
        if len(filled) == 1 and "\n" in filled[0] and not cells[0].strip():
            self._end_table()
            for part in filled[0].split("\n"):
                self._text_line(part, n, page)
            return
        if self._gap:
            last_rows = self._rows or (self.out[-1].rows if self.out and isinstance(self.out[-1], Table) else None)
            # (a row padded to a sheet's width is a row of its own: a spreadsheet has no page-cut labels)
            if last_rows and width < len(cells) + 2 and _finishes_last_row(last_rows, cells):
                self._gap = []
                return
            self._end_table()
        self._gap = []
        self._rows.append(cells)
        self._padded = self._padded or width >= len(cells) + 2  # trailing tabs: a row of a sheet's width
        self._last_width = width  # (docs17b) as written, trailing empty cells too: an empty row of the sheet as
        # wide is inside the table even when the table is narrower than the sheet
        self._row_lines.append(n)
        self._row_pages.append(page)

    def _html_cells(self, cells: list[str], n: int, page: int | None) -> None:
        """A row whose cells hold HTML tables, followed by their flattened copies."""
        self._end_table()
        expected: list[str] = []
        for cell in cells:
            if "<table" in cell.lower():
                for part in parse_fragment(cell):
                    if isinstance(part, HtmlTable):
                        expected = [compact(t) for t in part.cell_texts()]
                        self._emit_html_table(part, n, page)
                    else:
                        self._text_line(part, n, page)
                continue
            if not cell.strip():
                continue
            if expected and compact(cell) == expected[0]:
                expected.pop(0)
                continue
            text = html_to_text(cell) if has_html(cell) else cell
            for part in text.split("\n"):
                self._text_line(part, n, page)

    def _emit_html_table(self, table: HtmlTable, n: int, page: int | None) -> None:
        rows = fold_header([r for r in table.rows if any(c and c.strip() for c in r)])
        if not rows:
            return
        self.out.append(Table(rows, n, page, [n] * len(rows), [page] * len(rows)))
        self._dupes.extend(compact(t) for t in table.row_texts() if t.strip())

    def _is_dupe(self, raw: str) -> bool:
        if not raw.strip():
            return True
        text = compact(" ".join(c for c in raw.split("\t") if c.strip()))
        if text == self._dupes[0]:
            self._dupes.pop(0)
            return True
        return False

    def _end_table(self) -> None:
        if self._rows:
            self.out.extend(_sheet_blocks(self._rows, self._row_lines, self._row_pages, self._padded))
        self._rows, self._row_lines, self._row_pages, self._padded = [], [], [], False


def _sheet_blocks(rows: list[list[str]], row_lines: list[int], row_pages: list[int | None],
                  padded: bool = False) -> list[Block]:
    """A run of tab rows as a table, or, when it is a spreadsheet saved as text, as its lines and tables.

    Convention (a plan typed in Excel, saved as tab-separated text): each paragraph a row of its own, in
    the first column (a heading) or indented a column or two (its text), trailing tabs to the sheet's
    width, and the tables as rows of several cells among them. Such a run — rows padded with trailing tabs,
    or two rows holding their first cell alone, a quarter of its rows — is read as lines (a row with one
    cell) and tables (the runs of rows with several; a one-cell row between two of them, a group row, and
    the next lines of a label's value below it, stay in their table).
    """
    def single(row: list[str]) -> bool:
        return sum(1 for c in row if c.strip()) <= 1

    def same(a: list[str], b: list[str]) -> bool:  # (docs19: a table's header again: a caption over a table of
        # its own above it — l4's caption over each group's table, in an Excel sheet — not a group row)
        return [c.strip() for c in a if c.strip()] == [c.strip() for c in b if c.strip()]

    sheet = Table(rows, row_lines[0], row_pages[0], row_lines, row_pages)
    first_only = sum(1 for r in rows if r and r[0].strip() and single(r))
    # rows padded to a sheet's width (trailing tabs; not a line indented by a tab) are a sheet's rows too
    if (first_only < 2 or first_only * 4 < len(rows)) and not padded:
        # a title typed in the table's first row (the sheet's caption 「経営発達支援計画の概要」) is no row of it
        k = 1 if len(rows) >= 3 and single(rows[0]) and rows[0] and rows[0][0].strip() else 0
        head = [Line(part.strip(), row_lines[0], row_pages[0]) for part in rows[0][0].split("\n") if part.strip()] \
            if k else []
        return [*head, sheet.take(range(k, len(rows)))]
    out: list[Block] = []
    run: list[int] = []

    def close() -> None:
        if run:
            out.append(sheet.take(run))
            run.clear()

    labelled = False  # the last row kept is a label and its value (「目標 | ①…」), or a line of that value
    for i, row in enumerate(rows):
        inside = 0 < i < len(rows) - 1 and run and not single(rows[i + 1]) and not same(rows[i + 1], rows[run[0]])
        # a value's next line, under it in the value's column (「 | ②…」 below 「目標 | ①…」: a 概要 sheet)
        goes_on = bool(run) and labelled and single(row) and not row[0].strip()
        filled = [c for c in row if c.strip()]
        labelled = goes_on or (len(filled) == 2 and bool(row[0].strip()))
        if single(row) and not inside and not goes_on:
            close()
            text = next((c.strip() for c in row if c.strip()), "")
            # (a cell of several lines, an HTML paragraph's: a line each)
            out.extend(Line(_unmarked(part.strip()), row_lines[i], row_pages[i]) for part in text.split("\n")
                       if part.strip())
        else:
            if run and same(row, rows[run[0]]):
                close()  # the header again: a table of its own (its blank rows gone, no caption above it)
            run.append(i)
    close()
    return out


def _merged_row(cells: list[str]) -> bool:
    """Convention (a Google Docs or spreadsheet export as text): a cell merged across the whole row prints its text
    in every cell it spans — a group's row 「①景況調査<tab>①景況調査<tab>…」 — three cells or more, one text with
    a letter in it (a row of 「－」 or of one figure repeated is a row of values)."""
    return len(cells) >= 3 and len(set(cells)) == 1 and bool(_LETTER.search(cells[0]))


_LETTER = re.compile(r"[^\W\d_]")


def _unmarked(text: str) -> str:
    """A heading's line without the mark before it (_HEADING_MARK), what follows the mark read as the heading
    it is (docs19: the mark's habit mixed with a PDF copy's — 「▼経営発達⽀援計画の概要」 in Kangxi radicals,
    「■概 要」 spaced out — and with an Excel sheet's, 「■概要」 its first cell). (docs23: a Google Docs plan marks its
    headings without numbers too, 「□現状と課題」「▼地域の経済動向調査に関すること」: a mark before what reads as a
    heading of the form is dropped; before running text it stays, a bullet.)"""
    if _HEADING_MARK.match(compact(text)) or (text[:1] in _HEADING_MARKS and classify_heading(compact(text[1:]))):
        return text[1:].strip()
    return text


_TABLE_TAG = re.compile(r"<(/?)table\b", re.I)
_MAX_TABLE_LINES = 5000  # a <table> never closed is left line by line (bounded work on a hostile file)


def _joined_html_tables(raw_lines: list[str]) -> list[str]:
    """The lines with each HTML table written over several lines joined into its first line (the lines it
    took left blank, so that line numbers stay).

    Convention (a static-site generator's Markdown, an HTML page saved as text): a ``<table>`` pretty-printed
    one tag a line, indented (``<thead>``, ``<tr>``, ``<th rowspan="2">``, ``<td>`` each on a line of its own).
    The line breaks inside are HTML's white space, read as one fragment like a table written on one line."""
    out = list(raw_lines)
    i = 0
    while i < len(out):
        depth = _table_depth(out[i])
        if depth <= 0 or not out[i].lstrip().startswith("<"):
            i += 1
            continue
        j = i + 1
        while j < len(out) and j - i < _MAX_TABLE_LINES and depth > 0:
            depth += _table_depth(out[j])
            j += 1
        if depth > 0:  # never closed: left as it is
            i += 1
            continue
        out[i] = " ".join(line.strip() for line in out[i:j])
        out[i + 1:j] = [""] * (j - i - 1)
        i = j
    return out


def _table_depth(line: str) -> int:
    """Tables a line opens less the tables it closes."""
    return sum(-1 if m.group(1) else 1 for m in _TABLE_TAG.finditer(line))


def _drop_page_numbers(raw_lines: list[str]) -> list[str]:
    """The lines with each bare-number line that stands as a page number blanked (its form feed
    kept): one at a page break (a form feed on it or on a neighbour) or between blank lines
    (or the file's edges). A bare number elsewhere is content — a table cell printed one a line."""
    out = list(raw_lines)
    last = len(raw_lines) - 1
    for i, raw in enumerate(raw_lines):
        if not _BARE_NUMBER.match(raw.replace("\f", "")):
            continue
        before = raw_lines[i - 1] if i else "\f"
        after = raw_lines[i + 1] if i < last else "\f"
        at_break = "\f" in raw or before.endswith("\f") or after.startswith("\f")
        if at_break or (not before.strip(" \u3000\r") and not after.strip(" \u3000\r")):
            out[i] = "\f" * raw.count("\f")
    return out


_FORM_LABEL = re.compile(r"^[(（]?(?:調達方法|備考|注)[)）]?")


def _finishes_last_row(rows: list[list[str]], cells: list[str]) -> bool:
    """A row after a page break that only finishes the label of the table's last row.

    The label is appended unless the last row already ends with it (some converters
    write the joined label and then the cut-off tail again)."""
    label = cells[0].strip() if cells else ""
    if any(c.strip() for c in cells[1:]) or not label or _MARKER.match(label) or len(compact(label)) > 20:
        return False
    if _FORM_LABEL.match(compact(label)):  # a label the form prints on its own line is no tail (調達方法)
        return False
    last = rows[-1]
    if sum(1 for c in last if c.strip()) < 2:  # a row of one cell (a sheet's line of text) has no label to finish
        return False
    if not compact(last[0]).endswith(compact(label)):
        last[0] = last[0].rstrip() + label
    return True


def _split_glued_bold(raw: str) -> list[str]:
    """'**7. …に関すること****(1) 現状と課題**' is two lines."""
    if "****" not in raw:
        return [raw]
    return [p for p in raw.split("****") if p.strip()]


class TextReader:
    format = "text"

    def sniff(self, data: bytes, path: str) -> bool:
        return True  # the fallback: anything no other reader claims is tried as text

    def read(self, data: bytes, path: str, options: ReadOptions) -> ReadResult:
        warnings: list[str] = []
        blocks, encoding = read_text(data, path, warnings)
        return ReadResult(blocks, self.format, None, encoding, warnings=warnings)


register(TextReader(), fallback=True)

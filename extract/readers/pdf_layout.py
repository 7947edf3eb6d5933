"""Page geometry for the PDF reader: characters into lines, lines into paragraphs.

Works on :class:`Char` (read by PDFium, or by pdfplumber for the reference
reader), in page coordinates measured from the top. Horizontal Japanese only:
a space is kept where the PDF has one or where the gap between two characters
is wider than a quarter of the font size.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from operator import attrgetter

from ..blocks import STARTS_ENTRY

_ASCII_END = re.compile(r"[A-Za-z0-9,.;:]$")
_ASCII_START = re.compile(r"^[A-Za-z0-9]")
_LATIN = re.compile(r"[!-~]")
# characters Japanese typesetting never puts at the start of a line (kinsoku): they travel with the one before
_NO_LINE_START = set("、。，．,.・：:；;？！?!)）]］}｝〕〉》」』】〙〗ー々ゝゞ"
                     "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ")


@dataclass(slots=True)
class Char:
    """One printed character: its text, box (top-down coordinates) and font size."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float


_BY_TOP, _BY_X = attrgetter("top", "x0"), attrgetter("x0")


@dataclass
class TextLine(Char):
    """One printed line: its text and box (as a character's) and where it sits on the page."""

    page: int = 0
    number: int = 0  # 1-based line number on its page
    lead: float = 0.0  # width of the first unbreakable piece (a Latin word, or a character and its kinsoku)

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass
class Paragraph:
    lines: list[TextLine] = field(default_factory=list)

    @property
    def text(self) -> str:
        return join_wrapped([ln.text for ln in self.lines])


def join_wrapped(parts: list[str]) -> str:
    """Wrapped pieces of one paragraph as one string: no space between Japanese
    pieces, one space where a Latin word or number was wrapped or where the
    piece before ended with a space."""
    out = ""
    spaced = False
    for part in parts:
        t = part.strip()
        if out and (spaced or (_ASCII_END.search(out) and _ASCII_START.match(t))):
            out += " "
        out += t
        spaced = part != part.rstrip()
    return out


def group_lines(chars: list[Char], page: int = 0, rows: list[list[Char]] | None = None) -> list[TextLine]:
    """Characters into lines, top to bottom, each line left to right (``rows``: their
    :func:`char_rows` when already known)."""
    out = [line for row in (char_rows(chars) if rows is None else rows) if (line := text_line(row, page)) is not None]
    for i, ln in enumerate(out, 1):
        ln.number = i
    return out


def char_rows(chars: list[Char]) -> list[list[Char]]:
    """Characters grouped by the line they sit on, top to bottom, each left to right."""
    rows: list[list[Char]] = []
    bottom = -1.0
    for c in sorted(chars, key=_BY_TOP):
        if rows and (c.top + c.bottom) / 2 <= bottom:
            rows[-1].append(c)
            reach = bottom + c.size * 0.3
            low = c.bottom if c.bottom < reach else reach
            if low > bottom:
                bottom = low
        else:
            rows.append([c])
            bottom = c.bottom
    for row in rows:
        row.sort(key=_BY_X)
    return drop_furigana(rows) if len(rows) > 1 else rows


_KANA = re.compile(r"^[ぁ-ゖァ-ヺー・ 　]+$")


def drop_furigana(rows: list[list[Char]]) -> list[list[Char]]:
    """Rows without the furigana printed over a word (Word's ruby, 「しょうこうかい」 over 商工会):
    a row of kana alone, in a font at most 0.6 of the row below it, set just above it (at most one and a half
    of its own height between them) and within that row's width. The reading is not part of the text."""
    out: list[list[Char]] = []
    for i, row in enumerate(rows):
        below = rows[i + 1] if i + 1 < len(rows) else None
        if below is not None and _is_furigana(row, below):
            continue
        out.append(row)
    return out


def _is_furigana(row: list[Char], below: list[Char]) -> bool:
    size = max(c.size for c in row)
    base = sorted(c.size for c in below)[len(below) // 2]
    if not size or size > base * 0.6:
        return False
    top, bottom = min(c.top for c in row), max(c.bottom for c in row)
    if min(c.top for c in below) - bottom > (bottom - top) * 1.5:
        return False
    if row[0].x0 < below[0].x0 - base or row[-1].x1 > below[-1].x1 + base:
        return False
    return bool(_KANA.match("".join(c.text for c in row)))


def text_line(row: list[Char], page: int = 0) -> TextLine | None:
    """One row of characters (left to right) as a line of text; None when it is only white space."""
    parts: list[str] = []
    prev = None
    top, bottom, size, right = row[0].top, row[0].bottom, row[0].size, row[0].x1
    for c in row:
        if prev is not None and c.x0 - prev.x1 > c.size * 0.25 and parts[-1][-1:] != " " and c.text != " ":
            parts.append(" ")
        parts.append(c.text)
        prev = c
        if c.top < top:
            top = c.top
        if c.bottom > bottom:
            bottom = c.bottom
        if c.size > size:
            size = c.size
        if c.x1 > right:
            right = c.x1
    text = "".join(parts)
    if not text.strip():
        return None
    return TextLine(text, row[0].x0, right, top, bottom, size, page, lead=lead_width(row))


def lead_width(row: list[Char]) -> float:
    """Width of what could not have been broken off the start of a line."""
    first = row[0]
    end = first.x1
    latin = bool(_LATIN.match(first.text))
    for c in row[1:]:
        if (latin and _LATIN.match(c.text) and c.text != " ") or c.text in _NO_LINE_START:
            end = c.x1
        else:
            break
    return end - first.x0


def is_full(line: TextLine, right: float) -> bool:
    """Whether the line runs to the right edge, so that its text wraps onto the next line."""
    return line.x1 >= right - line.size * 1.6


def continues(prev: TextLine, line: TextLine, right: float, same_page: bool = True) -> bool:
    """Whether ``line`` is the wrapped continuation of ``prev``'s paragraph."""
    wrapped = is_full(prev, right) or prev.x1 + line.lead > right
    if not wrapped or STARTS_ENTRY.match(line.text.strip()):
        return False
    if line.x0 > prev.x0 + prev.size * 3:
        return False
    return not same_page or line.top - prev.bottom < prev.size * 1.2


def paragraphs(lines: list[TextLine], right: float) -> list[Paragraph]:
    """Wrapped lines joined back into the paragraphs they were typeset from."""
    out: list[Paragraph] = []
    for ln in lines:
        if out and continues(out[-1].lines[-1], ln, right):
            out[-1].lines.append(ln)
        else:
            out.append(Paragraph([ln]))
    return out

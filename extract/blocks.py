"""The intermediate stream every reader produces: lines and tables with provenance.

Readers (text, PDF, DOCX) turn a file into ``list[Block]``; the segmenter and
the section parsers only ever see blocks. Text is kept as the source had it;
``norm`` gives the NFKC form parsers match against.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from hattatsu.normalize import clean_text, compact

# A line opening an entry — a bullet or a mark, a circled, bracketed or dotted number, a kana's or a roman
# numeral's point, 〒, a KGI/KPI — is no wrapped continuation of the line before it (a PDF's paragraphs,
# a section's text joined back).
STARTS_ENTRY = re.compile(
    r"^[・･●○◆◇■□▶▸►✓※\-【<＜(（〒]|^[①-⑳]|^[0-9０-９]+[.．)）]|^[ア-ン][)）．.]|^[IVX]+[.．]|^(KGI|KPI)"
)


@dataclass
class Line:
    """One line of running text (a paragraph, a heading, a list entry)."""

    text: str
    line: int | None = None
    page: int | None = None
    level: int | None = None  # heading level when the source marked one (markdown #, Word style)

    @cached_property
    def norm(self) -> str:
        return clean_text(self.text)

    @cached_property
    def key(self) -> str:
        """NFKC without any white space: what headings are matched on."""
        return compact(self.text)


@dataclass
class Table:
    """A table: rows of cell texts (a cell may hold several lines, joined by '\\n')."""

    rows: list[list[str]]
    line: int | None = None
    page: int | None = None
    row_lines: list[int | None] = field(default_factory=list)
    row_pages: list[int | None] = field(default_factory=list)

    def row_line(self, i: int) -> int | None:
        return self.row_lines[i] if i < len(self.row_lines) else self.line

    def row_page(self, i: int) -> int | None:
        return self.row_pages[i] if i < len(self.row_pages) else self.page

    def take(self, indexes: Sequence[int], rows: list[list[str]] | None = None) -> Table:
        """The rows at `indexes` as a table of their own, each with its line and page (`rows`: their cells
        as the caller cut them, one row for each index)."""
        return Table([self.rows[i] for i in indexes] if rows is None else rows, self.row_line(indexes[0]),
                     self.row_page(indexes[0]), [self.row_line(i) for i in indexes],
                     [self.row_page(i) for i in indexes])

    def as_lines(self) -> list[Line]:
        """The table read row by row as lines (cells joined by a space)."""
        out = []
        for i, row in enumerate(self.rows):
            text = " ".join(c for c in row if c.strip())
            for part in text.split("\n"):
                if part.strip():
                    out.append(Line(part, self.row_line(i), self.row_page(i)))
        return out


Block = Line | Table


def flatten(blocks: list[Block]) -> list[Line]:
    """Every block as lines, tables row by row: for parsers that read text only."""
    out: list[Line] = []
    for b in blocks:
        out.extend(b.as_lines() if isinstance(b, Table) else [b])
    return out


def block_rows(blocks: list[Block]) -> Iterator[tuple[Block, list[str], int | None, int | None]]:
    """(block, cells, line, page) of every row of the blocks: a table's rows, a line as a row of its text alone (for
    parsers that read a sheet's labels and values from its table or from its lines alike)."""
    for b in blocks:
        if isinstance(b, Table):
            yield from ((b, row, b.row_line(i), b.row_page(i)) for i, row in enumerate(b.rows))
        else:
            yield b, [b.text], b.line, b.page


def first_location(blocks: list[Block]) -> tuple[int | None, int | None]:
    """(page, line) of the first block that has one."""
    for b in blocks:
        if b.line is not None or b.page is not None:
            return b.page, b.line
    return None, None

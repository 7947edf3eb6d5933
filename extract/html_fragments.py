"""HTML fragments that converters leave inside text exports.

Only what plan exports use: ``<table>/<tr>/<td colspan rowspan>``, ``<p>``, ``<ul>/<li>``,
``<br>``, ``<b>``, ``<a>``. A table's rows hold ``None`` where a spanned cell covers the place (the
columns a cell spans after its first, the rows it spans after its first), as the Word reader's do
(readers/merged_header.py folds a two-row header from them). Parsed with the standard library's tokenizer; no
entity expansion beyond the HTML character references.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_TAG_RE = re.compile(r"</?(?:table|tr|td|th|p|ul|ol|li|br|b|strong|a|span|div)\b[^>]*>", re.I)
_BREAKS = {"p", "li", "br", "div", "tr", "ul", "ol"}


def has_html(text: str) -> bool:
    return bool(_TAG_RE.search(text))


@dataclass
class HtmlTable:
    rows: list[list[str | None]] = field(default_factory=list)
    # column -> rows still covered by a cell of an earlier row (rowspan)
    down: dict[int, int] = field(default_factory=dict)

    def cover(self) -> None:
        """Fill the places of the last row that cells of earlier rows span down over (None)."""
        row = self.rows[-1]
        while self.down.get(len(row), 0) > 0:
            self.down[len(row)] -= 1
            row.append(None)

    def row_texts(self) -> list[str]:
        return [" ".join(c for c in r if c) for r in self.rows]

    def cell_texts(self) -> list[str]:
        return [c for r in self.rows for c in r if c]


class _Fragment(HTMLParser):
    """Splits a fragment into paragraphs of text and tables, in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str | HtmlTable] = []
        self._text: list[str] = []
        self._tables: list[HtmlTable] = []
        self._cell: list[str] | None = None
        self._colspan = 1
        self._rowspan = 1

    # paragraphs ---------------------------------------------------------
    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self._text)).strip()
        if text:
            self.parts.append(text)
        self._text = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            if not self._tables:
                self._flush()
            self._tables.append(HtmlTable())
        elif self._tables and tag == "tr":
            self._tables[-1].rows.append([])
        elif self._tables and tag in ("td", "th"):
            self._cell = []
            self._colspan, self._rowspan = (_span(dict(attrs).get(a)) for a in ("colspan", "rowspan"))
        elif tag in _BREAKS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag == "table" and self._tables:
            table = self._tables.pop()
            if self._tables:  # nested table: its text joins the outer cell
                if self._cell is not None:
                    self._cell.append("\n".join(table.row_texts()))
            else:
                self.parts.append(table)
        elif self._tables and tag in ("td", "th") and self._cell is not None:
            text = re.sub(r"[ \t]+", " ", "".join(self._cell)).strip()
            text = re.sub(r"\s*\n\s*", "\n", text)
            table = self._tables[-1]
            if not table.rows:
                table.rows.append([])
            table.cover()
            start = len(table.rows[-1])
            table.rows[-1].extend([text] + [None] * (self._colspan - 1))
            for j in range(start, start + self._colspan) if self._rowspan > 1 else ():
                table.down[j] = self._rowspan - 1
            self._cell = None
        elif self._tables and tag == "tr" and self._tables[-1].rows:
            self._tables[-1].cover()
        elif tag in _BREAKS:
            self._break()

    def _break(self) -> None:
        if self._cell is not None:
            self._cell.append("\n")
        elif not self._tables:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        elif not self._tables:
            self._text.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


_MAX_SPAN = 63  # Word's limit on a table's columns: a hostile span of 10**9 costs nothing


def _span(value: str | None) -> int:
    return min(int(value), _MAX_SPAN) if value and value.isdigit() and int(value) >= 1 else 1


def parse_fragment(text: str) -> list[str | HtmlTable]:
    """Paragraph texts and tables of an HTML fragment, in document order."""
    p = _Fragment()
    p.feed(text)
    p.close()
    return p.parts


def html_to_text(text: str) -> str:
    """An HTML fragment as plain text, one paragraph or list entry a line."""
    out = []
    for part in parse_fragment(text):
        out.extend(part.row_texts() if isinstance(part, HtmlTable) else [part])
    return "\n".join(out)

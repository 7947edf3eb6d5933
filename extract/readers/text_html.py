"""A whole HTML document (a plan saved by a word processor as a web page) as the text reader's lines.

Convention (Word's 「Web ページ」 save, .htm/.html, of Word 2003–2016, and pages like it): the document is markup
from its first line — ``<html xmlns:o=…>``, a ``<head>`` of metadata, Office XML in conditional comments and CSS
in a comment — then a ``<body>`` of ``<p class=MsoNormal>`` paragraphs and ``<table class=MsoTableGrid>`` tables.
Word wraps its source lines inside tags (「<span\\nlang=EN-US>」), splits a word across runs (「令和<span
lang=EN-US>9</span>年度」), writes ``<o:p></o:p>`` at a paragraph's end, runs of spaces and empty paragraphs as
``&nbsp;``, a line break in a paragraph or a cell as ``<br>``, and the label of its own list numbering as text in
``<![if !supportLists]>`` (「①」). Such a document is read as text: each paragraph a line (its ``<br>`` pieces
lines of their own) at the source line it starts on, each outer table one line of plain ``<table>`` markup
(rows, cells with their spans, paragraphs and line breaks; nested tables kept) that the text reader reads as an
HTML table, and nothing of the head (its title, author and styles are no text of the plan).
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

# A document that is HTML from its start: an XML declaration, a doctype and comments may come before <html>.
_DOCUMENT = re.compile(r"^\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!DOCTYPE\s+html[^>]*>\s*)?(?:<!--.*?-->\s*)*<html[\s>]",
                       re.I | re.S)
_SKIPPED = {"head", "style", "script", "title", "xml", "template", "noscript"}
_PARAGRAPHS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "dt", "dd", "blockquote", "pre", "address",
               "ul", "ol", "dl", "center", "body"}
_TABLE_TAGS = {"table", "tr", "td", "th"}
_BREAK = "\u2028"  # a <br> until the text is laid out (a line break of the source is white space)
_MAX_TABLE_DEPTH = 8  # nested deeper, a table's text joins its cell (bounded work on a hostile file)


def is_html_document(text: str) -> bool:
    """Whether the text is an HTML document from its start (not text with HTML fragments in it)."""
    return bool(_DOCUMENT.match(text[:8192]))


def _laid_out(pieces: list[str]) -> str:
    """Text pieces as one text: white space holding a source line break is none between two Japanese characters
    (Word breaks its lines anywhere) and a space elsewhere; runs of spaces one space (``&nbsp;`` too); a <br> a
    line break."""
    text = "".join(pieces).replace("\t", " ").replace("\r", "")
    text = re.sub(r"(?<=[^\x00-\x7f\xa0]) *\n[ \n]*(?=[^\x00-\x7f\xa0])", "", text)
    text = re.sub(r" *\n[ \n]*", " ", text).replace("\xa0", " ")
    text = re.sub(r" {2,}", " ", text)
    return "\n".join(part.strip() for part in text.split(_BREAK))


class _Document(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[tuple[int, str]] = []  # (source line, text or a table's markup)
        self._skip = 0
        self._text: list[str] = []
        self._line: int | None = None  # the source line the open paragraph starts on
        self._table: list[str] = []  # the open outer table's markup
        self._depth = 0  # tables open
        self._cell: list[str] | None = None  # the open cell's text pieces

    def _flush(self) -> None:
        text = _laid_out(self._text)
        line = self._line or self.getpos()[0]
        if text.strip():
            self.out.append((line, text))
        elif self._text:
            self.out.append((line, ""))
        self._text, self._line = [], None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip += 1
            return
        if self._skip:
            return
        if tag == "table":
            if self._depth == 0:
                self._flush()
                self._line = self.getpos()[0]
            self._depth += 1
        if self._depth:
            self._table_tag(tag, attrs)
            return
        if tag == "br":
            self._text.append(_BREAK)
        elif tag in _PARAGRAPHS:
            self._flush()
            self._line = self.getpos()[0]

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag != "br":  # 「<p/>」 opens and closes
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
            return
        if self._skip:
            return
        if self._depth:
            self._table_end(tag)
            return
        if tag in _PARAGRAPHS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._depth:
            if self._cell is not None:
                self._cell.append(data)
            return
        if not self._text and not data.strip():
            return
        if self._line is None:
            self._line = self.getpos()[0]
        self._text.append(data)

    # tables -----------------------------------------------------------------
    def _table_tag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("td", "th"):
            self._close_cell()
            spans = "".join(f' {a}="{v}"' for a, v in attrs if a in ("colspan", "rowspan") and v and v.isdigit())
            self._table.append(f"<{tag}{spans}>")
            self._cell = []
        elif tag in ("table", "tr"):
            self._close_cell()
            if tag == "table" and self._depth > _MAX_TABLE_DEPTH:
                return
            self._table.append(f"<{tag}>")
        elif self._cell is not None and (tag == "br" or tag in _PARAGRAPHS):
            self._cell.append(_BREAK)

    def _table_end(self, tag: str) -> None:
        if tag in ("td", "th", "tr", "table"):
            self._close_cell()
            if tag in ("td", "th"):
                self._table.append(f"</{tag}>")
            elif tag == "tr":
                self._table.append("</tr>")
            else:
                if self._depth <= _MAX_TABLE_DEPTH:
                    self._table.append("</table>")
                self._depth -= 1
                if self._depth == 0:
                    self.out.append((self._line or self.getpos()[0], "".join(self._table)))
                    self._table, self._line = [], None
                else:  # a nested table closed: the outer cell's text goes on after it
                    self._cell = []
        elif self._cell is not None and tag in _PARAGRAPHS:
            self._cell.append(_BREAK)

    def _close_cell(self) -> None:
        if self._cell is not None:
            text = _laid_out(self._cell).strip("\n")
            self._table.append("<br>".join(html.escape(part, quote=False) for part in text.split("\n")))
            self._cell = None

    def close(self) -> None:
        super().close()
        if self._depth:  # a table never closed: what it holds is still read
            while self._depth:
                self._table_end("table")
        self._flush()


def html_document_lines(text: str) -> list[str] | None:
    """The document's lines as the text reader reads them (see the module's docstring), each at the source line
    its paragraph or table starts on when that line is free; None when the text is no HTML document."""
    if not is_html_document(text):
        return None
    parser = _Document()
    parser.feed(text)
    parser.close()
    out: list[str] = []
    for line, content in parser.out:
        for k, part in enumerate(content.split("\n") if not content.startswith("<table") else [content]):
            while len(out) < line - 1 + k:
                out.append("")
            out.append(part)
    return out

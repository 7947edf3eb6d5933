"""PDF reader: the same block stream as the text reader, from what PDFium reads.

PDFium (pypdfium2) gives each page's characters and the rules drawn on it
about ten times faster than pdfminer's layout analysis; pages are read one at
a time and closed, so memory is bounded by the largest page. Tables are found
from their ruling lines (pdfplumber's finder, run on PDFium's edges) and,
where no rules enclose them, from the alignment of their text. Lines, wrapped
paragraphs, running heads and tables continued over pages are put together in
:mod:`.pdf_pages`, as for the pdfplumber reader kept in :mod:`.pdf_plumber`.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from hattatsu.errors import InputError

from ..blocks import Block
from .base import ReadOptions, ReadResult, register
from .pdf_layout import char_rows
from .pdf_limits import check_pdf_limits
from .pdf_pages import Cell, PageTable, assemble, drop_running_heads, join_tables, layout_page, outside
from .pdf_settings import DEFAULT, PdfLayout
from .pdfium_lock import PDFIUM_LOCK

__all__ = ["Cell", "PageTable", "join_tables", "read_pdf"]
_join = join_tables  # the name the tests of joining continued tables use


def read_pdf(data: bytes, path: str, password: str | None = None, max_pages: int = 300,
             layout: PdfLayout = DEFAULT) -> tuple[list[Block], int]:
    """Blocks and page count of a PDF; InputError for what cannot be read."""
    with _collector_paused():
        return _read_pdf(data, path, password, max_pages, layout)


def _read_pdf(data: bytes, path: str, password: str | None, max_pages: int,
              layout: PdfLayout) -> tuple[list[Block], int]:
    from .pdf_aligned import aligned_tables
    from .pdf_pdfium import read_page
    from .pdf_ruled import ruled_tables

    check_pdf_limits(data, path)  # cut off, or streams that inflate past the limits
    with PDFIUM_LOCK:
        pdf = _open(data, path, password)
    try:
        with PDFIUM_LOCK:
            count = len(pdf)
        if count > max_pages:
            raise InputError(path, f"{count} ページあり、上限 {max_pages} ページを超えています"
                                   "（--max-pages で変えられます）")
        pages, images = [], 0
        carried = None  # the columns of a table without rules that ran to the foot of the page before
        try:
            for i in range(count):
                with PDFIUM_LOCK:
                    content = read_page(pdf, i, layout)
                images += content.images
                ruled = ruled_tables(content.edges, layout)
                rows = char_rows(outside(content.chars, ruled))  # a ruled table wins where both are found
                aligned, carried = aligned_tables(rows, content.height, carried, layout)
                pages.append(layout_page(content.chars, ruled + aligned, i + 1, content.height, rows, layout))
        except Exception as e:  # a damaged page
            raise InputError(path, f"PDF が壊れています（{type(e).__name__}）") from None
    finally:
        with PDFIUM_LOCK:
            pdf.close()
    if not any(p.items for p in pages):
        if images:
            raise InputError(path, "文字情報のない PDF です（スキャン画像）。先に OCR をかけてください"
                                   "（例: ocrmypdf -l jpn 入力.pdf 出力.pdf）")
        raise InputError(path, "文字のない PDF です（白紙か、図形だけのページです）")
    drop_running_heads(pages, layout)
    return assemble(pages), count


_pauses = 0  # readers running (in threads) with the collector paused
_pause_lock = threading.Lock()
_was_enabled = False


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while a PDF is read. A page makes a few objects
    per character (hundreds of thousands per plan, none in reference cycles, freed by reference
    counting as each page is done); the collector would run every few hundred of them and scan
    them all again, a fifth of the reading time. Readers in several threads share one pause; the
    collector runs again (if it ran before) when the last one is done."""
    global _pauses, _was_enabled
    with _pause_lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()


def _open(data: bytes, path: str, password: str | None):
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        return pdfium.PdfDocument(data, password=password or None)
    except pdfium.PdfiumError as e:
        if e.err_code == raw.FPDF_ERR_PASSWORD:
            if password:
                raise InputError(path, "PDF のパスワードが違います") from None
            raise InputError(path, "暗号化された PDF です（--password で開くパスワードを指定してください）") from None
        if e.err_code == raw.FPDF_ERR_SECURITY:
            raise InputError(path, "この暗号化方式の PDF は開けません") from None
        raise InputError(path, f"PDF として読めません（壊れています: {e}）") from None


class PdfReader:
    format = "pdf"

    def sniff(self, data: bytes, path: str) -> bool:
        return b"%PDF" in data[:1024]  # a few bytes of junk may precede the header

    def read(self, data: bytes, path: str, options: ReadOptions) -> ReadResult:
        try:
            blocks, pages = read_pdf(data, path, options.pdf.password, options.pdf.max_pages, options.pdf.layout)
        except InputError:
            raise
        except Exception as e:  # PDF engines raise many kinds on damaged files, also outside pages
            raise InputError(path, f"PDF が壊れています（{type(e).__name__}）") from None
        return ReadResult(blocks, self.format, pages, line_unit="page")


register(PdfReader())

"""The pdfplumber (pdfminer) reader of PDF pages: the reference the PDFium reader is
measured against (``benchmarks/extract_pdf.py``), kept callable for that comparison.

Same block stream as :func:`hattatsu.extract.readers.pdf.read_pdf`; pdfminer's layout
work makes it about ten times slower.
"""

from __future__ import annotations

import io

from hattatsu.errors import InputError

from ..blocks import Block
from .pdf_layout import Char
from .pdf_pages import FoundTable, Page, assemble, drop_running_heads, layout_page


def read_pdf_plumber(data: bytes, path: str, password: str | None = None,
                     max_pages: int = 300) -> tuple[list[Block], int]:
    """Blocks and page count of a PDF read with pdfplumber; InputError for what cannot be read."""
    if b"%%EOF" not in data[-2048:]:
        raise InputError(path, "PDF が途中で切れています（末尾の %%EOF がありません）。ファイルを取り直してください")
    pdf = _open(data, path, password)
    try:
        count = len(pdf.pages)
        if count > max_pages:
            raise InputError(path, f"{count} ページあり、上限 {max_pages} ページを超えています"
                                   "（--max-pages で変えられます）")
        try:
            pages = [_read_page(p, n) for n, p in enumerate(pdf.pages, 1)]
            if not any(p.items for p in pages):
                if any(p.images for p in pdf.pages):
                    raise InputError(path, "文字情報のない PDF です（スキャン画像）。先に OCR をかけてください"
                                           "（例: ocrmypdf -l jpn 入力.pdf 出力.pdf）")
                raise InputError(path, "文字のない PDF です（白紙か、図形だけのページです）")
        except InputError:
            raise
        except Exception as e:  # pdfminer raises many kinds on damaged content streams
            raise InputError(path, f"PDF が壊れています（{type(e).__name__}）") from None
    finally:
        pdf.close()
    drop_running_heads(pages)
    return assemble(pages), count


def _open(data: bytes, path: str, password: str | None):
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        return pdfplumber.open(io.BytesIO(data), password=password or "")
    except Exception as e:
        cause = e.args[0] if e.args and isinstance(e.args[0], Exception) else e
        if isinstance(cause, PDFPasswordIncorrect):
            if password:
                raise InputError(path, "PDF のパスワードが違います") from None
            raise InputError(path, "暗号化された PDF です（--password で開くパスワードを指定してください）") from None
        if isinstance(cause, PDFEncryptionError):
            raise InputError(path, f"この暗号化方式の PDF は開けません（{cause}）") from None
        raise InputError(path, f"PDF として読めません（壊れています: {type(cause).__name__}）") from None


def _read_page(page, number: int) -> Page:
    chars = [Char(c["text"], c["x0"], c["x1"], c["top"], c["bottom"], c["size"])
             for c in page.chars if c["text"] and c.get("upright", True)]
    found = [FoundTable([list(row.cells) for row in t.rows], t.bbox) for t in page.find_tables() if t.rows]
    return layout_page(chars, found, number, float(page.height))

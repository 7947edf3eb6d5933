"""Checks of a PDF's bytes before any PDF engine parses it: an end, and bounded streams.

A PDF engine inflates a page's content streams and parses them whole; a 1 MB file can
hold a Flate stream that inflates to gigabytes (an LZW or run-length one, or a chain of
filters, too). Every filtered stream is decoded here once, in chunks, through its whole
/Filter chain (pdf_filters), counting what comes out and stopping at the limit, without
keeping any of it. Independent of the engine (pdfplumber/pdfminer or PDFium).

Limits per stream depend on what the stream's dictionary says it is: images are large
by nature (and text readers do not decode them), fonts less so, everything else (page
contents, object streams, forms) is small in any real plan.
"""

from __future__ import annotations

import re

from hattatsu.errors import InputError

from .pdf_filters import decoded_size, filter_chain

_MB = 1024 * 1024
MAX_IMAGE_STREAM = 128 * _MB  # an A4 page scanned at 600 dpi in colour is about 100 MB
MAX_FONT_STREAM = 64 * _MB  # a whole embedded CJK font is 10–20 MB
MAX_OTHER_STREAM = 32 * _MB  # page contents: a dense page is well under 1 MB
MAX_TOTAL = 512 * _MB  # all streams of the file together, inflated
EOF_WINDOW = 1024 * _MB  # %%EOF anywhere in the file counts; what follows it is appended data

# the `stream` keyword (not `endstream`: checked apart, as a look-behind at the start of the pattern
# keeps the regex engine from scanning for the literal, tens of times slower over a file's binary data)
_STREAM = re.compile(rb"stream(?:\r\n|\n|\r)")
_OBJ = re.compile(rb"\d+\s+\d+\s+obj\b")
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
_FONT = re.compile(rb"/Length[123]\b|/Subtype\s*/(?:Type1C|CIDFontType0C|OpenType)\b")
_UPDATE = re.compile(rb"\bobj\b|\bendobj\b|\bxref\b|\bstartxref\b|\btrailer\b")


def check_pdf_limits(data: bytes, path: str) -> None:
    """InputError for a PDF that was cut off, or whose streams inflate past the limits."""
    _check_end(data, path)
    total = 0
    for m in _STREAM.finditer(data):
        if data[max(0, m.start() - 3): m.start()] == b"end":
            continue
        head = _dictionary(data, m.start())
        chain = filter_chain(head)
        if not chain:
            continue
        if _IMAGE.search(head):
            limit, what = MAX_IMAGE_STREAM, "画像"
        elif _FONT.search(head):
            limit, what = MAX_FONT_STREAM, "フォント"
        else:
            limit, what = MAX_OTHER_STREAM, "ページの内容などの"
        end = data.find(b"endstream", m.end())
        size = decoded_size(memoryview(data)[m.end(): end if end >= 0 else len(data)], chain, limit + 1)
        if size > limit:
            raise InputError(path, f"PDF の中の{what}ストリームを展開すると {limit // _MB} MB を超えます"
                                   "（圧縮爆弾の疑い）")
        total += size
        if total > MAX_TOTAL:
            raise InputError(path, f"PDF の中身を展開すると合わせて {MAX_TOTAL // _MB} MB を超えます（圧縮爆弾の疑い）")


def _check_end(data: bytes, path: str) -> None:
    """A PDF ends with %%EOF. Bytes after the last one are appended data (a mail gateway's
    signature, padding) and do not matter — unless they are an incremental update that was
    cut off, which is what a truncated download of an edited PDF looks like."""
    window = data[-EOF_WINDOW:]
    last = window.rfind(b"%%EOF")
    if last < 0 or _UPDATE.search(window, last + 5):
        raise InputError(path, "PDF が途中で切れています（末尾の %%EOF がありません）。ファイルを取り直してください")


def _dictionary(data: bytes, stream_at: int) -> bytes:
    """The text between the stream's `N 0 obj` and its `stream` keyword (its dictionary)."""
    start = max(0, stream_at - 4096)
    head = data[start:stream_at]
    end = _last_obj_end(head)
    return head[end:] if end is not None else head


_SPACE, _DIGIT, _WORD = frozenset(b" \t\n\r\f\v"), frozenset(b"0123456789"), \
    frozenset(b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")


def _last_obj_end(head: bytes) -> int | None:
    """Where the last match of ``_OBJ`` (`N G obj`) in ``head`` ends, found from the end: each
    `obj` is checked for the number, generation and white space before it. (A regex scan from the
    start tries a match at every digit of the binary data before the object, a hundred times slower.)"""
    pos = len(head)
    while (pos := head.rfind(b"obj", 0, pos)) >= 0:
        after = pos + 3
        if after < len(head) and head[after] in _WORD:
            continue  # `obj` must end a word
        i = pos
        for kind in (_SPACE, _DIGIT, _SPACE):  # white space, the generation, white space, then the number
            j = i
            while j > 0 and head[j - 1] in kind:
                j -= 1
            if j == i:
                break
            i = j
        else:
            if i > 0 and head[i - 1] in _DIGIT:
                return after
    return None

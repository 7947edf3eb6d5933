"""Readers: one module per input format, each producing the block stream.

Each module in ``FORMAT_MODULES`` registers a ``Reader`` (``base.register``); the format is
told from the content, never from the file name. Heavy libraries (the PDF engine) load
inside ``read``, only when a file of that format is read.
"""

from __future__ import annotations

from importlib import import_module

from .base import DEFAULT_MAX_PAGES, PdfAccess, Reader, ReadOptions, ReadResult, reader_for, register

# Asked in this order; the plain-text reader is the fallback for what none of them claims.
FORMAT_MODULES = ("pdf", "word", "ole", "text")
for _name in FORMAT_MODULES:
    import_module(f"{__name__}.{_name}")

__all__ = ["DEFAULT_MAX_PAGES", "PdfAccess", "ReadOptions", "ReadResult", "Reader", "read_blocks", "register"]


def read_blocks(data: bytes, path: str, options: ReadOptions | None = None) -> ReadResult:
    """The block stream of a file's bytes, by the reader that claims them."""
    return reader_for(data, path).read(data, path, options or ReadOptions())

"""The contract every reader keeps, the options it is given, and the registry of readers.

A reader is one module: it tells from the bytes whether a file is its format (``sniff``)
and turns the bytes into the block stream (``read``). A new input format is one new module
that calls ``register`` and is named in ``readers.FORMAT_MODULES``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from ..blocks import Block
from .pdf_settings import PdfLayout

DEFAULT_MAX_PAGES = 300


@dataclass(frozen=True)
class PdfAccess:
    """How to open and lay out a PDF: its password (never shown in a repr or a log), the page
    limit, and the layout analysis's settings (``PdfLayout.resolve`` validates a dict of them)."""

    password: str | None = field(default=None, repr=False)
    max_pages: int = DEFAULT_MAX_PAGES
    layout: PdfLayout = field(default_factory=PdfLayout)


@dataclass(frozen=True)
class ReadOptions:
    """What a user can choose for extraction — the NLP pass or the rules only, and whether to
    list people and organisations (``check`` has no rule that reads them) — and, in ``pdf``,
    how PDFs are opened."""

    nlp: bool = True  # use the NLP pass where it is installed (--no-nlp: rules only)
    entities: bool = True
    pdf: PdfAccess = field(default_factory=PdfAccess)


@dataclass
class ReadResult:
    """What a reader gives: the block stream, and what it learnt of the file."""

    blocks: list[Block]
    format: str  # text | pdf | docx (the contract's source.format)
    pages: int | None = None
    encoding: str | None = None
    line_unit: str = "file"  # what Location.line counts: file | page (PDF) | body (Word)
    warnings: list[str] = field(default_factory=list)  # what the reader repaired (broken bytes …)


class Reader(Protocol):
    """One input format."""

    format: str

    def sniff(self, data: bytes, path: str) -> bool:
        """Whether the bytes are this format (from the content, never from the file name)."""
        ...

    def read(self, data: bytes, path: str, options: ReadOptions) -> ReadResult:
        """The block stream; ``InputError`` for what cannot be read."""
        ...


_READERS: list[Reader] = []
_FALLBACK: list[Reader] = []


def register(reader: Reader, *, fallback: bool = False) -> Reader:
    """Add a reader; a fallback (plain text) is asked only when no other reader claims the file."""
    (_FALLBACK if fallback else _READERS).append(reader)
    return reader


def reader_for(data: bytes, path: str) -> Reader:
    """The first registered reader that claims the bytes, else the fallback."""
    for reader in (*_READERS, *_FALLBACK):
        if reader.sniff(data, path):
            return reader
    raise LookupError("no reader registered")  # the text fallback claims everything

"""Readers: one module per input format, each producing the block stream."""

from __future__ import annotations

from dataclasses import dataclass, field

from hattatsu.errors import InputError

from ..blocks import Block
from .text import read_text

DEFAULT_MAX_PAGES = 300


@dataclass
class ReadOptions:
    """What a user can tell the extractor: a PDF password, a page limit, NLP or not, and
    whether to list the people and organisations (``check`` has no rule that reads them)."""

    password: str | None = None
    max_pages: int = DEFAULT_MAX_PAGES
    nlp: bool = True  # use the NLP pass where it is installed (--no-nlp: rules only)
    entities: bool = True


@dataclass
class ReadResult:
    blocks: list[Block]
    format: str
    pages: int | None = None
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)  # what the reader repaired (broken bytes …)


def detect_format(data: bytes) -> str:
    """'pdf', 'docx', 'ole' (legacy or encrypted Office) or 'text', from the content,
    never from the file name."""
    head = data[:1024]
    if head.startswith(b"%PDF") or b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return "docx"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    return "text"


def read_blocks(data: bytes, path: str, options: ReadOptions | None = None) -> ReadResult:
    options = options or ReadOptions()
    fmt = detect_format(data)
    if fmt == "pdf":
        from .pdf import read_pdf

        try:
            blocks, pages = read_pdf(data, path, options.password, options.max_pages)
        except InputError:
            raise
        except Exception as e:  # PDF engines raise many kinds on damaged files, also outside pages
            raise InputError(path, f"PDF が壊れています（{type(e).__name__}）") from None
        return ReadResult(blocks, "pdf", pages)
    if fmt == "docx":
        from .word import read_docx

        return ReadResult(read_docx(data, path), "docx")
    if fmt == "ole":
        raise InputError(path, "暗号化された Word 文書か旧形式（.doc）です。"
                               "パスワードを外して .docx で保存し直してください")
    warnings: list[str] = []
    blocks, encoding = read_text(data, path, warnings)
    return ReadResult(blocks, "text", None, encoding, warnings)

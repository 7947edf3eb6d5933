"""Readers: one module per input format, each producing the block stream."""

from __future__ import annotations

from dataclasses import dataclass

from hattatsu.errors import InputError

from ..blocks import Block
from .text import read_text


@dataclass
class ReadResult:
    blocks: list[Block]
    format: str
    pages: int | None = None
    encoding: str | None = None


def detect_format(data: bytes) -> str:
    """'pdf', 'docx' or 'text', from the content, never from the file name."""
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    return "text"


def read_blocks(data: bytes, path: str) -> ReadResult:
    fmt = detect_format(data)
    if fmt == "text":
        blocks, encoding = read_text(data, path)
        return ReadResult(blocks, "text", None, encoding)
    raise InputError(path, f"{fmt.upper()} の読み込みはまだ対応していません（テキストに書き出してください）")

"""OLE compound files (legacy .doc, or a Word file encrypted with a password): recognised so
that the user is told what to do, since neither can be read as .docx."""

from __future__ import annotations

from hattatsu.errors import InputError

from .base import ReadOptions, ReadResult, register

_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class OleReader:
    format = "ole"

    def sniff(self, data: bytes, path: str) -> bool:
        return data.startswith(_MAGIC)

    def read(self, data: bytes, path: str, options: ReadOptions) -> ReadResult:
        raise InputError(path, "暗号化された Word 文書か旧形式（.doc）です。"
                               "パスワードを外して .docx で保存し直してください")


register(OleReader())

"""The ZIP package of a .docx, checked before python-docx opens it.

A .docx is a ZIP archive; python-docx reads every part of it into memory and
lxml parses the XML parts. A small file can inflate to gigabytes (a "zip bomb")
or carry corrupt deflate data. Before parsing, every entry is inflated once in
chunks, counting what comes out: the declared sizes of the central directory
are checked first, and the real sizes are enforced while reading because a
header can lie. CRC and deflate errors surface here as one clear message.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from hattatsu.errors import InputError

MAX_ENTRIES = 5000
MAX_ENTRY_BYTES = 100 * 1024 * 1024  # one part (a document.xml of a real plan is a few MB)
MAX_TOTAL_BYTES = 200 * 1024 * 1024  # all parts: python-docx holds them all in memory at once
_CHUNK = 1024 * 1024
_MB = 1024 * 1024


def check_package(data: bytes, path: str) -> set[str]:
    """The names of the package's entries; InputError when it is broken or too large inflated."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
            _check_declared(infos, path)
            total = 0
            for info in infos:
                total += _inflated_size(z, info, path, MAX_TOTAL_BYTES - total)
            return {i.filename for i in infos}
    except InputError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError) as e:
        if isinstance(e, zipfile.BadZipFile) and "CRC" in str(e):
            raise InputError(path, "DOCX が壊れています（中のファイルの検査値（CRC）が合いません）") from None
        if isinstance(e, zlib.error):
            raise InputError(path, "DOCX が壊れています（圧縮データを展開できません）") from None
        raise InputError(path, "DOCX が壊れているか途中で切れています（ZIP として開けません）") from None
    except (NotImplementedError, RuntimeError):  # an unsupported compression method, an encrypted entry
        raise InputError(path, "DOCX が暗号化されているか、対応していない圧縮方式です") from None


def _check_declared(infos: list[zipfile.ZipInfo], path: str) -> None:
    if len(infos) > MAX_ENTRIES:
        raise InputError(path, f"DOCX の中のファイルが多すぎます（{len(infos)} 個、上限 {MAX_ENTRIES} 個）")
    for info in infos:
        if info.file_size > MAX_ENTRY_BYTES:
            raise _too_large(path, info.filename, info.file_size)
    declared = sum(i.file_size for i in infos)
    if declared > MAX_TOTAL_BYTES:
        raise InputError(path, f"DOCX を展開すると {declared // _MB} MB になり、上限 {MAX_TOTAL_BYTES // _MB} MB を"
                               "超えます（圧縮爆弾の疑い）")


def _inflated_size(z: zipfile.ZipFile, info: zipfile.ZipInfo, path: str, budget: int) -> int:
    """Inflate one entry in chunks and count; stop as soon as it passes a limit."""
    limit = min(MAX_ENTRY_BYTES, budget)
    size = 0
    with z.open(info) as f:
        while chunk := f.read(_CHUNK):
            size += len(chunk)
            if size > limit:
                if limit < MAX_ENTRY_BYTES:
                    raise InputError(path, f"DOCX を展開すると上限 {MAX_TOTAL_BYTES // _MB} MB を超えます"
                                           "（圧縮爆弾の疑い）")
                raise _too_large(path, info.filename, size)
    return size


def _too_large(path: str, name: str, size: int) -> InputError:
    return InputError(path, f"DOCX の {name} を展開すると {size // _MB} MB を超え、上限 "
                            f"{MAX_ENTRY_BYTES // _MB} MB を超えます（圧縮爆弾の疑い）")

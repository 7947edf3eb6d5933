"""Building hostile files in a test's tmp_path, and running the CLI on them with bounded memory.

Nothing hostile is committed: every file is made here from a few bytes of recipe.
"""

from __future__ import annotations

import io
import resource
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

MEMORY_LIMIT = 500 * 1024 * 1024  # address space of the CLI process: the goal of issue 15
TIME_LIMIT = 10.0

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    cpu_seconds: float  # user + system time of the child


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run_limited(*args: str | Path, timeout: float = TIME_LIMIT) -> Run:
    """`hattatsu ARGS` in a subprocess with at most 500 MB of address space; fails the test on timeout."""
    start, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    r = subprocess.run([sys.executable, "-m", "hattatsu.cli", *map(str, args)], capture_output=True, text=True,
                       preexec_fn=_limit_memory, timeout=timeout)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return Run(r.returncode, r.stdout, r.stderr, time.perf_counter() - start, cpu)


def docx_bytes(body_xml: str = "", parts: dict[str, bytes] | None = None) -> bytes:
    """A minimal Word file (python-docx's default package) whose body is body_xml."""
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    files = {n: src.read(n) for n in src.namelist()}
    if body_xml:
        files["word/document.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                      f'<w:document xmlns:w="{W}"><w:body>{body_xml}</w:body></w:document>').encode()
    files.update(parts or {})
    return zip_bytes(files)


def zip_bytes(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in files.items():
            z.writestr(name, body)
    return out.getvalue()


def paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def table(rows: list[str], grid: int | None = 3) -> str:
    cols = "".join('<w:gridCol w:w="1000"/>' for _ in range(grid or 0))
    head = f"<w:tblGrid>{cols}</w:tblGrid>" if grid else ""
    return f"<w:tbl><w:tblPr/>{head}{''.join(rows)}</w:tbl>"


def cell(text: str, props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{paragraph(text)}</w:tc>"


def bomb_entry(size: int) -> bytes:
    """A raw deflate stream inflating to `size` bytes of XML-ish filler, made without ever holding
    (or compressing) the inflated data: after a full flush the compressor's state is the same
    every time, so the bytes of one flushed 1 MB piece are repeated."""
    piece = b"<w:p/>" * (1024 * 1024 // 6)
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = comp.compress(piece) + comp.flush(zlib.Z_FULL_FLUSH)
    again = comp.compress(piece) + comp.flush(zlib.Z_FULL_FLUSH)
    return first + again * (size // len(piece) - 1) + comp.flush()


def raw_zip(entries: list[tuple[str, bytes, int, int]]) -> bytes:
    """A ZIP made by hand from (name, raw deflate data, uncompressed size as declared, CRC) —
    so that a test can declare a size or CRC that is not the truth."""
    out, centrals = b"", []
    for name, data, size, crc in entries:
        fname = name.encode()
        offset = len(out)
        out += struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(data), size, len(fname), 0)
        out += fname + data
        centrals.append(struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc, len(data),
                                    size, len(fname), 0, 0, 0, 0, 0, offset) + fname)
    cd = b"".join(centrals)
    return out + cd + struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(centrals), len(centrals), len(cd),
                                  len(out), 0)


def deflated(body: bytes) -> tuple[bytes, int, int]:
    comp = zlib.compressobj(6, zlib.DEFLATED, -15)
    return comp.compress(body) + comp.flush(), len(body), zlib.crc32(body)


def docx_entries(body_xml: str = "") -> list[tuple[str, bytes, int, int]]:
    """The entries of docx_bytes(body_xml) as raw_zip takes them."""
    z = zipfile.ZipFile(io.BytesIO(docx_bytes(body_xml)))
    return [(n, *deflated(z.read(n))) for n in z.namelist()]


def pdf_bytes(content: bytes, filtered: bool | str = False, extra_objects: list[bytes] | None = None,
              media_box: str = "0 0 595 842", xobjects: str = "") -> bytes:
    """A one-page PDF whose page content stream is `content` (raw Flate data when `filtered` is
    True; `filtered` may also name the filter, "[/A85 /Fl]"), with a Helvetica font as F1;
    cross-reference offsets computed. `xobjects` names XObjects among the extra objects
    ("/Im1 6 0 R") for the content to draw."""
    names = "/FlateDecode" if filtered is True else filtered or ""
    stream_dict = f"<< /Length {len(content)}{' /Filter ' + names if names else ''} >>".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [{media_box}] /Contents 4 0 R "
        f"/Resources << /Font << /F1 5 0 R >> /XObject << {xobjects} >> >> >>".encode(),
        stream_dict + b"\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        *(extra_objects or []),
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def flate_bomb(size: int, piece: bytes = b" ") -> bytes:
    """A zlib stream (with header) inflating to about `size` bytes of `piece`, built like bomb_entry."""
    block = piece * (1024 * 1024 // len(piece))
    comp = zlib.compressobj(9, zlib.DEFLATED, 15)
    first = comp.compress(block) + comp.flush(zlib.Z_FULL_FLUSH)
    again = comp.compress(block) + comp.flush(zlib.Z_FULL_FLUSH)
    return first + again * (size // len(block) - 1) + comp.flush()


class _LzwWriter:
    """MSB-first LZW codes as PDF writers pack them: 9–12 bits, EarlyChange 1."""

    def __init__(self) -> None:
        self.width, self.bits, self.nbits, self.out = 9, 0, 0, bytearray()

    def emit(self, code: int) -> None:
        self.bits, self.nbits = (self.bits << self.width) | code, self.nbits + self.width
        while self.nbits >= 8:
            self.nbits -= 8
            self.out.append((self.bits >> self.nbits) & 0xFF)
        self.bits &= (1 << self.nbits) - 1

    def added(self, next_code: int) -> None:
        """A table entry was added; `next_code` is the one after it."""
        if next_code + 1 > (1 << self.width) and self.width < 12:
            self.width += 1

    def finish(self) -> bytes:
        self.emit(257)
        if self.nbits:
            self.out.append((self.bits << (8 - self.nbits)) & 0xFF)
        return bytes(self.out)


def lzw_encode(data: bytes) -> bytes:
    """LZWDecode data for `data`: a clear code first and whenever the table is full, the end code last."""
    w = _LzwWriter()
    table = {bytes((i,)): i for i in range(256)}
    w.emit(256)
    word = b""
    for c in data:
        longer = word + bytes((c,))
        if longer in table:
            word = longer
            continue
        w.emit(table[word])
        if len(table) + 2 < 4096:
            table[longer] = len(table) + 2
            w.added(len(table) + 2)
        else:
            w.emit(256)
            table, w.width = {bytes((i,)): i for i in range(256)}, 9
        word = bytes((c,))
    if word:
        w.emit(table[word])
    return w.finish()


def lzw_bomb(size: int, byte: int = 0x20) -> bytes:
    """lzw_encode(bytes([byte]) * size) without the byte-by-byte loop: for a run the encoder emits
    runs of length 1, 2, 3 … (code 256 + L for L ≥ 2), each adding the next length to the table."""
    w = _LzwWriter()
    w.emit(256)
    left, length, next_code = size, 1, 258
    while left > 0:
        if length > left:  # the tail: a run the table already holds
            w.emit(byte if left == 1 else 256 + left)
            break
        w.emit(byte if length == 1 else 256 + length)
        left -= length
        if left == 0:
            break
        if next_code < 4096:
            next_code += 1
            w.added(next_code)
            length += 1
        else:
            w.emit(256)
            w.width, length, next_code = 9, 1, 258
    return w.finish()


def run_length_bomb(size: int) -> bytes:
    """RunLengthDecode data of `size` spaces: 2 bytes for each 128."""
    return b"\x81 " * (size // 128) + b"\x80"

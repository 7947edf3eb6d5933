"""The decoders of a PDF stream's /Filter chain, as bounded streams of chunks.

Used only to measure what a stream decodes to before an engine parses it (pdf_limits):
each decoder takes an iterator of byte chunks and yields chunks of at most a few MB, so
a chain (``/Filter [/ASCII85Decode /FlateDecode]``, ``[/FlateDecode /LZWDecode]``) is
decoded one chunk at a time and memory stays bounded whatever the stream inflates to.

Filters that expand (ISO 32000-1, 7.4): FlateDecode (zlib, about 1000× at most per pass),
LZWDecode (a 12-bit code stands for up to 4,096 bytes), RunLengthDecode (128 bytes for 2).
The ASCII filters shrink. Image codecs (DCT, JPX, CCITT, JBIG2) end a chain: text readers
never decode them, so what is counted is their input. A damaged stream yields what came out
before the damage; the engine reports the damage itself.
"""

from __future__ import annotations

import base64
import re
import zlib
from collections.abc import Callable, Iterable, Iterator

CHUNK_IN = 256 * 1024
CHUNK_OUT = 4 * 1024 * 1024

Chunks = Iterator[bytes]


def flate(chunks: Iterable[bytes]) -> Chunks:
    """FlateDecode: zlib data, inflated at most CHUNK_OUT bytes at a time."""
    d = zlib.decompressobj()
    try:
        for chunk in chunks:
            out = d.decompress(chunk, CHUNK_OUT)
            while out:
                yield out
                out = d.decompress(d.unconsumed_tail, CHUNK_OUT) if d.unconsumed_tail else b""
            if d.eof:
                return
    except zlib.error:
        return


_SPACE = re.compile(rb"\s+")


def ascii_hex(chunks: Iterable[bytes]) -> Chunks:
    """ASCIIHexDecode: hex digits up to `>`; white space ignored, an odd last digit is followed by 0."""
    odd = b""
    for chunk in chunks:
        end = chunk.find(b">")
        digits = odd + _SPACE.sub(b"", chunk if end < 0 else chunk[:end])
        odd, digits = (digits[-1:], digits[:-1]) if len(digits) % 2 else (b"", digits)
        try:
            yield bytes.fromhex(digits.decode("ascii"))
        except ValueError:
            return
        if end >= 0:
            break
    if odd:
        yield bytes.fromhex((odd + b"0").decode("ascii", "replace"))


def ascii85(chunks: Iterable[bytes]) -> Chunks:
    """ASCII85Decode: base-85 groups up to `~>` (`z` for four zero bytes); white space ignored."""
    rest = b""
    for chunk in chunks:
        end = chunk.find(b"~>")
        text = rest + _SPACE.sub(b"", chunk if end < 0 else chunk[:end])
        if text.startswith(b"<~"):
            text = text[2:]
        cut = len(text) if end >= 0 else _a85_boundary(text)
        text, rest = text[:cut], text[cut:]
        try:
            yield base64.a85decode(text)
        except ValueError:
            return
        if end >= 0:
            return


def _a85_boundary(text: bytes) -> int:
    """The end of the last whole group in `text` (a `z` is a group of its own)."""
    groups = 0
    cut = 0
    for i, c in enumerate(text):
        if c == 0x7A and groups == 0:  # z
            cut = i + 1
            continue
        groups += 1
        if groups == 5:
            groups, cut = 0, i + 1
    return cut


def run_length(chunks: Iterable[bytes]) -> Chunks:
    """RunLengthDecode: a length byte L, then L+1 literal bytes (L < 128) or one byte 257-L times."""
    data = b""
    for chunk in chunks:
        data += chunk
        out = bytearray()
        i = 0
        while i < len(data):
            n = data[i]
            if n == 128:
                yield bytes(out)
                return
            if n < 128:
                if i + 1 + n + 1 > len(data):
                    break
                out += data[i + 1: i + 2 + n]
                i += 2 + n
            else:
                if i + 1 >= len(data):
                    break
                out += data[i + 1: i + 2] * (257 - n)
                i += 2
            if len(out) >= CHUNK_OUT:
                yield bytes(out)
                out = bytearray()
        data = data[i:]
        yield bytes(out)


def lzw(chunks: Iterable[bytes], early_change: int = 1) -> Chunks:
    """LZWDecode with variable code widths of 9–12 bits (256 clears the table, 257 ends)."""
    table: list[bytes] = []
    width, previous = 9, b""
    bits = nbits = 0
    out = bytearray()

    def reset() -> None:
        table[:] = [bytes((i,)) for i in range(256)] + [b"", b""]

    reset()
    for chunk in chunks:
        for byte in chunk:
            bits = (bits << 8) | byte
            nbits += 8
            while nbits >= width:
                nbits -= width
                code = (bits >> nbits) & ((1 << width) - 1)
                bits &= (1 << nbits) - 1
                if code == 256:
                    reset()
                    width, previous = 9, b""
                    continue
                if code == 257:
                    yield bytes(out)
                    return
                if code < len(table):  # 256 and 257 were taken above
                    entry = table[code]
                elif code == len(table) and previous:
                    entry = previous + previous[:1]
                else:
                    yield bytes(out)
                    return  # damaged
                out += entry
                if previous and len(table) < 4096:
                    table.append(previous + entry[:1])
                previous = entry
                if len(table) + early_change >= (1 << width) and width < 12:
                    width += 1
                if len(out) >= CHUNK_OUT:
                    yield bytes(out)
                    out = bytearray()
    yield bytes(out)


DECODERS: dict[bytes, Callable[[Iterable[bytes]], Chunks]] = {
    b"FlateDecode": flate, b"Fl": flate,
    b"LZWDecode": lzw, b"LZW": lzw,
    b"RunLengthDecode": run_length, b"RL": run_length,
    b"ASCII85Decode": ascii85, b"A85": ascii85,
    b"ASCIIHexDecode": ascii_hex, b"AHx": ascii_hex,
}
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[^\s/\[\]<>()]+)")
_NAME = re.compile(rb"/([^\s/\[\]<>()]+)")


def filter_chain(dictionary: bytes) -> list[Callable[[Iterable[bytes]], Chunks]]:
    """The decoders a stream dictionary's /Filter names, in order, up to the first the reader
    does not decode (an image codec, an unknown name)."""
    m = _FILTER.search(dictionary)
    if not m:
        return []
    chain = []
    for name in _NAME.findall(m.group(1)):
        decoder = DECODERS.get(name)
        if decoder is None:
            break
        chain.append(decoder)
    return chain


def decoded_size(raw: memoryview, chain: list[Callable[[Iterable[bytes]], Chunks]], stop: int) -> int:
    """Bytes `raw` decodes to through `chain`, counted chunk by chunk; counting stops past `stop`."""
    stream: Iterable[bytes] = (bytes(raw[pos: pos + CHUNK_IN]) for pos in range(0, len(raw), CHUNK_IN))
    for decoder in chain:
        stream = decoder(stream)
    size = 0
    for chunk in stream:
        size += len(chunk)
        if size > stop:
            break
    return size

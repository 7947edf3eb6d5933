"""The /Filter decoders the PDF limits check counts with: each equal to pdfminer's own decoder
(the reference pdfplumber reads with) on the same bytes, whatever the chunk boundaries."""

from __future__ import annotations

import base64
import random
import zlib

import pytest
from pdfminer.ascii85 import ascii85decode, asciihexdecode
from pdfminer.lzw import lzwdecode
from pdfminer.runlength import rldecode

from hattatsu.extract.readers import pdf_filters as f
from tests.hostile import lzw_encode


def _pieces(data: bytes, rng: random.Random) -> list[bytes]:
    """`data` cut at random places (a chunk boundary may fall inside a code or a group)."""
    cuts = sorted(rng.sample(range(len(data) + 1), min(5, len(data) + 1)))
    return [data[a:b] for a, b in zip([0, *cuts], [*cuts, len(data)], strict=True)]


def _text(rng: random.Random, n: int) -> bytes:
    return bytes(rng.choice(b"BT ET Tj 0123 () abc\n") for _ in range(n))


@pytest.mark.parametrize("seed", range(6))
def test_lzw_equals_pdfminer(seed):
    rng = random.Random(seed)
    data = _text(rng, rng.choice([1, 300, 9000, 60000]))  # 60000: the table fills and is cleared
    encoded = lzw_encode(data)
    assert lzwdecode(encoded) == data
    assert b"".join(f.lzw(_pieces(encoded, rng))) == data


def test_lzw_spec_example():
    """ISO 32000-1, 7.4.4.2: the codes 256 45 258 258 65 259 66 257 for 「-----A---B」."""
    assert b"".join(f.lzw([bytes([0x80, 0x0B, 0x60, 0x50, 0x22, 0x0C, 0x0C, 0x85, 0x01])])) == b"-----A---B"


@pytest.mark.parametrize("seed", range(20))
def test_run_length_equals_pdfminer(seed):
    rng = random.Random(seed)
    raw = b""
    for _ in range(rng.randrange(1, 40)):  # literal runs and repeats, then the end code
        n = rng.randrange(256)
        if n < 128:
            raw += bytes((n,)) + bytes(rng.randrange(256) for _ in range(n + 1))
        elif n > 128:
            raw += bytes((n, rng.randrange(256)))
    raw += b"\x80" + b"after the end" * rng.randrange(2)
    assert b"".join(f.run_length(_pieces(raw, rng))) == rldecode(raw)


@pytest.mark.parametrize("seed", range(6))
def test_ascii_filters_equal_pdfminer(seed):
    rng = random.Random(seed)
    data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 3000))) + b"\0\0\0\0" * rng.randrange(2)
    a85 = base64.a85encode(data, wrapcol=rng.choice([0, 75])) + b"~>"
    assert b"".join(f.ascii85(_pieces(a85, rng))) == ascii85decode(a85) == data
    hexed = data.hex().upper().encode() + b">"
    hexed = b"\n".join(hexed[i:i + 64] for i in range(0, len(hexed), 64))
    assert b"".join(f.ascii_hex(_pieces(hexed, rng))) == asciihexdecode(hexed) == data


@pytest.mark.parametrize(("dictionary", "names"), [
    (b"<< /Length 10 /Filter /FlateDecode >>", ["flate"]),
    (b"<< /Filter/Fl/Length 10 >>", ["flate"]),
    (b"<< /Filter [/ASCII85Decode /FlateDecode] >>", ["ascii85", "flate"]),
    (b"<< /Filter [ /AHx/LZW ] /DecodeParms [null << /EarlyChange 1 >>] >>", ["ascii_hex", "lzw"]),
    (b"<< /Filter /RunLengthDecode >>", ["run_length"]),
    (b"<< /Subtype /Image /Filter [/FlateDecode /DCTDecode] >>", ["flate"]),  # the image codec ends it
    (b"<< /Subtype /Image /Filter /DCTDecode >>", []),
    (b"<< /Length 10 >>", []),
])
def test_filter_chain(dictionary, names):
    assert [d.__name__ for d in f.filter_chain(dictionary)] == names


def test_a_chain_is_counted_through_every_filter_and_stops_past_the_limit():
    data = b"BT /F1 12 Tf (x) Tj ET\n" * 100_000
    chain = f.filter_chain(b"<< /Filter [/A85 /Fl] >>")
    encoded = memoryview(base64.a85encode(zlib.compress(data)) + b"~>")
    assert f.decoded_size(encoded, chain, 10 * len(data)) == len(data)
    assert len(data) // 2 < f.decoded_size(encoded, chain, len(data) // 2) <= len(data) // 2 + f.CHUNK_OUT


def test_damaged_streams_count_what_came_before_the_damage():
    good = zlib.compress(b"x" * 1000)
    assert f.decoded_size(memoryview(good[:-8] + b"\xff" * 20), [f.flate], 10**6) <= 1000
    assert f.decoded_size(memoryview(b"\x80\x0b\x60\xff\xff\xff"), [f.lzw], 10**6) < 100
    assert f.decoded_size(memoryview(b"zz\x7f\x7f\x7f\x7f\x7f~>"), [f.ascii85], 10**6) <= 8


@pytest.mark.parametrize("size", [1, 2, 7, 4000, 100_000])
def test_lzw_bomb_builder_equals_the_encoder(size):
    """The hostile tests' fast builder of long runs writes what the encoder writes."""
    from tests.hostile import lzw_bomb

    assert lzw_bomb(size) == lzw_encode(b" " * size)


def test_lzw_bomb_builder_past_full_tables():
    """A table holds runs up to about 3,840 bytes, 7.4 MB in all: 20 MB clears it twice."""
    from tests.hostile import lzw_bomb

    assert f.decoded_size(memoryview(lzw_bomb(20_000_000)), [f.lzw], 10**9) == 20_000_000

"""The PDF layout tunables as one validated settings object, given with the PDF access options."""

from __future__ import annotations

import pytest

from hattatsu.errors import HattatsuError
from hattatsu.extract.readers import PdfAccess, ReadOptions
from hattatsu.extract.readers.pdf_settings import PdfLayout


def test_defaults_and_resolve():
    assert PdfLayout.resolve(None) == PdfLayout()
    assert PdfLayout.resolve({"band": 0.12, "max_rules": 100}).band == 0.12
    given = PdfLayout(gutter=1.0)
    assert PdfLayout.resolve(given) is given
    assert ReadOptions().pdf.layout == PdfLayout()


@pytest.mark.parametrize("settings, says", [
    ({"gutterr": 1.0}, "gutterr はありません"),
    ({"band": 0.7}, "band の値"),
    ({"gutter": -1}, "gutter の値"),
    ({"max_rules": 1.5}, "max_rules は整数"),
    ({"snap": "3"}, "snap は数値"),
    ({"snap": True}, "snap は数値"),
    ([("band", 0.1)], "名前と値の対応"),
])
def test_unusable_settings_are_refused_with_a_message(settings, says):
    with pytest.raises(HattatsuError, match=says):
        PdfLayout.resolve(settings)


def test_the_password_is_not_shown():
    access = PdfAccess(password="hunter2")
    assert "hunter2" not in repr(access) and "hunter2" not in repr(ReadOptions(pdf=access))


def test_settings_reach_the_reader(built_pdf):
    """A running-head band of zero keeps the header line every page prints; the default drops it."""
    from hattatsu.extract.readers import read_blocks

    [pdf] = [p for name, p in built_pdf.items() if name.startswith("midorigawa-society_plan")]
    data = pdf.read_bytes()
    default = [b.text for b in read_blocks(data, str(pdf)).blocks if hasattr(b, "text")]
    kept = [b.text for b in read_blocks(data, str(pdf), ReadOptions(pdf=PdfAccess(layout=PdfLayout(band=0.0))))
            .blocks if hasattr(b, "text")]
    head = "経営発達支援計画（みどり川町商工会）"
    assert not any(t.strip() == head for t in default)
    assert sum(t.strip() == head for t in kept) >= 2

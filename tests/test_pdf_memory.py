"""The PDF reader pauses Python's garbage collector while it reads (a plan makes hundreds of
thousands of small objects, and the collector scanning them cost a fifth of the reading time):
what a page makes must then be freed by reference counting alone, and the collector must run
again afterwards, whatever happened."""

from __future__ import annotations

import gc
import threading

import pytest

from hattatsu.errors import InputError
from hattatsu.extract.readers.pdf import read_pdf
from tests.build_documents import synthetic_plans

PLAN = synthetic_plans()[0].stem


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_pages_leave_no_reference_cycles(built_pdf, collector_on):
    """Nothing a page makes is kept alive by a cycle: memory stays bounded by the largest page."""
    data = built_pdf[PLAN].read_bytes()
    read_pdf(data, "a.pdf")  # first use: imports and caches are made once
    gc.collect()
    gc.disable()
    blocks, pages = read_pdf(data, "a.pdf")
    assert pages >= 10 and len(blocks) > 100
    assert gc.collect() == 0


def test_the_collector_runs_again_after_reading(built_pdf, collector_on):
    data = built_pdf[PLAN].read_bytes()
    read_pdf(data, "a.pdf")
    assert gc.isenabled()
    with pytest.raises(InputError, match="PDF"):
        read_pdf(data[: len(data) // 2], "cut.pdf")  # refused: the collector still runs again
    assert gc.isenabled()
    errors: list[BaseException] = []

    def read() -> None:
        try:
            read_pdf(data, "a.pdf")
        except BaseException as e:  # reported by the assertion below
            errors.append(e)

    threads = [threading.Thread(target=read) for _ in range(3)]  # readers in threads, as in serve
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off(built_pdf, collector_on):
    gc.disable()
    read_pdf(built_pdf[PLAN].read_bytes(), "a.pdf")
    assert not gc.isenabled()


def test_readers_and_page_images_in_threads_read_what_one_thread_reads(built_pdf):
    """PDFium is not thread-safe (not even across documents): serve reads uploads in a thread
    pool while Starlette's pool draws page images. With every PDFium call under one lock, four
    readers and two page drawers at once neither crash the process nor change what is read."""
    from hattatsu.serve.pages import page_png

    data = built_pdf[PLAN].read_bytes()
    alone = read_pdf(data, "a.pdf")
    results: list[object] = []
    errors: list[BaseException] = []

    def read() -> None:
        try:
            for _ in range(3):
                results.append(read_pdf(data, "a.pdf"))
        except BaseException as e:  # reported by the assertion below
            errors.append(e)

    def draw() -> None:
        try:
            for page in range(1, 4):
                assert page_png(data, page, "景況調査").startswith(b"\x89PNG")
        except BaseException as e:
            errors.append(e)

    threads = [threading.Thread(target=read) for _ in range(4)] + [threading.Thread(target=draw) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(results) == 12 and all(r == alone for r in results)

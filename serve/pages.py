"""What the pages show of a document: the form's sections with the place each value came from,
the source beside it, and the findings of ``check``."""

from __future__ import annotations

import io
from typing import Any

from hattatsu.check import Selection, check_document
from hattatsu.extract import PDFIUM_LOCK
from hattatsu.findings import FileReport
from hattatsu.sections import section_name
from hattatsu.serialize import parse_document


def section_label(section: str, doc: dict[str, Any] | None = None) -> str:
    """The form's own name for a findings section, with the item numbers this plan printed."""
    numbers = {i["key"]: i["number"] for i in (doc or {}).get("items") or [] if i.get("key") and i.get("number")}
    return section_name(section, numbers)


def findings(doc: dict[str, Any], name: str, plan: dict[str, Any] | None = None) -> FileReport:
    model = parse_document(doc, name)
    plan_model = parse_document(plan, name) if plan else None
    return check_document(model, Selection(), name, plan_model)


def fiscal_years(doc: dict[str, Any]) -> list[str]:
    years = (doc.get("period") or {}).get("fiscal_years") or []
    if not years:
        found: set[str] = set()
        for item in doc.get("items") or []:
            for t in item.get("targets") or []:
                found.update((t.get("values") or {}).keys())
        return sorted(found)
    return [str(y) for y in years]


def item_title(item: dict[str, Any]) -> str:
    number = item.get("number")
    return f"{number}. {item.get('title') or ''}" if number else (item.get("title") or "")


def source_lines(data: bytes, name: str, fmt: str | None) -> list[tuple[int, int | None, str]]:
    """(line, page, text) of the source as its locations count lines: the file's lines for text,
    the body's paragraphs and table rows for Word (their position), the lines on each PDF page."""
    from hattatsu.extract.readers import read_blocks
    from hattatsu.extract.readers.text import decode

    if fmt == "text":
        text = decode(data, name).text.replace("\r\n", "\n").replace("\r", "\n")
        return [(i, None, line) for i, line in enumerate(text.split("\n"), 1)]
    out: list[tuple[int, int | None, str]] = []
    for block in read_blocks(data, name).blocks:
        for line in (block.as_lines() if hasattr(block, "as_lines") else [block]):
            if line.line is not None:
                out.append((line.line, line.page, line.text))
    return out


# Drawing a page allocates its bitmap and decodes its images, which the text readers never do:
# a page may declare any size (a MediaBox of 14,400 pt is 20,000 px at our scale), and a JPEG of
# 60,000 × 60,000 px of one colour is a few MB on file. The bitmap is scaled down to fit; a page
# with an image beyond any scan (A3 at 600 dpi is 70 million pixels) is not drawn.
MAX_PAGE_PIXELS = 16_000_000
MAX_IMAGE_PIXELS = 150_000_000


class PageTooLarge(ValueError):
    """A page whose drawing would take unbounded memory."""


def page_png(data: bytes, page: int, find: str | None, scale: float = 1.4) -> bytes:
    """One PDF page as PNG, with the first place where ``find`` is printed marked (PDFium's own
    text search, so the mark does not depend on how the extractor counted lines). PageTooLarge
    for a page holding an image past MAX_IMAGE_PIXELS."""
    with PDFIUM_LOCK:  # PDFium is not thread-safe; pages are drawn in Starlette's thread pool
        return _page_png(data, page, find, scale)


def _page_png(data: bytes, page: int, find: str | None, scale: float) -> bytes:
    import pypdfium2 as pdfium
    from PIL import ImageDraw

    pdf = pdfium.PdfDocument(data)
    try:
        if not 1 <= page <= len(pdf):
            raise IndexError(page)
        p = pdf[page - 1]
        _check_images(p)
        width, height = p.get_size()
        scale = min(scale, (MAX_PAGE_PIXELS / max(width * height, 1.0)) ** 0.5)
        image = p.render(scale=scale).to_pil().convert("RGB")
        height = p.get_height()
        if find:
            boxes = _find_boxes(p, find.strip())
            if boxes:
                draw = ImageDraw.Draw(image, "RGBA")
                for left, bottom, right, top in boxes:
                    draw.rectangle([left * scale - 3, (height - top) * scale - 3,
                                    right * scale + 3, (height - bottom) * scale + 3],
                                   fill=(255, 213, 0, 70), outline=(214, 40, 40, 255), width=3)
        buf = io.BytesIO()
        image.save(buf, "PNG", optimize=False)
        return buf.getvalue()
    finally:
        pdf.close()


def _check_images(page) -> None:
    """PageTooLarge when an image on the page (forms included) declares more than MAX_IMAGE_PIXELS
    (read from its dictionary, without decoding it)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=4):
        try:
            w, h = obj.get_px_size()
        except pdfium.PdfiumError:  # an image PDFium cannot size is drawn as PDFium can
            continue
        if w * h > MAX_IMAGE_PIXELS:
            raise PageTooLarge(f"このページには大きすぎる画像（{w:,} × {h:,} 画素）があるため表示できません")


def _find_boxes(page, text: str) -> list[tuple[float, float, float, float]]:
    """Boxes of the first match of text on the page; a long text is searched by its start."""
    textpage = page.get_textpage()
    try:
        for probe in (text, text[:20], text[:10]):
            if not probe:
                continue
            searcher = textpage.search(probe, match_case=False)
            hit = searcher.get_next()
            if hit:
                index, count = hit
                n = textpage.count_rects(index, count)
                return [textpage.get_rect(i) for i in range(n)]
        return []
    finally:
        textpage.close()

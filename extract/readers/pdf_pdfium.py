"""What PDFium (pypdfium2) reads from one page: the characters with their boxes and
font sizes, and the straight edges of the paths drawn on it (table rules, boxes).

Coordinates are turned to pdfplumber's convention (points from the top-left of
the page) so that the layout and table code works on either engine's output.
"""

from __future__ import annotations

import array
import collections
import ctypes
import functools
import itertools
import math
import operator
import re
from dataclasses import dataclass, field

from .pdf_layout import Char
from .pdf_settings import DEFAULT, PdfLayout

_GENERATED = " \r\n\x02"  # PDFium adds spaces and line breaks of its own, flagged as generated
_SPECIAL = frozenset(_GENERATED + "\x00\ufffe\ufffd")  # and marks a hyphen that ends a line (\x02, \ufffe)
_SPECIAL_AT = re.compile("[" + re.escape("".join(sorted(_SPECIAL))) + "]")
# PDFium replaces the PDF's own space characters by spaces it generates, and generates them too where
# a typesetter only widened the gap (LibreOffice's 0.2 em between Japanese and Latin text). A generated
# space stands for a typed one where the gap is wider than this share of the font size (a half-width
# space is 0.25 em or more). Gaps of an em or more (between table cells, or typed runs of spaces)
# get one space from the layout code where it joins characters into lines.
_MIN_SPACE, _MAX_SPACE = 0.23, 0.9


@dataclass
class PageContent:
    chars: list[Char] = field(default_factory=list)
    edges: list[dict] = field(default_factory=list)  # pdfplumber-style edge dicts
    images: int = 0
    width: float = 0.0
    height: float = 0.0


def read_page(pdf, index: int, layout: PdfLayout = DEFAULT) -> PageContent:
    """Characters, edges and image count of page ``index`` (0-based) of a PdfDocument."""
    import pypdfium2.raw as raw

    page = raw.FPDF_LoadPage(pdf.raw, index)
    if not page:
        raise ValueError("page not loaded")
    try:
        box = raw.FS_RECTF()
        if not raw.FPDF_GetPageBoundingBox(page, box):
            box.left, box.bottom, box.right, box.top = 0.0, 0.0, raw.FPDF_GetPageWidthF(page), \
                raw.FPDF_GetPageHeightF(page)
        out = PageContent(width=box.right - box.left, height=box.top - box.bottom)
        text = raw.FPDFText_LoadPage(page)
        try:
            out.chars = _chars(raw, text, box.left, box.top)
        finally:
            raw.FPDFText_ClosePage(text)
        _objects(raw, page, out, box.left, box.top, layout)
        return out
    finally:
        raw.FPDF_ClosePage(page)


def _chars(raw, text, left: float, top: float) -> list[Char]:
    n = raw.FPDFText_CountChars(text)
    if n <= 0:
        return []
    get_text, loose, is_generated, is_hyphen, size_of, angle_of = _calls(raw)
    handle = ctypes.c_void_p.from_buffer(text)  # the text page as the pointer the untyped calls take
    page = handle.value
    # buffers from the array module, not ctypes: a ctypes array of a new length makes a new type,
    # a reference cycle left for the garbage collector (paused while the reader runs)
    buf = array.array("H", bytes(2 * (n + 1)))
    got = get_text(page, 0, n, buf.buffer_info()[0])
    chars = buf.tobytes()[: max(got - 1, 0) * 2].decode("utf-16-le", "replace")
    if len(chars) != n:  # characters outside the BMP take two UTF-16 units: ask one by one
        chars = "".join(chr(raw.FPDFText_GetUnicode(text, i) or 0xFFFE) for i in range(n))
    keep, kept, spaced_at = _kept(chars, handle, is_generated, is_hyphen)
    count = len(keep)
    floats = _boxes(loose, handle, keep)
    # page coordinates from the top left, computed by map (no Python loop): left, right, top, bottom
    x0s, x1s = floats[0::4], floats[2::4]
    if left:  # (x - 0.0 is x: most pages start at 0)
        x0s = list(map(operator.sub, x0s, itertools.repeat(left, count)))
        x1s = list(map(operator.sub, x1s, itertools.repeat(left, count)))
    y0s = list(map(operator.sub, itertools.repeat(top, count), floats[1::4]))
    y1s = list(map(operator.sub, itertools.repeat(top, count), floats[3::4]))
    sizes, dropped = _runs(x0s, x1s, y0s, y1s, keep, handle, size_of, angle_of)
    out = list(map(Char, kept, x0s, x1s, y0s, y1s, sizes))
    if not spaced_at and not dropped:
        return out
    # PDFium put a space of its own before the character at each of spaced_at, in place of the PDF's
    # space characters: it goes to the next upright character, and stands for a typed space where the
    # gap to the upright character before that is wide enough (see _MIN_SPACE)
    gone = set(dropped)
    spaces: dict[int, Char] = {}
    for j in sorted(spaced_at):
        while j in gone:
            j += 1
        if j >= count or j in spaces or j == 0 or j - 1 in gone:
            continue
        size, x0, px1, pbottom = sizes[j], x0s[j], x1s[j - 1], y1s[j - 1]
        if _MIN_SPACE * size < x0 - px1 < _MAX_SPACE * size and abs(y1s[j] - pbottom) < size * 0.5:
            spaces[j] = Char(" ", px1, x0, y0s[j - 1], pbottom, sizes[j - 1])
    if not spaces and not gone:
        return out
    whole: list[Char] = []
    for j, c in enumerate(out):
        if j in spaces:
            whole.append(spaces[j])
        if j not in gone:
            whole.append(c)
    return whole


_MAX_SLANT = math.radians(20)


def _runs(x0s: list[float], x1s: list[float], y0s: list[float], y1s: list[float], keep: list[int], page,
          size_of, angle_of) -> tuple[list[float], list[int]]:
    """Each character's font size, and the positions of characters in rotated text (not read).
    Font size and angle are asked once per run: a character that does not follow the one before
    on its line, or whose box is more than 8 % taller or shorter, starts a new run."""
    sizes: list[float] = []
    dropped: list[int] = []
    size, upright, height = 0.0, True, -1.0
    px1 = pbottom = -1e9  # the previous character's right and bottom
    for j, (x0, x1, y0, y1) in enumerate(zip(x0s, x1s, y0s, y1s, strict=True)):
        if x0 < px1 - 1 or not -1 <= y1 - pbottom <= 1 or abs(y1 - y0 - height) > height * 0.08:
            size, height = size_of(page, keep[j]), y1 - y0
            angle = angle_of(page, keep[j])
            # rotated text is not read; a slant of up to 20° is italics (LibreOffice and Word print a CJK font
            # without an italic face slanted, and PDFium gives the slant as the character's angle: 15°)
            upright = not _MAX_SLANT < angle < 2 * math.pi - _MAX_SLANT
        sizes.append(size)
        if upright:
            px1, pbottom = x1, y1
        else:
            dropped.append(j)
            px1 = pbottom = -1e9
    return sizes, dropped


def _kept(chars: str, page, is_generated, is_hyphen) -> tuple[list[int], str, set[int]]:
    """The indices and text of the characters read (PDFium's generated spaces and line breaks
    left out, a hyphen it marks at the end of a line read as "-"), and the positions among
    them that follow a generated space."""
    specials = [m.start() for m in _SPECIAL_AT.finditer(chars)]
    asked = [i for i in specials if chars[i] in _GENERATED]
    generated = dict(zip(asked, map(is_generated, itertools.repeat(page, len(asked)), asked), strict=True))
    keep: list[int] = []
    pieces: list[str] = []
    spaced_at: set[int] = set()
    pending = False  # a generated space since the last character kept
    start = 0
    for s in [*specials, len(chars)]:
        if s > start:
            if pending:
                spaced_at.add(len(keep))
                pending = False
            keep.extend(range(start, s))
            pieces.append(chars[start:s])
        start = s + 1
        if s == len(chars):
            break
        ch = chars[s]
        if ch in _GENERATED and generated[s]:
            pending = pending or ch == " "
            continue
        if ch not in _GENERATED:
            if not is_hyphen(page, s) or _hyphenated(chars, s):
                continue
            ch = "-"  # a hyphen at the end of a line, which PDFium marks
        if pending:
            spaced_at.add(len(keep))
            pending = False
        keep.append(s)
        pieces.append(ch)
    return keep, "".join(pieces), spaced_at


def _hyphenated(chars: str, s: int) -> bool:
    """Whether the hyphen PDFium marks at ``s`` (U+FFFE) only breaks a Latin word at the end of a line,
    as Word prints an optional hyphen (w:softHyphen) or its automatic hyphenation: 「Ch-」「eck」 is
    Check. A letter before it and a small letter after; a hyphen the text has (e-mail, Wi-Fi) is read
    as a hyphen. PDFium marks a hard hyphen at a line end the same way, and a mail address or a URL
    wraps at its hyphens in a narrow 連絡先 cell (「info@midorigawa-」「shokokai.example.jp」): in a
    token holding @, :// or www. the hyphen is the address's own."""
    if not (chars[s] == "\ufffe" and 0 < s < len(chars) - 1 and chars[s - 1].isascii() and chars[s - 1].isalpha()
            and chars[s + 1].isascii() and chars[s + 1].islower()):
        return False
    start = s
    while start > 0 and s - start < 200 and not chars[start - 1].isspace():  # the token up to the hyphen
        start -= 1
    return not _ADDRESS.search(chars, start, s)


_ADDRESS = re.compile(r"@|://|www\.", re.IGNORECASE)


_BATCH = 4096  # characters whose boxes are asked into one buffer
_BOXES = ctypes.c_float * (4 * _BATCH)  # made once: a ctypes array type per length would be a cycle per page


def _boxes(loose, page, keep: list[int]) -> list[float]:
    """Every kept character's box (FS_RECTF: left, top, right, bottom, four floats each), asked
    by ``map`` into a buffer and read back in one go."""
    floats: list[float] = []
    buf, byref = _BOXES(), ctypes.byref
    for start in range(0, len(keep), _BATCH):
        part = keep[start:start + _BATCH]
        m = len(part)
        collections.deque(map(loose, itertools.repeat(page, m), part,
                              map(byref, itertools.repeat(buf, m), range(0, 16 * m, 16))), 0)
        floats += buf[:4 * m]
    return floats


@functools.cache
def _calls(raw) -> tuple:
    """PDFium's per-character calls as bare C function pointers: without pypdfium2's typed
    bindings, ctypes passes a pointer object, a ``byref`` and an int as they are, several times
    faster, and ``map`` runs them over a page without a Python loop. (Only GetText, called once
    a page, takes the page's address as an int.)"""
    p, i = ctypes.c_void_p, ctypes.c_int
    return (_bare(raw.FPDFText_GetText, i, p, i, i, p), _bare(raw.FPDFText_GetLooseCharBox, i),
            _bare(raw.FPDFText_IsGenerated, i), _bare(raw.FPDFText_IsHyphen, i),
            _bare(raw.FPDFText_GetFontSize, ctypes.c_double), _bare(raw.FPDFText_GetCharAngle, ctypes.c_float))


def _objects(raw, page, out: PageContent, left: float, top: float, layout: PdfLayout) -> None:
    _Objects(raw, out, left, top, layout).walk(raw.FPDFPage_CountObjects(page), _object_calls(raw)[0],
                                               ctypes.c_void_p.from_buffer(page), (1, 0, 0, 1, 0, 0), 0)


class _Objects:
    """A walk over a page's objects, into forms drawn on it: images counted, the edges of paths kept.
    (A class rather than a function calling itself from a closure: that would be a reference cycle
    holding the page's content until the garbage collector runs, which the reader pauses.)"""

    def __init__(self, raw, out: PageContent, left: float, top: float, layout: PdfLayout) -> None:
        self.raw, self.out, self.left, self.top, self.layout = raw, out, left, top, layout
        self.matrix = raw.FS_MATRIX()
        self.mode, self.stroke = ctypes.c_int(), ctypes.c_int()
        self.x, self.y = ctypes.c_float(), ctypes.c_float()
        self.budget = layout.max_objects

    def walk(self, count: int, get, owner, parent: tuple, depth: int) -> None:
        raw, out, layout, matrix = self.raw, self.out, self.layout, self.matrix
        self.budget -= count
        if self.budget < 0:
            return  # forms drawn inside forms, a hostile number of times over
        _, form_object, kind_of = _object_calls(raw)
        image, path, form, text = raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM, \
            raw.FPDF_PAGEOBJ_TEXT
        # nearly all objects are text: their kinds are asked in one pass, only the others are looked at
        objs = list(map(get, itertools.repeat(owner, count), range(count)))
        kinds = array.array("i", map(kind_of, objs))
        for at in itertools.compress(range(count), map(operator.ne, kinds, itertools.repeat(text, count))):
            handle, kind = objs[at], kinds[at]
            if kind == image:
                out.images += 1
            elif kind in (path, form):
                obj = ctypes.cast(handle, raw.FPDF_PAGEOBJECT)
                if not raw.FPDFPageObj_GetMatrix(obj, matrix):
                    continue
                m = _compose((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), parent)
                if kind == form:
                    if depth < layout.max_depth:
                        self.walk(raw.FPDFFormObj_CountObjects(obj), form_object, handle, m, depth + 1)
                elif len(out.edges) < layout.max_rules and raw.FPDFPath_GetDrawMode(obj, self.mode, self.stroke) \
                        and (self.mode.value or self.stroke.value):
                    _path_edges(raw, obj, m, self.x, self.y, out.edges, self.left, self.top, layout)


@functools.cache
def _object_calls(raw) -> tuple:
    """The calls that list a page's (or a form's) objects and their kinds, bare as in :func:`_calls`."""
    p, i = ctypes.c_void_p, ctypes.c_int
    return (_bare(raw.FPDFPage_GetObject, p), _bare(raw.FPDFFormObj_GetObject, p, p, ctypes.c_ulong),
            _bare(raw.FPDFPageObj_GetType, i, p))


def _bare(fn, restype, *argtypes):
    """A pypdfium2 binding as a C function pointer taking ``argtypes`` (none: ctypes passes each
    argument as its own type, an int as a C int)."""
    return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(fn, ctypes.c_void_p).value)


def _compose(m: tuple, parent: tuple) -> tuple:
    """The matrix ``m`` followed by ``parent`` (PDF row-vector convention)."""
    a, b, c, d, e, f = m
    pa, pb, pc, pd, pe, pf = parent
    return (a * pa + b * pc, a * pb + b * pd, c * pa + d * pc, c * pb + d * pd,
            e * pa + f * pc + pe, e * pb + f * pd + pf)


def _path_edges(raw, obj, m: tuple, x, y, edges: list[dict], left: float, top: float, layout: PdfLayout) -> None:
    """The horizontal and vertical straight segments of a path, as pdfplumber edges."""
    a, b, c, d, e, f = m
    subpaths: list[tuple[list[tuple[float, float]], bool]] = []
    for i in range(min(raw.FPDFPath_CountSegments(obj), layout.max_rules)):
        seg = raw.FPDFPath_GetPathSegment(obj, i)
        if not raw.FPDFPathSegment_GetPoint(seg, x, y):
            continue
        px, py = x.value * a + y.value * c + e - left, top - (x.value * b + y.value * d + f)
        kind = raw.FPDFPathSegment_GetType(seg)
        if kind == raw.FPDF_SEGMENT_MOVETO or not subpaths:
            subpaths.append(([(px, py)], False))
        elif kind == raw.FPDF_SEGMENT_LINETO:
            subpaths[-1][0].append((px, py))
        else:  # a curve: its straight neighbours are kept, the curve is not a rule
            subpaths.append(([(px, py)], False))
        if raw.FPDFPathSegment_GetClose(seg):
            subpaths[-1] = (subpaths[-1][0], True)
    for points, closed in subpaths:
        pairs = list(itertools.pairwise(points))
        if closed and len(points) > 2:
            pairs.append((points[-1], points[0]))
        for (x0, y0), (x1, y1) in pairs:
            if abs(y0 - y1) <= layout.axis and abs(x0 - x1) > layout.axis:
                yy = (y0 + y1) / 2
                edges.append({"x0": min(x0, x1), "x1": max(x0, x1), "top": yy, "bottom": yy,
                              "width": abs(x1 - x0), "height": 0.0, "orientation": "h", "object_type": "line"})
            elif abs(x0 - x1) <= layout.axis and abs(y0 - y1) > layout.axis:
                xx = (x0 + x1) / 2
                edges.append({"x0": xx, "x1": xx, "top": min(y0, y1), "bottom": max(y0, y1),
                              "width": 0.0, "height": abs(y1 - y0), "orientation": "v", "object_type": "line"})

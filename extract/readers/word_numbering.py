"""Labels that Word generates for numbered and bulleted paragraphs.

A paragraph with ``w:numPr`` (its own or its style's) shows a label that is
not in its text: Word computes it from ``numbering.xml``. Counters run per
abstract list, as Word's do, and restart where a ``w:num`` overrides its start.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.oxml.ns import qn

from hattatsu.normalize import circled

_KANA_AIUEO = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
_KANA_IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセスン"
_KANJI = "〇一二三四五六七八九"
_MAX_NUMBER = 32767
_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


@dataclass
class Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    suffix: str = "tab"


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


def _kanji(n: int) -> str:
    if n < 10:
        return _KANJI[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _KANJI[tens % 10]) + "十" + (_KANJI[ones] if ones else "")


def format_number(n: int, fmt: str) -> str:
    """One level's number in Word's numFmt. Word keeps numbers within 0–32767; a larger one
    (a hostile w:start) is printed as digits rather than as a million-letter label."""
    if not 0 <= n <= _MAX_NUMBER:
        return str(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= 20:
        return circled(n)
    if fmt == "decimalEnclosedParen" and 1 <= n <= 20:
        return chr(0x2474 + n - 1)
    if fmt == "decimalEnclosedFullstop" and 1 <= n <= 20:
        return chr(0x2488 + n - 1)
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("lowerLetter", "upperLetter"):
        s = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(n).upper() if fmt == "upperRoman" else _roman(n)
    if fmt in ("aiueo", "aiueoFullWidth"):
        return _KANA_AIUEO[(n - 1) % len(_KANA_AIUEO)]
    if fmt in ("iroha", "irohaFullWidth"):
        return _KANA_IROHA[(n - 1) % len(_KANA_IROHA)]
    if fmt in ("ideographDigital", "japaneseCounting", "ideographTraditional", "chineseCounting"):
        return _kanji(n)
    if fmt == "none":
        return ""
    return str(n)


class Numbering:
    """The numbering definitions and styles of one document, with running counters."""

    def __init__(self, document) -> None:
        self.abstract: dict[str, dict[int, Level]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()
        self.styles: dict[str, tuple[str, tuple[str, int] | None, str | None]] = {}
        self._read_styles(document)
        self._read_numbering(document)

    def _read_styles(self, document) -> None:
        try:
            root = document.part.styles.element
        except (KeyError, NotImplementedError):
            return
        for st in root.iterchildren(qn("w:style")):
            name_el = st.find(qn("w:name"))
            based = st.find(qn("w:basedOn"))
            self.styles[st.get(qn("w:styleId"))] = (
                name_el.get(qn("w:val")) if name_el is not None else "",
                _num_pr(st.find(qn("w:pPr"))),
                based.get(qn("w:val")) if based is not None else None,
            )

    def _read_numbering(self, document) -> None:
        part = next((p for p in document.part.package.iter_parts()
                     if p.partname.endswith("/numbering.xml")), None)
        if part is None:
            return
        root = part.element if hasattr(part, "element") else None
        if root is None:
            return
        for an in root.iterchildren(qn("w:abstractNum")):
            levels = {}
            for lvl in an.iterchildren(qn("w:lvl")):
                level = Level()
                for tag, attr in (("w:numFmt", "fmt"), ("w:lvlText", "text"), ("w:suff", "suffix")):
                    el = lvl.find(qn(tag))
                    if el is not None:
                        setattr(level, attr, el.get(qn("w:val"), ""))
                start = lvl.find(qn("w:start"))
                level.start = int_attr(start, "w:val", 1) if start is not None else 1
                levels[int_attr(lvl, "w:ilvl", 0)] = level
            self.abstract[an.get(qn("w:abstractNumId"))] = levels
        for num in root.iterchildren(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            overrides = {}
            for ov in num.iterchildren(qn("w:lvlOverride")):
                so = ov.find(qn("w:startOverride"))
                if so is not None:
                    overrides[int_attr(ov, "w:ilvl", 0)] = int_attr(so, "w:val", 1)
            if ref is not None:
                self.nums[num.get(qn("w:numId"))] = (ref.get(qn("w:val")), overrides)

    def style_name(self, p) -> str | None:
        sid = _style_id(p)
        return self.styles.get(sid, ("", None, None))[0] if sid else None

    def _numbering_of(self, p) -> tuple[str, int] | None:
        own = _num_pr(p.find(qn("w:pPr")))
        if own:
            return own
        sid, seen = _style_id(p), set()
        while sid and sid in self.styles and sid not in seen:
            seen.add(sid)
            _, numpr, based = self.styles[sid]
            if numpr:
                return numpr
            sid = based
        return None

    def label(self, p) -> str:
        """The label Word shows before this paragraph ('' when none), counting it."""
        found = self._numbering_of(p)
        if not found or found[0] in ("0", "") or found[0] not in self.nums:
            return ""
        num_id, ilvl = found
        abstract_id, overrides = self.nums[num_id]
        levels = self.abstract.get(abstract_id, {})
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self.counters.setdefault(abstract_id, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for lv, start in overrides.items():
                counters[lv] = start - 1
        counters[ilvl] = counters.get(ilvl, levels[ilvl].start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            text = level.text if level.text and not ("\ue000" <= level.text[0] <= "\uf8ff") else "・"
        else:
            text = level.text
            for k in range(9):
                if f"%{k + 1}" in text:
                    lv = levels.get(k, Level())
                    text = text.replace(f"%{k + 1}", format_number(counters.get(k, lv.start), lv.fmt))
        if not text:
            return ""
        return text + {"nothing": ""}.get(level.suffix, " ")


def _style_id(p) -> str | None:
    ppr = p.find(qn("w:pPr"))
    st = ppr.find(qn("w:pStyle")) if ppr is not None else None
    return st.get(qn("w:val")) if st is not None else None


def _num_pr(ppr) -> tuple[str, int] | None:
    if ppr is None:
        return None
    numpr = ppr.find(qn("w:numPr"))
    if numpr is None:
        return None
    num = numpr.find(qn("w:numId"))
    ilvl = numpr.find(qn("w:ilvl"))
    if num is None:
        return None
    return num.get(qn("w:val")), int_attr(ilvl, "w:val", 0) if ilvl is not None else 0


class BadAttribute(ValueError):
    """An attribute that the schema says is a number holds something else."""


_MAX_ATTR = 10**9  # no count or level in a document comes near; larger is a broken or hostile file


def int_attr(el, name: str, default: int) -> int:
    """An integer attribute (w:val, w:ilvl …); BadAttribute when it is not a sane integer."""
    raw = el.get(qn(name))
    if raw is None:
        return default
    text = raw.strip()
    if not (text.isascii() and text.lstrip("-").isdigit() and len(text) <= 10) or abs(int(text)) > _MAX_ATTR:
        raise BadAttribute(f"{el.tag.rsplit('}', 1)[-1]} の {name} が整数ではありません: {raw[:20]!r}")
    return int(text)

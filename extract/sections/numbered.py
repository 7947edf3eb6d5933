"""Splitting a section into its ①②③ entries (objectives, policies)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from hattatsu.normalize import circled_number, nfkc

from ..blocks import Line
from .text import tidy


@dataclass
class Entry:
    number: int
    title: str | None
    lines: list[Line] = field(default_factory=list)
    heading: Line | None = None


# How plans label their objectives and policies, one pattern per convention; a section keeps the
# convention its first entry uses, so that 「(1)」 headings with ① KPI lists inside stay apart.
LABELS: list[tuple[str, re.Pattern[str]]] = [
    ("circled", re.compile(r"^[\s・]*([①-⑳])\s*")),  # ①
    ("label", re.compile(r"^【目標([①-⑳]|\d{1,2})】\s*")),  # 【目標①】
    ("mokuhyo", re.compile(r"^目標\s*(\d{1,2})\s*[:：.]?\s*")),  # 目標1：
    ("paren", re.compile(r"^[(（]\s*(\d{1,2})\s*[)）]\s*")),  # （1） / (1)
    ("dot", re.compile(r"^(\d{1,2})\s*[.．](?!\d)\s*")),  # 1.
    # convention (g4: lettered parts, their points in lower-case roman numerals): 「i. 個社の…」「ii. …」, 「a. …」
    ("roman", re.compile(r"^(viii|vii|vi|iv|ix|v|x|iii|ii|i)\s*[.)]\s*(?=[^\x00-\x7f]|$)")),  # (alone on its line)
    ("letter", re.compile(r"^([a-h])\s*[.)]\s*(?=[^\x00-\x7f]|$)")),
]
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}


def _number(g: str) -> int | None:
    if g.isascii() and g.isdigit():
        return int(g)
    if g in _ROMAN:
        return _ROMAN[g]
    if len(g) == 1 and "a" <= g <= "h":
        return ord(g) - ord("a") + 1
    return circled_number(g)


def label(text: str, style: str | None = None) -> tuple[str, int, str] | None:
    """(convention, number, text after the label) of a line that starts with an entry label."""
    s = nfkc(text).strip()
    for name, rx in LABELS:
        if style and name != style:
            continue
        m = rx.match(s)
        if m:
            n = _number(m.group(1))
            if n:
                return name, n, _after(text.strip(), m.end())
    return None


def _after(text: str, n: int) -> str:
    """The text after its first n characters as NFKC counts them (the rest as written: 「（LTV）」 stays)."""
    for i in range(len(text) + 1):
        if len(nfkc(text[:i])) >= n:
            return text[i:].lstrip()
    return ""


def split_run(text: str) -> list[str]:
    """Entries of one run of text: 「1. A 2. B 3. C」 in one cell (or an <ol> a converter kept
    without its <li>), 「（1）A （2）B」, 「【目標①】A」, one per line, or one paragraph.
    Labels are found on the NFKC form; the entries keep the text as written."""
    orig = re.sub(r"\s+", " ", text).strip()
    s, where = _normalized(orig)
    if not s:
        return []
    first, offset = label(s), 0
    if first is None:  # a sentence before the list: 「…目標を以下の通りとする（1）A（2）B」
        found = [(m.start(), name) for name, rx in LABELS[:4]
                 if (m := re.search(_unanchored(rx).pattern, s)) and label(s[m.start():])]
        if found:
            offset, name = min(found)
            first = label(s[offset:], name)
    if first is None:
        return [tidy(t) for t in text.split("\n") if t.strip()]  # no labels: a paragraph, or one a line
    out: list[str] = []
    expected, start = 1, None
    for m in _unanchored(dict(LABELS)[first[0]]).finditer(s, offset):
        n = _number(m.group(1))
        if n != expected or (m.start() > 0 and first[0] in ("dot", "paren", "roman", "letter")
                             and s[m.start() - 1] not in " 、。"):
            continue
        if start is not None:
            out.append(tidy(orig[where[start]:where[m.start()]].strip()))
        start, expected = m.end(), expected + 1
    out.append(tidy(orig[where[start or 0]:].strip()))
    return [o for o in out if o]


def _unanchored(rx: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(rx.pattern.lstrip("^").replace("[\\s・]*", ""))


def _normalized(text: str) -> tuple[str, list[int]]:
    """NFKC of the text character by character, and the index in the text of each character."""
    parts: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        t = nfkc(ch)
        parts.append(t)
        where.extend([i] * len(t))
    where.append(len(text))
    return "".join(parts), where


# Convention (o3): each policy titled by its objective and the form's words 「…に向けた方針」
# (「①小規模事業者の経営力を高め、持続的な発展を支援することに向けた方針」): a title however long, even when it is
# the longest line of a short section (no line cut at the section's width).
_POLICY_TITLE = re.compile(r"に向けた(?:方針|取組方針)$")


def _is_title(ln: Line, wrap: int = 0) -> bool:
    """Short, no closing 。, and not a line the converter cut at the page width."""
    t = ln.norm
    if _POLICY_TITLE.search(t) and len(t) <= 90:
        return True
    if wrap and wrap - 3 <= len(t) <= wrap:  # at the width the section was cut at: a cut line
        return False
    return len(t) <= 45 and not t.endswith(("。", "、")) and "：" not in t[:6] and ":" not in t[:6]


def wrap_width(lines: list[Line]) -> int:
    """The width a hard-wrapped section was cut at, or 0 when its lines run on."""
    lengths = sorted(len(ln.norm) for ln in lines)
    if len(lengths) < 5:
        return 0
    top = lengths[int(len(lengths) * 0.9)]
    return top if top <= 60 else 0


def split_numbered(lines: list[Line], *, titled: bool | None = None) -> tuple[list[Line], list[Entry]]:
    """Lines before the first entry, and the entries ①, ②, … in sequence.

    An entry starts at a line beginning with the next circled number. With
    ``titled`` (decided from the lines when None), only a short line without a
    closing 。 starts one, so that 「②上記①の支援先のうち…5社。」 inside a
    KPI list does not.
    """
    wrap = wrap_width(lines)
    firsts = [(ln, lab) for ln in lines if (lab := label(ln.text)) and lab[1] == 1 and not _inside_statement(ln)]
    # ① first, as plans most often number so; another convention only when no ① starts a list
    circled_firsts = [(ln, lab) for ln, lab in firsts if lab[0] == "circled"]
    # convention (policies written 「目標1：<a sentence>」, one for each objective): a label that names the
    # objective starts an entry whatever follows it, and when it comes first, the ① inside are the entry's own
    named = [(ln, lab) for ln, lab in firsts if lab[0] in ("label", "mokuhyo")]
    if named and firsts[0][0] is named[0][0]:
        candidates = named[:1]
    else:
        # untitled (``titled=False``): entries are paragraphs, 「目標１：…。」 starts one whatever its length
        candidates = circled_firsts or [(ln, lab) for ln, lab in firsts
                                        if titled is False or _is_title(_body(lab), wrap)] or named
    style = candidates[0][1][0] if candidates else None
    if titled is None:
        titled = bool(candidates) and _is_title(_body(candidates[0][1]), wrap)
    head: list[Line] = []
    entries: list[Entry] = []
    for ln in lines:
        lab = label(ln.text, style) if style else None
        n = lab[1] if lab else None
        expected = len(entries) + 1
        if n == expected and (not titled or _is_title(_body(lab), wrap)) and not _inside_statement(ln):
            body = tidy(lab[2]) if lab else ""
            if titled:
                entries.append(Entry(n, body or None, [], ln))
            else:
                entries.append(Entry(n, None, [Line(body, ln.line, ln.page)], ln))
            continue
        (entries[-1].lines if entries else head).append(ln)
    return head, entries


def _body(lab: tuple[str, int, str] | None) -> Line:
    return Line(lab[2] if lab else "")


def _inside_statement(ln: Line) -> bool:
    return bool(re.match(r"^\s*K\s*[GP]\s*I", ln.norm, re.I))

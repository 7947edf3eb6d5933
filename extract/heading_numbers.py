"""Headings numbered otherwise than the form, read as the form numbers them.

The form numbers its headings 「1.」「(1)」; two conventions number them otherwise, and a line is
rewritten to the form's numbering before the outline (``outline.classify_heading``) reads it:

- 公用文の項目番号 (official documents' numbering, as chambers that write like their town hall
  do): 「第1」「第2」… for the form's 1. 2. …, 「ア」「イ」「ウ」… for its (1) (2) (3) …
  (「(ア)」「(イ)」 below them are list entries, left as they are);
- Word's outline without numbers: a paragraph in a heading style (Word's 見出し 1/2/3, a markdown
  「#」) saying one of the form's titles with no number typed, neither in its text nor by Word's
  numbering — the style is the number. Inside an item its 「現状と課題」「目標」「事業内容」 are the
  item's subsections; before the items 「目標」 is 1. 目標 and 「地域の現状及び課題」… its (1)–(3).

The rewritten line is a candidate only: the segmenter still decides from its state whether it opens
anything, and reads the line as written when it does not.
"""

from __future__ import annotations

import re

from .blocks import Line
from .outline import GOAL_SUBSECTIONS, SUBSECTION_KINDS, subsection_kind

_KANA = "アイウエオカキクケコサシスセソ"  # 公用文's second level, in order: ア = (1), イ = (2) …
_OFFICIAL_TOP = re.compile(r"^第\s?(\d{1,2})(?:\s+|[.．、]\s*)(?=\S)")  # 「第3　地域の…」 (a separator: not 「第6次…」)
_OFFICIAL_SUB = re.compile(rf"^([{_KANA}])(?:\s+|[.．、]\s*)(?=\S)")  # 「ア　現状と課題」
_NUMBERED = re.compile(r"^(?:\(?\d{1,2}[.)、]|\d{1,2}-\d|[(\[【]?別表|[IVX]+[.、]|[①-⑳])")
_GOAL_TITLES = [(number, re.compile(pattern + "$")) for number, _, pattern in GOAL_SUBSECTIONS]
_PERIOD_TITLE = re.compile(r"^経営発達支援(?:事業|計画)の実施期間")
_POLICIES_TITLE = re.compile(r"^目標の達成に向けた方針$")
_SUBSECTION_MAX = 24  # as outline.SUB_RE: a longer line is a sentence
# An item's subsection titles as the form words them: a line of one of these alone is its heading.
_SUBSECTION_TITLES = {"現状と課題", "目標", "支援に対する考え方", "支援に対する方針", "事業内容", "実施内容",
                      "成果の活用", "調査結果の活用", "分析結果の活用"}


def form_numbered(ln: Line, in_item: bool, in_summary: bool = False, goals_open: bool = False) -> Line | None:
    """The line as the form would number it, or None when it is numbered as the form numbers
    it already (or is no heading of these conventions). ``in_item``: an item is open;
    ``in_summary``: the 概要 is being read (its labels, 「経営発達支援事業の目標」 among them, alone
    on lines when it is copied from a PDF, are no headings unless marked as such); ``goals_open``: a
    part of 1. 目標 has been read (「経営発達支援事業の目標」 is (3) only after 目標, (1) or (2): before them
    it is a title of 別表1 itself)."""
    if official := official_numbered(ln):
        return official
    if _NUMBERED.match(ln.key) or (in_summary and ln.level is None):
        return None
    return _outline_title(ln, in_item, ln.level is not None, goals_open)


def official_numbered(ln: Line) -> Line | None:
    """「第3　…」 as 「3.…」, 「ア　…」 as 「(1)…」; None for a line not numbered so."""
    text = ln.norm
    if m := _OFFICIAL_TOP.match(text):
        return _as(ln, f"{m.group(1)}.{text[m.end():]}")
    if m := _OFFICIAL_SUB.match(text):
        return _as(ln, f"({_KANA.index(m.group(1)) + 1}){text[m.end():]}")
    # run on without a space (「ウ事業内容」: a spaced-out title closed up by the reader) only before a
    # subsection title, lest 「アンケート…」 read as ア + 「ンケート…」
    if ln.key[:1] in _KANA and ln.key[1:] in _SUBSECTION_TITLES:
        return _as(ln, f"({_KANA.index(ln.key[0]) + 1}){ln.key[1:]}")
    return None


def _outline_title(ln: Line, in_item: bool, marked: bool, goals_open: bool) -> Line | None:
    """A line without a number that is one of the form's titles: the numbered heading it stands for.
    Marked as a heading (Word's style, markdown), any subsection title and 「目標」 for 1. 目標; as plain
    text (the same outline printed to PDF, its styles lost) only a line that is a title and nothing else."""
    key = ln.key
    if in_item:
        kind = subsection_kind(key) if len(key) <= _SUBSECTION_MAX else None
        if kind is None or not (marked or key in _SUBSECTION_TITLES):
            return None
        return _as(ln, f"({[k for k, _ in SUBSECTION_KINDS].index(kind) + 1}){ln.norm}")
    if key == "目標":  # unmarked, the 概要's label as often: the segmenter's rules decide
        return _as(ln, "1.目標") if marked else None
    for number, pattern in _GOAL_TITLES:
        if pattern.match(key) and (goals_open or number != "3"):
            return _as(ln, f"({number}){ln.norm}")
    if _PERIOD_TITLE.match(key):
        return _as(ln, f"(1){ln.norm}")
    if _POLICIES_TITLE.match(key):
        return _as(ln, f"(2){ln.norm}")
    return None


def _as(ln: Line, text: str) -> Line:
    return Line(text, ln.line, ln.page, ln.level)

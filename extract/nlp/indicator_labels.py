"""Marks and labels opening a KGI/KPI line, or set between its name and its value, that no name holds: dash bullets,
letters of a list (「（ア）」), the numbers of items and goals (「No.7」「目標Ⅱ-3」), a question and its answer
(「Q …の目標は？ A …」) and dashes as borders (「経営分析件数―年間30件」). The text is NFKC already."""

from __future__ import annotations

import re

_DASHES = "―—─━"
# 「―事業承継診断件数 年24件」: a dash opening a line is a bullet
_DASH_BULLET = re.compile(rf"^\s*[{_DASHES}]+\s*(?=[^\d\s])")
# 「（ア）経営状況分析の実施件数」「(a) …」「ア. …」: the letters a list is numbered with
_LETTER = re.compile(r"^\s*(?:[(（]\s*[ア-ンa-zA-Z]\s*[)）]|[ア-ン]\s*[.．)）])\s*(?=[^\d\s])")
# 「No.7 【KPI】…」「目標Ⅱ-3 観光客入込数」「Ⅱ-3 …」: the number of an item or a goal (Ⅱ is II after NFKC)
_ITEM_NUMBER = re.compile(r"^\s*(?:No\s*\.?\s*\d+|(?:目標|施策|事業)?\s*[IVX]+\s*[-‐・.]\s*\d+)\s+(?=\S)", re.I)
# 「Q 経営分析件数の目標は？ A 年間20件です。」: the question names what the answer's value is of
_QUESTION = re.compile(r"^\s*Q\s*[.:：]?\s*(?P<name>[^?？]+?)(?:の目標値?)?は\s*[?？]?\s*A\s*[.:：]?\s*")
# 「・経営分析件数―年間30件」: a dash between a name and its value is the border between them, as a colon
_DASH_BORDER = re.compile(rf"(?<=[^\d\s{_DASHES}])\s*[{_DASHES}]+\s*(?=[^\d\s{_DASHES}]{{0,4}}\d)")


def strip_marks(text: str) -> str:
    """The line without the marks and labels above (a question's name kept, before a colon)."""
    text = _ITEM_NUMBER.sub("", _LETTER.sub("", _DASH_BULLET.sub("", text)))
    text = _QUESTION.sub(lambda m: m["name"].strip() + "： ", text)
    return _DASH_BORDER.sub("：", text)

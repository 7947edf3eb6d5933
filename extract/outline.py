"""The form's outline as data: every heading of a plan, its numbering patterns and its titles.

Headings are matched on a line's key (NFKC, white space removed), so full- and
half-width brackets and digits, 「1 0.」 and Ⅰ/I are one form each before any
pattern here is tried. A new convention is a pattern or a title in a row below,
not a new branch in the segmenter. ``classify_heading`` is pure: what a line
says it is, whatever the segmenter's state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from hattatsu.normalize import forget_lines as _forget_normalised

from .item_keys import classify_title


class Kind(Enum):
    SHEET = "sheet"  # (別表1) … (別表4)
    SUMMARY = "summary"  # 経営発達支援計画の概要
    GOALS = "goals"  # 1. 目標
    GOAL_SUB = "goal_sub"  # 1.(1)(2)(3)
    PERIOD_POLICY = "period_policy"  # 2. 経営発達支援計画の実施期間、目標の達成方針
    PERIOD = "period"  # 2.(1) 実施期間
    POLICIES = "policies"  # 2.(2) 目標の達成に向けた方針
    STRUCTURAL = "structural"  # titles that open nothing (経営発達支援計画 …)
    PART = "part"  # I. 経営発達支援事業の内容 / II. / III.
    ITEM = "item"  # 3. 地域の経済動向調査に関すること (part given when written 「I.3.」)
    SUBITEM = "subitem"  # 8-1 製造業者を対象とした…
    SUBSECTION = "subsection"  # (1) 現状と課題 …


@dataclass(frozen=True)
class Heading:
    kind: Kind
    number: str | None = None  # as printed: '3', '1.1', '2', 'II'
    title: str = ""
    name: str | None = None  # what it opens: 'region', 'current_issues', the item key …
    part: str | None = None


# Numbering patterns (on the key): 「3.」「3、」「３．」 and 「1 0.」 (spaces gone) for items; 「(1)」「（１）」 for
# subsections; I/II/III, Ⅰ/Ⅱ/Ⅲ (NFKC makes them I) or 1/2/3 for parts.
DOT = r"(\d{1,2}(?:\.\d)?)[.、]"
PAREN = r"\(([1-9])\)"
PAREN_RE = re.compile(PAREN)
PART_NUMBER = r"(III|II|I|[123])[.、]?"
PART_NAMES = {"1": "I", "2": "II", "3": "III"}

SHEET_RE = re.compile(r"^[(\[【]?別表([1-4])[)\]】]?$")
SUMMARY_TITLES = ("経営発達支援計画の概要",)
# 1. 目標: numbered 1 (items from 3) or not at all (items from 1).
GOALS_RE = re.compile(r"^(?:1\.?)?目標$")
GOAL_SUBSECTIONS = [
    ("1", "region", r"地域の現状及び課題"),
    # 「小規模事業者に対する」 left out by some (「イ　長期的な振興のあり方」)
    ("2", "long_term", r"(?:小規模事業者に対する)?(?:中)?長期的な振興の(?:あり|在り)方"),
    ("3", "objectives", r"経営発達支援(?:事業|計画)の目標"),
]
_GOAL_SUBSECTION_RES = [(number, name, re.compile(pattern)) for number, name, pattern in GOAL_SUBSECTIONS]
# 2. 実施期間、目標の達成方針: numbered 2, or not at all.
# The short title 「実施期間・目標の達成に向けた方針」 is used too.
PERIOD_POLICY_RE = re.compile(r"^(?:2\.?)?(?:経営発達支援(?:事業|計画)の実施期間|実施期間[・､、及びと]{1,2}目標の達成)")
PERIOD_RE = re.compile(r"^\(1\)経営発達支援(?:事業|計画)の実施期間")
POLICIES_RE = re.compile(r"^\(2\)目標の達成に向けた方針")
STRUCTURAL = {"経営発達支援計画", "経営発達支援事業の目標", "経営発達支援事業の内容",
              "経営発達支援事業の内容及び実施期間"}
PART_TITLES = ("経営発達支援事業の内容", "経営発達支援事業の円滑", "地域経済の活性化")
PART_RE = re.compile(rf"^{PART_NUMBER}(?=(?:{'|'.join(PART_TITLES)}))")
PART_ITEM_RE = re.compile(r"^(III|II|I)\.(\d+(?:\.\d+)?)\.(.+)$")  # 「I.3.…」: part and item in one
ITEM_RE = re.compile(rf"^{DOT}(.+)$")
SUBITEM_RE = re.compile(r"^(\d{1,2})-(\d)(?![.)\d])(.+)$")
SUB_RE = re.compile(rf"^{PAREN}(.{{2,24}})$")
# An item title ends as the form words it (…に関すること, …に資する取組); a guideline tag may follow.
ITEM_TITLE_END = re.compile(r"(こと|事|取組み?)$")
GUIDELINE_TAG = re.compile(r"[【\[]指針[^】\]]{0,6}[】\]]$")  # 【指針③】, [指針(3)]
# A title written without a number is known by the form's wording alone (convention: unnumbered items).
UNNUMBERED_TITLE_END = re.compile(r"(に関すること|に関する事|に資する取組み?)$")
ITEM_TITLE_MAX = 48  # longer lines are sentences that happen to end in こと

# Subsection titles of an item, matched in this order.
SUBSECTION_KINDS: list[tuple[str, str]] = [
    ("current_issues", r"現状と課題"),
    ("targets", r"^目標$|^目標[(（]|目標$"),
    ("policy", r"支援に対する(考え方|方針)|改善方法|^方針"),
    ("utilization", r"活用"),
    ("activities", r"事業内容|公表方法|実施内容"),
]
_SUBSECTION_RES = [(kind, re.compile(pattern)) for kind, pattern in SUBSECTION_KINDS]


def item_title(title: str) -> str:
    """An item title without its guideline tag."""
    return GUIDELINE_TAG.sub("", title)


def is_item_title(title: str) -> bool:
    t = item_title(title)
    return len(t) <= ITEM_TITLE_MAX and bool(ITEM_TITLE_END.search(t)) and bool(classify_title(t))


def subsection_kind(title: str) -> str | None:
    return next((kind for kind, pattern in _SUBSECTION_RES if pattern.search(title)), None)


@lru_cache(maxsize=8192)  # pure, and a line is classified several times (the segmenter looks ahead)
def classify_heading(key: str) -> Heading | None:
    """What a line (its key: NFKC, no white space) is as a heading of the form, or None.

    Context decides the rest (an item only once the body has started, a
    subsection only inside an item): that is the segmenter's part."""
    if not key or len(key) > 90:
        return None
    if m := SHEET_RE.match(key):
        return Heading(Kind.SHEET, m.group(1))
    if key in SUMMARY_TITLES:
        return Heading(Kind.SUMMARY, title=key)
    if GOALS_RE.match(key):
        return Heading(Kind.GOALS, "1", "目標")
    if m := PAREN_RE.match(key):
        for number, name, pattern in _GOAL_SUBSECTION_RES:
            if m.group(1) == number and pattern.match(key[m.end():]):
                return Heading(Kind.GOAL_SUB, number, key[m.end():], name)
    if PERIOD_POLICY_RE.match(key):
        return Heading(Kind.PERIOD_POLICY, "2", key)
    if PERIOD_RE.match(key):
        return Heading(Kind.PERIOD, "1", key)
    if POLICIES_RE.match(key):
        return Heading(Kind.POLICIES, "2", key)
    if key in STRUCTURAL:
        return Heading(Kind.STRUCTURAL, title=key)
    if (m := PART_ITEM_RE.match(key)) and classify_title(m.group(3)):
        return Heading(Kind.ITEM, m.group(2), item_title(m.group(3)), classify_title(item_title(m.group(3))),
                       part=m.group(1))
    if m := PART_RE.match(key):
        part = PART_NAMES.get(m.group(1), m.group(1))
        return Heading(Kind.PART, part, key[m.end():], part=part)
    if (m := ITEM_RE.match(key)) and is_item_title(m.group(2)):
        return Heading(Kind.ITEM, m.group(1), item_title(m.group(2)), classify_title(item_title(m.group(2))))
    if UNNUMBERED_TITLE_END.search(item_title(key)) and is_item_title(key):  # an item without a number
        return Heading(Kind.ITEM, None, item_title(key), classify_title(item_title(key)))
    if (m := SUBITEM_RE.match(key)) and len(key) <= 40:
        return Heading(Kind.SUBITEM, f"{m.group(1)}-{m.group(2)}", m.group(3))
    if m := SUB_RE.match(key):
        kind = subsection_kind(m.group(2))
        if kind:
            return Heading(Kind.SUBSECTION, m.group(1), m.group(2), kind)
    return None


def forget_lines() -> None:
    """Empty what was remembered of lines (normalised forms, headings, item titles): a document
    is read as new, whatever was read before (so a batch costs what its plans cost), and the
    memory stays bounded."""
    _forget_normalised()
    classify_heading.cache_clear()
    classify_title.cache_clear()

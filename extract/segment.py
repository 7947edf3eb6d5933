"""One segmenter: the block stream of a plan into its sections.

Finds 概要, 別表1 (1. 目標 (1)(2)(3), 2. 実施期間と方針, the numbered items of
I/II/III with their subsections), 別表2, 別表3 and 別表4. Tolerant of the
variants plans are written in: missing headings, 「1.1.」 for 11, 「1 0.」,
「Ⅰ．」/「I.」, full-width brackets, 「(別表 2)」, markdown heading marks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .blocks import Block, Line, Table
from .item_keys import classify_title

SHEET_RE = re.compile(r"^[(\[【]?別表([1-4])[)\]】]?$")
SUMMARY_RE = re.compile(r"^経営発達支援計画の概要$")
GOALS_RE = re.compile(r"^1\.?目標$")
GOAL_SUB_RE = re.compile(
    r"^\(([123])\)(地域の現状及び課題|小規模事業者に対する(?:中)?長期的な振興の(?:あり|在り)方"
    r"|経営発達支援(?:事業|計画)の目標)"
)
PERIOD_POLICY_RE = re.compile(r"^2\.?経営発達支援(?:事業|計画)の実施期間")
PERIOD_RE = re.compile(r"^\(1\)経営発達支援(?:事業|計画)の実施期間")
POLICIES_RE = re.compile(r"^\(2\)目標の達成に向けた方針")
PART_RE = re.compile(
    r"^(III|II|I)[.、]?(?:(?=経営発達支援事業の内容)|(?=経営発達支援事業の円滑)|(?=地域経済の活性化))"
)
PART_ITEM_RE = re.compile(r"^(III|II|I)\.(\d+(?:\.\d+)?)\.(.+)$")
ITEM_RE = re.compile(r"^(\d{1,2}(?:\.\d)?)[.、](.+)$")
SUBITEM_RE = re.compile(r"^(\d{1,2})-(\d)(?![.)\d])(.+)$")
STRUCTURAL = {"経営発達支援計画", "経営発達支援事業の目標", "経営発達支援事業の内容",
              "経営発達支援事業の内容及び実施期間"}
SUB_RE = re.compile(r"^\(([1-6])\)(.{2,24})$")

# Subsection titles of an item, matched in this order.
SUBSECTION_KINDS: list[tuple[str, str]] = [
    ("current_issues", r"現状と課題"),
    ("targets", r"^目標$|^目標[(（]|目標$"),
    ("policy", r"支援に対する(考え方|方針)|改善方法|^方針"),
    ("utilization", r"活用"),
    ("activities", r"事業内容|公表方法|実施内容"),
]


@dataclass
class Subsection:
    kind: str
    heading: Line
    blocks: list[Block] = field(default_factory=list)
    subitem: str | None = None


@dataclass
class ItemSegment:
    number: int
    part: str | None
    title: str
    key: str | None
    heading: Line
    preamble: list[Block] = field(default_factory=list)
    subsections: list[Subsection] = field(default_factory=list)
    inferred: bool = False  # no item heading: opened at a 「(1) 現状と課題」, key read from content

    def of_kind(self, kind: str) -> list[Subsection]:
        return [s for s in self.subsections if s.kind == kind]


@dataclass
class Segments:
    summary: list[Block] | None = None
    summary_heading: Line | None = None
    goals: dict[str, list[Block]] = field(default_factory=dict)  # region, long_term, objectives
    goals_heading: Line | None = None
    period: list[Block] | None = None
    period_heading: Line | None = None
    policies: list[Block] | None = None
    items: list[ItemSegment] = field(default_factory=list)
    sheets: dict[int, list[Block]] = field(default_factory=dict)  # 2, 3, 4
    sheet_headings: dict[int, Line] = field(default_factory=dict)
    unassigned: list[Block] = field(default_factory=list)

    def by_section(self) -> Iterator[tuple[str | None, Block]]:
        """Every block with the section it belongs to, named as in findings (``summary``,
        ``goals``, ``items.<key>``, ``organization`` …; None for text outside them)."""
        yield from ((None, b) for b in self.unassigned)
        yield from (("summary", b) for b in self.summary or [])
        yield from (("goals", b) for blocks in self.goals.values() for b in blocks)
        yield from (("period", b) for b in self.period or [])
        yield from (("policies", b) for b in self.policies or [])
        for item in self.items:
            name = f"items.{item.key}" if item.key else "items"
            yield from ((name, b) for b in item.preamble)
            yield from ((name, b) for sub in item.subsections for b in sub.blocks)
        for n, name in ((2, "organization"), (3, "funding"), (4, "partners")):
            yield from ((name, b) for b in self.sheets.get(n, []))


def item_number(text: str) -> int:
    """'3' → 3, '1.1' → 11 (a converter's rendering of 11), '1 0' → 10."""
    return int(re.sub(r"\D", "", text))


class _Segmenter:
    def __init__(self) -> None:
        self.seg = Segments()
        self.target: list[Block] = self.seg.unassigned
        self.state = "start"
        self.part: str | None = None
        self.item: ItemSegment | None = None
        self.subitem: str | None = None
        self.body_started = False  # items may only start after the period part or a part heading

    def run(self, blocks: list[Block]) -> Segments:
        for b in blocks:
            if isinstance(b, Line) and self._heading(b):
                continue
            if isinstance(b, Line) and self.state == "summary_done":
                self._open_goal("region", None)
            self.target.append(b)
            if isinstance(b, Table) and self.state == "summary":
                self.state = "summary_table"
        return self.seg

    # ------------------------------------------------------------------
    def _heading(self, ln: Line) -> bool:
        k = ln.key
        if len(k) > 90:
            return False
        if self.state == "summary_table":
            self.state = "summary_done"
        m = SHEET_RE.match(k)
        if m:
            n = int(m.group(1))
            self.item = None
            if n == 1:
                self.state = "sheet1"
                self.target = []
            else:
                self.state = f"sheet{n}"
                self.target = self.seg.sheets.setdefault(n, [])
                self.seg.sheet_headings[n] = ln
            return True
        if self.state in ("sheet2", "sheet3", "sheet4"):
            return False
        if SUMMARY_RE.match(k) and self.seg.summary is None:
            self.state = "summary"
            self.seg.summary = self.target = []
            self.seg.summary_heading = ln
            return True
        if GOALS_RE.match(k) and not self.seg.goals:
            self.state = "goals"
            self.seg.goals_heading = ln
            self.target = []
            return True
        m = GOAL_SUB_RE.match(k)
        if m and not self.body_started and self.state not in ("period",):
            name = {"1": "region", "2": "long_term", "3": "objectives"}[m.group(1)]
            if name not in self.seg.goals:
                self._open_goal(name, ln)
                return True
        if PERIOD_POLICY_RE.match(k) and self.seg.period is None:
            self.state = "period_policy"
            self.target = []
            self.body_started = True
            if re.search(r"\d年\d+月\d+日", k):  # period stated on the same line
                self._open_period(ln)
            return True
        if self.state in ("period_policy", "period", "policies"):
            if PERIOD_RE.match(k) and self.seg.period is None:
                self._open_period(ln)
                return True
            if POLICIES_RE.match(k) and self.seg.policies is None:
                self.state = "policies"
                self.seg.policies = self.target = []
                return True
        if k in STRUCTURAL:
            if k.startswith("経営発達支援事業の内容"):
                self.body_started = self.body_started or self.seg.period is not None
            return True
        m = PART_ITEM_RE.match(k)
        if m and classify_title(m.group(3)):
            self.part = m.group(1)
            return self._open_item(m.group(2), m.group(3), ln)
        m = PART_RE.match(k)
        if m:
            self.part = m.group(1)
            self.body_started = True
            self.item = None
            self.state = "part"
            self.target = []
            return True
        m = ITEM_RE.match(k)
        if m and self.body_started and _is_item_title(m.group(2)):
            return self._open_item(m.group(1), m.group(2), ln)
        if self._starts_unheaded_item(ln):
            self._open_unheaded_item(ln)
        if self.item is not None:
            return self._item_heading(ln)
        return False

    def _starts_unheaded_item(self, ln: Line) -> bool:
        """A 「(1) 現状と課題」 where no item is open in the body, or a second one in the same
        item and sub-item: an item whose heading is missing (an image, a dropped line)."""
        m = SUB_RE.match(ln.key)
        if not m or m.group(1) != "1" or not re.search(SUBSECTION_KINDS[0][1], m.group(2)):
            return False
        if self.item is None:
            return self.body_started and self.state in ("part", "policies", "period_policy")
        return any(s.kind == "current_issues" and s.subitem == self.subitem for s in self.item.subsections)

    def _open_unheaded_item(self, ln: Line) -> None:
        number = self.item.number + 1 if self.item else 0
        self.item = ItemSegment(number, self.part, "", None, ln, inferred=True)
        self.seg.items.append(self.item)
        self.subitem = None
        self.state = "item"
        self.target = self.item.preamble

    def _open_goal(self, name: str, ln: Line | None) -> None:
        self.state = f"goals.{name}"
        self.seg.goals[name] = self.target = []
        if self.seg.goals_heading is None:
            self.seg.goals_heading = ln

    def _open_period(self, ln: Line) -> None:
        self.state = "period"
        self.seg.period = self.target = [ln]
        self.seg.period_heading = ln

    def _open_item(self, number: str, title: str, ln: Line) -> bool:
        title = _title_text(ln, title)
        self.body_started = True
        self.item = ItemSegment(item_number(number), self.part, title, classify_title(title), ln)
        self.seg.items.append(self.item)
        self.subitem = None
        self.state = "item"
        self.target = self.item.preamble
        return True

    def _item_heading(self, ln: Line) -> bool:
        assert self.item is not None
        k = ln.key
        m = SUBITEM_RE.match(k)
        if m and int(m.group(1)) == self.item.number and len(k) <= 40:
            self.subitem = ln.norm
            return True
        m = SUB_RE.match(k)
        if not m:
            return False
        title = m.group(2)
        for kind, pattern in SUBSECTION_KINDS:
            if re.search(pattern, title):
                sub = Subsection(kind, ln, subitem=self.subitem)
                self.item.subsections.append(sub)
                self.target = sub.blocks
                return True
        return False


def _is_item_title(title: str) -> bool:
    return bool(classify_title(title)) and bool(re.search(r"(こと|事|取組み?)$", title))


def _title_text(ln: Line, title_key: str) -> str:
    """The title as printed (spaces kept), without its number."""
    text = ln.norm
    m = re.match(r"^(?:(?:III|II|I)\s*[.．]\s*)?[\d\s.．]+[.．、]\s*", text)
    return text[m.end():].strip() if m else title_key


def segment(blocks: list[Block]) -> Segments:
    """Sections of a plan's blocks."""
    return _Segmenter().run(blocks)

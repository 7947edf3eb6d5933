"""One segmenter: the block stream of a plan into its sections.

Finds 概要, 別表1 (1. 目標 (1)(2)(3), 2. 実施期間と方針, the numbered items of
I/II/III with their subsections), 別表2, 別表3 and 別表4. What a line is as a
heading comes from the outline table (``outline.classify_heading``); here one
handler per kind of heading decides, from the state, whether it opens a section.
Tolerant of missing headings (an item opened at its 「(1) 現状と課題」) and of
headings cut inside a word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import Enum

from .blocks import Block, Line, Table
from .heading_numbers import form_numbered, official_numbered
from .item_keys import classify_title
from .outline import (
    SUB_RE,
    SUBSECTION_KINDS,
    UNNUMBERED_TITLE_END,
    Heading,
    Kind,
    classify_heading,
    is_item_title,
    item_title,
)


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
class Section:
    """One part of the form: its heading (None when the plan left it out) and its blocks."""

    heading: Line | None = None
    blocks: list[Block] = field(default_factory=list)

    def with_heading(self) -> list[Block]:
        """The heading and the blocks, for the section's location."""
        return ([self.heading] if self.heading else []) + self.blocks


@dataclass
class Segments:
    summary: Section | None = None
    goals: Section | None = None  # 1. 目標; its parts in goal_parts
    goal_parts: dict[str, Section] = field(default_factory=dict)  # region, long_term, objectives
    period: Section | None = None
    policies: Section | None = None
    items: list[ItemSegment] = field(default_factory=list)
    sheets: dict[int, Section] = field(default_factory=dict)  # 別表2, 3, 4
    unassigned: list[Block] = field(default_factory=list)

    def by_section(self) -> Iterator[tuple[str | None, Block]]:
        """Every block with the section it belongs to, named as in findings (``summary``,
        ``goals``, ``items.<key>``, ``organization`` …; None for text outside them)."""
        yield from ((None, b) for b in self.unassigned)
        yield from (("summary", b) for b in (self.summary.blocks if self.summary else []))
        yield from (("goals", b) for part in self.goal_parts.values() for b in part.blocks)
        yield from (("period", b) for b in (self.period.blocks if self.period else []))
        yield from (("policies", b) for b in (self.policies.blocks if self.policies else []))
        for item in self.items:
            name = f"items.{item.key}" if item.key else "items"
            yield from ((name, b) for b in item.preamble)
            yield from ((name, b) for sub in item.subsections for b in sub.blocks)
        for n, name in ((2, "organization"), (3, "funding"), (4, "partners")):
            yield from ((name, b) for b in (self.sheets[n].blocks if n in self.sheets else []))


def item_number(text: str) -> int:
    """'3' → 3, '1.1' → 11 (a converter's rendering of 11), '1 0' → 10."""
    return int(re.sub(r"\D", "", text))


class State(Enum):
    START = "start"
    SUMMARY = "summary"
    SUMMARY_TABLE = "summary_table"  # the 概要's table has been read
    SUMMARY_DONE = "summary_done"  # text after it opens 1.(1) when its heading is missing
    SHEET1 = "sheet1"
    GOALS = "goals"
    PERIOD_POLICY = "period_policy"
    PERIOD = "period"
    POLICIES = "policies"
    PART = "part"
    ITEM = "item"
    SHEET_LATER = "sheet_later"  # 別表2–4: read by their own parsers, no headings of 別表1 inside


class _Segmenter:
    def __init__(self) -> None:
        self.seg = Segments()
        self.target: list[Block] = self.seg.unassigned
        self.state = State.START
        self.part: str | None = None
        self.item: ItemSegment | None = None
        self.subitem: str | None = None
        self.body_started = False  # items may only start after the period part or a part heading
        self.handlers: dict[Kind, Callable[[Heading, Line], bool]] = {
            Kind.SHEET: self._sheet, Kind.SUMMARY: self._summary, Kind.GOALS: self._goals,
            Kind.GOAL_SUB: self._goal_sub, Kind.PERIOD_POLICY: self._period_policy, Kind.PERIOD: self._period,
            Kind.POLICIES: self._policies, Kind.STRUCTURAL: self._structural, Kind.PART: self._part,
            Kind.ITEM: self._item, Kind.SUBITEM: self._subitem, Kind.SUBSECTION: self._subsection,
        }

    def run(self, blocks: list[Block]) -> Segments:
        skip = False
        for i, b in enumerate(blocks):
            if skip:
                skip = False
                continue
            if isinstance(b, Line):
                nxt = blocks[i + 1] if i + 1 < len(blocks) else None
                joined = _cut_heading(b, nxt)
                if joined is not None and self._heading(joined):
                    skip = True
                    continue
                if self._heading(b):
                    continue
            if isinstance(b, Line) and self.state == State.SUMMARY_DONE:
                self._open_goal("region", None)
            self.target.append(b)
            if isinstance(b, Table) and self.state == State.SUMMARY:
                self.state = State.SUMMARY_TABLE
        return self.seg

    # ------------------------------------------------------------------
    def _heading(self, ln: Line) -> bool:
        # a heading numbered otherwise than the form (公用文's 第1/ア, Word's outline without numbers) is
        # tried as the form numbers it first, then as written
        goals_open = self.state == State.GOALS or bool(self.seg.goal_parts)
        alt = form_numbered(ln, self.item is not None, self.state == State.SUMMARY, goals_open)
        return (alt is not None and self._heading_as(alt)) or self._heading_as(ln)

    def _heading_as(self, ln: Line) -> bool:
        if self.state == State.SUMMARY_TABLE:
            self.state = State.SUMMARY_DONE
        h = classify_heading(ln.key)
        if h is not None and h.kind not in (Kind.SHEET, Kind.SUMMARY) and self.state == State.SHEET_LATER:
            return False
        in_item = h is not None and h.kind in (Kind.SUBITEM, Kind.SUBSECTION)
        if h is not None and not in_item and self.handlers[h.kind](h, ln):
            return True
        if self._starts_unheaded_item(ln):
            self._open_unheaded_item(ln)
        if self.item is not None and in_item:
            return self.handlers[h.kind](h, ln)
        return False

    # one handler per kind of heading: True when the line was taken as that heading
    def _sheet(self, h: Heading, ln: Line) -> bool:
        n = int(h.number or 0)
        self.item = None
        if n == 1:
            self.state = State.SHEET1
            self.target = []
        else:
            self.state = State.SHEET_LATER
            sheet = self.seg.sheets.setdefault(n, Section())
            sheet.heading = ln
            self.target = sheet.blocks
        return True

    def _summary(self, h: Heading, ln: Line) -> bool:
        if self.seg.summary is not None:
            return False
        if self.state == State.SHEET_LATER:
            # convention: the 概要 filed last, after 別表4 (some chambers file it so): read like a later
            # sheet, with no heading of 別表1 inside (its 事業内容 repeats the item titles)
            self.seg.summary = Section(ln)
            self.target = self.seg.summary.blocks
            return True
        self.state = State.SUMMARY
        self.seg.summary = Section(ln)
        self.target = self.seg.summary.blocks
        return True

    def _goals(self, h: Heading, ln: Line) -> bool:
        # 「目標」 without its number (items numbered from 1) heads 別表1 1. only before the body
        bare = not ln.key[0].isdigit()
        if self.seg.goal_parts or (bare and (self.body_started or self._summary_label())):
            return False
        self.state = State.GOALS
        self.seg.goals = Section(ln)
        self.target = []
        return True

    def _summary_label(self) -> bool:
        """A bare 「目標」 inside the 概要 read as lines (convention: the 概要's table flattened, or
        copied from a PDF with each label cell on a line of its own) is the 概要's 目標 label when
        the labels that follow it in the form (事業内容, 連絡先) have not come yet."""
        if self.state != State.SUMMARY or self.seg.summary is None:
            return False
        return not any(isinstance(b, Line) and b.key.startswith(_LATER_SUMMARY_LABELS)
                       for b in self.seg.summary.blocks)

    def _goal_sub(self, h: Heading, ln: Line) -> bool:
        # once the body has started, only before the period and the items (1. 目標 placed under 「Ⅰ.経営発達支援
        # 事業の内容」)
        late = self.body_started and (self.seg.period is not None or bool(self.seg.items))
        if late or self.state == State.PERIOD or h.name in self.seg.goal_parts:
            return False
        self._open_goal(h.name or "region", ln)
        return True

    def _period_policy(self, h: Heading, ln: Line) -> bool:
        if self.seg.period is not None:
            return False
        self.state = State.PERIOD_POLICY
        self.target = []
        self.body_started = True
        if re.search(r"\d年\d+月\d+日", ln.key):  # period stated on the same line
            self._open_period(ln)
        return True

    def _period(self, h: Heading, ln: Line) -> bool:
        if self.state not in (State.PERIOD_POLICY, State.PERIOD, State.POLICIES) or self.seg.period is not None:
            return False
        self._open_period(ln)
        return True

    def _policies(self, h: Heading, ln: Line) -> bool:
        if self.state not in (State.PERIOD_POLICY, State.PERIOD, State.POLICIES) or self.seg.policies is not None:
            return False
        self.state = State.POLICIES
        self.seg.policies = Section(ln)
        self.target = self.seg.policies.blocks
        return True

    def _structural(self, h: Heading, ln: Line) -> bool:
        # convention (published 概要): 「経営発達支援事業の目標」 labels the 概要's 目標 row; on a line of its
        # own inside the 概要 (its table flattened) it is that label, as a bare 「目標」 is
        if h.title == "経営発達支援事業の目標" and self._summary_label():
            return False
        if h.title.startswith("経営発達支援事業の内容"):
            self.body_started = self.body_started or self.seg.period is not None
        return True

    def _part(self, h: Heading, ln: Line) -> bool:
        # convention (the published 概要 copied from a PDF, as lines): its 事業内容 under 「Ⅰ.経営発達支援事業の
        # 内容」 and 「Ⅱ.地域経済の活性化に資する取組」; inside the 概要, before its 連絡先, a part is its text
        if self.state == State.SUMMARY and self.seg.summary is not None and not any(
                isinstance(b, Line) and b.key.startswith("連絡先") for b in self.seg.summary.blocks):
            return False
        self.part = h.part
        self.body_started = True
        self.item = None
        self.state = State.PART
        self.target = []
        return True

    def _item(self, h: Heading, ln: Line) -> bool:
        if h.part:  # 「I.3.…」 carries its part
            self.part = h.part
        elif not self.body_started:
            return False
        if h.number is None and self.item is None and self.state not in (State.PART, State.POLICIES):
            return False  # an unnumbered title opens an item only where items follow each other
        title = _title_text(ln, h.title)
        self.body_started = True
        number = item_number(h.number) if h.number else _form_number(h.name)
        self.item = ItemSegment(number, self.part, title, h.name, ln)
        self.seg.items.append(self.item)
        self.subitem = None
        self.state = State.ITEM
        self.target = self.item.preamble
        return True

    def _subitem(self, h: Heading, ln: Line) -> bool:
        # 「8-1」 under item 8, or under the item the form numbers 8 when the plan renumbers its items
        if self.item is None or int((h.number or "0").split("-")[0]) not in (self.item.number,
                                                                           _form_number(self.item.key)):
            return False
        self.subitem = ln.norm
        return True

    def _subsection(self, h: Heading, ln: Line) -> bool:
        if self.item is None or h.name is None:
            return False
        sub = Subsection(h.name, ln, subitem=self.subitem)
        self.item.subsections.append(sub)
        self.target = sub.blocks
        return True

    def _starts_unheaded_item(self, ln: Line) -> bool:
        """A 「(1) 現状と課題」 where no item is open in the body, or a second one in the same
        item and sub-item: an item whose heading is missing (an image, a dropped line)."""
        m = SUB_RE.match(ln.key)
        if not m or m.group(1) != "1" or not re.search(SUBSECTION_KINDS[0][1], m.group(2)):
            return False
        if self.item is None:
            return self.body_started and self.state in (State.PART, State.POLICIES, State.PERIOD_POLICY)
        return any(s.kind == "current_issues" and s.subitem == self.subitem for s in self.item.subsections)

    def _open_unheaded_item(self, ln: Line) -> None:
        number = self.item.number + 1 if self.item else 0
        self.item = ItemSegment(number, self.part, "", None, ln, inferred=True)
        self.seg.items.append(self.item)
        self.subitem = None
        self.state = State.ITEM
        self.target = self.item.preamble

    def _open_goal(self, name: str, ln: Line | None) -> None:
        self.state = State.GOALS
        self.seg.goal_parts[name] = Section(ln)
        self.target = self.seg.goal_parts[name].blocks
        if self.seg.goals is None or self.seg.goals.heading is None:
            self.seg.goals = Section(ln)

    def _open_period(self, ln: Line) -> None:
        self.state = State.PERIOD
        self.seg.period = Section(ln, [ln])  # the period may be stated on its heading line
        self.target = self.seg.period.blocks


# The 概要's labels after its 目標, in the form's order: once one has come, 「目標」 is no longer its label.
_LATER_SUMMARY_LABELS = ("事業内容", "連絡先")


def _form_number(key: str | None) -> int:
    """An item printed without a number has the number the form gives it."""
    from hattatsu.items import NUMBER

    return NUMBER.get(key or "", 0)


_ITEM_NUMBER = re.compile(r"^(?:(?:III|II|I)\.)?\d{1,2}(?:\.\d)?[.、]")  # on the key
_PRINTED_NUMBER = re.compile(r"^(?:(?:III|II|I)\s*[.．]\s*)?[\d\s.．]+[.．、]\s*")  # as printed


def _cut_heading(ln: Line, nxt: Block | None) -> Line | None:
    """A heading a PDF copy cut inside a word: 「11. …情報交換に関す」 + 「ること」 as one line
    (convention: lines cut at the page width), when only the two together make an item title."""
    if not isinstance(nxt, Line) or len(nxt.key) > 30 or ln.key.endswith("。"):
        return None
    ln = official_numbered(ln) or ln  # 「第10　経営指導員等の資」 + 「質向上等に関すること」
    tail = classify_heading(nxt.key)  # the cut-off end may read as an unnumbered title itself
    if classify_heading(ln.key) is not None or (tail is not None and (tail.kind, tail.number) != (Kind.ITEM, None)):
        return None  # two headings, or a heading and its text
    m = _ITEM_NUMBER.match(ln.key)
    head = ln.key[m.end() if m else 0:]
    title = item_title(head + nxt.key)  # numbered or not, tag or not
    if not UNNUMBERED_TITLE_END.search(title) or not is_item_title(title):
        return None
    # unnumbered, the first part must name the item itself: not the tail of a paragraph before a title
    if not m and classify_title(head) != classify_title(title):
        return None
    return Line(ln.text.rstrip() + nxt.text.strip(), ln.line, ln.page, ln.level)


def _title_text(ln: Line, title_key: str) -> str:
    """The title as printed (spaces kept), without its number and guideline tag."""
    text = ln.norm
    m = _PRINTED_NUMBER.match(text)
    return item_title(text[m.end():].strip()) if m else title_key


def segment(blocks: list[Block]) -> Segments:
    """Sections of a plan's blocks."""
    return _Segmenter().run(blocks)

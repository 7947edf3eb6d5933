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

from hattatsu.normalize import compact
from hattatsu.sections import item_section

from .blocks import Block, Line, Table
from .documents import bare_summary
from .item_keys import classify_title
from .outline import (
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
    style: str = "numbered"  # its heading: numbered 「(1)…」, bare 「現状と課題」, or its bracket 「(」「【」


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
            name = item_section(item.key)
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
        self.part_item: tuple[Heading, Line] | None = None  # a part heading that names an item
        self.summary_last = False  # the 概要 came after the body
        self.labelled_summary = False  # the line is a bare 「概要」 its labels follow (documents.bare_summary)
        self.sheet = 0  # the 別表 open
        self.handlers: dict[Kind, Callable[[Heading, Line], bool]] = {
            Kind.SHEET: self._sheet, Kind.SUMMARY: self._summary, Kind.GOALS: self._goals,
            Kind.GOAL_SUB: self._goal_sub, Kind.PERIOD_POLICY: self._period_policy, Kind.PERIOD: self._period,
            Kind.POLICIES: self._policies, Kind.STRUCTURAL: self._structural, Kind.PART: self._part,
            Kind.ITEM: self._item, Kind.SUBITEM: self._subitem, Kind.SUBSECTION: self._subsection,
        }

    def run(self, blocks: list[Block]) -> Segments:
        skip = False
        blocks = [x for b in blocks for y in _form_table_lines(b) for x in _heading_row_split(y)]
        for i, b in enumerate(blocks):
            if skip:
                skip = False
                continue
            if self.state == State.SUMMARY_TABLE and isinstance(b, Line) and _summary_goes_on(blocks, i):
                self.state = State.SUMMARY  # a line of a 概要 cell, between rows of its table
            if isinstance(b, Line):
                self.labelled_summary = bare_summary(blocks, i)
                nxt = blocks[i + 1] if i + 1 < len(blocks) else None
                joined = _cut_heading(b, nxt)
                if joined is not None and self._heading(joined):
                    skip = True
                    continue
                if self._heading(b):
                    continue
            if isinstance(b, Line) and self.state == State.SUMMARY_DONE and not self.summary_last:
                self._open_goal("region", None)
            if self.state == State.PART and self.part_item is not None:
                self._open_part_item()
            self.target.append(b)
            if isinstance(b, Table) and self.state == State.SUMMARY:
                self.state = State.SUMMARY_TABLE
        return self.seg

    # ------------------------------------------------------------------
    def _heading(self, ln: Line) -> bool:
        if self.state == State.SUMMARY_TABLE:
            self.state = State.SUMMARY_DONE
        h = classify_heading(ln.key)
        if h is not None and h.kind == Kind.SUMMARY and h.title == "概要" and (
                self.seg.summary is not None or self.seg.goals is not None or self.seg.items or self.seg.sheets
                or self.body_started) and not (self.seg.summary is None and self.labelled_summary):
            # convention (j1): a bare 「概要」 heads the 概要 only at the top, before 別表1 (else a label) — or, the
            # 概要 put after 別表4 (docs19: j1's habit mixed with the 概要 sheet last), when its labels follow it
            h = None
        if h is not None and h.kind == Kind.SUMMARY and self.seg.summary is None and (
                self.seg.items or self.seg.sheets):
            self.summary_last = True  # convention: the 概要 sheet put after 別表4 (the file's last part)
        elif h is not None and h.kind != Kind.SHEET and (self.state == State.SHEET_LATER or self.summary_last):
            return False  # inside 別表2–4, or in a 概要 after the body, no heading of 別表1 opens
        in_item = h is not None and h.kind in (Kind.SUBITEM, Kind.SUBSECTION)
        if h is not None and not in_item and self.handlers[h.kind](h, ln):
            return True
        if self.item is not None and h is not None and ((h.kind == Kind.GOALS and not re.match(r"第?\d", ln.key))
                                                        or (h.kind == Kind.GOAL_SUB and h.title == "目標")):
            # a bare 「目標」 or 「［目標］」 in an item is its part
            h, in_item = Heading(Kind.SUBSECTION, None, "目標", "targets"), True
        elif self.item is not None and h is not None and h.kind == Kind.POLICIES and ln.key.startswith("("):
            h, in_item = Heading(Kind.SUBSECTION, "2", h.title, "policy"), True  # 「(2) 方針」 in an item: its part
        if self._starts_unheaded_item(ln):
            if self.state == State.PART and self.part_item is not None:
                self._open_part_item()  # (p2) 「Ⅱ．地域経済の活性化…」 then its 【現状と課題】: that item's
            else:
                self._open_unheaded_item(ln)
        if self.item is not None and in_item:
            return self.handlers[h.kind](h, ln)
        return False

    # one handler per kind of heading: True when the line was taken as that heading
    def _sheet(self, h: Heading, ln: Line) -> bool:
        n = int(h.number or 0)
        if n == self.sheet and not self.summary_last:
            return True  # convention: the sheet's name repeated at the top of each of its pages
        self.sheet = n
        self.item = None
        self.summary_last = False
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
        self.state = State.SUMMARY
        self.seg.summary = Section(ln)
        self.target = self.seg.summary.blocks
        return True

    def _goals(self, h: Heading, ln: Line) -> bool:
        # 「目標」 without its number (items numbered from 1) heads 別表1 1. only before the body
        bare = not re.match(r"第?\d", ln.key)
        before_body = not self.seg.items and self.seg.period is None  # a part heading 「Ⅰ．」 may come first
        if self.seg.goal_parts or (bare and ((self.body_started and not before_body) or self._summary_label())):
            return False
        if before_body:
            self.body_started = False  # 別表1 headed 「Ⅰ．経営発達支援事業の内容」 before its 1. 目標
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
        if self.body_started or self.state == State.PERIOD or h.name in self.seg.goal_parts:
            return False
        if self._summary_label():  # 「【経営発達支援事業の目標】」 labelling the 概要's 目標 row (docs21: as bare)
            return False
        self._open_goal(h.name or "region", ln)
        return True

    def _period_policy(self, h: Heading, ln: Line) -> bool:
        if self.seg.period is not None:
            return False
        if self.state == State.PERIOD_POLICY and re.fullmatch(r"経営発達支援(?:事業|計画)の実施期間", ln.key):
            self._open_period(ln)  # 2.'s (1) without its number, the period on the lines below
            return True
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
        # in the 2014 form 「4．目標の達成に向けた方針」 follows the goals, before the 実施期間
        after_goals = self.state == State.GOALS and not self.body_started
        if (self.state not in (State.PERIOD_POLICY, State.PERIOD, State.POLICIES) and not after_goals) \
                or self.seg.policies is not None:
            return False
        self.state = State.POLICIES
        self.seg.policies = Section(ln)
        self.target = self.seg.policies.blocks
        return True

    def _structural(self, h: Heading, ln: Line) -> bool:
        # a bare 「経営発達支援事業の目標」 after 1.'s other parts is its (3) (a Word outline without numbers)
        if h.title == "経営発達支援事業の目標" and self.state == State.GOALS and self.seg.goal_parts \
                and "objectives" not in self.seg.goal_parts and not self.body_started:
            self._open_goal("objectives", ln)
            return True
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
        # convention (the 2014 form): 「Ⅱ．地域経済の活性化に資する取組」 is a part of one item, its text
        # straight under the part heading; text before any item heading opens that item
        self.part_item = (h, ln) if classify_title(h.title) else None
        return True

    def _open_part_item(self) -> None:
        h, ln = self.part_item
        self.part_item = None
        key = classify_title(h.title)
        self.item = ItemSegment(_form_number(key), self.part, h.title, key, ln)
        self.seg.items.append(self.item)
        self.subitem = None
        self.state = State.ITEM
        self.target = self.item.preamble

    def _item(self, h: Heading, ln: Line) -> bool:
        if h.part:  # 「I.3.…」 carries its part
            self.part = h.part
        elif not self.body_started:
            return False
        if h.number is None and self.item is None and self.state not in (State.PART, State.POLICIES):
            return False  # an unnumbered title opens an item only where items follow each other
        if h.nominal and not self._next_item(h):
            return False
        title = _title_text(ln, h.title)
        self.body_started = True
        number = item_number(h.number) if h.number else _form_number(h.name)
        self.item = ItemSegment(number, self.part, title, h.name, ln)
        self.seg.items.append(self.item)
        self.subitem = None
        self.state = State.ITEM
        self.target = self.item.preamble
        return True

    def _next_item(self, h: Heading) -> bool:
        """A title shortened to its noun is an item heading only in the items' order: numbered after
        the open item, naming an item not read yet (a 「2. 経営分析」 inside an item's text is not)."""
        if not self.body_started or any(i.key == h.name for i in self.seg.items):
            return False
        # (docs24: a book's section 「第3節　経営状況の分析」 prints no number of the form: its item's in the form)
        return self.item is None or (item_number(h.number) if h.number else _form_number(h.name)) > self.item.number

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
        style = _part_style(h, ln)
        if self._other_style(style):
            return False  # an item keeps its style: among 「(1)…」 parts, 「【分析結果の活用】」 labels its text
        sub = Subsection(h.name, ln, subitem=self.subitem, style=style)
        self.item.subsections.append(sub)
        self.target = sub.blocks
        return True

    def _other_style(self, style: str) -> bool:
        """Whether a bare or bracketed label is in another style than the open item's first part (a numbered
        「(3) 公表方法」 is the form's own numbering, a part in any item)."""
        return style != "numbered" and self.item is not None and bool(self.item.subsections) \
            and self.item.subsections[0].style != style

    def _starts_unheaded_item(self, ln: Line) -> bool:
        """A 「(1) 現状と課題」 (or 「（現状と課題）」) where no item is open in the body, or a second one in the same
        item and sub-item: an item whose heading is missing (an image, a dropped line)."""
        h = classify_heading(ln.key)  # 「(1) 現状と課題」, or a bare 「（現状と課題）」
        if h is None or h.kind != Kind.SUBSECTION or h.name != "current_issues" or h.number not in ("1", None):
            return False
        if self.item is None:
            return self.body_started and self.state in (State.PART, State.POLICIES, State.PERIOD_POLICY)
        if self._other_style(_part_style(h, ln)):
            return False
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
_SUMMARY_ROW_LABELS = ("実施者名", "実施期間", "目標", "事業内容", "連絡先")
_SUMMARY_CELL_LINE = re.compile(r"に関する(?:こと|事)|に資する取組|経営発達支援事業の|〒|TEL|FAX|@|商工会"
                                r"|^[①-⑳・･○]|^\d{1,2}\.")


def _summary_goes_on(blocks: list[Block], i: int) -> bool:
    """Whether the line at i is inside the 概要's table. Convention (Word's text of a table whose cells
    hold several paragraphs): each cell's first paragraph stays on its row, the others become lines of
    their own — so the lines go on until a row opening with a later label of the 概要 (実施期間 … 連絡先)."""
    for b in blocks[i + 1:i + 40]:
        if isinstance(b, Table):
            first = next((c for c in b.rows[0] if c.strip()), "") if b.rows else ""
            return compact(first).startswith(_SUMMARY_ROW_LABELS)
        if (h := classify_heading(b.key)) is not None and h.kind in (Kind.SHEET, Kind.GOALS, Kind.GOAL_SUB):
            # 別表1 begins (an item's title in the 事業内容 cell does not end the 概要): the lines before its own
            # heading are the last cell's (its 連絡先); before a part of 1. (a 1.(1) left unheaded) they are 1.(1)'s
            return h.kind != Kind.GOAL_SUB
    # the file ends: a 概要 published on its own, when what is left reads as its cells' lines (an item's title, a
    # point, a contact) and not as a body whose headings were missed
    return i + 40 >= len(blocks) and all(_SUMMARY_CELL_LINE.search(b.key) for b in blocks[i:] if isinstance(b, Line))


def _form_number(key: str | None) -> int:
    """An item printed without a number has the number the form gives it."""
    from hattatsu.items import NUMBER

    return NUMBER.get(key or "", 0)


_ITEM_NUMBER = re.compile(r"^(?:(?:III|II|I)\.)?\d{1,2}(?:\.\d)?[.、]"  # on the key (docs24: or a book's section
                          r"|^第(?:\d{1,2}|[一二三四五六七八九十]{1,3})節(?:\d{1,2}[.、])?")  # 「第6節」, 「第6節8.」)
_PRINTED_NUMBER = re.compile(  # as printed (docs24: a book's section 「第1節」, the form's number after it or not,
    # outline._BOOK_RE)
    r"^第\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*節\s*(?:\d{1,2}\s*[.．、]\s*)?"
    r"|^(?:(?:III|II|I)\s*[.．]\s*)?(?:第\s*\d{1,2}\s*|[\d\s.．]+[.．、]\s*)")


def _cut_heading(ln: Line, nxt: Block | None) -> Line | None:
    """A heading a PDF copy cut inside a word: 「11. …情報交換に関す」 + 「ること」 as one line
    (convention: lines cut at the page width), when only the two together make an item title."""
    if not isinstance(nxt, Line) or len(nxt.key) > 30 or ln.key.endswith("。"):
        return None
    key, nxt_key = ln.key, nxt.key
    if key.startswith("【") and "】" not in key and nxt_key.endswith("】") and "【" not in nxt_key:
        key, nxt_key = key[1:], nxt_key[:-1]  # a heading in 【】 cut (docs19: l2's brackets in a PDF copy)
    tail = classify_heading(nxt_key)  # the cut-off end may read as an unnumbered title itself
    head_kind = classify_heading(key)  # a title cut short may read as a noun title 「11. …支援ノウハウ」
    if (head_kind is not None and not head_kind.nominal) or (
            tail is not None and (tail.kind, tail.number) != (Kind.ITEM, None)):
        return None  # two headings, or a heading and its text
    m = _ITEM_NUMBER.match(key)
    head = key[m.end() if m else 0:]
    title = item_title(head + nxt_key)  # numbered or not, tag or not
    if not UNNUMBERED_TITLE_END.search(title) or not is_item_title(title):
        return None
    # unnumbered, the first part must name the item itself: not the tail of a paragraph before a title
    if not m and classify_title(head) != classify_title(title):
        return None
    return Line(ln.text.rstrip() + nxt.text.strip(), ln.line, ln.page, ln.level)


def _part_style(h: Heading, ln: Line) -> str:
    """How an item's part heading is written: 「(1) 現状と課題」 numbered, 「（現状と課題）」 by its bracket
    (「(」「【」「〔」…), 「現状と課題」 bare."""
    if h.number is not None:
        return "numbered"
    return ln.key[0] if ln.key[:1] in "(【〔[<" else "bare"


def _heading_row_split(b: Block) -> list[Block]:
    """A table whose first row is an item's subsection heading, as a heading line and the table
    (convention: Word's tab text gives a heading with a tab in it — 「（目標）→（単位：件）」 — as a
    table row, alone or joined to the table below it)."""
    if not isinstance(b, Table) or not b.rows:
        return [b]
    cells = [c for c in b.rows[0] if c.strip()]
    head = Line(" ".join(cells), b.row_line(0), b.row_page(0))
    h = classify_heading(head.key) if 0 < len(cells) <= 2 else None
    if h is None or h.kind != Kind.SUBSECTION:
        return [b]
    if len(b.rows) == 1:
        return [head]
    return [head, b.take(range(1, len(b.rows)))]


def _form_table_lines(b: Block) -> list[Block]:
    """A table laying out 別表1's items as a form, as its lines (convention, j3: python-docx's 「one big table」 —
    each item's title a row of its own 「3.地域の経済動向調査に関すること」 merged across, then a row a part,
    「現状と課題 | 【現状】…」「事業内容 | ①…」): the title, each label and each cell's lines, in order. Only a
    table whose rows are all item titles or labelled parts, an item title among them (or, the table going on
    over a page, two labelled parts). A table nested in a part's cell, printed as rows of the big table under
    its label (its cells from the third column on, a PDF's), is kept as a table of its own."""
    if not isinstance(b, Table) or len(b.rows) < 2:
        return [b]
    titled, labelled = False, 0
    for row in b.rows:
        cells = [c for c in row if c.strip()]
        if not cells or not any(c.strip() for c in row[:2]):
            continue  # (a nested table's row)
        h = classify_heading(compact(cells[0].split("\n")[0]))
        if len(cells) == 1 and h is not None and h.kind == Kind.ITEM:
            titled = True
        elif h is None or h.kind not in (Kind.SUBSECTION, Kind.GOALS) or len(cells) > 2:
            return [b]
        else:
            labelled += 1
    if not titled and labelled < 2:
        return [b]
    out: list[Block] = []
    nested: list[int] = []

    def close() -> None:
        if nested:
            rows = [b.rows[i] for i in nested]
            lead = min(next(k for k, c in enumerate(r) if c.strip()) for r in rows)
            out.append(b.take(nested, [r[lead:] for r in rows]))
            nested.clear()

    for i, row in enumerate(b.rows):
        if not any(c.strip() for c in row):
            continue
        if not any(c.strip() for c in row[:2]):
            nested.append(i)
            continue
        close()
        out.extend(Line(part.strip(), b.row_line(i), b.row_page(i)) for cell in row if cell.strip()
                   for part in cell.split("\n") if part.strip())
    close()
    return out


def _title_text(ln: Line, title_key: str) -> str:
    """The title as printed (spaces kept), without its number and guideline tag."""
    text = ln.norm
    m = _PRINTED_NUMBER.match(text)
    return item_title(text[m.end():].strip()) if m else title_key


def segment(blocks: list[Block]) -> Segments:
    """Sections of a plan's blocks."""
    return _Segmenter().run(blocks)

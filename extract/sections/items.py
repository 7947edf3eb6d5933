"""One item of 別表1 from its segment: text parts, 目標 tables, activities, 活用."""

from __future__ import annotations

from hattatsu.model import Item, ItemActivity, Location
from hattatsu.narrative import Heading
from hattatsu.normalize import leading_circled

from ..blocks import Block, Line, Table, flatten
from ..segment import ItemSegment
from .narrative import build_narrative
from .targets import parse_targets
from .text import tidy


def parse_item(seg: ItemSegment) -> Item:
    def text_of(kind: str) -> list | None:
        parts: list = []
        for sub in seg.of_kind(kind):
            body = build_narrative(sub.blocks)
            if body and sub.subitem:  # the part of a subitem (【…】) under its heading
                loc = body[0].location
                parts.append(Heading(text=f"【{sub.subitem}】", location=loc))
            parts.extend(body)
        return parts or None

    targets = []
    for sub in seg.of_kind("targets"):
        targets.extend(parse_targets(sub.blocks, sub.subitem, sub.heading.text))
    activities: list[ItemActivity] = []
    for sub in seg.of_kind("activities"):
        activities.extend(_activities(sub.blocks, sub.heading.norm, sub.subitem))
    return Item(
        number=seg.number,
        part=seg.part if seg.part in ("I", "II", "III") else None,
        key=seg.key,
        title=seg.title,
        current_issues=text_of("current_issues"),
        policy=text_of("policy"),
        targets=targets,
        activities=activities,
        utilization=text_of("utilization"),
        location=Location(page=seg.heading.page, line=seg.heading.line, inferred=seg.inferred or None),
    )


def _cut_before(ln: Line, body: list[Block]) -> bool:
    """Convention (docs23, p1: a "PDF to Word" converter or a text copied from a PDF, a paragraph a printed line): a
    line that goes on with the sentence the line before was cut in — that line as long as this one (the page's width,
    give or take an indent), 20 characters or more and ending in no 「。」 — is no heading, though it opens with ①."""
    last = body[-1] if body else None
    if not isinstance(last, Line):
        return False
    a, b = last.norm.strip(" \u3000"), ln.norm.strip(" \u3000")
    return len(a) >= 20 and abs(len(a) - len(b)) <= 1 and not a.endswith(("。", ".", ":", "："))


def _activities(blocks: list[Block], heading: str, subitem: str | None) -> list[ItemActivity]:
    """事業内容 split at its ①②… headings; text before the first is an untitled activity.
    A table stays a table in its activity's text unless a heading is inside it."""
    out: list[ItemActivity] = []
    title: str | None = None
    body: list[Block] = []
    expected = 1

    def is_title(ln: Line) -> bool:
        t = ln.norm
        return leading_circled(t) == expected and len(t) <= 50 and not t.endswith("。") and not _cut_before(ln, body)

    def flush() -> None:
        text = build_narrative(body)
        if title or text:
            out.append(ItemActivity(title=title, text=text))

    for block in blocks:
        if isinstance(block, Table) and not any(is_title(ln) for ln in block.as_lines()):
            body.append(block)
            continue
        for ln in flatten([block]):
            if not is_title(ln):
                body.append(ln)
                continue
            flush()
            title, body, expected = tidy(ln.text), [], expected + 1
    flush()
    if "公表方法" in heading and out:
        out[0].title = out[0].title or heading
    if subitem:
        for a in out:
            a.title = f"{subitem} {a.title}" if a.title else subitem
    return out

"""Narrative fields as structure: an ordered list of blocks — heading, paragraph, list, table,
figure — each with its location, so that prose keeps its tables and lists from the source to
the generated form and into the next plan's draft.

Hand-written data may give a plain string: it is read as paragraphs (one per line), so simple
data stays simple. Whoever wants plain text (NLP, check, search) asks ``plain_text``.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field

from .location import Location, Strict


class Heading(Strict):
    """A sub-heading inside a narrative: 「①景況調査」, 「【みどり川町の概要】」, 「(ア) 対象」."""

    type: Literal["heading"] = "heading"
    label: str | None = None  # ①, (ア), 【…】 as printed; None when the heading has none
    text: str
    location: Location | None = None


class Paragraph(Strict):
    type: Literal["paragraph"] = "paragraph"
    text: str
    location: Location | None = None


class ListItem(Strict):
    """One entry of a list, with the entries nested under it."""

    text: str
    marker: str | None = None  # the entry's own marker when it differs from the list's (①, ②, …)
    items: list[ListItem] = []


class ListBlock(Strict):
    """Bullets or numbered points: 「・」「●」「①②③」「(1)(2)」「ア イ ウ」."""

    type: Literal["list"] = "list"
    marker: str | None = None  # the bullet as printed (・, ●, ※) or the kind of numbering (①, (1), ア)
    items: list[ListItem] = []
    location: Location | None = None


class Cell(Strict):
    text: str = ""
    colspan: int = Field(default=1, ge=1, le=200)
    rowspan: int = Field(default=1, ge=1, le=10_000)


def _cell(value: Any) -> Any:
    return {"text": value} if isinstance(value, str) else value


class TableBlock(Strict):
    """A table inside prose (経済センサスの表, an organisation chart drawn as a table). A merged
    cell is given once, with its span; the cells it covers are left out of the rows."""

    type: Literal["table"] = "table"
    rows: list[list[Annotated[Cell, BeforeValidator(_cell)]]] = []
    header_rows: int = Field(default=0, ge=0)
    location: Location | None = None

    def texts(self) -> list[list[str]]:
        return [[c.text for c in row] for row in self.rows]


class Figure(Strict):
    """A picture, chart or map: its caption and place are kept, not the image."""

    type: Literal["figure"] = "figure"
    caption: str | None = None
    location: Location | None = None


Block = Annotated[Heading | Paragraph | ListBlock | TableBlock | Figure, Field(discriminator="type")]


def from_text(text: str) -> list[dict[str, Any]]:
    """A plain string as paragraphs, one per non-empty line (how version-1 data and hand-written
    YAML give a narrative)."""
    return [{"type": "paragraph", "text": line.strip()} for line in text.split("\n") if line.strip()]


def _narrative(value: Any) -> Any:
    return from_text(value) if isinstance(value, str) else value


Narrative = Annotated[list[Block], BeforeValidator(_narrative)]


def _item_lines(item: ListItem, depth: int, marker: str | None) -> list[str]:
    lead = item.marker or (marker if marker and len(marker) == 1 and not marker.isalnum() else "")
    lines = ["  " * depth + (lead or "") + item.text]
    for child in item.items:
        lines.extend(_item_lines(child, depth + 1, None))
    return lines


def block_lines(block: Heading | Paragraph | ListBlock | TableBlock | Figure) -> list[str]:
    """A block as the lines a person would read: a heading with its label, list entries with
    their markers, table rows with cells separated by a tab, a figure as its caption."""
    if isinstance(block, Heading):
        return [f"{block.label or ''}{block.text}"]
    if isinstance(block, Paragraph):
        return [block.text]
    if isinstance(block, ListBlock):
        return [line for item in block.items for line in _item_lines(item, 0, block.marker)]
    if isinstance(block, TableBlock):
        return ["\t".join(row) for row in block.texts()]
    return [f"（図）{block.caption}" if block.caption else "（図）"]


def plain_text(value: list | str | None) -> str | None:
    """The one accessor for a narrative's text: blocks as lines, joined by newlines (a plain
    string is returned as it is; None stays None)."""
    if value is None or isinstance(value, str):
        return value
    lines = [line for block in value for line in block_lines(block)]
    return "\n".join(lines) if lines else None

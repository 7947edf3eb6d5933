"""Golden structure: the Kanazawa plan's 別表1 1.(1) and 別表2 (1) against the block lists
written by hand in tests/golden/structure/ (types, order, markers, nesting, table cells)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from hattatsu.extract import extract_file
from hattatsu.narrative import Heading, ListBlock, ListItem, Paragraph, TableBlock

GOLDEN = Path(__file__).parent / "golden" / "structure"


def _field(plan: Any, path: str) -> Any:
    for part in path.split("."):
        plan = getattr(plan, part)
    return plan


def _items_differ(want: list[Any], got: list[ListItem], where: str) -> list[str]:
    if len(want) != len(got):
        return [f"{where}: {len(got)} entries, expected {len(want)} ({[i.text[:10] for i in got]})"]
    out = []
    for k, (w, g) in enumerate(zip(want, got, strict=True)):
        w = w if isinstance(w, dict) else {"text": w}
        if not g.text.startswith(w["text"]):
            out.append(f"{where}[{k}]: {g.text[:20]!r} does not start with {w['text']!r}")
        out.extend(_items_differ(w.get("items", []), g.items, f"{where}[{k}].items"))
    return out


def _table_differs(want: dict[str, Any], got: TableBlock, where: str) -> list[str]:
    out = []
    if len(got.rows) != want["rows"] or got.header_rows != want["header_rows"]:
        out.append(f"{where}: {len(got.rows)} rows / {got.header_rows} header rows, "
                   f"expected {want['rows']} / {want['header_rows']}")
    covered: dict[int, int] = {}  # row → columns taken by cells merged down from above
    for r, row in enumerate(got.rows):
        width = sum(c.colspan for c in row) + covered.get(r, 0)
        if width != want["width"]:
            out.append(f"{where}.rows[{r}]: {width} columns, expected {want['width']}")
        for c in row:
            for below in range(r + 1, r + c.rowspan):
                covered[below] = covered.get(below, 0) + c.colspan
    for r, cells in want["cells"].items():
        have = [[c.text, c.colspan, c.rowspan] if c.colspan > 1 or c.rowspan > 1 else c.text
                for c in got.rows[r]] if r < len(got.rows) else None
        if have != cells:
            out.append(f"{where}.rows[{r}]: {have}, expected {cells}")
    return out


def structure_differences(want: list[dict[str, Any]], got: list[Any], where: str) -> list[str]:
    """One line per way the extracted blocks differ from the hand-written ones."""
    out = []
    types = [b.type for b in got]
    if types != [w["type"] for w in want]:
        out.append(f"{where}: block types {types}, expected {[w['type'] for w in want]}")
    for k, (w, g) in enumerate(zip(want, got, strict=False)):
        at = f"{where}[{k}]"
        if w["type"] != g.type:
            continue
        if "line" in w and (g.location is None or g.location.line != w["line"]):
            out.append(f"{at}: at line {g.location and g.location.line}, expected {w['line']}")
        if isinstance(g, Heading | Paragraph) and not g.text.startswith(w["text"]):
            out.append(f"{at}: {g.text[:20]!r} does not start with {w['text']!r}")
        if isinstance(g, Heading) and g.label != w.get("label"):
            out.append(f"{at}: label {g.label!r}, expected {w.get('label')!r}")
        if isinstance(g, ListBlock):
            if g.marker != w["marker"]:
                out.append(f"{at}: marker {g.marker!r}, expected {w['marker']!r}")
            out.extend(_items_differ(w["items"], g.items, f"{at}.items"))
        if isinstance(g, TableBlock):
            out.extend(_table_differs(w, g, at))
    return out


def _cases() -> list[tuple[Path, str]]:
    return [(p, f) for p in sorted(GOLDEN.glob("*.yaml"))
            for f in yaml.safe_load(p.read_text(encoding="utf-8"))["fields"]]


@pytest.fixture(scope="module")
def plans(shared_corpus) -> dict[str, Any]:
    out = {}
    for p in sorted(GOLDEN.glob("*.yaml")):
        source = yaml.safe_load(p.read_text(encoding="utf-8"))["source"]
        out[source] = next(d for d in extract_file(shared_corpus / source) if d.kind == "plan")
    return out


@pytest.mark.parametrize(("golden", "field"), _cases(), ids=lambda v: v.stem if isinstance(v, Path) else v)
def test_structure_matches_the_hand_written_blocks(golden, field, plans):
    data = yaml.safe_load(golden.read_text(encoding="utf-8"))
    got = _field(plans[data["source"]], field)
    diffs = structure_differences(data["fields"][field], got or [], field)
    assert not diffs, "\n".join(diffs)


def test_the_comparison_notices_a_changed_structure(plans):
    """The comparison fails when the blocks differ (a merged paragraph, a lost table cell)."""
    data = yaml.safe_load((GOLDEN / "kanazawa-cci_plan_R8-R12.yaml").read_text(encoding="utf-8"))
    got = list(plans[data["source"]].organization.structure)
    want = data["fields"]["organization.structure"]
    table = got[0].model_copy(deep=True)
    table.rows[2][1].text = "2名"
    assert structure_differences(want, [table, *got[1:]], "s")
    assert structure_differences(want, [Paragraph(text="事務局長 本所"), *got[1:]], "s")
    assert structure_differences(want, got[:1] + got[2:], "s")

"""Ruled tables from the edges PDFium read, with pdfplumber's table finder.

pdfplumber's own finder is the better tool here: it snaps and joins broken
rules, finds the cells their crossings enclose (merged cells included) and
groups touching cells into tables. It is run on our edges, so pdfminer's
layout work is never done. Settings are pdfplumber's defaults, which the
reference reader uses.
"""

from __future__ import annotations

from .pdf_pages import FoundTable

_SNAP = 3.0  # rules this close are one rule (pdfplumber's snap and join tolerances)
_MIN_LENGTH = 3.0  # shorter edges are not rules
_CROSS = 3.0  # a horizontal and a vertical rule this close cross


def ruled_tables(edges: list[dict]) -> list[FoundTable]:
    """The tables the rules of a page enclose, top to bottom, as rows of cell boxes."""
    if sum(e["orientation"] == "h" for e in edges) < 2 or sum(e["orientation"] == "v" for e in edges) < 2:
        return []  # a cell needs two rules each way
    from pdfplumber.table import (
        Table,
        cells_to_tables,
        edges_to_intersections,
        intersections_to_cells,
        merge_edges,
    )
    from pdfplumber.utils import filter_edges

    edges = filter_edges(edges, min_length=1)
    merged = filter_edges(merge_edges(edges, _SNAP, _SNAP, _SNAP, _SNAP), min_length=_MIN_LENGTH)
    cells = intersections_to_cells(edges_to_intersections(merged, _CROSS, _CROSS))
    found = []
    for group in cells_to_tables(cells):
        table = Table(None, group)  # type: ignore[arg-type]  # rows and bbox need no page
        rows = [list(row.cells) for row in table.rows]
        if rows:
            found.append(FoundTable(rows, table.bbox))
    return found

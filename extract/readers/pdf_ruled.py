"""Ruled tables from the edges PDFium read, with pdfplumber's table finder.

pdfplumber's own finder is the better tool here: it snaps and joins broken
rules, finds the cells their crossings enclose (merged cells included) and
groups touching cells into tables. It is run on our edges, so pdfminer's
layout work is never done. Settings are pdfplumber's defaults, which the
reference reader uses.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from .pdf_pages import FoundTable
from .pdf_settings import DEFAULT, PdfLayout


def ruled_tables(edges: list[dict], layout: PdfLayout = DEFAULT) -> list[FoundTable]:
    """The tables the rules of a page enclose, top to bottom, as rows of cell boxes."""
    if sum(e["orientation"] == "h" for e in edges) < 2 or sum(e["orientation"] == "v" for e in edges) < 2:
        return []  # a cell needs two rules each way
    if len(edges) > layout.max_table_rules:
        return []  # more rules than any table draws: a drawing, not searched (the search is quadratic)
    from pdfplumber.table import Table, cells_to_tables, edges_to_intersections, merge_edges
    from pdfplumber.utils import filter_edges

    edges = filter_edges(edges, min_length=1)
    merged = filter_edges(merge_edges(edges, *[layout.snap] * 4), min_length=layout.min_rule)
    cells = _cells(edges_to_intersections(merged, layout.cross, layout.cross))
    inner = _nested(cells)
    found = []
    groups = cells_to_tables([c for c in cells if c not in inner]) + (cells_to_tables(list(inner)) if inner else [])
    for group in groups:
        table = Table(None, group)  # type: ignore[arg-type]  # rows and bbox need no page
        rows = [list(row.cells) for row in table.rows]
        if rows:
            found.append(FoundTable(rows, table.bbox))
    return sorted(found, key=lambda t: (t.bbox[1], t.bbox[0])) if inner else found


def _cells(crossings: dict) -> list[tuple]:
    """pdfplumber's ``intersections_to_cells`` (the same cells, in the same order), with each
    crossing's rules and its neighbours looked up once instead of for every pair of crossings:
    from each crossing, the smallest rectangle of crossings joined by rules down and across."""
    sides = {p: ({(e["x0"], e["top"], e["x1"], e["bottom"]) for e in d["v"]},
                 {(e["x0"], e["top"], e["x1"], e["bottom"]) for e in d["h"]}) for p, d in crossings.items()}

    def joined(p1: tuple, p2: tuple) -> bool:
        return bool((p1[0] == p2[0] and sides[p1][0] & sides[p2][0])
                    or (p1[1] == p2[1] and sides[p1][1] & sides[p2][1]))

    points = sorted(crossings)
    by_x: dict[float, list[tuple]] = {}
    by_y: dict[float, list[tuple]] = {}
    for pt in points:  # sorted by x, then y: each list is in the order pdfplumber scans it
        by_x.setdefault(pt[0], []).append(pt)
        by_y.setdefault(pt[1], []).append(pt)
    cells = []
    for pt in points:
        below = [b for b in by_x[pt[0]] if b[1] > pt[1]]
        right = [r for r in by_y[pt[1]] if r[0] > pt[0]]
        cell = next(((pt[0], pt[1], r[0], b[1]) for b in below if joined(pt, b) for r in right
                     if joined(pt, r) and (r[0], b[1]) in crossings
                     and joined((r[0], b[1]), r) and joined((r[0], b[1]), b)), None)
        if cell:
            cells.append(cell)
    return cells


def _nested(cells: list[tuple], tol: float = 1.0) -> set[tuple]:
    """The cells that lie inside another cell: a table nested in a cell of another (convention, docs21 n4: a
    prefecture's Word template, each item one big table whose 【目標】 cell holds the 目標 tables; Word, and
    LibreOffice printing it, draw the nested table's rules up to the cell's own, so that pdfplumber would join
    the two tables' cells into one). Their own table, read apart from the cell holding them."""
    by_top = sorted(cells, key=lambda c: c[1])
    tops = [c[1] for c in by_top]
    inside: set[tuple] = set()
    for x0, top, x1, bottom in cells:
        for c in by_top[bisect_left(tops, top - tol):bisect_right(tops, bottom + tol)]:
            if (c != (x0, top, x1, bottom) and x0 - tol <= c[0] and c[2] <= x1 + tol and c[3] <= bottom + tol
                    and (c[2] - c[0]) * (c[3] - c[1]) < (x1 - x0) * (bottom - top)):
                inside.add(c)
    return inside

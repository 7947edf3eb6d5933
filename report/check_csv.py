"""Findings as CSV, one a row, UTF-8 with BOM so that Excel opens it as such. Columns, kinds,
severities and sections are named in Japanese as the form names them (the rule ID stays)."""

from __future__ import annotations

import csv
import io

from hattatsu.findings import CheckReport
from hattatsu.sections import SEVERITY_NAMES, kind_name, section_name

COLUMNS = ["ファイル", "種類", "ルール", "重要度", "箇所", "内容", "ページ", "行"]


def finding_rows(report: CheckReport) -> list[list]:
    """One row per finding (and per unreadable file), under COLUMNS; no page or line is None."""
    rows: list[list] = []
    for f in report.files:
        if f.error:
            rows.append([f.path, "", "unreadable", SEVERITY_NAMES["error"], "", f.error, None, None])
        for x in f.findings:
            loc = x.location
            rows.append([f.path, kind_name(f.kind), x.rule, SEVERITY_NAMES[x.severity],
                         section_name(x.section, f.item_numbers), x.message,
                         loc.page if loc and loc.page else None, loc.line if loc and loc.line else None])
    return rows


def render_csv(report: CheckReport) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(COLUMNS)
    w.writerows(["" if v is None else v for v in row] for row in finding_rows(report))
    return ("\ufeff" + buf.getvalue()).encode("utf-8")

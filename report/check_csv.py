"""Findings as CSV, one a row, UTF-8 with BOM so that Excel opens it as such."""

from __future__ import annotations

import csv
import io

from hattatsu.findings import CheckReport

COLUMNS = ["path", "kind", "rule", "severity", "section", "message", "page", "line"]


def render_csv(report: CheckReport) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(COLUMNS)
    for f in report.files:
        if f.error:
            w.writerow([f.path, "", "unreadable", "error", "", f.error, "", ""])
        for x in f.findings:
            loc = x.location
            w.writerow([f.path, f.kind, x.rule, x.severity, x.section, x.message,
                        loc.page if loc and loc.page else "", loc.line if loc and loc.line else ""])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")

"""Findings as CSV, one a row, UTF-8 with BOM so that Excel opens it as such. Columns, kinds,
severities and sections are named in Japanese as the form names them (the rule ID stays)."""

from __future__ import annotations

import csv
import io

from hattatsu.findings import CheckReport
from hattatsu.sections import kind_name, section_name

COLUMNS = ["ファイル", "種類", "ルール", "重要度", "箇所", "内容", "ページ", "行"]
SEVERITY_NAMES = {"error": "エラー", "warning": "警告", "info": "情報"}


def render_csv(report: CheckReport) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(COLUMNS)
    for f in report.files:
        if f.error:
            w.writerow([f.path, "", "unreadable", SEVERITY_NAMES["error"], "", f.error, "", ""])
        for x in f.findings:
            loc = x.location
            w.writerow([f.path, kind_name(f.kind), x.rule, SEVERITY_NAMES[x.severity],
                        section_name(x.section, f.item_numbers), x.message,
                        loc.page if loc and loc.page else "", loc.line if loc and loc.line else ""])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")

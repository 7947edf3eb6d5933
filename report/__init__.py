"""Pages for people: the committee report (targets and actuals by item and year) and the
`check` findings as text, CSV and HTML."""

from __future__ import annotations

from .check_csv import COLUMNS as FINDING_COLUMNS
from .check_csv import finding_rows, render_csv
from .check_html import render_html
from .check_text import render_text
from .committee import render_report

__all__ = ["FINDING_COLUMNS", "finding_rows", "render_csv", "render_html", "render_report", "render_text"]

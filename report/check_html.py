"""Findings as one self-contained HTML page (no scripts, fonts or styles from a network),
rendered from ``templates/check.html``."""

from __future__ import annotations

import datetime as dt

from hattatsu.findings import CheckReport
from hattatsu.sections import SEVERITY_NAMES, kind_name, section_name

from .check_text import where
from .pages import render_page


def render_html(report: CheckReport) -> str:
    return render_page("check.html", report=report, s=report.summary, today=dt.date.today().isoformat(),
                       kind_name=kind_name, section_name=section_name, where=where,
                       severity_label=SEVERITY_NAMES) + "\n"

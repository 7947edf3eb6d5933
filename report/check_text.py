"""Findings as text for a terminal: by file, then by section, errors first."""

from __future__ import annotations

from itertools import groupby

from hattatsu.findings import SEVERITY_ORDER, CheckReport, FileReport
from hattatsu.model import Location
from hattatsu.sections import SEVERITY_NAMES, kind_name, section_name


def where(location: Location | None) -> str:
    if location is None:
        return ""
    parts = ([f"p.{location.page}"] if location.page else []) + ([f"l.{location.line}"] if location.line else [])
    return " ".join(parts)


def _headline(f: FileReport) -> str:
    if f.error:
        return f"{f.path}: 読めません: {f.error}"
    if f.skipped:
        return f"{f.path}: 読み飛ばしました: {f.skipped}"
    counts = [f"{n} {SEVERITY_NAMES[s]}" for s in ("error", "warning", "info") if (n := f.count(s))]
    state = "OK" if f.ok else "NG"
    return f"{f.path} ({kind_name(f.kind)}) {state}" + (f": {', '.join(counts)}" if counts else "")


def render_text(report: CheckReport) -> str:
    lines: list[str] = []
    for f in report.files:
        lines.append(_headline(f))
        sections = {}
        for finding in f.findings:
            sections.setdefault(finding.section, []).append(finding)
        ordered = sorted(sections.items(), key=lambda kv: min(SEVERITY_ORDER[x.severity] for x in kv[1]))
        for section, findings in ordered:
            lines.append(f"  [{section_name(section, f.item_numbers)}]")
            for _, group in groupby(findings, key=lambda x: x.severity):
                for x in group:
                    loc = where(x.location)
                    at = f"{loc}  " if loc else ""
                    lines.append(f"    {SEVERITY_NAMES[x.severity]:<3} {x.rule:<30} {at}{x.message}")
    s = report.summary
    lines.append(f"{s.files} ファイル: エラー {s.errors}、警告 {s.warnings}、情報 {s.infos}、"
                 f"読めないファイル {s.unreadable}、読み飛ばし {s.skipped}")
    return "\n".join(lines) + "\n"

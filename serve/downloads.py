"""What the pages hand back: the data as JSON/YAML, the forms as Word or PDF, a drafted next
plan, and a batch's findings as CSV or Excel."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool

from hattatsu.errors import InputError
from hattatsu.findings import CheckReport, FileReport
from hattatsu.normalize import parse_fiscal_year
from hattatsu.serialize import dumps, parse_document, to_data

from . import pages
from .workspace import Entry, Workspace

MEDIA = {"json": "application/json", "yaml": "application/yaml; charset=utf-8",
         "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "pdf": "application/pdf", "csv": "text/csv; charset=utf-8",
         "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def attachment(name: str) -> dict[str, str]:
    """A download's file name, safe in the header whatever the document's name holds."""
    ascii_name = re.sub(r"[^A-Za-z0-9._-]", "_", name) or "download"
    return {"Content-Disposition": f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"}


def libreoffice_available() -> bool:
    from hattatsu.generate.libreoffice import soffice

    return bool(soffice())


def _stem(entry: Entry) -> str:
    return re.sub(r"\.[A-Za-z0-9]{1,5}$", "", entry.name) or "plan"


async def make(doc: dict[str, Any], entry: Entry, fmt: str, w: Workspace, n: int) -> tuple[bytes, str, str]:
    """(bytes, media type, file name) of the document in a format."""
    model = parse_document(doc, entry.name)
    stem = _stem(entry)
    if fmt == "json":
        return dumps(model, "json").encode(), MEDIA["json"], f"{stem}.json"
    if fmt == "yaml":
        if entry.origin == "draft" and n == 0 and w.documents(entry.id) == [doc]:
            body = w.source(entry.id)  # the draft's commented YAML, as draft wrote it
        else:
            body = dumps(model, "yaml").encode()
        return body, MEDIA["yaml"], f"{stem}.yaml"
    if fmt in ("docx", "pdf"):
        if model.kind != "plan":
            raise InputError(entry.name, "様式を作れるのは計画だけです（評価報告は JSON/YAML で書き出してください）")
        docx = await run_in_threadpool(_render_docx, model)
        if fmt == "docx":
            return docx, MEDIA["docx"], f"{stem}.docx"
        return await run_in_threadpool(_print_pdf, docx, stem), MEDIA["pdf"], f"{stem}.pdf"
    raise KeyError(fmt)


def _render_docx(plan) -> bytes:
    from hattatsu.generate import render_plan

    docx, _warnings = render_plan(plan)
    return docx


def _print_pdf(docx: bytes, stem: str) -> bytes:
    from hattatsu.generate.libreoffice import to_pdf

    with tempfile.TemporaryDirectory(prefix="hattatsu-serve-") as tmp:
        source = Path(tmp) / "plan.docx"
        source.write_bytes(docx)
        return to_pdf(source, Path(tmp) / "out").read_bytes()


def draft_into(w: Workspace, entry: Entry, doc: dict[str, Any], evaluations: list[dict[str, Any]],
               start: str) -> Entry:
    """The next five-year plan from this one as a new entry (its YAML with comments kept as its source)."""
    from hattatsu.draft import draft_plan, dump_commented

    plan = parse_document(doc, entry.name, kind="plan")
    if plan.kind != "plan":
        raise InputError(entry.name, "下書きは計画から作ります")
    fy = parse_fiscal_year(start)
    new, comments = draft_plan(plan, [parse_document(e, entry.name) for e in evaluations], fy)
    data = to_data(new)
    yaml_text = dump_commented(data, comments)
    created = w.add(f"{_stem(entry)}_draft_{fy}.yaml", yaml_text.encode("utf-8"), origin="draft")
    w.save_documents(created.id, [data])
    created.status, created.kinds = "done", ["plan"]
    w.save(created)
    return created


def batch_rows(w: Workspace, batch: str) -> list[dict[str, Any]]:
    rows = []
    for e in w.entries(batch):
        reports = [pages.findings(d, e.name) for d in w.documents(e.id)] if e.status == "done" else []
        rows.append({"entry": e, "reports": reports,
                     "errors": sum(1 for r in reports for f in r.findings if f.severity == "error"),
                     "warnings": sum(1 for r in reports for f in r.findings if f.severity == "warning")})
    return rows


def batch_findings(w: Workspace, batch: str, fmt: str) -> tuple[bytes, str]:
    files: list[FileReport] = []
    for row in batch_rows(w, batch):
        e = row["entry"]
        if e.status == "error":
            files.append(FileReport(path=e.name, ok=False, error=e.error))
        files.extend(r.model_copy(update={"path": e.name}) for r in row["reports"])
    report = CheckReport.of(files)
    if fmt == "csv":
        from hattatsu.report import render_csv

        return render_csv(report), MEDIA["csv"]
    from hattatsu.export.to_xlsx import workbook_bytes
    from hattatsu.report import FINDING_COLUMNS, finding_rows

    return workbook_bytes([("findings", FINDING_COLUMNS, finding_rows(report))]), MEDIA["xlsx"]

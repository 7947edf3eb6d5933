"""Checking many files: discovery, one file at a time, and a process pool for many."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from hattatsu.errors import InputError, NotAPlanError
from hattatsu.extract import ReadOptions, preload, read_documents
from hattatsu.findings import SEVERITY_ORDER, CheckReport, FileReport, Finding
from hattatsu.model import Evaluation, Plan
from hattatsu.parallel import run_all

from .config import Selection

DOCUMENT_SUFFIXES = {".txt", ".md", ".pdf", ".docx"}


def discover(paths: list[Path]) -> list[tuple[Path, bool]]:
    """(file, found in a folder): files named, and documents found under folders
    (recursively, in name order; hidden files and Word's ~$ lock files left out)."""
    out: list[tuple[Path, bool]] = []
    for p in paths:
        if p.is_dir():
            found = [f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in DOCUMENT_SUFFIXES
                     and not any(part.startswith((".", "~$")) for part in f.relative_to(p).parts)]
            out.extend((f, True) for f in sorted(found))
        else:
            out.append((p, False))
    return out


def check_document(doc: Plan | Evaluation, selection: Selection, path: str, plan: Plan | None = None) -> FileReport:
    """Findings of the selected rules; ``plan`` is what evaluation rules compare against."""
    findings: list[Finding] = []
    for r in selection.rules(doc.kind):
        findings.extend(r.run(doc, selection.severity.get(r.id), plan))
    findings.sort(key=lambda f: (SEVERITY_ORDER[f.severity], section_rank(doc, f.section)))
    numbered = doc if isinstance(doc, Plan) else plan
    numbers: dict[str, int] = {}
    for item in numbered.items if numbered else []:
        if item.key:
            numbers.setdefault(item.key, item.number)
    return FileReport(path=path, kind=doc.kind, ok=not any(f.severity == "error" for f in findings),
                      findings=findings, item_numbers=numbers)


def section_rank(doc: Plan | Evaluation, section: str) -> tuple[int, int]:
    """Sections in the order of the document."""
    order = ["summary", "goals", "period", "policies", "items", "organization", "funding", "partners"]
    head, _, key = section.partition(".")
    rank = order.index(head) if head in order else len(order)
    sub = 0
    if head == "items" and isinstance(doc, Plan):
        sub = next((i.number for i in doc.items if i.key == key), 99)
    return rank, sub


def check_file(path: Path, selection: Selection, read_options=None, found: bool = False,
               plan: Plan | None = None) -> list[FileReport]:
    """One report per document in the file, or one saying why it could not be read.
    A file found in a folder that is not a plan (a README, a cover letter) is skipped."""
    try:
        docs = read_documents(path, read_options)
    except NotAPlanError as e:
        if found:
            return [FileReport(path=str(path), ok=True, skipped=e.reason)]
        return [FileReport(path=str(path), ok=False, error=e.reason)]
    except InputError as e:
        return [FileReport(path=str(path), ok=False, error=e.reason)]
    except Exception as e:  # one file must not stop a batch: report it and go on
        return [FileReport(path=str(path), ok=False, error=f"読み込み中の内部エラー（{type(e).__name__}: {e}）")]
    own = next((d for d in docs if isinstance(d, Plan)), None)  # a report filed with its plan
    return [check_document(d, selection, str(path), plan or own) for d in docs]


def _check_one(args: tuple[Path, bool, Selection, object, Plan | None]) -> list[FileReport]:
    path, found, selection, read_options, plan = args
    return check_file(path, selection, read_options, found, plan)


def check_paths(paths: list[Path], selection: Selection, read_options=None, jobs: int | None = None,
                progress: bool | None = None, plan: Plan | None = None) -> CheckReport:
    """Check every file; several processes when jobs > 1 (default: one per core). No rule
    reads the people and organisations, so they are not looked for."""
    read_options = replace(read_options or ReadOptions(), entities=False)
    tasks = [(f, found, selection, read_options, plan) for f, found in discover(paths)]
    reports: list[FileReport] = []
    for r in run_all(_check_one, tasks, jobs, progress, "checking", lambda: preload(read_options)):
        reports.extend(r)
    return CheckReport.of(reports)

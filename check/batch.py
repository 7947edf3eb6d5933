"""Checking many files: discovery, one file at a time, and a process pool for many."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from hattatsu.errors import InputError, NotAPlanError, internal_error
from hattatsu.extract import ReadOptions, preload, read_documents
from hattatsu.findings import SEVERITY_ORDER, CheckReport, FileReport, Finding
from hattatsu.model import Evaluation, Plan
from hattatsu.parallel import run_all

from .config import Selection

DOCUMENT_SUFFIXES = {".txt", ".md", ".pdf", ".docx"}
# Folders that hold tools' and builds' copies, never a user's plans (a checkout's .venv, build/,
# hattatsu.egg-info/ …): not searched, like hidden folders.
SKIPPED_FOLDERS = {"build", "dist", "venv", "node_modules", "__pycache__", "site-packages"}


def _skipped_folder(name: str) -> bool:
    return name.startswith((".", "~$")) or name in SKIPPED_FOLDERS or name.endswith(".egg-info")


def discover(paths: list[Path]) -> list[tuple[Path, bool]]:
    """(file, found in a folder): files named, and documents found under folders
    (recursively, in name order, symbolic links to folders not followed; hidden files, Word's
    ~$ lock files, hidden and build folders left out). A folder that cannot be listed is
    returned as if named, so reading it reports why (never skipped in silence)."""
    out: list[tuple[Path, bool]] = []
    for p in paths:
        if p.is_dir():
            found = []
            unlisted: list[Path] = []

            def note(e: OSError, top: Path = p, into: list[Path] = unlisted) -> None:
                into.append(Path(e.filename or top))

            for folder, dirs, names in os.walk(p, onerror=note):
                dirs[:] = [d for d in dirs if not _skipped_folder(d)]
                found.extend(Path(folder, n) for n in names
                             if not n.startswith((".", "~$")) and Path(n).suffix.lower() in DOCUMENT_SUFFIXES)
            out.extend((f, True) for f in sorted(f for f in found if f.is_file()))
            out.extend((d, False) for d in sorted(unlisted))
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
        return [FileReport(path=str(path), ok=False, error=internal_error(e))]
    own = next((d for d in docs if isinstance(d, Plan)), None)  # a report filed with its plan
    try:
        return [check_document(d, selection, str(path), plan or own) for d in docs]
    except Exception as e:  # a rule that fails on one file: that file's error, the others go on
        return [FileReport(path=str(path), ok=False, error=internal_error(e))]


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

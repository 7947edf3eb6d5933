"""Reading many files into one dataset: the tables' rows, and what could not be read.

Files are found as `check` finds them (folders searched for plans; JSON/YAML when named)
and read in parallel like check's batch runner. A file that cannot be read is reported
and left out; the others make the dataset.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from pathlib import Path

from hattatsu.check import check_document, discover
from hattatsu.errors import InputError, NotAPlanError
from hattatsu.extract import DATA_SUFFIXES, ReadOptions, preload, read_documents
from hattatsu.model import Plan
from hattatsu.parallel import run_all

from .tables import TABLES, Rows, Table


@dataclass
class FileResult:
    """What one file gave: its documents' rows, or why it gave none."""

    path: str
    rows: Rows | None = None
    sha256s: list[str] = field(default_factory=list)  # content hashes of the documents' files
    error: str | None = None
    skipped: str | None = None  # found in a folder and not a plan (a README)


@dataclass
class Dataset:
    """The rows of every table, with the content hashes of the files they came from."""

    rows: Rows = field(default_factory=lambda: {name: [] for name in TABLES})
    sha256s: set[str] = field(default_factory=set)
    errors: list[str] = field(default_factory=list)  # one line per file left out
    notes: list[str] = field(default_factory=list)  # duplicates passed over
    ids: set[str] = field(default_factory=set)
    checked: bool = False  # check's findings were asked for: the findings table is written

    @property
    def documents(self) -> int:
        return len(self.rows["documents"])

    def tables(self) -> list[Table]:
        """The tables a file export writes (findings only when checked)."""
        return [t for t in TABLES.values() if t.name != "findings" or self.checked]

    def add(self, result: FileResult) -> None:
        """A file's rows; a document already read (the same file named twice) is kept once."""
        if result.error:
            self.errors.append(f"{result.path}: {result.error}")
            return
        if result.rows is None:
            return
        ids = [r[0] for r in result.rows["documents"]]
        new = {i for i in ids if i not in self.ids}
        if len(new) < len(ids):
            self.notes.append(f"{result.path}: 同じ内容の文書をすでに読み込んだので、重ねては入れません")
        for name, rows in result.rows.items():
            self.rows[name].extend(r for r in rows if r[0] in new)
        self.ids |= new
        self.sha256s.update(result.sha256s)


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_file(path: Path, found: bool = False, read_options=None, selection=None) -> FileResult:
    """The rows of one file's documents (with check's findings when ``selection`` is given).
    A document's key is its source's content hash (what extract recorded, so a plan and the
    JSON extract wrote from it are the same document); hand-written data is keyed by its own."""
    from .tables import rows_of

    try:
        docs = read_documents(path, read_options)
    except NotAPlanError as e:
        return FileResult(str(path), skipped=e.reason) if found else FileResult(str(path), error=e.reason)
    except InputError as e:
        return FileResult(str(path), error=e.reason)
    except Exception as e:  # one file must not stop a batch: report it and go on
        return FileResult(str(path), error=f"読み込み中の内部エラー（{type(e).__name__}: {e}）")
    own = next((d for d in docs if isinstance(d, Plan)), None)  # a report filed with its plan
    rows: Rows = {name: [] for name in TABLES}
    hashes = []
    for doc in docs:
        sha = doc.source.sha256 if doc.source and doc.source.sha256 else file_sha256(path)
        findings = check_document(doc, selection, str(path), own).findings if selection is not None else None
        for name, part in rows_of(doc, str(path), sha, findings).items():
            rows[name].extend(part)
        hashes.append(sha)
    return FileResult(str(path), rows=rows, sha256s=hashes)


def _read_one(args: tuple) -> FileResult:
    return read_file(*args)


def read_paths(paths: list[Path], read_options=None, jobs: int | None = None, selection=None,
               progress: bool | None = None) -> Dataset:
    """The dataset of every document under ``paths`` (several processes when jobs > 1).
    No table reads the people and organisations NLP finds, so they are not looked for."""
    read_options = replace(read_options or ReadOptions(), entities=False)
    files = discover(paths)
    tasks = [(f, found, read_options, selection) for f, found in files]
    needs_model = any(f.suffix.lower() not in DATA_SUFFIXES for f, _ in files)
    dataset = Dataset(checked=selection is not None)
    for result in run_all(_read_one, tasks, jobs, progress, "reading",
                          (lambda: preload(read_options)) if needs_model else None):
        dataset.add(result)
    return dataset

"""Workspaces: each browser gets its own folder under the data directory, holding the files it
uploaded and what was read from them. Nothing from the client names a path: workspaces and
entries are random ids checked against a strict pattern, and a file's own name is kept only as
a label."""

from __future__ import annotations

import json
import re
import secrets
import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from hattatsu.atomic import write_atomic

_ID = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


def new_id() -> str:
    return secrets.token_urlsafe(18)


def valid_id(value: str | None) -> bool:
    return bool(value) and bool(_ID.match(value))


def display_name(name: str | None) -> str:
    """A client's file name as a label only: the last path component, control characters out,
    at most 120 characters. Never used to build a path."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = "".join(ch for ch in base if ch.isprintable()).strip() or "無題"
    return base[:120]


@dataclass
class Entry:
    """One uploaded file and what was read from it."""

    id: str
    name: str  # the client's file name, a label
    status: str = "queued"  # queued | reading | done | error
    error: str | None = None
    kinds: list[str] = field(default_factory=list)  # plan / evaluation, one per document read
    format: str | None = None
    origin: str = "upload"  # upload | draft | batch
    batch: str | None = None
    created: float = field(default_factory=time.time)


class Workspace:
    """The files of one browser session."""

    def __init__(self, root: Path, ws_id: str) -> None:
        if not valid_id(ws_id):
            raise ValueError("invalid workspace id")
        self.id = ws_id
        self.dir = root / "workspaces" / ws_id

    def _entry_dir(self, entry_id: str) -> Path:
        if not valid_id(entry_id):
            raise KeyError(entry_id)
        return self.dir / "entries" / entry_id

    def add(self, name: str, data: bytes, origin: str = "upload", batch: str | None = None) -> Entry:
        entry = Entry(new_id(), display_name(name), origin=origin, batch=batch)
        d = self._entry_dir(entry.id)
        d.mkdir(parents=True)
        (d / "source.bin").write_bytes(data)
        self.save(entry)
        return entry

    def save(self, entry: Entry) -> None:
        write_atomic(self._entry_dir(entry.id) / "entry.json", json.dumps(asdict(entry), ensure_ascii=False))

    def get(self, entry_id: str) -> Entry:
        try:
            d = self._entry_dir(entry_id)
            return Entry(**json.loads((d / "entry.json").read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            raise KeyError(entry_id) from None

    def entries(self, batch: str | None = None) -> list[Entry]:
        root = self.dir / "entries"
        if not root.is_dir():
            return []
        out = []
        for d in root.iterdir():
            try:
                out.append(self.get(d.name))
            except KeyError:
                continue
        out = [e for e in out if batch is None or e.batch == batch]
        return sorted(out, key=lambda e: e.created)

    def source(self, entry_id: str) -> bytes:
        return (self._entry_dir(entry_id) / "source.bin").read_bytes()

    def documents(self, entry_id: str) -> list[dict[str, Any]]:
        path = self._entry_dir(entry_id) / "documents.json"
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else []

    def save_documents(self, entry_id: str, docs: list[dict[str, Any]]) -> None:
        write_atomic(self._entry_dir(entry_id) / "documents.json", json.dumps(docs, ensure_ascii=False))

    def delete(self, entry_id: str) -> None:
        shutil.rmtree(self._entry_dir(entry_id), ignore_errors=True)

    def delete_all(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)

"""Reading uploads off the request thread: a small pool of worker threads reads each file into
its documents, so the page stays responsive and shows progress while they are read."""

from __future__ import annotations

import io
import zipfile
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import PurePath

from hattatsu.errors import HattatsuError
from hattatsu.extract import DATA_SUFFIXES, ReadOptions, extract_bytes
from hattatsu.extract.readers import DEFAULT_MAX_PAGES, PdfAccess
from hattatsu.serialize import documents_from_text, to_data

from .workspace import Entry, Workspace, display_name

DOCUMENT_SUFFIXES = (".pdf", ".docx", ".txt", ".md", ".json", ".yaml", ".yml")


@dataclass(frozen=True)
class Limits:
    """What one upload may hold (an office server is shared: each limit keeps one user from
    filling its disk or memory)."""

    upload_bytes: int = 100 * 1024 * 1024  # one request
    file_bytes: int = 50 * 1024 * 1024  # one file, also inside a zip
    zip_members: int = 500
    zip_total_bytes: int = 300 * 1024 * 1024  # inflated size of all members of one zip
    max_pages: int = DEFAULT_MAX_PAGES


class UploadError(HattatsuError):
    """An upload refused as a whole (too large, not a usable archive)."""


def is_archive(data: bytes) -> bool:
    """A zip of plans, as opposed to a .docx (which is a zip holding word/document.xml)."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "word/document.xml" not in z.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def unpack(name: str, data: bytes, limits: Limits) -> list[tuple[str, bytes | None, str | None]]:
    """(label, bytes, or None and why) for each document in a zip. Names inside the zip are labels
    only (a member called ../../etc/passwd is stored under a random id like any other)."""
    out: list[tuple[str, bytes | None, str | None]] = []
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        raise UploadError(f"{display_name(name)}: ZIP として読めません") from None
    with z:
        members = [m for m in z.infolist() if not m.is_dir()]
        if len(members) > limits.zip_members:
            raise UploadError(f"{display_name(name)}: ファイルが {len(members)} 個あり、"
                              f"上限 {limits.zip_members} 個を超えています")
        total = 0
        for m in members:
            label = display_name(m.filename)
            if label.startswith((".", "~$")) or not label.lower().endswith(DOCUMENT_SUFFIXES):
                continue
            if m.file_size > limits.file_bytes:
                out.append((label, None, f"{m.file_size // 1_000_000} MB あり、"
                                         f"上限 {limits.file_bytes // 1_000_000} MB を超えています"))
                continue
            total += m.file_size
            if total > limits.zip_total_bytes:
                raise UploadError(f"{display_name(name)}: 展開後の大きさが"
                                  f"上限 {limits.zip_total_bytes // 1_000_000} MB を超えています")
            try:
                with z.open(m) as f:
                    content = f.read(limits.file_bytes + 1)  # the header may lie: never read past the limit
            except (zipfile.BadZipFile, OSError, ValueError, EOFError) as e:
                out.append((label, None, f"ZIP の中のファイルが壊れています（{type(e).__name__}）"))
                continue
            if len(content) > limits.file_bytes:
                out.append((label, None, f"上限 {limits.file_bytes // 1_000_000} MB を超えています"))
                continue
            out.append((label, content, None))
    return out


class Reader:
    """The worker pool that reads entries; one per server."""

    def __init__(self, workers: int = 2, limits: Limits | None = None, nlp: bool = True) -> None:
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="hattatsu-read")
        self.limits = limits or Limits()
        self.options = ReadOptions(nlp=nlp, pdf=PdfAccess(max_pages=self.limits.max_pages))

    def submit(self, ws: Workspace, entry: Entry) -> Future:
        return self.pool.submit(self.read, ws, entry)

    def read(self, ws: Workspace, entry: Entry) -> Entry:
        entry.status = "reading"
        ws.save(entry)
        try:
            data = ws.source(entry.id)
            docs = read_any(data, entry.name, self.options)
            entry.kinds = [d["kind"] for d in docs]
            entry.format = docs[0].get("source", {}).get("format") if docs else None
            ws.save_documents(entry.id, docs)
            entry.status, entry.error = "done", None
        except HattatsuError as e:
            entry.status, entry.error = "error", getattr(e, "reason", str(e))
        except Exception as e:  # a bad file never takes the server down: it is reported on the page
            entry.status = "error"
            entry.error = f"内部エラー（{type(e).__name__}）: 読めませんでした。このファイルを添えて報告してください"
        ws.save(entry)
        return entry

    def shutdown(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)


def read_any(data: bytes, name: str, options: ReadOptions) -> list[dict]:
    """The documents of an uploaded file as contract data: a plan or report in any format
    extract reads, or the JSON/YAML it wrote (loaded with the same limits as a file)."""
    if PurePath(name).suffix.lower() in DATA_SUFFIXES:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise UploadError(f"{name}: UTF-8 のテキストではありません") from None
        return [to_data(d) for d in documents_from_text(text, name)]
    return [to_data(d) for d in extract_bytes(data, name, options)]

"""Outputs built beside their target and renamed into place, so that an interrupted export
leaves the previous file (or folder) as it was. hattatsu.atomic writes bytes; these build
a file or a folder in place with a library (openpyxl, sqlite3, pyarrow) first."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path


def build_file(target: Path, build: Callable[[Path], None], *, start_from_target: bool = False) -> None:
    """``build`` writes a temporary file beside target (a copy of it when ``start_from_target``),
    which then replaces target; on any failure the temporary file goes and target stays."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = _beside(target, ".tmp")  # created by the library, with the permissions of any new file
    try:
        if start_from_target and target.exists():
            shutil.copyfile(target, tmp)
        build(tmp)
        _fsync(tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def build_folder(target: Path, build: Callable[[Path], None]) -> None:
    """``build`` fills a temporary folder beside target, which then takes target's place
    (an existing folder is moved aside first and removed once the new one is in)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = _beside(target, ".tmp")
    tmp.mkdir()
    old: Path | None = None
    try:
        build(tmp)
        for f in tmp.iterdir():
            _fsync(f)
        if target.exists() or target.is_symlink():
            old = _beside(target, ".old")
            os.replace(target, old)
        os.replace(tmp, target)
    except BaseException:
        if old is not None and not target.exists():
            os.replace(old, target)  # put the previous output back
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if old is not None:
        if old.is_dir() and not old.is_symlink():
            shutil.rmtree(old, ignore_errors=True)
        else:
            old.unlink(missing_ok=True)


def _beside(target: Path, suffix: str) -> Path:
    """A fresh hidden name in target's folder (same file system, so a rename is atomic)."""
    return target.with_name(f".{target.name}.{os.getpid()}.{uuid.uuid4().hex[:12]}{suffix}")


def _fsync(path: Path) -> None:
    with path.open("rb") as f:
        os.fsync(f.fileno())

"""CSV: one file per table in a folder, UTF-8 with BOM so that Excel opens it as such."""

from __future__ import annotations

import csv
from pathlib import Path

from .dataset import Dataset
from .output import build_folder

SUFFIXES = (".csv",)
INCREMENTAL = False
FORMULA_START = ("=", "+", "@", "\t", "\r")  # what a spreadsheet would run as a formula


def write(dataset: Dataset, path: Path) -> None:
    build_folder(path, lambda tmp: _save(dataset, tmp))


def _save(dataset: Dataset, folder: Path) -> None:
    for table in dataset.tables():
        with (folder / f"{table.name}.csv").open("w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f)
            w.writerow(table.names)
            w.writerows([_defuse(v) for v in row] for row in dataset.rows[table.name])


def _defuse(value):
    """A text that Excel would read as a formula gets a leading apostrophe (OWASP's advice)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value

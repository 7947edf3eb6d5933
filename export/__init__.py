"""`hattatsu export`: plans and evaluation reports as one dataset of tidy tables.

``tables`` defines the tables and builds their rows from the model; ``dataset`` reads
files into them; each ``to_<format>`` module writes one output format (its ``SUFFIXES``,
``INCREMENTAL`` and ``write``): a new format is one new module.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from types import ModuleType

from .dataset import Dataset, read_paths
from .tables import TABLES, Table


def formats() -> dict[str, ModuleType]:
    """Format name (the module's name after ``to_``) → writer module."""
    names = sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name.startswith("to_"))
    return {n[3:]: importlib.import_module(f"{__name__}.{n}") for n in names}


def format_of(path: Path) -> str | None:
    """The format an output's suffix names (.xlsx, .sqlite, .parquet, .csv …)."""
    suffix = path.suffix.lower()
    return next((name for name, mod in formats().items() if suffix in mod.SUFFIXES), None)


def prepare_output(path: Path, fmt: str, force: bool = False) -> None:
    """Refuse, before any reading, an output that would be overwritten without ``force``
    (FileExistsError) or a SQLite file that is no export to add to (InputError)."""
    writer = formats()[fmt]
    if writer.INCREMENTAL:
        if path.exists() and not force:
            writer.require_export(path)
    elif path.exists() and not force:
        raise FileExistsError(str(path))


def write_dataset(dataset: Dataset, path: Path, fmt: str, force: bool = False) -> None:
    """Write the dataset; an existing output is replaced only with ``force`` — except SQLite,
    which is added to (and rebuilt with ``force``)."""
    writer = formats()[fmt]
    if writer.INCREMENTAL:
        writer.write(dataset, path, replace_all=force)
        return
    if path.exists() and not force:
        raise FileExistsError(str(path))
    writer.write(dataset, path)


__all__ = ["TABLES", "Dataset", "Table", "format_of", "formats", "prepare_output", "read_paths", "write_dataset"]

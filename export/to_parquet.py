"""Parquet: one file per table in a folder (pyarrow, the ``[parquet]`` extra)."""

from __future__ import annotations

from pathlib import Path

from hattatsu.errors import InputError

from .dataset import Dataset
from .output import build_folder

SUFFIXES = (".parquet",)
INCREMENTAL = False


def write(dataset: Dataset, path: Path) -> None:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise InputError(str(path), "Parquet に書き出すには pyarrow が要ります: "
                                    "pip install 'hattatsu[parquet]'") from None
    build_folder(path, lambda tmp: _save(dataset, tmp))


def _save(dataset: Dataset, folder: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"text": pa.string(), "int": pa.int64(), "number": pa.float64()}
    for table in dataset.tables():
        rows = dataset.rows[table.name]
        schema = pa.schema([(name, types[kind]) for name, kind in table.columns])
        columns = [pa.array([r[i] for r in rows], type=types[kind]) for i, (_, kind) in enumerate(table.columns)]
        pq.write_table(pa.Table.from_arrays(columns, schema=schema), folder / f"{table.name}.parquet")

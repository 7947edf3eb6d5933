"""SQLite: one table each, typed columns, indexes on the keys; an existing export is added to.

Exporting into an existing file replaces the documents read from the same files (same
content hash) and adds the others; every other document stays. The work is done on a copy
that replaces the file at the end, so an interrupted export leaves the previous file as it was.
Child rows refer to ``documents`` with ON DELETE CASCADE: with ``PRAGMA foreign_keys = ON``,
deleting a document's row deletes its rows everywhere.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from hattatsu.errors import InputError

from .dataset import Dataset
from .output import build_file
from .tables import TABLES, Table

SUFFIXES = (".sqlite", ".sqlite3", ".db")
INCREMENTAL = True
SCHEMA_VERSION = 1  # PRAGMA user_version of a hattatsu export; bumped when a table changes shape
APPLICATION_ID = 0x48415454  # "HATT": PRAGMA application_id marks the file as a hattatsu export

SQL_TYPES = {"text": "TEXT", "int": "INTEGER", "number": "NUMERIC"}  # NUMERIC keeps 4 as 4 and 0.467 as 0.467


def write(dataset: Dataset, path: Path, *, replace_all: bool = False) -> None:
    """Into a new file, or added to the export at ``path`` (rebuilt when ``replace_all``)."""
    add = path.exists() and not replace_all
    if add:
        require_export(path)
    try:
        build_file(path, lambda tmp: _save(dataset, tmp, add), start_from_target=add)
    except sqlite3.DatabaseError as e:  # a damaged export, a full disk
        raise InputError(str(path), f"SQLite に書き込めません（{e}）。前のファイルはそのままです") from None


def require_export(path: Path) -> None:
    """An existing file is added to only when it is a hattatsu export of this version."""
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            app, version = (con.execute(f"PRAGMA {p}").fetchone()[0] for p in ("application_id", "user_version"))
        finally:
            con.close()
    except sqlite3.DatabaseError:
        raise InputError(str(path), "SQLite のファイルではありません"
                                    "（別の名前に書き出すか --force で作り直してください）") from None
    if app != APPLICATION_ID:
        raise InputError(str(path), "hattatsu export で作った SQLite ではありません"
                                    "（別の名前に書き出すか --force で作り直してください）")
    if version != SCHEMA_VERSION:
        raise InputError(str(path), f"表の形が違う版の hattatsu export です（版 {version}、いまは {SCHEMA_VERSION}）。"
                                    "--force で作り直してください")


def create_sql(table: Table) -> str:
    cols = []
    for name, kind in table.columns:
        if name == "document" and table.name == "documents":
            cols.append("document TEXT PRIMARY KEY")
        elif name == "document":
            cols.append("document TEXT NOT NULL REFERENCES documents(document) ON DELETE CASCADE")
        else:
            cols.append(f'"{name}" {SQL_TYPES[kind]}')
    return f"CREATE TABLE IF NOT EXISTS {table.name} ({', '.join(cols)})"


def _save(dataset: Dataset, tmp: Path, add: bool) -> None:
    con = sqlite3.connect(tmp, isolation_level=None)
    try:
        # the copy is thrown away on failure and synced before the rename: no journal needed
        con.execute("PRAGMA journal_mode = OFF")
        con.execute("PRAGMA synchronous = OFF")
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("BEGIN")
        if not add:
            con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        for table in TABLES.values():
            con.execute(create_sql(table))
        if add and dataset.sha256s:  # the documents of the files given are replaced
            hashes = sorted(dataset.sha256s)
            for i in range(0, len(hashes), 500):
                chunk = hashes[i:i + 500]
                con.execute(f"DELETE FROM documents WHERE sha256 IN ({','.join('?' * len(chunk))})", chunk)
        for table in TABLES.values():
            marks = ", ".join("?" * len(table.columns))
            con.executemany(f"INSERT INTO {table.name} VALUES ({marks})", dataset.rows[table.name])
        for table in TABLES.values():
            for key in table.keys:
                if not (key == "document" and table.name == "documents"):  # the primary key has its index
                    con.execute(f"CREATE INDEX IF NOT EXISTS {table.name}_{key} ON {table.name} ({key})")
        con.execute("COMMIT")
    finally:
        con.close()

"""Excel: one sheet per table, a header row with filters, the header frozen, numbers as numbers."""

from __future__ import annotations

import contextlib
from pathlib import Path

from hattatsu.normalize import display_width

from .dataset import Dataset
from .output import build_file

SUFFIXES = (".xlsx",)
INCREMENTAL = False

MAX_ROWS = 1_048_576  # one sheet's rows in Excel
MAX_CELL = 32_767  # characters one cell holds
MAX_WIDTH = 60  # column width cap (characters)


def write(dataset: Dataset, path: Path) -> None:
    too_long = [name for name, rows in dataset.rows.items() if len(rows) >= MAX_ROWS]
    if too_long:
        raise ValueError(f"{', '.join(too_long)} の行数が Excel の上限（{MAX_ROWS:,} 行）を超えます。"
                         "SQLite か Parquet に書き出してください")
    build_file(path, lambda tmp: _save(dataset, tmp))


def _save(dataset: Dataset, tmp: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)  # streams rows: memory stays flat for large exports
    try:
        _fill(wb, dataset, WriteOnlyCell, ILLEGAL_CHARACTERS_RE, get_column_letter)
        wb.save(tmp)
    except BaseException:
        _abandon(wb)
        raise


def _fill(wb, dataset: Dataset, cell_type, illegal, get_column_letter) -> None:
    for table in dataset.tables():
        _sheet(wb, table.name, table.names, dataset.rows[table.name], cell_type, illegal, get_column_letter)


def workbook_bytes(sheets: list[tuple[str, list[str], list]]) -> bytes:
    """(name, columns, rows) as an .xlsx in memory, laid out as the export lays out its tables."""
    import io

    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    for name, columns, rows in sheets:
        _sheet(wb, name, columns, rows, WriteOnlyCell, ILLEGAL_CHARACTERS_RE, get_column_letter)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _sheet(wb, name: str, columns: list[str], rows: list, cell_type, illegal, get_column_letter) -> None:
    """One sheet: a header row with filters, the header frozen, columns sized to their text."""
    ws = wb.create_sheet(name)
    widths = [_width(c) for c in columns]
    for row in rows[:500]:  # widths from the first rows: enough to size a column
        for i, v in enumerate(row):
            if isinstance(v, str):
                widths[i] = max(widths[i], _width(v))
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = min(w + 2, MAX_WIDTH)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(widths))}{len(rows) + 1}"
    ws.append(columns)
    for row in rows:
        ws.append([_cell(ws, v, cell_type, illegal) for v in row])


def _abandon(wb) -> None:
    """Close the sheets a failed export left open and remove openpyxl's temporary files."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        with contextlib.suppress(Exception):
            if not ws.closed:
                ws.close()
        with contextlib.suppress(Exception):
            if writer is not None:
                writer.cleanup()


def _cell(ws, value, cell_type, illegal):
    """Text as text: control characters dropped, cut to what a cell holds, and a leading '='
    kept as a character (never a formula)."""
    if not isinstance(value, str):
        return value
    text = illegal.sub("", value)[:MAX_CELL]
    if not text.startswith("="):
        return text
    cell = cell_type(ws, text)
    cell.data_type = "s"
    return cell


def _width(text: str) -> int:
    """Display width: full-width characters count two."""
    return display_width(text.split("\n", 1)[0][:MAX_WIDTH])

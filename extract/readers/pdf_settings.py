"""The tunables of PDF layout analysis, in one object a caller can change and the readers
validate (in the way pdfplumber's ``TableSettings.resolve`` does): unknown names and values of
the wrong type or out of range are refused with a message, never silently used."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from hattatsu.errors import HattatsuError


class LayoutSettingError(HattatsuError, ValueError):
    """A PDF layout setting that does not exist or has an unusable value."""


@dataclass(frozen=True)
class PdfLayout:
    """Distances are in ems of the text's size unless named in points; shares are of the page."""

    # running heads and feet
    band: float = 0.09  # share of the page height where running headers and footers sit
    # ruled tables (pdfplumber's finder on PDFium's rules)
    snap: float = 3.0  # points: rules this close are one rule (snap and join tolerances)
    min_rule: float = 3.0  # points: shorter edges are not rules
    cross: float = 3.0  # points: a horizontal and a vertical rule this close cross
    axis: float = 0.5  # points: a segment within this of level (or plumb) is a horizontal (vertical) rule
    cell_padding: float = 5.0  # points of padding inside a ruled cell
    # tables found from the alignment of their text
    piece_gap: float = 0.9  # a gap this wide splits a line into pieces (cells are padded on both sides)
    gutter: float = 0.8  # narrowest empty strip that separates two columns
    line_gap: float = 2.2  # lines further apart than this are not in one table
    row_step: float = 0.3  # a gap this much wider than the table's narrowest starts a new row
    column_padding: float = 5.0  # points of padding added around the text of a column
    full: float = 1.6  # text ending this short of its column's widest line filled it
    # bounds that keep hostile or drawing-heavy pages in time and memory
    max_rules: int = 5000  # rules read from one page: more is a drawing (a chart, a map)
    max_table_rules: int = 2000  # rules given to the table finder on one page
    max_objects: int = 200_000  # page objects looked at on one page (forms drawn within forms)
    max_depth: int = 8  # form XObjects nested deeper than this are not looked into

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            kind = int if f.type in ("int", int) else float
            if isinstance(value, bool) or not isinstance(value, (int, float)) or (kind is int and
                                                                                 not isinstance(value, int)):
                what = "整数" if kind is int else "数値"
                raise LayoutSettingError(f"PDF のレイアウト設定 {f.name} は{what}で指定してください（{value!r}）")
            if value < 0 or (f.name == "band" and value >= 0.5):
                raise LayoutSettingError(f"PDF のレイアウト設定 {f.name} の値 {value!r} は使えません")

    @classmethod
    def resolve(cls, settings: PdfLayout | dict[str, Any] | None = None) -> PdfLayout:
        """Settings from None (the defaults), an instance, or a dict of names to change."""
        if settings is None:
            return cls()
        if isinstance(settings, cls):
            return settings
        if not isinstance(settings, dict):
            raise LayoutSettingError("PDF のレイアウト設定は名前と値の対応で指定してください"
                                     f"（{type(settings).__name__}）")
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(settings) - known)
        if unknown:
            raise LayoutSettingError(f"PDF のレイアウト設定に {', '.join(unknown)} はありません"
                                     f"（使えるもの: {', '.join(sorted(known))}）")
        return cls(**settings)


DEFAULT = PdfLayout()

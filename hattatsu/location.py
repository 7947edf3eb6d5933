"""The base of every model class, and where a value sits in its source."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_serializer


class Strict(BaseModel):
    """Base: unknown keys are errors, so typos in hand-written YAML surface."""

    model_config = ConfigDict(extra="forbid")


class Location(Strict):
    """Where something sits in the source: 1-based page and line. What ``line`` counts depends
    on the source's format, named in ``source.line_unit``: the line of a text file, the line on
    the PDF page, or the position of the paragraph or table row in the Word body. ``inferred``
    is true when the extractor placed it by its content because its heading was missing."""

    page: int | None = Field(default=None, description="1 から数えるページ（PDF のみ）")
    line: int | None = Field(default=None, description=(
        "1 から数える位置: テキストはファイルの行、PDF はそのページの行、Word は本文の段落・表の行の順番"
        "（source.line_unit が file / page / body で示す）"))
    inferred: bool | None = None

    @model_serializer(mode="wrap")
    def _drop_unset(self, handler):
        data = handler(self)
        if data.get("inferred") is None:
            data.pop("inferred", None)
        return data

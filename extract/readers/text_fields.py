"""The text export of an online application form: its fields' names as the form's headings.

Convention (m2: an e-application system's 「テキスト出力」): each field a line 「name：value」 (the value
after the colon, or on the lines below), a field of 別表1 named by the path of the form's headings it
answers, joined by 「／」 — 「1.目標／(1)地域の現状及び課題：…」, 「3.地域の経済動向調査に関すること／(2)目標：」.
Each path's parts that the field before did not open are given as heading lines, then its value; an
item's record 「項目番号：3」 + 「項目名：地域の経済動向調査に関すること」 is the item's heading 「3.…」. The
fields repeated for each advisor 「法定経営指導員_1_氏名：…」 are their own names 「氏名：…」 (a field left blank
「広域経営指導員_氏名：」 no text). The system's section banners 「■■ 別表２　… ■■」
「-- Ⅰ．経営発達支援事業の内容 --」「=== … ===」 are their text.
CSV tables of the export 「"指標","単位","現行",…」 (every text cell quoted) are tab rows.
"""

from __future__ import annotations

import csv
import re

from hattatsu.normalize import compact

_BANNER = re.compile(r"^\s*(■■|◆◆|□□|={2,}|-{2,}|─{2,})\s*(\S.*?)\s*(?:■■|◆◆|□□|={2,}|-{2,}|─{2,})\s*$")
_FIRST_PART = re.compile(r"^\s*[0-9０-９]{1,2}\s*[.．]\s*\S")
_SUB_PART = re.compile(r"^\s*[(（][0-9０-９]{1,2}[)）]\s*\S")
_COLON = re.compile(r"[:：]")
_ITEM_NUMBER = re.compile(r"^\s*項目番号\s*[:：]\s*([0-9０-９]{1,2})\s*$")
_ITEM_NAME = re.compile(r"^\s*項目名\s*[:：]\s*(\S.*?)\s*$")
# a CSV row: its first cell quoted, a comma after it (「"会頭",1」「"(1)商談会出展支援",,,」)
_CSV_ROW = re.compile(r'^\s*"[^"]*"\s*,')


def banner_text(line: str) -> str | None:
    """「■■ 別表２　経営発達支援事業の実施体制 ■■」 → its text; None for any other line."""
    m = _BANNER.match(line) if "\t" not in line else None
    return m.group(2) if m and re.search(r"[^\s\-=─■◆□]", m.group(2)) else None  # (a rule 「------」 is none)


def csv_cells(line: str) -> list[str] | None:
    """The cells of a CSV row whose cells are quoted, or None."""
    if not _CSV_ROW.match(line) or line.count(",") < 1:
        return None
    try:
        row = next(csv.reader([line.strip()]))
    except (csv.Error, StopIteration):
        return None
    return row if len(row) >= 2 else None


# A field repeated for each of several (m2): 「法定経営指導員_1_氏名：…」「法定経営指導員_2_電話番号：…」 — the field's
# own name 「氏名：…」 after its group's; a field left blank 「広域経営指導員_氏名：」 is no text
_INDEXED_FIELD = re.compile(r"^\s*[^\s_:：]{1,20}_[0-9０-９]{1,2}_([^\s_:：]{1,20}\s*[:：].*)$")
_BLANK_FIELD = re.compile(r"^\s*[^\s_:：]{1,20}(?:_[^\s_:：]{1,20})+\s*[:：]\s*$")


class FieldPaths:
    """Reads a form export's field lines in order (the path of the field before is remembered)."""

    def __init__(self) -> None:
        self.path: list[str] = []  # keys of the parts the last field named
        self.item_number: str | None = None

    def lines(self, raw: str) -> list[str] | None:
        """The lines a field line stands for (new headings, then its value), or None for another line."""
        if m := _ITEM_NUMBER.match(raw):
            self.item_number = m.group(1)
            return []
        if self.item_number is not None and (m := _ITEM_NAME.match(raw)):
            heading = f"{self.item_number}.{m.group(1)}"
            self.item_number = None
            self.path = [compact(heading)]
            return [heading]
        self.item_number = None
        if m := _INDEXED_FIELD.match(raw):
            return [m.group(1)]
        if _BLANK_FIELD.match(raw):
            return []
        parts = raw.strip().split("／")
        if len(parts) < 2 or not _FIRST_PART.match(parts[0]) or not all(_SUB_PART.match(p) for p in parts[1:]):
            return None
        colon = _COLON.search(parts[-1])
        if colon is None or any(_COLON.search(p) for p in parts[:-1]):
            return None
        parts[-1], value = parts[-1][:colon.start()], parts[-1][colon.end():].strip()
        keys = [compact(p) for p in parts]
        same = 0
        while same < min(len(keys), len(self.path)) and keys[same] == self.path[same]:
            same += 1
        self.path = keys
        return [p.strip() for p in parts[same:]] + ([value] if value else [])

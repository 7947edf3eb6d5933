"""A plan typed into an online form system, as the system's text export gives it back (m2).

Convention: a form system (電子申請) exports each field as 「項目名：値」 on a line, the value running on over
the lines below when long. The field's name is its place in the form: the headings above it joined with
「／」 (「3.地域の経済動向調査に関すること／(1)現状と課題：当所では…」), a repeated group's fields named
「group_N_field」 (「法定経営指導員_1_氏名：守屋 佳奈子」 … 「法定経営指導員_2_電話番号：…」) or 「group_field」
(「(3)連絡先_商工会議所：…」), a heading's own field 「(1)実施体制：…」; an item's number and title as fields of
their own (「項目番号：3」「項目名：…」); the sheets under banners 「■■ 別表２ … ■■」 and the parts
「-- Ⅰ．経営発達支援事業の内容 --」. An export is known by its path fields (several lines of them); its
fields are then written as the plan they come from: each heading of a path once, where it first appears,
then the value on a line of its own (「3. 地域の…」 and 「3.地域の…」 one heading: white space aside); a repeated
group a table (its fields the header, an entry a row, as the form prints the 法定経営指導員); the banners their
titles.
"""

from __future__ import annotations

import re

from hattatsu.normalize import compact

# 「3.…に関すること／(1)現状と課題：value」: two or more names joined with 「／」, a colon, the value (maybe none)
_PATH_FIELD = re.compile(r"^([^：／\t]{1,60}(?:／[^：／\t]{1,60})+)：(.*)$")
# 「■■ 別表２ … ■■」「-- Ⅰ．… --」「◆◆ … ◆◆」「=== 出力終了 ===」: a title between marks (a word in it: a rule of
# marks alone, 「------<tab>--」, is none)
_BANNER = re.compile(r"^\s*(?:■■|◆◆|--|──|={2,})\s*([^\t]*?[\w\u3040-\u30ff\u4e00-\u9fff][^\t]*?)\s*"
                     r"(?:■■|◆◆|--|──|={2,})\s*$")
_ITEM_NUMBER = re.compile(r"^\s*項目番号\s*：\s*(\d{1,2})\s*$")
_ITEM_NAME = re.compile(r"^\s*項目名\s*：\s*(.+?)\s*$")
# 「法定経営指導員_1_氏名：…」: a repeated group's field; 「(3)連絡先_商工会議所：…」: a group's field
_GROUP_FIELD = re.compile(r"^([^_：\t\s]{1,30})_(?:(\d{1,2})_)?([^_：\t\s]{1,20})：(.*)$")
# a field named by a numbered heading of the form, 「(1)実施体制：…」「2.実施期間：…」
_HEADING_FIELD = re.compile(r"^((?:[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．])[^：\t。]{2,40})：(.+)$")
_MIN_PATH_FIELDS = 3  # path fields that make a file a form export


_NUMBERED_NAME = re.compile(r"^\s*(?:[0-9０-９]{1,2}\s*[.．]|[(（][0-9０-９]{1,2}[)）])")


def is_form_export(lines: list[str]) -> bool:
    """Several path fields, most of them named from a numbered heading of the form (「3.…／(1)…：」)."""
    paths = [m.group(1) for ln in lines if (m := _PATH_FIELD.match(ln))]
    return len(paths) >= _MIN_PATH_FIELDS and 2 * sum(bool(_NUMBERED_NAME.match(p)) for p in paths) > len(paths)


def form_fields(rows: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The (line index, text) rows of a form export written as the plan (see the module); others as they are."""
    if not is_form_export([t for _, t in rows]):
        return rows
    out: list[tuple[int, str]] = []
    path: list[str] = []
    group: list[tuple[int, str, str, str]] = []  # (index, entry number, field, value) of a repeated group
    group_name = ""
    for k, (i, text) in enumerate(rows):
        m = _GROUP_FIELD.match(text)
        if m and m.group(2):
            if group and m.group(1) != group_name:
                out.extend(_group_table(group))
                group = []
            group_name = m.group(1)
            group.append((i, m.group(2), m.group(3), m.group(4).strip()))
            continue
        if group:
            out.extend(_group_table(group))
            group = []
        if b := _BANNER.match(text):
            out.append((i, b.group(1)))
            path = []
            continue
        if _ITEM_NUMBER.match(text) and k + 1 < len(rows) and _ITEM_NAME.match(rows[k + 1][1]):
            continue  # the number goes with the name on the next line
        if (t := _ITEM_NAME.match(text)) and k and (n := _ITEM_NUMBER.match(rows[k - 1][1])):
            path = [f"{n.group(1)}.{t.group(1)}"]
            out.append((i, path[0]))
            continue
        if p := _PATH_FIELD.match(text):
            names = [s.strip() for s in p.group(1).split("／")]
            same = 0
            while same < min(len(path), len(names)) and compact(path[same]) == compact(names[same]):
                same += 1
            out.extend((i, name) for name in names[same:])
            path = names
            if p.group(2).strip():
                out.append((i, p.group(2).strip()))
            continue
        if m:  # 「(3)連絡先_商工会議所：…」: the group a heading (once), the field and its value a line (an empty
            # field, 「広域経営指導員_氏名：」 when there is none, is nothing)
            if m.group(4).strip():
                if not path or path[-1] != m.group(1):
                    out.append((i, m.group(1)))
                    path = [m.group(1)]
                out.append((i, f"{m.group(3)}：{m.group(4).strip()}"))
            continue
        if h := _HEADING_FIELD.match(text):
            out.extend([(i, h.group(1)), (i, h.group(2).strip())])
            continue
        out.append((i, text))
    if group:
        out.extend(_group_table(group))
    return out


def _group_table(group: list[tuple[int, str, str, str]]) -> list[tuple[int, str]]:
    """A repeated group's fields as a table: the fields the header, an entry a row (at its first field's line)."""
    fields = list(dict.fromkeys(f for _, _, f, _ in group))
    entries: dict[str, dict[str, str]] = {}
    where: dict[str, int] = {}
    for i, n, f, v in group:
        entries.setdefault(n, {})[f] = v
        where.setdefault(n, i)
    if not any(v for e in entries.values() for v in e.values()):
        return []  # a group left empty (no 広域経営指導員)
    rows = [(group[0][0], "\t".join(fields))]
    rows += [(where[n], "\t".join(e.get(f, "") for f in fields)) for n, e in entries.items() if any(e.values())]
    return rows

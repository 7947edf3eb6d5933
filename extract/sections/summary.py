"""経営発達支援計画の概要: implementers and codes, period, objectives, activities, contacts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from hattatsu.items import NUMBER
from hattatsu.model import Activity, Implementer, Location, PeriodRange, Summary
from hattatsu.normalize import compact, era_year, find_period, label_pattern, nfkc

from ..blocks import Block, Line, block_rows, first_location
from ..item_keys import classify_title
from ..outline import PART_TITLES
from ..segment import Segments
from .contacts import parse_contact, split_inline_contacts
from .narrative import inline_narrative
from .numbered import split_run

_LABELS = {"実施者名": "implementers", "実施期間": "period", "目標": "objectives",
           "事業内容": "activities", "連絡先": "contacts",
           # convention (published 概要): the 目標 row labelled with the form's full name
           "経営発達支援事業の目標": "objectives"}
# 法人番号 and 地方公共団体コード as plans write them (after NFKC): in brackets after the name or
# just after it, with or without a colon, with a note such as （13桁）, digits in groups. Names are
# bounded (40 characters) so that a long cell without spaces is read in linear time.
# Conventions of published 概要 (PDF copies): the label alone in brackets, its number after them
# (「○○商工会（法人番号）1234…」); the closing bracket lost and the next name run on after the digits
# (「（法人番号 1234…○○市（地方公共団体コード …」), so a name never starts with a digit.
# (a form system's field numbered for its implementer, 「法人番号（1）：…」 under 「実施者名（1）：…」, m2)
_NUMBER_SEP = r"\s*(?:\(\d{0,2}桁\)|\([^()\d]{0,8}\)|\(\d\))?\s*\)?\s*[:=]?\s*"
_NAME = r"([^\s(),、:/\d][^\s(),、:/]{0,39}?)\s*\(?\s*"
_CORP_DIGITS, _GOV_DIGITS = r"(\d(?:[\s\-‐]?\d){12})", r"(\d(?:[\s\-‐]?\d){5})"
_CORP = re.compile(_NAME + r"法人番号" + _NUMBER_SEP + _CORP_DIGITS + r"(?!\d)")
_GOV = re.compile(_NAME + r"(?:地方公共)?団体コード" + _NUMBER_SEP + _GOV_DIGITS + r"(?!\d)")
# the number alone in brackets after the name, when the label cell says 「実施者名（法人番号）」
_CORP_BARE = re.compile(r"([^\s(),、:・]{1,40}?(?:商工会議所|商工会))\s*\(\s*" + _CORP_DIGITS + r"\s*\)")
_GOV_BARE = re.compile(r"([^\s(),、:・]{1,40}?[都道府県市町村区])\s*\(\s*" + _GOV_DIGITS + r"\s*\)")
# implementers named without a number (older 概要 sheets): 商工会議所 and 商工会 (several in a
# joint plan), and a 市町村 written as a word of its own, of three characters or more (「中村」 is a
# surname)
# (o3: the implementers on one line set apart with 「／」, 「…商工会議所（法人番号 …）／…市（地方公共団体コード －）」)
_BODY = re.compile(r"[^\s(),、:・/]{1,40}?(?:商工会議所|商工会)(?!議所)")
_TOWN = re.compile(r"(?<![^\s(),、:・/])[^\s(),、:・/\d]{2,40}?[市町村](?![^\s(),、:・/])")
# A 実施者名 cell names a few bodies (a joint plan: some 商工会 and their 市町村, well under this);
# reading no further bounds the time a hostile cell can take.
_IMPLEMENTERS_MAX = 4000
_ACTIVITY = re.compile(r"(?<![\d.])(\d{1,2})\s*[.．]\s*(?=[^\s\d][^。]*?に関する(?:こと|事))")
# Convention (published 概要): items numbered without a dot, 「1 地域の経済動向調査に関すること」 — the
# number a word of its own, the title after it one word up to 「…に関すること」. Read only in a cell
# where no item has a dot, so a count in prose (「4 回」) is never taken for an item.
_ACTIVITY_BARE = re.compile(r"(?<![^\s)）])(\d{1,2})\s+(?=[^\s\d()（）、。]{2,40}?に関する(?:こと|事))")
# Convention (older published 概要): items without a number, each title in angle brackets,
# 「<地域の経済動向調査に関すること>【指針③】」; each then has the number the form gives its item.
_ACTIVITY_ANGLE = re.compile(r"[<〈]()(?=[^<>〈〉]{2,40}?に関する(?:こと|事)\s*[>〉])")
# Convention (published 概要): the 事業内容 under 「Ⅰ.経営発達支援事業の内容」, then 「Ⅱ.地域経済の活性化に
# 資する取組」 (or Ⅲ) with prose of its own: a part heading ends the item before it.
_LATER_PART = re.compile(rf"(?<![A-Za-z])(?:III|II)\s*[.、]?\s*(?=(?:{'|'.join(PART_TITLES[1:])}))")


def parse_summary(seg: Segments) -> Summary | None:
    if seg.summary is None:
        return None
    pieces = _centred_labels(_fields(seg.summary.blocks))
    fields = {name: "\n".join(p.text for p in ps).strip() for name, ps in pieces.items()}
    page, line = first_location(seg.summary.with_heading())
    start, end = _period(fields.get("period", ""))
    contacts_text = fields.get("contacts", "")
    return Summary(
        implementers=implementers(fields.get("implementers", "")),
        period=PeriodRange(start=start, end=end) if start and end else None,
        objectives=_objectives(fields.get("objectives", "")),
        activities=_activities(pieces.get("activities", [])),
        contacts=[parse_contact(c) for c in split_inline_contacts(contacts_text)] if contacts_text else [],
        location=Location(page=page, line=line),
    )


@dataclass
class _Piece:
    """A field's text from one row or line of the 概要, and where it was."""

    text: str
    page: int | None
    line: int | None


_CODE_LABEL = re.compile(label_pattern("(法人番号|地方公共団体コード|団体コード)"))
_LABEL_NOTE = re.compile(r"^\([^()]{1,20}\)$")  # a label's note in brackets: 「（法人番号）」
_CODE_AFTER_LABEL = re.compile(r"[:：]?[0-9０-９\-‐－]*")  # (compact: the number after its label, or none)


def _fields(blocks: list[Block]) -> dict[str, list[_Piece]]:
    """Label → value of the 概要 sheet (its pieces, row by row or line by line), from its table or
    from labelled lines."""
    out: dict[str, list[_Piece]] = {}
    current = None
    for b, row, line, page in block_rows(blocks):
        cells = [c for c in row if c.strip()]
        if not cells:
            continue
        name = _label(cells[0])
        if name:
            rest = cells[1:] if len(cells) > 1 else [_after_label(cells[0])]
            piece = _Piece("\n".join(c for c in rest if c), page, line)
            # the same field labelled again goes on (「経営発達支援事業の目標」 in the 目標 cell, 「目 標」 centred)
            out[name] = [*out[name], piece] if name == current else [piece]
            current = name
        elif current == "implementers" and (code := _CODE_LABEL.match(key := compact(cells[0]))) and \
                _CODE_AFTER_LABEL.fullmatch(key[code.end():]):
            # convention (i4: older 概要 sheets): the number on a row of its own 「法人番号 | 6460…」 under the
            # name (or the label on a line of its own, the number on the next; docs20: the row flattened to a line,
            # 「【法人番号】 4400…」), the label as it is written
            rest = key[code.end():].lstrip(":：")
            out[current].append(_Piece(f"{code.group(1)} {' '.join([rest, *cells[1:]])}".strip(), page, line))
        elif current and (isinstance(b, Line) or not row[0].strip() or len(cells) == 1):
            # a line, or a row whose label cell is empty (a text table's value going on below its label), or a
            # row of one cell (a sheet's line of the value, kept in the table between its rows)
            out[current].append(_Piece("\n".join(cells), page, line))
        elif current and len(cells) > 1 and _LABEL_NOTE.match(nfkc(cells[0]).strip()):
            # convention (Word's text of a label cell of two lines, 「実施者名」 / 「（法人番号）」): the label's
            # first line stands alone, its note opens the row of the value
            out[current].append(_Piece("\n".join(cells[1:]), page, line))
    return out


# Convention (the published 概要 copied from a PDF as lines): a label cell centred on its value lands in
# the middle of the value's lines, so the lines above it were read into the field before. They are
# given back by what they say: after 実施期間's dates, the lines belong to 目標; in 目標, from the line
# opening the 事業内容 (「Ⅰ.経営発達支援事業の内容」, an item 「3. …に関すること」) on; at the end of 事業内容,
# the lines that are contacts (〒, TEL, e-mail).
_OPENS_ACTIVITIES = re.compile(r"^(?:(?:I|Ⅰ)\s*[.、]?\s*)?経営発達支援事業の内容"
                               r"|^(?:\d{1,2}\s*[.]?\s*|[<〈])(\S{2,40}?に関する(?:こと|事))")
_CONTACT_LINE = re.compile(r"〒\s*\d{3}|TEL|電話|[\w.+-]+@[\w-]+\.")


def _centred_labels(pieces: dict[str, list[_Piece]]) -> dict[str, list[_Piece]]:
    def give(src: str, dst: str, cut: int, front: bool = True) -> None:
        moved, pieces[src] = pieces[src][cut:], pieces[src][:cut]
        pieces[dst] = moved + pieces[dst] if front else pieces[dst] + moved

    if len(pieces.get("period", [])) > 1 and "objectives" in pieces:
        dated = next((i + 1 for i in range(len(pieces["period"]))
                      if all(_period("\n".join(p.text for p in pieces["period"][:i + 1])))), None)
        if dated:
            give("period", "objectives", dated)
    if "objectives" in pieces and "activities" in pieces:
        at = next((i for i, p in enumerate(pieces["objectives"]) if _opens_activities(p.text)), None)
        if at is not None:
            give("objectives", "activities", at)
    if "activities" in pieces and "contacts" in pieces:
        acts = pieces["activities"]
        at = len(acts)
        while at > 1 and _CONTACT_LINE.search(nfkc(acts[at - 1].text)):
            at -= 1
        if at < len(acts):
            give("activities", "contacts", at)
    return pieces


def _opens_activities(text: str) -> bool:
    m = _OPENS_ACTIVITIES.match(nfkc(text).strip())
    return bool(m) and (m.group(1) is None or classify_title(m.group(1)) is not None)


def _label(cell: str) -> str | None:
    """The field a cell labels: the label alone (a short cell), followed by a colon, or followed by
    white space and its value (the 概要 table flattened into lines: 「実施者名 ○○商工会（…）」)."""
    k, s = compact(cell), nfkc(cell).strip()
    for label, name in _LABELS.items():
        m = _LABEL_RES[label].match(s)
        if m and (len(k) <= len(label) + 8 or s[m.end():m.end() + 1] in ":：" or s[m.end():m.end() + 1].isspace()):
            return name
    return None


# A label as the 概要 writes it before its value on the same line (its table flattened): its letters
# spaced out (「目 標」, two letters the line-joining of the reader leaves apart), and 実施者名 with its
# note in brackets (convention: published 概要, 「実施者名（法人番号）」; a form system's 「実施期間（開始）：…」
# 「実施期間（終了）：…」, m2).
# A mark may head the label (convention: a 概要 written as text, 「■実施者名」「◆目標」), or the label stand in
# lenticular brackets (f1: 「【実施者名（法人番号）】」「【目標】」).
_LABEL_RES = {label: re.compile("^" + label_pattern(r"\s*".join(map(re.escape, label))
                                                   + (r"(?:\s*\([^()]{1,12}\))?" if label in ("実施者名", "実施期間")
                                                      else "")))
              for label in _LABELS}


def _after_label(cell: str) -> str:
    s = nfkc(cell).strip()
    for label in _LABELS:
        if m := _LABEL_RES[label].match(s):
            return s[m.end():].lstrip(" :：")
    return s


def implementers(text: str) -> list[Implementer]:
    """実施者名: 商工会(議所) with 法人番号, 市町村 with 地方公共団体コード (labelled, or bare in
    brackets); those named without a number (older forms, where the 商工会(議所) was the only
    implementer)."""
    s = nfkc(text[:_IMPLEMENTERS_MAX])
    found: list[tuple[int, Implementer]] = []
    for m in list(_CORP.finditer(s)) or _CORP_BARE.finditer(s):
        name = m.group(1).strip()
        found.append((m.start(), Implementer(name=name, type=_body_type(name) or "municipality",
                                             corporate_number=re.sub(r"\D", "", m.group(2)))))
    for m in list(_GOV.finditer(s)) or _GOV_BARE.finditer(s):
        found.append((m.start(), Implementer(name=m.group(1).strip(), type="municipality",
                                             local_gov_code=re.sub(r"\D", "", m.group(2)))))
    if not any(imp.type != "municipality" for _, imp in found):
        found.extend((m.start(), Implementer(name=m.group(0), type=_body_type(m.group(0))))
                     for m in _BODY.finditer(s))
    if not any(imp.type == "municipality" for _, imp in found):
        found.extend((m.start(), Implementer(name=m.group(0), type="municipality")) for m in _TOWN.finditer(s))
    return [imp for _, imp in sorted(found, key=lambda p: p[0])]


def _body_type(name: str) -> str | None:
    return "chamber" if "商工会議所" in name else "society" if "商工会" in name else None


# Convention (published 概要): the 目標 cell opens with the form's name for it, 「経営発達支援事業の目標」
_OBJECTIVES_HEAD = re.compile(r"^\s*経営発達支援(?:事業|計画)の目標\s*[:：]?\s*")


# Convention (published 概要, PDF copies): 実施期間 with 年 and 月 lost, 「令和 2 4 1 日~令和 7 3 31」: an era
# year and two numbers a space apart, read only in this cell and only when both dates are valid.
_DATE_WITHOUT_UNITS = re.compile(r"(令和|平成)\s*(\d{1,2}|元)\s+(\d{1,2})\s+(\d{1,2})(?!\d)")


def _period(text: str) -> tuple[date | None, date | None]:
    start, end = find_period(text)
    return (start, end) if start and end else _period_without_units(text)


def _period_without_units(text: str) -> tuple[date | None, date | None]:
    found = []
    for m in _DATE_WITHOUT_UNITS.finditer(nfkc(text)):
        try:
            found.append(date(era_year(m.group(1), m.group(2)), int(m.group(3)), int(m.group(4))))
        except ValueError:
            return None, None
    return (found[0], found[1]) if len(found) == 2 and found[0] < found[1] else (None, None)


def _objectives(text: str) -> list[str]:
    if head := _OBJECTIVES_HEAD.match(nfkc(text)):  # its characters one to one in NFKC (⽀ for 支)
        text = text[head.end():]
    return split_run(text)  # every objectives convention, read in numbered.py (variants14 hook)


def _activities(pieces: list[_Piece]) -> list[Activity]:
    """The 事業内容's numbered items, each with the location of the line or row it starts on."""
    starts: list[tuple[int, _Piece]] = []  # where each piece starts in the joined text
    s = ""
    for p in pieces:
        text = re.sub(r"\s+", " ", nfkc(p.text)).strip()
        if text:
            s = f"{s} " if s else s
            starts.append((len(s), p))
            s += text
    marks = list(_ACTIVITY.finditer(s)) or list(_ACTIVITY_BARE.finditer(s)) or list(_ACTIVITY_ANGLE.finditer(s))
    out = []
    for m, nxt in zip(marks, [*marks[1:], None], strict=False):
        piece = s[m.end(): nxt.start() if nxt else len(s)].strip()
        if part := _LATER_PART.search(piece):
            piece = piece[:part.start()].strip()
        title = re.split(r"(?<=に関すること)|(?<=に関する事)", piece, maxsplit=1)[0]
        key = classify_title(title)
        number = int(m.group(1)) if m.group(1) else NUMBER.get(key) if key else None
        if number is None:
            continue
        at = next(p for start, p in reversed(starts) if start <= m.start())
        rest = re.sub(r"^\s*[>〉]", "", piece[len(title):]) if not m.group(1) else piece[len(title):]
        text = inline_narrative(title, rest, at.page, at.line)
        out.append(Activity(number=number, key=key, text=text))
    return out

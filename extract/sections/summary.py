"""経営発達支援計画の概要: implementers and codes, period, objectives, activities, contacts."""

from __future__ import annotations

import re

from hattatsu.model import Activity, Implementer, Location, PeriodRange, Summary
from hattatsu.normalize import compact, find_dates, nfkc

from ..blocks import Block, Line, Table, first_location
from ..item_keys import classify_title
from ..segment import Segments
from .contacts import parse_contact, split_inline_contacts
from .narrative import inline_narrative
from .text import tidy

_LABELS = {"実施者名": "implementers", "実施期間": "period", "目標": "objectives",
           "事業内容": "activities", "連絡先": "contacts"}
_CORP = re.compile(r"([^\s()（）、,]+?)\s*[(（]\s*法人番号\s*[:：]?\s*([\d\s]{13,20})\s*[)）]")
_GOV = re.compile(r"([^\s()（）、,]+?)\s*[(（]\s*地方公共団体コード\s*[:：]?\s*([\d\s]{6,10})\s*[)）]")
_ACTIVITY = re.compile(r"(?<![\d.])(\d{1,2})\s*[.．]\s*(?=[^\s\d][^。]*?に関する(?:こと|事))")
_OBJ_MARK = re.compile(r"[(（]\s*(\d{1,2})\s*[)）]|(?:^|\n)\s*(\d{1,2})\s*[.．]\s*|(?:^|\s)([①-⑳])")


def parse_summary(seg: Segments) -> Summary | None:
    if seg.summary is None:
        return None
    fields = _fields(seg.summary)
    page, line = first_location(([seg.summary_heading] if seg.summary_heading else []) + seg.summary)
    dates = find_dates(fields.get("period", ""))
    contacts_text = fields.get("contacts", "")
    return Summary(
        implementers=implementers(fields.get("implementers", "")),
        period=PeriodRange(start=dates[0], end=dates[1]) if len(dates) >= 2 else None,
        objectives=_objectives(fields.get("objectives", "")),
        activities=_activities(fields.get("activities", "")),
        contacts=[parse_contact(c) for c in split_inline_contacts(contacts_text)] if contacts_text else [],
        location=Location(page=page, line=line),
    )


def _fields(blocks: list[Block]) -> dict[str, str]:
    """Label → value of the 概要 sheet, from its table or from labelled lines."""
    out: dict[str, str] = {}
    current = None
    for b in blocks:
        rows = b.rows if isinstance(b, Table) else [[b.text]]
        for row in rows:
            cells = [c for c in row if c.strip()]
            if not cells:
                continue
            name = _label(cells[0])
            if name:
                current = name
                rest = cells[1:] if len(cells) > 1 else [_after_label(cells[0])]
                out[name] = "\n".join(c for c in rest if c)
            elif current and isinstance(b, Line):
                out[current] = (out[current] + "\n" + b.text).strip()
    return out


def _label(cell: str) -> str | None:
    k = compact(cell)
    for label, name in _LABELS.items():
        if k.startswith(label) and (len(k) <= len(label) + 8 or k[len(label)] in ":："):
            return name
    return None


def _after_label(cell: str) -> str:
    s = nfkc(cell).strip()
    for label in _LABELS:
        if s.startswith(label):
            return s[len(label):].lstrip(" :：")
    return s


def implementers(text: str) -> list[Implementer]:
    """実施者名: 商工会(議所) with 法人番号, 市町村 with 地方公共団体コード."""
    s = nfkc(text)
    found: list[tuple[int, Implementer]] = []
    for m in _CORP.finditer(s):
        name = m.group(1).strip()
        kind = "chamber" if "商工会議所" in name else "society" if "商工会" in name else "municipality"
        found.append((m.start(), Implementer(name=name, type=kind, corporate_number=re.sub(r"\s", "", m.group(2)))))
    for m in _GOV.finditer(s):
        found.append((m.start(), Implementer(name=m.group(1).strip(), type="municipality",
                                             local_gov_code=re.sub(r"\s", "", m.group(2)))))
    return [imp for _, imp in sorted(found, key=lambda p: p[0])]


def _objectives(text: str) -> list[str]:
    if not text.strip():
        return []
    marks = list(_OBJ_MARK.finditer(text))
    if not marks:
        return [tidy(t) for t in text.split("\n") if t.strip()]
    out = []
    for m, nxt in zip(marks, [*marks[1:], None], strict=False):
        piece = text[m.end(): nxt.start() if nxt else len(text)]
        piece = re.sub(r"\s+", " ", piece).strip()
        if piece:
            out.append(tidy(piece))
    return out


def _activities(text: str) -> list[Activity]:
    s = re.sub(r"\s+", " ", nfkc(text))
    marks = list(_ACTIVITY.finditer(s))
    out = []
    for m, nxt in zip(marks, [*marks[1:], None], strict=False):
        piece = s[m.end(): nxt.start() if nxt else len(s)].strip()
        title = re.split(r"(?<=に関すること)|(?<=に関する事)", piece, maxsplit=1)[0]
        text = inline_narrative(title, piece[len(title):])
        out.append(Activity(number=int(m.group(1)), key=classify_title(title), text=text))
    return out

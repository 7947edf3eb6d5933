"""別表4: partners that carry out the plan with the chamber, or 連携者なし."""

from __future__ import annotations

import re

from hattatsu.model import Location, Partner, Partners
from hattatsu.normalize import clean_text, compact

from ..blocks import Block, Line, Table, first_location

_FIELDS = [
    # (「連携者」 alone: a short form's label over its entries 「①名称：…」「住所：…」「代表者：…」, j2)
    ("name", re.compile(r"^連携して事業を実施する者の氏名|^並びに法人にあっては|^連携者の?名称|^連携者$")),
    ("content", re.compile(r"^連携(して実施する事業の|する)内容")),
    ("role", re.compile(r"^連携(して事業を実施する者の役割|者及びその役割)")),
    ("chart", re.compile(r"^連携体制図")),
]
_LABELLED = re.compile(r"[:：].")
# How the form's labels end; one ending otherwise was cut at a printed line's width (docs23, p1: a converter's Word, a
# paragraph a printed line), its rest the short line below
_LABEL_END = re.compile(r"(?:氏名|名称|住所|内容|役割|連携者|体制図等?|事項)$")
_NONE = re.compile(r"連携者(は)?な[しい]|該当なし")
_ENTRY = re.compile(r"^[①-⑳]|^[・･]")
_ROLE_LABEL = re.compile(r"\s*(?:(?<![^\s(（【])役割\s*[:：]|[(（【]役割[)）】]\s*[:：]?)\s*")


def parse_partners(blocks: list[Block] | None, heading: Line | None) -> Partners:
    if blocks is None:
        return Partners(declared="absent")
    lines = _label_lines(blocks)
    page, line = first_location(([heading] if heading else []) + blocks)
    loc = Location(page=page, line=line)
    if any(_NONE.search(ln.key) for ln in lines):
        return Partners(declared="none", location=loc)
    fields: dict[str, list[Line]] = {}
    current = None
    cut = False  # the label just opened was cut before its end (see _LABEL_END)
    for ln in lines:
        k = ln.key
        if cut and len(k) <= 12 and _LABEL_END.search(k):
            cut = False
            continue  # the rest of a label cut at the page's width: 「…その代表」 then 「者の氏名」
        cut = False
        # a field's label with its value after a colon (「連携して実施する事業の内容：…」 under a partner) opens nothing
        matched = next((name for name, rx in _FIELDS if rx.match(k)), None) if not _LABELLED.search(k) else None
        if matched:
            current = matched
            fields.setdefault(current, [])
            cut = not _LABEL_END.search(k)
            continue
        if current:
            fields[current].append(ln)
    table = _table_entries(blocks) or _flattened_entries(lines)
    if table:
        return Partners(declared="listed", entries=table, location=loc)
    names = _entries(fields.get("name", []))
    roles = _entries(fields.get("role", []))
    if not names and any(_ROLE_LABEL.search(ln.norm) for ln in fields.get("role", [])):
        # convention (the 2014 form's 「連携者及びその役割」 alone): each partner 「①名称 代表者 住所」, its
        # 「役割：…」 on the line below, or after it on the same line 「… 住所 （役割）…」
        said, roles = [], []
        for ln in fields["role"]:
            before, *after = _ROLE_LABEL.split(ln.norm, maxsplit=1)
            if before.strip():
                said.append(Line(before.strip(), ln.line, ln.page))
            roles.extend(a.strip() for a in after if a.strip())
        names = _entries(said)
    if not names and not fields and (prose := _prose_entries(lines)):
        return Partners(declared="listed", entries=prose, location=loc)
    if not names:
        return Partners(declared="blank", location=loc)
    contents = _entries(fields.get("content", []))
    entries = []
    for i, text in enumerate(names):
        entries.append(Partner(
            name=_name(text), address=_address(text), representative=_representative(text),
            content=contents[i] if i < len(contents) else (contents[0] if len(contents) == 1 else None),
            role=roles[i] if i < len(roles) else (roles[0] if len(roles) == 1 else None),
        ))
    return Partners(declared="listed", entries=entries, location=loc)


def _label_lines(blocks: list[Block]) -> list[Line]:
    """The blocks as lines (see flatten), a table row that opens with a field's label cell split into the
    label and its value. Convention (the form typed as a two-column table, a text's tabs or Word's cells):
    「連携者及びその役割 | 一般社団法人… （役割）…」, the value beside its label rather than below it."""
    out: list[Line] = []
    for b in blocks:
        if isinstance(b, Line):
            out.append(b)
            continue
        for i, row in enumerate(b.rows):
            cells = [c for c in row if c.strip()]
            labels = [any(rx.match(compact(c)) for _, rx in _FIELDS) for c in cells]
            if len(cells) >= 2 and labels[0] and not any(labels[1:]):  # not a header row of labels
                out.append(Line(cells[0], b.row_line(i), b.row_page(i)))
                cells = cells[1:]
            out.extend(b.take([i], [cells]).as_lines())
    return out


# Convention (the 2014 form's 「連携者及びその役割」, Word's tables): one partner a row under a header
# 「名称 | 代表者 | 住所 | 役割」 (the columns in any order, some left out).
_COLUMNS = [
    # (the form's own words as headers too, h1: 「連携者の氏名又は名称 | 代表者の氏名 | 住所 | 連携者及びその役割」)
    ("name", re.compile(r"^((連携者の)?(氏名又は)?名称|連携者名?|連携先|機関名|団体名)$")),
    ("representative", re.compile(r"^代表者の?(名|氏名)?$")),
    ("address", re.compile(r"^(住所|所在地)$")),
    ("role", re.compile(r"^(役割|連携者の役割|連携者及びその役割)$")),
    ("content", re.compile(r"^(連携(して実施する事業の|する)?内容|事業内容)$")),
]


def _table_entries(blocks: list[Block]) -> list[Partner]:
    """Partners from a table with a 名称 column, one a row."""
    out: list[Partner] = []
    for b in blocks:
        if not isinstance(b, Table):
            continue
        columns: dict[str, int] = {}
        for row in b.rows:
            if "name" not in columns:
                found = {name: i for i, c in enumerate(row) for name, rx in _COLUMNS if rx.match(compact(c))}
                columns = found if "name" in found else {}
                continue
            cells = {name: clean_text(row[i]) if i < len(row) else "" for name, i in columns.items()}
            if cells["name"]:
                out.append(Partner(name=cells["name"], address=cells.get("address") or None,
                                   representative=cells.get("representative") or None,
                                   content=cells.get("content") or None, role=cells.get("role") or None))
    return out


def _flattened_entries(lines: list[Line]) -> list[Partner]:
    """Partners from that table flattened into lines (a converter's text): a header line of column names,
    then a partner a line — its name the first word, its role the last when the 役割 column is last
    (the other cells run together where a name has a space in it)."""
    out: list[Partner] = []
    header: list[str] | None = None
    for ln in lines:
        words = ln.norm.split()
        if header is None:
            names = [next((name for name, rx in _COLUMNS if rx.match(w)), None) for w in words]
            if len(words) >= 2 and all(names) and names[0] == "name":
                header = [n for n in names if n]
            continue
        if any(rx.match(ln.key) for _, rx in _FIELDS):
            break
        role = words[-1] if header[-1] == "role" and len(words) > 1 else None
        out.append(Partner(name=words[0], address=_address(ln.norm), role=role))
    return out


# Convention (別表4 written as prose on a web page, q3): a paragraph a partner, opening with its name and, in brackets,
# its representative and address — 「岡山県商工会連合会（会長 藤原 英明、岡山県岡山市北区…）とは、…について連携する。」
_PROSE_ENTRY = re.compile(r"^(?P<name>[^\s（(、。「」]{2,40})[（(](?P<inside>[^（）()]{4,120})[）)]"
                          r"\s*(?:とは|と|が|は)[、,]?")
_PREFECTURE = re.compile(r"(?:北海道|東京都|大阪府|京都府|[^\s、,]{2,3}県)")


def _prose_entries(lines: list[Line]) -> list[Partner]:
    """Partners written as paragraphs (see _PROSE_ENTRY): those whose brackets hold an address."""
    out: list[Partner] = []
    for ln in lines:
        m = _PROSE_ENTRY.match(ln.norm)
        if not m or "連携" not in ln.norm or not _PREFECTURE.search(inside := m.group("inside")):
            continue
        who, _, where = inside.partition("、")
        out.append(Partner(name=m.group("name"), address=(where or inside).strip(),
                           representative=who.strip() if where else None, content=ln.norm[m.end():].strip() or None))
    return out


def _entries(lines: list[Line]) -> list[str]:
    out: list[list[str]] = []
    for ln in lines:
        t = ln.norm
        if not compact(t):
            continue
        if _ENTRY.match(t) or not out:
            out.append([re.sub(r"^[①-⑳・･]\s*", "", t)])
        else:
            out[-1].append(t)
    return [clean_text(" ".join(e)) for e in out if " ".join(e).strip()]


def _name(text: str) -> str:
    text = re.sub(r"^(?:名称|連携者名?)\s*[:：]\s*", "", text)  # an entry's label 「名称：株式会社…」
    return re.split(r"\s+|(?:代表|住所|所在地|〒)", text, maxsplit=1)[0].strip(" :：")


def _address(text: str) -> str | None:
    m = re.search(r"(?:住所|所在地)\s*[:：]?\s*([^\s]+(?:\s\d[^\s]*)?)", text) or re.search(
        r"((?:北海道|東京都|大阪府|京都府|[^\s]{2,3}県)[^\s]+)", text)
    return m.group(1) if m else None


def _representative(text: str) -> str | None:
    m = re.search(r"代表(?:者|取締役|理事長?|社長)?\s*[:：]?\s*([^\s、,]+(?:\s[^\s、,住〒]+)?)", text)
    return m.group(1).strip() if m else None

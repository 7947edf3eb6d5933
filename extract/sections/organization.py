"""別表2 実施体制: as-of month, structure, staff counts, 法定経営指導員, 広域, contacts."""

from __future__ import annotations

import re

from hattatsu.model import Contact, LegalAdvisor, Location, Organization, Staff
from hattatsu.normalize import clean_text, compact, nfkc, phone_number, year_month

from ..blocks import Block, Line, Table, block_rows, first_location, flatten
from ..outline import in_lenticular
from .contacts import parse_contact, split_organization
from .narrative import build_narrative

_PART = re.compile(r"^\(([1-4])\)")  # (4): the 2025 form's 連絡先, after (3) 広域経営指導員
_COUNT = re.compile(r"^(\d+)\s*名$")
_COUNT_BARE = re.compile(r"^(\d+)\s*名?$")
_STAFF_HEADER = re.compile(r"^(役職|職名|職種|役職名)(人数|人員|員数)")
# Convention (a chart drawn as a table with its sum, as Word and Excel tables end): a 「合計 | 37名」 row is no role
_LIST_MARK = re.compile(r"^(?:[a-h]\s*[.)]|[①-⑳]|[・･]|[(（]?\d{1,2}[.)）])\s*")
_AS_OF_NOTE = re.compile(r"[(（]?(?:令和|平成)[0-9０-９元]{1,2}年[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?現在[)）]?")
# A note that the person holds another post too is no part of the role (l2): 「法定経営指導員（経営指導員兼務）」,
# 「事務局長（兼経営指導員）」
_CONCURRENT_NOTE = re.compile(r"\s*[(（][^()（）]{0,12}兼[^()（）]{0,12}[)）]$")
_BOX_COUNT = re.compile(r"([^\s、,，()（）:：│|]{2,12}?)\s*[(（]\s*(\d{1,3})\s*名\s*[)）]")
_STAFF_TOTAL = re.compile(r"^(?:合計|総計|計|小計|総数|職員数計)$")
# 「会　長　　１」, and (a 役職 | 人数 | 担当 chart flattened) the duty after the count, 「事務局長 1名 総括」
_STAFF_ROW = re.compile(r"(\S(?:.*?\S)?)\s+(\d+)\s*名?(?:\s+\D.*)?")
# 「事務局長：1名」: a colon between the role and its count (convention: a web page's lines of 「label：value」)
# 「法定経営指導員 1名（広域経営指導員）」「経営支援員 2名(うち1名兼務)」: a note in brackets after a role's count
_COUNT_NOTE = re.compile(r"名\s*[(（][^()（）]{1,20}[)）]$")
_TOPIC = re.compile(r"^[^はが]{1,8}[はが](?=[^はが]{2,}$)")
_STAFF_LIST = re.compile(r"([^\s、,，※・()（）:：]+?)\s*[:：]?\s*(\d+)\s*名")
# 「氏名：佐々木　亮（本所）　連絡先：…」: the name ends where its 連絡先 begins on the same line (convention: one
# line per advisor), a note in brackets after it (the office) is not part of it
_NAME = re.compile(r"氏\s*名\s*[:：]\s*([^■\n]+?)\s*(?:[(（][^()（）\n]{1,20}[)）])?\s*(?=連絡先|■|\n|$)")
_CONTACT = re.compile(r"連絡先\s*[:：]\s*([^■\n]+)")
_BRANCH = re.compile(r"(?:支所|支部|分室|出張所|事務所)$")
_ADVICE_HEADING = re.compile(r"^.*?助言\s*(?:[(（][^)）]*[)）])?")
_ADVICE_NOTE = re.compile(r"^\s*[(（][^)）]*頻度[^)）]*[)）]\s*")
# 「…広域経営指導員に該当する」, or the statement's label and its answer (a table row 「広域経営指導員への該当 |
# 該当する」, 「(3)広域経営指導員　該当しない」, 「広域経営指導員の該当の有無 | 非該当」)
# (a bar between them when the row is typed as text: 「広域経営指導員への該当 ｜ 該当しない」)
# (asked as a question, the answer below it: 「広域経営指導員に該当するか」 then 「該当しない」, k2)
_WIDE = re.compile(r"広域経営指導員(?:に該当するか(?:否か)?[?？]?|に|への該当|の(?:当否|該当(?:の有無)?)|該当の有無)?"
                   r"[:：|｜]?(該当(?:する|しない)|非該当)")
# Convention (the answer as check boxes, both choices printed): 「■該当する　□該当しない」, 「☐該当する ☑該当しない」
# after the label — the checked box is the answer
_CHECKED, _UNCHECKED = "■☑☒✓✔●◉", "□☐○◯"
_BOX = f"[{_CHECKED}{_UNCHECKED}]"
_WIDE_BOXES = re.compile(rf"広域経営指導員.{{0,16}}?({_BOX})(該当(?:する|しない))({_BOX})(該当(?:する|しない))")


def parse_organization(blocks: list[Block], heading: Line | None) -> Organization:
    titles: dict[int, str] = {}
    parts = _parts(blocks, titles)
    # the contacts are (3) in the 2019 form, (2) in the 2014 form (no 法定経営指導員 part): the
    # part whose heading says 連絡先
    contacts_part = next((n for n, t in sorted(titles.items(), reverse=True) if "連絡先" in t), 3)
    lines = flatten(blocks)
    as_of = next((year_month(ln.text) for ln in lines[:8] if "現在" in ln.key and year_month(ln.text)), None)
    if as_of is None:  # convention (l2): the note under the chart, 「（令和７年１０月１日現在）」 on a line of its own
        as_of = next((year_month(ln.text) for ln in lines if _AS_OF_NOTE.fullmatch(ln.key)), None)
    page, line = first_location(([heading] if heading else []) + blocks)
    wide = None
    # the statement on one line, or its label a heading and the answer on the line below
    # (「(3)広域経営指導員」 then 「該当しない」): read on the lines run together
    joined = "".join(ln.key for ln in lines)
    if boxes := _WIDE_BOXES.search(joined):
        wide = _checked_answer(boxes.groups())
    elif m := _WIDE.search(joined):
        wide = m.group(1) == "該当する"
    return Organization(
        as_of=as_of,
        structure=build_narrative(parts.get(1, [])) or None,
        staff=_staff(parts.get(1, []) or blocks),
        legal_advisors=_legal_only(_advisors(_labelled_lines(parts.get(2, []) or blocks)),
                                   titles.get(2, "") + "".join(ln.key for ln in flatten(parts.get(2, [])))),
        advice=_advice(flatten(parts.get(2, []))),
        wide_area_advisor=wide,
        contacts=_contacts(flatten(parts.get(contacts_part, []))),
        location=Location(page=page, line=line),
    )


def _checked_answer(groups: tuple[str, ...]) -> bool | None:
    """該当する (True) or 該当しない (False), the choice whose box is checked; None when both or neither are."""
    checked = [answer for box, answer in zip(groups[::2], groups[1::2], strict=True) if box in _CHECKED]
    return checked[0] == "該当する" if len(checked) == 1 else None


def _parts(blocks: list[Block], titles: dict[int, str] | None = None) -> dict[int, list[Block]]:
    """(1) 実施体制, (2) 法定経営指導員, (3) 連絡先 (a heading may be a table row); the
    heading of each part is put in ``titles``."""
    titles = {} if titles is None else titles
    parts: dict[int, list[Block]] = {}
    current = 0

    def heading(text: str, bare: bool = True) -> int | None:
        key = compact(text)
        key = in_lenticular(key) or key  # l2: every heading in 【】, 「【（１）実施体制】」
        m = _PART.match(key)
        if m:
            return int(m.group(1)) if int(m.group(1)) == current + 1 else None
        return current + 1 if bare and _bare_part(key, current) else None

    unclosed = 0  # a heading whose （…） goes on over the next lines: those lines are the heading's
    for b in blocks:
        if isinstance(b, Line):
            # inside a heading's （…） a line 「…経営指導員の関与体制 等」 opens nothing
            n = heading(b.text, bare=unclosed <= 0)
            if n:
                current = n
                parts[current] = []
                titles[n] = b.key
                unclosed = _paren_depth(b.norm)
            elif unclosed > 0:
                unclosed += _paren_depth(b.norm)
            elif current:
                parts[current].append(b)
            continue
        for i, row in enumerate(b.rows):
            k = next((j for j, c in enumerate(row) if c.strip()), 0)
            first_line, _, rest = row[k].strip().partition("\n") if row else ("", "", "")
            n = heading(first_line)
            if n:
                current = n
                parts[current] = []
                titles[n] = compact(first_line)
                row = [*row[:k], rest, *row[k + 1:]]  # a cell may go on below its heading
            if current and any(c.strip() for c in row):
                parts[current].append(b.take([i], [row]))
    return parts


# Convention (Word's outline without numbers, and its PDF): the parts' titles alone, in the form's order —
# 実施体制; the 法定経営指導員's part (「経営指導員の関与体制等」); the 連絡先 (second in the 2014 form)
_BARE_PART_TITLES = (re.compile(r"^実施体制$"),
                     re.compile(r"^(?:(?:法定)?経営指導員の?(?:関与|助言).{0,10}|.{0,60}経営指導員による情報の提供及び"
                                r"助言に係る実施体制)$"),
                     re.compile(r"^(?:商工会|商工会議所).{0,20}連絡先$"))


def _bare_part(key: str, current: int) -> bool:
    """Whether a line is the next part's title written without its (n)."""
    if current == 0:
        return bool(_BARE_PART_TITLES[0].match(key))
    return current <= 2 and any(t.match(key) for t in _BARE_PART_TITLES[current:])


def _paren_depth(text: str) -> int:
    return text.count("(") + text.count("（") - text.count(")") - text.count("）")


def _staff(blocks: list[Block]) -> list[Staff]:
    """Role and head count from the organisation chart, else from a ※ list of counts; a 合計 is no role."""
    return [s for s in _staff_rows(blocks) if not _STAFF_TOTAL.match(compact(s.role))]


def _staff_rows(blocks: list[Block]) -> list[Staff]:
    out: list[Staff] = []
    headed = False  # a 「役職 | 人数」 header seen: counts may be bare numbers below it
    for b in blocks:
        if isinstance(b, Table):
            for row in b.rows:
                cells = [nfkc(c).strip() for c in row if c.strip()]
                headed = headed or _STAFF_HEADER.match(compact("".join(cells[:2]))) is not None
                out.extend(_staff_cells(cells, headed))
    if out:
        return out
    lines = [nfkc(ln.text).strip() for ln in flatten(blocks)]
    # convention (a joint plan's chart typed as text, k2): a column for each 商工会 and their sum, 「三峰北部商工会
    # 三峰南部商工会 川鶴商工会 計」 over 「事務局長 1 1 － 2」 — the 計 column is the role's count (the header with
    # its corner cell too, 「| 役職 | 青嶺町商工会 | 桐ヶ原町商工会 | 合計 |」 over 「| 会長 | 1 | 1 | 2 |」, l4)
    for i, t in enumerate(lines):
        if len(words := t.split()) >= 3 and words[-1] in ("計", "合計"):
            for row in lines[i + 1:]:
                cells = row.split()
                if len(cells) not in (len(words), len(words) + 1) or not (m := _COUNT_BARE.fullmatch(cells[-1])):
                    break
                out.append(Staff(role=_CONCURRENT_NOTE.sub("", compact(cells[0])), count=int(m.group(1))))
            if out:
                return out
    # convention (a chart copied or OCR'd as text): 「役　職　　人数」 then one 「会　長　　１」 a line
    for i, t in enumerate(lines):
        if _STAFF_HEADER.match(compact(t)):
            for row in lines[i + 1:]:
                m = _STAFF_ROW.fullmatch(row)
                if not m:
                    break
                out.append(Staff(role=compact(m.group(1)), count=int(m.group(2))))
            if out:
                return out
    lines = [m for t in (nfkc(ln.text).strip() for ln in flatten(blocks)) for m in _members(t)]
    run: list[Staff] = []  # the chart's role|count table flattened into lines, one 「役職 N名」 each
    boxes: list[tuple[int, Staff]] = []  # (k1) a chart's box 「事務局長（1名）」 on a line with other boxes
    for t in [*lines, ""]:
        whole = _STAFF_LIST.fullmatch(_COUNT_NOTE.sub("名", t))
        if whole:
            run.append(Staff(role=clean_text(whole.group(1)), count=int(whole.group(2))))
            continue
        boxes.extend((len(out) + (len(run) if len(run) >= 2 else 0), Staff(role=m.group(1), count=int(m.group(2))))
                     for piece in re.split(r"\s{2,}|\u3000", t) if (m := _BOX_COUNT.fullmatch(piece.strip())))
        if len(run) >= 2:
            out.extend(run)
        run = []
    if out:
        # convention (k1: an organisation chart drawn with text): a box above the list holding a role and its count
        # in brackets 「事務局長（1名）」, beside another box on its line (「商工観光課　　　事務局長（1名）」)
        for at, staff in reversed(boxes):
            out.insert(min(at, len(out)), staff)
        return out
    several = False
    for t in lines:
        found = _STAFF_LIST.findall(t)
        if len(found) >= 2 and (t.startswith("※") or len("".join(a + b for a, b in found)) > len(t) * 0.4):
            # (in a sentence, the role after its topic: 「事務局は事務局長1名、…」 is 事務局長, j1)
            out.extend(Staff(role=clean_text(_TOPIC.sub("", r)), count=int(n)) for r, n in found)
            several = True
        elif len(found) == 1 and _STAFF_LIST.fullmatch(_LIST_MARK.sub("", t)):
            # a list entry of one role among the lines of several 「b. 事務局長 1名」 (g4: a chart as a list)
            out.append(Staff(role=clean_text(found[0][0]), count=int(found[0][1])))
    return out if several else []


# Convention (docs21, n2: a chart as an indented list of bodies): a body's members and counts in brackets after its
# name, 「理事会（会長1名、副会長2名、理事12名）」 — each a line of the list, as 「監事2名」 below it is;
# (p2: a chart drawn in characters) the bracket on a line of its own under the body's name 「理事会」
_BODY_MEMBERS = re.compile(r"^[^()（）\d]{0,12}?\s*[(（]([^()（）]+)[)）]$")


# (q4) the members after the body's name and a space, 「千鳥坂商工会議所　会頭１名、副会頭３名、専務理事１名」
_BODY_THEN_MEMBERS = re.compile(r"^[^\s()（）\d]{1,16}\s+(\S+(?:\s*[、,，]\s*\S+)+)$")


def _members(line: str) -> list[str]:
    """The line, or the members listed in brackets after a body's name (see _BODY_MEMBERS) or after it and a space
    (_BODY_THEN_MEMBERS), one a line. (q4) A body of one member in brackets 「総務課（一般職員３名）」 too."""
    m = _BODY_MEMBERS.fullmatch(line) or _BODY_THEN_MEMBERS.fullmatch(line)
    parts = re.split(r"\s*[、,，]\s*", m.group(1)) if m else []
    one = len(parts) == 1 and m.re is _BODY_MEMBERS and not line.startswith(("(", "（")) and not parts[0][0].isdigit()
    return parts if (len(parts) >= 2 or one) and all(_STAFF_LIST.fullmatch(p) for p in parts) else [line]


def _staff_cells(cells: list[str], headed: bool) -> list[Staff]:
    """The (role, count) pairs of a chart's row: 「役職 | N名」, a duty cell after it (convention: a
    role | count | 担当 chart), or several pairs on one row; bare numbers under a 人数 header."""
    count = _COUNT_BARE if headed else _COUNT
    out, i = [], 0
    while i + 1 < len(cells):
        m = count.match(cells[i + 1])
        if m and not count.match(cells[i]) and not _STAFF_HEADER.match(compact(cells[i] + cells[i + 1])):
            out.append(Staff(role=clean_text(_CONCURRENT_NOTE.sub("", cells[i]) or cells[i]), count=int(m.group(1))))
            i += 2
        else:
            i += 1
    return out


# Convention (the form's cells typed as a table, Word's or a text's tabs): the advisor's 氏名 and 連絡先
# as label cells, beside their values (「氏名 | 藤井 勇作」 and 「連絡先 | 瀬戸浦商工会 TEL …」, or both
# pairs on one row) or as a header row over one row per advisor (「氏名 | 連絡先」 then 「東郷 真理子 |
# 隼浜商工会議所 TEL …」); a 所属 or 電話 cell is part of the 連絡先. Read as the 「氏名：…　連絡先：…」
# lines the one-line convention writes. The same table flattened into lines (a PDF copy: the cells
# joined by spaces) is read too: 「氏名 藤井 勇作」, and under a header line 「氏名 連絡先」 the name up
# to the contact's first word (an organisation, a phone).
_LABEL_CELL = re.compile(r"^(?:(氏名)|連絡先|所属|電話(?:番号)?|TEL)(?:[(（][^)）]{0,10}[)）])?$", re.I)
_LABEL_WORD = re.compile(r"氏名|連絡先|所属|電話番号|電話|TEL", re.I)
_LABEL_RUN = re.compile(rf"(?:{_LABEL_WORD.pattern})+", re.I)  # a header line's labels run together
_CONTACT_WORD = re.compile(r"商工会|会議所|市役所|役場|TEL|電話|☎|\d{2,}", re.I)


def _label(cell: str) -> str | None:
    """氏名 or 連絡先 for a label cell, None for a value."""
    m = _LABEL_CELL.match(compact(cell))
    return None if not m else "氏名" if m.group(1) else "連絡先"


def _labelled_lines(blocks: list[Block]) -> list[Line]:
    """The blocks as lines (see flatten), label cells written as 「label：value」."""
    out: list[Line] = []
    header: list[str | None] = []  # kept over the next rows: _parts gives each row a table of its own
    for b, row, *where in block_rows(blocks):
        cells = [nfkc(c).strip() for c in row if c.strip()]
        flat = len(cells) == 1 and not re.match(r"^\S+\s*[:：]", cells[0])
        if flat:  # a row flattened into one line: its words are the cells (a label spaced out 「氏 名」 one)
            cells = cells[0].split()
            k = next((k for k in (2, 3) if len(cells) > k and not _label(cells[0]) and _label("".join(cells[:k]))),
                     0)
            cells = ["".join(cells[:k]), *cells[k:]] if k else cells
        labels = [_label(c) for c in cells]
        pairs: list[tuple[str, str]] = []
        if flat and _LABEL_RUN.fullmatch(key := compact("".join(cells))):  # 「氏 名　連絡先」 spaced out
            cells = _LABEL_WORD.findall(key)
            labels = [_label(c) for c in cells]
        if len(cells) >= 2 and all(labels) and "氏名" in labels:
            header = labels
            continue
        if header and len(cells) == len(header) and not flat and all(
                _CONTACT_WORD.search(c) for h, c in zip(header, cells, strict=True) if h == "連絡先"):
            pairs = [(h, c) for h, c in zip(header, cells, strict=True) if h]  # a row of a name and contact
        elif header and flat and header[0] == "氏名" and cells and not re.match(r"^[①-⑳]", cells[0]):
            k = next((j for j, c in enumerate(cells) if j and _CONTACT_WORD.search(c)), len(cells))
            if k < len(cells):  # a name, then its contact: an advisor's row
                pairs = [("氏名", " ".join(cells[:k])), ("連絡先", " ".join(cells[k:]))]
        elif len(cells) >= 2 and labels[0]:
            label = None
            for lab, c in zip(labels, cells, strict=True):
                if lab:
                    label = lab
                elif label:
                    pairs.append((label, c))
        if not pairs:
            header = []
            out.extend(Table([row], *where).as_lines() if isinstance(b, Table) else [b])
            continue
        text = {"氏名": "", "連絡先": ""}
        for lab, c in pairs:
            text[lab] += (" " if text[lab] else "") + " ".join(c.split("\n"))
        out.append(Line("　".join(f"{k}：{v}" for k, v in text.items() if v), *where))
    return out


_PLAIN_ADVISOR = re.compile(r"^経営指導員\s+\S")


def _legal_only(advisors: list[LegalAdvisor], part: str) -> list[LegalAdvisor]:
    """The advisors, none when they are the chamber's plain 経営指導員. Convention (q4, the 2014 form, which has no
    法定経営指導員): a part 「（２）経営指導員」 lists them by name, each under his role 「経営指導員　有村　健太郎」,
    and nothing in it says 法定 — they are staff (counted in (1)), no 法定経営指導員."""
    if advisors and "法定" not in part and all(_PLAIN_ADVISOR.match(a.name) for a in advisors):
        return []
    return advisors


def _advisors(lines: list[Line]) -> list[LegalAdvisor]:
    text = "\n".join(nfkc(ln.text) for ln in lines)
    out: list[LegalAdvisor] = []
    for m in _NAME.finditer(text):
        names = [n.strip() for n in re.split(r"[、,，/／]", m.group(1)) if n.strip()]
        tail = text[m.end():]
        nxt = _NAME.search(tail)
        c = _CONTACT.search(tail[: nxt.start() if nxt else len(tail)])
        org = phone = None
        if c:
            phone = phone_number(c.group(1))
            org_text = re.split(r"(?:TEL|電話|ＴＥＬ)", c.group(1), flags=re.I)[0]
            org, dept = split_organization(org_text.strip(" :："))
            if org and dept and _BRANCH.search(dept) and nfkc(org_text).strip(" :：").startswith(org + dept):
                org += dept  # a branch written as one word with its chamber: the advisor's office 「…商工会小滝支所」
        out.extend(LegalAdvisor(name=clean_text(n), organization=org, phone=phone) for n in names)
    return out


def _advice(lines: list[Line]) -> list | None:
    """(2)② 当該経営指導員による情報の提供及び助言: the text under its heading."""
    out: list[Line] = []
    inside = False
    for ln in lines:
        k = ln.key
        if k.startswith("②") and "助言" in k:
            inside = True
            rest = _ADVICE_HEADING.sub("", ln.norm, count=1).strip()  # a table row: heading, then the text
            if rest:
                out.append(Line(rest, ln.line, ln.page))
        elif inside and re.match(r"^[③-⑳]", k):
            break
        elif inside:
            rest = _ADVICE_NOTE.sub("", ln.norm, count=1) if not out else ln.norm  # 「(手段、頻度 等)」 wrapped
            if rest.strip():
                out.append(Line(rest, ln.line, ln.page))
    return build_narrative(out) or None


def _contacts(lines: list[Line]) -> list[Contact]:
    chunks: list[list[str]] = []
    for ln in lines:
        if re.match(r"^[①-⑳]", ln.norm) or not chunks:
            chunks.append([])
        chunks[-1].append(ln.text)
    out = []
    for chunk in chunks:
        text = "\n".join(chunk)
        if "〒" in text or "@" in text or re.search(r"\d{2,4}-\d{2,4}-\d{3,4}", text):
            out.append(parse_contact(text))
    return out



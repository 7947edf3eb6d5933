"""Evaluation reports as text copied out of a PDF, made at run time from a real report's text
(nothing of the corpus is stored): the conventions issue 14 lists for such text.

- ``kangxi``: characters given as Kangxi radicals (⽀ ⼯ ⾜ ⽇ ⼈ …), CJK compatibility
  ideographs (金 for 金) and CJK radicals supplement forms (⻑ for 長), as PDF fonts map them;
- ``spaced``: labels spaced out letter by letter (「日 時」「出 席 者」「氏  名」「実 施 状 況」) and
  a name's parts apart by an ideographic space or several spaces (「高橋　 直資」);
- ``spaced_names``: full names spaced out letter by letter (「高 橋 直 資」): the split between
  family and given name is lost, so the name reads 「高橋直資」;
- ``roster_table``: the roster of committee members as a table (所属 | 役職 | 氏名, a header
  row first) instead of lines; ``roster_table_name_first``: the same with the name column
  first (氏名 | 所属・役職).

Each variant is compared with the original's reading: the report's fields must read the same.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from hattatsu.model import Evaluation

# The forms a PDF's font may give a character as, by the character they stand for.
_KANGXI = {unicodedata.normalize("NFKC", chr(c)): chr(c) for c in range(0x2F00, 0x2FD6)}
_COMPAT = {unicodedata.normalize("NFKC", chr(c)): chr(c) for c in range(0xF900, 0xFA6E)
           if unicodedata.normalize("NFKC", chr(c)) != chr(c)}
_SUPPLEMENT = {"長": "⻑", "西": "⻄", "青": "⻘", "食": "⻝", "黄": "⻩", "亀": "⻲", "民": "⺠", "母": "⺟",
               "歯": "⻭", "竜": "⻯", "麦": "⻨", "鬼": "⻤", "斉": "⻫", "虎": "⻁"}
PDF_FORMS = {**_COMPAT, **_KANGXI, **_SUPPLEMENT}

# Labels a report's head and tables use, spaced out the way PDFs copy letter-spaced text.
_LABELS = ("出席者", "開催日", "日時", "場所", "会場", "氏名", "実施内容", "事業内容", "実施状況", "大項目", "中項目",
           "評価基準", "評価", "合計")
# a label opens a line (after a mark: 「■日時」) or fills a table cell; prose keeps its words
_LABEL_RE = re.compile(rf"(?:(?<=^)|(?<=\t)|(?<=■)|(?<=^ ))(?:{'|'.join(_LABELS)})(?=$|\t|\s|[:：])", re.M)


def kangxi(text: str, members: list) -> str:
    return text.translate(str.maketrans(PDF_FORMS))


def spaced(text: str, members: list) -> str:
    def space(m: re.Match) -> str:
        word = m.group()
        return ("  " if len(word) == 2 else " ").join(word)  # 「氏  名」 but 「出 席 者」

    out = _LABEL_RE.sub(space, text)
    for member in members:
        if " " in member.name:
            out = out.replace(member.name, member.name.replace(" ", "\u3000 "))
    return out


def spaced_names(text: str, members: list) -> str:
    for member in members:
        if " " in member.name:
            text = text.replace(member.name, " ".join(member.name.replace(" ", "")))
    return text


def _roster_lines(lines: list[str], members: list) -> tuple[int, dict[int, tuple[str, str]]]:
    """The 出席者 line's index, and {line index: (what precedes the name, the name)} for each
    member's line of the roster (the name as the line writes it: 「高橋 直資」, or 「小原」 before
    its title)."""
    out: dict[int, tuple[str, str]] = {}
    start = next((i for i, ln in enumerate(lines) if re.sub(r"\s", "", ln).endswith("出席者")
                  or re.search(r"出\s*席\s*者", ln)), 0)
    todo = list(members)
    for i in range(start, len(lines)):
        if not todo:
            break
        member = todo[0]
        ln = lines[i].strip()
        if ln.endswith(member.name):
            out[i] = (ln[: -len(member.name)].strip(), member.name)
            todo.pop(0)
        elif re.search(rf"(?:^|\s){re.escape(member.name)}\S", ln):  # 「小原委員長」
            head, rest = re.split(rf"(?:^|\s)(?={re.escape(member.name)}\S)", ln, maxsplit=1)
            role = rest[len(member.name):].strip()
            out[i] = (f"{head} {role}".strip(), member.name)
            todo.pop(0)
    return start, out


def _roster_table(text: str, members: list, name_first: bool) -> str:
    lines = text.split("\n")
    start, rows = _roster_lines(lines, members)
    if len(rows) < len(members) or not rows:
        return text
    first = min(rows)
    out = []
    for i, ln in enumerate(lines):
        if i == start + 1:  # the table starts under the 出席者 heading
            out.append("氏名\t所属・役職" if name_first else "所属\t役職\t氏名")
        if i in rows:
            title, name = rows[i]
            if name_first:
                out.append(f"{name}\t{title}")
            else:
                org, _, role = title.rpartition(" ")
                out.append(f"{org}\t{role}\t{name}")
        elif first <= i <= max(rows) and not ln.strip():
            continue  # a table's rows follow one another
        else:
            out.append(ln)
    return "\n".join(out)


def roster_table(text: str, members: list) -> str:
    return _roster_table(text, members, name_first=False)


def roster_table_name_first(text: str, members: list) -> str:
    return _roster_table(text, members, name_first=True)


VARIANTS: dict[str, Callable[[str, list], str]] = {
    "kangxi": kangxi, "spaced": spaced, "spaced_names": spaced_names, "roster_table": roster_table,
    "roster_table_name_first": roster_table_name_first,
    "all": lambda text, members: kangxi(spaced(roster_table(text, members), members), members),
}


def fields(report: Evaluation, spaced_names: bool = False) -> dict:
    """The fields a variant must read the same: organisation, year, meeting, members, grading,
    entries (white space inside a member's name aside when the variant spaced names out)."""
    def name(n: str) -> str:
        return n.replace(" ", "") if spaced_names else n

    return {"organization": report.organization, "fiscal_year": report.fiscal_year,
            "meeting": report.meeting.model_dump() if report.meeting else None,
            "members": [(name(m.name), m.title) for m in report.members],
            "grading": [(g.grade, g.text) for g in report.grading],
            "entries": [e.model_dump(exclude={"location"}) for e in report.entries]}

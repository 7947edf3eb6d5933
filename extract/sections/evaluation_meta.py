"""The head of an evaluation report: chamber, fiscal year, meeting, members, grading, recommendations."""

from __future__ import annotations

import re
from collections import Counter

from hattatsu.model import Grade, Meeting, Member
from hattatsu.normalize import clean_text, compact, era_year, find_dates, nfkc

from ..blocks import Line
from ..entity_names import ROLE_WORDS, TRAILING_NOTE

# a chamber's name is a few words before 商工会(議所); bounded, so a 100,000-character line stays linear
_ORG = re.compile(r"(\S{1,30}?(?:商工会議所|商工会))")
_FY = re.compile(r"(令和|平成|R|H)(\d{1,2}|元)年度")
_NAME = re.compile(r"^(?P<title>.+?)\s+(?P<name>[一-龥々]{1,4}\s[一-龥々ぁ-ん]{1,4})$")
_ROLE = re.compile(r"^(?P<org>\S+)\s+(?P<name>[一-龥]{1,3}?)(?P<role>副会頭|副委員長|委員長|委員|部会長|経済部長|"
                   r"部長|専務理事)(?:[(（][^)）]*[)）])?$")
_GRADE_TEXT = re.compile(r"([A-E])\s*[:：]\s*(.+?)(?=\s+[A-E]\s*[:：]|$)")
_GRADE_RULE = re.compile(r"(\d+\s*[%％]\s*以上|未満)\s*[:：]\s*([A-E])")


def organization(lines: list[Line]) -> str | None:
    """The chamber the report is of: the one named most often at its head."""
    names = Counter(m.group(1) for ln in lines[:80] for m in _ORG.finditer(ln.norm))
    return names.most_common(1)[0][0] if names else None


def fiscal_year(lines: list[Line]) -> int | None:
    """The year reported on: a 年度 in a line about the report or its evaluation first."""
    ranked = sorted(lines, key=lambda ln: not re.search(r"報告|評価|実施状況", ln.key))
    for ln in ranked:
        m = _FY.search(ln.key)
        if m:
            return era_year(m.group(1), m.group(2))
    return None


def meeting(lines: list[Line]) -> Meeting | None:
    date = place = None
    for ln in lines:
        k = ln.key
        if date is None and re.search(r"日時|開催日", k):
            found = find_dates(ln.text)
            date = found[0] if found else None
        if place is None and re.search(r"場所|会場", k):
            place = re.split(r"場\s*所|会\s*場", nfkc(ln.text), maxsplit=1)[1].strip(" ■:：　") or None
    return Meeting(date=date, place=place) if date or place else None


def members(lines: list[Line]) -> list[Member]:
    """People listed under 出席者, a line each, in the forms rosters take:

    - 「役職 氏 名」 (「柏商工会議所 専務理事 高橋 直資」), 「所属 姓役職」 (「中小企業支援委員会 小原委員長」);
    - a roster table's row read as a line, 「所属 役職 姓」 (「中小企業支援委員会 委員長 小原」);
    - a full name written without its space (a PDF spaced its letters out: 「所長 大竹悦司」);
    - after a header row naming the columns, 「氏名 所属・役職」: the name first.

    「同」 for the organisation repeats the one of the row above."""
    out: list[Member] = []
    inside = name_first = False
    for ln in lines:
        k = ln.key
        if "出席者" in k:
            inside = True
            continue
        if inside and (k.startswith(("■", "会場")) or "実施内容" in k):
            break
        if not inside:
            continue
        text = clean_text(ln.text)
        if _HEADER_ROW.fullmatch(k):  # 「所属 役職 氏名」 (or 「氏  名」 spaced out): a table's header row
            name_first = k.startswith("氏名")
            continue
        found = _name_first(text.split()) if name_first else _member(text)
        if found:
            name, org, role = found
            if out and _SAME.fullmatch(f"{org} {role}".strip()):  # 「同 同 大沢 誠一」: all as above
                out.append(Member(name=name, title=out[-1].title))
                continue
            if org in ("同", "〃") and out:
                org = out[-1].title.rsplit(" ", 1)[0]
            out.append(Member(name=name, title=f"{org} {role}".strip()))
    return out


_HEADER_ROW = re.compile(r"(?:所属|役職名?|氏名|職名|団体名|区分|備考|・)+")
_SAME = re.compile(r"[同〃](?:\s+[同〃])*")
# 「中小企業支援委員会 委員長 小原」: a surname after its role (a table row read as a line)
_ROLE_NAME = re.compile(rf"^(?:(?P<org>.+?)\s+)?(?P<role>\S*?(?:{ROLE_WORDS}))(?:[(（][^)）]*[)）])?"
                        rf"\s+(?P<name>[一-龥々]{{1,5}})$")
# 「中小企業診断士 森本由紀」: a full name without its space after a title
_TITLE_FULL_NAME = re.compile(r"^(?P<title>.+?)\s+(?P<name>[一-龥々]{3,5})$")
_NOT_A_NAME = re.compile(rf"(?:{ROLE_WORDS})|(?:商工会|会議所|協会|機構|センター|[都道府県市町村区部課局室])$|^同")


def _member(text: str) -> tuple[str, str, str] | None:
    """(name, organisation or title, role) of a roster line, or None."""
    r = _ROLE.match(text)
    if r:  # 「中小企業支援委員会 小原委員長」: a surname with its role
        return r.group("name"), r.group("org"), r.group("role")
    r = _ROLE_NAME.match(text)
    if r and not _NOT_A_NAME.search(r.group("name")):
        return r.group("name"), r.group("org") or "", r.group("role")
    m = _NAME.match(text)
    if m and not re.search(r"法人|機構|センター", m.group("title")[-6:]) and (
            "同" not in m.group("title") or _SAME.fullmatch(m.group("title"))):
        return m.group("name"), m.group("title"), ""
    m = re.fullmatch(r"(?P<same>[同〃]+)(?P<name>[一-龥々]{3,5})", text)  # 「同 同 大 沢 誠 一」 joined up
    if m:
        return m.group("name"), " ".join(m.group("same")), ""
    m = _TITLE_FULL_NAME.match(text)
    if m and not _NOT_A_NAME.search(m.group("name")) and not m.group("title").startswith(("同", "〃")):
        return m.group("name"), m.group("title"), ""
    return None


def _name_first(words: list[str]) -> tuple[str, str, str] | None:
    """(name, title, "") of a row 「高橋 直資 柏商工会議所 専務理事」 or 「小原 中小企業支援委員会 委員長」:
    the second word is the given name when it is a short name and not a place, body or title."""
    if len(words) < 2 or not re.fullmatch(r"[一-龥々]{1,5}", words[0]) or _SAME.fullmatch(words[0]):
        return None
    given = len(words) > 2 and re.fullmatch(r"[一-龥々ぁ-ゖ]{1,4}", words[1]) and not _NOT_A_NAME.search(words[1])
    n = 2 if given else 1
    rest = words[n:]
    org = rest[0] if rest and rest[0] in ("同", "〃") else None
    title = TRAILING_NOTE.sub("", " ".join(rest[1:] if org else rest))
    return " ".join(words[:n]), org or "", title


def grading(texts: list[str]) -> list[Grade]:
    """The grades the report defines: 「A: 目標を上回った …」 or 「100%以上：A、…未満：E」."""
    for t in texts:
        s = clean_text(t)
        rule = _GRADE_RULE.findall(s)
        if len(rule) >= 2:
            return [Grade(grade=g, text=compact(cond)) for cond, g in rule]
        found = _GRADE_TEXT.findall(s)
        if len(found) >= 2:
            return [Grade(grade=g, text=text.strip(" 、,")) for g, text in found]
    return []


def recommendations(lines: list[Line]) -> list[str]:
    """The committee's advice: numbered points under 提言, or the bullets under 主な意見."""
    out: list[str] = []
    inside = False
    for ln in lines:
        k = ln.key
        if re.search(r"提言|主な意見", k) and len(k) < 60:
            inside = True
            continue
        if not inside:
            continue
        if k.startswith("■") or re.match(r"^(実施事業|以上$)", k):
            break
        t = clean_text(ln.text)
        if re.match(r"^[(（]\d+[)）]|^・", t):
            out.append(re.sub(r"^・\s*", "", t))
        elif out and not t.startswith(("全体", "＜", "<")):
            out[-1] += t
    return out

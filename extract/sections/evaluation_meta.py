"""The head of an evaluation report: chamber, fiscal year, meeting, members, grading, recommendations."""

from __future__ import annotations

import re
from collections import Counter

from hattatsu.model import Grade, Meeting, Member
from hattatsu.normalize import clean_text, compact, era_year, find_dates, nfkc

from ..blocks import Line

# a chamber's name is a few words before 商工会(議所); bounded, so a 100,000-character line stays linear
_ORG = re.compile(r"(\S{1,30}?(?:商工会議所|商工会))")
_FY = re.compile(r"(令和|平成|R|H)(\d{1,2}|元)年度")
_NAME = re.compile(r"^(?P<title>.+?)\s+(?P<name>[一-龥々]{1,4}\s[一-龥々ぁ-ん]{1,4})$")
_ROLE = re.compile(r"^(?P<org>\S+)\s+(?P<name>[一-龥]{1,3}?)(?P<role>副会頭|副委員長|委員長|委員|部会長|経済部長|"
                   r"部長|専務理事)")
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
    """People listed under 出席者 as 「役職 氏 名」."""
    out: list[Member] = []
    inside = False
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
        m = _NAME.match(text)
        r = _ROLE.match(text)
        if r:  # 「中小企業支援委員会 小原委員長」: a surname with its role; 「同」 repeats the line above
            org = out[-1].title.rsplit(" ", 1)[0] if r.group("org") == "同" and out else r.group("org")
            out.append(Member(name=r.group("name"), title=f"{org} {r.group('role')}"))
        elif m and not re.search(r"法人|機構|センター", m.group("title")[-6:]) and "同" not in m.group("title"):
            out.append(Member(name=m.group("name"), title=m.group("title")))
    return out


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

"""People and organisations named in a document (rules), and the collection of what a
finder gives into the model's ``entities``.

The rules finder reads organisations as a run of kanji/katakana ending in an
organisation word (信用金庫, 商工会議所, センター …) and people from 「氏名：」 fields
and roster lines (「柏商工会議所 専務理事 高橋 直資」, 「川口市 江原経済部長」).
The GiNZA finder (``nlp/entities.py``) gives the same ``Found`` records.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from hattatsu.model import Entity, Location, Mention
from hattatsu.normalize import compact, nfkc

from ..blocks import Block, Line, flatten
from ..entity_names import (
    ALIAS_RE,
    MUNICIPALITY,
    ORG_SUFFIX,
    ROLE_RE,
    ROLE_WORDS,
    ROSTER_LENGTH,
    ROSTER_RE,
    Found,
    category,
    organization,
    person,
)

Finder = Callable[[list[str]], list[list[Found]]]

_C = r"[一-龥々〆ヵヶァ-ヴー･]"
_ORG_RE = re.compile(
    rf"(?:[(（](?:公財|公社|一社|一財|独)[)）]|(?:公益|一般)(?:社団|財団)法人|独立行政法人)?\s*"
    rf"{_C}*(?:{ORG_SUFFIX})(?:\s?{_C}*?(?:支店|支部|本部|支所|研究科|プラザ)(?:{_C}*?事業)?)?")
_GOV_RE = re.compile(rf"{_C}{{1,5}}{MUNICIPALITY}{_C}*?(?:部|課|局|室)(?!長)")
_NAME = r"[一-龥々]{1,4}(?:[ 　][一-龥々]{1,4})?"
# A 氏名 field may list several people (「氏名：山田 花子、佐藤 一郎」, or 「・」「/」 between
# them); a form that gives each person a field of their own names them one per line.
_NAME_LIST_SEP = r"\s*[、，,・/／]\s*"
# (each further name must end the text or be followed by another, a bracket or a space: in
# 「氏名：山田 花子、連絡先：…」 the next field's label is no name)
_NAME_FIELD_RE = re.compile(rf"氏\s*名\s*[：:]\s*(?P<names>{_NAME}"
                            rf"(?:{_NAME_LIST_SEP}{_NAME}(?=$|\s|{_NAME_LIST_SEP}|[(（]))*)")
_ROSTER_FULL_RE = re.compile(
    r"^(?P<pre>.*\S)[ 　]+(?P<name>[一-龥々]{1,4}[ 　][一-龥々ぁ-ゖ]{1,4})\s*$")
_ROSTER_TITLE_RE = re.compile(
    rf"(?:^|[ 　])(?P<name>[一-龥々]{{2}})(?P<role>[一-龥]{{0,4}}?(?:{ROLE_WORDS}))\s*(?:[(（].*)?$")
_NOT_SURNAME = re.compile(r"経営|支援|担当|委員|事務|外部|法定|専務|常務|副|同")
# What makes text worth reading at all: an organisation word that is not a self reference,
# a short form, a name field or a municipal department; on a short (roster) line, a title too.
_NAMED_RE = re.compile(rf"(?<![本当同各])(?:{ORG_SUFFIX})|{ALIAS_RE.pattern}|氏\s*名|"
                       rf"{MUNICIPALITY}[^、。]{{0,8}}?(?:部|課)")
_ROSTER_PLACE_RE = re.compile(rf"^([一-龥]{{1,5}}{MUNICIPALITY})[ 　]")
CLAUSE_LENGTH = 80  # longer text is read only around what could be a name
WINDOW = 30  # characters either side of an organisation word: a name and its branch fit


def is_candidate(text: str) -> bool:
    return bool(_NAMED_RE.search(text) or (len(text) <= ROSTER_LENGTH and ROSTER_RE.search(text)))


def windows(text: str) -> list[str]:
    """The parts of a line worth reading: the whole of a short line; of a long one, the
    clause around each organisation word (up to WINDOW characters either side, cut at 、 and
    。), overlapping ones merged. Keeps NLP off the rest of the text."""
    if len(text) <= CLAUSE_LENGTH:
        return [text] if is_candidate(text) else []
    spans: list[list[int]] = []
    for m in _NAMED_RE.finditer(text):
        a, b = max(0, m.start() - WINDOW), min(len(text), m.end() + WINDOW)
        left = max(text.rfind(c, a, m.start()) for c in "。、\t")
        right = [i for i in (text.find(c, m.end(), b) for c in "。、\t") if i >= 0]
        a, b = (left + 1 if left >= 0 else a), (min(right) if right else b)
        if spans and a <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], b)
        else:
            spans.append([a, b])
    return [text[a:b] for a, b in spans]


def find_in_texts(texts: list[str], finder: Finder) -> list[list[Found]]:
    """The names in each text, read window by window in one batch."""
    return _find_in_windows([windows(t) for t in texts], finder)


def _find_in_windows(parts: list[list[str]], finder: Finder) -> list[list[Found]]:
    flat = finder([w for ws in parts for w in ws])
    out, i = [], 0
    for ws in parts:
        out.append([f for found in flat[i:i + len(ws)] for f in found])
        i += len(ws)
    return out


def find_rules(texts: list[str]) -> list[list[Found]]:
    """The names in each text, by regular expressions only."""
    return [_find_one(t) for t in texts]


def _find_one(text: str) -> list[Found]:
    s = nfkc(text)
    out: list[Found] = []
    orgs: list[Found] = []
    spans: list[tuple[int, int]] = []
    for m in [*_ORG_RE.finditer(s), *_GOV_RE.finditer(s), *ALIAS_RE.finditer(s)]:
        if any(a < m.end() and m.start() < b for a, b in spans):
            continue
        spans.append(m.span())
        found = organization(m.group())
        if found:
            orgs.append(found)
    out.extend(orgs)
    affiliation = orgs[0].name if orgs and len(s) <= ROSTER_LENGTH else None
    m = _NAME_FIELD_RE.search(s)
    if m:
        role = "法定経営指導員" if "指導員" in s else None
        out.extend(person(name, role, affiliation) for name in re.split(_NAME_LIST_SEP, m.group("names")))
        return out
    m = _ROSTER_FULL_RE.match(s.strip())
    if m and (ROLE_RE.search(m.group("pre")) or orgs):
        role = ROLE_RE.findall(m.group("pre"))
        out.append(person(m.group("name"), role[-1] if role else None, affiliation))
        return out
    m = _ROSTER_TITLE_RE.search(s.strip())
    if m and not _NOT_SURNAME.search(m.group("name")):
        out.append(person(m.group("name"), m.group("role"), affiliation))
    return out


def find_entities(blocks: Iterable[tuple[str | None, Block]], nlp: bool = False) -> list[Entity]:
    """The entities of a document's (section, block) pairs, found by GiNZA or by rules."""
    if nlp:
        from ..nlp.entities import find_nlp as finder
    else:
        finder = find_rules
    lines = ((section, ln) for section, b in blocks for ln in flatten([b]))
    return collect(lines, finder)


def collect(lines: Iterable[tuple[str | None, Line]], finder: Finder = find_rules) -> list[Entity]:
    """The entities named in these (section, line) pairs, each with every place it appears.

    Only lines that could hold a name go to the finder, in one batch. A person named
    without an organisation takes, in this order: the municipality the roster line starts
    with (「川口市 江原経済部長」); the organisation of an organisation-only line right
    above (a committee list: 「独立行政法人 …機構」 then 「… 小杉 豊」); for 「同」 or a
    roster continuing on the next line, the affiliation of the person above."""
    located = [(section, ln, windows(ln.norm)) for section, ln in lines]
    picked = [(section, ln) for section, ln, ws in located if ws]
    found = _find_in_windows([ws for _, _, ws in located if ws], finder)
    entities: dict[tuple[str, str], Entity] = {}
    heading: tuple[int, str] | None = None  # (index, organisation) of the last organisation-only line
    above: tuple[int | None, str | None] = (None, None)  # (line, affiliation) of the last person
    before = ""  # the line before, for 「①法定経営指導員の氏名、連絡先」 above 「■氏名：…」
    for n, ((section, ln), names) in enumerate(zip(picked, found, strict=True)):
        orgs = [f for f in names if f.kind == "organization"]
        for f in names:
            if f.kind == "person":
                f = Found(f.kind, f.text, f.name, None, f.role or _legal_advisor(before, ln.norm),
                          f.affiliation or _affiliation(ln, bool(orgs), heading, above, n))
                above = (ln.line, f.affiliation)
            _add(entities, f, Mention(text=f.text, section=section, location=Location(page=ln.page, line=ln.line)))
        if orgs and not any(f.kind == "person" for f in names):
            heading = (n, orgs[0].name)
        before = ln.norm
    return list(entities.values())


def _legal_advisor(before: str, text: str) -> str | None:
    return "法定経営指導員" if "経営指導員の氏名" in before and "氏" in text else None


def _affiliation(ln: Line, has_org: bool, heading: tuple[int, str] | None,
                 above: tuple[int | None, str | None], n: int) -> str | None:
    m = _ROSTER_PLACE_RE.match(ln.norm)
    if m:
        return m.group(1)
    if heading and heading[0] == n - 1:
        return heading[1]
    line, affiliation = above
    same_roster = line is not None and ln.line is not None and 0 < ln.line - line <= 2
    if not has_org and (re.match(r"^同[ 　]", ln.norm) or same_roster):
        return affiliation
    return None


def _add(entities: dict[tuple[str, str], Entity], f: Found, mention: Mention) -> None:
    key = (f.kind, compact(f.name))
    e = entities.get(key)
    if e is None:
        e = entities[key] = Entity(kind=f.kind, name=f.name,
                                   category=category(f.name) if f.kind == "organization" else None)
    if f.branch and f.branch not in e.branches:
        e.branches.append(f.branch)
    if f.kind == "person":
        e.role = e.role or f.role
        e.affiliation = e.affiliation or f.affiliation
    e.mentions.append(mention)

"""People and organisations named in a document (rules), and the collection of what a
finder gives into the model's ``entities``.

The rules finder reads organisations as a run of kanji/katakana ending in an
organisation word (信用金庫, 商工会議所, センター …), opened by hiragana at a boundary
(さくら信用金庫) or named after a company's legal form (（株）みどり企画), and people from
「氏名：」 fields and roster rows: the name after the title (「柏商工会議所 専務理事 高橋 直資」,
「委員長 小原」), the name first (「高橋 直資 柏商工会議所 専務理事」), a surname of one to three
characters with its title (「林委員長」, 「川口市 江原経済部長」, 「関課長、原係長」), names a PDF
spaced out letter by letter (「山　田　　太　郎」).
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
    BRANCH_RE,
    COMPANY_RE,
    KANA_OPENING,
    LEGAL_FORM_RE,
    MUNICIPALITY,
    ORG_SUFFIX,
    ORG_SUFFIX_RE,
    PLACE_END,
    ROLE_RE,
    ROLE_WORDS,
    ROSTER_LENGTH,
    ROSTER_RE,
    TRAILING_NOTE,
    Found,
    category,
    despaced,
    is_surname,
    organization,
    person,
    titled_surnames,
)

Finder = Callable[[list[str]], list[list[Found]]]

_C = r"[一-龥々〆ヵヶァ-ヴー･]"
# A name opening in hiragana (さくら信用金庫, みどり川町商工会: see entity_names.KANA_OPENING).
_KANA_NAME = rf"{KANA_OPENING}(?={_C}{{0,30}}?(?:{MUNICIPALITY}|{ORG_SUFFIX}))"
# A prefecture's body named in hiragana after the prefecture (埼玉県よろず支援拠点); a particle is prose
# (「県と商工会」).
_KANA_AFTER_PREFECTURE = rf"(?<=[都道府県])(?![のにはとをがでへもや])[ぁ-ゖ]{{2,6}}{_C}{{0,20}}?"
_KANA_PLACE = rf"{_KANA_NAME}(?={_C}{{0,3}}{MUNICIPALITY})"
# (Runs of name characters are bounded: a line of kanji without an organisation word stays linear.)
# A branch or department after the name, attached or after a space: 「…公庫 浜岡支店 国民生活事業」,
# 「…商工会 経営支援課」, 「…商工会議所 中小企業相談所」, 「…大学経済学部」; not a title (「審査部長」) or
# a group (「部会」). After a space, a branch may open in hiragana (「…公庫 さいたま支店」).
_BRANCH = (rf"(?:(?:\s[ぁ-ゖ]{{0,6}})?{_C}{{0,20}}?(?:支店|支部|本部|支所|研究科|プラザ)(?:\s?{_C}{{0,20}}?事業)?"
           rf"|\s?(?!{_C}{{1,5}}{MUNICIPALITY}){_C}{{1,20}}?(?:部|課|(?<!会議)(?<!研修)室|相談所)(?![長会門]))")
_ORG_RE = re.compile(
    rf"(?:[(（](?:公財|公社|一社|一財|独)[)）]|(?:公益|一般)(?:社団|財団)法人|独立行政法人)?\s*"
    rf"(?:{_KANA_NAME})?{_C}{{0,30}}(?:{_KANA_AFTER_PREFECTURE})?(?:{ORG_SUFFIX}){_BRANCH}?")
# A municipality's department, to its last 部/課/局/室 (「金沢市経済局産業政策課」, 「柏市経済産業部 商工観光課」),
# not into a title (「経済部長」).
_DEPT = r"(?:部|課|局|室)(?![長会])"
_GOV_RE = re.compile(rf"(?:{_KANA_PLACE}{_C}{{0,3}}|{_C}{{1,5}}){MUNICIPALITY}"
                     rf"{_C}{{0,20}}?{_DEPT}(?:\s?{_C}{{1,20}}?{_DEPT}){{0,4}}")
_NAME = r"[一-龥々]{1,4}[ 　][一-龥々ぁ-ゖ]{1,4}|[一-龥々]{1,6}"
# A 氏名 field may list several people (「氏名：山田 花子、佐藤 一郎」, or 「・」「/」 between
# them); a form that gives each person a field of their own names them one per line. A form's
# table gives the field without a colon (「氏名 堀 大輔」); its header row (「氏名 所属 役職」) names no one.
_NAME_LIST_SEP = r"\s*[、，,・/／]\s*"
# (each further name must end the text or be followed by another, a bracket or a space: in
# 「氏名：山田 花子、連絡先：…」 the next field's label is no name)
_NAME_FIELD_RE = re.compile(rf"氏\s*名\s*(?:[：:]\s*|\s+(?=(?:{_NAME})(?:$|\s|[(（])))(?P<names>(?:{_NAME})"
                            rf"(?:{_NAME_LIST_SEP}(?:{_NAME})(?=$|\s|{_NAME_LIST_SEP}|[(（]))*)")
_ADVISOR_RE = re.compile(r"経営指導員[ ・]+(?P<name>[一-龥々]{1,4} [一-龥々]{1,4}|[一-龥々]{3,6}) ?は[、,]")
_NEXT_FIELD_RE = re.compile(r"\s(?:住所|所在地|TEL|電話|連絡先|役割|FAX|E-?mail)\s*[：:]", re.I)
_HEADER_WORDS = re.compile(r"所属|役職|職名|連絡先|団体|区分|備考|住所|電話")
# A roster row ending in a name after its title (and a note in brackets): 「委員 松井 和夫」,
# 「中小企業診断士 久保田 恵」, 「…コーディネーター 小野寺義明」, 「中小企業相談所長 林」, 「委員長 小野健司（…教授）」.
_FULL_NAME_RE = re.compile(r"[一-龥々]{1,4} [一-龥々ぁ-ゖ]{1,4}")
_ONE_WORD_NAME_RE = re.compile(r"[一-龥々]{1,6}")
# A roster row with the name first (氏名 | 所属 | 役職): 「長谷川 修 あおば台商工会議所 専務理事」.
_NAME_FIRST_RE = re.compile(r"^(?P<name>[一-龥々]{1,4} [一-龥々ぁ-ゖ]{1,4}) (?P<rest>\S.*)$")
_ENDS_IN_ROLE = re.compile(rf"(?:{ROLE_WORDS})$")
# What the 所属 column's words hold: a body, a department or a place (「中小企業支援委員会担当副会頭」).
_BODY_END = re.compile(rf"会|所|団体|機関|課|部|局|室|センター|{MUNICIPALITY}$")
# A title naming a kind of person (中小企業診断士, 税理士, 外部有識者, 講師, 相談役): a name may follow it.
_PERSON_KIND = re.compile(r"(?:士|者|師|役|員|授)$")
_NOT_A_SURNAME = re.compile(rf"(?:{ROLE_WORDS})|[部課局室所会者席]$")
_NOT_SURNAME = re.compile(r"経営|支援|担当|委員|事務|外部|法定|専務|常務|副|同|[市県町区管]内")
# What a word of four to six characters after a title ends in when it is no name (「巡回指導」, 「事業計画」).
_NOUN_END = re.compile(r"[導援査業化画成理議談会者所員長士師局部課室名人数回件等式内外中後前期度年月日"
                       r"定策営計報告催施況容準号]$")
_ONE_CHAR_NOT_NAME = set("他外等計各同名人全〃会場日時所期間内容")
# What makes text worth reading at all: an organisation word that is not a self reference,
# a short form, a name field or a municipal department; on a short (roster) line, a title too.
_NAMED_RE = re.compile(rf"(?<![本当同各])(?:{ORG_SUFFIX})|{ALIAS_RE.pattern}|氏\s*名|[(（][株有][)）]|(?<![A-Za-z])JA|"
                       rf"{MUNICIPALITY}[^、。]{{0,8}}?(?:部|課)")
_ROSTER_PLACE_RE = re.compile(rf"^([一-龥ぁ-ゖァ-ヶ]{{1,6}}{MUNICIPALITY})[ 　]")  # 「川口市 …」, 「あおば町 …」
CLAUSE_LENGTH = 80  # longer text is read only around what could be a name
WINDOW = 30  # characters either side of an organisation word: a name and its branch fit


# What a line naming a person without an organisation holds: a title, a kind of person before a
# space (「税理士 西 健太」), 「同」 for the row above.
_PEOPLE_HINT_RE = re.compile(rf"{ROLE_WORDS}|[士者師役員授](?: |$)|^[同〃]")


def is_candidate(text: str) -> bool:
    if _NAMED_RE.search(text):
        return True
    if len(text) > ROSTER_LENGTH:
        return False
    joined = despaced(text)[0]
    return bool(ROSTER_RE.search(text) or ROSTER_RE.search(joined)
                or (_PEOPLE_HINT_RE.search(joined) and rule_people(text, [])))


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
    s = despaced(nfkc(text))[0]
    orgs: list[Found] = []
    spans: list[tuple[int, int]] = []
    for m in [*_ORG_RE.finditer(s), *_GOV_RE.finditer(s), *ALIAS_RE.finditer(s), *COMPANY_RE.finditer(s)]:
        if any(a < m.end() and m.start() < b for a, b in spans):
            continue
        found = organization(m.group())
        if found is None and LEGAL_FORM_RE.fullmatch(m.group().strip()):
            continue  # 「株式会社」 alone: the name follows it (COMPANY_RE)
        spans.append(m.span())
        if found:
            orgs.append(found)
    return orgs + rule_people(text, orgs)


def rule_people(text: str, orgs: list[Found]) -> list[Found]:
    """The people the rules read in a text, given the organisations found in it (the first
    gives a short line's people their affiliation): a 氏名 field, a roster row's name after its
    title or before its organisation, and surnames written with their titles."""
    s, joined = despaced(nfkc(text))
    short = len(s) <= ROSTER_LENGTH
    affiliation = orgs[0].name if orgs and short else None
    m = _NAME_FIELD_RE.search(s)
    if m and not _HEADER_WORDS.search(m.group("names")):
        role = "法定経営指導員" if "指導員" in s else None
        return [person(name, role, affiliation) for name in re.split(_NAME_LIST_SEP, m.group("names"))]
    advisor = _ADVISOR_RE.search(s)
    if advisor and all(p not in _ONE_CHAR_NOT_NAME and is_surname(p[:3]) for p in advisor.group("name").split()[:1]):
        # the form's 広域経営指導員 statement (2025-): 「申請書に記載の経営指導員 高田 成智 は、…該当しない」
        return [person(advisor.group("name"), "経営指導員", affiliation)]
    # 別表4's 連携者 row goes on after the representative's name with the next field (「①…信用金庫 代表理事長
    # 鈴木 太郎 住所：…」): the row is read up to that field's label.
    s = _NEXT_FIELD_RE.split(s, maxsplit=1)[0].strip()
    # 「同 同 大 沢 誠 一」 joined up as one run by a reader: the marks of 「as above」 and a name
    s = re.sub(r"^[同〃]{1,3}(?=[一-龥々]{3,6}$)", lambda m: " ".join(m.group()) + " ", s)
    out: list[Found] = []
    found = _tail_name(s, bool(orgs), joined) or _name_first(s, orgs) if short else None
    if found:
        out.append(person(found[0], found[1], affiliation))
    for a, b, title in titled_surnames(s, short):
        if not (found and s[a:b] in compact(found[0])):  # the row's name, read already
            out.append(person(s[a:b], title, affiliation))
    return out


def _tail_name(s: str, has_org: bool, joined: set[str]) -> tuple[str, str | None] | None:
    """(name, title) of a roster row ending in a name after its title (a note in brackets after
    either aside), or None."""
    words = TRAILING_NOTE.sub("", s).split()
    for n in (2, 1):  # a full name written with its space first, then one word
        if len(words) < n + 1:
            continue
        name = " ".join(words[-n:])
        if not (_FULL_NAME_RE if n == 2 else _ONE_WORD_NAME_RE).fullmatch(name):
            continue
        title = TRAILING_NOTE.sub("", words[-n - 1])
        pre = " ".join(words[:-n - 1])
        roles = ROLE_RE.findall(f"{pre} {title}")
        role = (re.sub(rf"^.*(?:{ORG_SUFFIX})", "", title) if ROLE_RE.search(title)
                else roles[-1] if roles else None)
        found = _titled_name(pre + " " if pre else "", title, name, roles, has_org, joined)
        if found:
            return found, role
    return None


def _titled_name(pre: str, title: str, name: str, roles: list[str], has_org: bool, joined: set[str]) -> str | None:
    if " " in name:  # 「専務理事 高橋 直資」, 「中小企業診断士 久保田 恵」, 「同 同 大沢 誠一」
        parts = name.split()
        if (roles or has_org or _PERSON_KIND.search(title) or re.fullmatch(r"[同〃 ]+", pre + title)) \
                and not (_NOUN_END.search(parts[-1]) and len(parts[-1]) > 2) \
                and not any(ROLE_RE.search(p) or ORG_SUFFIX_RE.search(p) or p in _ONE_CHAR_NOT_NAME
                            or PLACE_END.search(p) for p in parts):
            return name
        return None
    if _NOT_SURNAME.search(name) or _NOT_A_SURNAME.search(name) or name in _ONE_CHAR_NOT_NAME:
        return None
    if len(name) <= 3:  # a surname after its title: 「委員長 小原」, 「中小企業相談所長 林」 (a table's row)
        return name if ROLE_RE.search(title) else None
    # a full name without its space (「…コーディネーター 小野寺義明」, 「柏市経済産業部 商工観光課 後藤亮平」,
    # 「同 同 大沢誠一」), or one a PDF spaced out
    same = re.fullmatch(r"[同〃 ]+", pre + title)
    unit = has_org and re.search(r"(?:部|課|局|室|所|支店|センター)$", title)  # a body's department, then the name
    if (name in joined or ROLE_RE.search(title) or _PERSON_KIND.search(title) or unit or same) \
            and not _NOUN_END.search(name):
        return name
    return None


def _name_first(s: str, orgs: list[Found]) -> tuple[str, str | None] | None:
    """(name, title) of a roster row that puts the name first and the organisation or title
    after it (「長谷川 修 あおば台商工会議所 専務理事」, 「林 一郎 中小企業診断士」), or None."""
    s = TRAILING_NOTE.sub("", s)
    if re.search(r"[、。]", s):  # a sentence, no row
        return None
    words = s.split()
    first = words[0] if words else ""
    glued = len(words) == 2 and (len(first) >= 4 or ORG_SUFFIX_RE.search(words[-1]))  # 「… 川口商工会議所専務理事」
    name_like = is_surname(first) or (re.fullmatch(r"[一-龥々]{4,6}", first) and not _NOUN_END.search(first))
    # a surname alone (or a full name without its space) first, then the body and the post
    # (「小原 中小企業支援委員会 委員長」, 「隅内 同 副委員長」, 「小野寺義明 川口商工会議所 企業支援
    # コーディネーター」)
    body = len(words) >= 3 and any(orgs or w in ("同", "〃") or _BODY_END.search(w) for w in words[1:-1])
    if (body or glued) and _ENDS_IN_ROLE.search(words[-1]) and not ROLE_RE.search(first) \
            and not PLACE_END.search(first) and name_like \
            and (not _NAME_FIRST_RE.match(s) or not _name_first_full(s, orgs)):
        roles = ROLE_RE.findall(words[-1])
        return first, roles[-1] if roles else None
    return _name_first_full(s, orgs)


def _name_first_full(s: str, orgs: list[Found]) -> tuple[str, str | None] | None:
    m = _NAME_FIRST_RE.match(s)
    if not m or any((_NOUN_END.search(p) and len(p) > 1) or p in _ONE_CHAR_NOT_NAME or PLACE_END.search(p)
                    or re.fullmatch(r"[ぁ-ゖ]", p) for p in m.group("name").split()):  # 「誰 が」: a particle
        return None
    rest = m.group("rest")
    last = rest.split()[-1]
    if (orgs and rest.startswith(orgs[0].text.strip())) or ROLE_RE.search(last) or _PERSON_KIND.search(last) \
            or re.fullmatch(r"[同〃 ]+", rest):  # 「大沢 誠一 同 同」: body and post as the row above
        roles = ROLE_RE.findall(rest)
        return m.group("name"), roles[-1] if roles else None
    return None


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

    Only lines that could hold a name go to the finder, in one batch. A person's
    affiliation is the organisation written in their own line (the finder's), else, by
    roster conventions (``_Roster``), what the roster row or its group says."""
    located = [(section, ln, windows(ln.norm)) for section, ln in lines]
    found = iter(_find_in_windows([ws for _, _, ws in located if ws], finder))
    entities: dict[tuple[str, str], Entity] = {}
    roster = _Roster()
    before = ""  # the line before, for 「①法定経営指導員の氏名、連絡先」 above 「■氏名：…」
    for section, ln, ws in located:
        if not ln.norm.strip():
            continue  # blank lines (a PDF's or a converter's) do not break a roster
        names = next(found) if ws else []
        orgs = [f for f in names if f.kind == "organization"]
        people: list[Entity] = []
        for f in names:
            if f.kind == "person":
                f = Found(f.kind, f.text, f.name, None, f.role or _legal_advisor(before, ln.norm),
                          f.affiliation or roster.affiliation(ln.norm, f, bool(orgs)))
            e = _add(entities, f, Mention(text=f.text, section=section, location=Location(page=ln.page, line=ln.line)))
            if f.kind == "person":
                people.append(e)
        roster.read(ln.norm, orgs, people)
        before = ln.norm
    return list(entities.values())


def _legal_advisor(before: str, text: str) -> str | None:
    return "法定経営指導員" if "経営指導員の氏名" in before and "氏" in text else None


# A group heading over roster rows: a short line in brackets (「（柏市）」, 「＜川口商工会議所＞」,
# 「【事務局】」). When it names a body, the rows under it that name none belong to it.
_GROUP_RE = re.compile(r"^[(（＜<【〈［\[]\s*(?P<body>[^()（）＜＞<>【】〈〉［］\[\]]{1,30}?)\s*[)）＞>】〉］\]]$")
_PLACE_NAME_RE = re.compile(rf"^[一-龥ぁ-ゖァ-ヶ]{{1,5}}{MUNICIPALITY}$")
# A municipality in a title: 「みどり川町産業振興課長 中村 恵」, 「川口市経済部長」 (not 「地区担当課長」).
_TITLE_PLACE_RE = re.compile(rf"(?:^|[ 　])(?P<place>[一-龥ぁ-ゖァ-ヶ]{{1,5}}?(?<!地){MUNICIPALITY})"
                             rf"[一-龥ァ-ヶー]*?(?:部|課|局|室)長")
# 「同 隅内副委員長」: same as the row above (「同同大沢誠一」: a spaced row joined up)
_SAME_RE = re.compile(r"^[同〃](?:[ 　]|[同〃])")
_CONTACT_RE = re.compile(r"連\s*絡\s*先")


class _Roster:
    """Where a person's affiliation comes from when their line names no organisation, by the
    conventions of rosters (committee lists, a 氏名/連絡先 record), in this order:

    - a municipality opening the row or its title (「川口市 江原経済部長」, 「みどり川町産業振興課長 …」);
    - a two-line row: an organisation-only line right above (「独立行政法人 …機構」 then
      「… 小杉 豊」);
    - a row of the same roster right above, when this one says 「同」 or gives only a post
      (「柏商工会議所 専務理事 …」 then 「中小企業相談所長 …」); a row with no post (「中小企業
      診断士 森本 由紀」) is a person of their own;
    - the body a group heading names (「（柏市）」);
    - a 氏名 field followed by its 連絡先 field (「■氏名：片貝晃久」 then 「■連絡先：高崎市群馬商工会」).

    Only the line right above counts (blank lines aside): an organisation named in an earlier
    sentence says nothing about the people listed after it."""

    def __init__(self) -> None:
        self.org: str | None = None  # the line above was an organisation-only line naming this
        self.person: tuple[str | None] | None = None  # the line above was a roster row: its affiliation
        self.group: str | None = None  # the body the last group heading named
        self.pending: list[Entity] = []  # people of a 氏名 field above, without an affiliation

    def affiliation(self, text: str, f: Found, has_org: bool) -> str | None:
        if text.startswith(f.text):  # the name first: the place opens what follows (「江原 川口市 経済部長」)
            text = text[len(f.text):].strip()
        m = _ROSTER_PLACE_RE.match(text) or _TITLE_PLACE_RE.search(text)
        if m:
            return m.group(1)
        if self.org:
            return self.org
        if self.person and not has_org and (_SAME_RE.match(text) or f.role):
            return self.person[0]
        return self.group

    def read(self, text: str, orgs: list[Found], people: list[Entity]) -> None:
        """Take in a non-blank line after its names are collected."""
        if orgs and _CONTACT_RE.search(text):
            for e in self.pending:
                e.affiliation = e.affiliation or orgs[0].name
        self.pending = [e for e in people if e.affiliation is None and re.search(r"氏\s*名", text)]
        group = _GROUP_RE.match(text)
        if group:
            body = group.group("body")
            named = organization(body) if ORG_SUFFIX_RE.search(body) else None
            self.group = named.name if named else (body if _PLACE_NAME_RE.match(body) else None)
        short = len(text) <= ROSTER_LENGTH
        self.org = orgs[0].name if orgs and not people and not group and _names_only(text, orgs) else None
        people_row = people and short
        self.person = (people[-1].affiliation,) if people_row else None


def _names_only(text: str, orgs: list[Found]) -> bool:
    """Whether a line is an organisation's name (with its legal form and branch) and little
    more: a roster row, not a sentence that names one (「上田信用金庫と連携して…」)."""
    rest = nfkc(text)
    for f in orgs:
        rest = rest.replace(nfkc(f.text), " ", 1)
    rest = compact(" ".join(LEGAL_FORM_RE.sub("", part.strip()) for part in rest.split()))
    return (len(rest) <= 8 or bool(BRANCH_RE.fullmatch(rest))) and not re.search(r"[。、]", rest)


def _add(entities: dict[tuple[str, str], Entity], f: Found, mention: Mention) -> Entity:
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
    return e

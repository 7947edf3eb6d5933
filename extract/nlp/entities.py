"""People and organisations found with GiNZA: morphology, named entities, token chains.

Organisations: a chain of nouns (GiNZA tokens tagged 名詞/接頭辞/接尾辞, so 「よろず」 and
「りそな」 stay inside a name where a character class would cut them) that contains an
organisation word; the name runs to the last such word, and what follows is kept as
its branch when it reads as one (支店, 支部, 本部, 研究科, a department). A chain
separated by a space continues the name when it is a branch (「…機構関東本部 東大柏
ベンチャープラザ」) or follows a bare legal form (「独立行政法人 …」).

People: the named-entity recogniser's Person spans and tokens tagged 人名, kept
when they are a full name, stand in a 「氏名：」 field, or carry a title
(「小原委員長」); a surname GiNZA tags as a place is taken when a roster line puts a
title right after it (「川口市 江原経済部長」). A person span that is part of an
organisation chain (「川口」 in 川口商工会議所) is not a person. What the rules read with
confidence (``sections.entities.rule_people``: a surname of one to three characters with its
title, a name spaced out letter by letter, a roster row with the name first) comes first, the
surname's length taken from the tagger's 姓 token where only length split it off its title.
A name opening in hiragana at a boundary (「とよはし信用金庫」) widens its chain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hattatsu.normalize import compact

from ..entity_names import (
    ALIAS_RE,
    BRANCH_RE,
    COMPANY_RE,
    KANA_OPENING_RE,
    LEGAL_FORM_RE,
    MUNICIPALITY,
    ORG_SUFFIX_RE,
    ROLE_RE,
    ROSTER_LENGTH,
    ROSTER_RE,
    Found,
    department,
    organization,
    person,
)
from ..sections.entities import rule_people
from . import tag

_KANJI_NAME = re.compile(r"^[一-龥々ヶ]{1,4}(?: ?[一-龥々ぁ-ゖ]{1,4})?$")
_PLACE = re.compile(rf"{MUNICIPALITY}$")
_BUSINESS_LINE = re.compile(r"(?:国民生活|中小企業|農林水産)事業")


@dataclass
class _Chain:
    start: int  # character offsets in the text
    end: int
    tokens: list  # spaCy tokens

    @property
    def text(self) -> str:
        return "".join(t.text_with_ws for t in self.tokens).strip()


def find_nlp(texts: list[str]) -> list[list[Found]]:
    """The names in each text, by GiNZA (texts go through ``nlp.pipe`` in one batch).

    The named-entity recogniser, the slowest component of ja_ginza, runs only on the texts
    where it can matter: roster lines, name fields, a name next to a title, and an
    organisation word after 「の」 (「柏の葉アーバンデザインセンター」). Elsewhere people are
    read from the 人名 tags."""
    return [_find_doc(doc) for doc in tag(texts, _needs_ner)]


def _needs_ner(doc) -> bool:
    text = doc.text
    return bool(re.search(r"氏\s*名", text) or re.search(rf"の[^、。]{{0,12}}(?:{ORG_SUFFIX_RE.pattern})", text)
                or (len(text) <= ROSTER_LENGTH and ROSTER_RE.search(text))
                or (ROLE_RE.search(text) and any("人名" in t.tag_ for t in doc)))


_ORG_LABELS = {"Company", "Corporation_Other", "Organization_Other", "Government", "Public_Institution",
               "School", "Academic", "International_Organization"}


def _find_doc(doc) -> list[Found]:
    orgs: list[tuple[Found, int, int]] = []
    for chain in _joined(_chains(doc)):
        found = _organization(_widened(doc, chain))
        if found:
            orgs.append((found, chain.start, chain.end))
    orgs.extend(_coordinated(doc, [(f, a) for f, a, _ in orgs]))
    for m in [*ALIAS_RE.finditer(doc.text), *COMPANY_RE.finditer(doc.text)]:
        if not any(a <= m.start() < b for _, a, b in orgs):
            found = organization(m.group())
            if found:
                orgs.append((found, m.start(), m.end()))
    spans = [(a, b) for _, a, b in orgs]
    affiliation = orgs[0][0].name if orgs and len(doc.text) <= ROSTER_LENGTH else None
    found = [f for f, _, _ in orgs]
    # What the rules read with confidence comes first: surnames of one or three characters with their
    # title (「林委員長」, where the tagger reads 「森副」), names spaced out letter by letter, rows that
    # put the name first; the tagger's other people are added.
    ruled = [_tagged_surname(doc, f) for f in rule_people(doc.text, found)]
    people = [p for p in _people(doc, spans, affiliation)
              if not any(compact(p.name) in compact(r.name) or compact(r.name) in compact(p.name) for r in ruled)]
    return found + ruled + people


def _tagged_surname(doc, f: Found) -> Found:
    """A surname the rules split off a title by its length alone (「長谷川産業振興課長」 → 長谷, 「工藤雅人教授」
    → 工藤) taken as the tagger reads it: its 姓 token (and a 名 token right after), when a title
    follows."""
    i = doc.text.find(f.name)
    head = next((t for t in doc if t.idx == i), None) if " " not in f.name and i >= 0 else None
    if head is None or "人名-姓" not in head.tag_ or re.fullmatch(rf"副?(?:{ROLE_RE.pattern})", f.role or ""):
        return f  # a title word fixes the split (「森副委員長」: 森, whatever the tagger says)
    run = [head] + ([doc[head.i + 1]] if head.i + 1 < len(doc) and "人名-名" in doc[head.i + 1].tag_
                    and not head.whitespace_ else [])
    end = run[-1].idx + len(run[-1].text)
    rest = re.match(r"[一-龥ァ-ヶー]*", doc.text[end:]).group()
    name = doc.text[i:end]
    if name == f.name or not rest or not re.fullmatch(rf"[一-龥ァ-ヶー]*?(?:{ROLE_RE.pattern})", rest):
        return f
    return person(name, rest, f.affiliation)


def _coordinated(doc, orgs: list[tuple[Found, int]]) -> list[tuple[Found, int, int]]:
    """「さいたま・蕨商工会議所」: a place name joined by 「・」 to a named body shares its kind."""
    out = []
    for found, start in orgs:
        i = next((t.i for t in doc if t.idx == start), None)
        if i is None or i < 2 or doc[i - 1].text != "・" or "地名" not in doc[i - 2].tag_:
            continue
        kind = ORG_SUFFIX_RE.search(found.name)
        if kind and kind.end() == len(found.name) and not found.branch:
            place = doc[i - 2]
            other = organization(place.text + kind.group())
            if other:
                out.append((other, place.idx, place.idx + len(place.text)))
    return out


def _is_noun(t) -> bool:
    return (t.tag_.startswith(("名詞", "接頭辞", "接尾辞-名詞的")) and not t.tag_.startswith("名詞-数詞")
            and not any(c.isdigit() for c in t.text) and t.text not in ("・", "等"))


def _widened(doc, c: _Chain) -> _Chain:
    """The chain with leading adverbial nouns (「限り」, 「内」) dropped, and started where
    an organisation the recogniser found begins before it (「柏の葉アーバンデザインセンター」)."""
    tokens = list(c.tokens)
    while tokens and (("副詞可能" in tokens[0].tag_ and re.search(r"[一-龥]", tokens[0].text))
                      or tokens[0].tag_.startswith("接尾辞")):
        tokens.pop(0)
    if not tokens:
        return c
    start = tokens[0].idx
    doc = tokens[0].doc
    kana = KANA_OPENING_RE.search(doc.text[:start]) if _has_org(c) else None
    if kana:  # 「ながさき産業振興機構」, 「とよはし信用金庫」: a name opening in hiragana (entity_names.KANA_OPENING)
        return _Chain(kana.start(), c.end, [t for t in doc if kana.start() <= t.idx < start] + tokens)
    for ent in doc.ents:
        if ent.label_ in _ORG_LABELS and ent.start_char < start < ent.end_char \
                and not re.search(r"[、。,\s]", doc.text[ent.start_char:start]):
            tokens = [t for t in doc if ent.start_char <= t.idx < start] + tokens
            break
    return _Chain(tokens[0].idx, c.end, tokens)


def _chains(doc) -> list[_Chain]:
    """Maximal runs of noun tokens; a space ends a run."""
    out: list[_Chain] = []
    run: list = []
    for t in doc:
        if _is_noun(t) and not t.is_space:
            run.append(t)
            if not t.whitespace_:
                continue
        if run:
            out.append(_Chain(run[0].idx, run[-1].idx + len(run[-1].text), run))
            run = []
    if run:
        out.append(_Chain(run[0].idx, run[-1].idx + len(run[-1].text), run))
    return out


def _joined(chains: list[_Chain]) -> list[_Chain]:
    """Chains across a space joined where the second one continues the first's name: a
    bare legal form before a name, a branch after it (「…機構関東本部 東大柏ベンチャー
    プラザ」, 「東京大学大学院 新領域創成科学研究科人間環境学」: up to the branch word), or a
    department named only with common nouns after a named body (「金沢商工会議所
    企業経営アシストセンター」)."""
    out: list[_Chain] = []
    text = chains[0].tokens[0].doc.text if chains else ""  # Doc.text joins every token: read it once
    for c in chains:
        prev = out[-1] if out else None
        if prev is None or text[prev.end:c.start].strip() or not c.start > prev.end:
            out.append(c)
            continue
        named = _has_org(prev) or department(prev.text)
        line = named and prev.text.endswith("支店") and _BUSINESS_LINE.fullmatch(c.text)  # 「浜岡支店 国民生活事業」
        if LEGAL_FORM_RE.fullmatch(prev.text) or (named and _unit_of_previous(c)) or line:
            out[-1] = _Chain(prev.start, c.end, prev.tokens + c.tokens)
            continue
        cut = _branch_prefix(c) if named and not _has_org(c) and not department(c.text) else 0
        if cut:
            out[-1] = _Chain(prev.start, c.tokens[cut - 1].idx + len(c.tokens[cut - 1].text),
                             prev.tokens + c.tokens[:cut])
            if cut < len(c.tokens):
                rest = c.tokens[cut:]
                out.append(_Chain(rest[0].idx, c.end, rest))
            continue
        out.append(c)
    return out


def _branch_prefix(c: _Chain) -> int:
    """How many leading tokens of c make a branch (0 for none)."""
    for n in range(len(c.tokens), 0, -1):
        text = "".join(t.text for t in c.tokens[:n])
        if BRANCH_RE.fullmatch(text) and not ROLE_RE.search(text) \
                and not (n < len(c.tokens) and c.tokens[n].text.startswith("長")):  # 「審査部長」: a title
            return n
    return 0


def _unit_of_previous(c: _Chain) -> bool:
    """A body named with common nouns only (企業経営アシストセンター): part of the one before."""
    return _has_org(c) and not any("固有名詞" in t.tag_ for t in c.tokens) \
        and not ORG_SUFFIX_RE.match(c.text) and not ROLE_RE.search(c.text)


def _has_org(c: _Chain) -> bool:
    return bool(ORG_SUFFIX_RE.search(c.text))


def _organization(c: _Chain) -> Found | None:
    text = c.text
    last = None
    for m in ORG_SUFFIX_RE.finditer(text):
        last = m
    if last is None:
        return organization(text) if department(text) else None
    rest = text[last.end():].strip()
    place = [t for t in c.tokens if t.idx - c.start >= last.end()]
    if rest and len(place) == 1 and "地名" in place[0].tag_:
        return organization(text)  # 「リテクセンター埼玉」
    if rest and not (BRANCH_RE.fullmatch(compact(rest)) and not ROLE_RE.search(rest)):
        text = text[:last.end()]
    return organization(text)


def _people(doc, org_spans: list[tuple[int, int]], affiliation: str | None) -> list[Found]:
    text = doc.text
    field = re.search(r"氏\s*名\s*[：:]", text)
    out: list[Found] = []
    taken: list[tuple[int, int]] = []

    candidates: list[tuple[int, int, str | None]] = []  # (start, end, title)

    def title_after(b: int) -> str | None:
        m = re.match(rf"\s?([一-龥ァ-ヶー]{{0,6}}?(?:{ROLE_RE.pattern}))", text[b:])
        return m.group(1) if m else None

    def title_before(a: int) -> str | None:
        """The word before a name when it ends in a title, without an organisation's name
        in front (「川口商工会議所企業支援コーディネーター」 → 企業支援コーディネーター)."""
        m = re.search(rf"(\S*(?:{ROLE_RE.pattern}))(?:[(（][^)）]*[)）])?\s+$", text[:a])
        return re.sub(rf"^.*(?:{ORG_SUFFIX_RE.pattern})", "", m.group(1)) if m else None

    def consider(a: int, b: int, full: bool) -> None:
        # a title before a surname counts when the surname ends the line: a roster table's row
        # read as a line (「中小企業支援委員会 委員長 小原」)
        role = title_after(b) or (title_before(a) if full or not text[b:].strip() else None)
        if full or role or (field and field.end() <= a):
            candidates.append((a, b, role))

    runs = _name_runs(doc)
    for ent in doc.ents:
        if ent.label_ == "Person":
            a, b = ent.start_char, ent.end_char
            head = doc[ent.start]
            if len(ent) > 1 and "地名" in head.tag_ and _PLACE.search(head.text) and head.whitespace_:
                a = doc[ent.start + 1].idx  # 「松本市 青木商工課長」: the municipality opens the row
            tail = doc[ent.end - 1]
            if " " in text[a:b] and "人名" not in tail.tag_ and (
                    ("地名" in tail.tag_ and _PLACE.search(tail.text))  # 「青木 上田市」: the next cell's place
                    or (not tail.whitespace_ and ent.end < len(doc) and _is_noun(doc[ent.end]))):  # 「高倉 連係|士業」
                b = a + len(text[a:b].split(" ", 1)[0])
            consider(a, b, any(x <= a and b <= y and n >= 2 for x, y, n in runs) or " " in ent.text.strip())
    for a, b, n in runs:
        consider(a, b, n >= 2)
    # A roster line's last part: surname + title (「江原経済部長」, 「隅内副委員長」).
    parts = text.rstrip().rsplit(maxsplit=1)
    last = parts[-1] if parts else ""
    if last and ROLE_RE.search(last) and len(text) <= 40:
        start = len(text.rstrip()) - len(last)
        tokens = [t for t in doc if t.idx >= start]
        if len(tokens) >= 2 and "固有名詞" in tokens[0].tag_ and not _PLACE.search(tokens[0].text):
            head = tokens[0]
            candidates.append((head.idx, head.idx + len(head.text), last[len(head.text):]))
    for a, b, role in sorted(candidates, key=lambda c: c[0] - c[1]):  # longest first
        name = text[a:b].strip()
        if (not _KANJI_NAME.match(name) or len(compact(name)) < 2 or name[0] in "当本同各"
                or ORG_SUFFIX_RE.search(name)
                or any(x < b and a < y for x, y in org_spans + taken)):
            continue
        taken.append((a, b))
        if field and role is None and "指導員" in text:
            role = "法定経営指導員"
        out.append(person(name, role, affiliation))
    return out


def _name_runs(doc) -> list[tuple[int, int, int]]:
    """(start, end, tokens) of runs of tokens tagged 人名 (姓 then 名). A given name the
    tagger does not know counts when it stands alone after a surname and a space
    (「高橋 直資」): a short kanji noun followed by a space, punctuation or the end."""
    out: list[tuple[int, int, int]] = []
    run: list = []
    for t in [*doc, None]:
        if t is not None and ("人名" in t.tag_ or (
                len(run) == 1 and "人名-姓" in run[0].tag_ and run[0].whitespace_
                and re.fullmatch(r"[一-龥々]{1,3}", t.text) and t.tag_.startswith("名詞")
                and t.text not in ("同", "〃") and not ("地名" in t.tag_ and _PLACE.search(t.text))
                and len(run[0].text) + len(t.text) >= 3  # not 「開 催」, a label spaced out
                and (t.i + 1 == len(doc) or t.whitespace_ or doc[t.i + 1].is_punct))):
            run.append(t)
            continue
        if run:
            out.append((run[0].idx, run[-1].idx + len(run[-1].text), len(run)))
            run = []
    return out

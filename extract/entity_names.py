"""Names of people and organisations: what counts as one, its normal form, its kind.

Shared by the rules finder (``sections/entities.py``) and the GiNZA finder
(``nlp/entities.py``): they differ in how they find a name in a sentence, not in
what they make of it. An organisation's name is normalised by dropping its legal
form (（公財）, 一般社団法人 …), expanding well-known short forms (日商, 中小機構)
and splitting off a branch (日本政策金融公庫 | 高崎支店国民生活事業). Generic and
self references (商工会議所, 本商工会議所, 近隣商工会, 金融機関) are not entities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hattatsu.model import EntityCategory
from hattatsu.normalize import compact, nfkc

# What an organisation's name ends in (longest first where one ends another).
ORG_SUFFIX = (r"信用保証協会|信用金庫|信用組合|政策金融公庫|公庫|銀行|商工会議所|会議所|商工会|連合会|"
              r"協会|機構|大学校|大学院|大学|支援拠点|センター(?![ァ-ヴー])|公社|財団|士会|庁|経済産業局|経済産業省|株式会社|有限会社|協議会")
ORG_SUFFIX_RE = re.compile(rf"(?:{ORG_SUFFIX})")
MUNICIPALITY = r"[都道府県市町村区]"  # what a prefecture's or municipality's name ends in
# A municipality's department: 柏市経済産業部, 川口市経済部産業労働政策課.
GOVERNMENT_RE = re.compile(rf"^(?P<name>.{{1,6}}?{MUNICIPALITY})(?P<branch>.+?(?:部|課|局|室))$")
# What may follow a name as its branch or office.
BRANCH_RE = re.compile(r"(?:.*?(?:支店|支部|本部|支所|研究科|プラザ|事務所|部|課)"
                       r"(?:(?:国民生活|中小企業|農林水産)事業)?|大学院.*)$")
LEGAL_FORM_RE = re.compile(
    r"^(?:[(（](?:公財|公社|一社|一財|独|株|有|社|財)[)）]|(?:公益|一般)(?:社団|財団)法人|独立行政法人|"
    r"株式会社|特定非営利活動法人|地方独立行政法人)\s*")
ALIAS_RE = re.compile(r"日商(?!工)|中小機構|日本公庫|ジェトロ")
ALIASES = {"日商": "日本商工会議所", "中小機構": "中小企業基盤整備機構", "日本公庫": "日本政策金融公庫",
           "ジェトロ": "日本貿易振興機構", "JETRO": "日本貿易振興機構"}
# A name is generic when nothing in it says which body is meant.
GENERIC_PREFIX_RE = re.compile(
    r"^(?:本|当|同|各|他|複数|近隣|県内|市内|管内|域内|地元|地域|全国|外部|関係|連携|支援|担当|主要|一部|大型|"
    r"[\d０-９]+)")
IN_AREA_RE = re.compile(r"(?:県内|市内|管内|地区内|域内)各?(?:商工会議所|会議所|商工会|金融機関)$")
GENERIC_NAMES = {"商工会議所", "会議所", "商工会", "連合会", "協会", "機構", "大学", "大学校", "拠点",
                 "支援拠点", "センター", "公社", "財団", "士会", "銀行", "信用金庫", "信用組合", "公庫",
                 "金融機関", "支援機関", "税理士会", "弁護士会", "経済産業局", "庁", "商工会・会議所",
                 "県庁", "市役所", "ショッピングセンター", "協議会", "連絡協議会", "臨時協議会",
                 "運営協議会"}

CATEGORIES: list[tuple[EntityCategory, re.Pattern[str]]] = [
    ("financial", re.compile(r"公庫|銀行|信用金庫|信用組合|信用保証協会")),
    ("university", re.compile(r"大学|大学校|高等専門学校")),
    ("professional", re.compile(r"士会|診断協会|診断士協会|弁護士|司法書士|行政書士|社会保険労務士")),
    ("chamber", re.compile(r"商工会議所|商工会|会議所")),
    ("government", re.compile(rf"{MUNICIPALITY}$|庁$|省$|経済産業局$|振興局$")),
    ("support", re.compile(r"支援拠点|機構|公社|センター|財団|振興|協会|協議会")),
]

ROLE_WORDS = (r"専務理事|常務理事|理事長|理事|副会頭|会頭|副会長|会長|副委員長|委員長|部会長|委員|"
              r"相談所長|所長|局長|部長|課長|室長|支店長|教授|准教授|マネージャー|コーディネーター|経営指導員|代表")
ROLE_RE = re.compile(rf"(?:{ROLE_WORDS})")
# A roster line ends in a name of two short parts (「振興課長 木村 剛」) or a title
# (「小原委員長」, 「藤本部会長（金融機関支店長）」), or puts a name after a title (and its note).
ROSTER_RE = re.compile(rf"(?:^|\s)[一-龥々]{{1,4}}[ 　][一-龥々ぁ-ゖ]{{1,4}}\s*$|"
                       rf"(?:{ROLE_WORDS})\s*(?:[(（][^)）]*[)）])?\s*$|"
                       rf"(?:{ROLE_WORDS})(?:[(（][^)）]*[)）])?[・ 　]+[一-龥々]{{2,}}")
ROSTER_LENGTH = 60  # a line this short naming an organisation and a person gives the affiliation


@dataclass(frozen=True)
class Found:
    """A name found in one line of text."""

    kind: str  # "person" | "organization"
    text: str  # as written
    name: str  # normalised
    branch: str | None = None
    role: str | None = None
    affiliation: str | None = None

    @property
    def key(self) -> tuple[str, str, str]:
        """What identifies the mention when scoring and merging."""
        return self.kind, compact(self.name), compact(self.branch or "")


def organization(text: str) -> Found | None:
    """The organisation a candidate name denotes, or None for a generic or self reference."""
    s = re.sub(r"^[①-⑳⑴-⒇※]+", "", nfkc(text).strip(" 　・、,"))
    bare = LEGAL_FORM_RE.sub("", s).strip()
    bare = re.sub(r"^(?:[(（][^)）]*[)）])", "", bare).strip()
    if not bare:
        return None
    name, branch = _split_branch(bare)
    for short, full in ALIASES.items():  # 「ジェトロ群馬貿易情報センター」: the office of JETRO
        if compact(name).startswith(short) and compact(name) != short and not branch:
            name, branch = full, compact(name)[len(short):]
    name = ALIASES.get(compact(name), name)
    if _generic(name):
        return None
    return Found("organization", text.strip(), name, branch or None)


def _split_branch(s: str) -> tuple[str, str]:
    """'日本政策金融公庫高崎支店国民生活事業' → ('日本政策金融公庫', '高崎支店国民生活事業')."""
    last = None
    for m in ORG_SUFFIX_RE.finditer(s):
        rest = s[m.end():].strip()
        if not rest:
            return last or (s, "")
        if s[m.end()].isspace() and last is None:  # 「金沢商工会議所 企業経営アシストセンター」
            last = (s[:m.end()], rest)
        if BRANCH_RE.fullmatch(compact(rest)) and last is None:
            last = (s[:m.end()].strip(), rest)
    if last:
        return last
    return department(s) or (s, "")


def department(text: str) -> tuple[str, str] | None:
    """(municipality, department) of 「柏市経済産業部」; None for anything else (and for a
    title such as 「川口市経済部長」)."""
    m = GOVERNMENT_RE.match(compact(text))
    if m and not ROLE_RE.search(m.group("branch")):
        return m.group("name"), m.group("branch")
    return None


def _generic(name: str) -> bool:
    k = compact(name)
    if k in GENERIC_NAMES or len(k) < 2 or IN_AREA_RE.search(k) or _fragment(k):
        return True
    head = GENERIC_PREFIX_RE.match(k)
    return bool(head) and (k[head.end():] in GENERIC_NAMES or not k[head.end():]
                           or head.group() in ("本", "当", "同", "各"))


_SUFFIX_WORDS = re.sub(r"\(\?![^)]*\)", "", ORG_SUFFIX).split("|")  # lookaheads dropped


def _fragment(name: str) -> bool:
    """The tail of an organisation word cut off by a line break (「本商」|「工会議所」)."""
    return any(w.endswith(name) and w != name for w in _SUFFIX_WORDS)


def category(name: str) -> EntityCategory:
    """The kind of organisation its name says it is."""
    for cat, pattern in CATEGORIES:
        if pattern.search(name):
            return cat
    return "other"


def person(text: str, role: str | None = None, affiliation: str | None = None) -> Found:
    """A person's name with its parts separated by one space, as in 「高田 成智」."""
    name = re.sub(r"\s+", " ", nfkc(text)).strip()
    return Found("person", text.strip(), name, None, role, affiliation)

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
from hattatsu.normalize import compact, join_spaced_letters, nfkc

# What an organisation's name ends in (longest first where one ends another).
ORG_SUFFIX = (r"信用保証協会|信用金庫|信用組合|政策金融公庫|公庫|銀行|商工会議所|会議所|商工会|連合会|"
              r"協会|機構|大学校|大学院|大学|支援拠点|センター(?![ァ-ヴー])|公社|財団|士会|庁|経済産業局|経済産業省|株式会社|有限会社|協議会|"
              # 中小企業団体中央会: a body every prefecture has, a partner of many plans; a college of technology
              r"中央会|高等専門学校")
ORG_SUFFIX_RE = re.compile(rf"(?:{ORG_SUFFIX})")
MUNICIPALITY = r"[都道府県市町村区]"  # what a prefecture's or municipality's name ends in
# A municipality's department: 柏市経済産業部, 川口市経済部産業労働政策課.
GOVERNMENT_RE = re.compile(rf"^(?P<name>.{{1,6}}?{MUNICIPALITY})(?P<branch>.+?(?:部|課|局|室))$")
# What may follow a name as its branch or office.
# A chamber's 中小企業相談所 (where its 経営指導員 sit: 「…商工会議所 中小企業相談所」) is a branch too.
BRANCH_RE = re.compile(r"(?:.*?(?:支店|支部|本部|支所|研究科|プラザ|事務所|相談所|部|課|(?<!会議)(?<!研修)室)"
                       r"(?:\s?(?:国民生活|中小企業|農林水産)事業)?|大学院.*)$")
LEGAL_FORM_RE = re.compile(
    r"^(?:[(（](?:公財|公社|一社|一財|独|株|有|社|財)[)）]|(?:公益|一般)(?:社団|財団)法人|独立行政法人|"
    r"株式会社|特定非営利活動法人|地方独立行政法人)\s*")
# Names written in hiragana (municipalities: さいたま市, つくば市, みどり川町; banks and bodies: さくら
# 信用金庫, きらやか銀行, しまなみ商工会, あおば台商工会議所, ひょうご産業活性化センター): a hiragana run opens
# a name when it starts at a boundary (the line's start, a space, a punctuation mark, a list mark,
# 及び/並びに, a legal form: 一般社団法人みどり川観光協会) and runs into a municipality's suffix or an
# organisation word; elsewhere hiragana is
# prose (「の」, 「ために」), and so is a conjunction or a demonstrative opening a clause (「また商工会は」).
_KANA_PROSE = (r"また|さらに|なお|および|ならびに|または|あわせて|ただし|しかし|そして|これ|それ|この|その|ここ|"
               r"とくに|ともに|すべて")
KANA_OPENING = (rf"(?:(?<=[\s、。・,，「『（(）):：【①-⑳※])|(?<=及び)|(?<=並びに)|(?<=および)|(?<=ならびに)|"
                rf"(?<=法人)|^)"
                rf"(?!{_KANA_PROSE})[ぁ-ゖ]{{2,6}}")
KANA_OPENING_RE = re.compile(rf"{KANA_OPENING}$")
# A company named after its legal form (「（株）みどり企画」, 「株式会社ルーツ」, 「有限会社さくら工房」): the form says
# what follows is a body's name, hiragana opening it (みどり) or not; it ends where hiragana (a particle) follows.
# An agricultural cooperative is named JA and its area (「JAあおば台」, 「JA松本ハイランド」).
COMPANY_RE = re.compile(r"(?:(?:[(（][株有][)）]|株式会社|有限会社|合同会社)\s?|(?<![A-Za-z])JA\s?)"
                        r"(?![をにがはのとでへもや])[ぁ-ゖ]{0,6}[一-龥々ヶァ-ヴーA-Za-zＡ-Ｚａ-ｚ]{1,20}")
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
                 "運営協議会", "中央会", "JAグループ"}

CATEGORIES: list[tuple[EntityCategory, re.Pattern[str]]] = [
    ("financial", re.compile(r"公庫|銀行|信用金庫|信用組合|信用保証協会")),
    ("university", re.compile(r"大学|大学校|高等専門学校")),
    ("professional", re.compile(r"士会|診断協会|診断士協会|弁護士|司法書士|行政書士|社会保険労務士")),
    ("chamber", re.compile(r"商工会議所|商工会|会議所")),
    ("government", re.compile(rf"{MUNICIPALITY}$|庁$|省$|経済産業局$|振興局$")),
    ("support", re.compile(r"支援拠点|機構|公社|センター|財団|振興|協会|協議会|中央会")),
]

ROLE_WORDS = (r"専務理事|常務理事|理事長|理事|副会頭|会頭|副会長|会長|副委員長|委員長|部会長|委員|"
              r"相談所長|所長|事務局長|事務局次長|局長|部長|課長補佐|課長|室長|支店長|次長|係長|主査|主任|"
              r"教授|准教授|マネージャー|コーディネーター|経営指導員|代表")
ROLE_RE = re.compile(rf"(?:{ROLE_WORDS})")
# A word ending as a place's name ends (「上田市」「川口市経済部長」's 「川口市」): no surname, no given name.
PLACE_END = re.compile(r"[都道府県市区]$")
# A note in brackets after a roster row's post is no part of it (「部会長（金融機関支店長）」「委員（兼務）」).
TRAILING_NOTE = re.compile(r"\s*[(（][^)）]*[)）]\s*$")
# A title written right after a surname (「林委員長」, 「長谷川専務理事」, 「田中経済部長」): a title word
# (副 before it: 「森副委員長」), or a department's word and a title (「経済部長」, 「商工観光課長」).
_EXACT_TITLE = re.compile(rf"副?(?:{ROLE_WORDS})")
_DEPARTMENT_TITLE = re.compile(rf"[一-龥ァ-ヶー]{{1,6}}?(?:{ROLE_WORDS})")
# What opens a title but is no surname (「各部会長」, 「前会長」, 「正副会頭」, 「名誉会長」, 「総務課長」,
# 「地区担当課長」, 「中小企業相談所長」).
_NOT_SURNAME_RE = re.compile(r"^(?:[各同当本全前元新現旧次総副計他外等准正]|名誉|歴代|代表|経営|支援|担当|委員|"
                             r"事務|外部|法定|広域|巡回|専任|専門|統括|上席|補助|記帳|評価|運営|実行|検討|推進|選考|常設|常任|特別|"
                             r"専務|常務|総務|商工|観光|企画|経理|営業|事業|産業|経済|振興|融資|審査|財務|管理|業務|"
                             r"政策|地域|地区|女性|青年|部会|会員|役員|職員|中小|[市県町区管]内)")
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


def surname_title(word: str, department: bool = True) -> tuple[str, str] | None:
    """(surname, title) of a word written as a surname and a title, or None.

    A surname has one to three characters (林, 田中, 長谷川, 佐々木). Where the title is a title
    word (「委員長」, 「副会頭」, 「専務理事」), what is before it is the surname, of any of these
    lengths; where it is a department and a title (「産業振興課長」), the split is not written,
    and the surname is taken as two characters (the most common length), three when 々 says so
    (「佐々木経済部長」)."""
    word = compact(word)
    if _EXACT_TITLE.fullmatch(word):  # 「准教授」, 「副会長」: a title alone
        return None
    for i in range(1, min(3, len(word) - 2) + 1):  # the longest title word first
        if _EXACT_TITLE.fullmatch(word[i:]) and is_surname(word[:i]):
            return word[:i], word[i:]
    n = 3 if word[1:2] == "々" else 2
    if department and len(word) > n + 1 and _DEPARTMENT_TITLE.fullmatch(word[n:]) and is_surname(word[:n]) \
            and not re.match(rf"{MUNICIPALITY}", word[n:]) and word[n - 1] != "業" \
            and not ORG_SUFFIX_RE.search(word[n:]):  # 「林業振興課長」, 「川口商工会議所専務理事」
        return word[:n], word[n:]
    return None


# Words that run into a title but name no one: a one-character body or place word (「支部長」,
# 「学部長」), checked where a one-character surname would be read.
_NOT_ONE_CHAR_SURNAME = set("支部学局課室所店会社組署校園館院県市町村区都府道国省庁団協連議職係班隊者員")
# A surname and a title as a word of its own: the end of a roster row (「中小企業支援委員会 林委員長」) or
# an entry of a list (「関課長、原係長、五十嵐主査が出席した」).
_TITLED_WORD_RE = re.compile(r"(?<![一-龥々ヶ])[一-龥々ヶ]{2,12}(?![一-龥々ヶ])")


def titled_surnames(text: str, row: bool) -> list[tuple[int, int, str]]:
    """(start, end, title) of each surname written with its title in text. In a roster row
    (``row``: a short line) the last word may be a department's title (「青木商工課長」); elsewhere
    only a title word counts (「森主任」), and a one-character surname only where a space, a
    punctuation mark or the line's start sets the word apart."""
    out = []
    end = len(re.sub(r"\s*[(（][^)）]*[)）]?\s*$", "", text).rstrip())  # the row's end, a note in brackets aside
    for m in _TITLED_WORD_RE.finditer(text):
        before = text[m.start() - 1] if m.start() else " "
        apart = bool(re.match(r"[\s、，,・:：(（「]", before))  # after hiragana the word may be a name's tail
        found = surname_title(m.group(), department=row and m.end() == end and apart)
        if not found:
            continue
        surname, title = found
        if len(surname) == 1 and (surname in _NOT_ONE_CHAR_SURNAME or not (apart or re.match(r"[ぁ-ゖ]", before))):
            continue
        out.append((m.start(), m.start() + len(surname), title))
    return out


def is_surname(text: str) -> bool:
    """Whether a word of one to three characters may be a surname (not a title's opening word or a place)."""
    return bool(re.fullmatch(r"[一-龥々ヶ]{1,3}", text)) and text[0] != "々" and not _NOT_SURNAME_RE.match(text) \
        and not ROLE_RE.search(text) and not PLACE_END.search(text)  # 「川口市経済部長」: a place


# Letters a PDF spaced out (「山　田　　太　郎」, 「委 員 長」) are joined by normalize.join_spaced_letters
# (the gap between family and given name is lost with the others).
# A title and a name spaced out as one run (「委 員 長 宇 佐 美 亘」): the title is split off again.
_TITLE_THEN_NAME = re.compile(rf"^(副?(?:{ROLE_WORDS})|氏名)([一-龥々]{{2,6}})$")
# 「様」「氏」「さん」 after a name (「北野 雅之 氏」, 「原田 和彦 様」): no part of it.
_HONORIFIC = re.compile(r"(?<=[一-龥々ぁ-ゖ])\s*(?:氏|様|さん)(?=$|[\s、,。)）])")


def despaced(text: str) -> tuple[str, set[str]]:
    """The text with letter-spaced words joined (「氏 名」 too) and honorifics after names
    dropped, and the names the joining made (a letter-spaced word after a title)."""
    joined: set[str] = set()

    def join(word: str) -> str:
        split = _TITLE_THEN_NAME.match(word)
        if split:
            joined.add(split.group(2))
            return f"{split.group(1)} {split.group(2)}"
        joined.add(word)
        return word

    text = join_spaced_letters(re.sub(r"氏 名(?=[\s:：])", "氏名", text), join)
    return _HONORIFIC.sub("", text), joined


def person(text: str, role: str | None = None, affiliation: str | None = None) -> Found:
    """A person's name with its parts separated by one space, as in 「高田 成智」."""
    name = re.sub(r"\s+", " ", nfkc(text)).strip()
    return Found("person", text.strip(), name, None, role, affiliation)

"""The form's outline as data: every heading of a plan, its numbering patterns and its titles.

Headings are matched on a line's key (NFKC, white space removed), so full- and
half-width brackets and digits, 「1 0.」 and Ⅰ/I are one form each before any
pattern here is tried. A new convention is a pattern or a title in a row below,
not a new branch in the segmenter. ``classify_heading`` is pure: what a line
says it is, whatever the segmenter's state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from hattatsu.normalize import compact
from hattatsu.normalize import forget_lines as _forget_normalised

from .item_keys import classify_title


class Kind(Enum):
    SHEET = "sheet"  # (別表1) … (別表4)
    SUMMARY = "summary"  # 経営発達支援計画の概要
    GOALS = "goals"  # 1. 目標
    GOAL_SUB = "goal_sub"  # 1.(1)(2)(3)
    PERIOD_POLICY = "period_policy"  # 2. 経営発達支援計画の実施期間、目標の達成方針
    PERIOD = "period"  # 2.(1) 実施期間
    POLICIES = "policies"  # 2.(2) 目標の達成に向けた方針
    STRUCTURAL = "structural"  # titles that open nothing (経営発達支援計画 …)
    PART = "part"  # I. 経営発達支援事業の内容 / II. / III.
    ITEM = "item"  # 3. 地域の経済動向調査に関すること (part given when written 「I.3.」)
    SUBITEM = "subitem"  # 8-1 製造業者を対象とした…
    SUBSECTION = "subsection"  # (1) 現状と課題 …


@dataclass(frozen=True)
class Heading:
    kind: Kind
    number: str | None = None  # as printed: '3', '1.1', '2', 'II'
    title: str = ""
    name: str | None = None  # what it opens: 'region', 'current_issues', the item key …
    part: str | None = None
    nominal: bool = False  # an item title shortened to its noun 「3. 地域の経済動向調査」 (no 「に関すること」)


# Numbering patterns (on the key): 「3.」「3、」「３．」 and 「1 0.」 (spaces gone) for items; 「(1)」「（１）」 for
# subsections; I/II/III, Ⅰ/Ⅱ/Ⅲ (NFKC makes them I) or 1/2/3 for parts.
DOT = r"(\d{1,2}(?:\.\d)?)[.、]"
PAREN = r"\(([1-9])\)"
PAREN_RE = re.compile(PAREN)
PART_NUMBER = r"(III|II|I|[123])[.、]?"
PART_NAMES = {"1": "I", "2": "II", "3": "III"}

# Convention: the sheet's number alone (「（別表2）」), or with the form's title of the sheet on the same line
# (「（別表2）経営発達支援事業の実施体制」「（別表4）商工会又は商工会議所以外の者を連携して…」), as web pages
# and re-typed plans print it. A mention of a sheet in running text (「別表2の通り」) is neither.
# (the 2019 form's title of 別表4 names the 市町村 too: 「商工会又は商工会議所及び関係市町村以外の者を…」, m2)
SHEET_RE = re.compile(r"^[(\[【]?別表([1-4])[)\]】]?"
                      r"(?:(?:経営発達支援(?:事業|計画)|商工会又は商工会議所(?:及び関係市町村)?以外)\S*)?$")
SUMMARY_TITLES = ("経営発達支援計画の概要",)
# Convention (a wiki page or a numbered outline putting the 概要 before 別表1's 1.): 「0. 経営発達支援計画の概要」,
# 「0．概要」 — numbered 0, the 概要 is no item of the form
SUMMARY_NUMBER_RE = re.compile(r"^0[.、](?=経営発達支援計画の概要$|概要$)")
# 1. 目標: numbered 1 (items from 3) or not at all (items from 1).
GOALS_RE = re.compile(r"^(?:1\.?)?目標$")
GOAL_SUBSECTIONS = [
    ("1", "region", r"地域の現状(?:及び|と)課題"),
    ("2", "long_term", r"(?:小規模事業者(?:に対する)?の?)?(?:中)?長期的な振興の(?:あり|在り)方"),
    ("3", "objectives", r"経営発達支援(?:事業|計画)の目標"),
]
_GOAL_SUBSECTION_RES = [(number, name, re.compile(pattern)) for number, name, pattern in GOAL_SUBSECTIONS]
# 2. 実施期間、目標の達成方針: numbered 2, or not at all.
PERIOD_POLICY_RE = re.compile(r"^(?:2\.?)?(?:経営発達支援(?:事業|計画)の実施期間|実施期間[、・及び]*目標の達成)")
# Convention (a wiki's or a summary's shortened titles, k4; a form system's field names, m2): 2.'s parts as
# 「(1) 実施期間」 and 「(2) 方針」 — the short 「(2) 方針」 opens 2.(2) only after 2.(1) (inside an item it is the
# item's part, the segmenter's)
PERIOD_RE = re.compile(r"^\(1\)(?:経営発達支援(?:事業|計画)の実施期間|実施期間$)")
POLICIES_RE = re.compile(r"^(?:(?:\(2\)|4\.)目標の達成に向けた方針|目標の達成に向けた方針$|\(2\)方針$)")
# Convention (the 2014 form): 別表1 「経営発達支援事業の目標」 numbers its parts 1.–4. — 1. 地域の現状と課題,
# 2. 中長期的な振興のあり方, 3. 経営発達支援事業の目標, 4. 目標の達成に向けた方針 — before the 実施期間.
GOAL_DOT_RE = re.compile(r"^([1-3])\.")
# Convention (the 2014 form with its parts under labels in square brackets, h4): 「［小規模事業者の現状と課題］」
# 「［目標］」「［目標の達成に向けた方針］」 under 「経営発達支援事業の目標」, no number (an item's own 「［目標］」 is
# its 目標 part: the segmenter's)
GOAL_LABEL_RE = re.compile(r"^\[([^\[\]]{2,30})\]$")
# (docs21, n4: a prefecture's 2014 template, the parts in lenticular brackets inside the 目標 cell — 「【地域の現状】」
# then 「【課題】」 as its text, 「【小規模事業者の中長期的な振興のあり方】」, 「【経営発達支援事業の目標】」; a bare
# 「【目標】」 stays an item's part)
_GOAL_LABELS = [("1", "region", re.compile(r"(?:地域|小規模事業者|地区内?)の現状(?:(?:及び|と)課題)?")),
                ("2", "long_term", _GOAL_SUBSECTION_RES[1][2]),
                ("3", "objectives", re.compile(r"目標|経営発達支援(?:事業|計画)の目標"))]
STRUCTURAL = {"経営発達支援計画", "経営発達支援事業の目標", "経営発達支援事業の内容",
              "経営発達支援事業の内容及び実施期間"}
PART_TITLES = ("経営発達支援事業の内容", "経営発達支援事業の円滑", "地域経済の活性化")
PART_RE = re.compile(rf"^{PART_NUMBER}(?=(?:{'|'.join(PART_TITLES)}))")
PART_ITEM_RE = re.compile(r"^(III|II|I)\.(\d+(?:\.\d+)?)\.(.+)$")  # 「I.3.…」: part and item in one
ITEM_RE = re.compile(rf"^{DOT}(.+)$")
SUBITEM_RE = re.compile(r"^(\d{1,2})-(\d)(?![.)\d])(.+)$")
SUB_RE = re.compile(rf"^{PAREN}(.{{2,24}})$")
# Convention (older plans, Word text): an item's parts under bare labels in brackets, no number —
# 「（現状と課題）」「【事業内容】」「〔目標〕」 — the 目標 label may carry the table's unit 「（目標）（単位：件）」.
BRACKETED_SUB_RE = re.compile(r"^[(【〔\[<]([^()【】〔〕\[\]<>]{2,24})[)】〕\]>](?:\(単位[:：][^()]{1,8}\))?$")
# An item title ends as the form words it (…に関すること, …に資する取組); a guideline tag may follow.
ITEM_TITLE_END = re.compile(r"(こと|事|取組み?)$")
# 【指針③】, [指針(3)], and (convention: plans that bracket the tag otherwise) 〔指針③〕, 〈指針③〉, (指針③)
GUIDELINE_TAG = re.compile(r"[【\[〔〈(]指針[^】\]〕〉()]{0,6}(?:\([^()]{0,3}\))?[^】\]〕〉()]{0,3}[】\]〕〉)]$")
# A title written without a number is known by the form's wording alone (convention: unnumbered items).
UNNUMBERED_TITLE_END = re.compile(r"(に関すること|に関する事|に資する取組み?)$")
ITEM_TITLE_MAX = 48  # longer lines are sentences that happen to end in こと

# Subsection titles of an item, matched in this order.
SUBSECTION_KINDS: list[tuple[str, str]] = [
    ("current_issues", r"現状と課題"),
    ("targets", r"^目標$|^目標[(（]|目標$"),
    ("policy", r"支援に対する(考え方|方針)|改善方法|^方針"),
    ("utilization", r"活用"),
    ("activities", r"事業内容|公表方法|実施内容"),
]
_SUBSECTION_RES = [(kind, re.compile(pattern)) for kind, pattern in SUBSECTION_KINDS]
# Convention (a Word outline without numbers: Heading styles, no number typed, no list numbering): the
# form's labels alone on their line — 「現状と課題」「支援に対する考え方」「事業内容」 in an item, 「地域の現状
# 及び課題」「長期的な振興のあり方」 in 1. 目標 (a bare 「目標」 is the segmenter's: 1. or an item's part, as
# is a bare 「経営発達支援事業の目標」: 1.(3) or the 概要's label).
BARE_SUBSECTIONS = {"現状と課題", "現状及び課題", "支援に対する考え方", "支援に対する方針", "事業内容", "実施内容",
                    "成果の活用", "調査結果の活用", "分析結果の活用", "目標の設定"}


# Convention (a chamber's catch phrase after each item's title, h1): 「…に関すること　～地域経済の現状を…取組～」 —
# a subtitle between waves or dashes at the title's end is no part of it (nor its start, the line cut inside it)
# (「～…～」「－…－」, NFKC's 「-」, or in brackets 「（観光客・域外バイヤーの…）」; the line may be cut inside it)
SUBTITLE = re.compile(r"(?<=[と事組み])\s*(?:[~〜―-][^~〜―-]{1,60}[~〜―-]?|\((?!指針)[^()]{4,60}\)?)$")


def item_title(title: str) -> str:
    """An item title without its guideline tag or its subtitle."""
    return GUIDELINE_TAG.sub("", SUBTITLE.sub("", title))


def is_item_title(title: str) -> bool:
    t = item_title(title)
    return len(t) <= ITEM_TITLE_MAX and bool(ITEM_TITLE_END.search(t)) and bool(classify_title(t))


def is_nominal_title(title: str) -> bool:
    """A numbered title shortened to the item's noun (convention: converter markdown and older plans —
    「地域の経済動向調査」, 「事業の評価及び見直しの仕組み」, 「支援ノウハウ等の情報交換」): its characters
    in order within the form's title of the item it names, at least two fifths of that title's stem
    (the segmenter takes it only in the items' order, see ``_item``)."""
    from hattatsu.items import TITLES

    t = item_title(title)
    key = classify_title(t) if 4 <= len(t) <= 24 else None
    if key is None:
        return False
    stem = UNNUMBERED_TITLE_END.sub("", compact(TITLES[key]))
    rest = iter(stem)
    return all(ch in rest for ch in t) and len(t) * 5 >= len(stem) * 2


def subsection_kind(title: str) -> str | None:
    return next((kind for kind, pattern in _SUBSECTION_RES if pattern.search(title)), None)


# Convention (plans numbered as the 告示 numbers its parts): 「第1　目標」「第3　地域の経済動向調査に関すること」
# for 1. and 3., and 「ア　現状と課題」「イ　目標」 for (1) (2) — read as the form's own numbering.
_DAI_RE = re.compile(r"^第(\d{1,2})(?![\d年回条項号次期])")
_KANA_ORDINALS = "アイウエオカキク"
_KANA_RE = re.compile(rf"^([{_KANA_ORDINALS}])(?=[^ァ-ヶー])")
# Convention (g4: a plan numbering the parts of 1., 2. and of each item with letters): 「a. 地域の現状及び課題」
# 「b. 目標」「c. 事業内容」 for (1) (2) (3) — the part's title says which it is (its points 「i.」「ii.」 are text)
_LETTERS = "abcdefgh"
# Convention (k2): headings numbered by part and item, 「Ⅰ－１　目標」「Ⅰ－３　…に関すること」, their parts
# 「（ア）現状」「（イ）課題」「（ウ）目標」「（エ）事業内容」 — the number after the dash is the form's
_PART_DASH_RE = re.compile(r"^(?:[ⅠⅡⅢ]|I{1,3})[－\-‐―ー](\d{1,2})(?!\d)")
_KANA_PAREN_RE = re.compile(rf"^[(（]([{_KANA_ORDINALS}])[)）]")
_LETTER_RE = re.compile(rf"^([{_LETTERS}])[.)．](?=[^\x00-\x7f])")
# Convention (a plan written as a book, 「第2章　経営発達支援事業の内容」「第1節　地域の経済動向調査に関すること」,
# in Arabic or kanji numerals): chapters and sections number the book, not the form — a chapter named by a part's
# title is that part (its number is the book's), any other chapter opens nothing; a section is the heading its title
# is, read without the section's number (the form's own 「３．」 may follow inside it, 「第1節　３．…」).
_BOOK_RE = re.compile(r"^第(?:\d{1,2}|[一二三四五六七八九十]{1,3})(章|節)")
_PART_OF_TITLE = {title: PART_NAMES[str(n)] for n, title in enumerate(PART_TITLES, 1)}
_SENTENCE = re.compile(r"[。、，,]|^.{41}")
_PARTICLES = "でにのはをがともへやより"
# Convention (such a book's sections): their parts numbered by a bare figure, 「1　現状と課題」「2　目標」 — read as the
# form's 「(1)」 when the rest is one of the form's labels of a part (a line opening with a figure is text else:
# 「3年間の目標」, 「5者を支援する」)
_BARE_FIGURE_RE = re.compile(r"^([1-9])(?![\d.,、)）])")
_BARE_FIGURE_LABEL = re.compile(r"(?:現状(?:と|及び)?課題|支援に対する(?:考え方|方針)|目標|事業内容|実施内容"
                                rf"|\S{{0,8}}の活用|地域の現状(?:及び|と)課題|{GOAL_SUBSECTIONS[1][2]}"
                                r"|経営発達支援(?:事業|計画)の目標|経営発達支援(?:事業|計画)の実施期間.*|目標の達成に向けた方針)")


@lru_cache(maxsize=8192)  # pure, and a line is classified several times (the segmenter looks ahead)
def classify_heading(key: str) -> Heading | None:
    """What a line (its key: NFKC, no white space) is as a heading of the form, or None.

    Context decides the rest (an item only once the body has started, a
    subsection only inside an item): that is the segmenter's part."""
    if m := _BOOK_RE.match(key):
        return _book_heading(m.group(1), key[m.end():])
    if (m := _DAI_RE.match(key)) and (h := _read_as(f"{m.group(1)}.{key[m.end():]}", (
            Kind.GOALS, Kind.GOAL_SUB, Kind.PERIOD_POLICY, Kind.POLICIES, Kind.ITEM))):
        return h  # 「第3…」 as 「3.…」: a goals, period or item heading (GOAL_SUB, POLICIES: the 2014 form's 1.–4.)
    if (m := _PART_DASH_RE.match(key)) and (h := _read_as(f"{int(m.group(1))}.{key[m.end():]}", (
            Kind.GOALS, Kind.PERIOD_POLICY, Kind.POLICIES, Kind.ITEM))):
        return h  # 「Ⅰ－３　地域の経済動向調査に関すること」 as 「3.…」 (k2)
    if (m := _KANA_PAREN_RE.match(key)) and (h := _as_paren(_KANA_ORDINALS, m, key)):
        return h  # 「（ウ）目標」 as 「(3)目標」: a part of an item (k2)
    bracketed = in_lenticular(key)
    if bracketed and bracketed[0].isdigit() and (h := _classify(bracketed)) is not None and h.kind in (
            Kind.GOALS, Kind.GOAL_SUB):
        # 「【1.目標】」 is 1., not an item's 「【目標】」; 「【1.地域の現状と課題】」 the 2014 form's 1., not an item's
        # 「【現状と課題】」 (docs19: l2's brackets with the 2014 form)
        return h
    if bracketed and (h := _goal_label(bracketed)) is not None and h.title != "目標":
        return h
    h = _classify(key)
    if h is not None:
        return h
    if bracketed:
        # convention (f1): a heading of the form in lenticular brackets, 「【1.目標】」「【別表2】」
        h = classify_heading(bracketed)
        # (「【事業内容】」 is an item's part, BRACKETED_SUB_RE; 「【8-1 製造業者を…】」 a subheading of its text)
        # (l2: every heading in 【】, an item's numbered part too, 「【（２）目標】」)
        if h is not None and (h.kind not in (Kind.SUBSECTION, Kind.SUBITEM)
                              or (h.kind == Kind.SUBSECTION and h.number is not None)):
            return h
    if m := _LETTER_RE.match(key):  # 「b.目標」 as 「(2)目標」: a part of 1., 2. or of an item
        return _as_paren(_LETTERS, m, key)
    if m := _KANA_RE.match(key):  # 「イ目標」 as 「(2)目標」: a part of 1., 2. or of an item
        return _as_paren(_KANA_ORDINALS, m, key)
    if (m := _BARE_FIGURE_RE.match(key)) and _BARE_FIGURE_LABEL.fullmatch(key[m.end():]):
        return _read_as(f"({m.group(1)}){key[m.end():]}", (Kind.GOAL_SUB, Kind.PERIOD, Kind.POLICIES,
                                                          Kind.SUBSECTION))  # 「1　現状と課題」 as 「(1)現状と課題」
    return None


def _book_heading(level: str, title: str) -> Heading | None:
    """A chapter (level 章) or a section (節) of a plan written as a book (see _BOOK_RE): a chapter named by a part's
    title is that part; a chapter or a section is else the heading its title is alone (「第1章　目標」 1.,
    「第2節　地域の…に関すること」 an item, 「第3節　経営状況の分析」 a title shortened to its noun), and a
    chapter of the book's own (「第1章　計画の概要と方針」) opens nothing."""
    if not title:
        return None
    part = next((p for t, p in _PART_OF_TITLE.items() if title.startswith(t)), None) if level == "章" else None
    if part:
        return Heading(Kind.PART, part, title, part=part)
    h = classify_heading(title)
    if h is None and is_nominal_title(title):
        h = Heading(Kind.ITEM, None, item_title(title), classify_title(item_title(title)), nominal=True)
    if h is None and level == "章" and not (_SENTENCE.search(title) or title[:1] in _PARTICLES):
        h = Heading(Kind.STRUCTURAL, title=title)  # (a sentence opening with 「第2章で述べたとおり、…」 is text)
    return h


def _as_paren(ordinals: str, m: re.Match[str], key: str) -> Heading | None:
    """The heading a line numbered by a letter or a kana (group 1 of `m`, its place in `ordinals`) is when read as
    the form's 「(n)」: a part of 1., of 2. or of an item, or None."""
    return _read_as(f"({ordinals.index(m.group(1)) + 1}){key[m.end():]}",
                    (Kind.GOAL_SUB, Kind.PERIOD, Kind.POLICIES, Kind.SUBSECTION))


def _read_as(key: str, kinds: tuple[Kind, ...]) -> Heading | None:
    """The heading a line numbered in a plan's own way is, read with the form's number written in its place
    (`key`), when it is one of `kinds`; else None."""
    h = _classify(key)
    return h if h is not None and h.kind in kinds else None


def in_lenticular(key: str) -> str | None:
    """What a heading written whole in lenticular brackets says (「【1.目標】」 → 「1.目標」; convention, f1 and l2:
    every heading in 【】), or None for a key that is not one bracketed heading."""
    return key[1:-1] if len(key) > 2 and key[0] == "【" and key[-1] == "】" and "【" not in key[1:] else None


def _classify(key: str) -> Heading | None:
    """What a line (its key: NFKC, no white space) is as a heading of the form, or None.

    Context decides the rest (an item only once the body has started, a
    subsection only inside an item): that is the segmenter's part."""
    if not key or len(key) > 90:
        return None
    if m := SHEET_RE.match(key):
        return Heading(Kind.SHEET, m.group(1))
    if m := SUMMARY_NUMBER_RE.match(key):
        key = key[m.end():]
    if key in SUMMARY_TITLES or key == "概要":  # (bare 「■概要」 (j1): the segmenter takes it only at the top)
        return Heading(Kind.SUMMARY, title=key)
    if GOALS_RE.match(key):
        return Heading(Kind.GOALS, "1", "目標")
    if m := PAREN_RE.match(key):
        for number, name, pattern in _GOAL_SUBSECTION_RES:
            if m.group(1) == number and pattern.match(key[m.end():]):
                return Heading(Kind.GOAL_SUB, number, key[m.end():], name)
    if m := GOAL_DOT_RE.match(key):
        for number, name, pattern in _GOAL_SUBSECTION_RES:
            if m.group(1) == number and pattern.fullmatch(key[m.end():]):
                return Heading(Kind.GOAL_SUB, number, key[m.end():], name)
    if PERIOD_POLICY_RE.match(key):
        return Heading(Kind.PERIOD_POLICY, "2", key)
    if PERIOD_RE.match(key):
        return Heading(Kind.PERIOD, "1", key)
    if POLICIES_RE.match(key):
        return Heading(Kind.POLICIES, "2", key)
    if key in STRUCTURAL:
        return Heading(Kind.STRUCTURAL, title=key)
    if (m := PART_ITEM_RE.match(key)) and classify_title(m.group(3)):
        return Heading(Kind.ITEM, m.group(2), item_title(m.group(3)), classify_title(item_title(m.group(3))),
                       part=m.group(1))
    if m := PART_RE.match(key):
        part = PART_NAMES.get(m.group(1), m.group(1))
        return Heading(Kind.PART, part, key[m.end():], part=part)
    if (m := ITEM_RE.match(key)) and is_item_title(m.group(2)):
        return Heading(Kind.ITEM, m.group(1), item_title(m.group(2)), classify_title(item_title(m.group(2))))
    if (m := ITEM_RE.match(key)) and is_nominal_title(m.group(2)):
        return Heading(Kind.ITEM, m.group(1), item_title(m.group(2)), classify_title(item_title(m.group(2))),
                       nominal=True)
    if UNNUMBERED_TITLE_END.search(item_title(key)) and is_item_title(key):  # an item without a number
        return Heading(Kind.ITEM, None, item_title(key), classify_title(item_title(key)))
    if (m := SUBITEM_RE.match(key)) and len(key) <= 40:
        return Heading(Kind.SUBITEM, f"{m.group(1)}-{m.group(2)}", m.group(3))
    if m := SUB_RE.match(key):
        kind = subsection_kind(m.group(2))
        if kind:
            return Heading(Kind.SUBSECTION, m.group(1), m.group(2), kind)
    if (m := GOAL_LABEL_RE.match(key)) and (h := _goal_label(m.group(1))) is not None:
        return h
    if (m := BRACKETED_SUB_RE.match(key)) and (kind := subsection_kind(m.group(1))):
        return Heading(Kind.SUBSECTION, None, m.group(1), kind)
    if key in BARE_SUBSECTIONS:
        return Heading(Kind.SUBSECTION, None, key, subsection_kind(key))
    for number, name, pattern in _GOAL_SUBSECTION_RES[:2]:  # 1.(3)'s bare title is the 概要's label too
        if pattern.fullmatch(key):
            return Heading(Kind.GOAL_SUB, number, key, name)
    return None


def _goal_label(label: str) -> Heading | None:
    """A part of the 2014 form's 「経営発達支援事業の目標」 named by a bracketed label (see GOAL_LABEL_RE), or None."""
    if POLICIES_RE.match(label):
        return Heading(Kind.POLICIES, "2", label)
    for number, name, pattern in _GOAL_LABELS:
        if pattern.fullmatch(label):
            return Heading(Kind.GOAL_SUB, number, label, name)
    return None


def forget_lines() -> None:
    """Empty what was remembered of lines (normalised forms, headings, item titles): a document
    is read as new, whatever was read before (so a batch costs what its plans cost), and the
    memory stays bounded."""
    _forget_normalised()
    classify_heading.cache_clear()
    classify_title.cache_clear()

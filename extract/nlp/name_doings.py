"""Counts named by what is done rather than by a noun before them: a share of a population doing something, a part
(うち) achieved or made into something, an outcome after a count (創出, 回復), a frequency of a doing."""

from __future__ import annotations

import re

from .indicator_words import ACHIEVE, BOUNDARY, COMPARATOR, SPAN, TIME, UNITS, change, is_number, nominal
from .name_chains import chain_left, chain_right, extend_left


def frequency_of(doc, end: int) -> list[int]:
    """「少なくとも月1回、重点支援先を訪問する」: a number of times followed by an object and its verb
    counts that doing (「重点支援先を訪問」, as a share is named by share_doing); indices, or none."""
    if doc[end].text != "回":
        return []
    k = end + 1
    k += 1 if k < len(doc) and doc[k].text in ("、", ",", "，") else 0
    right = chain_right(doc, k) if k < len(doc) and nominal(doc[k]) else []
    if not right or right[-1] + 2 >= len(doc) or doc[right[-1] + 1].text != "を" \
            or doc[right[-1] + 2].pos_ != "VERB":
        return []
    return [*right, right[-1] + 1, right[-1] + 2]


def achieved_in(doc, end: int, prev) -> list[int]:
    """「うち50件以上で売上増加を実現する」: a part (after うち) in which something is achieved, said as
    「Nで Xを…する」, counts X: its indices, or none."""
    # (「うち20事業者で売上増加、10事業者で新商品の開発を実現する」: parts listed with 、, the verb said once, last)
    listed = prev is not None and prev.text in ("、", ",", "，") \
        and any(t.text in ("うち", "そのうち") for t in doc[max(0, prev.i - 12):prev.i])
    if prev is None or (prev.text not in ("うち", "そのうち") and not listed) or doc[end + 1:end + 2].text != "で":
        return []
    k = end + 2
    # (「売上増加を」: 売上 tagged a verb, glued to the noun after it, a compound's first word all the same)
    glued = [k] if k + 1 < len(doc) and doc[k].pos_ == "VERB" and re.fullmatch(r"[一-龥]+", doc[k].text) \
        and not doc[k].whitespace_ and nominal(doc[k + 1]) else []
    right = glued + chain_right(doc, k + len(glued)) if k < len(doc) and (glued or nominal(doc[k])) else []
    while right and right[-1] + 2 < len(doc) and doc[right[-1] + 1].text == "・" and nominal(doc[right[-1] + 2]):
        right = [*right, right[-1] + 1, *chain_right(doc, right[-1] + 2)]  # (「新商品・新サービスの開発」)
    verb = doc[right[-1] + 2] if right and right[-1] + 2 < len(doc) else None
    if right and doc[right[-1] + 1].text in ("、", ",", "，"):
        close = next((t.i for t in doc[right[-1] + 1:] if t.text == "。"), len(doc))
        verb = next((doc[t.i + 1] for t in doc[right[-1] + 1:close - 1] if t.text == "を"), None)
        return right if verb is not None and (verb.pos_ == "VERB" or verb.text in ACHIEVE) else []
    if verb is None or doc[right[-1] + 1].text != "を" or not (verb.pos_ == "VERB" or verb.text in ACHIEVE):
        return []
    return right


# Nouns of doing after an object and its frequency (「…を四半期ごとに実施」): the object names the count
DOING = {"実施", "開催", "発行", "実行", "派遣", "訪問", "開設", "作成"}


def adnominal_before(doc, start: int, floor: int) -> list[int]:
    """「地域内での10人以上の雇用創出」: a の-phrase before a count named after it modifies that name
    (the count stands between the two): its indices, or none."""
    k = start - 1
    if k - 1 < floor or doc[k].text != "の":
        return []
    j = k - 1
    if doc[j].text in ("で", "へ", "と", "から", "まで", "に") and doc[j].pos_ == "ADP":
        j -= 1
    chain = chain_left(doc, j, floor) if j >= floor and nominal(doc[j]) else []
    return [*chain, *range(j + 1, k + 1)] if chain else []


def share_doing(doc, start: int, end: int, floor: int) -> list[int]:
    """「…のうち、8割以上が事業計画を策定する」: a share with nothing named before it, subject of a
    clause, measures what the clause says is done (its object and verb, 「事業計画を策定」)."""
    if end + 3 < len(doc) and doc[end + 1].text == "の" and doc[end + 3].text == "が" \
            and doc[end + 2].text in ("事業者", "企業", "者", "事業所", "店舗"):
        end += 2  # 「7割以上の事業者が計画を実行に移す」: the population the share is of, said again
    if any(doc[i].text not in BOUNDARY for i in range(floor, start)) or end + 2 >= len(doc) \
            or doc[end + 1].text != "が" or not any(t.text in ("%", "％", "割") for t in doc[start:end + 1]):
        return []
    k = end + 2
    while k < len(doc) and doc[k].pos_ != "VERB" and doc[k].text not in BOUNDARY:
        k += 1
    if k >= len(doc) or doc[k].pos_ != "VERB" or not any(t.text == "を" for t in doc[end + 2:k]):
        return []
    while k + 2 < len(doc) and doc[k + 1].text == "・" and doc[k + 2].pos_ in ("VERB", "NOUN"):
        k += 2  # 「売上を維持・向上する」: coordinated verbs, one doing
    return list(range(end + 2, k + 1))


def made_into(doc, start: int, end: int, floor: int) -> list[int]:
    """「…40件に引き上げ、うち10件を創業計画とする」「そのうち200件を重点支援先への訪問とする」: a count with nothing
    named before it in its clause, made into something (「をXとする」), counts X: its indices, or none."""
    # (「そのうち5件について承継計画の策定に繋げる」「うち7割以上を事業計画策定に結びつける」: led into X, the same)
    about = doc[end + 1:end + 4].text.replace(" ", "") == "について"
    k = end + 2 if doc[end + 1:end + 2].text == "を" else end + 4 if about else None
    if any(doc[i].text not in BOUNDARY and doc[i].text not in SPAN for i in range(floor, start)) or k is None:
        return []
    k += 1 if k < len(doc) and doc[k].text in ("、", ",", "，") else 0
    right = chain_right(doc, k)
    verb = doc[right[-1] + 2:right[-1] + 3] if right else None
    if about and right and verb and doc[right[-1] + 1].text == "を" and verb[0].pos_ == "VERB":
        # 「そのうち10件について事業計画の策定支援を行う」「うち30者について財務分析を実施する」: what is done
        return right
    if not right or doc[right[-1] + 1:right[-1] + 2].text not in ("と", "に") or not verb \
            or not (verb[0].lemma_ == "する" or re.match(r"(?:繋|つな|結び付|結びつ)", verb[0].text)):
        return []
    return right


# What a part is aimed to become (「…を目指す」「…を実現する」「…とする」): the verbs after the part's X
_AIMED = re.compile(r"^(?:を(?:目指|めざ|目標|実現|達成|図)|と(?:する|し|します|なる))")


def part_is(doc, start: int, end: int, floor: int) -> list[int]:
    """「…5件とし、うち2件以上は新分野進出を目指す」「そのうち20件はDX関連の分析とします」「うち10品目は町外の百貨店や
    道の駅での取り扱いを目指す」: a part (right after うち/そのうち) said as a topic (は, が) of what it is aimed to be
    counts that X: its indices, or none."""
    if start - 1 < 0 or doc[start - 1].text not in ("うち", "そのうち", "内") \
            or any(doc[i].text not in BOUNDARY and doc[i].text not in ("うち", "その", "内")
                   for i in range(floor, start - 1)) \
            or doc[end + 1:end + 2].text not in ("は", "が"):
        return []
    k = end + 2
    while k < len(doc) and doc[k].text in ("、", ",", "，"):
        k += 1
    last = next((j for j in range(k, min(len(doc), k + 25)) if doc[j].text in BOUNDARY
                 or _AIMED.match(doc[j:j + 3].text.replace(" ", ""))), None)
    if last is None or last == k or doc[last].text in BOUNDARY or not nominal(doc[last - 1]) \
            or is_number(doc[k]) or any(is_number(doc[j]) for j in range(k, last)):
        return []
    return list(range(k, last))


def share_of(doc, start: int, end: int, floor: int) -> list[int]:
    """「事業計画の策定率を、巡回訪問先の3割以上とする」: a share said of a population (「Yの」 right before
    it) when an object with を comes before that population measures the object: its indices, or none."""
    # (「売上高を基準年度の1.1倍以上とする」: a multiple of a base, the same)
    if start < 2 or doc[start - 1].text != "の" or not nominal(doc[start - 2]) \
            or not any(t.text in ("%", "％", "割", "倍") for t in doc[start:end + 1]):
        return []
    k = start - 2  # (「売上高を、コロナ前（令和元年度）の水準の100%まで」: nouns, の and brackets to the を)
    while k >= floor and (nominal(doc[k]) or is_number(doc[k]) or doc[k].text in ("の", "(", ")", "（", "）")
                          or (doc[k].pos_ == "VERB" and re.fullmatch(r"[一-龥]+", doc[k].text)
                              and not doc[k].whitespace_ and nominal(doc[k + 1]))):  # (「売上全体の」: 売上 a verb)
        k -= 1
    population = k < start - 2
    if k >= floor and doc[k].text in ("、", ",", "，"):
        k -= 1
    # (「採択件数は、申請件数の6割以上を目指す」: the topic with は the same)
    if not population or k - 1 < floor or doc[k].text not in ("を", "は") or not nominal(doc[k - 1]):
        return []
    chain = chain_left(doc, k - 1, floor)
    return extend_left(doc, chain, floor) if chain else []


def only_achievement(doc, k: int) -> bool:
    """Whether the noun chain at k is only a word of achievement (「の達成」, see ACHIEVE) or of change (「前年比3%の
    増加を図る」「5年間で50者の増加とする」: the change of what the sentence is about, no name)."""
    chain = [doc[i] for i in chain_right(doc, k)]
    # (「事業承継診断は年間100社の実施を目標」: the doing of what is named before, no name either)
    return "".join(t.text for t in chain) in ACHIEVE | {"実施", "開催"} or (len(chain) == 1 and change(chain[0])) \
        or (len(chain) == 1 and chain[0].text in OUTCOME and _measure_before(doc, k - 2)) \
        or (len(chain) == 1 and chain[0].text in ATTENDING | OUTCOME | {"輩出"} and _people_before(doc, k - 2))


# 「受講者10～15名の参加を見込む」「来場者500人の来場」: after a count of people named before it, their attending names
# nothing (the people do); 「創業者30名の輩出」「第二創業者5名の創出」: nor their coming forth (see OUTCOME)
ATTENDING = {"参加", "来場", "出席", "受講"}


def _people_before(doc, k: int) -> bool:
    """Whether people (a noun ending in 者, 員, 客, 生) stand right before the quantity ending at k."""
    while k >= 0 and (is_number(doc[k]) or doc[k].text in UNITS or doc[k].text in COMPARATOR
                      or doc[k].text in ("~", "～", "〜", "-", "－")):
        k -= 1
    return k >= 0 and nominal(doc[k]) and bool(re.search(r"[者員客生]$", doc[k].text))


# 「新規取引件数40件の創出」「会員数1,000事業所の回復」「付加価値額 年3%以上の伸び」: an outcome word after a count
# whose measure is named before it (…数, …率, …額) says what is aimed at, no name; 「新たな雇用20人の創出」 (no
# measure before) is named by both (see outcome_of)
# (「会員数1,500事業所の維持」「会員数1,150会員の維持」: kept as it is, the same)
OUTCOME = {"創出", "回復", "伸び", "維持"}


def _measure_before(doc, k: int) -> bool:
    """Whether a measure (a noun ending in 数, 率, 額, 高, 量) stands right before the quantity ending at k (span
    words between)."""
    while k >= 0 and (is_number(doc[k]) or doc[k].text in SPAN | TIME | UNITS or doc[k].text in COMPARATOR):
        k -= 1
    return k >= 0 and nominal(doc[k]) and bool(re.search(r"[数率額高量]$", doc[k].text))


def outcome_of(doc, start: int, end: int, floor: int) -> list[int]:
    """「新たな雇用20人の創出」: a thing counted before the number, with no measure, and the outcome word after it
    (see OUTCOME) name the count together: their indices, or none."""
    if doc[end + 1:end + 2].text != "の" or doc[end + 2:end + 3].text not in OUTCOME or _measure_before(doc, end) \
            or start - 1 < floor or not nominal(doc[start - 1]):
        return []
    chain = chain_left(doc, start - 1, floor)
    return [*extend_left(doc, chain, floor), end + 1, end + 2] if chain else []

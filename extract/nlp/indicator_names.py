"""The name a quantity of a KGI/KPI statement measures, found on GiNZA's parse: the noun chain
before the number or the subject it is predicated of, with the modifiers it governs, cut at the
clause boundary; glosses, denominators, baselines, spans and labels left out."""

from __future__ import annotations

import re

from .indicator_words import (
    ACHIEVE,
    ADNOMINAL,
    BASE,
    BOUNDARY,
    BREAKDOWN,
    COMPARATOR,
    CONJ,
    GOAL_LABELS,
    PER_UNIT,
    SPAN,
    SUM,
    TIME,
    UNITS,
    adjectival_noun,
    change,
    current,
    is_number,
    nominal,
    split_conj,
    time_limit,
)


def _anaphor(doc, start: int) -> list[int]:
    """「実績は経営分析件数42件であり、これを毎年60件まで引き上げる」: これ/それ before a count stands
    for the count said before it; the indices of that count's name, or none."""
    k = start - 1
    while k >= 0 and (doc[k].text in SPAN | TIME or doc[k].text in ("、", ",", "，")):
        k -= 1
    if k < 1 or doc[k].text not in ("を", "は", "が") or doc[k - 1].text not in ("これ", "それ"):
        return []
    j = k - 2
    while j >= 0 and not is_number(doc[j]):
        j -= 1
    while j - 1 >= 0 and is_number(doc[j - 1]):
        j -= 1
    return _chain_left(doc, j - 1, 0) if j >= 1 and nominal(doc[j - 1]) else []


def _frequency_of(doc, end: int) -> list[int]:
    """「少なくとも月1回、重点支援先を訪問する」: a number of times followed by an object and its verb
    counts that doing (「重点支援先を訪問」, as a share is named by _share_doing); indices, or none."""
    if doc[end].text != "回":
        return []
    k = end + 1
    k += 1 if k < len(doc) and doc[k].text in ("、", ",", "，") else 0
    right = _chain_right(doc, k) if k < len(doc) and nominal(doc[k]) else []
    if not right or right[-1] + 2 >= len(doc) or doc[right[-1] + 1].text != "を" \
            or doc[right[-1] + 2].pos_ != "VERB":
        return []
    return [*right, right[-1] + 1, right[-1] + 2]


def _achieved_in(doc, end: int, prev) -> list[int]:
    """「うち50件以上で売上増加を実現する」: a part (after うち) in which something is achieved, said as
    「Nで Xを…する」, counts X: its indices, or none."""
    if prev is None or prev.text not in ("うち", "そのうち") or doc[end + 1:end + 2].text != "で":
        return []
    k = end + 2
    # (「売上増加を」: 売上 tagged a verb, glued to the noun after it, a compound's first word all the same)
    glued = [k] if k + 1 < len(doc) and doc[k].pos_ == "VERB" and re.fullmatch(r"[一-龥]+", doc[k].text) \
        and not doc[k].whitespace_ and nominal(doc[k + 1]) else []
    right = glued + _chain_right(doc, k + len(glued)) if k < len(doc) and (glued or nominal(doc[k])) else []
    verb = doc[right[-1] + 2] if right and right[-1] + 2 < len(doc) else None
    if verb is None or doc[right[-1] + 1].text != "を" or not (verb.pos_ == "VERB" or verb.text in ACHIEVE):
        return []
    return right


def _sum_head(doc, k: int) -> bool:
    """Whether the sum word at k (合計, 累計) is a name's head noun, no span: followed by a particle
    (「付加価値額の合計を」) or said of a measure with の (「支援先の付加価値額の合計 1億円増加」)."""
    return doc[k].text in SUM and (doc[k + 1:k + 2].text in ("を", "が", "は")
                                   or (k >= 2 and doc[k - 1].text == "の" and re.search(r"[数額高量]$", doc[k - 2].text)
                                       is not None)
                                   # (「支援先の売上高合計 650百万円」: glued to an amount, the sum over the firms)
                                   or (k >= 1 and doc[k].text == "合計" and not doc[k - 1].whitespace_
                                       and nominal(doc[k - 1]) and re.search(r"[額高]$", doc[k - 1].text) is not None))


def _chain_left(doc, end: int, floor: int) -> list[int]:
    """Indices of the noun chain ending at ``end`` (nouns, and の between nouns)."""
    out: list[int] = []
    k = end
    while k >= floor and doc[k].text in SPAN \
            and not _sum_head(doc, k):
        k -= 1  # 「事後指導回数延べ240回」 (but 「付加価値額の合計を」: 合計 the object's head noun)
    while k >= floor:
        t = doc[k]
        if out and (t.whitespace_ or t.is_space) and "".join(doc[i].text for i in out) in BREAKDOWN:
            break  # (see BREAKDOWN)
        # (「新たな需要の開拓　商談成約件数」: a heading with の the same)
        if out and t.whitespace_ and nominal(t) and (len(out) >= 2 or len(doc[out[0]].text) >= 4) and k - 1 >= floor \
                and (nominal(doc[k - 1]) or doc[k - 1].text == "の") and len(t.text) >= 2 \
                and len(doc[out[0]].text) >= 2 \
                and doc[out[0]].text not in ("対象", "参加", "受講", "利用", "来場"):  # (「X指導　対象事業所数」: of X)
            break  # 「記帳機械化指導 記帳継続指導先 80企業」: a heading before a space, no part of the name
        if t.text == "年間" and out and not t.whitespace_ and k - 1 >= floor and doc[k - 1].text == "の":
            k -= 1  # 「温泉街の年間観光入込客数」: a span glued inside a の-phrase's noun is a span all the same, left
            continue  # out of the name (the set's rule: no spans in a name), the の-phrase kept
        if t.text == "平均" and out and not t.whitespace_ and k - 2 >= floor and doc[k - 1].text == "年" \
                and doc[k - 2].text == "の":
            k -= 2  # (「付加価値額の年平均伸び率」: 年平均 the same)
            continue
        if t.text in UNITS and k > 0 and is_number(doc[k - 1]) and _condition_of(doc, out):
            k -= 1  # 「利益率3%以上増加の事業者数 4者」: a quantity and its change joined by の qualify the name
            while k >= floor and is_number(doc[k]):
                k -= 1
            out[:0] = range(k + 1, out[0])
            continue
        if t.text in PER_UNIT and out and k - 3 >= floor and re.fullmatch(r"1\D{1,3}", doc[k - 1].text) \
                and doc[k - 2].text == "の" and nominal(doc[k - 3]):
            k -= 2  # 「支援先の一人当たり付加価値額」: a denominator inside a の-phrase, left out; the の-phrase kept
            out.insert(0, k)
            k -= 1
            continue
        if t.text in PER_UNIT and out and k - 4 >= floor and re.fullmatch(r"1\D{1,3}", doc[k - 1].text) \
                and nominal(doc[k - 2]) and not doc[k - 2].whitespace_ and doc[k - 3].text == "の" \
                and nominal(doc[k - 4]):
            k -= 3  # (「支援先の従業員1人当たり付加価値額」: the one counted said before the denominator, the same)
            out.insert(0, k)
            k -= 1
            continue
        head = not out and _sum_head(doc, k)  # (「合計を」: a head noun)
        if t.text in PER_UNIT or (t.text in SPAN and not head) \
                or (t.text in UNITS and k > 0 and is_number(doc[k - 1])):
            break  # a span word, or the unit of another count (「15件 創業者数 年間5人」)
        noun = (nominal(t) or adjectival_noun(t)) \
            and t.text not in TIME and not is_number(t)  # 「新規創業者数」: 新規 is a 形状詞
        joint = t.text == "の" and out and k - 1 >= floor and (nominal(doc[k - 1])  # 「計画の策定支援数」
                                                               # (「BCP（事業継続力強化計画）の策定支援件数」)
                                                               or (doc[k - 1].text in (")", "）")
                                                                   and not doc[k - 1].whitespace_))
        if t.text == "の" and out and k - 1 >= floor and doc[k - 1].text in ("」", "』"):
            opening = next((j for j in range(k - 2, floor - 1, -1) if doc[j].text in ("「", "『")), None)
            if opening is not None:  # 「「創業塾」の受講者数」: a quoted name joined by の
                out[:0] = range(opening, k + 1)
                k = opening - 1
                continue
        if t.text in (")", "）") and out and not t.whitespace_:
            opening = next((j for j in range(k - 1, floor - 1, -1) if doc[j].text in ("(", "（")), None)
            if opening is not None and opening - 1 >= floor and nominal(doc[opening - 1]) \
                    and _gloss(doc, opening - 1, k + 1, formula=True) == list(range(opening, k + 1)):
                out[:0] = range(opening, k + 1)  # 「経営分析（財務分析）件数」: a bracket glued inside a name
                k = opening - 1
                continue
        if out and k + 1 == out[0] and _years_glued(doc, k, floor):
            out[:0] = [k - 1, k]
            k -= 2
            continue
        if out and k + 1 == out[0] and _number_glued(doc, k, floor):
            out.insert(0, k)
            k -= 1
            continue
        if t.text == "後" and out and k >= floor + 2 and doc[k - 1].text in ("年", "か月", "ヶ月") \
                and is_number(doc[k - 2]):
            out[:0] = [k - 2, k - 1, k]  # 「創業者の5年後生存率」: a point in time inside the name
            k -= 3
            continue
        if noun or joint:
            out.insert(0, k)
        else:
            break
        k -= 1
    return out


def _years_glued(doc, k: int, floor: int) -> bool:
    """Whether 年 at k, a number before it, is glued inside a name to the noun after it (「創業1年目の売上高」「創業者の
    5年生存率」: an ordinal of years, a span said as part of a measure); 「5年間で」「3年後に」 are spans,
    「令和12年度」 a year."""
    return doc[k].text == "年" and k - 1 >= floor and k + 1 < len(doc) and is_number(doc[k - 1]) \
        and not doc[k - 1].whitespace_ and not doc[k].whitespace_ and nominal(doc[k + 1]) \
        and doc[k + 1].text not in TIME | SPAN | UNITS and doc[k + 1].text not in ("度", "後", "以内", "以上")


def _number_glued(doc, k: int, floor: int) -> bool:
    """Whether the number at k is glued to a noun after it that is no counter (「3商工会合計の経営分析件数」: a joint
    plan's chambers counted inside the name)."""
    return is_number(doc[k]) and k + 1 < len(doc) and not doc[k].whitespace_ and nominal(doc[k + 1]) \
        and doc[k + 1].text not in TIME | SPAN | UNITS | PER_UNIT \
        and not re.match(r"年|月|日|期|号|次|時|倍|割|歳|人|名|社|者|件|回|位|点|円|%", doc[k + 1].text) \
        and (k == floor or not is_number(doc[k - 1])) and not (k >= 1 and doc[k - 1].text in ("令和", "平成", "R"))


def _condition_of(doc, chain: list[int]) -> bool:
    """Whether a chain opens with a comparator or a word of change and の (「以上増加の事業者数」): the
    quantity right before it is a condition of the name (「利益率3%以上増加の事業者数」), not a count."""
    m = 0
    while m < len(chain) and (doc[chain[m]].text in COMPARATOR or change(doc[chain[m]])):
        m += 1
    return 0 < m < len(chain) and doc[chain[m]].text == "の"


def _names_next(doc, k: int) -> bool:
    """Whether the noun chain at k is followed by a number (a span word between): it names the count
    after it (「利益率3%以上増加の事業者数 4者」), not the quantity before it."""
    right = _chain_right(doc, k)
    nxt = right[-1] + 1 if right else k
    if nxt < len(doc) and doc[nxt].text in ("を", "は", "が", ":", "："):
        nxt += 1  # 「…増加の事業者数を年間10者」
    while nxt < len(doc) and (doc[nxt].text in SPAN | TIME or doc[nxt].is_space or doc[nxt].text in ("、", ",")
                              or (is_number(doc[nxt]) and doc[nxt + 1:nxt + 2].text in TIME)):
        nxt += 1  # (「5年間で」: a span, not the count)
    return bool(right) and nxt < len(doc) and is_number(doc[nxt])


def _chain_right(doc, start: int) -> list[int]:
    """Indices of the noun chain starting at ``start`` (nouns, and の between nouns)."""
    out = []
    k = start
    while k < len(doc):
        if nominal(doc[k]) and not is_number(doc[k]):
            out.append(k)
        elif doc[k].text == "の" and out and k + 1 < len(doc) and nominal(doc[k + 1]) \
                and not is_number(doc[k + 1]):
            out.append(k)  # 「利益目標の達成」
        else:
            break
        k += 1
    return out


def _extend_left(doc, chain: list[int], floor: int, anchor: range = range(0)) -> list[int]:
    """The chain with the words to its left that modify it (a relative clause, 「…を」 inside it),
    stopping at a span of time (「承継後 2 年で」) or at a word attached elsewhere. Words
    attached to the quantity itself (``anchor``) count as modifying it."""
    span = set(chain)
    attach = span | set(anchor)
    k = chain[0] - 1
    pending: list[int] = []
    breakdown = "".join(doc[i].text for i in chain) in BREAKDOWN
    while k >= floor:
        t = doc[k]
        if breakdown and (t.whitespace_ or t.is_space):
            break  # (see BREAKDOWN)
        if t.whitespace_ and nominal(t) and len(t.text) >= 2 and len(doc[k + 1].text) >= 2 and k + 1 == min(span) \
                and (len(span) >= 2 or len(doc[k + 1].text) >= 4) and k - 1 >= floor \
                and (nominal(doc[k - 1]) or doc[k - 1].text == "の"):
            break  # (a heading before a space: see _chain_left; 「持続化補 助金」: a word cut by a converter is one)
        j = k - 2 if doc[k - 1:k].text in UNITS else k - 1  # (「1人」 may be one token)
        if t.text in PER_UNIT and doc[k + 1:k + 2].text == "の" and j >= floor and re.match(r"\d", doc[j].text) \
                and any(doc[i].pos_ in ("VERB", "AUX") for i in span if i > k):
            # 「従業員1人当たりの売上高を5%向上させた事業者数」: a denominator inside the name's relative
            # clause is the clause's (a denominator of the name itself, 「指導員1人あたりの件数」, is not)
            while j - 1 >= floor and is_number(doc[j - 1]):
                j -= 1
            run = _chain_left(doc, j - 1, floor) if j - 1 >= floor else []
            span.update([*pending, *range(j, k + 1), *run])
            attach.update([*pending, *range(j, k + 1), *run])
            pending = []
            k = (run[0] if run else j) - 1
            continue
        if t.lemma_ in ("とどまる", "留まる") and k >= 1 and current(doc, k - 1):
            break  # 「現在25%にとどまる…割合」: a current value's clause (see current)
        if t.text in ("年間", "毎年", "毎月", "月間", "年", "年率") and k + 1 in span \
                and (is_number(doc[k + 1]) or (doc[k + 1].text == "平均" and is_number(doc[k + 2]))):
            span.add(k)  # 「業務時間を年間100時間以上削減した事業者数」: a span with its number inside the clause
            attach.add(k)
            k -= 1
            continue
        if t.text in ("年", "か月", "ヶ月") and doc[k + 1:k + 2].text in ("以上", "以内", "未満", "超") \
                and k + 1 in span and k - 1 >= floor and is_number(doc[k - 1]):
            span.update([k - 1, k])  # 「創業後3年以上事業を継続している事業者数」: a condition of time in the clause
            attach.update([k - 1, k])
            k -= 2
            continue
        if k + 1 in span and (_years_glued(doc, k, floor) or _number_glued(doc, k, floor)):
            run = [k - 1, k] if doc[k].text == "年" else [k]  # (see _years_glued, _number_glued)
            span.update([*pending, *run])
            attach.update([*pending, *run])
            pending = []
            k = run[0] - 1
            continue
        if t.text in ("年", "か月", "ヶ月") and doc[k + 1:k + 2].text == "後" and k + 1 in span and k - 1 >= floor \
                and is_number(doc[k - 1]):
            span.update([k - 1, k])  # 「3年後に売上が増加した事業者の割合」: a point in time inside the clause
            attach.update([k - 1, k])
            k -= 2
            continue
        if t.text in ADNOMINAL and k + 1 == min(span) and k - 2 >= floor and doc[k - 1].text in ("に", "へ") \
                and nominal(doc[k - 2]):
            run = _chain_left(doc, k - 2, floor)  # 「広域経営指導員による分析」: による (に関する …) ties what is
            span.update([*pending, k - 1, k, *run])  # before it to the name, however the parser hangs it
            attach.update([*pending, k - 1, k, *run])
            pending = []
            k = (run[0] if run else k - 1) - 1
            continue
        if t.text == "から" and k + 1 in span and any(doc[i].text == "まで" for i in span) and k - 1 >= floor \
                and nominal(doc[k - 1]):
            run = _chain_left(doc, k - 1, floor)  # 「相談受付から初回回答までの平均日数」: a range's start
            span.update([*pending, k, *run])
            attach.update([*pending, k, *run])
            pending = []
            k = (run[0] if run else k) - 1
            continue
        if t.text in TIME or t.text in PER_UNIT or t.text in ("毎回", "毎年", "毎月") \
                or (is_number(t) and k + 1 < len(doc) and doc[k + 1].text in TIME):
            break  # (「（毎回受講者25名）」: a span word opens no name)
        if t.text in UNITS and k > 0 and is_number(doc[k - 1]) \
                and (t.whitespace_ or (nominal(doc[k + 1]) and doc[k + 1].text not in COMPARATOR)) \
                and not time_limit(doc, k):
            break  # 「創業支援件数 年間15件 創業者数 年間5人」: another count standing on its own
        if t.text == "・" and k - 1 >= floor and nominal(doc[k - 1]):
            run = _chain_left(doc, k - 1, floor)  # 「有識者・柏市・当所による…」: coordinated nouns
            span.update([*pending, k, *run])
            attach.update([*pending, k, *run])
            pending = []
            k = (run[0] if run else k) - 1
            continue
        if t.text in ("、", ",", "，") and k - 1 >= floor and (doc[k - 1].pos_ in ("ADP", "SCONJ")
                                                            or doc[k - 1].dep_ == "fixed"
                                                            or doc[k - 1].text in ("後", "以降", "際", "時")
                                                            or doc[k - 1].lemma_ in ("通じる", "踏まえる")
                                                            or (doc[k - 1].pos_ == "VERB" and k - 2 >= floor
                                                                and doc[k - 2].text == "に")):
            # 「販路開拓支援により、…」「…を通じて、」「策定後、」: an adverbial phrase closed by 、
            # is no part of the name (「…の持続的発展に向け、」「繁忙に備え、」「方針に基づき、」: a verb
            # governing に, the same; 「廃業を回避し、…に移した企業割合」: a clause of the name's own, joined by
            # し、, goes on)
            break
        if t.text == "が" and k - 1 >= floor and nominal(doc[k - 1]) and k + 1 in span \
                and any(doc[i].pos_ == "VERB" or doc[i].text in COMPARATOR for i in span if i > k) \
                and not any(doc[i].text == "が" for i in span):  # (「EC化率が10%超の事業者数」: a condition, the same)
            # 「付加価値額の増加率が年率3%以上となった事業者の割合」: the subject of the name's relative clause
            # is the clause's, wherever the parser hangs it
            run = _chain_left(doc, k - 1, floor)
            span.update([*pending, k, *run])
            attach.update([*pending, k, *run])
            pending = []
            k = (run[0] if run else k) - 1
            continue
        if k + 1 == min(span) and not t.whitespace_ and k - 1 >= floor \
                and ((t.pos_ == "AUX" and t.text in ("た", "る", "だ", "ている", "いる")
                      and doc[k - 1].pos_ in ("VERB", "AUX"))
                     or (t.text == "の" and doc[k - 1].pos_ == "ADP"
                         and doc[k - 1].text in ("へ", "で", "と", "から"))):
            # 「事業承継を完了した事業者数」「計画策定事業者へのフォローアップ訪問」: a relative clause's last word, or
            # 「…への」, right before the name's first noun modifies it, wherever the parser hangs it (there: on 年間)
            span.update([*pending, k])
            attach.update([*pending, k, t.head.i])
            pending = []
            k -= 1
            continue
        if t.text == "な" and k + 1 == min(span) and k - 1 >= floor and doc[k - 1].tag_.startswith("形状詞"):
            span.update([*pending, k - 1, k])  # 「新たな雇用」: a 形状詞 and な before the name's first noun
            attach.update([*pending, k - 1, k])
            pending = []
            k -= 2
            continue
        if t.text in "()（）/／":
            pending.append(k)  # brackets go with what they enclose
        elif any(a.i in attach for a in [t, *t.ancestors]) \
                or (nominal(t) and not t.whitespace_ and k + 1 in span and nominal(doc[k + 1])):
            # (「物産展出展による…」: a noun glued to the name's first noun is a compound's, wherever
            # the parser hangs it)
            span.update([*pending, k])
            attach.update([*pending, k])
            pending = []
        else:
            break
        k -= 1
    return sorted(span)


def _floor(doc, i: int, quantities: list[tuple[int, int]] = ()) -> int:
    """Where the clause of token i starts: after 「うち」, 「目標として」, a list mark or label,
    or after a 「、」/「・」 that closes a part holding a quantity of its own."""
    floor = 0
    # (「策定率（分析実施者のうち計画を策定した者の割合）を60%に」: a うち inside a closed bracket is the gloss's)
    depth = 0
    for t in doc[:i]:
        depth += 1 if t.text in ("(", "（") else -1 if t.text in (")", "）") and depth else 0
        if t.text == "うち" and depth and any(x.text in (")", "）") for x in doc[t.i:i]):
            continue
        if t.text in ("。", ":", "：", "うち") or re.match(r"^[①-⑳]$", t.text) \
                or (t.text in ("目標値", "計画値") and t.whitespace_) \
                or (t.text == "内" and t.i > 0 and doc[t.i - 1].text == "その"):  # 「その内125社」: of which
            floor = t.i + 1
        elif t.text == "目標" and (t.i == 0 or not nominal(doc[t.i - 1])
                                   or doc[t.i + 1:t.i + 2].text in ("と", "として")):  # 「…アンケート 目標として」
            k = t.i + 1
            while k < i and doc[k].text in ("と", "し", "て", "を", "は", "として"):
                k += 1
            floor = k
        elif t.text in ("、", "，", ",") and t.i > 0 and doc[t.i - 1].text == "を":
            continue  # 「…3%以上となった事業者の割合を、4割以上とする」: an object's comma, the clause goes on
        elif (t.text in ("、", "，", ",", "・") or t.text in CONJ or split_conj(t)) \
                and any(floor <= a < t.i for a, _ in quantities):
            floor = t.i + 1
    return floor


def _paren_name(doc, start: int, quantities: list[tuple[int, int]]) -> list[int] | None:
    """「景況調査(年4回)」「…の出席(月2回、年間24回)」: a quantity in brackets names what
    precedes the brackets — unless it has its own object inside (「外部評価会を年1回」)."""
    depth, k = 0, start - 1
    while k >= 0:
        if doc[k].text in (")", "）"):
            depth += 1
        elif doc[k].text in ("(", "（"):
            if depth == 0:
                break
            depth -= 1
        k -= 1
    if k < 0:
        return None
    j = start - 1
    while j > k and doc[j].text in TIME | SPAN | {"毎年", "毎月", "月"}:
        j -= 1  # (「（5品目、累計250名）」: a span word is no name)
    if j > k and doc[j].text in ("を", "が", "は"):
        return None  # the bracket has its own object: read it as a clause
    q = start - 1
    while q > k and doc[q].text in TIME | SPAN | {"毎年", "毎月"}:
        q -= 1
    denominator = q > k + 2 and doc[q].text in PER_UNIT
    if denominator:  # (a denominator: 「1事業者当たり」)
        q -= 1
        while q > k and (doc[q].text in UNITS or is_number(doc[q]) or re.match(r"\d", doc[q].text)):
            q -= 1
    if q > k and nominal(doc[q]) and (any(t.text in ("、", ",", "，") for t in doc[k + 1:q])
                                      or (q - k >= 2 and not denominator
                                          and all(nominal(x) or x.text == "の" for x in doc[k + 1:q + 1]))):
        # (「個社支援の重点化（伴走型支援事業者数 各年度10者）」: a bracket opened by a name of its own, the same)
        # 「創業塾の開催（年1回、受講者15名）」: a count in the bracket with its own name (a span word or a
        # denominator between: 「（年3回、来場者毎回500人）」「（5事業者、売上額1事業者当たり年間50万円）」)
        return None
    if j > k and nominal(doc[j]) and doc[j].text not in SPAN and any(nominal(doc[x]) for x in range(k + 1, j + 1)) \
            and not any(is_number(x) for x in doc[k + 1:j + 1]) and k > 0 \
            and (doc[k - 1].text in UNITS | set(COMPARATOR) or doc[k - 1].text in ("開催", "実施", "発行")) \
            and any(is_number(x) for x in doc[max(0, k - 4):k]):
        # 「採択件数 年間15件以上（採択率60%）」「セミナー 年2回開催（各回参加者20名）」: after a count, a count
        # in brackets with a noun of its own before its number is named by that noun, not by what precedes
        return None
    done = 1 if k > 0 and doc[k - 1].text in ("開催", "実施", "発行") else 0
    before = next(((s, e) for s, e in quantities if e == k - 1 - done), None)
    if before is not None and not done and all(doc[i].text in TIME | SPAN | {"で", "に"} or is_number(doc[i])
                                               for i in range(k + 1, start)):
        # 「販売額 年間8,000万円（5年間で4億円）」: the count's own, over a span
        return name_span(doc, *before, quantities)
    if done and q == k and before is not None:
        return name_span(doc, *before, quantities)  # 「会報を年6回発行（各号1,200部）」: each issue of what is issued
    if any(t.text in ("うち", "内") for t in doc[k + 1:start]) or (k > done and doc[k - 1 - done].text in UNITS
                                                                  and k > 1 + done and is_number(doc[k - 2 - done])):
        return None  # 「20件（うち補助金活用 5件）」: a part of the count before the bracket, named inside
    floor = _floor(doc, k, quantities)
    idx = list(range(floor, k))
    while idx and (doc[idx[0]].text in "・「（(" or re.match(r"^[①-⑳]$", doc[idx[0]].text)):
        idx = idx[1:]
    obj = max((i for i in idx if doc[i].text == "を"), default=None)
    if obj is not None and obj > idx[0] and all(
            doc[i].text in TIME | SPAN | DOING
            or doc[i].text in ("ごと", "毎", "に", "、", "毎年", "毎月", "する", "し", "ます", "予定", "開く", "行う")
            or is_number(doc[i]) or doc[i].text in UNITS for i in range(obj + 1, k)):
        idx = [i for i in idx if i < obj]  # 「景況感調査を四半期ごとに実施（対象50事業所）」: the object done
    heading = max((i for i in idx[:-1] if doc[i].whitespace_ and nominal(doc[i]) and nominal(doc[i + 1])
                   and len(doc[i].text) >= 2 and len(doc[i + 1].text) >= 2), default=None)
    if heading is not None:
        idx = [i for i in idx if i > heading]  # 「令和8年度重点事業　創業塾の開催（全5回）」: a heading
    comma = max((n for n, i in enumerate(idx) if doc[i].text in ("、", ",", "，")), default=None)
    if comma is not None and any(nominal(doc[i]) for i in idx[comma + 1:]):
        # 「見直し後の目標は…適用し、需要動向調査の回答者数（年200名）」: a clause closed by 、 before the name is none
        # of it
        idx = idx[comma + 1:]
    topic = max((n for n, i in enumerate(idx) if doc[i].text == "は" and n > 0 and nominal(doc[idx[n - 1]])),
                default=None)
    if topic is not None and any(nominal(doc[i]) for i in idx[topic + 1:]):
        # 「同会は県の…との連絡会議を四半期ごとに開く（年4回）」: after the topic, what is done;
        # 「経営分析件数は変更なし
        # （年30件）」「…フォローアップは策定事業者全件（毎年20件程度）を対象とし」: the topic, when what follows says
        # nothing is changed or whom it is for
        rest = "".join(doc[i].text for i in idx[topic + 1:])
        close = next((t.i for t in doc[start:] if t.text in (")", "）")), len(doc) - 1)
        held = re.match(r"(?:変更なし|変更しない|据え置き|維持|現状維持|同じ)", rest) \
            or doc[close + 1:close + 3].text.replace(" ", "") in ("を対象", "が対象")
        idx = idx[:topic] if held else idx[topic + 1:]
    if len(idx) >= 2 and doc[idx[-1]].text in ("は", "が"):
        idx = idx[:-1]  # (「巡回件数は126件（年間目標500件に対し…）」: the topic's particle)
    if len(idx) >= 2 and doc[idx[-1]].text in DOING and doc[idx[-2]].whitespace_:
        # 「インボイス相談会　毎月第2水曜日開催（年12回）」: the doing said apart (its day between), no name
        idx = idx[:-1]
    return idx or None


# Nouns of doing after an object and its frequency (「…を四半期ごとに実施」): the object names the count
DOING = {"実施", "開催", "発行", "実行", "派遣", "訪問", "開設", "作成"}


def _before_qualifiers(doc, k: int, floor: int) -> int:
    """The index of the word before the qualifiers that end at k, going left: particles and
    spans of time, a denominator (「支援先1社あたり」), a frequency (「四半期ごとに」) and a
    bracket that holds only a span (「（5年間累計）」)."""
    while k >= floor:
        t = doc[k]
        if (t.pos_ == "ADP" or t.text in TIME or t.text in SPAN) and not _sum_head(doc, k):
            k -= 1
            while k >= floor and is_number(doc[k]) and t.text in TIME:
                k -= 1  # 「5年間で」
        elif t.text in PER_UNIT:
            k -= 1
            while k >= floor and (doc[k].text in UNITS or is_number(doc[k])):
                k -= 1
            while k >= floor and nominal(doc[k]) and not doc[k].whitespace_:  # 「支援先1者あたり」, not 「額 1社」
                k -= 1
        elif t.text in ("ごと", "毎") and k - 1 >= floor and nominal(doc[k - 1]):
            k -= 2
        elif t.text in ("、", ",", "，") and k - 1 >= floor and doc[k - 1].text in ("を", "は", "が"):
            k -= 1  # 「経常利益を、1社当たり300千円」: an object's comma
        elif t.text in (")", "）"):
            opening = next((j for j in range(k - 1, floor - 1, -1) if doc[j].text in ("(", "（")), None)
            inside = doc[opening + 1:k] if opening is not None else []
            if opening is None or not all(w.text in TIME | SPAN or is_number(w) or w.pos_ == "ADP"
                                          for w in inside):
                break
            k = opening - 1
        else:
            break
    return k


def _before_base(doc, start: int) -> int:
    """Where a quantity starts once the base it is measured from is counted in (「令和6年度比5%増」
    → the index of 令和): that base is no part of the name."""
    first = start
    for k in range(start - 1, max(-1, start - 6), -1):
        if doc[k].text in ("、", "。", " ") or doc[k].is_space:
            break
        if BASE.match("".join(t.text for t in doc[k:start])):
            first = k  # the longest base: 「令和6年度比」, not 「年度比」
    return first


def _labelled(doc, start: int) -> list[int] | None:
    """A table-like line: 「経営計画策定件数：30件」 (the name before the colon) and
    「指標：経営計画策定件数 目標値：30件」 (the name before the goal's label)."""
    k = start - 1
    # (「空き店舗への出店：5年間で10店舗」: a number of years and its particle, a span too)
    while k >= 0 and (doc[k].text in SPAN | TIME or (doc[k].text == "で" and k > 0 and doc[k - 1].text in TIME)
                      or (is_number(doc[k]) and doc[k + 1].text in TIME)):
        k -= 1
    if k >= 2 and doc[k].text == "の" and doc[start + 1:start + 2].text in ("%", "％", "割"):
        j = k - 1  # 「…を実施した事業者の割合：巡回対象事業者の30%以上」: the population a share is of, after the colon
        while j >= 0 and nominal(doc[j]):
            j -= 1
        k = j if j < k - 1 and doc[j].text in (":", "：") else k
    if k >= 0 and doc[k].text in PER_UNIT:  # 「獲得件数：1社あたり2件」: a denominator after the colon
        k -= 1
        while k >= 0 and (doc[k].text in UNITS or is_number(doc[k]) or re.match(r"\d", doc[k].text)):
            k -= 1
    # (「需要動向調査の提供事業者数 / 25者」: a slash between a name and its value, as a colon)
    if k < 1 or doc[k].text not in (":", "：", "/", "／"):
        return None
    k -= 1
    if doc[k].text in GOAL_LABELS:
        k -= 1
        while k >= 0 and (doc[k].is_space or doc[k].text in ("、", ",", "，")):
            k -= 1
    glossed: list[int] = []
    if k < 0 or not nominal(doc[k]):
        return None
    floor = k
    # (「次年度の目標 巡回訪問件数：1,200件」「◎重点事業 地域ブランド商品の販売額：2,000万円」: a heading before a
    # space labels the line, no part of the name; 「目 標：」: a word's letters spread out are one word)
    while floor > 0 and doc[floor - 1].text not in (":", "：", "。", "、") and not doc[floor - 1].is_space \
            and not (doc[floor - 1].whitespace_ and len(doc[floor - 1].text) > 1):
        floor -= 1
    chain = _chain_left(doc, k, floor)
    if not chain or "".join(doc[i].text for i in chain) in GOAL_LABELS | {"目標", "指標", "項目"}:
        return None  # 「目 標:450社…」: a label with no name before it
    return _extend_left(doc, chain, floor) + glossed


def _adnominal_before(doc, start: int, floor: int) -> list[int]:
    """「地域内での10人以上の雇用創出」: a の-phrase before a count named after it modifies that name
    (the count stands between the two): its indices, or none."""
    k = start - 1
    if k - 1 < floor or doc[k].text != "の":
        return []
    j = k - 1
    if doc[j].text in ("で", "へ", "と", "から", "まで", "に") and doc[j].pos_ == "ADP":
        j -= 1
    chain = _chain_left(doc, j, floor) if j >= floor and nominal(doc[j]) else []
    return [*chain, *range(j + 1, k + 1)] if chain else []


def _share_doing(doc, start: int, end: int, floor: int) -> list[int]:
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


def _made_into(doc, start: int, end: int, floor: int) -> list[int]:
    """「…40件に引き上げ、うち10件を創業計画とする」「そのうち200件を重点支援先への訪問とする」: a count with nothing
    named before it in its clause, made into something (「をXとする」), counts X: its indices, or none."""
    # (「そのうち5件について承継計画の策定に繋げる」「うち7割以上を事業計画策定に結びつける」: led into X, the same)
    about = doc[end + 1:end + 4].text.replace(" ", "") == "について"
    k = end + 2 if doc[end + 1:end + 2].text == "を" else end + 4 if about else None
    if any(doc[i].text not in BOUNDARY and doc[i].text not in SPAN for i in range(floor, start)) or k is None:
        return []
    k += 1 if k < len(doc) and doc[k].text in ("、", ",", "，") else 0
    right = _chain_right(doc, k)
    verb = doc[right[-1] + 2:right[-1] + 3] if right else None
    if about and right and verb and doc[right[-1] + 1].text == "を" and verb[0].pos_ == "VERB":
        # 「そのうち10件について事業計画の策定支援を行う」「うち30者について財務分析を実施する」: what is done
        return right
    if not right or doc[right[-1] + 1:right[-1] + 2].text not in ("と", "に") or not verb \
            or not (verb[0].lemma_ == "する" or re.match(r"(?:繋|つな|結び付|結びつ)", verb[0].text)):
        return []
    return right


def _share_of(doc, start: int, end: int, floor: int) -> list[int]:
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
    chain = _chain_left(doc, k - 1, floor)
    return _extend_left(doc, chain, floor) if chain else []


def _topic_restated(doc, start: int, end: int) -> list[int]:
    """「特産品の新商品開発件数は、5年間で10品目の開発を目標とする」: a count named after it (「10品目の開発」) by a
    word of the sentence's topic, a count (…数) said before it with は, measures that topic: its indices, or none."""
    right = "".join(doc[i].text for i in _chain_right(doc, end + 2))
    topic = next((t.i for t in reversed(doc[:start]) if t.text == "は" and t.i > 0 and nominal(doc[t.i - 1])), None)
    if topic is None or not right or not doc[topic - 1].text.endswith("数"):
        return []
    chain = _chain_left(doc, topic - 1, _floor(doc, topic - 1))
    return _extend_left(doc, chain, _floor(doc, topic - 1)) if right in "".join(doc[i].text for i in chain) else []


def _achieved(doc, k: int) -> bool:
    """Whether the noun chain at k is only a word of achievement (「の達成」, see ACHIEVE) or of change (「前年比3%の
    増加を図る」「5年間で50者の増加とする」: the change of what the sentence is about, no name)."""
    chain = [doc[i] for i in _chain_right(doc, k)]
    # (「事業承継診断は年間100社の実施を目標」: the doing of what is named before, no name either)
    return "".join(t.text for t in chain) in ACHIEVE | {"実施", "開催"} or (len(chain) == 1 and change(chain[0])) \
        or (len(chain) == 1 and chain[0].text in OUTCOME and _measure_before(doc, k - 2))


# 「新規取引件数40件の創出」「会員数1,000事業所の回復」「付加価値額 年3%以上の伸び」: an outcome word after a count
# whose measure is named before it (…数, …率, …額) says what is aimed at, no name; 「新たな雇用20人の創出」 (no
# measure before) is named by both (see _outcome_of)
# (「会員数1,500事業所の維持」「会員数1,150会員の維持」: kept as it is, the same)
OUTCOME = {"創出", "回復", "伸び", "維持"}


def _measure_before(doc, k: int) -> bool:
    """Whether a measure (a noun ending in 数, 率, 額, 高, 量) stands right before the quantity ending at k (span
    words between)."""
    while k >= 0 and (is_number(doc[k]) or doc[k].text in SPAN | TIME | UNITS or doc[k].text in COMPARATOR):
        k -= 1
    return k >= 0 and nominal(doc[k]) and bool(re.search(r"[数率額高量]$", doc[k].text))


def _outcome_of(doc, start: int, end: int, floor: int) -> list[int]:
    """「新たな雇用20人の創出」: a thing counted before the number, with no measure, and the outcome word after it
    (see OUTCOME) name the count together: their indices, or none."""
    if doc[end + 1:end + 2].text != "の" or doc[end + 2:end + 3].text not in OUTCOME or _measure_before(doc, end) \
            or start - 1 < floor or not nominal(doc[start - 1]):
        return []
    chain = _chain_left(doc, start - 1, floor)
    return [*_extend_left(doc, chain, floor), end + 1, end + 2] if chain else []


# 「本計画における経営分析件数」「本年度の経営分析件数」「本会が目指す経営分析件数」「令和6年度は…」: the plan, the
# chamber or the year a name is said in frames it, as a span of time does: no part of the name
# (「当所の法務部会との研修会」: the chamber's own body, with の, is named)
# (「本事業の成果目標である成約件数」: what the name is called as a goal, an apposition, the same)
_FRAME = re.compile(r"^(?:[^、。]*?(?:目標|指標|KPI|KGI)である"
                    r"|(?:(?:本|当|今|次|来|最終|昨|前)年度|本計画(?:期間)?|(?:令和|平成|R)\d+年度)(?:における|での|の|は|では|、)"
                    r"|(?:第\d+期)?計画(?:期間)?(?:における|での|では)"
                    r"|(?:本|当)(?:会|所|会議所|商工会)(?:における|が目指す|が掲げる|が目標とする))")


_TIME_WORD = re.compile(r"(?:本|今|次|来|当|初|前|昨|最終)年度|(?:令和|平成|R)\d+年度|今年|来年|昨年")
# 「今年度中に30店舗を目標に」「令和10年度以降の目標を年15件に」「計画期間（令和5年度～令和9年度）目標 50件」: a time a
# target holds for or is due, all a name finder found, names nothing (the measure said before it does)
_WHEN = re.compile(rf"(?:(?:{_TIME_WORD.pattern}|\d+年度?)(?:以降|以内|中|内|末|まで)?|(?:本)?計画期間(?:中|内)?)")


# The kinds a goal is said as (「重点目標」「成果目標」「当初目標」): with 目標 left out of a name, nothing left names a
# measure
GOAL_KINDS = {"重点", "成果", "数値", "活動", "当初", "最終", "全体", "新たな成果", "計画上"}


def _bare_goal(doc, start: int) -> bool:
    """Whether a bare 目標 (no noun or の before it) is the object or topic the quantity at start is said of, spans
    between (「…新商品開発件数を5年間で10件としていたが、…ため、目標を5年間で6件に変更する」): a word standing for the
    measure said before it."""
    k = start - 1
    while k >= 0 and (doc[k].text in SPAN | TIME | {"で", "、", ",", "，"} or (is_number(doc[k]) and k + 1 < start
                                                                             and doc[k + 1].text in TIME)):
        k -= 1
    return k >= 1 and doc[k].text in ("を", "は") and doc[k - 1].text in ("目標", "目標値") \
        and (k - 1 == 0 or not (nominal(doc[k - 2]) or doc[k - 2].text == "の"))


def name_span(doc, start: int, end: int, quantities: list[tuple[int, int]]) -> list[int]:
    """Token indices of what the quantity doc[start:end+1] measures, its frame (see _FRAME) left out."""
    whole = span = _name_span(doc, start, end, quantities) or _gloss_after(doc, end) or _closing_gloss(doc, end)
    if _bare_goal(doc, start):
        whole = span = _measure_said_before(doc, start) or span
    before = [(s, e) for s, e in quantities if e < start and doc[e].text == doc[end].text]
    clause = max((i for i in range(before[-1][1] + 1, start) if doc[i].text in ("、", ",", "，")), default=None) \
        if before else None
    if clause is not None and end + 2 < len(doc) and doc[end + 1].text == "の" and doc[end + 2].text in ACHIEVE \
            and not any(nominal(doc[i]) for i in range(clause + 1, start) if doc[i].text not in SPAN | TIME):
        # 「年間250件の巡回訪問を行い、全体で1,500件の達成を目指す」: an achievement of a total nothing names, after a
        # count of the same unit, is of that count's measure
        return name_span(doc, *before[-1], quantities)
    # 「DX相談窓口の利用件数 目標 月20件」「物産展売上目標 各回800千円」「個別相談会の開催目標は、月2回」
    # 「創業相談件数の目標値（年間50件）」: a word of goal closing a name labels the value, no part of what is
    # measured (「次年度目標を年12件とする」: nothing but the year left, the measure said before it names the value)
    while span and doc[span[-1]].text in GOAL_LABELS and any(nominal(doc[i]) for i in span[:-1]):
        span = span[:-1]
        while span and (doc[span[-1]].text == "の" or doc[span[-1]].is_space):
            span = span[:-1]
    # (「事業承継診断件数は当初目標（年間20件）を維持する」: the kind of the goal after the topic, and は, no name)
    while len(span) > 1 and doc[span[-1]].text in GOAL_KINDS:
        span = span[:-1]  # (「売上高増加事業者数　当初目標（R8）」: the same after a space)
        if len(span) > 1 and doc[span[-1]].text in ("は", "の"):
            span = span[:-1]
    if "".join(doc[i].text for i in span) in GOAL_KINDS | GOAL_LABELS:  # (「…のうち年間5人を目標とする」: 目標 alone)
        span = []  # (「重点目標として、X件数は…25件を目標」: the kind of a goal names nothing)
    if not span or _WHEN.fullmatch("".join(doc[i].text for i in span)):
        # (「…、次年度は15件を目標とする」: a year said as the topic names nothing)
        whole = span = _measure_said_before(doc, start) or span
    while span and doc[span[0]].text in ("なお", "また", "さらに", "このほか", "その他", "加えて", "、", ",", "，"):
        span = span[1:]  # (「なお、昨年度の事業計画策定は」: a word joining the sentence to the last opens no name)
    frame = _FRAME.match("".join(doc[i].text for i in span))
    if frame:
        length = 0
        while span and length + len(doc[span[0]].text) <= frame.end():
            length += len(doc[span[0]].text)
            span = span[1:]
    opening = max((n for n, i in enumerate(span) if doc[i].text in ("「", "『")), default=None)
    if opening is not None and not any(doc[i].text in ("」", "』") for i in span[opening:]) \
            and opening + 1 < len(span):
        span = span[opening + 1:]  # 「新たに「DX導入支援 30社」を目標に」: quoted with its value, the name starts in it
    if len(span) > 2 and _TIME_WORD.fullmatch(doc[span[-1]].text) and doc[span[-2]].text in ("、", ",", "，"):
        span = span[:-2]  # 「持続化補助金の申請サポート、今年度の目標は30件」: the year after the name, no part of it
    while len(span) > 1 and doc[span[0]].pos_ in ("VERB", "AUX") and re.fullmatch(r"[ぁ-ん]+", doc[span[0]].text):
        span = span[1:]  # (「当所が目標とする経営分析件数」: a clause cut from its subject and object opens no name)
    return span if span and any(nominal(doc[i]) for i in span) else whole


def _gloss_after(doc, end: int) -> list[int]:
    """「目標：年間40件（経営革新計画の承認支援）」: a count nothing names before it, a bracket of nouns right after it
    names it: the bracket's inside, or none."""
    if doc[end + 1:end + 2].text not in ("(", "（"):
        return []
    close = next((t.i for t in doc[end + 2:] if t.text in (")", "）")), None)
    inside = list(range(end + 2, close)) if close is not None else []
    return inside if inside and all(nominal(doc[i]) or doc[i].text == "の" for i in inside) \
        and nominal(doc[inside[-1]]) else []


def _closing_gloss(doc, end: int) -> list[int]:
    """「当初目標の年間20件を、年間30件に引き上げる（事業計画策定後のフォローアップ件数）。」: a count nothing names,
    in a statement closed by a bracket of nouns naming a measure (…数, …率, …額), is of that measure: the bracket's
    inside, or none."""
    last = len(doc) - 1
    while last > end and doc[last].pos_ == "PUNCT" and doc[last].text not in (")", "）"):
        last -= 1
    if last <= end + 1 or doc[last].text not in (")", "）"):
        return []
    opening = next((j for j in range(last - 1, end, -1) if doc[j].text in ("(", "（")), None)
    inside = list(range(opening + 1, last)) if opening is not None else []
    if not inside or not all(nominal(doc[i]) or doc[i].text == "の" for i in inside) or is_number(doc[inside[0]]) \
            or not re.search(r"(?:数|率|割合|額|高)$", doc[inside[-1]].text):
        return []
    return inside


def _measure_said_before(doc, start: int) -> list[int]:
    """「事業計画策定件数、5年間で累計100件を目指す」「…の開拓件数として、累計50件を掲げる」「X件数 現状20件から、
    毎年30件へ」: a count nothing names in its own clause is of the measure (a noun ending in 数, 率, 割合, 額, 高)
    said last before it: that measure's indices, or none."""
    def measure(i: int) -> bool:  # (「達成率124%と高い」「進捗率」: a report's column, no measure a count is of)
        return nominal(doc[i]) and bool(re.search(r"(?:数|率|割合|額|高)$", doc[i].text)) \
            and doc[i].text not in ("達成率", "進捗率", "達成度") \
            and not (i + 1 < len(doc) and nominal(doc[i + 1]) and not doc[i].whitespace_)

    k = start - 1
    while k >= 0 and not measure(k):
        k -= 1
    if k < 0:
        # 「目標値 30件 実績値 33件 達成率 110.0% 専門家による個別相談会の相談件数」: a sheet's row with its name last
        last = len(doc) - 1
        while last > start and doc[last].pos_ == "PUNCT":
            last -= 1
        if last <= start or not measure(last) or any(is_number(t) for t in doc[last - 1:last + 1]):
            # 「経営分析は目標60件…。次年度も60件を目標とする」「巡回は1日5件」: else the topic said before it (Xは),
            # 「個別相談会 年6回開催・延べ60事業者」: or the first thing the statement names
            # (「需要動向調査は、地元特産品2品目は、年1回」: a count said as a topic names nothing, the topic before it
            # does)
            for topic in (t.i for t in reversed(doc[:start]) if t.text == "は" and t.i > 0 and nominal(doc[t.i - 1])
                          and not _TIME_WORD.fullmatch(doc[t.i - 1].text)):
                # (「専門家派遣を活用した高度な支援は目標の50件に」: with its clause)
                chain = _chain_left(doc, topic - 1, _floor(doc, topic - 1))
                chain = _extend_left(doc, chain, _floor(doc, topic - 1)) if chain else chain
                chain = [i for i in chain if doc[i].text not in SPAN | TIME]
                if chain:
                    return chain
            first = next((t.i for t in doc[:start] if nominal(t) and not is_number(t)
                          and t.text not in SPAN | TIME | {"令和", "平成"}), None)
            out: list[int] = []
            for i in _chain_right(doc, first) if first is not None else []:
                if i >= start or doc[i].text in SPAN | TIME:
                    break
                out.append(i)
                if doc[i].whitespace_:
                    break  # (the name ends at a space: 「個別相談会 年6回」)
            return out
        k = last
    floor = _floor(doc, k)
    chain = _chain_left(doc, k, floor)
    return _extend_left(doc, chain, floor) if chain else []


def _name_span(doc, start: int, end: int, quantities: list[tuple[int, int]]) -> list[int]:
    """Token indices of what the quantity doc[start:end+1] measures."""
    start = _before_base(doc, start)
    # (「売上高1,000万円未満の小規模事業者への支援割合を、全体の6割以上」: a threshold before の, another quantity
    # after it and the noun after の modifying a further one (への, の), is a condition of the class of things the
    # later one measures, not a count of them; 「20者以上の事業計画策定を支援し、…8割以上」 counts)
    threshold = doc[end].text in COMPARATOR and any(s > end for s, _ in quantities) and end + 2 < len(doc) \
        and doc[end + 1].text == "の" and bool(_chain_right(doc, end + 2)) \
        and doc[_chain_right(doc, end + 2)[-1] + 1:_chain_right(doc, end + 2)[-1] + 2].text in ("へ", "に", "の", "で")
    counted_first = end + 2 < len(doc) and doc[end + 1].text == "の" and nominal(doc[end + 2]) \
        and not _achieved(doc, end + 2) and not _names_next(doc, end + 2) and not threshold
    topic = _topic_restated(doc, start, end) if counted_first else []
    if topic:
        return topic
    labelled = None if counted_first else _labelled(doc, start)  # 「目標：18社の出展支援」: named after
    if labelled:
        return labelled
    floor = _floor(doc, start, quantities)
    prev = doc[start - 1] if start > 0 else None
    doing = _outcome_of(doc, start, end, floor) or _share_doing(doc, start, end, floor) or _anaphor(doc, start) \
        or _share_of(doc, start, end, floor) \
        or _made_into(doc, start, end, floor)
    if doing:
        return doing
    bracketed = _paren_name(doc, start, quantities)
    if bracketed:
        return bracketed
    after = end + 1
    if after < len(doc) and doc[after].text in ("(", "（"):  # 「450社（者）の…」
        close = next((t.i for t in doc[after:] if t.text in (")", "）")), None)
        after = close + 1 if close is not None else after
    words = [t.text for t in doc[after:after + 4]]
    if (words[:3] in (["を", "対象", "に"], ["を", "対象", "と"]) or words[:2] == ["規模", "で"]) \
            and (prev is None or not nominal(prev)):
        # 「消費者アンケートを年1回、100人を対象に実施する」「アンケートは、年1回、300人規模で実施する」: the people a
        # doing is for, or its scale, with no noun of their own, count the doing said before them (its object or topic)
        top = _floor(doc, start)
        said = max((i for i in range(top + 1, start) if doc[i].text in ("を", "は") and nominal(doc[i - 1])),
                   default=None)
        chain = _chain_left(doc, said - 1, top) if said is not None else []
        if chain:
            return _extend_left(doc, chain, top)
    if after + 1 < len(doc) and doc[after].text == "の" and doc[after + 1].text in ("「", "『"):
        close = next((t.i for t in doc[after + 2:] if t.text in ("」", "』")), None)
        if close is not None:  # 「100件の「稼ぐ力」相談をめざす」: a quoted name after the count, the same as a noun
            return _adnominal_before(doc, start, floor) + list(range(after + 1, close + 1)) + (
                _chain_right(doc, close + 1) if close + 1 < len(doc) and nominal(doc[close + 1]) else [])
    if words[:2] == ["に", "対する"] or words[:4] == ["に", "対し", "て", "の"]:
        after += 1 if words[1] == "対する" else 3  # 「125社に対しての利益目標の達成」: to the の
        if nominal(doc[after + 1]) if after + 1 < len(doc) else False:
            return _chain_right(doc, after + 1)
    if words[:2] == ["に", "対し"]:  # 「小規模事業者50者以上に対して、経営分析を実施する」: the count of
        k = after + (3 if words[2:3] == ["て"] else 2)  # those an action is done for names the action
        k += 1 if k < len(doc) and doc[k].text in ("、", ",", "，") else 0
        right = _chain_right(doc, k) if k < len(doc) and nominal(doc[k]) else []
        if right and right[-1] + 1 < len(doc) and doc[right[-1] + 1].text == "を":
            return right
    if after + 1 < len(doc) and doc[after].text == "の" and nominal(doc[after + 1]) and not _achieved(doc, after + 1) \
            and not _names_next(doc, after + 1) and not threshold:
        # 「18社の出展支援」: the count comes first
        return _adnominal_before(doc, start, floor) + _chain_right(doc, after + 1)
    named_before = prev is not None and prev.text in TIME | SPAN and \
        _before_qualifiers(doc, start - 1, floor) >= floor \
        and (nominal(doc[_before_qualifiers(doc, start - 1, floor)])
             # (「「…」を年5回開催予定」; 「税務相談会（確定申告期） 計8回開催予定」: a bracket after the name)
             or doc[_before_qualifiers(doc, start - 1, floor)].text in ("」", "』", ")", "）"))
    # (「創業セミナーは7月と11月の2回開催予定」: the doing after the count, a topic said before it, names nothing: the
    # topic does)
    topic = next((t.i for t in reversed(doc[floor:start]) if t.text == "は" and t.i > floor and nominal(doc[t.i - 1])),
                 None)
    chain = _chain_left(doc, topic - 1, floor) if topic is not None else []
    if after < len(doc) and doc[after].text in DOING and chain and not named_before \
            and (prev is None or prev.text not in ("を", "は", "が")) and doc[chain[0]].text != "年度" \
            and not _WHEN.fullmatch("".join(doc[i].text for i in chain)):  # (「令和7年度は、…を2回開催し」: a year)
        return _extend_left(doc, chain, floor)
    # (「…を10店舗減らすことを目標に」: a formal noun after the change, こと, names nothing)
    if after < len(doc) and nominal(doc[after]) and not is_number(doc[after]) and not named_before and \
            doc[after].text not in ("こと", "もの", "ため", "ところ", "よう") and \
            (prev is None or not nominal(prev) or prev.text in TIME | SPAN):
        # 「年間4回発行」 (but 「販路開拓セミナー 年1回開催」 is named before its span), not the name of
        # the next count (「15件 創業者数 年間5人」)
        right = _chain_right(doc, after)
        nxt = right[-1] + 1
        while nxt < len(doc) and doc[nxt].text in SPAN | TIME:
            nxt += 1
        if not (nxt < len(doc) and is_number(doc[nxt])):
            return [i for i in right if doc[i].text not in SPAN]
    if prev is not None and prev.text in PER_UNIT:
        topic = next((t for t in reversed(doc[:start]) if t.text in ("は", "について") and t.i > 0), None)
        if topic is not None:
            k = topic.i - 1
            while k > 0 and doc[k].pos_ in ("ADP", "VERB", "SCONJ") and doc[k].text != "、":
                k -= 1
            top = _floor(doc, k)  # (「販路開拓支援による新規取引先獲得数は、」: with its modifiers)
            chain = _chain_left(doc, k, top)
            return _extend_left(doc, chain, top) if chain else []
    gloss = _gloss_before(doc, start, floor)
    if gloss:
        return gloss
    if prev is not None and (prev.text in PER_UNIT or prev.text in (")", "）")):
        k = _before_qualifiers(doc, start - 1, floor)  # 「新規取引件数を支援先1者あたり2件」「件数（5年間累計）300件」
        if k < start - 1 and k >= floor and nominal(doc[k]):
            chain = _chain_left(doc, k, floor)  # (「商談会での商談件数 1社当たり4件」: 商談会 hung on the count)
            return _extend_left(doc, chain, floor, range(k + 1, end + 1)) if chain else []
    quantity = range(start, end + 1)
    back = start - 1  # 「現状の5人から年間8人に」: the end point of a change is read from its predicate
    while back >= floor and doc[back].text in SPAN:
        back -= 1
    if back >= floor and doc[back].text == "から":
        prev = doc[back]
    # (「うち新規10件」: a kanji 形状詞 such as 新規 names a part as a noun does)
    if (prev is not None and start - 1 >= floor and (nominal(prev) or adjectival_noun(prev))
            and prev.text not in TIME | SPAN) \
            or (prev is not None and prev.text in ("延べ", "約", "累計", "合計", "計", "毎回", "月間")
                and start - 2 >= floor and nominal(doc[start - 2]) and doc[start - 2].text not in SPAN):
        chain = _chain_left(doc, start - 1, floor)
        return _extend_left(doc, chain, floor, quantity) if chain else []
    verb = doc[end + 1] if end + 1 < len(doc) else None
    if prev is not None and prev.text in TIME and start >= 2 and doc[start - 2].text in PER_UNIT and verb is not None \
            and verb.pos_ == "VERB" and re.fullmatch(r"[一-龥]{2,}", verb.text) \
            and verb.text not in ("実施", "開催", "実行", "発行") \
            and doc[end + 2:end + 3].text in ("する", "し", "します"):
        # 「重点支援先は20者とし、1者当たり年6回訪問する」: a frequency per one, of the doing said after it
        return [end + 1]
    if prev is not None and prev.text in TIME | {"年間", "毎年", "毎月", "毎回", "月"}:
        # 「共同出展を年2回」: a frequency of what comes before it
        k = start - 2  # (「事業者数を、毎年40者」: a comma after the particle too)
        while k >= floor and (doc[k].pos_ == "ADP" or doc[k].text in TIME or doc[k].text in ("、", ",", "，")
                              or doc[k].is_space):  # (「…件数　\n年間50件」: a line break between)
            k -= 1
        k = _before_qualifiers(doc, k, floor)
        opening = next((j for j in range(k - 1, floor - 1, -1) if doc[j].text in ("「", "『")), None) \
            if k >= floor and doc[k].text in ("」", "』") else None
        if opening is not None and opening + 1 < k:
            # 「「事業計画策定セミナー」を年2回」: a quoted name, its quotes no part of it
            return list(range(opening + 1, k))
        if k >= floor and nominal(doc[k]):
            chain = _chain_left(doc, k, floor)
            while chain and chain[0] - 2 >= floor and doc[k + 1:k + 2].text == "で" \
                    and (doc[chain[0] - 1].text in CONJ or doc[chain[0] - 1].text in ("・", "や")) \
                    and nominal(doc[chain[0] - 2]):
                chain = _chain_left(doc, chain[0] - 2, floor)  # (「会報及びホームページで」: coordinated means)
            if chain and doc[k + 1:k + 2].text == "で" and chain[0] - 2 >= floor and doc[chain[0] - 1].text == "を" \
                    and nominal(doc[chain[0] - 2]):
                # 「調査結果をホームページで年4回公表する」: a means (「…で」) between the object and the frequency
                k = chain[0] - 2
                chain = _chain_left(doc, k, floor)
            if chain:  # (「承認件数を年2件から年5件に」: the baseline's unit is no name; the subject below is)
                return _extend_left(doc, chain, floor, quantity)
    doing = _frequency_of(doc, end) or _achieved_in(doc, end, prev)
    if doing:
        return doing
    # after a particle (「企業割合が30%以上」): the subject the number is predicated of
    subject = None
    for tok in doc[start:end + 1]:
        head = tok.head
        if floor <= head.i < start - 1 and nominal(head) and head.text not in TIME | SPAN \
                and doc[head.i + 1].text in ("を", "が", "は") and head.i + 2 == start:
            subject = head  # 「創業後3年以内の廃業率を10%未満」: the object the number hangs on, right before it
            break
        cands = [c for c in tok.head.children if c.dep_ in ("nsubj", "obj", "nmod") and c.i < start and c.i >= floor
                 and nominal(c) and (c.text not in TIME | SPAN  # not 「5年間で」 (but 「…の合計を」)
                                      or (c.text in SUM and doc[c.i + 1:c.i + 2].text in ("を", "が", "は")))
                 and not (c.i > 0 and is_number(doc[c.i - 1]))]  # nor another count (「5人から8人に」)
        if cands:
            subject = cands[-1]
            break
    spanned = prev is not None and (prev.pos_ == "ADP" or prev.text in SPAN) and any(
        t.text in TIME for t in doc[_before_qualifiers(doc, start - 1, floor) + 1:start])  # 「5年間で累計」
    qualified = _before_qualifiers(doc, start - 1, floor)
    # 「ECサイトの新規開設支援数 5年間累計20件」: a name right before its span, no particle between,
    # is the name whatever the parser takes for the subject (there: ECサイト)
    glued = spanned and qualified >= floor and nominal(doc[qualified]) \
        and not any(t.text in ("を", "が", "は") for t in doc[qualified + 1:start])
    if (subject is None or glued) and prev is not None and (prev.text in PER_UNIT or spanned):
        k = qualified  # 「マッチング件数 5年間で10件」
        chain = _chain_left(doc, k, floor) if k >= floor and nominal(doc[k]) else []
        if chain:  # (a modifier the parser hangs on the span is the name's)
            return _extend_left(doc, chain, floor, range(k + 1, end + 1))
    if subject is None and prev is not None and prev.text == "から":
        k = back - 1  # 「事業者数を令和6年度の10者から30者に」: the name is before the baseline
        while k >= floor and (doc[k].text in UNITS or is_number(doc[k]) or doc[k].text in SPAN | TIME):
            k -= 1
        while k >= floor and (doc[k].text in ("の", "年度", "令和", "平成", "現状", "前年", "前年度", "基準", "実績")
                              or is_number(doc[k]) or doc[k].pos_ == "ADP"):
            k -= 1
        if k >= floor and nominal(doc[k]):
            chain = _chain_left(doc, k, floor)
            return _extend_left(doc, chain, floor) if chain else []
    if subject is None and prev is not None and prev.pos_ == "ADP" and start - 2 >= floor:
        subject = doc[start - 2]
        opening = next((j for j in range(start - 3, floor - 1, -1) if doc[j].text in ("(", "（")), None) \
            if subject.text in (")", "）") else None
        if opening is not None and opening - 1 >= floor and nominal(doc[opening - 1]) \
                and not doc[opening - 1].whitespace_:
            # 「事業計画の策定率（分析実施者のうち計画を策定した者の割合）を60%に」: a bracket glued to a name before
            # the particle glosses it (kept when a formula, see _gloss); the name is before it
            chain = _chain_left(doc, opening - 1, floor)
            if chain:
                return _extend_left(doc, chain, floor) + _gloss(doc, opening - 1, start - 1, formula=True)
    if subject is None:
        goal = next((t.i for t in doc[:start] if t.text == "目標"), None)  # 「X 目標として15者を…」
        if goal is not None and goal > 0:
            return _chain_left(doc, goal - 1, _floor(doc, goal - 1, quantities))
        topic = next((t.i for t in reversed(doc[:start]) if t.text == "は" and t.i > 0 and nominal(doc[t.i - 1])),
                     None)  # 「事業所訪問は、…月20回、年間240回」: what the sentence is about
        return _chain_left(doc, topic - 1, 0) if topic is not None else []
    last = subject.i  # 「景況感DIを」: a compound's part after its head (the parser's head) ends the name
    while True:
        if last + 1 < start and nominal(doc[last + 1]) and not doc[last].whitespace_ \
                and doc[last + 1].head.i == subject.i and doc[last + 1].dep_ == "compound":
            last += 1
            continue
        if last + 2 < start and doc[last + 1].text == "の" and _sum_head(doc, last + 2):
            last += 2  # 「支援先の付加価値額の合計 1億円増加」: the sum of the measure is the name's head
            continue
        close = next((j for j in range(last + 2, start) if doc[j].text in (")", "）")), None) \
            if last + 1 < start and doc[last + 1].text in ("(", "（") and not doc[last].whitespace_ else None
        if close is not None and close + 1 < start and nominal(doc[close + 1]) and not doc[close].whitespace_ \
                and doc[close + 1].head.i == subject.i:
            last = close + 1  # 「ネットショップ（EC）売上高を」: a bracket inside the compound, its head after it
            continue
        break
    chain = _chain_left(doc, last, floor)
    return _extend_left(doc, chain, floor, quantity) + _gloss(doc, last, start, formula=True) if chain else []


# 「新規就業者の確保数（人手不足対策）」「税務相談会（確定申告期）」: a bracket saying what a count is for or when it is
# held is an aside, no gloss of the name
# (「売上高（5年後）」: the point in time it is measured at, the same)
_ASIDE = re.compile(r"(?:対策|目的|のため|時期|期間中?|[^期]期)$|^\d+(?:年|か年|か月|ヶ月)後$")


def _gloss(doc, k: int, limit: int, formula: bool = False) -> list[int]:
    """「労働生産性（付加価値額／従業員数）を」「成約率（商談件数に占める成約件数の割合）」: a bracket right after a
    name's last word, with no number in it, glosses the name (a formula, a definition) and is part of it:
    its indices (up to ``limit``), or none. Inside a sentence (``formula``) only a bracket of nouns and signs
    is (「割合（支援先全体に対する比率）を30%」: a clause in brackets is an aside)."""
    if k + 1 >= limit or doc[k + 1].text not in ("(", "（") or doc[k].whitespace_:
        return []
    depth, close = 0, None  # (「経営分析（財務分析・SWOT分析（非財務））」: a bracket inside the gloss)
    for j in range(k + 2, limit):
        if doc[j].text in ("(", "（"):
            depth += 1
        elif doc[j].text in (")", "）"):
            if not depth:
                close = j
                break
            depth -= 1
    inside = doc[k + 2:close] if close is not None else []
    def counted(w) -> bool:  # a number with a counter; 「（創業計画策定後1年以内の開業）」: a span, glossing
        return (is_number(w) or bool(re.search(r"\d", w.text))) \
            and doc[w.i + 1:w.i + 2].text not in TIME | {"か月", "ヶ月", "カ月"}

    if close is None or not len(inside) or any(counted(w) for w in inside) or _ASIDE.search(inside.text) \
            or all(w.text in TIME | SPAN or w.pos_ == "ADP" or is_number(w) for w in inside) \
            or (formula and any(re.search(r"[ぁ-ん]", w.text) for w in inside)):
        return []  # (「件数（5年間累計）300件」「（累計）」: a span, no gloss)
    return list(range(k + 1, close + 1))


def _gloss_before(doc, start: int, floor: int) -> list[int]:
    """「成約率（商談件数に占める成約件数の割合） 20%」: a name glossed by a bracket, then its value (a span word
    between: 「…（…の開業） 年間5件」) (see _gloss)."""
    close = start - 1
    while close >= floor and doc[close].text in SPAN | TIME:
        close -= 1
    if close < 2 or doc[close].text not in (")", "）"):
        return []
    opening = next((j for j in range(close - 1, floor - 1, -1) if doc[j].text in ("(", "（")), None)
    if opening is None or opening - 1 < floor or not nominal(doc[opening - 1]):
        return []
    inside = doc[opening + 1:close]
    gloss = _gloss(doc, opening - 1, close + 1) == list(range(opening, close + 1))
    # 「セミナー満足度（5段階評価で4以上の割合） 80%」: numbers with no counter, not a span: an aside, no name
    aside = (any(is_number(w) for w in inside) and not any(
        is_number(w) and doc[w.i + 1:w.i + 2].text in UNITS | TIME for w in inside)) \
        or bool(_ASIDE.search(inside.text))
    if not (gloss or aside):
        return []
    chain = _chain_left(doc, opening - 1, floor)
    return _extend_left(doc, chain, floor) + (list(range(opening, close + 1)) if gloss else []) if chain else []

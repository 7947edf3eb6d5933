"""The noun chain a KGI/KPI name is made of, read on GiNZA's parse: the chain before or after a number, the
modifiers and relative clause it governs, and where its clause starts (the boundaries it stops at)."""

from __future__ import annotations

import re

from .indicator_words import (
    ADNOMINAL,
    BREAKDOWN,
    COMPARATOR,
    CONJ,
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
from .name_glosses import gloss_after_name


def sum_head(doc, k: int) -> bool:
    """Whether the sum word at k (合計, 累計) is a name's head noun, no span: followed by a particle
    (「付加価値額の合計を」) or said of a measure with の (「支援先の付加価値額の合計 1億円増加」)."""
    return doc[k].text in SUM and (doc[k + 1:k + 2].text in ("を", "が", "は")
                                   or (k >= 2 and doc[k - 1].text == "の" and re.search(r"[数額高量]$", doc[k - 2].text)
                                       is not None)
                                   # (「支援先の売上高合計 650百万円」: glued to an amount, the sum over the firms)
                                   or (k >= 1 and doc[k].text == "合計" and not doc[k - 1].whitespace_
                                       and nominal(doc[k - 1]) and re.search(r"[額高]$", doc[k - 1].text) is not None))


def chain_left(doc, end: int, floor: int) -> list[int]:
    """Indices of the noun chain ending at ``end`` (nouns, and の between nouns)."""
    out: list[int] = []
    k = end
    while k >= floor and doc[k].text in SPAN \
            and not sum_head(doc, k):
        k -= 1  # 「事後指導回数延べ240回」 (but 「付加価値額の合計を」: 合計 the object's head noun)
    while k >= floor:
        t = doc[k]
        if out and "\n" in t.text:
            break  # (a line's end closes a name)
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
        head = not out and sum_head(doc, k)  # (「合計を」: a head noun)
        if t.text in PER_UNIT or (t.text in SPAN and not head) \
                or (t.text in UNITS and k > 0 and is_number(doc[k - 1])):
            break  # a span word, or the unit of another count (「15件 創業者数 年間5人」)
        noun = (nominal(t) or adjectival_noun(t)) \
            and t.text not in TIME and not is_number(t)  # 「新規創業者数」: 新規 is a 形状詞
        # (「第三者承継の相談対応」「売上増加」: a word of kanji the tagger takes for a verb, glued to the noun after
        # it,
        # is a compound's first word)
        # (「空き店舗率」: a verb's stem glued to the noun after it, the same)
        noun = noun or (t.pos_ == "VERB" and bool(out) and k + 1 == out[0] and not t.whitespace_
                        and re.fullmatch(r"[一-龥]{2,}|[一-龥]{1,2}[きぎしちにびみりいえけげせてねべめれ]", t.text)
                        is not None and nominal(doc[k + 1]))
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
        # (「EC化率（EC売上高÷総売上高）が」: a name's gloss where the chain starts, the same)
        if t.text in (")", "）") and ((out and not t.whitespace_) or (not out and k == end)):
            opening = next((j for j in range(k - 1, floor - 1, -1) if doc[j].text in ("(", "（")), None)
            if opening is not None and opening - 1 >= floor and nominal(doc[opening - 1]) \
                    and gloss_after_name(doc, opening - 1, k + 1) == list(range(opening, k + 1)):
                # 「経営分析（財務分析）件数」「BCP（事業継続力強化計画を含む）策定支援件数」: a bracket glued
                # inside a name on both sides is the name's, a clause in it too
                out[:0] = range(opening, k + 1)
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
    # (「売上5%以上増加事業者」: a change glued to the noun after it, no の, the same)
    return 0 < m < len(chain) and (doc[chain[m]].text == "の" or (any(change(doc[chain[i]]) for i in range(m))
                                                                  and not doc[chain[m - 1]].whitespace_
                                                                  and nominal(doc[chain[m]])))


def names_next(doc, k: int) -> bool:
    """Whether the noun chain at k is followed by a number (a span word between): it names the count
    after it (「利益率3%以上増加の事業者数 4者」), not the quantity before it."""
    right = chain_right(doc, k)
    nxt = right[-1] + 1 if right else k
    if nxt < len(doc) and doc[nxt].text in ("を", "は", "が", ":", "："):
        nxt += 1  # 「…増加の事業者数を年間10者」
    while nxt < len(doc) and (doc[nxt].text in SPAN | TIME or doc[nxt].is_space or doc[nxt].text in ("、", ",")
                              or (is_number(doc[nxt]) and doc[nxt + 1:nxt + 2].text in TIME)):
        nxt += 1  # (「5年間で」: a span, not the count)
    return bool(right) and nxt < len(doc) and is_number(doc[nxt])


def chain_right(doc, start: int) -> list[int]:
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


def extend_left(doc, chain: list[int], floor: int, anchor: range = range(0)) -> list[int]:
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
        if "\n" in t.text:
            break  # (「…向上\nKGI-2 支援先の売上高」: a line's end closes a name)
        if breakdown and (t.whitespace_ or t.is_space):
            break  # (see BREAKDOWN)
        if t.whitespace_ and nominal(t) and len(t.text) >= 2 and len(doc[k + 1].text) >= 2 and k + 1 == min(span) \
                and (len(span) >= 2 or len(doc[k + 1].text) >= 4) and k - 1 >= floor \
                and (nominal(doc[k - 1]) or doc[k - 1].text == "の"):
            break  # (a heading before a space: see chain_left; 「持続化補 助金」: a word cut by a converter is one)
        j = k - 2 if doc[k - 1:k].text in UNITS else k - 1  # (「1人」 may be one token)
        if t.text in PER_UNIT and doc[k + 1:k + 2].text == "の" and j >= floor and re.match(r"\d", doc[j].text) \
                and any(doc[i].pos_ in ("VERB", "AUX") for i in span if i > k):
            # 「従業員1人当たりの売上高を5%向上させた事業者数」: a denominator inside the name's relative
            # clause is the clause's (a denominator of the name itself, 「指導員1人あたりの件数」, is not)
            while j - 1 >= floor and is_number(doc[j - 1]):
                j -= 1
            run = chain_left(doc, j - 1, floor) if j - 1 >= floor else []
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
        if t.text in ("年間", "か月間", "ヶ月間") and doc[k + 1:k + 2].text == "の" and k + 1 in span \
                and k - 2 >= floor and is_number(doc[k - 1]) and doc[k - 2].text == "後":
            span.update([k - 2, k - 1, k])  # 「改良後1年間の当該商品の売上」: a time after a doing, a condition
            attach.update([k - 2, k - 1, k])
            k -= 3
            continue
        if t.text in ("年", "か月", "ヶ月") and doc[k + 1:k + 2].text in ("を", "が") and k + 1 in span \
                and k - 1 >= floor and is_number(doc[k - 1]):
            span.update([k - 1, k])  # 「承継後3年を経過した事業者の」: a time in the clause, a condition
            attach.update([k - 1, k])
            k -= 2
            continue
        if t.text == "で" and k - 2 >= floor and doc[k - 1].text in ("年間", "か年", "年") and is_number(doc[k - 2]) \
                and k + 1 in span and is_number(doc[k + 1]):
            # 「…を5年間で10%向上させた事業者数」: a span with its change inside the clause
            span.update([k - 2, k - 1, k])
            attach.update([k - 2, k - 1, k])
            k -= 3
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
            run = chain_left(doc, k - 2, floor)  # 「広域経営指導員による分析」: による (に関する …) ties what is
            span.update([*pending, k - 1, k, *run])  # before it to the name, however the parser hangs it
            attach.update([*pending, k - 1, k, *run])
            pending = []
            k = (run[0] if run else k - 1) - 1
            continue
        if t.text == "から" and k + 1 in span and any(doc[i].text == "まで" for i in span) and k - 1 >= floor \
                and nominal(doc[k - 1]):
            run = chain_left(doc, k - 1, floor)  # 「相談受付から初回回答までの平均日数」: a range's start
            span.update([*pending, k, *run])
            attach.update([*pending, k, *run])
            pending = []
            k = (run[0] if run else k) - 1
            continue
        if t.text in ("年", "年度") and k + 1 in span and doc[k + 1].text == "比" and k - 1 >= floor \
                and doc[k - 1].text in ("基準", "前", "対前", "支援前", "計画前"):
            span.update([*pending, k - 1, k])  # 「売上高が基準年比3%以上増加した事業者数」: 年 of a base, no span
            attach.update([*pending, k - 1, k])
            pending = []
            k -= 2
            continue
        if t.text in TIME or t.text in PER_UNIT or t.text in ("毎回", "毎年", "毎月") \
                or (is_number(t) and k + 1 < len(doc) and doc[k + 1].text in TIME):
            break  # (「（毎回受講者25名）」: a span word opens no name)
        if t.text in UNITS and k + 1 in span and doc[k + 1].text in COMPARATOR and k - 1 >= floor \
                and is_number(doc[k - 1]) and not t.whitespace_:
            j = k - 1  # 「（うち10%以上増加した事業者8者）」: a threshold inside the name's clause, a condition
            while j - 1 >= floor and is_number(doc[j - 1]):
                j -= 1
            span.update([*pending, *range(j, k + 1)])
            attach.update([*pending, *range(j, k + 1)])
            pending = []
            k = j - 1
            continue
        if t.text in UNITS and k > 0 and is_number(doc[k - 1]) \
                and (t.whitespace_ or (nominal(doc[k + 1]) and doc[k + 1].text not in COMPARATOR)
                     or doc[k + 1].text in ("→", "⇒")) \
                and not time_limit(doc, k):
            break  # 「創業支援件数 年間15件 創業者数 年間5人」: another count standing on its own
        if t.text == "・" and k - 1 >= floor and nominal(doc[k - 1]):
            run = chain_left(doc, k - 1, floor)  # 「有識者・柏市・当所による…」: coordinated nouns
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
        if t.text == "が" and k - 1 >= floor and (nominal(doc[k - 1]) or doc[k - 1].text in (")", "）")) \
                and k + 1 in span \
                and any(doc[i].pos_ == "VERB" or doc[i].text in COMPARATOR for i in span if i > k) \
                and not any(doc[i].text == "が" for i in span):  # (「EC化率が10%超の事業者数」: a condition, the same)
            # 「付加価値額の増加率が年率3%以上となった事業者の割合」: the subject of the name's relative clause
            # is the clause's, wherever the parser hangs it
            run = chain_left(doc, k - 1, floor)
            span.update([*pending, k, *run])
            attach.update([*pending, k, *run])
            pending = []
            k = (run[0] if run else k) - 1
            continue
        if k + 1 == min(span) and not t.whitespace_ and k - 1 >= floor \
                and ((t.pos_ == "AUX" and t.text in ("た", "る", "だ", "ている", "いる", "する")
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
        if t.text == "て" and t.pos_ == "SCONJ" and not t.whitespace_ and k - 1 >= floor \
                and doc[k - 1].pos_ == "VERB" and k + 1 in span \
                and any(doc[i].pos_ == "VERB" for i in span if i > k):
            # 「需要動向調査の結果を踏まえて商品の改良を行った事業者の数」: a clause joined by て inside the name's
            # relative clause is the clause's
            span.update([*pending, k, k - 1])
            attach.update([*pending, k, k - 1])
            pending = []
            k -= 2
            continue
        if t.lemma_ in ("上回る", "超える", "下回る") and k + 1 == min(span) \
                and any(is_number(doc[i]) for i in range(floor, k)) \
                and any(doc[i].text == doc[max(span)].text for i in range(floor, k)):
            # 「県平均の開業率（3.8%）を上回る開業率」: a clause saying the baseline of the same measure a target
            # beats, no part of it (「EC売上が全体の10%を超える事業者」: a condition, kept)
            break
        if t.text == "へ" and not t.whitespace_ and k + 1 == min(span) and k - 1 >= floor and nominal(doc[k - 1]) \
                and doc[k + 1].text in ("移行", "移転", "進出", "展開", "出展", "出店"):
            run = chain_left(doc, k - 1, floor)  # 「うち事業計画策定へ移行30件」: where a part moves, glued to it
            span.update([*pending, k, *run])
            attach.update([*pending, k, *run])
            pending = []
            k = (run[0] if run else k) - 1
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


def clause_floor(doc, i: int, quantities: list[tuple[int, int]] = ()) -> int:
    """Where the clause of token i starts: after 「うち」, 「目標として」, a list mark or label,
    or after a 「、」/「・」 that closes a part holding a quantity of its own."""
    floor = 0
    # (「策定率（分析実施者のうち計画を策定した者の割合）を60%に」: a うち inside a closed bracket is the gloss's)
    depth = 0
    for t in doc[:i]:
        depth += 1 if t.text in ("(", "（") else -1 if t.text in (")", "）") and depth else 0
        # (「事業者（以下「伴走先」という。）の数」: a sentence's end or a colon inside a closed bracket the same)
        if t.text in ("うち", "。", ":", "：") and depth and any(x.text in (")", "）") for x in doc[t.i:i]):
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

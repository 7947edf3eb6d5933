"""What names a count nothing names in its own clause: the measure said before it, the sentence's topic, an anaphor
(これ), a bare 目標 standing for the measure, the frames (a plan, a year, a chamber) no name holds."""

from __future__ import annotations

import re

from .indicator_words import SPAN, TIME, UNITS, is_number, nominal
from .name_chains import chain_left, chain_right, clause_floor, extend_left
from .name_glosses import ASIDE, gloss_after_name


def anaphor_name(doc, start: int) -> list[int]:
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
    return chain_left(doc, j - 1, 0) if j >= 1 and nominal(doc[j - 1]) else []


def topic_restated(doc, start: int, end: int) -> list[int]:
    """「特産品の新商品開発件数は、5年間で10品目の開発を目標とする」: a count named after it (「10品目の開発」) by a
    word of the sentence's topic, a count (…数) said before it with は, measures that topic: its indices, or none."""
    right = "".join(doc[i].text for i in chain_right(doc, end + 2))
    topic = next((t.i for t in reversed(doc[:start]) if t.text == "は" and t.i > 0 and nominal(doc[t.i - 1])), None)
    if topic is None or not right or not doc[topic - 1].text.endswith("数"):
        return []
    chain = chain_left(doc, topic - 1, clause_floor(doc, topic - 1))
    return extend_left(doc, chain, clause_floor(doc, topic - 1)) if right in "".join(doc[i].text for i in chain) else []


# 「本計画における経営分析件数」「本年度の経営分析件数」「本会が目指す経営分析件数」「令和6年度は…」: the plan, the
# chamber or the year a name is said in frames it, as a span of time does: no part of the name
# (「当所の法務部会との研修会」: the chamber's own body, with の, is named)
# (「本事業の成果目標である成約件数」: what the name is called as a goal, an apposition, the same)
FRAME = re.compile(r"^(?:[^、。]*?(?:目標|指標|KPI|KGI)である"
                    # (「今月の」「今期は」「今年度も」「計画最終年度（令和12年度）の」「変更後も」: a month, a
                    # term, the plan's last year, a revision said with も, the same)
                    r"|(?:(?:本|当|今|次|来|最終|昨|前)年度|(?:昨|今|来|前|本)年|本計画(?:期間)?|(?:令和|平成|R)\d+年度"
                    r"|今月|本月|来月|今期|当期|来期|次期|(?:本)?計画(?:期間)?(?:の)?最終年度(?:[(（][^()（）]*[)）])?"
                    r"|(?:変更|修正|見直し)後)"
                    r"(?:における|での|の|は|では|も|、)"
                    # (「前計画期間中の創業者数」「現計画期間の」: the plan before or now, the same)
                    r"|(?:前|現|次期?)計画(?:期間)?(?:中|内)?の"
                    r"|(?:第\d+期)?計画(?:期間)?(?:における|での|では)"
                    r"|(?:本|当)(?:会|所|会議所|商工会)(?:における|が目指す|が掲げる|が目標とする))")


# What opens a name and is none of it: a list's or a sheet's number (「No3」「c)」), marks (「★」), a label's
# closing bracket left when its opening was cut (「…重点目標》」), a span said first (「各年度」「累計」「年間」:
# 「累計承認件数」「年間売上高増加額」)
LEAD = re.compile(r"^(?:No\.?\d+|[(（]?[A-Za-z][)）]|[★☆◆◇■□●○◎▶►※\\＼]+|[《〈]?[^《〈》〉「」]*[》〉]"
                  r"|(?:各|毎)年度|累計|年間|月間|年平均)(?=.)")
# What closes a name and is none of it: the span a count is summed over (「…した事業者の累計」), the time a goal's word
# was said with, once the word is cut (「会員数 期末目標」「…件数の次年度目標」)
# (「税務相談については前年度並み（約150件）」: the level a value is said to keep, after the topic, no name)
TRAIL = re.compile(r"(?:の累計|の?(?:期末|年度末|(?:本|今|次|来)年度|今期|来期|次期)"
                   r"|(?:について|に関して)?は?、?(?:前年度?|昨年度?|例年|従来|前期)(?:並み|どおり|通り|同様))$")


TIME_WORD = re.compile(r"(?:本|今|次|来|当|初|前|昨|最終)年度|(?:令和|平成|R)(?:\d+|元)年度|今年|来年|昨年")


# 「今年度中に30店舗を目標に」「令和10年度以降の目標を年15件に」「計画期間（令和5年度～令和9年度）目標 50件」: a time a
# target holds for or is due, all a name finder found, names nothing (the measure said before it does)
WHEN = re.compile(rf"(?:(?:{TIME_WORD.pattern}|\d+年度?)(?:以降|以内|中|内|末|まで)?|(?:本)?計画期間(?:中|内)?)")


# 「平成27年度～平成31年度　毎年度　3事業者」「R8～R12　各年度4件」「計画終了時3.0%以上」「毎年5件、計25件」「見直し後
# 年間24件」「目標は据え置き、…年間5社のまま」「それぞれ年3件、年5者」: a period, a point in time, a total's or a
# revision's label, a word of manner, the chamber: all a name finder found, they name nothing (the measure said
# before does)
NO_NAME = re.compile(rf"{WHEN.pattern}|[RH]|年度|(?:(?:令和|平成|R|H)?\d+(?:年度?)?)?[~～〜\-－]"
                     r"(?:令和|平成|R|H)?\d*(?:年度?)?|(?:本)?計画(?:期間)?(?:の)?(?:終了|最終年度末?)(?:時点|時|後)?"
                     r"|計|合計|総計|最大|最低|まま(?:据え?置く)?|それぞれ|各々|(?:見直し|修正|変更)[前後]|未達|進捗|今回|前回"
                     r"|当会|当所|本会|本所|当商工会|当会議所|本計画(?:期間)?|(?:各|毎)年度?とも|いずれも|総額で?"
                     # (「目標件数十二件」: a count's word alone, 目標 its label)
                     r"|件数|回数|人数|者数|数|[\\/／＼]"
                     # (「前年度並みの年300件」: the level a value keeps names nothing)
                     r"|(?:前年度?|昨年度?|例年|従来|前期)(?:並み|どおり|通り|同様)の?")


# The kinds a goal is said as (「重点目標」「成果目標」「当初目標」): with 目標 left out of a name, nothing left names a
# measure
GOAL_KINDS = {"重点", "成果", "数値", "活動", "当初", "最終", "全体", "新たな成果", "計画上"}


def bare_goal(doc, start: int) -> bool:
    """Whether a bare 目標 (no noun or の before it) is the object or topic the quantity at start is said of, spans
    between (「…新商品開発件数を5年間で10件としていたが、…ため、目標を5年間で6件に変更する」): a word standing for the
    measure said before it."""
    k = start - 1
    while k >= 0 and (doc[k].text in SPAN | TIME | {"で", "、", ",", "，"} or (is_number(doc[k]) and k + 1 < start
                                                                             and doc[k + 1].text in TIME)):
        k -= 1
    return k >= 1 and doc[k].text in ("を", "は") and doc[k - 1].text in ("目標", "目標値") \
        and (k - 1 == 0 or not (nominal(doc[k - 2]) or doc[k - 2].text == "の"))


def measure_said_before(doc, start: int) -> list[int]:
    """「事業計画策定件数、5年間で累計100件を目指す」「…の開拓件数として、累計50件を掲げる」「X件数 現状20件から、
    毎年30件へ」: a count nothing names in its own clause is of the measure (a noun ending in 数, 率, 割合, 額, 高)
    said last before it: that measure's indices, or none."""
    def measure(i: int) -> bool:  # (「達成率124%と高い」「進捗率」: a report's column, no measure a count is of)
        return nominal(doc[i]) and bool(re.search(r"(?:数|率|割合|額|高)$", doc[i].text)) \
            and doc[i].text not in ("達成率", "進捗率", "達成度") \
            and not (doc[i].text in ("件数", "数", "回数", "人数")  # (「目標件数」: a count's word alone, no measure)
                     and not (i > 0 and ((nominal(doc[i - 1]) and not doc[i - 1].whitespace_
                                           and doc[i - 1].text != "目標") or doc[i - 1].text == "の"))) \
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
                          and not TIME_WORD.fullmatch(doc[t.i - 1].text)):
                # (「専門家派遣を活用した高度な支援は目標の50件に」: with its clause)
                chain = chain_left(doc, topic - 1, clause_floor(doc, topic - 1))
                chain = extend_left(doc, chain, clause_floor(doc, topic - 1)) if chain else chain
                chain = [i for i in chain if doc[i].text not in SPAN | TIME]
                if chain:
                    return chain
            first = next((t.i for t in doc[:start] if nominal(t) and not is_number(t)
                          and t.text not in SPAN | TIME | {"令和", "平成"}), None)
            out: list[int] = []
            for i in chain_right(doc, first) if first is not None else []:
                # (「経営分析の実績が47件…。55件を目標とし」: the measure's result, 実績, no part of its name)
                if i >= start or doc[i].text in SPAN | TIME or doc[i].text in ("実績", "目標") \
                        or (doc[i].text == "の" and doc[i + 1].text in ("実績", "目標")):
                    break
                out.append(i)
                if doc[i].whitespace_:
                    break  # (the name ends at a space: 「個別相談会 年6回」)
            return out
        k = last
    floor = clause_floor(doc, k)
    chain = chain_left(doc, k, floor)
    return extend_left(doc, chain, floor) if chain else []


def gloss_before(doc, start: int, floor: int) -> list[int]:
    """「成約率（商談件数に占める成約件数の割合） 20%」: a name glossed by a bracket, then its value (a span word
    between: 「…（…の開業） 年間5件」) (see gloss_after_name)."""
    close = start - 1
    # (「…件数（…経由） 5年間で5件」: a number of years and its particle, a span too)
    while close >= floor and (doc[close].text in SPAN | TIME or doc[close].is_space
                              or (doc[close].text == "で" and doc[close - 1].text in TIME)
                              or (is_number(doc[close]) and doc[close + 1].text in TIME)):
        close -= 1
    if close < 2 or doc[close].text not in (")", "）"):
        return []
    opening = next((j for j in range(close - 1, floor - 1, -1) if doc[j].text in ("(", "（")), None)
    if opening is None or opening - 1 < floor or not nominal(doc[opening - 1]):
        return []
    inside = doc[opening + 1:close]
    gloss = gloss_after_name(doc, opening - 1, close + 1) == list(range(opening, close + 1))
    # 「セミナー満足度（5段階評価で4以上の割合） 80%」: numbers with no counter, not a span: an aside, no name
    aside = (any(is_number(w) for w in inside) and not any(
        is_number(w) and doc[w.i + 1:w.i + 2].text in UNITS | TIME for w in inside)) \
        or bool(ASIDE.search(inside.text))
    if not (gloss or aside):
        return []
    chain = chain_left(doc, opening - 1, floor)
    return extend_left(doc, chain, floor) + (list(range(opening, close + 1)) if gloss else []) if chain else []

"""KGI/KPI statements into INDICATORs with GiNZA: the name is the noun phrase the number
measures, found from the dependency parse, not from a window of characters.

For each quantity (a number with its counter or %, time spans such as 「2 年で」 left
out) the measured noun is the noun chain right before the number or, when the
number follows a particle (「企業割合が30%以上」), the subject it is predicated of;
the name is that noun with the modifiers it governs (「粗利率が改善した企業割合」),
cut at the clause boundary (「、」「うち」, the KGI/KPI label, ①).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from hattatsu.model import Indicator
from hattatsu.normalize import clean_text, nfkc, to_number

from ..sections.indicators import _LABEL, read_plain
from . import parse
from .indicator_names import name_span, share_out
from .indicator_reports import no_target
from .indicator_text import kanji_to_digits, prepare
from .indicator_words import (
    APPROX,
    BOUNDARY,
    COMPARATOR,
    CONJ,
    DECREASE,
    INCREASE,
    LEVEL,
    MULTIPLIER,
    PER_UNIT,
    RANGE,
    REVISE,
    SPAN,
    TIME,
    UNITS,
    change,
    current,
    glued_count,
    is_number,
    nominal,
    result_clause,
    result_values,
    time_limit,
)


def parse_statements(texts: Iterable[str], rules_first: bool = True) -> list[list[Indicator]]:
    """The indicators of each statement, the statements parsed together. A statement the rules
    read with confidence (``read_plain``: 「記帳指導先数100者」) is not parsed unless
    ``rules_first`` is off (tests/nlp_eval.py scores both ways); one without a digit (once
    numerals are digits) measures nothing and is not parsed either."""
    texts = list(texts)
    plain = [([] if no_target(t) else read_plain(t)) if rules_first else None for t in texts]  # (no_target: reports)
    prepared = [prepare(t) if p is None else "" for t, p in zip(texts, plain, strict=True)]
    docs = iter(parse(p for p in prepared if re.search(r"\d", p)))
    return [r if r is not None else indicators_of(next(docs), clean_text(t)) if re.search(r"\d", p) else []
            for t, p, r in zip(texts, prepared, plain, strict=True)]


def _quantities(doc, results: set[str] = frozenset()) -> list[tuple[int, int]]:
    """(first token, last token) of each measured quantity: number, unit, comparator/direction (none of ``results``, the
    numbers of clauses that report: result_values)."""
    out = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if not is_number(tok):
            i += 1
            continue
        j = i
        while j + 1 < len(doc) and is_number(doc[j + 1]) and not doc[j].whitespace_:
            j += 1  # (「30 35 40」: numbers a space apart are values of their own)
        if j + 2 < len(doc) and doc[j + 1].text in RANGE and is_number(doc[j + 2]):
            j += 2  # 「20～30件」: one quantity, read from its lower bound
            while j + 1 < len(doc) and is_number(doc[j + 1]):
                j += 1
        unit_end = j
        glued = glued_count(doc[j])  # (「1人」: the tagger's one word, number and counter)
        if doc[j + 1:j + 3].text.replace(" ", "") == "分の":
            i = j + 1  # 「3分の1」: a fraction
            continue
        if j + 1 < len(doc) and doc[j + 1].text in UNITS:
            unit_end = j + 1
            if unit_end + 2 < len(doc) and doc[unit_end + 1].text in RANGE and is_number(doc[unit_end + 2]):
                unit_end += 2  # 「300件〜350件」: a range with its unit on both bounds
                while unit_end + 1 < len(doc) and (is_number(doc[unit_end + 1]) or doc[unit_end + 1].text in UNITS):
                    unit_end += 1
        if time_limit(doc, j + 1):
            i = unit_end + 1  # 「3か月以内にフォローアップを実施する割合」: a time limit inside a clause
            continue
        if unit_end > j and doc[unit_end + 1:unit_end + 3].text.replace(" ", "") in ("のうち", "うち", "の内", "中"):
            i = unit_end + 1  # 「策定した100者のうち、…を50者」: the population a part is taken of
            continue
        if unit_end > j and doc[unit_end + 1:unit_end + 2].text in (")", "）") \
                and doc[unit_end + 2:unit_end + 4].text.replace(" ", "") in ("のうち", "うち", "の内"):
            i = unit_end + 1  # 「地域の小規模事業者（約1,200者）のうち、」: the population's size, in brackets
            continue
        nxt = doc[unit_end + 1].text if unit_end + 1 < len(doc) else ""
        if (unit_end == j and not glued and (nxt in TIME or nxt.startswith("年"))) or doc[j + 1:j + 2].text in TIME \
                or (doc[unit_end].text in ("か月", "ヶ月", "カ月", "ヵ月")  # (「3ヶ月に1回」: a span)
                    and doc[unit_end + 1:unit_end + 2].text == "に"
                    and unit_end + 2 < len(doc) and is_number(doc[unit_end + 2])):
            i = unit_end + 1  # 「2 年で」「5年間」: a span of time, not a measure
            continue
        if current(doc, unit_end + 1) or _exceeded(doc, unit_end + 1) or _reported(doc, i) \
                or result_clause(doc, i, unit_end, results):
            i = unit_end + 1  # 「割合は25%にとどまっている」: where things stand, no target
            continue
        if doc[unit_end + 1:unit_end + 2].text == "に" and unit_end + 2 < len(doc) and change(doc[unit_end + 2]) \
                and re.match(r"(?:し)?(?:ており|ている|た|ています)",
                             doc[unit_end + 3:unit_end + 6].text.replace(" ", "")):
            i = unit_end + 1  # 「前年度の18件から11件に減少しており」: a change that happened, a result
            continue
        if doc[unit_end + 1:unit_end + 2].text == "と" and doc[unit_end + 2:unit_end + 3].text == "なり" \
                and doc[unit_end + 3:unit_end + 4].text in ("、", ","):
            i = unit_end + 1  # 「創業者数が9名となり、目標の8名を達成した」: what it came to, a result
            continue
        if doc[unit_end + 1:unit_end + 3].text.replace(" ", "") == "では":
            i = unit_end + 1  # 「年10件では少ない」: a value weighed (an opinion on it), no target
            continue
        if doc[unit_end + 1:unit_end + 2].text == "を" and doc[unit_end + 2:unit_end + 3].lemma_ == "占める":
            i = unit_end + 1  # 「相談件数の約7割を占める資金繰り相談」: a share something has, no target
            continue
        if doc[unit_end + 1:unit_end + 2].text == "を" and doc[unit_end + 2:unit_end + 3].lemma_ in ("含む", "含める"):
            i = unit_end + 1  # 「外部有識者3名を含む評価委員会」: a make-up, what a body includes, no target
            continue
        if doc[unit_end + 1:unit_end + 2].text in PER_UNIT:
            i = unit_end + 2  # 「1社当り」: the denominator of a rate
            continue
        if doc[unit_end + 1:unit_end + 2].text == "を" and _revised_to(doc, unit_end + 2):
            i = unit_end + 1  # 「当初計画の年20件を年25件に上方修正する」: the value revised is no target
            continue
        if doc[unit_end + 1:unit_end + 2].text == "から" and any(is_number(t) for t in doc[unit_end + 2:]):
            i = unit_end + 2  # 「現状の20件から40件に」: the baseline a change starts from
            continue
        if i > 0 and re.search(r"[A-Za-z]$", doc[i - 1].text) and not doc[i - 1].whitespace_:
            i = unit_end + 1  # 「UDC2」: part of a name
            continue
        # (「巡回訪問件数 400 450 500」: a row's bare cells, numbers to the end a space apart, each close a part)
        cells = doc[j].whitespace_ and all(is_number(t) or t.is_space for t in doc[j + 1:])
        if unit_end == j and not glued and j + 1 < len(doc) and doc[j + 1].text not in ("、", "。", ",", ")", "）") \
                and doc[j + 1].pos_ != "PUNCT" and not cells:
            i = j + 1  # 「6項目」: a number without a unit of measure that does not close a part
            continue
        end = unit_end
        while end + 1 < len(doc) and (doc[end + 1].text in COMPARATOR or change(doc[end + 1])
                                      or doc[end + 1].text in APPROX or doc[end + 1].text == "ずつ"):
            end += 1
        if end + 2 < len(doc) and doc[end + 1].text in ("/", "／") and doc[end + 2].text in ("年", "月"):
            end += 2  # 「5者／年」
        if doc[end + 1:end + 2].text == "の" and end + 2 < len(doc) and change(doc[end + 2]) \
                and doc[end + 3:end + 4].text in ("を", "が", "と", "に"):
            end += 2  # 「前年比3%の増加を図る」: the change said of the value with の
        if _condition(doc, end):
            i = end + 1  # 「EC売上比率が10%以上の事業者数を20者増やす」: a threshold that qualifies the count after it
            continue
        out.append((i, end))
        i = end + 1
    return out


def _revised_to(doc, k: int) -> bool:
    """Whether the words from k give a new value a count is revised or changed to (「年25件に上方修正」)."""
    while k < len(doc) and doc[k].text in SPAN | TIME:
        k += 1
    if k >= len(doc) or not is_number(doc[k]):
        return False
    while k + 1 < len(doc) and is_number(doc[k + 1]):
        k += 1
    if doc[k + 1:k + 2].text not in UNITS or doc[k + 2:k + 3].text not in ("に", "へ", "まで"):
        return False
    verb = doc[k + 3:k + 4]
    return bool(verb) and ({verb[0].text, verb[0].lemma_} & (REVISE | INCREASE | DECREASE) != set())


def _reported(doc, i: int) -> bool:
    """「目標40件、実績43件」「実績45件（達成率90%）」: a value said after 実績 or 達成率 (an evaluation sheet's
    columns) is what was done, no target."""
    k = i - 1
    while k >= 0 and (doc[k].text in (":", "：", "値", "は", "が") or doc[k].text in SPAN or doc[k].is_space):
        k -= 1
    # (「現状二十三店舗を十五店舗以下に」「従来20件」「修正前25件」: where things stand, the value before, the one a
    # revision replaced: no target)
    # (「先着20名」: a first-come limit, a capacity as 定員)
    if k >= 0 and doc[k].text in ("実績", "実績値", "定員", "現在", "現状", "現状値", "現行", "現行値", "従来",
                                  "修正前", "変更前", "先着"):
        # (「上期実績 8社」「累計実績」: the results of a part of the year the same; 「各回の定員は20名」: the capacity
        # of an event, no target)
        return True
    # 「計画値 延べ30回、実施 延べ26回」: 実施 (進捗率) labelling a cell after a boundary, what was done
    # (the column's word alone: 「支援先の事業計画達成率70%」 names a target)
    # (「事業承継診断の実施 50社」: 実施 after の names what is counted)
    if k >= 0 and doc[k].text == "実施":
        return k == 0 or doc[k - 1].whitespace_ or doc[k - 1].text in BOUNDARY
    return k >= 0 and doc[k].text in ("達成率", "達成度", "進捗率") \
        and (k == 0 or doc[k - 1].whitespace_ or not nominal(doc[k - 1]))


def _exceeded(doc, k: int) -> bool:
    """「令和5年度の12件を上回る年15件」: a value another one right after it is to exceed is a baseline
    (「…10件を上回ることを目指す」 is a target with its comparator)."""
    if doc[k:k + 1].text in (")", "）"):
        k += 1  # 「県平均（4.0%）を上回る5.0%」
    if doc[k:k + 1].text != "を" or doc[k + 1:k + 2].lemma_ not in ("上回る", "超える", "超す"):
        return False
    return any(is_number(t) for t in doc[k + 2:k + 5])


def _condition(doc, end: int) -> bool:
    """Whether the quantity ending at ``end`` qualifies a name after it that another quantity measures: 「…が10%以上
    の事業者数を5年間で20者」「売上が3%以上増加した事業者の割合を50%」 (a rate or amount with its comparator, then
    の and a count or share, then its particle and a number)."""
    if doc[end].text not in COMPARATOR or doc[end + 1:end + 2].text != "の":
        return False
    # (「年間売上高5,000万円以下の事業者とする」「…以下の小規模事業者を対象に」: who a plan serves, defined by it)
    if re.match(r"の(?:小規模)?(?:事業者|企業|事業所|者)(?:とする|を対象|が対象|を中心)",
                doc[end + 1:end + 6].text.replace(" ", "")):
        return True
    for k in range(end + 2, min(end + 10, len(doc) - 1)):
        if doc[k].text in ("、", "。", ",", "，") or is_number(doc[k]):
            return False
        # (「…1回以上のフォローアップを行う事業者の数　各年度20者」: the name set apart from its value by a space or a
        # span word, the same)
        if re.search(r"(?:数|割合|率|者|企業|事業所)$", doc[k].text) \
                and (doc[k + 1].text in ("を", "が", "は") or doc[k].whitespace_ or doc[k + 1].text in SPAN
                     or doc[k + 1].text.startswith("毎")) \
                and any(is_number(t) for t in doc[k + 2:]):
            return True
    return False


def _passing(doc, end: int) -> str | None:
    """「年間10件を上回る（超える）ことを目指す」: '>'; 「600件を下回らない」: '>='; 「5件を超えない」: '<=' — a
    comparator said as a verb after the value (a baseline a value right after it exceeds was left out before:
    _exceeded)."""
    if doc[end + 1:end + 2].text != "を" or end + 2 >= len(doc):
        return None
    verb = doc[end + 2].lemma_
    negated = any(t.lemma_ in ("ない", "ぬ") for t in doc[end + 3:end + 6])
    if verb in ("上回る", "超える", "超す"):
        return "<=" if negated else ">"
    return ">=" if verb == "下回る" and negated else None


def _text(doc, idx: list[int]) -> str | None:
    def opens_quote(i: int) -> bool:  # 「「経営発達セミナー」の開催回数」: the quote is part of the name
        return doc[i].text in ("「", "『") and any(doc[j].text in ("」", "』") for j in idx)

    while idx and (doc[idx[0]].pos_ in ("ADP", "PUNCT", "AUX", "SCONJ", "CCONJ") or doc[idx[0]].text in BOUNDARY
                   or doc[idx[0]].text in CONJ) \
            and not opens_quote(idx[0]):
        idx = idx[1:]
    if not idx:
        return None
    text = "".join(doc[i].text_with_ws for i in idx).strip()
    text = re.sub(r"^[①-⑳・]\s*", "", text).strip()
    if text.startswith("「") and "」" not in text:
        text = text[1:]
    if text.endswith("」") and "「" not in text:
        text = text[:-1]
    return text or None


def _direction(words: list[str]) -> str | None:
    return "increase" if any(t in INCREASE for t in words) else \
        "decrease" if any(t in DECREASE for t in words) else None


def _direction_from(doc, start: int, end: int) -> str | None:
    """「現状の5%から3%に低下させる」「10者から30者に増やす」: the end point of a change from a
    baseline (「…から」 before it) takes the change's direction from the verb after its 「に」; 「Nに
    引き上げる」 says the level to reach, no direction (as 「20%まで引き上げる」)."""
    if start == 0 or doc[start - 1].text != "から" or doc[end + 1:end + 2].text not in ("に", "へ", "まで"):
        return None
    words = [w for t in doc[end + 2:end + 4] for w in (t.text, t.lemma_)]
    return None if LEVEL & set(words) else _direction(words)


def _per(doc, start: int, end: int, quantities: list[tuple[int, int]], text: str) -> str | None:
    """What span a count is over: "plan" after 「累計」 or 「5年間で」, "year" after 「年間」
    「毎年」「年」 or before 「／年」, or after a 「毎年」 earlier in its clause (「毎年、…を40者」);
    else "plan" when the statement counts over the period (「計画期間中」)."""
    before = doc[max(0, start - 3):start].text
    # 「5年間で」「5年間で合計」「5年間計」: over the plan
    span = doc[max(0, start - 4):start].text
    if "累計" in before or (re.search(r"\d\s*(?:年間|か年|ヵ年)\s*(?:で\s*)?(?:合計|計|延べ)?\s*(?:で\s*)?$", span)
                           and not re.search(r"\d\s*(?:年間|か年|ヵ年)\s*$", span)):
        return "plan"
    if re.search(r"\d年間[)）]?(?:計|合計)$", doc[max(0, start - 5):start].text.replace(" ", "")):
        return "plan"  # 「（5年間）計25者」: a number of years is the plan's span
    if re.search(r"年間|毎年|年$|/年", before) or re.search(r"[/／]年", doc[start:end + 3].text.replace(" ", "")):
        return "year"
    if start > 1 and doc[start - 1].text == "から" and doc[start - 2].text in UNITS:
        # 「年間20件から30件に」: the end point of a change counts over its baseline's span
        k = start - 3
        while k > 0 and is_number(doc[k - 1]):
            k -= 1
        if k >= 0 and is_number(doc[k]):
            return _per(doc, k, start - 2, quantities, text)
    previous = max((e for _, e in quantities if e < start), default=-1)
    # 「毎年」「毎年度」「各年度」「年率」「1年あたり」「年度ごと」 earlier in the clause: per year
    if re.search(r"毎年|各年|年率|\d年(?:あたり|当たり|当り)|年度?ごと|年間を通じ",
                 doc[previous + 1:start].text.replace(" ", "")):
        return "year"
    # (「…25件）、うち第三者承継2件」: a part after うち counts over no span of the statement's: it does not inherit)
    if "うち" in doc[previous + 1:start].text:
        return None
    # 「巡回訪問件数300件、窓口相談件数150件（いずれも年間）」「延べ40回（5年間）」「3者以上（5か年）」: a bracket right
    # after the value says its span
    after = doc[end + 1:end + 8].text.replace(" ", "")
    if re.match(r"[(（](?:いずれも)?(?:年間|毎年|各年度)[)）]", after) \
            or re.search(r"[(（]いずれも(?:年間|毎年|各年度)[)）]", text):
        return "year"
    if re.match(r"[(（](?:いずれも)?\d+(?:年間|か年|ヵ年)(?:合計|累計|計)?[)）]", after):
        return "plan"
    # 「（5年間合計）」「本計画期間における…件数」
    if re.search(r"\d年間(?:で|合計)|期間中|計画期間(?:内|における|での)|累計", text):
        return "plan"
    # 「巡回訪問600件、窓口相談300件を年間の目標とする」: the targets of a year, said after them
    return "year" if re.search(r"(?:年間|毎年|各年度)の?(?:数値)?目標", text) else None


def _bare_after(doc, end: int, start: int) -> bool:
    """Whether only a span of time, punctuation or a bracket stands between two quantities
    (「月40件、年間480件」): the second one counts the same thing over another span."""
    between = doc[end + 1:start]

    def spans_time(t) -> bool:  # 「（5年間で200件）」: a number of years and its particle are a span too
        return (is_number(t) and t.i + 1 < len(doc) and doc[t.i + 1].text in TIME) \
            or (t.text in ("で", "に", "ごと", "毎") and t.i > 0 and doc[t.i - 1].text in TIME | {"ごと"})

    if not len(between) and doc[end].whitespace_:
        return True  # 「事業計画策定事業者数 10者 12者 15者」: a 別表1 row copied as text, one value a year

    # (「創業者向け個別相談 月1回開催（年12回）」「毎年15名確保し、5年間で75名」: the holding or
    # securing said between the two is no other name)
    return bool(len(between)) and all(t.is_space or t.text in BOUNDARY or t.text in TIME | SPAN or t.text in "×✕"
                                      or t.text in ("開催", "実施", "発行", "確保", "達成", "し")
                                      or t.text in ("年", "月", "毎月", "毎年") or spans_time(t) for t in between)


# 「…55%とする」「…50者の増加とする」: the level or total a value is set as (see indicators_of)
_LEVEL_REACHED = r"(?:の(?:増加|減少|向上|削減|改善))?(?:とする|にする|とし|にし|まで)"


def _only_doing(doc, end: int, start: int) -> bool:
    """Whether only a verb closing a clause (「開発し、」), spans and particles stand between two quantities."""
    between = list(doc[end + 1:start])
    return any(t.pos_ == "VERB" or change(t) for t in between) and any(t.text in ("、", ",", "，") for t in between) \
        and all(t.pos_ in ("VERB", "AUX", "SCONJ", "ADP", "PUNCT") or t.text in SPAN | TIME or change(t)
                or (is_number(t) and doc[t.i + 1:t.i + 2].text in TIME) for t in between)


def _restated(doc, end: int, start: int) -> bool:
    """「年2回（各回20名）」「年間10事業所（延べ20回）」「年間1,200件（経営指導員1人当たり300件）」: a bracket right
    after a count holding only span words or a denominator before its number counts the same thing (in
    another unit or over another span)."""
    between = list(doc[end + 1:start])
    if not between or between[0].text not in ("(", "（"):
        return False
    rest = between[1:]
    per = next((n for n, t in enumerate(rest) if t.text in PER_UNIT), None)
    if per is not None:
        one_token = per >= 1 and re.fullmatch(r"\d+\D{1,3}", rest[per - 1].text)  # (「1人」 may be one token)
        if not one_token and (per < 2 or not is_number(rest[per - 2]) or rest[per - 1].text not in UNITS):
            return False
        rest = rest[per + 1:]  # (the denominator and the noun it is of)
    return all(t.text in SPAN | TIME | {"毎年", "毎月"} for t in rest)


# A sentence that says how things are or were, with no word of a goal: it ends in the past (「…であった」
# 「…を受けた」「…まで落ち込んだ」), in a state (「…している」「…を占める」) or defines a term (「…をいう」); or a
# reference, a history or where things stand (「（参考）…」「…の推移」「【現状】…」): its numbers are no targets
# (「…会員は約3割です。」: a present state said politely, the same; 「…ました！」)
# (「…減っているという。」「…とのこと。」: what someone says is so, hearsay, the same)
# (「…平均従業員数は3.2人（令和5年度調査）。」: figures closed by the survey (statistics, date) they are from, the same)
_DESCRIBED = re.compile(r"(?:[(（][^()（）]*(?:(?:令和|平成|R|H)\s*\d+\s*年|\d{4}\s*年)[^()（）]*"
                        r"(?:調査|センサス|統計|時点|現在)[^()（）]*[)）]\s*[。.]?\s*$)"
                        r"|(?:た|だ|である|です|ている|ていた|ています|ていました|をいう|を指す|占める|にのぼる"
                        r"|という|とのこと)(?:ね|よ|ねえ)?[。.!！]?\s*$")  # (「…でしたね。」: minutes, spoken)
# (「…を年4回行うこととした」「…原案どおり承認された」: a decision of a meeting, said in the past, sets a target)
_GOAL_WORDS = re.compile(r"目標|目指|めざ|とする|とします|予定|見込|想定|図る|掲げ|計画値|計画である|KPI|KGI"
                         r"|として(?:いる|います|おり)|(?:件|者|社|人|名|回|%)\s*と(?:した|しました)|を計画し"
                         # (「計画150人に対し」, not 「計画3年目」)
                         r"|計画\s*[:：]?\s*\d[\d,.]*\s*(?:件|者|社|人|名|回|%|％)"
                         r"|こととし|ことに(?:決定|し)|承認され|了承され|決定し"
                         # (newspapers: 「…を年間50件以下に抑えたい」と話している, 「…25人育成する計画をまとめた」)
                         r"|[^\s、。]たい[」とも]|(?:する|とする)計画を(?:まとめ|策定)|目標を盛り込", re.I)
_REFERENCE = re.compile(r"^[(（<＜【\[［]\s*参考\s*[)）>＞】\]］]|^参考[:：]|の推移(?:[(（][^()（）]*[)）])?\s*[:：]"
                        r"|^[【\[［(（<＜]\s*(?:現状|現在|実績)値?\s*[】\]］)）>＞]"
                        r"|^(?:現状|現在|実績)値?\s*(?:[(（][^()（）]*[)）]\s*[:：]?|[:：]|\s(?!.*(?:目標|計画)))"
                        # (「第2四半期：巡回訪問 延べ63回（累計121回…）」: a quarter's report, no target said)
                        r"|^(?:第\s*\d\s*四半期|上半期|下半期|上期|下期)\s*[:：](?!.*(?:目標|計画))"
                        # (「進捗率（3年目時点）：経営分析 62%」: rates of progress, results)
                        r"|^(?:進捗率|達成率|達成度)\s*(?:[(（][^()（）]*[)）])?\s*[:：]"
                        # (「令和5年度実績：…」「前年度実績　…」: a line opened by the results of a year;
                        # 「実績推移 H30 R1 …」 a history; 「評価基準　Ａ：達成率100％以上…」 the grades of an
                        # evaluation, its thresholds no targets;
                        # 「達成率（％） 93.3 108.0」 a row of rates achieved; 「※達成率＝実績値÷目標値×100」 a formula;
                        # 「令和7年度収支予算（案）」 the chamber's own accounts)
                        r"|^(?:(?:令和|平成|R|H)\s*\d+\s*年度?|前年度|昨年度|本年度|今年度|上半期|下半期)\s*の?\s*実績値?"
                        r"\s*(?:[:：]|\s(?!.*(?:目標|計画値?\s*[:：]?\s*\d)))"
                        r"|^(?:実績)?推移\s|^評価基準|^(?:達成率|達成度|進捗率)\s*(?:[(（]\s*%\s*[)）])?\s*\d"
                        r"|^[^=＝]{1,20}[=＝][^=＝]*[÷×]|収支(?:予算|決算)"
                        # (「予算額：1,200千円」「決算額（事業費…）」「補助金交付決定額 4,850千円」: the chamber's
                        # budget, spending or grants; 「変更理由：…」「お問い合わせ：…」 a reason or a contact;
                        # 「職員数は…5名」「委員は…3名」 the staff or members; 「評価は5段階（…）で行う」 a scale of
                        # grades)
                        r"|^(?![^:：\d]*(?:修正|変更)後)[^:：\d]{0,8}理由(?:\s*[:：]|\s)|^(?:お)?問い?合わせ"
                        # (「担当：経営指導員2名…」 who is in charge; 「…に要する経費は…」 a cost; 「（小規模事業者：…
                        # 従業員5人以下…）」 the law's definition; 「…の目標設定は行わない」 no target set)
                        r"|^担当\s*[:：]|要する(?:経費|費用)|^[(（]?\s*小規模事業者\s*(?:[:：]|とは)"
                        r"|目標(?:の)?設定(?:は|を)?(?:行わ|し)ない"
                        r"|(?:職員|指導員|支援員|委員)(?:数)?は(?![^。]*(?:目標|計画))[^。]*\d+\s*(?:名|人)|^評価は\s*\d\s*段階"
                        # (「※目標値は、…実績と…を勘案して設定した」: how a target was set, a note on it)
                        r"|(?:勘案|踏まえ|基に|もとに|上乗せ)(?:して)?(?:設定|算出)(?:した|している)"
                        # (「本委員会は、外部有識者3名…の計5名で構成する」: what a body is made of)
                        r"|で構成(?:する|される|している|されます|しています)"
                        # (「支援体制：…」「令和7年度決算：…」「◆実績◆」「実施状況 実績47件」: the staff, the
                        # accounts, a line headed by results)
                        r"|^(?:支援|実施|推進)?体制\s*[:：]|^(?:(?:令和|平成|R)\s*\d+\s*年度)?[^:：\d]{0,12}(?:決算|予算)\s*[:：]"
                        r"|^[◆◇■□●○★☆◎【［\[]\s*[^◆◇■□●○★☆◎】］\]\d]{0,8}(?:実績|結果)\s*[◆◇■□●○★☆◎】］\]]"
                        r"|^実\s*施\s*状\s*況(?![^。]*(?:目\s*標|計\s*画))"
                        # (「会員数は昨年度末で412事業所」: where things stood at the end of a past year)
                        r"|(?:昨年度|前年度|前期)末(?:時点)?で(?![^。]*(?:目標|計画|目指))"
                        # (「R7実績：…」「今年度の創業支援実績：…」: a line labelled as results)
                        r"|^[^:：\d]{0,12}実績\s*[:：](?!.*(?:目標|計画))|^R\d+実績\s*[:：]"
                        # (「実績値X（件）R5:22R6:27」「KPI実績値R7 X 47件」「実績合計 X 52件」: a line opened by
                        # 実績, the words run together; 「R6（現状）：X 18件」: a year labelled as where things stand)
                        r"|^(?:K\s*[PG]\s*I)?\s*実績(?:値|合計|累計)?(?!の)(?!.*目標)"
                        r"(?!.*(?:^|[\s、,，/／|])計画値?\s*[:：]?\s*\d)"
                        r"|^(?:令和|平成|R|H)\s*\d+\s*年?度?\s*[(（]\s*(?:現状|実績|現在)値?\s*[)）]"
                        # (「修正前目標値：X 40件、Y 20件」: the targets a revision replaced)
                        r"|^(?:修正|変更|見直し)前\s*の?\s*(?:目標値?|計画値?)?\s*[:：](?![\s\S]*(?:後|→|⇒))"
                        # (「令和6年度事業報告：…」「〇前年度開催状況 …」: a line headed as a report of what was done;
                        # 「…22件 …11件（いずれも実績）」: a line closed by the word that its values are results)
                        r"|^[◆◇■□●○〇◯★☆◎・\s]*(?:(?:令和|平成|R)\s*\d+\s*年度?)?[^:：\d。]{0,16}(?:事業報告|実施報告|開催状況|開催実績|実施結果|開催結果)"
                        r"(?:\s*[:：]|\s)(?![^。]*(?:目標|計画値|目指))"
                        r"|[(（]\s*(?:いずれも|すべて|全て)?\s*実績値?\s*[)）]\s*[。.]?\s*$"
                        # (「二、実績 経営分析 47件」: a list's part headed 実績; 「X数（令和3年経済センサス）：…」
                        # figures quoted from statistics)
                        r"|^\s*(?:[一二三四五六七八九十\d]{1,2}\s*[、.．)）]\s*)?(?:実績|結果)\s+(?!.*目標)"
                        r"|^[^:：。]{0,30}[(（][^()（）]*(?:センサス|統計)[^()（）]*[)）]\s*[:：]")


# 「予算額：1,200千円」「決算額（事業費…）」「補助金交付決定額 4,850千円」: the chamber's budget, spending or
# grants, in a statement that sets no target (「…事業（事業費3,500千円）では、参加事業者数を年間15社…とする目標を
# 掲げた」 sets one: its bracket goes, indicator_reports)
_BUDGET = re.compile(r"(?:予算|決算|交付決定)額|事業費\s*[:：]?\s*\d")
# 「会費収入 12,300千円」「決算報告：補助金収入 1,250万円」「小規模事業指導費補助金 9,650千円」
# 「予算総額1億2千万円の範囲内で」「町から年間300万円の補助を受ける予定」: the chamber's own income, grants and budget
# — no target even when forecast (「見込む」「予定」), unless a target is named
_ACCOUNTS = re.compile(r"(?:会費|補助金|手数料|事業|受託)収入|予算総額|総予算|決算報告|収支|補助を受け|助成を受け"
                       r"|^[^\d、。]{0,12}(?:費)?補助金\s*[:：]?\s*\d[\d,.]*\s*(?:千円|万円|円|億円)\s*$")


def describes(text: str) -> bool:
    """Whether a statement describes (how things are or were, a reference) rather than sets a target."""
    return bool(_REFERENCE.search(text)) or no_target(text) \
        or ((bool(_DESCRIBED.search(text)) or bool(_BUDGET.search(text))) and not _GOAL_WORDS.search(text)) \
        or (bool(_ACCOUNTS.search(text)) and not re.search(r"目標|KPI|KGI|目指", text, re.I))


def indicators_of(doc, text: str) -> list[Indicator]:
    # 「令和7年度の実績値は、経営分析件数38件、…21件であった。」: what was done, a report, no target
    # (「目標は…30者であり、実績は33者であった」: with a target said, only the result's value goes: _reported)
    if (re.search(r"実績値?は.*(?:であった|だった|となった)。?$", doc.text) and "目標" not in text) or describes(text) \
            or _REFERENCE.search(re.sub(r"^[①-⑳⑴-⒇]\s*", "", _LABEL.sub("", nfkc(text)).strip())):
        # (after a list mark: 「⑸ 実績：…」「⑦ 評価基準 A：…」)
        return []
    out: list[Indicator] = []
    spans: list[tuple[int, list[int]]] = []
    quantities_read: list[tuple[int, int]] = []  # (start, end) of each indicator in ``out``
    quantities = _quantities(doc, result_values(kanji_to_digits(nfkc(text))))
    for start, end in quantities:
        number_end = start
        while number_end + 1 <= end and is_number(doc[number_end + 1]) and not doc[number_end].whitespace_:
            number_end += 1
        raw = "".join(t.text for t in doc[start:number_end + 1]).replace(",", "")
        glued = glued_count(doc[number_end])
        raw = raw.removesuffix("人") if glued else raw
        multiplier = next((m for m in MULTIPLIER if raw.endswith(m)), "")
        try:
            value = to_number(raw.removesuffix(multiplier))
        except ValueError:
            continue
        if value is None:  # beyond any count or amount of a plan: the statement keeps its text
            continue
        ranged = any(t.text in RANGE for t in doc[number_end + 1:end + 1])
        unit_at = number_end + 1
        while ranged and unit_at <= end and (is_number(doc[unit_at]) or doc[unit_at].text in RANGE):
            unit_at += 1
        unit = doc[unit_at].text if unit_at <= end and doc[unit_at].text in UNITS else "人" if glued else None
        if unit == "人" and doc[unit_at + 1:unit_at + 2].text == "日" and not doc[unit_at].whitespace_:
            unit = "人日"  # (「延べ24人日」: the tagger's 人 and 日, one counter)
        if multiplier and unit == "円":
            unit = multiplier + "円"
        elif multiplier:
            value = to_number(str(value * MULTIPLIER[multiplier]))
            if value is None:
                continue
        tail = [t.text for t in doc[unit_at:end + 1]] + [t.lemma_ for t in doc[unit_at:end + 1]]
        previous = quantities[len(spans) - 1] if spans else None
        # 「受講者数 20名×年3回」: a product, the count per time and the times, both of the name before
        times = previous is not None and any(t.text in ("×", "✕") for t in doc[previous[1] + 1:start])
        # 「組織率を3ポイント引き上げ、55%とする」: a change, then the level it reaches, of the same name
        # (「新商品を毎年2品目開発し、計画期間中に10品目とする」: a doing, then the total it reaches, the same)
        # (「会員数を毎年度10者増加させ、5年間で50者の増加とする」: the total said as a change, the same)
        level = previous is not None \
            and re.match(_LEVEL_REACHED, doc[end + 1:end + 5].text.replace(" ", "")) is not None \
            and ((change(doc[previous[1]]) and all(t.text in BOUNDARY or t.text in SPAN | TIME
                                                    for t in doc[previous[1] + 1:start]))
                 or _only_doing(doc, previous[1], start))
        if previous is not None and spans[-1][1] and (level or (
                (out[-1].unit == ("%" if unit == "％" else unit) or times or _restated(doc, previous[1], start))
                and (_bare_after(doc, previous[1], start) or _restated(doc, previous[1], start)))):
            span = spans[-1][1]  # 「窓口相談件数 月40件、年間480件」「…を月1回（年12回）」: the same name
        else:
            span = name_span(doc, start, end, quantities)
        spans.append((start, span))
        quantities_read.append((start, end))
        per = _per(doc, start, end, quantities, text)
        out.append(Indicator(
            text=text, name=None, value=value,
            unit="%" if unit == "％" else unit,
            comparator=">=" if ranged else next((COMPARATOR[t] for t in tail if t in COMPARATOR), None)
            or _passing(doc, end),
            direction=_direction(tail) or _direction_from(doc, start, end),
            per=per,
        ))
    # 「売上高を5年間で10%、営業利益を5年間で15%増加させる」: parallel changes of the same unit
    # joined by 、, the next one's object marked by を and no verb between, share the last one's direction
    # (「オンライン売上比率 50%、営業利益率 5%、…20%短縮」 lists targets, each its own)
    for n in range(len(out) - 2, -1, -1):
        (_, end_n), (start_m, _) = quantities_read[n], quantities_read[n + 1]
        between = doc[end_n + 1:start_m]
        if out[n].direction is None and out[n + 1].direction and out[n].unit == out[n + 1].unit \
                and between[:1].text in ("、", ",", "，") and any(t.text == "を" for t in between) \
                and not any(t.pos_ in ("VERB", "AUX") for t in between):
            out[n].direction = out[n + 1].direction
    # a quantity named by the words after it (「年間4回発行で実掲載者数100社」) ends the name of the
    # next one; any other quantity inside another one's name is a condition (「売上が5%以上増加した
    # 事業者の割合」)
    for n, (start, span) in enumerate(spans):
        if span and span[0] > start:
            for m, (other, other_span) in enumerate(spans):
                if m != n and other_span != span and (start in other_span or any(i in other_span for i in span)):
                    spans[m] = (other, [i for i in other_span if i > span[-1]])
    for ind, (_, span) in zip(out, spans, strict=True):
        name = _text(doc, span)
        ind.name = clean_text(name) if name else None
    share_out(out)  # 「A及びBを、それぞれN件、M者」: each value its own part (see share_out)
    # a quantity inside another one's name is a condition (「売上が5%以上増加した事業者の割合」);
    # a share of something else (「…の30%」) beside a count is not a target of its own
    # (a count that is itself a condition inside a name, 「売上高1,000万円未満の…割合を、全体の6割以上」, is none)
    conditions = {i for _, span in spans for i in span}
    counts = [ind for ind, (start, _) in zip(out, spans, strict=True)
              if ind.unit not in ("%", "割") and start not in conditions]
    pairs = [(ind, start, span) for ind, (start, span) in zip(out, spans, strict=True)
             if not (ind.unit in ("%", "割") and counts and start > 0 and doc[start - 1].text == "の")]
    inside = {i for _, _, span in pairs for i in span}
    found = [ind for ind, start, _ in pairs if start not in inside]
    # 「経営分析は60件とした。次年度も60件を目標とする。」: a value said again later with no name of its own (none, or
    # only the year it is for) is the same target, said once
    # (the same name, value and unit said twice: one target)
    # (「Sales growth rate … ≥ 3% (支援先の売上高伸び率3%以上)」: a value named in English and again in Japanese, the
    # Japanese name's)
    found = [ind for ind in found if not (ind.name and re.fullmatch(r"[\x00-\x7f≥≦≤≧]+", ind.name) and any(
        o is not ind and o.value == ind.value and ind.unit in (o.unit, None) and o.name
        and re.search(r"[ぁ-んァ-ヶ一-龥]", o.name)
        for o in found))]
    return [ind for n, ind in enumerate(found)
            if not ((not ind.name or _YEAR_WORD.fullmatch(ind.name) or any(o.name == ind.name for o in found[:n]))
                    and any((o.value, o.unit) == (ind.value, ind.unit) for o in found[:n]))]


_YEAR_WORD = re.compile(r"(?:次|来|本|今|翌)年度|来期|次期")

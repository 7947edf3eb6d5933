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

UNITS = {"%", "％", "社", "者", "件", "人", "名", "回", "日", "本", "店", "店舗", "事業者", "事業所", "割", "倍",
         "円", "万円", "千円", "億円", "時間", "か月", "ヶ月", "カ月", "企業", "先", "ポイント",
         "品目", "団体", "組", "箇所", "か所", "ヶ所", "カ所",  # counters of products, groups and places
         "人日",  # 「支援日数 年間60人日」: days of work of one person, the tagger's one word
         "部", "枚", "冊"}  # 「会報の発行部数 2,500部」「アンケート回収数 50枚」: copies and sheets
# 「5,000万円」「300千円」「2万人」: a numeral ending in a multiplier (the parser's one token); before
# 円 the multiplier is the unit's (万円, the plans' money unit), before any other counter a factor
_MULTIPLIER = {"百万": 1_000_000, "万": 10_000, "千": 1_000, "億": 100_000_000}  # 「5百万円」: the tables' money unit
_TIME = {"年", "年間", "年後", "ヵ年", "か年", "期", "週", "月", "四半期"}  # 「四半期ごとに50回」: a span
# Words between a name and its number that say over what span it counts (「事後指導回数延べ240回」,
# 「事業者数を累計30者」): not part of the name.
_SPAN = {"年間", "毎年", "毎月", "毎回", "延べ", "累計", "約", "合計", "計", "月間"}  # 「閲覧数 月間1,000件」
# 「付加価値額の合計を」: a sum word followed by a particle is the head noun of a name, no span
_SUM = {"合計", "累計"}
_PER_UNIT = {"当り", "当たり", "あたり"}  # 「1社当り」: the denominator of a rate
_COMPARATOR = {"以上": ">=", "以下": "<=", "以内": "<=", "未満": "<", "超": ">"}
_INCREASE = {"増", "増加", "向上", "改善", "アップ", "拡大", "引き上げる", "引上げる", "上げる", "高める", "伸ばす",
             "増やす", "上昇", "延ばす", "延長", "増大"}
_DECREASE = {"減", "減少", "短縮", "削減", "低減", "縮減", "引き下げる", "引下げる", "下げる", "減らす", "低下"}
_LEVEL = {"引き上げる", "引上げる", "引き下げる", "引下げる"}  # 「40%から50%に引き上げる」: a level reached
_APPROX = {"程度", "前後", "ほど"}  # 「30者程度」: said of the number, no part of any name
_CONJ = {"及び", "および", "並びに", "ならびに", "又は", "または"}  # 「…100人、及び個別相談件数を…」
_RANGE = {"~", "〜", "～"}  # 「20～30件」: a range; its lower bound is the target
# 「新規創業者数5名の達成」「年2件の達成を目指す」: the count's achievement, said after it; the name
# stays before the number (「18社の出展支援」 is named after it)
_ACHIEVE = {"達成", "実現", "確保"}
# 「記帳指導先数 新規10件、継続40件」: after a space, 新規/継続/既存 alone before a count names a part of the
# count, as 「うち新規10件」 does; the name before the space is the whole's
_BREAKDOWN = {"新規", "継続", "既存"}
_GOAL_LABELS = {"目標値", "目標", "目標件数", "目標数値", "計画値"}  # 「指標：X 目標値：30件」
# 「令和6年度比」「前年比」「基準年度比で」: the base a change is measured from, no part of the name
_BASE = re.compile(r"^対?(?:(?:令和|平成)?\d*(?:年度|年)|前年度?|前期|基準年?度?|当初|現状)比で?$")  # 「対前年比」
_BOUNDARY = {"、", "。", ":", "：", ",", "，", "・", "/", "／", "(", ")", "（", "）", "「", "」"}
_KANJI_DIGITS = {"〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# (not after digits: 「300千円」 is a multiplier of the number before it); 「五年間で」 is a span
_KANJI_NUMBER = re.compile(r"(?<![\d,.第])[一二三四五六七八九十百千〇]+"  # (「第三者承継」: an ordinal word)
                           r"(?=\s*(?:社|者|件|人|名|回|店|事業者|事業所|割|倍|%|％|ポイント|万|億|円|年|か月|ヶ月|カ月"
                           r"|品目|団体|部|枚|冊))")
# A deadline (「令和10年度までに」「2028年度末までに」「R9年度までに」) says when a target is due: no
# part of any name, and its era word misleads the parser (令和 read as a verb)
# (「令和12年度に500万円」「令和12年度には15件」: the year a target is for, the same)
_DEADLINE = re.compile(r"(?:令和|平成|R)?\s*\d+\s*(?:年度?末?\s*(?:まで|迄)\s*に?|年度末?\s*には?)\s*[、,，]?")
# 「Xの目標を30件とする」「Xの目標値は30件」: the target of X is X's value
_GOAL_OF = re.compile(r"の目標(?:値|数値|件数)?(?=[をは])")


def kanji_to_digits(text: str) -> str:
    """「二十社」 → 「20社」: kanji numerals before a counter written as digits."""
    def value(s: str) -> int:
        total, num = 0, 0
        for ch in s:
            if ch in _KANJI_DIGITS:
                num = num * 10 + _KANJI_DIGITS[ch] if num and ch == "〇" else _KANJI_DIGITS[ch]
            else:
                unit = {"十": 10, "百": 100, "千": 1000}[ch]
                total += (num or 1) * unit
                num = 0
        return total + num

    return _KANJI_NUMBER.sub(lambda m: str(value(m.group(0))), text)


def prepare(text: str) -> str:
    """What the parser sees: NFKC (full-width digits), kanji numerals as digits, no KGI/KPI label."""
    # 「◆KPI 巡回訪問件数…」: a bullet mark before a label or a name is no part of either
    text = re.sub(r"^\s*[◆◇■□●○〇◯★☆▼▽▶▷◎※]+\s*", "", nfkc(text))
    text = kanji_to_digits(_LABEL.sub("", text)).strip()
    # 「セミナー開催回数……年4回」「事業計画策定件数（目標）35件」: leader dots, or 目標 in brackets, between a
    # name and its value are the border between them, as a colon
    text = re.sub(r"\s*(?:\.{2,}|…+|‥+|・{2,}|[(（]\s*目標値?\s*[)）])\s*(?=\S*\d)", "：", text)
    # 「導入率を60%（現状35%）とする」: a current value in brackets (現状/現在/実績) is no target
    # (「（令和6年度実績1,800万円）」: the year of the current value before it the same)
    text = re.sub(r"[(（]\s*(?:(?:令和|平成|R)?\s*\d+\s*年度?\s*の?\s*)?"
                  r"(?:現状|現在|実績)値?\s*[:：]?\s*[^()（）]*[)）]", "", text)
    # 「期間を平均5日短縮する」: 平均 after a particle or a space says the value is an average, no name
    # (「支援先1社当たり平均2社」: after a denominator the same)
    text = re.sub(r"(?:(?<=[をはがに\s])|(?<=当たり)|(?<=あたり)|(?<=当り))平均(?=\s*\d)", "", text)
    # 「現状の12店舗から半減の6店舗」「倍増の」: a word of change between a baseline and its target says how
    text = re.sub(r"(?<=から)\s*(?:半減|倍増)の?(?=\s*\d)", "", text)
    text = _GOAL_OF.sub("", _DEADLINE.sub("", text))
    # 「2パーセントポイント」 is 2 ポイント (a difference of rates), 「20パーセント」 20 %
    text = re.sub(r"(?<=\d)\s*パーセントポイント", "ポイント", text)
    text = re.sub(r"(?<=\d)\s*パーセント", "%", text)
    # 「廃業件数をゼロ件」: ゼロ before a counter is the number 0
    text = re.sub(r"ゼロ(?=\s*(?:件|者|社|人|名|回|店舗|事業者|か所|ヶ所|箇所))", "0", text)
    # 「50%→70%」「現状20件→目標50件」: a change written with an arrow; the value before it is the
    # baseline (no target), the one after it the target
    text = re.sub(r"(?:(?:現状|現在|実績)(?:値)?\s*[:：]?\s*)?\d[\d,.]*\s*(?:%|[^\d\s→⇒]{0,3})\s*[→⇒]\s*"
                  r"(?:目標(?:値)?\s*[:：]?\s*)?(?=\d)", "", text)
    # 「EC売上高 現状の2倍」: 現状の (現在の) names the base a multiple is of, no part of the name
    text = re.sub(r"(?:現状|現在)の?\s*(?=\d[\d.]*\s*倍)", "", text)
    # 「事業計画策定件数｜30件」: a flattened table row, its cells' border between name and value
    text = re.sub(r"\s*\|\s*(?=[^|]*\d)", "：", text) if text.count("|") == 1 else text
    # 「記帳継続指導先の割合＝90%」「開催回数 → 年6回」: an arrow or equals sign after a name with no number
    # before it is the border between name and value, as a colon (「5者→10者」 is a change, left alone)
    text = re.sub(r"^([^\d→⇒=]*[^\d\s→⇒=])\s*[→⇒=]\s*(?=\S*\d)", r"\1：", text)
    # 「1社平均100万円」 is a denominator (「1社当たり」); 「月平均5件」「年平均3%」 a span (月, 年)
    text = re.sub(r"(\d\s*(?:社|者|事業者|事業所|店|人))\s*平均(?=\s*\d)", r"\1当たり", text)
    text = re.sub(r"(?<=[月年])平均(?=\s*\d)", "", text)
    # 「承認件数 計画期間中10件」「（計画期間中160件）」 (the METI compilations of 概要): the plan's period before a
    # count is its span, said as 「累計」; 「本計画期間における件数」 opening a name the same, no part of it
    text = re.sub(r"(?:本)?計画期間(?:中|内)(?:に|で)?\s*(?:合計|累計|延べ)?\s*(?=\d)", "累計", text)
    text = re.sub(r"(^|[、,，:：]\s*)(?:本|当該)?計画期間(?:中|内)?(?:における|での|に|の)\s*(?=[^\d\s])", r"\1", text)
    # 「策定事業者1者につき年4回」: につき after a count is a denominator, as 当たり
    text = re.sub(r"(\d\s*(?:社|者|事業者|事業所|店|人|名|回|件))\s*につき", r"\1当たり", text)
    # 「支援先の平均客単価 ＋5%」: a plus sign before a value says an increase
    text = re.sub(r"(?<=[\s:：])\+\s*(\d[\d,.]*\s*(?:%|ポイント|件|者|社|人|名|万円|円))", r"\1増", text)
    # 「初年度20件、以降毎年25件」: the first year and the years after it are spans, no names
    text = re.sub(r"(?:初年度|最終年度|次年度以降|以降)\s*(?=毎年|年間|\d)", "", text)
    # 「研修への参加 1人年2回以上」「訪問 1社年4回」: a count of one before a frequency is a denominator
    text = re.sub(r"(?<![\d.])(1\s*(?:人|社|者|事業者|事業所|店))\s*(?=(?:年|月)\s*\d)", r"\1当たり", text)
    # 「毎年度」 is 「毎年」, 「各回」 is 「毎回」 (span words the parser splits)
    text = text.replace("毎年度", "毎年").replace("各回", "毎回")
    # 「各年度10件」「年率2%」「1年あたり8件」: each a span of one year, said as 「毎年」
    text = re.sub(r"(?:各年度|年率|(?<![\d.])1\s*年\s*(?:あたり|当たり|当り))(?=\s*\d)", "毎年", text)
    # 「創業相談件数 延60件」: 延 is 延べ, the cumulative count (a span word, no part of the name)
    text = re.sub(r"延(?!べ)(?=\s*\d)", "延べ", text)
    # 「経営計画支援事業者数 目標値(A)100者」: an evaluation sheet's column letter after 目標値
    text = re.sub(r"(目標値?)\s*\(\s*[A-Z]\s*\)", r"\1", text)
    # 「経営分析事業者数（者） 30 35 40」: a row whose unit is in its name's bracket, its cells bare numbers
    row = re.fullmatch(r"(?P<name>[^()]*[^\d\s()])\s*"
                       r"\((?P<unit>件|者|社|回|人|名|店|店舗|事業者|事業所|%|円|万円|千円)\)"
                       r"\s*(?P<cells>(?:\d[\d,.]*\s+)*\d[\d,.]*)", text)
    if row:
        text = row["name"] + " " + " ".join(c + row["unit"] for c in row["cells"].split())
    # 「巡回件数（年） 600件」: （年） after a name says per year
    text = re.sub(r"(?<=[^\d\s])\s*\(\s*年間?\s*\)\s*(?=\d|現行|現状)", " 年間 ", text)
    # 「記帳指導先数 現行45者 50者 55者」: a 別表1 row's 現行 (現状) cell is a baseline, no target
    text = re.sub(r"(?<=\S)\s+(?:現行|現状|現在|実績)値?\s*[:：]?\s*\d[\d,.]*\s*[^\d\s→⇒]{0,3}(?=\s+\d)", "", text)
    # 「金融相談会の開催 四半期毎2回」: a quarter's count, no name of its own (per neither year nor plan)
    text = re.sub(r"\s*四半期(?:毎|ごと)に?\s*(?=\d)", " ", text)
    # 「経営革新計画策定支援 目標5件／年」「融資斡旋件数 本年度目標15件」 (the evaluation sheets): the word 目標
    # before a number labels it, no part of the name
    text = re.sub(r"(?<=[^\s:：])\s*(?:本年度|今年度|当年度|年度)?目標値?\s*(?=\d)", " ", text)
    text = re.sub(r"(?<=[:：])\s*目標値?\s*(?=\d)", "", text)  # 「経営分析件数：目標40件、実績43件」
    # 「事業計画策定数 R8年度30件」: the fiscal year a value is for, no part of the name
    # (「創業者数 令和8年度：4人、令和9年度：5人」「新規出店数 R8：2店舗」: a colon after the year the same)
    text = re.sub(r"(?<=[^\d\s])(\s*)(?:(?:令和|平成|R|FY)\s*\d+\s*年度\s*[:：]?|(?:R|FY)\s*\d+\s*[:：])(?=\s*\d)",
                  r"\1", text)
    # 「創業計画策定支援件数 5件（R8年度）、6件（R9年度）」: the year a value is for, in brackets after it
    text = re.sub(r"(?<=\D)[(（]\s*(?:令和|平成|R|FY)\s*\d+\s*年度?\s*[)）]", "", text)
    # 「新規顧客獲得数（1社当たり） 5件」「成約件数／社 1件」: a denominator between a name and its value
    # (the 別表1 rows of the METI guideline), no part of the name
    text = re.sub(r"\s*[(（]\s*1\s*[^\d()（）\s]{1,4}?\s*(?:当たり|当り|あたり)\s*[)）]\s*(?=\d)", " ", text)
    # 「巡回訪問件数 600件／年（経営指導員3名）」: who does the work, in brackets, is no target
    text = re.sub(r"[(（]\s*(?:法定)?(?:経営指導員|指導員|職員|担当者|補助員)等?\s*\d+\s*(?:名|人)(?:体制)?\s*[)）]",
                  "", text)
    text = re.sub(r"(?<=[^\d\s])\s*[/／]\s*(?:社|者|事業者|事業所|店)(?=\s+\d)", "", text)
    # 「①経営分析事業者数 － 30者 35者」「… 未実施 15者」: a 別表1 row's empty 現行 cell, no part of the name
    text = re.sub(r"(?<=[^\s\d])\s+(?:[－―‐−-]|未実施|実績なし|設定なし|なし)\s+(?=\d)", " ", text)
    # 「事業者数年間60社」「記帳指導先数100者」: 数 before a number is the name's last word, not a
    # numeral prefix (数年 several years, 数100)
    return re.sub(r"数[ \t]*(年間|延べ|累計|合計|毎年|毎回)?(?=[ \t]*\d)", lambda m: "数 " + (m.group(1) or ""), text)


def parse_statements(texts: Iterable[str], rules_first: bool = True) -> list[list[Indicator]]:
    """The indicators of each statement, the statements parsed together. A statement the rules
    read with confidence (``read_plain``: 「記帳指導先数100者」) is not parsed unless
    ``rules_first`` is off (tests/nlp_eval.py scores both ways); one without a digit (once
    numerals are digits) measures nothing and is not parsed either."""
    texts = list(texts)
    plain = [read_plain(t) if rules_first else None for t in texts]
    prepared = [prepare(t) if p is None else "" for t, p in zip(texts, plain, strict=True)]
    docs = iter(parse(p for p in prepared if re.search(r"\d", p)))
    return [r if r is not None else indicators_of(next(docs), clean_text(t)) if re.search(r"\d", p) else []
            for t, p, r in zip(texts, prepared, plain, strict=True)]


def _is_number(tok) -> bool:
    return bool(re.fullmatch(r"\d[\d,.]*", tok.text)) or (tok.pos_ == "NUM" and bool(re.search(r"\d", tok.text)))


def _quantities(doc) -> list[tuple[int, int]]:
    """(first token, last token) of each measured quantity: number, unit, comparator/direction."""
    out = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if not _is_number(tok):
            i += 1
            continue
        j = i
        while j + 1 < len(doc) and _is_number(doc[j + 1]) and not doc[j].whitespace_:
            j += 1  # (「30 35 40」: numbers a space apart are values of their own)
        if j + 2 < len(doc) and doc[j + 1].text in _RANGE and _is_number(doc[j + 2]):
            j += 2  # 「20～30件」: one quantity, read from its lower bound
            while j + 1 < len(doc) and _is_number(doc[j + 1]):
                j += 1
        unit_end = j
        if j + 1 < len(doc) and doc[j + 1].text in UNITS:
            unit_end = j + 1
            if unit_end + 2 < len(doc) and doc[unit_end + 1].text in _RANGE and _is_number(doc[unit_end + 2]):
                unit_end += 2  # 「300件〜350件」: a range with its unit on both bounds
                while unit_end + 1 < len(doc) and (_is_number(doc[unit_end + 1]) or doc[unit_end + 1].text in UNITS):
                    unit_end += 1
        if _time_limit(doc, j + 1):
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
        if (unit_end == j and (nxt in _TIME or nxt.startswith("年"))) or doc[j + 1:j + 2].text in _TIME:
            i = unit_end + 1  # 「2 年で」「5年間」: a span of time, not a measure
            continue
        if _current(doc, unit_end + 1) or _exceeded(doc, unit_end + 1) or _reported(doc, i):
            i = unit_end + 1  # 「割合は25%にとどまっている」: where things stand, no target
            continue
        if doc[unit_end + 1:unit_end + 2].text in _PER_UNIT:
            i = unit_end + 2  # 「1社当り」: the denominator of a rate
            continue
        if doc[unit_end + 1:unit_end + 2].text == "から" and any(_is_number(t) for t in doc[unit_end + 2:]):
            i = unit_end + 2  # 「現状の20件から40件に」: the baseline a change starts from
            continue
        if i > 0 and re.search(r"[A-Za-z]$", doc[i - 1].text) and not doc[i - 1].whitespace_:
            i = unit_end + 1  # 「UDC2」: part of a name
            continue
        if unit_end == j and j + 1 < len(doc) and doc[j + 1].text not in ("、", "。", ",", ")", "）") \
                and doc[j + 1].pos_ != "PUNCT":
            i = j + 1  # 「6項目」: a number without a unit of measure that does not close a part
            continue
        end = unit_end
        while end + 1 < len(doc) and (doc[end + 1].text in _COMPARATOR or _change(doc[end + 1])
                                      or doc[end + 1].text in _APPROX or doc[end + 1].text == "ずつ"):
            end += 1
        if end + 2 < len(doc) and doc[end + 1].text in ("/", "／") and doc[end + 2].text in ("年", "月"):
            end += 2  # 「5者／年」
        out.append((i, end))
        i = end + 1
    return out


def _current(doc, k: int) -> bool:
    """Whether the words from k say a value is where things stand now (「25%にとどまる」「25%に
    とどまっている」): a current value, no target, and its clause no part of any name."""
    if doc[k:k + 1].text == "に" and doc[k + 1:k + 2].lemma_ in ("とどまる", "留まる"):
        return True
    # 「策定件数は28件であった」「28件となった」: a result, past, no target
    if doc[k:k + 1].text in ("で", "と") and doc[k + 1:k + 2].lemma_ in ("ある", "なる") \
            and doc[k + 2:k + 3].text == "た":
        return True
    # 「令和6年度の実績は経営分析件数42件であり、」: a value the 実績/現状 of a clause is said to be
    if doc[k:k + 1].text == "で" and doc[k + 1:k + 2].lemma_ == "ある":
        start = max((t.i for t in doc[:k] if t.text in ("。", "、")), default=-1) + 1
        return any(t.text in ("実績", "現状", "現在") for t in doc[start:k])
    return False


def _reported(doc, i: int) -> bool:
    """「目標40件、実績43件」「実績45件（達成率90%）」: a value said after 実績 or 達成率 (an evaluation sheet's
    columns) is what was done, no target."""
    k = i - 1
    while k >= 0 and (doc[k].text in (":", "：", "値") or doc[k].is_space):
        k -= 1
    # (the column's word alone: 「支援先の事業計画達成率70%」 names a target)
    return k >= 0 and doc[k].text in ("実績", "達成率", "実績値") \
        and (k == 0 or doc[k - 1].whitespace_ or not _nominal(doc[k - 1]))


def _exceeded(doc, k: int) -> bool:
    """「令和5年度の12件を上回る年15件」: a value another one right after it is to exceed is a baseline
    (「…10件を上回ることを目指す」 is a target with its comparator)."""
    if doc[k:k + 1].text in (")", "）"):
        k += 1  # 「県平均（4.0%）を上回る5.0%」
    if doc[k:k + 1].text != "を" or doc[k + 1:k + 2].lemma_ not in ("上回る", "超える", "超す"):
        return False
    return any(_is_number(t) for t in doc[k + 2:k + 5])


def _anaphor(doc, start: int) -> list[int]:
    """「実績は経営分析件数42件であり、これを毎年60件まで引き上げる」: これ/それ before a count stands
    for the count said before it; the indices of that count's name, or none."""
    k = start - 1
    while k >= 0 and (doc[k].text in _SPAN | _TIME or doc[k].text in ("、", ",", "，")):
        k -= 1
    if k < 1 or doc[k].text not in ("を", "は", "が") or doc[k - 1].text not in ("これ", "それ"):
        return []
    j = k - 2
    while j >= 0 and not _is_number(doc[j]):
        j -= 1
    while j - 1 >= 0 and _is_number(doc[j - 1]):
        j -= 1
    return _chain_left(doc, j - 1, 0) if j >= 1 and _nominal(doc[j - 1]) else []


def _frequency_of(doc, end: int) -> list[int]:
    """「少なくとも月1回、重点支援先を訪問する」: a number of times followed by an object and its verb
    counts that doing (「重点支援先を訪問」, as a share is named by _share_doing); indices, or none."""
    if doc[end].text != "回":
        return []
    k = end + 1
    k += 1 if k < len(doc) and doc[k].text in ("、", ",", "，") else 0
    right = _chain_right(doc, k) if k < len(doc) and _nominal(doc[k]) else []
    if not right or right[-1] + 2 >= len(doc) or doc[right[-1] + 1].text != "を" \
            or doc[right[-1] + 2].pos_ != "VERB":
        return []
    return [*right, right[-1] + 1, right[-1] + 2]


def _achieved_in(doc, end: int, prev) -> list[int]:
    """「うち50件以上で売上増加を実現する」: a part (after うち) in which something is achieved, said as
    「Nで Xを…する」, counts X: its indices, or none."""
    if prev is None or prev.text != "うち" or doc[end + 1:end + 2].text != "で":
        return []
    right = _chain_right(doc, end + 2) if end + 2 < len(doc) and _nominal(doc[end + 2]) else []
    verb = doc[right[-1] + 2] if right and right[-1] + 2 < len(doc) else None
    if verb is None or doc[right[-1] + 1].text != "を" or not (verb.pos_ == "VERB" or verb.text in _ACHIEVE):
        return []
    return right


def _time_limit(doc, k: int) -> bool:
    """Whether the unit at k is a time limit (「3か月以内に」「7日以内で」): a condition inside a
    clause, neither a measure nor the end of a name."""
    return doc[k:k + 1].text in ("か月", "ヶ月", "カ月", "日", "時間") \
        and doc[k + 1:k + 3].text.replace(" ", "") in ("以内に", "以内で", "以内の")  # 「6か月以内の黒字化」


def _change(tok) -> bool:
    """A word of change after a quantity, by its form or its lemma (「上げ、」 is 上げる)."""
    return bool({tok.text, tok.lemma_} & (_INCREASE | _DECREASE))


def _nominal(tok) -> bool:
    """A word a name is made of: nouns, 「~」, and 数 (tagged a numeral: 「支援数」)."""
    return tok.pos_ in ("NOUN", "PROPN", "X") or (tok.pos_ == "SYM" and tok.text in "~〜～") \
        or (tok.pos_ == "NUM" and bool(re.fullmatch(r"[一-龥]+", tok.text)) and tok.text not in _KANJI_DIGITS) \
        or _glued_word(tok)


def _glued_word(tok) -> bool:
    """A katakana or kanji word that the tagger misreads (「マル経」 as an adverb and a determiner,
    「参加者数」 as an adjective, 「出店数」 as an auxiliary): a noun when it ends in a measure (数, 率, 額) or
    is glued, with no space, to a noun that follows."""
    if not re.fullmatch(r"[ァ-ヶー一-龥]+", tok.text) or tok.pos_ not in ("ADV", "DET", "ADJ", "AUX") \
            or tok.text in _SPAN:
        return False  # (「毎回参加者20名」: a span word, 毎回 or 毎年, is no noun of a name)
    if re.search(r"[数率額]$", tok.text):
        return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return not tok.whitespace_ and nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") or _glued_word(nxt))


def _chain_left(doc, end: int, floor: int) -> list[int]:
    """Indices of the noun chain ending at ``end`` (nouns, and の between nouns)."""
    out: list[int] = []
    k = end
    while k >= floor and doc[k].text in _SPAN \
            and not (doc[k].text in _SUM and doc[k + 1:k + 2].text in ("を", "が", "は")):
        k -= 1  # 「事後指導回数延べ240回」 (but 「付加価値額の合計を」: 合計 the object's head noun)
    while k >= floor:
        t = doc[k]
        if out and (t.whitespace_ or t.is_space) and "".join(doc[i].text for i in out) in _BREAKDOWN:
            break  # (see _BREAKDOWN)
        if t.text == "年間" and out and not t.whitespace_ and k - 1 >= floor and doc[k - 1].text == "の":
            out.insert(0, k)  # 「商店街の年間来街者数」: a span glued inside a の-phrase's noun is the compound's
            k -= 1
            continue
        if t.text in UNITS and k > 0 and _is_number(doc[k - 1]) and _condition_of(doc, out):
            k -= 1  # 「利益率3%以上増加の事業者数 4者」: a quantity and its change joined by の qualify the name
            while k >= floor and _is_number(doc[k]):
                k -= 1
            out[:0] = range(k + 1, out[0])
            continue
        head = not out and t.text in _SUM and doc[k + 1:k + 2].text in ("を", "が", "は")  # (「合計を」: a head noun)
        if t.text in _PER_UNIT or (t.text in _SPAN and not head) \
                or (t.text in UNITS and k > 0 and _is_number(doc[k - 1])):
            break  # a span word, or the unit of another count (「15件 創業者数 年間5人」)
        noun = (_nominal(t) or _adjectival_noun(t)) \
            and t.text not in _TIME and not _is_number(t)  # 「新規創業者数」: 新規 is a 形状詞
        joint = t.text == "の" and out and k - 1 >= floor and _nominal(doc[k - 1])  # 「計画の策定支援数」
        if t.text == "の" and out and k - 1 >= floor and doc[k - 1].text in ("」", "』"):
            opening = next((j for j in range(k - 2, floor - 1, -1) if doc[j].text in ("「", "『")), None)
            if opening is not None:  # 「「創業塾」の受講者数」: a quoted name joined by の
                out[:0] = range(opening, k + 1)
                k = opening - 1
                continue
        if t.text in (")", "）") and out and not t.whitespace_:
            opening = next((j for j in range(k - 1, floor - 1, -1) if doc[j].text in ("(", "（")), None)
            if opening is not None and opening - 1 >= floor and _nominal(doc[opening - 1]) \
                    and _gloss(doc, opening - 1, k + 1, formula=True) == list(range(opening, k + 1)):
                out[:0] = range(opening, k + 1)  # 「経営分析（財務分析）件数」: a bracket glued inside a name
                k = opening - 1
                continue
        if t.text == "後" and out and k >= floor + 2 and doc[k - 1].text in ("年", "か月", "ヶ月") \
                and _is_number(doc[k - 2]):
            out[:0] = [k - 2, k - 1, k]  # 「創業者の5年後生存率」: a point in time inside the name
            k -= 3
            continue
        if noun or joint:
            out.insert(0, k)
        else:
            break
        k -= 1
    return out


def _condition_of(doc, chain: list[int]) -> bool:
    """Whether a chain opens with a comparator or a word of change and の (「以上増加の事業者数」): the
    quantity right before it is a condition of the name (「利益率3%以上増加の事業者数」), not a count."""
    m = 0
    while m < len(chain) and (doc[chain[m]].text in _COMPARATOR or _change(doc[chain[m]])):
        m += 1
    return 0 < m < len(chain) and doc[chain[m]].text == "の"


def _names_next(doc, k: int) -> bool:
    """Whether the noun chain at k is followed by a number (a span word between): it names the count
    after it (「利益率3%以上増加の事業者数 4者」), not the quantity before it."""
    right = _chain_right(doc, k)
    nxt = right[-1] + 1 if right else k
    if nxt < len(doc) and doc[nxt].text in ("を", "は", "が", ":", "："):
        nxt += 1  # 「…増加の事業者数を年間10者」
    while nxt < len(doc) and (doc[nxt].text in _SPAN | _TIME or doc[nxt].is_space or doc[nxt].text in ("、", ",")
                              or (_is_number(doc[nxt]) and doc[nxt + 1:nxt + 2].text in _TIME)):
        nxt += 1  # (「5年間で」: a span, not the count)
    return bool(right) and nxt < len(doc) and _is_number(doc[nxt])


def _chain_right(doc, start: int) -> list[int]:
    """Indices of the noun chain starting at ``start`` (nouns, and の between nouns)."""
    out = []
    k = start
    while k < len(doc):
        if _nominal(doc[k]) and not _is_number(doc[k]):
            out.append(k)
        elif doc[k].text == "の" and out and k + 1 < len(doc) and _nominal(doc[k + 1]) \
                and not _is_number(doc[k + 1]):
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
    breakdown = "".join(doc[i].text for i in chain) in _BREAKDOWN
    while k >= floor:
        t = doc[k]
        if breakdown and (t.whitespace_ or t.is_space):
            break  # (see _BREAKDOWN)
        j = k - 2 if doc[k - 1:k].text in UNITS else k - 1  # (「1人」 may be one token)
        if t.text in _PER_UNIT and doc[k + 1:k + 2].text == "の" and j >= floor and re.match(r"\d", doc[j].text) \
                and any(doc[i].pos_ in ("VERB", "AUX") for i in span if i > k):
            # 「従業員1人当たりの売上高を5%向上させた事業者数」: a denominator inside the name's relative
            # clause is the clause's (a denominator of the name itself, 「指導員1人あたりの件数」, is not)
            while j - 1 >= floor and _is_number(doc[j - 1]):
                j -= 1
            run = _chain_left(doc, j - 1, floor) if j - 1 >= floor else []
            span.update([*pending, *range(j, k + 1), *run])
            attach.update([*pending, *range(j, k + 1), *run])
            pending = []
            k = (run[0] if run else j) - 1
            continue
        if t.lemma_ in ("とどまる", "留まる") and k >= 1 and _current(doc, k - 1):
            break  # 「現在25%にとどまる…割合」: a current value's clause (see _current)
        if t.text in ("年間", "毎年", "毎月", "月間") and k + 1 in span and _is_number(doc[k + 1]):
            span.add(k)  # 「業務時間を年間100時間以上削減した事業者数」: a span with its number inside the clause
            attach.add(k)
            k -= 1
            continue
        if t.text in ("年", "か月", "ヶ月") and doc[k + 1:k + 2].text in ("以上", "以内", "未満", "超") \
                and k + 1 in span and k - 1 >= floor and _is_number(doc[k - 1]):
            span.update([k - 1, k])  # 「創業後3年以上事業を継続している事業者数」: a condition of time in the clause
            attach.update([k - 1, k])
            k -= 2
            continue
        if t.text in ("年", "か月", "ヶ月") and doc[k + 1:k + 2].text == "後" and k + 1 in span and k - 1 >= floor \
                and _is_number(doc[k - 1]):
            span.update([k - 1, k])  # 「3年後に売上が増加した事業者の割合」: a point in time inside the clause
            attach.update([k - 1, k])
            k -= 2
            continue
        if t.text in _TIME or t.text in _PER_UNIT or t.text in ("毎回", "毎年", "毎月") \
                or (_is_number(t) and k + 1 < len(doc) and doc[k + 1].text in _TIME):
            break  # (「（毎回受講者25名）」: a span word opens no name)
        if t.text in UNITS and k > 0 and _is_number(doc[k - 1]) and (t.whitespace_ or _nominal(doc[k + 1])) \
                and not _time_limit(doc, k):
            break  # 「創業支援件数 年間15件 創業者数 年間5人」: another count standing on its own
        if t.text == "・" and k - 1 >= floor and _nominal(doc[k - 1]):
            run = _chain_left(doc, k - 1, floor)  # 「有識者・柏市・当所による…」: coordinated nouns
            span.update([*pending, k, *run])
            attach.update([*pending, k, *run])
            pending = []
            k = (run[0] if run else k) - 1
            continue
        if t.text in ("、", ",", "，") and k - 1 >= floor and (doc[k - 1].pos_ in ("ADP", "SCONJ")
                                                            or doc[k - 1].dep_ == "fixed"
                                                            or doc[k - 1].text in ("後", "以降", "際", "時")):
            # 「販路開拓支援により、…」「…を通じて、」「策定後、」: an adverbial phrase closed by 、
            # is no part of the name
            break
        if t.text in "()（）/／":
            pending.append(k)  # brackets go with what they enclose
        elif any(a.i in attach for a in [t, *t.ancestors]) \
                or (_nominal(t) and not t.whitespace_ and k + 1 in span and _nominal(doc[k + 1])):
            # (「物産展出展による…」: a noun glued to the name's first noun is a compound's, wherever
            # the parser hangs it)
            span.update([*pending, k])
            attach.update([*pending, k])
            pending = []
        else:
            break
        k -= 1
    return sorted(span)


def _text(doc, idx: list[int]) -> str | None:
    def opens_quote(i: int) -> bool:  # 「「経営発達セミナー」の開催回数」: the quote is part of the name
        return doc[i].text in ("「", "『") and any(doc[j].text in ("」", "』") for j in idx)

    while idx and (doc[idx[0]].pos_ in ("ADP", "PUNCT", "AUX", "SCONJ", "CCONJ") or doc[idx[0]].text in _BOUNDARY
                   or doc[idx[0]].text in _CONJ) \
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


def _floor(doc, i: int, quantities: list[tuple[int, int]] = ()) -> int:
    """Where the clause of token i starts: after 「うち」, 「目標として」, a list mark or label,
    or after a 「、」/「・」 that closes a part holding a quantity of its own."""
    floor = 0
    for t in doc[:i]:
        if t.text in ("。", ":", "：", "うち") or re.match(r"^[①-⑳]$", t.text) \
                or (t.text in ("目標値", "計画値") and t.whitespace_) \
                or (t.text == "内" and t.i > 0 and doc[t.i - 1].text == "その"):  # 「その内125社」: of which
            floor = t.i + 1
        elif t.text == "目標" and (t.i == 0 or not _nominal(doc[t.i - 1])
                                   or doc[t.i + 1:t.i + 2].text in ("と", "として")):  # 「…アンケート 目標として」
            k = t.i + 1
            while k < i and doc[k].text in ("と", "し", "て", "を", "は", "として"):
                k += 1
            floor = k
        elif (t.text in ("、", "，", ",", "・") or t.text in _CONJ or _split_conj(t)) \
                and any(floor <= a < t.i for a, _ in quantities):
            floor = t.i + 1
    return floor


def _split_conj(tok) -> bool:
    """「並びに」 tokenized 並び + に: the conjunction joining two targets all the same."""
    return tok.text in ("並び", "ならび") and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "に"


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
    while j > k and doc[j].text in _TIME | _SPAN | {"毎年", "毎月", "月"}:
        j -= 1  # (「（5品目、累計250名）」: a span word is no name)
    if j > k and doc[j].text in ("を", "が", "は"):
        return None  # the bracket has its own object: read it as a clause
    if j == start - 1 and j > k and _nominal(doc[j]) and any(t.text in ("、", ",", "，") for t in doc[k + 1:j]):
        return None  # 「創業塾の開催（年1回、受講者15名）」: a count in the bracket with its own name
    if j > k and _nominal(doc[j]) and doc[j].text not in _SPAN and any(_nominal(doc[x]) for x in range(k + 1, j + 1)) \
            and not any(_is_number(x) for x in doc[k + 1:j + 1]) and k > 0 \
            and (doc[k - 1].text in UNITS | set(_COMPARATOR) or doc[k - 1].text in ("開催", "実施", "発行")) \
            and any(_is_number(x) for x in doc[max(0, k - 4):k]):
        # 「採択件数 年間15件以上（採択率60%）」「セミナー 年2回開催（各回参加者20名）」: after a count, a count
        # in brackets with a noun of its own before its number is named by that noun, not by what precedes
        return None
    if any(t.text in ("うち", "内") for t in doc[k + 1:start]) or (k > 0 and doc[k - 1].text in UNITS
                                                                  and k > 1 and _is_number(doc[k - 2])):
        return None  # 「20件（うち補助金活用 5件）」: a part of the count before the bracket, named inside
    floor = _floor(doc, k, quantities)
    idx = list(range(floor, k))
    while idx and (doc[idx[0]].text in "・「（(" or re.match(r"^[①-⑳]$", doc[idx[0]].text)):
        idx = idx[1:]
    return idx or None


def _before_qualifiers(doc, k: int, floor: int) -> int:
    """The index of the word before the qualifiers that end at k, going left: particles and
    spans of time, a denominator (「支援先1社あたり」), a frequency (「四半期ごとに」) and a
    bracket that holds only a span (「（5年間累計）」)."""
    while k >= floor:
        t = doc[k]
        if t.pos_ == "ADP" or t.text in _TIME or t.text in _SPAN:
            k -= 1
            while k >= floor and _is_number(doc[k]) and t.text in _TIME:
                k -= 1  # 「5年間で」
        elif t.text in _PER_UNIT:
            k -= 1
            while k >= floor and (doc[k].text in UNITS or _is_number(doc[k])):
                k -= 1
            while k >= floor and _nominal(doc[k]) and not doc[k].whitespace_:  # 「支援先1者あたり」, not 「額 1社」
                k -= 1
        elif t.text in ("ごと", "毎") and k - 1 >= floor and _nominal(doc[k - 1]):
            k -= 2
        elif t.text in (")", "）"):
            opening = next((j for j in range(k - 1, floor - 1, -1) if doc[j].text in ("(", "（")), None)
            inside = doc[opening + 1:k] if opening is not None else []
            if opening is None or not all(w.text in _TIME | _SPAN or _is_number(w) or w.pos_ == "ADP"
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
        if _BASE.match("".join(t.text for t in doc[k:start])):
            first = k  # the longest base: 「令和6年度比」, not 「年度比」
    return first


def _labelled(doc, start: int) -> list[int] | None:
    """A table-like line: 「経営計画策定件数：30件」 (the name before the colon) and
    「指標：経営計画策定件数 目標値：30件」 (the name before the goal's label)."""
    k = start - 1
    while k >= 0 and doc[k].text in _SPAN | _TIME:
        k -= 1
    if k >= 0 and doc[k].text in _PER_UNIT:  # 「獲得件数：1社あたり2件」: a denominator after the colon
        k -= 1
        while k >= 0 and (doc[k].text in UNITS or _is_number(doc[k]) or re.match(r"\d", doc[k].text)):
            k -= 1
    if k < 1 or doc[k].text not in (":", "："):
        return None
    k -= 1
    if doc[k].text in _GOAL_LABELS:
        k -= 1
        while k >= 0 and (doc[k].is_space or doc[k].text in ("、", ",", "，")):
            k -= 1
    if k < 0 or not _nominal(doc[k]):
        return None
    floor = k
    while floor > 0 and doc[floor - 1].text not in (":", "：", "。", "、") and not doc[floor - 1].is_space:
        floor -= 1
    chain = _chain_left(doc, k, floor)
    if not chain or "".join(doc[i].text for i in chain) in _GOAL_LABELS | {"目標", "指標", "項目"}:
        return None  # 「目 標:450社…」: a label with no name before it
    return _extend_left(doc, chain, floor)


def _adjectival_noun(tok) -> bool:
    """A kanji 形状詞 (「新規」「主要」), a word names are made of as nouns are."""
    return tok.tag_.startswith("形状詞") and bool(re.fullmatch(r"[一-龥]+", tok.text))


def _adnominal_before(doc, start: int, floor: int) -> list[int]:
    """「地域内での10人以上の雇用創出」: a の-phrase before a count named after it modifies that name
    (the count stands between the two): its indices, or none."""
    k = start - 1
    if k - 1 < floor or doc[k].text != "の":
        return []
    j = k - 1
    if doc[j].text in ("で", "へ", "と", "から", "まで", "に") and doc[j].pos_ == "ADP":
        j -= 1
    chain = _chain_left(doc, j, floor) if j >= floor and _nominal(doc[j]) else []
    return [*chain, *range(j + 1, k + 1)] if chain else []


def _share_doing(doc, start: int, end: int, floor: int) -> list[int]:
    """「…のうち、8割以上が事業計画を策定する」: a share with nothing named before it, subject of a
    clause, measures what the clause says is done (its object and verb, 「事業計画を策定」)."""
    if end + 3 < len(doc) and doc[end + 1].text == "の" and doc[end + 3].text == "が" \
            and doc[end + 2].text in ("事業者", "企業", "者", "事業所", "店舗"):
        end += 2  # 「7割以上の事業者が計画を実行に移す」: the population the share is of, said again
    if any(doc[i].text not in _BOUNDARY for i in range(floor, start)) or end + 2 >= len(doc) \
            or doc[end + 1].text != "が" or not any(t.text in ("%", "％", "割") for t in doc[start:end + 1]):
        return []
    k = end + 2
    while k < len(doc) and doc[k].pos_ != "VERB" and doc[k].text not in _BOUNDARY:
        k += 1
    if k >= len(doc) or doc[k].pos_ != "VERB" or not any(t.text == "を" for t in doc[end + 2:k]):
        return []
    return list(range(end + 2, k + 1))


def _share_of(doc, start: int, end: int, floor: int) -> list[int]:
    """「事業計画の策定率を、巡回訪問先の3割以上とする」: a share said of a population (「Yの」 right before
    it) when an object with を comes before that population measures the object: its indices, or none."""
    if start < 2 or doc[start - 1].text != "の" or not _nominal(doc[start - 2]) \
            or not any(t.text in ("%", "％", "割") for t in doc[start:end + 1]):
        return []
    k = start - 2  # (「売上高を、コロナ前（令和元年度）の水準の100%まで」: nouns, の and brackets to the を)
    while k >= floor and (_nominal(doc[k]) or _is_number(doc[k]) or doc[k].text in ("の", "(", ")", "（", "）")):
        k -= 1
    population = k < start - 2
    if k >= floor and doc[k].text in ("、", ",", "，"):
        k -= 1
    if not population or k - 1 < floor or doc[k].text != "を" or not _nominal(doc[k - 1]):
        return []
    chain = _chain_left(doc, k - 1, floor)
    return _extend_left(doc, chain, floor) if chain else []


def _achieved(doc, k: int) -> bool:
    """Whether the noun chain at k is only a word of achievement (「の達成」, see _ACHIEVE)."""
    return "".join(doc[i].text for i in _chain_right(doc, k)) in _ACHIEVE


def _name_span(doc, start: int, end: int, quantities: list[tuple[int, int]]) -> list[int]:
    """Token indices of what the quantity doc[start:end+1] measures."""
    start = _before_base(doc, start)
    counted_first = end + 2 < len(doc) and doc[end + 1].text == "の" and _nominal(doc[end + 2]) \
        and not _achieved(doc, end + 2) and not _names_next(doc, end + 2)
    labelled = None if counted_first else _labelled(doc, start)  # 「目標：18社の出展支援」: named after
    if labelled:
        return labelled
    floor = _floor(doc, start, quantities)
    prev = doc[start - 1] if start > 0 else None
    doing = _share_doing(doc, start, end, floor) or _anaphor(doc, start) or _share_of(doc, start, end, floor)
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
    if words[:2] == ["に", "対する"] or words[:4] == ["に", "対し", "て", "の"]:
        after += 1 if words[1] == "対する" else 3  # 「125社に対しての利益目標の達成」: to the の
        if _nominal(doc[after + 1]) if after + 1 < len(doc) else False:
            return _chain_right(doc, after + 1)
    if words[:2] == ["に", "対し"]:  # 「小規模事業者50者以上に対して、経営分析を実施する」: the count of
        k = after + (3 if words[2:3] == ["て"] else 2)  # those an action is done for names the action
        k += 1 if k < len(doc) and doc[k].text in ("、", ",", "，") else 0
        right = _chain_right(doc, k) if k < len(doc) and _nominal(doc[k]) else []
        if right and right[-1] + 1 < len(doc) and doc[right[-1] + 1].text == "を":
            return right
    if after + 1 < len(doc) and doc[after].text == "の" and _nominal(doc[after + 1]) and not _achieved(doc, after + 1) \
            and not _names_next(doc, after + 1):
        # 「18社の出展支援」: the count comes first
        return _adnominal_before(doc, start, floor) + _chain_right(doc, after + 1)
    named_before = prev is not None and prev.text in _TIME | _SPAN and \
        _before_qualifiers(doc, start - 1, floor) >= floor and _nominal(doc[_before_qualifiers(doc, start - 1, floor)])
    if after < len(doc) and _nominal(doc[after]) and not _is_number(doc[after]) and not named_before and \
            (prev is None or not _nominal(prev) or prev.text in _TIME | _SPAN):
        # 「年間4回発行」 (but 「販路開拓セミナー 年1回開催」 is named before its span), not the name of
        # the next count (「15件 創業者数 年間5人」)
        right = _chain_right(doc, after)
        nxt = right[-1] + 1
        while nxt < len(doc) and doc[nxt].text in _SPAN | _TIME:
            nxt += 1
        if not (nxt < len(doc) and _is_number(doc[nxt])):
            return [i for i in right if doc[i].text not in _SPAN]
    if prev is not None and prev.text in _PER_UNIT:
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
    if prev is not None and (prev.text in _PER_UNIT or prev.text in (")", "）")):
        k = _before_qualifiers(doc, start - 1, floor)  # 「新規取引件数を支援先1者あたり2件」「件数（5年間累計）300件」
        if k < start - 1 and k >= floor and _nominal(doc[k]):
            chain = _chain_left(doc, k, floor)  # (「商談会での商談件数 1社当たり4件」: 商談会 hung on the count)
            return _extend_left(doc, chain, floor, range(k + 1, end + 1)) if chain else []
    quantity = range(start, end + 1)
    back = start - 1  # 「現状の5人から年間8人に」: the end point of a change is read from its predicate
    while back >= floor and doc[back].text in _SPAN:
        back -= 1
    if back >= floor and doc[back].text == "から":
        prev = doc[back]
    # (「うち新規10件」: a kanji 形状詞 such as 新規 names a part as a noun does)
    if (prev is not None and start - 1 >= floor and (_nominal(prev) or _adjectival_noun(prev))
            and prev.text not in _TIME | _SPAN) \
            or (prev is not None and prev.text in ("延べ", "約", "累計", "合計", "計", "毎回", "月間")
                and start - 2 >= floor and _nominal(doc[start - 2]) and doc[start - 2].text not in _SPAN):
        chain = _chain_left(doc, start - 1, floor)
        return _extend_left(doc, chain, floor, quantity) if chain else []
    if prev is not None and prev.text in _TIME | {"年間", "毎年", "毎月", "毎回", "月"}:
        # 「共同出展を年2回」: a frequency of what comes before it
        k = start - 2  # (「事業者数を、毎年40者」: a comma after the particle too)
        while k >= floor and (doc[k].pos_ == "ADP" or doc[k].text in _TIME or doc[k].text in ("、", ",", "，")):
            k -= 1
        k = _before_qualifiers(doc, k, floor)
        if k >= floor and _nominal(doc[k]):
            chain = _chain_left(doc, k, floor)
            if chain and doc[k + 1:k + 2].text == "で" and chain[0] - 2 >= floor and doc[chain[0] - 1].text == "を" \
                    and _nominal(doc[chain[0] - 2]):
                # 「調査結果をホームページで年4回公表する」: a means (「…で」) between the object and the frequency
                k = chain[0] - 2
                chain = _chain_left(doc, k, floor)
            return _extend_left(doc, chain, floor, quantity) if chain else []
    doing = _frequency_of(doc, end) or _achieved_in(doc, end, prev)
    if doing:
        return doing
    # after a particle (「企業割合が30%以上」): the subject the number is predicated of
    subject = None
    for tok in doc[start:end + 1]:
        cands = [c for c in tok.head.children if c.dep_ in ("nsubj", "obj", "nmod") and c.i < start and c.i >= floor
                 and _nominal(c) and (c.text not in _TIME | _SPAN  # not 「5年間で」 (but 「…の合計を」)
                                      or (c.text in _SUM and doc[c.i + 1:c.i + 2].text in ("を", "が", "は")))
                 and not (c.i > 0 and _is_number(doc[c.i - 1]))]  # nor another count (「5人から8人に」)
        if cands:
            subject = cands[-1]
            break
    spanned = prev is not None and (prev.pos_ == "ADP" or prev.text in _SPAN) and any(
        t.text in _TIME for t in doc[_before_qualifiers(doc, start - 1, floor) + 1:start])  # 「5年間で累計」
    qualified = _before_qualifiers(doc, start - 1, floor)
    # 「ECサイトの新規開設支援数 5年間累計20件」: a name right before its span, no particle between,
    # is the name whatever the parser takes for the subject (there: ECサイト)
    glued = spanned and qualified >= floor and _nominal(doc[qualified]) \
        and not any(t.text in ("を", "が", "は") for t in doc[qualified + 1:start])
    if (subject is None or glued) and prev is not None and (prev.text in _PER_UNIT or spanned):
        k = qualified  # 「マッチング件数 5年間で10件」
        chain = _chain_left(doc, k, floor) if k >= floor and _nominal(doc[k]) else []
        if chain:  # (a modifier the parser hangs on the span is the name's)
            return _extend_left(doc, chain, floor, range(k + 1, end + 1))
    if subject is None and prev is not None and prev.text == "から":
        k = back - 1  # 「事業者数を令和6年度の10者から30者に」: the name is before the baseline
        while k >= floor and (doc[k].text in UNITS or _is_number(doc[k]) or doc[k].text in _SPAN | _TIME):
            k -= 1
        while k >= floor and (doc[k].text in ("の", "年度", "令和", "平成", "現状", "前年", "前年度", "基準", "実績")
                              or _is_number(doc[k]) or doc[k].pos_ == "ADP"):
            k -= 1
        if k >= floor and _nominal(doc[k]):
            chain = _chain_left(doc, k, floor)
            return _extend_left(doc, chain, floor) if chain else []
    if subject is None and prev is not None and prev.pos_ == "ADP" and start - 2 >= floor:
        subject = doc[start - 2]
    if subject is None:
        goal = next((t.i for t in doc[:start] if t.text == "目標"), None)  # 「X 目標として15者を…」
        if goal is not None and goal > 0:
            return _chain_left(doc, goal - 1, _floor(doc, goal - 1, quantities))
        topic = next((t.i for t in reversed(doc[:start]) if t.text == "は" and t.i > 0 and _nominal(doc[t.i - 1])),
                     None)  # 「事業所訪問は、…月20回、年間240回」: what the sentence is about
        return _chain_left(doc, topic - 1, 0) if topic is not None else []
    last = subject.i  # 「景況感DIを」: a compound's part after its head (the parser's head) ends the name
    while last + 1 < start and _nominal(doc[last + 1]) and not doc[last].whitespace_ \
            and doc[last + 1].head.i == subject.i and doc[last + 1].dep_ == "compound":
        last += 1
    chain = _chain_left(doc, last, floor)
    return _extend_left(doc, chain, floor, quantity) + _gloss(doc, last, start, formula=True) if chain else []


def _gloss(doc, k: int, limit: int, formula: bool = False) -> list[int]:
    """「労働生産性（付加価値額／従業員数）を」「成約率（商談件数に占める成約件数の割合）」: a bracket right after a
    name's last word, with no number in it, glosses the name (a formula, a definition) and is part of it:
    its indices (up to ``limit``), or none. Inside a sentence (``formula``) only a bracket of nouns and signs
    is (「割合（支援先全体に対する比率）を30%」: a clause in brackets is an aside)."""
    if k + 1 >= limit or doc[k + 1].text not in ("(", "（") or doc[k].whitespace_:
        return []
    close = next((j for j in range(k + 2, limit) if doc[j].text in (")", "）")), None)
    inside = doc[k + 2:close] if close is not None else []
    def counted(w) -> bool:  # a number with a counter; 「（創業計画策定後1年以内の開業）」: a span, glossing
        return (_is_number(w) or bool(re.search(r"\d", w.text))) \
            and doc[w.i + 1:w.i + 2].text not in _TIME | {"か月", "ヶ月", "カ月"}

    if close is None or not len(inside) or any(counted(w) for w in inside) \
            or all(w.text in _TIME | _SPAN or w.pos_ == "ADP" or _is_number(w) for w in inside) \
            or (formula and any(re.search(r"[ぁ-ん]", w.text) for w in inside)):
        return []  # (「件数（5年間累計）300件」「（累計）」: a span, no gloss)
    return list(range(k + 1, close + 1))


def _gloss_before(doc, start: int, floor: int) -> list[int]:
    """「成約率（商談件数に占める成約件数の割合） 20%」: a name glossed by a bracket, then its value (a span word
    between: 「…（…の開業） 年間5件」) (see _gloss)."""
    close = start - 1
    while close >= floor and doc[close].text in _SPAN | _TIME:
        close -= 1
    if close < 2 or doc[close].text not in (")", "）"):
        return []
    opening = next((j for j in range(close - 1, floor - 1, -1) if doc[j].text in ("(", "（")), None)
    if opening is None or opening - 1 < floor or not _nominal(doc[opening - 1]):
        return []
    inside = doc[opening + 1:close]
    gloss = _gloss(doc, opening - 1, close + 1) == list(range(opening, close + 1))
    # 「セミナー満足度（5段階評価で4以上の割合） 80%」: numbers with no counter, not a span: an aside, no name
    aside = any(_is_number(w) for w in inside) and not any(
        _is_number(w) and doc[w.i + 1:w.i + 2].text in UNITS | _TIME for w in inside)
    if not (gloss or aside):
        return []
    chain = _chain_left(doc, opening - 1, floor)
    return _extend_left(doc, chain, floor) + (list(range(opening, close + 1)) if gloss else []) if chain else []


def _direction(words: list[str]) -> str | None:
    return "increase" if any(t in _INCREASE for t in words) else \
        "decrease" if any(t in _DECREASE for t in words) else None


def _direction_from(doc, start: int, end: int) -> str | None:
    """「現状の5%から3%に低下させる」「10者から30者に増やす」: the end point of a change from a
    baseline (「…から」 before it) takes the change's direction from the verb after its 「に」; 「Nに
    引き上げる」 says the level to reach, no direction (as 「20%まで引き上げる」)."""
    if start == 0 or doc[start - 1].text != "から" or doc[end + 1:end + 2].text not in ("に", "へ", "まで"):
        return None
    words = [w for t in doc[end + 2:end + 4] for w in (t.text, t.lemma_)]
    return None if _LEVEL & set(words) else _direction(words)


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
    if re.search(r"年間|毎年|年$|/年", before) or re.search(r"[/／]年", doc[start:end + 3].text.replace(" ", "")):
        return "year"
    previous = max((e for _, e in quantities if e < start), default=-1)
    # 「毎年」「毎年度」「各年度」「年率」「1年あたり」「年度ごと」 earlier in the clause: per year
    if re.search(r"毎年|各年|年率|\d年(?:あたり|当たり|当り)|年度?ごと|年間を通じ",
                 doc[previous + 1:start].text.replace(" ", "")):
        return "year"
    # 「（5年間合計）」「本計画期間における…件数」
    return "plan" if re.search(r"\d年間(?:で|合計)|期間中|計画期間(?:内|における|での)|累計", text) else None


def _bare_after(doc, end: int, start: int) -> bool:
    """Whether only a span of time, punctuation or a bracket stands between two quantities
    (「月40件、年間480件」): the second one counts the same thing over another span."""
    between = doc[end + 1:start]

    def spans_time(t) -> bool:  # 「（5年間で200件）」: a number of years and its particle are a span too
        return (_is_number(t) and t.i + 1 < len(doc) and doc[t.i + 1].text in _TIME) \
            or (t.text in ("で", "に", "ごと", "毎") and t.i > 0 and doc[t.i - 1].text in _TIME | {"ごと"})

    if not len(between) and doc[end].whitespace_:
        return True  # 「事業計画策定事業者数 10者 12者 15者」: a 別表1 row copied as text, one value a year

    # (「創業者向け個別相談 月1回開催（年12回）」「毎年15名確保し、5年間で75名」: the holding or
    # securing said between the two is no other name)
    return bool(len(between)) and all(t.is_space or t.text in _BOUNDARY or t.text in _TIME | _SPAN or t.text in "×✕"
                                      or t.text in ("開催", "実施", "発行", "確保", "達成", "し")
                                      or t.text in ("年", "月", "毎月", "毎年") or spans_time(t) for t in between)


def _restated(doc, end: int, start: int) -> bool:
    """「年2回（各回20名）」「年間10事業所（延べ20回）」「年間1,200件（経営指導員1人当たり300件）」: a bracket right
    after a count holding only span words or a denominator before its number counts the same thing (in
    another unit or over another span)."""
    between = list(doc[end + 1:start])
    if not between or between[0].text not in ("(", "（"):
        return False
    rest = between[1:]
    per = next((n for n, t in enumerate(rest) if t.text in _PER_UNIT), None)
    if per is not None:
        one_token = per >= 1 and re.fullmatch(r"\d+\D{1,3}", rest[per - 1].text)  # (「1人」 may be one token)
        if not one_token and (per < 2 or not _is_number(rest[per - 2]) or rest[per - 1].text not in UNITS):
            return False
        rest = rest[per + 1:]  # (the denominator and the noun it is of)
    return all(t.text in _SPAN | _TIME | {"毎年", "毎月"} for t in rest)


def indicators_of(doc, text: str) -> list[Indicator]:
    # 「令和7年度の実績値は、経営分析件数38件、…21件であった。」: what was done, a report, no target
    if re.search(r"実績値?は.*(?:であった|だった|となった)。?$", doc.text):
        return []
    out: list[Indicator] = []
    spans: list[tuple[int, list[int]]] = []
    quantities_read: list[tuple[int, int]] = []  # (start, end) of each indicator in ``out``
    quantities = _quantities(doc)
    for start, end in quantities:
        number_end = start
        while number_end + 1 <= end and _is_number(doc[number_end + 1]) and not doc[number_end].whitespace_:
            number_end += 1
        raw = "".join(t.text for t in doc[start:number_end + 1]).replace(",", "")
        multiplier = next((m for m in _MULTIPLIER if raw.endswith(m)), "")
        try:
            value = to_number(raw.removesuffix(multiplier))
        except ValueError:
            continue
        if value is None:  # beyond any count or amount of a plan: the statement keeps its text
            continue
        ranged = any(t.text in _RANGE for t in doc[number_end + 1:end + 1])
        unit_at = number_end + 1
        while ranged and unit_at <= end and (_is_number(doc[unit_at]) or doc[unit_at].text in _RANGE):
            unit_at += 1
        unit = doc[unit_at].text if unit_at <= end and doc[unit_at].text in UNITS else None
        if multiplier and unit == "円":
            unit = multiplier + "円"
        elif multiplier:
            value = to_number(str(value * _MULTIPLIER[multiplier]))
            if value is None:
                continue
        tail = [t.text for t in doc[unit_at:end + 1]] + [t.lemma_ for t in doc[unit_at:end + 1]]
        previous = quantities[len(spans) - 1] if spans else None
        # 「受講者数 20名×年3回」: a product, the count per time and the times, both of the name before
        times = previous is not None and any(t.text in ("×", "✕") for t in doc[previous[1] + 1:start])
        if previous is not None and spans[-1][1] and (out[-1].unit == ("%" if unit == "％" else unit) or times
                                                      or _restated(doc, previous[1], start)) \
                and (_bare_after(doc, previous[1], start) or _restated(doc, previous[1], start)):
            span = spans[-1][1]  # 「窓口相談件数 月40件、年間480件」「…を月1回（年12回）」: the same name
        else:
            span = _name_span(doc, start, end, quantities)
        spans.append((start, span))
        quantities_read.append((start, end))
        per = _per(doc, start, end, quantities, text)
        out.append(Indicator(
            text=text, name=None, value=value,
            unit="%" if unit == "％" else unit,
            comparator=">=" if ranged else next((_COMPARATOR[t] for t in tail if t in _COMPARATOR), None),
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
                if m != n and (start in other_span or any(i in other_span for i in span)):
                    spans[m] = (other, [i for i in other_span if i > span[-1]])
    for ind, (_, span) in zip(out, spans, strict=True):
        name = _text(doc, span)
        ind.name = clean_text(name) if name else None
    # a quantity inside another one's name is a condition (「売上が5%以上増加した事業者の割合」);
    # a share of something else (「…の30%」) beside a count is not a target of its own
    counts = [ind for ind in out if ind.unit not in ("%", "割")]
    pairs = [(ind, start, span) for ind, (start, span) in zip(out, spans, strict=True)
             if not (ind.unit in ("%", "割") and counts and start > 0 and doc[start - 1].text == "の")]
    inside = {i for _, _, span in pairs for i in span}
    return [ind for ind, start, _ in pairs if start not in inside]

"""The words of KGI/KPI statements the indicator reader knows (counters, spans, comparators, words
of change, labels) and what it asks of a token of GiNZA's parse (a number, a noun, a current value)."""

from __future__ import annotations

import re

UNITS = {"%", "％", "社", "者", "件", "人", "名", "回", "日", "本", "店", "店舗", "事業者", "事業所", "割", "倍",
         "円", "万円", "千円", "億円", "時間", "か月", "ヶ月", "カ月", "ヵ月", "企業", "先", "ポイント",
         "品目", "団体", "組", "箇所", "か所", "ヶ所", "カ所", "ヵ所",  # counters of products, groups and places
         "人日",  # 「支援日数 年間60人日」: days of work of one person, the tagger's one word
         "分",  # 「平均待ち時間を20分短縮」: minutes (「3分の1」, a fraction, is no counter: see _quantities)
         "部", "枚", "冊",  # 「会報の発行部数 2,500部」「アンケート回収数 50枚」: copies and sheets
         "票", "口座", "品",  # 「回収数は500票」「新規取引口座 60口座」「新商品の開発件数 各年度2品以上」
         "商品", "泊",  # 「新商品数 6商品」「平均宿泊日数 1.5泊」 (点 is none: 「10点満点で8点以上の割合」)
         "会員",  # 「1,150会員の維持」: members
         "PV",  # 「ホームページ閲覧数 3,000PV」: page views
         "口"}  # 「福祉共済新規加入 20口」: units of a mutual aid scheme
# The counters as a pattern, longest first (a row's unit cell or bracket, an evaluation sheet's 単位 cell; 百万円 the
# tables' money unit, one word in a cell)
# (会員 counts right after a number only: 「三　会員の純増」 is a list's number and a noun)
UNIT_PATTERN = "(?:" + "|".join(sorted(map(re.escape, UNITS - {"会員"} | {"百万円"}), key=len, reverse=True)) + ")"
# 「5,000万円」「300千円」「2万人」: a numeral ending in a multiplier (the parser's one token); before
# 円 the multiplier is the unit's (万円, the plans' money unit), before any other counter a factor
MULTIPLIER = {"百万": 1_000_000, "万": 10_000, "千": 1_000, "億": 100_000_000}  # 「5百万円」: the tables' money unit
TIME = {"年", "年間", "年後", "ヵ年", "か年", "期", "週", "月", "四半期"}  # 「四半期ごとに50回」: a span
# Words between a name and its number that say over what span it counts (「事後指導回数延べ240回」,
# 「事業者数を累計30者」): not part of the name.
SPAN = {"年間", "毎年", "毎月", "毎回", "延べ", "累計", "約", "合計", "計", "月間"}  # 「閲覧数 月間1,000件」
# 「付加価値額の合計を」: a sum word followed by a particle is the head noun of a name, no span
SUM = {"合計", "累計"}
PER_UNIT = {"当り", "当たり", "あたり"}  # 「1社当り」: the denominator of a rate
COMPARATOR = {"以上": ">=", "以下": "<=", "以内": "<=", "未満": "<", "超": ">"}
INCREASE = {"増", "増加", "向上", "改善", "アップ", "拡大", "引き上げる", "引上げる", "上げる", "高める", "伸ばす",
             "増やす", "上昇", "延ばす", "延長", "増大"}
DECREASE = {"減", "減少", "短縮", "削減", "低減", "縮減", "引き下げる", "引下げる", "下げる", "減らす", "低下"}
# Words of a revision (「上方修正する」「見直す」「改める」), said after the new value and に/へ
REVISE = {"修正", "変更", "見直す", "見直し", "改める", "改定", "上方", "下方", "上方修正", "下方修正"}
LEVEL = {"引き上げる", "引上げる", "引き下げる", "引下げる"}  # 「40%から50%に引き上げる」: a level reached
APPROX = {"程度", "前後", "ほど"}  # 「30者程度」: said of the number, no part of any name
# 「広域経営指導員による分析」「地域に関する調査」: a verb in a fixed adnominal phrase (Nに…) before a name's noun
ADNOMINAL = {"よる", "おける", "関する", "対する", "係る", "向けた"}
CONJ = {"及び", "および", "並びに", "ならびに", "又は", "または"}  # 「…100人、及び個別相談件数を…」
RANGE = {"~", "〜", "～"}  # 「20～30件」: a range; its lower bound is the target
# 「新規創業者数5名の達成」「年2件の達成を目指す」: the count's achievement, said after it; the name
# stays before the number (「18社の出展支援」 is named after it)
ACHIEVE = {"達成", "実現", "確保", "維持"}  # (「1,150会員の維持」: a level kept, the same)
# 「記帳指導先数 新規10件、継続40件」: after a space, 新規/継続/既存 alone before a count names a part of the
# count, as 「うち新規10件」 does; the name before the space is the whole's
BREAKDOWN = {"新規", "継続", "既存"}
GOAL_LABELS = {"目標値", "目標", "目標件数", "目標数値", "計画値"}  # 「指標：X 目標値：30件」
# 「令和6年度比」「前年比」「基準年度比で」: the base a change is measured from, no part of the name
BASE = re.compile(r"^対?(?:(?:令和|平成)?\d*(?:年度|年)|前年度?|前期|基準年?度?|当初|現状)比で?$")  # 「対前年比」
BOUNDARY = {"、", "。", ":", "：", ",", "，", "・", "/", "／", "(", ")", "（", "）", "「", "」"}
KEPT_WITHIN = {"抑える", "抑制", "とどめる", "留める", "収める"}  # 「…を月10時間以内に抑える」
KANJI_DIGITS = {"〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# A fiscal year's label as a column or cell of a target row or a sheet says it: 「令和8年度」「R8」「H30年」「FY2026」
# 「2026年度」 (a regex without groups; indicator_rows and indicator_sheets read their year cells with it)
YEAR_LABEL = r"(?:(?:令和|平成|R|H|FY)\s*\d{1,4}\s*(?:年度|年)?|\d{4}\s*年度?)"


def glued_count(tok) -> bool:
    """「1人」「2人」: a number and its counter the tagger keeps as one word (ひとり, ふたり)."""
    return bool(re.fullmatch(r"\d+人", tok.text))


def is_number(tok) -> bool:
    # (「12,000千」: a numeral with its multiplier the tagger may call a symbol)
    return bool(re.fullmatch(r"\d[\d,.]*(?:百万|万|千|億)?", tok.text)) or glued_count(tok) \
        or (tok.pos_ == "NUM" and bool(re.search(r"\d", tok.text)))


def current(doc, k: int) -> bool:
    """Whether the words from k say a value is where things stand now (「25%にとどまる」「25%に
    とどまっている」): a current value, no target, and its clause no part of any name."""
    if doc[k:k + 1].text in ("(", "（"):  # 「28件（達成率93%）となった」: a bracket between the value and its verb
        k = next((t.i + 1 for t in doc[k:] if t.text in (")", "）")), k)
    if doc[k:k + 1].text == "に" and doc[k + 1:k + 2].lemma_ in ("とどまる", "留まる"):
        return True
    # 「策定件数は28件であった」「28件となった」: a result, past, no target
    # (「目標値は…40件であったが」: a target, said in the past, is none)
    if doc[k:k + 1].text in ("で", "と") and doc[k + 1:k + 2].lemma_ in ("ある", "なる") \
            and doc[k + 2:k + 3].text == "た":
        start = max((t.i for t in doc[:k] if t.text in ("。", "、")), default=-1) + 1
        return not any(t.text.startswith("目標") for t in doc[start:k])
    # 「令和6年度の実績は経営分析件数42件であり、」: a value the 実績/現状 of a clause is said to be
    if doc[k:k + 1].text == "で" and doc[k + 1:k + 2].lemma_ == "ある":
        start = max((t.i for t in doc[:k] if t.text in ("。", "、")), default=-1) + 1
        return any(t.text in ("実績", "現状", "現在") for t in doc[start:k])
    return False


def time_limit(doc, k: int) -> bool:
    """Whether the unit at k is a time limit (「3か月以内に」「7日以内で」): a condition inside a
    clause, neither a measure nor the end of a name."""
    # (「回答までの日数を5日以内に短縮する」: a limit a change reaches is the target, no condition)
    # (「残業時間を月10時間以内に抑える」: a limit a value is kept within is the target, the same)
    return doc[k:k + 1].text in ("か月", "ヶ月", "カ月", "ヵ月", "日", "時間") \
        and doc[k + 1:k + 3].text.replace(" ", "") in ("以内に", "以内で", "以内の") \
        and not (k + 3 < len(doc) and (change(doc[k + 3]) or doc[k + 3].lemma_ in KEPT_WITHIN))  # 「6か月以内の黒字化」


def change(tok) -> bool:
    """A word of change after a quantity, by its form or its lemma (「上げ、」 is 上げる)."""
    return bool({tok.text, tok.lemma_} & (INCREASE | DECREASE))


def nominal(tok) -> bool:
    """A word a name is made of: nouns, 「~」, and 数 (tagged a numeral: 「支援数」)."""
    return tok.pos_ in ("NOUN", "PROPN", "X") or (tok.pos_ == "SYM" and tok.text in "~〜～") \
        or (tok.pos_ == "NUM" and bool(re.fullmatch(r"[一-龥]+", tok.text)) and tok.text not in KANJI_DIGITS) \
        or glued_word(tok) \
        or (tok.text in KANJI_DIGITS and tok.i > 0 and tok.doc[tok.i - 1].text == "第")  # 「第二創業」: an ordinal


def glued_word(tok) -> bool:
    """A katakana or kanji word that the tagger misreads (「マル経」 as an adverb and a determiner,
    「参加者数」 as an adjective, 「出店数」 as an auxiliary): a noun when it ends in a measure (数, 率, 額) or
    is glued, with no space, to a noun that follows."""
    if tok.pos_ == "VERB" and re.fullmatch(r"[ァ-ヶー一-龥]+[数率額]", tok.text):
        return True  # (「DX推進セミナー参加者数 年間100名」: 参加者数 tagged a verb; no verb ends in a measure)
    if not re.fullmatch(r"[ァ-ヶー一-龥]+", tok.text) or tok.pos_ not in ("ADV", "DET", "ADJ", "AUX") \
            or tok.text in SPAN:
        return False  # (「毎回参加者20名」: a span word, 毎回 or 毎年, is no noun of a name)
    if re.search(r"[数率額]$", tok.text):
        return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return not tok.whitespace_ and nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") or glued_word(nxt))


def split_conj(tok) -> bool:
    """「並びに」 tokenized 並び + に: the conjunction joining two targets all the same."""
    return tok.text in ("並び", "ならび") and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "に"


def adjectival_noun(tok) -> bool:
    """A kanji 形状詞 (「新規」「主要」), a word names are made of as nouns are."""
    return tok.tag_.startswith("形状詞") and bool(re.fullmatch(r"[一-龥]+", tok.text))


# A connective that closes a chain of clauses (「…たため、」「…たが、」「…しており、」「…であり、」): what the chain
# says ends there; 「…し、」「…開催、」 go on to the next clause
_CHAIN_END = re.compile(r"(?:ため|ので|ものの|けれど(?:も)?|ところ|が|おり|ており|ていて|であり|となり|ことから)$")
# A chain ending in the past or in a state (「…71件へ増加したため」「…34日を要した」「…41.7%であり」「…にとどまった」)
# (「…約3割が後継者不在であることから」: a state said with である before ことから, the same)
_PAST = re.compile(r"(?:た|だった|であった|でした|ました|おり|ており|ていた|ている|ています|ておりました|であり|となり"
                   r"|である(?=こと)"
                   r"|おります)"
                   r"(?:ため|ので|ものの|が|けれど(?:も)?|ところ|ことから)?[。.!！]?$")
# Words that set a target (「…を目標とし」「…と定めて」「…とする」 as a predicate, a revision's verbs)
# (a decision of a meeting, 「…とする案が示され、了承された」, sets one too)
# (「目標どおりであった」「目標を達成した」「目標を上回った」: the target as the yardstick of a result aims at nothing)
_AIMED = re.compile(r"目標(?!どおり|通り|を(?:達成|上回|下回|クリア)|に(?:届か|達し))"
                    r"|目指|めざ|目安|見込|予定|想定|計画値|KPI|KGI|掲げ|定め|図る|承認|了承|決定"
                    r"|とする(?=[。、,，]|$|こと)|とします|とし(?:た|まし)|にし(?:た|まし)|ことと(?:なっ|し)|ことにし|図|計画し"
                    r"|とし[、,，]|こととし|修正|変更|見直|引き上げ|引き下げ|改め|設定"
                    r"|(?:する|とする)計画を(?:まとめ|策定)|目標を盛り込|[^\s、。]たい[」とも]", re.I)  # (newspapers)


def result_values(text: str) -> set[str]:
    """The numbers (digits, no commas) said in the statement's chains of clauses that end in the past or in a state and
    set no target (see result_clause): read on the text as written, before the rewrites that drop words of goal
    (「目標値400件に対し実績値423件となり」 keeps its 目標 here). A number's clause runs from the 、 before it to
    the end of its chain; the words of goal are looked for there, as result_clause does."""
    out: set[str] = set()
    for sentence in re.split(r"[。!！\n]", text):
        clauses = re.split(r"[、，]|,(?!\d{3})", sentence)
        for n, clause in enumerate(clauses):
            e = next((m for m in range(n, len(clauses)) if _CHAIN_END.search(clauses[m].strip())), len(clauses) - 1)
            # (「本年度の目標は、X 25件でしたが、実績は31件となりました」: a clause after the topic 目標は says the
            # target, in the past or not; 「…とする目標は、6割で達成した」: unless it says how the target fared)
            first = n - 1 if n and re.search(r"(?:目標|目標値|計画値)(?:は|が)\s*$", clauses[n - 1]) \
                and not re.search(r"達成|実績|結果|とどま|上回|下回|届か", clause) else n
            # (「X（目標：年間45件） 令和7年度は48件の策定を支援し、目標を達成した」: a bracket of goal words aims at
            # its own numbers only)
            aimed = [m for m in re.finditer(r"[(（][^()（）]*[)）]", clause) if _AIMED.search(m[0])]
            said = re.sub(r"[(（][^()（）]*[)）]", lambda m: "" if _AIMED.search(m[0]) else m[0],
                          "、".join(clauses[first:e + 1]))
            if _PAST.search(clauses[e].strip()) and not _AIMED.search(said):
                rest = "".join(clause[a:b] for a, b in zip([0, *(m.end() for m in aimed)],
                                                           [*(m.start() for m in aimed), len(clause)], strict=True))
                out |= {x.replace(",", "") for x in re.findall(r"\d[\d,.]*", rest)}
    # (「調査：年2回（目標2回）実施した」: a number said as a target in a bracket of goal words is the target's, said
    # again as done)
    aimed = {x.replace(",", "") for m in re.finditer(r"[(（][^()（）]*[)）]", text) if _AIMED.search(m[0])
             for x in re.findall(r"\d[\d,.]*", m[0])}
    return out - aimed


def result_clause(doc, start: int, end: int, results: set[str]) -> bool:
    """Whether the quantity doc[start:end + 1] is said in a chain of clauses that ends in the past or in a state and
    sets no target (「前年度の54件から71件へ増加したため、次年度は80件を目標とする」: the 71; 「令和6年度は平均34日を
    要した」; 「…は2回開催、売上は合計1,420千円であったため、」: both): a result or where things stand, no target.
    ``results``: the numbers so said in the text as written (result_values)."""
    if doc[start].text.replace(",", "") not in results:
        return False
    clause = max((t.i for t in doc[:start] if t.text in ("、", "。", ",", "，", "!", "！")), default=-1) + 1
    k = end + 1
    while k < len(doc) and doc[k].text not in ("。", "!", "！") and not (
            doc[k].text in ("、", ",", "，") and _CHAIN_END.search(doc[end + 1:k].text.replace(" ", ""))):
        k += 1
    said = doc[end + 1:k + 1].text.replace(" ", "").rstrip("、,，")
    return bool(_PAST.search(said)) and not _AIMED.search(doc[clause:k].text.replace(" ", ""))


def rate_achieved(target: float, result: float, rate: str) -> bool:
    """Whether ``rate`` (a percentage as printed) is the result over the target, the 達成率 of an evaluation sheet: to
    within one unit of its last printed digit (a rate is printed rounded or cut: 287/300 as 96, 95.7 or 95.66)."""
    places = len(rate.partition(".")[2])
    return target > 0 and abs(result / target * 100 - float(rate)) <= 10.0 ** -places

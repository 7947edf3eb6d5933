"""The name a quantity of a KGI/KPI statement measures, found on GiNZA's parse: the noun chain
before the number or the subject it is predicated of, with the modifiers it governs, cut at the
clause boundary; glosses, denominators, baselines, spans and labels left out. The parts it is made of:
name_chains (the noun chain and its clause), name_glosses (brackets), name_doings (counts named by what
is done), name_fallbacks (what names a count nothing names in its clause)."""

from __future__ import annotations

import re

from .indicator_words import (
    ACHIEVE,
    BASE,
    COMPARATOR,
    CONJ,
    GOAL_LABELS,
    PER_UNIT,
    SPAN,
    SUM,
    TIME,
    UNITS,
    adjectival_noun,
    is_number,
    nominal,
)
from .name_chains import chain_left, chain_right, clause_floor, extend_left, names_next, sum_head
from .name_doings import (
    DOING,
    achieved_in,
    adnominal_before,
    frequency_of,
    made_into,
    only_achievement,
    outcome_of,
    part_is,
    share_doing,
    share_of,
)
from .name_fallbacks import (
    FRAME,
    GOAL_KINDS,
    LEAD,
    NO_NAME,
    TIME_WORD,
    TRAIL,
    WHEN,
    anaphor_name,
    bare_goal,
    gloss_before,
    measure_said_before,
    topic_restated,
)
from .name_glosses import closing_gloss, gloss_after, gloss_after_name

_AREA = re.compile(r"(?:管|町|市|村|区|県|域|地区|地域|圏域|商店街)内(?:全域)?")


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
    # (「地域の経済動向調査（年1回、管内100事業所）」: an area (管内, 町内 …) before a count says where, no name of
    # its own)
    if q > k and nominal(doc[q]) and not _AREA.fullmatch(doc[q].text) \
            and (any(t.text in ("、", ",", "，") for t in doc[k + 1:q])
                 or (q - k >= 2 and not denominator and all(nominal(x) or x.text == "の" for x in doc[k + 1:q + 1]))):
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
    if k > 0 and re.fullmatch(r"(?:据え?置き|変更なし|維持|現状維持)", doc[k - 1].text):
        # 「事業承継計画策定数　当初目標：年2件　→　据え置き（年2件）」: a value kept, of the measure said before
        return measure_said_before(doc, start) or None
    done = 1 if k > 0 and doc[k - 1].text in ("開催", "実施", "発行") else 0
    before = next(((s, e) for s, e in quantities if e == k - 1 - done), None)
    if before is not None and not done and all(doc[i].text in TIME | SPAN | {"で", "に"} or is_number(doc[i])
                                               or BASE.match("".join(t.text for t in doc[k + 1:i + 1]))
                                               or (doc[i].text in ("+", "＋") and BASE.match(doc[k + 1:i].text))
                                               for i in range(k + 1, start)):
        # 「販売額 年間8,000万円（5年間で4億円）」: the count's own, over a span
        # (「…導入店舗 50店舗（前年比＋10店舗）」: or against a base, the same)
        return name_span(doc, *before, quantities)
    if done and q == k and before is not None:
        return name_span(doc, *before, quantities)  # 「会報を年6回発行（各号1,200部）」: each issue of what is issued
    if any(t.text in ("うち", "内") for t in doc[k + 1:start]) or (k > done and doc[k - 1 - done].text in UNITS
                                                                  and k > 1 + done and is_number(doc[k - 2 - done])):
        return None  # 「20件（うち補助金活用 5件）」: a part of the count before the bracket, named inside
    floor = clause_floor(doc, k, quantities)
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
    held_rest = "".join(doc[i].text for i in idx[topic + 1:]) if topic is not None else ""
    # (「金融斡旋件数は変更しない（年10件）」: nothing but the verb after the topic, the same)
    if topic is not None and (any(nominal(doc[i]) for i in idx[topic + 1:])
                              or re.fullmatch(r"(?:変更なし|変更しない|据え置き|維持|現状維持|同じ)", held_rest)):
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


def _before_qualifiers(doc, k: int, floor: int) -> int:
    """The index of the word before the qualifiers that end at k, going left: particles and
    spans of time, a denominator (「支援先1社あたり」), a frequency (「四半期ごとに」) and a
    bracket that holds only a span (「（5年間累計）」)."""
    while k >= floor:
        t = doc[k]
        if (t.pos_ == "ADP" or t.text in TIME or t.text in SPAN) and not sum_head(doc, k):
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
        k -= 1 if k >= 1 and doc[k].text == "の" else 0  # (「火災共済掛金の目標：」: the goal of the name before)
    glossed: list[int] = []
    if k > 0 and doc[k].text in (")", "）"):
        # 「経営分析件数（財務分析を含む）：年100件」: a gloss glued to the name before the colon is the name's
        opening = next((j for j in range(k - 1, -1, -1) if doc[j].text in ("(", "（")), None)
        if opening is not None and opening > 0 \
                and gloss_after_name(doc, opening - 1, k + 1) == list(range(opening, k + 1)):
            glossed, k = list(range(opening, k + 1)), opening - 1
    if k < 0 or not nominal(doc[k]):
        return None
    floor = k
    # (「次年度の目標 巡回訪問件数：1,200件」「◎重点事業 地域ブランド商品の販売額：2,000万円」: a heading before a
    # space labels the line, no part of the name; 「目 標：」: a word's letters spread out are one word)
    # (「売上高増加率 3%以上（前年比）を達成した支援先事業者数：」: a space before a condition's number, no heading)
    while floor > 0 and doc[floor - 1].text not in (":", "：", "。", "、") and not doc[floor - 1].is_space \
            and not (doc[floor - 1].whitespace_ and len(doc[floor - 1].text) > 1 and not is_number(doc[floor])):
        floor -= 1
    chain = chain_left(doc, k, floor)
    if not chain or "".join(doc[i].text for i in chain) in GOAL_LABELS | {"目標", "指標", "項目"}:
        return None  # 「目 標:450社…」: a label with no name before it
    return extend_left(doc, chain, floor) + glossed


def name_span(doc, start: int, end: int, quantities: list[tuple[int, int]]) -> list[int]:
    """Token indices of what the quantity doc[start:end+1] measures, its frame (see FRAME) left out."""
    whole = span = _name_span(doc, start, end, quantities) or gloss_after(doc, end) or closing_gloss(doc, end)
    if bare_goal(doc, start):
        whole = span = measure_said_before(doc, start) or span
    same = [(s, e) for s, e in quantities if e < start and doc[e].text == doc[end].text]
    if same and "".join(doc[i].text for i in span).strip("「『") in ("同", "同左", "同上"):
        # 「目標「新規販路開拓件数30件」を「同40件」に」「旧）X 10品目 新）同左 15品目」: 同 (the same) names the value
        # by the name of the last of its unit
        return name_span(doc, *same[-1], quantities)
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
    if not span or _no_name(doc, span):
        # (「…、次年度は15件を目標とする」: a year said as the topic names nothing)
        said = measure_said_before(doc, start)
        counted = next((k for k in range(start - 2, -1, -1) if is_number(doc[k]) and doc[k + 1].text == doc[end].text
                        and doc[k + 1].text in UNITS), None)
        if (not said or _no_name(doc, said)) and counted is not None:
            # 「巡回訪問を延べ612回実施した（目標600回）」「…経営分析を72件実施しました。目標の60件を上回る」: nothing
            # naming it, a count after a count of the same unit (a result, read or not) is of the same measure
            said = name_span(doc, counted, counted + 1, quantities)
        whole = span = said or span
    # (「この観光客をターゲットとした…」「その販売額」: a demonstrative pointing back opens no name)
    while span and (doc[span[0]].text in ("なお", "また", "さらに", "このほか", "その他", "加えて", "、", ",", "，",
                                          "→", "⇒", "上限", "下限")
                    or (doc[span[0]].text in ("この", "その") and len(span) > 1 and doc[span[1]].text != "他")):
        span = span[1:]  # (「なお、昨年度の事業計画策定は」: a word joining the sentence to the last opens no name)
    frame = FRAME.match("".join(doc[i].text for i in span))
    if frame:
        length = 0
        while span and length + len(doc[span[0]].text) <= frame.end():
            length += len(doc[span[0]].text)
            span = span[1:]
    span = _cut_ends(doc, span)
    if len(span) > 1 and doc[span[-1]].text == "対象" and doc[span[-2]].text == "を" \
            and doc[span[-1] + 1:span[-1] + 2].text in ("に", "と"):
        # 「需要動向調査は、地元特産品を扱う事業者5社を対象に年2回実施する」: whom a doing is for names nothing; the
        # topic done names its frequency
        topic = next((t.i for t in reversed(doc[:span[0]]) if t.text == "は" and t.i > 0 and nominal(doc[t.i - 1])),
                     None)
        chain = chain_left(doc, topic - 1, clause_floor(doc, topic - 1)) if topic is not None else []
        if chain:
            return extend_left(doc, chain, clause_floor(doc, topic - 1))
    opening = max((n for n, i in enumerate(span) if doc[i].text in ("「", "『")), default=None)
    if opening is not None and not any(doc[i].text in ("」", "』") for i in span[opening:]) \
            and opening + 1 < len(span):
        span = span[opening + 1:]  # 「新たに「DX導入支援 30社」を目標に」: quoted with its value, the name starts in it
    if len(span) > 2 and TIME_WORD.fullmatch(doc[span[-1]].text) and doc[span[-2]].text in ("、", ",", "，"):
        span = span[:-2]  # 「持続化補助金の申請サポート、今年度の目標は30件」: the year after the name, no part of it
    while len(span) > 1 and doc[span[0]].pos_ in ("VERB", "AUX") and re.fullmatch(r"[ぁ-ん]+", doc[span[0]].text):
        span = span[1:]  # (「当所が目標とする経営分析件数」: a clause cut from its subject and object opens no name)
    return span if span and any(nominal(doc[i]) for i in span) else whole


def _cut_ends(doc, span: list[int]) -> list[int]:
    """The span without what opens it and is no name (LEAD) and what closes it and is none (TRAIL), whole words."""
    # (「販路開拓支援を受けた事業者1者当たりの新規取引による売上増加額」: a denominator with its noun and all that
    # modifies it, said with の before the name, is none of it; 「従業員1人当たりの売上高を5%向上させた事業者数」:
    # inside the name's clause, with its own object, it is the clause's)
    per = max((n for n, i in enumerate(span[:-2]) if doc[i].text in PER_UNIT and doc[span[n + 1]].text == "の"
               and span[n + 1] == i + 1), default=None)
    if per is not None and per > 0 and not any(doc[i].text in ("を", "が") for i in span[per + 2:]) \
            and any(nominal(doc[i]) for i in span[per + 2:]):
        span = span[per + 2:]
    words = "".join(doc[i].text for i in span)
    lead = LEAD.match(words)
    length = 0
    while lead and span and length + len(doc[span[0]].text) <= lead.end():
        length += len(doc[span[0]].text)
        span = span[1:]
    words = "".join(doc[i].text for i in span)
    trail = TRAIL.search(words)
    length = 0
    while trail and span and length + len(doc[span[-1]].text) <= len(words) - trail.start():
        length += len(doc[span[-1]].text)
        span = span[:-1]
    while trail and span and doc[span[-1]].text in ("、", ",", "，"):
        span = span[:-1]  # (「…申請サポート、今年度の目標は」: the comma before the time cut)
    return span


def _no_name(doc, span: list[int]) -> bool:
    """Whether the words found for a name name nothing (see NO_NAME)."""
    return NO_NAME.fullmatch(re.sub(r"^[、,，\s]+", "", "".join(doc[i].text for i in span))) is not None


def _name_span(doc, start: int, end: int, quantities: list[tuple[int, int]]) -> list[int]:
    """Token indices of what the quantity doc[start:end+1] measures."""
    start = _before_base(doc, start)
    # (「売上高1,000万円未満の小規模事業者への支援割合を、全体の6割以上」: a threshold before の, another quantity
    # after it and the noun after の modifying a further one (への, の), is a condition of the class of things the
    # later one measures, not a count of them; 「20者以上の事業計画策定を支援し、…8割以上」 counts)
    threshold = doc[end].text in COMPARATOR and any(s > end for s, _ in quantities) and end + 2 < len(doc) \
        and doc[end + 1].text == "の" and bool(chain_right(doc, end + 2)) \
        and doc[chain_right(doc, end + 2)[-1] + 1:chain_right(doc, end + 2)[-1] + 2].text in ("へ", "に", "の", "で")
    counted_first = end + 2 < len(doc) and doc[end + 1].text == "の" and nominal(doc[end + 2]) \
        and not only_achievement(doc, end + 2) and not names_next(doc, end + 2) and not threshold
    topic = topic_restated(doc, start, end) if counted_first else []
    if topic:
        return topic
    labelled = None if counted_first else _labelled(doc, start)  # 「目標：18社の出展支援」: named after
    if labelled:
        return labelled
    floor = clause_floor(doc, start, quantities)
    prev = doc[start - 1] if start > 0 else None
    doing = outcome_of(doc, start, end, floor) or share_doing(doc, start, end, floor) or anaphor_name(doc, start) \
        or share_of(doc, start, end, floor) \
        or made_into(doc, start, end, floor) or part_is(doc, start, end, floor)
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
        top = clause_floor(doc, start)
        said = max((i for i in range(top + 1, start) if doc[i].text in ("を", "は") and nominal(doc[i - 1])),
                   default=None)
        chain = chain_left(doc, said - 1, top) if said is not None else []
        if chain:
            return extend_left(doc, chain, top)
    if after + 1 < len(doc) and doc[after].text == "の" and doc[after + 1].text in ("「", "『"):
        close = next((t.i for t in doc[after + 2:] if t.text in ("」", "』")), None)
        if close is not None:  # 「100件の「稼ぐ力」相談をめざす」: a quoted name after the count, the same as a noun
            return adnominal_before(doc, start, floor) + list(range(after + 1, close + 1)) + (
                chain_right(doc, close + 1) if close + 1 < len(doc) and nominal(doc[close + 1]) else [])
    if words[:2] == ["に", "対する"] or words[:4] == ["に", "対し", "て", "の"]:
        after += 1 if words[1] == "対する" else 3  # 「125社に対しての利益目標の達成」: to the の
        if nominal(doc[after + 1]) if after + 1 < len(doc) else False:
            return chain_right(doc, after + 1)
    if words[:2] == ["に", "対し"]:  # 「小規模事業者50者以上に対して、経営分析を実施する」: the count of
        k = after + (3 if words[2:3] == ["て"] else 2)  # those an action is done for names the action
        k += 1 if k < len(doc) and doc[k].text in ("、", ",", "，") else 0
        right = chain_right(doc, k) if k < len(doc) and nominal(doc[k]) else []
        if right and right[-1] + 1 < len(doc) and doc[right[-1] + 1].text == "を":
            return right
    if after + 1 < len(doc) and doc[after].text == "の" and nominal(doc[after + 1]) \
            and not only_achievement(doc, after + 1) and not names_next(doc, after + 1) and not threshold:
        # 「18社の出展支援」: the count comes first
        return adnominal_before(doc, start, floor) + chain_right(doc, after + 1)
    if after + 2 < len(doc) and doc[after].text == "へ" and doc[after + 1].text == "の" and nominal(doc[after + 2]) \
            and not only_achievement(doc, after + 2) and not threshold \
            and (prev is None or not nominal(prev) or prev.text in TIME | SPAN):
        # 「町内全事業所の3分の1にあたる60事業所への巡回を目指す」: those a doing goes to, counted first, then the doing
        return chain_right(doc, after + 2)
    named_before = prev is not None and prev.text in TIME | SPAN and \
        _before_qualifiers(doc, start - 1, floor) >= floor \
        and (nominal(doc[_before_qualifiers(doc, start - 1, floor)])
             # (「「…」を年5回開催予定」; 「税務相談会（確定申告期） 計8回開催予定」: a bracket after the name)
             or doc[_before_qualifiers(doc, start - 1, floor)].text in ("」", "』", ")", "）"))
    # (「創業セミナーは7月と11月の2回開催予定」: the doing after the count, a topic said before it, names nothing: the
    # topic does)
    topic = next((t.i for t in reversed(doc[floor:start]) if t.text == "は" and t.i > floor and nominal(doc[t.i - 1])),
                 None)
    chain = chain_left(doc, topic - 1, floor) if topic is not None else []
    if after < len(doc) and doc[after].text in DOING and chain and not named_before \
            and (prev is None or prev.text not in ("を", "は", "が")) and doc[chain[0]].text != "年度" \
            and not WHEN.fullmatch("".join(doc[i].text for i in chain)):  # (「令和7年度は、…を2回開催し」: a year)
        return extend_left(doc, chain, floor)
    # (「…を10店舗減らすことを目標に」: a formal noun after the change, こと, names nothing)
    if after < len(doc) and nominal(doc[after]) and not is_number(doc[after]) and not named_before and \
            doc[after].text not in ("こと", "もの", "ため", "ところ", "よう") and \
            (prev is None or not nominal(prev) or prev.text in TIME | SPAN):
        # 「年間4回発行」 (but 「販路開拓セミナー 年1回開催」 is named before its span), not the name of
        # the next count (「15件 創業者数 年間5人」)
        right = chain_right(doc, after)
        # (「DX推進セミナー　年2回開催」: a doing alone after the count names nothing; what is done, before, does)
        right = [] if "".join(doc[i].text for i in right) in DOING and start - 1 >= floor else right
        nxt = right[-1] + 1 if right else after
        while nxt < len(doc) and doc[nxt].text in SPAN | TIME:
            nxt += 1
        if right and not (nxt < len(doc) and is_number(doc[nxt])):
            return [i for i in right if doc[i].text not in SPAN]
    if prev is not None and prev.text in PER_UNIT:
        topic = next((t for t in reversed(doc[:start]) if t.text in ("は", "について") and t.i > 0), None)
        if topic is not None:
            k = topic.i - 1
            while k > 0 and doc[k].pos_ in ("ADP", "VERB", "SCONJ") and doc[k].text != "、":
                k -= 1
            top = clause_floor(doc, k)  # (「販路開拓支援による新規取引先獲得数は、」: with its modifiers)
            chain = chain_left(doc, k, top)
            return extend_left(doc, chain, top) if chain else []
    gloss = gloss_before(doc, start, floor)
    if gloss:
        return gloss
    if prev is not None and (prev.text in PER_UNIT or prev.text in (")", "）")):
        k = _before_qualifiers(doc, start - 1, floor)  # 「新規取引件数を支援先1者あたり2件」「件数（5年間累計）300件」
        if k < start - 1 and k >= floor and nominal(doc[k]):
            chain = chain_left(doc, k, floor)  # (「商談会での商談件数 1社当たり4件」: 商談会 hung on the count)
            return extend_left(doc, chain, floor, range(k + 1, end + 1)) if chain else []
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
                and start - 2 >= floor and nominal(doc[start - 2])
                # (「会員事業所の域外売上高合計 累計2億円」: the sum of an amount, its head, before the span)
                and (doc[start - 2].text not in SPAN or sum_head(doc, start - 2))):
        chain = chain_left(doc, start - 1, floor)
        return extend_left(doc, chain, floor, quantity) if chain else []
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
        # (「予算の制約から年20回に見直した」: から, より say a cause or a base, not what is done N times)
        while k >= floor and ((doc[k].pos_ == "ADP" and doc[k].text not in ("から", "より")) or doc[k].text in TIME
                              or doc[k].text in ("、", ",", "，")
                              or doc[k].is_space):  # (「…件数　\n年間50件」: a line break between)
            k -= 1
        k = floor - 1 if k >= floor and doc[k].text in ("から", "より") else _before_qualifiers(doc, k, floor)
        opening = next((j for j in range(k - 1, floor - 1, -1) if doc[j].text in ("「", "『")), None) \
            if k >= floor and doc[k].text in ("」", "』") else None
        if opening is not None and opening + 1 < k:
            # 「「事業計画策定セミナー」を年2回」: a quoted name, its quotes no part of it
            return list(range(opening + 1, k))
        if k >= floor and nominal(doc[k]):
            chain = chain_left(doc, k, floor)
            while chain and chain[0] - 2 >= floor and doc[k + 1:k + 2].text == "で" \
                    and (doc[chain[0] - 1].text in CONJ or doc[chain[0] - 1].text in ("・", "や")) \
                    and nominal(doc[chain[0] - 2]):
                chain = chain_left(doc, chain[0] - 2, floor)  # (「会報及びホームページで」: coordinated means)
            if chain and doc[k + 1:k + 2].text == "で" and chain[0] - 2 >= floor and doc[chain[0] - 1].text == "を" \
                    and nominal(doc[chain[0] - 2]):
                # 「調査結果をホームページで年4回公表する」: a means (「…で」) between the object and the frequency
                k = chain[0] - 2
                chain = chain_left(doc, k, floor)
            if chain:  # (「承認件数を年2件から年5件に」: the baseline's unit is no name; the subject below is)
                return extend_left(doc, chain, floor, quantity)
    doing = frequency_of(doc, end) or achieved_in(doc, end, prev)
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
        chain = chain_left(doc, k, floor) if k >= floor and nominal(doc[k]) else []
        if chain:  # (a modifier the parser hangs on the span is the name's)
            return extend_left(doc, chain, floor, range(k + 1, end + 1))
    # (「予算の制約から年20回に見直した」: から after no count gives a cause, no baseline)
    if subject is None and prev is not None and prev.text == "から" and back - 1 >= floor \
            and (doc[back - 1].text in UNITS or is_number(doc[back - 1])
                 or doc[back - 1].text in ("現状", "現行", "現在", "基準", "前年", "前年度", "実績", "当初")):
        k = back - 1  # 「事業者数を令和6年度の10者から30者に」: the name is before the baseline
        while k >= floor and (doc[k].text in UNITS or is_number(doc[k]) or doc[k].text in SPAN | TIME):
            k -= 1
        while k >= floor and (doc[k].text in ("の", "年度", "令和", "平成", "現状", "前年", "前年度", "基準", "実績")
                              or is_number(doc[k]) or doc[k].pos_ == "ADP"):
            k -= 1
        if k >= floor and nominal(doc[k]):
            chain = chain_left(doc, k, floor)
            return extend_left(doc, chain, floor) if chain else []
    if subject is None and prev is not None and prev.pos_ == "ADP" and start - 2 >= floor:
        subject = doc[start - 2]
        opening = next((j for j in range(start - 3, floor - 1, -1) if doc[j].text in ("(", "（")), None) \
            if subject.text in (")", "）") else None
        if opening is not None and opening - 1 >= floor and nominal(doc[opening - 1]) \
                and not doc[opening - 1].whitespace_:
            # 「事業計画の策定率（分析実施者のうち計画を策定した者の割合）を60%に」: a bracket glued to a name before
            # the particle glosses it (kept when a formula, see gloss_after_name); the name is before it
            chain = chain_left(doc, opening - 1, floor)
            if chain:
                return extend_left(doc, chain, floor) + gloss_after_name(doc, opening - 1, start - 1, formula=True)
    if subject is None:
        goal = next((t.i for t in doc[:start] if t.text == "目標"), None)  # 「X 目標として15者を…」
        if goal is not None and goal > 0:
            return chain_left(doc, goal - 1, clause_floor(doc, goal - 1, quantities))
        topic = next((t.i for t in reversed(doc[:start]) if t.text == "は" and t.i > 0 and nominal(doc[t.i - 1])),
                     None)  # 「事業所訪問は、…月20回、年間240回」: what the sentence is about
        return chain_left(doc, topic - 1, 0) if topic is not None else []
    last = subject.i  # 「景況感DIを」: a compound's part after its head (the parser's head) ends the name
    while True:
        if last + 1 < start and nominal(doc[last + 1]) and not doc[last].whitespace_ \
                and doc[last + 1].head.i == subject.i and doc[last + 1].dep_ == "compound":
            last += 1
            continue
        if last + 2 < start and doc[last + 1].text == "の" and sum_head(doc, last + 2):
            last += 2  # 「支援先の付加価値額の合計 1億円増加」: the sum of the measure is the name's head
            continue
        close = next((j for j in range(last + 2, start) if doc[j].text in (")", "）")), None) \
            if last + 1 < start and doc[last + 1].text in ("(", "（") and not doc[last].whitespace_ else None
        if close is not None and close + 1 < start and nominal(doc[close + 1]) and not doc[close].whitespace_ \
                and doc[close + 1].head.i == subject.i:
            last = close + 1  # 「ネットショップ（EC）売上高を」: a bracket inside the compound, its head after it
            continue
        break
    chain = chain_left(doc, last, floor)
    return extend_left(doc, chain, floor, quantity) + gloss_after_name(doc, last, start, formula=True) if chain else []


# 「A及びB」「A並びにB」: names joined by a conjunction (not 又は: one measure of either)
_AND = re.compile(r"\s*(?:及び|および|並びに|ならびに)\s*")
_LISTED = re.compile(r"\s*(?:及び|および|並びに|ならびに|、)\s*")  # (「A、B及びC」: a list's commas the same)
_MEASURE_END = re.compile(r"(?:数|率|割合|額|高|量|件数|回数)$")


def share_out(indicators: list) -> None:
    """「新商品開発支援件数及び新たな販路を開拓した事業者数を、それぞれ年3件、年5者とする」「セミナー開催回数及び参加者数：
    年3回・延べ90名」「経営セミナー及び個別相談会の開催回数をそれぞれ年2回及び年6回とする」: one name joining as many
    measures as there are values given for it (in order, それぞれ or not) names each value by its own measure; a head
    said once after the last part (「…の開催回数」) is each part's. Renames ``indicators`` in place."""
    def bare(name: str | None) -> str:
        return re.sub(r"を?\s*(?:それぞれ|各々)$", "", name or "").strip()

    names = [bare(ind.name) for ind in indicators]
    for whole in dict.fromkeys(n for n in names if _AND.search(n)):
        parts = _LISTED.split(whole)
        # (the first value may be named by nothing but それぞれ, a word of manner: it is the joined name's too)
        mine = [n for n, ind in enumerate(indicators) if names[n] == whole or (not names[n] and n + 1 < len(names)
                                                                              and names[n + 1] == whole)]
        if len(parts) != len(mine) or not all(parts) or len({(indicators[n].value, indicators[n].unit)
                                                             for n in mine}) != len(mine):
            continue
        if not any(_MEASURE_END.search(p) for p in parts[:-1]) and "の" in parts[-1]:
            head = parts[-1].rsplit("の", 1)[1]  # 「経営セミナー及び個別相談会の開催回数」: the head said once
            if not _MEASURE_END.search(head):
                continue
            parts = [p + "の" + head for p in parts[:-1]] + [parts[-1]]
        elif not all(_MEASURE_END.search(p) for p in parts):
            continue  # 「経営分析及び事業計画策定 年30件」-like names of one count are left whole
        for n, part in zip(mine, parts, strict=True):
            indicators[n].name = part

"""Brackets around a KGI/KPI name: a gloss glued to it (a formula, a definition, another name: part of the name),
an aside (what a count is for, when it is held: no part of it), a bracket naming a count nothing else names."""

from __future__ import annotations

import re

from .indicator_words import SPAN, TIME, is_number, nominal


def gloss_after(doc, end: int) -> list[int]:
    """「目標：年間40件（経営革新計画の承認支援）」: a count nothing names before it, a bracket of nouns right after it
    names it: the bracket's inside, or none."""
    if doc[end + 1:end + 2].text not in ("(", "（"):
        return []
    close = next((t.i for t in doc[end + 2:] if t.text in (")", "）")), None)
    inside = list(range(end + 2, close)) if close is not None else []
    return inside if inside and all(nominal(doc[i]) or doc[i].text == "の" for i in inside) \
        and nominal(doc[inside[-1]]) else []


def closing_gloss(doc, end: int) -> list[int]:
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


# 「新規就業者の確保数（人手不足対策）」「税務相談会（確定申告期）」: a bracket saying what a count is for or when it is
# held is an aside, no gloss of the name
# (「売上高（5年後）」: the point in time it is measured at, the same)
ASIDE = re.compile(r"(?:対策|目的|のため|時期|期間中?|[^期]期)$|^\d+(?:年|か年|か月|ヶ月)後$"
                   # (「事業継続率（支援先）」「EC化率（支援先平均）」: the population a rate or an average is taken
                   # over, a denominator's kin, no gloss)
                   r"|^(?:支援先|支援事業者|対象事業者)?(?:全体|平均)?$"
                   # (「経営分析件数（のべ）」「ホームページ閲覧数（月平均）」: a span, no gloss)
                   r"|^(?:のべ|延べ?|累計|合計|(?:年|月|日)?平均|月間|年間)$")


def gloss_after_name(doc, k: int, limit: int, formula: bool = False) -> list[int]:
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
        # (「女性・若者（39歳以下）」: an age, the same; 「（定義：年2回以上の継続訪問を行う事業者）」: a definition)
        return (is_number(w) or bool(re.search(r"\d", w.text))) \
            and doc[w.i + 1:w.i + 2].text not in TIME | {"か月", "ヶ月", "カ月", "歳"} \
            and not re.match(r"\s*定義\s*[:：]", inside.text)

    if close is None or not len(inside) or any(counted(w) for w in inside) or ASIDE.search(inside.text) \
            or all(w.text in TIME | SPAN or w.pos_ == "ADP" or is_number(w) for w in inside) \
            or (formula and any(re.search(r"[ぁ-ん]", w.text) for w in inside)
                # (「詳細分析（非財務分析を含む）を300者」: what a name takes in or leaves out, a gloss all the same)
                and not re.search(r"(?:を)?(?:含む|含める|除く)$", inside.text)):
        return []  # (「件数（5年間累計）300件」「（累計）」: a span, no gloss)
    return list(range(k + 1, close + 1))

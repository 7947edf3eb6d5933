"""KGI/KPI statements into INDICATORs, by rules (the NLP path refines names)."""

from __future__ import annotations

import re

from hattatsu.model import Indicator
from hattatsu.normalize import clean_text, nfkc, to_number

# 「KGI：」「KPI:」「【KPI】」「[KGI]」「◆KPI」: the label of a KGI/KPI line (a bullet mark before it
# too), no part of any name; so are 「KGI（成果目標）：」「＜KPI＞」「≪KGI≫」 and an objective's label in
# brackets 「【目標2】」, and a bullet mark alone (「〇経営分析件数 40件」「★…」「・…」)
# (「KPI1」「KGI-B」「KGI①」「指標A」「指標B-1」: a label numbered or lettered within its list; 「【評価】」: a
# short word in lenticular brackets labelling the line; 「⑴」「(1)」「3.」「2)」: a list number)
_LABEL_ID = r"(?:[-‐－]?(?:[A-Za-zＡ-Ｚａ-ｚ](?![A-Za-zＡ-Ｚａ-ｚ])|[0-9０-９]{1,2}(?![0-9０-９,.，．])|[①-⑳])" \
    r"(?:\s*[-‐－]\s*(?:[0-9０-９]{1,2}(?![0-9０-９])|[A-Za-zＡ-Ｚａ-ｚ](?![A-Za-zＡ-Ｚａ-ｚ])))?)?"
_LABEL = re.compile(r"^\s*(?:[◆◇■□●○〇◯★☆▼▽▶▷►▸◎※・･•‣]\s*)?"
                    r"(?:[【\[［(（<＜≪《〈]\s*(?:K\s*[GP]\s*I|目標\s*[\d①-⑳]*)\s*(?:[(（][^()（）]{1,8}[)）])?\s*[】\]］)）>＞≫》〉]"
                    rf"|[【\[［(（]?\s*K\s*[GP]\s*I{_LABEL_ID}\s*(?:[(（][^()（）\d]{{1,8}}[)）])?\s*[】\]］)）]?"
                    rf"|指標{_LABEL_ID}(?=\s|[:：])"
                    r"|【(?:(?:令和|平成|R)\s*\d+\s*年度?)?[^【】\d]{1,10}】"  # (「【令和6年度実施状況】」)
                    r"|【\s*(?:指標|重点|施策)\s*[\d①-⑳]{1,2}\s*】"  # (「【指標2】」)
                    r"|[⑴-⒇]|[(（]\s*[0-9０-９]{1,2}\s*[)）]|[0-9０-９]{1,2}\s*[.．)）](?![0-9０-９]))?"
                    r"\s*[:：]?\s*", re.I)
_NUMBER = re.compile(
    r"(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>%|％|社|者|件|人|名|回|日|本|店|店舗|事業者|事業所|割|倍|円|万円|千円|時間|か月|ヶ月|カ月)?"
    r"\s*(?P<cmp>以上|以下|未満|超|増|減|短縮|削減|向上|改善)?"
)
_COMPARATORS = {"以上": ">=", "以下": "<=", "未満": "<", "超": ">"}
_SPLIT_MARK = re.compile(r"(?:^|(?<=[\s、。:：]))(?=[①-⑳])")


def split_statement(text: str) -> list[str]:
    """One KGI/KPI statement into its parts: by ①②… and by 、/・ between measured parts."""
    body = _LABEL.sub("", text).strip()
    parts: list[str] = []
    for piece in _SPLIT_MARK.split(body):
        piece = piece.strip(" 、。")
        if not piece:
            continue
        subs = [s for s in re.split(r"[、,，]", piece) if s.strip()]
        if len(subs) > 1 and all(_measure(s) for s in subs):
            parts.extend(subs)
        else:
            parts.append(piece)
    out: list[str] = []
    for p in parts:
        subs = [s for s in p.split("・") if s.strip()]
        out.extend(subs if len(subs) > 1 and all(_measure(s) for s in subs) else [p])
    return [clean_text(p).strip(" 、。") for p in out if p.strip(" 、。")]


def _measure(text: str) -> re.Match[str] | None:
    """The last number in text that is not a period of time ('2 年で', '5年間')."""
    found = None
    for m in _NUMBER.finditer(nfkc(text)):
        after = nfkc(text)[m.end("num"):m.end("num") + 3].strip()
        if after.startswith(("年", "期")) and not m.group("unit"):
            continue
        found = m
    return found


def parse_indicator(text: str) -> Indicator:
    """One measured statement: name, value, unit and comparator when they can be read."""
    s = nfkc(text)
    m = _measure(s)
    if not m:
        return Indicator(text=clean_text(text))
    value = to_number(m.group("num"))
    name = s[: m.start()]
    name = re.sub(r"^[①-⑳]\s*", "", _LABEL.sub("", name))
    name = re.split(r"うち[、,]", name)[-1]
    name = re.sub(r"[がはをの:：\s]+$", "", name).strip(" 「」")
    unit = m.group("unit")
    if unit == "％":
        unit = "%"
    return Indicator(
        text=clean_text(text),
        name=clean_text(name) or None,
        value=value,
        unit=unit,
        comparator=_COMPARATORS.get(m.group("cmp") or ""),
    )


def parse_statement(text: str) -> list[Indicator]:
    """Every indicator of a KGI/KPI statement."""
    return [parse_indicator(p) for p in split_statement(text)]


# A statement the rules read with confidence (the NLP pass leaves it to them and does not parse
# it): one or more parts 「名称 [年間|毎年] N単位 [以上|以下|未満|超]」 separated by 、, ・ or a
# space, nothing after the last but 。 or a bracketed note without a number. Each name is the
# whole text before its number: no digit, no clause boundary (、 うち), no word of time, span,
# base, label or denominator (年 月 毎 累計 目標 比 当たり …: where the rules misread), not
# ending in a particle; a name with a clause in it (hiragana) must end in a count (…数) or a
# rate (…率, …割合), a rate goes with %, and a count with a counter. A rate may be predicated
# with が of a population given first (「支援した事業者のうち、売上が増加した事業者の割合が40%以上」:
# the population is no part of the name).
_PLAIN_POPULATION = re.compile(r"[^\d、。,，:：;；()（）【】]*?のうち[、,，]\s*")
_PLAIN_NAME = r"[^\d\s、。,，:：;；()（）【】\[\]~〜～/／|①-⑳][^\d、。,，:：;；()（）【】\[\]~〜～/／|①-⑳]*?"
# 「・経営分析件数―年間30件」: a dash right after a word, before its value, is the border between a name and the value,
# as a colon (the parser's path: indicator_labels)
DASH = r"(?<=[ぁ-んァ-ヶ一-龥])[―—─━]+"
_PLAIN_PART = re.compile(
    rf"(?:[①-⑳]\s*)?(?P<name>{_PLAIN_NAME})(?P<ga>が)?[ \t]*(?:{DASH}[ \t]*)?(?P<span>年間|毎年)?[ \t]*"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)[ \t]*(?P<unit>社|者|件|人|名|回|店|店舗|事業者|事業所|%)"
    r"(?P<cmp>以上|以下|未満|超)?")
_PLAIN_SEPARATOR = re.compile(r"[ \t]*[、,，・][ \t]*|[ \t]+")
# (a bracket that says a span, 「40者（累計）」, gives the count's per: the parser's)
_PLAIN_END = re.compile(r"[ \t]*(?:[(（](?![^()（）]*(?:累計|合計|延|年|月|期))[^\d()（）]*[)）])?[ \t]*。?$")
_NOT_PLAIN = re.compile(r"年|月|期|毎|累計|延|合計|^(?:総|小)?計$|先着|定員|目標|指標|計画値|約$|程度|前後|比$|比で"
                        r"|うち|内訳|当たり|当り|あたり|ごと|上記|当該|から|まで|現行|現状|現在|[→⇒=＝―—─━]|・・|…|‥|\.\."
                        # (an evaluation sheet's cells: 「X 計画 500件 実績 520件」; a revision's labels)
                        r"|実績|評価|\s計画$|修正|変更|見直"
                        r"|以上|以下|未満|超|[をにがはでと]$|\s[ぁ-ん]|[ぁ-ん]\s"
                        r"|\s(?:新規|継続|既存)$"  # 「記帳指導先数 新規10件、継続40件」: a breakdown (the parser's)
                        # 「新 規 創 業 者 数」: a name spelt out letter by letter (a PDF or OCR spreading a cell's
                        # letters to its width), which the parser's text work joins first
                        r"|(?<!\S)\S[ \t\u3000]+\S(?!\S)"
                        # 「記帳指導　記帳継続指導先 80事業所」: a heading word before the name, set apart by a
                        # space (the parser's: what a space sets apart is weighed there)
                        r"|[一-龥]{2}[ \t\u3000]+[一-龥]{2}")
_HIRAGANA = re.compile(r"[ぁ-ん]")


def read_plain(text: str) -> list[Indicator] | None:
    """The indicators of a statement whose shape leaves no doubt (see _PLAIN_PART), or None when
    the statement needs the parser: 「KPI：物産展出展事業者数20者、新規取引先獲得数10件」 reads
    here; 「支援先の売上高を5年間で10%増加させる」 does not."""
    body = _LABEL.sub("", nfkc(text)).strip()
    if len(body) > 400:
        return None  # a paragraph, not a statement
    out: list[Indicator] = []
    pos = 0
    population = _PLAIN_POPULATION.match(body)
    if population:
        pos = population.end()
    while True:
        m = _PLAIN_PART.match(body, pos)
        if not m:
            return None
        name, unit = m.group("name").strip(), m.group("unit")
        rate = bool(re.search(r"(?:率|割合)$", name))
        if _NOT_PLAIN.search(name) or (unit == "%") != rate or (m.group("ga") and not rate) \
                or (_HIRAGANA.search(name) and not (rate or name.endswith("数"))):
            return None
        value = to_number(m.group("num"))
        if value is None:
            return None
        out.append(Indicator(text=clean_text(text), name=clean_text(name), value=value,
                             unit=unit, comparator=_COMPARATORS.get(m.group("cmp") or ""),
                             per="year" if m.group("span") else None))
        pos = m.end()
        if _PLAIN_END.match(body, pos):
            return out
        sep = _PLAIN_SEPARATOR.match(body, pos)
        if not sep:
            return None
        pos = sep.end()


def is_kgi(line: str) -> bool:
    return bool(re.match(r"^\s*K\s*G\s*I", nfkc(line), re.I))


def is_kpi(line: str) -> bool:
    return bool(re.match(r"^\s*K\s*P\s*I", nfkc(line), re.I))

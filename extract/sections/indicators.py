"""KGI/KPI statements into INDICATORs, by rules (the NLP path refines names)."""

from __future__ import annotations

import re

from hattatsu.model import Indicator
from hattatsu.normalize import clean_text, nfkc, to_number

_LABEL = re.compile(r"^\s*K\s*[GP]\s*I\s*[:：]?\s*", re.I)
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


def is_kgi(line: str) -> bool:
    return bool(re.match(r"^\s*K\s*G\s*I", nfkc(line), re.I))


def is_kpi(line: str) -> bool:
    return bool(re.match(r"^\s*K\s*P\s*I", nfkc(line), re.I))

"""Actual results and targets stated in an evaluation report's prose, read with GiNZA.

The counts themselves (「28件」, 「年14回」, 「毎月1回」 as 12 a year) come from
``sections/prose_numbers.counts``, the one reader of counts; the parse decides what
each count is:

- a target when 「目標」 or 「計画」 governs it (「目標の60件」, 「目標18社に対し」), shares
  its predicate (「計画では年間30社としていた」), or stands in parentheses right after
  「目標」 (「目標(36社)」);
- set aside when it sits inside parentheses (「即売会(59回)」, 「(97名)」) or
  qualifies something averaged (「月平均80件」);
- set aside when a change starts from it (「前年度の120件から135件に増加」);
- otherwise a candidate actual. Of the candidates of the kind the activity counts, a
  total (「計221社」) is taken first, then one the sentence predicates as its result
  (「支援実績は8事業所…となった」, 「28件の支援にとどまり」: the count hangs on the main
  verb or on 実績), then the first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from hattatsu.model import EvaluationEntry

from ..sections.prose_numbers import Count, counts, unit_kind
from . import parse

_TARGET_WORDS = {"目標", "目標値", "計画値", "計画"}
_RESULT_VERBS = re.compile(r"^(?:なっ|なる|とどまり|とどまっ|留まり|留まっ|達し|上回っ|下回っ|あっ|"
                           r"実施|選定|支援|掘り起こし)")


@dataclass(frozen=True)
class ProseResult:
    actual: Count | None
    target: Count | None


_SENTENCE = re.compile(r"[^。]+。?")


def read_results(texts: list[str], kinds: list[str | None]) -> list[ProseResult]:
    """For each report text, the actual (of the kind its activity counts: 社, 件, 回 …; any
    when None) and the target the prose states. Only the sentences that hold a count are
    parsed (a 実施状況 text runs to several hundred characters, most of them without one)."""
    spans = [[(m.start(), m.group(0)) for m in _SENTENCE.finditer(text) if counts(m.group(0))] for text in texts]
    docs = iter(parse(sentence for found in spans for _, sentence in found))
    return [_read(text, [(start, next(docs)) for start, _ in found], kind)
            for text, found, kind in zip(texts, spans, kinds, strict=True)]


def _read(text: str, sentences: list[tuple[int, object]], kind: str | None) -> ProseResult:
    """The result of one text from its parsed sentences (each with its offset in the text)."""
    targets: list[Count] = []
    candidates: list[tuple[int, Count]] = []  # (preference, count)
    for offset, doc in sentences:
        for c in counts(doc.text):
            token = _token_at(doc, c.start)
            if token is None:
                continue
            counter = _counter(doc, token)
            start = offset + c.start
            c = replace(c, start=start)
            if _is_target(doc, counter, c.start - offset):
                targets.append(c)
            elif (_in_parentheses(text, start) or "平均" in text[max(0, start - 4):start]
                  or _is_starting_point(counter)):
                continue
            else:
                preference = _preference(doc, doc.text, counter, start - offset)
                candidates.append((min(preference, 1) if c.yearly else preference, c))
    wanted = [(p, c) for p, c in candidates if kind is None or c.kind == unit_kind(kind)]
    actual = min(wanted, key=lambda pc: (pc[0], pc[1].start))[1] if wanted else None
    target = next((t for t in targets if kind is None or t.kind == unit_kind(kind)), None)
    return ProseResult(actual, target)


def _token_at(doc, offset: int):
    return next((t for t in doc if t.idx <= offset < t.idx + len(t.text)), None)


def _counter(doc, token):
    """The counter word of a number (「件」 of 「28件」), or the number itself."""
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return nxt if nxt is not None and token.tag_.startswith("名詞-数詞") and not nxt.is_punct else token


def _is_target(doc, counter, start: int) -> bool:
    """「目標」 or 「計画」 governs the count, or is a dependent of the same predicate
    (「計画では年間30社としていた」)."""
    for t in doc:
        if t.text not in _TARGET_WORDS:
            continue
        if t.dep_ == "compound" and not (t.i + 1 < len(doc) and doc[t.i + 1].like_num):
            continue  # 「事業計画策定支援者102社」: part of a longer noun, not the goal
        topic = {c.text for c in t.children if c.dep_ == "case"} & {"は", "で"}
        if t.head.i == counter.i or (topic and t.head.i == counter.head.i != t.i):
            return True
    window = [t for t in doc[max(0, counter.i - 4):counter.i] if t.idx < start]
    words = "".join(t.text for t in window)
    return bool(re.search(r"目標(?:値)?(?:の|は|を|:|：|\(|（)?$", words))


def _is_starting_point(counter) -> bool:
    """「120件から135件に増加」: the count a change starts from is not the result."""
    return any(c.text == "から" and c.dep_ == "case" for c in counter.children)


def _in_parentheses(text: str, start: int) -> bool:
    before = text[:start]
    return before.count("(") + before.count("（") > before.count(")") + before.count("）")


def _preference(doc, text: str, counter, start: int) -> int:
    if re.search(r"(?:計|合計|延べ計)\s*$", text[max(0, start - 3):start]):
        return 0
    head = counter.head
    for _ in range(3):
        if head.dep_ == "ROOT" or _RESULT_VERBS.match(head.text) or head.text == "実績":
            return 1
        if head.head.i == head.i:
            break
        head = head.head
    if any(t.text == "実績" and t.head.i == counter.i for t in doc):
        return 1
    return 2


def fill_from_prose(entries: list[EvaluationEntry]) -> list[EvaluationEntry]:
    """Entries whose actual (or target) the rules left empty, filled from their 実施状況
    prose where GiNZA finds one of the kind the activity counts."""
    todo = [e for e in entries if e.note and (e.actual is None or e.target is None)]
    if not todo:
        return entries
    for e, found in zip(todo, read_results([e.note or "" for e in todo], [e.unit for e in todo]), strict=True):
        if e.actual is None and found.actual:
            e.actual = found.actual.value
            e.unit = e.unit or found.actual.unit
        if e.target is None and found.target:
            e.target = found.target.value
    return entries

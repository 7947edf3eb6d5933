"""Which documents a file holds: a plan, an evaluation report, or both in file order."""

from __future__ import annotations

import re
from collections.abc import Iterator

from hattatsu.normalize import compact

from .blocks import Block, Line, Table

# Where a plan begins: the 概要's title, 別表1 (alone or with its title 「経営発達支援事業の内容/目標」) or
# 1. 目標. Convention: a web page or a styled Word file puts a mark before each heading
# (「▼経営発達支援計画の概要」「◆1．目標」「■（別表1）…」); the mark is no part of the heading, and a plan
# is still known by its content (the evidence below), wherever such marks sit.
# (numbered 0 before 別表1's 1., 「0. 経営発達支援計画の概要」: outline.SUMMARY_NUMBER_RE)
_MARK = "[▼▽◆◇■□●★☆▶▷►]"
_PLAN_START = re.compile(rf"^{_MARK}?((?:0[.、])?経営発達支援計画の概要|【経営発達支援計画の概要】"
                         r"|[(\[【]?別表1[)\]】]?(?:経営発達支援(?:事業|計画)の(?:内容|目標))?|1\.?目標)$")
_EVALUATION = re.compile(r"評価委員会|実施状況|事業評価|評価\(100%以上|評価基準|評価結果")
# What only a plan says; the 概要's own labels count too, so that a 概要 published on its
# own (経営発達支援計画の概要 + 実施者名, 実施期間 …) is a plan whose other parts are absent.
_PLAN_EVIDENCE = re.compile(r"経営発達支援|別表[1-4]|法定経営指導員|必要な資金の額|実施者名|実施期間|法人番号")


def split_documents(blocks: list[Block]) -> list[tuple[str, list[Block]]]:
    """(kind, blocks) for each document in the file, in file order; [] when none."""
    start = next((i for i, b in enumerate(blocks) if isinstance(b, Line) and (
        _PLAN_START.match(b.key) or bare_summary(blocks, i))), None)
    head = blocks if start is None else blocks[:start]
    docs: list[tuple[str, list[Block]]] = []
    if _is_evaluation(head):
        docs.append(("evaluation", head))
    if start is not None and _plan_evidence(blocks[start:]) >= 3:
        docs.append(("plan", blocks[start:]))
    return docs


# Convention (j1): the 概要 headed by 「概要」 alone (「■概要」) — its title only when its labels follow
_BARE_SUMMARY = re.compile(rf"^{_MARK}?【?概要】?$")
# (a mark and a bracket both, in either order: 「■【実施者名】」「【■実施者名】」, docs19's mixes)
_SUMMARY_LABELS = re.compile(r"^[■□◆◇●・]?[【\[]?[■□◆◇●・]?(?:実施者名|実施期間)")


def bare_summary(blocks: list[Block], i: int) -> bool:
    if not _BARE_SUMMARY.match(blocks[i].key):
        return False
    return any(_SUMMARY_LABELS.match(b.key if isinstance(b, Line) else compact("".join(b.rows[0][:1])) if b.rows
                                     else "") for b in blocks[i + 1:i + 6])


def _text_keys(blocks: list[Block]) -> Iterator[str]:
    """The key of every line, tables row by row, in order (read only as far as the caller asks)."""
    for b in blocks:
        yield from (ln.key for ln in (b.as_lines() if isinstance(b, Table) else [b]))


def _is_evaluation(blocks: list[Block]) -> bool:
    hits, named = 0, False
    for k in _text_keys(blocks):
        hits += bool(_EVALUATION.search(k))
        named = named or "経営発達" in k
        if hits >= 2 and named:
            return True
    return False


def _plan_evidence(blocks: list[Block], enough: int = 3) -> int:
    """How many of the words only a plan says the blocks hold, counted up to ``enough``."""
    found: set[str] = set()
    for k in _text_keys(blocks):
        found.update(m.group(0) for m in _PLAN_EVIDENCE.finditer(k))
        if len(found) >= enough:
            break
    return len(found)

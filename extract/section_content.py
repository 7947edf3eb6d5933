"""The segmenter's fallback: which item a block of text is, read from its content when its
heading is missing.

An item the segmenter opened without a heading (``ItemSegment.inferred``) gets the key
whose vocabulary (``hattatsu.items.CONTENT``) its text matches best, among the keys no
headed item has; its number follows the item before it and its title is the usual one.
Rules score keyword hits weighted by how particular each keyword is to one item; with
NLP, GiNZA compares Sudachi-normalised lemmas and word vectors (``nlp/sections.py``).
"""

from __future__ import annotations

import math
from collections import Counter
from functools import cache

from hattatsu.items import CONTENT, TITLES

from .blocks import flatten
from .segment import ItemSegment, Segments


def item_text(item: ItemSegment) -> str:
    blocks = list(item.preamble) + [b for sub in item.subsections for b in [sub.heading, *sub.blocks]]
    return "\n".join(ln.norm for ln in flatten(blocks))


@cache
def _keyword_weights() -> dict[str, dict[str, float]]:
    """Each item's keywords, weighted by how particular each is to that item."""
    words = {key: CONTENT[key].split() for key in CONTENT}
    spread = Counter(w for ws in words.values() for w in set(ws))
    return {key: {w: math.log(1 + len(CONTENT) / spread[w]) for w in ws} for key, ws in words.items()}


def keyword_scores(text: str, keys: list[str]) -> dict[str, float]:
    """Rules: hits of each item's keywords, a keyword shared by several items weighing less."""
    weights = _keyword_weights()
    return {key: sum(text.count(w) * weight for w, weight in weights[key].items()) for key in keys}


def classify(text: str, keys: list[str], nlp: bool = False) -> str:
    """The key among keys whose vocabulary the text matches best."""
    if len(keys) == 1:  # one item left: nothing to compare (and no parse of the text)
        return keys[0]
    if nlp:
        from .nlp.sections import lemma_vector_scores as scorer
    else:
        scorer = keyword_scores
    scores = scorer(text, keys)
    return max(keys, key=lambda k: scores[k])


def resolve_unheaded(seg: Segments, nlp: bool = False) -> Segments:
    """Give each item opened without a heading its key, number and title."""
    if not any(item.inferred for item in seg.items):
        return seg
    taken = {item.key for item in seg.items if not item.inferred and item.key}
    for n, item in enumerate(seg.items):
        if not item.inferred:
            continue
        free = [k for k in CONTENT if k not in taken] or list(CONTENT)
        item.key = classify(item_text(item), free, nlp)
        taken.add(item.key)
        item.title = TITLES[item.key]
        item.number = seg.items[n - 1].number + 1 if n else _first_number(seg, n)
    return seg


def _first_number(seg: Segments, n: int) -> int:
    """The number of an unheaded first item: one before the next headed item's."""
    later = [i.number for i in seg.items[n + 1:] if not i.inferred]
    return max(later[0] - 1, 1) if later else 3

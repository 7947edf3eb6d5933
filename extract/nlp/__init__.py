"""Japanese NLP (spaCy + GiNZA) for what rules read badly: indicator names, people and
organisations, actuals stated in prose.

The model (``ja_ginza`` from the ``ja-ginza`` package) is loaded lazily, once per
process, and only by the paths that need it; nothing is downloaded at run time.
Without the package, or with ``--no-nlp``, the extractor gives its rules-only result.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from functools import cache

from hattatsu.errors import NlpUnavailable

__all__ = ["NlpUnavailable", "available", "load"]


@cache
def load():
    """The GiNZA pipeline (loaded on first use; the same object afterwards)."""
    try:
        import spacy

        return spacy.load("ja_ginza")
    except (ImportError, OSError) as e:
        raise NlpUnavailable("日本語 NLP のモデルがありません"
                             f"（pip install 'hattatsu[nlp]' で ja-ginza を入れてください）: {e}") from None


@cache
def available() -> bool:
    """Whether the model can be loaded here (checked without loading it). HATTATSU_NLP=0 in the
    environment turns NLP off for the whole process, as if the extra were not installed."""
    import importlib.util
    import os

    if os.environ.get("HATTATSU_NLP", "").strip().lower() in ("0", "false", "no", "off"):
        return False
    return all(importlib.util.find_spec(m) is not None for m in ("spacy", "ginza", "ja_ginza"))


CACHE_SIZE = 4096  # parsed texts kept per process (0: none); benchmarks set 0 to time first reads
_PARSED: OrderedDict[str, object] = OrderedDict()


def parse(texts: Iterable[str]) -> list:
    """Each text tagged and parsed, in one ``nlp.pipe`` batch, without the named-entity
    recogniser (the readers of numbers need tags and dependencies only; it is a third of
    the cost). A text parsed before in this process is not parsed again: statements and
    sentences recur within a document (概要 and 別表) and across a chamber's documents."""
    texts = list(texts)
    fresh: dict[str, object] = {}
    todo = list(dict.fromkeys(t for t in texts if t not in _PARSED))
    if todo:
        nlp = load()
        with nlp.select_pipes(disable=["ner"]):
            fresh = dict(zip(todo, nlp.pipe(todo, batch_size=64), strict=True))
    out = []
    for t in texts:
        doc = fresh.get(t) or _PARSED.get(t)
        if t in _PARSED:
            _PARSED.move_to_end(t)
        elif CACHE_SIZE:
            _PARSED[t] = doc
            if len(_PARSED) > CACHE_SIZE:
                _PARSED.popitem(last=False)
        out.append(doc)
    return out

"""The segmenter's fallback with GiNZA: an unheaded item's text against each item's
vocabulary, by Sudachi-normalised lemmas (TF-IDF cosine) and by word vectors."""

from __future__ import annotations

import math
from collections import Counter
from functools import cache

from hattatsu.items import CONTENT

from . import load, parse

_CONTENT_POS = {"NOUN", "PROPN", "VERB"}
VECTOR_WEIGHT = 0.5
MAX_CHARS = 2000  # an item's opening is enough to tell what it is about


def _lemmas(doc) -> Counter:
    return Counter(t.norm_ for t in doc if t.pos_ in _CONTENT_POS and not t.is_stop and len(t.norm_) > 1)


def _vector(doc):
    """The mean vector of the content words (numpy comes with spaCy)."""
    import numpy

    tokens = [t.vector for t in doc if t.pos_ in _CONTENT_POS and t.has_vector]
    return numpy.mean(tokens, axis=0) if tokens else None


@cache
def _profiles() -> tuple[dict[str, tuple[Counter, object]], dict[str, float]]:
    """Each item's vocabulary as TF-IDF weighted lemmas and a mean vector, and the IDF."""
    docs = dict(zip(CONTENT, load().pipe(CONTENT.values()), strict=True))
    lemmas = {key: _lemmas(doc) for key, doc in docs.items()}
    df = Counter(w for bag in lemmas.values() for w in bag)
    idf = {w: math.log(1 + len(lemmas) / n) for w, n in df.items()}
    return {key: (Counter({w: c * idf[w] for w, c in bag.items()}), _vector(docs[key]))
            for key, bag in lemmas.items()}, idf


def _cosine(a, b) -> float:
    if isinstance(a, Counter):
        dot = sum(a[w] * b.get(w, 0) for w in a)
        na, nb = math.sqrt(sum(v * v for v in a.values())), math.sqrt(sum(v * v for v in b.values()))
    else:
        if a is None or b is None:
            return 0.0
        import numpy

        dot, na, nb = float(numpy.dot(a, b)), float(numpy.linalg.norm(a)), float(numpy.linalg.norm(b))
    return dot / (na * nb) if na and nb else 0.0


def lemma_vector_scores(text: str, keys: list[str]) -> dict[str, float]:
    profiles, idf = _profiles()
    [doc] = parse([text[:MAX_CHARS]])
    lemmas = _lemmas(doc)
    weighted = Counter({w: c * idf.get(w, 0.0) for w, c in lemmas.items()})
    vector = _vector(doc)
    out = {}
    for key in keys:
        profile, pvec = profiles[key]
        out[key] = _cosine(weighted, profile) + VECTOR_WEIGHT * _cosine(vector, pvec)
    return out

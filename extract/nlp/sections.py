"""The segmenter's fallback with GiNZA: an unheaded item's text against each item's
vocabulary, by Sudachi-normalised lemmas (TF-IDF cosine) and by word vectors."""

from __future__ import annotations

import math
from collections import Counter
from functools import cache

from hattatsu.items import CONTENT

from . import load

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
def _profiles() -> dict[str, tuple[Counter, object]]:
    nlp = load()
    return {key: (_lemmas(doc), _vector(doc)) for key, doc in zip(CONTENT, nlp.pipe(CONTENT.values()), strict=True)}


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
    profiles = _profiles()
    df = Counter(w for lemmas, _ in profiles.values() for w in lemmas)
    idf = {w: math.log(1 + len(profiles) / n) for w, n in df.items()}
    doc = load()(text[:MAX_CHARS])
    lemmas = _lemmas(doc)
    weighted = Counter({w: c * idf.get(w, 0.0) for w, c in lemmas.items()})
    vector = _vector(doc)
    out = {}
    for key in keys:
        profile, pvec = profiles[key]
        out[key] = _cosine(weighted, Counter({w: c * idf[w] for w, c in profile.items()})) \
            + VECTOR_WEIGHT * _cosine(vector, pvec)
    return out

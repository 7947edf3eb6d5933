"""Japanese NLP (spaCy + GiNZA) for what rules read badly: indicator names, people and
organisations, actuals stated in prose.

The model (``ja_ginza`` from the ``ja-ginza`` package) is loaded lazily, once per
process, and only by the paths that need it; nothing is downloaded at run time.
Without the package, or with ``--no-nlp``, the extractor gives its rules-only result.
"""

from __future__ import annotations

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

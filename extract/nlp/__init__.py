"""Japanese NLP (spaCy + GiNZA) for what rules read badly: indicator names, people and
organisations, actuals stated in prose.

The model (``ja_ginza`` from the ``ja-ginza`` package) is loaded lazily, once per
process, and only by the paths that need it; nothing is downloaded at run time.
Without the package, or with ``--no-nlp``, the extractor gives its rules-only result.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from functools import cache

from hattatsu.errors import NlpUnavailable

__all__ = ["NlpUnavailable", "available", "load"]


@cache
def load():
    """The GiNZA pipeline (loaded on first use; the same object afterwards).

    Its networks multiply matrices with numpy's BLAS, one thread per process, rather than
    thinc's default BLIS: on the same inputs the results agree to 1e-6 and no tag, parse or
    entity changed over the corpus, and the tok2vec layers, most of what NLP costs, run about
    three times faster. One thread because ``check -j`` runs a process per core (a threaded
    BLAS then fights itself). The thread count is set before numpy loads; when numpy was
    loaded earlier without it, BLIS stays (numpy's threads cannot be set afterwards)."""
    import os
    import sys

    if "numpy" not in sys.modules:
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    single_thread = os.environ.get("OPENBLAS_NUM_THREADS") == "1"
    try:
        import spacy
        from thinc.api import use_ops

        if not single_thread:
            return spacy.load("ja_ginza")
        with use_ops("numpy", use_blis=False):
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


CACHE_SIZE = 4096  # texts kept per process and per kind of reading (0: none); benchmarks set 0 to time first reads
_PARSED: OrderedDict[str, object] = OrderedDict()  # text → doc tagged and parsed (tensor, dependencies)
_TAGGED: OrderedDict[str, object] = OrderedDict()  # text → doc tagged for names (named entities where asked)


def _remember(cache: OrderedDict[str, object], text: str, doc) -> None:
    if text in cache:
        cache.move_to_end(text)
    elif CACHE_SIZE:
        cache[text] = doc
        if len(cache) > CACHE_SIZE:
            cache.popitem(last=False)


def clear_cache() -> None:
    """Forget every text read so far (benchmarks time first reads)."""
    _PARSED.clear()
    _TAGGED.clear()


# What the readers of numbers need of GiNZA's pipeline: tags and dependencies. Not the named-entity
# recogniser (a third of the cost), nor GiNZA's two rule components: its bunsetu recogniser
# (phrases no reader looks at; of what it does, only its renaming of the 「…_bunsetu」
# dependency labels shows on the tokens, done by :func:`_plain_labels`) and its compound
# splitter (which does nothing with ja_ginza's split mode, None).
_PARSE_PIPES = ("tok2vec", "parser", "morphologizer")
_BUNSETU_SUFFIX = "_bunsetu"


def _plain_labels(doc):
    """The dependency labels as GiNZA's bunsetu recogniser leaves them: 「nsubj_bunsetu」 → 「nsubj」."""
    for t in doc:
        if t.dep_.endswith(_BUNSETU_SUFFIX):
            t.dep_ = t.dep_[: -len(_BUNSETU_SUFFIX)]
    return doc


def parse(texts: Iterable[str]) -> list:
    """Each text tagged and parsed, in one ``nlp.pipe`` batch, by the components that
    tag and parse (:data:`_PARSE_PIPES`). A text parsed before in this process is not
    parsed again: statements and sentences recur within a document (概要 and 別表) and
    across a chamber's documents."""
    texts = list(texts)
    fresh: dict[str, object] = {}
    todo = list(dict.fromkeys(t for t in texts if t not in _PARSED))
    if todo:
        nlp = load()
        with nlp.select_pipes(enable=[p for p in _PARSE_PIPES if p in nlp.pipe_names]):
            fresh = {t: _plain_labels(doc) for t, doc in zip(todo, nlp.pipe(todo, batch_size=256), strict=True)}
    out = [fresh[t] if t in fresh else _PARSED[t] for t in texts]  # all read before any is forgotten
    for t, doc in zip(texts, out, strict=True):
        _remember(_PARSED, t, doc)
    return out


def tag(texts: Iterable[str], wants_entities: Callable[[object], bool]) -> list:
    """Each text tokenized and tagged by Sudachi (no network runs), and the named-entity
    recogniser run, in one batch, on the docs ``wants_entities`` picks (it is the slowest
    component: only where it can matter). A text read before is not read again; one parsed
    before by :func:`parse` keeps its tensor, so only the recogniser runs on it."""
    texts = list(texts)
    todo = list(dict.fromkeys(t for t in texts if t not in _TAGGED))
    fresh: dict[str, object] = {}
    if todo:
        nlp = load()
        new = [t for t in todo if t not in _PARSED]
        with nlp.select_pipes(enable=["compound_splitter"]):  # Sudachi's tags are what names need
            fresh = dict(zip(new, nlp.pipe(new, batch_size=256), strict=True))
        fresh.update((t, _PARSED[t]) for t in todo if t in _PARSED)
        need = [t for t in todo if wants_entities(fresh[t])]
        untensored = [fresh[t] for t in need if t not in _PARSED]
        if untensored:
            list(nlp.get_pipe("tok2vec").pipe(untensored, batch_size=256))
        if need:
            for t, doc in zip(need, nlp.get_pipe("ner").pipe([fresh[t] for t in need], batch_size=256), strict=True):
                fresh[t] = doc
    out = [fresh[t] if t in fresh else _TAGGED[t] for t in texts]  # all read before any is forgotten
    for t, doc in zip(texts, out, strict=True):
        _remember(_TAGGED, t, doc)
    return out

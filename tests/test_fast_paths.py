"""The fast paths read exactly as the plain ones: remembered normalisation, and the parse that runs
only the components the readers of numbers need (benchmarks/check.py and nlp.py time them)."""

from __future__ import annotations

import unicodedata

import pytest

from hattatsu.extract.nlp import available
from hattatsu.extract.outline import classify_heading, forget_lines
from hattatsu.normalize import compact, nfkc


def _plain_nfkc(text: str) -> str:
    """NFKC with the plan's marks kept, written out the long way (no memory, no fast path)."""
    marks = set("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳■□●○◆◇※〒")
    text = text.replace("\u301c", "\uff5e").replace("\u2212", "\uff0d")
    for zero_width in ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"):
        text = text.replace(zero_width, "")
    return "".join(ch if ch in marks else unicodedata.normalize("NFKC", ch) for ch in text)


@pytest.mark.parametrize("text", [
    "４５０社　ｶﾀｶﾅ",  # no mark: the whole line at once
    "①（１）経営分析〜３０件",  # marks kept, the rest normalised, the wave dash made the full-width tilde
    "■氏名\u200b：山田　ﾀﾛｳ※注",  # zero-width space dropped
    "（２）" * 300,  # longer than what is remembered
])
def test_nfkc_remembered_reads_as_plain(text):
    forget_lines()
    first, again = nfkc(text), nfkc(text)  # the second answer comes from memory when the line is short
    assert first == again == _plain_nfkc(text)
    assert compact(text) == "".join(_plain_nfkc(text).split())


def test_forget_lines_empties_the_memory():
    classify_heading(compact("3. 地域の経済動向調査に関すること"))
    assert classify_heading.cache_info().currsize
    forget_lines()
    assert classify_heading.cache_info().currsize == 0
    assert classify_heading(compact("3. 地域の経済動向調査に関すること")).name == "economic_trends"


@pytest.mark.skipif(not available(), reason="ja-ginza is not installed (pip install -e '.[nlp]')")
def test_parse_reads_as_the_whole_pipeline():
    """Without the bunsetu recogniser and compound splitter, every token's tags, dependency label
    and head are those of ja_ginza run whole (less its entity recogniser)."""
    from hattatsu.extract import nlp

    texts = ["経営分析件数を年間30件以上とする。", "事業計画策定事業者数 令和6年度 20者",
             "販路開拓支援により売上高が10%以上増加した事業者の割合を50%とする"]
    nlp.clear_cache()
    fast = nlp.parse(texts)
    with nlp.load().select_pipes(disable=["ner"]):
        whole = list(nlp.load().pipe(texts))

    def tokens(doc):
        return [(t.text, t.pos_, t.tag_, t.dep_, t.head.i, t.norm_, t.lemma_, str(t.morph)) for t in doc]

    assert [tokens(d) for d in fast] == [tokens(d) for d in whole]
    assert any(t.dep_ == "nsubj" for d in fast for t in d)  # the labels GiNZA writes 「nsubj_bunsetu」 are plain

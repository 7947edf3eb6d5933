"""The NLP path (spaCy + GiNZA): indicators against the annotated set, the switches, lazy loading."""

from __future__ import annotations

import subprocess
import sys

import pytest

from hattatsu.extract import extract_file
from hattatsu.extract.nlp import available
from hattatsu.extract.readers import ReadOptions
from tests.conftest import SHARED_CORPUS

pytestmark = pytest.mark.skipif(not available(), reason="ja-ginza is not installed (pip install -e '.[nlp]')")


needs_corpus = pytest.mark.skipif(not SHARED_CORPUS.is_dir(),
                                  reason="../shared/corpus is not beside this checkout (annotated sets point into it)")


# F1 of the NLP path reached on each part (python tests/nlp_eval.py), less a small margin for
# a model update. The test part was written before the reader changes and never tuned on: its
# two first batches read 0.962 (crafted-14, 40) and 0.921 (crafted-14c, 32), 0.944 together, short of
# the goal of 0.95 (the dev part, tuned on, reads 1.000 with crafted-14g to k, 0.998 with 14l/m).
# published-14n (statements in the shapes of published plans) read 0.696 on its test half when it was
# split, 0.849 with the older test batches; after the conventions read from its dev half and the dev
# batches published-14o to t, 0.964 (0.959 with the older batches, crafted-14 0.981, crafted-14c 0.921),
# the dev part 0.999. blind-14u (83 statements written afterwards by someone who had seen neither the
# reader nor the dev set, scored once) reads 0.912: the whole test part 0.939, short of the goal.
# Session 7: three more blind writers. blind-15a and 15b (110 each, split at random into dev and test halves
# before any score) read 0.603 and 0.440 on their test halves, blind-15c (100, all test, written while the
# reader changed and scored only at the end) 0.749: the whole test part 0.776. After the conventions of
# their dev halves and of blind-15d (120 dev statements, 40 chambers' habits): blind-15a 0.830, 15b 0.613,
# 15c 0.921, blind-14u 0.968 — the whole test part (406) 0.892; the dev part (964) 0.993.
# Session 8: four more blind writers (given the set's settled annotation rules). blind-16t (150, all test,
# committed before any change) reads 0.707: the whole test part (556) 0.843. Three dev batches, 16e (the
# documents around a plan), 16f (the plan's language) and 16g (everyday), read 0.462, 0.705 and 0.860 when
# committed: the dev part (1414) 0.888. After the conventions of those three (nlp16a: reports, revisions, sheets;
# nlp16b: names — 別表1 rows flattened to a line, labels and marks, frames, bracket parts, a count named by the measure
# said before it) and of a second round of dev batches (16h, 16i given blind-16t's instructions, 16j): 16e 0.973, 16f
# 0.993, 16g 0.993, 16h 0.906, 16i 0.813, 16j 0.923 — the dev part (1864) 0.968; the test part 0.916 (blind-16t 0.863,
# the test part before it 0.935). With nlp16a's last conventions (PDCA sheets and summaries, lettered sheet columns, a
# target said in the past against its result, dates and ordinals, a revision's name said once): 16h 0.914, 16i 0.896,
# 16j 0.928 — the dev part 0.976; the test part 0.920 (blind-16t 0.873, before it 0.937).
# Session 9: six more dev batches written blind (898 statements): 17a-d, committed first, read 0.769, 0.709, 0.875,
# 0.767 on main's reader (the dev part with them, 2461, 0.927); 17e/17f, landed mid-session, 0.741 and 0.742 on the
# session's reader then. After nlp17a's conventions (reports, results and revisions, staff, budgets, statements over
# lines, counters) and nlp17b's (names: list marks, goal words and kinds, frames, populations of shares and totals,
# glosses and asides, numbers glued inside names, rows with unit headers, per-chamber and sheet rows), with 15 dev items
# corrected to the set's rules (each with a comment): 17a 0.977, 17b 0.947, 17c 0.977, 17d 0.992, 17e 0.911, 17f
# 0.880 — the dev part (2761) 0.976; the test part 0.933 (blind-16t 0.909, the test part before it 0.941), still short
# of the goal.
# Session 10: nine more dev batches written blind (1346 statements): 18a-f, committed first, read 0.898, 0.720, 0.898,
# 0.925, 0.900, 0.737 on main's reader (the dev part with them 0.943); 18g-i, held out until mid-session, 0.730, 0.796,
# 0.832 on the session-start reader. After nlp18a's conventions (a target beside its result, sheets pasted as text,
# after-certification and PDCA wording, minutes, newspapers) and nlp18b's (names: denominators in brackets, glosses
# glued to a name kept and populations left out, periods and labels that name nothing, うち parts aimed at, A及びB …
# それぞれ shared out, conditions inside a name's clause, speakers and boxes, rows with empty or unit cells), with 2 dev
# items corrected (each with a comment): 18a 0.983, 18b 0.956, 18c 0.974, 18d 0.982, 18e 0.982, 18f 0.950, 18g 0.919,
# 18h 0.882, 18i 0.943 — the dev part (4107) 0.971; the test part 0.937 (blind-16t 0.909, the test part before it
# 0.946), still short of the goal. Then 18j (blind-16t's instructions) and 18k (blind-15b's), written blind and kept out
# of the repo until the reader's last change, read 0.817 / 0.776 on the session-start reader and 0.840 / 0.873 on the
# final one (how far the session's conventions carry to writers nobody read); with them the dev part (4406) 0.964.
# Session 11: five more dev batches written blind (747 statements): 19a-c (blind-15b's instructions) and 19d-e
# (blind-16t's) read 0.811, 0.793, 0.800, 0.860, 0.901 on main's reader (the dev part with them, 5153, 0.948). After
# the conventions of nlp19a (values, units, rows and sheets), nlp19b (names: header rows glued before their rows,
# labels opening a line or in a cell of their own, what opens and closes a name — numbers, marks, spans, the time of a
# goal's word —, bases of a year inside a clause, areas and parts in brackets, denominators with their modifiers,
# levels kept, indents and padding) and nlp19c (numbers that are no targets): 18j 0.956, 18k 0.979, 19a 0.943,
# 19b 0.956, 19c 0.956, 19d 0.971, 19e 0.966, 18h 0.905, 18g 0.934, 17f 0.917 — the dev part 0.973; the test part
# 0.951 (blind-16t 0.915, blind-15b 0.851, before blind-16t 0.963): the goal of 0.95 on the whole test part.
INDICATORS_TEST_F1 = 0.951
INDICATORS_DEV_F1 = 0.973
MARGIN = 0.02


def test_indicators_on_the_test_part():
    """The statements written for issue 14 and never looked at while changing the reader
    (crafted: no corpus needed)."""
    from tests.nlp_eval import indicator_scores

    scores = indicator_scores("test")
    assert scores["nlp"][2] >= INDICATORS_TEST_F1 - MARGIN
    assert scores["nlp"][2] > scores["rules"][2] + 0.2
    assert scores["nlp"][2] >= scores["nlp-only"][2]  # what the rules read plainly is not parsed, at no loss


@needs_corpus
def test_indicators_on_the_dev_part():
    from tests.nlp_eval import indicator_scores

    scores = indicator_scores("dev")
    assert scores["nlp"][2] >= INDICATORS_DEV_F1 - MARGIN
    assert scores["nlp"][2] > scores["rules"][2] + 0.2
    assert scores["nlp"][2] >= scores["nlp-only"][2]


def test_statements_read_plainly_read_as_the_parser_reads_them():
    """A statement the rules read with confidence skips the parser: on every annotated statement
    with its own text that the rules take, they give what the parser gives (every field). Dev
    statements only: a failure prints its statement, and the test part is never printed."""
    from hattatsu.extract.nlp.indicators import parse_statements
    from hattatsu.extract.sections.indicators import read_plain
    from tests.nlp_eval import load

    texts = [it["text"] for it in load("indicators.yaml", "dev") if "text" in it]
    plain = {t: read_plain(t) for t in texts}
    taken = [t for t in texts if plain[t] is not None]
    assert len(taken) >= 30
    for text, parsed in zip(taken, parse_statements(taken, rules_first=False), strict=True):
        assert [i.model_dump() for i in plain[text]] == [i.model_dump() for i in parsed], text


def test_the_parts_are_disjoint_and_both_cover_every_new_phrasing():
    """Each phrasing of issue 14 has statements in both parts, and no statement is in both."""
    from tests.nlp_eval import item_text, load

    new = [it for it in load("indicators.yaml") if it["source"] == "crafted-14"]
    dev = {item_text(it) for it in new if it["part"] == "dev"}
    test = {item_text(it) for it in new if it["part"] == "test"}
    assert len(dev) + len(test) >= 60 and not dev & test
    for cue in ("5年間で", "毎年", "年間", "累計", "とする", "向上させる", "割", "ポイント", "未満", "以下", "以上"):
        assert any(cue in t for t in dev) and any(cue in t for t in test), cue


def test_no_test_statement_is_repeated_in_the_dev_part():
    """The dev batches written after a test batch's split (published-14o …) hold none of its statements,
    and the published batch's two halves are both there."""
    from hattatsu.normalize import compact
    from tests.nlp_eval import load

    items = [it for it in load("indicators.yaml") if "text" in it]
    dev = {compact(it["text"]) for it in items if it["part"] == "dev"}
    test = {compact(it["text"]) for it in items if it["part"] == "test"}
    assert len(dev & test) == 0  # a count, not the statements: the test part is never printed
    published = [it for it in items if it["source"] == "published-14n"]
    assert len(published) >= 70 and 0.4 < sum(it["part"] == "test" for it in published) / len(published) < 0.6


def _one(text: str):
    from hattatsu.extract.nlp.indicators import parse_statements

    [found] = parse_statements([text])
    return [(i.name, i.value, i.unit, i.comparator, i.direction, i.per) for i in found]


def test_money_ranges_deadlines_and_populations():
    """Conventions of the second batch (sentences of this test, not of the annotated set)."""
    assert _one("物産展の販売額を年間３，０００万円とする。") == [("物産展の販売額", 3000, "万円", None, None, "year")]
    assert _one("イベント来場者数 1.5万人") == [("イベント来場者数", 15000, "人", None, None, None)]
    assert _one("個別相談件数を年間100件〜120件とする。") == [("個別相談件数", 100, "件", ">=", None, "year")]
    assert _one("令和11年度までに、事業承継件数を累計8件とする。") == [("事業承継件数", 8, "件", None, None, "plan")]
    assert _one("セミナーを受講した40者のうち、10者の創業を目指す。") == [("創業", 10, "者", None, None, None)]
    assert _one("新規出店数の目標を５年間で十店とする。") == [("新規出店数", 10, "店", None, None, "plan")]


def test_achievements_spans_and_clauses_named_as_conventions():
    """Conventions of crafted-14g to k (sentences of this test, not of the annotated set)."""
    assert _one("創業支援件数５件の達成を目指す。") == [("創業支援件数", 5, "件", None, None, None)]
    assert _one("相談対応件数 年間120件の実現") == [("相談対応件数", 120, "件", None, None, "year")]
    assert _one("専門家派遣回数　延30回") == [("専門家派遣回数", 30, "回", None, None, None)]
    assert _one("商談会での売上額　3百万円") == [("商談会での売上額", 3, "百万円", None, None, None)]
    assert _one("SNSの閲覧数　月間500件") == [("SNSの閲覧数", 500, "件", None, None, None)]
    assert _one("景況調査の発送数年2回並びに回答事業所数年100事業所") == [
        ("景況調査の発送数", 2, "回", None, None, "year"), ("回答事業所数", 100, "事業所", None, None, "year")]
    assert _one("小規模事業者30者以上に対し、経営計画の策定支援を行う。") == [
        ("経営計画の策定支援", 30, "者", ">=", None, None)]
    assert _one("販路開拓支援件数　年間20件（うち新規8件）")[1] == ("新規", 8, "件", None, None, None)
    assert _one("町内での5件以上の新規出店を目指す。") == [("町内での新規出店", 5, "件", ">=", None, None)]
    assert _one("1社当たりの粗利益を3%向上させた事業者の数　12者")[0][0] == "1社当たりの粗利益を3%向上させた事業者の数"
    assert _one("支援後、6か月以内に売上が増加した割合　50%以上")[0][0] == "6か月以内に売上が増加した割合"
    assert _one("支援先のうち、7割以上が経営計画を策定することを目指す。") == [
        ("経営計画を策定", 7, "割", ">=", None, None)]
    assert _one("観光施設の来場者数　各年度2万人") == [("観光施設の来場者数", 20000, "人", None, None, "year")]
    assert _one("地域のDI値を年率1ポイント改善する。") == [("地域のDI値", 1, "ポイント", None, "increase", "year")]
    assert _one("廃業件数を現状の10件から5件に減らす。") == [("廃業件数", 5, "件", None, "decrease", None)]
    assert _one("支援先の黒字化率を現状の30%から40%に引き上げる。")[0][4] is None  # a level to reach
    assert [i[4] for i in _one("来店客数を5年間で10%、客単価を5年間で5%増加させる。")] == ["increase", "increase"]
    assert _one("IT導入の支援（年2回、参加者20名）")[1] == ("参加者", 20, "名", None, None, None)
    assert _one("【KGI】販路開拓支援事業者数　5年間で40者") == [("販路開拓支援事業者数", 40, "者", None, None, "plan")]
    assert _one("・成約件数：1事業者あたり3件") == [("成約件数", 3, "件", None, None, None)]
    assert _one("ホームページの新規作成支援数　5年間累計15件")[0][0] == "ホームページの新規作成支援数"
    assert _one("相談会　月2回開催（年24回）") == [
        ("相談会", 2, "回", None, None, None), ("相談会", 24, "回", None, None, "year")]
    assert _one("指導件数を800件（5年間合計）とする。")[0][5] == "plan"
    assert _one("採択件数を、5年間で延べ30件とする。")[0][5] == "plan"
    assert _one("回答率＝70%") == [("回答率", 70, "%", None, None, None)]
    assert _one("研修会の開催回数 → 年4回") == [("研修会の開催回数", 4, "回", None, None, "year")]
    assert [i[0] for i in _one("受講者数を毎年20名確保し、5年間で100名とする。")] == ["受講者数", "受講者数"]


def test_chambers_ways_of_writing_targets():
    """Conventions of crafted-14l/m (sentences of this test, not of the annotated set)."""
    assert _one("来店客数　30%→45%") == [("来店客数", 45, "%", None, None, None)]
    assert _one("相談件数　現状80件→目標120件") == [("相談件数", 120, "件", None, None, None)]
    assert _one("粗利益率を3パーセントポイント改善する。")[0][1:3] == (3, "ポイント")
    assert _one("指導日数　年間40人日")[0][1:3] == (40, "人日")
    assert _one("支援先の倒産件数をゼロ件とする。")[0][:3] == ("支援先の倒産件数", 0, "件")
    assert _one("受講者数 15名×年4回") == [
        ("受講者数", 15, "名", None, None, None), ("受講者数", 4, "回", None, None, "year")]
    # (session 8: a span glued inside a の-phrase is left out of the name too, as the settled rules say)
    assert _one("地域の年間観光客数を二万人増やす。")[0][:3] == ("地域の観光客数", 20000, "人")
    assert [i[0] for i in _one("経営相談件数　新規20件、継続60件")] == ["新規", "継続"]
    assert _one("現状、事業承継計画を策定した事業者の割合は10%にとどまっている。") == []
    assert _one("支援先の売上高　現状の1.5倍")[0][:3] == ("支援先の売上高", 1.5, "倍")
    assert _one("■KPI　窓口相談件数　年間300件")[0][0] == "窓口相談件数"
    assert _one("・研修会開催回数……年2回") == [("研修会開催回数", 2, "回", None, None, "year")]
    assert _one("経営分析件数（目標）45件")[0][:3] == ("経営分析件数", 45, "件")
    assert _one("導入率を50%（現状20%）とする。") == [("導入率", 50, "%", None, None, None)]
    assert _one("処理期間を平均3日短縮する。")[0][:3] == ("処理期間", 3, "日")
    assert _one("空き店舗数を現状の8店舗から半減の4店舗とする。")[0][:3] == ("空き店舗数", 4, "店舗")
    assert [i[:2] for i in _one("開業者数　令和8年度：3人、令和10年度：6人")] == [("開業者数", 3), ("開業者数", 6)]
    assert _one("前年度の実績は巡回件数300件であり、これを毎年400件まで増やす。") == [
        ("巡回件数", 400, "件", None, None, "year")]
    assert _one("少なくとも月2回、創業予定者を訪問する。")[0][:3] == ("創業予定者を訪問", 2, "回")
    assert _one("専門家派遣事業者数　25者（累計）")[0][5] == "plan"


def test_several_indicators_in_one_statement():
    assert _one("KPI：承継診断実施 20 社、事業承継計画策定 15 社、マッチング成立 3 件") == [
        ("承継診断実施", 20, "社", None, None, None), ("事業承継計画策定", 15, "社", None, None, None),
        ("マッチング成立", 3, "件", None, None, None)]


def test_a_ratio_with_a_direction_and_its_condition():
    assert _one("KGI：支援先のうち、粗利率が改善した企業割合が30%以上。") == [
        ("粗利率が改善した企業割合", 30, "%", ">=", None, None)]
    assert _one("KGI：販路開拓支援を行った事業者のうち、売上が5%以上増加した事業者の割合が40%以上。") == [
        ("売上が5%以上増加した事業者の割合", 40, "%", ">=", None, None)]


def test_a_reduction_and_a_time_span_that_is_not_a_measure():
    assert _one("KGI：オンライン売上比率 50%、受注～出荷時間 20%短縮。")[1] == (
        "受注~出荷時間", 20, "%", None, "decrease", None)
    assert _one("KGI：承継完了 10 件、承継後 2 年で売上 5%増・雇用維持率 90%。") == [
        ("承継完了", 10, "件", None, None, None), ("売上", 5, "%", None, "increase", None),
        ("雇用維持率", 90, "%", None, None, None)]


def test_counts_over_a_span_with_no_particle_or_from_a_baseline():
    """Phrasings of issue 14 (sentences of this test, not of the annotated set)."""
    assert _one("相談件数を累計200件とする。") == [("相談件数", 200, "件", None, None, "plan")]
    assert _one("KPI：指導先数50者") == [("指導先数", 50, "者", None, None, None)]
    # (the end point of a change from a baseline, as the annotated set has it: 「10者から30者に増やす」)
    assert _one("受注件数を現状の10件から15件に増やす。") == [("受注件数", 15, "件", None, "increase", None)]
    assert _one("販路開拓件数を支援先1社あたり年間2件とする。") == [("販路開拓件数", 2, "件", None, None, "year")]


def test_points_quotes_and_counts_named_after_them():
    assert _one("粗利率を２ポイント向上させる。") == [("粗利率", 2, "ポイント", None, "increase", None)]
    assert _one("「創業塾」の受講者数 年間30人") == [("「創業塾」の受講者数", 30, "人", None, None, "year")]
    assert _one("その内20社に対しての商談支援")[0][:3] == ("商談支援", 20, "社")


def test_table_like_lines_ranges_and_a_base_year():
    assert _one("指標：販路開拓支援数　目標値：25社") == [("販路開拓支援数", 25, "社", None, None, None)]
    assert _one("経営相談件数：年間120件") == [("経営相談件数", 120, "件", None, None, "year")]
    assert _one("相談件数を年間50～60件程度とする。") == [("相談件数", 50, "件", ">=", None, "year")]
    assert _one("出展事業者数を平成30年度比20%増加させる。") == [("出展事業者数", 20, "%", None, "increase", None)]
    assert _one("商談件数を前年度比で10%以上増やす。") == [("商談件数", 10, "%", ">=", "increase", None)]
    assert _one("目 標:45社の事業計画策定支援")[0][:3] == ("事業計画策定支援", 45, "社")  # a label, then the name


def test_counts_of_one_thing_over_two_spans_and_joined_indicators():
    assert _one("巡回件数 月30件、年間360件") == [("巡回件数", 30, "件", None, None, None),
                                                ("巡回件数", 360, "件", None, None, "year")]
    assert [x[:3] for x in _one("広報誌の発行回数を隔月で1回（年6回）とする。")] == [("広報誌の発行回数", 1, "回"),
                                                                             ("広報誌の発行回数", 6, "回")]
    assert [x[:3] for x in _one("販路開拓セミナー参加者数 約40人及び個別相談件数 約15件")] == [
        ("販路開拓セミナー参加者数", 40, "人"), ("個別相談件数", 15, "件")]
    assert [x[:3] for x in _one("事業計画策定支援件数：30件（うち創業計画 10件）")] == [
        ("事業計画策定支援件数", 30, "件"), ("創業計画", 10, "件")]
    assert _one("受講者数を令和5年度の20人から30人に増やす。")[0][:3] == ("受講者数", 30, "人")
    assert _one("専門家派遣件数 8件／年") == [("専門家派遣件数", 8, "件", None, None, "year")]


def test_parsed_texts_are_reused_and_the_cache_can_be_off(monkeypatch):
    from hattatsu.extract import nlp

    [a] = nlp.parse(["経営分析件数を年間60件とする。"])
    [b] = nlp.parse(["経営分析件数を年間60件とする。"])
    assert a is b and not a.has_annotation("ENT_IOB")  # no named-entity pass for numbers
    monkeypatch.setattr(nlp, "CACHE_SIZE", 0)
    [c] = nlp.parse(["商談件数を年間10件とする。"])
    [d] = nlp.parse(["商談件数を年間10件とする。"])
    assert c is not d and [t.dep_ for t in c] == [t.dep_ for t in d]


def test_a_parsed_text_serves_the_names_pass_with_the_same_names():
    from hattatsu.extract import nlp
    from hattatsu.extract.nlp.entities import find_nlp

    line = "川口商工会議所 伊藤専務理事"
    nlp.clear_cache()
    fresh = find_nlp([line])
    nlp.clear_cache()
    [parsed] = nlp.parse([line])
    [tagged] = nlp.tag([line], lambda doc: True)
    assert tagged is parsed and tagged.has_annotation("ENT_IOB")  # the recogniser ran on the parsed doc
    nlp._TAGGED.clear()
    assert find_nlp([line]) == fresh and any(f.kind == "person" for f in fresh[0])


def test_per_year_counts_and_numbers_in_words_or_full_width():
    assert _one("ＫＰＩ：事業計画策定件数 年間十五件") == [("事業計画策定件数", 15, "件", None, None, "year")]
    assert _one("KPI：専門家派遣件数 二十件、セミナー参加者数 百二十名")[1][:3] == ("セミナー参加者数", 120, "名")
    assert _one("目標として共同出展を年2回で18社の出展支援")[0] == ("共同出展", 2, "回", None, None, "year")


@pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="../shared/corpus is not beside this checkout")
def test_no_nlp_gives_the_rules_result():
    path = SHARED_CORPUS / "takasaki-gunma_plan_R8-R12.txt"
    [rules] = extract_file(path, ReadOptions(nlp=False))
    [nlp] = extract_file(path, ReadOptions(nlp=True))
    assert rules.goals.objectives[0].kgi[1].name == "承継後 2 年で売上"
    assert nlp.goals.objectives[0].kgi[1].name == "売上" and nlp.goals.objectives[0].kgi[1].direction == "increase"


def test_the_model_loads_only_when_a_path_needs_it():
    code = ("import sys; from hattatsu.extract import extract_file; from hattatsu.extract.readers import ReadOptions;"
            "extract_file('corpus/midorigawa-society_plan_R9-R13.txt', ReadOptions(nlp=False));"
            "print('spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_model_is_loaded_once():
    from hattatsu.extract.nlp import load

    assert load() is load()


@needs_corpus
def test_actuals_from_prose_on_the_dev_part():
    from tests.nlp_eval import actual_scores

    scores = actual_scores("dev")
    assert scores["nlp"][2] >= 0.98
    assert scores["nlp"][2] >= scores["rules"][2]


def test_actuals_and_entities_on_the_test_part():
    from tests.nlp_eval import actual_scores, entity_scores

    assert actual_scores("test")["nlp"][2] >= 0.9
    assert entity_scores("person", "test")["nlp"][2] >= 0.95
    assert entity_scores("organization", "test")["nlp"][2] >= 0.95


def test_actual_and_target_pairs_from_report_sentences():
    from hattatsu.extract.nlp.actuals import read_results

    texts = ["28件の支援にとどまり、目標の60件を大幅に下回る結果となった。",
             "支援実績は8事業所、延べ15回となった。", "支援実績は8事業所、延べ15回となった。",
             "計画では年間30社としていたが、支援できたのは22社にとどまった。",
             "相談件数は前年度の120件から135件に増加した。"]
    found = read_results(texts, ["件", "社", "回", "社", "件"])
    pairs = [((r.actual.value, r.actual.unit) if r.actual else None,
              (r.target.value, r.target.unit) if r.target else None) for r in found]
    assert pairs == [((28, "件"), (60, "件")), ((8, "事業所"), None), ((15, "回"), None),
                     ((22, "社"), (30, "社")), ((135, "件"), None)]


def test_an_item_without_its_heading_is_placed_by_content():
    """Every item heading of the synthetic plan removed in turn: the item is still found,
    with its key, both by rules and by GiNZA."""
    from tests.nlp_eval import section_scores

    scores = section_scores(("midorigawa-society_plan_R9-R13.txt",))
    assert scores["rules"] == scores["nlp"] == (1.0, 1.0, 1.0)


@needs_corpus
def test_the_content_classifier_reads_items_better_with_nlp():
    from tests.nlp_eval import content_scores

    scores = content_scores(("kanazawa-cci_plan_R8-R12.txt", "takasaki-gunma_plan_R8-R12.txt"))
    assert scores["nlp"][2] >= 0.9
    assert scores["nlp"][2] >= scores["rules"][2]


def test_an_unheaded_item_is_marked_inferred_in_the_output(tmp_path):
    from click.testing import CliRunner

    from hattatsu.cli import main
    from tests.conftest import SYNTHETIC_PLAN

    lines = SYNTHETIC_PLAN.read_text(encoding="utf-8").splitlines()
    heading = lines.index("4. 需要動向調査に関すること")
    source = tmp_path / "plan.txt"
    source.write_text("\n".join(lines[:heading] + lines[heading + 1:]), encoding="utf-8")
    out = tmp_path / "plan.json"
    assert CliRunner().invoke(main, ["extract", str(source), "-o", str(out)]).exit_code == 0
    import json

    items = json.loads(out.read_text(encoding="utf-8"))["items"]
    item = next(i for i in items if i["key"] == "demand_trends")
    assert (item["number"], item["title"], item["location"]["inferred"]) == (4, "需要動向調査に関すること", True)
    assert "inferred" not in items[0]["location"]


def test_conventions_of_published_plans():
    """Conventions of published-14n's dev half, on sentences of this test (not of the annotated set)."""
    # 「計画期間中N件」 (the METI compilations of 概要) and 「本計画期間における…」: the plan's span, no name
    assert _one("・創業計画の策定支援（計画期間中５０件）") == [("創業計画の策定支援", 50, "件", None, None, "plan")]
    assert _one("経営革新計画承認件数　計画期間中８件") == [("経営革新計画承認件数", 8, "件", None, None, "plan")]
    assert _one("本計画期間における創業者数の目標は３０人である。") == [("創業者数", 30, "人", None, None, "plan")]
    # 「1者につき」: a denominator, as 当たり
    assert _one("フォローアップ訪問を支援先１者につき年３回実施する。") == [
        ("フォローアップ訪問", 3, "回", None, None, "year")]
    # a 別表1 row copied as text: one value a year, all the row's name
    assert [i[:3] for i in _one("経営分析件数　３０件　３５件　４０件")] == [
        ("経営分析件数", 30, "件"), ("経営分析件数", 35, "件"), ("経営分析件数", 40, "件")]
    # 「四半期ごとに」: a span between two values of one count
    assert _one("景況調査件数　年間４００件（四半期ごとに１００件）")[1][:3] == ("景況調査件数", 100, "件")
    # a population's size in brackets before のうち: no target
    assert _one("管内の商業者（約８００者）のうち、キャッシュレス決済を導入した事業者の割合を５０％とする。") == [
        ("キャッシュレス決済を導入した事業者の割合", 50, "%", None, None, None)]
    # after a count, a bracket with a noun of its own before its number: named by that noun (毎回 no noun)
    assert _one("持続化補助金申請支援件数　年間３０件（採択件数２０件）")[1][:3] == ("採択件数", 20, "件")
    assert _one("経営セミナー　年３回開催（毎回受講者２５名）") == [
        ("経営セミナー", 3, "回", None, None, "year"), ("受講者", 25, "名", None, None, None)]
    # 「Xを、Yの2割以上」: Y is the population the share is of, X what is measured
    assert _one("経営計画の策定率を、会員事業所の２割以上とする。") == [("経営計画の策定率", 2, "割", ">=", None, None)]
    # 「…5%以上改善の事業者数 6者」: a quantity and its change joined by の qualify the next count's name
    assert _one("粗利益率５％以上改善の事業者数　６者") == [("粗利益率5%以上改善の事業者数", 6, "者", None, None, None)]
    # a bracket glossing a name: a formula inside a sentence, any gloss before a table-like value
    assert _one("客単価（売上高／客数）を３％向上させる。")[0][0] == "客単価(売上高/客数)"
    assert _one("リピート率（再来店客の割合）　４０％")[0][0] == "リピート率(再来店客の割合)"
    assert _one("支援先の割合（会員全体に対する比率）を20%以上とする。")[0][0] == "支援先の割合"
    # copies and sheets
    assert _one("会報の発行部数　毎月３，０００部") == [("会報の発行部数", 3000, "部", None, None, None)]
    assert _one("アンケート回収数　１００枚") == [("アンケート回収数", 100, "枚", None, None, None)]


def test_rows_of_the_guideline_and_evaluation_sheets():
    """Conventions of published-14o (sentences of this test, not of the annotated set)."""
    # a 別表1 row whose 現行 cell is empty (「―」「未実施」): no part of the name
    assert [i[:3] for i in _one("③フォローアップ事業者数　―　２０者　２５者")] == [
        ("フォローアップ事業者数", 20, "者"), ("フォローアップ事業者数", 25, "者")]
    assert _one("販路開拓支援事業者数　未実施　８者　１０者")[0][0] == "販路開拓支援事業者数"
    # 「／社」「（1社当たり）」 between a name and its value: a denominator
    assert _one("展示会出展事業者数　２者、商談件数／社　４件")[1][:3] == ("商談件数", 4, "件")
    assert _one("売上増加額／社　５０万円") == [("売上増加額", 50, "万円", None, None, None)]
    assert _one("ＥＣ導入支援件数（１社当たり）　２件") == [("EC導入支援件数", 2, "件", None, None, None)]
    # the year a value is for, in brackets after it or as 「R8：」 before it
    assert [i[:3] for i in _one("創業者数　４人（Ｒ８年度）、５人（Ｒ９年度）")] == [
        ("創業者数", 4, "人"), ("創業者数", 5, "人")]
    assert [i[:3] for i in _one("空き店舗活用件数　Ｒ８：１件　Ｒ９：２件")] == [
        ("空き店舗活用件数", 1, "件"), ("空き店舗活用件数", 2, "件")]
    # an evaluation sheet's 「本年度目標」 labels the value
    assert _one("相談会の開催回数　本年度目標１２回") == [("相談会の開催回数", 12, "回", None, None, None)]
    # a result (「であった」「となった」) is no target
    assert _one("令和５年度の創業者数は１２人であった。") == []
    assert _one("昨年度の商談成約件数は８件となった。") == []


def test_bullets_rows_and_glosses_of_published_plans():
    """Conventions of published-14p (sentences of this test, not of the annotated set)."""
    # a 概要 bullet with two counts in its bracket, a span word before the second
    assert [i[:3] + i[5:] for i in _one("・試作品の評価会（３品目、計画期間中１５０名）")] == [
        ("試作品の評価会", 3, "品目", "plan"), ("試作品の評価会", 150, "名", "plan")]
    # 「（年）」 after a row's name, its 現行 cell a baseline
    assert [i[:3] + i[5:] for i in _one("窓口相談件数（年）　現行３００件　３５０件　４００件")] == [
        ("窓口相談件数", 350, "件", "year"), ("窓口相談件数", 400, "件", "year")]
    # the unit in the name's bracket, the cells bare numbers a space apart (never one number)
    assert [i[:3] for i in _one("創業者数（人）　３　４　５")] == [("創業者数", 3, "人"), ("創業者数", 4, "人"),
                                                            ("創業者数", 5, "人")]
    assert _one("事業承継相談会　四半期毎１回") == [("事業承継相談会", 1, "回", None, None, None)]
    assert _one("記帳指導事業者数　目標値（Ｂ）８０者") == [("記帳指導事業者数", 80, "者", None, None, None)]
    # a gloss with a span inside, a span word before the value; a point in time inside a clause
    assert _one("支援先の割合（支援後６か月以内の黒字化）　年間２０％")[0][:3] == (
        "支援先の割合(支援後6か月以内の黒字化)", 20, "%")
    assert _one("支援先のうち、５年後に事業を継続している事業者の割合　９０％")[0][0] == \
        "5年後に事業を継続している事業者の割合"


def test_labels_denominators_and_asides_of_published_plans():
    """Conventions of published-14q (sentences of this test, not of the annotated set)."""
    assert _one("≪ＫＰＩ≫　商談会参加事業者数　年間６者") == [("商談会参加事業者数", 6, "者", None, None, "year")]
    assert _one("☆創業相談件数　３０件") == [("創業相談件数", 30, "件", None, None, None)]
    # a denominator before 平均, or in brackets with any counter
    assert _one("新規顧客数は、支援先１者当たり平均３件を目標とする。")[0][:3] == ("新規顧客数", 3, "件")
    assert _one("試食調査の回答者数（１品目当たり）　３０名") == [("試食調査の回答者数", 30, "名", None, None, None)]
    # staffing, or a past value with its year, in brackets: no target
    assert _one("窓口相談件数　３００件／年（経営指導員２名）") == [("窓口相談件数", 300, "件", None, None, "year")]
    assert _one("特産品の販売額を２，０００万円とする（令和５年度実績１，２００万円）。") == [
        ("特産品の販売額", 2000, "万円", None, None, None)]
    # a bracket glued between two nouns of a name; a row's unit after a name with a denominator
    assert _one("記帳（決算）指導件数　年間８０件")[0][0] == "記帳(決算)指導件数"
    assert [i[:3] for i in _one("１社当たり商談件数（件）　２　３")] == [("商談件数", 2, "件"), ("商談件数", 3, "件")]


def test_targets_of_published_objective_paragraphs():
    """Conventions of published-14r (sentences of this test, not of the annotated set)."""
    assert _one("来店客数　対前年度比１１０％") == [("来店客数", 110, "%", None, None, None)]
    assert _one("支援先の粗利益率　＋２ポイント") == [("支援先の粗利益率", 2, "ポイント", None, "increase", None)]
    assert [i[:3] + i[5:] for i in _one("経営分析件数　初年度３０件、以降毎年４０件")] == [
        ("経営分析件数", 30, "件", None), ("経営分析件数", 40, "件", "year")]
    assert _one("専門家の事業所訪問　１社年３回") == [("専門家の事業所訪問", 3, "回", None, None, "year")]
    # a value another one right after it is to exceed is a baseline; alone, a target with its comparator
    assert _one("創業相談件数は、昨年度の２０件を上回る年２５件を目標とする。") == [
        ("創業相談件数", 25, "件", None, None, "year")]
    assert _one("成約件数が年間５件を上回ることを目指す。")[0][:3] == ("成約件数", 5, "件")
    # an aside in brackets (numbers with no counter) is no part of the name
    assert _one("研修の理解度（10点満点で8点以上の割合）　７０％")[0][:3] == ("研修の理解度", 70, "%")
    assert _one("策定支援を５０件行い、うち２０件以上で新商品開発を実現する。")[1][:3] == ("新商品開発", 20, "件")
    assert _one("商談会での成約件数　１社平均２件")[0][0] == "商談会での成約件数"


def test_targets_in_the_wording_of_evaluation_reports():
    """Conventions of published-14s (sentences of this test, not of the annotated set)."""
    # 実績 and 達成率 columns are what was done; a name ending in 達成率 is a target
    assert _one("創業支援件数：目標１０件、実績１２件") == [("創業支援件数", 10, "件", None, None, None)]
    assert _one("記帳指導件数は、目標値６０件に対し実績５５件（達成率９２％）であった。")[0][:3] == (
        "記帳指導件数", 60, "件")
    assert _one("支援先の経営計画達成率　８０％")[0][:3] == ("支援先の経営計画達成率", 80, "%")
    assert _one("令和６年度の実績値は、巡回件数５２０件、窓口相談件数２１０件であった。") == []
    # a bracket of span words or a denominator after a count restates it
    assert [i[0] for i in _one("経営相談会　年４回（各回１０名）")] == ["経営相談会", "経営相談会"]
    assert [i[0] for i in _one("記帳指導　年間１２０件（指導員１人当たり４０件）")] == ["記帳指導", "記帳指導"]
    # the share's population said again; a means between an object and its frequency
    assert _one("受講者のうち、６割以上の事業者が事業計画を策定することを目指す。")[0][:3] == (
        "事業計画を策定", 6, "割")
    assert _one("景況調査の結果を会報で年２回周知する。")[0][:3] == ("景況調査の結果", 2, "回")


def test_outcome_targets_of_recent_plans():
    """Conventions of published-14t (sentences of this test, not of the annotated set)."""
    # conditions of time or amount inside a name's clause belong to it
    assert _one("ＫＧＩ：開業後２年以上営業を継続している店舗数　１５店舗")[0][0] == \
        "開業後2年以上営業を継続している店舗数"
    assert _one("残業時間を月間２０時間以上削減した事業者数　８者")[0][0] == "残業時間を月間20時間以上削減した事業者数"
    # 合計 heading an object is the name's; 第三者 is no numeral
    assert _one("支援先の売上高の合計を、５年間で２億円増加させる。")[0][:3] == ("支援先の売上高の合計", 2, "億円")
    assert _one("事業承継件数　１０件（うち第三者承継２件）")[1][:3] == ("第三者承継", 2, "件")
    # a share of a bracketed level; a value another one is to exceed, in brackets, is a baseline
    assert _one("飲食店の売上高を、コロナ前（令和元年度）の水準の９０％まで回復させる。")[0][:3] == (
        "飲食店の売上高", 90, "%")
    assert _one("町内の創業率を、全国平均（３．５％）を上回る４．０％とする。") == [
        ("町内の創業率", 4.0, "%", None, None, None)]


def _names(text: str) -> list[tuple]:
    return [(n.replace(" ", "") if n else n, v, u) for n, v, u, *_ in _one(text)]


def test_labels_and_list_marks_of_plans_written_blind():
    """Conventions of blind-15 (sentences of this test, not of the annotated set): labels numbered or
    lettered within their list, short words in 【】, list numbers and bullets are no part of a name."""
    for text in ("KPI-3 商談成約件数 15件", "指標C　商談成約件数　15件", "⑵ 商談成約件数 ･･･ 15件",
                 "（3）商談成約件数　１５件", "２．商談成約件数　15件", "【重点】商談成約件数 15件",
                 "▶KPI：商談成約件数　１５件", "◎KPI② 商談成約件数 15件"):
        assert _names(text) == [("商談成約件数", 15, "件")], text
    assert _names("・ｾﾐﾅｰ参加者数　延べ２００名") == [("セミナー参加者数", 200, "名")]
    assert _names("第二創業支援件数　３件") == [("第二創業支援件数", 3, "件")]
    assert _names("観光客入込数　２万５千人") == [("観光客入込数", 25000, "人")]
    assert _names("観光客入込数　二万五千人") == [("観光客入込数", 25000, "人")]
    assert _names("支援先の売上増加額　一千万円") == [("支援先の売上増加額", 1000, "万円")]
    assert _names("来街者数を１日平均３，０００人とする。")[0][1:] == (3000, "人")


def test_evaluation_sheet_rows_and_revised_targets():
    """An evaluation sheet's row: only its 目標 cells are targets, of the 指標 cell's name; a revised target
    is the new value."""
    assert _names("事業評価シート｜No.5｜創業支援｜指標：創業者数｜目標値 6人｜実績値 4人｜達成率 66.7%｜評価 C") == [
        ("創業者数", 6, "人")]
    row = "事業名 販路開拓 指標 商談成約件数 R6目標 10件 R6実績 7件 達成率 70％ 評価 C R7目標 12件"
    assert sorted(_names(row)) == [("商談成約件数", 10, "件"), ("商談成約件数", 12, "件")]
    assert _names("令和5年度　経営分析件数　目標値 40件　実績値 38件　達成率 95％") == [("経営分析件数", 40, "件")]
    assert _names("（２）記帳指導件数　目標値：120件／実績値：131件／達成率：109.2％／評価：Ａ") == [
        ("記帳指導件数", 120, "件")]
    assert _names("KPI「巡回訪問件数」を年500件から年600件に変更した。") == [("巡回訪問件数", 600, "件")]
    assert _names("変更前：経営分析件数 30件／変更後：経営分析件数 35件") == [("経営分析件数", 35, "件")]
    assert _names("経営計画策定件数を、現状（令和5年度）の年8件から年12件に増加させる。") == [
        ("経営計画策定件数", 12, "件")]


def test_rows_flattened_by_a_converter():
    """別表1 rows copied as text: 現行/現状 and 平成-year cells are where things stand, bars and year labels
    are borders, a row's unit may be in its name's bracket or set apart from its number."""
    assert sorted(_names("窓口相談件数｜現行｜120件｜R8｜150件｜R9｜160件")) == [
        ("窓口相談件数", 150, "件"), ("窓口相談件数", 160, "件")]
    assert sorted(set(_names("創業者数　現状 3人　R8 5人　R9 5人　R10 6人"))) == [
        ("創業者数", 5, "人"), ("創業者数", 6, "人")]
    assert _names("事業承継支援件数　平成30年度 4件　令和8年度 8件") == [("事業承継支援件数", 8, "件")]
    assert sorted(set(_names("経営分析件数（件） 現行 25 目標 30 30 35"))) == [
        ("経営分析件数", 30, "件"), ("経営分析件数", 35, "件")]
    assert sorted(_names("売上増加額（万円）　現行　－　100　150")) == [
        ("売上増加額", 100, "万円"), ("売上増加額", 150, "万円")]
    assert _names("商談会出展者数　１０　社") == [("商談会出展者数", 10, "社")]
    assert _names("KPI-2　ＤＸ支援事業者数　　２　０　者") == [("DX支援事業者数", 20, "者")]
    assert _names("販路開拓支援事業者数：年10者（R8）→年15者（R12）") == [("販路開拓支援事業者数", 15, "者")]
    assert _names("マル経融資推薦件数 年間15件（前年度12件）") == [("マル経融資推薦件数", 15, "件")]
    assert _names("創業者数 現行2人 目標 5年間で計10人") == [("創業者数", 10, "人")]
    assert _names("IT導入支援事業者数　現行　5者　→　令和12年度　15者") == [("IT導入支援事業者数", 15, "者")]


def test_names_from_the_right_noun():
    """Means, bases, averages over a population, topics and relative clauses (sentences of this test)."""
    assert _names("支援先の付加価値額を３年間で平均５％向上させる。") == [("支援先の付加価値額", 5, "%")]
    assert _names("支援先の売上高を基準年度比で10％増加させる。") == [("支援先の売上高", 10, "%")]
    assert _names("申請書類の作成期間を、専門家派遣により平均10日短縮する。") == [("申請書類の作成期間", 10, "日")]
    assert _names("新商品開発件数については、計画期間中に15件の開発を目指す。") == [("新商品開発件数", 15, "件")]
    assert _names("DX推進率　支援先平均で50%以上") == [("DX推進率", 50, "%")]
    assert _names("受注から納品までの平均日数を10日以内とする。") == [("受注から納品までの平均日数", 10, "日")]
    assert _names("売上高が前年度比５％以上増加した事業者の割合を、計画最終年度において５割以上とする。") == [
        ("売上高が前年度比5%以上増加した事業者の割合", 5, "割")]
    assert _names("巡回訪問件数：年間５００件（うち経営指導員による訪問３００件）") == [
        ("巡回訪問件数", 500, "件"), ("経営指導員による訪問", 300, "件")]
    assert _names("新規顧客獲得支援事業者数（年間）：20者　うち県外・海外：5者") == [
        ("新規顧客獲得支援事業者数", 20, "者"), ("県外・海外", 5, "者")]
    assert _names("離職率を令和10年度までに2ポイント引き下げ、8％とする。") == [
        ("離職率", 2, "ポイント"), ("離職率", 8, "%")]
    assert _names("専門家派遣件数を当面は年間１０件、令和１０年度以降は年間１５件とする。") == [
        ("専門家派遣件数", 10, "件"), ("専門家派遣件数", 15, "件")]
    assert _names("創業者数を、計画期間５年間の合計で２５人とする。") == [("創業者数", 25, "人")]


def test_numbers_that_are_no_targets():
    """Sentences that describe (past, state, definition, reference, history) and make-ups give no targets;
    a past clause before a target leaves the target."""
    for text in ("令和4年度の創業者数は3人であったが、令和5年度には1人まで減少した。",
                 "管内の事業所数は平成28年に850事業所、令和3年に780事業所と減少している。",
                 "（参考）前計画期間の経営分析件数：R1 20件、R2 22件、R3 25件",
                 "巡回訪問件数の推移：R3 450件、R4 480件",
                 "当所の職員数は12名で、うち経営指導員は4名である。",
                 "会議は年2回開催しており、委員は10名で構成している。",
                 "連絡先：TEL 012-345-6789",
                 "計画の進捗は、外部有識者２名を含む委員会で毎年度確認する。"):
        assert _one(text) == [], text
    assert _names("これまで年間5件程度の事業承継相談に対応してきたが、今後は事業承継診断件数を年間10件とする。") == [
        ("事業承継診断件数", 10, "件")]
    assert _names("事業計画策定件数は、前期の実績（年平均15件）を踏まえ、年間20件とする。") == [
        ("事業計画策定件数", 20, "件")]


def test_dates_staff_parts_made_into_and_current_values():
    """Dates and the staff measure nothing; 「うちN件をXとする」 names a part; a value of the year before in brackets
    and a fiscal year opening a line are no targets nor names."""
    assert _names("令和６年４月１日から令和11年３月31日までの５年間で、創業者数を累計３０人とする。") == [
        ("創業者数", 30, "人")]
    assert _names("経営指導員３名と補助員２名で、年間６００件の巡回訪問を行う。") == [("巡回訪問", 600, "件")]
    assert _one("経営指導員は4名、補助員は2名の体制で支援にあたる。") == []
    assert _names("事業計画策定件数を30件から40件に引き上げ、うち10件を創業計画とする。") == [
        ("事業計画策定件数", 40, "件"), ("創業計画", 10, "件")]
    assert _names("巡回訪問件数　５００件（前年度実績４５０件）") == [("巡回訪問件数", 500, "件")]
    assert _names("令和８年度　KPI　経営分析件数　４０件") == [("経営分析件数", 40, "件")]
    assert sorted(_names("売上高増加事業者数　計画期間累計５０者（年１０者）")) == [
        ("売上高増加事業者数", 10, "者"), ("売上高増加事業者数", 50, "者")]


def test_sheet_cells_without_labels_goal_labels_and_revision_marks():
    """A sheet row set apart by bars is named by the cell before its first 目標 cell; a word of goal opening a
    line labels it; a revision's mark after a name is no part of it."""
    assert _names("No.2 | 経営分析 | 経営分析件数 | 目標 40件 | 実績 36件 | 90.0% | B") == [("経営分析件数", 40, "件")]
    assert _names("◆重点目標　小規模事業者の経営計画策定件数　年間５０件") == [
        ("小規模事業者の経営計画策定件数", 50, "件")]
    assert _names("経営分析件数（修正後）　年間４５件") == [("経営分析件数", 45, "件")]


def test_a_threshold_inside_a_name_is_a_condition():
    """「N円未満の…」 before another quantity qualifies the class of things that one measures; alone, a count
    named after it stays one (「10人以上の雇用創出」)."""
    assert _names("従業員２０人以下の小規模事業者への支援割合を、全体の７割以上とする。") == [
        ("従業員20人以下の小規模事業者への支援割合", 7, "割")]
    assert _names("町内での５人以上の雇用創出を目指す。")[0][1:] == (5, "人")


def test_long_sentences_era_years_and_header_rows():
    """A doing then the total it reaches is one name; era years (令和N年) are points in time; a table flattened with
    its header row first gives the name and its cells, the 現行 cell dropped."""
    assert _names("地域資源を活用した新商品を毎年２品目開発し、計画期間中に１０品目とする。") == [
        ("地域資源を活用した新商品", 2, "品目"), ("地域資源を活用した新商品", 10, "品目")]
    assert _names("観光消費額を令和５年の２３億円から令和１２年に３０億円へ増加させる。") == [
        ("観光消費額", 30, "億円")]
    text = "分析を踏まえ、毎年度２０者以上の事業計画策定を支援し、そのうち８割以上の事業者の売上増加を目指す。"
    assert _names(text)[0] == ("事業計画策定", 20, "者")  # (a threshold before の, its noun not modifying another)
    assert sorted(set(_names("項目 現行 R8 R9 R10 R11 R12 巡回訪問件数 400 450 450 500 500 500"))) == [
        ("巡回訪問件数", 450, None), ("巡回訪問件数", 500, None)]


def test_labelled_cells_with_years_and_results_in_brackets():
    """「現状値（令和5年度）：N → 目標値（令和12年度）：M」: the years of labelled cells go, the target is M; a result
    with its 達成率 in brackets before its verb (「28件（達成率93%）となった」) is none."""
    assert _names("事業承継件数　現状値（令和5年度）：2件 → 目標値（令和12年度）：6件") == [("事業承継件数", 6, "件")]
    assert _names("事業計画策定件数（目標：年３０件）は、２８件（達成率９３％）となった。") == [
        ("事業計画策定件数", 30, "件")]
    assert _names("KPI（１）：経営分析件数 40件") == [("経営分析件数", 40, "件")]
    assert _names("創業計画策定者数　現状：年２人　→　目標：年５人") == [("創業計画策定者数", 5, "人")]


def test_sheet_columns_labels_in_cells_and_revisions_to_a_value():
    """Column letters (目標値(A)), labels in cells of their own, 計画 as a target's label, a 達成率 in brackets after a
    result; a value revised to another (「NをMに上方修正」) is no target."""
    assert _names("経営分析件数　目標値(A) 30件　実績値(B) 25件　達成率(B/A) 83.3%") == [("経営分析件数", 30, "件")]
    assert _names("巡回訪問件数　計画 500件　実績 520件　達成率 104％") == [("巡回訪問件数", 500, "件")]
    assert _names("創業支援件数｜計画値｜10件｜実績値｜8件｜達成率｜80%") == [("創業支援件数", 10, "件")]
    assert _names("【事業評価】セミナー開催回数　目標４回／実績３回（７５％）　評価Ｂ") == [
        ("セミナー開催回数", 4, "回")]
    assert _names("達成状況：経営分析件数　実績38件（目標40件）") == [("経営分析件数", 40, "件")]
    # the end point of a change counts over its baseline's span; 「（5年間）計N」 over the plan
    assert _one("次期計画では、創業支援件数を年間10件から15件に引き上げる。")[0][5] == "year"
    assert _one("展示会出展事業者数（5年間）　計40者")[0][5] == "plan"
    assert _names("事業計画策定件数について、当初計画の年20件を年25件に上方修正する。") == [
        ("事業計画策定件数", 25, "件")]


def test_years_of_the_plan_and_spans_said_otherwise():
    """「2年目以降」「各年」「最終年度の令和12年度に」: the year a value is for or its span, no part of a name."""
    assert _names("事業計画策定件数　初年度15件、2年目以降20件") == [
        ("事業計画策定件数", 15, "件"), ("事業計画策定件数", 20, "件")]
    assert _one("新規会員数　各年１５名") == [("新規会員数", 15, "名", None, None, "year")]
    assert _names("最終年度の令和12年度に、創業者数を年間10人とする。") == [("創業者数", 10, "人")]
    assert _names("令和７年度事業計画　記帳機械化指導 120者") == [("記帳機械化指導", 120, "者")]


def test_changes_aimed_at_current_lines_and_rows_with_years():
    """「Xの向上を図り、N」 names N by X; a change after の (「3%の増加を図る」) is the topic's; 【現状】 lines give no
    targets; the staff before が measure nothing; a bracket-unit row's cells after their years; a span after a colon."""
    assert _names("町内の創業率の向上を図り、令和11年度に8%とする。") == [("町内の創業率", 8, "%")]
    assert _names("伴走支援先の客単価について、前年比5%の増加を図る。") == [("伴走支援先の客単価", 5, "%")]
    assert _one("【現状】創業者数　年3人（令和6年度）") == []
    assert _names("当所の経営指導員6名が、窓口相談を通じて年間200者の財務分析を行う。") == [("財務分析", 200, "者")]
    assert sorted(set(_names("専門家派遣件数（件）　現行 8　R8 10　R9 10　R10 12"))) == [
        ("専門家派遣件数", 10, "件"), ("専門家派遣件数", 12, "件")]
    assert _names("商店街への新規出店：５年間で八店舗") == [("商店街への新規出店", 8, "店舗")]


def test_ranges_with_kara_limits_a_change_reaches_and_totals_as_changes():
    """「3%から5%を目標」 is a range (its lower bound); 「5日以内に短縮」 a target, no time limit of a clause; 「5年間で
    25者の増加とする」 after 「5者増やし、」 the same name."""
    assert _one("事業者の粗利益率は2%から4%を目標とする。") == [("事業者の粗利益率", 2, "%", ">=", None, None)]
    assert _names("申請から交付までの日数を10日以内に短縮する。") == [("申請から交付までの日数", 10, "日")]
    assert _names("支援先数を毎年5者増やし、5年間で25者の増加とする。") == [
        ("支援先数", 5, "者"), ("支援先数", 25, "者")]


def test_rows_with_year_labels_unit_cells_and_totals():
    """別表1 rows flattened to a line (session 8): cells after 令和N年度, 2026年度：, H27 (the 平成 years of the
    first plans) or bars; the unit in the name's bracket or a cell of its own; 現行/現状 dropped; the total last, over
    the plan."""
    assert sorted(set(_names("事業計画策定件数（件）\t現行 12\t令和8年度 15\t令和9年度 18"))) == [
        ("事業計画策定件数", 15, "件"), ("事業計画策定件数", 18, "件")]
    assert sorted(set(_names("相談件数 現状 3件 H27 5件 H28 6件"))) == [("相談件数", 5, "件"), ("相談件数", 6, "件")]
    assert sorted(set(_names("新商品開発件数｜現行：－｜2026年度：2件｜2027年度：3件"))) == [
        ("新商品開発件数", 2, "件"), ("新商品開発件数", 3, "件")]
    assert sorted(set(_names("出展事業者数｜者｜現行 4｜R8 5｜R9 6"))) == [
        ("出展事業者数", 5, "者"), ("出展事業者数", 6, "者")]
    assert sorted(set(_names("特産品販売額（百万円）｜現行 85｜R8 90｜R9 95"))) == [
        ("特産品販売額", 90, "百万円"), ("特産品販売額", 95, "百万円")]
    assert sorted(set(_one("巡回訪問件数（件）｜現行480｜500｜550｜（5年間計1,050）"))) == [
        ("巡回訪問件数", 500, "件", None, None, None), ("巡回訪問件数", 550, "件", None, None, None),
        ("巡回訪問件数", 1050, "件", None, None, "plan")]
    assert sorted(set(_names("経営分析の目標　R8：40者　R9：45者　計85者"))) == [
        ("経営分析", 40, "者"), ("経営分析", 45, "者"), ("経営分析", 85, "者")]
    assert sorted(set(_names("開催回数（回）　現状　２　目標　H27 ３　H28 ４"))) == [
        ("開催回数", 3, "回"), ("開催回数", 4, "回")]
    assert _names("⑵ 個別相談会参加事業者数･････ 2 4 者") == [("個別相談会参加事業者数", 24, "者")]


def test_counts_in_brackets_named_inside_and_each_of_a_thing():
    """A count in a bracket after 「、」 with a noun before it (a span word or 各回 between) is named by that noun;
    「各月」「各号」「各品目」 before a number count each of them, no name: the name is the count's before them."""
    assert _names("・交流イベント（年3回、来場者各回300人以上）") == [("交流イベント", 3, "回"), ("来場者", 300, "人")]
    assert _names("・新商品開発支援（計画期間中4品目、試食会参加者延べ200名）") == [
        ("新商品開発支援", 4, "品目"), ("試食会参加者", 200, "名")]
    assert _names("景況調査件数：年24件（各月2件）") == [("景況調査件数", 24, "件"), ("景況調査件数", 2, "件")]
    assert _names("調査対象商品数：年3品目、調査件数：各品目20件") == [
        ("調査対象商品数", 3, "品目"), ("調査件数", 20, "件")]
    assert _names("会報を年4回発行（各号800部）する。") == [("会報", 4, "回"), ("会報", 800, "部")]


def test_headings_dashes_letters_and_questions_before_a_name():
    """A heading before a space then 「name：value」 labels the line; a dash bullet or a dash between a name and its
    value, a list's letter (「（ア）」), an item's number (「No.7」「目標Ⅱ-3」) are no part of the name;
    「Q Xの目標は？ A N」 names N by X."""
    assert _names("次年度の目標　巡回訪問件数：1,100件") == [("巡回訪問件数", 1100, "件")]
    assert _names("◎重点事業　特産品の販売額：１，５００万円") == [("特産品の販売額", 1500, "万円")]
    assert _names("・創業相談件数―年間25件") == [("創業相談件数", 25, "件")]
    assert _names("―事業承継相談件数　年12件") == [("事業承継相談件数", 12, "件")]
    assert _names("(ｲ) 記帳指導の実施件数　年間 ６０ 件") == [("記帳指導の実施件数", 60, "件")]
    assert _names("目標Ⅲ-2　宿泊者数　年間５万人") == [("宿泊者数", 50000, "人")]
    assert _names("No.3 【KPI】専門家派遣件数：各年度12件") == [("専門家派遣件数", 12, "件")]
    assert _names("Q 創業支援件数の目標は？ A 年間10件です。") == [("創業支援件数", 10, "件")]


def test_frames_of_a_name_and_spans_said_with_the_goal():
    """The plan, the chamber's aim or the year a name is said in (「本計画における」「本会が目指す」「本年度の」
    「令和6年度は」) frame it and are no part of it (「当所の部会」 is named); 「Xの年間目標を」「Xの累計目標を」: the
    span goes to the value."""
    assert _names("本計画における創業支援件数の目標は年間12件である。") == [("創業支援件数", 12, "件")]
    assert _names("本会が目指す記帳指導件数は、年間４０件である。") == [("記帳指導件数", 40, "件")]
    assert _names("次年度の窓口相談は月30件を目安とする。") == [("窓口相談", 30, "件")]
    assert _one("商談会参加事業者数の年間目標を10者から12者へ上方修正した。") == [
        ("商談会参加事業者数", 12, "者", None, None, "year")]
    assert [i[:3] + i[5:] for i in _one("創業支援件数の累計目標を20件から30件に拡大する。")] == [
        ("創業支援件数", 30, "件", "plan")]
    assert _names("・当所の青年部との交流会の開催(年2回)") == [("当所の青年部との交流会の開催", 2, "回")]


def test_actors_due_points_bases_asides_and_wholes_left_out_of_names():
    """Who acts (「市は、」「町は」), when a target is due (「計画終了時点で」「5年後には」, but 「3年後に売上が
    増加した事業者」 keeps it), a base's year in brackets, 「…を中心に」 and 「…全体で」 are no part of a name; a span
    glued inside a の-phrase (「温泉街の年間観光入込客数」) neither."""
    assert _names("町は、本計画期間中に商店街の空き店舗数を10店舗以下に減らすことを目指す。") == [
        ("商店街の空き店舗数", 10, "店舗")]
    assert _names("商工会は記帳指導件数を年間300件、市は創業補助金の交付件数を年間4件とする。") == [
        ("記帳指導件数", 300, "件"), ("創業補助金の交付件数", 4, "件")]
    assert _names("支援先の営業利益を、計画終了時点で1社平均200千円増加させる。") == [("支援先の営業利益", 200, "千円")]
    assert _names("IT導入支援事業者数を、5年後には年間30者とする。") == [("IT導入支援事業者数", 30, "者")]
    assert _names("支援先のうち、3年後に売上が増加した事業者の割合　50%") == [
        ("3年後に売上が増加した事業者の割合", 50, "%")]
    assert _names("支援先の売上高を、基準年度（令和5年度）比で年平均3%向上させる。") == [("支援先の売上高", 3, "%")]
    assert _names("創業支援件数は、空き店舗活用を中心に年間8件以上を確保する。") == [("創業支援件数", 8, "件")]
    assert _names("商談件数は出展事業者全体で年間40件を目標とする。") == [("商談件数", 40, "件")]
    assert _names("観光地の年間入込客数を、令和12年に80万人とする。") == [("観光地の入込客数", 800000, "人")]


def test_outcomes_after_a_count_and_shares_of_a_population():
    """「X数N件の創出」「X数N事業所の回復」「X額 年3%以上の伸び」: an outcome word after a count named before it is no
    name (「新たな雇用20人の創出」, no measure before it, is named by both); a share's population after a colon or
    before it with の (「売上全体の15%」) is no name."""
    assert _names("5年間で新規契約件数30件の創出を図る。") == [("新規契約件数", 30, "件")]
    assert _names("会員数800事業所の回復を目指す。") == [("会員数", 800, "事業所")]
    assert _names("◆目標：支援先の付加価値額　年2％以上の伸び") == [("支援先の付加価値額", 2, "%")]
    assert _names("新たな雇用10人の創出を目指す。") == [("新たな雇用の創出", 10, "人")]  # (「新たな」: 形状詞 and な)
    assert _names("〇事業計画を策定した事業者の割合：巡回先事業者の20%以上") == [
        ("事業計画を策定した事業者の割合", 20, "%")]
    assert _names("EC売上比率を売上全体の10%以上に高める。") == [("EC売上比率", 10, "%")]


def test_rows_under_a_flattened_header_and_digits_spread_before_a_bracket():
    """A 別表1 header flattened before its row (「項目 単位 R7 … 合計」, 「項目現行令和7年度…」): the 現行 cell a
    baseline, the 合計 cell the plan's total; a unit cell set apart by spaces; 「3 0 社(計画期間中)」 one number."""
    assert sorted(set(_one("項目 単位 R7 R8 R9 合計 創業支援件数 件 5 6 11"))) == [
        ("創業支援件数", 5, "件", None, None, None), ("創業支援件数", 6, "件", None, None, None),
        ("創業支援件数", 11, "件", None, None, "plan")]
    assert sorted(set(_names("項目現行令和7年度令和8年度令和9年度 記帳指導件数 件 － 30 35"))) == [
        ("記帳指導件数", 30, "件"), ("記帳指導件数", 35, "件")]
    assert _names("ﾃﾞｼﾞﾀﾙ化支援事業者数･･････････2 0 社(計画期間中)") == [("デジタル化支援事業者数", 20, "社")]


def test_a_count_nothing_names_is_of_the_measure_said_before_it():
    """「X件数、5年間で累計N件を目指す」「X件数として、…N件を掲げる」「X件数 現状N件から、毎年M件へ」「…（令和8年度
    のみ）、以降は毎年N件」: a count with no name in its own clause is of the measure (…数, …率, …額) said last before
    it."""
    assert _names("目標：創業支援件数、5年間で累計60件を目指す。") == [("創業支援件数", 60, "件")]
    assert _names("新規顧客の獲得件数として、計画期間中に40件を掲げる。") == [("新規顧客の獲得件数", 40, "件")]
    assert _names("(2) 記帳指導の実施件数　現状10件から、毎年15件へ") == [("記帳指導の実施件数", 15, "件")]
    assert _names("補助金申請支援件数　年間40件（令和8年度のみ）、以降は毎年20件") == [
        ("補助金申請支援件数", 40, "件"), ("補助金申請支援件数", 20, "件")]


def test_clauses_and_phrases_right_before_a_name_sums_objects_and_appositions():
    """A relative clause's last word or 「…への」 right before a name's first noun modifies it, however the parser
    hangs it; 「Xの合計」 of a measure is the name's head; 「Xを四半期ごとに実施（対象N事業所）」 is named by its
    object; 「…目標である」 before a name is an apposition; a denominator in brackets before a span word is no part of
    a name."""
    assert _names("事業承継を完了した事業者数：5年間で8者") == [("事業承継を完了した事業者数", 8, "者")]
    assert _names("計画策定事業者へのフォローアップ訪問を四半期に1回以上行う。") == [
        ("計画策定事業者へのフォローアップ訪問", 1, "回")]
    assert _names("目標：支援先の売上高の合計　令和12年度に2億円増加") == [("支援先の売上高の合計", 2, "億円")]
    assert _names("管内事業所の景気動向調査を四半期ごとに実施（対象40事業所）する。") == [
        ("管内事業所の景気動向調査", 40, "事業所")]
    assert _names("本事業の成果目標である商談会での成約件数は年間12件とする。") == [("商談会での成約件数", 12, "件")]
    assert _names("販路開拓支援後の新規取引額（1事業者当たり）　年間80万円以上") == [
        ("販路開拓支援後の新規取引額", 80, "万円")]


def test_the_object_a_number_hangs_on_and_a_sheet_row_named_last():
    """「創業後3年以内の廃業率を10%未満」: the object right before the number is its name (a condition of time inside it
    kept); 「DX支援件数は達成率124%と高いことから、…目標を35件に」: a report's column (達成率) is no measure a count is
    of; 「目標値 30件 実績値 33件 … 相談会の相談件数」: a sheet's row with its name last."""
    assert _names("創業後5年以内の廃業率を8%未満、黒字化率を50%以上とする。") == [
        ("創業後5年以内の廃業率", 8, "%"), ("黒字化率", 50, "%")]
    assert _names("IT支援件数は達成率130％と高いことから、次年度は目標を40件に引き上げる。") == [
        ("IT支援件数", 40, "件")]
    assert _names("目標値 20件 実績値 25件 達成率 125.0% 専門家による窓口相談会の相談件数") == [
        ("専門家による窓口相談会の相談件数", 20, "件")]


def test_more_labels_frames_and_clauses_cut_from_a_name():
    """Variants of the session's conventions: an arabic item number (「施策3-2」), a Latin list letter with a dot
    (「Ａ．」), 「当所が目標とする」 (a frame), a question naming no measure (its answer names its own counts), 「平均」
    after a comma once a due point is gone."""
    assert _names("施策3-2 創業支援件数 年6件") == [("創業支援件数", 6, "件")]
    assert _names("Ａ．記帳指導件数 年80件") == [("記帳指導件数", 80, "件")]
    assert _names("当所が目標とする経営分析件数は年間40件である。") == [("経営分析件数", 40, "件")]
    assert _names("Q. 本年度の目標値は？\nA. 経営分析件数30件、事業計画策定件数10件") == [
        ("経営分析件数", 30, "件"), ("事業計画策定件数", 10, "件")]
    assert _names("支援先の売上高経常利益率を、計画終了時までに平均1ポイント改善する。") == [
        ("支援先の売上高経常利益率", 1, "ポイント")]


def test_a_year_as_topic_names_nothing_and_plans_said_as_frames():
    """「…、次年度は15件を目標とする」: a year said as the topic names nothing (the measure said before it does);
    「第3期計画における」 frames a name; 「…に増やす計画である」 sets a target."""
    assert _names("創業支援件数は目標10件に対し実績12件であり、次年度は15件を目標とする。")[-1] == (
        "創業支援件数", 15, "件")
    assert _names("経営革新計画の承認件数について、次年度は5件を目指す。") == [("経営革新計画の承認件数", 5, "件")]
    assert _names("第3期計画における経営分析件数の目標は年間60件とする。") == [("経営分析件数", 60, "件")]
    assert _names("次年度は、記帳指導件数を年間120件に増やす計画である。") == [("記帳指導件数", 120, "件")]


def test_one_day_before_a_count_is_its_denominator():
    """「巡回は1日5件、年間で1,000件」: 「1日」 before a count is a denominator (as 「1日当たり」), no quantity."""
    assert _names("巡回は1日5件、年間で1,000件を目標にしています。") == [("巡回", 5, "件"), ("巡回", 1000, "件")]
    assert _names("来街者数 1日2,000人") == [("来街者数", 2000, "人")]


def test_a_count_named_by_the_topic_or_the_first_thing_said_and_symbols_as_bullets():
    """With no measure before it, a count nothing names is of the topic said before it (「Xは」) or of the first thing
    the line names (「個別相談会 年6回開催・延べ60事業者」); 「各2,000部」 each; any arrow or dingbat opens a line as a
    bullet (「✔」「➡」)."""
    assert _names("◎目標　個別相談会　年4回開催・延べ40事業者") == [
        ("個別相談会", 4, "回"), ("個別相談会", 40, "事業者")]
    assert _names("会報の発行　年12回　各1,500部") == [("会報の発行", 12, "回"), ("会報の発行", 1500, "部")]
    assert _names("✔ 創業塾 受講者 年20名") == [("創業塾受講者", 20, "名")]
    assert _names("経営分析は目標60件に対し58件を実施した。次年度も60件を目標とする。")[-1] == ("経営分析", 60, "件")


def test_a_heading_before_a_space_is_no_part_of_the_name_a_word_cut_by_a_space_is():
    """「②記帳機械化指導　記帳継続指導先　80企業」: a run of nouns before a space heads the line; 「持続化補 助金…」: a
    word cut after one letter by a converter stays one."""
    assert _names("②経営改善普及事業　記帳継続指導先　60企業") == [("記帳継続指導先", 60, "企業")]
    assert _names("小規模事業者持続化補 助金採択支援件数　現行 5件 → 8件") == [
        ("小規模事業者持続化補助金採択支援件数", 8, "件")]


def test_parts_led_into_something_formal_nouns_and_more_line_openers():
    """「そのうち5件について承継計画の策定に繋げる」「うち7割以上を事業計画策定に結びつける」: a part named by what it
    is led into; 「…を10店舗減らすことを目標に」: こと names nothing; 〈KGI〉, 「…と比べて」, a list's numbers inside a
    line, 「年間を通じ、」 and a year after a name (「…サポート、今年度の目標は」) are no part of a name."""
    assert _names("経営分析を毎年度30件実施し、そのうち10件について事業計画の策定に繋げる。")[-1] == (
        "事業計画の策定", 10, "件")
    assert _names("商店街の空き店舗を、5年で8店舗減らすことを目標にしています。") == [("商店街の空き店舗", 8, "店舗")]
    assert _names("〈KGI〉支援先の粗利益率を計画期間中に平均2ポイント改善する。") == [
        ("支援先の粗利益率", 2, "ポイント")]
    assert _names("支援先の売上高を、支援前と比べて平均3％増加させる。") == [("支援先の売上高", 3, "%")]
    assert _names("次年度の事業目標　１．記帳指導　80件　２．創業支援　10件") == [
        ("記帳指導", 80, "件"), ("創業支援", 10, "件")]
    assert _names("年間を通じ、新規会員獲得 20件") == [("新規会員獲得", 20, "件")]
    assert _names("IT導入補助金の申請サポート、今年度の目標は20件です。") == [("IT導入補助金の申請サポート", 20, "件")]


def test_numbered_goals_quoted_names_doing_after_a_count_and_years_before_a_name():
    """「重点目標1　X　50件」: a numbered goal opens the line; 「新たに「X 30社」を目標に」: a name quoted with its
    value; 「Xは年間100社の実施を目標」「「X」を年5回開催予定」: the doing (実施, 開催) after a count names nothing;
    「今年度、」「最終年度の」 before a name frame it."""
    assert _names("重点目標2　創業支援件数　年間10件") == [("創業支援件数", 10, "件")]
    assert _names("令和７年度から新たに「IT導入支援 ２０社」を目標に追加しました。") == [("IT導入支援", 20, "社")]
    assert _names("また経営分析は年間８０社の実施を目標としています。") == [("経営分析", 80, "社")]
    assert _names("本会では今年度、「創業塾」を年3回開催予定です。") == [("創業塾", 3, "回")]
    assert _names("今年度、承継マッチング成約３件を目指します。") == [("承継マッチング成約", 3, "件")]
    assert _names("最終年度の経営分析件数の目標を60件とする。") == [("経営分析件数", 60, "件")]


def test_brackets_opened_by_a_name_named_after_a_value_and_each_of_them():
    """A bracket opened by a name of its own (「重点化（伴走型支援事業者数 各年度10者）」) names its count (a
    denominator opening it, 「（経営指導員1人当たり年5回以上の受講）」, does not); a bracket of nouns right after a
    count nothing names before it names it; 「各員年2回」: each of them; 「Xを毎月1回開催する（年12回）」 named by its
    object."""
    assert _names("Plan：個社支援の重点化（伴走型支援事業者数 各年度12者）") == [("伴走型支援事業者数", 12, "者")]
    assert _names("・職員の資質向上研修（経営指導員１人当たり年４回以上の受講）") == [("職員の資質向上研修", 4, "回")]
    assert _names("目標：年間30件（経営革新計画の承認支援）") == [("経営革新計画の承認支援", 30, "件")]
    assert _names("【KPI②】経営指導員の研修受講：各員年3回以上") == [("経営指導員の研修受講", 3, "回")]
    assert _names("専門家による個別相談会を毎月２回開催する（年２４回）。") == [
        ("専門家による個別相談会", 2, "回"), ("専門家による個別相談会", 24, "回")]


def test_the_subject_of_a_condition_inside_a_name():
    """「EC化率が10%超の事業者数」: the subject of a condition (a number and its comparator) inside the name is the
    name's, as a relative clause's subject is."""
    assert _names("キャッシュレス決済比率が30%以上の事業者数を、5年間で10者から20者へ増やす。") == [
        ("キャッシュレス決済比率が30%以上の事業者数", 20, "者")]


def test_a_heading_before_a_name_and_its_bracketed_counts():
    """「令和8年度重点事業　創業塾の開催（全5回、…）」: a heading before a space opens the line, no part of the name the
    bracket's counts are of."""
    assert _names("【総会資料】令和８年度重点事業　経営セミナーの開催（全４回、受講者目標２０名）") == [
        ("経営セミナーの開催", 4, "回"), ("受講者", 20, "名")]


def test_a_denominator_inside_a_no_phrase():
    """「支援先の一人当たり付加価値額」: a denominator inside a の-phrase is left out, the の-phrase kept."""
    assert _names("支援先の一人当たり売上高を5年後までに10%向上させる。") == [("支援先の売上高", 10, "%")]


def test_kanji_list_numbers_goal_words_closing_a_name_and_adverbial_clauses():
    """Session 9 (names): 「一、」「二　」 number a list the old way; a word of goal closing a name (「…件数　目標」
    「売上目標」「…の目標値（…）」) labels the value; 「…に向け、」「…に備え、」 (a verb governing に) close an
    adverbial phrase; a time all a finder found (「今年度中」「令和10年度以降」) names nothing."""
    assert _names("一、巡回訪問の実施　年間　四十事業所") == [("巡回訪問の実施", 40, "事業所")]
    assert _names("三　創業相談　年　八件") == [("創業相談", 8, "件")]
    assert _names("当会の目標　二　会員の純増　十五名") == [("会員の純増", 15, "名")]
    assert _names("経営分析件数　年間　五　件") == [("経営分析件数", 5, "件")]
    assert _names("商談会の成約件数　目標 年8件") == [("商談会の成約件数", 8, "件")]
    assert _names("地域ブランド商品の販売目標　毎回500千円") == [("地域ブランド商品の販売", 500, "千円")]
    assert _names("来年度の創業セミナーの開催目標は、年3回とする。") == [("創業セミナーの開催", 3, "回")]
    assert _names("事業承継診断件数は前年度を上回ったため、次年度目標を年30件とする。")[-1] == (
        "事業承継診断件数", 30, "件")
    assert _names("人手不足に備え、採用支援件数を年間12件とする。") == [("採用支援件数", 12, "件")]
    assert _names("地域経済の活性化に向け、空き店舗への出店数を5年間で10店舗とする。") == [
        ("空き店舗への出店数", 10, "店舗")]
    assert _names("商談会出展支援は、今年度中に15社を目標に進めます。") == [("商談会出展支援", 15, "社")]
    assert _names("専門家派遣件数は、評価を踏まえ令和9年度以降の目標を年20件に引き上げる。") == [
        ("専門家派遣件数", 20, "件")]


def test_rows_with_rates_in_names_unit_headers_and_sums_of_amounts():
    """Session 9 (rows and names): a rate inside a row's name is the name's; a line of rows under 「目標（単位：回）」;
    an empty 現行 cell 「―」; 「売上高合計」 (a sum glued to an amount) keeps its 合計."""
    assert _names("経常利益が5％以上増加した事業者数（単位：社）　現行 ―　R8 2　R9 3") == [
        ("経常利益が5%以上増加した事業者数", 2, "社"), ("経常利益が5%以上増加した事業者数", 3, "社")]
    assert _names("目標（単位：回）　創業塾 2 2 2　経営セミナー 4 4 5") == [
        ("創業塾", 2, "回"), ("経営セミナー", 4, "回"), ("経営セミナー", 5, "回")]
    assert _names("支援先の販売額合計　800万円（令和12年度）") == [("支援先の販売額合計", 800, "万円")]
    assert _names("経営分析件数　合計　120件") == [("経営分析件数", 120, "件")]


def test_numbers_glued_inside_a_name():
    """「創業1年目の売上高」「創業者の5年生存率」「3商工会合計の…件数」: a number glued inside a name (an ordinal of
    years, a span said as part of the measure, a count of the chambers of a joint plan) is the name's; 「5年間で」
    「3年後までに」 stay spans."""
    assert _names("創業支援先の創業2年目の売上高　平均800万円以上") == [("創業支援先の創業2年目の売上高", 800, "万円")]
    assert _names("創業者の3年生存率を90%以上とする。") == [("創業者の3年生存率", 90, "%")]
    assert _names("2商工会合計の創業支援件数を年間20件とする。") == [("2商工会合計の創業支援件数", 20, "件")]
    # (「第三者承継」: a word the tagger takes for a verb, glued to the noun after it, the same)
    assert _names("事業承継診断を年間80件（うち第三者承継の相談対応10件）実施する。")[-1] == (
        "第三者承継の相談対応", 10, "件")
    assert _names("計画の2年目に黒字化した事業者の割合を6割以上とする。") == [
        ("計画の2年目に黒字化した事業者の割合", 6, "割")]
    assert _names("5年間で創業支援件数を30件とする。") == [("創業支援件数", 30, "件")]


def test_parts_said_with_nitsuite_and_goals_standing_for_the_measure_said_before():
    """「そのうち10件について X を行う」: a part named by what is done to it; a bare 目標 as the object
    (「目標を年15件に引き上げる」) or a goal's kind alone (「重点目標として」) stands for the measure said before it."""
    assert _names("経営分析を年間40件行い、そのうち15件について事業計画の策定支援を行う。")[-1] == (
        "事業計画の策定支援", 15, "件")
    assert _names("巡回訪問を年間200回実施し、うち20者について財務分析を実施する。")[-1] == ("財務分析", 20, "者")
    assert _names("創業支援件数は前年度の実績を踏まえ、目標を年15件に引き上げる。") == [("創業支援件数", 15, "件")]
    assert _names("重点目標として、事業承継診断件数は年間40件を目標とする。") == [("事業承継診断件数", 40, "件")]
    assert _names("創業者数は、創業塾受講者のうち年間6人を目標とする。") == [("創業者数", 6, "人")]
    assert _names("重点支援先を40者とし、そのうち20者で売上増加を実現する。")[-1] == ("売上増加", 20, "者")


def test_populations_of_totals_and_averages_and_glosses_before_a_particle():
    """「（支援先合計300万円）」「支援先平均で20%以上」「1社平均で」: the population a total or an average is taken over
    is no name (one firm's average a denominator); a bracket glued to a name before its particle glosses it."""
    assert _names("新たに特産品の販売額の目標（支援先合計500万円）を設定する。") == [("特産品の販売額", 500, "万円")]
    assert _names("●EC売上高　支援先合計で前年比５％増") == [("EC売上高", 5, "%")]
    assert _names("計画期間終了時点のキャッシュレス導入率を支援先平均で40％以上とする。") == [
        ("計画期間終了時点のキャッシュレス導入率", 40, "%")]
    assert _names("支援先の営業利益を1社平均で年間50万円増加させる。") == [("支援先の営業利益", 50, "万円")]
    assert _one("支援先の付加価値額を年平均3%向上させる。")[0][5] == "year"  # (年平均: a span, no population)
    assert _names("事業承継の実施率（診断先のうち承継を完了した者の割合）を30％に引き上げる。") == [
        ("事業承継の実施率", 30, "%")]


def test_people_a_doing_is_for_quoted_names_after_a_count_and_stretches_of_a_period():
    """「…を年1回、200人を対象に実施」「…は、年2回、500人規模で」: people counted with no noun of their own
    count the doing said before them; 「50件の「攻めの経営」相談」: a quoted name after the count;
    「受付から完成まで平均20日以内」: the stretch a period is measured over is no name;
    「Xの令和8年度目標40件」: the year of the goal neither."""
    assert _names("来店客アンケートを年2回、200人を対象に実施する。") == [
        ("来店客アンケート", 2, "回"), ("来店客アンケート", 200, "人")]
    assert _names("消費者調査は、年1回、500人規模で実施する。") == [("消費者調査", 1, "回"), ("消費者調査", 500, "人")]
    # (「…は、特産品3品目は、年1回」: a count said as a topic names nothing, the topic before it does)
    assert _names("来店客調査は、特産品3品目は、年2回、来店客200名を対象に実施する。")[1] == ("来店客調査", 2, "回")
    assert _names("年間50件の「攻めの経営」相談を目指します。") == [("「攻めの経営」相談", 50, "件")]
    assert _names("融資斡旋の処理期間は、申込から実行まで平均20日以内とする。") == [("融資斡旋の処理期間", 20, "日")]
    assert _names("専門家派遣件数の令和8年度目標40件について、委員から妥当との意見を得た。") == [
        ("専門家派遣件数", 40, "件")]


def test_markdown_due_years_plans_kept_to_populations_of_shares_and_quoted_objects():
    """Session 9: a converter's markdown (「- **KPI①**」) marks no name; 「計画最終年度20%」「当初計画どおり年間24件」
    before a value, the population of a share after a name (「カバー率　会員の5割」「Xは、Yの6割以上」,
    「…数：各年度において支援事業者の3割以上」), 年平均 inside a name and a bracket of spans after a count are no part
    of a name; 「「X」を年2回」: the quoted object."""
    assert _names("- **KPI②** 事業計画策定: 12件/年(R7-R8)、15件/年(R9-R11)") == [
        ("事業計画策定", 12, "件"), ("事業計画策定", 15, "件")]
    assert _names("支援先のECサイト利用率　計画最終年度35%") == [("支援先のECサイト利用率", 35, "%")]
    assert _names("創業支援件数は、当初計画どおり年間10件とする。") == [("創業支援件数", 10, "件")]
    assert _names("記帳指導カバー率　会員の4割") == [("記帳指導カバー率", 4, "割")]
    assert _names("事業承継診断の実施件数は、対象事業者の5割以上を目指す。") == [("事業承継診断の実施件数", 5, "割")]
    assert _names("支援先の販売額を基準年度の1.2倍以上とする。") == [("支援先の販売額", 1.2, "倍")]
    assert _names("支援先の売上高の年平均伸び率 2.0%以上") == [("支援先の売上高の伸び率", 2, "%")]
    assert _names("観光土産品の販売額　年間3,000万円（5年間で1億5,000万円）") == [
        ("観光土産品の販売額", 3000, "万円"), ("観光土産品の販売額", 15000, "万円")]
    assert _names("相談会は「創業相談会」を年4回、「承継相談会」を年2回開催する。") == [
        ("創業相談会", 4, "回"), ("承継相談会", 2, "回")]


def test_asides_of_purpose_and_season_months_labels_with_spans_and_doings_said_apart():
    """「（人手不足対策）」「（繁忙期）」: what a count is for or when it is held, in brackets, is an aside;
    「7月〜9月に」 says when; 「計画値(5年計)300件」: a cell's label with its span; 「…相談会　毎月第1月曜日開催
    （年12回）」: the doing said apart is no part of the name; 「…な支援は目標の40件に」: the topic keeps its clause."""
    assert _names("外国人材の受入支援数（人手不足対策）　年間８名以上") == [("外国人材の受入支援数", 8, "名")]
    assert _names("記帳相談会（決算期）　７月〜９月に計６回開催予定") == [("記帳相談会", 6, "回")]
    assert _names("KPI-2 創業支援 計画値(5年計)300件") == [("創業支援", 300, "件")]
    assert _names("創業相談会　毎月第１月曜日開催（年１２回）") == [("創業相談会", 12, "回")]
    assert _names("専門家を活用した高度な支援は目標の40件に届かなかった。")[0] == (
        "専門家を活用した高度な支援", 40, "件")


def test_roman_list_numbers_and_conditions_of_counted_firms():
    """「Ⅱ．」「IV)」 number a list; the condition a counted firm meets, in brackets or a ※ note (「（前年比3％以上）」
    「※前年比+3%以上」), qualifies the count: no target."""
    assert _names("Ⅲ．経営分析件数　毎年度30件") == [("経営分析件数", 30, "件")]
    assert _names("指標：付加価値額増加事業者数（前年比5％以上）　目標値：12者") == [
        ("付加価値額増加事業者数", 12, "者")]
    assert _names("・利益改善事業者数: 6社/年 ※前年比+2%以上") == [("利益改善事業者数", 6, "社")]
    assert _names("⑤売上増加事業者数　年間８者（売上高対前年比５％以上増加）") == [("売上増加事業者数", 8, "者")]
    assert _names("△評価の創業支援は、次年度より目標を年8件に改める。") == [("創業支援", 8, "件")]  # (a grade)


def test_coordinated_doings_glosses_before_no_means_and_the_one_a_denominator_counts():
    """「売上を維持・向上する」: coordinated verbs, one doing; 「BCP（…）の策定支援件数」: a gloss before の inside the
    name; 「…の結果を会報及びホームページで年2回公表」: coordinated means; 「支援先の従業員1人当たり付加価値額」: the
    denominator (and the one it counts) left out, the の-phrase kept."""
    assert _names("支援先のうち7割以上の事業者が利益を維持・改善することを目指す。") == [
        ("利益を維持・改善", 7, "割")]
    assert _names("DX（デジタルトランスフォーメーション）の推進支援件数　5年間で20件") == [
        ("DX(デジタルトランスフォーメーション)の推進支援件数", 20, "件")]
    assert _names("景況調査の結果を会報及びホームページで年4回公表する。") == [("景況調査の結果", 4, "回")]
    assert _names("支援先の従業員1人当たり売上高を5年間で8%向上させる。") == [("支援先の売上高", 8, "%")]


def test_rows_per_chamber_a_name_closing_the_statement_and_averages_after_a_denominator():
    """A joint plan's row split per chamber (「（単位：件） 東町 20 / 西町 15」): the chambers label the columns; a
    count nothing names, in a statement closed by a bracket naming a measure, is of it; 「1社当たり平均X」: 平均 no
    name; 「目標＋5.0％」: the plus sign of a rate after the goal's label."""
    assert _names("KPI(3) 創業支援件数（単位：件） 東町 6 / 西町 4 ／年") == [
        ("創業支援件数", 6, "件"), ("創業支援件数", 4, "件")]
    assert _names("令和9年度から年間25件に引き上げる（専門家派遣件数）。") == [("専門家派遣件数", 25, "件")]
    assert _names("1社当たり平均取引先数を5年間で3社増やす。") == [("取引先数", 3, "社")]
    assert _names("KGI達成状況　支援先の営業利益率　目標＋２．０％　実績＋１．５％")[0] == (
        "支援先の営業利益率", 2, "%")


def test_lines_of_pages_and_leaflets():
    """Chambers' pages: 「会員数1,500事業所の維持」 (kept as it is: the measure named before), 「全3回開催予定」 (all of
    them, a total), 「…を毎月1回開催します（年12回）」 (the bracket of the thing done in ます体)."""
    assert _names("【当所の目標】会員数2,000事業所の維持") == [("会員数", 2000, "事業所")]
    # (「1社当たり年4回訪問する」: a frequency per one, of the specific doing after it; 実施 names nothing)
    assert _names("重点支援先には1社当たり年4回訪問する。") == [("訪問", 4, "回")]
    assert _names("巡回指導は1社当たり月1回実施する。") == [("巡回指導", 1, "回")]
    assert _names("今年度は創業セミナーを全4回開催予定（定員各回15名）")[0] == ("創業セミナー", 4, "回")
    assert _names("【お知らせ】税務相談会を毎月1回開催します（年12回）。") == [
        ("税務相談会", 1, "回"), ("税務相談会", 12, "回")]


def test_a_result_of_one_period_and_the_goal_of_the_next_across_an_arrow():
    """「前期実績 年平均35件 → 今期目標 年間45件」: the periods before the labels name nothing; the result before the
    arrow is no target (a goal before it, 「目標80件 実績85件 →次年度目標85件」, leaves both goals)."""
    assert _names("事業計画策定件数：前期実績 年平均20件 → 今期目標 年間30件") == [("事業計画策定件数", 30, "件")]
    assert _names("◎ 創業支援　目標10件　実績12件　→次年度目標12件") == [("創業支援", 10, "件"), ("創業支援", 12, "件")]


def test_box_labels_frames_of_past_years_kinds_of_goals_and_clauses_before_a_bracketed_count():
    """「【指標2】」 opens a line as a label; 「なお、昨年度の…は」「…は、昨年度は…でしたが」: a past year frames
    the name; 「Xは当初目標（年間20件）」「計画上の目標値」: the kind of a goal names nothing;
    「…適用し、Xの回答者数（年200名）」: a clause closed by 、 before a bracketed count's name is none of it."""
    assert _names("【指標5】商談会の成約件数　本年度目標　12件") == [("商談会の成約件数", 12, "件")]
    assert _names("なお、昨年度の創業支援は目標10件に対し実績は8件であった。") == [("創業支援", 10, "件")]
    assert _names("専門家派遣件数は当初目標（年間15件）を維持する。") == [("専門家派遣件数", 15, "件")]
    assert _names("見直し後の目標は令和9年度から適用し、景況調査の回答事業所数（年150事業所）は変更しない。") == [
        ("景況調査の回答事業所数", 150, "事業所")]


def test_labels_inside_a_line_bases_before_a_value_and_the_doing_after_a_topics_count():
    """「…、KPI-2　X：年50件」: a label numbered inside a line; 「売上高（5年後）　策定前比　＋10％」: the base of the
    change and the point it is measured at are no name; 「X売上額／社」 in a row: a denominator; 「Xは7月と11月の2回
    開催予定」: the doing after the count names nothing, the topic does (not a year: 「令和7年度は、Xを2回開催し」)."""
    assert _names("KPI-1　経営分析件数：年80件、KPI-2　創業支援件数：年10件") == [
        ("経営分析件数", 80, "件"), ("創業支援件数", 10, "件")]
    assert _names("KGI：支援先の営業利益（３年後）　支援前比　＋５％") == [("支援先の営業利益", 5, "%")]
    assert _names("｜商談成約件数／社｜－｜２件｜２件｜３件｜") == [
        ("商談成約件数", 2, "件"), ("商談成約件数", 3, "件")]
    assert _names("・経営セミナーは６月と１０月の２回開催予定、定員各３０名。")[0] == ("経営セミナー", 2, "回")
    assert _names("令和８年度は、事業承継セミナーを３回開催する。") == [("事業承継セミナー", 3, "回")]


def test_purposes_words_adding_a_sentence_and_topics_inside_a_bracketed_counts_name():
    """「…の共有のため職員ミーティングを」「同会は連携のため、」: what a doing is for (のため, not のための) is no
    name; 「このほか、」 neither; before a bracketed count, 「Xは…を四半期ごとに開く（年4回）」 names what is done,
    「Xは変更なし（年30件）」「Xは…全件（毎年20件程度）を対象とし」 the topic; 「X　当初目標（R8）：15者」: 当初 no
    name."""
    assert _names("また、情報共有のため職員会議を月２回開催する。") == [("職員会議", 2, "回")]
    assert _names("同会は連携強化のため、市との協議会を四半期ごとに開く（年４回）。") == [
        ("市との協議会", 4, "回")]
    assert _names("（２）創業支援件数は変更なし（年１２件）。") == [("創業支援件数", 12, "件")]
    assert _names("当会ではこのほか、特産品の新規登録を計画期間中に２０品目とする。") == [
        ("特産品の新規登録", 20, "品目")]
    assert _names("新規顧客獲得のための商談会参加事業者数　年間８者") == [
        ("新規顧客獲得のための商談会参加事業者数", 8, "者")]


def test_slashes_before_a_value_relational_heads_and_an_achievement_of_a_total():
    """「X / 25者」: a slash between a name and its value, as a colon; 「記帳指導　対象事業所数」: a name of what is
    targeted keeps the heading it is of; 「年間200件の巡回訪問を行い、全体で800件の達成を目指す」: an achievement of a
    total nothing names is of the count before it."""
    assert _names("商談会の参加事業者数 / 12者") == [("商談会の参加事業者数", 12, "者")]
    assert _names("２．創業塾　受講者数30名") == [("創業塾受講者数", 30, "名")]
    assert _names("本年度は年間200件の巡回訪問を行い、全体で800件の達成を目指す。") == [
        ("巡回訪問", 200, "件"), ("巡回訪問", 800, "件")]


def test_quarters_headings_with_no_and_single_word_names_after_a_heading():
    """「第1四半期の巡回件数は126件（年間目標500件…）」: the quarter frames the name, the topic's は is none of it;
    「新たな需要の開拓　商談成約件数」「会員加入促進　新規加入目標」: a heading (with の, or before a one-word name)
    opens the line."""
    assert _names("・支援事業　第２四半期の窓口相談件数は８０件（年間目標３００件に対し進捗率２６．７％）")[-1] == (
        "窓口相談件数", 300, "件")
    assert _names("（２）地域の活性化　空き店舗出店数　年２件") == [("空き店舗出店数", 2, "件")]
    assert _names("会員組織強化　新規加入目標　２０件") == [("新規加入", 20, "件")]
    # (「…→　据え置き（年3件）」: a value kept, of the measure said before)
    assert _names("指標名：創業計画策定数　当初目標：年３件　→　据え置き（年３件）") == [("創業計画策定数", 3, "件")]


def test_denominators_section_numbers_glosses_and_words_that_name_nothing():
    """「X（1社当たり）」「X／社：」: a denominator after a name, whatever follows; 「2-3 X」: an item numbered in a
    section; 「事業評価：A（順調）」: a grade; a bracket glued to a name (a clause in it, 「…を含む」) is the name's,
    a population (「（支援先）」「（支援先平均）」) is none; a period or a label found alone names nothing (the measure
    said before does); 「X参加者数」 tagged a verb is still a name."""
    assert _names("③商談会による成約額（1社当たり）　年50万円") == [("商談会による成約額", 50, "万円")]
    assert _names("事業者の売上合計（1店舗当たり）を80万円とする。") == [("事業者の売上合計", 80, "万円")]
    assert _names("◇商談件数／者：3件") == [("商談件数", 3, "件")]
    assert _names("2-3　創業相談件数　目標：12件　実績：10件") == [("創業相談件数", 12, "件")]
    assert _names("事業評価：Ａ（順調）　巡回訪問件数　目標値600件　実績値610件") == [("巡回訪問件数", 600, "件")]
    assert _names("創業計画策定件数（第二創業を含む）：年１２件") == [("創業計画策定件数(第二創業を含む)", 12, "件")]
    assert _names("IT（会計ソフトを含む）導入支援件数　年8件") == [("IT(会計ソフトを含む)導入支援件数", 8, "件")]
    assert _names("■KPI　黒字化率（支援先）　60％以上") == [("黒字化率", 60, "%")]
    assert _names("創業支援件数　令和8年度～令和12年度　毎年度　6件") == [("創業支援件数", 6, "件")]
    assert _names("研修会参加者数　年間40名以上") == [("研修会参加者数", 40, "名")]


def test_parts_aimed_at_and_names_joined_by_oyobi_shared_out():
    """「うち2件は新分野進出を目指す」: a part said as a topic of what it is aimed to be is named by that; 「A及びBを、
    それぞれN、M」: each value its own part, a head said once (「A及びBの開催回数」) each part's; 「A及びBの件数 30件」
    (one value) stays whole."""
    assert _names("販路開拓支援事業者数を年間１２者とし、うち４者は海外への販路開拓を目指す。") == [
        ("販路開拓支援事業者数", 12, "者"), ("海外への販路開拓", 4, "者")]
    assert _names("事業承継診断を年30件行い、そのうち5件は後継者への承継とする。")[-1] == ("後継者への承継", 5, "件")
    assert _names("巡回訪問件数及び窓口相談件数を、それぞれ年400件、年120件とする。") == [
        ("巡回訪問件数", 400, "件"), ("窓口相談件数", 120, "件")]
    assert _names("創業塾及び事業承継セミナーの受講者数をそれぞれ年20名及び年15名とする") == [
        ("創業塾の受講者数", 20, "名"), ("事業承継セミナーの受講者数", 15, "名")]
    assert _names("経営分析及び事業計画策定の支援件数 年40件") == [("経営分析及び事業計画策定の支援件数", 40, "件")]


def test_clauses_kept_in_a_name_and_labels_kinds_and_causes_left_out():
    """A relative clause ending in する, a て-clause inside it, 「…へ移行」 glued to a part are the name's;
    a clause on the baseline a target beats (「…を上回る」), a goal's kind (推進目標, 計画目標),
    「目標未達の」, 「（評価）」, a year labelling a quoted target, 「支援先平均で」 after a colon, 「計画期間」
    before 累計 are not; a value on the line after its name is the name's; 「Xは変更しない（年N件）」 is
    of X; 「…の不足から年N回に」 gives a cause, no baseline; a doing alone after a count (開催) names
    nothing."""
    assert _names("当所が運営する創業支援拠点の利用者数　年間300人") == [
        ("当所が運営する創業支援拠点の利用者数", 300, "人")]
    assert _names("セミナーの内容を踏まえて新商品を開発した事業者の数を年間3者とする。") == [
        ("セミナーの内容を踏まえて新商品を開発した事業者の数", 3, "者")]
    assert _names("全国平均の黒字化率（40%）を上回る黒字化率45%を目指す") == [("黒字化率", 45, "%")]
    assert _names("売上高が前年の5%を超える事業者を10者にする") == [("売上高が前年の5%を超える事業者", 10, "者")]
    assert _names("巡回指導：年間80件（うち経営革新計画へ移行8件）")[-1] == ("経営革新計画へ移行", 8, "件")
    assert _names("会員加入の推進目標：120事業所") == [("会員加入", 120, "事業所")]
    assert _names("（所見）創業相談件数は、計画目標（各年度20件）に対し、順調である。") == [("創業相談件数", 20, "件")]
    assert _names("目標未達の事業承継支援（目標8件、実績5件）を重点とする。") == [("事業承継支援", 8, "件")]
    assert _names("目標を「令和9年度 商談成約件数12件」に修正する。") == [("商談成約件数", 12, "件")]
    assert _names("付加価値額の向上：支援先平均で3ポイント") == [("付加価値額の向上", 3, "ポイント")]
    assert _names("補助金申請支援件数の目標を計画期間累計で60件に設定する。") == [("補助金申請支援件数", 60, "件")]
    assert _names("商談会出展による成約額（1社当たり）\n初年度 40万円、2年目以降 60万円")[0] == (
        "商談会出展による成約額", 40, "万円")
    assert _names("なお、記帳指導件数の目標は変更しない（年40件）。") == [("記帳指導件数", 40, "件")]
    assert _names("個別相談会は年12回を予定していたが、会場の不足から年8回に見直した。")[-1] == ("個別相談会", 8, "回")
    assert _names("IT活用セミナー\n年3回開催") == [("IT活用セミナー", 3, "回")]


def test_sums_of_an_amount_conditions_after_a_space_at_most_and_parts_listed():
    """「販売額合計N万円」: an amount's sum glued to it is the name; 「X増加率 3%以上を達成した…数：」: a space before a
    condition's number is no heading; 「最大N回」: at most N; 「うちN者でX、M者でYを実現する」: each listed part
    is named by what it achieves."""
    assert _names("地域資源を活用した商品開発　5年間で4品目、売上額合計500万円")[-1] == ("売上額合計", 500, "万円")
    assert _names("〇経常利益率 2%以上を達成した支援先事業者数 ： 15社／年") == [
        ("経常利益率2%以上を達成した支援先事業者数", 15, "社")]
    assert _names("販路開拓の専門家派遣　1社につき最大4回")[0][1:] == (4, "回")
    assert _one("販路開拓の専門家派遣　1社につき最大4回")[0][3] == "<="
    assert _names("伴走支援先を50者とし、うち15者で売上増加、8者で新規取引先の開拓を実現する。")[1:] == [
        ("売上増加", 15, "者"), ("新規取引先の開拓", 8, "者")]


def test_rows_with_an_empty_first_cell_a_unit_last_or_per_year_and_a_base_column():
    """別表1 rows flattened: a dash glued to the unit's bracket or after it is the empty 現行 cell (no border
    before a row of numbers); year-labelled single digits then the unit last are a row, not one number spread
    out; 「（件／年）」 a unit per year; a header's 基準値 column is a baseline."""
    name = "創業支援事業者数"
    assert _names(name + "（者）－ 5 6 6 7 8") == [(name, 5, "者"), (name, 6, "者"), (name, 7, "者"), (name, 8, "者")]
    assert _names("物産展売上額（千円）　―　500　600　700") == [
        ("物産展売上額", 500, "千円"), ("物産展売上額", 600, "千円"), ("物産展売上額", 700, "千円")]
    assert _names("商談成約事業者数 現行－ R8 2 R9 3 R10 3 者") == [
        ("商談成約事業者数", 2, "者"), ("商談成約事業者数", 3, "者")]
    [row] = _one("窓口相談件数（件／年）　現行 120　目標 150")
    assert (row[:3], row[5]) == (("窓口相談件数", 150, "件"), "year")
    assert _names("指標名 単位 基準値 R8 R9 R10 創業相談件数 件 20 25 30 35") == [
        ("創業相談件数", 25, "件"), ("創業相談件数", 30, "件"), ("創業相談件数", 35, "件")]


def test_minutes_boxes_plan_frames_lists_of_three_and_conditions_of_time():
    """「【X】目標値 N件／実績値 M件」: the box holds the name; 「事務局：」 who speaks; 「本計画では」「各年度とも」
    「総額で」 name nothing; 「その販売額」 the demonstrative no part; 「A、B及びCを、それぞれ…」 three parts;
    「…80者→X 8者」 the arrow no part; 「創業後5年を経過した…」「うち20%以上…増加した事業者」 conditions kept;
    「昨年は」 a frame; 「計画期間中500事業所」 a span; 「（月平均）」 a span, no gloss."""
    assert _names("【創業支援】目標値 12件／実績値 10件／達成率 83.3％") == [("創業支援", 12, "件")]
    assert _names("事務局：創業相談件数は年40件を目標とします。") == [("創業相談件数", 40, "件")]
    assert _names("これまで巡回件数は年平均300件にとどまっていたことから、本計画では年400件を目標とする。") == [
        ("巡回件数", 400, "件")]
    assert _names("創業相談件数は、各年度とも20件とする。") == [("創業相談件数", 20, "件")]
    assert _names("物産展の売上額　1社当たり平均30万円、総額で年間600万円")[-1] == ("物産展の売上額", 600, "万円")
    assert _names("新商品開発数を5年間で10品目とし、その販売額を5年間累計2,000万円とする。")[-1] == (
        "販売額", 2000, "万円")
    assert _names("経営分析件数、事業計画策定件数及びフォローアップ件数を、それぞれ年間50件、25件、100件とする。") == [
        ("経営分析件数", 50, "件"), ("事業計画策定件数", 25, "件"), ("フォローアップ件数", 100, "件")]
    assert _names("重点目標　事業承継診断80者→承継計画策定8者")[-1] == ("承継計画策定", 8, "者")
    assert _names("創業後5年を経過した事業者の生存率を80％以上とする。") == [
        ("創業後5年を経過した事業者の生存率", 80, "%")]
    assert _names("商談会参加事業者数　年間12者（うち20％以上売上が増加した事業者4者）")[-1] == (
        "20%以上売上が増加した事業者", 4, "者")
    assert _names("委員：昨年は創業相談が40件でしたので、50件は高い目標ではないですか。") == [("創業相談", 50, "件")]
    assert _names("景況調査の回答事業所数　計画期間中500事業所") == [("景況調査の回答事業所数", 500, "事業所")]
    assert _names("ホームページ閲覧数（月平均）　2,000PV") == [("ホームページ閲覧数", 2000, "PV")]


def test_a_long_vowel_mark_as_an_empty_cell_and_a_line_end_closing_a_name():
    """「現行ー」: the long-vowel mark typed for an empty 現行 cell; a line's end closes a name (the word ending the
    line before is no part of the next line's name)."""
    assert _names("創業相談事業者数（年）　現行ー　目標 R8：10者／R12：15者")[0][:1] == ("創業相談事業者数",)
    assert _names("KGI-1　支援先の営業利益　年率2%向上\nKGI-2　支援先の付加価値額　5年間で8%増加")[-1] == (
        "支援先の付加価値額", 8, "%")


def test_a_gloss_before_a_row_spread_by_spaces_and_a_limit_before_a_name():
    """「X（…を含む）」 then a row of cells spread by runs of spaces: the gloss is the name's; 「上限、X数 5者」: the
    limit of another value, left before the name, is none of it."""
    assert _names("創業支援事業者数（移住者を含む）\n  R8 3者 R9 4者 R10 5者")[0] == (
        "創業支援事業者数(移住者を含む)", 3, "者")
    assert _names("■ 出展経費補助：上限10万円／者（町補助金）、補助対象者数８者") == [("補助対象者数", 8, "者")]


def test_a_time_after_a_doing_inside_a_names_clause():
    """「支援後2年間の売上が…増加した事業者の数」: N年間 after …後, inside the name's clause, is a condition, kept."""
    assert _names("支援後2年間の売上高が5%以上増加した事業者の数を年4者とする。") == [
        ("支援後2年間の売上高が5%以上増加した事業者の数", 4, "者")]


def test_a_baseline_word_before_kara_is_a_baseline_not_a_cause():
    """「…を現状から5ポイント上げる」: 現状 (現行, 基準 …) before から is the baseline of a change, the name before it;
    「…の不足から年8回に」 is a cause."""
    assert _names("会員の満足度を現状から10ポイント上げる。") == [("会員の満足度", 10, "ポイント")]


def test_header_rows_glued_before_their_rows_and_cell_labels_opening_a_line():
    """A header row run together before its rows (「項目目標値実績値達成率…」「指標名修正前修正後…」「事業名 計画 実績
    評価 …」): each row is its name and the target column's cell; 「目標値」「目標数値」「項目」「評価項目2」 opening a
    line, glued to the name or not, label it; 「指標B（…）」 a label, the name in its brackets; 「年 間」 spread;
    年度ごとに."""
    assert _names("項目目標値実績値達成率創業相談件数30件27件90%") == [("創業相談件数", 30, "件")]
    assert _names("項目 計画 実績 達成率 巡回訪問件数 400件 380件 95% 窓口相談件数 120件 130件 108%") == [
        ("巡回訪問件数", 400, "件"), ("窓口相談件数", 120, "件")]
    assert _names("指標名修正前修正後事業承継診断件数12件15件") == [("事業承継診断件数", 15, "件")]
    assert _names("事業内容 現行 R8 R9 R10 巡回訪問件数 300件 320件 340件 360件")[0] == ("巡回訪問件数", 320, "件")
    assert _names("指標現状値目標値（R12）創業支援件数4件10件専門家派遣件数―20件") == [
        ("創業支援件数", 10, "件"), ("専門家派遣件数", 20, "件")]
    assert _names("事業名 計画 実績 評価 創業塾 5回 5回 A 受講者数 30人 24人 C") == [
        ("創業塾", 5, "回"), ("受講者数", 30, "人")]
    for text in ("目標値専門家派遣件数年間20件実績値18件", "目標数値　専門家派遣件数　年間　二十件",
                 "項目専門家派遣件数目標20件実績18件", "評価項目2　専門家派遣件数　年間20件",
                 "指標B（専門家派遣件数）：年20件", "KPI③（専門家派遣件数） 年間20件",
                 "専門家派遣件数 　 年 間 20 件", "専門家派遣件数　年度ごとに20件"):
        assert _names(text) == [("専門家派遣件数", 20, "件")], text
    assert _names("目標値：年間20件") == [(None, 20, "件")]  # a label and nothing it labels: no name


def test_numbers_marks_spans_and_times_opening_or_closing_a_name():
    """A sheet's number (「No5」), a letter (「b)」), a mark (「☆」), a label closed by 》 or 〉, a span said
    first (「各年度」「累計」) open no name; 「…の累計」 and the time a goal's word was said with (「期末目標」
    「の来年度目標」) close none; 今月/今期/計画最終年度（…）/変更後 said with の, は or も frame it."""
    for text in ("No5 専門家派遣件数 20件", "KPI(a) 専門家派遣件数 年10件、KPI(b) 専門家派遣件数 20件",
                 "〈今期の重点〉専門家派遣件数 20件", "各年度専門家派遣件数20件",
                 "専門家派遣件数 期末目標 20件", "専門家派遣件数の来年度目標を20件とする。",
                 "今期は専門家派遣件数 20件を目指します", "計画最終年度（令和11年度）の専門家派遣件数　20件",
                 "なお、変更後も専門家派遣件数（20件）は維持する。"):
        assert _names(text)[-1] == ("専門家派遣件数", 20, "件"), text
    assert _names("令和10年度までに、事業承継計画を策定した事業者の累計を40者とする。") == [
        ("事業承継計画を策定した事業者", 40, "者")]


def test_a_label_in_a_cell_of_its_own_and_an_area_before_a_bracketed_count():
    """「指標B｜X｜単位：件｜目標：…」: the label's cell labels the row; 「X調査（年1回、町内80事業所）」: an area
    (管内, 町内, 市内) before a count in brackets says where: the count is the bracket's name's, as
    「（年1回、80事業所）」 (「（年1回、受講者15名）」: a noun of its own names it)."""
    assert _names("指標B｜専門家派遣件数｜単位：件｜目標：20｜実績：18｜達成率：90%") == [("専門家派遣件数", 20, "件")]
    assert _names("KPI-3｜専門家派遣件数｜目標：20件｜実績：18件") == [("専門家派遣件数", 20, "件")]
    for area in ("管内", "町内", "市内"):
        assert _names(f"・小規模事業者景況調査（年2回、{area}80事業所）") == [
            ("小規模事業者景況調査", 2, "回"), ("小規模事業者景況調査", 80, "事業所")], area
    assert _names("創業塾の開催（年1回、受講者15名）")[-1] == ("受講者", 15, "名")


def test_bases_of_a_year_verb_stems_in_compounds_sums_before_a_span_and_attending_people():
    """「基準年比」「前年比」 inside a name's clause: 年 is the base's, no span; 「空き店舗率」「貸し会議室」: a verb's
    stem glued to the noun after it is a compound's first word; 「…売上高合計 累計2億円」: the sum of an amount before a
    span is the name's head; 「受講者20名の参加」: after a count of people named before it, attending names nothing;
    「計画期間終了時に売上高が増加した支援先事業者数」: a due time inside the name's clause is kept."""
    for base in ("基準年比", "前年比", "基準年度比"):
        assert _names(f"KGI：支援先の売上高が{base}5％以上増加した事業者数 30者") == [
            (f"支援先の売上高が{base}5%以上増加した事業者数", 30, "者")], base
    assert _names("駅前商店街の空き店舗率：15%（現状）→10%以下（R11）")[-1][:2] == ("駅前商店街の空き店舗率", 10)
    assert _names("KGI：支援先の売上高合計　計画期間中に3億円増加") == [("支援先の売上高合計", 3, "億円")]
    assert _names("経営セミナーは年2回開催し、受講者20～30名の参加を見込む。")[-1] == ("受講者", 20, "名")
    assert _names("KGI：計画期間終了時に営業利益が増加した伴走支援先事業者数　５年間で40者") == [
        ("計画期間終了時に営業利益が増加した伴走支援先事業者数", 40, "者")]


def test_indents_and_padding_spaces_and_a_numbered_label_after_a_value():
    """「\\n　（うち…）」: a line's indent and a run of spaces padding a cell are no words; 「…12件指標2　うち…」: a
    numbered 指標 after a value (lines run together) labels what follows."""
    assert _names("KPI\n　経営分析件数　年間40件\n　（うち新規 10件）") == [
        ("経営分析件数", 40, "件"), ("新規", 10, "件")]
    assert _names("経営分析件数　　　　　　４０件\n事業承継診断件数　　　　　１０件") == [
        ("経営分析件数", 40, "件"), ("事業承継診断件数", 10, "件")]
    assert _names("指標1　経営分析件数　　　　４０件\n指標2　うち財務分析　　　　１０件") == [
        ("経営分析件数", 40, "件"), ("財務分析", 10, "件")]


def test_the_same_against_a_base_in_brackets_and_quoted_answers_a_share_counts():
    """「「同40件」」: 同 names a value by the name of the last of its unit; 「X 50店舗（前年比＋10店舗）」: a value
    against a base in brackets after a value is of the same name; 「満足度（「満足」「やや満足」の合計）」: the
    answers a share counts, quoted in brackets, are no part of its name."""
    assert _names("中間評価で、目標「事業承継診断件数20件」を「同25件」に引き上げた。")[-1] == (
        "事業承継診断件数", 25, "件")
    assert _names("本年度目標：キャッシュレス決済導入店舗 40店舗（前年度比＋8店舗）")[-1] == (
        "キャッシュレス決済導入店舗", 8, "店舗")
    for answers in ("（「満足」「やや満足」の合計）", "（「役に立った」「やや役に立った」の割合）"):
        assert _names(f"個別相談の満足度{answers}　85％以上") == [("個別相談の満足度", 85, "%")], answers


def test_what_a_name_takes_in_inside_a_sentence_and_a_comma_before_a_time():
    """「Xのうち詳細分析（非財務分析を含む）を300者」: a bracket saying what a name takes in (含む, 除く) glosses it
    inside a sentence too; 「X、今年度の目標は30件」: the comma before the time cut is no part of the name."""
    assert _names("そのうち専門家派遣（オンライン相談を含む）を年20件とする。") == [
        ("専門家派遣(オンライン相談を含む)", 20, "件")]
    assert _names("記帳指導の継続支援、来年度の目標は４０者です。") == [("記帳指導の継続支援", 40, "者")]


def test_a_denominator_with_all_that_modifies_it_and_a_span_opening_a_name():
    """「商談会に参加した事業者1社当たりの新規取引による売上額」: a denominator said with の before the name, with its
    noun and all that modifies that noun, is none of it (inside a clause with its own object it is the clause's);
    「年間」 opening a name is a span."""
    assert _names("商談会に参加した事業者1社当たりの新規取引による売上額を年間50万円とする。") == [
        ("新規取引による売上額", 50, "万円")]
    assert _names("伴走支援先1者当たりの年間営業利益増加額を平均30万円以上とする。") == [("営業利益増加額", 30, "万円")]
    assert _names("従業員1人当たりの付加価値額を3%向上させた事業者数　12者") == [
        ("従業員1人当たりの付加価値額を3%向上させた事業者数", 12, "者")]


def test_what_heads_a_sheet_before_a_box_holding_the_name():
    """「令和8年度評価シート【X】目標値25件」: what stands before the box on its line heads the sheet; the box names the
    value."""
    assert _names("令和8年度評価シート【創業支援】目標値25件 実績値22件") == [("創業支援", 25, "件")]
    assert _names("事業評価【専門家派遣】目標値 12回／実績値 10回") == [("専門家派遣", 12, "回")]


def test_the_level_a_value_keeps_names_nothing():
    """「Xについては前年度並み（約150件）」「Xは例年並み（50者）」「X件数は前年度並みの年300件」: the level a value is
    said to keep (前年度並み, 例年どおり) names nothing: the topic or the measure said before does."""
    assert _names("なお、記帳指導については前年度並み（約60者）を見込む。") == [("記帳指導", 60, "者")]
    assert _names("金融斡旋は例年どおり（年20件）とする。") == [("金融斡旋", 20, "件")]
    assert _names("窓口相談件数は前年度並みの年400件を見込む") == [("窓口相談件数", 400, "件")]


def test_those_a_doing_goes_to_counted_before_it():
    """「…の3分の1にあたる60事業所への巡回」「年間30社への専門家派遣」: those a doing goes to, counted first, へ and の
    after them, are named by the doing (a noun before the count names them: 「小規模事業者50者への…」)."""
    assert _names("本年度は、会員の半数にあたる120事業所への巡回を目指します") == [("巡回", 120, "事業所")]
    assert _names("毎年15社への専門家派遣を行う。") == [("専門家派遣", 15, "社")]
    assert _names("小規模事業者50者への巡回訪問を実施する")[0][1:] == (50, "者")


def test_a_part_named_in_the_names_bracket_its_value_in_the_values():
    """「X（うちY）：年12者（6者）」: a うち part named in the name's bracket and valued in the value's is its own
    indicator, the whole's name left without it."""
    assert _names("創業支援件数（うち女性創業）　10件（3件）") == [("創業支援件数", 10, "件"), ("女性創業", 3, "件")]
    assert _names("専門家派遣件数（うちIT専門家）：年20件（8件）") == [
        ("専門家派遣件数", 20, "件"), ("IT専門家", 8, "件")]


def test_whom_a_doing_is_for_names_nothing_the_topic_does():
    """「X調査は、Yを対象に年2回実施する」: whom a doing is for, said with を対象に, names nothing; the topic done
    names its frequency."""
    assert _names("景況調査は、管内の製造業者を対象に年4回実施する。") == [("景況調査", 4, "回")]
    assert _names("消費者アンケートは、来店客を対象に年2回行う。") == [("消費者アンケート", 2, "回")]


def test_people_counted_before_their_coming_forth():
    """「創業者30名の輩出」: after a count of people named before it, their coming forth (輩出, 創出) names nothing
    (「新たな雇用20人の創出」: no people named, the outcome is the name's)."""
    assert _names("計画期間中に創業者二十名の輩出を目指す。") == [("創業者", 20, "名")]
    assert _names("計画期間中に新たな雇用20人の創出を目指す。") == [("新たな雇用の創出", 20, "人")]

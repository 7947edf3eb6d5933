"""People and organisations: the annotated set, normalisation, and what a plan lists."""

from __future__ import annotations

import re
from functools import cache

import pytest

from hattatsu.extract import extract_file
from hattatsu.extract.entity_names import category, organization
from hattatsu.extract.nlp import available
from hattatsu.extract.readers import ReadOptions
from tests.conftest import SHARED_CORPUS, SYNTHETIC_PLAN

needs_nlp = pytest.mark.skipif(not available(), reason="ja-ginza is not installed (pip install -e '.[nlp]')")
needs_corpus = pytest.mark.skipif(not SHARED_CORPUS.is_dir(),
                                  reason="../shared/corpus is not beside this checkout (CI always has it)")


@pytest.mark.parametrize(("text", "name", "branch"), [
    ("日本政策金融公庫高崎支店国民生活事業", "日本政策金融公庫", "高崎支店国民生活事業"),
    ("（公財）川口産業振興公社", "川口産業振興公社", None),
    ("独立行政法人 中小企業基盤整備機構関東本部", "中小企業基盤整備機構", "関東本部"),
    ("関東信越税理士会西川口支部", "関東信越税理士会", "西川口支部"),
    ("柏市経済産業部商工観光課", "柏市", "経済産業部商工観光課"),
    ("東京大学大学院", "東京大学", "大学院"),
    ("ジェトロ群馬貿易情報センター", "日本貿易振興機構", "群馬貿易情報センター"),
    ("日商", "日本商工会議所", None),
])
def test_names_are_normalised_with_their_branch(text, name, branch):
    found = organization(text)
    assert (found.name, found.branch) == (name, branch)


@pytest.mark.parametrize("text", ["本商工会議所", "当商工会", "近隣商工会", "40商工会議所", "金融機関", "県内各会議所",
                                  "商工会議所", "大型ショッピングセンター", "①運営協議会"])
def test_generic_and_self_references_are_not_entities(text):
    assert organization(text) is None


def test_categories():
    assert [category(n) for n in ("城北信用金庫", "麗澤大学", "埼玉県行政書士会", "戸田市商工会", "中小企業庁",
                                  "埼玉県よろず支援拠点")] == \
        ["financial", "university", "professional", "chamber", "government", "support"]


@needs_nlp
@needs_corpus
def test_nlp_finds_people_and_organisations_better_than_rules():
    from tests.nlp_eval import entity_scores

    for kind in ("person", "organization"):
        scores = entity_scores(kind)
        assert scores["nlp"][2] >= 0.9, kind
        assert scores["nlp"][2] > scores["rules"][2], kind


def _entities(path, nlp: bool = True, kind: str = "plan"):
    [doc] = [d for d in extract_file(path, ReadOptions(nlp=nlp)) if d.kind == kind]
    return {e.name: e for e in doc.entities}


@needs_nlp
@needs_corpus
def test_a_plan_lists_its_partners_with_branches_and_places():
    found = _entities(SHARED_CORPUS / "kawaguchi-cci_evaluation-R6_plan-R5-R7.txt")
    jfc = found["日本政策金融公庫"]
    assert jfc.branches == ["浦和支店"] and jfc.category == "financial"
    assert {(m.section, m.location.line) for m in jfc.mentions} >= {("items.knowhow_exchange", 3325)}
    assert found["関東信越税理士会"].branches == ["川口支部", "西川口支部"]
    assert found["埼玉りそな銀行"].category == "financial"  # a name a character class would cut at 「りそな」
    assert {"さいたま商工会議所", "蕨商工会議所", "鳩ヶ谷商工会", "戸田市商工会"} <= found.keys()
    assert found["飯島 法敬"].role == "法定経営指導員"
    assert all(m.section == "organization" for m in found["飯島 法敬"].mentions)


@needs_nlp
@needs_corpus
def test_committee_members_are_persons_with_their_organisation():
    found = _entities(SHARED_CORPUS / "kashiwa-cci_evaluation-R6.txt", kind="evaluation")
    assert found["小杉 豊"].affiliation == "中小企業基盤整備機構"
    assert found["高橋 直資"].affiliation == "柏商工会議所"
    assert found["中小企業基盤整備機構"].branches[0] == "関東本部 東大柏ベンチャープラザ"
    kawaguchi = _entities(SHARED_CORPUS / "kawaguchi-cci_evaluation-R6_plan-R5-R7.txt", kind="evaluation")
    assert (kawaguchi["小原"].role, kawaguchi["伊藤"].affiliation) == ("委員長", "川口商工会議所")
    # a roster continuing under its organisation, a municipality opening the line, a title
    # written together with the organisation
    assert found["近藤 一郎"].affiliation == "柏商工会議所"
    assert (kawaguchi["江原"].role, kawaguchi["江原"].affiliation) == ("経済部長", "川口市")
    assert kawaguchi["小野寺義明"].role == "企業支援コーディネーター"
    assert "開 催" not in kawaguchi  # 「開 催 日」: a label spaced out, not a name


def test_rules_give_entities_without_nlp():
    """--no-nlp still lists entities: names opening in hiragana (みどり川信用金庫, after a legal form
    みどり川観光協会) and 別表4's 連携者 row, whose representative's name is followed by 住所."""
    found = _entities(SYNTHETIC_PLAN, nlp=False)
    assert found["架空県商工会連合会"].category == "chamber"
    assert found["山田 花子"].role == "法定経営指導員"
    assert found["みどり川信用金庫"].category == "financial" and "川信用金庫" not in found
    assert "みどり川観光協会" in found
    assert (found["鈴木 太郎"].affiliation, found["鈴木 太郎"].role) == ("みどり川信用金庫", "代表理事長")


@needs_nlp
def test_nlp_reads_the_synthetic_partners():
    found = _entities(SYNTHETIC_PLAN)
    assert found["みどり川信用金庫"].category == "financial"
    assert (found["鈴木 太郎"].affiliation, found["鈴木 太郎"].role) == ("みどり川信用金庫", "代表理事長")
    assert found["みどり川町商工会"].branches == ["経営支援課"]
    assert [m.section for m in found["みどり川観光協会"].mentions] == ["partners"]


@pytest.mark.parametrize("line, names", [
    ("■氏名：山田 花子、佐藤 一郎", ["山田 花子", "佐藤 一郎"]),
    ("氏名：高田成智・北村 聡／大西 健一", ["高田成智", "北村 聡", "大西 健一"]),
    ("氏　名：　高田 成智", ["高田 成智"]),
    ("■氏名：片貝晃久、連絡先：0123-45-6789", ["片貝晃久"]),
])
def test_a_name_field_may_list_several_people(line, names):
    """Without NLP too: each person of a 氏名 field that lists several is found (the forms
    generate prints give each a line of their own, so a round trip finds them all)."""
    from hattatsu.extract.sections.entities import find_rules

    [found] = find_rules([line])
    assert [f.name for f in found if f.kind == "person"] == names


def test_hattatsu_nlp_0_turns_nlp_off_for_the_process(monkeypatch):
    """HATTATSU_NLP=0 runs everything on the rules path, as a machine without the extra does
    (CI runs the suite a second time so)."""
    import hattatsu.extract.nlp as nlp

    def no_model():
        raise AssertionError("the model was loaded")

    available.cache_clear()
    monkeypatch.setenv("HATTATSU_NLP", "0")
    monkeypatch.setattr(nlp, "load", no_model)
    try:
        assert available() is False
        found = _entities(SYNTHETIC_PLAN, nlp=True)
        assert found["みどり川信用金庫"].category == "financial"  # the rules' reading
    finally:
        available.cache_clear()


def _affiliations(text: str, nlp: bool = False) -> dict[str, str | None]:
    """The affiliation of each person named in a text, its lines read as one document."""
    from hattatsu.extract.blocks import Line
    from hattatsu.extract.sections.entities import collect, find_rules

    if nlp:
        from hattatsu.extract.nlp.entities import find_nlp as finder
    else:
        finder = find_rules
    lines = [(None, Line(t, line=i)) for i, t in enumerate(text.split("\n"), 1)]
    return {e.name: e.affiliation for e in collect(lines, finder) if e.kind == "person"}


ROSTER_AFTER_A_SENTENCE = """\
第3期計画期間：令和5年4月1日～令和7年3月31日 ＊松本東商工会との統合を受け、期間を短縮した

＜評価委員会委員 8人＞
中小企業支援委員会担当副会頭 山本副会頭
中小企業支援委員会 佐藤委員長

同 石井副委員長
松本市 青木商工課長
松本商工会議所 上田専務理事

（事務局）
松本商工会議所 専務理事 小林 誠

中小企業相談所長 森 健二

中小企業診断士 原田 智子

（長野県）
産業政策課長 村上 進
"""


@pytest.mark.parametrize("nlp", [False, pytest.param(True, marks=needs_nlp)])
def test_an_affiliation_comes_from_the_row_never_from_an_earlier_sentence(nlp):
    """A roster under an unrelated sentence naming another body: the rows that name no
    organisation get none (an internal committee is no organisation); a municipality opening
    the row, the row's own organisation, the row above for 「同」 or a post-only row, and a
    group heading naming a body give it; a row with no post (a profession) inherits nothing."""
    found = _affiliations(ROSTER_AFTER_A_SENTENCE, nlp)
    assert "松本東商工会" not in found.values()
    assert (found["山本"], found["佐藤"], found["石井"]) == (None, None, None)
    assert (found["青木"], found["上田"]) == ("松本市", "松本商工会議所")
    assert (found["小林 誠"], found["森 健二"]) == ("松本商工会議所", "松本商工会議所")
    assert found.get("原田 智子") is None
    assert found["村上 進"] == "長野県"


@pytest.mark.parametrize("text, name, affiliation", [
    # a 氏名 field and its 連絡先 field on the next line: one record of the form's ①
    ("■氏名：北村 聡\n\n■連絡先：上田商工会議所 TEL：0268-22-4500", "北村 聡", "上田商工会議所"),
    # a two-line row: the organisation, then the post and the name
    ("（外部評価委員）\n独立行政法人 中小企業基盤整備機構関東本部\n\nプロジェクトマネージャー 大西 健一", "大西 健一",
     "中小企業基盤整備機構"),
    # a table row's 所属 column
    ("所属\t役職\t氏名\n上田信用金庫\t支店長\t中島 洋", "中島 洋", "上田信用金庫"),
    # 「同」 takes the row above's, which its own line gave
    ("上田商工会議所 伊藤専務理事\n同 加藤課長", "加藤", "上田商工会議所"),
    # an organisation in a sentence two lines up is not a heading
    ("上田信用金庫と連携して事業承継の相談会を年2回開催し、金融支援の情報を共有する。\n\n委員 松井 和夫",
     "松井 和夫", None),
])
def test_roster_conventions_for_the_affiliation(text, name, affiliation):
    assert _affiliations(text)[name] == affiliation


@needs_corpus
def test_kawaguchi_committee_members_are_not_given_an_organisation_from_line_7():
    """Without NLP (with it the same, checked with the annotated set): 鳩ヶ谷商工会 is named
    only in the plan period's note; the committee members' rows name none. The secretariat's rows
    name their body: a full name written without its space after a title (小野寺義明), and a row
    of 「同 同」 under it."""
    found = _entities(SHARED_CORPUS / "kawaguchi-cci_evaluation-R6_plan-R5-R7.txt", nlp=False, kind="evaluation")
    people = {e.name: e.affiliation for e in found.values() if e.kind == "person"}
    assert people == {"田中": None, "小原": None, "隅内": None, "小松": None, "高倉": None, "藤本": None,
                      "江原": "川口市", "伊藤": "川口商工会議所", "小野寺義明": "川口商工会議所",
                      "大沢 誠一": "川口商工会議所"}


@needs_corpus
def test_affiliations_of_the_annotated_persons():
    """Every annotated person either path finds has the annotated affiliation (dev and test);
    with NLP, every annotated person of the dev part is found with it."""
    from tests.nlp_eval import PARTS, affiliation_scores

    for part in PARTS:
        scores = affiliation_scores(part)
        for path, (right, found, total) in scores.items():
            assert right == found, (part, path)
            if path == "nlp" and part == "dev":
                assert right == total


@needs_nlp
def test_nlp_reads_roster_table_rows_read_as_lines():
    """A roster table's row flattened to a line puts the surname after its title (「所属 役職
    姓」); a name column first must not join the surname to the next cell (「石井 同 …」)."""
    from hattatsu.extract.nlp.entities import find_nlp

    rows = ["中小企業支援委員会 委員長 佐藤", "同 副委員長 石井", "上田市 経済部長 青木", "石井 同 副委員長",
            "青木 上田市 経済部長"]
    got = [[(f.name, f.role) for f in found if f.kind == "person"] for found in find_nlp(rows)]
    assert got[:3] == [[("佐藤", "委員長")], [("石井", "副委員長")], [("青木", "経済部長")]]
    assert all(name in ("石井", "青木") for found in got[3:] for name, _ in found)


@pytest.mark.parametrize(("text", "name", "branch"), [
    ("みどり川町商工会の経営指導員が巡回する", "みどり川町商工会", None),
    ("いわき市商工会議所と連携し", "いわき市商工会議所", None),
    ("連携先：つくば市商工会", "つくば市商工会", None),
    ("・ひたちなか市経済部商工振興課", "ひたちなか市", "経済部商工振興課"),  # to its last 課
    ("（さいたま市商工会議所）", "さいたま市商工会議所", None),
])
def test_rules_keep_a_municipality_written_in_hiragana(text, name, branch):
    """Municipalities named in hiragana (さいたま市, つくば市, みどり川町) open the name when the run
    starts at a boundary and runs into the municipality's suffix; the rules cut them at the
    hiragana before (「川町商工会」)."""
    from hattatsu.extract.sections.entities import find_rules

    [found] = find_rules([text])
    assert [(f.name, f.branch) for f in found if f.kind == "organization"] == [(name, branch)]


@pytest.mark.parametrize("text", ["地域のために商工会が支援する", "市内のみどり市商工会と", "また商工会は"])
def test_rules_take_no_prose_hiragana_into_a_name(text):
    """Hiragana inside prose (a particle, a conjunction) is no part of an organisation's name."""
    import re

    from hattatsu.extract.sections.entities import find_rules

    [found] = find_rules([text])
    assert not any(re.match(r"[ぁ-ゖ]", f.name) for f in found), [f.name for f in found]


# Issue 14: people and organisations on plans no one tuned to (each rule on its variants, both paths).
def _finders():
    from hattatsu.extract.sections.entities import find_rules

    out = [pytest.param(find_rules, id="rules")]
    if available():
        from hattatsu.extract.nlp.entities import find_nlp

        out.append(pytest.param(find_nlp, id="nlp"))
    else:
        out.append(pytest.param(None, id="nlp", marks=pytest.mark.skip(reason="ja-ginza is not installed")))
    return out


def _read(finder, text: str, kind: str) -> list:
    from hattatsu.normalize import clean_text, compact

    [found] = finder([clean_text(text)])
    return [(f.name, f.branch and compact(f.branch)) if kind == "organization" else f.name
            for f in found if f.kind == kind]


@pytest.mark.parametrize("finder", _finders())
@pytest.mark.parametrize(("text", "names"), [
    # a name opening in hiragana at a line's start, after punctuation, a list mark or a legal form
    ("ひばり信用金庫と連携し、事業承継の相談会を開催する。", [("ひばり信用金庫", None)]),
    ("連携先：かもめ銀行、はやぶさ信用組合", [("かもめ銀行", None), ("はやぶさ信用組合", None)]),
    ("①こだま商工会", [("こだま商工会", None)]),
    ("（公財）とちのき産業振興センター", [("とちのき産業振興センター", None)]),
    ("一般社団法人つばき野観光協会", [("つばき野観光協会", None)]),
    ("架空県よろず支援拠点の専門家と同行する。", [("架空県よろず支援拠点", None)]),
    # a branch or department after a space, a line of business after the branch
    ("日本政策金融公庫 つつじ台支店 国民生活事業", [("日本政策金融公庫", "つつじ台支店国民生活事業")]),
    ("もみじ台商工会 経営支援課", [("もみじ台商工会", "経営支援課")]),
    ("ほたる野商工会議所 中小企業相談所", [("ほたる野商工会議所", "中小企業相談所")]),
    # a title after the name is no branch; a room is no department
    ("なぎさ信用金庫 融資部長", [("なぎさ信用金庫", None)]),
    ("会場 ほたる野商工会議所会議室", [("ほたる野商工会議所", None)]),
    # 中小企業団体中央会, a company after its legal form
    ("架空県中小企業団体中央会と連携する。", [("架空県中小企業団体中央会", None)]),
    ("（株）こもれび企画 代表取締役", [("こもれび企画", None)]),
    ("ＪＡつばき野と連携し、特産品を開発する。", [("JAつばき野", None)]),
    ("講師：株式会社ＫＴパートナーズ 中小企業診断士", [("KTパートナーズ", None)]),
    ("沼津北工業高等専門学校と共同研究を行う。", [("沼津北工業高等専門学校", None)]),
])
def test_organisations_named_in_hiragana_and_their_branches(finder, text, names):
    assert _read(finder, text, "organization") == names


@pytest.mark.parametrize("text", ["また信用金庫と連携する。", "地域のために商工会が支援する。", "なお銀行からの融資",
                                  "株式会社を設立する。"])
def test_prose_hiragana_opens_no_organisation(text):
    from hattatsu.extract.sections.entities import find_rules

    assert not any(re.match(r"[ぁ-ゖ]", name) for name, _ in _read(find_rules, text, "organization"))


@pytest.mark.parametrize(("word", "split"), [
    ("林委員長", ("林", "委員長")), ("森副委員長", ("森", "副委員長")), ("長谷川専務理事", ("長谷川", "専務理事")),
    ("佐々木事務局長", ("佐々木", "事務局長")), ("五十嵐主査", ("五十嵐", "主査")), ("田中課長", ("田中", "課長")),
    ("藤本部会長", ("藤本", "部会長")), ("江原経済部長", ("江原", "経済部長")),
    ("佐々木経済部長", ("佐々木", "経済部長")),
    # a title alone, a place before a title, words that open titles but are no surnames
    ("准教授", None), ("副会長", None), ("川口市経済部長", None), ("各部会長", None), ("正副会頭", None),
    ("地区担当課長", None), ("広域経営指導員", None), ("林業振興課長", None), ("総務課長", None), ("名誉会長", None),
    ("川口商工会議所専務理事", None),
])
def test_a_surname_and_its_title(word, split):
    from hattatsu.extract.entity_names import surname_title

    assert surname_title(word) == split


@pytest.mark.parametrize(("text", "names"), [
    ("関課長、原係長、五十嵐主査が出席した。", ["関", "原", "五十嵐"]),
    ("事務局（当所 辻事務局長、堀主任）", ["辻", "堀"]),
    ("支部長が出席した。", []),  # a body's word, no surname
    ("各部会長と意見交換を行い、地区担当課長が巡回する。", []),
    ("運営協議会（正副会頭、常設委員長）で評価する。", []),
])
def test_surnames_with_their_titles_in_a_list(text, names):
    from hattatsu.extract.entity_names import titled_surnames

    assert [text[a:b] for a, b, _ in titled_surnames(text, row=len(text) <= 60)] == names


@pytest.mark.parametrize("finder", _finders())
@pytest.mark.parametrize(("text", "names"), [
    # one and three characters before a title at a roster row's end
    ("中小企業支援委員会　堀委員長", ["堀"]),
    ("同　泉副委員長", ["泉"]),
    ("中小企業相談所長　辻", ["辻"]),
    ("長谷川専務理事（ほたる野商工会議所）", ["長谷川"]),
    # names spaced out letter by letter, as PDFs copy them (white space aside)
    ("委 員 長　　宇　佐　川　　誠", ["宇佐川誠"]),
    ("外部有識者　宮　之　城　　歩", ["宮之城歩"]),
    ("所　長　　杉　浦　　和　彦", ["杉浦和彦"]),
    ("氏　名：　木　之　内　　理　沙", ["木之内理沙"]),
    # the name first, the body or the title after it
    ("宇野 智也　ほたる野商工会議所　専務理事", ["宇野 智也"]),
    ("辻 一也　中小企業診断士", ["辻 一也"]),
    # a profession before the name, an honorific after it
    ("税理士 西 健太", ["西 健太"]),
    ("講師：中小企業診断士 北浦 雅也 氏", ["北浦 雅也"]),
    ("（株）こもれび企画 代表取締役 原口 和人 様", ["原口 和人"]),
    # a form's 氏名 field without its colon; its header row names no one
    ("氏　名　堀　大地", ["堀 大地"]),
    ("氏名 所属 役職", []),
    # a label spaced out, a place in the name column
    ("開 催 日 令和6年6月3日", []),
    # sentences whose first word stands apart are no name-first rows
    ("誰 が 地域の将来を担う、意欲ある経営指導員が", []),
    ("事業承継 代表交代の時期、資産の引継ぎ等", []),
    ("開会 挨拶 会長", []),
    # a meeting's attendance as a list, a consultant's title before a name without its space
    ("・古川専務理事、清田事務局長、水野相談所長、遠山経営相談課長", ["古川", "清田", "水野", "遠山"]),
    ("・ミナトビジネスコンサルタンツ 代表 竹田祐介 氏", ["竹田祐介"]),
    # the form's 広域経営指導員 statement (2025-) names the plan's 経営指導員
    ("申請書に記載の経営指導員 杉浦 和彦 は、広域経営指導員に該当する。", ["杉浦 和彦"]),
    ("申請書に記載の経営指導員・宇野智也は、広域経営指導員に該当しない。", ["宇野智也"]),
    ("経営指導員 全員は、研修に参加する。", []),
    ("青木 上田市 経済部長", []),
])
def test_people_on_roster_rows(finder, text, names):
    got = [n.replace(" ", "") for n in _read(finder, text, "person")]
    if text.startswith("青木 上田市"):  # the surname alone is right too (the tagger reads 青木)
        assert all(n == "青木" for n in got)
    else:
        assert got == [n.replace(" ", "") for n in names]


@pytest.mark.parametrize("nlp", [False, pytest.param(True, marks=needs_nlp)])
def test_a_partner_row_of_table_4_gives_its_representative(nlp):
    """別表4's 連携者 row: the body, its representative's title and name, then 住所."""
    found = _affiliations("①はやぶさ信用組合 理事長 大橋 恵介 住所：架空県つばき野町1-2-3", nlp)
    assert found == {"大橋 恵介": "はやぶさ信用組合"}


@needs_nlp
def test_nlp_takes_the_tagger_s_surname_where_only_length_split_it():
    """「長谷川産業振興課長」: a department's title after a surname; the rules take two characters, the
    tagger's 姓 token says three. A title word fixes the split whatever the tagger says (森副委員長)."""
    from hattatsu.extract.nlp.entities import find_nlp

    got = [[f.name for f in found if f.kind == "person"]
           for found in find_nlp(["つばき野町 長谷川産業振興課長", "同 森副委員長"])]
    assert got == [["長谷川"], ["森"]]


@cache
def _report_people(path, variant: str | None, nlp: bool) -> dict[str, str | None]:
    """{name without white space: affiliation} of the people a report's `entities` lists, for the
    report or its copy made by a variant of tests/pdf_copies.py."""
    from hattatsu.extract.api import extract_bytes
    from hattatsu.normalize import compact
    from tests.pdf_copies import VARIANTS

    text = path.read_text(encoding="utf-8")

    def read(t: str):
        [report] = [d for d in extract_bytes(t.encode("utf-8"), str(path), ReadOptions(nlp=nlp))
                    if d.kind == "evaluation"]
        return report

    report = read(VARIANTS[variant](text, read(text).members) if variant else text)
    return {compact(e.name): e.affiliation for e in report.entities if e.kind == "person"}


@pytest.mark.parametrize(("variant", "nlp"), [
    *((v, False) for v in ("spaced", "spaced_names", "roster_table", "roster_table_name_first", "all")),
    *(pytest.param(v, True, marks=needs_nlp) for v in ("spaced_names", "roster_table_name_first")),
])
@pytest.mark.parametrize("report", ["kashiwa-cci_evaluation-R6.txt", "kawaguchi-cci_evaluation-R6_plan-R5-R7.txt",
                                    "midorigawa-society_evaluation_R9.txt"], ids=lambda n: n.split("_")[0])
def test_a_pdf_copy_of_a_report_lists_the_same_people(report, variant, nlp):
    """A report copied out of a PDF (names spaced out letter by letter, the roster as a table, the
    name column first) lists in `entities` the people its `members` reads, with the same
    affiliations, as the original does."""
    from tests.conftest import CORPUS

    path = next((p for p in (SHARED_CORPUS / report, CORPUS / report) if p.is_file()), None)
    if path is None:
        pytest.skip(f"{report} is not here (../shared/corpus is beside the checkout in CI)")
    assert _report_people(path, variant, nlp) == _report_people(path, None, nlp)

"""People and organisations: the annotated set, normalisation, and what a plan lists."""

from __future__ import annotations

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

"""The rules' reading of KGI/KPI statements whose shape leaves no doubt (read_plain): the NLP
pass leaves those to the rules and parses only the others. Runs without the [nlp] extra."""

from __future__ import annotations

import pytest

from hattatsu.extract.sections.indicators import read_plain


def _read(text: str):
    found = read_plain(text)
    return None if found is None else [(i.name, i.value, i.unit, i.comparator, i.per) for i in found]


@pytest.mark.parametrize(("text", "expected"), [
    ("KPI：①経営計画の策定支援数12者。", [("経営計画の策定支援数", 12, "者", None, None)]),
    ("ＫＰＩ：セミナー参加者数　３０名以上", [("セミナー参加者数", 30, "名", ">=", None)]),
    ("商談会出展事業者数8者、成約件数4件", [("商談会出展事業者数", 8, "者", None, None),
                                          ("成約件数", 4, "件", None, None)]),
    ("K P I : 創業塾受講者数 20 人・創業者数 5 人", [("創業塾受講者数", 20, "人", None, None),
                                                  ("創業者数", 5, "人", None, None)]),
    ("巡回訪問件数 年間1,500件", [("巡回訪問件数", 1500, "件", None, "year")]),
    ("補助金申請を支援した事業者のうち、採択された事業者の割合が60%以上。",
     [("採択された事業者の割合", 60, "%", ">=", None)]),
    ("新商品を開発した事業者数6社(試作品の評価会を含む)。", [("新商品を開発した事業者数", 6, "社", None, None)]),
    # labels of the 2025 form and of chambers' pages, and bullet marks, are no part of a name
    ("ＫＧＩ（成果目標）：経営計画策定事業者数　２０者", [("経営計画策定事業者数", 20, "者", None, None)]),
    ("【目標２】創業者数 5人", [("創業者数", 5, "人", None, None)]),
    ("＜ＫＰＩ＞ 専門家派遣件数 10件", [("専門家派遣件数", 10, "件", None, None)]),
    ("〇経営分析件数　４０件", [("経営分析件数", 40, "件", None, None)]),
    ("★事業承継診断件数 年間30件", [("事業承継診断件数", 30, "件", None, "year")]),
    # labels numbered or lettered within their list, a short word in 【】, list numbers and ・ bullets
    ("KPI1 経営分析件数 40件", [("経営分析件数", 40, "件", None, None)]),
    ("KGI-B：創業者数 5人", [("創業者数", 5, "人", None, None)]),
    ("指標Ｂ－１　専門家派遣件数　１０件", [("専門家派遣件数", 10, "件", None, None)]),
    ("【重点】商談成約件数 15件", [("商談成約件数", 15, "件", None, None)]),
    ("⑴ 窓口相談件数 250件", [("窓口相談件数", 250, "件", None, None)]),
    ("３．商談会成約件数　１０件", [("商談会成約件数", 10, "件", None, None)]),
    ("・セミナー受講者数　年間１２０名以上", [("セミナー受講者数", 120, "名", ">=", "year")]),
])
def test_plain_shapes_are_read(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "事業計画策定件数を年間30件とする。",  # a particle before the number: a clause, for the parser
    "支援先の売上高を5年間で10%増加させる。",  # a span and a change
    "売上が5%以上増加した事業者の割合が40%以上。",  # a number inside the name
    "窓口相談件数 月40件、年間480件",  # a month
    "累計創業者数 50人",  # a span word in the name
    "1社当たり新規取引件数 2件",  # a denominator
    "成約率 20件",  # a rate counted in 件
    "新たに販路を開拓した事業者 10者",  # a clause that does not end in a count
    "経営分析件数 40件（5年間で200件）",  # a second quantity in the bracket
    "ＫＰＩ：専門家派遣件数 二十件",  # a kanji numeral
    "創業支援件数 15件 目標値 20件",  # a label
    "経営分析件数 30件 35件 40件",  # a 別表1 row copied as text: values after the first have no name of their own
    "承認件数 計画期間中8件",  # the plan's span
    "会報の発行部数 3,000部",  # a counter of copies
    "記帳指導　記帳継続指導先 80事業所",  # a heading word set apart before the name
    "経営支援 巡回訪問件数 300件",
    "補助金採択支援件数　現行 6件 → 10件",  # a baseline and an arrow
    "窓口相談件数 ・・・ 年間 300件",  # leader dots between a name and its value
    "新 規 創 業 者 数　10人以上",  # a name spelt out letter by letter (the parser joins it)
    "経 営 分 析 件 数 40件",
    "経　営　分　析　件　数　40件",
])
def test_other_shapes_go_to_the_parser(text):
    assert read_plain(text) is None


# ---- The documents around a plan (evaluation reports, minutes, revisions): what the parser is given ----
# prepare() is plain text work (no model): each convention is checked on variants without the [nlp] extra;
# the parser's reading of the same shapes is checked below when GiNZA is installed.

def _numbers(text: str) -> list[str]:
    import re

    from hattatsu.extract.nlp.indicator_text import prepare
    return re.findall(r"\d[\d,.]*", prepare(text))


@pytest.mark.parametrize(("text", "kept"), [
    # a result said against a target (に対し, のところ, 目標を上回った/下回った, 中…実施): only the target is left
    ("経営分析件数は目標45件に対し実績50件となった。", ["45"]),
    ("記帳指導は目標80件に対し、現時点で52件である。", ["80"]),
    ("セミナー受講者数は、年間目標120人のところ、上半期終了時点で48人にとどまった。", ["120"]),
    ("専門家派遣 計画24回中9回実施", ["24"]),
    ("創業塾の受講者数が目標の30人を下回ったとの指摘があった。", ["30"]),
    ("商談会の成約件数（目標：年間8件）は、今年度11件と目標を上回った。", ["8"]),
    ("フォローアップ回数　計画値／実績値：90回／84回", ["90"]),
    ("相談会開催回数 3回／年間目標 10回", ["10"]),
    ("平均処理日数 目標7日以内→実績9日", ["7"]),
    # a revision: the value before it (修正前, 変更前, 旧, 当初, 「Nを…Mに修正」) goes, the new one stays
    ("計画変更：巡回訪問件数　修正前 400件　修正後 320件", ["320"]),
    ("（変更前）創業相談件数　年間40件　（変更後）創業相談件数　年間55件", ["55"]),
    ("見直し後の目標　記帳指導：70件（旧90件）", ["70"]),
    ("事業承継診断件数　旧 12件 → 新 18件", ["18"]),
    ("当初目標の商談会出展支援8社を5社に下方修正する。", ["5"]),
    ("販路開拓後の成約率は、当初の10％以上から15％以上へ引き上げることとした。", ["15"]),
    ("支援先の付加価値額の目標を1社当たり80万円から60万円に引き下げる。", ["1", "60"]),
    ("当初計画において年8回としていた創業セミナーの開催回数は、年4回に縮小する。", ["4"]),
    ("修正前の目標（年25件）は撤回する。", []),
    # baselines, results, staff and section numbers beside a target are no targets
    ("KGI：創業者の定着率　令和12年度　80.0％（基準値：令和6年度 71.5％）", ["80.0"]),
    ("承継診断件数：5年間で60件（前計画期間中の実績は41件）", ["5", "60"]),
    ("本会は経営指導員3名及び記帳指導員1名の体制で、巡回訪問を年間400件行う。", ["400"]),
    ("評価委員会（委員7名）で年1回評価し、相談件数を年間200件とする。", ["1", "200"]),
    ("・IT導入支援（年間12回、1回あたり2時間）", ["12"]),
    ("(2) 記帳指導件数　現状40件から、毎年55件へ", ["55"]),
    ("事業承継相談件数　現行15件", []),
    ("【新様式】2.（1）目標　経営分析件数 40件", ["40"]),
    # money with 億 and 万 is one number of 万円
    ("商品券の発行総額2億3千万円", ["23000"]),
    ("融資額年間1億5,000万円", ["15000"]),
])
def test_reports_and_revisions_keep_only_their_targets(text, kept):
    assert _numbers(text) == kept


@pytest.mark.parametrize(("text", "name"), [
    # the heading of a report's line (its document or part) opening it is no part of the name after it
    ("次年度の目標　窓口相談件数：300件", "窓口相談件数"),
    ("実施状況（9月末現在）　記帳指導件数 40件", "記帳指導件数"),
    ("令和8年度事業計画（案）　２．地域振興事業　商店街イベント来場者数：年間2,000人", "商店街イベント来場者数"),
    ("会議要旨：創業支援件数は目標12件", "創業支援件数"),
])
def test_a_reports_heading_goes(text, name):
    from hattatsu.extract.nlp.indicator_text import prepare
    assert prepare(text).startswith(name)


@pytest.mark.parametrize(("text", "name"), [
    ("経営分析件数：令和8年度に40件", "経営分析件数"),  # a name before a colon, a year after it: no heading
    ("専門家派遣：計画値 延べ20回", "専門家派遣"),  # a name and its labelled cell
    ("修正前：経営分析件数 30件／修正後：経営分析件数 35件", "経営分析件数"),  # a revision's labels: a revision
])
def test_a_name_before_a_colon_is_no_heading(text, name):
    from hattatsu.extract.nlp.indicator_text import prepare
    assert prepare(text).strip().startswith(name)


def test_a_dash_between_a_name_and_its_value():
    """「・X―年間30件」: a dash after a word is the border between a name and its value."""
    assert _read("・経営分析件数―年間30件") == [("経営分析件数", 30, "件", None, "year")]
    assert _read("事業計画策定件数—15件") == [("事業計画策定件数", 15, "件", None, None)]
    assert _read("KPI-2 創業者数 6人") == [("創業者数", 6, "人", None, None)]


needs_nlp = pytest.mark.skipif(not __import__("hattatsu.extract.nlp", fromlist=["available"]).available(),
                               reason="ja-ginza is not installed (pip install -e '.[nlp]')")


def _parsed(text: str) -> list[tuple]:
    from hattatsu.extract.nlp.indicators import parse_statements
    [found] = parse_statements([text])
    return sorted((i.name, i.value, i.unit) for i in found)


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    ("評価委員会では、記帳指導件数について年間目標300件に対し実績287件となった。", [("記帳指導件数", 300, "件")]),
    ("伴走支援の実施事業者数は2年連続で目標（各年度40者）を達成した。", [("伴走支援の実施事業者数", 40, "者")]),
    ("令和6年度報告：創業相談は目標50件に対し47件を実施した。次年度も50件を目標とする。", [("創業相談", 50, "件")]),
    ("【実施状況】個別相談会：計画値 延べ20回、実施 延べ17回（うち事業承継関係4回）", [("個別相談会", 20, "回")]),
    ("計画変更：巡回訪問件数　修正前 400件／年　修正後 320件／年", [("巡回訪問件数", 320, "件")]),
    ("需要動向調査先数 年度目標 30 社 上期実績 12 社 下期実績 15 社 計 27 社", [("需要動向調査先数", 30, "社")]),
    ("次年度目標値（案）：個別相談会　延べ１８回／専門家派遣　延べ３０回",
     [("個別相談会", 18, "回"), ("専門家派遣", 30, "回")]),
    ("窓口での平均待ち時間を15分短縮する。", [("窓口での平均待ち時間", 15, "分")]),  # minutes
    ("空き店舗活用　５ヵ所", [("空き店舗活用", 5, "ヵ所")]),  # ヵ (small ka) as ヶ and か
    # a value of an earlier year beside a target (a baseline), the sessions a course is made of (全N回), a threshold
    # qualifying the count after it, and the year a target is for opening the sentence: no targets, no names
    ("令和12年度の会員組織率を58%（令和6年度：51%）に引き上げる。", [("会員組織率", 58, "%")]),
    # more of the reports' wording: 「（実績）N」, 「計画値：年N件」, 「令和N年度から」, 「目標（N件）をM件に見直す」,
    # 「目標は…N者であり、実績は…であった」
    ("（目標）記帳指導件数80件（実績）74件", [("記帳指導件数", 80, "件")]),
    ("創業相談件数　計画値：年30件　実績値：年26件", [("創業相談件数", 30, "件")]),
    ("巡回訪問件数の目標値を、令和8年度から年間700件に変更する。", [("巡回訪問件数", 700, "件")]),
    ("評価委員会において、専門家派遣件数の目標（12件）を15件に見直すことが承認された。",
     [("専門家派遣件数", 15, "件")]),
    ("当年度の目標は創業計画策定12者であり、実績は14者であった。", [("創業計画策定", 12, "者")]),
    ("修正前：記帳指導件数　年間60件　→　修正後：年間70件", [("記帳指導件数", 70, "件")]),
    ("営業利益率が5％以上の事業者数を5年間で15者増やす。", [("営業利益率が5%以上の事業者数", 15, "者")]),
    ("支援対象は、年間売上高3,000万円以下の事業者とする。", []),  # who a plan serves
    ("支援先の付加価値額を、計画策定から2年で10%増加させる。", [("支援先の付加価値額", 10, "%")]),
    ("相談会は1回3時間、年6回開催する。", [("相談会", 6, "回")]),  # a session's length
    ("毎月第3金曜日に経営相談会（年12回）を開催する。", [("経営相談会", 12, "回")]),  # the day of a schedule
    ("相談窓口の設置　三箇所", [("相談窓口の設置", 3, "箇所")]),
    ("支援先の平均残業時間を月15時間以内に抑える。", [("支援先の平均残業時間", 15, "時間")]),  # a limit kept within
    ("DX支援件数　年間40件（令和8年度のみ）、以降は毎年20件", [("DX支援件数", 20, "件"), ("DX支援件数", 40, "件")]),
    ("見直し（案）：商談会出展日数　延べ４日→延べ７日", [("商談会出展日数", 7, "日")]),
    ("ｲﾝﾎﾞｲｽ対応支援事業者数･･････････4 5 社(計画期間中)", [("インボイス対応支援事業者数", 45, "社")]),
    ("委員会の協議の結果、個別相談会の開催回数を年6回以上とすることとした。", [("個別相談会の開催回数", 6, "回")]),
    ("事業承継診断の実施　３０社／５年", [("事業承継診断の実施", 30, "社")]),  # 実施 naming what is counted
    # 計画 labels a target as 目標 does (in a sentence, in brackets, after a column's year); a value said done
    # (「上半期で22件を実施した」), weighed (「年10件では少ない」) or as a draft had it (原案どおり) is none
    ("記帳指導件数は計画120件に対し、実績131件と計画を上回った。", [("記帳指導件数", 120, "件")]),
    ("創業相談件数（計画30件）は、上半期で14件を実施した。", [("創業相談件数", 30, "件")]),
    ("経営分析件数　R6計画 40件　R6実績 37件　R7計画 45件", [("経営分析件数", 40, "件"), ("経営分析件数", 45, "件")]),
    ("委員から、専門家派遣は年6回では少ないとの意見があり、年8回に引き上げることとした。", [("専門家派遣", 8, "回")]),
    ("審議の結果、次年度の目標は原案どおり創業者数8人とすることで承認された。", [("創業者数", 8, "人")]),
    ("変更前の目標：商談会出展事業者数 6社／変更後の目標：商談会出展事業者数 9社", [("商談会出展事業者数", 9, "社")]),
    ("指標名 単位 基準値 目標値 事業計画実行率 ％ 40 55", [("事業計画実行率", 55, "%")]),
])
def test_reports_read_as_their_targets(text, expected):
    assert _parsed(text) == expected


@needs_nlp
@pytest.mark.parametrize("text", [
    "令和6年度実績：記帳指導件数　120件（達成率96％）",  # a line opened by a year's results
    "⑵ 実績：会報発行 6 回",
    "前年度実績　商談会参加 5社／成約 2件",
    "評価基準　Ａ：達成率100％以上　Ｂ：70％以上100％未満　Ｃ：70％未満",  # thresholds of grades
    "実績推移 H29 H30 R1 R2 相談件数 410 395 402 388",  # a history
    "達成率（％） 88.0 104.5 91.2",  # a row of rates achieved
    "※進捗率＝実績値÷計画値×100",  # a formula
    "第3号議案　令和8年度収支予算（案）　会費収入　2,400千円",  # the chamber's own accounts
    "小規模事業者の3分の1が後継者不在である。",  # a fraction, and a description
    "相談件数の約6割を占める販路開拓相談について、専門家と連携する。",  # a share something has
    "※目標値は、前計画の実績（年平均18件）と経営指導員数（2名）を勘案して設定した。",  # how a target was set
    "進捗率（2年目時点）：記帳指導 45%、創業支援 52%",  # rates of progress
    "実績（令和7年度）　窓口相談210件、巡回訪問640件",  # a line opened by 実績
])
def test_report_lines_without_targets(text):
    assert _parsed(text) == []


@pytest.mark.parametrize(("text", "prepared"), [
    # an evaluation sheet's table flattened with its header row first: each row's 目標 cell with the row's unit
    ("指標名 目標値 実績値 単位 記帳指導件数 80 77 件", "記帳指導件数 80件"),
    ("KPI｜単位｜目標｜実績｜達成率 専門家派遣回数｜回｜12｜10｜83.3%", "専門家派遣回数 12回"),
    ("項目 目標 実績 展示会出展事業者数 6 社 5 社 商談件数 20 件 24 件", "展示会出展事業者数 6社、商談件数 20件"),
    ("No.｜評価指標｜単位｜目標値｜実績値｜達成率｜評価 3｜創業計画策定件数｜件｜8｜6｜75.0%｜C",
     "創業計画策定件数 8件"),
    # labelled cells with the unit in a cell of its own (or 「（単位：人）」, 「単位 ％」); a 基準値 is a baseline
    ("指標 事業計画実行率 単位 ％ 基準値 40.0 目標値 55.0 実績値 51.2", "事業計画実行率 55.0%"),
    ("（単位：者）伴走支援先 目標30 実績28 うち新規 目標10 実績12", "伴走支援先 30者 うち新規 10者"),
    ("販路開拓による売上増加額（千円）目標5,000実績4,200", "販路開拓による売上増加額 5,000千円"),
])
def test_evaluation_sheet_tables(text, prepared):
    from hattatsu.extract.nlp.indicator_text import prepare
    assert prepare(text).strip(" ：:") == prepared


def test_a_row_of_years_is_left_to_the_rows_reader():
    """「X（回） 現状 2 目標 H27 3 H28 3」: a 別表1 row (a cell per year) is no evaluation sheet: its year labels
    take no unit."""
    from hattatsu.extract.nlp.indicator_sheets import sheet_table
    text = "相談会開催回数 回 現状 2 目標 R8 3 R9 4"
    assert sheet_table(text) == text


@needs_nlp
@pytest.mark.parametrize(("text", "comparator"), [
    # a comparator said as a verb after the value
    ("新規取引の成約件数が年間8件を上回ることを目指す。", ">"),
    ("窓口相談件数は年間250件を下回らないようにする。", ">="),
    ("創業支援件数は毎年12件を超える水準を維持する。", ">"),
    ("廃業件数は年間3件を超えないようにする。", "<="),
])
def test_comparators_said_as_verbs(text, comparator):
    from hattatsu.extract.nlp.indicators import parse_statements
    [[found]] = parse_statements([text])
    assert found.comparator == comparator


@needs_nlp
@pytest.mark.parametrize(("text", "pers"), [
    # a span said in a bracket after the value, or of all the targets after them; a うち part inherits none
    ("巡回訪問件数500件、窓口相談件数200件（いずれも年間）", ["year", "year"]),
    ("専門家派遣　延べ30回（5年間）", ["plan"]),
    ("事業承継計画策定件数　年4件（5年間で20件）、うち第三者承継1件", ["year", "plan", None]),
    ("巡回訪問700件、窓口相談250件を年間の目標とする。", ["year", "year"]),
])
def test_spans_said_after_the_values(text, pers):
    from hattatsu.extract.nlp.indicators import parse_statements
    [found] = parse_statements([text])
    assert [i.per for i in found] == pers


@needs_nlp
def test_a_change_said_with_no():
    """「前年比3%の増加を図る」: the change said of the value with の gives its direction."""
    from hattatsu.extract.nlp.indicators import parse_statements
    [[found]] = parse_statements(["支援先の客単価について、前年比5%の増加を図る。"])
    assert (found.value, found.unit, found.direction) == (5, "%", "increase")


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # the wording of PDCA sheets, 総括 and minutes (blind-16h's kind): the Do/Check parts, a change that happened, what
    # a count came to, a year before's target, how far a result has come, a form's number, a capacity
    ("【P】目標：創業支援件数 年間12件　【D】実施：創業相談8件、創業塾受講者5名", [("創業支援件数", 12, "件")]),
    ("委員：記帳指導については、件数が前年度の90件から72件に減少しており、原因を分析すべきである。", []),
    ("創業者数が11名となり、目標の10名を達成した。", [("創業者数", 10, "名")]),
    # (the year before's target is a target too: the settled rules since session 10)
    ("（2）記帳指導　目標：年間90件（前年度目標80件）", [("記帳指導", 80, "件"), ("記帳指導", 90, "件")]),
    ("経営分析件数：5年間目標200件／累計実績120件（計画比60.0%）", [("経営分析件数", 200, "件")]),
    ("各回の定員は30名です。", []),
    ("◎ 創業支援　目標15件　実績17件　→次年度目標17件", [("創業支援", 15, "件"), ("創業支援", 17, "件")]),
    ("令和6年度の成果：記帳指導95件（目標90件）、創業支援13件（目標12件）",
     [("創業支援", 12, "件"), ("記帳指導", 90, "件")]),
    ("（旧）景況調査の公表回数　年２回　（新）年４回", [("景況調査の公表回数", 4, "回")]),
    ("【KGI】支援先の売上高 前年比4%増 → 実績 前年比2.5%増（未達）", [("支援先の売上高", 4, "%")]),
])
def test_pdca_sheets_and_summaries(text, expected):
    assert _parsed(text) == expected


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # blind-16i's kind: lettered sheet columns, a revision's labels, a target clause closed by 「であったが、」, a date
    # and an ordinal, a body's make-up, lines labelled as results, a current figure said politely or 「現在」
    ("記帳指導件数（目標値Ａ）40件　（実績値Ｂ）44件　（Ｂ／Ａ）110％", [("記帳指導件数", 40, "件")]),
    ("創業支援件数　当初目標 10件　変更後目標 12件（令和8年度以降）", [("創業支援件数", 12, "件")]),
    ("窓口相談件数　目標値：年300件→改定値：年250件", [("窓口相談件数", 250, "件")]),
    ("令和7年度の目標値は経営分析件数40件であったが、実績は44件となり目標を上回った。", [("経営分析件数", 40, "件")]),
    ("【お知らせ】第2回創業セミナーは10月12日（土）14時から開催します。", []),
    ("評価委員会は、外部有識者2名、金融機関職員1名の計3名で構成する。", []),
    ("R6実績：経営分析44件／事業計画策定19件", []),
    ("当会の会員数は令和7年3月末現在980事業所です。", []),
    ("イベント参加店舗数　昨年30店舗→今年は40店舗を目指します", [("イベント参加店舗数", 40, "店舗")]),
])
def test_the_second_round_of_report_wording(text, expected):
    assert _parsed(text) == expected


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # a chain of clauses that ends in the past or in a state and sets no target reports (blind-17b's kind): its
    # numbers go, the target said after it stays (variants written for the rule, not copies)
    ("相談件数は前年度の40件から52件へ増加したため、来年度は60件を目標とする。", [("相談件数", 60, "件")]),
    ("令和6年度の交流会は計3回開催し、延べ45名が参加した。次年度は参加者数を延べ60名とする。",
     [("参加者数", 60, "名")]),
    ("会員数は812社、組織率は38.5％であり、組織率40％を目標とする。", [("組織率", 40, "%")]),
    ("令和6年度の創業件数は9件で、うち女性によるものが4件であった。", []),
    ("平均処理日数は12日を要した。", []),
    # a target said in a past or stative chain is still one (目標, 目安, a decision)
    ("事業計画策定件数の目標を5年間で100件としていたが、実績は88件にとどまった。", [("事業計画策定件数", 100, "件")]),
    ("次年度の窓口相談は月30件を目安とする旨の説明があった。", [("窓口相談", 30, "件")]),
])
def test_clauses_that_report_are_no_targets(text, expected):
    assert _parsed(text) == expected


@needs_nlp
@pytest.mark.parametrize("text", [
    # numbers that describe the chamber rather than target (blind-17a/17b/17d's kind): staff and members, budgets and
    # grants, reasons and contacts, a value as of a date, a base year's value, grades by number, agenda numbers
    "本会の職員数は本所6名、支所2名である。",
    "委員は学識経験者2名、金融機関1名の計3名。",
    "変更理由：経営指導員が1名異動したため。",
    "令和8年度の予算額は、事業費9,800千円。",
    "市補助金交付決定額　3,000千円",
    "お問い合わせ：中小企業相談所（担当 経営指導員3名）",
    "管内の小規模事業者数は約1,500者（令和6年3月時点）。",
    "令和５年度（基準年度）：２４件",
    "評価は4段階（4：100％以上、3：80％以上、2：60％以上、1：60％未満）とする。",
    "以上で議題3を終了し、議事(4)に移る。",
])
def test_numbers_that_describe_are_no_targets(text):
    assert _parsed(text) == []


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # a result said in the past in brackets, or the staff behind a change, beside a target
    ("目標は受講者30名！（前回は22名でした）", [("受講者", 30, "名")]),
    ("専門家派遣回数　年間20回（経営指導員1名増による）", [("専門家派遣回数", 20, "回")]),
    ("評価項目：創業支援件数　目標値：8件　実績値：9件　評価：4", [("創業支援件数", 8, "件")]),
])
def test_asides_that_describe_go(text, expected):
    assert _parsed(text) == expected


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # revisions (blind-17a/17b's kind): in 【】 and over two lines, the new one first and the old one after, an old name
    # then a new one, a renamed indicator, a withdrawn target, an old value weighed in an opinion
    ("【変更前】窓口相談件数　年間200件\n【変更後】窓口相談件数　年間240件", [("窓口相談件数", 240, "件")]),
    ("（修正前）創業塾受講者数　15名\n（修正後）創業塾受講者数　20名", [("創業塾受講者数", 20, "名")]),
    ("（新）事業承継診断件数　年30件\n（旧）事業承継相談件数　年20件", [("事業承継診断件数", 30, "件")]),
    ("KGI-2（旧）売上増加事業者数 → KGI-2（新）付加価値額増加事業者数　年8者", [("付加価値額増加事業者数", 8, "者")]),
    ("指標名「記帳指導件数」を「クラウド会計導入支援件数」に改め、目標値（年20件）は据え置く。",
     [("クラウド会計導入支援件数", 20, "件")]),
    ("目標「商店街空き店舗活用件数　5年間で5件」は、事業終了に伴い廃止する。", []),
    ("委員から「経営分析件数の目標（年40件）は高すぎる」との指摘があり、年35件に見直した。",
     [("経営分析件数", 35, "件")]),
    ("販路開拓支援件数　変更前　20件　変更後　24件", [("販路開拓支援件数", 24, "件")]),
])
def test_revisions_keep_the_new_target(text, expected):
    assert _parsed(text) == expected


@pytest.mark.parametrize(("text", "prepared"), [
    # a table of bars with a header line: the target column's cells, a span in its header before each value
    ("【総括】\n項目｜目標（5年間）｜実績｜達成率\n経営分析件数｜200件｜188件｜94%", "経営分析件数 5年間で200件"),
    ("項目｜変更前｜変更後｜理由\n巡回訪問件数｜年600件｜年480件｜職員減\n創業セミナー｜年2回｜削除｜需要減",
     "巡回訪問件数 年480件"),
    ("指標｜現状（R6）｜目標（R12）\n商談成約件数｜5件｜12件", "商談成約件数 12件"),
    ("指標｜単位｜現行｜R8｜R9\n経営分析件数｜件｜20｜25｜30", "経営分析件数 25件、30件"),
    ("項目｜目標｜実績\n経営分析件数 40件", "項目｜目標｜実績\n経営分析件数 40件"),  # a row without bars: no such table
])
def test_tables_of_bars_with_a_header_line(text, prepared):
    from hattatsu.extract.nlp.indicator_sheets import bar_table
    assert bar_table(text) == prepared


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # results labelled after a target (実績 with several values or a name, in brackets, 前年度 cells) and the Do/Check
    # parts of a PDCA line with the letter's word in brackets
    ("交流会：目標年2回・参加者40名　実績年2回・参加者35名", [("交流会", 2, "回"), ("参加者", 40, "名")]),
    ("商談会支援：目標　出展8社、商談20件　実績　出展7社、商談26件", [("出展", 8, "社"), ("商談", 20, "件")]),
    ("（目標）創業塾受講者　20名　（実績）18名　（うち創業）4名", [("創業塾受講者", 20, "名")]),
    ("記帳指導件数　目標150件　実績142件　前年度138件", [("記帳指導件数", 150, "件")]),
    ("Ｐ（計画）：経営分析件数　目標40件 Ｄ（実行）：巡回で32件実施 Ｃ（評価）：達成率80％ Ａ（改善）：窓口を強化",
     [("経営分析件数", 40, "件")]),
])
def test_results_labelled_after_a_target(text, expected):
    assert _parsed(text) == expected


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # statements over several lines: a heading line with no value goes, a list's lines are read apart
    ("○議事要旨\n本年度の創業相談件数は六十件とする。", [("創業相談件数", 60, "件")]),
    ("２．事業計画策定支援に関すること\n（１）目標：事業計画策定件数　年間20件", [("事業計画策定件数", 20, "件")]),
    ("■専門家派遣……年間12回\n■商談会出展……年間4回", [("専門家派遣", 12, "回"), ("商談会出展", 4, "回")]),
    ("◆販路開拓◆ 展示会出展　年5社\n　　　　　商談成約　年8件", [("商談成約", 8, "件"), ("展示会出展", 5, "社")]),
    ("経営計画の策定支援件数を年間\n30件とする。", [("経営計画の策定支援件数", 30, "件")]),  # a line that runs on
    ("KGI\n支援先の付加価値額増加率\n令和12年度　3%", [("支援先の付加価値額増加率", 3, "%")]),  # a name over its values
])
def test_statements_over_several_lines(text, expected):
    assert _parsed(text) == sorted(expected)


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # a clause on the past keeps its words for naming the target after it; a numeral with its multiplier is a number
    ("当初は、創業支援件数を5年間で30件としていたが、相談の減少を受け、目標を5年間で20件に改める。",
     [("創業支援件数", 20, "件")]),
    ("KGI：支援先1社当たりの売上総利益　平均 8,500千円", [("売上総利益", 8500, "千円")]),
])
def test_a_past_clause_names_and_multipliers(text, expected):
    assert _parsed(text) == expected


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # counters the tagger glues or splits (「1人」 one word, 「人日」 two), points, products and nights; the scale of a
    # score; a count written letter by letter; a sentence cut inside a word by a line break; a span of months
    ("創業者数　1人　1人　2人", [("創業者数", 1, "人"), ("創業者数", 2, "人")]),
    ("専門家の派遣日数を年間延べ30人日とする。", [("専門家の派遣日数", 30, "人日")]),
    ("新商品開発数　計画期間中4商品", [("新商品開発数", 4, "商品")]),
    ("観光客の平均宿泊数を2.0泊とする。", [("観光客の平均宿泊数", 2, "泊")]),
    ("本年度の重点は次の2点である。", []),
    ("事 業 承 継 診 断 件 数 年 間 1 5 件", [("事業承継診断件数", 15, "件")]),
    ("販路開拓支援を行った事業者のうち、売上が増加した事業\n者の割合を40%以上とする。",
     [("売上が増加した事業者の割合", 40, "%")]),
])
def test_counters_and_spacing(text, expected):
    assert _parsed(text) == sorted(expected)


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # a row of target, result and the rate achieved (the rate the result over the target), with no labels
    ("記帳指導件数（件）\t120\t126\t105.0%", [("記帳指導件数", 120, "件")]),
    ("創業相談件数（件） 50 40 80.0%", [("創業相談件数", 50, "件")]),
    # staff by post, who is in charge, costs, the law's definition, no target set, statistics quoted, 月末, English
    ("当会の経営指導員3名と市の商工観光課職員1名が連携する。", []),
    ("担当：経営支援員2名", []),
    ("本事業に要する費用は、年間約200万円を見込む。", []),
    ("（小規模事業者とは、常時使用する従業員が20人以下の事業者をいう）", []),
    ("商談成約率の目標設定はしないが、参考値として業界平均（約15%）を用いる。", []),
    ("管内の事業所数（令和3年経済センサス 2,100事業所）の維持を図る。", []),
    ("会員数　860名（令和7年3月末）", []),
    ("KPI-3: Number of business plans 40 (事業計画策定件数40件)", [("事業計画策定件数", 40, "件")]),
])
def test_rows_staff_and_references(text, expected):
    assert _parsed(text) == expected


@needs_nlp
def test_a_revised_value_with_the_year_between():
    """「当初目標の年間15件を、令和8年度から年間20件に引き上げる」: the old value goes, the year the new one holds
    from too."""
    from hattatsu.extract.nlp.indicators import parse_statements
    [found] = parse_statements(["当初目標の年間15件を、令和8年度から年間20件に引き上げる。"])
    assert [(i.value, i.unit, i.per) for i in found] == [(20, "件", "year")]


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # a header and its row of bars on one line; PDCA's Do line; a value before the target it is measured against; what
    # a revision changes from, quoted; 同一 (a word with a numeral in it); members counted; 維持
    ("項目 | 令和6年度実績 | 令和7年度目標 | 創業相談件数 | 31件 | 40件", [("創業相談件数", 40, "件")]),
    ("Do：上半期に延べ64回の巡回を実施。", []),
    ("第2四半期：窓口相談 延べ130回（年間目標500回に対する進捗率26.0%）", [("窓口相談", 500, "回")]),
    ("調査の方法を「店頭アンケート（年2回、200人）」から「Webアンケート（年4回、各回80人）」に改める。",
     [("Webアンケート", 4, "回"), ("Webアンケート", 80, "人")]),
    ("同一事業者の重複参加を除き、セミナー参加者数を年間30者とする。", [("セミナー参加者数", 30, "者")]),
    ("重点目標：会員数　900会員の維持", [("会員数", 900, "会員")]),
])
def test_the_third_round_of_report_wording(text, expected):
    assert _parsed(text) == sorted(expected)


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # a target beside the words of results stays: the next year's after a result, a decision said in the past, a plan
    ("経営分析件数　目標40件　実績38件　次年度は45件を目指す",
     [("経営分析件数", 40, "件"), ("経営分析件数", 45, "件")]),
    ("理事会において、創業支援件数を年間12件とした。", [("創業支援件数", 12, "件")]),
    ("事業承継診断は年間30件の実施を計画している。", [("事業承継診断", 30, "件")]),
])
def test_targets_beside_results_stay(text, expected):
    assert _parsed(text) == expected


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # blind-17e's kind: OCR letters for digits, 万 set apart, a year's value after the verb, the year before's value or
    # target, a change before the count it comes to, sheet cells run together, a sheet row with no counter
    ("KPI③ 創業相談件数　年間 l5件", [("創業相談件数", 15, "件")]),
    ("窓口相談件数　年間 2O件", [("窓口相談件数", 20, "件")]),
    ("観光客入込数　年間 5 万 人", [("観光客入込数", 50000, "人")]),
    ("KGI② 廃業率を3.0%以下に抑える（令和6年度 3.8%）", [("廃業率", 3, "%")]),
    ("創業支援件数は8件を目標とし、前年度（6件）を上回ることを目指す。", [("創業支援件数", 8, "件")]),
    ("【指標1】専門家派遣件数　前年度目標10回／前年度実績12回／本年度目標14回",
     [("専門家派遣件数", 10, "回"), ("専門家派遣件数", 14, "回")]),  # (a year before's target too, since session 10)
    ("経営分析件数　目標：前年比5%増の42件", [("経営分析件数", 42, "件")]),
    ("創業計画策定件数目標値12件実績値10件達成率83%", [("創業計画策定件数", 12, "件")]),
    ("No.3\t記帳指導件数\t目標300\t実績288\t96.0%\tB", [("記帳指導件数", 300, None)]),
])
def test_the_fourth_round_of_report_wording(text, expected):
    assert _parsed(text) == expected


@needs_nlp
@pytest.mark.parametrize("text", [
    "支援体制：経営指導員3名、嘱託専門家（税理士）1名",
    "令和6年度決算：会費収入 2,800千円、手数料収入 1,200千円",
    "◆結果◆ 4月 30件 5月 41件 （計 71 件）",
    "実 施 状 況　　 実 績 5 2 件 　 達 成 率 1 0 4 ％",
    "委員会は外部有識者2名を含む委員6名で構成されます。",
    "事業承継の相談件数は過去3年平均で24件となっております。",
])
def test_more_lines_without_targets(text):
    assert _parsed(text) == []


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # blind-17f's kind: a count's change from the year before in brackets, statistics after a figure, a sheet of bars
    # with lettered columns and their ratio, a table set apart by tabs, list lines closed by a bracket of words, a date
    # written with dots, a section's 目標 item number, a masked telephone number, the end of a past year
    ("（２）経営分析：実績４０件（前年度比＋５件）。", []),
    ("※管内の小規模事業者数は６２０者（令和３年経済センサス）", []),
    ("評価指標｜目標値（Ａ）｜実績値（Ｂ）｜B/A\n窓口相談件数｜300件｜315件｜105.0%",
     [("窓口相談件数", 300, "件")]),
    ("指標\t目標\t実績\t評価\n創業支援件数\t8\t9\tA", [("創業支援件数", 8, None)]),
    ("（１）専門家派遣回数　年１０回→年８回（下方修正）\n（２）セミナー開催回数　年４回→年６回（上方修正）",
     [("セミナー開催回数", 6, "回"), ("専門家派遣回数", 8, "回")]),
    ("役員会要旨　R7.10.3", []),
    ("創業支援件数は年間５件を目標としています。お問い合わせは（電話 0xx-123-4567）まで。",
     [("創業支援件数", 5, "件")]),
    ("同会の会員数は前年度末で３８０事業所、組織率は５５％。", []),
])
def test_the_fifth_round_of_report_wording(text, expected):
    assert _parsed(text) == sorted(expected, key=lambda x: (x[0], x[1]))


@needs_nlp
def test_a_budget_beside_a_target():
    """A budget in brackets beside a target goes, the target stays (a budget alone is no target: see above)."""
    assert _parsed("販路開拓事業（事業費2,000千円）では、商談会参加事業者数を年間12社とする目標を掲げた。") \
        == [("商談会参加事業者数", 12, "社")]
    assert _parsed("来場者数１万人を目標とします（前回来場者 8,500人、事業費 900千円）。") \
        == [("来場者数", 10000, "人")]


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # hearsay, a reason line, officers counted, a value against a target it falls short of, one of a thing before あたり
    ("町内の商店の約3割が後継者不在だという。", []),
    ("見直しの理由　前年度は目標を上回る30件の成約があったため。", []),
    ("出席役員１０名（定数１２名）、監事２名。", []),
    ("一方で創業支援は４件と目標の半分に届いておらず、残り２年は年６件以上を目標とする。", [("創業支援", 6, "件")]),
    ("物産展への出展は年３回以上、商談件数は１回の出展あたり５件以上を目指す。",
     [("商談件数", 5, "件"), ("物産展への出展", 3, "回")]),
])
def test_the_sixth_round_of_report_wording(text, expected):
    assert _parsed(text) == expected


@pytest.mark.parametrize(("text", "prepared"), [
    # sheets pasted as text (session 10): cells set apart by runs of spaces, columns of a half year's results and
    # expectations, of differences, the row's number and business before its name, the unit in the header, a table of
    # results and baselines only (no target), a revision's columns on one line
    ("区分    R6実績    R7実績    R8目標\n巡回訪問件数    410件    455件    480件", "巡回訪問件数 480件"),
    ("重点目標    令和8年度目標    上半期実績    下半期見込\n事業承継支援    6件    2件    3件", "事業承継支援 6件"),
    ("No.\t事業\t指標\t目標値\t実績値\t差異\t評価\n3\t経営分析\t経営分析件数\t40件\t36件\t▲4\tC", "経営分析件数 40件"),
    ("内容（単位：者）\t現行\tR8\tR9\n創業支援者数\t3\t4\t5", "創業支援者数 4者、5者"),
    ("指標 | 基準値(R6) | R8実績 | 備考\n個別相談会開催数 | 2回 | 5回 | 目標なし", ""),
    ("項目 当初目標 修正目標 理由 商談会出展者数 12者 8者 会場縮小", "商談会出展者数 8者"),
])
def test_sheets_pasted_as_text(text, prepared):
    from hattatsu.extract.nlp.indicator_sheets import bar_table
    assert bar_table(text) == prepared


@pytest.mark.parametrize(("text", "prepared"), [
    # a row of target, result and their difference (差異): the target, named by the cell before it
    ("2\t販路開拓\t展示会出展者数\t8者\t9者\t+1\tA", "展示会出展者数 8者"),
    ("セミナー満足度 80% 72% ▲8pt", "セミナー満足度 80%"),
    ("巡回訪問件数 500件 470件 ▲20", "巡回訪問件数 500件 470件 ▲20"),  # no difference of the two: left
])
def test_target_result_and_difference(text, prepared):
    from hattatsu.extract.nlp.indicator_sheets import target_result_rate
    assert target_result_rate(text) == prepared


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # a target beside its result in a report's sentence (the settled rules since session 10): the target stays, the
    # result and the words that report it go; the year before's target is a target too
    ("令和8年度の創業支援件数は7件（目標8件）であった。", [("創業支援件数", 8, "件")]),
    ("令和8年度の経営分析件数は31件（目標35件、達成率89%）にとどまった。", [("経営分析件数", 35, "件")]),
    ("令和7年度は、窓口相談を延べ340件実施した（目標300件）。", [("窓口相談", 300, "件")]),
    ("事業承継診断件数は、前年度目標20件に対し実績18件であり、本年度は目標を24件とする。",
     [("事業承継診断件数", 20, "件"), ("事業承継診断件数", 24, "件")]),
    ("セミナー開催回数　目標：年間6回（前年度目標4回）",
     [("セミナー開催回数", 4, "回"), ("セミナー開催回数", 6, "回")]),
    ("商談成約件数は、平成元年度の目標10件に対し、実績は7件にとどまった。", [("商談成約件数", 10, "件")]),
])
def test_a_target_beside_its_result_stays(text, expected):
    assert _parsed(text) == expected


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # what chambers write after certification (session 10): costs and budgets, clock times, grades by number, statistics
    # of a calendar year, a course's sessions, where things stand now, a value a target is set from, votes of a body,
    # quoted targets merged or withdrawn, revisions in brackets, a report's heading, results said as such
    ("なお、セミナー開催に係る経費は総額1,250千円（うち町補助金600千円）であり、次年度は受講者数40名を目標とする。",
     [("受講者数", 40, "名")]),
    ("専門家謝金として1回当たり3万円を計上する。", []),
    ("委員長：以上で審議を終了します。（16時25分閉会）", []),
    ("【外部評価】KPI②「商談成約件数」　目標値 年15件、実績値 11件、評価 3（5段階）", [("商談成約件数", 15, "件")]),
    ("町内の観光入込客数は約42万人（令和5年）であり、特産品の新商品開発数を5年間で6品目とすることを目指す。",
     [("特産品の新商品開発数", 6, "品目")]),
    ("経営革新塾（全6回コース）を年2回開催する。", [("経営革新塾", 2, "回")]),
    ("事務局：創業相談は年間50件を目標としておりますが、現時点で31件です。", [("創業相談", 50, "件")]),
    ("評価委員6名中5名がA評価とした。", []),
    ("指標の統合：「記帳指導件数（年40件）」及び「決算指導件数（年20件）」を統合し、"
     "「記帳・決算指導件数　年60件」とする。",
     [("記帳・決算指導件数", 60, "件")]),
    ("「空き店舗見学会参加者数（年間30名）」の指標は、事業終了に伴い削除する。", []),
    ("ＫＰＩ③　事業承継診断件数　年間１２件（変更後：年間１６件）", [("事業承継診断件数", 16, "件")]),
    ("ＫＰＩ⑤　販路開拓支援件数　５年間で２０件（変更前：５年間で１５件）", [("販路開拓支援件数", 20, "件")]),
    ("令和6年度事業報告：経営分析31件、事業計画策定14件", []),
    ("令和６年度　経営分析件数　３１件　事業計画策定件数　１４件　（いずれも実績）", []),
    ("経営計画策定　　目標 30　実績 26　差異 -4　（単位：件）", [("経営計画策定", 30, "件")]),
    ("第1期の創業者は38者（うち女性12者）であったことから、第2期では創業者数を5年間で45者とした。",
     [("創業者数", 45, "者")]),
])
def test_what_chambers_write_after_certification(text, expected):
    assert _parsed(text) == expected


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # more of what chambers write after certification: a value judged hard, a value planned then revised, a target
    # withdrawn after an arrow, a result stopped at or short by, a revision's table with slashes between rows (a row
    # withdrawn gives none), an old value in brackets with its span, statistics quoted, a list's part headed 実績,
    # minutes spoken (…でしたね)
    ("事務局：残り1年で12件は難しいため、創業支援件数の目標を9件に修正したい。", [("創業支援件数", 9, "件")]),
    ("巡回訪問は年600回を計画していたが、職員の欠員から年480回に見直した。", [("巡回訪問", 480, "回")]),
    ("創業塾の受講者数は15名を目標としていたが、実際の受講者は11名であった。", [("創業塾の受講者数", 15, "名")]),
    ("KPI②　空き店舗活用件数　年3件→削除（KPI①に統合）", []),
    ("当会は「商談成約件数　年12件」を掲げておりますが、本年度は5件の成約にとどまりました。",
     [("商談成約件数", 12, "件")]),
    ("項目 変更前 変更後 / 窓口相談件数 年200件 年240件 / 記帳指導件数 年50件 （削除）", [("窓口相談件数", 240, "件")]),
    ("新：地域ブランド認定品目数　累計12品目（旧：累計8品目）", [("地域ブランド認定品目数", 12, "品目")]),
    ("管内の事業所数（令和3年経済センサス）：町内412事業所、うち小規模事業者371事業所", []),
    ("三、実績　巡回訪問　五百十回　窓口相談　百八十件", []),
    ("委員：令和６年度の来場者数は２，４００人でしたね。", []),
])
def test_more_after_certification(text, expected):
    assert _parsed(text) == expected


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # cells of a PDF table copied a word a line (the name over two lines, the counter on a line of its own), a name line
    # ending in a measure word before a line of year labels, a denominator after a colon, a time a measure is taken at
    ("経営分析\n実施件数\n45\n件", [("経営分析実施件数", 45, "件")]),
    ("来店客数\n1,200\n人以上", [("来店客数", 1200, "人")]),
    ("■創業計画策定支援数\nR8～R12　各年度6件、計30件",
     [("創業計画策定支援数", 6, "件"), ("創業計画策定支援数", 30, "件")]),
    ("〇個別相談会：参加事業者1者につき年2回", [("個別相談会", 2, "回")]),
    ("支援後3か月時点で、売上が増加した事業者数を年10者とする。", [("売上が増加した事業者数", 10, "者")]),
])
def test_cells_and_lines_of_copied_tables(text, expected):
    assert _parsed(text) == expected


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # PDCA and 総括 wording: results after 【実績】 labels, a new line after an old one (旧：/新：), kanji numerals over
    # list lines (read before the lines are weighed), a share a target was worked out from, a year's value in brackets
    # after a next year's target, a first target over two lines before its revision, a limit of use, a result's bracket
    ("２．創業支援\n【目標】創業塾　年１回、受講者　20名\n【実績】年１回、受講者　14名",
     [("創業塾", 1, "回"), ("受講者", 20, "名")]),
    ("旧：セミナー参加者数　年60名\n新：セミナー・個別相談会参加者数　年90名",
     [("セミナー・個別相談会参加者数", 90, "名")]),
    ("令和九年度の目標\n一　記帳指導　年間三百件\n二　決算指導　年間八十件",
     [("決算指導", 80, "件"), ("記帳指導", 300, "件")]),
    ("次年度の目標（案）\n巡回訪問　520回（今年度480回）", [("巡回訪問", 520, "回")]),
    ("KPI-2　商談成約件数\n　当初目標　年間12件\n　見直し後　年間9件", [("商談成約件数", 9, "件")]),
    ("経営相談は1事業者あたり年5回まで無料で利用できます。", []),
    ("個別相談会は年6回の開催を目標とし、令和7年度は5回開催した（相談者延べ31名）。",
     [("個別相談会", 6, "回")]),
])
def test_pdca_and_summary_wording(text, expected):
    assert _parsed(text) == expected


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # statements holding several numbers (session 10): a name in 【】 before a sheet's cells, a product in brackets
    # after a target, a reference block, a state said before ことから, 同 (the same span), rows with 実績 cells and the
    # unit last in brackets, figures closed by their survey, the staff's total, a KGI label on the next list line
    ("【創業支援】目標値 12件／実績値 9件／達成率 75.0％", [("創業支援", 12, "件")]),
    ("個別相談会参加者数：目標48名（定員12名×4回）", [("個別相談会参加者数", 48, "名")]),
    ("＜参考＞\n令和6年度　巡回訪問412回\n窓口相談230件", []),
    ("管内の事業者のうち約4割が60歳以上であることから、事業承継診断を毎年25者に実施する。",
     [("事業承継診断", 25, "者")]),
    ("商談会出展事業者数　五年間で四十者、成約件数　同二十件",
     [("商談会出展事業者数", 40, "者"), ("成約件数", 20, "件")]),
    ("創業支援件数 目標 6 6 8 8 10 実績 5 7 ― ― ―（件）", [("創業支援件数", 6, "件"), ("創業支援件数", 8, "件"),
                                                        ("創業支援件数", 10, "件")]),
    ("管内事業所の平均従業員数は4.1人、平均売上高は5,200万円（令和5年度調査）。", []),
    ("事業の実施体制は経営指導員2名、経営支援員1名の計3名とする。", []),
    ("KGI-1　支援先の営業利益率　年率1.0%向上\nKGI-2　支援先の付加価値額　5年間で8%増加",
     [("支援先の付加価値額", 8, "%"), ("支援先の営業利益率", 1, "%")]),
])
def test_statements_holding_several_numbers(text, expected):
    assert _parsed(text) == expected


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # a forecast in brackets after a target, a course's sessions before its bracket, a first target with its year,
    # a target said as such before 達成した, kanji digit by digit, パーセント
    ("会員増強　新規加入目標　20件　（退会見込み　12件）", [("新規加入", 20, "件")]),
    ("経営革新塾は全6回（各回3時間）、受講料は無料とする。", []),
    ("指標名：商談成約件数　当初目標（R8）：10件　→　見直し後（R9以降）：14件", [("商談成約件数", 14, "件")]),
    ("事業承継支援については、令和七年度の目標である承継件数五件を達成した（実績六件）。", [("承継件数", 5, "件")]),
    ("記帳指導件数　現行二〇件　令和八年度二五件", [("記帳指導件数", 25, "件")]),
    ("委員長：客単価の目標は前年比五パーセント増ですが、実績は二パーセント増にとどまった。", [("客単価", 5, "%")]),
])
def test_targets_among_forecasts_and_baselines(text, expected):
    assert _parsed(text) == expected


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # a multiple a target was worked out as, a value against a bracketed target, the staff times a count, differences
    # from another value, a result said with 実績で, a survey's figure, a share restating a target, a population served,
    # 口 (units of a mutual aid scheme), a count as of a year of the plan
    ("空き店舗の活用件数を現状の3倍の15件にする", [("空き店舗の活用件数", 15, "件")]),
    ("改善策：商談成約率が25％と目標（40％）を下回ったため、事前研修を行います。", [("商談成約率", 40, "%")]),
    ("記帳指導：指導員3名×月30件", [("記帳指導", 30, "件")]),
    ("実績値は前年度を5件上回った。", []),
    ("観光消費額は令和5年度実績で3.4億円。", []),
    ("来街者数（休日平均）目標値2,000人／日（令和6年度調査 1,650人／日）", [("来街者数(休日平均)", 2000, "人")]),
    ("地域の小規模事業者約620者に対し、会報で支援施策の情報提供を行う。", []),
    ("火災共済新規加入目標　30口", [("火災共済新規加入", 30, "口")]),
    ("事務局：3年目終了時点で累計21者です。", []),
])
def test_how_targets_are_worked_out(text, expected):
    assert _parsed(text) == expected


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # a row whose unit's cell comes last (単位 件), spaced or with its cells run together by a converter
    ("記帳指導件数 現行値 50 目標値 R8年度 55 R9年度 60 単位 件",
     [("記帳指導件数", 55, "件"), ("記帳指導件数", 60, "件")]),
    ("項目創業支援件数現行値6目標値各年度8単位件", [("創業支援件数", 8, "件")]),
    # the unit's cell last after a space, a 現行 cell or an empty one first; single digits over the plan's five years
    # (a number spread out to its cell's width has fewer digits or a 0: 「2 0 者」 is 20)
    ("商談会参加事業者数 現行 ― 2 2 3 3 4 者", [("商談会参加事業者数", 2, "者"), ("商談会参加事業者数", 3, "者"),
                                           ("商談会参加事業者数", 4, "者")]),
    ("新規出店数　１　１　２　２　３　店舗", [("新規出店数", 1, "店舗"), ("新規出店数", 2, "店舗"),
                                       ("新規出店数", 3, "店舗")]),
    ("セミナー開催回数 4 4 6 6 6 回", [("セミナー開催回数", 4, "回"), ("セミナー開催回数", 6, "回")]),
    ("DX支援事業者数 2 0 者", [("DX支援事業者数", 20, "者")]),
    ("個別相談会参加者数 1 5 人", [("個別相談会参加者数", 15, "人")]),
    # the unit in brackets last after a colon or bars, years labelling the cells (目標 after them), slashes between
    ("窓口相談件数：R8 200 R9 220 R10 240（件）", [("窓口相談件数", 200, "件"), ("窓口相談件数", 220, "件"),
                                            ("窓口相談件数", 240, "件")]),
    ("創業支援件数｜現行5｜6｜8｜8　（件）", [("創業支援件数", 6, "件"), ("創業支援件数", 8, "件")]),
    ("KPI-2 専門家派遣回数 R8目標 6 / R9目標 8 / R10目標 8（回）", [("専門家派遣回数", 6, "回"),
                                                            ("専門家派遣回数", 8, "回")]),
    ("需要動向調査件数　令和8年度:12 令和9年度:15（単位：件）", [("需要動向調査件数", 12, "件"),
                                                        ("需要動向調査件数", 15, "件")]),
    # cells run together by a converter: a year's label glued to the cell before it or to the unit's bracket, 現行 to
    # the name, the name's counter repeated as the unit's cell, a header's labels glued, cells of a value and a counter
    ("記帳指導先数（者）R8：40　R9：45", [("記帳指導先数", 40, "者"), ("記帳指導先数", 45, "者")]),
    ("目標値巡回訪問件数（件）R8:300R9:320R10:350", [("巡回訪問件数", 300, "件"), ("巡回訪問件数", 320, "件"),
                                                ("巡回訪問件数", 350, "件")]),
    ("事業承継診断件数現行8R8年度10R9年度12 件", [("事業承継診断件数", 10, "件"), ("事業承継診断件数", 12, "件")]),
    ("創業相談者数者 12 15 18", [("創業相談者数", 12, "者"), ("創業相談者数", 15, "者"), ("創業相談者数", 18, "者")]),
    ("項目現行R8R9R10専門家派遣件数6件8件8件10件", [("専門家派遣件数", 8, "件"), ("専門家派遣件数", 10, "件")]),
    # each cell's counter after it: the last one no unit of the row's
    ("商談会出展事業者数 5 者 6 者 7 者", [("商談会出展事業者数", 5, "者"), ("商談会出展事業者数", 6, "者"),
                                     ("商談会出展事業者数", 7, "者")]),
])
def test_rows_with_the_unit_last(text, expected):
    assert _parsed(text) == expected


@pytest.mark.parametrize(("text", "prepared"), [
    # a header row flattened before several rows, one cell a column each (the 現行 cell dropped, the unit of a row's
    # bracket on each cell); a row of the wrong length leaves the text as it was
    ("項目 現行 R8 R9 R10 巡回訪問件数 300 320 340 360 窓口相談件数 100 110 120 130",
     "巡回訪問件数 320、340、360。窓口相談件数 110、120、130"),
    ("項目 R8 R9 創業者数（人）3 4 事業承継件数（件）1 2", "創業者数 3人、4人。事業承継件数 1件、2件"),
    ("項目 R8 R9 R10 巡回訪問件数 300 320 窓口相談件数 100 110 120",
     "項目 R8 R9 R10 巡回訪問件数 300 320 窓口相談件数 100 110 120"),
])
def test_a_header_row_before_several_rows(text, prepared):
    from hattatsu.extract.nlp.indicator_sheets import header_row
    assert header_row(text) == prepared


@needs_nlp
def test_results_run_on_past_a_name_opening_with_keikaku():
    # 計画 as a label ends the results after 実績; 計画 opening a name (計画策定) does not
    assert _parsed("目標：創業支援 8件／計画策定 12件／実績：創業支援 6件／計画策定 14件") == [
        ("創業支援", 8, "件"), ("計画策定", 12, "件")]


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # a newspaper's wording of targets: a wish quoted (…たい), a plan said to be drawn up (…する計画をまとめた)
    ("同会の担当者は「空き店舗を年間3件以上活用したい」と話している。", [("空き店舗", 3, "件")]),
    ("桜川町商工会は、今後5年間で事業承継を10件支援する計画をまとめた。", [("事業承継", 10, "件")]),
    ("受講者のうち事業計画を策定した者は4割弱であった。", []),
])
def test_targets_in_newspaper_wording(text, expected):
    assert _parsed(text) == expected


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # a note (※) after a line's value: what it was, where things stand, how it is counted — no target
    ("巡回訪問件数（修正後） 年間350件 ※修正前300件", [("巡回訪問件数", 350, "件")]),
    ("キャッシュレス導入率 40％（R12） ※現状22％", [("キャッシュレス導入率", 40, "%")]),
    ("専門家派遣件数 12件/年 ※同一事業者への複数回派遣は1件と数える", [("専門家派遣件数", 12, "件")]),
    # the value before, the one a revision replaced, a stock at a past year's end, in brackets; 現状/従来 before a value
    ("商談会への出展支援を年間8件（従来5件）に拡充する。", [("商談会への出展支援", 8, "件")]),
    ("創業支援件数　R8年度 6件、R9年度 7件（現行 4件）", [("創業支援件数", 6, "件"), ("創業支援件数", 7, "件")]),
    ("窓口相談件数　年間200件（修正前 180件）", [("窓口相談件数", 200, "件")]),
    ("会員数　期末目標 620名（令和6年度末 598名）", [("会員数", 620, "名")]),
    ("商店街の空き店舗数　現状十八店舗を十店舗以下に", [("商店街の空き店舗数", 10, "店舗")]),
    # in a revision the first target is the one replaced; said alone beside a result it is a target
    ("③ 事業承継診断件数　当初目標　20件　修正目標　15件　実績　16件", [("事業承継診断件数", 15, "件")]),
    ("当初目標（年間8件）は2年目に達成したため、見直しを行った。", []),
])
def test_baselines_notes_and_revised_values_are_no_targets(text, expected):
    assert _parsed(text) == expected


@needs_nlp
@pytest.mark.parametrize("text", [
    # who attended, who sits on a body, the staff taken on or as a whole
    "出席委員：7名（欠席2名）、事務局：2名",
    "第3回評価委員会　出席委員5名、欠席1名",
    "委員長：地元金融機関 支店長、委員6名（うち外部委員3名）",
    "第1号議案 出席会員96名（うち委任状40名）により承認された。",
    "職員数６名（うち経営指導員２名）",
    "本事業の担当：経営指導員1名、嘱託専門員2名（外部委託あり）",
    "【実施体制】\n・経営指導員　3名\n・記帳専任職員　2名",
    # the chamber's own income, grants and budget, forecast or not
    "会費収入　8,400千円（会員数280名×平均30千円）",
    "決算報告：補助金収入 980万円",
    "小規模事業指導費補助金　7,200千円",
    "本年度は予算総額八千万円の範囲内で事業を執行する。",
    "令和８年度の会費収入は９，８００千円を見込んでおります。",
    "事業の実施にあたり、市から年間200万円の補助を受ける予定である。",
    # an event's capacity, first-come limit and sessions, a time of day
    "参加費無料・先着30名",
    "★経営革新セミナー 受講者募集★ 定員25名 全3回 参加無料",
    "開催日：令和7年11月5日（水）13:30～15:30",
])
def test_staff_meetings_accounts_and_events_are_no_targets(text):
    assert _parsed(text) == []


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # a converter's or an OCR's spacing: digits before 件以上, a thousands' comma, 万 and 千, a multiplier before 円
    ("⑵ 事業計画策定 ･･･ 年間 １ ５ 件以上", [("事業計画策定", 15, "件")]),
    ("観光消費額　目標　２ ，４００ 万円", [("観光消費額", 2400, "万円")]),
    ("イベント来場者数　目標　３ 万 ２ 千 人", [("イベント来場者数", 32000, "人")]),
    ("指標D：商談会での成約額　年間 3,500 千 円", [("商談会での成約額", 3500, "千円")]),
    # the rate of a result to its target (B/A), the years a plan runs, 一部 (a part): no values
    ("評価：経営分析件数は、目標値（A）80件、実績値（B）84件、（B）/（A）105.0%", [("経営分析件数", 80, "件")]),
    ("当所の数値目標（2026-2030）　新規創業 120件", [("新規創業", 120, "件")]),
    ("KPIの一部を次のとおり修正する。\n支援先の新規取引先数：年3社 → 年2社", [("支援先の新規取引先数", 2, "社")]),
    # the factors of a product said with its total: the total
    ("４）事業計画の実行支援　対象者１５者×年４回＝延べ６０回", [("事業計画の実行支援", 60, "回")]),
    # counters of votes, accounts and products
    ("来街者アンケートの回収数は３００票を目標とします", [("来街者アンケートの回収数", 300, "票")]),
    ("③ 地域産品を使った新商品の開発件数　毎年３品以上", [("地域産品を使った新商品の開発件数", 3, "品")]),
    # a line opened by 実績 (words run together), a year labelled 現状, a column header 理由 after 修正後
    ("実績値創業支援件数（件）R5:6R6:9", []),
    ("KPI実績値R7経営分析件数52件事業計画策定件数20件", []),
    ("実績合計　経営分析48件　事業計画15件", []),
    ("R6（現状）：創業支援件数 9件", []),
    ("⑥　評価基準　Ａ：達成率100％以上　Ｂ：70％以上", []),
    ("指標 修正前 修正後 理由 専門家派遣件数 8件 12件 相談の増加", [("専門家派遣件数", 12, "件")]),
])
def test_spacing_rates_products_counters_and_result_lines(text, expected):
    assert _parsed(text) == expected


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # the clause after the topic 目標は says the target, in the past or not; unless it says how the target fared
    ("昨年度の目標は、専門家派遣件数12件でしたが、実績は15件となりました。", [("専門家派遣件数", 12, "件")]),
    ("支援先のうち、売上が増加した事業者の割合を四割以上とする目標は、五割で達成した。",
     [("売上が増加した事業者の割合", 4, "割")]),
    # an evaluation sheet's cells with their column letters, the rate, the unit's cell last
    ("項目：記帳指導件数 目標値（Ａ）60 実績値（Ｂ）57 達成率 95.0％ 単位：件", [("記帳指導件数", 60, "件")]),
])
def test_targets_said_in_the_past_and_sheets_with_the_unit_last(text, expected):
    assert _parsed(text) == expected


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # the target as the yardstick of a result aims at nothing; a bracket of goal words aims at its own numbers only
    ("令和7年度の創業支援件数は6件で、目標どおりであった。", []),
    ("２．経営分析（目標：年間60件）　令和7年度は64件の分析を行い、目標を達成した。", [("経営分析", 60, "件")]),
    # a revision quoted: the value replaced goes (「同」, the same name)
    ("中間評価において、目標「商談成約件数20件」を「同25件」に上方修正した。", [("商談成約件数", 25, "件")]),
    ("見直し：支援先の客単価の目標値を「5％以上向上」から「3％以上向上」に変更する。", [("支援先の客単価", 3, "%")]),
    ("修正前目標値：巡回訪問件数 300件、窓口相談件数 150件", []),
    # a sheet's cells set apart by single spaces under a header line, the unit in a heading over it; a Markdown table
    ("令和9年度 実施状況報告（単位：件）\n指標　目標　実績\n経営分析　30　28\n事業計画策定　12　13",
     [("事業計画策定", 12, "件"), ("経営分析", 30, "件")]),
    ("| 指標 | 現状値 | 目標値（R12） |\n| 支援先の平均客単価 | 2,800円 | 3,200円 |",
     [("支援先の平均客単価", 3200, "円")]),
])
def test_results_revisions_quoted_and_sheets_of_lines(text, expected):
    assert _parsed(text) == expected


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # 時間短縮, the tagger's one word, split; 5千万円 is 5,000万円; a target in a bracket of goal words said again
    # as done
    ("記帳業務に要する時間を1社あたり平均5時間短縮する。", [("記帳業務に要する時間", 5, "時間")]),
    ("町内の小売事業者の売上高を5年間で合計3千万円増やす目標を掲げた。", [("町内の小売事業者の売上高", 3000, "万円")]),
    ("（２）創業セミナー：年3回（目標3回）開催し、延べ45名が受講した。", [("創業セミナー", 3, "回")]),
])
def test_words_the_tagger_joins_and_targets_said_again_as_done(text, expected):
    assert _parsed(text) == expected


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # a sheet's rows run into one line, each opened by its number: a statement each; the rate achieved is no target
    ("No.1 巡回訪問件数 目標 300件 実績 287件 達成率 95.7% No.2 窓口相談件数 目標 150件 実績 162件 達成率 108.0%",
     [("巡回訪問件数", 300, "件"), ("窓口相談件数", 150, "件")]),
    ("KPI-1創業支援件数目標8件実績9件KPI-2事業承継支援件数目標5件実績4件",
     [("事業承継支援件数", 5, "件"), ("創業支援件数", 8, "件")]),
    ("目標値（Ａ）40件　実績値（Ｂ）36件　達成率（Ｂ／Ａ）90.0％　指標：専門家派遣件数",
     [("専門家派遣件数", 40, "件")]),
    # a header of columns, its rows, the unit of every row in a bracket last
    ("項目 目標 実績 巡回訪問件数 300 287 窓口相談件数 150 162 （単位：件）",
     [("巡回訪問件数", 300, "件"), ("窓口相談件数", 150, "件")]),
])
def test_sheets_rows_run_into_one_line(text, expected):
    assert _parsed(text) == expected


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # rows on lines of their own (the form's 現行 column first), each read as a row; （のべ） after a name
    ("創業相談件数　8件　12件　12件　14件　14件　15件\n　うち創業計画策定件数　－　3件　3件　4件　4件　5件",
     [("創業相談件数", 12, "件"), ("創業相談件数", 14, "件"), ("創業相談件数", 15, "件"),
      ("創業計画策定件数", 3, "件"), ("創業計画策定件数", 4, "件"), ("創業計画策定件数", 5, "件")]),
    ("| 巡回訪問件数（のべ） | 280件 | 300件 | 300件 | 320件 | 320件 | 340件 |",
     [("巡回訪問件数", 300, "件"), ("巡回訪問件数", 320, "件"), ("巡回訪問件数", 340, "件")]),
])
def test_rows_on_lines_of_their_own(text, expected):
    assert _parsed(text) == expected


@needs_nlp
def test_labelled_cells_run_together():
    # 「項目名：X単位：者基準値：12目標値（R8）：15…」: each label with its colon opens a cell; the baseline goes
    assert _parsed("項目名：創業支援件数単位：件基準値：6目標値（R8）：8目標値（R12）：10") == [
        ("創業支援件数", 8, "件"), ("創業支援件数", 10, "件")]

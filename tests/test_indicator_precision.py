"""Numbers the KGI/KPI reader must not take for targets: statements that set none (the chamber's staff, members and
attendance, capacities and limits, its own money, clock times, lines of results) and numbers beside real targets
(baselines, results, revised-away values). The sentences are variants written for these tests, not corpus text."""

from __future__ import annotations

import pytest

from hattatsu.extract.nlp.indicator_reports import no_target
from tests.test_indicator_rules import _parsed, needs_nlp


@pytest.mark.parametrize("text", [
    # what the chamber charges, how many it takes, a line of results named as such, targets a revision replaced
    "会費　年額24,000円",
    "参加費：1名3,000円（会員は無料）",
    "募集人数：15名",
    "融資相談は予約制（1日3組まで）",
    "事業計画策定支援実績　令和5年度 21件　令和6年度 24件",
    # the rate achieved, a figure of the year before, the criteria clients are picked by, when no goal is said
    "令和7年度までの累計達成率は96.5%。",
    "隣町の昨年の創業件数は9件。",
    "支援対象の要件：従業員5人以下、かつ創業5年以内の事業者",
])
def test_statements_with_no_target(text):
    assert no_target(text)


@pytest.mark.parametrize("text", [
    "経営指導員による巡回訪問件数 年間600件",
    "経営指導員1人当たりの巡回訪問件数 300件",
    "セミナー出席者数 30名",
    "創業セミナー（定員20名、全4回）を年2回開催する。",
    "持続化補助金の採択件数 年10件",
    "補助金獲得額 2,000万円",
    "実績値 30件 目標値 40件",
    "実績 28件 計画 35件",
    "修正前目標値：X件数 40件\n修正後目標値：X件数 50件",
    "令和8年度の会費収入は1,900万円を見込む。",
    "第2回セミナー参加者数 40名",
    "前年度の達成率は92%であったため、今年度は達成率100%を目指す。",
    "昨年の参加者数は40名。今年度は50名を目標とする。",
])
def test_statements_with_a_target(text):
    assert not no_target(text)


@needs_nlp
@pytest.mark.parametrize("text", [
    # staff, members of a body, a meeting's attendance
    "職員数４名（うち経営指導員１名）",
    "本事業の担当：経営指導員2名、嘱託専門員1名（外部委託あり）",
    "今年度は新たに経営支援員1名を採用し、支援体制を8人とした。",
    "委員長：地元大学 教授、委員５名（うち外部委員３名）",
    "出席委員：７名（欠席２名）、事務局：２名",
    "第３号議案　事業報告について　出席会員９４名（うち委任状４０名）により承認された。",
    # capacities and limits of an event or a service
    "参加費無料・先着30名",
    "★経営セミナー 受講生募集★ 定員15名 全3回 受講料無料",
    "記帳相談の受付は先着10事業所までとさせていただきます。",
    "融資相談は予約制（1日3組まで）",
    # the chamber's own money, a clock time
    "県から年間250万円の補助を受ける見通しである。",
    "小規模事業指導費補助金：8,400千円",
    "決算報告　補助金収入 980万円",
    "会費収入　9,800千円（会員数490名×平均20千円）",
    "開催日時：令和8年6月3日（火）13:30～15:30",
    # lines of results or of where things stood, no target said
    "実績合計　経営分析61件　事業計画24件　フォローアップ98件",
    "KPI実績値R8経営分析件数52件事業計画策定件数19件",
    "実績値 記帳指導件数（件）R6:40 R7:44",
    "R7（現状）：創業支援件数 6件",
    "修正前目標値：経営分析件数 50件、専門家派遣 10回",
    "事業計画策定支援実績　令和5年度 21件　令和6年度 24件",
    # what the chamber charges, how many an event takes
    "会費　年額24,000円",
    "参加費：1名3,000円（会員は無料）",
    "募集人数：15名",
])
def test_statements_read_as_setting_no_target(text):
    assert _parsed(text) == []


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), [
    # where things stand, said beside the target: a note, a bracket, a year's end, a baseline
    ("創業支援件数　年12件（R12）　※現状7件", [("創業支援件数", 12, "件")]),
    ("記帳指導件数（修正後）　40件／年　※変更前 35件／年", [("記帳指導件数", 40, "件")]),
    ("専門家派遣を年間20回（従来12回）に増やす。", [("専門家派遣", 20, "回")]),
    ("会員数　目標 530名（令和7年度末 518名）", [("会員数", 530, "名")]),
    ("空き店舗数　現状18店舗を10店舗以下に", [("空き店舗数", 10, "店舗")]),
    # results beside the target: after 実績, said against the target, done
    ("創業者数：目標3人、実績5人（累計9人）", [("創業者数", 3, "人")]),
    ("商談件数について、目標値（A）40件、実績値（B）46件、（B）/（A）115.0%", [("商談件数", 40, "件")]),
    ("事業承継支援（目標：年間10件）　令和8年度は12件の計画策定を支援し、目標を達成した。",
     [("事業承継支援", 10, "件")]),
    # the revised-away value and the new one
    ("販路開拓支援件数　当初目標　20件　修正目標　15件　実績　16件", [("販路開拓支援件数", 15, "件")]),
    ("中間評価により、目標「専門家派遣件数12件」を「同16件」に上方修正した。", [("専門家派遣件数", 16, "件")]),
    ("需要動向調査の回答率の目標値を「60％以上」から「50％以上」に変更する。", [("需要動向調査の回答率", 50, "%")]),
    # the pieces a target is worked out from, notes on counting, grades
    ("伴走支援（フォローアップ）　支援先15者×年6回＝延べ90回", [("伴走支援(フォローアップ)", 90, "回")]),
    ("新規創業者数 年5人 ※1人が複数回相談した場合も1人とカウント", [("新規創業者数", 5, "人")]),
    ("評価の基準　Ａ：達成率100％以上　Ｂ：70％以上　Ｃ：70％未満", []),
    ("管内全事業者（約650事業者）への情報提供", []),
    ("新規会員加入数　年20名（脱退は年12名程度を見込む）", [("新規会員加入数", 20, "名")]),
    ("経営革新計画承認件数　5年間で15件（前期計画では5年間で9件）", [("経営革新計画承認件数", 15, "件")]),
    ("新規創業者数 年5人（町の開業率3.2%を上回る水準）", [("新規創業者数", 5, "人")]),
    ("EC導入支援件数　年10件（管内約300事業者の3%）", [("EC導入支援件数", 10, "件")]),
    ("記帳指導先数　80者（会員の約2割）", [("記帳指導先数", 80, "者")]),
    ("DX支援件数　年25件 ※令和6年度実績18件", [("DX支援件数", 25, "件")]),
    ("セミナー参加者数　1回あたり20名×年3回＝年60名", [("セミナー参加者数", 60, "名")]),
    # a row of target, result and rate (the rate the result over the target), cells of years before a target's cell,
    # a result forecast beside the target
    ("創業支援件数 30件 24件 80%", [("創業支援件数", 30, "件")]),
    ("巡回訪問件数　600件　540件　90.0%", [("巡回訪問件数", 600, "件")]),
    ("記帳指導　前年度 40件　本年度 44件　増減 +4件　次年度目標 45件", [("記帳指導", 45, "件")]),
    ("令和8年度の創業者数は4人となる見込みであり、目標（6人）には届かない見込み。", [("創業者数", 6, "人")]),
    ("事業費は約450万円を見込み、うち県補助金は200万円である。", []),
    # the year before, the past, an area's average in brackets; a bracket closing a sentence on what was done
    ("商談会成約件数を年12件（前年度は8件で目標未達）とする。", [("商談会成約件数", 12, "件")]),
    ("創業者数　5年間で40人（過去5年間は31人）", [("創業者数", 40, "人")]),
    ("経営革新計画承認件数　年4件（県内平均は年2件）", [("経営革新計画承認件数", 4, "件")]),
    ("経営状況分析　目標　年間90件（前年度目標80件）", [("経営状況分析", 80, "件"), ("経営状況分析", 90, "件")]),
    ("会報第120号を7月1日に発行しました（発行部数900部）。", []),
    ("会場：商工会館3階ホール（収容人数80名）", []),
    ("事業承継診断件数を、5年間で50件とする。なお、令和5年度の診断件数は6件である。", [("事業承継診断件数", 50, "件")]),
])
def test_values_beside_targets(text, expected):
    assert _parsed(text) == expected

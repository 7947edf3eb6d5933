"""Marks and labels opening a KGI/KPI line, or set between its name and its value, that no name holds: dash bullets,
letters of a list (「（ア）」), the numbers of items and goals (「No.7」「目標Ⅱ-3」), a question and its answer
(「Q …の目標は？ A …」), dashes as borders (「経営分析件数―年間30件」), who acts, when a target is due, a base's year
and what a count is centred on. The text is NFKC already."""

from __future__ import annotations

import re

from .indicator_rows import glued_header
from .indicator_words import UNIT_PATTERN

_DASHES = "―—─━"
# 「―事業承継診断件数 年24件」: a dash opening a line is a bullet
_DASH_BULLET = re.compile(rf"^\s*(?:[{_DASHES}]+|[\u2190-\u21ff\u2500-\u27bf\u2b00-\u2bff]+)\s*(?=[^\d\s])")
# (「✔ 創業塾」「➡ …」「▶ …」: any arrow, shape or dingbat opening a line is a bullet too)
# 「（ア）経営状況分析の実施件数」「(a) …」「ア. …」: the letters a list is numbered with
# (「Ⅱ．事業計画策定支援件数」: a roman numeral, II after NFKC, the same)
_LETTER = re.compile(r"^\s*(?:[(（]\s*[ア-ンa-zA-Z]\s*[)）]|[ア-ンA-Z]\s*[.．)）]|[IVX]{1,4}\s*[.．)）])\s*(?=[^\d\s])")
# 「No.7 【KPI】…」「目標Ⅱ-3 観光客入込数」「Ⅱ-3 …」: the number of an item or a goal (Ⅱ is II after NFKC)
# (「施策3-2 創業支援件数」「目標2-1 …」: an item numbered within a goal, arabic)
_ITEM_NUMBER = re.compile(r"^\s*(?:No\s*\.?\s*\d+|(?:目標|施策|事業)?\s*[IVX]+\s*[-‐・.]\s*\d+"
                          r"|(?:目標|施策|事業|項目)\s*\d+(?:\s*[-‐・.]\s*\d+)+)\s+(?=\S)"
                          # (「重点目標1　小規模事業者の…」: a numbered goal opening the line, its name after a space)
                          # (「KPI(2) 事業計画策定件数」: a label numbered in brackets)
                          r"|^\s*K\s*[GP]\s*I\s*[(（]\s*\d{1,2}\s*[)）]\s*(?=\S)"
                          r"|^\s*(?:重点|数値|成果)目標\s*\d{1,2}\s+(?=[^\d\s])"
                          # (「成果指標(A)」「活動指標B」: an indicator's kind and letter)
                          r"|^\s*(?:成果|活動|評価)指標\s*(?:[(（]\s*[A-Z]\s*[)）]|[A-Z](?![A-Za-z]))?\s*(?:[:：]|\s)\s*(?=\D)",
                          re.I)
# 「一、経営状況の分析　年間　三十事業所」「二　記帳機械化の新規加入」「本会目標　一　経営相談　年間…」: a kanji numeral
# standing alone (opening the line or after a space, then 、 or a space) numbers a list the old way (a count's numeral
# runs on into its counter: 「三十事業所」, 「五　件」 a number spread to its cell's width)
_KANJI_ITEM = re.compile(r"(?:^|(?<=\s))[一二三四五六七八九十]{1,3}\s*(?:[、.．]\s*|\s+)"
                         rf"(?!{UNIT_PATTERN}|[\d一二三四五六七八九十百千万\s])(?=\S)")
# 「Q 経営分析件数の目標は？ A 年間20件です。」: the question names what the answer's value is of
_QUESTION = re.compile(r"^\s*Q\s*[.:：]?\s*(?P<name>[^?？]+?)(?:の目標値?)?は\s*[?？]?\s*A\s*[.:：]?\s*")
# 「・経営分析件数―年間30件」: a dash between a name and its value is the border between them, as a colon
# (「現行 ― R8 5」: a dash after 現行 is its empty cell, no border)
# (「商談会成約額（百万円）　―　10　12　14」: a dash before a row of numbers is its empty 現行 cell, no border)
_DASH_BORDER = re.compile(rf"(?<=[^\d\s{_DASHES}])(?<!現行)(?<!現状)(?<!現在)(?<!実績)\s*[{_DASHES}]+\s*"
                          rf"(?=[^\d\s{_DASHES}]{{0,4}}\d)(?!\d[\d,.]*\s+\d[\d,.]*\s+\d)")
# 「〈KGI〉」「〈KPI①〉」: the label in angle brackets of another shape
_ANGLE_LABEL = re.compile(r"^\s*[〈《≪<＜]\s*K\s*[GP]\s*I[^〉》≫>＞]{0,3}[〉》≫>＞]\s*", re.I)
# 「…の売上高を、支援前と比べて平均5%増加させる」: the base a change is measured from, said with と比べて, no name
_COMPARED = re.compile(r"(?<=を)\s*[、,，]?[^\s、。,，をがは\d]{1,12}(?:と|に)(?:比べ|比較し)て\s*[、,，]?"
                       r"\s*(?=平均|\d)")
# 「…　１．会員事業所の経営分析　１００件　２．事業計画策定　４０件」: the numbers of a list inside a line
_INNER_NUMBER = re.compile(r"(?<=\s)\d{1,2}\s*[.．](?=[^\d\s.．])")
# 「…研修受講：各員年2回以上」: each of them, a span word after it, no name
_EACH = re.compile(r"各[^\d\s、。,，()（）年]{1,3}(?=(?:年間?|毎年|月)\s*\d)")
# 「年間を通じ、新規会員獲得 25件」: what a line's targets are pursued through, opening it, is no name
_THROUGH = re.compile(r"^[^、。\d]{0,12}を通じ(?:て)?\s*[、,，]\s*")
# 「市は、…歩行者通行量を」「…1,000件、町は創業支援補助金の交付件数を」: who acts, opening a clause with は, is
# no part of what is counted
_ACTOR = re.compile(r"(?:(?<=^)|(?<=[、,，。]))\s*(?:市|町|村|県|国|当所|当会|本会|商工会|会議所|商工会議所|行政)は"
                    r"\s*[、,，]?(?=[^\d、,，。]*?を)")
# 「計画終了時点で1社平均300千円」「5年後には年間60者」「計画期間終了時に…を」: the point in time a target is due, as
# a deadline (「令和10年度までに」), no part of any name
_DUE = re.compile(r"(?:(?:本)?計画(?:期間)?(?:の)?(?:終了|最終年度末?)(?:時点|時|後)?|\d+\s*(?:年|か年|ヶ年)後)"
                  r"\s*(?:において|には|までに|で|に)\s*[、,，]?\s*(?=\S)"
                  # (「3年後に売上が増加した事業者の割合」: inside a name's clause it is the name's)
                  r"(?![^。、]*?[たるの][^\s。、\d]{0,6}?(?:事業者|企業|店舗|者|割合|数))")
# 「基準年度（令和6年度）比で」: the year a base is, in brackets, said inside the base
_BASE_YEAR = re.compile(r"(?<=年度)\s*[(（]\s*(?:令和|平成|R)?\s*\d+\s*年度?\s*[)）](?=\s*比)")
# 「マル経融資を中心に年間15件」: what a count is centred on, said between a name and its value, an aside
_CENTRED = re.compile(r"(?<=[、,，])\s*[^\s\d、,，。をがは]{1,15}を中心(?:に|と|として)\s*[、,，]?\s*(?=年間|毎年|\d)")


# 「EC販売額の目標（支援先合計300万円）」「ECサイト売上額 支援先合計で前年比10%増」「EC化率を支援先平均で20%以上」: the
# population a total or an average is taken over, said before the value, is no part of any name (「売上高合計」 glued to
# a name, after の, is the name's)
# (「年平均3%」「月平均5件」: a span, no population)
_POPULATION = re.compile(r"(?<=[\s、,，(（をはに])(?![年月日週](?:合計|平均))"
                         r"[^\s\d、。,，()（）をがはの]{1,8}(?:合計|平均)\s*で?\s*"
                         r"(?=(?:前年度?比|対前年度?比?|年間|毎年)?\s*[+＋]?\d)")
# 「売上総利益を1社平均で年間100万円増加」: one firm's average, said with で, is a denominator (as 「1社当たり」)
_PER_AVERAGE = re.compile(r"(?<![\d.,])(1\s*(?:社|者|事業者|事業所|店|店舗|人))\s*平均\s*で\s*[、,，]?\s*")
# 「処理期間は、受付から決算書完成まで平均30日以内」: the stretch a period is measured over, said right before its value
# (no の: 「受付から回答までの平均日数」 is a name), is no part of any name
_STRETCH = re.compile(r"(?<=[はを、,，])\s*[^、。,，をがは\d「」]{1,20}から[^、。,，をがは\d]{1,20}まで\s*(?=平均|\d)")
# 「経営分析件数の令和7年度目標30件」: the year a goal is for, said between a name and its goal word, is no part of it
_GOAL_YEAR = re.compile(r"(?<=の)\s*(?:令和|平成|R)\s*\d+\s*年度\s*(?=目標)")
# 「…取扱シェア　計画最終年度20%」「経営分析件数は、当初計画どおり年間24件に」: the year a value is due, or the plan it
# keeps to, said right before the value, is no part of any name
_LAST_YEAR = re.compile(r"(?<=\s)(?:本)?(?:計画)?最終年度\s*(?:[(（][^()（）]*[)）])?\s*(?=\d)"
                        r"|[^\s\d、。,，をがは]{1,10}(?:どおり|通り)\s*[、,，]?\s*(?=年間|毎年|\d)")
# 「巡回指導カバー率　会員の5割」「売上増加事業者数：各年度において支援事業者の3割以上」: the population a share is
# of, said after a name and a space or a colon, is no part of it
_SHARE_OF = re.compile(r"(?<=[率合数][\s:：])\s*(?:各年度において|毎年度)?\s*[^\s\d、。,，の:：]{1,10}の\s*"
                       r"(?=\d[\d.]*\s*(?:%|割))")
# 「KPI-1 経営分析 計画値(5年計)500件」: a cell's label and the span its value is over, said in brackets: the span
_LABEL_SPAN = re.compile(r"(?<=\S)\s+(?:計画|目標)値?\s*[(（]\s*\d+\s*(?:年|か年)\s*間?\s*(?:計|合計|累計)\s*[)）]\s*"
                         r"(?=\d)")
# 「２月〜３月に計８回開催」: a span of months a count falls in says when, no name
_MONTHS = re.compile(r"(?<![\d.])\d{1,2}\s*月\s*[〜~～\-－]\s*\d{1,2}\s*月\s*(?:に|の間に|頃に?)?\s*")
# 「売上増加事業者数（前年比3％以上）　20者」「…年間5者（売上高前年比3%以上増加）」「…8社/年 ※前年比+3%以上」: the
# condition a counted firm meets, in brackets or a ※ note after the count's name or value, qualifies it: no target
_CONDITION = re.compile(r"\s*(?:[(（][^()（）\d]{0,12}比\s*[+＋]?\s*\d[\d.]*\s*%\s*(?:以上|超)[^()（）\d]{0,6}[)）]"
                        r"|※[^※。\d]{0,12}比\s*[+＋]?\s*\d[\d.]*\s*%\s*(?:以上|超)[^※。\d]{0,6}$)")
# 「事業計画策定件数（単位：件） 北浦 15 / 南浦 10 / 西浦 8 ／年」: a joint plan's row split per chamber, each cell
# after
# the chamber's name as a year's cell after its year: the chambers label the columns, no name (the row's name is)
_PER_PART = re.compile(r"^(?P<head>[^/／]*?[(（]\s*単位\s*[:：][^()（）]*[)）])\s*"
                       r"(?P<cells>(?:[一-龥ぁ-んァ-ヶー]{1,5}\s*\d[\d,.]*\s*[/／]\s*)+[一-龥ぁ-んァ-ヶー]{1,5}\s*\d[\d,.]*)")
# 「1者当たり平均来店客数」: 平均 after a denominator says the value is an average over them, no part of the name
_PER_MEAN = re.compile(r"(?:(?<=当たり)|(?<=あたり)|(?<=当り))平均(?=[^\d\s])")
# 「DXセミナーを全3回開催予定」: 全 before a count says all of them, a total as 計 does
_ALL = re.compile(r"(?<=[をはが\s、,，(（])全\s*(?=\d+\s*回)")
# 「前期実績 年平均35件 → 今期目標 年間45件」: the period a result or a goal is of, before its label, is no name (the
# labels then read as 実績 and 目標 alone)
_PERIOD_LABEL = re.compile(r"(?:前期|前年度|昨年度|前回|今期|次期|今年度|本年度|次年度)"
                           r"(?=\s*(?:実績|目標)値?\s*[:：]?\s*"
                           r"(?:年平均|年間|毎年)?\s*\d)")
# 「…、KPI-2　事業計画策定件数：年50件」: a label numbered inside a line of several, the same as opening it
# (「…１２件指標2　うち創業計画　３件」: 指標N after a value, the lines run together, the same)
_INNER_LABEL = re.compile(r"(?<=[、,，\s])K\s*[PG]\s*I\s*[-‐－]?\s*\d{1,2}\s*[:：]?\s*(?=[^\d\s])"
                          r"|(?<=[件者社人名回%])\s*指標\s*\d{1,2}\s+(?=[^\d\s])")
# 「計画策定事業者の売上高（5年後）　策定前比　＋10％」: the base of a change (…前比) between a name and its value
_BEFORE_BASE = re.compile(r"\s+[^\s\d、。,，()（）]{1,6}前比\s*(?=[+＋]?\s*\d)")
# 「支援ノウハウの共有のため職員ミーティングを月1回」「同会はマッチングのため、」: what a doing is for, said before it
# (のため, not のための: 「新規顧客獲得のための展示会出展事業者数」 keeps it), is no part of the name
_PURPOSE = re.compile(r"(?:^|(?<=[、,，\sは]))[^\s、。,，をがは\d「」()（）]{1,20}のため(?!の)に?\s*[、,，]?\s*(?=\S)"
                      # (「商工会ではこのほか、…」: a word adding the sentence to the last, the same)
                      r"|(?:^|(?<=[、,，\sは]))(?:このほか|その他にも|加えて)\s*[、,，]?\s*(?=\S)")
# 「第1四半期の巡回件数は126件」: the quarter a count is of frames it, no part of its name
_QUARTER = re.compile(r"(?:^|(?<=[\s、,，]))第\s*\d\s*四半期(?:の|は|における)\s*(?=[^\d\s])")
# 「目標（単位：回）　セミナー開催 3 3 3」: the word of goal before the unit a line of rows is given in labels the line
_GOAL_UNIT = re.compile(r"^\s*目標値?\s*(?=[(（]\s*単位\s*[:：])")


# 「- **KPI①** 経営分析: 30件/年」: a converter's markdown — a bullet and bold — marks no name
# (「△評価の経営分析は、…」「B評価の創業支援は」: the grade an item was given, opening the line, the same)
_MARKDOWN = re.compile(r"^\s*[-*+]\s+(?=\S)|\*\*|__|^\s*[◎○〇△×▲A-DＡ-Ｄ]\s*評価の\s*(?=\S)")


# 「営業利益 前年比+5%」: a plus sign after the base of a change says an increase
# (「売上増加率 目標+5.0%」: after the goal's label the plus sign is the sign of a rate, dropped)
_PLUS = re.compile(r"(?<=比)\s*[+＋]\s*(\d[\d,.]*\s*(?:%|ポイント))")
_GOAL_PLUS = re.compile(r"(?<=目標)(値?\s*[:：]?\s*)[+＋]\s*(?=\d)")


# 「【指標2】需要動向調査の提供事業者数」「【重点】…」: a short label in 【】 opening the line, before a name
_BOX_LABEL = re.compile(r"^\s*【[^】]{1,10}】\s*(?=[^\d\s])")
# 「売上増加額（1社当たり） 年30万円」「売上合計（1イベント当たり）を」「成約件数／社：2件」: a denominator after a
# name, in brackets or after a slash (the 別表1 rows of the METI guideline), is no part of the name, whatever follows
_DENOMINATOR = re.compile(r"(?<=[^\d\s])\s*(?:[(（]\s*[1１]\s*[^\d()（）\s]{1,6}?\s*"
                          r"(?:当たり|当り|あたり|につき)\s*[)）]"
                          r"|[/／]\s*(?:社|者|事業者|事業所|店|店舗|人)(?=\s*[:：]))")
# 「3-1 地域経済動向調査」「4-2　新商品開発支援件数」: an item numbered within a section of a report, opening the line
_SECTION_ITEM = re.compile(rf"^\s*\d{{1,2}}\s*[-‐－ー]\s*\d{{1,2}}\s+(?!{UNIT_PATTERN})(?=[^\d\s])")
# 「事業評価：Ｂ（概ね順調）　セミナー開催回数…」: a grade given to the line's business, opening it, labels it
# 「（評価）経営革新計画承認件数は…」「（所見）」: a short word in brackets opening the line labels it
_BRACKET_LABEL = re.compile(r"^\s*[(（](?:評価|所見|意見|結果|課題|方針|総括|概要|参考|備考|講評)[)）]\s*(?=[^\d\s])")
# 「火災共済掛金の推進目標：」「…は、計画目標（各年度5件）に対し」: the kind of a goal (pursued, planned), the goal all
# the same
_GOAL_OF_KIND = re.compile(r"(?:(?<=の)推進|(?:(?<=^)|(?<=[、,，\s]))計画)(?=目標)")
# 「商談成約件数を計画期間累計で30件」: the plan's period before 累計 says the same span again
_PLAN_TOTAL = re.compile(r"(?:本)?計画期間(?:中|内)?(?:の)?\s*(?=累計|通算)")
# 「目標未達の需要開拓支援（目標10者、実績6者）」: the state of a business against its target, before its name, is none
# of the name
_SHORT_OF = re.compile(r"(?:目標)?未達(?:成)?の(?=[^\d\s])")
# 「「令和10年度 新規創業者数60人」」: the fiscal year opening a quoted target labels it
_QUOTED_YEAR = re.compile(r"(?<=「)\s*(?:令和|平成|R)\s*\d+\s*年度\s+(?=[^\d\s])")
# 「ROAの改善：支援先平均で1.5ポイント」: the population an average is taken over, after the colon, is no name
_AVERAGE_OVER = re.compile(r"(?<=[:：])\s*[^\s\d、。,，:：]{0,8}平均で\s*(?=\d)")
# 「…の販売額\n初年度 30万円」: a name closing a line, its value opening the next (a short label before it): one line
_NAME_THEN_VALUE = re.compile(r"(?<=[数率額高量])[ \t\u3000]*\n[ \t\u3000]*(?=[^\d\s、。]{0,4}[ \t\u3000]*\d)")
# 「専門家派遣　1者につき最大3回」: at most N, as 「N回以内」
_AT_MOST = re.compile(rf"最大\s*(\d[\d,.]*\s*(?:{UNIT_PATTERN}))(?!\s*(?:以内|以下|まで))")
# 「【経営状況分析】目標値 40件／実績値 43件」: a box before a goal's label holds the name, no label
# (「令和9年度評価シート【経営状況の分析】目標値30」: what is before the box on its line heads the sheet, no name)
_BOX_NAME = re.compile(r"(?:(?:^|(?<=\n))[^\n【】。、]{1,20}?)?【([^】\d]{1,20})】"
                       r"\s*(?=(?:目標|計画)値?\s*[:：]?\s*\d)")
# 「事務局：55件を目標とし…」「委員長：…」: who speaks, in minutes, opening a line
_SPEAKER = re.compile(r"(?:^|(?<=\n))\s*(?:[^\s:：\n、。]{0,4}(?:委員長?|事務局長?|会長|議長|理事|局長|部長|課長)"
                      r"|事務局)\s*[:：]\s*")
# 「需要動向調査対象品目数　計画期間中10品目」: the plan's period before a value, a span as 累計
_PLAN_SPAN = re.compile(r"(?:本)?計画期間(?:中|内)(?:に|で)?\s*(?=\d)")
_GRADE = re.compile(r"^\s*[^\s\d:：]{0,6}評価\s*[:：]\s*[A-EＡ-Ｅ](?![A-Za-z])\s*"
                    r"(?:[(（][^()（）\d]{0,10}[)）])?\s+(?=\S)")


# 「目標値巡回訪問件数年間300件」「KPI目標値各年度経営分析件数50件」「目標数値　事業承継相談　年間　十件」
# 「項目専門家派遣回数目標12回」「評価項目3　地域経済動向調査」: a cell's or a column's label opening the line, glued to
# the name or set apart, labels it (a span word after it, 「年1回」, is the value's: 「目標値：年1回公表」 keeps it)
_OPENING_LABEL = re.compile(r"^\s*(?:(?:K\s*[PG]\s*I\s*)?(?:目標数?値|計画値|目標数値)"
                            r"(?:\s*[(（][^()（）\d]{0,6}[)）])?"
                            r"|(?:評価|目標)?項目\s*(?:\d{1,2}|[①-⑳])?)\s*[:：]?\s*(?=[^\d\s:：、。をはがにのと年月毎延累計])")
# 「指標A（DX推進セミナー開催回数）：年2回」「KPI②（創業支援件数）」: a label, then the name it labels in brackets
_LABEL_THEN_NAME = re.compile(r"^\s*(?:指標|K\s*[PG]\s*I)\s*[-‐－]?\s*(?:[A-Z]|\d{1,2}|[①-⑳])?\s*[(（]"
                              r"(?P<name>[^()（）\d]{2,}?)[)）]\s*(?=[:：\s]|年|毎|各|\d)")
# 「指標A｜経営分析実施件数｜単位：件｜目標：50」: a label in a cell of its own, first, labels the row
_LABEL_CELL = re.compile(r"^\s*(?:指標|K\s*[PG]\s*I)\s*[-‐－]?\s*(?:[A-Z]|\d{1,2}|[①-⑳])?\s*[|｜]\s*"
                         r"(?=[^\d\s|｜])")
# 「商談会参加事業者数（うち成約事業者数）｜目標値 12者（6者）」: a うち part named in the name's bracket, its value in
# the value's: the part's value after its name, as 「12者（うち成約事業者数 6者）」 says it
_PART_IN_BRACKETS = re.compile(r"(?P<name>[^\s|｜()（）:：]+)\s*[(（]\s*(?:その)?うち"
                               r"\s*(?P<part>[^()（）\d|｜]+?)\s*[)）]"
                               rf"(?P<mid>[^()（）\d]*?)(?P<whole>\d[\d,.]*\s*{UNIT_PATTERN})\s*"
                               rf"[(（]\s*(?P<value>\d[\d,.]*\s*{UNIT_PATTERN})\s*[)）]")
# 「事業計画策定事業者数　年 間 25 者」: a span word's letters spread by a converter are one word
_SPREAD_SPAN = re.compile(r"(?<![^\s\d])(年|月)\s+(間|平均)(?=\s*\d)")
# 「記帳継続指導　年度ごとに50者」「年度毎に」: each year, as 毎年度
_EACH_YEAR = re.compile(r"(?:(?<=\s)|(?<=^))年度(?:ごと|毎)に?\s*(?=\d)")


def strip_marks(text: str) -> str:
    """The line without the marks and labels above (a question's name kept, before a colon)."""
    # (「…5年間で5人\n　（うち女性 2人）」「うち創業計画　　　　３件」: the indent of a line and a run of spaces
    # padding a cell are no words (the tagger takes 「\n　」 or 「   」 for a noun): one space, none after a line
    # break)
    text = re.sub(r"[ \t\u3000]{2,}", " ", re.sub(r"\n[ \t\u3000]+", "\n", text))
    text = _LABEL_CELL.sub("", _OPENING_LABEL.sub("", glued_header(text)))
    text = _PART_IN_BRACKETS.sub(r"\g<name>\g<mid>\g<whole>（うち\g<part> \g<value>）", text)
    text = _EACH_YEAR.sub("毎年度", _SPREAD_SPAN.sub(r"\1\2", _LABEL_THEN_NAME.sub(r"\g<name> ", text)))
    # (“巡回訪問　月50件”: quotes of another shape, as 「」)
    text = _SECTION_ITEM.sub("", _GRADE.sub("", _DENOMINATOR.sub("", re.sub(r"“([^“”]*)”", r"「\1」", text))))
    text = _GOAL_OF_KIND.sub("", _SHORT_OF.sub("", _PLAN_TOTAL.sub("", _BRACKET_LABEL.sub("", text))))
    text = _AT_MOST.sub(r"\1以内", _NAME_THEN_VALUE.sub(" ", _AVERAGE_OVER.sub("", _QUOTED_YEAR.sub("", text))))
    text = _PLAN_SPAN.sub("累計", _SPEAKER.sub("", _BOX_NAME.sub(r"\1 ", text)))
    # (「現行ー」: the long-vowel mark typed for an empty cell's dash)
    text = re.sub(r"(?:(?<=現行)|(?<=現状)|(?<=現在)|(?<=\s))ー(?=\s)", "－", text)
    text = _BOX_LABEL.sub("", text) if not re.match(r"^\s*【[^】]*(?:K\s*[PG]\s*I|実績|結果|修正|変更)", text) else text
    text = _MARKDOWN.sub("", text)
    text = _GOAL_UNIT.sub("", text)
    # (「Q. 本年度の目標値は？ A. 経営分析件数40件」: a question naming no measure leaves the answer its own names)
    text = _QUESTION.sub(lambda m: m["name"].strip() + "： " if re.search(r"(?:数|率|割合|額|高|量)\s*$", m["name"])
                         else "", _DASH_BULLET.sub("", text))
    text = _KANJI_ITEM.sub("", _ITEM_NUMBER.sub("", _LETTER.sub("", text)))
    text = _CENTRED.sub("", _BASE_YEAR.sub("", _DUE.sub("", _ACTOR.sub("", text))))
    text = _THROUGH.sub("", _INNER_NUMBER.sub("", _COMPARED.sub("", _ANGLE_LABEL.sub("", text))))
    # (「販売額合計300万円」: an amount's sum, glued, no で, is the name: see name_chains.sum_head)
    text = _PER_AVERAGE.sub(r"\1当たり", _POPULATION.sub(lambda m: m[0] if re.search(r"[額高]\s*合計\s*$", m[0])
                                                          else "", _EACH.sub("", text)))
    text = _GOAL_YEAR.sub("", _STRETCH.sub("", text))
    text = _CONDITION.sub("", _MONTHS.sub("", _LABEL_SPAN.sub(" 累計", text)))
    # (「研修の理解度（10点満点で8点以上の割合）　70%」: a share defined by a condition on a score, in brackets, is an
    # aside: neither the name's nor a target)
    # (「セミナー満足度（「満足」「やや満足」の合計）」: the answers a share counts, quoted, the same)
    text = re.sub(r"\s*[(（](?:[^()（）]*\d[^()（）]*(?:以上|以下)|(?:「[^「」()（）]{1,12}」[・、,，と]?){1,4}"
                  r"(?:と回答した(?:者|人|事業者)?)?)の(?:割合|比率|合計)[)）]", "", text)
    text = _PLUS.sub(r"\1増", _SHARE_OF.sub("", _LAST_YEAR.sub("", text)))
    text = _ALL.sub("計", _PER_MEAN.sub("", _GOAL_PLUS.sub(r"\1", text)))
    text = _QUARTER.sub("", _PURPOSE.sub("", _BEFORE_BASE.sub(" ", _INNER_LABEL.sub(" ", text))))
    # (「X：今期目標 年間45件」: the period of a goal's label, before it, the same wherever it stands)
    text = re.sub(r"(?:(?<=^)|(?<=[:：\s]))(?:今期|次期|来期|今年度|本年度|次年度|来年度)(?=目標値?\s*[:：]?\s*"
                  r"(?:年間|毎年|年平均)?\s*\d)", "", text)
    before = re.split(r"[→⇒]", text)[0]
    # (a result's average, 「実績 年平均35件」, is a yearly value as the arrow reads it; 「目標80件 実績85件
    # →次年度目標85件」:
    # a goal said before the arrow, the arrow no change from a result)
    if len(before) < len(text) and "実績" in before and "目標" not in before:
        text = re.sub(r"(?<=実績)(\s*[:：]?\s*)年平均(?=\s*\d)", r"\1年間", _PERIOD_LABEL.sub("", text))
    text = _PER_PART.sub(lambda m: m["head"] + " " + " ".join(re.findall(r"\d[\d,.]*", m["cells"])), text)
    return _DASH_BORDER.sub("：", text)

"""The language of the documents around a plan, for the KGI/KPI reader: evaluation sheets' rows (only the 目標
cells are targets), reports' headings and result labels, revised targets (only the new value), staff counts."""

from __future__ import annotations

import re

from hattatsu.normalize import nfkc

from .indicator_words import UNIT_PATTERN, rate_achieved

# An evaluation sheet's row (事業評価シート, 実施状況報告) flattened to a line: its cells 実績(値) and 達成率 (達成度)
# say what was done and 評価 its grade, no targets; only the 目標(値) cells are
# (「R6目標 80件 R6実績 85件 … R7目標 90件」)
RESULT_CELL = re.compile(r"(?:(?<=^)|(?<=[\s|/／]))(?:(?:令和|平成|R|H)\s*\d+\s*年?度?)?\s*"
                          r"(?:(?:上期|下期|上半期|下半期|通期|累計)?実績値?|達成率|達成度|差異|増減)"
                          r"\s*[:：]?\s*[+\-−▲△]?\s*(?:年間?|毎年|延べ|累計)?\s*\d[\d,.]*\s*(?:%|[^\s\d|/／、。,，()（）]{0,3})"
                          r"(?:\s*[(（](?![^()（）]*(?:目標|計画))[^()（）]*[)）])?"
                          r"|(?:(?<=^)|(?<=[\s|/／]))評価\s*[:：]?\s*[A-ES](?![A-Za-z])(?:\s*[(（][^()（）]*[)）])?"
                          # (「Ｂ／Ａ 90.0％」: the ratio of two lettered columns, the result over the target)
                          r"|(?:(?<=^)|(?<=[\s|/／]))[A-Z]\s*[/／]\s*[A-Z]\s*[:：]?\s*\d[\d,.]*\s*%")
# (「計画値：年25件」: a span word before the value, kept with it)
TARGET_CELL = re.compile(r"目標値?\s*[:：]?\s*[+]?\s*((?:年間?|毎年|延べ|累計)?\s*\d[\d,.]*\s*"
                          r"(?:%|[^\s\d|/／、。,，()（）]{1,3}))")
# 「指標：IT導入支援件数」「指標 記帳指導件数」: the sheet's cell naming the indicator its targets are of
INDICATOR_CELL = re.compile(r"(?:^|[\s|/／])(?:評価)?指標名?\s*[:：]?\s*(?P<name>[^\s|/／:：]+)")


# Who does a chamber's work (「経営指導員3名」): staff, no target
STAFF = r"経営指導員|経営支援員|記帳指導員|指導員|支援員|相談員|専門員|職員|担当者|補助員|理事|監事|役員|定数"
# Who sits in a chamber's meetings and bodies (「委員4名」「出席委員6名、欠席1名」「事務局：3名」「出席会員128名（うち
# 委任状62名）」): members and attendance counted, no target (a seminar's 出席者 may be one: not here)
_MEMBERS = r"(?:外部|内部|出席|評価)?委員(?!会)|事務局|欠席(?:者|委員)?|出席(?:会員|委員|役員|理事)|委任状|書面議決"
# 「募集人数：15名」「（収容人数60名）」「1日4組まで」: how many a service, an event or a room takes, a capacity or a
# limit, no target (定員/先着: indicators._reported)
_CAPACITY = re.compile(r"(?:各回|毎回|1\s*回当?たり)?\s*募集(?:人数|定員|数)?\s*(?:各|は)?\s*[:：]?\s*\d[\d,]*\s*"
                       r"(?:名|人|者|社|組|事業所|事業者|店|店舗)(?:\s*(?:まで|限り|程度))?(?:\s*[(（]\s*先着順?\s*[)）])?")
_LIMIT = re.compile(r"(?:1\s*日|1\s*回|各回|毎回)\s*(?:当?たり|あたり)?\s*\d+\s*(?:組|名|人|社|者|事業所)"
                    r"\s*(?:まで|限り)|収容(?:人数|定員|可能人数)?\s*[:：]?\s*(?:約)?\s*\d[\d,]*\s*(?:名|人)")
# A value with its counter, as the rewrites of reports and revisions below find it
_VALUE = r"\d[\d,.]*\s*(?:%|[^\s\d、。,，:：()（）「」/／|→⇒にをはがでと]{1,3})"
_REVISED_AWAY = r"(?:修正|変更|見直し)前|旧|当初"  # what a target was before a revision
# The words that report a result after its value (「…であった」「…にとどまった」「…となる見込み」) and that say it
# was done (「…を実施した」「…開催しました」)
_REPORTED = (r"(?:であった|でした|だった|となった|となりました|にとどまった|にとどまりました|にとどまる見込み"
             r"|となる見込み|を?達成した|を?達成しました)")
_DONE = r"(?:(?:を|の)?\s*(?:実施|開催|支援|訪問|達成|獲得|策定)(?:し)?(?:た|ました|済み?))"


# Words that label a value (a cell's column, a span) rather than name what it measures
_CELL_WORDS = (r"(?:前年度|昨年度|本年度|今年度|当初)?(?:目標|計画|実績|基準|現状|現行)値?"
               r"|年間|毎年|各年度|延べ|累計|合計|月間?|約|令和|平成|FY|[RH](?=\d)"
               r"|[:：\s]")
# A report's heading opening a line: the document or its part (「次年度の目標」「見直し後の目標」
# 「実施状況（12月末現在）」「事業計画書（抜粋）」「評価委員会の総評：」「会議要旨：」「（３）地域振興事業」), a short
# phrase before a colon or, ending in a word of goals, plans, reports or a business of the chamber (…事業), before a
# space
# (a revision's labels and PDCA's Do/Check: their own rules)
_HEADING = re.compile(r"^(?!(?:修正|変更|見直し)後\s*[)）]?\s*[:：\s]|[旧新]\s|(?:Do|Check)\s*[:：/])"
                      r"(?:[^\s\d:：、。()（）]{1,16}(?:[(（][^()（）]{1,12}[)）])?\s*[:：]"
                      r"|[^\s\d:：、。()（）]{0,12}(?:目標|計画|状況|報告|資料|要旨|議事録?|総評|意見|見直し|事業|内容)"
                      r"(?:値|書)?"
                      r"(?:[(（][^()（）]{1,12}[)）])?\s+)\s*")


def report_heading(text: str) -> str:
    """The line without the heading of the report it is from (see _HEADING), when a name follows the heading
    (「経営分析件数：年間40件」「専門家派遣：計画値 延べ30回」: a name and its cells, kept); 「評価：Ｂ」 a grade."""
    text = re.sub(r"^評価\s*[:：]?\s*[A-ES](?![A-Za-z])\s*", "", text)
    # 「（評価）…」「（所見）…」: a report's part, its word in brackets opening the line
    text = re.sub(r"^[(（]\s*(?:評価|所見|総評|意見|結果|課題|改善|対応)\s*[)）]\s*", "", text)
    m = _HEADING.match(text)
    # (「経営分析を実施した事業者の割合：巡回対象事業者の30%以上」: a measure before the colon is a name, no heading)
    # (「変更前の目標：X 8社／変更後の目標：X 10社」: a revision, read as one)
    # (「出席委員：5名」「事務局：3名」: a body's members counted, read as such by _staff_and_limits)
    if not m or re.search(r"(?:数|率|割合|額|高)\s*[:：]\s*$", m.group(0)) \
            or re.search(rf"(?:修正|変更|見直し)前|^(?:{_MEMBERS}|{STAFF})\s*[:：]", m[0]):
        return text
    rest = text[m.end():]
    # (「フォローアップ訪問：支援先1社につき年4回」: a denominator after the colon, the words before it name the count)
    if re.match(r"[^\d:：]{0,8}1\s*(?:社|者|人|事業者|事業所|店)\s*(?:につき|当たり|あたり|当り)", rest):
        return text
    # (「巡回指導：指導員4名×月20件」: the staff a count is done by, no name after the colon)
    rest = re.sub(rf"^\s*(?:{STAFF})\s*\d+\s*(?:名|人)\s*[×✕]\s*", "", rest)
    first = re.search(r"\d", rest)
    if not first or len(re.sub(_CELL_WORDS, "", rest[:first.start()])) < 3:
        return text
    return rest


def revision_labels(text: str) -> str:
    """A revision's labels read before the line's own labels are stripped (「【修正前】」 and 「KPI-1（旧）」 would
    go as labels): 【修正前】/【修正後】 as （修正前）/（修正後）; a new target with 「（新）」 keeps it, an old one
    with 「（旧）」 goes."""
    text = re.sub(r"【\s*((?:修正|変更|見直し)[前後])\s*】", r"（\1）", text)
    # 「旧）X 毎年30件\n新）X 毎年35件」: a revision's label closed by its bracket only
    # (「旧：X 100者\n新：Y 150者」: a colon after the word, the same)
    text = re.sub(r"(?:(?<=^)|(?<=\n))\s*([旧新])\s*[)）:：]", r"（\1）", text)
    # 「KPI-1（旧）X → KPI-1（新）Y 年10件」: an old name with no value, then the new one, both labelled
    text = re.sub(r"(?:K\s*[GP]\s*I\s*[-‐]?\s*\d*\s*)?[(（【]\s*旧\s*[)）】][^\d\n]*?[→⇒]?\s*"
                  r"(?:K\s*[GP]\s*I\s*[-‐]?\s*\d*\s*)?[(（【]\s*新\s*[)）】]\s*", "", text)
    # 「（新）X 95%以上\n（旧）Y 90%」: the new target first, the old one after it (up to the line's end) no target
    if re.search(r"[(（【]\s*新\s*[)）】][\s\S]*[(（【]\s*旧\s*[)）】]", text):
        text = re.sub(r"[(（【]\s*旧\s*[)）】][^\n]*", "", text)
        text = re.sub(r"[(（【]\s*新\s*[)）】]\s*", "", text).strip()
    # 「（旧）X 100者\n（新）Y 150者」: the old line first, each line with its name: the old line no target
    elif re.search(r"[(（【]\s*旧\s*[)）】][^\n]*\n(?:[^\n]*\n)*?\s*[(（【]\s*新\s*[)）】]\s*[^\d\s]{2}", text):
        text = re.sub(r"[(（【]\s*旧\s*[)）】][^\n]*\n?", "", text)
        text = re.sub(r"[(（【]\s*新\s*[)）】]\s*", "", text).strip()
    elif not re.search(r"[(（【]\s*旧\s*[)）】]", text):
        text = re.sub(r"(?:(?<=^)|(?<=\n))\s*[(（【]\s*新\s*[)）】]\s*", "", text)  # (「新：X 12品目（旧：8品目）」)
    return text


def _outside_brackets(m: re.Match[str]) -> str:
    """A match dropped unless it is inside brackets (「（定員30名×2回）」「（経常利益÷売上高×100）」: a gloss on a
    target's name or value, read elsewhere)."""
    before = m.string[:m.start()]
    return m[0] if len(re.findall(r"[(（]", before)) > len(re.findall(r"[)）]", before)) else ""


def _charges_and_limits(text: str) -> str:
    """Numbers of what the chamber offers, no targets: what it charges (a fee, a price for members), how many it
    takes (募集), how many a day or a session may use it; the words stay, their numbers go. (Its staff, members,
    accounts, capacities 定員/先着 and times of day: indicator_text and indicators.)"""
    text = re.sub(rf"(?:{_CAPACITY.pattern})(?!\s*[×✕])\s*[、,，]?", _outside_brackets, text)
    text = _LIMIT.sub("", text)
    # 「会費 年額24,000円」「参加費：1名3,000円」「受講料は1人5,000円」: what the chamber charges
    money = r"(?:約\s*)?\d[\d,.]*\s*(?:千|万|百万|億)?\s*円"
    return re.sub(r"((?:年)?会費|参加費|受講料|利用料|相談料|入会金)\s*(?:は|:|：)?\s*"
                  rf"(?:年額|月額|1\s*(?:名|人|回|社|者|事業所)(?:当たり|あたり|につき)?)?\s*{money}", r"\1", text)


def _beside_targets(text: str) -> str:
    """Values said beside a target that are no targets: where things stand (a note, a bracket, a year's end, a
    population), results (after 実績, said done, a rate over the target), the pieces a target is worked out from."""
    # 「経営分析件数 年40件（前年度は34件で目標未達）」「創業者数 5年間で30人（過去5年間は22人）」「承認件数 年5件（県内
    # 平均は年3件）」: the year before, the past or an area's average in brackets after a value, what it is set against
    # (「（前年度目標40件）」「（前年度比3%増）」: the year before's target, a change from it: targets (settled rules))
    text = re.sub(r"(?<=[件者社人名回%所舗])\s*[(（]\s*(?:(?:前年度?|昨年度?|前期)(?!度?\s*(?:の?目標|比))"
                  r"|過去\s*(?:\d+\s*(?:年間|か年))?"
                  r"|(?:県|全国|市|町|村|業界|管内|地域)[^()（）\d]{0,4}?平均)"
                  r"\s*(?:は|の|で|では)?\s*[:：]?[^()（）]*\d[^()（）]*[)）]", "", text)
    # 「新規創業者数 年5人（町の開業率3.2%を上回る水準）」: the baseline a target is to beat, in brackets after it
    text = re.sub(r"[(（](?![^()（）]*目標)[^()（）]*\d[^()（）]*(?:を上回る|を下回る|を超える)\s*(?:水準|レベル)?"
                  r"\s*[)）]", "", text)
    # 「経営分析 250件（今年度実績238件）／事業計画策定 120件（同112件）」: 同 after a bracket of results is a result
    # too
    if re.search(r"[(（][^()（）]*実績[^()（）]*\d", text):
        text = re.sub(rf"[(（]\s*同\s*[:：]?\s*{_VALUE}\s*[)）]", "", text)
    # 「実績2人（累計4人）」「実績 12,400件（前年比108%）」: a bracket after a result says more of it
    text = re.sub(rf"((?:実績|結果)値?\s*[:：]?\s*(?:延べ|年間|累計)?\s*{_VALUE})\s*[(（](?![^()（）]*(?:目標|計画))"
                  r"[^()（）]*[)）]", r"\1", text)
    # 「小規模事業者数の約3割にあたる120者に対して」: the share a count was worked out as
    # (the population it is a share of, said before it with の, goes with it)
    text = re.sub(r"(?:[^\s\d、。,，をがはの]{1,12}の\s*)?(?:約)?\s*\d[\d.]*\s*(?:%|割)\s*(?:に)?"
                  r"(?:あたる|当たる|相当する)\s*(?=(?:約)?\s*\d)", "", text)
    # 「累計承認件数は11件で、当初目標（10件）を上回った」: a value said against the target, a result
    text = re.sub(rf"{_VALUE}\s*(?=で\s*[、,，]?\s*(?:当初)?目標(?:値)?(?:[(（][^()（）]*[)）])?\s*"
                  r"(?:を|に|どおり|通り))", "", text)
    # 「令和7年度は48件の策定を支援し、目標を達成した」: a value done, said before the sentence's past verb
    done = rf"(?<![\d,.]){_VALUE}\s*(?:の[^、。\d]{{1,8}}?)?\s*を?\s*(?:実施|開催|支援|訪問|獲得|策定)し\s*[、,，]"
    text = "。".join(re.sub(done, "", sentence)
                    if re.search(r"(?:た|ました)\s*$", sentence) and not re.search(r"目指|めざ|とする|予定", sentence)
                    else sentence for sentence in text.split("。"))
    # 「記帳機械化指導は、現在の利用者68名を引き続き支援する」: the clients a service has now
    text = re.sub(rf"((?:現在|現状|現行)の[^、。\d\s]{{1,10}}?)\s*(?:約)?\s*{_VALUE}(?=\s*(?:を|に|は|が))", r"\1",
                  text)
    # 「管内全事業者（約420事業者）」「全会員（480名）」: the size of a whole population in brackets
    text = re.sub(r"(全[^\s\d、。()（）]{0,6}?(?:事業者|事業所|会員|企業|商店|店舗|小規模事業者))\s*[(（]\s*(?:約)?"
                  r"\s*\d[\d,]*\s*(?:名|者|社|人|事業所|事業者|店|店舗)\s*[)）]", r"\1", text)
    # 「経営指導員が事業所を訪問しています（年間約900件）。」「…を発行しました（発行部数1,200部）。」: a bracket closing
    # a sentence on what is being done now or was done
    text = re.sub(r"(て(?:います|いる|おります)|(?:ま|し)した)\s*[(（](?![^()（）]*目標)[^()（）]*\d[^()（）]*[)）]"
                  r"(?=\s*(?:[。.]|$))", r"\1", text)
    # 「達成率＝実績値÷目標値×100」: a formula's hundred
    if "÷" in text:
        text = re.sub(r"[×✕]\s*100(?![\d,.])", _outside_brackets, text)
    # 「評価基準 Ａ：達成率100％以上 Ｂ：80％以上 Ｃ：…」: the thresholds of an evaluation's grades
    grade = r"(?:(?<=^)|(?<=[\s、,，]))[A-ES]\s*[:：]\s*(?:達成率)?\s*\d[\d.]*\s*%\s*(?:以上|未満|以下|超)"
    if len(re.findall(grade, text)) >= 2:
        text = re.sub(grade, "", text)
    # 「承認件数：累計12件（平成20年度～令和6年度）」: a total over years past (from a 平成 year)
    text = re.sub(rf"(?:累計|延べ|合計)?\s*{_VALUE}\s*[(（]\s*(?:平成|H)\s*\d+\s*年?度?\s*[~〜～\-‐から]"
                  r"[^()（）]*[)）]", "", text)
    # 「前計画期間（R2～R6）の平均は年22件」: a value of the plan before this one
    text = re.sub(r"(前計画(?:期間)?(?:[(（][^()（）]*[)）])?\s*(?:の|における)?\s*(?:平均|実績|累計|合計)?"
                  rf"\s*(?:は|で)?)\s*(?:年間?|年平均|毎年|延べ|累計)?\s*{_VALUE}", r"\1", text)
    # 「事業計画策定件数 25件 18件 72%」: a target, a result and its rate in a row, the rate the second over the first
    def rate_row(m: re.Match[str]) -> str:
        first, second = (float(v.replace(",", "")) for v in (m["first"], m["second"]))
        return m["target"] if rate_achieved(first, second, m["rate"]) else m[0]

    text = re.sub(r"(?P<target>(?<![\d,.])(?P<first>\d[\d,.]*)\s*(?P<unit>件|者|社|人|名|回|店舗|事業者|事業所))\s*"
                  r"(?P<second>\d[\d,.]*)\s*(?P=unit)\s*(?P<rate>\d[\d.]*)\s*%", rate_row, text)
    # 「経営計画策定 前年度 18件 本年度 16件 増減 -2件 次年度目標 22件」: before a target's cell, the cells of the
    # year before, of this one and of their difference are results
    text = re.sub(rf"(?:(?:前年度|昨年度|本年度|今年度|当年度)(?:実績)?|増減)\s*[:：]?\s*[+\-−▲△]?\s*{_VALUE}"
                  r"(?=[^。]*?目標値?\s*[:：]?\s*(?:年間?)?\s*\d)", "", text)
    # 「…マッチング件数は2件となる見込みであり、目標（3件）は未達となる見込み」: a result forecast beside the target
    text = re.sub(rf"{_VALUE}\s*(?:と|に)なる見込み(?:であり|で|だが|ですが)?\s*[、,，]?(?=[^。]*目標)", "", text)
    # 「…を5年間で8件とする。なお、平成26年度の支援件数は1件である。」: beside a sentence that sets a target, an aside
    # opened by なお that says no goal holds no target
    sentences = text.split("。")
    if len(sentences) > 1 and any(_GOAL_SAID.search(sentence) for sentence in sentences):
        text = "。".join("" if re.match(r"\s*なお\s*[、,，]", sentence) and not _GOAL_SAID.search(sentence)
                         else sentence for sentence in sentences)
    # 「商店街の空き店舗数 現状23店舗を15店舗以下に」: the baseline a change starts from
    # (「現状の10件から5件に」: read where the change's direction is, indicator_text)
    return re.sub(rf"(?:現状|現在|現行)\s*(?:の|は)?\s*(?:年間?|毎年)?\s*{_VALUE}\s*を\s*"
                  r"(?=(?:年間?|毎年|各年度)?\s*\d[^。]*?(?:に|へ|まで|とする))", "", text)


# What numbers a line holds that measure nothing: years, dates, list and item numbers, ordinals
_NO_MEASURE = re.compile(r"(?:令和|平成|R|H)\s*\d+\s*(?:年度?|[.．/／]\s*\d+(?:\s*[.．/／]\s*\d+)?)"
                         r"|\d+\s*月\s*\d+\s*日|\d+\s*月|第\s*\d+|[(（]\s*\d+\s*[)）]|^\s*\d+\s*[.．、)）]|[⑴-⒇①-⑳]|(?:19|20)\d\d\s*年度?"
                         r"|(?:評価|重点)?項目\s*\d+|No\s*[.．]?\s*\d+")
# A line that reports results, no target said in it (no 目標, no 計画 as a label): opened by a name of results
# (「事業計画策定支援実績 令和5年度 21件 令和6年度 24件」); lines opened by 実績 itself, by a year labelled 現状 or by
# the targets a revision replaced (「修正前目標値：…」): indicators._REFERENCE
_NO_GOAL = r"(?![^。]*(?:目標|(?<![一-龥ァ-ヶ])計画(?![一-龥ァ-ヶ])))"
_RESULTS_LINE = re.compile(r"^[^\d:：、。\s]{2,20}実績値?\s*(?:[:：]|\s)" + _NO_GOAL)


# A statement about results or the way things are, when it says no goal: the rate achieved (「R6までの累計達成率は
# 100.6%」), a figure of the year before (「同村の昨年の観光入込客数は約18万人」), the criteria a service picks its
# clients by (「伴走先の選定基準：従業員20人以下、かつ…」)
_ABOUT_RESULTS = re.compile(r"(?:達成率|進捗率|達成度)\s*(?:は|が)\s*(?:約)?\s*\d"
                            r"|(?:昨年|昨年度|前年|前年度|前期)の[^。\d]{1,20}?は\s*(?:約)?\s*\d"
                            r"|^[^:：\d]{0,12}(?:基準|要件|条件)\s*[:：]")
_GOAL_SAID = re.compile(r"目標|目指|めざ|計画値|とする|予定|見込|KPI|KGI|図る", re.I)


def no_target(text: str) -> bool:
    """Whether a statement sets no target at all: a line of results (see _RESULTS_LINE), or one whose only numbers
    are what the chamber charges, how many it takes or lets use it (see _charges_and_limits)."""
    text = re.sub(r"^[\s◆◇■□●○〇◯★☆▼▽▶▷►▸◎※・•]+", "", nfkc(text))
    if _RESULTS_LINE.search(text) or (_ABOUT_RESULTS.search(text) and not _GOAL_SAID.search(text)):
        return True
    return bool(re.search(r"\d", _NO_MEASURE.sub("", text))) \
        and not re.search(r"\d", _NO_MEASURE.sub("", _charges_and_limits(text)))


def report_and_revision(text: str) -> str:
    """The sentences of evaluation reports, minutes and revisions (the documents around a plan) rewritten so
    that only their targets are left: a result said against a target, a value before a revision and the
    words that label them go; the target stays where the name finder reads it."""
    text = _beside_targets(_charges_and_limits(text))
    # 「経費は総額4,820千円（うち県補助金2,100千円）」「事業費は5年間総額で18,750千円（年3,750千円）」
    # 「講師謝金として1回当たり5万円」「予算は年間5,400千円を見込む」: money said of the chamber's costs or budget
    # (経費, 事業費, 予算, 決算, 謝金 …), with the bracket after it, is no target
    money = r"\d[\d,.]*\s*(?:千|万|百万|億)?円"
    # (income, 「会費収入は1,840万円を見込む」, may be a target: left)
    text = re.sub(r"((?:経費|費用|事業費|予算額?|決算額?|謝金|委託料|負担金)"
                  r"(?:[^、。\d]{0,10}?|[^、。\d]{0,6}\d+\s*(?:年間|か年)[^、。\d]{0,4}?)"
                  r"(?:1\s*(?:回|件|人|者|社)\s*(?:当たり|あたり|当り))?)"
                  rf"(?:約\s*)?{money}(?:\s*[/／]\s*(?:者|社|件|人|回))?(?:\s*[(（][^()（）]*[)）])?"
                  rf"(?:\s*を含め(?:て)?\s*(?:約\s*)?{money})?", r"\1", text)
    # (「事業費は約300万円を予定しており、うち町補助金は150万円である」: the grant a cost is met with, the same)
    text = re.sub(rf"うち\s*[^\d、。]{{0,4}}?補助金?(?:充当額)?\s*(?:は|が)?\s*(?:約\s*)?{money}", "", text)
    # 「【目標】年45件　【実績】年51件　【達成状況】113.3％」「【実績】年2回、回収数 286件」: what a 実績 (結果,
    # 達成状況) label in lenticular brackets opens, up to the next such label or the line's end, is results
    text = re.sub(r"[【\[［<＜]\s*(?:実績値?|結果|達成状況|達成率|達成度|評価)\s*[】\]］>＞][^【\[［<＜\n]*", "", text)
    # 「会員加入 新規加入目標 15件（脱退見込み 8件）」: a forecast of something else in brackets after a target
    # (「（脱退は年10名程度を見込む）」: the forecast said after its value, the same)
    text = re.sub(r"[(（](?![^()（）]*目標)[^()（）\d]*見込み?\s*[:：]?\s*\d[^()（）]*[)）]"
                  r"|(?<=[件者社人名回%])\s*[(（](?![^()（）]*目標)[^()（）]*\d[^()（）]*見込[まむみ][^()（）]*[)）]",
                  "", text)
    # 「町全体の廃業率（令和5年度4.2%）を下回る3.0%以下」: a value in brackets a target is to beat, a baseline
    # (a year's value only: 「県平均の開業率（3.8%）を上回る」 names the baseline, read by the name finder;
    # 「目標（60%）を下回った」 is the target)
    text = re.sub(r"(?<!目標)(?<!目標値)[(（][^()（）]*(?:令和|平成|R|H)\s*\d+[^()（）]*\d[^()（）]*[)）]"
                  r"(?=\s*を\s*(?:上回|下回|超え))", "", text)
    # 「現状の2倍の40店舗」: the multiple a target was worked out as, before it
    text = re.sub(r"(?:(?:現状|現在|前年度?|基準年度?)\s*の\s*)?\d[\d.]*\s*倍\s*(?:の|となる|にあたる|に当たる)"
                  r"\s*(?=\d)", "", text)
    # 「42%と目標（60%）を下回った」: a value said against the target in brackets, a result
    text = re.sub(rf"{_VALUE}\s*と\s*(?=目標値?\s*[(（][^()（）]*[)）]\s*を\s*(?:下回|上回))", "", text)
    # 「指導員4名×月20件」: the staff a count is done by, times it
    text = re.sub(rf"(?:{STAFF})\s*\d+\s*(?:名|人)\s*[×✕]\s*(?![^()（）]*[)）])", "", text)  # (in brackets: below)
    # 「前年度を3件上回った」「市平均より1ポイント低い」: a difference from another value, no target
    text = re.sub(rf"(?:\d[\d,.]*\s*ポイント|{_VALUE})\s*(?=上回った|上回りました|下回った|下回りました|低い|高い)", "",
                  text)  # (the verb stays: a past one still closes a result's clause)
    text = re.sub(r"[(（][^()（）]*\d[^()（）]*[)）](?=\s*より)", "", text)  # (「市平均（3.8%）より」: a baseline)
    # 「令和5年度実績で1.2億円」: a value said as a result
    text = re.sub(rf"実績値?\s*で\s*(?:約)?\s*{_VALUE}", "", text)
    # 「（令和6年度調査 1,520人／日）」: a figure of a survey in brackets
    text = re.sub(r"[(（]\s*(?:(?:令和|平成|R|H)\s*\d+\s*年度?)\s*の?\s*調査[^()（）]*\d[^()（）]*[)）]", "", text)
    # 「60件/年（経営分析件数の50%）」: a share of another count in brackets after a target, restating it
    # (「80者（会員の約2割）」「10件（管内約300事業者の3%）」: the population's size said in it, the same)
    text = re.sub(r"(?<=[件者社人名回%年])\s*[(（][^()（）]*[^()（）\d\s]の\s*(?:約)?\s*\d[\d.]*\s*(?:%|割)"
                  r"\s*(?:程度|相当)?\s*[)）]", "", text)
    # 「地域の小規模事業者約350者に対し、…情報提供を行う」「全会員（約480名）を対象に」: the population a service
    # reaches, no target (a target said after it keeps its number)
    text = re.sub(rf"約\s*{_VALUE}\s*に対し(?:て)?\s*[、,，](?=[^。\d]*(?:。|$))", "に対し、", text)
    text = re.sub(r"[(（]\s*約\s*\d[\d,]*\s*(?:名|者|社|人|事業所|事業者)\s*[)）]\s*(?=を対象)", "", text)
    # 「管内小規模事業者1,450者の約2%にあたる年30者」: the population and share a target was worked out from
    text = re.sub(rf"{_VALUE}\s*の\s*(?:約)?\s*\d[\d.]*\s*(?:%|割)\s*(?:に)?(?:あたる|当たる|相当する)", "", text)
    # 「開催の2か月前」: a time before an event, no measure
    text = re.sub(r"\d+\s*(?:か月|ヶ月|カ月|ヵ月|週間)\s*前", "", text)
    # 「累計127件という実績」: a value called a result
    text = re.sub(rf"(?:累計|延べ)?\s*{_VALUE}\s*という(?:実績|結果)", "", text)
    # 「年3回まで利用できます」: how often a service may be used, a limit, no target
    text = re.sub(rf"(?:年間?|毎年)?\s*{_VALUE}\s*まで\s*(?:の|[^、。\d]{{0,6}}?)\s*"
                  r"(?:利用|申込|申し込み|申請|参加|受講|派遣)\s*(?:でき|可能|が可能)", "", text)
    # 「3回開催した（参加者延べ74名）」: a bracket after what was done is its result
    text = re.sub(rf"({_DONE})\s*[(（](?![^()（）]*目標)[^()（）]*\d[^()（）]*[)）]", r"\1", text)
    # 「経営分析 190件（今年度180件）」「記帳指導先 40件（令和7年度 38件）」: a value of this (or a named) year in
    # brackets right after a target, one value and no 目標, is where things stand
    text = re.sub(r"(?<=[件者社人名回%])\s*[(（]\s*(?:今年度|本年度|当年度|(?:令和|平成|R)\s*\d+\s*年度)\s*[:：]?\s*"
                  r"(?:実績|見込み?)?\s*\d[\d,.]*\s*[^()（）\d、,，]{0,4}[)）]", "", text)
    # 「（15時40分閉会）」「10月15日～16日」: a clock time, the last day of a date's range: no measures
    text = re.sub(r"(?<![\d,.])\d{1,2}\s*時\s*\d{1,2}\s*分|(?<=日)\s*[~〜～]\s*\d{1,2}\s*日", "", text)
    # 「評価 4（5段階）」「評価平均3.4」: a grade by number on a scale, results
    text = re.sub(r"評価\s*[:：]?\s*[1-5](?:\.\d+)?\s*[(（]\s*\d\s*段階(?:評価)?\s*[)）]"
                  r"|評価平均\s*[:：]?\s*\d(?:\.\d+)?",
                  "", text)
    # 「観光客数は年間約85万人（令和5年）」「約三百事業所（令和五年）」「（令和5年度調査）」: a value of a calendar year
    # (or of a survey, as of a time) in brackets after it is a statistic, where things stand (a value with its fiscal
    # year, 「5件（R8年度）」, is a target for that year: left)
    text = re.sub(rf"(?:年間|約|\s)*{_VALUE}\s*[(（]\s*(?:令和|平成|R|H)\s*\d+\s*"
                  r"(?:年(?!度)|年度?\s*(?:調査|時点))[^()（）]*[)）]", "", text)
    # 「現時点で6件です」「これまでに12件」: where things stand now, no target
    text = re.sub(r"(?:現時点|現在|これまで|今まで|\d+\s*年目(?:終了)?時点)\s*(?:で|では|までに?|のところ)\s*(?:は)?"
                  r"\s*[、,，]?\s*"
                  rf"(?:累計|延べ)?\s*{_VALUE}",
                  "", text)
    # 「前計画の平均1.2%を踏まえ」: a value a target is set from, no target
    text = re.sub(rf"(?:平均|実績)?\s*{_VALUE}\s*を踏まえ", "を踏まえ", text)
    # 「評価委員5名中4名が」: how many of a body said what, no measure
    text = re.sub(r"(?:委員|出席者|回答者)\s*\d+\s*(?:名|人)\s*中\s*\d+\s*(?:名|人)", "", text)
    # 「「X（年10件）」を「Y（年10件）」に改める」「「A（年20件）」及び「B（年5件）」を統合し」: the quoted targets a
    # revision replaces or merges (before を) are no targets
    # (「当初計画の「年4回」を「年2回以上」に改め」: a value quoted alone is read below)
    text = re.sub(r"「[^「」\d]{3,}[^「」]*\d[^「」]*」(?=(?:\s*(?:及び|および|と|、)\s*「[^「」]*」)*\s*を[^。]*?"
                  r"(?:改め|統合|変更|見直|置き換|差し替|削除|廃止|(?:上方|下方)?修正|引き上げ|引き下げ|引上げ"
                  r"|引下げ))", "", text)
    # 「「X（年間60名）」の指標は、…削除する」: a target withdrawn, said with its word
    text = re.sub(r"「[^「」]*\d[^「」]*」(?=の(?:指標|目標)(?:値)?は[^。]*?(?:削除|撤回|廃止|取り下げ|取りやめ))", "",
                  text)
    # 「年間15件（変更後：年間20件）」: the value a revision replaced, before the new one in brackets;
    # 「5年間で10件（変更前：5年間で6件）」 the old one in brackets
    span = r"(?:\d+\s*(?:年間|か年)\s*で?|年間?|毎年|各年度|累計|延べ)?\s*"
    text = re.sub(rf"{span}{_VALUE}\s*[(（]\s*(?:変更|修正|見直し)後\s*[:：]?\s*({span}{_VALUE}[^()（）]*)[)）]", r"\1",
                  text)
    text = re.sub(rf"[(（]\s*(?:変更|修正|見直し)前\s*[:：]?\s*{span}{_VALUE}(?:以上|以下|以内|未満)?\s*[)）]", "",
                  text)
    # 「計画目標（各年度5件）に対し」「目標（累計30名）に対する達成率は」「目標（3件）は未達」: a target in brackets
    # after the word, measured against, is said as 「目標5件に対し」 (read below)
    # (「需要動向調査の目標値（年2回）に対し」: a target after its name and の, read below as it is)
    text = re.sub(r"(?<!の)(?:計画|当初)?(年間|累計)?目標(?:値|件数|数)?\s*[(（]\s*([^()（）]*\d[^()（）]*)[)）]"
                  r"(?=\s*(?:に対し|に対する|は未達|には?届|に及ば))",
                  lambda m: "目標" + (m[1] or "") + m[2], text)
    # 「X数は累計27名で、目標累計30名に対する達成率は90%であった」: in a sentence that gives the rate achieved against a
    # target, a value before the target is the result
    text = "。".join(re.sub(rf"(?<![\d,.])(?:累計|延べ|年間)?\s*{_VALUE}(?=[^。\d]*目標値?\s*(?:累計|年間|延べ)?\s*\d"
                            r"[^。]*?に対する(?:達成|進捗)(?:率|度))", "", sentence)
                     for sentence in text.split("。"))
    # 「修正前 50件／年　修正後 35件／年」「（変更前）X 年間60人　（変更後）X 年間80人」: a revision; what was
    # before it is no target, the labels of both go
    # (「修正前：X 年間10件 → 修正後：年間15件」: the name, said only before, kept for the new value)
    def revision(m: re.Match[str]) -> str:
        after = m.string[m.end():]
        return " " + m["name"].strip() + " " if re.match(r"\s*(?:年間?|毎年|各年度|延べ|累計)?\s*\d", after) else " "

    # (「【修正前】X 年5件\n【修正後】X 年8件」: in lenticular brackets, on two lines, the same)
    text = re.sub(r"[(（【]?\s*(?:修正|変更|見直し)前\s*[)）】]?\s*[:：]?\s*(?P<name>[^\d]*?)"
                  r"\s*(?:年間?|毎年|各年度|延べ|累計)?\s*\d[\s\S]*?"
                  r"[(（【]?\s*(?:修正|変更|見直し)後\s*[)）】]?\s*[:：]?\s*", revision, text)
    # (「（旧）X 年1回　（新）年2回」: the name said once, before the old value)
    text = re.sub(r"[(（]\s*旧\s*[)）]\s*([^\d]*?)\s*(?:年間?|毎年)?\s*\d[^()（）]*?[(（]\s*新\s*[)）]\s*", r"\1 ",
                  text)
    # 「指標名「IT化支援件数」を「DX推進支援件数」に改め、目標値（年15件）は変更しない」: a renamed indicator, its
    # new name
    text = re.sub(r"(?:指標名?)?「[^「」\d]+」を「([^「」\d]+)」に(?:改め|変更し|改称し|名称変更し)[、,，]?\s*"
                  r"(?:目標値?\s*[(（]([^()（）]*\d[^()（）]*)[)）])?",
                  lambda m: m[1] + " " + (m[2] or ""), text)
    # 「別表1の目標「X 5年間で10品目」は、…に伴い削除する」「修正前の目標（年30件）は撤回し」: a target withdrawn
    text = re.sub(r"「[^「」]*\d[^「」]*」(?=は[^。]*?(?:削除|撤回|廃止|取り下げ|取りやめ))", "", text)
    # 「売上増加事業者数の目標（年20者）は低すぎる」「年10件では少ない」: a value weighed (an opinion on it), no target
    text = re.sub(rf"[(（]\s*(?:年間?|毎年)?\s*{_VALUE}\s*[)）]"
                  r"(?=\s*(?:では|は|が)\s*(?:低|高|少な|多)(?:すぎ|過ぎ))", "", text)
    # (「残り2年で7品目は厳しい」「年5件では過大」: a value said to be hard or too much, the same)
    # (inside a quote, 「「年間5品目は過大」との意見」, the opinion's words name nothing: left to the revision read
    # below)
    def weighed(m: re.Match[str]) -> str:
        before = m.string[:m.start()]
        return m[0] if before.count("「") > before.count("」") else ""


    text = re.sub(rf"(?:年間?|毎年)?\s*{_VALUE}\s*"
                  r"(?=(?:では|は|が|も)\s*(?:厳し|難し|困難|過大|過小|無理|(?:低|高|少な|多)(?:すぎ|過ぎ)))",
                  weighed, text)
    # 「年24回を計画していたが、…年20回に見直した」「年10件としていたが」: the value a revision replaced, said in the
    # past
    # (with no revision after it, 「目標を200件としていたが、実績は171件」, the target stays)
    text = re.sub(rf"(?:年間?|毎年|各年度|累計)?\s*{_VALUE}\s*(?:を|と)\s*(?:計画|予定|目標と)?\s*し(?:て)?いたが"
                  r"(?=[^。]*(?:見直|修正|変更|引き上げ|引き下げ|引上げ|引下げ|改め|上方|下方))", "", text)
    # 「年2件→削除」: a target withdrawn after an arrow
    text = re.sub(rf"(?:年間?|毎年|各年度|累計)?\s*{_VALUE}\s*[→⇒]\s*(?:削除|廃止|撤回|取り下げ)", "", text)
    # 「1件の承認にとどまりました」「3ポイント届かなかった」: a value a result stopped at, or fell short by, no target
    # (「目標30件のところ実績22件にとどまった」: after 実績, read below)
    text = re.sub(rf"(?<!実績)(?<!実績は)(?<!実績値){_VALUE}\s*(?:の[^、。\d]{{1,8}}?)?\s*に\s*(?:とどま|留ま)"
                  r"(?:った|りました|っている|っています)", "", text)
    text = re.sub(rf"(?:\d[\d,.]*\s*ポイント|{_VALUE})\s*(?=(?:届か|及ば|足りな|不足し))", "", text)
    # 「需要動向調査の対象を「A（年1回、100人）」から「B（年2回、各回50人）」に変更する」: what is changed from, quoted
    text = re.sub(r"「[^「」]*\d[^「」]*」\s*から"
                  r"(?=\s*「[^「」]*」\s*(?:に|へ)\s*(?:変更|改め|見直|修正|切替|切り替え))", "", text)
    # 「当初計画の「年4回」を「年2回以上」に改め」: a value quoted as the plan's words is the value
    text = re.sub(r"「((?:年間?|毎年|月|延べ)?\s*\d[^「」]{0,8})」", r"\1", text)
    # 「【R7様式】1.（3）目標」: a section's number (「1.（3）」) measures nothing
    text = re.sub(r"(?<![\d,.])\d{1,2}\s*[.．]\s*[(（]\s*\d{1,2}\s*[)）]", "", text)
    # 「（年間24回、1回あたり3時間）」: how long each session lasts describes it, no target
    # (「セミナーは1回2時間、」: あたり unsaid, the same)
    text = re.sub(r"[、,，]?\s*(?:1\s*回|各回|毎回)\s*(?:あたり|当たり|当り)?\s*\d[\d.]*\s*(?:時間|分)(?:程度)?", "",
                  text)
    # 「前年度（3件）を上回る」: the year before's value, no target of this one
    text = re.sub(rf"(前年度|昨年度|前年|前回|現状|現行)\s*[(（]\s*(?:約)?\s*{_VALUE}\s*[)）]", r"\1", text)
    # 「前年度目標20者／」「前年度目標160件に対し実績150件」: the year before's target is a target all the same (the
    # settled rules since session 10: only 実績, 達成率 and the value a revision replaced are dropped); its label goes
    text = re.sub(rf"(?:前年度|昨年度|前期|前回)の?目標値?\s*[:：]?\s*(?=(?:年間?|延べ|累計)?\s*{_VALUE})", " ", text)
    # 「前年比10%増の33件」: the change a count comes to, said before it with の, is how it is reached
    text = re.sub(r"(?:対?前年度?|昨年度?)比?\s*[+＋]?\s*\d[\d.]*\s*%\s*(?:の)?(?:増|減|増加|減少)の\s*(?=\d)", "",
                  text)
    # 「売上高を、支援開始から3年で20%増加させる」: the time from an event a change is counted over, no name
    text = re.sub(r"(?<=[、,，を])\s*[^、。\d\s]{1,10}から\s*\d+\s*(?:年|か月|ヶ月|ヵ月)(?:間|後)?\s*(?:以内)?で\s*",
                  "", text)
    # 「現状20件から、毎年30件へ」: a baseline closed by 「から、」, then the target
    text = re.sub(rf"(?:現状|現行|現在)\s*の?\s*(?:年間?|毎年)?\s*{_VALUE}\s*から\s*[、,，]\s*"
                  r"(?=(?:年間?|毎年|各年度)?\s*\d)", "", text)
    # 「経営分析件数　現行28件」: a 現行 value alone (no target after it) is where things stand
    text = re.sub(rf"(?<=\S)\s+(?:現行|現状|現在)値?\s*[:：]?\s*{_VALUE}\s*$", "", text)
    # 「令和12年度の組織率を60%（令和6年度：55%）に」: a value of an earlier year, in brackets beside a target for a
    # later one, is where things stood
    years = [int(y) for y in re.findall(r"(?:令和|R)\s*(\d+)\s*年", text)]
    text = re.sub(rf"[(（]\s*(?:令和|R)\s*(\d+)\s*年度?\s*[:：]?\s*(?:実績|現状)?\s*{_VALUE}\s*[)）]",
                  lambda m: "" if int(m[1]) < max(years) or re.search(r"[るすた]\s*$", m.string[:m.start()]) else m[0],
                  text)
    # (「廃業率を2.5%以下に抑える（令和5年度 3.1%）」: a year's value in brackets after the sentence's verb, the same)
    # 「毎月第2水曜日に定例相談会（年12回）を開催」: the day of a schedule, no part of a name
    text = re.sub(r"(?:毎月|毎週)?\s*第\s*\d\s*[月火水木金土日]曜日?\s*(?:に|の)?\s*", "", text)
    # 「【P】目標：X 年間30者　【D】実施：A 12者、B 9者」「Do：…を実施。」: the Do (and Check) of a PDCA sheet says
    # what was done, up to the next part's label
    text = re.sub(r"(?:【\s*[DC]\s*】|(?:^|(?<=[\s。]))(?:Do|Check(?:\s*/\s*Action)?)\s*[:：])[^【。]*[。]?", " ", text)
    # (「Ｄ（実行）：商談会2回出展 Ｃ（評価）：成約6件 Ａ（改善）：…」: the letter and its word in brackets, up to
    # the next part's label)
    text = re.sub(r"(?:^|(?<=[\s。]))[DC]\s*[(（][^()（）\d]{1,6}[)）]\s*[:：].*?"
                  r"(?=\s*[APDC]\s*[(（][^()（）\d]{1,6}[)）]\s*[:：]|。|\n|$)", " ", text)
    # 「（昨年は15名でした）」「（令和7年度は12件でした）」: a value said in the past, in brackets, is a result
    text = re.sub(r"[(（](?![^()（）]*目標)[^()（）]*\d[^()（）]*(?:でした|だった|であった|ました|た)\s*[)）]", "",
                  text)
    # 「約2,800社（2025年4月現在）」「（3月末時点）」「1,284 事業所（令和6年3月末）」: a value said as of a date is
    # where things stand
    # (「会員数 1,482（令和8年3月末現在）」: a bare number the same)
    text = re.sub(rf"(?:{_VALUE}|(?<![\d,.])\d[\d,.]*)\s*[(（](?![^()（）]*目標)[^()（）]*(?:現在|時点|月末)\s*[)）]",
                  "", text)
    # 「（事業費3,500千円）」「（前回来場者 7,200人、事業費 1,850千円）」: a budget or a past figure, an aside
    text = re.sub(r"[(（][^()（）]*(?:事業費|予算額?|決算額?|前回)[^()（）]*\d[^()（）]*[)）]", "", text)
    # 「（5点満点）」「5点満点中」: the scale of a score, no value of its own
    # (「次の3点」「以下の2点」: the number of points a text lists, no measure)
    text = re.sub(r"[(（]\s*\d+\s*点\s*満点\s*[)）]|(?<=次の|下の|記の)\s*\d+\s*点", "", text)
    # 「（令和2年経済センサス 3,412事業所）」: a figure quoted from statistics, a reference
    # (「…数は187者（令和3年経済センサス）」: the figure before such a bracket too)
    text = re.sub(rf"(?:{_VALUE}\s*)?[(（][^()（）]*(?:センサス|統計)[^()（）]*[)）]", "", text)
    # (「町の統計（令和5年度：町内新規雇用37人）と照合」: a figure in brackets after the word, the same)
    text = re.sub(r"(?:(?<=センサス)|(?<=統計))\s*[(（][^()（）]*\d[^()（）]*[)）]", "", text)
    # 「目標60名（定員30名×2回）」: how a target is made up, a product in brackets after it
    text = re.sub(r"(?<=[件者社人名回%])\s*[(（][^()（）]*\d\s*[^()（）\d]{0,3}\s*[×✕][^()（）]*\d[^()（）]*[)）]", "",
                  text)
    # 「（前年度比＋3件）」: a count's change from the year before, in brackets, describes it
    text = re.sub(r"[(（]\s*(?:対?前年度?|昨年度?)比\s*[+＋\-−]\s*\d[\d,]*\s*"
                  r"(?:件|者|社|人|名|回|事業者|事業所|千円|万円|億円|円|%|ポイント)\s*[)）]", "", text)
    # 「R8.5.18」「vol.88」「No.12」: a date written with dots, an issue's number: no measures
    text = re.sub(r"(?:令和|平成|R|H)\s*\d{1,2}\s*[.．/／]\s*\d{1,2}\s*[.．/／]\s*\d{1,2}|vol\s*[.．]?\s*\d+"
                  r"|(?:(?<=だより)|(?<=通信)|(?<=会報))\s*No\s*[.．]?\s*\d+", "", text,
                  flags=re.I)
    # 「…に関すること（３）目標」: the number of the 目標 item of a section
    text = re.sub(r"[(（]\s*\d{1,2}\s*[)）](?=\s*目標)", " ", text)
    # 「令和6年度（基準年）：18件」: the value of the base year, a baseline
    text = re.sub(rf"[(（]\s*基準(?:年度?|値)\s*[)）]\s*[:：]?\s*{_VALUE}", "", text)
    # 「評価：３」「評価 4」: a grade by number, a result (「評価：Ｂ」 is read by RESULT_CELL)
    # (「評価 5｜X｜件」: a header's last column, the row's number after it, is no grade)
    text = re.sub(r"(?:(?<=^)|(?<=[\s|/／]))評価\s*(?:[:：]\s*[1-5](?![\d.,]|\s*(?:件|者|社|人|名|回|%|点))|[1-5]\s*$)",
                  "", text)
    # 「議事(2)に移る」「議題3」「第2号議案」: the number of an item of a meeting's agenda measures nothing
    text = re.sub(r"(?:議事|議題|議案)\s*[(（]?\s*\d+\s*[)）]?|\d+\s*号議案", "", text)
    # 「巡回訪問 延べ58回（年間目標240回に対する進捗率24.2%）」: a value before the target it is measured against, in
    # brackets, is a result
    text = re.sub(rf"(?:延べ|年間|累計)?\s*(?<![\d,.]){_VALUE}\s*"
                  r"(?=[(（]\s*(?:年間|累計|計画期間|\d+年間)?の?目標値?\s*[:：]?\s*(?:年間?|延べ)?"
                  r"\s*\d[^()（）]*(?:に対する|に対し|比)[^()（）]*(?:進捗|達成)[率度])", "", text)
    # 「事業承継は9件と目標の半分にも届いておらず」: a value said against the target it falls short of, a result
    text = re.sub(rf"{_VALUE}\s*と\s*目標[^、。\d]*?(?:届|及ば|達し|下回|上回)", "", text)
    # 「1回の出展あたり2件」: one of something with its noun before あたり, a denominator
    text = re.sub(r"(?<![\d,.])1\s*(?:回|社|者|人|店)の[^\d、。,，]{1,6}?(?:あたり|当たり|当り)", "", text)
    # 「（計画比65.3%）」「（進捗率24.2%）」: how far a result has come, in brackets
    text = re.sub(r"[(（](?![^()（）]*目標\s*\d)[^()（）]*(?:計画比|目標比|進捗率|達成率|達成度)[^()（）]*[)）]", "",
                  text)
    # 「事業評価シート（様式2）」: a form's number
    text = re.sub(r"[(（]\s*様式\s*(?:第)?\s*\d+\s*(?:号)?\s*[)）]", "", text)
    # 「前年比3%増 → 実績 前年比2.1%増（未達）」: after an arrow, the result
    text = re.sub(r"\s*[→⇒]\s*実績[^、。]*", "", text)
    # 「→次年度目標85件」: the next year's target after an arrow, its label no name
    text = re.sub(r"\s*[→⇒]\s*(?:次年度|来年度|翌年度)の?目標値?\s*[:：]?\s*", " ", text)
    # 「事業計画策定121件（目標120件）」: a value right before its target in brackets is the result
    # (「実績38件（目標40件）」: the result's label goes with it)
    # (「…は4者（目標5者）であった」「…は2件（目標3件、達成率67%）にとどまった」「延べ612回実施した（目標600回）」: the
    # words that report the result, and the rate in the bracket, go with it: the target is left as the sentence's value)
    text = re.sub(rf"(?:実績値?\s*[:：]?\s*)?(?:延べ|年間|累計)?\s*{_VALUE}\s*{_DONE}?\s*[(（]\s*目標値?\s*[:：]?\s*"
                  rf"((?:年間?|延べ|累計|毎年)?\s*{_VALUE})\s*(?:[、,，]\s*(?:達成率|進捗率|達成度)[^()（）]*)?[)）]"
                  rf"(?:\s*{_REPORTED})?", r"\1", text)
    # 「目標値は経営分析件数40件であったが、実績は44件となり」: a target said in the past against its result is the
    # target (its clause no past of its own)
    text = re.sub(rf"({_VALUE})\s*(?:であった|だった|でした)が\s*[、,，]\s*(?=[^。]*実績)", r"\1、", text)
    # 「（目標）創業支援件数12件（実績）9件」: a value after a bracketed 実績 label is a result
    # (「商談成立件数（目標値Ａ）５件　（実績値Ｂ）７件　（Ｂ／Ａ）140％」: columns lettered, the ratio a result too)
    text = re.sub(rf"[(（]\s*(?:実績値?\s*[A-Z]?|[A-Z]\s*[/／]\s*[A-Z])\s*[)）]\s*{_VALUE}", "", text)
    text = re.sub(r"[(（]\s*目標値?\s*[A-Z]\s*[)）]", " ", text)
    # 「当初目標 20者　変更後目標 25者」: the first target, revised; the revised one's label
    # (「当初目標　年間30件\n見直し後　年間24件」: over two lines, a span before the value)
    text = re.sub(rf"当初(?:目標|計画)値?\s*(?:[(（][^()（）]*[)）])?\s*[:：]?\s*(?:年間?|毎年|各年度|累計)?\s*{_VALUE}"
                  r"(?=[\s\S]*(?:変更|修正|見直し)後|[\s\S]*改定)", "", text)
    text = re.sub(r"(?:変更|修正|見直し)後の?(?:目標|計画)値?\s*[:：]?\s*(?=(?:年間?|毎年)?\s*\d)", " ", text)
    # 「目標値：年12回→改定値：年8回」: a revised value's label after the arrow
    text = re.sub(r"([→⇒])\s*(?:改定|修正|変更|見直し)後?の?(?:目標)?値?\s*[:：]\s*", r"\1", text)
    # 「【お知らせ】第3回経営セミナーは11月15日（金）18時から」: a date and an hour, an ordinal: no measures
    text = re.sub(r"(?<![\d])\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*[(（][月火水木金土日][)）])?"
                  r"(?:\s*\d{1,2}\s*時(?:\s*\d{1,2}\s*分)?)?",
                  "", text)
    text = re.sub(r"第\s*\d+\s*(?=回|期|号)", "第", text)
    # 「目標値を、令和7年度から年間50件に」: the year a value holds from, no part of any name
    text = re.sub(r"(?:令和|平成|R)\s*\d+\s*年度?\s*(?:から|以降|より)\s*[、,，]?\s*(?=(?:年間?|毎年|各年度)?\s*\d)",
                  "", text)
    # 「令和6年度の目標値は…」「次年度の数値目標は、…」: the year a target is for, opening a sentence, labels it
    text = re.sub(r"^(?:(?:令和|平成|R)\s*\d+\s*年度|次年度|来年度|本年度|今年度|翌年度|来期|次期)\s*の?\s*"
                  r"(?:数値|重点)?目標値?\s*(?:は|として)\s*[、,，]?\s*(?![^。]*(?:であった|だった)が)", "", text)
    # 「目標値／実績値：120回／98回」: paired labels, then paired values; the first is the target
    text = re.sub(rf"(?:目標|計画)値?\s*[/／]\s*実績値?\s*[:：]?\s*({_VALUE})\s*[/／]\s*{_VALUE}", r" \1", text)
    # 「専門家派遣　延べ24回／経営指導員による巡回　延べ960回」: a slash after a value, before a name, parts two
    # statements
    # (「目標4回／実績3回」: a cell's label after the slash, no name)
    text = re.sub(rf"({_VALUE})\s*[/／]\s*(?!実績|達成|目標|計画(?![一-龥ァ-ヶ])|評価|進捗)"
                  r"(?=[^\d\s/／年月日回人社者件:：][^\d\s/／:：])", r"\1、", text)
    # 「実施 延べ26回（うち事業承継関係9回）」: a part of a result is a result
    text = re.sub(rf"((?:実施|実績)値?\s*[:：]?\s*(?:延べ|年間)?\s*{_VALUE})\s*[(（]\s*うち[^()（）]*[)）]", r"\1",
                  text)
    # 「セミナー開催回数4回／年間目標6回」: a value before 「／目標」 is what was done so far
    text = re.sub(rf"{_VALUE}\s*[/／]\s*(?=(?:年間|累計)?\s*(?:目標|計画)値?\s*[:：]?\s*\d)", " ", text)
    # 「目標30分以内→実績42分」: an arrow from the target to the result (the other way from a baseline's arrow)
    text = re.sub(rf"((?:目標|計画)値?\s*[:：]?\s*{_VALUE}(?:以上|以下|以内|未満)?)\s*[→⇒]\s*"
                  rf"実績値?\s*[:：]?\s*{_VALUE}", r"\1", text)
    # 「目標60件に対し58件を実施した」「目標3件に対し現時点で1件」「予算額4,800千円に対し決算額…」: the value
    # compared against (before に対し) is the target, what follows in its clause a result
    # (inside a bracket, 「（5年間の目標値120者に対し73.3％）」, up to the bracket's end)
    def against(m: re.Match[str]) -> str:
        before, tail = m.string[:m.start()], m[0][len(m[1]):]
        if len(re.findall(r"[(（]", before)) > len(re.findall(r"[)）]", before)):
            tail, kept = re.match(r"([^()（）]*)(.*)", tail).groups()
        else:
            kept = ""
        return m[1] + kept if re.search(r"\d", tail) else m[0]

    # (「年間1,200回の目標に対し1,254回を実施し」: the value said before 「の目標」, the same)
    text = re.sub(rf"({_VALUE}(?:以上|以下|以内|未満)?)\s*(?:の目標値?)?\s*に対(?:し(?:て)?|する)\s*[、,，]?[^、。]*",
                  against, text)
    # 「目標100件のところ、3年目終了時点で64件…」: after 「のところ」 the sentence says what was done
    text = re.sub(rf"({_VALUE}(?:\s*[(（][^()（）]*[)）])?)\s*のところ\s*[、,，][^。]*", r"\1", text)
    # 「計画12回中5回実施」: a part of a planned count, done, is a result
    text = re.sub(rf"((?:目標|計画)値?\s*{_VALUE})\s*中\s*{_VALUE}\s*(?:を)?実施(?:済み?)?", r"\1", text)
    # 「セミナー参加者数は計画150人に対し」: 計画 after a particle labels the value after it, as 目標 does
    text = re.sub(r"(?<=[はがで、,，])\s*計画値?\s*(?=(?:年間|延べ|累計|毎年)?\s*\d)", "", text)
    # 「上半期で22件を実施した」「…10件を開催済み」: a value said done is a result
    # (「目標の8名を達成した」: the target a result reached, kept)
    # (「令和7年度の目標である創業者数8者を達成した」: a target said as such earlier in the clause, the same)
    def done(m: re.Match[str]) -> str:
        clause = re.split(r"[。、,，]", m.string[:m.start()])[-1]
        return m[0] if "達成" in m[0] and re.search(r"目標(?:値)?(?:である|の)", clause) else ""

    text = re.sub(rf"(?<![\d,.])(?<!目標)(?<!目標の)(?<!目標値){_VALUE}\s*(?:を|の)?\s*"
                  r"(?:実施|開催|支援|達成|獲得|訪問)(?:し)?(?:た|済み?)"
                  r"(?=\s*(?:[。、,，(（]|$))", done, text)
    # 「原案どおり経営分析件数50件とする」: as a draft had it, no part of a name
    text = re.sub(r"原案(?:の)?(?:どおり|通り)\s*[、,，]?", "", text)
    # 「3年連続で目標を達成」: how many years in a row, no measure
    text = re.sub(r"\d+\s*(?:年度?|期)\s*連続\s*で?", "", text)
    # 「受講者数が目標の40人を下回った」「目標（各年度50者）を達成しており」: a target a result is measured
    # against; the value stays, the comparison goes
    text = re.sub(rf"目標値?\s*の?\s*((?:年間?|毎年|累計|延べ)?\s*{_VALUE})\s*を[^、。\d]*?"
                  r"(?:上回|下回|達成|超え|クリア)[^、。]*", r"\1", text)
    text = re.sub(r"目標値?\s*[(（]([^()（）]*\d[^()（）]*)[)）]\s*を[^、。\d]*?"
                  r"(?:上回|下回|達成|超え|クリア)[^、。]*", r"\1", text)
    # 「成約件数（目標：年間15件）は」「事業計画策定数（目標25者）は達成」: a target in brackets after its name
    # (「経営分析件数（計画40件）は」: 計画 labels it as 目標 does)
    text = re.sub(r"[(（]\s*(?:当初)?(?:目標|計画(?!期間))値?\s*[:：]?\s*([^()（）]*\d[^()（）]*)[)）]", r" \1", text)
    # 「…は、今年度19件と目標を上回った」: a value said to have passed (or missed) the target is a result
    text = re.sub(rf"[、,，]\s*[^、。\d]*{_VALUE}\s*と\s*(?:目標を?)?\s*(?:大きく)?(?:上回|下回)[^、。]*", "",
                  text)
    # 「（対象：計画策定事業者24者中10者）」: the population a rate is taken over, an aside
    text = re.sub(r"[(（]\s*対象\s*[:：][^()（）]*[)）]", "", text)
    # 「修正前の目標（年30件）は撤回し」: a target before a revision, in brackets
    text = re.sub(r"(?:修正|変更|見直し)前の目標値?\s*[(（][^()（）]*[)）]", "", text)
    # 「展示会出展支援10社を6社に下方修正する」「…を1社当たり50万円から30万円に引き下げる」: the value revised (before
    # を or から) is no target; the new one stays after the name
    revised = (r"(?=(?:年間?|毎年|各年度|累計)?\s*\d[\d,.]*\s*[^\s\d]{0,3}?\s*(?:以上|以下|以内|未満)?"
               r"\s*(?:に|へ|まで)\s*(?:と\s*)?(?:目標水準を)?\s*(?:上方|下方)?"
               r"(?:修正|変更|見直|改め|引き上げ|引き下げ|引上げ|引下げ))")  # (拡大/縮小: a change, its direction kept)
    # (「現状の年間8件から」「前年度実績の25件から」「当初の5年間25件から」: the baseline's word goes with it; its span
    # word, 「年間10件から15件に」, is the new value's too)
    text = re.sub(rf"(?:(?:当初計画|{_REVISED_AWAY}|現状|現行|現在|前年度実績|前年度|本年度|今年度|基準年度)\s*の?\s*)?"
                  rf"(?:(?<!\d)(\d+\s*年間|年間?|毎年|各年度|累計)\s*)?[(（]?\s*{_VALUE}\s*(?:以上|以下|以内|未満)?"
                  r"\s*[)）]?\s*(?:を|から)\s*(?:[、,，]\s*)?(?:(?:令和|R)\s*\d+\s*年度?(?:から|以降|より)\s*)?"
                  + revised,
                  lambda m: "" if re.match(r"\s*(?:年|毎年|各年度|累計)", m.string[m.end():]) else m[1] or "", text)
    # 「（旧45件）」「（当初25%以上）」「（修正前 40人）」「（本年度実績1,134件）」: the old value (or the
    # current one) in brackets after the new target
    text = re.sub(rf"[(（]\s*(?:{_REVISED_AWAY}|(?:本年度|今年度|当年度|昨年度|前年度)\s*実績)\s*[:：]?\s*"
                  rf"(?:年間?|毎年|各年度|累計|延べ)?\s*{_VALUE}"
                  r"(?:以上|以下|以内|未満)?\s*[)）]", "", text)
    # 「旧 20者 → 新 24者」「延べ６日→延べ１０日」: the old value before an arrow (see the arrows below), the word
    # 新 after it
    text = re.sub(rf"(?:{_REVISED_AWAY})\s*[:：]?\s*((?:延べ|年間?|毎年)?\s*{_VALUE}(?:\s*[/／]\s*年)?\s*[→⇒])"
                  r"\s*新\s*[:：]?",
                  r"\1",
                  text)
    # 「当初の3%以上から5%以上へ」: the level a revision starts from
    text = re.sub(rf"(?:{_REVISED_AWAY})\s*の?\s*(?:年間?|毎年|各年度)?\s*{_VALUE}\s*(?:以上|以下|以内|未満)?"
                  r"\s*から\s*(?=(?:年間?|毎年|各年度)?\s*\d)", "", text)
    # 「当初計画において年12回としていた開催回数は」: what the plan said before, no target
    text = re.sub(rf"(?:年間?|毎年|各年度)?\s*{_VALUE}\s*と(?:していた|されていた)(?=[^、。\d]*[はを])", "", text)
    # 「当初目標の展示会出展支援10社を6社に」: the target as first set, named before the revision
    return re.sub(r"(?:^|(?<=[、,，:：\s]))当初目標の\s*", "", text)


def results_labelled(text: str, cells: bool = True) -> str:
    """The results of a line that said its target first (「目標年1回・参加者10名　実績年1回・参加者13名」
    「目標：平均＋3.0％　実績：平均＋1.8％」「（目標）X 3社　（実績）3社　（成約）5件」
    「X（目標：年600件／実績：642件）」「目標3,000件　実績2,845件　前年度2,910件」): what follows a 実績 (前年度)
    label after a value, up to the next 目標 (計画) label, a 達成率 (評価) cell, the sentence's or line's end or the
    bracket's end, is what was done, no target. Without ``cells`` a label with one bare value after it is left (a
    sheet's cell: sheet_row reads the sheet's row, its name after the cells too)."""
    # (the next year's target after the results, 「…実績38件　次年度は45件を目指す」, is no result)
    # (計画 as a label, not the first word of a name: 「…／実績：経営分析 28件／計画策定 16件」)
    stop = (r"(?=\s*[(（【]?\s*(?:目標|計画(?![一-龥ァ-ヶ])|達成率|達成度|進捗率|評価|(?:次|来|翌|本|今)年度|今期|来期"
            r"|今後"
            r"|(?:令和|R)\s*\d+\s*年度)|\s*[→⇒]|\n|。|$)")
    # (a label after a value only: 「令和6年度実績：…」 opening a line is read as a whole, describes)
    text = re.sub(r"[(（]\s*実績値?\s*[)）][^\n。]*?" + stop,
                  lambda m: "" if re.search(r"\d", m.string[:m.start()]) else m[0], text)

    def result(m: re.Match[str]) -> str:
        said = m[0][len(m[1]):]
        if re.match(r"\s*[→⇒]", m.string[m.end():]):
            return m[0]  # (「前期実績 年平均20件 → 今期目標 年間30件」: a baseline before an arrow, read there)
        if not re.search(r"\d[\d,.]*\s*(?:" + UNIT_PATTERN + r"|[\s|/／])", m.string[:m.start()]) \
                and not re.match(r"(?:前年度|昨年度|前期)実績", m[1]):  # (the year before's results: none anywhere)
            return m[0]
        if re.search(r"[をにはがでと]|ます|する", said):
            return m[0]  # (a sentence, 「前年度 120件を上回る130件」: no cells of results)
        cell = len(re.findall(r"\d[\d,.]*", said)) < 2 and re.match(r"[\s:：]*(?:年間?|延べ|累計)?\s*\d", said)
        return m[0] if cell and not cells else ""

    # (「目標値30者実績値31者達成率103%」: a cell run on after a value's counter, the same)
    rest = re.sub(r"(?:(?<=^)|(?<=[\s/／|:：、])|(?<=\d[件者社人名回%]))"
                  r"((?:実績値?|前年度|昨年度|前年|前期)(?:実績値?)?)"
                  r"(?=\s*[:：]|\s+\S|\s*(?:年間?|延べ|平均|[+＋])?\s*\d)[^\n。()（）]*?"
                  + stop.replace("(?=", "(?=[)）]|", 1), result, text)
    if rest != text:  # (the rate achieved and the grade of the result, after it)
        rest = re.sub(r"(?:(?<=^)|(?<=\s)|(?<=\d[件者社人名回%]))(?:(?:達成率|達成度|進捗率)\s*[:：]?\s*\d[\d.,]*\s*%"
                      r"|評価\s*[:：]?\s*[A-ES](?![A-Za-z]))", "", rest)
    return rest

"""A KGI/KPI statement as the parser is given it: NFKC, kanji numerals as digits, labels,
baselines, deadlines and table borders rewritten to the few shapes the name finder knows."""

from __future__ import annotations

import re

from hattatsu.normalize import nfkc

from ..sections.indicators import _LABEL
from .indicator_labels import strip_marks
from .indicator_reports import STAFF, report_and_revision, report_heading, results_labelled, revision_labels
from .indicator_rows import table_row
from .indicator_sheets import bar_table, header_row, sheet_row, sheet_table, target_result_rate
from .indicator_words import KANJI_DIGITS, UNIT_PATTERN, YEAR_LABEL

# (not after digits: 「300千円」 is a multiplier of the number before it); 「五年間で」 is a span
# (「（千円）」: a row's unit in its bracket, no numeral)
# (「第三者承継」: an ordinal word; 「同一事業者」「統一」「唯一」「単一」「均一」: words with a numeral in them)
# (「同二十五件」: 同 (the same span as before) before a numeral other than 一 is no word with it)
# (「KPIの一部を修正する」: 一部, a part)
_KANJI_NUMBER = re.compile(r"(?<![\d,.第(（統唯単均])(?:(?<!同)|(?<=同)(?!一))(?!一部)[一二三四五六七八九十百千〇]+"
                           r"(?=\s*(?:社|者|件|人|名|回|店|事業者|事業所|割|倍|%|％|ポイント|パーセント|万|億|円|年|か月|ヶ月|カ月|ヵ月"
                           r"|品目|団体|部|枚|冊|か所|ヶ所|カ所|ヵ所|箇所|時間|日))")
# A deadline (「令和10年度までに」「2028年度末までに」「R9年度までに」) says when a target is due: no
# part of any name, and its era word misleads the parser (令和 read as a verb)
# (「令和12年度に500万円」「令和12年度には15件」: the year a target is for, the same)
_DEADLINE = re.compile(r"(?:令和|平成|R)?\s*\d+\s*(?:年度?末?\s*(?:まで|迄)\s*に?|年度末?\s*には?)\s*[、,，]?")
# 「Xの目標を30件とする」「Xの目標値は30件」: the target of X is X's value
# A counter after white space, closing a cell (「20  者／年」「2 0 者」: a converter's spacing)
_LOOSE_COUNTER = (r"(?=[ \t]*(?:件|者|社|人|名|回|店舗|事業者|事業所|%)(?:[/／]年)?"
                  r"(?:[\s、。,，(（]|以上|以下|未満|超|$))")
# Not inside a name's relative clause (「…を基準年度比で3%以上向上させた事業者数」「…が年平均3%以上増加した事業者数」):
# a word said there is the name's, left as written
_OUTSIDE_CLAUSE = r"(?![^。、]*?[たるの](?:事業者|企業|店舗|者|割合|数))"
# (「販路開拓支援件数の年間目標を15件から25件へ」「…の累計目標を」: the span the target is over, said with it, goes
# after the particle as a span of the value)
_GOAL_OF = re.compile(r"の(?P<span>年間|累計)?目標(?:値|数値|件数)?(?P<particle>[をは])")


# What is no value in a line (a year's label, a list's number, an item's or a goal's number, a label in brackets)
_NO_VALUE = re.compile(r"(?:令和|平成|R|H|FY)\s*\d+\s*(?:年度|年)?|\d{4}\s*年度?|第\s*\d+"
                       r"|(?:議題|議事|目標|KPI|KGI)\s*[-‐－]?\s*\d+"
                       r"|^\s*(?:(?:[(（]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[.．)）])\s*)+|【[^【】]*】|[⑴-⒇①-⑳]|別表\s*\d",
                       re.I)
# Words that open a line without naming anything (labels of cells and spans, marks, brackets)
_NO_NAME = re.compile(r"^(?:[◆◇■□●○〇◯★☆▼▽▶▷►▸◎※・•△▲\s]|[(（][^()（）]*[)）]|【[^【】]*】|[A-Za-z][.．)）]\s"
                      r"|(?:指標名?|目標値?|計画値?|現行|現状|実績値?|単位|年間|毎年|延べ|累計"
                      r"|K[GP]I(?:\s*[-‐－]?\s*\d+)?)\s*[:：]?)+",
                      re.I)
_BULLET = "◆◇■□●○〇◯★☆▼▽▶▷►▸◎※・•△▲"


def _opens_with_name(line: str) -> bool:
    """Whether a line opens with words that name something, before its first value (labels, marks, spans and years
    aside): 「・経営分析 年間25件」「指標：創業者数 年4人」 do, 「年間50件」「令和12年度 5%」「（件）」 do not."""
    head = re.split(r"\d", _NO_VALUE.sub("", _NO_NAME.sub("", line.strip())), maxsplit=1)[0]
    return len(re.findall(r"[ぁ-んァ-ヶ一-龥A-Za-z]", head)) >= 2


def lines_read(text: str) -> str:
    """A statement over several lines read as the documents mean it: a first line that holds no value and does not
    run on (no particle or clause closing it) is a heading when the line after it opens with a name of its own
    (「○事務局説明」「次年度の目標」「令和7年度事業計画（案）」「１．経営発達支援事業の推進」: gone); a line that ends
    in a
    value and a line after it that opens with a name are two statements of a list (「●経営分析…年間15件」「●事業計画策定
    …年間8件」: set apart by 。, their marks gone). Other lines are joined as they were."""
    # 「創 業 計 画 の 策 定 支 援 数 5 年 間 で 2 5 件」: letters spread to a cell's width (a converter's spacing), one
    # a space, words among them: read as written together
    # (「年間 l00件」「2OO件」「I5件」: l, I and O read for 1 and 0 by an OCR, in a number before its counter)
    text = re.sub(r"(?<![A-Za-z])[lIO\d]*\d[lIO\d]*(?=\s*(?:件|者|社|人|名|回|%))"
                  r"|(?<![A-Za-z])[lI](?=\d+\s*(?:件|者|社|人|名|回|%))",
                  lambda m: m[0].translate(str.maketrans("lIO", "110")), text)
    # (「3 万 件」: a number, its 万 and its counter set apart)
    text = re.sub(r"(?<=\d)[ \t　]+(?=万[ \t　]*(?:件|人|者|社|円))|(?<=\d万)[ \t　]+(?=件|人|者|社)", "", text)
    text = re.sub(r"(?<!\S)(?:\S[ \t　]+){5,}\S(?!\S)",
                  lambda m: re.sub(r"[ \t　]+", "", m[0]) if len(re.findall(r"[^\d\s]", m[0])) >= 3 else m[0], text)
    # 「20\n件」「3.0\n％以上」: a PDF table's cell copied a word a line, the counter on a line of its own after the
    # number
    text = re.sub(rf"(?<=\d)[ \t]*\n[ \t]*(?={UNIT_PATTERN}\s*(?:以上|以下|未満|超)?\s*(?:\n|$))", "", text)
    lines = [ln for ln in text.split("\n") if ln.strip()]
    # 「事業計画\n策定件数\n20件」: a name broken over the lines of its cell (short words, no digit, no punctuation),
    # its value on a line of its own after them: one name
    words = 0
    while words < len(lines) and re.fullmatch(r"\s*[ぁ-んァ-ヶー一-龥A-Za-z]{1,10}\s*", lines[words]):
        words += 1
    if 2 <= words < len(lines) and re.match(r"\s*\d", lines[words]) \
            and not re.search(r"(?:目標値?|状況|報告|資料|要旨|総評|意見|見直し)\s*$", lines[0]):
        lines = ["".join(ln.strip() for ln in lines[:words]), *lines[words:]]
    while len(lines) > 1 and not re.search(r"\d", _NO_VALUE.sub("", lines[0])) \
            and not re.search(r"(?:[をはがのにで、,，たるしくい]|(?<!こ)と)\s*$", lines[0]) \
            and (re.search(r"[。!！?？:：]\s*$", lines[0]) or not re.search(r"[、,，]", lines[0])) \
            and not re.search(r"(?:数|率|割合|額)\s*$", lines[0]) \
            and _opens_with_name(lines[1]):  # (a sentence's clause cut by a break is no heading)
        lines = lines[1:]
    out = lines[:1]
    for line in lines[1:]:
        last = _NO_VALUE.sub("", out[-1].strip())
        # (「…年5件→年3件（下方修正）」: a bracket of words closing the line after its value)
        if any(re.search(r"\d\s*\S{0,4}?(?:以上|以下|未満|超)?\s*[)）]?\s*[!！。]?\s*$", x)
               for x in (last, re.sub(r"\s*[(（][^()（）\d]*[)）]\s*$", "", last))) and _opens_with_name(line):
            # (「二　窓口相談」: a kanji numeral numbering the list, the same)
            out.append("。" + re.sub(rf"^\s*(?:[{_BULLET}]+|[(（]\s*\d{{1,2}}\s*[)）]|\d{{1,2}}\s*[.．)）]"
                                    r"|[一二三四五六七八九十]{1,2}(?:[、．.]|\s+)|K\s*[GP]\s*I\s*[-‐－]?\s*\d*\s*[:：]?)\s*",
                                    "",
                                    line.strip()))
        elif not re.search(r"\d", _NO_VALUE.sub("", out[-1])) and re.match(r"\s*(?:令和|平成|R|H|FY)\s*\d", line) \
                and not re.search(r"(?:[をはがのにで、,，]|(?<!こ)と)\s*$", out[-1]):
            out.append(" " + line.strip())  # (「支援先の売上高増加率\n令和12年度 5%」: a name over its values by year)
        elif re.search(r"[ぁ-んァ-ヶ一-龥]$", out[-1]) and re.match(r"[ぁ-んァ-ヶ一-龥]", line):
            out.append(line)  # (「…で巡回\n訪問による…」「結果\nは会報…」: a sentence cut by a break, a word too)
        else:
            out.append("\n" + line)
    return "".join(out)


# A row's unit said once after its last cell, set apart by a space: 「新商品開発支援件数 現行 ― 3 3 4 4 5 件」
# 「展示会出展者数　2　2　3　3　3　者」「経営分析 件数 目標 30 実績 28 件」 (a converter's or a web page's table
# flattened)
_UNIT_LAST = re.compile(rf"(?<=[\d－―‐−-])[ \t]+(?P<unit>{UNIT_PATTERN})\s*$")
# The single digits a line ends in, a space apart, after words (「個別相談会参加事業者数 2 4 者」)
_DIGITS_SPREAD = re.compile(r"(?<=[^\d\s－―‐−-])[ \t]*(?P<digits>\d(?:[ \t]+\d)+)$")


def _cells_apart(text: str) -> str:
    """A row's cells run together by a converter, set apart: 「X（件）R7:30R8:30」「X現行12R7年度20R8年度20」
    「支援内容現行R7R8R9経営分析件数20件25件」「経営分析件数件 20 25」 (the name's counter repeated as its unit's
    cell)."""
    # (a year's label glued to the cell before it, or to the unit's bracket; 現行 glued to the name)
    text = re.sub(r"(?:(?<=\d)|(?<=[)）]))"
                  r"(?=(?:R|FY)\s*\d{1,2}\s*(?:年度\s*)?(?:目標値?)?\s*[:：]|(?:R|令和)\s*\d+\s*年度)", " ", text)
    text = re.sub(r"(?<=[^\s\d(（|｜:：])(?=(?:現行|現状)値?\s*[:：]?\s*(?:\d|[－―‐−-]))", " ", text)
    # (「項目名：X単位：者基準値：12目標値（R8）：15」: labelled cells run together, each label with its colon)
    text = re.sub(r"(?<=[^\s:：])"
                  r"(?=(?:単位|基準値|現状値|現行値|目標値|実績値)\s*(?:[(（][^()（）]{1,8}[)）])?\s*[:：])", " ", text)
    text = re.sub(r"^目標値(?=[^\s\d:：(（])", "目標値 ", text)  # (「目標値X（件）R7:30」: the label glued to the name)
    # (a header's labels run together, then the name: 「項目現行R7R8R9」)
    text = re.sub(rf"^(項目|指標名?|支援内容)?((?:現行|現状|基準)値?)?((?:{YEAR_LABEL}){{2,}})(?![\d\s年度])",
                  lambda m: " ".join(filter(None, (m[1], m[2], *re.findall(YEAR_LABEL, m[3])))) + " ", text)
    # (「20件25件25件30件」: three cells or more, each a value and its counter, run together)
    text = re.sub(rf"(?<![\d,.])(?:\d[\d,.]*{UNIT_PATTERN}){{3,}}",
                  lambda m: (" " if m.start() and not text[m.start() - 1].isspace() else "")
                  + re.sub(rf"(\d{UNIT_PATTERN})(?=\d)", r"\1 ", m[0]), text)
    return re.sub(r"(件|者|社|回|人|名|店舗|事業者|事業所)数\1(?=[ \t|｜]+\d)", r"\1数（\1）", text)


def _unit_last(text: str) -> str:
    """「X 現行 ― 3 3 4 4 5 件」 → 「X 現行 ― 3 3 4 4 5（件）」: the unit closing a row of cells in the bracket a row's
    unit is read from. Single digits after the name alone, fewer than five (the plan's years) or with a 0 among them,
    are one number spread out to its cell's width (「DX支援事業者数 2 0 者」: 20, read so later), no row."""
    # (「指標名 目標値 実績値 単位 X 80 77 件」: a header of columns before the row, read by its header:
    # indicator_sheets)
    if "\n" in text or re.search(r"(?:目標|計画|実績|現状|現行)値?\s*[|｜]?\s*(?:目標|計画|実績|単位|達成率)", text):
        return text
    last = _UNIT_LAST.search(text)
    # (two cells at least: 「⑵ X 15 件」 is one value and its counter set apart)
    if not last or not re.search(r"(?:\d|[－―‐−-])[ \t|｜/／:：]+(?:[^\d\s]{1,6}[ \t:：]*)?\d[\d,.]*$",
                                 text[:last.start()]):
        return text
    if re.search(rf"\d[ \t]*{UNIT_PATTERN}[ \t|｜/／]", text[:last.start()]):
        return text  # (「X 5 者 5 者 6 者」: each cell's counter after it, its own)
    spread = _DIGITS_SPREAD.search(text[:last.start()])
    if spread and (len(spread["digits"].split()) < 5 or "0" in spread["digits"]):
        return text
    return text[:last.start()] + f"（{last['unit']}）"


def _results_dropped(text: str) -> str:
    """「経営分析件数 目標 20 20 25 実績 18 22 ― ―（件）」「X 現行－ R7:5 R8:5 計25（件）」: in a row with its unit in
    brackets last, the 実績 cells go (「X 目標値30 実績値33（事業者）」: 実績値 glued to its cell the same)."""
    return re.sub(r"(?<=\d)\s+実績値?\s*[:：]?\s*(?:[\d,.]+|[－―‐−-])(?:\s+(?:[\d,.]+|[－―‐−-]))*\s*"
                  r"(?=[(（][^()（）]*[)）]\s*$)", "", text)


_ROW_CELL = (r"(?:(?:(?:現行|現状|目標)値?|計|合計|各年度|\d+\s*年間\s*合計"
             r"|(?:R|FY)\s*\d+\s*(?:年度\s*(?:目標値?\s*)?[:：]?|(?:目標値?\s*)?(?:[:：]|\s))|令和\s*\d+\s*年度\s*[:：]?)\s*)*"
             r"(?:\d[\d,.]*|[－―‐−-])")
# (「巡回件数：R7 300 R8 300 … （件）」「X｜現行8｜10｜12 (件)」「X R7目標 20 / R8目標 25（件）」: a colon or a bar
# after the name, bars or slashes between the cells, 目標 after a year's label, the same)
_BRACKETED_ROW = re.compile(
    rf"(?P<name>(?:K[GP]I\s*[-‐－]?\s*\d{{1,2}}\s*[:：]?\s*)?[^\d\s][^\d\n]*?[^\d\s:：|｜])(?:\s*[:：|｜]\s*|\s+)"
    rf"(?P<cells>{_ROW_CELL}(?:(?:\s*[|｜/／]\s*|\s+){_ROW_CELL})*)\s*"
    rf"[(（]\s*(?:単位\s*[:：]\s*)?(?P<unit>{UNIT_PATTERN})\s*[)）]\s*")


def _bracketed_row(text: str) -> str | None:
    """「X 目標 20 20 25（件）」 → 「X（件） 目標 20 20 25」: a row's unit in brackets last goes after the name (as rows
    give it: indicator_rows); None for any other text."""
    row = _BRACKETED_ROW.fullmatch(text)
    if not row or re.search(r"[)）]$", row["name"]):
        return None
    # (「R7目標 20」: 目標 after a year's label labels the cell; 「目標値X」: opening the name, the same)
    cells = re.sub(r"(?<=\d)\s*目標値?(?=\s|[:：])", "", re.sub(r"\s*[|｜/／]\s*", " ", row["cells"].strip()))
    name = re.sub(r"^目標値\s*[:：]?", "", row["name"])
    return f"{name}（{row['unit']}） {cells}"


def kanji_to_digits(text: str) -> str:
    """「二十社」 → 「20社」: kanji numerals before a counter written as digits."""
    def value(s: str) -> int:
        if all(ch in KANJI_DIGITS for ch in s):
            return int("".join(str(KANJI_DIGITS[ch]) for ch in s))  # (「三五件」「二〇件」: digit by digit)
        total, num = 0, 0
        for ch in s:
            if ch in KANJI_DIGITS:
                num = num * 10 + KANJI_DIGITS[ch] if num and ch == "〇" else KANJI_DIGITS[ch]
            else:
                unit = {"十": 10, "百": 100, "千": 1000}[ch]
                total += (num or 1) * unit
                num = 0
        return total + num

    return _KANJI_NUMBER.sub(lambda m: str(value(m.group(0))), text)


def prepare(text: str) -> str:
    """What the parser sees: NFKC (full-width digits), kanji numerals as digits, no KGI/KPI label."""
    # 「◆KPI 巡回訪問件数…」: a bullet mark before a label or a name is no part of either
    # (「★昨年度の結果★」「◇事業承継◇」: a heading between two marks of a kind opening the line)
    # 「【経営状況分析】目標値 40件／実績値 43件」: a name in lenticular brackets before an evaluation sheet's cells
    # names them (no label to strip); another after a space starts a statement of its own
    text = re.sub(r"(?:(?<=^)|(?<=\s))【([^【】\d]{2,16})】\s*(?=目標値?\s*[:：]?\s*\d)",
                  lambda m: ("。" if m.start() else "") + m[1] + " ", nfkc(text).strip())
    # 「出席委員6名、欠席1名」「出席会員128名（うち委任状62名）」「事務局：3名」「委員4名（うち外部委員2名）」
    # 「支援体制を11名とした」: who attended a meeting, who sat on a body, the staff as a whole — the make-up of a
    # meeting or a body, no target
    text = re.sub(r"(?:出席|欠席)(?:委員|会員|者|理事|役員)?\s*[:：]?\s*\d+\s*(?:名|人)"
                  r"|委任状(?:提出)?\s*[:：]?\s*\d+\s*(?:名|人|通)"
                  r"|(?:(?<=^)|(?<=[\s、,，:：(（]))(?:うち)?(?:事務局|[外内]部委員|委員|支援体制|実施体制|体制)\s*(?:[:：]|を|は)?\s*"
                  r"\d+\s*(?:名|人)(?!\s*(?:以上|以下|の(?:参加|参画|登用|確保)))", "", text)
    # 「X 30件／年 ※修正前25件／年」「EC化率 15%（R11） ※現状8%」「X 30件/年 ※1者複数回支援の場合も1件とカウント」:
    # a note (※) after a line's value says how it is counted, what it was or is now, its basis: no target
    text = re.sub(rf"(?m)^([^※\n]*\d\s*{UNIT_PATTERN}[^※\n]*?)\s*※[^\n]*$", r"\1", text)
    # 「当初目標 10件 修正目標 6件」「当初目標（年間12件）は達成済みのため見直した」: in a revision, the first target is
    # the one replaced (said alone, 「当初目標（10件）を上回った」, it is a target)
    if re.search(r"修正|変更|見直|引き上げ|引き下げ|上方|下方", text):
        text = re.sub(rf"当初(?:の)?(?:目標|計画)値?\s*[:：]?\s*[(（]?\s*(?:年間|毎年|年)?\s*\d[\d,.]*\s*{UNIT_PATTERN}"
                      r"(?:\s*[/／]\s*年)?\s*[)）]?\s*", "", text)
        # (「修正目標 6件」「変更後目標値：8件」: the revised target's label)
        text = re.sub(r"(?:修正|変更後?|見直し後?)目標値?\s*[:：]?\s*(?=(?:年間|毎年|年)?\s*\d)", "目標 ", text)
    # (「X 現行値 85 目標値 R8年度 90 … 単位 件」「項目X現行値40目標値各年度45単位件」: the unit's cell last, the
    # same; cells run together by a converter are set apart first)
    if re.search(r"\d", text) and not re.search(r"\s", text.strip()) \
            and len(re.findall(r"現行値|目標値|単位", text)) >= 2:
        text = re.sub(r"(項目|現行値|現状値|目標値|実績値|単位|(?:R|令和)\d+年度|各年度|\d+年間合計)", r" \1 ", text)
        text = re.sub(r"\s+", " ", re.sub(r"^\s*項目\s*", "", text)).strip()
    # (「X 目標値（A）85 実績値（B）79 達成率 92.9% 単位：件」: an evaluation sheet's cells, their column letters and
    # the rate of the one to the other aside, the unit's cell last the same)
    if re.search(r"単位\s*[:：]?\s*\S+\s*$", text):
        text = re.sub(r"((?:目標|計画|実績)値?)\s*[(（]\s*[A-Z]\s*[)）]", r"\1", text)
        text = re.sub(r"(?<=\d)\s+(?:達成率|達成度|進捗率)\s*[:：]?\s*\d[\d,.]*\s*%(?=\s+単位)", "", text)
    text = re.sub(rf"(?<=\d)\s+単位\s*[:：]?\s*({UNIT_PATTERN})\s*$", r"（\1）", text)
    text = _cells_apart(text)
    for candidate in (_unit_last(text), text):  # (the unit last read as the row's, when a row is read so)
        row = _bracketed_row(_results_dropped(candidate))
        if row:
            text = row
            break
    else:
        text = _results_dropped(text)
    # 「１ ，５００ 万円」「2,000 千 円」: a number's thousands and its multiplier set apart by a converter's spacing
    text = re.sub(r"(?<=\d)(?:[ \t]+[,，][ \t]*|[ \t]*[,，][ \t]+)(?=\d{3}(?!\d))", ",", text)
    text = re.sub(r"(?<=\d)[ \t]*(百万|千|万|億)[ \t]+(?=円)", r"\1", text)
    # (「２ 万 ５ 千 人」: a number written with 万 and 千, each set apart)
    text = re.sub(r"(\d)[ \t]+([万千億])[ \t]*(?=\d|円|人|件|者|社|名)", r"\1\2", text)
    # 「No.1 X 目標40 実績38 No.2 Y 目標20 実績22」「KPI-1X目標100件実績95件KPI-2Y目標50件…」: the rows of a sheet
    # run into one line, each opened by its number: a statement each (a label after a value ends what was said before)
    labels = r"(?:No\.?\s*\d{1,2}|K[PG]I\s*[-‐－]\s*\d{1,2})(?=\s*[^\d\s.,])"
    if len(re.findall(labels, text)) >= 2:
        text = re.sub(rf"(?<=[\d%件者社人名回])\s*{labels}\s*[:：]?\s*", "。", text)
    # 「X 目標40 実績38 達成率95% Y 目標20 …」: an evaluation sheet's rate achieved, beside its target and result, is
    # no target (read before the labels of the cells go)
    if re.search(r"目標|計画", text) and re.search(r"実績", text):
        text = re.sub(r"(?:達成率|達成度|進捗率)\s*(?:[(（][^()（）]*[)）])?\s*[:：]?\s*\d[\d,.]*\s*[%％]", "", text)
        text = re.sub(r"((?:目標|計画|実績)値?)\s*[(（]\s*[A-Z]\s*[)）]", r"\1", text)  # (its columns' letters)
        text = re.sub(r"^\s*通期\s+", "", text)  # (「通期 X 実績 318件 年間目標 600件」: the whole year, a span)
    # 「| 経営分析件数（のべ） | 25件 | 30件 |」: のべ (延べ) in brackets after a name says its count has repeats, no
    # part of the name
    text = re.sub(r"(?<=[^\s\d(（])\s*[(（]\s*(?:のべ|延べ)\s*[)）]", "", text)
    # 「3時間短縮」: the tagger's one word 時間短縮 hides the counter; a space sets it apart
    text = re.sub(r"(?<=\d)(\s*時間)(?=短縮|削減|縮減|増加|減少)", r"\1 ", text)
    # 「５千万円」: 千 before 万円 is a factor of the number (5千万円 = 5,000万円)
    text = re.sub(r"(?<![\d,.])(\d+)\s*千\s*万円", lambda m: f"{int(m[1]) * 1000}万円", text)
    # 「（B）/（A） 109.1%」「B/A：95%」: the rate a result is of its target (達成率), no target
    text = re.sub(r"[(（]?\s*B\s*[)）]?\s*[/／÷]\s*[(（]?\s*A\s*[)）]?\s*[:：]?\s*\d[\d,.]*\s*%", "", text)
    # 「当所の数値目標（2026-2030）」: the years a plan runs, no value
    text = re.sub(r"[(（]\s*(?:19|20)\d{2}\s*(?:年度?)?\s*[-~～〜－]\s*(?:19|20)\d{2}\s*(?:年度?)?\s*[)）]", "", text)
    # 「対象者20者×年4回＝延べ80回」: the factors of a product said with its total are how the total is reached: the
    # total is the target
    # (「1回あたり20名×年3回＝年60名」: a denominator before the first, a span before the total, the same)
    text = re.sub(rf"(?:(?<=[\s、,，:：])|^)(?:1\s*(?:回|社|者|人)\s*(?:あたり|当たり|当り)|[^\s\d、。,，]{{0,4}}?)"
                  rf"\d[\d,.]*\s*{UNIT_PATTERN}\s*[×xX✕]\s*(?:年|月|毎年)?\s*\d[\d,.]*\s*{UNIT_PATTERN}\s*[=＝]\s*"
                  r"(?=(?:延べ|合計|計|年間?|毎年)?\s*\d)", "", text)
    # 「目標値を「10%以上向上」から「7%以上向上」に変更する」「目標「X30件」を「同40件」に上方修正した」: a revision
    # quoted, the value it replaced goes, the new one unquoted (同, the same name as before, with it)
    # (「同」 opening the new one: the name of the one replaced)
    def revised(m: re.Match[str]) -> str:
        name = re.match(r"[^\d]*", m["old"])[0].strip()
        return re.sub(r"^「同\s*(?=\d)", "「" + name, m["new"]) if name else m["new"]

    text = re.sub(r"(?:目標値?)?「(?P<old>[^「」]*\d[^「」]*)」\s*(?:から|を)\s*"
                  r"(?P<new>「[^「」]*\d[^「」]*」)(?=\s*(?:に|へ)\s*(?:上方|下方)?(?:修正|変更|改め|見直|引き上げ|引き下げ))",
                  revised, text)
    # 「令和元年度」「平成元年」: the first year of an era, 元 for 1
    # (kanji numerals read as digits before the lines are weighed: 「令和八年度の目標\n一　巡回訪問　年間千二百回」)
    text = kanji_to_digits(re.sub(r"(令和|平成)\s*元(?=\s*年)", r"\g<1>1", text))
    # 「創業塾（全5回コース）」「（定員20名、全4回）」: the sessions of one course, in brackets or before コース,
    # describe it
    # (「セミナーを全3回開催」 is a total: indicator_labels)
    # (in brackets, when the statement counts how often the course is held: 「（定員20名、全4回）を年1回開催」)
    text = re.sub(r"全\s*\d+\s*回\s*(?:コース|講座|シリーズ)|全\s*\d+\s*回(?=\s*[(（]\s*(?:各回|毎回|1回))",
                  "", text)
    # (「★創業セミナー 参加者募集★ 定員20名 全4回 受講無料」: a course announced, its capacity and fee said, the same)
    if re.search(r"定員|募集|参加費|受講料|無料", text):
        # (「全4回開催予定（定員…）」: a target)
        text = re.sub(r"全\s*\d+\s*回(?!\s*(?:の?開催|を?実施|を|行))", "", text)
    if re.search(r"年\s*\d+\s*回", text):
        text = re.sub(r"(?<=[(（、,，])\s*全\s*\d+\s*回\s*(?=[、,，)）])", "", text)
    text = results_labelled(lines_read(revision_labels(bar_table(target_result_rate(text)))), cells=False)
    text = re.sub(r"^\s*([◆◇■□●○★☆◎])[^\s◆◇■□●○★☆◎\d]{1,12}\1\s*", "", text)
    text = re.sub(r"^\s*[◆◇■□●○〇◯★☆▼▽▶▷►▸◎※・•]+\s*", "", text)
    text = kanji_to_digits(_LABEL.sub("", strip_marks(text))).strip()  # (strip_marks: see indicator_labels)
    # 「令和8年度 KPI 経営分析件数 40件」: the fiscal year a line of targets is for, opening it, then its label
    # (「令和7年度事業計画 記帳機械化指導 120者」「令和6年度総会資料 …」: the document the line is from, the same)
    text = re.sub(r"^(?:令和|平成|R)\s*\d+\s*年度\s*"
                  r"(?:[^\s\d]{0,8}(?:事業計画書?|総会資料|資料|計画|目標値?)(?:[(（]案[)）])?)?\s+"
                  r"(?=\D|\d{1,2}\s*[.．)）]\s*\D)", "",
                  text)
    text = _LABEL.sub("", report_heading(_LABEL.sub("", text).strip())).strip()
    # 「重点目標 小規模事業者の…件数 年間50件」「成果目標：…」: a word of goal opening the line labels it
    # (「重点目標1　X 50件」: numbered the same)
    text = re.sub(r"^(?:重点|数値|成果|活動|年度|本年度の?|今年度の?)?目標値?\s*\d{0,2}\s*[:：\s]\s*(?=[^\d\s])", "",
                  text)
    text = report_and_revision(text)
    # 「経営分析件数（修正後） 年間45件」: a revision's mark after a name is no part of it
    text = re.sub(r"\s*[(（]\s*(?:修正|変更|見直し|改定)後\s*[)）]", "", text)
    # (a 別表1 row flattened to a line: see indicator_rows)
    # (「X 5件 10件 … 10件。うち Y － 2件 …」: rows on lines of their own, set apart by lines_read, each a row)
    text = sheet_table(text)
    text = "。".join(table_row(part) for part in text.split("。")) if "。" in text.rstrip("。") else table_row(text)
    text = results_labelled(sheet_row(header_row(text)))
    # 「創業支援件数／目標値：12件」「専門家派遣 計画12回」「計画値 延べ30回」: a cell's label after a border or a space
    text = re.sub(r"(?:[/／|]\s*|(?<=\S)\s+|(?<=[:：]))(?:目標|計画)値?\s*[:：]?\s*(?=(?:延べ|年間|毎年|累計)?\s*\d)",
                  " ", text)
    # 「14:00～16:00」「13時30分から」: a time of day measures nothing
    text = re.sub(r"(?<![A-Za-z\d.,])(?:[01]?\d|2[0-4])\s*[:：]\s*[0-5]\d(?!\d)"
                  r"(?:\s*[~～〜\-－]\s*(?:[01]?\d|2[0-4])\s*[:：]\s*[0-5]\d)?"
                  r"(?!\s*(?:件|者|社|人|名|回|%))", "", text)
    # 「令和6年4月1日から令和11年3月31日までの5年間で」: a date (and the から/まで it opens or closes) measures nothing
    text = re.sub(r"(?:(?:令和|平成|R)\s*\d+|\d{4})\s*年\s*\d+\s*月(?:\s*\d+\s*日)?"
                  r"(?:\s*(?:から|まで|迄)(?:の|に)?)?", "", text)
    # 「窓口相談件数｜現行｜120件｜R8｜150件」: a 別表1 row whose cells a converter set apart with bars (more than
    # one: 「X｜30件」 is a name and its value, read below)
    text = re.sub(r"\s*\|\s*", " ", text).strip() if text.count("|") > 1 else text
    # 「1億2,000万円」「1億1千万円」: money written with 億 and 万 is a number of 万円
    text = re.sub(r"(\d+)\s*億\s*(\d[\d,]*)\s*(千)?\s*万円",
                  lambda m: f"{int(m[1]) * 10000 + int(m[2].replace(',', '')) * (1000 if m[3] else 1)}万円", text)
    # 「２万５千人」「38万2千人」「二万五千人」 (2万5000人 once kanji are digits): a number written with 万 (and 千)
    # after digits is one number (before 円, 万円 is the unit: left alone)
    text = re.sub(r"(\d+)\s*万\s*(\d{1,4})\s*(千)?(?=\s*[^\d\s円,.])",
                  lambda m: str(int(m[1]) * 10000 + int(m[2]) * (1000 if m[3] else 1)), text)
    # 「事業承継支援件数 平成30年度 4件 令和8年度 8件」: a value labelled with a 平成 year, a year past, in a row
    # after its name is where things stood, no target
    text = re.sub(r"(?<=[^\d\s])\s+(?:平成|H)\s*\d+\s*年?度?\s*[:：]?\s*\d[\d,.]*\s*[^\d\s、,，]{0,3}(?=\s+\S*\d)", "",
                  text)
    # 「連絡先：TEL 0123-45-6789」: a telephone number (or any code of hyphenated digits) measures nothing
    # (「0xx-234-5678」: a number with its area code masked, the same)
    text = re.sub(r"(?:TEL|FAX|電話|ファクス)?\s*[:：]?\s*[\dxX×]{2,5}-\d{1,4}-\d{3,5}", "", text, flags=re.I)
    # 「KPI「経営分析件数」を…」: a name quoted after the word KPI (KGI, 指標) is the name, the word its label
    text = re.sub(r"(?:K\s*[GP]\s*I|指標)\s*「([^「」]+)」", r"\1", text, flags=re.I)
    # 「修正前：X 10者／修正後：X 12者」: a revised target; what it was before the revision is no target
    text = re.sub(r"(?:修正|変更|見直し)前\s*[:：]?[^/|]*[/|]\s*(?:修正|変更|見直し)後\s*[:：]?\s*", "", text)
    # 「地域内購買率の向上を図り、令和12年度に65%とする」: the change aimed at names what the value after it is of
    text = re.sub(r"の(?:向上|増加|拡大|改善|減少|削減|低減|定着|促進)を図り[、,，]\s*", "を", text)
    # 「X件数については、…」: について(は) marks the topic a sentence's counts are of, as は does
    # (「X件数について年間目標600件に対し…」: before a count the same)
    text = re.sub(r"について(?:は)?(?=[、,，]|\s*(?:年間|毎年|目標|\d))", "は", text)
    # (「これまで年間10件程度を支援してきたが、…」: a clause on the past closed by 「…たが、」 describes where things
    # stand; its numbers are no targets, its words may name what the sentence's target measures: result_clause)
    # 「前計画期間の実績（年平均9件）を踏まえ」: a bracket right after 実績 (現状, 現在) holds a current value
    text = re.sub(r"(?<=実績|現状|現在)\s*[(（][^()（）]*\d[^()（）]*[)）]", "", text)
    # 「セミナー開催回数……年4回」「事業計画策定件数（目標）35件」: leader dots, or 目標 in brackets, between a
    # name and its value are the border between them, as a colon
    text = re.sub(r"\s*(?:\.{2,}|…+|‥+|・{2,}|[(（]\s*目標値?\s*[)）])\s*(?=[^\d。、]{0,8}\d)", "：", text)
    # 「導入率を60%（現状35%）とする」: a current value in brackets (現状/現在/実績) is no target
    # (「（令和6年度実績1,800万円）」「（前年度実績450件）」: the year of the current value before it the same)
    # (「（基準値：令和6年度 28.4%）」: a baseline the same; 「（現行の第2期計画期間中の実績は4者）」: a bracket that
    # says 実績 (no 目標, no value before it) holds a result)
    text = re.sub(r"[(（]\s*(?:(?:(?:令和|平成|R)?\s*\d+\s*年度?|前年度?|昨年度?|前期|前回)\s*の?\s*)?"
                  r"(?:現状|現在|実績|基準)値?\s*[:：]?\s*[^()（）]*[)）]", "", text)
    # (「年間30件（従来20件）」「（現行 10件）」「（修正前25件）」: the value before, the one a revision replaced, the
    # same;
    # 「会員数 420名（令和6年度末 412名）」: the count at the end of a year past, a stock where things stand)
    # (「（前期計画では5年間で9件）」: the plan before, the same)
    text = re.sub(r"[(（]\s*(?:現行|従来|これまで|以前|前期?計画|第\s*\d\s*期計画|(?:修正|変更|見直し)前)"
                  r"(?:では|の(?:目標)?)?値?\s*[:：は]?\s*"
                  r"[^()（）]*\d[^()（）]*[)）]"
                  r"|[(（]\s*(?:(?:令和|平成|R)\s*\d+\s*|前|昨)年度?末\s*(?:時点|現在)?\s*[:：]?\s*\d[^()（）]*[)）]",
                  "", text)
    text = re.sub(r"[(（](?![^()（）]*(?:目標|計画値?\s*[:：]?\s*\d))(?:[^()（）\d]|(?<=第)\d)*実績"
                  r"[^()（）]*\d[^()（）]*[)）]", "", text)
    # (「マル経融資推薦 年間15件（前年度12件）」: the year before's value, 実績 unsaid, the same)
    text = re.sub(r"[(（]\s*(?:前年度?|昨年度?|前期|前回)\s*[:：]?\s*\d[^()（）]*[)）]", "", text)
    # 「期間を平均5日短縮する」: 平均 after a particle or a space says the value is an average, no name
    # (「支援先1社当たり平均2社」: after a denominator the same)
    # 「記帳代行の処理期間を、クラウド会計の導入により平均5日短縮する」: the means (「…により」「…によって」) said
    # between an object and its value is no part of any name; nor is the base of a change said there
    # (「売上高を支援開始前比で20%増加させる」: what 比 is measured from)
    text = re.sub(r"(?<=を)\s*[、,，]?[^、。,，をがは\d]{1,30}?(?:により|によって)\s*[、,，]?\s*(?=平均|\d)", "", text)
    # (「…を基準年度比で3%以上向上させた事業者数」: inside a name's clause the base is the name's)
    text = re.sub(r"(?<=を)\s*[、,，]?[^\s、。,，をがは\d]{1,12}比で?\s*[、,，]?\s*"
                  r"(?=(?:年|年間|毎年|年平均)?\d)" + _OUTSIDE_CLAUSE, "", text)  # (「比で年平均5%」: a span after it)
    # (「業務時間を平均10%以上削減した事業者数」: inside a name's clause the word is the name's)
    text = re.sub(r"(?:(?<=[をはがにで\s、,，])|(?<=当たり)|(?<=あたり)|(?<=当り))平均(?=\s*\d)" + _OUTSIDE_CLAUSE, "",
                  text)
    # 「EC化率 支援先平均で30%超」「全体で年間30件」: the population an average or a total is taken over, said
    # before the value after a name, is no part of it
    # (「支援先全体で年間20社」「出展事業者全体で」: the whole of a population the same)
    text = re.sub(r"(?<=[\s、,，])(?:[^\s\d、。,，]{1,8}平均|[^\s\d、。,，をがは]{0,8}全体)で\s*(?=年間|毎年|\d)",
                  "", text)
    text = re.sub(r"(?<=は)[^\s\d、。,，をがは]{0,8}全体で\s*(?=年間|毎年|\d)", "", text)  # (「…は出展事業者全体で」)
    # 「現状の12店舗から半減の6店舗」「倍増の」: a word of change between a baseline and its target says how
    text = re.sub(r"(?<=から)\s*(?:半減|倍増)の?(?=\s*\d)", "", text)
    # 「最終年度の令和12年度に」「計画最終年度である令和12年度には」: the last year named before its deadline
    text = re.sub(r"(?:計画)?最終年度\s*(?:である|の)\s*(?=(?:令和|平成|R)\s*\d)", "", text)
    text = _GOAL_OF.sub(lambda m: m["particle"] + (m["span"] or ""), _DEADLINE.sub("", text))
    # 「令和12年度の組織率を60%とする」: the year a target is for, opening the sentence with の, is no part of its name
    text = re.sub(r"(^|[、,，]\s*)(?:令和|平成|R)\s*\d+\s*年度末?\s*(?:の|における)\s*(?=[^\d\s])", r"\1", text)
    # 「観光消費額を令和5年の23億円から令和12年に30億円へ」: the era year a value is of or due (年, not 年度) the same
    text = re.sub(r"(?:令和|平成)\s*\d+\s*年末?\s*(?:時点)?\s*(?:の|に|には|で|時点で)\s*(?=\d)", "", text)
    # 「売上増加率は3%から5%を目標とする」: NからM, then を (の範囲, 程度), not に/へ, is a range, as 「3%～5%」
    text = re.sub(r"(\d[\d,.]*\s*(?:%|件|者|社|人|名|回|日))\s*から\s*(\d[\d,.]*\s*(?:%|件|者|社|人|名|回|日))"
                  r"(?=\s*(?:を|の範囲|程度))", r"\1～\2", text)
    # 「2パーセントポイント」 is 2 ポイント (a difference of rates), 「20パーセント」 20 %
    text = re.sub(r"(?<=\d)\s*パーセントポイント", "ポイント", text)
    text = re.sub(r"(?<=\d)\s*パーセント", "%", text)
    # 「廃業件数をゼロ件」: ゼロ before a counter is the number 0
    text = re.sub(r"ゼロ(?=\s*(?:件|者|社|人|名|回|店舗|事業者|か所|ヶ所|箇所))", "0", text)
    # 「50%→70%」「現状20件→目標50件」: a change written with an arrow; the value before it is the
    # baseline (no target), the one after it the target
    # (「現状値（令和5年度）：20件 → 目標値（令和12年度）：40件」: the year of a labelled cell, in brackets, goes)
    text = re.sub(r"(現状値?|目標値?|現行|実績値?)\s*[(（]\s*(?:令和|平成|R|H)\s*\d+\s*年?度?末?\s*[)）]", r"\1", text)
    # (「現行 10者 → 令和12年度 25者」: the year the target is for, after the arrow, the same)
    # (「現状：年2人 → 目標：年5人」: a span word before each value, the target's kept)
    # (「年10者（R8）→年15者（R12）」: the years of the values in brackets go with them)
    # (「延べ6日→延べ10日」: 延べ on both sides the same)
    # (「昨年45店舗→今年は60店舗」: the year before, the same)
    text = re.sub(r"(?:(?:現状|現在|現行|実績|昨年度?|前年度?|前回)(?:値)?\s*[:：]?\s*)?(?:年間?|毎年|月|延べ)?\s*"
                  r"(?<![\d,.])\d[\d,.]*\s*"
                  r"(?:%|[^\d\s→⇒()（）]{0,3})\s*(?:[(（]\s*(?:令和|平成|R|FY|H)?\s*\d+\s*年?度?\s*[)）])?\s*[→⇒]\s*(?:(?:令和|平成|R|FY)\s*\d+\s*年?度?\s*[:：]?\s*)?(?:目標(?:値)?\s*[:：]?\s*)?(?:(?:今年度?|本年度|次年度)は?\s*)?"
                  r"(?=(?:年間?|毎年|月|延べ)?\s*\d)", "", text)
    # 「EC売上高 現状の2倍」: 現状の (現在の) names the base a multiple is of, no part of the name
    text = re.sub(r"(?:現状|現在)の?\s*(?=\d[\d.]*\s*倍)", "", text)
    # 「事業計画策定件数｜30件」: a flattened table row, its cells' border between name and value
    text = re.sub(r"\s*\|\s*(?=[^|]*\d)", "：", text) if text.count("|") == 1 else text
    # 「記帳継続指導先の割合＝90%」「開催回数 → 年6回」: an arrow or equals sign after a name with no number
    # before it is the border between name and value, as a colon (「5者→10者」 is a change, left alone)
    text = re.sub(r"^([^\d→⇒=]*[^\d\s→⇒=])\s*[→⇒=]\s*(?=\S*\d)", r"\1：", text)
    # 「1社平均100万円」 is a denominator (「1社当たり」); 「月平均5件」「年平均3%」 a span (月, 年)
    # (「来街者数を1日平均3,000人」: a day, the same)
    text = re.sub(r"(\d\s*(?:社|者|事業者|事業所|店|人|日))\s*平均(?=\s*\d)", r"\1当たり", text)
    # (「…が年平均3%以上増加した事業者数」: inside a name's clause the word is the name's)
    text = re.sub(r"(?<=[月年])平均(?=\s*\d)" + _OUTSIDE_CLAUSE, "", text)
    # 「承認件数 計画期間中10件」「（計画期間中160件）」 (the METI compilations of 概要): the plan's period before a
    # count is its span, said as 「累計」; 「本計画期間における件数」 opening a name the same, no part of it
    text = re.sub(r"(?:本)?計画期間(?:(?:中|内)(?:に|で)?\s*(?:合計|累計|延べ)?|\s*(?:合計|累計|延べ))\s*(?=\d)",
                  "累計", text)
    # 「計画期間5年間の合計で40者」「5年間の累計で」: the plan's period said with の, the same span
    text = re.sub(r"(?:本)?計画期間\s*(?:\d+\s*(?:年間|か年))?\s*の\s*(?:合計|累計)\s*で?\s*(?=\d)", "累計", text)
    text = re.sub(r"(\d+\s*(?:年間|か年))\s*の\s*(合計|累計)\s*で?\s*(?=\d)", r"\1で\2", text)
    # 「…の割合を、計画最終年度において4割以上とする」: the year a target is due (see _DEADLINE)
    text = re.sub(r"(?:計画)?最終年度\s*(?:において|には|に)\s*[、,，]?\s*", "", text)
    text = re.sub(r"(^|[、,，:：]\s*)(?:本|当該)?計画期間(?:中|内)?(?:における|での|に|の)\s*(?=[^\d\s])", r"\1", text)
    # 「策定事業者1者につき年4回」: につき after a count is a denominator, as 当たり
    text = re.sub(r"(\d\s*(?:社|者|事業者|事業所|店|人|名|回|件))\s*につき", r"\1当たり", text)
    # 「フォローアップ訪問：支援先1社当たり年4回」: a denominator with its noun after a colon, no name (the words before
    # the colon name the count)
    text = re.sub(r"(?<=[:：])\s*[^\d:：、。]{0,8}?1\s*(?:社|者|人|事業者|事業所|店)\s*(?:当たり|あたり|当り)\s*"
                  r"(?=年|月|\d)", "", text)
    # 「参加者数は1回20～30名」: one session before a count, its denominator
    text = re.sub(r"(?<![\d.,])1\s*回\s*(?=\d)", "1回当たり", text)
    # 「導入後6か月時点で」: the time a measure is taken at, no measure
    text = re.sub(r"\d+\s*(?:か月|ヶ月|カ月|ヵ月)\s*時点\s*で?", "", text)
    # 「支援先の平均客単価 ＋5%」: a plus sign before a value says an increase
    text = re.sub(r"(?<=[\s:：])\+\s*(\d[\d,.]*\s*(?:%|ポイント|件|者|社|人|名|万円|円))", r"\1増", text)
    # 「初年度20件、以降毎年25件」: the first year and the years after it are spans, no names
    # (「当面は年間20件、令和9年度以降は年間25件」「以降は各年度50者」: the same, with は)
    # (「初年度15件、2年目以降20件」「2年目20件」: the year of the plan counted, the same)
    text = re.sub(r"(?:初年度|最終年度|当面|(?:\d+\s*年目|次年度|(?:令和|平成|R)\s*\d+\s*年度?)?以降"
                  r"|(?<![\d.])\d\s*年目)\s*(?:は\s*[、,，]?)?\s*(?=毎年|各年|年間|\d)", "", text)
    # 「研修への参加 1人年2回以上」「訪問 1社年4回」: a count of one before a frequency is a denominator
    text = re.sub(r"(?<![\d.])(1\s*(?:人|社|者|事業者|事業所|店))\s*(?=(?:年|月)\s*\d)", r"\1当たり", text)
    # 「巡回は1日5件」: one day before a count is its denominator, as 「1日当たり」
    text = re.sub(r"(?<![\d.,])1\s*日\s*(?=\d)", "1日当たり", text)
    # (「通行量（平日・休日の1日平均）を…1,500人」: a day's average in a name's bracket, a denominator)
    text = re.sub(r"(?<![\d.,])1\s*日\s*平均", "1日当たり平均", text)
    # 「毎年度」 is 「毎年」, 「各回」 is 「毎回」 (span words the parser splits)
    text = text.replace("毎年度", "毎年").replace("各回", "毎回")
    # 「各年度10件」「年率2%」「1年あたり8件」: each a span of one year, said as 「毎年」
    text = re.sub(r"(?:各年度?|年率|(?<![\d.])1\s*年\s*(?:あたり|当たり|当り))(?=\s*\d)"
                  + _OUTSIDE_CLAUSE, "毎年", text)  # (in a name's clause, its own)
    # 「（各月1件）」「（各号1,200部）」「調査件数：各品目30件」: 各 and a noun before a number counts each of them,
    # a span as 毎回 (毎月) is, no name
    text = re.sub(r"各月(?=\s*\d)", "毎月", text)
    text = re.sub(r"各[^\d\s、。,，()（）年]{0,3}(?=\s*\d)", "毎回", text)  # (「年12回 各2,000部」: 各 alone)
    # 「創業相談件数 延60件」: 延 is 延べ, the cumulative count (a span word, no part of the name)
    text = re.sub(r"延(?!べ)(?=\s*\d)", "延べ", text)
    # 「経営計画支援事業者数 目標値(A)100者」: an evaluation sheet's column letter after 目標値
    text = re.sub(r"(目標値?)\s*\(\s*[A-Z]\s*\)", r"\1", text)
    # 「経営分析事業者数（者） 30 35 40」: a row whose unit is in its name's bracket, its cells bare numbers
    # (「経営分析件数（件） 現行 25 R8 30 R9 30」: each cell after its year)
    if re.search(r"[)）]\s+(?:現行|現状|\d)", text):
        text = re.sub(r"(?<=\s)(?:R|FY)\s*\d+(?:\s*[:：]|(?=\s))\s*(?=\d)", "", text)
    # (「経営分析件数（件） 現行 32 目標 40 45 50」: its 現行 cell, a number or empty, is a baseline, and 目標 labels
    # the cells after it)
    text = re.sub(r"(?<=[)）])\s*(?:(?:現行|現状|現在)値?\s*[:：]?\s*(?:\d[\d,.]*|[－―‐−-]|未実施)\s+)?"
                  r"(?:目標値?\s*[:：]?\s*)?(?=\d)", " ", text)
    row = re.fullmatch(r"(?P<name>[^()]*[^\d\s()])\s*"
                       r"\((?P<unit>件|者|社|回|人|名|店|店舗|事業者|事業所|%|円|万円|千円)\)"
                       r"\s*(?P<cells>(?:\d[\d,.]*\s+)*\d[\d,.]*)", text)
    if row:
        text = row["name"] + " " + " ".join(c + row["unit"] for c in row["cells"].split())
    # 「巡回件数（年） 600件」: （年） after a name says per year
    # (「事業計画策定事業者数（年間）：30者」: a colon after it the same)
    text = re.sub(r"(?<=[^\d\s])\s*\(\s*年間?\s*\)\s*[:：]?\s*(?=\d|現行|現状)", " 年間 ", text)
    # 「記帳指導先数 現行45者 50者 55者」: a 別表1 row's 現行 (現状) cell is a baseline, no target
    # (「空き店舗への新規出店数 現行1店舗 目標 5年間で計6店舗」: before a 目標 cell the same; 「現行 －」: an empty one)
    text = re.sub(r"(?<=\S)\s+(?:現行|現状|現在|実績)値?\s*[:：]?\s*\d[\d,.]*\s*[^\d\s→⇒]{0,3}"
                  r"(?=\s+(?:目標|\d|(?:令和|R|FY)\s*\d))",
                  "", text)
    text = re.sub(r"(?<=\S)\s+(?:現行|現状)値?\s*[:：]?\s*(?:[－―‐−-]|未実施|実績なし|なし)(?=\s)", "", text)
    # 「金融相談会の開催 四半期毎2回」: a quarter's count, no name of its own (per neither year nor plan)
    # (「四半期に1回以上」 the same; inside a name's clause, 「四半期に1回以上のフォローアップを行う事業者の数」, the
    # name's)
    text = re.sub(r"\s*四半期(?:毎|ごと)?に?\s*(?=\d)" + _OUTSIDE_CLAUSE, " ", text)
    # 「経営革新計画策定支援 目標5件／年」「融資斡旋件数 本年度目標15件」 (the evaluation sheets): the word 目標
    # before a number labels it, no part of the name
    text = re.sub(r"(?<=[^\s:：])\s*(?:本年度|今年度|当年度|年度|期末)?目標値?"
                  r"\s*(?=(?:年間|延べ|累計|毎年)?\s*\d)", " ",
                  text)
    text = re.sub(r"(?<=[:：])\s*目標値?\s*(?=\d)", "", text)  # 「経営分析件数：目標40件、実績43件」
    # 「事業計画策定数 R8年度30件」: the fiscal year a value is for, no part of the name
    # (「創業者数 令和8年度：4人、令和9年度：5人」「新規出店数 R8：2店舗」: a colon after the year the same)
    text = re.sub(r"(?<=[^\d\s])(\s*)(?:(?:令和|平成|R|FY)\s*\d+\s*年度\s*[:：]?"
                  r"|(?:R|FY)\s*\d+(?:\s*[:：]|(?=\s)))(?=\s*\d)", r"\1", text)
    # 「創業計画策定支援件数 5件（R8年度）、6件（R9年度）」: the year a value is for, in brackets after it
    # (「年間60件（令和8年度のみ）」: the year it holds for, the same)
    text = re.sub(r"(?<=\D)[(（]\s*(?:令和|平成|R|FY)\s*\d+\s*年度?\s*(?:のみ|限り)?\s*[)）]", "", text)
    # 「新規顧客獲得数（1社当たり） 5件」「成約件数／社 1件」: a denominator between a name and its value
    # (the 別表1 rows of the METI guideline), no part of the name
    text = re.sub(r"\s*[(（]\s*1\s*[^\d()（）\s]{1,4}?\s*(?:当たり|当り|あたり)\s*[)）]\s*(?=(?:年間|毎年)?\s*\d)", " ",
                  text)  # (「（1事業者当たり） 年間100万円」: a span after it the same)
    # 「巡回訪問件数 600件／年（経営指導員3名）」: who does the work, in brackets, is no target
    # (「評価委員会（委員5名）」「経営指導員数（3名）」: the members of a body, its staff counted, the same)
    text = re.sub(rf"[(（]\s*(?:担当\s*[:：]?\s*)?(?:法定)?(?:{STAFF}|委員)等?\s*\d+\s*(?:名|人)(?:体制)?\s*[)）]", "",
                  text)
    # (「経営指導員の欠員（1名）」: a vacancy counted the same)
    text = re.sub(rf"((?:{STAFF})の?欠員)\s*[(（]\s*\d+\s*(?:名|人)\s*[)）]", r"\1", text)
    # (「（経営指導員1名減のため）」「（担当 経営指導員2名）」: a bracket on the staff, a change of it, who is in
    # charge)
    text = re.sub(rf"[(（](?![^()（）]*目標)[^()（）]*(?:{STAFF}|委員)[^()（）]*\d+\s*(?:名|人)"
                  r"(?!\s*(?:当たり|あたり|当り))"
                  r"[^()（）]*[)）]", "", text)
    text = re.sub(rf"((?:{STAFF})数)\s*[(（]\s*\d+\s*(?:名|人)\s*[)）]", r"\1", text)
    staffed = re.search(STAFF, text) is not None
    # 「成約件数 同25件」: 同 (the same span as the value before) is no part of the name
    text = re.sub(r"(?<=\s)同\s*(?=\d)", "", text)
    # 「経営指導員3名と補助員2名で」「経営指導員は4名、補助員は2名の体制で」: the staff, said in the sentence, the same
    # (「経営指導員4名及び経営支援員2名の体制で」: staff joined by 及び the same)
    # (「記帳専任職員1名」「町の産業振興課職員2名が」: a staff word after the words of its post or office the same)
    # (「・記帳専任職員 1名」「職員数4名」「嘱託専門員1名（外部委託あり）」「経営指導員2名を採用し」: after a list's
    # mark, with 数, before a bracket, taken on: the same)
    text = re.sub(rf"(?:(?<=^)|(?<=[\s、,，とのはに:：。・])|(?<=及び))[一-龥]{{0,8}}?(?:法定)?(?:{STAFF})等?数?"
                  r"\s*[はが]?\s*\d+\s*(?:名|人)(?=\s*(?:と|で|が|[、,，。(（]|及び|および|並びに|の?体制|が在籍|を配置|の?欠員|を?増員"
                  r"|減|増|が?退職|が?異動|が?着任|を?補充|を?採用|の?計|$))"
                  r"(?:\s*[(（]\s*うち[^()（）]*[)）])?",  # (「3名（うち1名は10月採用）」: a part of the staff)
                  "", text)
    # (「経営指導員3名、補助員2名、記帳専任職員1名の計6名とし」: the staff's total after them, the same)
    if staffed:
        text = re.sub(r"(?:(?<=^)|(?<=[、,，\s]))の?計\s*\d+\s*(?:名|人)"
                      r"(?=\s*(?:とし|とする|の体制|体制|で|[、。]|$))", "", text)
    text = re.sub(r"(?<=[^\d\s])\s*[/／]\s*(?:社|者|事業者|事業所|店)(?=\s+\d)", "", text)
    # 「①経営分析事業者数 － 30者 35者」「… 未実施 15者」: a 別表1 row's empty 現行 cell, no part of the name
    text = re.sub(r"(?<=[^\s\d])\s+(?:[－―‐−-]|未実施|実績なし|設定なし|なし)\s+(?=\d)", " ", text)
    # 「DX支援事業者数 2 0 者」「4 0件」: a number spaced out digit by digit (a cell's letters spread to its width)
    text = re.sub(r"(?<![\d,.])(?<!\d[ \t])\d(?:[ \t]+\d)+" + _LOOSE_COUNTER,
                  lambda m: re.sub(r"[ \t]+", "", m.group(0)), text)
    # 「ITツール導入支援事業者数 20  者／年」: a counter a converter set apart from its number is the number's
    text = re.sub(r"(?<=\d)[ \t]+" + _LOOSE_COUNTER, "", text)
    # 「事業者数年間60社」「記帳指導先数100者」: 数 before a number is the name's last word, not a
    # numeral prefix (数年 several years, 数100)
    return re.sub(r"数[ \t]*(年間|延べ|累計|合計|毎年|毎回)?(?=[ \t]*\d)", lambda m: "数 " + (m.group(1) or ""), text)

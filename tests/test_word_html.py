"""A plan saved by Word as a web page (docs24: a habit of writers P and Q's test plans, known from their
instructions, never their text): Word 2010's HTML read as the text it shows."""

from __future__ import annotations

import pytest

from hattatsu.errors import InputError
from hattatsu.extract.api import extract_bytes
from hattatsu.extract.blocks import Line, Table
from hattatsu.extract.readers import ReadOptions
from hattatsu.extract.readers.text import read_text
from hattatsu.extract.readers.text_html import html_document_lines, is_html_document
from hattatsu.model import Plan
from hattatsu.narrative import plain_text

_HEAD = """<html xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=shift_jis">
<meta name=Generator content="Microsoft Word 14">
<title>経営発達支援計画書</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>事務局長</o:Author>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
p.MsoNormal
	{margin:0mm;
	font-family:"ＭＳ 明朝";}
-->
</style>
</head>
<body lang=JA style='tab-interval:42.0pt'>
<div class=WordSection1 style='layout-grid:18.0pt'>
"""
_TAIL = "\n</div>\n</body>\n</html>\n"


def _doc(body: str) -> str:
    return _HEAD + body + _TAIL


@pytest.mark.parametrize(("text", "whole"), [
    (_doc("<p>本文</p>"), True),
    ("<!DOCTYPE html>\n<html lang=ja><body><p>本文</p></body></html>", True),
    ("\ufeff<?xml version='1.0'?>\n<!-- saved -->\n<HTML><BODY>x</BODY></HTML>", True),
    ("# 別表1\n\n<table><tr><td>項目</td></tr></table>\n", False),  # markdown with a table: fragments
    ("経営発達支援計画\n<html>の話</html>", False),
])
def test_a_document_that_is_html_from_its_start(text: str, whole: bool) -> None:
    assert is_html_document(text) is whole


def test_word_markup_reads_as_its_text() -> None:
    lines = html_document_lines(_doc("""<p class=MsoNormal><b><span style='font-family:"ＭＳ
ゴシック"'><span lang=EN-US>3. </span>地域の経済動向調査に関すること<o:p></o:p></span></b></p>
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
<p class=MsoNormal><span style='font-family:"ＭＳ 明朝"'>令和<span
lang=EN-US>9</span>年度から景況調査を年<span lang=EN-US>4</span>回行う。<br>
結果は<span lang=EN-US>HP&nbsp;&nbsp; </span>で公表する。<o:p></o:p></span></p>
<p class=MsoListParagraph style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1
lfo1'><![if !supportLists]><span lang=EN-US><span style='mso-list:Ignore'>①<span style='font:7.0pt
"Times New Roman"'>&nbsp;&nbsp;
</span></span></span><![endif]>景況調査<o:p></o:p></p>
"""))
    text = [ln for ln in lines if ln]
    assert text == ["3. 地域の経済動向調査に関すること", "令和9年度から景況調査を年4回行う。", "結果はHP で公表する。",
                    "① 景況調査"]
    assert not any("事務局長" in ln or "MsoNormal" in ln or "経営発達支援計画書" in ln for ln in lines)
    # each paragraph on the source line it starts on (the head's lines left blank)
    assert lines.index("3. 地域の経済動向調査に関すること") == _HEAD.count("\n")


def test_a_word_table_reads_as_its_rows() -> None:
    blocks, encoding = read_text(_doc("""<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0
 style='border-collapse:collapse;border:none'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
  <td width=142 valign=top style='width:106.3pt;border:solid windowtext 1.0pt;
  padding:0mm 5.4pt 0mm 5.4pt'>
  <p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
  </td>
  <td width=80 valign=top><p class=MsoNormal>現行<o:p></o:p></p></td>
  <td width=80 valign=top><p class=MsoNormal>平成<span lang=EN-US>27</span>年度<o:p></o:p></p></td>
  <td width=80 valign=top><p class=MsoNormal>平成<span lang=EN-US>28</span>年度<o:p></o:p></p></td>
 </tr>
 <tr>
  <td rowspan=1 valign=top><p class=MsoNormal>巡回訪問<br>
  件数<o:p></o:p></p></td>
  <td><p class=MsoNormal><span lang=EN-US>120</span>件</p></td>
  <td><p class=MsoNormal><span lang=EN-US>150</span>件</p></td>
  <td><p class=MsoNormal>－</p></td>
 </tr>
</table>
<p class=MsoNormal>以上<o:p></o:p></p>""").encode("cp932"), "plan.htm")
    assert encoding == "cp932"
    table = next(b for b in blocks if isinstance(b, Table))
    assert table.rows == [["", "現行", "平成27年度", "平成28年度"], ["巡回訪問\n件数", "120件", "150件", "－"]]
    assert [b.text for b in blocks if isinstance(b, Line)] == ["以上"]


_PLAN = """<p class=MsoNormal><b>（別表１）<o:p></o:p></b></p>
<p class=MsoNormal><b>経営発達支援事業の目標<o:p></o:p></b></p>
<p class=MsoNormal><b><span lang=EN-US>1.&nbsp;</span>地域の現状と課題<o:p></o:p></b></p>
<p class=MsoNormal>町の事業者数は<span lang=EN-US>412</span>者である。<o:p></o:p></p>
<p class=MsoNormal><b>経営発達支援計画の実施期間（平成<span lang=EN-US>27</span>年<span lang=EN-US>4</span>月<span
lang=EN-US>1</span>日～平成<span lang=EN-US>32</span>年<span lang=EN-US>3</span>月<span
lang=EN-US>31</span>日）<o:p></o:p></b></p>
<p class=MsoNormal><b>経営発達支援事業の内容<o:p></o:p></b></p>
<p class=MsoNormal><b><span lang=EN-US>1.&nbsp;</span>地域の経済動向調査に関すること<o:p></o:p></b></p>
<p class=MsoNormal><span lang=EN-US>(1)&nbsp;</span>現状と課題<o:p></o:p></p>
<p class=MsoNormal>景況調査を行っていない。<o:p></o:p></p>
<p class=MsoNormal><span lang=EN-US>(2)&nbsp;</span>目標<o:p></o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
 <tr><td><p class=MsoNormal><o:p>&nbsp;</o:p></p></td><td><p class=MsoNormal>現行</p></td>
  <td><p class=MsoNormal>平成<span lang=EN-US>27</span>年度</p></td><td><p class=MsoNormal>平成<span
  lang=EN-US>28</span>年度</p></td><td><p class=MsoNormal>平成<span lang=EN-US>29</span>年度</p></td>
  <td><p class=MsoNormal>平成<span lang=EN-US>30</span>年度</p></td><td><p class=MsoNormal>平成<span
  lang=EN-US>31</span>年度</p></td></tr>
 <tr><td><p class=MsoNormal>景況調査の公表回数</p></td><td><p class=MsoNormal>－</p></td>
  <td><p class=MsoNormal><span lang=EN-US>4</span>回</p></td><td><p class=MsoNormal><span lang=EN-US>4</span>回</p></td>
  <td><p class=MsoNormal><span lang=EN-US>4</span>回</p></td><td><p class=MsoNormal><span lang=EN-US>4</span>回</p></td>
  <td><p class=MsoNormal><span lang=EN-US>4</span>回</p></td></tr>
</table>
"""


def test_a_2014_form_plan_saved_as_a_web_page() -> None:
    docs = extract_bytes(_doc(_PLAN).replace("\n", "\r\n").encode("cp932"), "keikaku.htm",
                         ReadOptions(nlp=False, entities=False))
    plan = next(d for d in docs if isinstance(d, Plan))
    assert plain_text(plan.goals.region) == "町の事業者数は412者である。"
    assert (plan.period.start.isoformat(), plan.period.end.isoformat()) == ("2015-04-01", "2020-03-31")
    assert [(i.number, i.key) for i in plan.items] == [(1, "economic_trends")]
    t = plan.items[0].targets[0]
    assert (t.indicator, t.unit, t.baseline, t.values) == (
        "景況調査の公表回数", "回", None, {"2015": 4, "2016": 4, "2017": 4, "2018": 4, "2019": 4})


def test_bad_web_pages_are_bounded() -> None:
    with pytest.raises(InputError):  # markup and nothing of a plan: a clear message, no traceback
        read_text(_doc("<p class=MsoNormal><o:p>&nbsp;</o:p></p>").encode(), "empty.htm")
    # a table never closed, tables nested past reason: still read, in bounded work
    deep = _doc("<table><tr><td>" * 200 + "景況調査" + "<p>本文</p>")
    lines = html_document_lines(deep)
    assert lines is not None and any("景況調査" in ln for ln in lines)

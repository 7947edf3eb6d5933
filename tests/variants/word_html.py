"""docs24: a variant saved by Word 2010 as a web page (「Web ページ」, .htm), as a chamber sends it.

The rendered text's blocks (read back by the text reader, as ``build_docx`` does) are written as Word 2010 writes
HTML: a head of Office XML in conditional comments and CSS in a comment, Shift_JIS, ``<p class=MsoNormal>``
paragraphs whose half-width runs are ``<span lang=EN-US>`` (a word split across runs: 「令和<span
lang=EN-US>9</span>年度」), ``<o:p></o:p>`` at each paragraph's end and ``<o:p>&nbsp;</o:p>`` in an empty one,
runs of spaces as ``&nbsp;``, ① lists numbered by Word (``<![if !supportLists]>`` and its ``mso-list:Ignore`` span
holding the label), ``<table class=MsoTableGrid>`` tables with Word's width and style attributes (the 概要's cells
paragraphs of lines split by ``<br>``, a 目標 table's 「目標」 spanning its years over a second header row, the other
header cells ``rowspan=2``), and the source lines wrapped at 76 columns inside tags, as Word wraps them.
"""

from __future__ import annotations

import html
import re

from hattatsu.extract.blocks import Line, Table
from hattatsu.extract.readers.text import read_text
from hattatsu.normalize import compact, is_fiscal_year_label

from .word import _summary_pieces

_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=shift_jis">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 14">
<meta name=Originator content="Microsoft Word 14">
<link rel=File-List href="keikaku.files/filelist.xml">
<title>経営発達支援計画（別表1）</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>事務局 指導課</o:Author>
  <o:LastAuthor>経営指導員</o:LastAuthor>
  <o:Revision>12</o:Revision>
  <o:Created>2015-01-20T02:11:00Z</o:Created>
  <o:Pages>18</o:Pages>
  <o:Company>商工会</o:Company>
  <o:Version>14.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>
  <w:Compatibility>
   <w:SpaceForUL/>
   <w:UseFELayout/>
  </w:Compatibility>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"ＭＳ 明朝";
	panose-1:2 2 6 9 4 2 5 8 3 4;
	mso-font-charset:128;}
 @font-face
	{font-family:"ＭＳ ゴシック";
	panose-1:2 11 6 9 7 2 5 8 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	margin:0mm;
	text-align:justify;
	font-size:10.5pt;
	font-family:"ＭＳ 明朝","serif";}
p.MsoListParagraph
	{margin-left:42.0pt;
	text-indent:0mm;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:99.25pt 30.0mm 30.0mm 30.0mm;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
 @list l0:level1
	{mso-level-number-format:decimal-enclosed-circle;
	mso-level-text:%1;}
-->
</style>
</head>

<body lang=JA style='tab-interval:42.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:18.0pt'>
"""
_TAIL = """
</div>

</body>

</html>
"""
_EMPTY = "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>"
_MINCHO = "<span style='font-family:\"ＭＳ 明朝\",\"serif\"'>"
_HEADING = re.compile(r"^(?:[(（]別表|[0-9０-９]{1,2}[.．]|[IVXⅠⅡⅢ]+[.．]|経営発達支援)")
_HALF = re.compile(r"[ -~]+")  # a run of half-width characters: Word writes it in a span of its own
_CIRCLED = re.compile(r"^([①-⑳])\s*")
_WRAP = 76
_SHEET = re.compile(r"^[(（]別表([1-4])[)）]")


def _runs(text: str) -> str:
    """A paragraph's text as Word's runs: half-width pieces in ``<span lang=EN-US>``, runs of spaces as
    ``&nbsp;`` (the last one a space)."""
    out, last = [], 0
    for m in _HALF.finditer(text):
        out.append(html.escape(text[last:m.start()], quote=False))
        piece = html.escape(m.group(0), quote=False)
        piece = re.sub(r" {2,}", lambda s: "&nbsp;" * (len(s.group(0)) - 1) + " ", piece)
        out.append(f"<span lang=EN-US>{piece}</span>")
        last = m.end()
    out.append(html.escape(text[last:], quote=False))
    return "".join(out)


def _paragraph(text: str, list_id: int) -> str:
    if not text.strip():
        return _EMPTY
    if (m := _CIRCLED.match(text)) and text[m.end():].strip():  # Word's own ① list: the label in an Ignore span
        return (f"<p class=MsoListParagraph style='margin-left:18.0pt;mso-para-margin-left:0gd;text-indent:-18.0pt;"
                f"mso-list:l{list_id} level1 lfo{list_id + 1}'><![if !supportLists]><span lang=EN-US "
                f"style='mso-fareast-font-family:\"ＭＳ 明朝\"'><span style='mso-list:Ignore'>{m.group(1)}<span "
                f"style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span></span><![endif]>"
                f"{_runs(text[m.end():])}<span lang=EN-US><o:p></o:p></span></p>")
    if _HEADING.match(text):
        return (f"<p class=MsoNormal><b><span style='font-family:\"ＭＳ ゴシック\";mso-ascii-font-family:Century'>"
                f"{_runs(text)}<o:p></o:p></span></b></p>")
    return f"<p class=MsoNormal>{_MINCHO}{_runs(text)}<o:p></o:p></span></p>"


def _cell(paragraphs: list[list[str]], width: int, border: str, span: str = "") -> list[str]:
    """A cell of paragraphs, each of lines set apart by <br>."""
    out = [f"  <td width={width}{span} valign=top style='width:{width * 0.75:.1f}pt;{border};mso-border-alt:solid "
           "windowtext .5pt;padding:0mm 5.4pt 0mm 5.4pt'>"]
    for lines in paragraphs or [[""]]:
        body = "<br>\n".join(_runs(ln) for ln in lines) if any(ln.strip() for ln in lines) else ""
        out.append(f"  <p class=MsoNormal>{_MINCHO}{body}<o:p></o:p></span></p>" if body else f"  {_EMPTY}")
    out.append("  </td>")
    return out


def _border(i: int, j: int) -> str:
    return "border:solid windowtext 1.0pt" if i == 0 and j == 0 else (
        "border:solid windowtext 1.0pt;border-left:none" if i == 0 else
        "border:solid windowtext 1.0pt;border-top:none" if j == 0 else
        "border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt")


def _table(rows: list[list[str]], targets: bool) -> list[str]:
    """A table as Word writes it: the 概要's content cells as paragraphs of lines (<br>), a 目標 table's header over
    two rows — 「目標」 spanning the years (colspan), the other header cells merged down (rowspan) — as Word draws
    the form's."""
    n = max(len(r) for r in rows)
    width = 567 // n
    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
           "border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0mm 5.4pt 0mm "
           "5.4pt'>"]
    summary = compact(rows[0][0]).startswith("実施者名") if rows[0] else False
    years = [j for j, c in enumerate(rows[0]) if is_fiscal_year_label(compact(c))]
    body = rows
    if targets and len(years) >= 2 and years == list(range(years[0], years[-1] + 1)) and len(rows) >= 2:
        out.append(" <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>")
        for j in range(n):
            if j == years[0]:
                out += _cell([["目標"]], width * len(years), _border(0, j), f" colspan={len(years)}")
            elif j not in years:
                out += _cell([[rows[0][j] if j < len(rows[0]) else ""]], width, _border(0, j), " rowspan=2")
        out.append(" </tr>")
        out.append(" <tr style='mso-yfti-irow:1'>")
        for j in years:
            out += _cell([[rows[0][j]]], width, _border(1, j))
        out.append(" </tr>")
        body = rows[1:]
    start = 0 if body is rows else 2
    for i, row in enumerate(body, start):
        mark = ";mso-yfti-firstrow:yes" if i == 0 else ";mso-yfti-lastrow:yes" if i == start + len(body) - 1 else ""
        out.append(f" <tr style='mso-yfti-irow:{i}{mark}'>")
        for j in range(n):
            cell = row[j] if j < len(row) else ""
            lines = _summary_pieces(compact(row[0]), cell) if summary and j else [cell.split("\n")]
            out += _cell(lines, width, _border(i, j))
        out.append(" </tr>")
    out.append("</table>")
    return out


def _wrap(line: str) -> list[str]:
    """A source line wrapped as Word wraps its HTML: at a space inside a tag, once past 76 columns."""
    out = []
    while len(line) > _WRAP:
        inside, cut = False, -1
        for k, ch in enumerate(line):
            if ch == "<":
                inside = True
            elif ch == ">":
                inside = False
            elif ch == " " and inside and k >= _WRAP // 2:
                cut = k
                if k >= _WRAP:
                    break
        if cut < 0:
            break
        out.append(line[:cut])
        line = line[cut + 1:]
    return [*out, line]


def word_html(text: str, name: str = "plan.txt") -> bytes:
    """The rendered text as Word 2010's web page, in Shift_JIS (characters outside it as references)."""
    blocks, _ = read_text(text.encode("utf-8"), name)
    body: list[str] = []
    lists, sheet = 0, None
    for b in blocks:
        if isinstance(b, Table):
            body += _table(b.rows, targets=sheet == "1")  # (別表1's 目標 tables)
            body.append(_EMPTY)
        elif isinstance(b, Line):
            if m := _SHEET.match(compact(b.text)):
                sheet = m.group(1)
            if _CIRCLED.match(b.text) and (not body or "mso-list" not in body[-1]):
                lists += 1
            body.append(_paragraph(b.text, lists))
    out = [w for ln in body for w in _wrap(ln)]
    return (_HEAD + "\n".join(out) + "\n" + _TAIL).replace("\n", "\r\n").encode("cp932", errors="xmlcharrefreplace")

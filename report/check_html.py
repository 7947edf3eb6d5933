"""Findings as one self-contained HTML page (no scripts, fonts or styles from a network)."""

from __future__ import annotations

import datetime as dt
from html import escape

from hattatsu.findings import CheckReport, FileReport
from hattatsu.sections import kind_name, section_name

from .check_text import where

_LABEL = {"error": "エラー", "warning": "警告", "info": "情報"}
_STYLE = """
body{font-family:"Noto Sans CJK JP","Hiragino Sans","Yu Gothic",Meiryo,sans-serif;margin:2em;color:#222}
h1{font-size:1.4em}h2{font-size:1.1em;margin-top:2em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.5em 0;width:100%}th,td{border:1px solid #ccc;padding:.3em .5em;
text-align:left;vertical-align:top}th{background:#f3f3f3}td.n{text-align:right;width:5em}
.error{color:#b00020;font-weight:bold}.warning{color:#8a5a00}.info{color:#555}.ok{color:#1b5e20}
.summary span{margin-right:1.5em}code{font-size:.9em}
"""


def _status(f: FileReport) -> str:
    if f.error:
        return '<span class="error">読めません</span>'
    if f.skipped:
        return '<span class="info">読み飛ばし</span>'
    return '<span class="ok">OK</span>' if f.ok else '<span class="error">NG</span>'


def render_html(report: CheckReport) -> str:
    s = report.summary
    out = ["<!DOCTYPE html>", '<html lang="ja"><head><meta charset="utf-8">',
           "<title>hattatsu check</title>", f"<style>{_STYLE}</style></head><body>",
           "<h1>経営発達支援計画のチェック結果</h1>",
           f'<p class="summary"><span>{s.files} ファイル</span><span class="error">エラー {s.errors}</span>'
           f'<span class="warning">警告 {s.warnings}</span><span class="info">情報 {s.infos}</span>'
           f"<span>読めないファイル {s.unreadable}</span><span>読み飛ばし {s.skipped}</span>"
           f"<span>{dt.date.today().isoformat()}</span></p>",
           "<table><tr><th>ファイル</th><th>種類</th><th>判定</th><th>エラー</th><th>警告</th><th>情報</th></tr>"]
    for i, f in enumerate(report.files):
        out.append(f'<tr><td><a href="#f{i}">{escape(f.path)}</a></td><td>{escape(kind_name(f.kind))}</td>'
                   f"<td>{_status(f)}</td><td class=n>{f.count('error')}</td><td class=n>{f.count('warning')}</td>"
                   f"<td class=n>{f.count('info')}</td></tr>")
    out.append("</table>")
    for i, f in enumerate(report.files):
        out.append(f'<h2 id="f{i}">{escape(f.path)} {_status(f)}</h2>')
        if f.error or f.skipped:
            out.append(f"<p>{escape(f.error or f.skipped or '')}</p>")
            continue
        if not f.findings:
            out.append("<p>指摘はありません。</p>")
            continue
        out.append("<table><tr><th>重要度</th><th>ルール</th><th>箇所</th><th>位置</th><th>内容</th></tr>")
        for x in f.findings:
            out.append(f'<tr><td class="{x.severity}">{_LABEL[x.severity]}</td><td><code>{escape(x.rule)}</code></td>'
                       f"<td>{escape(section_name(x.section, f.item_numbers))}</td><td>{escape(where(x.location))}</td>"
                       f"<td>{escape(x.message)}</td></tr>")
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"

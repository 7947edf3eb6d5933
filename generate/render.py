"""Filling the templates: one docx per form (概要, 別表1–4) rendered in a sandboxed
Jinja environment, then put together into one document."""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
import zipfile
from importlib.resources import files
from pathlib import Path
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm
from jinja2 import TemplateError
from jinja2.sandbox import SandboxedEnvironment

from hattatsu.errors import InputError
from hattatsu.model import Plan

from .context import build_context, paragraphs_of
from .narrative_docx import NARRATIVE_TABLE, narrative_filter, put, text_of
from .sandbox import LimitedSandbox, TemplateLimitError, limits

FORMS = ["summary.docx", "beppyo1.docx", "beppyo2.docx", "beppyo3.docx", "beppyo4.docx"]
_CONTEXT_KEY = {"summary.docx": "summary", "beppyo1.docx": "goals", "beppyo2.docx": "organization",
                "beppyo3.docx": "funding", "beppyo4.docx": "partners"}
TEXT_WIDTH_CM = 16.0
_NUMBER = re.compile(r"^[-−△▲]?[\d,.]+\s*(千円|円|%|％)?$")


def paragraphs(text: Any) -> list[str]:
    """A text field as its paragraphs (the templates print one Word paragraph each); a field
    given as blocks gives the lines of its plain text."""
    return paragraphs_of(text if isinstance(text, str) else text_of(text))


def environment() -> SandboxedEnvironment:
    """Templates may come from users: no attribute of Python internals is reachable, and what
    a template may build, call or read is limited (generate/sandbox.py)."""
    env = LimitedSandbox(autoescape=True)
    env.filters["paragraphs"] = paragraphs
    env.filters["narrative"] = text_of  # replaced per form by render_form (blocks need the form)
    return env


def template_path(name: str, template_dir: Path | None) -> Path:
    if template_dir is not None and (template_dir / name).is_file():
        return template_dir / name
    return Path(str(files("hattatsu.templates").joinpath(name)))


def _check_template(path: Path) -> None:
    """A template must be a Word file whose XML declares no DTD (no entity can expand)."""
    try:
        with zipfile.ZipFile(path) as z:
            if "word/document.xml" not in z.namelist():
                raise InputError(str(path), "Word のテンプレート（.docx）ではありません")
            for name in z.namelist():
                if name.endswith((".xml", ".rels")) and b"<!DOCTYPE" in z.read(name)[:4096].upper():
                    raise InputError(str(path), f"テンプレートの {name} に DTD があります（実体宣言は使えません）")
    except (zipfile.BadZipFile, OSError) as e:
        raise InputError(str(path), f"テンプレートを開けません（{e}）") from None


def render_form(path: Path, context: dict[str, Any], env: SandboxedEnvironment):
    from docxtpl import DocxTemplate

    _check_template(path)
    tpl = DocxTemplate(str(path))
    env.filters["narrative"] = narrative_filter(tpl)
    try:
        with limits():
            tpl.render(context, env, autoescape=True)
    except TemplateLimitError as e:
        raise InputError(str(path), f"テンプレートが制限を超えました（{e}）") from None
    except TemplateError as e:
        raise InputError(str(path), f"テンプレートを埋められません（{type(e).__name__}: {e}）") from None
    except RecursionError:
        raise InputError(str(path), "テンプレートの呼び出しが深すぎます（自分を呼び続けるマクロ）") from None
    except MemoryError:
        raise InputError(str(path), "テンプレートがメモリを使いすぎます（大きすぎる文字列やリスト）") from None
    except Exception as e:  # a runtime error of the template's own expressions: {{ 1/0 }}, a bad type
        raise InputError(str(path), f"テンプレートを埋められません（{type(e).__name__}: {e}）") from None
    return tpl.docx


def render_plan(plan: Plan, template_dir: Path | None = None) -> tuple[bytes, list[str]]:
    """The submission as .docx bytes, and the warnings met on the way."""
    context, warnings = build_context(plan)
    combined = render_context(context, template_dir)
    set_properties(combined, plan)
    buf = io.BytesIO()
    combined.save(buf)
    return buf.getvalue(), warnings


def render_context(context: dict[str, Any], template_dir: Path | None = None):
    """The forms filled from a template context, put together into one python-docx Document."""
    env = environment()
    documents = []
    for name in FORMS:
        if context.get(_CONTEXT_KEY[name]) is None and name != "beppyo1.docx":
            continue  # the plan has no such part (a plan without 別表4, a file without 概要)
        documents.append(render_form(template_path(name, template_dir), context, env))
    combined = documents[0]
    body = combined.element.body
    end = body.find(qn("w:sectPr"))
    for doc in documents[1:]:
        for el in doc.element.body.iterchildren():
            if el.tag != qn("w:sectPr"):
                end.addprevious(copy.deepcopy(el))
    if combined.paragraphs:  # the first form starts the document: no page break before it
        combined.paragraphs[0].paragraph_format.page_break_before = False
    fit_tables(combined)
    _keep_a_paragraph_in_each_cell(combined)
    return combined


def _keep_a_paragraph_in_each_cell(doc) -> None:
    """A cell whose paragraphs were all template tags (an empty 別表4 entry) gets an empty one:
    Word refuses a cell without a paragraph."""
    for tc in doc.element.body.iter(qn("w:tc")):
        if tc.find(qn("w:p")) is None and tc.find(qn("w:tbl")) is None:
            tc.append(tc.makeelement(qn("w:p"), {}))


def set_properties(doc, plan: Plan) -> None:
    """The document's title and author name the plan and its chamber (LibreOffice carries
    them into the PDF), not the library that wrote the file."""
    name = plan_owner(plan)
    props = doc.core_properties
    props.title = f"経営発達支援計画（{name}）" if name else "経営発達支援計画"
    props.subject = "経営発達支援計画"
    props.author = props.last_modified_by = name or ""
    props.comments = props.keywords = props.category = ""
    props.created = props.modified = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    props.revision = 1


def plan_owner(plan: Plan) -> str | None:
    """The 商工会 or 商工会議所 whose plan it is: the 概要's implementer that is not a 市町村, else
    the first contact of 別表2."""
    implementers = plan.summary.implementers if plan.summary else []
    chamber = next((i.name for i in implementers if i.type != "municipality" and i.name), None)
    if chamber:
        return chamber
    org = plan.organization
    first = org.contacts[0].organization if org and org.contacts else None
    return first or (implementers[0].name if implementers else None)


def _narrow_margins(table) -> None:
    """Cell margins of 1 mm left and right, so that 「令和10年度」 fits a year column."""
    tblpr = table._tbl.tblPr
    mar = tblpr.find(qn("w:tblCellMar"))
    if mar is None:
        mar = tblpr.makeelement(qn("w:tblCellMar"), {})
        put(tblpr, mar)
    for side in ("left", "right"):
        el = mar.find(qn(f"w:{side}"))
        if el is None:
            el = mar.makeelement(qn(f"w:{side}"), {})
            mar.append(el)
        el.set(qn("w:w"), str(int(Cm(0.1).twips)))
        el.set(qn("w:type"), "dxa")


# Columns of the tables by year (目標, 別表3): one width for each kind of column across the
# document, the label column taking the rest of the text width. A year column holds
# 「令和10年度」 on one line (five full-width characters at the table's type size + margins).
_YEAR = re.compile(r"^(令和|平成)(\d{1,2}|元)年度$|^\d{4}年度$")
_VALUE_COLUMNS_CM = {"公表方法": 1.9, "現行": 1.6, "計画期間合計": 2.2}
_YEAR_CM = {9.0: 1.95, 10.5: 2.3}
_MIN_LABEL_CM = 2.6


def _caption(table) -> str | None:
    el = table._tbl.tblPr.find(qn("w:tblCaption"))
    return el.get(qn("w:val")) if el is not None else None


def _type_size(table) -> float:
    """The table's type size in points (its first cell's paragraph style), 9 by default."""
    p = table.rows[0].cells[0].paragraphs[0]
    size = p.style.font.size if p.style is not None else None
    return size.pt if size else 9.0


def year_columns(header: list[str], size: float) -> list[float] | None:
    """Widths of a table by year from its header row, or None when it is not one."""
    if not any(_YEAR.match(h) for h in header[1:]):
        return None
    year = _YEAR_CM.get(size, 1.95 * size / 9.0)
    values = [year if _YEAR.match(h) else _VALUE_COLUMNS_CM.get(h, year) for h in header[1:]]
    label = TEXT_WIDTH_CM - sum(values)
    if label < _MIN_LABEL_CM:  # many columns: all shrink alike
        scale = (TEXT_WIDTH_CM - _MIN_LABEL_CM) / sum(values)
        values, label = [v * scale for v in values], _MIN_LABEL_CM
    return [label, *values]


def _flag(parent, tag: str) -> None:
    if parent.find(qn(tag)) is None:
        put(parent, parent.makeelement(qn(tag), {}))


_AFTER_AUTOSPACE = ("w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                    "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
                    "w:pPrChange")


def _no_autospace(cell) -> None:
    """No extra space between kanji and digits (「令和 10 年度」 would not fit its column)."""
    for p in cell.paragraphs:
        ppr = p._p.get_or_add_pPr()
        for tag in ("w:autoSpaceDE", "w:autoSpaceDN"):
            if ppr.find(qn(tag)) is None:
                el = ppr.makeelement(qn(tag), {qn("w:val"): "0"})
                ppr.insert_element_before(el, *_AFTER_AUTOSPACE)


def _align(cell, how) -> None:
    for p in cell.paragraphs:
        p.alignment = how


def _span_group_rows(table, widths: list[float]) -> None:
    """A 目標 row with a label and no value heads the rows below it (the reader's convention
    too): its label spans the row, in ゴシック, so that it stands apart from its indicators."""
    for row in list(table.rows)[1:]:
        tcs = row._tr.findall(qn("w:tc"))
        if len(tcs) < 2 or any("".join(tc.itertext()).strip() for tc in tcs[1:]):
            continue
        if not "".join(tcs[0].itertext()).strip():
            continue
        for tc in tcs[1:]:
            row._tr.remove(tc)
        tcpr = tcs[0].get_or_add_tcPr()
        span = tcpr.makeelement(qn("w:gridSpan"), {qn("w:val"): str(len(tcs))})
        tcw = tcpr.find(qn("w:tcW"))
        (tcw.addnext(span) if tcw is not None else tcpr.insert(0, span))
        if tcw is not None:
            tcw.set(qn("w:w"), str(int(Cm(sum(widths)).twips)))
        for run in row.cells[0].paragraphs[0].runs:
            run.bold = True


def fit_tables(doc) -> None:
    """Every table inside the margins: tables by year with one width per kind of column, year
    headers on one line and values centred; the 概要 with a label column; the others shared.
    Tables drawn from narrative blocks were sized when drawn and are left as they are."""
    for table in doc.tables:
        rows = table.rows
        if not rows or _caption(table) == NARRATIVE_TABLE:
            continue
        n = len(table.columns)
        header = [c.text.strip() for c in rows[0].cells]
        first = header[0]
        by_year = year_columns(header, _type_size(table)) if n > 2 else None
        funding = len(rows) > 1 and rows[1].cells[0].text.strip() == "必要な資金の額"  # 別表3
        if by_year:
            widths = by_year
        elif first == "実施者名":
            widths = [3.0, TEXT_WIDTH_CM - 3.0]
        elif n == 1:
            widths = [TEXT_WIDTH_CM]
        elif n == 2:
            widths = [6.0, 3.0]
        else:
            label = max(3.0, min(5.5, TEXT_WIDTH_CM - (n - 1) * 2.0))
            widths = [label] + [(TEXT_WIDTH_CM - label) / (n - 1)] * (n - 1)
        table.autofit = False
        _narrow_margins(table)
        for i, row in enumerate(rows):  # rows never split over a page; a table's header repeats
            trpr = row._tr.get_or_add_trPr()
            _flag(trpr, "w:cantSplit")
            if i == 0 and n > 2 and len(rows) > 1:
                _flag(trpr, "w:tblHeader")
        grid = table._tbl.tblGrid
        for col, w in zip(grid.findall(qn("w:gridCol")), widths, strict=False):
            col.set(qn("w:w"), str(int(Cm(w).twips)))
        if by_year and not funding:
            _span_group_rows(table, widths)
        for r, row in enumerate(rows):
            if len(row._tr.findall(qn("w:tc"))) == 1 and n > 1:
                continue  # a group row, spanned
            for cell in row.cells[1:]:
                text = cell.text.strip()
                if by_year and r == 0:  # 「令和10年度」 never wraps
                    _flag(cell._tc.get_or_add_tcPr(), "w:noWrap")
                    _align(cell, WD_ALIGN_PARAGRAPH.CENTER)
                    _no_autospace(cell)
                elif by_year and not funding:
                    _align(cell, WD_ALIGN_PARAGRAPH.CENTER)  # 目標: counts and 公表方法 centred
                elif _NUMBER.match(text):  # amounts line up on the right
                    _align(cell, WD_ALIGN_PARAGRAPH.RIGHT)
            for tc, w in zip(row._tr.findall(qn("w:tc")), widths, strict=False):
                tcpr = tc.get_or_add_tcPr()
                tcw = tcpr.find(qn("w:tcW"))
                if tcw is None:
                    tcw = tcpr.makeelement(qn("w:tcW"), {})
                    tcpr.insert(0, tcw)
                tcw.set(qn("w:w"), str(int(Cm(w).twips)))
                tcw.set(qn("w:type"), "dxa")

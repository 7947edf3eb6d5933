"""Filling the templates: one docx per form (概要, 別表1–4) rendered in a sandboxed
Jinja environment, then put together into one document."""

from __future__ import annotations

import copy
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
from .sandbox import LimitedSandbox, TemplateLimitError, limits

FORMS = ["summary.docx", "beppyo1.docx", "beppyo2.docx", "beppyo3.docx", "beppyo4.docx"]
_CONTEXT_KEY = {"summary.docx": "summary", "beppyo1.docx": "goals", "beppyo2.docx": "organization",
                "beppyo3.docx": "funding", "beppyo4.docx": "partners"}
TEXT_WIDTH_CM = 16.0
_NUMBER = re.compile(r"^[-−△▲]?[\d,.]+\s*(千円|円|%|％)?$")


def paragraphs(text: Any) -> list[str]:
    """A text field as its paragraphs (the templates print one Word paragraph each)."""
    return paragraphs_of(str(text or ""))


def environment() -> SandboxedEnvironment:
    """Templates may come from users: no attribute of Python internals is reachable, and what
    a template may build, call or read is limited (generate/sandbox.py)."""
    env = LimitedSandbox(autoescape=True)
    env.filters["paragraphs"] = paragraphs
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
    buf = io.BytesIO()
    combined.save(buf)
    return buf.getvalue(), warnings


def _narrow_margins(table) -> None:
    """Cell margins of 1 mm left and right, so that 「令和10年度」 fits a year column."""
    tblpr = table._tbl.tblPr
    mar = tblpr.find(qn("w:tblCellMar"))
    if mar is None:
        mar = tblpr.makeelement(qn("w:tblCellMar"), {})
        tblpr.append(mar)
    for side in ("left", "right"):
        el = mar.find(qn(f"w:{side}"))
        if el is None:
            el = mar.makeelement(qn(f"w:{side}"), {})
            mar.append(el)
        el.set(qn("w:w"), str(int(Cm(0.1).twips)))
        el.set(qn("w:type"), "dxa")


def fit_tables(doc) -> None:
    """Every table inside the margins: a wider first column for labels, the rest shared."""
    for table in doc.tables:
        rows = table.rows
        if not rows:
            continue
        n = len(table.columns)
        first = rows[0].cells[0].text.strip()
        if first == "実施者名":
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
            if trpr.find(qn("w:cantSplit")) is None:
                trpr.append(trpr.makeelement(qn("w:cantSplit"), {}))
            if i == 0 and n > 2 and len(rows) > 1 and trpr.find(qn("w:tblHeader")) is None:
                trpr.append(trpr.makeelement(qn("w:tblHeader"), {}))
        grid = table._tbl.tblGrid
        for col, w in zip(grid.findall(qn("w:gridCol")), widths, strict=False):
            col.set(qn("w:w"), str(int(Cm(w).twips)))
        for row in rows:
            for cell in row.cells[1:]:  # amounts and counts line up on the right
                if _NUMBER.match(cell.text.strip()):
                    for p in cell.paragraphs:
                        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for tc, w in zip(row._tr.findall(qn("w:tc")), widths, strict=False):
                tcpr = tc.get_or_add_tcPr()
                tcw = tcpr.find(qn("w:tcW"))
                if tcw is None:
                    tcw = tcpr.makeelement(qn("w:tcW"), {})
                    tcpr.insert(0, tcw)
                tcw.set(qn("w:w"), str(int(Cm(w).twips)))
                tcw.set(qn("w:type"), "dxa")

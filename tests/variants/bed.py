"""The variant bed: source plans, one variant built and extracted, compared field by field.

Source data is what the current extractor reads from the synthetic plan in
``corpus/`` and from the real plans in ``../shared/corpus`` (those plans read at
540/540 against the hand-checked ``tests/golden`` files); nothing of their text
is written into the repository.
"""

from __future__ import annotations

import functools
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hattatsu.extract.api import extract_bytes, extract_file
from hattatsu.extract.readers import ReadOptions
from hattatsu.model import Plan
from hattatsu.normalize import compact
from tests.doc_diff import narrative_text

from .conventions import DEFECTS, Convention, Style, style_of
from .render import expected, render

ROOT = Path(__file__).resolve().parents[2]
SYNTHETIC = ROOT / "corpus" / "midorigawa-society_plan_R9-R13.txt"
SHARED = ROOT.parent / "shared" / "corpus"
OPTIONS = ReadOptions(nlp=False, entities=False)


def source_files() -> list[Path]:
    """The synthetic plan, and the real corpus plans when ../shared/corpus is beside the checkout."""
    return [SYNTHETIC] + (sorted(SHARED.glob("*plan*.txt")) if SHARED.is_dir() else [])


@functools.cache
def source_plan(path: Path) -> dict[str, Any]:
    """The plan's data (JSON), read from its original document."""
    plan = next(d for d in extract_file(path, OPTIONS) if isinstance(d, Plan))
    return plan.model_dump(mode="json")


def _text(v: Any) -> Any:
    v = narrative_text(v)
    return compact(v) if isinstance(v, str) else v


def fields(plan: dict[str, Any]) -> dict[str, Any]:
    """The values the bed compares, by path (text compared without white space)."""
    out: dict[str, Any] = {}
    s = plan.get("summary")
    if s:
        out["summary.implementers"] = [(i["name"], i["type"], i["corporate_number"], i["local_gov_code"])
                                       for i in s["implementers"]]
        out["summary.period"] = s["period"] and (s["period"]["start"], s["period"]["end"])
        out["summary.objectives"] = [_text(o) for o in s["objectives"]]
        out["summary.activities"] = [(a["number"], a["key"]) for a in s["activities"]]
        out["summary.activities.text"] = [_text(a["text"]) for a in s["activities"]]  # pub14
        out["summary.contacts"] = [tuple(compact(c[k] or "") for k in ("organization", "department", "postal_code",
                                   "address", "phone", "fax", "email", "url")) for c in s["contacts"]]  # pub14
    g = plan.get("goals") or {}
    out["goals.region"] = _text(g.get("region"))
    out["goals.long_term"] = _text(g.get("long_term"))
    out["goals.objectives"] = [(o["number"], _text(o["title"])) for o in g.get("objectives", [])]
    p = plan.get("period") or {}
    out["period"] = (p.get("start"), p.get("end"), p.get("fiscal_years"))
    out["policies"] = [(x["number"], _text(x["title"]), _text(x["text"])) for x in plan["policies"]]
    out["items.count"] = len(plan["items"])
    for i, it in enumerate(plan["items"]):
        base = f"items[{i}]"
        out[f"{base}.heading"] = (it["number"], it["part"], it["key"], _text(it["title"]))
        for k in ("current_issues", "policy", "utilization"):
            out[f"{base}.{k}"] = _text(it[k])
        out[f"{base}.activities"] = [(_text(a["title"]), _text(a["text"])) for a in it["activities"]]
        out[f"{base}.targets.count"] = len(it["targets"])
        for j, t in enumerate(it["targets"]):
            out[f"{base}.targets[{j}]"] = (_text(t["indicator"]), t["unit"], t["baseline"], t["values"],
                                           _text(t["note"]), _text(t["group"]), _text(t["subitem"]), t["total"])
    org = plan.get("organization")
    if org:
        out["organization.as_of"] = org["as_of"]
        out["organization.staff"] = [(compact(x["role"]), x["count"]) for x in org["staff"]]
        out["organization.legal_advisors"] = [compact(a["name"]) for a in org["legal_advisors"]]
        out["organization.wide_area_advisor"] = org["wide_area_advisor"]
    f = plan.get("funding")
    if f:
        out["funding.total"] = (f["fiscal_years"], f["total"])
        out["funding.lines"] = [(compact(x["name"]), x["amounts"]) for x in f["lines"]]
        out["funding.sources"] = [compact(x) for x in f["sources"]]
    out["partners.declared"] = (plan.get("partners") or {}).get("declared")
    return out


@dataclass
class Result:
    source: str
    conventions: list[str]
    fields: int
    equal: int
    differences: list[str]
    checked: bool = False  # check's findings compared with the original's
    lost: set[tuple[str, str, str]] = field(default_factory=set)  # findings of the original it lacks
    new: set[tuple[str, str, str]] = field(default_factory=set)  # findings the original does not have

    @property
    def ok(self) -> bool:
        return self.fields == self.equal

    @property
    def same_findings(self) -> bool:
        return not self.lost and not self.new


def compare(expected_plan: dict[str, Any], actual_plan: dict[str, Any] | None) -> tuple[int, int, list[str]]:
    """(fields, fields equal, 'path: expected != actual' for the others)."""
    want = fields(expected_plan)
    got = fields(actual_plan) if actual_plan else {}
    diffs = [f"{k}: {want[k]!r} != {got.get(k)!r}" for k in want if want[k] != got.get(k)]
    return len(want), len(want) - len(diffs), diffs


def build(source: Path, style: Style, workdir: Path) -> tuple[bytes, str]:
    """The variant's file (bytes and name) in the style's format."""
    text = render(source_plan(source), style)
    if style.format == "text":
        return text.encode("utf-8"), f"{source.stem}.txt"
    if style.format == "html":  # docs24: Word 2010's web page
        from .word_html import word_html

        return word_html(text, f"{source.stem}.txt"), f"{source.stem}.htm"
    from tests.build_documents import build_docx, docx_to_pdf

    txt = workdir / f"{source.stem}.txt"
    txt.write_text(text, encoding="utf-8")
    docx = build_docx(txt, workdir / f"{source.stem}.docx", word=style)
    if style.format == "docx":
        return docx.read_bytes(), docx.name
    pdf = docx_to_pdf(docx, workdir)
    return pdf.read_bytes(), pdf.name


def extract_variant(data: bytes, name: str) -> dict[str, Any] | None:
    try:
        docs = extract_bytes(data, name, OPTIONS)
    except Exception as e:  # a variant that cannot be read counts as all fields wrong
        print(f"  {name}: {type(e).__name__}: {e}")
        return None
    plan = next((d for d in docs if isinstance(d, Plan)), None)
    return plan.model_dump(mode="json") if plan else None


def applies(source: Path, conventions: list[Convention]) -> bool:
    """Whether the plan can be written in these conventions: a 概要 on its own only of a plan
    that has one (a plan without a 概要 would make an empty document)."""
    return not style_of(conventions).summary_only or bool(source_plan(source).get("summary"))


def run_variant(source: Path, conventions: list[Convention], check: bool = False) -> Result:
    """The variant built, extracted and compared with its data; with ``check``, check's findings
    on it compared with those on the original too (not for a defect such as a heading left out,
    which check rightly reports)."""
    style = style_of(conventions)
    with tempfile.TemporaryDirectory() as tmp:
        data, name = build(source, style, Path(tmp))
        actual = extract_variant(data, name)
    n, eq, diffs = compare(expected(source_plan(source), style), actual)
    result = Result(source.name, [c.name for c in conventions], n, eq, diffs)
    if check and not DEFECTS & set(result.conventions):
        original, got = original_findings(source), findings(actual)
        result.checked, result.lost, result.new = True, original - got, got - original
    return result


def findings(plan: dict[str, Any] | None) -> set[tuple[str, str, str]]:
    """(rule, severity, section) of every check finding on the plan (where and wording left out)."""
    if plan is None:
        return {("unreadable", "error", "")}
    from hattatsu.check.batch import check_document
    from hattatsu.check.config import Selection

    report = check_document(Plan.model_validate(plan), Selection(), "variant")
    return {(f.rule, f.severity, f.section) for f in report.findings}


@functools.cache
def original_findings(source: Path) -> frozenset[tuple[str, str, str]]:
    """Check's findings on the original document's data."""
    return frozenset(findings(source_plan(source)))


def variant_findings(source: Path, conventions: list[Convention]) -> set[tuple[str, str, str]]:
    """Check findings on the source plan rendered in these conventions."""
    style = style_of(conventions)
    with tempfile.TemporaryDirectory() as tmp:
        data, name = build(source, style, Path(tmp))
        return findings(extract_variant(data, name))

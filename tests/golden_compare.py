"""Field-by-field comparison of an extracted plan with a hand-checked golden file.

Run as a script to print field accuracy over the corpus plans:
    python tests/golden_compare.py [../shared/corpus]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

from hattatsu.model import Plan
from hattatsu.normalize import compact

GOLDEN = Path(__file__).parent / "golden"
SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def _norm(v: Any) -> Any:
    return compact(v) if isinstance(v, str) else v


def actual_fields(plan: Plan, golden: dict[str, Any]) -> dict[str, Any]:
    """The plan's values at the paths the golden file names."""
    out: dict[str, Any] = {}
    imps = plan.summary.implementers if plan.summary else []
    for i, imp in enumerate(imps):
        for k, v in imp.model_dump().items():
            out[f"implementers[{i}].{k}"] = v
    out["implementers.count"] = len(imps)
    p = plan.period
    out["period"] = "present" if p else None  # compared only when the answers give no period (a 概要-only plan)
    out["period.start"] = p and p.start and p.start.isoformat()
    out["period.end"] = p and p.end and p.end.isoformat()
    out["period.fiscal_years"] = p.fiscal_years if p else None
    sp = plan.summary.period if plan.summary else None
    out["summary_period.start"] = sp and sp.start and sp.start.isoformat()
    out["summary_period.end"] = sp and sp.end and sp.end.isoformat()
    out["items.count"] = len(plan.items)
    for i, item in enumerate(plan.items):
        out[f"items[{i}].number"] = item.number
        out[f"items[{i}].key"] = item.key
        out[f"items[{i}].targets.count"] = len(item.targets)
        years = plan.period.fiscal_years if plan.period else []
        for j, t in enumerate(item.targets):
            base = f"items[{i}].targets[{j}]"
            out[f"{base}.indicator"] = t.indicator
            out[f"{base}.unit"] = t.unit
            out[f"{base}.baseline"] = t.baseline
            out[f"{base}.values"] = [t.values.get(str(y)) for y in years]
            out[f"{base}.note"] = t.note
            out[f"{base}.group"] = t.group
            out[f"{base}.subitem"] = t.subitem
            out[f"{base}.total"] = t.total
    org = plan.organization
    out["staff"] = {compact(s.role): s.count for s in org.staff} if org else None
    for i, a in enumerate(org.legal_advisors if org else []):
        for k, v in a.model_dump().items():
            out[f"legal_advisors[{i}].{k}"] = v
    out["legal_advisors.count"] = len(org.legal_advisors) if org else 0
    out["wide_area_advisor"] = org.wide_area_advisor if org else None
    out["as_of"] = org.as_of if org else None
    f = plan.funding
    out["funding"] = "present" if f else None
    if f:
        out["funding.fiscal_years"] = f.fiscal_years
        out["funding.total"] = [f.total.get(str(y)) for y in f.fiscal_years]
        out["funding.lines.count"] = len(f.lines)
        for i, line in enumerate(f.lines):
            out[f"funding.lines[{i}].name"] = line.name
            out[f"funding.lines[{i}].amounts"] = [line.amounts.get(str(y)) for y in f.fiscal_years]
        out["funding.sources"] = f.sources
    out["partners"] = plan.partners.declared if plan.partners else "absent"  # a 概要-only plan: null
    return out


def expected_fields(g: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    out["implementers.count"] = len(g["implementers"])
    for i, imp in enumerate(g["implementers"]):
        for k, v in imp.items():
            out[f"implementers[{i}].{k}"] = v
    if g["period"] is None:
        out["period"] = None
    for k, v in (g["period"] or {}).items():
        out[f"period.{k}"] = v
    for k, v in (g.get("summary_period") or {}).items():
        out[f"summary_period.{k}"] = v
    out["items.count"] = len(g["items"])
    for i, item in enumerate(g["items"]):
        out[f"items[{i}].number"] = item["number"]
        out[f"items[{i}].key"] = item["key"]
        out[f"items[{i}].targets.count"] = len(item["targets"])
        for j, t in enumerate(item["targets"]):
            for k, v in t.items():
                out[f"items[{i}].targets[{j}].{k}"] = v
    out["staff"] = {compact(k): v for k, v in g["staff"].items()}
    out["legal_advisors.count"] = len(g["legal_advisors"])
    for i, a in enumerate(g["legal_advisors"]):
        for k, v in a.items():
            out[f"legal_advisors[{i}].{k}"] = v
    out["wide_area_advisor"] = g["wide_area_advisor"]
    out["as_of"] = g["as_of"]
    fg = g["funding"]
    if fg is None:
        out["funding"] = None
        out["partners"] = g["partners"]
        return out
    out["funding.fiscal_years"] = fg["fiscal_years"]
    out["funding.total"] = fg["total"]
    out["funding.lines.count"] = len(fg["lines"])
    for i, (name, amounts) in enumerate(fg["lines"]):
        out[f"funding.lines[{i}].name"] = name
        out[f"funding.lines[{i}].amounts"] = amounts
    out["funding.sources"] = fg["sources"]
    out["partners"] = g["partners"]
    return out


def compare(plan: Plan, golden: dict[str, Any]) -> tuple[int, int, list[str]]:
    """(fields matching, fields checked, one line per differing field)."""
    want = expected_fields(golden)
    got = actual_fields(plan, golden)
    diffs = []
    for path, v in want.items():
        a = got.get(path)
        if isinstance(v, list) and isinstance(a, list):
            same = [_norm(x) for x in v] == [_norm(x) for x in a]
        elif isinstance(v, dict) and isinstance(a, dict):
            same = v == a
        else:
            same = _norm(v) == _norm(a)
        if not same:
            diffs.append(f"{path}: expected {v!r}, got {a!r}")
    return len(want) - len(diffs), len(want), diffs


def golden_files() -> list[Path]:
    return sorted(GOLDEN.glob("*_plan*.yaml"))


def load_golden(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def main(corpus: Path = SHARED) -> int:
    from hattatsu.extract import extract_file

    total_ok = total = 0
    for g in golden_files():
        golden = load_golden(g)
        plan = next(d for d in extract_file(corpus / golden["source"]) if d.kind == "plan")
        ok, n, diffs = compare(plan, golden)
        total_ok += ok
        total += n
        print(f"{golden['source']}: {ok}/{n} fields ({ok / n:.1%})")
        for d in diffs:
            print(f"  {d}")
    print(f"TOTAL: {total_ok}/{total} fields ({total_ok / total:.1%})")
    return 0 if total_ok == total else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else SHARED))
